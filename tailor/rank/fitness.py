"""The posting's fit: the share of its weighted terms that the CV says anywhere, with its label."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from tailor.lexicon import Lexicon
from tailor.posting import Posting
from tailor.rank.config import RankConfig
from tailor.rank.cv import (
    PreparedCV,
)
from tailor.rank.posting import (
    AnalysedPosting,
    query_terms,
)
from tailor.rank.scores import (
    SHORT_POSTING,
    Fit,
    fit_label,
)
from tailor.rank.weights import (
    is_generic,
    specificity,
)


def fit(prepared: PreparedCV, posting: Posting | AnalysedPosting) -> Fit:
    """The CV's overall fit to ``posting``: the share of what the posting asks for that the CV says.

    The fit of :func:`rank`'s :class:`Ranking`, without scoring every item: what ranking
    many postings needs. Each term counts as ranking weighs it (generic and everyday words
    less), the lexicon's skills more (``RankConfig.fit_skills``), a term only the CV's skills
    list says less (``RankConfig.fit_listed``), and ``fit_prior`` keeps a posting of a few
    words from looking like a perfect fit. A recall, not a similarity: a posting is well met
    when most of its weighted terms appear somewhere in the CV, however many other things the
    CV says. On the development sets this separates strong from
    moderate fits far better than the mean score of the best items (bench/README.md).
    """
    analysed = prepared.analyse(posting)
    return fit_of_terms(query_terms(analysed, prepared.lexicon, prepared.config, held=prepared.vocabulary), prepared)


def fit_of_terms(wanted: Mapping[str, float], prepared: PreparedCV) -> Fit:
    config = prepared.config
    factors = _fit_factors(prepared)
    vocabulary, shown, listed = prepared.vocabulary, prepared.shown, config.fit_listed
    total = covered = said = 0.0
    for term, weight in wanted.items():
        said += weight
        factor = factors.get(term)
        if factor is None:
            if len(factors) >= FIT_FACTORS_KEPT:  # a worker reading 100,000 real postings meets millions of phrases
                factors.clear()
            factor = factors[term] = _fit_factor(term, prepared.lexicon, config)
        weight *= factor
        total += weight
        if term in vocabulary:
            covered += weight if term in shown else weight * listed
    score = round(covered / (total + config.fit_prior), 6) if total else 0.0
    # How much a posting says is judged by its terms as its sections weigh them, not as rare or skill-like they
    # are: a software posting's line of tool names is no longer than an HR posting's line of everyday words.
    return Fit(score, "too short" if said < SHORT_POSTING else fit_label(score))


def _fit_factor(term: str, lexicon: Lexicon, config: RankConfig) -> float:
    """How much a term counts in the fit: as ranking weighs it (generic and everyday words less), named
    skills more."""
    factor = config.generic if is_generic(term) else 1.0
    if config.commonness > 0:
        factor *= specificity(term, config.commonness)
    return factor * (config.fit_skills if term in skill_terms(lexicon) else 1.0)


FIT_FACTORS_KEPT = 1 << 17
"""How many terms' fit factors a process keeps (some 15 MB) before it starts again."""


@lru_cache(maxsize=4)
def _fit_factors(prepared: PreparedCV) -> dict[str, float]:
    """:func:`_fit_factor` of every term met so far, filled as postings are scored (a posting repeats
    most terms of the one before)."""
    return {}


@lru_cache(maxsize=4)
def skill_terms(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's skills as analysis spells them (lowercase canonical names)."""
    return frozenset(name.lower() for name in lexicon.names.values())
