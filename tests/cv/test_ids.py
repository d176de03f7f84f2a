"""Ids made from names: tailor/cv/ids.py."""

from __future__ import annotations

from tailor.cv.ids import entry_id, slug, unique


def test_a_long_name_is_cut_after_a_whole_word_not_inside_one() -> None:
    assert slug("Oregon Department of Human Services, Child Welfare") == "oregon-department-of-human-services"
    assert slug("Sketch of the Analytical Engine, with Notes", 24) == "sketch-of-the-analytical"


def test_a_name_without_a_word_end_in_its_second_half_is_cut_at_the_limit() -> None:
    assert slug("Donaudampfschifffahrtsgesellschaftskapitänswitwe") == "donaudampfschifffahrtsgesellschaftskapit"
    assert slug("École Polytechnique (EPFL)") == "ecole-polytechnique-epfl"


def test_a_taken_id_gets_a_number() -> None:
    taken: set[str] = set()
    assert [unique("acme", taken) for _ in range(3)] == ["acme", "acme-2", "acme-3"]


def test_an_entry_whose_name_is_taken_takes_its_other_name_then_a_number() -> None:
    taken = {"acme", "acme-1", "acme-2"}  # a first role at Acme and its two bullets
    assert entry_id("Acme", "Designer", "role-2", taken) == "acme-designer"
    assert entry_id("Acme", "Designer", "role-3", taken) == "acme-designer-2"
    assert entry_id("", "Designer", "role-4", taken) == "role-4"


def test_a_dash_or_sign_without_an_ascii_letter_parts_words_in_a_slug() -> None:
    assert slug("University of Oregon–Eastgate") == "university-of-oregon-eastgate"
    assert slug("Research · Development") == "research-development"
    assert slug("École Polytechnique") == "ecole-polytechnique"  # an accent still falls away
