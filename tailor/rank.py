"""Score every CV item against a posting with TF-IDF, and say why.

Every experience bullet, publication title and skill is a document; the posting
is the query. Scores are cosine similarities of TF-IDF vectors, so bullets and
publications share one scale (0 … 1), and every point of a score traces back to
terms that the item and the posting share: those terms are the explanation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tailor.analysis import analyse
from tailor.cv.model import CV
from tailor.posting import Posting

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


def rank(cv: CV, posting: Posting) -> Ranking:
    """Score every bullet, publication and skill of ``cv`` against ``posting``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    items = _items(cv)
    *item_terms, posting_terms = analyse([*(i.match_text for i in items), posting.text])

    # The IDF is fitted on the CV's own items, not on the posting. What we rank is CV
    # items, so a term should weigh more when it singles out few of them ("MPI") and less
    # when half the CV says it ("distributed"); the posting's own repetitions already
    # count through its term frequencies. Fitting on the CV alone also keeps the weights
    # the same for every posting, so scores are comparable across postings.
    # sublinear_tf stops a posting that repeats "data" twenty times from drowning its
    # other requirements. The analyzer is the identity: spaCy already produced the terms.
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform(item_terms)
    query = vectorizer.transform([posting_terms])
    scores = (matrix @ query.T).toarray().ravel()
    # Each term's share of a score is the product of its weights in item and query.
    contributions = matrix.multiply(query).tocsr()
    vocabulary = vectorizer.get_feature_names_out()

    scored = []
    for row, item in enumerate(items):
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
    return Ranking(_fit(bullets + publications), bullets, publications, best_first("skill"))


def _fit(items: Sequence[ScoredItem]) -> float:
    top = sorted((i.score for i in items), reverse=True)[:FIT_TOP_K]
    return round(sum(top) / len(top), 6) if top else 0.0


def _identity(terms: list[str]) -> list[str]:
    return terms
