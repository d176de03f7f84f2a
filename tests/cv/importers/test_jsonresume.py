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
