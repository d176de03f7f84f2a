"""Specifications for tailor.export: what every export holds, and the shapes it writes dates and links in."""

from __future__ import annotations

import json

import pytest
from ruamel.yaml import YAML

from tailor.cv import CV, load_cv
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


def test_a_role_without_its_employer_or_its_title_exports_what_the_cv_gives_in_every_format() -> None:
    bullet = [{"id": "b", "text": "Photographed weddings."}]
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "experience": [
                {"id": "own", "role": "Freelance Photographer", "bullets": bullet},
                {"id": "studio", "employer": "Harbour Studio", "bullets": [{"id": "c", "text": "Ran the darkroom."}]},
            ],
        }
    )
    markdown = export("markdown", everything(cv)).data.decode("utf-8")
    assert "### Freelance Photographer\n" in markdown and "### Harbour Studio\n" in markdown
    work = json.loads(export("json-resume", everything(cv)).data)["work"]
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Freelance Photographer", None),
        (None, "Harbour Studio"),
    ]
    rendercv = export("rendercv", everything(cv))
    roles = YAML(typ="safe").load(rendercv.data.decode("utf-8"))["cv"]["sections"]["experience"]
    assert [r["name"] for r in roles] == ["Freelance Photographer", "Harbour Studio"]  # RenderCV's NormalEntry
    assert any("NormalEntry" in note for note in rendercv.notes)
