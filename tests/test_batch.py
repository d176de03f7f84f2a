"""`tailor batch`: one résumé per posting, collision-free names, skip what is up to date, stop cleanly."""

from __future__ import annotations

import csv
import errno
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tailor import resources
from tailor.cli import app
from tailor.documents import pdf
from tailor.many import find_postings
from tailor.outputs import OVERVIEW
from tests.conftest import (
    DATA,
    GROUNDS,
    LETTER_CV,
    estimate_in_paragraphs,
    fail_on_flush,
    grounds_page,
    jobspy_row,
    needs_libreoffice,
    read_only,
    write_jobspy_csv,
)

runner = CliRunner()
POSTINGS = DATA / "postings"
ACME = (
    "# Senior HPC Engineer\n\nAcme Simulations · Remote\n\n## Requirements\n\n- {}\n"
    "- 5+ years of scientific computing on Linux clusters.\n- Parallel programming with OpenMP and Slurm.\n"
)
"""A posting of a title and a few lines: long enough to judge, each with its own first requirement."""


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def jobs(tmp_path: Path) -> Path:
    """Three postings; two of them for the same title at the same company."""
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "a-acme.md").write_text(ACME.format("MPI and C++ for large simulations."), encoding="utf-8")
    (folder / "b-acme.md").write_text(ACME.format("CUDA kernels and performance profiling."), encoding="utf-8")
    shutil.copy(POSTINGS / "distributed-training.txt", folder / "c-training.txt")
    return folder


def outputs(folder: Path) -> dict[str, float]:
    """Every file in ``folder`` with its modification time, but the overview (rewritten by every run)."""
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir()) if p.name not in OVERVIEW}


def resumes(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.docx"))


def test_batch_writes_a_resume_and_manifest_per_posting_with_names_apart(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "nested"
    result = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert result.exit_code == 0, result.output
    acme = "Bruno_Magalhaes_-_Acme_Simulations_-_Senior_HPC_Engineer"
    assert f"{acme}.docx" in resumes(out) and f"{acme}_2.docx" in resumes(out) and len(resumes(out)) == 3
    # The names follow path order, whichever posting fits better.
    first = json.loads((out / f"{acme}.manifest.json").read_text(encoding="utf-8"))
    second = json.loads((out / f"{acme}_2.manifest.json").read_text(encoding="utf-8"))
    assert first["inputs"]["posting"]["source"].endswith("a-acme.md")
    assert second["inputs"]["posting"]["source"].endswith("b-acme.md")
    assert second["output"] == f"{acme}_2.docx"
    for resume in out.glob("*.docx"):
        assert docx.Document(str(resume)).paragraphs  # opens
        assert resume.with_name(resume.stem + ".manifest.json").is_file()
    assert "3 built, 0 up to date, 0 skipped as edited, 0 failed" in result.output


def test_each_resume_built_to_a_count_says_if_its_last_page_holds_a_few_lines(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estimate_in_paragraphs(monkeypatch, 1.1)
    result = invoke("batch", jobs, "--cv", "example", "--out", tmp_path / "out", "--max-bullets", "10")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("[") and "built" in line]
    note = r"2 pages, the last about \d+% full \(--pages 1 fits it on 1\)"
    assert len(lines) == 3 and all(re.search(note, x) for x in lines)


def test_each_resume_built_says_what_it_left_out_to_save_a_last_page_of_a_few_lines(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    estimate_in_paragraphs(monkeypatch, 1.2)
    result = invoke("batch", jobs, "--cv", "example", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines() if line.startswith("[") and "built" in line]
    assert len(lines) == 3
    trimmed = r"fitted on 1 page, leaving out \d+ items? that would have put a few lines on page 2"
    assert all(re.search(trimmed, line) for line in lines)


def test_top_builds_only_the_best_fitting_postings(jobs: Path, tmp_path: Path) -> None:
    shutil.copy(POSTINGS / "registered-nurse.txt", jobs / "d-nurse.txt")
    result = invoke("batch", jobs, "--cv", "example", "-o", tmp_path / "out", "--top", "2")  # -o, as build's
    assert result.exit_code == 0, result.output
    assert len(resumes(tmp_path / "out")) == 2
    assert not any("Nurse" in name for name in resumes(tmp_path / "out"))
    assert re.search(
        r"; 2 more left out by --top \(\d of them (a weak fit|weak fits)", result.output
    )  # the nurse is weak


def test_a_posting_too_short_to_judge_left_out_by_top_is_not_called_a_weak_fit(jobs: Path, tmp_path: Path) -> None:
    (jobs / "d-short.md").write_text("# HPC Engineer\n\nMPI, CUDA and C++ for large simulations.\n", encoding="utf-8")
    result = invoke("batch", jobs, "--cv", "example", "-o", tmp_path / "out", "--top", "1")
    assert result.exit_code == 0, result.output
    assert re.search(r"; 3 more left out by --top \(1 of them too short to judge\)\.", result.output), result.output


def test_a_posting_keeps_its_file_name_whatever_top_picks(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", "example", "--out", out, "--top", "1").exit_code == 0
    (first,) = resumes(out)
    everything = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "2 built, 1 up to date" in everything.output and first in resumes(out)


def test_a_second_run_writes_nothing_and_a_changed_posting_is_rebuilt_alone(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", "example", "--out", out).exit_code == 0
    before = outputs(out)

    again = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert again.exit_code == 0 and "0 built, 3 up to date" in again.output
    assert outputs(out) == before

    (jobs / "c-training.txt").write_text(
        (jobs / "c-training.txt").read_text(encoding="utf-8") + "\nExperience with Slurm is a plus.\n",
        encoding="utf-8",
    )
    third = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "1 built, 2 up to date" in third.output
    changed = {name for name, mtime in outputs(out).items() if before.get(name) != mtime}
    training = next(m for m in out.glob("*.manifest.json") if "c-training.txt" in m.read_text(encoding="utf-8"))
    assert changed == {training.name, json.loads(training.read_text(encoding="utf-8"))["output"]}


def own_cv(tmp_path: Path) -> Path:
    """A copy of the bundled CV, in a folder of its own, to change."""
    cv = tmp_path / "cv" / "cv.yaml"
    cv.parent.mkdir()
    shutil.copy(resources.default_cv(), cv)
    return cv


def test_a_new_or_changed_skills_file_beside_the_cv_rebuilds_everything(jobs: Path, tmp_path: Path) -> None:
    cv = own_cv(tmp_path)
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", cv, "--out", out).exit_code == 0
    (cv.parent / "skills.yaml").write_text("skills:\n  Frobnicator: [frob]\n", encoding="utf-8")
    assert "3 built, 0 up to date" in invoke("batch", jobs, "--cv", cv, "--out", out).output
    manifest = json.loads(next(out.glob("*.manifest.json")).read_text(encoding="utf-8"))
    assert manifest["inputs"]["skills"]["path"] == str((cv.parent / "skills.yaml").resolve())
    assert "0 built, 3 up to date" in invoke("batch", jobs, "--cv", cv, "--out", out).output
    (cv.parent / "skills.yaml").write_text("skills:\n  Frobnicator: [frobs]\n", encoding="utf-8")
    assert "3 built, 0 up to date" in invoke("batch", jobs, "--cv", cv, "--out", out).output


def test_pages_fits_every_resume_and_counts_for_up_to_date(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    shutil.copy(POSTINGS / "distributed-training.txt", jobs / "training.txt")
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", "example", "--out", out, "--pages", "1").exit_code == 0
    manifest = json.loads(next(out.glob("*.manifest.json")).read_text(encoding="utf-8"))
    assert manifest["inputs"]["options"]["pages"] == 1
    assert "0 built, 1 up to date" in invoke("batch", jobs, "--cv", "example", "--out", out, "--pages", "1").output
    assert "1 built, 0 up to date" in invoke("batch", jobs, "--cv", "example", "--out", out).output


def test_force_rebuilds_everything(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "3 built, 0 up to date" in invoke("batch", jobs, "--cv", "example", "--out", out, "--force").output


def test_reports_are_written_beside_each_resume_and_count_for_up_to_date(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", "example", "--out", out, "--report").exit_code == 0
    reports = sorted(out.glob("*.report.html"))
    assert [r.name.removesuffix(".report.html") for r in reports] == [Path(r).stem for r in resumes(out)]
    reports[0].unlink()
    assert "1 built, 2 up to date" in invoke("batch", jobs, "--cv", "example", "--out", out, "--report").output


@needs_libreoffice
def test_pdfs_are_written_beside_each_resume_and_count_for_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "out"
    posting = POSTINGS / "hpc-mpi-simulation.txt"
    assert invoke("batch", posting, "--cv", "example", "--out", out, "--pdf").exit_code == 0
    (pdf,) = out.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.with_suffix(".docx").is_file()
    assert "0 built, 1 up to date" in invoke("batch", posting, "--cv", "example", "--out", out, "--pdf").output
    pdf.unlink()
    assert "1 built, 0 up to date" in invoke("batch", posting, "--cv", "example", "--out", out, "--pdf").output


def test_exports_are_written_beside_each_resume_and_are_never_read_as_postings(jobs: Path, tmp_path: Path) -> None:
    out = jobs  # résumés written among the postings, as people do
    result = invoke("batch", jobs, "--cv", "example", "--out", out, "--export", "markdown", "--export", "json-resume")
    assert result.exit_code == 0, result.output
    names = resumes(out)
    assert len(names) == 3
    for name in names:
        stem = name.removesuffix(".docx")
        resume = json.loads((out / f"{stem}.resume.json").read_text(encoding="utf-8"))
        assert resume["basics"]["name"] == "Bruno Magalhaes"
        assert (out / f"{stem}.md").read_text(encoding="utf-8").startswith("# Bruno Magalhaes")
        assert f"{stem}.resume.json; {stem}.md" in (out / "index.csv").read_text(encoding="utf-8-sig")
    again = invoke("batch", jobs, "--cv", "example", "--out", out, "--export", "markdown", "--export", "json-resume")
    assert "0 built, 3 up to date" in again.output  # the .md exports are not postings
    (out / f"{names[0].removesuffix('.docx')}.resume.json").unlink()
    assert (
        "1 built, 2 up to date"
        in invoke(
            "batch", jobs, "--cv", "example", "--out", out, "--export", "markdown", "--export", "json-resume"
        ).output
    )


def test_letters_are_written_beside_each_resume_and_count_for_up_to_date(estimated_pages: None, tmp_path: Path) -> None:
    out = tmp_path / "out"
    postings = [POSTINGS / "hpc-mpi-simulation.txt", POSTINGS / "distributed-training.txt"]
    assert invoke("batch", *postings, "--cv", LETTER_CV, "--out", out, "--letter").exit_code == 0
    letters = sorted(p.name for p in out.glob("*_-_Letter.docx"))
    assert len(letters) == 2
    assert [name.replace("_-_Letter", "") for name in letters] == [r for r in resumes(out) if r not in letters]
    assert "0 built, 2 up to date" in invoke("batch", *postings, "--cv", LETTER_CV, "--out", out, "--letter").output
    (out / letters[0]).unlink()
    assert "1 built, 1 up to date" in invoke("batch", *postings, "--cv", LETTER_CV, "--out", out, "--letter").output


def test_a_letter_built_without_its_greeting_says_so_on_its_line(estimated_pages: None, tmp_path: Path) -> None:
    posting = tmp_path / "postings" / "simulation.txt"  # names no company and no hiring manager
    posting.parent.mkdir()
    posting.write_text(
        "HPC Engineer\n\nRequirements\n- MPI and C++ simulation codes\n- Slurm clusters\n", encoding="utf-8"
    )
    result = invoke("batch", posting.parent, "--cv", LETTER_CV, "--out", tmp_path / "out", "--letter")
    assert result.exit_code == 0, result.output
    assert "letter: The letter has no greeting" in " ".join(result.output.split())


def test_a_batch_of_letters_from_a_cv_without_letter_material_reads_no_posting(jobs: Path, tmp_path: Path) -> None:
    result = invoke("batch", jobs, "--cv", "example", "--out", tmp_path / "out", "--letter")
    assert result.exit_code == 2 and "has no letter: block" in result.output
    assert not (tmp_path / "out").exists()


def test_a_rebuild_without_an_export_removes_the_one_made_from_the_resume_it_replaced(
    jobs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out, "--export", "markdown")
    assert len(list(out.glob("*.md"))) == 3
    result = invoke("batch", jobs, "--cv", "example", "--out", out)  # changed options: every résumé rebuilt
    assert "3 built" in result.output and not list(out.glob("*.md"))
    assert result.output.count(".md, made with the résumé this one replaced") == 3
    overview = csv.DictReader((out / "index.csv").open(encoding="utf-8-sig"))
    assert {row["exports"] for row in overview} == {""}  # no export linked


def test_changed_options_make_every_resume_stale(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "3 built" in invoke("batch", jobs, "--cv", "example", "--out", out, "--max-bullets", "6").output


@pytest.mark.parametrize("call", [3, 4], ids=["while writing the 2nd résumé", "while writing the 2nd manifest"])
def test_an_interrupted_batch_leaves_finished_files_and_nothing_half_written(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: int
) -> None:
    out = tmp_path / "out"
    fail_on_flush(monkeypatch, call, KeyboardInterrupt())  # as the bytes of a file are flushed to disk
    result = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert result.exit_code == 130
    assert "Interrupted" in result.output and "Traceback" not in result.output

    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2  # the first résumé and its manifest; no temporary files, no orphan
    (resume,) = out.glob("*.docx")
    manifest = json.loads(resume.with_name(resume.stem + ".manifest.json").read_text(encoding="utf-8"))
    assert manifest["output"] == resume.name and docx.Document(str(resume)).paragraphs

    monkeypatch.undo()
    carry_on = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "2 built, 1 up to date" in carry_on.output


# --- tables, résumés edited by hand, the overview -------------------------------------------------


def test_batch_of_a_table_writes_one_resume_per_job_named_from_its_columns(jobs_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # Four jobs fit at least 0.05 (the data engineer's, whose tools this CV lists without a bullet showing them,
    # 0.09); the nurse's does not.
    result = invoke("batch", jobs_csv, "--cv", "example", "--out", out, "--top", "3", "--min-fit", "0.05")
    assert result.exit_code == 0, result.output
    assert "3 built, 0 up to date, 0 skipped as edited, 0 failed" in result.output
    assert "2 postings were copies of another posting's job" in result.output
    names = resumes(out)
    assert "Bruno_Magalhaes_-_Own_Words_Labs_-_Research_Engineer.docx" in names and len(names) == 3
    manifest = json.loads((out / names[0]).with_suffix(".manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"]["posting"]["source"].startswith(f"{jobs_csv}#row=")
    assert manifest["inputs"]["posting"]["company_source"] == "column"
    overview = list(csv.DictReader((out / "index.csv").open(encoding="utf-8-sig")))
    (empty,) = [row for row in overview if row["status"] == "not ranked"]  # the row without a description
    assert "has no description" in empty["problem"] and empty["source"].startswith(f"{jobs_csv}#row=")
    assert (empty["title"], empty["company"]) == ("Data Engineer", "Acme")  # which job was missed
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "has no description" in page and "more by --top" in page
    assert "<strong>Data Engineer</strong> at Acme" in page
    assert "Fit: how much of what the posting asks for your CV says, and how closely your best bullets match it" in page
    assert "Data Engineer at Acme: The posting" in " ".join(result.output.split())
    assert "0 built, 3 up to date" in invoke("batch", jobs_csv, "--cv", "example", "--out", out, "--top", "3").output


def test_min_fit_plans_as_matching_every_posting_would_and_matches_only_those_whose_score_reaches_it(
    jobs_csv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --min-fit reads each posting's label as its match gives it (its required keywords can only lower it): a posting
    # whose score is below --min-fit is left out unmatched, and the plan is the one that matching all of them makes.
    import tailor.pipeline
    from tailor.batch import plan
    from tailor.rank.scores import Fit, at_least, reaches
    from tailor.rank_postings import rank_postings

    every = rank_postings([jobs_csv], "example", workers=1).fits  # each matched: its label answers to its keywords
    fitting = [f for f in every if at_least(Fit(f.score, f.fit), 0.05)]
    match, matched = tailor.pipeline.match, []

    def counted(posting, *args, **kwargs):  # type: ignore[no-untyped-def]
        matched.append(posting.source)
        return match(posting, *args, **kwargs)

    monkeypatch.setattr(tailor.pipeline, "match", counted)
    planned = plan([jobs_csv], "example", out=tmp_path / "out", top=2, min_fit=0.05, workers=1)

    assert [(j.posting.source, j.posting.label, j.posting.coverage) for j in planned.jobs] == [
        (f.source, f.fit, f.coverage) for f in fitting[:2]
    ]
    assert (len(planned.below), planned.beyond_top) == (len(every) - len(fitting), len(fitting) - 2)
    reaching = [f.source for f in every if f.fit != "too short" and reaches(f.score, 0.05)]
    assert sorted(matched) == sorted(reaching) and len(matched) < len(every)


def test_a_batch_plans_rows_of_equal_fit_in_the_order_of_their_numbers(tmp_path: Path) -> None:
    from tailor.batch import plan

    hpc = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    rows = [jobspy_row(f"HPC Engineer {n}", f"Kestrel {n}", "Berlin", hpc) for n in range(1, 12)]
    planned = plan([write_jobspy_csv(tmp_path / "jobs.csv", rows)], "example", out=tmp_path / "out")
    assert [job.posting.source.rsplit("=", 1)[1] for job in planned.jobs] == [str(n) for n in range(1, 12)]


def edit(resume: Path, line: str = "A line I wrote myself.") -> None:
    document = docx.Document(str(resume))
    document.add_paragraph(line)
    document.save(str(resume))


def test_a_resume_edited_after_tailor_wrote_it_survives_a_changed_cv(jobs: Path, tmp_path: Path) -> None:
    cv = own_cv(tmp_path)
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", cv, "--out", out).exit_code == 0
    mine = out / resumes(out)[0]
    edit(mine)
    cv.write_text(cv.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")

    result = invoke("batch", jobs, "--cv", cv, "--out", out)
    assert result.exit_code == 0, result.output
    assert "2 built, 0 up to date, 1 skipped as edited, 0 failed" in result.output
    said = "edited since tailor wrote it; your CV changed since, which it does not show; --force to replace"
    assert f"edited {mine.name}" in result.output and said in " ".join(result.output.split())
    assert "A line I wrote myself." in [p.text for p in docx.Document(str(mine)).paragraphs]

    forced = invoke("batch", jobs, "--cv", cv, "--out", out, "--force")
    assert "3 built" in forced.output
    assert "A line I wrote myself." not in [p.text for p in docx.Document(str(mine)).paragraphs]


def test_the_files_made_from_an_edited_resume_are_said_and_shown_to_be_from_before_the_edit(
    jobs: Path, tmp_path: Path
) -> None:

    import lxml.html

    cv, out = own_cv(tmp_path), tmp_path / "out"
    options = ("--cv", cv, "--out", out, "--report", "--export", "markdown")
    assert invoke("batch", jobs, *options).exit_code == 0
    mine = out / resumes(out)[0]
    edit(mine)
    report, markdown = mine.with_suffix(".report.html").name, mine.with_suffix(".md").name
    stale = f"{report} and {markdown} beside it are from before the edit"
    said = f"{mine.name} edited since tailor wrote it; {stale}"
    same = invoke("batch", jobs, *options)  # nothing to rebuild: up to date, but the edit is still said
    assert "0 built, 3 up to date (1 of them edited by you, kept)" in same.output
    assert f"{mine.name} edited since tailor wrote it; your edit is kept; {stale}" in " ".join(same.output.split())
    cv.write_text(cv.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")
    result = invoke("batch", jobs, *options)
    assert "2 built, 0 up to date, 1 skipped as edited" in result.output
    changed = said.replace("; ", "; your CV changed since, which it does not show; ", 1)
    assert f"edited {mine.name} (fit" in result.output and changed in " ".join(result.output.split())
    assert re.search(r"\(fit \d\.\d{3}, (strong|partial|weak|too short)\)", result.output)  # in words too
    page = lxml.html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    marked = page.xpath("//a[@class='before-edit']")
    assert [(a.get("href"), a.text_content()) for a in marked] == [
        (report, "report (before edit)"),
        (markdown, "Markdown (before edit)"),
    ]
    rows = list(csv.DictReader((out / "index.csv").open(encoding="utf-8-sig")))
    assert [r["before_edit"] for r in rows if r["resume"] == mine.name] == [f"{report}; {markdown}"]
    assert {r["before_edit"] for r in rows if r["resume"] != mine.name} == {""}  # rebuilt: nothing stale


def two_jobs_of_one_title(tmp_path: Path, name: str, order: tuple[int, int], *more: str) -> Path:
    """A JobSpy CSV of two other jobs with the same company and title, in Berlin and in Lisbon, in ``order``;
    ``more`` text added to the Berlin job's description."""
    from tests.conftest import jobspy_row, write_jobspy_csv

    hpc, training = (POSTINGS / "hpc-mpi-simulation.txt", POSTINGS / "distributed-training.txt")
    rows = [
        jobspy_row("Research Engineer", "Kestrel Labs", "Berlin", hpc.read_text(encoding="utf-8") + "".join(more)),
        jobspy_row("Research Engineer", "Kestrel Labs", "Lisbon", training.read_text(encoding="utf-8")),
    ]
    return write_jobspy_csv(tmp_path / name, [rows[n] for n in order])


def resume_by_location(out: Path) -> dict[str, str]:
    return {row["location"]: row["resume"] for row in csv.DictReader((out / "index.csv").open(encoding="utf-8-sig"))}


def test_two_jobs_of_one_title_keep_their_own_resumes_when_the_next_scrape_orders_them_otherwise(
    tmp_path: Path,
) -> None:
    out, stem = tmp_path / "out", "Bruno_Magalhaes_-_Kestrel_Labs_-_Research_Engineer"
    assert (
        invoke("batch", two_jobs_of_one_title(tmp_path, "jobs.csv", (0, 1)), "--cv", "example", "--out", out).exit_code
        == 0
    )
    assert resume_by_location(out) == {"Berlin": f"{stem}.docx", "Lisbon": f"{stem}_2.docx"}
    berlin, lisbon = out / f"{stem}.docx", out / f"{stem}_2.docx"
    edit(lisbon, "My own words for Lisbon.")
    before = berlin.read_bytes()

    rescraped = two_jobs_of_one_title(tmp_path, "rescraped.csv", (1, 0))  # Lisbon's row first now
    result = invoke("batch", rescraped, "--cv", "example", "--out", out)
    assert result.exit_code == 0, result.output
    assert "0 built, 2 up to date (1 of them edited by you, kept)" in result.output
    assert resume_by_location(out) == {"Berlin": berlin.name, "Lisbon": lisbon.name}
    assert berlin.read_bytes() == before
    assert "My own words for Lisbon." in [p.text for p in docx.Document(str(lisbon)).paragraphs]


def test_a_job_whose_text_changed_finds_its_resume_by_its_address_and_a_new_one_takes_no_other_jobs(
    tmp_path: Path,
) -> None:
    from tests.conftest import jobspy_row, write_jobspy_csv

    out, stem = tmp_path / "out", "Bruno_Magalhaes_-_Kestrel_Labs_-_Research_Engineer"
    invoke("batch", two_jobs_of_one_title(tmp_path, "jobs.csv", (0, 1)), "--cv", "example", "--out", out)
    lisbon = out / f"{stem}_2.docx"
    edit(lisbon)

    # Reordered, and the Berlin job reworded: its address still says which résumé is its.
    changed = two_jobs_of_one_title(tmp_path, "changed.csv", (1, 0), "\nRelocation support is available.\n")
    result = invoke("batch", changed, "--cv", "example", "--out", out)
    assert "1 built, 1 up to date" in result.output
    assert resume_by_location(out) == {"Berlin": f"{stem}.docx", "Lisbon": lisbon.name}

    # A third job of that title, alone in its table, is given a name of its own.
    nurse = (POSTINGS / "registered-nurse.txt").read_text(encoding="utf-8")
    other = write_jobspy_csv(tmp_path / "other.csv", [jobspy_row("Research Engineer", "Kestrel Labs", "Porto", nurse)])
    assert "1 built" in invoke("batch", other, "--cv", "example", "--out", out).output
    assert resume_by_location(out) == {"Porto": f"{stem}_3.docx"}
    assert "A line I wrote myself." in [p.text for p in docx.Document(str(lisbon)).paragraphs]


def test_of_two_resumes_for_one_job_left_by_an_older_tailor_the_one_its_user_edited_is_the_jobs(
    tmp_path: Path,
) -> None:
    out, stem = tmp_path / "out", "Bruno_Magalhaes_-_Kestrel_Labs_-_Research_Engineer"
    invoke("batch", two_jobs_of_one_title(tmp_path, "jobs.csv", (0, 1)), "--cv", "example", "--out", out)
    berlin, lisbon = out / f"{stem}.docx", out / f"{stem}_2.docx"
    # As tailor 0.1.0 left it after a scrape in another order: Berlin's résumé rebuilt for the Lisbon job.
    shutil.copy(lisbon, berlin)
    record = json.loads(lisbon.with_suffix(".manifest.json").read_text(encoding="utf-8"))
    berlin.with_suffix(".manifest.json").write_text(json.dumps(record | {"output": berlin.name}), encoding="utf-8")
    edit(lisbon, "My own words for Lisbon.")

    result = invoke("batch", two_jobs_of_one_title(tmp_path, "rescraped.csv", (1, 0)), "--cv", "example", "--out", out)
    assert "1 built, 1 up to date (1 of them edited by you, kept)" in result.output
    assert resume_by_location(out) == {"Lisbon": lisbon.name, "Berlin": f"{stem}_3.docx"}


def test_a_cover_letter_edited_after_tailor_wrote_it_survives_too(estimated_pages: None, tmp_path: Path) -> None:
    out = tmp_path / "out"
    posting = POSTINGS / "hpc-mpi-simulation.txt"
    assert invoke("batch", posting, "--cv", LETTER_CV, "--out", out, "--letter").exit_code == 0
    (letter,) = out.glob("*_-_Letter.docx")
    edit(letter, "Dear Dr Rivera,")

    result = invoke("batch", posting, "--cv", LETTER_CV, "--out", out, "--letter", "--letter-paragraphs", "2")
    assert "0 built, 0 up to date, 1 skipped as edited" in result.output
    assert f"{letter.name} edited since tailor wrote it" in result.output
    assert "Dear Dr Rivera," in [p.text for p in docx.Document(str(letter)).paragraphs]


def test_a_letter_of_the_users_own_beside_a_resume_is_left_alone(estimated_pages: None, tmp_path: Path) -> None:
    out = tmp_path / "out"
    posting = POSTINGS / "hpc-mpi-simulation.txt"
    assert invoke("batch", posting, "--cv", LETTER_CV, "--out", out).exit_code == 0  # a résumé, no letter
    (resume,) = out.glob("*.docx")
    mine = resume.with_name(resume.stem + "_-_Letter.docx")
    mine.write_bytes(b"the letter I wrote")
    result = invoke("batch", posting, "--cv", LETTER_CV, "--out", out, "--letter")
    assert f"{mine.name} is not recorded in" in result.output and "1 skipped as edited" in result.output
    assert mine.read_bytes() == b"the letter I wrote"


def test_an_export_of_the_users_own_with_a_resumes_name_is_left_alone(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    stem = resumes(out)[0].removesuffix(".docx")
    mine = out / f"{stem}.md"
    mine.write_text("# My notes on this job\n", encoding="utf-8")
    beside = invoke("batch", jobs, "--cv", "example", "--out", out, "--export", "markdown")
    assert f"{mine.name} is not recorded in {stem}.manifest.json: tailor did not write it" in beside.output
    shutil.rmtree(out)
    out.mkdir()
    mine.write_text("# My notes on this job\n", encoding="utf-8")  # before any résumé
    first = invoke("batch", jobs, "--cv", "example", "--out", out, "--export", "markdown")
    assert f"{mine.name} has no manifest beside it" in first.output and "2 built" in first.output
    assert mine.read_text(encoding="utf-8") == "# My notes on this job\n"


def test_the_manifest_records_the_hash_of_the_resume_as_written(jobs: Path, tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    for resume in out.glob("*.docx"):
        record = json.loads(resume.with_suffix(".manifest.json").read_text(encoding="utf-8"))
        assert record["output_sha256"] == hashlib.sha256(resume.read_bytes()).hexdigest()


def test_a_file_with_a_resumes_name_that_tailor_did_not_write_is_left_alone(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    mine = out / resumes(out)[0]
    mine.with_suffix(".manifest.json").unlink()  # as if the user had saved a file of that name
    mine.write_bytes(b"my own file")
    result = invoke("batch", jobs, "--cv", "example", "--out", out)
    assert "0 built, 2 up to date, 1 skipped as edited" in result.output
    assert f"{mine.name} has no manifest beside it: tailor did not write it; --force to replace" in result.output
    assert mine.read_bytes() == b"my own file"
    assert "3 built" in invoke("batch", jobs, "--cv", "example", "--out", out, "--force").output
    assert mine.read_bytes().startswith(b"PK") and mine.with_suffix(".manifest.json").is_file()


def test_without_a_recorded_hash_a_resume_saved_after_its_manifest_counts_as_edited(jobs: Path, tmp_path: Path) -> None:
    import os

    out = tmp_path / "out"
    invoke("batch", jobs, "--cv", "example", "--out", out)
    first, second = (out / name for name in resumes(out)[:2])
    for resume in (first, second):  # as tailor wrote them before it recorded the hash
        manifest_path = resume.with_suffix(".manifest.json")
        record = json.loads(manifest_path.read_text(encoding="utf-8"))
        del record["output_sha256"]
        record["tailor_version"] = "0.0.1"
        manifest_path.write_text(json.dumps(record), encoding="utf-8")
    edit(first)
    later = first.with_suffix(".manifest.json").stat().st_mtime_ns + 1_000_000_000
    os.utime(first, ns=(later, later))
    result = invoke("batch", jobs, "--cv", "example", "--out", out)
    # The second is rebuilt (written by another tailor), the third up to date, the first left alone.
    assert "1 built, 1 up to date, 1 skipped as edited" in result.output and f"edited {first.name}" in result.output


def test_failures_are_counted_apart_and_make_the_exit_status(jobs: Path, tmp_path: Path) -> None:
    (jobs / "d-french.md").write_text(
        "# Ingénieur\n\n" + "Nous recherchons un ingénieur pour notre équipe à Paris, avec de l'expérience. " * 12,
        encoding="utf-8",
    )
    result = invoke("batch", jobs, "--cv", "example", "--out", tmp_path / "out")
    assert "3 built, 0 up to date, 0 skipped as edited, 0 failed" in result.output and result.exit_code == 0
    assert "d-french.md" in result.output  # not English: listed as unreadable, not a failure of a résumé


def test_the_overview_lists_every_posting_with_its_fit_coverage_and_links(jobs_csv: Path, tmp_path: Path) -> None:
    import io

    out = tmp_path / "out"
    result = invoke("batch", jobs_csv, "--cv", "example", "--out", out, "--report")
    assert result.exit_code == 0 and f"Overview: {out / 'index.html'}" in result.output
    written = (out / "index.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbfrank,score,fit,")  # the byte order mark Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8-sig"))))
    assert rows.pop()["status"] == "not ranked"  # the row without a description, last
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4", "5"] and rows[0]["status"] == "built"
    assert rows[0]["title"] == "Research Engineer" and float(rows[0]["score"]) >= float(rows[1]["score"])
    for row in rows:
        assert (out / row["resume"]).is_file() and (out / row["report"]).is_file() and 0 <= float(row["coverage"]) <= 1
    hpc = next(r for r in rows if r["title"] == "HPC Engineer")
    assert (hpc["duplicates"], hpc["duplicate_locations"]) == ("1", "Lisbon")
    assert hpc["url"] == "https://www.indeed.example/viewjob?jk=hpc-engineer-berlin,-germany"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{rows[0]["resume"]}"' in page and "also Lisbon" in page
    assert 'class="source" href=' not in page  # a table's row is not opened from the page: the table may be huge
    # Run again: the overview says what became of each résumé this time.
    again = invoke("batch", jobs_csv, "--cv", "example", "--out", out, "--report")
    assert "0 built, 5 up to date" in again.output
    assert "up to date" in (out / "index.csv").read_text(encoding="utf-8-sig")
    # Among résumés, the overview is no posting.
    shutil.copy(POSTINGS / "registered-nurse.txt", out / "nurse.txt")
    assert [p.name for p in find_postings([out])] == ["nurse.txt"]


def test_a_full_disk_fails_one_resume_cleanly_and_the_run_says_files_were_written(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    fail_on_flush(monkeypatch, 3, OSError(errno.ENOSPC, "No space left on device"))  # the 2nd résumé's .docx
    result = invoke("batch", "--cv", "example", jobs, "--out", out)
    assert result.exit_code == 1, result.output  # files were written, and something needs a look
    assert (
        "2 built, 0 up to date, 0 skipped as edited, 1 failed" in result.output
        and "No space left on device" in result.output
    )
    assert len(resumes(out)) == 2 and len(list(out.glob("*.manifest.json"))) == 2
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_read_only_folder_fails_every_resume_and_nothing_is_written(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    read_only(monkeypatch, out)
    result = invoke("batch", "--cv", "example", jobs, "--out", out)
    out.chmod(0o755)
    assert result.exit_code == 2, result.output  # nothing was written
    assert (
        "0 built, 0 up to date, 0 skipped as edited, 3 failed" in result.output and "Permission denied" in result.output
    )
    assert list(out.iterdir()) == []


def test_an_overview_that_cannot_be_written_is_an_error_after_the_resumes_are(
    jobs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailor import files

    real = files.write_atomic

    def full_disk_for_the_overview(path: Path, data: bytes) -> None:
        if path.name in OVERVIEW:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(files, "write_atomic", full_disk_for_the_overview)
    out = tmp_path / "out"
    result = invoke("batch", "--cv", "example", jobs, "--out", out)
    assert result.exit_code == 1 and "3 built" in result.output
    assert "Cannot write the overview" in result.output and "The résumés are written" in result.output
    assert len(resumes(out)) == 3 and not any((out / name).exists() for name in OVERVIEW)


def test_an_index_html_of_the_users_own_is_never_replaced_without_force(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "index.html"
    mine.write_text("<html><body>My own list of applications</body></html>", encoding="utf-8")
    result = invoke("batch", "--cv", "example", jobs, "--out", out)
    assert result.exit_code == 1 and "3 built" in result.output
    assert "index.html is there and tailor did not write it" in result.output
    assert "Pass --force to replace it, or --out another folder." in result.output  # the flags, not force=True
    assert mine.read_text(encoding="utf-8") == "<html><body>My own list of applications</body></html>"
    assert not (out / "index.csv").exists()  # the overview is both files or neither
    # tailor's own overview is replaced freely; the user's only with --force.
    assert invoke("batch", "--cv", "example", jobs, "--out", out, "--force").exit_code == 0
    assert "tailor batch" in mine.read_text(encoding="utf-8")
    assert invoke("batch", "--cv", "example", jobs, "--out", out).exit_code == 0


def test_a_batch_of_which_no_posting_could_be_read_exits_1_as_rank_does(tmp_path: Path) -> None:
    # A scraper's table with no descriptions (JobSpy leaves LinkedIn's out unless asked to fetch them): batch said
    # "0 built, …, 0 failed" and exited 0, so a script took the empty run for a done one.
    rows = [jobspy_row(title, "Kestrel Freight", "Leeds", "") for title in ("Dispatcher", "Fleet Coordinator")]
    table = write_jobspy_csv(tmp_path / "jobs.csv", rows)
    out = tmp_path / "out"
    result = invoke("batch", table, "--cv", "example", "--out", out)
    assert result.exit_code == 1, result.output
    assert "0 built" in result.output and "jobs.csv#row=2 has no description" in result.output
    assert not out.exists() or not list(out.iterdir())
    assert invoke("rank", table, "--cv", "example").exit_code == 1  # as rank says it


def test_an_index_csv_tailor_wrote_without_a_byte_order_mark_is_still_its_own(jobs: Path, tmp_path: Path) -> None:
    # Overviews written before the CSV opened with its byte order mark are replaced as tailor's, not kept as the user's.
    out = tmp_path / "out"
    assert invoke("batch", "--cv", "example", jobs, "--out", out).exit_code == 0
    index = out / "index.csv"
    index.write_bytes(index.read_bytes().removeprefix(b"\xef\xbb\xbf"))
    assert invoke("batch", "--cv", "example", jobs, "--out", out).exit_code == 0
    assert index.read_bytes().startswith(b"\xef\xbb\xbfrank,")


def test_an_index_html_of_the_users_own_exits_1_whether_the_resumes_were_built_or_up_to_date(
    jobs: Path, tmp_path: Path
) -> None:
    # It exited 1 when the résumés were written and 2, "nothing written", when all were up to date: the file is the
    # same problem to look at either way, and the résumés are there.
    out = tmp_path / "out"
    assert invoke("batch", "--cv", "example", jobs, "--out", out).exit_code == 0
    (out / "index.html").unlink()
    (out / "index.html").write_text("<html><body>Interviews booked</body></html>", encoding="utf-8")
    result = invoke("batch", "--cv", "example", jobs, "--out", out)
    assert "0 built, 3 up to date" in result.output
    assert "index.html is there and tailor did not write it" in result.output
    assert result.exit_code == 1


def test_two_batches_racing_on_one_folder_leave_only_complete_files(jobs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "tailor",
        "batch",
        "--cv",
        "example",
        "--cv",
        "example",
        str(jobs),
        "--out",
        str(out),
        "--force",
    ]
    racers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for racer in racers:
        _, errors = racer.communicate(timeout=300)
        assert racer.returncode == 0, errors

    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "a temporary file was left"
    assert len(resumes(out)) == 3 and len(list(out.iterdir())) == 3 + 3 + len(OVERVIEW)  # with manifests, overview
    for resume in out.glob("*.docx"):
        with zipfile.ZipFile(resume) as package:
            assert package.testzip() is None
        assert docx.Document(str(resume)).paragraphs
        record = json.loads(resume.with_name(resume.stem + ".manifest.json").read_text(encoding="utf-8"))
        assert record["output"] == resume.name


def test_the_overview_opens_each_posting_file_from_its_own_folder(jobs: Path, tmp_path: Path) -> None:
    import lxml.html

    (jobs / "d nurse.txt").write_text((POSTINGS / "registered-nurse.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("batch", jobs, "--cv", "example", "--out", out).exit_code == 0
    page = lxml.html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    links = sorted(a.get("href") for a in page.xpath("//a[@class='source']"))
    assert links == ["../jobs/a-acme.md", "../jobs/b-acme.md", "../jobs/c-training.txt", "../jobs/d%20nurse.txt"]
    assert all((out / link.replace("%20", " ")).resolve().is_file() for link in links)


def test_batch_builds_one_resume_for_a_posting_saved_in_two_formats_and_lists_the_copy(tmp_path: Path) -> None:
    jobs, out = tmp_path / "jobs", tmp_path / "out"
    jobs.mkdir()
    (jobs / "grounds.txt").write_text(GROUNDS, encoding="utf-8")
    (jobs / "grounds-board.html").write_text(grounds_page(GROUNDS), encoding="utf-8")
    shutil.copy(POSTINGS / "registered-nurse.txt", jobs / "nurse.txt")
    result = invoke("batch", jobs, "--cv", "example", "--out", out, "--top", "5")
    assert result.exit_code == 0, result.output
    assert "2 built" in result.output and "1 posting was a copy of another posting's job" in result.output
    assert len(resumes(out)) == 2
    rows = list(csv.DictReader((out / "index.csv").open(encoding="utf-8-sig")))
    grounds = next(r for r in rows if r["source"].endswith("grounds-board.html"))
    assert (grounds["duplicates"], grounds["duplicate_sources"]) == ("1", str(jobs / "grounds.txt"))
    assert 'copy <a class="source" href="../jobs/grounds.txt">grounds.txt</a>' in (out / "index.html").read_text(
        encoding="utf-8"
    )


def test_a_posting_that_asks_for_a_licence_the_cv_lacks_is_flagged_on_the_terminal_and_in_the_overview(
    tmp_path: Path,
) -> None:
    # The warning that match gives is where a reader sifts the batch: its line, index.csv and index.html.
    postings = tmp_path / "postings"
    postings.mkdir()
    (postings / "nurse.txt").write_text(
        "Research Nurse\nLarkspur Labs\n\nResponsibilities\n- Run MPI and CUDA simulations of drug dosing.\n\n"
        "Requirements\n- Current Ohio RN license.\n- Experience with HPC clusters.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    for _ in range(2):  # built, then up to date: the manifest keeps the flag
        result = invoke("batch", postings, "--cv", "example", "--out", out)
        assert result.exit_code == 0, result.output
        # The label its line gives, which a licence the CV lacks keeps from strong, is the overview's too.
        assert "partial) ⚠ requires RN" in result.output
        [row] = csv.DictReader(io.StringIO((out / "index.csv").read_text(encoding="utf-8-sig")))
        assert row["fit"] == "partial"
    assert row["status"] == "up to date" and row["flags"] == "requires RN"
    assert "⚠ requires RN" in (out / "index.html").read_text(encoding="utf-8")
    first = invoke("batch", postings, "--cv", "example", "--out", tmp_path / "again")
    assert "⚠ requires RN" in first.output
