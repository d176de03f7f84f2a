"""A match as one self-contained HTML page: the posting with its keywords marked, beside the choices.

The page shows the posting as tailor read it, each section with its kind and weight
(sections that do not count are dimmed), every keyword highlighted by its coverage
status; and beside it the bullets a résumé would keep, grouped by role, with their
scores and matched terms, then the keyword coverage. It has no external assets and no
script, so it can be mailed, archived or printed as it is.

This module turns a :class:`~tailor.results.Match` into plain view data (pure, no
I/O); the template ``tailor/data/report.html.j2`` lays it out. Every posting and CV
text reaches the page through Jinja's autoescaping: nothing here builds HTML by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tailor import __version__, resources
from tailor.analysis import locate, word_of
from tailor.coverage import KeywordCoverage, Status
from tailor.cv.dates import DEFAULT_STYLE
from tailor.posting.items import list_lines
from tailor.rank import label_rules
from tailor.report import details, labels, term_words

if TYPE_CHECKING:
    from tailor.cv.model import Bullet
    from tailor.letter import LetterChoice
    from tailor.posting.structure import Section
    from tailor.rank import ScoredItem
    from tailor.results import Match

TEMPLATE = Path(__file__).resolve().parent / "data" / "report.html.j2"

_NAMED = ("Title", "Company")
"""Details the header names in its own words ("for <title> at <company>")."""

STATUS_MARK: dict[Status, str] = {"selected": "✓", "available": "~", "absent": "✗"}
"""Marks that say a keyword's status without colour (the terminal report uses the same)."""
STATUS_MEANING: dict[Status, str] = {
    "selected": "in the résumé",
    "available": "in your CV, not selected",
    "absent": "not in your CV",
}


@dataclass(frozen=True)
class Run:
    """A stretch of posting text with one look: plain, bold, and/or a highlighted keyword."""

    text: str
    strong: bool = False
    keyword: KeywordCoverage | None = None
    last: bool = False
    """The last run of a keyword occurrence: it carries the status mark."""
    br: bool = False
    """A line break the page shows: the next line starts with a label of its own ("Contract: …")."""


Inline = list[Run]


@dataclass(frozen=True)
class Block:
    kind: Literal["heading", "paragraph", "ul", "ol"]
    items: list[Inline]
    """One item for a heading or paragraph; one per list item."""


@dataclass(frozen=True)
class SectionView:
    kind: str
    heading: str
    weight: float
    blocks: list[Block]

    @property
    def counted(self) -> bool:
        return self.weight > 0


@dataclass(frozen=True)
class BulletView:
    id: str
    text: str
    score: float
    terms: tuple[str, ...]
    step: str
    """Which step of a role progression it belongs to, as the CV says; ``""`` for none."""
    related: tuple[str, ...] = ()
    """Those of ``terms`` the posting does not say, counted as related to one it does."""
    context: tuple[str, ...] = ()
    """Those of ``terms`` the bullet does not say and its role does (:attr:`tailor.rank.ScoredItem.context`)."""


@dataclass(frozen=True)
class RoleView:
    employer: str
    role: str
    dates: str
    location: str
    bullets: list[BulletView]
    total: int
    """Bullets of this role in the CV."""
    section: str = ""
    """The résumé section it prints under, where not Experience ("Volunteer Experience")."""


@dataclass(frozen=True)
class LetterPartView:
    id: str
    kind: str
    text: str
    """As the letter prints it (slots filled), or for a text left out, as written."""
    score: float
    reason: str


@dataclass(frozen=True)
class LetterView:
    printed: list[LetterPartView]
    skipped: list[LetterPartView]
    slots: list[tuple[str, str]]
    """Each slot the posting filled, and its value."""


def html_report(result: Match, today: dt.date, letter: LetterChoice | None = None) -> str:
    """The report of ``result`` as a complete HTML5 document, dated ``today``; with ``letter``, the
    cover letter's texts too, each with why it was used or left out.

    Deterministic: the same match and date give the same text.
    """
    return resources.page_template(TEMPLATE).render({**_context(result, today), "letter": _letter(letter)})


def _letter(letter: LetterChoice | None) -> LetterView | None:
    if letter is None:
        return None
    values = letter.values
    return LetterView(
        printed=[LetterPartView(p.id, p.kind, p.plain(values), p.score, p.reason) for p in letter.printed],
        skipped=[LetterPartView(p.id, p.kind, p.text, p.score, p.reason) for p in letter.skipped],
        slots=[(name, value) for name, value in values.items() if name != "date"],
    )


def _bullet_view(bullet: Bullet, item: ScoredItem, words: dict[str, str]) -> BulletView:
    """A kept bullet as the page shows it: its matched terms in the words of :func:`tailor.report.term_words`."""
    related = _worded(item.related, words)
    around = _worded(tuple(t for t in item.context if t not in item.related), words)
    terms = _worded(item.terms, words)
    return BulletView(bullet.id, bullet.plain, item.score, terms, bullet.role or "", related, around)


def _worded(terms: tuple[str, ...], words: dict[str, str]) -> tuple[str, ...]:
    """Terms in their words (:func:`tailor.report.term_words`), each once."""
    return tuple(dict.fromkeys(words.get(term, word_of(term)) for term in terms))


def _context(result: Match, today: dt.date) -> dict[str, Any]:
    """What the template shows, as plain values: text stays text, the template escapes it."""
    assert result.ranking.posting is not None, "a Match made by tailor.pipeline.match"
    found = result.ranking.posting.structure
    coverage = result.coverage
    required = coverage.required
    ranking = result.ranking
    assert ranking.cv is not None, "a Match made by tailor.pipeline.match"
    scored = {item.id: item for item in [*ranking.bullets, *ranking.publications]}
    words = term_words(result)
    return {
        "version": __version__,
        "today": today.isoformat(),
        "name": result.cv.contact.name,
        "title": found.title,
        "company": found.company,
        # Where the job is and on what terms, then where each detail was found.
        "details": [(label, value) for label, value, _ in details(result.ranking.posting) if label not in _NAMED],
        "found_by": [(label.lower(), source) for label, _, source in details(result.ranking.posting)],
        "source": result.posting.shown,  # "standard input", not "-", for a posting piped in
        "cv_file": result.cv_path.name,
        "score": ranking.score,
        "fit": ranking.label,
        # What tailor match and build warn of (a closing date past, a licence the CV lacks, a weak fit): a reader
        # who opens only the page sees them too.
        "warnings": result.warnings,
        "fit_rules": label_rules(),
        "sections": [_section(s, result) for s in found.sections],
        "roles": [
            RoleView(
                # The heading names the employer, the line under it the title; a role without an
                # employer is headed by its title alone.
                employer=r.entry.employer or r.entry.heading,
                role=r.entry.role if r.entry.employer else "",
                dates=DEFAULT_STYLE.span(r.entry.start, r.entry.end),
                location=r.entry.location or "",
                bullets=[_bullet_view(b, scored[b.id], words) for b in r.bullets],
                total=len(r.entry.bullets),
                section=r.entry.section or "",
            )
            for r in result.selection.roles
        ],
        "kept": len(result.selection.bullet_ids),
        "bullets_in_cv": len(ranking.bullets),
        "publications": [(p, scored[p.id].score) for p in result.selection.publications],
        "skills": result.selection.skills,
        # The kept skills a line per group as the résumé prints them (:meth:`tailor.cv.model.CV.skill_lines`).
        "skill_lines": result.cv.skill_lines(result.selection.skills) if result.cv.grouped else [],
        "keywords": coverage.keywords,
        # Hovering over an item id in the coverage table shows the item's text.
        "texts": {t.id: t.text for t in ranking.cv.texts},
        "labels": labels(result),
        "ratio": coverage.ratio,
        "required_met": sum(k.met for k in required),
        "required_total": len(required),
        "absent": [k for k in required if k.status == "absent" and not k.met],  # "met by" another: met
        "marks": STATUS_MARK,
        "meanings": STATUS_MEANING,
        # A keyword the résumé shows but that does not meet what the posting asks: its own mark, not "not selected".
        "short": any(k.shortfall is not None for k in coverage.keywords),
    }


# --- the posting's text as blocks of runs ----------------------------------------------

# Posting.text is light Markdown: "#" headings, "- " list items (structure.py accepts the
# same bullets), paragraphs apart by a blank line.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:([-*•●▪◦·–])|(\d{1,2})[.)])\s+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_LABEL_LINE = re.compile(r"^\s*(?:\*\*|__)?[A-Z][\w '’/&()-]{0,40}:(?:\*\*|__)?\s+\S")


def _section(section: Section, result: Match) -> SectionView:
    """One posting section as blocks, its keywords located and marked with their coverage."""
    by_term = {k.keyword.match: k for k in result.coverage.keywords}
    assert result.ranking.cv is not None
    spans = locate(section.text, set(by_term), result.ranking.cv.lexicon) if by_term else []
    marks = [(start, end, by_term[term]) for start, end, term in spans]
    located = {term for _, _, term in spans}
    marks += _said_marks(section.text, [k for term, k in by_term.items() if term not in located], marks)
    weight = result.ranking.posting.weight(section) if result.ranking.posting else 0.0
    return SectionView(section.kind.value, section.heading, weight, _blocks(section.text, marks))


def _said_marks(
    text: str, unlocated: list[KeywordCoverage], marks: list[tuple[int, int, KeywordCoverage]]
) -> list[tuple[int, int, KeywordCoverage]]:
    """Where ``text`` writes, word for word, the posting's own words of a keyword its terms are not located by
    (:attr:`~tailor.keywords.Keyword.said`: "administer medications", which the analysis reads as medication
    administration), outside the ``marks`` already made: a keyword the report lists is marked where the posting
    says it."""
    taken = [(s, e) for s, e, _ in marks]
    out: list[tuple[int, int, KeywordCoverage]] = []
    for found in unlocated:
        said = found.keyword.said
        if not said.strip():
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", text, re.IGNORECASE):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((m.start(), m.end(), found))
                taken.append(m.span())
    return out


def _blocks(text: str, marks: list[tuple[int, int, KeywordCoverage]]) -> list[Block]:
    """Headings, paragraphs and lists of ``text`` (lines that each open a list's item without its mark too);
    a line under a list item continues it."""
    blocks: list[Block] = []
    current: Block | None = None
    offset = 0
    lines = text.split("\n")
    for line, listed in zip(lines, list_lines(lines), strict=True):
        start, end = offset, offset + len(line)
        offset = end + 1
        content = start + len(line) - len(line.lstrip())
        if not line.strip():
            current = None
            continue
        if heading := _HEADING.match(line):
            current = None
            blocks.append(Block("heading", [_inline(text, start + heading.end(), end, marks)]))
        elif (item := _LIST_ITEM.match(line)) or listed:
            # A list copied without its marks is a list, as the posting's reader takes it (list_lines).
            kind: Literal["ul", "ol"] = "ol" if item and item.group(2) else "ul"
            if current is None or current.kind != kind:
                current = Block(kind, [])
                blocks.append(current)
            current.items.append(_inline(text, start + item.end() if item else content, end, marks))
        elif current is None:
            current = Block("paragraph", [_inline(text, content, end, marks)])
            blocks.append(current)
        else:
            # A paragraph's next line, or a list item wrapped onto the next line: one soft break; a line
            # of its own where it starts with a label ("**Contract:** Permanent" under "**Salary:** …")
            # or is a table's row, its cells apart by " | " as the posting's reader sets them.
            brk = current.kind == "paragraph" and (bool(_LABEL_LINE.match(line)) or " | " in line)
            current.items[-1].extend([Run("\n", br=brk), *_inline(text, content, end, marks)])
    return blocks


def _inline(text: str, start: int, end: int, marks: list[tuple[int, int, KeywordCoverage]]) -> Inline:
    """``text[start:end]`` as runs: Markdown emphasis, links and code marks hidden, bold kept, keywords marked.

    Works character by character on the posting's own offsets, so a keyword span from
    :func:`~tailor.analysis.locate` stays in place whatever Markdown surrounds it.
    """
    line = text[start:end]
    hidden = [False] * len(line)
    strong = [False] * len(line)
    for m in _STRONG.finditer(line):
        fence = len(m.group(1))
        hidden[m.start() : m.start() + fence] = [True] * fence
        hidden[m.end() - fence : m.end()] = [True] * fence
        strong[m.start() : m.end()] = [True] * (m.end() - m.start())
    for m in _LINK.finditer(line):
        # The link's words stay; the address does not (the page links nowhere).
        hidden[m.start()] = True
        hidden[m.end(1) : m.end()] = [True] * (m.end() - m.end(1))
    for m in _CODE.finditer(line):
        hidden[m.start()] = hidden[m.end() - 1] = True
    keyword: list[int | None] = [None] * len(line)
    for n, (s, e, _) in enumerate(marks):
        for i in range(max(s, start), min(e, end)):
            keyword[i - start] = n

    # Runs of one look; a keyword occurrence may span several (when bold starts inside it).
    pieces: list[tuple[bool, int | None, str]] = []
    for i, ch in enumerate(line):
        if hidden[i]:
            continue
        if pieces and pieces[-1][:2] == (strong[i], keyword[i]):
            pieces[-1] = (strong[i], keyword[i], pieces[-1][2] + ch)
        else:
            pieces.append((strong[i], keyword[i], ch))
    return [
        Run(
            piece,
            bold,
            marks[n][2] if n is not None else None,
            # The status mark follows the last visible run of each occurrence.
            last=n is not None and (i + 1 == len(pieces) or pieces[i + 1][1] != n),
        )
        for i, (bold, n, piece) in enumerate(pieces)
    ]
