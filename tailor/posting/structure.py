"""Split a posting into sections and say what each one is.

Real postings wrap the part that matters (what you will do, what you need) in
company blurb, benefits, salary tables and legal text. This module finds the
headings, whatever their style (Markdown ``#``, bold or ALL-CAPS lines, short
lines ending in ``:``, bare phrases such as "What you'll do" or "Bonus points"),
classifies each section by its heading, and splits off paragraphs and lists that
betray their kind without a heading (an equal-opportunity paragraph at the end,
a list of "5+ years of …" right after the intro).

How much each kind of section counts is ranking's business
(:data:`tailor.rank.SECTION_WEIGHTS`, the default of ``RankConfig.section_weights``).
Pure text processing: no spaCy, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tailor.posting.read import Posting


class SectionKind(StrEnum):
    ROLE = "role"
    """The job title and the description of the role."""
    COMPANY = "company"
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    APPLY = "apply"
    LEGAL = "legal"
    OTHER = "other"
    """A heading we could not classify."""


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    heading: str
    """The heading as written, without Markdown marks or a trailing colon; ``""`` for none."""
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Structure:
    title: str | None
    company: str | None
    sections: tuple[Section, ...]


# --- classifying headings --------------------------------------------------------------

# Checked in order; the first match wins, so the specific comes before the general
# ("preferred qualifications" is preferred, not requirements; "about the role" is the
# role, "about you" the requirements, and any other "about …" the company).
_HEADING_RULES: tuple[tuple[SectionKind, str], ...] = (
    (
        SectionKind.LEGAL,
        r"equal (employment )?opportunit|\beeo\b|divers|inclusi|accommodation|privacy|disclaimer"
        r"|affirmative action|e-verify|legal|notice|recruitment fraud|disclos|background check|pre-employment",
    ),
    (
        SectionKind.APPLY,
        r"\bapply\b|applying|application|how to|next steps|interview|hiring process|recruitment process"
        r"|contact|submit",
    ),
    (
        SectionKind.PREFERRED,
        r"nice|bonus|preferred|\bplus\b|desir|extra credit|ideally|good to have|great if"
        r"|would be (great|a plus)|stand out",
    ),
    (
        SectionKind.BENEFITS,
        r"benefit|perks?\b|we offer|what('s| is) in it|compensation|salary|\bpay\b|rewards?\b"
        r"|why (join|work)|what you('ll| will) get|offer\b|package|life at|working at",
    ),
    (
        SectionKind.ROLE,
        r"about (the|this) (role|job|position|opportunity)|the (role|job|position|opportunity)\b"
        r"|the project|job (description|summary|overview|title)|role (overview|summary|description)"
        r"|^overview$|^summary$|^description$|^position$|^title$",
    ),
    (
        SectionKind.REQUIREMENTS,
        r"require|qualifica|must|about you|who you are|you (have|bring|are|need|should)"
        r"|what (you|we)('ll| will)? (need|bring|look|expect)|looking for|skills|experience|profile|background"
        r"|competenc|essential|criteria|ideal candidate|you'?re|education",
    ),
    (
        SectionKind.RESPONSIBILITIES,
        r"responsib|what you('ll| will)? (do|be doing|work on|achieve)|duties|day[- ]to[- ]day"
        r"|how you('ll| will) (contribute|help|make)|contribut"
        r"|in this role|your (role|impact|mission|tasks|day)|you will\b|key (tasks|accountabilities)|the work"
        r"|what (the|this) (job|role) (involves|entails)|tasks|projects|impact|challenge",
    ),
    (
        SectionKind.COMPANY,
        r"\babout\b|who we are|our (company|mission|story|team|culture|values)|company|what makes"
        r"|why us|mission|culture|values|team",
    ),
)


@lru_cache(maxsize=4096)
def classify_heading(heading: str) -> SectionKind:
    """The kind of section a heading introduces; :attr:`SectionKind.OTHER` if it says nothing we know."""
    text = _clean_heading(heading).lower().replace("’", "'")
    for kind, pattern in _COMPILED_HEADING_RULES:
        if pattern.search(text):
            return kind
    return SectionKind.OTHER


_COMPILED_HEADING_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _HEADING_RULES)


# --- finding headings ------------------------------------------------------------------

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*•●▪◦·–]|\d{1,2}[.)])\s+")


_MARKUP = re.compile(r"[*_`#]+")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _clean_heading(text: str) -> str:
    text = _MARKUP.sub("", _strip_link(text))
    return text.strip().rstrip(":").strip()


def _heading_of(line: str) -> str | None:
    """The heading text if ``line`` is a heading, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return None
    if m := _MARKDOWN_HEADING.match(stripped):
        return _clean_heading(m.group(1)) or None
    if m := _BOLD_LINE.match(stripped):
        return _clean_heading(m.group(2)) or None
    if _LIST_ITEM.match(stripped):
        return None
    words = stripped.rstrip(":").split()
    if not words or len(words) > 8 or ":" in stripped.rstrip(":"):
        return None  # "Location: Lisbon" is a field, not a heading
    if stripped.endswith(":"):
        return _clean_heading(stripped)
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return _clean_heading(stripped)
    # A bare short phrase is a heading only if it reads like one we know, without final
    # punctuation ("What you'll do", "Bonus points"), so short sentences stay sentences.
    if len(words) <= 5 and stripped[-1] not in ".!?," and classify_heading(stripped) is not SectionKind.OTHER:
        return _clean_heading(stripped)
    return None


_INLINE_HEADING = re.compile(r"^\s*(?:\*\*|__)?([A-Za-z][\w '’/&-]{2,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$")
_INLINE_KINDS = frozenset(
    {
        SectionKind.RESPONSIBILITIES,
        SectionKind.REQUIREMENTS,
        SectionKind.PREFERRED,
        SectionKind.BENEFITS,
        SectionKind.APPLY,
        SectionKind.LEGAL,
    }
)


def _inline_heading(line: str) -> tuple[str, str] | None:
    """``Qualifications: PhD in …`` → (``Qualifications``, ``PhD in …``): a heading run into its text.

    Only headings of the kinds that change a term's weight count; "Location: Lisbon" or
    "Company: Acme" stay fields of the section they are in.
    """
    m = _INLINE_HEADING.match(line)
    if not m or len(m.group(1).split()) > 5 or _LIST_ITEM.match(line):
        return None
    return (m.group(1).strip(), m.group(2)) if classify_heading(m.group(1)) in _INLINE_KINDS else None


# --- telling a block's kind from its content -------------------------------------------

_CONTENT_RULES: tuple[tuple[SectionKind, str], ...] = (
    (
        SectionKind.LEGAL,
        r"equal (employment )?opportunity|without regard to|regardless of (race|gender|age)"
        r"|protected (veteran|characteristic|class)|affirmative action|reasonable accommodation|e-verify"
        r"|do not discriminate|privacy (policy|notice)",
    ),
    (
        SectionKind.BENEFITS,
        r"salary|compensation|paid time off|\bpto\b|health(care)?,? (dental|insurance)"
        r"|dental|401\(?k|pension|parental leave|equity|stock options|vacation|holidays|wellness|per (year|annum|hour)"
        r"|[$€£]\s?\d",
    ),
    (
        SectionKind.APPLY,
        r"to apply|send (us )?your (cv|resume|résumé)|apply (now|here|via|through|at)"
        r"|submit (your|an) application|cover letter",
    ),
)
_COMPILED_CONTENT_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _CONTENT_RULES)
_REQUIREMENT_CUES = re.compile(
    r"\d\+? years|years of|experience (with|in|of)|knowledge of|familiar|proficien|degree|bachelor|master|phd"
    r"|understanding of|ability to|skills? in|background in|fluency|fluent|you have|strong",
    re.I,
)
_RESPONSIBILITY_CUES = re.compile(
    r"^(design|develop|build|lead|own|drive|work|collaborate|create|implement|maintain|manage|deliver|support"
    r"|write|ship|improve|optimi[sz]e|scale|define|partner|mentor|research|deploy|monitor|measure|help|run"
    r"|you will|you'll)\b",
    re.I,
)


def _content_kind(block: str) -> SectionKind | None:
    """The kind a heading-less block plainly is, or None if it is not plain."""
    lower = block.lower()
    for kind, pattern in _COMPILED_CONTENT_RULES:
        # Two cues, or one in a short block: a paragraph that merely mentions "equity"
        # once in a long description of the role is not a benefits section.
        hits = len(pattern.findall(lower))
        if hits >= 2 or (hits == 1 and len(block.split()) <= 40):
            return kind
    items = [_LIST_ITEM.sub("", line).strip() for line in block.splitlines() if _LIST_ITEM.match(line)]
    if len(items) >= 2:
        needs = sum(bool(_REQUIREMENT_CUES.search(i)) for i in items)
        does = sum(bool(_RESPONSIBILITY_CUES.search(i)) for i in items)
        if needs > does and needs * 2 >= len(items):
            return SectionKind.REQUIREMENTS
        if does > needs and does * 2 >= len(items):
            return SectionKind.RESPONSIBILITIES
    return None


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs and lists: runs of lines separated by blank lines, a list kept whole."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif current and _LIST_ITEM.match(line) and not _LIST_ITEM.match(current[-1]):
            # A list that starts right under a sentence is a block of its own.
            blocks.append(current)
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return ["\n".join(b) for b in blocks]


# --- the whole posting -----------------------------------------------------------------


def parse(text: str, *, title: str | None = None, company: str | None = None) -> Structure:
    """Split ``text`` into classified sections and find the job title and company.

    ``title`` and ``company``, when the posting's format states them (e.g. a web
    page's structured data), win over what is guessed from the text.
    """
    raw: list[tuple[str, list[str]]] = [("", [])]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = _heading_of(line)
        if heading is not None:
            raw.append((heading, []))
        elif inline := _inline_heading(line):
            raw.append((inline[0], [inline[1]]))
        else:
            raw[-1][1].append(line)

    raw = _title_block_first(raw)
    sections: list[Section] = []
    for index, (heading, lines) in enumerate(raw):
        kind = SectionKind.ROLE if index == 0 else classify_heading(heading)
        if index == 1 and kind is SectionKind.OTHER and not any(line.strip() for line in raw[0][1]):
            kind = SectionKind.ROLE  # the posting opens with a heading we don't know: its title
        blocks = _blocks(lines)
        if not blocks and heading:
            sections.append(Section(kind, heading, ""))
            continue
        for n, block in enumerate(blocks):
            # Under a heading that told us nothing definite, let the content speak.
            block_kind = kind
            if kind in (SectionKind.ROLE, SectionKind.OTHER, SectionKind.COMPANY, SectionKind.RESPONSIBILITIES):
                found = _content_kind(block)
                if found is not None and not (
                    kind is SectionKind.RESPONSIBILITIES and found is SectionKind.REQUIREMENTS
                ):
                    block_kind = found
            label = heading if n == 0 or block_kind is kind else ""
            if sections and sections[-1].kind is block_kind and sections[-1].heading == label and n > 0:
                last = sections.pop()
                sections.append(Section(block_kind, last.heading, f"{last.text}\n\n{block}"))
            else:
                sections.append(Section(block_kind, label, block))
    sections = _merge_adjacent(sections)
    title = title or _guess_title(raw)
    company = company or _company_in_title(title) or _company_from_masthead(raw, title) or _guess_company(text)
    return Structure(
        title=_without_company(title, company),
        company=company,
        sections=tuple(s for s in sections if s.text or s.heading),
    )


@lru_cache(maxsize=32)
def of(posting: Posting) -> Structure:
    """The structure of ``posting``, computed once per posting (ranking and reports share it)."""
    return parse(posting.text, title=getattr(posting, "title", None), company=getattr(posting, "company", None))


def _title_block_first(raw: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Fold a posting's masthead into its opening section.

    Job boards often open with the title, the company and the location as headings
    with nothing under them ("# Senior Engineer", "### Acme", "#### Remote"). They are
    the role's first lines, not sections of their own.
    """
    opening, rest = raw[0], list(raw[1:])
    lines = list(opening[1])
    while rest and not any(line.strip() for line in rest[0][1]) and len([x for x in lines if x.strip()]) < 4:
        heading = rest[0][0]
        if classify_heading(heading) is not SectionKind.OTHER:
            break
        lines.append(heading)
        rest.pop(0)
    return [(opening[0], lines), *rest]


def _merge_adjacent(sections: list[Section]) -> list[Section]:
    """Join a heading-less section onto the one before it when both are of the same kind."""
    out: list[Section] = []
    for s in sections:
        if out and not s.heading and out[-1].kind is s.kind:
            prev = out.pop()
            out.append(Section(s.kind, prev.heading, f"{prev.text}\n\n{s.text}".strip()))
        else:
            out.append(s)
    return out


# --- title and company -----------------------------------------------------------------

_JOB_WORDS = re.compile(
    r"engineer|developer|scientist|researcher|manager|analyst|designer|architect|lead|director|nurse|officer"
    r"|specialist|consultant|administrator|technician|intern|postdoc|fellow|assistant|associate|head of"
    r"|coordinator|representative|executive|programmer|teacher|professor|writer|editor|accountant|operator",
    re.I,
)


def _guess_title(raw: list[tuple[str, list[str]]]) -> str | None:
    """The first heading or opening line that reads like a job title."""
    candidates = [h for h, _ in raw[1:3] if h]
    candidates += [line.strip() for line in raw[0][1][:3] if line.strip()]
    for candidate in candidates:
        # "title: …" is a Markdown front-matter key, as blog-hosted postings have.
        candidate = re.sub(r"^title:\s*", "", _strip_link(_clean_heading(candidate)), flags=re.I).strip("'\"")
        if 2 <= len(candidate.split()) <= 12 and _JOB_WORDS.search(candidate):
            return candidate
    return None


def _strip_link(text: str) -> str:
    return _LINK.sub(r"\1", text).strip()


_NAME = r"([A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&|of|and|de|du|la))*)"
_COMPANY_PATTERNS = (
    re.compile(rf"^\s*(?i:company|employer|organi[sz]ation)\s*:\s*{_NAME}\s*$", re.M),
    re.compile(rf"^\s*#*\s*[*_]*(?i:about)\s+{_NAME}[*_]*\s*:?\s*$", re.M),
    re.compile(rf"\b{_NAME}\s+(?i:is\s+an?\s+equal\s+(?:employment\s+)?opportunity)"),
)
_JOIN_PATTERN = re.compile(rf"\b(?i:here at|join)\s+{_NAME}\s*[,!.]\s")
"""Weaker evidence ("Here at Acme, we …"), trusted only near the top of the posting."""
_NOT_COMPANIES = {"us", "the role", "you", "the team", "the job", "this role", "our team", "we"}


def _company_in_title(title: str | None) -> str | None:
    """ "Site Reliability Engineer at Corvid Systems" → "Corvid Systems"."""
    m = re.search(rf"\s(?:at|@)\s+{_NAME}\s*$", title or "")
    return m.group(1) if m else None


def _company_from_masthead(raw: list[tuple[str, list[str]]], title: str | None) -> str | None:
    """The line right under the title, when it is a short name ("Acme Corp · Remote" → "Acme Corp")."""
    lines = [_strip_link(_clean_heading(line)) for line in raw[0][1] if line.strip()]
    if not lines and len(raw) > 1:
        lines = [_clean_heading(raw[1][0]), *(_clean_heading(x) for x in raw[1][1] if x.strip())]
    if title is None or len(lines) < 2 or lines[0] != title:
        return None
    name = re.split(r"\s+[·•|—–-]\s+|\s*[|·•,]\s*", lines[1])[0].strip()
    words = name.split()
    looks_like_a_name = 1 <= len(words) <= 5 and name[0].isupper() and name[-1] not in ".!?:"
    if looks_like_a_name and not _JOB_WORDS.search(name) and all(ch.isalnum() or ch in " &.'-" for ch in name):
        return name
    return None


def _guess_company(text: str) -> str | None:
    """A company name the posting states in a telling phrase, strongest evidence first."""
    searches = [(pattern, text) for pattern in _COMPANY_PATTERNS] + [(_JOIN_PATTERN, text[:1000])]
    for pattern, where in searches:
        for m in pattern.finditer(where):
            name = m.group(1).strip(" .,'")
            if name.lower() not in _NOT_COMPANIES and not name.lower().startswith(("the ", "our ", "this ")):
                return name
    return None


def _without_company(title: str | None, company: str | None) -> str | None:
    """ "Site Reliability Engineer at Corvid" → "Site Reliability Engineer" once Corvid is the company."""
    if not title or not company:
        return title
    trimmed = re.sub(rf"\s*(?:,|\bat\b|[-–—|@·])\s*{re.escape(company)}\s*$", "", title, flags=re.I)
    return trimmed or title
