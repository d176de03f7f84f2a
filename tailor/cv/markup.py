"""Inline markup in CV texts: ``*italic*``, ``**bold**`` and links, as RenderCV and JSON Resume themes write them.

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

A link, in Markdown (``[Object Action Framework](https://…)``) or HTML (``<a
href="https://…">Object Action Framework</a>``), reads as its words, as the
owner's rendered résumé shows it; its address is kept on the span (:attr:`Span.url`).
Only web and mail addresses make a link: ``[1]`` or ``list[int](x)`` stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)(?![\s*])(.+?)(?<![\s*])\1(?![\w*])", re.S)
"""A marker, its text, and the same marker again; the lookarounds are the word rules above."""
_ADDRESS = r"(?:https?://|mailto:)[^\s\"'<>()]+"
_LINK = re.compile(
    rf"\[([^\[\]\n]+)\]\(({_ADDRESS})\)"
    rf"|<a\s[^<>]*?\bhref\s*=\s*[\"']({_ADDRESS})[\"'][^<>]*>([^<>]*)</a\s*>",
    re.IGNORECASE,
)
"""A Markdown link (its words, its address) or an HTML anchor (its address, its words)."""


@dataclass(frozen=True)
class Span:
    """A piece of a text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str = ""
    """For the words of a link, its address."""


def spans(text: str) -> list[Span]:
    """``text`` as consecutive pieces with their emphasis, markers taken out, a link as its words (with
    its address); ``[]`` for ``""``."""
    if "](" not in text and "</a" not in text.lower():  # most texts: no link to look for
        return _spans(text, bold=False, italic=False)
    out: list[Span] = []
    cursor = 0
    for found in _LINK.finditer(text):
        out += _spans(text[cursor : found.start()], bold=False, italic=False)
        words, url = (found.group(1), found.group(2)) if found.group(1) is not None else found.group(4, 3)
        out += [replace(span, url=url) for span in _spans(words, bold=False, italic=False)]
        cursor = found.end()
    return out + _spans(text[cursor:], bold=False, italic=False)


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
    """``text`` as a reader sees it: the emphasis markers taken out, a link as its words, every other
    character kept."""
    return "".join(span.text for span in spans(text))
