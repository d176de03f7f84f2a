"""Inline emphasis in CV texts: ``*italic*`` and ``**bold**``, as RenderCV and JSON Resume themes write it.

A CV text keeps its markers as the owner wrote them. This module is the one
place that reads them: :func:`spans` gives the text as runs with their emphasis
(for the résumé's Word runs), and :func:`plain` the text without markers (for
everything that reads or compares words: ranking, coverage, manifests, the
read-back check).

The rules, close to CommonMark's for asterisks but stricter about words, so
that technical text keeps its asterisks:

* ``*`` or ``**`` opens emphasis where it is not preceded by a letter, digit or
  ``*`` and is followed by a character that is neither a space nor ``*``;
* it closes at the next same marker that follows such a character and is not
  followed by a letter, digit or ``*``;
* one emphasis may hold the other: ``**bold with *italic* inside**``;
* any other asterisk is printed as written: ``2*3*4``, ``A* search``, ``*nix``,
  a lone ``*``, ``***``. Underscores are never emphasis (``snake_case`` stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)(?![\s*])(.+?)(?<![\s*])\1(?![\w*])", re.S)
"""A marker, its text, and the same marker again; the lookarounds are the word rules above."""


@dataclass(frozen=True)
class Span:
    """A piece of a text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


def spans(text: str) -> list[Span]:
    """``text`` as consecutive pieces with their emphasis, markers taken out; ``[]`` for ``""``."""
    return _spans(text, bold=False, italic=False)


def _spans(text: str, *, bold: bool, italic: bool) -> list[Span]:
    out: list[Span] = []
    cursor = 0
    for found in _EMPHASIS.finditer(text):
        if found.start() > cursor:
            out.append(Span(text[cursor : found.start()], bold, italic))
        strong = found.group(1) == "**"
        out += _spans(found.group(2), bold=bold or strong, italic=italic or not strong)
        cursor = found.end()
    if cursor < len(text):
        out.append(Span(text[cursor:], bold, italic))
    return out


def plain(text: str) -> str:
    """``text`` as a reader sees it: the emphasis markers taken out, every other character kept."""
    return "".join(span.text for span in spans(text))
