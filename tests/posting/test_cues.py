"""Cues: the words one of which every match of a pattern holds, read from the pattern, so that a text holding none
of them is passed over unscanned; never a text the pattern would match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor.posting import items, structure
from tailor.posting.cues import cues, may_hold


def test_each_alternative_gives_a_word_it_needs() -> None:
    found = cues(re.compile(r"salary|paid time off|\bpto\b|(?:medical|health) insurance"))
    assert found is not None and not found.case_blind
    assert set(found.words) == {"salary", "paid time off", "pto", "medical insurance", "health insurance"}


def test_a_word_spelt_several_ways_is_each_of_its_spellings() -> None:
    found = cues(re.compile(r"licen[cs]e|benefits? (?:plan|package)"))
    assert found is not None
    plans = {"benefit plan", "benefits plan", "benefit package", "benefits package"}
    assert set(found.words) == {"licence", "license", *plans}


def test_a_word_that_holds_another_cue_is_none_of_its_own() -> None:
    found = cues(re.compile(r"dental|dental insurance|vision"))
    assert found is not None and set(found.words) == {"dental", "vision"}


def test_a_pattern_with_an_alternative_that_needs_no_word_has_no_cues() -> None:
    assert cues(re.compile(r"salary|\d+ an hour|[a-z]+ pay")) is not None  # " an hour", " pay"
    assert cues(re.compile(r"salary|\d+")) is None
    assert cues(re.compile(r"salary|(?:per )?")) is None


def test_a_case_blind_patterns_cues_meet_any_case_of_ascii_text() -> None:
    found = cues(re.compile(r"\bpreferred\b|nice[- ]to[- ]have", re.IGNORECASE))
    assert found is not None and found.case_blind
    assert found.may_match("Kubernetes experience PREFERRED")
    assert found.may_match("Nice-To-Have: Go")
    assert not found.may_match("Kubernetes experience required")


def test_text_beyond_ascii_is_left_to_a_case_blind_pattern() -> None:
    # The Kelvin sign is a "k" to a case-blind pattern, which lowercasing does not make ASCII.
    pattern = re.compile(r"kubernetes", re.IGNORECASE)
    found = cues(pattern)
    assert found is not None and pattern.search("\u212aubernetes")
    assert found.may_match("\u212aubernetes") and may_hold("\u212aubernetes", ("kubernetes",))


def test_a_case_blind_group_in_a_pattern_that_is_not_gives_no_word() -> None:
    found = cues(re.compile(r"(?i:remote) work"))
    assert found is not None and found.words == (" work",)


WORDS = [
    "salary", "Salary", "benefits", "package", "plan", "paid", "time", "off", "PTO", "pto", "dental", "vision",
    "401(k)", "$", "120,000", "per", "year", "equity", "diversity,", "and", "inclusion", "equal", "opportunity",
    "employer", "preferred", "nice-to-have", "a", "plus", "is", "not", "required", "team", "building", "apply",
    "to", "cover", "letter", "we", "offer", "python", "experience", "with", "\u212a", "é", "-", ".",
]  # fmt: skip
PATTERNS = [
    *(pattern for _, pattern in structure._COMPILED_CONTENT_RULES),
    items._NICE_TO_HAVE,
    items._WHERE_FROM,
    items._SCREENING,
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", ", "]))
def test_no_text_a_pattern_matches_is_passed_over(words: list[str], space: str) -> None:
    text = space.join(words)
    for pattern in PATTERNS:
        found = cues(pattern)
        assert found is not None
        for said in (text, text.lower()):
            if pattern.search(said):
                assert found.may_match(said), (pattern.pattern[:40], said)


@pytest.mark.parametrize(("pattern", "text"), [(p, t) for p in PATTERNS for t in ("", "We build data pipelines.")])
def test_the_rules_asked_of_every_block_and_item_have_cues_that_pass_plain_duties_over(
    pattern: re.Pattern[str], text: str
) -> None:
    found = cues(pattern)
    assert found is not None and not found.may_match(text.lower() if not found.case_blind else text)
