"""A résumé document (.docx, .pdf, .html, .txt, .md) → a draft: its lines with their layout, then parsed."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers import layout
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.resume import parse

SUFFIXES = frozenset(layout.READERS)
_KINDS = {
    ".docx": "a Word résumé",
    ".pdf": "a PDF résumé",
    ".md": "a Markdown résumé",
    ".markdown": "a Markdown résumé",
    ".html": "a résumé as a web page",
    ".htm": "a résumé as a web page",
}


def read(path: Path) -> Draft:
    """The résumé at ``path`` as a draft CV (:mod:`tailor.cv.importers.resume` says how it is read)."""
    return parse(layout.read(path), path, _KINDS.get(path.suffix.lower(), "a résumé as text"))
