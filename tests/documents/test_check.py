"""Specifications for tailor.documents.check: each thing an ATS would miss, found in a document built to have it."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
from typer.testing import CliRunner

from tailor import manifest
from tailor.cli import app
from tailor.documents.check import Expected, Problem, check
from tailor.errors import TailorError
from tailor.outputs import Outputs
from tailor.pipeline import check as check_resume
from tests.conftest import needs_libreoffice

NAME, EMAIL, PHONE = "Ada Example", "ada@example.org", "+41 77 123 45 67"
BULLETS = ["Built a distributed simulator in C++.", "Cut training time by half with mixed precision."]
EXPECTED = Expected(bullets=BULLETS, name=NAME, email=EMAIL, phone=PHONE)
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
"""A 1×1 PNG."""


def resume(*, contact_in_header: bool = False, heading: str = "Experience", bullets: list[str] = BULLETS):
    """A plain, ATS-safe résumé as python-docx builds it; tests then break one thing."""
    document = docx.Document()
    document.core_properties.author = NAME
    document.add_paragraph(NAME, style="Title")
    contact = f"{EMAIL}  ·  {PHONE}"
    if contact_in_header:
        document.sections[0].header.paragraphs[0].text = contact
    else:
        document.add_paragraph(contact)
    document.add_paragraph(heading, style="Heading 1")
    for bullet in bullets:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("C++, Python")
    return document


def data(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def kinds(problems: list[Problem]) -> list[str]:
    return [p.kind for p in problems]


def test_a_plain_resume_has_no_problems() -> None:
    report = check(data(resume()), EXPECTED)
    assert report.ok, report.problems


def test_a_missing_bullet_and_bullets_out_of_order_are_found() -> None:
    report = check(data(resume(bullets=[BULLETS[1], BULLETS[0]])), EXPECTED)
    assert kinds(report.problems) == ["bullet order"]
    assert "Built a distributed" in report.problems[0].message

    report = check(data(resume(bullets=BULLETS[:1])), EXPECTED)
    assert kinds(report.problems) == ["bullet missing"]
    assert "Cut training time" in report.problems[0].message


def test_the_check_expects_each_text_as_the_renderer_prints_it() -> None:
    # A vertical tab prints as a space, a zero-width space and a bidi override not at all (tailor.cv.printable).
    written = Expected(
        bullets=["Built a distributed\vsimulator\u200b in C++.", BULLETS[1]], name="Ada\u202e Example", email=EMAIL
    )
    assert check(data(resume()), written).ok


def test_contact_details_only_in_the_header_are_found() -> None:
    report = check(data(resume(contact_in_header=True)), EXPECTED)
    assert kinds(report.problems) == ["contact", "contact"]
    assert all("only in a header, footer, table or text box" in p.message for p in report.problems)


def test_text_in_a_table_is_found_and_does_not_count_as_body_text() -> None:
    document = resume()
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Python, Kubernetes"
    table_phone = Expected(bullets=BULLETS, name=NAME, email=EMAIL, phone="+1 555 0100 200")
    document.tables[0].rows[0].cells[1].text = table_phone.phone
    report = check(data(document), table_phone)
    assert kinds(report.problems) == ["contact", "table"]
    assert "Python, Kubernetes" in report.problems[1].message


def test_text_in_a_text_box_is_found() -> None:
    document = resume()
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape style="width:200pt;height:50pt"><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Languages: French, German</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document.add_paragraph()._p.append(parse_xml(box))
    report = check(data(document), EXPECTED)
    assert kinds(report.problems) == ["text box"]
    assert "Languages: French, German" in report.problems[0].message


def test_an_image_in_the_body_is_found() -> None:
    document = resume()
    document.add_picture(io.BytesIO(PIXEL))
    assert kinds(check(data(document), EXPECTED).problems) == ["image"]


@pytest.mark.parametrize(
    ("hide", "message"),
    [
        (lambda run: setattr(run.font.color, "rgb", RGBColor(0xFF, 0xFF, 0xFF)), "White text"),
        (lambda run: setattr(run.font, "size", Pt(1)), "smaller than 6 pt"),
        (lambda run: setattr(run.font, "hidden", True), "Hidden text"),
    ],
    ids=["white", "tiny", "vanish"],
)
def test_hidden_keywords_are_found(hide, message: str) -> None:
    document = resume()
    hide(document.paragraphs[-1].add_run(" kubernetes terraform golang"))
    report = check(data(document), EXPECTED)
    assert kinds(report.problems) == ["hidden text"]
    assert message in report.problems[0].message and "kubernetes" in report.problems[0].message


def test_hidden_text_set_by_a_style_is_found_too() -> None:
    document = resume()
    style = document.styles.add_style("Quiet", 1)
    style.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.add_paragraph("machine learning python", style="Quiet")
    assert kinds(check(data(document), EXPECTED).problems) == ["hidden text"]


def test_white_text_on_dark_shading_or_a_dark_highlight_is_not_hidden() -> None:
    document = resume()
    shaded = document.add_paragraph()
    shaded._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="1F3A5F"/>'))
    shaded.add_run("Open to relocation").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    highlighted = document.add_paragraph().add_run("Available from May")
    highlighted.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    highlighted.font.highlight_color = WD_COLOR_INDEX.DARK_BLUE
    assert check(data(document), EXPECTED).ok


@pytest.mark.parametrize(
    "heading", ["My Journey", "Where I have been", "Things I learned from my work experience so far"]
)
def test_a_non_standard_section_heading_is_found(heading: str) -> None:
    report = check(data(resume(heading=heading)), EXPECTED)
    assert kinds(report.problems) == ["heading"]
    assert heading in report.problems[0].message


@pytest.mark.parametrize(
    "heading",
    [
        "Work Experience",
        "Skills & Languages",
        "Professional Summary",
        "EDUCATION",
        "Postgraduate Training",
        "Residency and Fellowship",
        "Committees",
        "Appointments",
        "Portfolio",
        "Selected Clips",
        "Published Work",
        "Writing Samples",
        "Conference Presentations",
        "Invited Talks",
        "Grants and Fellowships",
        "Clinical Teaching Experience",
    ],
)
def test_standard_headings_in_other_words_pass(heading: str) -> None:
    assert check(data(resume(heading=heading)), EXPECTED).ok


def test_headings_under_the_sections_head_entries_and_are_not_judged_as_sections() -> None:
    document = resume()
    document.add_paragraph("Hotel Lindqvist — Executive Sous Chef", style="Heading 2")
    document.add_paragraph("Ran a brigade of 28 cooks.", style="List Bullet")
    assert check(data(document), EXPECTED).ok
    alone = resume(heading="My Journey")
    alone.add_paragraph("Hotel Lindqvist — Executive Sous Chef", style="Heading 2")
    assert [p.message.split('"')[1] for p in check(data(alone), EXPECTED).problems] == ["My Journey"]


# --- a file on disk, with its manifest ------------------------------------------------------


def written_manifest(path: Path, bullets: list[tuple[str, bool, int | None]]) -> None:
    """A manifest at ``path`` listing ``(text, kept, position)`` bullets, as build writes one."""
    file = manifest.FileRecord(path="x", sha256="0" * 64)
    record = manifest.Manifest(
        tailor_version="0",
        date="2025-01-01",
        inputs=manifest.Inputs(
            cv=file,
            posting=manifest.PostingRecord(source="p.txt", sha256="0" * 64, sections=[]),
            template=file,
            skills=None,
            options={"max_bullets": 14},
        ),
        output=path.name,
        score=0.5,
        bullets=[
            manifest.BulletRecord(
                id=f"b{n}",
                entry="Acme",
                text=text,
                rank=n,
                score=0.1,
                terms=[],
                kept=kept,
                reason="",
                position=at,
            )
            for n, (text, kept, at) in enumerate(bullets, start=1)
        ],
        publications=[],
        skills=[],
        coverage=manifest.CoverageRecord(required_selected_ratio=None, note="", keywords=[]),
    )
    Outputs(path).manifest.write_bytes(manifest.dumps(record))


def test_checking_a_file_expects_the_bullets_its_manifest_lists_in_their_positions(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    resume(bullets=BULLETS).save(path)
    written_manifest(path, [(BULLETS[1], True, 2), ("Left out, so not expected.", False, None), (BULLETS[0], True, 1)])
    report = check_resume(path)
    assert report.ok, report.problems
    assert "bullets: the 2 that cv.manifest.json lists" in report.notes

    written_manifest(path, [(BULLETS[1], True, 2), ("Left out, so not expected.", True, 3), (BULLETS[0], True, 1)])
    assert kinds(check_resume(path).problems) == ["bullet missing"]


def test_a_file_beside_the_resume_that_is_not_a_manifest_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    resume(bullets=BULLETS).save(path)
    Outputs(path).manifest.write_text(json.dumps({"bullets": []}), encoding="utf-8")
    with pytest.raises(TailorError, match=r"cv.manifest.json is not a tailor manifest.*move it away"):
        check_resume(path)


def test_checking_a_file_without_a_manifest_checks_the_rest_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    resume(contact_in_header=True).save(path)
    report = check_resume(path)
    assert kinds(report.problems) == ["contact", "contact"]  # email and phone found, but only in the header
    assert any("bullets: not checked" in note for note in report.notes)


def test_the_author_in_the_properties_must_be_a_person_not_a_program() -> None:
    document = resume()
    document.core_properties.author = "python-docx"
    report = check(data(document), Expected())
    assert kinds(report.problems) == ["properties"]
    assert "'python-docx'" in report.problems[0].message
    document.core_properties.author = ""
    unset = check(data(document), Expected()).problems
    assert [p.message.split(",")[0] for p in unset] == ["The document's author is not set"]


def test_a_resume_without_any_email_address_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    document = resume()
    document.paragraphs[1].text = PHONE
    document.save(path)
    assert [p.message for p in check_resume(path).problems] == [
        "No email address found; add one to your CV, to print under the name."
    ]


# --- the PDF -----------------------------------------------------------------------------


@needs_libreoffice
def test_the_pdf_is_read_back_too(built_documents) -> None:
    built = built_documents("classic, 2 pages")
    bullets = [bullet.plain for role in built.selection.roles for bullet in role.printed]
    expected = Expected(bullets=[*bullets, "A bullet nobody wrote."])
    report = check(built.output.read_bytes(), expected, pdf=built.pdf.read_bytes())
    assert [(p.kind, p.where) for p in report.problems] == [("bullet missing", "docx"), ("bullet missing", "pdf")]
    assert "PDF text read with pdftotext" in report.notes


def test_a_compound_broken_at_its_hyphen_at_a_line_end_is_still_in_the_pdf(monkeypatch) -> None:
    # pdftotext takes the hyphen of "self-service", broken after it at a line's end, for the line's and drops it.
    import tailor.documents.pdf

    printed = ["Trained 25 managers on self-service.", BULLETS[1]]
    text = f"{NAME}\n{EMAIL} · {PHONE}\nTrained 25 managers on selfservice.\n{BULLETS[1]}\n"
    monkeypatch.setattr(tailor.documents.pdf, "extract_text", lambda pdf: (text, "pdftotext"))
    expected = Expected(bullets=printed, name=NAME, email=EMAIL, phone=PHONE)
    assert check(data(resume(bullets=printed)), expected, pdf=b"%PDF").ok


# --- a check that cannot be fooled: a bullet cut short or altered in the middle, contact details gone from the PDF ---

LONG = [
    "Built a distributed simulator in C++ that scaled to 4,096 nodes of a national supercomputer.",
    "Cut the training time of a large language model by half with mixed precision and ZeRO sharding.",
]
"""Bullets longer than the 30 characters a lazy check might compare, changed only after them."""
FOOLS = {
    "cut short": [LONG[0][:60], LONG[1]],
    "altered in the middle": [LONG[0].replace("4,096 nodes", "4,069 nodes"), LONG[1]],
    "altered near the end": [LONG[0], LONG[1].replace("ZeRO sharding", "ZeRO offload")],
}


@pytest.mark.parametrize("printed", FOOLS.values(), ids=FOOLS.keys())
def test_a_bullet_cut_short_or_altered_past_its_opening_words_is_reported(printed: list[str]) -> None:
    report = check(data(resume(bullets=printed)), Expected(bullets=LONG, name=NAME, email=EMAIL, phone=PHONE))
    assert [(p.kind, p.where) for p in report.problems] == [("bullet missing", "docx")]


@needs_libreoffice
def test_the_pdf_alone_missing_the_contact_line_or_a_bullets_words_is_reported() -> None:
    from tailor.documents.pdf import convert

    whole = resume(bullets=LONG)
    broken = resume(bullets=FOOLS["cut short"])
    contact = broken.paragraphs[1]
    contact._p.getparent().remove(contact._p)  # the name stays, the email and phone go
    pdf = convert([data(broken)])[0]
    report = check(data(whole), Expected(bullets=LONG, name=NAME, email=EMAIL, phone=PHONE), pdf=pdf)
    assert [(p.kind, p.where) for p in report.problems] == [
        ("bullet missing", "pdf"),
        ("contact", "pdf"),
        ("contact", "pdf"),
    ]
    assert [EMAIL in p.message or PHONE in p.message for p in report.problems[1:]] == [True, True]


@needs_libreoffice
def test_the_phone_checked_is_the_contact_lines_printed_with_non_breaking_spaces_not_a_grants_number(
    tmp_path: Path,
) -> None:
    """tailor keeps a phone on one line with non-breaking spaces; a long number further down (a grant's "F32
    CA249871) 2020") is none of the person's: a PDF beside that lacks the contact line is told the person's phone."""
    from tailor.documents.pdf import convert

    path = tmp_path / "cv.docx"
    document = resume()
    document.paragraphs[1].text = f"{EMAIL}  ·  +41\u00a077\u00a0123\u00a045\u00a067"
    document.add_paragraph("Awards", style="Heading 1")
    document.add_paragraph("NRSA Postdoctoral Fellowship (F32 CA249871)  2020")
    document.save(path)
    contact = document.paragraphs[1]
    contact._p.getparent().remove(contact._p)
    Outputs(path).pdf.write_bytes(convert([data(document)])[0])
    told = [p.message for p in check_resume(path).problems if p.kind == "contact"]
    assert len(told) == 2 and "+41\u00a077\u00a0123\u00a045\u00a067" in told[1]


@needs_libreoffice
def test_a_pdf_alone_is_checked_by_its_text_for_the_bullets_its_word_files_manifest_lists(tmp_path: Path) -> None:
    from tailor.documents.pdf import convert

    word, pdf = tmp_path / "cv.docx", tmp_path / "cv.pdf"
    pdf.write_bytes(convert([data(resume(bullets=LONG))])[0])  # the Word file itself is gone: only its manifest
    written_manifest(word, [(LONG[1], True, 2), (LONG[0], True, 1)])
    report = check_resume(pdf)
    assert report.ok, report.problems
    assert "bullets: the 2 that cv.manifest.json lists" in report.notes
    assert any("a PDF alone" in note for note in report.notes)

    written_manifest(word, [(LONG[0], True, 1), (BULLETS[1], True, 2)])
    assert [(p.kind, p.where) for p in check_resume(pdf).problems] == [("bullet missing", "pdf")]


def test_a_pdf_alone_without_an_email_address_or_an_author_in_its_text_is_reported(tmp_path, monkeypatch) -> None:
    from pypdf import PdfWriter

    import tailor.documents.pdf

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_metadata({"/Author": NAME})
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "cv.pdf"
    path.write_bytes(buffer.getvalue())
    text = f"Someone Else\n{PHONE}\nExperience\n{BULLETS[0]}\n"
    monkeypatch.setattr(tailor.documents.pdf, "extract_text", lambda pdf: (text, "pdftotext"))
    messages = [p.message for p in check_resume(path).problems]
    assert messages == [
        f"The name {NAME} is not in the PDF's text.",
        "No email address found in the PDF's text; add one to your CV, to print under the name.",
    ]


def test_a_pdf_with_no_text_to_read_is_reported_as_unreadable_not_passed(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)  # as a scan is to a parser: a page with no text on it
    path = tmp_path / "scan.pdf"
    writer.write(path)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert "no text" in result.output and "scan" in " ".join(result.output.split())


# --- the command line --------------------------------------------------------------------


runner = CliRunner()


def test_tailor_check_exits_1_listing_problems_and_0_when_there_are_none(tmp_path: Path) -> None:
    bad, good = tmp_path / "bad.docx", tmp_path / "good.docx"
    resume(heading="My Journey").save(bad)
    resume().save(good)
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 1, result.output
    assert "My Journey" in result.output and "heading" in result.output
    result = runner.invoke(app, ["check", str(good)])
    assert result.exit_code == 0, result.output
    assert "✓" in result.output


def test_tailor_check_checks_every_file_given_and_says_which_had_problems(tmp_path: Path) -> None:
    bad, good, missing = tmp_path / "bad.docx", tmp_path / "good.docx", tmp_path / "missing.docx"
    resume(heading="My Journey").save(bad)
    resume().save(good)
    result = runner.invoke(app, ["check", str(good), str(bad)])
    assert result.exit_code == 1, result.output
    assert f"✓ {good}" in " ".join(result.output.split()) and f"✗ {bad}" in " ".join(result.output.split())
    result = runner.invoke(app, ["check", str(missing), str(good)])
    assert result.exit_code == 2 and "✓" in result.output  # the file that can be read is checked all the same
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["missing.docx", "notes.txt", "fake.pdf"])
def test_tailor_check_of_a_missing_or_non_word_file_is_a_user_error(tmp_path: Path, name: str) -> None:
    if not name.startswith("missing"):
        (tmp_path / name).write_text("hello", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
