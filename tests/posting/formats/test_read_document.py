"""Which format a posting is, told by its content where its name does not say; and every format
end to end through `tailor match`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.errors import TailorError
from tailor.posting import read_posting
from tests.posting.formats.samples import (
    BOARD_PAGE,
    BOARD_TEXT,
    DOCX_TEXT,
    PDF_LINES,
    PDF_TEXT,
    SUPPORTED,
    make_docx,
    make_pdf,
    make_zip,
    write,
)

# --- formats by content -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_pdf(PDF_LINES), PDF_TEXT),
        (make_docx(), DOCX_TEXT),
        (BOARD_PAGE.encode("utf-8"), BOARD_TEXT),
        (b"  <HTML><body><ul><li>Python</li></ul></body></HTML>", "- Python"),
        (b"# Engineer\nPython <3", "# Engineer\nPython <3"),
    ],
    ids=["pdf", "docx", "html-doctype", "html-tag", "text"],
)
def test_stdin_format_is_sniffed_from_the_content(data: bytes, expected: str) -> None:
    assert read_posting("-", stdin=io.BytesIO(data)).text == expected


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("job.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
        ("job.xlsx", make_zip({"xl/workbook.xml": "<workbook/>"}), "is a .xlsx file"),
        ("job.pages", make_zip({"index.xml": "<doc/>"}), "is a .pages file"),
    ],
)
def test_unsupported_binary_format_is_an_error_naming_the_supported_ones(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(TailorError, match=message) as raised:
        read_posting(write(tmp_path, name, data))
    assert SUPPORTED in str(raised.value)


def test_file_without_extension_is_read_by_its_content(tmp_path: Path) -> None:
    assert read_posting(write(tmp_path, "posting", make_pdf(PDF_LINES))).text == PDF_TEXT
    assert read_posting(write(tmp_path, "page", BOARD_PAGE)).text == BOARD_TEXT


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("posting.txt", make_pdf(PDF_LINES), PDF_TEXT),
        ("posting.md", make_pdf(PDF_LINES), PDF_TEXT),
        ("posting.txt", make_docx(), DOCX_TEXT),
        ("posting.html", make_pdf(PDF_LINES), PDF_TEXT),
    ],
    ids=["pdf-as-txt", "pdf-as-md", "docx-as-txt", "pdf-as-html"],
)
def test_a_document_saved_under_a_text_name_is_read_as_what_it_is(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    """A browser's "Save as" or a download renamed by hand leaves a PDF or Word file called posting.txt: its
    signature says what it is, as on stdin."""
    assert read_posting(write(tmp_path, name, data)).text == expected


def test_a_text_file_that_mentions_a_pdf_signature_stays_text(tmp_path: Path) -> None:
    text = "Document engineer\nYou will repair files whose header (%PDF-1.7) is damaged.\n"
    assert read_posting(write(tmp_path, "posting.txt", text)).text == text


# --- end to end through the CLI ---------------------------------------------------------------

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "data"),
    [("job.html", BOARD_PAGE.encode("utf-8")), ("job.pdf", make_pdf(PDF_LINES)), ("job.docx", make_docx())],
    ids=["html", "pdf", "docx"],
)
def test_cli_matches_postings_in_every_format(tmp_path: Path, name: str, data: bytes) -> None:
    result = runner.invoke(app, ["match", str(write(tmp_path, name, data)), "--cv", "example", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["bullets"]
