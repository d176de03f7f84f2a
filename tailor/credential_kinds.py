"""Credentials of a kind that is for one named thing: a posting may require one the CV holds only for others.

Some credentials are one word for many licences, each good for one thing alone: an aircraft type rating is for the
type it names (14 CFR 61.31), a teaching licence for the subject and grades it names. The words "type rating" or
"license" are the same in the posting and the CV, so keyword coverage counts them met; only the things they name
tell a reader that a rating in the A320 is no rating in the G650. A :class:`CredentialKind` says, as data, how one
kind is read (the things a text names, what makes a line speak of the kind, what makes it no condition of the job)
and how it is told to the user; :func:`lacking` is the one rule that serves every kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_CLAUSE = re.compile(r";\s*|(?<=[a-z)])\.\s+(?=[A-Z])")
"""Where a line's clauses part: "…license in Biology (8-12) required; ESL endorsement preferred"."""


@dataclass(frozen=True)
class CredentialKind:
    """One kind of credential that is for the things it names, and how tailor reads and tells it."""

    names: Callable[[str], dict[str, str]]
    """The things of this kind a text names, by a key two writings of one thing share, as written first
    ("A-320" → ``{"320": "A-320"}``)."""
    says_it: re.Pattern[str]
    """What a text must say for the things it names to be of this kind ("type rating", "license")."""
    not_required: re.Pattern[str]
    """What says a line's credential is no condition of the job: a plus, or one the hire may still get."""
    by_clause: bool
    """Whether a requirement's line is read clause by clause (a teaching licence beside another need) or whole."""
    held_in_prose: bool
    """Whether the CV's headline, summary and bullets may show one held ("Type rated in the B737"), not only its
    certificates."""
    warning: str
    """The warning, with ``{asked}`` (joined by "or"), ``{held}`` (listed), ``{line}`` and ``{so}`` (the fit's
    cap, :meth:`tailor.results.Match._so_capped`) to fill."""
    flag: str
    """The few words a list of postings marks one with, with ``{asked}`` to fill ("requires a G650 type rating")."""


@dataclass(frozen=True)
class CredentialLacking:
    """A credential of a kind the posting requires for things of which the CV's credentials of that kind name none."""

    kind: CredentialKind
    asked: tuple[str, ...]
    """The things the posting's line names, as it writes them ("G650", "Moderate Disabilities (PreK–8)")."""
    held: tuple[str, ...]
    """The things the CV's credentials of the kind name, as it writes them ("A-320", "Biology (8–12)")."""
    line: str
    """The posting's line (or clause) that requires it."""


def lacking(kind: CredentialKind, required: Iterable[str], cv_texts: Iterable[str]) -> CredentialLacking | None:
    """The credential of ``kind`` the first line (or clause) of ``required`` requires for named things, where the
    CV's texts of that kind (``cv_texts``) name things and none of the line's; None where the line names none, the
    CV names none held, or one is the same. A line that makes it a plus or lets the hire get it later asks none."""
    held: dict[str, str] = {}
    for text in cv_texts:
        if kind.says_it.search(text):
            for key, written in kind.names(text).items():
                held.setdefault(key, written)
    if not held:
        return None
    for line in required:
        for clause in _CLAUSE.split(line) if kind.by_clause else (line,):
            if not kind.says_it.search(clause) or kind.not_required.search(clause):
                continue
            asked = kind.names(clause)
            if asked and not asked.keys() & held.keys():
                return CredentialLacking(kind, tuple(asked.values()), tuple(held.values()), clause.strip(" -*•\t"))
    return None


def clauses(required: Iterable[str]) -> list[str]:
    """The clauses of ``required``'s lines, as :func:`lacking` reads a kind read clause by clause."""
    return [clause for line in required for clause in _CLAUSE.split(line)]
