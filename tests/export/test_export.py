"""Specifications for tailor.export: what every export holds, and the shapes it writes dates and links in."""

from __future__ import annotations

import pytest

from tailor.cv import load_cv
from tailor.export import FORMATS, everything, export
from tailor.export.tailored import iso, qualified, web
from tailor.outputs import SIBLINGS
from tests.conftest import LETTER_CV


@pytest.mark.parametrize(
    ("written", "shape"),
    [("Mar 2021", "2021-03"), ("2021-03-01", "2021-03-01"), ("2019", "2019"), ("03/2021", "2021-03"),
     ("present", None), ("Summer 2015", None), (None, None)],
)  # fmt: skip
def test_dates_are_iso_as_precise_as_written(written: str | None, shape: str | None) -> None:
    assert iso(written) == shape


def test_links_get_a_scheme_and_bullets_keep_their_qualifier() -> None:
    assert web("example.org") == "https://example.org" and web("http://a.example") == "http://a.example"
    assert qualified("Taught MPI.", "As postdoc") == "As postdoc: Taught MPI." and qualified("x", "") == "x"


def test_every_format_is_an_output_beside_the_resume_and_holds_no_letter() -> None:
    assert set(FORMATS) <= set(SIBLINGS)
    cv = load_cv(LETTER_CV)
    for kind in FORMATS:
        text = export(kind, everything(cv)).data.decode("utf-8")
        assert "Fjord AI" in text and "hiring team" not in text  # the letter is not part of the CV's exports
