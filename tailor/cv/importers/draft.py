"""What every importer returns: a draft of tailor's CV data, and what to check in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tailor.cv.printable import printable
from tailor.errors import Problem

PLACEHOLDER_NAME = "Your Name"
"""The name a draft or the starter CV holds until its owner writes theirs; loading a CV warns while it is there."""

Loc = tuple[str | int, ...]


@dataclass
class Note:
    """Something to check in a draft, at the field it concerns (``("experience", 2, "start")``)."""

    loc: Loc
    message: str
    line: int | None = None
    """Its line in the written draft, once written."""


@dataclass
class Draft:
    """tailor's CV data made from another file, with what to check in it."""

    data: dict[str, Any]
    """As the CV model reads it: plain dicts, lists and strings; empty values are left out when written."""
    source: Path
    kind: str
    """What the source is, for people: "a LinkedIn export", "a Word résumé"…"""
    notes: list[Note] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    """Lines of the source that have no place in the CV, kept for the user to place by hand."""
    source_problems: list[Problem] = field(default_factory=list)
    """What looked wrong in the source itself, at its lines there (a misspelt JSON Resume key)."""
    skill_groups: dict[str, str] = field(default_factory=dict)
    """The group of each skill of ``data`` that the source lists under a label ("Clinical: wound care"), by its
    name, while the source is read: the skills stay a list of names until the draft is done, when each takes its
    group (``{name, group}``, :func:`tailor.cv.importers.import_cv`), and ``tailor init`` writes them in groups."""

    def note(self, loc: Loc, message: str) -> None:
        """Note ``message`` at ``loc``, once: a second section of the same kind may find the same thing."""
        if not any(n.loc == loc and n.message == message for n in self.notes):
            self.notes.append(Note(loc, message))


def clean(value: Any) -> Any:
    """``value`` without empty strings, lists, dicts and Nones, and with text stripped and as a résumé shows
    it (:func:`tailor.cv.printable.printable`: no left-to-right marks a PDF or web page carried): what a draft
    writes."""
    if isinstance(value, dict):
        cleaned = {k: clean(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [v for v in (clean(v) for v in value) if v not in (None, "", [], {})]
    if isinstance(value, str):
        return printable(value).strip()
    return value
