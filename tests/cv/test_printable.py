"""Specifications for tailor.cv.printable: the one rule for characters a résumé cannot show."""

from __future__ import annotations

import pytest

from tailor.cv.printable import printable, printable_data, unprintable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Built\va\fsimulator\x1fin C++", "Built a simulator in C++"),
        ("tab\tand next line\x85and\u2028separators\u2029", "tab and next line and separators "),
        ("line\r\nbreaks\rstay\nbreaks", "line\nbreaks\nstay\nbreaks"),
        ("bell\x07 null\x00 escape\x1b del\x7f c1\x9b", "bell null escape del c1"),
        ("half a \ud800character\udfff", "half a character"),
        ("non\ufffe\uffffchar\U0010ffff\ufdd0s", "nonchars"),
        ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
        ("bidi \u202eevil\u202c \u2067isolate\u2069 \u200emark\u200f", "bidi evil isolate mark"),
    ],
    ids=["spaces", "separators", "line breaks", "controls", "surrogates", "non-characters", "zero-width", "bidi"],
)
def test_what_a_resume_cannot_show_becomes_a_space_or_is_left_out(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert printable(shown) == shown  # once is enough


@pytest.mark.parametrize(
    "text",
    [
        'R&D <AI> "quotes" {{ not_a_var }} 🚀 Zürich 東京',
        "👩\u200d💻 family emoji and Persian \u200c joiners",
        "Ünïcödé, non\u00a0breaking and soft\u00adhyphen, שלום, مرحبا",
    ],
)
def test_everything_a_page_shows_is_kept_as_written(text: str) -> None:
    assert printable(text) == text
    assert unprintable(text) == []


def test_the_changed_characters_are_named_once_each_in_order() -> None:
    assert unprintable("a\vb\x1fc\vd\r\n") == ["U+000B", "U+001F"]


def test_printable_data_cleans_every_text_and_says_where() -> None:
    data = {"name": "Ada\x0b", "jobs": [{"bullets": ["ok", "bad\ud800"]}], "year": 2020}
    cleaned, changes = printable_data(data)
    assert cleaned == {"name": "Ada ", "jobs": [{"bullets": ["ok", "bad"]}], "year": 2020}
    assert changes == [(("name",), ["U+000B"]), (("jobs", 0, "bullets", 1), ["U+D800"])]
