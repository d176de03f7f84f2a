"""Specifications for tailor.documents.render: the template context, the .docx it renders, and safe writing."""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest

from tailor import files as tailor_files
from tailor.cv import CV
from tailor.cv.markup import plain
from tailor.documents import expected
from tailor.documents.check import check
from tailor.documents.render import CONTACT_SEPARATOR, build_context, render_docx, write_output, write_outputs
from tailor.documents.templates import Template, bundled, resolve
from tailor.errors import TailorError
from tailor.posting import Posting
from tailor.rank import rank
from tailor.select import SelectedRole, Selection, select
from tests.conftest import DATA, needs

TODAY = datetime.date(2025, 3, 14)
NB = "\u00a0"  # a space a line does not break at
DASH = f"{NB}\u2013{NB}"  # between two dates, which print unbroken
"""The en dash between the ends of a date range."""
STRANGE = 'R&D <AI> "quotes" {{ not_a_var }} 🚀 Zürich 東京'
"""Text that breaks naive rendering: XML specials, jinja-looking braces, emoji, CJK."""


# ---------------------------------------------------------------------- helpers


@pytest.fixture
def cv(bundled_cv: CV) -> CV:
    """The real CV in cv_data/cv.yaml."""
    return bundled_cv


def few_bullets_each(cv: CV) -> Selection:
    """Up to two bullets per role, the most recent role's in reverse CV order,
    so that the rendered order can only come from the selection."""
    roles = []
    for position, entry in enumerate(cv.experience):
        chosen = list(entry.bullets[:2])
        if position == 0:
            chosen.reverse()
        roles.append(SelectedRole(entry, chosen))
    return Selection(roles=roles, publications=list(cv.publications[:3]), skills=cv.skill_names[:4], choices=[])


def minimal_cv(**changes: Any) -> CV:
    """A one-role CV; ``changes`` update the top level of its data."""
    data: dict[str, Any] = {
        "contact": {"name": "Ada Example", "email": "ada@example.org"},
        "experience": [
            {
                "id": "acme",
                "employer": "Acme",
                "role": "Engineer",
                "start": "2020",
                "bullets": [{"id": "acme-one", "text": "Built things."}],
            }
        ],
    }
    data.update(changes)
    return CV.model_validate(data)


def select_everything(cv: CV) -> Selection:
    roles = [SelectedRole(entry, list(entry.bullets)) for entry in cv.experience]
    return Selection(roles=roles, publications=list(cv.publications), skills=cv.skill_names, choices=[])


def render_cv(cv: CV, selection: Selection, template: Path | None = None) -> bytes:
    return render_docx(template or resolve(None).path, build_context(cv, selection, TODAY), title="A title")


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_text(data: bytes) -> str:
    return "\n".join(p.text for p in open_docx(data).paragraphs)


def zip_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


# ------------------------------------------------------------------ build_context


def test_context_copies_values_verbatim_and_turns_missing_ones_into_empty_strings() -> None:
    cv = minimal_cv(languages=[{"name": "English", "fluency": "native"}, {"name": "Latin"}])
    context = build_context(cv, select_everything(cv), TODAY)

    assert context["name"] == "Ada Example"
    assert context["headline"] == context["summary"] == ""
    assert context["contact"]["phone"] == ""
    assert context["contact_line"] == "ada@example.org"
    assert context["experience"][0]["end"] == ""
    assert context["experience"][0]["dates"] == f"2020{DASH}Present"
    assert context["present"] == "Present"
    (item,) = context["experience"][0]["bullet_items"]
    assert {k: v for k, v in item.items() if k != "rich"} == {
        "id": "acme-one",
        "text": "Built things.",
        "qualifier": "",
        "role": "",
    }
    assert [(g["qualifier"], g["bullets"]) for g in context["experience"][0]["groups"]] == [("", [item])]
    assert context["languages_line"] == "English (native), Latin"
    assert context["today"] == "2025-03-14"


def test_a_languages_own_name_in_brackets_takes_its_fluency_inside_them() -> None:
    # "Greek (Ελληνικά)" with fluency "native" printed "Greek (Ελληνικά) (native)"; the résumé had "Greek (Ελληνικά,
    # native)", as `init` reads it (the language's own name with its name, the level its fluency).
    cv = minimal_cv(languages=[{"name": "Greek (Ελληνικά)", "fluency": "native"}, {"name": "Hindi (हिन्दी)"}])
    context = build_context(cv, select_everything(cv), TODAY)
    assert context["languages_line"] == "Greek (Ελληνικά, native), Hindi (हिन्दी)"


def test_the_contact_line_prints_an_address_the_cv_gives_twice_once() -> None:
    contact = {
        "name": "Ada Example",
        "email": "ada@example.org",
        "website": "https://www.linkedin.com/in/ada-example",
        "profiles": ["linkedin.com/in/ada-example/", "https://github.com/ada"],
    }
    cv = minimal_cv(contact=contact)
    parts = build_context(cv, select_everything(cv), TODAY)["contact_line"].split(CONTACT_SEPARATOR)
    assert parts == ["ada@example.org", "https://www.linkedin.com/in/ada-example", "https://github.com/ada"]


def test_context_follows_the_selection_not_the_cv(cv: CV) -> None:
    selection = few_bullets_each(cv)
    context = build_context(cv, selection, TODAY)

    assert [r["employer"] for r in context["experience"]] == [r.entry.employer for r in selection.roles]
    assert context["experience"][0]["bullets"] == [b.plain for b in selection.roles[0].printed]
    assert context["experience"][0]["dates"] == f"Sep{NB}2019{DASH}Present"
    assert [p["title"] for p in context["publications"]] == [p.title for p in selection.publications]
    assert context["skills_line"] == ", ".join(selection.skills)
    assert context["contact_line"] == (
        f"brunomaga@gmail.com{NB}{NB}·  +41{NB}77{NB}487{NB}89{NB}92{NB}{NB}·  https://brunomaga.github.io{NB}{NB}·  "
        f"brunomaga{NB}{NB}·  Lausanne,{NB}Switzerland"
    )


def test_interests_a_page_fit_left_out_are_no_part_of_the_context(cv: CV) -> None:
    with_interests = cv.model_copy(update={"interests": ["Fell walking", "choral singing"]})
    selection = few_bullets_each(with_interests)
    shown = build_context(with_interests, selection, TODAY)
    assert shown["interests"] == ["Fell walking", "choral singing"] and shown["interests_line"]
    left_out = build_context(with_interests, replace(selection, interests=False), TODAY)
    assert left_out["interests"] == [] and left_out["interests_line"] == ""


def test_certificates_and_awards_a_page_fit_left_out_are_no_part_of_the_context(cv: CV) -> None:
    credentials = {
        "certificates": [{"name": "Radiation Safety Training"}, {"name": "Laboratory Animal Handling"}],
        "awards": [{"name": "Graduate Research Fellowship", "date": "2016"}],
    }
    scientist = CV.model_validate({**cv.model_dump(exclude_none=True), **credentials})
    selection = replace(few_bullets_each(scientist), credentials_left_out=frozenset({"certificate:1", "award:1"}))
    context = build_context(scientist, selection, TODAY)
    assert [c["name"] for c in context["certificates"]] == ["Laboratory Animal Handling"]
    assert context["awards"] == []


def test_a_degree_whose_grade_and_details_a_page_fit_left_out_prints_its_line_alone() -> None:
    cv = CV.model_validate(
        {
            "contact": {"name": "Ines Duarte"},
            "education": [
                {"degree": "MSc Clinical Research", "institution": "Rush University", "end": "2019", "grade": "3.9"},
                {"degree": "BSc Biology", "institution": "UIUC", "end": "2012", "details": ["Biostatistics"]},
            ],
        }
    )
    selection = replace(select_everything(cv), education_details_left_out=frozenset({"education:2"}))
    shown = build_context(cv, selection, TODAY)["education"]
    assert [(e["degree"], e["grade"], e["details"]) for e in shown] == [
        ("MSc Clinical Research", "3.9", []),
        ("BSc Biology", "", []),
    ]
    assert shown[1]["institution"] == "UIUC" and shown[1]["dates"] == "2012"


def test_dates_print_unbroken_so_a_long_entry_line_moves_them_whole_to_the_next_line() -> None:
    # "…The Ohio State University College of Nursing  2023 –" then "2025" on a line of its own.
    cv = minimal_cv(
        education=[{"degree": "MSN", "institution": "U", "start": "Aug 2023", "end": "May 2025"}],
    )
    context = build_context(cv, select_everything(cv), TODAY)
    for entry in [*context["education"], *context["experience"]]:
        assert entry["dates"] and " " not in entry["dates"] + entry["start"] + entry["end"]
    assert context["education"][0]["dates"] == f"Aug{NB}2023{DASH}May{NB}2025"


def test_a_short_place_prints_unbroken_a_long_one_as_text() -> None:
    # "Salk Institute (Advisor: Dr. Daniel Fenwick) · La Jolla," then "CA" on a line of its own.
    long = "Remote, anywhere within the United States or Canada"
    cv = minimal_cv(
        experience=[
            {"id": "salk", "employer": "Salk Institute", "location": "La Jolla, CA", "start": "2019", "bullets": []},
            {"id": "far", "employer": "Far Labs", "location": long, "start": "2015", "end": "2019", "bullets": []},
        ],
        education=[{"degree": "PhD", "institution": "UC San Diego", "location": "San Diego, CA", "end": "2019"}],
    )
    context = build_context(cv, select_everything(cv), TODAY)
    assert [r["location"] for r in context["experience"]] == [f"La{NB}Jolla,{NB}CA", long]
    assert context["education"][0]["location"] == f"San{NB}Diego,{NB}CA"


def test_certificate_and_award_dates_print_unbroken_as_a_roles_do() -> None:
    # "IS-200.C: Basic Incident Command System for Initial Response, … Institute  Feb" then "2019" on its own line.
    cv = minimal_cv(
        certificates=[{"name": "Wilderness First Responder", "issuer": "Trailhead School", "date": "Feb 2019"}],
        awards=[{"name": "Volunteer of the Year", "date": "2021-06"}],
    )
    context = build_context(cv, select_everything(cv), TODAY)
    assert context["certificates"][0]["date"] == f"Feb{NB}2019"
    assert context["awards"][0]["date"] == f"Jun{NB}2021"


def test_education_dates_cover_open_and_unknown_spans() -> None:
    cv = minimal_cv(
        education=[
            {"degree": "BSc", "institution": "U", "start": "2001", "end": "2004"},
            {"degree": "MSc", "institution": "U", "start": "2005"},
            {"degree": "Cert", "institution": "U", "end": "2006"},
            {"degree": "Course", "institution": "U"},
        ]
    )
    dates = [e["dates"] for e in build_context(cv, select_everything(cv), TODAY)["education"]]
    assert dates == [f"2001{DASH}2004", f"2005{DASH}Present", "2006", ""]


# ------------------------------------------------------------------ render_docx


def test_real_cv_renders_name_contact_roles_and_exactly_the_selected_bullets_in_order(cv: CV) -> None:
    selection = few_bullets_each(cv)
    data = render_cv(cv, selection)
    text = body_text(data)

    assert cv.contact.name in text
    assert build_context(cv, selection, TODAY)["contact_line"] in text
    for role in selection.roles:
        dates = f"{role.entry.start}{DASH}{role.entry.end.replace('present', 'Present')}".replace(" ", NB)
        assert f"{role.entry.role}, {role.entry.employer}\t{dates}" in text
    bullet_paragraphs = [p.text for p in open_docx(data).paragraphs if p.style.name == "List Bullet"]
    selected = [b.plain for r in selection.roles for b in r.printed]
    details = [plain(d) for e in cv.education for d in e.details]
    assert bullet_paragraphs == selected + details
    left_out = [b.plain for _, b in cv.bullets() if b.plain not in selected]
    assert left_out, "the selection should leave some bullets out"
    for bullet in left_out:
        assert bullet not in text


def test_xml_special_characters_emoji_and_braces_survive_unchanged() -> None:
    cv = minimal_cv(
        experience=[
            {
                "id": "rnd",
                "employer": "Smith & Sons",
                "role": "R&D lead",
                "start": "2020",
                "end": "2021",
                "bullets": [{"id": "odd", "text": STRANGE}],
            }
        ]
    )
    text = body_text(render_cv(cv, select_everything(cv)))

    assert STRANGE in text
    assert f"R&D lead, Smith & Sons\t2020{DASH}2021" in text


def test_characters_a_page_cannot_show_are_printed_as_the_check_expects_them() -> None:
    # A form feed became a page break and a second bullet, a vertical tab nothing: "bullet missing".
    text = "Built\va\fdistributed\x1fsimulator in C++\u202e with MPI\ud800."
    cv = minimal_cv(headline="Research\x0bEngineer")
    entry = cv.experience[0]
    bullet = entry.bullets[0].model_copy(update={"text": text})  # as written, past the model's own rule
    selection = Selection(roles=[SelectedRole(entry, [bullet])], publications=[], skills=[], choices=[])
    data = render_cv(cv, selection)

    bullets = [p.text for p in open_docx(data).paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Built a distributed simulator in C++ with MPI."]
    assert b'w:type="page"' not in zip_member(data, "word/document.xml")
    assert check(data, expected(cv, selection)).ok


def emphasised_cv() -> CV:
    return minimal_cv(
        summary="Builds *reliable* things.",
        experience=[
            {
                "id": "uni",
                "employer": "University",
                "role": "Lecturer",
                "start": "2020",
                "bullets": [
                    {"id": "taught", "text": "Taught *Unsupervised learning* and **MPI** to 2*3*4 students."},
                    {"id": "odd", "text": f"*{STRANGE}* and **{STRANGE}**"},
                ],
            }
        ],
        education=[{"degree": "PhD", "institution": "U", "details": ["Thesis *On Things* awarded."]}],
    )


def runs_of(data: bytes, starting: str) -> list[tuple[str, str]]:
    """Each non-empty run of the first paragraph whose text starts with ``starting``, as (text, look):
    look is "" for roman, "i" for italic, "b" for bold."""
    paragraph = next(p for p in open_docx(data).paragraphs if p.text.startswith(starting))
    return [(r.text, ("b" if r.bold else "") + ("i" if r.italic else "")) for r in paragraph.runs if r.text]


def test_emphasis_renders_as_italic_and_bold_runs_holding_exactly_the_emphasised_words() -> None:
    cv = emphasised_cv()
    data = render_cv(cv, select_everything(cv))

    assert runs_of(data, "Taught") == [
        ("Taught ", ""),
        ("Unsupervised learning", "i"),
        (" and ", ""),
        ("MPI", "b"),
        (" to 2*3*4 students.", ""),
    ]
    assert runs_of(data, "Thesis") == [("Thesis ", ""), ("On Things", "i"), (" awarded.", "")]
    assert runs_of(data, "Builds") == [("Builds ", ""), ("reliable", "i"), (" things.", "")]


def test_emphasised_text_reads_back_as_its_plain_words_with_xml_specials_intact() -> None:
    cv = emphasised_cv()
    data = render_cv(cv, select_everything(cv))
    bullets = [p.text for p in open_docx(data).paragraphs if p.style.name == "List Bullet"]

    assert bullets == [b.plain for b in cv.experience[0].bullets] + ["Thesis On Things awarded."]
    assert bullets[1] == f"{STRANGE} and {STRANGE}"
    assert runs_of(data, STRANGE) == [(STRANGE, "i"), (" and ", ""), (STRANGE, "b")]


def test_a_link_in_a_bullet_prints_as_its_words_and_reads_back_so() -> None:
    text = "Followed Segment's <a href='https://segment.com/academy'>Object Action Framework</a> for *analytics*."
    cv = minimal_cv(
        experience=[{"id": "e", "employer": "E", "role": "R", "start": "2020", "bullets": [{"id": "b", "text": text}]}]
    )
    selection = select_everything(cv)
    data = render_cv(cv, selection)
    assert runs_of(data, "Followed") == [
        ("Followed Segment's ", ""),
        ("Object Action Framework", ""),
        (" for ", ""),
        ("analytics", "i"),
        (".", ""),
    ]
    assert b"href" not in zip_member(data, "word/document.xml")
    assert check(data, expected(cv, selection)).ok


def test_the_context_gives_plain_text_beside_the_runs_of_every_text_that_may_carry_emphasis() -> None:
    context = build_context(emphasised_cv(), select_everything(emphasised_cv()), TODAY)

    assert context["summary"] == "Builds reliable things."
    assert "<w:i/>" in str(context["summary_rich"])
    assert context["experience"][0]["bullets"][0] == "Taught Unsupervised learning and MPI to 2*3*4 students."
    assert context["experience"][0]["bullet_items"][0]["text"] == context["experience"][0]["bullets"][0]
    assert context["education"][0]["details"] == ["Thesis On Things awarded."]
    assert "<w:i/>" in str(context["education"][0]["details_rich"][0])


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_bullets_print_under_their_qualifier_the_groups_in_cv_order_best_first(template: Template) -> None:
    texts = {"phd": "Simulated neurons.", "teach": "Taught *MPI*.", "supervise": "Supervised PhD students."}
    texts |= {"review": "Reviewed papers."}
    postdoc = {"supervise", "review"}
    cv = minimal_cv(
        experience=[
            {
                "id": "epfl",
                "employer": "EPFL",
                "role": "PhD candidate » postdoc",
                "start": "2015",
                "bullets": [
                    {"id": i, "text": t, **({"role": "As postdoc"} if i in postdoc else {})} for i, t in texts.items()
                ],
            }
        ]
    )
    entry = cv.experience[0]
    kept = {b.id: b for b in entry.bullets}
    selection = Selection([SelectedRole(entry, [kept[i] for i in ("review", "teach", "supervise", "phd")])], [], [], [])
    document = open_docx(render_cv(cv, selection, template.path))

    assert [(p.style.name, p.text) for p in document.paragraphs if p.style.name in ("List Bullet", "CV Qualifier")] == [
        ("List Bullet", "Taught MPI."),
        ("List Bullet", "Simulated neurons."),
        ("CV Qualifier", "As postdoc:"),
        ("List Bullet", "Reviewed papers."),
        ("List Bullet", "Supervised PhD students."),
    ]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_role_line_names_what_the_cv_gives_with_no_comma_left_dangling(template: Template) -> None:
    def role(n: int, **named: str) -> dict[str, Any]:
        return {"id": f"r{n}", **named, "start": "2020", "bullets": [{"id": f"r{n}-1", "text": "Did things."}]}

    cv = minimal_cv(
        experience=[
            role(1, role="Freelance Photographer"),
            role(2, employer="Harbour Studio"),
            role(3, role="Assistant", employer="Quay Studio"),
        ]
    )
    document = open_docx(render_cv(cv, select_everything(cv), template.path))

    entries = [p for p in document.paragraphs if p.style.name == "CV Entry"]
    assert [p.text.split("\t")[0] for p in entries] == [
        "Freelance Photographer",
        "Harbour Studio",
        "Assistant, Quay Studio",
    ]
    # The head of the line is bold: the title, or the employer where there is no title.
    assert [" ".join(r.text for r in p.runs if r.bold) for p in entries] == [
        "Freelance Photographer",
        "Harbour Studio",
        "Assistant",
    ]


@pytest.mark.parametrize("template", [t.path for t in bundled()], ids=lambda p: p.stem)
def test_an_undated_publication_prints_without_a_year_or_a_dangling_dash(cv: CV, template: Path) -> None:
    dated, undated = cv.publications[0], cv.publications[0].model_copy(update={"year": None, "title": "Undated Notes"})
    selection = Selection(roles=[], publications=[dated, undated], skills=[], choices=[])
    document = open_docx(render_cv(cv, selection, template))

    printed = [p.text for p in document.paragraphs if p.style.name == "CV Publication"]
    assert printed[0].startswith(f"{dated.year} — {dated.title}")
    assert printed[1] == "Undated Notes" + (f", {dated.venue}" if dated.venue else "")


@pytest.mark.parametrize("template", [t.path for t in bundled()], ids=lambda p: p.stem)
def test_a_publications_date_prints_in_the_resumes_one_date_format_and_words_as_written(cv: CV, template: Path) -> None:
    # A talk's "October 2023" or "2023-10" beside roles' "Oct 2023" prints as they do; "in press" as written.
    talks = [
        cv.publications[0].model_copy(update={"year": year, "title": f"Talk {n}", "venue": None})
        for n, year in enumerate(["2023-10", "October 2023", "in press", "2021"])
    ]
    selection = Selection(roles=[], publications=talks, skills=[], choices=[])
    document = open_docx(render_cv(cv, selection, template))

    printed = sorted(p.text for p in document.paragraphs if p.style.name == "CV Publication")
    assert printed == ["2021 — Talk 3", "Oct 2023 — Talk 0", "Oct 2023 — Talk 1", "in press — Talk 2"]


def test_rendering_twice_gives_the_same_document(cv: CV) -> None:
    selection = few_bullets_each(cv)
    first, second = render_cv(cv, selection), render_cv(cv, selection)

    assert zip_member(first, "word/document.xml") == zip_member(second, "word/document.xml")
    assert zip_member(first, "docProps/core.xml") == zip_member(second, "docProps/core.xml")


def test_the_same_document_rendered_at_another_hour_has_the_same_bytes(cv: CV, monkeypatch: pytest.MonkeyPatch) -> None:
    selection = few_bullets_each(cv)
    first = render_cv(cv, selection)
    monkeypatch.setattr(zipfile.time, "time", lambda: 2_000_000_000.0)  # python-docx stamps parts with the clock
    later = render_cv(cv, selection)

    assert later == first
    with zipfile.ZipFile(io.BytesIO(later)) as package:
        assert {entry.date_time for entry in package.infolist()} == {(2025, 3, 14, 0, 0, 0)}


def test_sections_use_word_heading_and_list_bullet_styles_and_no_tables(cv: CV) -> None:
    document = open_docx(render_cv(cv, select_everything(cv)))

    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Experience", "Education", "Publications", "Skills", "Languages", "Interests"]
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == len(cv.bullets()) + sum(len(e.details) for e in cv.education)
    assert document.tables == []
    assert b"txbxContent" not in zip_member(render_cv(cv, select_everything(cv)), "word/document.xml")


def test_empty_sections_disappear_and_a_summary_brings_a_profile_section() -> None:
    bare = minimal_cv()
    with_summary = minimal_cv(summary="Builds reliable things.")

    def headings(cv: CV) -> list[str]:
        document = open_docx(render_cv(cv, select_everything(cv)))
        return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]

    assert headings(bare) == ["Experience"]
    assert headings(with_summary) == ["Profile", "Experience"]
    assert "Builds reliable things." in body_text(render_cv(with_summary, select_everything(with_summary)))
    # No tag survives rendering, and no empty paragraph stands in for a removed section.
    paragraphs = [p.text for p in open_docx(render_cv(bare, select_everything(bare))).paragraphs]
    assert all(text.strip() for text in paragraphs)
    assert not any("{" in text for text in paragraphs)


def test_metadata_names_the_cv_owner_and_nothing_of_the_tooling(cv: CV) -> None:
    data = render_cv(cv, few_bullets_each(cv))
    props = open_docx(data).core_properties

    assert props.author == props.last_modified_by == cv.contact.name
    assert props.title == "A title"
    assert props.created == props.modified == datetime.datetime(2025, 3, 14, tzinfo=datetime.UTC)
    assert props.comments == props.keywords == props.subject == props.category == ""
    assert b"python-docx" not in zip_member(data, "docProps/core.xml")


def test_template_with_an_unknown_variable_is_a_user_error_naming_it(tmp_path: Path, cv: CV) -> None:
    template = tmp_path / "mine.docx"
    document = docx.Document()
    document.add_paragraph("{{ name }} works at {{ not_provided }}")
    document.save(template)

    with pytest.raises(TailorError, match="not_provided") as raised:
        render_cv(cv, few_bullets_each(cv), template)
    assert str(template) in str(raised.value)
    assert "templates/README.md" in str(raised.value)


def test_template_with_a_malformed_tag_is_a_user_error(tmp_path: Path, cv: CV) -> None:
    template = tmp_path / "broken.docx"
    document = docx.Document()
    document.add_paragraph("{% if name %}unclosed")
    document.save(template)

    with pytest.raises(TailorError, match=r"broken\.docx"):
        render_cv(cv, few_bullets_each(cv), template)


@pytest.mark.parametrize("content", [b"not a zip at all", b""])
def test_a_template_that_is_not_a_word_document_is_a_user_error(tmp_path: Path, cv: CV, content: bytes) -> None:
    template = tmp_path / "fake.docx"
    template.write_bytes(content)

    with pytest.raises(TailorError, match=r"not a Word \.docx document"):
        render_cv(cv, few_bullets_each(cv), template)


def test_a_missing_template_is_a_user_error(tmp_path: Path, cv: CV) -> None:
    with pytest.raises(TailorError, match="does not exist"):
        render_cv(cv, few_bullets_each(cv), tmp_path / "nowhere.docx")


@needs("libreoffice")
def test_libreoffice_can_open_the_output_and_print_it_to_pdf(tmp_path: Path, cv: CV) -> None:
    resume = write_output(tmp_path / "resume.docx", render_cv(cv, select_everything(cv)), force=False)
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running LibreOffice

    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(resume),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "resume.pdf"
    assert pdf.is_file()
    assert pdf.stat().st_size > 0


# ------------------------------------------------------------------ write_output


def test_write_output_refuses_to_replace_a_file_without_force(tmp_path: Path) -> None:
    target = tmp_path / "resume.docx"
    target.write_bytes(b"the user's own file")

    with pytest.raises(TailorError, match="already exists; pass force=True"):
        write_output(target, b"new", force=False)
    assert target.read_bytes() == b"the user's own file"


def test_write_output_replaces_with_force_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "resume.docx"
    target.write_bytes(b"old")

    assert write_output(target, b"new", force=True) == target
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["resume.docx"]


def test_written_file_gets_ordinary_permissions_not_private_temp_ones(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "resume.docx", b"data", force=False)
    finally:
        os.umask(old)
    assert (tmp_path / "resume.docx").stat().st_mode & 0o777 == 0o644


def test_write_output_into_a_missing_folder_is_a_user_error_that_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(TailorError, match="does not exist") as raised:
        write_output(tmp_path / "missing" / "resume.docx", b"data", force=False)
    assert raised.value.describe(lambda name: f"--{name}").endswith("create it, or pass --output to write elsewhere.")


def test_a_failure_mid_write_leaves_neither_a_partial_target_nor_a_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_gone(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", disk_gone)
    with pytest.raises(TailorError, match="Input/output error"):
        write_output(tmp_path / "resume.docx", b"data", force=False)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_mid_write_keeps_the_previous_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resume.docx"
    target.write_bytes(b"previous")

    def disk_gone(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", disk_gone)
    with pytest.raises(TailorError):
        write_output(target, b"data", force=True)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["resume.docx"]


@needs("libreoffice", "poppler")
def test_the_contact_line_breaks_between_items_never_inside_one(tmp_path: Path) -> None:
    from tailor.documents.pdf import convert

    # No hyphens inside the items: a line may break after a hyphen of an address, which tailor
    # leaves as it is (an ATS must read the address as written).
    items = [
        "alexandra.konstantinopoulou.whitfield@universityhospital.example.org",
        "+1 512 555 0134",
        "https://www.alexandrakonstantinopoulouwhitfield.example.com",
        "Austin, TX",
    ]
    cv = minimal_cv(
        contact={
            "name": "Alexandra Whitfield",
            "email": items[0],
            "phone": items[1],
            "website": items[2],
            "location": items[3],
        }
    )
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(convert([render_cv(cv, select_everything(cv))])[0])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    start = next(n for n, line in enumerate(lines) if line.startswith("alexandra"))
    contact = lines[start : start + 3]
    assert len([line for line in contact if "·" in line or items[0] in line]) >= 2, contact  # it does wrap
    for item in items:
        assert any(item in line for line in contact), (item, contact)  # each item whole on one line
    assert all(not line.startswith("·") for line in contact)  # a separator ends a line, as a comma, never opens one


def test_certificates_and_awards_print_every_one_with_issuer_and_date() -> None:
    cv = minimal_cv(
        certificates=[
            {"name": "Cloud Data Engineer", "issuer": "Some Cloud", "date": "2022-05"},
            {"name": "First Aid"},
        ],
        awards=[{"name": "Engineer of the Year", "issuer": "Acme", "date": "2023"}],
    )
    context = build_context(cv, select_everything(cv), TODAY)
    assert context["certificates"] == [
        {
            "name": "Cloud Data Engineer",
            "issuer": "Some Cloud",
            "date": f"May{NB}2022",
            "expires": "",
            "expired": False,
        },
        {"name": "First Aid", "issuer": "", "date": "", "expires": "", "expired": False},
    ]
    for template in bundled():
        text = body_text(render_cv(cv, select_everything(cv), template.path))
        assert f"Certificates\nCloud Data Engineer, Some Cloud\tMay{NB}2022\nFirst Aid\t\nAwards\n" in text
        assert "Engineer of the Year, Acme\t2023" in text


def test_a_certificate_that_runs_out_says_until_when_or_that_it_has_expired() -> None:
    # Built on TODAY, 14 March 2025: ACLS ran out the month before, BLS runs through this month.
    cv = minimal_cv(
        certificates=[
            {"name": "ACLS", "issuer": "American Heart Association", "date": "2023-02", "expires": "2025-02"},
            {"name": "BLS", "issuer": "American Heart Association", "date": "2023-03", "expires": "2025-03"},
        ],
        awards=[{"name": "Daisy Award", "date": "2024"}],
    )
    context = build_context(cv, select_everything(cv), TODAY)
    assert [(c["expires"], c["expired"]) for c in context["certificates"]] == [
        (f"Feb{NB}2025", True),
        (f"Mar{NB}2025", False),
    ]
    assert (context["awards"][0]["expires"], context["awards"][0]["expired"]) == ("", False)
    for template in bundled():
        text = body_text(render_cv(cv, select_everything(cv), template.path))
        assert f"ACLS, American Heart Association (expired Feb{NB}2025)\tFeb{NB}2023" in text, template.name
        assert f"BLS, American Heart Association (valid through Mar{NB}2025)\tMar{NB}2023" in text, template.name
        assert "Daisy Award\t2024" in text


def test_the_headline_and_summary_chosen_for_the_posting_are_the_ones_printed() -> None:
    cv = minimal_cv(headline=["Data engineer", "Analytics engineer"], summary=["One.", "*Two*."])
    assert build_context(cv, select_everything(cv), TODAY)["headline"] == "Data engineer"  # by default, the first
    context = build_context(cv, select_everything(cv), TODAY, headline="Analytics engineer", summary="*Two*.")
    assert (context["headline"], context["summary"]) == ("Analytics engineer", "Two.")


def test_a_set_of_files_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cv.docx").write_bytes(b"previous")
    files = {tmp_path / "cv.docx": b"resume", tmp_path / "cv.manifest.json": b"manifest"}
    flushed = 0

    def full_disk(fd: int) -> None:
        nonlocal flushed
        flushed += 1
        if flushed == 2:  # the manifest, after the résumé was staged
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(tailor_files.os, "fsync", full_disk)
    with pytest.raises(TailorError, match="No space left on device; nothing was written"):
        write_outputs(files, force=True)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"cv.docx": b"previous"}

    monkeypatch.undo()
    assert write_outputs(files, force=True) == list(files)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "cv.docx": b"resume",
        "cv.manifest.json": b"manifest",
    }


def test_a_rename_that_fails_after_others_took_place_removes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace

    def second_fails(src: str, dst: Path) -> None:
        if str(dst).endswith(".manifest.json"):
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(tailor_files.os, "replace", second_fails)
    with pytest.raises(TailorError, match="Input/output error"):
        write_outputs({tmp_path / "cv.docx": b"resume", tmp_path / "cv.manifest.json": b"manifest"}, force=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_selection_that_puts_education_first_prints_it_before_experience_and_nothing_else_moves(
    cv: CV, template: Template
) -> None:
    first = replace(select_everything(cv), education_first=True)
    document = open_docx(render_cv(cv, first, template.path))

    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Education", "Experience", "Publications"]
    assert headings.count("Education") == 1
    same_text = sorted(body_text(render_cv(cv, select_everything(cv), template.path)).split("\n"))
    assert sorted(body_text(render_cv(cv, first, template.path)).split("\n")) == same_text


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_resume_on_us_letter_keeps_the_templates_text_width(cv: CV, template: Template) -> None:
    context = build_context(cv, few_bullets_each(cv), TODAY)
    a4 = open_docx(render_docx(template.path, context, title="A title")).sections[0]
    letter = open_docx(render_docx(template.path, context, title="A title", paper="letter")).sections[0]
    assert (letter.page_width.inches, letter.page_height.inches) == (8.5, 11.0)
    assert (a4.page_width.mm, a4.page_height.mm) == pytest.approx((210, 297), abs=0.1)

    def text_width(section) -> int:
        return section.page_width - section.left_margin - section.right_margin

    assert text_width(letter) == pytest.approx(text_width(a4), abs=635)  # a twip: the dates' tab stop still fits
    assert letter.left_margin == pytest.approx(letter.right_margin, abs=635)


def test_a_grade_that_names_what_it_is_prints_without_the_grade_label() -> None:
    cv = minimal_cv(
        education=[
            {"degree": "BSc Biology", "institution": "Lakeside University", "grade": "GPA 3.7/4.0"},
            {"degree": "BA History", "institution": "Lakeside University", "grade": "magna cum laude"},
            {"degree": "MSc Physics", "institution": "Lakeside University", "grade": "17/20"},
            {"degree": "BS Chemistry", "institution": "Lakeside University", "grade": "3.85/4.0"},
        ]
    )
    text = body_text(render_cv(cv, select_everything(cv)))
    assert "GPA: 3.85/4.0" in text  # out of four: an American GPA
    assert "GPA 3.7/4.0" in text and "Grade: GPA" not in text
    assert "magna cum laude" in text and "Grade: magna" not in text
    assert "Grade: 17/20" in text


def _sectioned_cv(*sections: str | None) -> CV:
    """A CV of one role per entry of ``sections``, in that order, each under that section (None: Experience)."""
    roles = [
        {
            "id": f"r{n}",
            "employer": f"Org {n}",
            "role": f"Title {n}",
            "start": "2020",
            **({"section": section} if section else {}),
            "bullets": [{"id": f"r{n}-1", "text": f"Did thing {n}."}],
        }
        for n, section in enumerate(sections)
    ]
    return minimal_cv(experience=roles)


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_roles_of_a_section_of_their_own_print_together_under_its_heading_after_experience(template: Template) -> None:
    from tailor.select import in_sections

    cv = _sectioned_cv(None, "Volunteer Experience", STRANGE, None, "Volunteer Experience")
    selection = replace(select_everything(cv), roles=in_sections(select_everything(cv).roles))
    document = open_docx(render_cv(cv, selection, template.path))

    read = [
        p.text.split(",")[0] if p.style.name == "CV Entry" else f"# {p.text}"
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "CV Entry") and p.text not in ("Education", "Skills")
    ]
    assert read == [
        "# Experience",
        "Title 0",
        "Title 3",
        "# Volunteer Experience",
        "Title 1",
        "Title 4",
        f"# {STRANGE}",  # the heading as the CV writes it, specials and all
        "Title 2",
    ]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_cv_whose_every_role_has_a_section_prints_no_empty_experience_heading(template: Template) -> None:
    cv = _sectioned_cv("Projects", "Projects")
    document = open_docx(render_cv(cv, select_everything(cv), template.path))

    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Projects"]
    assert [p.text.split(",")[0] for p in document.paragraphs if p.style.name == "CV Entry"] == ["Title 0", "Title 1"]


def test_a_section_named_experience_is_experience() -> None:
    cv = _sectioned_cv("experience", None)
    assert [e.section for e in cv.experience] == [None, None]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_talks_print_under_their_own_heading_after_the_papers_and_the_link_to_their_full_list(
    template: Template,
) -> None:
    cv = minimal_cv(
        publications_link="https://scholar.example.org/ada",
        publications=[
            {"id": "talk", "year": "2024", "title": "A Talk", "venue": "Some Meeting", "section": "Invited Talks"},
            {"id": "paper", "year": "2021", "title": "A Paper", "venue": "A Journal"},
            {"id": "poster", "year": "2023", "title": "A Poster", "section": "Posters"},
        ],
    )
    selection = select(cv, rank(cv, Posting("p", "talk paper poster")), max_publications=5)
    document = open_docx(render_cv(cv, selection, template.path))

    read = [
        f"# {p.text}" if p.style.name == "Heading 1" else p.text
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "CV Publication", "CV Entry Detail")
    ]
    start = read.index("# Publications")
    assert read[start:] == [
        "# Publications",
        "2021 — A Paper, A Journal",
        "Full list: https://scholar.example.org/ada",
        "# Invited Talks",
        "2024 — A Talk, Some Meeting",
        "# Posters",
        "2023 — A Poster",
    ]


@pytest.mark.parametrize(
    ("holds", "heading"),
    [
        ({"skills"}, "Skills"),
        ({"skills", "languages"}, "Skills & Languages"),
        ({"skills", "interests"}, "Skills & Interests"),
        ({"skills", "languages", "interests"}, "Skills, Languages & Interests"),
        ({"languages", "interests"}, "Languages & Interests"),
        ({"interests"}, "Interests"),
    ],
)
def test_the_compact_templates_section_of_skills_languages_and_interests_is_headed_by_what_it_holds(
    holds: set[str], heading: str
) -> None:
    cv = minimal_cv(
        skills=["Forklift operation"] if "skills" in holds else [],
        languages=[{"name": "Welsh"}] if "languages" in holds else [],
        interests=["Fell running"] if "interests" in holds else [],
    )
    compact = next(t for t in bundled() if t.name == "compact")
    document = open_docx(render_cv(cv, select_everything(cv), compact.path))

    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][-1] == heading


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
@pytest.mark.parametrize("education_first", [False, True])
def test_certificates_follow_education_wherever_it_stands_and_awards_follow_the_publications(
    template: Template, education_first: bool
) -> None:
    cv = minimal_cv(
        education=[{"degree": "PharmD", "institution": "Lakeside University"}],
        certificates=[{"name": "Registered Pharmacist", "issuer": "State Board of Pharmacy"}],
        publications=[{"id": "p", "year": "2022", "title": "A Case Report"}],
        awards=[{"name": "Preceptor of the Year"}],
        skills=["Pharmacokinetics"],
    )
    selection = replace(select_everything(cv), education_first=education_first)
    document = open_docx(render_cv(cv, selection, template.path))

    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    studies = ["Education", "Certificates"]
    work = ["Experience"]
    assert headings[:3] == (studies + work if education_first else work + studies)
    assert headings[3:5] == ["Publications", "Awards"]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
@pytest.mark.parametrize(
    ("entries", "kept"),
    [
        (1, [False]),
        (2, [True, False]),  # a section of two stays whole
        (3, [True, True, False]),
        (5, [True, False, False, True, False]),  # a longer one may break, but never leave one entry alone
    ],
)
def test_no_entry_of_education_or_certificates_is_left_alone_at_the_foot_or_head_of_a_page(
    template: Template, entries: int, kept: list[bool]
) -> None:
    # Each entry a line with nothing under it: whether it keeps with the next entry is the rule alone.
    cv = minimal_cv(
        education=[{"degree": f"Degree {n}", "institution": "Lakeside University"} for n in range(entries)],
        certificates=[{"name": f"Certificate {n}", "issuer": "A Board"} for n in range(entries)],
    )
    document = open_docx(render_cv(cv, select_everything(cv), template.path))

    def keeps(prefix: str) -> list[bool]:
        lines = [p for p in document.paragraphs if p.text.startswith(prefix)]
        return [bool(p.style.paragraph_format.keep_with_next) for p in lines]

    assert keeps("Degree ") == kept
    assert keeps("Certificate ") == kept


def _promoted_cv() -> CV:
    """A nurse promoted at one hospital, each title's bullets under it, as `tailor init` reads a promotion."""
    return minimal_cv(
        experience=[
            {
                "id": "harbour",
                "employer": "Harbour General Hospital",
                "role": "Staff Nurse » Charge Nurse",
                "start": "2018",
                "bullets": [
                    {"id": "charge", "text": "Ran a 30-bed ward's shifts.", "role": "Charge Nurse, 2021 – Present"},
                    {"id": "staff", "text": "Cared for 6 patients a shift.", "role": "Staff Nurse, 2018 – 2021"},
                ],
            }
        ]
    )


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_promotion_whose_qualifiers_are_its_titles_prints_each_title_once_under_the_employer(
    template: Template,
) -> None:
    cv = _promoted_cv()
    document = open_docx(render_cv(cv, select_everything(cv), template.path))

    heads = ("CV Entry", "CV Qualifier")
    lines = [(p.style.name, p.text.split("\t")[0]) for p in document.paragraphs if p.style.name in heads]
    assert lines[:3] == [
        ("CV Entry", "Harbour General Hospital"),
        ("CV Qualifier", "Charge Nurse, 2021 – Present:"),
        ("CV Qualifier", "Staff Nurse, 2018 – 2021:"),
    ]
    body = body_text(render_cv(cv, select_everything(cv), template.path))
    assert body.count("Charge Nurse") == body.count("Staff Nurse") == 1


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_promotion_keeps_its_titles_on_the_role_line_when_a_title_heads_no_printed_bullet(
    template: Template,
) -> None:
    cv = _promoted_cv()
    entry = cv.experience[0]
    only_charge = Selection([SelectedRole(entry, [entry.bullets[0]])], [], [], [])
    document = open_docx(render_cv(cv, only_charge, template.path))

    # Without the role line, "Staff Nurse" would be printed nowhere.
    entries = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "CV Entry"]
    assert entries[0].startswith("Staff Nurse » Charge Nurse, Harbour General Hospital")


def test_a_qualifier_heads_a_step_only_with_the_whole_title() -> None:
    cv = minimal_cv(
        experience=[
            {
                "id": "mill",
                "employer": "Northside Mill",
                "role": "Engineer » Engineer II",
                "start": "2018",
                "bullets": [{"id": "two", "text": "Ran line 2.", "role": "Engineer II, 2021 – 2023"}],
            }
        ]
    )
    context = build_context(cv, select_everything(cv), TODAY)
    assert context["experience"][0]["title"] == "Engineer » Engineer II"  # "Engineer" heads no qualifier of its own


# ------------------------------------------------------------------ skill groups

NURSE_SKILLS = {
    "Clinical": ["wound care", "IV therapy", "telemetry"],
    "Systems & Records": ["Epic", "Cerner"],
    "Certifications": ["BLS", "ACLS"],
}


def skills_chosen(cv: CV, names: list[str]) -> Selection:
    return replace(select_everything(cv), skills=names)


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_grouped_skills_print_a_line_per_group_with_a_chosen_skill_in_the_order_the_skills_are_chosen(
    template: Template,
) -> None:
    cv = minimal_cv(skills=NURSE_SKILLS)
    # Most relevant first: Epic, then telemetry, ACLS, wound care; Cerner, IV therapy and BLS were left out.
    document = open_docx(render_cv(cv, skills_chosen(cv, ["Epic", "telemetry", "ACLS", "wound care"]), template.path))
    lines = [p.text for p in document.paragraphs]
    start = lines.index("Systems & Records: Epic")

    assert lines[start : start + 3] == [
        "Systems & Records: Epic",
        "Clinical: telemetry, wound care",
        "Certifications: ACLS",
    ]
    assert not any("Skills: " in line for line in lines)
    bold = [r.text for p in document.paragraphs[start : start + 3] for r in p.runs if r.bold and r.text]
    assert bold == ["Systems & Records: ", "Clinical: ", "Certifications: "]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_group_none_of_whose_skills_is_chosen_prints_no_line(template: Template) -> None:
    cv = minimal_cv(skills=NURSE_SKILLS)
    text = body_text(render_cv(cv, skills_chosen(cv, ["Epic", "Cerner"]), template.path))

    assert "Systems & Records: Epic, Cerner" in text
    assert "Clinical" not in text and "Certifications" not in text


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_skills_of_no_group_in_a_grouped_cv_print_last_on_a_line_with_no_heading(template: Template) -> None:
    cv = minimal_cv(
        skills=[
            {"name": "lamination", "group": "Pastry"},
            "seasonal menus",
            {"name": "HACCP", "group": "Kitchen"},
            "catering",
        ]
    )
    lines = [
        p.text
        for p in open_docx(
            render_cv(cv, skills_chosen(cv, ["seasonal menus", "HACCP", "lamination", "catering"]), template.path)
        ).paragraphs
    ]
    start = lines.index("Kitchen: HACCP")

    assert lines[start : start + 3] == ["Kitchen: HACCP", "Pastry: lamination", "seasonal menus, catering"]


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_group_name_with_xml_specials_braces_emoji_and_other_scripts_prints_verbatim(template: Template) -> None:
    cv = minimal_cv(skills={STRANGE: ["sugar work"], "厨房管理 🍰": ["HACCP"]})
    text = body_text(render_cv(cv, skills_chosen(cv, ["sugar work", "HACCP"]), template.path))

    assert f"{STRANGE}: sugar work" in text
    assert "厨房管理 🍰: HACCP" in text


UNGROUPED = DATA / "documents" / "ungrouped"
"""document.xml of :func:`ungrouped_resume` as the bundled templates rendered it before skills had groups."""


def ungrouped_resume() -> tuple[CV, Selection]:
    cv = minimal_cv(
        skills=["Python", {"name": "SQL", "pin": True}, "Airflow"], languages=[{"name": "Polish"}], interests=["rowing"]
    )
    return cv, skills_chosen(cv, ["SQL", "Python"])


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_cv_without_groups_renders_the_same_document_as_before_groups(template: Template) -> None:
    cv, selection = ungrouped_resume()
    rendered = zip_member(render_cv(cv, selection, template.path), "word/document.xml")

    assert rendered == (UNGROUPED / f"{template.name}.document.xml").read_bytes()


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_where_no_chosen_skill_has_a_group_the_skills_print_as_one_line_as_without_groups(template: Template) -> None:
    cv = minimal_cv(skills=["seasonal menus", "catering", {"Pastry": ["lamination"]}])
    grouped = render_cv(cv, skills_chosen(cv, ["catering", "seasonal menus"]), template.path)
    flat_cv = minimal_cv(skills=["seasonal menus", "catering", "lamination"])
    flat = render_cv(flat_cv, skills_chosen(flat_cv, ["catering", "seasonal menus"]), template.path)

    assert zip_member(grouped, "word/document.xml") == zip_member(flat, "word/document.xml")


@pytest.mark.parametrize("template", [t.path for t in bundled()], ids=lambda p: p.stem)
def test_a_publications_title_prints_its_italics_as_italics_not_as_asterisks(cv: CV, template: Path) -> None:
    # Biologists set genes and species in italics in their titles ("a hub for *TBX5*"); the résumé prints them so.
    paper = cv.publications[0].model_copy(
        update={"year": "2023", "title": "A hub for *TBX5* in *E. coli*", "venue": None}
    )
    selection = Selection(roles=[], publications=[paper], skills=[], choices=[])
    data = render_cv(cv, selection, template)

    assert runs_of(data, "2023") == [("2023", "b"), (" — ", ""), ("A hub for ", ""), ("TBX5", "i"), (" in ", ""),
                                     ("E. coli", "i")]  # fmt: skip
