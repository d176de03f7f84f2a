"""What a line of a résumé says, read the same way by every part of the parser: date spans
(:func:`find_span`), places, the words of job titles, organisations and degrees, sentences, the patterns of
contact details, and the small clean-ups every field shares."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tailor.cv import dates
from tailor.cv.importers.sections import TITLE_WORDS
from tailor.places import is_place, is_region_code, is_us_state, places, says_how_worked, stands_alone

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)s?"
_YEAR = r"(?<!\d)(?:19|20)\d{2}(?!\d)"
"""A year of a working life: of the last century or this one, and no part of a longer number ("Card No. 00481263",
"License No. 1048-2231" hold no years)."""
DATE = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}\s*{_YEAR}|{_SEASON}\s+{_YEAR}|\d{{1,2}}[/.-]{_YEAR}"
    rf"|{_YEAR}[-.]\d{{1,2}}(?:-\d{{1,2}})?|{_YEAR}"
    r"|present|now|current|today|ongoing|till\s+date|to\s+date)"
)
# A date, then a second one, or a dash with nothing after it ("2024–", still held).
_SPAN = (
    rf"(?:class\s+of\s+|graduated:?\s+)?(?P<since>since\s+|from\s+)?(?P<first>{DATE})"
    rf"(?:\s*(?:–|—|--|-|→|to|until|till)?\s*(?P<second>{DATE})|\s?(?P<open>[–—-])(?=\s|$))?"
)
_MONTHS_OF_A_YEAR = re.compile(rf"\b({_MONTH})(\s*(?:–|—|--|-|to)\s*)({_MONTH}\s*(\d{{4}}))\b", re.IGNORECASE)
"""Two months of one year, the year written once ("September – November 2024", "June-Nov 2024")."""
CELL_SPAN = re.compile(rf"^[(\[]?{_SPAN}[)\]]?[.:]?$", re.IGNORECASE)
_TAIL_SPAN = re.compile(rf"(?:,|\(|–|—|\s-|\s)\s*{_SPAN}\)?$", re.IGNORECASE)
_HEAD_SPAN = re.compile(rf"^{_SPAN}(?:\s*[.:–—|]\s*|\s+)(?=\S)", re.IGNORECASE)
CELLS = re.compile(r"\t|\s+\|\s+|\s+·\s+|\s+•\s+")
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.[A-Z]\.)\s+(?=[A-Z(])")
"""Where a sentence ends and another starts; not after initials ("the U.S. Army", "CM/ECF (E.D. Cal.)")."""
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
PERSONAL = re.compile(
    r"^(?:date of birth|birth ?date|born|d\.?o\.?b\.?|age|nationality|citizenship|gender|sex|marital status|visa"
    r"|work permit|driving licen[cs]e|driver'?s licen[cs]e"
    r"|veterans?['’]?\s+preference|(?:security\s+)?clearance|availability|job\s+type|work\s+schedule"
    r"|desired\s+locations?|federal\s+status|(?:current|highest)\s+(?:federal\s+)?grade(?:\s+held)?)\s*:",
    re.IGNORECASE,
)
"""A personal detail that some countries' résumés give ("Date of birth:", "Nationality:"), and those a federal
résumé in the US gives ("Veterans' Preference:", "Security Clearance:", "Availability:"): no headline."""
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:(?:[A-Z][\w'.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Close|Trail)\b"
)
"""A house number and a street ("210 College Avenue", "20 N 8th Street")."""
ROLE_DETAILS = re.compile(
    r"^(?:hours(?:\s+(?:per|a)\s+week|\s*/\s*week)?|(?:annual\s+|starting\s+|ending\s+)?salary|pay\s+plan|"
    r"(?:pay\s+)?grade(?:\s+level)?|series|rank|supervisor(?:'s)?(?:\s+(?:name|phone|telephone))?|"
    r"(?:may|ok(?:ay)?\s+to)\s+contact(?:\s+(?:this\s+)?(?:supervisor|employer))?|duty\s+station|"
    r"reason\s+for\s+leaving|"
    r"(?:security\s+)?clearance)\s*:",
    re.IGNORECASE,
)
"""A labelled line under a role's title or after its duties, as a federal résumé gives every role ("Hours per
week: 40", "Salary: $52,000 per year", "Supervisor: Ms. Dana Hart, (402) 555-0110; May contact: Yes"; USAJOBS's
"Okay to contact this Supervisor: Yes" closing it): facts about the job for the application form, neither its
title, its employer nor its place, nor a claim of the work."""
SYMBOL = re.compile(r"[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
"""Pictographs and symbols a résumé sets before a detail: emoji, ☎ ✉, and the technical ones (⌂ for home, ⌚)."""
FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")

EMPLOYMENT_TERMS = re.compile(
    r"^(?:permanent|fixed[- ]term|temporary|seasonal|casual|full[- ]time|part[- ]time|contract|"
    r"co-?op)(?:\s+(?:full[- ]time|part[- ]time|contract|role|position|positions|"
    r"co-?op|basis|employment))*\b(?:\s*\([^)]*\)?)?$",
    re.IGNORECASE,
)
"""A header piece that says how the work was held ("Fixed-Term Contract (Concurrent)", "Part-time",
"Full-time co-op positions"): neither the title nor the employer."""

ORGANISATION_WORDS = frozenset(
    """inc inc. ltd ltd. llc gmbh ag sa s.a. plc corp corp. corporation company co co. group bank university schools
    college institute school labs lab laboratory laboratories technologies technology solutions systems research
    project foundation agency hospital ministry council partners consulting studio studios limited holdings bv
    nv ab oy spa srl polytechnic academy centre center society association department services software
    networks capital ventures health healthcare restaurant hotel cafe café store stores shop clinic museum library firm
    bureau
    theatre theater gallery pharmacy bakery salon factory resort airlines airport newspaper magazine charity trust
    nhs llp lpa pllc l.l.c. l.l.p. p.c. p.l.l.c. pty s.p.a. sarl s.a.r.l. kgaa securities investments bancorp
    bancshares ambulance apartments properties realty homes""".split()  # noqa: SIM905
)
"""Words that end an organisation's name, the property firms' among them ("Summit Ridge Apartments", "Perkins
Properties", "Keller Williams Realty", "Pulte Homes")."""
DEGREE_WORDS = frozenset(
    """bsc msc phd ba ma mba beng meng bachelor bachelor's bachelor’s bachelors master master's master’s masters
    doctor doctorate diploma certificate associate associate's associate’s
    dphil mphil llb llm md bs ms b.sc. m.sc. ph.d. b.s. m.s. b.a. m.a.
    a-levels baccalaureate licence license licenciatura degree bsn msn asn adn aas dnp edd psyd dds dvm jd a.s a.a
    a.a.s aos a.o.s apprenticeship""".split()  # noqa: SIM905
)

DEGREE_ABBREVIATIONS = frozenset(
    """BA BS BSc MA MS MSc MBA BBA BCom BComm MCom MAcc MAc MSA MPA MPH MFA BFA BEd MEd LLB LLM BArch MArch PharmD
    EdS EdD PhD DPhil MPhil MRes MEng BEng BTech MTech BASc MASc BSN MSN ASN ADN AAS AOS BSW MSW MPP MDiv ThM MBBS BDS
    BPharm MPharm BMus MMus MD JD DDS DMD DVM PsyD DNP MLIS MLS MHA BSBA MSF MST""".split()  # noqa: SIM905
)
"""Degrees as their abbreviations are written ("BBA", "MAcc", "PharmD"), with or without full stops."""
_ENGLISH_WORD_DEGREES = frozenset({"MEd", "BEd", "MArch", "EdS", "MAc"})
"""Abbreviations that in capitals are English words ("MARCH", "BED"): degrees only as written above."""
_DEGREES_IN_CAPITALS = frozenset(a.upper() for a in DEGREE_ABBREVIATIONS - _ENGLISH_WORD_DEGREES)


def is_degree_abbreviation(word: str) -> bool:
    """Whether ``word`` is a degree's abbreviation ("BBA", "M.Acc.", "PHD"), as written, or in capitals."""
    bare = word.strip(",;:()").replace(".", "")
    return bare in DEGREE_ABBREVIATIONS or bare in _DEGREES_IN_CAPITALS


def is_degree_line(text: str) -> bool:
    """Whether ``text`` is nothing but degrees' abbreviations ("MBA", "B.S., M.S."): no section's title."""
    words = re.split(r"[\s,/&]+", text.strip())
    return any(words) and all(is_degree_abbreviation(w) for w in words if w)


def is_city_and_code(text: str) -> bool:
    """ "Seattle WA", "London UK": a city's name, then its state's or country's code, without a comma."""
    words = text.strip(" .()").split()
    return (
        "," not in text
        and 2 <= len(words) <= 4
        and words[-1] in places()[1]
        and all(w[:1].isupper() for w in words[:-1])
        and not words_of(" ".join(words[:-1])) & (TITLE_WORDS | ORGANISATION_WORDS | DEGREE_WORDS)
    )


def words_of(text: str) -> set[str]:
    """The words of ``text`` in lower case, without the punctuation around them; a slash or "»" parts words."""
    return {w.strip(".,:;()").lower() for w in text.replace("»", " ").replace("/", " ").split()}


def looks_like_title(text: str) -> bool:
    """Whether ``text`` names a job: it holds a title word (:data:`TITLE_WORDS`), alone or heading a compound."""
    words = words_of(text)
    # "Engineer-in-Training", "Editor-in-Chief", "Member-at-Large": a title word heads the compound.
    heads = {found[1] for word in words if (found := _COMPOUND_TITLE.match(word))}
    return bool((words | heads) & TITLE_WORDS)


_COMPOUND_TITLE = re.compile(r"^([a-z]+)-(?:in|at|of)-[a-z]+$")


def looks_like_organisation(text: str) -> bool:
    """Whether ``text`` names an organisation: a word of one (:data:`ORGANISATION_WORDS`), or an acronym in
    brackets after words that name no job."""
    # "National Institutes of Health (NIH)": an acronym in brackets is an organisation's, but not after a job's word:
    # "Registered Nurse (RN)" and "Credentialed Veterinary Technician (CVT)" name the credential the title is.
    acronyms = _BRACKETED_ACRONYM.finditer(text)
    named = words_of(_OF_SCHOOLS.sub(" ", text)) if "chools" in text else words_of(text)
    return bool(named & ORGANISATION_WORDS) or any(not words_of(m[1]) & TITLE_WORDS for m in acronyms)


_SCHOOL = re.compile(
    r"(?:universit|universidad|uniwersytet|college|collège|colegio|school|schule|institut(?!ions\b|ional)|istituto|polytechn"
    r"|polit[eé]cn|academy|akademie|académie|accademia|högskola|hogeschool|[eé]cole|escola|escuela|scuola|lyc[eé]e"
    r"|liceo\b|gymnasium|conservato|(?-i:\bETH\b))"
    # "High School Diploma", "College Certificate": a word of the institution that names the kind of credential
    r"(?!\w*\s+(?:diploma|certificate|equivalency|degree)\b)",
    re.IGNORECASE,
)
"""The words schools are named with, in English and in the languages of the schools a résumé names in them
("Institut Paul Bocuse", "Universität Wien", "Escuela de Cocina", "Politecnico di Milano", "Lycée Hoche"). Institutions
in the plural and what is institutional name a subject ("Minor in Financial Institutions"), never one school."""


def names_school(text: str) -> bool:
    """Whether ``text`` names a school ("Joliet West High School", "University of Leeds", "Institut Paul Bocuse");
    "High School Diploma" names what it gave, and "School Counselor Certificate" or "College Advisor" the job one
    holds at a school (a word of a title after the school's word), no school."""
    return any(
        not ((after := _WORD_AFTER.match(text, found.end())) and after[1].lower() in TITLE_WORDS)
        for found in _SCHOOL.finditer(text)
    )


_WORD_AFTER = re.compile(r"\w*\s+([^\W\d_]+)")
"""The rest of a school's word, then the word after it."""


def names_campus(name: str, town: str) -> bool:
    """Whether ``town``, after a comma, names the campus of the university ``name`` is a system of: a US state's
    university ("University of California, San Diego", "University of Wisconsin, Madison"), whose campuses are
    its towns. The two are one name, no employer and its place; a town's name is no unit's ("Medical School"),
    though a town named for its college is named with the word ("University of Maryland, College Park")."""
    found = _STATE_UNIVERSITY.fullmatch(name.strip())
    town = town.strip()
    return (
        found is not None
        and is_us_state(found["state"])
        and _CAMPUS.fullmatch(town) is not None
        and not (is_us_state(town) or (is_place(town) and town.isupper()))
        and not words_of(town) & (TITLE_WORDS | DEGREE_WORDS)
        and (is_college_town(town) or not words_of(town) & ORGANISATION_WORDS)
    )


def is_college_town(text: str) -> bool:
    """Whether ``text`` names a town for the college it grew around ("College Park", "College Station", "University
    Park", "University Place"): a town, though its first word is a school's."""
    return _COLLEGE_TOWN.fullmatch(text.strip()) is not None


_STATE_UNIVERSITY = re.compile(r"(?:The\s+)?University\s+of\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_COLLEGE_TOWN = re.compile(r"(?:College|University)\s+(?:Park|Station|Place|Point|City|Heights|Hills?|Grove)")
"""A town named for its college: the word, then a town's generic word ("College Park", "University Heights")."""
_CAMPUS = re.compile(r"[A-Z][a-z'.’]+(?:[ -][A-Z][a-z'.’]+){0,2}")
"""A town's name as a campus is named by it: up to three capitalised words ("Chapel Hill", "Urbana-Champaign")."""


_OF_SCHOOLS = re.compile(r"\bof\s+(?:the\s+)?schools\b", re.IGNORECASE)
"""Schools a title is over ("Superintendent of Schools", "Director of Schools"): a district's name ends in the word
("Columbus City Schools", "Fairfax County Public Schools"), a title's charge only follows "of"."""


_BRACKETED_ACRONYM = re.compile(r"(\S+)\s*\(([A-Z]{2,})\)")
"""An acronym in brackets, with the word before it ("Health (NIH)", "Nurse (RN)")."""


@dataclass(frozen=True)
class Span:
    """A date span found on a line, and the line's text without it."""

    start: str | None
    end: str | None
    rest: str
    open: bool = False
    """Left open by a dash with nothing after it ("2024–"), or "since 2024": still going on."""

    @property
    def single(self) -> bool:
        """One date, not left open ("March 2019"): a point in time, such as when a degree was awarded."""
        return self.start is not None and self.end is None and not self.open


def find_span(text: str) -> Span | None:
    """The date span in a column of its own in ``text`` (see the module), start first; None if none.

    Columns are set apart by tabs, bars and dots, or by slashes ("📅 Jan 2025 - Jan 2026 / Nantes"), and a
    symbol before the dates ("📅") is decoration."""
    found = _span_in(CELLS.split(text))
    if found is None and " / " in text:
        found = _span_in([piece for cell in CELLS.split(text) for piece in SLASHED.split(cell)])
    return found


SLASHED = re.compile(r"\s+/\s+")
_BRACKETED = re.compile(r"^[\[(]\s+(.*?)\s+[\])]$")
"""A cell in brackets with spaces inside them, as Europass sets its dates."""


_EXPECTED = re.compile(
    r"\b((?:(?:in progress|ongoing|currently enrolled)\s*[,;]\s*)?(?:expected|anticipated))"
    r"(?:\s+(?:graduation|completion))?:?\s+(?=(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
"""The words before a date not yet reached ("Expected May 2027", "in progress, expected 2026"): part of the date,
never of the school's name."""


_SHORT_YEAR = re.compile(rf"\b({_MONTH})\.?\s*['’‘](\d{{2}})\b", re.IGNORECASE)
"""A month and a year of two digits after an apostrophe ("Jan '14", "Mar ’19"), as résumés typed by hand write them."""


def _full_year(found: re.Match[str]) -> str:
    """ "Jan '14" → "Jan 2014"; a year of two digits later than this one's is of the last century ("'98")."""
    short = int(found.group(2))
    century = 2000 if short <= dt.date.today().year % 100 else 1900
    return f"{found.group(1)} {century + short}"


_NOTE_AFTER_A_SPAN = re.compile(r"\s\((?![^()]*\b(?:19|20)\d\d\b)[^()]*[A-Za-z][^()]*\)$")
"""A note in brackets that ends a line after its dates and names no year ("(minor in Materials Science)")."""


def _span_in(cells: list[str]) -> Span | None:
    for n, cell in enumerate(cells):
        stripped = _BRACKETED.sub(r"\1", SYMBOL.sub("", cell).strip(" ,;"))  # "[ 1 Jul 2025 – Current ]"
        if "'" in stripped or "’" in stripped or "‘" in stripped:
            stripped = _SHORT_YEAR.sub(_full_year, stripped)
        stripped = _MONTHS_OF_A_YEAR.sub(r"\1 \4\2\3", stripped)  # "September 2024 – November 2024"
        expected = _EXPECTED.search(stripped)
        if expected and stripped[: expected.start()].rstrip().endswith("("):
            expected = None  # "(anticipated September 2025)": a qualifier in brackets stays where it is written
        if expected:
            stripped = stripped[: expected.start()] + stripped[expected.end() :]
        found = CELL_SPAN.match(stripped)
        rest_of_cell = ""
        noted = _NOTE_AFTER_A_SPAN.search(stripped) if not found else None
        front = stripped[: noted.start()] if noted else ""
        if noted and (in_front := CELL_SPAN.match(front) or _TAIL_SPAN.search(front)) and _strong(in_front):
            # "…, Rochester, NY — May 2019 (minor in Materials Science)", "Buffalo, NY | June 2019 – February 2022
            # (contract)": a note in brackets after the dates that close the line is the entry's, as written, a
            # piece of its own after the words before the dates (in their cell, or the cell before); the dates are
            # still its dates.
            found, note = in_front, noted.group().strip()
            before = front[: found.start()].strip(" ,;-–—").lstrip("/ ")
            if before or not n:
                rest_of_cell = f"{before}\t{note}".strip()
            else:
                cells = [*cells[: n - 1], f"{cells[n - 1].rstrip()} {note}", *cells[n:]]
        elif not found:
            found = _TAIL_SPAN.search(stripped) or (_HEAD_SPAN.match(stripped) if len(cells) == 1 else None)
            if not found or not _strong(found):
                continue
            rest_of_cell = (stripped[: found.start()] + " " + stripped[found.end() :]).strip(" ,;-–—").lstrip("/ ")
        first, second = found.group("first"), found.group("second")
        if second is not None and (dates.is_open(first) or _later(first, second)):
            first, second = second, first
        if dates.is_open(first):
            continue
        rest = "\t".join(c for c in [*cells[:n], rest_of_cell, *cells[n + 1 :]] if c.strip())
        open_ = found.group("open") is not None
        if open_ and found.re is _HEAD_SPAN and stripped[found.start("open") - 1].isspace():
            open_ = False  # "2022 - PhD in Earth Sciences": a dash between the date and the words, no open end
        if expected:  # the date it stood before: the span's end, written as the résumé wrote it
            word = expected.group(1)
            first, second = (first, f"{word} {second}") if second is not None else (f"{word} {first}", None)
        return Span(first, second, rest, open_ or found.group("since") is not None)
    return None


_DASHED_OFF = re.compile(r"(?<!\d{4})\s[–—-]\s+$")
"""A dash set apart by spaces after a word or a short number: what sets a line's last column off from its words
("Wright State University — 2016", "Inside Wireman Apprenticeship, IBEW Local 98 — 2015"); after a year ("_2016 -
2018"), the dash ends a span tailor could not read whole."""


def _strong(found: re.Match[str]) -> bool:
    """A span inside other words counts when it is unmistakably dates: two of them, a month, a year left
    open by a dash ("2024– Acme") or after "since", or a year the line ends on after a spaced dash or in
    brackets ("TideTable, an iOS app for tide forecasts (2022)")."""
    if found.group("second") is not None or found.group("open") is not None or found.group("since") is not None:
        return True
    if found.re is _TAIL_SPAN and _DASHED_OFF.search(found.string[: found.start("first")]):
        return True
    if found.re is _TAIL_SPAN and found.group().startswith("(") and found.string.endswith(")"):
        # Not after a label ("Award: Employee of the Year (2019)" under a role is one of its lines, no entry).
        return ":" not in found.string[: found.start()]
    return not found.group("first").isdigit()


def _later(first: str, second: str) -> bool:
    a, b = dates.read(first), dates.read(second)
    return a is not None and b is not None and (a.year, a.month or 0) > (b.year, b.month or 0)


_SENTENCE_WORDS = frozenset("the a an to in for with on by into from".split())  # noqa: SIM905
"""Small words a sentence has and a name seldom has two of ("of" and "and" are in names: "Bank of America")."""


def is_sentence(text: str) -> bool:
    """Prose rather than a title line: a full stop after eight words or more (five with two of a sentence's
    small words), or sixteen words that are
    not all capitalised as a name is ("Ministry of Environment, Climate Change and Natural Resources
    (MECCNAR) – Central Project Coordination Unit (CPCU), The Gambia")."""
    words = text.split()
    # A company's legal form ends a title line with its own full stop ("…, Brightwater Consultants, Inc."): no
    # sentence's, as :func:`ends_sentence` reads it.
    stopped = text.rstrip().endswith(".") and words[-1].lower() not in ORGANISATION_WORDS
    if stopped and _named_pieces(text):
        return False
    if stopped:
        # Or five words with a verb's small words among them, lower case: "Maintained the database in Excel."
        return len(words) >= 8 or (len(words) >= 5 and len(_SENTENCE_WORDS.intersection(words)) >= 2)
    if len(words) < 16:
        return False
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)
    return not (capitalised and looks_like_organisation(text))


def is_clause(text: str) -> bool:
    """A claim written as a résumé's bullet is when its mark and full stop are left off ("Wire and troubleshoot
    motor control circuits, starters and VFDs for conveyors"): eight words or more, more of those after the
    first in lower case than capitalised. A title, an organisation or a place capitalises its words; a note in
    brackets after them is no claim ("Lewis University, Romeoville, IL (evenings, while working full time)")."""
    words = text.split()
    if len(words) < 8:
        return False
    named = _NOTE_IN_BRACKETS.sub(" ", text).split()
    rest = [w for w in named[1:] if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    lower = sum(w[:1].islower() for w in rest)
    return lower > len(rest) - lower


_NOTE_IN_BRACKETS = re.compile(r"\([^()]*\)")
"""A note in brackets."""
_SMALL_WORDS = frozenset("of and for the in on at to de du des la le el y del der für und".split())  # noqa: SIM905
"""Words a name in capitals keeps in lower case ("Ministry of Environment and Natural Resources")."""


_LETTERS_STOPPED = re.compile(r"\b(?:[A-Z][a-z]?\.){2,}")
"""Letters each with its stop, as a degree or a country is abbreviated ("M.S.", "Ph.D.", "B.Sc.", "U.S.")."""
_NAME_IN_BRACKETS = re.compile(r"\s\((?:[^\W\d_]+\s?){1,3}\)")
"""A name of one to three words in brackets after another, as a place's in its own script or tongue is given."""


def _named_pieces(text: str) -> bool:
    """Whether ``text`` is a role's or degree's line of names ended with a full stop, as LaTeX's moderncv
    ends an entry's line ("Design Engineer, Acme Motors, Detroit, MI."): two to five pieces parted by commas,
    each a few words capitalised as a name is, the last a place; no label, number, bracket or other full
    stop. A title line, not prose, however many its words."""
    body = text.rstrip().removesuffix(".")
    pieces = [p.strip() for p in body.split(",")]
    if not 2 <= len(pieces) <= 5 or any(not p or len(p.split()) > 7 for p in pieces):
        return False
    # A degree's letters ("M.S. in Electrical Engineering") and a name's in brackets after it ("Thessaloniki
    # (Θεσσαλονίκη)") are a name's, no sentence's stop nor note.
    named = _NAME_IN_BRACKETS.sub("", _LETTERS_STOPPED.sub("", body))
    if re.search(r"[:\d()\[\]]|\.\s", named) or not (is_place(pieces[-1]) or is_location(", ".join(pieces[-2:]))):
        return False
    words = [w.strip("*_") for w in body.split()]
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)


def normal_title(text: str) -> str:
    """``text`` to compare as a heading: lower case, without punctuation or accent on "é" ("Résumé" → "resume")."""
    return re.sub(r"[^\w ]+", "", text.lower().replace("é", "e")).strip()


_OWN_SCRIPT = re.compile(r"\s*\((?=[^()]*[^\W\d_])[^()A-Za-z\u00C0-\u024F]+\)")
"""A bracket that holds words in another script than the Latin alphabet alone ("(Алматы)", "(Θεσσαλονίκη)"): the name
before it as its own people write it, no organisation's or detail's."""


def is_location(text: str) -> bool:
    """ "Lausanne, Switzerland", "Austin, TX": a known place last, and before it names that are no title,
    organisation or degree; a numeric postal code after the place ("Charlottesville, VA 22901") is part of it.
    No town stands before "Remote" or "EMEA": "Stackwise, Remote" names an employer. How the work was done may
    follow in brackets ("Austin, TX (Hybrid)"), and so may the code of its airport ("Seattle, WA (SEA)")."""
    if (worked := _HOW_WORKED.search(text)) and says_how_worked(worked["how"]):
        text = text[: worked.start()]
    text = _PLACE_CODE.sub("", text)
    bracketed = TOWN_AND_COUNTRY.fullmatch(text)
    if bracketed and is_place(bracketed["country"]) and not stands_alone(bracketed["country"]):
        # "Innsbruck (Austria)", as Europass writes every place: a town, its country in brackets.
        text = f"{bracketed['town']}, {bracketed['country']}"
    text = _OWN_SCRIPT.sub("", text)  # "Almaty (Алматы), Kazakhstan": the town's name in its own script
    if "(" in text:  # "Synple Chem (Zurich, Switzerland)": an organisation with its place
        return False
    parts = [p.strip() for p in text.split(",")]
    parts[-1] = re.sub(r"\s+\d{4,6}(?:-\d{4})?$", "", parts[-1])
    others = [p for p in parts[:-1] if not is_place(p)]
    if len(parts) == 2 and is_region_code(parts[-1]) and _one_word_town(parts[0]):
        # Towns are named for what people did there ("Mentor, OH", "Porter, TX"): one word before a state's code is
        # a town whatever it names, as no title is written with a state's code after its comma.
        return True
    return (
        len(parts) <= 3
        and is_place(parts[-1])
        and not (others and stands_alone(parts[-1]))
        and all(len(_INSTALLATION.sub("", p).split()) <= 3 and p[:1].isupper() for p in others)
        # A school named in its own language ("Institut Paul Bocuse, Ecully, France") is no town before the place.
        and not any(
            not is_college_town(p)
            and (words_of(p) & (TITLE_WORDS | ORGANISATION_WORDS | DEGREE_WORDS | _UNIT_WORDS) or names_school(p))
            for p in others
        )
    )


_POSTED_US_PLACE = re.compile(
    r"(?P<place>[^,]+,\s*(?P<state>[A-Z]{2}))(?:\s+\d{5}(?:-\d{4})?)?\s+(?:United\s+States(?:\s+of\s+America)?|"
    r"USA|US|U\.S\.(?:A\.)?)"
)
"""A town, its state's code, maybe its ZIP code, and the country after them with no comma ("Norfolk, VA 23511 United
States", "Chesapeake, VA 23320 US"), as USAJOBS's résumé writes every address it holds."""


def us_place(text: str) -> str | None:
    """The town and state of a US address written with its country after them, as USAJOBS's résumé writes an
    employer's, a school's and the applicant's ("Norfolk, VA 23511 United States" → "Norfolk, VA"): what a résumé
    prints as where the work was; None for any other text."""
    found = _POSTED_US_PLACE.fullmatch(text.strip())
    if found is None or not is_region_code(found["state"]) or not is_location(found["place"]):
        return None
    return found["place"]


_GLUED_TOWN = re.compile(
    r"(?P<front>[^,]+?)\s*,\s*(?P<state>[A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?(?:\s+(?:United\s+States|USA|US))?"
)
_SCHOOL_HEAD = frozenset({"university", "college", "institute", "school", "academy", "polytechnic", "seminary"})
_JOINS_A_NAME = frozenset({"of", "at", "in", "for", "and", "&", "the"})


def school_and_town(text: str) -> tuple[str, str] | None:
    """(school, "Town, ST") of a school's name run into its town with no comma between, the state and country after
    it, as USAJOBS's résumé writes each school ("Old Dominion University Norfolk, VA United States", "The
    Pennsylvania State University University Park, PA United States"); None where the town cannot be told from the
    name. The town is a name repeated after the school's own ("University of Alabama in Huntsville Huntsville"), else
    the words after the school's head word and what its small words join to it ("… University of Utah Salt Lake
    City"), up to three capitalised words."""
    found = _GLUED_TOWN.fullmatch(text.strip())
    if found is None or not is_region_code(found["state"]):
        return None
    words = found["front"].split()
    cut = next((len(words) - k for k in (3, 2, 1) if 2 * k < len(words) and words[-k:] == words[-2 * k : -k]), None)
    if cut is None:
        head = next((n for n, word in enumerate(words) if word.lower() in _SCHOOL_HEAD), None)
        if head is None:
            return None
        cut = head + 1
        while cut + 1 < len(words) and words[cut].lower() in _JOINS_A_NAME:
            cut += 2
    school, town = " ".join(words[:cut]), words[cut:]
    if not 1 <= len(town) <= 3 or not all(w[:1].isupper() for w in town) or not names_school(school):
        return None
    return school, f"{' '.join(town)}, {found['state']}"


TOWN_AND_COUNTRY = re.compile(r"(?P<town>[^(),]+?)\s*\((?P<country>[^(),]+)\)")
"""A town and its country in brackets after it ("Split (Croatia)")."""
_TOWN_WORD = re.compile(r"[A-Z][a-z]{2,}")
"""A town's name of one word, in capitals and small letters ("Mentor")."""


def _one_word_town(text: str) -> bool:
    """Whether ``text`` may be a town of one word before its state's code: a capitalised word that names no
    organisation or degree ("Mentor", "Porter"; not "College", "Bachelor")."""
    return bool(_TOWN_WORD.fullmatch(text)) and not words_of(text) & (ORGANISATION_WORDS | DEGREE_WORDS | _UNIT_WORDS)


_UNIT_WORDS = frozenset("unit division outpatient inpatient therapy rehabilitation".split())  # noqa: SIM905
"""Words of a part of an organisation, as a hospital's or an agency's name ends in one ("Outpatient Therapy",
"Burn Unit"), that no town's name holds: before a place, they name where in the employer the work was."""


_HOW_WORKED = re.compile(r"\s*\((?P<how>[^()]+)\)\s*$")
"""A bracket that ends a line's place, saying how the work was done there ("Remote", "Hybrid")."""
_PLACE_CODE = re.compile(r"(?<=\w)\s*\([A-Z]{3,4}\)\s*$")
"""A code in brackets that ends a place, as pilots, cabin crew and airport staff name a base by its airport's IATA
or ICAO code ("Seattle, WA (SEA)", "Denver, CO (KDEN)"): part of the place, not an organisation beside it."""


_INSTALLATION = re.compile(
    r"\s*\b(?:Air Force Base|Air Reserve Base|Air National Guard Base|Naval Air Station|Naval Station|Naval Base"
    r"|Marine Corps Base|Marine Corps Air Station|Joint Base|Army Airfield)\b\s*"
)
"""What names a military installation, as a veteran's résumé gives where each tour was ("Little Rock Air Force
Base, AR", "Naval Air Station Pensacola, FL"): a place, its town's name with more words than a town's."""


def split_items(text: str) -> list[str]:
    """The items of a list written on one line, split at its commas, semicolons, bars, dots and bullets, except
    inside brackets ("Russian (B1-B2, current focus)" is one); a symbol before an item ("📊 Analytics") is
    decoration."""
    items = (_LEADING_SYMBOL.sub("", t).strip() for t in _ITEM_BREAK.split(text))
    return [t for t in items if t]


_LEADING_SYMBOL = re.compile(rf"^\s*(?:{SYMBOL.pattern}|{FLAG.pattern})\s*")


_ITEM_BREAK = re.compile(
    r"(?:\s*[,;•·]\s*|\s*(?:(?<![A-Za-z]{2} [A-Z])\||\|(?![A-Z]\b))\s*|\s+[*▪●◆■♦]\s+)(?![^()]*\))"
)
"""What parts the items of a one-line list: a comma, semicolon, bar or dot, or a bullet set between two spaces as
text pasted from an e-mail writes one ("Onboarding * Payroll * HRIS"). A bar set tight between a name's last two
letters is part of the name, as a console's is ("Xbox Series X|S"); "R|C|Go" and "Xbox | Switch" are lists."""


def ends_sentence(text: str) -> bool:
    """A line of three words or more that ends a sentence, not an abbreviation ("Acme Co.")."""
    words = text.split()
    return len(words) >= 3 and text.endswith((".", "!")) and words[-1].lower() not in ORGANISATION_WORDS


GLYPHS = "•●▪■◦‣➢➤►▶▸▹❖◆◇"
"""Glyphs that are only ever bullets or ornaments, never a word's first letter."""


def trim(text: str) -> str:
    """``text`` without the spaces and punctuation around it, a bullet glyph set against its first word
    ("•University of Warsaw"), and a bracket only when it has no partner."""
    text = text.strip(" ,;:").lstrip(GLYPHS)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1]
    if text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:]
    text = text.strip(" ,;:")
    # A sentence's full stop ("…, New Zealand."), not an abbreviation's ("Acme Inc.", "Co.", and one of letters each
    # with its stop, however long: a company form's "S.A.C.", "S.p.A.", "L.L.C.").
    last = text.split()[-1] if text.split() else ""
    return text[:-1] if text.endswith(".") and len(last) > 5 and not _DOTTED.fullmatch(last) else text


_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}")
"""An abbreviation written as letters each followed by its stop: "S.A.C.", "S.p.A.", "U.S.A."."""


OPENS_WITH_DATE = re.compile(
    rf"^[(\[]?(?:{_MONTH}\s*\d{{4}}|{_SEASON}\s+\d{{4}}|\d{{1,2}}[/.-]\d{{4}}|(?:19|20)\d{{2}}\b)", re.IGNORECASE
)
