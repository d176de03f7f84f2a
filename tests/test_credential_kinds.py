"""Credentials of a kind for named things (:mod:`tailor.credential_kinds`): one rule serves every kind."""

from __future__ import annotations

import re

from tailor.credential_kinds import CredentialKind, lacking

# A kind made up for the test: a commercial driver's licence endorsement, named by its letter ("H", "N", "P").
ENDORSEMENTS = CredentialKind(
    names=lambda text: {m[1]: m[0] for m in re.finditer(r"\b([HNPST])\b(?=[ ,]|$)", text)},
    says_it=re.compile(r"\bendorsements?\b", re.IGNORECASE),
    not_required=re.compile(r"\bpreferred\b", re.IGNORECASE),
    by_clause=True,
    held_in_prose=False,
    warning="{asked} asked, {held} held",
    flag="requires {asked}",
)


def test_a_kind_asked_for_things_of_which_the_cv_holds_none_is_lacking_with_what_it_holds() -> None:
    found = lacking(ENDORSEMENTS, ["Class A CDL with endorsement H required"], ["CDL Class A, endorsements P, S"])
    assert found is not None and found.kind is ENDORSEMENTS
    assert (found.asked, found.held, found.line) == (("H",), ("P", "S"), "Class A CDL with endorsement H required")


def test_a_kind_held_or_not_required_or_never_named_by_the_cv_is_not_lacking() -> None:
    assert lacking(ENDORSEMENTS, ["CDL with endorsement P required"], ["CDL, endorsements P, S"]) is None
    assert lacking(ENDORSEMENTS, ["Endorsement H preferred"], ["CDL, endorsements P, S"]) is None
    assert lacking(ENDORSEMENTS, ["Endorsement H required"], ["Class A CDL"]) is None


def test_a_kind_read_by_clause_reads_the_clause_that_asks_it_apart_from_the_one_that_makes_another_a_plus() -> None:
    found = lacking(ENDORSEMENTS, ["Endorsement H required; endorsement T preferred"], ["CDL, endorsements P"])
    assert found is not None and found.line == "Endorsement H required"
    whole = CredentialKind(**{**ENDORSEMENTS.__dict__, "by_clause": False})
    assert lacking(whole, ["Endorsement H required; endorsement T preferred"], ["CDL, endorsements P"]) is None
