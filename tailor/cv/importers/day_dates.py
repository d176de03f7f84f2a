"""Dates written to the day with numbers ("01/04/2021–Present", "15.03.2017 - 31.03.2021"), as a Europass CV and
many European résumés set a role's dates, rewritten as ISO dates ("2021-04-01–Present") before the résumé is read.

A CV file reads no such date (:func:`tailor.cv.dates.misread`: "06/05/2019" is the 6th of May or the 5th of June),
so a draft that kept them would hold roles without dates. Which number is the month is one choice for the whole
résumé, since its author wrote every date one way: the month is the number that is never above 12 where the other
is somewhere; where neither ever is, the number that is always 1 is the day (a US résumé's "06/01/2019", the first of
the month), and otherwise the day comes first, as Europass and most of the world write it.

Only a column of dates alone is rewritten (a cell of a Word table, a column after a tab or a bar): a date inside a
sentence ("Opened the hotel on 01/04/2021") is the owner's words and stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tailor.cv.importers.clues import CELLS
from tailor.cv.importers.line import Line

_DAY = r"(?<![\d/.])(\d{{1,2}})([/.])(\d{{1,2}})\{sep}((?:19|20)\d{{2}})(?![\d/.])"
DAY_DATE = re.compile(_DAY.format(sep=2))
"""A day's date in numbers, the year last, its parts set apart by slashes or by dots (both the same)."""
_OPEN = r"present|current|currently|now|today|ongoing|to date|till date"
_CELL = re.compile(
    rf"^[\[(]?\s*(?:from\s+)?{_DAY.format(sep=2)}(?:\s*(?:–|—|--|-|to|until|till)\s*(?:{_DAY.format(sep=6)}|{_OPEN}))?"
    r"\s*[\])]?[.:]?$",
    re.IGNORECASE,
)
"""A column that holds one day's date, or a span from one (to another, or to an open end), and nothing else."""


def as_iso(lines: list[Line]) -> list[Line]:
    """``lines`` with every column of day dates alone (see the module) written as ISO dates, the rest unchanged."""
    columns = [cell for line in lines for cell in CELLS.split(line.text) if _CELL.match(cell.strip())]
    if not columns:
        return lines
    pairs = [(int(found.group(1)), int(found.group(3))) for cell in columns for found in DAY_DATE.finditer(cell)]
    day_first = _day_first(pairs)
    out = []
    for line in lines:
        cells = CELLS.split(line.text)
        if not any(_CELL.match(cell.strip()) for cell in cells):
            out.append(line)
            continue
        text, marked = line.text, line.marked
        for cell in cells:
            if _CELL.match(cell.strip()):
                for found in DAY_DATE.finditer(cell):
                    iso = _iso(found, day_first)
                    if iso is not None:
                        text, marked = text.replace(found.group(), iso), marked.replace(found.group(), iso)
        out.append(replace(line, text=text, marked=marked))
    return out


def _day_first(pairs: list[tuple[int, int]]) -> bool:
    """Whether the résumé's day dates, as (first number, second number) pairs, write the day first."""
    if any(first > 12 for first, _ in pairs) != any(second > 12 for _, second in pairs):
        return any(first > 12 for first, _ in pairs)
    firsts_of_months = all(second == 1 for _, second in pairs) and not all(first == 1 for first, _ in pairs)
    return not firsts_of_months


def _iso(found: re.Match[str], day_first: bool) -> str | None:
    """The ISO date ``found`` names read in that order; None where it names no month (13/13/2020 stays as written)."""
    first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    day, month = (first, second) if day_first else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year}-{month:02d}-{day:02d}"
