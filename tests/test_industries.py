"""Industries: which a posting's requirements ask experience of, and which a CV's own words claim."""

from __future__ import annotations

import pytest

from tailor.industries import asked, claims, industries


def names(text: str) -> list[str]:
    return [found.industry.name for found in asked(text)]


@pytest.mark.parametrize(
    ("line", "industry", "said"),
    [
        ("3+ years of experience in the hospitality industry", "hospitality", "hospitality industry"),
        ("Background in healthcare", "healthcare", "healthcare"),
        ("Experience in a SaaS or fintech environment", "fintech", "fintech"),
        ("Creative agency experience preferred", "advertising", "Creative agency"),
        ("5 years of construction industry experience", "construction", "construction industry"),
        ("Knowledge of the banking sector", "banking", "banking sector"),
        ("2+ years of retail experience required", "retail", "retail"),
        ("Experience in a hospital setting", "healthcare", "hospital"),
        ("Three years in a management role within the aerospace industry", "aerospace", "aerospace industry"),
    ],
)
def test_a_requirement_of_experience_in_an_industry_names_it_in_the_postings_words(
    line: str, industry: str, said: str
) -> None:
    (found,) = asked(line)
    assert (found.industry.name, found.said) == (industry, said)


def test_industries_joined_by_or_are_one_choice() -> None:
    found = {a.industry.name: a.choices for a in asked("Prior experience in retail or hospitality")}
    assert found == {"retail": ("hospitality",), "hospitality": ("retail",)}
    found = {a.industry.name: a.choices for a in asked("Life Science and or Biotech industry experience a plus")}
    assert found == {"life sciences": ("biotechnology",), "biotechnology": ("life sciences",)}


def test_gaming_is_named_so_whether_a_studio_or_a_casino_asks_it() -> None:
    # A game studio's "games industry" and a casino's "gaming experience" are one word's two trades: the keyword
    # shows the posting's word, and names no trade the posting did not mean.
    assert names("3+ years in the games industry") == ["gaming"]
    assert names("Table games dealer; prior gaming experience preferred") == ["gaming"]


def test_an_industry_or_what_is_like_it_is_that_industry() -> None:
    assert names("5 years of experience in construction or a related field") == ["construction"]


def test_an_industry_a_line_wishes_for_is_preferred() -> None:
    assert [a.preferred for a in asked("Background in healthcare is a plus")] == [True]
    assert [a.preferred for a in asked("Background in healthcare")] == [False]


@pytest.mark.parametrize(
    "line",
    [
        "We build industry-leading retail analytics",
        "Always act in the industry's best interest",
        "Our 20 years of experience in the healthcare industry make us a trusted partner",
        "Experience in construction management",  # a skill, not an industry
        "Experience in software development",
        "Microsoft Office or similar software experience",
        "Experience with hotel booking systems",
        "Ability to work in a fast-paced environment",
        "Knowledge of the methods used in the construction or repair of roads",  # the work of building
        "Five years of experience in travel and expense processes",  # a compound, no travel industry
        "Strong writing skills (experience in the legal space not required)",
        "Expertise to meet the fast-paced demands of the advertising industry",  # the job's surroundings
        "Agency experience in a child welfare setting required",  # a social-services agency, no advertising
        "Prior agency experience preferred",  # which agency, only the field says
    ],
)
def test_a_line_that_asks_no_experience_of_an_industry_names_none(line: str) -> None:
    assert names(line) == []


def test_a_cv_claims_an_industry_by_its_own_words_not_by_work_of_the_same_name() -> None:
    assert claims("Ran the front desk of a 200-room hotel", "hospitality")
    assert claims("Managed health-care claims", "healthcare")
    assert not claims("Led construction of the data warehouse", "construction")
    assert claims("Scheduled construction crews", "construction")
    assert not claims("Worked with hospitable guests", "hospitality")


def test_every_industry_has_words_and_no_word_names_two_by_accident() -> None:
    listed = industries()
    assert all(i.words and all(w == w.lower().strip() for w in i.words) for i in listed)
    assert len({i.name for i in listed}) == len(listed)
