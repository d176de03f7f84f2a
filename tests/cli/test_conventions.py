"""What a careful user notices: résumé conventions and the small frictions of daily use (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from typer.testing import CliRunner

from tailor import manifest
from tailor.cli import app
from tailor.outputs import Outputs
from tests.conftest import DATA, lapsed_cpr

runner = CliRunner()
ENGINEER = DATA / "cvs" / "data-engineer.yaml"
POSTING = DATA / "postings" / "data-engineer.md"
HPC = DATA / "postings" / "hpc-mpi-simulation.txt"


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_publications_are_printed_newest_first_and_the_manifest_says_where(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    assert invoke("build", HPC, "--cv", "example", "-o", out).exit_code == 0
    kept = sorted((p for p in manifest.read(Outputs(out).manifest).publications if p.kept), key=lambda p: p.position)
    body = "\n".join(text for _, text in paragraphs(out))
    printed = sorted(kept, key=lambda p: body.index(p.title))
    assert printed == kept  # in the manifest's positions
    from tailor.cv import load_cv
    from tailor.resources import default_cv

    year = {p.id: int(p.year) for p in load_cv(default_cv()).publications}
    years = [year[p.id] for p in kept]
    assert years == sorted(years, reverse=True) and len(set(years)) > 1


def test_nothing_empty_is_shown_for_a_cv_without_publications_languages_or_interests(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    for template in ("classic", "compact"):
        result = invoke("build", POSTING, "--cv", ENGINEER, "-o", out, "--template", template, "--force")
        assert result.exit_code == 0, result.output
        texts = [text.strip().lower() for _, text in paragraphs(out)]
        for heading in ("publications", "languages", "interests", "selected publications"):
            assert heading not in texts, (template, heading)
        assert not any(t.startswith(("languages:", "interests:")) for t in texts)
    table = invoke("match", POSTING, "--cv", ENGINEER)
    assert "Publications" not in table.stdout


def test_the_keyword_table_names_skills_and_bullets_as_the_user_wrote_them() -> None:
    result = invoke("match", POSTING, "--cv", ENGINEER)
    assert "skill-" not in result.stdout
    assert "ls-airflow, Airflow" in result.stdout  # a bullet's id, then the skill's name


def test_a_credential_shown_by_an_expired_certificate_says_so_in_every_format(tmp_path: Path) -> None:
    cv, posting = lapsed_cpr(tmp_path)
    table = invoke("match", posting, "--cv", cv)
    assert table.exit_code == 0, table.output
    said = " ".join(table.stdout.split())
    assert "! expired" in said and "Required keywords met: 0 of 1" in said
    assert "Expired in your CV (required): CPR (expired Aug 2023)" in said
    data = json.loads(invoke("match", posting, "--cv", cv, "-f", "json").stdout)
    cpr = next(k for k in data["keywords"] if k["term"] == "CPR")
    assert (cpr["status"], cpr["expired"], data["coverage"]["required_selected_ratio"]) == ("selected", "Aug 2023", 0.0)
    assert cpr["met"] is False  # shown, by a certificate that has expired: not met until renewed


def test_a_language_below_the_level_asked_says_so_in_every_format(tmp_path: Path) -> None:
    cv, posting = tmp_path / "cv.yaml", tmp_path / "posting.txt"
    cv.write_text(
        "contact: {name: Dana Whit, email: dana@example.org}\n"
        "experience:\n  - id: desk\n    employer: Harlow Clinic\n    start: 2019\n    bullets:\n"
        "      - {id: desk-1, text: Registered 60 patients a day.}\n"
        "languages:\n  - {name: Spanish, fluency: Limited working proficiency}\n",
        encoding="utf-8",
    )
    posting.write_text(
        "Front Desk Associate\n\nRequirements:\n- Bilingual English/Spanish required\n", encoding="utf-8"
    )
    said = " ".join(invoke("match", posting, "--cv", cv).stdout.split())
    assert "! level" in said
    assert "Below the level asked (required: the posting asks fluency): Spanish (Limited working proficiency)" in said
    data = json.loads(invoke("match", posting, "--cv", cv, "-f", "json").stdout)
    spanish = next(k for k in data["keywords"] if k["term"] == "Spanish")
    assert (spanish["status"], spanish["fluency"], spanish["met"]) == ("selected", "Limited working proficiency", False)
    markdown = invoke("match", posting, "--cv", cv, "-f", "markdown").stdout
    assert "| Spanish | required | below the level asked |" in markdown


def test_a_licence_held_of_another_state_only_says_so_in_every_format(tmp_path: Path) -> None:
    cv, posting = tmp_path / "cv.yaml", tmp_path / "posting.txt"
    cv.write_text(
        "contact: {name: Rhea Lowell, email: rhea@example.org}\n"
        "experience:\n  - id: smile\n    employer: Lakeview Dental\n    start: 2018\n    bullets:\n"
        "      - {id: smile-1, text: Provided scaling and root planing for 9 patients a day.}\n"
        "certificates:\n  - {name: Registered Dental Hygienist (RDH), issuer: Ohio State Dental Board}\n",
        encoding="utf-8",
    )
    posting.write_text(
        "Dental Hygienist\n\nRequirements:\n- Active Pennsylvania RDH license required\n- Scaling and root planing\n",
        encoding="utf-8",
    )
    said = " ".join(invoke("match", posting, "--cv", cv).stdout.split())
    assert "! other one" in said and "✓ selected" not in said.partition("RDH")[2][:40]
    assert "Held for another (required: for the one the posting names): RDH (held for Ohio)" in said
    data = json.loads(invoke("match", posting, "--cv", cv, "-f", "json").stdout)
    rdh = next(k for k in data["keywords"] if k["term"] == "RDH")
    assert (rdh["status"], rdh["held_for"], rdh["met"]) == ("selected", "Ohio", False)
    markdown = invoke("match", posting, "--cv", cv, "-f", "markdown").stdout
    assert "| RDH | required | held for another | held for Ohio only, not the one the posting requires;" in markdown


def test_alternatives_are_one_requirement_in_every_format(tmp_path: Path) -> None:
    posting = tmp_path / "platform.txt"
    posting.write_text(
        "Platform Engineer\n\nRequirements:\n- Experience with AWS, GCP or Azure\n- Python, and Go or Rust\n",
        encoding="utf-8",
    )
    table = invoke("match", posting, "--cv", ENGINEER)
    assert table.exit_code == 0, table.output
    assert "any one will do; you show AWS" in " ".join(table.stdout.split()) and "one of" in table.stdout
    gcp_row = next(line for line in table.stdout.splitlines() if "│ GCP" in line)
    assert "✓ met" in gcp_row and "absent" not in gcp_row  # met, by its alternative
    assert "Required keywords met: 2 of 3" in table.stdout
    assert "Not in your CV (required): Go (or Rust)" in " ".join(table.stdout.split())
    data = json.loads(invoke("match", posting, "--cv", ENGINEER, "-f", "json").stdout)
    gcp = next(k for k in data["keywords"] if k["term"] == "GCP")
    assert (gcp["status"], gcp["met_by"], gcp["alternatives"]) == ("absent", "AWS", ["AWS", "Azure"])
    # A program reads one field for whether each requirement is met, whatever meets it.
    met = {k["term"]: k["met"] for k in data["keywords"]}
    assert met["GCP"] and met["AWS"] and met["Python"] and not met["Go"]
    assert data["coverage"]["required_selected_ratio"] == 0.6667  # AWS|GCP|Azure met, Python met, Go|Rust not
    markdown = invoke("match", posting, "--cv", ENGINEER, "-f", "markdown").stdout
    assert "| GCP | one of | met | any one will do; you show AWS |" in markdown


def test_every_format_honours_top() -> None:
    markdown = invoke("match", POSTING, "--cv", ENGINEER, "-f", "markdown", "--top", "2").stdout
    bullets = markdown.split("## Bullets, best first")[1].split("## Skills, best first")[0]
    assert [line.split("|")[1].strip() for line in bullets.splitlines() if line.startswith("| ")][1:] == ["1", "2"]
    skills = markdown.split("## Skills, best first")[1].split("## Keywords")[0]
    assert [line.split("|")[1].strip() for line in skills.splitlines() if line.startswith("| ")][1:] == ["1", "2"]
    data = json.loads(invoke("match", POSTING, "--cv", ENGINEER, "-f", "json", "--top", "2").stdout)
    assert len(data["bullets"]) == 2
    everything = json.loads(invoke("match", POSTING, "--cv", ENGINEER, "-f", "json").stdout)
    assert len(everything["bullets"]) == 14  # a machine format lists all unless asked for fewer


def test_templates_copy_writes_a_bundled_template_to_edit(tmp_path: Path) -> None:
    result = invoke("templates", "--copy", "compact", tmp_path)
    assert result.exit_code == 0, result.output
    copied = tmp_path / "compact.docx"
    assert copied.is_file() and "--template" in result.stdout
    again = invoke("templates", "--copy", "compact", tmp_path)
    assert again.exit_code == 2 and "already exists" in again.output and "--force" in again.output
    assert invoke("templates", "--copy", "fancy", tmp_path).exit_code == 2


def test_build_out_writes_the_default_name_into_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "applications" / "acme"
    result = invoke("build", POSTING, "--cv", ENGINEER, "--out", folder)
    assert result.exit_code == 0, result.output
    (resume,) = folder.glob("*.docx")
    assert resume.name.startswith("Priya_Raman_-_") and Outputs(resume).manifest.is_file()
    both = invoke("build", POSTING, "--cv", ENGINEER, "--out", folder, "-o", tmp_path / "x.docx")
    assert both.exit_code == 2 and "not both" in both.output
