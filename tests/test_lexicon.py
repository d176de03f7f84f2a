"""The skills lexicon: bundled data, and a user's own skills.yaml next to their CV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.errors import TailorError
from tailor.lexicon import bundled_lexicon, lexicon_for

CV_TEXT = (
    "contact: {name: Ada}\n"
    "experience:\n"
    "  - {id: e, employer: E, role: R, start: '1', bullets: [{id: b, text: Wrote Frobnicator plugins.}]}\n"
)


def test_bundled_lexicon_maps_aliases_to_canonical_names() -> None:
    lexicon = bundled_lexicon()
    assert lexicon.canonical("k8s") == "Kubernetes"
    assert lexicon.canonical("ML") == "machine learning"
    assert lexicon.canonical("torch") == "PyTorch"
    assert {"go", "c", "r"} <= lexicon.ambiguous


def test_a_skills_file_next_to_the_cv_adds_aliases(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text("skills:\n  Frobnicator: [frob]\n", encoding="utf-8")
    assert lexicon_for(tmp_path / "cv.yaml").canonical("frob") == "Frobnicator"
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements:\n- Frob experience.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", str(tmp_path / "cv.yaml"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "frobnicator" in data["bullets"][0]["terms"]
    assert [k["term"] for k in data["keywords"]] == ["Frobnicator"]
    assert data["keywords"][0]["status"] == "selected"


def test_a_broken_skills_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("skills: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(TailorError, match=r"skills\.yaml"):
        lexicon_for(tmp_path / "cv.yaml")


def test_a_skills_file_can_name_its_own_supporting_activities(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("supporting:\n  judging: [hackathon judge]\n", encoding="utf-8")
    lexicon = lexicon_for(tmp_path / "cv.yaml")
    assert lexicon.supporting["judging"] == ("hackathon judge",)
    assert "teaching assistant" in lexicon.supporting["teaching"]


def test_a_supporting_list_of_the_wrong_shape_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("supporting: [teaching]\n", encoding="utf-8")
    with pytest.raises(TailorError, match="'supporting'"):
        lexicon_for(tmp_path / "cv.yaml")
