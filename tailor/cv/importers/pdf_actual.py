"""Text a PDF gives as its ``/ActualText`` where the glyphs it draws say something else.

A PDF may mark a run of glyphs as a span whose ``/ActualText`` is the text they stand for. LibreOffice does so for
each character it draws with no font that has it (Japanese, Greek, an emoji on a machine without their fonts): all of
them are one glyph, the missing-glyph box, so the font's map to Unicode can name only the first, and every other
is a span of the box whose actual text is the character. Chrome does so for a glyph with no Unicode of its own.
pypdf reads the glyphs, not the spans, so "旭川市" came out "旭旭旭", words the résumé never held; pdftotext reads
the spans. :class:`ActualText` watches the text operators as pypdf reads them and gives, for each piece of text
pypdf hands its visitor, the spans' text where every glyph of the piece was shown inside one.
"""

from __future__ import annotations

from typing import Any

from pypdf.generic import create_string_object


class ActualText:
    """Pass :meth:`visit` to pypdf as (part of) ``visitor_operand_before``, and each piece of text pypdf gives its
    ``visitor_text`` through :meth:`read`."""

    def __init__(self) -> None:
        self._spans: list[int | None] = []  # the marked-content sequences open, each its span's number or None
        self._texts: list[str] = []  # each span's actual text, by its number
        self._shown: list[int | None] = []  # for each run shown since pypdf last gave a piece: its span or None
        self._showing = False  # whether the operator pypdf is reading shows a run (and may first give a piece)

    def visit(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        self._showing = op in (b"Tj", b"TJ", b"'", b'"')
        if op in (b"BDC", b"BMC"):
            self._spans.append(self._opened(args) if op == b"BDC" else None)
        elif op == b"EMC":
            if self._spans:
                self._spans.pop()
        elif self._showing:
            # the outermost span's text stands for everything inside it, as the PDF standard says
            self._shown.append(next((span for span in self._spans if span is not None), None))

    def _opened(self, args: Any) -> int | None:
        try:
            properties = args[1].get_object() if hasattr(args[1], "get_object") else args[1]
            actual = properties.get("/ActualText")
        except Exception:  # a span named by a resource, or one pypdf reads otherwise: none of its own
            return None
        text = None if actual is None else _text_string(actual)
        if text is None:
            return None
        self._texts.append(text)
        return len(self._texts) - 1

    def read(self, text: str) -> str:
        """``text``, the piece pypdf read from the runs shown since the last piece, as the spans they were shown in
        give it, each span's text once; as pypdf read it where a run of it was shown outside any span."""
        # pypdf gives the piece before a run as it starts to show the run on another line: that run is the next's
        cut = len(self._shown) - 1 if self._showing else len(self._shown)
        shown, self._shown = self._shown[:cut], self._shown[cut:]
        if not shown or None in shown:
            return text
        spans = list(dict.fromkeys(span for span in shown if span is not None))
        given = "".join(self._texts[span] for span in spans)
        self._texts_used(spans)
        return given + text[len(text.rstrip()) :]

    def _texts_used(self, spans: list[int]) -> None:
        # a span whose runs pypdf gives as several pieces gives its text with the first
        for span in spans:
            self._texts[span] = ""


def _text_string(value: Any) -> str | None:
    """A PDF text string as its text: UTF-16BE or UTF-8 after their byte order marks, else PDFDocEncoding (PDF 32000-2
    §7.9.2.2), as pypdf decodes a string it reads; None where its bytes are none of these. pypdf hands the operands of
    a content stream's ``BDC`` over as bytes: Chrome writes a ligature's ``/ActualText (fi)`` in PDFDocEncoding,
    LibreOffice a character's as ``<FEFF…>``."""
    if not isinstance(value, bytes):
        return str(value)
    text = create_string_object(bytes(value))
    return None if isinstance(text, bytes) else str(text)
