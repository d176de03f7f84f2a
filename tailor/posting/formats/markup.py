"""HTML → light Markdown: the writer that web pages and Markdown files share.

Block elements end a paragraph, headings become ``#`` lines, list items ``- ``
lines (nested lists flattened), data tables one line per row, ``<br>`` a line
break, and a short paragraph that is entirely bold a heading (through
:class:`~tailor.posting.extracted.Outline`). Links keep their text; images,
scripts, forms' controls and the like are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tailor.errors import TailorError
from tailor.posting.extracted import BOLD_HEADING_MAX_CHARS, Outline, clean_inline

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_HTML_DEPTH = 200
"""How deep a posting's elements may nest (a web page's, or a Markdown file's lists and quotes).
Real pages nest a few dozen levels; lxml stops building the tree 255 levels down and drops the
rest without a word, and the writer below recurses once per level. Deeper is refused."""

LINE_BREAK = "\u2028"
"""What ``<br>`` becomes: a character that source formatting never uses, so that
only real line breaks split lines and whitespace collapsing still removes it."""

# Elements whose text is never part of what a reader sees as the posting.
NEVER_CONTENT = frozenset((
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "map", "button", "input", "select", "textarea", "label", "img", "picture", "head",
))  # fmt: skip
BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html",
    "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
SCREEN_READER_ONLY = re.compile(r"\b(?:sr-only|visually-hidden|screen-reader-text|skip-link|skip-to-content)\b")
"""The classes a page hides an element from the eye with, for screen readers only: a skip link, a label an icon
stands for. A reader of the page never sees their words."""
SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s<>\"']+)\s*-->", re.IGNORECASE)
"""The comment a browser writes at the top of a page it saves ("<!-- saved from url=(0061)https://… -->")."""
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_APART = frozenset({"span", "a", "time"})
"""Inline elements a page's style sets apart from what they touch (a link, a date beside a title)."""
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A(?:\s*<\?xml[^>]*\?>)+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse_html(text: str, source: str) -> HtmlElement | None:
    """Parse the page or fragment of the posting ``source`` leniently; None when there is no
    element at all.

    Raises:
        TailorError: the elements nest deeper than :data:`MAX_HTML_DEPTH`.
    """
    import lxml.etree
    import lxml.html

    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses str input that declares an encoding
    # lxml refuses text holding a character XML cannot (a stray control character in a page).
    text = _NOT_XML.sub(lambda found: " " if found.group() in "\x0b\x0c" else "", text)
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except lxml.etree.ParserError:  # "Document is empty": markup with no element in it
        return None
    except ValueError as e:  # what lxml refuses outright, which the cleaning above should have left none of
        raise TailorError(
            f"The posting {source} is markup tailor cannot parse ({e}). Open it in a browser, copy the posting's "
            "text into a .txt file and pass that instead."
        ) from None
    if _deeper_than(root, MAX_HTML_DEPTH):
        raise TailorError(
            f"The posting {source} nests its elements more than {MAX_HTML_DEPTH} levels deep (HTML elements, or "
            "lists and quotes in Markdown); no posting does, so it is probably generated or damaged. Open it in a "
            "browser, copy the posting's text into a .txt file and pass that instead."
        )
    for br in root.iter("br"):
        br.tail = LINE_BREAK + (br.tail or "")
    return root


def _deeper_than(root: HtmlElement, limit: int) -> bool:
    """Whether any element is more than ``limit`` levels below ``root`` (which is level 1): whether a path
    of ``limit + 1`` element steps leads anywhere from it, asked of libxml2 (a walk in Python took half
    the time of parsing a posting)."""
    return bool(_path_of(limit + 1)(root))


@lru_cache(maxsize=4)
def _path_of(steps: int) -> Any:
    from lxml.etree import XPath

    return XPath("boolean(self::*" + "/*" * (steps - 1) + ")")


def outline_html(element: HtmlElement, outline: Outline) -> None:
    """Write the content of ``element`` into ``outline``: headings, list items, table rows, paragraphs;
    and note its links, whose addresses the text leaves out."""
    _Writer(outline).write_all(element)
    for anchor in element.iter("a"):
        if anchor.get("href"):
            outline.link(anchor.get("href", ""), anchor.text_content())


def _term(element: HtmlElement) -> str:
    """A ``<dt>``'s words without the colon a page may end them with ("Salary:"): the line it makes, "Salary:
    £38,000", has one."""
    return inline_text(element).rstrip().removesuffix(":").removesuffix("：").rstrip()


def _loose_value(term: HtmlElement) -> HtmlElement | None:
    """The ``<dd>`` right after a ``<dt>`` that stands outside any ``<dl>``, or None."""
    after = term.getnext()
    if term.getparent() is None or term.getparent().tag == "dl" or after is None or after.tag != "dd":
        return None
    return after


def _loose_term(value: HtmlElement) -> HtmlElement | None:
    """The ``<dt>`` right before a ``<dd>`` that stands outside any ``<dl>``, or None."""
    before = value.getprevious()
    return before if before is not None and before.tag == "dt" and _loose_value(before) is value else None


def inline_text(element: HtmlElement, *, breaks: str = " ") -> str:
    """The text of ``element`` on one line, with a space wherever a block ends and ``breaks`` wherever a line
    break does: "; " keeps apart what a table's cell sets on lines of its own ("$26.18 - $37.92 Hourly",
    "$54,454.40 - $78,873.60 Annually"), which a space would run into one value."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        block = node.tag in BLOCKS
        parts.append(" " if block else "")
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and child.tag not in NEVER_CONTENT:
                walk(child)
            parts.append(child.tail or "")
        parts.append(" " if block else "")

    walk(element)
    if breaks == " ":
        return clean_inline("".join(parts))
    lines = [line for line in (clean_inline(piece) for piece in "".join(parts).split(LINE_BREAK)) if line]
    # A line that ends in its own punctuation ("Hourly," or "Plaza;") runs on with a space.
    return "".join(
        line + ("" if n == len(lines) - 1 else " " if line[-1] in ",;:" else breaks) for n, line in enumerate(lines)
    )


def _heading_rows(heading: HtmlElement) -> list[str]:
    """The lines of a heading: one, its text, for a heading as HTML means one; a line per block for a heading
    a page uses as a box of rows (``<h4><div>Acme · Berlin</div><div>2 days ago</div></h4>``), a row's pieces set
    apart in elements of their own (the company's link, a span for its place) parted by " · " as the page's
    style parts them; and one such row for a subheading that holds nothing but its pieces, each in a span or link
    of its own (``<h4><span><a>Acme Dental</a></span> <span>Tulsa, OK</span> <span>2 days ago</span></h4>``, as
    LinkedIn sets its top card without the rows), whose words would otherwise run the company into its place and
    the posting's age. A page's title (``<h1>``), and a heading whose spans hold a word each (``<h2><span>About
    </span> <span>Us</span></h2>``, words a page highlights or animates), are one run of words."""
    if (chips := _code_chips(heading)) is not None:
        return [chips]
    blocks = [child for child in heading if isinstance(child.tag, str) and child.tag in BLOCKS]
    if (heading.text or "").strip() or any((child.tail or "").strip() for child in heading):
        return [inline_text(heading)]
    if not blocks:
        pieces = [child for child in heading if isinstance(child.tag, str) and child.tag not in NEVER_CONTENT]
        apart = (
            heading.tag != "h1"
            and len(pieces) > 1
            and all(piece.tag in _APART for piece in pieces)
            and any(len(inline_text(piece).split()) > 1 for piece in pieces)
        )
        return [_row_text(heading) if apart else inline_text(heading)]
    rows = [_row_text(block) for block in blocks if block.tag not in NEVER_CONTENT]
    return [row for row in rows if row]


def _row_text(row: HtmlElement) -> str:
    """A row's text, its pieces parted by " · " when it holds nothing but two or more inline elements side by
    side (``<span><a>Acme</a></span> <span>Berlin</span>``); its text as one run of words otherwise."""
    pieces = [child for child in row if isinstance(child.tag, str) and child.tag not in NEVER_CONTENT]
    loose = (row.text or "").strip() or any((child.tail or "").strip() for child in row)
    if len(pieces) < 2 or loose or any(piece.tag in BLOCKS for piece in pieces):
        return inline_text(row)
    return " · ".join(text for text in (inline_text(piece) for piece in pieces) if text)


_CHIP_WORDS = 8
"""The most words one chip of a board's header holds (a kind of employment, a category, a pay range)."""


def _chip_row(box: HtmlElement) -> str | None:
    """The chips of a box, parted by " · ", when it holds nothing but two or more short inline elements side by side
    (``<div><span>Full Time</span> <span>Management</span> <span>$85,000 - $98,000 / Year</span></div>``, as a job
    board sets the kind of employment, the category and the pay under a title): each a value of its own, which run
    together made the pay "Full Time Management $85,000 …". None for any other box: one with loose words, a word to
    each element, elements that carry their own spaces, or one run on into the next with no space and no capital, as
    an editor sets one sentence's runs ("<span>W</span><span>e are hiring</span>")."""
    pieces = [child for child in box if isinstance(child.tag, str) and child.tag not in NEVER_CONTENT]
    if len(pieces) < 2 or any(piece.tag not in _APART for piece in pieces) or (box.text or "").strip():
        return None
    if any((child.tail or "").strip() for child in box):
        return None
    texts = [inline_text(piece) for piece in pieces]
    if any(
        not text or len(text.split()) > _CHIP_WORDS or piece.text_content() != piece.text_content().strip()
        for piece, text in zip(pieces, texts, strict=True)
    ):
        return None
    for n in range(1, len(pieces)):
        spaced = "".join(child.tail or "" for child in box[box.index(pieces[n - 1]) : box.index(pieces[n])])
        if not spaced and not (texts[n][:1].isupper() or texts[n][:1].isdigit() or texts[n][:1] in "$€£"):
            return None
    return " · ".join(texts) if any(len(text.split()) > 1 for text in texts) else None


def _code_chips(element: HtmlElement) -> str | None:
    """The code spans of a paragraph or heading that holds nothing else, two or more side by side, parted by " · "
    (Markdown's badges under a title: `` `Remote` `Full-time` `$140k–$170k` ``), each a value of its own, which run
    together made the pay "Remote Full-time $140k–$170k"; None for any other element, or a span too long for a
    chip."""
    pieces = [child for child in element if isinstance(child.tag, str)]
    if len(pieces) < 2 or any(piece.tag != "code" for piece in pieces) or (element.text or "").strip():
        return None
    if any((child.tail or "").strip() for child in element):
        return None
    texts = [clean_inline(piece.text_content()) for piece in pieces]
    if any(not text or len(text.split()) > _CHIP_WORDS for text in texts):
        return None
    return " · ".join(texts)


def _is_data_table(table: HtmlElement) -> bool:
    """A table of values (one line per row) rather than a table used for page layout."""
    if table.xpath(".//table | .//ul | .//ol | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
        return False
    return all(len(clean_inline(cell.text_content())) <= 300 for cell in table.iter("td", "th"))


_LABEL_CELL_WORDS = 5
_VALUE_CELL_CHARS = 150


def _labelled_row(row: HtmlElement) -> str | None:
    """``Label: value`` for a table row of a header cell and a short value of inline text beside it
    (``<th>Campus Location</th><td>Milwaukee, WI</td>``); None for any other row, such as one whose value
    holds paragraphs or a list (a section of the posting under its label)."""
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("th", "td")]
    if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
        return None
    label, value = inline_text(cells[0]).rstrip(" :："), inline_text(cells[1])
    if not label or not value or len(label.split()) > _LABEL_CELL_WORDS or len(value) > _VALUE_CELL_CHARS:
        return None
    if any(isinstance(child.tag, str) and child.tag in BLOCKS for child in cells[1].iterdescendants()):
        return None
    return f"{label}: {value}"


def _bold_label(item: HtmlElement) -> str | None:
    """The words of a list item that holds nothing but a bold phrase and, after it, lists (``<li><strong>SKILLSET
    </strong><ul>…</ul></li>``), when they are short enough for a heading; None for any other item."""
    parts: list[str] = []
    lists = 0
    if (item.text or "").strip():
        return None
    for child in item:
        if not isinstance(child.tag, str):
            continue  # a comment
        if child.tag in ("ul", "ol"):
            lists += 1
        elif lists or child.tag not in ("b", "strong"):
            return None
        else:
            parts.append(child.text_content())
        if (child.tail or "").strip():
            return None
    label = clean_inline(" ".join(parts))
    return label if lists and label and len(label) < BOLD_HEADING_MAX_CHARS else None


class _Writer:
    """Walks an element tree, gathering inline text until a block boundary ends a paragraph or an item."""

    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self.segments: list[tuple[str, bool]] = []
        self.item_depth = 0

    def write_all(self, element: HtmlElement) -> None:
        self.write(element, strong=False)
        self.flush()

    def write(self, element: HtmlElement, strong: bool) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in NEVER_CONTENT:
            return
        if (level := _HEADINGS.get(tag)) is not None:
            self.flush()
            first, *rest = _heading_rows(element) or [""]
            self.outline.heading(first, level)
            if rest:
                # A heading set as a box of rows (LinkedIn's: the company and its place, then the posting's age
                # and applicants): the rows under its first are lines of their own, not one run-on heading.
                self.outline.paragraph(rest)
        elif tag == "pre":
            self.flush()
            self.outline.paragraph(re.split(f"[\n{LINE_BREAK}]", element.text_content()))
        elif tag == "table" and _is_data_table(element):
            self.flush()
            self.outline.separate()
            for row in element.iter("tr"):
                self.outline.row([inline_text(cell, breaks="; ") for cell in row if cell.tag in ("td", "th")])
        elif tag == "tr" and (labelled := _labelled_row(element)) is not None:
            # A layout table of a posting's fields, a label cell beside each value (as PeopleAdmin sets a
            # university's posting): a short value is a labelled line, as a posting writes "Location: Leeds".
            self.flush()
            self.outline.paragraph([labelled])
        elif tag in ("ul", "ol"):
            self.flush()
            if not self.item_depth:  # a nested list continues its parent's
                self.outline.separate()
            self.children(element, strong)
            self.flush()
        elif tag == "li" and (label := _bold_label(element)) is not None:
            # "<li><strong>SKILLSET</strong><ul><li>Knowledge of …": a bold label over the list the item holds
            # heads that list, as a bold line over a list does.
            self.flush()
            self.outline.heading(label, 3)
            for child in element:
                if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                    self.write(child, strong)
        elif tag == "li":
            self.flush()
            self.item_depth += 1
            self.children(element, strong)
            self.flush()
            self.item_depth -= 1
        elif tag == "dl" and not element.xpath(".//dl | .//ul | .//ol | .//table"):
            # A list of terms and their values ("locations" → "Coventry, United Kingdom", as Workday sets a
            # job's details): a labelled line each, as a posting writes "Location: Coventry".
            self.flush()
            label = ""
            for child in element.iter("dt", "dd"):
                if child.tag == "dt":
                    label = _term(child)
                elif (value := inline_text(child)) and label:
                    self.outline.paragraph([f"{label}: {value}"])
                elif value:
                    self.outline.paragraph([value])
        elif tag == "dt" and (loose := _loose_value(element)) is not None:
            # A term and its value set in a <div> with no list round them, as iCIMS sets a job's header
            # ("Job Locations" over "US-OR-Portland"): a labelled line, as inside a <dl>.
            self.flush()
            if (label := _term(element)) and (text := inline_text(loose)):
                self.outline.paragraph([f"{label}: {text}"])
        elif tag == "dd" and _loose_term(element) is not None:
            pass  # written with its term
        elif (tag == "div" and (chips := _chip_row(element)) is not None) or (
            tag == "p" and (chips := _code_chips(element)) is not None
        ):
            # A board's chips under the title (the kind of employment, the category, the pay): values apart.
            self.flush()
            self.segments.append((chips, strong))
            self.flush()
        else:
            if not strong and (
                tag in ("b", "strong") or ((style := element.get("style")) and _BOLD_STYLE.search(style))
            ):
                strong = True
            block = tag in BLOCKS
            if block:
                self.flush()
            self.children(element, strong)
            if block:
                self.flush()

    def children(self, element: HtmlElement, strong: bool) -> None:
        if element.text:
            self.segments.append((element.text, strong))
        for child in element:
            if child.tag in _APART and self.segments and self.segments[-1][0][-1:].isalnum():
                # "<a>Skip to main content</a><span>Brightline Careers</span>": two things a page sets apart
                # with its style, not one word.
                first = next(child.itertext(), "")[:1]
                if first.isupper() or first.isdigit():
                    self.segments.append((" ", strong))
            self.write(child, strong)
            if child.tail:
                self.segments.append((child.tail, strong))

    def flush(self) -> None:
        """End the current paragraph (or list item): split it at line breaks and hand it to the outline."""
        segments = self.segments
        if not segments:
            return
        self.segments = []
        if all(text.isspace() for text, _ in segments):
            # The source's line ends between two blocks (most flushes of a Markdown file's HTML): no words, so no
            # paragraph or item, and nothing to split.
            return
        lines: list[str] = []
        strong: list[bool] = []
        if not any(LINE_BREAK in text for text, _ in segments):  # one line: most paragraphs and items
            said = [is_strong for text, is_strong in segments if text.strip()]
            lines.append("".join(text for text, _ in segments))
            strong.append(bool(said) and all(said))
        else:
            current: list[str] = []
            bold, has_text = True, False
            for text, is_strong in segments:
                for i, piece in enumerate(text.split(LINE_BREAK)):
                    if i:
                        lines.append("".join(current))
                        strong.append(bold and has_text)
                        current, bold, has_text = [], True, False
                    current.append(piece)
                    if piece.strip():
                        has_text = True
                        bold = bold and is_strong
            lines.append("".join(current))
            strong.append(bold and has_text)
        if self.item_depth:
            self.outline.item(" ".join(lines))
        else:
            self.outline.paragraph(lines, strong)
