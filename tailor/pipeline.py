"""The one place that knows the order of the steps: load CV → read posting → rank → select → render → check.

This is tailor's Python API; the CLI only parses arguments and prints. Example::

    from tailor.pipeline import build
    result = build("posting.txt", output="resume.docx")
    print(result.output, result.manifest, result.selection.bullet_ids)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tailor.coverage import coverage
from tailor.cv import CV, read_cv
from tailor.cv.default import find_cv
from tailor.cv.markup import plain
from tailor.errors import CVError, Problem, TailorError, option_error
from tailor.lexicon import lexicon_for
from tailor.options import ResumeOptions
from tailor.options import min_fit as min_fit_value
from tailor.outputs import Outputs, check_output, default_name, folder_for, resume_path
from tailor.posting import Posting, read_posting, structure
from tailor.posting.details import Candidate
from tailor.posting.extracted import clean_inline
from tailor.rank import DEFAULT_CONFIG, RankConfig, prepare_cv, rank, score_texts, variant_id
from tailor.results import Build, Chosen, LoadedCV, Match
from tailor.select import select

if TYPE_CHECKING:
    from tailor.cv.model import Variant
    from tailor.documents.check import Report as CheckReport

__all__ = ["Build", "LoadedCV", "Match", "build", "check", "default_output_name", "load", "match"]


def load(cv: str | Path | None = None, *, config: RankConfig = DEFAULT_CONFIG) -> LoadedCV:
    """Load the CV at ``cv`` and analyse it once for ranking with ``config``; pass the result as
    ``cv`` to :func:`match` or :func:`build` to tailor it to many postings without re-analysing it.

    ``cv`` is a path, ``"example"`` for the bundled example CV, or None for the user's default
    CV (:func:`tailor.cv.default.find_cv`: ``TAILOR_CV``, the config file, ``./cv.yaml``); with
    no default, a :class:`TailorError` says how to make one. What looks wrong in the CV without
    being an error is in :attr:`LoadedCV.warnings`.
    """
    cv_path = find_cv(cv).path
    loaded = read_cv(cv_path)
    if not (loaded.cv.bullets() or loaded.cv.publications or loaded.cv.skills):
        # Nothing to rank: say so, with the warnings that may say why (a misspelt "highlights").
        empty = Problem("", "it holds no bullets, publications or skills, so there is nothing to choose from")
        raise CVError(
            cv_path, [empty, *loaded.warnings], "Add bullets to its roles; `tailor validate` shows what it holds."
        )
    return LoadedCV(loaded.cv, cv_path, prepare_cv(loaded.cv, lexicon_for(cv_path), config), tuple(loaded.warnings))


def match(
    posting: str | Path | Posting,
    cv: str | Path | LoadedCV | None = None,
    *,
    max_bullets: int | None = None,
    stdin: BinaryIO | None = None,
) -> Match:
    """Rank every item of the CV at ``cv`` (as :func:`load` finds it) against ``posting`` (a
    path, an address, ``-`` for ``stdin``, or a posting already read), select what a résumé of
    ``max_bullets`` bullets (default: :func:`tailor.select.default_budget`) would keep, and
    cover the posting's keywords. :attr:`Match.warnings` says what needs a look."""
    return _match(posting, cv, ResumeOptions(max_bullets=max_bullets), stdin)


def _match(
    posting: str | Path | Posting,
    cv: str | Path | LoadedCV | None,
    options: ResumeOptions,
    stdin: BinaryIO | None,
    given: tuple[Candidate, ...] = (),
) -> Match:
    # The posting first: a posting that cannot be read stops before the CV is analysed (seconds).
    read = posting if isinstance(posting, Posting) else read_posting(posting, stdin=stdin)
    ready = cv if isinstance(cv, LoadedCV) else load(cv)
    if given:
        # What the user sets by hand is the best evidence there is: it goes before what the format states.
        read = replace(read, stated=(*given, *read.stated))
    ranking = rank(ready.prepared, read)
    selection = select(ready.cv, ranking, max_bullets=options.max_bullets)
    headline = _choose(ready, read, ready.cv.headline)
    summary = _choose(ready, read, ready.cv.summary)
    covered = coverage(ranking, selection, _shown(headline, summary))
    return Match(ready.cv, ready.path, read, ranking, selection, covered, headline, summary)


def _shown(headline: Chosen | None, summary: Chosen | None) -> set[str]:
    """The ids of the headline and summary a résumé prints (:func:`tailor.rank.variant_id`)."""
    return {variant_id(kind, c.index + 1, c.of) for kind, c in (("headline", headline), ("summary", summary)) if c}


def _choose(ready: LoadedCV, posting: Posting, variants: Sequence[Variant]) -> Chosen | None:
    """The variant most relevant to ``posting`` (the first of equals), scored with its tags; None if there are none."""
    if not variants:
        return None
    scores = [0.0] if len(variants) == 1 else score_texts(ready.prepared, posting, [_scored(v) for v in variants])
    best = max(range(len(variants)), key=lambda i: (scores[i], -i))
    return Chosen(variants[best].text, best, len(variants), scores[best])


def _scored(variant: Variant) -> str:
    return " ".join([plain(variant.text), *variant.tags])


def build(
    posting: str | Path | Posting,
    cv: str | Path | LoadedCV | None = None,
    *,
    template: str | Path | None = None,
    output: str | Path | None = None,
    out: str | Path | None = None,
    max_bullets: int | None = None,
    force: bool = False,
    report: bool = False,
    pdf: bool = False,
    pages: int | None = None,
    min_fit: float | str | None = None,
    title: str | None = None,
    company: str | None = None,
    location: str | None = None,
    today: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Build:
    """Write a résumé tailored to ``posting`` as a .docx, and its selection manifest beside it.

    ``output`` is the .docx to write, or a folder to write it in under its default name,
    ``<Owner>_-_<Company>_-_<Title>.docx``; without it, that name goes in the folder ``out``
    (created if missing; default: the current directory). The files beside it are named by
    :class:`tailor.outputs.Outputs` (``<output stem>.manifest.json``, with ``report``
    ``<output stem>.report.html``, with ``pdf`` ``<output stem>.pdf``). Existing files are
    replaced only with ``force``. All of them are written, or none
    (:func:`tailor.documents.render.write_outputs`): a :class:`TailorError` means nothing
    was written.

    ``template`` is a bundled template's name (``classic``, ``compact``) or a .docx
    path; its variables are checked before anything is rendered. With ``pages``
    the least relevant items are left out until the résumé fits that many pages;
    with ``pdf`` a PDF is written through LibreOffice, and without LibreOffice the
    .docx is still written and ``documents.warnings`` says why there is no PDF.
    Both files are read back as an ATS would: ``documents.check`` lists what it would miss.
    With ``min_fit`` (a score, or a label such as ``"partial"``), nothing is written for a
    posting whose fit is lower, or too short to judge.

    ``title``, ``company`` and ``location`` set the posting's details by hand, for a posting
    that states them unclearly or not at all: they name the file and the document, and the
    manifest records them as given (source ``given``).
    """
    from tailor import documents, manifest  # docxtpl is only needed here
    from tailor.documents import render, templates
    from tailor.report_html import html_report

    options = ResumeOptions(max_bullets, pages, pdf, report, min_fit_value(min_fit))
    if output is not None and out is not None:
        raise TailorError(
            "Give {output} (the résumé's file) or {out} (a folder for it), not both.", output="output", out="out"
        )
    today = today or dt.date.today()
    if output is not None:
        check_output(Path(output))  # before the slow steps, as a typo in the template below
    template_path = templates.usable(template)  # before the slow steps: a typo in the template fails fast
    given = _given(title=title, company=company, location=location)
    result = _match(posting, cv, options, stdin, given)
    fit = result.ranking.fit
    if options.min_fit is not None and (fit.label == "too short" or fit.score < options.min_fit):
        raise TailorError(
            f"The fit of your CV to {result.posting.source} is {fit.label} ({fit.score:.2f}), below the "
            f"{{min_fit}} {options.min_fit:.2f} asked for: nothing was written.",
            min_fit="min_fit",
        )
    named = Path(output) if output is not None else (folder_for(out) if out is not None else None)
    outputs = Outputs(resume_path(named, functools.partial(default_output_name, result.cv, result.posting)))
    for path in outputs.existing(options.siblings()):
        if not force:
            # Checked before rendering, so nothing is written when any of the files is in the way.
            raise TailorError(
                f"{path} already exists; pass {{force}} to replace it, or {{output}} to write elsewhere.",
                force="force=True",
                output="output=…",
            )
    title = _document_title(result)
    made = documents.make(
        result.cv,
        result.ranking,
        result.selection,
        template_path,
        today=today,
        title=title,
        want_pdf=pdf,
        pages=pages,
        headline=result.headline.text if result.headline else None,
        summary=result.summary.text if result.summary else None,
    )
    if made.page_fit is not None:
        # What the résumé shows is what page fitting kept; reports and the manifest follow it.
        shown = _shown(result.headline, result.summary)
        result = replace(result, selection=made.selection, coverage=coverage(result.ranking, made.selection, shown))
    built = Build(result, outputs, template_path, options, made)
    # Everything is rendered before anything is written: a failure leaves no half set of files.
    files = dict(made.files)
    if options.report:
        files["report"] = html_report(result, today).encode("utf-8")
    # The manifest goes last: a résumé with its manifest beside it is finished (tailor.batch).
    files["manifest"] = manifest.dumps(manifest.manifest(built, today=today))
    render.write_outputs({outputs.path(kind): data for kind, data in files.items()}, force=force)
    return built


_WHAT = {"title": "the job title", "company": "the hiring organisation's name", "location": "where the job is"}


def _given(**values: str | None) -> tuple[Candidate, ...]:
    """The details set by hand, as candidates that win over everything the posting says.

    Raises:
        TailorError: a value given is blank.
    """
    out = []
    for field, value in values.items():
        if value is None:
            continue
        if not clean_inline(value):
            raise option_error(field, f"is empty: pass {_WHAT[field]}, or leave it out to use what the posting states.")
        out.append(Candidate(field, clean_inline(value), "given"))  # type: ignore[arg-type]
    return tuple(out)


def check(resume: str | Path) -> CheckReport:
    """Read the résumé at ``resume`` back as an applicant tracking system would: the bullets its
    manifest lists, in order, if the manifest is beside it, and the PDF beside it too."""
    from tailor import manifest
    from tailor.documents.check import check_file

    path = Path(resume)
    outputs = Outputs(path)
    bullets = []
    if path.is_file() and outputs.manifest.is_file():
        bullets = [b.text for b in manifest.read(outputs.manifest).kept_bullets()]
    return check_file(path, bullets, listed_by=outputs.manifest.name)


def default_output_name(cv: CV, posting: Posting) -> str:
    """``Bruno_Magalhaes_-_Acme_-_Senior_ML_Engineer.docx`` when the posting states its company
    and title, else ``Bruno_Magalhaes_-_<posting file stem>.docx``; safe on every file system."""
    found = structure.of(posting)
    return default_name(cv.contact.name, found.company, found.title, posting.stem)


def _document_title(result: Match) -> str:
    """``Bruno Magalhaes — Senior ML Engineer, Acme``: the owner and the job applied for, as the
    posting states it; the owner and the headline chosen for the posting when it names neither."""
    found = structure.of(result.posting)
    job = ", ".join(x for x in (found.title, found.company) if x) or (result.headline.text if result.headline else "")
    return " — ".join(x for x in (result.cv.contact.name, job) if x)
