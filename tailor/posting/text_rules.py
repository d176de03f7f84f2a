"""The rules that read a posting's details from its text: labels, a job board's header, the title's
heading, and the sentences and headings that name the employer.

Each rule takes a :class:`~tailor.posting.lines.Page` and offers values by field, best first, not yet
checked; :mod:`tailor.posting.find_details` tries them in the order of its ``RULES`` and checks each
value with :mod:`tailor.posting.plausible`. Pure text processing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from tailor.posting import plausible
from tailor.posting.details import Field
from tailor.posting.domains import complete, from_addresses
from tailor.posting.lines import LABEL, LABELS, LINK_TARGET, NAME, SMALL_WORDS, START, Page, trim


def _labels(page: Page) -> dict[Field, list[str]]:
    """``Job title: Data Engineer``, ``**Location:** Berlin``, a table row ``Salary | €70,000``."""
    offers: dict[Field, list[str]] = {}
    for line in page.lines:
        m = LABEL.match(line.text)
        if m and (field := LABELS.get(" ".join(m.group(1).lower().split()))):
            offers.setdefault(field, []).append(m.group(2))
    return offers


_CHIP = re.compile(r"`([^`]+)`")
_CHIP_SPLIT = re.compile(r"\s+[·•|—–]\s+|\s+-\s+(?=[A-Z])|\s*\|\s*")
_LOCATION_EMOJI = "🌎🌍🌏📍🗺"
_SALARY_EMOJI = "💰💵💲💶💷"
_COMPANY_EMOJI = "🏢🏛"
_REMOTE = re.compile(r"^(?:fully |100% )?(?:remote|hybrid|on-?site|in-office|anywhere|worldwide|telecommute)\b", re.I)
_LEGAL_SUFFIX = r"(?:Inc|Ltd|LLC|GmbH|AG|SA|S\.A|plc|Corp|Co|BV|B\.V|SE|SAS|Pty)\.?"
_PLACE_LIKE = re.compile(
    rf"^(?!.*,\s*{_LEGAL_SUFFIX}$)[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}"
    r"(?:,\s*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}){1,2}(?:\s*\([^)]*\))?$"
)
"""``Roswell, New Mexico``, ``Berlin, Germany``, ``New York, NY (Hybrid)``: places as boards write them."""
_PLACE_WORDS = re.compile(r"^[A-Z][^\W\d_]*(?:[ -](?:[A-Z][^\W\d_]*|or|and|remote|hybrid|\([^)\d]*\))){0,5}$")
"""``Berlin``, ``Zürich or remote (Europe)``: a place after the company on the line under the title."""


def _board_header(page: Page) -> dict[Field, list[str]]:
    """The lines right under the title, as job boards set them: the company on the first, then the
    location, pay and kind of employment (``Acme · Berlin, Germany · Full-time``; chips such as
    `` `💰 $120k` `🌎 Remote, US` ``), and the title's own link."""
    offers: dict[Field, list[str]] = {}
    if page.title_line is None:
        return offers
    index = page.title_line[0]
    for target in LINK_TARGET.finditer(page.lines[index].raw):
        offers.setdefault("url", []).append(target.group(2) or target.group(3) or target.group(4) or "")
    seen = 0
    for n, line in enumerate(page.lines[index + 1 :], start=index + 1):
        if seen == 4:
            break
        if not line.text:
            continue
        if plausible.is_navigation(line.text):
            # "Apply here" under the title: its link is where the posting lives.
            for target in LINK_TARGET.finditer(line.raw):
                offers.setdefault("url", []).append(target.group(2) or target.group(3) or target.group(4) or "")
            continue
        chips = [c.strip() for c in _CHIP.findall(line.raw)]
        if line.kind is not None or not (line.short or chips) or n >= page.end_of_top:
            break
        seen += 1
        chips = chips or _CHIP_SPLIT.split(line.text)
        for i, chip in enumerate(c for c in chips if c.strip()):
            field, value = _chip(chip)
            if field is None and seen == 1 and i == 0:
                field = "company"  # the first thing under the title, when it is no place, pay or type
            elif field is None and seen == 1 and _PLACE_WORDS.match(value):
                field = "location"  # after the company on its line: "Acme · Zürich or remote (Europe)"
            if field is not None:
                offers.setdefault(field, []).append(value)
    return offers


def _chip(chip: str) -> tuple[Field | None, str]:
    """What one piece of a board's header line states, by its emoji or its shape."""
    text = chip.strip()
    mark, rest = text[:1], text[1:].strip()
    if mark in _LOCATION_EMOJI:
        return "location", rest
    if mark in _SALARY_EMOJI:
        return "salary", rest
    if mark in _COMPANY_EMOJI:
        return "company", rest
    text = plausible.words(text) if not text[:1].isalnum() and text[:1] not in "$€£~" else text
    if plausible.employment_type(text):
        return "employment_type", text
    if plausible.salary(text) and plausible.SALARY.search(text):
        return "salary", text
    if _REMOTE.match(text) or _PLACE_LIKE.match(text):
        return "location", text
    return None, text


def _heading(page: Page) -> dict[Field, list[str]]:
    """The first heading or masthead line that reads as a job title; "… at Acme" in it names the company."""
    if page.title_line is None:
        return {}
    title = page.title_line[1]
    m = re.search(rf"\s(?:at|@)\s+({NAME})\s*$", title)
    if m is None:
        return {"title": [title]}
    return {"title": [title[: m.start()].strip()], "company": [m.group(1)]}


_HIRING = re.compile(
    rf"{START}(?P<name>{NAME})\s+(?:is|are)\s+(?:now\s+|currently\s+|actively\s+)?"
    r"(?:hiring|looking\s+for|seeking|searching\s+for|recruiting)\b"
    r"(?:[ \t]+(?:an?|the|our|its|their)[ \t]+"
    r"(?P<title>[A-Z][\w/&+'’.-]*(?:,?[ \t]+(?:[A-Z][\w/&+'’.-]*|of|in|for|and|&))*))?",
    re.M,
)


def _hiring_phrase(page: Page) -> dict[Field, list[str]]:
    """``Acme is hiring …``, ``Acme is looking for …``, ``Acme is seeking …``: the company; and the title when
    the phrase is a line of its own (``Acme is looking for a Engineering Manager`` as a heading). In a
    paragraph the words after "a" are often the title shortened ("a HPC Engineer responsible for …")."""
    offers: dict[Field, list[str]] = {}
    lines = {line.text.rstrip(".!: ") for line in page.lines if line.short}
    for m in _HIRING.finditer(page.plain):
        name = trim(m.group("name"))
        if name.lower() not in ("we", "we're"):
            offers.setdefault("company", []).append(complete(name, page))
        if m.group("title") and m.group(0).strip().rstrip(".!: ") in lines:
            offers.setdefault("title", []).append(SMALL_WORDS.sub("", m.group("title")))
    return offers


_ABOUT = re.compile(
    rf"^(?i:about|why|working at|life at|welcome to)\s+(?P<name>{NAME})\s*[?!.:]?$"
    rf"|^(?i:who we are|about us|our company|our story)\s*[:–—-]\s*(?P<name2>{NAME})\s*$"
)


def _about(page: Page) -> dict[Field, list[str]]:
    """A heading ``About Acme``, ``Why Acme?``, ``Who we are: Acme``."""
    names = []
    for line in page.lines:
        if line.heading and (m := _ABOUT.match(line.text)):
            names.append(m.group("name") or m.group("name2"))
    return {"company": [complete(n, page) for n in names]}


_AT_COMPANY = re.compile(
    rf"{START}(?:At|Here at)\s+(?P<name>{NAME}?)\s*,?\s+(?:we|we're|we’re|our|us)\b"
    rf"|\b(?:Join|join)\s+(?P<joined>{NAME})\s*[,!.]\s",
    re.M,
)


def _at_company(page: Page) -> dict[Field, list[str]]:
    """``At Acme, we …``, ``Here at Acme, our …``; near the top, ``Join Acme!``."""
    names = []
    for m in _AT_COMPANY.finditer(page.plain):
        if m.group("name"):
            names.append(m.group("name"))
        elif m.start() < 1000:
            names.append(m.group("joined"))
    return {"company": [complete(trim(n), page) for n in names]}


_ORGANISATION = re.compile(
    r"\b(?:University|Universität|Université|Universidad|Università|Institute|Institut|College|School|Centre"
    r"|Center|Laboratory|Laboratories|Labs|Hospital|Clinic|Foundation|Museum|Library|Council|Agency|Ministry"
    rf"|Department|Faculty|Academy|Society|Trust|Corporation|{_LEGAL_SUFFIX}(?=\s|$))"
)


def _organisation(page: Page) -> dict[Field, list[str]]:
    """A line at the top that names an organisation: ``Centre for Neuroscience, University of Waterloo``."""
    names = []
    for i in page.candidate_lines:
        line = page.lines[i]
        if line.kind is None and _ORGANISATION.search(line.text) and not LABEL.match(line.text):
            names.append(line.text)
    return {"company": names}


_EEO = re.compile(
    rf"{START}(?P<name>{NAME})\s+is\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)?(?i:equal\s+(?:employment\s+)?opportunit)",
    re.M,
)


def _eeo(page: Page) -> dict[Field, list[str]]:
    """``Acme is an equal opportunity employer``."""
    return {"company": [complete(trim(m.group("name")), page) for m in _EEO.finditer(page.plain)]}


_EMPLOYER_VERBS = re.compile(
    rf"{START}(?P<name>{NAME})(?:,\s[^,]{{1,40}},)?\s+(?:offers|provides|will\s+(?:provide|offer|support|sponsor|cover)"
    r"|sponsors|employs|was\s+founded|is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:company|leader|organi[sz]ation"
    r"|provider|platform|startup|start-up|firm|employer|business|agency|non-?profit|institution|network))\b",
    re.M,
)


def _company_sentence(page: Page) -> dict[Field, list[str]]:
    """The subject of at least two sentences that speak for the employer: ``Flint offers …``,
    ``Flint will provide …``. One such sentence could be about a product or a client."""
    counts = Counter(trim(m.group("name")) for m in _EMPLOYER_VERBS.finditer(page.plain))
    return {"company": [complete(name, page) for name, n in counts.most_common() if n >= 2]}


TEXT_RULES: dict[str, Callable[[Page], dict[Field, list[str]]]] = {
    "label": _labels,
    "board-header": _board_header,
    "heading": _heading,
    "hiring-phrase": _hiring_phrase,
    "about": _about,
    "at-company": _at_company,
    "organisation": _organisation,
    "email": lambda page: from_addresses(page, "email"),
    "link": lambda page: from_addresses(page, "link"),
    "eeo": _eeo,
    "company-sentence": _company_sentence,
}
