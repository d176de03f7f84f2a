"""The JSON Schema of the CV format is what its generator makes from the model now."""

from __future__ import annotations

import json

from tailor.cv import schema
from tailor.cv.model import CV


def test_the_schema_file_is_what_its_generator_makes() -> None:
    assert schema.SCHEMA_FILE.read_text(encoding="utf-8") == schema.generate(), (
        "tailor/data/cv.schema.json is stale: run python -m tailor.cv.schema"
    )


def test_the_schema_is_strict_like_the_model_and_takes_numbers_where_the_model_does() -> None:
    found = json.loads(schema.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(found["properties"]) == set(CV.model_fields)
    assert found["additionalProperties"] is False
    publication = found["$defs"]["Publication"]["properties"]
    assert publication["year"]["anyOf"][0]["type"] == ["string", "number"]  # year: 2023, or none
    assert "year" not in found["$defs"]["Publication"].get("required", [])
    assert publication["id"]["type"] == "string"  # an id is a word, never a number
    headline = json.dumps(found["properties"]["headline"])
    assert '"$ref": "#/$defs/Variant"' in headline and '"type": ["string", "number"]' in headline


def test_the_editor_line_points_at_the_schema_file() -> None:
    assert schema.line() == f"# yaml-language-server: $schema={schema.SCHEMA_FILE.as_uri()}"


def test_the_schema_takes_skills_as_a_list_of_texts_or_a_mapping_of_groups_and_refuses_an_empty_name() -> None:
    import jsonschema

    found = json.loads(schema.SCHEMA_FILE.read_text(encoding="utf-8"))
    check = jsonschema.Draft202012Validator(found)
    base = {"contact": {"name": "Ines Varga"}}
    flat = {**base, "skills": ["wound care", {"name": "Epic", "pin": True}]}
    grouped = {**base, "skills": {"Clinical": ["wound care", "IV therapy"], "Systems": [{"name": "Epic", "pin": True}]}}
    mixed = {**base, "skills": ["seasonal menus", {"Pastry": ["lamination", {"name": "tempering", "pin": True}]}]}
    assert list(check.iter_errors(flat)) == [] and list(check.iter_errors(grouped)) == []
    assert list(check.iter_errors(mixed)) == []
    assert list(check.iter_errors({**base, "skills": {"Clinical": "wound care"}}))
    assert list(check.iter_errors({**base, "skills": [{"name": "Epic", "level": "expert"}]}))


def test_the_schema_takes_a_cv_without_ids_and_bullets_as_texts_as_the_loader_does() -> None:
    import jsonschema

    check = jsonschema.Draft202012Validator(json.loads(schema.SCHEMA_FILE.read_text(encoding="utf-8")))
    by_hand = {
        "contact": {"name": "Kwame Asante"},
        "experience": [
            {
                "employer": "Asante Landscaping",
                "role": "Crew Lead",
                "bullets": ["Led a crew of 4 on 60 residential jobs a season.", {"text": "Priced bids.", "pin": True}],
            }
        ],
        "publications": [{"title": "Native Plantings for Clay Soil", "year": 2022}],
        "letter": {"paragraphs": [{"text": "I run crews that finish on time."}]},
    }
    assert list(check.iter_errors(by_hand)) == []
    assert CV.model_validate(by_hand).experience[0].bullets[0].id == "asante-landscaping-1"
    # An id is still an id where one is written, and a bullet of no text is still refused.
    assert list(check.iter_errors({**by_hand, "publications": [{"id": "Pub 1", "title": "Native Plantings"}]}))
    assert list(check.iter_errors({**by_hand, "experience": [{"employer": "Asante", "bullets": [{"pin": True}]}]}))
