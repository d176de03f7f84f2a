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
from tailor.rank import label_rules
from tailor.rank_postings import COLUMNS, TABLE_COLUMNS, best_first, rank_postings, score_postings
from tailor.scored import ScoredPosting
from tests.conftest import DATA, GROUNDS, grounds_page, jobspy_row, write_jobspy_csv

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


def test_a_fit_capped_at_partial_ranks_below_a_strong_one_whatever_its_score() -> None:
    # A title's specialty the CV never says ("Pediatric" of a pediatric nurse's posting) caps the fit at partial,
    # however many words the CV shares: "best first" follows the label the table shows, then the score.
    def posting(source: str, score: float, label: str) -> ScoredPosting:
        return ScoredPosting(source, None, None, score, label, "", "")  # type: ignore[arg-type]

    ordered = best_first(
        [
            posting("pediatric-rn.txt", 0.31, "partial"),
            posting("med-surg-rn.txt", 0.24, "strong"),
            posting("clinic-rn.txt", 0.12, "partial"),
            posting("short.txt", 0.40, "too short"),
            posting("barista.txt", 0.05, "weak"),
        ]
    )
    expected = ["med-surg-rn.txt", "pediatric-rn.txt", "clinic-rn.txt", "barista.txt", "short.txt"]
    assert [p.source for p in ordered] == expected


def test_a_shown_posting_whose_label_its_required_keywords_lower_moves_below_the_fits_it_is_under(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The table's few are labelled again with their coverage; the best by score, lowered to partial there, ranks
    # under the strong ones shown with it.
    import tailor.rank_postings as ranking

    shown = ranking._shown

    def lowered(job):  # type: ignore[no-untyped-def]
        ratio, details, flags, label = shown(job)
        return ratio, details, flags, "partial" if str(job[0]).endswith("own-words.md") else label

    monkeypatch.setattr(ranking, "_shown", lowered)
    result = rank_postings([folder], "example", top=3, workers=1)
    labels = [f.fit for f in result.fits]
    assert labels == sorted(labels, key=["strong", "partial", "weak", "too short"].index)
    assert Path(result.fits[0].source).name != "own-words.md"


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


def test_a_resume_giving_the_cv_owners_own_contact_details_is_no_posting(tmp_path: Path) -> None:
    # The owner's résumé saved among the postings (to import it, say) is not ranked, nor built for.
    shutil.copy(POSTINGS / "hpc-mpi-simulation.txt", tmp_path / "job.txt")
    email = pipeline.load("example").cv.contact.email
    (tmp_path / "my-cv.md").write_text(f"# Experience\n\nHPC engineer, MPI, CUDA.\n\n{email}\n", encoding="utf-8")
    result = rank_postings([tmp_path], "example")
    assert [Path(f.source).name for f in result.fits] == ["job.txt"]
    (skipped,) = result.unreadable
    assert "my-cv.md gives your own e-mail address or phone number" in skipped.message
    single = pipeline.match(tmp_path / "my-cv.md", "example")
    assert any("it looks like a résumé, not a job posting" in w for w in single.warnings)
    assert not any("résumé, not a job" in w for w in pipeline.match(tmp_path / "job.txt", "example").warnings)


def test_equal_scores_are_ordered_by_path(tmp_path: Path) -> None:
    text = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    for n, name in enumerate(("b.txt", "a.txt", "c.txt")):
        (tmp_path / name).write_text(f"{text}\n\nReference {n}\n", encoding="utf-8")  # three texts, one score
    fits = rank_postings([tmp_path], "example").fits
    assert [Path(f.source).name for f in fits] == ["a.txt", "b.txt", "c.txt"] and len({f.score for f in fits}) == 1


def test_the_same_posting_saved_twice_is_ranked_once_with_the_other_file_as_its_copy(tmp_path: Path) -> None:
    for name in ("b-saved-again.txt", "a.txt"):
        shutil.copy(POSTINGS / "hpc-mpi-simulation.txt", tmp_path / name)
    shutil.copy(POSTINGS / "registered-nurse.txt", tmp_path / "nurse.txt")
    result = rank_postings([tmp_path], "example")
    assert [Path(f.source).name for f in result.fits] == ["a.txt", "nurse.txt"]
    assert [Path(c.source).name for c in result.fits[0].copies] == ["b-saved-again.txt"] and result.copies == 1


@pytest.mark.parametrize("top", [0, 2], ids=["every posting", "the best two"])
def test_a_posting_saved_in_two_formats_is_ranked_once_and_other_jobs_of_its_company_stay_apart(
    tmp_path: Path, top: int
) -> None:
    (tmp_path / "grounds.txt").write_text(GROUNDS, encoding="utf-8")
    (tmp_path / "grounds-board.html").write_text(grounds_page(GROUNDS), encoding="utf-8")
    (tmp_path / "grounds2.txt").write_text(GROUNDS, encoding="utf-8")  # the text's copy, to the byte
    other_title = GROUNDS.replace("Grounds Maintenance Supervisor", "Grounds Maintenance Apprentice")
    (tmp_path / "apprentice.txt").write_text(other_title, encoding="utf-8")
    other_job = (
        GROUNDS.split("About the role")[0]
        + "About the role\n"
        + (
            "Run the trust's winter tree survey: climb and inspect veteran oaks, fell dangerous limbs and chip the "
            "brash, working with arborists and ecologists on bat roosts and nesting birds.\n"
        )
    )
    (tmp_path / "survey.txt").write_text(other_job, encoding="utf-8")
    result = rank_postings([tmp_path], "example", top=top)
    assert result.copies == 2 and result.ranked == 3
    grounds = next(f for f in result.fits if Path(f.source).name == "grounds-board.html")
    assert [Path(c.source).name for c in grounds.copies] == ["grounds.txt", "grounds2.txt"]
    assert not any(f.copies for f in result.fits if f is not grounds)
    if not top:
        assert {Path(f.source).name for f in result.fits} == {"grounds-board.html", "apprentice.txt", "survey.txt"}


def test_rank_csv_and_json_of_files_name_each_posting_files_copies(tmp_path: Path) -> None:
    (tmp_path / "grounds.txt").write_text(GROUNDS, encoding="utf-8")
    (tmp_path / "grounds-board.html").write_text(grounds_page(GROUNDS), encoding="utf-8")
    [job] = json.loads(invoke("rank", tmp_path, "--cv", "example", "-f", "json").stdout)
    assert job["duplicates"] == 1 and job["duplicate_sources"] == [str(tmp_path / "grounds.txt")]
    [row] = csv.DictReader(io.StringIO(invoke("rank", tmp_path, "--cv", "example", "-f", "csv").stdout))
    assert list(row)[: len(COLUMNS)] == list(COLUMNS) and row["duplicate_sources"] == str(tmp_path / "grounds.txt")


def test_a_posting_too_short_to_judge_goes_after_every_judged_one_whatever_its_score(tmp_path: Path) -> None:
    (tmp_path / "a-line.txt").write_text("MPI engineer\n\nMPI, C++ and HPC simulation.\n", encoding="utf-8")
    shutil.copy(POSTINGS / "data-engineer.md", tmp_path / "full.md")
    fits = rank_postings([tmp_path], "example").fits
    short = next(f for f in fits if f.fit == "too short")
    assert short.score > fits[0].score  # it shares a few of the CV's rarest words, and little else
    assert [Path(f.source).name for f in fits] == ["full.md", "a-line.txt"]


def test_titles_and_companies_come_from_every_format(folder: Path) -> None:
    titles = {Path(f.source).name: f.title for f in rank_postings([folder], "example").fits}
    assert titles["data.docx"] == "Data Engineer"
    assert titles["own-words.md"] == "Research Engineer"
    assert all(titles.values()), titles


def test_the_best_few_shown_have_the_details_and_coverage_that_ranking_them_all_gives(
    folder: Path, ready: pipeline.LoadedCV
) -> None:
    everything = {f.source: f for f in rank_postings([folder], ready).fits}
    few = rank_postings([folder], ready, top=3).fits  # details found for these three only
    assert len(few) == 3
    for fit in few:
        whole = everything[fit.source]
        assert (fit.title, fit.company, fit.details, fit.coverage) == (
            whole.title,
            whole.company,
            whole.details,
            whole.coverage,
        )


def test_a_posting_scored_without_its_details_has_the_same_score_and_no_details(ready: pipeline.LoadedCV) -> None:
    from tailor.posting import read_posting
    from tailor.posting.details import PostingDetails
    from tailor.scored import score_posting

    posting = read_posting(POSTINGS / "data-engineer.md")
    full, brief = score_posting(posting, ready), score_posting(posting, ready, details=False)
    assert (brief.score, brief.label, brief.sha256) == (full.score, full.label, full.sha256)
    assert full.title and brief.title is None and brief.details == PostingDetails() and brief.output_name == ""


# --- tailor rank ---------------------------------------------------------------------------------


def test_rank_says_a_posting_in_another_language_could_not_be_ranked_not_that_it_could_not_be_read(
    folder: Path,
) -> None:
    (folder / "infirmier.txt").write_text(
        "Infirmier de soins intensifs\n\nNous recherchons un infirmier pour rejoindre notre équipe de soins intensifs "
        "à Lyon. Vous assurerez la surveillance des patients et la coordination avec les médecins de l'unité. "
        "Profil recherché : diplôme d'État d'infirmier et deux ans d'expérience en réanimation.\n",
        encoding="utf-8",
    )
    result = invoke("rank", folder, "--cv", "example")
    assert result.exit_code == 0, result.output
    message = " ".join(result.output.split())
    assert "1 posting could not be ranked and was skipped" in message and "looks French" in message


def test_rank_skips_and_lists_unreadable_postings_and_succeeds(folder: Path) -> None:
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    result = invoke("rank", folder, "--cv", "example", "-f", "json")
    assert result.exit_code == 0, result.output
    assert "2 postings could not be ranked and were skipped" in result.output
    assert "empty.txt" in result.output and "scan.pdf" in result.output
    assert "Traceback" not in result.output


def test_rank_says_how_to_fix_a_reason_once_for_many_postings_it_skipped_for_it(folder: Path) -> None:
    french = "Nous recherchons un ingénieur pour notre équipe. Vous serez responsable de la qualité et des tests. " * 4
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / f"fr-{name}").write_text(f"Ingénieur\n\n{french}\n", encoding="utf-8")
    result = invoke("rank", folder, "--cv", "example", "-f", "json")
    lines = [line for line in result.output.splitlines() if "looks French" in line]
    assert len(lines) == 3 and all(f"fr-{name}" in line for name, line in zip(("a", "b", "c"), lines, strict=True))
    assert "English version" in lines[0] and [line.endswith("; as above.") for line in lines] == [False, True, True]


def test_rank_table_shows_the_best_first_with_its_file(folder: Path) -> None:
    result = invoke("rank", folder, "--cv", "example", "--top", "2")
    assert result.exit_code == 0, result.output
    assert "best 2 of 5" in result.output and "own-words.md" in result.output
    assert "nurse.txt" not in result.output


def test_rank_table_names_the_postings_folder_once_and_each_file_from_there(folder: Path) -> None:
    result = invoke("rank", folder.resolve(), "--cv", "example", "--top", "0")
    assert result.exit_code == 0, result.output
    squeezed = "".join(result.output.split())  # the table folds long cells over lines
    assert squeezed.count(str(folder.resolve())) == 1 and f"filesin{folder.resolve()}" in squeezed
    assert all(name in squeezed for name in ("own-words.md", "nurse.txt", "more/hpc.txt", "more/data.docx"))


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


# --- tables of postings --------------------------------------------------------------------------


def test_rank_of_a_table_ranks_each_job_once_and_lists_rows_it_could_not_read(jobs_csv: Path) -> None:
    result = invoke("rank", jobs_csv, "--cv", "example", "--top", "3")
    assert result.exit_code == 0, result.output
    assert "best 3 of 5" in result.output and "#row=1" in result.output
    assert "2 more not shown (--top; --top 0 shows all)." in result.output
    assert "2 postings were the same job as another posting and are ranked with it." in result.output
    assert "1 posting could not be ranked" in result.output and "#row=6 has no description" in result.output
    said = " ".join(result.output.split())
    # The legend says what the fit is: breadth and the best bullets' depth, as the README does.
    assert "fit: how much of what the posting asks for your CV says, and how closely your best bullets match it" in said
    assert "a licence required that your CV lacks keeps it from strong, and weak with 25% or fewer said" in said
    assert "a degree required above yours keeps it from strong too" in said
    assert "a specialty the title names that your CV never says" in said
    assert label_rules() in said  # as the overview and the report say it
    assert said.count("+1 copy: also") == 1 and "Lisbon" in said  # the HPC job, first in Berlin
    assert said.count("+1 copy") == 2  # the training job's copy is in the same place: no other to name


@pytest.mark.parametrize("top", [0, 2], ids=["every posting", "the best two"])
def test_a_job_saved_as_a_file_and_exported_in_tables_is_ranked_once_with_its_rows_as_copies(
    tmp_path: Path, top: int
) -> None:
    # A board's page saved by hand and the same job's rows in two exports: one job, the file first.
    (tmp_path / "postings").mkdir()
    (tmp_path / "postings" / "grounds.html").write_text(grounds_page(GROUNDS), encoding="utf-8")
    description = GROUNDS.split("\n", 3)[3]  # a table holds the title, company and place in their columns
    row = jobspy_row("Grounds Maintenance Supervisor", "Fernwood Parks Trust", "Leeds", description)
    apprentice = jobspy_row("Grounds Maintenance Apprentice", "Fernwood Parks Trust", "Leeds", description)
    first = write_jobspy_csv(tmp_path / "indeed.csv", [row, apprentice])
    second = write_jobspy_csv(tmp_path / "linkedin.csv", [{**row, "site": "linkedin", "location": "York"}])
    result = rank_postings([tmp_path / "postings", first, second], "example", top=top)
    assert result.ranked == 2 and result.copies == 2
    grounds = next(f for f in result.fits if f.source.endswith("grounds.html"))
    assert [c.source for c in grounds.copies] == [f"{first}#row=1", f"{second}#row=1"]
    assert [c.location for c in grounds.copies] == ["Leeds", "York"]
    assert not any(f.copies for f in result.fits if f is not grounds)  # another title: another job


def test_rank_of_a_table_counts_one_copy_as_one_row(tmp_path: Path) -> None:
    from tests.conftest import jobspy_row, write_jobspy_csv

    hpc = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    rows = [jobspy_row("HPC Engineer", "Kestrel", city, hpc + f"\nBased in {city}.\n") for city in ("Berlin", "Lisbon")]
    result = invoke("rank", write_jobspy_csv(tmp_path / "jobs.csv", rows), "--cv", "example")
    assert "1 posting was the same job as another posting and is ranked with it." in result.output
    batch = invoke("batch", tmp_path / "jobs.csv", "--cv", "example", "-o", tmp_path / "out")
    assert "; 1 posting was a copy of another posting's job." in batch.output


def test_rank_of_a_table_without_a_readable_row_says_so_instead_of_an_empty_table(tmp_path: Path) -> None:
    table = tmp_path / "empty.csv"
    table.write_text("title,description\nData Engineer,\n", encoding="utf-8")
    result = invoke("rank", table, "--cv", "example")
    assert "No posting to show: none could be read." in result.output and "┏" not in result.output
    assert "empty.csv#row=1 has no description" in result.output
    assert result.exit_code == 1  # a script must not take the empty ranking for an answer
    as_json = invoke("rank", table, "--cv", "example", "--format", "json")
    assert (as_json.exit_code, json.loads(as_json.stdout)) == (1, [])


def test_rank_of_a_table_with_only_its_header_is_a_user_error_like_an_empty_posting(tmp_path: Path) -> None:
    table = tmp_path / "header.csv"
    table.write_text("title,company,description\n", encoding="utf-8")
    result = invoke("rank", table, "--cv", "example")
    assert result.exit_code == 2 and "header.csv has no rows" in result.output
    assert "none could be read" not in result.output


def test_rank_csv_of_a_table_keeps_every_column_the_table_had(jobs_csv: Path) -> None:
    from tests.conftest import JOBSPY_COLUMNS

    result = runner.invoke(app, ["rank", str(jobs_csv), "--cv", "example", "-f", "csv", "--top", "0"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [*TABLE_COLUMNS, *JOBSPY_COLUMNS]
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert (
        rows[0]["title"] == "Research Engineer"
        and rows[0]["fit"] == "strong"
        and rows[-1]["title"] == "Registered Nurse"
    )
    hpc = next(r for r in rows if r["title"] == "HPC Engineer")
    assert (hpc["duplicates"], hpc["duplicate_locations"], hpc["location"]) == ("1", "Lisbon", "Berlin, Germany")
    assert hpc["source"].endswith("jobs.csv#row=2") and hpc["description"].startswith("HPC Software Engineer")
    assert all(r["coverage"] for r in rows)


def test_rank_csv_keeps_a_cell_opening_as_a_formula_as_the_table_had_it(tmp_path: Path) -> None:
    # rank's CSV is the input's rows for programs: a quote before "=" would change the user's own value, which the
    # table they opened holds as it is. index.csv, for a spreadsheet, makes such a cell inert (test_overview).
    hpc = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    table = tmp_path / "jobs.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["title", "company", "description"], ["=1+1", "@Kestrel", hpc]])
    rows = list(csv.DictReader(io.StringIO(invoke("rank", table, "--cv", "example", "-f", "csv").stdout)))
    assert (rows[0]["title"], rows[0]["company"]) == ("=1+1", "@Kestrel")


def test_rank_json_of_a_table_has_lists_of_where_the_copies_are(jobs_csv: Path) -> None:
    rows = json.loads(invoke("rank", jobs_csv, "--cv", "example", "-f", "json", "--top", "0").stdout)
    training = next(r for r in rows if r["title"] == "ML Engineer")
    assert training["duplicates"] == 1 and training["duplicate_locations"] == ["Remote"]
    assert training["duplicate_urls"] == ["https://www.indeed.example/viewjob?jk=ml-engineer-remote"]
    assert len(training["duplicate_sources"]) == 1 and training["duplicate_sources"][0].startswith(f"{jobs_csv}#row=")
    assert training["site"] == "linkedin" and training["is_remote"] is None  # an empty cell


def test_rank_json_of_a_table_keeps_each_value_as_the_table_has_it_an_empty_cell_null(tmp_path: Path) -> None:
    text = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    record = {"title": "HPC Engineer", "company": "Kestrel", "description": text, "min_amount": 41.5,
              "is_remote": False, "requisition": "00123", "job_level": None}  # fmt: skip
    table = tmp_path / "jobs.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([list(record), ["" if v is None else v for v in record.values()]])
    lines = tmp_path / "jobs.jsonl"
    lines.write_text(json.dumps(record) + "\n", encoding="utf-8")

    def ranked(path: Path) -> dict:
        [row] = json.loads(invoke("rank", path, "--cv", "example", "-f", "json").stdout)
        return {column: row[column] for column in ("min_amount", "is_remote", "requisition", "job_level")}

    # A CSV's cells are text, as written: tailor does not guess that "00123" is a number, nor "False" a boolean.
    assert ranked(table) == {"min_amount": "41.5", "is_remote": "False", "requisition": "00123", "job_level": None}
    assert ranked(lines) == {"min_amount": 41.5, "is_remote": False, "requisition": "00123", "job_level": None}
    csv_rows = list(csv.DictReader(io.StringIO(invoke("rank", table, "--cv", "example", "-f", "csv").stdout)))
    assert [row["job_level"] for row in csv_rows] == [""] and csv_rows[0]["min_amount"] == "41.5"


def test_rank_csv_of_json_lines_spells_booleans_and_objects_as_json_does_not_as_python(tmp_path: Path) -> None:
    text = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    record = {"title": "HPC Engineer", "description": text, "is_remote": True, "emails": ["a@x.example", "b@x.example"],
              "compensation": {"min": 90000, "currency": "EUR"}}  # fmt: skip
    lines = tmp_path / "jobs.jsonl"
    lines.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [row] = csv.DictReader(io.StringIO(invoke("rank", lines, "--cv", "example", "-f", "csv").stdout))
    assert row["is_remote"] == "true" and row["emails"] == "a@x.example; b@x.example"
    assert json.loads(row["compensation"]) == {"min": 90000, "currency": "EUR"}


def test_rank_json_names_each_place_of_the_copies_once(tmp_path: Path) -> None:
    text = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    places = ["Berlin, Germany", "Remote", "Lisbon", "Remote", "Lisbon"]
    rows = [
        jobspy_row("HPC Engineer", "Kestrel Simulations", place, text, job_url=f"https://x.example/{n}")
        for n, place in enumerate(places)
    ]
    table = write_jobspy_csv(tmp_path / "jobs.csv", rows)

    [job] = json.loads(invoke("rank", table, "--cv", "example", "-f", "json").stdout)

    assert job["duplicates"] == 4 and job["duplicate_locations"] == ["Remote", "Lisbon"]
    assert job["duplicate_urls"] == [f"https://x.example/{n}" for n in range(1, 5)]


def test_min_fit_keeps_only_the_jobs_that_fit_at_least_that_well(jobs_csv: Path) -> None:
    rows = json.loads(invoke("rank", jobs_csv, "--cv", "example", "-f", "json", "--min-fit", "partial").stdout)
    assert rows and all(r["fit"] in ("partial", "strong") for r in rows)
    assert "Registered Nurse" not in [r["title"] for r in rows]
    table = invoke("rank", jobs_csv, "--cv", "example", "--min-fit", "0.99")
    assert "No posting to show: all 5 fit less than --min-fit." in table.output


@pytest.mark.parametrize("paths", ["folder", "jobs_csv"], ids=["posting files", "a table's rows"])
def test_min_fit_matches_only_the_postings_whose_score_reaches_it_and_shows_what_matching_all_would(
    paths: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Coverage is a match of its own, many times a score's work: a posting whose score falls below --min-fit stays
    # below it whatever its required keywords (they can only lower its label), so only the others are matched.
    import tailor.pipeline
    from tailor.rank.scores import reaches

    where = request.getfixturevalue(paths)
    every = rank_postings([where], "example", workers=1).fits
    match, matched = tailor.pipeline.match, []

    def counted(posting, *args, **kwargs):  # type: ignore[no-untyped-def]
        matched.append(getattr(posting, "source", str(posting)))
        return match(posting, *args, **kwargs)

    monkeypatch.setattr(tailor.pipeline, "match", counted)
    result = rank_postings([where], "example", min_fit="partial", workers=1)

    def shown(fits):  # type: ignore[no-untyped-def]
        return [(f.source, f.score, f.fit, f.coverage, f.flags, f.details, f.copies, f.record) for f in fits]

    assert shown(result.fits) == shown(f for f in every if f.fit in ("strong", "partial"))
    assert 0 < len(result.fits) < len(every) and result.below == len(every) - len(result.fits)
    reaching = [f.source for f in every if f.fit != "too short" and reaches(f.score, 0.10)]  # partial's lowest
    assert sorted(matched) == sorted(reaching) and len(matched) < len(every)


def test_min_fit_says_which_postings_it_left_out_for_being_too_short_to_judge(tmp_path: Path) -> None:
    table = tmp_path / "jobs.csv"
    rows = [
        ["title", "company", "description"],
        ["ML Engineer", "Acme", "Train models with PyTorch on GPU clusters."],  # a title and a line
        ["Data Engineer", "Acme", "Build ETL pipelines in Python and SQL."],
    ]
    with table.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    shown = invoke("rank", table, "--cv", "example", "--min-fit", "0.01")
    said = " ".join(shown.output.split())
    # A posting too short to judge may show a fit above --min-fit: it is left out, not "below" it.
    assert "all 2 were left out by --min-fit (all of them too short a posting to judge, whatever the fit" in said


def test_columns_name_what_a_table_calls_its_columns(tmp_path: Path) -> None:
    table = tmp_path / "saved.tsv"
    with table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(["Gig", "Outfit", "Posting body"])
        writer.writerow(["HPC Engineer", "Kestrel", (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")])
    unnamed = invoke("rank", table, "--cv", "example")
    assert unnamed.exit_code == 2 and "Name it with --columns description=<column>" in unnamed.output
    named = invoke(
        "rank", table, "--cv", "example", "-f", "json", "--columns", "description=Posting body,company=Outfit"
    )
    (row,) = json.loads(named.stdout)
    assert (row["Gig"], row["Outfit"], row["fit"]) == ("HPC Engineer", "Kestrel", "strong")
    shown = invoke("rank", table, "--cv", "example", "--columns", "title=Gig,description=Posting body")
    assert "HPC Engineer" in shown.output and "Kestrel" not in shown.output  # the company is no column named


def test_a_table_ranked_without_a_title_column_is_ranked_with_a_warning_naming_its_columns(tmp_path: Path) -> None:
    table = tmp_path / "saved.jsonl"
    hpc = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    table.write_text(json.dumps({"Gig Name": "HPC Engineer", "Employer": "Kestrel", "Body": hpc}) + "\n", "utf-8")
    result = invoke("rank", table, "--cv", "example")
    assert result.exit_code == 0 and "saved.jsonl#row=1" in result.stdout
    warning = " ".join(result.stderr.split())
    assert "Warning: The table" in warning and "has no column tailor knows to hold the title" in warning
    assert "tailor read Body as the description and Employer as the company; it did not recognise Gig Name" in warning
    assert "name it with --columns 'title=Gig Name'" in warning
    named = invoke("rank", table, "--cv", "example", "--columns", "title=Gig Name")
    assert "Warning" not in named.stderr and "HPC Engineer" in named.stdout


def test_a_table_and_a_folder_are_ranked_together(jobs_csv: Path, folder: Path) -> None:
    result = rank_postings([jobs_csv, folder], "example")
    assert result.ranked == 10 and result.copies == 2
    assert {Path(f.source).name.split("#")[0] for f in result.fits} >= {"jobs.csv", "own-words.md", "nurse.txt"}


def test_a_table_inside_a_folder_of_postings_is_named_in_a_warning_not_left_out_silently(
    jobs_csv: Path, folder: Path
) -> None:
    shutil.copy(jobs_csv, folder / "saved-jobs.csv")
    result = invoke("rank", folder, "--cv", "example")
    warning = " ".join(result.stderr.split())
    assert result.exit_code == 0 and "saved-jobs.csv is a table of postings" in warning
    assert "name the table itself too to read its rows" in warning and "were the same job" not in result.stdout
    named = invoke("rank", folder, folder / "saved-jobs.csv", "--cv", "example")
    assert "is a table of postings" not in named.stderr and "postings were the same job" in named.stdout


def test_a_folder_that_holds_only_a_table_of_postings_says_so_and_how_to_rank_its_rows(
    jobs_csv: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(jobs_csv, saved / "jobs.csv")
    result = invoke("rank", saved, "--cv", "example")
    said = " ".join(result.stderr.split())
    assert result.exit_code != 0 and "holds no posting file but 1 table of postings" in said
    assert f"name the table itself to read its rows ({saved / 'jobs.csv'})" in said


@pytest.mark.parametrize("top", ["0", "5"])
def test_a_posting_file_ranked_with_a_table_shows_its_details_under_the_tables_columns_for_them(
    tmp_path: Path, top: str
) -> None:
    hpc = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    table = tmp_path / "saved.jsonl"
    row = {"job_id": 7, "company_name": "Kestrel", "title": "HPC Engineer", "description": hpc, "location": "Oslo"}
    table.write_text(json.dumps(row) + "\n", "utf-8")
    (tmp_path / "grid.md").write_text(
        "# Simulation Engineer\n\nNorthwind Grid · Lisbon, Portugal · Full-time\n\n" + hpc, encoding="utf-8"
    )
    for format in ("json", "csv"):
        out = invoke("rank", "--cv", "example", table, tmp_path / "grid.md", "-f", format, "--top", top).stdout
        rows = json.loads(out) if format == "json" else list(csv.DictReader(io.StringIO(out)))
        (file,) = [r for r in rows if r["source"].endswith("grid.md")]
        assert (file["title"], file["company_name"], file["location"]) == (
            "Simulation Engineer",
            "Northwind Grid",
            "Lisbon, Portugal",
        )
        assert not file["job_id"] and not file["description"]


def test_a_posting_files_pay_ranked_with_a_table_that_keeps_pay_in_parts_is_in_a_column_of_its_own(
    tmp_path: Path,
) -> None:
    hpc = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    table = tmp_path / "jobs.csv"
    with table.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["site", "title", "company", "interval", "min_amount", "max_amount", "description"])
        writer.writerow(["indeed", "HPC Engineer", "Kestrel", "yearly", "90000", "120000", hpc])
    (tmp_path / "grid.md").write_text(
        "# Simulation Engineer\n\nNorthwind Grid · Lisbon, Portugal · €70,000–€85,000 a year\n\n" + hpc, "utf-8"
    )
    for format in ("json", "csv"):
        out = invoke("rank", "--cv", "example", table, tmp_path / "grid.md", "-f", format).stdout
        rows = json.loads(out) if format == "json" else list(csv.DictReader(io.StringIO(out)))
        by_source = {Path(r["source"]).name: r for r in rows}
        assert by_source["grid.md"]["salary"] == "€70,000–€85,000 a year"
        assert by_source["jobs.csv#row=1"]["min_amount"] in ("90000", 90000)
    # a table alone keeps its own columns, and gets no column of ours for pay
    alone = list(csv.DictReader(io.StringIO(invoke("rank", "--cv", "example", table, "-f", "csv").stdout)))
    assert "salary" not in alone[0]


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


def test_rows_of_equal_fit_are_ordered_by_their_number_not_as_text(tmp_path: Path) -> None:
    from tests.conftest import jobspy_row, write_jobspy_csv

    hpc = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    rows = [jobspy_row(f"HPC Engineer {n}", f"Kestrel {n}", "Berlin", hpc) for n in range(1, 13)]
    table = write_jobspy_csv(tmp_path / "jobs.csv", rows)
    fits = rank_postings([table], "example", top=0).fits
    assert len({f.score for f in fits}) == 1
    assert [f.source.rsplit("=", 1)[1] for f in fits] == [str(n) for n in range(1, 13)]


def test_top_says_how_many_that_fit_it_left_out_apart_from_those_below_min_fit(jobs_csv: Path) -> None:
    table = invoke("rank", jobs_csv, "--cv", "example", "--top", "1", "--min-fit", "partial")
    fits = sum(
        r["fit"] in ("strong", "partial")
        for r in json.loads(invoke("rank", jobs_csv, "--cv", "example", "-f", "json").stdout)
    )
    assert 1 < fits < 5
    assert f"best 1 of {fits}" in table.output and f"{fits - 1} more not shown (--top" in table.output
    assert f"{5 - fits} more below --min-fit, not shown." in table.output
    machine = invoke("rank", jobs_csv, "--cv", "example", "--top", "2", "-f", "json")
    assert len(json.loads(machine.stdout)) == 2 and "3 more not shown (--top" in machine.stderr
    assert "not shown" not in invoke("rank", jobs_csv, "--cv", "example", "-f", "json").stderr


def test_a_broken_line_of_a_json_lines_file_is_one_posting_skipped_not_the_file(tmp_path: Path) -> None:
    good = json.dumps({"title": "HPC Engineer", "company": "Acme", "description": "MPI and C++ solvers at scale."})
    table = tmp_path / "jobs.jsonl"
    table.write_text(f'{good}\n{{"title": "Broken", "description": "a\tb"\n{good.replace("Acme", "Beta")}\n', "utf-8")
    result = rank_postings([table], "example")
    assert sorted(f.company for f in result.fits) == ["Acme", "Beta"]
    (skipped,) = result.unreadable
    assert skipped.source.endswith("jobs.jsonl#row=2")
    assert "its line 2 is not JSON (Invalid control character, at column" in skipped.message


def test_a_posting_shown_is_flagged_with_what_match_warns_of_a_closing_date_past_and_a_licence_lacking(
    tmp_path: Path,
) -> None:
    # Sifting many postings, a reader sees at once that one has closed and one asks for a licence the CV lacks.
    job = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "HPC Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Larkspur Labs"},
        "validThrough": "2020-01-31",
        "description": "<p>Optimise MPI and CUDA simulation codes on our cluster.</p>",
    }
    (tmp_path / "closed.html").write_text(
        f'<html><head><script type="application/ld+json">{json.dumps(job)}</script></head>'
        "<body><h1>HPC Engineer</h1><p>Optimise MPI and CUDA simulation codes on our cluster.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "nurse.txt").write_text(
        "Research Nurse\n\nResponsibilities\n- Run MPI and CUDA simulations of drug dosing.\n\n"
        "Requirements\n- Current Ohio RN license.\n- Experience with HPC clusters.\n",
        encoding="utf-8",
    )
    for top in (0, 1, 2):
        flags = {Path(f.source).name: f.flags for f in rank_postings([tmp_path], "example", top=top).fits}
        assert flags.get("closed.html", ("closed 2020-01-31",)) == ("closed 2020-01-31",)
        assert flags.get("nurse.txt", ("requires RN",)) == ("requires RN",)
    shown = json.loads(invoke("rank", tmp_path, "--cv", "example", "-f", "json").stdout)
    assert {Path(r["source"]).name: r["flags"] for r in shown} == {
        "closed.html": ["closed 2020-01-31"],
        "nurse.txt": ["requires RN"],
    }
    table = invoke("rank", tmp_path, "--cv", "example").stdout
    assert "⚠ closed" in table and "⚠ requires RN" in table


def test_rank_csv_quotes_a_cell_holding_a_line_break_of_any_kind_so_its_row_stays_one_row(tmp_path: Path) -> None:
    # A bare carriage return (old Mac text, a scraper's stray "\r") ends a row for a spreadsheet and for Python's
    # own csv reader as "\n" and "\r\n" do, so each must be inside quotes, as RFC 4180 writes them.
    text = (POSTINGS / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    record = {"title": "HPC Engineer", "description": text, "notes": "call back\rTuesday", "team": "Ops\r\nNight",
              "shift": "days\nnights", "quote": 'the "Kestrel" site'}  # fmt: skip
    lines = tmp_path / "jobs.jsonl"
    lines.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = invoke("rank", lines, "--cv", "example", "-f", "csv").stdout_bytes.decode()  # `.stdout` folds "\r\n"
    [row] = csv.DictReader(io.StringIO(out, newline=""))
    cells = ("notes", "team", "shift", "quote")
    assert [row[c] for c in cells] == [record[c] for c in cells]
    assert out.endswith("\n") and not out.endswith("\r\n")  # rows end as before: one "\n"
