"""A run of a posting's text as every reader writes it: one space between words, nothing invisible.

Its own module, below every other of :mod:`tailor.posting`: the readers (:mod:`tailor.posting.extracted`) and the
checks of a detail's value (:mod:`tailor.posting.plausible`) both clean text so, and the readers ask the headings,
which ask those checks.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def clean_inline(text: str) -> str:
    """Collapse every run of whitespace to one space and drop invisible characters (soft hyphens, BOMs)."""
    if not text.isascii():  # most of a posting's text is ASCII: no invisible characters to look for
        text = _INVISIBLE.sub("", text)
    # str.split() splits at every Unicode space (no-break and ideographic ones too, and line breaks).
    return " ".join(text.split())
