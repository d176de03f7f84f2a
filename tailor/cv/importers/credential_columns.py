"""A table of credentials whose header row names its columns ("Credential | Issuer | Number | Expires") →
its rows as the lines a certificates section is read from, each cell by what its column holds."""

from __future__ import annotations

import re
from dataclasses import replace

from tailor.cv.importers.clues import DATE, normal_title
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import Line

_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "credential", "certification", "certificate", "license", "licence", "licensure", "designation",
        "registration", "name", "title", "award",
    ),
    "issuer": (
        "issuer", "issuing body", "issued by", "issuing organization", "issuing organisation", "organization",
        "organisation", "body", "board", "authority", "agency", "provider", "awarding body",
    ),
    "place": ("state", "jurisdiction", "country"),
    "date": ("date", "year", "issued", "date issued", "obtained", "date obtained", "earned", "awarded", "since"),
    "expiry": (
        "expires", "expiry", "expiration", "expiration date", "expiry date", "expires on", "valid until",
        "valid through", "exp", "renewal", "renewal date",
    ),
    "number": (
        "number", "no", "license number", "licence number", "license no", "licence no", "certificate number",
        "credential id", "id", "registration number",
    ),
    "status": ("status",),
}  # fmt: skip
"""What a column of credentials holds, by the names its header gives it (singular or plural)."""
_COLUMN_OF = {name: column for column, names in _COLUMNS.items() for name in names}
_COMMENTED = {"number": "Number", "status": "Status"}
"""Columns no field of a credential holds, kept as comments under these words."""
_PLACEHOLDER = re.compile(r"[-–—/.\s]*|n/?a|none|not applicable", re.IGNORECASE)
"""A cell that says it has no value ("—", "N/A")."""
_A_DATE = re.compile(rf"\s*(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{DATE})\s*", re.IGNORECASE)
"""A cell that is a date alone, as an expiry's line rule reads one ("06/2028", "June 2028", "06/30/2028")."""


_BOTH_APART = re.compile(r"\s*(?:/|[-–—]|&|\band\b)\s*")
"""What parts two column names in one header cell ("Issued / Expires", "Issued – Expiration")."""
_DATES_APART = re.compile(r"\s+(?:/|[-–—]|to)\s+")
"""What parts a cell's two dates ("2014 / 06/2028", "2024 – 09/2026"): set apart by spaces, as a date's own slash
("06/2028") never is."""


def _column(cell: str) -> str | None:
    """What a header cell names: the whole cell as a known name, else by its words, as a header of several words
    says it ("Issuing Agency", "Credential Number", "Exp. Date"): a word naming the expiry makes it the expiry's
    column (its date is when it runs out), else the last word that names a column does, as an English noun
    phrase ends in its head. "License #" is the licence's number. Two names parted by a slash or a dash, the date
    gained's and then the expiry's ("Issued / Expires"), make it a column of both ("dates")."""
    if cell.rstrip().endswith("#"):
        return "number"
    parts = _BOTH_APART.split(cell.strip())
    if len(parts) == 2 and [_column(part) for part in parts] == ["date", "expiry"]:
        return "dates"
    name = normal_title(cell)
    if found := _named(name):
        return found
    named = [found for word in name.split() if (found := _named(word))]
    return "expiry" if "expiry" in named else (named[-1] if named else None)


def _named(name: str) -> str | None:
    return _COLUMN_OF.get(name) or _COLUMN_OF.get(name.removesuffix("s"))


def by_columns(draft: Draft, lines: list[Line]) -> list[Line]:
    """``lines`` with each table whose header names a credential's columns (one of them its name) read by
    them: a row becomes "name, issuer and place, date, exp. expiry", as a line of credentials is written (a
    credential's date is when it was gained, its expiry its ``expires``); a licence number or a status, which no
    field holds, goes to a comment; a cell that says it is empty ("—", "N/A") is left out. A row whose cells
    do not line up with the header's is left as it is, and so are the header rows of other tables."""
    out: list[Line] = []
    columns: list[str | None] | None = None
    above: Line | None = None
    for line in lines:
        cells = line.text.split("\t")
        first_row = line.row and (above is None or not above.row)
        above = line
        if first_row or line.row == 1:
            found = [_column(cell) for cell in cells]
            if len(cells) >= 2 and all(found) and "name" in found:
                columns = found
                continue  # the header: no credential
            columns = None
        if not (line.row and columns is not None and len(cells) == len(columns)):
            columns = None if not line.row else columns
            out.append(line)
            continue
        value: dict[str, list[str]] = {}
        for column, cell in zip(columns, cells, strict=True):
            if column == "dates":  # the date gained, then the expiry where the cell gives one
                gained, *expiry = _DATES_APART.split(cell.strip(), maxsplit=1)
                if expiry and not _PLACEHOLDER.fullmatch(expiry[0]):
                    value.setdefault("expiry", []).append(expiry[0])
                column, cell = "date", gained
            if column and not _PLACEHOLDER.fullmatch(cell.strip()):
                value.setdefault(column, []).append(cell.strip())
        name = ", ".join(value.get("name", []))
        giver = ", ".join(value.get("issuer", []) + value.get("place", []))
        named = f"{name}, {giver}" if giver else name  # a licence held in two states: which one
        for column, label in _COMMENTED.items():
            if name and value.get(column):
                draft.leftovers.append(f"{label} of '{named}': {', '.join(value[column])}")
        text = "\t".join(part for part in (name, giver, ", ".join(value.get("date", []))) if part)
        expiry = ", ".join(value.get("expiry", []))
        if text and expiry and not _A_DATE.fullmatch(expiry):
            # "CMP 2027", "Lifetime": when it runs out, in words no date field holds, kept for its owner.
            draft.leftovers.append(f"Expiry of '{name}': {expiry}")
        elif text and expiry:
            text += f"\texp. {expiry}"  # as a line says it, read by the line's rule
        if text:
            out.append(replace(line, text=text, marked=text))
    return out
