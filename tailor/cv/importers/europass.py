"""The parts of a Europass CV that its Word template lays out in two columns, a label at the left and its value at
the right ("Mother tongue(s)" beside "Hungarian", "Digital skills" beside a list of tools), and its grid of
languages (a language a row, its five levels of the Common European Framework in the cells beside it).

Read a cell at a time, the label is a line of its own above its value, and the grid's headings and levels lines
of their own: a list of skills would take each for a skill. So, before the résumé is read, each label is joined to
its value as a labelled line is written ("Digital skills: OPERA PMS, Protel"), which the readers of skills and
languages know, and the grid's rows become the languages they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tailor.cv.importers.line import Line

_LABEL = re.compile(
    r"^(?:mother tongue\(?s?\)?|other languages?\(?s?\)?|communication skills(?: and competences)?"
    r"|social skills and competences|organi[sz]ational(?: ?/ ?managerial)? skills(?: and competences)?"
    r"|job-related skills|technical skills and competences|digital skills|computer skills(?: and competences)?"
    r"|artistic skills and competences|other skills(?: and competences)?|driving licen[cs]e)$",
    re.IGNORECASE,
)
"""The labels of the Europass template's "Personal skills" (of its 2013 form, and its 2004 form's "… skills and
competences")."""
_NATIVE = re.compile(r"^mother tongue", re.IGNORECASE)
_OTHER = re.compile(r"^other languages?", re.IGNORECASE)
_GRID_WORDS = frozenset(
    {"understanding", "speaking", "writing", "listening", "reading", "spoken interaction", "spoken production"}
)
"""The headings of the grid's columns."""
_CEFR = re.compile(r"^[ABC][12]$")
_LEGEND = re.compile(
    r"^(?:levels?:\s*A1\b.*|common european framework of reference(?: for languages)?\.?"
    r"|\(?CEFR\)?.*\blevels?\b.*)$",
    re.IGNORECASE,
)
"""The template's key to the levels under the grid ("Levels: A1 and A2: Basic user - …"): no part of anyone's CV."""


_FRAMEWORK_LEVEL = re.compile(r"(?:EQF|NQF|ISCED)(?:\s+level)?\s+\d", re.IGNORECASE)
"""The level of a qualification in the European (or a national) qualifications framework, as Europass sets it on a
line of its own beside the degree."""


@dataclass(frozen=True)
class Read:
    """A résumé's lines with the Europass languages taken out: the other lines, the languages (as the CV writes
    them), and the lines kept for the owner: those of the grid that name no language (a language's certificate),
    and a qualification's level in a framework ("EQF level 6")."""

    lines: list[Line]
    languages: list[dict[str, str]]
    asides: list[str]


def read(lines: list[Line]) -> Read:
    """``lines`` with each Europass label joined to its value, and the languages of its labels and grid apart."""
    out: list[Line] = []
    languages: list[dict[str, str]] = []
    asides: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        label = line.plain.rstrip(":").strip()
        if _FRAMEWORK_LEVEL.fullmatch(label):
            # "EQF level 6" beside a degree: where the qualification stands in Europe's framework, no word of its
            # name (a degree had read "Bachelor of Tourism Management, EQF level 6"), kept for its owner.
            asides.append(label)
            n += 1
            continue
        if not _LABEL.match(label) or line.item:
            out.append(line)
            n += 1
            continue
        n += 1
        if _OTHER.match(label):
            while n < len(lines) and (row := _grid_row(lines[n])) is not None:
                if isinstance(row, dict):
                    languages.append(row)
                elif row:
                    asides.append(row)
                n += 1
            while n < len(lines) and _LEGEND.match(lines[n].plain):
                n += 1
            continue
        if n < len(lines) and not lines[n].item and not _LABEL.match(lines[n].plain.rstrip(":").strip()):
            value = lines[n]
            if _NATIVE.match(label):  # what the label says of them: languages, whether tailor knows their names
                languages += [{"name": name, "fluency": "Mother tongue"} for name in _names(value.plain)]
            else:
                out.append(replace(value, text=f"{label}: {value.text}", marked=f"{label}: {value.marked}"))
            n += 1
        else:
            out.append(line)
    return Read(out, languages, asides)


def _names(text: str) -> list[str]:
    return [name.strip() for name in re.split(r",|\s+and\s+|/", text) if name.strip()]


def _grid_row(line: Line) -> dict[str, str] | str | None:
    """What a line of the grid of languages holds: a language with its levels (``{"name", "fluency"}``), the text
    of a row that names no language (a certificate under its language), "" for a row of headings; None for a line
    that is no part of the grid."""
    cells = [cell.strip() for cell in re.split(r"\t|\s{2,}|\s+\|\s+", line.text) if cell.strip()]
    if not cells:
        return None
    if all(cell.lower() in _GRID_WORDS for cell in cells):
        return ""
    # A row of a table has its levels in cells of their own; a line of text, a grid's five levels spaced out. A
    # certificate's row, "Goethe-Zertifikat C1", is one cell, with one level in its name.
    words = cells if line.row or len(cells) > 1 else cells[0].split()
    levels = [word for word in words[1:] if _CEFR.match(word)]
    if words[0][:1].isupper() and levels and len(levels) == len(words) - 1 and (len(cells) > 1 or len(levels) > 1):
        # A name and levels alone: a language, whether or not tailor knows its name ("Croatian", "Luxembourgish").
        distinct = list(dict.fromkeys(levels))  # "C1 C1 C1 B2 B2": C1/B2, as written, each level once
        return {"name": words[0], "fluency": "/".join(distinct)}
    if line.row and len(cells) == 1 and not _LEGEND.match(cells[0]):
        return cells[0]  # "Cambridge English: Proficiency (CPE)", the row under its language
    return None
