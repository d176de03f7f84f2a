"""A PDF posting with a text layer → text, bullets as list items.

Library choice: pypdf. On a posting exported to PDF by LibreOffice (heading,
bullets, a two-column requirements table) pypdf kept each table row on one line
("Linux Expert"), while pdfminer.six split the table into one column after the
other and broke a wrapped bullet into two paragraphs. pypdf is pure Python with
no dependencies; pdfminer.six brings cryptography (a compiled package) as well.

A PDF states no structure, so the text comes out like a .txt file (the later
heading heuristics apply) except that bullet glyphs become ``- `` items, a
bullet's wrapped lines join it (a line that starts in lowercase, one set in
from where the bullet starts, as a hanging indent sets a wrapped "Bluebook.",
or any line under one that stops mid-sentence), fields set side by side on a
line with a wide gap are lines of their own (cells a page draws apart, as a
table of labels and values, "Job Title" and "Buyer", make a table row when
none holds a label's colon; "Linux" and "Expert" are "Linux | Expert", as a
Word table's row reads), ligatures (ﬁ, ﬂ) become letters (NFKC), and the
first page's line in the largest type, when it is clearly larger than the body
text, becomes a heading and the title the PDF states (a title wrapped onto two
lines is one heading), and a short line set apart from the body, in larger type
or wholly in bold where the body is not, is a heading ("Essential Functions").
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from tailor.errors import TailorError
from tailor.posting.details import Candidate
from tailor.posting.extracted import (
    BOLD_HEADING_MAX_CHARS,
    FIELD_GAP,
    Extracted,
    Outline,
    clean_inline,
    is_bullet,
    plausible_title,
)
from tailor.running_lines import running, without_print_margins

if TYPE_CHECKING:
    from pypdf import PageObject

LARGEST_LINE_RATIO = 1.25
"""A line is set larger than the body text when its type is at least this much larger."""

HEADING_SIZE_RATIO = 1.1
"""A line whose type is at least this much larger than the body's is set apart from it, as a heading is."""

_GOES_ON = re.compile(
    r"(?:,|\b(?:and|or|nor|of|the|a|an|to|for|with|in|on|at|by|from|as|into|including|via|per|than))$"
)
"""How a line ends that a sentence cannot end on: a comma, or a word that needs one after it, in lower
case (not "OR" of "Portland, OR"). The next line carries it on, though it opens in capitals ("OSHA")."""

_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
"""A numbered item's opening ("2. ", "3) "), which starts an item of its own."""
_ENDS = re.compile(r"[.!?:;]$")
"""How a line ends a sentence or a clause: the line under it that opens with a number starts afresh ("… a plus." over
"2026 benefits guide"); under one that ends mid-phrase ("21 CFR Part" over "820") the number goes on with it."""

_LABELLED = re.compile(r"[:：](?:\s|$)")
"""A label's colon, as in "Grade: 12" (not a time's, "6:00 AM")."""

MAX_PDF_PAGES = 30
"""The most pages a PDF posting may have. A posting is one to five pages; a brochure or a report
of hundreds would take long to read and is not a posting. Counted before any page is read."""


def read_pdf(data: bytes, source: str, charset: str | None = None) -> Extracted:
    """The text of every page of a PDF.

    Raises:
        TailorError: not a PDF, damaged, protected by a password, or a scan without a text layer.
    """
    if b"%PDF-" not in data[:1024]:
        raise _damaged(source, "it does not start like a PDF")
    pages, (title, tab), largest, drawn = _extract(data, source)
    text = without_print_margins(unicodedata.normalize("NFKC", "\n".join(_without_running_lines(pages))))
    if not text.strip():
        raise TailorError(
            f"The posting {source} has no text layer (it is probably a scanned image), so tailor cannot read it. "
            "Copy the posting's text from the job page into a .txt file and pass that instead."
        )
    largest = [unicodedata.normalize("NFKC", line) for line in largest]
    stated = [Candidate("title", " ".join(largest), "largest-line")] if largest else []
    stated += [Candidate("title", title, "properties")] if title else []
    # A page a browser printed keeps its tab's title as the PDF's ("Network Administrator – Tabaarak ICT"): the
    # employer beside the job's title, as a saved page's <title> gives it.
    stated += [Candidate("title", tab, "tab-title")] if tab else []
    drawn = {
        unicodedata.normalize("NFKC", key): [
            d._replace(cells=tuple(unicodedata.normalize("NFKC", c) for c in d.cells)) for d in ds
        ]
        for key, ds in drawn.items()
    }
    return Extracted(text=_outline(text, largest, drawn), stated=tuple(stated))


def _without_running_lines(pages: list[str]) -> list[str]:
    """``pages`` without their running header and footer (:func:`tailor.running_lines.running`): "Acme Job
    Description – JD-2291" over each page, "acme.com/careers · Privacy · Page 2" under it are the document's, not
    the posting's, and a footer would run on from the page's last bullet."""
    lines = [page.splitlines() for page in pages]
    return [
        "\n".join(line for n, line in enumerate(page) if n not in dropped)
        for page, dropped in zip(lines, running(lines), strict=True)
    ]


class Drawn(NamedTuple):
    """How the page draws a line: where it starts across the page, its cells (its text where the page
    draws it in one run or in runs close together; several where it leaves a wide gap between them), its
    look (type size, bold) where that sets it apart from the body (larger, or bold where the body is not),
    and whether a list's mark is drawn before it as a shape, not a glyph (:func:`_marks`)."""

    start: float
    cells: tuple[str, ...]
    apart: tuple[float, bool] | None = None
    marked: bool = False


def _extract(data: bytes, source: str) -> tuple[list[str], tuple[str | None, str], list[str], dict[str, list[Drawn]]]:
    """The text of each page, the title property (as a job's title, and as written), the first page's lines in the
    largest type, and how the page draws each line (its text without spaces → each time it is drawn, in reading
    order)."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    # pypdf reports every oddity of a slightly broken file through logging and
    # warnings; the user gets our one clear error or the text, not that noise.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise _locked(source)
            if (count := len(reader.pages)) > MAX_PDF_PAGES:
                raise TailorError(
                    f"The posting {source} is a PDF of {count} pages, more than the {MAX_PDF_PAGES} tailor reads; "
                    "a job posting is a few pages. Check that you passed the right file, or save the posting's "
                    "pages alone (print them to PDF) or its text in a .txt file."
                )
            written = clean_inline(str(reader.metadata.title or "")) if reader.metadata else ""
            title = plausible_title(written or None)
            read = [_page(page) for page in reader.pages]
            largest = _largest_run(read[0][1]) if read else []
            apart = _set_apart([line for _, lines, _ in read for line in lines])
            drawn: dict[str, list[Drawn]] = {}
            for _, lines, marked in read:
                for n, (x, size, line, cells, bold) in enumerate(lines):
                    look = (size, bold) if apart(size, bold) else None
                    drawn.setdefault(_key(line), []).append(Drawn(x, cells, look, n in marked))
            return [text for text, _, _ in read], (title, written), largest, drawn
    except TailorError:
        raise
    except DependencyError:
        raise TailorError(
            f"The posting {source} is encrypted with AES, which tailor can only open with the 'cryptography' "
            "package (pip install cryptography). Or copy the posting's text into a .txt file and pass that instead."
        ) from None
    except Exception as e:
        # A damaged file fails anywhere inside pypdf, with no exception class in
        # common, so whatever it raises here means the bytes are not a readable PDF.
        raise _damaged(source, str(e) or type(e).__name__) from None
    finally:
        pypdf_log.setLevel(level)


_Line = tuple[float, float, str, tuple[str, ...], bool]
"""A line as the page sets it: where it starts across the page, its largest type, its text, its cells
(:func:`_cells`), whether it is wholly in bold."""


def _page(page: PageObject) -> tuple[str, list[_Line], set[int]]:
    """A page's text, its lines as the page sets them, in the order they are drawn, and which of them (by their
    place in that order) a list's mark drawn as a shape opens (:func:`_marks`)."""
    lines: dict[float, list[tuple[float, float, str]]] = {}
    bold: dict[float, bool] = {}
    order: list[float] = []
    path: list[tuple[float, float]] = []
    shapes: list[_Box] = []

    def draw(operator: bytes, args: Sequence[float], cm: Sequence[float], tm: Sequence[float]) -> None:
        # The small shapes the page fills, in page space: a browser prints a list's discs and squares so.
        if operator in _PATH_POINTS:
            numbers = [float(a) for a in args]
            if operator == b"re" and len(numbers) == 4:
                x, y, w, h = numbers
                numbers = [x, y, x + w, y + h]
            for px, py in zip(numbers[::2], numbers[1::2], strict=False):
                path.append((px * cm[0] + py * cm[2] + cm[4], px * cm[1] + py * cm[3] + cm[5]))
        elif operator in _FILLS or operator in _NO_FILLS:
            if operator in _FILLS and path:
                xs, ys = [px for px, _ in path], [py for _, py in path]
                shapes.append((min(xs), min(ys), max(xs), max(ys)))
            path.clear()

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: object, size: float) -> None:
        text = text.translate(_NO_CHARACTER)
        if not text.strip():
            return
        # Where the text stands on the page, and its size there: the text matrix scaled by the page's.
        scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        x = round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1)
        y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
        if y not in lines:
            lines[y] = []
            order.append(y)
        lines[y].append((x, round(size * scale, 1), text))
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        bold[y] = bold.get(y, True) and "bold" in name.lower()

    text = (page.extract_text(visitor_text=visit, visitor_operand_before=draw) or "").translate(_NO_CHARACTER)
    set_lines = [
        (
            min(x for x, _, _ in lines[y]),
            max(s for _, s, _ in lines[y]),
            "".join(t for _, _, t in lines[y]),
            _cells(lines[y]),
            bold[y],
        )
        for y in order
    ]
    return text, set_lines, _marks(shapes, [(y, line[0], line[1]) for y, line in zip(order, set_lines, strict=True)])


_NO_CHARACTER = dict.fromkeys([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
"""The control characters a glyph maps to where its font gives it none (Chrome prints an emoji it has no font for as
U+0000): no character of the posting. Tabs, line and page breaks stay."""


_Box = tuple[float, float, float, float]
"""A shape's left, bottom, right and top, in page space."""
_PATH_POINTS = frozenset({b"m", b"l", b"c", b"v", b"y", b"re"})
_FILLS = frozenset({b"f", b"F", b"f*", b"b", b"B", b"b*", b"B*"})
_NO_FILLS = frozenset({b"n", b"S", b"s"})
MARK_SIZE = 0.8
"""The most a list's mark drawn as a shape measures across, in ems of its line's type: a disc or a square beside the
text, never a rule under it or a box around a table's cell."""


def _marks(
    shapes: Sequence[tuple[float, float, float, float]], lines: Sequence[tuple[float, float, float]]
) -> set[int]:
    """Which ``lines`` (baseline, start, type size) a filled shape opens: a small disc or square, no wider than
    :data:`MARK_SIZE` ems and about as tall as wide, set within the line's height and just left of its text, as a
    browser draws a list's marks when it prints a page to PDF (no glyph a text layer holds: "•" is lost without)."""
    marked: set[int] = set()
    for n, (y, x, size) in enumerate(lines):
        for left, bottom, right, top in shapes:
            width, height = right - left, top - bottom
            if not 0 < width <= MARK_SIZE * size or not 0 < height <= MARK_SIZE * size:
                continue
            if max(width, height) > 2 * min(width, height):
                continue  # a dash or a rule, no disc
            if y - 0.3 * size <= (bottom + top) / 2 <= y + size and 0 < x - right <= 2.5 * size:
                marked.add(n)
                break
    return marked


CHAR_WIDTH = 0.6
"""A character's width in ems, at most, on average over a run of text: wide enough for text in capitals, so
that a run's estimated end is never short of where it really ends (the page states no widths we read)."""

_WORD = re.compile(r"[^\W\d_]{2}")
"""A word of two letters or more: what a cell holds, unlike a list's mark."""

CELL_GAP = 2.0
"""How far (ems) past a run's estimated end the next run on its line must start to be another cell: wider
than any space between words, even in justified text."""


def _cells(runs: Sequence[tuple[float, float, str]]) -> tuple[str, ...]:
    """A line's runs (where each starts, its type size, its text) as the cells the page sets apart."""
    cells: list[str] = []
    end = float("-inf")
    for x, size, text in sorted(runs, key=lambda run: run[0]):
        # A number or a glyph before a tab ("1.", "•") is the mark of what follows, not a cell.
        if not cells or (x > end + CELL_GAP * size and _WORD.search(cells[-1])):
            cells.append(text)
            end = x
        else:
            cells[-1] += text
        end = max(end, x + CHAR_WIDTH * size * len(text))
    return tuple(cell.strip() for cell in cells)


def _set_apart(lines: Sequence[_Line]) -> Callable[[float, bool], bool]:
    """Whether a line of a type size, in bold or not, is set apart from the body of ``lines``: in type
    :data:`HEADING_SIZE_RATIO` larger than the body's, or bold where most of the text is not."""
    sizes = Counter[float]()
    bold = 0
    for _, size, text, _, is_bold in lines:
        sizes[size] += len(text)
        bold += len(text) if is_bold else 0
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    bold_body = 2 * bold > sizes.total()
    return lambda size, is_bold: size >= HEADING_SIZE_RATIO * body or (is_bold and not bold_body)


def _largest_run(lines: Sequence[_Line]) -> list[str]:
    """The first run of ``lines`` set in the largest type when that type is clearly larger than the
    body's (:data:`LARGEST_LINE_RATIO`); ``[]`` when no line stands out."""
    if not lines:
        return []
    sized = [(size, clean_inline(text)) for _, size, text, _, _ in lines]
    body = Counter[float]()
    for size, line in sized:
        body[size] += len(line)
    largest = max(size for size, _ in sized)
    if largest < LARGEST_LINE_RATIO * body.most_common(1)[0][0]:
        return []
    start = next(i for i, (size, _) in enumerate(sized) if size == largest)
    run: list[str] = []
    for size, line in sized[start:]:
        if size != largest or not line:
            break
        run.append(line)
    return run


def _key(line: str) -> str:
    """A line's text without its spaces: the page's text and its drawn lines space a bullet differently."""
    return "".join(line.split())


HANGING_INDENT = 1.0
"""How far (points) past a bullet's start a line must begin to be the wrapped rest of the bullet's text."""


def _outline(text: str, largest: Sequence[str] = (), drawn: dict[str, list[Drawn]] | None = None) -> str:
    """Lines stay lines of paragraphs; a bullet line is an item, with the lines its text wrapped onto; the
    ``largest`` lines (the first page's largest type), where they stand in a row, are one heading.

    ``drawn`` says how the page sets each line (:func:`_extract`): a line set in from where the bullet
    above starts is its wrapped text whatever its first letter, and one at the bullet's start or left of it
    is not (a heading or a paragraph after the list); a line drawn as cells apart is a table row, or, where
    a cell holds a label and its colon ("Grade: 12"), a line per cell."""
    outline = Outline()
    paragraph: list[str] = []
    lines = text.splitlines()
    queued = {key: list(ds) for key, ds in (drawn or {}).items()}
    skip = 0
    item_start: float | None = None
    value_start: float | None = None  # where a row of a label and its value starts, while its value may wrap
    look_above: tuple[float, bool] | None = None
    for n, raw in enumerate(lines):
        line = raw.strip()
        seen = queued[key].pop(0) if (key := _key(line)) in queued and queued[key] else None
        if seen is not None and seen.marked and not is_bullet(line):
            line = f"• {line}"  # its mark drawn as a shape, as a browser prints a list
        start = seen.start if seen else None
        # A line set apart, alone in its look: a run of lines in that look is a paragraph set larger or in bold.
        look = seen.apart if seen else None
        alone = look is not None and look != look_above and look != _look(queued, lines[n + 1 : n + 2])
        look_above = look
        if skip:
            skip -= 1
            continue
        if largest and [clean_inline(x) for x in lines[n : n + len(largest)]] == list(largest):
            outline.paragraph(paragraph)
            paragraph = []
            outline.heading(" ".join(largest), 1)
            skip, largest = len(largest) - 1, ()
            continue
        if seen and alone and len(seen.cells) == 1 and _heading_like(line):
            outline.paragraph(paragraph)  # "Essential Functions", in bold over its list
            paragraph = []
            outline.heading(line, 2)
            item_start = None
            continue
        above = lines[n - 1].strip() if n else ""
        hanging = start is not None and item_start is not None and start > item_start + HANGING_INDENT
        goes_on = (
            line[:1].islower()
            or hanging
            or bool(_GOES_ON.search(above))  # "… and" / "OSHA requirements"
            or line[:1] in "(["  # "… our eQMS" / "(MasterControl)": an aside to the words above
            or (line[:1].isdigit() and not _NUMBERED.match(line) and not _ENDS.search(above))  # "… Part" / "820"
        )
        wrapped = not paragraph and bool(line) and not is_bullet(line) and goes_on
        if wrapped and outline.extend_item(line):
            continue  # the wrapped rest of the bullet above
        cells = [c for c in seen.cells if c] if seen else []
        if not (line and not is_bullet(line) and len(cells) <= 1):
            value_start = None
        if line and not is_bullet(line) and len(cells) > 1 and not any(map(_LABELLED.search, cells)):
            outline.paragraph(paragraph)  # a table's row: "Job Title | Buyer"
            paragraph = []
            outline.row(cells)
            item_start = None
            continue
        if line and not is_bullet(line):
            if value_start is not None and start is not None and start > value_start and len(cells) <= 1:
                paragraph[-1] += f" {line}"  # the rest of a labelled value that wrapped in its column
                continue
            # Fields set side by side, each a line of its own; a label alone in its cell heads the value beside it.
            fields = _labels_with_values(cells) if len(cells) > 1 else FIELD_GAP.split(line)
            paragraph += fields
            value_start = start if len(fields) < len(cells) else None
            item_start = None
            continue
        outline.paragraph(paragraph)  # a blank line or a bullet ends the paragraph
        paragraph = []
        if line:
            outline.item(line)
            item_start = start
    outline.paragraph(paragraph)
    return outline.render()


_LABEL_ALONE = re.compile(r"^[^\W\d_][\w .&/'’-]{0,30}[:：]$")
"""A cell that holds a label and its colon alone ("Title:", "Reports To:"): the value is the next cell."""


def _labels_with_values(cells: Sequence[str]) -> list[str]:
    """A row's cells as lines, each label alone in its cell joined to the value in the cell after it: a job
    description's table of "Title:" | "Special Education Teacher" reads "Title: Special Education Teacher"."""
    out: list[str] = []
    for cell in cells:
        if out and _LABEL_ALONE.match(out[-1]) and not _LABEL_ALONE.match(cell):
            out[-1] += f" {cell}"
        else:
            out.append(cell)
    return out


def _look(queued: dict[str, list[Drawn]], lines: Sequence[str]) -> tuple[float, bool] | None:
    """The look that sets the first of ``lines`` (the next line, not yet read) apart from the body, if any."""
    drawn = queued.get(_key(lines[0].strip())) if lines else None
    return drawn[0].apart if drawn else None


def _heading_like(line: str) -> bool:
    """Whether a line set apart can be a heading: short, no item, no sentence, no label with its value."""
    return (
        0 < len(line) < BOLD_HEADING_MAX_CHARS
        and not is_bullet(line)
        and not line.endswith(".")
        and not _LABELLED.search(line.rstrip(":："))
    )


def _locked(source: str) -> TailorError:
    return TailorError(
        f"The posting {source} is a PDF protected by a password, so tailor cannot read it. "
        "Open it with the password and save an unprotected copy (print to PDF), or copy the posting's text "
        "into a .txt file and pass that instead."
    )


def _damaged(source: str, detail: str) -> TailorError:
    return TailorError(
        f"The posting {source} is not a readable PDF ({detail}); the file may be damaged or only partly "
        "downloaded. Download or export it again, or copy the posting's text into a .txt file and pass that instead."
    )
