"""Reading a posting: files and stdin, encodings, and input that is not a posting."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.posting import MAX_POSTING_BYTES, read_posting

TEXT = "Senior Engineer – Zürich\nWe need C++ and MPI. “Quotes” too.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "windows-1252"],
)
def test_text_files_decode_in_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(encoded)
    assert read_posting(path).text.replace("\r\n", "\n") == TEXT


def test_latin1_file_decodes(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes("Ingénieur à Genève".encode("latin-1"))
    assert read_posting(path).text == "Ingénieur à Genève"


def test_markdown_and_extensionless_files_are_read_as_text(tmp_path: Path) -> None:
    for name in ("job.md", "job"):
        (tmp_path / name).write_text("# Engineer\nPython", encoding="utf-8")
        assert read_posting(tmp_path / name).text == "# Engineer\nPython"


def test_stdin_is_read_when_source_is_dash() -> None:
    posting = read_posting("-", stdin=io.BytesIO(TEXT.encode("utf-8")))
    assert posting.source == "-" and posting.text == TEXT and posting.stem == "posting"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "whitespace"])
def test_empty_posting_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(content)
    with pytest.raises(TailorError, match="is empty"):
        read_posting(path)


def test_binary_file_is_not_a_posting(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(TailorError, match="not text"):
        read_posting(path)


def test_missing_file_and_directory_are_errors(tmp_path: Path) -> None:
    with pytest.raises(TailorError, match="does not exist"):
        read_posting(tmp_path / "missing.txt")
    with pytest.raises(TailorError, match="is a directory"):
        read_posting(tmp_path)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_POSTING_BYTES + 1)
    with pytest.raises(TailorError, match="larger than"):
        read_posting(path)
