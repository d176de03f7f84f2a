"""Which of a posting's keywords the tailored résumé evidences, and which it cannot.

A posting's keywords are the lexicon's skills it names plus its most frequent
specific phrases, each marked required or preferred by the section it came from.
Each keyword then gets one of three honest statuses:

* ``selected``: an item that made it into the résumé says it (named by id);
* ``available``: the CV says it, but in items that were not selected;
* ``absent``: nothing in the CV says it. tailor will not put it there.

The coverage figure is lexical: the share of required keywords that selected items
contain. It is not a prediction of what any applicant tracking system does.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tailor.lexicon import generic_terms
from tailor.posting.structure import SectionKind

if TYPE_CHECKING:
    from tailor.rank import AnalysedPosting, PreparedCV, Ranking
    from tailor.select import Selection

Status = Literal["selected", "available", "absent"]

MAX_PHRASES = 12
"""At most this many non-lexicon phrases per posting: enough to show what else it stresses."""
PHRASE_MIN_WEIGHT = 1.5
"""A phrase must be stressed (said twice in the requirements, or more often in weaker sections)
to count as a keyword: a phrase said once is as often an accident of wording as a requirement."""
KEYWORD_SECTIONS = frozenset({SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED})
"""Keywords come from what the job needs. Only a posting with none of these sections
falls back to its other weighted text (the role description, unclassified sections)."""


@dataclass(frozen=True)
class Keyword:
    term: str
    """As shown: a skill's canonical name, or a phrase as analysed (lemmas)."""
    kind: Literal["skill", "phrase"]
    required: bool
    """False when the posting names it only among preferred / nice-to-have qualifications."""
    weight: float
    """How strongly the posting stresses it: section weights times sublinear counts."""

    @property
    def match(self) -> str:
        """The term as it appears among an item's analysed terms."""
        return self.term.lower()


@dataclass(frozen=True)
class KeywordCoverage:
    keyword: Keyword
    status: Status
    where: tuple[str, ...]
    """Ids of the items that say it: the selected ones if any, else the available ones."""


@dataclass(frozen=True)
class Coverage:
    keywords: list[KeywordCoverage]

    @property
    def required(self) -> list[KeywordCoverage]:
        return [k for k in self.keywords if k.keyword.required]

    @property
    def ratio(self) -> float | None:
        """Selected required keywords / required keywords; None when the posting has none."""
        required = self.required
        if not required:
            return None
        return round(sum(k.status == "selected" for k in required) / len(required), 4)


def keywords(posting: AnalysedPosting) -> list[Keyword]:
    """The posting's keywords, most stressed first (ties alphabetically)."""
    weight: dict[tuple[str, str], float] = defaultdict(float)
    required: dict[tuple[str, str], bool] = defaultdict(bool)
    sections = [s for s in posting.sections if s.kind in KEYWORD_SECTIONS and s.weight > 0]
    if not sections:
        sections = [s for s in posting.sections if s.weight > 0 and s.kind is not SectionKind.COMPANY]
    skills = {skill.lower() for s in sections for skill in s.analysis.skills}
    for section in sections:
        analysis = section.analysis
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for skill in analysis.skills:
            counts[(skill, "skill")] += 1
        for term in analysis.terms:
            if term not in skills and _is_phrase_candidate(term):
                counts[(term, "phrase")] += 1
        for key, count in counts.items():
            weight[key] += section.weight * (1 + math.log(count))
            required[key] |= section.kind is not SectionKind.PREFERRED
    found = [Keyword(term, kind, required[(term, kind)], round(w, 4)) for (term, kind), w in weight.items()]
    skills_found = [k for k in found if k.kind == "skill"]
    phrases = [k for k in found if k.kind == "phrase" and k.weight >= PHRASE_MIN_WEIGHT]
    phrases = sorted(phrases, key=lambda k: (-k.weight, k.term))[:MAX_PHRASES]
    return sorted(skills_found + phrases, key=lambda k: (-k.weight, k.kind, k.term))


def _is_phrase_candidate(term: str) -> bool:
    """A two-word phrase of specific words: single words are too vague to report as gaps."""
    words = term.split()
    return len(words) == 2 and not any(w in generic_terms() or not w.isalpha() for w in words)


def coverage(ranking: Ranking, selection: Selection) -> Coverage:
    """Each keyword of the ranked posting with its status against ``selection``."""
    assert ranking.cv is not None and ranking.posting is not None, "a Ranking made by tailor.rank.rank"
    prepared: PreparedCV = ranking.cv
    chosen = set(selection.bullet_ids) | {p.id for p in selection.publications}
    chosen |= {item.id for item in prepared.items if item.kind == "skill" and item.text in selection.skills}
    out = []
    for keyword in keywords(ranking.posting):
        having = [item.id for item in prepared.items if keyword.match in prepared.terms_of(item.id)]
        selected = tuple(i for i in having if i in chosen)
        if selected:
            out.append(KeywordCoverage(keyword, "selected", selected))
        elif having:
            out.append(KeywordCoverage(keyword, "available", tuple(having)))
        else:
            out.append(KeywordCoverage(keyword, "absent", ()))
    return Coverage(out)
