"""Acronyms a text spells out, and whether a CV's letters mean what a posting's words say.

Two fields use the same letters for different things: GMP is a guaranteed maximum price to a builder and Good
Manufacturing Practice to a drug maker. A text that spells its letters out ("a guaranteed maximum price
(GMP)") says which it means, there and wherever else it writes them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from tailor.analysis import abbreviates

_DEFINED = re.compile(r"((?:[^\W\d_][\w'’]*[\s-]+){1,10})\(\s*([A-Z][A-Za-z&.]*[A-Z]\.?)s?\s*\)")
"""Words, then letters in brackets: "guaranteed maximum price (GMP)", "Infection Control Risk Assessment (ICRA)"."""


def spelled_out(texts: Iterable[str]) -> dict[str, str]:
    """Each acronym ``texts`` spell out in brackets after its words → those words, lowercase ("gmp" →
    "guaranteed maximum price"); the first spelling where texts give several."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            letters = match.group(2).replace(".", "")
            words = re.split(r"[\s-]+", match.group(1).strip(" -"))
            meaning = _initials_end(words, letters.lower())
            if meaning is not None:
                found.setdefault(letters.lower(), meaning)
    return found


def _initials_end(words: list[str], letters: str) -> str | None:
    """The fewest last words of ``words`` that abbreviate to ``letters`` (:func:`tailor.analysis.abbreviates`:
    small words such as "of" may be left out), lowercase and joined by spaces; None where none do."""
    for count in range(1, len(words) + 1):
        if abbreviates(words[-count:], letters):
            return " ".join(word.lower() for word in words[-count:])
    return None


def same_meaning(meaning: str, names: Collection[str]) -> bool:
    """Whether ``meaning`` (lowercase words) is one of ``names``, hyphens read as spaces and a last "s" aside
    ("good manufacturing practices" is Good Manufacturing Practice)."""
    return _plain(meaning) in {_plain(name) for name in names}


def _plain(words: str) -> str:
    return " ".join(word.removesuffix("s") for word in re.split(r"[\s-]+", words.lower()) if word)
