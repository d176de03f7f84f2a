"""Ids for CV items that their source does not name (JSON Resume, imports): readable and unique."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str, limit: int = 40) -> str:
    """``École Polytechnique (EPFL)`` → ``ecole-polytechnique-epfl``: lowercase ASCII letters, digits and ``-``,
    at most ``limit`` of them, cut after a whole word where one ends in the second half
    ("oregon-department-of-human-services", not "…-services-chil")."""
    # A dash or a sign no ASCII letter stands for parts words as a hyphen does ("Wisconsin–Whitewater", "R&D · Lab"):
    # dropped, it would run them together.
    parted = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in text)
    ascii_text = unicodedata.normalize("NFKD", parted).encode("ascii", "ignore").decode()
    full = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    cut = full[:limit]
    if len(full) > limit and full[limit] != "-" and (end := cut.rfind("-")) >= limit // 2:
        cut = cut[:end]
    return cut.strip("-")


def unique(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate-2``, ``-3``… if it is taken; the result is added to ``taken``."""
    out, n = candidate, 2
    while out in taken:
        out, n = f"{candidate}-{n}", n + 1
    taken.add(out)
    return out


_NOTE_AFTER = re.compile(r"\s*\([^()]*\s[^()]*\)\s*$")
"""A note of several words in brackets at the end of a name."""


def entry_id(name: str, other: str, fallback: str, taken: set[str]) -> str:
    """The id of an entry whose items take the ids ``{id}-1``, ``{id}-2``… (a role and its bullets): its
    ``name``'s slug (an employer's), else ``fallback``; where that is taken (a second role at one employer), the
    slug with its ``other`` name's after it (its title): "acme", then "acme-designer". A number only where both
    are taken, so that an entry's id never takes the next number after another's items ("acme-3" after the
    bullets "acme-1" and "acme-2" of the first role, as though it were a third bullet of it)."""
    # "Ridgeline Logistics (3PL, 410,000 sq ft DC)": a note of several words in brackets says what the employer is,
    # no part of its name; letters in brackets ("(EPFL)") are.
    base = slug(_NOTE_AFTER.sub("", name)) or slug(name) or fallback
    if base not in taken:
        taken.add(base)
        return base
    return unique(f"{base}-{slug(other, 24)}" if slug(other) else base, taken)
