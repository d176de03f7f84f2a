"""Legacy Word .doc, OpenDocument .odt and RTF postings, read through LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tailor.documents import pdf
from tailor.errors import TailorError
from tailor.posting import read_posting
from tailor.posting.formats import choose_format
from tailor.posting.formats.office import kind_of
from tests.conftest import needs
from tests.posting.formats.samples import make_docx, write

# LibreOffice's filter names for each format it writes.
FILTERS = {".doc": "doc:MS Word 97", ".odt": "odt", ".rtf": "rtf"}


def saved_as(tmp_path: Path, suffix: str) -> Path:
    """The Word sample posting, saved by LibreOffice as ``suffix``."""
    source = write(tmp_path, "job.docx", make_docx())
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless"),
            *("--convert-to", FILTERS[suffix], "--outdir", str(tmp_path / "out"), str(source)),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    return tmp_path / "out" / f"job{suffix}"


@needs("libreoffice")
@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_a_legacy_or_opendocument_posting_reads_like_its_docx(tmp_path: Path, suffix: str) -> None:
    path = saved_as(tmp_path, suffix)
    assert kind_of(path.read_bytes()) == suffix
    text = read_posting(path).text
    assert "Data Engineer" in text and "Python and SQL" in text and "Kubernetes" in text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), ".doc"),
        (b"{\\rtf1\\ansi Engineer}", ".rtf"),
        (b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.text", ".odt"),
        (b"PK\x03\x04" + bytes(26) + b"word/document.xml", None),
    ],
)
def test_the_format_is_told_by_the_content_whatever_the_name(data: bytes, kind: str | None) -> None:
    assert kind_of(data) == kind
    assert choose_format(data, "posting", from_file=True) == ("office" if kind else "docx")


def test_without_libreoffice_the_message_says_how_to_read_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    path = write(tmp_path, "job.rtf", b"{\\rtf1\\ansi Engineer}")
    with pytest.raises(TailorError, match=r"job.rtf is a .rtf file. LibreOffice is needed to read a .rtf file.*docx"):
        read_posting(path)
