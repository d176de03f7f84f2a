"""The one place that knows the order of the steps: load CV → read posting → rank → select → render.

This is tailor's Python API; the CLI only parses arguments and prints. Example::

    from tailor.pipeline import build
    result = build("posting.txt", output="resume.docx")
    print(result.output, result.selection.bullet_ids)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tailor import resources
from tailor.cv import CV, load_cv
from tailor.errors import TailorError
from tailor.posting import Posting, read_posting, structure
from tailor.rank import Ranking, rank
from tailor.select import DEFAULT_MAX_BULLETS, Selection, select


@dataclass(frozen=True)
class Match:
    """A CV ranked against a posting."""

    cv: CV
    cv_path: Path
    posting: Posting
    ranking: Ranking


@dataclass(frozen=True)
class Build:
    """A tailored résumé written to disk, with the choices behind it."""

    match: Match
    selection: Selection
    output: Path
    template: Path


def match(posting: str | Path, cv: str | Path | None = None, *, stdin: BinaryIO | None = None) -> Match:
    """Rank every item of the CV at ``cv`` (default: the bundled CV) against ``posting``."""
    cv_path = Path(cv) if cv is not None else resources.default_cv()
    loaded = load_cv(cv_path)
    read = read_posting(posting, stdin=stdin)
    return Match(loaded, cv_path, read, rank(loaded, read))


def build(
    posting: str | Path,
    cv: str | Path | None = None,
    *,
    template: str | Path | None = None,
    output: str | Path | None = None,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    force: bool = False,
    today: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Build:
    """Write a résumé tailored to ``posting`` as a .docx and return what was chosen.

    ``output`` defaults to ``<Owner_Name>_-_<posting stem>.docx`` in the current
    directory. An existing output is replaced only with ``force``.
    """
    from tailor import render  # docxtpl is only needed here

    if max_bullets < 1:
        raise TailorError(f"--max-bullets must be at least 1, not {max_bullets}.")
    template_path = Path(template) if template is not None else resources.default_template()
    if not template_path.is_file():
        raise TailorError(f"The template {template_path} does not exist. Pass a .docx template with --template.")
    result = match(posting, cv, stdin=stdin)
    out = Path(output) if output is not None else Path(default_output_name(result.cv, result.posting))
    if out.exists() and not force:
        # Checked before rendering too, so the user hears about it without waiting.
        raise TailorError(f"{out} already exists; pass --force to replace it, or -o to write elsewhere.")
    selection = select(result.cv, result.ranking, max_bullets=max_bullets)
    context = render.build_context(result.cv, selection, today or dt.date.today())
    data = render.render_docx(template_path, context, title=_document_title(result.cv))
    render.write_output(out, data, force=force)
    return Build(result, selection, out, template_path)


def default_output_name(cv: CV, posting: Posting) -> str:
    """``Bruno_Magalhaes_-_Acme_-_Senior_ML_Engineer.docx`` when the posting states its company
    and title, else ``Bruno_Magalhaes_-_<posting file stem>.docx``; safe on every file system."""
    found = structure.of(posting)
    parts = [p for p in (found.company, found.title) if p] or [posting.stem]
    return "_-_".join(_file_safe(p)[:60].strip("_") for p in (cv.contact.name, *parts)) + ".docx"


def _document_title(cv: CV) -> str:
    return " — ".join(x for x in (cv.contact.name, cv.headline) if x)


def _file_safe(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9.-]+", "_", ascii_text).strip("_.") or "posting"
