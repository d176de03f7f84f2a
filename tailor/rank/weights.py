"""How much a term says: scaled down for everyday and generic words (English word frequencies, the
generic-terms list), counted sublinearly where a text repeats it."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from tailor.analysis import name_words, word_of
from tailor.lexicon import Lexicon, generic_terms, word_log_probabilities
from tailor.rank.config import RankConfig
from tailor.rank.terms import skill_terms

COMMON_LOG_PROB = -7.0
"""Words at least this frequent in English (ln probability; "use", "work") get the full
``commonness`` discount; ``RARE_LOG_PROB`` and rarer ("sharding", "mpi") none."""
RARE_LOG_PROB = -14.0


@lru_cache(maxsize=1 << 16)
def specificity(term: str, strength: float) -> float:
    """1 for rare words, down to ``1 - strength`` for the commonest; a phrase takes its rarer word.

    Over so few documents (a CV's items), IDF cannot tell that "object" is an everyday
    word and "sharding" a technical one; English word frequencies can.
    """
    log_probs = word_log_probabilities()
    rarity = 0.0
    for word in word_of(term).split():  # an ambiguous name's everyday word is as common as the word
        lp = log_probs.get(word)
        span = (-lp + COMMON_LOG_PROB) / (COMMON_LOG_PROB - RARE_LOG_PROB) if lp is not None else 1.0
        rarity = max(rarity, min(1.0, max(0.0, span)))
    return 1 - strength * (1 - rarity)


@lru_cache(maxsize=1 << 16)
def is_generic(term: str) -> bool:
    """A word in the generic list, or a phrase made only of such words."""
    generic = generic_terms()
    return all(word in generic for word in word_of(term).split())


def sublinear(terms: Sequence[str]) -> dict[str, float]:
    """1 + ln(count) for each term: the tenth "data" adds far less than the first."""
    return {term: 1 + math.log(count) for term, count in Counter(terms).items()}


def merged(into: dict[str, float], other: Mapping[str, float], weight: float) -> dict[str, float]:
    """``into`` with each term of ``other`` added at ``weight`` times its value (nothing at a weight of 0 or
    less); ``into`` itself, changed."""
    for term, value in other.items():
        if weight > 0:
            into[term] = into.get(term, 0.0) + weight * value
    return into


def commonness_factor(term: str, config: RankConfig, lexicon: Lexicon) -> float:
    """:func:`specificity` of ``term`` at ``config.commonness``, but 1 for the term of a name that is also an
    everyday word ("go" of Go, "react" of React): analysis gives that term only where the context made the word the
    name (the everyday word is a term of its own, :data:`~tailor.analysis.EVERYDAY`), and a name is as specific as
    any product's, however common the word."""
    if config.commonness <= 0 or term in name_words(lexicon):
        return 1.0
    return specificity(term, config.commonness)


def discounts(terms: Sequence[str], config: RankConfig, lexicon: Lexicon) -> Any:
    """Each term's factor on its IDF: ``config.generic`` for a generic word, less for an everyday one
    (:func:`commonness_factor`), 1 for the rest. A skill of ``lexicon`` (:func:`tailor.rank.terms.skill_terms`) is
    never generic: "value engineering" is a method of its own, though "value" and "engineering" are each generic."""
    import numpy as np

    skills = skill_terms(lexicon)

    factors = np.array([config.generic if is_generic(t) and t not in skills else 1.0 for t in terms])
    if config.commonness > 0:
        factors = factors * np.array([commonness_factor(t, config, lexicon) for t in terms])
    return factors


def identity(terms: list[str]) -> list[str]:
    """``terms`` as they are: the analyzer of a TF-IDF vectorizer given terms spaCy already made."""
    return terms
