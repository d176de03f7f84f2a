"""Certificates and awards → each a name, an issuer and a date, with what its line says of its expiry, renewal
or value."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tailor.cv import dates
from tailor.cv.importers.clues import (
    CELLS,
    DATE,
    GLYPHS,
    ORGANISATION_WORDS,
    Span,
    ends_sentence,
    find_span,
    is_location,
    looks_like_organisation,
    looks_like_title,
    words_of,
)
from tailor.cv.importers.credential_columns import by_columns
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import TITLE_WORDS
from tailor.lexicon import everyday
from tailor.places import is_place, is_us_state
from tailor.teaching_licences import names_grades

_CERTIFICATE = re.compile(r"certif|licen[cs]e|course|training", re.IGNORECASE)
_AMOUNT = re.compile(r"(?:[A-Z]{3}\s?)?(?:[$€£¥]?\s?\d{1,3}(?:[,.\s]\d{3})+(?:\.\d{2})?|[$€£¥]\s?\d+)(?:\s?[A-Z]{3})?")
"""A sum of money, with its currency's sign or code ("$1,500 USD", "365,058", "€2.000", "€ 12 300")."""
AWARD_WORDS = re.compile(
    r"award|prize|grant\b|fellowship|scholarship|medal|honou?r|\bof\s+the\s+(?:year|month|quarter)\b", re.IGNORECASE
)
"""Words that name an award: a prize's kinds, and the best of a period ("Store Manager of the Year", "Employee of the
Month"), which names the award whatever workplace it names."""
_COLUMN_WORDS = frozenset(
    """title body year date name value amount award prize grant issuer organisation certification certificate
    license licence credential funder funding agency sponsor""".split()  # noqa: SIM905
)


def _column_name(cell: str) -> bool:
    """Whether a table cell names a column of credentials ("Title and Body", "Year", "Value (A$)", "Licenses")."""
    words = {w.removesuffix("s") for w in re.sub(r"\(.*?\)", "", cell).lower().replace("and", " ").split()}
    return bool(words) and words <= _COLUMN_WORDS


def _names_credential(text: str) -> bool:
    """Whether ``text`` reads as a credential's own name ("Registered Nurse", "AWS Certified Developer")
    rather than who issued it ("NASA", "HTW Dresden, Germany")."""
    return bool(_CERTIFICATE.search(text) or AWARD_WORDS.search(text)) or looks_like_title(text)


def names_certificate(text: str) -> bool:
    """Whether ``text`` names a certificate, a licence, a course or a training ("Microsoft Certified Application
    Developer", "Registered Nurse License")."""
    return _CERTIFICATE.search(text) is not None


def add_certificate(draft: Draft, name: str, others: list[str], span: Span | None) -> None:
    """A credential listed among degrees → ``draft.data["certificates"]``: ``name`` the piece of its entry that names
    it, ``others`` the entry's other pieces, of which one may name who gave it. One still under way ("2024 –
    Present") is dated when it is held, so it gets no date and a note."""
    going = span is not None and (span.open or (span.end and dates.is_open(span.end)))
    found = draft.data.setdefault("certificates", [])
    rest = [p for p in others if _DATED_BY.sub("", p)]  # "— Licensed 2019": no issuer
    name, issuer = _name_and_issuer(draft, ("certificates", len(found)), name, rest)
    found.append({"name": name, "issuer": issuer, "date": None if going or not span else span.end or span.start})
    if going and span:
        draft.note(("certificates", len(found) - 1), f"under way since {span.start}: date it once held")


_BAR_ADMISSIONS = re.compile(r"(?i)\b(?:bar|court)\b.*\badmissions?\b|^\W*admissions?\W*$")
"""A heading of a lawyer's admissions ("Bar Admissions", "Bar and Court Admissions", "Admissions"), under which a
place alone names the bar that admitted them."""


def name_bar_admissions(draft: Draft, first: int, title: str) -> None:
    """The certificates from the ``first`` on, read under the heading ``title``, each named as what it is where the
    heading names bar admissions and a certificate only the state that admitted the lawyer ("Pennsylvania (2018)"
    under "BAR ADMISSIONS" → "Pennsylvania Bar Admission"): a state's name alone says nothing under a résumé's
    "Certificates", and a posting's "admission to the New Jersey Bar" is asked of it. A court keeps its name."""
    if not _BAR_ADMISSIONS.search(title):
        return
    for n, certificate in enumerate(draft.data.get("certificates", [])[first:], first):
        name = str(certificate["name"]).strip()
        if is_place(name) or is_us_state(name):
            certificate["name"] = f"{name} Bar Admission"
            said = f"named from its heading '{title.strip()}': write it as you name it"
            draft.note(("certificates", n, "name"), said)


_LINK_LABEL = re.compile(
    r"(?i)(?:\W*(?:link|view|show|see|verify|open|download)\b.{0,20}"
    r"(?:certificate|certification|credential|badge|award|here|link)s?\W*|\W*(?:certificate|credential)\W*)"
)
"""The words of a link to a credential, on a line of their own under its name ("Link to Certificate")."""


def read_credentials(draft: Draft, kind: str, lines: list[Line]) -> None:
    """A section of certificates or awards → ``draft.data[kind]``: each a name, an issuer and a date.

    One line is one credential ("AWS Solutions Architect | Amazon | 2023"), its issuer after a comma, after a
    spaced dash or in a cell of its own. Lines under a name may complete it: its date alone, its issuer and
    date ("Scrimba Jan 2026" under a course's name), or its giver set smaller or as an item under it. A
    table's header row is skipped, and a grant's value kept as a comment, since no field holds it; a table whose
    header names its columns is read by them (:func:`~tailor.cv.importers.credential_columns.by_columns`).
    """
    found = draft.data.setdefault(kind, [])
    first = len(found)  # what earlier sections of this kind gave
    lines = by_columns(draft, lines)
    listed = any(line.item for line in lines)  # a line that is no item then goes with the item above it
    by_year = sum(bool(_OPENS_DATED.match(line.plain)) for line in lines) >= 2  # "2024  Certificate, …"
    pending: dict[str, Any] | None = None  # a name alone on its line, its issuer and date perhaps under it
    above: Line | None = None
    above_dated = False
    renewal: str | None = None  # the line above's renewal, told once the credential it belongs to is known
    expiry: _Expiry | None = None  # and the line above's expiry
    hours: str | None = None  # and the hours of learning it says the course gave
    standing: str | None = None  # and its standing ("active")
    for line in (piece for whole in lines for piece in _dated_apart(whole)):
        _tell_renewal(draft, found, renewal)
        _tell_expiry(draft, kind, found, expiry)
        _tell_hours(draft, found, hours)
        _tell_standing(draft, found, standing)
        renewal = expiry = hours = standing = None
        if line.links and _LINK_LABEL.fullmatch(line.plain):
            continue  # "Link to Certificate", "Show credential": where to see one, no credential
        if found and (qualified := _QUALIFIES_THE_ONE_ABOVE.fullmatch(line.plain.strip())):
            # "Endorsements: H, N, T" under a CDL is the licence's; "Restrictions: None" a note on it, no credential.
            if qualified["what"].lower().startswith("endorsement"):
                found[-1]["name"] = f"{found[-1]['name']}, {line.plain.strip()}"
            else:
                draft.leftovers.append(f"{line.plain.strip()} (of '{found[-1]['name']}')")
            pending = None
            continue
        if found and (said := _said_of_the_one_above(line.plain)) is not None:
            # "Renewed 2024, expires 2027", "License #045872" on a line of its own under a credential: its own.
            renewal, expiry, number = said
            if number:  # with the name, as where the line gives it after the name (_number_in_name)
                found[-1]["name"] = f"{found[-1]['name']}, {number}"
            if renewal and found[-1]["date"] is None and (renewed := _RENEWAL.search(f", {renewal}")):
                found[-1]["date"] = renewed["date"]  # the one date it is held since
            pending = None  # what it says completes the one above: the line under it is the next credential
            continue
        line, hours = _without_hours(line)
        line, standing = _without_standing(line)
        line, expiry = _without_expiry(line)
        line = _number_before_date(line)
        line, renewal, renewed = _without_renewal(line)
        line, under_way = _without_under_way(line)
        line = _giver_before_date(line)
        if kind == "certificates" and _about_work(line.plain):
            # "Clinical preceptor for … students, 4–6 students per year.": a sentence about work done beside one's
            # credentials ("… & Service"), which no certificate is; kept whole for its owner to place.
            draft.leftovers.append(line.plain.strip())
            pending = None
            continue
        span = (
            _several_dates(draft, (kind, len(found)), line.text)
            or _dated_place(draft, line.text)
            or find_span(line.text)
            or _year_at_end(line.text)
            or _year_first(line.text, by_year=by_year)
        )
        going_on = span is not None and (span.open or bool(span.end and dates.is_open(span.end)))
        if kind == "awards" and going_on and not AWARD_WORDS.search(line.plain):
            # "Volunteer, Lakeside Food Pantry (2018 – Present)" under "Awards & Community": what still goes on and
            # names no award (a fellowship held since 2022 is one) is work of one's own, kept whole for its owner
            # to place.
            draft.leftovers.append(line.plain)
            pending = None
            continue
        if span is None and renewed:  # "…, renewed 2025" and no other date: the one the credential is held since
            span = Span(start=renewed, end=None, rest=line.text)
        dated = span is not None
        if span and span.rest.count("(") > span.rest.count(")"):
            if (given := _GIVER_IN_BRACKETS.fullmatch(span.rest.rstrip(" ,"))) and _names_a_giver(given["issuer"]):
                # "MEDDICC Certified (MEDDICC Academy, 2023)": who gave it and when, in brackets after its name.
                span = replace(span, rest=f"{given['name']}\t{given['issuer']}")
            else:
                # A date inside words in brackets ("(anticipated September 2025)") qualifies the name: kept whole.
                span = None
        text = _DATED_BY.sub("", span.rest) if span else line.text  # "…, issued March 2021": the date's word too
        alone = span is not None and not text.strip()  # a date with no name: a credential's, never one itself
        if found and ((listed and not line.item and ends_sentence(line.plain)) or alone):
            # The date, or a sentence about it, on a line of its own under a credential's name.
            if span and alone and found[-1]["date"] is None:
                # As where the line gives it after the name: "June 2016 to June 2026" under a certification is when
                # it was gained and when it runs out, both facts, not the end alone.
                _date(found[-1], kind, span, line.text)
            else:
                draft.leftovers.append(line.plain)
            continue
        cells = [c.strip(" ,").lstrip(GLYPHS) for c in CELLS.split(text) if c.strip(" ,").lstrip(GLYPHS)]
        if cells and all(_column_name(cell) for cell in cells):
            # A table's header ("Title and Body | Year | Value (A$)"), or a cell of it on a line of its own, as a
            # Word table that lays a name beside its year gives it ("Certification", then "Year").
            continue
        if cells and (value := _DASHED_AMOUNT.search(cells[0])):  # "Travel Award - $1,500 USD"
            cells[:1] = [cells[0][: value.start()], value["amount"]]
        named = cells[0] if cells else ""
        if len(cells) == 1 and (value := _COMMA_AMOUNT.search(cells[0])):  # "NEH Fellowship, NEH, $60,000"
            cells[:1] = [cells[0][: value.start()], value["amount"]]
            named = cells[0].partition(", ")[0]  # the name, its issuer after it
        if len(cells) == 1 and not (kind == "awards" and _giver_first(cells[0].split(", "))):
            # "Harbor Press Club, Excellence in Journalism – Environmental Reporting": a line that opens with who gave
            # the award sets its category after the dash, no second giver (:func:`_name_and_issuer` reads the giver).
            cells = _issuer_after_dash(cells[0])
        amounts = [cell for cell in cells[1:] if _AMOUNT.fullmatch(cell)]
        if amounts:
            draft.leftovers += [f"Value of '{named}': {', '.join(amounts)}"]
            cells = [cell for cell in cells if cell not in amounts]
        if (
            pending is not None
            and above is not None
            and span
            and cells
            and _issuer_and_date(line, text, above)
            and not _names_its_own_giver(cells)
        ):
            if _describes(", ".join(cells)):  # "Sit-down counterbalance & reach truck, 2021": what it covers
                draft.leftovers.append(f"About '{pending['name']}': {', '.join(cells)}")
            else:
                pending["name"], pending["issuer"] = _wrapped_name(pending["name"], ", ".join(cells))
            _date(pending, kind, span, line.text)
            pending = None
            continue
        if (
            found
            and above is not None
            and cells
            and not (dated or found[-1]["issuer"] or _names_credential(text))
            and _giver(line, above, above_dated)
        ):
            found[-1]["issuer"] = ", ".join(cells)
            continue
        if len(cells) == 1 and (listed_here := credentials_listed(cells[0])):
            # "ACLS, PALS, PHTLS, CPR/BLS Instructor": credentials listed on one line, each its own, no issuer.
            when = _when(span, line.text) if span else None
            found += [{"name": each, "issuer": "", "date": when} for each in listed_here]
            pending, above, above_dated = None, line, dated
            continue
        if not dated and kind == "certificates" and _set_side_by_side(cells):
            # "EPA 608 Universal | NATE Certified | OSHA 30": credentials set side by side on one line, each its own.
            found += [{"name": each, "issuer": "", "date": None} for each in cells]
            pending, above, above_dated = None, line, dated
            continue
        if kind == "certificates" and cells and AWARD_WORDS.search(cells[0]) and not _CERTIFICATE.search(line.plain):
            # "Employee of the Quarter, Mercy Hospital, 2021" among licences: an award, printed as one.
            awards = draft.data.setdefault("awards", [])
            name, issuer = _name_and_issuer(draft, ("awards", len(awards)), cells[0], cells[1:])
            awards.append({"name": name, "issuer": issuer, "date": _when(span, line.text) if span else None})
            pending, above, above_dated = None, line, dated
            renewal = expiry = hours = None  # no award runs out: nothing of this line is a certificate's
            continue
        name, issuer = _name_and_issuer(draft, (kind, len(found)), cells[0] if cells else "", cells[1:])
        found.append({"name": name, "issuer": issuer, "date": under_way})
        if span:
            _date(found[-1], kind, span, line.text)
        if name.count("(") > name.count(")"):
            # "…, 2019 (renewed" over "2024)": a line cut inside its brackets, read as a name and a date under it.
            draft.note(
                (kind, len(found) - 1), "its name leaves a bracket open, as a line cut in two does: check name and date"
            )
        # A name whose line says when it runs out ("AWS D1.1 3G SMAW – exp. 06/2026"), or the holder's number, as
        # a line's last words ("IL Journeyman Electrician - IBEW Card # J-55-1290"), is a whole entry: the dated line
        # under it ("OSHA 10 – 2018") is the next credential, not its issuer.
        numbered = _CREDENTIAL_NUMBER.search(name) is not None
        # A line that ends in a year tailor does not read as its date ("… - Cummins Sales & Service 2015", no comma
        # before it) has its year all the same: the dated line under it ("… - 2016") is the next credential.
        yeared = _ENDS_IN_YEAR.search(name) is not None
        whole = dated or issuer or expiry is not None or under_way is not None or numbered or yeared
        pending, above, above_dated = (None if whole else found[-1]), line, dated
    _tell_renewal(draft, found, renewal)
    _tell_expiry(draft, kind, found, expiry)
    _tell_hours(draft, found, hours)
    _tell_standing(draft, found, standing)
    _givers_the_section_names(found, first)
    _without_repeats(draft, kind, first)


def _givers_the_section_names(found: list[dict[str, Any]], first: int) -> None:
    """Each credential read from ``found[first:]`` (one section's) whose name ends in a spaced dash and what another of
    the section has as its issuer, that as its issuer too: "MEDDPICC Certified Practitioner — Force Management" beside
    "Command of the Message — Force Management". Alone, a name that opens with a word before "Certified" may set its
    specialty after the dash ("Adobe Certified Professional – Visual Design"); the section says which it is here."""
    givers = {entry["issuer"] for entry in found[first:] if entry.get("issuer")}
    for entry in found[first:]:
        dashes = list(_DASH.finditer(entry["name"])) if not entry.get("issuer") else []
        if dashes and (giver := entry["name"][dashes[-1].end() :].strip()) in givers:
            entry["name"], entry["issuer"] = entry["name"][: dashes[-1].start()].rstrip(), giver


def _without_repeats(draft: Draft, kind: str, first: int) -> None:
    """A section that names again only what an earlier one of its kind did (a "Licenses" list under
    "Certifications", links beside each), left out: the CV lists each credential once."""
    found = draft.data[kind]
    earlier = {entry["name"].casefold() for entry in found[:first]}
    if first == 0 or len(found) == first or any(entry["name"].casefold() not in earlier for entry in found[first:]):
        return
    del found[first:]
    draft.notes[:] = [n for n in draft.notes if not (n.loc[:1] == (kind,) and _at_or_after(n.loc, first))]


def _at_or_after(loc: tuple[str | int, ...], first: int) -> bool:
    return len(loc) > 1 and isinstance(loc[1], int) and loc[1] >= first


_ITS_OWN_NOUN = r"(?:commission|licen[cs]e|certificat(?:e|ion)|card|registration|credential|membership)"
"""What a line calls the credential where, after a comma or the like and in lower case, it says when that runs out
("…, commission expires Jan 2029", "(license valid through 2027)"); "Nursing License expires 2027" keeps its name's
"License"."""
_EXPIRY = re.compile(
    rf"(?:(?:\s*[,;(|]|\s+[-–—])\s*(?-i:{_ITS_OWN_NOUN})\s+|(?:\s*[,;(|]|\s+[-–—])?\s*\b)(?:exp(?:ires|ired|iry|iration)?(?:\s+date)?|(?:valid|current|active|renewed)\s+(?:through|thru|until|to)"
    rf"|renew(?:s|al)(?:\s+due)?)\b\.?:?\s*(?:on\s+)?(?P<date>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{DATE})\b(?P<rest>[^\t]*)",
    re.IGNORECASE,
)
"""When a licence or certificate runs out, and what follows it ("…, exp. 03/2026", "expires 10/2027 (multistate
compact)", "(valid through June 2026)", "exp. 06/30/2026"): no date the credential was gained. It ends where its
column does: the date at the margin after it ("(expired Jan 2026)⇥Jan 2024") is when the credential was gained. The
credential's own noun may open it ("…, State of Minnesota, commission expires Jan 2029", a notary's; "license
expires 05/2027"): the word of its expiry, no part of its name."""


@dataclass(frozen=True)
class _Expiry:
    """When a credential runs out, as its line says it."""

    said: str
    """The whole of it, from its word on: "exp. 03/2026 (multistate compact)"."""
    date: str
    """Its date alone: "03/2026"."""
    more: bool
    """Whether words follow the date ("(multistate compact)"), which no field holds."""


def _without_expiry(line: Line) -> tuple[Line, _Expiry | None]:
    """``line`` without when its credential runs out, and that: its one date is when it was gained."""
    expiry = _EXPIRY.search(line.text)
    if expiry is None or not expiry.start():
        return line, None
    closed = _CLOSED_THEN_MORE.match(expiry["rest"]) if expiry.group().lstrip(" ,;").startswith("(") else None
    if closed:
        # "First Aid at Work (valid until 03/2026), Portuguese Red Cross": the bracket ends the expiry, and what
        # follows it is the credential's, its issuer, as it would be with no expiry written before it.
        end = expiry.start("rest") + closed.end(1)
        text = line.text[: expiry.start()].rstrip(" ,;") + line.text[end:]
        said = line.text[expiry.start() : end].strip(" \t,;|-–—")
        return replace(line, text=text, marked=text), _Expiry(said, expiry["date"], False)
    text = line.text[: expiry.start()].rstrip(" ,;") + line.text[expiry.end() :]
    return replace(line, text=text, marked=text), _expiry_of(expiry)


_CLOSED_THEN_MORE = re.compile(r"\s*(\))\s*[,;]\s*\S")
"""The closing bracket of an expiry written in brackets, then a comma and more words: the entry goes on after it."""


def _expiry_of(found: re.Match[str]) -> _Expiry:
    """What an :data:`_EXPIRY` match says."""
    return _Expiry(found.group().strip(" \t,;|-–—"), found["date"], bool(found["rest"].strip(" )]")))


def _tell_expiry(draft: Draft, kind: str, found: list[dict[str, Any]], expiry: _Expiry | None) -> None:
    """Set the ``expires`` of the certificate last read; kept as a comment instead where no field holds it all
    (an award, words after the date, a date tailor would not read, or one before the date it was gained)."""
    if expiry is None or not found:
        return
    credential = found[-1]
    fits = kind == "certificates" and dates.readable_after(credential["date"], expiry.date)
    if fits:
        credential["expires"] = expiry.date
    if not fits or expiry.more:
        draft.leftovers.append(f"Expiry of '{credential['name']}': {expiry.said}")


_NUMBER_AFTER_DATE = re.compile(
    rf",\s*(?P<date>{DATE})\s*(?:[-–—|,]\s*)?(?P<number>(?:[\w.]+\s+){{0,2}}(?:no\.?|number|#)\s*[:#]?\s*[\w./-]*\d[\w./-]*)"
    r"\.?$",
    re.IGNORECASE,
)
"""A credential's number after its date at the end of its line ("…, 2016 — Cert. #1187342", "…, 2019 | License No.
RN-4471")."""


def _number_before_date(line: Line) -> Line:
    """``line`` with a credential's number that follows its date set before it, where a number after a comma
    stays in the credential's name ("…, License No. 4471-RC"): the date ends the line, as a credential's date
    is read."""
    found = _NUMBER_AFTER_DATE.search(line.text)
    if found is None:
        return line
    text = f"{line.text[: found.start()]}, {found['number']}, {found['date']}"
    return replace(line, text=text, marked=text)


_RENEWAL = re.compile(
    rf"(?:\s*[,;|]|\s+[-–—])?\s*\(?\b(?:(?:renewed|recertified|re-certified|recertification|renewal)\b(?:\s+(?:in|on))?"
    rf"\s*[:,]?\s*(?P<date>{DATE})|(?:renewed|refreshed|recertified|re-certified|updated)\s+"
    rf"(?:annually|yearly|every\s+year|every\s+(?:two|three|four|five|\d)\s+years)"
    rf"|(?:with\s+)?(?:an?\s+)?(?:annual|yearly|\d{{1,2}}[- ]hour)\s+refreshers?(?:\s+(?:current|up\s+to\s+date))?"
    rf"|(?<=\()(?:renewed|recertified|re-certified)(?=\)))"
    rf"\)?\.?$",
    re.IGNORECASE,
)
"""When a credential was last renewed, at the end of its line ("…, 2021 (recertified 2024)", "…, renewed 2025"),
or how often it is ("…, 2015, refreshed annually", "…, 2015 (8-hour refresher current)": a hazardous waste or first
aid card's refresher course), or only that it was, in brackets ("BLS – 2024 (renewed)"), which leaves the date before
it the one the credential was gained."""


def _without_renewal(line: Line) -> tuple[Line, str | None, str | None]:
    """``line`` without when its credential was renewed, what said so, and that date: the credential's date is
    when it was gained where the line gives that too, else the renewal's, the one date it is held since."""
    renewal = _RENEWAL.search(line.text)
    if renewal is None or not renewal.start():
        return line, None, None
    text = line.text[: renewal.start()].rstrip(" ,;|-–—")
    return replace(line, text=text, marked=text), renewal.group().strip(" ,;|-–—()"), renewal["date"]


_UNDER_WAY_WORDS = (
    r"(?:in progress|ongoing|under ?way|pending|currently enrolled)\b"
    r"(?:[,;]?\s+(?:expected|anticipated|est\.|completion)\b[^()]*"
    # How far it has come, as a credential of several exams says so: "in progress, Part 1 passed 2024", "…; 2 of 4
    # sections passed".
    r"|[,;]\s+[^,;()]*\b(?:passed|completed|cleared)\b[^,;()]*)?"
)
_UNDER_WAY = re.compile(
    rf"(?:\s*(?:[,;|]|\s[-–—])\s*(?P<when>{_UNDER_WAY_WORDS}|(?:expected|anticipated)\s+[^()]*\d{{4}})"
    rf"|\s*\((?P<bracketed>{_UNDER_WAY_WORDS})\))\.?\s*$",
    re.IGNORECASE,
)
"""A credential not yet held, at the end of its line ("… (CLTD) – in progress, expected 2025", "PMP, in progress",
"…, expected May 2025", "Customer Success Fundamentals (in progress)")."""


def _without_under_way(line: Line) -> tuple[Line, str | None]:
    """``line`` without the words that say its credential is not yet held, and those words, its date as written
    ("in progress, expected 2025"): no one who gave it, and no piece of its name. A line with a date of its own
    before them is left whole."""
    found = _UNDER_WAY.search(line.text)
    if found is None or not found.start():
        return line, None
    text = line.text[: found.start()].rstrip(" ,;|-–—")
    if find_span(text):
        return line, None
    if started := _year_at_end(text):
        # "…, 2024 (in progress)", "…, 2024 – in progress": the year it was begun and the words that say it is
        # not yet held are its date together, as written; alone, the year would claim it was gained then.
        name = started.rest.rstrip(" ,;|-–—")
        if not name:
            return line, None
        return replace(line, text=name, marked=name), line.text[len(started.rest) :].strip(" ,;|-–—.")
    return replace(line, text=text, marked=text), found["when"] or found["bracketed"]


_QUALIFIES_THE_ONE_ABOVE = re.compile(r"(?P<what>(?i:endorsements?|restrictions?))[ \t]*[:\-–—][ \t]*\S.*")
"""A line under a licence that lists its endorsements or restrictions ("Endorsements: H, N, T", "Restrictions:
None"), as a driver's licence is written."""


_GIVER_IN_BRACKETS = re.compile(r"(?P<name>[^()]*[^\s(][^()]*?)\s*\((?P<issuer>[^(),]+?)")
"""A credential's name, then the brackets that open with who gave it, before the comma and date that close them."""
_NOT_A_GIVER = frozenset(
    {
        "anticipated", "expected", "expecting", "est", "estimated", "projected", "pending", "planned", "due", "target",
        "renewed", "recertified", "valid", "expires", "expiring", "exp", "until", "through", "since", "completed",
        "completion", "in", "issued", "obtained", "earned", "passed",
    }
)  # fmt: skip
"""Words that open what brackets say of a credential's date, not who gave it ("(Expected, 2026)", "(Renewed, 2024)")."""


def _names_a_giver(piece: str) -> bool:
    """Whether ``piece``, the words in brackets before a credential's date, names who gave it ("MEDDICC Academy",
    "Force Management", "Project Management Institute"): capitalised words as a name is, no word of when."""
    words = piece.split()
    return (
        bool(words)
        and all(_a_name(word) or word.lower() in _NAME_JOINS for word in words)
        and words[0].lower() not in _NOT_A_GIVER
        and find_span(piece) is None
    )


def _a_provider(piece: str) -> bool:
    """Whether ``piece``, the words after a course's last " at ", name who gave it ("WestEd", "Stanford Online"): a
    name of its own, no more pieces after a comma, and no everyday word alone ("First Aid at Work", "Safety at Sea"
    are the course's name)."""
    words = piece.split()
    one_everyday = len(words) == 1 and everyday(words[0])
    return _names_a_giver(piece) and not any(mark in piece for mark in ",(") and not one_everyday


_NAME_JOINS = frozenset({"of", "the", "and", "&", "for", "de", "in"})
"""The small words an organisation's name keeps between capitalised ones ("Institute of Food Technologists")."""


def _said_of_the_one_above(text: str) -> tuple[str | None, _Expiry | None, str | None] | None:
    """What a line says of the credential above it, where that is all it says: when it was renewed and when it
    runs out ("Renewed 2024, expires 2027", "Exp. 06/2027"), or its number ("License #045872", "Lic. No.
    PL-8812"); None for a line that names anything more, as a credential's own line does."""
    text = text.strip().strip("()").strip()
    if _CREDENTIAL_NUMBER.fullmatch(text):
        return None, None, text
    expiry = _EXPIRY.search(f", {text}")
    head = f", {text}"[: expiry.start()] if expiry else f", {text}"
    renewal = _RENEWAL.fullmatch(head) if head.strip(" ,;") else None
    if renewal is None and (expiry is None or head.strip(" ,;")):
        return None
    return (renewal.group().strip(" ,;|-–—()") if renewal else None), expiry and _expiry_of(expiry), None


_HOURS_SAID = (
    r"(?P<hours>\d{1,3}(?:\.\d)?\s*(?:(?:(?:CE|CEU|CME|CPE|CPD|PD|PDH|contact|clock"
    r"|credit)\s*)?(?:hours?|hrs?\.?|credits?|units?)|(?-i:CEUs?|CMEs?|CEs?|CPE|CPD|PDHs?|PDUs?)))"
)
_HOURS = re.compile(rf"(?:\s*\(|\s*[,;|]\s*|\s+[-–—]\s+){_HOURS_SAID}\)?\.?$", re.IGNORECASE)
"""The hours of learning a course gave, at the end of its line after its date ("…, 2024 (12 CE hours)", "…, 2023 – 35
PDUs", "(8 contact hours)", "(3 CE)"): as a continuing-education list writes each course."""


_HOURS_BEFORE_DATE = re.compile(rf"\s*\({_HOURS_SAID}\)(?=\s*[,;|–—-]\s*{DATE}\.?$)", re.IGNORECASE)
"""The hours of learning in brackets just before the date that closes a course's line ("SOS Approach to Feeding,
4-day conference (32 contact hours), 2021")."""


def _without_hours(line: Line) -> tuple[Line, str | None]:
    """``line`` without the hours of learning at its end, where the line gives a date at its end or its start, or in
    brackets just before the date that ends it, and those words: no field holds them, and where they close the line
    they hide its date, or cling to its issuer or name."""
    if (before := _HOURS_BEFORE_DATE.search(line.text)) is not None:
        text = line.text[: before.start()] + line.text[before.end() :]
        return replace(line, text=text, marked=text), before["hours"]
    found = _HOURS.search(line.text)
    if (
        found is None
        or not found.start()
        or found.group().lstrip().startswith("(") != found.group().endswith((")", ")."))
    ):
        return line, None
    text = line.text[: found.start()].rstrip(" ,;|-–—")
    if _DATE_AT_END.search(text) is None and _DATE_FIRST.match(text) is None:
        return line, None  # "OSHA Construction Safety (30 hours)": with no date to free, the hours stay in its name
    return replace(line, text=text, marked=text), found["hours"]


_DATE_AT_END = re.compile(rf"\b{DATE}\)?$", re.IGNORECASE)
_DATE_FIRST = re.compile(rf"^{DATE}\s*[-–—|:]", re.IGNORECASE)
"""A date that opens a credential's line before its name ("2024 — Periodontal Instrumentation Refresher, …")."""


def _tell_hours(draft: Draft, found: list[dict[str, Any]], hours: str | None) -> None:
    """A comment on the hours of learning the credential last read gave: a credential has no field for them."""
    if hours and found:
        draft.leftovers.append(f"Hours of '{found[-1]['name']}': {hours}")


_IN_GOOD_STANDING = re.compile(r"\s*\((?P<standing>active|current|in good standing|good standing)\)\.?$", re.IGNORECASE)
"""A credential's standing in brackets at the end of its line, after its date ("…, PTCB, 2019 (active)")."""


def _without_standing(line: Line) -> tuple[Line, str | None]:
    """``line`` without its credential's standing after its date, and that: no field holds it, and it would cling to
    the issuer ("PTCB (active)"). Where no date stands before it, it stays (a licence's number may carry it)."""
    found = _IN_GOOD_STANDING.search(line.text)
    if found is None or not found.start():
        return line, None
    text = line.text[: found.start()].rstrip()
    if _DATE_AT_END.search(text) is None:
        return line, None
    return replace(line, text=text, marked=text), found["standing"]


def _tell_standing(draft: Draft, found: list[dict[str, Any]], standing: str | None) -> None:
    """A comment on the standing the credential last read was in: a credential has no field for it."""
    if standing and found:
        draft.leftovers.append(f"Standing of '{found[-1]['name']}': {standing}")


def _tell_renewal(draft: Draft, found: list[dict[str, Any]], renewal: str | None) -> None:
    """A comment on when the credential last read was renewed: a credential has no field for it."""
    if renewal and found:
        draft.leftovers.append(f"Renewal of '{found[-1]['name']}': {renewal}")


_DESCRIPTION_WORDS = 2
"""Words in lower case, other than a name's small words, that make a line a description, never an issuer's name."""


def _describes(text: str) -> bool:
    """Whether ``text`` describes a credential ("Sit-down counterbalance & reach truck") rather than naming who
    gave it ("Oregon Board of Licensed Social Workers"): names capitalise all but their small words."""
    lower = [w for w in re.findall(r"\b[^\W\d_][\w'’-]*", text) if w[0].islower() and w not in _NAME_SMALL_WORDS]
    return len(lower) >= _DESCRIPTION_WORDS


_WORK_WORDS = 4
"""Words in lower case, other than a name's small words, that make a sentence one about work, never a credential."""


def _about_work(text: str) -> bool:
    """Whether ``text`` is a sentence about work done, not a credential: it ends as a sentence does, says it in
    :data:`_WORK_WORDS` words in lower case or more, and names no certificate, licence, course, training or award."""
    if not ends_sentence(text.strip()) or _CERTIFICATE.search(text) or AWARD_WORDS.search(text):
        return False
    lower = [w for w in re.findall(r"\b[^\W\d_][\w'’-]*", text) if w[0].islower() and w not in _NAME_SMALL_WORDS]
    return len(lower) >= _WORK_WORDS


_NAME_SMALL_WORDS = frozenset("of and for the in on at to de du des la le el y del der für und van von da di".split())  # noqa: SIM905


_LABEL_WORDS = r"(?i:certifications?|certificates?|licen[cs]es?|credentials?|awards?|courses?)"
_LINE_LABEL = re.compile(rf"{_LABEL_WORDS}\s*:")
"""A label that says what the line is, before its colon, not a name whose parts follow it."""
_ROMAN = re.compile(r"[IVX]{1,4}")
"""A Roman numeral as a credential's types or levels are numbered ("Type I, II, III")."""


def _name_and_issuer(draft: Draft, loc: tuple[str, int], name: str, others: list[str]) -> tuple[str, str]:
    """A credential's name and issuer, from its name's piece and the pieces beside it: where there are none,
    the name's last comma may set its issuer apart ("Certified Scrum Master, Scrum Alliance"), with a note."""
    if others:
        return _number_in_name(name, ", ".join(others))
    course, at, giver = name.rpartition(" at ")
    if (
        loc[0] == "certificates"
        and at
        and course.strip()
        and _a_provider(giver)
        and not _HOLDER_AS.search(name)  # "…, Certified at Expert Level": the holder's level, no course's provider
    ):
        # "Responsive Caregiving for Infants and Toddlers at WestEd": a course taken at who gave it.
        return course.rstrip(" ,"), giver.strip()
    pieces = name.split(", ")
    numbered = len(pieces) >= 3 and _CREDENTIAL_NUMBER.fullmatch(pieces[-1]) is not None
    if (board := _board_named_for_a_list(pieces[:-1] if numbered else pieces)) > 0:
        # "LSW, Pennsylvania State Board of Social Workers, Marriage and Family Therapists and Professional
        # Counselors": the professions the board is named for run on past its commas; a number after them is the name's.
        return ", ".join(pieces[:board] + pieces[-1:] * numbered), ", ".join(pieces[board : len(pieces) - numbered])
    if len(pieces) >= 4 and is_location(", ".join(pieces[-2:])) and _plainly_a_giver(pieces[-3]):
        # "Registered Nurse, Ohio Board of Nursing, Columbus, OH": a body plainly named, then where it sits.
        return ", ".join(pieces[:-3]), ", ".join(pieces[-3:])
    if numbered and _plainly_a_giver(pieces[-2]):
        # "Registered Pharmacist, Ohio State Board of Pharmacy, License #03-2-31877": the piece before the number
        # plainly names who gave it, as it would with no number after it; the number, the holder's, stays with the
        # name, as it does where the issuer stands in a cell of its own (_number_in_name). Before a piece that
        # may be a place or a name ("Professional Engineer (PE), Colorado, License No. 0054321") the line stays whole.
        start = _giver_opens(pieces, len(pieces) - 2)
        return f"{', '.join(pieces[:start])}, {pieces[-1]}", ", ".join(pieces[start:-1])
    balanced = all(piece.count("(") == piece.count(")") for piece in pieces)  # no comma inside brackets
    if loc[0] == "awards" and len(pieces) >= 2 and _standing_after_its_giver(pieces[0]):
        # "James Beard Foundation semifinalist, Best Chef: Northwest": the body that gave it and the standing won
        # open the line, and what it was won for follows; no field holds the standing apart from either.
        draft.note(loc, "the body that gave it opens the line, with the standing won there: check name and issuer")
        return name, ""
    if loc[0] == "awards" and balanced and _giver_first(pieces):
        # "Society of Professional Journalists, Mark of Excellence finalist": who gave it, then what it was.
        draft.note(loc, "issuer read before the name, where the line opens with it: check them")
        return ", ".join(pieces[1:]), pieces[0]
    if (
        len(pieces) >= 3
        and balanced
        and pieces[-1][:1].islower()
        and (_WHAT_FOR.match(pieces[-1]) is not None or _plainly_a_giver(pieces[-2]))
        and pieces[-2][:1].isupper()
        and not _LISTS_ON.match(pieces[-1])
    ):
        # "Elliott Prize, Medieval Academy, for the best first article": what it was for follows the issuer.
        draft.note(loc, f"issuer set apart before '{pieces[-1]}', which stays in the name: check them")
        return ", ".join([*pieces[:-2], pieces[-1]]), pieces[-2]
    head, _, last = name.rpartition(", ")
    # A comma inside brackets lists what the name covers ("Forklift Operator (Sit-Down, Reach, Order Picker)").
    inside = head.count("(") > head.count(")")
    # "Endorsements H, N, X", "Classes A, B": the last of a list of letters, not who issued it.
    letters = len(last) <= 2 and len(head.split()[-1] if head.split() else "") <= 2
    # "EPA 608 Type I, II, III (Universal)": the last of a list of Roman numerals, the types held.
    letters = letters or bool(head.split() and _ROMAN.fullmatch(head.split()[-1]) and _ROMAN.fullmatch(last.split()[0]))
    # "NATE: Air Conditioning Service, Heat Pump Service": the parts a label heads, listed after its colon.
    # Not after a label for the line itself ("Certification: Certified Scrum Master, Scrum Alliance").
    # Not after the name of the giver the line ends with ("Microsoft Certified: Azure Administrator Associate,
    # Microsoft"): the track its giver names after the colon.
    again = _giver_again(head, last)
    letters = letters or (": " in head and not _LINE_LABEL.match(head) and not again)
    # "IRE Data Journalism Bootcamp, Columbia, MO": where it was held ends the line, no one who issued it.
    placed = is_location(", ".join(pieces[-2:]))
    # "Member, American Academy of Actuaries", "Fellow, Royal Society of Chemistry": a grade of membership names
    # the body it is held in; the body is the credential, "Member" alone none.
    graded = _GRADE_OF_MEMBERSHIP.match(head) is not None
    # "Type Ratings: A-320, CL-65", "Flight Instructor – CFI, CFII, MEI": a list of designators (an aircraft's type,
    # with its number) or of three short forms or more is the list the name heads, no giver after the last of them.
    listed = _DESIGNATOR.fullmatch(last) is not None and _DESIGNATOR.search(head) is not None
    listed = listed or (len(pieces) >= 3 and all(_CAPITALS.fullmatch(p.split()[-1]) for p in pieces[-3:]))
    listed = listed or _PRIVILEGES.match(last) is not None  # "Commercial Pilot – ASEL, Instrument Airplane"
    listed = listed or _areas_after_dash(pieces)
    # "Graduate, REALTOR® Institute (GRI)": the short form it ends with spells words on both sides of the comma.
    spanned = _short_form_spans_comma(head, last)
    # "Professional Teaching License, Integrated Science (Grades 7–12)": the subject and grades a teaching licence
    # covers, no one who issued it.
    covered = names_grades(last)
    # "Google Certified Educator, Level 2": the level held of the credential, no one who issued it.
    levelled = _LEVELLED.fullmatch(last) is not None
    # "California Registered Pharmacist, License RPH 78123 (active)": the holder's number, no one who issued it.
    numbered = _CREDENTIAL_NUMBER.fullmatch(last) is not None or _LICENCE_NUMBER.fullmatch(last) is not None
    # "Driver License, EVOC certified", "Warehouse Safety Card, OSHA trained": what its holder is, no one who gave it.
    held = _HOLDER_IS.search(last) is not None or _HOLDER_AS.match(last) is not None
    # "Arizona APRN license, FNP", "Oregon RN license, RN": the title it is held as, in its letters, no issuer.
    held = held or (_CAPITALS.fullmatch(last) is not None and last.lower() in TITLE_WORDS)
    # "Finalist, Regional Business Plan Competition", "First Place, Ohio Case Competition": a standing alone is no
    # award's name; it stands with the contest it was won in, unless that is plainly a body ("First Place, Ohio Press
    # Association"), which gave it.
    standing = _STANDING.fullmatch(head.strip()) is not None and not _plainly_a_giver(last)
    if (
        ", " in name
        and _a_name(last)
        and not _LISTS_ON.match(last)
        and not (
            inside
            or letters
            or placed
            or graded
            or spanned
            or covered
            or numbered
            or listed
            or held
            or levelled
            or standing
        )
    ):
        if not (
            again or _plainly_a_giver(last) or _its_givers_initials(head, last) or _an_employer_of_theirs(draft, last)
        ):
            draft.note(loc, "name and issuer split at the last comma: check them")
        start = _giver_opens(pieces, len(pieces) - 1)
        return _number_in_name(", ".join(pieces[:start]), ", ".join(pieces[start:]))
    return name, ""


_AREAS_DASH = re.compile(r"\s[-–—]\s")
"""The spaced dash (a hyphen too, as a typed line sets it) after which a credential lists the areas it covers."""
_TEST_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}\b")
"""A test's code in a series, as a trade's certifying body numbers them ("T2 Diesel Engines", "A5 Brakes")."""


def _giver_again(head: str, last: str) -> bool:
    """Whether ``last``, after a credential's last comma, is the name its ``head`` opens with, whose credential it is
    ("Avid Certified User: Media Composer, Avid"; "Microsoft Certified: …, Microsoft")."""
    last = last.strip()
    return bool(last) and last[:1].isupper() and head.lower().startswith(f"{last.lower()} ")


def _areas_after_dash(pieces: list[str]) -> bool:
    """Whether a dash in a credential's first piece opens a list of three or more short areas it covers ("Master
    Technician - Engine Control, Chassis, Electrical", "ASE School Bus - S2 Diesel Engine, S4 Brakes, S6 Electrical/
    Electronic Systems"): each a few words, and none a body's name, unless each opens with a test's code (a series'
    last test may end in a word a company's name does, "Systems")."""
    dashed = _AREAS_DASH.split(pieces[0])
    if len(dashed) != 2 or not dashed[0].strip():
        return False
    areas = [dashed[1], *pieces[1:]]
    if len(areas) < 3 or not all(1 <= len(area.split()) <= 4 for area in areas):
        return False
    return all(_TEST_CODE.match(area) for area in areas) or not any(_plainly_a_giver(area) for area in areas)


_DESIGNATOR = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d{1,4}[A-Z]{0,3}$")
"""A designator that ends a piece: letters and a number, as an aircraft's type is named ("A-320", "CL-65", "B737")."""
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{1,6}")
"""A short form in capitals ("CFII", "MEI")."""


_WHAT_FOR = re.compile(
    r"(?:for|in|to|as|on|with|awarded|given|presented|received|won|shared|recogni[sz]ing|honou?ring)\b"
)
"""How the words after an issuer that say what an award was for open ("for the best first book", "in recognition
of …", "awarded to the team"): in lower case, as a sentence goes on. What names the award's kind instead ("team
award", "honorable mention") is no such words: the piece before it is an issuer only where it plainly names a body
("Harbor University, fall 2019")."""


def _standing_after_its_giver(piece: str) -> bool:
    """Whether ``piece`` is a body plainly named, then the standing its award was won at, in lower case ("James Beard
    Foundation semifinalist", "Ohio Press Association finalist"): the giver, but with the standing glued to it."""
    found = _STANDING_AT_END.search(piece)
    return found is not None and found.start() > 0 and _plainly_a_giver(piece[: found.start()])


def _giver_first(pieces: list[str]) -> bool:
    """Whether an award's line opens with the body that gave it, the award after it: its first piece plainly names
    an organisation and no award ("Society of Professional Journalists", "Ohio Press Association"), no later one does,
    and the next names no grade of membership nor is lower case ("Fellow, …" is the body's grade, what follows an
    issuer in lower case says what the award was for)."""
    if len(pieces) < 2 or not (_plainly_a_giver(pieces[0]) or _a_body_of_its_members(pieces[0])):
        return False
    if AWARD_WORDS.search(pieces[0]):
        return False
    rest = pieces[1:]
    return (
        rest[0][:1].isupper()
        and not any(_plainly_a_giver(piece) for piece in rest)
        and not is_location(", ".join(rest[-2:]))
        and _GRADE_OF_MEMBERSHIP.match(rest[0]) is None
    )


def _a_body_of_its_members(piece: str) -> bool:
    """Whether ``piece`` names a body by the people it gathers: capitalised words that end with a job's name in the
    plural ("Ohio AP Media Editors", "Investigative Reporters and Editors", "National Press Photographers"), as
    professional societies are named; not two words, as an award may name its winners ("Top Producers")."""
    words = piece.split()
    last = words[-1].lower() if words else ""
    return (
        len(words) >= 3
        and all(word[:1].isupper() or word in ("and", "of", "&") for word in words)
        and last.endswith("s")
        and last[:-1] in TITLE_WORDS
    )


def credentials_listed(text: str) -> list[str] | None:
    """The credentials a line lists between its commas, where each is one tailor knows ("ACLS, PALS, PHTLS",
    "ICS-100, ICS-200, IS-700", "CPR/BLS Instructor"), or None: a name and its issuer ("PMP, PMI", "AWS Certified
    Developer, AWS") are not a list, since no credential's name after it is the issuer's alone; nor is a last piece
    that plainly names a body ("RHIT, American Health Information Management Association"), though the lexicon
    knows some bodies' names as their credentials'."""
    from tailor.lexicon import bundled_lexicon

    pieces = [piece.strip() for piece in text.split(",")]
    if len(pieces) < 2 or any(not piece or len(piece.split()) > _LISTED_WORDS for piece in pieces):
        return None
    known = bundled_lexicon().names
    # A credential's own short form in brackets ("Advanced Cardiovascular Life Support (ACLS)") reads like a body's
    # ("National Institutes of Health (NIH)"): the name before it decides.
    last = _ASIDE.sub("", pieces[-1]) if _ASIDE.sub("", pieces[-1]).lower() in known else pieces[-1]
    if _plainly_a_giver(last) or _spelt_out_then_a_body(pieces):
        return None
    if text.lower() in known:
        return None

    def one(piece: str) -> bool:
        held = _HELD_AS.sub("", _ASIDE.sub("", piece))
        return all(part.strip().lower() in known for part in held.split("/"))

    if not all(one(piece) for piece in pieces):
        return None
    if any(_inside_another(piece, pieces) for piece in pieces):
        return None  # "AWS Certified Developer, AWS": the issuer, whose name the credential's holds
    # A credential and the initials of the body that gives it, which the lexicon knows as one skill, name one
    # credential, not two.
    lexicon = bundled_lexicon()
    named = [lexicon.canonical(_HELD_AS.sub("", _ASIDE.sub("", piece)).split("/")[0].strip()) for piece in pieces]
    # "Certified Healthcare Interpreter (CHI-Spanish), CCHI": a credential and the body whose credentials it is one
    # of (the lexicon's kind of it) name one credential too.
    kinds = {kind for name in named if name for kind, members in lexicon.instances.items() if name.lower() in members}
    if any(name and name.lower() in kinds for name in named):
        return None
    return pieces if len(set(named)) == len(named) else None


_LISTED_WORDS = 5

_SPELT_OUT = re.compile(r"^(?P<name>[A-Z][\w-]*(?:\s+[\w&-]+)+)\s+\((?P<initials>[A-Z][A-Z0-9&-]{1,7})\)$")
"""A credential's name written out with its initials in brackets ("Certified Construction Manager (CCM)")."""
_INITIALS = re.compile(r"^[A-Z][A-Z&]{1,7}$")


def _spelt_out_then_a_body(pieces: list[str]) -> bool:
    """Whether two pieces are a credential spelt out with its initials and the initials of the body that gave it
    ("Certified Construction Manager (CCM), CMAA"), though the lexicon knows those letters as a credential of another
    field's too (a medical assistant's CMAA): a list of credentials writes each alike, spelt out or as letters."""
    if len(pieces) != 2 or (spelt := _SPELT_OUT.match(pieces[0])) is None or not _INITIALS.match(pieces[1]):
        return False
    return pieces[1] != spelt["initials"]


def _inside_another(piece: str, pieces: list[str]) -> bool:
    """Whether ``piece`` is words that open another piece's name ("AWS" of "AWS Certified Developer"): its giver."""
    words = piece.lower().split()
    return any(other != piece and other.lower().split()[: len(words)] == words for other in pieces)


def _set_side_by_side(cells: list[str]) -> bool:
    """Whether the cells of an undated line are each a credential's own name, set side by side as trade résumés
    list them ("EPA Section 608 Universal | NATE – Air Conditioning | OSHA 30"): three or more, each opening with a
    capital and naming a certificate, a licence or a course or written with an acronym, and none of them who gave
    one ("State Board of Nursing"), where it is held ("Ohio"), its number ("Lic. #PL-8812") or a name the others
    repeat ("CompTIA Security+ | CompTIA | …": the issuer). One credential's name, giver and number stay one."""
    if len(cells) < 3:
        return False
    words = [words_of(cell) for cell in cells]
    return all(
        cell[:1].isupper()
        and len(cell.split()) <= _SIDE_BY_SIDE_WORDS
        and (names_certificate(cell) or _ACRONYM.search(cell) is not None)
        and not (_plainly_a_giver(cell) or is_location(cell) or _NUMBER_FIRST.match(cell))
        and not any(n != m and words[n] <= other for m, other in enumerate(words))
        for n, cell in enumerate(cells)
    )


_SIDE_BY_SIDE_WORDS = 8
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]+\b")
"""A word in capitals ("NATE", "OSHA", "EPA", "CPR"), as most credentials are named."""
_NUMBER_FIRST = re.compile(
    r"(?:cert(?:ificate)?|lic(?:en[cs]e)?|reg(?:istration)?|credential|card)?\.?\s*(?:id\b|no\b|number\b|#)",
    re.IGNORECASE,
)
"""A cell that opens with a credential's number ("Lic. #PL-8812", "Credential ID 1187342"): no credential's name."""
_HELD_AS = re.compile(r"\s+(?:instructor|provider|certified|certification|certificate|card)$", re.IGNORECASE)
"""How a listed credential is held, after its name ("BLS Instructor", "ACLS Provider"): tailor knows the name."""
_ASIDE = re.compile(r"\s*\([^()]*\)$")
"""An aside in brackets after a listed credential ("ACLS (AHA)")."""


_OWN_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,9})\)$")
_INITIALS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def _its_givers_initials(name: str, piece: str) -> bool:
    """Whether ``piece``, after a credential's last comma, is in capitals another body's initials where the name
    ends with its own short form: "Certified Fraud Examiner (CFE), ACFE" was given by the ACFE. ("First Aid, CPR"
    gives no short form of its own: two credentials, maybe, and still asks.)"""
    own = _OWN_SHORT_FORM.search(name)
    return own is not None and own.group(1) != piece and _INITIALS.fullmatch(piece) is not None


_CLOSING_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)\s*$")
"""A designation's own short form in brackets at the end of its name ("… Institute (GRI)")."""


def _short_form_spans_comma(head: str, last: str) -> bool:
    """Whether ``last``, after a credential's last comma, ends with a short form in brackets whose capitals are
    the initials of words that begin before the comma and run to its end: "Graduate, REALTOR® Institute (GRI)"
    is one designation's name, where "Certified Scrum Master, Scrum Alliance (SA)" names its issuer after it."""
    found = _CLOSING_SHORT_FORM.search(last)
    if found is None:
        return False
    short = "".join(c for c in found.group(1) if c.isupper())
    before = [w for w in re.findall(r"[^\W\d_][\w'’&-]*", head) if w.lower() not in _NAME_SMALL_WORDS]
    after = [w for w in re.findall(r"[^\W\d_][\w'’&-]*", last[: found.start()]) if w.lower() not in _NAME_SMALL_WORDS]
    initials = "".join(w[0] for w in before + after).upper()
    return len(short) > len(after) and initials.endswith(short)


def _plainly_a_giver(piece: str) -> bool:
    """Whether a piece after a credential's last comma names an organisation by its kind ("American Heart
    Association", "State Medical Board of Ohio", "American Red Cross", "Overseas Press Club"): who gave it, with
    nothing to check."""
    return (
        looks_like_organisation(piece)
        or bool(words_of(piece) & _GIVER_WORDS)
        or _A_LICENSING_BODY.match(piece) is not None
        or _A_PRESS_CLUB.search(piece) is not None
    )


_A_PRESS_CLUB = re.compile(r"\bPress Club\b")
"""A club of journalists ("National Press Club", "Press Club of Cleveland"), which gives journalism's awards: a body,
where a club alone may be an award ("President's Club")."""


_A_LICENSING_BODY = re.compile(
    r"(?:(?:City|State|County|Commonwealth|Village|Town|Township|Borough) of [A-Z]|(?:[A-Z]{2,6} )?Local \d)"
)
"""A government that licenses a trade ("City of Chicago", "State of Ohio / IBEW Local 82"), or a union local that
cards its members ("IBEW Local 82", "UA Local 597"): who gave a licence, as a board's name says it."""


def _an_employer_of_theirs(draft: Draft, piece: str) -> bool:
    """Whether ``piece``, after a credential's last comma, is an employer the résumé's roles name, as written there or
    without the short form in brackets after it ("Technician of the Year, Keystone Veterinary Emergency & Specialty"
    under "Keystone Veterinary Emergency & Specialty (KVES)") or the legal form that ends it ("Foreman of the Year,
    Harlan Mechanical Contractors" under "Harlan Mechanical Contractors, Inc."): who gave it, with nothing to check."""
    from tailor.posting.plausible import without_legal_form

    employers = {role.get("employer") or "" for role in draft.data.get("experience", [])}
    names = {
        name.casefold()
        for employer in employers
        for name in (employer, _SHORT_FORM.sub("", employer), without_legal_form(employer))
        if name
    }
    return piece.strip().casefold() in names


_SHORT_FORM = re.compile(r"\s*\([^()]*\)$")


def _giver_opens(pieces: list[str], giver: int) -> int:
    """Where the body that ``pieces[giver]`` names opens: a board whose name lists the professions it licenses, the
    list's commas in it ("Ohio Counselor, Social Worker and Marriage & Family Therapist Board"), opens at the piece
    that names its state before the list, so that no piece of its name is left in the credential's. Any other giver
    is its own piece: a piece between the list and the state that is no capitalised name of a few words, or a
    credential's, or no state before the list, leaves it so ("Professional Engineer, Civil, Texas Board of
    Professional Engineers and Land Surveyors")."""
    last = pieces[giver]
    if not (_LIST_ENDS.search(last) and last.split()[-1].lower() in _GIVER_WORDS and not _opens_with_place(last)):
        return giver
    for start in range(giver - 1, 0, -1):  # the credential keeps its first piece
        piece = pieces[start]
        if not _LISTED_NAME.fullmatch(piece) or _CERTIFICATE.search(piece):
            return giver
        if _opens_with_place(piece):
            return start
    return giver


def _board_named_for_a_list(pieces: list[str]) -> int:
    """Where a body named for the professions it licenses opens among a credential's ``pieces``, where its list runs
    on past the commas after it ("State Board of Social Workers, Marriage and Family Therapists and Professional
    Counselors"): the piece that names it as a board, commission or board of examiners of something, followed only by
    the list's capitalised items, the last joined by "and"; 0 where there is none (the credential keeps its first
    piece)."""
    for start in range(len(pieces) - 2, 0, -1):
        if _BOARD_OF.search(pieces[start]):
            rest = pieces[start + 1 :]
            listed = all(_LISTED_ITEM.fullmatch(p) and not _CERTIFICATE.search(p) for p in rest)
            return start if listed and _LIST_ENDS.search(rest[-1]) else 0
    return 0


_BOARD_OF = re.compile(r"\b(?:Board|Commission|Examiners)\s+(?:of|for)\s+[A-Z]")
_LISTED_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&)){0,8}")
"""An item of the professions a board is named for ("Marriage and Family Therapists and Professional Counselors")."""
_LIST_ENDS = re.compile(r"\s(?:and|&)\s")
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&)){0,4}")
"""A piece of a list in a body's name: a few capitalised words ("Counselor", "Professional Engineers")."""


def _opens_with_place(piece: str) -> bool:
    """Whether ``piece`` opens with a place's name and goes on ("Ohio Counselor", "New York State Board")."""
    words = piece.split()
    return any(is_place(" ".join(words[:n])) for n in range(1, min(3, len(words) - 1) + 1))


_GIVER_WORDS = frozenset({"board", "commission", "cross", "registry", "boards", "examiners"})
"""Words that name a body which grants credentials, beyond those that name any organisation: a licensing board, a
commission, the Red Cross, a registry, a board of examiners ("National Contact Lens Examiners")."""


_GRADE_OF_MEMBERSHIP = re.compile(
    r"^(?:(?:student|associate|senior|full|life|chartered|professional|affiliate|honorary|corresponding)\s+)?"
    r"(?:member|fellow|associate|affiliate)$",
    re.IGNORECASE,
)
"""A grade of membership alone, before the comma that names the body it is held in ("Member, …", "Fellow, …")."""


def _a_name(piece: str) -> bool:
    """Whether a piece after a comma may be who issued a credential: a name, capitalised or written as one word
    with capitals inside ("edX", "eCornell"), as some organisations spell their own."""
    return piece[:1].isupper() or (" " not in piece and piece[:1].isalpha() and not piece[1:].islower())


_HOLDER_IS = re.compile(r"\s(?:certified|trained|qualified|endorsed|licensed|credentialed)$")
"""The participle in lower case that ends a piece saying what its holder is certified or trained in ("EVOC
certified", "OSHA trained"), as no issuer's name ends."""
_HOLDER_AS = re.compile(
    r"(?:certified|trained|qualified|endorsed|licensed|credentialed|rated)\s+(?:(?:in|as|on|for)\b|(?:at|to)\b.*\blevel\b)",
    re.IGNORECASE,
)
"""A piece that opens with the participle of what its holder is, then in what or at which level ("Certified at Expert
Level", "Trained in Pediatric Sedation", "Qualified as Lead Auditor"): the credential's standing, as no issuer's name
opens; "Certified by …" names one, and is left alone."""
_CREDENTIAL_NUMBER = re.compile(
    r"(?:(?:cert(?:ificate)?|lic(?:en[cs]e)?|reg(?:istration)?|credential|id|card|permit)\.?\s*)?"
    r"(?:no\.?|number|#|(?-i:ID)\b)\s*[:#]?\s*(?-i:[A-Z]{1,5}[ \t])?[\w./-]*\d[\w./-]*",
    re.IGNORECASE,
)
"""A credential's number as a line gives it: "#MM-2291", "Lic. #PL-8812", "License No. 4471-RC", "Credential ID
38211" (certification bodies print their holders' numbers as IDs; "ID" in capitals, as they write it), "Card
#J-98-44120" (a union's, a crane operator's or a safety course's card), "Permit #BO-3317", "#RDH 123456" (a board's
letters a space before the digits)."""
_LICENCE_NUMBER = re.compile(
    r"(?:lic(?:en[cs]e)?|reg(?:istration)?|cert(?:ificate)?|permit)\.?\s+(?:[A-Z]{1,5}[\s-]?)?[\w./-]*\d[\w./-]*"
    r"(?:\s*\((?:active|current|inactive|in good standing|expires?[^)]*)\))?",
    re.IGNORECASE,
)
"""A licence's or registration's number written with no "No." or "#", its standing after it in brackets ("License RPH
78123 (active)", "Registration 4471-RC")."""
_TRAILING_NUMBER = re.compile(rf"\s+(?P<sign>[-–—|]\s+)?(?P<number>{_CREDENTIAL_NUMBER.pattern})$", re.IGNORECASE)
"""That number at the end of a piece, after the issuer's name ("City of Rockford #MM-2291"), or after a spaced dash or
bar that sets it apart from the name ("Oregon Board of Dentistry — License #H-48213")."""
_BRACKETED_NUMBER = re.compile(rf"\s*\((?P<number>{_CREDENTIAL_NUMBER.pattern})\)$", re.IGNORECASE)
"""That number in brackets after the issuer's name ("Oregon Physical Therapist Licensing Board (#PT-009876)")."""
_DASHED_DESIGNATOR = re.compile(r"\s+(?P<sign>[-–—|]\s+)(?P<number>(?-i:[A-Z]{1,5})[.-]?\d{4,}(?-i:[A-Z])?)$")
"""A number a board gives with its licence's letters and no "No." or "#", set apart from the issuer by a spaced dash
("New Mexico Board of Nursing – RN.512874", "… — PE-0081234"): the holder's number, no part of the issuer."""


def _number_in_name(name: str, issuer: str) -> tuple[str, str]:
    """``name`` and ``issuer``, a credential's number written after the issuer ("City of Rockford #MM-2291",
    "State of Ohio, Lic. #PL-8812") moved to the name, where a number written after the name stays: it is the
    holder's, not the issuer's."""
    pieces = issuer.split(", ")
    last = pieces[-1]
    if _CREDENTIAL_NUMBER.fullmatch(last) and len(pieces) > 1:
        return f"{name}, {last}", ", ".join(pieces[:-1])
    if (bracketed := _BRACKETED_NUMBER.search(last)) and bracketed.start() > 0:
        # "Oregon Physical Therapist Licensing Board (#PT-009876)": the holder's number, in its brackets.
        return f"{name} ({bracketed['number']})", ", ".join([*pieces[:-1], last[: bracketed.start()]])
    trailing = _TRAILING_NUMBER.search(last) or _DASHED_DESIGNATOR.search(last)
    if trailing and trailing.start() > 0:
        # The sign that set the number apart goes with it, so that the issuer does not end in a dash; the number
        # joins the name as one after a comma does ("Registered Dental Hygienist (RDH), License #H-48213").
        joined = ", " if trailing["sign"] else " "
        return f"{name}{joined}{trailing['number']}", ", ".join([*pieces[:-1], last[: trailing.start()]])
    return name, issuer


_DASH = re.compile(r"\s+[–—]\s+")
"""A spaced en or em dash: the sign a line sets between a credential and who gave it ("… — American Heart
Association"). A hyphen is left alone: as often as not its lines name the giver first ("Stepik - Web Security")."""
_LEVEL = re.compile(
    r"(?:associate|professional|foundations?|fundamentals|practitioner|specialty|specialist|expert|advanced"
    r"|intermediate|beginner|basic|entry|master|(?:white|yellow|green|black|orange) belt)",
    re.IGNORECASE,
)
"""What a dash sets after a credential's name that is its level, not its giver ("… Solutions Architect – Associate",
"Lean Six Sigma – Green Belt")."""
_PRIVILEGES = re.compile(
    r"(?:airplane|rotorcraft|glider|powered[- ]lift|lighter[- ]than[- ]air|instrument\s+(?:airplane|helicopter))\b"
    r"|(?:single|multi)[- ]engine\b|(?:ASEL|AMEL|ASES|AMES)\b",
    re.IGNORECASE,
)
"""What a dash sets after a pilot's certificate that is the category and class of aircraft it covers, as the FAA
writes them on it ("FAA Airline Transport Pilot – Airplane Multi-Engine Land", "Commercial Pilot – ASEL, Instrument
Airplane"): the certificate's privileges, no giver."""
_SHORT_FORMS = re.compile(r"[A-Z][A-Z0-9&/-]{1,7}(?:,\s*(?:and\s+)?[A-Z][A-Z0-9&/-]{1,7})+")
"""Short forms, more than one, set apart by commas ("CFI, CFII, MEI"): what a dash sets after a credential's name
as the certificates it is held as, never one giver."""
_TRACK = re.compile(rf"(?:[^\W\d_][\w&+/-]*\s+){{1,2}}(?:core|{_LEVEL.pattern})", re.IGNORECASE)
"""A track of a credential, a word or two before its level, that a dash sets after the name as it does a level
("Workday Pro Certification – HCM Core", "Cloud Certification – Data Engineer Professional"): no giver, unless its
words name an organisation."""


def _issuer_after_hyphen(cell: str) -> list[str]:
    """A credential's name and its giver, where a spaced hyphen sets apart a giver whose name says it is an
    organisation or a body that grants credentials ("Six Sigma Yellow Belt - Lakeshore Technical College", "BLS -
    American Red Cross"), or is letters beside a credential's own ("… (CAP) - IAAP"): text pasted from an email has
    lost the résumé's dashes. ``[cell]`` for any other hyphen, which as often opens with the giver ("Stepik - Web
    Security") or sets off what the credential covers ("Forklift Operator - Sit-down and Reach")."""
    hyphens = list(_HYPHEN.finditer(cell))
    if len(hyphens) != 1:
        return [cell]
    name, giver = cell[: hyphens[0].start()], cell[hyphens[0].end() :]
    if not (_plainly_a_giver(giver) or _letters_beside_its_own(name, giver)) or looks_like_organisation(
        _without_own_initials(name)
    ):
        return [cell]
    found = _issuer_after_dash(f"{name} – {giver}")
    return found if len(found) == 2 else [cell]


_HYPHEN = re.compile(r"\s+-\s+")
_OWN_LETTERS = re.compile(r"\(([A-Z][A-Z0-9&-]{1,7})\)$")
_LETTERS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def _letters_beside_its_own(name: str, giver: str) -> bool:
    """Whether ``giver`` is letters in capitals after a credential's ``name`` that ends in its own, other letters in
    brackets ("Certified Administrative Professional (CAP) - IAAP", "Project Management Professional (PMP) - PMI"):
    the credential's letters are said, so the others are who gave it. Letters after a name that gives none
    ("Forklift Safety - OSHA") may name the standard, not the giver, and stay the name's."""
    own = _OWN_LETTERS.search(name.strip())
    return bool(own and _LETTERS.fullmatch(giver.strip()) and own[1] != giver.strip())


def _without_own_initials(name: str) -> str:
    """``name`` without the short form in brackets it ends with where that spells its words ("Advanced Cardiac Life
    Support (ACLS)"): the credential's own initials, where an organisation's would say the name is a giver's
    ("National Institutes of Health (NIH)")."""
    bracketed = _BRACKETS_AT_END.search(name)
    if bracketed is None:
        return name
    words = name[: bracketed.start()]
    return words if _spells_out(bracketed.group().strip(" ()"), words) else name


def _issuer_after_dash(cell: str) -> list[str]:
    """A credential's name and its giver, where a spaced dash sets them apart ("Pediatric First Aid — American Red
    Cross", "MongoDB Basics – MongoDB University"), as a bar or a tab would; ``[cell]`` where what follows its last
    dash is no giver: the credential's level ("– Associate", "– Level 2"), words that describe it ("— sit-down and
    reach trucks"), or words in brackets the dash is inside."""
    dashes = list(_DASH.finditer(cell))
    if not dashes:
        return _issuer_after_hyphen(cell)
    name, giver = cell[: dashes[-1].start()], cell[dashes[-1].end() :]
    head, _, number = giver.rpartition(", ")
    qualifier, _, rest = giver.partition(", ")
    if rest and not _plainly_a_giver(qualifier) and _plainly_a_giver(rest.partition(", ")[0]):
        # "Certified Court Interpreter – Spanish, Judicial Council of California": what the dash sets after the name
        # (its language, its level) is no giver where a body plainly named follows it after a comma.
        return [cell[: dashes[-1].end()] + qualifier, rest]
    from tailor.posting.plausible import without_legal_form

    if (
        rest
        and not _plainly_a_giver(qualifier)
        and not _CREDENTIAL_NUMBER.fullmatch(number)
        and not is_location(rest)
        and without_legal_form(giver) == giver
    ):
        # "DaVinci Resolve 18 Certified User – Editing, Blackmagic Design", "First Aid – Adult, Child & Infant,
        # American Red Cross": what the dash sets after the name runs on to a comma, so the giver, if any, is after
        # the last one (:func:`_name_and_issuer`), not the dash's words.
        return [cell]
    if head and _CREDENTIAL_NUMBER.fullmatch(number):  # "… – New York State Education Department, License No. 0876"
        found = _issuer_after_dash(f"{name} – {head}")
        return [f"{found[0]}, {number}", *found[1:]] if len(found) == 2 else [cell]
    own, _, initials = name.rpartition(", ")
    if own and _its_givers_initials(own, initials.strip()) and _plainly_a_giver(giver):
        # "Certified Paralegal (CP), NALA – The Paralegal Association": the body's initials, then its name after
        # the dash, are one issuer.
        return [own, initials.strip() + cell[dashes[-1].start() : dashes[-1].end()] + giver]  # as written
    if (
        not name
        or not giver
        or (any(ch.isdigit() for ch in giver) and not _CODED_NAME.fullmatch(giver))
        or _LEVEL.fullmatch(giver)
        # "Lean Six Sigma Green Belt — Certified at Expert Level": what its holder is, no one who gave it.
        or _HOLDER_AS.match(giver)
        # "Finalist — Regional Business Plan Competition": the contest the standing was won in, no body that gave it.
        or (_STANDING.fullmatch(name.strip()) and not _plainly_a_giver(giver))
        # "Commerce Award — Best Campaign, finalist": the category an award was entered in and where it placed.
        or (number and _STANDING.fullmatch(number) is not None)
        or (_TRACK.fullmatch(giver) and not looks_like_organisation(giver))
        or _PRIVILEGES.match(giver)
        or _SHORT_FORMS.fullmatch(giver)
        or _areas_after_dash(cell.split(", "))
        or _describes(giver)
        # "NIMS Machining Level I – CNC Milling: Programming, Setup & Operations": a label and what it covers, the
        # credential's area; no organisation's name holds a colon.
        or ": " in giver
        # "NIMS Machining Level II – CNC Turning", "ASNT NDT Level II – Ultrasonic Testing": after a numbered level,
        # the area it was gained in, unless a body is plainly named or given by its initials ("– AWS").
        or (_LEVELLED.search(name) and not _plainly_a_giver(giver) and not _INITIALS.fullmatch(giver.strip()))
        or _the_job_it_licenses(giver)
        or name.count("(") != name.count(")")
        or _its_own_giver(name, giver)
        or _spells_out(name, giver)
        or _spells_out(giver, name)
    ):
        return [cell]
    if _NAMES_A_CREDENTIAL.search(giver) and not _NAMES_A_CREDENTIAL.search(name) and looks_like_organisation(name):
        return [giver, name]  # "Pragmatic Institute – Foundations certification": the giver first
    return [name, giver]


def _the_job_it_licenses(piece: str) -> bool:
    """Whether ``piece``, after a licence's dash, is the job it licenses ("Pupil Services License – School
    Speech-Language Pathologist", "Educator License – School Counselor"): it ends in a job's word, and no word after
    its first names an organisation, nor does an "of" ("National Association of Social Workers" is a giver)."""
    words = piece.split()
    return (
        len(words) >= 2
        and words[-1].lower().strip(".,") in TITLE_WORDS
        and " of " not in f" {piece.lower()} "
        and not words_of(" ".join(words[1:])) & ORGANISATION_WORDS
    )


_LEVELLED = re.compile(r"\bLevel\s+(?:[IVX]{1,4}|\d)\s*$", re.IGNORECASE)
"""A credential's name that ends in its numbered level ("Level II", "Level 2")."""
_CODED_NAME = re.compile(r"\(?[A-Z]{2,}\)?[0-9²³][A-Z]*")
"""An organisation's name that is capitals and a digit ("ISC2", "(ISC)²"): a giver, where a digit after a dash
otherwise says a level, a number or a date ("– Level 2", "– 2021")."""


def _spells_out(short: str, words: str) -> bool:
    """Whether ``short`` is in capitals the initials of ``words`` ("CMP – Certified Meeting Professional", "Basic
    Life Support – BLS"): the credential's name in two forms, no name and its giver. A giver's initials are never
    the name's ("Board Certified Behavior Analyst – BACB")."""
    short = short.strip()
    if _INITIALS.fullmatch(short) is None:
        return False
    words = _BRACKETS_AT_END.sub("", words)  # "(in progress)", "(2021)": said of it, no word of its name
    firsts = [w[0] for w in _WORD_OF_NAME.findall(words) if w.lower() not in _SMALL_WORDS]
    return "".join(firsts).upper() == short.upper()


_BRACKETS_AT_END = re.compile(r"\s*\([^()]*\)\s*$")
_WORD_OF_NAME = re.compile(r"[^\W\d_][\w'’]*")
_SMALL_WORDS = frozenset({"of", "and", "for", "in", "the", "on", "to", "a"})
"""Words an acronym of a name leaves out ("Certified in Planning and Inventory Management", CPIM)."""


_GIVER_CERTIFIES = re.compile(r"^(?P<giver>[A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*)?)\s+Certified\b")
"""A credential named by its giver ("Adobe Certified Professional", "Salesforce Certified Administrator")."""


def _its_own_giver(name: str, after: str) -> bool:
    """Whether a credential's name says its giver ("Adobe Certified Professional") and what follows its dash is
    another's words, the credential's specialty ("– Visual Design"), no giver; "– Adobe" would be its giver again."""
    found = _GIVER_CERTIFIES.match(name.strip())
    if found is None or found["giver"].endswith("ly") or found["giver"].split()[0].lower() in _NO_GIVER:
        return False  # "Board Certified Behavior Analyst – BACB", "Nationally Certified …": the giver follows
    # "Marketo Certified Expert — Adobe": the maker that owns the product the credential is named by, its giver. So is
    # the body whose standard names it ("IPC-A-610 Certified IPC Specialist – IPC": IPC's standard A-610).
    giver, said = found["giver"].lower(), after.strip().lower()
    again = said.startswith(giver) or (bool(said) and giver.startswith(f"{said}-"))
    return not again and not _a_maker(after.strip())


def _a_maker(word: str) -> bool:
    """Whether ``word`` is one capitalised word that opens the names of several products the lexicon knows ("Adobe"
    of Adobe Photoshop and Adobe Illustrator, "Oracle", "Salesforce"): a firm that makes them, no specialty."""
    if not re.fullmatch(r"[A-Z][\w&.-]*", word):
        return False
    return len(_makers().get(word, ())) >= 2


@lru_cache(maxsize=1)
def _makers() -> dict[str, frozenset[str]]:
    """Each first word of the lexicon's names of products written in capitals → those names."""
    from tailor.lexicon import bundled_lexicon

    found: dict[str, set[str]] = {}
    for name in set(bundled_lexicon().names.values()):
        first, space, _ = name.partition(" ")
        if space and first[:1].isupper():
            found.setdefault(first, set()).add(name)
    return {first: frozenset(names) for first, names in found.items()}


_NO_GIVER = frozenset({"board", "state", "dual", "double", "triple", "ce", "cme"})
"""Words before "Certified" that say how a person is certified, not by whom ("Board Certified", "Dual Certified")."""


_NAMES_A_CREDENTIAL = re.compile(r"\b(?:certifi(?:cate|cation|ed)|licen[cs]e|diploma)\b", re.IGNORECASE)
"""The words that say a piece of a credential's line is its name, not its giver."""


_LISTS_ON = re.compile(
    r"(?:and|or|&)\s|(?:[\w.]+\s+){0,2}(?:no\.?|number|#)\s*(?:[a-z]{1,4}\s)?[\w./-]*\d"
    r"|(?:licen[cs]e|lic\.|certificate|registration|reg\.)\s+[\w./-]*\d|(?-i:[A-Z]{2,5})[ -]?\d{4,}$",
    re.IGNORECASE,
)
"""What follows a name's last comma that is no issuer: the last of a list's words ("Diversity, Equity, and
Inclusion"), or a licence's number, however a board writes it ("License No. 0054321", "No. PE.0081234",
"No. PT 412876", "Reg. No. 12/3456", "License 099812", "LCS 123456")."""
_GAINED = r"(?:issued|obtained|earned|granted|awarded|received|licensed|passed|completed)"
"""The words that say a credential was gained when its date tells ("issued March 2021", "licensed 2019", "CPAT,
passed 2019" of a test, "completed 2020" of a course)."""
_DATED_BY = re.compile(rf"[\s,;(|–—-]*\b{_GAINED}(?:\s+(?:on|in))?[\s:,;(]*$", re.IGNORECASE)
"""The word a credential's date follows ("…, issued March 2021", "obtained 2019"), left at the end of the line once
the date is taken: part of saying when it was gained, no part of its name."""
_DATE_THEN_GIVER = re.compile(
    rf"(?:,|\s+[-–—|])\s*(?P<when>(?:{_GAINED}(?:\s+(?:on|in))?\s+)?{DATE})\s*\((?P<giver>[^()]+)\)\.?$", re.IGNORECASE
)
"""A credential's date, after a comma or a spaced dash, then a bracket that closes its line: who gave it ("VTNE – passed
2014 (AAVSB)", "CompTIA Security+ – 2021 (CompTIA)"), or what qualifies its name ("– 2022 (Level 3)")."""


_STANDING = re.compile(
    r"(?:semi-?|quarter-?)?finalist|winner|runner[- ]up|nominee|recipient|honou?rable mention|level\b.*|"
    r"(?:first|second|third|1st|2nd|3rd) place|gold|silver|bronze|top\b.*|official selection",
    re.IGNORECASE,
)
"""What a bracket says of where a credential's holder stood ("(Finalist)", "(Level 3)", "(Top 5%)"; a film festival's
"Official Selection", the films it screens): no giver."""
_STANDING_AT_END = re.compile(rf"\s+(?=(?-i:[a-z]))(?:{_STANDING.pattern})$", re.IGNORECASE)
"""That standing in lower case, closing a piece after other words ("… Foundation semifinalist")."""


def _giver_before_date(line: Line) -> Line:
    """``line`` with the bracket that follows the credential's date set before that date, so the date closes the
    line, as the rules of a credential's date read it: as a cell of its own where it names who gave it ("VTNE – passed
    2014 (AAVSB)" → "VTNE⇥AAVSB, passed 2014"), with the name it qualifies where it does not ("Fear Free Certified
    Professional – 2022 (Level 3)", "BLS – 2024 (renewed)": the bracket had been read as the issuer, brackets and all).
    """
    found = _DATE_THEN_GIVER.search(line.text)
    head = line.text[: found.start()].strip() if found else ""
    if found is None or not head or _DATE_LIST.search(line.text):
        return line  # "President's Club 2023, 2024 (Corvane Analytics)": several dates, which _several_dates reads
    said = found["giver"].strip()
    if _names_a_giver(said) and not _STANDING.fullmatch(said):
        text = f"{head}\t{said}, {found['when']}"
    else:
        text = f"{head} ({said}), {found['when']}"
    return replace(line, text=text, marked=text)


_COMMA_AMOUNT = re.compile(rf",\s+(?P<amount>{_AMOUNT.pattern})$")
"""A sum after a credential's last comma ("NEH Fellowship, NEH, $60,000"): its value, never its issuer."""
_DASHED_AMOUNT = re.compile(rf"\s+[-–—]\s+(?P<amount>{_AMOUNT.pattern})$")
_DATE_LIST = re.compile(
    rf"(?:\t|\s*\(|,?\s+(?:[-–—|]\s+)?)\(?(?P<dates>{DATE}(?:(?:\s*[,&]\s*|\s+and\s+){DATE})+)\)?"
    r"(?:\s*\((?P<bracketed>[^()]+)\)|,\s*(?P<after>[^,()]+?))?\.?$",
    re.IGNORECASE,
)
"""The dates of a credential given more than once, after a comma, a bracket, a space or a spaced dash ("Travel Award
(May 2023 & 2025)", "President's Club – 2022 & 2023"), and who gave it, where it follows them in brackets or after
a comma ("President's Club 2023, 2024 (Corvane Analytics)")."""
_ONE_DATE = re.compile(DATE, re.IGNORECASE)


_NUMBERED = re.compile(r"(?:\bno\.?|#|\bnumber|\blic(?:en[cs]e)?\.?|\bcert(?:ificate)?\.?)\s*\Z", re.IGNORECASE)
"""The word before a credential's number ("License No. 0402"), which no date follows."""


def _several_dates(draft: Draft, loc: tuple[str, int], text: str) -> Span | None:
    """The latest of the dates a credential given more than once lists ("Travel Award (May 2023 & 2025)",
    "Dean's List, 2019, 2020 and 2021") as its one date, with a note naming them all; None for other lines."""
    found = _DATE_LIST.search(text)
    if found is None or _NUMBERED.search(text, 0, found.start("dates")):
        return None  # "License No. 0402, 2018": the licence's number and its year, no two dates
    written = [date.group() for date in _ONE_DATE.finditer(found["dates"])]
    parsed = []
    for date in written:
        if (when := dates.read(date)) is None:
            return None
        parsed.append(((when.year, when.month or 0), date))
    giver = found["bracketed"] or found["after"]
    if giver and not _names_a_giver(giver.strip()):
        return None  # "Dean's List 2019, 2020 (top 5%)": what follows the dates is no one who gave it
    draft.note(loc, f"given more than once ({found['dates']}): the latest date is kept; list it once a year for all")
    rest = text[: found.start()]
    return Span(start=max(parsed)[1], end=None, rest=f"{rest}\t{giver.strip()}" if giver else rest)


_DATE_THEN_PLACE = re.compile(r",\s*(?P<when>[^,]{4,40}?\d{4})\s*[-–—]\s*(?P<place>[A-Z][A-Za-z .'-]{1,40})$")


def _dated_place(draft: Draft, text: str) -> Span | None:
    """The date of a line that ends in a date joined to where it was ("…Training, November 2024-Baku"); the
    place is kept as a comment, since a credential has no field for it. None for other lines."""
    found = _DATE_THEN_PLACE.search(text)
    span = find_span(found["when"]) if found else None
    if found is None or span is None or span.rest.strip() or span.open:
        return None
    draft.leftovers.append(f"Where '{text[: found.start()]}' was: {found['place']}")
    return replace(span, rest=text[: found.start()])


_FINAL_YEAR = re.compile(
    rf"(?:(?:,(?P<quote>[\"”’]?)|\s+[-–—|])\s*(?:{_GAINED}(?:\s+in)?\s+)?|\s+\()"
    r"((?:FY\s?)?(?:19|20)\d{2})\)?\.?$",
    re.IGNORECASE,
)
"""A year closing a credential's line, after a comma, a bracket or a dash, or after the word that says it was then
gained ("…, obtained 2020"); a fiscal year, as a sales award is given for one ("President's Club (FY2024)"), is one
too, written as the line writes it."""


_SEMICOLON = re.compile(r"(?:;|\s+[•·▪|])\s+(?![^(]*\))")
"""A semicolon or a spaced bullet or bar that parts a line's pieces, not one in brackets ("(CPR; AED)")."""


def credentials_apart(lines: list[Line]) -> list[Line]:
    """``lines``, each line that lists several credentials (:func:`_dated_apart`) as one line for each."""
    return [piece for line in lines for piece in _dated_apart(line)]


def _dated_apart(line: Line) -> list[Line]:
    """``line`` as the credentials it lists apart by semicolons, bullets or bars, each dated at its end
    ("ServSafe Food Handler (2018); CPR/First Aid (2022)") or each opening with a credential tailor knows
    ("Registered Dietitian (RD); Licensed Dietitian (LD), Ohio"): one line of a one-page résumé, several
    credentials. So is a line of names of which two or more hold a date of their own ("Presidents Club, Acme (2021)
    • Rookie of the Year, Acme (2020) • Top New Logo Award, Acme"), since one credential has one date. Other pieces
    of which any lacks its own date ("Certified Scrum Master; Scrum Alliance; 2021", "AWS Developer | Amazon |
    2023") are one credential's name, issuer and date. A label that says what the line lists ("Certifications: …",
    as a résumé sets its credentials on a line under a bold label) is no part of its first credential's name."""
    line = _without_line_label(line)
    pieces = _SEMICOLON.split(line.text)
    if line.row or len(pieces) < 2:
        return [line]
    dated = [_year_at_end(piece.strip()) is not None for piece in pieces]
    named = all(piece.strip()[:1].isupper() for piece in pieces)
    if not (all(dated) or all(map(_opens_with_known, pieces)) or (sum(dated) >= 2 and named)):
        return [line]
    marked = _SEMICOLON.split(line.marked)
    if len(marked) != len(pieces):
        marked = pieces
    return [replace(line, text=t.strip(), marked=m.strip()) for t, m in zip(pieces, marked, strict=True)]


_LABELLED = re.compile(rf"\s*[*_]*{_LABEL_WORDS}[*_]*\s*:[*_]*\s*")


def _without_line_label(line: Line) -> Line:
    """``line`` without the label that opens it, where one says what the line is (:data:`_LINE_LABEL`) and
    something follows it; the label's emphasis goes with it."""
    text, marked = _LABELLED.match(line.text), _LABELLED.match(line.marked)
    if text is None or marked is None or not line.text[text.end() :].strip():
        return line
    return replace(line, text=line.text[text.end() :], marked=line.marked[marked.end() :])


def _opens_with_known(piece: str) -> bool:
    """Whether a piece of a line opens with a credential's name the lexicon knows, before its issuer or place
    after a comma and its initials in brackets ("Licensed Dietitian (LD), Ohio")."""
    from tailor.lexicon import bundled_lexicon

    head = _HELD_AS.sub("", _ASIDE.sub("", piece.partition(", ")[0].strip())).strip()
    return head.lower() in bundled_lexicon().names


_ENDS_IN_YEAR = re.compile(r"\s(?:19|20)\d{2}$")
"""A year that ends a credential's line after a space alone: not read as its date (it may be a product's version,
"Excel 2016"), but a year the line already gives."""
_EARLIER_YEAR = re.compile(r"(?<!\d\.)\b(?:19|20)\d{2}\b(?!\.\d)")
"""A year before the one a credential's line ends with; a rule's section number is none ("OSHA 29 CFR
1910.120", "29 CFR 1926.501"), however like a year its first part reads."""


_YEAR_AFTER_A_CREDENTIAL = re.compile(
    r"(?:[+)]|\b(?:[A-Z]{2,6}|(?i:certified|certification|certificate|licen[cs]e|card|associate|professional|expert"
    r"|practitioner|administrator|architect|developer|engineer|analyst|technician|user|provider|instructor"
    r"|foundations?|fundamentals)))\s+((?:19|20)\d{2})\.?$"
)
"""A year after a space alone where the name before it closes as a credential's does: with its level or holder
("… – Associate 2021", "BLS Provider 2024"), its own word ("… License 2019"), its letters ("ACLS 2023", "(CKA) 2022")
or CompTIA's plus ("CySA+ 2021"). After a product's name ("Excel 2016", "Windows Server 2019") a year is its version."""


def _year_at_end(text: str) -> Span | None:
    """The year a credential's line ends with ("Professional Engineer (PE), Colorado, 2016", "Peabody Award
    (2022)", "CompTIA Security+ 2021"): its date. Roles need more than a year among words to be dated; a credential's
    line does not."""
    found = _FINAL_YEAR.search(text)
    if found is None and (after := _YEAR_AFTER_A_CREDENTIAL.search(text)):
        name = text[: after.start(1)].rstrip()
        return None if _EARLIER_YEAR.search(name) else Span(start=after[1], end=None, rest=name)
    if found is None or _EARLIER_YEAR.search(text[: found.start()]):
        return None  # "English (2021), World History (2021) and Art (2018)": years of its parts, kept in it
    # 'Portland Monthly "Best New Restaurant," 2020': the comma set inside the quotes, as American style sets it,
    # parts the name from its year; the quote closes the name.
    return Span(start=found.group(2), end=None, rest=text[: found.start()] + (found["quote"] or ""))


_YEAR_FIRST = re.compile(r"^(?P<year>(?:19|20)\d{2}):\s+(?=\S)")
"""A year that opens a credential's line before a colon ("2023: Motivational Interviewing, WSDHA"), as a list of
courses taken writes each; a year before a dash is :func:`~tailor.cv.importers.clues.find_span`'s."""
_OPENS_WITH_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s+(?=[A-Z0-9])")
"""A year that opens a credential's line before its name, with no mark between: an academic CV sets each
credential's year in the margin before it ("2024  Biotechnology Project Management Certificate")."""


_OPENS_DATED = re.compile(r"^\s*(?:19|20)\d{2}\b")
"""A line that opens with a year or a span of years ("2014 …", "2022–2025 …"): a list dated in its margin."""


def _year_first(text: str, *, by_year: bool) -> Span | None:
    """The year a credential's line opens with before a colon: its date, the rest its name and issuer. Where the
    lines of its list open with their years or spans (``by_year``: two or more), a year before the name with no colon
    is one too; alone, "2020 Census Volunteer of the Year" may be a name that opens with a year, and stays whole."""
    found = _YEAR_FIRST.match(text) or (_OPENS_WITH_YEAR.match(text) if by_year else None)
    return Span(start=found["year"], end=None, rest=text[found.end() :]) if found else None


def _issuer_and_date(line: Line, text: str, above: Line) -> bool:
    """Whether a dated ``line`` under a credential's name (``above``, alone on its line) holds its issuer
    and date ("Deploy AI Apps with Cloudflare" over "Scrimba   Jan 2026"): a short line that is no item,
    not set more prominently than the name, and set otherwise or naming no credential itself."""
    return (
        not line.item
        and len(text.split()) <= 12
        and not _set_above(line, above)
        and ((above.bold, above.size) != (line.bold, line.size) or not _names_credential(text))
    )


def _names_its_own_giver(cells: list[str]) -> bool:
    """Whether a line's ``cells`` are a credential's name and then its giver ("BLS", "American Heart Association"),
    a line of its own under a name with none ("Wilderness First Responder"), not that name's giver and date."""
    return (
        len(cells) >= 2 and _plainly_a_giver(cells[-1]) and not looks_like_organisation(_without_own_initials(cells[0]))
    )


def _wrapped_name(name: str, below: str) -> tuple[str, str]:
    """A credential's name and issuer, from its ``name`` alone on a line and the dated line ``below`` it. Where
    that line opens with the rest of the name, up to an acronym whose letters reach back into the line above
    ("Certified Information Systems" / "Security Professional (CISSP), ISC2, 2020"), the rest joins the name;
    an issuer with its own acronym ("Project Management Institute (PMI)") stays the issuer."""
    head, _, issuer = below.partition(", ")
    found = _ACRONYM_AT_END.search(head)
    if found is None:
        return name, below
    initials = "".join(w[0] for w in f"{name} {head[: found.start()]}".split() if w[:1].isupper())
    own = sum(w[:1].isupper() for w in head[: found.start()].split())
    if len(found["acronym"]) > own and initials.endswith(found["acronym"]):
        return f"{name} {head}", issuer
    return name, below


_ACRONYM_AT_END = re.compile(r"\s\((?P<acronym>[A-Z]{2,8})\)$")
"""A name's acronym in brackets at its end ("… Professional (CSEP)")."""


def _giver(line: Line, above: Line, above_dated: bool) -> bool:
    """Whether an undated ``line`` under a credential names who gave it: set smaller than the name, or a list
    item under a dated name that is none ("**Canada Postdoctoral Award** (2026)" over "Natural Sciences
    Research Council")."""
    return _set_above(above, line) if not line.item else above_dated and not above.item


_STUDIED = re.compile(
    r"\b(?:courses?|coursework|program|programme|training|diploma|studies|bootcamp|certificate\s+(?:in|of))\b",
    re.IGNORECASE,
)
"""Words that name a course of study ("Forklift Operator Training", "Certificate in Welding"), whose span of dates is
when it was studied, not how long it is valid."""


def _date(credential: dict[str, Any], kind: str, span: Span, text: str) -> None:
    """Set ``credential``'s date from ``span`` (found in ``text``): a certificate's or licence's span from one month
    to the same month a year or more later ("March 2011 to March 2027", as a job board's résumé gives each) is when it
    was gained and when it runs out, its ``expires``; any other span is as :func:`_when` reads it: a course's weeks,
    an award's years, and years alone ("LMSW, 2016–2019"), which as often say when a licence was held before the
    next one."""
    if kind == "certificates" and _valid_for(span) and not _STUDIED.search(credential["name"]):
        credential["date"], credential["expires"] = span.start, span.end
    else:
        credential["date"] = _when(span, text)


def _valid_for(span: Span) -> bool:
    """Whether ``span`` runs from a month to a month a year or more later, as a credential's validity does."""
    if span.open or not (span.start and span.end) or dates.is_open(span.end):
        return False
    start, end = dates.read(span.start), dates.read(span.end)
    if start is None or end is None or start.month is None or end.month is None or start.day or end.day:
        return False
    return (end.year - start.year) * 12 + end.month - start.month >= 12


def _when(span: Span, text: str) -> str | None:
    """A credential's date: when it began, if it goes on; when it was held, as ``text`` writes it, if it
    ended ("2017–2019": a fellowship's years, its start no less a fact than its end); else its one date."""
    if span.open or not span.end or dates.is_open(span.end):
        return span.start
    for first, second in ((span.start, span.end), (span.end, span.start)):
        if first and (written := re.search(rf"{re.escape(first)}\s*(?:–|—|--|-|to|until)\s*{re.escape(second)}", text)):
            return written.group()
    return span.end


def _set_above(line: Line, other: Line) -> bool:
    """Whether ``line`` is set more prominently than ``other``: in bold where it is not, or larger."""
    return (line.bold and not other.bold) or bool(line.size and other.size and line.size > other.size + 0.5)
