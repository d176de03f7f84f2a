"""One reader per format, and how a posting's format is chosen.

A reader turns a posting's bytes into an :class:`~tailor.posting.extracted.Extracted`
or raises :class:`~tailor.errors.TailorError`. :func:`read_document` picks the
reader, in this order of evidence:

1. a file's known extension (the reader then checks the content is what the
   name says, and says so clearly when it is not), unless it names a text format
   (.txt, .md, .html) and the bytes carry a signature: a PDF or Word file saved under a
   text name ("posting.txt") is read as what it is, as it would be on stdin;
2. a signature in the bytes: ``%PDF-`` is a PDF, a zip is a .docx (on stdin,
   from a URL, or in a file without extension) or an OpenDocument .odt, and legacy
   .doc and RTF are read through LibreOffice (:mod:`tailor.posting.formats.office`);
3. the media type a web server declared (``text/html``, ``text/markdown``, …);
4. a URL's own extension (``…/posting.md``);
5. the content: HTML markup is a web page, anything else is read as text (and
   the text reader refuses binary data, naming the formats tailor reads).

The readers import their libraries (lxml, pypdf, python-docx, cmarkgfm,
charset-normalizer) when called, so importing tailor stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from tailor.errors import TailorError
from tailor.posting.extracted import Extracted
from tailor.posting.formats.markdown import read_markdown
from tailor.posting.formats.office import kind_of, read_office
from tailor.posting.formats.pdf import read_pdf
from tailor.posting.formats.text import SUPPORTED_FORMATS, read_text
from tailor.posting.formats.webpage import read_html
from tailor.posting.formats.word import read_docx

Reader = Callable[[bytes, str, str | None], Extracted]
"""``(data, source, declared charset or None) → Extracted``; raises TailorError for bad input."""

READERS: dict[str, Reader] = {
    "text": partial(read_text, as_html=read_html),
    "markdown": read_markdown,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
    "office": read_office,
}
"""Format name → reader."""

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "office",
    ".odt": "office",
    ".rtf": "office",
}
"""File extension (lower case) → format name."""

MEDIA_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
"""HTTP media type → format name."""

TEXT_FORMATS = frozenset({"text", "markdown", "html"})
"""The formats of text: a file named as one of them whose bytes carry another format's signature is that format."""

_HTML_MARKUP = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def read_document(
    data: bytes,
    source: str,
    *,
    suffix: str = "",
    media_type: str | None = None,
    charset: str | None = None,
    from_file: bool = False,
) -> Extracted:
    """Read a posting's bytes in whichever format they are.

    ``suffix`` is the file's or URL's extension, ``media_type`` and
    ``charset`` what a web server declared, ``from_file`` whether ``suffix``
    names a local file (whose unknown extension then means "not a posting" for
    binary content).
    """
    read = READERS[choose_format(data, source, suffix=suffix, media_type=media_type, from_file=from_file)]
    extracted = read(data, source, charset)
    if extracted.text.isascii():
        return extracted
    return replace(extracted, text=_INVISIBLE.sub("", extracted.text))


_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")
"""Characters that show nothing and part no words: soft hyphens, word joiners and byte-order marks, which postings
pasted together or saved by web pages carry mid-text ("\ufeff\ufeffAbility to lift"), and which would stick to a word
and make it another. A zero-width space may stand for a space, and the analysis reads it as one; zero-width joiners
make an emoji of several."""


def choose_format(
    data: bytes, source: str, *, suffix: str = "", media_type: str | None = None, from_file: bool = False
) -> str:
    """The format name for ``data``, by the order of evidence in this module's docstring.

    Raises:
        TailorError: the bytes are a format tailor does not read (a spreadsheet, a legacy .doc, RTF).
    """
    suffix = suffix.lower()
    named = EXTENSIONS.get(suffix) if from_file else None
    if named is not None and named not in TEXT_FORMATS:
        return named
    head = data[:1024]
    if b"%PDF-" in head[:16]:
        return "pdf"
    if kind_of(data) is not None:
        return "office"
    if head.startswith(b"PK\x03\x04"):
        if from_file and suffix and named is None:
            # .xlsx, .pptx, .zip, …: every Office format is a zip, but only .docx and .odt are postings we read.
            raise _unsupported(source, f"a {suffix} file")
        return "docx"
    if named is not None:
        return named
    if b"%PDF-" in head:
        return "pdf"
    if media_type in MEDIA_TYPES and MEDIA_TYPES[media_type] != "text":
        return MEDIA_TYPES[media_type]
    if not from_file and suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    return "html" if _HTML_MARKUP.search(head) else "text"


def _unsupported(source: str, what: str) -> TailorError:
    return TailorError(
        f"The posting {source} is {what}, a format tailor does not read. tailor reads postings saved as "
        f"{SUPPORTED_FORMATS}, from stdin ('-') or from an http(s) address. Save the posting as .docx, .pdf or "
        ".txt (or copy its text into a .txt file) and pass that instead."
    )


__all__ = ["EXTENSIONS", "MEDIA_TYPES", "READERS", "Reader", "choose_format", "read_document"]
