"""Formatting as Word resolves it, read straight from a .docx's XML.

A property can be set on a run or paragraph itself, on its character or
paragraph style, on the styles those are based on, or in the document defaults;
the nearest setting wins. python-docx answers only "what is set right here", and
its style lookups are slow enough to matter when page fitting lays out dozens of
candidate résumés, so :class:`Styles` walks the XML itself.
"""

from __future__ import annotations

from typing import Any

import docx
from docx.oxml.ns import qn

ON = {"1", "true", "on"}
"""Values of an on/off attribute that mean on (``<w:keepNext/>`` with no value is on too)."""

DEFAULT_SIZE = 10.0
"""Word's font size when nothing sets one."""


class Styles:
    """The styles, defaults and list indents of one document."""

    def __init__(self, document: docx.document.Document) -> None:
        root = document.styles.element
        self.styles = {s.get(qn("w:styleId")): s for s in root.iterchildren(qn("w:style"))}
        self.default_paragraph = next(
            (i for i, s in self.styles.items() if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ON),
            "",
        )
        defaults = root.find(qn("w:docDefaults"))
        self.ppr_default = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}") if defaults is not None else None
        self.rpr_default = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        self.chains: dict[str, list[Any]] = {}
        self.indents: dict[str, float] = {}
        """Left indent in points of each list style, from numbering.xml (which wins over the style)."""
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        for lvl in numbering.iter(qn("w:lvl")):
            style, ind = lvl.find(qn("w:pStyle")), lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
            if style is not None and ind is not None and ind.get(qn("w:left")):
                self.indents.setdefault(style.get(qn("w:val")), int(ind.get(qn("w:left"))) / 20)

    def chain(self, style_id: str) -> list[Any]:
        """The style and its bases, nearest first."""
        if style_id not in self.chains:
            found, seen, current = [], set(), style_id
            while current in self.styles and current not in seen:
                seen.add(current)
                found.append(self.styles[current])
                based = self.styles[current].find(qn("w:basedOn"))
                current = based.get(qn("w:val")) if based is not None else ""
            self.chains[style_id] = found
        return self.chains[style_id]

    def paragraph_style(self, p: Any) -> str:
        """The style id of the ``w:p`` element ``p``."""
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return style.get(qn("w:val")) if style is not None else self.default_paragraph

    def paragraph(self, ppr: Any, style_id: str, tag: str, attribute: str = "w:val") -> str | None:
        """An attribute of a paragraph property, from wherever it is set nearest."""
        sources = [ppr, *(s.find(qn("w:pPr")) for s in self.chain(style_id)), self.ppr_default]
        return _nearest(sources, tag, attribute)

    def run(self, r: Any, paragraph_style: str, tag: str, attribute: str = "w:val") -> str | None:
        """An attribute of a run property of the ``w:r`` element ``r``, from wherever it is set nearest:
        the run, its character style, its paragraph's style, the defaults."""
        rpr = r.find(qn("w:rPr"))
        rstyle = rpr.find(qn("w:rStyle")) if rpr is not None else None
        style_ids = [rstyle.get(qn("w:val")), paragraph_style] if rstyle is not None else [paragraph_style]
        sources = [rpr, *(s.find(qn("w:rPr")) for i in style_ids for s in self.chain(i)), self.rpr_default]
        return _nearest(sources, tag, attribute)

    def size(self, r: Any, paragraph_style: str) -> float:
        """The font size in points of the ``w:r`` element ``r`` (or of the paragraph style, if ``r`` is None)."""
        if r is None:
            sources = [*(s.find(qn("w:rPr")) for s in self.chain(paragraph_style)), self.rpr_default]
            value = _nearest(sources, "w:sz", "w:val")
        else:
            value = self.run(r, paragraph_style, "w:sz")
        return int(value) / 2 if value and value.isdigit() else DEFAULT_SIZE


def _nearest(sources: list[Any], tag: str, attribute: str) -> str | None:
    for source in sources:
        element = source.find(qn(tag)) if source is not None else None
        if element is None:
            continue
        if element.get(qn(attribute)) is not None:
            return element.get(qn(attribute))
        if attribute == "w:val":
            return "true"  # an on/off property such as <w:keepNext/> is on when present
    return None
