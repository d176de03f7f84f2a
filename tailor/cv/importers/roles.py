"""Entries of experience, projects and volunteering → roles: title, employer, place, dates and bullets."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tailor.cv import dates
from tailor.cv.ids import bullet_id, role_id
from tailor.cv.importers.clues import (
    CELL_SPAN,
    CELLS,
    DEGREE_WORDS,
    EMPLOYMENT_TERMS,
    OPENS_WITH_DATE,
    ORGANISATION_WORDS,
    ROLE_DETAILS,
    SENTENCE_END,
    STREET,
    Span,
    find_span,
    is_city_and_code,
    is_clause,
    is_location,
    is_place,
    is_sentence,
    looks_like_organisation,
    looks_like_title,
    names_campus,
    us_place,
    words_of,
)
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.entries import (
    Entry,
    commas,
    entry_parts,
    labelled_detail,
    peel_places,
    split_commas,
    split_entries,
    table_entries,
)
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import TITLE_WORDS, Section, section_heading
from tailor.places import folded, is_city, regions, stands_alone

_QUALIFIER = re.compile(r"^(?:as [^:.]{1,40}|always):\s+", re.IGNORECASE)


def _place_apart(piece: str, parts: list[str]) -> list[str]:
    """``piece`` and the city it ends with as two pieces, when it is one name and a city with its code
    ("UnCruise Adventures, Seattle WA"), or the city alone (" Seattle WA" of a line of its own)."""
    found = commas(piece)
    if len(found) == 2 and is_city_and_code(found[1].strip()):
        return [found[0].strip(), found[1].strip()]
    return [piece]


_FULL_STOP = re.compile(r"\.\s+(?=[A-Z])")


def _address_apart(piece: str) -> str:
    """``piece`` without the house number and street it holds ("4100 Industrial Parkway, Omaha, NE 68117" →
    "Omaha, NE"), as a federal résumé gives each employer's postal address: the town stays as where the work
    was, the street and the postal code are no part of a résumé's role line."""
    kept = [
        p.strip()
        for p in piece.split(",")
        if not (STREET.fullmatch(_UNIT.sub("", p.strip())) or BUILDING.fullmatch(p.strip()))
    ]
    return _ZIP.sub(r"\1", ", ".join(kept))


_UNIT = re.compile(r"\.?(?:\s+(?:Suite|Ste\.?|Unit|Bldg\.?|Building|#)\s*[\w-]+)?$")
BUILDING = re.compile(
    r"(?:Suite|Ste\.?|Unit|Bldg\.?|Building|Room|Rm\.?|Floor)\s*#?\s*\d[\w-]*|(?:The\s+)?(?:[A-Z][\w'.-]*\s+){1,3}Building"
)
"""A building, suite or room on a line of an employer's address of its own ("Building 4200", "Suite 310", "The
Strawbridge Building"), as a federal résumé writes it over the street: no part of the employer's name."""
"""What may follow a street's name: a full stop, a suite, unit or building ("Suite 200", "Bldg 3")."""
_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?$")
"""A US ZIP code after its state's code ("NE 68117"), which a role's place leaves out."""


def _one_line_roles(entries: list[Entry]) -> list[Entry]:
    """``entries``, with a list of roles written one to an item ("2015 – 2018. Senior Research Fellow.
    School of Mathematics, University of Sydney.") as one role per item: each item's dates are its
    own, its sentences the pieces of its title, employer and place."""
    out: list[Entry] = []
    for entry in entries:
        spans = [find_span(line.text) for line in entry.body]
        if entry.header or entry.span or not entry.body or not all(line.item for line in entry.body):
            out.append(entry)
        elif all(
            span is not None and OPENS_WITH_DATE.match(line.plain) for line, span in zip(entry.body, spans, strict=True)
        ):
            for line, span in zip(entry.body, spans, strict=True):
                assert span is not None
                rest = "\t".join(p.strip(" .") for p in _FULL_STOP.split(span.rest) if p.strip(" ."))
                out.append(Entry([replace(line, text=rest, marked=rest, item=False)], span))
        elif all(_role_line_item(line, span) for line, span in zip(entry.body, spans, strict=True)):
            # "• Volunteer Hygienist, Oregon Mission of Mercy, 2016 – 2024": each item a role's line, as it would be
            # unbulleted, its years its own.
            out += [Entry([replace(line, item=False)], span) for line, span in zip(entry.body, spans, strict=True)]
        else:
            out.append(entry)
    return out


_PIECES_APART = re.compile(r"\s*,\s+|\s+[–—|-]\s+")
"""What parts a role's line written as one item: a comma, or a dash or bar between spaces."""


def _role_line_item(line: Line, span: Span | None) -> bool:
    """Whether the list item ``line`` is a role's whole line, its years ``span`` at its end: no sentence, and before
    the years two pieces or more apart, a title's and an organisation's, none of them a claim ("Volunteer Hygienist,
    Oregon Mission of Mercy, 2016 – 2024"; not "Screened 300 children a year, 2017 – 2019")."""
    if span is None or span.start is None or not re.search(r"(?:(?:19|20)\d\d|present|current)\W*$", line.plain, re.I):
        return False
    pieces = [piece for piece in _PIECES_APART.split(span.rest.strip(" ,–—-")) if piece]
    return len(pieces) >= 2 and not is_sentence(line.plain) and not any(is_clause(piece) for piece in pieces)


_TITLES_APART = re.compile(r"\s*;\s*|(?<=\))\s*,\s*|(?<=\))\s+[|•·]\s+")
"""What sets apart titles held in turn, each with its years, on one line: a semicolon, or a comma, bar or bullet after
a bracket that closes a title's years ("Department Chair (2020 – Present), Teacher (2016 – 2020)", "Account
Executive (2020 – 2022) | Sales Development Representative (2019 – 2020)")."""
_EMPHASIS = re.compile(r"^(\*{1,3})(?=\S)(.*\S)\1$")


def _titles_in_turn_apart(lines: list[Line]) -> list[Line]:
    """``lines``, with a line of titles held in turn at one employer, each with its years ("Science Department Chair
    (2020 – Present); Chemistry Teacher (2016 – 2020)"), as one line for each title, as a résumé stacks them: its last
    title's years are no role's span of its own, and the rest of the line no employer ("Science Department Chair
    (2020")."""
    out: list[Line] = []
    for line in lines:
        pieces = [p for p in _TITLES_APART.split(line.plain) if p]
        spans = [find_span(p) for p in pieces] if len(pieces) > 1 and not line.item and not line.heading else []
        if spans and all(
            span is not None and not span.single and span.rest and find_span(span.rest) is None
            and _ends_in_a_job(span.rest.strip(" ,(–—-").partition(", ")[0])
            for span in spans
        ):  # fmt: skip
            emphasis = _EMPHASIS.match(line.marked)
            mark = emphasis.group(1) if emphasis and "*" not in emphasis.group(2) else ""
            out += [replace(line, text=p, marked=f"{mark}{p}{mark}") for p in pieces]
        else:
            out.append(line)
    return out


_FACTS = 3
"""How many facts, set apart by bars or dots, a line under a project's name holds at least to be read as its
facts ("$18M | 64,000 SF | Design-Build | 2018–2019"): a role's line has its title, employer and place."""


def _facts(entry: Entry) -> str | None:
    """The line of facts under a project's name, without its dates ("$42M | 96,000 SF | CM at Risk | 2021–2024"
    under "Riverside Hospital – East Wing"), word for word, when the entry's header is that name over that line;
    None otherwise."""
    if len(entry.header) != 2 or entry.span is None:
        return None
    name, line = entry.header
    if find_span(name.text) is not None or CELLS.search(name.plain) or find_span(line.text) != entry.span:
        return None
    found = re.split(f"({CELLS.pattern})", line.marked)
    if any("\t" in separator for separator in found[1::2]):
        return None  # a tab parts a table's columns, which other rules read
    # Each fact with the mark that follows it, but the dates: the rest is kept as written.
    kept = [
        (cell, mark)
        for cell, mark in zip(found[0::2], [*found[1::2], ""], strict=True)
        if cell.strip() and not ((dated := find_span(cell)) is not None and not dated.rest.strip())
    ]
    if len(kept) < _FACTS:
        return None
    return "".join(cell + mark for cell, mark in kept[:-1]) + kept[-1][0].strip()


_TOOLS_AFTER_BAR = re.compile(r"\s+\|\s+")


def _project_and_tools(entry: Entry) -> tuple[str, str] | None:
    """A project's name and the tools it was built with, from a header line that sets them apart by a bar ("ShiftSense
    | Python, Flask, React", as Jake's résumé template and the many made from it write every project), the tools word
    for word with their emphasis; None where the line is no such pair: the part after the bar lists two things or more,
    each of a few words, one at least a skill tailor knows, and neither part names a job, an organisation or a place."""
    from tailor.lexicon import bundled_lexicon

    if not entry.header:
        return None
    line = entry.header[0]
    text, marked = line.text.split("\t")[0], line.marked.split("\t")[0]
    pieces, marks = _TOOLS_AFTER_BAR.split(text.strip()), _TOOLS_AFTER_BAR.split(marked.strip())
    if len(pieces) != 2 or len(marks) != 2:
        return None
    name, tools = pieces
    items = [item.strip() for item in tools.split(",")]
    if (
        len(items) < 2
        or any(not item or len(item.split()) > 3 or is_place(item) for item in items)
        or not any(item.lower() in bundled_lexicon().names for item in items)
        or find_span(tools) is not None
        or looks_like_title(name)
        or looks_like_organisation(name)
        or looks_like_organisation(tools)
    ):
        return None
    return name.strip(), marks[1].strip()


_NAME_THEN_FACTS = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+(?P<facts>\S.*)$")
_FIGURE = re.compile(r"\d")


def _name_and_facts(entry: Entry) -> tuple[str, str] | None:
    """A project's name and its facts when its one dated line gives both, a dash between them ("Riverside Medical
    Pavilion – 5-story MOB, 142,000 SF, $64M, CM at-risk (2021–2023)"): :data:`_FACTS` facts or more apart by
    commas or bars, two of them figures (its size, its cost), which no employer and place are. None otherwise."""
    if len(entry.header) != 1 or entry.span is None or "\t" in entry.span.rest.strip():
        return None  # a tab parts a table's columns, which other rules read
    found = _NAME_THEN_FACTS.match(entry.span.rest.strip(" ,\t"))
    if found is None:
        return None
    pieces = [piece for piece in re.split(r",\s+|\s+\|\s+", found["facts"]) if piece.strip()]
    if len(pieces) < _FACTS or sum(bool(_FIGURE.search(piece)) for piece in pieces) < 2:
        return None
    return found["name"].strip(), found["facts"].strip()


def _held(entry: Entry, role: str, employer: str, location: str) -> tuple[str, str, Span] | None:
    """The employer, place and years of a dated line that names only where the work was, over the first of
    the titles held there ("Shift4 | Allentown, PA | 2010 – 2023" / "Senior Manager"); None for a role's own line."""
    if entry.span is None or len(entry.header) != 2 or not (role and employer):
        return None
    dated, title = entry.header
    if find_span(dated.text) != entry.span or not looks_like_title(title.plain) or looks_like_title(entry.span.rest):
        return None
    return (employer, location, entry.span) if _employer_line(employer, location) else None


_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def _employer_line(employer: str, location: str) -> bool:
    """Whether a heading over titles names an employer (an organisation's word, or a place beside it),
    not a kind of entry ("Technical Projects", "Fellowships & Grants"); a bracket after the place says how the work
    was done there ("Portland, OR (Remote)") and leaves it a place."""
    last = _BRACKET_AFTER.sub("", location).rpartition(",")[2].strip()
    return looks_like_organisation(employer) or bool(last and (is_place(last) or is_city_and_code(last)))


_PIECES = re.compile(r"\s+[–—|·•-]\s+|\t")


def _employer_over_title(entry: Entry) -> tuple[str, str, str] | None:
    """(title, employer, place) of a header that is an employer's line and its place, undated, over a line of the
    titles held there with their dates ("JOLIET JUNIOR COLLEGE – Joliet, IL" / "Adjunct Instructor, EMS Program,
    08/2018 – Present"); None for any other header."""
    if len(entry.header) != 2 or entry.span is None:
        return None
    first, second = entry.header
    if find_span(first.text) is not None or find_span(second.text) != entry.span:
        return None
    if (found := _employer_with_place(first.text)) is None:
        return None
    employer, place = found
    title = entry.span.rest.strip(" ,|·–—-\t")
    titles = [p.strip() for p in _PIECES.split(title)]
    # An employer whose name has no organisation's word ("Southern Skies Charter") is one still where the line
    # names no title, and the title under it is plainly one.
    named = looks_like_organisation(employer) or (not looks_like_title(employer) and looks_like_title(titles[0]))
    if not (place and named) or "," in employer:
        return None
    # The title opens the line under it ("Adjunct Instructor, Emergency Medical Services Program"): no organisation.
    # A dash there sets apart what the title was held on or over ("Pilot in Command – King Air B200"), as it does on
    # a title's line over its employer's (_title_over_employer), unless that piece is an organisation's name.
    head = commas(title)[0].strip() if title else ""
    if not (head and looks_like_title(titles[0])) or looks_like_organisation(head):
        return None
    if not all(looks_like_title(t) or not looks_like_organisation(t) for t in titles[1:]):
        return None
    return title, employer, place


def _employer_with_place(line: str) -> tuple[str, str] | None:
    """The employer and its place on a line of their own ("Allegheny Family Pet Hospital – Wexford, PA", "JOLIET
    JUNIOR COLLEGE – Joliet, IL"): two pieces, the second a place, or one piece with the place at its end (the place
    empty where none is); None for a line of more pieces, and for a place alone ("Raleigh, NC", what a dated line
    under a title leaves), which names no employer."""
    pieces = [p.strip(" ,") for p in _PIECES.split(line) if p.strip(" ,")]
    if len(pieces) == 2 and (is_location(pieces[1]) or is_place(pieces[1])):
        return pieces[0], pieces[1]
    if len(pieces) == 1 and not _dates_or_place(pieces[0]):
        return peel_places(pieces[0])
    return None


def _title_over_employer(entry: Entry) -> tuple[str, str, str, bool] | None:
    """(title, employer, place, sure) of a header that is a dated line of the title, whole, over a line of the
    employer and its place ("Veterinary Technician – Dental Lead   Aug 2014 – May 2017" / "Allegheny Family Pet
    Hospital – Wexford, PA"), or the title's line over the employer's over the dates alone, sure where the employer
    reads as an organisation's name; None for any other header.

    The line under the title names where the work was, so a dash on the title's own line sets apart what the title
    was over ("Dental Lead", "Payments Team"), no employer; unless a piece there reads as an organisation
    ("Registered Nurse – Mercy Hospital" over "Cardiac ICU – Dayton, OH"), which other rules read."""
    if entry.span is None or len(entry.header) not in (2, 3):
        return None
    first, second, *dates = entry.header
    employer_line = second.plain
    if dates:
        # A job board's résumé (Indeed's) sets the dates alone on a third line: "Fuel Delivery Driver - Class A" /
        # "Prairie State Petroleum - Plainfield, IL" / "April 2018 to March 2021". The title's line is then undated.
        alone = find_span(dates[0].plain)
        if alone != entry.span or alone.rest.strip(" ,|·–—-\t") or find_span(first.plain) is not None:
            return None
        title = first.plain
    elif find_span(first.plain) is None and find_span(second.plain) == entry.span:
        # The title alone over the employer's line with the dates: "CNC Machinist Lead – 2nd Shift" / "Maumee
        # Precision Components, Maumee, OH | June 2020 – Present".
        title, employer_line = first.plain, entry.span.rest.strip(" ,|·–—-\t")
    elif find_span(first.plain) != entry.span:
        return None
    else:
        title = entry.span.rest
    if find_span(employer_line) is not None or (found := _employer_with_place(employer_line)) is None:
        return None
    employer, place = found
    # A slash on the title's line parts two titles of the job ("Lathe Operator / Setup"), as a dash sets apart what
    # it was over: the employer is the line's under it.
    pieces = [h.strip() for p in _PIECES.split(title.strip(" ,|·–—-\t")) for h in _SLASH.split(p) if h.strip()]
    if len(pieces) < 2 or not (place and employer) or "," in employer or looks_like_title(employer):
        return None
    head, *over = pieces
    # A piece that reads as an organisation's name and as no title ("Mercy Hospital") is an employer's.
    if not looks_like_title(head) or any(looks_like_organisation(p) and not looks_like_title(p) for p in over):
        return None
    return _joined_titles([head, *over], first.plain), employer, place, looks_like_organisation(employer)


def _undated_heading(line: Line, under: Line, employer: str, role: str, location: str) -> bool:
    """A line without dates over the line ``under`` it that heads the titles held there: it stands out as
    a heading (marked as one, bold, or set in larger type, as LinkedIn's profile PDF sets an employer over
    its titles), or it names the employer (and place) alone, a title on the line under it, as a plain
    text résumé writes "Acme Health, Columbus, OH" over "Senior Analyst   Mar 2022 - Present"."""
    if find_span(line.text) is not None:
        return False
    if line.heading or line.bold or line.size > under.size + 0.5:
        return True
    alone = bool(employer and role) and employer in line.plain and role not in line.plain and role in under.plain
    return alone and _employer_line(employer, location)


def _title_alone(header: list[Line]) -> bool:
    """Whether ``header`` is a title alone over nothing but its dates and its place."""
    first, *rest = (line.plain for line in header)
    span = find_span(first)  # "HR Generalist    Nov 2019 - Mar 2022": the title beside its dates
    title = span.rest.strip(" ()|·,-–—") if span is not None else first
    return (
        looks_like_title(title)
        and not any(mark in title for mark in ",:")  # "Chess Club: Treasurer" names where it was held
        and all(_dates_or_place(text) for text in rest)
    )


def _title_and_qualifier(entry: Entry, role: str, employer: str, location: str) -> bool:
    """Whether ``entry``'s one line is a title, a comma, and a few words that are no organisation or place, with its
    dates ("First Officer, CRJ-900   2016 - 2019", "Staff Nurse, ICU | 2019 - 2022"), read as a title and its
    employer: under an employer's heading, they are one title, held there."""
    if len(entry.header) != 1 or entry.span is None or not (role and employer) or location:
        return False
    text = entry.span.rest.strip(" ()|·,-–—\t")
    return (
        text == f"{role}, {employer}"
        and looks_like_title(role)
        and len(employer.split()) <= 3
        and not (looks_like_organisation(employer) or is_place(employer) or is_location(employer))
    )


def _dates_or_place(text: str) -> bool:
    """ "March 2022 - Present", "Reno, Nevada, United States", "Austin, TX": a line of dates alone, or a place alone."""
    span = find_span(text)
    if span is not None:
        return not span.rest.strip(" ()|·,-–—")
    return is_place(text) or _town_region_country(text) or (text.count(",") == 1 and is_location(text))


def _joined_titles(titles: list[str], text: str) -> str:
    """The titles of one role as the header writes them together ("Production Planner - Shipping
    Coordinator"); the first alone when the header does not hold them in that order."""
    start = text.find(titles[0])
    end = text.find(titles[-1], start + len(titles[0])) if start >= 0 else -1
    return text[start : end + len(titles[-1])] if end >= 0 else titles[0]


_SLASH = re.compile(r"\s+/\s*|\s*/\s+")
"""A slash with a space on one side at least: "Apple / UX Designer", and "Apple /UX Designer" as a PDF reader that
lost the space after it gives; not the slash of "UI/UX"."""


def _title_halves(part: str) -> list[str]:
    """A piece that holds a title and an employer parted by a slash or a colon ("Community Manager / URPS",
    "CAIS Group: Senior Backend Developer"), as two pieces, when only one half reads as a title."""
    halves = _SLASH.split(part)
    if len(halves) == 2 and "," not in part and [looks_like_title(h) for h in halves].count(True) == 1:
        return halves
    # After a colon the title, before it the employer; not a label ("AWARD:", "Supervisor:").
    employer, colon, title = part.partition(": ")
    if colon and looks_like_title(title) and not looks_like_title(employer) and employer.lower() not in _ENTRY_LABELS:
        return [employer, title]
    return [part]


_ENTRY_LABELS = frozenset(
    """award grant fellowship scholarship prize honour honor role position title project client employer company
    organisation organization supervisor advisor team department""".split()  # noqa: SIM905
)
"""Words that label what follows a colon on an entry's line ("AWARD: …", "Supervisor: …"), not an employer's
name ("ASOS: Technical Lead")."""


def _employer_and_place(piece: str) -> tuple[str, str] | None:
    """(employer, place) of a piece that is an organisation's name and its place, no title ("Brightline
    Logistics LLC, Oak Brook, IL", or any name before "Remote": "KSSDA, remote"); None for any other piece."""
    employer, place = peel_places(piece)
    named = looks_like_organisation(employer) or stands_alone(place)
    if place and "," not in employer and named and not looks_like_title(employer):
        return employer, place
    return None


_TOWN = re.compile(r"[A-Z][\w'.’-]*(?:[ -][A-Z][\w'.’-]*){0,2}")
"""A town's name: up to three capitalised words."""


def _org_then_town(piece: str) -> tuple[str, str] | None:
    """``Kirkstall Valley Academy, Leeds`` → (``Kirkstall Valley Academy``, ``Leeds``): an organisation's name
    and, after its one comma, a town tailor need not know, a few capitalised words that name no title or
    organisation; None for any other piece (a known place is :func:`peel_places`'s)."""
    head, comma, tail = piece.partition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or "," in tail or is_place(tail) or not _TOWN.fullmatch(tail) or names_campus(head, tail):
        return None
    if not looks_like_organisation(head) or looks_like_title(head) or looks_like_title(tail):
        return None
    return (head, tail) if not looks_like_organisation(tail) else None


_NEXT_TITLE = re.compile(r"^(?:and\s+)?(?:then|later|now|promoted\s+to|rising\s+to)\s+\S", re.IGNORECASE)
"""What opens the title a role led to, written after a comma ("Line Cook, then Sous Chef")."""


def _town_region_country(text: str) -> bool:
    """ "Reno, Nevada, United States": a town, then a state (or country) and a country by their names, as
    LinkedIn writes a place; the town is no employer, though tailor does not know it."""
    parts = [folded(p.strip()) for p in text.split(",")]
    return len(parts) == 3 and parts[1] in regions() and parts[2] in regions() and not looks_like_organisation(text)


def _employer_at(location: str) -> tuple[str, str] | None:
    """(employer, place) of a header's piece read as a place that names an employer before it ("Keystone
    Freight Logistics, Groveport, OH"); None for a place alone ("Dallas, Texas", "San Antonio, TX", "Reno,
    Nevada, United States", as LinkedIn writes a town with its state and country)."""
    employer, place = peel_places(location)
    if not employer or not place or _town_region_country(location):
        return None
    if location.count(",") >= 2 or len(employer.split()) >= 3 or looks_like_organisation(employer):
        return employer, place
    if is_city(place) and not is_place(employer):
        # "Vistula Interactive, Warsaw", "Pixel Foundry, London": no town stands before a large city, as one
        # stands before its state ("Dallas, Texas"), so the name before it is the employer's, whatever its words.
        return employer, place
    return None


def _titles_in_turn(piece: str) -> bool:
    """Whether ``piece`` is titles held in turn ("Line Cook, then Sous Chef", "Analyst, promoted to Manager"):
    every piece after a comma opens with the step to the next title, so none of them is an employer."""
    later = [p.strip() for p in commas(piece)[1:]]
    return bool(later) and all(_NEXT_TITLE.match(p) for p in later) and looks_like_title(piece)


def _role_fields(parts: list[str], text: str = "") -> tuple[str, str, str, bool]:
    """(role, employer, location, sure) from a role's header pieces, and the header's ``text`` they came from."""
    location = ", ".join(p for p in parts if is_location(p) or is_place(p))
    rest = [p for p in parts if not (is_location(p) or is_place(p))]
    rest = [p for piece in rest for p in _place_apart(piece, parts)]
    coded = [p for p in rest if is_city_and_code(p)]
    rest = [p for p in rest if not is_city_and_code(p)]
    if all(looks_like_title(p) and not looks_like_organisation(p) for p in rest):
        # "Android Developer — Spotlit AB": where the rest is only a title, a code that is a company's legal form
        # too (Sweden's AB, the Netherlands' NV) ends the employer's name, not a town's (Alberta, Nevada).
        named = [p for p in coded if p.split()[-1].lower() in ORGANISATION_WORDS]
        if rest and len(coded) == 1 and location and not stands_alone(location):
            # "Maintenance Technician — Nordvik Foods USA — Milwaukee, WI": a line that sets its place apart names
            # one place, so beside a title the other piece ending in a country's code is a company's national arm.
            named = coded
        rest += named
        coded = [p for p in coded if p not in named]
    location = ", ".join(x for x in (location, *coded) if x)
    if len(rest) == 1 and not _employer_at(location):
        # "Community Manager / URPS": a title and an employer, when only one half reads as a title
        # ("Developer / Designer" is two titles of one role). Where the line's place names the employer before it
        # ("Buckeye PC Repair, Worthington, OH" over "Help Desk / Bench Technician"), the slash parts two titles.
        rest = _title_halves(rest[0])
    if len(rest) == 1 and (formed := _LEGAL_NAME.match(rest[0])) and _a_place_or_none(formed["place"]):
        # "Brightwater Logistics, Inc. | Columbus, OH", "BRIGHTWATER LOGISTICS, INC., Columbus, OH": an organisation
        # whose comma sets its legal form apart, no title; the titles held there follow on lines of their own.
        return "", formed["name"], ", ".join(x for x in (formed["place"], location) if x), False
    if len(rest) == 1 and "," in rest[0] and (named := _employer_and_place(rest[0])):
        # "Brightline Logistics LLC, Oak Brook, IL": an organisation and where it is, no title; the titles
        # held there follow on lines of their own.
        return "", named[0], ", ".join(x for x in (named[1], location) if x), False
    employed = _employer_at(location) if len(rest) == 1 and "," in rest[0] and looks_like_title(rest[0]) else None
    if employed and "," in employed[1] and not is_place(employed[0]):
        # "Shift Supervisor, Outbound Operations | Keystone Freight, Groveport, OH": the other piece names the
        # employer before its town and region, so the comma of this one parts its title from the team it led, no
        # employer (a first place, "London, New York, & São Paulo", names none; nor does "Seattle & Redmond, WA").
        return rest[0], employed[0], employed[1], False
    if len(rest) == 1 and _organisations_only(rest[0]):
        # "Maple Ridge High School, Westerville City School District": a school and its district, a clinic and its
        # health system; no piece names a job, each an organisation: one employer, the titles on lines of their own.
        return "", rest[0], location, False
    if len(rest) == 1 and "," in rest[0] and not _titles_in_turn(rest[0]):
        role, employer, place = split_commas(rest[0], TITLE_WORDS, looks_like_organisation)
        # A piece that names neither a title nor an organisation, between the title and the employer, is the team
        # or unit the title is of, or the first part of the employer's name: the owner checks which, unless the
        # title surely ends before it ("Clinical Pharmacy Manager, Informatics, Riverside Regional Medical Center").
        over = commas(role)[-1].strip() if "," in role else ""
        unit = bool(over) and not words_of(over) & TITLE_WORDS and not _surely_the_title(role, [employer])
        unsure = unit or ("," in employer and not looks_like_organisation(commas(employer)[0].strip()))
        town = None if place or location else _town_after_comma(employer)
        if town and looks_like_organisation(town[0]) and not looks_like_organisation(town[1]):
            # "Preschool Teacher, Willowbank Learning Center, Ballarat", as résumé builders write a role's line: a
            # town tailor does not know after an organisation's name is where it is, as after a dash; the owner checks.
            (employer, place), unsure = town, True
        return role, employer, ", ".join(x for x in (place, location) if x), looks_like_title(role) and not unsure
    if len(rest) > 1:
        # A town tailor does not know after an organisation's comma is where it is only when the line names no
        # place it knows: "Department of Human Services, Child Welfare | Portland, OR" is a division of it.
        peeled = [(None if location else _org_then_town(p)) or peel_places(p) for p in rest]
        rest = [head for head, _ in peeled]
        location = ", ".join(x for x in (location, *(places for _, places in peeled)) if x)
    titles = [p for p in rest if looks_like_title(p) and not looks_like_organisation(p)]
    ending = [p for p in rest if _ends_in_a_job(p)]
    ended = len(rest) > 1 and len(ending) == 1 and ending[0] not in titles and not any(map(_ends_in_a_job, titles))
    # "Junior Achievement of Denver — Volunteer Mentor": a title's word in an organisation's name ("Junior") makes
    # two pieces read as titles; only the one that ends in a job's word is the title, whichever comes first.
    ended = ended or (len(titles) > 1 and len(ending) == 1 and ending[0] in titles)
    if ended:
        # "Pharmacy Tech | Maple Grove Senior Living": the one piece that ends in a job's word is the title, though
        # a word of it names an organisation too; a title's word inside a name ("Senior" of whom the employer
        # serves) makes no title of it. Sure as such a title beside names is ("Systems Engineer | Remote from
        # Florida" is for the owner to check).
        titles = ending
    # One piece that reads as a title, though as an organisation too ("Research Analyst", "Sales Associate"),
    # is the title where the place names the employer: no other piece is left to be it.
    alone = rest if len(rest) == 1 and looks_like_title(rest[0]) else titles
    if len(alone) == len(rest) >= 1 and (employed := _employer_at(location)):
        # "Superior Metals, Chittenago, NY — Production Planner - Shipping Coordinator": every piece but the
        # place is a title, so the place's first piece is the employer, and the titles are one role. Where one
        # title surely is one ("CHEF DE CUISINE" over "Brasserie Saint-Vincent, Chicago, IL"), the name before a
        # town and its region is the employer as surely as one with an organisation's word is ("… Hotel & Bistro").
        sure = len(alone) == 1 and location.count(",") >= 2 and _surely_the_title(alone[0], [employed[0]])
        return _joined_titles(alone, text), employed[0], employed[1], sure
    sure = bool(titles) and (not ended or _surely_the_title(titles[0], [p for p in rest if p != titles[0]]))
    if not titles:
        # "Senior Software Engineer — Ringtail Technology": both pieces read like an organisation's
        # name ("Software", "Technology"), but only one like a title; that one is the title.
        loose = [p for p in rest if looks_like_title(p)]
        titles = loose if len(loose) < len(rest) else []
        sure = len(titles) == 1 and _surely_the_title(titles[0], [p for p in rest if p != titles[0]])
    role = titles[0] if titles else (rest[0] if len(rest) > 1 else "")
    others = [p for p in rest if p != role]
    orgs = [p for p in others if p not in titles]
    employer = (orgs or others or [""])[0]
    extra = [p for p in others if p != employer]
    sure = sure and len(rest) == 2 and not extra
    # Beyond the title and the employer, a few words that name neither are where the work was
    # ("*08/2014 – 12/2014* | Saint-Petersburg", "· Ciudad de México, MX"), unless the line names its place
    # already: then they name a part of the employer ("Nationwide Children's Hospital – Outpatient Therapy,
    # Columbus, OH"). Anything else stays with the employer, for the owner to check.
    places = [
        p
        for p in extra
        if not location
        and len(p.split()) <= 4
        and ":" not in p
        and not (looks_like_title(p) or looks_like_organisation(p))
        and not _OWN_WORK.match(p)
    ]
    location = ", ".join(x for x in (location, *places) if x)
    extra = [p for p in extra if p not in places]
    if extra:
        employer = _as_written([employer, *extra], text)
    if sure and not location and (apart := _town_after_comma(employer)):
        # "Unity Developer — Pixel Orchard, Wrocław": a town tailor does not know, after the employer's comma, is
        # where the work was more often than part of a name; the owner checks which.
        (employer, location), sure = apart, False
    return role, employer, location, sure


def _organisations_only(piece: str) -> bool:
    """Whether ``piece`` is organisations' names set apart by commas, none of them a job's title or a place."""
    parts = [p.strip() for p in commas(piece)]
    return len(parts) > 1 and all(
        p and looks_like_organisation(p) and not looks_like_title(p) and not is_place(p) and not is_location(p)
        for p in parts
    )


def _surely_the_title(title: str, others: list[str]) -> bool:
    """Whether ``title``, the one piece of a role's line that reads as a title beside ``others``, surely is: it ends
    in a job's word (:func:`_ends_in_a_job`), as a title does and an organisation named for a trade ("Manager Tools
    Inc") does not, and every piece is a name ("Store Manager | Northgate Outfitters"; "Worked as a software
    engineer", "Remote from Florida" are not). Or it does before the comma that sets apart what the job was over
    ("Clinical Pharmacy Manager, Informatics & Antimicrobial Stewardship"), where the one other piece, the employer,
    plainly names an organisation and no title ("Riverside Regional Medical Center")."""
    # The employer's piece may end in the town it is in, after a comma ("Hotel Kalimera, Nafplio"): still a name.
    named = [apart[0] if (apart := _town_after_comma(other)) else other for other in others]
    if _ends_in_a_job(title) and all(map(_a_name, [title, *named])):
        return True
    head, comma, over = title.partition(", ")
    employer = others[0] if len(others) == 1 else ""
    return (
        bool(comma and head.split())
        and all(map(_a_name, [head, over, employer]))
        and words_of(head.split()[-1]) <= TITLE_WORDS
        and looks_like_organisation(employer)
        and not looks_like_title(employer)
    )


def _ends_in_a_job(title: str) -> bool:
    """Whether ``title`` ends in a job's word ("Executive Chef"), or in one and what the job is of ("Chef de
    Cuisine", "Director of Operations"), as French and English name a job by what it heads; an aside in brackets
    after it says how the job was held ("Quality Technician (Co-op)", "Nurse (Per Diem)"), and is no part of the
    question; nor is the grade after it ("Civil Engineer II", "Analyst 3"), which says the job's level."""
    words = _GRADE_AT_END.sub("", _ASIDE_AT_END.sub("", title)).split()
    ofs = [n for n, word in enumerate(words) if n and word.lower() in _OF_JOINS]
    return any(words_of(words[n - 1]) <= TITLE_WORDS for n in [len(words), *ofs[:1]])


_ASIDE_AT_END = re.compile(r"\s+\([^()]{1,30}\)\s*$")
"""A bracketed aside that closes a title ("(Co-op)", "(Contract)", "(Part-time)")."""
_GRADE_AT_END = re.compile(r"(?<=\w)\s+(?:I{1,3}|IV|VI{0,3}|[1-5])\s*$")
"""A grade that closes a title, in Roman numerals or digits ("Engineer II", "Analyst IV", "Developer 2")."""
_OF_JOINS = frozenset("of de du des di del della for".split())  # noqa: SIM905
"""The small words that join a job's word to what it heads ("Head of Sales", "Chef de Partie")."""


_LEGAL_NAME = re.compile(
    r"^(?P<name>[^,]+,\s*(?i:inc|llc|l\.l\.c|ltd|llp|l\.l\.p|plc|pllc|corp|gmbh)\.?)(?:,\s*(?P<place>.+))?$"
)
"""An organisation's name whose comma sets its legal form apart ("Acme Logistics, Inc."), and what follows it."""


def _a_place_or_none(text: str | None) -> bool:
    """Whether ``text``, after an organisation's name, is nothing or where it is ("Columbus, OH")."""
    return not text or is_location(text) or is_place(text) or is_city_and_code(text)


def _as_written(pieces: list[str], text: str) -> str:
    """``pieces`` of one name, as ``text`` writes them where they stand in turn with only marks between them
    ("Coastal Mutual Insurance Group – Legal Department": the dash kept, as the résumé wrote it), else joined by
    commas."""
    start = text.find(pieces[0])
    if start < 0:
        return ", ".join(pieces)
    end = start + len(pieces[0])
    for piece in pieces[1:]:
        at = text.find(piece, end)
        if at < 0 or _BETWEEN_PIECES.fullmatch(text, end, at) is None:
            return ", ".join(pieces)
        end = at + len(piece)
    return text[start:end]


_BETWEEN_PIECES = re.compile(r"\s*[,–—-]\s*")
"""What stands between two pieces of one name: a comma or a dash."""


def _town_after_comma(name: str) -> tuple[str, str] | None:
    """(name, town) of an employer's piece that ends in one or two capitalised words after a comma, none of them
    a title's, an organisation's or a degree's word, no number or abbreviation ("Pixel Orchard, Wrocław"), the name's
    own comma only that before its legal form ("Brennan & Oyelaran, P.C., Oak Brook", as law firms write theirs);
    None for "Acme, Inc.", "Ernst & Young, LLP" or a list of employers ("Chaucer, Omnifone, Centrica")."""
    from tailor.posting.plausible import without_legal_form

    head, comma, tail = name.rpartition(",")
    head, tail = head.strip(), tail.strip()
    # The town's name as its own people write it, in brackets after it ("Nafplio (Ναύπλιο)"), is the town's.
    words = _OWN_SCRIPT.sub("", tail).split()
    if not (comma and head and 1 <= len(words) <= 2) or re.search(r"[\d&.()/]", " ".join(words)):
        return None
    if "," in without_legal_form(head):  # a list of employers; "Brennan & Oyelaran, P.C." is one name
        return None
    if names_campus(head, tail):  # "University of Wisconsin, Madison": one name
        return None
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    if words_of(tail) & (TITLE_WORDS | ORGANISATION_WORDS | DEGREE_WORDS):
        return None
    return head, tail


_OWN_SCRIPT = re.compile(r"\s*\((?=[^()]*[^\x00-\x7f])[^()A-Za-z\d]+\)$")
"""A name in brackets in a script other than English's ("(Ναύπλιο)", "(서울)"): a place's own name for itself."""
_OWN_WORK = re.compile(r"^(?:self[- ]employed|freelance|independent(?: contractor)?)$", re.IGNORECASE)
"""Who a role was held for when it was work of one's own ("Event Chef | Freelance | 2015 – 2018"): never a place."""
_NAME_JOINS = frozenset("of and the for in at on de du la & +".split())  # noqa: SIM905


def _a_name(piece: str) -> bool:
    """Whether ``piece`` is written as a title or an organisation's name is: its words capitalised but for the
    small words that join them ("Bank of the West"), no comma or colon that parts it into more (a university's
    campus is part of its name: "University of California, San Diego")."""
    head, comma, campus = piece.partition(",")
    if comma and names_campus(head, campus):
        piece = head + campus
    return not any(mark in piece for mark in ",:") and all(
        word[:1].isupper() or not word[:1].isalpha() or word in _NAME_JOINS for word in piece.split()
    )


class _Steps:
    """A role of several titles: an employer's line with its years and no title, then each title held there
    with its own years and bullets ("Structural Engineer II  2012 – 2015"). They make one role, its titles
    in the order they were held ("Structural Engineer II » Project Engineer"), each title's bullets under
    it as their step (the bullets' ``role``), as tailor prints a progression. Titles stacked over bullets they
    share ("Senior Account Executive  2019 – 2020" over "Account Executive  2017 – 2018", then the bullets)
    leave those bullets the role's, with no step; the note gives each such title's years."""

    def __init__(self, role: dict[str, Any], where: tuple[str | int, ...], span: Span) -> None:
        self.role, self.where, self.span = role, where, span
        self.titles: list[tuple[tuple[int, int], str]] = []
        self.unstepped: list[str] = []  # titles whose years no bullet's step gives: "Account Executive, 2017 – 2018"

    def holds(self, span: Span) -> bool:
        """Whether ``span`` falls within the employer's years."""
        outer, inner = _years(self.span), _years(span)
        return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]

    def add(self, draft: Draft, title: str, span: Span, entry: Entry, ids: set[str]) -> None:
        when = f"{span.start} – {span.end}" if span.end and span.end != span.start else str(span.start)
        start = _years(span)
        bullets = self.role["bullets"]
        # Bullets under titles stacked with none of their own between them: the role's as a whole, since the
        # résumé does not say which title each is from.
        stacked = bool(entry.body) and bool(self.titles) and not bullets
        self.titles.append(((start[0] if start else 0, len(self.titles)), title))
        self.role["role"] = " » ".join(t for _, t in sorted(self.titles))
        if stacked or not entry.body:
            self.unstepped.append(f"{title}, {when}")
        for b in entry.body:
            bullets.append({"id": bullet_id(self.role["id"], len(bullets) + 1, ids), "text": b.linked,
                            "role": None if stacked else f"{title}, {when}"})  # fmt: skip
        draft.notes = [
            n
            for n in draft.notes
            if not (n.loc == self.where and ("could not tell" in n.message or _NOTED in n.message))
        ]
        if any(b["role"] is None for b in bullets):
            message = (
                f"{_NOTED}: {'; '.join(self.unstepped)}. One role, its bullets under no title, as the résumé does not "
                "say which each is from (give one its title as its `role` if you know it); "
                "check the titles' order"
            )
        else:
            message = (
                f"{_NOTED}: one role, each title's bullets under it as their step (`role`); check the titles' order"
            )
            message += f"; with no bullets of their own: {'; '.join(self.unstepped)}" if self.unstepped else ""
        draft.note(self.where, message)


_NOTED = "titles held in turn here, each with its years"


def _years(span: Span) -> tuple[int, int] | None:
    """The first and last year of ``span`` (an open end: the far future); None where a date is no date."""
    first = dates.read(span.start) if span.start else None
    last = None if span.open or dates.is_open(span.end) else dates.read(span.end or span.start)
    if first is None:
        return None
    return first.year, last.year if last is not None else 9999


def read_roles(draft: Draft, section: Section, ids: set[str]) -> None:
    """Add the roles ``section`` lists to ``draft``'s experience, each with its bullets and an id not yet in
    ``ids``; a section of volunteering, projects or the like keeps its heading."""
    experience = draft.data.setdefault("experience", [])
    # Volunteering, projects, board service: under their own heading, as the résumé sets them; not under a dated
    # line read as a section's title ("Volunteer Event Manager March 2018").
    title = section.title
    apart = section_heading(title.plain, section.kind) if title and find_span(title.text) is None else None
    tabled, lines = table_entries(_titles_in_turn_apart(section.lines))
    group: tuple[str, str] | None = None  # the employer and place a heading set over several titles
    marked = False  # whether that heading was marked as one (a heading, bold), not only larger or alone
    held: tuple[str, str, Span] | None = None  # the same with the years there ("Shift4 | Allentown, PA | 2010 – 2023")
    stepped: _Steps | None = None  # a dated employer line with no title, over titles with their own years
    for entry in tabled + _one_line_roles(split_entries(lines, labels=True)):
        # "Quota attainment: FY2024 – 132% | FY2023 – 118%" under the title: a labelled fact of the role, as a
        # seller's résumé sets one before the bullets, no part of its title, employer or place; the first bullet.
        labelled = [line for line in entry.header[1:] if labelled_detail(line) and not ROLE_DETAILS.match(line.plain)]
        if labelled:
            entry = replace(
                entry,
                header=[line for line in entry.header if line not in labelled],
                body=[*labelled, *entry.body],
                qualifiers={n + len(labelled): step for n, step in entry.qualifiers.items()},
            )
        header = " ".join(line.plain for line in entry.header)
        parts = entry_parts(entry)
        # "Fixed-Term Contract", "Part-time": how the work was held, no employer; kept for the owner to place.
        terms = [p for p in parts if EMPLOYMENT_TERMS.match(p) or ROLE_DETAILS.match(p)]
        draft.leftovers += terms
        # "October 2002–November 2017, July 2022–present": a role held twice; the later dates stand, the earlier
        # are kept for the owner (a role has one span).
        own = (entry.span.start, entry.span.end) if entry.span else None
        earlier = [p for p in parts if CELL_SPAN.match(p) and (at := find_span(p)) and (at.start, at.end) != own]
        draft.leftovers += [f"Also held ({header}): {p}" for p in earlier]
        parts = [p for p in parts if p not in terms and p not in earlier]
        # "4100 Industrial Parkway, Omaha, NE 68117": the employer's address; its town is where the work was.
        addresses = {p: _address_apart(p) for p in parts if STREET.search(p) or BUILDING.fullmatch(p)}
        draft.leftovers += [p for p, rest in addresses.items() if rest != p]
        parts = [q for p in parts if (q := addresses.get(p, p))]
        # "Norfolk, VA 23511 United States", as USAJOBS writes each employer's town: the town and state print.
        parts = [us_place(p) or p for p in parts]
        role, employer, location, sure = (*entry.fields, True) if entry.fields else _role_fields(parts, header)
        if not entry.fields and (over := _employer_over_title(entry)) and over[1] != employer:
            # "JOLIET FIRE DEPARTMENT – Joliet, IL" over "Fire Lieutenant / Paramedic – EMS Training Officer, 06/2020 –
            # Present": the line above names the employer and its place, the dated line under it the title, whole.
            role, employer, location = over
            sure = "," not in role
        elif not entry.fields and (under := _title_over_employer(entry)) and under[0] != role:
            # "Veterinary Technician – Dental Lead   Aug 2014 – May 2017" over "Allegheny Family Pet Hospital – Wexford,
            # PA": the line under the title names the employer and its place, so the title's dash sets apart no
            # employer but what the title was over; the dated line is the title, whole.
            role, employer, location, sure = under
        facts = _facts(entry) if section.kind == "projects" and not entry.fields else None
        beside = _name_and_facts(entry) if section.kind == "projects" and not entry.fields else None
        if facts is not None:
            # "Riverside Hospital – East Wing" over "$42M | 96,000 SF | CM at Risk | 2021–2024": the project's
            # name and a line of its facts, which no title, employer or place is; the facts stay, word for word.
            role, employer, location, sure = entry.header[0].plain, "", "", True
        elif beside is not None:
            # "Harbor Clinic – 2-story MOB, 42,000 SF, $18M (2020–2021)": the name, then its facts on the same line.
            (role, facts), employer, location, sure = beside, "", "", True
        tools = _project_and_tools(entry) if section.kind == "projects" and not entry.fields and facts is None else None
        if tools is not None:
            # "ShiftSense | Python, Flask, React  2023": the project's name, then what it was built with, which is no
            # employer; the tools stay, word for word, as the project's first bullet.
            (role, facts), employer, location, sure = tools, "", "", True
        heads = len(entry.header) > 1 and _undated_heading(*entry.header[:2], employer, role, location)
        # A title over nothing but its dates and place ("HR Generalist" / "Nov 2019 - Mar 2022" / "Reno, Nevada,
        # United States"), bold or not, under a role whose employer headed it: one more title held there.
        titled = group is not None and not (role and employer) and _title_alone(entry.header)
        # "First Officer, CRJ-900   2016 - 2019" under the employer's heading: a title with what it was held on, no
        # employer of its own.
        qualified = group is not None and _title_and_qualifier(entry, role, employer, location)
        if heads and not titled:
            # Set larger than the title under it (a PDF's "ProPublica" over its titles), or naming an employer.
            named = entry.header[0].size > entry.header[1].size + 0.5 or _employer_line(employer, location)
            group = (employer, location) if employer and role and named else None
            marked = bool(entry.header[0].heading or entry.header[0].bold)
        elif group and entry.header and (qualified or (not (role and employer) and (marked or titled))):
            # "Good Shepherd Rehabilitation Network, Bethlehem, PA" over two titles with their dates: the
            # second title's employer is the heading's too.
            role = f"{role}, {employer}" if qualified else role or employer
            employer, place = group
            # A comma's qualifier may yet be an employer of its own ("Analyst, Initech"): the owner checks, unless the
            # heading plainly names an organisation and the qualifier none ("Clinical Pharmacist Specialist,
            # Infectious Diseases" under "Riverside Regional Medical Center"): then it is what the job was over.
            location = location or place
            sure = looks_like_title(role) and (not qualified or looks_like_organisation(employer))
        span = entry.span
        if span is not None:
            held = _held(entry, role, employer, location)
        elif held and len(entry.header) == 1 and looks_like_title(entry.header[0].plain):
            # A title with its bullets under the title that followed a dated employer line: held there too.
            role, (employer, location, span), sure = entry.header[0].plain, held, True
            draft.note(("experience", len(experience)), f"the years at {employer}, {span.start} – {span.end}: check "
                       "when this title was held")  # fmt: skip
        if stepped is not None and span is not None and len(parts) == 1 and stepped.holds(span):
            # "Project Engineer  2015 – 2018" under "Kiewit – Omaha, NE  June 2012 – February 2018": a step.
            stepped.add(draft, parts[0], span, entry, ids)
            continue
        stepped = None
        headless = not (entry.header or entry.span) and section.title is not None
        if headless:
            # A list with no line over it ("## Projects" then "- **Sommos**: a platform …"): the
            # section's title is the one line the CV gives it, and stands as its role line, without the colon
            # that set it off as a title ("**Current projects:**").
            role = section.title.plain.rstrip(": ")
        project = facts is None and not (role and employer) and section.kind == "projects" and bool(entry.header)
        if project and entry.body and ((span is not None and len(parts) == 1) or (entry.fields and role)):
            # "Capstone: Low-Cost Prosthetic Knee  Sep 2025 – May 2026" over what was done: a role of its own,
            # its name the role line, as a JSON Resume's project is; so is a row of a table of projects, its
            # "Project" column the name, dated or not.
            role, employer, location, sure = (role if entry.fields else parts[0]), "", "", True
            note = "a project, as a role of its own: add the organisation it was for as its employer, if any"
            if links := [address for line in entry.header for _, address in line.anchors]:
                # "### [dbt-sandbox](https://github.com/…)": a title prints no link, a bullet's text may hold one.
                note += f"; its name links to {links[0]}: to keep the link, write it in a bullet as [words]({links[0]})"
            draft.note(("experience", len(experience)), note)
        elif project:
            draft.leftovers += [f"Project: {' '.join(line.plain for line in entry.header)}"]
            for n, line in enumerate(entry.body):
                if (label := entry.qualifiers.get(n)) and label != entry.qualifiers.get(n - 1):
                    draft.leftovers.append(f"{label}:")  # what its items were kept under
                draft.leftovers.append(line.plain)
            continue
        start, end = (span.start, span.end) if span else (None, None)
        if span and span.single:
            end = start  # "Delegate, March 2019": held then, not since then
        exp_id = role_id(employer, role, len(experience) + 1, ids)
        texts = [(facts, None)] if facts is not None else []
        # "Supervisor: Karen Ostrowski (757-443-0172)" after a federal résumé's duties: a fact for the application
        # form, kept for the owner; never a bullet that would print a supervisor's name and phone.
        details = [b.plain for b in entry.body if not b.item and ROLE_DETAILS.match(b.plain)]
        draft.leftovers += details
        texts += [(b.linked, entry.qualifiers.get(n)) for n, b in enumerate(entry.body) if b.plain not in details]
        bullets = [
            {"id": bullet_id(exp_id, n, ids), "text": text, "role": step} for n, (text, step) in enumerate(texts, 1)
        ]
        experience.append(
            {
                "id": exp_id,
                "employer": employer,
                "role": role,
                "location": location,
                "start": start,
                "end": end,
                "section": apart,
                "bullets": bullets,
            }
        )
        where: tuple[str | int, ...] = ("experience", len(experience) - 1)
        if employer and not role and span is not None and not entry.body and not span.single:
            stepped = _Steps(experience[-1], where, span)
        header = " / ".join(line.plain for line in entry.header)
        if headless:
            draft.note(where, f"a list with no role line over it: the section's title '{role}' stands as its role")
        elif (not role or not employer) and not (project and sure) and facts is None:
            draft.note(where, f"could not tell the title and the employer apart in '{header}': fill in both")
        elif not sure:
            draft.note((*where, "role"), f"title, employer and place read from '{header}': check which is which")
        if span is None:
            draft.note(where, "no dates found for this role: add its start (and end)")
        elif span.single:
            draft.note(where, f"one date, {start}, read as when the role was held: if it goes on, make its end present")
        if tools is not None:
            draft.note((*where, "bullets"), "the tools after the project's name are its first bullet: keep, move or "
                       "delete it")  # fmt: skip
        elif facts is not None:
            draft.note((*where, "bullets"), f"the line of facts {'after' if beside else 'under'} the project's name is "
                       "its first bullet: keep, split or move it")  # fmt: skip
        if labelled:
            draft.note(
                (*where, "bullets"),
                f"the labelled line under the title ('{labelled[0].plain}') is the first bullet: keep, split or move "
                "it",
            )
        if entry.paragraphs:
            draft.note((*where, "bullets"), "some bullets were paragraphs, not list items: check each is one claim")
        steps = [found[0].strip(": ") for b in entry.body if (found := _QUALIFIER.match(b.plain))]
        if steps:
            draft.note(
                (*where, "bullets"),
                f"{len(steps)} bullets open with a step of the role ('{steps[0]}'): move it to the bullets' `role`, "
                "and tailor prints it over them",
            )
        if any(len(SENTENCE_END.split(b.plain)) >= 3 for b in entry.body):
            draft.note((*where, "bullets"), "some bullets hold several sentences: one claim per bullet ranks better")
