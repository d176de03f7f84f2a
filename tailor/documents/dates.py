"""Room for the dates at a line's right margin, so that a long name never leaves them on a line of their own.

The templates set a role's, a degree's and a certificate's dates after a tab, at a right tab stop on the right
margin ("Pharmacist, Riverside Pharmacy<tab>Sep 2015 – Feb 2019"). A name long enough to end within the dates'
width pushes the tab, and the dates with it, onto the next line, alone. :func:`keep_dates_beside` gives each such
line a right indent as wide as its own dates: its words wrap before them, and the dates, at the stop beyond the
indent (Word and LibreOffice both honour a tab stop past the right indent), stand at the right of its last line.
A line that fitted with its dates is unchanged; so is one whose template set a right indent of its own.
"""

from __future__ import annotations

from typing import Any

import docx
from docx.oxml.ns import qn

from tailor.documents.layout import TAB_WIDTH, text_width
from tailor.documents.styles import Styles

SLACK = 1.1
"""The widths are Carlito's (Calibri's); another template font may be up to a tenth wider."""


def keep_dates_beside(document: docx.document.Document) -> None:
    """Give every body paragraph that ends in a tab to a right tab stop on the right margin and the text after it
    (its dates) a right indent as wide as that text."""
    section = document.sections[0]
    if section.page_width is None or section.left_margin is None or section.right_margin is None:
        return
    width = (section.page_width - section.left_margin - section.right_margin) / 12700
    styles = Styles(document)
    for p in document.element.body.iter(qn("w:p")):
        room = _room(p, width, styles)
        if room is not None:
            p.get_or_add_pPr().get_or_add_ind().set(qn("w:right"), str(round(room * 20)))


def _room(p: Any, width: float, styles: Styles) -> float | None:
    """The width in points to keep at the right of ``p`` for its dates, or None where it has no dates at the margin."""
    before, after = _around_tab(p, styles, styles.paragraph_style(p))
    if before is None or not "".join(text for text, _ in after).strip():
        return None
    ppr, style = p.find(qn("w:pPr")), styles.paragraph_style(p)
    if styles.paragraph(ppr, style, "w:ind", "w:right") or styles.paragraph(ppr, style, "w:ind", "w:end"):
        return None
    stop = _right_stop(ppr, style, styles)
    room = sum(text_width(text, size) for text, size in after) * SLACK + TAB_WIDTH * after[0][1]
    # A right stop short of the margin (a column inside the line) is no date at the margin.
    if stop is None or stop < width - room or room >= width / 2:
        return None
    return room


def _around_tab(p: Any, styles: Styles, style: str) -> tuple[str | None, list[tuple[str, float]]]:
    """The text of ``p`` before its one tab (None if it has none or several) and the ``(text, size)`` runs after it."""
    before: list[str] = []
    after: list[tuple[str, float]] = []
    tabs = 0
    for run in p.iter(qn("w:r")):
        size = styles.size(run, style)
        for child in run:
            if child.tag == qn("w:tab"):
                tabs += 1
            elif child.tag == qn("w:t"):
                if tabs:
                    after.append((child.text or "", size))
                else:
                    before.append(child.text or "")
    return ("".join(before) if tabs == 1 else None), after


def _right_stop(ppr: Any, style: str, styles: Styles) -> float | None:
    """Where the paragraph's right-aligned tab stop stands, in points from the left margin; None if it has none."""
    for source in [ppr, *(s.find(qn("w:pPr")) for s in styles.chain(style))]:
        tabs = source.find(qn("w:tabs")) if source is not None else None
        if tabs is None:
            continue
        stops = [int(t.get(qn("w:pos"), "0")) / 20 for t in tabs if t.get(qn("w:val")) in ("right", "end")]
        return max(stops) if stops else None
    return None
