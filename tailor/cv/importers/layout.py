"""A résumé document as lines with their layout: what the parser (:mod:`.resume`) reads.

Each reader keeps what the document says about its structure, not only its words:

* Word: heading and list styles, numbering, bold and italic runs, tabs;
* PDF (:mod:`.pdf_layout`): each line's font (bold, italic) and size, wide gaps between
  the pieces of a line (dates set at the right margin), bullet glyphs, and a bullet's
  wrapped lines joined to it;
* Markdown (and text that is Markdown or HTML, as exported CVs often are): headings,
  list items, ``<b>``/``<i>`` and links, through the same HTML reading as postings;
* plain text: lines, and bullet glyphs, a list item's rest that a copy out of a PDF or an e-mail wrapped onto the
  next line joined to it, and so any line's that wrapped after a comma.

A :class:`~tailor.cv.importers.line.Line`'s ``text`` is what it says, a tab wherever the layout separates
columns; its ``marked`` text carries ``*italic*`` and ``**bold**`` markers as tailor's
CV writes them (:mod:`tailor.cv.markup`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from tailor.cv.importers.clues import ends_sentence
from tailor.cv.importers.line import (
    BULLET,
    Line,
    Runs,
    goes_on_after_a_comma,
    labelled_list_goes_on,
    labelled_list_wrapped_in_a_name,
    with_letter_bullets,
)
from tailor.cv.importers.pdf_layout import read_pdf
from tailor.errors import TailorError

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from lxml.html import HtmlElement

_MARKDOWN_HINTS = re.compile(r"^#{1,6} |</?(?:ul|li|b|i|p|br|h[1-6])\b", re.M)
_HEADING_STYLE = re.compile(r"^heading\s*(\d)", re.IGNORECASE)


# --- plain text and Markdown ------------------------------------------------------------------


_RULE = re.compile(r"[ \t]*(?:-{4,}|_{4,}|={4,}|~{4,}|\.{5,}|—{2,})[ \t]*")
"""A run of dashes, underscores, equals signs or dots: a rule, or a leader between columns."""
_WHOLE_FENCE = re.compile(r"(`{3,}|~{3,})[\w-]*[ \t]*\n(.*)\n\1", re.DOTALL)
"""A Markdown file that is one fenced block: a plain-text résumé put on a page as it is."""


def read_text(data: bytes, source: str) -> list[Line]:
    """A ``.txt`` or ``.md`` résumé: Markdown (or HTML) when it is written so, else lines."""
    from tailor.posting.formats.front_matter import read_front_matter
    from tailor.posting.formats.text import decode

    # A page of a static site (its "layout: single", "title: Curriculum Vitae") is no part of the résumé,
    # but for the name it may give its owner ("name: Ana Lopez"), which heads the résumé.
    decoded = decode(data, source, None)
    _, text = read_front_matter(decoded)
    front = decoded[: len(decoded) - len(text)]
    named = _FRONT_MATTER_NAME.search(front)
    lines = _text_lines(text, source)
    lines[:0] = _front_matter_contacts(front)
    if named:
        name = named.group(1).strip().strip("\"'")
        lines.insert(0, Line(name, name, heading=1))
    return lines


_FRONT_MATTER_NAME = re.compile(r"^name:[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)
"""A name given at the top level of a page's front matter."""
_FRONT_MATTER_DETAIL = re.compile(
    r"^[ \t]*(?:-[ \t]+)?(?P<key>text|email|e-mail|phone|mobile|tel|website|linkedin|github)[ \t]*:"
    r"[ \t]*(?P<value>\S.*?)[ \t]*\n(?:[ \t]*(?:newLine|new_line)[ \t]*:.*\n)?"
    r"(?:[ \t]*link[ \t]*:[ \t]*(?P<link>\S+)[ \t]*\n)?",
    re.MULTILINE | re.IGNORECASE,
)
"""A contact detail in a page's front matter, as a résumé written for a Markdown résumé maker gives its header
("- text: <span class="iconify"></span> ana@example.org" over "link: mailto:ana@example.org"): its text and
the link it may have."""


def _front_matter_contacts(front: str) -> list[Line]:
    r"""The contact details a page's front matter gives (an e-mail address, a phone number, a web address, or the
    web page a text links to, a profile), as lines of the header under the name; without the tags around them.

    >>> front = "name: Ana\n- text: <b>Tutor</b>\n- text: <i></i> ana@example.org\n  link: mailto:ana@example.org\n"
    >>> [(line.text, line.links) for line in _front_matter_contacts(front)]
    [('ana@example.org', ('mailto:ana@example.org',))]
    """
    from tailor.cv.importers.header import holds_contact

    lines = []
    for found in _FRONT_MATTER_DETAIL.finditer(front + "\n"):
        value = found["value"]
        if (value[:1] in "\"'" and not (len(value) > 1 and value[-1] == value[0])) or "\\n" in value or "](" in value:
            continue  # a page's text in Markdown, quoted over several lines ("text: \"## Projects\\n…"): no detail
        text = " ".join(re.sub(r"<[^>]*>", " ", value).strip("\"'").split())
        link = (found["link"] or "").strip("\"'")
        line = Line(text, text, links=(link,) if link else ())
        if text and holds_contact(line):
            lines.append(line)
        elif link.startswith("http"):
            lines.append(Line(link, link))  # "0xana" linked to its GitHub page: the page is the profile
    return lines


def _text_lines(text: str, source: str) -> list[Line]:
    """The lines of a text or Markdown résumé without front matter."""
    fenced = _WHOLE_FENCE.fullmatch(text.strip())
    if fenced and f"\n{fenced.group(1)}" not in fenced.group(2):
        text = fenced.group(2)  # a text résumé shown as it is on a page: read as the text it is
    elif source.lower().endswith((".md", ".markdown")) or _MARKDOWN_HINTS.search(text):
        return _markdown(text)
    lines = []
    widths: dict[int, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        widths[number] = len(raw.strip())
        # A rule ("-----") or a leader between a role and its place ("Senior SE ------ Boston MA")
        # separates columns, as a wide gap does; a line of a rule alone is none.
        raw = _RULE.sub("\t", raw).strip("\t ") if _RULE.search(raw) else raw
        for piece in _run_on_items(raw):
            runs = Runs()
            runs.add(piece.replace("  ", "\t") if "   " in piece else piece)  # a wide gap in a text file is a column
            found = runs.line(item=bool(BULLET.match(piece)), number=number)
            if found:
                lines.append(found)
    return _wrapped_items_joined(with_letter_bullets(lines), widths)


WRAPPED_SHARE = 0.75
"""How long a text's line that wrapped is, at the least, as a share of its longest line."""
_NUMBERED = re.compile(r"\[?\(?\d{1,3}[.)\]]\s")
"""A line that opens with its number in a list ("1. ", "[2] ", "(3) "): an entry of its own, no item's rest."""
_OUTLIERS = 4
"""How many of a text's longest lines may run past the width the rest wrapped at."""
_AMOUNT_GOES_ON = re.compile(r"\(?\$?\d\S*\s+[a-z]")
"""A line that opens with a number or an amount, in brackets or not, and words in small letters ("2,800 activities; ran
…", "($8M-$36M) under DSA oversight"): under an item that ends mid-sentence, the rest of its sentence."""
_NAMES_GO_ON = re.compile(r"[/&|]\s")
"""A line that opens with the slash, the "&" or the bar between two names ("/ DOT-406 tank wagon"): no line of its
own opens so."""


def _wrapped_items_joined(lines: list[Line], widths: dict[int, int]) -> list[Line]:
    """``lines`` with each list item's rest that a text copied out of a PDF wrapped onto the next line joined to it:
    a line right under the item (no blank line between), no item itself, that opens in lower case or with the slash
    between two names (or, under an item that ends mid-sentence, ends a sentence or opens with a number and words in
    small letters: :data:`_AMOUNT_GOES_ON`), under an item's line as long as the text's lines run
    (:data:`WRAPPED_SHARE` of the longest but a few, :data:`_OUTLIERS`), as a line that wrapped is. What opens in
    capitals under an item may be the next role's title, and stays; under a labelled list that broke inside a name, it
    goes on (:func:`labelled_list_wrapped_in_a_name`)."""
    # The width the text wraps at: past a few of its longest lines (one in ten at most), since a few lines a copy did
    # not wrap (a paragraph of courses run on to 200 characters) say nothing of where the others wrapped.
    widest = sorted(widths.values(), reverse=True)[min(_OUTLIERS, len(widths) // 10)] if widths else 0
    out: list[Line] = []
    last = 0  # the number of the text's line the last of ``out`` ends on
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and not line.item
            and line.number == last + 1
            and widths.get(last, 0) >= WRAPPED_SHARE * widest
            and (
                before.item
                or goes_on_after_a_comma(before, line)
                or labelled_list_goes_on(before, line)
                or labelled_list_wrapped_in_a_name(before, line, widths.get(last, 0), widest)
            )
            and (
                not before.item
                or line.plain[:1].islower()
                or _NAMES_GO_ON.match(line.plain)
                # "… Justifications and Approvals (J&A) and Determinations and" over "Findings (D&F) for … FAR 6.302.":
                # an item's sentence that wrapped before a capital ends on the line under it, as no title line does.
                or (
                    not before.plain.endswith((".", "!", "?", ":"))
                    and (ends_sentence(line.plain) or _AMOUNT_GOES_ON.match(line.plain) is not None)
                    and not _NUMBERED.match(line.plain)
                )
            )
            and "\t" not in line.text
            and not _DATED_LINE.search(line.plain)
        ):
            out[-1] = replace(
                before,
                text=f"{before.text} {line.text}",
                marked=f"{before.marked} {line.marked}",
                anchors=before.anchors + line.anchors,
            )
        else:
            out.append(line)
        last = line.number
    return out


_DATED_LINE = re.compile(r"\b(?:19|20)\d{2}\s*(?:[-–—]|to\b)", re.IGNORECASE)
"""A span of dates ("2019 – 2021", "2019 to present"): a line holding one opens an entry, not an item's rest."""


def _run_on_items(raw: str) -> list[str]:
    """A bullet's line with the next bullet run on after the same glyph, as text pasted from an email
    joins lines ("* Took X-rays * Placed sealants"): one line per bullet. Dashes are left alone, since
    prose sets clauses apart with them; a glyph inside brackets, or before a lowercase word, is no bullet."""
    opened = BULLET.match(raw)
    glyph = opened.group(0).strip() if opened else ""
    if not glyph or glyph in "-–—":
        return [raw]
    parts = re.split(rf"\s+{re.escape(glyph)}\s+(?=[A-Z])(?![^()]*\))", raw)
    return [parts[0], *(f"{glyph} {part}" for part in parts[1:])]


_BLOCK_TAG_LINE = re.compile(
    r"^ {0,3}</?(?:section|div|article|aside|main|header|footer|details|summary)\b[^>\n]*>[ \t]*$(?!\n[ \t]*<)",
    re.M | re.I,
)
"""A line that is only an HTML block tag with Markdown under it, as static sites wrap parts of a Markdown page
(``<section class="cv-block" markdown="1">`` over "## Work Experience"); not one over more HTML (``<div
class="job">`` over ``    <h3>Content Manager</h3>``), which is the page's HTML, however deep it is indented."""


def read_html(data: bytes, source: str) -> list[Line]:
    """A résumé saved as a web page (``.html``): its body's headings, list items, paragraphs and table rows,
    as a Markdown résumé's are read."""
    from tailor.posting.formats.markup import SAVED_FROM, parse_html
    from tailor.posting.formats.text import decode

    root = parse_html(decode(data, source, None), source)
    saved = SAVED_FROM.search(data, 0, 4096)
    address = saved.group(1).decode("ascii", "replace") if saved else ""
    return _html_lines(root.find("body") if root is not None else None, address)


def _html_lines(element: HtmlElement | None, address: str = "") -> list[Line]:
    """The lines of an HTML element (a page's body, or a Markdown résumé rendered as HTML); ``address`` is where
    the page was saved from, if a browser saved it."""
    walker = _HtmlLines(address)
    if element is not None:
        walker.walk(element, False, False)
        walker.flush()
    return with_letter_bullets(walker.lines)


def _markdown(text: str) -> list[Line]:
    from cmarkgfm.cmark import Options, markdown_to_html_with_extensions

    from tailor.posting.formats.markup import parse_html

    # CommonMark reads the lines after a block tag as raw HTML up to the next blank line, so
    # "## Work Experience" right under "<section markdown=1>" would be no heading; static site
    # generators (kramdown's markdown="1") read it as Markdown, and so does tailor.
    text = _BLOCK_TAG_LINE.sub(lambda tag: tag.group(0) + "\n", text)
    options = Options.CMARK_OPT_HARDBREAKS | Options.CMARK_OPT_UNSAFE
    return _html_lines(parse_html(markdown_to_html_with_extensions(text, options, extensions=["table"]), "the résumé"))


_GLYPH_ITEM = re.compile(r"^\s*[•●▪■◦‣⁃]\s+")
"""A bullet glyph that Markdown does not read as one: "• " at the start of a line of a paragraph."""


class _HtmlLines:
    """HTML, block by block, as lines: a heading, a list item, a line of a paragraph, a table row."""

    _HEADINGS: ClassVar[dict[str, int]] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

    def __init__(self, address: str = "") -> None:
        # A browser that saves a page writes every link in full, its links to places on the page too
        # ("https://ana.dev/cv/#main"): the page's own address tells those from links elsewhere.
        self.address = address.partition("#")[0].rstrip("/")
        self.lines: list[Line] = []
        self.current = Runs()
        self.heading = 0
        self.item = False
        self.row = 0
        self.depth = 0  # how many lists the walk is in

    def flush(self) -> None:
        # A line of a paragraph that opens with a bullet glyph ("• Led the team") is a list item to a reader.
        item = self.item or (not self.heading and bool(_GLYPH_ITEM.match("".join(t for t, _, _ in self.current.runs))))
        found = self.current.line(
            heading=self.heading, item=item, number=len(self.lines) + 1, row=self.row, depth=self.depth
        )
        if found:
            self.lines.append(found)
        self.current, self.heading, self.item, self.row = Runs(), 0, False, 0

    def walk(self, element: HtmlElement, bold: bool, italic: bool) -> None:
        from tailor.posting.formats.markup import BLOCKS, NEVER_CONTENT, SCREEN_READER_ONLY

        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in NEVER_CONTENT or tag == "nav":  # a site's menu ("Work About Resume") is no part of the résumé
            return
        if SCREEN_READER_ONLY.search((element.get("class") or "").lower()):
            return  # hidden from the eye: a theme's skip link, the label an icon stands for ("Email:")
        if tag == "a" and self._a_jump_alone(element):
            return
        if tag == "footer" and _the_sites_footer(element):
            return
        if tag == "a" and _a_download(element) and self._alone(element):
            return  # "Download PDF": the site's button for the same résumé as a file, no line of it
        if tag == "a" and self._more_on_the_site(element):
            # "… up 118% in 18 months. <a href="/work/seo/">Case study →</a>": the site's link to a page of its own
            # after the item's last sentence, no words of it, as its menu's are none of the résumé's.
            return
        # A table's row is one line, its cells columns (a tab between them), unless a cell holds blocks.
        block = (tag in BLOCKS or tag in self._HEADINGS) and tag not in ("td", "th")
        if block:
            self.flush()
            self.heading, self.item = self._HEADINGS.get(tag, 0), tag == "li"
        if tag in ("ul", "ol"):
            self.depth += 1
        if tag == "tr":
            cells = [child.tag for child in element if child.tag in ("td", "th")]
            self.row = 1 if cells and all(cell == "th" for cell in cells) else 2
        # A definition list's term labels what its definition lists, as a bold line over a list does.
        bold = bold or tag in ("b", "strong", "dt") or tag in self._HEADINGS
        italic = italic or tag in ("i", "em")
        if tag == "a" and element.get("href", "").startswith(("http", "mailto:")):
            self.current.links.append(element.get("href", ""))
            self.current.anchors.append((element.text_content(), element.get("href", "")))
        self._text(element.text, bold, italic)
        badges = _badges(element)
        for child in element:
            if badges and child in badges[1:]:
                self.current.add("\t")  # a theme's badges, a skill each, set apart by spaces or margins alone
            elif child.tag in ("span", "time") and self._touches(child):
                # "<span>Mechanical Engineering Intern</span><span>Jun 2025 – Sep 2025</span>", set apart by the
                # page's style: a column each, as a title and its dates are.
                self.current.add("\t")
            elif child.tag == "code" and _after_code(child):
                self.current.add("\t")  # "`Wireshark` `Nessus` `KQL`": names each set as code, a column each
            elif child.tag == "img" and (badge := _badge(child)):
                # A README's badge says its words only as a picture; badges side by side are a list of them.
                self.current.add(f", {badge}" if _listed_badge(child) else f"\t{badge}")
            self.walk(child, bold, italic)
            if child.tag in ("td", "th"):  # a tab after each cell; none inside one
                self.current.add("\t")
            # The space between two badges gives way to the comma that lists them ("CVT, Fear Free", not "CVT , …").
            tail = None if _listed_badge(child.getnext()) else child.tail
            self._text(tail, bold and tag not in self._HEADINGS, italic)
        if block or tag == "tr":
            self.flush()
        if tag in ("ul", "ol"):
            self.depth -= 1

    def _a_jump_alone(self, link: HtmlElement) -> bool:
        """Whether ``link`` goes to a place on its own page ("#main") and stands as a line of its own: a site's skip
        link ("Skip to content", before the name; a saved page writes it in full, "https://ana.dev/cv/#main"),
        "Back to top", a table of contents. Navigation, as a menu is,
        never a headline or a line of the résumé; one inside a sentence ("see <a href="#work">below</a>") is its
        words."""
        href = link.get("href", "")
        address, mark, _ = href.partition("#")
        if not mark or (address and address.rstrip("/") != self.address):
            return False
        return self._alone(link)

    def _alone(self, link: HtmlElement) -> bool:
        """Whether ``link`` stands as a line of its own: no words before it on its line, none after it."""
        from tailor.posting.formats.markup import BLOCKS

        before = "".join(text for text, _, _ in self.current.runs)
        after = link.getnext()
        tag = after.tag if after is not None and isinstance(after.tag, str) else ""
        inline = bool(tag) and tag not in BLOCKS and tag not in self._HEADINGS
        return not before.strip() and not (link.tail or "").strip() and not inline

    def _more_on_the_site(self, link: HtmlElement) -> bool:
        """Whether ``link`` goes to another page of the same site (an address without its host: "/work/seo/") and
        closes a list item after its sentence has ended: a personal site's "Case study →" or "Read more", which a
        résumé cannot follow and whose words are no part of the item's."""
        href = link.get("href", "")
        if not self.item or not href or href.startswith(("#", "http:", "https:", "mailto:", "tel:", "//")):
            return False
        if ":" in href.split("/", 1)[0]:
            return False  # another scheme ("ftp:", "javascript:")
        before = "".join(text for text, _, _ in self.current.runs).rstrip()
        return before[-1:] in (".", "!", "?", ")") and not (link.tail or "").strip() and link.getnext() is None

    def _touches(self, child: HtmlElement) -> bool:
        """Whether ``child`` would run on from the line so far without a space: a word, then a capital or digit."""
        runs = self.current.runs
        last = runs[-1][0][-1:] if runs else ""
        if not last or last.isspace() or last in "([{'\"‘“-–—/\t":
            return False
        first = next(child.itertext(), "")[:1]
        return first.isupper() or first.isdigit()

    def _text(self, text: str | None, bold: bool, italic: bool) -> None:
        from tailor.posting.formats.markup import LINE_BREAK

        for n, piece in enumerate((text or "").split(LINE_BREAK)):
            if n:  # a line break: a new line, with the heading's level if it is one
                heading = self.heading
                self.flush()
                self.heading = heading
            self.current.add(piece.replace("\n", " "), bold, italic)


_A_FILE = re.compile(r"\.(?:pdf|docx?|odt|rtf)(?:[?#].*)?$", re.IGNORECASE)
_DOWNLOAD_WORDS = re.compile(r"\b(?:download|pdf|docx?|print(?:able)?)\b", re.IGNORECASE)


def _a_download(link: HtmlElement) -> bool:
    """Whether ``link`` offers a document to download and says so ("Download PDF", "PDF version", to
    ".../Ines-Marlowe-CV.pdf"), as a personal site offers its résumé as a file: the site's button, no words of the
    résumé, where it stands alone (:meth:`_HtmlLines._alone`); one inside a sentence keeps its words."""
    words = link.text_content().strip()
    return (
        bool(_A_FILE.search(link.get("href", ""))) and len(words.split()) <= 4 and bool(_DOWNLOAD_WORDS.search(words))
    )


def _the_sites_footer(footer: HtmlElement) -> bool:
    """Whether ``footer`` is the site's, below the page's main content ("© 2025 Ana Ruiz · Built with Eleventy ·
    Privacy"): it stands outside the page's ``<main>``, as the menu above it does, or, on a page without one, it
    says whose the site is (a copyright). A footer inside the main content (an article's, a section's) may hold the
    résumé's contact details."""
    if any(ancestor.tag in ("main", "article", "section") for ancestor in footer.iterancestors()):
        return False
    root = footer.getroottree().getroot()
    return next(root.iter("main"), None) is not None or bool(_COPYRIGHT.search(footer.text_content()))


_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
"""How a site's footer claims its pages: "© 2025", "(c) 2025", "Copyright"."""


_BADGE = re.compile(r"^https?://(?:img\.shields\.io|badgen\.net|flat\.badgen\.net)/", re.IGNORECASE)
"""Where a README's badges are drawn (``![Splunk](https://img.shields.io/badge/-Splunk-black)``)."""


def _badge(image: HtmlElement) -> str:
    """The words of a badge (an image a badge service draws): its alternative text; "" for any other image, whose
    alternative text describes a picture ("Photo of Ana"), and for a badge that is a link's face ("[![GitHub](…)](
    https://github.com/ana)"), which names where the link goes."""
    alt = " ".join((image.get("alt") or "").split())
    parent = image.getparent()
    linked = parent is not None and parent.tag == "a"
    return alt if _BADGE.match(image.get("src") or "") and not linked else ""


def _listed_badge(image: HtmlElement | None) -> bool:
    """Whether ``image`` is a badge that follows another with only spaces between them: the next of a list."""
    if image is None or image.tag != "img" or not _badge(image):
        return False
    before = image.getprevious()
    return before is not None and before.tag == "img" and bool(_badge(before)) and not (before.tail or "").strip()


_BADGE_WORDS = 6
"""The most words of one badge: a skill's name, never a sentence's part."""


def _badges(box: HtmlElement) -> list[HtmlElement]:
    """The badges of ``box`` where it holds nothing else: three or more spans side by side, each a few words that
    carry no spaces of their own, with spaces alone between them (``<span class="badge">Figma</span> <span
    class="badge">Miro</span> …``, as Bootstrap and Tailwind themes set skills); none for any other box, such as a
    sentence an editor set in runs ("<span>Led the</span><span> team</span>") or a title beside its dates."""
    pieces = [child for child in box if isinstance(child.tag, str)]
    if len(pieces) < 3 or any(piece.tag != "span" for piece in pieces) or (box.text or "").strip():
        return []
    if any((piece.tail or "").strip() for piece in pieces) or any(not (piece.tail or "") for piece in pieces[:-1]):
        return []
    texts = [piece.text_content() for piece in pieces]
    if any(not text.strip() or text != text.strip() or len(text.split()) > _BADGE_WORDS for text in texts):
        return []
    return pieces


def _after_code(child: HtmlElement) -> bool:
    """Whether ``child`` follows another inline code span with only spaces between them, as a Markdown résumé sets
    its skills apart (`` `Wireshark` `Nessus` ``)."""
    before = child.getprevious()
    return before is not None and before.tag == "code" and not (before.tail or "").strip()


# --- Word ---------------------------------------------------------------------------------------


def read_docx(data: bytes, source: str) -> list[Line]:
    """A Word résumé: its paragraphs in order (tables' cells too), with their styles and emphasis."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError):
        raise TailorError(
            f"{source} is not a Word document (.docx) tailor can open: open it in Word or LibreOffice and save it "
            "again as .docx, or export it as PDF and import that."
        ) from None
    lines: list[Line] = []
    later: list[Any] = []  # the text boxes read after the body

    def blocks(container: Any) -> None:
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                lines.extend(_paragraph(Paragraph(child, document), len(lines) + 1))
                for box in _text_boxes(child):  # a text box anchored in the paragraph: its text after the paragraph's
                    if _opens_section(box):
                        # A box is no part of the text around it: one that opens a section ("Skills") is read after
                        # the body, so that it takes none of the paragraphs after its anchor into that section.
                        later.append(box)
                    else:
                        blocks(box)
            elif child.tag == qn("w:tbl"):
                table = Table(child, document)
                if _data_table(table):
                    # A table of values ("Degree | Institute | Year | Percentage"): a line a row, its cells apart.
                    for row in table.rows:
                        cells = [" ".join(cell.text.split()) for cell in _distinct(row.cells)]
                        text = "\t".join(cells)
                        lines.append(Line(text, text, number=len(lines) + 1, row=2))
                    continue
                if lines and _titles_skills(lines[-1]) and (columns := _columns_under_headings(table)):
                    # A skills table that heads each column with its group ("Clinical" | "Technology"): a column at a
                    # time, its heading over its skills, as the reader sees them; a row at a time mixes the groups.
                    for column in columns:
                        for cell in column:
                            blocks(cell._tc)
                    continue
                for row in table.rows:
                    cells = _distinct(row.cells)
                    beside = _columns_of_sections(cells)
                    for n, cell in enumerate(cells):
                        start = len(lines)
                        blocks(cell._tc)
                        if beside and n and start < len(lines):
                            lines[start] = replace(lines[start], column=True)
            elif child.tag == qn("w:sdt") and not _placeholder(child):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    blocks(content)

    # A page header holds the name and contact details in many templates: read it first, once. Only the header
    # a section's first page shows: where the first page has its own ("Different first page"), the header of the
    # pages after it runs over them ("Ana Lopez — continued"), no text of the résumé, as no footer is.
    seen: set[str] = set()
    for section in document.sections:
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        text = "\n".join(p.text for p in header.paragraphs) if not header.is_linked_to_previous else ""
        if text.strip() and text not in seen:
            seen.add(text)
            blocks(header._element)
    blocks(document.element.body)
    for box in later:
        blocks(box)
    return with_letter_bullets(lines)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The contents (``w:txbxContent``) of the text boxes anchored in a Word paragraph, outermost only (a box in a
    box is read with its box), each once: Word writes a box twice, as a drawing and as its VML fallback for old
    readers, and only the drawing is read. A template's "Skills" or "Contact" panel is often such a box; python-docx
    reads none of its text."""
    from docx.oxml.ns import qn

    box, fallback = qn("w:txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    found = []
    for content in paragraph.iter(box):
        ancestor = content.getparent()
        while ancestor is not None and ancestor is not paragraph and ancestor.tag not in (box, fallback):
            ancestor = ancestor.getparent()
        if ancestor is paragraph:
            found.append(content)
    return found


def _opens_section(box: Any) -> bool:
    """Whether a text box's first words are a section's title ("Skills", "Languages")."""
    from docx.oxml.ns import qn

    from tailor.cv.importers.sections import kind_of

    texts = ("".join(t.text or "" for t in p.iter(qn("w:t"))).strip() for p in box.iter(qn("w:p")))
    first = next((text for text in texts if text), "")
    return kind_of(first, set_as_title=True) is not None


def _columns_of_sections(cells: list[Any]) -> bool:
    """Whether a table's row lays out the page in columns side by side, each holding sections of the résumé (a
    sidebar of contact details and skills beside the work history): two cells or more, each with a paragraph that
    is a section's title, but for an empty one, the gutter a template sets between the columns. A row that sets a
    title beside its dates, or labels beside values, holds none."""
    from tailor.cv.importers.sections import kind_of

    filled = [cell for cell in cells if cell.text.strip()]
    return len(filled) >= 2 and all(
        any(kind_of(paragraph.text.strip(), set_as_title=True) for paragraph in cell.paragraphs) for cell in filled
    )


def _titles_skills(line: Line) -> bool:
    """Whether ``line`` is the title of a section of skills ("AREAS OF EXPERTISE", "Core Competencies")."""
    from tailor.cv.importers.sections import kind_of

    titled = bool(line.heading or line.bold or line.plain.isupper())
    return kind_of(line.plain, set_as_title=titled) == "skills"


def _columns_under_headings(table: Any) -> list[list[Any]] | None:
    """The columns of a Word table, each its cells top to bottom, where its first row heads each column with a
    group's name (every cell a few bold words, no figure) over cells that are no such heading and open with no
    figure; None for any other table. A row of headings over years or levels ("Skill | Years", "Dentrix | 8
    years") pairs its cells across, a row at a time: no columns."""
    rows = [_distinct(row.cells) for row in table.rows]
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None

    def heading(cell: Any) -> bool:
        texts = [p for p in cell.paragraphs if p.text.strip()]
        if len(texts) != 1 or len(texts[0].text.split()) > 5 or re.search(r"\d", texts[0].text):
            return False
        return all(line.bold or line.heading for line in _paragraph(texts[0], 0))

    if not all(heading(cell) for cell in rows[0]):
        return None
    body = [cell for row in rows[1:] for cell in row]
    if any(heading(cell) or re.match(r"\W*\d", cell.text) for cell in body):
        return None
    return [[row[n] for row in rows] for n in range(len(rows[0]))]


def _distinct(cells: Any) -> list[Any]:
    """A row's cells, a cell merged across columns once."""
    seen: set[int] = set()
    out = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def _data_table(table: Any) -> bool:
    """Whether a Word table holds values, a row each (a table of degrees with their years and grades), rather
    than laying out the page (a sidebar beside the work history, a title beside its dates): two rows or more,
    and three columns or more, every cell one short paragraph, or two, labels beside lists."""
    rows = [_distinct(row.cells) for row in table.rows]
    if len(rows) < 2 or any(len(row) != len(rows[0]) for row in rows) or len(rows[0]) < 2:
        return False
    if len(rows[0]) == 2:
        # Two columns lay out a title beside its dates as often; values only as labels beside lists
        # ("Testing Tools | Selenium WebDriver, TestNG, Cucumber"), parted by commas or by the dots and bars a Word
        # résumé sets between them ("Operations | Labor Scheduling • Inventory Control").
        labels = all(len(label.text.split()) <= 4 and not re.search(r"\d", label.text) for label, _ in rows)
        lists = [len(_LIST_BREAK.findall(values.text)) for _, values in rows]
        return labels and min(lists) >= 1 and 2 * sum(n >= 2 for n in lists) >= len(lists)
    return all(len(cell.paragraphs) == 1 and len(cell.text.split()) <= 12 for row in rows for cell in row)


_LIST_BREAK = re.compile(r",|\s[|•·]\s")
"""What parts a list's items in a table's cell: a comma, or a bar or dot set between spaces."""


def _shown_content(paragraph: Paragraph) -> Iterator[Any]:
    """The runs and hyperlinks of ``paragraph`` that Word shows with its changes accepted, in order: those of a
    tracked insertion too (python-docx's ``iter_inner_content`` leaves them out) and of a content control, smart tag
    or simple field in the line, not a tracked deletion's, a moved run's old place, a control still showing its
    template's prompt, nor a run formatted as hidden (as the posting reader reads a Word file:
    :func:`tailor.posting.formats.word.shown_text`)."""
    from docx.oxml.ns import qn
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    from tailor.posting.formats.word import hidden

    def inner(element: Any) -> Iterator[Any]:
        for child in element.iterchildren():
            if child.tag == qn("w:r") and not hidden(child):
                yield Run(child, paragraph)
            elif child.tag == qn("w:hyperlink"):
                yield Hyperlink(child, paragraph)
            elif child.tag in (qn("w:ins"), qn("w:moveTo"), qn("w:smartTag"), qn("w:customXml"), qn("w:fldSimple")):
                yield from inner(child)
            elif (
                child.tag == qn("w:sdt")
                and not _placeholder(child)
                and (content := child.find(qn("w:sdtContent"))) is not None
            ):
                # A content control inside the line: Word's résumé templates set the name, the contact details, a
                # role's dates, title and employer each in one, so the line's text is mostly theirs.
                yield from inner(content)

    yield from inner(paragraph._p)


def _placeholder(control: Any) -> bool:
    """Whether a Word content control still shows its template's prompt ("[Job Title]", "Dates From"), which
    Word marks as such (``w:showingPlcHdr``) until the user types in it: the template's words, none of the CV."""
    from docx.oxml.ns import qn

    properties = control.find(qn("w:sdtPr"))
    if properties is None or (shown := properties.find(qn("w:showingPlcHdr"))) is None:
        return False
    return shown.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


def _paragraph(paragraph: Paragraph, number: int) -> list[Line]:
    from tailor.posting.formats.word import is_numbered

    style = paragraph.style
    name = style.name if style is not None and style.name else ""
    heading = 1 if name == "Title" else int(found.group(1)) if (found := _HEADING_STYLE.match(name)) else 0
    item = "List" in name or is_numbered(paragraph)
    style_bold = bool(style is not None and style.font.bold)
    style_italic = bool(style is not None and style.font.italic)
    out: list[Line] = []
    runs = Runs()
    for run in _shown_content(paragraph):
        if not hasattr(run, "bold"):  # a hyperlink: its runs
            runs.links.append(getattr(run, "url", "") or "")
            if (address := getattr(run, "url", "") or "").startswith(("http", "mailto:")):
                runs.anchors.append((run.text, address))
            inner = list(run.runs)
        else:
            inner = [run]
        for r in inner:
            bold = r.bold if r.bold is not None else style_bold or bool(r.style is not None and r.style.font.bold)
            italic = r.italic if r.italic is not None else style_italic
            for n, piece in enumerate(r.text.split("\n")):
                if n:  # a line break inside the paragraph
                    found = runs.line(heading=heading, item=item and not out, number=number)
                    out += [found] if found else []
                    runs = Runs()
                runs.add(piece, bool(bold), bool(italic))
    found = runs.line(heading=heading, item=item and not out, number=number)
    out += [found] if found else []
    if not item and out and BULLET.match(out[0].text):
        out[0] = Runs([(out[0].marked, False, False)]).line(item=True, number=number) or out[0]
    return out


def read_office(data: bytes, source: str) -> list[Line]:
    """A résumé saved as Word 97–2003 (.doc), OpenDocument (.odt) or RTF: converted to .docx by LibreOffice, as a
    posting in these formats is (:func:`tailor.posting.formats.office.to_docx`), and read as one."""
    from tailor.posting.formats.office import to_docx

    return read_docx(to_docx(data, source), source)


READERS = {".txt": read_text, ".text": read_text, ".md": read_text, ".markdown": read_text}
READERS |= {".docx": read_docx, ".pdf": read_pdf, ".html": read_html, ".htm": read_html}
READERS |= {".doc": read_office, ".odt": read_office, ".rtf": read_office}


def read(path: Path) -> list[Line]:
    """The lines of the résumé at ``path``, by its kind (:data:`READERS`)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TailorError(f"{path} cannot be read: {e.strerror}.") from None
    return READERS[path.suffix.lower()](data, str(path))
