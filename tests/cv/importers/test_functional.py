"""A functional résumé's claims (:mod:`tailor.cv.importers.functional`): grouped under headings of skill before a
work history without bullets, each group a role of its own, every claim a bullet word for word."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers import Draft
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse


def draft_of(text: str) -> Draft:
    return parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")


FUNCTIONAL = """MARISOL ABERNATHY-QUINN
Warehouse Operations Lead
Reno, NV | (775) 555-0142 | marisol.aq@example.com

AREAS OF EXPERTISE

Inventory Control
- Reconciled 14,000 SKUs across two buildings each quarter, holding shrink under 0.4%.
- Introduced cycle counts by ABC class, cutting count hours by a third.

People Leadership
- Trained 35 seasonal associates a year on RF scanners, putaway and safe forklift use.
- Led a second-shift crew of 12, covering receiving, replenishment and outbound loading.

WORK HISTORY
Operations Lead, Sierra Freight Partners, Reno, NV      2019 - Present
Inventory Clerk, Tahoe Supply Co., Sparks, NV            2015 - 2019

TECHNICAL SKILLS
Manhattan WMS, SAP EWM, Excel, Power BI
"""


def test_a_functional_resumes_claims_under_skill_headings_are_roles_of_their_own_word_for_word() -> None:
    draft = draft_of(FUNCTIONAL)
    grouped = [role for role in draft.data["experience"] if role.get("section")]
    assert [(role["role"], role["section"]) for role in grouped] == [
        ("Inventory Control", "Areas of Expertise"),
        ("People Leadership", "Areas of Expertise"),
    ]
    assert [b["text"] for b in grouped[0]["bullets"]] == [
        "Reconciled 14,000 SKUs across two buildings each quarter, holding shrink under 0.4%.",
        "Introduced cycle counts by ABC class, cutting count hours by a third.",
    ]
    assert all(not role.get("start") for role in grouped)  # no dates are invented for a group
    # No claim is cut at its commas into skills ("14", "000 SKUs …"); the list of names under skills stays skills.
    assert draft.data["skills"] == ["Manhattan WMS", "SAP EWM", "Excel", "Power BI"]
    jobs = [role["employer"] for role in draft.data["experience"] if not role.get("section")]
    assert jobs == ["Sierra Freight Partners", "Tahoe Supply Co."]
    assert any("cannot tell in which job" in note.message for note in draft.notes)


def test_a_skills_list_of_soft_skills_in_sentences_stays_skills() -> None:
    draft = draft_of(
        "Tomasz Wierzbicki\n\nSKILLS\nStrengths\n"
        "- Excellent written and verbal communication skills with clients and crews\n"
        "- Strong attention to detail and the ability to work under pressure\n"
        "\nEXPERIENCE\nEstimator, Pallas Interiors, Tucson, AZ   2018 - 2024\n- Priced drywall and framing bids.\n"
    )
    assert not any(role.get("section") for role in draft.data["experience"])
    assert draft.data["skills"]
