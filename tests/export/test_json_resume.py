"""The JSON Resume export: valid against the schema shipped with these tests, the résumé's items in its order,
and a JSON Resume exported whole reads back as the same CV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tailor import resources
from tailor.cv import load_cv, read_cv
from tailor.export import Tailored, everything, export
from tailor.pipeline import match
from tests.conftest import DATA, LETTER_CV

SCHEMA = json.loads((DATA / "jsonresume" / "schema.json").read_text(encoding="utf-8"))
DESIGNER = DATA / "cvs" / "product-designer.resume.json"
POSTING = DATA / "postings" / "distributed-training.txt"


def closed(schema: Any) -> Any:
    """The schema with no room for keys it does not define: the export invents no field."""
    if isinstance(schema, dict):
        schema = {k: closed(v) for k, v in schema.items()}
        if schema.get("type") == "object" and "properties" in schema:
            schema["additionalProperties"] = False
        return schema
    return [closed(v) for v in schema] if isinstance(schema, list) else schema


def problems(document: dict[str, Any]) -> list[str]:
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for strictness in (SCHEMA, closed(SCHEMA))
        for e in jsonschema.Draft7Validator(strictness, format_checker=checker).iter_errors(document)
    ]


def exported(tailored: Tailored) -> dict[str, Any]:
    return json.loads(export("json-resume", tailored).data)


@pytest.mark.parametrize("cv", ["example", LETTER_CV, DATA / "cvs" / "data-engineer.yaml", DESIGNER], ids=str)
def test_the_export_is_a_valid_json_resume_whole_and_tailored(cv: str | Path) -> None:
    assert problems(exported(everything(load_cv(cv) if cv != "example" else match(POSTING, cv).cv))) == []
    tailored = match(POSTING, cv, max_bullets=6)
    assert problems(exported(Tailored(tailored.cv, tailored.selection))) == []


def test_the_export_holds_exactly_the_selected_items_in_the_resumes_order() -> None:
    result = match(POSTING, "example", max_bullets=7)
    chosen = Tailored(result.cv, result.selection, result.headline.text if result.headline else None)
    document = exported(chosen)
    assert [w["name"] for w in document["work"]] == [r.entry.employer for r in result.selection.roles]
    highlights = [h for w in document["work"] for h in w.get("highlights", [])]
    printed = [f"{b.role}: {b.text}" if b.role else b.text for r in result.selection.roles for b in r.printed]
    assert highlights == printed and len(highlights) == 7
    assert [p["name"] for p in document["publications"]] == [p.title for p in result.selection.publications]
    assert [s["name"] for s in document["skills"]] == result.selection.skills
    assert document["basics"]["label"] == chosen.headline


def test_profiles_are_networks_links_or_handles() -> None:
    cv = load_cv(resources.default_cv()).model_copy(deep=True)
    contact = cv.contact.model_copy(update={"profiles": ["GitHub: ada", "linkedin.com/in/ada", "ada"]})
    basics = exported(everything(cv.model_copy(update={"contact": contact})))["basics"]
    assert basics["profiles"] == [
        {"network": "GitHub", "username": "ada"},
        {"network": "LinkedIn", "username": "ada", "url": "https://linkedin.com/in/ada"},
        {"username": "ada"},
    ]


@pytest.mark.parametrize(
    ("place", "location"),
    [
        ("Minneapolis, MN, US", {"city": "Minneapolis", "region": "MN", "countryCode": "US"}),
        ("Leeds, UK", {"city": "Leeds", "countryCode": "UK"}),
        ("Austin, TX", {"city": "Austin", "region": "TX"}),
        ("Lausanne, Switzerland", {"city": "Lausanne", "region": "Switzerland"}),
        ("Kowloon, Hong Kong, China", {"city": "Kowloon, Hong Kong", "region": "China"}),
        ("Remote", {"city": "Remote"}),
    ],
)
def test_a_place_is_its_city_and_region_and_the_country_code_it_ends_in(place: str, location: dict[str, str]) -> None:
    cv = load_cv(resources.default_cv()).model_copy(deep=True)
    contact = cv.contact.model_copy(update={"location": place})
    assert exported(everything(cv.model_copy(update={"contact": contact})))["basics"]["location"] == location


def test_dates_are_iso_and_an_open_end_has_none() -> None:
    work = exported(everything(load_cv(LETTER_CV)))["work"]
    assert (work[0]["startDate"], "endDate" in work[0]) == ("2021-04", False)
    assert (work[1]["startDate"], work[1]["endDate"]) == ("2016-09", "2021-03")


def test_a_date_json_resume_cannot_take_is_said_once_though_a_role_starts_and_ends_on_it() -> None:
    cv = load_cv(LETTER_CV).model_copy(deep=True)
    held = cv.experience[1].model_copy(update={"start": "Summer 2012", "end": "Summer 2012"})
    cv = cv.model_copy(update={"experience": [cv.experience[0], held]})
    notes = export("json-resume", everything(cv)).notes
    assert sum("'Summer 2012'" in note for note in notes) == 1


def test_a_json_resume_exported_whole_reads_back_as_the_same_cv(tmp_path: Path) -> None:
    cv = read_cv(DESIGNER).cv
    back = tmp_path / "back.resume.json"
    back.write_bytes(export("json-resume", everything(cv)).data)
    again = read_cv(back)
    assert again.warnings == [] and again.cv == cv
    assert cv.experience[0].bullets[0].text.endswith("by **40%**.")  # emphasis is kept, as Markdown


def test_what_json_resume_has_no_place_for_is_said() -> None:
    notes = export("json-resume", everything(load_cv(resources.default_cv()))).notes
    assert notes == [
        "JSON Resume has no place for your nationality, the places of your degrees, the link to your full list "
        "of publications: left out."
    ]
