"""Who is hiring, for what, where and on what terms: a posting's details, each with where it came from.

A posting states its details in many ways: structured data a web page carries
for search engines (schema.org ``JobPosting``), front matter, labelled lines
("Job title: …"), a job board's header, a heading, a sentence ("Acme is hiring a
…"). :class:`PostingDetails` is the one record of what was found, whatever the
way; each value is a :class:`Detail` that says, by its :attr:`Detail.source`,
which rule found it (:data:`SOURCES`), so a report can show it and a user can
judge it. A field is None rather than a guess that may be wrong: the title and
company name files and sentences the applicant signs.

Format readers state what their format says as :class:`Candidate` values;
:mod:`tailor.posting.find_details` weighs them with what the text says.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal, get_args

Field = Literal[
    "title",
    "company",
    "location",
    "employment_type",
    "salary",
    "date_posted",
    "valid_through",
    "url",
    "hiring_manager",
    "team",
]
FIELDS: tuple[Field, ...] = get_args(Field)
"""Every detail of a posting, in the order reports list them."""
DATE_FIELDS: frozenset[Field] = frozenset({"date_posted", "valid_through"})
"""The details that are days: when the posting was posted and when it closes."""


def stated_date(text: str) -> str:
    """A date as a format states it: an ISO date-time's date ("2024-01-05T14:38:04Z" → "2024-01-05"), the posting
    posted on the day; any other text as stated."""
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}(?:[T ]\d|$)", text) else text


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if name
}
_MONTHS["sept"] = 9
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH_FIRST = re.compile(_WEEKDAY + r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_DAY_FIRST = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})", re.IGNORECASE)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


def iso_date(text: str) -> str | None:
    """The day ``text`` names as an ISO date ("November 18, 2026", "18 Nov 2026", "2026-11-18T09:00:00Z" →
    "2026-11-18"; "01/15/2027" and "15/01/2027" → "2027-01-15"), or None where it names no day in a form read
    without doubt: "11/12/2026" is the 12th of November in the US and the 11th of December elsewhere, where a
    day past the 12th is no month either way."""
    value = " ".join(text.split())
    if found := _ISO_DAY.fullmatch(stated_date(value)):
        year, month, day = (int(g) for g in found.groups())
    elif found := _NUMERIC.fullmatch(value):
        first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        if first <= 12 and second <= 12 and first != second:
            return None
        month, day = (first, second) if first <= 12 else (second, first)
    elif found := _MONTH_FIRST.fullmatch(value):
        year, month, day = int(found.group(3)), _MONTHS.get(found.group(1).lower(), 0), int(found.group(2))
    elif found := _DAY_FIRST.fullmatch(value):
        year, month, day = int(found.group(3)), _MONTHS.get(found.group(2).lower(), 0), int(found.group(1))
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # no such month or day ("February 30, 2026")
        return None


SOURCES: dict[str, str] = {
    "given": "set by hand (--title, --company, --location, --hiring-manager)",
    "column": "a column of the table the posting is a row of (CSV, TSV, JSON Lines, JSON)",
    "json-ld": "the page's schema.org JobPosting, in JSON-LD",
    "microdata": "the page's schema.org JobPosting, in microdata",
    "front-matter": "the Markdown file's front matter (title:, company:, …)",
    "label": "a labelled line: 'Job title: …', 'Company: …', 'Location: …'",
    "board-header": "a job board's header: the title, then the company, location, salary, type (and Lever's team)",
    "addressed": "whom the posting asks a letter to be addressed to ('a covering letter addressed to the Head, Mr"
    " Jonathan Pryce', 'address your letter to …')",
    "pay": "an amount the words before it name as the pay ('The salary range is $62,000 to $70,000 per year')",
    "title-style": "the Word document's paragraph in the Title (or first Heading 1) style",
    "largest-line": "the PDF's line in the largest type",
    "heading": "the first heading or opening line that reads like a job title (and the company and place after it)",
    "properties": "the file's title property (Word, PDF)",
    "hiring-phrase": "'<Company> is hiring / is looking for / is seeking / seeks a <title>'",
    "opening-sentence": "the sentence that introduces the job ('We are seeking a highly skilled <title> to …', 'As"
    " <title>, you will …')",
    "first-sentence": "the short first sentence of a posting pasted as one paragraph ('<title>. <Company> is …')",
    "based-in": "a sentence that says where the job is held ('This role will be based in our Austin, TX office')",
    "apply-by": "a sentence that says by when to apply ('Send your resume to … by March 20, 2026', 'The application"
    " deadline is June 1, 2026')",
    "about": "an 'About <Company>' or 'Why <Company>?' heading",
    "at-company": "'At <Company>, we …', 'Here at <Company>', 'Join <Company>'",
    "email": "an e-mail address's domain, as the posting spells the name",
    "link": "a link's domain (how to apply), as the posting spells the name",
    "page": "the web page's own address (canonical link) and site name, the name when an address in the posting"
    " confirms it; the team its board's team chip names (Lever's)",
    "tab-title": "the web page's tab title, beside the job's title ('Acme - Sales Lead', '… Sales Lead at Acme')",
    "organisation": "a line at the top that names an organisation (a university, an institute, …)",
    "eeo": "'<Company> is an equal opportunity employer'",
    "described": "'<Company> is a …', the sentence that opens a section about the employer ('About the Firm')",
    "company-sentence": "the subject of two sentences that speak for the employer ('<Company> offers …')",
    "address": "the web address the posting was read from",
}
"""Every source a detail can come from, and what it means. The order is no ranking: that is
:data:`tailor.posting.find_details.RULES`."""

STRUCTURED = frozenset({"given", "column", "json-ld", "microdata", "front-matter", "properties"})
"""Sources that state a field outright, as opposed to text a rule reads it from."""


@dataclass(frozen=True)
class Detail:
    """One value, and the :data:`SOURCES` key of the rule that found it."""

    value: str
    source: str


@dataclass(frozen=True)
class Candidate:
    """A value a format reader (or the user) offers for ``field``, found by ``source``; it may still be rejected."""

    field: Field
    value: str
    source: str


@dataclass(frozen=True)
class PostingDetails:
    """What a posting says about the job; None where it does not say, or not clearly enough."""

    title: Detail | None = None
    company: Detail | None = None
    location: Detail | None = None
    employment_type: Detail | None = None
    """Full-time, Part-time, Contract, Temporary, Internship, … (as stated, or schema.org's, made readable)."""
    salary: Detail | None = None
    """As stated: ``$64,000 - $79,000 a year``; from structured data ``USD 120,000–140,000 a year``."""
    date_posted: Detail | None = None
    """An ISO date (``2024-05-01``) from structured data; as written from a label (:meth:`as_json` gives the day
    it reads as an ISO date)."""
    valid_through: Detail | None = None
    """The closing date, as :attr:`date_posted`."""
    url: Detail | None = None
    """The posting's own address: its structured data's, its board's title link, or where it was fetched from."""
    hiring_manager: Detail | None = None
    """Whom the application goes to, as a labelled line names them ("Hiring manager: Dr Jane Okafor",
    "Reports to: Head of Data"): a cover letter may address them, so only a label is evidence enough."""
    team: Detail | None = None
    """The team or department hiring, as a labelled line names it ("Team: Data Platform")."""
    for_a_client: bool = False
    """Whether the posting is a recruiter's for a client it does not name ("Our client, a regional bank, is seeking
    …", "on behalf of our client"): :attr:`company` is then empty, unless given by hand, since the name the posting
    carries is the agency's."""

    def value(self, field: Field) -> str | None:
        """The value of ``field``, or None."""
        found: Detail | None = getattr(self, field)
        return found.value if found is not None else None

    def source(self, field: Field) -> str | None:
        """Where the value of ``field`` came from, or None when there is none."""
        found: Detail | None = getattr(self, field)
        return found.source if found is not None else None

    def given(self) -> list[Field]:
        """The fields set by hand."""
        return [f for f in FIELDS if self.source(f) == "given"]

    def as_json(self) -> dict[str, Any]:
        """``{"title": …, "title_source": …, "company": …, …}``: every field and its source, None when absent; a
        date in one form, ISO (:func:`iso_date`), wherever it is read, as written where it is not, so that a list
        of postings sorts by them whatever form each posting wrote them in."""
        out: dict[str, Any] = {}
        for f in FIELDS:
            value = self.value(f)
            out[f] = (iso_date(value) or value) if value and f in DATE_FIELDS else value
            out[f"{f}_source"] = self.source(f)
        return out
