"""A letter's slots are plain substitution of the posting's own words; everything else is text."""

from __future__ import annotations

import pytest

from tailor.cv import slots


def test_slots_are_filled_verbatim_and_other_braces_are_text() -> None:
    text = "At {{company}} as {{ title }}: {{ 5 }}, {% if x %}, {{ company }} again."
    values = {"company": "R&D <Labs> {{ title }}", "title": "Engineer"}
    assert slots.used(text) == ["company", "title"]
    # A value is never read as a slot or a tag: what the posting says is printed as it says it.
    assert slots.fill(text, values) == (
        "At R&D <Labs> {{ title }} as Engineer: {{ 5 }}, {% if x %}, R&D <Labs> {{ title }} again."
    )


def test_a_slot_without_a_value_is_missing_and_cannot_be_filled() -> None:
    assert slots.missing("Dear {{ hiring_manager }} of {{ team }},", {"team": "Data"}) == ["hiring_manager"]
    with pytest.raises(KeyError):
        slots.fill("Dear {{ hiring_manager }},", {"hiring_manager": ""})


def test_unknown_names_are_found_with_the_slot_meant() -> None:
    assert slots.unknown("{{ compnay }} and {{ title }} and {{ x }}") == ["compnay", "x"]
    assert "did you mean {{ company }}?" in slots.describe_unknown("compnay")


def test_ranking_reads_the_owners_words_without_the_slots() -> None:
    assert slots.without("I would like to join {{ company }} as its {{ title }}.") == "I would like to join as its ."


def test_a_value_ending_with_a_full_stop_ends_the_sentence_with_it_not_with_two() -> None:
    text = "I could help {{ company }}. Thank you, {{ company }}... or {{ company }}? {{ title }}."
    values = {"company": "Fenwick Mills, Inc.", "title": "Buyer"}
    assert slots.fill(text, values) == (
        "I could help Fenwick Mills, Inc. Thank you, Fenwick Mills, Inc.... or Fenwick Mills, Inc.? Buyer."
    )


def test_a_name_that_begins_with_the_drops_it_after_the_or_dear_and_lowercases_it_within_a_sentence() -> None:
    values = {"company": "The Gilded Lantern", "team": "Theatre team"}

    assert slots.fill("Dear {{ company }} hiring team,", values) == "Dear Gilded Lantern hiring team,"
    assert slots.fill("I would join the {{company}} kitchen.", values) == "I would join the Gilded Lantern kitchen."
    assert slots.fill("I admire {{ company }}. At {{ company }}'s bar", values) == (
        "I admire the Gilded Lantern. At the Gilded Lantern's bar"
    )
    # A word that only ends in "the" is no article, nor is a name that only begins with "The".
    breathe = slots.fill("Breathe {{ company }}; dear {{ team }}", values)
    assert breathe == "Breathe the Gilded Lantern; dear Theatre team"


def test_a_name_that_begins_with_the_keeps_its_capital_where_a_sentence_starts() -> None:
    values = {"company": "The Office of Financial Management"}

    text = '{{ company }} hires. Why? {{ company }} leads. Re: {{ company }}\n{{ company }} and "{{ company }}"'
    assert slots.fill(text, values) == (
        "The Office of Financial Management hires. Why? The Office of Financial Management leads. "
        "Re: The Office of Financial Management\nThe Office of Financial Management and "
        '"the Office of Financial Management"'
    )
    assert slots.fill("I am eager to work with {{ company }}.", values) == (
        "I am eager to work with the Office of Financial Management."
    )


def test_a_name_ending_in_a_plurals_s_takes_the_apostrophe_alone() -> None:
    values = {"company": "Meridian Devices"}
    assert slots.fill("At {{ company }}'s clinics and {{ company }}’s labs.", values) == (
        "At Meridian Devices' clinics and Meridian Devices’ labs."
    )
    assert slots.fill("{{ company }}'s team", {"company": "Acme"}) == "Acme's team"
    assert slots.fill("{{ company }}'s team", {"company": "Glass Business"}) == "Glass Business's team"


@pytest.mark.parametrize(
    ("title", "filled"),
    [
        ("Operations Analyst", "As an Operations Analyst"),
        ("HR Generalist", "As an HR Generalist"),  # letters said one by one
        ("Unit Clerk", "As a Unit Clerk"),  # a vowel said with a "y"
        ("UX Designer", "As a UX Designer"),
        ("Dispatcher", "As a Dispatcher"),
    ],
)
def test_the_owners_a_or_an_agrees_with_the_value_after_it(title: str, filled: str) -> None:
    assert slots.fill("As a {{ title }}", {"title": title}) == filled
    assert slots.fill("As an {{ title }}", {"title": title}) == filled
