"""Importing a JSON Resume: the same conversion as ``--cv resume.json``, with what it left out kept."""

from __future__ import annotations

import json
from pathlib import Path

from tailor.cv import CV
from tailor.cv.importers import clean, import_cv


def test_a_json_resume_becomes_a_draft_with_its_typos_and_left_out_projects_listed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Grace Example", "label": "Data Engineer"},
        "work": [
            {"name": "Fleet Data Co", "position": "Engineer", "startDate": "2021-03", "highlights": ["Built it."]},
            {"name": "Quay Labs", "position": "Analyst", "startDate": "2016", "hightlights": ["Lost?"]},
        ],
        "projects": [{"name": "tidy-loader", "description": "A CSV loader.", "highlights": ["Never guesses."]}],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert [e.employer for e in cv.experience] == ["Fleet Data Co", "Quay Labs"]
    assert [p.path for p in draft.source_problems] == ["work[1].hightlights", "projects[0]"]
    assert draft.leftovers[1:] == ["tidy-loader", "A CSV loader.", "Never guesses."]


def test_entries_left_out_of_any_section_are_kept_aside_and_an_undated_role_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Grace Example"},
        "work": [
            {"name": "Fleet Data Co", "position": "Engineer", "highlights": ["Built it.", ""]},
            {"name": "", "position": "", "highlights": [""]},
        ],
        "education": [{"studyType": "BSc", "area": "Statistics"}],
        "projects": [{"name": "tidy-loader", "description": "A CSV loader."}],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)

    left_out = ["work[0].highlights[1]", "work[1]", "projects[0]", "education[0]"]
    assert [p.path for p in draft.source_problems] == left_out
    assert draft.leftovers == [
        "projects[0] (a project needs 'roles' (your part in it) or an 'entity'):",
        "tidy-loader",
        "A CSV loader.",
        "education[0] (an entry without its 'institution'):",
        "Statistics",
        "BSc",
    ]
    assert [(n.loc, n.message) for n in draft.notes] == [
        (("experience", 0), "no start date in the source: add it if you know it")
    ]
    assert CV.model_validate(clean(draft.data)).experience[0].start is None
