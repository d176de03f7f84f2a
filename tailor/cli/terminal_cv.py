"""How ``tailor init`` and ``tailor config`` look on a terminal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from tailor.config import Config
    from tailor.cv.default import FoundCV
    from tailor.cv.init import Written
    from tailor.errors import TailorError


def print_written(out: Console, err: Console, written: Written) -> bool:
    """What ``init`` wrote and what to check in it; True when the file is ready to use."""
    from tailor.cv.summary import summarize

    path = escape(str(written.path))
    draft = written.draft
    if draft is None:
        out.print(f"Wrote {path}: an example CV with every field, commented. Replace its values with yours.")
    else:
        holds = f": {summarize(written.cv).describe()}" if written.cv is not None else ""
        out.print(
            f"Wrote {path}, a draft of your CV from {escape(draft.kind)} ({escape(str(draft.source))}){escape(holds)}.",
            highlight=False,
            soft_wrap=True,
        )
        if written.notes:
            count = len(written.notes)
            what = "this place" if count == 1 else f"these {count} places"
            out.print(f"Check {what} (marked CHECK in the file):")
            for note in sorted(written.notes, key=lambda n: n.line or 0):  # in the file's order
                out.print(f"  {path}:{note.line}: {escape(note.message)}", highlight=False, soft_wrap=True)
        if draft.leftovers:
            out.print(
                f"Not imported: {len(draft.leftovers)} line{'s' if len(draft.leftovers) != 1 else ''} with no place in "
                "the CV, kept as comments at its end.",
                highlight=False,
            )
        for problem in draft.source_problems:
            out.print(f"  In the source: {escape(problem.describe(draft.source))}", highlight=False, soft_wrap=True)
    if written.problems:
        err.print(f"[bold red]Before tailor can use {path}, fix:[/]")
        for problem in written.problems:
            err.print(f"  {escape(problem.describe(written.path))}", highlight=False, soft_wrap=True)
        return False
    found = _found_without_cv()
    if found is not None and found.path.resolve() == written.path.resolve():
        out.print(
            f"Next: edit {path}, then `tailor validate`, then `tailor build posting.txt`.",
            highlight=False,
            soft_wrap=True,
        )
        return True
    # Commands told no CV use another file (TAILOR_CV or the config names one) or find none: the next steps name it.
    other = "" if found is None else f" (without --cv, commands use {escape(str(found.path))}, from {found.source})"
    out.print(
        f"Next: edit {path}, then `tailor validate --cv {path}`, then `tailor build posting.txt --cv {path}`; or set "
        f"it once: `tailor config cv {path}`{other}.",
        highlight=False,
        soft_wrap=True,
    )
    return True


def _found_without_cv() -> FoundCV | None:
    """The CV a command told none would use (:func:`tailor.cv.default.find_cv`), or None where it finds none."""
    from tailor.cv.default import find_cv
    from tailor.errors import TailorError

    try:
        return find_cv()
    except TailorError:
        return None


def print_config(out: Console, file: Path, config: Config, found: FoundCV | TailorError) -> None:
    """The config file, its settings, and which CV commands use now and why."""
    from tailor.errors import TailorError

    def say(text: str) -> None:
        out.print(text, highlight=False, soft_wrap=True)

    say(f"Config file: {escape(str(file))}{'' if file.exists() else ' (not written yet)'}")
    for key, value in config.model_dump().items():
        say(f"  {key}: {escape(str(value)) if value else '(not set)'}")
    if isinstance(found, TailorError):
        say("Commands without --cv: no CV found. Make one with `tailor init`.")
    else:
        say(f"Commands without --cv use {escape(str(found.path))} ({escape(found.source)}).")
