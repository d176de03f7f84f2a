"""What every format reader returns: the posting as light Markdown, plus what the file says about itself.

Light Markdown is the one shape later steps (section detection, ranking) see,
whatever the posting was saved as:

- a heading is one line starting with ``#``, ``##`` or ``###``;
- a list item is one line starting with ``- ``;
- a table row is one line, its cells joined by `` | `` (a requirement and its
  level stay on one line, so a section classifier sees one requirement per line);
- paragraphs are separated by a blank line, and may span several lines;
- nothing else: no emphasis markers, links, images or backticks.

:class:`Outline` is the writer that the structured formats (HTML, Markdown,
DOCX, PDF) share, so they agree on these rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tailor.posting.details import Candidate
from tailor.posting.inline import clean_inline

BOLD_HEADING_MAX_CHARS = 80
"""A paragraph that is entirely bold and shorter than this is a heading in disguise."""

_BULLET = re.compile(r"^(?:(?:[•●▪■◦○‣⁃∙·*\-–—]|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8])\s+|-(?=[A-Z][a-z]))")
"""A line that starts with a bullet glyph. The private-use code points are the
Symbol/Wingdings bullets that Word-made PDFs and pasted text carry. A hyphen typed right before a capitalised word
("-Run thorough investigations", a duty a paragraph, as a word processor's text is pasted into a careers page) is one
too; a dash before a name ("—Jane Doe") or a figure ("-25 days") is not."""

FIELD_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
"""Between fields set side by side on one line, as a form or a PDF sets them
("Location: Columbus, Ohio    Posting No. 2026-0417"): a tab, or three spaces or more."""

_JUNK_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint)\b|untitled\b|document\s*\d*$|title$)|\.(?:docx?|pdf|rtf|odt|txt|html?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Link:
    """A link of the posting: where it points, and its words."""

    href: str
    text: str


@dataclass(frozen=True)
class Extracted:
    """A posting's text as light Markdown, with what its format states about the job."""

    text: str
    stated: tuple[Candidate, ...] = ()
    """Details the format states (structured data, front matter, a title style), best evidence first;
    :mod:`tailor.posting.find_details` checks them and weighs them against the text."""
    links: tuple[Link, ...] = ()
    """The addresses the posting links to, which its light Markdown leaves out (a page's "Apply"
    button, a ``mailto:``), in order."""


def is_bullet(line: str) -> bool:
    """True when ``line`` starts with a bullet glyph (•, -, *, –, ▪, …) and a space, or a hyphen glued to a word
    (:data:`_BULLET`)."""
    return bool(_BULLET.match(clean_inline(line)))


def unbulleted(line: str) -> str:
    """``line``'s words without the bullet glyph it may open with (:func:`is_bullet`)."""
    return _BULLET.sub("", clean_inline(line), count=1)


def plausible_title(value: object) -> str | None:
    """``value`` as a title, or None when it is empty or the kind of junk tools write there.

    Word and PDF printers fill the title property with file names and
    "Microsoft Word - draft.docx"; such a title would mislead more than help.
    """
    if not isinstance(value, str):
        return None
    title = clean_inline(value)
    if not title or len(title) > 150 or _JUNK_TITLE.search(title):
        return None
    return title


def _bold_lines_unwrapped(lines: Sequence[str], strong: Sequence[bool]) -> tuple[list[str], list[bool]]:
    """``lines`` with each bold line that the next bold line goes on from in lower case joined to it, as text written
    at a fixed width wraps a paragraph set in bold ("**You can train" over "new cooks …**"): one paragraph's sentence,
    however short each line of it is, and a heading only if it is short whole."""
    out: list[str] = []
    bold: list[bool] = []
    for i, line in enumerate(lines):
        strong_here = i < len(strong) and strong[i]
        goes_on = line.lstrip()[:1].islower() and out and bold[-1] and strong_here
        if goes_on:
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
            bold.append(strong_here)
    return out, bold


class Outline:
    """Builds light Markdown block by block; :meth:`render` joins the blocks."""

    def __init__(self) -> None:
        self._blocks: list[tuple[str, str]] = []
        self.links: list[Link] = []
        """Links met while writing (http(s) and mailto), which the text keeps only the words of."""
        self._labelled_table = False
        """Whether the rows written since the last block of another kind are a table of sections, each row's
        first cell the label of what the cells beside it say (:meth:`row`)."""

    def link(self, href: str, text: str) -> None:
        """Note a link to an http(s) or mailto address."""
        href = href.strip()
        if href.lower().startswith(("http://", "https://", "mailto:")):
            self.links.append(Link(href, clean_inline(text)))

    def separate(self) -> None:
        """Keep the next block apart from the last by a blank line, even if both are items or rows (two tables)."""
        self._labelled_table = False
        if self._blocks and self._blocks[-1][0] != "break":
            self._blocks.append(("break", ""))

    def heading(self, text: str, level: int = 2) -> None:
        """A heading; HTML's six levels fold into three (``h4``–``h6`` read as ``###``)."""
        self._labelled_table = False
        text = clean_inline(text)
        if text:
            self._blocks.append(("heading", "#" * max(1, min(level, 3)) + " " + text))

    def item(self, text: str) -> None:
        """A list item, whatever glyph or number it had."""
        text = _BULLET.sub("", clean_inline(text), count=1)
        if text:
            self._blocks.append(("item", "- " + text))

    def row(self, cells: Sequence[str]) -> None:
        """A table row; empty cells are left out.

        A row whose first cell labels what the cells beside it ask or say ("MINIMUM QUALIFICATIONS" beside
        "Bachelor's degree in …" | "Demonstrated ability to …", as a WordPress job plugin's "Job Features" table
        sets them) is that section: its label a heading, each value an item; and so is every row of that table after
        it whose first cell is a label, so that what another label heads is not read as the section above it."""
        texts = [t for t in (clean_inline(c) for c in cells) if t]
        if not texts:
            return
        label, values = texts[0], texts[1:]
        if _labels_values(label, values) and (self._labelled_table or _names_what_is_asked(label)):
            self._blocks.append(("heading", "### " + label.rstrip(" :：")))
            self._blocks += [("item", "- " + value) for value in values]
            self._labelled_table = True
            return
        self._blocks.append(("row", " | ".join(texts)))
        if not self._continues_a_table():
            self._labelled_table = False

    def _continues_a_table(self) -> bool:
        return len(self._blocks) > 1 and self._blocks[-2][0] in ("row", "item")

    def paragraph(self, lines: Sequence[str], strong: Sequence[bool] = ()) -> None:
        """A paragraph given as its lines; ``strong[i]`` says line ``i`` is entirely bold.

        A short bold line becomes a heading and a line starting with a bullet
        glyph (``• Python`` in a page or a PDF) becomes a list item, so
        structure that was only typographic is not lost.
        """
        lines, strong = _bold_lines_unwrapped(lines, strong)
        kept: list[str] = []
        for i, raw in enumerate(lines):
            line = clean_inline(raw)
            bold = i < len(strong) and strong[i] and len(line) < BOLD_HEADING_MAX_CHARS
            if line and (bold or _BULLET.match(line)):
                self._flush(kept)
                kept = []
                if _BULLET.match(line):
                    self.item(line)
                else:
                    self.heading(line, 2)
            elif line:
                kept.append(line)
        self._flush(kept)

    def extend_item(self, text: str) -> bool:
        """Append ``text`` to the last block if it is a list item (a wrapped line); False if it is not."""
        text = clean_inline(text)
        if not self._blocks or self._blocks[-1][0] != "item" or not text:
            return False
        item = self._blocks[-1][1]
        # A word broken at its hyphen across two lines ("design-" over "build projects") is one word again.
        joined = item[-1:] == "-" and item[-2:-1].isalpha() and text[:1].islower()
        self._blocks[-1] = ("item", f"{item}{text}" if joined else f"{item} {text}")
        return True

    def _flush(self, lines: list[str]) -> None:
        self._labelled_table = False
        if lines:
            self._blocks.append(("paragraph", "\n".join(lines)))

    def render(self) -> str:
        """The blocks as text: list items and table rows one per line, every other block apart by a blank line."""
        parts: list[str] = []
        previous = ""
        for kind, text in self._blocks:
            if kind == "break":
                previous = kind
                continue
            if parts:
                together = kind == previous and kind in ("item", "row")
                parts.append("\n" if together else "\n\n")
            parts.append(text)
            previous = kind
        return "".join(parts)


_LABEL_WORDS = 5
"""The most words a row's first cell has where it labels the cells beside it ("DESIRED SKILLS/QUALIFICATIONS")."""
_VALUE_WORDS = 3
"""The fewest words of the longest value beside a label: what a section says, not a column's name ("Level")."""


def _labels_values(label: str, values: Sequence[str]) -> bool:
    """Whether a row's first cell ``label`` reads as a label of the ``values`` beside it: a few words that end no
    sentence, beside a value of a few words or more."""
    return (
        bool(values)
        and len(label.split()) <= _LABEL_WORDS
        and not label.rstrip().endswith((".", "!", "?"))
        and max(len(value.split()) for value in values) >= _VALUE_WORDS
    )


def _names_what_is_asked(label: str) -> bool:
    """Whether ``label`` names a section of what the job asks or offers to do ("Minimum Qualifications",
    "Desired Skills", "Duties")."""
    from tailor.posting.headings import SectionKind, classify_heading

    return classify_heading(label) in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.RESPONSIBILITIES)
