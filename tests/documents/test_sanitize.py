"""Specifications for tailor.documents.sanitize: what a template edited in Word must not pass on to a résumé."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tailor.cv import CV
from tailor.documents.render import build_context, render_docx
from tailor.select import SelectedRole, Selection

TODAY = dt.date(2025, 3, 14)
AUTHOR = "Tess Templatemaker"
"""Who edited the template: her name must not reach anyone's résumé."""


def everything(cv: CV) -> Selection:
    return Selection([SelectedRole(e, list(e.bullets)) for e in cv.experience], [], [], [])


def edited_template(tmp_path: Path) -> Path:
    """A template as Word leaves it after a review: tracked changes, a comment, hidden notes,
    track changes still on, and app.xml naming the author's company."""
    document = docx.Document()
    document.add_paragraph("{{ name }}")
    tracked = document.add_paragraph()
    tracked._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="{AUTHOR}" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:t>{{ contact_line }}</w:t></w:r></w:ins>"
        )
    )
    tracked._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="{AUTHOR}" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:delText>{{ not_a_variable }}</w:delText></w:r></w:del>"
        )
    )
    commented = document.add_paragraph("Experience")
    document.add_comment(commented.runs[0], text="Make this bigger?", author=AUTHOR, initials="TT")
    hidden = document.add_paragraph("{{ headline }}")
    hidden.add_run(" Note to whoever fills this in: keep it short.").font.hidden = True
    settings = document.settings.element
    settings.append(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))
    path = tmp_path / "edited.docx"
    document.save(path)
    _replace_member(path, "docProps/app.xml", lambda xml: xml.replace(b"<Company/>", b"<Company>Tess Co</Company>"))
    return path


def _replace_member(path: Path, name: str, change) -> None:
    with zipfile.ZipFile(path) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for member, data in members.items():
            package.writestr(member, data)


def render(template: Path, cv: CV) -> bytes:
    return render_docx(template, build_context(cv, everything(cv), TODAY), title="A title")


def every_member(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_tracked_changes_are_accepted_so_deleted_tags_are_never_rendered(tmp_path: Path, bundled_cv: CV) -> None:
    data = render(edited_template(tmp_path), bundled_cv)
    text = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert bundled_cv.contact.email in text[1]  # the inserted tag, filled in
    document_xml = every_member(data)["word/document.xml"]
    assert b"w:ins " not in document_xml and b"w:del " not in document_xml and b"delText" not in document_xml


def test_comments_hidden_notes_and_the_editors_name_are_gone(tmp_path: Path, bundled_cv: CV) -> None:
    members = every_member(render(edited_template(tmp_path), bundled_cv))
    assert not [name for name in members if "comment" in name.lower()]
    everything_written = b"".join(members.values())
    for leftover in (AUTHOR.encode(), b"Make this bigger", b"Note to whoever", b"Tess Co", b"vanish"):
        assert leftover not in everything_written


def test_track_changes_is_switched_off_and_app_properties_are_dropped(tmp_path: Path, bundled_cv: CV) -> None:
    members = every_member(render(edited_template(tmp_path), bundled_cv))
    assert b"trackRevisions" not in members["word/settings.xml"]
    assert "docProps/app.xml" not in members  # "Microsoft Macintosh Word", Normal.dotm, a company
    assert b"app.xml" not in members["[Content_Types].xml"] + members["_rels/.rels"]


def test_bundled_templates_carry_nothing_to_strip() -> None:
    from tailor.documents.templates import bundled

    for template in bundled():
        with zipfile.ZipFile(template.path) as package:
            names = package.namelist()
            body = package.read("word/document.xml")
        assert "docProps/app.xml" not in names and not [n for n in names if "comment" in n]
        tree = parse_xml(body)
        for mark in ("w:ins", "w:del", "w:vanish", "w:commentReference"):
            assert next(tree.iter(qn(mark)), None) is None, (template.name, mark)
