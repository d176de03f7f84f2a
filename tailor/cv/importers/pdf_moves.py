"""Columns a PDF sets by moving along a line in one font, which pypdf reads as one piece of text.

LaTeX sets a row of a ``tabular*`` stretched to the page's width ("Acme Corp ⇥ Boston, MA", as Jake's résumé template
and the many made from it set every employer over its place) as two runs of one font on one baseline, the second
moved to the right margin. pypdf joins them with a space, as it joins the words of a line, so the gap that says the
place is a column of its own is lost. :class:`Moves` watches the page's text operators as pypdf reads them and
notes each run that starts well to the right of where the run before it on its baseline ended; :meth:`Moves.split`
then parts the pieces pypdf gave at those runs, each placed where the PDF put it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

MOVED = 2.0
"""How far (in ems of its size) a run starts to the right of the end of the run before it on its baseline to be
noted as set apart: further than the widest space a justified line stretches to, as a column's tab stop is."""


class _Placed(Protocol):
    x: float
    y: float
    text: str
    width: float


P = TypeVar("P", bound=_Placed)


@dataclass(frozen=True)
class _Move:
    y: float
    end: float
    """Where the text before the move ends."""
    x: float
    """Where the moved run starts."""
    opens: str
    """The moved run's first word, as pypdf reads it."""


class Moves:
    """The runs of a page set apart on their baseline in the font of the run before them. Pass :meth:`visit` to
    pypdf as ``visitor_operand_before``; ``fonts`` is the page's font resources."""

    def __init__(self, fonts: Any) -> None:
        self._fonts = fonts
        self._font: tuple[dict[str, float], dict[str, str]] | None = None
        self._size = 0.0
        self._last: tuple[float, float] | None = None  # the baseline and end of the run before
        self.moves: list[_Move] = []

    def visit(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        try:
            if op == b"Tf":
                self._font, self._size, self._last = self._read(args[0]), float(args[1]), None
            elif op in (b"Tj", b"TJ"):
                self._shown(args[0] if op == b"Tj" else None, args[0] if op == b"TJ" else [], cm, tm)
            elif op in (b"BT", b"ET"):
                self._last = None
        except Exception:  # an operator pypdf reads and this cannot: no move is noted, the pieces stay as they are
            self._last = None

    def _read(self, name: Any) -> tuple[dict[str, float], dict[str, str]] | None:
        from pypdf.generic._font import Font

        resource = self._fonts[name].get_object()
        if resource.get("/Subtype") == "/Type0":
            return None  # two bytes a glyph: its runs are not read here
        read = Font.from_font_resource(resource)
        widths = {code: float(w) for code, w in read.character_widths.items() if code != "default"}
        chars = {code: char for code, char in read.character_map.items() if isinstance(char, str)}
        return (widths, chars) if widths else None

    def _shown(self, string: Any, array: Any, cm: Any, tm: Any) -> None:
        if self._font is None:
            self._last = None
            return
        widths, chars = self._font
        scale = abs(tm[0]) * abs(cm[0])
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        parts = [string] if string is not None else list(array)
        size = self._size * scale
        advance = 0.0  # in thousandths of the size, from x
        moved: tuple[float, float] | None = None  # a move inside the run (a kern as wide as a column's gap)
        if self._last is not None and abs(self._last[0] - y) < 0.5 and x - self._last[1] > MOVED * size:
            moved = (self._last[1], x)
        for part in parts:
            if isinstance(part, bytes | str):
                codes = part.decode("latin-1") if isinstance(part, bytes) else part
                words = "".join(chars.get(code, code) for code in codes).split()
                if moved is not None and words:
                    self.moves.append(_Move(y, moved[0], moved[1], words[0]))
                    moved = None
                advance += sum(widths.get(code, 0.0) for code in codes)
            else:
                if -float(part) > MOVED * 1000 and advance:
                    moved = (x + advance * size / 1000, x + (advance - float(part)) * size / 1000)
                advance -= float(part)
        self._last = (y, x + advance * size / 1000)

    def split(self, pieces: list[P]) -> list[P]:
        """``pieces`` with each that holds a noted run after other text parted before it: the text before it ends
        where the PDF ended it (its width measured), the run starts where the PDF set it."""
        out: list[P] = []
        for piece in pieces:
            out += self._parted(piece)
        return out

    def _parted(self, piece: P) -> list[P]:
        for move in sorted(self.moves, key=lambda m: -m.x):
            if abs(move.y - piece.y) >= 0.5 or move.end <= piece.x:
                continue
            at = piece.text.rfind(" " + move.opens)
            if at <= 0:
                continue
            before = replace(piece, text=piece.text[:at], width=move.end - piece.x)
            after = replace(piece, x=move.x, text=piece.text[at + 1 :], width=0.0)
            return [*self._parted(before), after]
        return [piece]
