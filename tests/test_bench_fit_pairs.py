"""The strong postings that score no higher than a moderate one are listed with the words that made both scores."""

from __future__ import annotations

from bench.fit_pairs import Scored, heaviest, inverted, report, set_auc


def _posting(name: str, category: str, score: float, **terms: tuple[float, float]) -> Scored:
    return Scored(name, category, score, 0.2, 4, 1, dict(terms), 10.0)


def test_a_strong_posting_is_listed_with_every_moderate_one_that_scores_as_high_or_higher() -> None:
    postings = [
        _posting("home-visitor", "strong", 0.22),
        _posting("postpartum", "strong", 0.27),
        _posting("med-surg", "moderate", 0.26),
        _posting("recovery-room", "moderate", 0.22),
        _posting("clinic", "irrelevant", 0.05),
    ]
    pairs = [(strong.name, [m.name for m in above]) for strong, above in inverted(postings)]
    assert pairs == [("home-visitor", ["med-surg", "recovery-room"])]
    assert set_auc(postings) == (1 + 1 + 0 + 0.5) / 4  # a tie counts half, as the sets' score.py counts it


def test_the_heaviest_terms_are_shares_of_the_fits_weight_missing_and_said() -> None:
    buyer = _posting("buyer", "strong", 0.1, procurement=(6.0, 0.0), suppliers=(2.0, 1.0), sap=(2.0, 0.5))
    assert heaviest(buyer, said=False, count=2) == "procurement 30.0, sap 5.0"
    assert heaviest(buyer, said=True, count=5) == "suppliers 10.0, sap 5.0"  # nothing of procurement is said
    assert buyer.breadth == (2.0 + 1.0) / (10.0 + 10.0)


def test_a_set_with_no_inverted_pair_is_reported_by_its_postings_alone() -> None:
    text = report("teacher", [_posting("a", "strong", 0.3), _posting("b", "moderate", 0.2)], 8)
    assert text.splitlines()[0] == "== teacher: AUC s/m 1.000"
    assert len(text.splitlines()) == 3 and "≤" not in text
