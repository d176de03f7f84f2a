"""Loading CV data: our YAML schema, JSON Resume, and every way a CV file can be wrong."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tailor.cv import CV, load_cv
from tailor.cv.load import read_cv
from tailor.errors import CVError, Problem
from tests.conftest import DATA, SHARED, needs

INVALID = DATA / "invalid_cvs"
EXPECTED = YAML(typ="safe").load((INVALID / "expected_errors.yaml").read_text(encoding="utf-8"))


def test_bundled_cv_loads_with_every_role_of_the_cv_of_record(bundled_cv: CV) -> None:
    assert bundled_cv.contact.name == "Bruno Magalhaes"
    assert [(e.employer, e.start, e.end) for e in bundled_cv.experience] == [
        ("Microsoft Research", "Sep 2019", "present"),
        ("École Polytechnique Fédérale de Lausanne (EPFL)", "Mar 2015", "Aug 2019"),
        ("Blue Brain Project, EPFL", "Mar 2011", "Feb 2015"),
        ("Noble Group", "Sep 2009", "Feb 2011"),
        ("Investment Property Databank (now MSCi Real estate)", "Mar 2007", "Oct 2008"),
    ]
    assert len(bundled_cv.publications) == 7
    assert bundled_cv.skill_names == ["C", "C++", "CUDA", "HPX", "MPI", "Python", "PyTorch"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_cv_reports_every_problem_with_its_line(name: str) -> None:
    with pytest.raises(CVError) as caught:
        load_cv(INVALID / name)
    got = [(p.line, p.path, p.message) for p in caught.value.problems]
    assert len(got) == len(EXPECTED[name]), got
    for (line, path, message), (want_line, want_path, fragment) in zip(got, EXPECTED[name], strict=True):
        assert (line, path) == (want_line, want_path)
        assert fragment in message
    text = str(caught.value)
    assert (str(INVALID / name) in text and "tailor validate --help" in text) or "syntax" in text


def _refused(tmp_path: Path, text: str) -> str:
    """What loading the CV ``text`` says is wrong with it."""
    cv = tmp_path / "cv.yaml"
    cv.write_text(text, encoding="utf-8")
    with pytest.raises(CVError) as raised:
        load_cv(cv)
    return str(raised.value)


def test_a_key_named_as_other_resumes_name_it_is_told_the_key_tailor_uses(tmp_path: Path) -> None:
    said = _refused(
        tmp_path,
        "contact: {name: Ann Lee, email: ann@example.org}\n"
        "experience:\n  - {id: a, company: Acme, role: Tech, start: 2024}\n"
        "  - {id: b, employer: Birch Labs, title: Lab assistant, start: 2020, duties: [{id: b1, text: Ran assays.}]}\n"
        "  - {id: c, employer: Cove, role: Tech, start: 2018, bullets: [{id: c1, text: Ran PCR., pinned: true}]}\n"
        "education:\n  - {degree: BSc Biology, institution: Fresno State, gpa: 3.6/4.0}\n",
    )
    assert "unknown key 'company'; did you mean 'employer'?" in said
    assert "unknown key 'gpa'; did you mean 'grade'?" in said
    assert "unknown key 'title'; did you mean 'role'?" in said
    assert "unknown key 'duties'; did you mean 'bullets'?" in said
    assert "unknown key 'pinned'; did you mean 'pin'?" in said  # as the résumé's summary says "1 pinned"


@pytest.mark.parametrize("key", ["bar_admissions", "licenses", "licences", "credentials"])
def test_a_licensed_professions_own_name_for_its_licences_is_told_they_are_certificates(
    tmp_path: Path, key: str
) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(f"contact: {{name: Ann Lee, email: ann@example.org}}\n{key}:\n  - name: Colorado\n", encoding="utf-8")
    with pytest.raises(CVError) as raised:
        load_cv(cv)
    assert f"unknown key '{key}'; did you mean 'certificates'?" in str(raised.value)


def test_a_skill_written_as_json_resume_groups_skills_is_told_how_to_write_the_group(tmp_path: Path) -> None:
    # JSON Resume's skills are {name, keywords}; a YAML CV written that way means a heading over its skills.
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ann Lee, email: ann@example.org}\n"
        "skills:\n  - name: Clinical\n    keywords: [triage, wound care, telemetry]\n  - name: Epic\n    pin: yes\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(cv)
    (problem,) = raised.value.problems
    assert (problem.path, problem.line) == ("skills[0].keywords", 4)
    assert "write the group as '- Clinical: [triage, wound care, …]' in place of this entry" in problem.message


def test_a_misspelt_required_key_is_one_problem_that_says_the_key_is_required(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ann Lee, email: ann@example.org}\n"
        "experience:\n  - id: a\n    employer: Acme\n    bullets:\n      - id: b1\n        txet: Ran it.\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(cv)
    assert [(p.path, p.line) for p in raised.value.problems] == [("experience[0].bullets[0].txet", 7)]
    assert "unknown key 'txet'; did you mean 'text', which is required?" in raised.value.problems[0].message


def test_a_text_a_comma_cut_short_in_a_one_line_entry_says_to_quote_it(tmp_path: Path) -> None:
    # In YAML's {…}, "8,000" ends the text at its comma and makes the rest a key of its own.
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ann Lee, email: ann@example.org}\n"
        "experience:\n  - id: a\n    employer: Acme\n    bullets:\n"
        "      - {id: b1, text: Logged 8,000 hours of supervised practice.}\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(cv)
    (problem,) = raised.value.problems
    assert problem.line == 6
    assert "the rest of a text that a comma cut short" in problem.message and "in quotes" in problem.message


def test_missing_cv_file_is_a_cv_error_that_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CVError, match="does not exist"):
        load_cv(tmp_path / "nope.yaml")


def test_json_resume_highlights_become_bullets_and_publication_names_titles(tmp_path: Path) -> None:
    resume = {
        "basics": {
            "name": "Ada Lovelace",
            "email": "ada@example.org",
            "location": {"city": "London", "countryCode": "UK"},
        },
        "work": [
            {
                "name": "Analytical Engine",
                "position": "Programmer",
                "startDate": "1842-01",
                "highlights": ["Wrote notes.", "Found a bug."],
            },
            {"name": "Analytical Engine", "position": "Analyst", "startDate": "1841-01", "endDate": "1842-01"},
        ],
        "publications": [
            {
                "name": "Sketch of the Analytical Engine",
                "publisher": "Taylor's Scientific Memoirs",
                "releaseDate": "1843",
            }
        ],
        "skills": [{"name": "Mathematics", "keywords": ["Calculus", "Algebra"]}, {"name": "Poetry"}],
        "languages": [{"language": "English", "fluency": "Native"}],
        "interests": [{"name": "Horses"}],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume), encoding="utf-8")
    cv = load_cv(path)
    assert [(e.id, [b.text for b in e.bullets]) for e in cv.experience] == [
        ("analytical-engine", ["Wrote notes.", "Found a bug."]),
        # A second role there takes its title, as `tailor init` names it: not "analytical-engine-3", which reads
        # as a third bullet of the first.
        ("analytical-engine-analyst", []),
    ]
    assert cv.experience[0].bullets[1].id == "analytical-engine-2"
    assert [(p.title, p.year, p.venue) for p in cv.publications] == [
        ("Sketch of the Analytical Engine", "1843", "Taylor's Scientific Memoirs")
    ]
    assert cv.skill_names == ["Calculus", "Algebra", "Poetry"]
    assert cv.contact.location == "London, UK"
    assert cv.languages[0].fluency == "Native" and cv.interests == ["Horses"]


def test_json_resume_with_wrong_types_reports_lines(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        '{\n  "basics": {"name": "Ada"},\n  "work": [\n    {"name": "X", "position": "Y", "highlights": {}}\n  ]\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(CVError) as caught:
        load_cv(path)
    assert [(p.line, p.path) for p in caught.value.problems] == [(4, "work[0].highlights")]


def test_json_resume_without_a_name_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"email": "a@b.c"}}', encoding="utf-8")
    with pytest.raises(CVError, match=r"basics\.name"):
        load_cv(path)


def test_numbers_and_dates_load_as_the_text_written(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact: {name: Ada}\npublications:\n  - {id: p1, year: 2023, title: T}\n"
        "experience:\n  - {id: e, employer: E, role: R, start: 2019-09-01}\n",
        encoding="utf-8",
    )
    cv = load_cv(path)
    assert cv.publications[0].year == "2023"
    assert cv.experience[0].start == "2019-09-01"


@needs("shared")
def test_eval_json_resume_loads() -> None:
    cv = load_cv(SHARED / "eval" / "cv.resume.json")
    assert len(cv.bullets()) == 24 and len(cv.publications) == 7


def test_a_json_resume_with_a_syntax_error_gets_json_hints_not_yaml_ones(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{\n  "basics": {"name": "Ada"},\n  "work": [\n    {"name": "Acme" "position": "Eng"}\n  ]\n}\n')
    with pytest.raises(CVError) as raised:
        load_cv(path)
    message = str(raised.value)
    assert "resume.json:4: JSON syntax error: Expecting ',' delimiter" in message
    assert "missing comma" in message and "indentation" not in message


def test_a_yaml_cv_with_a_syntax_error_gets_yaml_hints(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text("contact:\n  name: Ada\n experience: [\n")
    with pytest.raises(CVError, match="indentation"):
        load_cv(path)


@pytest.mark.parametrize("indent", [6, 10])
def test_a_key_indented_otherwise_than_the_keys_above_it_is_told_where_they_start(tmp_path: Path, indent: int) -> None:
    text = (
        "contact:\n  name: Ada Lovelace\nexperience:\n  - id: ward\n    bullets:\n      - id: w1\n"
        f"{' ' * indent}text: Ran the night shift.\n"
    )
    problem = _only_problem(tmp_path, text)
    assert problem.line == 7
    assert f"'text:' is indented {indent} spaces, but the keys of the entry above it (line 6) start at 8" in (
        problem.message
    )


@pytest.mark.parametrize("indent", [5, 4, 7])
def test_a_list_item_indented_otherwise_than_the_items_above_it_is_told_where_they_start(
    tmp_path: Path, indent: int
) -> None:
    text = (
        "contact:\n  name: Ada Lovelace\nexperience:\n  - id: ward\n    bullets:\n      - id: w1\n"
        f"        text: Ran the night shift.\n{' ' * indent}- id: w2\n        text: Trained six nurses.\n"
    )
    problem = _only_problem(tmp_path, text)
    assert problem.line == 8
    assert (
        f"the list item '- id: w2' is indented {indent} spaces, but the items of its list above it (line 6) start at 6"
        in (problem.message)
    )
    assert "<block end>" not in problem.message


def test_a_key_written_without_its_colon_is_reported_at_its_own_line_not_the_next(tmp_path: Path) -> None:
    problem = _only_problem(tmp_path, "contact:\n  name Ada Lovelace\n  email: ada@example.org\n")
    assert problem.line == 2 and "'name Ada Lovelace' has no ':' after its key" in problem.message


def test_a_text_holding_a_colon_and_a_space_is_told_to_be_quoted(tmp_path: Path) -> None:
    problem = _only_problem(
        tmp_path,
        "contact:\n  name: Ada\nexperience:\n  - id: ward\n    employer: St Mary's\n    bullets:\n"
        "      - id: ward-1\n        text: Taught: group sessions on nutrition\n",
    )
    assert (
        problem.line == 8 and 'put the text in quotes: text: "Taught: group sessions on nutrition"' in problem.message
    )


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("        text: *Faculty* Senate, two terms", 'text: "*Faculty* Senate, two terms"'),
        ("        text: @home newsletter editor", 'text: "@home newsletter editor"'),
        ("        text: `git` trainer", 'text: "`git` trainer"'),
    ],
)
def test_a_text_starting_with_a_character_yaml_reserves_is_told_to_be_quoted(
    tmp_path: Path, line: str, quoted: str
) -> None:
    problem = _only_problem(
        tmp_path,
        f"contact:\n  name: Ada\nexperience:\n  - id: ward\n    employer: St Mary's\n    bullets:\n"
        f"      - id: ward-1\n{line}\n",
    )
    assert problem.line == 8 and f"must be put in quotes: {quoted}" in problem.message


@pytest.mark.parametrize(
    ("line", "mended"),
    [
        (
            '        text: "Bent conduit up to 4" with hydraulic benders"',
            "text: 'Bent conduit up to 4\" with hydraulic benders'",
        ),
        ("        text: 'Led the ward's night shift'", 'text: "Led the ward\'s night shift"'),
        (
            '        text: "Ran the 4" line and the ward\'s 2" line"',
            "text: 'Ran the 4\" line and the ward''s 2\" line'",
        ),
    ],
)
def test_a_quoted_text_ended_by_its_own_quote_mark_is_told_to_be_quoted_with_the_other(
    tmp_path: Path, line: str, mended: str
) -> None:
    problem = _only_problem(
        tmp_path,
        f"contact:\n  name: Ada\nexperience:\n  - id: ward\n    employer: St Mary's\n    bullets:\n"
        f"      - id: ward-1\n{line}\n",
    )
    assert problem.line == 8 and "the text in quotes ends at the" in problem.message
    assert problem.message.endswith(f"must be quoted with the other mark: {mended}"), problem.message


def test_a_text_whose_opening_quote_is_never_closed_is_reported_at_its_own_line_not_where_yaml_fails(
    tmp_path: Path,
) -> None:
    # YAML reads on as the name's text to the next '"' (the inch mark of line 8), and fails on the line after it.
    problem = _only_problem(
        tmp_path,
        'contact:\n  name: "Ray Okonski\n  email: ray@example.org\nexperience:\n  - id: kuhlman\n'
        "    employer: Kuhlman Electric\n    bullets:\n"
        '      - {id: k1, text: Bent conduit up to 4" wide}\n      - id: k2\n        text: Pulled wire.\n',
    )
    assert problem.line == 2
    assert "the text of 'name' opens with \" but does not close it on its line: add the closing \"" in problem.message


def test_a_plain_text_where_a_publication_goes_is_shown_how_to_write_it_without_an_id(tmp_path: Path) -> None:
    # A bullet may be its text alone; a publication has a title, a year and a venue to tell apart. Its id is
    # derived, so the example asks for none.
    problem = _only_problem(
        tmp_path,
        "contact:\n  name: Ada\n  email: ada@example.org\npublications:\n  - Tidal marsh carbon budgets\n",
    )
    assert problem.line == 5 and problem.path == "publications[0]"
    assert "is the text 'Tidal marsh carbon budgets', where an entry with keys is expected" in problem.message
    assert "write it as {title: Tidal marsh carbon budgets}" in problem.message


@pytest.mark.parametrize(
    ("value", "told"),
    [
        (
            "\n          - Ran the ward.\n          - Cut falls by 30%.\n",
            "is a list of 2 items: write one text after 'text:'",
        ),
        ("\n          Ran the ward: 30 beds\n", "YAML read keys in it: a colon and a space inside a text"),
        # Keys written between braces were meant as keys: no colon slipped into a text, so no advice about quotes.
        ("\n          {ward: 30 beds, unit: ICU}\n", "is an entry with the keys ward, unit: write it as one text"),
    ],
)
def test_a_list_or_keys_where_a_text_goes_is_told_what_yaml_read_and_how_to_write_one_text(
    tmp_path: Path, value: str, told: str
) -> None:
    problem = _only_problem(
        tmp_path,
        "contact:\n  name: Ada\n  email: ada@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        f"    role: Nurse\n    start: 2019\n    bullets:\n      - id: ward-1\n        text:{value}",
    )
    assert problem.path == "experience[0].bullets[0].text" and told in problem.message
    assert "Input should be" not in problem.message


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("old-cv.docx", b"PK\x03\x04 a zip", "a Word résumé"),
        ("old-cv.pdf", b"%PDF-1.7", "a PDF résumé"),
        ("old-cv", b"%PDF-1.7", "a PDF résumé"),  # no extension: the bytes say what it is
    ],
)
def test_a_resume_document_given_as_the_cv_says_how_to_import_it(tmp_path: Path, name: str, data: bytes, what: str):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CVError) as raised:
        load_cv(path)
    message = str(raised.value)
    assert f"looks like {what}" in message
    assert f"tailor init --from {path}" in message
    assert "UTF-8" not in message


def test_a_linkedin_export_given_as_the_cv_is_named_so_and_says_how_to_import_it(tmp_path: Path) -> None:
    # The zip LinkedIn sends, or its folder, is no Word résumé, though a .docx is a zip too.
    archive = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    with zipfile.ZipFile(archive, "w") as files:
        files.writestr("Profile.csv", "First Name,Last Name\nGrace,Example\n")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Positions.csv").write_text("Company Name,Title\nFleet Data Co,Data Engineer\n", encoding="utf-8")
    for path in (archive, folder):
        with pytest.raises(CVError) as raised:
            load_cv(path)
        message = str(raised.value)
        assert "looks like a LinkedIn data export" in message and "Word" not in message
        assert f"tailor init --from {path}" in message


def test_a_resume_as_text_given_as_the_cv_says_how_to_import_it(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("Grace Example\nData Engineer at Fleet Data Co, 2021 - present\n", encoding="utf-8")
    with pytest.raises(CVError, match=r"tailor init --from .*resume\.txt"):
        load_cv(path)


def test_a_markdown_resume_that_is_no_yaml_given_as_the_cv_says_how_to_import_it_before_the_syntax(
    tmp_path: Path,
) -> None:
    # Its bold employer ("**Acme**") and bullets read as YAML's aliases: a syntax error, which says what the file
    # more likely is first.
    path = tmp_path / "resume.md"
    path.write_text(
        "# Grace Example\n\n## Experience\n\n**Fleet Data Co** — Data Engineer\n\n- Built *dbt* models.\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(path)
    message = str(raised.value)
    assert f"If it is a résumé in Markdown, run `tailor init --from {path}`" in message
    assert "syntax" in message


def test_a_headline_and_a_summary_are_one_text_or_several_with_tags(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact: {name: Ada}\nheadline: Data engineer\nsummary:\n  - Builds pipelines.\n"
        "  - {text: Runs *analytics*., tags: [dbt, analytics]}\n",
        encoding="utf-8",
    )
    cv = load_cv(path)
    assert [(h.text, h.tags) for h in cv.headline] == [("Data engineer", [])]
    assert [(s.text, s.tags) for s in cv.summary] == [
        ("Builds pipelines.", []),
        ("Runs *analytics*.", ["dbt", "analytics"]),
    ]


def test_the_format_example_in_cv_data_readme_is_a_valid_cv() -> None:
    import re

    from tailor import datafile
    from tailor.cv.model import CV
    from tests.conftest import ROOT

    readme = (ROOT / "cv_data" / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```yaml\n(contact:.*?)```", readme, flags=re.S)
    assert found is not None
    example = found.group(1).replace("summary: ...", "summary: A paragraph.")
    cv = CV.model_validate(datafile.plain(datafile.loads(example)))
    assert cv.certificates and cv.awards and cv.experience[0].end == "present"


def test_half_a_character_in_a_json_resume_is_left_out_with_a_warning_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Ada\u202e Lovelace", "email": "ada@example.org"},
        "work": [
            {"name": "Acme", "position": "Engineer", "startDate": "2020", "highlights": ["Built\\ud800 engines."]}
        ],
    }
    # A JSON escape of half a character, as some exporters write: a str cannot hold it as UTF-8.
    path.write_text(json.dumps(resume, indent=2).replace("\\\\ud800", "\\ud800"), encoding="utf-8")
    read = read_cv(path)
    cv, warnings = read.cv, [w.describe(path) for w in read.warnings]
    assert cv.contact.name == "Ada Lovelace"
    assert cv.experience[0].bullets[0].text == "Built engines."
    assert [w.split(" holds ")[0] for w in warnings] == [
        f"{path}:3: basics.name:",
        f"{path}:12: work[0].highlights[0]:",
    ]
    assert "U+202E" in warnings[0] and "U+D800" in warnings[1]


def test_a_text_of_nothing_a_resume_can_show_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text('contact:\n  name: Ada\nheadline: "\\x00\\u200b\\v"\n', encoding="utf-8")
    with pytest.raises(CVError) as caught:
        load_cv(path)
    assert [(p.line, p.path) for p in caught.value.problems] == [(3, "headline[0].text")]


def test_a_cv_built_in_code_holds_only_what_a_resume_can_show() -> None:
    cv = CV.model_validate({"contact": {"name": "Ada\x0bLovelace\u200b"}})
    assert cv.contact.name == "Ada Lovelace"


def test_a_cv_with_no_email_and_no_phone_loads_with_a_warning_at_its_contact(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "experience:\n  - id: acme\n    employer: Acme\n    role: Nurse\n    start: 2020\n"
        "    bullets:\n      - id: acme-1\n        text: Ran the ward.\ncontact:\n  name: Ana Silva\n",
        encoding="utf-8",
    )
    (warning,) = read_cv(path).warnings
    assert (warning.path, warning.line) == ("contact", 9)
    assert "neither an email nor a phone" in warning.message
    path.write_text(path.read_text(encoding="utf-8") + "  phone: +351 912 345 678\n", encoding="utf-8")
    assert read_cv(path).warnings == []


def test_a_cv_still_named_with_the_placeholder_init_writes_loads_with_a_warning_at_the_name(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Your Name\n  email: me@example.org\nskills:\n  - name: Welding\n", encoding="utf-8"
    )
    (warning,) = read_cv(path).warnings
    assert (warning.path, warning.line) == ("contact.name", 2)
    assert "write yours" in warning.message


def test_dates_meant_as_dates_that_tailor_cannot_read_load_with_a_warning_at_their_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    start: 06/15/2019\n    end: Junee 2021\n    bullets:\n      - id: ward-1\n"
        "        text: Ran the ward.\neducation:\n  - degree: BSN\n    institution: City University\n"
        "    start: Summer 2015\n    end: 31.05.2019\nawards:\n  - name: Nurse of the Year\n"
        "    date: 2019-05-31T00:00\n",
        encoding="utf-8",
    )
    warnings = read_cv(path).warnings
    assert [(w.path, w.line) for w in warnings] == [
        ("experience[0].start", 8),
        ("experience[0].end", 9),
        ("education[0].end", 17),  # "Summer 2015" is no date tailor reads, and prints as written: no warning
        ("awards[0].date", 20),
    ]
    assert "write 2019-06 or Jun 2019" in warnings[0].message  # 15 is no month: the month is 06
    assert "did you mean June 2021?" in warnings[1].message
    assert "write 2019-05 or May 2019" in warnings[2].message
    assert "either way round" in next(w.message for w in read_cv(_with(path, "06/15/2019", "03/04/2019")).warnings)
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("06/15/2019", "Jun 2019")
        .replace("Junee", "June")
        .replace("31.05.2019", "05/2019")
        .replace("2019-05-31T00:00", "2019-05-31"),
        encoding="utf-8",
    )
    assert read_cv(path).warnings == []


def test_a_month_written_year_first_with_a_slash_and_dates_too_far_ahead_load_with_a_warning(tmp_path: Path) -> None:
    next_year = dt.date.today().year + 1
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    start: 2014/09\n    end: June 2071\n    bullets:\n      - id: ward-1\n"
        f"        text: Ran the ward.\n  - id: clinic\n    employer: Clinic\n    role: Nurse\n    start: {next_year}\n"
        f"    bullets:\n      - id: clinic-1\n        text: Ran the clinic.\neducation:\n  - degree: MSN\n"
        f"    institution: City University\n    end: {next_year}\n",
        encoding="utf-8",
    )
    warnings = {w.path: w.message for w in read_cv(path).warnings}
    assert "write 2014-09 or Sep 2014" in warnings["experience[0].start"]
    assert "more than 10 years from now: a typo?" in warnings["experience[0].end"]
    assert "is after today" in warnings["experience[1].start"]
    assert "education[0].end" not in warnings  # a degree still under way ends after today


def test_a_day_written_the_american_way_and_a_misspelt_present_load_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    start: June 15, 2016\n    end: Presnet\ncertificates:\n  - name: BLS\n"
        "    date: March 3rd, 2020\n",
        encoding="utf-8",
    )
    warnings = {w.path: w.message for w in read_cv(path).warnings}
    assert "write 2016-06 or Jun 2016" in warnings["experience[0].start"]
    assert "did you mean present?" in warnings["experience[0].end"]
    assert "write 2020-03 or Mar 2020" in warnings["certificates[0].date"]
    assert "span" not in warnings["certificates[0].date"]  # a single date has no span to check


def test_a_role_with_an_end_but_no_start_loads_with_a_warning_at_its_end(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    end: Feb 2017\n  - id: clinic\n    employer: Clinic\n    role: Nurse\n    end: present\n"
        "education:\n  - degree: BSN\n    institution: City University\n    end: May 2011\n",
        encoding="utf-8",
    )
    warnings = read_cv(path).warnings
    # Only the first role's end would print alone as if it were when the role was held; a role that goes on with
    # no start prints no dates, and a degree's end alone is when it was earned.
    assert [(w.path, w.line) for w in warnings] == [("experience[0].end", 8)]
    assert "prints 'Feb 2017' alone" in warnings[0].message
    assert "add its start" in warnings[0].message


def test_a_text_yaml_reads_shorter_than_written_loads_with_a_warning_giving_it_quoted(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Rosa Ortega  # as I write it\n  email: rosa@example.org\nexperience:\n  - id: cater\n"
        "    employer: Alameda Catering\n    bullets:\n      - id: weddings\n"
        "        text: Produced weddings #1 in Chicago for 600 guests.\n      - id: fb\n"
        "        text: &Beverage ran events for 200 guests.\n      - id: ranked\n"
        '        text: "Ranked #2 in the city" #not part of it\nskills:\n  - Knife skills #core\n',
        encoding="utf-8",
    )
    read = read_cv(path)
    assert read.cv.experience[0].bullets[0].text == "Produced weddings"  # YAML's reading, which the warning names
    warnings = {(w.path, w.line): w.message for w in read.warnings}
    assert list(warnings) == [
        ("experience[0].bullets[0].text", 9),
        ("experience[0].bullets[1].text", 11),
        ("skills[0]", 15),
    ]
    assert warnings[("experience[0].bullets[0].text", 9)].endswith('"Produced weddings #1 in Chicago for 600 guests."')
    assert "YAML anchor" in warnings[("experience[0].bullets[1].text", 11)]
    assert '"&Beverage ran events for 200 guests."' in warnings[("experience[0].bullets[1].text", 11)]
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("text: Produced weddings #1 in Chicago for 600 guests.", 'text: "Produced weddings #1 in Chicago"')
        .replace("&Beverage ran", "'&Beverage ran")
        .replace("200 guests.\n", "200 guests.'\n")
        .replace("Knife skills #core", "Knife skills  # core"),
        encoding="utf-8",
    )
    assert read_cv(path).warnings == []


def test_list_items_indented_under_the_first_load_with_a_warning_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    text = (
        "contact:\n  name: Rosa Ortega\n  email: rosa@example.org\nexperience:\n  - id: cater\n"
        "    employer: Alameda Catering\n    bullets:\n      - id: weddings\n"
        "        text: Produced weddings - 600 guests - in Chicago.\nskills:\n- Knife skills\n  - Plating\n"
        "  - Food safety\n"
    )
    path.write_text(text, encoding="utf-8")
    read = read_cv(path)
    assert [s.name for s in read.cv.skills] == [
        "Knife skills - Plating - Food safety"
    ]  # YAML's reading, which the warning names
    assert [(w.path, w.line) for w in read.warnings] == [("skills[0]", 11)]
    assert "'- Plating'" in read.warnings[0].message
    path.write_text(text.replace("  - Plating\n  - Food safety", "- Plating\n- Food safety"), encoding="utf-8")
    assert read_cv(path).warnings == []  # a dash inside a text is no list


def test_a_cv_with_errors_tells_its_warnings_with_them_all_at_once(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    start: 2019-13\n    end: Junee 2021\n    bullets:\n      - id: w1\n        text: Ran ward #1 here.\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        read_cv(path)
    assert [(p.path, p.line) for p in raised.value.problems] == [("experience[0].start", 7)]
    assert [(w.path, w.line) for w in raised.value.warnings] == [
        ("experience[0].end", 8),
        ("experience[0].bullets[0].text", 11),
    ]
    assert "Also worth a look (warnings, not errors):" in str(raised.value)


def _with(path: Path, old: str, new: str) -> Path:
    changed = path.with_name("changed.yaml")
    changed.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return changed


def test_a_draft_whose_check_notes_remain_loads_with_one_warning_at_the_first(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n"
        "  - id: ward  # CHECK: could not tell the title and the employer apart: fill in both\n"
        "    employer: St Mary's\n    role: Nurse  # CHECK: title read from 'Nurse St Mary's': check it\n"
        "    bullets:\n      - id: ward-1\n        text: Ran the ward.\n",
        encoding="utf-8",
    )
    (warning,) = read_cv(path).warnings
    assert warning.line == 5 and "2 notes that `tailor init` marked CHECK remain" in warning.message
    path.write_text(path.read_text(encoding="utf-8").replace("# CHECK", "# checked", 1), encoding="utf-8")
    assert "a note that `tailor init` marked CHECK remains" in read_cv(path).warnings[0].message
    path.write_text(path.read_text(encoding="utf-8").replace("# CHECK", "# checked"), encoding="utf-8")
    assert read_cv(path).warnings == []


def test_a_letter_naming_a_missing_bullet_is_said_with_the_cvs_other_mistakes(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ada\n  email: ada@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    start: 2019\n    bullets:\n      - id: ward-1\n        text: Ran the ward.\n"
        "      - id: ward-1\n        text: Cut falls.\neducation:\n  - degre: BSN\n    institution: City\n"
        "letter:\n  openings: [Dear team,]\n  paragraphs:\n    - id: p1\n      text: I ran a ward.\n"
        "      bullets: [ward-9]\n  closings: [Thanks.]\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(path)
    found = [(p.path, p.line) for p in raised.value.problems]
    assert ("experience[0].bullets[1].id", 12) in found  # the repeated id
    assert ("education[0].degre", 15) in found
    assert ("letter.paragraphs[0].bullets[0]", 22) in found


def test_a_tab_used_to_indent_is_named_as_such(tmp_path: Path) -> None:
    problem = _only_problem(tmp_path, "contact:\n  name: Ada\nskills:\n\t- Python\n")
    assert problem.line == 4 and "a tab is no indentation in YAML: indent with spaces" in problem.message
    assert "quotes" not in problem.message


def test_a_tab_among_a_texts_words_is_named_as_text_with_its_column(tmp_path: Path) -> None:
    problem = _only_problem(tmp_path, "contact:\n  name: Ada\nskills:\n  - Wrote recipes\tand plating guides\n")
    assert problem.line == 4 and "a tab inside the text (column 18)" in problem.message
    assert "put the whole text in quotes" in problem.message and "indent with spaces" not in problem.message


def test_a_projects_key_from_another_format_is_told_where_projects_go(tmp_path: Path) -> None:
    problem = _only_problem(
        tmp_path, "contact:\n  name: Ada\nprojects:\n  - name: Prosthetic knee\n    description: Designed it.\n"
    )
    assert problem.path == "projects" and "Write each as an entry of 'experience'" in problem.message


def _only_problem(tmp_path: Path, text: str) -> Problem:
    """The one problem loading a CV file holding ``text`` finds."""
    path = tmp_path / "cv.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CVError) as raised:
        load_cv(path)
    (problem,) = raised.value.problems
    return problem


def test_a_certificate_that_has_expired_loads_with_a_warning_at_its_line_saying_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    soon = f"{dt.date.today().year + 2}-06"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\ncertificates:\n  - name: ACLS\n    date: 2019-06\n"
        f"    expires: 2021-06\n  - name: BLS\n    date: 2024-01\n    expires: {soon}\n",
        encoding="utf-8",
    )
    warnings = {w.path: (w.line, w.message) for w in read_cv(path).warnings}
    assert warnings["certificates[0].expires"][0] == 7
    assert "has expired" in warnings["certificates[0].expires"][1]
    assert "renew it and write the new date here, or remove the certificate" in warnings["certificates[0].expires"][1]
    assert "certificates[1].expires" not in warnings


@pytest.mark.parametrize(
    ("expires", "fragment"),
    [("2018-06", "runs out before it was gained (2019-06)"), ("present", "write when it runs out")],
)
def test_a_certificate_that_runs_out_before_it_was_gained_or_never_is_an_error_at_its_line(
    tmp_path: Path, expires: str, fragment: str
) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        f"contact:\n  name: Ana Silva\ncertificates:\n  - name: ACLS\n    date: 2019-06\n    expires: {expires}\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as caught:
        load_cv(path)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("certificates[0].expires", 6) and fragment in problem.message


NURSE = """\
contact: {name: Ines Varga, email: ines@example.org}
skills:
  Clinical: [wound care, IV therapy, {name: telemetry, pin: true}]
  Systems & Records: [Epic, Cerner]
  2024: [ACLS]
"""


def test_skills_written_as_groups_load_as_one_list_each_skill_with_its_group_in_the_order_written(
    tmp_path: Path,
) -> None:
    (tmp_path / "cv.yaml").write_text(NURSE, encoding="utf-8")
    cv = load_cv(tmp_path / "cv.yaml")
    assert [(s.name, s.group, s.pin) for s in cv.skills] == [
        ("wound care", "Clinical", False),
        ("IV therapy", "Clinical", False),
        ("telemetry", "Clinical", True),
        ("Epic", "Systems & Records", False),
        ("Cerner", "Systems & Records", False),
        ("ACLS", "2024", False),
    ]
    assert cv.skill_names == ["wound care", "IV therapy", "telemetry", "Epic", "Cerner", "ACLS"]
    assert cv.grouped


def test_a_flat_list_of_skills_loads_as_before_with_no_groups(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Tomasz Wierzba}\nskills: [Python, {name: SQL, pin: true}, Airflow]\n", encoding="utf-8"
    )
    cv = load_cv(tmp_path / "cv.yaml")
    assert [(s.name, s.group, s.pin) for s in cv.skills] == [
        ("Python", None, False),
        ("SQL", None, True),
        ("Airflow", None, False),
    ]
    assert not cv.grouped


def test_a_list_of_skills_may_give_some_a_group_and_leave_others_without(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Tomasz Wierzba}\nskills: [Python, {name: Airflow, group: Orchestration}]\n", encoding="utf-8"
    )
    cv = load_cv(tmp_path / "cv.yaml")
    assert cv.skill_lines(["Python", "Airflow"]) == [("Orchestration", ["Airflow"]), (None, ["Python"])]


def test_a_skill_group_named_only_skills_prints_as_skills_of_no_group(tmp_path: Path) -> None:
    # Under the résumé's Skills heading, "Skills: Salesforce, Zapier" would say the heading again.
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Tomasz Wierzba}\nskills: {Skills: [Salesforce, Zapier]}\n", encoding="utf-8"
    )
    cv = load_cv(tmp_path / "cv.yaml")
    assert not cv.grouped and cv.skill_lines(["Zapier", "Salesforce"]) == [(None, ["Zapier", "Salesforce"])]
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Tomasz Wierzba}\nskills: {'skills:': [Negotiation], Tools: [Salesforce]}\n", encoding="utf-8"
    )
    cv = load_cv(tmp_path / "cv.yaml")
    assert cv.skill_lines(["Negotiation", "Salesforce"]) == [("Tools", ["Salesforce"]), (None, ["Negotiation"])]
    assert [s.group for s in cv.skills] == ["skills:", "Tools"]  # the CV keeps what its owner wrote


def test_a_list_of_skills_may_hold_groups_beside_skills_of_no_group(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        """\
contact: {name: Odile Marchetti}
skills:
  - seasonal menus
  - Pastry: [lamination, {name: chocolate tempering, pin: true}]
  - catering
  - Kitchen:
      - HACCP
""",
        encoding="utf-8",
    )
    cv = load_cv(tmp_path / "cv.yaml")
    assert [(s.name, s.group, s.pin) for s in cv.skills] == [
        ("seasonal menus", None, False),
        ("lamination", "Pastry", False),
        ("chocolate tempering", "Pastry", True),
        ("catering", None, False),
        ("HACCP", "Kitchen", False),
    ]


def test_the_mistakes_of_a_group_in_a_list_of_skills_are_told_at_their_lines(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        """\
contact: {name: Odile Marchetti}
skills:
  - seasonal menus
  - Pastry: []
  - {name: catering, level: expert}
  - Kitchen:
      - HACCP
      - {name: ordering, grup: Stores}
""",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as caught:
        load_cv(tmp_path / "cv.yaml")
    got = [(p.line, p.path, p.message.split(";")[0]) for p in caught.value.problems]
    assert got == [
        (
            4,
            "skills[1].Pastry",
            "the group 'Pastry' holds no skills: list them under it (- wound care), or delete the group",
        ),
        (5, "skills[2].level", "unknown key 'level'"),
        (8, "skills[3].Kitchen[1].grup", "unknown key 'grup'"),
    ]
    messages = [p.message for p in caught.value.problems]
    assert messages[1].endswith("the keys allowed here are: name, pin, group")  # a skill of no group may have one
    # in a group, a skill may not: neither told as allowed nor suggested
    assert "group" not in messages[2].replace("the group of the heading", "")
    assert "leave the key out" in messages[2]


def test_an_unknown_key_of_a_skill_in_a_group_is_told_the_keys_it_may_have(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Odile Marchetti}\nskills:\n  Kitchen:\n    - HACCP\n    - {name: ordering, level: expert}\n",
        encoding="utf-8",
    )
    with pytest.raises(CVError) as caught:
        load_cv(tmp_path / "cv.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (5, "unknown key 'level'; the keys allowed here are: name, pin")


def test_a_skill_written_again_in_another_group_is_a_warning_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(
        "contact: {name: Tomasz Wierzba, email: t@example.org}\nskills:\n  Languages: [Python, SQL]\n"
        "  Data:\n    - Spark\n    - Python\n",
        encoding="utf-8",
    )
    read = read_cv(tmp_path / "cv.yaml")
    assert [(w.line, w.path) for w in read.warnings] == [(6, "skills.Data[1]")]
    assert "'Python' is in the group 'Languages' already" in read.warnings[0].message
    assert read.cv.skill_lines(["Spark", "Python"]) == [("Data", ["Spark"]), ("Languages", ["Python"])]


# A CV written by hand: bullets as a list of sentences, no ids anywhere.

TEACHER = """\
contact:
  name: Marisol Okafor
  email: marisol.okafor@example.org
experience:
  - employer: Oak Grove Elementary School
    role: Fourth Grade Teacher
    start: Aug 2019
    bullets:
      - Teach reading, writing, math and science to classes of 24-28 fourth graders.
      - Raised reading growth on i-Ready from 58% to 81% in two years.
      - Built a *classroom library* of 600 books with a **DonorsChoose** grant.
      - "Led the grade-level team: planned units and mentored two new teachers."
      - "*Reading Rockets* featured our family literacy nights."
  - employer: Oak Grove Elementary School
    role: Student Teacher
    start: Jan 2019
    end: May 2019
    bullets:
      - Co-taught guided reading groups.
publications:
  - year: 2022
    title: Family Literacy Nights in a Title I School
letter:
  paragraphs:
    - text: At Oak Grove I raised reading growth from 58% to 81% in two years.
      bullets: [oak-grove-elementary-school-2]
"""


def test_a_cv_written_by_hand_without_ids_loads_its_bullets_as_written(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(TEACHER, encoding="utf-8")
    read = read_cv(path)
    assert not read.warnings
    first, second = read.cv.experience
    assert (first.id, second.id) == ("oak-grove-elementary-school", "oak-grove-elementary-school-student-teacher")
    assert [b.id for b in first.bullets] == [f"oak-grove-elementary-school-{n}" for n in range(1, 6)]
    assert [b.id for b in second.bullets] == ["oak-grove-elementary-school-student-teacher-1"]
    # Each text as written: emphasis kept for the résumé, a colon kept where the text was quoted.
    assert first.bullets[2].text == "Built a *classroom library* of 600 books with a **DonorsChoose** grant."
    assert first.bullets[2].plain == "Built a classroom library of 600 books with a DonorsChoose grant."
    assert first.bullets[3].text == "Led the grade-level team: planned units and mentored two new teachers."
    assert first.bullets[4].plain == "Reading Rockets featured our family literacy nights."
    assert read.cv.publications[0].id == "pub-2022-family-literacy-nights"
    # A letter paragraph names a bullet by its derived id, and takes one of its own.
    (paragraph,) = read.cv.letter.paragraphs if read.cv.letter else []
    assert paragraph.id == "letter-1" and paragraph.bullets == ["oak-grove-elementary-school-2"]


def test_a_bullet_cut_at_a_colon_by_yaml_is_one_problem_at_its_line_saying_to_quote_it(tmp_path: Path) -> None:
    problem = _only_problem(
        tmp_path,
        "contact: {name: Dev Raman, email: dev@example.org}\nexperience:\n  - employer: Harbor Freight Logistics\n"
        "    bullets:\n      - Cut fuel costs by 8%.\n      - Routed 40 trucks a day: cut empty miles by 12%.\n",
    )
    assert (problem.path, problem.line) == ("experience[0].bullets[1]", 6)
    assert "a colon and a space inside a text start a key" in problem.message
    assert problem.message.endswith('put the whole text in quotes: - "Routed 40 trucks a day: cut empty miles by 12%."')


def test_a_headline_or_letter_text_cut_at_a_colon_by_yaml_is_one_problem_at_its_line_saying_to_quote_it(
    tmp_path: Path,
) -> None:
    # Every list whose items may be a text alone is read alike: a headline to choose from, a letter's opening,
    # paragraph, closing or greeting that holds ": " is told to be quoted, not as a missing 'text' and an unknown key.
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact: {name: Ama Boateng, email: ama@example.org}\n"
        "headline:\n  - Charge Nurse, Med-Surg\n  - Charge Nurse: telemetry and step-down\n"  # 4
        "experience:\n  - employer: Mercy General\n    bullets: [Ran a 32-bed unit.]\n"
        "letter:\n  greetings:\n    - Dear {{ company }} team: hello,\n"  # 10
        "  openings:\n    - I am applying for the {{ title }} role: I lead night shifts.\n"  # 12
        "  paragraphs:\n    - On my unit: falls fell by half in a year.\n"  # 14
        "  closings:\n    - One more thing: thank you.\n",  # 16
        encoding="utf-8",
    )
    with pytest.raises(CVError) as caught:
        read_cv(path)
    found = {(p.path, p.line): p.message for p in caught.value.problems}
    assert set(found) == {
        ("headline[1]", 4),
        ("letter.greetings[0]", 10),
        ("letter.openings[0]", 12),
        ("letter.paragraphs[0]", 14),
        ("letter.closings[0]", 16),
    }
    assert all("a colon and a space inside a text start a key" in message for message in found.values())
    assert found[("letter.openings[0]", 12)].endswith(
        'put the whole text in quotes: - "I am applying for the {{ title }} role: I lead night shifts."'
    )


def test_a_bullet_written_as_its_text_alone_is_told_at_its_own_line(tmp_path: Path) -> None:
    problem = _only_problem(
        tmp_path,
        "contact: {name: Lena Vogel, email: lena@example.org}\nexperience:\n  - employer: Vogel Bakery\n"
        "    role: Pastry Chef\n    bullets:\n      - Laminated 40 kg of dough a day.\n      - '   '\n",
    )
    assert (problem.path, problem.line) == ("experience[0].bullets[1].text", 7)


def test_an_error_in_an_item_without_an_id_is_told_at_its_line_and_derived_ids_are_no_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact: {name: Tomas Berg, email: tomas@example.org}\n"
        "experience:\n"
        "  - employer: Nordic Wind Farms\n"  # 3
        "    start: 2021\n"
        "    end: 2019\n"  # 5: ends before it starts
        "    bullets:\n"
        "      - Inspected 30 turbines a quarter.\n"
        "  - id: nordic-wind-farms-1\n"  # 8: the first role's first bullet would take this; it is made unique
        "    employer: Baltic Cables\n"
        "    bullets:\n"
        "      - {id: splice, text: Spliced subsea cable.}\n"
        "      - {id: splice, text: Tested cable joints.}\n",  # 12: a written id written twice
        encoding="utf-8",
    )
    with pytest.raises(CVError) as raised:
        load_cv(path)
    assert [(p.path, p.line) for p in raised.value.problems] == [
        ("experience[0].end", 5),
        ("experience[1].bullets[1].id", 12),
    ]


def test_an_empty_item_in_a_list_of_bullets_is_told_at_its_line_to_fill_or_delete(tmp_path: Path) -> None:
    problem = _only_problem(
        tmp_path,
        "contact: {name: Priya Natarajan, email: priya@example.org}\nexperience:\n  - employer: Lakeside Dental Group\n"
        "    bullets:\n      - Cleaned teeth for 12 patients a day.\n      -\n      - Charted exams in Dentrix.\n",
    )
    assert (problem.path, problem.line) == ("experience[0].bullets[1]", 6)
    assert problem.message == "is empty: write what it holds after its '- ', or delete the line"


def test_a_span_written_whole_where_one_date_goes_loads_with_a_warning_that_parts_it(tmp_path: Path) -> None:
    # Pasted from a résumé's line: the start holds the whole span, and the résumé would print "March 2016 to present
    # – Dec 2019".
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - id: ward\n    employer: St Mary's\n"
        "    role: Nurse\n    start: March 2016 to present\n    end: Dec 2019\n    bullets:\n      - id: ward-1\n"
        "        text: Ran the ward.\neducation:\n  - degree: BSN\n    institution: City University\n"
        "    start: 2012-2016\n",
        encoding="utf-8",
    )
    warnings = read_cv(path).warnings
    assert [(w.path, w.line) for w in warnings] == [("experience[0].start", 8), ("education[0].start", 16)]
    assert "write March 2016 here, and present as its other end" in warnings[0].message
    assert "write 2012 here, and 2016 as its other end" in warnings[1].message


def test_a_span_on_an_award_loads_without_a_warning_as_an_award_has_no_other_end(tmp_path: Path) -> None:
    # A fellowship or a grant is held for years ("2022–2025"), and an award has one date only: its span is what it
    # says, printed as written; there is no other end to write it in. (A certificate's has one: its `expires`.)
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Ana Silva\n  email: ana@example.org\nexperience:\n  - employer: Fernwood Institute\n"
        "    role: Research Fellow\n    start: 2021\n    bullets:\n      - Ran the screens.\n"
        "awards:\n  - name: Postdoctoral Fellowship\n    date: 2022–2025\n"
        "  - name: Travel Grant\n    date: 2019 - 2020\n",
        encoding="utf-8",
    )
    assert read_cv(path).warnings == []


def test_a_certificates_span_written_whole_in_its_date_warns_to_write_its_end_as_when_it_runs_out(
    tmp_path: Path,
) -> None:
    # A certificate has no end to write a span's second date in: where it runs out is its `expires`.
    path = tmp_path / "cv.yaml"
    path.write_text(
        "contact:\n  name: Verna Haskett\n  email: verna@example.org\nexperience:\n  - employer: Cedar Valley Gas\n"
        "    role: Bulk Driver\n    bullets:\n      - Hauled propane.\ncertificates:\n  - name: TWIC Card\n"
        "    date: August 2019 to August 2029\n",
        encoding="utf-8",
    )
    (warning,) = read_cv(path).warnings
    assert (warning.path, warning.line) == ("certificates[0].date", 11)
    assert "write August 2019 here, and August 2029 as its `expires`, if that is when it runs out" in warning.message


def test_a_certificate_written_as_one_line_is_shown_an_entry_that_reads_back_whole(tmp_path: Path) -> None:
    # "- Orthopaedic Clinical Specialist (OCS), ABPTS, 2020", as a résumé lists it: between braces a comma ends a
    # value, so the entry the message offers quotes the text, and written as offered it is a valid certificate.
    line = "Orthopaedic Clinical Specialist (OCS), ABPTS, 2020"
    cv = "contact:\n  name: Ada\n  email: ada@example.org\ncertificates:\n  - {}\n"
    problem = _only_problem(tmp_path, cv.format(line))
    offered = f'{{name: "{line}"}}'
    assert f"write it as {offered}" in problem.message
    (tmp_path / "cv.yaml").write_text(cv.format(offered), encoding="utf-8")
    assert load_cv(tmp_path / "cv.yaml").certificates[0].name == line


def test_a_certificate_and_a_role_named_as_linkedin_names_their_parts_are_told_tailors_keys(tmp_path: Path) -> None:
    # LinkedIn's certification form asks for the "Issuing organization" and the "Expiration date", its export heads
    # the issuer "Authority", and a position's paragraph is its "Description".
    said = _refused(
        tmp_path,
        "contact: {name: Ann Lee, email: ann@example.org}\n"
        "experience:\n  - {id: a, employer: Acme, role: HR Generalist, start: 2021, description: Sole HR generalist.}\n"
        "certificates:\n  - {name: PHR, issuing_organization: HRCI, expiration_date: 2027}\n"
        "  - {name: SHRM-CP, authority: SHRM, issued_by: SHRM}\n",
    )
    for key, meant in [
        ("issuing_organization", "issuer"),
        ("expiration_date", "expires"),
        ("authority", "issuer"),
        ("issued_by", "issuer"),
        ("description", "bullets"),
    ]:
        assert f"unknown key '{key}'; did you mean '{meant}'?" in said
