"""``python -m tailor`` runs the command line."""

from tailor.cli import main

if __name__ == "__main__":
    main()
