"""Score every CV item against a posting with TF-IDF, and say why.

Every experience bullet, publication title and skill is a document; the posting is the query. Term weights are
scikit-learn's IDF fitted on the CV's items, scaled down for generic and everyday words; the posting's terms count
by the kind of section they stand in and lend some weight to related terms. Scores are cosine similarities, so
bullets and publications share one scale (0 … 1), and every point of a score traces back to terms that the item
and the posting share: those terms are the explanation. A bullet that records a supporting activity (teaching,
peer review) the posting does not ask for counts at a fraction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tailor.analysis import analyse, lemma_of, lemma_table
from tailor.cv.model import CV
from tailor.lexicon import Lexicon, action_nouns
from tailor.posting import Posting
from tailor.rank.config import DEFAULT_CONFIG, RankConfig
from tailor.rank.cv import (
    PreparedCV,
    prepare_cv,
    weighted_rows,
)
from tailor.rank.fitness import depth, fit_of_terms, fit_terms, with_depth
from tailor.rank.posting import (
    AnalysedPosting,
    query_terms,
    title_terms,
)
from tailor.rank.scores import (
    EXPLANATION_TERMS,
    Fit,
    FitLabel,
    ItemKind,
    ScoredItem,
)
from tailor.rank.similarity import cosines, discounted_rows, held_job_rows, said_terms
from tailor.rank.terms import own_skill_terms, skill_terms
from tailor.rank.weights import (
    discounts,
    sublinear,
)


@dataclass(frozen=True)
class Ranking:
    """Every CV item scored against one posting, each list best first (ties in CV order)."""

    score: float
    """How well the CV as a whole fits the posting; comparable across postings (:class:`Fit`)."""
    bullets: list[ScoredItem]
    publications: list[ScoredItem]
    skills: list[ScoredItem]
    cv: PreparedCV | None = field(default=None, compare=False, repr=False)
    """The analysed CV behind the scores, for explanations and coverage."""
    posting: AnalysedPosting | None = field(default=None, compare=False, repr=False)
    """The analysed posting behind the scores."""
    label: FitLabel = "weak"
    """:attr:`score` in words (:class:`Fit`)."""

    @property
    def fit(self) -> Fit:
        return Fit(self.score, self.label)


def rank(
    cv: CV | PreparedCV,
    posting: Posting | AnalysedPosting,
    *,
    lexicon: Lexicon | None = None,
    config: RankConfig | None = None,
) -> Ranking:
    """Score every bullet, publication and skill of ``cv`` against ``posting``.

    Either may come already analysed (:func:`prepare_cv`, :meth:`PreparedCV.analyse`), so
    that a CV is analysed once for many postings. ``config`` applies when ``cv`` is not
    prepared yet (a prepared CV carries its own).
    """
    prepared = cv if isinstance(cv, PreparedCV) else prepare_cv(cv, lexicon, config or DEFAULT_CONFIG)
    analysed = prepared.analyse(posting)
    wanted = fit_terms(prepared, analysed)
    query = prepared.row(query_terms(analysed, prepared.lexicon, prepared.config, title=True))
    discounted = discounted_rows(prepared, analysed, title=True)
    scores = cosines(prepared, query, [discounted], [held_job_rows(prepared, analysed)])[:, 0]
    # Each term's share of a score is the product of its weights in item and query.
    contributions = prepared.matrix.multiply(query).tocsr()
    vocabulary = prepared.terms

    asked = _asked_rows(prepared, analysed)
    said = said_terms(analysed) | set(title_terms(analysed, prepared.lexicon) if prepared.config.title > 0 else ())
    unsaid = _only_split(analysed) - set(title_terms(analysed, prepared.lexicon))
    scored = []
    for row, item in enumerate(prepared.items):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        pairs = sorted(
            zip(contributions.data[start:end], contributions.indices[start:end], strict=True),
            key=lambda p: (-p[0], vocabulary[p[1]]),
        )
        # What explains a score is words the item and the posting say: no phrase holding half a hyphenated word.
        cut = unsaid | prepared.analyses[row].only_split
        terms = tuple(vocabulary[i] for value, i in pairs if value > 0 and vocabulary[i] not in cut)
        terms = _without_inner_words(terms, prepared.lexicon)
        activity = prepared.activities[row] if row in discounted else ""
        lent = tuple(term for term in terms if term not in said)
        own = prepared.analyses[row].terms  # by row: a skill's id is its name, which a bullet's id may be too
        around = tuple(term for term in terms if term not in own)
        scored.append(
            ScoredItem(
                item.id,
                item.kind,
                item.text,
                round(float(scores[row]), 6),
                terms,
                item.entry,
                activity,
                row in asked,
                lent,
                around,
                asked.get(row, ""),
            )
        )

    def best_first(kind: ItemKind) -> list[ScoredItem]:
        # sorted() is stable, so equal scores keep the CV's order.
        return sorted((s for s in scored if s.kind == kind), key=lambda s: -s.score)

    bullets, publications = best_first("bullet"), best_first("publication")
    overall = with_depth(fit_of_terms(wanted, prepared), depth(prepared, wanted, analysed), prepared.config)
    skills = best_first("skill")
    return Ranking(overall.score, bullets, publications, skills, prepared, analysed, overall.label)


def _only_split(analysed: AnalysedPosting) -> frozenset[str]:
    """The phrases the posting's counted sections say only with half a hyphenated word
    (:attr:`tailor.analysis.Analysis.only_split`), in none of them whole."""
    counted = [s.analysis for s in analysed.sections if s.weight > 0]
    split = frozenset().union(*(a.only_split for a in counted))
    return split - {t for a in counted for t in a.terms if t in split and t not in a.only_split} if split else split


def _without_inner_words(terms: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The first :data:`EXPLANATION_TERMS` of ``terms`` (most contributing first), without a word that a skill of
    several words among those first holds: "After Effects" explains a score, "Effects" beside it says nothing more
    (a skill's last word counts as a term of its own), nor does "CM" beside "ICD-10-CM" (a hyphenated name's
    pieces are no words of their own), and the next term takes its place. A phrase keeps its words: "billing" says
    more than "based billing" of "usage-based billing"."""
    skills = skill_terms(lexicon)
    longer = [term for term in terms[:EXPLANATION_TERMS] if (" " in term or "-" in term) and term in skills]
    inner = frozenset().union(*(_words_of(term) - {term} for term in longer)) if longer else frozenset()
    return tuple(term for term in terms if " " in term or term not in inner)[:EXPLANATION_TERMS]


@lru_cache(maxsize=8192)
def _words_of(term: str) -> frozenset[str]:
    """The one-word terms a term of several words holds, as analysis spells them ("adobe after effects": effect)."""
    return frozenset(t for t in analyse([term])[0].terms if " " not in t)


def score_texts(prepared: PreparedCV, posting: Posting | AnalysedPosting, texts: Sequence[str]) -> list[float]:
    """The relevance of each of ``texts`` to ``posting``, on the items' scale (0 … 1).

    For the user's own texts that are not items of the CV (candidate headlines, letter
    paragraphs, with their tags): each is analysed like an item and compared with the
    posting in the CV's term space, widened by the texts' own terms. A word no item uses
    ("educator" in a headline's tags, when no bullet says it) weighs as a term that singles
    out no item, the most an item's term can: it is what such a text is for. The posting's
    job title counts as a requirement does: a headline that names the job is the one to
    open with (bullets weigh the title's words less, at ``RankConfig.title``).
    """
    if not texts:
        return []
    analysed = prepared.analyse(posting)
    own = [sublinear(a.terms) for a in analyse(texts, prepared.lexicon)]
    vocabulary, weights = _widened(prepared, {t for terms in own for t in terms})
    wanted = dict(query_terms(analysed, prepared.lexicon, prepared.config, held=vocabulary))
    for term in title_terms(analysed, prepared.lexicon):
        wanted[term] = max(wanted.get(term, 0.0), 1.0)
    query = weighted_rows(vocabulary, weights, [wanted])
    rows = weighted_rows(vocabulary, weights, own)
    return [round(float(x), 6) for x in (rows @ query.T).toarray().ravel()]


def _widened(prepared: PreparedCV, terms: set[str]) -> tuple[Mapping[str, int], Any]:
    """The CV's vocabulary and term weights, with each of ``terms`` it lacks added at the IDF of a term
    no item has (scikit-learn's smoothed ``ln((1 + n) / 1) + 1``), discounted as any term is."""
    import numpy as np

    new = sorted(terms - prepared.vocabulary.keys())
    if not new:
        return prepared.vocabulary, prepared.weights
    added = (math.log(1 + len(prepared.items)) + 1) * discounts(new, prepared.config, prepared.lexicon)
    vocabulary = {**prepared.vocabulary, **{t: len(prepared.vocabulary) + n for n, t in enumerate(new)}}
    return vocabulary, np.concatenate([prepared.weights, added])


def _asked_rows(prepared: PreparedCV, analysed: AnalysedPosting) -> dict[int, str]:
    """Rows of the CV's skills that the posting names: the same skill of the lexicon, or for a skill the lexicon
    does not know, its words as one term ("Photoshop", "grant writing"), or one of the names it joins by slashes
    ("CRISPRi/CRISPRa"), each → ""; or one of the kind it asks for (:attr:`tailor.lexicon.Lexicon.instances`:
    REST APIs for a posting's APIs, Epic for its EHR) → that kind, by the lexicon's name."""
    counted = [s.analysis for s in analysed.sections if s.weight > 0]
    skills = {name.lower() for a in counted for name in a.skills}
    instances = prepared.lexicon.instances
    kinds: dict[str, str] = {}
    for kind in sorted(skills & instances.keys()):
        for member in instances[kind]:
            kinds.setdefault(member, prepared.lexicon.canonical(kind) or kind)
    terms = {t for a in counted for t in a.terms}
    rows: dict[int, str] = {}
    for row, (item, analysis) in enumerate(zip(prepared.items, prepared.analyses, strict=True)):
        if item.kind != "skill":
            continue
        if analysis.skills:
            names = [name.lower() for name in analysis.skills]
            surfaces = {surface for name in names for surface in prepared.lexicon.surfaces(name) | {name}}
            if any(name in skills for name in names) or any(_asked_by_its_verb(s, terms) for s in surfaces):
                rows[row] = ""
            elif of_kind := next((kinds[name] for name in names if name in kinds), ""):
                rows[row] = of_kind
        elif not terms.isdisjoint(own_skill_terms(item.text, analysis)):
            rows[row] = ""
    return rows


def _asked_by_its_verb(name: str, terms: set[str]) -> bool:
    """Whether a posting's ``terms`` ask for the skill ``name`` of two words, the second a word of work, by that
    work's verb before its first ("Educates patients" asks for patient education, "Manages budgets" for budget
    management), as the keyword view reads a posting's verb (:func:`tailor.lexicon.action_nouns`). The caller asks
    it of each of a skill's names: "reduce shrink" asks for inventory shrink by its name "shrink reduction"."""
    words = name.split()
    verb = action_nouns().get(words[-1]) if len(words) == 2 else None
    return verb is not None and f"{verb} {lemma_of(words[0], lemma_table())}" in terms
