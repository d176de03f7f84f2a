"""Aircraft type ratings: which aircraft a posting requires one for, and which a CV holds one for.

A pilot flies a large or jet aircraft only with a type rating for that type (14 CFR 61.31), so "Gulfstream G650 type
rating required" is not met by an A320 and a CL-65 type rating, though the words "type rating" are the same. A type
is named by its designator, letters and a number ("G650", "A-320", "CL-65", "B737", "E175"); two designators with
the same number name one type however their letters are written ("B737" and "737", "ERJ-175" and "E175").
"""

from __future__ import annotations

import re

from tailor.credential_kinds import CredentialKind

_TYPE_RATING = re.compile(r"\btype[- ]?rat(?:ing|ings|ed)\b", re.IGNORECASE)
"""Words that say a type rating, held or asked: "type rating", "Type Ratings:", "type-rated"."""
_DESIGNATOR = re.compile(r"(?<![\w-])[A-Z]{1,4}-?(?P<number>\d{1,4})(?:[A-Z]{0,3}|-\d{3})(?![\w-])")
"""An aircraft type's designator: capitals, a hyphen or none, a number, and a series or variant after it ("G650",
"A-320", "CL-65", "DHC-8", "B737-800", "CE-680A"). Never a figure alone ("1,500 hours") or a rule ("Part 121")."""
_NOT_REQUIRED = re.compile(
    r"\b(?:preferred|a plus|desired|nice to have|(?:ability|able|willing(?:ness)?) to (?:obtain|get|earn)|"
    r"will (?:train|type|sponsor)|(?:company|employer)[- ](?:paid|provided|sponsored))\b",
    re.IGNORECASE,
)
"""What says a line's type rating is no condition of the job: a plus, or one the employer gives ("will type you")."""


def names_a_type_rating(text: str) -> bool:
    """Whether ``text`` says a type rating ("type rating", "Type Ratings", "type-rated")."""
    return _TYPE_RATING.search(text) is not None


def designators(text: str) -> dict[str, str]:
    """Each aircraft designator ``text`` names, by its number, as written first ("A-320" → ``{"320": "A-320"}``)."""
    found: dict[str, str] = {}
    for match in _DESIGNATOR.finditer(text):
        found.setdefault(match["number"], match[0])
    return found


TYPE_RATINGS = CredentialKind(
    names=designators,
    says_it=_TYPE_RATING,
    not_required=_NOT_REQUIRED,
    by_clause=False,
    held_in_prose=True,
    warning="The posting requires a type rating for the {asked} ('{line}'); your CV shows type ratings for the {held} "
    "only. A type rating lets you fly that type alone{so}: if you hold one for the type asked, add it to your CV's "
    "certificates.",
    flag="requires a {asked} type rating",
)
"""An aircraft type rating, for the types it names: a line read whole, held wherever the CV says it is rated."""
