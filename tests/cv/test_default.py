"""Specifications for tailor.cv.default: the CV a command uses when it is not told, never a stranger's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor import config, resources
from tailor.cli import app
from tailor.cv.default import find_cv
from tailor.errors import TailorError
from tests.conftest import DATA

POSTING = DATA / "postings" / "distributed-training.txt"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, as on a fresh machine."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def cv_file(path: Path, name: str = "Ada Example") -> Path:
    path.write_text(
        f"contact: {{name: {name}}}\nexperience:\n  - id: acme\n    employer: Acme\n    role: Engineer\n"
        "    start: 2020\n    bullets:\n      - {id: acme-1, text: Trained distributed models on GPUs.}\n",
        encoding="utf-8",
    )
    return path


def test_with_no_cv_anywhere_it_stops_and_says_how_to_make_one(folder: Path) -> None:
    with pytest.raises(TailorError) as raised:
        find_cv()
    message = str(raised.value)
    assert "tailor init" in message and "cv=example" in message and "TAILOR_CV" in message


def test_the_example_cv_is_used_only_when_asked_for_by_name(folder: Path) -> None:
    found = find_cv("example")
    assert found.path == resources.default_cv() and found.example


def test_cv_yaml_in_the_current_folder_is_the_default(folder: Path) -> None:
    cv_file(folder / "cv.yaml")
    assert find_cv().path == Path("cv.yaml")


def test_the_config_file_comes_before_the_current_folder(folder: Path, tmp_path: Path) -> None:
    cv_file(folder / "cv.yaml")
    mine = cv_file(tmp_path / "mine.yaml")
    config.write(config.Config(cv=str(mine)))
    found = find_cv()
    assert (found.path, found.source) == (mine, str(config.path()))


def test_tailor_cv_comes_before_the_config_file(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config.write(config.Config(cv=str(cv_file(tmp_path / "mine.yaml"))))
    monkeypatch.setenv("TAILOR_CV", "example")
    assert find_cv().example
    assert find_cv(tmp_path / "mine.yaml").path == tmp_path / "mine.yaml"  # what is given comes first of all


@pytest.mark.parametrize("where", ["TAILOR_CV", "config"])
def test_a_default_that_names_a_missing_file_says_which_setting_names_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    if where == "TAILOR_CV":
        monkeypatch.setenv("TAILOR_CV", "gone.yaml")
    else:
        config.write(config.Config(cv="gone.yaml"))
    with pytest.raises(TailorError, match=rf"gone\.yaml that .*{where}.* does not exist"):
        find_cv()


def test_commands_without_cv_use_the_default_and_stop_cleanly_without_one(folder: Path) -> None:
    runner = CliRunner()
    refused = runner.invoke(app, ["match", str(POSTING)])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "tailor init" in refused.output and "--cv example" in refused.output
    cv_file(folder / "cv.yaml")
    result = runner.invoke(app, ["match", str(POSTING), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"text": "Trained distributed models on GPUs."' in result.output


def test_warnings_about_the_cv_are_shown_by_every_command(folder: Path) -> None:
    (folder / "resume.json").write_text(
        '{"basics": {"name": "Ada"},\n "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020",\n'
        '  "hightlights": ["Trained distributed models."]},\n'
        '  {"name": "Initech", "position": "Intern", "startDate": "2019", "highlights": ["Ran GPU jobs."]}]}\n',
        encoding="utf-8",
    )
    warning = "Warning: resume.json:3: work[0].hightlights: unknown key 'hightlights', ignored; did you mean"
    for command in (["match", str(POSTING)], ["build", str(POSTING), "-o", "out.docx"], ["rank", str(POSTING)]):
        result = CliRunner().invoke(app, [*command, "--cv", "resume.json"])
        assert result.exit_code == 0, result.output
        assert warning in result.output


def test_a_cv_whose_every_bullet_was_lost_to_a_typo_is_a_clean_error_naming_the_typo(folder: Path) -> None:
    (folder / "resume.json").write_text(
        '{"basics": {"name": "Ada"},\n "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020",\n'
        '  "hightlights": ["Trained distributed models."]}]}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["match", str(POSTING), "--cv", "resume.json"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "holds no bullets, publications or skills" in result.output
    assert "resume.json:3: work[0].hightlights: unknown key 'hightlights'" in result.output
