"""The private labelled sets are kept as positions in their public sources, and come back word for word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.evalsets import spell, spelt, unspell, unspelt

SOURCE = "- Led a team of 12 nurses on a 30-bed ward &amp; trained new staff.\n- Cut wait times by 20%.\n"
EDUCATION = "BSN, University of Lagos, 2016"


def test_a_transcribed_cv_is_kept_as_runs_of_its_sources_and_comes_back_the_same() -> None:
    cv = {
        "work": [{"name": "Ward 4", "highlights": ["Led a team of 12 nurses on a 30-bed ward & trained new staff."]}],
        "education": [{"institution": "University of Lagos", "endDate": "2016"}],
        "meta": {"items": 1, "draft": False},
    }
    kept = spelt(cv, [SOURCE, EDUCATION])
    assert unspelt(kept, [SOURCE, EDUCATION]) == cv
    (bullet,) = kept["work"][0]["highlights"]
    assert "nurses" not in str(kept)  # positions, not words
    assert [SOURCE[a:b] for _, a, b in bullet["$"]] == [
        "Led a team of 12 nurses on a 30-bed ward &",
        " trained new staff.",
    ]
    assert kept["education"][0]["institution"] == {"$": [[1, 5, 24]]}  # from the second file, in one run
    assert kept["meta"] == {"items": 1, "draft": False}


def test_a_character_no_source_has_is_kept_by_its_code_point() -> None:
    assert spell("ward—1", [SOURCE]) == [[0, 38, 42], ord("—"), [0, 16, 17]]
    assert unspell(spell("ward—1", [SOURCE]), [SOURCE]) == "ward—1"


@given(st.text(max_size=80))
def test_any_text_comes_back_from_its_spelling(text: str) -> None:
    assert unspell(spell(text, [SOURCE, EDUCATION]), [SOURCE, EDUCATION]) == text
