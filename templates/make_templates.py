"""Generate tailor's bundled Word templates: the résumés ``default.docx`` ("classic") and ``compact.docx``,
and the cover letters that go with them, ``letter-classic.docx`` and ``letter-compact.docx``.

Run it from anywhere; it rewrites the templates next to itself, or writes them
into the folder given::

    python templates/make_templates.py [FOLDER]

The templates are built in code so that their layout is reviewable as text and
can be regenerated after a change. Both are deliberately ATS-safe: one column,
real text, no tables or text boxes, real Heading and "List Bullet" styles, and
keep-with-next on every heading and role line, so no heading is ever left alone
at the foot of a page.

docxtpl rules the templates follow (see templates/README.md):

* every jinja tag sits whole inside one run, so Word's run splitting cannot break it;
* texts that may carry emphasis (bullets, education details, the summary) are
  printed with ``{{r … }}`` from their ``…rich`` variables, whose runs are italic
  or bold where the CV says so;
* ``{%p ... %}`` tags stand alone in their own paragraph, which docxtpl removes,
  so an empty section (its ``{%p if %}`` false) leaves no blank line behind;
* loops repeat one "List Bullet" paragraph; bullets, never numbering, because
  numbering would not restart from one role to the next.

A letter and its résumé share one design (:class:`Design`): the same fonts, colours,
margins and header, the name over the contact line, so the pair reads as one
application. A letter template holds no words of its own: only the owner's texts
and the posting's details, each in a paragraph that disappears when it is empty.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.styles.style import BaseStyle

from tailor.documents.render import stamped

HERE = Path(__file__).resolve().parent

# Calibri is on every Word install; LibreOffice swaps in the metric-compatible
# Carlito, so line breaks and the date column land in the same places in both.
FONT = "Calibri"
INK = RGBColor(0x1A, 0x1A, 0x1A)  # near-black body text: softer than pure black, prints black
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)  # dark navy for the name and headings
MUTED = RGBColor(0x55, 0x55, 0x55)  # secondary details: contact line, locations

PAGE_WIDTH, PAGE_HEIGHT = Cm(21), Cm(29.7)  # A4

# A fixed timestamp keeps the template's own metadata stable across regenerations;
# render_docx overwrites it with the render date anyway.
TEMPLATE_DATE = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Design:
    """Everything that differs between the bundled templates: sizes in points, margins in cm."""

    filename: str
    letter_filename: str
    margin_x: float
    margin_y: float
    body: float
    name: float
    headline: float
    contact: float
    heading: float
    heading_before: float
    heading_after: float
    entry: float
    entry_before: float
    detail: float
    dates: float
    """A touch smaller than the entry line, so that a long role line keeps its dates on it."""
    bullet: float
    bullet_after: float
    qualifier_before: float
    """Space over a qualifier line, setting its group of bullets apart from the one before."""
    publication: float
    inline_location: bool
    """Location on the role line (saves a line per role) rather than on a line of its own."""
    one_extras_section: bool
    """Languages and interests as labelled lines under Skills rather than sections of their own."""
    letter_paragraph_after: float
    """Space under each paragraph of a letter."""
    letter_date_inline: bool
    """The letter's date at the right margin of the company's line, rather than on a line of its own above it."""

    @property
    def text_width(self) -> Emu:
        """Where the right tab stop for dates goes: the right edge of the text area."""
        return Emu(PAGE_WIDTH - 2 * Cm(self.margin_x))


CLASSIC = Design(
    filename="default.docx",
    letter_filename="letter-classic.docx",
    margin_x=1.8,
    margin_y=1.8,
    body=10.5,
    name=20,
    headline=11.5,
    contact=9.5,
    heading=12,
    heading_before=11,
    heading_after=4,
    entry=10.5,
    entry_before=6,
    detail=9.5,
    dates=10,
    bullet=10,
    bullet_after=1.5,
    qualifier_before=2,
    publication=10,
    inline_location=False,
    one_extras_section=False,
    letter_paragraph_after=9,
    letter_date_inline=False,
)
COMPACT = Design(
    filename="compact.docx",
    letter_filename="letter-compact.docx",
    margin_x=1.4,
    margin_y=1.2,
    body=9.5,
    name=16,
    headline=10,
    contact=8.5,
    heading=10.5,
    heading_before=7,
    heading_after=2.5,
    entry=9.5,
    entry_before=4,
    detail=8.5,
    dates=9,
    bullet=9,
    bullet_after=0.5,
    qualifier_before=1,
    publication=9,
    inline_location=True,
    one_extras_section=True,
    letter_paragraph_after=7,
    letter_date_inline=True,
)
DESIGNS = (CLASSIC, COMPACT)


# --------------------------------------------------------------------------- styles


def _set_fonts(style: BaseStyle, name: str) -> None:
    """Name the font explicitly, dropping the theme-font attributes that would override it."""
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), name)


def _bottom_border(style: BaseStyle, color: RGBColor, eighths_of_pt: int = 6) -> None:
    """Give a paragraph style a thin rule under it (the usual résumé section divider)."""
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(eighths_of_pt))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), str(color))
    border.append(bottom)
    # Schema order: pBdr comes after keepNext/keepLines/pageBreakBefore and before spacing.
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        spacing.addprevious(border)
    else:
        ppr.append(border)


def _remove_borders(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)


@dataclass(frozen=True)
class Look:
    """The character and paragraph look of one style."""

    size: float
    bold: bool = False
    italic: bool = False
    small_caps: bool = False
    color: RGBColor = INK
    before: float = 0
    after: float = 0
    keep_with_next: bool = False


def _apply(style: BaseStyle, look: Look) -> None:
    _set_fonts(style, FONT)
    font = style.font
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    font.small_caps = look.small_caps
    font.color.rgb = look.color
    fmt = style.paragraph_format
    fmt.space_before = Pt(look.before)
    fmt.space_after = Pt(look.after)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = look.keep_with_next


def _paragraph_style(doc: DocumentObject, name: str, look: Look) -> BaseStyle:
    """Create a custom paragraph style based on Normal, or restyle an existing one."""
    styles = doc.styles
    if name in [s.name for s in styles]:
        style = styles[name]
    else:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    _apply(style, look)
    return style


def _bullet_numbering(doc: DocumentObject) -> None:
    """Tighten the "List Bullet" indent and draw its bullet from the body font.

    numbering.xml wins over the style's own indent. Word's stock bullet is a private-use
    Symbol-font glyph that comes out of PDF text extraction as junk; a real U+2022 in
    the body font looks the same and reads as a bullet everywhere.
    """
    numbering = doc.part.numbering_part.element
    bullet_style_id = doc.styles["List Bullet"].style_id
    for lvl in numbering.iter(qn("w:lvl")):
        pstyle = lvl.find(qn("w:pStyle"))
        if pstyle is None or pstyle.get(qn("w:val")) != bullet_style_id:
            continue
        ind = lvl.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        tab = lvl.find(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
        if ind is not None:
            ind.set(qn("w:left"), "284")  # 0.5 cm, in twentieths of a point
            ind.set(qn("w:hanging"), "227")  # 0.4 cm for the bullet itself
        if tab is not None:
            tab.set(qn("w:pos"), "284")
        lvl.find(qn("w:lvlText")).set(qn("w:val"), "\u2022")
        rfonts = lvl.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if rfonts is not None:
            for attr in list(rfonts.attrib):
                del rfonts.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                rfonts.set(qn(attr), FONT)


def style_document(doc: DocumentObject, design: Design) -> None:
    """Page setup and every style the template uses."""
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = Cm(design.margin_x)
    section.top_margin = section.bottom_margin = Cm(design.margin_y)
    section.header_distance = section.footer_distance = Cm(min(1, design.margin_y / 2))

    # Styles not touched below (tables, captions…) should still default to our font.
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    rfonts = defaults.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), FONT)

    normal = doc.styles["Normal"]
    _apply(normal, Look(size=design.body, after=design.body / 3.5))
    # No single line of a paragraph alone at the top or foot of a page.
    normal.paragraph_format.widow_control = True

    title = doc.styles["Title"]
    _apply(title, Look(size=design.name, bold=True, color=ACCENT, after=1))
    _remove_borders(title)
    title_rpr = title.element.get_or_add_rPr()
    for tag in ("w:spacing", "w:kern"):  # the stock Title letter-spacing looks loose at 20 pt
        for old in title_rpr.findall(qn(tag)):
            title_rpr.remove(old)

    _paragraph_style(doc, "CV Headline", Look(size=design.headline, color=ACCENT, after=1))
    _paragraph_style(doc, "CV Contact", Look(size=design.contact, color=MUTED, after=2))

    heading = doc.styles["Heading 1"]
    look = Look(
        size=design.heading,
        bold=True,
        small_caps=True,
        color=ACCENT,
        before=design.heading_before,
        after=design.heading_after,
        keep_with_next=True,
    )
    _apply(heading, look)
    heading.paragraph_format.keep_together = True
    _bottom_border(heading, ACCENT)

    # An entry's line and its detail line keep with what is under them; the same looks without that ("CV Line",
    # "CV Line Detail") end an entry with nothing under them (a certificate, a degree without details), or
    # every such entry of a section would be chained to the next and the whole section moved to a new page.
    for name, keep in (("CV Entry", True), ("CV Line", False)):
        entry = _paragraph_style(
            doc, name, Look(size=design.entry, before=design.entry_before, after=0, keep_with_next=keep)
        )
        entry.paragraph_format.keep_together = True
        entry.paragraph_format.tab_stops.add_tab_stop(design.text_width, WD_TAB_ALIGNMENT.RIGHT)
    for name, keep in (("CV Entry Detail", True), ("CV Line Detail", False)):
        _paragraph_style(doc, name, Look(size=design.detail, italic=True, color=MUTED, after=1, keep_with_next=keep))

    dates = doc.styles.add_style("CV Dates", WD_STYLE_TYPE.CHARACTER)
    dates.font.size = Pt(design.dates)
    dates.font.color.rgb = INK
    # The location on a compact role line: quieter than the role and employer.
    place = doc.styles.add_style("CV Place", WD_STYLE_TYPE.CHARACTER)
    place.font.size = Pt(design.detail)
    place.font.italic = True
    place.font.color.rgb = MUTED

    # The step of a role that the bullets below it belong to ("As postdoc:"): a quiet label,
    # kept with its first bullet.
    qualifier = _paragraph_style(
        doc, "CV Qualifier", Look(size=design.bullet, italic=True, before=design.qualifier_before, keep_with_next=True)
    )
    qualifier.paragraph_format.keep_together = True

    bullet = doc.styles["List Bullet"]
    _apply(bullet, Look(size=design.bullet, after=design.bullet_after))
    # A bullet is one claim: never split it across two pages.
    bullet.paragraph_format.keep_together = True
    _bullet_numbering(doc)

    publication = _paragraph_style(
        doc, "CV Publication", Look(size=design.publication, after=design.bullet_after + 0.5)
    )
    publication.paragraph_format.keep_together = True
    # A hanging indent lets the year stand out at the left edge when a line wraps.
    publication.paragraph_format.left_indent = Cm(0.5)
    publication.paragraph_format.first_line_indent = Cm(-0.5)


# ------------------------------------------------------------------------- content


def _para(doc: DocumentObject, style: str, *runs: str | tuple[str, str]) -> None:
    """Add a paragraph whose runs are plain text or ``(text, look)`` pairs.

    ``look`` is ``"b"`` (bold), ``"i"`` (italic) or the name of a character style.

    Each run carries whole jinja tags: docxtpl only finds tags that Word has not
    split across runs.
    """
    paragraph = doc.add_paragraph(style=style)
    for run in runs:
        text, look = (run, "") if isinstance(run, str) else run
        r = paragraph.add_run(text)
        if look == "b":
            r.bold = True
        elif look == "i":
            r.italic = True
        elif look:
            r.style = doc.styles[look]


def _either(doc: DocumentObject, condition: str, kept: str, alone: str, *runs: str | tuple[str, str]) -> None:
    """The same paragraph in style ``kept`` where ``condition`` holds (something under it to keep it with),
    else in style ``alone``."""
    _control(doc, f"{{%p if {condition} %}}")
    _para(doc, kept, *runs)
    _control(doc, "{%p else %}")
    _para(doc, alone, *runs)
    _control(doc, "{%p endif %}")


def _control(doc: DocumentObject, tag: str) -> None:
    """A ``{%p … %}`` paragraph: docxtpl replaces the whole paragraph by the tag."""
    doc.add_paragraph(tag, style="Normal")


TITLE = "{{ role.title or role.employer }}"
"""The bold head of a role line: the title, or the employer where the CV gives no title or the qualifiers over the
bullets give each title of a progression."""
EMPLOYER = "{% if role.title and role.employer %}, {{ role.employer }}{% endif %}"
"""The employer after the bold title, where the CV gives both."""


def _experience(doc: DocumentObject, design: Design) -> None:
    _control(doc, "{%p if experience %}")
    # Roles of a section of their own ("Volunteer Experience", "Projects") come last, the first of each under
    # the section's heading; "Experience" heads the others, where there are any.
    _control(doc, "{%p if experience_heading %}")
    doc.add_paragraph("Experience", style="Heading 1")
    _control(doc, "{%p endif %}")
    _control(doc, "{%p for role in experience %}")
    _control(doc, "{%p if role.section_start %}")
    doc.add_paragraph("{{ role.section }}", style="Heading 1")
    _control(doc, "{%p endif %}")
    if design.inline_location:
        _para(
            doc,
            "CV Entry",
            (TITLE, "b"),
            EMPLOYER,
            ("{% if role.location %}  ·  {{ role.location }}{% endif %}", "CV Place"),
            ("\t{{ role.dates }}", "CV Dates"),
        )
    else:
        _para(doc, "CV Entry", (TITLE, "b"), EMPLOYER, ("\t{{ role.dates }}", "CV Dates"))
        _control(doc, "{%p if role.location %}")
        _para(doc, "CV Entry Detail", "{{ role.location }}")
        _control(doc, "{%p endif %}")
    # Bullets under the qualifier they belong to ("As postdoc:"), in the groups the role's
    # steps make; a group without one (the whole role's) has no line over it.
    _control(doc, "{%p for g in role.groups %}")
    _control(doc, "{%p if g.qualifier %}")
    _para(doc, "CV Qualifier", "{{ g.qualifier }}:")
    _control(doc, "{%p endif %}")
    _control(doc, "{%p for b in g.bullets %}")
    _para(doc, "List Bullet", "{{r b.rich }}")
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endif %}")


NOT_ALONE = "(not loop.last and (loop.first or loop.revindex == 2))"
"""Whether an entry keeps with the next one of its section (its last line "keep with next"): the first and the
last but one do, so that neither the first entry of a section is left alone at the foot of a page nor its last alone
at the head of the next (widow control, by entries). A section of two or three entries stays whole; a longer one
may break between its others. True only inside the loop over the section's entries."""


def _education(doc: DocumentObject, design: Design) -> None:
    _control(doc, "{%p if education %}")
    doc.add_paragraph("Education", style="Heading 1")
    _control(doc, "{%p for e in education %}")
    if design.inline_location:
        line: tuple[str | tuple[str, str], ...] = (
            ("{{ e.degree }}", "b"),
            ", {{ e.institution }}",
            ("{% if e.location %}  ·  {{ e.location }}{% endif %}", "CV Place"),
            ("\t{{ e.dates }}", "CV Dates"),
        )
        _either(doc, f"e.grade or e.details_rich or {NOT_ALONE}", "CV Entry", "CV Line", *line)
        _control(doc, "{%p if e.grade %}")
        grade = "{{ e.grade_label }}{{ e.grade }}"
        _either(doc, f"e.details_rich or {NOT_ALONE}", "CV Entry Detail", "CV Line Detail", grade)
        _control(doc, "{%p endif %}")
    else:
        line = (("{{ e.degree }}", "b"), ", {{ e.institution }}", ("\t{{ e.dates }}", "CV Dates"))
        _either(doc, f"e.location or e.grade or e.details_rich or {NOT_ALONE}", "CV Entry", "CV Line", *line)
        _control(doc, "{%p if e.location or e.grade %}")
        detail = (
            "{{ e.location }}{% if e.location and e.grade %}  ·  {% endif %}"
            "{% if e.grade %}{{ e.grade_label }}{{ e.grade }}{% endif %}"
        )
        _either(doc, f"e.details_rich or {NOT_ALONE}", "CV Entry Detail", "CV Line Detail", detail)
        _control(doc, "{%p endif %}")
    _control(doc, "{%p for d in e.details_rich %}")
    _para(doc, "List Bullet", "{{r d }}")
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endif %}")


def _publications(doc: DocumentObject) -> None:
    _control(doc, "{%p if publications %}")
    # The papers under Publications with the link to their full list, then each section of its own
    # ("Presentations") under its heading.
    _control(doc, "{%p if publications_heading %}")
    doc.add_paragraph("Publications", style="Heading 1")
    _control(doc, "{%p endif %}")
    _control(doc, "{%p for p in publications if not p.section %}")
    _publication(doc)
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p if publications_link and publications_heading %}")
    _para(doc, "CV Entry Detail", "Full list: {{ publications_link }}")
    _control(doc, "{%p endif %}")
    _control(doc, "{%p for p in publications if p.section %}")
    _control(doc, "{%p if p.section_start %}")
    doc.add_paragraph("{{ p.section }}", style="Heading 1")
    _control(doc, "{%p endif %}")
    _publication(doc)
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endif %}")


def _publication(doc: DocumentObject) -> None:
    _para(
        doc,
        "CV Publication",
        ("{{ p.year }}", "b"),
        "{% if p.year %} — {% endif %}",
        "{{r p.title_rich }}",  # alone in its run, as docxtpl's rich text must be: a gene's or species' italics
        "{% if p.venue %}, {% endif %}",
        ("{{ p.venue }}", "i"),
    )


def _credentials(doc: DocumentObject, heading: str, items: str) -> None:
    """Certificates or awards: a line each, every one the CV holds, name first; a certificate that runs out
    says until when ("valid through Aug 2026"), or that it has ("expired Aug 2025")."""
    _control(doc, f"{{%p if {items} %}}")
    doc.add_paragraph(heading, style="Heading 1")
    _control(doc, f"{{%p for c in {items} %}}")
    _either(
        doc,
        NOT_ALONE,
        "CV Entry",
        "CV Line",
        ("{{ c.name }}", "b"),
        "{% if c.issuer %}, {{ c.issuer }}{% endif %}"
        "{% if c.expires %} ({% if c.expired %}expired{% else %}valid through{% endif %} {{ c.expires }}){% endif %}",
        ("\t{{ c.date }}", "CV Dates"),
    )
    _control(doc, "{%p endfor %}")
    _control(doc, "{%p endif %}")


EXTRAS_HEADING = (
    "{% if skills %}Skills{% endif %}"
    "{% if skills and languages %}{% if interests %}, {% else %} & {% endif %}{% endif %}"
    "{% if languages %}Languages{% endif %}"
    "{% if interests and (skills or languages) %} & {% endif %}{% if interests %}Interests{% endif %}"
)
"""The heading of the compact template's one section of skills, languages and interests: what it holds ("Skills &
Languages", "Skills, Languages & Interests"), never a heading that promises interests a CV has none of."""


def _extras(doc: DocumentObject, design: Design) -> None:
    if design.one_extras_section:
        # One heading, labelled lines: three short sections would spend more height
        # on headings than on content. Every line is labelled, so they read as a set;
        # grouped skills are labelled by their groups instead of "Skills".
        _control(doc, "{%p if skills or languages or interests %}")
        doc.add_paragraph(EXTRAS_HEADING, style="Heading 1")
        _control(doc, "{%p if skill_groups %}")
        _skill_groups(doc)
        _control(doc, "{%p elif skills %}")
        _para(doc, "Normal", ("Skills: ", "b"), "{{ skills_line }}")
        _control(doc, "{%p endif %}")
        for label, items, line in (
            ("Languages", "languages", "languages_line"),
            ("Interests", "interests", "interests_line"),
        ):
            _control(doc, f"{{%p if {items} %}}")
            _para(doc, "Normal", (f"{label}: ", "b"), f"{{{{ {line} }}}}")
            _control(doc, "{%p endif %}")
        _control(doc, "{%p endif %}")
        return
    _control(doc, "{%p if skills %}")
    doc.add_paragraph("Skills", style="Heading 1")
    _control(doc, "{%p if skill_groups %}")
    _skill_groups(doc)
    _control(doc, "{%p else %}")
    _para(doc, "Normal", "{{ skills_line }}")
    _control(doc, "{%p endif %}")
    _control(doc, "{%p endif %}")
    for heading, items, line in (
        ("Languages", "languages", "languages_line"),
        ("Interests", "interests", "interests_line"),
    ):
        _control(doc, f"{{%p if {items} %}}")
        doc.add_paragraph(heading, style="Heading 1")
        _para(doc, "Normal", f"{{{{ {line} }}}}")
        _control(doc, "{%p endif %}")


def _skill_groups(doc: DocumentObject) -> None:
    """A line per group of the chosen skills, its name in bold as the CV writes it ("Clinical: wound care, IV
    therapy"); the skills of no group on a line without a name, since any name there would be one the CV does
    not give."""
    _control(doc, "{%p for s in skill_groups %}")
    _para(doc, "Normal", ("{% if s.name %}{{ s.name }}: {% endif %}", "b"), "{{ s.line }}")
    _control(doc, "{%p endfor %}")


DATE_WORDS = (
    '{%p set present = "Present" %}',
    '{%p set months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] %}',
    '{%p set date_format = "MMM YYYY" %}',
)
"""How dates print, in words a copy of the template can change (another language, 03/2021)."""


def write_content(doc: DocumentObject, design: Design) -> None:
    """The résumé body, section by section, in reading order."""
    for words in DATE_WORDS:
        _control(doc, words)
    _para(doc, "Title", "{{ name }}")
    _control(doc, "{%p if headline %}")
    _para(doc, "CV Headline", "{{ headline }}")
    _control(doc, "{%p endif %}")
    _para(doc, "CV Contact", "{{ contact_line }}")

    _control(doc, "{%p if summary %}")
    doc.add_paragraph("Profile", style="Heading 1")
    _para(doc, "Normal", "{{r summary_rich }}")
    _control(doc, "{%p endif %}")

    # A student's or new graduate's résumé opens with their studies (``education_first``). Certificates and
    # licences are qualifications as a degree is, and often a job's condition (a nurse's or pharmacist's licence, a
    # CPA): they follow Education wherever it stands, not the publications, which can run to pages.
    _control(doc, "{%p if education_first %}")
    _education(doc, design)
    _credentials(doc, "Certificates", "certificates")
    _control(doc, "{%p endif %}")
    _experience(doc, design)
    _control(doc, "{%p if not education_first %}")
    _education(doc, design)
    _credentials(doc, "Certificates", "certificates")
    _control(doc, "{%p endif %}")
    _publications(doc)
    _credentials(doc, "Awards", "awards")
    _extras(doc, design)


def style_letter(doc: DocumentObject, design: Design) -> None:
    """The letter's own paragraph styles, on top of the résumé's (:func:`style_document`)."""
    # The résumé's contact line, ruled off like its section headings: a letterhead.
    contact = _paragraph_style(
        doc, "Letter Contact", Look(size=design.contact, color=MUTED, after=design.heading_before)
    )
    _bottom_border(contact, ACCENT)
    body = _paragraph_style(doc, "Letter Body", Look(size=design.body, after=design.letter_paragraph_after))
    body.paragraph_format.line_spacing = 1.1
    # A paragraph is never split over two pages.
    body.paragraph_format.keep_together = True
    for name, after in (("Letter Date", design.letter_paragraph_after / 2), ("Letter Address", 0)):
        style = _paragraph_style(doc, name, Look(size=design.body, after=after, keep_with_next=True))
        style.paragraph_format.tab_stops.add_tab_stop(design.text_width, WD_TAB_ALIGNMENT.RIGHT)
    _paragraph_style(
        doc,
        "Letter Subject",
        Look(size=design.entry + 1, bold=True, color=ACCENT, before=design.heading_before, after=design.heading_before),
    )
    _paragraph_style(
        doc, "Letter Sign-off", Look(size=design.body, before=design.letter_paragraph_after / 2, keep_with_next=True)
    )
    _paragraph_style(doc, "Letter Signature", Look(size=design.entry, bold=True, before=design.body * 1.5))


def _para_if(doc: DocumentObject, condition: str, style: str, text: str) -> None:
    """A paragraph that is there only when ``condition`` holds (``{%p if … %}`` around it)."""
    _control(doc, f"{{%p if {condition} %}}")
    _para(doc, style, text)
    _control(doc, "{%p endif %}")


def write_letter(doc: DocumentObject, design: Design) -> None:
    """The letter: the résumé's header, the date and whom it goes to, the job, then the owner's texts."""
    _para(doc, "Title", "{{ name }}")
    _para(doc, "Letter Contact", "{{ contact_line }}")
    if design.letter_date_inline:
        _para_if(doc, "hiring_manager", "Letter Address", "{{ hiring_manager }}")
        _para(doc, "Letter Address", "{{ company }}\t{{ date }}")
    else:
        _para(doc, "Letter Date", "{{ date }}")
        _para_if(doc, "hiring_manager", "Letter Address", "{{ hiring_manager }}")
        _para_if(doc, "company", "Letter Address", "{{ company }}")
    _para_if(doc, "title", "Letter Subject", "{{ title }}")
    _para_if(doc, "greeting", "Letter Body", "{{r greeting_rich }}")
    _control(doc, "{%p for p in paragraphs_rich %}")
    _para(doc, "Letter Body", "{{r p }}")
    _control(doc, "{%p endfor %}")
    _para_if(doc, "sign_off", "Letter Sign-off", "{{r sign_off_rich }}")
    _para(doc, "Letter Signature", "{{ name }}")


# ------------------------------------------------------------------------ metadata


def neutral_metadata(doc: DocumentObject) -> None:
    """Blank python-docx's stock metadata so none of it leaks into a résumé."""
    props = doc.core_properties
    for field in (
        "author",
        "title",
        "subject",
        "comments",
        "keywords",
        "category",
        "last_modified_by",
        "content_status",
        "identifier",
        "language",
        "version",
    ):
        setattr(props, field, "")
    props.author = "tailor"
    props.revision = 1
    props.created = props.modified = TEMPLATE_DATE.replace(tzinfo=None)
    # The stock package carries a thumbnail of an unrelated blank page, which file
    # browsers would show as the résumé's preview, and app.xml claiming "Microsoft
    # Macintosh Word", a Normal.dotm template and a stale page count.
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del package.rels[rid]


def build_template(design: Design = CLASSIC, *, letter: bool = False) -> DocumentObject:
    """One bundled template as an in-memory document: the résumé of ``design``, or with ``letter`` its letter."""
    doc = Document()
    # The stock document starts with one empty paragraph; start from a clean body.
    body = doc.element.body
    for paragraph in body.findall(qn("w:p")):
        body.remove(paragraph)
    style_document(doc, design)
    if letter:
        style_letter(doc, design)
        write_letter(doc, design)
    else:
        write_content(doc, design)
    neutral_metadata(doc)
    return doc


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE
    for design in DESIGNS:
        for letter, name in ((False, design.filename), (True, design.letter_filename)):
            output = folder / name
            buffer = io.BytesIO()
            build_template(design, letter=letter).save(buffer)
            # Dated like the metadata, so that regenerating unchanged templates changes no byte.
            output.write_bytes(stamped(buffer.getvalue(), TEMPLATE_DATE.date()))
            print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
