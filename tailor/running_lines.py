"""The lines a document repeats at the top or bottom of its pages: its running header and footer.

A PDF writes them into every page's text, where they are no words of what the pages say: "Acme Job
Description – JD-2291" over each page of a posting, "Ana Lopez — continued" over the second page of a
résumé and her e-mail address under it. Read as text, a header becomes a heading or a role, and a footer
runs on from the page's last bullet. The posting reader (:mod:`tailor.posting.formats.pdf`) and the
résumé reader (:mod:`tailor.cv.importers.pdf_layout`) both leave them out by this one rule. A browser that
prints a web page writes its own header and footer (the day, the page's title, its address, "1/3"), which
the posting readers of PDF and of text leave out by their form (:func:`print_margins`), a page printed on
one sheet too.
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


_PRINTED_FOOTER = re.compile(
    r"^\s*(?:(?:https?|(?:fi|\ufb01)le)://\S+|about:blank)\s+(?:\d{1,3}\s*/\s*\d{1,3}|page\s+\d{1,3}\s+of\s+\d{1,3})\s*$",
    re.IGNORECASE,
)
"""A browser's print footer: the page's address, then the page's number of the count ("https://jobs.acme.com/…
1/3", "file:///home/ana/job.html 2/2", Safari's "… Page 1 of 2"), "fi" one letter as a PDF's text may copy it."""
_PRINTED_HEADER = re.compile(
    r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s|$)",
    re.IGNORECASE,
)
"""A browser's print header: the day and time it was printed, then the page's title ("12/7/26, 9:01 PM Staff
Accountant - Careers at Acme", "07/12/2026, 21:01 …")."""


def print_margins(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines a browser prints in a page's margins, over and under each page: its footer (the
    address and the page's number, :data:`_PRINTED_FOOTER`) and, in a text that has one, its header (the day and
    time, then the page's title, :data:`_PRINTED_HEADER`). A page printed to PDF carries them, and so does its text
    copied out of the PDF, wherever its pages broke: they are the browser's, no words of the posting (the title a
    heading, the address a link to apply by). A day and time that opens a line where no footer says the text was
    printed stays: "12/18/2026, 11:59 PM" under "Closing date" is the posting's."""
    footers = {n for n, line in enumerate(lines) if _PRINTED_FOOTER.match(line)}
    if not footers:
        return set()
    return footers | {n for n, line in enumerate(lines) if _PRINTED_HEADER.match(line)}


def without_print_margins(text: str) -> str:
    """``text`` without the lines of a browser's print header and footer (:func:`print_margins`)."""
    if "/" not in text:
        return text
    lines = text.split("\n")
    dropped = print_margins(lines)
    return "\n".join(line for n, line in enumerate(lines) if n not in dropped) if dropped else text
