"""Teaching licences: which subject a posting requires one in, and which subjects a CV holds one in.

A US state licenses a teacher in a subject for a span of grades ("Biology (8–12)", "Moderate Disabilities (PreK–8)",
"Elementary (1–6)"), and the licence lets one teach that subject alone: "license in Moderate Disabilities (PreK–8)
required" is not met by a licence in Biology (8–12), though both are teaching licences. A licence's subject is the
words before its grades, back to the word that opens them ("license in", "Teacher License,", "or"); two subjects are
one where they are the same words, whatever their grades and however capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tailor.credential_kinds import CredentialKind, clauses

_GRADES = re.compile(
    r"(?P<open>\(\s*)?(?P<word>\bgrades?\s+)?"
    r"(?P<low>\b(?:pre-?k|pk|k|ec|\d{1,2}))\s*(?:[-–—]|\bto\b|\bthrough\b)\s*(?P<high>\d{1,2}\b|adult\b)"
    r"(?P<close>\s*\))?(?!\s*(?:years?|yrs?|months?|weeks?|days?|hours?|students|sections)\b)",
    re.IGNORECASE,
)
"""A licence's grades: "(8–12)", "(PreK–8)", "Grades 7-12", "EC-6", "7–12"; never a span of time ("3-5 years")."""
_CREDENTIAL = re.compile(r"\b(?:licen[cs]\w*|certif\w*|credential\w*|endorse\w*)", re.IGNORECASE)
"""What says a line names a licence: "license", "licensure", "certificate", "certification", "credential"."""
_OPENS = re.compile(
    r"\b(?:in|licen[cs]\w*|certif\w*|credential\w*|endorse\w*)\b|[:;()|]|[-–—]\s",
    re.IGNORECASE,
)
"""A word or mark before a licence's subjects: "license in", "Teacher License,", "Certification:", another's grades."""
_ALTERNATIVES = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*", re.IGNORECASE)
"""What sets apart subjects that share their grades ("Physics or General Science (7-12)")."""
_NOT_REQUIRED = re.compile(
    r"\b(?:preferred|a plus|desired|desirable|nice to have|eligib\w*|obtain\w*|willing\w*|pursu\w*|working toward)\b",
    re.IGNORECASE,
)
"""What says a line's licence need not be held now: a plus, or one the hire may still get ("or eligible")."""


def _school_grades(match: re.Match[str]) -> bool:
    """Whether a span :data:`_GRADES` found is a licence's grades: set in brackets (closed) or after "Grades", or
    running from a grade only schools have (K, PreK) or to one (12, adult); never a bare "3-5"."""
    if match["open"] and not match["close"]:
        return False
    schoolish = match["low"].lower() in ("k", "pk", "prek", "pre-k", "ec") or match["high"] in ("12", "adult")
    return bool(match["open"] or match["word"] or schoolish)


def names_grades(text: str) -> bool:
    """Whether ``text`` names the grades a teaching licence covers ("Biology (8–12)", "Grades 7–12", "K-6")."""
    return any(_school_grades(match) for match in _GRADES.finditer(text))


def subjects(text: str) -> dict[str, str]:
    """The subjects of the teaching licences ``text`` names, each by its words in small letters, as written with its
    grades ("license in Elementary (1-6) or Mathematics (5-8)" → ``{"elementary": "Elementary (1-6)", "mathematics":
    "Mathematics (5-8)"}``); none where ``text`` names no licence, or a span that is no grades (a bare "3-5" with no
    brackets, "Grades" or a grade that only schools have, K or 12)."""
    if not _CREDENTIAL.search(text):
        return {}
    found: dict[str, str] = {}
    for match in _GRADES.finditer(text):
        if not _school_grades(match):
            continue
        before = text[: match.start()].rstrip()
        opener = max((found.end() for found in _OPENS.finditer(before)), default=0)
        for subject in _ALTERNATIVES.split(before[opener:]):
            words = subject.split()
            if not words or len(words) > 4 or not words[0][:1].isupper() or any(c.isdigit() for c in subject):
                continue
            subject = " ".join(words)
            found.setdefault(subject.lower(), f"{subject} {match[0].strip()}")
    return found


TEACHING_LICENCES = CredentialKind(
    names=subjects,
    says_it=_CREDENTIAL,
    not_required=_NOT_REQUIRED,
    by_clause=True,
    held_in_prose=False,
    warning="The posting requires a teaching licence in {asked} ('{line}'); your CV shows licences in {held} only. "
    "A teaching licence lets you teach its subject alone{so}: if you hold one in the subject asked, add it to your "
    "CV's certificates.",
    flag="requires a licence in {asked}",
)
"""A teaching licence, for the subjects it names: read clause by clause, held as the CV's certificates name it."""


def licences_asked(required: Iterable[str], held: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The ids of the CV's licences (``held``: each certificate's id and text) in a subject a clause of ``required``
    asks a licence in, however it may still be had ("Biology (8–12)" for "license in Biology (8-12) required"): the
    licence a reader of the trade looks for first, which a posting asks in words that make no keyword."""
    asked = {subject for clause in clauses(required) for subject in subjects(clause)}
    return frozenset(text_id for text_id, text in held if asked & subjects(text).keys())
