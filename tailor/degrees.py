"""The degree a posting requires, read as its level (associate, bachelor's, master's, doctoral) or as a degree of one
field it names (BSN, MBA, PharmD), and whether a CV's education reaches it.

A fit counts words, and a CV whose bullets share a posting's words scores well whatever degree the job requires. This
module says, where it can be sure, that the CV's highest degree is below the one required, and says nothing where it
cannot: a degree only preferred, one that experience may stand in for ("or equivalent experience", "or 4 years of
experience in lieu of"), a CV without education or with a degree whose level it cannot read ("Licenciatura"). Pure
text processing: no spaCy, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from tailor.posting.headings import LIST_ITEM
from tailor.posting.items import SENTENCE, indent, is_nice_to_have

__all__ = ["Lacking", "degree_lacking", "education_level"]

LEVELS = ("no degree", "an associate degree", "a bachelor's degree", "a master's degree", "a doctoral degree")
"""What each level is called, by its number: 0 is below any degree (a certificate, a diploma), 4 a doctorate."""

_DOT = r"\.?\s?"
_I = re.IGNORECASE


def _abbreviation(letters: str) -> str:
    """``letters`` ("PharmD") as written with or without full stops ("Pharm.D.", "Pharm. D."), or in capitals."""
    parts = re.findall(r"[A-Z][a-z]*", letters)
    dotted = _DOT.join(map(re.escape, parts)) + r"\.?"
    capitals = r"\.?\s?".join(re.escape(p.upper()) for p in parts) + r"\.?"
    return rf"(?<![\w.])(?:{dotted}|{capitals})(?![\w])" if dotted != capitals else rf"(?<![\w.]){dotted}(?![\w])"


@dataclass(frozen=True)
class _Named:
    """A degree of one field, as postings and CVs name it: its letters, its long names, its level and its field."""

    letters: tuple[str, ...]
    """Its abbreviations ("BSN", "BScN"): the first is what a warning calls it."""
    names: tuple[str, ...]
    """Its names written out, as patterns ("Bachelor of Science in Nursing")."""
    level: int
    field: str
    """A pattern of the field's words, which a CV's degree of this level or above in the field says ("nurs")."""
    ambiguous: bool = False
    """Whether its letters mean other things too ("MD": Maryland; "JD": JD Edwards): then only beside a degree."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("|".join([_abbreviation(a) for a in self.letters] + [rf"\b{n}\b" for n in self.names]))


_IN = r"(?:['’]?s)?(?: degree)? (?:of|in)(?: science in)?"
"""What stands between a level and the field of a degree named in words: "Bachelor of Science in Nursing", "Bachelor's
degree in Nursing", "Master of Social Work", "Master's degree in Business Administration"."""
_NAMED = (
    _Named(("ADN", "ASN"), (rf"(?i:associate{_IN} nursing)",), 1, r"nurs"),
    _Named(("BSN", "BScN"), (rf"(?i:bachelor{_IN} nursing)",), 2, r"nurs"),
    _Named(("MSN",), (rf"(?i:master{_IN} nursing)",), 3, r"nurs"),
    _Named(("DNP",), (r"(?i:doctor(?:ate)? of nursing practice)",), 4, r"nurs"),
    _Named(("BSW",), (rf"(?i:bachelor{_IN} social work)",), 2, r"social work"),
    _Named(("MSW",), (rf"(?i:master{_IN} social work)",), 3, r"social work"),
    _Named(("BBA",), (rf"(?i:bachelor{_IN} business administration)",), 2, r"business"),
    _Named(("MBA",), (rf"(?i:master{_IN} business administration)",), 3, r"business|\bMBA\b"),
    _Named(("MPH",), (rf"(?i:master{_IN} public health)",), 3, r"public health"),
    _Named(("JD",), (r"(?i:juris doctor(?:ate)?)",), 4, r"\blaws?\b|juris|\bJ\.?D\b", ambiguous=True),
    _Named(("MD",), (r"(?i:doctor of medicine)",), 4, r"\bmedicine\b|\bM\.?D\b", ambiguous=True),
    _Named(("PharmD",), (r"(?i:doctor(?:ate)? of pharmacy)",), 4, r"pharm"),
    _Named(("DPT",), (r"(?i:doctor(?:ate)? of physical therapy)",), 4, r"physical therap|physiotherap"),
    _Named(("DVM",), (r"(?i:doctor of veterinary medicine)",), 4, r"veterinar"),
    _Named(("DDS", "DMD"), (r"(?i:doctor of dental (?:surgery|medicine))",), 4, r"dental|dentistry"),
    _Named(("PsyD",), (r"(?i:doctor of psychology)",), 4, r"psycholog"),
)
"""The degrees of one field that postings require by name, each a real degree of its profession."""

_GENERIC = (
    (
        4,
        re.compile(
            r"\bdoctor(?:al|ate)\b|\bdoctor of philosophy\b|(?<![\w.])(?:Ph\.?\s?D|PHD|D\.?Phil)\.?(?!\w)", re.I
        ),
    ),
    (
        3,
        re.compile(
            r"\bmaster(?:['’]s|s['’]?)(?:\s+(?:degree|level|of|in)\b)?|\bmaster of (?:science|arts|engineering)\b"
            r"|\b(?:graduate|advanced|post-?graduate) degree\b",
            re.IGNORECASE,
        ),
    ),
    (
        2,
        re.compile(
            r"\bbachelor(?:['’]?s)?\b|\bbaccalaureate\b|\b(?:four|4)[- ]year (?:college |university )?degree\b"
            r"|\bundergraduate degree\b",
            re.IGNORECASE,
        ),
    ),
    (
        1,
        re.compile(
            # "Associate or Bachelor's degree": the associate's is a degree of the choice, its "degree" said once.
            r"\bassociate(?:['’]?s)?(?: (?:degree|of (?:science|arts|applied))\b|\s*(?:or|/|and/or)\s*bachelor)"
            r"|\b(?:two|2)[- ]year degree\b",
            re.I,
        ),
    ),
)
"""A degree of any field, by the words that say its level ("Master's degree", "Doctorate", "Ph.D.", "4-year
degree", "Bachelor's in Biology")."""

_LETTERS = (
    (3, re.compile(r"(?<![\w.])(?:M\.?\s?S|M\.?\s?Sc|M\.?\s?A|M\.?\s?Eng|MPhil|MRes)\.?(?![\w])")),
    (2, re.compile(r"(?<![\w.])(?:B\.?\s?S|B\.?\s?Sc|B\.?\s?A|B\.?\s?Eng|B\.?\s?Tech|A\.?B)\.?(?![\w])")),
    (1, re.compile(r"(?<![\w.])(?:A\.?\s?A\.?\s?S|A\.?\s?A|A\.?\s?S)\.?(?![\w])")),
)
"""A degree of any field by its letters, which mean other things too ("MS Office", "BA" for a business analyst, "AS"
the word): a degree only where a degree stands beside them."""
_BESIDE_A_DEGREE = re.compile(r"\s*(?:(?i:degree)\b|in\s+[A-Z]|/\s*[A-Z]{2})")
"""What says letters name a degree: "MS degree", "BS in Biology", "BS/MS"."""

_NOT_REQUIRED = re.compile(
    # What may stand in for the degree: "or equivalent experience", "in lieu of a degree", "experience may be
    # substituted", "a combination of education and experience".
    r"\bequivalen|\bin lieu\b|\bsubstitut|\bcombination\b|\bwill be considered\b|\baccepted\b|\bwaived?\b"
    # Not asked of the candidate, or not yet: "No degree required", "working towards a degree", "ideal candidate".
    r"|\bno\s+(?:\w+\s+)?degree\b|\b(?:pursuing|enrolled|working towards?|progress towards?|current(?:ly)? (?:a )?"
    r"students?|ideal(?:ly)?|preferabl[ey]|typically|usually|generally|bonus|advantage|asset|plus)\b"
    # A degree that counts for experience, not one asked: "Relevant PhD can count for up to 2 years".
    r"|\bcounts?\s+(?:for|towards?|as)\b",
    re.IGNORECASE,
)
_OTHERWISE = (
    r"\b(?:experience|years?|yrs|education|training|schooling|qualifications?|background|certificat\w*|diplomas?"
    r"|licen[cs]\w*)\b"
)
_OR_INSTEAD = re.compile(
    r"\b(?:or|and/or)\b(?![^.;]{0,30}\b(?:higher|above|greater)\b)"
    rf"(?:(?!\b(?:and|with)\b)[^.;]){{0,60}}?{_OTHERWISE}",
    re.IGNORECASE,
)
"""An alternative offered after a degree: "or 4 years of experience", "or other post-high school education"; not "or
higher" (a degree above it), nor what follows "and" (another requirement) or "with" (what another degree comes with:
"or M.S. with 6 years' experience")."""
_OR_YEARS = re.compile(
    r"\b(?:or|and/or)\s+(?:(?!with\b)(?-i:[a-z]+)\s+){0,2}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?"
    r"(?:\s*(?:-|–|to)\s*\d+)?\+?\s*(?:years?|yrs)\b",
    re.IGNORECASE,
)
"""Years offered instead, wherever they stand in a choice: "… OR a Bachelor's Degree with 3+ years of experience OR 6+
years of professional experience"."""
_INSTEAD_OR = re.compile(rf"{_OTHERWISE}[^.;]*\b(?:or|and/or)\b[^.;]*$", re.IGNORECASE)
"""An alternative offered before a degree: "3+ years of qualifying experience and/or a Bachelor's degree", "8+ years
required, or 5+ years with an advanced degree"."""
_SOMEONE_ELSES = re.compile(r"\b(?:our|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""Whose degree a clause names when it is not the candidate's: "our master's level care navigators"."""
_SAYS_EXPERIENCE = re.compile(_OTHERWISE, re.IGNORECASE)
_OR_RELATED = re.compile(
    r"\bor\s+(?:an?\s+|any\s+|other\s+)?(?:closely\s+|directly\s+)?(?:related|relevant|similar|comparable|allied)\b",
    re.IGNORECASE,
)
_NAMED_ONLY = "|".join(rf"(?-i:{a})" for n in _NAMED for a in n.letters)
_NAMED_AFTER = re.compile(
    rf"(?:\s+degree)?\s*\(\s*(?:{_NAMED_ONLY})(?:\s*(?:,|/|\bor\b)\s*(?:{_NAMED_ONLY}))*\s*\)", re.I
)
"""Degrees named in brackets after a level, and nothing else: "Master's degree (MSW)", "Bachelor's (BSN or BScN)"."""
_CLAUSE = re.compile(rf"(?<=;)\s+|{SENTENCE.pattern}|(?<=[a-z)]\.)\s+(?=\d)|\n")
"""Where a line's clauses part: a semicolon, a sentence's full stop ("… required. 2+ years of …")."""


@dataclass(frozen=True)
class _Asked:
    """A degree a clause offers: of a level in any field, or one named (:data:`_NAMED`)."""

    level: int
    named: _Named | None = None


@dataclass(frozen=True)
class Lacking:
    """A degree the posting requires that the CV's education does not show."""

    required: str
    """What the posting requires, in a few words: "a doctoral degree", "a BSN", "a BSN or a master's degree"."""
    said: str
    """The posting's clause that requires it, as written."""
    held: str
    """The CV's highest degree as it is written (its studies of the highest level, where none is a degree)."""
    held_level: int
    """Its level (:data:`LEVELS`): 0 where the CV's education holds no degree ("Certificate in Web Development")."""


def degree_lacking(requirements: Iterable[str], elsewhere: Iterable[str], degrees: list[str]) -> Lacking | None:
    """The first degree a posting requires that none of ``degrees`` (a CV's education, each as written: "M.S. Biology",
    "Master of Science, Clinical Research Management") reaches: asked in a line of ``requirements`` (what the posting
    requires), or in a line of ``elsewhere`` (its text under no heading) that says it is required ("A Master's degree
    is required"), as a line of duties may name a degree without asking for one ("Mentor PhD students"). None where
    every one is reached, or where it cannot be sure: no degree in the CV, one whose level it cannot read, a degree
    only preferred or that experience may stand in for. A clause offers a choice ("Doctoral degree (PharmD, PhD, MD or
    DNP)", "BSN or MSN"), met by any of its degrees: a level by a degree of that level or above in any field, a degree
    named of one field by that degree, or one of its level or above in its field ("MSN" meets "BSN"; "B.S. in
    Biology" does not)."""
    held = [(text, education_level(text)) for text in degrees]
    if not held:
        return None
    clauses = _clauses(requirements) + [c for c in _clauses(elsewhere) if _SAYS_REQUIRED.search(c)]
    for clause in clauses:
        asked = _asked(clause)
        if not asked or any(_meets(text, level, a) for text, level in held for a in asked):
            continue
        if any(level is None for _, level in held):
            return None  # a degree it cannot read might meet it
        text, level = max(held, key=lambda h: h[1] or 0)
        return Lacking(_required(asked), clause.strip(" \t-*•·"), text, level or 0)
    return None


_SAYS_REQUIRED = re.compile(r"\b(?:required|requires?|must|minimum|at least|mandatory)\b", re.IGNORECASE)


def _clauses(lines: Iterable[str]) -> list[str]:
    """The clauses of ``lines`` that require something: not those that say it is nice to have."""
    out: list[str] = []
    for item in _items(lines):
        for clause in _CLAUSE.split(item):
            if out and _AN_ALTERNATIVE.match(clause):
                out[-1] += " " + clause  # "BS in CS with 5+ years; or MS in CS with 3+ years": one choice
            elif clause.strip():
                out.append(clause)
    return [c for c in out if not is_nice_to_have(c)]


_AN_ALTERNATIVE = re.compile(r"\s*(?:or|and/or)\b", re.IGNORECASE)
"""How a clause opens that offers another choice for the clause before it."""


_GOES_ON = re.compile(r"(?:,|\b(?:with|or|and|of|in|a|an|the|to|for|from|by))\s*$", re.IGNORECASE)
"""How a line ends that a line below goes on from ("Ph.D. in genomics or similar program with 2 to 4 years'", "OR
M.S. with")."""


def _items(lines: Iterable[str]) -> list[str]:
    """``lines`` as items, each with the lines a text wrapped by hand goes on to: a line set in under a list's item, a
    line that opens in lower case, a line below one that ends mid-phrase (:data:`_GOES_ON`)."""
    out: list[str] = []
    item_indent = None  # how far the list's item above is set in; None where the line above is no list's item
    for line in lines:
        text = line.strip()
        if not text:
            item_indent = None
            continue
        marked = LIST_ITEM.match(line) is not None
        under = item_indent is not None and indent(line) > item_indent
        if out and not marked and (text[0].islower() or under or _GOES_ON.search(out[-1])):
            out[-1] += " " + text
        else:
            out.append(text)
            item_indent = indent(line) if marked else None
    return out


def _asked(clause: str) -> list[_Asked]:
    """The degrees ``clause`` requires, as a choice: none where it requires no degree, or one that something else
    may stand in for (:data:`_NOT_REQUIRED`). Letters that mean other things too ("MS", "MD") count where a degree
    stands beside them ("MS in Biology", "Doctoral degree (PhD, MD)"), not in "MS Office" or "Baltimore, MD"."""
    named = [(n, m) for n in _NAMED for m in n.pattern.finditer(clause)]
    # A level that is part of a degree named ("Master's degree in Social Work", "Master's degree (MSW)") is that
    # degree, not a master's in any field.
    generic = [
        (level, m)
        for level, pattern in _GENERIC
        for m in pattern.finditer(clause)
        if not any(n.start() <= m.start() < n.end() for _, n in named) and not _NAMED_AFTER.match(clause, m.end())
    ]
    letters = [(level, m) for level, pattern in _LETTERS for m in pattern.finditer(clause)]
    beside = bool(generic) or any(not n.ambiguous for n, _ in named)
    beside = beside or any(_BESIDE_A_DEGREE.match(clause, m.end()) for _, m in [*named, *letters])
    found = [(_Asked(level), m) for level, m in generic]
    # A degree named with any related field beside it ("Bachelor's degree in Nursing or a related field") asks for its
    # level only.
    related = _OR_RELATED.search(clause) is not None
    found += [(_Asked(n.level, None if related else n), m) for n, m in named if beside or not n.ambiguous]
    found += [(_Asked(level), m) for level, m in letters if beside]
    if not found or _NOT_REQUIRED.search(clause):
        return []
    start, end = min(m.start() for _, m in found), min(m.end() for _, m in found)
    if _INSTEAD_OR.search(clause[:start]) or _SOMEONE_ELSES.search(clause[:start]):
        return []
    # "Bachelor's degree or 4 years of experience" offers experience instead; "Bachelor's degree and 2 years of
    # research or clinical experience" offers a choice of experience, after asking for it.
    instead = _OR_INSTEAD.search(clause, end)
    # Years offered as a choice of their own stand in for the degree wherever they come (:data:`_OR_YEARS`).
    if (instead is not None and not _SAYS_EXPERIENCE.search(clause, end, instead.start())) or _OR_YEARS.search(
        clause, end
    ):
        return []
    return [asked for asked, _ in found]


def _meets(text: str, level: int | None, asked: _Asked) -> bool:
    """Whether a CV's degree (``text`` as written, of ``level``) meets a degree a posting asks for."""
    if asked.named is None:
        return level is not None and level >= asked.level
    # Its own field's degree of that level or above, by name ("MSN" of "BSN") or by its field's words.
    if any(n.field == asked.named.field and n.level >= asked.level and n.pattern.search(text) for n in _NAMED):
        return True
    return level is not None and level >= asked.level and bool(re.search(asked.named.field, text, re.IGNORECASE))


def _required(asked: list[_Asked]) -> str:
    """What a choice of degrees requires, in a few words: the lowest level of any field it offers, and the degrees it
    names below that level ("a BSN or a master's degree")."""
    lowest = min((a.level for a in asked if a.named is None), default=5)
    named = list(dict.fromkeys(a.named.letters[0] for a in asked if a.named is not None and a.level < lowest))
    out = [("an " if n[0] in "AEFHILMNORSX" else "a ") + n for n in named]
    return " or ".join(out + ([LEVELS[lowest]] if lowest < 5 else []))


_NO_DEGREE = re.compile(
    r"\b(?:certificat\w*|diploma|course(?:work)?|bootcamp|boot camp|training|programme|high school|secondary school"
    r"|GED|A-levels?|GCSEs?|apprenticeship|nanodegree)\b",
    re.IGNORECASE,
)
"""What a CV's education names that is no degree ("Certificate in Project Management", "High School Diploma")."""
_UNSURE = re.compile(r"\b(?:post-?graduate|graduate)\s+(?:diploma|certificate)\b", re.IGNORECASE)
"""Studies below a degree that only a graduate takes ("Postgraduate Diploma"): a degree stands behind them."""
_CV_LETTERS = (
    (4, re.compile(r"(?i:\bdoctor\b)|(?<![\w.])(?:Ed\.?\s?D|Sc\.?\s?D|D\.?\s?B\.?\s?A|D\.?Sc)\.?(?!\w)")),
    (
        3,
        re.compile(
            r"(?i:\bmasters?\b)|(?<![\w.])(?:M\.?\s?(?:S|Sc|A|Eng|Ed|Phil|Res|Arch|Acc|Fin|Div|Tech|FA|PA|PP|HA|LS|LIS|St)"
            r"|LL\.?\s?M|M\.?\s?A\.?\s?Sc)\.?(?!\w)",
        ),
    ),
    (
        2,
        re.compile(
            r"(?i:\bbachelors?\b|\bhonou?rs degree\b)"
            r"|(?<![\w.])(?:B\.?\s?(?:S|Sc|A|Eng|Tech|Com|Comm|Ed|FA|Arch|ASc|Mus|SBA)|A\.?\s?B|B\.?\s?A\.?\s?S\.?\s?W|LL\.?\s?B)\.?(?!\w)",
        ),
    ),
    (1, re.compile(r"(?i:\bassociate\b)|(?<![\w.])(?:A\.?\s?A\.?\s?S|A\.?\s?A|A\.?\s?S|A\.?\s?O\.?\s?S)\.?(?!\w)")),
)
"""A CV's degree of any field by its words and letters: its education says a degree, so "MS" or "BA" is one."""


def education_level(degree: str) -> int | None:
    """The level of a CV's degree as written (:data:`LEVELS`): 4 for "Ph.D. Chemistry" or "PharmD", 3 for "M.S." or
    "Master of Science", 2 for "BSc (Hons)", 1 for "A.A.S.", 0 for a certificate or a diploma; None where it cannot
    tell ("Licenciatura en Economía", "Postgraduate Diploma", which a graduate takes)."""
    levels = [n.level for n in _NAMED if n.pattern.search(degree)]
    levels += [level for level, pattern in _GENERIC if level > 2 and pattern.search(degree)]
    levels += [level for level, pattern in _CV_LETTERS if pattern.search(degree)]
    if levels:
        return max(levels)
    if _UNSURE.search(degree):
        return None
    return 0 if _NO_DEGREE.search(degree) else None
