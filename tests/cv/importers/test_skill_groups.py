"""Skills a résumé lists in groups ("Clinical: wound care, IV therapy", a heading over a grid of them, a JSON Resume
skill with keywords) import as groups, each skill and each group's name as the source writes it; a LinkedIn export
has none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from tailor.cv import CV, load_cv
from tailor.cv.init import init
from tailor.cv.summary import summarize
from tailor.documents.render import build_context, render_docx
from tailor.documents.templates import bundled
from tailor.select import SelectedRole, Selection
from tests.conftest import DATA, needs
from tests.cv.importers.resumes import to_pdf


def groups_of(cv: CV) -> list[tuple[str | None, list[str]]]:
    """The CV's skills as (group, names), in the order written."""
    out: list[tuple[str | None, list[str]]] = []
    for skill in cv.skills:
        if not out or out[-1][0] != skill.group:
            out.append((skill.group, []))
        out[-1][1].append(skill.name)
    return out


def initialised(source: Path) -> CV:
    written = init(source.with_name("cv.yaml"), source)
    assert written.cv is not None, written.problems
    return written.cv


def one_role_docx(person: str, role: str, bullet: str, heading: str = "SKILLS") -> docx.document.Document:
    """A Word résumé of one role with one bullet, up to the heading of its skills: the tests add what it lists."""
    document = docx.Document()
    document.add_paragraph(person)
    document.add_paragraph(f"{person.split()[0].lower()}@example.org")
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph(role)
    document.add_paragraph(bullet, style="List Bullet")
    document.add_heading(heading, 1)
    return document


def nurse_docx(path: Path) -> Path:
    document = one_role_docx(
        "Ines Varga",
        "Staff Nurse, St Brigid Hospital\t2020 – 2025",
        "Assessed and monitored ventilated patients on night rotation.",
    )
    document.add_paragraph("Clinical: wound care, IV therapy, telemetry, patient education")
    document.add_paragraph("Systems & Records: Epic, Cerner, Pyxis")
    document.save(path)
    return path


def test_labelled_lines_of_a_nurses_word_resume_import_as_groups(tmp_path: Path) -> None:
    cv = initialised(nurse_docx(tmp_path / "resume.docx"))
    assert groups_of(cv) == [
        ("Clinical", ["wound care", "IV therapy", "telemetry", "patient education"]),
        ("Systems & Records", ["Epic", "Cerner", "Pyxis"]),
    ]
    assert "Systems & Records:" in (tmp_path / "cv.yaml").read_text(encoding="utf-8")
    assert "7 skills in 2 groups" in summarize(cv).describe()  # what init and validate say of it


def chef_docx(path: Path) -> Path:
    """A pastry chef's résumé whose skills are grids under bold headings: one of two rows, which Word's text gives
    a row a line, and one of a row, which it gives a cell a line."""
    document = one_role_docx(
        "Odile Marchetti",
        "Pastry Chef, Harbourside Hotel\t2018 – 2025",
        "Built a seasonal dessert menu of twelve plates.",
        "CORE COMPETENCIES",
    )
    for heading, rows in (
        ("Pastry", [("Lamination", "Chocolate tempering", "Sugar work"), ("Plated desserts", "Viennoiserie", "Bread")]),
        ("Kitchen Management", [("Food cost control", "HACCP", "Supplier ordering")]),
    ):
        document.add_paragraph().add_run(heading).bold = True
        table = document.add_table(rows=0, cols=3)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.save(path)
    return path


CHEFS_GROUPS = [
    ("Pastry", ["Lamination", "Chocolate tempering", "Sugar work", "Plated desserts", "Viennoiserie", "Bread"]),
    ("Kitchen Management", ["Food cost control", "HACCP", "Supplier ordering"]),
]


def test_a_chefs_grids_of_skills_under_group_headings_import_as_groups(tmp_path: Path) -> None:
    assert groups_of(initialised(chef_docx(tmp_path / "resume.docx"))) == CHEFS_GROUPS


@needs("libreoffice")
def test_a_chefs_grids_of_skills_under_group_headings_in_a_pdf_import_as_groups(tmp_path: Path) -> None:
    assert groups_of(initialised(to_pdf(chef_docx(tmp_path / "resume.docx")))) == CHEFS_GROUPS


@needs("libreoffice")
def test_labelled_lines_of_skills_in_a_pdf_import_as_groups(tmp_path: Path) -> None:
    document = one_role_docx(
        "Priya Natarajan",
        "Data Engineer, Riverbend Analytics\t2021 – 2025",
        "Built Airflow pipelines loading two terabytes a day into Snowflake.",
    )
    document.add_paragraph("Languages: Python, SQL, Scala")
    document.add_paragraph("Orchestration: Airflow, dbt, Dagster")
    document.save(tmp_path / "resume.docx")

    assert groups_of(initialised(to_pdf(tmp_path / "resume.docx"))) == [
        ("Languages", ["Python", "SQL", "Scala"]),
        ("Orchestration", ["Airflow", "dbt", "Dagster"]),
    ]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_grouped_resume_tailor_printed_imports_back_with_its_groups(tmp_path: Path, template) -> None:
    cv = load_cv(DATA / "cvs" / "icu-nurse-grouped.yaml")
    everything = Selection([SelectedRole(e, list(e.bullets)) for e in cv.experience], [], cv.skill_names, [])
    path = tmp_path / "resume.docx"
    path.write_bytes(render_docx(template.path, build_context(cv, everything, dt.date(2025, 3, 14))))

    # A labelled line of certificates among the skills ("Certifications: BLS, ACLS") is read as certificates, as
    # ever: the résumé's Certificates section lists the licence already, so it is kept aside, commented.
    assert groups_of(initialised(path)) == [g for g in groups_of(cv) if g[0] != "Certifications"]
    assert "#   Certifications: BLS, ACLS, PALS" in (tmp_path / "cv.yaml").read_text(encoding="utf-8")


def test_a_json_resume_skill_with_keywords_is_a_group_and_one_without_a_skill(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Priya Natarajan", "email": "priya@example.org"},
        "work": [
            {
                "name": "Riverbend Analytics",
                "position": "Data Engineer",
                "startDate": "2021-03",
                "highlights": ["Built Airflow pipelines."],
            }
        ],
        "skills": [
            {"name": "Languages", "level": "Advanced", "keywords": ["Python", "SQL"]},
            {"name": "Kafka"},
            {"name": "Orchestration & Cloud", "keywords": ["Airflow", "AWS"]},
            {"keywords": ["Git"]},
        ],
    }
    (tmp_path / "resume.json").write_text(json.dumps(resume), encoding="utf-8")
    expected = [
        ("Languages", ["Python", "SQL"]),
        (None, ["Kafka"]),
        ("Orchestration & Cloud", ["Airflow", "AWS"]),
        (None, ["Git"]),
    ]

    assert groups_of(load_cv(tmp_path / "resume.json")) == expected  # read as it is
    assert groups_of(initialised(tmp_path / "resume.json")) == expected  # and as tailor init writes it


def test_a_json_resume_skill_named_for_a_product_is_a_skill_with_its_keywords_beside_it(tmp_path: Path) -> None:
    # {"name": "Python", "keywords": ["Django", "pandas"]} claims Python and its parts, as a résumé's "Excel: pivot
    # tables" line does: Python is a skill (evidence of a posting's Python), no heading that only sorts the others.
    resume = {
        "basics": {"name": "Tomás Ferreira", "email": "tomas@example.org"},
        "work": [{"name": "Larkfield", "position": "Developer", "startDate": "2022-01", "highlights": ["Built APIs."]}],
        "skills": [
            {"name": "Python", "level": "Expert", "keywords": ["Django", "pandas"]},
            {"name": "Excel", "keywords": ["pivot tables", "Power Query"]},
            {"name": "Frameworks", "keywords": ["React", "Vue"]},
            {"name": "HRIS", "keywords": ["Workday", "BambooHR"]},  # a kind of system, in capitals: a heading
        ],
    }
    (tmp_path / "resume.json").write_text(json.dumps(resume), encoding="utf-8")
    expected = [
        (None, ["Python", "Django", "pandas", "Excel", "pivot tables", "Power Query"]),
        ("Frameworks", ["React", "Vue"]),
        ("HRIS", ["Workday", "BambooHR"]),
    ]

    assert groups_of(load_cv(tmp_path / "resume.json")) == expected
    assert groups_of(initialised(tmp_path / "resume.json")) == expected


def test_a_practice_over_the_tools_the_lexicon_relates_to_it_is_their_group_not_a_skill(tmp_path: Path) -> None:
    # "DevOps" over Terraform, Docker and Kubernetes sorts tools of the practice, as "Cloud" would: the résumé prints
    # them under it, and none is printed alone on a line with no heading. A product over its own parts ("Python" over
    # Django and pandas) still claims itself first.
    resume = {
        "basics": {"name": "Oren Callaway", "email": "oren@example.org"},
        "work": [{"name": "Fernhill", "position": "Data Engineer", "startDate": "2021-05", "highlights": ["Ran ETL."]}],
        "skills": [
            {"name": "DevOps", "keywords": ["Terraform", "Docker", "Kubernetes", "GitHub Actions", "CI/CD"]},
            {"name": "Python", "keywords": ["Django", "pandas"]},
        ],
    }
    (tmp_path / "resume.json").write_text(json.dumps(resume), encoding="utf-8")
    expected = [
        ("DevOps", ["Terraform", "Docker", "Kubernetes", "GitHub Actions", "CI/CD"]),
        (None, ["Python", "Django", "pandas"]),
    ]
    assert groups_of(load_cv(tmp_path / "resume.json")) == expected
    assert groups_of(initialised(tmp_path / "resume.json")) == expected

    (tmp_path / "word").mkdir()
    source = tmp_path / "word" / "resume.txt"
    source.write_text(
        "Oren Callaway\noren@example.org\n\nEXPERIENCE\nData Engineer\nFernhill | Leeds | 2021 - Present\n"
        "- Ran ETL for the finance team\n\nSKILLS\n"
        "Languages: Python, SQL\n"
        "DevOps: Terraform, Docker, Kubernetes, CI/CD\n",
        encoding="utf-8",
    )
    assert groups_of(initialised(source)) == [
        ("Languages", ["Python", "SQL"]),
        ("DevOps", ["Terraform", "Docker", "Kubernetes", "CI/CD"]),
    ]


def test_a_label_a_dash_sets_off_before_a_list_is_its_group_and_a_name_before_a_dash_is_none(tmp_path: Path) -> None:
    source = tmp_path / "resume.txt"
    source.write_text(
        "Rosa Almeida-Quist\nrosa@example.org\n\nEXPERIENCE\nSupport Lead\nCobalt Ledger | Tulsa, OK | 2020 - Present\n"
        "- Ran a team of six agents across chat and email\n\nSKILLS\n"
        "Support tools — Zendesk, Intercom, Jira\n"
        "Data – SQL, Looker\n"
        "Microsoft Office — Word, Excel, PowerPoint\n"
        "Lean Six Sigma – Green Belt, Kaizen\n",
        encoding="utf-8",
    )
    cv = initialised(source)
    groups = dict(groups_of(cv))
    assert (groups["Support tools"], groups["Data"]) == (["Zendesk", "Intercom", "Jira"], ["SQL", "Looker"])
    names = [skill.name for skill in cv.skills]
    assert "Support tools — Zendesk" not in names and "Data – SQL" not in names
    assert "Lean Six Sigma – Green Belt" in names  # a method's level, no label of a list


def test_an_unlabelled_line_after_a_labelled_one_keeps_a_skill_with_a_dash_whole(tmp_path: Path) -> None:
    source = tmp_path / "resume.txt"
    source.write_text(
        "Theo Vance-Marr\ntheo@example.org\n\nEXPERIENCE\nOperations Analyst\n"
        "Granite Mill Foods | Boise, ID | 2019 - Present\n"
        "- Cut changeover time on two lines by a third\n\nSKILLS\n"
        "Planning: SAP PP, Kinaxis, demand forecasting\n"
        "Lean Six Sigma – Green Belt, Kaizen, 5S\n",
        encoding="utf-8",
    )
    cv = initialised(source)
    assert groups_of(cv) == [
        ("Planning", ["SAP PP", "Kinaxis", "demand forecasting"]),
        (None, ["Lean Six Sigma – Green Belt", "Kaizen", "5S"]),
    ]


def test_a_label_a_colon_and_a_tab_set_off_before_its_list_names_its_group_without_the_colon(tmp_path: Path) -> None:
    # Typed with a tab after the colon so that the lists line up: "Hand Tools:<tab>torque wrenches, …".
    source = tmp_path / "resume.txt"
    source.write_text(
        "Ines Marchetti\nines@example.org\n\nEXPERIENCE\nMaintenance Technician\n"
        "Ridgeback Plastics | Akron, OH | 2016 - Present\n- Kept 14 injection presses running on three shifts\n\n"
        "SKILLS\nTest Equipment:\tmultimeters, megohmmeters, oscilloscopes\n"
        "Controls:\tladder logic, VFDs, servo drives\n",
        encoding="utf-8",
    )
    assert groups_of(initialised(source)) == [
        ("Test Equipment", ["multimeters", "megohmmeters", "oscilloscopes"]),
        ("Controls", ["ladder logic", "VFDs", "servo drives"]),
    ]


@pytest.mark.parametrize("bold", [True, False], ids=["bold labels", "plain labels"])
def test_a_word_table_of_labels_beside_skills_a_dot_parts_imports_as_groups(tmp_path: Path, bold: bool) -> None:
    # A Word résumé's table of skills, a label in each row's first cell and its skills parted by dots or bars in the
    # second ("Operations | Labor scheduling • Cash handling"), as commas part them elsewhere: a group a row.
    document = one_role_docx(
        "Tomasz Wierzbicki",
        "Front Office Manager, Lakeview Lodge\t2019 – 2025",
        "Cut check-in wait times by a third with mobile keys.",
    )
    rows = [
        ("Guest Services", "Check-in & Check-out • Complaint Resolution • Upselling"),
        ("Systems", "Opera PMS • Microsoft Excel"),
        ("Revenue", "Rate Parity | Overbooking Control | Forecasting"),
    ]
    table = document.add_table(rows=0, cols=2)
    for label, values in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = bold
        cells[1].text = values
    document.save(tmp_path / "resume.docx")

    assert groups_of(initialised(tmp_path / "resume.docx")) == [
        ("Guest Services", ["Check-in & Check-out", "Complaint Resolution", "Upselling"]),
        ("Systems", ["Opera PMS", "Microsoft Excel"]),
        ("Revenue", ["Rate Parity", "Overbooking Control", "Forecasting"]),
    ]


def test_a_bold_label_over_a_line_of_skills_a_dot_parts_is_their_group(tmp_path: Path) -> None:
    document = one_role_docx(
        "Tomasz Wierzbicki",
        "Front Office Manager, Lakeview Lodge\t2019 – 2025",
        "Cut check-in wait times by a third with mobile keys.",
    )
    for label, values in [("Guest Services", "Complaint Resolution • Upselling"), ("Systems", "Opera PMS • Excel")]:
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(values)
    document.save(tmp_path / "resume.docx")

    assert groups_of(initialised(tmp_path / "resume.docx")) == [
        ("Guest Services", ["Complaint Resolution", "Upselling"]),
        ("Systems", ["Opera PMS", "Excel"]),
    ]


@pytest.mark.parametrize("glyph", ["• ", ""], ids=["bullet glyphs", "plain cells"])
def test_a_word_table_of_skills_under_a_bold_heading_per_column_imports_a_group_per_column(
    tmp_path: Path, glyph: str
) -> None:
    # A Word template's two-column skills table names each column's group in its first row: the skills under a
    # heading are that column's, though Word's text reads the table a row at a time, across both.
    document = one_role_docx(
        "Ines Calloway",
        "Registered Dental Hygienist, Maple Grove Dental\t2016 – 2025",
        "Provided scaling and root planing for 9 patients a day.",
        "AREAS OF EXPERTISE",
    )
    columns = [
        ("Clinical", ["Scaling & root planing", "Periodontal charting", "Local anesthesia"]),
        ("Technology", ["Dentrix", "Eaglesoft", "Dexis"]),
    ]
    table = document.add_table(rows=4, cols=2)
    for n, (heading, skills) in enumerate(columns):
        table.rows[0].cells[n].paragraphs[0].add_run(heading).bold = True
        for row, skill in zip(table.rows[1:], skills, strict=True):
            row.cells[n].paragraphs[0].add_run(glyph + skill)
    document.add_heading("EDUCATION", 1)
    document.add_paragraph("Associate of Applied Science in Dental Hygiene, Lakeshore College\t2016")
    document.save(tmp_path / "resume.docx")

    assert groups_of(initialised(tmp_path / "resume.docx")) == columns


def test_a_two_column_table_of_labels_over_values_that_pair_across_stays_a_row_at_a_time(tmp_path: Path) -> None:
    # A table of languages with their levels pairs its cells across: no columns of skills.
    document = one_role_docx(
        "Ines Calloway",
        "Registered Dental Hygienist, Maple Grove Dental\t2016 – 2025",
        "Provided scaling and root planing for 9 patients a day.",
        "SKILLS",
    )
    pairs = [("Skill", "Years"), ("Dentrix", "8 years"), ("Eaglesoft", "5 years")]
    table = document.add_table(rows=3, cols=2)
    for n, (row, (skill, years)) in enumerate(zip(table.rows, pairs, strict=True)):
        row.cells[0].paragraphs[0].add_run(skill).bold = n == 0
        row.cells[1].paragraphs[0].add_run(years).bold = n == 0
    document.save(tmp_path / "resume.docx")

    groups = groups_of(initialised(tmp_path / "resume.docx"))
    names = [name for _, names in groups for name in names]
    assert "Dentrix" in names and names.index("Dentrix") < names.index("Eaglesoft")
    assert ("Skill", ["Dentrix", "Eaglesoft"]) not in groups


def test_a_resumes_second_section_of_skills_is_the_group_its_heading_names(tmp_path: Path) -> None:
    # A sidebar's "Software" beside its "Skills" sorts its programs as a labelled line does; "Skills" names no group.
    document = one_role_docx(
        "Tomas Reyes",
        "Site Surveyor, Crestline Land Surveys\t2019 – 2025",
        "Ran boundary and topographic surveys for 120 residential lots.",
    )
    for skill in ("Boundary surveys", "Construction staking"):
        document.add_paragraph(skill)
    document.add_heading("Software", 1)
    for program in ("AutoCAD Civil 3D", "Trimble Business Center"):
        document.add_paragraph(program)
    document.save(tmp_path / "resume.docx")
    cv = initialised(tmp_path / "resume.docx")
    assert groups_of(cv) == [
        (None, ["Boundary surveys", "Construction staking"]),
        ("Software", ["AutoCAD Civil 3D", "Trimble Business Center"]),
    ]


def test_a_resumes_only_section_of_skills_names_no_group(tmp_path: Path) -> None:
    document = one_role_docx("Tomas Reyes", "Surveyor, Crestline\t2019 – 2025", "Ran surveys.", "TOOLS")
    for program in ("AutoCAD Civil 3D", "Trimble Business Center"):
        document.add_paragraph(program)
    document.save(tmp_path / "resume.docx")
    assert groups_of(initialised(tmp_path / "resume.docx")) == [(None, ["AutoCAD Civil 3D", "Trimble Business Center"])]


def test_a_group_named_by_a_heading_in_capitals_is_marked_to_check(tmp_path: Path) -> None:
    document = one_role_docx("Tomas Reyes", "Surveyor, Crestline\t2019 – 2025", "Ran surveys.")
    document.add_paragraph("Boundary surveys")
    document.add_heading("SOFTWARE", 1)
    document.add_paragraph("AutoCAD Civil 3D")
    document.save(tmp_path / "resume.docx")
    assert groups_of(initialised(tmp_path / "resume.docx"))[-1] == ("SOFTWARE", ["AutoCAD Civil 3D"])
    assert "# CHECK: the group 'SOFTWARE' is in capitals" in (tmp_path / "cv.yaml").read_text(encoding="utf-8")
