"""A posting's text as the detail rules read it: its lines, where its top ends, the line that reads as
the job title, the names it writes and the addresses it gives.

:mod:`tailor.posting.text_rules` and :mod:`tailor.posting.domains` read a :class:`Page`;
:mod:`tailor.posting.find_details` makes one per posting. Pure text processing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import overload

from tailor.posting import plausible
from tailor.posting.details import Candidate, Field
from tailor.posting.extracted import Link, clean_inline
from tailor.posting.headings import (
    YEARS_FIRST,
    SectionKind,
    classify_heading,
    heading_of,
    strip_link,
    strip_tags,
    titles_a_job,
)


@dataclass(frozen=True)
class Line:
    """One line of a posting, and what it looks like."""

    raw: str
    text: str
    """Its words: no Markdown marks, links as their words."""
    level: int
    """The ``#`` level of a Markdown heading; 0 for any other line."""
    heading: bool
    """A heading by any style (``#``, bold, ALL CAPS, a known phrase)."""
    short: bool
    """Short and not a sentence: a line a title, a name or a place can stand on."""

    @cached_property
    def kind(self) -> SectionKind | None:
        """The kind of section this line opens, if it is a heading that says one (not navigation)."""
        if not self.heading or plausible.is_navigation(self.text):
            return None
        kind = classify_heading(self.text)
        return None if kind is SectionKind.OTHER else kind

    @property
    def body(self) -> bool:
        """A heading of the posting's body: what you will do, what you need, what you get, how to apply."""
        if self.kind in (None, SectionKind.ROLE, SectionKind.COMPANY) or YEARS_FIRST.match(self.text):
            return False  # "5+ years of experience" among the chips under the title, as a careers page sets it
        return not HIRING.match(self.text)  # "Acme is looking for a …" heads the posting, not its requirements


_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
_HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
LINK_TARGET = re.compile(r"\]\(\s*(<?)([^)\s>]+)\1[^)]*\)|<(https?://[^>\s]+)>|(?<![\w(/])(https?://[^\s)<>\]]+)")
_LEVEL = re.compile(r"^\s{0,3}(#{1,6})\s")
_MARKS = frozenset("*_`")
_TITLE_CASED = re.compile(r"(?:(?:[^\sa-z]\S*|a|an|and|at|for|in|of|on|or|the|to|with)(?:\s+|$))+")
"""Words each capitalised (or a number, a sign, a small word of a title): how titles are written, not sentences."""
_EMAIL = re.compile(r"\b[\w.+-]+@((?:[\w-]+\.)+[A-Za-z]{2,})\b")


def line_of(raw: str) -> Line:
    """``raw`` read as a line: its words, its heading level, whether it can stand alone."""
    if not raw.strip():
        return Line(raw, "", 0, False, False)
    level = len(m.group(1)) if raw.lstrip()[:1] == "#" and (m := _LEVEL.match(raw)) else 0
    # Each mark is looked for before its pattern runs: most lines of a posting have none, and a
    # thousand postings are read at a time (tailor rank).
    text = _HEADING_MARKS.sub("", raw) if "#" in raw else raw
    text = strip_link(text) if "](" in text else text
    text = strip_tags(text)
    text = _EMPHASIS.sub("", text) if _MARKS.intersection(text) else text
    text = " ".join(text.split()) if text.isascii() else clean_inline(text)
    heading = level > 0 or heading_of(raw) is not None
    # A full stop that abbreviates a name's last word ("Acme Biologics, Inc.") ends no sentence.
    ended = text[-1:] in (".", "!", "?", ";") and not plausible.ends_abbreviated(text)
    if ended and text[-1] == "!" and _TITLE_CASED.fullmatch(text[:-1]):
        ended = False  # "Creative Hair Stylist - $1,000 Signing Bonus!": a title's cry, in title case, no sentence
    short = bool(text) and len(text.split()) <= 14 and (heading or not ended)
    return Line(raw, text, level, heading, short)


class Lines(Sequence[Line]):
    """A posting's lines, each read (:func:`line_of`) when first asked for: most rules look at the top
    of a posting only, and ``tailor rank`` reads thousands of postings."""

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self._read: list[Line | None] = [None] * len(raw)

    def __len__(self) -> int:
        return len(self.raw)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...
    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        line = self._read[index]
        if line is None:
            line = self._read[index] = line_of(self.raw[index])
        return line


class Page:
    """A posting's lines, names and addresses, each worked out once, when a rule first asks."""

    def __init__(self, text: str, stated: tuple[Candidate, ...] = (), links: tuple[Link, ...] = ()) -> None:
        self.stated = stated
        self.links = links
        self.text = text.replace("\r\n", "\n")
        self.lines = Lines(self.text.split("\n"))

    @cached_property
    def plain(self) -> str:
        """The text as words, line by line, as :attr:`Line.text` reads each line (sentences span lines)."""
        return "\n".join(line.text for line in self.lines)

    @cached_property
    def end_of_top(self) -> int:
        """The index of the first heading that opens the body of the posting (requirements,
        responsibilities, benefits, …): where a title or a masthead can no longer be."""
        first = next((i for i, line in enumerate(self.lines) if line.text), None)
        return next(
            # The posting's first line titles the job ("Customer Experience Manager"), whatever a word of it says.
            (i for i, line in enumerate(self.lines) if line.body and not (i == first and titles_a_job(line.text))),
            len(self.lines),
        )

    @cached_property
    def candidate_lines(self) -> list[int]:
        """Lines before the body that a title can stand on: headings, and the short lines that stand alone
        (a masthead; :meth:`_masthead`), never a line of a paragraph."""
        out: list[int] = []
        block: list[int] = []
        for i in range(self.end_of_top + 1):
            line = self.lines[i] if i < self.end_of_top else None
            if line is not None and line.text and not line.heading:
                block.append(i)
                continue
            out += self._masthead(block)
            block = []
            if line is not None and line.heading:
                out.append(i)
        return out

    def _masthead(self, block: list[int]) -> list[int]:
        """The lines of a block that can stand alone: all of them when all are short; otherwise the short
        lines it opens with, each followed by a line that starts anew (a PDF's title over its first
        paragraph; a classified ad's title over its pay, "$19-21/hr DOE."), not by the rest of a wrapped
        sentence."""
        if all(self.lines[j].short for j in block):
            return block
        out = []
        for j, k in pairwise(block):
            following = self.lines[k].text[:1]
            anew = following.isupper() or following.isdigit() or unicodedata.category(following or " ") == "Sc"
            if not self.lines[j].short or not anew:
                break
            out.append(j)
        return out

    @cached_property
    def title_line(self) -> tuple[int, str, bool] | None:
        """The line that reads as the job title, the title, and whether the line is a hiring sentence
        ("Acme is looking for a Engineering Manager"); None when no line reads so, or when the page
        lists several jobs under headings of one level (a list of openings names no one title)."""
        for i in self.candidate_lines:
            line = self.lines[i]
            label = LABEL.match(line.text)
            hiring = HIRING.fullmatch(line.text.rstrip(".!: "))
            if label and LABELS.get(" ".join(label.group(1).lower().split())) == "title":
                found = plausible.title(label.group(2), "line")  # "Job title: …" styled as the document's title
            elif hiring and hiring.group("title"):
                found = plausible.title(SMALL_WORDS.sub("", hiring.group("title")), "loose")
            else:
                found = plausible.title(line.text, "loose", heading=line.level > 0)
            if found is None and label and self.employer_before_title(line.text):
                found = plausible.title(label.group(2), "loose")  # "SkyWest Airlines: Flight Attendant"
            if found is None:
                continue
            if line.level and self._lists_jobs(i):
                return None
            return i, found, bool(hiring and hiring.group("title"))
        return None

    def employer_before_title(self, text: str) -> str | None:
        """The employer a title line names before a colon, as boards head a posting ("SkyWest Airlines: Flight
        Attendant"), or None: a name of capitalised words that is no label, no heading and no job, and that the
        posting names again ("About SkyWest Airlines")."""
        label = LABEL.match(text)
        if label is None or ":" not in text[: label.start(2)]:
            return None
        name = label.group(1).strip()
        if (
            " ".join(name.lower().split()) in LABELS
            or not all(word[:1].isupper() for word in name.split())
            or plausible.JOB_WORDS.search(name)
            or classify_heading(name) is not SectionKind.OTHER
        ):
            return None
        return name if self.plain.count(name) >= 2 else None

    def _lists_jobs(self, i: int) -> bool:
        """Whether headings of the level of line ``i``, a title's, name other jobs after it: a list of openings.
        One such heading alone, under the title's masthead (its company, its place: short lines, no paragraph)
        and naming the same job, is the employer's own heading for it, which a board copies under its header
        ("# Data Engineer, Platform" / "### Acme" / "# Data Engineer, Platform Team")."""
        line = self.lines[i]
        others = [
            j
            for j in range(i + 1, len(self.lines))
            if "#" in self.lines.raw[j]
            and self.lines[j].level == line.level
            and self.lines[j].text != line.text
            and plausible.title(self.lines[j].text, "loose")
        ]
        if len(others) != 1:
            return bool(others)
        between = [self.lines[n] for n in range(i + 1, others[0]) if self.lines[n].text]
        masthead = bool(between) and all(other.short for other in between)
        return not (masthead and _job_word(line.text) == _job_word(self.lines[others[0]].text))

    @cached_property
    def names(self) -> Counter[str]:
        """Every capitalised name in the text, and how often it stands there."""
        return names_in(self.plain)

    @cached_property
    def addresses(self) -> list[tuple[str, bool]]:
        """Every e-mail domain and link in the text as ``(address, near how to apply)``, in order."""
        out: list[tuple[str, bool]] = []
        applying = False
        for line in self.lines:
            if line.kind is not None:
                applying = line.kind is SectionKind.APPLY
            near = applying or bool(_APPLY_WORDS.search(line.text))
            out += [(f"mailto:{m.group(1)}", near) for m in _EMAIL.finditer(line.raw)]
            for m in LINK_TARGET.finditer(line.raw):
                target = m.group(2) or m.group(3) or m.group(4)
                if target.startswith("http"):
                    out.append((target, near))
            for link in self.links:
                # A link the text keeps only the words of is near how to apply if its words are.
                if link.text and link.text in line.text:
                    out.append((_address(link.href), near or bool(_APPLY_WORDS.search(link.text))))
        return out


def _job_word(title: str) -> str | None:
    """The first word of ``title`` that names a job, in lower case: "engineer" for "Senior Software Engineer"."""
    m = plausible.JOB_WORDS.search(title)
    return m.group(0).lower() if m else None


def _address(href: str) -> str:
    """A link's target as :attr:`Page.addresses` lists it: ``mailto:`` with the domain only."""
    if href.lower().startswith("mailto:"):
        return "mailto:" + href.split("@")[-1].split("?")[0]
    return href


_APPLY_WORDS = re.compile(r"\bappl(?:y|ication|icants?)\b|\bsubmit|\bresumes?\b|\bcv\b|\bcontact\b", re.I)


CLIENT_LABELS = ("client", "client name", "end client")
"""The labels a recruiter or staffing agency sets before the employer it hires for ("Client: Tamarack Therapy"): the
company, where the agency's own name is only in its address."""
LABELS: dict[str, Field] = {
    **dict.fromkeys(
        ("job title", "title", "position title", "position", "role", "role title", "job", "job role", "vacancy",
         "post", "opening", "job name", "position name", "working title"), "title"),
    **dict.fromkeys(
        ("company", "company name", "employer", "employer name", "organisation", "organization", "hiring organisation",
         "hiring organization", "institution", "hiring company", "firm", "agency", "hospital", "school",
         "district", "school district", "listing for", *CLIENT_LABELS), "company"),
    **dict.fromkeys(
        ("location", "locations", "location(s)", "job location", "job locations", "work location", "based in",
         "office location", "place of work", "duty station", "duty location", "duty locations", "city", "office",
         "work site", "worksite", "site",
         "city/state", "city / state", "plant location", "facility location", "assignment location", "clinic location",
         "store location", "branch location", "campus", "campus location", "primary location"),
        "location"),
    **dict.fromkeys(
        ("employment type", "job type", "type of employment", "contract type", "type", "employment", "schedule",
         "work schedule", "position type", "type of contract", "hours", "contract", "time type", "worker type",
         "status", "employment status", "job status", "position status", "type of work", "work type", "hours per week"),
        "employment_type"),
    **dict.fromkeys(
        ("salary", "salary range", "pay", "pay range", "compensation", "compensation range", "base salary", "wage",
         "hourly rate", "rate", "remuneration", "stipend", "pay rate"), "salary"),
    **dict.fromkeys(
        ("posted", "date posted", "posted on", "published", "publication date", "posting date", "date",
         "opening date", "open date", "date updated", "last updated", "updated"),
        "date_posted"),
    **dict.fromkeys(
        ("closing date", "deadline", "application deadline", "apply by", "applications close", "closes",
         "close date", "expires", "expiry date", "valid through", "valid until", "closing", "posting closes",
         "posting close date", "posting end date"), "valid_through"),
    **dict.fromkeys(("url", "link", "job url", "posting url", "job link"), "url"),
    **dict.fromkeys(
        ("hiring manager", "reports to", "reporting to", "line manager", "contact", "contact person", "hiring contact"),
        "hiring_manager",
    ),
    **dict.fromkeys(("team", "department", "hiring team"), "team"),
}  # fmt: skip
"""A label's words (lower case) → the field its value is."""
LABEL = re.compile(r"^(?:[-*•]\s+)?([A-Za-z][A-Za-z ()/'’-]{0,30}?)\s*(?:[:：](?:\s+|(?=[A-Z0-9$€£]))|\s+\|\s+)(\S.*)$")
"""A labelled line: the label, then its value after a colon or a bar. A label set in bold with its value run on
after the bold (``**Location:**Toronto``, as a careers page's ``<strong>`` reads in Markdown) has no space after
its colon; its value opens with a capital, a digit or a currency sign, which a link's ``https://`` does not."""


NAME = r"[A-Z0-9][\w&'’.+™®-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.+™®-]*|&|of(?:[ \t]+the)?|and|de|du|la|für|for))*"
"""A name as written: capitalised words, with the small words names keep ("University of X", "Bank of the West") and
the trade mark signs a brand writes after it ("EVERY™"), which :func:`trim` takes off."""
START = r"(?:^|(?<=[.!?:;]\s)|(?<=[.!?]\s\s)|(?<=\n))\s*"
_LEADING = re.compile(r"^(?:(?:At|In|For|With|Join|Here|About|Why|Today|Now|Currently|Also|And|But|So)\s+)+")


_APPOSITIVE = r"(?:an?|the|one[ \t]+of)[ \t][^.!?;:()\n]{1,160}?"
"""What a sentence says of a name between commas, before its verb ("Acme, a nonpartisan newsroom, is hiring"): no
sentence ends in it."""


_LEGAL_FORM = rf"{plausible.LEGAL_SUFFIX}(?=[\s,])"
"""A company's legal form after a comma ("Acme Builders, Inc, a general contractor, is hiring"): no word of the
name a person calls it by."""


HIRING = re.compile(
    rf"{START}(?P<name>{NAME})(?:,?[ \t]+{_LEGAL_FORM})?(?:\s+\([^()\n]{{1,60}}\))?(?:,[ \t]+{_APPOSITIVE},)?"
    r"\s+(?:(?:is|are)\s+(?:now\s+|currently\s+|actively\s+)?"
    r"(?:hiring|looking\s+for|seeking|searching\s+for|recruiting|accepting\s+applications\s+for)"
    r"|invites\s+applications\s+for|seeks|has\s+(?:an?\s+)?(?:immediate\s+|urgent\s+)?need\s+for"
    r"|(?:is|are)\s+(?:growing|adding\s+to)\s+(?:the|its|our|their)\s+team)\b"
    r"(?:[ \t]+(?:an?|the|our|its|their)[ \t]+"
    r"(?P<title>[A-Z][\w/&+'’.-]*(?:,?[ \t]+(?:[A-Z][\w/&+'’.-]*|of|in|for|and|&))*))?",
    re.M,
)
"""``Acme is hiring …``, ``Acme is looking for a Data Engineer``, ``Lane County invites applications for the position
of:`` (a public employer's posting, NEOGOV's), ``Acme seeks an editor`` (as news sites head the postings they carry),
``Acme has an immediate need for …``, ``Acme, the fastest growing cheese brand, is adding to the team!``:
the company, and a title in capitals; an aside in brackets after the name ("Acme (NYSE: ACME) is hiring") is none of
it."""


SMALL_WORDS = re.compile(r"(?:\s+(?:of|in|for|and|&|de|du|la|für))+$|[,.]+$")


_A_PUBLIC_BODYS_THE = re.compile(
    r"^The\s+(?=(?:City|County|Town|Village|State|Commonwealth|Borough|Township|Port|Municipality|Parish|Province"
    r"|District)\s+of\s+[A-Z])"
)
"""The article a sentence sets before a public body named for its place ("The City of Bellevue is an equal
opportunity employer", "The County of Kern is seeking …"): the body calls itself "City of Bellevue", on its
letterhead, its careers site and its tab title; a firm's "The" is its name's ("The Home Depot", "The Bank of the
Ozarks")."""


def trim(name: str) -> str:
    """A name without the sentence's small words around it (:data:`_A_PUBLIC_BODYS_THE` too); an abbreviation's full
    stop ending it stays ("Brightway Media Ltd.")."""
    name = _LEADING.sub("", name.strip().replace("™", "").replace("®", ""))
    name = _A_PUBLIC_BODYS_THE.sub("", name)
    if plausible.ends_abbreviated(name.rstrip(" ,'’")):
        return name.strip(" ,'’")
    return SMALL_WORDS.sub("", name).strip(" .,'’")


def names_in(text: str) -> Counter[str]:
    """Every capitalised name in ``text``, and how often it stands there."""
    return Counter(trim(m.group(0)) for m in re.finditer(NAME, text))
