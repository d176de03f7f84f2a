"""Specifications for tailor.cv.markup: *italic*, **bold** and links in CV texts, and what stays as written."""

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


def test_a_link_reads_as_its_words_and_keeps_its_address_in_markdown_or_html() -> None:
    html = "Followed Segment's <a href='https://segment.com/academy'>Object Action Framework</a> for analytics."
    markdown = "Wrote [the **style guide**](https://example.org/guide) for [docs](mailto:docs@example.org)."
    assert plain(html) == "Followed Segment's Object Action Framework for analytics."
    assert plain(markdown) == "Wrote the style guide for docs."
    assert spans(markdown) == [
        Span("Wrote "),
        Span("the ", url="https://example.org/guide"),
        Span("style guide", bold=True, url="https://example.org/guide"),
        Span(" for "),
        Span("docs", url="mailto:docs@example.org"),
        Span("."),
    ]


@pytest.mark.parametrize(
    "text", ["Cited [1] and [2].", "Typed list[int](x) in Python.", "Linked [a](ftp://host/a).", "An <a> tag."]
)
def test_brackets_and_anchors_that_are_no_web_link_are_printed_as_written(text: str) -> None:
    assert plain(text) == text
