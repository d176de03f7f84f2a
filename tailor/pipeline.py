"""The one place that knows the order of the steps: load CV → read posting → rank → select → render → check.

This is tailor's Python API; the CLI only parses arguments and prints. Example::

    from tailor.pipeline import build
    result = build("posting.txt", output="resume.docx")
    print(result.output, result.manifest, result.selection.bullet_ids)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tailor.coverage import (
    Coverage,
    awards_for_the_jobs_work,
    coverage,
    credentials_evidencing,
    credentials_of_the_job,
    credentials_of_the_specialty,
    credentials_preferred,
    credentials_required,
    education_evidencing,
    fluencies,
    sole_evidence,
    summary_paragraphs_evidencing,
    titled_keywords,
)
from tailor.cv import CV, read_cv
from tailor.cv.default import find_cv
from tailor.cv.markup import plain
from tailor.errors import NOTHING_TO_CHOOSE, CVError, Problem, TailorError, option_error
from tailor.lexicon import lexicon_for
from tailor.options import ResumeOptions
from tailor.options import min_fit as min_fit_value
from tailor.outputs import RESUME_SUFFIX, Kind, Outputs, check_output, default_name, folder_for, owner, resume_path
from tailor.posting import Posting, read_posting, structure
from tailor.posting.details import Candidate
from tailor.posting.extracted import clean_inline
from tailor.posting.table import (
    check_tables,
    is_table,
    only_row,
    parse_columns,
    parse_row_source,
    read_row,
    whole_table,
)
from tailor.rank import (
    DEFAULT_CONFIG,
    SAID,
    WISHED,
    RankConfig,
    at_least,
    bounded_label,
    expired_certificates,
    fit_label,
    prepare_cv,
    rank,
    said_by,
    score_texts,
    variant_id,
)
from tailor.results import Build, Chosen, LoadedCV, Match, degree_lacking_of, specialty_lacking_of
from tailor.select import DEFAULT_MAX_SKILLS, page_fillers, select
from tailor.select import education_first as opens_with_education

if TYPE_CHECKING:
    from tailor.cv.model import Variant
    from tailor.documents.check import Report as CheckReport
    from tailor.documents.letter import LetterDocuments
    from tailor.export import Exported, Format

__all__ = [
    "Build",
    "LoadedCV",
    "Match",
    "build",
    "check",
    "default_output_name",
    "letter",
    "load",
    "match",
    "read_source",
]


def load(
    cv: str | Path | None = None,
    *,
    config: RankConfig = DEFAULT_CONFIG,
    postings: Iterable[str | Path] = (),
    columns: str | Mapping[str, str] | None = None,
) -> LoadedCV:
    """Load the CV at ``cv`` and analyse it once for ranking with ``config``; pass the result as
    ``cv`` to :func:`match` or :func:`build` to tailor it to many postings without re-analysing it.

    ``cv`` is a path, ``"example"`` for the bundled example CV, or None for the user's default
    CV (:func:`tailor.cv.default.find_cv`: ``TAILOR_CV``, the config file, ``./cv.yaml``); with
    no default, a :class:`TailorError` says how to make one. What looks wrong in the CV without
    being an error is in :attr:`LoadedCV.warnings`.

    ``postings`` (the paths a ranking will read) and the ``columns`` of their tables are checked first
    (:func:`tailor.posting.table.check_tables`): a table that cannot be ranked is known from its first lines,
    while the CV's analysis takes seconds.
    """
    check_tables(postings, parse_columns(columns))
    cv_path = find_cv(cv).path
    loaded = read_cv(cv_path)
    if not loaded.cv.has_items():
        # Nothing to rank: say so, with the warnings that may say why (a misspelt "highlights").
        empty = Problem("", NOTHING_TO_CHOOSE)
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
    return _match(*_inputs(posting, cv, stdin), ResumeOptions(max_bullets=max_bullets))


def _inputs(
    posting: str | Path | Posting, cv: str | Path | LoadedCV | None, stdin: BinaryIO | None
) -> tuple[Posting, LoadedCV]:
    """The posting read, then the CV loaded: a posting that cannot be read stops before the CV
    is analysed (seconds)."""
    read = posting if isinstance(posting, Posting) else read_source(posting, stdin)
    return read, cv if isinstance(cv, LoadedCV) else load(cv)


def _match(
    read: Posting,
    ready: LoadedCV,
    options: ResumeOptions,
    given: tuple[Candidate, ...] = (),
    today: dt.date | None = None,
    expired: Mapping[str, str] | None = None,
) -> Match:
    """:func:`match` with the options a command sets: ``given`` details, ``today``, and the CV's certificates
    ``expired`` by then (:func:`_expired`) where the caller covers the keywords again and has read them once."""
    if given:
        # What the user sets by hand is the best evidence there is: it goes before what the format states.
        read = replace(read, stated=(*given, *read.stated))
    ranking = rank(ready.prepared, read)
    first = options.education_first
    if first is None:
        first = opens_with_education(ready.cv, today or dt.date.today())
    budget, fill = options.max_bullets, options.max_bullets is None and options.pages is not None
    if fill:
        # The page is the budget: every bullet and skill is a candidate, those with evidence first, and page
        # fitting leaves out the weakest until the résumé fits, so that a page is filled, not cut at a count.
        budget = max(len(ready.cv.bullets()), 1)
    skills = max(DEFAULT_MAX_SKILLS, len(ready.cv.skills)) if fill else DEFAULT_MAX_SKILLS
    selection = select(ready.cv, ranking, budget, max_skills=skills, education_first=first, fill=fill)
    headline = _choose(ready, read, ready.cv.headline)
    summary = _choose(ready, read, ready.cv.summary)
    expired = _expired(ready, today) if expired is None else expired
    covered = coverage(ranking, selection, _shown(headline, summary), expired, fluencies(ready.cv))
    wanted = _wanted(ready.cv, covered)
    if wanted:
        sole = sole_evidence(covered, ranking)
        selection = select(
            ready.cv, ranking, budget, max_skills=skills, education_first=first, fill=fill, wanted=wanted, sole=sole
        )
        covered = coverage(ranking, selection, _shown(headline, summary), expired, fluencies(ready.cv))
    # The degree the posting requires above the CV's, read once: the label below, the warnings and the flags ask it.
    result = Match(
        *(ready.cv, ready.path, read, ranking, selection, covered, headline, summary, today or dt.date.today()),
        degree=degree_lacking_of(ready.cv, ranking),
    )
    result = _held_elsewhere(result)
    result = replace(result, specialty=specialty_lacking_of(ranking, result.coverage))  # read once, as the degree
    # The score counts the posting's words; its label also answers to what the job requires, known only now.
    covered = result.coverage
    lacking = result.licence_lacking
    clearance = lacking and result.only_a_clearance_lacking
    label = bounded_label(
        ranking.fit,
        len(covered.required),
        covered.said,
        lacking,
        clearance_only=clearance,
        degree_lacking=result.degree_lacking,
        specialty_lacking=bool(result.specialty),
    )
    return result if label == ranking.label else replace(result, ranking=replace(ranking, label=label))


def _wanted(cv: CV, covered: Coverage) -> list[tuple[str, ...]]:
    """The bullets (by id) that say each required keyword that ``covered`` finds in the CV and not on the résumé,
    nor met there by one of its kind or an alternative: the heaviest keyword first, then in the posting's order.
    :func:`tailor.select.select` brings the best of each in, in place of a weaker line."""
    ids = {bullet.id for _, bullet in cv.bullets()}
    lacking = [k for k in covered.required if k.status == "available" and not k.met]
    lacking.sort(key=lambda k: -k.keyword.weight)
    groups = (tuple(w for w in k.where if w in ids) for k in lacking)
    return [group for group in groups if group]


def _held_elsewhere(result: Match) -> Match:
    """``result`` with its coverage showing the licences and type ratings the CV holds only for other states or
    aircraft than the posting requires as such (:meth:`tailor.results.Match.held_elsewhere`): shown, not met."""
    return replace(result, coverage=result.coverage.held_elsewhere(result.held_elsewhere()))


_ROW_NAMED = re.compile(r"^(?P<table>.+)#row=(?P<row>.*)$")
"""A row of a table named by anything: ``jobs.csv#row=abc`` (a number is read by :func:`parse_row_source`)."""


def read_source(
    source: str | Path, stdin: BinaryIO | None = None, *, columns: str | Mapping[str, str] | None = None
) -> Posting:
    """The posting at ``source`` (a path, an address, ``-`` for ``stdin``); ``jobs.csv#row=17`` is a row of
    a table of postings (unless a file has that name), and a table of one row is that row; its columns named by
    ``columns`` where tailor does not know their names, as ``rank`` and ``batch`` take them. The first step, and the
    fastest: read it before the CV, whose analysis takes seconds, so that a posting that cannot be read stops at once.

    Raises:
        TailorError: the posting cannot be read (:func:`tailor.posting.read_posting`), ``source`` is a
            whole table of postings (:func:`tailor.posting.table.whole_table`), or ``columns`` are given
            for a posting that is no row of a table, or name what the table does not have.
    """
    if parse_row_source(str(source)) is not None and not Path(source).exists():
        return read_row(str(source), parse_columns(columns))
    if (only := only_row(source)) is not None:
        return read_row(only, parse_columns(columns))  # a table of one posting: that row, as if named
    if (row := _ROW_NAMED.match(str(source))) and is_table(row["table"]) and not Path(source).exists():
        raise TailorError(
            f"The posting {source} names row '{row['row']}' of {row['table']}; rows are numbered from 1: name one as "
            f"{row['table']}#row=3 (`tailor rank {row['table']}` shows each job's row)."
        )
    if columns:
        raise TailorError(
            f"{{columns}} names the columns of a table, and {source} is no row of one: name a row as jobs.csv#row=17.",
            columns="columns",
        )
    if (table := whole_table(source)) is not None:
        raise table
    return read_posting(source, stdin=stdin)


def _shown(headline: Chosen | None, summary: Chosen | None) -> set[str]:
    """The ids of the headline and summary a résumé prints (:func:`tailor.rank.variant_id`)."""
    return {variant_id(kind, c.index + 1, c.of) for kind, c in (("headline", headline), ("summary", summary)) if c}


def _expired(ready: LoadedCV, today: dt.date | None) -> dict[str, str]:
    """The CV's certificates that have expired by ``today`` (default: today), by their texts' ids."""
    return expired_certificates(ready.cv, today or dt.date.today())


def _choose(ready: LoadedCV, posting: Posting, variants: Sequence[Variant]) -> Chosen | None:
    """The variant most relevant to ``posting`` (the first of equals), scored with its tags; None if there are
    none. A variant with tags is meant for the postings they name: where ``posting`` says none of them, it
    yields to one without tags; where its job title says one, it goes before one without tags."""
    if not variants:
        return None
    if len(variants) == 1:
        return Chosen(variants[0].text, 0, 1, 0.0)
    scores = score_texts(ready.prepared, posting, [_scored(v) for v in variants])
    tags = sorted({tag for v in variants for tag in v.tags})
    named = dict(zip(tags, said_by(ready.prepared, posting, tags), strict=True))
    # A variant whose tags the job title says before one without tags, and that before one whose tags it does not say;
    # one whose tags only a nice-to-have says competes as one without tags, by its score.
    meant = [max(SAID if named[tag] == WISHED else named[tag] for tag in v.tags) if v.tags else SAID for v in variants]
    best = max(range(len(variants)), key=lambda i: (meant[i], scores[i], -i))
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
    hiring_manager: str | None = None,
    letter: bool = False,
    letter_template: str | Path | None = None,
    letter_paragraphs: int | None = None,
    export: Sequence[str] = (),
    education_first: bool | None = None,
    paper: str | None = None,
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

    ``title``, ``company`` and ``location`` (and ``hiring_manager``, whom a letter greets) set the
    posting's details by hand, for a posting that states them unclearly or not at all: they name
    the file and the document, and the manifest records them as given (source ``given``).

    With ``letter``, the cover letter of :func:`letter` is written beside the résumé too
    (``<output stem>_-_Letter.docx``, and its PDF with ``pdf``), from ``letter_template`` (by
    default the bundled letter of the résumé's design) with at most ``letter_paragraphs`` body
    paragraphs; the manifest records it.

    ``export`` names formats (:data:`tailor.export.FORMATS`) to write the tailored CV in too,
    beside the résumé: ``json-resume`` (``<output stem>.resume.json``), ``rendercv``
    (``<output stem>.rendercv.yaml``), ``markdown`` (``<output stem>.md``), each holding exactly
    what the résumé prints, in its order.

    ``education_first`` puts the education before the experience (True) or after it (False); by
    default a student's or new graduate's résumé opens with it (:func:`tailor.select.education_first`).
    ``paper`` (``a4``, ``letter``) lays the résumé and letter out on that paper; by default the template's, and on a
    bundled template (A4) US Letter where the CV's location prints on it (:func:`tailor.documents.templates.paper_for`).
    """
    from tailor import documents, manifest  # docxtpl is only needed here
    from tailor.documents import templates
    from tailor.report_html import html_report

    options = ResumeOptions(
        max_bullets,
        pages,
        pdf,
        report,
        min_fit_value(min_fit),
        letter=letter,
        letter_paragraphs=letter_paragraphs,
        exports=tuple(export),  # type: ignore[arg-type]  # checked by ResumeOptions
        education_first=education_first,
        paper=paper,
    )
    _one_place(output, out)
    today = today or dt.date.today()
    check_destination(output, force=force)  # before the slow steps, as a typo in the template below
    template_path = templates.usable(template)  # before the slow steps: a typo in the template fails fast
    letter_path = templates.usable(letter_template or templates.letter_for(template_path), "letter") if letter else None
    given = _given(title=title, company=company, location=location, hiring_manager=hiring_manager)
    read, ready = _inputs(posting, cv, stdin)
    options = replace(options, paper=templates.paper_for(options.paper, template_path, ready.cv.contact.location))
    if letter:
        _has_letter(ready)
    expired = _expired(ready, today)  # once: the coverage after page fitting reads the same certificates
    result = _match(read, ready, options, given, today, expired)
    fit = result.ranking.fit
    if options.min_fit is not None and not at_least(fit, options.min_fit):
        raise TailorError(_below_min_fit(result, options.min_fit), min_fit="min_fit")
    named = Path(output) if output is not None else (folder_for(out) if out is not None else None)
    outputs = Outputs(resume_path(named, functools.partial(default_output_name, result.cv, result.posting)))
    _refuse_existing(outputs, options.siblings(), force)
    title = _document_title(result)
    of_the_job = credentials_of_the_job(result.coverage, result.cv, result.ranking)  # "Certified Paralegal"
    of_the_job |= result.teaching_licences_asked()  # "Teacher License, Biology (8–12)" for "license in Biology"
    of_the_job |= credentials_of_the_specialty(result.coverage, result.cv, result.ranking)  # OCS for "…, Orthopedic"
    made = documents.make(
        result.cv,
        result.ranking,
        result.selection,
        template_path,
        today=today,
        title=title,
        want_pdf=pdf,
        pages=pages,
        # A résumé cut at a count the user chose keeps its bullets; one cut at the default count saves a
        # last page of a few lines.
        trim_spill=pages is None and max_bullets is None,
        headline=result.headline.text if result.headline else None,
        summary=result.summary.text if result.summary else None,
        paper=options.paper,  # type: ignore[arg-type]  # checked by ResumeOptions
        evidence=sole_evidence(result.coverage, result.ranking)
        | credentials_evidencing(result.coverage)
        | of_the_job
        | awards_for_the_jobs_work(result.cv, result.ranking)  # "Best Investigative Reporting"
        | education_evidencing(result.coverage, result.cv, result.ranking.cv.lexicon if result.ranking.cv else None)
        | summary_paragraphs_evidencing(result.coverage, result.ranking, result.selection),
        required=credentials_required(result.coverage, titled_keywords(result.coverage, result.ranking)) | of_the_job,
        preferred=credentials_preferred(result.coverage),
        lapsed=frozenset(expired),
        fillers=page_fillers(result.ranking, result.selection),
    )
    if made.page_fit is not None or made.filled:
        # What the résumé shows is what page fitting kept; reports and the manifest follow it.
        shown = _shown(result.headline, result.summary)
        covered = coverage(result.ranking, made.selection, shown, expired, fluencies(result.cv))
        result = _held_elsewhere(replace(result, selection=made.selection, coverage=covered))
    letter_made = _make_letter(result, letter_path, options, today, title) if letter_path is not None else None
    # Everything is rendered before anything is written: a failure leaves no half set of files.
    files = dict(made.files)
    if letter_made is not None:
        files |= letter_made.files()
    exported = _export(result, options)
    files |= {kind: e.data for kind, e in exported.items()}
    notes = {kind: e.notes for kind, e in exported.items()}
    built = Build(result, outputs, template_path, options, made, letter_made, letter_path, exports=notes)
    if options.report:
        files["report"] = html_report(result, today, letter_made.choice if letter_made else None).encode("utf-8")
    earlier = made_files(outputs)
    _write(outputs, files, manifest.dumps(manifest.manifest(built, today=today)), force)
    return replace(built, removed=remove_stale(earlier, outputs))


def _below_min_fit(result: Match, lowest: float) -> str:
    """Why nothing was written for a posting below ``--min-fit``, and how to write it all the same: the fit and its
    label against the bar and its label (a score above the bar may carry a lower label: a licence lacking), or a
    posting too short for any fit to mean anything."""
    fit = result.ranking.fit
    if fit.label == "too short":
        why = f"The posting {result.posting.shown} has too few words for its fit to mean anything ({fit.score:.3f})"
    else:
        why = (
            f"The fit of your CV to {result.posting.shown} is {fit.label} ({fit.score:.3f}), below the {{min_fit}} "
            f"{lowest:.3g} ({fit_label(lowest)}) asked for"
        )
    return f"{why}: nothing was written. Leave out {{min_fit}} to write it anyway."


def letter(
    posting: str | Path | Posting,
    cv: str | Path | LoadedCV | None = None,
    *,
    template: str | Path | None = None,
    output: str | Path | None = None,
    out: str | Path | None = None,
    force: bool = False,
    pdf: bool = False,
    paragraphs: int | None = None,
    title: str | None = None,
    company: str | None = None,
    location: str | None = None,
    hiring_manager: str | None = None,
    paper: str | None = None,
    today: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Build:
    """Write a cover letter for ``posting`` from the ``letter:`` block of the CV at ``cv``, and its manifest.

    The letter prints the owner's own texts, chosen and ordered for the posting
    (:func:`tailor.letter.choose`), with the posting's details in the slots they wrote, on
    one page (the least relevant body paragraphs left out until it fits, measured in its
    PDF) and read back as an ATS would. ``output`` defaults to
    ``<Owner>_-_<Company>_-_<Title>_-_Letter.docx`` in the folder ``out``; beside it go
    ``<output stem>.manifest.json`` and, with ``pdf``, ``<output stem>.pdf``. ``template`` is a
    bundled letter's name (``classic``, ``compact``) or a .docx; ``paragraphs`` the most body
    paragraphs (default :data:`tailor.letter.DEFAULT_PARAGRAPHS`). ``title``, ``company``,
    ``location`` and ``hiring_manager`` set the posting's details by hand, and ``paper`` its paper, as
    for :func:`build`.

    Raises:
        TailorError: the CV has no ``letter:`` block (the message shows how to write one), a file
            is in the way and not ``force``, or the letter cannot fit on a page.
    """
    from tailor import manifest
    from tailor.documents import templates

    options = ResumeOptions(pdf=pdf, letter=True, letter_paragraphs=paragraphs, paper=paper)
    _one_place(output, out)
    today = today or dt.date.today()
    check_destination(output, force=force, document="letter")
    template_path = templates.usable(template, "letter")
    given = _given(title=title, company=company, location=location, hiring_manager=hiring_manager)
    read, ready = _inputs(posting, cv, stdin)
    options = replace(options, paper=templates.paper_for(options.paper, template_path, ready.cv.contact.location))
    _has_letter(ready)
    result = _match(read, ready, options, given, today)
    named = Path(output) if output is not None else (folder_for(out) if out is not None else None)
    # Named by default as the letter beside the résumé build would write: one application, one name.
    outputs = Outputs(resume_path(named, lambda: _letter_name(result), document="letter"))
    _refuse_existing(outputs, ["manifest", *(["pdf"] if pdf else [])], force)  # type: ignore[list-item]
    made = _make_letter(result, template_path, options, today, _document_title(result))
    built = Build(result, outputs, template_path, options, None, made, template_path, main="letter")
    files = made.files(alone=True)
    earlier = made_files(outputs)
    _write(outputs, files, manifest.dumps(manifest.manifest(built, today=today)), force)
    return replace(built, removed=remove_stale(earlier, outputs))


def _export(result: Match, options: ResumeOptions) -> dict[Format, Exported]:
    """The tailored CV as each export of ``options`` holds it: what the résumé shows."""
    if not options.exports:
        return {}
    from tailor.export import Tailored, export

    tailored = Tailored(
        result.cv,
        result.selection,
        result.headline.text if result.headline else None,
        result.summary.text if result.summary else None,
    )
    return {kind: export(kind, tailored) for kind in options.exports}


def check_destination(output: str | Path | None, *, force: bool = False, document: str = "résumé") -> None:
    """The first check of :func:`build` and :func:`letter`, before the posting is read (perhaps
    downloaded) and the CV analysed: ``output`` names a .docx or a folder, and a .docx it names is
    not in the way, nor its manifest, which every build writes, unless ``force``. The other files
    (a report, a PDF) and a default name in a folder are known only later, and checked then. The
    errors name the ``document`` written ("letter" for :func:`letter`).

    Raises:
        TailorError: ``output`` is neither a .docx name nor a folder, or its files are in the way.
    """
    if output is None:
        return
    path = Path(output)
    check_output(path, document=document)
    if not path.is_dir():
        _refuse_existing(Outputs(path), ["manifest"], force)


def _one_place(output: str | Path | None, out: str | Path | None) -> None:
    if output is not None and out is not None:
        raise TailorError(
            "Give {output} (the document's file) or {out} (a folder for it), not both.", output="output", out="out"
        )


def _refuse_existing(outputs: Outputs, kinds: Sequence[Kind], force: bool) -> None:
    """Checked before rendering, so that nothing is written when any of the files is in the way."""
    for path in outputs.existing(kinds):  # type: ignore[arg-type]
        if not force:
            raise TailorError(
                f"{path} already exists; pass {{force}} to replace it, or {{output}} to write elsewhere.",
                force="force=True",
                output="output=…",
            )


def _write(outputs: Outputs, files: dict[Kind, bytes], manifest: bytes, force: bool) -> None:
    """Write every file of a build, all or none, each atomically; the manifest last: a document
    with its manifest beside it is finished (:mod:`tailor.batch`)."""
    from tailor.documents import render

    every = [*files.items(), ("manifest", manifest)]
    render.write_outputs({outputs.path(kind): data for kind, data in every}, force=force)


def made_files(outputs: Outputs) -> dict[Kind, Path]:
    """The files the manifest beside ``outputs`` records tailor made with its document (its PDF, report and
    exports, and a letter beside a résumé) and that are there; empty without a manifest of tailor's."""
    from tailor import manifest

    if not outputs.manifest.is_file():
        return {}
    try:
        record = manifest.read(outputs.manifest)
    except TailorError:
        return {}  # not a manifest of ours: nothing of it is known to be tailor's
    made: list[Kind] = [export.format for export in record.exports]  # type: ignore[misc]
    made += ["pdf"] if record.pdf else []
    made += ["report"] if record.report else []
    letter = outputs.path("letter")
    # A letter beside the résumé, and its PDF; not one its owner has edited since: that is theirs.
    if (
        record.letter is not None
        and record.document == "resume"
        and letter.is_file()
        and hashlib.sha256(letter.read_bytes()).hexdigest() == record.letter.sha256
    ):
        made += ["letter", *(["letter_pdf"] if record.letter.pdf else [])]
    return {kind: outputs.path(kind) for kind in made if outputs.path(kind).is_file()}


def remove_stale(earlier: Mapping[Kind, Path], outputs: Outputs) -> tuple[Path, ...]:
    """Remove what an earlier build made from the document just replaced (``earlier``, its
    :func:`made_files`) that the new build did not make again: left there, a PDF or an export would
    show the earlier document beside the new one (and ``batch``'s overview would link it). The
    files removed."""
    now = made_files(outputs)
    removed = []
    for kind, path in earlier.items():
        if kind not in now:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return tuple(removed)


def _letter_name(result: Match) -> str:
    """The default name of a letter made on its own: the letter beside the résumé of ``result``."""
    return Outputs(Path(default_output_name(result.cv, result.posting))).sibling("letter").name


def _has_letter(ready: LoadedCV) -> None:
    """Raise, showing how to write one, when the CV has no letter material."""
    if ready.cv.letter is not None:
        return
    from tailor.letter import no_letter

    raise no_letter(ready.path)


def _make_letter(result: Match, template: Path, options: ResumeOptions, today: dt.date, title: str) -> LetterDocuments:
    """The letter of the CV's letter material for the posting of ``result``, rendered and checked."""
    from tailor.documents import letter as letter_documents
    from tailor.documents import templates
    from tailor.letter import choose, slot_values

    assert result.cv.letter is not None and result.ranking.cv is not None and result.ranking.posting is not None
    prepared, analysed = result.ranking.cv, result.ranking.posting
    dates = templates.date_style(template, options.paper)
    values, sources = slot_values(structure.of(result.posting).details, today, dates)
    choice = choose(
        result.cv.letter,
        values,
        sources,
        lambda texts: score_texts(prepared, analysed, texts),
        {b.id: b.score for b in result.ranking.bullets},
        paragraphs=options.letter_paragraphs,
        said=lambda phrases: said_by(prepared, analysed, phrases),
    )
    return letter_documents.make(
        result.cv,
        choice,
        template,
        today=today,
        title=title,
        want_pdf=options.pdf,
        paper=options.paper,  # type: ignore[arg-type]  # checked by ResumeOptions
    )


_WHAT = {
    "title": "the job title",
    "company": "the hiring organisation's name",
    "location": "where the job is",
    "hiring_manager": "whom the letter greets",
}


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
    """Read the résumé (or cover letter) at ``resume`` back as an applicant tracking system would:
    the bullets (a letter's texts) its manifest lists, in order, if the manifest is beside it, and
    the PDF beside it too. A PDF given alone is checked by its text (its Word file's manifest lists
    the bullets)."""
    from tailor import manifest
    from tailor.documents.check import check_file

    path = Path(resume)
    word = path.with_suffix(RESUME_SUFFIX) if path.suffix.lower() == ".pdf" else path  # a PDF: its Word file's
    listed_by = Outputs(word).manifest
    resume_of = owner(word, "letter")  # x_-_Letter.docx: the letter beside the résumé x.docx?
    if not listed_by.is_file() and resume_of is not None and resume_of.manifest.is_file():
        listed_by = resume_of.manifest
    record = manifest.read(listed_by) if path.is_file() and listed_by.is_file() else None
    letter_record = record.letter if record is not None else None
    if record is not None and letter_record is not None and letter_record.output == word.name:
        return check_file(path, letter_record.printed(), listed_by=listed_by.name, letter=True)
    if record is not None:
        return check_file(path, [b.text for b in record.kept_bullets()], listed_by=listed_by.name)
    return check_file(path, letter=resume_of is not None)


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
