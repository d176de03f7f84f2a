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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tailor import resources
from tailor.coverage import Coverage, coverage
from tailor.cv import CV, load_cv
from tailor.errors import TailorError
from tailor.lexicon import lexicon_for
from tailor.posting import Posting, read_posting, structure
from tailor.rank import PreparedCV, Ranking, prepare_cv, rank
from tailor.select import DEFAULT_MAX_BULLETS, Selection, select

if TYPE_CHECKING:
    from tailor.documents import Documents


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
    report: Path | None = None
    """The HTML report beside the résumé, when one was asked for."""
    pdf: Path | None = None
    """The PDF beside the résumé, when one was asked for and LibreOffice could make it."""
    documents: Documents | None = None
    """How the files were made: page fit, read-back check, warnings (see :mod:`tailor.documents`)."""

    @property
    def selection(self) -> Selection:
        return self.match.selection


@dataclass(frozen=True)
class LoadedCV:
    """A CV file loaded, validated and analysed once, ready for any number of postings."""

    cv: CV
    path: Path
    prepared: PreparedCV


def load(cv: str | Path | None = None) -> LoadedCV:
    """Load the CV at ``cv`` (default: the bundled CV) and analyse it once; pass the result as
    ``cv`` to :func:`match` or :func:`build` to tailor it to many postings without re-analysing it."""
    cv_path = Path(cv) if cv is not None else resources.default_cv()
    loaded = load_cv(cv_path)
    return LoadedCV(loaded, cv_path, prepare_cv(loaded, lexicon_for(cv_path)))


def match(
    posting: str | Path,
    cv: str | Path | LoadedCV | None = None,
    *,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    stdin: BinaryIO | None = None,
) -> Match:
    """Rank every item of the CV at ``cv`` (default: the bundled CV) against ``posting``,
    select what a résumé of ``max_bullets`` bullets would keep, and cover the posting's keywords."""
    if max_bullets < 1:
        raise TailorError(f"--max-bullets must be at least 1, not {max_bullets}.")
    ready = cv if isinstance(cv, LoadedCV) else load(cv)
    read = read_posting(posting, stdin=stdin)
    ranking = rank(ready.prepared, read)
    selection = select(ready.cv, ranking, max_bullets=max_bullets)
    return Match(ready.cv, ready.path, read, ranking, selection, coverage(ranking, selection))


def build(
    posting: str | Path,
    cv: str | Path | LoadedCV | None = None,
    *,
    template: str | Path | None = None,
    output: str | Path | None = None,
    max_bullets: int = DEFAULT_MAX_BULLETS,
    force: bool = False,
    report: bool = False,
    pdf: bool = False,
    pages: int | None = None,
    today: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Build:
    """Write a résumé tailored to ``posting`` as a .docx, and its selection manifest beside it.

    ``output`` defaults to ``<Owner>_-_<Company>_-_<Title>.docx`` in the current
    directory; the manifest is ``<output stem>.manifest.json``, and with ``report``
    the HTML report is ``<output stem>.report.html``. Existing files are replaced
    only with ``force``.

    ``template`` is a bundled template's name (``classic``, ``compact``) or a .docx
    path; its variables are checked before anything is rendered. With ``pages``
    the least relevant items are left out until the résumé fits that many pages;
    with ``pdf`` a PDF is written beside it (``<output stem>.pdf``) through
    LibreOffice, and without LibreOffice the .docx is still written and
    ``documents.warnings`` says why there is no PDF. Both files are read back as
    an ATS would: ``documents.check`` lists what it would miss.
    """
    from tailor import documents, manifest  # docxtpl is only needed here
    from tailor.documents import render, templates
    from tailor.report_html import html_report

    today = today or dt.date.today()
    template_path = templates.usable(template)  # before the slow steps: a typo in the template fails fast
    if pages is not None and pages < 1:
        raise TailorError(f"--pages must be at least 1, not {pages}.")
    result = match(posting, cv, max_bullets=max_bullets, stdin=stdin)
    out = Path(output) if output is not None else Path(default_output_name(result.cv, result.posting))
    manifest_path = out.with_name(out.stem + ".manifest.json")
    report_path = out.with_name(out.stem + ".report.html") if report else None
    pdf_path = out.with_suffix(".pdf") if pdf else None
    for path in (out, manifest_path, report_path, pdf_path):
        if path is not None and path.exists() and not force:
            # Checked before rendering, so nothing is written when any of the files is in the way.
            raise TailorError(f"{path} already exists; pass --force to replace it, or -o to write elsewhere.")
    title = _document_title(result.cv, result.posting)
    made = documents.make(result, template_path, today=today, title=title, want_pdf=pdf, pages=pages)
    if made.page_fit is not None:
        # What the résumé shows is what page fitting kept; reports and the manifest follow it.
        result = replace(result, selection=made.selection, coverage=coverage(result.ranking, made.selection))
    data = made.docx
    pdf_path = pdf_path if made.pdf is not None else None
    built = Build(result, out, manifest_path, template_path, report_path, pdf_path, made)
    options = {"max_bullets": max_bullets, **({"pages": pages} if pages else {}), **({"pdf": True} if pdf else {})}
    document = manifest.manifest(built, options=options, today=today)
    # Everything is rendered before anything is written: a failure leaves no half set of files.
    page = html_report(result, today).encode("utf-8") if report_path is not None else b""
    render.write_output(out, data, force=force)
    if pdf_path is not None and made.pdf is not None:
        render.write_output(pdf_path, made.pdf, force=force)
    render.write_output(manifest_path, manifest.dumps(document), force=force)
    if report_path is not None:
        render.write_output(report_path, page, force=force)
    return built


def default_output_name(cv: CV, posting: Posting) -> str:
    """``Bruno_Magalhaes_-_Acme_-_Senior_ML_Engineer.docx`` when the posting states its company
    and title, else ``Bruno_Magalhaes_-_<posting file stem>.docx``; safe on every file system."""
    found = structure.of(posting)
    parts = [p for p in (found.company, found.title) if p] or [posting.stem]
    return "_-_".join(_file_safe(p)[:60].strip("_") for p in (cv.contact.name, *parts)) + ".docx"


def _document_title(cv: CV, posting: Posting) -> str:
    """``Bruno Magalhaes — Senior ML Engineer, Acme``: the owner and the job applied for, as the
    posting states it; the owner and the CV's headline when the posting names neither."""
    found = structure.of(posting)
    job = ", ".join(x for x in (found.title, found.company) if x) or cv.headline
    return " — ".join(x for x in (cv.contact.name, job) if x)


def _file_safe(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9.-]+", "_", ascii_text).strip("_.") or "posting"
