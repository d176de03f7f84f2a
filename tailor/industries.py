"""Industries: which a posting asks experience of ("3+ years in the hospitality industry", "background in
healthcare", "creative agency experience preferred"), and which a CV's own words claim.

An industry is no skill: a CV shows it by saying the industry's own word where it says what its owner did or is (a
summary, a headline, a job title, an employer's description, a bullet), not by an employer's name, nor by a phrase that
only "healthcare industry" would meet. The industries and their words are ``data/industries.tsv`` (the everyday
names of NAICS 2022 sectors and industries, and the BLS's Leisure and Hospitality)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tailor.posting.items import NOT_NEEDED, says_nice

INDUSTRIES = Path(__file__).parent / "data" / "industries.tsv"


@dataclass(frozen=True)
class Industry:
    name: str
    """As a report shows it ("hospitality")."""
    words: tuple[str, ...]
    """The words that name it, lowercase ("hospitality", "hotel", "resort")."""


@dataclass(frozen=True)
class Asked:
    """An industry a posting's line asks experience of."""

    industry: Industry
    said: str
    """The posting's words for it ("hospitality industry", "agency")."""
    choices: tuple[str, ...]
    """The industries (names) the same requirement offers as alternatives ("retail or hospitality"), itself aside."""
    preferred: bool
    """Whether the line says it would be nice to have ("creative agency experience preferred")."""


@lru_cache(maxsize=1)
def industries() -> tuple[Industry, ...]:
    """The industries of ``data/industries.tsv``, in its order."""
    found = []
    for line in INDUSTRIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, words, _source = line.split("\t")
            found.append(Industry(name, tuple(word.strip() for word in words.split(","))))
    return tuple(found)


@lru_cache(maxsize=1)
def _by_word() -> dict[str, Industry]:
    """Each word → the industry it names; a word two industries share ("restaurant") names the first listed."""
    found: dict[str, Industry] = {}
    for industry in industries():
        for word in industry.words:
            found.setdefault(word, industry)
    return found


def _alternation(words: list[str]) -> str:
    # Longest first, so "oil and gas" is read before "gas" might be, and "health care" before "health".
    spelled = (re.escape(word).replace(r"\ ", r"[ \t-]+") for word in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(spelled) + ")"


_BETWEEN = r"[ \t]*(?:,[ \t]*(?:or[ \t]+|and[ \t]+)?|/|[ \t]+(?:or|and/or|and[ \t]+or|and)[ \t]+)[ \t]*"
"""What stands between industries offered as a choice: a comma, a slash, "or", "and", "and/or"."""
_NOUN = (
    r"(?:industry|industries|sector|sectors|space|environment|environments|setting|settings|field|market|markets"
    r"|vertical|verticals|company|companies|organi[sz]ations?|firm|firms|background)"
)
"""What a posting calls an industry after its name ("the hospitality industry", "a SaaS environment")."""
_AFTER_BARE = (
    r"(?=[ \t]*(?:$|[.,;:)!/]|\b(?:preferred|required|is|are|a[ \t]+plus|highly|strongly|desired|desirable|ideal"
    r"|ideally|helpful|would|will|with|including|such)\b"
    r"|(?:and|or)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:related|similar|other|another|adjacent)\b))"
)
"""What may follow an industry's word said without such a noun: the clause ends, says how it is asked, or offers what
is like it. Another word makes it part of a name ("experience in construction management", "in software development"),
and one more thing joined by "and" a compound ("experience in travel and expense processes"): no industry."""


@lru_cache(maxsize=1)
def _asking() -> tuple[re.Pattern[str], ...]:
    """The ways a requirement names an industry: experience *in* it ("3+ years of experience in the hospitality
    industry", "background in healthcare"), knowledge *of* it ("knowledge of the banking sector"), and experience of
    it said before the word experience ("creative agency experience", "retail or hospitality experience")."""
    word = _alternation(list(_by_word()))
    # A choice may name a kind of firm that is a skill beside one that is an industry ("a SaaS or fintech environment").
    item = rf"(?:{word}|(?-i:[A-Z][A-Za-z0-9&+]*[A-Z][A-Za-z0-9&+]*))"
    choice = rf"{item}(?:{_BETWEEN}{item})*"
    lead = (
        r"\b(?:experience|experienced|background|expertise|knowledge|career|years|worked|exposure|familiarity"
        r"|tenure|track[ \t]+record)\b"
    )
    within = re.compile(
        rf"{lead}[^.;\n]{{0,60}}?\b(?:in|within|from|across)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
        rf"(?P<list>{choice})(?:[ \t]+(?P<noun>{_NOUN})\b|{_AFTER_BARE})(?![ \t]+of\b)",
        re.IGNORECASE,
    )
    # "knowledge of the banking sector"; not "the demands of the advertising industry", the job's surroundings
    known = re.compile(
        rf"\b(?:knowledge|understanding|familiarity|experience)[ \t]+of[ \t]+the[ \t]+(?P<list>{choice})"
        rf"[ \t]+(?P<noun>{_NOUN})\b",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"(?:^|[-•*:,(+]|\b(?:prior|previous|proven|relevant|some|related|direct|recent|of|years'?|with|and|or"
        rf"|minimum|strong|solid|extensive|demonstrated))[ \t]*"
        rf"(?P<list>{choice})(?:[ \t]+(?P<noun>industry|sector))?[ \t]+(?:experience|background|expertise)\b",
        re.IGNORECASE,
    )
    return within, known, before


_CLAUSES = re.compile(r"\n|;|(?<=[a-z)])\.\s")
_OURS = re.compile(r"\b(?:we|we've|our|us)\b", re.IGNORECASE)
"""A company's words of itself ("our 20 years of experience in the healthcare industry"): no requirement."""
_EACH = re.compile(_BETWEEN, re.IGNORECASE)


def asked(text: str) -> list[Asked]:
    """The industries ``text`` (a posting's requirements) asks experience of, in its order, each said once."""
    found: dict[str, Asked] = {}
    for clause in _CLAUSES.split(text):
        for pattern in _asking():
            for hit in pattern.finditer(clause):
                if not _OURS.search(clause, 0, hit.start() + 1) and not NOT_NEEDED.search(clause):
                    for one in _named(hit, says_nice(clause)):
                        found.setdefault(one.industry.name, one)
    return list(found.values())


def _named(hit: re.Match[str], nice: bool) -> list[Asked]:
    """The industries one requirement (``hit`` of :func:`_asking`) names, each offered instead of the others."""
    noun = hit.group("noun")
    by_word = _by_word()
    named = [(word, kind) for word in _EACH.split(hit.group("list")) if (kind := by_word.get(_spelled(word)))]
    names = tuple(dict.fromkeys(kind.name for _, kind in named))
    # "the hospitality industry" is said whole; "retail or hospitality industries" by each one's word
    after = f" {noun}" if noun and noun.lower() in ("industry", "sector") and len(named) == 1 else ""
    return [Asked(kind, f"{said}{after}", tuple(n for n in names if n != kind.name), nice) for said, kind in named]


def _spelled(word: str) -> str:
    return " ".join(word.lower().replace("-", " ").split()) if word.lower() not in _by_word() else word.lower()


@lru_cache(maxsize=64)
def _claiming(name: str) -> re.Pattern[str]:
    industry = next(i for i in industries() if i.name == name)
    # "Led construction of the new wing" is work done, no industry; "construction projects" is.
    return re.compile(rf"(?<![\w-]){_alternation(list(industry.words))}s?(?![\w-])(?![ \t]+of\b)", re.IGNORECASE)


def claims(text: str, name: str) -> bool:
    """Whether ``text`` (what a CV's text claims) says the industry ``name`` by one of its own words."""
    return _claiming(name).search(text) is not None
