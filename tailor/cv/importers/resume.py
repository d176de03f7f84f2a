"""A résumé's lines (:mod:`.layout`) → a draft CV: its sections, roles, degrees, bullets and dates.

How it reads a résumé:

* **Sections** start at a line the document marks as a heading, or a short line
  whose words name one ("Work Experience", "EDUCATION", "📄 Selected Publications");
  what comes before the first is the header: name, headline, contact details.
* **Roles** (and degrees) are anchored on their dates: a line that is not a list
  item and holds a date span in a column of its own (after a tab, between ``|``,
  at either end, in parentheses) starts one, with the short lines beside it. The
  span may be written either way round ("present Sep 2019"). The line's other
  words are split into title, employer and location by the words titles and
  organisations use ("Engineer", "Ltd", "University") and by place names.
* **Bullets** are the list items under a role, copied verbatim with their
  emphasis; a paragraph where a bullet would be is taken as one, and noted.

Everything uncertain is a :class:`~tailor.cv.importers.Note` at its field; lines
with no place in the CV are kept in the draft's leftovers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tailor.cv import dates
from tailor.cv.ids import slug, unique
from tailor.cv.importers.draft import PLACEHOLDER_NAME, Draft
from tailor.cv.importers.layout import Line
from tailor.cv.importers.sections import TITLE_WORDS, is_role_part, kind_of

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_DATE = (
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s*\d{{4}}|{_SEASON}\s+\d{{4}}|\d{{1,2}}[/.-]\d{{4}}|\d{{4}}[-.]\d{{1,2}}(?:-\d{{1,2}})?|\d{{4}}"
    r"|present|now|current|today|ongoing)"
)
# A date, then a second one, or a dash with nothing after it ("2024–", still held).
_SPAN = (
    rf"(?:class\s+of\s+|graduated:?\s+)?(?P<since>since\s+|from\s+)?(?P<first>{_DATE})"
    rf"(?:\s*(?:–|—|--|-|→|to|until|till)?\s*(?P<second>{_DATE})|\s?(?P<open>[–—-])(?=\s|$))?"
)
_MONTHS_OF_A_YEAR = re.compile(rf"\b({_MONTH})(\s*(?:–|—|--|-|to)\s*)({_MONTH}\s*(\d{{4}}))\b", re.IGNORECASE)
"""Two months of one year, the year written once ("September – November 2024", "June-Nov 2024")."""
_CELL_SPAN = re.compile(rf"^[(\[]?{_SPAN}[)\]]?[.:]?$", re.IGNORECASE)
_TAIL_SPAN = re.compile(rf"(?:,|\(|–|—|\s-|\s)\s*{_SPAN}\)?$", re.IGNORECASE)
_HEAD_SPAN = re.compile(rf"^{_SPAN}(?:\s*[.:–—|]\s*|\s+)(?=\S)", re.IGNORECASE)
_CELLS = re.compile(r"\t|\s+\|\s+|\s+·\s+|\s+•\s+")
_SEPARATORS = re.compile(r"(\s+[—–-]\s+|\s+@\s+|\s+at\s+)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\(?\+?\(?\d[\d\s().-]{6,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"((?:https?://|www\.)[^\s|]+)")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
"""A web address written as its domain alone ("ben.example.com"), as a 🌐 or "web" label gives it."""
_PROFILE = re.compile(r"(?:^|//|www\.)(?:linkedin|github|gitlab|twitter|x)\.com\b|scholar\.google", re.I)
_STARTS_WITH_YEAR = re.compile(r"^(?:19|20)\d{2}\b")
_CONTACT_TOKEN = re.compile(
    r"\s+(?=[\w.+-]+@|\+\d)|(?<=\.[a-z]{2})\s+(?=\+?\d)|(?<=[a-z]{3})\s+(?=\+\d)"
    r"|\s+(?=(?i:e-?mail|phone|mobile|tel|cell|website|linkedin|github)\s*:)"  # "a@b.org Phone: 555 0100"
    r"|\s+(?=(?i:e-?mail|phone|mobile|web|homepage)\s+(?:[\w.+-]+@|\+?\(?\d|[\w-]+\.[a-z]{2,}))"  # "… phone 202.683"
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
_BARE_LABEL = re.compile(
    rf"^(e-?mail|phone|mobile|web|homepage)\s+(?=[\w.+-]+@|\+?\(?\d|{_DOMAIN.pattern}\b)", re.IGNORECASE
)
"""A contact detail's label without its colon, before a value that is one."""
_PERSONAL = re.compile(
    r"^(?:date of birth|birth ?date|born|d\.?o\.?b\.?|age|nationality|citizenship|gender|sex|marital status|visa"
    r"|work permit|driving licen[cs]e|driver'?s licen[cs]e)\s*:",
    re.IGNORECASE,
)
"""A personal detail that some countries' résumés give ("Date of birth:", "Nationality:"): no headline."""
_WORK_TERMS = re.compile(
    r"\brelocat|\bremote only\b|\bwilling to travel\b|\bcitizen(?:ship)?\b|\bpermanent resident\b|\bwork permit\b"
    r"|\bvisa (?:sponsorship|status|holder|required)\b|\bwork visa\b",
    re.IGNORECASE,
)
"""Where and on what terms someone may work ("Open to Relocating", "Canadian Citizen"): no headline either."""
_QUALIFIER = re.compile(r"^(?:as [^:.]{1,40}|always):\s+", re.IGNORECASE)
_LABEL = re.compile(r"^([A-Z][\w &/+-]{1,30}):\s+(?=\S)")
_GRADE = re.compile(
    r"^(?:(?:overall|cumulative|final|major)\s+)?(?:grade|c?gpa|classification|result)\s*:\s*"
    r"(\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?|[^.]{1,30})(?:\.\s+|\.?$)",
    re.IGNORECASE,
)
"""A degree's grade ("GPA: 3.8/4.0", "Overall GPA: 3.32", "Classification: First")."""
_SYMBOL = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
_FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")

ORGANISATION_WORDS = frozenset(
    """inc inc. ltd ltd. llc gmbh ag sa s.a. plc corp corp. corporation company co co. group bank university
    college institute school labs lab laboratory laboratories technologies technology solutions systems research
    project foundation agency hospital ministry council partners consulting studio studios limited holdings bv
    nv ab oy spa srl polytechnic academy centre center society association department services software
    networks capital ventures health restaurant hotel cafe café store stores shop clinic museum library firm bureau
    theatre theater gallery pharmacy bakery salon factory resort airlines airport newspaper magazine charity trust
    nhs""".split()  # noqa: SIM905
)
DEGREE_WORDS = frozenset(
    """bsc msc phd ba ma mba beng meng bachelor bachelor's bachelors master master's masters doctor doctorate
    diploma certificate associate dphil mphil llb llm md bs ms b.sc. m.sc. ph.d. b.s. m.s. b.a. m.a. a-levels
    baccalaureate licence license licenciatura degree bsn msn asn adn aas dnp edd psyd dds dvm jd a.s a.a
    a.a.s""".split()  # noqa: SIM905
)
SKILL_SYMBOLS = "🛠🔧💻⚙"
LANGUAGE_SYMBOLS = "🗣💬"
HOME_SYMBOLS = "🏠📍🏡"
INTEREST_SYMBOLS = "🏊⚽🎸📚🎨✈🏃🚴⛷🎮🎵📷🧗♟🏄🎾🏀🥾"


@functools.lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """Place names in lower case, and the short codes (UK, NY) that count only in capitals."""
    from importlib.resources import files

    names = files("tailor").joinpath("data/places.txt").read_text(encoding="utf-8").splitlines()
    names = [n.strip() for n in names if n.strip() and not n.startswith("#")]
    codes = frozenset(n for n in names if n.isupper() and len(n.replace(".", "")) <= 3)
    return frozenset(n.lower() for n in names if n not in codes), codes


def is_place(text: str) -> bool:
    """True when ``text`` is a known place ("Germany", "NY", "& São Paulo", "Remote")."""
    text = re.sub(r"^(?:&|and|the)\s+", "", text.strip(" .()"), flags=re.IGNORECASE)  # "The Gambia"
    names, codes = _places()
    return text.lower() in names or text in codes


def is_city_and_code(text: str) -> bool:
    """ "Seattle WA", "London UK": a city's name, then its state's or country's code, without a comma."""
    words = text.strip(" .()").split()
    return (
        2 <= len(words) <= 4
        and words[-1] in _places()[1]
        and all(w[:1].isupper() for w in words[:-1])
        and not _words(" ".join(words[:-1])) & (TITLE_WORDS | ORGANISATION_WORDS | DEGREE_WORDS)
    )


def _words(text: str) -> set[str]:
    return {w.strip(".,:;()").lower() for w in text.replace("»", " ").replace("/", " ").split()}


def looks_like_title(text: str) -> bool:
    return bool(_words(text) & TITLE_WORDS)


def looks_like_organisation(text: str) -> bool:
    return bool(_words(text) & ORGANISATION_WORDS) or bool(re.search(r"\(([A-Z]{2,})\)", text))


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
    found = _span_in(_CELLS.split(text))
    if found is None and " / " in text:
        found = _span_in([piece for cell in _CELLS.split(text) for piece in _SLASHED.split(cell)])
    return found


_SLASHED = re.compile(r"\s+/\s+")
_BRACKETED = re.compile(r"^[\[(]\s+(.*?)\s+[\])]$")
"""A cell in brackets with spaces inside them, as Europass sets its dates."""


def _span_in(cells: list[str]) -> Span | None:
    for n, cell in enumerate(cells):
        stripped = _BRACKETED.sub(r"\1", _SYMBOL.sub("", cell).strip(" ,;"))  # "[ 1 Jul 2025 – Current ]"
        stripped = _MONTHS_OF_A_YEAR.sub(r"\1 \4\2\3", stripped)  # "September 2024 – November 2024"
        found = _CELL_SPAN.match(stripped)
        rest_of_cell = ""
        if not found:
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
        return Span(first, second, rest, open_ or found.group("since") is not None)
    return None


def _strong(found: re.Match[str]) -> bool:
    """A span inside other words counts when it is unmistakably dates: two of them, a month, or a year left
    open by a dash ("2024– Acme") or after "since"."""
    if found.group("second") is not None or found.group("open") is not None or found.group("since") is not None:
        return True
    return not found.group("first").isdigit()


def _later(first: str, second: str) -> bool:
    try:
        a, b = dates.parse(first), dates.parse(second)
    except dates.ImpossibleDate:
        return False
    return a is not None and b is not None and (a.year, a.month or 0) > (b.year, b.month or 0)


def is_sentence(text: str) -> bool:
    """Prose rather than a title line: a full stop after eight words or more, or sixteen words that are
    not all capitalised as a name is ("Ministry of Environment, Climate Change and Natural Resources
    (MECCNAR) – Central Project Coordination Unit (CPCU), The Gambia")."""
    words = text.split()
    if text.rstrip().endswith("."):
        return len(words) >= 8
    if len(words) < 16:
        return False
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)
    return not (capitalised and looks_like_organisation(text))


_SMALL_WORDS = frozenset("of and for the in on at to de du des la le el y del der für und".split())  # noqa: SIM905
"""Words a name in capitals keeps in lower case ("Ministry of Environment and Natural Resources")."""


# --- the parser --------------------------------------------------------------------------------


@dataclass
class _Section:
    kind: str | None
    title: Line | None
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Entry:
    header: list[Line]
    span: Span | None
    body: list[Line] = field(default_factory=list)
    paragraphs: int = 0
    """How many of the body's lines were paragraphs rather than list items."""
    qualifiers: dict[int, str] = field(default_factory=dict)
    """Body line index → the qualifier line over it ("As postdoc:"), the step of the role it belongs to."""
    fields: tuple[str, str, str] | None = None
    """(title or degree, employer or institution, location) where the layout says which is which: the
    columns of a table whose header names them."""


def parse(lines: list[Line], source: Path, kind: str) -> Draft:
    """The draft CV that ``lines`` of the résumé at ``source`` make."""
    draft = Draft({"contact": {}}, source, kind)
    # A line of dots, dashes or symbols alone ("……………", "* * *") is a rule drawn between parts: no text.
    header, sections = _sections([line for line in lines if any(c.isalnum() for c in line.text)])
    _header(draft, header)
    ids: set[str] = set()
    for section in sections:
        title = section.title.plain if section.title else ""
        if section.kind in ("experience", "projects", "volunteer"):
            _roles(draft, section, ids)
        elif section.kind == "education":
            _degrees(draft, section)
        elif section.kind == "publications":
            _publications(draft, section, ids)
        elif section.kind in ("skills", "interests"):
            _list(draft, section.kind, section.lines)
        elif section.kind == "languages":
            _languages(draft, [line.plain for line in section.lines])
        elif section.kind == "summary":
            text = " ".join(line.marked for line in section.lines)
            draft.data["summary"] = f"{draft.data['summary']} {text}" if draft.data.get("summary") else text
        elif section.kind in ("certificates", "awards"):
            _credentials(draft, section.kind, section.lines)
        elif section.kind == "contact":
            _details(draft, section.lines, headline=False)
        else:
            draft.leftovers += [f"{title.rstrip(': ')}:", *(line.plain for line in section.lines)]
    if not draft.data["contact"].get("name"):
        draft.data["contact"]["name"] = PLACEHOLDER_NAME
        draft.note(("contact", "name"), "no name found at the top of the résumé: write yours")
    return draft


def _sections(lines: list[Line]) -> tuple[list[Line], list[_Section]]:
    """The lines before the first section (name, contact details), and the sections.

    A heading starts a section, unless it stands below the current section's own heading level
    and names no kind of section: "### Acme Corp" under "## Experience" is an entry's first line.
    A section whose title names no kind but whose entries read like roles (a header line with
    dates, list items under it) holds experience: "Teaching & Instructional Leadership", "Clinical
    Rotations", whatever a field calls its work.
    """
    header: list[Line] = []
    sections: list[_Section] = []
    titles_look = _titles_look(lines)
    for line in lines:
        labelled = bool(re.search(r":\s*\S", line.plain)) and not line.heading  # "Languages: Python, SQL"
        # A table's row is never a section's title ("Languages | PHP, JavaScript" in a table of skills), nor
        # is a list item unless it is set in bold capitals, as a title in a list-styled document is ("**EDUCATION**").
        plain_item = line.item and not (line.bold and line.plain.isupper())
        titled = len(line.plain.split()) <= 8 and not (plain_item or labelled or line.row)
        kind = kind_of(line.plain) if titled else None
        if kind and sections and _part_of_role(line, sections[-1]):
            kind = None  # "Achievements" over some of a role's bullets: the role goes on
        short_caps = (
            not plain_item  # "HTML" in a list of skills
            and line.plain.isupper()
            and len(line.plain.split()) <= 4
            and not line.plain.endswith((".", ","))  # "MAAGTICSI." ends a sentence; no title ends so
            and not find_span(line.text)
        )
        title = sections[-1].title if sections else None
        # A heading that names no kind of section, right under a section's title, is its first entry
        # ("#### Education" then "### B.A. Asian Studies, University at Buffalo").
        first_entry = bool(sections and sections[-1].kind and not sections[-1].lines and line.heading)
        # Below the current title's heading level, or below the level other sections' titles were set at
        # (a title the document set as bold text instead, "**EDUCATION**", has no level of its own).
        levels = [s.title.heading for s in sections if s.title is not None and s.title.heading]
        top = title.heading if title is not None and title.heading else min(levels, default=0)
        nested = bool(line.heading and top and line.heading > top) or first_entry
        # Before any section, a heading below the name's ("## Teaching" under "# Ana Lopez") may start
        # one; it stays one if its entries read like roles (below), else it is the header's (a subtitle).
        below_name = bool(line.heading and any(0 < h.heading < line.heading for h in header))
        # Set as the known titles are, where the document sets only titles so ("Leadership & Academic Engagement"
        # in the bold 12-point of "Education" and "Skills"): a title of a kind of its own.
        looks_titled = bool(
            titles_look and titled and not line.item and _look(line) == titles_look and len(line.plain.split()) <= 6
        )
        if kind or (
            (sections or below_name)
            and (line.heading or short_caps or looks_titled)
            and not (nested or line.row)
            and not find_span(line.text)
        ):
            sections.append(_Section(kind, line))
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    for section in sections:
        if section.kind is None and _reads_like_roles(section.lines):
            section.kind = "experience"
            if section.title is not None and section.lines and find_span(section.lines[0].text):
                # Its dates come first: the heading was the role's own ("### Wine Buyer, In Fine Spirits"
                # under a "#### Work Experience" set smaller), not a section's title.
                section.lines.insert(0, replace(section.title, heading=0))
    # Sections of no kind before the first known one are the header's, as a subtitle and the contact
    # lines under it are ("Machine Learning and HPC" under the name).
    while sections and sections[0].kind is None:
        first = sections.pop(0)
        header += [first.title, *first.lines] if first.title else first.lines
    return header, sections


def _look(line: Line) -> tuple[float, bool, bool] | None:
    """How a PDF line is set: its size, bold or not, capitals or not; None where the size is unknown."""
    return (round(line.size, 1), line.bold, line.plain.isupper()) if line.size else None


def _titles_look(lines: list[Line]) -> tuple[float, bool, bool] | None:
    """How the section titles of a PDF that names them by its fonts alone are set: the one look that at least
    two lines naming a kind of section share, set larger than most of its lines and used by few other lines
    (a look that role titles share would start a section at every role)."""
    named = [_look(line) for line in lines if not line.item and len(line.plain.split()) <= 8 and kind_of(line.plain)]
    looks = {look for look in named if look is not None and named.count(look) >= 2}
    if len(looks) != 1:
        return None
    (look,) = looks
    sizes = [round(line.size, 1) for line in lines if line.size]
    body = max(set(sizes), key=sizes.count) if sizes else 0.0
    others = sum(1 for line in lines if _look(line) == look) - named.count(look)
    return look if look[0] > body and others <= named.count(look) else None


def _part_of_role(line: Line, section: _Section) -> bool:
    """Whether ``line`` heads a part of the role above it ("Achievements", "Key responsibilities") rather
    than a section: it names a part of a role, a dated role stands above it in a section of roles, and it
    is set below the section's title (a deeper heading, smaller, or not in capitals where the title is)."""
    title = section.title
    if section.kind not in ("experience", "volunteer", "projects") or not is_role_part(line.plain):
        return False
    if not any(find_span(other.text) for other in section.lines):
        return False
    return title is None or (
        bool(title.heading and (not line.heading or line.heading > title.heading))
        or (title.plain.isupper() and not line.plain.isupper())
        or title.size > line.size + 0.5
    )


def _reads_like_roles(lines: list[Line]) -> bool:
    """Whether a section's lines are entries of work: a line that is not a list item holds dates, and
    list items without dates follow it (talks or awards listed one per dated item are not)."""
    for n, line in enumerate(lines):
        if (
            not line.item
            and find_span(line.text)
            and any(later.item and not find_span(later.text) for later in lines[n + 1 :])
        ):
            return True
    return False


def _header(draft: Draft, lines: list[Line]) -> None:
    contact = draft.data["contact"]
    lines = [line for line in lines if normal_title(line.plain) not in ("curriculum vitae", "resume", "cv")]
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
        # A top heading written as a name is ("# cv-markdown" over "# Alexandre Roux" is the file's).
        ranked = sorted(names, key=lambda line: (not _written_as_name(line.plain), line.heading != 1))
        named = ranked[0]
        contact["name"] = named.plain
        lines = [line for line in lines if line is not named]
    _details(draft, lines, headline=True)


def _details(draft: Draft, lines: list[Line], *, headline: bool) -> None:
    """File the contact details of ``lines`` (the header's, or a "Contact details" section's); with
    ``headline``, the first few words that are none of them say who the person is."""
    # Symbols label what follows them (✉, 📞, 🛠) when each is used once; a PDF whose font had no
    # emoji shows one stand-in glyph for all of them, which labels nothing.
    symbols = [m.group(0) for line in lines for m in _SYMBOL.finditer(line.plain)]
    labelled = len(set(symbols)) == len(symbols)
    for line in lines:
        if headline and not line.row and _summary_line(line.plain) and not _holds_contact(line):
            # "Experienced operations manager with over 20 years …" under the name: the summary, untitled.
            summary = draft.data.get("summary")
            draft.data["summary"] = f"{summary} {line.marked}" if summary else line.marked
            continue
        pieces = _segments(line, labelled)
        if headline and not draft.data.get("headline") and len(pieces) > 1 and _one_headline(pieces):
            # "OPERATIONS MANAGER | CUSTOMER EXPERIENCE LEADER": what the person is, in two titles.
            draft.data["headline"] = line.plain
            continue
        for label, text in pieces:
            if _contact(draft, label, text):
                continue
            # A table of details ("Nationality | Slovak"), or a second e-mail address or phone: no headline.
            if line.row or _EMAIL.fullmatch(text) or _PHONE.fullmatch(text):
                draft.leftovers.append(text)
                continue
            # Not a house number's line ("2641 Barracks Road"), nor markup, nor a labelled detail ("LinkedIn:
            # Ana Lopez"): a few words saying who you are.
            if (
                headline
                and not draft.data.get("headline")
                and not (_CONTACT_LABEL.match(text) or _PERSONAL.match(text) or _WORK_TERMS.search(text))
                and len(text.split()) <= 15
                and not _MARKUP.search(text)
                and not text[:1].isdigit()
            ):
                draft.data["headline"] = text
            else:
                draft.leftovers.append(text)


def _summary_line(text: str) -> bool:
    """Whether a header line is an untitled summary: sentences of eight words or more in English (tailor reads
    English résumés; another language's lines are kept for the owner), not a quotation."""
    from tailor.posting.language import english_part

    if not text.endswith((".", "!")) or len(text.split()) < 8 or text.startswith(("“", '"', "‘", "„", "«")):
        return False
    english, words = english_part(text)  # its stop words English more than any other language's
    return english == words


def _holds_contact(line: Line) -> bool:
    """Whether ``line`` holds an e-mail address, a phone number or a web address."""
    return bool(_EMAIL.search(line.plain) or _PHONE.search(line.plain) or _URL.search(line.plain))


def _one_headline(pieces: list[tuple[str, str]]) -> bool:
    """Whether a header line's pieces together say what the person is: each a title ("Operations Manager |
    Customer Experience Leader"), none labelled by a symbol, and none a place or a labelled detail."""
    return all(
        not label
        and looks_like_title(text)
        and not (_is_location(text) or is_place(text) or _CONTACT_LABEL.match(text) or _PERSONAL.match(text))
        for label, text in pieces
    )


_NAME_THEN_CONTACT = re.compile(
    r"^([^\W\d][^@|,;:/\d]{2,50}?)\s+(?=[\w.+-]+@|\+?\(?\d[\d\s().-]{6,}\d|https?://|www\.)"
)
"""A line that opens with a few words and goes on with an e-mail address, a phone number or a web address."""
_NAME_THEN_MORE = re.compile(r"^(.{3,50}?)\s+[|·•—–]\s+\S")
"""A line that opens with a few words, then a bar, dot or dash and more."""
_LEADING_SEPARATOR = re.compile(r"^\s*[|·•—–]\s*")
_MARKUP = re.compile(r"[\[\]{}<>]")
"""Brackets and braces: markup a reader never sees, left where a line was a link or a template tag."""


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
    """Whether a header line may be its owner's name: a few words, no markup, address or template tag (a
    static site's "[Printable Resume]({{ '/cv' | relative_url }})" link is none)."""
    return 0 < len(text.split()) <= 6 and not _MARKUP.search(text) and not re.search(r"[@|]|https?:|www\.", text)


def normal_title(text: str) -> str:
    return re.sub(r"[^\w ]+", "", text.lower().replace("é", "e")).strip()


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
    pieces = re.split(f"({_SYMBOL.pattern}|{_FLAG.pattern})", columns)
    # A line holding an address, number or link separates its pieces with dashes too:
    # "2641 Barracks Road — Charlottesville, VA — (703) 507-2467".
    contact = _holds_contact(line)
    separators = r"\s+(?:\|\||[|·•—–])\s+|;\s+|\s+[|·•]$|\t" if contact else r"\s+[|·•]\s+|\s+[|·•]$|\t"
    for piece in pieces:
        if _SYMBOL.fullmatch(piece) or _FLAG.fullmatch(piece):
            label = piece if labelled else ""
            continue
        for part in re.split(separators, piece):
            # A web address ends where a space follows it: "https://…/adam/ United States Citizen" is two pieces.
            bits = [b for p in _CONTACT_TOKEN.split(part) for b in _WEB_ADDRESS.split(p) if b.strip()]
            for bit in bits:
                bit = bit.strip(" ,|")
                # "Email: ada@example.org", "Phone:" before its number: the label names what follows.
                if contact and (found := _CONTACT_LABEL.match(bit)):
                    bit = bit[found.end() :].strip()
                elif contact and (found := _BARE_LABEL.match(bit)):
                    # moderncv's "web ben.example.com e-mail ben@example.com phone 202.555.0138": no colons.
                    web = found.group(1).lower() in ("web", "homepage")
                    bit, label = bit[found.end() :].strip(), ("🌐" if web else label)
                elif contact and _CONTACT_LABEL.fullmatch(bit + ":"):
                    bit = ""  # "Web" in the column before its address names it, as "Web:" would
                if bit:
                    out.append((label, bit))
                    label = ""
    return out


def _contact(draft: Draft, label: str, text: str) -> bool:
    """File one header piece where it belongs; False when it is none of the contact details."""
    contact = draft.data["contact"]
    if _EMAIL.fullmatch(text) and not contact.get("email"):
        contact["email"] = text
    elif _PHONE.fullmatch(text) and not contact.get("phone"):
        contact["phone"] = text
    elif _URL.fullmatch(text) or (label and "🌐" in label):
        if _PROFILE.search(text) or not (_URL.match(text) or _DOMAIN.fullmatch(text)):
            contact.setdefault("profiles", []).append(text)
        elif not contact.get("website"):
            contact["website"] = text
        else:
            contact.setdefault("profiles", []).append(text)
    elif any(s in label for s in SKILL_SYMBOLS):
        draft.data.setdefault("skills", []).extend(_items(text))
    elif any(s in label for s in LANGUAGE_SYMBOLS):
        _languages(draft, [text])
    elif any(s in label for s in INTEREST_SYMBOLS):
        draft.data.setdefault("interests", []).extend(_items(text))
    elif _FLAG.fullmatch(label or "") and not contact.get("nationality"):
        contact["nationality"] = text
    elif (any(s in label for s in HOME_SYMBOLS) or _is_location(text)) and not contact.get("location"):
        contact["location"] = text
    else:
        return False
    return True


def _is_location(text: str) -> bool:
    """ "Lausanne, Switzerland", "Austin, TX": a known place last, and before it names that are no title,
    organisation or degree; a numeric postal code after the place ("Charlottesville, VA 22901") is part of it."""
    if "(" in text:  # "Synple Chem (Zurich, Switzerland)": an organisation with its place
        return False
    parts = [p.strip() for p in text.split(",")]
    parts[-1] = re.sub(r"\s+\d{4,6}(?:-\d{4})?$", "", parts[-1])
    others = [p for p in parts[:-1] if not is_place(p)]
    return (
        len(parts) <= 3
        and is_place(parts[-1])
        and all(len(p.split()) <= 3 and p[:1].isupper() for p in others)
        and not any(_words(p) & (TITLE_WORDS | ORGANISATION_WORDS | DEGREE_WORDS) for p in others)
    )


def _items(text: str) -> list[str]:
    """The items of a list written on one line, split at its commas, semicolons, bars and dots, except
    inside brackets ("Russian (B1-B2, current focus)" is one); a symbol before an item ("📊 Analytics") is
    decoration."""
    items = (_LEADING_SYMBOL.sub("", t).strip() for t in _ITEM_BREAK.split(text))
    return [t for t in items if t]


_LEADING_SYMBOL = re.compile(rf"^\s*(?:{_SYMBOL.pattern}|{_FLAG.pattern})\s*")


_ITEM_BREAK = re.compile(r"\s*[,;|•·]\s*(?![^()]*\))")


# --- roles and degrees ---------------------------------------------------------------------------


def is_qualifier(line: Line) -> bool:
    """A short line ending in a colon among a role's bullets ("As postdoc:"): the step of the role they belong
    to; or a line heading a part of the role ("Achievements", "Duties and responsibilities include:")."""
    if line.item or find_span(line.text):
        return False
    return (line.plain.endswith(":") and len(line.plain.split()) <= 8) or is_role_part(line.plain)


_CARRIES_ON = re.compile(r"(?:,|\b(?:and|or|of|in|with|the|a|an|to|for|on|at|by|from|as|that))$")
"""How a line that a sentence wraps past ends: a comma, or a word no sentence ends on."""


def _unwrapped(lines: list[Line]) -> list[Line]:
    """``lines`` with each sentence that a source wrapped over several lines (a description under a role's
    heading, hard-wrapped in a Markdown file) joined into one line. A line carries on into the next when
    the next starts in lower case or the line ends on a comma or a word no sentence ends on; the joined
    lines must end a sentence, and none may be a heading, bold, or hold dates."""
    out: list[Line] = []
    run: list[Line] = []

    def close() -> None:
        if len(run) > 1 and run[-1].plain.endswith((".", "!", "?")):
            out.append(
                replace(
                    run[0],
                    text=" ".join(line.text for line in run),
                    marked=" ".join(line.marked for line in run),
                )
            )
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        plain = line.plain
        joinable = bool(plain) and not (line.heading or line.bold or line.item or find_span(line.text))
        if run and joinable and (plain[:1].islower() or _CARRIES_ON.search(run[-1].plain)):
            run.append(line)
            continue
        close()
        if joinable:
            run.append(line)
        else:
            out.append(line)
    close()
    return out


def _entries(lines: list[Line]) -> list[_Entry]:
    """Lines grouped into entries, each anchored on its date span (see the module)."""
    blocks: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        body = blocks[-1][1] if blocks else []
        # Sentences under a part of the role ("Achievements", then a paragraph each) are its bullets too.
        in_part = bool(body) and not body[-1].item and is_sentence(line.plain) and not find_span(line.text)
        if (
            line.item
            or in_part
            or (is_qualifier(line) and blocks and (body or any(find_span(h.text) for h in blocks[-1][0])))
        ):
            if not blocks:
                blocks.append(([], []))
            blocks[-1][1].append(line)
        elif not blocks or blocks[-1][1] or _starts_entry(line, blocks[-1][0]):
            blocks.append(([line], []))
        else:
            blocks[-1][0].append(line)
    entries: list[_Entry] = []
    date_first: bool | None = None
    for heads, items in blocks:
        heads = _unwrapped(heads)
        spans = [find_span(line.text) for line in heads]
        anchors = [n for n, s in enumerate(spans) if s]
        # Under a heading, a line after the dates that ends a sentence is the role's description.
        led = bool(heads and heads[0].heading and len(anchors) == 1)
        prose = [
            line
            for n, (line, span) in enumerate(zip(heads, spans, strict=True))
            if not span
            and (
                is_sentence(line.plain)
                or (led and n > anchors[0] and _ends_sentence(line.plain))
                or (anchors and n > anchors[0] and _listed_line(line.plain))
            )
        ]
        titles = [n for n, line in enumerate(heads) if line not in prose]
        if not anchors:
            if entries and (prose or not titles):
                entries[-1].body += prose + items
            else:
                entries.append(_Entry([heads[n] for n in titles], None, prose + items))
            continue
        if date_first is None:
            date_first = anchors[0] == titles[0] if titles else True
        kept = [n for n in range(len(heads)) if n not in titles]  # the prose: its entry's description
        for k, anchor in enumerate(anchors):
            if date_first:  # the lines from a date on are its entry's (and any before the first date)
                upto = anchors[k + 1] if k + 1 < len(anchors) else len(heads)
                own = [n for n in range(len(heads)) if (anchor if k else -1) < n < upto or n == anchor]
            else:  # the lines up to a date are its entry's (and any after the last date)
                after = anchors[k - 1] if k else -1
                last = anchors[k + 1] if k + 1 < len(anchors) else len(heads)
                own = [
                    n for n in range(len(heads)) if after < n <= anchor or (k + 1 == len(anchors) and anchor < n < last)
                ]
            entries.append(_Entry([heads[n] for n in own if n in titles], spans[anchor]))
            entries[-1].body += [heads[n] for n in own if n in kept]
        entries[-1].body += items
    for entry in entries:
        _take_qualifiers(entry)
        entry.paragraphs = sum(not line.item for line in entry.body)
    return entries


_LISTED = re.compile(r"\s+[|•·]\s+")


def _listed_line(text: str) -> bool:
    """A line under a role's dates listing what the work used, three short items or more between bars or dots
    ("Kotlin | Postgres | Kafka"): a line of the role's description, not its title, employer or place."""
    cells = _LISTED.split(text)
    return len(cells) >= 3 and not any(
        len(cell.split()) > 4 or is_place(cell) or looks_like_title(cell) or looks_like_organisation(cell)
        for cell in cells
    )


def _starts_entry(line: Line, before: list[Line]) -> bool:
    """Whether a heading starts the next entry after the lines ``before`` it, list items or none between
    ("- ### Lead Programmer" after a dated "- ### Senior Programmer"): they are dated, and it is not
    their sub-heading ("#### William Monroe Middle School" under "### Teacher (2013–2014)")."""
    levels = [other.heading for other in before if other.heading]
    return bool(line.heading and any(find_span(other.text) for other in before)) and (
        not levels or line.heading <= levels[0]
    )


def _ends_sentence(text: str) -> bool:
    """A line of three words or more that ends a sentence, not an abbreviation ("Acme Co.")."""
    words = text.split()
    return len(words) >= 3 and text.endswith((".", "!")) and words[-1].lower() not in ORGANISATION_WORDS


def _take_qualifiers(entry: _Entry) -> None:
    """Qualifier lines out of the body, each remembered over the bullets that follow it."""
    body: list[Line] = []
    current = ""
    for line in entry.body:
        if is_qualifier(line):
            # A part of the role ("Achievements") says what kind of bullets follow, not a step of the role.
            current = "" if is_role_part(line.plain) else line.plain.rstrip(":").strip()
            continue
        if current:
            entry.qualifiers[len(body)] = current
        body.append(line)
    entry.body = body


def _parts(entry: _Entry) -> list[str]:
    """The entry's header words in pieces: its columns, and what dashes, ``@``, " at " and full stops set
    apart ("Senior Research Fellow. School of Mathematics, University of Sydney.")."""
    parts: list[str] = []
    span = entry.span
    texts = [span.rest if span and find_span(line.text) == span else _emphasis_apart(line) for line in entry.header]
    texts = [text for text in texts if text.strip()]
    for n, text in enumerate(texts):
        for cell in _CELLS.split(text):
            # Full stops part the pieces of a line written as sentences, which ends with one too.
            sentences = cell.rstrip().endswith(".")
            pieces = [q for p in _separated(cell) for q in (_SENTENCE_BREAK.split(p) if sentences else [p])]
            others = texts[:n] + texts[n + 1 :]
            if others and len(pieces) == 2 and _specialised(pieces, others):
                pieces = [cell]  # "Office Assistant – Market Research" beside its employer's line: one title
            if _CELL_SPAN.match(cell.strip(" ,;")):
                pieces = [cell]  # more dates ("October 2002 – November 2017, July 2022 – present"): one piece
            parts += [piece for p in pieces if (piece := _trim(p))]
    return parts


_FIELD_WORDS = """research technology technologies systems solutions services software networks health capital
    ventures consulting project partners"""
_NAMING_ORGANISATION = ORGANISATION_WORDS - frozenset(_FIELD_WORDS.split())
"""The organisation words that are no field of work too ("Centre", "Ltd"; not "Research", "Systems")."""


_EMPHASIS_THEN_PLACE = re.compile(r"^(\*{1,2})(?P<emphasis>[^*]+)\1\s+(?P<rest>[^*]+)$")


def _emphasis_apart(line: Line) -> str:
    """A line's text, with an italic or bold title set apart from a place after it in plain type, which a
    PDF reader runs into it ("*Council Representative* Warsaw, Poland", the place at the right margin)."""
    found = _EMPHASIS_THEN_PLACE.match(line.marked)
    if found and (_is_location(found.group("rest")) or is_place(found.group("rest"))):
        return f"{found.group('emphasis').strip()}\t{found.group('rest').strip()}"
    return line.text


def _specialised(pieces: list[str], others: list[str]) -> bool:
    """Whether a title line's two dashed pieces are a title and what it specialised in ("Office Assistant –
    Market Research"), the employer standing on a line of its own: the first piece reads as a title, the
    second as neither a title, an organisation nor a place, and another line of the role names an
    organisation."""
    title, more = pieces
    return (
        looks_like_title(title)
        and not (looks_like_title(more) or _words(more) & _NAMING_ORGANISATION or is_place(more) or _is_location(more))
        and any(looks_like_organisation(text) and not _is_location(text) for text in others)
    )


def _separated(cell: str) -> list[str]:
    """``cell`` split at its dashes, "@" and " at ", except an " at " inside an organisation's name ("University
    of Texas at Tyler"): one that follows words naming an organisation and no job title."""
    found = _SEPARATORS.split(cell)
    pieces = [found[0]]
    for separator, piece in zip(found[1::2], found[2::2], strict=True):
        before = pieces[-1].rsplit(",", 1)[-1]  # "Research Assistant, University of Texas" at …
        if separator.strip() == "at" and looks_like_organisation(before) and not looks_like_title(before):
            pieces[-1] += separator + piece
        else:
            pieces.append(piece)
    return pieces


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{4})\.\s+(?=[A-Z])")
"""A full stop after a word (not an abbreviation such as "Sr." or "Inc.") and before a capital."""


_GLYPHS = "•●▪■◦‣➢➤►▶▸▹❖◆◇"
"""Glyphs that are only ever bullets or ornaments, never a word's first letter."""


def _trim(text: str) -> str:
    """``text`` without the spaces and punctuation around it, a bullet glyph set against its first word
    ("•University of Warsaw"), and a bracket only when it has no partner."""
    text = text.strip(" ,;:").lstrip(_GLYPHS)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    if text.count("(") < text.count(")") and text.endswith(")"):
        text = text[:-1]
    if text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:]
    text = text.strip(" ,;:")
    # A sentence's full stop ("…, New Zealand."), not an abbreviation's ("Acme Inc.", "Co.").
    return text[:-1] if text.endswith(".") and len(text.split()[-1]) > 5 else text


_OUTSIDE_BRACKETS_COMMA = re.compile(r",(?![^()]*\))")
"""A comma that is not inside brackets: "Synple Chem (Zurich, Switzerland)" is one piece."""


def _commas(text: str) -> list[str]:
    """``text`` split at its commas, except those inside brackets."""
    return _OUTSIDE_BRACKETS_COMMA.split(text)


def _split_commas(text: str, first_words: frozenset[str], org: Any) -> tuple[str, str, str]:
    """``Title, Employer, City, Country`` → (title, employer, location)."""
    pieces = [p.strip() for p in _commas(text) if p.strip()]
    place_from = len(pieces)
    while place_from > 2 and is_place(pieces[place_from - 1]):
        place_from -= 1
    # A city just before a country or state: "Cambridge, UK", when an employer is still left.
    city = pieces[place_from - 1] if place_from > 2 else ""
    if place_from < len(pieces) and city and not org(city) and len(city.split()) <= 3 and not city.isupper():
        place_from -= 1
    first = 1
    while first < place_from - 1 and not (_words(pieces[first]) & ORGANISATION_WORDS or org(pieces[first])):
        if _words(pieces[first]) & first_words:
            first += 1
        else:
            break
    return ", ".join(pieces[:first]), ", ".join(pieces[first:place_from]), ", ".join(pieces[place_from:])


def _peel_places(part: str) -> tuple[str, str]:
    """``Fleet Data Co, Manchester, UK`` → (``Fleet Data Co``, ``Manchester, UK``): the places a piece ends with."""
    pieces = [p.strip() for p in _commas(part)]
    cut = len(pieces)
    while cut > 1 and (is_place(pieces[cut - 1]) or is_city_and_code(pieces[cut - 1])):
        cut -= 1
    if cut < len(pieces) and cut > 1 and _is_location(", ".join(pieces[cut - 1 :])):
        cut -= 1  # the city before the country
    return ", ".join(pieces[:cut]), ", ".join(pieces[cut:])


def _place_apart(piece: str, parts: list[str]) -> list[str]:
    """``piece`` and the city it ends with as two pieces, when it is one name and a city with its code
    ("UnCruise Adventures, Seattle WA"), or the city alone (" Seattle WA" of a line of its own)."""
    found = _commas(piece)
    if len(found) == 2 and is_city_and_code(found[1].strip()):
        return [found[0].strip(), found[1].strip()]
    return [piece]


_OPENS_WITH_DATE = re.compile(
    rf"^[(\[]?(?:{_MONTH}\s*\d{{4}}|{_SEASON}\s+\d{{4}}|\d{{1,2}}[/.-]\d{{4}}|(?:19|20)\d{{2}}\b)", re.IGNORECASE
)
_FULL_STOP = re.compile(r"\.\s+(?=[A-Z])")


_EMPLOYMENT_TERMS = re.compile(
    r"^(?:permanent|fixed[- ]term|temporary|seasonal|casual|full[- ]time|part[- ]time|contract|"
    r"co-?op)(?:\s+(?:full[- ]time|part[- ]time|contract|role|position|positions|"
    r"co-?op|basis|employment))*\b(?:\s*\([^)]*\)?)?$",
    re.IGNORECASE,
)
"""A header piece that says how the work was held ("Fixed-Term Contract (Concurrent)", "Part-time",
"Full-time co-op positions"): neither the title nor the employer."""


def _one_line_roles(entries: list[_Entry]) -> list[_Entry]:
    """``entries``, with a list of roles written one to an item ("2015 – 2018. Senior Research Fellow.
    School of Mathematics, University of Sydney.") as one role per item: each item's dates are its
    own, its sentences the pieces of its title, employer and place."""
    out: list[_Entry] = []
    for entry in entries:
        spans = [find_span(line.text) for line in entry.body]
        if entry.header or entry.span or not entry.body or not all(line.item for line in entry.body):
            out.append(entry)
        elif all(
            span is not None and _OPENS_WITH_DATE.match(line.plain)
            for line, span in zip(entry.body, spans, strict=True)
        ):
            for line, span in zip(entry.body, spans, strict=True):
                assert span is not None
                rest = "\t".join(p.strip(" .") for p in _FULL_STOP.split(span.rest) if p.strip(" ."))
                out.append(_Entry([replace(line, text=rest, marked=rest, item=False)], span))
        else:
            out.append(entry)
    return out


def _held(entry: _Entry, role: str, employer: str, location: str) -> tuple[str, str, Span] | None:
    """The employer, place and years of a dated line that names only where the work was, over the first of
    the titles held there ("Shift4 | Allentown, PA | 2010 – 2023" / "Senior Manager"); None for a role's own line."""
    if entry.span is None or len(entry.header) != 2 or not (role and employer):
        return None
    dated, title = entry.header
    if find_span(dated.text) != entry.span or not looks_like_title(title.plain) or looks_like_title(entry.span.rest):
        return None
    return (employer, location, entry.span) if _employer_line(employer, location) else None


def _employer_line(employer: str, location: str) -> bool:
    """Whether a heading over titles names an employer (an organisation's word, or a place beside it),
    not a kind of entry ("Technical Projects", "Fellowships & Grants")."""
    last = location.rpartition(",")[2].strip()
    return looks_like_organisation(employer) or bool(last and (is_place(last) or is_city_and_code(last)))


def _undated_heading(line: Line) -> bool:
    """A heading, or a bold line, without dates: the employer over the titles held there."""
    return bool(line.heading or line.bold) and find_span(line.text) is None


def _joined_titles(titles: list[str], text: str) -> str:
    """The titles of one role as the header writes them together ("Production Planner - Shipping
    Coordinator"); the first alone when the header does not hold them in that order."""
    start = text.find(titles[0])
    end = text.find(titles[-1], start + len(titles[0])) if start >= 0 else -1
    return text[start : end + len(titles[-1])] if end >= 0 else titles[0]


def _title_halves(part: str) -> list[str]:
    """A piece that holds a title and an employer parted by a slash or a colon ("Community Manager / URPS",
    "CAIS Group: Senior Backend Developer"), as two pieces, when only one half reads as a title."""
    halves = _SLASHED.split(part)
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


def _role_fields(parts: list[str], text: str = "") -> tuple[str, str, str, bool]:
    """(role, employer, location, sure) from a role's header pieces, and the header's ``text`` they came from."""
    location = ", ".join(p for p in parts if _is_location(p) or is_place(p))
    rest = [p for p in parts if not (_is_location(p) or is_place(p))]
    rest = [p for piece in rest for p in _place_apart(piece, parts)]
    location = ", ".join(x for x in (location, *(p for p in rest if is_city_and_code(p))) if x)
    rest = [p for p in rest if not is_city_and_code(p)]
    if len(rest) == 1:
        # "Community Manager / URPS": a title and an employer, when only one half reads as a title
        # ("Developer / Designer" is two titles of one role).
        rest = _title_halves(rest[0])
    if len(rest) == 1 and "," in rest[0]:
        role, employer, place = _split_commas(rest[0], TITLE_WORDS, looks_like_organisation)
        return role, employer, ", ".join(x for x in (place, location) if x), looks_like_title(role)
    if len(rest) > 1:
        peeled = [_peel_places(p) for p in rest]
        rest = [head for head, _ in peeled]
        location = ", ".join(x for x in (location, *(places for _, places in peeled)) if x)
    titles = [p for p in rest if looks_like_title(p) and not looks_like_organisation(p)]
    if len(titles) == len(rest) >= 1 and location and (employed := _peel_places(location))[0] and employed[1]:
        # "Superior Metals, Chittenago, NY — Production Planner - Shipping Coordinator": every piece but the
        # place is a title, so the place's first piece is the employer, and the titles are one role.
        return _joined_titles(titles, text), employed[0], employed[1], False
    sure = bool(titles)
    if not titles:
        # "Senior Software Engineer — Ringtail Technology": both pieces read like an organisation's
        # name ("Software", "Technology"), but only one like a title; that one is the title.
        loose = [p for p in rest if looks_like_title(p)]
        titles = loose if len(loose) < len(rest) else []
    role = titles[0] if titles else (rest[0] if len(rest) > 1 else "")
    others = [p for p in rest if p != role]
    orgs = [p for p in others if p not in titles]
    employer = (orgs or others or [""])[0]
    extra = [p for p in others if p != employer]
    sure = sure and len(rest) == 2 and not extra
    # Beyond the title and the employer, a few words that name neither are where the work was
    # ("*08/2014 – 12/2014* | Saint-Petersburg", "· Ciudad de México, MX"); anything else stays
    # with the employer, for the owner to check.
    places = [
        p
        for p in extra
        if len(p.split()) <= 4 and ":" not in p and not (looks_like_title(p) or looks_like_organisation(p))
    ]
    location = ", ".join(x for x in (location, *places) if x)
    extra = [p for p in extra if p not in places]
    if extra:
        employer = ", ".join([employer, *extra])
    return role, employer, location, sure


_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("role", "title", "job title", "position", "job", "designation", "degree", "qualification", "course"),
    "organisation": (
        "company", "employer", "organisation", "organization", "client", "institution", "school", "university",
    ),
    "dates": ("period", "dates", "date", "years", "year", "when", "duration", "time", "from to"),
    "location": ("location", "place", "city", "country", "where"),
    "details": ("description", "responsibilities", "details", "summary", "achievements", "highlights", "notes"),
}  # fmt: skip
"""What the columns of a table of roles or degrees hold, by the names their header gives them."""
_COLUMN_OF = {name: column for column, names in _COLUMNS.items() for name in names}


def _table_entries(lines: list[Line]) -> tuple[list[_Entry], list[Line]]:
    """The rows of each table whose header row names its columns ("Period | Company | Role"), as entries that
    know their fields; and the section's other lines. A row whose cells do not line up with the header's
    (an empty cell, a cell split in two) is left with the other lines, to be read as any line is."""
    entries: list[_Entry] = []
    rest: list[Line] = []
    columns: list[str | None] | None = None
    for line in lines:
        cells = line.text.split("\t")
        if line.row == 1:
            names = [_COLUMN_OF.get(normal_title(cell)) for cell in cells]
            columns = names if len({n for n in names if n}) >= 2 else None
            if columns is None:
                rest.append(line)
            continue
        if not (line.row == 2 and columns is not None and len(cells) == len(columns)):
            columns = None if not line.row else columns
            rest.append(line)
            continue
        value = {column: cell for column, cell in zip(columns, cells, strict=True) if column}
        span = find_span(value.get("dates", ""))
        details = [cell for column, cell in zip(columns, line.marked.split("\t"), strict=False) if column == "details"]
        entry = _Entry([replace(line, row=0)], span, [Line(d, d, item=True) for d in details if d.strip()])
        entry.fields = (value.get("title", ""), value.get("organisation", ""), value.get("location", ""))
        entries.append(entry)
    return entries, rest


def _roles(draft: Draft, section: _Section, ids: set[str]) -> None:
    experience = draft.data.setdefault("experience", [])
    tabled, lines = _table_entries(section.lines)
    group: tuple[str, str] | None = None  # the employer and place a heading set over several titles
    held: tuple[str, str, Span] | None = None  # the same with the years there ("Shift4 | Allentown, PA | 2010 – 2023")
    for entry in tabled + _one_line_roles(_entries(lines)):
        header = " ".join(line.plain for line in entry.header)
        parts = _parts(entry)
        # "Fixed-Term Contract", "Part-time": how the work was held, no employer; kept for the owner to place.
        terms = [p for p in parts if _EMPLOYMENT_TERMS.match(p)]
        draft.leftovers += terms
        # "October 2002–November 2017, July 2022–present": a role held twice; the later dates stand, the earlier
        # are kept for the owner (a role has one span).
        own = (entry.span.start, entry.span.end) if entry.span else None
        earlier = [p for p in parts if _CELL_SPAN.match(p) and (at := find_span(p)) and (at.start, at.end) != own]
        draft.leftovers += [f"Also held ({header}): {p}" for p in earlier]
        parts = [p for p in parts if p not in terms and p not in earlier]
        role, employer, location, sure = (*entry.fields, True) if entry.fields else _role_fields(parts, header)
        if entry.header and _undated_heading(entry.header[0]) and len(entry.header) > 1:
            # Set larger than the title under it (a PDF's "ProPublica" over its titles), or naming an employer.
            named = entry.header[0].size > entry.header[1].size + 0.5 or _employer_line(employer, location)
            group = (employer, location) if employer and role and named else None
        elif group and entry.header and not (role and employer):
            # "Good Shepherd Rehabilitation Network, Bethlehem, PA" over two titles with their dates: the
            # second title's employer is the heading's too.
            role = role or employer
            employer, place = group
            location, sure = location or place, looks_like_title(role)
        span = entry.span
        if span is not None:
            held = _held(entry, role, employer, location)
        elif held and len(entry.header) == 1 and looks_like_title(entry.header[0].plain):
            # A title with its bullets under the title that followed a dated employer line: held there too.
            role, (employer, location, span), sure = entry.header[0].plain, held, True
            draft.note(("experience", len(experience)), f"the years at {employer}, {span.start} – {span.end}: check "
                       "when this title was held")  # fmt: skip
        headless = not (entry.header or entry.span) and section.title is not None
        if headless:
            # A list with no line over it ("## Projects" then "- **Sommos**: a platform …"): the
            # section's title is the one line the CV gives it, and stands as its role line.
            role = section.title.plain
        if not (role and employer) and section.kind == "projects" and entry.header:
            draft.leftovers += [f"Project: {' '.join(line.plain for line in entry.header)}"]
            draft.leftovers += [line.plain for line in entry.body]
            continue
        start, end = (span.start, span.end) if span else (None, None)
        if span and span.single:
            end = start  # "Delegate, March 2019": held then, not since then
        exp_id = unique(slug(employer or role) or f"role-{len(experience) + 1}", ids)
        bullets = [
            {"id": unique(f"{exp_id}-{n}", ids), "text": b.marked, "role": entry.qualifiers.get(n - 1)}
            for n, b in enumerate(entry.body, 1)
        ]
        experience.append(
            {
                "id": exp_id,
                "employer": employer,
                "role": role,
                "location": location,
                "start": start,
                "end": end,
                "bullets": bullets,
            }
        )
        where: tuple[str | int, ...] = ("experience", len(experience) - 1)
        header = " / ".join(line.plain for line in entry.header)
        if headless:
            draft.note(where, f"a list with no role line over it: the section's title '{role}' stands as its role")
        elif not role or not employer:
            draft.note(where, f"could not tell the title and the employer apart in '{header}': fill in both")
        elif not sure:
            draft.note((*where, "role"), f"title, employer and place read from '{header}': check which is which")
        if span is None:
            draft.note(where, "no dates found for this role: add its start (and end)")
        elif span.single:
            draft.note(where, f"one date, {start}, read as when the role was held: if it goes on, make its end present")
        if entry.paragraphs:
            draft.note((*where, "bullets"), "some bullets were paragraphs, not list items: check each is one claim")
        steps = [found[0].strip(": ") for b in entry.body if (found := _QUALIFIER.match(b.plain))]
        if steps:
            draft.note(
                (*where, "bullets"),
                f"{len(steps)} bullets open with a step of the role ('{steps[0]}'): move it to the bullets' `role`, "
                "and tailor prints it over them",
            )
        if any(len(_SENTENCE_END.split(b.plain)) >= 3 for b in entry.body):
            draft.note((*where, "bullets"), "some bullets hold several sentences: one claim per bullet ranks better")


def _degrees(draft: Draft, section: _Section) -> None:
    education = draft.data.setdefault("education", [])
    tabled, lines = _table_entries(section.lines)
    entries = tabled + _degree_entries(lines)
    all_parts = [[] if entry.fields else _parts(entry) for entry in entries]
    degrees_named = any(_is_degree(p) for parts in all_parts for p in parts)
    for entry, parts in zip(entries, all_parts, strict=True):
        if len(parts) == 1 and ": " in parts[0] and _is_institution(parts[0].rpartition(": ")[2]):
            parts = list(parts[0].rpartition(": ")[::2])  # "BSc Computer Science (2:1): University of Greenwich"
        if (
            parts
            and not entry.body
            and not any(_is_degree(p) or _is_institution(p) for p in parts)
            and (degrees_named or any(_CERTIFICATE.search(p) for p in parts))
        ):
            # "Microsoft Certified Application Developer" under "Qualifications", below a degree: a certificate.
            named = [p for p in parts if _CERTIFICATE.search(p)] or parts
            going = entry.span is not None and (entry.span.open or (entry.span.end and dates.is_open(entry.span.end)))
            found = draft.data.setdefault("certificates", [])
            found.append(
                {
                    "name": named[0],
                    "issuer": ", ".join(p for p in parts if p != named[0]),
                    "date": None if going or not entry.span else entry.span.end or entry.span.start,
                }
            )
            if going and entry.span:
                draft.note(("certificates", len(found) - 1), f"under way since {entry.span.start}: date it once held")
            continue
        graded = [found.group(1).strip() for p in parts if (found := _GRADE.match(p))]
        parts = [p for p in parts if not _GRADE.match(p)]
        location = ", ".join(p for p in parts if is_place(p) or _is_location(p))
        rest = [p for p in parts if not (is_place(p) or _is_location(p))]
        if entry.fields:
            degree, institution, location = entry.fields
        elif len(rest) == 1 and "," in rest[0]:
            degree, institution, place = _split_commas(rest[0], DEGREE_WORDS, _is_institution)
            location = ", ".join(x for x in (place, location) if x)
        else:
            degrees = [p for p in rest if _is_degree(p) and not _is_institution(p)]
            degree = degrees[0] if degrees else (rest[0] if rest else "")
            institution = ", ".join(p for p in rest if p != degree)
            if not location and degrees:  # "SUNY Polytechnic, Utica, NY — B.S. Computer Science"
                institution, location = _peel_places(institution)
        grade, details = (graded[0] if graded else None), []
        for line in entry.body:
            found = _GRADE.match(line.marked)
            if found and grade is None:
                grade = found.group(1).strip()
                line_text = line.marked[found.end() :].strip()
            else:
                line_text = line.marked
            if line_text:
                details.append(line_text)
        # One date on a degree is when it was awarded, not a start still running ("May 2019" alone).
        start, end = (entry.span.start, entry.span.end) if entry.span else (None, None)
        if entry.span and entry.span.single:
            start, end = None, start
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


_YEAR_AT_END = re.compile(r"[,(]\s*((?:19|20)\d{2})\)?\s*$")
"""A year closing a one-line degree ("…, University of Waterloo, 2026"): when it was awarded."""


def _degree_entries(lines: list[Line]) -> list[_Entry]:
    """A section's degrees. A list of one-line items ("- Ph.D. in Computer Science, University of Waterloo,
    2026") is one degree per item, a year at its end its date; any other layout reads as roles do."""
    if not lines or not all(line.item for line in lines):
        # Items with no line over them are one-line degrees too (an institution may stand under them).
        entries: list[_Entry] = []
        for entry in _entries(lines):
            headless = not entry.header and entry.span is None and entry.body and all(b.item for b in entry.body)
            entries += _one_line_degrees(entry.body) if headless else [entry]
        return entries
    return _one_line_degrees(lines)


def _one_line_degrees(lines: list[Line]) -> list[_Entry]:
    entries = []
    for line in lines:
        span = find_span(line.text)
        if span is None and (found := _YEAR_AT_END.search(line.text)):
            span = Span(None, found.group(1), line.text[: found.start()].strip(" ,"))
        entries.append(_Entry([replace(line, text=span.rest if span else line.text, item=False)], span))
    return entries


_CERTIFICATE = re.compile(r"certif|licen[cs]e|course|training", re.IGNORECASE)
_AMOUNT = re.compile(r"[$€£¥]?\s?\d{1,3}(?:[,.\s]\d{3})+(?:\.\d{2})?|[$€£¥]\s?\d+")
"""A sum of money ("355,500", "$7,500", "€ 12 300")."""
_AWARD = re.compile(r"award|prize|grant\b|fellowship|scholarship|medal|honou?r", re.IGNORECASE)
_COLUMN_WORDS = frozenset("title body year date name value amount award prize grant issuer organisation".split())  # noqa: SIM905


def _column_name(cell: str) -> bool:
    """Whether a table cell names a column of credentials ("Title and Body", "Year", "Value (A$)")."""
    words = set(re.sub(r"\(.*?\)", "", cell).lower().replace("and", " ").split())
    return bool(words) and words <= _COLUMN_WORDS


def _names_credential(text: str) -> bool:
    """Whether ``text`` reads as a credential's own name ("Registered Nurse", "AWS Certified Developer")
    rather than who issued it ("NASA", "HTW Dresden, Germany")."""
    return bool(_CERTIFICATE.search(text) or _AWARD.search(text)) or looks_like_title(text)


def _is_degree(text: str) -> bool:
    """Whether ``text`` names a degree, its abbreviation written with or without full stops ("B.S", "BSc")."""
    words = _words(text)
    return bool((words | {w.replace(".", "") for w in words}) & DEGREE_WORDS)


def _is_institution(text: str) -> bool:
    return bool(
        re.search(r"universit|college|school|institut|polytechn|academy|hochschule|école|escola|ETH\b", text, re.I)
    )


# --- the other sections --------------------------------------------------------------------------


def _publications(draft: Draft, section: _Section, ids: set[str]) -> None:
    publications = draft.data.setdefault("publications", [])
    links = [link for link in (section.title.links if section.title else ()) if link.startswith("http")]
    if links:
        draft.data["publications_link"] = links[0]
    for text in _joined(section.lines):
        if (link := _URL.search(text)) and len(text.split()) <= 4:  # "Full list: https://…"
            draft.data.setdefault("publications_link", link.group(0))
            continue
        year = ""
        text = _ENUMERATOR.sub("", text)  # "30. Usui, T. … 2021.", "[12] …": the list's numbering
        cited = _citation(text)
        if cited is not None:
            # "Keeling, P.J. & Lee, A. (2026). A title. A venue.": no field holds the authors; kept as a comment.
            title, _, venue = _SENTENCE_END.split(cited.group("rest"), maxsplit=1)[0], "", ""
            venue = cited.group("rest")[len(title) :].strip(" .")
            title = title.rstrip(".")
            draft.leftovers.append(f"Authors of '{title}': {cited.group('authors')}")
            year = cited.groupdict().get("year") or ""
            publications.append(
                {"id": unique("-".join(x for x in ("pub", year, slug(title, 24)) if x), ids), "year": year,
                 "title": title, "venue": venue}
            )  # fmt: skip
            if not year:
                draft.note(("publications", len(publications) - 1), "no year found: add it")
            continue
        if found := re.match(r"^((?:19|20)\d{2})\b[.:)]?\s*(?:[—–-]\s+)?", text):
            year, text = found.group(1), text[found.end() :]
        elif found := re.search(r"\(((?:19|20)\d{2})\)\.?|,?\s*((?:19|20)\d{2})\.?$", text):
            year = found.group(1) or found.group(2)
            text = (text[: found.start()] + text[found.end() :]).strip(" ,")
        title, venue = _title_and_venue(text)
        publications.append(
            {
                "id": unique("-".join(x for x in ("pub", year, slug(title, 24)) if x), ids),
                "year": year,
                "title": title,
                "venue": venue,
            }
        )
        if not year:
            draft.note(("publications", len(publications) - 1), "no year found: add it")
    if publications:
        draft.note(
            ("publications",),
            "each title and venue were split after the quoted title, after the authors and year, or at the first "
            "comma: check them",
        )


_AUTHOR_YEAR = re.compile(
    r"^(?P<authors>[^()]{2,300}?[\w.])\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]{1,20})?\)[.:,]?\s+(?P<rest>\S.+)$"
)
"""A citation in author–year style (APA, Harvard): the authors, the year in brackets, then the title and
the venue ("Bonacolta, A.M. & Keeling, P.J. (2026) Modern microbialites …. Environmental Microbiome.")."""
_AUTHOR_BARE_YEAR = re.compile(r"^(?P<authors>.{2,600}?\b[A-Z]\.)\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?P<rest>\S.+)$")
"""The same with the year after the authors and no brackets, as the life sciences write it ("Senior, A.M. &
Nakagawa, S. 2020. A title. A journal."): the last author's initial right before the year."""
_AUTHORS_NO_YEAR = re.compile(r"^(?P<authors>.{2,600}\b[A-Z]\.)\s+(?P<rest>(?:[A-Z][\w-]|[“\"]).+)$")
"""A citation of work in press or submitted: the authors, their last initial, then the title ("Tan, J. &
Macia, L. Dietary protein increases …. Nature Communications.")."""
_ENUMERATOR = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
"""The number a numbered list of publications gives each ("30. ", "[12] ", "3) ")."""
_AUTHORS = re.compile(r"\b[A-Z]\.|\bet al\b|&|\band\b|,")
"""What a list of authors has and a title seldom does: initials, "et al.", "&", "and", commas."""
_QUOTED_TITLE = re.compile(r"^[\"“](?P<title>[^\"”]+?)[,.]?[\"”][,.]?\s*(?P<venue>.*)$")
"""A title in quotation marks, as citation styles write it ("“A Title,” Venue"), and what follows it."""


def _citation(text: str) -> re.Match[str] | None:
    """``text`` read as a citation that opens with its authors (author–year style, or the authors alone),
    or None: the authors must read as a list of names ("Usui, T., Macleod, M.R. & Senior, A.M.")."""
    for pattern in (_AUTHOR_YEAR, _AUTHOR_BARE_YEAR, _AUTHORS_NO_YEAR):
        found = pattern.match(text)
        if found and _AUTHORS.search(found.group("authors")) and (pattern is _AUTHOR_YEAR or _names(found)):
            return found
    return None


def _names(found: re.Match[str]) -> bool:
    """Whether a citation's authors are only names: each between commas, "&" or "and" a few words at most."""
    return all(len(name.split()) <= 4 for name in re.split(r",|&|\band\b", found.group("authors")))


def _title_and_venue(text: str) -> tuple[str, str]:
    """A publication's title and venue: the quoted title and the rest, or the text split at its first comma."""
    if found := _QUOTED_TITLE.match(text):
        return found.group("title"), found.group("venue").strip(" ,.")
    title, _, venue = text.partition(", ")
    return title, venue


def _joined(lines: list[Line]) -> list[str]:
    """The lines of a list whose entries start with a year, each entry's wrapped lines joined to it."""
    if not lines or not all(_STARTS_WITH_YEAR.match(line.plain) for line in lines[:1]):
        return [line.plain for line in lines]
    out: list[str] = []
    for line in lines:
        if out and not _STARTS_WITH_YEAR.match(line.plain) and not _URL.match(line.plain.split(": ")[-1]):
            glue = "" if out[-1].endswith("-") else " "
            out[-1] += glue + line.plain
        else:
            out.append(line.plain)
    return out


def _list(draft: Draft, kind: str, lines: list[Line]) -> None:
    found = draft.data.setdefault(kind, [])
    labelled = False
    group = ""  # the label on a line of its own over the lines that follow ("Natural Languages:")
    for line in lines:
        text = line.plain
        cells = line.text.split("\t")
        if _PERSONAL.match(text):  # "Driving licence: B" among the skills: no skill
            draft.leftovers.append(text)
            continue
        if line.row == 1 and not any("," in cell for cell in cells):
            continue  # a table's header ("Area | Technologies"), unless the table's first row is in it
        if not line.row and text.endswith(":") and len(text.split()) <= 5:
            group, labelled = text.rstrip(": "), True
            continue
        label = group
        if line.row and len(cells) > 1:  # "Databases | MySQL, PDO": a label, then the items
            text, labelled = ", ".join(cells[1:]), True
        elif found_label := _LABEL.match(text) or _BOLD_LABEL.match(line.marked):
            label = _plain_label(found_label.group(1))
            text, labelled = text[len(label) :].lstrip(" -–—:"), True
            if found_label.re is _LABEL:
                text = line.plain[found_label.end() :]
        if labelled and text.count(",") >= 2:
            # "C#, Kotlin, SQL - Other: Scala, Haskell": a group's items, then the next group's under its label.
            text = ", ".join(_SUB_LABEL.sub("", piece) for piece in _GROUP_BREAK.split(text))
        if label and kind == "skills" and _spoken(label, _items(text)):
            _languages(draft, [text])  # "Languages: English, Hindi" among the skills
            continue
        found += [item for item in _items(text) if item not in found]
    if labelled:
        draft.note((kind,), "labels such as 'Languages:' were left out: tailor lists skills without them")


_BOLD_LABEL = re.compile(r"^\*\*([^*]{2,40})\*\*\s*[-–—:]\s+(?=\S)")
"""A label set in bold before a list of skills, with a dash or a colon ("**Tools & CI/CD** - Github Actions, …")."""
_GROUP_BREAK = re.compile(r"\s+[-–—]\s+")
_SUB_LABEL = re.compile(r"^\**[A-Z][\w &/+-]{1,30}\**:\s+")


def _plain_label(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def _spoken(label: str, items: list[str]) -> bool:
    """Whether a labelled line of skills lists the languages someone speaks: its label names languages, not
    programming ones, and none of its items is a skill tailor knows ("Languages: PHP, Go" are skills)."""
    from tailor.lexicon import bundled_lexicon

    if kind_of(label) != "languages" or "programming" in label.lower():
        return False
    known = bundled_lexicon().names
    return not any(_LEVEL.split(item)[0].lower() in known for item in items)  # "Python (Advanced)"


_LEVEL = re.compile(r"\s*[(:–—]\s*|\s+-\s+")
"""What sets a name apart from the level that follows it: "Spanish (fluent)", "Python: advanced"."""


def _languages(draft: Draft, texts: list[str]) -> None:
    languages = draft.data.setdefault("languages", [])
    for text in texts:
        if found := re.match(r"^(\w+)\s+in\s+(.+)$", text):  # "fluent in English, French"
            languages += [{"name": name, "fluency": found.group(1)} for name in _items(found.group(2))]
            continue
        if found := _NATIVE.match(text):  # Europass's "Mother tongue(s): Greek"
            languages += [{"name": name, "fluency": found.group(1)} for name in _items(text[found.end() :])]
            continue
        for item in _items(_OTHER_LANGUAGES.sub("", text)):
            pieces = _LEVEL.split(item, maxsplit=1)
            fluency = pieces[1] if len(pieces) > 1 else None
            if fluency and fluency.count(")") > fluency.count("("):
                fluency = fluency[: fluency.rindex(")")]  # "Spanish (fluent)": the bracket that held it
            languages.append({"name": pieces[0], "fluency": fluency})


_NATIVE = re.compile(r"^(mother tongue|native languages?|first language)(?:\(s\))?\s*:\s*", re.IGNORECASE)
_OTHER_LANGUAGES = re.compile(r"^(?:other|foreign|additional) languages?(?:\(s\))?\s*:\s*", re.IGNORECASE)


def _credentials(draft: Draft, kind: str, lines: list[Line]) -> None:
    found = draft.data.setdefault(kind, [])
    listed = any(line.item for line in lines)  # a line that is no item then goes with the item above it
    pending: dict[str, Any] | None = None  # a name alone on its line, its issuer and date perhaps under it
    above: Line | None = None
    above_dated = False
    for line in lines:
        span = find_span(line.text)
        dated = span is not None
        if span and span.rest.count("(") > span.rest.count(")"):
            # A date inside words in brackets ("(anticipated September 2025)") qualifies the name: kept whole.
            span = None
        text = span.rest if span else line.text
        if found and listed and not line.item and ((span and not text.strip()) or _ends_sentence(line.plain)):
            # The date, or a sentence about it, on a line of its own under a credential's name.
            if span and not text.strip() and found[-1]["date"] is None:
                found[-1]["date"] = span.end or span.start
            else:
                draft.leftovers.append(line.plain)
            continue
        cells = [c.strip(" ,").lstrip(_GLYPHS) for c in _CELLS.split(text) if c.strip(" ,").lstrip(_GLYPHS)]
        if len(cells) > 1 and all(_column_name(cell) for cell in cells):
            continue  # a table's header ("Title and Body | Year | Value (A$)")
        amounts = [cell for cell in cells[1:] if _AMOUNT.fullmatch(cell)]
        if amounts:  # a grant's value: no issuer, and no field holds it; kept as a comment
            draft.leftovers += [f"Value of '{cells[0]}': {', '.join(amounts)}"]
            cells = [cell for cell in cells if cell not in amounts]
        if (
            pending is not None
            and above is not None
            and span
            and not line.item
            and cells
            and len(text.split()) <= 12
            and not _set_above(line, above)
            and ((above.bold, above.size) != (line.bold, line.size) or not _names_credential(text))
        ):
            # "Deploy AI Apps with Cloudflare" over "Scrimba   Jan 2026": the issuer and the date of the name above.
            pending.update(issuer=", ".join(cells), date=_when(span))
            pending = None
            continue
        if (
            found
            and above is not None
            and cells
            and not (dated or found[-1]["issuer"] or _names_credential(text))
            and (_set_above(above, line) if not line.item else above_dated and not above.item)
        ):
            # "**Canada Postdoctoral Award** (2026)" over "Natural Sciences Research Council", set smaller or as a
            # list item under it: who gave it.
            found[-1]["issuer"] = ", ".join(cells)
            continue
        name, issuer = (cells[0], ", ".join(cells[1:])) if len(cells) > 1 else (cells[0] if cells else "", "")
        if not issuer and ", " in name:
            name, _, issuer = name.rpartition(", ")
            draft.note((kind, len(found)), "name and issuer split at the last comma: check them")
        found.append({"name": name, "issuer": issuer, "date": _when(span) if span else None})
        pending, above, above_dated = (found[-1] if not dated and not issuer else None), line, dated


def _when(span: Span) -> str | None:
    """A credential's one date: when it ended, or was awarded; when it began, if it goes on."""
    return span.start if span.open or not span.end or dates.is_open(span.end) else span.end


def _set_above(line: Line, other: Line) -> bool:
    """Whether ``line`` is set more prominently than ``other``: in bold where it is not, or larger."""
    return (line.bold and not other.bold) or bool(line.size and other.size and line.size > other.size + 0.5)
