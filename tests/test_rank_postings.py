"""`tailor rank`: many postings scored as match scores them, best first."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor import pipeline
from tailor.cli import app
from tailor.many import find_postings
from tailor.rank_postings import COLUMNS, rank_postings, score_postings
from tests.conftest import DATA

runner = CliRunner()
POSTINGS = DATA / "postings"


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


# --- scores ------------------------------------------------------------------------------------


def test_the_cvs_own_words_rank_first_and_the_nurse_posting_last(folder: Path) -> None:
    result = rank_postings([folder], "example")
    names = [Path(f.source).name for f in result.fits]
    assert names[0] == "own-words.md" and names[-1] == "nurse.txt"
    assert [f.rank for f in result.fits] == [1, 2, 3, 4, 5]
    assert [f.score for f in result.fits] == sorted((f.score for f in result.fits), reverse=True)


@pytest.mark.parametrize("top", [0, 2], ids=["coverage alongside scores", "coverage for the top only"])
def test_score_and_coverage_are_exactly_what_match_reports(folder: Path, ready: pipeline.LoadedCV, top: int) -> None:
    result = rank_postings([folder], "example", top=top)
    assert len(result.fits) == (top or 5)
    for fit in result.fits:
        single = pipeline.match(fit.source, ready)
        assert (fit.score, fit.coverage) == (single.ranking.score, single.coverage.ratio), fit.source


def test_worker_processes_give_the_same_results_as_one_process(folder: Path, ready: pipeline.LoadedCV) -> None:
    files = find_postings([folder])
    alone, _ = score_postings(files, ready, coverage=True, workers=1)
    shared, _ = score_postings(files, ready, coverage=True, workers=2)
    assert alone == shared


def test_equal_scores_are_ordered_by_path(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        shutil.copy(POSTINGS / "hpc-mpi-simulation.txt", tmp_path / name)
    assert [Path(f.source).name for f in rank_postings([tmp_path], "example").fits] == ["a.txt", "b.txt", "c.txt"]


def test_titles_and_companies_come_from_every_format(folder: Path) -> None:
    titles = {Path(f.source).name: f.title for f in rank_postings([folder], "example").fits}
    assert titles["data.docx"] == "Data Engineer"
    assert titles["own-words.md"] == "Research Engineer"
    assert all(titles.values()), titles


# --- tailor rank ---------------------------------------------------------------------------------


def test_rank_skips_and_lists_unreadable_postings_and_succeeds(folder: Path) -> None:
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    result = invoke("rank", folder, "--cv", "example", "-f", "json")
    assert result.exit_code == 0, result.output
    assert "2 postings could not be read and were skipped" in result.output
    assert "empty.txt" in result.output and "scan.pdf" in result.output
    assert "Traceback" not in result.output


def test_rank_table_shows_the_best_first_with_its_file(folder: Path) -> None:
    result = invoke("rank", folder, "--cv", "example", "--top", "2")
    assert result.exit_code == 0, result.output
    assert "best 2 of 5" in result.output and "own-words.md" in result.output
    assert "nurse.txt" not in result.output


def test_rank_json_is_a_list_of_rows_best_first(folder: Path) -> None:
    result = runner.invoke(app, ["rank", str(folder), "--cv", "example", "-f", "json", "--top", "3"])
    rows = json.loads(result.stdout)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert all(list(r) == list(COLUMNS) for r in rows)
    assert rows[0]["source"].endswith("own-words.md") and rows[0]["title"] == "Research Engineer"
    assert COLUMNS[:7] == ("rank", "score", "fit", "coverage", "title", "company", "source")
    assert all(isinstance(r["score"], float) and (r["coverage"] is None or 0 <= r["coverage"] <= 1) for r in rows)


def test_rank_csv_has_a_header_and_one_line_per_posting(folder: Path) -> None:
    result = runner.invoke(app, ["rank", str(folder), "--cv", "example", "-f", "csv", "--top", "0"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and list(rows[0]) == list(COLUMNS)
    assert rows[0]["rank"] == "1" and rows[-1]["source"].endswith("nurse.txt")


def test_rank_rows_carry_where_each_job_is_and_on_what_terms(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Data Engineer\n\nAcme · Lisbon, Portugal · Full-time\n\nSalary: €60,000 per year\n\n"
        "## Requirements\n- MPI\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("We need C++.\n", encoding="utf-8")
    rows = {
        Path(r["source"]).name: r for r in json.loads(invoke("rank", tmp_path, "--cv", "example", "-f", "json").stdout)
    }
    assert {k: rows["a.md"][k] for k in ("location", "employment_type", "salary", "title_source")} == {
        "location": "Lisbon, Portugal",
        "employment_type": "Full-time",
        "salary": "€60,000 per year",
        "title_source": "heading",
    }
    assert rows["b.txt"]["location"] is None and rows["b.txt"]["title"] is None
    table = invoke("rank", tmp_path, "--cv", "example").output
    assert "Lisbon," in table


def test_rank_of_a_path_that_does_not_exist_is_a_user_error(tmp_path: Path) -> None:
    result = invoke("rank", tmp_path / "nope", "--cv", "example")
    assert result.exit_code == 2 and "does not exist" in result.output


def test_machine_formats_list_every_posting_unless_top_is_given(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    skills = ["MPI", "CUDA", "Python", "Kubernetes", "Spark", "PyTorch", "SQL", "Rust", "Go", "Terraform", "C++"]
    for n in range(23):  # more than the table's 20
        posting = f"# Engineer {n}\n\n## Requirements\n\n- {skills[n % 11]} and {skills[(n * 7) % 11]} at scale.\n"
        (jobs / f"job-{n:02}.md").write_text(posting, encoding="utf-8")
    table = invoke("rank", "--cv", "example", jobs)
    assert "best 20 of 23" in table.output
    rows = json.loads(invoke("rank", "--cv", "example", jobs, "-f", "json").stdout)
    assert len(rows) == 23 and [r["rank"] for r in rows] == list(range(1, 24))
    assert len(list(csv.DictReader(io.StringIO(invoke("rank", "--cv", "example", jobs, "-f", "csv").stdout)))) == 23
    assert len(json.loads(invoke("rank", "--cv", "example", jobs, "-f", "json", "--top", "5").stdout)) == 5
