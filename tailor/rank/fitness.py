"""The posting's fit, with its label: how much of what the posting asks for the CV says anywhere (its breadth),
and how closely the CV's best items match the posting (its depth)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

from tailor.cv.dates import is_open, read
from tailor.lexicon import Lexicon
from tailor.posting import Posting
from tailor.posting.structure import SectionKind
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
from tailor.rank.similarity import discounted_rows
from tailor.rank.terms import skill_terms
from tailor.rank.weights import (
    commonness_factor,
    is_generic,
)


def fit(prepared: PreparedCV, posting: Posting | AnalysedPosting) -> Fit:
    """The CV's overall fit to ``posting``: the share of what the posting asks for that the CV says
    (:func:`fit_of_terms`), with how closely its best items match it (:func:`depth`, :func:`with_depth`).

    The fit of :func:`rank`'s :class:`Ranking`, without scoring and explaining every item: what ranking
    many postings needs. On the labelled sets this separates strong from moderate fits far better than
    the mean score of the best items alone (bench/README.md).
    """
    analysed = prepared.analyse(posting)
    wanted = fit_terms(prepared, analysed)
    breadth = fit_of_terms(wanted, prepared)
    if breadth.score == 0 or prepared.config.fit_depth <= 0:  # no depth to weigh: spare the item scores
        return breadth
    return with_depth(breadth, depth(prepared, wanted, analysed), prepared.config)


def fit_terms(prepared: PreparedCV, analysed: AnalysedPosting) -> dict[str, float]:
    """What the fit measures the CV against: the posting's terms (:func:`query_terms`, without its title) but those
    of the company's blurb, which ranking reads at a little (``SECTION_WEIGHTS``) for the field it names. What the
    employer does is asked of no candidate: counted in the fit, a long blurb about the company's products lowered
    the fit of a posting whose work the CV does (bench/README.md)."""
    return query_terms(analysed, prepared.lexicon, prepared.config, held=prepared.vocabulary, unread=_UNREAD)


_UNREAD = frozenset({SectionKind.COMPANY})


def with_depth(breadth: Fit, depth: float, config: RankConfig) -> Fit:
    """The fit of ``breadth`` (:func:`fit_of_terms`) with its ``depth`` (:func:`depth`): their weighted geometric
    mean, depth at ``config.fit_depth``.

    Breadth alone counts a posting's words wherever the CV says them: a posting of the CV's field at another
    speciality or level (a demand planner's posting for a buyer's CV) shares much of its vocabulary, but no
    bullet does its work. Depth alone misses what the CV lacks: one bullet may match a posting that asks for
    ten things. Their geometric mean is high only where both are (bench/README.md measured it on every labelled
    set); depth at a third keeps the fit on breadth's scale."""
    share = config.fit_depth
    if share <= 0 or breadth.score == 0:
        return breadth
    score = round(breadth.score ** (1 - share) * depth**share, 6)
    return Fit(score, breadth.label if breadth.label == "too short" else fit_label(score))


def depth(prepared: PreparedCV, wanted: Mapping[str, float], analysed: AnalysedPosting) -> float:
    """How closely the CV's best items match what the posting asks for: the mean cosine of its
    ``RankConfig.fit_items`` best bullets and publications with ``wanted`` (:func:`query_terms`, the posting's
    text without its title, as the breadth reads it), a bullet of a supporting activity discounted as ranking
    discounts it, and one of an earlier role at ``RankConfig.fit_recency`` for each later end (:func:`_older`):
    the fit asks what the person does now, ranking what bullets say, whenever. The cosines are
    :func:`tailor.rank.rank`'s, summed term by term over the few columns the posting shares with the CV: no matrix
    product for one posting of a hundred thousand."""
    columns, weights, vocabulary = _columns(prepared), prepared.weights, prepared.vocabulary
    sums: dict[int, float] = {}
    norm = 0.0
    for term, weight in wanted.items():
        if weight <= 0 or (column := vocabulary.get(term)) is None:
            continue
        weight *= weights[column]
        norm += weight * weight
        for row, value in columns[column]:
            sums[row] = sums.get(row, 0.0) + weight * value
    if not sums:
        return 0.0
    for row in discounted_rows(prepared, analysed) & sums.keys():
        sums[row] *= prepared.supporting_share(row)
    if (recency := prepared.config.fit_recency) < 1:
        older = _older(prepared)
        for row in sums:
            sums[row] *= recency ** older[row]
    count = min(prepared.config.fit_items, len(_ranked_rows(prepared)))
    return float(sum(sorted(sums.values(), reverse=True)[:count]) / count / math.sqrt(norm))


@lru_cache(maxsize=4)
def _older(prepared: PreparedCV) -> tuple[int, ...]:
    """Per item of the CV, how many of its roles' ends are later than its own role's (a current role's end is the
    latest): 0 for a bullet of a current role, and for a publication, a skill or a role whose end is no date read."""
    bullets = [item.ended for item in prepared.items if item.kind == "bullet"]
    current = any(is_open(ended) for ended in bullets)
    dated = sorted({end for ended in bullets if (end := _end(ended)) is not None}, reverse=True)
    later = {end: n + current for n, end in enumerate(dated)}
    ends = (_end(item.ended) if item.kind == "bullet" else None for item in prepared.items)
    return tuple(later.get(end, 0) if end is not None else 0 for end in ends)


def _end(text: str | None) -> tuple[int, int, int] | None:
    """A role's end as a key that sorts (None: open, or no date read)."""
    found = None if is_open(text) else read(text)
    return None if found is None else (found.year, found.month or 0, found.day or 0)


@lru_cache(maxsize=4)
def _ranked_rows(prepared: PreparedCV) -> tuple[int, ...]:
    """The rows of the items a résumé chooses among: its bullets and publications (not its skills)."""
    return tuple(row for row, item in enumerate(prepared.items) if item.kind != "skill")


@lru_cache(maxsize=4)
def _columns(prepared: PreparedCV) -> list[tuple[tuple[int, float], ...]]:
    """Per column of the CV's term space, the bullets and publications that hold its term, with their weight
    (:attr:`PreparedCV.matrix` by column)."""
    ranked = frozenset(_ranked_rows(prepared))
    matrix = prepared.matrix.tocsc()
    return [
        tuple(
            (int(row), float(value))
            for row, value in zip(
                matrix.indices[matrix.indptr[c] : matrix.indptr[c + 1]],
                matrix.data[matrix.indptr[c] : matrix.indptr[c + 1]],
                strict=True,
            )
            if row in ranked
        )
        for c in range(matrix.shape[1])
    ]


def fit_of_terms(wanted: Mapping[str, float], prepared: PreparedCV) -> Fit:
    """The fit's breadth: the share of the posting's terms (``wanted``, :func:`query_terms`) that the CV says
    anywhere, labelled. Each term counts as ranking weighs it (generic and everyday words less), the lexicon's
    skills more (``RankConfig.fit_skills``), a term only the CV's skills list says less (``RankConfig.fit_listed``),
    one its certificates say in full, as its bullets' (:attr:`PreparedCV.held`: a licence held is a licence said), a
    kind of system as the one of it the CV says counts (:func:`_kinds_said`: an EHR, where a bullet charted in Epic),
    and ``fit_prior`` keeps a posting of a few words from looking like a perfect fit. A recall, not a similarity:
    a posting is well met when most of its weighted terms appear somewhere in the CV, however many other things
    the CV says."""
    config = prepared.config
    factors = _fit_factors(prepared)
    vocabulary, shown, held, listed = prepared.vocabulary, prepared.shown, prepared.held, config.fit_listed
    kinds = _kinds_said(prepared)
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
        if term in held or (term in vocabulary and term in shown):  # as :func:`_said`, inline: the loop is hot
            covered += weight
        else:
            covered += weight * max(listed if term in vocabulary else 0.0, kinds.get(term, 0.0))
    score = round(covered / (total + config.fit_prior), 6) if total else 0.0
    # How much a posting says is judged by its terms as its sections weigh them, not as rare or skill-like they
    # are: a software posting's line of tool names is no longer than an HR posting's line of everyday words.
    return Fit(score, "too short" if said < SHORT_POSTING else fit_label(score))


def weighed_terms(prepared: PreparedCV, posting: Posting | AnalysedPosting) -> dict[str, tuple[float, float]]:
    """Each term the fit's breadth counts for ``posting`` (:func:`fit_terms`) → its weight after the fit's factors
    and how much the CV says it (0 … 1), as :func:`fit_of_terms` counts them: their weighted sum over the weights'
    sum and ``fit_prior`` is the breadth. What a reader of a fit asks ("which words made this score?"); the bench's
    ``fit_pairs.py`` prints it for the strong postings that score below moderate ones. :func:`fit_of_terms` keeps
    its own loop: it is hot, and this one is not."""
    wanted = fit_terms(prepared, prepared.analyse(posting))
    kinds = _kinds_said(prepared)
    out: dict[str, tuple[float, float]] = {}
    for term, weight in wanted.items():
        said = _said(term, prepared)
        out[term] = (weight * _fit_factor(term, prepared.lexicon, prepared.config), max(said, kinds.get(term, 0.0)))
    return out


def _said(term: str, prepared: PreparedCV) -> float:
    """How much ``term`` counts as said by the CV in the fit: in full where its bullets, publications, roles' titles or
    certificates say it, at ``RankConfig.fit_listed`` where only its skills list does, else not at all."""
    if term in prepared.held or (term in prepared.vocabulary and term in prepared.shown):
        return 1.0
    return prepared.config.fit_listed if term in prepared.vocabulary else 0.0


@lru_cache(maxsize=4)
def _kinds_said(prepared: PreparedCV) -> dict[str, float]:
    """Each kind of tool or system the lexicon lists the instances of (an EHR, an ERP, a CRM: ``Lexicon.instances``)
    that the CV says one of → as much as the best said of them counts (:func:`_said`). A posting asking for an EHR
    is met by the bullet that charted in Epic, as the keywords' coverage meets it by one of its kind; counted missing,
    the kind cost a CV that names its system a skill's full weight, where the system earned ``expansion`` of it."""
    kinds: dict[str, float] = {}
    for kind, members in prepared.lexicon.instances.items():
        if best := max((_said(member, prepared) for member in members), default=0.0):
            kinds[kind] = best
    return kinds


def _fit_factor(term: str, lexicon: Lexicon, config: RankConfig) -> float:
    """How much a term counts in the fit: as ranking weighs it (generic and everyday words less), named
    skills more."""
    skill = term in skill_terms(lexicon)
    factor = config.generic if is_generic(term) and not skill else 1.0
    factor *= commonness_factor(term, config, lexicon)
    return factor * (config.fit_skills if skill else 1.0)


FIT_FACTORS_KEPT = 1 << 17
"""How many terms' fit factors a process keeps (some 15 MB) before it starts again."""


@lru_cache(maxsize=4)
def _fit_factors(prepared: PreparedCV) -> dict[str, float]:
    """:func:`_fit_factor` of every term met so far, filled as postings are scored (a posting repeats
    most terms of the one before)."""
    return {}
