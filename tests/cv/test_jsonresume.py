"""JSON Resume as a CV: every section tailor has a place for, old key names, typos, dates, and lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tailor.cv import read_cv
from tailor.cv.dates import DEFAULT_STYLE
from tailor.cv.jsonresume import JSONResume
from tailor.errors import CVError

RESUME: dict[str, Any] = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Grace Example",
        "label": "Data Engineer",
        "email": "grace@example.org",
        "website": "https://grace.example.org",
    },
    "work": [
        {
            "company": "Fleet Data Co",
            "position": "Senior Data Engineer",
            "startDate": "2021-03-01",
            "highlights": ["Rebuilt the nightly loads.", "Cut the warehouse bill by a third."],
        },
        {"name": "Harbour Analytics", "position": "Analyst", "startDate": "2018", "endDate": "2021-02"},
    ],
    "volunteer": [
        {
            "organization": "Code Club",
            "position": "Mentor",
            "startDate": "2019-09",
            "summary": "Taught Python to teenagers.",
        }
    ],
    "projects": [
        {"name": "tidy-loader", "roles": ["Maintainer"], "startDate": "2020", "highlights": ["Wrote the CSV parser."]},
        {"description": "A weekend toy.", "url": "https://side.example.org"},
    ],
    "education": [{"institution": "Example University", "studyType": "BSc", "area": "Statistics", "gpa": "3.8"}],
    "publications": [{"name": "Faster Joins", "publisher": "Some Conf", "releaseDate": "2019-06-01"}],
    "certificates": [{"name": "Cloud Data Engineer", "issuer": "Some Cloud", "date": "2022-05"}],
    "awards": [{"title": "Engineer of the Year", "awarder": "Fleet Data Co", "date": "2023"}],
    "meta": {"version": "v1.0.0"},
}


def write(tmp_path: Path, resume: dict[str, Any]) -> Path:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    return path


def line_with(path: Path, text: str) -> int:
    """The number of the one line of ``path`` that holds ``text``."""
    (number,) = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in line]
    return number


def test_every_section_with_a_place_in_tailors_cv_is_read_old_key_names_too(tmp_path: Path) -> None:
    path = write(tmp_path, RESUME)
    read = read_cv(path)
    cv = read.cv
    assert cv.contact.website == "https://grace.example.org"
    assert [h.text for h in cv.headline] == ["Data Engineer"]
    # Work, volunteering and projects are all roles, newest first.
    assert [(e.employer, e.role, [b.text for b in e.bullets]) for e in cv.experience] == [
        ("Fleet Data Co", "Senior Data Engineer", ["Rebuilt the nightly loads.", "Cut the warehouse bill by a third."]),
        ("tidy-loader", "Maintainer", ["Wrote the CSV parser."]),
        ("Code Club", "Mentor", ["Taught Python to teenagers."]),
        ("Harbour Analytics", "Analyst", []),
    ]
    assert [(e.degree, e.grade) for e in cv.education] == [("BSc, Statistics", "3.8")]
    assert [(p.year, p.title) for p in cv.publications] == [("2019", "Faster Joins")]
    assert [(c.name, c.issuer, c.date) for c in cv.certificates] == [("Cloud Data Engineer", "Some Cloud", "2022-05")]
    assert [(a.name, a.issuer) for a in cv.awards] == [("Engineer of the Year", "Fleet Data Co")]
    # The project with neither a name nor roles has no role line: left out, and said so.
    assert [(w.path, w.line) for w in read.warnings] == [("projects[1]", line_with(path, '"A weekend toy."') - 1)]
    assert "'name'" in read.warnings[0].message


def test_json_resume_dates_print_like_yaml_dates(tmp_path: Path) -> None:
    cv = read_cv(write(tmp_path, RESUME)).cv
    assert [DEFAULT_STYLE.span(e.start, e.end) for e in cv.experience if e.employer != "Code Club"] == [
        "Mar 2021 – Present",
        "2020 – Present",
        "2018 – Feb 2021",
    ]


def test_a_near_miss_of_a_defined_key_is_a_warning_with_its_line(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0]["hightlights"] = resume["work"][0].pop("highlights")
    resume["basics"]["lable"] = resume["basics"].pop("label")
    resume["basics"]["x-favourite-colour"] = "teal"  # allowed by the schema, and no typo
    path = write(tmp_path, resume)
    found = {w.path: (w.line, w.message) for w in read_cv(path).warnings}
    assert found["work[0].hightlights"][0] == line_with(path, '"hightlights"')
    assert "did you mean 'highlights'?" in found["work[0].hightlights"][1]
    assert "did you mean 'label'?" in found["basics.lable"][1]
    assert not any("x-favourite" in path or "$schema" in path or "meta" in path for path in found)


def test_tailors_own_keys_in_a_json_resume_are_named_with_the_json_resume_key_they_stand_for(tmp_path: Path) -> None:
    # A file with basics: is read as a JSON Resume, where tailor's experience:, bullets: and role: mean nothing:
    # what they hold would be lost without a word.
    resume = json.loads(json.dumps(RESUME))
    resume["experience"] = resume.pop("work")
    resume["projects"][0]["bullets"] = resume["projects"][0].pop("highlights")
    resume["volunteer"][0]["role"] = resume["volunteer"][0].pop("position")
    path = write(tmp_path, resume)
    found = {w.path: w.message for w in read_cv(path).warnings}
    assert "did you mean 'work'?" in found["experience"]
    assert "did you mean 'highlights'?" in found["projects[0].bullets"]
    assert "did you mean 'position'?" in found["volunteer[0].role"]


def test_a_key_that_json_resume_defines_under_the_same_name_is_not_named(tmp_path: Path) -> None:
    # awards have a title in JSON Resume, as in tailor's CV: nothing to say about it.
    resume = json.loads(json.dumps(RESUME))
    resume["awards"] = [{"title": "Best Paper", "date": "2020", "awarder": "ACM"}]
    assert not any("awards" in w.path for w in read_cv(write(tmp_path, resume)).warnings)


@pytest.mark.parametrize(
    ("change", "where", "fragment"),
    [
        ({"endDate": "2021-02-30"}, "work[1].endDate", "February 2021 has 28 days"),
        ({"endDate": "2017"}, "work[1].endDate", "ends before it starts (2018)"),
    ],
)
def test_a_mistake_is_reported_under_json_resumes_own_field_name_at_its_line(
    tmp_path: Path, change: dict[str, Any], where: str, fragment: str
) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][1].update(change)
    path = write(tmp_path, resume)
    with pytest.raises(CVError) as raised:
        read_cv(path)
    (problem,) = raised.value.problems
    key, value = next(iter(change.items()))
    assert (problem.path, problem.line) == (where, line_with(path, f'"{key}": {json.dumps(value)}'))
    assert fragment in problem.message


def test_work_of_ones_own_needs_no_employer_and_an_employer_alone_needs_no_title(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"] = [
        {"position": "Freelance Data Engineer", "startDate": "2022", "highlights": ["Built loaders for clients."]},
        {"name": "Harbour Analytics", "position": "", "startDate": "2018", "highlights": ["Wrote the reports."]},
    ]
    freelance, harbour = (e for e in read_cv(write(tmp_path, resume)).cv.experience if e.start in ("2022", "2018"))
    assert (freelance.role, freelance.employer, freelance.heading) == (
        "Freelance Data Engineer",
        None,
        "Freelance Data Engineer",
    )
    assert (harbour.role, harbour.employer, harbour.heading) == (None, "Harbour Analytics", "Harbour Analytics")


def test_a_work_entry_with_neither_employer_nor_title_but_highlights_is_refused_at_its_line(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][1] = {"startDate": "2018", "highlights": ["Wrote the reports."]}
    path = write(tmp_path, resume)
    with pytest.raises(CVError) as raised:
        read_cv(path)
    (problem,) = raised.value.problems
    assert problem.path == "work[1]" and "needs its 'role' (the job title) or its 'employer'" in problem.message
    assert problem.line == line_with(path, '"startDate": "2018"') - 1  # the entry's opening brace


def test_an_empty_highlight_is_left_out_with_a_warning_and_an_undated_publication_is_kept(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0]["highlights"] = ["Rebuilt the nightly loads.", "  ", "Cut the warehouse bill by a third."]
    resume["publications"].append({"name": "Notes on Joins", "publisher": "A Blog"})  # no releaseDate
    path = write(tmp_path, resume)
    read = read_cv(path)

    assert [b.text for b in read.cv.experience[0].bullets] == [
        "Rebuilt the nightly loads.",
        "Cut the warehouse bill by a third.",
    ]
    assert [(p.year, p.title) for p in read.cv.publications] == [("2019", "Faster Joins"), (None, "Notes on Joins")]
    empty = next(w for w in read.warnings if w.path == "work[0].highlights[1]")
    assert "empty highlight" in empty.message and empty.line == line_with(path, '"  "')


def test_blank_text_and_null_lists_are_no_values_and_a_role_may_have_no_start(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0].update(endDate="", url="", summary="   ")  # as `resume init` and many editors leave them
    resume["work"][1].update(startDate="", highlights=None, summary="Built the first dashboards.")
    resume["volunteer"][0].pop("startDate")
    resume["skills"] = [{"name": "Data", "keywords": "SQL"}]  # one string where the schema has a list
    path = write(tmp_path, resume)
    cv = read_cv(path).cv

    roles = {e.employer: e for e in cv.experience}
    current, undated, volunteer = roles["Fleet Data Co"], roles["Harbour Analytics"], roles["Code Club"]
    assert (current.start, current.end) == ("2021-03-01", None)
    assert (undated.start, undated.end) == (None, "2021-02")
    assert [b.text for b in undated.bullets] == ["Built the first dashboards."]
    assert volunteer.start is None and DEFAULT_STYLE.span(volunteer.start, volunteer.end) == ""
    assert cv.skill_names == ["SQL"]


def test_a_roles_summary_written_as_a_markdown_list_is_one_bullet_per_item(tmp_path: Path) -> None:
    # A theme that renders Markdown shows such a summary as a list: each item a claim, its wrapped line its own.
    resume = json.loads(json.dumps(RESUME))
    resume["work"][1]["summary"] = (
        "Built the first dashboards.\n- Cut report time from 3 days to 4 hours\n- Trained 12 analysts in SQL,\n"
        "  window functions included\n\n- Ran the data guild"
    )
    cv = read_cv(write(tmp_path, resume)).cv

    (role,) = [e for e in cv.experience if e.employer == "Harbour Analytics"]
    assert [b.text for b in role.bullets] == [
        "Built the first dashboards.",
        "Cut report time from 3 days to 4 hours",
        "Trained 12 analysts in SQL, window functions included",
        "Ran the data guild",
    ]


def test_texts_a_resume_sites_editor_wrote_as_html_are_read_as_light_markdown_word_for_word(tmp_path: Path) -> None:
    # A résumé site's rich-text editor stores paragraphs, lists and emphasis as HTML: printed as written, the
    # résumé would show "<p>" and "&amp;". Its words stay; its marks become the CV's own.
    resume = json.loads(json.dumps(RESUME))
    resume["basics"]["summary"] = "<p>Data engineer with <strong>8 years</strong> in retail &amp; logistics.</p>"
    resume["work"][0]["highlights"] = [
        "<p>Rebuilt the <em>nightly</em> loads&nbsp;in dbt.</p>",
        "• Cut the warehouse bill by a third.",
        "Kept churn <5% and loads < 2 hours.",  # no tag: no HTML
    ]
    resume["work"][1]["summary"] = (
        '<ul><li><p>Built the first <a href="https://dash.example.org">dashboards</a></p></li>'
        "<li><p>Trained 12 analysts in SQL</p></li></ul>"
    )
    cv = read_cv(write(tmp_path, resume)).cv

    assert cv.summary[0].text == "Data engineer with **8 years** in retail & logistics."
    fleet, harbour = cv.experience[0], next(e for e in cv.experience if e.employer == "Harbour Analytics")
    assert [b.text for b in fleet.bullets] == [
        "Rebuilt the *nightly* loads in dbt.",
        "Cut the warehouse bill by a third.",  # its bullet prints the mark
        "Kept churn <5% and loads < 2 hours.",
    ]
    assert [b.text for b in harbour.bullets] == ["Built the first dashboards", "Trained 12 analysts in SQL"]


def test_a_highlight_that_holds_a_list_is_a_bullet_per_item_not_one_run_on_sentence(tmp_path: Path) -> None:
    # A résumé site's editor lets one highlight hold a list: its items run together would make a sentence no one
    # wrote ("Cut load time by 30% Added dark mode"). A paragraph before the list is a bullet of its own, as in a
    # role's summary; one item alone, or paragraphs, stay one highlight.
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0]["highlights"] = [
        "<ul><li>Cut page load time by 30%</li><li>Added a dark mode</li></ul>",
        "<p>Rebuilt the checkout:</p><ul><li><p>Apple Pay in <strong>2 weeks</strong></p></li>"
        "<li>Saved carts</li></ul>",
        "<ul><li>Ran the web guild</li></ul>",
        "<p>Moved the blog to Astro.</p><p>Halved its build time.</p>",
    ]
    cv = read_cv(write(tmp_path, resume)).cv

    fleet = cv.experience[0]
    assert [b.text for b in fleet.bullets] == [
        "Cut page load time by 30%",
        "Added a dark mode",
        "Rebuilt the checkout:",
        "Apple Pay in **2 weeks**",
        "Saved carts",
        "Ran the web guild",
        "Moved the blog to Astro. Halved its build time.",
    ]


def test_one_string_where_a_list_belongs_is_the_list_it_writes_out(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0]["highlights"] = "Rebuilt the nightly loads, twice.\n  Cut the warehouse bill by a third.\n"
    resume["skills"] = [{"name": "Tools", "keywords": "SQL, Microsoft Office (Word, Excel); Airflow"}]
    resume["education"][0]["courses"] = "Databases\nStatistics"
    path = write(tmp_path, resume)
    cv = read_cv(path).cv

    [fleet] = [e for e in cv.experience if e.employer == "Fleet Data Co"]
    bullets = ["Rebuilt the nightly loads, twice.", "Cut the warehouse bill by a third."]
    assert [b.text for b in fleet.bullets] == bullets
    assert cv.skill_names == ["SQL", "Microsoft Office (Word, Excel)", "Airflow"]
    assert cv.education[0].details == ["Databases", "Statistics"]


def test_entries_without_what_tailor_names_them_by_are_left_out_with_their_lines(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"].insert(1, {"name": "", "position": "", "startDate": "", "highlights": [""]})
    resume["education"].insert(0, {"studyType": "MSc", "area": "Blank"})
    resume["publications"].insert(0, {"publisher": "Untitled Press"})
    resume["awards"].append({"awarder": "Nobody"})
    path = write(tmp_path, resume)
    read = read_cv(path)

    employers = ["Fleet Data Co", "tidy-loader", "Code Club", "Harbour Analytics"]
    assert [e.employer for e in read.cv.experience] == employers
    assert [e.institution for e in read.cv.education] == ["Example University"]
    assert [p.title for p in read.cv.publications] == ["Faster Joins"]
    assert [a.name for a in read.cv.awards] == ["Engineer of the Year"]
    left_out = {w.path: (w.message, w.line) for w in read.warnings if "left out" in w.message}
    assert left_out["work[1]"][0] == "left out: an entry with nothing in it"
    assert left_out["education[0]"] == (
        "left out: an entry without its 'institution'",
        line_with(path, '"studyType": "MSc"') - 1,
    )
    assert "publications[0]" in left_out and "awards[1]" in left_out


def test_a_mistake_after_an_entry_left_out_is_reported_at_its_own_place(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["education"].insert(0, {"area": "No institution"})
    resume["education"][1]["endDate"] = "2019-02-30"
    path = write(tmp_path, resume)
    with pytest.raises(CVError) as raised:
        read_cv(path)
    (problem,) = raised.value.problems
    assert (problem.path, problem.line) == ("education[1].endDate", line_with(path, '"2019-02-30"'))


def test_characters_escaped_as_surrogate_pairs_are_read_whole(tmp_path: Path) -> None:
    resume = json.loads(json.dumps(RESUME))
    resume["work"][0]["highlights"] = ["Shipped the 🚀 launch dashboards, 数据 included.", r"A path C:\ud83d stays."]
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume), encoding="utf-8")  # json.dump escapes 🚀 as \ud83d\ude80
    assert "\\ud83d\\ude80" in path.read_text(encoding="utf-8")
    read = read_cv(path)
    assert [b.text for b in read.cv.experience[0].bullets] == resume["work"][0]["highlights"]
    assert not [w for w in read.warnings if w.path.startswith("work")]


READ = {
    "skills": lambda cv: cv.skill_names,
    "languages": lambda cv: [x.name for x in cv.languages],
    "interests": lambda cv: cv.interests,
    "publications": lambda cv: [p.title for p in cv.publications],
    "location": lambda cv: cv.contact.location,
    "profiles": lambda cv: cv.contact.profiles,
}


@pytest.mark.parametrize(
    ("change", "read", "expected"),
    [
        ({"skills": {"Languages": ["Python", "SQL"], "Cloud": "AWS"}}, "skills", ["Python", "SQL", "AWS"]),
        ({"skills": [{"keywords": [{"name": "Go", "level": "Advanced"}, "dbt"]}]}, "skills", ["Go", "dbt"]),
        ({"skills": [{"name": "", "keywords": ["HTML", "", " "]}]}, "skills", ["HTML"]),
        ({"skills": [{"name": "ML", "level": [80, 100], "keywords": ["PyTorch"]}]}, "skills", ["PyTorch"]),
        ({"skills": ["Python", "Kafka"]}, "skills", ["Python", "Kafka"]),
        ({"skills": {"name": "Data", "keywords": ["SQL", "dbt"]}}, "skills", ["SQL", "dbt"]),
        ({"languages": ["English", "Quechua"]}, "languages", ["English", "Quechua"]),
        ({"interests": ["Chess"]}, "interests", ["Chess"]),
        ({"references": ["Available on request"], "meta": "v1"}, "interests", []),
        ({"publications": [None, {"name": "Faster Joins"}]}, "publications", ["Faster Joins"]),
        ({"basics": {"name": "Grace", "location": "Lima, Peru"}}, "location", "Lima, Peru"),
        ({"basics": {"name": "Grace", "location": {"address": "Kungsgatan 12", "city": "Uppsala",
          "region": "Uppsala län", "countryCode": "SE"}}}, "location", "Uppsala, Uppsala län, SE"),
        ({"basics": {"name": "Grace", "profiles": {"GitHub": "https://github.com/grace"}}}, "profiles",
         ["https://github.com/grace"]),
        ({"basics": {"name": "Grace", "profiles": {"network": "GitHub", "url": "https://github.com/grace"}}},
         "profiles", ["https://github.com/grace"]),
        ({"basics": {"name": "Grace", "profiles": [
            {"network": "LinkedIn", "username": "grace", "url": "https://linkedin.com/in/grace"},
            {"network": "Mastodon", "username": "@grace@example.social"}, {"username": "gracehopper"}]}},
         "profiles", ["https://linkedin.com/in/grace", "Mastodon: @grace@example.social", "gracehopper"]),
    ],
    ids=["skills grouped in one object", "keywords as objects", "blank keywords", "a level that is a list",
         "skills as names", "one group of skills, no list", "languages as names", "interests as names",
         "references and meta as text",
         "a null entry", "a location as written", "a location's city, region and country",
         "profiles by network", "one profile, no list", "a profile's address before its name"],
)  # fmt: skip
def test_shapes_json_resumes_are_written_in_load_as_their_authors_mean_them(
    tmp_path: Path, change: dict[str, Any], read: str, expected: Any
) -> None:
    resume = json.loads(json.dumps(RESUME)) | change
    loaded = read_cv(write(tmp_path, resume))
    assert READ[read](loaded.cv) == expected
    assert [h.text for h in loaded.cv.experience[0].bullets] == RESUME["work"][0]["highlights"]


def test_a_key_repeated_in_one_object_counts_with_its_last_value_as_json_readers_take_it(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        '{"basics": {"name": "Grace Example", "email": "grace@example.org"},\n "languages": [],\n'
        ' "work": [{"name": "Fleet", "position": "Engineer", "highlights": ["Rebuilt the loads."]}],\n'
        ' "languages": [{"language": "Spanish"}]}\n',
        encoding="utf-8",
    )
    loaded = read_cv(path)
    assert [x.name for x in loaded.cv.languages] == ["Spanish"]
    (warning,) = loaded.warnings
    assert warning.line == 4 and "'languages' is repeated" in warning.message and "last value" in warning.message


def test_a_skill_named_for_a_field_its_keywords_name_within_them_is_their_group(tmp_path: Path) -> None:
    # {"name": "SEO", "keywords": ["Technical SEO", …]} sorts the field's kinds and tools, which say SEO already, as
    # a résumé's "SEO:" line does; "Excel" over its parts still claims Excel.
    resume = json.loads(json.dumps(RESUME)) | {
        "skills": [
            {"name": "SEO", "keywords": ["Technical SEO", "Ahrefs"]},
            {"name": "Excel", "keywords": ["pivot tables"]},
        ]
    }
    loaded = read_cv(write(tmp_path, resume))
    assert [(s.name, s.group) for s in loaded.cv.skills] == [
        ("Technical SEO", "SEO"),
        ("Ahrefs", "SEO"),
        ("Excel", None),
        ("pivot tables", None),
    ]


def test_a_projects_keywords_are_data_its_bullets_tags_not_a_comment(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Grace Hopper"},
        "projects": [
            {
                "name": "tidy-loader",
                "highlights": ["Wrote the CSV parser.", "Cut load times 40%."],
                "keywords": ["Rust", " ", "Arrow"],
            },
            {"name": "stackless", "keywords": ["Go"]},  # no bullet to carry them: kept aside, as before
        ],
    }
    converted = JSONResume.model_validate(resume).to_data()
    role = next(r for r in converted.data["experience"] if r["role"] == "tidy-loader")
    assert [b["tags"] for b in role["bullets"]] == [["Rust", "Arrow"], ["Rust", "Arrow"]]
    assert [loc for loc, _ in converted.unplaced(JSONResume.model_validate(resume))] == [("projects", 1, "keywords", 0)]
