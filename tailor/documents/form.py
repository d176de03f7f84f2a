"""The form of a .docx as an ATS meets it: headings, tables, text boxes, images, hidden text, properties.

Each check returns ``(kind, message)`` pairs, the message saying what is wrong
and how to fix it; :mod:`tailor.documents.check` turns them into its problems.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

from tailor.documents.styles import ON, Styles

STANDARD_HEADING_WORDS = frozenset(
    # One string, split: a word per line would make the list 50 lines long.
    """
    experience work employment professional career history education academic qualifications training
    publications research papers skills technical competencies expertise languages profile summary
    objective interests hobbies activities certifications certificates licenses awards honors honours
    achievements projects volunteering volunteer leadership references contact information personal
    additional courses coursework affiliations memberships patents presentations talks teaching community
    service involvement extracurricular board grants funding
    postgraduate residency fellowship committees appointments
    portfolio clips bylines published articles writing samples
    """.split()  # noqa: SIM905
)
"""Words that name the résumé sections ATS parsers look for (and an academic CV's own: "Postgraduate Training",
"Residency and Fellowship", "Committees", "Appointments", and a writer's: "Portfolio", "Selected Clips", "Published
Work", "Writing Samples", as the importer reads them)."""
HEADING_FILLER = frozenset(["and", "&", "of", "key", "relevant", "selected", "other", "core", "areas"])
MOST_HEADING_WORDS = 4
"""A heading that names a section ATS look for may say more of it ("Conference Presentations", "Invited Talks",
"Clinical Teaching Experience"), in a few words: a parser finds the section by its word. A heading of more words is a
sentence, no heading a parser reads."""
TOOL_AUTHORS = frozenset({"python-docx", "tailor", "microsoft office user", "author", "user", "admin"})
"""Authors that name a program or a default account, not the candidate."""
MIN_VISIBLE_POINTS = 6.0
"""Text smaller than this is unreadable in print: hidden, as far as a reader is concerned."""

TEXT_BOX = ("w:txbxContent", "v:textbox", "wps:txbx")
NAMESPACES = {
    "v": "urn:schemas-microsoft-com:vml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}

Found = list[tuple[str, str]]
"""(kind, message) pairs."""


def problems(document: Any, name: str | None) -> Found:
    """Everything wrong with the form of the python-docx ``document`` whose owner is ``name`` (if known)."""
    return [*_headings(document), *_containers(document), *_hidden(document), *_properties(document, name)]


def _headings(document: Any) -> Found:
    styles, found = Styles(document), []
    levels: list[tuple[int, str]] = []
    for p in document.element.body.iterchildren(qn("w:p")):
        style = styles.styles.get(styles.paragraph_style(p))
        style_name = style.find(qn("w:name")).get(qn("w:val")) if style is not None else ""
        if (level := _HEADING_LEVEL.fullmatch(style_name.strip())) and _paragraph_text(p):
            levels.append((int(level.group(1) or 1), _paragraph_text(p)))
    # The sections are the headings of the top level used; those under them (a role in Heading 2 under
    # "Experience" in Heading 1) head entries, not sections.
    top = min((level for level, _ in levels), default=1)
    headings = [text for level, text in levels if level == top]
    for heading in headings:
        words = set(re.findall(r"[\w&]+", heading.lower()))
        if not (words & STANDARD_HEADING_WORDS and len(words - HEADING_FILLER) <= MOST_HEADING_WORDS):
            message = (
                f'The section heading "{heading}" is not a standard one; ATS look for words such as Experience, '
                "Education, Skills, Publications, Languages, Summary."
            )
            found.append(("heading", message))
    if not headings:
        found.append(("heading", "No section headings in a Heading style; ATS use them to find sections."))
    return found


_HEADING_LEVEL = re.compile(r"(?i)heading\s*(\d)?")
"""A heading style's name ("Heading 2"), with its level."""


def _containers(document: Any) -> Found:
    body, found = document.element.body, []
    for table in body.iter(qn("w:tbl")):
        if text := _block_text(table):
            found.append(("table", f'Text in a table ("{shortened(text)}"); many ATS skip tables: use paragraphs.'))
    # Word writes a text box twice (DrawingML and a VML fallback): report each text once.
    boxes = {_block_text(box) for tag in TEXT_BOX for box in body.iter(_qualified(tag))}
    for text in sorted(boxes):
        found.append(("text box", f'Text in a text box ("{shortened(text) or "empty"}"); ATS skip text boxes.'))
    images = sum(1 for tag in ("pic:pic", "v:imagedata") for _ in body.iter(_qualified(tag)))
    if images:
        found.append(("image", f"{images} image(s) in the body; ATS cannot read images: type any text they hold."))
    return found


def _hidden(document: Any) -> Found:
    styles, found = Styles(document), []
    for p in document.element.body.iter(qn("w:p")):
        style = styles.paragraph_style(p)
        shaded = _shaded(p.find(qn("w:pPr")))
        for run in p.iterchildren(qn("w:r")):
            text = _paragraph_text(run)
            if not text:
                continue
            if styles.run(run, style, "w:vanish") in ON:
                found.append(("hidden text", f'Hidden text: "{shortened(text)}"; delete it.'))
            elif styles.size(run, style) < MIN_VISIBLE_POINTS:
                found.append(("hidden text", f'Text smaller than {MIN_VISIBLE_POINTS:.0f} pt: "{shortened(text)}".'))
            elif _white(styles, run, style) and not (shaded or _shaded(run.find(qn("w:rPr")))):
                found.append(("hidden text", f'White text: "{shortened(text)}"; ATS read it, readers cannot.'))
    return found


def _properties(document: Any, name: str | None) -> Found:
    """The author recruiters see under File → Properties should be the candidate."""
    author = (document.core_properties.author or "").strip()
    if not author or author.lower() in TOOL_AUTHORS:
        said = f"is {author!r}" if author else "is not set"
        message = (
            f"The document's author {said}, which recruiters see under File → Properties; "
            "set it to your name (tailor does)."
        )
        return [("properties", message)]
    if name and author != name:
        return [("properties", f"The document's author is {author!r}, not {name!r}.")]
    return []


def _white(styles: Styles, run: Any, style: str) -> bool:
    color = (styles.run(run, style, "w:color") or "").upper()
    theme = styles.run(run, style, "w:color", "w:themeColor") or ""
    return color == "FFFFFF" or theme in ("background1", "light1")


def _shaded(properties: Any) -> bool:
    """True if a paragraph or run has a background (shading or highlight) other than white: white text shows on it."""
    if properties is None:
        return False
    shd, highlight = properties.find(qn("w:shd")), properties.find(qn("w:highlight"))
    if shd is not None and (shd.get(qn("w:fill")) or "auto").upper() not in ("AUTO", "FFFFFF"):
        return True
    return highlight is not None and highlight.get(qn("w:val")) not in (None, "none", "white")


def _qualified(tag: str) -> str:
    prefix, name = tag.split(":")
    return qn(tag) if prefix == "w" else f"{{{NAMESPACES[prefix]}}}{name}"


def _paragraph_text(element: Any) -> str:
    """The text of a paragraph or run, its pieces joined as Word shows them."""
    return "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()


def _block_text(element: Any) -> str:
    """The text of a table or text box, a space between its paragraphs."""
    return " ".join(text for p in element.iter(qn("w:p")) if (text := _paragraph_text(p)))


def shortened(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis the last, to quote in a problem's message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
