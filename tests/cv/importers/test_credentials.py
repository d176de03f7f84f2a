"""Reading certificates and awards (:mod:`tailor.cv.importers.credentials`): a credential's name, issuer
and date, and what no field holds (a grant's value) kept as a comment."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers import Draft
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse


def draft_of(text: str) -> Draft:
    return parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")


def test_a_grant_s_amount_is_never_its_issuer_and_what_it_was_for_stays_with_its_name() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nGRANTS AND AWARDS\n"
        "2024\tSalt Roads Fellowship, Harbour Humanities Trust, $42,500\n"
        "2021\tGilded Quill Prize, Baltic History Society, for the best first book\n"
        "2019\tTravel Grant, Fenwick College, €900\n"
        "2018\tStudy Award (Archives, Maps, for travel)\n"
    )
    assert [(a["name"], a["issuer"]) for a in draft.data["awards"]] == [
        ("Salt Roads Fellowship", "Harbour Humanities Trust"),
        ("Gilded Quill Prize, for the best first book", "Baltic History Society"),
        ("Travel Grant", "Fenwick College"),
        ("Study Award (Archives, Maps, for travel)", ""),  # no issuer split inside brackets
    ]
    assert "Value of 'Salt Roads Fellowship': $42,500" in draft.leftovers
    assert "Value of 'Travel Grant': €900" in draft.leftovers
    assert any(n.loc == ("awards", 1) and "for the best first book" in n.message for n in draft.notes)


def test_a_credential_held_over_years_keeps_its_span_as_written_and_one_still_held_its_start() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nAWARDS\n2017–2019\tResearch Fellowship, Harbour Library\n"
        "2022 – present\tVisiting Fellowship, Fenwick College\nMay 2020\tGilded Quill Prize, Baltic History Society\n"
    )
    assert [a["date"] for a in draft.data["awards"]] == ["2017–2019", "2022", "May 2020"]
