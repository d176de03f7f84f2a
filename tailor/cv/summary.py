"""What a CV holds, in one line: what ``tailor validate`` and ``tailor init`` say about it."""

from __future__ import annotations

from dataclasses import dataclass

from tailor.cv import dates
from tailor.cv.dates import DEFAULT_STYLE
from tailor.cv.model import CV


@dataclass(frozen=True)
class Summary:
    """Counts of a CV's items, and the span of its dates."""

    name: str
    roles: int
    bullets: int
    pinned: int
    degrees: int
    publications: int
    skills: int
    languages: int
    certificates: int
    awards: int
    headlines: int
    summaries: int
    span: str
    """``Mar 2015 – Present``: the first start to the last end of its roles and degrees; "" without dates."""
    letter_paragraphs: int = 0
    """Paragraphs of the ``letter:`` block (0 without one)."""
    skill_groups: int = 0
    """The groups the skills are written in (0 without groups)."""

    def describe(self) -> str:
        """``3 roles with 14 bullets (2 pinned), 2 degrees, 1 publication, 12 skills in 3 groups; Mar 2015 –
        Present``."""
        bullets = f" with {_count(self.bullets, 'bullet')}" + (f" ({self.pinned} pinned)" if self.pinned else "")
        parts = [_count(self.roles, "role") + bullets]
        for number, word in (
            (self.degrees, "degree"),
            (self.publications, "publication"),
            (self.skills, "skill"),
            (self.languages, "language"),
            (self.certificates, "certificate"),
            (self.awards, "award"),
        ):
            if number:
                groups = f" in {_count(self.skill_groups, 'group')}" if word == "skill" and self.skill_groups else ""
                parts.append(_count(number, word) + groups)
        for number, word in ((self.headlines, "headline"), (self.summaries, "summary")):
            if number > 1:
                parts.append(
                    f"{number} {word}s to choose from" if word != "summary" else f"{number} summaries to choose from"
                )
        if self.letter_paragraphs:
            parts.append(f"letter material of {_count(self.letter_paragraphs, 'paragraph')}")
        return ", ".join(parts) + (f"; {self.span}" if self.span else "")


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def summarize(cv: CV) -> Summary:
    """The counts and the date span of ``cv``."""
    spans = [(e.start, e.end) for e in cv.experience] + [(e.start, e.end) for e in cv.education]
    starts = [(d, text) for text, _ in spans if text and (d := _date(text))]
    ends = [(d, text) for _, text in spans if text and (d := _date(text))]
    # A role still held has an open end; one with no dates at all is undated, not current.
    still = any(dates.is_open(e.end) for e in cv.experience if e.start or e.end)
    first = min(starts)[1] if starts else None
    last = None if still else (max(ends)[1] if ends else None)
    span = DEFAULT_STYLE.span(first, last) if first else ""
    return Summary(
        name=cv.contact.name,
        roles=len(cv.experience),
        bullets=len(cv.bullets()),
        pinned=sum(b.pin for _, b in cv.bullets()),
        degrees=len(cv.education),
        publications=len(cv.publications),
        skills=len(cv.skills),
        skill_groups=len({s.group for s in cv.skills if s.group is not None}),
        languages=len(cv.languages),
        certificates=len(cv.certificates),
        awards=len(cv.awards),
        headlines=len(cv.headline),
        summaries=len(cv.summary),
        span=span,
        letter_paragraphs=len(cv.letter.paragraphs) if cv.letter is not None else 0,
    )


def _date(text: str) -> tuple[int, int] | None:
    """Where ``text`` falls in time, to find the first and the last: a date tailor reads, or the year of a text that
    prints as written ("Summer 2013", "Expected 2026": :func:`tailor.cv.dates.named_in`), read as that year's start."""
    try:
        found = dates.parse(text) or dates.named_in(text)
    except dates.ImpossibleDate:
        return None
    return (found.year, found.month or 0) if found else None
