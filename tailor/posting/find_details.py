"""Find a posting's details: what its format states, weighed with what its text says.

For each field, the rules of :data:`RULES` are tried in order, best evidence
first, and the first value that passes :mod:`tailor.posting.plausible` wins;
each rule is named by the :data:`tailor.posting.details.SOURCES` key its values
carry. Structured data (schema.org, front matter) comes first; then what the
text marks as the field (labels, a job board's header, headings, a Word title
style, a PDF's largest line); then what a sentence implies ("Acme is hiring
a …", "At Acme, we …", the domain of the address to apply to). A field no rule
finds clearly stays empty: precision before recall. A row of a table states
its details in its columns (source ``column``), and its text is not searched.

``skip`` switches rules off by name, for measuring what each one contributes
(``bench/posting_details.py``). Pure text processing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tailor.places import folded, is_place, places, regions
from tailor.posting import plausible
from tailor.posting.details import Candidate, Detail, Field, PostingDetails
from tailor.posting.domains import domain_labels, spells
from tailor.posting.extracted import Link, clean_inline
from tailor.posting.lines import HIRING, Page
from tailor.posting.text_rules import TEXT_RULES, for_a_client, named_place

_STATED = ("given", "column", "json-ld", "microdata", "front-matter")
_AS_WRITTEN = ("given", "column")
"""Sources whose title and company are the user's own data (a column of their table, an option they
typed): used as written, whitespace made single, not judged like a value guessed from a page. "Acme
Corp.", "Seeking Alpha" and "Apply Digital" read like sentences to the checks for loose text."""
_STATED_HIRING = re.compile(HIRING.pattern, re.IGNORECASE)
"""The hiring phrase in a stated title, whatever its capitals: pages title themselves in title case."""
RULES: dict[Field, tuple[str, ...]] = {
    "title": (
        *_STATED,
        "label",
        "title-style",
        "largest-line",
        "heading",
        "properties",
        "hiring-phrase",
        "opening-sentence",
        "first-sentence",
    ),
    "company": (
        *_STATED,
        "label",
        "board-header",
        "tab-title",
        "heading",
        "hiring-phrase",
        "about",
        "at-company",
        "page",
        "organisation",
        "email",
        "link",
        "eeo",
        "described",
        "company-sentence",
    ),
    "location": (*_STATED, "label", "board-header", "heading", "based-in"),
    "employment_type": (*_STATED, "label", "board-header"),
    "salary": (*_STATED, "label", "board-header", "pay"),
    "date_posted": (*_STATED, "label"),
    "valid_through": (*_STATED, "label", "apply-by"),
    "url": (*_STATED, "label", "board-header", "page", "address"),
    # A letter addresses them by name: a labelled line, whom the posting asks it to be addressed to, or nothing.
    "hiring_manager": ("given", "label", "addressed"),
    "team": ("given", "label", "page", "board-header"),
}
"""For each field, the sources tried, best evidence first."""


_PLAIN_IN_A_ROW = frozenset({"label", "pay"})
"""The text rules a row of a table is read by, for the details its columns leave out: its labelled lines and
the pay it names as such, never a guess from its wording."""


def find_details(
    text: str, stated: Sequence[Candidate] = (), links: Sequence[Link] = (), *, skip: frozenset[str] = frozenset()
) -> PostingDetails:
    """The details of the posting whose light Markdown is ``text``, given what its format ``stated``
    (and the user gave: source ``given``) and the ``links`` its text leaves out, with the rules named
    in ``skip`` switched off."""
    if any(candidate.source == "column" for candidate in stated):
        # A row of a table states its details in its columns: its text is searched only for what they leave
        # out, and only where it says plainly what it is ("Salary: $55,000", "The salary range is …").
        skip = skip | (TEXT_RULES.keys() - _PLAIN_IN_A_ROW)
    page = Page(text, tuple(stated), tuple(links))
    offers: dict[str, dict[Field, list[str]]] = {}  # each rule read once, when first asked
    found: dict[Field, Detail] = {}
    for field, order in RULES.items():
        for source in order:
            if source in skip:
                continue
            if source == "tab-title":
                offers[source] = _tab_title(page, found.get("title"))
            elif source not in offers:
                offers[source] = _offers(page, source)
            values = offers[source].get(field, [])
            if field == "company" and source not in _STATED:
                values = [value for value in values if not _names_the_team(value, page, offers, skip)]
            checked = (
                _check(field, value, source) or _employer_by_its_text(field, value, source, page) for value in values
            )
            value = next((v for v in checked if v is not None), None)
            if value is not None:
                found[field] = Detail(value, source)
                break
    if (company := found.get("company")) is not None and company.source in _SHORT_NAMED:
        found["company"] = _in_full(company, page, offers, skip)
    title, company = found.get("title"), found.get("company")
    short = company.value if company is not None and company.source in _SHORT_NAMED else None
    if title is not None and short and title.source not in _AS_WRITTEN and (full := _in_full_after(title.value, short)):
        # "Branch Operations Manager – River City Credit Union" under "Why River City": the heading names in full
        # the employer the page calls by its short name.
        found["company"] = company = Detail(full, title.source)
    if title is not None and company is not None and title.source not in _AS_WRITTEN:
        # "Senior Engineer - Acme" once Acme is known to be the company: the title is the rest; and so with a unit the
        # company's name opens ("Instructional Designer II — Pinecrest University Online" of Pinecrest University).
        trimmed = _without_company(title.value, company.value)
        if trimmed == title.value and (unit := _in_full_after(title.value, company.value)) is not None:
            trimmed = _without_name(title.value, unit)
        found["title"] = Detail(trimmed, title.source)
    location = found.get("location")
    if location is not None and company is not None and location.source not in _STATED:
        # "Acme Financial Group Cleveland, OH": a board's line under the title whose company and place the page
        # sets apart by its style alone (LinkedIn's), read as one place once the company is known.
        found["location"] = Detail(_after_company(location.value, company.value), location.source)
    client = (company is None or company.source not in _AS_WRITTEN) and for_a_client(page)
    if client:
        # "Our client, a family-owned contractor, is seeking …": the name on a recruiter's posting is the agency's,
        # and a letter that offered to help it would be addressed to the wrong firm. No name, as "Confidential" gives.
        found.pop("company", None)
    return PostingDetails(**found, for_a_client=client)


_SHORT_NAMED = frozenset({"about", "at-company", "heading"})
"""Rules that read the employer where a posting names it as people call it ("Why St. Brendan's?", "At Acme, we")."""
_NAMED_IN_FULL = ("eeo", "company-sentence")
"""Rules that read the employer from a sentence that states who employs: its legal name."""


def _in_full(company: Detail, page: Page, offers: dict[str, dict[Field, list[str]]], skip: frozenset[str]) -> Detail:
    """``company`` as the posting's equal-opportunity sentence names it in full, where that name is the short one
    and a few words more: "St. Brendan's" → "St. Brendan's Health System"."""
    for source in _NAMED_IN_FULL:
        if source in skip:
            continue
        if source not in offers:
            offers[source] = _offers(page, source)
        for value in offers[source].get("company", []):
            full = _check("company", value, source)
            if full and full.startswith(company.value + " ") and len(full.split()) <= len(company.value.split()) + 3:
                return Detail(full, source)
    return company


def _check(field: Field, value: str, source: str) -> str | None:
    """``value`` as ``field`` if it is plausible for a value found by ``source``."""
    if plausible.placeholder(value):
        return None  # "Location: [Insert Location]": a template's blank, whatever the field
    if source in _AS_WRITTEN and field in ("title", "company"):
        found = clean_inline(value)
        return found if found and not plausible.no_value(found) else None
    if field == "title":
        trust = "stated" if source in _STATED else "line" if source == "label" else "loose"
        hiring = _STATED_HIRING.match(value) if trust == "stated" and source != "given" else None
        if hiring and hiring.group("title"):
            value = hiring.group("title")  # a page titled "EdSurge is Looking for an Education Technology Reporter"
        # The heading rule offers the line :attr:`Page.title_line` judged, its capitals by the line's own style: a
        # Markdown heading in sentence case ("## Environment reporter") titles the job as a Title Case one does; so
        # does a hiring phrase's, offered in lower case only from a headline ("# Crosscut seeks an investigative
        # reporter").
        return plausible.title(
            value, trust, heading=source in ("title-style", "largest-line", "heading", "hiring-phrase")
        )
    if field == "company":
        # A name an address spells is written in the posting as a name ("The Kestrel Institute"): as good as a line.
        loose = ("hiring-phrase", "about", "at-company", "eeo", "described", "company-sentence")
        line = ("board-header", "organisation", "email", "link", "heading")
        trust = "loose" if source in loose else "line" if source in line else "stated"
        return plausible.company(value, trust)
    if field == "location":
        return plausible.location(value) if source != "column" else clean_inline(value) or None
    if field == "employment_type":
        return plausible.employment_type(value) or (clean_inline(value) or None if source == "column" else None)
    if field == "salary":
        return plausible.salary(value) if source not in _STATED else clean_inline(value) or None
    if field == "team":
        return plausible.team(value)
    if field == "hiring_manager":
        return plausible.addressee(value)
    if field in ("date_posted", "valid_through"):
        return plausible.date(value) if source not in _STATED else clean_inline(value) or None
    return plausible.url(value, local=source in ("given", "address"))


_OWNED = (
    r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )(?<![Oo]ur )(?<![Yy]our ){name}['’]s?\b"
    r"|\b(?:at|join|joining|help|helping) {name}\b"
)
"""How a posting's sentences name its employer: what owns a thing ("Oversee Time Doctor’s ads"), no determiner before
it, as a job's duties are ("the Charge Nurse's schedule"); or what one works at, joins or helps."""


def _employer_by_its_text(field: Field, value: str, source: str, page: Page) -> str | None:
    """``value``, a name a job board's header sets under the title, as the company though a job's word is in it ("Time
    Doctor", "Baker Hughes", "Cook Medical"), where the posting's text names it as its employer (:data:`_OWNED`) and
    it opens with no rank ("Senior Doctor" is a subtitle); None otherwise."""
    if field != "company" or source != "board-header" or plausible.company(value, "stated") is None:
        return None
    name = clean_inline(value).strip()
    if not plausible.names_a_job(name) or plausible.RANK.search(name) or not name[:1].isupper():
        return None
    body = page.text.replace(value, "", 1)  # the header line's own naming of it says nothing
    return name if re.search(_OWNED.format(name=re.escape(name)), body) else None


def _names_the_team(value: str, page: Page, offers: dict[str, dict[Field, list[str]]], skip: frozenset[str]) -> bool:
    """Whether ``value``, offered as the company, is what a labelled line names the hiring team or department
    ("Department: Clinical"): a board's header sets the department beside the place ("Clinical · Asheville, NC",
    as BambooHR and Ashby do) where another sets the employer, and the label says which it is."""
    if "label" in skip:
        return False
    if "label" not in offers:
        offers["label"] = _offers(page, "label")
    teams = offers["label"].get("team", [])
    return any(clean_inline(team).casefold() == clean_inline(value).casefold() for team in teams)


def _offers(page: Page, source: str) -> dict[Field, list[str]]:
    """Every value ``source`` offers, by field, best first (not yet checked)."""
    rule = TEXT_RULES.get(source)
    if rule is not None:
        return rule(page)
    offers: dict[Field, list[str]] = {}
    for candidate in page.stated:
        if candidate.source == source:
            offers.setdefault(candidate.field, []).append(candidate.value)
    if source == "page" and "company" in offers:
        # A page's site name is the employer's only on the employer's own site: an address in the
        # posting (where to apply, whom to write to) must say the same name.
        labels = {label for address, _ in page.addresses for label in domain_labels(address)}
        offers["company"] = [name for name in offers["company"] if any(spells(name, x) for x in labels)]
    return offers


_TAB_SEPARATOR = re.compile(r"\s+(?:at|@|[-–—|·:])\s+", re.I)
"""What parts a tab title's pieces: ``Acme - Sales Lead``, ``Sales Lead at Acme``, ``Sales Lead | Acme``."""
_TAB_SEPARATOR_ENDS = re.compile(_TAB_SEPARATOR.pattern + r"$", re.I)
_A_BOARDS_PAGE = re.compile(
    r"(?:job|position|career|employment|class)s?[ \t]+"
    r"(?:details?|descriptions?|specifications?|specs?|bulletins?|postings?|pages?|sites?|opportunit(?:y|ies))"
    r"(?:[ \t]+tab)?"
    r"|careers?|jobs?|job[ \t]+search|search[ \t]+jobs",
    re.IGNORECASE,
)
"""A job board's own page, as a tab title names it beside a job ("Job Details tab", "Career Pages", "Jobs"), or the
kind of page a public employer's is ("Job Specifications - Truck Driver", a class specification)."""
_SITES_WORD = re.compile(rf"(?<=\S)[ \t]+(?:{_A_BOARDS_PAGE.pattern})$", re.IGNORECASE)
"""The word an employer's careers site adds after its name in a tab title ("Route Supervisor - Acme Careers", "Acme
Career Site - Route Supervisor"): the site's, not the employer's name."""
_IN_PLACE = re.compile(r"\s+in\s+([^|·–—]+?)(?=\s+(?:[-–—|·:])\s+)")
"""Where the job is, right after its title in a tab title ("… Manager in Portland, Oregon | …"): no company."""


def _tab_title(page: Page, title: Detail | None) -> dict[Field, list[str]]:
    """The company a web page's tab title names beside the job's title found in its text: the piece right after
    the title (``… Sales Lead at Acme | Board``), else right before it (``Acme - Sales Lead``), where the
    posting's text writes that name too (a board's own name, "Sales Lead | LinkedIn", it does not), from the
    first of the page's tab titles (``<title>``, ``og:title``) that holds the job's title word for word: one
    that does not ("Careers | Acme") says nothing of who hires."""
    if title is None or not title.value.strip():
        return {}
    tabs = (c.value for c in page.stated if c.source == "tab-title")
    tab = next((tab for tab in tabs if title.value.strip().lower() in tab.lower()), None)
    if tab is None:
        return {}
    at = tab.lower().find(title.value.strip().lower())
    before, after = tab[:at], tab[at + len(title.value.strip()) :]
    if (placed := _IN_PLACE.match(after)) is not None and _a_place(placed.group(1)):
        after = after[placed.end(1) :]  # "Project Manager in Portland, Oregon | Careers at Acme", as iCIMS sets it
    offers: list[str] = []
    if (lead := _TAB_SEPARATOR.match(after)) is not None:
        pieces = _TAB_SEPARATOR.split(plausible.CAREERS_AT.sub("", after[lead.end() :]))
        # "Stormwater Engineer | Job Details tab | Career Pages | City of Marlow Springs", as NEOGOV titles a public
        # employer's page: the board's own pages between the job and the employer name no one.
        offers.append(next((piece for piece in pieces if not _A_BOARDS_PAGE.fullmatch(piece.strip())), pieces[0]))
    if (tail := _TAB_SEPARATOR_ENDS.search(before)) is not None:
        piece = _TAB_SEPARATOR.split(before[: tail.start()])[-1]
        if not _A_BOARDS_PAGE.fullmatch(piece.strip()):  # "Job Specifications - Truck Driver": the kind of page
            offers.append(piece)
    offers = [_SITES_WORD.sub("", name.strip()) for name in offers]
    written = (name for name in offers if _written(name.strip(), page.text))
    return {"company": [name for name in written if not _a_place(name) and not _written_as_a_city(name, page.text)]}


def _written(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name``, or its first words as the employer's own ("Blueprint’s Creative Team" for
    Blueprint Interactive): an employer's page keeps its full name in its header and footer, which are no part of
    the posting's text, and the text calls it by its short name. Not the first words alone ("Harbor Road")."""
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        return True
    words = name.split()
    shorts = (" ".join(words[:size]) for size in range(len(words) - 1, 0, -1))
    return any(
        len(short) >= 4 and short[:1].isupper() and re.search(rf"(?<![\w-]){re.escape(short)}['’]s\b", text)
        for short in shorts
    )


def _a_place(text: str) -> bool:
    """``Berlin``, ``Lisbon, Portugal``, ``Austin, TX``: a place, where a tab title may set it beside the job."""
    parts = [part.strip() for part in text.split(",")]
    return named_place(text) or any(is_place(part) or re.fullmatch(r"[A-Z]{2}", part) for part in parts[1:])


_REGION_AFTER = re.compile(r",[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})")
"""The capitalised words after a comma that may name a city's state or country ("Columbus, Ohio", "Salem, OR")."""


def _written_as_a_city(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a city, right before its state or country ("Office: Columbus, Ohio"):
    a tab title that sets the job's city beside it ("Litigation Associate - Columbus | …") names no employer
    by it, though the city is too small for tailor's list of places. A name of partners ("Harbor & Pine") or of
    more than three words is none."""
    name = name.strip()
    if "&" in name or len(name.split()) > 3:
        return False
    _, codes = places()
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?=,)", text):
        after = _REGION_AFTER.match(text, m.end())
        words = after.group(1).split() if after else []
        for size in range(1, len(words) + 1):
            region = " ".join(words[:size]).rstrip(".")
            if folded(region) in regions() or region in codes:
                return True
    return False


_BEFORE_COMPANY = re.compile(r"\s*(?:,|\bat|[-–—|@·])\s*$", re.I)
"""What ends a title before the company's name: ``Engineer at``, ``Engineer -``, ``Engineer,``."""


def _in_full_after(title: str, company: str) -> str | None:
    """The employer's full name where ``title`` ends with it set apart, its short name ``company`` and at most
    three capitalised words more, which "&" or "and" may join ("Oakhaven Resort & Conference Center"): "Branch
    Manager – River City Credit Union" → "River City Credit Union" for "River City"; None where the title ends
    otherwise ("Nurse Manager – Surgical Services")."""
    full = rf"({re.escape(company)}(?:\s+(?:(?:&|and)\s+)?[A-Z][\w.&'’-]*){{1,3}})"
    found = re.search(rf"(?:\s+[-–—|@·]|,|\s+at)\s+{full}$", title.rstrip())
    return found.group(1) if found is not None and found.start() > 0 else None


def _without_company(title: str, company: str) -> str:
    """``Site Reliability Engineer at Corvid`` → ``Site Reliability Engineer`` once Corvid is the company, or Corvid
    Inc.: a heading names the employer as people call it, a label as it is registered ("Medtronic plc"), and so the
    other way round (``… at Corvid, Inc.`` where the posting calls it Corvid)."""
    for name in dict.fromkeys((company, plausible.without_legal_form(company))):
        if (trimmed := _without_name(title, name)) != title:
            return trimmed
    return title


def _without_name(title: str, company: str) -> str:
    """``title`` without ``company``'s name at its end, after a separator, its legal form too where ``company`` has
    none; ``title`` whole where it does not end so."""
    title_end = title.rstrip()
    if plausible.without_legal_form(company) == company:
        title_end = plausible.without_legal_form(title_end)
    head = title_end[: len(title_end) - len(company)]
    if not company or title_end[len(head) :].lower() != company.lower() or head[-1:].isalnum():
        return title  # not the company's name, or the end of a longer word ("Engineer atAcme")
    separator = _BEFORE_COMPANY.search(head)
    trimmed = head[: separator.start()] if separator is not None else ""
    return trimmed if separator is not None and trimmed else title


def _after_company(location: str, company: str) -> str:
    """``Corvid Labs Berlin, Germany`` → ``Berlin, Germany`` once Corvid Labs is the company, and ``Cedar Hollow
    School (Brattleboro, VT)`` → ``Brattleboro, VT`` (the site that hires, its town in brackets after it). A place
    that begins with the company's name and a comma ("Paris, France" for a company named Paris) is a place whole."""
    after = location[len(company) :]
    rest = after.lstrip(" ·•|-–—")
    if not company or location[: len(company)].lower() != company.lower() or not rest or rest == after:
        return location  # not the company's name, nothing after it, or a longer word ("Parisian")
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1]
    return plausible.location(rest) or location


def sources_tried() -> Iterator[str]:
    """Every source :data:`RULES` names, once, in the order they first appear."""
    yield from dict.fromkeys(s for order in RULES.values() for s in order)


__all__ = ["RULES", "find_details", "sources_tried"]
