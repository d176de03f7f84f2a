"""A Word posting (.docx) → light Markdown, in document order, tables included.

Recruiters put requirements in tables, so the body is walked in order:
paragraphs, tables (one line per row, cells joined by `` | ``) and content
controls. A table whose cells hold lists or several paragraphs is a layout
table, not a list of values: its cells are written as ordinary paragraphs.
Heading styles become headings; list styles and numbered paragraphs, items.
A paragraph's text is what Word shows: tracked insertions in, tracked deletions
and hidden text out (:func:`shown_text`).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tailor.errors import TailorError
from tailor.posting.details import Candidate
from tailor.posting.extracted import Extracted, Outline, clean_inline, plausible_title

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph
    from lxml.etree import _Element

MAX_DOCX_BYTES = 50_000_000
"""The most a .docx posting may hold once decompressed (50 MB: a posting's text is well under 1 MB,
its pictures a few MB). Summed from the sizes the zip declares before anything is inflated, so
a zip bomb (a small file that inflates to gigabytes) is refused without being opened; Python's
zipfile never inflates a member past the size it declares."""

_HEADING_STYLE = re.compile(r"^heading\s*(\d)", re.IGNORECASE)


def read_docx(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """The paragraphs and tables of a Word document; its Title paragraph (else its first Heading 1) and its
    title property as the title it states.

    Raises:
        TailorError: the bytes are not a Word document (another zip, a renamed text file, a damaged file).
    """
    import docx

    _check_inflated_size(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        # Not a zip, a zip without word/document.xml, another Office format (ValueError names
        # its content type), damaged XML, or a part python-docx trips over: no common type.
        raise _not_word(source) from None
    outline = Outline()
    _write_blocks(document, document.element.body, outline)
    stated = [Candidate("title", text, "title-style") for text in [_title_paragraph(document)] if text]
    stated += [Candidate("title", t, "properties") for t in [plausible_title(document.core_properties.title)] if t]
    return Extracted(text=outline.render(), stated=tuple(stated))


def _title_paragraph(document: Document) -> str | None:
    """The text of the first paragraph in the Title style, else of the first in Heading 1: what the
    author of the document styled as its title."""
    first: dict[str, str] = {}
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""
        text = clean_inline(shown_text(paragraph))
        if text and style in ("Title", "Heading 1"):
            first.setdefault(style, text)
            if style == "Title":
                break
    return first.get("Title") or first.get("Heading 1")


def _not_word(source: str) -> TailorError:
    return TailorError(
        f"The posting {source} is not a Word document (.docx) tailor can open: it may be another format "
        "renamed, or damaged. Open it in Word or LibreOffice and save it again as .docx, or copy the posting's "
        "text into a .txt file and pass that instead."
    )


def _check_inflated_size(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            inflated = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _not_word(source) from None
    if inflated > MAX_DOCX_BYTES:
        raise TailorError(
            f"The posting {source} is a .docx that inflates to more than the {MAX_DOCX_BYTES // 1_000_000} MB "
            f"tailor reads ({inflated / 1_000_000:,.0f} MB); a posting holds well under that. It may be damaged or "
            "built to harm: copy the posting's text into a .txt file and pass that instead."
        )


def _write_blocks(document: Document, container: _Element, outline: Outline) -> None:
    """Write the paragraphs and tables directly inside ``container`` (the body, a cell, a content control)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            _write_paragraph(Paragraph(child, document), outline)
        elif child.tag == qn("w:tbl"):
            _write_table(document, Table(child, document), outline)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _write_blocks(document, content, outline)


def shown_text(paragraph: Paragraph) -> str:
    """The text of ``paragraph`` as Word shows it with its changes accepted: its runs, hyperlinks' and tracked
    insertions' among them (python-docx's ``text`` leaves insertions out, so an edited "Strong SQL and Excel"
    vanished), but not a tracked deletion's, a moved-away run's or a run formatted as hidden (an author's "internal
    note, do not publish"), nor the runs of a text box's own paragraphs."""
    from docx.oxml.ns import qn
    from docx.text.run import Run

    p = paragraph._p
    said = []
    for r in p.iter(qn("w:r")):
        parent = r.getparent()
        while parent is not None and parent is not p and parent.tag not in _NOT_SHOWN:
            parent = parent.getparent()
        if parent is p and not hidden(r):
            said.append(Run(r, paragraph).text)
    return "".join(said)


_NOT_SHOWN = frozenset(
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag for tag in ("del", "moveFrom", "p")
)
"""What a run inside is not the paragraph's shown text: a tracked deletion, a move's old place, another paragraph
(a text box's, inside a drawing)."""


def hidden(run: _Element) -> bool:
    """Whether ``run`` is formatted as hidden text (``w:vanish``, unless turned off)."""
    from docx.oxml.ns import qn

    properties = run.find(qn("w:rPr"))
    vanish = properties.find(qn("w:vanish")) if properties is not None else None
    return vanish is not None and vanish.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _write_paragraph(paragraph: Paragraph, outline: Outline) -> None:
    text = shown_text(paragraph).replace("\t", " ")
    if not text.strip():
        return
    style = paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""
    if found := _HEADING_STYLE.match(style):
        outline.heading(text, int(found.group(1)))
    elif style == "Title":
        outline.heading(text, 1)
    elif "List" in style or is_numbered(paragraph):
        outline.item(text)
    else:
        lines = text.split("\n")  # a line break inside the paragraph
        outline.paragraph(lines, [_is_bold(paragraph)] * len(lines))


def is_numbered(paragraph: Paragraph) -> bool:
    """Whether ``paragraph``'s own properties number or bullet it: a numbering they name, not the numbering "0",
    which takes away the one its style would give (LibreOffice writes it on every heading of a document it saved
    from a web page or an OpenDocument file: Word shows a heading)."""
    p_pr = paragraph._p.pPr
    numbering = None if p_pr is None else p_pr.numPr
    return numbering is not None and (numbering.numId is None or numbering.numId.val != 0)


def _is_bold(paragraph: Paragraph) -> bool:
    """True when every run with text is bold, directly or by its character or paragraph style."""
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(
        r.bold or (r.bold is None and (style_bold or bool(r.style is not None and r.style.font.bold))) for r in runs
    )


def _write_table(document: Document, table: Table, outline: Outline) -> None:
    from docx.oxml.ns import qn

    cells = [cell for row in table.rows for cell in _unique_cells(row.cells)]
    layout = any(
        len([p for p in cell.paragraphs if shown_text(p).strip()]) > 1 or cell._tc.find(qn("w:tbl")) is not None
        for cell in cells
    )
    outline.separate()
    rows = [
        ["\n".join(shown_text(p) for p in cell.paragraphs) for cell in _unique_cells(row.cells)] for row in table.rows
    ]
    if not layout and (labelled := _labelled_columns(rows)):
        # "Location | Type | Salary" over "Columbus, OH | Full-time | $85,000": each value under its label, as a
        # labelled line says it ("Location: Columbus, OH"), not a row of labels read as one.
        outline.paragraph(labelled, [False] * len(labelled))
        return
    for row, cells in zip(table.rows, rows, strict=True):
        if layout:
            for cell in _unique_cells(row.cells):
                _write_blocks(document, cell._tc, outline)
        else:
            outline.row(cells)


def _labelled_columns(rows: list[list[str]]) -> list[str]:
    """A table whose first row is the labels of a posting's details ("Location", "Type", "Salary") and whose rows
    under it hold their values, as lines "Label: value"; [] for any other table."""
    from tailor.posting.lines import LABELS

    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return []
    labels = [" ".join(cell.split()).rstrip(":") for cell in rows[0]]
    if not all(label.lower() in LABELS for label in labels):
        return []
    return [
        f"{label}: {' '.join(value.split())}"
        for row in rows[1:]
        for label, value in zip(labels, row, strict=True)
        if value.strip()
    ]


def _unique_cells(cells: Sequence[_Cell]) -> list[_Cell]:
    """The cells of a row without the repeats python-docx returns for a merged cell."""
    seen: list[_Cell] = []
    for cell in cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen
