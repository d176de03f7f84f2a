"""The lines above a résumé's first section → its owner's name, headline, summary and contact
details; a "Contact details" section, wherever it stands, is read the same way."""

from __future__ import annotations

import re
from dataclasses import replace

from tailor.cv.importers.clues import (
    CELLS,
    FLAG,
    PERSONAL,
    STREET,
    SYMBOL,
    URL,
    is_city_and_code,
    is_location,
    is_place,
    looks_like_organisation,
    looks_like_title,
    normal_title,
    split_items,
    us_place,
)
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import EMAIL, PHONE, Line
from tailor.cv.importers.lists import read_languages
from tailor.cv.importers.postnominals import letters_only, name_and_letters
from tailor.cv.importers.sections import kind_of
from tailor.cv.model import address_key

_WEB_ADDRESS = re.compile(r"((?:https?://|www\.)[^\s|]+)")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
"""A web address written as its domain alone ("ben.example.com"), as a 🌐 or "web" label gives it."""
_BARE_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,6})")
"""A web address written as its domain alone and in lower case ("hvargalindqvist.net"), among contact details."""
_TOP_LEVEL_DOMAINS = frozenset(
    """com org net edu gov io co info me dev app ai tech site online xyz page blog biz name pro tv ly eu uk de fr ca
    au in us nl ch se no dk fi es it at be ie nz jp br mx ru cn kr sg za il pt gr hu ro sk cz tr ua ar cl design
    studio art works space""".split()  # noqa: SIM905
)
"""Common top-level domains; not those that are files' extensions too ("setup.py", "README.md", "run.sh")."""
_POSTCODE = re.compile(
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\bP\.?\s?O\.?\s+Box\b", re.IGNORECASE
)
"""A ZIP code after its state ("MN 55057"), a British postcode ("EH8 9YL"), a post-office box."""
_POSTED_TOWN_AND_COUNTRY = re.compile(
    r"(?:^|,\s*)(?:[A-Z]{1,2}-)?\d{3,5}(?:[- ]\d{2,3})?\s+(?P<town>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})"
    r"\s*\((?P<country>[^()]+)\)$"
)
"""The end of a European postal address: a postal code, its town and the country in brackets ("1200-195 Lisboa
(Portugal)", "10115 Berlin (Germany)", "D-80331 München (Germany)")."""
_POSTED_TOWN = re.compile(
    r"(?:^|,\s*|\s)(?:[A-Z]{1,2}-)?(?:\d{4} ?[A-Z]{2}(?=\s)|\d{3,5}(?:-\d{3})?)\s+"
    r"(?P<town>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})$"
)
"""The end of a European postal address without its country: a postal code, then its town ("10117 Berlin", "75011
Paris", "1012 AB Amsterdam"); the town is where the person is, where tailor knows it as a place."""
_PROFILE = re.compile(
    r"(?:^|//|www\.)(?:(?:linkedin|github|gitlab|twitter|x|dribbble|instagram|vimeo|youtube)\.com|behance\.net"
    r"|artstation\.com)\b|scholar\.google",
    re.IGNORECASE,
)
"""A profile on a network, not a site of one's own: a developer's, a researcher's, and a designer's or film editor's
portfolio on Behance, Dribbble, ArtStation, Vimeo."""
_CONTACT_TOKEN = re.compile(
    r"\s+(?=[\w.+-]+@|\+\d)|(?<=\.[a-z]{2})\s+(?=\+?\d)|(?<=[a-z]{3})\s+(?=\+\d)"
    r"|\s+(?=(?i:e-?mail|phone|mobile|tel|cell|website|linkedin|github)\s*:)"  # "a@b.org Phone: 555 0100"
    # "… phone 202.683", "… Cell (734) 555"
    r"|\s+(?=(?i:e-?mail|phone|mobile|cell|tel(?:ephone)?|web|homepage)\s+(?:[\w.+-]+@|\+?\(?\d|[\w-]+\.[a-z]{2,}))"
    r"|(?<=[A-Z]{2})\s+(?=\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b)"  # "Miami, FL 786-239-1271"
)
"""Where one contact detail ends and the next begins inside a piece of a header line."""
_CONTACT_LABEL = re.compile(
    r"^(?:e-?mail|phone|mobile|tel(?:ephone)?|cell|web(?:site)?|site|homepage|portfolio|blog|address|location|"
    r"github|gitlab|linkedin|twitter|x|orcid|[cemptw])\s*:\s*",
    re.IGNORECASE,
)
"""A contact detail's label ("Email:", "Phone:", "GitHub:"; "C:" for cell, "E:" for e-mail), which says what
its value is."""
_HANDLE = re.compile(r"(?:[A-Z][\w.+&-]*(?:\s?/\s?[A-Z][\w.+&-]*)?\s*:\s*)?@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")
"""A handle on a social network, after the network's name or alone ("Twitter/X: @ana_reyes", "Instagram: @ana",
"@ana"): a profile, printed as written, the network's name with it (a handle alone says no site)."""
_NETWORK_NAME = re.compile(r"(?i:github|gitlab|linkedin|twitter|x|orcid)\s*:\s*[A-Za-z0-9][\w.-]{0,38}")
"""A username after its network's name, no address nor "@" ("GitHub: ana-dev", "ORCID: 0000-0002-1825-0097"): a
profile, as RenderCV and tailor's own templates print one."""
_NETWORK_LABEL = re.compile(r"^[A-Z][\w.+&-]*(?:\s[A-Z][\w.+&-]*)?\s*:\s*")
"""A label of one or two capitalised words before a colon, which names the site of a web address after it
("Behance:", "Personal Site:"), whatever site it names."""
_BARE_LABEL = re.compile(
    rf"^(e-?mail|phone|mobile|cell|tel(?:ephone)?|web|homepage)\s+(?=[\w.+-]+@|\+?\(?\d|{_DOMAIN.pattern}\b)",
    re.IGNORECASE,
)
"""A contact detail's label without its colon, before a value that is one."""
_WORK_TERMS = re.compile(
    r"\brelocat|\bremote only\b|\b(?:fully |100% )?remote$|\bwilling to travel\b|\bcitizen(?:ship)?\b"
    r"|\bpermanent resident\b|\bwork permit\b"
    r"|\bvisa (?:sponsorship|status|holder|required)\b|\bwork visa\b",
    re.IGNORECASE,
)
"""Where and on what terms someone may work ("Open to Relocating", "Canadian Citizen"): no headline either."""
SKILL_SYMBOLS = "🛠🔧💻⚙"
LANGUAGE_SYMBOLS = "🗣💬"
HOME_SYMBOLS = "🏠📍🏡⌂"
INTEREST_SYMBOLS = "🏊⚽🎸📚🎨✈🏃🚴⛷🎮🎵📷🧗♟🏄🎾🏀🥾"


def read_header(draft: Draft, lines: list[Line]) -> None:
    """Fill ``draft``'s contact from the ``lines`` above an imported résumé's first section: the name, and the
    contact details and headline around it."""
    contact = draft.data["contact"]
    lines = [line for line in lines if normal_title(line.plain) not in ("curriculum vitae", "resume", "cv")]
    lines = [_without_emoji(line) for line in _name_rejoined(lines)]
    names = [line for line in lines if _may_be_name(line.plain)]
    if not names:
        # "Hannah Birch birch.hannah@gmail.com; 435-668-7432", "Eric Allatta | CS and Math Teacher": the
        # name, then the contact details or the headline on its line.
        for n, line in enumerate(lines[:3]):
            found = _NAME_THEN_CONTACT.match(line.plain) or _NAME_THEN_MORE.match(line.plain)
            name = found.group(1) if found else ""
            if name and _may_be_name(name) and _written_as_name(name) and _bare_name(name):
                contact["name"] = name
                rest = _LEADING_SEPARATOR.sub("", line.plain[len(name) :]).strip()
                lines[n] = replace(line, text=rest, marked=rest, heading=0)
                break
    if names:
        # A top heading written as a name is ("# cv-markdown" over "# Alexandre Roux" is the file's); a place
        # ("Portland, OR" set above the name in a column of contact details) is none; the name is set largest.
        ranked = sorted(
            names,
            key=lambda line: (
                # the name as written, its letters and a licence number aside ("Jane Roe, CCC-SLP, ASHA #1234")
                not _written_as_name(name_and_letters(line.plain)[0]),
                is_location(line.plain) or is_place(line.plain),
                line.heading != 1,
                -line.size,
            ),
        )
        named = ranked[0]
        found = _NAME_THEN_MORE.match(named.plain)
        name = found.group(1) if found else ""
        rest = _LEADING_SEPARATOR.sub("", named.plain[len(name) :]).strip()
        if name and _bare_name(name) and _written_as_name(name) and looks_like_title(rest):
            # "# Dana Whitlock — Security Analyst": the name, then the headline on its line.
            contact["name"] = name
            lines = [replace(line, text=rest, marked=rest, heading=0) if line is named else line for line in lines]
        elif (posted := _POSTED_TOWN.search(named.plain)) and is_place(posted["town"]) and posted.start() > 0:
            # "Anna Schmidt 10117 Berlin": the name, then where the person lives, on one line.
            contact["name"] = named.plain[: posted.start()].rstrip(" ,")
            contact.setdefault("location", posted["town"])
            lines = [line for line in lines if line is not named]
        else:
            contact["name"] = named.plain
            lines = [line for line in lines if line is not named]
    if name := contact.get("name"):
        # A personal site's banner titles every page with its owner's name, and the résumé names them again: the
        # name twice is still the name, never what the person is.
        lines = [line for line in lines if line.plain.strip().casefold() != name.casefold()]
    read_details(draft, _summary_rejoined(lines), headline=True)


def _summary_rejoined(lines: list[Line]) -> list[Line]:
    """``lines`` with an untitled summary that a text copied out of a PDF wrapped over several lines (each under the
    one before, with no blank line between) on one line again: a run of lines of eight words or more that end no
    sentence, then the line that ends it, together an untitled summary (:func:`_summary_line`), all in one look (a
    bold headline of eight words or more over the summary is a line of its own, and so is one whose pieces bars or
    dots set apart). Each line alone but the last would
    end no sentence, and be kept aside as no detail of the header."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        end = n
        while (
            end + 1 < len(lines)
            and lines[end + 1].number == lines[end].number + 1
            and len(lines[end].plain.split()) >= 8
            and not lines[end].plain.endswith((".", "!", "?"))
            and lines[end].bold == lines[end + 1].bold  # a wrapped paragraph keeps its look; a bold headline is apart
            # A line of pieces set apart by bars or dots ("Hydrogeologist | Site Assessment • Remediation") is a
            # headline's: a paragraph wraps between its words, never at such marks.
            and not CELLS.search(lines[end].plain)
            and not (holds_contact(lines[end]) or holds_contact(lines[end + 1]) or lines[end + 1].row)
        ):
            end += 1
        run = lines[n : end + 1]
        text = " ".join(line.plain for line in run)
        if len(run) > 1 and _summary_line(text):
            out.append(
                replace(run[0], text=" ".join(line.text for line in run), marked=" ".join(line.marked for line in run))
            )
            n = end + 1
        else:
            out.append(lines[n])
            n += 1
    return out


def _without_emoji(line: Line) -> Line:
    """``line`` without the pictographs a heading opens or ends with ("# 👩‍🍳 Ana Ruiz", as Notion pages
    title themselves): they adorn the heading and are no part of the name or headline it gives. A line
    that is no heading keeps them, as they label the contact details that follow them ("📞 555 0142")."""
    if not line.heading:
        return line
    text = _ADORNMENT.sub("", line.text)
    if text == line.text or not text:
        return line
    return replace(line, text=text, marked=_ADORNMENT.sub("", line.marked))


_ADORNMENT = re.compile(
    rf"^\s*(?:(?:{SYMBOL.pattern}|{FLAG.pattern})\s*)+|(?:\s*(?:{SYMBOL.pattern}|{FLAG.pattern}))+\s*$"
)


def _name_rejoined(lines: list[Line]) -> list[Line]:
    """``lines`` with a name set large that wrapped in a narrow column ("Priya" / "Okonkwo-" / "Hale") on one
    line again: the first lines in the same type, a few words each, larger than any line after them; or, where
    the type's size is not known, a name broken into one word a line inside one paragraph (:func:`_broken_name`)."""
    if len(lines) < 2:
        return lines
    if not lines[0].size:
        return _broken_name(lines)
    first = lines[0]
    n = 1
    while n < min(len(lines), 4) and abs(lines[n].size - first.size) < 0.1 and lines[n].bold == first.bold:
        n += 1
    if n == 1 or any(len(line.plain.split()) > 3 for line in lines[:n]):
        return lines
    if any(line.size >= first.size - 0.1 for line in lines[n:]):
        return lines  # not the name's own type
    text = ""
    for line in lines[:n]:
        text += line.plain if not text or text.endswith("-") else f" {line.plain}"  # "Okonkwo-" "Hale"
    return [replace(first, text=text, marked=text), *lines[n:]]


def _broken_name(lines: list[Line]) -> list[Line]:
    """``lines`` with a name that a line break inside its paragraph sets a word to a line ("Renata" / "Ostrowski", as
    designed Word templates set a name in a narrow sidebar) on one line again: the first paragraph's lines (one
    ``number``), two to four, each one word in the same look, that together are written as a name."""
    first = lines[0]
    n = 1
    while n < min(len(lines), 5) and lines[n].number == first.number:
        n += 1
    words = [line.plain for line in lines[:n]]
    text = " ".join(words)
    if (
        not 2 <= n <= 4
        or any(len(word.split()) != 1 for word in words)
        or any(line.bold != first.bold or line.heading != first.heading for line in lines[:n])
        or not (_may_be_name(text) and _written_as_name(text) and _bare_name(text))
    ):
        return lines
    return [replace(first, text=text, marked=text), *lines[n:]]


def read_personal_details(draft: Draft, lines: list[Line]) -> None:
    """File a section of contact details (:func:`read_details`), opened by its owner's name where the header gave
    none: a Europass CV heads its first section "Personal information" and writes the name as its first line."""
    if lines and not draft.data["contact"].get("name"):
        first = lines[0].plain
        if (
            _may_be_name(first)
            and _written_as_name(first)
            and _bare_name(first)
            and not holds_contact(lines[0])
            and not (is_location(first) or is_place(first))
        ):
            draft.data["contact"]["name"] = first
            lines = lines[1:]
    read_details(draft, lines, headline=False)


def read_details(draft: Draft, lines: list[Line], *, headline: bool) -> None:
    """File the contact details of ``lines`` (the header's, or a "Contact details" section's); with
    ``headline``, the first few words that are none of them say who the person is."""
    # Symbols label what follows them (✉, 📞, 🛠) when each is used once; a PDF whose font had no
    # emoji shows one stand-in glyph for all of them, which labels nothing.
    symbols = [m.group(0) for line in lines for m in SYMBOL.finditer(line.plain)]
    labelled = len(set(symbols)) == len(symbols)
    for line in lines:
        _read_line(draft, line, headline=headline, labelled=labelled)
        _linked(draft, line, among_contacts=not headline or holds_contact(line))


def _read_line(draft: Draft, line: Line, *, headline: bool, labelled: bool) -> None:
    """File the contact details of one line (see :func:`read_details`)."""
    label, colon, spoken = line.plain.partition(":")
    if colon and spoken.strip() and kind_of(label) == "languages" and "programming" not in label.lower():
        # "Languages Known: English, Hindi" among personal details: the languages, as a section so titled is.
        read_languages(draft, [spoken.strip()])
        return
    if headline and not line.row and _summary_line(line.plain) and not holds_contact(line):
        # "Experienced operations manager with over 20 years …" under the name: the summary, untitled.
        summary = draft.data.get("summary")
        draft.data["summary"] = f"{summary} {line.linked}" if summary else line.linked
        return
    pieces = _segments(line, labelled)
    if headline and not draft.data.get("headline") and len(pieces) > 1 and _one_headline(pieces):
        # "OPERATIONS MANAGER | CUSTOMER EXPERIENCE LEADER": what the person is, in two titles.
        draft.data["headline"] = line.plain
        return
    after_contact = False  # a piece after a contact detail on its line is a note of it, no headline
    for n, (label, piece) in enumerate(pieces):
        # "www.linkedin.com/in/ana (LinkedIn)", "ana.example.com (Personal)": LinkedIn names a link's kind after it.
        if _LINK_KIND.fullmatch(piece) and n and _is_link(pieces[n - 1][1]):
            continue
        text = _LINK_KIND.sub("", piece)
        if text != piece and _is_link(text):
            label = f"{label}🌐"  # a link by its kind, with a scheme or without
        else:
            text = piece
        if _contact(draft, label, text):
            after_contact = True
            continue
        if (
            (holds_contact(line) or not headline)  # a section of contact details holds nothing else
            and _is_domain(text)
            and not _PROFILE.search(text)
        ):
            # "hvargalindqvist.net" between an e-mail and a phone; a second site of one's own is one more address.
            if draft.data["contact"].get("website"):
                draft.data["contact"].setdefault("profiles", []).append(text)
            else:
                draft.data["contact"]["website"] = text
            continue
        if place := us_place(text):
            # "Chesapeake, VA 23320 US", as USAJOBS writes where the applicant lives: the town and state
            # (its ZIP code and country are no European code and town, "35801 US").
            if draft.data["contact"].get("location"):
                draft.leftovers.append(text)
            else:
                draft.data["contact"]["location"] = place
            continue
        if (posted := _POSTED_TOWN_AND_COUNTRY.search(text)) and is_place(posted["country"]):
            # "Rua das Flores 118, 1200-195 Lisboa (Portugal)", as Europass writes an address: the town and its
            # country are where the person is; the street and the postal code stay for the owner.
            if not draft.data["contact"].get("location"):
                draft.data["contact"]["location"] = f"{posted['town']} ({posted['country']})"
                text = text[: posted.start()].rstrip(" ,") or ""
            if text:
                draft.leftovers.append(text)
            continue
        if (posted := _POSTED_TOWN.search(text)) and is_place(posted["town"]):
            # "Friedrichstraße 68, 10117 Berlin": the town is where the person is; the street and code stay theirs.
            if not draft.data["contact"].get("location"):
                draft.data["contact"]["location"] = posted["town"]
                text = text[: posted.start()].rstrip(" ,")
            if text:
                draft.leftovers.append(text)
            continue
        if STREET.search(text) or _POSTCODE.search(text):
            # "Department of History, Whitmore College, 210 College Avenue, Northfield, MN 55057": a postal
            # address, never a headline; the place it ends with is where the person is.
            rest, place = _address_place(text)
            if place and not draft.data["contact"].get("location"):
                draft.data["contact"]["location"], text = place, rest
            if text:
                draft.leftovers.append(text)
            continue
        if headline and holds_contact(line) and _place_among_contacts(text):
            # "Leeds, West Yorkshire · eva@example.org · +44 …": where the person is, even in a place
            # tailor does not list; a headline is no "City, Region" beside an e-mail address.
            if not draft.data["contact"].get("location"):
                draft.data["contact"]["location"] = text
            else:
                draft.leftovers.append(text)
            continue
        if after_contact and (EMAIL.search(line.plain) or PHONE.search(line.plain)) and _town_among_contacts(text):
            # "eva@example.org | 07700 900123 | Harrogate": a town of its own after the person's contacts, which
            # tailor's list of places cannot hold all of; where they live, unless it is said already, and marked.
            if draft.data["contact"].get("location"):
                draft.leftovers.append(text)
            else:
                draft.data["contact"]["location"] = text
                draft.note(("contact", "location"), TOWN_NOTE)
            continue
        # A table of details ("Nationality | Slovak"), or a second e-mail address or phone: no headline.
        if line.row or EMAIL.fullmatch(text) or PHONE.fullmatch(text):
            draft.leftovers.append(text)
            continue
        # Not a house number's line ("2641 Barracks Road"), nor markup, nor a labelled detail ("LinkedIn:
        # Ana Lopez"): a few words saying who you are.
        # A headline that is letters alone ("NRP, FF II" on a line of its own under the name) is opened by them, as
        # letters after the name open it (:func:`~tailor.cv.importers.postnominals.letters_apart`): the line after
        # them says what the person is ("Firefighter / Paramedic").
        letters = draft.data.get("headline") if headline else None
        if (
            headline
            and (not letters or (isinstance(letters, str) and "|" not in letters and letters_only(letters)))
            and not after_contact
            and not (_CONTACT_LABEL.match(text) or PERSONAL.match(text) or _WORK_TERMS.search(text))
            and len(text.split()) <= 15
            and not _MARKUP.search(text)
            and not text[:1].isdigit()
        ):
            draft.data["headline"] = f"{letters} | {text}" if letters else text
        else:
            draft.leftovers.append(text)


def _linked(draft: Draft, line: Line, *, among_contacts: bool) -> None:
    """The web addresses a line of contact details links to without writing them ("LinkedIn · Dribbble", each a
    link, as a web page sets them): the person's profiles, which the words alone do not give."""
    if not among_contacts:
        return
    contact = draft.data["contact"]
    known = {address_key(x) for x in (contact.get("website", ""), *contact.get("profiles", []), line.plain)}
    for link in line.links:
        if link.startswith("http") and not any(address_key(link) in k for k in known):
            contact.setdefault("profiles", []).append(link)
            known.add(address_key(link))


def _is_domain(text: str) -> bool:
    """Whether ``text`` is a web address written as its domain alone, in lower case, with a common top-level
    domain ("hvargalindqvist.net"; not "Node.js" or "ASP.NET")."""
    found = _BARE_DOMAIN.fullmatch(text)
    return found is not None and found["tld"] in _TOP_LEVEL_DOMAINS


def _address_place(text: str) -> tuple[str, str]:
    """A postal address apart: (what comes before the place it ends with, that place); ("", "") kept whole
    when it ends with no known place."""
    pieces = [p.strip() for p in text.split(",")]
    for n in range(max(1, len(pieces) - 3), len(pieces)):
        if _UNIT.match(pieces[n]):
            continue  # "Apt 5B, Chicago, IL 60610": the flat is the street's, no part of the place
        if is_location(", ".join(pieces[n:])):
            town = pieces[n - 1]
            # "toledo, OH 43604": a town typed without its capitals (on a phone) is a town still.
            named = _CITY.fullmatch(town) or (town.islower() and _CITY.fullmatch(town.title()))
            if n == len(pieces) - 1 and named and not looks_like_organisation(town):
                n -= 1  # "Captain Cook, HI 96706": a town whose name has a title's word is a town still
            return ", ".join(pieces[:n]), ", ".join(pieces[n:])
    if (zipped := _ZIP_CODE.search(pieces[-1])) and is_city_and_code(pieces[-1][: zipped.start()]):
        # "1418 Cass St., Joliet IL 60435": typed as the post office prints an address, no comma before the state.
        return ", ".join(pieces[:-1]), pieces[-1]
    return text, ""


_ZIP_CODE = re.compile(r"\s\d{5}(?:-\d{4})?$")
"""A US ZIP code ending an address's last piece ("Glen Ellyn IL 60137")."""


_UNIT = re.compile(
    r"(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|box|#)\b\.?\s*#?\s*(?:\w{0,4}\d\w{0,4}|[a-z])$",
    re.IGNORECASE,
)
"""A flat, suite or floor of a street address ("Apt 5B", "Suite 200", "#12", "PO Box 45" with its number)."""
_CITY = re.compile(r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}")
"""A town's name before its state and postal code: up to three capitalised words, no digits."""


def _place_among_contacts(text: str) -> bool:
    """Whether a piece of a contact line is shaped as a place: two or three parts of up to three capitalised
    words each, parted by commas ("Leeds, West Yorkshire"), none a title or an organisation."""
    parts = [p.strip() for p in text.split(",")]
    return 2 <= len(parts) <= 3 and all(
        _CITY.fullmatch(p) and not looks_like_title(p) and not looks_like_organisation(p) for p in parts
    )


TOWN_NOTE = "read as where you live, from the words after your e-mail address or phone: check it is a place"
"""The note on a location read from a contact line's lone town ("Harrogate"), which no list of places confirms."""
_NOT_A_TOWN = re.compile(
    r"^(?:linkedin|github|gitlab|twitter|x|orcid|behance|dribbble|instagram|portfolio|website|blog|homepage"
    r"|e-?mail|phone|mobile|cell|remote|hybrid|available|references?)\b",
    re.IGNORECASE,
)
"""A contact line's word that names a link, a detail or a way of working, not a town ("LinkedIn", "Portfolio")."""


def _town_among_contacts(text: str) -> bool:
    """Whether a lone piece after the contacts of a header line is shaped as a town: one to three capitalised
    words, no comma, none a title, an organisation, a link's name or terms of work ("Harrogate", "Milton
    Keynes")."""
    return bool(
        _CITY.fullmatch(text)
        and not _NOT_A_TOWN.match(text)
        and not _WORK_TERMS.search(text)
        and not looks_like_title(text)
        and not looks_like_organisation(text)
    )


def _summary_line(text: str) -> bool:
    """Whether a header line is an untitled summary: sentences of eight words or more in English (tailor reads
    English résumés; another language's lines are kept for the owner), not a quotation."""
    from tailor.posting.language import english_part

    if not text.endswith((".", "!")) or len(text.split()) < 8 or text.startswith(("“", '"', "‘", "„", "«")):
        return False
    english, words = english_part(text)  # its stop words English more than any other language's
    return english == words


def holds_contact(line: Line) -> bool:
    """Whether ``line`` holds an e-mail address, a phone number or a web address."""
    return bool(EMAIL.search(line.plain) or PHONE.search(line.plain) or URL.search(line.plain))


def _one_headline(pieces: list[tuple[str, str]]) -> bool:
    """Whether a header line's pieces together say what the person is: one a title, the others titles or what
    the title is in ("Operations Manager | Customer Experience Leader", "Licensed Clinical Social Worker |
    Medical, School & Community Mental Health", "Blue Team | SOC Analyst"), none labelled by a symbol, and none a
    place, a contact or a labelled detail."""
    return any(looks_like_title(text) for _, text in pieces) and all(
        not label
        and not (
            ((is_location(text) or is_place(text)) and not _skills_letters(text, pieces))
            or _CONTACT_LABEL.match(text)
            or PERSONAL.match(text)
            or _WORK_TERMS.search(text)
            or EMAIL.search(text)
            or PHONE.search(text)
            or URL.search(text)
            or _is_domain(text)
            or len(text.split()) > 8
        )
        for label, text in pieces
    )


def _skills_letters(text: str, pieces: list[tuple[str, str]]) -> bool:
    """Whether ``text``, a piece of a header line that is a region's letters ("CT", Connecticut), names a skill
    instead, as the other pieces beside it do ("Radiologic Technologist | CT | MRI": the modalities the technologist
    runs): letters the lexicon knows among pieces that name another skill it knows."""
    from tailor.lexicon import bundled_lexicon

    if not re.fullmatch(r"[A-Z]{2,3}", text) or bundled_lexicon().canonical(text) is None:
        return False
    return any(other != text and bundled_lexicon().canonical(other) is not None for _, other in pieces)


_NAME_THEN_CONTACT = re.compile(
    r"^([^\W\d][^@|,;:/\d]{2,50}?)\s+(?=[\w.+-]+@|\+?\(?\d[\d\s().-]{6,}\d|https?://|www\.)"
)
"""A line that opens with a few words and goes on with an e-mail address, a phone number or a web address."""
_NAME_THEN_MORE = re.compile(r"^(.{3,50}?)\s+[|·•—–]\s+\S")
"""A line that opens with a few words, then a bar, dot or dash and more."""
_LEADING_SEPARATOR = re.compile(r"^\s*[|·•—–]\s*")
_MARKUP = re.compile(r"[\[\]{}<]")
"""Brackets, braces and a tag's opening: markup a reader never sees, left where a line was a link or a template
tag. A ">" alone is a translator's language pair ("Spanish > English translator")."""


_PARTICLES = frozenset("van von der den de del della di da dos das du le la al bin ibn y".split())  # noqa: SIM905


def _written_as_name(text: str) -> bool:
    """Whether ``text`` is written as a person's name is: each word capitalised, but for particles ("van",
    "de"), and no digits. A script without capitals (中文, العربية) passes."""
    words = text.replace("-", " ").split()
    return not any(ch.isdigit() for ch in text) and all(w.lower() in _PARTICLES or not w[:1].islower() for w in words)


def _bare_name(text: str) -> bool:
    """Two to four words and nothing else a name does not hold: no comma, "&", title ("Nurse Educator")
    or sentence ("Hey, I'm Li")."""
    return 2 <= len(text.split()) <= 4 and not re.search(r"[,&:;!?]", text) and not looks_like_title(text)


def _may_be_name(text: str) -> bool:
    """Whether a header line may be its owner's name: a few words, not counting the letters after them
    ("Gregory M. Albrecht, PE, PMP, ENV SP": :func:`name_and_letters`), no markup, address or template tag (a
    static site's "[Printable Resume]({{ '/cv' | relative_url }})" link is none)."""
    words = len(name_and_letters(text)[0].split())
    return 0 < words <= 6 and not _MARKUP.search(text) and not re.search(r"[@|]|https?:|www\.", text)


_GLUED_ADDRESS = re.compile(
    r"(@[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|info|me|uk|de|fr|ca|au|in|us))(?=[A-Z])"
)
"""An e-mail address run into the next detail, where the document set an icon between them as a picture
("ana@gmail.comSukuta, The Gambia"): no domain ends in a capital letter."""


def _segments(line: Line, labelled: bool) -> list[tuple[str, str]]:
    """A header line's pieces, each with the symbol before it (when ``labelled``): ✉ a@b.c 📞 +41…, or
    a | b | c; an email, address or phone number inside a piece is a piece of its own."""
    out: list[tuple[str, str]] = []
    label = ""
    columns = "\t".join(" ".join(cell.split()) for cell in line.text.split("\t"))
    columns = _GLUED_ADDRESS.sub("\\1\t", columns)
    pieces = re.split(f"({SYMBOL.pattern}|{FLAG.pattern})", columns)
    # A line holding an address, number or link separates its pieces with dashes too:
    # "2641 Barracks Road — Charlottesville, VA — (703) 507-2467"; and with asterisks, as a résumé pasted from an
    # e-mail writes its bullets ("Seattle, WA * 206.555.0199 * ana@example.org").
    contact = holds_contact(line)
    separators = r"\s+(?:\|\||[|·•—–*])\s+|;\s+|\s+[|·•]$|\t" if contact else r"\s+[|·•]\s+|\s+[|·•]$|\t"
    for piece in pieces:
        if SYMBOL.fullmatch(piece) or FLAG.fullmatch(piece):
            label = piece if labelled else ""
            continue
        for part in re.split(separators, piece):
            # A web address ends where a space follows it: "https://…/adam/ United States Citizen" is two pieces.
            bits = [b for p in _CONTACT_TOKEN.split(part) for b in _WEB_ADDRESS.split(p) if b.strip()]
            for bit in bits:
                bit = bit.strip(" ,|")
                # "Email: ada@example.org", "Phone:" before its number: the label names what follows.
                if _HANDLE.fullmatch(bit) or _NETWORK_NAME.fullmatch(bit):
                    pass  # "Twitter: @ana", "GitHub: ana": the network's name stays with the handle it says the site of
                elif contact and (found := _CONTACT_LABEL.match(bit)):
                    bit = bit[found.end() :].strip()
                elif contact and (found := _BARE_LABEL.match(bit)):
                    # moderncv's "web ben.example.com e-mail ben@example.com phone 202.555.0138": no colons.
                    web = found.group(1).lower() in ("web", "homepage")
                    bit, label = bit[found.end() :].strip(), ("🌐" if web else label)
                elif contact and _CONTACT_LABEL.fullmatch(bit + ":"):
                    bit = ""  # "Web" in the column before its address names it, as "Web:" would
                elif contact and (found := _NETWORK_LABEL.match(bit)) and _is_link(bit[found.end() :].strip()):
                    # "Behance: behance.net/ana", "Vimeo: vimeo.com/ana": a label naming the site of the link after it.
                    bit = bit[found.end() :].strip()
                if bit:
                    out.append((label, bit))
                    label = ""
    return out


_LINK_KIND = re.compile(r"\s*\((?:LinkedIn|Personal|Company|Portfolio|Blog|RSS Feed|Other)\)$", re.IGNORECASE)
"""What kind of site a link is, in brackets after it, as LinkedIn's profile PDF writes it."""


def _is_link(text: str) -> bool:
    """A web address, with its scheme or without ("ana.example.com")."""
    return bool(URL.fullmatch(text) or _DOMAIN.fullmatch(text))


_PHONE_KIND = re.compile(r"\s*\((?:mobile|cell|home|work|office|other|main)\)$", re.IGNORECASE)
"""What kind of number a phone is, in brackets after it: no part of the number."""


def _contact(draft: Draft, label: str, text: str) -> bool:
    """File one header piece where it belongs; False when it is none of the contact details."""
    contact = draft.data["contact"]
    number = _PHONE_KIND.sub("", text)  # "(512) 555-0148 (Mobile)", as LinkedIn writes it
    if EMAIL.fullmatch(text) and not contact.get("email"):
        contact["email"] = text
    elif PHONE.fullmatch(number) and not contact.get("phone"):
        contact["phone"] = number
    elif URL.fullmatch(text) or (label and "🌐" in label):
        if _PROFILE.search(text) or not (URL.match(text) or _DOMAIN.fullmatch(text)):
            contact.setdefault("profiles", []).append(text)
        elif not contact.get("website"):
            contact["website"] = text
        else:
            contact.setdefault("profiles", []).append(text)
    elif _HANDLE.fullmatch(text) or _NETWORK_NAME.fullmatch(text):
        contact.setdefault("profiles", []).append(text)
    elif any(s in label for s in SKILL_SYMBOLS):
        draft.data.setdefault("skills", []).extend(split_items(text))
    elif any(s in label for s in LANGUAGE_SYMBOLS):
        read_languages(draft, [text])
    elif any(s in label for s in INTEREST_SYMBOLS):
        draft.data.setdefault("interests", []).extend(split_items(text))
    elif FLAG.fullmatch(label or "") and not contact.get("nationality"):
        contact["nationality"] = text
    elif (any(s in label for s in HOME_SYMBOLS) or is_location(text)) and not contact.get("location"):
        contact["location"] = text
    else:
        return False
    return True
