"""Tables of postings: CSV, TSV, JSON Lines and JSON arrays, one posting per row.

People who search seriously scrape postings into a table: JobSpy writes a CSV
with ``site, title, company, location, job_type, interval, min_amount,
max_amount, job_url, description`` (the description in Markdown), the public
LinkedIn postings dumps have ``job_id, company_name, title, description,
location, …``, and a spreadsheet kept by hand has whatever its owner named its
columns. :class:`Table` recognises the columns of these by name
(:data:`COLUMN_NAMES`), or takes the names the user gives (``--columns
title=Job Title,description=Body``), and reads the rows one by one, never the
whole file at once (a JSON array excepted: JSON has no rows to stream).
A CSV's cells are parted by what its header line uses: commas, or the semicolons
Excel writes where the comma is the decimal point, or tabs, or pipes; the numbers of its pay
columns are read with the decimal mark they show (``41,50``), else that convention's.

A row is a posting whose source names the table and the row,
``jobs.csv#row=17`` (the 17th posting; the header is not counted), whose text
is its description read as Markdown, or as HTML when it is HTML, by the same
readers as a saved ``.md`` or ``.html`` file, and whose details (title,
company, location, salary, …) come from its columns, with the source ``column``:
the text is not searched for them.

Spreadsheets (.xlsx, .ods) are not read: the readers worth having would be a
dependency as large as the rest of tailor's posting readers, and every
spreadsheet saves as CSV in two clicks; the message says how. A table saved as text
under a spreadsheet's name (a CSV renamed .xlsx) is read as the text it is. A file that
is no text (a .docx or a program renamed .csv) is refused with what it seems to be.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from tailor.errors import TailorError
from tailor.posting.details import FIELDS, Candidate, Field
from tailor.posting.formats.office import OLE_SIGNATURE
from tailor.posting.formats.text import HTML_TAG
from tailor.posting.read import MAX_POSTING_BYTES, Posting, read_posting_text
from tailor.prose import and_listed

Format = Literal["csv", "tsv", "jsonl", "json"]
TABLE_SUFFIXES: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
"""File extension (lower case) → the table format read from it."""
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})

Role = Literal["description", Field]
ROLES: tuple[Role, ...] = ("description", *FIELDS)
"""What a column can hold: the posting's text, or one of its details."""

COLUMN_NAMES: dict[Role, tuple[str, ...]] = {
    "description": (
        "description", "job_description", "jobdescription", "description_text", "full_description",
        "description_html", "html_description", "job_details", "details", "body", "text", "content",
        "job_summary", "posting", "job_text",
    ),
    "title": (
        "title", "job_title", "jobtitle", "position", "position_title", "position_name", "job_position",
        "job_name", "role", "job_role", "role_title", "vacancy", "vacancy_title", "job",
    ),
    "company": (
        "company", "company_name", "companyname", "employer", "employer_name", "organization",
        "organisation", "organization_name", "organisation_name", "hiring_organization", "hiring_organisation",
        "hiring_company", "firm", "business_name",
    ),
    "location": (
        "location", "job_location", "joblocation", "joblocation_address", "locations", "work_location",
        "office_location", "city", "job_city", "place", "where", "work_site", "worksite", "duty_location",
        "duty_station",
    ),
    "employment_type": (
        "employment_type", "job_type", "jobtype", "work_type", "formatted_work_type", "contract_type",
        "schedule_type",
    ),
    "salary": (
        "salary", "salary_range", "salary_estimate", "compensation", "pay", "pay_range", "pay_rate", "wage",
        "wages", "remuneration",
    ),
    "date_posted": (
        "date_posted", "posted", "posted_date", "date", "original_listed_time", "listed_time", "postdate",
        "publication_date", "created_at",
    ),
    "valid_through": ("valid_through", "closing_date", "deadline", "expiry", "expires", "expiration_date"),
    "url": (
        "job_url", "url", "job_posting_url", "posting_url", "job_link", "link", "joburl", "job_url_direct",
        "apply_url", "application_url", "apply_link", "listing_url", "href",
    ),
}  # fmt: skip
"""The column names each role is recognised by, compared as :func:`normalise_name` spells them,
the first one a table has winning: JobSpy's (``job_url`` before ``job_url_direct``), the LinkedIn
postings dataset's (``company_name``, ``job_posting_url``, ``formatted_work_type``, …), Indeed
and Glassdoor datasets' (``jobtitle``, ``joblocation_address``, ``job_description``), and the
plain names a spreadsheet kept by hand or another board's export would use (``Position Name``,
``Employer``, ``Where``, ``Pay``, ``Link``, ``Body``)."""

NAMED_ROLES: tuple[Role, ...] = ("title", "company")
"""The roles a table is warned about when no column holds them (:meth:`Table.unnamed`): without a
title or a company, a row's is looked for in its description, as a posting file's is, and it is never merged
with its copies."""

PAY_NAMES: dict[str, tuple[str, ...]] = {
    "low": ("min_amount", "min_salary", "salary_min", "min_pay"),
    "high": ("max_amount", "max_salary", "salary_max", "max_pay"),
    "median": ("med_salary", "median_salary"),
    "period": ("interval", "pay_period", "salary_interval", "salary_period"),
    "currency": ("currency", "salary_currency"),
}
"""Without a salary column, the pay is made from these (JobSpy's and the LinkedIn dataset's),
as structured data states it: ``USD 120,000–140,000 a year``."""
_PERIODS = {"year": "YEAR", "month": "MONTH", "week": "WEEK", "day": "DAY", "hour": "HOUR"}

_NAME = re.compile(r"[^0-9a-z]+")
_NOT_WORDS = re.compile(r"#|\b(?:id|no|num|number|code|ref|date|opening|closing)\b", re.IGNORECASE)
"""A column's name that says it holds a number, a code or a date, which no title or company is."""
_ROW_SOURCE = re.compile(r"^(?P<table>.+)#row=(?P<row>[0-9]+)$")


def normalise_name(name: str) -> str:
    """``Job Title`` → ``job_title``: a column's name as :data:`COLUMN_NAMES` spells it."""
    return _NAME.sub("_", name.strip().lower()).strip("_")


def is_table(path: str | Path) -> bool:
    """Whether ``path`` names a table of postings (or a spreadsheet, which tailor asks to have saved as CSV)."""
    suffix = Path(path).suffix.lower()
    return suffix in TABLE_SUFFIXES or suffix in SPREADSHEETS


def whole_table(path: str | Path) -> TailorError | None:
    """The error for a table of postings given where one posting goes (``tailor build jobs.csv``), which would
    otherwise be read as one posting made of every row; None when ``path`` is no table: not a file, another
    kind of file, or a ``.json`` holding one object rather than a list of them."""
    found = Path(path)
    suffix = found.suffix.lower()
    if not is_table(found) or not found.is_file():
        return None
    if suffix == ".json":
        with found.open("rb") as f:
            if f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"[":
                return None
    name = str(path)
    if (error := _not_text(found, name)) is not None:
        return error  # no table, whatever its name: what it seems to be says more
    try:
        rows = sum(1 for _ in Table.open(name).entries())
        count = f" of {rows:,} row{'' if rows == 1 else 's'}"
    except TailorError:
        count = ""  # the table's own problem (a spreadsheet's bytes) is told when it is ranked
    return TailorError(
        f"{name} is a table of postings{count}, and this command reads one posting. Name a row, as "
        f"'{row_source(name, 1)}' (rows count from 1), or rank them all with "
        f"`tailor rank {name}` and write the best résumés with `tailor batch {name} --top 10`."
    )


def check_tables(paths: Iterable[str | Path], columns: Mapping[Role, str] | None = None) -> None:
    """Open each table of postings that ``paths`` names (not a pattern, which names what it finds), so that one
    that cannot be ranked at all is told at once: it is known from its first lines, while analysing the CV
    before it takes seconds.

    Raises:
        TailorError: as :meth:`Table.open` does (a table that does not exist, is empty, has no rows or no column
            for the postings' text, or lacks a column ``columns`` names; a spreadsheet; a file that is no text).
    """
    for path in paths:
        name = str(path)
        if is_table(name) and (Path(name).exists() or not any(ch in name for ch in "*?[")):
            Table.open(name, columns)


def only_row(path: str | Path) -> str | None:
    """``jobs.csv#row=1`` where ``path`` is a table of postings that holds one row, as a job board's export of one
    saved job does: that row is the posting, with no row to name; None for any other source."""
    found = Path(path)
    if not is_table(found) or not found.is_file() or _not_text(found, str(path)) is not None:
        return None
    if found.suffix.lower() == ".json":
        with found.open("rb") as f:
            if f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"[":
                return None
    try:
        rows = sum(1 for _ in Table.open(str(path)).entries())
    except TailorError:
        return None
    return row_source(str(path), 1) if rows == 1 else None


def row_source(table: str, number: int) -> str:
    """``jobs.csv#row=17``: how a row is named as a posting's source."""
    return f"{table}#row={number}"


def parse_row_source(source: str) -> tuple[str, int] | None:
    """``jobs.csv#row=17`` → ``("jobs.csv", 17)``; None when ``source`` names no row of a table."""
    found = _ROW_SOURCE.match(source)
    if found is None or not is_table(found.group("table")):
        return None
    return found.group("table"), int(found.group("row"))


def source_order(source: str) -> tuple[str, int]:
    """How postings of equal fit are ordered: by path, and the rows of a table by their number
    (``jobs.csv#row=2`` before ``jobs.csv#row=10``), not as text."""
    found = parse_row_source(source)
    return found if found is not None else (source, 0)


def parse_columns(spec: str | Mapping[str, str] | None) -> dict[Role, str]:
    """``title=Job Title,description=Body`` → ``{"title": "Job Title", "description": "Body"}``.

    Raises:
        TailorError: a part is not ``role=column``, names a role tailor does not know (with the
            role it may have meant), or names a role a second time.
    """
    if spec is None:
        return {}
    pairs = spec.items() if isinstance(spec, Mapping) else (_pair(part) for part in spec.split(",") if part.strip())
    out: dict[Role, str] = {}
    for role, column in pairs:
        role = role.strip().lower().replace("-", "_").replace(" ", "_")
        if role not in ROLES:
            import difflib

            # A column's usual name for the role ("pay", "employer", "link") says the role before its spelling does.
            named = [known for known, names in COLUMN_NAMES.items() if normalise_name(role) in names]
            close = named or difflib.get_close_matches(role, ROLES, n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise TailorError(
                f"{{columns}} names '{role}', which is not a column tailor reads; it reads {', '.join(ROLES)}.{hint}",
                columns="columns",
            )
        if role in out:
            raise TailorError(
                f"{{columns}} names the {role} twice ('{out[role]}' and '{column.strip()}'): name one column for it.",
                columns="columns",
            )
        out[role] = column.strip()  # type: ignore[index]
    return out


def _pair(part: str) -> tuple[str, str]:
    role, equals, column = part.partition("=")
    if not equals or not role.strip() or not column.strip():
        raise TailorError(
            f"{{columns}} takes role=column pairs apart by commas (title=Job Title,description=Body), not '{part}'.",
            columns="columns",
        )
    return role, column


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: the posting's text and the details its columns state."""

    source: str
    """``jobs.csv#row=17``."""
    number: int
    """Its place among the table's postings, 1 the first."""
    description: str
    """As the table holds it, Markdown or HTML; empty when the row has none."""
    details: tuple[tuple[Field, str], ...]
    """The details its columns state, without the empty ones."""
    problem: str = ""
    """Why the row cannot be read at all ("its line 3 is not JSON …"); "" for a row that can."""

    def value(self, field: Field) -> str | None:
        """The row's ``field`` (its title, company, …) from the column that holds it; None where none does."""
        return next((value for f, value in self.details if f == field), None)


class Table:
    """A table of postings: its format, its columns, and which column holds what.

    Made by :meth:`open`, which reads the header (and checks the columns) only; :meth:`rows`
    then reads the rows one at a time, as often as asked.
    """

    def __init__(
        self,
        path: Path,
        name: str,
        format: Format,
        header: list[str],
        roles: dict[Role, str],
        delimiter: str = ",",
        escape: str | None = None,
    ) -> None:
        self.path = path
        self.name = name
        """The table's path as the user gave it: what row sources name."""
        self.format = format
        self.header = header
        """Every column, in the table's order (for JSON, every key, in the order first met)."""
        self.roles = roles
        """Role → the name of the column that holds it."""
        self.delimiter = delimiter
        """What parts a CSV's cells: ``,``, or what its header line uses instead (``;``, a tab)."""
        self.escape = escape
        """A CSV's escape character: ``\\`` for one written with it (:func:`_escape`), else None."""
        self._pay = {part: _first(header, names) for part, names in PAY_NAMES.items()}
        self.decimal = "," if delimiter == ";" else "."
        """The decimal mark of the numbers in its pay columns (:meth:`_decimal_mark`)."""

    @classmethod
    def open(cls, path: str | Path, columns: Mapping[Role, str] | None = None) -> Table:
        """The table at ``path``, its roles recognised by name, or as ``columns`` names them.

        Raises:
            TailorError: the file cannot be read, is a spreadsheet, is empty or has no rows, or has no column
                for the postings' text; ``columns`` names a column the table does not have.
        """
        name = str(path)
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in SPREADSHEETS and (format := _text_named_a_spreadsheet(path, name)) is None:
            raise _spreadsheet(name, "a spreadsheet")
        if suffix not in SPREADSHEETS:
            format = TABLE_SUFFIXES[suffix]
        if not path.is_file():
            what = "is a folder" if path.is_dir() else "does not exist"
            raise TailorError(f"The table {name} {what}. Pass a .csv, .tsv, .jsonl or .json file of postings.")
        if (error := _not_text(path, name)) is not None:
            raise error
        delimiter = _delimiter(path, name, format)
        header = _header(path, name, format, delimiter)
        table = cls(path, name, format, header, {}, delimiter, _escape(path, name, format, delimiter))
        if next(table.records(), None) is None:
            below = "below its header line" if format in ("csv", "tsv") else "in it"
            raise TailorError(f"The table {name} has no rows: there is no posting {below}. Add postings, one a row.")
        table.roles = _roles(header, dict(columns or {}), name)
        table.decimal = table._decimal_mark()
        return table

    def unnamed(self) -> TailorError | None:
        """What to warn about a table none of whose columns is known to hold a title or a company
        (:data:`NAMED_ROLES`) while some are not recognised: which columns were taken for what, which
        were not, and how to name them. Not raised: such a table can still be ranked by its
        descriptions. None when every column was read (the table has no such column to name)."""
        missing = [role for role in NAMED_ROLES if role not in self.roles]
        used = set(self.roles.values()) | {column for column in self._pay.values() if column}
        others = [column for column in self.header if column not in used]
        if not missing or not others:
            return None  # every column read: one the table does not have cannot be named
        taken = and_listed([f"{column} as the {role.replace('_', ' ')}" for role, column in self.roles.items()])
        # The example names a column that may hold words, not a requisition number or a date.
        pair = f"{missing[0]}={sorted(others, key=lambda column: _NOT_WORDS.search(column) is not None)[0]}"
        example = f"'{pair}'" if " " in pair else pair  # as a shell needs it
        rest = f"did not recognise {and_listed(others)}"
        plural = {"title": "titles", "company": "companies"}
        return TailorError(
            f"The table {self.name} has no column tailor knows to hold the {' or the '.join(missing)}: it looks for "
            f"{' and '.join(plural[r] for r in missing)} in each row's description, as in a posting file, where they "
            f"may be missed or misread, and no two rows are merged as the same job. tailor read {taken}; it {rest}. "
            "If one holds the "
            f"{missing[0]}, name it with {{columns}} {example} (role=column pairs apart by commas; roles: "
            f"{', '.join(ROLES)}).",
            columns="columns",
        )

    def rows(self) -> Iterator[Row]:
        """Every row, in order, as a :class:`Row`."""
        for row, _ in self.entries():
            yield row

    def entries(self) -> Iterator[tuple[Row, dict[str, Any]]]:
        """Every row, in order, with the record it was read from (column → value, as the table holds it)."""
        for number, record in enumerate(self.records(), start=1):
            yield self._row(number, record), record

    def _row(self, number: int, record: Mapping[str, Any]) -> Row:
        """The row ``number`` read from ``record``: its description, and the details its columns state."""
        details: list[tuple[Field, str]] = []
        for field in FIELDS:
            column = self.roles.get(field)
            value = _detail(field, record.get(column)) if column is not None else ""
            if field == "salary" and not value:
                value = self._pay_of(record)
            if value:
                details.append((field, value))
        text = record.get(self.roles["description"])
        text = text if isinstance(text, str) else cell_text(text)  # as written: leading spaces may mean code
        if text.strip().lower() in _NOT_A_VALUE:
            text = ""  # "nan", as pandas writes a missing description: none
        return Row(row_source(self.name, number), number, text, tuple(details), record.get(UNREADABLE, ""))

    def records(self) -> Iterator[dict[str, Any]]:
        """Every row as the table holds it: column name → value. A CSV's or TSV's values are the text of its cells
        as written (``"41.5"``, ``"False"``, ``"00123"``: which text is meant as a number is not guessed), None
        for an empty cell; JSON's keep their types (a number, a boolean, null)."""
        if self.format in ("csv", "tsv"):
            yield from _csv_records(self.path, self.format, self.name, self.delimiter, self.escape)
        elif self.format == "jsonl":
            yield from _jsonl_records(self.path, self.name)
        else:
            yield from _json_records(self.path, self.name)

    def find(self, numbers: Iterable[int]) -> dict[int, tuple[Row, dict[str, Any]]]:
        """The rows of these numbers, with their records (read in one pass; numbers past the end are left out)."""
        wanted = set(numbers)
        found: dict[int, tuple[Row, dict[str, Any]]] = {}
        if not wanted:
            return found
        last = max(wanted)
        # Only the rows asked for are made Rows: the best few of 100,000 ranked may stand at the table's end, and
        # the details and pay of every row before them would cost the main process seconds, after every worker
        # has finished.
        for number, record in enumerate(self.records(), start=1):
            if number in wanted:
                found[number] = (self._row(number, record), record)
            if number >= last:
                break
        return found

    def _pay_of(self, record: Mapping[str, Any]) -> str:
        from tailor.posting.formats.schema_org import monetary_amount

        pay = {part: cell_text(record.get(column)) if column else "" for part, column in self._pay.items()}
        # A median is one figure, not the lowest pay of a range: given as both ends, it prints alone.
        low, high = (pay["low"], pay["high"]) if pay["low"] or pay["high"] else (pay["median"], pay["median"])
        if not low and not high:
            return ""
        period = _PERIODS.get(re.sub(r"ly$", "", pay["period"].lower()).replace("dai", "day"), pay["period"])
        amounts = (_amount(low, self.decimal), _amount(high, self.decimal))
        return monetary_amount(pay["currency"], *amounts, period) or ""

    def _decimal_mark(self) -> str:
        """The decimal mark of the numbers in the pay columns (``min_amount``, …): the one most of the first
        :data:`_DECIMAL_SAMPLE` numbers that show one use (``41,5`` and ``72.000,00`` a comma, ``41.50`` and
        ``72,000.00`` a point), else a comma in a CSV parted by semicolons, as Excel saves one where the
        comma is the decimal mark, else a point. ``72,000`` alone shows none: 72 or 72 thousand."""
        columns = [self._pay[part] for part in ("low", "high", "median") if self._pay[part]]
        if not columns or self.format not in ("csv", "tsv"):
            return self.decimal  # JSON's numbers are numbers
        votes: list[str] = []
        for record in islice(self.records(), _DECIMAL_SAMPLE):
            votes += [mark for column in columns if (mark := _mark_of(cell_text(record.get(column))))]
            if len(votes) >= _DECIMAL_VOTES:
                break
        commas, points = votes.count(","), votes.count(".")
        return self.decimal if commas == points else "," if commas > points else "."


def row_posting(row: Row) -> Posting:
    """The posting ``row`` holds: its description read as Markdown or HTML, its details its columns'.

    Raises:
        TailorError: the description is empty, too large, or cannot be read.
    """
    if row.problem:
        raise TailorError(f"The posting {row.source} cannot be read: {row.problem}.")
    if not row.description.strip():
        raise TailorError(f"The posting {row.source} has no description: its row leaves that column empty.")
    stated = tuple(Candidate(field, value, "column") for field, value in row.details)
    return read_posting_text(row.description, row.source, suffix=description_suffix(row.description), stated=stated)


_FIRST_ROW: dict[Format, str] = {
    "csv": "the first posting below the header",
    "tsv": "the first posting below the header",
    "jsonl": "the file's first line",
    "json": "the list's first object",
}
"""Which posting is row 1, in the words of each format: JSON Lines and JSON have no header."""


def read_row(source: str, columns: Mapping[Role, str] | None = None) -> Posting:
    """The posting at ``jobs.csv#row=17``.

    Raises:
        TailorError: ``source`` names no row of a table, or the row cannot be read.
    """
    found = parse_row_source(source)
    if found is None:
        raise TailorError(f"{source} names no row of a table: write it as jobs.csv#row=17.")
    name, number = found
    if number < 1:
        first = _FIRST_ROW[TABLE_SUFFIXES.get(Path(name).suffix.lower(), "csv")]
        raise TailorError(f"{source} names no row: rows count from 1, {first} being {name}#row=1.")
    table = Table.open(name, columns)
    entry = table.find([number]).get(number)
    if entry is None:
        last = max((row.number for row, _ in table.entries()), default=0)  # an error: reading the table again is fine
        raise TailorError(
            f"The table {name} has no row {number}: its postings are rows 1 to {last}, "
            f"{_FIRST_ROW[table.format]} being 1."
        )
    return row_posting(entry[0])


def description_suffix(description: str) -> str:
    """``.html`` for a description written in HTML (a closing tag or a line break tag near its start),
    else ``.md``: how it is read, as a saved file of that extension would be."""
    return ".html" if HTML_TAG.search(description, 0, 4096) else ".md"


# --- reading each format ----------------------------------------------------------------------

_SNIFF = 1 << 16


def _encoding(path: Path) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, as Excel saves CSV on Windows; UTF-16
    with its byte-order mark, as Excel saves "Unicode Text"."""
    with path.open("rb") as f:
        head = f.read(_SNIFF)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _open(path: Path, name: str) -> io.TextIOWrapper:
    try:
        return path.open(encoding=_encoding(path), newline="", errors="replace")
    except OSError as e:
        raise TailorError(f"The table {name} cannot be read: {e.strerror}. Check its permissions.") from None


DELIMITERS = (",", ";", "\t", "|")
"""What may part a CSV's cells: Excel saves CSV with ``;`` where a comma is the decimal point
(most of Europe), and some tools write tabs or pipes into a ``.csv``."""


def _text_named_a_spreadsheet(path: Path, name: str) -> Format | None:
    """The format of a table saved as text under a spreadsheet's name (a CSV renamed ``jobs.xlsx``, as a scraper's
    output is renamed to open in Excel), by its first characters: a JSON array, JSON Lines, else CSV (whose
    cells may be parted by commas, semicolons, tabs or pipes: :func:`_delimiter`); None for a spreadsheet's own
    bytes, or a page of HTML (what some tools save as ``.xls``), which are no table tailor reads."""
    if not path.is_file() or _not_text(path, name) is not None or (head := _head(path)) is None:
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "replace").encode("utf-8")
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"<":
        return None
    return "json" if first == b"[" else "jsonl" if first == b"{" else "csv"


def _spreadsheet(name: str, what: str) -> TailorError:
    return TailorError(
        f"{name} is {what}; tailor reads tables of postings as CSV, TSV, JSON Lines or JSON. "
        "Save it as CSV (in Excel: File → Save As → CSV UTF-8; in LibreOffice: File → Save As → Text CSV) "
        "and pass that."
    )


_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", ".pdf"),
    (OLE_SIGNATURE, "an old Word or Excel file (.doc or .xls)", ".doc"),
    (b"{\\rtf", "an RTF document", ".rtf"),
    (b"\x1f\x8b", "a gzip-compressed file", ".gz"),
    (b"\x7fELF", "a program (an ELF executable)", ""),
    (b"MZ", "a Windows program", ""),
    (b"\x89PNG", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""),
    (b"SQLite format 3\x00", "an SQLite database", ""),
)
"""What a file that is no text seems to be, by how it starts, and the extension of that kind of file."""
_ZIPPED: tuple[tuple[str, str, str], ...] = (
    ("word/document.xml", "a Word document (.docx)", ".docx"),
    ("xl/workbook.xml", "an Excel workbook (.xlsx)", ".xlsx"),
    ("opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)", ".ods"),
    ("opendocument.text", "an OpenDocument text (.odt)", ".odt"),
)
"""What a zip holds when it is an office file: a name among its files (or its mimetype), and what that makes it."""
_POSTING_FILES = frozenset({".pdf", ".doc", ".rtf", ".docx", ".odt"})
"""Kinds of file a single posting may be saved as, which tailor reads as one (not as a table)."""
_CV_FROM = frozenset({".pdf", ".docx"})
"""Kinds of file a résumé may be, which ``tailor init --from`` reads."""


def _head(path: Path) -> bytes | None:
    """The first bytes of the file at ``path``, by which its kind is told; None where it cannot be read (which is said
    when it is read)."""
    try:
        with path.open("rb") as f:
            return f.read(4096)
    except OSError:
        return None


def _not_text(path: Path, name: str) -> TailorError | None:
    """What to say of a table that is no text at all (a .docx, a program, an image renamed ``.csv``): what it
    seems to be and what to pass instead; None for text. Read as text, its bytes would be its columns' names."""
    if (head := _head(path)) is None:
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # text, two bytes a character
    binary = b"\0" in head  # no text has a NUL byte
    if head.startswith(b"PK\x03\x04"):
        found: tuple[str, str] | None = _zipped(path)
    else:
        # A program's or an image's first letters may begin a line of text ("MZ…", "GIF8…"): its NUL bytes may not.
        signed = ((what, kind) for start, what, kind in _SIGNATURES if head.startswith(start) and (kind or binary))
        found = next(signed, ("binary data", "") if binary else None)
    if found is None:
        return None
    what, kind = found
    if kind in SPREADSHEETS:
        return _spreadsheet(name, f"{what}, whatever its name says")
    seems = f"{name} seems to be {what}, not a table of postings: tailor reads a table as text (CSV, TSV, JSON "
    seems += "Lines or JSON)."
    if kind in _POSTING_FILES:
        resume = (
            f"; if it is your résumé, `tailor init --from résumé{kind}` makes CV data of it" if kind in _CV_FROM else ""
        )
        return TailorError(
            f"{seems} If it is one posting, give it its {kind} name and pass that as a posting "
            f"(`tailor match posting{kind}`){resume}; if it is the table you meant, export it again as CSV."
        )
    if kind in (".gz", ".zip"):
        return TailorError(f"{seems} Unpack it (it is compressed) and pass the table inside.")
    return TailorError(f"{seems} Check that the path names the file you meant, such as the CSV a scraper wrote.")


def _zipped(path: Path) -> tuple[str, str]:
    """What the zip at ``path`` seems to be: an office file by the files it holds, else a ZIP archive."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (OSError, zipfile.BadZipFile, KeyError):
        names, mimetype = [], ""
    return next(
        ((what, kind) for mark, what, kind in _ZIPPED if mark in names or mark in mimetype), ("a ZIP archive", ".zip")
    )


def _delimiter(path: Path, name: str, format: Format) -> str:
    """A tab for TSV; for CSV, the one of :data:`DELIMITERS` its header line has most of outside
    quotes (a comma when it has none)."""
    if format == "tsv":
        return "\t"
    if format != "csv":
        return ","
    with _open(path, name) as f:
        line = f.readline(_SNIFF)
    bare = re.sub(r'"[^"]*"', "", line)  # a quoted column name may hold any of them
    counts = {delimiter: bare.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the first, a comma
    return best if counts[best] else ","


def _csv_reader(f: io.TextIOWrapper, delimiter: str, escape: str | None = None) -> Iterator[list[str]]:
    # A description may be as large as a posting file; the csv module's default limit is 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), 4 * MAX_POSTING_BYTES))
    return csv.reader(f, delimiter=delimiter, escapechar=escape)


_ESCAPE_SAMPLE = 1 << 20
"""The characters of a CSV whose backslashes say whether it was written with one as escape character."""
_BACKSLASHES = re.compile(r"(\\+)(?=(.?)(.?))", re.DOTALL)


def _escape(path: Path, name: str, format: Format, delimiter: str) -> str | None:
    """``\\`` for a CSV or TSV written with a backslash as escape character, else None, as the backslashes of
    its first :data:`_ESCAPE_SAMPLE` characters show. JobSpy's README writes its CSV so
    (``escapechar="\\\\"``): every backslash of a cell is doubled. A plain ``to_csv()`` leaves them single:
    a backslash before a letter or a mark (Markdown's ``\\-``), or one ending a quoted cell (``…jobs \\",``),
    is one no escaping writer leaves, and read as an escape it would hide a character, or run the cell on
    into the rows below. Without a backslash, or with none that says, there is nothing to escape."""
    if format not in ("csv", "tsv"):
        return None
    with _open(path, name) as f:
        sample = f.read(_ESCAPE_SAMPLE)
    ends = (delimiter, "\r", "\n", "")
    escaped = False
    for found in _BACKSLASHES.finditer(sample):
        run, after, then = found.groups()
        if len(run) % 2 == 0:
            escaped = True  # doubled
        elif after == '"':
            if then in ends:
                return None  # a backslash ending a cell, its quote closing it
            escaped = True  # a quote escaped inside a cell
        elif after not in ends:
            return None  # one backslash before a character no writer escapes
    return "\\" if escaped else None


def _header(path: Path, name: str, format: Format, delimiter: str = ",") -> list[str]:
    if format == "json":
        keys: dict[str, None] = {}
        for record in _json_records(path, name):
            keys.update(dict.fromkeys(record))
        return list(keys)
    if format == "jsonl":
        keys = {}
        for n, record in enumerate(_jsonl_records(path, name)):
            keys.update(dict.fromkeys(key for key in record if key != UNREADABLE))
            if n >= 1000:  # the keys of the first thousand rows: a JSON Lines file's columns
                break
        return list(keys)
    with _open(path, name) as f:
        try:
            header = next(_csv_reader(f, delimiter), None)
        except csv.Error as e:
            raise TailorError(f"The table {name} is not a {format.upper()} file tailor can read: {e}.") from None
    if not header or not any(h.strip() for h in header):
        raise TailorError(f"The table {name} is empty: its first line should name its columns.")
    return [h.strip() for h in header]


def _csv_records(
    path: Path, format: Format, name: str, delimiter: str, escape: str | None = None
) -> Iterator[dict[str, str]]:
    with _open(path, name) as f:
        reader = _csv_reader(f, delimiter)
        header = [h.strip() for h in next(reader, [])]
        above = reader.line_num  # type: ignore[attr-defined]  # the header's lines: the next reader counts from 0
        reader = _csv_reader(f, delimiter, escape)
        try:
            first = above + 1
            for cells in reader:
                last = above + reader.line_num  # type: ignore[attr-defined]
                if any(cells):
                    # An empty cell is no value, as JSON's null is: not text of no letters.
                    record = {column: cell or None for column, cell in zip(header, cells, strict=False)}
                    yield record | _overfull(cells, len(header), first, last)
                first = last + 1
        except csv.Error as e:
            raise TailorError(
                f"The table {name} cannot be read past line {above + reader.line_num}: {e}. Check that it is a "  # type: ignore[attr-defined]
                f"{format.upper()} file."
            ) from None


UNREADABLE = "\0unreadable"
"""The key of a record that stands for a row that could not be read, holding why (no table has such a column)."""


def _overfull(cells: Sequence[str], columns: int, first: int, last: int) -> dict[str, str]:
    """``{UNREADABLE: why}`` for a row of more cells than the header has columns, none beyond them empty: its
    cells are not where its header says, and it may hold the next row, swallowed by a misplaced quote or escape
    (a row of fewer cells, or one ended by empty cells, as some tools write a line, is read)."""
    if len(cells) <= columns or not any(cell.strip() for cell in cells[columns:]):
        return {}
    lines = f"line {first} holds" if first == last else f"lines {first} to {last} hold"
    return {
        UNREADABLE: f"its {lines} {len(cells)} cells where the header names {columns}, so its cells are not in "
        "their columns and it may hold the rows below it: check the quotes and commas there"
    }


def _jsonl_records(path: Path, name: str) -> Iterator[dict[str, Any]]:
    with _open(path, name) as f:
        for line_number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                # One broken line of a scraped file is that posting's problem, not the file's: skipped as unreadable.
                why = e.msg.removesuffix(" at")  # "Invalid control character at": the position follows
                yield {UNREADABLE: f"its line {line_number} is not JSON ({why}, at column {e.colno})"}
                continue
            yield record if isinstance(record, dict) else {}


def _json_records(path: Path, name: str) -> Iterator[dict[str, Any]]:
    try:
        with _open(path, name) as f:
            document = json.load(f)
    except json.JSONDecodeError as e:
        raise TailorError(f"{name}:{e.lineno}: not JSON ({e.msg}).") from None
    if isinstance(document, dict):
        # {"jobs": [...]}: an API's answer, its one list of objects the rows.
        lists = [v for v in document.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        document = lists[0] if len(lists) == 1 else None
    if not isinstance(document, list):
        raise TailorError(f"{name} holds no list of postings: tailor reads a JSON array of objects, one per posting.")
    for record in document:
        yield record if isinstance(record, dict) else {}


# --- columns and values ---------------------------------------------------------------------------


def _roles(header: Sequence[str], given: dict[Role, str], name: str) -> dict[Role, str]:
    roles: dict[Role, str] = {}
    for role, column in given.items():
        found = column if column in header else _first(header, (normalise_name(column),))
        if found is None:
            import difflib

            close = difflib.get_close_matches(column, header, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise TailorError(
                f"{{columns}} names the column '{column}', which {name} does not have{hint} "
                f"(its columns: {', '.join(header)}).",
                columns="columns",
            )
        roles[role] = found
    taken = set(roles.values())
    for role, names in COLUMN_NAMES.items():
        if role not in roles:
            found = _first([h for h in header if h not in taken], names)
            if found is not None:
                roles[role] = found
                taken.add(found)
    if "description" not in roles:
        # One column is a header line that nothing tailor knows parts: say so, not only that no column is known.
        one = (
            " Its header line is one column: if its cells are parted by another character than commas, semicolons, "
            "tabs or pipes, save it again as CSV."
            if len(header) == 1
            else ""
        )
        raise TailorError(
            f"The table {name} has no column tailor knows to hold the postings' text (its columns: "
            f"{', '.join(header)}). Name it with {{columns}} description=<column>.{one}",
            columns="columns",
        )
    return roles


def _first(header: Sequence[str], names: Sequence[str]) -> str | None:
    """The column of ``header`` that the first of ``names`` (normalised) names; None if none does."""
    by_name: dict[str, str] = {}
    for column in header:
        by_name.setdefault(normalise_name(column), column)
    return next((by_name[n] for n in names if n in by_name), None)


def cell_text(value: object) -> str:
    """A cell as text: JSON's numbers, booleans and lists spelt as a spreadsheet shows them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "; ".join(t for t in (cell_text(v) for v in value) if t)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_DECIMAL_SAMPLE = 1000
"""The rows whose pay columns :meth:`Table._decimal_mark` reads for the numbers' decimal mark, at most."""
_DECIMAL_VOTES = 10
"""The numbers that show a decimal mark after which :meth:`Table._decimal_mark` reads no more rows."""
_NUMERAL = re.compile(r"[0-9][0-9.,]*")
_GROUPING = re.compile(r"[\s'\u2019]")
"""What groups a number's thousands besides a comma or a point: a space (``72 000``, a narrow or no-break one
too) or an apostrophe (``72'000``, in Switzerland)."""


def _mark_of(text: str) -> str | None:
    """The decimal mark a number written as ``text`` shows (``,`` or ``.``); None when it shows none (``72000``),
    could have either (``72,000``: 72 thousand, or 72) or is no number."""
    text = _GROUPING.sub("", text)
    if not _NUMERAL.fullmatch(text):
        return None
    commas, points = text.count(","), text.count(".")
    if commas and points:
        return "," if text.rfind(",") > text.rfind(".") else "."  # 72.000,50 or 72,000.50
    if commas + points == 0:
        return None
    mark = "," if commas else "."
    if commas + points > 1:
        return "." if mark == "," else ","  # 1,250,000: the thousands' separator, so the decimal mark is the other
    whole, _, fraction = text.partition(mark)
    # Three digits after it are a thousands' group, unless what is before it cannot be one (1250,000 or 0,500).
    return mark if len(fraction) != 3 or len(whole) > 3 or whole == "0" else None


def _amount(text: str, decimal: str) -> float | str:
    """A pay column's number, read with the decimal mark it shows or else ``decimal``; ``text`` as it is when
    it is no plain number (``$85k``), for the pay to print as written."""
    number = _GROUPING.sub("", text)
    if not _NUMERAL.fullmatch(number):
        return text
    mark = _mark_of(number) or decimal
    grouping = "." if mark == "," else ","
    try:
        return float(number.replace(grouping, "").replace(mark, "."))
    except ValueError:
        return text  # "1.2.3,4,5": no number tailor can read


_EPOCH = re.compile(r"^\d{10}(?:\d{3})?(?:\.0+)?$")
_NOT_A_VALUE = frozenset({"nan", "none", "null", "n/a", "na", "-"})


def _detail(field: Field, value: object) -> str:
    text = cell_text(value)
    if text.lower() in _NOT_A_VALUE:
        return ""
    if field in ("date_posted", "valid_through") and _EPOCH.match(text):
        # The LinkedIn dataset's times are Unix times in milliseconds.
        seconds = float(text) / (1000 if len(text.split(".")[0]) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
    return text


__all__ = [
    "COLUMN_NAMES",
    "ROLES",
    "TABLE_SUFFIXES",
    "Row",
    "Table",
    "check_tables",
    "description_suffix",
    "is_table",
    "parse_columns",
    "parse_row_source",
    "read_row",
    "row_posting",
    "row_source",
    "source_order",
    "whole_table",
]
