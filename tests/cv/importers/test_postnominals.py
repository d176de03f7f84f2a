"""The letters after a person's name: taken out of the name, kept in the headline, from every kind of source."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tailor.cv import CV
from tailor.cv.importers import clean, import_cv
from tailor.cv.importers.postnominals import name_and_letters
from tests.conftest import needs
from tests.cv.importers.resumes import to_pdf
from tests.cv.importers.test_linkedin import EXPORT, export_zip


@pytest.mark.parametrize(
    ("written", "name", "letters"),
    [
        ("Priya R., MS, CCC-SLP", "Priya R.", "MS, CCC-SLP"),
        ("Jane Doe, RN, BSN", "Jane Doe", "RN, BSN"),
        ("Marcus Hale, CPA", "Marcus Hale", "CPA"),
        ("Lena Ortiz, Ph.D.", "Lena Ortiz", "Ph.D."),
        ("Tom Reyes, Jr., PE", "Tom Reyes, Jr.", "PE"),
        ("Tom Reyes, Jr.", "Tom Reyes, Jr.", ""),
        ("Doe, Jane", "Doe, Jane", ""),  # surname first: no letters
        ("Ana Silva", "Ana Silva", ""),
        ("Ana Silva, Lisbon", "Ana Silva, Lisbon", ""),  # a place is no letters
        # A credential of two words or three is one set of letters.
        ("Tomas K. Whitford, PE, PMP, ENV SP", "Tomas K. Whitford", "PE, PMP, ENV SP"),
        ("Rhea Q. Lindqvist, P.E., LEED AP", "Rhea Q. Lindqvist", "P.E., LEED AP"),
        ("Ines Marlow, LEED AP BD+C", "Ines Marlow", "LEED AP BD+C"),
        ("Ana Silva, New York", "Ana Silva, New York", ""),
        # A certification written with its board's letters in brackets, and the mark of its maintenance after them.
        ("Dana Okafor, MLS(ASCP)CM", "Dana Okafor", "MLS(ASCP)CM"),
        ("Luis Ortega, MT (ASCP), SBB", "Luis Ortega", "MT (ASCP), SBB"),
        ("Kim Tran, MLT(AMT)", "Kim Tran", "MLT(AMT)"),
        ("Ana Silva, Lisbon (PT)", "Ana Silva, Lisbon (PT)", ""),  # a place with its country's letters: no letters
    ],
)
def test_a_name_keeps_its_generation_and_gives_up_the_letters_after_it(written: str, name: str, letters: str) -> None:
    assert name_and_letters(written) == (name, letters)


def word_resume(path: Path, name: str) -> Path:
    document = docx.Document()
    document.add_paragraph(name, style="Title")
    document.add_paragraph("priya@example.com | 555-0100 | Austin, TX")
    document.add_heading("Experience", 1)
    document.add_paragraph("Speech-Language Pathologist, Harbor Clinic, Austin, TX, 2019 – Present")
    document.add_paragraph("Treated stuttering in school-age children", style="List Bullet")
    document.save(path)
    return path


def test_a_word_resume_gives_the_name_alone_and_the_letters_as_headline(tmp_path: Path) -> None:
    draft = import_cv(word_resume(tmp_path / "resume.docx", "Priya R., MS, CCC-SLP"))
    cv = CV.model_validate(clean(draft.data))
    assert cv.contact.name == "Priya R."
    assert [h.text for h in cv.headline] == ["MS, CCC-SLP"]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_a_name_with_more_letters_after_it_than_words_in_it_is_still_the_name(tmp_path: Path, suffix: str) -> None:
    # Seven words on the line, four of them letters: the name is three words, and the letters are kept.
    written = "Tomas K. Whitford, PE, PMP, ENV SP"
    if suffix == ".docx":
        path = word_resume(tmp_path / "resume.docx", written)
    else:
        path = tmp_path / "resume.txt"
        path.write_text(
            f"{written}\ntomas@example.com | Dayton, OH\n\nEXPERIENCE\nRiverline Engineers | Dayton, OH | 2016 – 2024\n"
            "Project Engineer\n- Designed two roundabouts on county roads.\n",
            encoding="utf-8",
        )
    cv = CV.model_validate(clean(import_cv(path).data))
    assert cv.contact.name == "Tomas K. Whitford"
    assert [h.text for h in cv.headline] == ["PE, PMP, ENV SP"]


@needs("libreoffice")
def test_a_pdf_resume_gives_the_name_alone_and_the_letters_as_headline(tmp_path: Path) -> None:
    draft = import_cv(to_pdf(word_resume(tmp_path / "resume.docx", "Jane Doe, RN, BSN")))
    cv = CV.model_validate(clean(draft.data))
    assert cv.contact.name == "Jane Doe"
    assert [h.text for h in cv.headline] == ["RN, BSN"]


def test_a_json_resume_keeps_the_letters_before_its_label(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": "Jane Doe, RN, BSN", "label": "Charge Nurse"},
        "work": [{"name": "City Hospital", "position": "Nurse", "startDate": "2019", "highlights": ["Led a unit."]}],
    }
    path.write_text(json.dumps(resume), encoding="utf-8")
    cv = CV.model_validate(clean(import_cv(path).data))
    assert cv.contact.name == "Jane Doe"
    assert [h.text for h in cv.headline] == ["RN, BSN | Charge Nurse"]


def test_a_linkedin_export_with_letters_in_the_last_name_gives_them_to_the_headline(tmp_path: Path) -> None:
    profile = EXPORT["Profile.csv"].replace("Grace,Example,", 'Grace,"Example, CFA",')
    draft = import_cv(export_zip(tmp_path / "export.zip", {**EXPORT, "Profile.csv": profile}))
    cv = CV.model_validate(clean(draft.data))
    assert cv.contact.name == "Grace Example"
    assert [h.text for h in cv.headline] == ["CFA | Data Engineer at Fleet Data Co"]


@pytest.mark.parametrize(
    ("name", "label", "headline"),
    [
        # Every letter the name gave is in the label already: the label stands as written, no letters twice.
        ("Dana Ruiz, CPhT", "Pharmacy Technician (CPhT) | IV Room", "Pharmacy Technician (CPhT) | IV Room"),
        ("Jane Doe, RN, BSN", "RN, BSN | Charge Nurse", "RN, BSN | Charge Nurse"),
        # One not there yet: the letters go before the label, as written after the name.
        ("Jane Doe, RN, BSN", "RN | Charge Nurse", "RN, BSN | RN | Charge Nurse"),
        # Letters inside a longer word are no mention of them ("PE" in "PEDIATRIC").
        ("Tom Reyes, PE", "PEDIATRIC CARE ENGINEER", "PE | PEDIATRIC CARE ENGINEER"),
    ],
)
def test_letters_the_headline_already_names_are_not_written_in_it_again(
    tmp_path: Path, name: str, label: str, headline: str
) -> None:
    path = tmp_path / "resume.json"
    resume = {
        "basics": {"name": name, "label": label},
        "work": [{"name": "City Hospital", "position": "Nurse", "startDate": "2019", "highlights": ["Led a unit."]}],
    }
    path.write_text(json.dumps(resume), encoding="utf-8")
    cv = CV.model_validate(clean(import_cv(path).data))
    assert cv.contact.name == name.split(",")[0]
    assert [h.text for h in cv.headline] == [headline]


def test_a_licence_number_after_the_letters_is_a_certificate_not_the_name_or_the_headline(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Nora Vance, CCC-SLP, ASHA #12345678\nSpeech-Language Pathologist\nMadison, WI | nora@example.org\n\n"
        "EXPERIENCE\nSpeech-Language Pathologist, Lakeview School District, Madison, WI\n2019 - Present\n"
        "- Treated articulation and fluency disorders in 60 students\n",
        encoding="utf-8",
    )
    cv = CV.model_validate(clean(import_cv(resume).data))
    assert cv.contact.name == "Nora Vance"
    assert [h.text for h in cv.headline] == ["CCC-SLP | Speech-Language Pathologist"]
    assert [c.name for c in cv.certificates] == ["ASHA #12345678"]
    assert name_and_letters("Nora Vance, RN, License #RN-44812") == ("Nora Vance", "RN, License #RN-44812")
