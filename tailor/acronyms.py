"""Acronyms a text spells out, and whether a CV's letters mean what a posting's words say.

Two fields use the same letters for different things: GMP is a guaranteed maximum price to a builder and Good
Manufacturing Practice to a drug maker. A text that spells its letters out ("a guaranteed maximum price
(GMP)") says which it means, there and wherever else it writes them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Iterator
from functools import lru_cache

from tailor.analysis import abbreviates, credential_aside

_WORDS_BEFORE = r"(?:[^\W\d_][\w'’]*[\s-]+){1,10}"
_LETTERS_IN_BRACKETS = r"\(\s*[\"“‘']?([A-Z][A-Za-z&.]*[A-Z]\.?(?:[ \t]+[A-Z][A-Za-z&.]*[A-Z]\.?)*)s?[\"”’']?\s*\)"
_DEFINED = re.compile(rf"({_WORDS_BEFORE}){_LETTERS_IN_BRACKETS}")
"""Words, then letters in brackets: "guaranteed maximum price (GMP)", "Infection Control Risk Assessment (ICRA)",
an office's and its part's apart: "Program Executive Office Ground Combat Systems (PEO GCS)"; maybe in quotes, as a
company defines its own ("Economic Foundation Model (“EFM”)"). Found by :func:`_defined`, bracket by bracket."""
_WORDS_TO = re.compile(_WORDS_BEFORE)
_LETTERS_AT = re.compile(_LETTERS_IN_BRACKETS)
_OF_WORDS = re.compile(r"[\w'’\s-]")
"""A character the words before a bracket (:data:`_DEFINED`) are made of: their letters and what stands between."""


_DEFINED_AFTER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z&]*[A-Z])s?[ \t]*\([ \t]*((?:[^\W\d_][\w'’]*[ \t-]+){1,9}[^\W\d_][\w'’]*)[ \t]*\)"
)
"""Letters, then their words in brackets: "NRP (Neonatal Resuscitation Program)", as a requirement names a card."""


def spelled_out(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym ``texts`` spell out in brackets after its words → those words, lowercase ("gmp" →
    "guaranteed maximum price"), or in brackets after it, each word giving its letter ("NRP (Neonatal Resuscitation
    Program)"); the first spelling where texts give several."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _DEFINED_AFTER.finditer(text):
            words = re.split(r"[\s-]+", match.group(2).strip(" -"))
            meaning = _initials_end(words, match.group(1).lower())
            if meaning is not None and len(meaning.split()) == len(words):
                found.setdefault(match.group(1).lower(), meaning)
        for before, inside in _defined(text):
            parts = inside.replace(".", "").split()
            letters = "".join(parts)
            words = re.split(r"[\s-]+", before.strip(" -"))
            meaning = _initials_end(words, letters.lower()) or _a_names_initials(words, letters.lower())
            if meaning is None:
                continue
            found.setdefault(letters.lower(), meaning)
            # Each group of letters stands for its own words, the last for the last: "GCS", ground combat systems.
            rest = meaning.split()
            for part in reversed(parts[1:] if len(parts) > 1 else []):
                own = _initials_end(rest, part.lower())
                if own is None:
                    break
                found.setdefault(part.lower(), own)
                rest = rest[: len(rest) - len(own.split())]
            else:
                if len(parts) > 1 and rest:
                    found.setdefault(parts[0].lower(), " ".join(rest))
    return found


def _defined(text: str) -> Iterator[tuple[str, str]]:
    """The words and the letters of each match of :data:`_DEFINED` in ``text``, as its ``finditer`` finds them, in
    a fraction of its time: a match's words end at its opening bracket, so only a bracket the letters follow is
    looked behind, for the first place its words may start (the pattern itself tries every place in the text, and
    every place tries up to ten words)."""
    pos = 0
    while (bracket := text.find("(", pos)) >= 0:
        letters = _LETTERS_AT.match(text, bracket)
        if letters is None:
            pos = bracket + 1
            continue
        start = bracket  # the words stand in the run of their characters that ends at the bracket
        while start > pos and _OF_WORDS.match(text, start - 1):
            start -= 1
        found = next((at for at in range(start, bracket) if _WORDS_TO.fullmatch(text, at, bracket)), None)
        if found is None:
            pos = bracket + 1
            continue
        yield text[found:bracket], letters.group(1)
        pos = letters.end()


def _initials_end(words: list[str], letters: str) -> str | None:
    """The fewest last words of ``words`` that abbreviate to ``letters`` (:func:`tailor.analysis.abbreviates`:
    small words such as "of" may be left out), lowercase and joined by spaces; None where none do."""
    for count in range(1, len(words) + 1):
        if abbreviates(words[-count:], letters):
            return " ".join(word.lower() for word in words[-count:])
    return None


_SMALL = frozenset({"of", "and", "&", "the", "for", "in", "to", "on"})
"""The small words a name in capitals keeps in small letters ("Cardiovascular and Pulmonary …")."""


def _a_names_initials(words: list[str], letters: str) -> str | None:
    """The fewest last of ``words`` that are a name in capitals ("Cardiovascular and Pulmonary Certified
    Specialist") and give ``letters`` as an acronym that leaves a word out may: the first and the last of them give
    its first and last letters, and its letters are their initials in order ("CCS"), lowercase and joined by
    spaces; None where no such name stands before the bracket. A name so spelled out is the posting's own,
    though its letters skip a word."""
    name = 0
    while name < len(words) and (words[-1 - name][:1].isupper() or words[-1 - name].lower() in _SMALL):
        name += 1
    for count in range(2, min(name, len(letters) + 3) + 1):
        chosen = words[-count:]
        if not chosen[0][:1].isupper() or chosen[0][0].lower() != letters[0] or chosen[-1][0].lower() != letters[-1]:
            continue
        initials = iter(word[0].lower() for word in chosen if word.lower() not in _SMALL)
        if all(letter in initials for letter in letters):
            return " ".join(word.lower() for word in chosen)
    return None


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’]*")
"""A word of a name in capitals ("National", "Registry"): a capital, then small letters."""


@lru_cache(maxsize=8)
def _name_of(count: int) -> re.Pattern[str]:
    """A name in capitals of ``count`` words (:data:`_NAME_WORD`), a word of its own."""
    return re.compile(rf"(?<![\w-]){_NAME_WORD.pattern}(?:[ \t]+{_NAME_WORD.pattern}){{{count - 1}}}(?![\w-])")


def named_by_initials(texts: Iterable[str], letters: str, names: Container[str]) -> str | None:
    """The name in capitals whose words' initials are ``letters`` (three or more), one word each, that ``texts``
    write and that is one of ``names`` (lowercase: the lexicon's names of skills), such as "National Registry
    Paramedic" for "nrp", lowercase and joined by spaces; the first where they write several, None where they write
    none. A CV that writes such a name means it by its letters written alone; a title that happens to have those
    initials ("Senior Quality Lead" for SQL) names no skill, and says nothing of them."""
    if len(letters) < 3:
        return None
    run = _name_of(len(letters))
    for text in texts:
        for match in run.finditer(text):
            words = match.group(0).split()
            name = " ".join(word.lower() for word in words)
            if "".join(word[0] for word in words).lower() == letters.lower() and name in names:
                return name
    return None


def same_meaning(meaning: str, names: Collection[str]) -> bool:
    """Whether ``meaning`` (lowercase words) is one of ``names``, hyphens read as spaces and a last "s" aside
    ("good manufacturing practices" is Good Manufacturing Practice), and a word for the work read as the word for
    who does it: the same letters spelled out "Licensed Independent Clinical Social Work" and "… Social Worker",
    "Certified Nursing Assistant" and "Certified Nurse Assistant", name one credential; and a credential's word aside
    ("Critical Care Registered Nurse" is the "critical care registered nurse certification":
    :func:`tailor.analysis.credential_aside`)."""
    return _plain(meaning) in {_plain(name) for name in names}


def _plain(words: str) -> str:
    named = credential_aside(" ".join(re.split(r"[\s-]+", words.lower())).strip())
    return " ".join(_stem(word.removesuffix("s")) for word in named.split())


_WHO_OR_WHAT = ("er", "or", "ist", "ing", "e", "y")
"""Endings that part a word for who does the work from the work's ("worker", "therapist", "nursing"): a stem
keeps four letters at least, so short words ("care", "data") stay whole."""


def _stem(word: str) -> str:
    for ending in _WHO_OR_WHAT:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def written_in_part(text: str, letters: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each of ``letters`` (lowercase, three to six of them: a posting's terms) that ``text`` writes in capitals and
    as a name in capitals whose words give its letters one each ("CSP" and "Computer Science Principles") → the ways
    another text writes it with its first words as their letters and the rest in words, lowercase ("cs
    principles"; "ehr" → "eh records" from "Electronic Health Records"), at least two letters and one word: a CV
    that writes "CS Principles" names the course a posting calls CSP and "Computer Science Principles", where it
    says neither."""
    wanted = set(letters)
    spelled: dict[str, tuple[str, ...]] = {}
    for acronym in set(_CAPITALS.findall(text)):
        term = acronym.lower()
        if term in wanted and (words := _name_with_initials(acronym, text)) is not None:
            spelled[term] = tuple(f"{acronym[:k]} {' '.join(words[k:])}".lower() for k in range(2, len(acronym)))
    return spelled


_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")
"""Three to six capitals, a word of their own ("CSP")."""


def name_in_capitals(text: str, acronym: str) -> str | None:
    """The first name in capitals that ``text`` writes whose words begin with ``acronym``'s letters in turn (three to
    six capitals), one each, lowercase: "whole foods market" for a posting's "WFM" beside its "Whole Foods Market";
    None where it writes none, or ``acronym`` is no such letters."""
    if not _CAPITALS.fullmatch(acronym):
        return None
    words = _name_with_initials(acronym, text)
    return " ".join(words).lower() if words is not None else None


def _name_with_initials(acronym: str, text: str) -> list[str] | None:
    """The words of the first name in capitals in ``text`` whose words begin with ``acronym``'s letters in turn, one
    each, a word of its own; None where it writes none."""
    for match in _initials_run(acronym).finditer(text):
        # The pattern opens with its letter, which lets the search skip ahead to it; what stands before is seen here.
        if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-"):
            return match.group(0).split()
    return None


@lru_cache(maxsize=256)
def _initials_run(acronym: str) -> re.Pattern[str]:
    words = r"[ \t]+".join(rf"{letter}[a-z][\w'’]*" for letter in acronym)
    return re.compile(rf"{words}(?![\w-])")
