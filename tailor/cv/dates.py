"""Dates as people write them in a CV, read once and printed in one format.

A CV's dates stay the text the owner wrote; this module is the one place that
reads them, for three jobs: to refuse a date that cannot exist (``2021-02-30``)
or a span that ends before it starts, to print every date the same way
whichever way it was written, and to say that a role is still going on.

What is read as a date (case aside):

* ``2021``, ``2021-03``, ``2021-03-01``: the ISO forms of JSON Resume, and YAML's;
* ``Mar 2021``, ``March 2021``, ``Sept. 2021``: an English month and a year, a day before them
  (``1 Jul 2025``, ``1st September 2020``) read and not printed;
* ``03/2021``, ``3.2021``, ``03-2021``: a month number and a year;
* ``present``, ``now``, ``current``, ``ongoing``, ``today``: an open end (also an
  end left out).

A date read this way prints as :attr:`DateStyle.format` says (``Mar 2021``; a
year alone stays ``2021``; the day is not printed), an open end as
:attr:`DateStyle.present` (``Present``). Any other text ("Summer 2015",
"Q3 2020") is not a date tailor understands: it prints exactly as written, and
takes no part in the order check.

A day (the date a letter is written) prints as :attr:`DateStyle.day_format` says
(``14 March 2025``; ``MMMM D, YYYY`` for ``March 14, 2025``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
OPEN_WORDS = frozenset({"present", "now", "current", "currently", "ongoing", "today", "to date", "till date"})
"""Words that end a span that has not ended, compared in lower case."""

_MONTH_NAMES = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if name
}
_MONTH_NAMES["sept"] = 9
_ISO = re.compile(r"^(\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_NAMED = re.compile(r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?([A-Za-z]{3,9})\.?,?\s*(\d{3,6})$", re.IGNORECASE)
"""A month by name and a year ("Mar 2021", "Jan2023"), a day before them as Europass writes it ("1 Jul 2025") or
as a British CV does, an ordinal ("1st September 2020", "21st of June 2019")."""
_NUMBERED = re.compile(r"^(\d{1,2})[/.-](\d{3,6})$")


@dataclass(frozen=True, order=True)
class Date:
    """A calendar date as precise as it was written: a year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None


class ImpossibleDate(ValueError):
    """A date written in a form tailor reads that names no real day, e.g. ``2021-02-30``."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"'{text}' is not a date: {reason}")


def parse(text: str | None) -> Date | None:
    """The date ``text`` names, or None when it is not a date this module reads (see the module).

    Raises:
        ImpossibleDate: it has a date's form but names no real month or day.
    """
    if text is None:
        return None
    value = " ".join(str(text).split())
    if found := _ISO.match(value):
        year, month, day = (int(g) if g else None for g in found.groups())
        return _checked(value, year or 0, month, day)
    if found := _NAMED.match(value):
        month = _MONTH_NAMES.get(found.group(2).lower())
        if not month:
            return None
        day = int(found.group(1)) if found.group(1) else None
        return _checked(value, int(found.group(3)), month, day)
    if found := _NUMBERED.match(value):
        return _checked(value, int(found.group(2)), int(found.group(1)), None)
    return None


_DAY_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
"""A day's date with the day in a form this module does not read ("06/15/2019", "31.05.2019", "2019-05-31T00:00")."""
_YEAR_SLASH_MONTH = re.compile(r"^(\d{4})[/.](\d{1,2})$")
"""A month written year first with a slash or a dot ("2014/09", "2014.9")."""
_WORD_AND_YEAR = re.compile(r"^([A-Za-z]{3,12})\.?,?\s*(\d{4})$")


def misread(text: str | None, *, spans: bool = True, other_end: str | None = None) -> str | None:
    """What is wrong, and what to write instead, where ``text`` looks meant as a date but is not read as one
    ("is a day's date in a form …: write 2019-06 or Jun 2019"); else None. A span of two dates ("2022–2025") is
    misread only where a field has another to hold its end (``spans``): an award's date has none; it says to write
    its second as ``other_end`` (by default a role's: "its other end"; a certificate's ``expires``).

    Text that is no date tailor reads prints as written, by design ("Summer 2015", "Expected 2025"); a day's
    date written with slashes or dots, or a month misspelt ("Junee 2019"), was meant as one, and would print
    unlike every other date and escape the order check.
    """
    if text is None:
        return None
    value = " ".join(str(text).split())
    try:
        if is_open(value) or parse(value) is not None:
            return None
    except ImpossibleDate:
        return None  # refused by validation, with its reason
    if (span := _span_in_one(value)) is not None:
        if not spans:
            return None
        first, then = span
        end = other_end or "its other end"
        return f"is a span of two dates where one is read: write {first} here, and {then} as {end}."
    if _DAY_DATE.match(value):
        return f"is a day's date in a form tailor does not read: write {_month_of_day(value)}."
    if found := _YEAR_SLASH_MONTH.match(value):
        year, month = (
            (int(found.group(1)), int(found.group(2)))
            if len(found.group(1)) == 4
            else (
                int(found.group(2)),
                int(found.group(1)),
            )
        )
        if 1 <= month <= 12:
            return f"is a month in a form tailor does not read: write {year}-{month:02d} or {MONTHS[month - 1]} {year}."
    if (found := _WORD_AND_YEAR.match(value)) and (number := _month_named(found.group(1))):
        return f"names no month tailor knows: did you mean {MONTH_NAMES[number - 1]} {found.group(2)}?"
    if (found := _MONTH_DAY_YEAR.match(value)) and (month := _month_named(found.group(1))):
        year = found.group(2)
        written = f"{year}-{month:02d} or {MONTHS[month - 1]} {year}"
        return f"is a day's date in a form tailor does not read: write {written}."
    if value.isalpha() and value.lower() not in _MONTH_NAMES:
        close = difflib.get_close_matches(value.lower(), OPEN_WORDS, n=1, cutoff=0.75)
        if close:
            return f"is no word tailor reads as a span still going on: did you mean {close[0]}?"
    return None


_SPAN_IN_ONE = re.compile(
    r"^(.+?)\s*(?:\s[-–—]\s|[–—]|(?<=\d{4})-(?=\d{4}$)|\s(?:to|till|until|thru|through)\s)\s*(.+)$", re.IGNORECASE
)
"""A span written whole where one date goes ("March 2016 to present", "2019 – 2021"), as a résumé's line gives it."""


def _span_in_one(value: str) -> tuple[str, str] | None:
    """``value``'s two dates, where it is a span of two that tailor reads each ("March 2016 to present"); else None."""
    found = _SPAN_IN_ONE.match(value)
    if found is None:
        return None
    first, then = found.group(1).strip(), found.group(2).strip()
    try:
        if read(first) is None or not (is_open(then) or read(then) is not None):
            return None
    except ImpossibleDate:
        return None
    return first, then


_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})$")
"""A day's date as American English writes it: "June 15, 2016", "Sept 3rd 2019"."""


def _month_named(word: str) -> int | None:
    """The month ``word`` names, allowing a misspelling: a letter too many or wrong ("Junee"), or two letters
    swapped ("Jnu", "Mya", "Spet"), which leaves an abbreviation of three too unlike its month for the closeness
    alone; None if it names none."""
    lowered = word.lower()
    close = difflib.get_close_matches(lowered, _MONTH_NAMES, n=1, cutoff=0.75)
    if close:
        return _MONTH_NAMES[close[0]]
    swapped = [n for name, n in _MONTH_NAMES.items() if _two_swapped(lowered, name)]
    return swapped[0] if len(set(swapped)) == 1 else None


def _two_swapped(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with two letters next to each other swapped ("jnu" for "jun")."""
    apart = [k for k, (a, b) in enumerate(zip(word, name, strict=False)) if a != b]
    return (
        len(word) == len(name)
        and len(apart) == 2
        and apart[1] == apart[0] + 1
        and (word[apart[0]], word[apart[1]]) == (name[apart[1]], name[apart[0]])
    )


def _month_of_day(value: str) -> str:
    """How to write the month of the day's date ``value`` ("2019-06 or Jun 2019"), where its numbers say
    which one is the month; else how to write a month at all."""
    numbers = [int(n) for n in re.findall(r"\d+", value)[:3]]
    if numbers[0] > 31:  # the year first: year, month, day
        year, month = numbers[0], numbers[1]
    else:  # the year last; the month is the number that cannot be a day's, if one of them cannot be a month
        year = numbers[2]
        month = numbers[1] if numbers[0] > 12 >= numbers[1] else numbers[0] if numbers[1] > 12 >= numbers[0] else 0
    if not 1 <= month <= 12 or year < 1000:
        return "the year and month, as 2019-06 or Jun 2019 (month and day could be either way round here)"
    return f"{year}-{month:02d} or {MONTHS[month - 1]} {year}"


FAR_AHEAD = 10
"""Years after today beyond which a date is taken for a typo ("June 2071" for 2017)."""


def unlikely(text: str | None, today: dt.date, *, started: bool = False) -> str | None:
    """What is odd about a date tailor reads, given ``today``: more than :data:`FAR_AHEAD` years ahead
    (a typo, most likely), or, for the start of a role (``started``), after today; else None."""
    found = read(text)
    if found is None:
        return None
    if found.year > today.year + FAR_AHEAD:
        return f"is more than {FAR_AHEAD} years from now: a typo?"
    if started and (found.year, found.month or 1, found.day or 1) > (today.year, today.month, today.day):
        return "is after today: check the year."
    return None


def has_passed(text: str | None, today: dt.date) -> bool:
    """True when the date ``text`` names ended before ``today``, at its precision: ``Aug 2025`` passes
    with August, ``2025`` with the year; a text that names no date never passes."""
    found = read(text)
    if found is None:
        return False
    if found.day is not None and found.month is not None:
        return dt.date(found.year, found.month, found.day) < today
    if found.month is not None:
        return (found.year, found.month) < (today.year, today.month)
    return found.year < today.year


def readable_after(first: str | None, then: str) -> bool:
    """Whether ``then`` is a closing date tailor reads as written (no misread form, no open end) and not before
    ``first``: what an importer may put in a field such as a certificate's ``expires``."""
    try:
        check_order(first, then)
    except (ValueError, ImpossibleDate):
        return False
    return misread(then) is None and not is_open(then)


def read(text: str | None) -> Date | None:
    """:func:`parse`, with a date that cannot exist read as no date: for readers of text already written
    (a résumé being imported, a CV being printed), where validation is not theirs to do."""
    try:
        return parse(text)
    except ImpossibleDate:
        return None


def _checked(text: str, year: int, month: int | None, day: int | None) -> Date:
    if not 1000 <= year <= 9999:
        # "March 20202", "Jun 202": a key pressed once too often or too few times. Read as no date, it printed as
        # written and escaped the order check; it is a date with a year no date has.
        raise ImpossibleDate(text, f"{year} is no year: write the year in four digits")
    if month is not None and not 1 <= month <= 12:
        raise ImpossibleDate(text, f"there is no month {month}")
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ImpossibleDate(text, f"{calendar.month_name[month]} {year} has {last} days")
    return Date(year, month, day)


_NAMED_IN_TEXT = re.compile(r"\b(?:(" + "|".join(MONTHS) + r")[a-z]*\.?\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def named_in(text: str | None) -> Date | None:
    """Where a text that prints as written falls in time: its first year, with the month named before it ("Expected
    May 2027" → May 2027, "Summer 2013" → 2013); :func:`read` for a date this module reads; None where it names no
    year."""
    if text is None:
        return None
    if (found := read(text)) is not None:
        return found
    named = _NAMED_IN_TEXT.search(str(text))
    if named is None:
        return None
    month = MONTHS.index(named.group(1).title()[:3]) + 1 if named.group(1) else None
    return Date(int(named.group(2)), month)


def year_of(text: object) -> str | None:
    """The year of the date ``text`` names (``2019-06-01`` → ``2019``); None when it names none."""
    found = read(str(text)) if text is not None else None
    return str(found.year) if found is not None else None


def is_open(text: str | None) -> bool:
    """True when ``text`` is left out or says the span goes on (``present``, ``now``…)."""
    return text is None or " ".join(str(text).split()).lower() in OPEN_WORDS


def check_order(start: str | None, end: str | None) -> None:
    """Raise ValueError when both are dates and ``end`` comes before ``start``, at the precision
    both share (``2021`` does not end before ``Mar 2021``)."""
    first, last = parse(start), parse(end)
    if first is None or last is None:
        return
    shared = (first.year, first.month if last.month else None, first.day if last.day else None)
    other = (last.year, last.month if first.month else None, last.day if first.day else None)
    if tuple(x or 0 for x in other) < tuple(x or 0 for x in shared):
        raise ValueError(f"the end ({end}) comes before the start ({start})")


@dataclass(frozen=True)
class DateStyle:
    """How dates print. A template may change each field (templates/README.md, "Dates")."""

    present: str = "Present"
    """The end of a span that has not ended."""
    months: tuple[str, ...] = MONTHS
    """The twelve month names, January first."""
    format: str = "MMM YYYY"
    """A month of a year: ``MMM`` is a name of ``months``, ``MM`` the month's number (01–12), ``YYYY`` the year."""
    dash: str = " \u2013 "
    """Between the start and the end: a spaced en dash, as typeset résumés have it."""
    month_names: tuple[str, ...] = MONTH_NAMES
    """The twelve months' names in full, January first, for ``MMMM``."""
    day_format: str = "D MMMM YYYY"
    """A day, as a letter is dated: ``D`` the day (``DD`` with a leading zero), ``MMMM`` a name of
    :attr:`month_names`, and the tokens of :attr:`format`."""

    def date(self, text: str | None) -> str:
        """``text`` printed: a date in this style, an open end as ``present``, other text as written."""
        if text is None or is_open(text):
            return self.present
        found = read(text)  # an impossible date: the CV model refuses these; printed as written if one gets here
        if found is None:
            return " ".join(str(text).split())
        if found.month is None:
            return str(found.year)
        return self.month(found.year, found.month)

    def month(self, year: int, month: int) -> str:
        """A month of a year in :attr:`format`."""
        return self._fill(self.format, year, month, None)

    def day(self, day: dt.date) -> str:
        """``day`` in :attr:`day_format`: ``14 March 2025``."""
        return self._fill(self.day_format, day.year, day.month, day.day)

    def _fill(self, layout: str, year: int, month: int, day: int | None) -> str:
        """``layout`` with each token replaced, in one pass: a month's name is never read as a token."""
        values = {"YYYY": str(year), "MMMM": self.month_names[month - 1], "MMM": self.months[month - 1]}
        values["MM"] = f"{month:02d}"
        if day is not None:
            values |= {"DD": f"{day:02d}", "D": str(day)}
        return _TOKENS.sub(lambda m: values.get(m.group(), m.group()), layout)

    def span(self, start: str | None, end: str | None) -> str:
        """``Mar 2021 – Present``: start and end in this style; an end left out means the span
        goes on. With no start, just the end (a degree's graduation); with neither, ``""``; a span
        that starts and ends in the same month (or year, as written) once: ``Mar 2019``."""
        if not start:
            return self.date(end) if end and not is_open(end) else ""
        first, last = self.date(start), self.date(end)
        return first if first == last else f"{first}{self.dash}{last}"


_TOKENS = re.compile(r"YYYY|MMMM|MMM|MM|DD|D")
"""The tokens of :attr:`DateStyle.format` and :attr:`DateStyle.day_format`, longest first."""

DEFAULT_STYLE = DateStyle()
