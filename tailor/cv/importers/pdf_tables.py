"""A PDF page's tables: the rows under a header row, each cell at its column's edge, and each cell's wrapped lines
put back on its row.

A word processor's table loses its grid in a PDF: a full cell may stand closer to the next than the gap that sets a
column apart elsewhere on the page, and a cell whose text wraps leaves the rest of it on lines of its own, under its
row ("Registered" over "Technologist in" over "Computed Tomography"), which read as lines of their own. A header row
says where the columns start; the rows under it are the table's while each of their pieces of text starts at one of
those edges (or runs on from the piece before it, as a word of another font does). Word and LibreOffice write a
table cell by cell, each cell whole before the next: a line whose every piece was written right after a piece of
the row above, in the same column, is that cell's rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Protocol, TypeVar

from tailor.cv.importers.line import BULLET


class Placed(Protocol):
    """A piece of text on a page (:class:`~tailor.cv.importers.pdf_layout._Piece`): what this module reads of it."""

    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def text(self) -> str: ...
    @property
    def size(self) -> float: ...
    @property
    def bold(self) -> bool: ...
    @property
    def order(self) -> int: ...


P = TypeVar("P", bound=Placed)

EDGE = 1.5
"""How far (in points) from a column's edge a cell's text may start: the edges of one column are one x."""
_HEADER_GAP = 1.0
"""How wide a gap (in ems) parts two cells of a header row: a header's names are short, its cells far apart."""
_RUNS_ON = 0.6
"""How wide a gap (in ems) may stand between two pieces of one cell's line (a word in another font)."""
_UNMARKED_COLUMN = 5.0
"""How wide (in ems) each column of a table without a header row is at least: wider than a bullet's indent, or a
label's margin, so that a list's glyph and its text never read as two columns."""
_UNMARKED_ROWS = 3
"""How many rows of two cells or more a table without a header row has at least: fewer are a line and its dates."""


def ruled_tables(rows: list[list[P]], end: Callable[[P], float]) -> tuple[list[list[P]], dict[int, tuple[float, ...]]]:
    """``rows`` (a page's lines of pieces, top to bottom) with each table's wrapped cell lines put on their row, and
    the rows of tables (by their index in the rows returned) with the edges of their columns. A table is a header row
    in bold of three cells or more, and the rows under it, each a line's height or so below the one before, whose
    pieces each start at one of its edges: a row with text in two columns at least, or the rest of the cells above
    it; ``end`` says where a piece ends."""
    out: list[list[P]] = []
    tables: dict[int, tuple[float, ...]] = {}
    n = 0
    while n < len(rows):
        headed = (edges := _header_edges(rows[n], end)) is not None
        edges = edges or unmarked_edges(rows[n:], end)
        if edges is None:
            out.append(rows[n])
            n += 1
            continue
        table, taken = [rows[n]], 1
        for above, row in pairwise(rows[n:]):
            if not _in_grid(row, edges, end) or above[0].y - row[0].y > 2.5 * row[0].size:
                break
            if (len(table) > 1 or not headed) and _rest_of_cells(table[-1], row, edges):
                table[-1] = _onto(table[-1], row, edges)
            elif len(_columns(row, edges)) >= 2:
                table.append(row)
            else:
                break  # a line at the first column's edge alone: the text under the table
            taken += 1
        if len(table) < 2:
            out.append(rows[n])
            n += 1
            continue
        for row in table:
            tables[len(out)] = edges
            out.append(row)
        n += taken
    return out, tables


def _written(row: list[P]) -> list[P]:
    return sorted((p for p in row if p.text.strip()), key=lambda p: p.x)


def _header_edges(row: list[P], end: Callable[[P], float]) -> tuple[float, ...] | None:
    """Where the columns of a header row start: its pieces all in bold, three cells or more apart by an em."""
    written = _written(row)
    if len(written) < 3 or not all(p.bold for p in written):
        return None
    edges = [written[0].x]
    for before, piece in pairwise(written):
        if piece.x - end(before) > _HEADER_GAP * piece.size:
            edges.append(piece.x)
    return tuple(edges) if len(edges) >= 3 else None


def unmarked_edges(rows: list[list[P]], end: Callable[[P], float]) -> tuple[float, ...] | None:
    """Where the columns start of a table without a header row, rules or list marks that opens at ``rows[0]``, or
    None: a row of three cells or more in one weight, each column :data:`_UNMARKED_COLUMN` wide at least, and under
    it, a line's height or so apart, rows in that weight whose every piece starts at one of those edges,
    :data:`_UNMARKED_ROWS` with two cells or more in all. A line of a cell that wrapped (written right after the
    cell above it, as a table is written cell by cell) is the rest of its row, not a row."""
    first = _written(rows[0]) if rows else []
    if len(first) < 3 or len({p.bold for p in first}) > 1:
        return None
    edges = tuple(p.x for p in first)
    if any(b - a < _UNMARKED_COLUMN * first[0].size for a, b in pairwise(edges)):
        return None
    full, row_above = 1, rows[0]
    for above, row in pairwise(rows):
        if not _in_grid(row, edges, end) or above[0].y - row[0].y > 2.5 * row[0].size:
            break
        if any(BULLET.match(p.text) or p.bold != first[0].bold for p in _written(row) + first):
            break  # a grid of list items (its cells' rest found by their marks), or the labels of what follows
        if _rest_of_cells(row_above, row, edges):
            row_above = [*row_above, *row]  # the row's cells, their rest included, which the next line may go on
            continue
        if len(_columns(row, edges)) < 2:
            break
        full, row_above = full + 1, row
    return edges if full >= _UNMARKED_ROWS else None


def _column(piece: Placed, edges: tuple[float, ...]) -> int | None:
    """The column whose edge ``piece`` starts at, or None."""
    return next((n for n, edge in enumerate(edges) if abs(piece.x - edge) <= EDGE), None)


def _columns(row: list[P], edges: tuple[float, ...]) -> set[int]:
    return {n for p in _written(row) if (n := _column(p, edges)) is not None}


def _in_grid(row: list[P], edges: tuple[float, ...], end: Callable[[P], float]) -> bool:
    """Whether every piece of ``row`` starts at a column's edge or runs on from the piece before it."""
    written = _written(row)
    if not written:
        return False
    for n, piece in enumerate(written):
        runs_on = n > 0 and 0 <= piece.x - end(written[n - 1]) <= _RUNS_ON * piece.size
        if _column(piece, edges) is None and not runs_on:
            return False
    return True


def _rest_of_cells(above: list[P], row: list[P], edges: tuple[float, ...]) -> bool:
    """Whether ``row`` holds the wrapped rest of cells of ``above``: each of its pieces at a column's edge was
    written right after the last piece of that column above it, as a cell is written whole."""
    last: dict[int, int] = {}
    for piece in _written(above):
        if (column := _at_or_left(piece, edges)) is not None:
            last[column] = max(last.get(column, -1), piece.order)
    written = [p for p in _written(row) if _column(p, edges) is not None]
    return bool(written) and all(last.get(_column(p, edges), -2) + 1 == p.order for p in written)


def _at_or_left(piece: Placed, edges: tuple[float, ...]) -> int | None:
    """The column ``piece`` stands in: the last whose edge it starts at or after."""
    return next((n for n in reversed(range(len(edges))) if piece.x >= edges[n] - EDGE), None)


def _onto(above: list[P], row: list[P], edges: tuple[float, ...]) -> list[P]:
    """``above`` with the text of each piece of ``row`` after the text of its column, as the cell's rest. The rest
    joins the piece it goes on (a cell that wrapped is wider than its column, so no place on the line is its own),
    which keeps its place and font."""
    out = list(above)
    for piece in _written(row):
        column = _at_or_left(piece, edges)
        mine = [n for n, p in enumerate(out) if p.text.strip() and _at_or_left(p, edges) == column]
        if not mine:
            out.append(replace(piece, y=above[0].y))  # the cell's first line was empty: the rest is its text
            continue
        last = max(mine, key=lambda n: out[n].x)
        text = out[last].text
        # It takes the order of the piece it took in, which the cell's next line follows (:func:`_rest_of_cells`).
        joined = text + ("" if text.endswith((" ", "-")) else " ") + piece.text
        out[last] = replace(out[last], text=joined, order=piece.order)
    return out
