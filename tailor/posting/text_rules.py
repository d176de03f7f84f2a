"""The rules that read a posting's details from its text: labels, a job board's header, the title's
heading, and the sentences and headings that name the employer.

Each rule takes a :class:`~tailor.posting.lines.Page` and offers values by field, best first, not yet
checked; :mod:`tailor.posting.find_details` tries them in the order of its ``RULES`` and checks each
value with :mod:`tailor.posting.plausible`. Pure text processing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from itertools import islice

from tailor.lexicon import bundled_lexicon, word_log_probabilities
from tailor.places import folded, is_country, is_place, places, regions
from tailor.posting import plausible
from tailor.posting.details import DATE_FIELDS, Field
from tailor.posting.domains import complete, domain_labels, from_addresses, spells
from tailor.posting.extracted import FIELD_GAP, is_bullet, unbulleted
from tailor.posting.headings import YEARS_FIRST, SectionKind, classify_heading
from tailor.posting.items import SENTENCE
from tailor.posting.lines import (
    CLIENT_LABELS,
    HIRING,
    LABEL,
    LABELS,
    LINK_TARGET,
    NAME,
    SMALL_WORDS,
    START,
    Line,
    Page,
    line_of,
    trim,
)


def _labels(page: Page) -> dict[Field, list[str]]:
    """``Job title: Data Engineer``, ``**Location:** Berlin``, a table row ``Salary | €70,000``."""
    offers: dict[Field, list[str]] = {}
    clients: list[str] = []
    for i, raw in enumerate(page.lines.raw):
        if ":" not in raw and "|" not in raw and "：" not in raw:
            continue
        # Fields set side by side with a wide gap are read one by one: each value ends at its gap.
        gapped = "|" not in raw and FIELD_GAP.search(raw)
        for text in [line_of(part).text for part in FIELD_GAP.split(raw)] if gapped else [page.lines[i].text]:
            while (m := LABEL.match(text)) is not None:
                value, text = _up_to_next_label(m.group(2))
                value = _unquoted(value)
                label = " ".join(m.group(1).lower().split())
                if label not in LABELS and (glued := _GLUED_ON.search(m.group(1))):
                    label = " ".join(glued.group(1).lower().split())  # "Apply NowCompany:": a button's words before it
                if label in CLIENT_LABELS:
                    # The employer an agency hires for, named ("Client: Tamarack Therapy"), before any other
                    # company label (the agency's own); "Client: a regional health system" names no one.
                    if re.fullmatch(NAME, value.strip()):
                        clients.append(value.strip())
                    continue
                if field := LABELS.get(label):
                    if field == "company" and "," in value and (named := _name_run_into_place(value)):
                        value, place = named  # "Employer: Acme Museum Dallas, Texas, United States"
                        offers.setdefault("location", []).append(place)
                    offers.setdefault(field, []).append(value)
    for field, values in [*_stacked(page).items(), *_dates_open(page).items()]:
        offers.setdefault(field, []).extend(values)
    if clients:
        offers["company"] = clients + offers.get("company", [])
    if offers.get("location") and (mode := _labelled_mode(page)) is not None:
        # "Location: Denver, CO" over "Workplace type: Hybrid": how the work is held there, said of that place, as a
        # header line that sets the two apart is read (:func:`_place_with_its_mode`).
        offers["location"][0] = _place_with_its_mode([("location", offers["location"][0]), ("location", mode)])[0][1]
    return offers


_GLUED_ON = re.compile(r"(?<=[a-z])([A-Z][A-Za-z ()/'’-]*)$")
"""A label run on after the words before it with no space, as a page's button and the label beside it are copied
("Apply NowCompany:"): the label is what opens with the capital after a small letter."""


_MODE_LABELS = frozenset(
    {
        "workplace type", "workplace", "work mode", "work model", "working model", "work arrangement", "work setting",
        "work style", "location type", "work location type", "remote", "remote work", "remote status", "remote type",
        "remote option", "remote eligible", "remote/hybrid", "on-site/remote", "onsite/remote", "remote job",
    }
)  # fmt: skip
"""Labels of how the work is held, as careers pages set them beside the place ("Workplace type: Hybrid", Ashby's
"Location Type: Remote", "Remote: Hybrid", USAJOBS's "Remote job: Yes"); not USAJOBS's "Telework eligible", which
says the job may be done from home some days, as the agency allows, and no more."""
_YES = re.compile(r"yes\b", re.IGNORECASE)


def _labelled_mode(page: Page) -> str | None:
    """How the work is held, as a labelled line or a label over its value says it (:data:`_MODE_LABELS`): "Remote",
    "Hybrid", "On-site", or "Remote" for a "Yes" beside a label that asks whether it is remote; None where no label
    says, or says anything else ("Remote: No", "Workplace type: Flexible")."""
    raw = page.lines.raw
    for i, line in enumerate(raw):
        found = LABEL.match(page.lines[i].text) if ":" in line or "：" in line else None
        if found is not None:
            label, value = found.group(1), found.group(2)
        else:
            label = _alone_label(line).rstrip(":：").rstrip(" *_")
            below = _next_filled(raw, i) if label.lower() in _MODE_LABELS else None
            if below is None:
                continue
            value = raw[below]
        label = " ".join(label.lower().split())
        value = value.strip(" \t*_.")
        if label not in _MODE_LABELS:
            continue
        if _AWAY_FROM_IT.fullmatch(value) or _AT_A_PLACE.fullmatch(value):
            return value
        if _YES.match(value) and label not in ("workplace type", "workplace", "location type", "work location type"):
            return "Remote"
    return None


_QUOTED = re.compile(r"""^['"‘“](?P<value>[^'"‘’“”]+)['"’”],?$""")


def _unquoted(value: str) -> str:
    """A label's value without the quotes and comma a data file's field sets it in (``title: 'Night Auditor',`` of a
    careers page's source, pasted as text): the quotes are no part of the title."""
    found = _QUOTED.match(value.strip())
    return found.group("value").strip() if found else value


_LOCATION_LABELS = ("location", "locations", "job location", "job locations", "work location", "duty station")
_STACKED_LABELS: dict[str, Field] = {
    **{label: field for label, field in LABELS.items() if field == "employment_type"},
    **dict.fromkeys(_LOCATION_LABELS, "location"),
    **dict.fromkeys(("department", "team"), "team"),
    # Not "Date" alone: a form's field, or a letter's.
    **{label: field for label, field in LABELS.items() if field in DATE_FIELDS and label != "date"},
}
"""The labels read over their value: the kind of employment, whose values are few and known, a place by the
words that name nothing but one, whose value must read as a place, the team, whose value must be a name
(:func:`tailor.posting.plausible.addressee`: Ashby's "Department" over "Engineering", not "The team" over a
paragraph about it), and the day the posting opened or closes, whose value must open with a date ("Closing Date"
over "12/18/2026 11:59 PM Central", as a public employer's job bulletin sets it)."""


_CODED_PLACE_BESIDE = re.compile(rf"(?i:{'|'.join(_LOCATION_LABELS)})[ \t]+(?P<place>{plausible.CODED_PLACE.pattern})")
"""A location's label with a place coded as applicant tracking systems code it after a space, on one line ("Job
Locations US-OR-Portland"), as a careers page's label and value copied side by side read."""


def _alone_label(line: str) -> str:
    """A label set on a line of its own, as its words: no Markdown marks around it, nor the emoji a careers page sets
    before each heading ("## 📍 Location", "💼 Job type"), which a location's emoji would make a place of."""
    return plausible.without_pictographs(line.strip(" \t*#_")).strip(" *_")


def _stacked(page: Page) -> dict[Field, list[str]]:
    """A label on a line of its own, over its value, as Indeed's "Job details" block sets the kind of
    employment ("Job type" / "Full-time") and public employers' job bulletins the place ("Location" /
    "Thurston County - Olympia, WA"). Only these fields: the check of each lets no sentence through, so a heading
    "Schedule" or "Location" over a sentence offers nothing; a place must name one tailor knows."""
    raw = page.lines.raw
    out: dict[Field, list[str]] = {}
    for i, line in enumerate(raw):
        # Its colon may end it ("Location:" over "Columbus, OH"), as a form's labels end; one within it labels a value
        # beside it, read as a label is.
        label = _alone_label(line)
        label = label[:-1].rstrip(" *_") if label.endswith((":", "：")) else label
        if beside := _CODED_PLACE_BESIDE.fullmatch(label):
            # "Job Locations US-OR-Portland": a page's label and its coded place side by side, copied as one line.
            out.setdefault("location", []).append(beside["place"])
            continue
        if ":" in label or "：" in label or (field := _STACKED_LABELS.get(label.lower())) is None:
            continue
        below = _next_filled(raw, i)
        if field == "location" and below is not None and raw[below].rstrip().endswith(":"):
            below = _next_filled(raw, below)  # "1 vacancy in the following location:" leads in its list of places
        # A few words, as a place is, not a sentence; its postal code is no word ("New York, New York, 10001, USA"),
        # nor a dash between pieces ("Part-time – 9:00 AM – 2:00 PM").
        words = [word for word in raw[below].split() if word not in ("-", "–", "—")] if below is not None else []
        if below is None or sum(not word.strip(",").isdigit() for word in words) > 6:
            continue
        value = page.lines[below].text
        if is_bullet(value):  # a page's list of places, one to a list item
            value = value.split(None, 1)[1]
        # A place must read as one here: what a bulletin writes under it may be no place ("1 vacancy in the
        # following location:", "Flexible"), and a label outranks the place a header line gives.
        if field in DATE_FIELDS:
            if plausible.date_line(value):
                out.setdefault(field, []).append(value)
        elif field != "location":
            out.setdefault(field, []).append(value)
        elif (
            plausible.is_place_piece(value)
            or named_place(value)
            or _a_place_and_its_site(value)
            or plausible.CODED_PLACE.fullmatch(value.strip())  # iCIMS's "Job Locations" over "US-OR-Portland"
        ):
            out.setdefault(field, []).append("; ".join([value, *_more_places(page, below)]))
    return out


_SITE_APART = re.compile(r"\s+[-–—]\s+|\s*[()]\s*")
"""What sets a place apart from the site there that a careers page names beside it: a dash, or brackets."""


def _a_place_and_its_site(value: str) -> bool:
    """Whether ``value``, under a label that says it is where the job is, names a place and the campus or office there,
    as Workday's careers pages write them ("Columbus, OH - Grant Campus", "Tacoma, WA (Main Campus)", "USA - Ohio -
    Dayton"): a name of a few words each side of a dash or in brackets, one of them a place."""
    pieces = [piece for piece in _SITE_APART.split(value) if piece]
    return (
        len(pieces) > 1
        and all(piece[:1].isupper() and len(piece.split()) <= 4 for piece in pieces)
        and any(plausible.is_place_piece(piece) or named_place(piece) for piece in pieces)
    )


_DATES_OPEN = re.compile(r"^open(?:ing)?\s*(?:&|and)\s*clos(?:ing|e)\s+dates?\s*[:：]?\s*", re.IGNORECASE)
"""The label of the days a posting is open, from the first to the last ("Open & closing dates: 11/16/2026 to
11/30/2026", as USAJOBS heads every announcement), its value after it or on the line under it."""
_DATE_TO = re.compile(r"\s+(?:to|through|thru|until|[-–—])\s+", re.IGNORECASE)


def _dates_open(page: Page) -> dict[Field, list[str]]:
    """The day a posting opened and the day it closes, where one label gives them both as a span."""
    for i, line in enumerate(page.lines):
        if (label := _DATES_OPEN.match(line.text)) is None:
            continue
        value = line.text[label.end() :]
        if not value and (below := _next_filled(page.lines.raw, i)) is not None:
            value = page.lines[below].text
        opened, closes = [*_DATE_TO.split(value, maxsplit=1), ""][:2]
        if plausible.date_line(opened) and plausible.date_line(closes):
            return {"date_posted": [opened], "valid_through": [closes]}
    return {}


def _more_places(page: Page, first: int) -> list[str]:
    """The places on the lines right under the place at line ``first``, as Workday stacks a job's "locations"
    ("Seattle, WA" over "Remote, USA"): each a place, no blank line between."""
    more: list[str] = []
    for n in range(first + 1, min(first + 6, len(page.lines))):
        text = page.lines[n].text
        if not text or not (plausible.is_place_piece(text) or named_place(text) or _REMOTE.fullmatch(text)):
            break
        if text.lower().rstrip(" :") in _ANY_LABEL:
            break  # the next field's label, as iCIMS stacks "Requisition ID" ("Boise ID" to the test of a place)
        more.append(text)
    return more


def _next_filled(raw: list[str], i: int) -> int | None:
    """The position of the first line with text of the two after line ``i``, if either has any."""
    return next((n for n in range(i + 1, min(i + 3, len(raw))) if raw[n].strip()), None)


_COLON = re.compile(r"\s*[:：]\s+")
_ANY_LABEL = frozenset(LABELS) | frozenset(
    ("job id", "req", "req id", "requisition", "requisition id", "requisition number", "job number", "reference",
     "ref", "shift", "category", "facility", "job category", "specialty", "fte")
)  # fmt: skip
"""The labels a careers page sets side by side: those of a detail, and those it states beside them (its job's
reference, its shift, its category)."""


_PIPED_LABEL = re.compile(r"\s+[|·•]\s+(?=[A-Z][\w&/-]*(?:[ \t][\w&/-]+){0,3}[ \t]*[:：]\s)")
"""A bar or a dot before a label of any words ("… | Practice Group: Litigation"): the field before it ends there."""


def _up_to_next_label(value: str) -> tuple[str, str]:
    """A label's value, and the labelled text run on after it on the same line: a web page's labels set side
    by side ("Location: Indianapolis, IN Department: Cardiovascular ICU Schedule: Full-time") read as one
    line, and each value ends where the next label the page uses begins, or at a bar or dot before any label
    ("Office: Columbus, Ohio | Practice Group: Litigation")."""
    if (piped := _PIPED_LABEL.search(value)) is not None:
        head, tail = _up_to_next_label(value[: piped.start()])
        return head, tail + value[piped.start() :] if tail else value[piped.end() :]
    for colon in _COLON.finditer(value):
        words = value[: colon.start()].split()
        for size in range(min(4, len(words) - 1), 0, -1):
            label = " ".join(words[-size:])
            if label[:1].isupper() and " ".join(label.lower().split()) in _ANY_LABEL:
                cut = value[: colon.start()].rstrip()[: -len(label)].rstrip(" ,;|·•")
                if label.isupper() and (opening := _CAPITALS_BEFORE.search(cut)) and opening.start() > 0:
                    cut = cut[: opening.start()].rstrip(" ,;|·•")  # "TERMS OF EMPLOYMENT:" is one label
                return cut, value[len(cut) :].lstrip(" ,;|·•")
    return value, ""


_CAPITALS_BEFORE = re.compile(r"(?<=[a-z.)]\s)(?:[A-Z][A-Z'’/&-]*\s+)+[A-Z][A-Z'’/&-]*$")
"""Two or more words in capitals that end a value written in small letters, before a label in capitals run on after
it ("Building Principal TERMS OF" before "EMPLOYMENT:"): the label's own first words. One word may be the value's
own ("Director of Nursing ICU" before "STATUS:"), and a value in capitals cannot be told from a label: they stay."""


_CHIP = re.compile(r"`([^`]+)`")
_LOCATION_EMOJI = "🌎🌍🌏📍🗺"
_SALARY_EMOJI = "💰💵💲💶💷"
_COMPANY_EMOJI = "🏢🏛"
_MARKS = _LOCATION_EMOJI + _SALARY_EMOJI + _COMPANY_EMOJI
_KIND_WORD = rf"(?i:{plausible.KIND_PIECE}|internship)\b"
_KIND_ENDED = re.compile(rf"\.\s+{_KIND_WORD}\.?$")
"""A header line set as sentences, its kind of employment last ("Acme — Columbus, OH. Full-time."): a full stop
before the kind ends a piece, and the line's own full stop makes it no sentence of the posting's."""
_CHIP_SPLIT = re.compile(
    rf"\s+[·•|]\s+|\s+[—–]\s+(?![$€£¥₹]?\s?\d)|\s+-\s+(?=[A-Z])|\s*\|\s*"
    rf"|\s+(?=[{_LOCATION_EMOJI}{_SALARY_EMOJI}{_COMPANY_EMOJI}])|\s+/$|\.\s+(?={_KIND_WORD})"
)
"""Between the pieces of a board's header line; a dash before an amount joins a range ("$82,000 – $104,000"); an
emoji that says what follows starts a piece (chips copied as words, "💰 $120k 🌎 Remote"; a Markdown file's, "`💰
$120k` `🌎 Remote`", its reader sets apart). A slash that ends the line is Lever's, after each of its categories
copied from its page ("Remote /", then "Product – Design /", then "Full-time"): no part of a piece."""
_REMOTE = re.compile(r"^(?:fully |100% )?(?:remote|hybrid|on-?site|in-office|anywhere|worldwide|telecommute)\b", re.I)
_POSTCODE = r"(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
"""A US ZIP code (``43207``, ``43207-1234``), a postcode of four digits (``Sydney, NSW 2000``), a Canadian
(``M5V 2T6``) or a British one (``SW1A 1AA``)."""
_PARTICLE = r"(?:upon|on|am|an|der|de|del|della|des|di|da|do|dos|das|du|la|le|les|sur|sous|en|aan|el)"
"""The small words inside place names: Newcastle upon Tyne, Frankfurt am Main, Rio de Janeiro."""
_PLACE_NAME = rf"[A-Z][\w.'’-]*(?:[ -](?:{_PARTICLE} )*[A-Z][\w.'’-]*){{0,3}}"
"""A place's name: capitalised words, with small words between them, never first or last."""
_CITY_PAIR = rf"{_PLACE_NAME}(?:\s?/\s?{_PLACE_NAME})?"
"""A city, or two that share one market and one state, set apart by a slash ("Minneapolis/St. Paul", "Dallas/Fort
Worth", "Raleigh/Durham"), as a posting names a metro area."""
_PLACE_LIKE = re.compile(
    rf"^(?!.*,\s*{plausible.LEGAL_SUFFIX}$){_CITY_PAIR}(?:,\s*{_PLACE_NAME}){{1,2}}(?:\s+{_POSTCODE})?(?:\s*\([^)]*\))?$"
)
"""``Roswell, New Mexico``, ``Berlin, Germany``, ``New York, NY (Hybrid)``, ``Newcastle upon Tyne, UK``, ``Obetz,
OH 43207``, ``Dallas/Fort Worth, TX``: places as boards write them, a postcode after the state too."""
_TOWN_STATE_ZIP = re.compile(
    rf"{_CITY_PAIR},\s*[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?(?:,\s*(?:USA?|United States(?: of America)?))?"
)
"""A US town, its state's code and its ZIP code, the country after them or not ("Reno, NV 89502, USA"): a place
whatever the town's name, which tailor may not know; no employer is named so."""
_PLACE_WORDS = re.compile(r"^[A-Z][^\W\d_]*(?:[ -](?:[A-Z][^\W\d_]*|or|and|remote|hybrid|\([^)\d]*\))){0,5}$")
"""``Berlin``, ``Zürich or remote (Europe)``: a place after the company on the line under the title."""


_AT_BEFORE = re.compile(r"^at\s+(?=[A-Z0-9])")
"""What some boards set before the company under the title ("Product Designer" over "at Acme"): no part of it."""
_PIECE_WORDS = 8
"""The most words one piece of a board's header line holds (a company's name, a place, a pay range)."""
_DOTS = re.compile(r"\s[·•|]\s")
"""What sets a header line's pieces apart beyond doubt (a dash also joins words: "CANADA - Remote")."""
_ASIDE = re.compile(r"\s*\([^()]*\)")
"""A bracket after a piece of a header line, which says more of it: "Remote (US only)"."""


def _board_header(page: Page) -> dict[Field, list[str]]:
    """The lines right under the title, as job boards set them: the company on the first, then the
    location, pay and kind of employment (``Acme · Berlin, Germany · Full-time``; chips such as
    `` `💰 $120k` `🌎 Remote, US` ``), and the title's own link."""
    offers: dict[Field, list[str]] = {}
    if page.title_line is None:
        return offers
    index = page.title_line[0]
    offers["url"] = _links(page, index)
    seen = 0
    placed_below = slashed = headed = False
    for n in range(index + 1, len(page.lines)):
        line = page.lines[n]
        if seen == 4:
            break
        if not line.text:
            continue
        if plausible.is_navigation(line.text):
            offers["url"] += _links(page, n)  # "Apply here" under the title: where the posting lives
            continue
        if plausible.is_board_status(line.text) and all(map(plausible.is_board_status, _DOTS.split(line.text))):
            # "Reposted 3 days ago · Over 100 applicants" above the pay and type a board sets, Indeed's "- job post"
            # right under the title: the board's, never the company nor a place. Where the line goes on with the
            # job's own pieces ("Posted 5 Days Ago · Hybrid · Austin, TX", as Built In sets it), those are read.
            continue
        if _label_alone(line.text) or _label_beside_its_value(line.text):
            # "Posted" over "September 22, 2021", "Position Type:" over "Part-Time", a table's row "Type | Full-Time":
            # labelled lines, no header (the label no company's name).
            break
        chips = [c.strip() for c in _CHIP.findall(line.raw)] or _spaced_apart(line.raw)
        kind_ended = len(line.text.split()) <= 14 and bool(_KIND_ENDED.search(line.text))
        pieces = chips or _pieces(line.text.removesuffix(".") if kind_ended else line.text)
        pieces = [piece for piece in pieces if not plausible.is_board_status(piece)] or pieces
        if any(YEARS_FIRST.match(piece) for piece in pieces):
            # "5+ years of experience" beside the type and place, as a careers page sets what it asks among them:
            # no company, place or type, and no end of the header.
            pieces = [piece for piece in pieces if not YEARS_FIRST.match(piece)]
            if not pieces:
                continue
        # A line of pieces set apart ("The Marlowe Grand Hotel · Milwaukee, WI · Full-time · $78,000 a year")
        # is as short as its longest piece, a bracket that says more of one left out ("Remote (must reside in
        # Arizona, New Mexico or Colorado)").
        apart = (
            bool(_DOTS.search(line.text))
            and len(pieces) > 1
            and all(len(_ASIDE.sub(" ", piece).split()) <= _PIECE_WORDS for piece in pieces)
        )
        # The first line under the title that ends in a place is its header line, whatever a word of the
        # company's name says ("Kestrel Insurance — Columbus, OH" opens no benefits section).
        masthead = seen == 0 and len(pieces) > 1 and _chip(pieces[-1])[0] == "location"
        if seen == 0 and _named_over_its_place(page, n):
            masthead = placed_below = True  # its place, on the next line, is the header's too
        elif seen == 1 and placed_below:
            masthead = True
        header_like = line.short or chips or apart or kind_ended or _marked_apart(line.text)
        # A line of chips is the header's, whatever a chip's words say ("💰 $120,000 + equity + benefits · 🌎 Remote");
        # so is a line of details under the company's line and its place, which a word of the name ("Juniper Pay ·
        # Chicago, IL") made look like a heading that opens the body.
        masthead = masthead or details_line(line.text) or (seen == 1 and headed and header_details_line(line.text))
        if seen == 0:
            headed = masthead
        if ((line.kind is not None or n >= page.end_of_top) and not masthead) or not header_like:
            break
        if seen == 0 and not masthead and _heads_a_list(page, n):
            if (facts := _list_of_facts(page, n)) is None:
                break  # "Strategic & Creative Leadership" over the duties it names: a heading, no company
            # A careers page's facts as a list under the title ("- Engineering", "- Chicago, IL or Remote (US)",
            # "- Full time"): the place, pay and kind it names are the header's; the rest (a department) no company.
            for fact, value in facts:
                offers.setdefault(fact, []).append(value)
            break
        seen += 1
        read = [_labelled_chip(chip) for chip in pieces]
        alone = seen == 1 and len(read) == 1 and read[0][0] in ("location", None)
        if alone and (name := _name_before_its_country(read[0][1])):
            read = [("company", name)]  # "Altamira Health Inc. United States"
        elif alone and (named := _company_then_place(read[0][1])):
            read = [("company", named[0]), ("location", named[1])]  # "Redwood Digital, Chicago, IL"
        if seen == 1 and _a_name_before_its_place(read):
            read[0] = (None, read[0][1])  # "Summit Ridge Holdings, Flight Department · Teterboro, NJ": the company
        if seen == 1 and read and read[0][0] is None:
            # The first thing under the title, when it is no place, pay or type, is the company: alone on
            # its line, before a place ("Acme · Berlin, Germany"), or, itself no place, before what is none
            # either ("ecoATM | Gazelle", its brands). "Munich · Full-time" could be either, and a place
            # taken for a company is worse than neither.
            first, rest = read[0][1], read[1:]
            placed = any(f == "location" or (f is None and named_place(v)) for f, v in rest)
            if not rest and (_only_places(first) or _TOWN_STATE_ZIP.fullmatch(first)):
                # "Berlin" alone under the title, as Lever sets it, or "Reno, NV 89502, USA", as UKG does: no company
                read = [("location", first)]
            elif not rest or placed or not (is_place(first) or named_place(first)):
                read = [
                    ("company", _AT_BEFORE.sub("", first)),
                    *((("location" if named_place(v) else None), v) if f is None else (f, v) for f, v in rest),
                ]
        unit_first = seen == 1 and len(read) > 1 and read[0][0] == "company" and read[1][0] is None
        if unit_first and _its_institution([read[0][1]], read[1][1]):
            # "Office of Laboratory Animal Resources (OLAR) – Harwick University": a unit, then on the same line the
            # institution it is part of, which employs; as on a line of its own under it (_employs).
            read = [("company", read[1][1]), *read[2:]]
        read = _place_with_its_mode(read)
        if seen > 1 and slashed and _LEVER_SLASH.search(line.raw) and all(field is None for field, _ in read):
            read = [("team", _LEVER_SLASH.sub("", line.text))]  # Lever's "Remote /" over "Operations – Logistics /"
        slashed = bool(_LEVER_SLASH.search(line.raw))
        if seen > 1 and len(read) == 1 and read[0][0] is None and _only_places(read[0][1]):
            read = [("location", read[0][1])]  # "Singapore", "Rotterdam" on a line of its own under the company
        elif seen > 1 and len(read) == 1 and read[0][0] in (None, "location") and (town := _town_of_site(read[0][1])):
            read = [("location", town)]  # "Harwell Regional Airport (HRW), Pine Bluff, AR" under the company
        elif seen == 2 and len(read) == 1 and read[0][0] is None and _employs(offers.get("company"), read[0][1]):
            # USAJOBS: "Department of the Interior" over "Bureau of Land Management"; an academic board: "School of
            # Biological Sciences" over "University of Northumbria".
            offers["company"] = [read[0][1]]
            continue
        for field, value in read:
            if field is not None:
                offers.setdefault(field, []).append(value)
    located = offers.get("location", [])
    if len(located) == 2 and _AWAY_FROM_IT.fullmatch(located[1]) and _a_place_alone(located[0]):
        # Lever sets how the work is held as a chip of its own, lines under the place ("Reno, NV" … "Hybrid"):
        # said of that place, as on one line.
        offers["location"] = [value for _, value in _place_with_its_mode([("location", v) for v in located])]
    above = _named_above(page, index)
    if above and (place_above := _placed_above(page, index, above[0])):
        offers.setdefault("location", []).append(place_above)  # "Kingsmead School" / "Knutsford Road, Wilmslow" / title
    if above and offers.get("company") and _UNIT.match(offers["company"][0]):
        offers["company"] = above  # "CITY OF ARVADA HILLS" over the title, "Office of Emergency Management" under it
    else:
        offers["company"] = offers.get("company", []) + above
    return offers


_AT_A_PLACE = re.compile(r"hybrid|on-?site|in-office", re.IGNORECASE)
"""How work is done at a place: the place says where; "Remote" says more than any place beside it."""
_AWAY_FROM_IT = re.compile(
    r"(?P<how>(?:(?:fully|100%)\s+)?(?:remote|hybrid)(?:[\s-]+remote)?)(?:\s*\((?P<note>[^()]+)\))?", re.IGNORECASE
)
"""A piece of a header line that says only that the work is held away from its place, all or some of the time
("Remote", "Hybrid", "Hybrid remote", "Fully remote", "Hybrid (3 days in office)"): said of the place beside it,
as a note in brackets after it."""


def _place_with_its_mode(read: list[tuple[Field | None, str]]) -> list[tuple[Field | None, str]]:
    """``read``, the pieces of a header line, with how the work is held written after the place where the line sets
    the two apart: "Chicago, IL · Hybrid" and "Hybrid remote · Chicago, IL" are "Chicago, IL (Hybrid)" and "Chicago,
    IL (Hybrid remote)", as a board that brackets it writes it ("Toronto (hybrid)"); a job one may do from home is
    no job held at its place alone. One held at its place ("On-site") goes after the place, which says where: "Hybrid"
    or "On-site" alone is no place, and would stand for the location where the line names one."""
    places = [n for n, (field, value) in enumerate(read) if field == "location" and not _REMOTE.match(value)]
    if not places:
        return read
    away = [piece for piece in read if piece[0] == "location" and _AWAY_FROM_IT.fullmatch(piece[1])]
    held = [piece for piece in read if piece[0] == "location" and _AT_A_PLACE.fullmatch(piece[1]) and piece not in away]
    first = read[places[0]][1]
    if away and "(" not in first:
        mode = _AWAY_FROM_IT.fullmatch(away[0][1])
        assert mode is not None
        note = f"{mode['how']}, {mode['note']}" if mode["note"] else mode["how"]
        read = list(read)
        read[places[0]] = ("location", f"{first} ({note})")
        return [piece for piece in read if piece not in away and piece not in held] + held
    # A place that has a note of its own already ("North America (Eastern Time Zone)"): "Remote" before it says more.
    return [piece for piece in read if piece not in held] + held


_HELD = re.compile(r"\b(?:remote|hybrid|on-?site|in-office|home-?based|anywhere|worldwide|telecommute)\b", re.I)


def _a_place_alone(text: str) -> bool:
    """Whether ``text`` is a place and says nothing yet of how the work is held there ("Reno, NV", not "LATAM -
    Remote", nor a title's words a line offered as one, which the check of a place rejects)."""
    return not _HELD.search(text) and plausible.location(text) is not None


_LEVER_SLASH = re.compile(r"\s/\s*$")
"""The slash Lever sets after each category of a job copied from its page: its place, then its team."""


_WIDE_GAP = re.compile(r"[ \t]{2,}")


def _marked_apart(text: str) -> bool:
    """Whether every piece of a header line opens with the emoji that says what it is, as a board's chips read once
    their code spans are gone ("💰 USD $96,000~$118,000 🌎 Columbus, Ohio, USA; Pittsburgh, …"): the header's,
    however many places one names."""
    pieces = re.split(rf"\s+(?=[{_MARKS}])", text.strip())
    return len(pieces) > 1 and all(piece[:1] in _MARKS for piece in pieces)


def _spaced_apart(raw: str) -> list[str]:
    """The pieces of a header line that sets them apart by wide gaps alone, as LinkedIn's chips read when copied
    ("$35/hr - $48/hr  On-site  Full-time"); none for a line without such gaps, or with a piece too long for one."""
    pieces = [piece for piece in _WIDE_GAP.split(raw.strip()) if piece]
    if len(pieces) < 2 or any(
        len(piece.split()) > _PIECE_WORDS or (not piece[:1].isalnum() and piece[:1] not in "$€£") for piece in pieces
    ):
        return []
    return [q for piece in pieces for q in _pieces(piece)]


_FACTS = 6
"""The most items of a careers page's list of the job's facts under its title (a department, a place, a kind)."""


def _list_of_facts(page: Page, index: int) -> list[tuple[Field, str]] | None:
    """The place, pay and kind of employment of the list that opens at line ``index``, right under the title, where
    it is a careers page's list of the job's facts: a few short items, two or more of which name one of those, each
    a different one ("- Engineering", "- Chicago, IL or Remote (US)", "- Full time"); None for a list of duties."""
    items = []
    for line in page.lines[index : index + _FACTS + 1]:
        if not line.text or (items and not is_bullet(line.raw.lstrip())):
            break  # a list ends at a blank line, or at a line no item's, a heading run up to it ("Company Description")
        if not is_bullet(line.raw.lstrip()) or len(line.text.split()) > _PIECE_WORDS:
            return None
        items.append(unbulleted(line.text))
    read = [_labelled_chip(item) for item in items]
    facts = [(field, value) for field, value in read if field is not None]
    if len(items) > _FACTS or len(facts) < 2 or len({field for field, _ in facts}) < len(facts):
        return None
    return facts


def _heads_a_list(page: Page, index: int) -> bool:
    """Whether the line after line ``index`` is a list's item ("- Lead the creative team"), as under a heading; a
    board's header line is followed by its place, pay or a paragraph. (A "·" opens a board's pieces, no item.)"""
    below = page.lines[index + 1].raw.lstrip() if index + 1 < len(page.lines) else ""
    return is_bullet(below) and not below.startswith("·")


def _label_alone(text: str) -> bool:
    """Whether ``text`` is a label set over its value on the next line: it ends in a colon ("Position Type:"), or its
    words are a label's ("Posted", "Location"); or a location's label beside its coded place ("Job Locations
    US-OR-Portland"). No company's name is any of these."""
    words = _alone_label(text)
    return words.lower().endswith((":", "：")) or words.lower() in LABELS or bool(_CODED_PLACE_BESIDE.fullmatch(words))


_LABEL_CELLS = re.compile(r"\s*\|\s*|\t+")
"""What parts a row's label from its value: a Markdown table's bar, or a tab."""


def _label_beside_its_value(text: str) -> bool:
    """Whether ``text`` is a row of a label and its value, as a board's table of details sets it under the title
    ("Type | Full-Time", "Location | New Jersey - Short Hills"): a label's words, a bar or a tab, then the value."""
    cells = _LABEL_CELLS.split(text.strip(" |\t"))
    return len(cells) == 2 and all(cells) and cells[0].strip().rstrip(":").lower() in LABELS


_UNIT = re.compile(r"^(?:the\s+)?(?:Office|Department|Dept\.?|Division|Bureau|Unit|Section|Branch)\s+of\b", re.I)
"""A unit of an organisation ("Office of Emergency Management", "Division of Nursing"): under the title, below the
organisation's own name over it, it says where in that employer the job is, not who employs."""


def _a_name_before_its_place(read: list[tuple[Field | None, str]]) -> bool:
    """Whether the first piece of a header line, read as a place by its shape alone ("Summit Ridge Holdings,
    Corporate Flight Department": capitalised words and a comma), is a name before the line's place: another
    piece is a place, and neither the first piece's first part nor its last is a place tailor knows or a code."""
    if len(read) < 2 or read[0][0] != "location" or not any(field == "location" for field, _ in read[1:]):
        return False
    parts = [part.strip() for part in read[0][1].split(",")]
    return not any(is_place(part) or re.fullmatch(r"[A-Z]{2,3}", part) for part in (parts[0], parts[-1]))


_LABEL = re.compile(r"locat|address|where|based|office|site|city|region|:\s*$", re.IGNORECASE)
"""What a label of the place under it says ("Job Location", "Where:"): no company's name."""


def _named_over_its_place(page: Page, n: int) -> bool:
    """Whether line ``n`` is :func:`named_over_place`, by the next line with text."""
    below = next((other for other in page.lines[n + 1 : n + 3] if other.text), None)
    return below is not None and named_over_place(page.lines[n].text, below.text)


_DETAILS: frozenset[Field | None] = frozenset({"location", "salary", "employment_type"})


def details_line(line: str) -> bool:
    """Whether ``line`` is a board's line of chips under a posting's title, set as a heading or not: only a
    place, pay or kind of employment, each marked by its emoji or in code spans (``#### `💰 $80k` `🌎 Remote```,
    ``### 🌎 Remote``). A heading with a mark before its words ("💰 Compensation") is none."""
    text = line.strip().lstrip("#").strip().strip("*_").strip()
    chips = [c.strip() for c in _CHIP.findall(text)]
    if not chips and text[:1] not in _LOCATION_EMOJI + _SALARY_EMOJI:
        return False
    pieces = chips or _pieces(text)
    return bool(pieces) and all(_a_detail(piece) for piece in pieces)


def header_details_line(line: str) -> bool:
    """Whether ``line``, among those under a posting's title, states only its details, as a job board's header sets
    them: a place, pay or kind of employment, each a piece (``Napoleon, OH 43545``, ``$36.50 - $44.25 an hour -
    Full-time``, ``Remote · $120k``), with their marks (:func:`details_line`) or without."""
    text = line.strip()
    if details_line(text):
        return True
    if not text or len(text.split()) > _HEADER_WORDS:
        return False
    pieces = _pieces(text)
    return bool(pieces) and all(_chip(piece)[0] in ("location", "salary", "employment_type") for piece in pieces)


_HEADER_WORDS = 14
"""The most words of a header line of details (a place, a pay range, a kind of employment and its hours)."""


def unfold_header(lines: list[str]) -> list[str]:
    """``lines``, a posting's, with a job board's header run into its first line set out as boards set it: the
    title, the company where one stands after it, and the details, each on a line of its own ("Electrical Estimator
    - Halden Mechanical - Florence, KY 41042 - $38 - $48 an hour - Full-time" → "Electrical Estimator", "Halden
    Mechanical", "Florence, KY 41042 - $38 - $48 an hour - Full-time"); and where the posting is pasted as one
    paragraph that opens with such a header as its first sentence, that sentence so set over the rest of the
    paragraph, which a blank line parts from it. Any other ``lines`` are returned as they are."""
    at = next((n for n, line in enumerate(lines) if line.strip()), None)
    if at is None:
        return lines
    first = lines[at].strip()
    opening, rest = first, ""
    if len(first.split()) >= _PARAGRAPH_WORDS:
        sentences = SENTENCE.split(first, maxsplit=1)
        if len(sentences) < 2:
            return lines
        opening, rest = sentences[0].rstrip("."), sentences[1].strip()
    split = _details_after(opening)
    if split is None:
        return lines
    return [*lines[:at], *split, *(["", rest] if rest else []), *lines[at + 1 :]]


_HEADER_DETAILS = 2
"""The fewest details (a place, pay, a kind of employment) after a title that make its line a board's header run in."""


def _details_after(line: str) -> tuple[str, ...] | None:
    """``line`` parted into the title, the company where one follows it and reads as one by its words, and the
    details after them, as a board sets them on lines of their own, where it is a title of a piece or two, then at
    least :data:`_HEADER_DETAILS` pieces that each state a place, pay or kind of employment; else None."""
    pieces = _pieces(line)
    stated = [_chip(piece)[0] in _CHIPPED for piece in pieces]
    named = len(pieces)
    while named and stated[named - 1]:
        named -= 1
    if not 1 <= named <= 2 or len(pieces) - named < _HEADER_DETAILS or any(stated[:named]):
        return None
    start = line.find(pieces[named], line.find(pieces[named - 1]) + len(pieces[named - 1]))
    if start < 0:
        return None
    if named == 2 and not _a_firms_own_name(pieces[1]):
        # "Platform Engineer - Payments - Remote - Full-time": a team or specialty, maybe a name of everyday words
        # ("Copper Spoon Tavern"), which the title line's own rules tell by the text naming it again.
        return line[:start].rstrip(" -–—|·•"), line[start:]
    return (*pieces[:named], line[start:])


def _a_firms_own_name(piece: str) -> bool:
    """Whether ``piece`` reads as an employer's name by its words alone: a name (:func:`plausible.company`) with a
    word no English dictionary has ("Saltmarsh Hotel Group", "Brightline Mechanical Services"), not one in capitals
    alone ("ICU", "IBM": a unit or a firm)."""
    return plausible.company(piece, "loose") is not None and any(
        word[:1].isupper() and not word.isupper() and word.lower() not in word_log_probabilities()
        for word in re.findall(r"[^\W\d_][\w'’-]*", piece)
    )


_AMOUNT = re.compile(r"\d|[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD)\b")


def _a_detail(piece: str) -> bool:
    """Whether one piece of a header line states a place, pay or kind of employment: by its emoji and a value of
    that kind ("🌎 Mumbai, India", "💰 $95,000", "💰 Competitive"), not a heading's words after the mark
    ("💰 Compensation", "🌎 Where you'll work")."""
    field, value = _chip(piece)
    if field == "salary":
        return bool(_AMOUNT.search(value) or _UNSTATED_PAY.search(value))
    if field == "location":
        return classify_heading(value) is SectionKind.OTHER and not _TO_THE_READER.search(value)
    return field == "employment_type"


_UNSTATED_PAY = re.compile(r"\b(?:competitive|negotiable|doe|depending on experience)\b", re.IGNORECASE)
_TO_THE_READER = re.compile(r"\b(?:you|your|you'll|you’ll|we|our)\b", re.IGNORECASE)


def company_line(line: str, below: str) -> bool:
    """Whether ``line``, the first under a posting's title, is the company's: with its place after it ("Kestrel
    Insurance — Columbus, OH"), over ``below`` (:func:`named_over_place`), or over a line of chips that holds the
    place (:func:`named_over_chips`)."""
    pieces = _pieces(line.strip())
    return (
        (len(pieces) > 1 and _chip(pieces[-1])[0] == "location")
        or named_over_place(line, below)
        or named_over_chips(line, below)
    )


def named_over_chips(line: str, below: str) -> bool:
    """Whether ``line`` is a name over ``below``, a board's line of chips one of which is the place ("KESTREL" over
    "Estimating · Columbus, OH · Full-time"): a name of one word, or in capitals, as employers write theirs, is
    no heading there; a heading's words ("Benefits") or a label of the place ("Job Location") are none."""
    text = line.strip()
    return (
        bool(text)
        and chips_with_the_place(below)
        and not _LABEL.search(text)
        and classify_heading(text) is SectionKind.OTHER
    )


def chips_with_the_place(line: str) -> bool:
    """Whether ``line`` is a board's line of chips one of which is the place ("Estimating · Columbus, OH ·
    Full-time", "#### `💰 $90,000/yr` `🌎 Remote`"), a heading's marks aside."""
    chips = _pieces(line.strip().lstrip("#").strip().strip("*_").strip())
    return len(chips) > 1 and any(_chip(chip)[0] == "location" for chip in chips)


_NAMED_COMPANY = re.compile(
    r"^(?:The\s+)?(?!(?:About|Our|Your|This|Why|Meet|Join|Who|Which|What|The)\b)[A-Z][\w&'’.-]*"
    r"(?:\s+(?:&|and|of|[A-Z][\w&'’.-]*))*\s+(?:Company|Corporation|Companies)$"
)
"""A company's own name that ends in the word a heading of its blurb uses ("Crestview Packaging Company", "The
Hershey Company"), not the heading ("About the Company", "Our Company", "The Company")."""


def named_over_place(line: str, below: str) -> bool:
    """Whether ``line`` is a name of two words or more over ``below``, a line that is only a place, as the company
    stands under the title ("Kestrel Insurance" over "Columbus, OH"), whatever a word of its name says as a
    heading would ("insurance", "company"); a label of the place ("Job Location") is none."""
    line, below = line.strip(), below.strip()
    return (
        len(line.split()) >= 2
        and not _LABEL.search(line)
        # A company's name may hold a word of pay and perks ("Insurance", "Rewards") or end in "Company", not
        # "Summary" or "Requirements".
        and (classify_heading(line) in (SectionKind.BENEFITS, SectionKind.OTHER) or bool(_NAMED_COMPANY.match(line)))
        and bool(below)
        and (_only_places(below) or plausible.is_place_piece(below))  # "Columbus, OH": a city before its state
    )


_DEPARTMENT = re.compile(r"^(?:(?:the\s+)?U\.?S\.?\s+)?(?:Department|Dept\.?)\s+of\b", re.IGNORECASE)
"""A government department's name ("Department of the Interior", "U.S. Dept. of Labor")."""
_AGENCY = re.compile(
    r"\b(?:Bureau|Service|Administration|Agency|Office|Command|Corps|Institutes?|Center|Commission|Survey"
    r"|Army|Navy|Air Force|Guard|Patrol|Division|Directorate)\b"
)
"""A word that names an agency within a department ("Bureau of Land Management", "Veterans Health Administration")."""


def _an_agency_of(companies: list[str] | None, line: str) -> bool:
    """Whether ``line``, under a government department read as the company, names the agency of it that hires, as
    USAJOBS sets a federal posting's header ("Department of the Interior" over "Bureau of Land Management"): the
    employer a letter addresses and a file is named for."""
    if not companies:
        return False
    return (
        bool(_DEPARTMENT.match(companies[-1]))
        and bool(_AGENCY.search(line))
        and line[:1].isupper()
        and len(line.split()) <= 8
        and not LABEL.match(line)
    )


_ACADEMIC_UNIT = re.compile(
    r"^(?:the\s+)?(?:School|Faculty|Department|Dept\.?|Division|College|Institute|Centre|Center|Graduate School)"
    r"\s+(?:of|for)\b",
    re.IGNORECASE,
)
"""A part of a university or hospital named as one ("School of Biological Sciences", "Faculty of Law", "Department of
Medicine")."""
_INSTITUTIONS = r"University|Universit[éäyà]|Polytechnic|College|Hospitals?|NHS|Health System|Medical Cent(?:er|re)"
_INSTITUTION = re.compile(rf"\b(?:{_INSTITUTIONS})\b")
"""A word that names the institution a unit is part of ("University of Northumbria", "Leeds Teaching Hospitals")."""


def _employs(companies: list[str] | None, line: str) -> bool:
    """Whether ``line``, the second under the title, names the employer of the company read on the first: the agency
    of a department (:func:`_an_agency_of`) or the institution of a school (:func:`_its_institution`)."""
    return _an_agency_of(companies, line) or _its_institution(companies, line)


def _its_institution(companies: list[str] | None, line: str) -> bool:
    """Whether ``line``, under a university's or hospital's unit read as the company, names the institution it is part
    of, as academic job boards set a posting's header ("School of Biological and Environmental Sciences" over
    "University of Northumbria at Newcastle", "Office of Laboratory Animal Resources" beside "Harwick University"):
    the employer a letter addresses, the unit where in it the job is. A unit that names its institution itself
    ("College of Medicine, Drexel University") has none below."""
    unit = (_ACADEMIC_UNIT.match(companies[-1]) or _UNIT.match(companies[-1])) if companies else None
    return (
        unit is not None
        and _INSTITUTION.search(unit.string, unit.end()) is None
        and _INSTITUTION.search(line) is not None
        and line[:1].isupper()
        and len(line.split()) <= 10
        and not LABEL.match(line)
    )


def _named_above(page: Page, index: int) -> list[str]:
    """The employer on a line of its own over the title, as LinkedIn and Glassdoor set it when copied ("Fernwood
    Roasters" / "Share" / "Senior Barista"), where the posting names it again as one names an employer: of the few
    lines over the title, the links and buttons aside."""
    above = [line for line in page.lines[max(0, index - 6) : index] if line.text]
    return [
        complete(line.text, page) if line.text.isupper() else line.text  # in its own letters, not a header's
        for line in reversed(above[-3:])
        if line.short
        and line.kind is None
        and not plausible.is_navigation(line.text)
        and _chip(line.text)[0] is None
        and _named_again(page, line.text)
    ][:1]


def _placed_above(page: Page, index: int, employer: str) -> str | None:
    """The place on the line between the employer named over the title and the title, as a school's or a
    charity's own document sets its address under its name ("Kingsmead School" / "Knutsford Road, Wilmslow,
    Cheshire SK9 5XX" / "Teacher of Chemistry")."""
    above = [line for line in page.lines[max(0, index - 6) : index] if line.text]
    names = [n for n, line in enumerate(above) if line.text.lower() == employer.lower()]
    if not names or names[-1] != len(above) - 2:
        return None
    field, place = _chip(above[-1].text)
    return place if field == "location" else None


_SLASH = re.compile(r"\s+/\s+(?!(?:an?\s+)?(?:hour|hr|year|yr|month|mo|week|wk|day|annum|shift)\b)", re.IGNORECASE)
"""A slash between the pieces of a header line ("Austin, TX / Hybrid / Full time"), not one before the unit of pay
("$20-$25 / hour")."""


def _slash_split(piece: str) -> list[str]:
    """``piece`` split at its slashes (:data:`_SLASH`), unless they join places ("India / Remote", "Boston / New
    York", the cities of one metro area before their state: "Raleigh / Durham, NC") or the value of a chip its
    emoji names ("🌎 Remote / Boston")."""
    marked = piece.strip()[:1] in _MARKS
    return [piece] if marked or _only_places(piece) or _PLACE_LIKE.match(piece.strip()) else _SLASH.split(piece)


def _pieces(text: str) -> list[str]:
    """The pieces of a header line, set apart by dots, bars, dashes or slashes; remote work then where it may be
    done from ("Remote - United States", as Lever sets it) is one place, not remote work and a stray country, and
    so are places between slashes ("India / Remote", "Boston / New York")."""
    split = (q for p in _split_outside_brackets(text) for q in _slash_split(p))
    pieces: list[str] = []
    for piece in (r for p in split if p.strip() for q in _place_then_pay(p.strip()) for r in _pay_then_kinds(q)):
        if pieces and _REMOTE.fullmatch(pieces[-1]) and _only_places(piece):
            joined = re.search(rf"{re.escape(pieces[-1])}\s+[-–—]\s+{re.escape(piece)}", text)
            if joined:
                pieces[-1] = joined.group(0)
                continue
        pieces.append(piece)
    return pieces


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split where :data:`_CHIP_SPLIT` sets its pieces apart, except within a bracket: "Richmond, VA (Hybrid —
    travel to units 50%)" is one place, its bracket's dash no edge of a piece."""
    pieces, start = [], 0
    for found in _CHIP_SPLIT.finditer(text):
        if text.count("(", 0, found.start()) > text.count(")", 0, found.start()):
            continue
        pieces.append(text[start : found.start()])
        start = found.end()
    return [*pieces, text[start:]]


_DASH_BEFORE_AMOUNT = re.compile(r"\s+[-—–]\s+(?=[$€£¥₹]?\s?\d)")


def _place_then_pay(piece: str) -> list[str]:
    """``Indianapolis, IN (Hybrid) — $41–$50 per hour`` → the place, then the pay: a dash before an amount joins
    a range only after an amount ("$82,000 – $104,000"), not after a place."""
    found = _DASH_BEFORE_AMOUNT.search(piece)
    if found is None or _chip(piece[: found.start()])[0] != "location":
        return [piece]
    return [piece[: found.start()], *_place_then_pay(piece[found.end() :])]


def _pay_then_kinds(piece: str) -> list[str]:
    """``$135K/yr - $155K/yr Hybrid Full-time`` → the pay, then where and how the work is done, each a piece: a
    board's chips whose gaps a PDF or a copy into Word closed to one space. No pay ends in those words."""
    found = _KINDS_AFTER_PAY.search(piece)
    if found is None or not plausible.salary(piece[: found.start()]):
        return [piece]
    return [piece[: found.start()], *found.group().split()]


_KINDS_AFTER_PAY = re.compile(
    r"(?<=[\dkKrh])(?:\s+(?i:remote|hybrid|on-?site|in-office|(?:full|part)-?time|contract|temporary|permanent"
    r"|seasonal|internship)\b)+$"
)
"""The words of where and how the work is done that follow a pay's last amount or unit ("… $155K/yr Hybrid
Full-time", "… $48/hr On-site"), each of one word, to the end of the piece; not "per diem", which pay says too
("$550/day + $150 per diem")."""


def _only_places(text: str) -> bool:
    """Whether every piece of ``text`` is a place tailor knows, a region's code or remote work ("Berlin", "San
    Francisco, CA", "Zürich or remote (Europe)"), not a name that holds one ("Keywords Australia")."""
    pieces = [p for p in re.split(r"\s*(?:[,/()]|\bor\b|\band\b)\s*", text) if p]
    return bool(pieces) and all(is_place(p) or _REMOTE.match(p) or re.fullmatch(r"[A-Z]{2}", p) for p in pieces)


def _places_offered(text: str) -> bool:
    """Whether each place ``text`` offers, apart by "or", "and" or a slash, is one: a place tailor knows, remote work,
    or a town with its region's code ("Minneapolis, MN or Remote (US)": a town tailor does not know by name, by its
    shape)."""
    return _only_places(text) or all(
        _REMOTE.match(option) or _PLACE_LIKE.match(option) or _only_places(option)
        for option in _PLACE_CHOICE.split(text)
        if option.strip()
    )


def _name_run_into_place(text: str) -> tuple[str, str] | None:
    """``Harbor Town Museum Dallas, Texas, United States`` → (``Harbor Town Museum``, ``Dallas, Texas, United
    States``): an employer's label whose value runs on, with no comma, into the city before the places after its
    comma, as a job board fills its "Employer:" field; None unless every piece after the comma is a place and the
    last words before it (up to three) a city tailor knows, with a name before them: no state or country, which a
    name holds ("University of Texas, Austin"), and no name left ending in a small word."""
    head, rest = text.split(",", 1)
    if not _only_places(rest.strip()):
        return None
    words = head.split()
    for n in (3, 2, 1):
        if len(words) > n and is_place(city := " ".join(words[-n:])) and folded(city) not in regions():
            name = words[:-n]
            return None if name[-1].lower() in _SMALL_WORDS else (" ".join(name), f"{city},{rest}")
    return None


_SMALL_WORDS = frozenset({"of", "at", "in", "the", "and", "for", "de", "du", "la", "&"})


def named_place(text: str) -> bool:
    """A place the line under the title names after the company ("Berlin", "Zürich or remote (Europe)"): place
    words, one of them a place tailor knows or remote work, or all of them one place's name ("Kuala Lumpur", "Buenos
    Aires (Hybrid)"); "ecoATM | Gazelle" names two brands."""
    return bool(_PLACE_WORDS.match(text)) and (
        bool(_REMOTE.search(text))
        or is_place(text.split("(")[0].strip())
        or any(is_place(word) for word in re.split(r"[\s,()]+", text) if word)
    )


_CITY_THEN_CODE = re.compile(rf"(?P<city>{_PLACE_NAME}) (?P<code>[A-Z]{{2}})(?: {_POSTCODE})?(?:\s*\([^)]*\))?")
"""``Aurora IL``, ``Joliet IL 60436``: a city, then its state's code with no comma between, as a short ad writes it."""


_NAME_THEN_COUNTRY = re.compile(rf"(?P<name>.+?\s{plausible.LEGAL_SUFFIX})\s+(?P<country>[A-Z][^\d,]*)")
"""A company's name to its legal form, then words that may be a country ("… Inc. United States")."""


def _name_before_its_country(text: str) -> str | None:
    """``Altamira Health Inc. United States`` → ``Altamira Health Inc.``: a name that ends in its legal form, then a
    country with no comma between, as a remote board sets the employer's country after its name; None for any other
    text. The country is where the employer is, not the job (the board's chips say where that is)."""
    found = None if "," in text else _NAME_THEN_COUNTRY.fullmatch(text)
    return found["name"] if found and is_country(found["country"]) else None


def _company_then_place(text: str) -> tuple[str, str] | None:
    """``Redwood Digital, Chicago, IL`` → (``Redwood Digital``, ``Chicago, IL``): a name before a city and the
    code of its state or country (how the job is held in brackets after it: "Denver, CO (Hybrid)"), or before
    remote work ("Quillstack Software, Remote (US)"), on the line under the title; None for a place alone
    ("Kansas City, Missouri, US", "Brooklyn, New York, NY": no city then a code, or a place first)."""
    pieces = [p.strip() for p in text.split(",")]
    if is_place(pieces[0]) or _chip(pieces[0])[0] is not None:
        return None
    rest = text.split(",", 1)[1].strip() if len(pieces) > 1 else ""
    if _REMOTE.match(rest):
        return pieces[0], rest
    if len(pieces) == 2 and (coded := _CITY_THEN_CODE.fullmatch(pieces[1])) and coded["code"] in places()[1]:
        # "Fox Valley Movers, Aurora IL": the state's code after the city without a comma ("Brooklyn, New York NY"
        # is a place alone)
        return None if folded(coded["city"]) in regions() else (pieces[0], pieces[1])
    if len(pieces) == 4 and is_country(pieces[3]):
        # "City of Atlanta, Atlanta, GA, United States": a board that writes the country after every place
        pieces = pieces[:3]
    if len(pieces) != 3 or not re.fullmatch(r"[A-Z]{2}(?:\s*\([^)]*\))?", pieces[2]):
        return None
    city = pieces[1]
    if city in places()[1] or folded(city) in regions() or not city[:1].isupper():
        return None
    return pieces[0], text.split(",", 1)[1].strip()


def _links(page: Page, index: int) -> list[str]:
    """The addresses line ``index`` links to: written in it, or kept apart (a web page's link with its words)."""
    line = page.lines[index]
    written = [m.group(2) or m.group(3) or m.group(4) or "" for m in LINK_TARGET.finditer(line.raw)]
    return written + [link.href for link in page.links if link.text and link.text == line.text]


def _chip(chip: str) -> tuple[Field | None, str]:
    """What one piece of a board's header line states, by its emoji or its shape."""
    # A board's chips copied out as a list under the company ("- Full Time", "- $72,000 - $86,000 / Year"): the
    # item's bullet is no part of the piece, and the junk stripped before a word would take the pay's currency.
    text = unbulleted(chip.strip()).strip()
    mark, rest = text[:1], text[1:].strip()
    if mark in _LOCATION_EMOJI:
        return "location", _tagged(rest)
    if mark in _SALARY_EMOJI:
        return "salary", rest
    if mark in _COMPANY_EMOJI:
        return "company", rest
    text = plausible.words(text) if not text[:1].isalnum() and text[:1] not in "$€£~" else text
    if plausible.employment_type(text):
        return "employment_type", text
    if plausible.salary(text) and plausible.SALARY.search(text):
        return "salary", text
    if (place := _after_street(text)) is not None:
        return "location", place  # "Knutsford Road, Wilmslow, Cheshire SK9 5XX": the town, not the street
    if (town := _postcode_then_town(text)) is not None:
        return "location", town  # "10115 Berlin", "1012 AB Amsterdam": a European address's town
    if _REMOTE.match(text) or _PLACE_LIKE.match(text) or (_PLACE_CHOICE.search(text) and _places_offered(text)):
        return "location", text  # "Denver, CO or Remote (US)": a choice of places is a place
    if (noted := _NOTED_PLACE.match(text)) is not None and is_place(noted["place"]):
        return "location", text  # "Toronto (hybrid)", "Calgary (office-based with occasional site visits)"
    if (place := _job_in(text)) is not None:
        return "location", place
    return None, text


_JOB_IN = re.compile(r"^(?:Jobs?|Position|Vacancy|Opening) in (?P<place>[A-Z].*)$")
"""An aggregator's line under the title, "Job in Springfield, Sangamon County, Illinois, 62777, USA": where."""
_PLACE_PIECE = re.compile(rf"{_PLACE_NAME}|{_POSTCODE}")


def _job_in(text: str) -> str | None:
    """The place a "Job in …" line names: its pieces each a place's name or a postcode, one of them a place or a
    country tailor knows; None for "Job in Data Engineering" or any line of other words."""
    found = _JOB_IN.match(text)
    if found is None:
        return None
    pieces = [piece.strip() for piece in found["place"].split(",")]
    if not all(_PLACE_PIECE.fullmatch(piece) for piece in pieces):
        return None
    return found["place"] if any(is_place(piece) or is_country(piece) for piece in pieces) else None


_CHIPPED: frozenset[Field | None] = frozenset(("location", "salary", "employment_type"))
"""The fields a board's header line may give a piece of with its label ("Salary range: $92,000 – $108,000")."""


def _labelled_chip(chip: str) -> tuple[Field | None, str]:
    """What one piece of a board's header line states: by its label, the value after it, when it names a place, pay
    or kind of employment ("Full-time, exempt | Salary range: $92,000 – $108,000 annually": the label is no part of
    the pay); by its emoji or its shape otherwise (:func:`_chip`)."""
    labelled = LABEL.match(chip.strip())
    if labelled and (field := LABELS.get(" ".join(labelled[1].lower().split()))) in _CHIPPED:
        return field, labelled[2].strip()
    return _chip(chip)


_NOTED_PLACE = re.compile(r"^(?P<place>[^()]+?)\s*\([^()]+\)$")
"""A place with a note in brackets after it, of how or where in it the work is done: the place tailor knows, its
note kept with it."""


_TAGGED = re.compile(r"^(?P<how>remote|hybrid|on-?site),(?=\S)(?P<place>.+)$", re.IGNORECASE)
"""A board's tag of how the work is done run into the place it gives after a bare comma ("remote,United States",
"remote,Remote", as RemoteWLB sets its chips)."""


def _tagged(place: str) -> str:
    """``place`` with a board's tag run into it (:data:`_TAGGED`) set apart as a place is written, or left out where
    the place says it already: "remote,United States" → "Remote, United States", "remote,Remote (US or Canada)" →
    "Remote (US or Canada)"."""
    found = _TAGGED.match(place)
    if found is None:
        return place
    how, where = found["how"], found["place"].strip()
    if re.search(rf"\b{re.escape(how)}\b", where, re.IGNORECASE):
        return where
    return f"{how[:1].upper()}{how[1:].lower()}, {where}"


_STREET = re.compile(
    r"^\d+[A-Za-z]?\s+[A-Z]|^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Road|Street|Lane|Avenue|Drive|Way|Close"
    r"|Crescent|Terrace|Square|Boulevard|Rd|St|Ave|Blvd)\.?,"
    # Europe's street name before its number ("Friedrichstraße 68,", "Rue de la Paix 12,", "Keizersgracht 123,").
    r"|^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s+\d+[a-z]?,"
)
"""A street address's number and name ("2150 Riverside Blvd", "18B Quay Street"), or a name that says it is a street
("Knutsford Road,"), as a British address may give none, or a name then its number ("Friedrichstraße 68,")."""


def _after_street(text: str) -> str | None:
    """The place of a street address, as some boards give the workplace under the company ("2150 Riverside Blvd,
    Sacramento, CA 95818", "40 Quay Street, Suite 3, Auckland, New Zealand" → the city and what follows it); None
    for any other text."""
    if not _STREET.match(text):
        return None
    pieces = text.split(",")
    for n in (1, 2):  # the street, then a suite or unit, before the place
        rest = ",".join(pieces[n:]).strip()
        if rest and _PLACE_LIKE.match(rest):
            return rest
        if rest and (town := _postcode_then_town(rest)) is not None:
            return town  # "Friedrichstraße 68, 10117 Berlin"
    return None


_SITE = re.compile(
    r"\b(?:Airport|Air Base|Base|Hospital|Medical Cent(?:er|re)|Campus|Plant|Mill|Mine|Refinery|Terminal|Port|Yard"
    r"|Depot|Distribution Cent(?:er|re)|Fulfil?lment Cent(?:er|re)|Warehouse|Facility|Station)\b"
)
"""Words that name a site a job is held at (an airport, a plant, a hospital's campus), as a board's line under the
company names it before its town."""


def _town_of_site(text: str) -> str | None:
    """The town after a named site, as a line under the company gives where the job is ("Harwell Regional Airport
    (HRW), Pine Bluff, AR" → "Pine Bluff, AR"), as :func:`_after_street` gives a street's; None for other text. On
    the company's own line such a site is the employer's name ("Mercy Hospital, Springfield, MO"), never read here."""
    pieces = text.split(",")
    for n in range(1, len(pieces)):
        head, rest = ",".join(pieces[:n]), ",".join(pieces[n:]).strip()
        if _SITE.search(head) and _PLACE_LIKE.match(rest):
            return rest
    return None


_POSTCODE_THEN_TOWN = re.compile(
    rf"^(?:[A-Z]-)?(?:\d{{4}} ?[A-Z]{{2}}(?=\s)|\d{{4,5}})\s+(?P<town>{_PLACE_NAME})(?:,\s*(?P<country>{_PLACE_NAME}))?"
    r"(?P<aside>\s*\([^)]*\))?$"
)
"""A postcode before its town, as Europe writes an address ("10115 Berlin", "75011 Paris", "1012 AB Amsterdam",
"D-80331 München, Germany")."""


def _postcode_then_town(text: str) -> str | None:
    """The town (and the country and work mode after it) of a European address's last line, where the town is a place
    tailor knows: "10115 Berlin" → "Berlin"; None for any other text ("2024 Annual Report")."""
    found = _POSTCODE_THEN_TOWN.match(text.strip())
    if found is None or not is_place(found["town"]):
        return None
    return found.group()[found.start("town") - found.start() :].strip()


_PLACE_CHOICE = re.compile(r"\s(?:or|and)\s|\s/\s", re.IGNORECASE)
"""What joins the places a job may be held in, on one line under the title: "Denver, CO or Remote (US)"."""


def _heading(page: Page) -> dict[Field, list[str]]:
    """The first heading or masthead line that reads as a job title; "… at Acme" in it names the company."""
    if page.title_line is None or page.title_line[2]:
        return {}  # no title line, or a hiring sentence: the hiring-phrase rule reads that
    title = page.title_line[1]
    m = re.search(rf"\s(?:at|@)\s+({NAME})\s*$", title)
    pieces = _title_pieces(title)
    if m is None and len(pieces) > 1 and (company := _a_firms_name(pieces[-1], page)):
        # "Lead UX Designer — Mirai Design K.K.", "… — 未来デザイン株式会社 (Mirai Design K.K.)": a name of a legal form
        # after the title's last dash is the employer's, the romanised one where the script is another.
        short = plausible.without_legal_form(company)
        if short != company and page.text.count(short) > page.text.count(company):
            company = short  # "… — Harbor Motive, Inc" over a text that says "at Harbor Motive": as it names itself
        place = plausible.title_place(page.lines[page.title_line[0]].text)
        title = title[: title.rindex(pieces[-1])].rstrip(" -–—|·")
        named: dict[Field, list[str]] = {"title": [title], "company": [company]}
        return named | ({"location": [place]} if place else {})
    if m is None:
        line = page.lines[page.title_line[0]].text
        if (employer := page.employer_before_title(line)) and _named_again(page, employer):
            return {"title": [title], "company": [employer]}
        offers = {"title": [title], **_company_and_place(page, line)}
        return offers | _public_body_first(title)
    return {"title": [title[: m.start()].strip()], "company": [m.group(1)]}


_EAST_ASIAN_FIRM = re.compile(r"株式会社|有限会社|合同会社|有限公司|股份有限公司|주식회사|유한회사")
"""The legal forms Japanese, Chinese and Korean firms' names carry (kabushiki kaisha, yūgen kaisha, gōdō kaisha,
yǒuxiàn gōngsī, jusik hoesa), wherever in the name they stand."""
_ROMANISED = re.compile(r"^(?P<native>[^()]+?)\s*\((?P<latin>[^()]*[A-Za-z][^()]*)\)$")


def _a_firms_name(piece: str, page: Page) -> str | None:
    """``piece`` as a firm's name where it carries a legal form ("Mirai Design K.K.", "未来デザイン株式会社"), the
    romanised name in brackets after one in another script ("未来デザイン株式会社 (Mirai Design K.K.)"), or where it
    is a name in another script with its romanised name in brackets, which names no place and no job and which
    ``page`` names again as an employer ("未来デザイン (Mirai Design)" over "At Mirai Design, we …"; not "東京
    (Tokyo)", nor "デザイナー (Designer)"); else None."""
    piece = piece.strip()
    bracketed = _ROMANISED.match(piece)
    if bracketed and _EAST_ASIAN_FIRM.search(bracketed["native"]):
        return bracketed["latin"].strip()
    if bracketed and _in_another_script(bracketed["native"]):
        latin = bracketed["latin"].strip()
        known = is_place(latin) or named_place(latin) or plausible.JOB_WORDS.search(latin.lower())
        return latin if not known and latin[:1].isupper() and _named_again(page, latin) else None
    if _EAST_ASIAN_FIRM.search(piece) or (
        plausible.without_legal_form(piece, spelled_out=True) != piece and piece[:1].isupper()
    ):
        return piece
    return piece if _a_coined_firms_name(piece, page.text) else None


def _a_coined_firms_name(piece: str, text: str) -> bool:
    """Whether ``piece`` is a firm's name by its words alone: capitalised, opening with a word no English text uses
    (a coined name: "Harborline", "Vexaro") and ending in a word firms' names end in
    (:data:`plausible.FIRMS_LAST_WORDS`: "Harborline Employer Solutions", "Vexaro Labs"); no job's words, no place.
    A word of English is in the word list, in its singular, or written in small letters in the posting's ``text``:
    "Platform Services", "Integrations Services" and "Outpatient Health" after a title's dash are a team or a kind
    of care."""
    words = piece.split()
    first = words[0].lower()
    singular = {first, first.removesuffix("s"), first.removesuffix("es"), first.removesuffix("ies") + "y"}
    return (
        1 < len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and words[-1].lower() in plausible.FIRMS_LAST_WORDS
        and first.isalpha()
        and not singular & word_log_probabilities().keys()
        and re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text) is None
        and not plausible.JOB_WORDS.search(piece.lower())
        and not is_place(words[0])
    )


def _in_another_script(text: str) -> bool:
    """Whether every letter of ``text`` is of a script other than the Latin one (kana, hanzi, hangul, Cyrillic …)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any("LATIN" in unicodedata.name(c, "") for c in letters)


_TITLE_PIECES = re.compile(r"\s+[-–—|·]\s+")


def _title_pieces(title: str) -> list[str]:
    """``title`` split at its dashes and bars, but not at one inside brackets: "Librarian II - Youth Services (Cayce -
    West Columbia, SC)" is a title and its place in brackets, not three pieces."""
    if "(" not in title:
        return _TITLE_PIECES.split(title)
    pieces, start = [], 0
    for m in _TITLE_PIECES.finditer(title):
        before = title[: m.start()]
        if before.count("(") == before.count(")"):
            pieces.append(title[start : m.start()])
            start = m.end()
    return [*pieces, title[start:]]


_PUBLIC_BODY = re.compile(
    r"^(?:City and County|City|County|Town|Township|Village|Borough|Parish|State|Commonwealth|Port)\s+of\s+[A-Z]"
)
"""A government that employs, named as its charter does ("City of Pacific Grove", "County of Yolo")."""


def _public_body_first(title: str) -> dict[Field, list[str]]:
    """The job and its employer of a title line that names a government first, as public employers' and planning
    associations' boards head a posting ("City of Pacific Grove – Associate Planner"); nothing for any other line."""
    pieces = _title_pieces(title)
    if len(pieces) != 2 or not _PUBLIC_BODY.match(pieces[0]):
        return {}
    employer, job = pieces
    if plausible.JOB_WORDS.search(employer) or not plausible.JOB_WORDS.search(job):
        return {}
    return {"title": [job], "company": [employer]}


def _place_and_employer(place: str, employer: str | None) -> dict[Field, list[str]]:
    """The place a title line names, and the employer beside it where the text names it as one."""
    found: dict[Field, list[str]] = {"location": [place]}
    if employer is not None:
        found["company"] = [employer]
    return found


def _company_and_place(page: Page, title: str) -> dict[Field, list[str]]:
    """What a title line of three pieces says after the title, as postings copied from a job board open
    ("Restaurant General Manager - Copper Spoon Tavern - Cincinnati, OH"): the place last, and between the two the
    company, where the posting names it again ("Copper Spoon Tavern is a …") and it names no job or skill
    ("Software Engineer - Backend - Remote" names a specialty, no employer). A line of two pieces names the company
    after the title the same way ("Content Marketing Manager — Copper Spoon", the company named again below)."""
    pieces = _title_pieces(title)
    place = plausible.title_place(title)
    if len(pieces) == 2 and place and pieces[1].endswith(f"({place})"):
        # "Sous Chef – Riverside Bistro (Portland, OR)": the employer, then where, in brackets.
        employer = pieces[1].removesuffix(f"({place})").strip()
        return _place_and_employer(place, employer if _employer_after(page, pieces[0], employer) else None)
    if len(pieces) == 2 and _employer_after(page, *pieces):
        return {"company": [pieces[1]]}
    if len(pieces) == 2 and (named := _company_then_place(pieces[1])):
        employer, place = named  # "Line Cook — Harbor Grill, Portland, ME": the grill is no part of the place
        return _place_and_employer(place, employer if _employer_piece(page, pieces[0], employer) else None)
    if len(pieces) != 3 or (_chip(pieces[2])[0] != "location" and not plausible.is_place_piece(pieces[2])):
        place = plausible.title_place(title)  # "Line Cook - $18/hr (Oakland, CA)", "Nurse Manager | Remote"
        return {"location": [place]} if place else {}
    job, middle, place = pieces
    offers: dict[Field, list[str]] = {"location": [place]}
    if _employer_piece(page, job, middle):
        offers["company"] = [middle]
    return offers


def _employer_after(page: Page, job: str, piece: str) -> bool:
    """Whether the second of a title line's two pieces, after the ``job``, names its employer: the posting names it
    again as one names an employer (:func:`_employer_piece`), or it ends as only an employer's name does
    (:data:`_A_FIRMS_END`); never a place or a kind of employment ("Nurse Manager – Surgical Services" names the
    specialty, "Line Cook – Part-Time" the terms)."""
    firm = _A_FIRMS_END.match(piece) is not None and _a_job_and_no_job(job, piece)
    named = firm or _employer_piece(page, job, piece, strictly=True)
    return named and not plausible.is_place_piece(piece) and not plausible.employment_type(piece)


_A_FIRMS_END = re.compile(
    r"^(?:[A-Z0-9][\w&'’.-]*\s+|&\s+)+"
    rf"(?:Holdings|{_INSTITUTIONS})$"
)
"""A name that ends as only a whole employer's does, after a capitalised word: a holding company's ("Halden
Holdings") or an institution's (:data:`_INSTITUTION`: "Mercy General Hospital", "Lakeside Medical Center"); a legal
form's is read before (:func:`_a_firms_name`). Not "Group", "Services" or "Lab", which end a team's name as often
("Platform Group", "Surgical Services"), nor a restaurant's or a shop's word ("Bistro", "Tavern"), which no
documented list holds: those need the posting to name the employer again."""


def _employer_piece(page: Page, job: str, piece: str, *, strictly: bool = False) -> bool:
    """Whether ``piece``, set beside the ``job`` on its title line, names the employer: the job names a job, the
    piece none (:func:`_a_job_and_no_job`), and the posting names it again as one names an employer."""
    return _a_job_and_no_job(job, piece) and _named_again(page, piece, strictly=strictly)


def _a_job_and_no_job(job: str, piece: str) -> bool:
    """Whether ``job`` names a job and ``piece`` none, as a title line's job and its employer do."""
    # A firm named for the people it employs ("Riverbend Endocrine Associates") names no job of its own.
    people = plausible.JOB_WORDS.search(piece) and not plausible.firm_of_people(piece)
    return bool(plausible.JOB_WORDS.search(job)) and not people


def _named_again(page: Page, name: str, *, strictly: bool = False) -> bool:
    """Whether the posting names ``name`` again, on a line other than its title's, as one names an employer:
    what it is or does ("Copper Spoon Tavern is a …", "St. Mary's offers"), or where one works ("at Acme",
    "Join Acme"). "Backend team" and "VOIP systems" name no employer. ``strictly``, only as what it is or does
    or where one works, never "with" or "for" it nor its possessive: "built with Elixir", "the Contractor's
    area" name a language and a party to the contract, which a title's second piece ("Backend Engineer -
    Elixir") may be as well as an employer."""
    title_index = page.title_line[0] if page.title_line is not None else -1
    # A name set in capitals over the title ("CITY OF ARVADA HILLS") is written in words elsewhere.
    name = f"(?i:{re.escape(name)})" if name.isupper() else re.escape(name)
    where = "at|join|joining" if strictly else "at|join|joining|about|with|for"
    whose = "" if strictly else "['’]s\\b|"
    # What a firm's blurb says it does ("Corvane builds payroll software", "Acme helps clinics …"); a title's second
    # piece may be a tool ("Backend Engineer - Python" over "Python powers our stack"), so only where not ``strictly``.
    does = "" if strictly else f"|{_WHAT_A_FIRM_DOES}"
    said = re.compile(
        rf"(?<![\w-])(?i:{where})\s+{name}(?=\s*(?:[,.!;:?]|$|\s(?i:and|as|in|to|we|where)\b))"
        rf"|(?<![\w-]){name}(?:{whose}\s+(?i:is|are|has|have|was|offers|provides|seeks|serves{does})\b)"
    )
    return any(said.search(line.text) for n, line in enumerate(page.lines) if n != title_index)


_WHAT_A_FIRM_DOES = (
    "builds|makes|helps|develops|designs|creates|delivers|powers|operates|sells|protects|enables|empowers"
    "|manufactures|connects|specializes|specialises"
)
"""The verbs a company's blurb opens with after its name, saying what it does ("Corvane builds payroll software for
growing companies")."""


def _short_lines(page: Page) -> set[str]:
    return {line.text.rstrip(".!: ") for line in page.lines if line.short}


def _hiring_phrase(page: Page) -> dict[Field, list[str]]:
    """``Acme is hiring …``, ``Acme is looking for …``, ``Acme is seeking …``: the company; and the title when
    the phrase is a line of its own (``Acme is looking for a Engineering Manager`` as a heading). In a
    paragraph the words after "a" are often the title shortened ("a HPC Engineer responsible for …"), unless the
    posting opens with those very words, as one pasted as a paragraph does ("Mobile Crisis Clinician – Lane County –
    Eugene, OR – $32/hour. Lane County is hiring a Mobile Crisis Clinician to …")."""
    offers: dict[Field, list[str]] = {}
    opening = next((line.text for line in page.lines if line.text.strip()), "").strip()
    for m in HIRING.finditer(page.plain):
        name = trim(m.group("name"))
        if name.lower() not in ("we", "we're"):
            if _PLURAL.search(m.group(0), m.end("name") - m.start()) and (one := _applied_to(page, name)):
                offers.setdefault("company", []).append(complete(one, page))
            offers.setdefault("company", []).append(complete(name, page))
        title = SMALL_WORDS.sub("", m.group("title") or "")
        if title and (m.group(0).strip().rstrip(".!: ") in _short_lines(page) or _opens_with(opening, title)):
            offers.setdefault("title", []).append(title)
        elif not title and (heading := _hiring_heading(page, m)):
            offers.setdefault("title", []).append(heading)
    return offers


_REST_OF_HEADING = re.compile(r"[ \t]+(?:an?|the|our|its|their)[ \t]+(?P<title>[a-z][\w/&+'’ -]{2,60}?)[ \t]*[.!:]?$")
"""The rest of a hiring phrase's line, as a news site's headline sets it in lower case ("Crosscut seeks an
investigative reporter"): the title."""


def _hiring_heading(page: Page, m: re.Match[str]) -> str | None:
    """The title a hiring phrase that is a heading of its own, or the posting's first line, names in lower case, or
    None: in a sentence, the words after "a" are rarely the whole title ("Acme is hiring a reporter who …")."""
    line_end = page.plain.find("\n", m.end())
    rest = page.plain[m.end() : line_end if line_end >= 0 else len(page.plain)]
    found = _REST_OF_HEADING.match(rest)
    if found is None:
        return None
    index = page.plain.count("\n", 0, m.end())
    first = next((i for i, line in enumerate(page.lines) if line.text.strip()), None)
    line = page.lines[index]
    if not line.short or not (line.heading or index == first) or _wrapped_on(page, index):
        return None
    return found.group("title")


def _wrapped_on(page: Page, index: int) -> bool:
    """Whether the sentence of line ``index`` goes on in the next line, in lower case, as a paragraph wrapped at a
    fixed width does ("Acme is seeking a curious and careful Chemist to run" over "our pilot plant."): the line is
    no headline of its own."""
    following = page.lines[index + 1].text.lstrip() if index + 1 < len(page.lines) else ""
    return following[:1].islower() and not page.lines[index].heading


_TITLE_WORD = r"(?:Sr|Jr|Asst|Assoc)\.|[A-Z][\w/&+'’-]*(?:\.\w+)*"
_TITLE_RUN = rf"{_TITLE_WORD}(?:(?:,?[ \t\n]+|[ \t]+[/–—-][ \t]+)(?:{_TITLE_WORD}|of|and|&))*"
"""Capitalised words, as a sentence sets a title in it ("Associate Director, People Operations", "Creative Director /
Sr. Graphic Designer", "Research Associate - Strain Engineering"): a full stop only within a word ("Node.js") or
after a rank's abbreviation, since after any other a sentence begins."""
_HOURS = r"(?:full|part)[ \t-]time,?[ \t\n]+\d+(?:\.\d+)?[ \t-]hours?(?:[ \t\n]+(?:per|a|each)[ \t\n]+week|/week)?,?"
"""The hours of the job said before its title: "a full time, 37.5 hour per week, Behavioral Health Clinician"."""
_SOUGHT = re.compile(
    r"\b(?:seeking|seeks|looking[ \t\n]+for|hiring|recruiting|searching[ \t\n]+for|need(?:[ \t\n]+for)?|needs)"
    r"(?:[ \t\n]+(?:qualified[ \t\n]+|interested[ \t\n]+)?(?:candidates|applicants|individuals)[ \t\n]+for)?"
    rf"[ \t\n]+an?[ \t\n]+(?:{_HOURS}[ \t\n]+)?(?:[a-z][a-z-]*,?[ \t\n]+){{0,4}}?(?P<title>{_TITLE_RUN})"
    r"(?=[ \t\n]*(?:[.,;:!(]|$|[a-z]))"
    rf"|(?:^|(?<=[.!?][ \t\n]))As[ \t\n]+(?:an?[ \t\n]+|the[ \t\n]+|our[ \t\n]+)?(?P<role>{_TITLE_RUN}),?[ \t\n]+you\b"
    rf"|(?:^|(?<=[.!?][ \t\n]))(?P<wanted>{_TITLE_RUN})[ \t]+(?:wanted|needed)\b"
    r"|(?:^|(?<=[.!?][ \t\n]))(?:Wanted|(?:Now[ \t]+)?[Hh]iring)[ \t]*[:–—-][ \t]*(?:an?[ \t]+)?"
    rf"(?P<hired>{_TITLE_RUN})"
    rf"|(?:(?:^|(?<=[.!?][ \t\n]))The|(?<=,[ \t])the)[ \t]+(?!Hiring\b|Recruit)(?P<the>{_TITLE_RUN})"
    r"(?:[ \t]+\([A-Z]{2,6}\))?"
    r"(?:[ \t]+at[ \t]+[A-Z][\w&™®'’.-]*(?:[ \t]+[A-Z][\w&™®'’.-]*){0,3})?"
    r"[ \t\n]+(?:is|will|reports|serves|works|leads|supports|plays|oversees|manages|ensures)[ \t\n]+"
    r"(?:directly[ \t\n]+|responsible\b|a\b|an\b|the\b|report\b|be\b|work\b|lead\b|support\b|play\b)"
    r"|\b(?:seeking|seeks|looking[ \t\n]+for|hiring|recruiting)[ \t\n]+(?:two|three|four|five|several|multiple|\d+)"
    rf"[ \t\n]+(?:[a-z][a-z-]*,?[ \t\n]+){{0,4}}?(?P<several>{_TITLE_RUN})(?=[ \t\n]*(?:[.,;:!(]|$|[a-z]))",
    re.M,
)
"""A sentence of the posting's opening that names the job it fills: "We are seeking a detail-minded Payroll
Specialist to …", "… has an immediate need for a qualified Site Engineer.", "We need a Line Cook who …", "As Night
Auditor, you will …": the title capitalised as titles are, after at most four words in lower case that praise or
qualify the person ("bilingual", "highly skilled", "passionate, driven, and ambitious") and the job's hours ("We are
seeking candidates for a full time, 37.5 hour per week, Care Coordinator"); and a small ad's words,
"Line Cook wanted.", "Now hiring: Line Cook"; and a sentence that opens with the job by its name and says what it
does or is ("The Operations Coordinator is directly responsible for …", "The Executive Assistant (EA) will report
to …", "Under the direction of the VP, the Food Scientist is responsible …"), not the hiring manager's or a
recruiter's."""


def _opening_sentence(page: Page) -> dict[Field, list[str]]:
    """The title the opening's sentence names the job with (:data:`_SOUGHT`), the last evidence of a title: in a
    sentence the words after "a" may be the title shortened, so every other rule is asked first; only the text
    before the posting's body, where the job is introduced, and only a title with a job's word ("Analyst",
    "Clinician"), as :func:`tailor.posting.plausible.title` checks loose text."""
    top = "\n".join(line.text for line in islice(page.lines, page.end_of_top))
    titles = [
        _one_of(m["several"]) if m["several"] else SMALL_WORDS.sub("", next(filter(None, m.groups())))
        for m in _SOUGHT.finditer(top)
    ]
    if not any(titles):
        # The body's first paragraph may name the job as its subject ("Your mission" over "As Downstream Process
        # Engineer you will be responsible for …"): only a sentence that opens with the job, no hiring phrase there.
        lines = [line.text for line in page.lines[page.end_of_top + 1 :] if line.text and not line.heading]
        opening = "\n".join(lines[:_BODY_LINES])
        titles = [m["role"] or m["the"] for m in _SOUGHT.finditer(opening) if m["role"] or m["the"]]
    return {"title": [" ".join(title.split()) for title in titles if title]}


_BODY_LINES = 3
"""The lines of the body's first paragraph read for a sentence that opens with the job by its name."""


def _one_of(titles: str) -> str:
    """The title of one of the several a sentence seeks ("two skilled Parent Support Case Managers"): its last word
    in the singular, where that is a job's word; else nothing, as "three Sales Operations" names no job."""
    words = titles.split()
    last = words[-1]
    for one in (last[:-3] + "y" if last.endswith("ies") else "", last[:-2] if last.endswith("ches") else "", last[:-1]):
        if one and last.endswith("s") and plausible.JOB_WORDS.fullmatch(one):
            return " ".join([*words[:-1], one])
    return ""


_HELD_IN = re.compile(
    r"\b(?:[Tt]his|[Tt]he)\s+(?:role|position|job|opening|opportunity)\s+(?:will\s+be|is|would\s+be)\s+"
    r"(?:(?:(?:primarily|fully|physically)\s+)?(?:based|located)\s+(?:in|at|out\s+of)"
    r"|in(?=\s+(?:our|the)\s+[^.\n]{2,40}?\b(?i:office|location|headquarters|campus)\b))\s+"
    r"(?:our\s+|the\s+)?(?P<place>[A-Z][\w.'’-]*"
    r"(?:(?:(?<!\.),?[ \t]*\n?[ \t]*(?<=\s)|(?<=\b(?:St|Ft|Mt)\.)[ \t]+)[A-Z][\w.'’-]*){0,4})"
)
"""A sentence that says where the job is held: "This role will be based in our South San Francisco, CA location",
"This position is located in Washington, DC", "This position is in the Charlotte, NC office"; what the employer is
("Acme, based in Austin, …") says where the firm is, not the job. The place ends where its sentence does, at a
word with a full stop ("… Charlotte, NC. Requirements"), unless the word is a town's abbreviation ("St. Louis"),
and at a paragraph's end."""
_SITE_WORDS = re.compile(r"(?:[ \t\n]+(?:Office|Location|Headquarters|HQ|Campus|Area|Region))+$", re.IGNORECASE)


def _based_in(page: Page) -> dict[Field, list[str]]:
    """The places sentences say the job is held in (:data:`_HELD_IN`), without the word of the site after it ("… CA
    location"): a place by its shape or name, or a proper name no dictionary has ("Harrisburg"), not a unit of the
    firm ("our Engineering Department")."""
    found = []
    for m in _HELD_IN.finditer(page.plain):
        place = " ".join(_SITE_WORDS.sub("", m["place"]).split()).rstrip(".,")
        if place and (
            _chip(place)[0] == "location"
            or named_place(place)
            or any(word.lower() not in word_log_probabilities() for word in re.findall(r"[^\W\d_]{3,}", place))
        ):
            found.append(place)
    return {"location": found}


_A_DAY = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b"
)
_APPLY_BY = re.compile(
    r"\b(?:apply|applications?|submit|send|resumes?|cvs?|nominations?)\b(?:[^.!?\n]|[.@](?=\S)){0,100}?"
    r"\b(?:by|before|no\s+later\s+than|until|through|on\s+or\s+before|prior\s+to)\s+"
    r"(?:(?:midnight|noon|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    rf"(?P<date>{_A_DAY})"
    r"|\b(?:application|applications|closing|submission)\s+deadline\s+(?:is|will\s+be)\s+"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<deadline>{_A_DAY})",
    re.IGNORECASE,
)
"""A sentence that says by when to apply: "Send a resume and a cover letter to jobs@… by March 20, 2026",
"Applications will be accepted through 15 May 2026", "The application deadline is June 1, 2026"."""
_NO_CLOSE = re.compile(r"\b(?:priority|first\s+consideration|consideration\s+will|review\s+(?:of|will)|begin)", re.I)
"""What makes a day by which to apply no closing date: the first review of those in by then ("Applications
received by May 1 will receive priority consideration", "Review of applications will begin by …")."""


def _apply_by(page: Page) -> dict[Field, list[str]]:
    """The day a sentence says applications are due by (:data:`_APPLY_BY`), where the sentence does not make it a
    day of first review (:data:`_NO_CLOSE`)."""
    found = []
    for m in _APPLY_BY.finditer(page.plain):
        rest = _SENTENCE_REST.match(page.plain, m.end())
        if not _NO_CLOSE.search(m.group() + (rest.group() if rest else "")):
            found.append(m["date"] or m["deadline"])
    return {"valid_through": found}


_SENTENCE_REST = re.compile(r"[^!?\n]*?(?:[.!?](?=\s|$)|$)", re.MULTILINE)
"""The rest of a sentence after a day it names: "… by May 1, 2026 will receive priority consideration."."""


_PARAGRAPH_WORDS = 25
"""How many words a posting's first line has when it is a paragraph: the whole posting pasted as one, its title
as its first sentence."""


def _first_sentence(page: Page) -> dict[Field, list[str]]:
    """The first sentence of a posting pasted as one paragraph, where it is short ("Regional CDL-A Driver - Home
    Weekly. Swift Lane is hiring …"): a job board's title run into its text, asked only where the posting has no
    title line of its own and no sentence that names the job."""
    first = next((line.text.strip() for line in page.lines if line.text.strip()), "")
    if page.title_line is not None or len(first.split()) < _PARAGRAPH_WORDS:
        return {}
    opening = SENTENCE.split(first, maxsplit=1)[0].rstrip(".")
    return {"title": [opening]} if opening != first and len(opening.split()) <= 10 else {}


_PLURAL = re.compile(r"\sare\s")
"""The verb of two who hire together ("Spotlight PA and Grist are seeking"), after the name."""
_PARTNERS = re.compile(r"\s+(?:and|&)\s+")


def _applied_to(page: Page, name: str) -> str | None:
    """Of two employers that hire together, "A and B", the one whose address the posting gives to apply
    (``spotlightpa.applytojob.com`` for "Spotlight PA and Grist"): the employer of record, whom a letter
    addresses. None when the name is no two names, or when no such address, or both, spell one of them."""
    parts = _PARTNERS.split(name)
    if len(parts) != 2:
        return None
    labels = [label for address, near in page.addresses if near for label in domain_labels(address)]
    spelt = [part for part in parts if any(spells(part, label, strict=True) for label in labels)]
    return spelt[0] if len(spelt) == 1 else None


def _opens_with(opening: str, title: str) -> bool:
    """Whether the posting's first line ``opening`` starts with ``title``, a name of two words or more, as a word."""
    return len(title.split()) >= 2 and re.match(rf"{re.escape(title)}(?!\w)", opening) is not None


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
    rf"|\b[Ww]e,?\s+at\s+(?P<we>{NAME}?)\s*,?\s+(?=[a-z])"
    rf"|\b(?:Join|join)\s+(?P<joined>{NAME})\s*[,!.]\s"
    rf"|\bour\s+(?:[\w’'-]+,?\s+){{0,6}}?team\s+at\s+(?P<ours>{NAME})[.!]"
    rf"|\b(?:[Jj]oin|[Jj]oining)\s+(?:[\w’'-]+,?\s+){{0,6}}?(?:team|staff)\s+at\s+(?P<team>{NAME})\s*[,.!]"
    rf"|{START}As\s+(?:an?\s+|the\s+|our\s+)?(?:[\w’'/&-]+\s+){{0,6}}?at\s+(?P<as_you>{NAME}?)\s*,\s+you\b"
    rf"|\b(?:[Yy]ou\s+will|[Yy]ou['’]ll)\s+(?:[a-z]+\s+){{0,2}}as\s+(?:an?\s+|the\s+|our\s+)?(?:[\w’'/&-]+\s+){{0,6}}?"
    rf"at\s+(?P<you_as>{NAME}?)\s*[,.]\s",
    re.M,
)


def _at_company(page: Page) -> dict[Field, list[str]]:
    """``At Acme, we …``, ``Here at Acme, our …``, ``We, at Acme, want …``; near the top, ``Join Acme!`` and
    ``You'll be part of our growing, all-remote team at Acme.``: a team the posting calls its own, at the name that
    ends the sentence; the team it asks the reader to join (``to join the editing team at Acme, a nationally
    …``); and the job it says the reader would hold there (``As a Data Engineer at Acme, you will …``, ``You will
    operate as Tier 1 Support at Acme, handling …``)."""
    names = []
    for m in _AT_COMPANY.finditer(page.plain):
        if m.group("name") or m.group("we"):
            names.append(m.group("name") or m.group("we"))  # "At Acme, we …", "We, at Acme, want …"
        elif m.group("ours") and not is_place(m.group("ours")):
            names.append(m.group("ours"))  # "our team at Denver." is where the team works
        elif m.group("joined") and m.start() < 1000:
            names.append(m.group("joined"))
        elif m.group("team") and not is_place(m.group("team")):
            names.append(m.group("team"))  # "join the editing team at Spotlight PA, a … newsroom"
        elif (held := m.group("as_you") or m.group("you_as")) and not is_place(held):
            # "As a Support Engineer at Acme, you will …", "You will work as Tier 1 Support at Acme, handling …":
            # the job the reader would hold, at its employer (not at a place: "As a nurse at Denver, you …").
            names.append(held)
    return {"company": [complete(trim(n), page) for n in names]}


_ORGANISATION = re.compile(
    r"\b(?:University|Universität|Université|Universidad|Università|Institute|Institut|College|Laboratory"
    r"|Laboratories|Labs|Hospital|Clinic|Foundation|Museum|Library|Academy|Society|Trust|Corporation"
    r"|(?i:School District|(?:Public|County|City|Community) Schools|Board of Education))\b"
    r"|^(?:The )?(?:City|County|Town|Village|State|Commonwealth|Borough|Township|Parish|Port) of (?=[A-Z])"
    rf"|\b{plausible.LEGAL_SUFFIX}(?=\s|$)"
)
"""Words that name a whole organisation, as whole words ("Clinical" and "Hospitality" are none), a US school
district among them ("Maple Valley School District", "SALEM-KEIZER PUBLIC SCHOOLS"), which employs its schools'
teachers and counselors, and a public employer a line names as a whole ("City of Marlow Springs", "County of Lane",
as a government job board's header sets the agency over the job). "Department of Physics" or "School of Medicine"
alone names a part of one, which a letter must not take for the employer."""


def _organisation(page: Page) -> dict[Field, list[str]]:
    """A line at the top that names an organisation: ``Centre for Neuroscience, University of Waterloo``."""
    names = []
    for i in page.candidate_lines:
        line = page.lines[i]
        # "SALEM-KEIZER PUBLIC SCHOOLS JOB DESCRIPTION": a heading that names the document by its employer.
        named = plausible.without_document_name(line.text)
        if (line.kind is None or named != line.text) and _ORGANISATION.search(named) and not LABEL.match(line.text):
            names.append(named)
    return {"company": names}


_EEO = re.compile(
    rf"{START}(?P<name>{NAME}(?:,\s*{plausible.LEGAL_SUFFIX})?)\s+is\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)?"
    r"(?:(?i:equal\s+(?:employment\s+)?opportunit)|EEO\b|EOE\b)",
    re.M,
)


def _eeo(page: Page) -> dict[Field, list[str]]:
    """``Acme is an equal opportunity employer``, or as US postings abbreviate it, ``an EEO/AA employer``,
    ``an EOE``."""
    return {"company": [complete(trim(m.group("name")), page) for m in _EEO.finditer(page.plain)]}


_DESCRIBED = re.compile(
    r"^(?:(?:(?:Founded|Established|Operating|Headquartered|Based|Located)\b[^,.!?\n]{0,40}|Since\s[^,.!?\n]{1,40}),\s+)?"
    rf"(?P<name>{NAME}(?:,\s*{plausible.LEGAL_SUFFIX})?)(?:,\s+(?:based|headquartered|located|founded)\s+in\s+[^,.!?\n]{{1,60}},)?"
    r"\s+(?:is|are)\s+(?:a|an|one\s+of|the\s+(?:leading|largest|biggest|premier|world['’]s|nation['’]s))\s"
)
"""A sentence that says what its subject is, a place or year it is based or founded in aside ("Veridane Health is a
…", "Brinewell, based in Oakland, is a …") or set before it, as small firms open their postings ("Operating since
1988, Brinewell Inc. is an established …", "Founded in 2004, Brinewell is a …")."""


def _described(page: Page) -> dict[Field, list[str]]:
    """The subject of the sentence that opens a section about the employer (under "About the Firm", "Who we
    are"): ``Veridane Health is a regional health system …``; or that opens the posting, under its title, or any
    other section ("Why Join"), or the posting itself where no title stands over it, when it says what kind of firm
    that is (``Aqua Foods is an innovative food technology company …``, ``Civitai is a fully remote company …``)."""
    names = []
    for i, line in enumerate(page.lines):
        if line.kind is None or (not line.heading and line.kind is not SectionKind.COMPANY):
            continue
        first = next((page.lines[n] for n in range(i + 1, len(page.lines)) if page.lines[n].text), None)
        if first is None or first.heading or not (m := _DESCRIBED.match(first.text)):
            continue
        if line.kind is SectionKind.COMPANY or _calls_it_a_firm(page, first, m):
            names.append(m.group("name"))  # under another heading, only what calls itself a firm
    if not names:
        # The first lines under the title: its masthead (company, place), then the opening sentence; with no title
        # line, the posting's own opening sentence ("Aqua Foods is an innovative food technology company …").
        # A posting may open with that sentence and set its title under it ("Harmon Logistics, Inc. is a family-owned
        # carrier …", then "Dispatch Coordinator"): its lines before the title are read after those under it.
        title = page.title_line[0] if page.title_line is not None else None
        openings = (page.lines,) if title is None else (page.lines[title + 1 :], page.lines[:title])
        for opening in openings:
            for line in islice((line for line in opening if line.text), _MASTHEAD_LINES + 1):
                if line.heading:
                    break
                if (m := _DESCRIBED.match(line.text)) and _calls_it_a_firm(page, line, m):
                    names.append(m.group("name"))
                    break
            if names:
                break
    return {"company": [complete(trim(n), page) for n in names]}


def _calls_it_a_firm(page: Page, line: Line, described: re.Match[str]) -> bool:
    """Whether the sentence that ``line`` opens (``described``: :data:`_DESCRIBED`) calls its subject a kind of
    firm before its first full stop (:data:`_A_FIRM`), read on past the line where the sentence is wrapped."""
    at = page.plain.find(line.text)
    text, start = (page.plain, at + described.end()) if at >= 0 else (line.text, described.end())
    return _A_FIRM.match(text, start) is not None


_MASTHEAD_LINES = 3
"""The most lines under a title before its opening sentence: the company, the place, the pay."""
_A_FIRM = re.compile(
    r"[^.!?]*?\b(?:company|firm|start-?up|organi[sz]ation|non-?profit|agency|employer|manufacturer|provider"
    r"|consultancy|retailer|brand|institution|newsroom|publisher|studio|laboratory|business)\b",
    re.IGNORECASE,
)
"""What the sentence calls the name it opens with, before its first full stop (matched from the verb on): a kind
of firm."""


_EMPLOYER_VERBS = re.compile(
    rf"{START}(?P<name>{NAME})\s+(?:offers|provides|sponsors|pays|will\s+(?:provide|offer|support|sponsor|cover|pay))"
    r"\b(?P<rest>[^.!?\n]*)",
    re.M,
)
_TERMS = re.compile(
    r"\b(?:you|your|candidates?|applicants?|employees?|staff|hires?|relocation|training|visas?|sponsor\w*|licens\w*"
    r"|immigration|housing|benefits|insurance|salary|bonus|equity|leave|vacation|pension|401\(?k|health\w*)\b",
    re.I,
)
"""What an employer gives whoever takes the job: the object of its offers, not a product's features."""


_GOES_ON_AS_WE = re.compile(r"[.!?](?:[ \t]+|[ \t]*\n[ \t]*)(?:We|Our)\b")
"""The next sentence of the same paragraph, spoken as "we" ("… relocation programs. We also facilitate housing")."""


_OPENS_ON_ITS_WORK = re.compile(
    rf"^(?P<name>{NAME})[ \t]+(?:is|are)[ \t]+(?:(?:now|currently)[ \t]+)?[a-z]+ing\b[^.!?]*[.!?]"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)We\b"
)
"""A posting that opens by saying what a name is doing, then goes on as "we": "Perfect Day is working to commercialize
its first animal-free dairy protein products. We are seeking …": the posting speaks as the firm it named."""


def _opens_as_the_firm(page: Page) -> str | None:
    """The name a posting's opening sentence says is at work, where the next sentence goes on as "we" and the
    posting names it again (:data:`_OPENS_ON_ITS_WORK`); not a skill, a place or a job ("Python is becoming …")."""
    m = _OPENS_ON_ITS_WORK.match(page.plain.lstrip())
    if m is None:
        return None
    name = trim(m["name"])
    if (
        " ".join(page.plain.split()).count(name) < 2  # "… partner to Perfect / Day's senior management"
        or plausible.JOB_WORDS.search(name)
        or is_place(name)
        or name.lower() in bundled_lexicon().names
    ):
        return None
    return name


def _company_sentence(page: Page) -> dict[Field, list[str]]:
    """The subject of at least two sentences that state what the job gives: ``Flint offers relocation …``,
    ``Flint will provide training to the candidates``; or of one that the next sentence goes on from as "we"
    (``Flint offers relocation. We also facilitate housing.``): the posting speaks as the employer it names.
    A product "offers many integrations"; one sentence alone could be about a client or a partner. So too the firm
    the posting opens by saying is at work, then goes on from as "we" (:func:`_opens_as_the_firm`)."""
    counts: Counter[str] = Counter()
    for m in _EMPLOYER_VERBS.finditer(page.plain):
        if _TERMS.search(m.group("rest")):
            counts[trim(m.group("name"))] += 2 if _GOES_ON_AS_WE.match(page.plain, m.end()) else 1
    found = [complete(name, page) for name, n in counts.most_common() if n >= 2]
    if (opening := _opens_as_the_firm(page)) is not None:
        found.append(complete(opening, page))
    return {"company": found}


_OTE = r"OTE|(?i:on[- ]target earnings)"
"""On-target earnings, as sales postings name the pay at quota, base and commission together."""
_MONEY = (
    # The sign after its currency's code ("USD $58,000.00", as iCIMS writes it) or its country's letters ("CA$110K",
    # "A$95,000"), the sign alone, or the code alone.
    r"(?:(?:\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF)\s?|\b(?:US|CA|C|AU|A|NZ|HK|S|SG|MX)(?=\$))?[$€£]\s?"
    r"|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\s?)\d[\d,.]*(?:\s?[kK]\b)?"
    r"(?![\d.,]*\s?(?:[mMbB]|mm|bn|million|billion)\b)"
)
_PER = (
    r"(?:\s*(?:per|a|an|/)\s*(?i:year|yr|annum|hour|hr|month|week|day|mile|shift|visit)\b"
    r"|\s*(?i:annually|yearly|hourly|per annum)\b)"
)
"""The unit of an amount of pay: "per year", "/yr", "an hour", "annually"; a driver's "per mile", a nurse's "per
visit" or "per shift"."""
_CODE_AFTER = r"\d[\d,.]*\s*(?:-|–|—|to)\s*\d[\d,.]*\s(?:USD|EUR|GBP|CAD|AUD|CHF)\b"
"""A range with its currency's code after it ("18.50 - 22.00 USD Hourly", "4,600 - 7,500 USD Monthly")."""
_PAY = re.compile(
    rf"(?P<named>\b(?i:salary|pay|compensation|wages?|base|rate|{_OTE})\b[^$€£]{{0,80}}?)"
    rf"(?P<pay>{_CODE_AFTER}(?:{_PER}|\s+(?i:monthly|weekly)\b)?|{_MONEY}(?:{_PER}(?=\s*(?:-|–|—|to)\s*{_MONEY}))?(?:\s*(?:-|–|—|to)\s*(?:{_MONEY}|\d[\d,.]*(?:\s?[kK]\b)?))?"
    rf"{_PER}?(?:\s+(?:{_OTE})\b)?)"
)
"""An amount, or a range, that the words before it say is the pay: "The salary range is $62,000 to $70,000
per year", a heading "Compensation" over "$85k – $95k", "$300,000 - $340,000 OTE", and a range whose each end
carries its unit, as LinkedIn sets one ("$140,000.00/yr - $165,000.00/yr")."""
_KIND_OF_PAY = re.compile(rf"\b(?:{_OTE}|(?i:base|salary|wages?))\b")


_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd)\.?"
_NAMED = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}(?<!\.)"
_ROLE = r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
_ADDRESSED = re.compile(
    r"\b(?i:(?:letter|application|statement)s?\s+(?:(?:should|must|can|may)\s+be\s+|is\s+|are\s+)?addressed"
    r"|address (?:it|them|your (?:[\w-]+ ){0,2}(?:letter|application|statement)s?))\s+to\s+"
    rf"(?:(?P<titled>{_HONORIFIC}\s+{_NAMED})"  # "to Dr Ana Ruiz, Head of Ecology"
    rf"|the\s+{_ROLE},\s+(?P<person>(?:{_HONORIFIC}\s+)?{_NAMED})"  # "to the Head, Mr Jonathan Pryce"
    rf"|the\s+(?P<role>{_ROLE})(?![\w'’-]*,\s+[A-Z])"  # "to the Headteacher"
    rf"|(?P<name>{_NAMED}))"  # "to Ana Ruiz"
)
"""Whom a posting asks the letter to be addressed to ("a covering letter addressed to the Head, Mr Jonathan
Pryce", "address your letter to Dr Ana Ruiz", "addressed to the Headteacher"): the person, or the role alone
where it names no one."""


def _addressed(page: Page) -> dict[Field, list[str]]:
    """The person (or role) a posting asks the covering letter to address, as :data:`_ADDRESSED` finds it."""
    text = " ".join(page.text.split())
    found = [m["titled"] or m["person"] or m["role"] or m["name"] for m in _ADDRESSED.finditer(text)]
    return {"hiring_manager": [f for f in found if f]}


def _pay(page: Page) -> dict[Field, list[str]]:
    """The amount a posting's words name as its pay, wherever it says so. Read from the lines as written,
    emphasis and all: most postings name no currency, and a table's rows are many (``tailor batch``)."""
    if not _CURRENCY.search(page.text):
        return {}
    text = page.text.replace("*", "")
    commissioned = bool(_COMMISSIONED.search(text))
    found = [_as_named(m, commissioned) for m in _PAY.finditer(text)]
    # A heading that is the pay alone, as Lever sets its range over the paragraph about it ("$150,000 - $190,000 a
    # year"): named so by its place, the amounts and their unit.
    found += [
        line.text
        for line in page.lines
        if line.heading and _PAY_ALONE.fullmatch(line.text) and plausible.salary(line.text) == line.text
    ]
    return {"salary": found}


_UNIT_ALONE = r"\s*(?:a|an|per|/)\s*(?:year|yr|annum|hour|hr|month|week)"
_PAY_ALONE = re.compile(
    rf"(?:[$€£]\s?)?\d[\d,.]*\s?[kK]?(?:(?:{_UNIT_ALONE})?\s*(?:-|–|—|to)\s*(?:[$€£]\s?)?\d[\d,.]*\s?[kK]?)?"
    rf"(?:\s*(?:USD|EUR|GBP|CAD|AUD))?{_UNIT_ALONE}",
    re.IGNORECASE,
)
"""An amount or a range of them with its unit and nothing else ("$150,000 - $190,000 a year")."""


_COMMISSIONED = re.compile(rf"\b(?:{_OTE}|(?i:commissions?|total (?:target )?compensation))\b")
"""Words that say the pay has more to it than a base: on-target earnings, commission."""


def _as_named(m: re.Match[str], commissioned: bool = False) -> str:
    """The pay ``m`` found, with "OTE" after it where the words just before name it so ("The OTE for this role
    is $220,000 - $250,000"): a seller's on-target earnings are base and commission together, twice the
    base, and read as a salary they would mislead. In a posting that pays commission too (``commissioned``),
    a base the words before it name so says "base" ("Base salary $85,000 + uncapped commission")."""
    pay = m.group("pay").rstrip(".,")
    if _SAYS_OTE.search(pay):
        return pay  # "$300,000 - $340,000 OTE" says so itself
    kinds = _KIND_OF_PAY.findall(m.group("named"))
    if kinds and re.fullmatch(_OTE, kinds[-1]):
        return f"{pay} OTE"
    if commissioned and any(kind.lower() == "base" for kind in kinds):
        return f"{pay} base"
    return pay


_SAYS_OTE = re.compile(rf"(?:{_OTE})$")


_CURRENCY = re.compile(r"[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b")


_FOR_A_CLIENT = re.compile(
    r"\b(?:our|my) client(?:,[^.;\n]{1,150},)?\s+is\s+(?:currently\s+|now\s+)?"
    r"(?:seeking|looking|hiring|recruiting|searching)\b"
    # "Our client is a fast-growing manufacturer of HVAC equipment looking for a Senior Accountant."
    r"|\b(?:our|my) client\s+is\s+an?\s+[^.;\n]{1,150}?\b(?:(?:that|who)\s+is\s+)?"
    r"(?:seeking|looking\s+for|hiring|recruiting|searching\s+for)\b"
    r"|\bon behalf of (?:our|my|an?|the)\s+(?:[\w'’-]+\s+){0,4}?client\b(?!-)"
    r"|\b(?:position|role|opportunity|opening|job|vacancy|placement)\s+(?:with|at|for)\s+(?:our|my)\s+client\b(?!-)"
    r"|\b(?:recruiting|hiring|searching)\s+(?:for|on behalf of)\s+(?:our|my|an?)\s+(?:[\w'’-]+\s+){0,4}?client\b"
    r"|\bjoin (?:our|my) client['’]s\b",
    re.IGNORECASE,
)
"""How a recruiter says that the job it posts is its client's ("Our client, a regional bank, is seeking …", "Our
client is a fast-growing manufacturer looking for …", "on behalf of our client", "a direct-hire position with our
client"): the name on the posting is the agency's, not the
employer's. Not a firm that serves clients ("our client's applications", "our client base"): the firm employs."""
_PARTNERING = re.compile(
    r"\bpartnering with (?:an?|one of)\b[^.;\n]{0,150}?\bto (?:find|hire|recruit|identify)\b(?P<whom>[^.;\n]{0,80})",
    re.IGNORECASE,
)
"""A recruiter's "Summit Staffing is partnering with a family-owned HVAC contractor to find an Office Manager": whom
it finds is a job (:data:`~tailor.posting.plausible.JOB_WORDS`), not what a partnership of research looks for."""


def for_a_client(page: Page) -> bool:
    """Whether ``page`` is a recruiter's posting for a client it does not name (:data:`_FOR_A_CLIENT`,
    :data:`_PARTNERING`)."""
    text = " ".join(page.plain.split())
    return _FOR_A_CLIENT.search(text) is not None or any(
        plausible.JOB_WORDS.search(m["whom"]) for m in _PARTNERING.finditer(text)
    )


TEXT_RULES: dict[str, Callable[[Page], dict[Field, list[str]]]] = {
    "label": _labels,
    "board-header": _board_header,
    "pay": _pay,
    "addressed": _addressed,
    "heading": _heading,
    "hiring-phrase": _hiring_phrase,
    "about": _about,
    "at-company": _at_company,
    "organisation": _organisation,
    "email": lambda page: from_addresses(page, "email"),
    "link": lambda page: from_addresses(page, "link"),
    "eeo": _eeo,
    "described": _described,
    "company-sentence": _company_sentence,
    "opening-sentence": _opening_sentence,
    "first-sentence": _first_sentence,
    "based-in": _based_in,
    "apply-by": _apply_by,
}
