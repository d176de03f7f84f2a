"""Place names (``data/places.txt``: countries and their short forms, US states and their codes, large
cities), for telling a place from a name: where a role or degree line ends, what stands under a posting's
title."""

from __future__ import annotations

import functools
import re
import unicodedata


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, list[str]]:
    """The file's places by the kind its ``## …`` lines give them ("Countries", "US states", …)."""
    return _read()[0]


@functools.lru_cache(maxsize=1)
def _read() -> tuple[dict[str, list[str]], dict[str, str]]:
    """The file's places by kind, and each code's name ("PA" → "Pennsylvania")."""
    from importlib.resources import files

    kinds: dict[str, list[str]] = {}
    named: dict[str, str] = {}
    kind = ""
    for line in files("tailor").joinpath("data/places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            place, _, name = line.strip().partition("\t")
            kinds.setdefault(kind, []).append(place.strip())
            if name.strip():
                named[place.strip()] = name.strip()
    kinds["Countries"] = kinds.get("Countries", []) + list(_own_names())
    return kinds, named


@functools.lru_cache(maxsize=1)
def _own_names() -> dict[str, str]:
    """Each country's name in its own official languages and its English name ("Polska": "Poland"), as
    ``data/country_names.tsv`` gives them (from the Unicode CLDR, by ``data/make_country_names.py``)."""
    from importlib.resources import files

    text = files("tailor").joinpath("data/country_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Each city of 100,000 people or more, in lower case, and its country in lower case (``data/city_countries.tsv``,
    from GeoNames by ``data/make_city_countries.py``)."""
    from importlib.resources import files

    text = files("tailor").joinpath("data/city_countries.tsv").read_text(encoding="utf-8")
    return dict(line.lower().split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


def is_large_city(text: str) -> bool:
    """True when ``text`` names a city of 100,000 people or more (``city_countries.tsv``, GeoNames): "Brisbane",
    "Leeds", as the short list of large cities in ``places.txt`` may not."""
    return text.strip(" .").lower() in _city_countries()


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(folded(n) for n in _kinds().get("Countries", []))


def folded(name: str) -> str:
    """``name`` in lower case without its accents, the key a place is looked up by: a Mexican writes "México", a
    Peruvian "Perú", a Québécois "Québec", as ``places.txt`` writes "Mexico", "Peru" and "Quebec" (and "São Paulo"
    is met as "Sao Paulo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def other_spellings(place: str) -> tuple[str, ...]:
    """The other ways a region of ``place`` is written: a state's code and its name, either way ("PA" and
    "Pennsylvania"); for a US state, the country too, which one board writes after it and another leaves out
    ("Philadelphia, Pennsylvania, United States" and "Philadelphia, PA" are one place)."""
    named = _read()[1]
    found: list[str] = []
    for part in re.split(r"[,;/()|·•]+", place):
        piece = part.strip(" .")
        code = piece if piece in named else next((c for c, n in named.items() if n.lower() == piece.lower()), None)
        if code is None or (code != piece and folded(piece) in _countries()):  # Georgia the country: no state
            continue
        found += [code, named[code]]
        if code in _us_state_codes():
            found.append("United States")
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str]]:
    """Place names in lower case without accents (:func:`folded`), and the short codes (UK, NY) that count only in
    capitals."""
    names = [name for kind, found in _kinds().items() if kind != PEOPLE_OF_STATES for name in found]
    codes = frozenset(n for n in names if n.isupper() and len(n.replace(".", "")) <= 3)
    return frozenset(folded(n) for n in names if n not in codes), codes


@functools.lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Countries and US states by name, in lower case without accents (:func:`folded`): places no city is
    ("Missouri", "New York")."""
    kinds = _kinds()
    return frozenset(folded(n) for kind in ("Countries", "US states") for n in kinds.get(kind, []))


def is_country_code(text: str) -> bool:
    """True when ``text`` is a country as its two capital letters ("US", "UK"), as a place's last part writes it."""
    return len(text) == 2 and text.isupper() and folded(text) in _countries()


def is_country(text: str) -> bool:
    """True when ``text`` is a country by its name ("United States", "Canada") or as a place's last part writes it
    in capitals ("USA", "UK")."""
    name = text.strip(" .")
    return folded(name) in _countries() and (len(name) > 3 or name.isupper())


def is_city(text: str) -> bool:
    """True when ``text`` is one of the file's large cities and no region as well ("Warsaw", "London"; not "New
    York"): a town seldom stands before one, so a name that does is someone's, not a place's."""
    name = folded(text.strip(" ."))
    return name not in regions() and name in _cities()


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    return frozenset(folded(n) for n in _kinds().get(LARGE_CITIES, []))


LARGE_CITIES = "Large cities"


def is_place(text: str) -> bool:
    """True when ``text`` is a known place ("Germany", "NY", "& São Paulo", "Remote")."""
    text = re.sub(r"^(?:&|and|the)\s+", "", text.strip(" .()"), flags=re.IGNORECASE)  # "The Gambia"
    names, codes = places()
    return folded(text) in names or text in codes


def place_names() -> list[str]:
    """Every place the file names by name, as it writes them: its countries, US states, parts of the world and
    large cities, and the states' people, one and many ("Texan", "Texans"); not a code ("NY", "UK": letters a text
    uses for other things too) nor where work is though no place ("Remote")."""
    _, codes = places()
    return [
        written
        for kind, found in _kinds().items()
        if kind != WORK_WITHOUT_PLACE
        for name in found
        if name not in codes and not (name.isupper() and len(name.replace(".", "")) <= 3)
        for written in ((name, f"{name}s") if kind == PEOPLE_OF_STATES else (name,))
    ]


WORLD_PARTS = "Parts of the world, as remote postings name where their work may be done"
"""The kind of ``places.txt``'s continents and regions of several countries (Europe, EMEA, DACH)."""


@functools.lru_cache(maxsize=1)
def _world_parts() -> frozenset[str]:
    return frozenset(n.lower() for n in _kinds().get(WORLD_PARTS, []))


WORK_WITHOUT_PLACE = "Where work is, though no place"
"""The kind of ``places.txt``'s "Remote", "Hybrid" and "Worldwide"."""
PEOPLE_OF_STATES = "People of the US states, no place themselves (GPO Style Manual, 2016, 5.23)"
"""The kind of ``places.txt``'s demonyms ("Texan", "New Yorker"): a posting's words for whom it serves, which say as
little of the work as a place's name (:func:`place_names` has them), but no place a line ends on (:func:`places`)."""


def stands_alone(text: str) -> bool:
    """True when ``text`` is a place no town stands before, as "Austin" stands before "TX": a part of the world
    ("EMEA") or where work is though no place ("Remote"). "Stackwise, Remote" is an employer and how it was worked."""
    kinds = _kinds()
    return is_world_part(text) or text.strip(" .()").lower() in {n.lower() for n in kinds.get(WORK_WITHOUT_PLACE, [])}


_AT_THE_PLACE = frozenset({"on-site", "onsite", "on site", "in-person", "in person", "in-office", "in office"})
"""How work is done at the place a line names: no place of its own, but beside one ("San Diego, CA (remote &
on-site)") what :func:`says_how_worked` reads with "Remote" and "Hybrid"."""
_MODES_APART = re.compile(r"\s*(?:[&/,+;]|\band\b|\bor\b)\s*", re.IGNORECASE)


def says_how_worked(text: str) -> bool:
    """True when ``text``, a bracket after a place, says only how the work was done there: "Remote", "Hybrid", or
    several such ways joined ("remote & on-site", "Hybrid/Remote", "on-site, in person")."""
    parts = [p for p in _MODES_APART.split(text.strip(" .()")) if p]
    return bool(parts) and all(stands_alone(p) or p.lower() in _AT_THE_PLACE for p in parts)


def is_world_part(text: str) -> bool:
    """True when ``text`` names a part of the world larger than a country ("EMEA", "Latin America"): what no city
    stands before, as "Austin" stands before "TX"."""
    return text.strip(" .()").lower() in _world_parts()


LETTER_COUNTRIES = frozenset(
    {"united states", "united states of america", "usa", "u.s.a.", "us", "u.s.", "america", "canada", "mexico"}
    | {"puerto rico", "philippines", "chile", "colombia", "venezuela", "guatemala", "costa rica", "panama"}
    | {"dominican republic", "el salvador", "nicaragua", "honduras"}
)
"""Where US Letter, not A4, is the paper people print on: the United States and Canada, Mexico, the Philippines
and most of Central America and northern South America (ISO 216 is the rule everywhere else)."""
CANADIAN_PROVINCES = frozenset(
    {"ontario", "quebec", "québec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia"}
    | {"new brunswick", "newfoundland and labrador", "prince edward island", "yukon", "northwest territories"}
    | {"nunavut"}
)
CANADIAN_CODES = frozenset({"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"})
US_STATES = "US states"
"""The kind of ``places.txt``'s US states, by name."""


def is_us_state(text: str) -> bool:
    """Whether ``text`` is a US state by its name ("California", "North Carolina")."""
    return text.strip().lower() in _us_states()


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(n.lower() for n in _kinds().get(US_STATES, []))


@functools.lru_cache(maxsize=1)
def _us_state_codes() -> frozenset[str]:
    """The two-letter codes of the US states (and DC) in ``places.txt``, without Canada's and Australia's."""
    codes = {n for n in _kinds().get("Codes of states and provinces", []) if len(n) == 2}
    return frozenset(codes - CANADIAN_CODES)


def us_states_in(text: str) -> frozenset[str]:
    """The US states ``text`` names in words (:func:`us_states_named`) or by their codes in capitals, standing as
    words of their own ("Adjuster license in FL", "TX RN license", "FL 7-20 License" → "Florida", "Texas"), but for
    the codes that are also other words or credentials (:data:`_CODES_OF_OTHER_THINGS`)."""
    codes = _US_STATE_BY_CODE.keys() - _CODES_OF_OTHER_THINGS
    return us_states_named(text) | {_US_STATE_BY_CODE[code] for code in _STATE_CODE.findall(text) if code in codes}


_STATE_CODE = re.compile(r"(?<![\w.&/-])([A-Z]{2})(?![\w&/-])")
"""Two capitals standing as a word ("in FL", "FL 7-20"), not within a name of letters ("TXU", "TX-based")."""
_US_STATE_BY_CODE = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
"""The USPS codes of the fifty states."""
_CODES_OF_OTHER_THINGS = frozenset({"OR", "IN", "ME", "OK", "HI", "OH", "ID", "DE", "AL"}) | frozenset(
    {"PA", "MD", "MA", "MS", "MT", "CT", "VA", "IA", "LA", "AR", "CO"}
)
"""State codes that a line asking for a licence may write as something else: English words set in capitals ("OR",
"IN", "OK", "ID", "DE&I"), and letters of credentials and of other things ("PA" a physician assistant, "MD" a
doctor, "MA" a medical assistant or a master's, "MS" a master's, "MT" and "CT" a technologist's, "VA" Veterans
Affairs, "IA" an independent adjuster, "LA" Los Angeles, "AR" accounts receivable, "CO" a company)."""


def us_state_names() -> tuple[str, ...]:
    """The names of the fifty US states, as written ("New Hampshire"), in the order of their codes."""
    return tuple(_US_STATE_BY_CODE.values())


def us_states_named(text: str) -> frozenset[str]:
    """The US states ``text`` names in words, as it writes them ("Active Pennsylvania RN license", "Ohio State Dental
    Board" → "Pennsylvania", "Ohio"); not by their codes, which are words too ("OR", "IN", "ME"). Georgia is one:
    what asks for or holds a licence by a state's name means the state, though ``places.txt`` lists the name among
    the countries (where a place line's last part is read)."""
    found = _state_names().findall(text)
    return frozenset(" ".join(name.split()).title() for name in found)


@functools.lru_cache(maxsize=1)
def _state_names() -> re.Pattern[str]:
    states = _us_states() | {name.lower() for name in _US_STATE_BY_CODE.values()}
    names = sorted(states, key=len, reverse=True)  # "West Virginia" before "Virginia"
    words = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def is_region_code(code: str) -> bool:
    """Whether ``code`` is the two-letter code of a US state or a Canadian province, as an address writes it: "PA",
    "QC"."""
    return code in CANADIAN_CODES or code in _us_state_codes()


_METRO_AREA = re.compile(r"\s+(?:Metropolitan|Metro)\s+Area\s*$", re.IGNORECASE)
"""The words after a region's name that make it a city's area ("Ohio Metropolitan Area"), as LinkedIn names where a
member lives: the region is still the state's."""
_CITYS_AREA = re.compile(r"^\s*Greater\s+|\s+(?:Bay\s+)?Area\s*$", re.IGNORECASE)
"""The words around a city's name that make it the city's area, as LinkedIn names where a member lives with no
state or country: "Greater Seattle Area", "San Francisco Bay Area", "Greater Houston"."""
_TWIN_CITIES = re.compile(r"\s*[-–—/]\s*")
"""What joins the cities an area is named for: "Greater Minneapolis-St. Paul Area", "Raleigh-Durham"."""


def _citys_country(name: str) -> str:
    """The country of the city ``name`` or its area (lower case), as ``city_countries.tsv`` gives it; "" where it
    gives none (no such city of 100,000 people, or one of two countries' cities of like size: Cambridge). An area
    named for two cities is the first one's."""
    city = _CITYS_AREA.sub("", name).strip().lower()
    countries = _city_countries()
    return countries.get(city) or countries.get(_TWIN_CITIES.split(city, maxsplit=1)[0], "")


def prints_on_letter(location: str) -> bool:
    """True when ``location`` (a CV's address line: "Austin, TX 78701", "Toronto, Ontario", "Manila, Philippines",
    "Columbus, Ohio Metropolitan Area", "Greater Seattle Area") is in a country that prints on US Letter
    (:data:`LETTER_COUNTRIES`): its country, a US state or a Canadian province, by name or code, or a large city
    of such a country or that city's area, is one of its comma-separated parts."""
    states = {n.lower() for n in _kinds().get(US_STATES, [])} | CANADIAN_PROVINCES
    names = []
    for part in re.split(r"[,;|/·•()]", location):
        part = _METRO_AREA.sub("", part)  # "Columbus, Ohio Metropolitan Area", as LinkedIn writes a member's place
        words = re.sub(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\d[\d -]*", " ", part).split()  # no ZIP or postal code
        if not words:
            continue
        if words[-1] in _us_state_codes() or words[-1] in CANADIAN_CODES:
            return True  # "TX 78701", "Ontario ON"
        written = " ".join(words).strip(" .()")
        name = folded(_own_names().get(written, written))  # "Pilipinas": the Philippines
        if name in LETTER_COUNTRIES or name in states:
            return True
        names.append(name)
    # A country named says where, whatever a city of its name elsewhere would ("Hamilton, New Zealand").
    return not any(name in _countries() for name in names) and any(
        _citys_country(name) in LETTER_COUNTRIES for name in names
    )
