"""Specifications for tailor.cv.init: the example CV and the imported draft, as written to disk."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tailor.cv import load_cv, schema
from tailor.cv.importers import Draft
from tailor.cv.init import draft_yaml, init
from tailor.errors import TailorError


def keys(node: object) -> set[str]:
    """Every property name the schema defines, at any depth."""
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {}))
        for value in node.values():
            found |= keys(value)
    elif isinstance(node, list):
        for value in node:
            found |= keys(value)
    return found


def test_the_example_cv_is_valid_as_written_and_names_every_field(tmp_path: Path) -> None:
    written = init(tmp_path / "cv.yaml")
    assert written.problems == [] and written.cv is not None
    text = written.path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == schema.line()
    every = keys(json.loads(schema.SCHEMA_FILE.read_text(encoding="utf-8")))
    written_keys = set(re.findall(r"^\s*(?:- )?([a-z_]+):", text, flags=re.M))
    assert every <= written_keys, every - written_keys
    assert text.count("#") >= 25  # commented


def test_init_never_overwrites_a_file_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(TailorError, match="already exists; pass force=True"):
        init(path)
    assert path.read_text(encoding="utf-8") == "mine"
    assert init(path, force=True).cv is not None
    assert list(tmp_path.iterdir()) == [path]  # written in one step: no temporary file left


def test_a_draft_marks_each_note_at_its_line_and_keeps_what_has_no_place_commented(tmp_path: Path) -> None:
    data = {
        "contact": {"name": "Grace Example", "email": None},
        "experience": [
            {"id": "fleet", "employer": "Fleet", "role": "Engineer", "start": "2021", "bullets": []},
            {
                "id": "quay",
                "employer": "Quay",
                "role": "Analyst",
                "start": None,
                "bullets": [{"id": "q1", "text": "Did it."}],
            },
        ],
    }
    draft = Draft(data, Path("old.docx"), "a Word résumé")
    draft.note(("experience", 1, "start"), "no dates found for this role")
    draft.note(("experience", 1, "bullets", 0), "a paragraph, not a list item")
    draft.note(("experience", 1, "role"), "check which is which")  # a second note in one role's mapping
    draft.leftovers = ["TALKS:", "Keynote at Some Conference"]
    text, notes = draft_yaml(draft)
    lines = text.splitlines()
    for note in notes:
        assert note.line is not None and f"CHECK: {note.message}" in lines[note.line - 1]
        assert f"  # CHECK: {note.message}" in lines[note.line - 1]  # two spaces before a comment, as YAML style has
    assert "email" not in text  # empty values are left out
    assert text.rstrip().endswith("#   TALKS:\n#   Keynote at Some Conference".rstrip())


def test_a_kept_text_with_line_breaks_is_commented_line_by_line(tmp_path: Path) -> None:
    draft = Draft({"contact": {"name": "Noor Example"}}, Path("resume.json"), "a JSON Resume")
    draft.leftovers = ["work[0].summary: A studio.\nskills: [oops]\u2028more: 1"]
    text, _ = draft_yaml(draft)
    assert text.rstrip().endswith("#   work[0].summary: A studio.\n#   skills: [oops]\n#   more: 1")
    path = tmp_path / "cv.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_cv(path).skills == []


def test_a_role_found_without_its_title_loads_and_the_draft_asks_for_the_title(tmp_path: Path) -> None:
    source = tmp_path / "old.txt"
    source.write_text("Ada Example\n\nEXPERIENCE\nAcme Widgets\n• Built the widget pipeline.\n", encoding="utf-8")
    written = init(tmp_path / "cv.yaml", source)
    # A CV's role may be its employer alone (work of one's own says it all), so the draft loads ...
    assert written.cv is not None and not written.problems
    assert written.cv.experience[0].employer == "Acme Widgets" and written.cv.experience[0].role is None
    # ... but a draft that found no title, or no start, says so where it stands.
    notes = [n.message for n in written.notes if n.loc == ("experience", 0)]
    assert any("fill in both" in n for n in notes) and any("no dates found" in n for n in notes)


def test_a_draft_missing_what_the_cv_requires_is_written_and_its_problems_listed(tmp_path: Path) -> None:
    source = tmp_path / "old.txt"
    source.write_text("Ada Example\n\nEXPERIENCE\n2019 - 2021\n• Built the widget pipeline.\n", encoding="utf-8")
    written = init(tmp_path / "cv.yaml", source)
    assert written.cv is None and written.path.is_file()
    assert [p.path for p in written.problems] == ["experience[0]"]
    with pytest.raises(Exception, match=r"experience\[0\]"):
        load_cv(written.path)


def test_the_example_cv_holds_an_example_letter_that_speaks_for_its_own_bullets(tmp_path: Path) -> None:
    cv = init(tmp_path / "cv.yaml").cv
    assert cv is not None and cv.letter is not None
    bullets = {b.id for _, b in cv.bullets()}
    assert {ref for p in cv.letter.paragraphs for ref in p.bullets} <= bullets
    assert cv.letter.greetings[0] == "Dear {{ hiring_manager }},"


def test_an_entry_the_import_could_not_complete_is_left_out_commented_and_the_draft_is_valid(tmp_path: Path) -> None:
    # A level in brackets on a line of its own, under a language that has its level already, gives an entry with no
    # language: written, `validate` would refuse the file. It is kept at the end, commented, in validate's words,
    # and a note at the list says so.
    source = tmp_path / "old.txt"
    source.write_text(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCourier, Swift Parcels\t2019 - 2021\n• Delivered parcels.\n\n"
        "LANGUAGES\nEnglish (native)\n(conversational)\n",
        encoding="utf-8",
    )
    written = init(tmp_path / "cv.yaml", source)
    assert written.cv is not None and not written.problems
    assert [(lang.name, lang.fluency) for lang in written.cv.languages] == [("English", "native")]
    text = written.path.read_text(encoding="utf-8")
    assert "#   languages (left out: name: 'name' is required but missing):\n#     fluency: conversational\n" in text
    assert any(n.loc == ("languages",) and "could not be completed" in n.message for n in written.notes)


def without_ids(path: Path, out: Path) -> Path:
    """The CV at ``path`` with every role's, bullet's, publication's and letter paragraph's id deleted, as a person
    writing it by hand would leave them out; written to ``out``."""
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    letter = data.get("letter") or {}
    for item in [
        *(data.get("experience") or []),
        *(b for role in data.get("experience") or [] for b in role.get("bullets") or []),
        *(data.get("publications") or []),
        *(letter.get("paragraphs") or []),
    ]:
        item.pop("id", None)
    with out.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return out


RESUME = """\
Ingrid Solberg
ingrid.solberg@example.org | +47 912 34 567

EXPERIENCE
Fjord Veterinary Clinic, Bergen — Senior Veterinary Technician  2021 – Present
• Ran anaesthesia monitoring for 15 surgeries a week.
• Trained four new technicians in radiography.
Fjord Veterinary Clinic, Bergen — Veterinary Technician  2017 – 2021
• Drew blood and ran in-house lab panels.
Hordaland Wildlife Rescue — Volunteer  2015 – 2017
• Fed and cleaned up after injured seabirds.

PUBLICATIONS
Solberg, I. (2020). Pain scoring in post-operative cats. Nordic Veterinary Journal.

SKILLS
Anaesthesia monitoring, radiography, phlebotomy
"""


FREELANCER_RENDERCV = """\
cv:
  name: Ines Duarte
  email: ines@example.org
  sections:
    experience:
      - company: Lisbon Picture Books
        position: Staff Illustrator
        start_date: 2021-01
        highlights:
          - Illustrated 9 picture books from sketch to print.
      - position: Freelance Illustrator
        start_date: 2017-01
        end_date: 2020-12
        highlights:
          - Drew covers for 12 children's books.
"""
"""A RenderCV file with a role of no company: named by its title, as a CV without ids names it."""


@pytest.mark.parametrize(
    "source", ["resume.txt", "product-designer.resume.json", "rendercv.yaml", "freelancer.yaml", "linkedin.zip"]
)
def test_a_cv_init_wrote_loads_the_same_with_its_ids_deleted(tmp_path: Path, source: str) -> None:
    from tests.conftest import DATA
    from tests.cv.importers.test_linkedin import export_zip
    from tests.cv.importers.test_rendercv import RENDERCV

    given = tmp_path / source
    if source == "resume.txt":
        given.write_text(RESUME, encoding="utf-8")
    elif source == "rendercv.yaml":
        given.write_text(RENDERCV, encoding="utf-8")
    elif source == "freelancer.yaml":
        given.write_text(FREELANCER_RENDERCV, encoding="utf-8")
    elif source == "linkedin.zip":
        export_zip(given)
    else:
        given = DATA / "cvs" / source
    written = init(tmp_path / "cv.yaml", given)
    assert written.cv is not None and written.cv.bullets()
    assert load_cv(without_ids(written.path, tmp_path / "by-hand.yaml")) == written.cv
