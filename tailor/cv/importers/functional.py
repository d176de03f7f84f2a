"""A functional résumé's accomplishments: the claims it groups under headings of skill ("Project Field Leadership",
"Safety & Compliance") in a section of skills, before a short work history that has no bullets of its own.

Read as skills, each such claim was cut at its commas into pieces no one would list as a skill ("11" and "000 CY on
a single project"). Each group is a role of its own instead: its label the role line, its claims the bullets, word
for word, printed under the section's heading as its ``section``; its owner is told that tailor cannot know in which
job each was done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.cv.ids import bullet_id, role_id
from tailor.cv.importers.clues import is_clause, is_sentence
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.line import Line
from tailor.cv.importers.sections import section_heading

_IRREGULAR_PAST = re.compile(
    r"led|ran|built|drove|wrote|kept|oversaw|won|cut|grew|taught|sold|made|brought|set|held|began|took|gave|met|spent"
    r"|rebuilt|undertook|overcame|sought|fought|bought"
)
"""Verbs a résumé's claims open with whose past tense does not end in "-ed"."""
_FIRST_WORD = re.compile(r"[*_\s]*([A-Za-z][a-z-]+)")


@dataclass(frozen=True)
class Group:
    """One group of claims: the label over them (None for those under the section's title alone), and the items."""

    label: str | None
    items: list[Line]


def accomplishments_apart(lines: list[Line]) -> tuple[list[Group], list[Line]]:
    """The groups of claims among a skills section's ``lines``, and the lines left for its list of skills.

    A group is the list items under a short unlabelled line (or at the section's start), two or more, most of them
    claims (sentences or clauses of eight words or more, :func:`~.clues.is_sentence`, :func:`~.clues.is_clause`)
    and at least half opening with a verb in the past tense ("Superintended …", "Ran …"): what a skills list never
    holds, where a line of soft skills ("Excellent communication skills and …") names no deed."""
    groups: list[Group] = []
    kept: list[Line] = []
    runs = _runs(lines)
    for label, items in runs:
        if items and _claims(items):
            groups.append(Group(label.plain.rstrip(": ") if label is not None else None, items))
        else:
            kept += [line for line in ([label] if label is not None else []) + items]
    return groups, kept


def read_accomplishments(draft: Draft, title: str, groups: list[Group], ids: set[str]) -> None:
    """Each of ``groups`` → a role of the draft, under the heading of the section titled ``title``: its label the
    role line (the heading's where it has none), its claims the bullets, word for word."""
    experience = draft.data.setdefault("experience", [])
    heading = section_heading(title, "skills") or "Areas of Expertise"
    for group in groups:
        role = group.label or heading
        exp_id = role_id(None, role, len(experience) + 1, ids)
        bullets = [{"id": bullet_id(exp_id, n, ids), "text": item.linked} for n, item in enumerate(group.items, 1)]
        experience.append({"id": exp_id, "role": role, "section": heading, "bullets": bullets})
        draft.note(
            ("experience", len(experience) - 1),
            f"claims of work done, grouped under '{role}' as a functional résumé groups them: a role of its own that "
            f"prints under '{heading}'; tailor cannot tell in which job each was done: move a claim to its job's "
            "bullets if you like",
        )


def _runs(lines: list[Line]) -> list[tuple[Line | None, list[Line]]]:
    """``lines`` as runs: each line that is no list item, with the list items under it (the first run's line None
    where the section opens with items)."""
    runs: list[tuple[Line | None, list[Line]]] = []
    for line in lines:
        if line.item and runs:
            runs[-1][1].append(line)
        elif line.item:
            runs.append((None, [line]))
        else:
            runs.append((line, []))
    return runs


def _claims(items: list[Line]) -> bool:
    if len(items) < 2:
        return False
    said = sum(is_sentence(item.plain) or is_clause(item.plain) for item in items)
    done = sum(_opens_with_a_deed(item.plain) for item in items)
    return said * 2 > len(items) and done * 2 >= len(items)


def _opens_with_a_deed(text: str) -> bool:
    """Whether ``text`` opens with a verb in the past tense, as a claim of work done does ("Directed …")."""
    found = _FIRST_WORD.match(text)
    if found is None or not found.group(1)[:1].isupper():
        return False
    word = found.group(1).lower()
    return (len(word) > 4 and word.endswith("ed")) or _IRREGULAR_PAST.fullmatch(word) is not None
