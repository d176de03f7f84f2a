"""Place names (``data/places.txt``: countries and their short forms, US states and their codes, large
cities), for telling a place from a name: where a role or degree line ends, what stands under a posting's
title."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, list[str]]:
    """The file's places by the kind its ``## …`` lines give them ("Countries", "US states", …)."""
    from importlib.resources import files

    kinds: dict[str, list[str]] = {}
    kind = ""
    for line in files("tailor").joinpath("data/places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            kinds.setdefault(kind, []).append(line.strip())
    return kinds


@functools.lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str]]:
    """Place names in lower case, and the short codes (UK, NY) that count only in capitals."""
    names = [name for found in _kinds().values() for name in found]
    codes = frozenset(n for n in names if n.isupper() and len(n.replace(".", "")) <= 3)
    return frozenset(n.lower() for n in names if n not in codes), codes


@functools.lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Countries and US states by name, in lower case: places no city is ("Missouri", "New York")."""
    kinds = _kinds()
    return frozenset(n.lower() for kind in ("Countries", "US states") for n in kinds.get(kind, []))


def is_place(text: str) -> bool:
    """True when ``text`` is a known place ("Germany", "NY", "& São Paulo", "Remote")."""
    text = re.sub(r"^(?:&|and|the)\s+", "", text.strip(" .()"), flags=re.IGNORECASE)  # "The Gambia"
    names, codes = places()
    return text.lower() in names or text in codes


WORLD_PARTS = "Parts of the world, as remote postings name where their work may be done"
"""The kind of ``places.txt``'s continents and regions of several countries (Europe, EMEA, DACH)."""


@functools.lru_cache(maxsize=1)
def _world_parts() -> frozenset[str]:
    return frozenset(n.lower() for n in _kinds().get(WORLD_PARTS, []))


WORK_WITHOUT_PLACE = "Where work is, though no place"
"""The kind of ``places.txt``'s "Remote", "Hybrid" and "Worldwide"."""


def stands_alone(text: str) -> bool:
    """True when ``text`` is a place no town stands before, as "Austin" stands before "TX": a part of the world
    ("EMEA") or where work is though no place ("Remote"). "Stackwise, Remote" is an employer and how it was worked."""
    kinds = _kinds()
    return is_world_part(text) or text.strip(" .()").lower() in {n.lower() for n in kinds.get(WORK_WITHOUT_PLACE, [])}


def is_world_part(text: str) -> bool:
    """True when ``text`` names a part of the world larger than a country ("EMEA", "Latin America"): what no city
    stands before, as "Austin" stands before "TX"."""
    return text.strip(" .()").lower() in _world_parts()
