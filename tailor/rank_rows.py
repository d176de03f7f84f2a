"""The rows of tables of postings, scored: each job once, however many rows it fills.

A table of a hundred thousand scraped postings is read twice, a chunk of rows at a
time and never whole, in worker processes (:class:`tailor.many.Workers`, the same for both passes):

1. every row's description is fingerprinted (:func:`tailor.posting.duplicates.fingerprint`)
   and the rows are grouped into jobs in table order (:class:`tailor.posting.duplicates.Jobs`):
   the same job in ten cities is one job;
2. the first row of each job is read as a posting (:func:`tailor.posting.table.row_posting`)
   and scored by :func:`tailor.scored.score_posting`, as ``tailor match`` scores it; the job's
   other rows go with it as its :attr:`~tailor.scored.ScoredPosting.copies`.

Copies are never read as postings nor scored: fingerprinting a row costs a tenth of a
millisecond, scoring it twenty times that. A row without a description, or one that
cannot be read, is reported and skipped, like an unreadable file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from tailor.errors import TailorError
from tailor.many import PARALLEL_FROM, Progress, Workers, default_workers, shared_cv
from tailor.posting.duplicates import Fingerprint, Jobs, fingerprint, job_key
from tailor.posting.table import Role, Row, Table, parse_row_source, row_posting, row_source, source_order
from tailor.scored import Copy, ScoredPosting, Scores, Unreadable, score_posting

if TYPE_CHECKING:
    from tailor.posting import Posting
    from tailor.results import LoadedCV

FINGERPRINT_ROWS = 256
"""Rows a worker fingerprints per task (some 30 ms)."""
SCORE_ROWS = 32
"""Rows a worker scores per task (some 50 ms; a few hundred with coverage)."""
PARALLEL_FROM_BYTES = PARALLEL_FROM * 2_500
"""A table smaller than this (some 48 postings of 2.5 KB) is read in one process."""


def score_tables(
    paths: Sequence[str | Path],
    cv: LoadedCV,
    *,
    columns: Mapping[Role, str] | None = None,
    coverage: bool = False,
    max_bullets: int | None = None,
    details: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    fingerprints: bool = False,
    min_fit: float | None = None,
) -> Scores:
    """Score the jobs in the tables at ``paths`` against ``cv``: each job's first row, with its copies
    (:attr:`Scores.scored`, in table order); with ``fingerprints``, each with its text's fingerprint
    (:attr:`ScoredPosting.fingerprint`), for telling it apart from posting files and other tables' rows.

    ``columns`` names the columns that hold the description and details where the tables'
    names are not recognised (:func:`tailor.posting.table.parse_columns`); ``coverage``,
    ``max_bullets``, ``details``, ``workers``, ``progress`` and ``min_fit`` are as for
    :func:`tailor.rank_postings.score_postings`
    (``progress`` is told ``(rows read, 0)`` while the rows are compared, the total unknown).

    Raises:
        TailorError: a table cannot be read, or has no column for the postings' text.
    """
    tables = [Table.open(path, columns) for path in paths]  # every table's columns checked before any work
    scored: list[ScoredPosting] = []
    unreadable: list[Unreadable] = []
    copies = 0
    header: dict[str, None] = {}
    for table in tables:
        header.update(dict.fromkeys(table.header))
        # One set of workers for both passes, started before the rows are read (:class:`tailor.many.Workers`).
        with Workers(cv, workers if workers is not None else _workers(table)) as pool:
            read, skip, merged, bad = _group(table, pool, progress)
            jobs = (
                (chunk, coverage, max_bullets, details, fingerprints, min_fit)
                for chunk in _chunks(table.rows(), SCORE_ROWS, skip)
            )
            total, done = read - len(skip), 0
            for results in pool.stream(_score_rows, jobs):
                for result in results:
                    if isinstance(result, Unreadable):
                        bad.append(result)
                    else:
                        found = merged.get(result.source)
                        scored.append(replace(result, copies=tuple(found)) if found else result)
                done += len(results)
                if progress is not None:
                    progress(done, total)
        unreadable += sorted(bad, key=lambda u: source_order(u.source))
        copies += sum(len(c) for c in merged.values())
    warnings = tuple(warning for table in tables if (warning := table.unnamed()) is not None)
    named = {role: column for table in reversed(tables) for role, column in table.roles.items()}
    named.pop("description", None)
    return Scores(scored, unreadable, copies, tuple(header), named=named, warnings=warnings)


def read_rows(sources: Iterable[str], columns: Mapping[Role, str] | None = None) -> dict[str, tuple[Row, dict]]:
    """The rows named by ``sources`` (``jobs.csv#row=17``), each table read once, with their records."""
    wanted: dict[str, list[int]] = {}
    for source in sources:
        found = parse_row_source(source)
        if found is not None:
            wanted.setdefault(found[0], []).append(found[1])
    out: dict[str, tuple[Row, dict]] = {}
    for name, numbers in wanted.items():
        for row, record in Table.open(name, columns).find(numbers).values():
            out[row.source] = (row, record)
    return out


def read_row_postings(sources: Iterable[str], columns: Mapping[Role, str] | None = None) -> dict[str, Posting]:
    """The postings of the rows named by ``sources``; a row that cannot be read is left out."""
    out = {}
    for source, (row, _) in read_rows(sources, columns).items():
        try:
            out[source] = row_posting(row)
        except TailorError:
            continue  # changed since it was scored a moment ago
    return out


# --- the two passes ------------------------------------------------------------------------


def _group(
    table: Table, pool: Workers, progress: Progress | None
) -> tuple[int, set[int], dict[str, list[Copy]], list[Unreadable]]:
    """Pass 1: how many rows the table has, the rows not to score (copies, and rows without a
    description), each job's copies by the source of its first row, and the rows without a description."""
    jobs = Jobs()
    skip: set[int] = set()
    merged: dict[str, list[Copy]] = {}
    bad: list[Unreadable] = []
    read = 0
    for results in pool.stream(_fingerprints, _chunks(table.rows(), FINGERPRINT_ROWS)):
        for number, key, found, location, url, problem, named in results:
            if found is None:
                skip.add(number)
                source = row_source(table.name, number)
                why = f"The posting {source} cannot be read: {problem}." if problem else _no_description(table, number)
                bad.append(Unreadable(source, why, *named))
                continue
            first = jobs.add(number, key, found)
            if first is not None:
                skip.add(number)
                copy = Copy(row_source(table.name, number), location, url)
                merged.setdefault(row_source(table.name, first), []).append(copy)
        read += len(results)
        if progress is not None:
            progress(read, 0)
    return read, skip, merged, bad


_Named = tuple[str | None, str | None, str | None]
"""A row's title, company and address, as an unreadable one is listed with them (:class:`Unreadable`)."""


def _fingerprints(
    rows: list[Row],
) -> list[tuple[int, str | None, Fingerprint | None, str | None, str | None, str, _Named]]:
    """Each row's number, job key, fingerprint (None for a row that cannot be read or has no description),
    place, address, what makes it unreadable, and, for such a row, its title, company and address."""
    out: list[tuple[int, str | None, Fingerprint | None, str | None, str | None, str, _Named]] = []
    for row in rows:
        location, url = row.value("location"), row.value("url")
        if row.problem or not row.description.strip():
            out.append((row.number, None, None, location, url, row.problem, _named(row)))
            continue
        key = job_key(row.value("company"), row.value("title"), [location] if location else [])
        # A row that can never be merged (no company or title) needs no fingerprint.
        found = fingerprint(row.description, [location] if location else []) if key is not None else _ALONE
        out.append((row.number, key, found, location, url, "", (None, None, None)))
    return out


def _named(row: Row) -> _Named:
    """``row``'s title, company and web address from its columns (an address only of the web's schemes)."""
    url = row.value("url")
    return row.value("title"), row.value("company"), url if url and _WEB.match(url) else None


_WEB = re.compile(r"https?://", re.IGNORECASE)


_ALONE = Fingerprint(b"", None)


def _score_rows(
    job: tuple[list[Row], bool, int | None, bool, bool, float | None],
) -> list[ScoredPosting | Unreadable]:
    rows, coverage, max_bullets, details, fingerprints, min_fit = job
    cv = shared_cv()
    out: list[ScoredPosting | Unreadable] = []
    for row in rows:
        try:
            posting = row_posting(row)
            scored = score_posting(
                posting, cv, coverage=coverage, max_bullets=max_bullets, details=details, min_fit=min_fit
            )
        except TailorError as e:  # too large, unreadable, or not a posting tailor can rank (another language)
            out.append(Unreadable(row.source, str(e), *_named(row)))
            continue
        # Its text's fingerprint, as a posting file's: a file, or another table's row, may be the same job (kept
        # only where there are such: 100,000 of them weigh some 90 MiB).
        out.append(replace(scored, fingerprint=fingerprint(posting.text)) if fingerprints else scored)
    return out


def _chunks(rows: Iterable[Row], size: int, skip: Collection[int] = ()) -> Iterator[list[Row]]:
    wanted = (row for row in rows if row.number not in skip) if skip else iter(rows)
    while chunk := list(islice(wanted, size)):
        yield chunk


def _workers(table: Table) -> int:
    try:
        large = table.path.stat().st_size >= PARALLEL_FROM_BYTES
    except OSError:
        large = False
    return default_workers() if large else 1


def _no_description(table: Table, number: int) -> str:
    column = table.roles["description"]
    return f"The posting {row_source(table.name, number)} has no description: its column '{column}' is empty."
