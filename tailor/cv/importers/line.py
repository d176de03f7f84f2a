"""One line of a résumé with what its layout says (:class:`Line`), and how the readers put one together
from runs of bold, italic and plain text (:class:`Runs`).

Every reader of :mod:`.layout` and :mod:`.pdf_layout` gives the parser these lines; the patterns of
contact details (:data:`EMAIL`, :data:`PHONE`) are here because the header's reader needs them too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

BULLET = re.compile(
    r"^\s*(?:[•●▪■◦○‣⁃∙·*\-–—➢➤►▶▸▹✓✔❖◆◇◦→⇒∠Ø{]|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8]|[\x7f\x00-\x08])\s+"
)
"""A bullet glyph opening a line, and the space after it. In a PDF a bullet may come out as another
character: a control character (a font that maps its glyphs to no text), "{" (LaTeX's moderncv),
"∠" or "Ø" (symbol fonts read as text); none of them opens a line of prose followed by a space."""


@dataclass(frozen=True)
class Line:
    """One line of a résumé, with what its layout says."""

    text: str
    marked: str = ""
    """The text with ``*italic*`` and ``**bold**`` markers; the text itself when it has no emphasis."""
    heading: int = 0
    """1–6 when the document marks the line as a heading (a style, ``#``, ``<h2>``); 0 otherwise."""
    item: bool = False
    """A list item (a list style, numbering, ``<li>``, a bullet glyph)."""
    bold: bool = False
    """Every letter of it is bold."""
    size: float = 0.0
    """Its font size in points, when the document says (PDF); 0 when unknown."""
    number: int = 0
    """Its place in the source: the line (text) or paragraph (Word) number, 1 first."""
    links: tuple[str, ...] = ()
    """The addresses its links point at."""
    row: int = 0
    """A row of a table, its cells separated by tabs: 1 for a header row (every cell a ``<th>``, as
    a Markdown table's first row is), 2 for any other; 0 when the line is no table row."""
    depth: int = 0
    """How deep a list item stands in nested lists: 1 in a list, 2 in a list inside one's item, and so
    on; 0 where the source does not say (or the line is no list item)."""

    @property
    def plain(self) -> str:
        """The text with its columns joined by spaces."""
        return " ".join(self.text.split())


@dataclass
class Runs:
    """A line being assembled from runs of text, each bold and/or italic or not."""

    runs: list[tuple[str, bool, bool]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)

    def add(self, text: str, bold: bool = False, italic: bool = False) -> None:
        if text:
            self.runs.append((text, bold, italic))

    def line(
        self, *, heading: int = 0, item: bool = False, size: float = 0.0, number: int = 0, row: int = 0, depth: int = 0
    ) -> Line | None:
        text = _columns("".join(t for t, _, _ in self.runs))
        if not text.strip():
            return None
        letters = [(b, t) for t, b, _ in self.runs if any(c.isalnum() for c in t)]
        bold = bool(letters) and all(b for b, _ in letters)
        marked = _columns(_marked(self.runs, bold))
        if item:
            text, marked = BULLET.sub("", text, count=1), BULLET.sub("", marked, count=1)
        return Line(text, marked, heading, item, bold, size, number, tuple(self.links), row, depth if item else 0)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters: a PDF font without a text map gives them for glyphs (a bullet as U+007F); no
reader sees them, and a YAML file may not hold them."""


_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
"""Typographic ligatures as their letters ("ﬁ" → "fi"): a PDF gives "wayﬁnding" where the page shows the
word, which no reader would type and no posting would match."""


_ICON = re.compile(r"[\ue000-\uf075\uf077-\uf0a6\uf0a9-\uf0b6\uf0b8-\uf0d7\uf0d9-\uf0fb\uf0fd-\uf8ff]")
"""A character of Unicode's private use area that is no bullet: an icon font's glyph (Font Awesome's
envelope before an e-mail address, a phone before the number), which no other font can show."""


def _columns(text: str) -> str:
    """Whitespace collapsed to single spaces, except a tab (or a run of them), kept as one tab; control
    characters and icons gone (an icon as a space), ligatures written as their letters."""
    text = _ICON.sub(" ", _CONTROL.sub("", text.replace("\u00a0", " ")))
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    parts = [" ".join(part.split()) for part in re.split(r"\s*\t\s*", text)]
    return "\t".join(p for p in parts if p) if len(parts) > 1 else parts[0]


def _marked(runs: list[tuple[str, bool, bool]], all_bold: bool) -> str:
    """The runs' text with emphasis markers; a line that is bold throughout is not marked bold (it is a title)."""
    # A space between two runs of one emphasis belongs to them (PDFs set it in the plain font).
    runs = [
        (text, *runs[n - 1][1:])
        if text.isspace() and 0 < n < len(runs) - 1 and runs[n - 1][1:] == runs[n + 1][1:]
        else (text, bold, italic)
        for n, (text, bold, italic) in enumerate(runs)
    ]
    merged: list[list[Any]] = []
    for text, bold, italic in runs:
        bold = bold and not all_bold
        if merged and merged[-1][1:] == [bold, italic]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic])
    out = []
    for text, bold, italic in merged:
        marker = ("**" if bold else "") + ("*" if italic else "")
        core = text.strip()
        if not marker or not core or not any(c.isalnum() for c in core):
            out.append(text)
            continue
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        out.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
    return "".join(out)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address."""
PHONE = re.compile(r"\(?\+?\(?\d[\d\s().-]{6,}\d")
"""A phone number: seven digits or more, with the spaces, brackets, dots and dashes people write in them."""
