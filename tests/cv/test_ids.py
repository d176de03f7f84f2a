"""Ids made from names: tailor/cv/ids.py."""

from __future__ import annotations

from tailor.cv.ids import slug, unique


def test_a_long_name_is_cut_after_a_whole_word_not_inside_one() -> None:
    assert slug("Oregon Department of Human Services, Child Welfare") == "oregon-department-of-human-services"
    assert slug("Sketch of the Analytical Engine, with Notes", 24) == "sketch-of-the-analytical"


def test_a_name_without_a_word_end_in_its_second_half_is_cut_at_the_limit() -> None:
    assert slug("Donaudampfschifffahrtsgesellschaftskapitänswitwe") == "donaudampfschifffahrtsgesellschaftskapit"
    assert slug("École Polytechnique (EPFL)") == "ecole-polytechnique-epfl"


def test_a_taken_id_gets_a_number() -> None:
    taken: set[str] = set()
    assert [unique("acme", taken) for _ in range(3)] == ["acme", "acme-2", "acme-3"]
