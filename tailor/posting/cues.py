"""Cues: words one of which every match of a pattern holds, so that a text holding none of them is passed over
before the pattern scans it.

The rules that read a posting's blocks, lines and items are regular expressions of many alternatives, and Python's
``re`` tries every alternative at every character of the text it scans: the three that tell a block's kind by its
content took some 120 µs a block. A substring test (``in``, a scan in C) costs a small part of that, and most texts
hold none of a pattern's words. :func:`cues` reads the words from the pattern itself, so that a rule edited keeps
its cues right; :func:`may_hold` is the test for cues written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SET_CHARACTERS = 4
"""The most characters of a set (``[cs]``, ``(?:c|d)``) whose each one a cue may go on with: "licen[cs]e" is "licence"
or "license"."""
SPELLINGS = 8
"""The most spellings one cue may take so (two such sets in a word are four)."""


def may_hold(text: str, cues: Collection[str]) -> bool:
    """False when ``text`` is ASCII and holds none of ``cues`` (lowercase) in any case: then no case-blind pattern
    that needs one can match it. Other text is left to the pattern: a case-blind pattern meets some letters that
    lowercasing does not make ASCII ("K", the Kelvin sign, is a "k" to it)."""
    if not text.isascii():
        return True
    lower = text.lower()
    # A loop, not any() over a generator, which resumes a frame a cue: asked of every line (1.6 % of a row's work).
    for cue in cues:  # noqa: SIM110
        if cue in lower:
            return True
    return False


@dataclass(frozen=True)
class Cues:
    """The words one of which every match of a pattern holds (:func:`cues`)."""

    words: tuple[str, ...]
    """Lowercase for a case-blind pattern, as written for another."""
    case_blind: bool

    def may_match(self, text: str) -> bool:
        """False when the pattern cannot match ``text``, which holds none of :attr:`words`; True when it may."""
        if self.case_blind:
            return may_hold(text, self.words)
        return any(word in text for word in self.words)


@lru_cache(maxsize=64)
def cues(pattern: re.Pattern[str]) -> Cues | None:
    """The words one of which every match of ``pattern`` holds, read from the pattern: of each of its alternatives, a
    run of literal characters it needs (its longest, or the set of those of alternatives within it whose shortest
    is longest); None where an alternative needs none, as one that may match a figure alone (``\\d+``) does."""
    from re import _constants as c
    from re import _parser

    case_blind = bool(pattern.flags & re.IGNORECASE)
    found = _needed(list(_parser.parse(pattern.pattern, pattern.flags)), case_blind, c)
    if not found:
        return None
    words = sorted(found, key=lambda word: (len(word), word))
    # "dental" among the cues makes "dental insurance" one no more.
    kept = tuple(word for n, word in enumerate(words) if not any(other in word for other in words[:n]))
    return Cues(kept, case_blind)


def _needed(sequence: list[tuple[Any, Any]], case_blind: bool, c: Any) -> frozenset[str] | None:
    """Words one of which every match of ``sequence`` (a parsed pattern's items, in order) holds, or None."""
    best: frozenset[str] | None = None

    def consider(words: frozenset[str] | None) -> None:
        nonlocal best
        if words and all(words) and (best is None or _better(words, best)):
            best = words

    run: frozenset[str] = frozenset({""})  # the spellings of the literal text read so far
    for op, value in sequence:
        spelt = _spellings([(op, value)], case_blind, c)
        if spelt is not None and len(run) * len(spelt) <= SPELLINGS:
            run = frozenset(word + more for word in run for more in spelt)
            continue
        consider(run)
        run = frozenset({""})
        if op is c.SUBPATTERN:
            _, added, removed, inner = value
            if case_blind or not (added | removed) & re.IGNORECASE:
                consider(_needed(list(inner), case_blind, c))
        elif op is c.ATOMIC_GROUP:
            consider(_needed(list(value), case_blind, c))
        elif op is c.BRANCH:
            each = [_needed(list(branch), case_blind, c) for branch in value[1]]
            if all(each):
                consider(frozenset().union(*each))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
            consider(_needed(list(value[2]), case_blind, c))
        # Anything else (a class, a boundary, a look-around, a back-reference) needs no word of its own.
    consider(run)
    return best


def _spellings(sequence: list[tuple[Any, Any]], case_blind: bool, c: Any) -> frozenset[str] | None:
    """Every text that ``sequence`` matches, where it is literal text with a few spellings ("benefits?", "licen[cs]e",
    "(?:starting|base) pay"); None for any other, or one of more than :data:`SPELLINGS` spellings."""
    out = frozenset({""})
    for op, value in sequence:
        if op is c.LITERAL:
            letter = _literal(value, case_blind)
            more = None if letter is None else frozenset({letter})
        elif op is c.IN:
            more = _set_of(value, case_blind, c)
        elif op is c.SUBPATTERN:
            _, added, removed, inner = value
            plain = case_blind or not (added | removed) & re.IGNORECASE
            more = _spellings(list(inner), case_blind, c) if plain else None
        elif op is c.BRANCH:
            each = [_spellings(list(branch), case_blind, c) for branch in value[1]]
            more = None if None in each else frozenset().union(*each)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[1] == 1:  # "s?": once, or not at all
            more = _spellings(list(value[2]), case_blind, c)
            more = None if more is None else more | {""} if value[0] == 0 else more
        else:
            more = None
        if more is None or len(out) * len(more) > SPELLINGS:
            return None
        out = frozenset(word + rest for word in out for rest in more)
    return out


def _better(words: frozenset[str], than: frozenset[str]) -> bool:
    """Whether ``words`` rule out more texts than ``than``: the shortest of them longer, or as long and fewer."""
    shortest, other = min(map(len, words)), min(map(len, than))
    return shortest > other or (shortest == other and len(words) < len(than))


def _literal(code: int, case_blind: bool) -> str | None:
    """The character ``code`` as a cue holds it: lowercase in a case-blind pattern, and there only ASCII (a case-blind
    "ſ" matches an "s"); None for one no cue may hold."""
    letter = chr(code)
    if case_blind:
        return letter.lower() if letter.isascii() else None
    return letter


def _set_of(members: list[tuple[Any, Any]], case_blind: bool, c: Any) -> frozenset[str] | None:
    """The characters of a set of a few literal ones (``[cs]``), as cues hold them; None for any other set."""
    if len(members) > SET_CHARACTERS or any(op is not c.LITERAL for op, _ in members):
        return None
    letters = [_literal(code, case_blind) for _, code in members]
    return None if None in letters else frozenset(letters)  # type: ignore[arg-type]
