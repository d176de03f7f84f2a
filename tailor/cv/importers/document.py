"""A résumé document (.docx, .pdf, .html, .txt, .md; .doc, .odt, .rtf through LibreOffice) → a draft: its lines
with their layout, then parsed."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from tailor.cv.importers import layout
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.resume import parse
from tailor.errors import TailorError

SUFFIXES = frozenset(layout.READERS)
_KINDS = {
    ".docx": "a Word résumé",
    ".doc": "a Word 97–2003 résumé",
    ".odt": "an OpenDocument résumé",
    ".rtf": "an RTF résumé",
    ".pdf": "a PDF résumé",
    ".md": "a Markdown résumé",
    ".markdown": "a Markdown résumé",
    ".html": "a résumé as a web page",
    ".htm": "a résumé as a web page",
}


def read(path: Path) -> Draft:
    """The résumé at ``path`` as a draft CV (:mod:`tailor.cv.importers.resume` says how it is read).

    Raises:
        TailorError: the file cannot be read, or holds no text (empty, or spaces and blank lines only).
    """
    lines = layout.read(path)
    if not lines:
        # Refused as an empty stdin is: a draft of nothing would be a file to delete, and a failed exit.
        raise no_text(path)
    return parse(lines, path, _KINDS.get(path.suffix.lower(), "a résumé as text"))


def no_text(path: Path) -> TailorError:
    """What to say of a file to import that holds no text (empty, or spaces and blank lines only), whatever its
    kind: a résumé, a JSON Resume or a RenderCV file."""
    return TailorError(
        f"{path} holds no text to import: it is empty or blank. Give the file your résumé is saved in, or pipe "
        "the résumé as text into `tailor init --from -`."
    )


MAX_PIPED_BYTES = 20 * 1024 * 1024
"""The most of a piped résumé read (20 MB, as for a posting): a résumé as text is a few kilobytes."""


def read_stream(stream: BinaryIO) -> Draft:
    """The résumé piped to ``stream`` (``tailor init --from -``): text, Markdown or a web page's HTML, each read
    as its file would be.

    Raises:
        TailorError: nothing came, or more than :data:`MAX_PIPED_BYTES`.
    """
    data = stream.read(MAX_PIPED_BYTES + 1)
    if len(data) > MAX_PIPED_BYTES:
        raise TailorError("What came on stdin is larger than a résumé (20 MB): save the résumé to a file, pass that.")
    if not data.strip():
        raise TailorError(
            "Nothing came on stdin to import: pipe a résumé as text into `tailor init --from -`, or give its file."
        )
    return parse(layout.read_text(data, "stdin"), Path("-"), "a résumé as text from stdin")
