"""Skills in groups, exported: a JSON Resume skill per group (``name``, ``keywords``), a Markdown line per group,
RenderCV's labelled lines; and each reads back, through ``tailor init``, as the same groups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tailor.cv import CV, load_cv
from tailor.cv.init import init
from tailor.export import Tailored, everything, export
from tailor.pipeline import match
from tests.conftest import DATA, needs

NURSE = DATA / "cvs" / "icu-nurse-grouped.yaml"
POSTING = DATA / "postings" / "registered-nurse.txt"


def chef() -> CV:
    """A pastry chef with some skills in groups and some of none."""
    return CV.model_validate(
        {
            "contact": {"name": "Odile Marchetti", "email": "odile@example.org"},
            "skills": [
                "seasonal menus",
                {"Pastry & Viennoiserie": ["lamination", "chocolate tempering"]},
                "catering",
                {"Kitchen": ["HACCP", "food cost control"]},
            ],
        }
    )


def pairs(cv: CV) -> set[tuple[str, str | None]]:
    return {(s.name, s.group) for s in cv.skills}


def imported(tmp_path: Path, name: str, data: bytes) -> CV:
    (tmp_path / name).write_bytes(data)
    written = init(tmp_path / "cv.yaml", tmp_path / name)
    assert written.cv is not None, written.problems
    return written.cv


def test_json_resume_has_a_skill_per_group_with_its_keywords_and_one_per_skill_of_no_group() -> None:
    document = json.loads(export("json-resume", everything(chef())).data)
    assert document["skills"] == [
        {"name": "Pastry & Viennoiserie", "keywords": ["lamination", "chocolate tempering"]},
        {"name": "Kitchen", "keywords": ["HACCP", "food cost control"]},
        {"name": "seasonal menus"},
        {"name": "catering"},
    ]


def test_a_tailored_json_resume_groups_only_the_kept_skills_the_most_relevant_group_first() -> None:
    result = match(POSTING, NURSE)
    document = json.loads(export("json-resume", Tailored(result.cv, result.selection)).data)
    kept = [k for entry in document["skills"] for k in entry["keywords"]]
    assert sorted(kept) == sorted(result.selection.skills)
    assert document["skills"][0]["name"] == "Certifications"  # BLS and ACLS, which the posting asks for


@pytest.mark.parametrize("cv", [load_cv(NURSE), chef()], ids=["nurse", "chef"])
def test_a_cv_exported_as_json_resume_and_imported_again_has_the_same_groups(tmp_path: Path, cv: CV) -> None:
    back = imported(tmp_path, "resume.json", export("json-resume", everything(cv)).data)
    assert pairs(back) == pairs(cv)


def test_markdown_prints_a_line_per_group_its_name_in_bold_and_the_skills_of_no_group_last() -> None:
    text = export("markdown", everything(chef())).data.decode("utf-8")
    section = text[text.index("## Skills") :].strip().split("\n\n")
    assert section[1:4] == [
        r"**Pastry & Viennoiserie:** lamination, chocolate tempering",
        "**Kitchen:** HACCP, food cost control",
        "seasonal menus, catering",
    ]


def rendercv_of(cv: CV) -> dict[str, Any]:
    return YAML(typ="safe").load(export("rendercv", everything(cv)).data.decode("utf-8"))


def test_rendercv_has_a_labelled_line_per_group_or_a_text_per_line_where_some_skills_have_no_group() -> None:
    nurse = rendercv_of(load_cv(NURSE))["cv"]["sections"]["skills"]
    assert nurse[0] == {
        "label": "Clinical",
        "details": "patient assessment, medication administration, IV therapy, telemetry, wound care, "
        "patient education",
    }
    assert [line["label"] for line in nurse] == ["Clinical", "Systems & Records", "Certifications"]
    assert rendercv_of(chef())["cv"]["sections"]["skills"] == [
        "**Pastry & Viennoiserie:** lamination, chocolate tempering",
        "**Kitchen:** HACCP, food cost control",
        "seasonal menus, catering",
    ]


@pytest.mark.parametrize("cv", [load_cv(NURSE), chef()], ids=["nurse", "chef"])
def test_a_cv_exported_for_rendercv_and_imported_again_has_the_same_groups(tmp_path: Path, cv: CV) -> None:
    back = imported(tmp_path, "Odile_CV.yaml", export("rendercv", everything(cv)).data)
    assert pairs(back) == pairs(cv)


@needs("rendercv")
@pytest.mark.parametrize("cv", [load_cv(NURSE), chef()], ids=["nurse", "chef"])
def test_rendercv_reads_grouped_skills(cv: CV) -> None:
    from rendercv.data import validate_input_dictionary_and_return_the_data_model

    model = validate_input_dictionary_and_return_the_data_model(rendercv_of(cv))
    assert model.cv.name == cv.contact.name
