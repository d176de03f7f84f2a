"""The RenderCV export: valid by RenderCV's own model (a test dependency), the résumé's items in its order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from ruamel.yaml import YAML

from tailor.cv import CV
from tailor.export import Tailored, everything, export
from tailor.pipeline import match
from tests.conftest import DATA, LETTER_CV, needs

POSTING = DATA / "postings" / "hpc-mpi-simulation.txt"


def exported(tailored: Tailored) -> dict[str, Any]:
    return YAML(typ="safe").load(export("rendercv", tailored).data.decode("utf-8"))


@needs("rendercv")
@pytest.mark.parametrize(
    "cv",
    [
        "example",
        LETTER_CV,
        *(DATA / "cvs" / f"{name}.resume.json" for name in ("product-designer", "freelance-photographer")),
    ],
    ids=str,
)
def test_rendercv_reads_the_export_whole_and_tailored(cv: Any) -> None:
    from rendercv.data import validate_input_dictionary_and_return_the_data_model

    result = match(POSTING, cv, max_bullets=5)
    for tailored in (everything(result.cv), Tailored(result.cv, result.selection)):
        model = validate_input_dictionary_and_return_the_data_model(exported(tailored))
        assert model.cv.name == result.cv.contact.name


@needs("rendercv")
def test_rendercv_reads_a_certificates_expiry() -> None:
    from rendercv.data import validate_input_dictionary_and_return_the_data_model

    certificate = {"name": "ACLS", "issuer": "American Heart Association", "date": "2024-06", "expires": "2026-06"}
    cv = CV.model_validate({"contact": {"name": "Ana Silva"}, "certificates": [certificate]})
    model = validate_input_dictionary_and_return_the_data_model(exported(everything(cv)))
    assert model.cv.sections_input["certificates"][0].highlights == ["Valid through Jun 2026"]


def test_the_export_holds_exactly_the_selected_items_in_the_resumes_order() -> None:
    result = match(POSTING, "example", max_bullets=5)
    sections = exported(Tailored(result.cv, result.selection))["cv"]["sections"]
    assert [e["company"] for e in sections["experience"]] == [r.entry.employer for r in result.selection.roles]
    highlights = [h for e in sections["experience"] for h in e.get("highlights", [])]
    assert highlights == [
        f"{b.role}: {b.text}" if b.role else b.text for r in result.selection.roles for b in r.printed
    ]
    assert [p["name"] for p in sections["publications"]] == [p.title for p in result.selection.publications]
    assert sections["skills"] == [", ".join(result.selection.skills)]


def test_dates_are_rendercvs_and_a_span_it_cannot_read_prints_as_tailor_prints_it() -> None:
    cv = CV.model_validate(
        {
            "contact": {
                "name": "Ada",
                "phone": "020 7946 0000",
                "profiles": ["github.com/ada", "www.linkedin.com/in/ada-l", "ada.example"],
            },
            "experience": [
                {"id": "a", "employer": "A", "role": "R", "start": "Mar 2021", "bullets": [{"id": "b", "text": "T."}]},
                {"id": "c", "employer": "C", "role": "R", "start": "Summer 2015", "end": "2016"},
            ],
            "education": [{"degree": "BSc", "institution": "U", "end": "2014"}],
        }
    )
    made = export("rendercv", everything(cv))
    document = YAML(typ="safe").load(made.data.decode("utf-8"))
    roles = document["cv"]["sections"]["experience"]
    assert (roles[0]["start_date"], roles[0]["end_date"]) == ("2021-03", "present")
    assert roles[1]["date"] == "Summer 2015 – 2016"
    assert document["cv"]["sections"]["education"][0]["date"] == 2014
    assert document["cv"]["social_networks"] == [
        {"network": "GitHub", "username": "ada"},
        {"network": "LinkedIn", "username": "ada-l"},  # written with "www." and no scheme, as imports write it
    ]
    assert "phone" not in document["cv"] and len(made.notes) == 2  # no country code; a network RenderCV lacks


def test_education_is_the_first_section_after_the_profile_where_the_resume_puts_it_first() -> None:
    result = match(POSTING, "example", max_bullets=4)
    later = list(exported(Tailored(result.cv, result.selection))["cv"]["sections"])
    first = list(exported(Tailored(result.cv, replace(result.selection, education_first=True)))["cv"]["sections"])
    assert later.index("experience") < later.index("education")
    assert first == ["education", *(name for name in later if name != "education")]
