"""Estimate how many pages a rendered .docx fills, without a word processor.

Only used when LibreOffice is not installed: the page count that matters is the
one a PDF really has. The estimate lays the body paragraphs out from the
document's own page size, margins, styles and indents: each paragraph's text is
word-wrapped with the character widths of Calibri (identical to its
metric-compatible stand-in Carlito, the bundled templates' font; bold text with
the bold face's), lines are
1.22 × the font size high (Calibri's ascent + descent + gap), between two
paragraphs stands the larger of the first's space after and the second's space
before (not their sum), and paragraphs flow onto pages honouring keep-with-next,
keep-lines-together and widow control.
With the bundled templates it lands within a few lines of LibreOffice; with
other fonts it is rougher, which is why callers must say it is an estimate.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import unicodedata
from dataclasses import dataclass
from typing import Any

import docx
from docx.oxml.ns import qn

from tailor.documents.styles import ON, Styles

_WIDTHS = (
    "226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507 507 507 507 "
    "268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855 646 662 517 673 543 459 "
    "487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525 498 305 471 525 229 239 455 229 799 "
    "525 527 525 525 349 391 335 525 452 715 433 453 395 314 460 314 498"
)
"""Advance widths of Carlito Regular for U+0020 … U+007E, in thousandths of an em."""
_BOLD_WIDTHS = (
    "226 326 438 498 507 729 705 233 312 312 498 498 258 306 267 430 507 507 507 507 507 507 507 507 507 507 "
    "276 276 498 498 498 463 898 606 561 529 630 488 459 637 631 267 331 547 423 874 659 676 532 686 563 473 "
    "495 653 591 906 551 520 478 325 430 325 498 498 300 494 537 418 537 503 316 474 537 246 255 480 246 813 "
    "537 538 537 537 355 399 347 537 473 745 459 474 397 344 475 344 498"
)
"""Advance widths of Carlito Bold for U+0020 … U+007E: a bold role title is a few hundredths wider."""
CHAR_WIDTH = {chr(32 + i): int(w) / 1000 for i, w in enumerate(_WIDTHS.split())}
CHAR_WIDTH |= {"–": 0.498, "—": 0.905, "·": 0.252, "»": 0.512, "•": 0.498, "\u00a0": 0.226}
BOLD_CHAR_WIDTH = {chr(32 + i): int(w) / 1000 for i, w in enumerate(_BOLD_WIDTHS.split())}
BOLD_CHAR_WIDTH |= {"–": 0.498, "—": 0.905, "·": 0.268, "»": 0.539, "•": 0.498, "\u00a0": 0.226}
OTHER_WIDTH = 0.5
"""Accented Latin letters and most other scripts are close to a lower-case letter's width."""
LINE_HEIGHT = 1.22
"""Single line spacing in Calibri/Carlito, as a multiple of the font size."""
TAB_WIDTH = 1.0
"""Room a tab before right-aligned dates takes at least, in ems."""


def char_width(char: str, bold: bool = False) -> float:
    """The width of ``char`` in ems, in bold if ``bold``."""
    widths = BOLD_CHAR_WIDTH if bold else CHAR_WIDTH
    if char in widths:
        return widths[char]
    if char == "\t":
        return TAB_WIDTH
    return 1.0 if unicodedata.east_asian_width(char) in "WF" else OTHER_WIDTH


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at ``size`` points, in bold if ``bold``."""
    return sum(char_width(c, bold) for c in text) * size


Run = tuple[str, float] | tuple[str, float, bool]
"""A run of a paragraph's text: its text, font size in points, and whether it is bold (not, if left out)."""


def wrap(runs: list[Run], width: float, first_width: float | None = None) -> int:
    """How many lines the ``(text, size)`` or ``(text, size, bold)`` runs of a paragraph take when word-wrapped
    into lines ``width`` points wide (the first line ``first_width`` wide, for hanging indents)."""
    words: list[float] = [0.0]
    spaces: list[float] = []
    for text, size, *bold in runs:
        for char in text:
            if char in " \t":
                # A tab before right-aligned dates needs at least this gap.
                spaces.append(char_width(" " if char == " " else "\t", *bold) * size)
                words.append(0.0)
            else:
                words[-1] += char_width(char, *bold) * size
    lines, used, limit = 1, 0.0, first_width if first_width is not None else width
    for space, word in zip([0.0, *spaces], words, strict=True):
        if used == 0 or used + space + word <= limit:
            used += (space if used else 0.0) + word
        else:
            lines, used, limit = lines + 1, word, width
        while used > limit:  # a word longer than a line breaks anywhere
            lines, used, limit = lines + 1, used - limit, width
    return lines


@dataclass(frozen=True)
class Block:
    """One paragraph as the page sees it: its lines and the space around them, in points."""

    lines: int
    line_height: float
    before: float
    after: float
    keep_with_next: bool
    keep_together: bool
    style: str = ""
    contextual: bool = False
    """No space between this and a neighbour of the same style ("List Bullet" in Word's stock styles)."""
    border: float = 0.0
    """Room a border above or below the text takes (its line and its distance from the text), besides the space."""

    @property
    def height(self) -> float:
        return self.before + self.lines * self.line_height + self.after + self.border


def blocks(data: bytes) -> tuple[list[Block], float, float]:
    """The body paragraphs of the .docx ``data`` as blocks, the page's text height and width in points."""
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    height = (section.page_height - section.top_margin - section.bottom_margin) / 12700
    width = (section.page_width - section.left_margin - section.right_margin) / 12700
    styles = Styles(document)
    laid_out = [_block(p, width, styles) for p in document.element.body.iterchildren(qn("w:p"))]
    compat = document.settings.element.find(qn("w:compat"))
    # Word before 2000 added the two (a document can ask for that still); since, and in LibreOffice, only the larger
    # of one paragraph's space after and the next one's space before stands (ISO/IEC 29500-1, 17.3.1.33).
    additive = compat is not None and compat.find(qn("w:doNotUseHTMLParagraphAutoSpacing")) is not None
    for i in range(len(laid_out) - 1):
        this, nxt = laid_out[i], laid_out[i + 1]
        if this.style == nxt.style and this.contextual:
            laid_out[i] = dataclasses.replace(this, after=0.0)
            laid_out[i + 1] = dataclasses.replace(nxt, before=0.0)
        elif not additive and this.after >= nxt.before:
            laid_out[i + 1] = dataclasses.replace(nxt, before=0.0)
        elif not additive:
            laid_out[i] = dataclasses.replace(this, after=0.0)
    return laid_out, height, width


def content_pages(data: bytes) -> float:
    """The length of the .docx ``data``'s paragraphs one after another, in pages, as if no page broke them: unlike
    :func:`estimate_pages`, it grows with every line added, also where a page already ends in a blank (a heading
    kept with its text goes on to the next page whether one line comes before it or three)."""
    laid_out, page, _ = blocks(data)
    return sum(block.height for block in laid_out) / page


def estimate_pages(data: bytes) -> float:
    """Pages the .docx ``data`` fills: whole pages plus the used fraction of the last one."""
    laid_out, page, _ = blocks(data)
    pages, used = 1, 0.0
    for i, block in enumerate(laid_out):
        # What must land on this page with the block's first line: the block itself if
        # it is kept together or short, else its first two lines (widow control), and
        # likewise the start of every following block it is kept with.
        head, chain = _start(block), i
        while laid_out[chain].keep_with_next and chain + 1 < len(laid_out):
            chain += 1
            head += _start(laid_out[chain])
        # The space after a page's last paragraph may fall below the page's text, as the margin's.
        if used > 0 and used + min(head - _trailing(laid_out[chain]), page) > page:
            pages, used = pages + 1, 0.0
        used += block.height
        while used - block.after > page:  # a long paragraph running on to the next page
            pages, used = pages + 1, used - page
    return pages - 1 + min(used, page) / page


def _start(block: Block) -> float:
    if block.keep_together or block.lines <= 3:
        return block.height
    return block.before + 2 * block.line_height


def _trailing(block: Block) -> float:
    """The space after ``block`` that :func:`_start` counts."""
    return block.after if block.keep_together or block.lines <= 3 else 0.0


def _points(value: str | None) -> float:
    return float(value) / 20 if value else 0.0


def _border(ppr: Any, style: str, styles: Styles) -> float:
    """The room the nearest borders above and below a paragraph take: each line (its size in eighths of a point)
    and its distance from the text (in points)."""
    sources = [ppr, *(s.find(qn("w:pPr")) for s in styles.chain(style))]
    borders = next((b for b in (s.find(qn("w:pBdr")) for s in sources if s is not None) if b is not None), None)
    room = 0.0
    for side in ("top", "bottom"):
        line = borders.find(qn(f"w:{side}")) if borders is not None else None
        if line is not None and line.get(qn("w:val")) not in (None, "none", "nil"):
            room += int(line.get(qn("w:sz")) or 0) / 8 + float(line.get(qn("w:space")) or 0)
    return room


def _block(p: Any, width: float, styles: Styles) -> Block:
    ppr = p.find(qn("w:pPr"))
    style = styles.paragraph_style(p)
    size = styles.size(None, style)
    left = styles.paragraph(ppr, style, "w:ind", "w:left") or styles.paragraph(ppr, style, "w:ind", "w:start")
    left_pt = _points(left) if left is not None else styles.indents.get(style, 0.0)
    hanging = _points(styles.paragraph(ppr, style, "w:ind", "w:hanging"))
    first = _points(styles.paragraph(ppr, style, "w:ind", "w:firstLine"))
    right = styles.paragraph(ppr, style, "w:ind", "w:right") or styles.paragraph(ppr, style, "w:ind", "w:end")
    line_width = max(width - left_pt - _points(right), 1.0)
    first_width = max(line_width + hanging - first, 1.0)
    runs: list[Run] = []
    for run in p.iter(qn("w:r")):
        run_size, bold = styles.size(run, style), styles.run(run, style, "w:b") in ON
        if right and run.find(qn("w:tab")) is not None:
            # Dates after a tab on a line with a right indent stand in the indent, at a stop beyond it
            # (:mod:`tailor.documents.dates`), not among the line's words.
            head = itertools.takewhile(lambda child: child.tag != qn("w:tab"), run)
            runs.append(("".join(c.text or "" for c in head if c.tag == qn("w:t")), run_size, bold))
            break
        text = "".join(t.text or "" for t in run.iter(qn("w:t"))) + "\t" * len(run.findall(qn("w:tab")))
        runs.append((text, run_size, bold))
    lines = wrap(runs, line_width, first_width) if any(run[0] for run in runs) else 1
    line, rule = (
        styles.paragraph(ppr, style, "w:spacing", "w:line"),
        styles.paragraph(ppr, style, "w:spacing", "w:lineRule"),
    )
    if line and rule in (None, "auto"):
        line_height = LINE_HEIGHT * size * float(line) / 240
    elif line:
        line_height = max(_points(line), LINE_HEIGHT * size) if rule == "atLeast" else _points(line)
    else:
        line_height = LINE_HEIGHT * size
    border = _border(ppr, style, styles)
    return Block(
        lines=lines,
        line_height=line_height,
        before=_points(styles.paragraph(ppr, style, "w:spacing", "w:before")),
        after=_points(styles.paragraph(ppr, style, "w:spacing", "w:after")),
        keep_with_next=styles.paragraph(ppr, style, "w:keepNext") in ON,
        keep_together=styles.paragraph(ppr, style, "w:keepLines") in ON,
        style=style,
        contextual=styles.paragraph(ppr, style, "w:contextualSpacing") in ON,
        border=border,
    )
