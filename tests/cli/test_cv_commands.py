"""tailor init, validate and config, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.cv import schema
from tailor.errors import ExitCode
from tests.conftest import DATA

runner = CliRunner()
INVALID = DATA / "invalid_cvs"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_then_validate_in_an_empty_folder(folder: Path) -> None:
    made = runner.invoke(app, ["init"])
    assert made.exit_code == 0 and "Wrote cv.yaml: an example CV with every field" in made.output
    checked = runner.invoke(app, ["validate"])
    assert checked.exit_code == 0
    assert "cv.yaml (the current folder): a valid CV of Your Name: 3 roles with 4 bullets (1 pinned)" in checked.output
    again = runner.invoke(app, ["init"])
    assert again.exit_code == 2 and "cv.yaml already exists; pass --force" in again.output


@pytest.mark.parametrize("name", ["impossible_dates.yaml", "misspelt_keys.yaml", "unknown_key_and_wrong_type.yaml"])
def test_validate_lists_every_problem_with_file_and_line_and_no_traceback(name: str) -> None:
    result = runner.invoke(app, ["validate", str(INVALID / name)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{INVALID / name}:" in result.output and "tailor validate --help" in result.output


def test_validate_of_a_file_that_is_not_there_is_a_usage_error_as_in_every_command(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    validated = runner.invoke(app, ["validate", str(missing)])
    matched = runner.invoke(app, ["match", str(DATA / "postings" / "distributed-training.txt"), "--cv", str(missing)])
    assert validated.exit_code == matched.exit_code == 2
    assert "the file does not exist" in validated.output and "Pass an existing file with --cv." in validated.output


def test_validate_lists_json_resume_warnings_and_what_the_cv_holds(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        json.dumps(
            {
                "basics": {"name": "Grace Example"},
                "work": [
                    {"name": "Fleet", "position": "Engineer", "startDate": "2021-03", "highlights": ["Built it."]},
                    {"name": "Quay", "position": "Analyst", "startDate": "2016", "hightlights": ["Lost?"]},
                ],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert "work[1].hightlights: unknown key 'hightlights', ignored; did you mean 'highlights'?" in result.output
    assert "a valid CV of Grace Example: 2 roles with 1 bullet; 2016 – Present." in result.output


def test_validate_spans_the_cv_from_a_first_role_dated_in_words(tmp_path: Path) -> None:
    # "Summer 2013" prints as written and takes no part in the order check, but it is still the career's start.
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact: {name: Ines Ortega}\n"
        "experience:\n"
        "  - {id: a, employer: Clinic, role: Nurse, start: Mar 2019, bullets: [{id: a1, text: Triaged patients.}]}\n"
        "  - {id: b, employer: Camp Ola, role: Counselor, start: Summer 2013, end: Fall 2014}\n"
        "education:\n  - {institution: State College, degree: BSN, end: Expected 2026}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "; Summer 2013 – Present." in result.output


def test_validate_of_a_cv_mixing_json_resume_and_tailor_keys_says_which_key_lost_the_roles(tmp_path: Path) -> None:
    # basics: makes it a JSON Resume, whose roles are under work:; the roles under experience: are none of its own.
    path = tmp_path / "cv.yaml"
    path.write_text(
        "basics:\n  name: Ana Ruiz\nexperience:\n  - name: Acme Clinic\n    position: Nurse\n"
        "    highlights:\n      - Cared for 20 patients a shift.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "nothing to choose from" in result.output
    assert "cv.yaml:3: experience: unknown key 'experience', ignored; did you mean 'work'?" in result.output


def test_validate_takes_the_cv_as_the_other_commands_do_too() -> None:
    positional = runner.invoke(app, ["validate", "example"])
    option = runner.invoke(app, ["validate", "--cv", "example"])
    assert positional.exit_code == option.exit_code == 0 and positional.output == option.output
    both = runner.invoke(app, ["validate", "example", "--cv", str(DATA / "cvs" / "data-engineer.yaml")])
    assert both.exit_code == 2 and "Two CVs were given" in both.output and "Traceback" not in both.output


@pytest.mark.parametrize(("name", "what"), [("old-cv.docx", "a Word résumé"), ("old-cv.pdf", "a PDF résumé")])
def test_a_document_given_as_the_cv_says_to_import_it(tmp_path: Path, name: str, what: str) -> None:
    (tmp_path / name).write_bytes(b"PK\x03\x04" if name.endswith("docx") else b"%PDF-1.4")
    result = runner.invoke(
        app, ["match", str(DATA / "postings" / "distributed-training.txt"), "--cv", str(tmp_path / name)]
    )
    assert result.exit_code == 2 and f"looks like {what}" in result.output
    assert f"tailor init --from {tmp_path / name}" in result.output and "UTF-8" not in result.output


def test_validate_schema_prints_the_schema_file() -> None:
    result = runner.invoke(app, ["validate", "--schema"])
    assert result.output.strip() == str(schema.SCHEMA_FILE)


def test_config_sets_shows_and_unsets_the_default_cv(folder: Path) -> None:
    runner.invoke(app, ["init", "mine.yaml"])
    assert runner.invoke(app, ["config", "cv", "nope.yaml"]).exit_code == 2
    set_ = runner.invoke(app, ["config", "cv", "mine.yaml"])
    assert set_.exit_code == 0 and str((folder / "mine.yaml").resolve()) in set_.output
    shown = runner.invoke(app, ["config"])
    assert f"Commands without --cv use {(folder / 'mine.yaml').resolve()}" in shown.output
    assert runner.invoke(app, ["config", "cv"]).output.strip() == str((folder / "mine.yaml").resolve())
    runner.invoke(app, ["config", "cv", "--unset"])
    assert "no CV found" in runner.invoke(app, ["config"]).output
    assert "There is no setting 'cvs'" in runner.invoke(app, ["config", "cvs", "x"]).output


def test_init_from_a_resume_lists_what_to_check_at_its_lines(folder: Path) -> None:
    (folder / "old.md").write_text(
        "# Ada Example\n\n## Experience\n\n**Engineer**, Acme Ltd | 2020 – 2022\n\n- Built things.\n\n"
        "## Conferences Attended\n\nSome Conference\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["init", "--from", "old.md"])
    assert result.exit_code == 0, result.output
    assert "a draft of your CV from a Markdown résumé (old.md): 1 role with 1 bullet; 2020 – 2022." in result.output
    assert "Not imported: 2 lines" in result.output and "Next: edit cv.yaml" in result.output


def test_init_names_the_cv_it_wrote_in_the_next_steps_where_commands_would_use_another(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CV set earlier (TAILOR_CV, or the config's) is what `tailor validate` alone would check: not the new draft.
    (folder / "old.md").write_text(
        "# Ada Example\n\n## Experience\n\n**Engineer**, Acme Ltd | 2020 – 2022\n\n- Built things.\n", encoding="utf-8"
    )
    (folder / "earlier.yaml").write_text("contact: {name: Ada Example}\n", encoding="utf-8")
    monkeypatch.setenv("TAILOR_CV", "earlier.yaml")
    result = runner.invoke(app, ["init", "--from", "old.md"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "`tailor validate --cv cv.yaml`, then `tailor build posting.txt --cv cv.yaml`" in said
    assert "without --cv, commands use earlier.yaml, from TAILOR_CV" in said
    monkeypatch.delenv("TAILOR_CV")
    result = runner.invoke(app, ["init", "ada.yaml"])
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and "`tailor validate --cv ada.yaml`" in said
    assert "without --cv, commands use cv.yaml, from the current folder" in said


def test_init_from_dash_reads_a_resume_piped_in_as_text_and_says_so_when_nothing_came(folder: Path) -> None:
    piped = "Ada Example\n\nEXPERIENCE\n\nDriver - Acme Freight\n2015 - 2019\n- Hauled freight.\n"
    result = runner.invoke(app, ["init", "--from", "-"], input=piped)
    assert result.exit_code == 0, result.output
    assert "a draft of your CV from a résumé as text from stdin (-): 1 role with 1 bullet" in result.output
    written = (folder / "cv.yaml").read_text(encoding="utf-8")
    assert "Hauled freight." in written
    assert "made by `tailor init --from` from a résumé as text from stdin.\n" in written  # no file's name: none given
    empty = runner.invoke(app, ["init", "other.yaml", "--from", "-"], input="")
    assert empty.exit_code == ExitCode.USER_ERROR and "Nothing came on stdin" in empty.output
    assert not (folder / "other.yaml").exists()


@pytest.mark.parametrize("name", ["resume.txt", "resume.json", "rendercv.yaml"])
@pytest.mark.parametrize("text", ["", "  \n\n\t\n"])
def test_init_from_an_empty_or_blank_file_refuses_it_as_an_empty_stdin_and_writes_nothing(
    folder: Path, text: str, name: str
) -> None:
    # Of any kind: an empty JSON Resume is no JSON syntax error, an empty RenderCV file no file without a name.
    (folder / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["init", "mine.yaml", "--from", name])
    assert result.exit_code == ExitCode.USER_ERROR
    assert f"{name} holds no text to import" in result.output
    assert not (folder / "mine.yaml").exists()


SPANISH_RESUME = (
    "# Lucía Pérez\n\n## Experiencia\n\nEnfermera en el Hospital del Mar, de 2019 a 2023, en la unidad de "
    "cuidados intensivos de adultos.\n\n## Formación\n\nGrado en Enfermería por la Universidad de Barcelona, "
    "con las prácticas en el servicio de urgencias del hospital y en los centros de salud de la ciudad.\n"
)
ROLES_WITHOUT_BULLETS = (
    "Léa Martin\n\nProfessional experience\n======\n"
    "* **2022** - Research engineer in hydrogeology, Geosophy, Paris, France.\n"
    "* **2017-2019** - Field technician, Geosciences Rennes, Rennes, France.\n"
)


@pytest.mark.parametrize(
    ("resume", "said"),
    [
        (SPANISH_RESUME, ["looks Spanish", "lines are kept as comments at the end of this file: move what you"]),
        (ROLES_WITHOUT_BULLETS, ["gave 2 roles without bullets"]),
        ("Ada Example\nada@example.org\n", ["Write your roles with their bullets, or your skills, into this file"]),
    ],
)
def test_init_from_a_resume_with_nothing_to_choose_from_says_why_and_exits_with_problems(
    folder: Path, resume: str, said: list[str]
) -> None:
    (folder / "cv.md").write_text(resume, encoding="utf-8")
    result = runner.invoke(app, ["init", "mine.yaml", "--from", "cv.md"])
    assert result.exit_code == ExitCode.PROBLEMS
    assert all(words in result.output for words in ["there is nothing to choose from", *said])
    assert (folder / "mine.yaml").is_file()  # the draft is written all the same, to finish by hand
    checked = runner.invoke(app, ["validate", "mine.yaml"])
    assert checked.exit_code == ExitCode.PROBLEMS and "nothing to choose from" in checked.output


def test_init_letter_prints_an_example_letter_block_and_writes_nothing(folder: Path) -> None:
    from ruamel.yaml import YAML

    result = runner.invoke(app, ["init", "--letter"])
    assert result.exit_code == 0 and list(folder.iterdir()) == []
    block = YAML(typ="safe").load(result.output)
    assert set(block) == {"letter"} and block["letter"]["paragraphs"]


def test_validate_says_the_cv_holds_letter_material() -> None:
    result = runner.invoke(app, ["validate", str(DATA / "cvs" / "ml-systems-engineer.yaml")])
    assert result.exit_code == 0 and "letter material of 5 paragraphs" in result.output


def test_a_problem_at_line_100_is_printed_with_its_number_never_as_an_emoji(folder: Path) -> None:
    padding = "".join(f"# note {n}\n" for n in range(97))
    (folder / "cv.yaml").write_text(
        padding + "contact:\n  name: Ada Example\n  emali: ada@example.org\nskills: [PCR]\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["validate"])
    assert "cv.yaml:100:" in result.output and "\N{HUNDRED POINTS SYMBOL}" not in result.output
