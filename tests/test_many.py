"""Many postings at once: finding them, scoring them as match does, and `tailor rank`."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tailor import pipeline
from tailor.cli import app
from tailor.cv import CV
from tailor.errors import TailorError
from tailor.many import find_postings, item_scores, score_postings
from tailor.posting import read_posting
from tailor.rank import analyse_posting, rank
from tailor.shortlist import COLUMNS, shortlist

from .conftest import DATA

runner = CliRunner()
POSTINGS = DATA / "postings"


@pytest.fixture(scope="module")
def ready() -> pipeline.LoadedCV:
    return pipeline.load()


def own_words_posting(cv: CV) -> str:
    """A posting whose every requirement is one of the CV's own bullets: the best fit there can be."""
    bullets = [b.plain for _, b in cv.bullets()][:8]
    return "# Research Engineer\n\n## Requirements\n\n" + "\n".join(f"- {b}" for b in bullets) + "\n"


def write_docx(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))


@pytest.fixture
def folder(tmp_path: Path, bundled_cv: CV) -> Path:
    """Postings in every format, one in a sub-folder; the CV's own words are the known best fit."""
    jobs = tmp_path / "jobs"
    (jobs / "more").mkdir(parents=True)
    (jobs / "own-words.md").write_text(own_words_posting(bundled_cv), encoding="utf-8")
    shutil.copy(POSTINGS / "registered-nurse.txt", jobs / "nurse.txt")
    shutil.copy(POSTINGS / "hpc-mpi-simulation.txt", jobs / "more" / "hpc.txt")
    training = (POSTINGS / "distributed-training.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in training.splitlines() if line.strip())
    (jobs / "training.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    write_docx(
        jobs / "more" / "data.docx",
        [
            ("Title", "Data Engineer"),
            ("Heading 1", "Requirements"),
            ("List Bullet", "Experience with Python, SQL and Spark pipelines."),
            ("List Bullet", "Knowledge of Kubernetes and cloud data warehouses."),
        ],
    )
    return jobs


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


# --- finding postings ------------------------------------------------------------------------


def test_folders_are_searched_recursively_for_every_format_and_sorted_by_path(folder: Path) -> None:
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Engineer wanted", encoding="utf-8")
    found = [p.relative_to(folder).as_posix() for p in find_postings([folder])]
    assert found == ["more/data.docx", "more/hpc.txt", "nurse.txt", "own-words.md", "training.html"]


def test_files_that_tailor_wrote_are_not_taken_for_postings(folder: Path) -> None:
    write_docx(folder / "Me_-_Acme.docx", [("Normal", "My résumé")])
    (folder / "Me_-_Acme.report.html").write_text("<html><body>Report</body></html>", encoding="utf-8")
    (folder / "Me_-_Acme.pdf").write_bytes(b"%PDF-1.4")
    (folder / "Me_-_Acme.manifest.json").write_text("{}", encoding="utf-8")
    assert not [p.name for p in find_postings([folder]) if p.name.startswith("Me_")]


def test_patterns_files_and_folders_mix_and_each_file_counts_once(folder: Path) -> None:
    found = find_postings([str(folder / "*.txt"), folder / "nurse.txt", folder / "more"])
    assert [p.name for p in found] == ["data.docx", "hpc.txt", "nurse.txt"]


@pytest.mark.parametrize("given", ["missing.txt", "missing/*.md"])
def test_a_path_that_names_nothing_is_an_error(tmp_path: Path, given: str) -> None:
    with pytest.raises(TailorError, match="Pass posting files"):
        find_postings([tmp_path / given])


# --- scores ------------------------------------------------------------------------------------


def test_the_cvs_own_words_rank_first_and_the_nurse_posting_last(folder: Path) -> None:
    result = shortlist([folder])
    names = [Path(f.source).name for f in result.fits]
    assert names[0] == "own-words.md" and names[-1] == "nurse.txt"
    assert [f.rank for f in result.fits] == [1, 2, 3, 4, 5]
    assert [f.score for f in result.fits] == sorted((f.score for f in result.fits), reverse=True)


@pytest.mark.parametrize("top", [0, 2], ids=["coverage alongside scores", "coverage for the top only"])
def test_score_and_coverage_are_exactly_what_match_reports(folder: Path, ready: pipeline.LoadedCV, top: int) -> None:
    result = shortlist([folder], top=top)
    assert len(result.fits) == (top or 5)
    for fit in result.fits:
        single = pipeline.match(fit.source, ready)
        assert (fit.score, fit.coverage) == (single.ranking.score, single.coverage.ratio), fit.source


def test_worker_processes_give_the_same_results_as_one_process(folder: Path, ready: pipeline.LoadedCV) -> None:
    files = find_postings([folder])
    alone, _ = score_postings(files, ready, coverage_of=14, workers=1)
    shared, _ = score_postings(files, ready, coverage_of=14, workers=2)
    assert alone == shared


def test_item_scores_of_many_postings_equal_rank_scores_to_the_bit(ready: pipeline.LoadedCV) -> None:
    analysed = [analyse_posting(read_posting(p), ready.prepared.lexicon) for p in sorted(POSTINGS.iterdir())]
    scores = item_scores(ready.prepared, analysed)
    assert scores.shape == (len(ready.prepared.items), len(analysed))
    for column, posting in enumerate(analysed):
        ranking = rank(ready.prepared, posting)
        single = {i.id: i.score for i in ranking.bullets + ranking.publications + ranking.skills}
        batch = {item.id: round(float(scores[n, column]), 6) for n, item in enumerate(ready.prepared.items)}
        assert batch == single


def test_equal_scores_are_ordered_by_path(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        shutil.copy(POSTINGS / "hpc-mpi-simulation.txt", tmp_path / name)
    assert [Path(f.source).name for f in shortlist([tmp_path]).fits] == ["a.txt", "b.txt", "c.txt"]


def test_titles_and_companies_come_from_every_format(folder: Path) -> None:
    titles = {Path(f.source).name: f.title for f in shortlist([folder]).fits}
    assert titles["data.docx"] == "Data Engineer"
    assert titles["own-words.md"] == "Research Engineer"
    assert all(titles.values()), titles


# --- tailor rank ---------------------------------------------------------------------------------


def test_rank_skips_and_lists_unreadable_postings_and_succeeds(folder: Path) -> None:
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    result = invoke("rank", folder, "-f", "json")
    assert result.exit_code == 0, result.output
    assert "2 postings could not be read and were skipped" in result.output
    assert "empty.txt" in result.output and "scan.pdf" in result.output
    assert "Traceback" not in result.output


def test_rank_table_shows_the_best_first_with_its_file(folder: Path) -> None:
    result = invoke("rank", folder, "--top", "2")
    assert result.exit_code == 0, result.output
    assert "best 2 of 5" in result.output and "own-words.md" in result.output
    assert "nurse.txt" not in result.output


def test_rank_json_is_a_list_of_rows_best_first(folder: Path) -> None:
    result = runner.invoke(app, ["rank", str(folder), "-f", "json", "--top", "3"])
    rows = json.loads(result.stdout)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert all(list(r) == list(COLUMNS) for r in rows)
    assert rows[0]["source"].endswith("own-words.md") and rows[0]["title"] == "Research Engineer"
    assert all(isinstance(r["score"], float) and (r["coverage"] is None or 0 <= r["coverage"] <= 1) for r in rows)


def test_rank_csv_has_a_header_and_one_line_per_posting(folder: Path) -> None:
    result = runner.invoke(app, ["rank", str(folder), "-f", "csv", "--top", "0"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and list(rows[0]) == list(COLUMNS)
    assert rows[0]["rank"] == "1" and rows[-1]["source"].endswith("nurse.txt")


def test_rank_of_a_path_that_does_not_exist_is_a_user_error(tmp_path: Path) -> None:
    result = invoke("rank", tmp_path / "nope")
    assert result.exit_code == 2 and "does not exist" in result.output
