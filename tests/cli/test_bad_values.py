"""A bad option value is told in one plain sentence: the option, what was given, what it takes.

Each case fails before anything is read (no CV, no posting is needed), exits 2 and says
neither typer's nor pydantic's words ("Invalid value for", "Input should be", "Value error").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app

runner = CliRunner()

CASES = {
    # an integer with a lower bound
    ("build", "posting.txt", "--pages", "0"): "--pages must be at least 1, not 0.",
    ("build", "posting.txt", "--max-bullets", "-3"): "--max-bullets must be at least 1, not -3.",
    ("match", "posting.txt", "--top", "-1"): "--top must be at least 0, not -1.",
    # not an integer at all
    ("build", "posting.txt", "--pages", "two"): "--pages takes a whole number of at least 1, not 'two'.",
    ("letter", "posting.txt", "--letter-paragraphs", "1.5"): "--letter-paragraphs takes a whole number of at "
    "least 1, not '1.5'.",
    # a choice, named by its long flag however it was given
    ("build", "posting.txt", "--paper", "a5"): "--paper takes a4 or letter, not 'a5'.",
    ("match", "posting.txt", "-f", "xml"): "--format takes table, json, markdown or html, not 'xml'.",
    ("rank", "posting.txt", "--format", "yaml"): "--format takes table, csv or json, not 'yaml'.",
    # a value our own parser refuses
    ("batch", "postings", "--export", "docx"): "--export takes json-resume, rendercv or markdown, not 'docx'; "
    "--export writes the CV as data: the résumé is a .docx already (-o names it).",
}


@pytest.mark.parametrize(("args", "sentence"), CASES.items(), ids=[" ".join(a) for a in CASES])
def test_a_bad_option_value_is_one_plain_sentence(args: tuple[str, ...], sentence: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 2, result.output
    assert f"Error: {sentence}" in " ".join(result.output.split())
    for jargon in ("Invalid value for", "Input should be", "Value error"):
        assert jargon not in result.output


def test_a_file_where_a_folder_is_wanted_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["batch", "postings", "--out", str(tmp_path / "notes.txt")])
    assert result.exit_code == 2, result.output
    assert f"Error: --out must be a folder, not the file '{tmp_path / 'notes.txt'}'." in result.output.replace("\n", "")


def test_init_given_a_folder_says_which_file_name_to_give(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"give the CV file's name, such as {tmp_path / 'cv.yaml'}" in result.output.replace("\n", "")


def test_choices_are_taken_in_any_case(tmp_path: Path) -> None:
    result = runner.invoke(app, ["match", "posting.txt", "--format", "JSON", "--top", "x"])
    assert "--top takes a whole number" in result.output  # --format JSON was taken: the next option was read
