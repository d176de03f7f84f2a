"""A PDF résumé as lines: each line's pieces put together from the page's geometry.

pypdf gives pieces of text with their place, font and size. This module finds the lines they
make: the pages' running header and footer left out (:mod:`tailor.running_lines`), a bullet's wrapped
lines joined to it, two columns of a page read one after the other, labels in a left margin set
before what they label, wide gaps (dates set at the right margin) kept as tabs, and bold and italic
runs marked as :class:`~tailor.cv.importers.line.Line` carries them.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from tailor.cv.dates import MONTH_NAMES, MONTHS, OPEN_WORDS
from tailor.cv.importers.clues import CELL_SPAN
from tailor.cv.importers.line import BULLET, EMAIL, PHONE, Line, Runs, letter_bullets
from tailor.cv.importers.pdf_actual import ActualText
from tailor.cv.importers.pdf_moves import Moves
from tailor.cv.importers.pdf_tables import EDGE, ruled_tables, unmarked_edges
from tailor.cv.importers.pdf_words import hyphen_breaks, rejoined, spaces_added, words_of
from tailor.cv.importers.sections import kind_of
from tailor.errors import TailorError
from tailor.running_lines import running


@dataclass
class _Piece:
    x: float
    y: float
    text: str
    size: float
    bold: bool
    italic: bool
    width: float = 0.0
    order: int = 0
    """Where the PDF writes it among the page's pieces: a table's cell is written whole, its lines one under
    the other, before the cell beside it."""
    chip: bool = False
    """Whether it opens a chip of its own on its line: it sits on a filled box, as a design tool sets each skill,
    and the text before it on another (:func:`_on_chips`)."""


def read_pdf(data: bytes, source: str) -> list[Line]:
    """A PDF résumé: its lines as laid out, with their fonts; a bullet's wrapped lines joined to it."""
    pieces_by_page = _without_running_lines(_pdf_pieces(data, source))
    written = words_of([piece.text for page in pieces_by_page for piece in page])  # how it writes its words
    lines: list[Line] = []
    beside: list[list[_Piece]] = []  # the columns beside the main one (a sidebar), read after every page
    columns: _Columns | None = None  # the last page's, which the next may run on in
    for pieces in pieces_by_page:
        main, aside, columns = _columns_apart(pieces, columns)
        for n, block in enumerate(main):
            _add(lines, _pdf_lines(block, len(lines), written), page_starts=n == 0)
        beside += [aside] if aside else []
    for n, block in enumerate(beside):  # each page's column beside the main one, the first after all of these
        found = _pdf_lines(block, len(lines), written)
        if n == 0 and found:
            found[0] = replace(found[0], column=True)  # the other column's top: no section of the first goes on
        _add(lines, found, page_starts=n > 0)
    if not lines:
        raise TailorError(
            f"{source} has no text layer (it is probably a scanned image), so tailor cannot read it. Import the "
            "Word file it was made from, or a LinkedIn export."
        )
    return lines


def _add(lines: list[Line], found: list[Line], *, page_starts: bool) -> None:
    """Add the ``found`` lines of a block of a page to ``lines``; the block's first line joins the bullet
    it goes on from where the block opens its column on a new page."""
    if page_starts and found and _goes_on_over_page(lines, found[0]):
        lines[-1] = _joined(lines[-1], found.pop(0))
    lines += found


def _goes_on_over_page(lines: list[Line], first: Line) -> bool:
    """Whether ``first``, the first line of a page, is the rest of the bullet that ends the page before
    ("… hazmat placards on" / "inbound trailers."): no item, in its look, and the bullet stopped mid-sentence;
    or the rest of a paragraph that stopped at a word or a comma, where it opens in lower case, in the same
    size ("…, memoQ, terminology" / "management, glossary building, …": a list of skills); or the rest of a date
    span the page cut (:func:`_span_goes_on`). A page's number ends in a figure and joins nothing."""
    if not lines or first.item:
        return False
    if _span_goes_on(lines[-1].text, first.text):
        return True  # "… • Jul 2013 – Dec" / "2015": a table's cell broke over the page inside its dates
    if lines[-1].bold != first.bold:
        return False
    last = lines[-1].text.rstrip()
    if last.endswith((".", "!", "?", ":", ";")) or "\t" in first.text:
        return False
    if not lines[-1].item:
        return (
            first.text[:1].islower()
            and (last[-1:].isalpha() or last.endswith(","))
            and not lines[-1].heading
            and abs(lines[-1].size - first.size) <= 0.5
        )
    return first.text[:1].islower() or bool(_GOES_ON.search(last))


def _joined(line: Line, rest: Line) -> Line:
    """``line`` with ``rest``, the line it went on onto, after it."""
    return replace(line, text=f"{line.text} {rest.text}", marked=f"{line.marked} {rest.marked}")


def _pdf_pieces(data: bytes, source: str) -> list[list[_Piece]]:
    import logging
    import warnings

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    pages: list[list[_Piece]] = []
    fonts: dict[int, tuple[Any, dict[str, float]]] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            for page in reader.pages:
                found: list[_Piece] = []
                shapes = _Shapes()
                moves = Moves(_page_fonts(page))
                actual = ActualText()

                def visit(
                    text: str,
                    cm: Any,
                    tm: Any,
                    font: Any,
                    size: float,
                    found: list[_Piece] = found,
                    actual: ActualText = actual,
                ) -> None:
                    text = actual.read(text)
                    if not text.strip("\n"):
                        return
                    name = str(font.get("/BaseFont", "")) if font else ""
                    scale = abs(tm[0]) * abs(cm[0]) if tm and cm else 1.0
                    x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                    width = _measured(font, text.rstrip(), size * scale, fonts)
                    found.append(
                        _Piece(x, y, text, size * scale, _is_bold(name), _is_italic(name), width, order=len(found))
                    )

                def before(
                    op: bytes,
                    args: Any,
                    cm: Any,
                    tm: Any,
                    shapes: _Shapes = shapes,
                    moves: Moves = moves,
                    actual: ActualText = actual,
                ) -> None:
                    shapes.visit(op, args, cm, tm)
                    moves.visit(op, args, cm, tm)
                    actual.visit(op, args, cm, tm)

                page.extract_text(visitor_text=visit, visitor_operand_before=before)
                found = moves.split(found)
                found = _scripts_on_their_line(_with_drawn_bullets(found, shapes.filled))
                pages.append(_on_chips(_words_rejoined(found), shapes.filled))
    except Exception as e:
        raise TailorError(f"{source} is not a PDF tailor can read ({e or type(e).__name__}).") from None
    return _astral_as_poppler_reads(pages, data)


def _page_fonts(page: Any) -> Any:
    """The fonts a page's resources name, empty where it names none."""
    try:
        return page["/Resources"]["/Font"].get_object()
    except Exception:  # a page without resources of its own: no run of it is read as moved
        return {}


class _Shapes:
    """The bounding boxes of the small shapes a page fills (x0, y0, x1, y1, in the coordinates of its text), as a web
    browser draws a list's bullets: a disc or a square, no glyph of any font."""

    def __init__(self) -> None:
        self.filled: list[tuple[float, float, float, float]] = []
        self._points: list[tuple[float, float]] = []

    def visit(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op in (b"m", b"l", b"c", b"v", b"y"):
            numbers = [float(a) for a in args]
            self._points += [self._placed(cm, x, y) for x, y in zip(numbers[::2], numbers[1::2], strict=False)]
        elif op == b"re":
            x, y, w, h = (float(a) for a in args)
            self._points += [self._placed(cm, x, y), self._placed(cm, x + w, y + h)]
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            if self._points:
                xs, ys = [p[0] for p in self._points], [p[1] for p in self._points]
                self.filled.append((min(xs), min(ys), max(xs), max(ys)))
            self._points = []
        elif op in (b"n", b"S", b"s", b"BT"):
            self._points = []

    @staticmethod
    def _placed(cm: Any, x: float, y: float) -> tuple[float, float]:
        return (cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5])


SCRIPT = (0.15, 0.6)
"""How far (in sizes of the text it sits in) a superscript or a subscript stands above or below its line's baseline:
LaTeX raises a superscript some 0.4 em and lowers a subscript some 0.2, a word processor about as much."""


def _scripts_on_their_line(pieces: list[_Piece]) -> list[_Piece]:
    """``pieces`` with each superscript and subscript set on the baseline of the text it is written in ("I²C", "CO₂",
    "21st" as LaTeX's ``I\\textsuperscript{2}C`` writes it): a run of a few characters, smaller than the text, raised
    or lowered by :data:`SCRIPT`, that starts where the piece written before it ends or ends where the piece written
    after it starts, on that piece's baseline. Left off its line, its characters were a line of their own, run on to
    the line above ("… logic analyzer. 2") and missing from the word ("IC")."""
    out = list(pieces)
    for n, piece in enumerate(pieces):
        text = piece.text.strip()
        if not text or len(text) > 4:
            continue
        low, high = SCRIPT
        for m in (n - 1, n + 1):
            base = pieces[m] if 0 <= m < len(pieces) else None
            if base is None or not base.text.strip() or piece.size > 0.85 * base.size:
                continue
            if not low * base.size <= abs(piece.y - base.y) <= high * base.size:
                continue
            start, end = (_end_of(base), piece.x) if m < n else (_end_of(piece), base.x)
            if abs(end - start) <= 0.5 * base.size:
                out[n] = replace(piece, y=base.y)
                break
    return out


def _end_of(piece: _Piece) -> float:
    """Where a piece ends: by its measured width, else by its estimated one (:func:`_width`)."""
    return piece.x + (piece.width or _width(piece.text.rstrip(), piece.size))


SEPARATED = 3.0
"""How far (in ems) a drawn dot stands at most after the text before it on its line to part two items of that line
("Madison, WI • rosa@example.com"); text further left is another column's (a sidebar's line on the same baseline)."""


def _with_drawn_bullets(pieces: list[_Piece], shapes: list[tuple[float, float, float, float]]) -> list[_Piece]:
    """``pieces`` with a bullet's glyph ("• ") before each line that a small filled shape opens, as a web browser
    prints a list (its discs drawn, no character in any font): a dot or square under half the text's size, about as
    wide as high, set at the line's height just before its first piece, with no text just left of it on the line
    (:data:`SEPARATED`)."""
    if not shapes:
        return pieces
    bulleted: dict[int, float] = {}  # a piece that a shape opens → the shape's left edge
    for x0, y0, x1, y1 in shapes:
        width, height = x1 - x0, y1 - y0
        middle = (y0 + y1) / 2
        for n, piece in enumerate(pieces):
            if not (0.5 <= width <= 0.5 * piece.size and 0.5 <= height <= 0.5 * piece.size):
                continue
            if not (0.5 <= width / height <= 2 and piece.y - 0.2 * piece.size <= middle <= piece.y + 0.8 * piece.size):
                continue
            if not (x1 <= piece.x <= x1 + 2.5 * piece.size) or not piece.text.strip():
                continue
            near = x0 - SEPARATED * piece.size
            if any(abs(p.y - piece.y) < 0.5 and p.x < x0 and p.text.strip() and _end(p) > near for p in pieces):
                break  # text just before it on its line: a separator between items, no list's bullet
            if not BULLET.match(piece.text):
                bulleted[n] = x0
            break
    if not bulleted:
        return pieces
    out: list[_Piece] = []
    for n, piece in enumerate(pieces):
        if n in bulleted:
            out.append(_Piece(bulleted[n], piece.y, "• ", piece.size, piece.bold, piece.italic))
        out.append(piece)
    return [replace(piece, order=n) for n, piece in enumerate(out)]


CHIP_HEIGHT = (1.0, 3.0)
"""How high a filled box that a piece of text sits on as a chip is, in sizes of its text: a line's height and its
padding, no underline (thinner) and no sidebar's background (taller)."""


def _on_chips(pieces: list[_Piece], shapes: list[tuple[float, float, float, float]]) -> list[_Piece]:
    """``pieces`` with each marked as a chip (:attr:`_Piece.chip`) that sits on a filled box of its own
    (:data:`CHIP_HEIGHT`) on its line, after text that sits on another: a design tool's skills, each on a rounded
    box a little over an em from the next, are each a cell of the line, not words of one name."""
    if not shapes:
        return pieces

    def box_of(piece: _Piece) -> int | None:
        end = piece.x + (piece.width or _width(piece.text.strip(), piece.size))
        low, high = CHIP_HEIGHT
        for n, (x0, y0, x1, y1) in enumerate(shapes):
            tall = low * piece.size <= y1 - y0 <= high * piece.size
            if tall and y0 <= piece.y <= y1 and x0 - 0.5 <= piece.x and end <= x1 + 0.5:
                return n
        return None

    written = [piece for piece in pieces if piece.text.strip()]
    boxes = {id(piece): box_of(piece) for piece in written}
    chips: set[int] = set()
    for row in _rows(written):
        for before, piece in pairwise(sorted(row, key=lambda p: p.x)):
            if boxes[id(before)] is not None and boxes[id(piece)] not in (None, boxes[id(before)]):
                chips.add(id(piece))
    return [replace(piece, chip=True) if id(piece) in chips else piece for piece in pieces]


_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")
"""A character beyond the first 65,536 (an emoji): pypdf reads some of a LibreOffice PDF's as another ("🔥" as
"🚀"), poppler's pdftotext reads them right."""


def _measured(font: Any, text: str, size: float, fonts: dict[int, tuple[Any, dict[str, float]]]) -> float:
    """The width of ``text`` set in ``font`` at ``size``, by the widths the PDF gives its glyphs; 0 where it gives
    none for some character of it (a standard font's, a font without widths): then the width is only estimated
    (:func:`_width`). ``fonts`` keeps each font's widths, read once per document."""
    if font is None or not text:
        return 0.0
    if id(font) not in fonts:
        fonts[id(font)] = (font, _glyph_widths(font))  # the font kept with them, so that its id stays its own
    widths = fonts[id(font)][1]
    if any(char not in widths for char in text):
        return 0.0
    return sum(widths[char] for char in text) * size / 1000


def _glyph_widths(font: Any) -> dict[str, float]:
    """Each character's width in ``font`` (thousandths of its size), by the character it reads as: a subset font
    numbers its glyphs its own way, and its map to Unicode says which is which. A composite font's glyphs that its
    widths array leaves out have the width it declares as their default (``/DW``, else 1000, as the PDF standard
    says): Chrome's PDFs list only the glyphs of another width ("c", "s", "y" in Arial are all 500). Empty where
    the font gives no widths, or pypdf cannot read them."""
    try:
        from pypdf.generic._font import Font  # pypdf's own reading of a font's widths (recent versions only)

        read = Font.from_font_resource(font)
    except Exception:  # a font pypdf cannot read, or a pypdf without the reader: its widths are estimated
        return {}
    given = {code: width for code, width in read.character_widths.items() if code != "default"}
    if not given:
        return {}
    default = _declared_default_width(font)
    return {
        char: float(given.get(code, default or 0.0))
        for code, char in read.character_map.items()
        if isinstance(char, str) and len(char) == 1 and (code in given or default is not None)
    }


def _declared_default_width(font: Any) -> float | None:
    """The width a composite (Type0) font gives every glyph its widths array leaves out: its descendant's ``/DW``,
    1000 where it writes none. None for a simple font, whose glyphs without a width have no width the PDF states
    (pypdf's default for them is a guess)."""
    try:
        if font.get("/Subtype") != "/Type0":
            return None
        descendant = font["/DescendantFonts"].get_object()[0].get_object()
        return float(descendant.get("/DW", 1000))
    except Exception:  # a damaged font dictionary: its widths stay the ones it lists
        return None


def _reading(piece: _Piece) -> tuple[float, float]:
    """A piece's place in reading order, as pdftotext reads a page: top to bottom, then left to right."""
    return (-round(piece.y, 1), piece.x)


def _astral_as_poppler_reads(pages: list[list[_Piece]], data: bytes) -> list[list[_Piece]]:
    """``pages`` with each emoji as pdftotext reads it, where pypdf read some and pdftotext, when installed, reads as
    many on each page: in the same order, one for one. A résumé's words are copied as written, and pypdf gave one
    emoji for three."""
    if not any(_ASTRAL.search(piece.text) for page in pages for piece in page):
        return pages
    from tailor.documents.pdf import extract_text  # the one home of reading a PDF's text with poppler

    text, tool = extract_text(data)
    theirs = [_ASTRAL.findall(page) for page in text.split("\f")] if tool == "pdftotext" else []
    out = []
    for n, page in enumerate(pages):
        ours = [c for piece in sorted(page, key=_reading) for c in _ASTRAL.findall(piece.text)]
        right = iter(theirs[n]) if n < len(theirs) and len(theirs[n]) == len(ours) else None
        if right is None or not ours:
            out.append(page)
            continue
        mended = {id(p): _ASTRAL.sub(lambda _, given=right: next(given), p.text) for p in sorted(page, key=_reading)}
        out.append([replace(p, text=mended[id(p)]) for p in page])
    return out


def _without_running_lines(pages: list[list[_Piece]]) -> list[list[_Piece]]:
    """Each page's pieces without those of its running header and footer (:func:`tailor.running_lines.running`):
    "Ana Lopez — continued" over the second page is no role, and her e-mail address under each page is no
    skill, nor the rest of a publication that runs on over the page."""
    rows = [_rows(page) for page in pages]
    texts = [[" ".join(p.text for p in sorted(row, key=lambda p: p.x)) for row in page] for page in rows]
    found = running(texts)
    if found:
        # A Word template's page header over every page (the name and headline) is the résumé's own header where it
        # opens the first page, as the Word reader reads a page header once: only its repeats go.
        found[0] = {n for n in found[0] if any(m not in found[0] for m in range(n) if texts[0][m].strip())}
    dropped = {id(piece) for page, at in zip(rows, found, strict=True) for n in at for piece in page[n]}
    return [[piece for piece in page if id(piece) not in dropped] for page in pages]


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped into lines by their baseline, top to bottom."""
    rows: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-round(p.y, 0), p.x)):
        if rows and abs(rows[-1][0].y - piece.y) <= max(2.0, 0.3 * piece.size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return rows


def _words_rejoined(pieces: list[_Piece]) -> list[_Piece]:
    """``pieces`` without the opening spaces the extractor added (:func:`~tailor.cv.importers.pdf_words.spaces_added`:
    "( 特許 )" read back "(特許)"), and with each that ends inside a word
    (:func:`~tailor.cv.importers.pdf_words.rejoined`) one piece with the next."""
    added = spaces_added([piece.y for piece in pieces], [piece.text for piece in pieces])
    pieces = [replace(piece, text=piece.text[1:]) if n in added else piece for n, piece in enumerate(pieces)]
    inside = rejoined([piece.y for piece in pieces], [piece.text for piece in pieces])
    out: list[_Piece] = []
    for n, piece in enumerate(pieces):
        if n - 1 in inside:
            # measured widths add up; one estimated leaves the whole estimated
            width = out[-1].width + piece.width if out[-1].width and piece.width else 0.0
            out[-1] = replace(out[-1], text=out[-1].text[:-1] + piece.text, width=width)
        else:
            out.append(piece)
    return out


MIN_COLUMN_PIECES = 8
"""A column of a page holds at least this many pieces of text: fewer are a label or two in a margin."""


@dataclass(frozen=True)
class _Columns:
    """Where a page's second column starts, and whether its left column is the main one."""

    gutter: float
    left_first: bool


def _columns_apart(
    pieces: list[_Piece], before: _Columns | None = None
) -> tuple[list[list[_Piece]], list[_Piece], _Columns | None]:
    """A page's pieces of text in reading order, those of a column beside it, and where its columns part:
    a page set in two columns side by side (a sidebar of contact details and skills beside the work
    history, as LinkedIn's profile PDF and many templates have) is what spans both at the top, then the
    column holding the name (its largest type), and beside it the other, which a reader reads after the
    main column's every page (the work history runs on, the sidebar does not); any other page is
    itself, with nothing beside it.

    Two columns are told from a column with its dates at the right margin, labels in its left
    margin or bullets indented, by their width (the left a fifth of the text's at least, the right a
    quarter), their text (a tenth of it at least), their edges (most of a column's lines start at its
    left edge) and their lines (which run on, one under the other, where a margin's stand apart). A page with too little
    text to tell runs on in the columns of the page ``before`` it when nothing on it crosses their
    gutter: the last lines of a role and of a sidebar, side by side atop a second page, stay each in
    its own column."""
    gutter = _gutter(pieces)
    if gutter is None:
        if before is None or not _runs_on(pieces, before.gutter):
            return [pieces], [], None
        right = [p for p in pieces if p.x >= before.gutter - 2]
        left = [p for p in pieces if p.x < before.gutter - 2]
        first, second = (left, right) if before.left_first else (right, left)
        return [first] if first else [], second, before
    left = [p for p in pieces if p.x < gutter and _end(p) <= gutter + p.size]
    right = [p for p in pieces if p.x >= gutter - 2]
    placed = {id(p) for p in (*left, *right)}
    rest = [p for p in pieces if id(p) not in placed]  # across the gutter: spans the page
    top = min(max(p.y for p in left), max(p.y for p in right))
    above = [p for p in rest if p.y > top]
    left += [p for p in rest if p.y <= top]  # a long line within the columns: the left one's, as it starts
    left_first = max(p.size for p in left) >= max(p.size for p in right)
    first, second = (left, right) if left_first else (right, left)
    if above:
        # A masthead across the page, its short lines (the name, a headline) within the main column: one block,
        # read in its order, so that a contact line that wrapped onto the line under it ("…/in/ana-" / "lee")
        # goes on there, and the name is not read after it.
        above += [p for p in first if p.y > top]
        first = [p for p in first if p.y <= top]
    return [block for block in (above, first) if block], second, _Columns(gutter, left_first)


def _runs_on(pieces: list[_Piece], gutter: float) -> bool:
    """Whether a page's text keeps to the two sides of ``gutter``, as a page running on in its columns does."""
    return bool(pieces) and all(p.x >= gutter - 2 or _end(p) <= gutter + p.size for p in pieces)


def _gutter(pieces: list[_Piece]) -> float | None:
    """Where the second of two columns side by side starts, or None when the page has not two."""
    if len(pieces) < 2 * MIN_COLUMN_PIECES:
        return None
    starts = Counter(round(p.x) for p in pieces if p.text.strip())
    page_left, page_right = min(starts), max(_end(p) for p in pieces)
    chars = sum(len(p.text.strip()) for p in pieces)
    # Crossing is counted among runs of words: Word writes a bullet's glyph and the space after it (and a space
    # opening a table's cell) as runs of their own, which would make the lines that cross a table's middle seem few.
    worded = [p for p in pieces if _has_words(p)]
    best: tuple[int, float] | None = None
    for x, count in starts.items():
        # The left column a fifth of the text's width at least, not a bullet's indent; the right a quarter, not
        # a date's margin (a sidebar at the right is often under a third).
        if (
            count < 3
            or x - page_left < 0.2 * (page_right - page_left)
            or page_right - x < 0.25 * (page_right - page_left)
        ):
            continue
        left = [p for p in pieces if p.x < x - 2 and _end(p) <= x + p.size]
        right = [p for p in pieces if p.x >= x - 2]
        crossing = len(worded) - sum(1 for p in (*left, *right) if _has_words(p))
        if len(left) < MIN_COLUMN_PIECES or len(right) < MIN_COLUMN_PIECES or crossing > 0.1 * len(worded):
            continue
        if _runs_across(pieces, left, right, x - 2) >= 3:
            continue  # lines run across it between the columns' lines: one column, with a table in it
        if min(sum(len(p.text.strip()) for p in c) for c in (left, right)) < 0.1 * chars:
            continue  # bullets' glyphs, or labels in a margin: no column of text
        low, high = (
            max(min(p.y for p in left), min(p.y for p in right)),
            min(max(p.y for p in left), max(p.y for p in right)),
        )
        shorter = min(max(p.y for p in c) - min(p.y for p in c) for c in (left, right))
        if high - low < 0.5 * shorter:
            continue  # one above the other, not side by side
        if _aligned(left) < 0.5 or _aligned(right) < 0.5:
            continue  # a column's lines start at its edge: not words cut at a line's middle
        if _dense(left) < 0.6 or _dense(right) < 0.6:
            continue  # a column's lines follow each other: not dates and labels beside the entries they head
        if best is None or min(len(left), len(right)) > best[0]:
            best = (min(len(left), len(right)), float(x) - 2)
    return best[1] if best is not None else None


def _has_words(piece: _Piece) -> bool:
    """Whether ``piece`` holds a letter or a figure: text, not a bullet's glyph or a space set apart."""
    return any(c.isalnum() for c in piece.text)


def _runs_across(pieces: list[_Piece], left: list[_Piece], right: list[_Piece], gutter: float) -> int:
    """How many lines run across ``gutter`` (start left of it and reach past the middle of the text beyond it)
    between the top and the bottom of what stands beside each other on its two sides. Columns side by
    side run down the page apart; a paragraph or a bullet across both between their lines says the page is
    one column, and the two sides a table in it (a list of skills in two columns, a name beside contacts)."""
    low = max(min(p.y for p in left), min(p.y for p in right))
    high = min(max(p.y for p in left), max(p.y for p in right))
    page_right = max(_end(p) for p in pieces)
    middle = gutter + 0.5 * (page_right - gutter)
    return len({round(p.y) for p in pieces if p.x < gutter and _end(p) > middle and low < p.y < high})


def _aligned(pieces: list[_Piece]) -> float:
    """The share of ``pieces`` that start where most of them do, a column's left edge, or a letter or so from it:
    a column of hanging bullets starts its headings at its edge, each bullet's glyph a little in and the lines
    that wrap under the bullet's text further in (or the other way round), all within a letter and a half."""
    starts = Counter(round(p.x) for p in pieces)
    edge = starts.most_common(1)[0][0]
    size = sorted(p.size for p in pieces)[len(pieces) // 2]
    return sum(count for x, count in starts.items() if abs(x - edge) <= max(3.0, 1.5 * size)) / len(pieces)


def _dense(pieces: list[_Piece]) -> float:
    """The share of ``pieces``'s lines that stand close under the line before them (within two and a half
    lines): a column's text runs on, a margin's dates and labels stand apart, beside what they head."""
    heights = sorted({round(p.y) for p in pieces}, reverse=True)
    size = sorted(p.size for p in pieces)[len(pieces) // 2]
    gaps = [above - below for above, below in pairwise(heights)]
    return sum(gap <= 2.5 * size for gap in gaps) / len(gaps) if gaps else 0.0


def _end(piece: _Piece) -> float:
    return piece.x + _width(piece.text.rstrip(), piece.size)


_TEX_BOLD = re.compile(r"(?:CMBX|CMB\d|CMSSBX|CMBRBX|SFBX|SFBI|SFSX)", re.IGNORECASE)
_TEX_ITALIC = re.compile(r"(?:CMTI|CMBXTI|CMSL|CMBXSL|CMSSI|CMITT|CMBRSL|SFTI|SFBI|SFSL|SFSI|SFIT|SFSO)", re.IGNORECASE)
"""TeX's fonts, which LaTeX PDFs name as TeX does, not by their weight and style: Computer Modern's bold extended
("CMBX10") and text italic ("CMTI9") and slanted, and the same in cm-super's Type1 fonts ("SFBX1000", "SFTI0900")."""


def _is_bold(font: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|demi", font, re.IGNORECASE) or _TEX_BOLD.match(_face(font)))


def _is_italic(font: str) -> bool:
    return bool(re.search(r"italic|oblique|slant", font, re.IGNORECASE) or _TEX_ITALIC.match(_face(font)))


def _face(font: str) -> str:
    """A font's name without the leading slash and the tag of a subset ("/KNXCPU+CMBX12" → "CMBX12")."""
    return font.lstrip("/").rpartition("+")[2]


def _pdf_lines(pieces: list[_Piece], before: int, written: frozenset[str] = frozenset()) -> list[Line]:
    """Pieces grouped into lines by their baseline, in reading order; columns apart by a tab; a line
    that wrapped joined to the line it continues, a word hyphenated at its end whole where ``written`` (the
    document's words) or the word list says it is one (:func:`~tailor.cv.importers.pdf_words.hyphen_breaks`)."""
    parts, tables = ruled_tables([part for row in _margin_labels(_side_by_side(_rows(pieces))) for part in row], _end)
    grid = _grid_edges(parts, tables)
    laid = [_row(part, tables.get(n) or grid.get(n, ())) for n, part in enumerate(parts)]
    pitch = _grid_pitch(laid, grid)
    # The text block's edges: a line that wrapped reaches near the right one.
    left = min((r.x for r in laid), default=0.0)
    # A line of one word, an e-mail address or a link, cannot wrap, so it may run past the column's edge (a
    # sidebar's address wider than the sidebar): the edge is where lines that could have wrapped stop.
    right = max((r.end for r in laid if " " in r.raw.strip()), default=max((r.end for r in laid), default=0.0))
    # Word processors keep the space where they broke a line that wrapped, and a paragraph's last line
    # has none; other makers end every line with a space, short ones too, and then a space says nothing.
    # (pypdf's own line breaks, "\n" at the end of a piece where the text moved down, say nothing either.)
    short = [r for r in laid if r.end - left < 0.6 * (right - left) and not r.raw.isspace()]
    long = [r for r in laid if r.end - left >= WRAPPED_FILL * (right - left)]
    long_spaced = sum(r.ends == " " for r in long) > 0.5 * len(long)
    spaces_say = long_spaced and sum(r.ends == " " for r in short) <= 0.5 * len(short)
    # Where short lines end with none, a space still marks a line that wrapped, though not every long line has one
    # (a line of a list that reached the edge whole): a sidebar's wrapped lines stop well short of its edge.
    space_marks = any(r.ends == " " for r in long) and sum(r.ends == " " for r in short) <= 0.5 * len(short)
    lines: list[Line] = []
    kept: list[Runs] = []
    starts: list[float] = []
    above: _Row | None = None
    # A bullet typed as the letter "o" is known by the lines around it, so before any line is joined to another.
    lettered = letter_bullets([r.raw for r in laid], [bool(BULLET.match(r.raw)) for r in laid])
    set_close = _set_close(laid)
    paired = _a_pair_of_its_own(laid)
    dated_rests, dated_entries = _dated_rests(laid)
    for at, row in enumerate(laid):
        # "Jun 2017 –" / "Feb 2021" wraps after the dash; "Jun 2017" / "– Feb 2021" before it, and the dash
        # that opens the line is no bullet's.
        rest_of_span = (above is not None and _span_goes_on(above.raw, row.raw)) or bool(
            above is not None and lines and not lines[-1].item and _DOTTED_SPAN.fullmatch(row.raw)
        )
        item = (
            bool(BULLET.match(row.raw) or at in lettered)
            and not rest_of_span
            and not _dash_goes_on(lines, starts, above, row)
        )
        found = row.runs.line(item=item, size=row.size, number=before + 1)
        if found is None:
            continue
        if at in tables or at - 1 in tables:
            # A table's row is a line of its own, its cells' wrapped rest already on it (:func:`ruled_tables`), and
            # the line under a table no rest of its last row.
            row_of = 2 if at in tables else 0
            lines.append(replace(found, item=found.item and not row_of, number=before + len(lines) + 1, row=row_of))
            kept.append(row.runs)
            starts.append(row.x)
            above = row
            continue
        under = (
            ()
            if above is None or not lines or item
            else _cells_go_on(above, row) or _grid_rest(above, row, pitch) or _title_and_span_go_on(above, row)
        )
        if under:
            # A grid's row of list items (or of names without marks), cells wrapped onto the line below: each cell's
            # rest joins its cell.
            kept[-1] = _cellwise(kept[-1], row.runs, under)
            first = lines[-1]
            lines[-1] = kept[-1].line(item=first.item, size=first.size, number=first.number) or first
            above = row
            continue
        if at not in dated_entries and (
            rest_of_span
            or (above is not None and not found.item and at in dated_rests)
            or (
                above is not None
                and not found.item
                and _wraps(
                    above,
                    row,
                    left,
                    right,
                    spaces_say,
                    in_item=bool(lines) and lines[-1].item,
                    space_marks=space_marks,
                    opened=lines[-1].text if lines else above.raw,
                    close_set=at in set_close,
                    paired=at in paired,
                )
            )
            or _continues(lines, starts, found, row.x)
            or (above is not None and not found.item and _ends_its_item(lines, starts, above, row, left, right))
        ):
            # The wrapped rest of the line above: its runs join that line's, so emphasis runs across.
            last = kept[-1]
            so_far = "".join(t for t, _, _ in last.runs).rstrip()
            # A hyphen that ends the line where the text moved down, no space after it as a word processor leaves:
            # the word goes on on the next line, hyphenated by the layout or written so (:func:`hyphen_breaks`).
            at_hyphen = above is not None and above.ends != " " and _AT_HYPHEN.search(so_far)
            broken = (
                _BROKEN_WORD.search(so_far)
                or (
                    at_hyphen
                    and so_far.endswith("-")  # a dash is never a layout's hyphen: it stays
                    and hyphen_breaks(_LAST_LETTERS.search(so_far[:-1])[0], _first_word(row.runs), written)
                )
            )
            if broken or at_hyphen:
                while not last.runs[-1][0].strip():
                    last.runs.pop()
                text, bold, italic = last.runs[-1]
                last.runs[-1] = (text.rstrip()[:-1] if broken else text.rstrip(), bold, italic)
            elif not last.runs[-1][0].endswith(" ") and not _AT_HYPHEN.search(last.runs[-1][0]):
                last.add(" ")  # a hyphen in a word goes on with no space ("0000-" / "0002"); a spaced dash has one
            last.runs += row.runs.runs
            first = lines[-1]
            joined = last.line(item=first.item, size=first.size, number=first.number)
            lines[-1] = joined or first
        else:
            lines.append(Line(found.text, found.marked, 0, found.item, found.bold, row.size, before + len(lines) + 1))
            kept.append(row.runs)
            starts.append(row.x)
        above = row
    return lines


_LAST_LETTERS = re.compile(r"[^\W\d_]*$")
"""The letters that end a text: the part of a word before the hyphen a line ends with ("(per-" → per)."""


def _first_word(runs: Runs) -> str:
    """The letters that open a line's text: the rest of a word the line above broke ("turbation of …" → turbation)."""
    found = re.match(r"\s*([^\W\d_]+)", "".join(t for t, _, _ in runs.runs))
    return found.group(1) if found else ""


GRID_ROWS = 3
"""How many lines at least set a piece apart at one same edge for it to be a grid's column (a sidebar's skills in two
columns, no mark before each), however close to the cell before it the piece stands."""


def _grid_edges(rows: list[list[_Piece]], tables: dict[int, tuple[float, ...]]) -> dict[int, tuple[float, float]]:
    """The rows (by index) of a grid of cells without marks or rules, each with its left edge and its second column's:
    a piece that stands apart from the one before it on its line (more than most of an em) starts at the same place
    on :data:`GRID_ROWS` lines or more, as a design tool's grid of skills sets its second column. Such a piece opens a
    cell, though the cell before it comes nearer to it than a column's gap (:data:`MEASURED_COLUMN`)."""
    found: dict[int, float] = {}  # row → where a piece apart starts
    for n, row in enumerate(rows):
        if n in tables:
            continue
        written = sorted((p for p in row if p.text.strip()), key=lambda p: p.x)
        for before, piece in pairwise(written):
            if piece.x - (before.x + (before.width or _width(before.text.rstrip(), before.size))) > 0.8 * piece.size:
                found[n] = piece.x
                break
    edges: dict[int, tuple[float, float]] = {}
    for n, x in found.items():
        alike = [m for m, other in found.items() if abs(other - x) <= EDGE]
        if len(alike) >= GRID_ROWS:
            edges[n] = (min(p.x for p in rows[n]), x)
    return edges


def _grid_pitch(laid: list[_Row], grid: dict[int, tuple[float, float]]) -> float | None:
    """How far apart the rows of a grid (:func:`_grid_edges`) stand, the least of its neighbours' distances; None
    where no two rows of one stand next to each other."""
    steps = [laid[n].y - laid[n + 1].y for n in grid if n + 1 in grid]
    return min(steps) if steps else None


def _grid_rest(above: _Row, row: _Row, pitch: float | None) -> tuple[int, ...]:
    """The cell of ``above``, a row of a grid without marks (:func:`_grid_edges`), whose wrapped rest ``row`` is: a
    line of one piece, in the grid's type, that starts where a cell of the row above starts and stands closer under it
    than the grid's rows stand apart (``pitch``), and whose first word would not have fitted in that cell's column
    (:func:`_rest_of_its_cell`): "Cardiac" over "Monitoring". None where grids' rows stand as close as lines."""
    cells_above = above.raw.split("\t")
    if pitch is None or row.bold != above.bold or "\t" in row.raw or not 2 <= len(cells_above) == len(above.starts):
        return ()
    if any(BULLET.match(cell) for cell in [*cells_above, row.raw]) or abs(row.size - above.size) >= 0.5:
        return ()
    if not 0 < above.y - row.y < pitch - 1:
        return ()
    found = [n for n, there in enumerate(above.starts) if abs(row.x - there) <= EDGE]
    if len(found) != 1:
        return ()
    widths = [b - a for a, b in pairwise(above.starts)]
    widths.append(widths[-1])  # the last column as wide as the one before it, as a grid's columns are
    return tuple(found) if _rest_of_its_cell(cells_above[found[0]], row.raw, widths[found[0]], above) else ()


def _cells_go_on(above: _Row, row: _Row) -> tuple[int, ...]:
    """Which cell of ``above`` each cell of ``row`` is the wrapped rest of, where ``above`` is a row of a grid whose
    cells each open with a list mark ("• Employee Relations &⇥• FMLA / ADA / Leave" over "Investigations⇥
    Administration", as a table of competencies sets them); none where it is no such rest. Each cell of ``row``
    opens with no mark and starts just right of the mark above it, or under it where the cell's mark is a character
    of its text, on the line right under. Where only some cells wrapped ("• HR Policy & Handbook⇥• Onboarding" over
    "Development"), each rest is a few words in the grid's type that would not have fitted beside its cell's text
    (:func:`_rest_of_its_cell`). A row in bold is a grid's next labels, no rest of the cells above."""
    cells_above, cells = above.raw.split("\t"), row.raw.split("\t")
    if row.bold or not 2 <= len(cells_above) == len(above.starts) or len(cells) != len(row.starts):
        return ()
    if not all(BULLET.match(cell) for cell in cells_above) or any(BULLET.match(cell) for cell in cells):
        return ()
    if above.y - row.y > 2 * row.size:
        return ()
    under: list[int] = []
    for here in row.starts:
        found = [n for n, there in enumerate(above.starts) if -0.5 <= here - there <= 2 * row.size]
        if len(found) != 1 or (under and found[0] <= under[-1]):
            return ()
        under.append(found[0])
    if len(under) == len(cells_above):
        return tuple(under)
    merged = [bool(_INNER_MARK.search(cell)) for cell in cells_above]
    if any(merged[n] for n in under) or (any(merged) and under[-1] == len(cells_above) - 1):
        return ()  # two cells read as one ("• Payroll • Coaching"): where the wrapped cell's column ends is not known
    widths = [b - a for a, b in pairwise(above.starts)]
    widths.append(widths[-1])  # the last column as wide as the one before it, as a grid's columns are
    fits = all(_rest_of_its_cell(cells_above[n], cell, widths[n], above) for n, cell in zip(under, cells, strict=True))
    return tuple(under) if fits and abs(row.size - above.size) < 0.5 else ()


def _title_and_span_go_on(above: _Row, row: _Row) -> tuple[int, ...]:
    """Both columns of ``above``, an entry's line of a title and its dates, where ``row`` holds the wrapped rest of
    each: ``above``'s dates end with a span's start and its dash ("Associate Sales Representative, Joint⇥06/2017 -"),
    and ``row``, in its look and right under it, holds a few words under the title and the span's end alone under the
    dates ("Reconstruction⇥02/2020"), as a résumé builder wraps a long title and its span in their two columns. None
    elsewhere: a line whose span is whole, or whose rest is no span's end, starts an entry of its own."""
    cells_above, cells = above.raw.split("\t"), row.raw.split("\t")
    if len(cells_above) != 2 or len(cells) != 2 or len(above.starts) != 2 or len(row.starts) != 2:
        return ()
    if not _ENDS_OPEN_SPAN.search(cells_above[1]) or not _END_OF_SPAN.fullmatch(cells[1]):
        return ()
    if _YEAR.search(cells[0]) or not 1 <= len(cells[0].split()) <= 4 or BULLET.match(cells[0]):
        return ()
    placed = all(abs(here - there) <= EDGE for here, there in zip(row.starts, above.starts, strict=True))
    look = abs(row.size - above.size) <= 0.5 and row.bold == above.bold
    return (0, 1) if placed and look and 0 < above.y - row.y <= 1.8 * max(above.size, row.size) else ()


_INNER_MARK = re.compile(r"\S\s+[•●▪■◦‣➢➤►✓✔❖◆]\s")
"""A list mark inside a grid's cell, where two cells were read as one."""


def _rest_of_its_cell(cell: str, rest: str, width: float, above: _Row) -> bool:
    """Whether ``rest``, a line under a grid's ``cell``, is that cell's name wrapped: a few words, no heading in
    capitals (capitals that close a bracket the cell left open, "… (Ford Q1, GM" over "BIQS)", are its acronym's) or
    a label, whose first word would not have fitted beside the cell's text in its column (estimated by the row's type,
    with room for the cell's margins)."""
    words = rest.split()
    closes = cell.count("(") > cell.count(")") and rest.rstrip().endswith(")")
    if not 1 <= len(words) <= 4 or (rest.isupper() and not closes) or rest.rstrip().endswith(":"):
        return False
    return _width(f"{cell.strip()} {words[0]}", above.size) * above.scale > 0.8 * width


def _cellwise(cells: Runs, rest: Runs, under: tuple[int, ...]) -> Runs:
    """The runs of a grid's row with those of the row under it that wraps its cells (:func:`_cells_go_on`: ``under``
    names the cell each of the rest's cells goes on), each cell's rest after the cell, a space between."""

    def apart(runs: Runs) -> list[list[tuple[str, bool, bool]]]:
        out: list[list[tuple[str, bool, bool]]] = [[]]
        for text, bold, italic in runs.runs:
            for n, piece in enumerate(text.split("\t")):
                if n:
                    out.append([])
                if piece:
                    out[-1].append((piece, bold, italic))
        return out

    tails: dict[int, list[tuple[str, bool, bool]]] = dict(zip(under, apart(rest), strict=True))
    joined = Runs(links=[*cells.links, *rest.links])
    for n, head in enumerate(apart(cells)):
        tail = tails.get(n, [])
        if n:
            joined.add("\t")
        for text, bold, italic in head:
            joined.add(text, bold, italic)
        if head and tail and not head[-1][0].endswith(" "):
            joined.add(" ")
        for text, bold, italic in tail:
            joined.add(text.lstrip() if text is tail[0][0] else text, bold, italic)
    return joined


def _side_by_side(rows: list[list[_Piece]]) -> list[list[_Piece]]:
    """A page's rows (top to bottom) in reading order: where a part of the page sets two columns of text side by
    side (a table laying the page out: the name beside the contact details, skills listed in two columns), that
    part's left column, then its right one, as a reader (and Word, cell by cell) reads them; the rest as it is.

    Two columns are told from a line and its dates at the right margin, or labels beside the entries they
    head, by their lines: three or more on the right, one under the other, two or more on the left, each
    side a line where the other has none (they are set apart, not as one line's parts), and each a sixth
    of the text at least; no line runs across between them."""
    written = [p for row in rows for p in row if p.text.strip()]
    if len(rows) < 5 or not written:
        return rows
    left_edge, right_edge = min(p.x for p in written), max(_end(p) for p in written)
    width = right_edge - left_edge
    starts = {round(p.x) for p in written if p.x - left_edge >= 0.2 * width and right_edge - p.x >= 0.15 * width}
    found = [block for x in sorted(starts) for block in _blocks_at(rows, x - 2.0)]
    # A table of three columns or more is read row by row (:func:`~tailor.cv.importers.pdf_tables.ruled_tables`),
    # never as two columns one after the other: its third column would leave its rows.
    tables = [n for n in range(len(rows)) if unmarked_edges(rows[n:], _end)]
    found = [(first, last, gutter) for first, last, gutter in found if not any(first <= n <= last for n in tables)]
    chosen: list[tuple[int, int, float]] = []
    # The tallest first; of two as tall, the one whose columns stand furthest apart.
    for first, last, gutter in sorted(found, key=lambda b: (b[0] - b[1], -_clearance(rows[b[0] : b[1] + 1], b[2]))):
        if all(last < top or first > bottom for top, bottom, _ in chosen):
            chosen.append((first, last, gutter))
    out: list[list[_Piece]] = []
    done = 0
    for first, last, gutter in sorted(chosen):
        last = _left_goes_on(rows, first, last, gutter)
        band = rows[first : last + 1]
        out += rows[done:first]
        out += [part for row in band if (part := [p for p in row if p.x < gutter])]
        out += [part for row in band if (part := [p for p in row if p.x >= gutter])]
        done = last + 1
    return out + rows[done:]


def _left_goes_on(rows: list[list[_Piece]], first: int, last: int, gutter: float) -> int:
    """The last row of the band ``first``–``last`` of two columns apart at ``gutter``, with the rows under it that
    carry its left column on: a line left of the gutter alone, set under the column's last line at its line
    spacing, from the same edge, in the same size (a banner's headline that wrapped below the contact details
    beside it: "… | Community & Private" / "Practice"). A line further down, or across the gutter, is the page's."""
    lefts = [side for row in rows[first : last + 1] if (side := _sides(row, gutter)[0])]
    while lefts and last + 1 < len(rows):
        row = [p for p in rows[last + 1] if p.text.strip()]
        left, right = _sides(row, gutter)
        above = lefts[-1][0]
        if (
            not row
            or right
            or len(left) < len(row)
            or abs(left[0].x - above.x) > 1.0
            or abs(left[0].size - above.size) > 0.5
            or not 0 < above.y - left[0].y <= 1.5 * above.size
        ):
            break
        lefts.append(left)
        last += 1
    return last


def _blocks_at(rows: list[list[_Piece]], gutter: float) -> list[tuple[int, int, float]]:
    """The runs of ``rows`` (first and last index) that stand in two columns apart at ``gutter`` (see
    :func:`_side_by_side`), with it."""
    blocks: list[tuple[int, int, float]] = []
    run: list[int] = []  # the rows with text right of the gutter, one under the other, nothing across

    def close() -> None:
        if len(run) < 3:
            return
        band = rows[run[0] : run[-1] + 1]
        sides = [_sides(row, gutter) for row in band]
        left_rows = sum(bool(left) for left, _ in sides)
        own = [sum(bool(a) and not b for a, b in sides), sum(bool(b) and not a for a, b in sides)]
        chars = [sum(len(p.text.strip()) for side in sides for p in side[n]) for n in (0, 1)]
        apart = min(own) >= 1 or (max(own) == 0 and _cells_written_whole(sides))
        if left_rows >= 2 and apart and min(chars) >= sum(chars) / 6:
            blocks.append((run[0], run[-1], gutter))

    for n, row in enumerate(rows):
        left, right = _sides(row, gutter)
        written = [p for p in row if p.text.strip()]
        if len(left) + len(right) < len(written):  # a line across the gutter ends the run
            close()
            run = []
        elif right:
            if run and rows[run[-1]][0].y - row[0].y > 2.5 * max(p.size for p in right):
                close()  # too far under the last: another part of the page
                run = []
            run.append(n)
    close()
    return blocks


def _cells_written_whole(sides: list[tuple[list[_Piece], list[_Piece]]]) -> bool:
    """Whether the rows of a band (each its pieces left and right of a gutter, text on both sides of every row)
    are a table's cells whose lines wrap on both sides, each cell written whole before the one beside it
    ("FINRA Series 7 (General" / "Securities Representative)" left, then its neighbour's two lines): on each
    side, a line is written just before the line under it on its own side, the line beside it after both. A
    line and its dates at the right margin, or labels beside values, are written row by row; and the lines of
    each side start at one edge, as a cell's do (contact details set flush right wrap nowhere: each is whole)."""
    for side in (0, 1):
        starts = [min(p.x for p in row[side]) for row in sides if row[side]]
        if not starts or max(starts) - min(starts) > 1.0:
            return False
    at: dict[int, tuple[int, int]] = {}  # a piece's order → its row and side
    for n, row in enumerate(sides):
        for side, pieces in enumerate(row):
            at.update((p.order, (n, side)) for p in pieces)
    down = [0, 0]
    for first, then in pairwise(sorted(at)):
        (row, side), (next_row, next_side) = at[first], at[then]
        if side == next_side and next_row == row + 1 and sides[row][1 - side]:
            down[side] += 1
    return min(down) >= 1


def _clearance(band: list[list[_Piece]], gutter: float) -> float:
    """How wide the blank between two columns at ``gutter`` is: where the right one starts, less where the left
    one ends. The widest is where they stand apart, not a gap between two words of a line, nor between a
    bullet and its text."""
    sides = [_sides(row, gutter) for row in band]
    ends = max((_end(p) for left, _ in sides for p in left), default=gutter)
    return min(p.x for _, right in sides for p in right) - ends


def _sides(row: list[_Piece], gutter: float) -> tuple[list[_Piece], list[_Piece]]:
    """The pieces of text of a row left of ``gutter`` (ending before it, give or take a letter) and right of it."""
    written = [p for p in row if p.text.strip()]
    left = [p for p in written if p.x < gutter and _end(p) <= gutter + p.size]
    return left, [p for p in written if p.x >= gutter]


def _margin_labels(rows: list[list[_Piece]]) -> list[list[list[_Piece]]]:
    """Each row, split in two where it opens with a label in a left margin column ("education" beside the
    first degree): the label is a line of its own, as a heading above the text would be."""
    starts = Counter(round(min(p.x for p in row)) for row in rows)
    if not starts:
        return [[row] for row in rows]
    body = starts.most_common(1)[0][0]  # where most lines start: the text column's left edge
    # Where three lines or more start (the column's edge, its bullets, its indented lines).
    edges = [x for x, count in starts.items() if count >= 3 and x > body - 40]
    if not edges:  # a page of a few lines
        return [[row] for row in rows]
    edge = min(edges)
    out = []
    label: list[_Piece] | None = None  # the label set apart on the row above, which may wrap onto this one
    for row in rows:
        row.sort(key=lambda p: p.x)
        column = edge - row[0].size  # the text column, give or take a letter
        cut = next((n for n, p in enumerate(row) if n and p.text.strip() and p.x >= column), None)
        in_margin = row[0].x < column - 2 * row[0].size
        rest = row[:cut] if cut is not None else row
        if (
            in_margin
            and label
            and _under(label, rest)
            and all(_end(p) < column for p in rest)
            and (cut is None or _label_goes_on(label, rest))
        ):
            # The rest of a label that wrapped in its narrow column ("Mar 2022 –" over "present"), between the
            # lines of the text beside it: it goes on the label's line, and the text's lines stay together.
            after = max(_end(p) for p in label) + label[-1].size / 3
            label += [replace(p, x=after + n, y=label[0].y, text=" " + p.text.strip()) for n, p in enumerate(rest)]
            if cut is not None:
                out.append([row[cut:]])
            continue
        if cut is not None and in_margin:
            label = row[:cut]
            out.append([label, row[cut:]])
        else:
            label = None
            out.append([row])
    return out


def _label_goes_on(label: list[_Piece], rest: list[_Piece]) -> bool:
    """Whether a label is unfinished and ``rest`` finishes it: it ends with a dash or comma ("Mar 2022 –"), or
    with a month that ``rest`` gives the year of ("May 2018 – Aug" over "2018")."""
    text = "".join(p.text for p in label).rstrip()
    more = "".join(p.text for p in rest).strip()
    return text.endswith(("–", "-", "—", ",", "/")) or bool(
        re.search(r"\b[A-Z][a-z]{2,8}\.?$", text) and re.match(r"(?:19|20)\d{2}\b", more)
    )


def _under(label: list[_Piece], row: list[_Piece]) -> bool:
    """Whether ``row`` stands right under ``label``, a line's height below it or so, in the same type."""
    first = label[-1]
    return 0 < first.y - row[0].y <= 1.6 * max(first.size, row[0].size) and abs(first.size - row[0].size) <= 0.5


@dataclass
class _Row:
    """A line of a PDF page as laid out: its runs, where it starts and (about) where it ends."""

    runs: Runs
    raw: str
    x: float
    end: float
    y: float
    size: float
    bold: bool
    last_x: float
    """Where its last column starts (its start when it has one column)."""
    ends: str
    """How its text ends: " " (a space, as a word processor leaves where a line wrapped), "\n" (where
    pypdf found the text moving to the next line), or ""."""
    scale: float = 1.0
    """How much wider its text is, by its font's widths, than :func:`_width` estimates (1 where it is estimated):
    what an estimate of a word in its type is to be scaled by, to be set against its measured end."""
    starts: tuple[float, ...] = ()
    """Where each of its columns starts, the first at :attr:`x`."""


MEASURED_COLUMN = 2.0
"""How wide a gap (in ems of the text after it) after a piece whose width was measured sets a column apart. Words
stand a space apart (a quarter of an em), a list item's text an em or so from its bullet; two ems is what only a tab
stop or an alignment leaves ("Languages: …, Bash⇥Cloud: AWS, GCP", a title⇥its dates)."""


def _row(row: list[_Piece], edges: tuple[float, ...] = ()) -> _Row:
    """A line's pieces as a row, a tab where a column starts: after a wide gap, or, in a table's row, at the edge of
    one of its columns (``edges``, the first aside), however close the cell before it stands."""
    row.sort(key=lambda p: p.x)
    runs = Runs()
    previous_end: float | None = None
    measured = False  # whether the piece ahead's width is known, not estimated (:func:`_measured`)
    last_x = row[0].x
    starts = [row[0].x]
    for piece in row:
        text = piece.text.replace("\n", " ")
        if not text.strip():
            # A space set as a piece of its own, as LibreOffice writes a tab (at the tab stop, before the dates
            # there): the gap that parts a column is the one between the pieces of text around it.
            runs.add(text, piece.bold, piece.italic)
            continue
        # A gap wider than a few spaces, where the layout set a column (dates at the right margin); after a piece
        # whose width is only estimated, wider still the longer it is, as the estimate's error grows with it. A
        # measured gap is the gap itself (:data:`MEASURED_COLUMN`). A piece that opens with a bar goes on from the
        # one before ("| Columbus State …" after a long bold degree): a separator of cells, never a column.
        gap = piece.x - previous_end if previous_end is not None else 0.0
        span = previous_end - row[0].x if previous_end is not None else 0.0
        column = MEASURED_COLUMN * piece.size if measured else 2.5 * piece.size + 0.2 * span
        at_edge = previous_end is not None and any(abs(piece.x - edge) <= EDGE for edge in edges[1:])
        if (gap > column or at_edge or piece.chip) and text.lstrip()[:1] not in ",.;:)]|":
            runs.add("\t", piece.bold, piece.italic)
            last_x = piece.x
            starts.append(piece.x)
        elif ((gap > piece.size or (gap < 0 and _glued(runs, text))) and _date_alone(text)) or (
            measured and gap > -1 and _unspaced(runs, text) and _at_a_dates_edge(runs, text)
        ):
            # A date that starts before the piece ahead of it ends, by its estimated width, and would run into
            # its last word ("…, Columbus, OH" then "2019" at a right tab stop): the estimate overshot, and the
            # date is a column of its own. So is one set apart by more than a space though less than a column's
            # gap: a long title reaches near the tab stop its dates are set at ("Technician (Part-time)"). Where the
            # piece ahead was measured, its end is known, and a tab stop may leave less than a space after it: a
            # piece that meets it with no space between, where one of the two is a date, is a column of its own
            # however close it stands (:func:`_at_a_dates_edge`).
            runs.add("\t", piece.bold, piece.italic)
            last_x = piece.x
            starts.append(piece.x)
        elif gap > piece.size and _glued(runs, text):
            runs.add(" ", piece.bold, piece.italic)  # a short tab: a gap the text has no space for
        elif gap > BULLET_GAP * piece.size and _glyph_alone(runs, text):
            runs.add(" ", piece.bold, piece.italic)  # a bullet's glyph set apart from its item, as LaTeX sets one
        runs.add(text, piece.bold, piece.italic)
        previous_end = piece.x + (piece.width or _width(text.rstrip(), piece.size))
        measured = piece.width > 0
    written = [p for p in row if p.text.strip()]
    size = max((p.size for p in written), default=0.0)
    bold = bool(written) and all(p.bold for p in written)
    raw = "".join(t for t, _, _ in runs.runs)
    tail = row[-1].text.rstrip(" \u00a0") if row[-1].text.strip() else ""
    ends = "\n" if tail.endswith("\n") else " " if row[-1].text.endswith((" ", "\u00a0")) else ""
    measures = [(p.width, _width(p.text.rstrip(), p.size)) for p in written if p.width]
    scale = sum(m for m, _ in measures) / sum(e for _, e in measures) if measures else 1.0
    return _Row(runs, raw, row[0].x, previous_end or row[0].x, row[0].y, size, bold, last_x, ends, scale, tuple(starts))


_ASIDE_ALONE = re.compile(r"\([^()\t]{1,40}\)")
"""A line that is an aside in brackets and nothing more: "(BigQuery)", "(conversational)"."""
_ASIDE_OPENS = re.compile(r"\([^()\t]*$")
"""A line that opens a bracket it does not close: "(InDesign, Illustrator," (a list's aside a narrow column broke)."""
_BROKEN_WORD = re.compile(r"\w[\u00ad\u2010]$")
"""A line that ends in a word broken by a soft or typographic hyphen, as a layout hyphenates a word."""
_AT_THE_EDGE = 0.5
"""How near the right edge of the text, in points, a line ends that filled it (the widest line sets the edge)."""
_AT_HYPHEN = re.compile(r"\w[-\u2013\u2014]$")
"""A line that ends right after a hyphen of its text, as a word processor breaks "state-of-the-art" or an
identifier ("orcid.org/0000-0002-…") at the margin, or after a dash set close to the word before it, as it breaks
a range ("80–" / "500 employee accounts") or a closed-up dash ("quota—" / "and beyond"): its rest follows on the
next line, joined as it was. A spaced dash ("Jun 2017 –") is no such end: a space stands after it."""
_DATED = re.compile(
    r"^\s*[(\[]?(?:(?:19|20)\d{2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
"""A line that opens with a year or a month and year: an entry of a dated list, not the rest of a sentence."""

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_SPAN_GOES_ON = re.compile(
    rf"\s*[-–—]\s*(?:(?:{_MONTH}\s+)?(?:19|20)\d{{2}}|\d{{1,2}}/(?:19|20)\d{{2}}|present|current|now|today)\s*",
    re.IGNORECASE,
)
"""A line that is a dash and a date (or "Present") alone: the end of a span whose start ends the line above."""
_DOTTED_SPAN = re.compile(
    rf"\s*·\s*\(\s*(?:{_MONTH}\s+)?(?:19|20)\d{{2}}\s*[-–—]\s*(?:(?:{_MONTH}\s+)?(?:19|20)\d{{2}}|present)\s*\)\s*",
    re.IGNORECASE,
)
"""A middle dot and a span in brackets alone ("· (2012 - 2016)"): the end of a degree's line in LinkedIn's profile
PDF ("Bachelor of Science - BS, Nursing · (2012 - 2016)") that wrapped, not a bullet of its own."""
_ENDS_OPEN_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[-–—]\s*$")
"""A line that ends with a span's start and its dash ("… Dayton, OH⇥Jun 2017 –"): its end is on the next line."""
_END_OF_SPAN = re.compile(
    rf"\s*(?:(?:{_MONTH}\s+)?(?:19|20)\d{{2}}|\d{{1,2}}/(?:19|20)\d{{2}}|present|current|now|today)\s*", re.IGNORECASE
)
"""A line that is a date (or "Present") alone: a span's end, under a line that ends with its start and dash."""
_ENDS_MONTH = re.compile(rf"\b{_MONTH}\.?\s*$", re.IGNORECASE)
_YEAR_GOES_ON = re.compile(
    rf"\s*(?:19|20)\d{{2}}\s*[-–—]\s*(?:(?:{_MONTH}\s+)?(?:19|20)\d{{2}}|present|current|now|today)\s*", re.IGNORECASE
)
"""A line that opens with a year and goes on to a span's end ("2015 – May 2017"), under a line that ends with the
start's month ("… Columbus, OH⇥Aug"): a span that wrapped between its month and year."""
_ENDS_WITH_END_MONTH = re.compile(rf"[-–—]\s*{_MONTH}\s*$", re.IGNORECASE)
"""A line that ends with a span's dash and its end's month ("… • Jul 2013 – Dec"): its year is on the next line."""
_ENDS_DATED = re.compile(r"\b(?:19|20)\d{2}\s*$")
"""A line that ends with a year, as a span's start does ("… | Jun 2017")."""
_ENDS_SPAN = re.compile(rf"[-–—]\s*(?:(?:{_MONTH}\s+)?|\d{{1,2}}/)(?:19|20)\d{{2}}\s*$", re.IGNORECASE)
"""A line that ends with a whole span ("2016 – 2018"), which needs no end from the next."""


def _span_goes_on(above: str, text: str) -> bool:
    """Whether ``text``, a line of its own, is the rest of the date span that the line ``above`` ends with, cut where
    the line wrapped or the page broke: "Jun 2017" over "– Feb 2021", "Jun 2017 –" over "Feb 2021", "… Aug" over
    "2015 – May 2017", "Jul 2013 – Dec" over "2015"."""
    return bool(
        (_SPAN_GOES_ON.fullmatch(text) and _ENDS_DATED.search(above) and not _ENDS_SPAN.search(above))
        or (_ENDS_OPEN_SPAN.search(above) and _END_OF_SPAN.fullmatch(text))
        or (_ENDS_MONTH.search(above) and _YEAR_GOES_ON.fullmatch(text))
        or (_ENDS_WITH_END_MONTH.search(above) and _YEAR.fullmatch(text.strip()))
    )


WRAPPED_FILL = 0.8
"""How far across the text block (from its left edge) a line must reach to have wrapped: the last line
of a paragraph, a heading or a role's line usually stops short."""


def _wraps(
    above: _Row,
    row: _Row,
    left: float,
    right: float,
    spaces_say: bool,
    *,
    in_item: bool = False,
    space_marks: bool = False,
    opened: str = "",
    close_set: bool = False,
    paired: bool = False,
) -> bool:
    """Whether ``row`` is the wrapped rest of the line ``above`` (``opened``: the line it would join, as joined so
    far). A word hyphenated at the line's end goes on. So does a line set at its block's line spacing under one that
    ended no sentence and had no room for its first word, where the block sets its entries further apart
    (``close_set``, :func:`_set_close`). Where the page's spaces say so (``spaces_say``: its long lines end with one,
    its short ones not), a space at the end of ``above`` is enough. Else ``above`` must end with a space or a line
    break, or ``row`` open in lower case; and ``above`` reach near the right edge of the text (or, where a space marks
    a wrapped line, ``space_marks``, end with one and have had no room for ``row``'s first word), ``row`` follow
    it closely in the same look: not a column of its own, not opening with a date, the same size, not
    bold under plain text that ended a sentence, nor plain text under a bold line that may end there (a degree
    over its school)."""
    opened = opened or above.raw
    if (
        _ASIDE_ALONE.fullmatch(row.raw.strip())
        and above.raw.count(",") >= 2
        and not above.raw.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and not _YEAR_AT_END.search(above.raw)
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    ):
        # A list's last item broke before what it says in brackets ("…, GCP" / "(BigQuery)"): an aside alone never
        # starts a line of its own, whichever column the line above ended in.
        return True
    look = abs(row.size - above.size) <= 0.5 and row.bold == above.bold
    close = 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    if (
        look
        and close
        and (
            _SEPARATOR_OPENS.match(row.raw)
            or (_SHORT_FORM_ALONE.fullmatch(row.raw.strip()) and not above.raw.rstrip().endswith(_ENDS))
        )
    ):
        # No line opens with the separator between a line's details ("… | Stormwater" / "| Drainage Design") or
        # between two names ("… MC-306" / "/ DOT-406 tank wagon", a typed "- " item wrapped under its dash), and a
        # credential's short form in brackets is never an entry of its own ("Certified Floodplain Manager" /
        # "(CFM)", a narrow column's wrap): each is the rest of the line above.
        return True
    if (
        look
        and close
        and abs(row.x - above.x) <= 2
        and _LABEL_ALONE.fullmatch(above.raw)
        and _NAMES.fullmatch(row.raw)
        and kind_of(above.raw.strip().rstrip(":")) is None
    ):
        # A narrow column broke after a label's colon and set its list below ("Vendor credentialed:" over "Vendormate,
        # Reptrax, Symplr"): one line, as a label over a sentence or one name is not, nor a section's title over its
        # list ("Languages:" over "English, Spanish, French").
        return True
    if "\t" in row.raw:
        # A line with columns of its own starts an entry, unless an entry's line wrapped before its dates.
        return _wrapped_before_its_dates(above, row, left, right, spaces_say, in_item=in_item)
    if _BROKEN_WORD.search(above.raw.rstrip()) and abs(row.size - above.size) <= 0.5 and row.bold == above.bold:
        return True  # a word hyphenated at the line's end ("EDUCATION AND TRAIN‐" / "ING")
    if _AT_HYPHEN.search(above.raw) and abs(row.size - above.size) <= 0.5 and row.bold == above.bold:
        return True  # broken after a hyphen the text has ("orcid.org/0000-" / "0002-1825-0097"): it stays
    if (
        (
            _bracket_closes(opened, row.raw)
            or (_ASIDE_OPENS.match(row.raw.lstrip()) and not above.raw.rstrip().endswith((".", "!", "?", ":", ";")))
        )
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    ):
        # A bracket left open at the line's end closes on the next, whatever it opens with: a date is no new
        # line here ("…, 2019 (renewed" / "2024)"); ``opened`` is the whole line so far, so a bracket that ran
        # over three lines of a narrow column closes too. A line that opens a bracket it does not close is the
        # middle of a line, never an item of its own ("Adobe Creative Cloud" / "(InDesign, Illustrator,").
        return True
    if (
        (in_item or (above.end - left >= WRAPPED_FILL * (right - left) and not _detail_alone(row.raw, web=True)))
        and row.raw.lstrip()[:1].islower()
        and not above.raw.rstrip().endswith((".", "!", "?", ":", ";"))
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    ):
        # Under a list item that stopped mid-sentence, the next line in its look opening in lower case is its
        # rest, whatever its end's space says and however far it seemed to reach (widths are estimated): a
        # maker that breaks before a long word may leave no space ("… and short-term" / "disability leaves").
        # So is the rest of a line that is no item but reached the right edge: a list of skills that broke
        # inside one ("…, RTK, digital" / "levels, DJI drones") goes on, or the skill is cut in two.
        return True
    if not spaces_say and _list_wraps(above, row, left, right):
        return True
    if _centred_wrap(above, row, left, right):
        return True
    opens = row.raw.lstrip()[:1]
    # A line that fills the text to its right edge may have had no room left for its space: ended at a comma
    # or a word a sentence cannot end on, it wrapped ("Physical Therapist License, State Board," / "No. 41287").
    # So did one that ends in a word at the very edge, where the page's wrapped lines end with a space: the widest
    # line, whose space hung past the margin and was left out ("… Marketing — Colorado State" / "University, Fort
    # Collins, CO"); the rules below still ask for its block's spacing and look.
    at_the_edge = above.end >= right - _AT_THE_EDGE and "\t" not in above.raw and above.raw.rstrip()[-1:].isalpha()
    full = above.end >= right - above.size and (bool(_GOES_ON.search(above.raw)) or at_the_edge)
    if spaces_say and (above.ends == " " or not (full or (opens.islower() and _BROKEN_AT.search(above.raw)))):
        # A line broken at a dash or a comma that opens the next in lower case wrapped whatever its end's space
        # says: a maker breaks after "2020 –" with no space ("… License No. 0042817, 2020 –" / "present, …").
        return above.ends == " " and abs(row.size - above.size) <= 0.5
    # With no space at its end, a line still wrapped when the next opens in lower case (a design tool's
    # PDF ends no line with a space); the other rules below hold as well.
    # A number carrying a sentence on ("…, reaching" / "200,000 cycles") continues too, and so does a sum of money
    # ("… still netted" / "$510K."), its currency's sign before the figure; a numbered item does not.
    number = (opens.isdigit() or bool(_SUM_OPENS.match(row.raw.lstrip()))) and not _NUMBERED.match(row.raw.lstrip())
    first = row.raw.split()
    # The word would have needed its space before it too: a narrow column's line that stopped a word and a space short
    # of the widest line had no room for them ("Splunk Core Certified Power" / "User").
    no_room = bool(first) and _width(f" {first[0]}", above.size) * above.scale > right - above.end
    # A list whose entries stand apart, one under another, wraps an entry at the line spacing: a line set that close
    # under one that ended no sentence and had no room left for its first word is that entry's rest, whatever its
    # case ("Certified Fund Raising" / "Executive (CFRE)" in a sidebar's "Certifications"); one that opens with a
    # label and its colon is a field of its own ("Networking & security: …" under a full line of skills).
    rest_set_close = (
        close_set and no_room and not above.raw.rstrip().endswith(_ENDS) and not _FIELD_OPENS.match(row.raw)
    )
    # Two lines in a look no other line of the block has (``paired``: a headline under the name) are one that wrapped
    # where the first had no room left for the second's first word, whatever its case ("Medical Device Sales" over
    # "Representative").
    rest_set_close = rest_set_close or (paired and no_room and not above.raw.rstrip().endswith(_ENDS))
    # A line of pieces parted by bars or bullets (a headline, "Senior HR Business Partner | Employee Relations •
    # Talent") that had no room left for the first word of a line of such pieces under it broke between two words of
    # one piece ("Management • Org Effectiveness | …"), in title case as its pieces are written.
    pieces_go_on = (
        no_room
        and bool(_PIECES_PARTED.search(above.raw))
        and bool(_PIECES_PARTED.search(row.raw))
        and not above.raw.rstrip().endswith(_ENDS)
    )
    if (
        not above.ends
        and not (opens.islower() or number or _mid_prose(above, row) or rest_set_close or pieces_go_on)
        and not _GOES_ON.search(above.raw)
        and not _CUT_OPEN.search(above.raw)
    ):
        return False
    # Contact details stand one under another, each on its own line: an e-mail address or phone number is
    # whole, and one alone on a line starts none, unless the line above asks for more.
    if _detail_alone(above.raw, web=False) or (
        _detail_alone(row.raw, web=True)
        and not _GOES_ON.search(above.raw)
        and not above.raw.rstrip().endswith(_SEPARATORS)
    ):
        return False
    # Nor does the rest of a sentence open with a date, unless the line above stopped at a dash standing alone, before
    # the date that a narrow column left on the next line alone ("…, ACMA –" over "2014").
    if _DATED.match(row.raw) and not (_DASH_OPEN.search(above.raw) and _END_OF_SPAN.fullmatch(row.raw)):
        return False
    if "\t" in above.raw and abs(row.x - above.last_x) > 2:
        return False  # only a line's last column wraps (a title beside the dates), under itself
    # A line cut after a separator or a span's dash ("… Cooperative |", "… | 06/2019 –") stops where no line of
    # details can: its rest is below, however short it seems. A design tool's table sets roles in a cell
    # narrower than the page, whose lines never reach the page's right edge.
    reaches = above.end - left >= WRAPPED_FILL * (right - left) or bool(_CUT_OPEN.search(above.raw))
    # A narrow column's line broke before a long word ("English (native), Spanish" / "(conversational)"), far
    # from the edge: the space its maker left where it broke says so, and the word would not have fitted.
    # So did one that stopped where no phrase ends (a comma, "&", "of") or whose rest opens in lower case, when the
    # rest's first word would not have fitted: a design tool's PDF ends no line with a space to say so; and one whose
    # rest is set at the line spacing of a list whose entries stand apart (``rest_set_close``).
    reaches = (
        reaches
        or (space_marks and above.ends == " " and no_room)
        or (no_room and (opens.islower() or bool(_GOES_ON.search(above.raw))))
        or rest_set_close
        or pieces_go_on
    )
    close = 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    # Bold under plain text is a heading, unless the plain text carries on (no sentence ended), or it
    # carries on the last column of a line of columns (a title wrapped in its cell beside the dates).
    in_column = "\t" in above.raw and abs(row.x - above.last_x) <= 2
    carries_on = not above.raw.rstrip().endswith((".", "!", "?", ":"))
    same_look = abs(row.size - above.size) <= 0.5 and (above.bold or not row.bold or in_column or carries_on)
    # A line in bold over one with no bold in it is a title over its details ("Hospitality Management Certificate"
    # over "eCornell (…), 2023"), a degree over its school: not one line, unless the bold stops where no title can.
    if above.bold and not any(bold for text, bold, _ in row.runs.runs if text.strip()):
        same_look = same_look and bool(_GOES_ON.search(above.raw) or _BROKEN_AT.search(above.raw))
    return reaches and close and same_look


ENTRIES_APART = 1.2
"""How much wider than its line spacing a block sets the space between two entries of one look for
:func:`_set_close` to read its spacing: LinkedIn's sidebar sets an entry's wrapped rest 12.6 pt under it and the next
entry 17.6 pt, a browser's list of paragraphs 12 and 15.75."""


_YEAR_FIRST = re.compile(
    rf"^\s*(?:19|20)\d{{2}}\s*[-–—|:]\s*(?!(?:{_MONTH}|present|current|now|today)\b)[^\W\d_]", re.IGNORECASE
)
"""A line that opens with a year, then a dash, a bar or a colon before words: an entry of a list that dates each of
its entries first ("2023 — Best Feature Photography"), as a design tool's sidebar lists honours; not a span ("2019 –
Present", "2016 – May 2019"), which opens a role's lines."""


def _dated_rests(laid: list[_Row]) -> tuple[set[int], set[int]]:
    """The rows of ``laid`` (by place) that are the wrapped rest of an entry of a list whose entries each open with
    their year (:data:`_YEAR_FIRST`, two at least at one edge), and the rows that open such an entry: under an entry,
    a row at its edge in its look, closely set and opening with no date, goes on with it whatever its case
    ("2023 — Best Regional Feature" / "Photography, Gold"); an entry's first row is never the rest of the one above."""
    edges: dict[int, list[int]] = defaultdict(list)
    for at, row in enumerate(laid):
        if _YEAR_FIRST.match(row.raw) and "\t" not in row.raw:
            edges[round(row.x)].append(at)
    openers = {at for found in edges.values() if len(found) >= 2 for at in found}
    rests: set[int] = set()
    for at in sorted(openers):
        entry = laid[at]
        for below in range(at + 1, len(laid)):
            above, row = laid[below - 1], laid[below]
            if (
                below in openers
                or _DATED.match(row.raw)
                or "\t" in row.raw
                or BULLET.match(row.raw)
                or abs(row.x - entry.x) > 2
                or abs(row.size - entry.size) > 0.5
                or row.bold != entry.bold
                or not 0 < above.y - row.y <= 1.8 * max(above.size, row.size)
                or above.raw.rstrip().endswith((".", "!", "?", ":"))
            ):
                break
            rests.add(below)
    return rests, openers


def _set_close(laid: list[_Row]) -> set[int]:
    """The rows of ``laid`` (by place) set at their block's line spacing under the row above, in the same look and at
    the same edge, where the block sets two rows of that look further apart too (:data:`ENTRIES_APART` to twice
    that): a list whose entries stand apart, where what stands close is one entry that wrapped."""
    gaps: dict[tuple[int, bool], list[tuple[int, float]]] = defaultdict(list)
    for at, (above, row) in enumerate(pairwise(laid), start=1):
        if (
            abs(above.size - row.size) <= 0.5
            and above.bold == row.bold
            and abs(above.x - row.x) <= 2
            and "\t" not in above.raw + row.raw
            and above.y > row.y
        ):
            gaps[(round(row.size), row.bold)].append((at, above.y - row.y))
    close: set[int] = set()
    for spaced in gaps.values():
        spacing = min(gap for _, gap in spaced)
        if any(ENTRIES_APART * spacing <= gap <= 2 * ENTRIES_APART * spacing for _, gap in spaced):
            close |= {at for at, gap in spaced if gap <= 1.1 * spacing}
    return close


def _a_pair_of_its_own(laid: list[_Row]) -> set[int]:
    """The rows of ``laid`` (by place) that are the second of two rows, one right under the other at one edge, whose
    look (size and weight) no other row of the block has: a headline a résumé builder sets under the name in a type of
    its own, which may have wrapped (:func:`_wraps`)."""
    looks = Counter((round(row.size * 2), row.bold) for row in laid)
    return {
        at
        for at, (above, row) in enumerate(pairwise(laid), start=1)
        if (round(row.size * 2), row.bold) == (round(above.size * 2), above.bold)
        and looks[(round(row.size * 2), row.bold)] == 2
        and abs(above.x - row.x) <= 2
        and "\t" not in above.raw + row.raw
        and 0 < above.y - row.y <= 1.8 * max(above.size, row.size)
    }


def _centred_wrap(above: _Row, row: _Row, left: float, right: float) -> bool:
    """Whether ``row`` is the rest of ``above``, a centred line that wrapped ("Warehouse Operations Supervisor |
    Inventory Control | Lean & Safety" over "Leadership", a headline under the name): ``row`` is short and set in
    the middle of the text block, ``above`` starts inside it as far from its left edge as a centred line that
    fills it would (widths are estimated, where a line starts is not), in the same look, just above, not ending
    a sentence or a list's item."""
    width = right - left
    middle = (left + right) / 2
    return (
        "\t" not in above.raw
        and "\t" not in row.raw
        and row.end - row.x < 0.4 * width
        and abs((row.x + row.end) / 2 - middle) <= 0.03 * width
        and above.x > left + above.size
        and 2 * (middle - above.x) >= WRAPPED_FILL * width
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
        and not above.raw.rstrip().endswith((".", "!", "?", ":", ";", *_SEPARATORS))
        and not BULLET.match(row.raw)
    )


def _list_wraps(above: _Row, row: _Row, left: float, right: float) -> bool:
    """Whether ``row`` is the rest of ``above``, a list of items parted by commas that reached the right edge and
    broke inside its last item ("…, Seneca Learning, Educake, Microsoft" / "Excel"): ``row``'s first word would
    not have fitted where ``above`` stops, so the line did not end there by choice, and ``row`` follows it closely
    in its look, with no label, bullet or detail of its own. A line ending in a year is an entry's, dated at the
    right margin ("…, Minnesota Board of Physical Therapy   Jul 2014"), and so is one under it that does."""
    first = row.raw.split(",")[0].split()
    return (
        above.raw.count(",") >= 2
        and "\t" not in above.raw
        and not _YEAR_AT_END.search(above.raw)
        and not _YEAR_AT_END.search(row.raw)
        and not above.raw.rstrip().endswith((".", "!", "?", ":", ";"))
        and above.end - left >= WRAPPED_FILL * (right - left)
        and bool(first)
        and _width(first[0], above.size) * above.scale > right - above.end
        and not _FIELD_OPENS.match(row.raw)
        and not BULLET.match(row.raw)
        and not _detail_alone(row.raw, web=True)
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    )


def _wrapped_before_its_dates(
    above: _Row, row: _Row, left: float, right: float, spaces_say: bool, *, in_item: bool
) -> bool:
    """Whether ``row``, a line with its dates at the right margin, is the rest of an entry's line ``above`` that
    was too long for the page ("Registered Respiratory Therapist II — Riverside" / "Methodist Hospital, Columbus,
    OH⇥Jun 2020 – Present"): ``above`` wrapped (it reached the right edge, or ends with the space a word processor
    keeps where it broke a line, where the page's spaces say so) with no column, no date and no sentence's end of
    its own, is no list item's line, and ``row`` follows it closely in its size, its one column after the tab a
    date."""
    words, _, dates = row.raw.partition("\t")
    return (
        not in_item
        and "\t" not in above.raw
        and not BULLET.match(above.raw)
        and (above.end - left >= WRAPPED_FILL * (right - left) or (spaces_say and above.ends == " "))
        and not above.raw.rstrip().endswith((".", "!", "?", ":", ";"))
        and not _YEAR.search(above.raw)
        and bool(words.strip())
        and _date_alone(dates)
        and abs(row.size - above.size) <= 0.5
        and abs(row.x - above.x) <= 2
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
    )


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d{2}\W*$")


def _mid_prose(above: _Row, row: _Row) -> bool:
    """Whether ``above`` is a line of prose cut mid-sentence before a capital ("… using the Aircraft" / "Maintenance
    Manual (AMM) …"), as a browser's PDF, which ends no line with a space, wraps a paragraph before a name: it ends
    no sentence, reads as a sentence does (several words in lower case, which a title's or an employer's line has
    not), and the next line opens with no label of its own ("Supervisor: …")."""
    text, rest = above.raw.rstrip(), row.raw.split()
    lower = sum(word[:1].islower() for word in text.split())
    # A few capitalised words alone ("Invited Talks") are a heading or a name, not a sentence's rest.
    alone = len(rest) <= 5 and all(word[:1].isupper() or not word[:1].isalpha() for word in rest)
    return (
        lower >= 4
        and row.raw.lstrip()[:1].isupper()  # no bullet's glyph run into its item ("●Oversaw …")
        and not text.endswith((".", "!", "?", ":", ";"))
        and not _FIELD_OPENS.match(row.raw)
        and not (alone and not row.raw.rstrip().endswith((".", ",", ";")))
    )


_FIELD_OPENS = re.compile(r"\s*[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,3}\s*:")
"""A line that opens with a label and its colon ("Supervisor:", "Hours per week:", "API & performance:",
"Hardware/peripherals:"): a field of its own."""


_BROKEN_AT = re.compile(r"[-–—,]\s*$")
"""A line's end where a sentence or a span cannot stop: a comma or a dash ("…, 2020 –")."""
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
"""An item's number opening a line ("3. Slipski, M. …")."""
_SUM_OPENS = re.compile(r"[$€£¥₹]\d")
"""A sum of money opening a line ("$510K.", "€2.1M"): a figure, for what a line may go on with."""
_GOES_ON = re.compile(
    r"(?:,|&|\b(?:the|a|an|of|for|and|or|to|in|with|on|at|by|from|as|into|over|under|between|than|via|per|its|their"
    r"|our|my|your|this|that|which|who|The|A|An|Of|For|And|Or|To|In|With|On|At|By|From))\s*$"
)
"""How a line ends that a sentence cannot end on: a comma, or a word that needs one after it ("for the"), in
lower case or a title's capitals; not in capitals, as a place's code is written ("Portland, OR", "Gary, IN")."""


_PIECES_PARTED = re.compile(r"\S\s+[|•·]\s+\S")
"""A separator between two pieces of a line of details, a space on each side ("… Partner | Employee Relations")."""
_SEPARATORS = ("|", "·", "•", "/")
"""What a line of details ends with when it goes on ("… | linkedin.com/in/kevint |" / "kevint.com")."""
_CUT_OPEN = re.compile(r"(?:\s[|·•\-–—]|(?:19|20)\d{2}\s*[-–—])\s*$")
"""A line's end that leaves it open: a separator or a dash standing alone ("… Cooperative |", "Professional Engineer
(PE) -" over "Texas", who gave it), or a date and a dash, the start of a span whose end is on the next line ("… |
06/2019 –")."""
_DASH_OPEN = re.compile(r"\s[-–—]\s*$")
"""A line's end at a dash standing alone ("Regional Rookie of the Year –"): what it dates is on the next line."""
_LABEL_ALONE = re.compile(r"\s*[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}:\s*")
"""A line that is a label of one to three words and its colon alone ("Vendor credentialed:", "Tools:")."""
_NAME = r"[^\s,;:.\t•][^\s,;:\t]*(?:\s+[^\s,;:\t]+){0,3}"
_NAMES = re.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME}){{2,}}\s*")
"""A line that lists three names or more, each of a few words, parted by commas ("Vendormate, Reptrax, Symplr")."""
_SEPARATOR_OPENS = re.compile(r"\s*[|·/&]\s")
"""A line that opens with a separator of details ("| Drainage Design"), or with the slash or the "&" between two names
("/ DOT-406 tank wagon", "& Tagout procedures"), as no item or entry opens: the rest of the line above, which
wrapped."""
_SHORT_FORM_ALONE = re.compile(r"\((?:[A-Z][A-Za-z0-9&.+/-]{1,11})\)")
"""A short form in brackets alone on a line: "(CFM)"."""
_ENDS = (".", "!", "?", ":", ";", ")")


def _bracket_closes(above: str, row: str) -> bool:
    """Whether ``above`` ends with a bracket left open that ``row`` closes: one line cut in two inside brackets."""
    return above.count("(") > above.count(")") and row.count(")") > row.count("(")


def _detail_alone(text: str, *, web: bool) -> bool:
    """Whether ``text`` is one e-mail address or phone number (or, with ``web``, web address) and nothing else."""
    text = text.strip()
    return bool(EMAIL.fullmatch(text) or PHONE.fullmatch(text) or (web and _WEB_ADDRESS.fullmatch(text)))


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:/\S*)?")
"""A web address: with its scheme or "www.", or a domain in lower case ("linkedin.com/in/ana"); not words run
together where a PDF lost their spaces ("sociales.Trayectoria")."""


def _at_a_dates_edge(runs: Runs, text: str) -> bool:
    """Whether ``text``, a piece that meets the line so far with no space between, starts or ends a date's column:
    it is a date, or a month whose year wrapped to the next line ("…, Great Yarmouth, UK" then "Aug" at a tab
    stop), or the line so far ends with a date and ``text`` goes on in words or figures ("Oct 2014 – Jun 2018" then
    "BSc Marine Biology, …" at a tab stop). A word never runs into a date nor out of one: where two pieces meet
    there, a tab stop or an alignment set them side by side, however little room it left between them."""
    if _date_alone(text) or text.strip().rstrip(".").title() in (*MONTHS, *MONTH_NAMES, "Sept"):
        return True
    so_far = "".join(t for t, _, _ in runs.runs).rstrip()
    last = so_far.rsplit(None, 1)[-1].lower() if so_far else ""
    return text[:1].isalnum() and (bool(_ENDS_YEAR.search(so_far)) or last in OPEN_WORDS)


_ENDS_YEAR = re.compile(r"\b(?:19|20)\d{2}$")
"""A line so far that ends with a year: a date's end."""


def _unspaced(runs: Runs, text: str) -> bool:
    """True when no space stands between the line so far and ``text``."""
    return bool(runs.runs) and not runs.runs[-1][0][-1:].isspace() and not text[:1].isspace()


BULLET_GAP = 0.25
"""How wide a gap (in ems) after a bullet's glyph alone sets it apart from its item: a space's width. LaTeX writes no
space characters, only places its pieces, so "{" then "Designed …" an em further on is a bullet and its item."""


def _glyph_alone(runs: Runs, text: str) -> bool:
    """True when the line so far is a bullet's glyph and nothing more, with no space before ``text`` (a word)."""
    glyph = "".join(t for t, _, _ in runs.runs)
    return len(glyph) == 1 and bool(BULLET.match(f"{glyph} ")) and text[:1].isalnum()


def _glued(runs: Runs, text: str) -> bool:
    """True when the line so far and ``text`` would run two words together."""
    return bool(runs.runs) and runs.runs[-1][0][-1:].isalnum() and text[:1].isalnum()


def _date_alone(text: str) -> bool:
    """Whether a piece is a date or a span of dates and nothing else ("2019", "Mar 2022 – Present")."""
    text = text.strip()
    return any(c.isdigit() for c in text) and bool(CELL_SPAN.match(text))


def _width(text: str, size: float) -> float:
    """A piece's width, estimated: a little under half an em per character is near enough to find gaps."""
    return len(text) * size * 0.45


def _dash_goes_on(lines: list[Line], starts: list[float], above: _Row | None, row: _Row) -> bool:
    """Whether ``row``, opening with a dash, is the wrapped rest of the item above rather than an item of its own: a
    word processor broke the item's line before its dash ("• Iowa Commercial Pesticide Applicator License, …" /
    "— exp. 12/2026"). The item above has another glyph, the dash stands under the item's text, past its glyph, and
    what follows it opens in lower case or with a number, as an item's first word does not."""
    return (
        above is not None
        and bool(lines)
        and lines[-1].item
        and _DASH_GOES_ON.match(row.raw) is not None
        and above.raw.lstrip()[:1] not in _DASHES
        and row.x > starts[-1] + 2
    )


_DASHES = "-–—"
_DASH_GOES_ON = re.compile(r"^\s*[-–—]\s+[a-z\d]")
"""A line that opens with a dash and then a word in lower case or a number ("— exp. 12/2026", "– 2019")."""


def _ends_its_item(lines: list[Line], starts: list[float], above: _Row, row: _Row, left: float, right: float) -> bool:
    """Whether ``row`` is the rest of the list item above it, set under the item's glyph (a "- " typed before the
    text, as a profile's description writes its list): the list's items end with a full stop, the item above reached
    the right edge with none, and ``row``, in its look right under it, ends with one ("… SWPPPs for Edwards" /
    "Aquifer recharge zone sites."). A title or a place under a list ends with no stop."""
    if not lines or not lines[-1].item or not row.raw.rstrip().endswith(".") or "\t" in row.raw:
        return False
    items = [line.text.rstrip() for line in lines[:-1] if line.item]
    stopped = sum(text.endswith(".") for text in items)
    return (
        stopped >= 2
        and stopped >= 0.75 * len(items)
        and not lines[-1].text.rstrip().endswith(_ENDS)
        and above.end - left >= WRAPPED_FILL * (right - left)
        and abs(row.x - starts[-1]) <= 2
        and abs(row.size - above.size) <= 0.5
        and row.bold == above.bold
        and 0 <= above.y - row.y <= 1.8 * max(above.size, row.size)
        and not _DATED.match(row.raw)
    )


def _continues(lines: list[Line], starts: list[float], line: Line, x: float) -> bool:
    """True when ``line`` is the wrapped rest of the bullet above: not a bullet itself, indented
    past the bullet's glyph, in the same look."""
    if not lines or line.item or not lines[-1].item:
        return False
    last = lines[-1]
    return x > starts[-1] + 2 and last.bold == line.bold and "\t" not in line.text
