"""The lines a document repeats at the top or bottom of its pages: its running header and footer.

A PDF writes them into every page's text, where they are no words of what the pages say: "Acme Job
Description – JD-2291" over each page of a posting, "Ana Lopez — continued" over the second page of a
résumé and her e-mail address under it. Read as text, a header becomes a heading or a role, and a footer
runs on from the page's last bullet. The posting reader (:mod:`tailor.posting.formats.pdf`) and the
résumé reader (:mod:`tailor.cv.importers.pdf_layout`) both leave them out by this one rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be its running header or footer."""
_NUMBER = re.compile(r"\d+")


def running(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page (its lines, top to bottom), the indexes of its running lines: those among its
    :data:`EDGE_LINES` first and last lines (blank lines aside) that read the same, their numbers and spaces
    aside ("Page 2", "Page 3"), at the top or bottom of every page, or of every page after the first where
    there are two such pages or more. A first page often has a header of its own (a letterhead, a résumé's
    name: Word's "Different first page"), or none. One page after the first is not enough: a line on it
    cannot be told from one that happens to stand at its edge.

    >>> running([["Ana Lopez", "Nurse"], ["Ana Lopez - continued", "Page 2"], ["Ana Lopez - continued", "Page 3"]])
    [set(), {0, 1}, {0, 1}]
    """
    if len(pages) < 2:
        return [set() for _ in pages]
    edges = [_edges(page) for page in pages]
    seen = [{_key(page[n]) for n in at} for page, at in zip(pages, edges, strict=True)]
    found = set.intersection(*seen)
    if len(pages) > 2:
        found |= set.intersection(*seen[1:])
    return [{n for n in at if _key(page[n]) in found} for page, at in zip(pages, edges, strict=True)]


def _edges(page: Sequence[str]) -> set[int]:
    """The indexes of a page's first and last :data:`EDGE_LINES` lines that hold text."""
    written = [n for n, line in enumerate(page) if line.strip()]
    return set(written[:EDGE_LINES] + written[-EDGE_LINES:])


def _key(line: str) -> str:
    """A line as its repeats read it: its numbers (a page's) as ``#``, its spaces as one."""
    return " ".join(_NUMBER.sub("#", line).split())
