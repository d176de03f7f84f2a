"""Score every CV item against a posting with TF-IDF, and say why.

Every experience bullet, publication title and skill is a document; the posting
is the query. Scores are cosine similarities of TF-IDF vectors, so bullets and
publications share one scale (0 … 1), and every point of a score traces back to
terms that the item and the posting share: those terms are the explanation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from tailor.analysis import Analysis, analyse
from tailor.cv.model import CV
from tailor.lexicon import Lexicon, bundled_lexicon
from tailor.posting import Posting, structure
from tailor.posting.structure import SECTION_WEIGHTS, Section, SectionKind

ItemKind = Literal["bullet", "publication", "skill"]

EXPLANATION_TERMS = 5
"""How many of the posting terms that contributed most to an item's score are kept."""

FIT_TOP_K = 5
"""The overall fit is the mean score of the best this-many bullets and publications."""


@dataclass(frozen=True)
class ScoredItem:
    """One CV item with its relevance to the posting."""

    id: str
    kind: ItemKind
    text: str
    """Exactly as in the CV data."""
    score: float
    terms: tuple[str, ...]
    """Posting terms that contributed most to the score, strongest first."""
    entry: str = ""
    """For a bullet, its employer."""


@dataclass(frozen=True)
class Ranking:
    """Every CV item scored against one posting, each list best first (ties in CV order)."""

    score: float
    """How well the CV as a whole fits the posting; comparable across postings."""
    bullets: list[ScoredItem]
    publications: list[ScoredItem]
    skills: list[ScoredItem]
    cv: PreparedCV | None = field(default=None, compare=False, repr=False)
    """The analysed CV behind the scores, for explanations and coverage."""
    posting: AnalysedPosting | None = field(default=None, compare=False, repr=False)
    """The analysed posting behind the scores."""


@dataclass(frozen=True)
class _Item:
    id: str
    kind: ItemKind
    text: str
    entry: str
    match_text: str
    """What is analysed: the text, plus a bullet's tags."""


def _items(cv: CV) -> list[_Item]:
    items = [_Item(b.id, "bullet", b.text, e.employer, " ".join([b.text, *b.tags])) for e, b in cv.bullets()]
    items += [_Item(p.id, "publication", p.title, p.venue or "", p.title) for p in cv.publications]
    items += [_Item(f"skill-{i}", "skill", s, "", s) for i, s in enumerate(cv.skills, start=1)]
    return items


@dataclass(frozen=True, eq=False)
class PreparedCV:
    """A CV analysed and vectorised once, ready to be ranked against any number of postings."""

    items: list[_Item]
    analyses: list[Analysis]
    vectorizer: Any
    """The fitted ``TfidfVectorizer``."""
    matrix: Any
    """One L2-normalised TF-IDF row per item (scipy sparse)."""
    lexicon: Lexicon

    def terms_of(self, item_id: str) -> frozenset[str]:
        return frozenset(self.analyses[self._row[item_id]].terms)

    @cached_property
    def _row(self) -> dict[str, int]:
        return {item.id: n for n, item in enumerate(self.items)}


def prepare_cv(cv: CV, lexicon: Lexicon | None = None) -> PreparedCV:
    """Analyse every bullet, publication title and skill of ``cv`` and fit the TF-IDF weights."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    lexicon = lexicon or bundled_lexicon()
    items = _items(cv)
    analyses = analyse((i.match_text for i in items), lexicon)
    # The IDF is fitted on the CV's own items, not on the posting. What we rank is CV
    # items, so a term should weigh more when it singles out few of them ("MPI") and less
    # when half the CV says it ("distributed"); the posting's own repetitions already
    # count through its term frequencies. Fitting on the CV alone also keeps the weights
    # the same for every posting, so scores are comparable across postings, and lets one
    # fitted CV serve many postings. The analyzer is the identity: spaCy made the terms.
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform([a.terms for a in analyses])
    return PreparedCV(items, analyses, vectorizer, matrix, lexicon)


@dataclass(frozen=True)
class AnalysedPosting:
    """A posting's sections, each with its analysis."""

    posting: Posting
    sections: list[tuple[Section, Analysis]]


def analyse_posting(posting: Posting, lexicon: Lexicon | None = None) -> AnalysedPosting:
    """Analyse every non-empty section of ``posting``."""
    sections = [s for s in structure.of(posting).sections if s.text]
    analyses = analyse((s.text for s in sections), lexicon or bundled_lexicon())
    return AnalysedPosting(posting, list(zip(sections, analyses, strict=True)))


def rank(
    cv: CV | PreparedCV,
    posting: Posting | AnalysedPosting,
    *,
    lexicon: Lexicon | None = None,
    weights: Mapping[SectionKind, float] = SECTION_WEIGHTS,
) -> Ranking:
    """Score every bullet, publication and skill of ``cv`` against ``posting``.

    Either may come already analysed (:func:`prepare_cv`, :func:`analyse_posting`), so
    that a CV is analysed once for many postings. ``weights`` says how much a term
    counts by the kind of posting section it is in; giving every kind 1.0 ranks
    against the posting as one bag of words.
    """
    prepared = cv if isinstance(cv, PreparedCV) else prepare_cv(cv, lexicon)
    analysed = posting if isinstance(posting, AnalysedPosting) else analyse_posting(posting, prepared.lexicon)
    vectorizer, matrix = prepared.vectorizer, prepared.matrix
    query = _query_vector(vectorizer, [(weights[s.kind], a.terms) for s, a in analysed.sections if weights[s.kind] > 0])
    scores = (matrix @ query.T).toarray().ravel()
    # Each term's share of a score is the product of its weights in item and query.
    contributions = matrix.multiply(query).tocsr()
    vocabulary = vectorizer.get_feature_names_out()

    scored = []
    for row, item in enumerate(prepared.items):
        start, end = contributions.indptr[row], contributions.indptr[row + 1]
        pairs = sorted(
            zip(contributions.data[start:end], contributions.indices[start:end], strict=True),
            key=lambda p: (-p[0], vocabulary[p[1]]),
        )
        terms = tuple(str(vocabulary[i]) for value, i in pairs[:EXPLANATION_TERMS] if value > 0)
        scored.append(ScoredItem(item.id, item.kind, item.text, round(float(scores[row]), 6), terms, item.entry))

    def best_first(kind: ItemKind) -> list[ScoredItem]:
        # sorted() is stable, so equal scores keep the CV's order.
        return sorted((s for s in scored if s.kind == kind), key=lambda s: -s.score)

    bullets, publications = best_first("bullet"), best_first("publication")
    return Ranking(_fit(bullets + publications), bullets, publications, best_first("skill"), prepared, analysed)


def _query_vector(vectorizer, weighted_terms: list[tuple[float, list[str]]]):
    """The posting as one L2-normalised TF-IDF row, each section's terms scaled by its weight.

    Term frequency is sublinear within each section (1 + ln count), as for the items,
    and only then weighted and summed over sections: a company blurb that says "cloud"
    nine times adds 0.15 × (1 + ln 9) ≈ 0.5 for it, less than one mention in the
    requirements. Summing before the logarithm would let repetition in low-weight text
    outweigh a requirement stated once.
    """
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    index = vectorizer.vocabulary_
    tf = np.zeros(len(index))
    for weight, terms in weighted_terms:
        for term, count in Counter(terms).items():
            if (column := index.get(term)) is not None:
                tf[column] += weight * (1 + np.log(count))
    return normalize(csr_matrix(tf * vectorizer.idf_))


def _fit(items: Sequence[ScoredItem]) -> float:
    top = sorted((i.score for i in items), reverse=True)[:FIT_TOP_K]
    return round(sum(top) / len(top), 6) if top else 0.0


def _identity(terms: list[str]) -> list[str]:
    return terms
