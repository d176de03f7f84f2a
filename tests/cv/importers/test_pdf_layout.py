"""Reading a PDF résumé's pieces of text: what pypdf gives, mended where it misreads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.cv.importers import pdf_layout
from tailor.cv.importers.pdf_layout import _Piece
from tailor.documents import pdf
from tests.cv.importers.resumes import Text, raw_pdf


def _page(*texts: str) -> list[_Piece]:
    return [_Piece(72.0, 700.0 - 20 * n, text, 10.0, False, False, order=n) for n, text in enumerate(texts)]


def test_each_emoji_is_read_as_pdftotext_reads_it_where_pypdf_gave_another(monkeypatch: pytest.MonkeyPatch) -> None:
    # pypdf read a LibreOffice PDF's 🔥 and 🏨 as 🚀; poppler reads each right, in the same order.
    pages = [_page("Ran the on-call rotation 🚀", "Built a hotel booking platform 🚀", "Plain words")]
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran … 🔥\nBuilt … 🏨\nPlain words\n", "pdftotext"))
    mended = pdf_layout._astral_as_poppler_reads(pages, b"%PDF")
    assert [p.text for p in mended[0]] == [
        "Ran the on-call rotation 🔥",
        "Built a hotel booking platform 🏨",
        "Plain words",
    ]


def test_emoji_are_left_as_pypdf_read_them_where_pdftotext_reads_another_count_or_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = [_page("Ran the on-call rotation 🚀")]
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran 🔥 and 🏨\n", "pdftotext"))
    assert pdf_layout._astral_as_poppler_reads(pages, b"%PDF")[0][0].text == "Ran the on-call rotation 🚀"
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran 🔥\n", "pypdf"))
    assert pdf_layout._astral_as_poppler_reads(pages, b"%PDF")[0][0].text == "Ran the on-call rotation 🚀"


def test_a_list_that_wrapped_inside_its_last_item_goes_on_but_one_that_stopped_short_of_a_word_does_not(
    tmp_path: Path,
) -> None:
    # A line of a list parted by commas that reached the right edge with no room for the next line's first word
    # broke inside an item ("…, Microsoft" / "Excel"); one that left room for it ended where its writer chose.
    page = [
        Text(50, 800, "Owen Pritchard"),
        Text(50, 786, "owen@example.org"),
        Text(50, 758, "SKILLS"),
        Text(50, 744, "Systems: Arbor, SIMS, Google Classroom, Microsoft Teams, Seneca Learning, Educake, Microsoft"),
        Text(50, 730, "Excel"),
        Text(50, 716, "Lesson planning, Behaviour management, Curriculum design, Coaching, Marking"),
        Text(50, 702, "Agile, Scrum, Kanban"),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert "Systems: Arbor, SIMS, Google Classroom, Microsoft Teams, Seneca Learning, Educake, Microsoft Excel" in lines
    assert "Agile, Scrum, Kanban" in lines
