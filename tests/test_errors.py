"""User-facing errors: the library names options its own way, the command line as flags; options
are checked once."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.errors import CVError, ExitCode, Problem, TailorError, option_error
from tailor.options import ResumeOptions
from tests.conftest import DATA

runner = CliRunner()


def test_an_option_in_a_message_reads_as_python_or_as_a_flag() -> None:
    error = TailorError("x exists; pass {force} to replace it, or {pages=2}.", force="force=True", pages="pages")
    assert str(error) == "x exists; pass force=True to replace it, or pages=2."
    flags = {"force": "--force", "pages": "--pages"}
    assert error.describe(flags.get) == "x exists; pass --force to replace it, or --pages 2."


def test_braces_that_name_no_option_are_left_as_they_are() -> None:
    error = TailorError("The tag {{ name }} in /tmp/{x}/a.docx: pass {force}.", force="force=True")
    assert str(error) == "The tag {{ name }} in /tmp/{x}/a.docx: pass force=True."
    assert TailorError("a path /tmp/{x}/b").describe(lambda name: "--x") == "a path /tmp/{x}/b"


def test_a_value_an_option_cannot_take_is_one_error_naming_the_option() -> None:
    assert str(option_error("max_bullets", "must be at least 1, not 0.")) == "max_bullets must be at least 1, not 0."


@pytest.mark.parametrize(("options", "name"), [({"max_bullets": 0}, "max_bullets"), ({"pages": 0}, "pages")])
def test_resume_options_are_checked_when_made(options: dict[str, int], name: str) -> None:
    with pytest.raises(TailorError, match=f"^{name} must be at least 1, not 0.$"):
        ResumeOptions(**options)


def test_resume_options_record_only_what_changes_the_resume() -> None:
    assert ResumeOptions().recorded() == {}  # the default budget depends on the CV: the manifest records it
    assert ResumeOptions(max_bullets=3, pages=1, pdf=True, report=True).recorded() == {
        "max_bullets": 3,
        "pages": 1,
        "pdf": True,
    }
    assert ResumeOptions(paper="letter", education_first=False).recorded() == {
        "paper": "letter",
        "education_first": False,
    }


def test_a_paper_tailor_has_no_size_for_is_refused_naming_those_it_has() -> None:
    with pytest.raises(TailorError, match="paper takes a4 or letter, not 'legal'"):
        ResumeOptions(paper="legal")


def test_the_command_line_names_the_flag_the_library_meant(tmp_path) -> None:
    out = tmp_path / "cv.docx"
    out.write_bytes(b"mine")
    posting = DATA / "postings" / "hpc-mpi-simulation.txt"
    result = runner.invoke(app, ["build", str(posting), "--cv", "example", "-o", str(out)])
    assert result.exit_code == ExitCode.USER_ERROR
    assert "pass --force to replace it, or --output to write elsewhere" in result.output
    assert out.read_bytes() == b"mine"


@pytest.mark.parametrize("field", ["title", "company", "location"])
def test_a_blank_detail_given_by_hand_is_an_error_naming_the_keyword(field: str, tmp_path) -> None:
    from tailor.pipeline import build

    with pytest.raises(TailorError, match=f"^{field} is empty: pass "):
        build(DATA / "postings" / "hpc-mpi-simulation.txt", output=tmp_path / "cv.docx", **{field: " \n"})
    assert list(tmp_path.iterdir()) == []


def test_exit_codes_are_the_documented_numbers() -> None:
    assert [int(code) for code in ExitCode] == [0, 1, 2, 130]


def test_a_data_files_problems_are_told_in_the_files_order_its_own_first() -> None:
    found = [
        Problem("experience[3].start", "not a real date", 58),
        Problem("letter.closings[0].text", "unknown slot", 210),
        Problem("letter.paragraphs[3].bullets[0]", "no bullet with that id", 200),
        Problem("", "no name"),
    ]
    lines = str(CVError("cv.yaml", found)).splitlines()[1:]
    assert [line.split(":")[1] for line in lines] == [" no name", "58", "200", "210"]
