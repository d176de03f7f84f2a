"""Education → degrees, each with its institution, field, grade, honours and dates. A credential that a section of
education lists among its degrees ("Microsoft Certified Application Developer" under "Qualifications") goes to the
certificates (:func:`tailor.cv.importers.credentials.add_certificate`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tailor.cv.importers.clues import (
    CELLS,
    DEGREE_WORDS,
    Span,
    find_span,
    is_city_and_code,
    is_degree_abbreviation,
    is_location,
    is_place,
    looks_like_organisation,
    names_school,
    school_and_town,
    trim,
    words_of,
)
from tailor.cv.importers.credentials import add_certificate, names_certificate
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.entries import (
    Entry,
    commas,
    entry_parts,
    peel_places,
    split_commas,
    split_entries,
    table_entries,
)
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import Section, names_credentials
from tailor.places import places

_GRADE = re.compile(
    r"^(?:(?:overall|cumulative|final|major)\s+)?"
    r"(?:(?:grade|c?gpa|classification|result|percentage|marks|score)\s*:\s*|c?gpa\s+(?=\d))"
    r"(\d+(?:[.,]\d+)?%?(?:\s*/\s*\d+(?:[.,]\d+)?)?|[^.]{1,30})(?:\.\s+|\.?$)",
    re.IGNORECASE,
)
"""A degree's grade ("GPA: 3.8/4.0", "Overall GPA: 3.32", "Classification: First", "GPA 3.7/4.0")."""


_TRAINING = re.compile(r"\b(?:residency|apprenticeship|training)\b", re.IGNORECASE)
"""A programme of training after or beside a degree ("PGY1 Pharmacy Residency, UC Davis Medical Center — 2017",
"Electrical Apprenticeship, IBEW Local 683", "Commercial Driver Training, Class A"): listed among the degrees, it
is education where the hospital or the union that gave it names no school, not a certificate."""


_FIRST_PIECE = re.compile(r"[,;]\s+")
"""Where a grade's piece of a line ends: the comma or semicolon after it ("GPA 3.6; Sigma Theta Tau")."""


def _as_graded(found: re.Match[str]) -> str:
    """The grade a match of a grade's pattern names: its value, and where that is a bare number its words call a
    grade point average ("GPA 3.6", "Overall GPA: 3.32", "(GPA: 3.8)"), those words with it as written: a number
    out of four says it is one ("3.7/4.0"), a bare one does not, and a résumé would print it as a "Grade"."""
    value = found.group(1).strip()
    if not _BARE.fullmatch(value) or not _SAYS_GPA.search(found.group(0)):
        return value
    return found.group(0)[: found.end(1) - found.start()].strip(" (")


_BARE = re.compile(r"\d+(?:[.,]\d+)?")
_SAYS_GPA = re.compile(r"\bc?gpa\b", re.IGNORECASE)


_LISTED = re.compile(r"^(?:dean|president|chancellor|provost|director|head)['’]?s['’]? (?:list|honou?r roll)\b", re.I)
"""An honour roll a student was on ("Dean's List", "President's List"): a detail of the degree, no part of its name."""


def _grade_apart(part: str) -> list[str]:
    """A piece of a degree's line as the pieces its semicolons part where one of them is its grade ("Accounting;
    GPA 3.6/4.0; Dean's List", "GPA 3.6; Sigma Theta Tau"), or as its grade and what follows the comma after it
    ("GPA 3.6, Dean's List", set apart from the school by a dash), as a line under the degree is read; else the
    piece whole."""
    pieces = [piece.strip() for piece in part.split(";")]
    if len(pieces) > 1 and any(_GRADE.match(piece) for piece in pieces):
        return pieces
    first, *rest = _FIRST_PIECE.split(part, maxsplit=1)
    return [first, *rest] if rest and _GRADE.match(first) and not _GRADE.match(part) else [part]


def read_degrees(draft: Draft, section: Section) -> None:
    """Add the education ``section`` of an imported résumé lists to ``draft``: its degrees, and, under a heading
    that names credentials too ("Education & Credentials"), the entries that name no degree as credentials."""
    education = draft.data.setdefault("education", [])
    tabled, lines = table_entries(section.lines)
    entries = tabled + _degree_entries(lines)
    all_parts = [[] if entry.fields else entry_parts(entry) for entry in entries]
    degrees_named = any(_is_degree(p) for parts in all_parts for p in parts)
    # "Education & Credentials": an entry that names no degree is a credential, though an institute gave it.
    credentials_too = section.title is not None and names_credentials(section.title.plain)
    first = len(education)  # the degrees of earlier sections are none of this one's
    for entry, parts in zip(entries, all_parts, strict=True):
        if (
            len(education) > first
            and not (entry.body or entry.fields or credentials_too)
            and all(map(_a_detail, entry.header))
        ):
            # "Honors thesis on soil (2013)" under "Kent State University (2014)": its own year made it an entry,
            # but it names nothing a degree or a credential is: a detail of the degree above, as written.
            education[-1]["details"] += [_as_written(line) for line in entry.header]
            continue
        if len(parts) == 1 and ": " in parts[0] and names_school(parts[0].rpartition(": ")[2]):
            parts = list(parts[0].rpartition(": ")[::2])  # "BSc Computer Science (2:1): University of Greenwich"
        if (
            parts
            and not entry.body
            and not any(_is_degree(p) for p in parts)
            and not (
                any(names_school(p) for p in parts)
                and not (credentials_too and not all(names_school(p) for p in parts))
            )
            and (degrees_named or any(names_certificate(p) for p in parts))
            and not any(_TRAINING.search(p) for p in parts)
        ):
            # "Microsoft Certified Application Developer" under "Qualifications", below a degree: a certificate.
            given = [p for p in parts if not names_school(p)] or parts  # who gave it is no name of it
            named = [p for p in given if names_certificate(p)] or given
            add_certificate(draft, named[0], [p for p in parts if p != named[0]], entry.span)
            continue
        # "Ph.D., History, University of Chicago. Dissertation: “…” Advisor: …": the labelled sentences after
        # the degree's own are its details, not its institution.
        apart = [_grade_apart(p) for p in parts]
        parts = [piece for pieces in apart for piece in pieces]
        # What a comma sets apart after the grade ("GPA 3.6, Beta Alpha Psi") is an honour of the degree's, no more
        # of its school's name; honours the degree was awarded with stay its grade ("GPA 3.9, magna cum laude").
        honoured = {p[-1] for p in apart if len(p) == 2 and _GRADE.match(p[0]) and not _HONOURS.match(p[-1])}
        labelled = [
            p
            for p in parts[1:]
            if (_LABELLED_LINE.match(p) or _LISTED.match(p) or p in honoured) and not _GRADE.match(p)
        ]
        parts = [p for p in parts if p not in labelled]
        # Honours after a grade ("GPA 3.7/4.0, cum laude") come off first, leaving the grade a piece of its own.
        honours = [_as_graded(found) for p in parts for pattern in _GRADES for found in pattern.finditer(p)]
        parts = [trim(_CLASS_PIECE.sub("", _CLASS.sub("", _GPA.sub("", _HONOURS.sub("", p))))) for p in parts]
        graded = [_as_graded(found) for p in parts if (found := _GRADE.match(p))] + honours
        parts = [p for p in parts if not _GRADE.match(p)]
        # "BSN, 2015" or "University of Iowa, 2015 (summa cum laude)": the year set apart, each piece's own until
        # what the piece is is known (a detail's year is the detail's).
        dated: dict[str, _Dated] = {}
        if entry.span is None:
            for n, part in enumerate(parts):
                if found := _PART_YEAR.search(part):
                    parts[n] = trim(part[: found.start()])
                    dated[parts[n]] = _Dated(part, next(year for year in found.groups() if year))
                elif found := _YEAR_AND_NOTE.search(part):
                    # "Pratt Institute, 2015 (CIDA-accredited)": the year, and a note that is a detail of the
                    # degree; "…, 2026 (expected)" says it is under way, as a piece of its own would.
                    parts[n], note = trim(part[: found.start()]), found.group(2).strip()
                    dated[parts[n]] = _Dated(part, found.group(1), note)
                    (parts if _UNDER_WAY.fullmatch(note) else labelled).append(note)
        under_way = [p for p in parts if _UNDER_WAY.fullmatch(p)]
        parts = [p for p in parts if p and p not in under_way]
        location = ", ".join(p for p in parts if is_place(p) or is_location(p))
        rest = [p for p in parts if not (is_place(p) or is_location(p))]
        under = _under_a_whole_line(entry, rest)
        labelled += _joined_at(under, entry)
        rest = [p for p in rest if p not in under]
        whole = next((p for p in rest if "," in p and _degree_first(p)), None) if len(rest) > 1 else None
        beside = [p for p in rest if p != whole]
        if entry.fields:
            degree, institution, location = entry.fields
        elif whole is not None and not any(names_school(p) for p in beside):
            # "B.S., Biochemistry, University of Iowa, Iowa City, IA" over "Dean's List; Hall Fellowship": the
            # line naming the degree and its institution is the degree's, and the others are its details.
            degree, institution, place = _degree_first(whole) or ("", "", "")
            location = ", ".join(x for x in (place, location) if x)
            if named := _named_before(whole, beside, entry):
                piece, written = named
                degree, beside = f"{written}{degree}", [p for p in beside if p != piece]
            labelled += beside
        elif len(rest) == 1 and "," in rest[0]:
            degree, institution, place = (
                _degree_first(rest[0])
                or _institution_first(rest[0])
                or split_commas(rest[0], _DEGREE_PIECE_WORDS, names_school)
            )
            location = ", ".join(x for x in (place, location) if x)
        else:
            degrees = [p for p in rest if _is_degree(p) and not names_school(p)]
            # "Loyola University Chicago  2012" over "Finance and Accounting": no degree's word, but one piece
            # names the institution, so the other names the degree.
            others = _no_institution(rest)
            unnamed = others if len(others) == 1 and len(rest) == 2 and not degrees else []
            degree = (degrees or unnamed or rest or [""])[0]
            taken = _with_its_field(degree, rest) if degrees else [degree]
            degree = _written_together(taken, entry) or ", ".join(taken)
            institution = ", ".join(p for p in rest if p not in taken)
            if notes := _notes_after_school([p for p in rest if p not in taken]) if degrees else []:
                # "Lakeshore Community College – Erie, PA | AVMA CVTEA-accredited; graduated with honors": what
                # follows the one school named is said of the degree, no part of the school's name.
                labelled += notes
                institution = ", ".join(p for p in rest if p not in taken and p not in notes)
            if not location and (degrees or unnamed):  # "SUNY Polytechnic, Utica, NY — B.S. Computer Science"
                # The school's place is set apart alike beside any degree's name, with a degree's word or not
                # ("PGY1 Pharmacy Residency" over "University of Toledo Medical Center, Toledo, OH").
                institution, location = peel_places(institution)
            if unnamed and degree != rest[0]:  # read against the lines' order: worth a look
                draft.note(("education", len(education)), f"'{degree}' names no degree's word: check it is the degree")
        # A year on a detail's line ("Sigma Theta Tau, 2013" under "Kent State University, 2014") dates that detail,
        # never the degree: the detail keeps it, word for word, and the degree keeps the year of its own lines.
        kept = [dated[p] for p in labelled if p in dated]
        labelled = [dated[p].written if p in dated else p for p in labelled if p not in {d.note for d in kept}]
        year = next((d.year for d in reversed(dated.values()) if d not in kept), None)
        grade, details = (", ".join(dict.fromkeys(graded)) or None), [_with_stop(p, entry) for p in labelled]
        for line in entry.body:
            # "GPA: 3.62/4.00, Dean's List", "GPA 3.6; Sigma Theta Tau": the grade, then honours that are details.
            found = _GRADE.match(line.marked) or _GRADE.match(_FIRST_PIECE.split(line.marked, maxsplit=1)[0])
            if found and grade is None:
                grade = _as_graded(found)
                line_text = line.marked[found.end() :].strip().lstrip(",;").strip()
            else:
                line_text = line.marked
            if line_text:
                details.append(line_text)
        # One date on a degree is when it was awarded, not a start still running ("May 2019" alone).
        start, end = (entry.span.start, entry.span.end) if entry.span else (None, year)
        if entry.span and entry.span.single:
            start, end = None, start
        glued = school_and_town(institution) if institution and not location else None
        if glued:
            # "Old Dominion University Norfolk, VA United States", as USAJOBS writes a school: its town and state
            # apart from its name, which no comma parts; where the name ends is a guess, checked by the owner.
            institution, location = glued
            draft.note(
                ("education", len(education), "institution"),
                f"school and town read apart from '{glued[0]} {glued[1]}': check where the name ends",
            )
        if under_way:  # "MSN, Nursing Education — in progress": no institution; its dates say it
            draft.note(
                ("education", len(education)),
                f"'{under_way[0]}' left out of the institution: the end date says when you finish",
            )
        education.append(
            {
                "degree": degree or institution,
                "institution": institution or degree,
                "location": location,
                "start": start,
                "end": end,
                "grade": grade,
                "details": details,
            }
        )
        if not (degree and institution):
            header = " / ".join(line.plain for line in entry.header)
            draft.note(("education", len(education) - 1), f"degree and institution read from '{header}': check both")


_CAMPUS = re.compile(r"\bcampus\b", re.IGNORECASE)


def _notes_after_school(others: list[str]) -> list[str]:
    """The pieces of a degree's lines, beside its degree, that follow the one piece naming a school and name no part
    of it (no department, campus or organisation): notes on the degree ("Minor in Chemistry; Dean's List"); none
    where no school or several are named."""
    schools = [p for p in others if names_school(p)]
    if len(schools) != 1:
        return []
    after = others[others.index(schools[0]) + 1 :]
    return [p for p in after if not (_UNIT.search(p) or _CAMPUS.search(p) or looks_like_organisation(p))]


@dataclass(frozen=True)
class _Dated:
    """A piece of a degree's line that a year closes: as written, its year, and the note in brackets after it."""

    written: str
    year: str
    note: str | None = None


def _under_a_whole_line(entry: Entry, parts: list[str]) -> list[str]:
    """The pieces of the lines under those of an entry that name both the degree and its institution ("Lakeside
    University — B.S. in Biology" over "Minor in Chemistry. GPA: 3.6, Dean's List"; "Doctor of Pharmacy (PharmD)"
    over "The Ohio State University College of Pharmacy, Columbus, OH, 2007 – 2011" over "Magna cum laude; Rho Chi
    Honor Society"): the degree's details, not more of its institution's name. Pieces naming a degree or an
    institution stay."""
    for n in range(1, len(entry.header)):
        over = [line.text for line in entry.header[:n]]
        named = [p for p in parts if any(p in text for text in over)]
        # Each in a piece of its own: "Govt. Degree College" or "Purdue University: Bachelor of Science" names both
        # in one, and what stands under it may be the rest of the degree's name.
        degree = any(_is_degree(p) and not names_school(p) for p in named)
        if degree and any(names_school(p) and not _is_degree(p) for p in named):
            return [p for p in parts if p not in named and not (_is_degree(p) or names_school(p))]
    return []


def _joined_at(pieces: list[str], entry: Entry) -> list[str]:
    """``pieces`` of the lines under an entry's first, each two that an " at " parts on one line joined again: a
    detail is a phrase, not a role's header, and its " at " is one of its words ("160-hour externship at El Rio
    Health")."""
    lines = [line.text for line in entry.header[1:]]
    joined: list[str] = []
    for piece in pieces:
        if joined and any(f"{joined[-1]} at {piece}" in line for line in lines):
            joined[-1] = f"{joined[-1]} at {piece}"
        else:
            joined.append(piece)
    return joined


def _with_its_field(degree: str, parts: list[str]) -> list[str]:
    """``degree`` and the pieces that follow it up to a place or an institution, when another piece names the
    institution ("University of Leeds", "Master of Science - MSc", "Data Science", as LinkedIn sets a degree):
    its abbreviation and field are the degree's, not the institution's."""
    at = parts.index(degree)
    after: list[str] = []
    for part in parts[at + 1 :]:
        if names_school(part) or is_place(part) or is_location(part) or peel_places(part)[1]:
            break  # a piece that ends in a place is where the school is, not what the degree is in
        after.append(part)
    if not after or not any(names_school(p) for p in parts if p != degree and p not in after):
        return [degree]
    return [degree, *after]


def _written_together(pieces: list[str], entry: Entry) -> str | None:
    """``pieces``, more than one, as a line of the entry writes them, one after the other with only marks between
    ("Master of Public Administration - MPA, Nonprofit Management", as LinkedIn names a degree under its school):
    its dash is a word of the degree's name as written, no comma. None where no line holds them so."""
    if len(pieces) < 2:
        return None
    between = r"[\s,;:|·•\-–—]+"
    written = re.compile(between.join(re.escape(piece) for piece in pieces))
    for line in entry.header:
        if found := written.search(line.text):
            return found.group(0)
    return None


def _named_before(whole: str, beside: list[str], entry: Entry) -> tuple[str, str] | None:
    """The piece of ``beside`` that names the degree before ``whole`` on its line, parted from it by a dash, as
    LinkedIn names a degree ("Bachelor of Science - BS, Computer Science, University of Porto"), and it with the
    dash as written: the degree's name too, not a detail of it. None where no piece stands so."""
    for line in entry.header:
        for piece in beside:
            if _is_degree(piece) and (
                found := re.search(rf"{re.escape(piece)}\s*[-–—]\s*(?={re.escape(whole)})", line.text)
            ):
                return piece, found.group(0)
    return None


def _degree_first(text: str) -> tuple[str, str, str] | None:
    """(degree, institution, place) of a line that names the degree, its subject and then the institution
    ("M.A., Medieval Studies, University of Toronto"): the pieces before the institution's are the degree's;
    None when it does not open with a degree or names no institution after it."""
    pieces = [p.strip() for p in commas(text)]
    if not (_is_degree(pieces[0]) and not names_school(pieces[0])):
        return None
    at = next((n for n, piece in enumerate(pieces[1:], 1) if names_school(piece)), None)
    if at is None:
        return None
    while at > 1 and (_UNIT.search(pieces[at - 1]) or pieces[at - 1].isupper()):
        at -= 1  # "…, RSMAS, University of Miami", "…, Department of Physics, …": a part of the institution
    institution, place = peel_places(", ".join(pieces[at:]))
    return ", ".join(pieces[:at]), institution, place


def _institution_first(text: str) -> tuple[str, str, str] | None:
    """(degree, institution, place) of a line that names the institution and then the degree ("Joliet Junior
    College, HVAC Certificate", "Northwestern University, Evanston, IL, MS in Analytics"): a place between or
    after them is where the school is; None when it does not open with an institution or names no degree after."""
    pieces = _state_apart([p.strip() for p in commas(text)])
    if not (names_school(pieces[0]) and not _is_degree(pieces[0])):
        return None
    at = next(
        (
            n
            for n, piece in enumerate(pieces[1:], 1)
            if _is_degree(piece) and not names_school(piece) and not _closes_a_town(pieces, n)
        ),
        None,
    )
    if at is None:
        return None
    institution, place = peel_places(", ".join(pieces[:at]))
    degree, after = peel_places(", ".join(pieces[at:]))
    return degree, institution, ", ".join(p for p in (place, after) if p)


def _state_apart(pieces: list[str]) -> list[str]:
    """``pieces`` with a state's or country's code that opens a piece after a town set apart from what follows it
    ("Philadelphia", "PA J.D." → "Philadelphia", "PA", "J.D."), as a line reads where a short tab stop parted the
    school's place from the degree by no more than a space."""
    apart: list[str] = []
    for n, piece in enumerate(pieces):
        code, _, rest = piece.partition(" ")
        if n and rest and code in places()[1] and is_location(f"{pieces[n - 1]}, {code}") and _is_degree(rest):
            apart += [code, rest.strip()]
        else:
            apart.append(piece)
    return apart


def _closes_a_town(pieces: list[str], at: int) -> bool:
    """Whether ``pieces[at]`` is a state's code after its town ("Boston", "MA"), not the degree it also spells
    (Master of Arts), where a degree follows it ("…, Boston, MA, J.D., cum laude")."""
    piece = pieces[at]
    return (
        piece in places()[1]
        and is_location(f"{pieces[at - 1]}, {piece}")
        and any(_is_degree(later) and not names_school(later) for later in pieces[at + 1 :])
    )


_UNIT = re.compile(r"\b(?:department|dept|faculty|division)\b", re.IGNORECASE)
"""Words naming a part of an institution ("Department of History")."""


def _no_institution(parts: list[str]) -> list[str]:
    """The pieces of a degree's lines that name neither an institution nor a place."""
    return [p for p in parts if not (names_school(p) or is_city_and_code(p))]


def _with_stop(part: str, entry: Entry) -> str:
    """A sentence of a degree's line as the line writes it, with the full stop that ends it."""
    for line in entry.header:
        at = line.text.find(part)
        if at >= 0 and line.text[at + len(part) : at + len(part) + 1] == ".":
            return part + "."
    return part


_HONOURS = re.compile(
    r"(?:^|[,;]\s*|\s*\()((?:summa |magna )?cum laude|(?:with )?(?:high |highest |first[- ]class |(?:upper |lower )?"
    r"second[- ]class )(?:honou?rs|distinction)|with (?:honou?rs|distinction))"
    r"\)?(?=\s*(?:[,;]|$))",
    re.IGNORECASE,
)
"""Honours the degree was awarded with, a piece of their own ("…, magna cum laude", "(summa cum laude)"): its grade."""
_GPA = re.compile(
    r"\s*\((?=[^)]*(?:gpa|/))(?:c?gpa:?\s*)?(\d(?:\.\d+)?(?:\s*/\s*\d(?:\.\d+)?)?(?:\s*c?gpa)?)\)", re.IGNORECASE
)
"""A grade point average in brackets ("(3.539 / 4.0 GPA)", "(GPA: 3.8)"): its grade."""
_CLASS = re.compile(
    r"\s*\(\s*(distinction|merit|pass|(?:first|(?:upper |lower )?second|third)(?:[- ]class)?(?: honou?rs)?"
    r"|2[:.][12])\s*\)",
    re.IGNORECASE,
)
"""A British degree's class or a master's grade in brackets ("(Distinction)", "(First Class)", "(2:1)"): its grade."""
_CLASS_PIECE = re.compile(
    r"(?:^|[,;]\s*)(2[:.][12]|(?:first|(?:upper |lower )?second|third)(?:[- ]class)?|distinction|merit)"
    r"(?=\s*(?:[,;]|$))",
    re.IGNORECASE,
)
"""A British degree's class or a master's grade as a piece of its own ("BSc (Hons) Chemistry, 2:1, University of
Leeds", "MSc Finance, Distinction"): its grade."""
_GRADES = (_HONOURS, _GPA, _CLASS, _CLASS_PIECE)
_PART_YEAR = re.compile(
    r"(?:,\s*((?:19|20)\d{2})|\s*\(\s*((?:19|20)\d{2})\s*\)|(?<=[^\W\d_])\s+((?:19|20)\d{2})|^((?:19|20)\d{2}))\s*$"
)
"""A year closing a piece of a degree's line ("BSN, 2015", "University of Leeds (2019)", "Machining Technology
2013"), or a piece of its own ("…, Columbus, OH — 2018, magna cum laude"): when it was awarded."""
_YEAR_AND_NOTE = re.compile(r",\s*((?:19|20)\d{2})\s*\(([^()]+)\)\s*$")
"""A year after a comma with a note in brackets closing a piece of a degree's line ("Pratt Institute, 2015
(CIDA-accredited)", "…, 2026 (expected)"): the year when it was awarded, the note about the degree."""
_DEGREE_PIECE_WORDS = DEGREE_WORDS | {"minor", "minors", "major", "concentration", "specialization", "emphasis"}
"""Words of the pieces that belong to a degree's name ("B.A. in History, minor in French")."""
_YEAR_AT_END = re.compile(r"[,(]\s*((?:19|20)\d{2})\)?\s*$")
"""A year closing a one-line degree ("…, University of Waterloo, 2026"): when it was awarded."""
_YEAR_AFTER_A_WORD = re.compile(r"(?<=[^\W\d_])\s+((?:19|20)\d{2})\s*$")
"""A year after the last word of a degree's line ("… Community College 2014"), where no dates stand apart on it
(not "May 2016", "Expected Fall 2021", the end of "(2014 - 2016)")."""


_YEAR_THEN_HONOURS = re.compile(
    r"[,(]\s*((?:19|20)\d{2})\)?(?:\s*[,;]|\s+[-–—|]|\s*(?=\())\s*\(?(?P<honours>(?:summa |magna )?cum laude"
    r"|(?:with )?(?:high |highest )?(?:honou?rs|distinction))\)?\s*$",
    re.IGNORECASE,
)
"""A one-line degree's year with the honours it was awarded with after it ("…, 2012 — Magna Cum Laude", "…, 2016
(summa cum laude)"): the year still closes the degree, and the honours are its grade."""


def _year_closing(text: str) -> re.Match[str] | None:
    """The year that closes a degree's line, written after a comma or in brackets (honours may follow it), or after
    its last word where the line has no dates of its own."""
    return (
        _YEAR_AT_END.search(text)
        or _YEAR_THEN_HONOURS.search(text)
        or (_YEAR_AFTER_A_WORD.search(text) if find_span(text) is None else None)
    )


def _degree_entries(lines: list[Line]) -> list[Entry]:
    """A section's degrees. A list of one-line items ("- Ph.D. in Computer Science, University of Waterloo,
    2026") is one degree per item, a year at its end its date; any other layout reads as roles do."""
    if not lines or not all(line.item for line in lines):
        # Items with no line over them are one-line degrees too (an institution may stand under them).
        entries: list[Entry] = []
        wholes = [
            part
            for whole in split_entries(lines)
            for dated in _undated_degree_after_its_dates(whole)
            for after in _undated_whole_degree_after_a_dated_one(dated)
            for part in _whole_degree_apart(after)
        ]
        for entry in [piece for whole in wholes for piece in _credentials_apart(whole)]:
            # A degree's one line that reads as a sentence ("PharmD, Ohio State University, Columbus, OH — 2018,
            # magna cum laude": a year inside it, honours after it) heads no entry, but it names a degree.
            headless = (
                not entry.header
                and entry.span is None
                and entry.body
                and (all(b.item for b in entry.body) or _degree_and_school(entry.body[0].plain))
            )
            if paired := _paired_degrees(entry):
                entries += map(_labels_under, paired)
            elif headless:
                entries += _one_line_degrees_with_details(entry.body)
            elif _degrees_with_years(entry):
                # "M.S. Civil Engineering, University of Colorado, 2012" over "B.S. …, Purdue University, 2010":
                # lines of their own, each a degree with its year; what is under the last is its own.
                *others, last = _one_line_degrees_with_details(entry.header)
                body = [*last.body, *entry.body]
                entries += [*others, replace(last, body=body, paragraphs=sum(not line.item for line in body))]
            elif closed := _closed_by_years(entry):
                entries += map(_labels_under, closed)
            else:
                entries += [_named_apart(_labels_under(e)) for e in _dated_degrees_apart(entry)]
        return _under_the_one_above(entries)
    return _one_line_degrees_with_details(lines)


def _credentials_apart(entry: Entry) -> list[Entry]:
    """``entry``, and the credentials on the lines of its header under those that name its degree and school
    ("Certified Medical Interpreter (CMI-Spanish), 2016" under "B.A. Spanish" over "Marlow University, 2014", as a
    résumé lists its certificates in Education after a blank line), each an entry of its own, dated by the year or
    dates its lines give: no details of the degree, they are read as the certificates they name
    (:func:`tailor.cv.importers.credentials.add_certificate`). Each runs to the line with its date; lines after the
    last date (who gave it) are the last one's."""
    header = entry.header
    at = next(
        (
            n
            for n in range(1, len(header))
            if _names_credential(header[n])
            and any(_is_degree(line.plain) for line in header[:n])
            and any(names_school(line.plain) for line in header[:n])
        ),
        None,
    )
    if at is None or entry.body or (entry.span is not None and not any(find_span(line.text) for line in header[:at])):
        return [entry]
    groups: list[list[Line]] = [[]]
    for line in header[at:]:
        groups[-1].append(line)
        if find_span(line.text) or _year_closing(line.text):
            groups.append([])
    if not groups[-1]:
        groups.pop()
    elif len(groups) > 1:  # who gave the last one, under its dated line
        last = groups.pop()
        groups[-1] += last
    return [replace(entry, header=header[:at]), *map(_dated_credential, groups)]


def _names_credential(line: Line) -> bool:
    """Whether ``line`` names a certificate or licence held ("Certified Medical Interpreter", "BLS Certification",
    "Licensed Professional Counselor"), no degree ("Certificate in Accounting" is one a school gives), school or
    labelled detail ("Certification: …")."""
    text = line.plain
    return bool(
        _CREDENTIAL_WORD.search(text)
        and not (_degree_words(text) or names_school(text) or _LABELLED_LINE.match(text) or line.item)
    )


_CREDENTIAL_WORD = re.compile(r"\b(?:certified|certification|licensed|licensure)\b", re.IGNORECASE)
"""The words that name a credential held, not a degree ("certificate" and "licence" name degrees too)."""


def _dated_credential(lines: list[Line]) -> Entry:
    """The lines of one credential as an entry, dated by the date its lines give, which leaves the line it was on."""
    for n, line in enumerate(lines):
        span = find_span(line.text)
        if span is None and (found := _year_closing(line.text)):
            span = Span(None, found.group(1), line.text[: found.start()].strip(" ,"))
        if span is not None:
            return Entry([*lines[:n], replace(line, text=span.rest, marked=span.rest), *lines[n + 1 :]], span)
    return Entry(lines, None)


def _one_line_degrees_with_details(lines: list[Line]) -> list[Entry]:
    """One-line degrees, each with the lines under it that are its details (:func:`_a_detail`), though they close
    on a year of their own ("B.S. Nursing, Marlow University, 2012" over "Sigma Theta Tau, 2013"): a year on a
    line is no degree's, and alone such a line would be read as a credential of its own."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _a_detail(line) and _names_degree_or_school(groups[-1][0]):
            groups[-1].append(line)
        else:
            groups.append([line])
    degrees = _one_line_degrees([first for first, *_ in groups])
    return [
        replace(degree, body=[replace(line, marked=_as_written(line)) for line in details], paragraphs=paragraphs)
        if (paragraphs := sum(not line.item for line in details)) or details
        else degree
        for degree, (_, *details) in zip(degrees, groups, strict=True)
    ]


def _as_written(line: Line) -> str:
    """A detail's line as the résumé writes it, its year at the right margin after a space, not a tab."""
    return " ".join(line.marked.split())


def _degree_and_school(text: str) -> bool:
    return _is_degree(text) and names_school(text)


def _names_degree_or_school(line: Line) -> bool:
    return _is_degree(line.plain) or names_school(line.plain)


def _a_detail(line: Line) -> bool:
    """Whether a line under a degree's is a detail of that degree, whatever year closes it ("Honors thesis on soil
    nitrogen cycling, 2013", "Dean's List, 2011", "Sigma Theta Tau Honor Society, 2013"): it names no degree, no
    school, no credential ("BLS Certification, 2015"), no place, and no body other than an honour's ("PGY1
    Residency, Northfield Hospital 2019" is a programme of its own)."""
    text = line.plain
    return not (
        _degree_words(text)
        or names_school(text)
        or names_certificate(text)
        or _TRAINING.search(text)
        or is_place(text)
        or is_location(text)
        or (looks_like_organisation(text) and not _HONOUR.search(text))
    )


_HONOUR = re.compile(r"\bhonou?rs?\b|\bsociety\b|\blist\b|\bcum laude\b", re.IGNORECASE)
"""The words of an honour a student was given or a society of them ("Dean's List", "Phi Kappa Phi Honor Society")."""


def _under_the_one_above(entries: list[Entry]) -> list[Entry]:
    """``entries``, where each dated one opens with a line in bold ("**PGY1 Pharmacy Residency**" over "University
    of Toledo Medical Center, Toledo, OH, 2011 – 2012"), or with its degree's name where none is bold, with the
    lines before the next one's opening line that name neither a degree nor an institution ("ASHP-accredited;
    residency project on …") read as the details of the one above: an entry's lines up to its dates are its own,
    and without this the lines under a degree's dates would be read as more of the next one's institution."""
    out: list[Entry] = []
    for entry in entries:
        above = out[-1] if out else None
        bold = next((n for n, line in enumerate(entry.header) if line.bold), 0)
        # Unstyled, the line that names the next degree ("Master of Science in Geology" over "Ohio University⇥2018")
        # opens it as the bold one does: a line over it that names no entry ("Sigma Theta Tau") is no more of it.
        named = next((n for n, line in enumerate(entry.header) if _degree_named(line)), 0)
        lead = entry.header[:bold] if bold else entry.header[:named]
        if (
            above is not None
            and above.span is not None
            and entry.span is not None
            and above.header[:1]
            and (above.header[0].bold or not bold)
            and lead
            and not any(map(_names_an_entry, lead))
        ):
            out[-1] = replace(above, body=[*above.body, *lead], paragraphs=above.paragraphs + len(lead))
            entry = replace(entry, header=entry.header[len(lead) :])
        out.append(entry)
    return out


def _named_apart(entry: Entry) -> Entry:
    """``entry`` with the line that names its degree, followed by details after a semicolon ("Doctor of Pharmacy
    (PharmD); Magna cum laude; Rho Chi Honor Society"), cut at that semicolon: the name stays a line over the
    entry, its details go under it, word for word and as one, as the lines under a degree are. Read whole, the
    details would be more of the degree's name or of its institution. Where the dated lines name the school alone
    ("University of Toledo Medical Center, Toledo, OH⇥2012"), the line under them is what it gave ("PGY1 Pharmacy
    Residency; ASHP-accredited; …"), though it names no degree's word, and however long its details (which read
    as a sentence under the dates, and were the school's). A line with a grade among its pieces ("Accounting; GPA
    3.6/4.0") is left to :func:`_grade_apart`, and one naming more of the degree after its semicolon ("B.A.
    History; minor in French") stays whole."""
    header, body = list(entry.header), list(entry.body)
    at = next((n for n, line in enumerate(header) if _degree_named(line)), None)
    school = next((n for n, line in enumerate(header) if names_school(line.plain)), None)
    named = any(_is_degree(line.plain) for line in header)  # "Fenwick University — B.S. in Biology⇥2018"
    if at is None and entry.span is not None and school is not None and not named:
        if school + 1 < len(header):
            at = school + 1
        elif body and _may_name_degree(body[0]) and (";" in body[0].text or _degree_named(body[0])):
            header.append(body.pop(0))
            at = school + 1
    if at is None:
        return entry
    line = header[at]
    name, semicolon, rest = line.text.partition(";")
    if (
        semicolon
        and name.strip()
        and rest.strip()
        and _may_name_degree(line)
        and len(_grade_apart(line.text)) == 1
        and not (_is_degree(rest) or words_of(rest) & _DEGREE_PIECE_WORDS)
    ):
        marked_name, _, marked_rest = line.marked.partition(";")
        if marked_name.count("*") % 2:  # emphasis across the semicolon: the words, unmarked
            marked_name, marked_rest = name, rest
        header[at] = replace(line, text=name.rstrip(), marked=marked_name.rstrip())
        body.insert(0, replace(line, text=rest.strip(), marked=marked_rest.strip()))
    if header == entry.header:
        return entry
    return replace(entry, header=header, body=body, paragraphs=sum(not line.item for line in body))


def _names_an_entry(line: Line) -> bool:
    """Whether ``line`` is one an entry names itself by: in bold, dated, naming a degree, an institution or a place."""
    text = line.plain
    return (
        line.bold
        or find_span(line.text) is not None
        or _is_degree(text)
        or names_school(text)
        or is_place(text)
        or is_location(text)
    )


def _degree_named(line: Line) -> bool:
    """Whether ``line`` names a degree in its first piece (before a semicolon), not an institution."""
    first = line.plain.partition(";")[0]
    return _is_degree(first) and not names_school(first)


def _may_name_degree(line: Line) -> bool:
    """Whether ``line`` may be a degree's name, with or without details after it: no list item, no dates, no
    label ("Thesis: …"), no grade, no institution, and its first piece no sentence."""
    first = line.plain.partition(";")[0]
    return not (
        line.item
        or find_span(line.text)
        or _LABELLED_LINE.match(line.plain)
        or _GRADE.match(line.plain)
        or names_school(first)
        or first.rstrip().endswith(".")
    )


def _whole_degree_apart(entry: Entry) -> list[Entry]:
    """``entry``, with a line under it that is a whole degree of its own, its institution, degree and year on
    the one line ("Jefferson High School - Diploma 2011" under "Rock Valley College" over "Certificate,
    Machining Technology 2013"), set apart as a degree of its own once the lines over it name a degree and an
    institution: an undated entry runs on over such lines, and the second degree would be read as more of the
    first's institution."""
    if entry.span is not None:
        return [entry]
    header = entry.header
    for n in range(2, len(header)):
        line, above = header[n], [other.plain for other in header[:n]]
        whole = _dated_degree(line) and names_school(line.plain) and _is_degree(line.plain)
        if whole and any(map(_is_degree, above)) and any(map(names_school, above)):
            rest = Entry(header[n:], None, body=entry.body, paragraphs=entry.paragraphs)
            return [replace(entry, header=header[:n], body=[], paragraphs=0), *_whole_degree_apart(rest)]
    return [entry]


def _undated_degree_after_its_dates(entry: Entry) -> list[Entry]:
    """``entry``, and the degree its lines name after the line of its dates, as a degree of its own: "High school
    diploma" over "Tempe High School - Tempe, AZ" under a certificate's "2015 to 2016", as a job board sets each
    degree (the degree, its school, then its years, which an old degree often has not). A dated entry runs on
    over an undated one's lines, and its degree would be read as more of the first's institution."""
    header = entry.header
    dated = [(n, span) for n, line in enumerate(header) if (span := find_span(line.text))] if entry.span else []
    if not dated or dated[0][1].rest:  # no dates, or dates with words beside them on their line
        return [entry]
    at = dated[0][0]
    if not at or at + 2 > len(header):
        return [entry]
    rest = header[at + 1 :]
    if not (
        any(_is_degree(line.plain) for line in header[:at])
        and _is_degree(rest[0].plain)
        and any(names_school(line.plain) for line in rest[1:])
    ):
        return [entry]
    after = Entry(rest, None, body=entry.body, paragraphs=entry.paragraphs)
    return [replace(entry, header=header[: at + 1], body=[], paragraphs=0), after]


def _undated_whole_degree_after_a_dated_one(entry: Entry) -> list[Entry]:
    """``entry``, and a line under its first that is a whole degree with no date, its degree and school on the one
    line ("MSN, Nursing Leadership – Fenwick University – in progress" under "BSN, Marlow State University – 2015"),
    as a degree of its own where the first line is a whole degree with its dates too: a degree under way or an old
    one without its year would run on as more of the first's institution."""
    header = entry.header
    if entry.span is None or len(header) < 2 or not (_degree_and_school(header[0].plain) and find_span(header[0].text)):
        return [entry]
    for n in range(1, len(header)):
        if _degree_and_school(header[n].plain) and not find_span(header[n].text):
            rest = Entry(header[n:], None, body=entry.body, paragraphs=entry.paragraphs)
            return [replace(entry, header=header[:n], body=[], paragraphs=0), rest]
    return [entry]


def _paired_degrees(entry: Entry) -> list[Entry]:
    """The degrees of an undated entry whose lines pair a degree with its institution, one pair after another
    ("M.S., Human Factors" over "Bentley University, 2016", then "B.A., Psychology" over "University of Oregon,
    2013"; or the institution first), each pair a degree of its own; none (an empty list) for any other entry.
    A year that closes a line is not a date span, so such lines run on as one entry, and without this the
    second degree would be read as more of the first's institution and its year as the first's."""
    if entry.span is not None or len(entry.header) < 4:
        return []
    kinds = [_degree_or_institution(line.plain) for line in entry.header]
    if not kinds[0] or kinds.count("degree") < 2 or kinds.count("degree") != kinds.count("institution"):
        return []
    # A pair ends where its kind of line comes again, whichever comes first in each: "M.S. Civil Engineering" over
    # "Wake State University", then "Fenwick University" over "B.S. Biology", as one section may set them both ways.
    starts: list[int] = []
    for n, kind in enumerate(kinds):
        if kind and (not starts or kind in kinds[starts[-1] : n]):
            starts.append(n)
    bounds = list(zip(starts, [*starts[1:], len(kinds)], strict=True))
    if any(sorted(filter(None, kinds[a:b])) != ["degree", "institution"] for a, b in bounds):
        return []  # a pair with a second degree or no institution: not one degree after another
    groups = [entry.header[a:b] for a, b in bounds]
    paired = [Entry(group, None) for group in groups]
    paired[-1] = replace(paired[-1], body=entry.body, paragraphs=entry.paragraphs)
    return paired


def _closed_by_years(entry: Entry) -> list[Entry]:
    """The degrees of an entry whose lines, after its first degree's, a year closes once per degree named over it
    ("Associate of Applied Science, Nursing" over "Lakeland Community College, Kirtland, OH, 2016", then
    "Phlebotomy Technician Certificate" over "Northcoast Allied Health Program, 2019"; or "PhD, Chemistry⇥2014"
    over its university, then "M.S. Chemistry" over "University of Iowa, 2010"): each degree of
    its own with the year that closes its lines. None (an empty list) for any other entry. A year that closes a
    line is no date span, so such lines ran on as one entry: the second degree was read as more of the first's
    institution, and its year as the first's."""
    lines = entry.header
    if entry.span is None:
        first = 0
    elif find_span(lines[0].text) is not None:  # the first degree's dates on its first line, its lines after
        first = next((n for n, line in enumerate(lines[1:], 1) if _is_degree(line.plain)), 0)
    else:
        return []
    if len(lines) < 3 or (entry.span is not None and not first):
        return []
    ends = [
        n + 1 for n, line in enumerate(lines) if n >= first and _year_closing(line.text) and not find_span(line.text)
    ]
    if len(ends) < 1 + (not first) or ends[-1] != len(lines):
        return []
    groups = [lines[a:b] for a, b in zip([first, *ends[:-1]], ends, strict=True)]
    if not all(any(_is_degree(line.plain) or _TRAINING.search(line.plain) for line in group) for group in groups):
        return []  # a year on a line that names no degree ("Dean's List, 2015") dates a detail, no degree
    for n in range(1, len(groups)):
        # "Thesis: Scour at bridge piers" under "Wake State University, 2014", over "Fenwick University" and its
        # degree: the lines before those that name the next degree or its school are the one above's details.
        lead = next(at for at, line in enumerate(groups[n]) if _names_degree_or_school(line))
        groups[n - 1], groups[n] = groups[n - 1] + groups[n][:lead], groups[n][lead:]
    closed = [Entry(group, None) for group in groups]
    closed[-1] = replace(closed[-1], body=entry.body, paragraphs=entry.paragraphs)
    if first:
        return [replace(entry, header=lines[:first], body=[], paragraphs=0), *closed]
    return closed


def _degree_or_institution(text: str) -> str:
    """What a degree's line names: "degree", "institution", or "" (both, or neither). A course of study that no
    degree's word names, by its last word ("Single Subject Teaching Credential Program", "… Training Programme"),
    is in a degree's place."""
    degree, institution = _is_degree(text) or bool(_A_PROGRAMME.search(text)), names_school(text)
    return "degree" if degree and not institution else "institution" if institution and not degree else ""


_A_PROGRAMME = re.compile(r"\bprogram(?:me)?\W*$", re.IGNORECASE)


def _degrees_with_years(entry: Entry) -> bool:
    """Whether each line over ``entry`` is a degree with its own year, the first none that stands apart: the dates
    a line sets apart ("B.S. …⇥2010" under "Certificate, … College 2014") are that line's, not the first's. A line
    under the first that ends with its own year is a credential of its own though it names no degree's word ("PGY1
    Residency, Northfield Hospital 2019"): no detail of the degree above, nor its date. So is a first line that
    names no degree's word but a school and its own year ("State Tested Nurse Aide Program, Columbus State
    Community College, 2018" over "High School Diploma, Whetstone High School, 2015"): a programme of its own."""
    first, *others = entry.header or [None]
    return (
        first is not None
        and (entry.span is None or find_span(first.text) is None)
        and (
            _dated_degree(first)
            or bool(find_span(first.text) and _degree_words(first.plain))
            or bool(others and _year_closing(first.text) and names_school(first.plain))
        )
        and all(_year_closing(line.text) or find_span(line.text) for line in others)
    )


def _dated_degrees_apart(entry: Entry) -> list[Entry]:
    """``entry``, and the degrees with their years on lines of their own under its first line ("B.S. Civil
    Engineering, Purdue University, 2010" under a dated M.S.), each a degree of its own; what is under the
    last line is the last degree's."""
    apart = [line for line in entry.header[1:] if _dated_degree(line)]
    if entry.span is not None and not apart:
        return _dated_degree_below(entry)
    if entry.span is None or not apart:
        return [entry]
    *others, last = _one_line_degrees(apart)
    first = replace(entry, header=[line for line in entry.header if line not in apart], body=[], paragraphs=0)
    return [first, *others, replace(last, body=entry.body, paragraphs=entry.paragraphs)]


def _dated_degree_below(entry: Entry) -> list[Entry]:
    """``entry``, and the degree with its year on a line of its own among the lines under it, with the line
    over it that names an institution ("Sinclair College, Dayton, OH" over "Welding Certificate, 2018"), as
    a degree of its own: the lines under a dated degree describe it, but another degree is no detail of it."""
    body = entry.body
    at = next((n for n, line in enumerate(body) if n and not line.item and _dated_degree(line)), None)
    if at is None:
        return [entry]
    start = at - 1 if not body[at - 1].item and looks_like_organisation(body[at - 1].plain) else at
    (degree,) = _one_line_degrees([body[at]])
    below = replace(degree, header=[*degree.header, *body[start:at]], body=body[at + 1 :])
    below.paragraphs = sum(not line.item for line in below.body)
    first = replace(entry, body=body[:start], paragraphs=sum(not line.item for line in body[:start]))
    return [first, *_dated_degree_below(below)]


def _dated_degree(line: Line) -> bool:
    """Whether ``line`` is a degree with its year at the end, on a line of its own (or a credential named
    with a degree's word: "Professional Scrum Master (2025)" is no degree, but no part of the one above it; or a
    programme of training: "Inside Wireman Apprenticeship, IBEW Local 98 — 2015")."""
    return bool(_year_closing(line.text) and (_degree_words(line.plain) or _TRAINING.search(line.plain)))


_LABELLED_LINE = re.compile(
    r"^(?!(?i:major|minor|concentration|degree|program(?:me)?|field)\b)[A-Z][\w ()/&-]{1,30}:\s+\S"
)
"""A line that opens with a label ("Thesis: …", "Relevant coursework: …"): a detail of the degree above. A
major or a field names the degree itself, and a grade is the degree's grade."""


def _labels_under(entry: Entry) -> Entry:
    """``entry`` with the labelled lines under its first ("Thesis: Cyclic behavior of …") read as details, not
    as the institution."""
    labelled = [
        line
        for line in entry.header[1:]
        if _LABELLED_LINE.match(line.plain) and not any(_GRADE.match(cell) for cell in CELLS.split(line.plain))
    ]
    if not labelled:
        return entry
    header = [line for line in entry.header if line not in labelled]
    return replace(entry, header=header, body=[*labelled, *entry.body], paragraphs=entry.paragraphs + len(labelled))


def _one_line_degrees(lines: list[Line]) -> list[Entry]:
    entries = []
    for line in lines:
        span = find_span(line.text)
        if span is None and (found := _year_closing(line.text)):
            honours = found.groupdict().get("honours")  # kept on the line, where they are read as the grade
            rest = line.text[: found.start()].strip(" ,") + (f", {honours}" if honours else "")
            span = Span(None, found.group(1), rest)
        entries.append(Entry([replace(line, text=span.rest if span else line.text, item=False)], span))
    return entries


_PIECES = re.compile(r"\s[—–|-]\s|,\s")


def names_degree_and_school(text: str) -> bool:
    """Whether a line names a degree and the school that gave it ("Ivy Tech Community College – Welding
    Technology, A.A.S., 2016"): a degree's line wherever it stands, as under a title of "Training". A word a
    credential shares with a degree (:data:`_CREDENTIAL_WORDS`) names none there, beside a school or an institute:
    "AWI Certificate Holder (AWI-CH) - Workplace Investigations Training Institute" is a certification."""
    pieces = _PIECES.split(text)
    return any(_is_degree(p) and not _degree_words(p) <= _CREDENTIAL_WORDS for p in pieces) and any(
        names_school(p) for p in pieces
    )


_CREDENTIAL_WORDS = frozenset({"certificate", "license", "licence"})
"""Degree words that name a certificate or a licence as well: under a section of certifications, what it lists."""


def _is_degree(text: str) -> bool:
    """Whether ``text`` names a degree, its abbreviation written with or without full stops ("B.S", "BSc").

    "Master" alone is a degree only where a degree's words follow it ("Master of Science", "Master's",
    "Masters in …") or it stands alone: "Certified Scrum Master" and "Master Electrician" are no degrees."""
    named = _degree_words(text)
    if named and named <= _MASTER and not _MASTER_DEGREE.search(text):
        return False
    return bool(named)


def _degree_words(text: str) -> set[str]:
    words = words_of(text)
    named = (words | {w.replace(".", "") for w in words}) & DEGREE_WORDS
    return named | {w.strip(".,:;()").lower() for w in text.split() if is_degree_abbreviation(w)}


_UNDER_WAY = re.compile(
    r"\(?(?:in progress|ongoing|under ?way|not yet completed|currently enrolled|enrolled|pending|expected|anticipated"
    r"|candidate)\)?",
    re.IGNORECASE,
)
"""A piece of a degree's line that says it is not yet held ("— in progress"): no institution, no degree's name."""
_MASTER = frozenset({"master", "masters"})
_MASTER_DEGREE = re.compile(r"\bmasters?\s+(?:of|in|degree)\b|^\W*masters?\W*$", re.IGNORECASE)
""""Master" as a degree: "Master of …", "Masters in …", "Master degree", or the word alone."""
