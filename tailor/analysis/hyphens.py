"""Suspended hyphens written out: "front- and back-of-house" is front-of-house and back-of-house, "short-, medium-
and long-term" short-term, medium-term and long-term, and a sentence wrapped onto the next line read as one line,
before a text is tokenised, with a map from each character back to the text as written (:class:`WrittenOut`), so
that where a term stands still maps to the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HYPHENS = r"\-\u2010\u2011"
_WORD = r"[^\W_]+"
_SUSPENDED = re.compile(
    rf"(?<![\w{_HYPHENS}])((?:{_WORD}[{_HYPHENS}],\s+)*{_WORD}[{_HYPHENS}])"  # "short-, medium-"
    r"(?:,?\s+(?i:and/or|and|or|&)\s+|\s*/\s*)"  # ", and", " or ", "/"
    rf"{_WORD}((?:[{_HYPHENS}]{_WORD})+)"  # "long" and its "-term"
)
"""Words left hanging on a hyphen ("front-", "short-, medium-") before "and", "or", "&" or "/" and a word joined by
a hyphen to the part they share ("back-of-house", "long-term"). A dash set before a word that is no such compound
("communication- and people skills") is none, nor the end of a word already joined ("non-hospital- and")."""
_PREPOSITIONS = frozenset({"in", "on", "off", "out", "up", "down", "over", "under", "within", "inside", "outside"})
"""Words left hanging that share only what follows the "of" of the compound after them: "in- and out-of-state" is
in-state and out-of-state, where "front- and back-of-house" is front-of-house."""
_HANGING = re.compile(rf"[{_HYPHENS}](?=,|\Z)")
_CUES = ("- ", "-,", "-/", "-\n", "\u2010", "\u2011")


@dataclass(frozen=True)
class WrittenOut:
    """A text with its suspended hyphens written out, and where each of its characters stands in the text as
    written."""

    text: str
    origin: tuple[int, ...]
    """Each character's index in the text as written, and one more for the end; a character written out, the index
    of the hyphen it was written after (of a credential's kind, the end of the kind as written after its letters)."""
    added: frozenset[int]
    """The indexes (in :attr:`text`) of the characters written out."""

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where ``text[start:end]`` stands in the text as written: a part written out stands for the word left
        hanging before it ("front" of "front-" for front-of-house); None for a span of written-out characters
        only, which the text as written says nowhere."""
        if start in self.added:
            return None
        last = end - 1
        first, after = self.origin[start], self.origin[last] if last in self.added else self.origin[last] + 1
        return (first, after) if after > first else None


def write_out(text: str) -> WrittenOut | None:
    """``text`` with each word left hanging on a suspended hyphen joined to the part it shares with the compound
    after it ("pre- and post-operative" → "pre-operative and post-operative"), each letter a CDL's endorsements
    list after their word named as its endorsement ("Endorsements: H, N, T" → "H endorsement, N endorsement, T
    endorsement"), a CDL's class named by its word before its letter ("CDL A" → "CDL Class A"), a credential's
    kind written after its name where its letters stand between them (:data:`_LETTERS_BEFORE_KIND`), and each line
    break inside a sentence a space (:func:`_wraps`); None where it has none of them, as most texts do."""
    # where, in the text as written, what is written out, and the character it stands at (a hyphen's part stands at
    # the hyphen, which no span of it includes; an endorsement at the end of its letter, which its span does)
    insertions: list[tuple[int, str, int]] = []
    # where, in the text as written, the white space of a wrapped line's break begins and ends: one space in its stead
    wraps = _wraps(text) if "\n" in text else []
    if any(cue in text for cue in _CUES):
        for found in _SUSPENDED.finditer(text):
            whole = found.group(2)[1:]  # "of-house" of "back-of-house"
            for hyphen in _HANGING.finditer(found.group(1)):
                at = found.start(1) + hyphen.end()
                head = text[found.start(1) : at - 1].rsplit(None, 1)[-1].lstrip(",").lower()
                # "in- and out-of-network": in-network; a preposition is no "in-of-network".
                shared = whole[3:] if head in _PREPOSITIONS and whole[:3].lower() == "of-" else whole
                insertions.append((at, shared, at - 1))
    if "(" in text:
        for found in _LETTERS_BEFORE_KIND.finditer(text):
            if _its_initials(found["letters"], text[: found.start()]):
                # The kind written out stands for the kind as written after the letters: a term that ends in it
                # ("reporter certification") is found up to there ("Reporter (RPR) certification"), not at its
                # first word alone.
                insertions.append((found.start(), f" {found['kind']}", found.end("kind")))
    if "CDL" in text:
        # "CDL A": the class's word before its letter, as the lexicon names the licence ("CDL Class A").
        insertions += [(found.end(), " Class", found.end()) for found in _CDL_CLASS.finditer(text)]
    if "ndorsement" in text:
        for found in _ENDORSEMENTS.finditer(text):
            ends = [letter.end() + found.start(1) for letter in _LETTER.finditer(found[1])]
            insertions += [(end, " endorsement", end) for end in ends]
    if not insertions and not wraps:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    added: list[int] = []
    last = 0
    for at, end, shared, stands in sorted([(at, at, shared, stands) for at, shared, stands in insertions] + wraps):
        if at < last:
            continue  # inside a line's break already read as a space
        pieces.append(text[last:at])
        origin.extend(range(last, at))
        if end > at:  # a line's break and the white space around it, read as the one space it stands for
            pieces.append(shared)
            origin.append(stands)
            last = end
            continue
        added.extend(range(len(origin), len(origin) + len(shared)))
        pieces.append(shared)
        origin.extend([stands] * len(shared))
        last = at
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return WrittenOut("".join(pieces), tuple(origin), frozenset(added))


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=[^\W\d_])")
"""A line break before a letter, with the white space around it: where a sentence may run on from one line to the
next, if a word or a comma stands before it (:func:`_wraps` looks: a look-behind here, tried at every character of
the text, made the scan twice as slow)."""
_A_LABEL = re.compile(r"[^\W\d_][\w '’/-]{0,30}:(?:\s|$)")
"""A line that opens with a label of a few words and its colon ("reporting: Director of Design"): no sentence's rest."""


def _wraps(text: str) -> list[tuple[int, int, str, int]]:
    """The line breaks inside sentences of ``text``, each with the white space around it, as (start, end, " ", where
    its space stands): after a word or a comma, where the next line opens in small letters and with no label, as a
    PDF's or a hard-wrapped e-mail's lines run on ("… contextual inquiry and diary" over "studies across three
    clinics"), which a break would part into words of two sentences."""
    out = []
    for found in _LINE_BREAK.finditer(text):
        before = text[found.start() - 1 : found.start()] if found.start() else ""
        if before != "," and not before.isalnum():  # after a word's letter or digit ([^\W_]) or a comma only
            continue
        end = text.find("\n", found.end())
        opening = text[found.end() : end if end >= 0 else None]
        if opening[:1].islower() and not _A_LABEL.match(opening):
            out.append((found.start(), found.end(), " ", text.index("\n", found.start())))
    return out


_LETTERS_BEFORE_KIND = re.compile(
    r"(?<=[A-Za-z])(?= \((?P<letters>[A-Z]{2,6})\)"
    # or the other of a choice of two before the kind they share: "(GJ) or General Supervising Electrician (GS) license"
    r"(?: (?:or|and/or|/) (?:[A-Z][\w&.-]*[ \t]){1,5}\([A-Z][A-Za-z0-9&.-]{0,7}\))?"
    r" (?P<kind>(?i:licen[cs]es?|certifications?|certificates?|registration)\b))"
)
"""A credential's letters in brackets between its name and its kind ("Journeyman Electrician (GJ) license"): the kind
is written out after the name too ("Journeyman Electrician license (GJ) license"), as the lexicon names it."""


def _its_initials(letters: str, before: str) -> bool:
    """Whether ``letters`` are initials of the capitalised words that end ``before``, in their order ("GJ" of "General
    Journeyman Electrician"): the name's own letters, not its issuer's ("Medical Laboratory Scientist (ASCP)")."""
    words = re.findall(r"[A-Z][\w&.-]*", before.rsplit("(", 1)[-1].rsplit(")", 1)[-1])[-5:]
    initials = iter(word[0] for word in words)
    return all(letter in initials for letter in letters)


_ENDORSEMENTS = re.compile(
    r"\b[Ee]ndorsements?\b[ \t]*[:\-–—]?[ \t]*((?:[HNPSTX](?:[ \t]*(?:,|/|&|\band\b)[ \t]*|[ \t]+))*[HNPSTX])(?![\w-])"
)
"""The letters a CDL's endorsements are listed by after their word ("Endorsements: H, N, T, X", "endorsements H/N"),
as FMCSA names them: H hazardous materials, N tank vehicles, P passengers, S school bus, T doubles/triples, X the
hazardous materials and tank endorsements in one."""
_LETTER = re.compile(r"[HNPSTX]")
_CDL_CLASS = re.compile(r"\bCDL(?=[ \t]+[ABC](?![\w'’-]))")
"""A CDL named by its class's capital letter after it, as a job board's résumé lists the licence ("CDL A", "CDL B"); not
"CDL a must", whose small "a" is an article."""


def written_out(text: str) -> str:
    """``text`` with its suspended hyphens written out (:func:`write_out`)."""
    written = write_out(text)
    return text if written is None else written.text
