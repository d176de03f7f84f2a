"""Place names (``data/places.txt``: countries and their short forms, US states and their codes, large
cities), for telling a place from a name: where a role or degree line ends, what stands under a posting's
title."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str]]:
    """Place names in lower case, and the short codes (UK, NY) that count only in capitals."""
    from importlib.resources import files

    names = files("tailor").joinpath("data/places.txt").read_text(encoding="utf-8").splitlines()
    names = [n.strip() for n in names if n.strip() and not n.startswith("#")]
    codes = frozenset(n for n in names if n.isupper() and len(n.replace(".", "")) <= 3)
    return frozenset(n.lower() for n in names if n not in codes), codes


def is_place(text: str) -> bool:
    """True when ``text`` is a known place ("Germany", "NY", "& São Paulo", "Remote")."""
    text = re.sub(r"^(?:&|and|the)\s+", "", text.strip(" .()"), flags=re.IGNORECASE)  # "The Gambia"
    names, codes = places()
    return text.lower() in names or text in codes
