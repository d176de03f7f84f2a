"""Importing a JSON Resume: the same conversion as ``--cv resume.json``, with what it left out kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tailor.cv import CV, read_cv
from tailor.cv.importers import Draft, clean, import_cv
from tailor.cv.jsonresume import JSONResume, degree_name
from tailor.errors import CVError


def test_a_json_resume_becomes_a_draft_with_its_typos_and_left_out_projects_listed(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Grace Example", "label": "Data Engineer"},
        "work": [
            {"name": "Fleet Data Co", "position": "Engineer", "startDate": "2021-03", "highlights": ["Built it."]},
            {"name": "Quay Labs", "position": "Analyst", "startDate": "2016", "hightlights": ["Lost?"]},
        ],
        "projects": [{"description": "A CSV loader.", "highlights": ["Never guesses."]}],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert [e.employer for e in cv.experience] == ["Fleet Data Co", "Quay Labs"]
    assert [p.path for p in draft.source_problems] == ["work[1].hightlights", "projects[0]"]
    assert draft.leftovers[1:] == ["A CSV loader.", "Never guesses.", "work[1].hightlights[0]: Lost?"]


def test_a_website_that_is_also_a_profile_is_imported_once_as_the_website(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {
            "name": "Tomas Example",
            "url": "https://www.linkedin.com/in/tomas-example",
            "profiles": [
                {"network": "LinkedIn", "username": "tomas-example", "url": "https://linkedin.com/in/tomas-example/"},
                {"network": "GitHub", "username": "tomasx", "url": "https://github.com/tomasx"},
            ],
        },
        "work": [{"name": "Fleet Data Co", "position": "Engineer", "startDate": "2021-03"}],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    contact = CV.model_validate(clean(import_cv(path).data)).contact
    assert (contact.website, contact.profiles) == (
        "https://www.linkedin.com/in/tomas-example",
        ["https://github.com/tomasx"],
    )


def test_entries_left_out_of_any_section_are_kept_aside_and_an_undated_role_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Grace Example"},
        "work": [
            {"name": "Fleet Data Co", "position": "Engineer", "highlights": ["Built it.", ""]},
            {"name": "", "position": "", "highlights": [""]},
        ],
        "education": [{"studyType": "BSc", "area": "Statistics"}],
        "projects": [{"description": "A CSV loader."}],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)

    left_out = ["work[0].highlights[1]", "work[1]", "projects[0]", "education[0]"]
    assert [p.path for p in draft.source_problems] == left_out
    assert draft.leftovers == [
        "projects[0] (a project needs its 'name' or 'roles' (your part in it)):",
        "A CSV loader.",
        "education[0] (an entry without its 'institution'):",
        "Statistics",
        "BSc",
    ]
    assert [(n.loc, n.message) for n in draft.notes] == [
        (("experience", 0), "no start date in the source: add it if you know it")
    ]
    assert CV.model_validate(clean(draft.data)).experience[0].start is None


def test_a_project_with_only_a_name_is_a_role_of_that_title_with_every_highlight(tmp_path: Path) -> None:
    # The schema's own example writes projects this way: a name, a description, highlights; no roles, no entity.
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Ines Example"},
        "work": [{"name": "Harbour School", "position": "Teacher", "startDate": "2018-09", "highlights": ["Taught."]}],
        "projects": [
            {
                "name": "Open Course: Tide Pools",
                "startDate": "2023-01",
                "highlights": ["Packaged the lessons as SCORM for 300 learners.", "Captioned every video."],
            }
        ],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)

    cv = CV.model_validate(clean(draft.data))
    project = cv.experience[0]
    assert (project.role, project.employer) == ("Open Course: Tide Pools", None)
    assert [b.text for b in project.bullets] == [
        "Packaged the lessons as SCORM for 300 learners.",
        "Captioned every video.",
    ]
    assert not draft.source_problems and not any("Tide Pools" in line for line in draft.leftovers)
    (note,) = [n.message for n in draft.notes if n.loc == ("experience", 0)]
    assert "'name' its title" in note and "as its employer, if any" in note


def test_a_project_with_roles_keeps_its_name_as_its_employer_and_its_entity_aside(tmp_path: Path) -> None:
    # The name is what the project is known by: printed beside the roles ("Author and maintainer, tidewatch (Python
    # package)"), never a comment only; the entity, which no field then holds, is the comment.
    project = {
        "name": "tidewatch (Python package)",
        "roles": ["Author and maintainer"],
        "entity": "Personal",
        "startDate": "2021-03",
        "highlights": ["Released on PyPI."],
    }
    path, draft = _draft(tmp_path, {"basics": {"name": "Ines Example"}, "projects": [project]})
    (role,) = CV.model_validate(clean(draft.data)).experience
    assert (role.role, role.employer, role.section) == (
        "Author and maintainer",
        "tidewatch (Python package)",
        "Projects",
    )
    assert draft.leftovers == ["projects[0].entity: Personal"]
    (note,) = [n.message for n in draft.notes if n.loc == ("experience", 0)]
    assert "'name' its employer" in note and "'entity' ('Personal')" in note
    # `--cv resume.json` reads it alike, and a mistake in its employer is the project's name's.
    assert read_cv(path).cv.experience[0].employer == "tidewatch (Python package)"
    converted = JSONResume.model_validate(json.loads(path.read_text(encoding="utf-8"))).to_data()
    assert converted.source(("experience", 0, "employer")) == ("projects", 0, "name")
    assert converted.source(("experience", 0, "role")) == ("projects", 0, "roles")


MARKETER = {
    "basics": {"name": "Noor Example", "label": "Content Marketer"},
    "work": [
        {
            "name": "Fernleaf Studio",
            "position": "Content Marketer",
            "startDate": "2024-02",
            "url": "https://fernleaf.example.com",
            "summary": "Small studio making videos for bakeries.",
            "highlights": ["Doubled newsletter opens in a year."],
        },
        {"name": "Tidewater Books", "position": "Intern", "startDate": "2022-06", "endDate": "2022-08"},
    ],
    "volunteer": [
        {
            "organization": "Harbour Food Bank",
            "position": "Social Media Volunteer",
            "startDate": "2021-09",
            "summary": "Posts for the winter appeal.",
            "highlights": ["Wrote the appeal's posts in two languages."],
        }
    ],
    "projects": [
        {
            "name": "Library Zine Relaunch",
            "description": "Relaunched the town library's zine with three classmates.",
            "highlights": ["Print run grew from 50 to 400."],
            "roles": ["Editor"],
            "startDate": "2023-01",
            "endDate": "2023-04",
            "keywords": ["Print"],
        }
    ],
    "education": [{"institution": "Example College", "studyType": "Bachelor of Arts", "area": "Journalism"}],
    "awards": [{"title": "Student Editor Prize", "awarder": "Example College", "summary": "For the zine."}],
    "certificates": [{"name": "Email Basics", "issuer": "Mailco", "url": "https://mailco.example/cert/42"}],
    "skills": [
        {"name": "Writing", "level": "Advanced", "keywords": ["Copywriting", "Editing"]},
        {"name": "Video"},
    ],
    "interests": [{"name": "Zines", "keywords": ["Risograph"]}],
    "references": [{"name": "Sam Other", "reference": "Noor ships on time."}],
}


def _draft(tmp_path: Path, resume: dict) -> tuple[Path, Draft]:
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    return path, import_cv(path)


def test_every_text_the_cv_has_no_field_for_is_kept_aside_under_its_json_resume_name(tmp_path: Path) -> None:
    _, draft = _draft(tmp_path, MARKETER)
    assert draft.leftovers == [
        "work[0].url: https://fernleaf.example.com",
        "work[0].summary: Small studio making videos for bakeries.",
        "volunteer[0].summary: Posts for the winter appeal.",
        "awards[0].summary: For the zine.",
        "certificates[0].url: https://mailco.example/cert/42",
        "skills[0].level: Advanced",
        "interests[0].keywords[0]: Risograph",
        "references[0].name: Sam Other",
        "references[0].reference: Noor ships on time.",
    ]  # a project's keywords are data: its bullets' tags
    # What has a field is placed, not kept aside: a skill without keywords is a skill, one with keywords their
    # group, its name printed before them.
    assert draft.data["skills"] == [
        {"name": "Copywriting", "group": "Writing"},
        {"name": "Editing", "group": "Writing"},
        "Video",
    ]


def test_the_text_of_a_key_the_schema_does_not_define_is_kept_aside_never_lost(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Ada Example", "pronouns": "she/her"},
        "work": [{"name": "Kiln Works", "position": "Potter", "startDate": "2020", "duties": ["Fired the kiln."]}],
        "volunteer": [{"company": "Clay Club", "position": "Tutor", "location": "Leeds", "highlights": ["Taught."]}],
        "hobbies": ["Wheel throwing"],
    }
    _, draft = _draft(tmp_path, resume)
    assert draft.leftovers == [
        "basics.pronouns: she/her",
        "work[0].duties[0]: Fired the kiln.",
        "volunteer[0].company: Clay Club",
        "volunteer[0].location: Leeds",
        "hobbies[0]: Wheel throwing",
    ]


def test_projects_and_volunteering_are_roles_newest_first_in_sections_of_their_own_as_read_as_a_cv(
    tmp_path: Path,
) -> None:
    path, draft = _draft(tmp_path, MARKETER)
    cv = CV.model_validate(clean(draft.data))
    roles = [(e.employer, e.role, e.section, [b.text for b in e.bullets]) for e in cv.experience]
    assert roles == [
        ("Fernleaf Studio", "Content Marketer", None, ["Doubled newsletter opens in a year."]),
        (
            "Library Zine Relaunch",
            "Editor",
            "Projects",
            ["Relaunched the town library's zine with three classmates.", "Print run grew from 50 to 400."],
        ),
        ("Tidewater Books", "Intern", None, []),
        (
            "Harbour Food Bank",
            "Social Media Volunteer",
            "Volunteer Experience",
            ["Wrote the appeal's posts in two languages."],
        ),
    ]
    notes = {n.loc: n.message for n in draft.notes}
    assert "from 'projects'" in notes[("experience", 1)] and "'name' its employer" in notes[("experience", 1)]
    assert "'description', as its first bullet" in notes[("experience", 1, "bullets", 0)]
    assert ("experience", 3) not in notes  # a volunteer role prints under its own heading: nothing to check
    # `--cv resume.json` reads the same roles in the same order.
    read = read_cv(path).cv.experience
    assert [(e.employer, e.role, e.section, [b.text for b in e.bullets]) for e in read] == roles


def test_a_merge_keeps_each_sections_own_order_and_an_undated_role_beside_its_neighbour(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Noor Example"},
        "work": [
            {"name": "Older First", "position": "Clerk", "startDate": "2015"},
            {"name": "Newer Second", "position": "Lead", "startDate": "2020"},
            {"name": "No Date", "position": "Helper"},
        ],
        "volunteer": [{"organization": "Club", "position": "Mentor", "startDate": "2018"}],
    }
    _, draft = _draft(tmp_path, resume)
    assert [e["employer"] for e in draft.data["experience"]] == ["Club", "Older First", "Newer Second", "No Date"]


@pytest.mark.parametrize(
    ("kind", "area", "degree"),
    [
        ("Bachelor of Arts", "Communication and Media", "Bachelor of Arts, Communication and Media"),
        ("Master of Science in", "Economics", "Master of Science in Economics"),
        ("Doctor of", "Philosophy", "Doctor of Philosophy"),
        ("BSc", None, "BSc"),
        (None, "History", "History"),
        # A kind that already names its field, or a field that names its kind, is said once.
        ("Bachelor of Science in Nursing", "Nursing", "Bachelor of Science in Nursing"),
        ("BSc Computer Science", "computer science", "BSc Computer Science"),
        ("Bachelor of Music", "Bachelor of Music in Jazz Performance", "Bachelor of Music in Jazz Performance"),
        ("Bachelor of Arts", "Art History", "Bachelor of Arts, Art History"),
    ],
)
def test_a_degree_joins_its_kind_and_field_without_a_word_of_tailors(
    tmp_path: Path, kind: str | None, area: str | None, degree: str
) -> None:
    assert degree_name(kind, area) == degree
    resume = {"basics": {"name": "Noor Example"}, "education": [{"institution": "Example College"}]}
    resume["education"][0].update({k: v for k, v in (("studyType", kind), ("area", area)) if v})
    path, draft = _draft(tmp_path, resume)
    assert draft.data["education"][0]["degree"] == degree == read_cv(path).cv.education[0].degree


def test_every_word_of_a_json_resume_draft_is_the_sources(tmp_path: Path) -> None:
    path, draft = _draft(tmp_path, MARKETER)
    source = path.read_text(encoding="utf-8")
    data = clean(draft.data)

    def texts(value: object, key: str = "") -> list[str]:
        if isinstance(value, dict):
            return [t for k, v in value.items() if k != "id" for t in texts(v, k)]
        if isinstance(value, list):
            return [t for v in value for t in texts(v, key)]
        return [] if key == "section" else [str(value)]  # a section's name is JSON Resume's, not its text

    for text in texts(data) + draft.leftovers:
        words = text.split(": ", 1)[1] if text in draft.leftovers else text
        assert all(word.strip(",") in source for word in words.split()), text


def test_a_publications_month_is_kept_aside_where_the_cv_prints_its_year(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Oren Vale"},
        "publications": [
            {"name": "Quiet Alerts", "publisher": "BSides Harbour", "releaseDate": "2023-09"},
            {"name": "Loud Logs", "publisher": "LogCon", "releaseDate": "2021"},
        ],
    }
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert [p.year for p in cv.publications] == ["2023", "2021"]
    assert "publications[0].releaseDate: 2023-09" in draft.leftovers
    assert not any("publications[1]" in line for line in draft.leftovers)


def test_a_roles_place_written_as_an_object_like_the_basics_one_reads_as_the_basics_one_does(tmp_path: Path) -> None:
    # The schema gives a job's location as one text and the basics' as an object; a résumé site that writes both
    # as objects means the same place, so it reads as the basics' does: city, region, country code.
    resume = {
        "basics": {"name": "Ada Example", "location": {"city": "Portland", "region": "OR"}},
        "work": [
            {
                "name": "Quillmark Apps",
                "position": "iOS Developer",
                "location": {"city": "Seattle", "region": "WA", "address": "400 Pine St"},
                "startDate": "2020-01",
                "highlights": ["Shipped the app."],
            },
            {"name": "Tern Labs", "position": "Intern", "location": "Remote", "startDate": "2019-06"},
        ],
    }
    _, draft = _draft(tmp_path, resume)
    cv = CV.model_validate(clean(draft.data))
    assert [e.location for e in cv.experience] == ["Seattle, WA", "Remote"]
    assert draft.leftovers == ["work[0].location.address: 400 Pine St"]  # no word lost


def test_an_object_where_a_text_goes_is_told_as_json_writes_it_not_as_yaml_misreads_it(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Ada Example"},
        "work": [
            {"name": "Quillmark Apps", "position": {"title": "iOS Developer", "level": "II"}, "startDate": "2020"}
        ],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")
    with pytest.raises(CVError) as raised:
        import_cv(path)
    (problem,) = raised.value.problems
    assert problem.path == "work[0].position"
    assert "is an entry with the keys title, level: write it as one text" in problem.message
    assert "YAML" not in problem.message and "quotes" not in problem.message
