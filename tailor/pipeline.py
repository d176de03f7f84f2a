"""The one place that knows the order of the steps: load CV → read posting → rank → select → render.

This is tailor's Python API; the CLI only parses arguments and prints. Example::

    from tailor.pipeline import build
    result = build("posting.txt", output="resume.docx")
    print(result.output, result.manifest, result.selection.bullet_ids)
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tailor import resources
from tailor.coverage import Coverage, coverage
from tailor.cv import CV, load_cv
from tailor.errors import TailorError
from tailor.lexicon import lexicon_for
from tailor.posting import Posting, read_posting, structure
from tailor.rank import Ranking, prepare_cv, rank
from tailor.select import DEFAULT_MAX_BULLETS, Selection, select


@dataclass(frozen=True)
class Match:
    """A CV ranked against a posting, the selection a résumé would make, and its coverage."""

    cv: CV
    cv_path: Path
    posting: Posting
    ranking: Ranking
    selection: Selection
    coverage: Coverage


@dataclass(frozen=True)
class Build:
    """A tailored résumé written to disk, with the choices behind it."""

    match: Match
    output: Path
    manifest: Path
    template: Path

    @property
    def selection(self) -> Selection:
        return self.match.selection


def match(
    posting: str | Path,
    cv: str | Path | None = None,
    *,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    stdin: BinaryIO | None = None,
) -> Match:
    """Rank every item of the CV at ``cv`` (default: the bundled CV) against ``posting``,
    select what a résumé of ``max_bullets`` bullets would keep, and cover the posting's keywords."""
    if max_bullets < 1:
        raise TailorError(f"--max-bullets must be at least 1, not {max_bullets}.")
    cv_path = Path(cv) if cv is not None else resources.default_cv()
    loaded = load_cv(cv_path)
    read = read_posting(posting, stdin=stdin)
    ranking = rank(prepare_cv(loaded, lexicon_for(cv_path)), read)
    selection = select(loaded, ranking, max_bullets=max_bullets)
    return Match(loaded, cv_path, read, ranking, selection, coverage(ranking, selection))


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
    """Write a résumé tailored to ``posting`` as a .docx, and its selection manifest beside it.

    ``output`` defaults to ``<Owner>_-_<Company>_-_<Title>.docx`` in the current
    directory; the manifest is ``<output stem>.manifest.json``. Existing files are
    replaced only with ``force``.
    """
    from tailor import manifest, render  # docxtpl is only needed here

    today = today or dt.date.today()
    template_path = Path(template) if template is not None else resources.default_template()
    if not template_path.is_file():
        raise TailorError(f"The template {template_path} does not exist. Pass a .docx template with --template.")
    result = match(posting, cv, max_bullets=max_bullets, stdin=stdin)
    out = Path(output) if output is not None else Path(default_output_name(result.cv, result.posting))
    manifest_path = out.with_name(out.stem + ".manifest.json")
    for path in (out, manifest_path):
        if path.exists() and not force:
            # Checked before rendering, so nothing is written when either file is in the way.
            raise TailorError(f"{path} already exists; pass --force to replace it, or -o to write elsewhere.")
    context = render.build_context(result.cv, result.selection, today)
    data = render.render_docx(template_path, context, title=_document_title(result.cv))
    built = Build(result, out, manifest_path, template_path)
    document = manifest.manifest(built, options={"max_bullets": max_bullets}, today=today)
    render.write_output(out, data, force=force)
    render.write_output(manifest_path, manifest.dumps(document), force=force)
    return built


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
