"""Render page 1 of each bundled template, filled with the bundled CV, as the PNGs the README shows.

    python docs/make_previews.py

Needs LibreOffice and poppler's ``pdftoppm``. The pictures use the example
posting in ``examples/`` and a fixed date, so they change only when a template,
the CV or tailor's choices do.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from tailor import resources
from tailor.documents.templates import bundled
from tailor.pipeline import build

HERE = Path(__file__).resolve().parent
POSTING = resources.bundled("examples") / "distributed-training-engineer.md"
DPI = 70
"""Small enough for a README, large enough to see the layout."""


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        for template in bundled():
            out = Path(work) / f"{template.name}.docx"
            built = build(POSTING, template=template.name, output=out, pdf=True, today=dt.date(2025, 3, 14))
            if built.pdf is None:
                print("LibreOffice is needed: " + " ".join(built.documents.warnings), file=sys.stderr)
                return 1
            target = HERE / f"template-{template.name}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(built.pdf), str(target)],
                check=True,
            )
            print(f"wrote {target}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
