"""The command line, end to end: what a user types and what they get back."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tailor import manifest, resources
from tailor.cli import app
from tailor.cv import CV, load_cv
from tailor.cv.dates import DEFAULT_STYLE
from tailor.cv.markup import plain
from tailor.outputs import Outputs
from tests.conftest import DATA, LETTER_CV

runner = CliRunner()
EXAMPLES = sorted(resources.bundled("examples").iterdir())
POSTINGS = sorted((DATA / "postings").iterdir())
INVALID = DATA / "invalid_cvs"
SPECIAL = 'R&D <AI> "quotes" {{ not_a_var }} 🚀 Zürich 東京'


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def assert_user_error(result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output, result.output


# --- build ---------------------------------------------------------------------------


@pytest.mark.parametrize("posting", EXAMPLES + POSTINGS, ids=lambda p: p.name)
def test_build_writes_only_verbatim_cv_text(tmp_path: Path, bundled_cv: CV, posting: Path) -> None:
    out = tmp_path / "cv.docx"
    result = invoke("build", posting, "--cv", "example", "-o", out)
    assert result.exit_code == 0, result.output
    paras = paragraphs(out)
    texts = [t for _, t in paras]
    body = "\n".join(texts)

    # Every bullet in the document is a CV bullet or education detail, word for word (its plain text:
    # the CV's emphasis markers become italic and bold runs).
    cv_bullets = {b.plain for _, b in bundled_cv.bullets()} | {
        plain(d) for e in bundled_cv.education for d in e.details
    }
    bullets = [t for style, t in paras if style == "List Bullet"]
    assert bullets and set(bullets) <= cv_bullets
    # Name, contact details and every role, with its dates in tailor's one date format.
    assert bundled_cv.contact.name in texts
    # The contact line's and the dates' spaces do not break (NBSP): the same text as an ATS normalises it.
    normalised = unicodedata.normalize("NFKC", body)
    for value in (bundled_cv.contact.email, bundled_cv.contact.phone, bundled_cv.contact.website):
        assert value in normalised
    for entry in bundled_cv.experience:
        assert entry.role in body and entry.employer in body
        assert DEFAULT_STYLE.span(entry.start, entry.end) in normalised  # "Sep 2019 – Present"
    # The publications the manifest says were kept are printed, and only those. A posting of another field (the
    # nurse's) may keep none: page fitting trims publications that share no word with it rather than start a page 2.
    publications = manifest.read(Outputs(out).manifest).publications
    kept = {p.title: p.kept for p in publications}
    assert any(kept.values()) or all(p.score == 0 for p in publications)
    for title, printed in kept.items():
        assert (title in body) == printed, title


def groups_of(paras: list[tuple[str, str]], employer: str) -> list[tuple[str, list[str]]]:
    """The bullets printed for the first role line naming ``employer``, as (qualifier, texts) in
    the order printed; bullets before any qualifier line have the qualifier ""."""
    start = next(n for n, (style, text) in enumerate(paras) if style == "CV Entry" and employer in text)
    groups: list[tuple[str, list[str]]] = [("", [])]
    for style, text in paras[start + 1 :]:
        if style in ("CV Entry", "Heading 1"):
            break
        if style == "CV Qualifier":
            groups.append((text.removesuffix(":"), []))
        elif style == "List Bullet":
            groups[-1][1].append(text)
    return [(qualifier, texts) for qualifier, texts in groups if texts]


def test_build_prints_each_roles_bullets_under_their_qualifiers_best_first(tmp_path: Path, bundled_cv: CV) -> None:
    posting = DATA / "postings" / "distributed-training.txt"
    out = tmp_path / "cv.docx"
    assert invoke("build", posting, "--cv", "example", "-o", out).exit_code == 0
    ranked = json.loads(invoke("match", posting, "--cv", "example", "--format", "json").stdout)
    rank_of = {plain(b["text"]): i for i, b in enumerate(ranked["bullets"])}  # the CV's text, as written
    msr = bundled_cv.experience[0]
    qualifier_of = {b.plain: b.role or "" for b in msr.bullets}
    cv_order = list(dict.fromkeys(b.role or "" for b in msr.bullets))

    groups = groups_of(paragraphs(out), msr.employer)
    assert len(groups) > 1, "the posting should keep bullets of more than one step of the role"
    assert [q for q, _ in groups] == sorted((q for q, _ in groups), key=cv_order.index)
    for qualifier, texts in groups:
        assert all(qualifier_of[t] == qualifier for t in texts)
        assert texts == sorted(texts, key=rank_of.__getitem__)
    assert any("ML models scaling via" in t for t in groups[0][1])


def test_build_names_a_project_it_left_out_and_prints_a_membership_of_one_line(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact:\n  name: Mara Quill\nexperience:\n"
        "  - {id: acme, employer: Acme Payroll, role: Payroll Specialist, start: 2019, bullets: [\n"
        "      {id: a1, text: Ran payroll and payroll tax filings for 300 staff.}]}\n"
        "  - {id: club, employer: Garden Club, role: Volunteer, section: Volunteering, bullets: [\n"
        "      {id: c1, text: Planted tulips along the river path.}]}\n"
        "  - {id: apa, employer: American Payroll Association, role: Member, section: Memberships}\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.txt"
    posting.write_text("Payroll Specialist\n\nRequirements:\n- Payroll tax filings\n", encoding="utf-8")
    out = tmp_path / "cv.docx"
    result = invoke("build", posting, "--cv", cv, "-o", out, "--max-bullets", "1")
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "Garden Club (left out: none of its bullets was chosen; pin one to print it)" in said
    assert any("Member, American Payroll Association" in text for _, text in paragraphs(out))
    assert not any("Garden Club" in text for _, text in paragraphs(out))


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_a_resume_keeping_the_supervision_bullet_shows_it_as_the_postdocs(tmp_path: Path, template: str) -> None:
    # The CV of record: "As postdoc: supervision of PhD students and engineers." Printed under
    # "PhD candidate » postdoctoral researcher" without its qualifier, it would read as the PhD
    # candidate's.
    posting = tmp_path / "group-leader.md"
    posting.write_text(
        "# Research Group Leader\n\n## Requirements\n\n- Supervision of PhD students and engineers.\n"
        "- Teaching and reviewing for conferences on simulation.\n",
        encoding="utf-8",
    )
    out = tmp_path / "cv.docx"
    assert invoke("build", posting, "--cv", "example", "--template", template, "-o", out).exit_code == 0

    groups = groups_of(paragraphs(out), "École Polytechnique Fédérale de Lausanne (EPFL)")
    assert groups[-1] == ("As postdoc", ["Supervision of PhD students and engineers."])
    assert groups[0][0] == "" and groups[0][1], "the role's own bullets come first, as in the CV of record"


def test_build_default_output_name_is_owner_company_and_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("build", resources.bundled("examples") / "distributed-training-engineer.md", "--cv", "example")
    assert result.exit_code == 0, result.output
    name = "Bruno_Magalhaes_-_Northwind_Robotics_-_Senior_Machine_Learning_Engineer_Distributed_Training"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.docx", f"{name}.manifest.json"]
    assert "Microsoft Research" in result.output  # the per-role summary


def test_build_default_output_name_falls_back_to_the_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "acme job.txt").write_text("We need MPI and C++ for simulations.", encoding="utf-8")
    assert invoke("build", "acme job.txt", "--cv", "example").exit_code == 0
    assert (tmp_path / "Bruno_Magalhaes_-_acme_job.docx").is_file()


def test_build_title_company_and_location_given_by_hand_name_the_file_and_are_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    posting = tmp_path / "jobs.md"
    posting.write_text(
        "## Finance Director\n\nHarbor News is seeking a director.\n\n## Investigative Reporter\n\nMore.\n",
        encoding="utf-8",
    )
    result = invoke(
        "build", posting, "--cv", "example", "--title", "Investigative Reporter", "--location", " Harrisburg,  PA "
    )
    assert result.exit_code == 0, result.output
    name = "Bruno_Magalhaes_-_Harbor_News_-_Investigative_Reporter"
    assert (tmp_path / f"{name}.docx").is_file()
    assert "For: Investigative Reporter (given) at Harbor News (hiring-phrase)" in " ".join(result.output.split())
    recorded = manifest.read(tmp_path / f"{name}.manifest.json").inputs.posting
    assert (recorded.title, recorded.title_source, recorded.company_source) == (
        "Investigative Reporter",
        "given",
        "hiring-phrase",
    )
    assert (recorded.location, recorded.location_source) == ("Harrisburg, PA", "given")


def test_build_flags_a_company_the_posting_does_not_state(tmp_path: Path) -> None:
    posting = tmp_path / "job.txt"
    posting.write_text("Data Engineer\n\nWe need MPI and C++.\n", encoding="utf-8")
    result = invoke("build", posting, "--cv", "example", "-o", tmp_path / "cv.docx")
    assert result.exit_code == 0, result.output
    assert "For: Data Engineer (heading) at no company found (pass --company)" in " ".join(result.output.split())


def test_build_with_a_blank_title_is_a_user_error_naming_the_flag(tmp_path: Path) -> None:
    assert_user_error(
        invoke("build", EXAMPLES[0], "--cv", "example", "--title", " ", "-o", tmp_path / "x.docx"), "--title is empty"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["build", "letter"])
def test_a_file_in_the_way_is_refused_before_the_posting_is_read_or_fetched(tmp_path: Path, command: str) -> None:
    out = tmp_path / "cv.docx"
    out.write_bytes(b"precious")
    # A posting that cannot be read says nothing here: the destination is checked first, so a
    # posting at an address is not downloaded, nor the CV analysed, for a build that cannot be written.
    result = invoke(command, tmp_path / "no-such-posting.md", "--cv", "example", "-o", out)
    assert_user_error(result, "cv.docx already exists", "--force")
    assert "no-such-posting" not in result.output and out.read_bytes() == b"precious"


def test_build_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    out.write_bytes(b"precious")
    assert_user_error(invoke("build", EXAMPLES[0], "--cv", "example", "-o", out), "already exists", "--force")
    assert out.read_bytes() == b"precious"
    assert invoke("build", EXAMPLES[0], "--cv", "example", "-o", out, "--force").exit_code == 0
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.docx", "cv.manifest.json"]  # no temporary files


def test_build_reads_the_posting_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    text = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")
    result = invoke("build", "-", "--cv", "example", "-o", out, input=text)
    assert result.exit_code == 0, result.output
    assert any("Blue Gene Q" in t for _, t in paragraphs(out))


def test_a_posting_piped_in_is_named_standard_input_in_every_report_of_match() -> None:
    # "-" is what the command line was given, not where the posting came from: the reports name it as messages do.
    text = (DATA / "postings" / "hpc-mpi-simulation.txt").read_text(encoding="utf-8")

    def report(*form: str) -> str:
        result = invoke("match", "-", "--cv", "example", "--top", "1", *form, input=text)
        assert result.exit_code == 0, result.output
        return result.output

    assert "Posting standard input" in report()
    assert "- Posting: standard input" in report("-f", "markdown")
    assert "Posting <code>standard input</code>" in report("-f", "html")
    # The JSON, for scripts, keeps the source as given.
    assert json.loads(report("-f", "json"))["posting"]["source"] == "-"


def test_an_empty_posting_on_stdin_is_named_as_such() -> None:
    assert_user_error(invoke("match", "-", "--cv", "example", input="  \n"), "piped in on standard input is empty")
    # The reader of a posting serves every command: its hint names none ("tailor match" in a build's error).
    assert_user_error(invoke("build", "-", "--cv", "example", input=""), "`pbpaste |` on macOS")


def test_build_is_deterministic(tmp_path: Path) -> None:
    xml = []
    for name in ("a.docx", "b.docx"):
        assert invoke("build", EXAMPLES[0], "--cv", "example", "-o", tmp_path / name).exit_code == 0
        with zipfile.ZipFile(tmp_path / name) as z:
            xml.append(z.read("word/document.xml"))
    assert xml[0] == xml[1]


def test_special_characters_survive_into_the_document(tmp_path: Path) -> None:
    cv_file = tmp_path / "cv.yaml"
    cv_file.write_text(
        "contact: {name: Ada & Co <Lovelace>}\n"
        "experience:\n"
        "  - id: e\n    employer: 'R&D \"Labs\"'\n    role: Engineer\n    start: '2020'\n"
        f"    bullets:\n      - id: b\n        text: '{SPECIAL}'\n",
        encoding="utf-8",
    )
    assert load_cv(cv_file).experience[0].bullets[0].text == SPECIAL
    out = tmp_path / "cv.docx"
    result = invoke("build", EXAMPLES[0], "--cv", cv_file, "-o", out)
    assert result.exit_code == 0, result.output
    texts = [t for _, t in paragraphs(out)]
    assert SPECIAL in texts
    assert "Ada & Co <Lovelace>" in texts


CONTROL_CHARACTERS_CV = """\
contact:
  name: Ada Lovelace
  email: ada@example.org
experience:
  - id: acme
    employer: Acme
    role: Engineer
    start: "2020"
    bullets:
      - id: simulator
        text: "Built a distributed\\vsimulator\\fin C++ with MPI\\x1f and Python pipelines."
        pin: true
      - id: training
        text: "Trained deep learning models on GPU clusters with PyTorch."
"""


def test_a_cv_with_control_characters_builds_a_correct_resume_and_a_warning_names_the_item(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(CONTROL_CHARACTERS_CV, encoding="utf-8")
    out = tmp_path / "cv.docx"
    result = invoke("build", EXAMPLES[0], "--cv", cv, "-o", out)
    assert result.exit_code == 0, result.output
    assert "bullet missing" not in result.output
    warning = f"{cv}:11: experience[0].bullets[0].text: "
    assert warning in result.stderr and "U+000B, U+000C, U+001F" in result.stderr
    bullets = [text for style, text in paragraphs(out) if style == "List Bullet"]
    assert "Built a distributed simulator in C++ with MPI  and Python pipelines." in bullets
    assert warning in invoke("match", EXAMPLES[0], "--cv", cv).stderr


def test_build_with_a_json_resume(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Ada Lovelace"},
        "work": [{"name": "Engine", "position": "Programmer", "startDate": "1842", "highlights": ["Wrote MPI code."]}],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume), encoding="utf-8")
    out = tmp_path / "cv.docx"
    assert invoke("build", EXAMPLES[0], "--cv", path, "-o", out).exit_code == 0
    assert "Wrote MPI code." in [t for _, t in paragraphs(out)]


def test_build_opens_a_students_resume_with_education_unless_told_otherwise(tmp_path: Path) -> None:
    student = tmp_path / "cv.yaml"
    student.write_text(
        "contact: {name: Priya Nair}\n"
        "education:\n  - {degree: BSc Physics, institution: Lakeside University, start: 2020-09, end: present}\n"
        "experience:\n  - id: lab\n    employer: Lakeside Optics Lab\n    role: Research Intern\n"
        "    start: 2021-06\n    end: 2021-09\n    bullets:\n      - {id: b, text: Aligned MPI laser optics.}\n",
        encoding="utf-8",
    )

    def headings(*flags: str) -> tuple[list[str], dict]:
        out = tmp_path / "cv.docx"
        assert invoke("build", EXAMPLES[0], "--cv", student, "-o", out, "--force", *flags).exit_code == 0
        record = json.loads(Outputs(out).manifest.read_text(encoding="utf-8"))
        return [text for style, text in paragraphs(out) if style == "Heading 1"], record

    found, record = headings()
    assert found[:2] == ["Education", "Experience"]
    assert record["education_first"] is True and "education_first" not in record["inputs"]["options"]
    found, record = headings("--experience-first")
    assert found[:2] == ["Experience", "Education"]
    assert record["education_first"] is False and record["inputs"]["options"]["education_first"] is False


# --- match ---------------------------------------------------------------------------


def test_match_json_gives_a_json_resumes_highlights_as_written_markdown_and_all(tmp_path: Path) -> None:
    highlights = ["Built a **React** design system used by 12 teams.", "Ran *weekly* code reviews in TypeScript."]
    resume = {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Dev", "startDate": "2021"}]}
    resume["work"][0]["highlights"] = highlights
    (tmp_path / "resume.json").write_text(json.dumps(resume), encoding="utf-8")
    result = invoke("match", EXAMPLES[0], "--cv", tmp_path / "resume.json", "--format", "json")
    assert result.exit_code == 0, result.output
    assert sorted(b["text"] for b in json.loads(result.stdout)["bullets"]) == sorted(highlights)


def test_match_table_shows_a_bullets_emphasis_as_the_resume_does_not_its_markers(tmp_path: Path) -> None:
    from tailor.cli.terminal import emphasised

    assert emphasised("Built a **React** [design] *system*") == r"Built a [bold]React[/] \[design] [italic]system[/]"
    resume = {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Dev", "startDate": "2021"}]}
    resume["work"][0]["highlights"] = ["Built a **React** design system used by 12 teams."]
    (tmp_path / "resume.json").write_text(json.dumps(resume), encoding="utf-8")
    result = invoke("match", EXAMPLES[0], "--cv", tmp_path / "resume.json")
    assert result.exit_code == 0, result.output
    assert "**" not in result.output and "React" in result.output


def test_match_json_lists_every_bullet_verbatim_best_first(bundled_cv: CV) -> None:
    result = invoke("match", EXAMPLES[0], "--cv", "example", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["posting"]["source"] == str(EXAMPLES[0])
    assert isinstance(data["score"], float)
    # As written in the CV, emphasis markers too: a tool can find each item in the CV it came from.
    assert sorted(b["text"] for b in data["bullets"]) == sorted(b.text for _, b in bundled_cv.bullets())
    scores = [b["score"] for b in data["bullets"]]
    assert scores == sorted(scores, reverse=True)
    assert set(data["bullets"][0]) >= {"id", "entry", "text", "score", "terms"}
    assert {p["text"] for p in data["publications"]} == {p.title for p in bundled_cv.publications}
    assert {s["text"] for s in data["skills"]} == set(bundled_cv.skill_names)


def test_match_json_describes_the_posting_and_how_each_section_counted() -> None:
    data = json.loads(invoke("match", DATA / "layouts" / "markdown.md", "--cv", "example", "--format", "json").stdout)
    posting = data["posting"]
    assert (posting["title"], posting["company"]) == ("Senior Platform Engineer", "Acme Analytics")
    assert (posting["title_source"], posting["company_source"]) == ("heading", "board-header")
    assert (posting["location"], posting["location_source"], posting["salary"]) == ("Berlin", "board-header", None)
    assert [list(posting)[i] for i in (0, -1)] == ["source", "sections"]
    kinds = {s["heading"]: (s["kind"], s["weight"]) for s in posting["sections"]}
    assert kinds["What you bring"] == ("requirements", 1.0)
    assert kinds["Benefits"] == ("benefits", 0.0)
    assert all(isinstance(s["words"], int) and s["words"] > 0 for s in posting["sections"])


def test_match_table_shows_the_postings_details_and_where_each_was_found() -> None:
    result = invoke("match", DATA / "layouts" / "markdown.md", "--cv", "example", "--top", "1")
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    assert "Title Senior Platform Engineer heading" in lines
    assert "Company Acme Analytics board-header" in lines
    assert "Location Berlin board-header" in lines


def test_a_section_under_no_heading_is_told_by_its_opening_words_in_the_json_and_the_table(tmp_path: Path) -> None:
    posting = tmp_path / "job.txt"
    posting.write_text(
        "Clinical Pharmacist\n\nRiverbend Health is a 300-bed regional medical center serving Lane County and its "
        "towns since 1936.\n\nRequirements\n- PharmD\n- Oregon pharmacist license\n",
        encoding="utf-8",
    )
    data = json.loads(invoke("match", posting, "--cv", "example", "--format", "json").stdout)
    opens = {s["kind"]: s["opens"] for s in data["posting"]["sections"] if not s["heading"]}
    assert opens["company"] == "Riverbend Health is a 300-bed regional medical center…"
    assert [s["opens"] for s in data["posting"]["sections"] if s["heading"] == "Requirements"] == ["PharmD"]
    table = " ".join(invoke("match", posting, "--cv", "example", "--top", "1").output.split())
    assert "(no heading) Riverbend Health is a 300-bed" in table


def test_a_section_under_no_heading_opens_with_its_words_not_its_markdown_marks(tmp_path: Path) -> None:
    posting = tmp_path / "job.md"
    posting.write_text(
        "# Claims Adjuster\n### Larchmont Mutual\n#### `💰 $58,000 - $66,000` `🌎 Remote, US`\n\n"
        "**We answer every claim within a day.** Our adjusters work from home across the country.\n\n"
        "## Requirements\n\n- Two years of property claims\n",
        encoding="utf-8",
    )
    data = json.loads(invoke("match", posting, "--cv", "example", "--format", "json").stdout)
    opens = [s["opens"] for s in data["posting"]["sections"] if not s["heading"]]
    assert opens and not any(mark in line for line in opens for mark in ("#", "**", "`"))


def test_match_table_flags_a_company_the_posting_does_not_state(tmp_path: Path) -> None:
    posting = tmp_path / "job.txt"
    posting.write_text("Data Engineer\n\nWe need MPI.\n", encoding="utf-8")
    output = " ".join(invoke("match", posting, "--cv", "example", "--top", "1").output.split())
    assert "Company not stated clearly (build --company sets it)" in output


def test_match_build_and_letter_read_a_row_of_a_table_by_the_columns_named_as_rank_takes_them(tmp_path: Path) -> None:
    table = tmp_path / "county.csv"
    table.write_text(
        "Req #,Position Title,Department,Position Summary\n"
        '26-1,HPC Engineer,Research Computing,"Write MPI and CUDA code for large simulations on our cluster."\n',
        encoding="utf-8",
    )
    columns = "description=Position Summary,company=Department"
    assert_user_error(invoke("match", f"{table}#row=1", "--cv", "example"), "--columns description=")
    result = invoke("match", f"{table}#row=1", "--cv", "example", "--columns", columns, "-f", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["posting"]
    assert (found["title"], found["company"]) == ("HPC Engineer", "Research Computing")
    out = tmp_path / "out"
    built = invoke("build", f"{table}#row=1", "--cv", "example", "--columns", columns, "--out", out)
    assert built.exit_code == 0, built.output
    assert [p.name for p in out.glob("*.docx")] == ["Bruno_Magalhaes_-_Research_Computing_-_HPC_Engineer.docx"]
    letter = invoke("letter", f"{table}#row=1", "--cv", "example", "--columns", columns)
    assert "letter:" in letter.output and "--columns" not in letter.output  # read the row; the CV has no letter
    # Columns name a table's: for a posting that is none, they are a mistake, not ignored.
    assert_user_error(
        invoke("match", DATA / "layouts" / "markdown.md", "--cv", "example", "--columns", columns),
        "--columns names the columns of a table",
    )


def test_match_table_shows_the_ranking() -> None:
    result = invoke("match", DATA / "postings" / "hpc-mpi-simulation.txt", "--cv", "example")
    assert result.exit_code == 0, result.output
    assert "bbp-spatial-methods" in result.output and "Fit of Bruno Magalhaes" in result.output
    assert "Responsibilities" in result.output and "requirements" in result.output  # the sections table


def test_match_says_which_bullets_count_less_as_supporting_activities() -> None:
    data = json.loads(invoke("match", EXAMPLES[0], "--cv", "example", "--format", "json").stdout)
    teaching = next(b for b in data["bullets"] if b["id"] == "epfl-teaching")
    assert teaching["supporting"] == "teaching"
    assert all("supporting" not in b for b in data["bullets"] if not b["id"].endswith(("teaching", "reviewer")))
    markdown = invoke("match", EXAMPLES[0], "--cv", "example", "--format", "markdown").output
    assert "teaching, which the posting does not ask for" in markdown
    assert "- Company: Northwind Robotics (board-header)" in markdown.splitlines()


# --- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cv_file", "fragments"),
    [
        ("missing.yaml", ["does not exist"]),
        ("syntax_error.yaml", ["syntax_error.yaml:6", "syntax error"]),
        ("unknown_key_and_wrong_type.yaml", [":9:", "unknown key 'bulets'", ":18:", ":19:", "3 problems"]),
    ],
)
def test_bad_cv_is_a_clear_error_with_lines(tmp_path: Path, cv_file: str, fragments: list[str]) -> None:
    for command in ("build", "match"):
        result = invoke(
            command,
            EXAMPLES[0],
            "--cv",
            INVALID / cv_file,
            *(["-o", tmp_path / "x.docx"] if command == "build" else []),
        )
        assert_user_error(result, *fragments)
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)), "not text")],
    ids=["empty", "binary"],
)
def test_bad_posting_is_a_clear_error(tmp_path: Path, content: bytes, fragment: str) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_bytes(content)
    assert_user_error(invoke("build", posting, "--cv", "example", "-o", tmp_path / "x.docx"), fragment)
    assert not (tmp_path / "x.docx").exists()


def test_a_posting_of_only_punctuation_stops_match_and_build_and_is_skipped_by_rank_and_batch(tmp_path: Path) -> None:
    posting = tmp_path / "punctuation.txt"
    posting.write_text("!!! ??? ... ---\n" * 40, encoding="utf-8")
    assert_user_error(invoke("match", "--cv", "example", posting), "has nothing to rank")
    assert_user_error(invoke("build", "--cv", "example", posting, "-o", tmp_path / "x.docx"), "has nothing to rank")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["punctuation.txt"]

    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "punctuation.txt").write_bytes(posting.read_bytes())
    (jobs / "good.md").write_bytes(EXAMPLES[0].read_bytes())
    ranked = invoke("rank", "--cv", "example", jobs, "-f", "json")
    assert ranked.exit_code == 0, ranked.output
    assert [Path(r["source"]).name for r in json.loads(ranked.stdout)] == ["good.md"]
    assert "punctuation.txt" in ranked.stderr and "nothing to rank" in ranked.stderr
    batch = invoke("batch", "--cv", "example", jobs, "--out", tmp_path / "out")
    assert batch.exit_code == 0, batch.output
    assert "punctuation.txt" in batch.stderr and "nothing to rank" in batch.stderr
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


def test_a_posting_of_two_megabytes_of_words_is_refused_at_once_with_the_limit(tmp_path: Path) -> None:
    posting = tmp_path / "words.txt"
    posting.write_text(" ".join(f"word{n % 5000} skill{n % 777}" for n in range(120_000)), encoding="utf-8")
    started = time.monotonic()
    assert_user_error(invoke("match", "--cv", "example", posting), "more text than the 100,000 characters tailor reads")
    assert time.monotonic() - started < 10  # it took 26 s, without a word, to rank


@pytest.mark.parametrize("command", ["rank", "batch"])
@pytest.mark.parametrize(
    ("table", "columns", "message"),
    [
        ("", (), "is empty: its first line should name its columns"),
        ("title,company,body\n", (), "has no rows"),
        ("Role;Firm;Ad text\nBaker;Crumb & Co;Bake bread.\n", (), "no column tailor knows to hold the postings' text"),
        ("title,company,description\nBaker,Crumb,Bake.\n", ("--columns", "description=Body"), "does not have"),
        ("title,company,description\nBaker,Crumb,Bake.\n", ("--columns", "title Role"), "role=column pairs"),
    ],
    ids=["empty", "header only", "no description column", "a column it lacks", "columns misspelt"],
)
def test_a_table_that_cannot_be_ranked_is_told_before_the_cv_is_analysed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, table: str, columns: tuple[str, ...], message: str
) -> None:
    # Analysing the CV takes seconds (a loaded host: ten and more); a wrong table is known from its first lines.
    def analysed(*args: object, **kwargs: object) -> None:
        raise AssertionError("the CV was read before the table was looked at")

    monkeypatch.setattr("tailor.pipeline.read_cv", analysed)
    path = tmp_path / "jobs.csv"
    path.write_text(table, encoding="utf-8")
    out = ["--out", tmp_path / "out"] if command == "batch" else []
    result = invoke(command, path, "--cv", "example", *columns, *out)
    assert_user_error(result, message)
    assert not (tmp_path / "out").exists()


def test_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    assert_user_error(
        invoke(
            "build", EXAMPLES[0], "--cv", "example", "--template", tmp_path / "nope.docx", "-o", tmp_path / "x.docx"
        ),
        "nope.docx",
    )


def test_errors_go_to_stderr_with_exit_code_2_in_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tailor", "match", str(tmp_path / "nope.txt"), "--cv", "example"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and proc.stdout == ""
    assert "Traceback" not in proc.stderr


def test_a_real_process_flushes_all_its_output_and_writes_complete_files(tmp_path: Path) -> None:
    # The console script leaves without tearing the interpreter down (cli._leave). The
    # folder's name is long enough that a path wrapped at 80 columns would break.
    out = tmp_path / ("a-folder-with-a-long-name-" * 3) / "cv.docx"
    out.parent.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "tailor", "build", str(EXAMPLES[0]), "-o", str(out), "--report", "--cv", "example"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert zipfile.ZipFile(out).testzip() is None
    assert json.loads(out.with_name("cv.manifest.json").read_text(encoding="utf-8"))["bullets"]
    assert out.with_name("cv.report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert str(out) in proc.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "tailor", "match", str(EXAMPLES[0]), "--format", "json", "--cv", "example"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert listed.returncode == 0 and len(json.loads(listed.stdout)["bullets"]) > 20


def test_a_file_name_given_as_the_output_folder_is_refused_with_the_option_that_names_a_file(tmp_path: Path) -> None:
    result = invoke("build", EXAMPLES[0], "--cv", "example", "--out", tmp_path / "resume.docx")
    assert_user_error(result, "resume.docx is a file name", "--out names a folder", "--output")
    assert list(tmp_path.iterdir()) == []


# --- letter ------------------------------------------------------------------------------


def test_letter_from_a_cv_without_letter_material_stops_and_shows_how_to_write_one(tmp_path: Path) -> None:
    result = invoke("letter", EXAMPLES[0], "--cv", "example", "--out", tmp_path)
    assert_user_error(
        result, "has no letter: block", "tailor never writes a letter's sentences", "tailor init --letter"
    )
    assert list(tmp_path.iterdir()) == []


def test_letter_writes_the_owners_texts_and_says_which_it_left_out_and_why(
    estimated_pages: None, tmp_path: Path
) -> None:
    result = invoke("letter", EXAMPLES[0], "--cv", LETTER_CV, "--out", tmp_path, "--letter-paragraphs", "2")
    assert result.exit_code == 0, result.output
    name = "Mara_Lindqvist_-_Northwind_Robotics_-_Senior_Machine_Learning_Engineer_Distributed_Training_-_Letter"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.docx", f"{name}.manifest.json"]
    output = " ".join(result.output.split())
    assert f"Wrote {tmp_path / name}.docx and its manifest {name}.manifest.json" in output
    # A paragraph left out for the budget says which budget, and how to raise it.
    assert "letter-simulation: no room: the letter holds 2 paragraphs; this one scored" in output
    assert "below the 2 kept; --letter-paragraphs keeps more" in output
    assert "greeting:1: needs hiring_manager, which the posting does not name" in output
    texts = [text for _, text in paragraphs(tmp_path / f"{name}.docx")]
    assert "Dear Northwind Robotics hiring team," in texts and "Kind regards," in texts


def test_build_with_a_letter_on_us_letter_paper_lays_both_out_on_it_and_records_it(
    estimated_pages: None, tmp_path: Path
) -> None:
    out = tmp_path / "cv.docx"
    result = invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "-o", out, "--letter", "--paper", "letter")
    assert result.exit_code == 0, result.output
    letter = next(tmp_path.glob("*_-_Letter.docx"))
    for made in (out, letter):
        section = docx.Document(str(made)).sections[0]
        assert (section.page_width.inches, section.page_height.inches) == (8.5, 11.0)
    assert json.loads(Outputs(out).manifest.read_text(encoding="utf-8"))["inputs"]["options"]["paper"] == "letter"
    assert invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "-o", out, "--force", "--paper", "legal").exit_code == 2


def test_build_letter_options_are_checked_before_anything_is_written(tmp_path: Path) -> None:
    result = invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "--letter-paragraphs", "2", "--out", tmp_path)
    assert_user_error(result, "--letter-paragraphs says how long the cover letter is: pass --letter")
    bad = invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "--letter", "--letter-template", "fancy", "--out", tmp_path)
    assert_user_error(bad, "no bundled template called 'fancy'")
    assert list(tmp_path.iterdir()) == []


def test_build_exports_the_tailored_cv_beside_the_resume(tmp_path: Path) -> None:
    exports = ("--export", "markdown", "--export", "json-resume")
    result = invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "-o", tmp_path / "cv.docx", *exports)
    assert result.exit_code == 0, result.output
    assert f"Export (markdown): {tmp_path / 'cv.md'}" in " ".join(result.output.split())
    assert {p.name for p in tmp_path.iterdir()} == {"cv.docx", "cv.manifest.json", "cv.md", "cv.resume.json"}
    assert_user_error(invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "--export", "docx"), "not 'docx'")


def test_build_asked_to_export_the_resumes_own_format_points_to_the_option_that_writes_it() -> None:
    result = invoke("build", EXAMPLES[0], "--cv", LETTER_CV, "--export", "pdf")
    assert_user_error(result, "--export takes json-resume, rendercv or markdown, not 'pdf'")
    assert "add --pdf" in " ".join(result.output.split())


def test_templates_lists_the_letters_too() -> None:
    result = invoke("templates")
    assert result.exit_code == 0 and "letter templates" in result.output
    assert "letter-compact.docx" in result.output.replace("\n", "")


# --- start-up ------------------------------------------------------------------------


COMMANDS = ("build", "letter", "match", "templates", "check", "rank", "batch", "init", "validate", "config")


def test_help_and_version_do_not_import_heavy_libraries() -> None:
    calls = [["--help"], ["--version"], *([c, "--help"] for c in COMMANDS)]
    # (pydantic is not on the list: typer itself imports it to coerce option values.)
    heavy = ("spacy", "sklearn", "docxtpl", "docx", "pypdf", "jinja2", "ruamel")
    code = (
        "import sys; from typer.testing import CliRunner; from tailor.cli import app; "
        f"assert all(CliRunner().invoke(app, a).exit_code == 0 for a in {calls!r}); "
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_every_command_has_help() -> None:
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert registered == set(COMMANDS)
    for command in COMMANDS:
        result = invoke(command, "--help")
        assert result.exit_code == 0 and f"tailor {command}" in result.output and len(result.output) > 150


# --- fit labels, warnings and --min-fit ----------------------------------------------------------

ENGINEER = DATA / "cvs" / "data-engineer.yaml"
NURSE_POSTING = DATA / "postings" / "registered-nurse.txt"


def test_max_bullets_is_a_hard_budget(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    result = invoke("build", DATA / "postings" / "data-engineer.md", "--cv", ENGINEER, "-o", out, "--max-bullets", "2")
    assert result.exit_code == 0, result.output
    kept = [b for b in manifest.read(Outputs(out).manifest).bullets if b.kept]
    # Two, of which one is the pinned bullet: pins count within the budget.
    assert len(kept) == 2 and "ls-volunteer" in {b.id for b in kept}


def test_a_weak_fit_is_named_and_warned_about_on_stderr() -> None:
    result = invoke("match", NURSE_POSTING, "--cv", ENGINEER, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["fit"] == "weak" and data["warnings"]
    assert "Warning: The fit is weak" in result.stderr


def test_a_title_in_capitals_is_warned_about_until_build_title_sets_it(tmp_path: Path) -> None:
    posting = tmp_path / "history.txt"
    posting.write_text(
        "TEACHER OF HISTORY (MPS/UPS)\n\nRequirements:\n- Build data pipelines in Python and SQL.\n", encoding="utf-8"
    )
    matched = invoke("match", posting, "--cv", ENGINEER)
    assert "title is in capitals ('TEACHER OF HISTORY (MPS/UPS)')" in matched.stderr and "--title" in matched.stderr
    built = invoke("build", posting, "--cv", ENGINEER, "-o", tmp_path / "cv.docx", "--title", "Teacher of History")
    assert built.exit_code == 0 and "title is in capitals" not in built.output
    assert (
        "title is in capitals" not in invoke("match", DATA / "postings" / "data-engineer.md", "--cv", ENGINEER).stderr
    )


def test_an_employer_and_a_hiring_manager_in_capitals_are_warned_about_until_set(tmp_path: Path) -> None:
    posting = tmp_path / "forge.txt"
    posting.write_text(
        "JOB TITLE: Process Engineer\nCOMPANY: HALDEN FORGE WORKS\nREPORTS TO: PLANT MANAGER\n\n"
        "REQUIREMENTS:\n- Build data pipelines in Python and SQL.\n",
        encoding="utf-8",
    )
    matched = invoke("match", posting, "--cv", ENGINEER)
    assert "employer is in capitals ('HALDEN FORGE WORKS')" in matched.stderr and "--company" in matched.stderr
    assert "hiring manager is in capitals ('PLANT MANAGER')" in matched.stderr and "--hiring-manager" in matched.stderr
    assert "title is in capitals" not in matched.stderr
    built = invoke(
        "build", posting, "--cv", ENGINEER, "-o", tmp_path / "cv.docx", "--company", "Halden Forge Works",
        "--hiring-manager", "Ms Ruth Alder",
    )  # fmt: skip
    assert built.exit_code == 0 and "in capitals" not in built.output


def test_a_text_that_reads_like_no_job_posting_is_warned_about(tmp_path: Path) -> None:
    recipe = tmp_path / "notes.txt"
    recipe.write_text(
        "Preheat the oven to 200 degrees. Mix the flour, butter and sugar until it forms crumbs, then add the "
        "eggs one at a time. Bake for twenty minutes and serve warm with cream.\n",
        encoding="utf-8",
    )
    assert "names no job title and no employer" in invoke("match", recipe, "--cv", ENGINEER).stderr
    posting = DATA / "postings" / "data-engineer.md"
    assert "names no job title" not in invoke("match", posting, "--cv", ENGINEER).stderr


def test_a_posting_of_a_few_words_is_too_short_to_judge(tmp_path: Path) -> None:
    posting = tmp_path / "short.txt"
    posting.write_text("Data engineer\n", encoding="utf-8")
    result = invoke("match", posting, "--cv", ENGINEER, "--format", "json")
    data = json.loads(result.stdout)
    assert data["fit"] == "too short" and data["score"] < 0.25  # it scored 0.635, above any real posting
    assert "too few words" in result.stderr


def test_min_fit_names_a_piped_posting_as_standard_input_and_its_fit_as_a_list_shows_it(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    text = NURSE_POSTING.read_text(encoding="utf-8")
    result = invoke("build", "-", "--cv", ENGINEER, "-o", out, "--min-fit", "partial", input=text)
    message = " ".join(result.output.split())
    assert_user_error(result, "The fit of your CV to standard input is weak", "below the --min-fit 0.1 (partial) asked")
    assert re.search(r"is weak \(0\.\d{3}\)", message), message  # three decimals, as rank and batch show it


def test_min_fit_says_a_posting_too_short_to_judge_is_too_short_not_a_fit_below_the_bar(tmp_path: Path) -> None:
    posting = tmp_path / "short.txt"
    posting.write_text("Night Charge Nurse\n", encoding="utf-8")
    result = invoke("build", posting, "--cv", ENGINEER, "-o", tmp_path / "cv.docx", "--min-fit", "0")
    assert_user_error(result, "too few words for its fit to mean anything", "nothing was written")
    assert "is too short (" not in " ".join(result.output.split())


def test_min_fit_writes_nothing_for_a_weak_posting(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    result = invoke("build", NURSE_POSTING, "--cv", ENGINEER, "-o", out, "--min-fit", "partial")
    assert_user_error(result, "below the --min-fit 0.1", "nothing was written")
    assert "Leave out --min-fit to write it anyway" in " ".join(result.output.split())  # how to fix, not only what
    assert not out.exists() and not Outputs(out).manifest.exists()
    good = invoke("build", DATA / "postings" / "data-engineer.md", "--cv", ENGINEER, "-o", out, "--min-fit", "0.1")
    assert good.exit_code == 0, good.output


def test_min_fit_must_be_a_label_or_a_number() -> None:
    assert_user_error(
        invoke("build", NURSE_POSTING, "--cv", "example", "--min-fit", "great"),
        "--min-fit must be a fit label (partial or strong)",  # as --help names them
    )


def test_rank_and_batch_leave_out_postings_below_min_fit(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "data.md").write_bytes((DATA / "postings" / "data-engineer.md").read_bytes())
    (jobs / "nurse.txt").write_bytes(NURSE_POSTING.read_bytes())
    ranked = invoke("rank", jobs, "--cv", ENGINEER, "--min-fit", "partial", "-f", "json")
    assert [Path(r["source"]).name for r in json.loads(ranked.stdout)] == ["data.md"]
    assert json.loads(ranked.stdout)[0]["fit"] in ("strong", "partial")
    batch = invoke("batch", jobs, "--cv", ENGINEER, "--min-fit", "partial", "--out", tmp_path / "out")
    assert batch.exit_code == 0, batch.output
    assert "1 below --min-fit, skipped" in batch.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


def test_batch_with_a_cv_that_has_warnings_names_each_once_and_writes_the_resumes(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(CONTROL_CHARACTERS_CV, encoding="utf-8")
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "good.md").write_bytes(EXAMPLES[0].read_bytes())
    batch = invoke("batch", jobs, "--cv", cv, "--out", tmp_path / "out")
    assert batch.exit_code == 0, batch.output
    assert batch.stderr.count(f"{cv}:11: experience[0].bullets[0].text: ") == 1
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1


@pytest.mark.parametrize("command", ["match", "build", "letter"])
def test_a_posting_that_cannot_be_read_stops_the_command_before_the_cv_is_read(command: str, tmp_path: Path) -> None:
    # The CV takes seconds to analyse; a wrong posting path is known in milliseconds.
    result = invoke(command, tmp_path / "no-such-posting.md", "--cv", tmp_path / "no-such-cv.yaml")
    assert result.exit_code == 2
    assert "no-such-posting.md" in result.output and "no-such-cv.yaml" not in result.output


def test_the_columns_option_names_every_role_a_table_column_can_play() -> None:
    from tailor.posting.table import ROLES

    shown = " ".join(invoke("rank", "--help").output.split())
    assert f"(roles: {', '.join(ROLES)})" in shown


def test_a_new_output_folder_without_a_files_ending_is_created(tmp_path: Path) -> None:
    result = invoke("build", EXAMPLES[0], "--cv", "example", "--out", tmp_path / "applications")
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "applications").glob("*.docx"))


GROUPED_NURSE = DATA / "cvs" / "icu-nurse-grouped.yaml"


@pytest.mark.parametrize("template", ["classic", "compact"])
def test_build_prints_grouped_skills_a_line_per_group_each_word_the_cvs(tmp_path: Path, template: str) -> None:
    out = tmp_path / "cv.docx"
    result = invoke(
        "build", DATA / "postings" / "registered-nurse.txt", "--cv", GROUPED_NURSE, "--template", template, "-o", out
    )
    assert result.exit_code == 0, result.output
    cv = load_cv(GROUPED_NURSE)
    groups = {s.group for s in cv.skills}
    texts = [text for _, text in paragraphs(out)]
    lines = [t for t in texts if t.partition(": ")[0] in groups]
    # Every group line is "Group: skill, skill", each skill of that group in the CV, and the groups the
    # posting's words reach most print first: its BLS and ACLS before the systems it does not name.
    assert lines, texts
    for line in lines:
        group, _, skills = line.partition(": ")
        assert set(skills.split(", ")) <= {s.name for s in cv.skills if s.group == group}, line
    assert lines[0].partition(": ")[0] == "Certifications"
    printed = {s for line in lines for s in line.partition(": ")[2].split(", ")}
    assert {"BLS", "ACLS", "Cerner"} <= printed  # asked for, and pinned
    assert not any(t.startswith("Skills: ") for t in texts)


def test_match_json_gives_each_skill_its_group_as_written_and_none_where_the_cv_gives_none() -> None:
    data = json.loads(
        invoke("match", DATA / "postings" / "registered-nurse.txt", "--cv", GROUPED_NURSE, "--format", "json").stdout
    )
    groups = {s["text"]: s["group"] for s in data["skills"]}
    assert groups["BLS"] == "Certifications" and groups["Epic"] == "Systems & Records"
    assert groups["telemetry"] == "Clinical"
    # A group's name is no skill of its own: it is ranked, kept and cited as evidence nowhere.
    assert "Clinical" not in groups and not any("Clinical" in k["where"] for k in data["keywords"] if "where" in k)
    flat = json.loads(invoke("match", EXAMPLES[0], "--cv", "example", "--format", "json").stdout)
    assert {s["group"] for s in flat["skills"]} == {None}


def test_match_table_lists_the_skills_with_their_groups_and_why_each_is_kept_or_left() -> None:
    result = invoke("match", DATA / "postings" / "registered-nurse.txt", "--cv", GROUPED_NURSE, "--top", "0")
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("Skills, ") :]
    assert re.search(r"Skills, \d+ of \d+ kept", table)
    assert "Clinical:" in table and "telemetry" in table  # each skill under its group's name
    assert "asked for by" in table  # why it is kept
    assert " bls " not in table and "│ BLS " in table  # the term matched in the posting's spelling, not "bls"
    shown = invoke("match", DATA / "postings" / "registered-nurse.txt", "--cv", GROUPED_NURSE, "--top", "2").output
    assert "--top 0 shows all" in shown[shown.index("Skills, ") :]
    notes = invoke("match", DATA / "postings" / "registered-nurse.txt", "--cv", GROUPED_NURSE, "-f", "markdown").output
    rows = notes[notes.index("## Skills, best first") : notes.index("## Keywords")].splitlines()
    assert any(re.match(r"\| \d+ \| [\d.]+ \| ✓ \| telemetry \| Clinical \|", row) for row in rows)
