"""Rank many postings by how well one CV fits each: the library behind ``tailor rank``.

Each posting is read and scored by the same steps as ``tailor match``
(:func:`tailor.scored.score_posting`: :func:`tailor.rank.fit`, and
:func:`tailor.pipeline.match` where its keyword coverage is wanted), in worker
processes when there are many (:mod:`tailor.many`). Postings are files, or the
rows of tables (:mod:`tailor.rank_rows`: each job once, however many rows it
fills); files that are the same job are ranked once too (:func:`_same_job`).
Keyword coverage needs each posting's own ranking and selection, some 5–10 times
the work of reading and scoring it, so it is computed only for the postings
shown: with ``top`` set, for those few after ranking (reading them once more);
with every posting shown, alongside the scores, in the same pass, and with
``min_fit`` only for those whose score reaches it (:func:`tailor.scored.score_posting`).
"""

from __future__ import annotations

import csv
import glob
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailor.errors import TailorError
from tailor.many import Progress, find_postings, parallel_map, shared_cv, tables_in_folders
from tailor.options import ResumeOptions
from tailor.options import min_fit as min_fit_value
from tailor.posting.details import FIELDS, Field, PostingDetails
from tailor.posting.duplicates import Jobs, fingerprint, job_key, may_be_copies
from tailor.posting.table import (
    Role,
    Row,
    is_table,
    parse_columns,
    parse_row_source,
    row_posting,
    source_order,
)
from tailor.rank_rows import read_rows, score_tables
from tailor.results import LoadedCV
from tailor.scored import Copy, ScoredPosting, Scores, Unreadable, label_order, places, score_posting

if TYPE_CHECKING:
    from tailor.rank import FitLabel

__all__ = [
    "COLUMNS",
    "DUPLICATES",
    "TABLE_COLUMNS",
    "Fit",
    "ScoredPosting",
    "Shortlist",
    "Unreadable",
    "best_first",
    "columns_of",
    "fits_at_least",
    "rank_postings",
    "rows",
    "score_paths",
    "score_posting",
    "score_postings",
]

DUPLICATES = ("duplicates", "duplicate_locations", "duplicate_urls", "duplicate_sources")
"""A posting's copies (other rows, or files, that are the same job): how many, then their locations, addresses
and sources (``; `` between them in CSV)."""

COLUMNS = (
    "rank",
    "score",
    "fit",
    "coverage",
    "title",
    "company",
    "source",
    *(f for f in FIELDS if f not in ("title", "company")),
    "title_source",
    "company_source",
    *DUPLICATES,
    "flags",
)
"""The fields of each row, in the order the CSV shows them: the rank, the fit (its score and its
label), coverage, title, company and file, then what the posting states about the job (empty
where it does not), to sort and filter by, then its copies (:data:`DUPLICATES`), then what ``tailor match`` would
warn of, in a few words (``flags``: "closed 2026-03-31; requires RN")."""

TABLE_COLUMNS = ("rank", "score", "fit", "coverage", *DUPLICATES, "flags", "source")
"""When tables are ranked, each row's fields are these, then every column of the tables as they
have them: the output opens in a spreadsheet beside the original."""


@dataclass(frozen=True)
class Fit:
    """One posting's place in the ranking."""

    rank: int
    """1 for the best fit."""
    score: float
    """The CV's fit to the posting, as ``tailor match`` reports it (0 … 1)."""
    fit: FitLabel
    """The score in words: strong, partial, weak, or too short to judge."""
    coverage: float | None
    """Share of the posting's required keywords that the default résumé evidences; None if it names none."""
    title: str | None
    company: str | None
    source: str
    details: PostingDetails = field(default_factory=PostingDetails)
    """Everything the posting states about the job (``title`` and ``company`` among it), and where each
    was found: for sorting and filtering by place, pay or kind of employment."""
    copies: tuple[Copy, ...] = ()
    """For a row of a table: the other rows that are the same job."""
    record: Mapping[str, Any] | None = None
    """For a row of a table: the row as the table has it, column by column; for a posting file ranked with
    tables, its details under the columns that hold them there (``company_name``, ``job_url``)."""
    flags: tuple[str, ...] = ()
    """What ``tailor match`` would warn of, in a few words (:attr:`tailor.results.Match.flags`): "closed
    2026-03-31", "requires RN". Found with the coverage, for the postings shown."""
    row: bool = False
    """Whether it is a row of a table (``jobs.csv#row=17``), not a posting file."""


@dataclass(frozen=True)
class Shortlist:
    fits: list[Fit]
    """Best first (ties by path, a table's rows by number), cut to the ``top`` asked for."""
    ranked: int
    """How many postings were read and ranked."""
    unreadable: list[Unreadable]
    """Postings skipped because they could not be read, in path order."""
    below: int = 0
    """Postings read and scored but left out for a fit below ``min_fit``."""
    copies: int = 0
    """Postings that were the same job as another (rows of a table, or posting files), and ranked with it."""
    columns: tuple[str, ...] = ()
    """The columns of the tables ranked (none when only files were): :func:`columns_of`."""
    warnings: tuple[TailorError, ...] = ()
    """What is worth a look but stopped nothing: :attr:`tailor.scored.Scores.warnings`."""
    too_short: int = 0
    """Of :attr:`below`, those too short a posting to judge, whatever their score: their fit means nothing,
    so ``min_fit`` leaves them out even when it is high (a table's descriptions cut short, a title and a line)."""

    @property
    def qualifying(self) -> int:
        """How many postings fit at least ``min_fit`` (all those ranked, without one)."""
        return self.ranked - self.below

    @property
    def beyond_top(self) -> int:
        """Postings that fit at least ``min_fit`` but were left out by ``top``."""
        return self.qualifying - len(self.fits)


def rank_postings(
    paths: Iterable[str | Path],
    cv: str | Path | LoadedCV | None = None,
    *,
    top: int = 0,
    max_bullets: int | None = None,
    min_fit: float | str | None = None,
    columns: str | Mapping[str, str] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Shortlist:
    """Rank the postings at ``paths`` (files, folders, glob patterns, tables) by the fit of the CV at
    ``cv`` (as :func:`tailor.pipeline.load` finds it), keeping the best ``top`` (0: all) of those
    that fit at least ``min_fit`` (a score, or a label such as ``"partial"``). ``columns`` names the
    columns of tables whose names are not recognised (``"title=Job Title,description=Body"``).

    Raises:
        TailorError: the CV cannot be loaded, or a path names no posting. A posting that
            cannot be read is not an error: it is listed in :attr:`Shortlist.unreadable`.
    """
    from tailor.pipeline import load

    options = ResumeOptions(max_bullets=max_bullets, min_fit=min_fit_value(min_fit))
    roles = parse_columns(columns)
    paths = list(paths)
    ready = cv if isinstance(cv, LoadedCV) else load(cv, postings=paths, columns=roles)
    found = score_paths(
        paths,
        ready,
        columns=roles,
        coverage=not top,
        max_bullets=options.max_bullets,
        details=not top,  # for the few shown, read with their coverage below
        workers=workers,
        progress=progress,
        min_fit=options.min_fit,
    )
    postings = best_first(found.scored)
    ranked = len(postings)
    kept = [p for p in postings if fits_at_least(p, options.min_fit)]
    too_short = sum(p.label == "too short" for p in postings) - sum(p.label == "too short" for p in kept)
    below, postings = len(postings) - len(kept), [] if top else kept
    rows_read = read_rows((p.source for p in postings), roles) if found.columns and not top else {}
    while top and len(postings) < top and kept:
        # Coverage and details for the few shown, reading the rows of tables once more (all in one pass). The label
        # of one shown answers to its required keywords too (tailor.rank.bounded_label): one that falls below the
        # fit asked for is left out, as it would have been had its coverage been known before, and the next best
        # takes its place, so that --top shows as many as fit.
        batch, kept = kept[: top - len(postings)], kept[top - len(postings) :]
        read = read_rows((p.source for p in batch), roles) if found.columns else {}
        rows_read |= read
        batch = with_coverage(batch, ready, read, max_bullets=options.max_bullets, workers=workers)
        fitting = [p for p in batch if fits_at_least(p, options.min_fit)]
        below += len(batch) - len(fitting)
        postings += fitting
    # A label its required keywords lowered (read above for the few shown) moves its posting below the fits it is
    # now under.
    postings = best_first(postings)
    records = {source: record for source, (_, record) in rows_read.items()}
    fits = [
        Fit(
            n,
            p.score,
            p.label,
            p.coverage,
            p.title,
            p.company,
            p.source,
            p.details,
            p.copies,
            record,
            p.flags,
            row=p.source in records,
        )
        for n, p in enumerate(postings, start=1)
        for record in [records.get(p.source) or _as_record(p.details, found.named)]
    ]
    return Shortlist(
        fits, ranked, found.unreadable, below, found.copies, found.columns, found.warnings, too_short=too_short
    )


def _as_record(details: PostingDetails, named: Mapping[Field, str]) -> dict[str, Any] | None:
    """A posting file's details under the columns that hold them in the tables ranked with it (none without)."""
    return {column: details.value(field) for field, column in named.items()} if named else None


def score_paths(
    paths: Iterable[str | Path],
    cv: LoadedCV,
    *,
    columns: Mapping[Role, str] | None = None,
    coverage: bool = False,
    max_bullets: int | None = None,
    details: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    min_fit: float | None = None,
) -> Scores:
    """Score the postings at ``paths``: posting files (:func:`score_postings`, folders and patterns
    searched for them) and tables (:func:`tailor.rank_rows.score_tables`, patterns expanded); with ``coverage`` and
    ``min_fit``, the coverage of those whose score reaches ``min_fit`` only (:func:`tailor.scored.score_posting`).

    Raises:
        TailorError: a path names no posting, or a table cannot be read.
    """
    given = [str(p) for p in paths]
    tables = [t for p in given if is_table(p) for t in (sorted(glob.glob(p)) if _is_pattern(p) else [p])]
    others = [p for p in given if not is_table(p)]
    scored, unreadable = [], []
    if others or not tables:
        scored, unreadable = score_postings(
            find_postings(others, is_table),
            cv,
            coverage=coverage,
            max_bullets=max_bullets,
            details=details,
            workers=workers,
            progress=progress,
            min_fit=min_fit,
        )
    # A table in a folder of postings is no posting file: say so, or its rows are lost without a word.
    named_tables = {Path(table).resolve() for table in tables}
    unread = tuple(
        TailorError(
            f"{table} is a table of postings, and a folder is searched for posting files only: "
            f"name the table itself too to read its rows ({' '.join(given)} {table})"
        )
        for table in tables_in_folders(others, is_table)
        if table.resolve() not in named_tables
    )
    if not tables:
        scored, same = _same_job(scored, cv, details=details, workers=workers)
        return Scores(scored, unreadable, same, warnings=unread)
    # A job saved as a file and exported in a table, or in two tables, is one job too: the first of it in the
    # order read (files, then each table's rows) is ranked, with the others as its copies. One table alone was
    # told apart as it was read (a second pass over 100,000 rows costs the main process some ten seconds).
    others = bool(scored) or len(tables) > 1
    rows = score_tables(
        tables,
        cv,
        columns=columns,
        coverage=coverage,
        max_bullets=max_bullets,
        details=details,
        workers=workers,
        progress=progress,
        fingerprints=others,
        min_fit=min_fit,
    )
    if others:
        scored, same = _same_job(scored + rows.scored, cv, details=details, workers=workers, columns=columns)
    else:
        scored, same = rows.scored, 0
    return Scores(
        scored,
        unreadable + rows.unreadable,
        same + rows.copies,
        rows.columns,
        named=rows.named,
        warnings=(*unread, *rows.warnings),
    )


def _same_job(
    scored: list[ScoredPosting],
    cv: LoadedCV,
    *,
    details: bool,
    workers: int | None,
    columns: Mapping[Role, str] | None = None,
) -> tuple[list[ScoredPosting], int]:
    """Posting files, and the jobs of tables (each its first row), that are the same job, once: the first in the
    order given, with the others (and their own copies) as its copies (a posting saved twice, as a page and as
    its text, from two boards, or as a file and as a table's row), and how many were merged.

    Files are the same job as a table's rows are (:mod:`tailor.posting.duplicates`: the same company and
    title, the same or nearly the same description), or when their text is the same to the byte. Only the
    files whose description may be nearly another's (:func:`~tailor.posting.duplicates.may_be_copies`) need
    their company and title: read for them here unless scoring found their ``details``."""
    prints = [p.fingerprint or fingerprint("") for p in scored]  # every file scored has one
    maybe = may_be_copies(prints)
    unknown = [] if details else [int(n) for n in maybe.nonzero()[0]]
    rows = read_rows((scored[n].source for n in unknown), columns)  # a table's rows read once, in one pass
    asked = [rows[scored[n].source][0] if scored[n].source in rows else scored[n].source for n in unknown]
    read = parallel_map(_details, asked, cv, workers=workers)
    found = dict(zip(unknown, read, strict=True))
    jobs, same_text = Jobs(), {}
    kept: list[ScoredPosting] = []
    at: dict[int, int] = {}  # the place in ``kept`` of each job's first file, by its number in ``scored``
    job: dict[int, int] = {}  # the job's first file, by the number of each file
    for n, posting in enumerate(scored):
        said = found.get(n, posting.details)
        place = said.value("location")
        key = job_key(said.value("company"), said.value("title"), [place] if place else []) if maybe[n] else None
        # A table's row holds its title and company in columns: the same description is not yet the same job.
        text = n if parse_row_source(posting.source) else same_text.setdefault(posting.sha256, n)
        first = job[text] if text != n else jobs.add(n, key, prints[n])
        job[n] = n if first is None else first
        if first is None:
            at[n] = len(kept)
            kept.append(posting)
        else:
            copy = Copy(posting.source, said.value("location"), said.value("url"))
            kept[at[first]] = replace(kept[at[first]], copies=(*kept[at[first]].copies, copy, *posting.copies))
    return kept, len(scored) - len(kept)


def _details(source: str | Row) -> PostingDetails:
    """The details of the posting file at ``source``, or of a table's row (none, when it cannot be read now)."""
    from tailor.posting import read_posting, structure

    try:
        return structure.of(row_posting(source) if isinstance(source, Row) else read_posting(source)).details
    except TailorError:
        return PostingDetails()


def _is_pattern(path: str) -> bool:
    return not Path(path).exists() and any(ch in path for ch in "*?[")


def best_first(scored: Iterable[ScoredPosting]) -> list[ScoredPosting]:
    """The postings by fit, best first: by the label shown, then the score, ties in the order read. A fit capped
    below its score's label (a specialty the title names that the CV never says) ranks under every fit its label is
    below, as the table's words say; a posting too short to judge comes after every posting judged, whatever its
    score: a title and a line can score high on words the CV happens to share."""
    return sorted(scored, key=lambda p: (label_order(p.label), -p.score, source_order(p.source)))


def fits_at_least(posting: ScoredPosting, min_fit: float | None) -> bool:
    """Whether ``posting`` fits at least ``min_fit`` as its score is shown and its label says (always, without one;
    never, if too short to judge; :func:`tailor.rank.at_least`)."""
    from tailor.rank import scores

    return min_fit is None or scores.at_least(scores.Fit(posting.score, posting.label), min_fit)


def score_postings(
    paths: Sequence[Path],
    cv: LoadedCV,
    *,
    coverage: bool = False,
    max_bullets: int | None = None,
    details: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    min_fit: float | None = None,
) -> tuple[list[ScoredPosting], list[Unreadable]]:
    """Read and score every posting at ``paths`` against ``cv``, in their order.

    Postings that cannot be read are returned apart, with the reason, instead of
    stopping the others. With ``coverage``, each posting's keyword coverage for a résumé
    of ``max_bullets`` is computed too (5–10 times the time), with ``min_fit`` only for those whose score reaches it;
    without ``details``, each
    posting's title, company and other details are left out (:func:`tailor.scored.score_posting`).
    ``workers`` is the number of processes (default: see :func:`tailor.many.parallel_map`).
    ``progress(done, total)`` is called after each posting.
    """
    good: list[ScoredPosting] = []
    bad: list[Unreadable] = []
    jobs = [(str(p), coverage, max_bullets, details, min_fit) for p in paths]
    for done, result in enumerate(parallel_map(_score_one, jobs, cv, workers=workers), start=1):
        (bad if isinstance(result, Unreadable) else good).append(result)
        if progress is not None:
            progress(done, len(jobs))
    return good, bad


def _score_one(job: tuple[str, bool, int | None, bool, float | None]) -> ScoredPosting | Unreadable:
    from tailor.posting import read_posting

    source, coverage, max_bullets, details, min_fit = job
    try:
        posting = read_posting(source)
        scored = score_posting(
            posting, shared_cv(), coverage=coverage, max_bullets=max_bullets, details=details, min_fit=min_fit
        )
    except TailorError as e:  # unreadable, or not a posting tailor can rank (another language)
        return Unreadable(source, str(e))
    return replace(scored, fingerprint=fingerprint(posting.text))


def with_coverage(
    postings: Sequence[ScoredPosting],
    cv: LoadedCV,
    rows: Mapping[str, tuple[Row, Any]],
    *,
    max_bullets: int | None = None,
    workers: int | None = None,
) -> list[ScoredPosting]:
    """``postings``, scored without their coverage (``score_posting(coverage=False)``), with the coverage, details,
    flags and label (which answers to the required keywords too) that scoring them with it gives: each read and
    matched again, as ``tailor match`` does, a table's row from ``rows`` (:func:`tailor.rank_rows.read_rows`)."""
    jobs = [(rows[p.source][0] if p.source in rows else p.source, max_bullets) for p in postings]
    return [
        replace(
            p,
            title=details.value("title"),
            company=details.value("company"),
            coverage=ratio,
            details=details,
            flags=flags,
            label=label or p.label,
        )
        for p, (ratio, details, flags, label) in zip(
            postings, parallel_map(_shown, jobs, cv, workers=workers), strict=True
        )
    ]


def _shown(
    job: tuple[str | Row, int | None],
) -> tuple[float | None, PostingDetails, tuple[str, ...], FitLabel | None]:
    """The coverage, the details, the flags and the fit's label of a posting shown (a file, or a table's row): read
    and matched again, as ``tailor match`` does (its label answers to the posting's required keywords too)."""
    from tailor.pipeline import match
    from tailor.posting import structure

    source, max_bullets = job
    try:
        result = match(row_posting(source) if isinstance(source, Row) else source, shared_cv(), max_bullets=max_bullets)
    except TailorError:
        return None, PostingDetails(), (), None  # changed since it was read a moment ago; its score still stands
    return result.coverage.ratio, structure.of(result.posting).details, result.flags, result.ranking.label


def columns_of(shortlist: Shortlist) -> tuple[str, ...]:
    """The fields of :func:`rows`: :data:`COLUMNS` for posting files; :data:`TABLE_COLUMNS` and then every
    column of the tables (a table's column named like one of ours gets `` (table)`` after its name), and the pay
    of posting files ranked with tables that have no column to hold it."""
    if not shortlist.columns:
        return COLUMNS
    columns = (*TABLE_COLUMNS, *(_own(column) for column in shortlist.columns))
    # Tables that keep pay in parts (JobSpy's min_amount, max_amount, interval) have no column for a posting file's
    # pay, which is one text ("$75,000 - $95,000 per year"): it goes in a column of ours, as tailor reads each pay.
    if "salary" not in columns and any(not fit.row and fit.details.value("salary") for fit in shortlist.fits):
        columns += ("salary",)
    return columns


def csv_lines(rows: Iterable[Iterable[object]]) -> str:
    """``rows`` as CSV text, each row ending in ``"\\n"``, every cell holding a line break of any kind quoted.

    Python's writer quotes a cell for the characters of its own line ending only, so with ``"\\n"`` a bare
    ``"\\r"`` went out unquoted, and a spreadsheet (or Python's own reader) ended the row there. Written with
    RFC 4180's ``"\\r\\n"``, which quotes both, and that ending, the last two characters of the row, swapped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in rows:
        writer.writerow(row)
        lines.append(buffer.getvalue()[:-2] + "\n")
        buffer.seek(0)
        buffer.truncate()
    return "".join(lines)


def rows(fits: Sequence[Fit], columns: Sequence[str] = COLUMNS) -> list[dict[str, Any]]:
    """The ``tailor rank --format json`` document: one object per posting, best first, with the
    fields ``columns`` (:func:`columns_of` the shortlist)."""
    out = []
    for fit in fits:
        every = {
            "rank": fit.rank,
            "score": fit.score,
            "fit": fit.fit,
            "coverage": fit.coverage,
            "flags": list(fit.flags),
            "source": fit.source,
            **fit.details.as_json(),
            "duplicates": len(fit.copies),
            "duplicate_locations": places(fit.copies),
            "duplicate_urls": [c.url for c in fit.copies if c.url],
            "duplicate_sources": [c.source for c in fit.copies],
            **{_own(column): value for column, value in (fit.record or {}).items()},
        }
        out.append({column: every.get(column) for column in columns})
    return out


def _own(column: str) -> str:
    """A table's column by the name it has in :func:`rows`: its own, unless one of ours has it."""
    return f"{column} (table)" if column in TABLE_COLUMNS else column
