"""One line of a résumé with what its layout says (:class:`Line`), and how the readers put one together
from runs of bold, italic and plain text (:class:`Runs`).

Every reader of :mod:`.layout` and :mod:`.pdf_layout` gives the parser these lines; the patterns of
contact details (:data:`EMAIL`, :data:`PHONE`) are here because the header's reader needs them too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

BULLET = re.compile(
    r"^\s*(?:[•●▪■□❑❒◦○‣⁃∙·*\-–—➢➤►▶▸▹➔✓✔❖◆◇♦◦→⇒∠Ø{]|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8]|[\x7f\x00-\x08])\s+"
)
"""A bullet glyph opening a line, and the space after it. In a PDF a bullet may come out as another
character: a control character (a font that maps its glyphs to no text), "{" (LaTeX's moderncv),
"∠" or "Ø" (symbol fonts read as text); Word's box and diamond bullets ("❑", "♦") as Unicode gives them.
None of them opens a line of prose followed by a space."""

_LETTER_BULLET = re.compile(r"^\s*(\**)(?:o|>|\+|->|=>)\s+(?=\**[A-Z0-9À-ÖØ-Þ])")
"""The letter "o" opening a line before a capital or a figure, and the space after it: the bullet Word sets
under another ("o" in Courier New), typed as a letter when a résumé is copied out as text, and a letter in a
PDF made of that text. No English word is a lone lowercase "o" ("O'Brien", "o'clock" run on with an apostrophe);
where another language's is ("o Brasil"), a line of prose rarely opens with it, so only where a bullet stands
is it one (:func:`letter_bullets`). So too the signs typed for a bullet where a text editor has none (">", "+",
"->", "=>"), which a line of prose may open with ("+ 40 projects") as rarely. The group is the emphasis a marked
text may open with."""
_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:present|current|now)\b", re.IGNORECASE)
"""A year, or the word that ends a span to this day: a role's line of dates, which its bullets stand under."""


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
    column: bool = False
    """It opens a column the page sets beside the one read before it (a sidebar and the main column, a table's
    cells or a PDF's columns): what the column above it ended with does not go on here."""
    anchors: tuple[tuple[str, str], ...] = ()
    """Its links whose words are no address, each its words as the line shows them and the address it points at
    (``("dbt style guide", "https://…")``)."""

    @property
    def plain(self) -> str:
        """The text with its columns joined by spaces."""
        return " ".join(self.text.split())

    @property
    def linked(self) -> str:
        """The marked text with each of its :attr:`anchors` written round its words as a Markdown link, as a CV's
        texts write one (``Wrote the [dbt style guide](https://…)``): a reader of the résumé follows it, as a
        reader of the page it came from did (:func:`with_links`)."""
        return with_links(self.marked, self.anchors)


_OWN_LABEL = re.compile(r"[A-Z][\w &/+-]{0,30}:\s")
"""A line that opens with a label of its own ("Contracts: GMP, design-build"): the start of its own list."""


def labelled_list_goes_on(before: Line, line: Line) -> bool:
    """Whether ``line`` is the rest of ``before``, a labelled list that wrapped inside an item's name ("Project
    Controls: CPM scheduling, earned value, change" over "order management, buyout"): ``line`` opens in small letters,
    as no label or list of its own does, and neither is a heading or a table's row."""
    return (
        _OWN_LABEL.match(before.plain) is not None
        and line.plain[:1].islower()
        and not (before.heading or line.heading or before.row or line.row)
    )


def labelled_list_wrapped_in_a_name(before: Line, line: Line, width: int, wraps_at: int) -> bool:
    """Whether ``line`` is the rest of ``before``, a labelled list that a text wrapped at ``wraps_at`` characters broke
    inside a name before a capital ("Software: P6, Procore, Bluebeam" over "Revu, Viewpoint Vista"): ``before``
    (``width`` characters) ends inside its list, with no comma after its last item; the first word of ``line`` would
    not have fit after it, as a line wrapped there only is; and the words on both sides of the break are one name the
    lexicon knows ("Bluebeam Revu"). A capital is no sign of a name going on by itself ("Software: Procore,
    Bluebeam" over a list of no label, "AutoCAD, Revit"); nor is a line of its own label, a heading or a table's
    row."""
    from tailor.lexicon import bundled_lexicon

    words = line.plain.split(maxsplit=1)
    if not (
        words
        and _OWN_LABEL.match(before.plain) is not None
        and "," in before.plain
        and not before.plain.rstrip().endswith((",", ".", ";", ":"))
        and line.plain[:1].isupper()
        and width + 1 + len(words[0]) > wraps_at
        and not _OWN_LABEL.match(line.plain)
        and not (before.heading or line.heading or before.row or line.row)
    ):
        return False
    last = before.plain.rpartition(",")[2].split()
    first = line.plain.partition(",")[0].split()
    known = bundled_lexicon().names
    return any(" ".join([*last[-n:], *first[:k]]).lower() in known for n in (1, 2) for k in range(1, len(first) + 1))


def goes_on_after_a_comma(before: Line, line: Line) -> bool:
    """Whether ``line`` is the rest of ``before``, a line that wrapped after a comma ("B.S. Construction Management,
    California State University," over "Chico - 2012"; "Software: P6, Procore," over "Navisworks, Excel"): neither is a
    heading or a table's row, and ``line`` opens no label of its own."""
    return (
        before.plain.endswith(",")
        and not (before.heading or line.heading or before.row or line.row)
        and not _OWN_LABEL.match(line.plain)
    )


_ADDRESS_WORDS = re.compile(r"(?:https?://|mailto:)?(?:www\.)?[\w.+-]+(?:@|\.)[\w-]+(?:\.[\w-]+)*(?:/\S*)?", re.I)
"""Words that are an address themselves ("github.com/ana", "ana@example.org"): a link on them shows where it goes."""


def with_links(marked: str, anchors: tuple[tuple[str, str], ...]) -> str:
    """``marked`` with each anchor's words (``anchors``: words and address, in order) written as a Markdown link,
    ``[words](address)``, the first time they stand in it after the link before; its emphasis markers inside the
    link where they open and close round its words (``[**dbt-sandbox**](…)``). A link whose words are an address
    already, or that would split an emphasis (a link inside bold words, which a CV's text cannot write), or whose
    words are not found, is left as its words: the text a reader sees is the same with the link or without it."""
    from tailor.cv.markup import plain

    out, cursor = marked, 0
    for words, address in anchors:
        if not words.strip() or _ADDRESS_WORDS.fullmatch(words.strip()) or "[" in words or "]" in words:
            continue
        pattern = r"[\s*]+".join(re.escape(word) for word in words.split())
        found = re.compile(rf"(\**)({pattern})(\**)").search(out, cursor)
        if found is None:
            continue
        lead, _, trail = found.groups()
        keep = min(len(lead), len(trail))  # the markers that open and close round the words
        start, end = found.start(2) - keep, found.end(2) + keep
        candidate = f"{out[:start]}[{out[start:end]}]({address}){out[end:]}"
        if plain(candidate) != plain(out):
            continue
        out, cursor = candidate, end + len(address) + 4
    return out


@dataclass
class Runs:
    """A line being assembled from runs of text, each bold and/or italic or not."""

    runs: list[tuple[str, bool, bool]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    anchors: list[tuple[str, str]] = field(default_factory=list)
    """Its links' words and addresses (:attr:`Line.anchors`)."""

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
            text, marked = _unbulleted(text), _unbulleted(marked)
        depth = depth if item else 0
        anchors = tuple((" ".join(words.split()), address) for words, address in self.anchors if words.strip())
        return Line(text, marked, heading, item, bold, size, number, tuple(self.links), row, depth, anchors=anchors)


def letter_bullets(texts: list[str], items: list[bool]) -> set[int]:
    """Which of a document's lines (``texts`` in order, ``items`` saying which are list items already) open with
    the letter "o" set as a bullet ("o Supervised the line"): those in a run of two or more such lines, or right
    under a list item or a line of dates (a role's one bullet); a line of whitespace between them is no line."""
    shown = [n for n, text in enumerate(texts) if text.strip()]
    opens = {n for n in shown if not items[n] and _LETTER_BULLET.match(texts[n])}
    found: set[int] = set()
    for at, n in enumerate(shown):
        if n not in opens:
            continue
        before = shown[at - 1] if at else None
        after = shown[at + 1] if at + 1 < len(shown) else None
        if (
            before in opens
            or after in opens
            or (before is not None and (items[before] or bool(_DATED.search(texts[before]))))
        ):
            found.add(n)
    return found


def with_letter_bullets(lines: list[Line]) -> list[Line]:
    """``lines`` with each that opens with the letter "o" set as a bullet (:func:`letter_bullets`) as the list item
    it is, without the letter."""
    found = letter_bullets([line.text for line in lines], [line.item for line in lines])
    return [
        replace(line, text=_unbulleted(line.text), marked=_unbulleted(line.marked), item=True) if n in found else line
        for n, line in enumerate(lines)
    ]


def _unbulleted(text: str) -> str:
    """A list item's text without the bullet that opens it: a glyph, or the letter "o" set as one."""
    return BULLET.sub("", text, count=1) if BULLET.match(text) else _LETTER_BULLET.sub(r"\1", text, count=1)


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
