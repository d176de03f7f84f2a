"""Word postings: headings, lists, tables and content controls in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement

from tailor.errors import TailorError
from tailor.posting import read_posting, structure
from tailor.posting.details import Detail, PostingDetails
from tailor.posting.formats.word import MAX_DOCX_BYTES
from tests.conftest import without_numbering
from tests.posting.formats.samples import DOCX_TEXT, make_docx, make_zip, write


def _details(tmp_path: Path, document: Any) -> PostingDetails:
    """The details tailor reads from ``document``, saved as a posting's .docx."""
    out = io.BytesIO()
    document.save(out)
    return structure.of(read_posting(write(tmp_path, "job.docx", out.getvalue()))).details


def test_docx_keeps_headings_lists_and_tables_in_document_order(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.docx", make_docx()))
    assert posting.text == DOCX_TEXT
    assert (posting.title, posting.company) == ("Data Engineer", None)


def test_docx_title_property_that_is_a_file_name_is_ignored(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Microsoft Word - JD_final.docx"
    document.add_paragraph("Engineer")
    out = io.BytesIO()
    document.save(out)
    assert read_posting(write(tmp_path, "job.docx", out.getvalue())).title is None


def test_docx_text_inside_content_controls_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kubernetes in production")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph._p.addprevious(control)
    control.append(content)
    content.append(paragraph._p)  # moves the paragraph into the content control
    out = io.BytesIO()
    document.save(out)
    assert read_posting(write(tmp_path, "job.docx", out.getvalue())).text == "Kubernetes in production"


def test_docx_is_read_as_word_shows_it_insertions_in_deletions_and_hidden_text_out(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Strong SQL and ")
    inserted, deleted = OxmlElement("w:ins"), OxmlElement("w:del")
    inserted.append(paragraph.add_run("Power BI")._r)  # a tracked insertion: shown
    paragraph._p.append(inserted)
    gone = paragraph.add_run("Tableau")._r
    gone.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    ).tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}delText"
    deleted.append(gone)  # a tracked deletion: not shown
    paragraph._p.append(deleted)
    note = document.add_paragraph().add_run("INTERNAL NOTE: budget for a Solidity engineer")
    note.font.hidden = True  # hidden text: not shown
    out = io.BytesIO()
    document.save(out)
    assert read_posting(write(tmp_path, "job.docx", out.getvalue())).text == "Strong SQL and Power BI"


def test_docx_paragraphs_whose_numbering_is_taken_away_read_as_they_would_without_it(tmp_path: Path) -> None:
    # The numbering "0" takes away numbering (LibreOffice writes it on the headings of a page it saved): a paragraph
    # that carries it is no list item, and the posting reads as it would without it.
    def saved(name: str, unnumbered: bool) -> Any:
        document = docx.Document()
        document.add_paragraph("Shift Supervisor", style="Heading 1")
        for label, item in [("Responsibilities:", "Open the café and count the till"), ("Requirements:", "Latte art")]:
            paragraph = document.add_paragraph(label)
            if unnumbered:
                without_numbering(paragraph)
            document.add_paragraph(item, style="List Bullet")
        out = io.BytesIO()
        document.save(out)
        return read_posting(write(tmp_path, name, out.getvalue()))

    assert saved("unnumbered.docx", True).text == saved("plain.docx", False).text


@pytest.mark.parametrize(
    "data",
    [b"Requirements: Python", make_zip({"readme.txt": "not a document"}), make_docx()[:2000]],
    ids=["renamed-text-file", "renamed-zip", "truncated"],
)
def test_corrupt_docx_is_a_clear_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(TailorError, match=r"not a Word document \(\.docx\).*save it again as \.docx"):
        read_posting(write(tmp_path, "job.docx", data))


def test_docx_title_style_is_the_title_and_its_label_is_not_part_of_it(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Job title: Data Platform Engineer", style="Title")
    document.add_paragraph("Northwind Freight · Rotterdam, Netherlands", style="Subtitle")
    document.add_heading("Requirements", 2)
    document.add_paragraph("Python and Spark", style="List Bullet")
    found = _details(tmp_path, document)
    assert (found.title, found.company, found.location) == (
        Detail("Data Platform Engineer", "label"),
        Detail("Northwind Freight", "board-header"),
        Detail("Rotterdam, Netherlands", "board-header"),
    )


def test_docx_title_style_paragraph_is_the_title_it_states(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Harbor Analytics", style="Normal")
    document.add_paragraph("Senior Data Engineer", style="Title")
    document.add_paragraph("We move freight data.")
    found = _details(tmp_path, document)
    assert found.title == Detail("Senior Data Engineer", "title-style")


def test_a_zip_bomb_named_docx_is_refused_before_it_is_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w") as member:
            for _ in range(MAX_DOCX_BYTES // 1_000_000 + 1):
                member.write(b" " * 1_000_000)
    assert len(bomb.getvalue()) < MAX_DOCX_BYTES // 500  # some 100 KB that would inflate past the limit

    def no_opening(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bomb was opened")

    monkeypatch.setattr(docx, "Document", no_opening)
    with pytest.raises(TailorError, match=r"inflates to more than the 50 MB"):
        read_posting(write(tmp_path, "job.docx", bomb.getvalue()))


def test_a_table_of_detail_labels_over_their_values_gives_each_value_its_label(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Senior Business Analyst", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Location", "Type", "Salary"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Columbus, OH", "Full-time", "$85,000 per year"], strict=True):
        cell.text = text
    document.add_heading("Requirements", 2)
    document.add_paragraph("SQL and Excel", style="List Bullet")
    found = _details(tmp_path, document)
    assert (found.location, found.employment_type, found.salary) == (
        Detail("Columbus, OH", "label"),
        Detail("Full-time", "label"),
        Detail("$85,000 per year", "label"),
    )
