"""Reading certificates and awards (:mod:`tailor.cv.importers.credentials`): a credential's name, issuer
and date, and what no field holds (a grant's value) kept as a comment."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.cv.importers import Draft
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse
from tests.conftest import needs
from tests.cv.importers.resumes import to_pdf


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


def test_a_licence_number_after_its_date_stays_in_its_name_and_the_date_is_its_date() -> None:
    draft = draft_of(
        "Dana Roux\n\nEXPERIENCE\nNorthside Electric\t2015 – 2024\nElectrician\n• Wired 40 homes.\n"
        "\nLICENSES\n• Journeyman Electrician, Oregon BCD, 2015 — License #JE.77310\n"
        "• OSHA 30, OSHA Training Institute, 2019 | Card No. 2231-88\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Journeyman Electrician, Oregon BCD, License #JE.77310", "", "2015"),  # as "…, License No. 4471-RC" stays
        # The piece before a card's number plainly names who gave it, as before a licence's.
        ("OSHA 30, Card No. 2231-88", "OSHA Training Institute", "2019"),
    ]


def test_a_licence_number_that_ends_its_line_is_never_read_as_its_dates() -> None:
    # Eight digits held no "0048 – 1263"; "1048-2231" is a number's groups, no span of years: a year of a working
    # life is of the last century or this one, and no part of a longer number.
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\nPrairie State Electric\t2016 – Present\nLead Electrician\n• Ran crews.\n"
        "\nLICENSES\n- Master Electrician License, City of Springfield, Card No. 00481263\n"
        "- Illinois Electrical Contractor License No. 1048-2231\n"
        "- Journeyman Electrician, Lic. 20192021\n"
    )
    certificates = draft.data["certificates"]
    assert [c.get("date") for c in certificates] == [None, None, None]
    assert [c["name"] for c in certificates] == [
        "Master Electrician License, Card No. 00481263",
        "Illinois Electrical Contractor License No. 1048-2231",
        "Journeyman Electrician, Lic. 20192021",
    ]


def test_a_certificate_whose_brackets_list_what_it_covers_keeps_them_whole_in_its_name() -> None:
    draft = draft_of(
        "Tomas Reyes\n\nCERTIFICATIONS\n"
        "* Aerial Lift Operator (Scissor Lift, Boom Lift, Mast Climber), 2023\n"
        "* Certified Scrum Master, Scrum Alliance, 2021\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Aerial Lift Operator (Scissor Lift, Boom Lift, Mast Climber)", "", "2023"),
        ("Certified Scrum Master", "Scrum Alliance", "2021"),  # a comma outside brackets still sets the issuer apart
    ]


def test_a_coding_credential_and_the_body_that_grants_it_are_one_credential_and_its_issuer() -> None:
    draft = draft_of(
        "Priya Ortiz\n\nCERTIFICATIONS\n"
        "Certified Professional Coder (CPC), AAPC – 2017\n"
        "Certified Coding Specialist (CCS), AHIMA – 2019\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Professional Coder (CPC)", "AAPC", "2017"),
        ("Certified Coding Specialist (CCS)", "AHIMA", "2019"),
    ]


def test_a_piece_after_a_comma_that_says_what_its_holder_is_certified_in_is_no_issuer() -> None:
    draft = draft_of(
        "Rosa Banks\n\nCERTIFICATIONS\n"
        "* Washington State Driver License, EVOC certified\n"
        "* Warehouse Safety Card, OSHA trained\n"
        "* Certified Scrum Master, Scrum Alliance\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Washington State Driver License, EVOC certified", ""),
        ("Warehouse Safety Card, OSHA trained", ""),
        ("Certified Scrum Master", "Scrum Alliance"),
    ]


def test_a_licence_followed_by_the_title_it_is_held_as_in_its_letters_has_no_issuer() -> None:
    # The role an advanced practice nurse's licence is held as (FNP, CNM), or a nurse's RN, is what the holder is.
    draft = draft_of(
        "Rowan Vale\n\nLICENSES AND CERTIFICATIONS\n"
        "* Arizona APRN license, FNP (exp. 2026)\n"
        "* Colorado APRN License, CNM\n"
        "* Oregon RN license, RN\n"
        "* PMP, PMI\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Arizona APRN license, FNP", ""),
        ("Colorado APRN License, CNM", ""),
        ("Oregon RN license, RN", ""),
        ("PMP", "PMI"),  # a body's letters still give it
    ]


def test_a_piece_that_says_at_what_level_its_holder_is_certified_is_no_issuer() -> None:
    # "Certified at Expert Level" is the holder's standing, after a comma or a dash: no body, no course's provider.
    draft = draft_of(
        "Dana Whitfield\n\nCERTIFICATIONS\n"
        "* Lean Six Sigma Green Belt — Certified at Expert Level, 2023\n"
        "* Tableau Desktop Specialist, Certified at Expert Level, 2022\n"
        "* Wilderness First Responder, Trained in Backcountry Rescue\n"
        "* Power BI Data Analyst Associate — Microsoft, 2022\n"
    )
    assert [(c["name"], c.get("issuer", ""), c.get("date") or "") for c in draft.data["certificates"]] == [
        ("Lean Six Sigma Green Belt — Certified at Expert Level", "", "2023"),
        ("Tableau Desktop Specialist, Certified at Expert Level", "", "2022"),
        ("Wilderness First Responder, Trained in Backcountry Rescue", "", ""),
        ("Power BI Data Analyst Associate", "Microsoft", "2022"),
    ]


def test_credentials_tailor_knows_listed_on_one_line_between_commas_are_each_a_credential_without_an_issuer() -> None:
    draft = draft_of(
        "Tomas Reyes\n\nCERTIFICATIONS\n"
        "* ACLS, PALS, CPR/BLS Instructor\n"
        "* ICS-100, ICS-200, IS-700 (2019)\n"
        "* PMP, PMI\n"  # a credential and its issuer, whom tailor does not know as a credential
        "* Basic Life Support (BLS), Advanced Cardiovascular Life Support (ACLS)\n"  # each with its own short form
        "* AWS Certified Developer, AWS\n"  # the issuer's name inside the credential's
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("ACLS", "", None),
        ("PALS", "", None),
        ("CPR/BLS Instructor", "", None),
        ("ICS-100", "", "2019"),
        ("ICS-200", "", "2019"),
        ("IS-700", "", "2019"),
        ("PMP", "PMI", None),
        ("Basic Life Support (BLS)", "", None),
        ("Advanced Cardiovascular Life Support (ACLS)", "", None),
        ("AWS Certified Developer", "AWS", None),
    ]


def test_a_credential_spelt_out_with_its_initials_then_other_initials_is_one_credential_and_its_issuer() -> None:
    # "Certified Construction Manager (CCM), CMAA": the Construction Management Association of America, whose letters
    # the lexicon knows as a medical assistant's credential too. A list of credentials writes each alike.
    draft = draft_of(
        "Wendell Okafor\n\nCERTIFICATIONS\n"
        "* Certified Construction Manager (CCM), CMAA (2022)\n"
        "* CCMA, CMAA (2021)\n"  # letters beside letters: a list, as a medical assistant holds both
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Construction Manager (CCM)", "CMAA", "2022"),
        ("CCMA", "", "2021"),
        ("CMAA", "", "2021"),
    ]


def test_a_credential_and_the_body_that_gave_it_are_one_credential_though_tailor_knows_the_bodys_name() -> None:
    draft = draft_of(
        "Noor Haddad\n\nCERTIFICATIONS\n"
        "* RHIT, American Health Information Management Association, 2019\n"  # the lexicon knows AHIMA's name
        "* NCLE Certified (NCLEC), National Contact Lens Examiners — 2020\n"  # a board of examiners
        "* ACLS, PALS, 2021\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("RHIT", "American Health Information Management Association", "2019"),
        ("NCLE Certified (NCLEC)", "National Contact Lens Examiners", "2020"),
        ("ACLS", "", "2021"),
        ("PALS", "", "2021"),
    ]
    assert not any("split at the last comma" in n.message for n in draft.notes)  # each plainly a body


def test_a_credential_and_its_bodys_initials_that_tailor_knows_as_one_skill_are_one_credential() -> None:
    # The lexicon knows the CHI as one of CCHI's credentials: the credential and its body, not a list of two.
    draft = draft_of(
        "Lena Ortiz\n\nCERTIFICATIONS\n"
        "* Certified Healthcare Interpreter (CHI-Spanish), CCHI, 2017\n"
        "* ACLS, PALS, 2021\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Healthcare Interpreter (CHI-Spanish)", "CCHI", "2017"),
        ("ACLS", "", "2021"),
        ("PALS", "", "2021"),
    ]


def test_a_grade_of_membership_before_a_comma_keeps_the_body_it_is_held_in_as_its_name() -> None:
    draft = draft_of(
        "Ola Brandt\n\nCERTIFICATIONS\n"
        "* Member, Northern Guild of Assessors (MNGA), 2022\n"
        "* Senior Fellow, Harbour Institute of Surveyors, 2019\n"
        "* Certified Scrum Master, Scrum Alliance, 2021\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Member, Northern Guild of Assessors (MNGA)", "", "2022"),  # "Member" alone is no credential
        ("Senior Fellow, Harbour Institute of Surveyors", "", "2019"),
        ("Certified Scrum Master", "Scrum Alliance", "2021"),
    ]
    assert not any("Member" in n.message or "Fellow" in n.message for n in draft.notes)
    assert sum("split at the last comma" in n.message for n in draft.notes) == 1


def test_credentials_listed_on_one_line_apart_by_semicolons_each_with_its_year_are_each_a_credential() -> None:
    draft = draft_of(
        "Rhea Castillo\n\nCERTIFICATIONS\n"
        "Forklift Operator (2017); Basic Life Support (CPR; AED), 2021\n"
        "Certified Scrum Master; Scrum Alliance; 2020\n"
    )
    first, second, third = draft.data["certificates"]
    assert (first["name"], first["date"]) == ("Forklift Operator", "2017")
    assert (second["name"], second["date"]) == ("Basic Life Support (CPR; AED)", "2021")  # no part in brackets
    assert third["name"].startswith("Certified Scrum Master; Scrum Alliance")  # one: its pieces are not each dated


def test_credentials_tailor_knows_listed_on_one_line_apart_by_semicolons_undated_are_each_a_credential() -> None:
    draft = draft_of(
        "Maya Okafor\n\nCERTIFICATIONS\n"
        "Registered Dietitian Nutritionist (RDN); Licensed Dietitian (LD), Ohio; Certified Nutrition Support "
        "Clinician (CNSC)\n"
        "Certified Scrum Master; Scrum Alliance\n"
    )
    found = [(c["name"], c["issuer"]) for c in draft.data["certificates"]]
    assert found[:3] == [
        ("Registered Dietitian Nutritionist (RDN)", ""),
        ("Licensed Dietitian (LD)", "Ohio"),  # each piece read as a line of its own is
        ("Certified Nutrition Support Clinician (CNSC)", ""),
    ]
    assert found[3][0].startswith("Certified Scrum Master; Scrum Alliance")  # the body is no credential of its own


def test_a_rule_s_section_number_in_a_credential_s_name_is_no_year_and_the_year_after_it_is_its_date() -> None:
    draft = draft_of(
        "Tomas Quill\n\nCERTIFICATIONS\n"
        "Fall Protection Competent Person (29 CFR 1926.501), 2022\n"
        "Bloodborne Pathogens Training (OSHA 29 CFR 1910.1030), 2019\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Fall Protection Competent Person (29 CFR 1926.501)", "2022"),
        ("Bloodborne Pathogens Training (OSHA 29 CFR 1910.1030)", "2019"),
    ]


def test_a_credential_held_over_years_keeps_its_span_as_written_and_one_still_held_its_start() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nAWARDS\n2017–2019\tResearch Fellowship, Harbour Library\n"
        "2022 – present\tVisiting Fellowship, Fenwick College\nMay 2020\tGilded Quill Prize, Baltic History Society\n"
    )
    assert [a["date"] for a in draft.data["awards"]] == ["2017–2019", "2022", "May 2020"]


def test_a_degree_s_abbreviation_under_its_institution_s_line_is_the_degree_and_never_a_section_title() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nEDUCATION\n"
        "Westmere University\t2012\nBBA, Finance\n"
        "Northgate College\t2016\nMBA\n"
        "Harlow Institute of Technology\t2018\nMAcc\n"
        "Fenwick University\t2008\nFinance and Accounting\n"
    )
    assert [(e["degree"], e["institution"], e["end"]) for e in draft.data["education"]] == [
        ("BBA, Finance", "Westmere University", "2012"),
        ("MBA", "Northgate College", "2016"),
        ("MAcc", "Harlow Institute of Technology", "2018"),
        ("Finance and Accounting", "Fenwick University", "2008"),  # no degree's word: the piece that is no school
    ]
    assert any(n.loc == ("education", 3) and "no degree's word" in n.message for n in draft.notes)
    assert not draft.leftovers


def test_a_degree_s_abbreviation_and_field_after_a_dash_stay_with_the_degree_not_the_institution() -> None:
    # As LinkedIn's profile sets a degree under its school: its pieces are copied as the line writes them, the dash
    # after its name too, not joined again by commas.
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nEducation\n"
        "Westmere University\nMaster of Science - MSc, Applied Statistics · (2014 - 2016)\n"
        "Northgate College\nBachelor of Arts - BA, History · (2010 - 2014)\n"
    )
    assert [(e["degree"], e["institution"]) for e in draft.data["education"]] == [
        ("Master of Science - MSc, Applied Statistics", "Westmere University"),
        ("Bachelor of Arts - BA, History", "Northgate College"),
    ]


def test_a_degree_its_subject_and_its_institution_in_one_sentence_keep_the_subject_and_the_rest_as_details() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nEDUCATION\n"
        "2017\tPh.D., History, University of Avalon. Dissertation: “Salt and Ink in the Hanse.” Advisor: Prof. Ida "
        "Marsh.\n"
        "2012\tM.A., Medieval Studies, University of Kelmscott.\n"
        "2008\tB.Sc., Zoology, Department of Biology, Fenwick College, Leeds, UK\n"
    )
    assert [(e["degree"], e["institution"], e["location"], e["details"]) for e in draft.data["education"]] == [
        (
            "Ph.D., History",
            "University of Avalon",
            "",
            ["Dissertation: “Salt and Ink in the Hanse.” Advisor: Prof. Ida Marsh."],
        ),
        ("M.A., Medieval Studies", "University of Kelmscott", "", []),
        ("B.Sc., Zoology", "Department of Biology, Fenwick College", "Leeds, UK", []),
    ]


def test_a_link_to_a_credential_is_no_credential_and_a_second_list_of_the_same_ones_is_left_out() -> None:
    draft = draft_of(
        "# Omar Haddad\n\n## Certifications\n\n"
        "- **Cloud Foundations** – Skyline Academy *(Sep 2022)*\n- **Data Basics** – Harbor University *(Aug 2022)*\n\n"
        "## Licenses\n\n"
        "- **Cloud Foundations** – Skyline Academy *(Sep 2022)*  \n"
        "  [Link to Certificate](https://certs.example/1)\n\n"
        "- **Data Basics** – Harbor University *(Aug 2022)*  \n"
        "  [Show credential](https://certs.example/2)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Cloud Foundations", "Skyline Academy", "Sep 2022"),
        ("Data Basics", "Harbor University", "Aug 2022"),
    ]


def test_a_spaced_dash_sets_a_credential_apart_from_its_giver_but_not_from_its_level_or_description() -> None:
    draft = draft_of(
        "# Noor Vance\n\n## Certifications\n\n"
        "- Wilderness First Aid, Adult and Child — Northbay Safety Council, 2021\n"
        "- Basic Life Support — Crestline Heart Association, exp. 04/2027\n"
        "- Cloud Architect – Associate — Skyline Academy, 2022\n"
        "- Cloud Architect – Associate, 2020\n"
        "- Lean Six Sigma – Green Belt, 2019\n"
        "- Forklift Operator — sit-down and reach trucks, 2018\n"
        "- First Aid at Work — Level 3, 2017\n"
        "- Payroll Suite Pro Certification – HCM Core, 2023\n"
        "- Cloud Data Certification – Data Engineer Professional, 2022\n"
        "- Payroll Suite Pro Certification – Harbor Professional Institute, 2021\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Wilderness First Aid, Adult and Child", "Northbay Safety Council"),  # never split at its comma
        ("Basic Life Support", "Crestline Heart Association"),
        ("Cloud Architect – Associate", "Skyline Academy"),
        ("Cloud Architect – Associate", ""),
        ("Lean Six Sigma – Green Belt", ""),
        ("Forklift Operator — sit-down and reach trucks", ""),
        ("First Aid at Work — Level 3", ""),
        ("Payroll Suite Pro Certification – HCM Core", ""),  # a track of it, a word or two before its level
        ("Cloud Data Certification – Data Engineer Professional", ""),
        ("Payroll Suite Pro Certification", "Harbor Professional Institute"),  # a giver stays its giver
    ]
    assert not draft.notes  # the dash says it; nothing to check


def test_a_credentials_acronym_and_its_spelled_out_name_either_side_of_a_dash_are_its_name_and_never_its_giver() -> (
    None
):
    draft = draft_of(
        "# Noor Vance\n\n## Certifications\n\n"
        "- QFP – Qualified Festival Producer (2021)\n"
        "- Registered Venue Steward – RVS, 2019\n"
        "- CTO – Certified in the Theory of Operations (in progress)\n"
        "- Board Certified Venue Analyst – BVCB, 2018\n"  # the board's initials, not the credential's: its giver
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("QFP – Qualified Festival Producer", ""),
        ("Registered Venue Steward – RVS", ""),
        ("CTO – Certified in the Theory of Operations", ""),
        ("Board Certified Venue Analyst", "BVCB"),
    ]


def test_a_grade_point_average_without_a_colon_and_honours_after_it_are_the_degree_s_grade() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nEducation\n"
        "2014 – 2018\nBachelor of Arts in Geography, Lakeview State University, Duluth, MN\n"
        "GPA 3.62/4.0, magna cum laude\n"
        "2018 – 2020\nMaster of Science in Hydrology, Brackwater Institute, Reno, NV\nGPA: 3.9\n"
    )
    degrees = [(d["degree"], d["institution"], d["location"], d["grade"]) for d in draft.data["education"]]
    assert degrees == [
        ("Bachelor of Arts in Geography", "Lakeview State University", "Duluth, MN", "3.62/4.0, magna cum laude"),
        ("Master of Science in Hydrology", "Brackwater Institute", "Reno, NV", "GPA: 3.9"),
    ]
    assert not any("names no degree" in n.message for n in draft.notes)


def test_a_degree_line_naming_its_institution_stays_the_degree_over_a_line_of_honours_under_it() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org\n\nEDUCATION\n"
        "B.A., History, minor in Art, Fenwick University, Salem, OR\tMay 2017\n"
        "Summa cum laude; Dean's Research Fellowship\n\nSKILLS\nArchives\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["location"]) == (
        "B.A., History, minor in Art",
        "Fenwick University",
        "Salem, OR",
    )
    assert (degree["grade"], degree["details"]) == ("Summa cum laude", ["Dean's Research Fellowship"])


def test_a_year_alone_under_a_certificate_s_name_is_its_date_and_never_a_certificate_without_a_name() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nCERTIFICATIONS\n"
        "Food Handler Certificate\nServSafe, 2021\n"
        "Confined Space Entry Training\n2020\n"
        "First Aid and CPR\n2019\n2022\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Food Handler Certificate", "2021"),
        ("Confined Space Entry Training", "2020"),
        ("First Aid and CPR", "2019"),
    ]
    assert all(c["name"] for c in draft.data["certificates"])
    assert "2022" in draft.leftovers  # a second date has no place: kept as a comment, never dropped


@pytest.mark.parametrize(
    "education",
    [
        # A long line leaves its year no column of its own: a space, not a gap, before it.
        "J.D., Marlowe Law School\t2023\nParalegal Certificate, Fernhollow Community College 2014\n"
        "B.A. in History, Fernhollow University\t2013\n",
        "Paralegal Certificate, Fernhollow Community College 2014\nB.A. in History, Fernhollow University\t2013\n",
    ],
)
def test_a_degree_whose_year_ends_its_line_after_a_space_is_a_degree_of_its_own_with_that_year(
    education: str,
) -> None:
    draft = draft_of(f"Ines Varga\n\nEXPERIENCE\nMarlowe LLP\t2021 – 2025\nAssociate\n\nEDUCATION\n{education}")
    found = [(e["degree"], e["institution"], e["end"]) for e in draft.data["education"]]
    assert ("Paralegal Certificate", "Fernhollow Community College", "2014") in found
    assert found[-1] == ("B.A. in History", "Fernhollow University", "2013")


def test_a_word_tables_header_of_a_name_beside_its_year_is_no_certificate(tmp_path: Path) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Rosa Albrecht")
    document.add_heading("LICENSES AND CERTIFICATIONS", 1)
    table = document.add_table(rows=0, cols=2)
    for name, year in [
        ("Certification", "Year"),
        ("Certified Welding Inspector", "2019"),
        ("Rigging Qualification", "2015"),
    ]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = name, year
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph("Welder, Kestrel Fabrication\t2015 - 2024")
    document.add_paragraph("Welded structural steel.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Welding Inspector", "2019"),
        ("Rigging Qualification", "2015"),
    ]


def test_a_licence_table_is_read_by_its_columns_its_expiry_its_expires_and_its_number_a_comment(tmp_path: Path) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Tomas Ekwueme")
    document.add_heading("Licensure & Certifications", 1)
    table = document.add_table(rows=0, cols=4)
    for cells in [
        ("Credential", "Issuer", "License Number", "Expires"),
        ("Registered Dietitian", "Commission on Dietetic Registration", "CDR 8812", "05/2027"),
        ("Licensed Dietitian", "Texas Department of Licensing", "LD-30417", "N/A"),
        ("ServSafe Manager", "National Restaurant Association", "—", "—"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Experience", 1)
    document.add_paragraph("Clinical Dietitian, Harlow Medical Center\t2018 - 2024")
    document.add_paragraph("Assessed 20 inpatients a day.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Registered Dietitian", "Commission on Dietetic Registration", None, "05/2027"),  # no date gained
        ("Licensed Dietitian", "Texas Department of Licensing", None, None),
        ("ServSafe Manager", "National Restaurant Association", None, None),  # no "—" in its issuer
    ]
    assert not any(leftover.startswith("Expiry") for leftover in draft.leftovers)
    assert "Number of 'Licensed Dietitian, Texas Department of Licensing': LD-30417" in draft.leftovers
    assert not any("ServSafe" in leftover for leftover in draft.leftovers)


@pytest.mark.parametrize(
    "header",
    [
        ("Credential", "Issuing Agency", "Credential Number", "Expiration"),
        ("Certification Name", "Granting Authority", "No.", "Exp. Date"),
        ("License Type", "Licensing Board", "License #", "Date of Expiry"),
    ],
)
def test_a_licence_tables_header_of_several_words_names_its_columns_by_the_word_that_says_what_they_hold(
    tmp_path: Path, header: tuple[str, str, str, str]
) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Wren Adebayo-Lind")
    document.add_heading("Credentials & Certifications", 1)
    table = document.add_table(rows=0, cols=4)
    for cells in [
        header,
        ("Professional Teaching License, Earth Science", "State Board of Education", "PTL-55120", "06/2028"),
        ("Wilderness First Aid", "Northfield Outdoor School", "—", "—"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Experience", 1)
    document.add_paragraph("Earth Science Teacher, Larchmont High School\t2016 - 2024")
    document.add_paragraph("Taught four sections of earth science.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Professional Teaching License, Earth Science", "State Board of Education", None, "06/2028"),
        ("Wilderness First Aid", "Northfield Outdoor School", None, None),
    ]
    assert any(leftover.endswith(": PTL-55120") for leftover in draft.leftovers)


@pytest.mark.parametrize("header", ["Issued / Expires", "Issued – Expiration", "Date Earned - Expiry Date"])
def test_a_licence_tables_column_of_both_dates_gives_each_cell_its_date_first_and_its_expiry_after(
    tmp_path: Path, header: str
) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Ilse Moravec-Tran")
    document.add_heading("Licenses & Certifications", 1)
    table = document.add_table(rows=0, cols=3)
    for cells in [
        ("Credential", "Issuing Body", header),
        ("Registered Respiratory Therapist", "National Board for Respiratory Care", "2014 / 06/2028"),
        ("ACLS Provider", "American Heart Association", "2024 – 09/2026"),
        ("Certified Pulmonary Function Technologist", "National Board for Respiratory Care", "2016"),
        ("Adult Critical Care Specialty", "National Board for Respiratory Care", "2019 / CMP 2027"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Experience", 1)
    document.add_paragraph("Respiratory Therapist, Harlow Medical Center\t2014 - 2024")
    document.add_paragraph("Managed ventilators for 12 ICU beds.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    # The date gained first, the date it runs out after: a column of one date alone holds when it was gained.
    assert [(c["name"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Registered Respiratory Therapist", "2014", "06/2028"),
        ("ACLS Provider", "2024", "09/2026"),
        ("Certified Pulmonary Function Technologist", "2016", None),
        ("Adult Critical Care Specialty", "2019", None),
    ]
    # An expiry that is no date tailor reads is kept as a comment, never in the issuer's name.
    assert {c["issuer"] for c in draft.data["certificates"]} == {
        "National Board for Respiratory Care",
        "American Heart Association",
    }
    assert "Expiry of 'Adult Critical Care Specialty': CMP 2027" in draft.leftovers


@pytest.mark.parametrize("kind", ["docx", pytest.param("pdf", marks=needs("libreoffice"))])
def test_a_licence_table_whose_cells_wrap_and_stand_close_is_read_by_its_columns_from_a_pdf_as_from_word(
    tmp_path: Path, kind: str
) -> None:
    # A Word résumé's table of credentials, exported to PDF: its bold header names the columns, a long name wraps
    # in its cell (the rest on the line under, alone), and a full cell leaves less than two ems before the next.
    import docx
    from docx.shared import Inches

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Odile Ferreira-Banks")
    document.add_paragraph("odile@example.org")
    document.add_heading("Experience", 1)
    document.add_paragraph("Radiologic Technologist, Harlow Medical Center\t2016 - 2024")
    document.add_paragraph("Performed 40 CT scans a day.", style="List Bullet")
    document.add_heading("Licenses & Certifications", 1)
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for cells in [
        ("Credential", "Issuing Body", "Number", "Expires"),
        (
            "Registered Technologist in Computed Tomography",
            "American Registry of Radiology",
            "CT 55120",
            "06/2028",
        ),
        ("Basic Life Support Provider", "American Heart Association", "—", "09/2027"),
        ("Radiation Safety Officer Course", "Kestrel Health Physics Institute", "—", "—"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = cells[0] == "Credential"
    for column in table.columns:
        for cell in column.cells:
            cell.width = Inches(1.6)
    document.add_heading("Skills", 1)
    document.add_paragraph("Siemens SOMATOM, GE Revolution CT, contrast power injectors")
    document.save(tmp_path / "cv.docx")
    path = tmp_path / "cv.docx"
    draft = import_cv(to_pdf(path) if kind == "pdf" else path)
    assert [(c["name"], c["issuer"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Registered Technologist in Computed Tomography", "American Registry of Radiology", "06/2028"),
        ("Basic Life Support Provider", "American Heart Association", "09/2027"),
        ("Radiation Safety Officer Course", "Kestrel Health Physics Institute", None),
    ]
    assert "Number of 'Registered Technologist in Computed Tomography, American Registry of Radiology': CT 55120" in (
        draft.leftovers
    )


def test_a_dated_degree_under_the_description_of_the_one_above_is_a_degree_of_its_own() -> None:
    draft = draft_of(
        "Rosa Albrecht\n\nEDUCATION\nCarpentry Apprenticeship, Northwest Carpenters Institute, 2010-2014\n"
        "4-year program with 6,000 hours on the job and 640 hours in the classroom\n"
        "Clover Park Technical College, Lakewood, WA\nWelding Certificate, 2017\n"
    )
    assert [(d["degree"], d["institution"], d["end"]) for d in draft.data["education"]] == [
        ("Carpentry Apprenticeship", "Northwest Carpenters Institute", "2014"),
        ("Welding Certificate", "Clover Park Technical College", "2017"),
    ]
    assert draft.data["education"][0]["details"] == [
        "4-year program with 6,000 hours on the job and 640 hours in the classroom"
    ]


@pytest.mark.parametrize(
    "second",
    [
        "PGY1 Pharmacy Residency, Northfield General Hospital 2019",
        "Hospital Practice Residency (accredited), Northfield 2019",
    ],
)
def test_a_dated_line_under_a_degree_with_its_year_is_a_credential_of_its_own_not_the_degrees_date(second: str) -> None:
    draft = draft_of(
        "Jordan Vale\n\nEducation\nDoctor of Pharmacy (PharmD), Lakeview University College of Pharmacy 2018\n"
        f"{second}\n"
    )
    degree = draft.data["education"][0]
    assert (degree["institution"], degree["end"]) == ("Lakeview University College of Pharmacy", "2018")
    others = [*draft.data["education"][1:], *draft.data.get("certificates", [])]
    assert [(o.get("end") or o.get("date")) for o in others] == ["2019"]


def test_a_line_under_a_degree_line_naming_its_institution_is_a_detail_not_more_of_the_institution() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org\n\nEDUCATION\n"
        "Fenwick University — B.S. in Biology\tMay 2026\n"
        "Minor in Chemistry. GPA: 3.5/4.0, Dean's List (4 semesters)\n\nSKILLS\nPipetting\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"]) == ("B.S. in Biology", "Fenwick University")
    assert degree["details"] == ["Minor in Chemistry. GPA: 3.5/4.0, Dean's List (4 semesters)"]


@pytest.mark.parametrize(
    "first",
    [
        "Diploma, Medical Assisting — Harbor Community College, Tucson, AZ\t2018",
        "Fenwick University — B.S. in Biology\t2018",
    ],
)
def test_a_detail_under_a_degree_keeps_its_at_where_it_joins_its_words(first: str) -> None:
    draft = draft_of(
        f"Ana Ruiz\nana@example.org\n\nEDUCATION\n{first}\n"
        "Accredited program; 160-hour externship at Mesa Family Clinic\n\nSKILLS\nPipetting\n"
    )
    (degree,) = draft.data["education"]
    assert degree["details"] == ["Accredited program; 160-hour externship at Mesa Family Clinic"]
    assert "Mesa" not in degree["institution"] + degree["degree"]


def test_a_grade_point_average_before_a_comma_on_a_line_of_its_own_is_the_grade_and_the_rest_a_detail() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org\n\nEDUCATION\n"
        "Fenwick University — B.S. in Biology\tMay 2026\n"
        "- GPA: 3.5/4.0, Dean's List (4 semesters)\n\nSKILLS\nPipetting\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["grade"], degree["details"]) == ("3.5/4.0", ["Dean's List (4 semesters)"])


def test_a_licences_number_is_never_its_issuer_and_the_word_before_its_date_goes_with_the_date() -> None:
    draft = draft_of(
        "Rosa Delgado\n\nLICENSURE & CERTIFICATIONS\n"
        "- LMSW, New York State, License 099812, 2016–2019\n"
        "- Licensed Clinical Social Worker, State of California, LCS 123456, issued March 2021\n"
        "- Certified Case Manager, Commission for Case Manager Certification, obtained 2020\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("LMSW, New York State, License 099812", "", "2016–2019"),
        ("Licensed Clinical Social Worker, State of California, LCS 123456", "", "March 2021"),
        ("Certified Case Manager", "Commission for Case Manager Certification", "2020"),
    ]
    # undated, written with no "No." or "#", its standing after it in brackets
    undated = draft_of(
        "Priya Raman\n\nLICENSURE\n- California Registered Pharmacist, License RPH 78123 (active)\n"
        "- Master Electrician, Registration ME-55210\n"
        "- Licensed Social Worker (LSW), Ohio, License No. 0402, 2018\n"
    )
    assert [(c["name"], c["issuer"]) for c in undated.data["certificates"]] == [
        ("California Registered Pharmacist, License RPH 78123 (active)", ""),
        ("Master Electrician, Registration ME-55210", ""),
        ("Licensed Social Worker (LSW), Ohio, License No. 0402", ""),  # a number of four digits, no year
    ]
    assert undated.data["certificates"][2]["date"] == "2018"


def test_a_body_plainly_named_then_where_it_sits_is_the_issuer_with_its_place() -> None:
    draft = draft_of(
        "Ana Diaz\n\nLICENSES\n- Registered Nurse, Ohio Board of Nursing, Columbus, OH\n"
        "- IRE Data Journalism Bootcamp, Columbia, MO\n"  # where it was held, no one who gave it: as written
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Registered Nurse", "Ohio Board of Nursing, Columbus, OH"),
        ("IRE Data Journalism Bootcamp, Columbia, MO", ""),
    ]


@pytest.mark.parametrize(
    ("line", "degree", "institution"),
    [
        ("PGY1 Pharmacy Residency, Valley Regional Medical Center — 2017", "PGY1 Pharmacy Residency",
         "Valley Regional Medical Center"),
        ("Inside Wireman Apprenticeship, Northside Electrical JATC — 2015", "Inside Wireman Apprenticeship",
         "Northside Electrical JATC"),
        # a union local's number before the dash is no year of a span
        ("Inside Wireman Apprenticeship, IBEW Local 98 — 2015", "Inside Wireman Apprenticeship", "IBEW Local 98"),
    ],
)  # fmt: skip
def test_a_residency_or_apprenticeship_listed_among_degrees_is_education_though_no_school_gave_it(
    line: str, degree: str, institution: str
) -> None:
    draft = draft_of(f"Jordan Vale\n\nEDUCATION\nBachelor of Science in Biology, Lakeview University — 2012\n{line}\n")
    assert [(d["degree"], d["institution"], d["end"]) for d in draft.data["education"]][1:] == [
        (degree, institution, line[-4:])
    ]
    assert not draft.data.get("certificates")


def test_a_board_whose_name_lists_professions_with_commas_is_the_issuer_whole() -> None:
    # A state board that licenses several professions names them with commas; no piece of its name is the
    # credential's, the number after it still is. A discipline before a board that names its state stays the name's.
    draft = draft_of(
        "Marta Lindqvist\n\nLICENSURE\n"
        "- Licensed Independent Social Worker (LISW), Ohio Counselor, Social Worker and Marriage & Family "
        "Therapist Board, License #I.7781\n"
        "- Licensed Professional Counselor, Vermont Psychologist, Counselor and Allied Mental Health Board\n"
        "- Professional Engineer, Civil, Texas Board of Professional Engineers and Land Surveyors, License #99121\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        (
            "Licensed Independent Social Worker (LISW), License #I.7781",
            "Ohio Counselor, Social Worker and Marriage & Family Therapist Board",
        ),
        ("Licensed Professional Counselor", "Vermont Psychologist, Counselor and Allied Mental Health Board"),
        ("Professional Engineer, Civil, License #99121", "Texas Board of Professional Engineers and Land Surveyors"),
    ]


def test_a_board_named_for_a_list_of_professions_after_its_of_is_the_issuer_whole() -> None:
    # "Board of A, B and C": the list runs on past the commas; a number after it is still the holder's.
    draft = draft_of(
        "Tomas Reyes\n\nLICENSES\n"
        "- Licensed Social Worker (LSW), Pennsylvania State Board of Social Workers, Marriage and Family Therapists "
        "and Professional Counselors, 2016\n"
        "- Professional Engineer, Virginia Board for Architects, Professional Engineers, Land Surveyors and "
        "Landscape Architects, Lic. #PE-0402\n"
        "- Certified Scrum Master, Scrum Alliance\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        (
            "Licensed Social Worker (LSW)",
            "Pennsylvania State Board of Social Workers, Marriage and Family Therapists and Professional Counselors",
        ),
        (
            "Professional Engineer, Lic. #PE-0402",
            "Virginia Board for Architects, Professional Engineers, Land Surveyors and Landscape Architects",
        ),
        ("Certified Scrum Master", "Scrum Alliance"),
    ]
    assert [n.loc for n in draft.notes] == [("certificates", 2)]  # the scrum body is no board: checked


def test_a_licence_number_after_the_giver_a_dash_sets_apart_goes_with_the_name() -> None:
    # The number is the holder's, as where a comma sets the giver apart; the giver after the dash is still the giver.
    draft = draft_of(
        "Ilse Varga\n\nLICENSURE\n"
        "- Licensed Clinical Social Worker (LCSW) – New York State Education Department, License No. 087654, 2019\n"
        "- Journeyman Electrician — Oregon Building Codes Division, Lic. #JE-7731\n"
        "- Harbor Product Institute – Foundations certification, No. 5521\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Licensed Clinical Social Worker (LCSW), License No. 087654", "New York State Education Department", "2019"),
        ("Journeyman Electrician, Lic. #JE-7731", "Oregon Building Codes Division", None),
        ("Foundations certification, No. 5521", "Harbor Product Institute", None),
    ]


def test_a_givers_name_before_the_dash_and_the_certificate_after_it_are_read_the_right_way_round() -> None:
    draft = draft_of(
        "# Noor Vance\n\n## Certifications\n\n"
        "- Harbor Product Institute – Foundations certification, 2017\n"
        "- Crestline Heart Association — Basic Life Support, 2021\n"  # no word says which is the name: as written
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Foundations certification", "Harbor Product Institute"),
        ("Crestline Heart Association", "Basic Life Support"),
    ]


@pytest.mark.parametrize("dash", [",", " —", " -", " |"])
def test_licensed_before_a_licences_date_goes_with_the_date_and_is_never_its_issuer(dash: str) -> None:
    draft = draft_of(
        f"Rosa Delgado\n\nLICENSES\n- Professional Engineer (PE), Texas{dash} Licensed 2018\n"
        f"- Registered Dietitian (RD), Commission on Dietetic Registration{dash} licensed in June 2020\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Professional Engineer (PE)", "Texas", "2018"),
        ("Registered Dietitian (RD)", "Commission on Dietetic Registration", "June 2020"),
    ]


def test_a_licence_under_education_keeps_licensed_with_its_date_and_out_of_its_issuer() -> None:
    draft = draft_of(
        "Rosa Delgado\n\nEDUCATION & LICENSURE\nB.S., Civil Engineering — Fenwick University, 2014\n"
        "Certified Water Operator (CWO), Ohio — Licensed 2019\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Water Operator (CWO)", "Ohio", "2019")
    ]


def test_a_credential_an_institute_gave_under_education_and_credentials_is_a_certificate_not_a_degree() -> None:
    draft = draft_of(
        "Rosa Delgado\n\nEDUCATION & CREDENTIALS\nB.S., Civil Engineering — Fenwick University, 2014\n"
        "LEED AP — Green Building Certification Institute, 2016\nFenwick Technical Institute, 2010\n"
    )
    assert [c["name"] for c in draft.data["certificates"]] == ["LEED AP"]
    # A line that names only a school stays a degree's place, however the section is titled.
    assert [d["institution"] for d in draft.data["education"]] == ["Fenwick University", "Fenwick Technical Institute"]


def test_a_test_passed_or_a_course_completed_is_dated_by_when_it_was_passed_or_completed() -> None:
    draft = draft_of(
        "Sam Ortiz\n\nCERTIFICATIONS\n"
        "- Physical Ability Test, passed 2019\n"
        "- Fundamentals of Engineering Exam, passed October 2015\n"
        "- Wilderness First Responder course, completed 2021\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Physical Ability Test", "2019"),
        ("Fundamentals of Engineering Exam", "October 2015"),
        ("Wilderness First Responder course", "2021"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Brookfield Central High School, Dayton OH - High School Diploma, 2009",
        "High School Diploma - Brookfield Central High School, Dayton OH, 2009",
    ],
)
def test_a_high_school_diploma_is_the_degree_and_the_high_school_its_institution(line: str) -> None:
    draft = draft_of(f"Ana Ruiz\n\nEXPERIENCE\nCook - Bay Diner\n2015 - 2019\n- Cooked\n\nEDUCATION\n{line}\n")
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["location"], degree["end"]) == (
        "High School Diploma",
        "Brookfield Central High School",
        "Dayton OH",
        "2009",
    )


def test_an_institution_named_first_on_a_degrees_line_is_the_institution_and_the_degree_after_it_the_degree() -> None:
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nCook - Bay Diner\n2015 - 2019\n- Cooked\n\nEDUCATION\n"
        "Harlow Community College, HVAC Certificate, 2012\n"
        "Brookfield Central High School, Diploma, 2010\n"
        "Eastbrook University, Dayton, OH, Master of Science in Analytics, 2018\n"
        "B.Sc. Marine Biology, Eastbrook University, 2008\n"
    )
    assert [(d["degree"], d["institution"], d.get("location", ""), d["end"]) for d in draft.data["education"]] == [
        ("HVAC Certificate", "Harlow Community College", "", "2012"),
        ("Diploma", "Brookfield Central High School", "", "2010"),
        ("Master of Science in Analytics", "Eastbrook University", "Dayton, OH", "2018"),
        ("B.Sc. Marine Biology", "Eastbrook University", "", "2008"),  # the degree first, as before
    ]


def test_a_licence_whose_name_ends_in_a_list_of_letters_keeps_them_in_its_name_with_no_issuer() -> None:
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nDriver - Bay Freight\n2015 - 2019\n- Drove\n\nLICENSES\n"
        "Commercial Driver's License Class A - Endorsements H, N, X\nCertified Scrum Master, Scrum Alliance\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Commercial Driver's License Class A - Endorsements H, N, X", ""),
        ("Certified Scrum Master", "Scrum Alliance"),
    ]


def test_a_certificate_that_lists_its_types_or_the_parts_after_its_colon_has_no_issuer_in_them() -> None:
    # "Type I, II, III" lists the types held; "NATE: Air Conditioning Service, Heat Pump Service" the specialties the
    # label heads: the last of either is no one who issued it.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nService Technician - Bay Cooling\n2015 - 2019\n- Serviced chillers\n\nCERTIFICATIONS\n"
        "EPA 608 Type I, II, III (Universal)\nNATE: Air Conditioning Service, Heat Pump Service\n"
        "Certified Scrum Master, Scrum Alliance\nCertification: Professional Scrum Owner, Scrum.org\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("EPA 608 Type I, II, III (Universal)", ""),
        ("NATE: Air Conditioning Service, Heat Pump Service", ""),
        ("Certified Scrum Master", "Scrum Alliance"),
        ("Professional Scrum Owner", "Scrum.org"),  # "Certification:" says what the line is
    ]
    split = {n.loc for n in draft.notes if "split at the last comma" in n.message}
    assert not split & {("certificates", 0), ("certificates", 1)}


def test_a_credential_named_by_its_giver_before_a_colon_takes_the_giver_after_its_last_comma() -> None:
    # "Microsoft Certified: Azure Administrator Associate", as Microsoft names its certifications, then its giver:
    # the colon sets the track after the giver's own name, no list of parts, and the giver named again is its issuer.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nCloud Engineer - Bay Freight\n2015 - 2019\n- Ran the Azure estate\n\nCERTIFICATIONS\n"
        "Microsoft Certified: Azure Administrator Associate, Microsoft, 2023\n"
        "NATE: Air Conditioning Service, Heat Pump Service\n"
    )
    assert [(c["name"], c.get("issuer", ""), c.get("date") or "") for c in draft.data["certificates"]] == [
        ("Microsoft Certified: Azure Administrator Associate", "Microsoft", "2023"),
        ("NATE: Air Conditioning Service, Heat Pump Service", "", ""),
    ]
    assert not {n.loc for n in draft.notes if "split at the last comma" in n.message}


def test_what_a_dash_sets_after_a_credentials_name_runs_on_to_a_comma_before_its_giver() -> None:
    # The track, level or ages after the dash, then the giver after a comma: the dash's words are the name's, the
    # giver the last piece's ("Editing, Blackmagic Design" was read as one issuer).
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nLifeguard - Bay Pools\n2015 - 2019\n- Guarded\n\nCERTIFICATIONS\n"
        "First Aid – Adult, Child & Infant, American Red Cross, 2021\n"
        "Google Analytics Certification – Individual, Google Skillshop, 2022\n"
        "Certified Court Interpreter – Spanish, Judicial Council of California, 2018\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("First Aid – Adult, Child & Infant", "American Red Cross"),
        ("Google Analytics Certification – Individual", "Google Skillshop"),
        ("Certified Court Interpreter – Spanish", "Judicial Council of California"),
    ]


def test_a_standing_after_a_dash_keeps_the_contest_or_festival_in_the_awards_name() -> None:
    # A festival's "Official Selection" is where a film stood there, as "Finalist" is at a fair: no giver's name.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nDirector - Bay Films\n2015 - 2019\n- Shot shorts\n\nAWARDS\n"
        "Harbor Short Film Festival – Official Selection, 2013\nOhio State Science Fair – Finalist, 2009\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Harbor Short Film Festival – Official Selection", ""),
        ("Ohio State Science Fair – Finalist", ""),
    ]


def test_an_award_whose_line_ends_in_where_it_was_held_keeps_the_place_in_its_name_with_no_issuer() -> None:
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nReporter - Bay Ledger\n2015 - 2019\n- Covered courts\n\nAWARDS\n"
        "Data Reporting Bootcamp (NICAR), Columbia, MO, 2020\nFirst Place, Ohio Press Association, 2018\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Data Reporting Bootcamp (NICAR), Columbia, MO", ""),
        ("First Place", "Ohio Press Association"),
    ]


@pytest.mark.parametrize(
    "education",
    [
        "M.Ed., Curriculum Design\nHarlow College, 2017\nB.Sc., Marine Biology\nEastbrook University, 2012\n",
        "M.Ed., Curriculum Design, 2017\nHarlow College\nB.Sc., Marine Biology, 2012\nEastbrook University\n",
        "Harlow College, 2017\nM.Ed., Curriculum Design\nEastbrook University, 2012\nB.Sc., Marine Biology\n",
    ],
)
def test_degrees_each_over_or_under_its_institution_with_years_after_commas_are_degrees_of_their_own(
    education: str,
) -> None:
    draft = draft_of(
        f"Tomas Wirth\n\nEXPERIENCE\nTeacher\nHarlow School | 2018 – Present\n- Taught.\n\nEDUCATION\n{education}"
    )
    assert [(d["degree"], d["institution"], d["end"]) for d in draft.data["education"]] == [
        ("M.Ed., Curriculum Design", "Harlow College", "2017"),
        ("B.Sc., Marine Biology", "Eastbrook University", "2012"),
    ]


def test_a_certificates_name_wrapped_before_its_bracketed_acronym_keeps_the_rest_in_the_name() -> None:
    # A narrow sidebar breaks the long name; the line below goes on with it, up to its acronym in brackets.
    draft = draft_of(
        "Rowan Achebe\n\nCERTIFICATIONS\n"
        "Certified Information Systems\n"
        "Security Professional (CISSP), ISC2, 2020\n"
        "Deploy AI Apps with Cloudflare\n"
        "Scrimba, 2026\n"
        "Project Management Professional\n"
        "Project Management Institute (PMI), 2019\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Information Systems Security Professional (CISSP)", "ISC2", "2020"),
        ("Deploy AI Apps with Cloudflare", "Scrimba", "2026"),
        # An issuer's own acronym spells its own words, none of the name's: it stays the issuer.
        ("Project Management Professional", "Project Management Institute (PMI)", "2019"),
    ]


def test_credentials_set_side_by_side_on_one_line_are_each_a_credential() -> None:
    draft = draft_of(
        "Tomas Vale\n\nEXPERIENCE\nHarbor Mechanical\t2019 – 2024\nService Technician\n• Serviced rooftop units.\n"
        "\nCERTIFICATIONS & LICENSES\n"
        "EPA Section 608 Universal | NATE – Gas Heating | OSHA 30 | Ohio HVAC License #HV-4821 (exp. 06/2027)\n"
        "CPR Certified • First Aid Certified • OSHA 10\n"
    )
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("EPA Section 608 Universal", "", None, None),
        ("NATE – Gas Heating", "", None, None),
        ("OSHA 30", "", None, None),
        ("Ohio HVAC License #HV-4821", "", None, "06/2027"),  # the expiry after it is its own
        ("CPR Certified", "", None, None),
        ("First Aid Certified", "", None, None),
        ("OSHA 10", "", None, None),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("CompTIA Security+ | CompTIA | Credential ID 11873", "CompTIA Security+, Credential ID 11873"),  # its number
        ("Registered Nurse | Ohio Board of Nursing | License #RN-4471", "Registered Nurse, License #RN-4471"),
        ("Certified Welder | AWS D1.1 | 3G and 4G", "Certified Welder"),  # the positions it covers
        ("Pharmacy Technician | PTCB | Ohio", "Pharmacy Technician"),  # where it is held
    ],
)
def test_one_credential_its_giver_number_or_place_in_cells_of_one_line_stays_one(line: str, name: str) -> None:
    draft = draft_of(f"Tomas Vale\n\nCERTIFICATIONS\n{line}\n")
    assert [c["name"] for c in draft.data["certificates"]] == [name]


def test_a_licence_number_written_after_the_issuer_is_the_holders_and_goes_with_the_name() -> None:
    draft = draft_of(
        "Tomas Vale\n\nEXPERIENCE\nHarbor Mechanical\t2019 – 2024\nService Technician\n• Serviced rooftop units.\n"
        "\nLICENSES\n• Master Mechanical License, City of Rockford #MM-2291 - 2022\n"
        "• Journeyman Plumber | State of Ohio | Lic. #PL-8812 | 2015\n• Forklift Operator | Acme Safety | 2019\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Master Mechanical License #MM-2291", "City of Rockford", "2022"),
        ("Journeyman Plumber, Lic. #PL-8812", "State of Ohio", "2015"),
        ("Forklift Operator", "Acme Safety", "2019"),
    ]


@pytest.mark.parametrize(
    ("line", "name", "issuer"),
    [
        # A union's or a safety course's card carries the holder's number as a licence does.
        ("Wireman, IBEW Local 98 - Card #J-98-44120", "Wireman, Card #J-98-44120", "IBEW Local 98"),
        ("Crane Operator, NCCCO - Card No. C-481263", "Crane Operator, Card No. C-481263", "NCCCO"),
        ("Boiler Operator, City of Dayton - Permit #BO-3317", "Boiler Operator, Permit #BO-3317", "City of Dayton"),
        # In brackets after the board's name, as a résumé sets it: the brackets go with it.
        (
            "Licensed Physical Therapist, Vermont Board of Physical Therapy (#PT-004512)",
            "Licensed Physical Therapist (#PT-004512)",
            "Vermont Board of Physical Therapy",
        ),
        (
            "Registered Nurse, Ohio Board of Nursing (License No. RN-88123)",
            "Registered Nurse (License No. RN-88123)",
            "Ohio Board of Nursing",
        ),
    ],
)
def test_a_card_s_or_permit_s_number_after_the_issuer_goes_with_the_name(line: str, name: str, issuer: str) -> None:
    draft = draft_of(f"Tomas Vale\n\nLICENSES\n* {line}\n")
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [(name, issuer)]


@pytest.mark.parametrize(
    ("line", "name", "issuer"),
    [
        # A board's number as its licence's letters and digits, no "No." or "#": set apart by a spaced dash or bar.
        (
            "Registered Nurse, New Mexico Board of Nursing – RN.512874",
            "Registered Nurse, RN.512874",
            "New Mexico Board of Nursing",
        ),
        (
            "Professional Engineer, Texas Board of Engineers — PE-0081234",
            "Professional Engineer, PE-0081234",
            "Texas Board of Engineers",
        ),
        (
            "Notary Public, State of Ohio – Commission 2021",
            "Notary Public",
            "State of Ohio – Commission 2021",
        ),  # no number
    ],
)
def test_a_licence_number_of_letters_and_digits_after_a_dash_is_the_holders_not_the_issuers(
    line: str, name: str, issuer: str
) -> None:
    draft = draft_of(f"Tomas Vale\n\nLICENSES\n* {line}\n")
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [(name, issuer)]


def test_a_licence_issued_by_a_city_a_state_or_a_union_local_needs_no_check_of_its_giver() -> None:
    draft = draft_of(
        "Tomas Vale\n\nLICENSES\n* Electrical Contractor License, City of Dayton - Lic. #EC-2291\n"
        "* Journeyman Wireman, State of Ohio / IBEW Local 82 - Card #J-82-1190\n"
        "* Inside Wireman Apprentice, IBEW Local 82\n"
        "* Certified Widget Planner, Brightline Widgets\n"
    )
    assert [c["issuer"] for c in draft.data["certificates"]] == [
        "City of Dayton",
        "State of Ohio / IBEW Local 82",
        "IBEW Local 82",
        "Brightline Widgets",
    ]
    # A government that licenses, or a union local that cards its members, is plainly who gave it; a name that says
    # not what it is still asks.
    checked = [n.loc for n in draft.notes if "split at the last comma" in n.message]
    assert checked == [("certificates", 3)]


def test_a_school_its_diploma_and_year_on_one_line_under_a_college_s_certificate_is_a_degree_of_its_own() -> None:
    draft = draft_of(
        "Lou Brandt\n\nEXPERIENCE\nAcme Tool\t2015 – 2024\nMachinist\n• Ran lathes.\n\nEDUCATION\n"
        "Fernhollow Community College - Dayton, OH\nCertificate, Welding Technology  2012\n"
        "Lincoln High School - Diploma 2010\n"
    )
    assert [(d["degree"], d["institution"], d["location"], d["end"]) for d in draft.data["education"]] == [
        ("Certificate, Welding Technology", "Fernhollow Community College", "Dayton, OH", "2012"),
        ("Diploma", "Lincoln High School", "", "2010"),
    ]


def test_an_issuer_that_spells_its_name_with_a_small_first_letter_is_set_apart_at_the_last_comma() -> None:
    draft = draft_of(
        "Ona Brisk\n\nCERTIFICATIONS\n"
        "* Circuits and Electronics, edX, 2020\n"
        "* Project Leadership, eCornell, 2021\n"
        "* Welding Safety, basic, 2019\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Circuits and Electronics", "edX"),
        ("Project Leadership", "eCornell"),
        ("Welding Safety, basic", ""),  # a word in small letters throughout is no one's name
    ]


def test_a_bodys_initials_after_a_name_with_its_own_short_form_are_its_issuer_with_nothing_to_check() -> None:
    draft = draft_of(
        "Jo Baptiste\n\nCERTIFICATIONS\n"
        "* Certified Widget Examiner (CWE), AWEX, 2020\n"
        "* Certified Widget Examiner (CWE), CWE, 2021\n"
        "* First Aid, CPR, 2022\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Certified Widget Examiner (CWE)", "AWEX"),
        ("Certified Widget Examiner (CWE)", "CWE"),
        ("First Aid", ""),  # two credentials tailor knows, each one of its own
        ("CPR", ""),
    ]
    # The name's own short form again may be no issuer: it still asks.
    checked = [n.loc for n in draft.notes if "split at the last comma" in n.message]
    assert checked == [("certificates", 1)]


def test_an_issuer_that_names_an_organisation_after_the_last_comma_is_set_apart_with_nothing_to_check() -> None:
    draft = draft_of(
        "Jo Baptiste\n\nLICENSURE & CERTIFICATIONS\n"
        "* Basic Life Support, Heartland Heart Association, 2024\n"
        "* Licensed Practitioner, State Medical Board of Ohio, 2019\n"
        "* Lifeguard, American Red Cross, 2015\n"
        "* Certified Scrum Master, Scrum Alliance, 2021\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Basic Life Support", "Heartland Heart Association"),
        ("Licensed Practitioner", "State Medical Board of Ohio"),
        ("Lifeguard", "American Red Cross"),
        ("Certified Scrum Master", "Scrum Alliance"),
    ]
    # An association, a board, the Red Cross: plainly who gave it. A name that says not what it is still asks.
    checked = [n.loc for n in draft.notes if "split at the last comma" in n.message]
    assert checked == [("certificates", 3)]


def test_a_credential_whose_line_gives_its_holders_number_is_whole_and_the_dated_line_under_it_is_the_next() -> None:
    draft = draft_of(
        "Jo Marsh\n\nLICENSES / CERTS\nIL Journeyman Electrician - IBEW Card # J-55-1290\nOSHA 30 (2018)\n"
        "Master Plumber Lic # MP-4410\nNFPA 70E (2024)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("IL Journeyman Electrician - IBEW Card # J-55-1290", "", None),
        ("OSHA 30", "", "2018"),
        ("Master Plumber Lic # MP-4410", "", None),
        ("NFPA 70E", "", "2024"),
    ]


def test_a_fields_certifications_in_capitals_are_certificates_each_line_its_own_after_an_expiry() -> None:
    draft = draft_of(
        "Jo Marsh\n\nWELDING CERTIFICATIONS\nAWS D1.1 3G FCAW – exp. 06/2026\nAWS D1.1 3G SMAW – exp. 06/2026\n"
        "OSHA 10 – 2018\n"
    )
    found = [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]]
    assert [(name, issuer, date) for name, issuer, date, _ in found] == [
        ("AWS D1.1 3G FCAW", "", None),
        ("AWS D1.1 3G SMAW", "", None),
        ("OSHA 10", "", "2018"),
    ]
    assert all(expires for _, _, _, expires in found[:2])
    # A name alone on its line still takes the issuer and date under it.
    below = draft_of("Jo Marsh\n\nCERTIFICATIONS\nCertified Welding Inspector\nAmerican Welding Society, 2021\n")
    assert [(c["name"], c["issuer"], c["date"]) for c in below.data["certificates"]] == [
        ("Certified Welding Inspector", "American Welding Society", "2021")
    ]


def test_a_degree_and_its_school_under_training_is_a_degree_and_the_cards_beside_it_certificates() -> None:
    draft = draft_of(
        "Jo Marsh\n\nTRAINING\nHarbor Community College – Welding Technology, A.A.S., 2016\nOSHA 10 – 2018\n"
        "Forklift Operator Certification, 2015\n"
    )
    assert [(d["institution"], d["end"]) for d in draft.data["education"]] == [("Harbor Community College", "2016")]
    assert "Welding Technology" in draft.data["education"][0]["degree"]
    assert [c["name"] for c in draft.data["certificates"]] == ["OSHA 10", "Forklift Operator Certification"]
    # A course a college gave is no degree: it stays a certificate.
    course = draft_of("Jo Marsh\n\nTRAINING\nCPR Instructor, Harbor Community College, 2020\n")
    assert [c["name"] for c in course.data["certificates"]] == ["CPR Instructor"]
    assert not course.data.get("education")


def test_a_certificate_for_a_job_held_at_a_school_is_a_certificate_not_a_degree_from_a_school() -> None:
    # "School Counselor", "School Nurse": the school's word before a title's names the job, no school that gave it.
    draft = draft_of(
        "Ana Ruiz\n\nCERTIFICATIONS\n"
        "Arizona Standard Professional School Counselor Certificate, PreK–12 (expires 2027)\n"
        "Certified School Nurse, National Board for Certification of School Nurses, 2020\n"
    )
    assert not draft.data.get("education")
    assert [(c["name"], c.get("expires", "")) for c in draft.data["certificates"]] == [
        ("Arizona Standard Professional School Counselor Certificate, PreK–12", "2027"),
        ("Certified School Nurse", ""),
    ]


def test_a_designation_whose_short_form_spans_its_comma_is_one_name_with_or_without_an_issuer() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nDESIGNATIONS\n"
        "• Graduate, REALTOR® Institute (GRI), National Association of REALTORS®, 2019\n"
        "• Graduate, REALTOR® Institute (GRI)\n"
        "• Diplomate, American Board of Orthodontics (DABO), 2017\n"
        "• Certified Scrum Master, Scrum Alliance (SA), 2021\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Graduate, REALTOR® Institute (GRI)", "National Association of REALTORS®"),
        ("Graduate, REALTOR® Institute (GRI)", ""),  # "GRI" spells "Graduate" too: no issuer after the comma
        ("Diplomate, American Board of Orthodontics (DABO)", ""),
        ("Certified Scrum Master", "Scrum Alliance (SA)"),  # "SA" spells only what follows the comma: its issuer
    ]


def test_in_a_pdf_a_credentials_line_cut_inside_its_brackets_is_one_line_with_its_own_date(tmp_path: Path) -> None:
    from tailor.cv.importers import import_cv
    from tests.cv.importers.resumes import Text, raw_pdf

    page = [
        Text(50, 800, "Rosa Quintal"),
        Text(50, 786, "rosa@example.org"),
        Text(50, 758, "CERTIFICATIONS"),
        Text(50, 744, "ServSafe Food Protection Manager, National Restaurant Association, 2019 (renewed"),
        Text(50, 730, "2024)"),
        Text(50, 716, "HACCP Certification, 2016"),
    ]
    draft = import_cv(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("ServSafe Food Protection Manager", "National Restaurant Association", "2019"),
        ("HACCP Certification", "", "2016"),
    ]
    assert "Renewal of 'ServSafe Food Protection Manager': renewed 2024" in draft.leftovers


def test_a_credentials_name_that_leaves_a_bracket_open_is_marked_for_a_check() -> None:
    # A text copied out of a PDF keeps its line breaks: the rest of the line, and its date, stand under it.
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nCERTIFICATIONS\n"
        "ServSafe Food Protection Manager, National Restaurant Association, 2019 (renewed\n2024)\n"
        "HACCP Certification, 2016\n"
    )
    assert [n.loc for n in draft.notes if "bracket open" in n.message] == [("certificates", 0)]


@pytest.mark.parametrize("listed", [False, True])
def test_a_line_under_a_credential_that_only_renews_dates_or_numbers_it_completes_it_and_is_no_credential(
    listed: bool,
) -> None:
    lines = [
        "Certified Medical Interpreter (CMI-Spanish), Marlow Interpreting Board, 2016",
        "Renewed 2024, expires 2027",
        "Registered Nurse, Ohio Board of Nursing, 2012",
        "License #045872",
        "Certified Nursing Assistant",
        "Renewed through 2026",
        "Basic Life Support (BLS), American Heart Association, 2023",
    ]
    listing = [f"- {line}" if n in (0, 2, 4, 6) else f"  {line}" for n, line in enumerate(lines)] if listed else lines
    draft = draft_of("Ana Ruiz\nana@example.org\n\nCERTIFICATIONS\n" + "\n".join(listing) + "\n")
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Certified Medical Interpreter (CMI-Spanish)", "Marlow Interpreting Board", "2016", "2027"),
        # The number goes with the name, as where the line gives it after the name: the CV has no field for it.
        ("Registered Nurse, License #045872", "Ohio Board of Nursing", "2012", None),
        ("Certified Nursing Assistant", "", None, "2026"),
        ("Basic Life Support (BLS)", "American Heart Association", "2023", None),
    ]
    assert "Renewal of 'Certified Medical Interpreter (CMI-Spanish)': Renewed 2024" in draft.leftovers


def test_a_licences_endorsements_and_restrictions_on_lines_under_it_are_its_own_no_credentials() -> None:
    draft = draft_of(
        "Ray Dominguez\nray@example.org\n\nLICENSES & CERTIFICATIONS\nClass A CDL - Illinois, exp. 2027\n"
        "Endorsements: H, N, T\nRestrictions: None\nDOT Medical Card, exp. 2026\n"
    )
    assert [c["name"] for c in draft.data["certificates"]] == [
        "Class A CDL - Illinois, Endorsements: H, N, T",
        "DOT Medical Card",
    ]
    assert "Restrictions: None (of 'Class A CDL - Illinois, Endorsements: H, N, T')" in draft.leftovers


def test_an_expiry_that_names_the_credential_first_leaves_its_noun_out_of_the_name_and_the_issuer() -> None:
    # A notary's commission and a card's certification say when they run out under their own noun: that noun is
    # the expiry's word, neither the name's nor, in brackets, the issuer's. In capitals, before no comma, it is
    # the name's own ("Nursing License").
    draft = draft_of(
        "Priya Lindqvist\n\nEXPERIENCE\nHarbor Dental\t2016 – 2024\nOffice Manager\n• Ran the front office.\n"
        "\nCERTIFICATIONS\n"
        "• Notary Public, State of Oregon, commission expires Sep 2028\n"
        "• First Aid/CPR/AED, American Red Cross (certification valid through 03/2027)\n"
        "• Oregon Dental Assisting License expires 2027\n"
    )
    assert [(c["name"], c["issuer"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Notary Public", "State of Oregon", "Sep 2028"),
        ("First Aid/CPR/AED", "American Red Cross", "03/2027"),
        ("Oregon Dental Assisting License", "", "2027"),
    ]
    assert not any("commission" in note.message for note in draft.notes)


def test_the_subject_and_grades_a_teaching_licence_covers_after_its_comma_stay_in_its_name() -> None:
    draft = draft_of(
        "Priya Natarajan\nToledo, OH\n\nEXPERIENCE\nLakeview High School — Toledo, OH\tAug 2014 – Present\n"
        "English Teacher\n• Designed a writing curriculum.\n\nLICENSURE & CERTIFICATIONS\n"
        "• Ohio Professional Teaching License, Integrated Language Arts (Grades 7–12), exp. 06/2028\n"
        "• Texas Educator Certificate, Mathematics 7-12\n"
        "• Initial Certificate, Childhood Education (Grades 1-6)\n"
        "• Massachusetts Initial License, Elementary (1-6)\n"
        "• Certified Scrum Master, Scrum Alliance\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Ohio Professional Teaching License, Integrated Language Arts (Grades 7–12)", ""),
        ("Texas Educator Certificate, Mathematics 7-12", ""),
        ("Initial Certificate, Childhood Education (Grades 1-6)", ""),
        ("Massachusetts Initial License, Elementary (1-6)", ""),  # grades in brackets, "Grades" unsaid
        ("Certified Scrum Master", "Scrum Alliance"),  # a body after the comma is still the issuer
    ]
    assert draft.data["certificates"][0]["expires"] == "06/2028"
    assert not any(n.loc[0] == "certificates" and n.loc[1] < 4 for n in draft.notes)


def test_a_credentials_level_after_its_comma_is_its_names_not_its_issuer() -> None:
    draft = draft_of(
        "Priya Natarajan\nToledo, OH\n\nEXPERIENCE\nLakeview High School — Toledo, OH\tAug 2014 – Present\n"
        "English Teacher\n• Designed a writing curriculum.\n\nCERTIFICATIONS\n"
        "• Google Certified Educator, Level 2 (2021)\n"
        "• Wilson Reading System Certification, Level II\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Google Certified Educator, Level 2", ""),
        ("Wilson Reading System Certification, Level II", ""),
    ]


def test_a_credential_not_yet_held_says_so_in_its_date_never_in_its_issuer_or_a_cut_name() -> None:
    draft = draft_of(
        "Priya Raman\n\nCERTIFICATIONS\n"
        "• Certified in Logistics, Transportation and Distribution (CLTD) – in progress, expected 2025\n"
        "• Certified Supply Chain Professional (CSCP), ASCM – in progress\n"
        "• Project Management Professional (PMP) – Project Management Institute, expected June 2026\n"
        "• Forklift Operator – Pending\n"
        "• OSHA 30-Hour General Industry – OSHA Training Institute, 2022\n"
        "• Certified Management Accountant (CMA) – in progress, Part 1 passed 2024\n"
        "• Certified Internal Auditor (CIA), IIA – in progress; 2 of 3 parts passed\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified in Logistics, Transportation and Distribution (CLTD)", "", "in progress, expected 2025"),
        ("Certified Supply Chain Professional (CSCP)", "ASCM", "in progress"),
        ("Project Management Professional (PMP)", "Project Management Institute", "expected June 2026"),
        ("Forklift Operator", "", "Pending"),
        ("OSHA 30-Hour General Industry", "OSHA Training Institute", "2022"),
        # How far an exam of several parts has come is said of its date, not who gave it.
        ("Certified Management Accountant (CMA)", "", "in progress, Part 1 passed 2024"),
        ("Certified Internal Auditor (CIA)", "IIA", "in progress; 2 of 3 parts passed"),
    ]
    assert not draft.notes


def test_a_credential_begun_or_under_way_in_brackets_says_so_in_its_date_and_keeps_the_line_under_it_apart() -> None:
    draft = draft_of(
        "Tomas Ferreira-Lund\ntomas@example.org\n\nCERTIFICATIONS\n"
        "Harbor Analytics Academy: Retention Fundamentals, 2024 (in progress)\n"
        "Certified Renewal Strategist (in progress)\n"
        "Ticketing Platform Administrator, 2022\n"
        "Onboarding Design Course, 2025 – in progress\n"
        "Quality Scorecard Practitioner, 2021\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Harbor Analytics Academy: Retention Fundamentals", "", "2024 (in progress)"),
        ("Certified Renewal Strategist", "", "in progress"),  # whole on its line: the next is no issuer of it
        ("Ticketing Platform Administrator", "", "2022"),
        ("Onboarding Design Course", "", "2025 – in progress"),
        ("Quality Scorecard Practitioner", "", "2021"),
    ]


def test_awards_listed_on_one_line_apart_by_bullets_two_or_more_dated_are_each_an_award() -> None:
    draft = draft_of(
        "Tomas Reinholt\n\nAWARDS & RECOGNITION\n"
        "Presidents Club, Northbeam Software (FY2023) • Closer of the Year, Pallas Payroll (2019) • "
        "Top New Logo Award, Northbeam Software\n"
    )
    found = [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]]
    assert found == [
        ("Presidents Club", "Northbeam Software", "FY2023"),  # a fiscal year, as the line writes it
        ("Closer of the Year", "Pallas Payroll", "2019"),
        ("Top New Logo Award", "Northbeam Software", None),  # its own, though undated: never another's issuer
    ]


def test_certificates_listed_apart_by_bullets_are_each_a_certificate_and_never_a_degree() -> None:
    # "Associate" and "Academy" on one line read as a degree and its school; each piece names neither.
    draft = draft_of(
        "Ines Varga\n\nCERTIFICATIONS & TRAINING\n"
        "Sandler Foundations (2019) · Kubernetes Academy Bootcamp (2022) · HubSpot Certified Associate (2021)\n"
        "AWS Certified Developer | Amazon Web Services | 2023\n"
    )
    assert "education" not in draft.data or not draft.data["education"]
    found = [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]]
    assert found == [
        ("Sandler Foundations", "", "2019"),
        ("Kubernetes Academy Bootcamp", "", "2022"),
        ("HubSpot Certified Associate", "", "2021"),
        ("AWS Certified Developer", "Amazon Web Services", "2023"),  # one dated piece: one credential's cells
    ]


def test_a_givers_name_and_a_date_in_brackets_after_a_credential_are_its_issuer_and_date() -> None:
    draft = draft_of(
        "Ines Varga\n\nCERTIFICATIONS\n"
        "MEDDICC Certified (MEDDICC Academy, 2023)\n"
        "Project Management Professional (Project Management Institute, March 2021)\n"
        "Professional Scrum Master (Scrum.org, 2022)\n"
        "AWS Certified Developer (Expected, 2026)\n"
    )
    found = [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]]
    assert found[:3] == [
        ("MEDDICC Certified", "MEDDICC Academy", "2023"),
        ("Project Management Professional", "Project Management Institute", "March 2021"),
        ("Professional Scrum Master", "Scrum.org", "2022"),
    ]
    # Brackets that say when, not who: the name keeps them whole, as before.
    assert found[3][0] == "AWS Certified Developer (Expected, 2026)" and found[3][1] == ""


def test_an_award_given_in_several_years_keeps_its_giver_after_the_years_and_no_dash_before_them() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nAWARDS\n"
        "President's Club 2023, 2024 (Corvane Analytics)\n"
        "Presidents Club (2021, 2022), Pallas Payroll\n"
        "Closer of the Year – 2019 & 2020\n"
        "Dean's List 2016, 2017 (top 5%)\n"
    )
    found = [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]]
    assert found == [
        ("President's Club", "Corvane Analytics", "2024"),  # the latest year; the note names them all
        ("Presidents Club", "Pallas Payroll", "2022"),
        ("Closer of the Year", "", "2020"),  # the dash set the years apart: no part of the name
        ("Dean's List 2016, 2017 (top 5%)", "", None),  # what follows the years names no giver: kept whole
    ]
    notes = [n.message for n in draft.notes if n.loc[0] == "awards"]
    assert any("2023, 2024" in note for note in notes)


def test_a_year_after_a_quoted_name_whose_comma_stands_inside_the_quotes_is_its_date() -> None:
    draft = draft_of(
        "Rosa Ebbing\n\nAWARDS\n"
        'Portland Monthly "Best New Restaurant," 2020\n'
        "Seattle Weekly \u201cBest Brunch,\u201d 2017\n"
        '"Chef of the Year", Cascade Dining Guide, 2015\n'
    )
    found = [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]]
    # American style sets the comma inside the quotes: it parts the name from its year all the same, and the quote
    # closes the name.
    assert found == [
        ('Portland Monthly "Best New Restaurant"', "", "2020"),
        ("Seattle Weekly \u201cBest Brunch\u201d", "", "2017"),
        ('"Chef of the Year"', "Cascade Dining Guide", "2015"),
    ]


def test_a_licence_number_set_after_the_issuer_by_a_dash_goes_with_the_name_and_leaves_no_dash_on_the_issuer() -> None:
    draft = draft_of(
        "Mira Castellanos\n\nEXPERIENCE\nLakeshore Pharmacy\t2016 – 2024\nPharmacist\n• Verified 300 orders a day.\n"
        "\nLICENSES\n• Registered Pharmacist (RPh), Michigan Board of Pharmacy — License #5302-77, exp. 06/2029\n"
        "• Registered Nurse (RN), Vermont Board of Nursing – Lic. No. 026.0091844, 2018\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Registered Pharmacist (RPh), License #5302-77", "Michigan Board of Pharmacy"),
        ("Registered Nurse (RN), Lic. No. 026.0091844", "Vermont Board of Nursing"),
    ]
    assert draft.data["certificates"][0]["expires"] == "06/2029"
    assert draft.data["certificates"][1]["date"] == "2018"


def test_the_hours_a_course_gave_after_its_date_are_a_comment_and_its_issuer_and_date_are_read() -> None:
    draft = draft_of(
        "Tove Lindqvist\n\nEXPERIENCE\nBirchway Veterinary Hospital\t2017 – 2025\nVeterinary Technician\n"
        "• Monitored anesthesia for 12 surgeries a week.\n"
        "\nCONTINUING EDUCATION\n"
        "• Feline Dentistry Essentials — Northern Veterinary Conference, 2024 (12 CE hours)\n"
        "• Emergency Triage, Cascade Vet Academy, March 2023 – 6 contact hours\n"
        "• Agile Delivery Bootcamp, Summit Learning, 2022 (35 PDUs)\n"
        "• 2021 — Pain Management in Small Animals, Riverside Vet College (6 CEUs)\n"
        "• Radiation Safety (8 hours)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Feline Dentistry Essentials", "Northern Veterinary Conference", "2024"),
        ("Emergency Triage", "Cascade Vet Academy", "March 2023"),
        ("Agile Delivery Bootcamp", "Summit Learning", "2022"),
        ("Pain Management in Small Animals", "Riverside Vet College", "2021"),  # the date first: no hours to an issuer
        ("Radiation Safety (8 hours)", "", None),  # no date to free: the hours stay in its name
    ]
    assert "Hours of 'Feline Dentistry Essentials': 12 CE hours" in draft.leftovers
    assert "Hours of 'Emergency Triage': 6 contact hours" in draft.leftovers
    assert "Hours of 'Agile Delivery Bootcamp': 35 PDUs" in draft.leftovers
    assert "Hours of 'Pain Management in Small Animals': 6 CEUs" in draft.leftovers


def test_the_hours_a_course_gave_in_brackets_before_its_date_are_a_comment() -> None:
    draft = draft_of(
        "Ines Varga\n\nEXPERIENCE\nBrookside Pediatric Therapy\t2018 – 2025\nOccupational Therapist\n"
        "• Treated children with sensory processing delays.\n"
        "\nCONTINUING EDUCATION\n"
        "• Pediatric Feeding Intensive, 4-day conference (32 contact hours), 2021\n"
        "• Splinting Fundamentals, Harbor Rehab Institute (6.5 CEUs), March 2020\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Pediatric Feeding Intensive, 4-day conference", "", "2021"),
        ("Splinting Fundamentals", "Harbor Rehab Institute", "March 2020"),
    ]
    assert "Hours of 'Pediatric Feeding Intensive, 4-day conference': 32 contact hours" in draft.leftovers
    assert "Hours of 'Splinting Fundamentals': 6.5 CEUs" in draft.leftovers


def test_a_year_that_opens_a_course_s_line_before_a_colon_is_its_date() -> None:
    draft = draft_of(
        "Ravi Okafor\n\nEXPERIENCE\nBrightline Accounting\t2016 – 2024\nSenior Accountant\n• Closed the books.\n"
        "\nPROFESSIONAL DEVELOPMENT\n"
        "• 2023: Lease Accounting Under ASC 842, State CPA Society, 8 CPE hours\n"
        "• 2021: Advanced Excel for Finance, Corporate Finance Institute\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Lease Accounting Under ASC 842", "State CPA Society", "2023"),
        ("Advanced Excel for Finance", "Corporate Finance Institute", "2021"),
    ]
    assert "Hours of 'Lease Accounting Under ASC 842': 8 CPE hours" in draft.leftovers


def test_a_course_s_hours_as_bare_letters_leave_its_date_so_the_next_course_is_no_issuer_of_it() -> None:
    draft = draft_of(
        "Lena Marsh\n\nEXPERIENCE\nNorthgate Pharmacy\t2018 – 2025\nPharmacist\n• Counselled 60 patients a day.\n"
        "\nCONTINUING EDUCATION\n"
        "Opioid Stewardship Update, 2024 (3 CE)\n"
        "Immunization Delivery — State Pharmacists Association, May 2023 (20 CEUs)\n"
    )
    assert [(c["name"], c.get("issuer", ""), c["date"]) for c in draft.data["certificates"]] == [
        ("Opioid Stewardship Update", "", "2024"),
        ("Immunization Delivery", "State Pharmacists Association", "May 2023"),
    ]
    assert "Hours of 'Opioid Stewardship Update': 3 CE" in draft.leftovers
    assert "Hours of 'Immunization Delivery': 20 CEUs" in draft.leftovers


def test_a_standing_won_in_a_contest_stays_with_the_contest_and_one_glued_to_its_giver_is_told() -> None:
    # "Finalist" alone names no award: the contest it was won in is part of its name, not who gave it; a body plainly
    # named after it is ("First Place, Harbor Press Association"). A body's standing glued to its name ("James Beard
    # Foundation semifinalist") makes no issuer of both: the line stays whole and is marked to check.
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\nAnalyst - Redline Logistics\n2021 - 2023\n- Built freight dashboards\n\n"
        "AWARDS\n"
        "Finalist — Regional Business Plan Competition, 2020\n"
        "First Place, Tri-County Case Competition (2019)\n"
        "National Merit Semifinalist, National Merit Scholarship Corporation, 2017\n"
        "First Place, Harbor Press Association, 2018\n"
        "Cascade Culinary Foundation semifinalist, Best Chef: Northwest (2022)\n"
    )
    assert [(a["name"], a.get("issuer", ""), a.get("date") or "") for a in draft.data["awards"]] == [
        ("Finalist — Regional Business Plan Competition", "", "2020"),
        ("First Place, Tri-County Case Competition", "", "2019"),
        ("National Merit Semifinalist", "National Merit Scholarship Corporation", "2017"),
        ("First Place", "Harbor Press Association", "2018"),
        ("Cascade Culinary Foundation semifinalist, Best Chef: Northwest", "", "2022"),
    ]
    assert any("standing won there" in note.message for note in draft.notes)


def test_an_award_whose_line_opens_with_the_body_that_gave_it_takes_that_body_as_its_issuer() -> None:
    # A journalist's, a scientist's and an architect's prizes written issuer first: the body is the issuer, what it
    # gave the name; a line that names the award first keeps the usual split.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nReporter - Bay Ledger\n2015 - 2019\n- Covered courts\n\nAWARDS\n"
        "Society of Professional Journalists Region 2, Mark of Excellence finalist (2021)\n"
        "Harbor Chemical Society, Young Investigator Medal, 2019\n"
        "Coastal Architecture Foundation, Honorable Mention (2018)\n"
        "First Place, Ohio Press Association, 2017\n"
        "Great Lakes Media Editors, First Place, Explanatory Reporting (2016)\n"
        "Top Producers, Harbor Realty Group (2015)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Mark of Excellence finalist", "Society of Professional Journalists Region 2"),
        ("Young Investigator Medal", "Harbor Chemical Society"),
        ("Honorable Mention", "Coastal Architecture Foundation"),
        ("First Place", "Ohio Press Association"),
        # A society named for its members in the plural, as editors' and photographers' are.
        ("First Place, Explanatory Reporting", "Great Lakes Media Editors"),
        ("Top Producers", "Harbor Realty Group"),
    ]


def test_an_award_that_opens_with_its_giver_keeps_the_category_a_dash_sets_after_it_in_its_name() -> None:
    # Who gave it, the award, then its category after a dash: the category is no second giver. A press club is a
    # body, as journalists' awards name it; a line that names the award first keeps the usual split at its dash.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nReporter - Bay Ledger\n2015 - 2019\n- Covered courts\n\nAWARDS\n"
        "Harbor Press Club, Excellence in Journalism – Environmental Reporting (2020)\n"
        "Coastal Architecture Foundation, Honorable Mention – Small Projects (2018)\n"
        "Reporter of the Year – Bay Ledger (2017)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Excellence in Journalism – Environmental Reporting", "Harbor Press Club"),
        ("Honorable Mention – Small Projects", "Coastal Architecture Foundation"),
        ("Reporter of the Year", "Bay Ledger"),
    ]


def test_a_line_under_awards_whose_dates_run_to_the_present_is_no_award_and_is_kept_for_the_owner_to_place() -> None:
    # An award is given once; an "Awards & Community" section's volunteering, still going on, is work of one's
    # own: kept whole as a comment (its "– Present" too), not an award named "Volunteer" dated when it began.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nBranch Manager - Harbor Credit Union\n2015 - 2019\n- Opened accounts\n\n"
        "AWARDS & COMMUNITY\n"
        "Branch Manager of the Year, Harbor Credit Union (2019)\n"
        "Volunteer, Lakeside Food Pantry – Saturday intake and stocking (2018 – Present)\n"
        "Dean's List, Ohio Valley College (2009 – 2011)\n"
    )
    assert [(a["name"], a.get("date")) for a in draft.data["awards"]] == [
        ("Branch Manager of the Year", "2019"),
        ("Dean's List", "2009 – 2011"),
    ]
    assert "Volunteer, Lakeside Food Pantry – Saturday intake and stocking (2018 – Present)" in draft.leftovers


def test_an_award_named_for_the_best_of_a_year_or_month_is_the_award_though_it_names_a_workplace() -> None:
    # "Store", "Clinic" or "Branch" names a workplace, and so an organisation, but "… of the Year" names the award:
    # the employer after it gave it, as in any line that names the award first.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nBranch Manager - Harbor Credit Union\n2015 - 2019\n- Opened accounts\n\nAWARDS\n"
        "Branch Manager of the Year, Harbor Credit Union (2019)\n"
        "Clinic Employee of the Month, Lakeside Vet Group (2017)\n"
        "Store Associate of the Quarter, Pinecrest Outfitters (2016)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Branch Manager of the Year", "Harbor Credit Union"),
        ("Clinic Employee of the Month", "Lakeside Vet Group"),
        ("Store Associate of the Quarter", "Pinecrest Outfitters"),
    ]


def test_the_kind_of_award_after_its_last_comma_is_no_sign_that_an_issuer_stands_before_it() -> None:
    # "team award" and "honorable mention" name the award's kind, not what it was for ("for the best first book"):
    # the piece before them is the award's name, no issuer, and the line stays whole.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nReporter - Bay Ledger\n2015 - 2019\n- Covered courts\n\nAWARDS\n"
        "Harbor Valley Broadcasters Club, Best Feature Series, team award (2019)\n"
        "Lakeshore Design Week, Best Residential Interior, honorable mention (2018)\n"
        "Gilded Quill Prize, Baltic History Society, for the best first book (2017)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Harbor Valley Broadcasters Club, Best Feature Series, team award", ""),
        ("Lakeshore Design Week, Best Residential Interior, honorable mention", ""),
        ("Gilded Quill Prize, for the best first book", "Baltic History Society"),
    ]


def test_lower_case_words_after_a_piece_that_plainly_names_a_body_leave_that_body_the_issuer() -> None:
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nReporter - Bay Ledger\n2015 - 2019\n- Covered courts\n\nAWARDS\n"
        "Dean's List, Marlow State University, fall and spring terms (2014)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Dean's List, fall and spring terms", "Marlow State University")
    ]


def test_a_credential_id_after_the_giver_stays_with_the_name_and_leaves_the_giver_its_own() -> None:
    # Certification bodies print the holder's number as an "ID"; it is the holder's, as "License No." is, and the
    # giver after the dash stays the giver, its name capitals and a digit as some bodies spell theirs.
    draft = draft_of(
        "Wren Talbot\n\nCERTIFICATIONS\n"
        "• Certified Widget Auditor (CWA) – GIAC, ID 40117, 2020, exp. 09/2028\n"
        "• Harbor Cloud Practitioner – Harbor Academy, Credential ID HX-22190, 2022\n"
        "• Certified Secure Systems Professional (CSSP) – ISC2, ID 551203, 2021\n"
        "• Token Handling Basics – TokenCo, ID COMP0042, 2016\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Widget Auditor (CWA), ID 40117", "GIAC", "2020"),
        ("Harbor Cloud Practitioner, Credential ID HX-22190", "Harbor Academy", "2022"),
        ("Certified Secure Systems Professional (CSSP), ID 551203", "ISC2", "2021"),
        ("Token Handling Basics, ID COMP0042", "TokenCo", "2016"),
    ]


def test_a_spaced_hyphen_sets_apart_a_giver_whose_name_says_it_is_an_organisation() -> None:
    """Text pasted from an email turns a résumé's en dashes into hyphens: "Six Sigma Yellow Belt - Lakeshore
    Technical College (2020)" names its giver after the hyphen, as "– Lakeshore Technical College" would. A line
    that opens with the giver ("Stepik - Web Security") or whose hyphen sets off no organisation keeps its name."""
    draft = draft_of(
        "Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n"
        "- Six Sigma Yellow Belt - Lakeshore Technical College (2020)\n"
        "- Hazmat Awareness - National Safety Council, 2019\n"
        "- Stepik - Web Security (2021)\n"
        "- Forklift Operator - Sit-down and Reach (2018)\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Six Sigma Yellow Belt", "Lakeshore Technical College"),
        ("Hazmat Awareness", "National Safety Council"),
        ("Stepik - Web Security", ""),
        ("Forklift Operator - Sit-down and Reach", ""),
    ]


def test_a_spaced_hyphen_after_a_name_with_its_own_initials_still_sets_apart_its_giver() -> None:
    """The initials a credential's name ends with ("Pediatric Advanced Life Support (PALS)") are its own, no sign
    that the name is an organisation's: the giver after the hyphen is set apart, as it is after a name without them.
    An organisation's own initials ("National Safety Council (NSC) - Hazmat Awareness") still say it opens the line."""
    draft = draft_of(
        "Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n"
        "Pediatric Advanced Life Support (PALS) - American Heart Association\n"
        "Certified Pediatric Nurse (CPN) - Pediatric Nursing Certification Board - 2022\n"
        "National Safety Council (NSC) - Hazmat Awareness\n"
    )
    assert [(c["name"], c.get("issuer", "")) for c in draft.data["certificates"]] == [
        ("Pediatric Advanced Life Support (PALS)", "American Heart Association"),
        ("Certified Pediatric Nurse (CPN)", "Pediatric Nursing Certification Board"),
        ("National Safety Council (NSC) - Hazmat Awareness", ""),
    ]


def test_a_dated_line_with_a_name_and_giver_of_its_own_under_a_bare_name_is_the_next_credential() -> None:
    """A credential's name alone on its line may have its giver and date on the line under it ("Scrimba, 2026");
    a line under it that names a credential and then its giver ("BLS - American Heart Association - 2023") is the
    next credential, and the one above keeps no giver rather than being given another's."""
    draft = draft_of(
        "Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n"
        "Wilderness First Responder\n"
        "BLS - American Heart Association - 2023\n"
        "Food Handler Card\n"
    )
    assert [(c["name"], c.get("issuer", ""), c.get("date")) for c in draft.data["certificates"]] == [
        ("Wilderness First Responder", "", None),
        ("BLS", "American Heart Association", "2023"),
        ("Food Handler Card", "", None),
    ]


def test_a_bracket_after_a_credentials_date_is_its_giver_or_part_of_its_name_never_a_bracketed_issuer() -> None:
    # "VTNE – passed 2014 (AAVSB)" had been one name with no date; "– 2022 (Level 3)" gave the issuer "(Level 3)".
    draft = draft_of(
        "Dana Roux\n\nLICENSURE & CERTIFICATIONS\n"
        "• VTNE – passed 2014 (AAVSB)\n"
        "• NCLEX-RN – passed June 2019 (NCSBN)\n"
        "• ACLS Provider – 2023 (American Heart Association)\n"
        "• Fear Free Certified Professional – 2022 (Level 3)\n"
        "\nAWARDS\n• Peabody Award, 2021 (Finalist)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("VTNE", "AAVSB", "2014"),
        ("NCLEX-RN", "NCSBN", "June 2019"),
        ("ACLS Provider", "American Heart Association", "2023"),
        ("Fear Free Certified Professional (Level 3)", "", "2022"),  # where the holder stood: the name's
    ]
    (award,) = draft.data["awards"]
    assert (award["name"], award["issuer"], award["date"]) == ("Peabody Award (Finalist)", "", "2021")


def test_an_award_given_by_an_employer_of_the_resumes_roles_needs_no_check_of_its_giver() -> None:
    # "Technician of the Year, Keystone Veterinary Emergency & Specialty (2023)": the giver is the employer of a role
    # above, there with its short form in brackets; the split at the last comma was marked to check all the same.
    draft = draft_of(
        "Dana Roux\n\nEXPERIENCE\n\nLead Technician\t2021 – Present\nKestrel Animal Emergency (KAE) – Erie, PA\n"
        "- Ran the ICU.\n\nAWARDS\n"
        "• Technician of the Year, Kestrel Animal Emergency (2023)\n"
        "• Rising Star, Lantern Vale (2019)\n"
    )
    assert [(a["name"], a["issuer"]) for a in draft.data["awards"]] == [
        ("Technician of the Year", "Kestrel Animal Emergency"),
        ("Rising Star", "Lantern Vale"),
    ]
    checked = [n.loc for n in draft.notes if "split at the last comma" in n.message]
    assert checked == [("awards", 1)]  # a giver the résumé names nowhere else is still checked


def test_an_award_given_by_an_employer_named_without_its_legal_form_needs_no_check_of_its_giver() -> None:
    # The role names "Harlan Mechanical Contractors, Inc."; the award line gives the firm as people call it.
    draft = draft_of(
        "Dana Roux\n\nEXPERIENCE\n\nForeman\nHarlan Mechanical Contractors, Inc. - Joliet, IL\n06/2013 - 02/2019\n"
        "- Ran crews of six.\n\nAWARDS\n"
        "Foreman of the Year, Harlan Mechanical Contractors (2017)\n"
    )
    assert [(a["name"], a["issuer"]) for a in draft.data["awards"]] == [
        ("Foreman of the Year", "Harlan Mechanical Contractors")
    ]
    assert not [n for n in draft.notes if "split at the last comma" in n.message]


def test_a_spaced_hyphen_sets_apart_a_giver_in_capitals_after_a_credential_that_gives_its_own_letters() -> None:
    """A credential written with its own letters in brackets, then a hyphen and other letters ("Certified Widget
    Planner (CWP) - IWPA, 2016"), names its giver by the giver's letters: the credential's are already said. Letters
    after a name that gives none of its own ("Forklift Safety - OSHA") or that spell the name itself stay its name."""
    draft = draft_of(
        "Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n"
        "- Certified Widget Planner (CWP) - IWPA, 2016\n"
        "- Registered Gadget Technologist (RGT) - NBGT (2019)\n"
        "- Forklift Safety - OSHA (2018)\n"
        "- Certified Widget Planner - CWP (2015)\n"
    )
    assert [(c["name"], c.get("issuer", ""), c.get("date") or "") for c in draft.data["certificates"]] == [
        ("Certified Widget Planner (CWP)", "IWPA", "2016"),
        ("Registered Gadget Technologist (RGT)", "NBGT", "2019"),
        ("Forklift Safety - OSHA", "", "2018"),
        ("Certified Widget Planner - CWP", "", "2015"),
    ]


def test_renewed_in_brackets_after_a_credentials_date_says_it_was_renewed_and_names_nothing() -> None:
    # "BLS – 2024 (renewed)": the card's date, and that it was renewed; no part of its name.
    lines = "BLS – 2024 (renewed)\nPALS – 2023 (Recertified)\n"
    draft = draft_of(f"Ana Ruiz\nana.ruiz@example.com\n\nCERTIFICATIONS\n{lines}")
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [("BLS", "2024"), ("PALS", "2023")]
    assert "Renewal of 'BLS': renewed" in draft.leftovers and "Renewal of 'PALS': Recertified" in draft.leftovers


def test_a_credentials_standing_after_its_date_is_a_comment_not_part_of_its_issuer() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org\n\nCERTIFICATIONS\nPharmacy Technician (CPhT), PTCB, 2019 (active)\n"
        "Registered Nurse, Washington State Department of Health, 2018 (in good standing)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Pharmacy Technician (CPhT)", "PTCB", "2019"),
        ("Registered Nurse", "Washington State Department of Health", "2018"),
    ]
    assert "Standing of 'Pharmacy Technician (CPhT)': active" in draft.leftovers
    assert "Standing of 'Registered Nurse': in good standing" in draft.leftovers


def test_what_a_dash_sets_after_a_credentials_name_before_its_givers_comma_stays_with_the_name() -> None:
    draft = draft_of(
        "# Rosa Vidal\n\n## Certifications\n\n"
        "- Certified Court Interpreter – Portuguese, Judicial Council of Oregon, 2017\n"
        "- Lean Six Sigma – Green Belt, Northbay Quality Institute, 2019\n"
        "- Basic Life Support — Crestline Heart Association, Dallas, TX, 2021\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Certified Court Interpreter – Portuguese", "Judicial Council of Oregon"),
        ("Lean Six Sigma – Green Belt", "Northbay Quality Institute"),
        ("Basic Life Support", "Crestline Heart Association, Dallas, TX"),
    ]


@pytest.mark.parametrize("heading", ["CERTIFICATIONS & AWARDS", "LICENSES & CERTIFICATIONS"])
def test_an_award_in_a_certificates_section_is_an_award(heading: str) -> None:
    # A section of credentials often holds an award or two beside them: one named as an award, and no certificate,
    # licence, course or training, is kept as an award, which a résumé prints as one.
    draft = draft_of(
        "Rhea Lund\nrhea@example.org\n\nEXPERIENCE\nRespiratory Therapist, Mercy Hospital, Joplin, MO\t2016 – 2024\n"
        f"• Ran 12 ventilators.\n\n{heading}\nBLS Provider, American Heart Association, 2025\n"
        "Employee of the Quarter, Mercy Hospital, 2021\nDaisy Award, Mercy Hospital, 2019\n"
        "Certified Pulmonary Function Technologist, National Board for Respiratory Care, 2018\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("BLS Provider", "American Heart Association"),
        ("Certified Pulmonary Function Technologist", "National Board for Respiratory Care"),
    ]
    assert [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]] == [
        ("Employee of the Quarter", "Mercy Hospital", "2021"),
        ("Daisy Award", "Mercy Hospital", "2019"),
    ]


def test_a_sentence_about_work_in_a_section_of_credentials_is_kept_as_a_comment_not_a_certificate() -> None:
    # "Professional Development & Service": beside its credentials, sentences about service, which no certificate is.
    draft = draft_of(
        "Rhea Lund\nrhea@example.org\n\nEXPERIENCE\nRespiratory Therapist, Mercy Hospital, Joplin, MO\t2016 – 2024\n"
        "• Ran 12 ventilators.\n\nPROFESSIONAL DEVELOPMENT & SERVICE\nACLS Provider, American Heart Association, 2024\n"
        "Clinical preceptor for Kestrel University respiratory students (2018 – present), 4–6 students per year.\n"
        "Served on the hospital's sepsis committee and wrote its ventilator weaning protocol.\n"
        "Completed a 40-hour course in pulmonary rehabilitation, Mercy Hospital, 2020.\n"
    )
    assert [c["name"] for c in draft.data["certificates"]] == [
        "ACLS Provider",
        "Completed a 40-hour course in pulmonary rehabilitation",  # a course is a credential's kind, sentence or not
    ]
    assert "Served on the hospital's sepsis committee and wrote its ventilator weaning protocol." in draft.leftovers
    assert any(leftover.startswith("Clinical preceptor for Kestrel University") for leftover in draft.leftovers)


def test_a_pilots_certificate_with_its_aircraft_class_ratings_or_types_after_it_has_no_issuer_there() -> None:
    # What a pilot writes after a certificate is what it covers: the category and class of aircraft, the types
    # rated, the instructor's certificates held. None of it is who issued it.
    draft = draft_of(
        "Ingrid Vasquez\n\nCERTIFICATES & RATINGS\n"
        "- FAA Airline Transport Pilot – Airplane Multi-Engine Land\n"
        "- Commercial Pilot – ASEL, Instrument Airplane\n"
        "- Type Ratings: B737, E175\n"
        "- Flight Instructor – CFI, CFII, MEI\n"
        "- Certified Scrum Master – Scrum Alliance\n"
    )
    assert [(c["name"], c.get("issuer") or "") for c in draft.data["certificates"]] == [
        ("FAA Airline Transport Pilot – Airplane Multi-Engine Land", ""),
        ("Commercial Pilot – ASEL, Instrument Airplane", ""),
        ("Type Ratings: B737, E175", ""),
        ("Flight Instructor – CFI, CFII, MEI", ""),
        ("Certified Scrum Master", "Scrum Alliance"),  # a body after the dash is still its giver
    ]
    assert not any(n.loc[0] == "certificates" for n in draft.notes)


def test_a_course_whose_line_ends_in_its_year_is_whole_and_the_dated_line_under_it_is_the_next_one() -> None:
    # Typed one a line, the year after the school's name with no comma: that line is a whole entry, so the line
    # under it ("… - 2016") is the next course, never the issuer and date of the one above.
    draft = draft_of(
        "Jonas Petrauskas\n\nTRAINING\n"
        "Hydraulic Systems Troubleshooting (Pumps, Valves) - Parker Training Center 2018\n"
        "Komatsu Tier 4 Final Engine Controls - 2019\n"
        "Forklift Operator Safety - 2017\n"
    )
    assert [(c["name"], c.get("issuer") or "", c.get("date")) for c in draft.data["certificates"]] == [
        ("Hydraulic Systems Troubleshooting (Pumps, Valves) - Parker Training Center 2018", "", None),
        ("Komatsu Tier 4 Final Engine Controls", "", "2019"),
        ("Forklift Operator Safety", "", "2017"),
    ]


def test_the_areas_a_dash_lists_after_a_credential_are_what_it_covers_and_the_last_no_issuer() -> None:
    # A technician lists the tests of a series passed, or the areas a maker's training covers, after a dash: the
    # last of them is one more area, never who issued it, even where its words could name a company ("Systems").
    draft = draft_of(
        "Marisol Quintero-Baez\n\nCERTIFICATIONS\n"
        "ASE School Bus - S2 Diesel Engine, S4 Brakes, S6 Electrical/Electronic Systems\n"
        "Toyota Master Diagnostic Technician – Engine Control, Chassis, Electrical\n"
        "AWS Certified Welder - Plate, Pipe, Structural Steel\n"
        "Certified Scrum Master – Scrum Alliance\n"
    )
    assert [(c["name"], c.get("issuer") or "") for c in draft.data["certificates"]] == [
        ("ASE School Bus - S2 Diesel Engine, S4 Brakes, S6 Electrical/Electronic Systems", ""),
        ("Toyota Master Diagnostic Technician – Engine Control, Chassis, Electrical", ""),
        ("AWS Certified Welder - Plate, Pipe, Structural Steel", ""),
        ("Certified Scrum Master", "Scrum Alliance"),  # a body after the dash is still its giver
    ]
    assert not any(n.loc[0] == "certificates" for n in draft.notes)


def test_a_licences_span_of_dates_is_when_it_was_gained_and_when_it_runs_out_and_a_courses_stays_whole() -> None:
    # A job board's résumé (Indeed's "Certifications and Licenses") gives each credential the span it is valid
    # for, under its name or after it: the start is when it was gained, the end when it runs out, as `expires`
    # holds it (kept whole in `date`, it printed as written and `validate` asked to part it). A course's or a
    # programme's span is when it was studied, and stays whole.
    draft = draft_of(
        "Verna Haskett\nverna@example.org\n\nWork Experience\n\nBulk Driver\nCedar Valley Gas Company - Ames, IA\n"
        "May 2015 to Present\n- Hauled propane to 40 farms a week.\n\nCertifications and Licenses\n\n"
        "Class A CDL\nMarch 2011 to March 2027\n\nTWIC Card\nAugust 2019 to August 2029\n\n"
        "Food Handler Card, May 2022 to May 2025\n\n"
        "Forklift Operator Training\nJune 2009 to August 2009\n"
    )
    assert [(c["name"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Class A CDL", "March 2011", "March 2027"),
        ("TWIC Card", "August 2019", "August 2029"),
        ("Food Handler Card", "May 2022", "May 2025"),
        ("Forklift Operator Training", "June 2009 to August 2009", None),
    ]


@pytest.mark.parametrize("licence", ["CDL A", "CDL-B", "CDL CLASS A"])
def test_a_licence_named_by_its_letters_and_its_class_under_certifications_is_a_credential_not_a_section(
    licence: str,
) -> None:
    # "CDL A" alone on its line, as a driver's résumé copied out as text gives it, is in capitals as a section's title
    # is: it had opened a section of its own, read as roles, and left "Certifications and Licenses" empty.
    draft = draft_of(
        "Verna Haskett\nverna@example.org\n\nWork Experience\n\nBulk Driver\nCedar Valley Gas Company - Ames, IA\n"
        "May 2015 to Present\n- Hauled propane to 40 farms a week.\n\nCertifications and Licenses\n\n"
        f"{licence}\nMarch 2011 to March 2027\nEndorsements: H, N, T\n\nTWIC Card\nAugust 2019 to August 2029\n"
    )
    assert [r["role"] for r in draft.data["experience"]] == ["Bulk Driver"]
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        (f"{licence}, Endorsements: H, N, T", "March 2011"),
        ("TWIC Card", "August 2019"),
    ]


def test_a_job_boards_assessments_and_additional_information_end_the_certifications_above_them() -> None:
    # Indeed's résumé ends with its skill tests ("Assessments": no credential, its footer says) and a box of free
    # text ("Additional Information"); copied out as text, neither title is in capitals, and every line under them
    # had become a certificate. No field holds them: they are kept aside for the owner to place.
    draft = draft_of(
        "Verna Haskett\nverna@example.org\n\nWork Experience\n\nBulk Driver\nCedar Valley Gas Company - Ames, IA\n"
        "May 2015 to Present\n- Hauled propane to 40 farms a week.\n\nCertifications and Licenses\n\n"
        "TWIC Card\nAugust 2019 to August 2029\n\nAssessments\n\nTruck driving — Highly Proficient\nJuly 2023\n"
        "Full results: Highly Proficient\n\nAdditional Information\n\n1.1 million accident free miles\n"
    )
    assert [c["name"] for c in draft.data["certificates"]] == ["TWIC Card"]
    assert "1.1 million accident free miles" in draft.leftovers
    assert "Truck driving — Highly Proficient" in draft.leftovers


def test_a_year_that_opens_each_line_of_a_list_of_credentials_is_each_one_s_date_not_its_name() -> None:
    # An academic CV (LaTeX's moderncv) sets each credential's year in the margin before it: "2024  Certificate, …".
    # Where the section's lines open so, the year is the date; a name that merely opens with a year stays whole.
    draft = draft_of(
        "Rosa Imbert\nrosa@example.org\n\nExperience\nLab Manager, Fernwood Institute\t2019 – 2024\n- Ran the lab.\n\n"
        "Certifications\n2024 Clinical Project Management Certificate, Regulatory Affairs Professionals Society\n"
        "2023 Lean Six Sigma Yellow Belt\n2019 10x Genomics Single Cell Training\n\n"
        "Awards\n2020 Census Volunteer of the Year\n"
    )
    assert [(c["name"], c.get("date")) for c in draft.data["certificates"]] == [
        ("Clinical Project Management Certificate", "2024"),
        ("Lean Six Sigma Yellow Belt", "2023"),
        ("10x Genomics Single Cell Training", "2019"),
    ]
    assert draft.data["certificates"][0]["issuer"] == "Regulatory Affairs Professionals Society"
    assert [a["name"] for a in draft.data["awards"]] == ["2020 Census Volunteer of the Year"]


def test_a_year_before_an_awards_name_is_its_date_where_the_others_of_its_list_open_with_their_spans() -> None:
    # Grants held for years and one given in a year, each dated in the margin: the year is its date too.
    draft = draft_of(
        "Rosa Imbert\nrosa@example.org\n\nExperience\nLab Manager, Fernwood Institute\t2019 – 2024\n- Ran the lab.\n\n"
        "Grants & Fellowships\n2022–2025 Postdoctoral Fellowship, Lakeshore Heart Foundation\n"
        "2014 Graduate Research Fellowship Program, Honorable Mention\n"
    )
    assert [(a["name"], a.get("date")) for a in draft.data["awards"]] == [
        ("Postdoctoral Fellowship", "2022–2025"),
        ("Graduate Research Fellowship Program", "2014"),
    ]


def test_the_area_a_credential_covers_after_its_dash_stays_in_its_name_and_is_never_its_giver() -> None:
    # A machinist's NIMS credentials name their area after the dash: a label and what it covers ("CNC Milling:
    # Programming, Setup & Operations"; no organisation's name holds a colon), or the area a numbered level was gained
    # in ("CNC Turning"). Those are the credential's, not who gave it; a body's initials after a level are its giver.
    draft = draft_of(
        "Dana Okafor\ndana@example.org\n\nExperience\nMachinist, Toledo Tool Works\t2015 – 2024\n- Built dies.\n\n"
        "Certifications\n- NIMS Machining Level I – CNC Milling: Programming, Setup & Operations (2014)\n"
        "- NIMS Machining Level II – CNC Turning (2017)\n"
        "- Welding Inspector Level II – AWS (2018)\n"
        "- Pediatric First Aid – American Red Cross (2019)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("NIMS Machining Level I – CNC Milling: Programming, Setup & Operations", "", "2014"),
        ("NIMS Machining Level II – CNC Turning", "", "2017"),
        ("Welding Inspector Level II", "AWS", "2018"),
        ("Pediatric First Aid", "American Red Cross", "2019"),
    ]


def test_the_job_a_licence_licenses_after_its_dash_stays_in_its_name_and_is_never_its_giver() -> None:
    # A school speech-language pathologist's state licence names the job it licenses after the dash; a body named
    # with an organisation's word or an "of" after a dash is still the giver.
    draft = draft_of(
        "Dana Okafor\ndana@example.org\n\nExperience\nSpeech-Language Pathologist, Westerville City Schools\t"
        "2016 – 2024\n- Ran IEP meetings.\n\n"
        "Licensure\n- Ohio Pupil Services License – School Speech-Language Pathologist (2015)\n"
        "- Certified Social Worker – National Association of Social Workers (2016)\n"
        "- Registered Nurse – Ohio Board of Nursing (2017)\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Ohio Pupil Services License – School Speech-Language Pathologist", ""),
        ("Certified Social Worker", "National Association of Social Workers"),
        ("Registered Nurse", "Ohio Board of Nursing"),
    ]


def test_an_expiry_in_brackets_before_the_issuer_leaves_the_issuer_its_own() -> None:
    draft = draft_of(
        "Mirela Kovač\nmirela@example.org\n\nCERTIFICATIONS\n"
        "- First Aid at Work (valid until 03/2027), Croatian Red Cross\n"
        "- BLS (exp. 05/2027), American Heart Association\n"
    )
    assert [(c["name"], c["issuer"], c["expires"]) for c in draft.data["certificates"]] == [
        ("First Aid at Work", "Croatian Red Cross", "03/2027"),
        ("BLS", "American Heart Association", "05/2027"),
    ]
    assert not draft.leftovers


def test_what_the_section_names_as_a_giver_is_the_giver_after_a_dash_where_the_name_opens_with_certified() -> None:
    # Alone, "MEDDICC Certified Coach – Force Management" may set a specialty after its dash, as "Adobe Certified
    # Professional – Visual Design" does; the line below names Force Management as a giver, so it is one here too.
    draft = draft_of(
        "Omar Haddad\nomar@example.org\n\nCERTIFICATIONS\n"
        "MEDDICC Certified Coach – Force Management, 2021\nCommand of the Message – Force Management, 2019\n"
        "Adobe Certified Professional – Visual Design, 2022\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("MEDDICC Certified Coach", "Force Management"),
        ("Command of the Message", "Force Management"),
        ("Adobe Certified Professional – Visual Design", ""),
    ]


def test_the_body_whose_standard_names_a_credential_is_its_giver_after_a_dash() -> None:
    # "ASTM-E84 Certified Fire Test Technician – ASTM": the name opens with the body's standard, and the body after
    # the dash gave it, as "– Adobe" after "Adobe Certified Professional" would; the renewal after it stays a comment.
    draft = draft_of(
        "Omar Haddad\nomar@example.org\n\nCERTIFICATIONS\n"
        "2019\tASTM-E84 Certified Fire Test Technician – ASTM, recertified 2023\n"
        "Adobe Certified Professional – Visual Design, 2022\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("ASTM-E84 Certified Fire Test Technician", "ASTM", "2019"),
        ("Adobe Certified Professional – Visual Design", "", "2022"),
    ]


def test_an_awards_category_and_standing_after_its_dash_are_no_giver() -> None:
    # "Program — Category, finalist": what the dash sets after the award is the category it was entered in and where
    # it placed, no body that gave it; a giver after a dash ("– Bay Ledger") still is one.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nMarketing Manager - Harbor Goods\n2015 - 2019\n- Ran paid search\n\nAWARDS\n"
        "Harbor Commerce Award — Best Campaign, finalist (2020)\n"
        "Regional Search Awards — Best Retail Campaign, winner (2019)\n"
        "Marketer of the Year – Bay Ledger (2017)\n"
    )
    assert [(a["name"], a.get("issuer", "")) for a in draft.data["awards"]] == [
        ("Harbor Commerce Award — Best Campaign, finalist", ""),
        ("Regional Search Awards — Best Retail Campaign, winner", ""),
        ("Marketer of the Year", "Bay Ledger"),
    ]


def test_a_certificate_holder_and_the_institute_that_trained_them_under_certifications_is_no_degree() -> None:
    # "Certificate" names a college's programme as well as a credential, but beside an institute under a title of
    # certifications it is the credential: a degree there needs a degree's own name (A.A.S., Diploma, Bachelor …).
    draft = draft_of(
        "Keira Holloway\n\nCERTIFICATIONS\n"
        "AWI Certificate Holder (AWI-CH) - Workplace Investigations Training Institute\n"
        "Professional in Human Resources (PHR)\n"
    )
    assert "education" not in draft.data or not draft.data["education"]
    assert [(c["name"], c.get("issuer")) for c in draft.data["certificates"]] == [
        ("AWI Certificate Holder (AWI-CH)", "Workplace Investigations Training Institute"),
        ("Professional in Human Resources (PHR)", ""),
    ]


@pytest.mark.parametrize("label", ["Certifications: ", "**Certifications:** ", "**Certifications**: "])
def test_a_label_that_says_what_a_line_of_credentials_lists_is_no_part_of_its_first_name(label: str) -> None:
    # A one-page résumé sets its credentials and its awards each on a line under a bold label, in one section
    # ("Certifications & Awards"), as LaTeX templates do: the label says what the line lists, not the first's name.
    draft = draft_of(
        "Dana Whitfield\n\nCERTIFICATIONS & AWARDS\n"
        f"{label}Certified Scrum Product Owner (CSPO), Scrum Alliance, 2018; Pragmatic Institute PMC-III, 2020\n"
        "Awards: Northwind Customer Obsession Award (2023); Globex Ship It Award (2020)\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Scrum Product Owner (CSPO)", "2018"),
        ("Pragmatic Institute PMC-III", "2020"),
    ]
    assert [(a["name"], a["date"]) for a in draft.data["awards"]] == [
        ("Northwind Customer Obsession Award", "2023"),
        ("Globex Ship It Award", "2020"),
    ]


def test_a_course_taken_at_its_provider_names_the_provider_as_its_issuer() -> None:
    draft = draft_of(
        "Maya Delgado\n\nCOURSES\n"
        "Program for Infant/Toddler Care (PITC) Module 1: Social-Emotional Growth at WestEd\n"
        "Responsive Caregiving for Infants and Toddlers at WestEd\n"
        "Pediatric CPR and First Aid, American Red Cross\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Program for Infant/Toddler Care (PITC) Module 1: Social-Emotional Growth", "WestEd"),
        ("Responsive Caregiving for Infants and Toddlers", "WestEd"),
        ("Pediatric CPR and First Aid", "American Red Cross"),
    ]


def test_a_year_after_a_space_is_the_date_of_a_name_that_closes_as_a_credential_s_not_of_a_product_s_version() -> None:
    # Typed with no comma, a year after a credential's level or holder ("– Associate 2021", "Power User 2020"), its
    # letters ("ACLS 2023", "(CKA) 2022") or CompTIA's plus is when it was gained; after a product's name ("Excel 2016",
    # "Windows Server 2019") it is the product's version, kept in the name as written.
    draft = draft_of(
        "Marguerite Osei\n\nCERTIFICATIONS\n"
        "AWS Certified Solutions Architect – Associate 2021\n"
        "CompTIA CySA+ 2021\n"
        "Certified Kubernetes Administrator (CKA) 2022\n"
        "Splunk Core Certified Power User 2020\n"
        "BLS Provider 2024\n"
        "ACLS 2023\n"
        "Journeyman Electrician License 2019\n"
        "Microsoft Office Specialist: Excel 2016\n"
        "Administering Windows Server 2019\n"
        "Hydraulic Systems Troubleshooting - Parker Training Center 2018\n"
    )
    assert [(c["name"], c.get("date")) for c in draft.data["certificates"]] == [
        ("AWS Certified Solutions Architect – Associate", "2021"),
        ("CompTIA CySA+", "2021"),
        ("Certified Kubernetes Administrator (CKA)", "2022"),
        ("Splunk Core Certified Power User", "2020"),
        ("BLS Provider", "2024"),
        ("ACLS", "2023"),
        ("Journeyman Electrician License", "2019"),
        ("Microsoft Office Specialist: Excel 2016", None),
        ("Administering Windows Server 2019", None),
        ("Hydraulic Systems Troubleshooting - Parker Training Center 2018", None),
    ]


@pytest.mark.parametrize(
    ("line", "name", "issuer"),
    [
        ("Certified Paralegal (CP), NALA – The Paralegal Association, 2019", "Certified Paralegal (CP)",
         "NALA – The Paralegal Association"),
        ("Certified Fraud Examiner (CFE), ACFE — Association of Certified Fraud Examiners, 2021",
         "Certified Fraud Examiner (CFE)", "ACFE — Association of Certified Fraud Examiners"),
    ],
)  # fmt: skip
def test_a_bodys_initials_after_the_credentials_own_then_its_name_after_a_dash_are_one_issuer(
    line: str, name: str, issuer: str
) -> None:
    # "Certified Fraud Examiner (CFE), ACFE" was given by the ACFE; a dash after the initials sets the body's
    # name beside them, still the one issuer, not more of the credential's name.
    draft = draft_of(f"Dana Whitfield\ndana@example.org\n\nCERTIFICATIONS\n\n{line}\n")
    [found] = draft.data["certificates"]
    assert (found["name"], found["issuer"], found["date"]) == (name, issuer, line[-4:])


def test_a_licence_number_whose_letters_stand_a_space_before_its_digits_is_the_number_after_its_board() -> None:
    # "#RDH 123456", as a dental board prints a hygienist's number: the board before it is the issuer, as before
    # "#12345"; the number stays with the name, the holder's own.
    line = "Registered Dental Hygienist (RDH), California Dental Board, License #RDH 123456"
    draft = draft_of(f"Dana Whitfield\ndana@example.org\n\nLICENSES\n\n{line}\n")
    [found] = draft.data["certificates"]
    assert (found["name"], found["issuer"]) == (
        "Registered Dental Hygienist (RDH), License #RDH 123456",
        "California Dental Board",
    )


@pytest.mark.parametrize("heading", ["BAR ADMISSIONS", "Bar and Court Admissions", "Admissions"])
def test_a_state_alone_under_a_lawyers_admissions_is_named_as_the_bar_admission_it_is(heading: str) -> None:
    draft = draft_of(
        "Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\nBirch & Vale LLP, Denver, CO\tSep 2020 – Present\n"
        "Associate\n- Drafted motions to dismiss.\n\n"
        f"{heading}\nColorado (2019); Utah (2021); U.S. District Court for the District of Colorado\n"
    )
    assert [(c["name"], c.get("date")) for c in draft.data["certificates"]] == [
        ("Colorado Bar Admission", "2019"),
        ("Utah Bar Admission", "2021"),
        ("U.S. District Court for the District of Colorado", None),  # a court keeps its own name
    ]
    assert any(n.loc == ("certificates", 0, "name") and heading in n.message for n in draft.notes)


def test_a_state_under_certifications_keeps_its_name() -> None:
    draft = draft_of("Rowan Ellery\nrowan@example.org\n\nCERTIFICATIONS\nColorado (2019)\n")
    assert [c["name"] for c in draft.data["certificates"]] == ["Colorado"]


def test_a_field_of_study_named_for_institutions_names_no_school_so_the_line_under_the_school_is_the_degree() -> None:
    # "Political Institutions", "Financial Institutions": a subject studied, not a school; the school is the line
    # over it, the degree the line that names it, and the town after the school's name its place.
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nAnalyst - Bay Bank\n2015 - 2019\n- Reviewed loans\n\nEDUCATION\n"
        "Eastbrook University, Dayton, OH\t2015\n"
        "B.A. in Economics, Minor in Financial Institutions\n"
    )
    assert [(d["degree"], d["institution"], d.get("location", "")) for d in draft.data["education"]] == [
        ("B.A. in Economics, Minor in Financial Institutions", "Eastbrook University", "Dayton, OH"),
    ]
