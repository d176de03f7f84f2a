"""The overview of a batch: every posting with its fit and its résumé, as one page and one CSV.

``tailor batch`` writes ``index.html`` and ``index.csv`` into its output folder
(:data:`tailor.outputs.OVERVIEW`), listing each posting it planned, best fit
first: the fit's score and label, the résumé's keyword coverage, the job's
title, company, location and pay, the other rows of a table that were the same
job, what became of its résumé (built, up to date, edited by hand, failed), and
links to the résumé, its report and PDF, and the original posting.

The page is self-contained like the report (:mod:`tailor.report_html`): its style
and a small script that sorts the table by the column whose heading is clicked
are inline, nothing is fetched, and it works opened from disk. Without the
script it is the same table in rank order. Every value reaches the page
through Jinja's autoescaping.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailor import __version__, manifest, resources
from tailor.errors import TailorError
from tailor.export import FORMATS
from tailor.outputs import OVERVIEW
from tailor.rank_postings import csv_lines
from tailor.scored import Copy, label_order, places

if TYPE_CHECKING:
    from tailor.batch import Outcome, Plan
    from tailor.scored import Unreadable

TEMPLATE = Path(__file__).resolve().parent / "data" / "overview.html.j2"

CSV_COLUMNS = (
    "rank",
    "score",
    "fit",
    "coverage",
    "status",
    "title",
    "company",
    "location",
    "salary",
    "duplicates",
    "duplicate_locations",
    "duplicate_urls",
    "duplicate_sources",
    "resume",
    "letter",
    "report",
    "pdf",
    "exports",
    "before_edit",
    "url",
    "source",
    "problem",
    "flags",
)
"""The columns of ``index.csv``; ``resume``, ``letter``, ``report``, ``pdf`` and ``exports`` (apart by
``; ``) are file names in the same folder, ``before_edit`` those of them made from tailor's version of
a résumé or letter you edited since; ``duplicates``, ``duplicate_locations``, ``duplicate_urls`` and
``duplicate_sources`` are as ``tailor rank -f csv`` has them. A posting that could not be ranked (unreadable, a
row without a description, or read and refused: not English, too short) is a row of its own after the others,
with the status ``not ranked``, its ``source`` and why in ``problem``. ``flags`` is what
``tailor match`` warns of, in a few words, apart by ``; `` ("closed 2026-03-31; requires RN"), from the manifest."""

NOT_RANKED = "not ranked"
"""The status of a posting that could not be ranked, in ``index.csv`` and on the page: not every such posting
was unread (one in French was read and refused), as the terminal says
(:func:`tailor.cli.terminal_batch.print_unreadable`)."""

MAX_LISTED_UNREADABLE = 100
"""How many postings that could not be ranked the page lists by name (the CSV and the terminal list
all): a scraped table of thousands of rows may have hundreds without a description."""

EXPORTS = {"json-resume": "JSON Resume", "rendercv": "RenderCV", "markdown": "Markdown"}
"""How the page names each export format (:data:`tailor.export.FORMATS`)."""


@dataclass(frozen=True)
class Entry:
    """One posting of the batch, as the overview lists it."""

    rank: int
    score: float
    fit: str
    coverage: float | None
    """The résumé's required-keyword coverage, from its manifest; None without a résumé or required keywords."""
    status: str
    title: str | None
    company: str | None
    location: str | None
    salary: str | None
    copies: tuple[Copy, ...]
    resume: str | None
    """The résumé's file name, when there is one."""
    letter: str | None
    """Its cover letter's file name, when there is one."""
    report: str | None
    pdf: str | None
    exports: tuple[tuple[str, str], ...]
    """The tailored CV's exports that are there: (format, file name), such as ``("Markdown", "….md")``."""
    url: str | None
    """The original posting's address, when it states one."""
    source: str
    before_edit: tuple[str, ...] = ()
    """The names of the files above (a PDF, the report, exports) that tailor made before its user
    edited the résumé or letter they come from (:func:`tailor.batch.made_before_edit`)."""
    posting_file: str | None = None
    """For a posting saved as a file: its address from the overview's folder, to open it from the page."""
    copy_files: tuple[tuple[str, str], ...] = ()
    """Its copies saved as files (:attr:`copies`): the name and address of each, as :attr:`posting_file`."""
    flags: tuple[str, ...] = ()
    """What its match warned of, in a few words, from its manifest (:attr:`tailor.results.Match.flags`)."""


def entries(plan: Plan, outcomes: Sequence[Outcome]) -> list[Entry]:
    """The overview's rows: every job of ``plan`` that has an outcome, best fit first."""
    status = {outcome.job.output: outcome.status for outcome in outcomes}
    stale = {outcome.job.output: tuple(path.name for path in outcome.before_edit) for outcome in outcomes}
    # The label as the match gives it, which answers to the posting's required keywords (tailor.rank.bounded_label),
    # as the batch's line for it says: built now, or recorded by the manifest of a résumé up to date.
    labels: dict[Path, str] = {outcome.job.output: outcome.label for outcome in outcomes if outcome.label}
    # Planned by score, labelled as built: a fit its required keywords lowered moves below those it is now under.
    jobs = sorted(
        (j for j in plan.jobs if j.output in status), key=lambda j: label_order(labels.get(j.output, j.posting.label))
    )
    out = []
    for rank, job in enumerate(jobs, start=1):
        posting, outputs = job.posting, job.outputs
        coverage, flags = None, ()
        if outputs.manifest.is_file():
            try:
                record = manifest.read(outputs.manifest)
                coverage, flags = record.coverage.required_selected_ratio, tuple(record.flags)
            except TailorError:
                coverage = None
        details = posting.details
        out.append(
            Entry(
                rank=rank,
                score=posting.score,
                fit=labels.get(job.output, posting.label),
                coverage=coverage,
                status=status[job.output],
                title=posting.title,
                company=posting.company,
                location=details.value("location"),
                salary=details.value("salary"),
                copies=posting.copies,
                resume=_name(outputs.resume),
                letter=_name(outputs.sibling("letter")),
                report=_name(outputs.report),
                pdf=_name(outputs.pdf),
                exports=tuple((EXPORTS[kind], name) for kind in FORMATS if (name := _name(outputs.sibling(kind)))),
                url=details.value("url"),
                source=posting.source,
                before_edit=stale[job.output],
                flags=flags,
                posting_file=_address(posting.source, outputs.resume.parent),
                copy_files=tuple(
                    (Path(copy.source).name, address)
                    for copy in posting.copies
                    if (address := _address(copy.source, outputs.resume.parent))
                ),
            )
        )
    return out


def _address(source: str, folder: Path) -> str | None:
    """The relative address of the posting file ``source`` from ``folder``; None for a row of a table (a
    table may be too large for a browser to open), an address on the web, or a file no longer there."""
    from urllib.parse import quote

    from tailor.posting.table import parse_row_source

    path = Path(source)
    if parse_row_source(source) is not None or "://" in source or not path.is_file():
        return None
    try:
        relative = Path(os.path.relpath(path.resolve(), folder.resolve()))
    except ValueError:  # another drive, on Windows
        return path.resolve().as_uri()
    return quote(relative.as_posix())


def _name(path: Path) -> str | None:
    """The file name of ``path``, if there is such a file."""
    return path.name if path.is_file() else None


def html_page(
    rows: Sequence[Entry],
    *,
    owner: str,
    today: dt.date,
    unreadable: Sequence[Unreadable] = (),
    beyond_top: int = 0,
    below_min_fit: int = 0,
) -> str:
    """``index.html``: the rows as a sortable table, self-contained, and under it the postings that
    could not be ranked, and why; how many more were left out by ``--top`` and ``--min-fit`` is said
    above it (``tailor rank`` lists them)."""
    from tailor.many import short_sources
    from tailor.rank import label_rules

    folder, names = short_sources([row.source for row in rows])
    if folder:
        folder = os.path.abspath(folder)  # "..", "jobs": said where batch ran; the page is read from its own folder
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    if unreadable:
        counts[NOT_RANKED] = len(unreadable)
    context: dict[str, Any] = {
        "rows": rows,
        "names": names,
        "folder": folder,
        "owner": owner,
        "date": today.isoformat(),
        "version": __version__,
        "counts": counts,
        "copies": sum(len(row.copies) for row in rows),
        "fit_rules": label_rules(),
        "beyond_top": beyond_top,
        "below_min_fit": below_min_fit,
        "unreadable": unreadable[:MAX_LISTED_UNREADABLE],
        "unreadable_more": max(0, len(unreadable) - MAX_LISTED_UNREADABLE),
    }
    return resources.page_template(TEMPLATE).render(context)


_FORMULA_OPENS = tuple("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""What opens a cell that a spreadsheet runs as a formula (OWASP, "CSV Injection": "=", "+", "-", "@", a tab, a
carriage return, and their full-width forms, which some spreadsheets fold to them)."""


def _inert(value: object) -> object:
    """``value`` as a cell a spreadsheet shows and does not run: a text opening as a formula does
    (:data:`_FORMULA_OPENS`: a scraped title "=HYPERLINK(…)", a company "@…") gets a single quote before it, which
    makes it text in Excel and LibreOffice, as OWASP advises. Numbers tailor writes are numbers."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_OPENS) else value


def csv_text(rows: Sequence[Entry], unreadable: Sequence[Unreadable] = ()) -> str:
    """``index.csv``: the rows with :data:`CSV_COLUMNS`, best fit first, then one row for each posting
    of ``unreadable``; every text a spreadsheet would run as a formula made inert (:func:`_inert`), as this file is
    for opening in one (``tailor rank --format csv`` keeps its cells as read: its input's own columns, for programs)."""
    return csv_lines([CSV_COLUMNS, *(map(_inert, _cells(row)) for row in rows), *map(_not_ranked, unreadable)])


def _cells(row: Entry) -> list[object]:
    """The cells of ``row`` in the order of :data:`CSV_COLUMNS`, as they are."""
    return [
        row.rank,
        row.score,
        row.fit,
        "" if row.coverage is None else row.coverage,
        row.status,
        row.title or "",
        row.company or "",
        row.location or "",
        row.salary or "",
        len(row.copies),
        "; ".join(places(row.copies)),
        "; ".join(c.url for c in row.copies if c.url),
        "; ".join(c.source for c in row.copies),
        row.resume or "",
        row.letter or "",
        row.report or "",
        row.pdf or "",
        "; ".join(name for _, name in row.exports),
        "; ".join(row.before_edit),
        row.url or "",
        row.source,
        "",
        "; ".join(row.flags),
    ]


def _not_ranked(bad: Unreadable) -> list[object]:
    """The row of a posting that could not be ranked: its status, source, problem and what was read of it."""
    said = {"status": NOT_RANKED, "source": bad.source, "problem": bad.message}
    said |= {"title": bad.title or "", "company": bad.company or "", "url": bad.url or ""}
    return [_inert(said.get(column, "")) for column in CSV_COLUMNS]


def write(plan: Plan, outcomes: Sequence[Outcome], *, today: dt.date | None = None, force: bool = False) -> list[Path]:
    """Write ``index.html`` and ``index.csv`` for ``plan`` into its folder, replacing the overview an
    earlier batch wrote there, and return their paths; write nothing, and return ``[]``, when no
    résumé of the plan is there to list.

    Raises:
        TailorError: the files cannot be written, or a file of the same name is there that tailor did
            not write (the user's own ``index.html``), which only ``force`` replaces.
    """
    from tailor.files import write_atomic

    rows = entries(plan, outcomes)
    if not any(row.resume for row in rows):
        return []
    paths = [plan.folder / name for name in OVERVIEW]
    foreign = [path for path in paths if path.exists() and not _ours(path)]
    if foreign and not force:
        raise TailorError(
            f"{foreign[0]} is there and tailor did not write it, so the overview was not written; the résumés "
            "are. Pass {force} to replace it, or {out=another folder}.",
            force="force=True",
            out="out",
        )
    page = html_page(
        rows,
        owner=plan.cv.cv.contact.name,
        today=today or dt.date.today(),
        unreadable=plan.unreadable,
        beyond_top=plan.beyond_top,
        below_min_fit=len(plan.below),
    )
    # The CSV opens with a byte order mark, as a spreadsheet's "CSV UTF-8" does: without one, Excel reads a CSV in
    # the system's code page, and a scraped title's "–", "é" or "東京" comes out as "â€“", "Ã©" or worse.
    for path, text in zip(paths, (page, "\ufeff" + csv_text(rows, plan.unreadable)), strict=True):
        data = text.encode("utf-8")
        try:
            if not path.is_file() or path.read_bytes() != data:  # a run that changed nothing leaves it alone
                write_atomic(path, data)
        except OSError as e:
            raise TailorError(
                f"Cannot write the overview {path}: {e.strerror}. The résumés are written; run again to list them."
            ) from None
    return paths


def _ours(path: Path) -> bool:
    """Whether the file at ``path`` is an overview tailor wrote: the page's generator tag, the CSV's header."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if path.suffix == ".csv":  # with its byte order mark, or without one, as tailor wrote it before
        return head.removeprefix("\ufeff".encode()).startswith(",".join(CSV_COLUMNS[:4]).encode())
    return b'<meta name="generator" content="tailor ' in head
