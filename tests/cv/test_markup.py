"""Specifications for tailor.cv.markup: *italic* and **bold** in CV texts, and what stays a literal asterisk."""

from __future__ import annotations

import pytest

from tailor.cv import CV
from tailor.cv.markup import Span, plain, spans


def test_single_asterisks_make_italic_and_double_ones_bold() -> None:
    assert spans("Thesis *On Things* won **twice**.") == [
        Span("Thesis "),
        Span("On Things", italic=True),
        Span(" won "),
        Span("twice", bold=True),
        Span("."),
    ]


def test_one_emphasis_may_hold_the_other() -> None:
    assert spans("**bold with *italic* inside**") == [
        Span("bold with ", bold=True),
        Span("italic", bold=True, italic=True),
        Span(" inside", bold=True),
    ]


def test_emphasis_may_sit_beside_punctuation() -> None:
    assert plain("(*see* below), *NSMC'10*.") == "(see below), NSMC'10."
    assert spans("*a*, *b*")[0] == Span("a", italic=True)


@pytest.mark.parametrize(
    "text",
    [
        "2*3*4",  # inside a word: arithmetic, not emphasis
        "A* search and B* trees",
        "*nix",  # never closed
        "a lone * star",
        "x * y * z",  # a marker next to a space neither opens nor closes
        "***",
        "rated *****",
        "snake_case and _underscores_",  # underscores are never emphasis
        "",
    ],
)
def test_asterisks_that_do_not_open_and_close_emphasis_are_printed_as_written(text: str) -> None:
    assert plain(text) == text
    assert all(not s.bold and not s.italic for s in spans(text))


def test_an_unclosed_marker_stays_while_a_later_pair_is_emphasis() -> None:
    assert spans("*unclosed and **bold**") == [Span("*unclosed and "), Span("bold", bold=True)]


def test_plain_text_takes_out_only_the_markers() -> None:
    text = 'Taught *R&D <AI> "quotes"* and **{{ 東京 }}** 🚀.'
    assert plain(text) == 'Taught R&D <AI> "quotes" and {{ 東京 }} 🚀.'


def test_a_bullet_keeps_its_markers_and_gives_its_plain_text() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "experience": [
                {"id": "e", "employer": "E", "role": "R", "start": "1", "bullets": [{"id": "b", "text": "Ran *MPI*."}]}
            ],
        }
    )
    bullet = cv.experience[0].bullets[0]
    assert (bullet.text, bullet.plain) == ("Ran *MPI*.", "Ran MPI.")
