"""Specification of tailor.degrees: the degree a posting requires, and whether a CV's education reaches it."""

from __future__ import annotations

import pytest

from tailor.degrees import degree_lacking, education_level

MASTERS = ["Master of Science, Clinical Research Management", "Bachelor of Science, Molecular Biology"]


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("Ph.D. Chemistry", 4),
        ("PharmD", 4),
        ("Juris Doctor", 4),
        ("M.S. Biology", 3),
        ("Master of Science, Clinical Research Management", 3),
        ("MBA", 3),
        ("MSN, Family Nurse Practitioner", 3),
        ("BSc (Hons) Geography", 2),
        ("Bachelor of Arts, Communication", 2),
        ("B.Tech, Mechanical Engineering", 2),
        ("A.A.S. Paramedic Science", 1),
        ("Associate of Arts", 1),
        ("Certificate in Project Management", 0),
        ("High School Diploma", 0),
        ("Licenciatura en Economía", None),  # a degree whose level it cannot read
        ("Postgraduate Diploma in Law", None),  # below a degree, taken after one
        ("Bachelor of Science, Pre-Med", 2),  # "Med" after a bachelor's is no M.Ed.
    ],
)
def test_a_cv_degree_is_read_as_its_level(degree: str, level: int | None) -> None:
    assert education_level(degree) == level


def test_a_doctoral_degree_offered_as_a_choice_is_lacking_from_a_masters_cv_as_a_level() -> None:
    lacking = degree_lacking(
        ["Doctoral degree (PharmD, PhD, MD or DNP) required. 2+ years of MSL experience."], [], MASTERS
    )
    assert lacking is not None
    assert lacking.required == "a doctoral degree"  # any of the four, not PharmD alone
    assert lacking.said == "Doctoral degree (PharmD, PhD, MD or DNP) required."
    assert lacking.held == "Master of Science, Clinical Research Management"
    assert degree_lacking(["Doctoral degree (PharmD, PhD, MD or DNP) required."], [], ["Ph.D. Pharmacology"]) is None


def test_a_degree_named_of_one_field_is_lacking_from_a_degree_in_another_field() -> None:
    lacking = degree_lacking(["BSN required."], [], ["B.S. in Biology"])
    assert lacking is not None and lacking.required == "a BSN"
    assert degree_lacking(["BSN required."], [], MASTERS) is not None  # a higher degree, in another field
    # Met by the degree itself, however written, or by one above it in its field.
    for held in ("Bachelor of Science in Nursing", "B.S.N.", "MSN", "Master of Science in Nursing"):
        assert degree_lacking(["BSN required."], [], [held]) is None, held
    assert degree_lacking(["MBA required"], [], ["Master of Science, Finance"]) is not None


def test_a_level_in_a_field_is_met_by_that_level_in_any_field() -> None:
    # "Bachelor's degree in Chemistry" asks for a level, and names no degree: the field is the employer's to judge.
    assert degree_lacking(["Bachelor's degree in Chemistry required"], [], ["B.S. in Biology"]) is None
    lacking = degree_lacking(["Master's degree in Biology required"], [], ["B.S. in Biology"])
    assert lacking is not None and lacking.required == "a master's degree"
    # A choice asks for the lowest level it offers.
    assert degree_lacking(["Master's or PhD in Biology"], [], ["B.S. in Biology"]).required == "a master's degree"
    assert degree_lacking(["BSN or Master's degree required"], [], ["B.A. in History"]).required == (
        "a BSN or a master's degree"
    )


def test_a_degree_named_in_words_is_that_degree_unless_any_related_field_will_do() -> None:
    for asked in ("Bachelor's degree in Nursing required", "Bachelor of Science in Nursing required"):
        assert degree_lacking([asked], [], ["B.S. in Biology"]).required == "a BSN", asked
    assert degree_lacking(["Master's degree in Social Work required"], [], ["MA in English"]).required == "an MSW"
    assert degree_lacking(["Master's degree (MSW) required"], [], ["MA in English"]).required == "an MSW"
    assert degree_lacking(["Bachelor's degree in Nursing or a related field"], [], ["B.S. in Biology"]) is None


@pytest.mark.parametrize(
    "asked",
    [
        "Master's degree preferred.",
        "PhD a plus.",
        "PhD or equivalent experience.",
        "Bachelor's degree or 4 years of experience in lieu of a degree.",
        "Bachelor's degree in Biology or two years of related experience.",
        "3+ years of lab experience and/or a Bachelor's degree in Chemistry.",
        "8+ years required, or 5+ years with an advanced degree.",
        "BS in Biology with 5+ years of experience; or MS with 3+ years; or equivalent work experience",
        "A Master's degree with 2+ years of experience OR a Bachelor's degree with 3+ years OR 6+ years of experience.",
        "No degree required.",
        # A need denied, however it is worded.
        "No bachelor's degree required.",
        "A bachelor's degree is not needed.",
        "A bachelor's degree is not a requirement.",
        "You don't need a bachelor's degree to apply.",
        "We do not require a bachelor's degree.",
        "Relevant PhD can count for up to 2 years of experience.",
        "Currently pursuing a Master's degree.",
        "Support our master's level care coordinators.",  # someone else's degree
    ],
)
def test_a_degree_not_required_or_that_experience_may_stand_in_for_is_no_degree_lacking(asked: str) -> None:
    assert degree_lacking([asked], [], ["Associate of Arts"]) is None


def test_a_degree_required_beside_experience_is_still_required() -> None:
    # A choice of kinds of experience after the degree ("research or clinical") offers nothing instead of it.
    asked = "Master's degree in Biology and 2+ years of research or clinical experience."
    assert degree_lacking([asked], [], ["B.S. in Biology"]) is not None
    # Nor do years that come with another degree of the choice ("or MS with 8+ years").
    asked = "MS in Chemistry with 6+ years of experience or PhD with 2+ years."
    assert degree_lacking([asked], [], ["B.S. in Biology"]) is not None


def test_letters_that_mean_other_things_are_a_degree_only_beside_one() -> None:
    assert degree_lacking(["Proficiency in MS Office; a high degree of accuracy."], [], ["B.A. in History"]) is None
    assert degree_lacking(["Must live within 50 miles of Baltimore, MD."], [], ["B.A. in History"]) is None
    assert degree_lacking(["MS in Chemistry required."], [], ["B.A. in History"]) is not None
    assert degree_lacking(["BS/MS degree in Chemistry."], [], ["Associate of Science"]) is not None


def test_a_degree_the_cv_may_hold_unread_or_a_cv_without_education_says_nothing() -> None:
    assert degree_lacking(["PhD required."], [], []) is None
    assert degree_lacking(["PhD required."], [], ["B.S. in Biology", "Licenciatura en Economía"]) is None
    # A CV whose education is no degree lacks any.
    lacking = degree_lacking(["Bachelor's degree required."], [], ["Certificate in Web Development"])
    assert lacking is not None and lacking.held == "Certificate in Web Development" and lacking.held_level == 0


def test_a_list_item_wrapped_by_hand_is_read_as_one() -> None:
    item = [
        "-   Ph.D. in genomics, molecular biology or a similar",
        "    program with 2 years' experience, OR M.S. with",
        "    6 years' experience",
        "-   Experience with NGS workflows",
    ]
    assert degree_lacking(item, [], ["B.S. in Biology"]).required == "a master's degree"  # not a doctoral one
    assert degree_lacking(item, [], ["M.S. in Biology"]) is None


def test_text_under_no_heading_requires_a_degree_only_where_it_says_so() -> None:
    assert degree_lacking([], ["You will mentor PhD students in the lab."], ["B.S. in Biology"]) is None
    assert degree_lacking([], ["A PhD in Chemistry is required."], ["B.S. in Biology"]) is not None


@pytest.mark.parametrize(
    "asked",
    [
        "Associate or Bachelor's degree in Mechanical Engineering, Construction Management or related field",
        "Associate's or bachelor's degree in Accounting required.",
        "Associate/Bachelor's degree required.",
    ],
)
def test_an_associate_degree_offered_before_a_bachelors_is_the_level_asked(asked: str) -> None:
    # "Associate or Bachelor's degree": the associate's is a degree of the choice, whose "degree" the bachelor's says.
    assert degree_lacking([asked], [], ["A.A.S. Construction Management Technology"]) is None
    lacking = degree_lacking([asked], [], ["High School Diploma"])
    assert lacking is not None and lacking.required == "an associate degree"
    # A sales associate, or a bachelor's degree asked alone, stays as it was.
    alone = "Bachelor's degree required; you will lead a team of associates."
    assert degree_lacking([alone], [], ["A.A.S."]) is not None
