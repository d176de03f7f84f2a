"""Read a job posting into text.

A posting is named by a path or ``-`` for standard input. Each supported file
type has a reader (bytes → text) in :data:`READERS`, keyed by file extension,
so new formats slot in without touching the callers. Files with another
extension are accepted when their content is plainly text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tailor.errors import TailorError

MAX_POSTING_BYTES = 5_000_000
"""Postings are pages of text; anything larger is almost certainly the wrong file."""


@dataclass(frozen=True)
class Posting:
    """A job posting: where it came from and its text."""

    source: str
    """The path as given, or ``-`` for standard input."""
    text: str

    @property
    def stem(self) -> str:
        """A short name for output files: the file name without extension, or ``posting``."""
        return "posting" if self.source == "-" else Path(self.source).stem


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes of a text file: UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252.

    Raises:
        TailorError: the bytes are not text (binary data such as an image or archive).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        raise _not_text(source)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Not UTF-8: most such postings were saved on Windows. cp1252 leaves five
            # bytes undefined; latin-1 decodes everything and agrees on the rest.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        raise _not_text(source)
    return text


def _not_text(source: str) -> TailorError:
    return TailorError(
        f"The posting {source} is not text: it looks like a binary file. "
        "Save the job posting as a .txt or .md file (copy the text from the page), or pipe its text with '-'."
    )


READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": decode_text,
    ".md": decode_text,
    ".markdown": decode_text,
    "": decode_text,
}
"""File extension → reader. A reader turns the file's bytes into plain text or raises TailorError."""


def read_posting(source: str | Path, stdin: BinaryIO | None = None) -> Posting:
    """Read the posting at ``source`` (a path, or ``-`` for ``stdin``).

    Raises:
        TailorError: the file is missing, a directory, too large, not text, or has no words.
    """
    name = str(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_POSTING_BYTES + 1)
        reader = decode_text
    else:
        path = Path(source)
        data = _read_file(path)
        reader = READERS.get(path.suffix.lower(), decode_text)
    if len(data) > MAX_POSTING_BYTES:
        raise _too_large(name)
    text = reader(data, name)
    if not text.strip():
        raise TailorError(f"The posting {name} is empty. Save the text of the job posting in it and try again.")
    return Posting(source=name, text=text)


def _too_large(name: str) -> TailorError:
    return TailorError(
        f"The posting {name} is larger than {MAX_POSTING_BYTES // 1_000_000} MB; "
        "a job posting is a few pages of text. Check that you passed the right file."
    )


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise TailorError(
            f"The posting {path} does not exist. Check the path, or use '-' to read the posting from stdin."
        )
    if path.is_dir():
        raise TailorError(f"The posting {path} is a directory. Pass the posting's file, e.g. {path}/posting.txt.")
    if path.stat().st_size > MAX_POSTING_BYTES:
        # Refuse before reading: a huge file should not be pulled into memory to be rejected.
        raise _too_large(str(path))
    try:
        return path.read_bytes()
    except OSError as e:
        raise TailorError(f"The posting {path} cannot be read: {e.strerror}. Check its permissions.") from None
