"""The rows of tables of postings, scored: each job once, its copies with it, scores as match gives them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tailor import pipeline
from tailor.errors import TailorError
from tailor.posting.table import Table
from tailor.rank_rows import read_row_postings, read_rows, score_tables


def by_row(scores) -> dict[int, object]:
    return {int(p.source.rsplit("=", 1)[1]): p for p in scores.scored}


def test_each_job_is_scored_once_with_its_copies_and_rows_without_a_description_are_reported(
    jobs_csv: Path, ready: pipeline.LoadedCV
) -> None:
    scores = score_tables([jobs_csv], ready)
    rows = by_row(scores)
    assert sorted(rows) == [1, 2, 3, 4, 8] and scores.copies == 2
    # The HPC job in Lisbon is the one in Berlin ("Inc." and all); the training job on another
    # board, as HTML and with a sentence more, is the same job too.
    assert [(c.source.rsplit("#", 1)[1], c.location) for c in rows[2].copies] == [("row=5", "Lisbon")]
    assert [c.source.rsplit("#", 1)[1] for c in rows[3].copies] == ["row=7"]
    assert rows[3].copies[0].url.startswith("https://www.indeed.example/")
    (empty,) = scores.unreadable
    assert (
        empty.source == f"{jobs_csv}#row=6" and "has no description: its column 'description' is empty" in empty.message
    )
    # Which job was missed, from its columns.
    assert (empty.title, empty.company, empty.url) == (
        "Data Engineer",
        "Acme",
        "https://www.indeed.example/viewjob?jk=data-engineer-lisbon",
    )
    assert scores.columns[:5] == ("id", "site", "job_url", "job_url_direct", "title")


def test_a_rows_score_is_exactly_what_match_gives_its_description_saved_as_a_file(
    jobs_csv: Path, ready: pipeline.LoadedCV, tmp_path: Path
) -> None:
    scores = score_tables([jobs_csv], ready, coverage=True)
    records = read_rows([p.source for p in scores.scored])
    for posting in scores.scored:
        description = records[posting.source][1]["description"]
        saved = tmp_path / ("row.html" if description.startswith("<p>") else "row.md")
        saved.write_text(description, encoding="utf-8")
        single = pipeline.match(saved, ready)
        assert (posting.score, posting.coverage) == (single.ranking.score, single.coverage.ratio), posting.source
        assert pipeline.match(posting.source, ready).ranking.score == posting.score  # match jobs.csv#row=N


def test_worker_processes_give_the_same_scores_and_copies_as_one_process(
    jobs_csv: Path, ready: pipeline.LoadedCV
) -> None:
    assert score_tables([jobs_csv], ready, workers=2) == score_tables([jobs_csv], ready, workers=1)


def test_rows_are_read_again_by_their_sources_in_one_pass(jobs_csv: Path) -> None:
    found = read_row_postings([f"{jobs_csv}#row=8", f"{jobs_csv}#row=6", "other.md"])
    assert list(found) == [f"{jobs_csv}#row=8"]  # the empty row cannot be read, other.md is no row
    assert found[f"{jobs_csv}#row=8"].title == "Data Engineer"
    assert Table.open(jobs_csv).find([99]) == {}


def test_a_company_written_with_its_legal_form_names_the_resume_and_merges_with_the_same_company(
    tmp_path: Path, ready: pipeline.LoadedCV
) -> None:
    from tests.conftest import DATA, jobspy_row, write_jobspy_csv

    hpc = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    rows = [
        jobspy_row("HPC Engineer", "Ridge & Sons, Inc.", "Columbus, OH", hpc),
        jobspy_row("HPC Engineer", "Ridge & Sons", "Dallas, TX", hpc),
        jobspy_row("HPC Engineer", "Apply Digital", "Dallas, TX", hpc),
    ]
    scores = score_tables([write_jobspy_csv(tmp_path / "jobs.csv", rows)], ready)
    first, other = scores.scored
    assert (first.company, [c.location for c in first.copies]) == ("Ridge & Sons, Inc.", ["Dallas, TX"])
    assert first.output_name == "Bruno_Magalhaes_-_Ridge_Sons_Inc_-_HPC_Engineer.docx"
    assert other.company == "Apply Digital" and other.output_name.startswith("Bruno_Magalhaes_-_Apply_Digital_-_")


def test_a_whole_table_where_one_posting_goes_is_refused_naming_a_row_and_rank_unless_it_holds_one(
    jobs_csv: Path, ready: pipeline.LoadedCV, tmp_path: Path
) -> None:
    with pytest.raises(TailorError) as raised:
        pipeline.match(jobs_csv, ready)
    message = str(raised.value)
    assert "is a table of postings of 8 rows, and this command reads one posting" in message
    assert f"'{jobs_csv}#row=1'" in message and f"`tailor rank {jobs_csv}`" in message
    listed = tmp_path / "jobs.json"
    listed.write_text('[{"title": "Nurse", "description": "Care for patients on the ward."}]', encoding="utf-8")
    # A table of one row (a job board's export of one saved job) is that posting, its row named for it.
    assert pipeline.match(listed, ready).posting.source == f"{listed}#row=1"
    one = tmp_path / "posting.json"  # one object is no table: read as the posting's text, as before
    one.write_text('{"title": "Nurse", "description": "Care for patients on the ward."}', encoding="utf-8")
    assert pipeline.match(one, ready).posting.source == str(one)


def test_a_row_missed_for_want_of_a_description_is_named_by_its_columns_and_only_a_web_address_kept(
    tmp_path: Path, ready: pipeline.LoadedCV
) -> None:
    from tests.conftest import jobspy_row, write_jobspy_csv

    rows = [
        jobspy_row("Charge Nurse", "Mercy General", "Sacramento, CA", "", job_url="javascript:alert(1)"),
        jobspy_row("ICU Nurse", "Mercy General", "Sacramento, CA", ""),
    ]
    scores = score_tables([write_jobspy_csv(tmp_path / "jobs.csv", rows)], ready)
    assert [(bad.title, bad.company, bad.url) for bad in scores.unreadable] == [
        ("Charge Nurse", "Mercy General", None),
        ("ICU Nurse", "Mercy General", "https://www.indeed.example/viewjob?jk=icu-nurse-sacramento,-ca"),
    ]


def test_a_row_named_by_no_number_is_told_how_rows_are_named(jobs_csv: Path) -> None:
    with pytest.raises(TailorError, match=r"names row 'abc' of .*jobs\.csv; rows are numbered from 1"):
        pipeline.read_source(f"{jobs_csv}#row=abc")


def test_rows_of_one_job_whose_company_one_board_writes_closed_up_and_another_apart_are_scored_once(
    tmp_path: Path, ready: pipeline.LoadedCV
) -> None:
    description = (
        "Dispatch Supervisor\n\nWhat you will do\n- Lead the night dispatch desk and its radio traffic.\n"
        "- Train new dispatchers in call triage.\n\nAbout you\n- Five years of emergency dispatch.\n"
    )
    rows = [
        ("Dispatch Supervisor", "NorthStar Logistics", "Joliet, IL"),
        ("Dispatch Supervisor", "North Star Logistics Corporation", "Channahon, IL"),
        ("Dispatch Supervisor", "North Star Freight", "Joliet, IL"),  # another company: another job
    ]
    table = tmp_path / "jobs.csv"
    lines = ["title,company,location,description"]
    lines += [f'"{title}","{company}","{place}","{description}"' for title, company, place in rows]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scores = score_tables([table], ready)
    assert sorted(by_row(scores)) == [1, 3] and scores.copies == 1
    assert [c.location for c in by_row(scores)[1].copies] == ["Channahon, IL"]


def test_one_job_posted_once_per_city_with_its_city_in_each_title_is_scored_once(
    tmp_path: Path, ready: pipeline.LoadedCV
) -> None:
    def description(city: str) -> str:
        return (
            f"Pharmacy Technician\n\nJoin our dispensary team in {city}.\n\nWhat you will do\n"
            "- Fill and check prescriptions under a pharmacist's supervision.\n"
            "- Keep the controlled drugs register and reorder stock.\n\nAbout you\n- A pharmacy technician licence.\n"
        )

    rows = [
        ("Pharmacy Technician - Bristol", "Bristol, UK"),
        ("Pharmacy Technician - Bath", "Bath, UK"),
        ("Pharmacy Technician (Exeter)", "Exeter"),
        ("Pharmacy Technician - Bath", "Bristol, UK"),  # another city's title: another job
    ]
    table = tmp_path / "jobs.csv"
    lines = ["title,company,location,description"]
    for title, place in rows:
        lines.append(f'"{title}","Harbourside Chemists","{place}","{description(place.split(",")[0])}"')
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scores = score_tables([table], ready)
    assert sorted(by_row(scores)) == [1, 4] and scores.copies == 2
    assert [c.location for c in by_row(scores)[1].copies] == ["Bath, UK", "Exeter"]


_forks: list[int] = []
os.register_at_fork(before=lambda: _forks.append(os.getpid()))


def test_a_table_is_read_by_as_many_worker_processes_as_asked_for_forked_once(
    jobs_csv: Path, ready: pipeline.LoadedCV
) -> None:
    # Both passes (fingerprinting every row, scoring each job) are given to the same workers, forked before the
    # table is read: a worker forked between them would start with all the memory the first pass left the parent
    # holding (some 190 MB at 100,000 rows), counted again in each worker.
    before = len(_forks)
    scores = score_tables([jobs_csv], ready, workers=2)
    assert len(_forks) - before == 2
    assert scores == score_tables([jobs_csv], ready, workers=1)
