"""Specifications for tailor.export: what every export holds, and the shapes it writes dates and links in."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tailor.cv import CV, load_cv
from tailor.export import FORMATS, everything, export
from tailor.export.tailored import iso, qualified, web
from tailor.outputs import SIBLINGS
from tests.conftest import LETTER_CV


@pytest.mark.parametrize(
    ("written", "shape"),
    [("Mar 2021", "2021-03"), ("2021-03-01", "2021-03-01"), ("2019", "2019"), ("03/2021", "2021-03"),
     ("present", None), ("Summer 2015", None), (None, None)],
)  # fmt: skip
def test_dates_are_iso_as_precise_as_written(written: str | None, shape: str | None) -> None:
    assert iso(written) == shape


def test_links_get_a_scheme_and_bullets_keep_their_qualifier() -> None:
    assert web("example.org") == "https://example.org" and web("http://a.example") == "http://a.example"
    assert qualified("Taught MPI.", "As postdoc") == "As postdoc: Taught MPI." and qualified("x", "") == "x"


def test_every_format_is_an_output_beside_the_resume_and_holds_no_letter() -> None:
    assert set(FORMATS) <= set(SIBLINGS)
    cv = load_cv(LETTER_CV)
    for kind in FORMATS:
        text = export(kind, everything(cv)).data.decode("utf-8")
        assert "Fjord AI" in text and "hiring team" not in text  # the letter is not part of the CV's exports


def test_a_role_without_its_employer_or_its_title_exports_what_the_cv_gives_in_every_format() -> None:
    bullet = [{"id": "b", "text": "Photographed weddings."}]
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "experience": [
                {"id": "own", "role": "Freelance Photographer", "bullets": bullet},
                {"id": "studio", "employer": "Harbour Studio", "bullets": [{"id": "c", "text": "Ran the darkroom."}]},
            ],
        }
    )
    markdown = export("markdown", everything(cv)).data.decode("utf-8")
    assert "### Freelance Photographer\n" in markdown and "### Harbour Studio\n" in markdown
    work = json.loads(export("json-resume", everything(cv)).data)["work"]
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Freelance Photographer", None),
        (None, "Harbour Studio"),
    ]
    rendercv = export("rendercv", everything(cv))
    roles = YAML(typ="safe").load(rendercv.data.decode("utf-8"))["cv"]["sections"]["experience"]
    assert [r["name"] for r in roles] == ["Freelance Photographer", "Harbour Studio"]  # RenderCV's NormalEntry
    assert any("NormalEntry" in note for note in rendercv.notes)


def test_roles_of_a_section_of_their_own_export_under_it_in_every_format() -> None:
    def role(n: int, employer: str, title: str, section: str | None = None) -> dict[str, object]:
        bullets = [{"id": f"r{n}-1", "text": f"Did thing {n}."}]
        return {"id": f"r{n}", "employer": employer, "role": title, **({"section": section} if section else {}),
                "start": "2020", "bullets": bullets}  # fmt: skip

    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "experience": [
                role(0, "Food Bank", "Driver", "Volunteer Experience"),
                role(1, "Acme", "Engineer"),
                role(2, "Arts Council", "Treasurer", "Board Service"),
                role(3, "Zine", "Editor", "Projects"),
            ],
        }
    )
    markdown = export("markdown", everything(cv)).data.decode("utf-8")
    headings = [line for line in markdown.splitlines() if line.startswith(("## ", "### "))]
    assert headings == [
        "## Experience",
        "### Engineer, Acme",
        "## Volunteer Experience",
        "### Driver, Food Bank",
        "## Board Service",
        "### Treasurer, Arts Council",
        "## Projects",
        "### Editor, Zine",
    ]
    json_resume = export("json-resume", everything(cv))
    document = json.loads(json_resume.data)
    assert [w["name"] for w in document["work"]] == ["Acme", "Arts Council"]  # JSON Resume has no board service
    assert [(v["organization"], v["position"]) for v in document["volunteer"]] == [("Food Bank", "Driver")]
    assert [(p["name"], p["roles"]) for p in document["projects"]] == [("Zine", ["Editor"])]
    assert json_resume.notes == ["JSON Resume has no section 'Board Service': its roles are under work."]
    sections = YAML(typ="safe").load(export("rendercv", everything(cv)).data.decode("utf-8"))["cv"]["sections"]
    roles = {title: [e["company"] for e in entries] for title, entries in sections.items() if title != "skills"}
    assert roles == {
        "experience": ["Acme"],
        "Volunteer Experience": ["Food Bank"],
        "Board Service": ["Arts Council"],
        "Projects": ["Zine"],
    }


def test_a_json_resume_of_volunteering_and_projects_reads_back_with_the_same_sections(tmp_path: Path) -> None:
    from tailor.cv.load import read_cv

    source = tmp_path / "cv.resume.json"
    source.write_text(
        json.dumps(
            {
                "basics": {"name": "Ada"},
                "work": [{"name": "Acme", "position": "Engineer", "startDate": "2021"}],
                "volunteer": [{"organization": "Food Bank", "position": "Driver", "startDate": "2019"}],
                "projects": [{"name": "Zine", "roles": ["Editor"], "startDate": "2018", "highlights": ["Edited it."]}],
            }
        ),
        encoding="utf-8",
    )
    cv = read_cv(source).cv
    back = tmp_path / "back.resume.json"
    back.write_bytes(export("json-resume", everything(cv)).data)
    again = read_cv(back).cv
    assert again == cv
    assert [(e.employer, e.section) for e in again.experience] == [
        ("Acme", None),
        ("Food Bank", "Volunteer Experience"),
        ("Zine", "Projects"),
    ]


def test_talks_export_under_their_own_heading_where_the_format_has_one_and_are_said_where_not() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ada"},
            "publications": [
                {"id": "paper", "year": "2021", "title": "A Paper"},
                {"id": "talk", "year": "2024", "title": "A Talk", "venue": "Some Meeting", "section": "Talks"},
            ],
        }
    )
    markdown = export("markdown", everything(cv)).data.decode("utf-8")
    assert "## Publications\n\n- **2021** — A Paper\n\n## Talks\n\n- **2024** — A Talk, *Some Meeting*\n" in markdown
    json_resume = export("json-resume", everything(cv))
    assert [p["name"] for p in json.loads(json_resume.data)["publications"]] == ["A Paper", "A Talk"]
    assert "JSON Resume has no section 'Talks': its entries are under publications." in json_resume.notes
    sections = YAML(typ="safe").load(export("rendercv", everything(cv)).data.decode("utf-8"))["cv"]["sections"]
    assert [p["name"] for p in sections["publications"]] == ["A Paper"]
    assert [p["name"] for p in sections["Talks"]] == ["A Talk"]


def test_when_a_certificate_expires_goes_where_each_format_has_room_and_is_said_where_none_has() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ana Silva"},
            "certificates": [
                {"name": "ACLS", "issuer": "American Heart Association", "date": "2024-06", "expires": "2026-06"}
            ],
        }
    )
    markdown = export("markdown", everything(cv)).data.decode("utf-8")
    assert "- **ACLS**, American Heart Association (valid through Jun 2026) — Jun 2024\n" in markdown
    rendercv = YAML(typ="safe").load(export("rendercv", everything(cv)).data.decode("utf-8"))
    assert rendercv["cv"]["sections"]["certificates"][0]["highlights"] == ["Valid through Jun 2026"]
    json_resume = export("json-resume", everything(cv))
    assert json.loads(json_resume.data)["certificates"] == [
        {"name": "ACLS", "issuer": "American Heart Association", "date": "2024-06"}
    ]
    assert json_resume.notes == ["JSON Resume has no place for when your certificates expire: left out."]


def test_every_format_leaves_out_the_certificates_awards_and_interests_the_resume_left_out_to_fit_its_pages() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ana Silva"},
            "interests": ["Open-water swimming"],
            "certificates": [{"name": "Basic Life Support (BLS)"}, {"name": "Phlebotomy Technician"}],
            "awards": [{"name": "DAISY Award for Extraordinary Nurses", "date": "2022"}],
        }
    )
    whole = everything(cv)
    left_out = frozenset({"certificate:2", "award:1"})
    fitted = replace(whole, selection=replace(whole.selection, interests=False, credentials_left_out=left_out))
    for kind in FORMATS:
        text = export(kind, fitted).data.decode("utf-8")
        assert "Basic Life Support (BLS)" in text, kind
        assert not [word for word in ("Phlebotomy", "DAISY", "swimming") if word in text], kind
        assert "Phlebotomy" in export(kind, whole).data.decode("utf-8")
