"""Keyword coverage: what the résumé evidences, what the CV has but left out, what it lacks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tailor.analysis import analyse
from tailor.coverage import (
    KeywordCoverage,
    _hyphened,
    awards_for_the_jobs_work,
    coverage,
    credentials_evidencing,
    credentials_of_the_job,
    credentials_of_the_specialty,
    credentials_preferred,
    credentials_required,
    education_evidencing,
    sole_evidence,
    titled_keywords,
)
from tailor.keywords import keywords, posting_words
from tailor.lexicon import bundled_lexicon
from tailor.people import someones_titles
from tailor.pipeline import match
from tailor.posting import Posting
from tailor.posting.details import Candidate
from tailor.rank import analyse_posting, prepare_cv, rank
from tailor.results import Match
from tailor.select import select
from tests.conftest import DATA, keyword_coverage, make_cv

CV = make_cv(
    {"Acme": ["Ran Kubernetes clusters.", "Wrote Terraform modules.", "Sold bicycles."]},
    skills=["Python", "Rust"],
)
POSTING = Posting(
    "p",
    "Platform Engineer\n\nRequirements:\n- Kubernetes (k8s)\n- Python and Go\n\nNice to have:\n- Terraform\n",
)


def statuses(max_bullets: int) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    ranking = rank(CV, POSTING)
    found = coverage(ranking, select(CV, ranking, max_bullets=max_bullets))
    return {k.keyword.term: (k.status, k.keyword.required, k.where) for k in found.keywords}


def test_each_keyword_is_selected_available_or_absent() -> None:
    assert statuses(max_bullets=1) == {
        "Kubernetes": ("selected", True, ("job0-b0",)),
        "Python": ("selected", True, ("Python",)),
        "Go": ("absent", True, ()),
        "Terraform": ("available", False, ("job0-b1",)),
    }


def test_a_bigger_budget_turns_available_into_selected() -> None:
    assert statuses(max_bullets=2)["Terraform"] == ("selected", False, ("job0-b1",))


def test_coverage_ratio_counts_required_keywords_only() -> None:
    ranking = rank(CV, POSTING)
    found = coverage(ranking, select(CV, ranking, max_bullets=1))
    assert found.ratio == round(2 / 3, 4)  # Kubernetes and Python of Kubernetes, Python, Go


def test_the_best_bullet_saying_a_required_keyword_that_no_skill_or_title_says_is_its_sole_evidence() -> None:
    cv = make_cv(
        {
            "Acme": [
                "Ran Kubernetes clusters.",
                "Upgraded Kubernetes on bare metal with Ansible and PXE boot.",
                "Wrote Terraform modules.",
            ]
        },
        skills=["Python"],
    )
    ranking = rank(cv, POSTING)
    found = coverage(ranking, select(cv, ranking, max_bullets=3))
    # Kubernetes is said by two bullets only: the better stays last. Python is said by a skill, which page
    # fitting keeps where the posting asks for it; Terraform is only preferred.
    assert sole_evidence(found, ranking) == {"job0-b0"}


RN_POSTING = Posting(
    "p",
    "Registered Nurse\n\nRequirements:\n- Current BLS certification\n- Telemetry experience\n",
)


def test_a_required_keyword_said_by_bullets_and_a_skill_the_posting_does_not_name_keeps_its_best_bullet() -> None:
    """A posting's "plan labor" asks for labor planning in words that name no skill, so the skill "Labor planning"
    is not one the résumé always shows: page fitting may leave it out, and the best bullet that says the keyword is
    what keeps it on the page."""
    cv = make_cv(
        {
            "Harbor Cold Storage": [
                "Built weekly labor plans for the night shift and held overtime under 6%.",
                "Ran the receiving dock for 40 inbound trailers a night.",
            ]
        },
        skills=["Labor planning", "Receiving"],
    )
    posting = Posting("p", "Shift Supervisor\n\nRequirements:\n- Plan labor for weekly volume forecasts\n- Receiving\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    (labor,) = [k for k in found.keywords if k.keyword.term == "labor planning"]
    assert labor.status == "selected" and set(labor.where) == {"job0-b0", "Labor planning"}
    assert "job0-b0" in sole_evidence(found, ranking)


def test_a_certificate_that_says_a_keyword_is_evidence_to_keep_and_one_left_out_to_fit_shows_it_no_more() -> None:
    cv = make_cv(
        {"Mercy General": ["Monitored telemetry patients after cardiac surgery."]},
        certificates=[{"name": "Basic Life Support (BLS)"}, {"name": "Phlebotomy Technician"}],
        awards=[{"name": "DAISY Award for Extraordinary Nurses"}],
    )
    ranking = rank(cv, RN_POSTING)
    selection = select(cv, ranking)
    found = coverage(ranking, selection)
    assert credentials_evidencing(found) == {"certificate:1"}
    # Left out to fit the page, the certificate shows BLS no more: the CV has it, the résumé does not.
    fitted = coverage(ranking, replace(selection, credentials_left_out=frozenset({"certificate:1"})))
    assert {k.keyword.term: (k.status, k.where) for k in fitted.keywords}["BLS"] == ("available", ("certificate:1",))


def test_a_certificate_that_shows_a_required_keyword_is_told_from_one_that_shows_only_a_preferred_one() -> None:
    cv = make_cv(
        {"Mercy General": ["Monitored telemetry patients after cardiac surgery."]},
        certificates=[
            {"name": "Registered Nurse (RN): Oregon #095007"},
            {"name": "Advanced Cardiovascular Life Support (ACLS)", "issuer": "AHA", "date": "2024"},
            {"name": "Phlebotomy Technician", "date": "2015"},
        ],
    )
    posting = Posting(
        "p", "ICU Staff Nurse\n\nRequirements:\n- Active RN license\n- Telemetry experience\n\nPreferred:\n- ACLS\n"
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    # Both show a keyword, so page fitting keeps both past every bullet; only the licence shows a required one,
    # and it outlasts the certificate the posting merely prefers (:func:`tailor.documents.pagefit.drop_order`).
    assert credentials_evidencing(found) == {"certificate:1", "certificate:2"}
    assert credentials_required(found) == {"certificate:1"}
    assert credentials_preferred(found) == {"certificate:2"}


def test_a_certificate_that_certifies_the_job_the_title_names_is_kept_as_a_required_one() -> None:
    # A trial paralegal's posting names no credential, yet NALA's "Certified Paralegal" is the line a law firm looks
    # for: page fitting leaves it out last, as a licence the posting requires, not first, as showing nothing. A
    # credential of another job, or a paralegal programme's certificate (a school's, no certification), is not one.
    cv = make_cv(
        {"Orrin & Vale LLP": ["Ran TrialDirector in the courtroom for four jury trials.", "Kept the docket."]},
        certificates=[
            {"name": "Certified Paralegal (CP)", "issuer": "NALA", "date": "2015"},
            {"name": "Advanced Certified Paralegal (ACP) – E-Discovery", "issuer": "NALA", "date": "2019"},
            {"name": "Notary Public", "issuer": "State of Illinois"},
            {"name": "Paralegal Studies Certificate", "issuer": "Harper College", "date": "2012"},
            {"name": "Certified Legal Nurse Consultant", "date": "2016"},
        ],
    )
    posting = Posting(
        "p", "Trial Paralegal\n\nResponsibilities:\n- Run TrialDirector at trial\n- Maintain case calendars\n"
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    assert credentials_of_the_job(found, cv, ranking) == {"certificate:1", "certificate:2"}
    # A pharmacy technician's posting: the job's name whole, after words that certify or not.
    tech = make_cv(
        {"Rite Care": ["Filled 300 prescriptions a day."]},
        certificates=[
            {"name": "Certified Pharmacy Technician (CPhT)", "issuer": "PTCB"},
            {"name": "Certified Phlebotomy Technician", "issuer": "NHA"},
        ],
    )
    shop = Posting("p", "Pharmacy Technician\n\nResponsibilities:\n- Fill prescriptions\n- Count inventory\n")
    ranked = rank(tech, shop)
    assert credentials_of_the_job(coverage(ranked, select(tech, ranked)), tech, ranked) == {"certificate:1"}


def test_an_award_for_the_work_the_job_is_named_for_is_kept_as_one_that_shows_what_the_posting_prefers() -> None:
    # "Best Investigative Reporting" honours the work an Investigative Reporter is named for, in the words of the
    # work ("reporting") or of the job ("Reporter of the Year"), though no keyword of the posting says it: page
    # fitting keeps it past the weaker half of the bullets. An award for other work, or for the job's word alone
    # where its name says more ("Best Feature Writing"), is none.
    cv = make_cv(
        {"Harbor Ledger": ["Covered the county courts and the sheriff's office.", "Filed four stories a week."]},
        awards=[
            {"name": "Best Investigative Reporting, 1st Place", "issuer": "Lakes Press Club", "date": "2023"},
            {"name": "Investigative Reporter of the Year", "date": "2021"},
            {"name": "Best Feature Writing", "date": "2020"},
            {"name": "Employee of the Month", "date": "2019"},
        ],
    )
    posting = Posting(
        "p",
        "Investigative Reporter, Data\n\nResponsibilities:\n- Cover the statehouse\n- File public records requests\n",
    )
    ranking = rank(cv, posting)
    assert awards_for_the_jobs_work(cv, ranking) == {"award:1", "award:2"}
    # A registered nurse's "Nurse of the Year": the job's word alone, after a word that only certifies.
    nurse = make_cv(
        {"Mercy": ["Cared for six patients a shift on a telemetry unit."]},
        awards=[{"name": "Nurse of the Year", "date": "2022"}, {"name": "Best Charting Audit", "date": "2021"}],
    )
    ward = Posting("p", "Registered Nurse (RN) - Telemetry\n\nResponsibilities:\n- Care for telemetry patients\n")
    assert awards_for_the_jobs_work(nurse, rank(nurse, ward)) == {"award:1"}


def test_a_certificate_about_a_field_the_headline_already_names_is_no_required_evidence_but_a_licence_is() -> None:
    # The headline and summary say "fundraising", which page fitting never leaves out: a course certificate named for
    # the field shows nothing the résumé would lose, so it goes with the evidence of what is preferred, not after every
    # bullet. A credential the posting requires by its own letters ("CFRE") stays last, whatever else says it.
    cv = make_cv(
        {"Maumee Valley Food Network": ["Closed a $2.5M naming gift.", "Ran the annual fund of $1.1M."]},
        headline="CFRE | Director of Development | Fundraising Leader",
        summary="Development director with 12 years in nonprofit fundraising.",
        certificates=[
            {"name": "Principles and Techniques of Fundraising", "date": "2015"},
            {"name": "Certified Fund Raising Executive (CFRE)", "date": "2019"},
        ],
    )
    posting = Posting(
        "p",
        "Director of Development\n\nRequirements:\n- 8+ years of fundraising experience\n- CFRE required\n"
        "- Annual fund experience\n",
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    assert credentials_evidencing(found) == {"certificate:1", "certificate:2"}
    assert credentials_required(found) == {"certificate:2"}


def test_a_credential_the_postings_title_names_is_kept_as_a_required_one_though_the_posting_prefers_it() -> None:
    # "Physical Therapist (OCS Preferred)": the title says what the employer looks for first; the board certificate
    # it names outlasts the bullets when a page is fitted, as a required licence does, though it stays preferred.
    cv = make_cv(
        {"Harbor Orthopedic Rehab": ["Treated outpatient orthopedic patients after knee and shoulder surgery."]},
        certificates=[
            {"name": "Orthopaedic Clinical Specialist (OCS)", "issuer": "ABPTS", "date": "2021"},
            {"name": "Certified Strength and Conditioning Specialist (CSCS)", "date": "2017"},
            {"name": "Physical Therapist License", "issuer": "Maine Board of Physical Therapy", "date": "2016"},
        ],
    )
    posting = Posting(
        "p",
        "Outpatient Physical Therapist (OCS Preferred)\n\nRequirements:\n- Physical therapist license\n"
        "- Outpatient orthopedic experience\n\nPreferred:\n- Orthopaedic Clinical Specialist (OCS)\n- CSCS\n",
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    assert {k.keyword.term: k.keyword.required for k in found.keywords}["OCS"] is False  # still preferred
    assert credentials_required(found) == {"certificate:3"}
    titled = titled_keywords(found, ranking)
    assert credentials_required(found, titled) == {"certificate:1", "certificate:3"}  # not the CSCS


def test_running_open_enrollment_is_related_evidence_of_benefits_administration_and_of_total_rewards() -> None:
    """Open enrollment is a part of administering benefits, and benefits half of total rewards: a CV that ran it
    shows related evidence of both where it names neither, not only that it worked in HR."""
    cv = make_cv(
        {
            "Harrow Valley Clinics": [
                "Ran annual open enrollment for 800 employees across medical, dental and vision plans.",
                "Conducted 20 harassment investigations a year.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Benefits Specialist\n\nRequirements:\n- Benefits administration for 900 employees\n"
        "- Partner with leaders on total rewards\n- Workplace investigations\n",
    )
    ranking = rank(cv, posting)
    by_term = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking)).keywords}
    for asked in ("benefits administration", "compensation and benefits"):
        assert by_term[asked].status == "absent"  # not the work itself
        assert ("open enrollment", ("job0-b0",)) in [(r.term, r.where) for r in by_term[asked].related]


def test_renegotiating_a_contract_says_the_negotiation_a_posting_asks_for() -> None:
    """Negotiating again what was agreed is negotiating: a kitchen manager who "renegotiated" supplier contracts
    meets a posting's "negotiate pricing", as "negotiated" would."""
    cv = make_cv(
        {
            "Bramble Street Kitchen": [
                "Renegotiated produce and dairy contracts with three distributors, saving $22K a year.",
                "Ran a 90-seat dining room's kitchen.",
            ]
        }
    )
    posting = Posting("p", "Kitchen Manager\n\nRequirements:\n- Negotiate pricing with suppliers\n- Food cost\n")
    found = keyword_coverage(cv, posting)
    assert found["negotiation"].status == "selected" and found["negotiation"].where == ("job0-b0",)


@pytest.mark.parametrize(
    "bullet",
    [
        "Wrote the grade 7 science curriculum with two colleagues.",
        "Curriculum writing: summer units in algebra aligned to state standards.",
    ],
)
def test_writing_a_schools_curriculum_says_the_curriculum_development_a_posting_asks_for(bullet: str) -> None:
    """Schools name developing a curriculum writing it ("curriculum writing", "wrote the science curriculum"): a
    teacher who wrote one meets a posting's "curriculum development"."""
    cv = make_cv({"Alder Ridge Middle School": [bullet, "Taught four sections of grade 7 science."]})
    posting = Posting("p", "Science Teacher\n\nRequirements:\n- Curriculum development\n- Classroom management\n")
    assert keyword_coverage(cv, posting)["curriculum development"].where == ("job0-b0",)


def test_coaching_a_students_team_is_not_the_instructional_coaching_of_teachers_a_posting_asks_for() -> None:
    """An instructional coach coaches teachers in their teaching; a teacher who coached a club's team did not."""
    posting = Posting(
        "p",
        "Instructional Coach\n\nRequirements:\n- Provide instructional coaching cycles to new teachers\n"
        "- Lesson planning\n",
    )
    sport = make_cv({"Fenwick High School": ["Coached the girls' varsity soccer team to a league title."]})
    assert keyword_coverage(sport, posting)["instructional coaching"].status == "absent"
    coach = make_cv({"Fenwick High School": ["Led instructional coaching cycles with 12 first-year teachers."]})
    assert keyword_coverage(coach, posting)["instructional coaching"].where == ("job0-b0",)


def test_an_acf_certification_asked_for_is_met_by_the_one_the_cv_holds() -> None:
    """A kitchen's posting asks for the American Culinary Federation's certification, its ranks by their letters
    ("ACF certification (CEC or CCC) a plus"); a chef's CV names the one held in full. That certificate is an ACF
    certification, and says so where a rank the posting names in full is asked for."""
    cv = make_cv(
        {"Larkspur Hotel": ["Ran banquets of up to 400 covers.", "Kept food cost at 29%."]},
        certificates=[{"name": "Certified Executive Chef (CEC)", "issuer": "American Culinary Federation"}],
    )
    preferred = "Executive Chef\n\nRequirements:\n- Banquet experience\n- Food cost control\n\nPreferred:\n- {}\n"
    found = keyword_coverage(cv, Posting("p", preferred.format("ACF certification (CEC or CCC) a plus")))
    assert found["ACF certification"].met and found["ACF certification"].met_by == "Certified Executive Chef"
    ranks = "Certified Executive Chef or Certified Chef de Cuisine"
    named = keyword_coverage(cv, Posting("p", preferred.format(ranks)))
    assert named["Certified Executive Chef"].status == "selected"
    assert named["Certified Executive Chef"].where == ("certificate:1",)


@pytest.mark.parametrize(
    ("posting", "bullet", "tool", "kind", "instance"),
    [
        (
            "Marketing Coordinator\n\nRequirements:\n- Proficiency in Canva or other graphics editing software\n",
            "Designed the fall event flyers and social posts in Adobe Photoshop.",
            "Canva",
            "graphic design software",
            "Adobe Photoshop",
        ),
        (
            "Church Media Assistant\n\nRequirements:\n- Premiere Pro or another video editing software\n",
            "Cut the weekly sermon recaps and event highlight reels in DaVinci Resolve.",
            "Adobe Premiere Pro",
            "video editing software",
            "DaVinci Resolve",
        ),
    ],
)
def test_a_tool_offered_with_any_other_of_its_kind_is_met_by_another_of_that_kind(
    posting: str, bullet: str, tool: str, kind: str, instance: str
) -> None:
    """ "Canva or other graphics editing software" names Canva as one of a kind (O*NET's graphics or photo imaging
    software; a video editor's video creation and editing software): a CV that shows Photoshop meets it."""
    found = keyword_coverage(make_cv({"Harbor Arts Council": [bullet]}), Posting("p", posting))
    assert found[tool].met and found[kind].met_by == instance


@pytest.mark.parametrize(
    ("bullet", "posting", "keyword"),
    [
        (
            "Edited vertical videos of each exhibit opening for the museum's Instagram.",
            "Social Media Coordinator\n\nRequirements:\n- Experience producing short-form video\n",
            "short-form video",
        ),
        (
            "Cut the two-camera sermon recordings with multi-camera editing in Final Cut Pro.",
            "Media Assistant\n\nRequirements:\n- Multicam editing\n",
            "multicam editing",
        ),
        (
            "Added subtitles to every lecture recording for the online course.",
            "Instructional Media Specialist\n\nRequirements:\n- Closed captioning of course videos\n",
            "closed captioning",
        ),
    ],
)
def test_a_video_editors_crafts_are_said_in_the_words_either_side_uses(bullet: str, posting: str, keyword: str) -> None:
    """Vertical videos are short-form video, multi-camera editing is multicam editing, subtitles are captioning: the
    names O*NET's film and video editors' tasks and video postings give them."""
    found = keyword_coverage(make_cv({"Harbor Arts Council": [bullet]}), Posting("p", posting))
    assert found[keyword].status == "selected"


def test_a_special_educators_cec_is_no_chefs_certification() -> None:
    # CEC is also the Council for Exceptional Children, whose standards a special education posting names.
    posting = Posting("p", "Special Education Teacher\n\nRequirements:\n- Knowledge of IEPs and CEC standards\n")
    cv = make_cv({"Oakridge Middle School": ["Wrote 30 IEPs a year."]})
    assert "Certified Executive Chef" not in keyword_coverage(cv, posting)


def test_a_kitchens_back_office_systems_and_costing_are_named_as_hotel_and_restaurant_postings_name_them() -> None:
    """A hotel chef orders through BirchStreet, a procurement suite, and costs each recipe and plate: a posting's
    "Birchstreet or similar procurement system" is one requirement the CV meets, and its "plate costs" the CV's
    recipe costing; CrunchTime and MarketMan, which the CV does not name, are keywords it lacks."""
    cv = make_cv(
        {
            "Tallow Point Inn": [
                "Placed weekly orders for three outlets in BirchStreet.",
                "Cut food cost 3 points through recipe costing and yield tests.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Executive Chef\n\nRequirements:\n- Experience with Birchstreet or similar procurement system\n"
        "- Develop recipes, plate costs and specs\n\nPreferred:\n- Experience with CrunchTime or MarketMan\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["BirchStreet"].status == "selected"
    assert found["procurement software"].met and found["procurement software"].met_by_alternative
    assert found["recipe costing"].status == "selected" and found["recipe costing"].where == ("job0-b1",)
    assert (found["CrunchTime"].status, found["MarketMan"].status) == ("absent", "absent")


def test_an_academic_librarys_platform_discovery_layer_and_degree_are_met_as_the_schools_and_ex_libris_name_them() -> (
    None
):
    """ "Alma/Primo" is Ex Libris's library services platform and its discovery layer; an MA in Library and
    Information Studies is the MLIS a posting asks for, as its school names it. An alma mater is no platform."""
    cv = make_cv(
        {"Lakeview University Libraries": ["Moved the catalog to Alma and set up Primo VE for discovery."]},
        education=[{"degree": "MA in Library and Information Studies", "institution": "Lakeview University"}],
    )
    posting = Posting(
        "p",
        "Systems Librarian\n\nRequirements:\n- ALA-accredited MLIS or equivalent\n"
        "- Experience with Alma/Primo or another library services platform\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Alma"].status == "selected" and found["Primo"].status == "selected"
    assert found["MLIS"].status == "selected"
    other = Posting("p", "Advancement Officer\n\nRequirements:\n- Engage alumni of our alma mater in giving\n")
    assert "Alma" not in keyword_coverage(cv, other)
    linux = Posting("p", "Linux Administrator\n\nRequirements:\n- Manage CentOS, Rocky Linux or Alma Linux hosts\n")
    assert "Alma" not in keyword_coverage(cv, linux)  # the Linux distribution, spelled with a space


def test_a_hospital_kitchens_accreditation_system_and_credential_are_keywords_a_cv_meets_in_its_own_words() -> None:
    """A hospital's food and nutrition services answer to The Joint Commission (JCAHO, its former name, on older
    résumés), run their diet orders in CBORD and ask for a Certified Dietary Manager ("CDM, CFPP"): each is one
    keyword, met by the CV's own words for it."""
    cv = make_cv(
        {
            "Mercy Valley Hospital": [
                "Led the patient tray line through two JCAHO surveys with no kitchen findings.",
                "Built the renal and cardiac diet menus in the CBORD Nutrition Service Suite.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Food Service Director\n\nRequirements:\n- Compliance with Joint Commission standards\n"
        "- Experience with CBORD\n\nPreferred:\n- Certified Dietary Manager (CDM, CFPP)\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Joint Commission"].status == "selected" and found["Joint Commission"].where == ("job0-b0",)
    assert found["CBORD"].status == "selected" and found["CBORD"].where == ("job0-b1",)
    assert found["Certified Dietary Manager"].status == "absent"


@pytest.mark.parametrize(
    ("title", "says"),
    [
        ("Executive Sous Chef", False),
        ("Executive Pastry Chef", False),
        ("Executive Chef", True),
        ("Executive Chef, Banquets", True),
    ],
)
def test_a_title_whose_word_is_inside_a_longer_name_says_no_title_made_of_the_words_around_it(
    title: str, says: bool
) -> None:
    """An executive sous chef is no executive chef: "chef" belongs to the name "sous chef", whose first word stands
    between it and "executive", so the two words close together say no executive chef, as they would elsewhere."""
    from tailor.cv import CV as CVModel

    cv = CVModel.model_validate(
        {
            "contact": {"name": "Ines Kowal"},
            "experience": [
                {"employer": "Larkspur Hotel", "role": title, "start": "2020", "bullets": ["Ran 400-cover banquets."]}
            ],
        }
    )
    posting = Posting("p", "Executive Chef\n\nRequirements:\n- 5 years as Executive Chef\n- Banquets\n")
    assert (keyword_coverage(cv, posting)["executive chef"].status == "selected") is says


def test_the_junior_grade_of_a_credential_the_posting_prefers_is_related_evidence_page_fitting_keeps() -> None:
    """A posting that prefers the senior HR credentials (SHRM-SCP, SPHR) finds the junior ones (SHRM-CP, PHR) in the
    CV as related evidence, not as the credential itself; page fitting keeps such a certificate as one that shows
    what the posting prefers, not first to go as one that shows nothing."""
    cv = make_cv(
        {"Orchard Logistics": ["Ran 35 workplace investigations across two warehouses."]},
        certificates=[
            {"name": "SHRM Certified Professional (SHRM-CP)", "date": "2020"},
            {"name": "Professional in Human Resources (PHR)", "date": "2018"},
            {"name": "Forklift Operator", "date": "2012"},
        ],
    )
    posting = Posting(
        "p",
        "HR Business Partner\n\nRequirements:\n- Workplace investigations\n\nPreferred:\n- SHRM-SCP\n- SPHR\n",
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    by_term = {k.keyword.term: k for k in found.keywords}
    assert by_term["SHRM-SCP"].status == "absent" and not by_term["SHRM-SCP"].met  # not the credential itself
    assert [(r.term, r.where) for r in by_term["SHRM-SCP"].related] == [("SHRM-CP", ("certificate:1",))]
    assert [(r.term, r.where) for r in by_term["SPHR"].related] == [("PHR", ("certificate:2",))]
    assert credentials_evidencing(found) == {"certificate:1", "certificate:2"}  # not the forklift licence
    assert credentials_required(found) == frozenset()


def test_the_review_platforms_user_certification_is_related_evidence_of_its_administrator_certification() -> None:
    cv = make_cv(
        {"Tallis & Moore LLP": ["Batched review sets for contract attorneys."]},
        certificates=[{"name": "Relativity Certified User", "date": "2021"}, {"name": "Notary Public", "date": "2015"}],
    )
    posting = Posting(
        "p",
        "E-Discovery Analyst\n\nRequirements:\n- Batch review sets\n\nPreferred:\n"
        "- Relativity Certified Administrator (RCA)\n",
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    (rca,) = [k for k in found.keywords if k.keyword.term == "Relativity Certified Administrator"]
    assert rca.status == "absent" and not rca.met
    assert [(r.term, r.where) for r in rca.related] == [("Relativity Certified User", ("certificate:1",))]
    assert "certificate:1" in credentials_evidencing(found) and "certificate:2" not in credentials_evidencing(found)


def test_a_certificate_that_meets_a_required_keyword_as_one_of_its_kind_is_a_required_credential() -> None:
    cv = make_cv(
        {"Northside Supply": ["Delivered building materials to job sites with a box truck."]},
        certificates=[{"name": "Forklift Operator Certification"}, {"name": "Class A CDL, Illinois"}],
    )
    posting = Posting("p", "Delivery Driver\n\nRequirements:\n- Valid Class B CDL\n- Box truck deliveries\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    (licence,) = [k for k in found.keywords if k.keyword.term == "Class B CDL"]
    assert licence.met_by == "Class A CDL" and licence.met_where == ("certificate:2",)
    # page fitting keeps it past every bullet, as it keeps a certificate that shows the keyword itself
    assert credentials_required(found) == credentials_evidencing(found) == {"certificate:2"}


def test_a_certificate_of_the_kind_a_keyword_names_is_a_required_credential_where_a_bullet_says_the_keyword_too() -> (
    None
):
    """A supervisor's OSHA 30-hour card shows the OSHA a posting requires even where a bullet names OSHA itself:
    page fitting keeps it past every bullet, not first to go as a certificate that shows nothing."""
    cv = make_cv(
        {"Lakeview Freight": ["Trained 30 forklift operators to OSHA standards.", "Ran the night receiving dock."]},
        certificates=[{"name": "OSHA 30-Hour General Industry"}, {"name": "Notary Public"}],
    )
    posting = Posting("p", "Shift Supervisor\n\nRequirements:\n- Knowledge of OSHA regulations\n- Receiving\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    (osha,) = [k for k in found.keywords if k.keyword.term == "OSHA"]
    assert osha.status == "selected" and osha.where == ("job0-b0",)
    assert credentials_required(found) == credentials_evidencing(found) == {"certificate:1"}


def test_a_program_managers_credentials_are_keywords_and_either_of_pmi_s_two_meets_a_posting_that_takes_either() -> (
    None
):
    # PMI's program credential beside its project one, and a change practitioner's certification by its maker's name.
    cv = make_cv(
        {"Harbor Lane Logistics": ["Led the rollout of a new transportation system to 14 depots."]},
        certificates=[
            {"name": "Project Management Professional (PMP)", "date": "2018"},
            {"name": "Prosci Certified Change Practitioner", "date": "2022"},
        ],
    )
    posting = Posting(
        "p",
        "Program Manager, Depot Systems\n\nRequirements:\n- Lead rollouts of depot systems\n"
        "- PMP or PgMP certification\n\nPreferred:\n- Prosci or ADKAR training\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["PgMP"].met and found["PgMP"].met_by == "PMP"
    assert found["PMP"].keyword.alternatives == ("PgMP",)
    assert found["Prosci"].met and found["Prosci"].status == "selected"
    assert found["ADKAR"].met_by == "Prosci"  # "Prosci or ADKAR": either will do


def test_the_erps_postings_name_beside_sap_meet_a_posting_that_asks_for_an_erp_or_for_oracles() -> None:
    cv = make_cv(
        {
            "Marlow Textiles": ["Wrote Oracle EBS reports for the mills' month-end close."],
            "Coastline Foods": ["Led the Dynamics 365 Finance rollout to six warehouses."],
        }
    )
    posting = Posting(
        "p",
        "ERP Program Manager\n\nRequirements:\n- Lead ERP rollouts across warehouses\n"
        "- Experience with SAP S/4HANA or Oracle ERP\n- Month-end close reporting\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Oracle ERP"].met and found["Oracle ERP"].met_by == "Oracle E-Business Suite"
    assert found["SAP"].keyword.alternatives == ("Oracle ERP",)
    assert found["ERP"].met and found["ERP"].met_by in {"Oracle E-Business Suite", "Microsoft Dynamics 365"}


def test_a_degree_whose_text_shows_a_keyword_is_evidence_whose_details_page_fitting_keeps() -> None:
    cv = make_cv(
        {"Acme": ["Sold bicycles."]},
        education=[
            {"degree": "MSc Computer Science", "institution": "TU Delft", "details": ["Thesis on Kubernetes"]},
            {"degree": "BSc Physics", "institution": "TU Delft", "details": ["Minor in astronomy"]},
        ],
    )
    ranking = rank(cv, POSTING)
    assert education_evidencing(coverage(ranking, select(cv, ranking))) == {"education:1"}


def test_a_degree_whose_own_line_says_the_keyword_needs_no_details_kept_for_it() -> None:
    # The degree's line stays on every page fitted; its courses say nothing the posting asks that it does not.
    cv = make_cv(
        {"Ferris Public Library": ["Answered reference questions at the main desk."]},
        education=[
            {
                "degree": "MSLIS, Library and Information Science",
                "institution": "Syracuse University",
                "details": ["Coursework: Digital Libraries; Metadata"],
            },
            {"degree": "BA History", "institution": "Knox College", "details": ["Thesis on MLIS programs"]},
        ],
    )
    posting = Posting("p", "Reference Librarian\n\nRequirements:\n- MLIS from an ALA-accredited program\n")
    ranking = rank(cv, posting)
    covered = coverage(ranking, select(cv, ranking))
    assert {"education:1", "education:2"} <= set(next(k for k in covered.keywords if k.keyword.term == "MLIS").where)
    assert education_evidencing(covered, cv, bundled_lexicon()) == {"education:2"}


def test_a_degree_that_names_the_keyword_itself_leaves_its_details_to_page_fitting() -> None:
    # "DPT required" is shown by the degree's own line: its honours and student clubs show nothing, and a page fit
    # may leave them out before a current role's bullet. Details that say a keyword themselves are still kept.
    cv = make_cv(
        {"Lakeshore Physical Therapy": ["Treated 12 outpatient orthopedic patients a day."]},
        education=[
            {
                "degree": "Doctor of Physical Therapy",
                "institution": "Brookfield University",
                "details": ["Graduated with honors", "Student Physical Therapy Association"],
            },
            {"degree": "BS Kinesiology", "institution": "Brookfield University", "details": ["Thesis on dry needling"]},
        ],
    )
    posting = Posting(
        "p",
        "Outpatient Physical Therapist\n\nRequirements:\n- Doctor of Physical Therapy (DPT)\n"
        "- Outpatient orthopedic experience\n- Dry needling certification a plus\n",
    )
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking))
    assert {k.keyword.term: k.status for k in found.keywords}["DPT"] == "selected"
    assert education_evidencing(found, cv, ranking.cv.lexicon) == {"education:2"}


def test_keywords_ignore_benefits_and_legal_text() -> None:
    posting = Posting(
        "p",
        "Engineer\n\nRequirements:\n- Python\n\nBenefits:\n- Salesforce training budget\n\n"
        "Equal opportunity:\nWe use Workday and Kubernetes to hire fairly.\n",
    )
    assert [k.term for k in keywords(analyse_posting(posting))] == ["Python"]


def test_repeated_specific_phrases_become_keywords_but_boilerplate_does_not() -> None:
    posting = Posting(
        "p",
        "Engineer\n\nRequirements:\n- Glass storage research.\n- Glass storage at scale.\n"
        "- Strong experience. Strong experience. Team player.\n",
    )
    terms = {k.term: k.kind for k in keywords(analyse_posting(posting))}
    assert terms.get("glass storage") == "phrase", terms
    assert "strong experience" not in terms and "team player" not in terms


def test_phrases_of_filler_words_are_no_keywords_however_often_said() -> None:
    posting = Posting(
        "p",
        "Analyst\n\nRequirements:\n- Fully remote; newly deployed systems; big ideas; handle alerts\n"
        "- Fully remote; newly deployed systems; big ideas; handle alerts; treasury-related financial work\n"
        "- Support the entire group with treasury-related financial work\n- The entire group\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert not terms & {"fully remote", "newly deploy", "big idea", "handle alert", "relate financial", "entire group"}


def test_how_long_a_goal_runs_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Analyst\n\nRequirements:\n- Balance long-term solutions with short-term priorities.\n"
        "- Support our near- and long-term goals; short-term fixes; glass storage.\n- Glass storage.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "glass storage" in terms
    assert not terms & {"long term", "short term", "term goal", "term solution"}, terms


def test_the_coursework_hours_a_degree_requirement_counts_are_no_keyword() -> None:
    posting = Posting(
        "p",
        "Staff Accountant\n\nRequirements:\n- Degree that included 24 semester hours in accounting.\n"
        "- Or 6 semester hours in auditing and 18 semester hours in business law; glass storage.\n"
        "- Glass storage.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "glass storage" in terms
    assert "semester hour" not in terms and "semester hours" not in terms


def test_a_place_is_no_keyword_however_often_the_posting_names_it() -> None:
    posting = Posting(
        "p",
        "Analyst\n\nRequirements:\n- Glass storage research in our New York City and San Francisco offices.\n"
        "- Glass storage for New York City and San Francisco clients, et cetera, et cetera.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "glass storage" in terms
    assert not terms & {"york city", "new york", "san francisco", "et cetera"}


def test_the_jobs_own_title_written_out_in_the_posting_is_no_keyword_and_said_apart_it_is() -> None:
    def phrases(text: str) -> set[str]:
        return {k.term for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "phrase"}

    text = (
        "Kiln Glazing Assistant\n\nRequirements:\n- Kiln Glazing Assistant staff mix slips and fire test tiles.\n"
        "- Kiln Glazing Assistant employees with glass storage experience earn more.\n- Glass storage.\n"
    )
    # The job on offer, however often its title is written out, is no phrase a CV is asked to say.
    assert "glass storage" in phrases(text) and "glaze assistant" not in phrases(text)
    # Asked for apart from the title, as experience in that job, it is.
    said_apart = text + "- Two years as a glazing assistant.\n- Glazing assistant experience required.\n"
    assert "glaze assistant" in phrases(said_apart)


def test_a_phrase_that_runs_on_from_a_place_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Caseworker\n\nRequirements:\n- A valid New Mexico driver's license.\n- Home visits across New Mexico.\n"
        "- Keep a valid New Mexico driver's license and insurance; glass storage.\n"
        "- Glass storage and driver training.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "glass storage" in terms
    assert not terms & {"mexico driver", "new mexico"}


def test_a_phrase_that_cuts_a_skill_in_two_is_no_keyword_but_the_same_words_elsewhere_are() -> None:
    posting = Posting(
        "p",
        "Engineer\n\nRequirements:\n- Scale machine learning to many users.\n- Scale machine learning fast.\n"
        "- Glass storage research.\n- Glass storage and machine learning at scale.\n",
    )
    terms = {k.term: k.kind for k in keywords(analyse_posting(posting))}
    assert terms.get("machine learning") == "skill" and terms.get("glass storage") == "phrase", terms
    assert "scale machine" not in terms


# --- a data engineer's CV, as a new user tried it ------------------------------------------------

DATA_ENGINEER = DATA / "cvs" / "data-engineer.yaml"
DATA_POSTING = DATA / "postings" / "data-engineer.md"


@pytest.fixture(scope="module")
def engineer() -> Match:
    return match(DATA_POSTING, DATA_ENGINEER)


def found(result: Match) -> dict[str, KeywordCoverage]:
    return {k.keyword.term: k for k in result.coverage.keywords}


def test_job_titles_and_the_headline_are_evidence_and_the_resume_shows_them(engineer: Match) -> None:
    keywords = found(engineer)
    assert keywords["data engineering"].status == "selected"
    assert {"title:lonestar", "title:ridgeline", "headline"} <= set(keywords["data engineering"].where)
    assert keywords["data pipelines"].status == "selected"
    assert "headline" in keywords["data pipelines"].where


def test_a_hyphenated_phrase_meets_the_phrase(engineer: Match) -> None:
    assert found(engineer)["data quality"].where[:1] == ("ls-quality",)  # "data-quality checks"


def test_a_keyword_is_shown_in_the_postings_own_words(engineer: Match) -> None:
    observability = found(engineer)["observability"].keyword
    assert observability.said == "monitoring and alerting"
    assert observability.label == "monitoring and alerting (observability)"
    assert found(engineer)["Python"].keyword.label == "Python"


def test_related_evidence_is_listed_apart_and_does_not_change_the_status(engineer: Match) -> None:
    iac = found(engineer)["infrastructure as code"]
    assert iac.status == "absent" and iac.where == ()
    assert [(r.term, r.where) for r in iac.related] == [("Terraform", ("rr-terraform", "Terraform"))]


def test_every_part_of_the_cv_is_searched_but_only_printed_parts_are_selected(tmp_path: Path) -> None:
    cv = make_cv(
        {"Acme": ["Sold bicycles.", "Wrote Fortran solvers."]},
        headline="Numerical analyst",
        summary="I write Fortran and love numerical analysis.",
        education=[{"degree": "MSc Numerical Analysis", "institution": "Uni", "details": ["Thesis on multigrid."]}],
    )
    ranking = rank(cv, Posting("p", "Requirements:\n- Multigrid methods.\n- COBOL."))
    statuses = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking, max_bullets=1)).keywords}
    assert statuses["multigrid methods"].status == "selected"
    assert statuses["multigrid methods"].where == ("education:1",)
    assert statuses["COBOL"].status == "absent"


@pytest.mark.parametrize(
    "summary",
    [
        "Litigation paralegal seeking a legal operations role.",
        "Litigation paralegal of seven years, looking for a position in legal operations, with e-filing skills.",
        "Litigation paralegal moving into legal operations.",
        "Litigation paralegal transitioning to legal operations, with e-filing skills.",
        "Aspiring legal operations analyst; litigation paralegal of seven years.",
        "Litigation paralegal seeking a role where I can build legal operations from the ground up.",
        "Litigation paralegal of seven years, looking to move into a legal operations role.",
        "Litigation paralegal hoping to transition into legal operations.",
        "Litigation paralegal ready to step up into legal operations, with e-filing skills.",
    ],
)
def test_the_job_a_summary_says_its_owner_is_after_is_no_evidence_of_having_done_it(summary: str) -> None:
    cv = make_cv({"Kessler LLP": ["Drafted discovery responses.", "Filed pleadings."]}, summary=summary)
    posting = Posting("p", "Legal Operations Analyst\n\nRequirements:\n- Legal operations experience\n- Clio\n")
    assert evidence(cv, posting)["legal operations"][0] == "absent"
    done = make_cv({"Kessler LLP": ["Drafted discovery responses."]}, summary="Paralegal who ran legal operations.")
    assert evidence(done, posting)["legal operations"] == ("selected", ("summary",))


@pytest.mark.parametrize(
    "headline",
    [
        "Litigation Paralegal → Legal Operations Analyst",
        "Litigation Paralegal ⇒ Legal Operations Analyst | Clio · e-filing",
        "Legal Operations Analyst in the making · Litigation Paralegal",
    ],
)
def test_the_job_a_headline_says_its_owner_is_heading_for_is_no_evidence_of_having_done_it(headline: str) -> None:
    # A career changer's headline runs from the job held to the one sought (after an arrow, "in the making"): a wish.
    cv = make_cv({"Kessler LLP": ["Drafted discovery responses.", "Filed pleadings."]}, headline=headline)
    posting = Posting("p", "Legal Operations Analyst\n\nRequirements:\n- Legal operations experience\n- Clio\n")
    assert evidence(cv, posting)["legal operations"][0] == "absent"
    held = make_cv({"Kessler LLP": ["Filed pleadings."]}, headline="Legal Operations Analyst | Litigation Paralegal")
    assert evidence(held, posting)["legal operations"] == ("selected", ("headline",))


def test_skills_the_posting_asks_for_are_on_the_resume_with_their_reason(engineer: Match) -> None:
    reasons = {c.bullet_id: c.reason for c in engineer.selection.skill_choices}
    assert "Kubernetes" in engineer.selection.skills and reasons["Kubernetes"] == "asked for by the posting"
    assert all(reason for reason in reasons.values())


def test_a_pinned_bullet_does_not_cost_its_role_the_best_bullet(engineer: Match) -> None:
    current = engineer.selection.roles[0].bullets
    assert "ls-volunteer" in [b.id for b in current]  # pinned
    assert {"ls-airflow", "ls-spark"} <= {b.id for b in current}
    # The small CV's default budget leaves its least relevant bullets out.
    assert engineer.selection.budget == 11 and len(engineer.selection.bullet_ids) <= 11
    left_out = {c.bullet_id: c.reason for c in engineer.selection.choices if not c.kept}
    assert left_out.get("gc-party") == "no evidence"


def test_the_texts_saying_a_term_are_those_each_text_says_it_in_cv_order() -> None:
    from tailor.coverage import saying, says
    from tailor.pipeline import load

    prepared = load(DATA / "cvs" / "data-engineer.yaml").prepared
    terms = {term for text in prepared.texts for term in text.analysis.terms}
    pairs = {pair for text in prepared.texts for pair in text.analysis.near}
    asked = terms | {f"{a} {b}" for a, b in pairs} | {f"{b} {a}" for a, b in pairs} | {"no such term", "spark sql"}
    from tailor.coverage import _spoken
    from tailor.people import job_letters

    ambiguous, spoken, capitals = prepared.lexicon.ambiguous, _spoken(prepared.lexicon), prepared.lexicon.capitals
    who = job_letters(prepared.lexicon)
    for term in sorted(asked):
        said = [t.id for t in prepared.texts if says(t, term, ambiguous, spoken, capitals, who, prepared.lexicon)]
        assert saying(prepared, term) == said, term


def test_a_job_title_of_one_who_manages_says_the_management_it_names_and_a_colleagues_does_not() -> None:
    posting = Posting("p", "Programme Lead\n\nRequirements:\n- Project management of site builds\n- Forklift licence\n")
    role = {"id": "job0", "employer": "Harbour Works", "start": "2020", "bullets": []}
    bullets = [{"id": "b1", "text": "Scheduled the crews for twelve site builds."}]
    managed = make_cv({}, experience=[{**role, "role": "Senior Project Manager", "bullets": bullets}])
    assert evidence(managed, posting)["project management"] == ("selected", ("title:job0",))
    colleague = [*bullets, {"id": "b2", "text": "Reported to the project manager on site builds."}]
    reported = make_cv({}, experience=[{**role, "role": "Site Foreman", "bullets": colleague}])
    assert evidence(reported, posting)["project management"][0] == "absent"


@pytest.mark.parametrize("title", ["Warehouse Shift Supervisor", "Nursing Supervisor (Nights)", "Supervisor"])
def test_a_supervisors_title_says_staff_supervision_and_a_colleagues_does_not(title: str) -> None:
    # A supervisor supervises people whatever else the title names; a manager may manage a product and no one.
    posting = Posting("p", "Outbound Lead\n\nRequirements:\n- 3+ years of supervisory experience\n- Forklift licence\n")
    role = {"id": "job0", "employer": "Harbour Works", "start": "2020"}
    bullets = [{"id": "b1", "text": "Scheduled the crews for twelve site builds."}]
    own = make_cv({}, experience=[{**role, "role": title, "bullets": bullets}])
    assert evidence(own, posting)["staff supervision"] == ("selected", ("title:job0",))
    colleague = [*bullets, {"id": "b2", "text": "Reported to the shift supervisor on site builds."}]
    reported = make_cv({}, experience=[{**role, "role": "Product Manager", "bullets": colleague}])
    assert evidence(reported, posting)["staff supervision"][0] == "absent"


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Senior Data Scientist", "data science"),
        ("Software Engineer", "software engineering"),
        ("Financial Analyst", "financial analysis"),
        ("Mobile Developer", "mobile development"),
        ("Senior Frontend Developer", "frontend development"),
        ("Game Developer", "game development"),
        ("Technical Communicator", "technical communication"),
        ("Senior Bioinformatician", "bioinformatics"),  # a field of one word: "-ics" → "-ician", "-ology" → "-ologist"
        ("Statistician", "statistics"),
        ("Clinical Pharmacologist", "pharmacology"),
        ("Firefighter / Paramedic", "firefighting"),  # one word of work: "-ing" → "-er" or "-or"
        ("Staff Auditor", "auditing"),
        ("Senior Data Journalist", "data journalism"),  # a field's last word: its doer ends the title ("-ism" → "-ist")
        ("Physical Therapist", "physical therapy"),  # "-y" → "-ist"
        ("Occupational Therapist", "occupational therapy"),
    ],
)
def test_a_job_title_of_one_who_practises_a_field_says_the_field(title: str, field: str) -> None:
    posting = Posting("p", f"Lead\n\nRequirements:\n- 5+ years of {field} in a relevant industry\n- Forklift licence\n")
    role = {"id": "job0", "employer": "Harbour Works", "start": "2020", "role": title}
    cv = make_cv({}, experience=[{**role, "bullets": [{"id": "b1", "text": "Sold bicycles."}]}])
    assert evidence(cv, posting)[field] == ("selected", ("title:job0",))


def test_a_job_title_named_for_its_verb_says_the_work_the_verb_names() -> None:
    # "Investigative reporting" is no skill of the lexicon (its lemma, "investigative report", is the posting's
    # phrase): a reporter reports, so an "Investigative Reporter" does it, as a "Grant Writer" does grant writing.
    posting = Posting("p", "Lead\n\nRequirements:\n- Investigative reporting experience\n- AP style\n")
    role = {"id": "job0", "employer": "Valley Courier", "start": "2020"}
    bullets = [{"id": "b1", "text": "Covered the school board."}]
    cv = make_cv({}, experience=[{**role, "role": "Investigative Reporter", "bullets": bullets}])
    found = evidence(cv, posting)
    assert found["investigative report"] == ("selected", ("title:job0",))
    colleague = [*bullets, {"id": "b2", "text": "Fact-checked stories for the investigative reporter."}]
    assert (
        evidence(make_cv({}, experience=[{**role, "role": "Copy Editor", "bullets": colleague}]), posting)[
            "investigative report"
        ][0]
        == "absent"
    )


def test_a_colleagues_title_says_no_field_of_ones_own() -> None:
    posting = Posting("p", "Lead\n\nRequirements:\n- 5+ years of data science in a relevant industry\n")
    role = {"id": "job0", "employer": "Harbour Works", "start": "2020", "role": "Site Foreman"}
    bullets = [{"id": "b1", "text": "Reported to the data scientist on site builds."}]
    assert evidence(make_cv({}, experience=[{**role, "bullets": bullets}]), posting)["data science"][0] == "absent"


def test_a_colleagues_title_of_two_words_says_it_by_no_pair_of_its_words_either() -> None:
    posting = Posting("p", "Lead\n\nRequirements:\n- Executive chef experience\n- Forklift licence\n")
    colleague = make_cv({"Acme": ["Planned the tasting menus with the executive chef."]})
    assert evidence(colleague, posting)["executive chef"][0] == "absent"
    own = make_cv({"Acme": ["Ran the kitchen as executive chef."]})
    assert evidence(own, posting)["executive chef"][0] == "selected"


def test_a_job_in_the_plural_that_a_bullet_reports_to_says_no_field_of_ones_own() -> None:
    posting = Posting("p", "Lead\n\nRequirements:\n- 5+ years of product management\n")
    reported = make_cv({"Acme": ["Reported test coverage to product owners each sprint."]})
    assert evidence(reported, posting)["product management"][0] == "absent"
    own = make_cv({"Acme": ["Served as product owner for the billing app."]})
    assert evidence(own, posting)["product management"][0] == "selected"


# --- other professions: the lexicon knows a reporter's words as it knows an engineer's ------------


def evidence(cv, posting: Posting) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each posting keyword → its status and the CV texts that say it, for the default résumé."""
    return {term: (k.status, k.where) for term, k in keyword_coverage(cv, posting).items()}


def test_people_led_are_a_team_led() -> None:
    cv = make_cv({"Harbor Bank": ["Lead a 24x7 desk of 9 investigators.", "Wrote case-triage runbooks."]})
    posting = Posting("p", "Fraud Manager\n\nRequirements:\n- 3+ years leading a team\n- Case management\n")
    assert evidence(cv, posting)["team leadership"][1] == ("job0-b0",)


def test_a_story_leading_to_a_resignation_is_no_team_led() -> None:
    cv = make_cv({"Lakeshore Tribune": ["Broke a no-bid contract story, leading to the director's resignation."]})
    posting = Posting("p", "Audience Editor\n\nRequirements:\n- Coach reporters on SEO\n- Experience leading a team\n")
    found = keyword_coverage(cv, posting)
    assert found["team leadership"].status == "absent"
    assert all(r.term != "team leadership" for k in found.values() for r in k.related)


def test_a_related_term_is_shown_as_the_lexicon_writes_it_not_as_analysis_spells_it() -> None:
    cv = make_cv({"Orbis Parts": ["Raised on-time delivery from 88% to 97%."]})
    found = keyword_coverage(cv, Posting("p", "Buyer\n\nRequirements:\n- Supplier performance management\n"))
    assert [r.term for r in found["supplier performance management"].related] == ["on-time delivery"]


def test_a_design_fmea_is_related_evidence_of_the_risk_management_a_device_posting_asks_for() -> None:
    cv = make_cv({"Larchmont Instruments": ["Ran DFMEA and PFMEA sessions for a handheld stapler with quality."]})
    posting = Posting(
        "p", "Senior Mechanical Engineer\n\nResponsibilities:\n- Own risk management under ISO 14971\n- Design parts\n"
    )
    found = keyword_coverage(cv, posting)["risk management"]
    # Shown beside the keyword, which the CV does not say in its own words: the status stays absent.
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("FMEA", ("job0-b0",))]


def test_service_recovery_is_a_keyword_said_once_and_related_evidence_of_complaint_resolution() -> None:
    cv = make_cv({"Juniper Suites": ["Led service recovery for escalated guests, raising review scores to 4.7."]})
    posting = Posting(
        "p", "Guest Relations Manager\n\nResponsibilities:\n- Own service recovery\n- Handle complaint resolution\n"
    )
    found = keyword_coverage(cv, posting)
    assert found["service recovery"].status == "selected"
    assert found["complaint resolution"].status == "absent"
    assert [r.term for r in found["complaint resolution"].related] == ["service recovery"]


def test_workshops_led_for_colleagues_are_related_evidence_of_the_training_delivery_a_posting_asks_for() -> None:
    cv = make_cv({"Cedar Hill Middle School": ["Led four workshops a year for 30 teachers on formative assessment."]})
    posting = Posting("p", "Corporate Trainer\n\nResponsibilities:\n- Deliver training to branch staff\n")
    found = keyword_coverage(cv, posting)["training delivery"]
    # A workshop may be one attended: shown beside the keyword, which the CV does not say in its own words.
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("workshops", ("job0-b0",))]


def test_areas_kept_sanitary_and_instruments_sterilized_are_evidence_of_the_sanitation_a_posting_asks_for() -> None:
    cv = make_cv({"Harbor Clinic": ["Kept kennels sanitary and sterilized surgical packs between cases."]})
    found = keyword_coverage(cv, Posting("p", "Kennel Attendant\n\nRequirements:\n- Sanitation\n"))["sanitation"]
    assert found.status == "absent" and {r.term for r in found.related} >= {"sanitary", "sterilize"}


def test_a_headline_of_two_titles_set_apart_says_no_phrase_of_a_word_from_each() -> None:
    cv = make_cv({"Acme": ["Sold bicycles."]}, headline="Senior Data Scientist | Machine Learning Engineer")
    posting = Posting("p", "Data Scientist\n\nRequirements:\n- Some data engineering\n")
    assert evidence(cv, posting)["data engineering"] == ("absent", ())


def test_a_career_changers_headline_says_no_phrase_of_a_word_from_the_job_held_and_one_from_the_job_sought() -> None:
    # "Data Analyst → Analytics Engineer" is the move its owner seeks: no data engineering done.
    cv = make_cv({"Acme": ["Sold bicycles."]}, headline="Data Analyst → Analytics Engineer")
    posting = Posting("p", "Data Engineer\n\nRequirements:\n- 5+ years of software or data engineering experience\n")
    assert evidence(cv, posting)["data engineering"] == ("absent", ())


def test_a_case_managers_payers_settings_and_review_criteria_are_keywords_of_their_own() -> None:
    # Managed care names the payer, care transitions the moves between settings: each a keyword of its own, and a
    # headline's "Discharge Planning & Care Transitions" then says no care planning across its "&".
    cv = make_cv(
        {
            "Lakeview Hospital": [
                "Negotiated post-acute services with Medicaid managed care organizations.",
                "Coordinated transitions of care from hospital to skilled nursing and home.",
            ]
        },
        headline="Medical Social Worker | Discharge Planning & Care Transitions",
    )
    posting = Posting(
        "p",
        "Care Manager\n\nRequirements:\n- Working knowledge of Medicare and managed care\n- Experience with care "
        "transitions\n- Utilization review with InterQual\n- Writes care plans with members\n",
    )
    found = evidence(cv, posting)
    assert found["managed care"] == ("selected", ("job0-b0",))
    assert found["care transitions"] == ("selected", ("job0-b1", "headline"))
    assert found["utilization review"][0] == found["InterQual"][0] == "absent"
    assert found["care planning"] == ("absent", ())


def test_a_skill_that_modifies_a_longer_one_makes_no_phrase_with_its_head() -> None:
    # A managed care plan is a payer's plan: no care plan written. The head of a longer skill still says itself.
    cv = make_cv(
        {
            "Lakeview Hospital": ["Negotiated authorizations with Medicaid managed care plans for home health."],
            "Harbor Pharmacy": ["Fixed barcode medication administration scan errors on four units."],
        }
    )
    posting = Posting(
        "p",
        "Care Manager\n\nRequirements:\n- Develop care plans with members\n- Managed care experience\n"
        "- Safe medication administration\n",
    )
    found = evidence(cv, posting)
    assert found["care planning"] == ("absent", ())
    assert found["managed care"] == ("selected", ("job0-b0",))
    assert found["medication administration"] == ("selected", ("job1-b0",))


def test_supervising_or_managing_people_named_by_their_job_says_the_work_on_staff() -> None:
    cv = make_cv(
        {
            "Kroger Pharmacy": ["Supervised 5 pharmacy technicians across two shifts."],
            "Eastfield Police Department": ["Supervising 9 officers on night patrol."],
            "Harbor Builders": ["Supervised a crew of six framers."],
            "Dune Labs": ["Managed 12 engineers through two product launches."],
        }
    )
    posting = Posting(
        "p",
        "Operations Manager\n\nRequirements:\n- Supervisory experience\n- People management\n- Staff supervision\n",
    )
    found = evidence(cv, posting)
    assert found["staff supervision"] == ("selected", ("job0-b0", "job1-b0", "job2-b0"))
    assert found["people management"] == ("selected", ("job3-b0",))


def test_a_number_written_as_a_word_holds_no_words_apart_as_a_figure_does_not() -> None:
    # "four" stood between the verb and the people as a word, five words apart: no staff supervision was said.
    cv = make_cv(
        {
            "County Library": ["Supervised and scheduled four library assistants and two pages."],
            "City Library": ["Supervised and scheduled 4 library assistants and two pages."],
        }
    )
    posting = Posting("p", "Branch Librarian\n\nRequirements:\n- Staff supervision\n")
    assert evidence(cv, posting)["staff supervision"] == ("selected", ("job0-b0", "job1-b0"))


def test_the_people_a_bullet_hired_or_led_by_their_job_are_no_skills_of_the_cv_owner() -> None:
    # A recruiter's "software engineers" are people, not software engineering; "go-to-market hiring" names whom
    # they hired. The same skills said as one's own work, or beside the people, are said.
    hirer = make_cv(
        {
            "Quarry Talent": [
                "Led hiring of software engineers and data scientists for two product teams.",
                "Recruited machine learning engineers across three offices.",
                "Ran go-to-market hiring for the new region.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Platform Engineer\n\nRequirements:\n- Software engineering\n- Data engineering\n- Machine learning\n"
        "- Go-to-market strategy\n",
    )
    found = evidence(hirer, posting)
    assert {term: status for term, (status, _) in found.items()} == {
        "software engineering": "absent",
        "data engineering": "absent",
        "machine learning": "absent",
        "go-to-market strategy": "absent",
    }
    builder = make_cv(
        {
            "Quarry Labs": [
                "Wrote the software engineering handbook for new software engineers.",
                "Built machine learning models with two data engineers.",
                "Shaped the go-to-market plan for the new region.",
            ]
        }
    )
    found = evidence(builder, posting)
    assert found["software engineering"] == ("selected", ("job0-b0",))
    assert found["machine learning"] == ("selected", ("job0-b1",))
    assert found["go-to-market strategy"] == ("selected", ("job0-b2",))
    assert found["data engineering"][0] == "absent"


def test_people_who_are_no_staff_and_job_words_that_name_no_people_say_no_work_on_staff() -> None:
    cv = make_cv(
        {
            "Lincoln Elementary": ["Supervised students during recess and field trips."],
            "Mercy Hospital": ["Charted vitals, supervised by the charge nurse."],
            "Brightline Media": ["Managed lead generation and executive communications for three product lines."],
        }
    )
    posting = Posting("p", "Unit Manager\n\nRequirements:\n- Supervisory experience\n- People management\n")
    found = evidence(cv, posting)
    assert found["staff supervision"][0] == "absent"
    assert found["people management"][0] == "absent"


def test_an_associate_degree_names_its_level_and_manages_no_associates() -> None:
    cv = make_cv(
        {"Buckeye Builders": ["Ran the site of a data center shell."]},
        education=[{"degree": "Associate of Applied Science, Construction Management", "institution": "CSCC"}],
    )
    posting = Posting("p", "Superintendent\n\nRequirements:\n- Construction management\n- People management\n")
    found = evidence(cv, posting)
    assert found["construction management"] == ("selected", ("education:1",))
    assert found["people management"][0] == "absent"
    # Managing associates, said in a bullet, is still work on staff.
    led = make_cv({"Target": ["Managed 14 store associates across two shifts."]})
    assert evidence(led, posting)["people management"] == ("selected", ("job0-b0",))


def test_personalization_is_said_by_personalized_work() -> None:
    cv = make_cv({"Lakeside Market": ["Ranked personalized coupon offers for the loyalty app."]})
    posting = Posting("p", "Data Scientist\n\nRequirements:\n- Recommender systems and personalization\n")
    assert evidence(cv, posting)["personalization"] == ("selected", ("job0-b0",))


@pytest.mark.parametrize(
    ("bullet", "posting", "keyword", "instance"),
    [
        (
            "Built logistic regression churn models in R for a pharmacy client.",
            "Data Scientist\n\nRequirements:\n- Deep knowledge of statistical models\n",
            "statistical modeling",
            "logistic regression",
        ),
        (
            "Shipped machine learning models for readmission risk.",
            "Data Scientist\n\nRequirements:\n- 3+ years in statistics, AI and analytics\n",
            "artificial intelligence",
            "machine learning",
        ),
        (
            "Deployed batch scoring pipelines on Azure.",
            "Data Scientist\n\nRequirements:\n- Familiarity with at least one cloud computing platform\n",
            "cloud computing",
            "Azure",
        ),
        (
            "Automated weekly sales reporting in Tableau.",
            "Data Scientist\n\nRequirements:\n- Experience with BI and SQL\n",
            "business intelligence",
            "Tableau",
        ),
        (
            "Analysed onboarding funnels in Mixpanel to prioritise the roadmap.",
            "Product Manager\n\nRequirements:\n- Fluency with product analytics\n",
            "product analytics",
            "Mixpanel",
        ),
        (
            "Ran sprint planning and retrospectives as product owner of a Scrum team.",
            "Product Manager\n\nRequirements:\n- Experience with agile development processes\n",
            "Agile",
            "Scrum",
        ),
        (
            "Rewrote the billing service in Go.",
            "Backend Engineer\n\nRequirements:\n- Experience in multiple programming languages such as Java\n",
            "programming languages",
            "Go",
        ),
        (
            "Automated nightly backups with PowerShell.",
            "Systems Administrator\n\nRequirements:\n- Knowledge of a scripting language\n",
            "scripting languages",
            "PowerShell",
        ),
        (
            "Moved the staging clusters to Terraform modules.",
            "Platform Engineer\n\nRequirements:\n- Experience with infrastructure as code\n",
            "infrastructure as code",
            "Terraform",
        ),
        (
            "Ran forty services on Kubernetes.",
            "Platform Engineer\n\nRequirements:\n- Experience with container orchestration platforms\n",
            "container orchestration",
            "Kubernetes",
        ),
        (
            "Rebuilt the checkout pages in Vue.js.",
            "Frontend Engineer\n\nRequirements:\n- 3+ years with a modern JavaScript framework\n",
            "JavaScript frameworks",
            "Vue.js",
        ),
        (
            "Kept the lab's Linux workstations patched.",
            "IT Technician\n\nRequirements:\n- Troubleshooting of operating systems\n",
            "operating systems",
            "Linux",
        ),
        (
            "Re-slotted fast movers in Manhattan SCALE to raise the pick rate.",
            "Inventory Supervisor\n\nRequirements:\n- Hands-on experience with a WMS\n",
            "warehouse management system",
            "Manhattan WMS",
        ),
        (
            "Trained 40 associates on RF transactions in SAP EWM.",
            "Shipping Lead\n\nRequirements:\n- Working knowledge of SAP\n",
            "SAP",
            "SAP EWM",
        ),
        (
            "Moved the front desk's reservations to OPERA Cloud before the summer season.",
            "Front Office Manager\n\nRequirements:\n- Working knowledge of Opera PMS\n",
            "Opera PMS",
            "OPERA Cloud",
        ),
        (
            "Modeled the gearbox housing and its mounting brackets in SolidWorks for die casting.",
            "Product Design Engineer\n\nRequirements:\n- Create detailed 3D models and drawings of parts\n",
            "3D modeling",
            "SolidWorks",
        ),
        (
            "Set up ICRA Class IV barriers and negative air for the emergency department renovation.",
            "Healthcare Superintendent\n\nRequirements:\n- Maintain infection control while working in occupied "
            "hospitals\n",
            "infection control",
            "ICRA",
        ),
    ],
)
def test_a_kind_of_thing_a_posting_asks_for_is_met_by_one_of_its_kind_the_cv_names(
    bullet: str, posting: str, keyword: str, instance: str
) -> None:
    """Statistical models by a regression, AI by machine learning, a cloud platform by Azure, BI by Tableau,
    product analytics by Mixpanel, Agile by Scrum: the lexicon's kinds (`instances`), met by one instance."""
    cv = make_cv({"Meridian": [bullet]})
    assert keyword_coverage(cv, Posting("p", posting))[keyword].met_by == instance


def test_a_word_for_people_that_names_a_thing_before_another_noun_says_no_work_on_staff() -> None:
    cv = make_cv(
        {
            "Tallow Health": ["Managed the clinician scheduling app for 40,000 weekly users."],
            "Brookside Schools": ["Supervised the teacher portal rollout across 12 campuses."],
            "Harbor Clinic": ["Managed 14 nurse practitioners across three sites."],
        }
    )
    posting = Posting("p", "Unit Manager\n\nRequirements:\n- People management\n- Staff supervision\n")
    found = evidence(cv, posting)
    assert found["people management"] == ("selected", ("job2-b0",))
    assert found["staff supervision"][0] == "absent"


def test_a_word_for_people_that_also_names_a_thing_still_names_the_people_a_bullet_supervised() -> None:
    # "teller reviews" names a review, but the "tellers" the same bullet supervised are people: a word is a thing's
    # name only where the text says it no more often than in such compounds.
    cv = make_cv(
        {
            "Lakeview Bank": ["Supervised 9 tellers and ran quarterly teller reviews."],
            "Brookside Schools": ["Supervised the teacher portal rollout and the teacher portal audit."],
        }
    )
    posting = Posting("p", "Branch Manager\n\nRequirements:\n- 2+ years of supervisory experience\n")
    found = evidence(cv, posting)
    assert found["staff supervision"] == ("selected", ("job0-b0",))


def test_a_job_a_cv_names_as_someone_it_worked_with_is_no_evidence_of_that_job_of_ones_own() -> None:
    cv = make_cv(
        {
            "Ledgerline": ["Groomed the backlog in Jira with the engineering manager and tech lead."],
            "Quillstack": ["Partnered with our Scrum Master on sprint reviews."],
            "Harbor Pay": ["Tech lead for the payments team of six.", "Served as the Scrum Master for two teams."],
        }
    )
    posting = Posting("p", "Engineer\n\nRequirements:\n- Technical leadership\n- Scrum Master\n")
    found = evidence(cv, posting)
    assert (found["technical leadership"][1], found["Scrum Master"][1]) == (("job2-b0",), ("job2-b1",))


def test_a_keyword_of_work_is_said_by_its_verb_with_the_other_word_close_by() -> None:
    cv = make_cv(
        {
            "Northside Clinic": [
                "Managed a $14M operating budget across four sites.",
                "Educated patients on discharge plans.",
                "Reconciled 40 bank accounts each month.",
                "Negotiated vendor contracts.",
                "Related the survey to public records.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Clinic Manager\n\nRequirements:\n- Budget management\n- Patient education\n- Account reconciliation\n"
        "- Contract negotiation\n- Public relations\n",
    )
    found = evidence(cv, posting)
    assert found["budget management"][1] == ("job0-b0",)  # figures and signs between the words do not count
    assert found["patient education"][1] == ("job0-b1",)
    assert found["reconciliation"][1] == ("job0-b2",)  # "account reconciliation" is the skill reconciliation
    assert found["contract negotiation"][1] == ("job0-b3",)
    assert found["public relations"] == ("absent", ())  # "related" is no work of relations


def test_a_possessive_and_a_figures_unit_stand_between_no_words_of_work() -> None:
    cv = make_cv(
        {
            "Harlow College": [
                "Managed the faculty's $2.4M operating budget.",
                "Negotiated the district’s 15k software contracts.",
            ]
        }
    )
    posting = Posting("p", "Faculty Manager\n\nRequirements:\n- Budget management\n- Contract negotiation\n")
    found = evidence(cv, posting)
    assert found["budget management"][1] == ("job0-b0",)
    assert found["contract negotiation"][1] == ("job0-b1",)


def test_admission_to_a_states_bar_is_said_by_its_verb_with_the_state_between() -> None:
    cv = make_cv({"Lind & Moss LLP": ["Admitted to the Pennsylvania bar in 2017; argued 12 motions in federal court."]})
    posting = Posting("p", "Litigation Associate\n\nRequirements:\n- Bar admission in Pennsylvania\n")
    assert evidence(cv, posting)["bar admission"][1] == ("job0-b0",)


def test_a_trades_recovery_is_said_by_its_verb_as_management_is() -> None:
    cv = make_cv({"Coldline Mechanical": ["Recovered refrigerant from 60 rooftop units before retrofits."]})
    posting = Posting("p", "HVAC Technician\n\nRequirements:\n- Refrigerant recovery\n- EPA 608\n")
    assert evidence(cv, posting)["refrigerant recovery"][1] == ("job0-b0",)


def test_a_word_before_and_and_a_verb_of_another_clause_is_no_object_of_that_verb() -> None:
    # "the grant program and managed …": the program was reported to, the recalls managed.
    cv = make_cv(
        {
            "Northside Clinic": [
                "Reported adverse events to the state grant program and managed recalls for the system.",
                "Drafted and negotiated vendor contracts for four clinics.",
            ]
        }
    )
    posting = Posting("p", "Clinic Manager\n\nRequirements:\n- Program management\n- Contract drafting\n")
    found = evidence(cv, posting)
    assert found["program management"] == ("absent", ())
    assert found["contract drafting"][1] == ("job0-b1",)  # two verbs that share their object say it with either


def test_a_duty_opened_by_and_and_a_verb_of_work_takes_no_object_from_the_words_before_it() -> None:
    # "facing tax foreclosure and prepare petitions": petitions are prepared, no tax return; "plan and manage
    # budgets" share their object.
    cv = make_cv(
        {
            "Northside Legal Aid": [
                "Conduct intake for homeowners facing tax foreclosure and prepare petitions to stay the sale.",
                "Plan and manage budgets for three grant programs.",
            ]
        }
    )
    posting = Posting("p", "Paralegal\n\nRequirements:\n- Tax preparation\n- Budget management\n")
    found = evidence(cv, posting)
    assert found["tax preparation"] == ("absent", ())
    assert found["budget management"][1] == ("job0-b1",)


def test_two_verbs_in_the_past_close_together_say_no_phrase_of_the_two_words() -> None:
    # "Designed an Arduino-controlled pump" designed a pump that a board controls: no design controls.
    cv = make_cv(
        {
            "Northside Labs": [
                "Designed an Arduino-controlled syringe pump for teaching labs.",
                "Ran design reviews and kept the controls of every design change.",
            ]
        },
        skills=["Design Controls"],
    )
    posting = Posting("p", "Design Engineer\n\nRequirements:\n- Design controls\n")
    where = evidence(cv, posting)["design control"][1]
    assert "job0-b1" in where and "job0-b0" not in where


def test_a_device_engineers_keywords_meet_the_cv_in_the_fields_abbreviations_and_other_names() -> None:
    cv = make_cv(
        {
            "Northside Devices": [
                "Kept the DHF of a Class II pump and led its V&V.",
                "Ran usability engineering studies with 12 nurses.",
                "Wrote the 510(k) for a catheter.",
            ]
        },
        skills=["ISO 13485"],
    )
    posting = Posting(
        "p",
        "Design Quality Engineer\n\nRequirements:\n- Design history file\n- Verification and validation\n"
        "- Human factors\n- Regulatory submissions\n- Quality management systems\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["design history file"].where == found["verification and validation"].where == ("job0-b0",)
    assert found["human factors"].where == ("job0-b1",)  # FDA's and IEC 62366's two names for one discipline
    assert found["regulatory submissions"].met_by == "510(k)"  # a 510(k) is one
    assert found["quality management system"].met_by == "ISO 13485"  # a QMS standard


def test_a_reporters_keywords_meet_the_cv_in_the_professions_other_spellings() -> None:
    cv = make_cv(
        {
            "Harbor Times": [
                "Obtained 400 pages of police records through Freedom of Information Act requests.",
                "Fact-checked long features for the weekend magazine.",
                "Sold advertising space.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Reporter, Accountability Desk\n\nRequirements:\n- Experience filing public records requests\n"
        "- Fact checking and copy editing\n- AP Style\n",
    )
    assert evidence(cv, posting) == {
        "FOIA": ("selected", ("job0-b0",)),
        "fact-checking": ("selected", ("job0-b1",)),
        "copy editing": ("absent", ()),
        "AP style": ("absent", ()),
    }
    assert [b.id for b in rank(cv, posting).bullets][-1] == "job0-b2"  # the advertising bullet matches nothing


def test_a_web_developers_page_speed_work_is_evidence_of_web_performance() -> None:
    cv = make_cv({"Shopfront": ["Cut page load times by 40% with code splitting.", "Ran the office's book club."]})
    posting = Posting("p", "Frontend Developer\n\nRequirements:\n- Web performance (Core Web Vitals)\n- Storybook\n")
    assert evidence(cv, posting) == {"web performance": ("selected", ("job0-b0",)), "Storybook": ("absent", ())}


def test_a_core_web_vital_named_in_full_and_a_screen_reader_are_evidence_of_their_fields() -> None:
    cv = make_cv(
        {
            "Shopfront": [
                "Improved Largest Contentful Paint from 4.1s to 1.9s.",
                "Tested checkout with a screen-reader.",
                "Ran the office's book club.",
            ]
        }
    )
    posting = Posting("p", "Frontend Developer\n\nRequirements:\n- Core Web Vitals\n- Screen readers and ARIA\n")
    assert evidence(cv, posting) == {
        "web performance": ("selected", ("job0-b0",)),
        "screen readers": ("selected", ("job0-b1",)),
    }


def test_a_certificate_that_runs_out_is_named_as_evidence_with_when_it_does() -> None:
    # A posting asks for a current licence: the evidence says until when the CV's holds.
    cv = make_cv(
        {"St Mary's": ["Cared for children after spinal surgery."]},
        certificates=[{"name": "BLS", "date": "2021-08", "expires": "2023-08"}],
    )
    ranking = rank(cv, Posting("p", "Pediatric Nurse\n\nRequirements:\n- Current BLS certification\n"))
    assert ranking.cv is not None and ranking.cv.labels["certificate:1"] == "certificate (BLS, valid through Aug 2023)"


def test_a_required_credential_shown_only_by_an_expired_certificate_is_shown_as_expired_and_not_met() -> None:
    # A posting asks for a credential one holds: a certificate that ran out is evidence of it once, not now.
    from tailor.rank import expired_certificates

    cv = make_cv(
        {"Harbour Pool": ["Taught swimming to children and adults."]},
        certificates=[{"name": "CPR", "expires": "2023-08"}, {"name": "First Aid", "expires": "2030-05"}],
    )
    posting = Posting("p", "Lifeguard\n\nRequirements:\n- Current CPR certification\n- First aid certification\n")
    ranking = rank(cv, posting)
    expired = expired_certificates(cv, date(2025, 1, 15))
    assert expired == {"certificate:1": "Aug 2023"}
    found = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking), expired=expired).keywords}
    cpr = found["CPR"]
    assert (cpr.status, cpr.where, cpr.expired, cpr.met) == ("selected", ("certificate:1",), "Aug 2023", False)
    assert found["first aid"].met and not found["first aid"].expired  # valid through 2030
    # Said in a bullet too, the credential is the CV's own work, whatever the certificate says.
    worked = make_cv(
        {"Harbour Pool": ["Gave CPR to a swimmer pulled from the deep end."]},
        certificates=[{"name": "CPR", "expires": "2023-08"}],
    )
    ranking = rank(worked, posting)
    cpr = next(
        k for k in coverage(ranking, select(worked, ranking), expired=expired).keywords if k.keyword.term == "CPR"
    )
    assert cpr.met and not cpr.expired


def test_an_expired_certificate_of_a_required_keyword_is_no_required_credential_for_page_fitting() -> None:
    # Page fitting keeps a credential that meets a requirement past every bullet; one that ran out meets none, so it
    # is kept as one the posting prefers is, and goes before the valid one that does meet it.
    from tailor.rank import expired_certificates

    cv = make_cv(
        {"Harbour Pool": ["Taught swimming to children and adults."]},
        certificates=[
            {"name": "CPR", "issuer": "Red Cross", "expires": "2023-08"},
            {"name": "First Aid", "expires": "2030-05"},
        ],
    )
    posting = Posting("p", "Lifeguard\n\nRequirements:\n- Current CPR certification\n- First aid certification\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking), expired=expired_certificates(cv, date(2025, 1, 15)))
    assert credentials_evidencing(found) == {"certificate:1", "certificate:2"}
    assert credentials_required(found) == {"certificate:2"}
    # Valid again, it is a required credential like the other.
    renewed = coverage(ranking, select(cv, ranking), expired=expired_certificates(cv, date(2023, 1, 15)))
    assert credentials_required(renewed) == {"certificate:1", "certificate:2"}


def test_a_credential_shown_by_several_expired_certificates_is_dated_by_the_one_that_ran_out_last() -> None:
    # Two states' licences, the later-listed one lapsing first: the report says when the last of them ran out.
    from tailor.rank import expired_certificates

    cv = make_cv(
        {"Lakeview Clinic": ["Verified inpatient medication orders for a surgical unit."]},
        certificates=[
            {"name": "Registered Pharmacist, Oregon, License No. 4471", "expires": "2024-11"},
            {"name": "Registered Pharmacist, Idaho, License No. 2290", "expires": "2023-03"},
            {"name": "Registered Pharmacist, Utah, License No. 8812", "expires": "2024-02"},
        ],
    )
    posting = Posting("p", "Staff Pharmacist\n\nRequirements:\n- Active pharmacist license\n- PharmD\n")
    ranking = rank(cv, posting)
    expired = expired_certificates(cv, date(2025, 1, 15))
    assert list(expired.values()) == ["Mar 2023", "Feb 2024", "Nov 2024"]
    lapsed = [k for k in coverage(ranking, select(cv, ranking), expired=expired).keywords if k.expired]
    assert [(k.expired, k.met, len(k.where)) for k in lapsed] == [("Nov 2024", False, 3)]


def test_a_credential_that_has_expired_meets_no_choice_of_credentials_either() -> None:
    # "PHTLS or TNCC": the PHTLS card ran out, so the choice is as unmet as PHTLS itself.
    from tailor.rank import expired_certificates

    cv = make_cv(
        {"Prairie Ambulance": ["Treated trauma patients on a rural ambulance."]},
        certificates=[{"name": "PHTLS", "expires": "2023-11"}, {"name": "ACLS", "expires": "2030-05"}],
    )
    posting = Posting("p", "Flight Medic\n\nRequirements:\n- Current PHTLS or TNCC certification\n- Current ACLS\n")
    ranking = rank(cv, posting)
    expired = expired_certificates(cv, date(2025, 1, 15))
    found = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking), expired=expired).keywords}
    assert found["TNCC"].keyword.alternatives == ("PHTLS",)
    assert (found["PHTLS"].met, found["PHTLS"].expired) == (False, "Nov 2023")
    assert (found["TNCC"].met, found["TNCC"].met_by) == (False, "")
    # A current one still meets it.
    current = make_cv(
        {"Prairie Ambulance": ["Treated trauma patients on a rural ambulance."]},
        certificates=[{"name": "PHTLS", "expires": "2030-11"}],
    )
    ranking = rank(current, posting)
    expired = expired_certificates(current, date(2025, 1, 15))
    found = {k.keyword.term: k for k in coverage(ranking, select(current, ranking), expired=expired).keywords}
    assert (found["TNCC"].met, found["TNCC"].met_by) == (True, "PHTLS")


def language_coverage(cv, posting: Posting, language: str) -> KeywordCoverage:
    """How the default résumé covers a posting's ``language``, with the levels the CV gives its languages."""
    from tailor.coverage import fluencies

    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking), fluencies=fluencies(cv)).keywords
    return next(k for k in found if k.keyword.term == language)


@pytest.mark.parametrize(
    ("level", "asked", "short"),
    [
        ("Limited working proficiency", "- Bilingual English/Spanish required", "Limited working proficiency"),
        ("Conversational", "- Fluent Spanish", "Conversational"),
        ("Native or bilingual proficiency", "- Bilingual English/Spanish required", ""),
        ("Limited working proficiency", "- Spanish is a plus", ""),  # no level asked: any Spanish will do
    ],
)
def test_a_language_the_posting_asks_fluency_in_is_not_met_by_a_lower_level(level: str, asked: str, short: str) -> None:
    cv = make_cv(
        {"Harlow Clinic": ["Registered 60 patients a day."]},
        languages=[{"name": "English", "fluency": "Native"}, {"name": "Spanish", "fluency": level}],
    )
    posting = Posting("p", f"Patient Services Representative\n\nRequirements:\n{asked}\n- Patient registration\n")
    spanish = language_coverage(cv, posting, "Spanish")
    assert (spanish.status, spanish.fluency, spanish.met) == ("selected", short, not short)


@pytest.mark.parametrize(
    "bullet",
    [
        "Assisted Vietnamese-speaking elders with check-in and appointment reminders.",
        "Greeted patients and gave reminders in basic Vietnamese.",
    ],
)
def test_a_bullet_naming_the_languages_speakers_or_a_small_command_of_it_is_no_work_in_it(bullet: str) -> None:
    cv = make_cv({"Harlow Clinic": [bullet]}, languages=[{"name": "Vietnamese", "fluency": "conversational"}])
    posting = Posting("p", "Medical Interpreter\n\nRequirements:\n- Fluent Vietnamese and English required\n")
    found = language_coverage(cv, posting, "Vietnamese")
    assert (found.fluency, found.met) == ("conversational", False)


def test_work_done_in_a_language_meets_its_fluency_whatever_level_the_languages_list_gives() -> None:
    cv = make_cv(
        {"Harlow Clinic": ["Interpreted in Spanish for 30 patients a week."]},
        languages=[{"name": "Spanish", "fluency": "Intermediate"}],
    )
    posting = Posting("p", "Patient Navigator\n\nRequirements:\n- Fluent Spanish\n")
    spanish = language_coverage(cv, posting, "Spanish")
    assert spanish.met and not spanish.fluency


def test_a_certificate_an_award_and_a_language_are_evidence_the_resume_always_shows() -> None:
    cv = make_cv(
        {"St Mary's": ["Cared for children after spinal surgery.", "Organised the charity bake sale."]},
        certificates=[{"name": "Basic Life Support (BLS)", "issuer": "American Heart Association"}],
        awards=[{"name": "DAISY Award for Extraordinary Nurses"}],
        languages=[{"name": "Spanish", "fluency": "fluent"}],
    )
    posting = Posting("p", "Pediatric Nurse\n\nRequirements:\n- Current BLS certification\n- Fluent Spanish\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: (k.status, k.where) for k in coverage(ranking, select(cv, ranking)).keywords}
    assert found["BLS"] == ("selected", ("certificate:1",))
    assert ranking.cv is not None and ranking.cv.labels["certificate:1"] == "certificate (Basic Life Support (BLS))"
    assert ranking.cv.labels["award:1"] == "award (DAISY Award for Extraordinary Nurses)"
    assert ranking.cv.labels["language:1"] == "language (Spanish)"


@pytest.mark.parametrize(
    ("certificate", "asked", "term"),
    [
        ("Critical Care Registered Nurse (CCRN)", "CCRN", "CCRN"),
        ("Critical Care Registered Nurse (CCRN)", "Critical Care Registered Nurse certification", "CCRN"),
        ("Certified Emergency Nurse (CEN)", "CEN certification", "CEN"),
        ("Certified Pediatric Nurse (CPN)", "CPN certification", "CPN"),
    ],
)
def test_a_certificate_named_in_words_with_its_letters_in_brackets_meets_a_posting_asking_for_it(
    certificate: str, asked: str, term: str
) -> None:
    cv = make_cv(
        {"Lakeside Children's": ["Cared for ventilated patients in a 24-bed unit."]},
        certificates=[{"name": certificate, "issuer": "a nursing board"}],
    )
    posting = Posting("p", f"Staff Nurse\n\nRequirements:\n- Active RN license\n\nPreferred:\n- {asked}\n")
    found = keyword_coverage(cv, posting)[term]
    assert (found.status, found.where) == ("selected", ("certificate:1",))


@pytest.mark.parametrize(
    ("certificate", "asked", "term"),
    [
        ("Certified Clinical Research Professional (CCRP)", "SOCRA CCRP certification", "CCRP"),
        ("ACRP-CP", "ACRP Certified Professional", "ACRP-CP"),
        ("ACRP Certified Professional (ACRP-CP)", "ACRP-CP certification", "ACRP-CP"),
    ],
)
def test_a_research_credential_meets_a_posting_naming_it_by_its_letters_its_words_or_its_body(
    certificate: str, asked: str, term: str
) -> None:
    cv = make_cv({"Lakeshore Oncology": ["Coordinated 12 oncology trials."]}, certificates=[{"name": certificate}])
    posting = Posting(
        "p", f"Clinical Research Coordinator\n\nRequirements:\n- Clinical trials experience\n\nPreferred:\n- {asked}\n"
    )
    found = keyword_coverage(cv, posting)[term]
    assert (found.status, found.where) == ("selected", ("certificate:1",))


def test_the_courses_of_a_system_meet_a_posting_asking_for_the_system_named_by_the_highest_held() -> None:
    # FEMA's ICS-100 to ICS-400 are the Incident Command System's training, IS-700 the NIMS's: held, they meet a
    # posting that asks for the system, as BLS meets CPR; they are not the system's name, so not said.
    cv = make_cv(
        {"Harlow County": ["Wrote the county's hazard mitigation plan."]},
        certificates=[{"name": "ICS-100, ICS-200, ICS-300, ICS-400, IS-700, IS-800", "issuer": "FEMA"}],
    )
    posting = Posting(
        "p", "Emergency Planner\n\nRequirements:\n- Working knowledge of the Incident Command System and NIMS\n"
    )
    found = keyword_coverage(cv, posting)
    assert (found["Incident Command System"].met_how, found["NIMS"].met_how) == ("met by ICS-400", "met by IS-700")
    # One course held still meets the system, and is no other course.
    one = make_cv({"Harlow County": ["Wrote the county's hazard mitigation plan."]}, certificates=[{"name": "ICS-100"}])
    asked = keyword_coverage(one, Posting("p", "Planner\n\nRequirements:\n- Incident Command System\n- ICS-200\n"))
    assert (asked["Incident Command System"].met_how, asked["ICS-200"].met) == ("met by ICS-100", False)


def test_a_certificates_issuer_is_evidence_of_a_credential_the_posting_asks_for_by_the_body_that_grants_it() -> None:
    cv = make_cv(
        {"Harbor Clinic": ["Coded the clinic's visits.", "Answered billing questions."]},
        certificates=[
            {"name": "Certified Coding Specialist", "issuer": "AHIMA"},
            {"name": "Certified Professional Biller", "issuer": "AAPC, in progress"},
        ],
    )
    posting = Posting("p", "Coder\n\nRequirements:\n- An AHIMA credential\n- An AAPC membership\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: (k.status, k.where) for k in coverage(ranking, select(cv, ranking)).keywords}
    assert found["AHIMA"] == ("selected", ("certificate:1",))
    assert found["AAPC"][0] == "absent"  # a certificate not gained yet says nothing, its issuer neither
    assert ranking.cv is not None and ranking.cv.labels["certificate:1"] == "certificate (Certified Coding Specialist)"


@pytest.mark.parametrize(
    ("certificate", "asked", "licence"),
    [
        # A licence is named by the title it gives, then the states and numbers it is held under.
        (
            "Professional Engineer: Ohio #E-78123, Kentucky #31877",
            "Registration as a Professional Engineer",
            "PE license",
        ),
        ("Professional Engineer (PE), Ohio", "PE licensure in Ohio", "PE license"),
        # A state licensing engineers by branch titles the civil one a registered civil engineer; the board's name
        # after it, which names its licensees in the plural, takes nothing from the licence asked.
        (
            "Registered Civil Engineer, California, No. C 50112",
            "Possession of a valid certificate of registration as a civil engineer issued by the State Board of "
            "Registration for Professional Engineers",
            "PE license",
        ),
        ("State Bar of Oregon #104433", "Member in good standing of a state bar", "bar admission"),
        ("Registered Nurse (RN): Oregon #095007", "Active RN license", "RN"),
    ],
)
def test_a_licence_written_with_its_jurisdictions_and_numbers_meets_the_postings_licence(
    certificate: str, asked: str, licence: str
) -> None:
    cv = make_cv(
        {"Hollis & Pine": ["Ran the office's charity drive.", "Kept the project files."]},
        certificates=[{"name": certificate}],
    )
    posting = Posting("p", f"Senior Associate\n\nRequirements:\n- {asked}\n- Ten years of practice\n")
    ranking = rank(cv, posting)
    covered = coverage(ranking, select(cv, ranking))
    assert {k.keyword.term: (k.status, k.where) for k in covered.keywords}[licence] == ("selected", ("certificate:1",))
    # Evidence of a keyword, the licence is what page fitting leaves out last, after every bullet it may leave out.
    assert credentials_evidencing(covered) == {"certificate:1"}


@pytest.mark.parametrize(
    ("certificate", "asked", "licence"),
    [
        # A certificates list names a trade's licence by the title it gives, its number and state beside it.
        (
            "Journeyman Electrician, Card #J-55-10233",
            "journeyman electrician license",
            "journeyman electrician license",
        ),
        ("Ohio Master Plumber #MP-4410", "Master Plumber license", "master plumber license"),
        (
            "City of Chicago Master Electrician Lic # ME-4821",
            "Master Electrician license",
            "master electrician license",
        ),
        (
            "IL Journeyman Electrician - IBEW Card # J-55-1290",
            "Journeyman Electrician license",
            "journeyman electrician license",
        ),
        ("Pharmacist: Idaho #2290", "Pharmacist license", "RPh"),  # a licence the lexicon names by its letters
        ("Stationary Engineer – City of Denver", "Stationary engineer license", "stationary engineer license"),
    ],
)
def test_a_certificate_named_by_the_title_a_licence_gives_meets_the_postings_licence(
    certificate: str, asked: str, licence: str
) -> None:
    cv = make_cv({"Dunmore Mechanical": ["Kept the shop's tool crib.", "Ran the safety committee."]})
    posting = Posting("p", f"Lead Tradesperson\n\nRequirements:\n- {asked}\n- Ten years in the trade\n")
    held = make_cv(
        {"Dunmore Mechanical": ["Kept the shop's tool crib.", "Ran the safety committee."]},
        certificates=[{"name": certificate}],
    )
    ranking = rank(held, posting)
    found = {k.keyword.term: (k.status, k.where) for k in coverage(ranking, select(held, ranking)).keywords}
    assert found[licence] == ("selected", ("certificate:1",))
    # Without the certificate, nothing else in the CV says the licence.
    ranking = rank(cv, posting)
    assert {k.keyword.term: k.status for k in coverage(ranking, select(cv, ranking)).keywords}[licence] == "absent"


@pytest.mark.parametrize(
    ("certificate", "role"),
    [
        ("Journeyman Electrician Exam Prep Course", "Electrician"),  # a course for the licence, no licence
        ("Registered Apprentice Electrician #A-2231", "Electrician"),  # an apprentice holds no electrician licence
        ("OSHA 10", "Journeyman Electrician"),  # a job title says the job held, not the licence
    ],
)
def test_a_licence_s_title_not_as_a_certificate_s_whole_name_is_no_licence(certificate: str, role: str) -> None:
    cv = make_cv({"Dunmore Electric": ["Wired tenant build-outs."]}, certificates=[{"name": certificate}])
    cv = cv.model_copy(update={"experience": [cv.experience[0].model_copy(update={"role": role})]})
    posting = Posting("p", "Lead Electrician\n\nRequirements:\n- Journeyman Electrician license\n- Conduit bending\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: k.status for k in coverage(ranking, select(cv, ranking)).keywords}
    assert found["journeyman electrician license"] == "absent"


def test_a_summary_that_says_its_writer_is_a_registered_pe_meets_a_postings_pe_license() -> None:
    cv = make_cv(
        {"Hollis & Pine": ["Designed culverts for county roads.", "Kept the project files."]},
        summary="Civil engineer; registered PE in Ohio and Kentucky.",
    )
    posting = Posting("p", "Drainage Engineer\n\nRequirements:\n- Licensed Professional Engineer in Ohio\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: (k.status, k.where) for k in coverage(ranking, select(cv, ranking), {"summary"}).keywords}
    assert found["PE license"][0] == "selected"


def test_a_certificate_named_by_an_acronym_that_is_also_a_word_is_that_credential() -> None:
    # "PALS" is also the word "pals": on a certificate, written in capitals, it is the life-support course.
    cv = make_cv(
        {"County EMS": ["Ran the station's fundraiser.", "Kept the rig stocked."]},
        certificates=[{"name": "PALS – American Heart Association"}, {"name": "Pen pals club organiser"}],
    )
    posting = Posting("p", "Paramedic\n\nRequirements:\n- Current ACLS and PALS certifications\n")
    found = {
        k.keyword.term: (k.status, k.where) for k in coverage(rank(cv, posting), select(cv, rank(cv, posting))).keywords
    }
    assert found["PALS"] == ("selected", ("certificate:1",))


def test_an_acronym_of_two_meanings_written_in_capitals_with_a_plural_s_is_said() -> None:
    # "SCAR" is also a wound's mark. "Issued 40 SCARs" writes the supplier request in the plural, as acronyms are
    # ("KPIs", "PLCs"); "treated scars" and "Scars healed" are the wound's.
    cv = make_cv(
        {
            "Kestrel Components": ["Issued and closed 40 SCARs with tier-2 suppliers.", "Ran the plant's blood drive."],
            "Mercy Clinic": ["Treated burn scars with pressure garments.", "Scars healed without grafting."],
        }
    )
    posting = Posting("p", "Supplier Quality Engineer\n\nRequirements:\n- Experience with SCARs, 8D and FMEA\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: (k.status, k.where) for k in coverage(ranking, select(cv, ranking)).keywords}
    assert found["supplier corrective action request"] == ("selected", ("job0-b0",))


def test_a_speech_therapists_certificate_and_swallowing_work_meet_a_postings_required_credentials() -> None:
    cv = make_cv(
        {"Harbor Clinic": ["Treated children with feeding and swallowing disorders.", "Ran the staff book club."]},
        certificates=[{"name": "Certificate of Clinical Competence (CCC-SLP)", "issuer": "ASHA"}],
        education=[{"degree": "M.S., Speech-Language Pathology", "institution": "Lakeside University"}],
    )
    posting = Posting(
        "p",
        "Speech-Language Pathologist\n\nRequired:\n- Master's degree in Speech-Language Pathology\n"
        "- ASHA Certificate of Clinical Competence (CCC-SLP)\n- Experience treating dysphagia\n",
    )
    found = {k.keyword.term: (k.status, k.keyword.required, k.where) for k in keyword_coverage(cv, posting).values()}
    assert found["CCC-SLP"] == ("selected", True, ("certificate:1",))
    assert found["speech-language pathology"] == ("selected", True, ("education:1",))
    assert found["dysphagia"] == ("selected", True, ("job0-b0",))


def test_a_postings_required_slp_license_is_met_by_the_licence_the_cv_names_in_full() -> None:
    cv = make_cv(
        {"Harbor Clinic": ["Treated children with feeding and swallowing disorders."]},
        certificates=[{"name": "Speech-Language Pathologist License #SP 1234", "issuer": "State Board"}],
    )
    posting = Posting("p", "Speech Therapist\n\nRequirements:\n- Active state SLP license\n- Dysphagia experience\n")
    found = {k.keyword.term: (k.status, k.keyword.required, k.where) for k in keyword_coverage(cv, posting).values()}
    assert found["SLP license"] == ("selected", True, ("certificate:1",))


def test_a_nurses_precepting_degree_and_central_line_audit_are_evidence_in_nursing_words() -> None:
    cv = make_cv(
        {
            "St Mary's": [
                "Precepted eight newly qualified nurses.",
                "Cut central line infections by auditing dressing changes.",
                "Organised the charity bake sale.",
            ]
        },
        education=[{"degree": "BSc Nursing", "institution": "University of Leeds"}],
    )
    posting = Posting("p", "Nurse Educator\n\nRequirements:\n- Mentor new nurses\n- CLABSI prevention\n- BSN\n")
    assert evidence(cv, posting) == {
        "mentoring": ("selected", ("job0-b0",)),
        "CLABSI": ("selected", ("job0-b1",)),
        "BSN": ("selected", ("education:1",)),  # the degree, printed on every résumé
    }


def test_an_account_executives_demos_and_forecasts_are_evidence_in_sales_words() -> None:
    cv = make_cv(
        {
            "StayFlow": [
                "Ran discovery calls and product demonstrations for hotel managers.",
                "Kept sales forecasts up to date in the CRM.",
                "Organised the football league.",
            ]
        }
    )
    posting = Posting(
        "p", "Account Executive\n\nRequirements:\n- Product demos and discovery calls\n- Sales forecasting\n"
    )
    assert evidence(cv, posting) == {
        "discovery calls": ("selected", ("job0-b0",)),
        "product demos": ("selected", ("job0-b0",)),
        "sales forecasting": ("selected", ("job0-b1",)),
    }


def test_a_lab_scientists_tools_and_systems_are_keywords_met_by_their_kind_or_absent() -> None:
    cv = make_cv(
        {
            "Marlow Biosciences": [
                "Recorded every experiment in Benchling and analysed plates in GraphPad.",
                "Ran SDS-PAGE gels to check protein purity.",
                "Organised the lab's holiday party.",
            ]
        }
    )
    posting = Posting(
        "p",
        "QC Analyst\n\nRequirements:\n- Experience with an electronic lab notebook\n- GraphPad Prism\n"
        "- SDS-PAGE\n- Experience with LIMS\n- ALCOA+ data integrity principles\n- IACUC protocols\n"
        "- Aseptic technique\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.where, k.met_by) for term, k in found.items()} == {
        "electronic lab notebook": ("absent", (), "Benchling"),  # met by one of its kind
        "GraphPad Prism": ("selected", ("job0-b0",), ""),
        "SDS-PAGE": ("selected", ("job0-b1",), ""),
        "LIMS": ("absent", (), ""),
        "data integrity": ("absent", (), ""),
        "IACUC": ("absent", (), ""),
        "aseptic technique": ("absent", (), ""),
    }


def test_one_of_a_kind_s_own_instances_meets_a_posting_asking_for_the_kind() -> None:
    # Epic Willow is one of Epic, and Epic is an EHR: a CV that names the pharmacy module has used an EHR.
    cv = make_cv({"Harrow General Hospital": ["Built order sets and dose alerts in Epic Willow."]})
    posting = Posting("p", "Pharmacy Analyst\n\nRequirements:\n- Experience building content in an EHR\n")
    found = keyword_coverage(cv, posting)
    assert (found["EHR"].status, found["EHR"].met_by) == ("absent", "Epic Willow")


def test_a_service_a_platform_names_after_itself_meets_a_posting_asking_for_the_platform() -> None:
    # A web developer's pipelines ran in GitHub Actions and GitLab CI, her functions in AWS Lambda: she has used
    # GitHub, GitLab and AWS, which a posting lists as platforms.
    cv = make_cv(
        {
            "Fernleaf Studio": [
                "Deployed the shop's Next.js site from GitHub Actions and its image resizer on AWS Lambda.",
                "Moved client builds to GitLab CI.",
            ]
        }
    )
    posting = Posting("p", "Frontend Developer\n\nRequirements:\n- Experience with GitHub, GitLab and AWS\n")
    found = keyword_coverage(cv, posting)
    assert {name: found[name].met_by for name in ("GitHub", "GitLab", "AWS")} == {
        "GitHub": "GitHub Actions",
        "GitLab": "GitLab CI",
        "AWS": "AWS Lambda",
    }


def test_a_customer_success_platform_is_a_kind_its_tools_meet_and_never_the_field_it_names() -> None:
    # "Gainsight, Totango or a similar customer success platform": the platform is the choice's third tool, met by
    # another one the CV names; its first two words do not ask for customer success beside the tools.
    cv = make_cv(
        {
            "Orchard Ledger": [
                "Kept account health scores in Planhat for 80 mid-market customers.",
                "Ran renewal calls with finance leads each quarter.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Customer Success Manager\n\nRequirements:\n- Experience with Gainsight, Totango or a similar customer "
        "success platform\n- Comfortable running renewal calls with finance leads\n",
    )
    found = keyword_coverage(cv, posting)
    platform = found["customer success platforms"]
    # met by the bullet that names Planhat, one of them, which the résumé keeps (the kind lends its weight to it)
    assert (platform.met, platform.met_by, platform.keyword.alternatives) == (True, "Planhat", ("Gainsight", "Totango"))
    assert found["Totango"].keyword.alternatives == ("Gainsight", "customer success platforms")
    assert "customer success" not in found


def test_nps_is_the_net_promoter_score_in_a_posting_and_in_a_cv_as_csat_is_its_satisfaction_score() -> None:
    cv = make_cv(
        {
            "Kestrel Billing": [
                "Raised NPS from 31 to 48 by calling every detractor within a week.",
                "Cut average handle time by a fifth with new macros.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Customer Experience Lead\n\nRequirements:\n- Own our NPS and CSAT programs after onboarding\n"
        "- Experience with Intercom\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["Net Promoter Score"].keyword.said, found["Net Promoter Score"].where) == ("NPS", ("job0-b0",))
    assert found["CSAT"].status == "absent"


def test_help_center_articles_are_a_knowledge_base_s_and_a_help_center_alone_is_not() -> None:
    cv = make_cv(
        {
            "Pinecrest Scheduling": [
                "Wrote a knowledge base of 140 articles that halved password-reset tickets.",
                "Staffed the campus help center on weekends.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Support Content Specialist\n\nRequirements:\n- Write help center articles that reduce support tickets\n"
        "- Experience with Zendesk\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["knowledge base"].keyword.said, found["knowledge base"].where) == (
        "help center articles",
        ("job0-b0",),  # the help center the second bullet staffed wrote none
    )


def test_a_department_a_bullet_names_in_capitals_as_whom_it_worked_with_is_no_evidence_of_its_field() -> None:
    # "Collaborated with Account Management and Finance" did no account management; "Partnered with Product
    # Management" no product management. A bullet that says the work as its own shows it.
    cv = make_cv(
        {
            "Tidewater Freight Software": [
                "Collaborated with Account Management and Finance on renewal escalations.",
                "Partnered with Product Management on the quarterly roadmap review.",
                "Cut ticket backlog by 40% with new triage rules.",
            ],
            "Harbor Lane Telecom": ["Led product management for the billing portal's self-service features."],
        }
    )
    posting = Posting(
        "p",
        "Customer Success Manager\n\nRequirements:\n- 3+ years of account management in B2B software\n"
        "- Product management exposure is a plus\n- Ticket triage experience\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["account management"].status == "absent"
    assert found["product management"].where == ("job1-b0",)


def test_a_licensed_master_electrician_holds_the_master_licence_and_meets_a_journeymans() -> None:
    # A tradesperson states the licence as the title it gives, and a master was a journeyman first.
    cv = make_cv(
        {"Great Lakes Electric": ["Troubleshot motor controls and VFDs on packaging lines."]},
        headline="Licensed Master Electrician",
    )
    posting = Posting(
        "p",
        "Maintenance Electrician\n\nRequirements:\n- Journeyman electrician license\n"
        "- Master electrician license preferred\n- Experience with RSLogix\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["master electrician license"].status, found["master electrician license"].where) == (
        "selected",
        ("headline",),
    )
    assert found["journeyman electrician license"].met_by == "master electrician license"


def test_a_solar_installers_credentials_and_work_are_keywords_and_a_warehouses_racking_is_not() -> None:
    cv = make_cv(
        {"SunCrest Solar": ["Led 120 residential PV installations with microinverters and battery storage."]},
        certificates=[{"name": "NABCEP PV Installation Professional"}],
    )
    posting = Posting(
        "p",
        "Solar Installer\n\nRequirements:\n- NABCEP certification\n- 2+ years of PV installation\n"
        "- String inverters and BESS experience\n- Pallet racking and storage systems a plus\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["NABCEP certification"].met_by == "NABCEP PV Installation Professional"
    assert {found[k].status for k in ("solar PV installation", "solar inverters", "battery energy storage")} == {
        "selected"
    }
    assert "PV racking" not in found


def test_a_veterinary_technicians_radiographs_blood_draws_and_lab_animal_credentials_are_keywords() -> None:
    cv = make_cv(
        {"Lakeside Animal Hospital": ["Took digital radiographs and drew blood for in-house labs."]},
        skills=["Digital radiography", "Phlebotomy", "ALAT"],
    )
    posting = Posting(
        "p",
        "Laboratory Animal Technician\n\nRequirements:\n- Take diagnostic radiographs\n"
        "- Blood collection from rodents\n- AALAS certification\n- Daily husbandry of rodent colonies\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status == "absent", k.met_by) for term, k in found.items()} == {
        "radiography": (False, ""),
        "phlebotomy": (False, ""),
        "AALAS certification": (True, "ALAT"),
        "animal husbandry": (True, ""),
    }


def test_dax_is_a_keyword_a_power_bi_analyst_shows() -> None:
    cv = make_cv({"Harbor Bank": ["Wrote DAX measures for the Power BI sales model."]})
    posting = Posting("p", "BI Analyst\n\nRequirements:\n- Power BI and DAX\n")
    found = keyword_coverage(cv, posting)
    assert (found["DAX"].status, found["Power BI"].status) == ("selected", "selected")


def test_a_counselors_state_certificate_and_financial_aid_forms_meet_a_college_counseling_posting() -> None:
    cv = make_cv(
        {"Mesa Ridge High School": ["Led FAFSA nights with the College Scholarship Service Profile for 300 seniors."]},
        certificates=[{"name": "Oregon School Counseling License, PreK–12"}],
    )
    posting = Posting(
        "p",
        "College and Career Counselor\n\nRequirements:\n- Valid state School Counselor Certificate\n"
        "- Lead FAFSA and CSS Profile completion events\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["school counselor license"].status == "selected"
    assert (found["FAFSA"].status, found["CSS Profile"].status) == ("selected", "selected")
    # The form is no style sheet: a web developer's CSS shows none of it, and the posting asks for no CSS.
    assert "CSS" not in found
    web = make_cv({"Studio": ["Wrote responsive CSS for 30 storefronts."]})
    assert keyword_coverage(web, posting)["CSS Profile"].status == "absent"
    # The shared college application among the tools of college counseling; common application flaws are none.
    tools = Posting("p", "Counselor\n\nRequirements:\n- Naviance, the Common Application and FAFSA\n")
    assert "Common App" in keyword_coverage(cv, tools)
    security = Posting("p", "AppSec Engineer\n\nRequirements:\n- Know common application security flaws\n")
    assert "Common App" not in keyword_coverage(web, security)


def test_an_advisors_degree_audits_and_student_systems_are_read_as_college_advising_not_auditing() -> None:
    cv = make_cv(
        {"Desert Sky College": ["Ran degree audits in DARS for 400 transfer students each term.", "Advised students."]},
        skills=["PeopleSoft Campus Solutions", "Starfish"],
    )
    posting = Posting(
        "p",
        "Academic Advisor\n\nDuties:\n- Enter advising notes and degree audits in Ellucian Banner and Starfish\n\n"
        "Requirements:\n- Academic advising experience\n- Experience with a student information system\n",
    )
    found = keyword_coverage(cv, posting)
    assert "auditing" not in found  # a degree's audit checks a student's plan, no accounts
    assert (found["degree audit"].status, found["Starfish"].status) == ("selected", "selected")
    assert found["student information system"].met_by == "PeopleSoft Campus Solutions"
    assert found["Ellucian Banner"].status == "absent"
    # A starfish or a slate in everyday words is neither system.
    marine = Posting("p", "Aquarist\n\nDuties:\n- Feed the starfish and clean the slate tanks\n")
    assert not {"Starfish", "Slate"} & set(keyword_coverage(cv, marine))


def test_a_teachers_canvas_and_educator_license_meet_a_postings_lms_and_teaching_license() -> None:
    cv = make_cv(
        {"Westerville Middle School": ["Built 40 course shells in Canvas for grade 8 science."]},
        skills=["Canvas", "Google Classroom"],
        certificates=[{"name": "Ohio Professional Educator License, Integrated Science (Grades 4–9)"}],
    )
    posting = Posting(
        "p",
        "Science Curriculum Specialist\n\nRequirements:\n- Valid state teaching license\n"
        "- Experience with a learning management system\n- Canvas LMS a plus\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["teaching license"].status == "selected"
    assert found["Canvas LMS"].status == "selected"
    assert found["LMS"].met_by in ("Canvas LMS", "Google Classroom")
    # A painter's canvas is no learning management system.
    painter = make_cv({"Studio": ["Exhibited six oils on canvas."]})
    assert keyword_coverage(painter, posting)["Canvas LMS"].status == "absent"


def test_a_librarians_degree_standards_and_systems_are_keywords_met_by_the_degree_or_their_kind() -> None:
    cv = make_cv(
        {
            "Oakridge College Library": [
                "Put 12,000 photographs online in DSpace with Dublin Core records.",
                "Catalogued gifts with Library of Congress Subject Headings.",
                "Ran the staff book club.",
            ]
        },
        education=[{"degree": "Master of Library and Information Science", "institution": "Oakridge University"}],
    )
    posting = Posting(
        "p",
        "Digital Librarian\n\nRequirements:\n- MLIS from an ALA-accredited program\n"
        "- Experience with a digital repository and Dublin Core\n- Working knowledge of LCSH and LC Classification\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "MLIS": ("selected", ""),  # the degree, written out
        "digital repository": ("absent", "DSpace"),  # met by one of its kind
        "Dublin Core": ("selected", ""),
        "LCSH": ("selected", ""),
        "LC Classification": ("absent", ""),
    }


def test_a_collections_managers_records_care_and_systems_are_keywords_met_by_their_kind() -> None:
    cv = make_cv(
        {
            "Harbor Town Museum": [
                "Accessioned 900 gifts and deaccessioned duplicates after a spot-check inventory.",
                "Wrote condition reports for outgoing loans and moved 4,000 records into PastPerfect.",
                "Ran the staff picnic.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Registrar\n\nRequirements:\n- Experience with accessioning and deaccessions\n"
        "- Condition reporting for loans\n- A collections management database (Past Perfect) and eMuseum\n"
        "- Preventative conservation and artifact handling\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "accessioning": ("selected", ""),  # "Accessioned", as the lemma has it
        "deaccessioning": ("selected", ""),  # "deaccessions" and "deaccessioned" are one skill
        "condition reports": ("selected", ""),
        "collections management system": ("absent", "PastPerfect"),  # met by one of its kind
        "PastPerfect": ("selected", ""),  # written as two words in the posting
        "eMuseum": ("absent", ""),
        "preventive conservation": ("absent", ""),  # the British spelling
        "object handling": ("absent", ""),
    }


def test_a_pharmacy_technicians_credentials_and_systems_are_keywords_met_by_their_kind() -> None:
    cv = make_cv(
        {
            "Harbor General Hospital": [
                "Restocked Omnicell cabinets on six units and kept the IV room clean.",
                "Built Epic Willow medication records and fixed barcode medication administration scan errors.",
                "Ran the pharmacy's potluck.",
            ]
        },
        certificates=[{"name": "Compounded Sterile Preparation Technician (CSPT)"}],
    )
    posting = Posting(
        "p",
        "Pharmacy Technician\n\nRequirements:\n- PTCB or ExCPT certification\n"
        "- Experience with automated dispensing cabinets\n- Experience with Epic and bar-code medication "
        "administration\n- CSPT preferred\n",
    )
    nursing = Posting("p", "Staff Nurse\n\nRequirements:\n- Experience in medication administration\n")
    # Scanning each dose is how it is given: a bar-code scanner's CV still says medication administration.
    assert keyword_coverage(cv, nursing)["medication administration"].status == "selected"
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "CPhT": ("absent", ""),  # the NHA's ExCPT confers the CPhT title as the PTCB's does
        "automated dispensing cabinets": ("absent", "Omnicell"),  # met by one of its kind
        "Epic": ("absent", "Epic Willow"),  # Epic's pharmacy module is Epic
        "barcode medication administration": ("selected", ""),
        "CSPT": ("selected", ""),  # the credential, written out
    }
    assert found["automated dispensing cabinets"].met_how == "met by Omnicell"


def test_an_interior_designers_tools_documents_and_credentials_are_keywords_met_by_their_kind() -> None:
    cv = make_cv(
        {
            "Rowan Studio": [
                "Drew construction document sets and space plans for a clinic fit-out in Vectorworks.",
                "Specified furniture, fixtures and equipment for a 60-room inn and walked its punchlist.",
                "Built SketchUp models and mood boards for client reviews.",
                "Ran the studio's book club.",
            ]
        },
        certificates=[{"name": "NCIDQ Certificate"}, {"name": "LEED Green Associate"}],
    )
    posting = Posting(
        "p",
        "Interior Designer\n\nRequirements:\n- Space planning and construction documentation in CAD\n"
        "- FF&E specifications and punch lists\n- 3D modeling and moodboards for presentations\n"
        "- NCIDQ certification\n- LEED or WELL credential\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items() if k.keyword.kind == "skill"} == {
        "space planning": ("selected", ""),  # "space plans"
        "construction documents": ("selected", ""),  # "construction documentation"
        "CAD": ("absent", "Vectorworks"),  # a CAD program
        "FF&E": ("selected", ""),  # written out
        "punch list": ("selected", ""),
        "3D modeling": ("absent", "SketchUp"),  # a 3D modeling program
        "mood boards": ("selected", ""),
        "public speaking": ("absent", ""),  # "presentations"
        "NCIDQ": ("selected", ""),  # the certificate
        "LEED": ("absent", "LEED Green Associate"),  # a LEED credential
    }


def test_a_degree_from_an_accredited_interior_design_program_is_met_by_the_degrees_detail() -> None:
    cv = make_cv(
        {"Rowan Studio": ["Drew space plans for a clinic."]},
        education=[
            {"degree": "BFA Interior Design", "institution": "Harbour School of Art", "details": ["CIDA-accredited"]}
        ],
    )
    posting = Posting(
        "p",
        "Interior Designer\n\nRequirements:\n- A degree from a Council for Interior Design Accreditation (CIDA) "
        "accredited program\n",
    )
    found = keyword_coverage(cv, posting)["CIDA"]
    assert found.keyword.said == "Council for Interior Design Accreditation"
    assert found.status != "absent"


def test_accessible_design_and_life_safety_codes_are_keywords_but_ada_alone_and_building_code_are_not() -> None:
    posting = Posting(
        "p",
        "Interior Designer\n\nRequirements:\n- Knowledge of the Americans with Disabilities Act (ADA) and life "
        "safety codes\n- Reflected ceiling plans and finish plans\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {
        "ADA compliance": "Americans with Disabilities Act",  # in the posting's own words
        "life safety codes": "life safety codes",
        "reflected ceiling plans": "reflected ceiling plans",
    }
    # An HR posting's "FMLA, ADA" names the act beside the other laws HR applies, its accommodations at work (the
    # entry's other half); a developer builds code, no building code.
    other = Posting(
        "p",
        "HR Generalist\n\nRequirements:\n- Knowledge of FMLA, ADA and FLSA\n- Experience building code in Python\n",
    )
    found = {k.term for k in keywords(analyse_posting(other)) if k.kind == "skill"}
    assert found == {"ADA compliance", "FMLA", "FLSA", "Python"}


def test_a_requirement_of_alternatives_is_met_by_one_of_the_kind_of_either() -> None:
    # "CRM or an ATS": the résumé shows Greenhouse, an applicant tracking system, and no CRM.
    posting = Posting(
        "p", "Sourcing Lead\n\nRequirements:\n- Experience with a CRM or applicant tracking systems\n- Sourcing\n"
    )
    cv = make_cv({"Cobalt Software": ["Sourced 40 engineers, each tracked in Greenhouse."]})
    ranking = rank(cv, posting)
    cov = coverage(ranking, select(cv, ranking))
    requirement = next(
        k for k in cov.required if "applicant tracking systems" in (k.keyword.term, *k.keyword.alternatives)
    )
    assert requirement.keyword.term == "applicant tracking systems" and requirement.met_by == "Greenhouse"
    assert requirement.met


def test_a_supply_planners_planning_system_meets_a_posting_asking_for_advanced_planning_systems() -> None:
    posting = Posting("p", "Supply Planner\n\nRequirements:\n- Experience with advanced planning tools\n- S&OP\n")
    cv = make_cv({"Crestview Packaging": ["Ran monthly S&OP in Kinaxis RapidResponse for 4 plants."]})
    found = keyword_coverage(cv, posting)
    assert found["advanced planning systems"].status == "absent"
    assert found["advanced planning systems"].met_by == "Kinaxis"
    # A gala's "advanced planning" is no software.
    gala = Posting("p", "Event Manager\n\nRequirements:\n- Advanced planning for the annual gala\n")
    assert "advanced planning systems" not in keyword_coverage(cv, gala)


def test_a_requirement_met_by_its_alternative_says_either_will_do_not_that_one_is_the_other() -> None:
    cv = make_cv({"Riverbend Clinic": ["Counselled adults on diabetes as a registered dietitian (RDN)."]})
    posting = Posting("p", "Diabetes Educator\n\nRequirements:\n- RDN or RN licence\n- Diabetes education\n")
    nurse = keyword_coverage(cv, posting)["RN"]
    assert (nurse.status, nurse.met, nurse.met_by_alternative) == ("absent", True, True)
    assert nurse.met_how == "either will do; you show RDN"
    # One of three or more is no "either".
    three = Posting("p", "Diabetes Educator\n\nRequirements:\n- RDN, RN or CDCES\n- Diabetes education\n")
    assert keyword_coverage(cv, three)["RN"].met_how == "any one will do; you show RDN"


def test_a_class_a_cdl_meets_a_class_b_posting_but_a_class_b_cdl_is_no_class_a_licence() -> None:
    class_a = make_cv({"Larch Freight": ["Drove tractor-trailers on a Class A CDL.", "Ran the bowling team."]})
    class_b = make_cv({"Larch Freight": ["Drove box trucks on a CDL-B.", "Ran the bowling team."]})
    wants_a = Posting("p", "Regional Driver\n\nRequirements:\n- Valid CDL-A\n")
    wants_b = Posting("p", "Local Driver\n\nRequirements:\n- Class B commercial driver's license\n")
    wants_any = Posting("p", "Dispatcher\n\nRequirements:\n- CDL driving experience\n")
    found = {term: (k.status, k.met_by) for term, k in keyword_coverage(class_b, wants_a).items()}
    assert found == {"Class A CDL": ("absent", "")}  # a Class B licence allows no tractor-trailer
    found = {term: (k.status, k.met_by) for term, k in keyword_coverage(class_a, wants_b).items()}
    assert found == {"Class B CDL": ("absent", "Class A CDL")}  # met by the licence that allows it
    # Either licence is a CDL: said in so many words, or met by its kind.
    assert keyword_coverage(class_a, wants_any)["CDL"].status == "selected"
    assert keyword_coverage(class_b, wants_any)["CDL"].status == "selected"  # "CDL-B" says CDL
    written_out = make_cv({"Larch Freight": ["Drove box trucks on a Class B commercial driver's license."]})
    assert keyword_coverage(written_out, wants_any)["CDL"].met_by == "Class B CDL"


def test_one_gis_product_is_no_evidence_of_another_but_each_meets_a_posting_asking_for_gis() -> None:
    open_source = make_cv({"Fenwick County": ["Digitised parcel boundaries in QGIS.", "Ran the chili cook-off."]})
    esri = make_cv({"Fenwick County": ["Digitised parcel boundaries in ArcGIS Pro.", "Ran the chili cook-off."]})
    wants_arcgis = Posting("p", "GIS Technician\n\nRequirements:\n- Experience with ArcGIS\n")
    wants_gis = Posting("p", "Planning Technician\n\nRequirements:\n- GIS experience\n")
    found = {term: (k.status, k.met_by) for term, k in keyword_coverage(open_source, wants_arcgis).items()}
    assert found == {"ArcGIS": ("absent", "")}  # QGIS is not Esri's ArcGIS
    assert keyword_coverage(esri, wants_arcgis)["ArcGIS"].status == "selected"  # ArcGIS Pro is ArcGIS
    assert keyword_coverage(open_source, wants_gis)["GIS"].met_by == "QGIS"
    assert keyword_coverage(esri, wants_gis)["GIS"].met_by.startswith("ArcGIS")


def test_gxp_is_met_by_good_manufacturing_practice_and_documentation_practice_is_its_own_keyword() -> None:
    cv = make_cv({"Corbel Labs": ["Released batches under cGMP.", "Ran the book club."]})
    posting = Posting(
        "p", "QC Associate\n\nRequirements:\n- Experience in a GxP environment\n- Good Documentation Practices\n"
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "GxP": ("absent", "GMP"),
        "Good Documentation Practice": ("absent", ""),
    }
    economics = Posting("p", "Economist\n\nRequirements:\n- Forecast GDP growth\n")
    assert "Good Documentation Practice" not in keyword_coverage(cv, economics)


def test_a_clinical_labs_regulation_and_certifying_body_are_keywords() -> None:
    cv = make_cv({"Harrow Diagnostics": ["Ran RT-PCR panels in a CLIA-certified lab.", "Ran the book club."]})
    posting = Posting(
        "p",
        "Lab Technician\n\nRequirements:\n- Experience in a CLIA-certified laboratory\n- MLS (ASCP) certification\n",
    )
    assert evidence(cv, posting) == {
        "CLIA": ("selected", ("job0-b0",)),
        "medical laboratory scientist": ("absent", ()),  # the MLS (ASCP) certification, its body's name in it
    }


def test_an_aircraft_mechanics_certificates_regulations_and_manuals_are_keywords_met_by_their_long_names() -> None:
    cv = make_cv(
        {
            "Harbor Air": [
                "Holds the Airframe and Powerplant certificate; signed off required inspection items.",
                "Cleared minimum equipment list deferrals under FAR Part 121 using the Aircraft Maintenance Manual.",
                "Ran the book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Aircraft Technician\n\nRequirements:\n- FAA A&P certificate\n- RII and MEL experience\n"
        "- Part 121 line maintenance, working from the AMM\n- FCC GROL\n",
    )
    found = evidence(cv, posting)
    assert {k: found[k] for k in ("A&P certificate", "RII", "MEL", "Part 121", "Aircraft Maintenance Manual")} == {
        "A&P certificate": ("selected", ("job0-b0",)),
        "RII": ("selected", ("job0-b0",)),
        "MEL": ("selected", ("job0-b1",)),
        "Part 121": ("selected", ("job0-b1",)),
        "Aircraft Maintenance Manual": ("selected", ("job0-b1",)),
    }
    assert found["FCC GROL"] == ("absent", ())


def test_an_aircraft_mechanics_inspections_records_forms_and_tracking_software_are_keywords() -> None:
    # The spaced "A & P" many postings write is the certificate; the 100-hour inspection, approval for return to
    # service, weight and balance, the FAA's forms and the tracking software are each named in a mechanic's own
    # words, which a posting's spelling meets.
    cv = make_cv(
        {
            "Harbor Air": [
                "Completed 100 hour inspections and approved each aircraft for return to service under Part 43.",
                "Filed FAA 337 forms, checked 8130-3 tags and computed weight & balance after each alteration.",
                "Tracked inspections in CAMP; ran eddy current and dye penetrant non-destructive inspection.",
                "Fabricated sheet-metal doublers for corrosion repairs.",
                "Ran the book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Aircraft Mechanic\n\nRequirements:\n- A & P license\n- 100-hour inspections and return-to-service sign-offs\n"
        "- FAA Form 337 and Form 8130-3 experience; weight and balance\n- CAMP or Traxxall\n"
        "- NDT and sheet metal repair\n",
    )
    found = evidence(cv, posting)
    assert found["A&P certificate"] == ("absent", ())
    assert {
        k: found[k][0] for k in ("100-hour inspection", "return to service", "FAA Form 337", "FAA Form 8130-3")
    } == {
        "100-hour inspection": "selected",
        "return to service": "selected",
        "FAA Form 337": "selected",
        "FAA Form 8130-3": "selected",
    }
    assert {k: found[k][0] for k in ("weight and balance", "CAMP", "nondestructive testing", "sheet metal")} == {
        "weight and balance": "selected",
        "CAMP": "selected",
        "nondestructive testing": "selected",
        "sheet metal": "selected",
    }
    assert found["Traxxall"] == ("absent", ())


def test_letters_a_posting_spells_out_as_a_name_of_its_own_are_no_skill_of_the_same_letters() -> None:
    # The name skips a word of its letters, as a name in capitals may ("Gulf Coast Pipeline Safety", GPS).
    posting = Posting("p", "Pipeline Welder\n\nRequirements:\n- Hold a Gulf Coast Pipeline Safety (GPS) card\n")
    assert "GPS" not in {k.term for k in keywords(analyse_posting(posting))}
    # An office's letters and its part's in one bracket: each group stands for its own words.
    office = Posting(
        "p",
        "Industrial Engineer\n\nRequirements:\n- Support the Program Executive Office Ground Combat Systems (PEO GCS)",
    )
    assert "GCS" not in {k.term for k in keywords(analyse_posting(office))}


def test_letters_the_posting_spells_out_for_a_skill_are_that_skill_in_the_cv() -> None:
    # "AD" is left out of the airworthiness directives' names (Active Directory); a posting that writes
    # "Airworthiness Directives (ADs)" says what its letters mean, and a CV's "AD compliance" says them.
    cv = make_cv({"Harbor Air": ["Closed AD and SB compliance packages on the fleet.", "Ran the book club."]})
    spelled = Posting(
        "p", "Aircraft Mechanic\n\nRequirements:\n- Research Airworthiness Directives (ADs) and their compliance\n"
    )
    assert evidence(cv, spelled)["airworthiness directives"] == ("selected", ("job0-b0",))
    unspelled = Posting(
        "p", "Aircraft Mechanic\n\nRequirements:\n- Research airworthiness directives and their compliance\n"
    )
    assert evidence(cv, unspelled)["airworthiness directives"] == ("absent", ())
    # A CV that spells its letters out as other words means those.
    admin = make_cv(
        {"Harbor IT": ["Administered Active Directory (AD) for 400 users; scripted AD cleanups.", "Ran the book club."]}
    )
    assert evidence(admin, spelled)["airworthiness directives"] == ("absent", ())


def test_a_cvs_letters_say_the_words_of_a_trade_the_posting_spells_them_out_with() -> None:
    # The lexicon leaves out "RTU" (SCADA's remote terminal unit); a posting that writes "packaged rooftop units
    # (RTUs)" says what its letters mean, roof and top each giving one, and a technician's "RTUs" says them.
    cv = make_cv({"Coldline Mechanical": ["Troubleshoot RTUs up to 25 tons on retail accounts.", "Ran the shop."]})
    posting = Posting(
        "p", "HVAC Technician\n\nRequirements:\n- Repair gas furnaces and packaged rooftop units (RTUs)\n"
    )
    assert evidence(cv, posting)["rooftop units"] == ("selected", ("job0-b0",))


def test_a_summer_camp_is_no_maintenance_tracking_software() -> None:
    cv = make_cv({"Harbor Air": ["Ran a summer camp for forty kids.", "Ran the book club."]})
    posting = Posting("p", "Aircraft Mechanic\n\nRequirements:\n- Experience with CAMP maintenance tracking\n")
    assert evidence(cv, posting)["CAMP"] == ("absent", ())


def test_a_pilots_certificates_regulations_and_safety_programs_are_keywords_met_by_their_long_names() -> None:
    cv = make_cv(
        {
            "Harbor Air": [
                "Holds the Airline Transport Pilot certificate and an FAA First Class Medical.",
                "Flew charters under 14 CFR Part 135; reviewed flight operational quality assurance data.",
                "Ran the book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Charter Captain\n\nRequirements:\n- ATP certificate\n- First-class medical\n- Part 135 experience\n"
        "- FOQA participation\n- Part 91 experience\n",
    )
    found = evidence(cv, posting)
    assert {k: found[k] for k in ("ATP certificate", "first-class medical", "Part 135", "FOQA", "Part 91")} == {
        "ATP certificate": ("selected", ("job0-b0",)),
        "first-class medical": ("selected", ("job0-b0",)),
        "Part 135": ("selected", ("job0-b1",)),
        "FOQA": ("selected", ("job0-b1",)),
        "Part 91": ("absent", ()),
    }


def test_a_flight_attendants_certificate_and_cabin_work_are_keywords_met_in_the_words_the_trade_uses() -> None:
    cv = make_cv(
        {
            "Harbor Air": [
                "Earned the FAA Certificate of Demonstrated Proficiency; drilled emergency procedures each year.",
                "Calmed unruly passengers and ran inflight sales on night routes.",
                "Ran food & beverage service for 150 travelers under the Air Carrier Access Act.",
                "Ran the book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Cabin Crew Member\n\nRequirements:\n- Flight attendant certification\n- Knowledge of emergency procedures\n"
        "- Handle disruptive passengers\n- Onboard sales\n- Food and beverage service\n- ACAA knowledge\n"
        "- Emergency evacuation training\n",
    )
    found = evidence(cv, posting)
    names = (
        "Certificate of Demonstrated Proficiency",
        "emergency procedures",
        "disruptive passengers",
        "onboard sales",
        "food and beverage service",
        "Air Carrier Access Act",
        "emergency evacuation",
    )
    assert {k: found[k] for k in names} == {
        "Certificate of Demonstrated Proficiency": ("selected", ("job0-b0",)),
        "emergency procedures": ("selected", ("job0-b0",)),
        "disruptive passengers": ("selected", ("job0-b1",)),
        "onboard sales": ("selected", ("job0-b1",)),
        "food and beverage service": ("selected", ("job0-b2",)),
        "Air Carrier Access Act": ("selected", ("job0-b2",)),
        "emergency evacuation": ("absent", ()),
    }


def test_adenosine_triphosphate_is_no_airline_transport_pilot_certificate() -> None:
    cv = make_cv({"Corbel Labs": ["Measured ATP levels in cultured cells.", "Ran the book club."]})
    posting = Posting("p", "Charter Captain\n\nRequirements:\n- ATP certificate\n")
    assert evidence(cv, posting)["ATP certificate"] == ("absent", ())


def test_a_and_p_written_apart_is_no_airframe_and_powerplant_certificate() -> None:
    cv = make_cv({"Harbor Air": ["Graded papers A and P for the flight school.", "Ran the book club."]})
    posting = Posting("p", "Aircraft Technician\n\nRequirements:\n- FAA A&P certificate\n")
    assert evidence(cv, posting)["A&P certificate"] == ("absent", ())


def test_managing_inventory_is_evidence_of_inventory_management_and_lab_operations_a_keyword() -> None:
    cv = make_cv({"Corbel Labs": ["Ordered reagents and managed inventory for a team of nine.", "Ran the book club."]})
    posting = Posting(
        "p", "Laboratory Operations Associate\n\nRequirements:\n- Inventory management\n- Laboratory operations\n"
    )
    assert evidence(cv, posting) == {
        "inventory management": ("selected", ("job0-b0",)),
        "lab management": ("absent", ()),
    }


def test_a_teachers_lessons_for_eal_pupils_are_evidence_in_a_schools_words() -> None:
    cv = make_cv({"Oakfield": ["Planned differentiated lessons for students with SEN and EAL.", "Ran the chess club."]})
    posting = Posting(
        "p",
        "Teacher of Mathematics\n\nRequirements:\n- Adapt teaching for pupils with English as an additional "
        "language\n- Differentiated instruction\n",
    )
    assert evidence(cv, posting) == {
        "ESL": ("selected", ("job0-b0",)),
        "differentiated instruction": ("selected", ("job0-b0",)),
    }


def test_a_drainage_engineers_contracts_and_models_are_evidence_in_civil_engineering_words() -> None:
    cv = make_cv(
        {
            "Aqualine": [
                "Managed a pumping station upgrade under NEC4.",
                "Led flood risk assessments and drainage strategies.",
                "Ran the office quiz.",
            ]
        },
        skills=["InfoWorks ICM"],
    )
    posting = Posting(
        "p", "Drainage Engineer\n\nRequirements:\n- NEC contracts\n- Flood risk assessment\n- Hydraulic modelling\n"
    )
    found = {term: status for term, (status, _) in evidence(cv, posting).items()}
    assert found == {"NEC contracts": "selected", "flood risk assessment": "selected", "hydraulic modelling": "absent"}
    keywords_found = keyword_coverage(cv, posting).values()
    (modelling,) = [k for k in keywords_found if k.keyword.term == "hydraulic modelling"]
    assert [(r.term, r.where) for r in modelling.related] == [
        ("drainage design", ("job0-b1",)),
        ("InfoWorks ICM", ("InfoWorks ICM",)),
    ]


def test_a_warehouse_leads_stock_control_is_evidence_of_inventory_management() -> None:
    cv = make_cv({"Northwind": ["Cut stock-outs by 30% through tighter stock control.", "Organised the summer party."]})
    posting = Posting("p", "Operations Lead\n\nRequirements:\n- Inventory management\n- Procurement\n")
    assert evidence(cv, posting) == {"inventory management": ("selected", ("job0-b0",)), "procurement": ("absent", ())}


def test_a_warehouse_coordinators_counts_freight_and_forklifts_are_evidence_in_the_trades_words() -> None:
    cv = make_cv(
        {
            "Harbourside Mills": [
                "Ran daily cycle counts with RF guns and reconciled them after the wall-to-wall inventory.",
                "Tendered less-than-truckload freight and checked every bill of lading.",
                "Drove reach forklifts in the freezer.",
                "Organised the summer party.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Inventory Coordinator\n\nRequirements:\n- Cycle counts and physical inventories\n- RF scanners\n"
        "- LTL shipping and bills of lading\n- 3PL experience\n- Forklift certification\n",
    )
    found = evidence(cv, posting)
    assert {term: status for term, (status, _) in found.items()} == {
        "cycle counting": "selected",
        "physical inventory": "selected",
        "RF scanner": "selected",
        "LTL": "selected",
        "bill of lading": "selected",
        "third-party logistics": "absent",
        "forklift certification": "absent",  # driving one is no certificate
    }
    (certificate,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "forklift certification"]
    assert [r.term for r in certificate.related] == ["forklift operation", "reach truck"]


def test_words_two_fields_share_are_not_taken_for_the_other_fields_skill() -> None:
    posting = Posting(
        "p",
        "Security Engineer\n\nRequirements:\n- Software supply chain security\n- Event sourcing and CQRS\n"
        "- Improve the customer experience of our data reporting\n- ITIL incident and event management\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    others = {"supply chain management", "procurement", "customer service", "data journalism", "event planning"}
    assert not terms & others, terms


def test_a_plc_is_a_controller_only_where_the_context_says_so() -> None:
    def skills(text: str) -> set[str]:
        return {k.term for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "skill"}

    school = (
        "Program Manager\n\nResponsibilities:\n- Lead our PLC team of facilitators\n- Run the weekly PLC meetings\n"
    )
    company = (
        "Accountant\n\nRequirements:\n- Report to the finance director of Reach PLC\n"
        "- Close the monthly books of Reach PLC\n"
    )
    plant = "Controls Engineer\n\nRequirements:\n- Experience with PLCs, SCADA and HMI\n"
    assert "PLC" not in skills(school) | skills(company)
    assert "PLC" in skills(plant)
    troubleshooting = "Controls Technician\n\nRequirements:\n- Skilled in PLC troubleshooting\n"
    assert skills(troubleshooting) == {"PLC", "troubleshooting"}  # not PLC programming


def test_a_bullet_that_onboarded_employees_says_the_employee_onboarding_a_posting_asks_for() -> None:
    # "Onboarded" was a word of its own, newer than the lemma table: the verb of onboarding said nothing of it.
    cv = make_cv({"Harbor Lane Foods": ["Onboarded 12 new employees each quarter.", "Ran the front desk."]})
    posting = Posting("p", "Office Manager\n\nRequirements:\n- Employee onboarding\n")
    assert evidence(cv, posting)["employee onboarding"] == ("selected", ("job0-b0",))


def test_a_lab_scientists_assays_are_evidence_in_the_labs_own_spellings() -> None:
    cv = make_cv({"Helix Bio": ["Ran qPCR and western blotting for 40 knockout lines.", "Chaired the seminar series."]})
    posting = Posting("p", "Research Associate\n\nRequirements:\n- PCR\n- Western blot\n- GLP\n")

    assert evidence(cv, posting) == {
        "PCR": ("absent", ()),  # the CV never says PCR itself: qPCR, one of its kinds, meets it
        "Western blot": ("selected", ("job0-b0",)),
        "GLP": ("absent", ()),
    }
    found = keyword_coverage(cv, posting)
    assert found["PCR"].met_by == "qPCR"


def test_a_skill_of_the_cvs_list_is_that_skill_even_when_its_name_is_an_ordinary_word() -> None:
    cv = make_cv({"Acme": ["Built the weekly sales dashboards."]}, skills=["Go", "Excel", "R"])
    posting = Posting("p", "Analyst\n\nRequirements:\n- Go and Rust\n- Microsoft Excel\n- SQL and R\n")
    assert evidence(cv, posting) == {
        "Go": ("selected", ("Go",)),
        "Microsoft Excel": ("selected", ("Excel",)),
        "R": ("selected", ("R",)),
        "Rust": ("absent", ()),
        "SQL": ("absent", ()),
    }
    # In prose the same words keep their everyday sense.
    prose = make_cv({"Acme": ["Go to market plans that excel."]})
    assert evidence(prose, posting)["Go"] == ("absent", ())


def test_the_hiring_organisations_name_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Finance Director\nHarbor Light News\n\nRequirements:\n- Budget planning for Harbor Light's newsroom\n"
        "- Grow Harbor Light's audience revenue\n",
        stated=(Candidate("company", "Harbor Light", "column"),),
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "budget management" in terms
    assert not {t for t in terms if set(t.split()) <= {"harbor", "light"}}, terms


def test_a_skill_said_only_as_a_word_of_the_hiring_organisations_name_is_no_keyword() -> None:
    def skills(text: str) -> set[str]:
        posting = Posting("p", text, stated=(Candidate("company", "Cypress Ridge Mutual", "column"),))
        return {k.term for k in keywords(analyse_posting(posting)) if k.kind == "skill"}

    text = (
        "Claims Analyst\n\nAbout the role\nCypress Ridge Mutual seeks a claims analyst for its Reno office.\n\n"
        "Requirements:\n- Report to Cypress Ridge Mutual's claims director\n- Strong Microsoft Excel skills\n"
    )
    assert skills(text) == {"Microsoft Excel"}
    # Named apart from the name, the skill is asked for all the same.
    assert "Cypress" in skills(text + "- End-to-end tests in Cypress\n")


def test_the_hiring_organisations_name_without_its_legal_form_is_the_employer_no_skill() -> None:
    # Gusto, Inc. writes "As a Gusto engineer": Gusto, the payroll software, is then its name, no skill it asks for.
    posting = Posting(
        "p",
        "Software Engineer\n\nAbout the role\nAs a Gusto Software Engineer you will build payroll features.\n\n"
        "Requirements:\n- Ruby on Rails\n- Gusto engineers write tests\n",
        stated=(Candidate("company", "Gusto, Inc.", "column"),),
    )
    found = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert "Gusto" not in found and "Ruby on Rails" in found


def test_a_phrase_with_a_proper_word_of_the_hiring_organisations_name_is_no_keyword() -> None:
    text = (
        "Account Representative\n\nRequirements:\n- Work with internal Quvexa teams on pricing\n"
        "- Partner with internal Quvexa teams and customer success\n- Forecast pipeline with internal teams\n"
    )
    terms = {
        k.term
        for k in keywords(analyse_posting(Posting("p", text, stated=(Candidate("company", "Quvexa", "column"),))))
    }
    unnamed = {k.term for k in keywords(analyse_posting(Posting("p", text)))}

    assert "internal quvexa" in unnamed and "internal quvexa" not in terms
    # Everyday words of a name ("Pipeline Partners") leave the posting's phrases alone.
    named = Posting("p", text, stated=(Candidate("company", "Internal Pipeline Partners", "column"),))
    assert "internal quvexa" in {k.term for k in keywords(analyse_posting(named))}


def test_half_a_hyphenated_word_makes_no_phrase_and_a_stray_dash_is_no_part_of_one() -> None:
    text = (
        "Director\n\nRequirements:\n- Channel Sales- Upper Mid-Market accounts\n- Channel sales to Upper Mid-Market"
        " accounts\n- Upper Mid-Market accounts in cross-functional teams\n- Channel sales to cross-functional teams\n"
    )
    found = {k.term: k.said for k in keywords(analyse_posting(Posting("p", text)))}

    assert "upper mid" not in found and "market account" not in found and "functional team" not in found
    assert found["mid market"] == "Mid-Market" and found["channel sale"] == "Channel Sales"


def test_the_word_a_small_word_is_hyphened_to_makes_no_phrase_with_the_next() -> None:
    # "on-site", "in-house": the half after the hyphen and the word after it ("site visits", "house counsel") are
    # no phrase the posting says, however often it says them.
    text = (
        "Paralegal\n\nRequirements:\n- Support in-house counsel on contracts\n- Report to in-house counsel daily\n"
        "- Make on-site visits to each branch\n- Log on-site visits in the tracker\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert "house counsel" not in found and "site visit" not in found


def test_a_matched_term_is_shown_in_the_words_of_a_section_that_counts_not_of_the_benefits() -> None:
    cv = make_cv({"Oakfield Press": ["Checked monthly pay runs for 40 staff."]})
    posting = Posting(
        "p",
        "Payroll Clerk\n\nResponsibilities:\n- Reconcile monthly pay runs and timesheets\n\n"
        "Benefits:\n- Paid time off\n",
    )
    assert posting_words(rank(cv, posting), {"pay", "monthly pay"}) == {"pay": "pay", "monthly pay": "monthly pay"}


def test_a_phrase_keyword_is_shown_in_the_postings_own_words() -> None:
    posting = Posting(
        "p",
        "Finance Director\n\nRequirements:\n- Run our Financial Operations end to end\n"
        "- Modernise financial operations across both offices\n",
    )
    (phrase,) = [k for k in keywords(analyse_posting(posting)) if k.kind == "phrase"]
    assert (phrase.term, phrase.said, phrase.label) == (
        "financial operation",
        "Financial Operations",
        "Financial Operations",
    )


def test_two_phrase_keywords_sharing_a_word_are_each_shown_in_the_postings_own_words() -> None:
    posting = Posting(
        "p",
        "Warehouse Lead\n\nRequirements:\n- Maintain automated sorting machines\n"
        "- Repair automated sorting machines on night shifts\n- Automated sorting of parcels\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert found == {"automate sort": "automated sorting", "sort machine": "sorting machines"}


def test_a_skill_an_item_offers_instead_of_the_one_it_opens_with_is_its_alternative() -> None:
    posting = Posting(
        "p",
        "Senior Accountant\n\nRequirements:\n- CPA with 3 years of audit experience, or CMA.\n"
        "- Advanced Excel; SAP for the ledger, or NetSuite\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["CPA"] == ("CMA",) and found["CMA"] == ("CPA",)
    assert found["auditing"] == ()  # a word of the qualifier is asked all the same
    # A semicolon parts two requirements: Excel is asked, SAP or NetSuite is the choice.
    assert found["Microsoft Excel"] == () and found["SAP"] == ("NetSuite",)


def test_two_modifiers_of_one_head_offered_with_or_are_alternatives_and_name_the_whole_head() -> None:
    posting = Posting(
        "p",
        "Maintenance Electrician\n\nRequirements:\n- Journeyman or master electrician license\n"
        "- Unit and integration tests for our code\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    # The modifier before "or" takes the whole head after it: a journeyman electrician's licence, no bare
    # journeyman licence; "and" asks for both.
    assert found == {
        "journeyman electrician license": ("master electrician license",),
        "master electrician license": ("journeyman electrician license",),
        "unit testing": (),
        "integration testing": (),
    }


def test_two_modifiers_of_one_head_are_alternatives_though_the_lexicon_names_both_by_their_letters() -> None:
    posting = Posting("p", "Veterinary Technician\n\nPreferred:\n- Registered or certified veterinary technician\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    # RVT through the head it shares, CVT said whole: one credential under two states' names, either will do.
    assert found == {"CVT": ("RVT",), "RVT": ("CVT",)}


def test_a_credential_offered_as_a_plus_in_brackets_after_a_required_one_is_no_requirement() -> None:
    posting = Posting("p", "Solar Installer\n\nRequirements:\n- OSHA 10 required (OSHA 30 a plus)\n- NEC\n")
    found = {k.term: k.required for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"OSHA 10": True, "OSHA 30": False, "NEC": True}


def test_the_languages_of_a_bilingual_requirement_are_both_asked_not_alternatives() -> None:
    posting = Posting(
        "p",
        "Front Desk Agent\n\nRequirements:\n- Bilingual English/Spanish required\n- Tagalog/Vietnamese bilingual\n"
        "- French or German\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Spanish"] == () and found["Tagalog"] == () and found["Vietnamese"] == ()
    assert found["French"] == ("German",)  # no "bilingual": either will do


def test_a_bilingual_requirement_that_offers_languages_with_or_is_met_by_any_one_of_them() -> None:
    posting = Posting(
        "p",
        "Community Health Worker\n\nRequirements:\n- Bilingual in Spanish, Somali or Hmong\n- CPR\n\n"
        "Preferred:\n- Amharic or Nepali language skills\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Spanish"] == ("Hmong", "Somali") and found["Hmong"] == ("Somali", "Spanish")
    assert found["Amharic"] == ("Nepali",)
    cv = make_cv({"Clinic": ["Ran intake in Spanish for 40 families a week."]})
    met = {term: k.met for term, k in keyword_coverage(cv, posting).items()}
    assert met["Spanish"] and met["Somali"] and met["Hmong"] and not met["CPR"]


def test_life_support_cards_a_slash_sets_side_by_side_are_each_asked_not_alternatives() -> None:
    posting = Posting(
        "p",
        "Staff Nurse, Cardiac ICU\n\nRequirements:\n- Current BLS/ACLS certification\n"
        "- PALS/NRP for the pediatric unit\n- CPR/First Aid card\n- BLS or ACLS instructor status\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    # ACLS builds on BLS: a card for each, both asked; a BLS card alone meets no ACLS.
    assert found["PALS"] == () and found["NRP"] == () and found["CPR"] == () and found["first aid"] == ()
    # "BLS or ACLS" on a line of its own still offers the choice, which keeps them alternatives of each other.
    assert found["BLS"] == ("ACLS",) and found["ACLS"] == ("BLS",)
    slashed = Posting("p", "Staff Nurse\n\nRequirements:\n- Current BLS/ACLS certification\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(slashed)) if k.kind == "skill"}
    assert found == {"BLS": (), "ACLS": ()}


def test_parts_of_a_banks_compliance_program_a_slash_sets_side_by_side_are_each_asked_not_alternatives() -> None:
    posting = Posting(
        "p",
        "Universal Banker\n\nRequirements:\n- Working knowledge of BSA/AML and KYC/OFAC requirements\n"
        "- Python/SQL for reporting\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert {term: found[term] for term in ("BSA", "anti-money laundering", "KYC", "OFAC")} == dict.fromkeys(
        ("BSA", "anti-money laundering", "KYC", "OFAC"), ()
    )
    assert found["Python"] == ("SQL",)  # a slash between tools still offers either
    # A banker whose CV names AML alone has not shown the Bank Secrecy Act.
    cv = make_cv({"Harbor Savings": ["Reviewed AML alerts and KYC files for 200 accounts."]})
    met = {term: k.met for term, k in keyword_coverage(cv, posting).items()}
    assert met["anti-money laundering"] and met["KYC"] and not met["BSA"] and not met["OFAC"]


def test_a_cpr_aed_card_asks_for_both_and_a_salary_in_dirhams_for_neither() -> None:
    posting = Posting("p", "Personal Trainer\n\nRequirements:\n- Current CPR/AED certification\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"CPR": (), "AED": ()}
    pay = Posting("p", "Personal Trainer\n\nRequirements:\n- Two years on a gym floor\n- Salary: AED 9,000 a month\n")
    assert "AED" not in {k.term for k in keywords(analyse_posting(pay))}


def test_a_cpr_and_bloodborne_pathogens_card_asks_for_both() -> None:
    posting = Posting("p", "Tattoo Artist\n\nRequirements:\n- Current CPR/BBP certification\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"CPR": (), "bloodborne pathogens": ()}


def test_the_jobs_title_offers_no_choice_between_the_skills_it_names() -> None:
    # "IT Support Specialist/Help Desk" names one job: no requirement of IT support that a help desk would meet.
    posting = Posting(
        "p",
        "IT Support Specialist/Help Desk\n\nJob Description:\nYou will set up laptops, or work with AWS or GCP.\n\n"
        "Requirements:\n- Windows 11\n- IT support: 1 year\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["IT support"] == ()
    # The description's own sentences still offer theirs.
    assert found["AWS"] == ("GCP",)


def test_skills_named_as_alternatives_are_one_requirement() -> None:
    posting = Posting(
        "p",
        "Platform Engineer\n\nRequirements:\n- Experience with AWS, GCP or Azure\n- Python, and Go or Rust\n"
        "- Terraform and Ansible\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {
        "AWS": ("Azure", "GCP"),
        "GCP": ("AWS", "Azure"),
        "Azure": ("AWS", "GCP"),
        "Python": (),
        "Go": ("Rust",),
        "Rust": ("Go",),
        "Terraform": (),
        "Ansible": (),
    }
    cv = make_cv({"Acme": ["Ran our AWS estate with Terraform.", "Wrote Python services."]})
    ranking = rank(cv, posting)
    cov = coverage(ranking, select(cv, ranking))
    met = {k.keyword.term: (k.status, k.met_by) for k in cov.keywords if k.keyword.alternatives}
    assert met == {
        "AWS": ("selected", ""),
        "GCP": ("absent", "AWS"),
        "Azure": ("absent", "AWS"),
        "Go": ("absent", ""),
        "Rust": ("absent", ""),
    }
    # AWS, GCP or Azure is one requirement, met by AWS; Go or Rust one requirement, not met
    assert sorted(k.keyword.term for k in cov.required) == ["AWS", "Ansible", "Go", "Python", "Terraform"]
    assert cov.ratio == round(3 / 5, 4)


def test_a_skill_the_cv_lists_and_the_lexicon_does_not_know_is_a_keyword_where_the_posting_names_it() -> None:
    cv = make_cv(
        {"Lakeview Coffee": ["Scheduled posts across four channels.", "Wrote product copy."]},
        skills=["Loomly", "Grant Writing", "Python"],
    )
    posting = Posting(
        "p",
        "Social Media Coordinator\n\nRequirements:\n- Python\n- Loomly or a similar scheduler\n\n"
        "Nice to have:\n- Grant-writing for our foundation\n",
    )
    found = keyword_coverage(cv, posting)
    loomly, grants = found["loomly"], found["grant writing"]
    assert (loomly.keyword.label, loomly.status, loomly.keyword.required) == ("Loomly", "selected", True)
    assert (grants.status, grants.keyword.required, grants.where) == ("selected", False, ("Grant Writing",))
    assert "Lakeview Coffee" not in found  # a skill of the CV's, not any word: the posting must name it


def test_a_cv_skill_of_several_words_the_lexicon_does_not_know_is_a_keyword_where_the_posting_names_it_whole() -> None:
    cv = make_cv(
        {"Northfield Physio": ["Treated 40 patients a week.", "Ran supply logistics for two clinics."]},
        skills=[
            "Cold water immersion recovery",
            "Pelvic floor biofeedback retraining (certified)",
            "Warehouse logistics coordination",
        ],
    )
    posting = Posting(
        "p",
        "Physical Therapist\n\nRequirements:\n- Experience with cold water immersion recovery\n"
        "- Pelvic floor biofeedback retraining\n- Logistics\n- Cold weather gear for home visits\n",
    )
    found = keyword_coverage(cv, posting)
    cold, pelvic = found["Cold water immersion recovery"], found["Pelvic floor biofeedback retraining"]
    assert (cold.status, cold.keyword.required) == ("selected", True)
    assert pelvic.status == "selected"  # its level in brackets is no part of its name
    # A name holding a skill the lexicon knows stays words: its logistics is still said, no name of its own.
    assert found["logistics"].status == "selected" and "Warehouse logistics coordination" not in found


def test_a_cv_skill_of_hyphened_words_the_lexicon_does_not_know_is_a_keyword_where_the_posting_names_it() -> None:
    # Two words by their spaces, three by their hyphens: analysis makes no one term of them, so only as a name of
    # the CV's own does a posting that names one say it.
    cv = make_cv(
        {"Lindenwood Middle School": ["Taught seventh grade science to 140 students a year."]},
        skills=["Project-based learning", "Data-driven instruction", "Team-based onboarding"],
    )
    posting = Posting(
        "p",
        "Science Instructional Coach\n\nResponsibilities:\n- Help schools use assessment results for data-driven "
        "instruction\n- Model lessons\n\nPreferred:\n- Knowledge of project based learning\n",
    )
    found = keyword_coverage(cv, posting)
    driven, projects = found["Data-driven instruction"], found["Project-based learning"]
    assert (driven.status, driven.keyword.required, driven.where) == ("selected", True, ("Data-driven instruction",))
    assert (projects.status, projects.keyword.required) == ("selected", False)  # written without its hyphen too
    assert "Team-based onboarding" not in found  # a skill of the CV's the posting does not name


def test_a_cv_skill_the_posting_does_not_name_is_no_keyword() -> None:
    cv = make_cv({"Acme": ["Wrote copy."]}, skills=["Loomly", "Python"])
    posting = Posting("p", "Engineer\n\nRequirements:\n- Python\n- Kubernetes\n")
    assert "loomly" not in keyword_coverage(cv, posting)


def test_a_cv_skill_with_a_letter_hyphened_to_a_word_is_that_whole_name_not_the_word() -> None:
    # "Q-Track" is no evidence of "track", nor is a posting's "track" a keyword the skill answers.
    cv = make_cv({"Acme": ["Wrote copy."]}, skills=["Q-Track", "Python"])
    posting = Posting("p", "Coordinator\n\nRequirements:\n- Python\n- Track shipments daily\n")
    assert list(keyword_coverage(cv, posting)) == ["Python"]
    found = keyword_coverage(cv, Posting("p", "Coordinator\n\nRequirements:\n- Python\n- Q-Track case tracking\n"))
    assert (found["q-track"].keyword.label, found["q-track"].status) == ("Q-Track", "selected")


def test_employment_law_and_hr_compliance_terms_are_keywords_but_not_in_the_legal_notice() -> None:
    cv = make_cv({"Acme": ["Administered FMLA leaves and audited Form I-9 files for 300 staff."]})
    posting = Posting(
        "p",
        "HR Coordinator\n\nRequirements:\n- Knowledge of the Family and Medical Leave Act and FLSA\n"
        "- I-9 compliance\n\nEqual opportunity:\nAcme participates in E-Verify and complies with ERISA.\n",
    )
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found == {"FMLA": "selected", "FLSA": "absent", "I-9": "selected"}


def test_a_legal_research_service_by_its_short_name_meets_its_full_name_and_motion_practice_is_a_keyword() -> None:
    cv = make_cv({"Acme": ["Argued motions to compel in state court.", "Researched case law on LexisNexis."]})
    posting = Posting(
        "p",
        "Litigation Associate\n\nRequirements:\n- Research skills; experience with Lexis\n"
        "- Motion practice in state and federal court\n",
    )
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found["LexisNexis"] == "selected"
    assert found["motion practice"] == "absent"


@pytest.mark.parametrize("platform", ["Lexis+", "Lexis+ AI"])
def test_the_research_platform_lexis_plus_is_lexisnexis_that_a_posting_asks_for(platform: str) -> None:
    cv = make_cv({"Acme LLP": [f"Cite-checked briefs and researched case law in {platform}.", "Kept the docket."]})
    posting = Posting("p", "Litigation Paralegal\n\nRequirements:\n- Strong LexisNexis research skills\n- Docketing\n")
    assert evidence(cv, posting)["LexisNexis"] == ("selected", ("job0-b0",))


def test_filing_in_the_federal_courts_systems_is_related_evidence_of_federal_court_work() -> None:
    cv = make_cv(
        {"Orrin & Vale LLP": ["E-filed motions and exhibits in CM/ECF for the Ninth Circuit.", "Kept the docket."]},
        skills=["PACER"],
    )
    posting = Posting(
        "p",
        "Litigation Paralegal\n\nRequirements:\n- Filing experience in federal court\n"
        "- Trial experience in state or federal court\n- Docketing\n",
    )
    found = keyword_coverage(cv, posting)["federal court"]
    assert found.status == "absent" and not found.met
    assert [(r.term, r.where) for r in found.related] == [("CM/ECF", ("job0-b0",)), ("PACER", ("PACER",))]


@pytest.mark.parametrize(
    "degree",
    ["Paralegal Studies Certificate (ABA-approved)", "Certificate in Paralegal Studies", "Paralegal Certificate"],
)
def test_a_paralegal_certificate_the_posting_asks_for_is_met_by_the_cvs_paralegal_studies_certificate(
    degree: str,
) -> None:
    cv = make_cv(
        {"Orrin & Vale LLP": ["Kept the litigation docket.", "Drafted discovery responses."]},
        education=[{"degree": degree, "institution": "Fresno City College", "end": "2018"}],
    )
    posting = Posting(
        "p",
        "Litigation Paralegal\n\nRequirements:\n- Paralegal certificate from an ABA-approved program\n- Docketing\n",
    )
    assert evidence(cv, posting)["paralegal certificate"] == ("selected", ("education:1",))
    # A degree of another kind meets none.
    other = make_cv(
        {"Orrin & Vale LLP": ["Kept the litigation docket."]},
        education=[{"degree": "B.A., Criminology", "institution": "Fresno State", "end": "2016"}],
    )
    assert evidence(other, posting)["paralegal certificate"][0] == "absent"


def test_a_firms_docketing_and_trial_presentation_software_are_keywords_an_or_offers_as_a_choice() -> None:
    cv = make_cv({"Orrin & Vale LLP": ["Ran OnCue in court for two jury trials.", "Kept the docket in CompuLaw."]})
    posting = Posting(
        "p",
        "Trial Paralegal\n\nRequirements:\n- Run TrialPad or OnCue in the courtroom\n- CompuLaw docketing\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["CompuLaw"].status == "selected"
    assert found["OnCue"].status == "selected"
    assert found["TrialPad"].status == "absent" and found["TrialPad"].met_by == "OnCue"  # either will do


def test_pro_bono_work_client_intake_and_conflict_checks_are_keywords_the_cv_meets() -> None:
    cv = make_cv(
        {
            "Acme": [
                "Ran client intake and conflict checks for the firm.",
                "Represented tenants pro bono in housing court.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Staff Attorney\n\nRequirements:\n- Experience with client intake and conflicts checks\n"
        "- A commitment to pro bono service\n",
    )
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert (found["client intake"], found["conflict check"], found["pro bono"]) == ("selected",) * 3


def test_a_keyword_is_met_by_the_same_skill_not_by_a_neighbouring_one() -> None:
    # A general-ledger bullet, or a certificate "for Financial Accounting", is no month-end close.
    cv = make_cv(
        {
            "Halvorsen Foods": [
                "Maintained the general ledger for three entities.",
                "Cut the month-end close to 5 days.",
            ]
        },
        skills=["SAP S/4HANA for Financial Accounting"],
    )
    posting = Posting("p", "Controller\n\nRequirements:\n- Own the month-end close\n- Revenue recognition (ASC 606)\n")
    ranking = rank(cv, posting)
    found = {k.keyword.label: k for k in coverage(ranking, select(cv, ranking, max_bullets=1)).keywords}
    close = found["month-end close (financial close)"]
    assert (close.status, close.where) == ("selected", ("job0-b1",))
    assert found["revenue recognition"].status == "absent"


def test_an_external_auditors_work_is_related_evidence_of_internal_audit_not_internal_audit() -> None:
    # Internal and external audit are two careers: a Big Four auditor's bullets say auditing, not internal audit.
    external = make_cv({"Rowe LLP": ["Led external audits of retail clients.", "Ran the office quiz."]})
    internal = make_cv({"Plains Bank": ["Led internal audits of branch cash controls.", "Ran the office quiz."]})
    posting = Posting("p", "Internal Audit Manager\n\nRequirements:\n- 5+ years of internal audit\n")
    (found,) = [k for k in keyword_coverage(external, posting).values() if k.keyword.term == "internal audit"]
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("auditing", ("job0-b0",))]
    assert evidence(internal, posting)["internal audit"] == ("selected", ("job0-b0",))


def test_a_keyword_that_opens_a_sentence_is_shown_in_small_letters_unless_it_is_a_name() -> None:
    cv = make_cv({"Acme": ["Mentored two junior analysts.", "Ran Scrum ceremonies for the data team."]})
    posting = Posting("p", "Data Lead\n\nRequirements:\n- Mentor junior analysts\n- Scrum, run well\n")
    labels = {k.keyword.label for k in keyword_coverage(cv, posting).values()}
    assert {"mentor (mentoring)", "Scrum"} <= labels and "Mentor (mentoring)" not in labels


@pytest.mark.parametrize(
    ("requirement", "label"),
    [
        ("Hands-on SEO work in Semrush and Ahrefs", "Semrush"),
        ("Scheduling in Sprout Social", "Sprout Social"),
        ("Describing collections in EAD and DACS", "EAD"),
        ("Paleography of medieval hands", "paleography"),
    ],
)
def test_tools_and_methods_of_other_fields_are_keywords_a_cv_can_lack(requirement: str, label: str) -> None:
    cv = make_cv({"Acme": ["Wrote weekly blog posts."]}, skills=["Canva"])
    found = {
        k.keyword.label: k.status
        for k in keyword_coverage(cv, Posting("p", f"Coordinator\n\nRequirements:\n- {requirement}\n")).values()
    }
    assert found[label] == "absent"


def test_a_spoken_language_the_posting_asks_for_is_a_keyword_and_english_is_none() -> None:
    cv = make_cv(
        {"Food Bank": ["Wrote bilingual (English/Spanish) posts."]},
        languages=[{"name": "English"}, {"name": "Portuguese", "fluency": "native"}],
    )
    posting = Posting(
        "p",
        "Outreach Coordinator\n\nRequirements:\n- Fluent German required\n- Excellent written English\n"
        "- Spanish-speaking a plus\n- Portuguese speaker\n\nAbout us:\nA German company in Latin America.\n",
    )
    found = {term: (k.status, k.where) for term, k in keyword_coverage(cv, posting).items()}
    assert found == {
        "German": ("absent", ()),
        "Spanish": ("selected", ("job0-b0",)),
        "Portuguese": ("selected", ("language:2",)),
    }


@pytest.mark.parametrize(
    ("posting", "cv_says", "label"),
    [
        (
            "- Test automation with Selenium",
            "Built the automation testing suite.",
            "test automation (automated testing)",
        ),
        ("- SPC and Minitab", "Ran statistical process control charts.", "SPC"),
        ("- PFMEA for new lines", "Led process FMEA reviews.", "PFMEA (FMEA)"),
    ],
)
def test_a_field_s_method_written_another_way_is_the_same_keyword(posting: str, cv_says: str, label: str) -> None:
    cv = make_cv({"Acme": [cv_says]})
    found = {
        k.keyword.label: k.status
        for k in keyword_coverage(cv, Posting("p", f"Engineer\n\nRequirements:\n{posting}\n")).values()
    }
    assert found[label] == "selected"


def test_a_fit_that_lacks_half_the_required_keywords_says_so(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Lucia Ortiz, email: lucia@example.org}\nexperience:\n  - id: bl\n    employer: Brightleaf\n"
        "    role: SEO Specialist\n    start: 2023\n    bullets:\n"
        "      - {id: bl-1, text: Grew organic traffic 64% with SEO audits of 40 client sites.}\n",
        encoding="utf-8",
    )
    posting = Posting(
        "p",
        "SEO Specialist\n\nRequirements:\n- SEO audits of client sites\n- Semrush and Ahrefs\n- Klaviyo\n"
        "- Fluent German required\n",
    )
    result = match(posting, cv)
    assert any("required keywords are n" in w and "in your CV (" in w and "German" in w for w in result.warnings)
    assert result.ranking.fit.label != "weak"


def test_a_project_engineers_rfis_and_take_offs_are_evidence_in_constructions_words() -> None:
    cv = make_cv(
        {
            "Granite Bay Builders": [
                "Logged 300 requests for information and submittals in Procore.",
                "Prepared quantity take-offs in Bluebeam Revu.",
                "Ran the office quiz.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Project Engineer\n\nRequirements:\n- RFIs and submittals\n- Quantity takeoff in Bluebeam\n- Primavera P6\n",
    )
    assert evidence(cv, posting) == {
        "RFI": ("selected", ("job0-b0",)),
        "submittals": ("selected", ("job0-b0",)),
        "quantity takeoff": ("selected", ("job0-b1",)),
        "Bluebeam": ("selected", ("job0-b1",)),
        "Primavera P6": ("absent", ()),
    }


def test_a_social_workers_dbt_groups_are_therapy_and_a_data_engineers_dbt_models_are_not() -> None:
    therapist = make_cv({"Riverview": ["Ran DBT skills groups for 40 students.", "Planned the staff party."]})
    analyst = make_cv({"Acme": ["Built dbt models in Snowflake.", "Planned the staff party."]})
    therapy = Posting("p", "Clinical Social Worker\n\nRequirements:\n- Dialectical behavior therapy\n")
    data = Posting("p", "Analytics Engineer\n\nRequirements:\n- dbt\n")
    assert evidence(therapist, therapy) == {"dialectical behavior therapy": ("selected", ("job0-b0",))}
    assert evidence(analyst, therapy) == {"dialectical behavior therapy": ("absent", ())}
    assert evidence(therapist, data) == {"dbt": ("absent", ())}
    assert [k.related for k in keyword_coverage(analyst, therapy).values()] == [()]


def test_a_case_managers_benefits_work_crisis_skills_and_credential_are_keywords_in_social_works_words() -> None:
    cv = make_cv(
        {
            "Harbor Family Services": [
                "Enrolled 200 families in Medicaid and SNAP.",
                "De-escalated clients in crisis and wrote safety plans.",
                "Planned the staff party.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Case Manager\n\nRequirements:\n- Knowledge of Medicaid and Medicare\n- De-escalation and safety planning\n"
        "- Harm reduction\n- Certified Case Manager (CCM) a plus\n",
    )
    assert evidence(cv, posting) == {
        "Medicaid": ("selected", ("job0-b0",)),
        "Medicare": ("absent", ()),
        "de-escalation": ("selected", ("job0-b1",)),
        "safety planning": ("selected", ("job0-b1",)),
        "harm reduction": ("absent", ()),
        "CCM": ("absent", ()),
    }


def test_a_cooks_kitchen_titles_are_evidence_of_the_kitchen_and_never_the_devops_tool_chef() -> None:
    cv = make_cv(
        {"The Olive Room": ["Worked with Chef Marco as sous chef on a 90-cover line.", "Kept HACCP logs daily."]}
    )
    posting = Posting(
        "p",
        "Head Chef\n\nRequirements:\n- A Chef with ServSafe certification\n- Three years as sous chef\n- HACCP\n",
    )
    assert evidence(cv, posting) == {
        "ServSafe": ("absent", ()),
        "sous chef": ("selected", ("job0-b0",)),
        "HACCP": ("selected", ("job0-b1",)),
    }


def test_a_skill_named_inside_a_longer_one_is_evidence_that_the_cv_says_it() -> None:
    cv = make_cv({"Valley Civil": ["Designed grading plans in AutoCAD Civil 3D.", "Ran Microsoft SQL Server."]})
    posting = Posting("p", "Project Engineer\n\nRequirements:\n- AutoCAD\n- SQL\n- Revit\n")
    found = evidence(cv, posting)
    assert found["AutoCAD"] == ("selected", ("job0-b0",))  # Civil 3D is AutoCAD's, both CAD to the lexicon
    assert found["SQL"] == ("selected", ("job0-b1",))
    assert found["Revit"][0] == "absent"


@pytest.mark.parametrize(
    ("certificate", "product"),
    [
        ("Relativity Certified User", "Relativity"),  # a word of physics too: "Certified" says which
        ("AWS Certified Developer – Associate", "AWS"),
        ("Salesforce Certified Administrator", "Salesforce"),
        ("Certified Kubernetes Administrator", "Kubernetes"),  # "Certified" first, its holder after the product
        ("Certified Pediatric Nurse", "pediatrics"),
        ("Certified Payroll Professional", "payroll"),
    ],
)
def test_a_credential_named_for_the_product_it_certifies_in_is_evidence_of_that_product(
    certificate: str, product: str
) -> None:
    cv = make_cv({"Harbor Group": ["Ran the quarterly budget review."]}, certificates=[{"name": certificate}])
    posting = Posting("p", f"Specialist\n\nRequirements:\n- Hands-on experience with {product}\n- Budget review\n")
    assert evidence(cv, posting)[product] == ("selected", ("certificate:1",))
    # Not yet gained, it says nothing of the product either.
    pending = make_cv(
        {"Harbor Group": ["Ran the quarterly budget review."]},
        certificates=[{"name": certificate, "date": "in progress"}],
    )
    assert evidence(pending, posting)[product][0] == "absent"


def test_a_skill_whose_head_another_modifier_shares_is_evidence_that_the_cv_says_it() -> None:
    cv = make_cv(
        {
            "Harbor Staffing": [
                "Maintained applicant tracking and candidate management systems.",
                "Wrote unit and integration tests for the portal.",
                "Ran sales and marketing events.",
            ]
        }
    )
    posting = Posting("p", "Recruiter\n\nRequirements:\n- An ATS such as Greenhouse\n- Unit testing\n- Sales\n")
    found = evidence(cv, posting)
    # applicant tracking [systems] and candidate management systems: evidence, though no term of its ranking
    assert found["applicant tracking systems"] == ("available", ("job0-b0",))
    assert found["unit testing"] == ("selected", ("job0-b1",))  # unit [tests] and integration tests


def test_each_modifier_of_a_listed_series_shares_its_head_as_evidence() -> None:
    cv = make_cv({"Harbor Software": ["Wrote unit, integration and regression tests for the billing portal."]})
    posting = Posting("p", "QA Engineer\n\nRequirements:\n- Unit testing\n- Integration testing\n")
    found = evidence(cv, posting)
    # unit [tests], integration [tests] and regression tests: the first of the list shares the head too
    assert found["unit testing"] == ("selected", ("job0-b0",))
    assert found["integration testing"] == ("selected", ("job0-b0",))


def test_each_item_of_one_or_two_words_of_a_series_with_a_serial_comma_shares_its_head_as_evidence() -> None:
    cv = make_cv({"Harbor Software": ["Wrote unit, integration, and regression tests for the billing portal."]})
    posting = Posting("p", "QA Engineer\n\nRequirements:\n- Unit testing\n- Integration testing\n")
    found = evidence(cv, posting)
    assert found["unit testing"] == ("selected", ("job0-b0",))
    assert found["integration testing"] == ("selected", ("job0-b0",))
    # An item of two words shares the head too: Swedish [massage], deep tissue [massage], hot stone [massage].
    cv = make_cv({"Cedar Spa": ["Gave Swedish, deep tissue, hot stone and prenatal massage to 30 guests a week."]})
    posting = Posting("p", "Massage Therapist\n\nRequirements:\n- Swedish massage\n- Hot stone massage\n")
    found = evidence(cv, posting)
    assert found["Swedish massage"] == ("selected", ("job0-b0",))
    assert found["hot stone massage"] == ("selected", ("job0-b0",))


def test_a_skill_whose_first_word_another_head_shares_is_evidence_that_the_cv_says_it() -> None:
    cv = make_cv(
        {
            "Lakeside Clinic": [
                "Led data collection and analysis for quarterly infection audits.",
                "Handled accounts payable and receivable for three practices.",
                "Planned data collection and staff rotas.",
            ]
        }
    )
    posting = Posting("p", "Clinic Administrator\n\nRequirements:\n- Data analysis\n- Accounts receivable\n")
    found = evidence(cv, posting)
    assert found["data analysis"] == ("selected", ("job0-b0",))  # data collection and [data] analysis
    assert found["accounts receivable"] == ("selected", ("job0-b1",))  # accounts payable and [accounts] receivable
    # "data collection and staff rotas" says no data analysis: the words after "and" must finish the name.


def test_two_names_joined_by_and_share_no_word() -> None:
    cv = make_cv({"StayFlow": ["Ran product demos and discovery calls for hotel managers."]})
    posting = Posting("p", "Account Executive\n\nRequirements:\n- Product discovery\n")
    assert evidence(cv, posting)["product discovery"][0] == "absent"  # discovery calls is a name of its own


def test_a_skill_said_whole_after_another_lends_no_word_to_a_third() -> None:
    # "Google Earth Engine and cloud platforms" names two skills, each whole: no Google Cloud Platform.
    posting = Posting("p", "Data Scientist\n\nRequirements:\n- Work with Google Earth Engine and cloud platforms\n")
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "GCP" not in terms
    assert "Google Earth Engine" in terms


def test_a_licence_named_after_equipment_is_not_met_by_working_on_the_equipment() -> None:
    cv = make_cv({"Harbor Mechanical": ["Maintained hydronic boilers, pumps and cooling towers."]})
    posting = Posting(
        "p", "Facilities Engineer\n\nPreferred:\n- Stationary engineer license or boiler operator license\n"
    )
    found = evidence(cv, posting)
    assert found["boiler operator license"][0] == "absent"
    assert "boilers" not in found  # the licence's words name no skill of their own


def test_verbs_joined_by_and_share_no_object_and_function_words_join_no_modifier() -> None:
    cv = make_cv(
        {
            "Harbor Software": [
                "Moved business processes and analytics needs to one warehouse.",
                "Worked with version control, build, and bug tracking systems.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Platform Engineer\n\nRequirements:\n- Design and build systems for parcel tracking\n"
        "- Business analytics\n- Control systems\n",
    )
    found = evidence(cv, posting)
    assert "design systems" not in found  # design and build [systems]: two verbs of one object
    assert found["business analysis"][0] == "absent"  # "analytics needs": the phrase runs on past the shared word
    assert found["control systems"][0] == "absent"  # "version control" is the item, not "control"


def test_a_posting_asks_for_each_skill_its_coordinated_modifiers_or_heads_name() -> None:
    cv = make_cv({"Harbor Software": ["Wrote unit tests for the billing portal."]})
    posting = Posting(
        "p",
        "QA Analyst\n\nRequirements:\n- Unit and integration testing\n- Data collection and analysis\n"
        "- Accounts payable and receivable\n",
    )
    found = evidence(cv, posting)
    assert {"unit testing", "integration testing", "data analysis", "accounts payable", "accounts receivable"} <= set(
        found
    )
    assert found["unit testing"] == ("selected", ("job0-b0",))
    assert found["data analysis"][0] == "absent"


def test_a_skill_is_said_by_the_work_of_any_of_its_names_in_other_words() -> None:
    # "meeting planning" is a name of event planning: planning corporate meetings says it, as planning events does.
    assert "meeting planning" in bundled_lexicon().surfaces("event planning")
    cv = make_cv({"Harbor Hotel": ["Planned corporate meetings for 200 guests.", "Ran the front desk."]})
    posting = Posting("p", "Events Coordinator\n\nRequirements:\n- Meeting planning\n")
    assert evidence(cv, posting) == {"event planning": ("selected", ("job0-b0",))}


def test_a_language_name_that_modifies_the_head_a_list_ends_in_is_no_language() -> None:
    # "Swedish, deep tissue, and sports massage" lists massages: its Swedish is Swedish massage, no language a
    # posting asks for; "Swedish and English speakers" and a list of languages stay languages.
    lexicon = bundled_lexicon()
    (massages,) = analyse(["Give Swedish, deep tissue, and sports massage."], lexicon)
    assert "Swedish" not in massages.skills
    (pair,) = analyse(["Offer Swedish and Thai massage."], lexicon)
    assert "Swedish" not in pair.skills
    (spoken,) = analyse(["Fluent in Swedish, Norwegian, and English; Swedish and English speakers wanted."], lexicon)
    assert {"Swedish", "Norwegian", "English"} <= set(spoken.skills)
    # Where the rest is a name of its own, the list names two: Lean and Six Sigma, though Lean Six Sigma is a name.
    (methods,) = analyse(["Lead Lean and Six Sigma process improvement."], lexicon)
    assert {"Lean methodology", "Six Sigma"} <= set(methods.skills)
    # Only a language is read so: other names of two meanings stay the skills their context makes them.
    (stack,) = analyse(["Our stack: TypeScript, React and React Native; Python, Bash or other scripting."], lexicon)
    assert {"React", "React Native", "Bash"} <= set(stack.skills)
    (values,) = analyse(["Familiarity with Lean and Agile values and principles."], lexicon)
    assert "Lean methodology" in values.skills


def test_one_activity_inside_another_on_the_same_thing_is_no_evidence_of_it() -> None:
    cv = make_cv({"Fernway": ["Led UX research for the checkout redesign.", "Ran the book club."]})
    posting = Posting("p", "Product Designer\n\nRequirements:\n- UX design\n- UX research\n")
    found = evidence(cv, posting)

    assert found["UX research"] == ("selected", ("job0-b0",))
    assert found["UX design"] == ("absent", ())  # research on UX is no design of it


def test_a_name_of_two_meanings_is_evidence_only_where_its_context_makes_it_the_skill() -> None:
    cv = make_cv(
        {"Alameda Tapas": ["Developed a Spanish tapas menu.", "Trained cooks in Spanish and English."]},
        languages=[{"name": "Portuguese"}],
    )
    posting = Posting("p", "Sous Chef\n\nRequirements:\n- Fluent Spanish required\n- Menu development\n")
    assert evidence(cv, posting)["Spanish"] == ("selected", ("job0-b1",))  # the menu is no language


def test_a_tool_of_two_meanings_is_evidence_where_it_is_written_as_a_name() -> None:
    cv = make_cv({"Acme": ["Moved the nightly jobs from cron to Airflow.", "Students excel at maths with me."]})
    posting = Posting("p", "Data Engineer\n\nRequirements:\n- Airflow\n- Advanced Excel skills\n")
    found = evidence(cv, posting)
    assert found["Airflow"] == ("selected", ("job0-b0",))
    assert found["Microsoft Excel"][0] == "absent"  # "excel at" is a verb


def test_the_warning_of_lacking_requirements_names_those_the_cv_says_something_related_to(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Rosa Ortega, email: rosa@example.org}\nexperience:\n  - id: h\n    employer: Hotel\n"
        "    role: Sous Chef\n    start: 2020\n    bullets:\n"
        "      - {id: h-1, text: Wrote the kitchen's HACCP plan.}\n"
        "      - {id: h-2, text: Ran a busy hotel kitchen brigade of 28 cooks and managed its orders and rota.}\n",
        encoding="utf-8",
    )
    posting = Posting(
        "p",
        "Kitchen Manager\n\nWe run a busy hotel kitchen and its banquets, and need a manager to lead the brigade.\n\n"
        "Requirements:\n- Food safety across the kitchen\n- Toast POS for orders\n- 7shifts for the rota\n"
        "- HotSchedules for the banquet staff\n- Experience running a hotel kitchen brigade\n",
    )
    (warning,) = [w for w in match(posting, cv).warnings if "required keywords" in w]
    assert "are not in your CV (" in warning and "it says something related to food safety)" in warning
    assert "nowhere" not in warning


def test_the_warning_says_each_where_the_cv_says_something_related_to_every_lacking_requirement(
    tmp_path: Path,
) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ade Bello, email: ade@example.org}\nexperience:\n  - id: p\n    employer: Sanitation\n"
        "    role: Wastewater Operator\n    start: 2020\n    bullets:\n"
        "      - {id: p-1, text: Ran wastewater treatment on nights and answered lift station alarms.}\n",
        encoding="utf-8",
    )
    posting = Posting(
        "p",
        "Wastewater Operator\n\nThe operator runs our activated sludge plant on nights, answers lift station "
        "alarms, keeps the plant's records and works with the maintenance crew on its pumps and blowers.\n\n"
        "Requirements:\n- Clean Water Act\n- NPDES permit records\n- UV disinfection\n- Biosolids handling\n"
        "- Activated sludge and lift stations\n",
    )
    (warning,) = [w for w in match(posting, cv).warnings if "required keywords" in w]
    assert "; it says something related to each)" in warning
    assert " and NPDES" not in warning  # the names are listed once, with commas


def test_the_warning_counts_the_lacking_requirements_the_cv_says_something_related_to(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ana Ruiz, email: ana@example.org}\nexperience:\n  - id: q\n    employer: Helix\n"
        "    role: QA Associate\n    start: 2020\n    bullets:\n"
        "      - {id: q-1, text: Reviewed executed batch records for GMP lot release.}\n"
        "      - {id: q-2, text: Led deviation investigations and CAPAs in MasterControl.}\n",
        encoding="utf-8",
    )
    posting = Posting(
        "p",
        "QA Specialist\n\nOur QA team releases sterile lots from a GMP plant and keeps its records.\n\n"
        "Requirements:\n- 21 CFR Part 11\n- GAMP 5\n- TrackWise\n- Veeva Vault\n- EU GMP Annex 1\n"
        "- Internal audits\n- Batch record review and CAPA\n",
    )
    (warning,) = [w for w in match(posting, cv).warnings if "required keywords" in w]
    assert re.search(r"; it says something related to \d of them\)", warning)


def test_working_beside_nurses_is_no_related_evidence_of_an_ehr() -> None:
    """Every clinician charts in an EHR: a bullet that names nursing shows no EHR, nor does one that names an EHR
    show nursing."""
    cv = make_cv({"Mercy Hospital": ["Coordinated discharges to skilled nursing facilities with the nursing team."]})
    posting = Posting("p", "Medical Social Worker\n\nRequirements:\n- Documentation in the EHR\n- Discharge planning\n")
    (ehr,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "EHR"]
    assert ehr.status == "absent" and not ehr.related


def test_the_office_programs_a_cv_lists_are_related_evidence_of_microsoft_office() -> None:
    cv = make_cv({"Firm": ["Drafted pleadings in Microsoft Word and tracked deadlines in Excel."]})
    posting = Posting("p", "Paralegal\n\nRequirements:\n- Proficiency in Microsoft Office\n- Westlaw\n")
    office = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "Microsoft Office")
    assert office.status == "absent" and {r.term for r in office.related} >= {"Microsoft Word"}


def test_a_marketers_everyday_terms_are_keywords_met_in_the_cvs_own_words() -> None:
    cv = make_cv(
        {
            "Lark Software": [
                "Built sales enablement decks and battle plans for two launches.",
                "Wrote twelve customer case studies for the sales team.",
                "Ran monthly webinars for prospects.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Product Marketing Manager\n\nRequirements:\n- Sales enablement content\n- Customer stories\n"
        "- Account-based marketing (ABM)\n- Webinars\n",
    )
    found = evidence(cv, posting)
    assert found["sales enablement"] == ("selected", ("job0-b0",))
    assert found["case studies"] == ("selected", ("job0-b1",))  # the posting says customer stories
    assert found["webinars"] == ("selected", ("job0-b2",))
    assert found["account-based marketing"][0] == "absent"


def test_the_tools_of_data_analysis_a_cv_names_are_related_evidence_of_it() -> None:
    cv = make_cv({"Courier": ["Analyzed two million tax records in SQL and Excel.", "Covered city council."]})
    posting = Posting("p", "Data Reporter\n\nRequirements:\n- Data analysis skills\n- Public records\n")
    found = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "data analysis")
    assert found.status == "absent"  # "analyzed" is no analysis to the lexicon: the CV never says it
    assert {r.term for r in found.related} == {"SQL", "Microsoft Excel"}


def test_a_two_word_skill_is_said_by_its_words_in_other_forms_standing_close() -> None:
    cv = make_cv({"Patch": ["Shot and edited photos and short videos for stories.", "Covered school boards."]})
    posting = Posting("p", "Social Media Editor\n\nRequirements:\n- Video editing\n- Audience analytics\n")
    assert evidence(cv, posting)["video editing"] == ("selected", ("job0-b0",))  # edited … videos


def test_a_skill_written_out_with_its_acronym_in_brackets_is_still_one_of_a_run_of_alternatives() -> None:
    posting = Posting(
        "p",
        "School Counselor\n\nRequirements:\n- Licensed Clinical Social Worker (LCSW) or LMSW through the state board\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["LCSW"] == ("LMSW",) and found["LMSW"] == ("LCSW",)


def test_skills_listed_before_or_similar_are_alternatives_each_of_which_will_do() -> None:
    posting = Posting(
        "p",
        "Product Manager\n\nRequirements:\n- Product analytics tools (Amplitude, Mixpanel or similar)\n"
        "- Python, Go or another language\n- Terraform, Ansible and Puppet\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Mixpanel"] == ("Amplitude",) and found["Amplitude"] == ("Mixpanel",)
    assert found["Go"] == ("Python",)
    assert found["Terraform"] == found["Puppet"] == ()  # "and": each is asked for


@pytest.mark.parametrize(
    "line",
    ["Repository software (DSpace, Islandora, Fedora, or similar)", "DSpace, Fedora Commons or Islandora"],
)
def test_a_name_the_lexicon_does_not_know_in_a_run_of_alternatives_leaves_the_others_alternatives(line: str) -> None:
    posting = Posting("p", f"Digital Librarian\n\nRequirements:\n- {line}\n- Koha and LibGuides\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["DSpace"] == ("Islandora",) and found["Islandora"] == ("DSpace",)
    assert found["Koha"] == () and found["LibGuides"] == ()  # "and" offers no choice


def test_a_skill_before_a_semicolon_is_no_alternative_to_those_after_it() -> None:
    posting = Posting("p", "School Social Worker\n\nRequirements:\n- MSW; LMSW or LCSW.\n- Python; Go or Rust\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["MSW"] == () and found["LMSW"] == ("LCSW",) and found["LCSW"] == ("LMSW",)
    assert found["Python"] == () and found["Go"] == ("Rust",)


def test_an_acronym_spelled_out_in_brackets_before_or_is_still_one_of_the_alternatives() -> None:
    posting = Posting(
        "p",
        "Project Coordinator\n\nRequirements:\n- PMP (Project Management Professional) or PRINCE2 certification.\n"
        "- CPA (Certified Public Accountant) or CMA.\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["PMP"] == ("PRINCE2",) and found["PRINCE2"] == ("PMP",)
    assert found["CPA"] == ("CMA",) and found["CMA"] == ("CPA",)


def test_a_skill_that_is_one_of_the_kind_a_posting_asks_for_meets_it() -> None:
    cv = make_cv({"Mercy General": ["Charted every assessment in Epic.", "Precepted new graduate nurses."]})
    posting = Posting("p", "ICU Nurse\n\nRequirements:\n- Experience with an EHR\n- Meditech\n- CRRT\n")
    ranking = rank(cv, posting)
    found = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking)).keywords}
    assert found["EHR"].status == "absent" and found["EHR"].met_by == "Epic"  # the CV never says "EHR"
    assert found["CRRT"].met_by == ""
    assert found["MEDITECH"].status == "absent" and found["MEDITECH"].met_by == ""  # Epic is an EHR, not Meditech
    assert coverage(ranking, select(cv, ranking)).ratio == pytest.approx(1 / 3, abs=1e-4)  # EHR met, not the rest


def test_the_tools_a_posting_lists_under_a_heading_of_tools_are_its_preferred_keywords() -> None:
    cv = make_cv({"Ledgerline": ["Prototyped the onboarding flow in Figma and tracked it in Jira."]})
    posting = Posting(
        "p", "Product Manager\n\nRequirements:\n- 5 years of product management\n\nMain Tools:\n- Figma, Jira\n"
    )
    found = keyword_coverage(cv, posting)
    assert [(found[k].keyword.required, found[k].status) for k in ("Figma", "Jira")] == [(False, "selected")] * 2


def test_a_cv_that_cut_churn_shows_it_as_related_evidence_of_customer_retention() -> None:
    cv = make_cv({"Ledgerline": ["Reduced involuntary churn by 22% with dunning emails."]})
    posting = Posting("p", "Product Manager\n\nRequirements:\n- A track record in customer retention\n")
    found = keyword_coverage(cv, posting)["customer success"]
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("churn", ("job0-b0",))]


def test_a_product_managers_prds_are_related_evidence_of_a_postings_functional_specifications() -> None:
    cv = make_cv({"Ledgerline": ["Wrote PRDs with acceptance criteria for the billing team."]})
    posting = Posting("p", "Product Manager\n\nRequirements:\n- Experience writing functional specs\n")
    found = keyword_coverage(cv, posting)["functional specifications"]
    assert found.status == "absent"
    assert [(r.term, r.where) for r in found.related] == [("product requirements documents", ("job0-b0",))]


def test_a_people_teams_hr_system_or_applicant_tracker_named_in_a_cv_meets_a_posting_asking_for_its_kind() -> None:
    cv = make_cv({"Fernhill Foods": ["Moved 400 employee records into BambooHR and posted every opening in iCIMS."]})
    posting = Posting("p", "HR Coordinator\n\nRequirements:\n- Experience with an HRIS\n- Any ATS\n- Kronos\n")
    found = keyword_coverage(cv, posting)
    assert (found["HRIS"].met_by, found["applicant tracking systems"].met_by) == ("BambooHR", "iCIMS")
    assert found["Kronos"].met_by == ""  # a time clock is no HR system the CV names


def test_a_support_desk_named_in_a_cv_is_no_evidence_of_the_same_vendors_sales_crm() -> None:
    cv = make_cv({"Helpline Co": ["Answered 50 tickets a day in Zendesk.", "Kept the macros current."]})
    posting = Posting("p", "Account Executive\n\nRequirements:\n- Keep your pipeline in Zendesk Sell\n")
    found = evidence(cv, posting)
    assert found["Zendesk Sell"] == ("absent", ()) and "Zendesk" not in found


def test_a_cv_naming_the_vendor_alone_does_not_evidence_its_service_product_but_the_product_meets_the_vendor() -> None:
    sales_cv = make_cv({"Acme": ["Logged every opportunity in Salesforce.", "Closed 40 deals a quarter."]})
    service_cv = make_cv({"Acme": ["Worked cases in Salesforce Service Cloud.", "Closed 40 cases a day."]})
    asks_service = Posting("p", "Contact Center Agent\n\nRequirements:\n- Salesforce Service Cloud\n")
    asks_vendor = Posting("p", "Sales Associate\n\nRequirements:\n- Salesforce\n")
    assert evidence(sales_cv, asks_service)["Salesforce Service Cloud"][0] == "absent"
    assert keyword_coverage(service_cv, asks_vendor)["Salesforce"].met_by == "Salesforce Service Cloud"


def test_a_bartender_with_a_state_alcohol_certificate_meets_a_posting_asking_for_alcohol_awareness() -> None:
    cv = make_cv({"The Copper Still": ["Poured for 300 covers a night, TABC certified.", "Pooled tips fairly."]})
    for asked in ("Responsible alcohol service certification", "Food handler card and alcohol service certification"):
        posting = Posting("p", f"Bar Manager\n\nRequirements:\n- {asked}\n")
        assert keyword_coverage(cv, posting)["alcohol awareness"].met_by == "TABC certification"


def test_an_editor_who_follows_the_chicago_manual_meets_a_posting_asking_for_a_style_guide() -> None:
    cv = make_cv({"Magazine": ["Edited and proofread every issue according to the Chicago Manual of Style."]})
    posting = Posting("p", "Copy Editor\n\nRequirements:\n- Edit copy to our house style guide\n")
    found = keyword_coverage(cv, posting)
    assert found["style guides"].met_by == "Chicago Manual of Style"


def test_one_protocol_or_tool_is_no_evidence_of_another_of_its_kind() -> None:
    cv = make_cv({"Acme": ["Set up SAML single sign-on for 40 apps.", "Captured traffic with tcpdump."]})
    posting = Posting("p", "IAM Engineer\n\nRequirements:\n- OAuth and OIDC\n- SSO\n- Wireshark\n- Packet analysis\n")
    found = keyword_coverage(cv, posting)
    assert found["OAuth"].status == "absent" and found["OpenID Connect"].status == "absent"  # SAML is neither
    assert found["Wireshark"].status == "absent"  # tcpdump is another tool
    assert found["single sign-on"].status == "selected" and found["packet analysis"].met_by == "tcpdump"


def test_one_certificate_or_product_of_a_kind_is_no_evidence_of_another() -> None:
    cv = make_cv({"Acme": ["Earned the PHR and ran payroll reports in Google Sheets."]})
    posting = Posting("p", "HR Manager\n\nRequirements:\n- SPHR\n- Google Docs\n- An HR certification\n")
    found = keyword_coverage(cv, posting)
    assert found["SPHR"].status == "absent" and found["Google Docs"].status == "absent"
    assert found["HR certification"].met_by == "PHR"


def test_a_learning_platform_a_cv_names_is_related_evidence_of_an_lms() -> None:
    cv = make_cv({"Academy": ["Built self-paced Moodle courses with quizzes for 600 learners."]})
    posting = Posting("p", "Learning Designer\n\nRequirements:\n- Experience with a learning management system\n")
    lms = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "LMS")
    assert lms.status == "absent" and {r.term for r in lms.related} >= {"Moodle"}


def test_a_bullet_that_names_learning_objectives_evidences_learning_outcomes() -> None:
    cv = make_cv({"School": ["Mapped 42 lessons to learning objectives and assessment criteria."]})
    posting = Posting("p", "Instructional Designer\n\nRequirements:\n- Write measurable learning outcomes\n")
    found = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "learning objectives")
    assert found.status == "selected"


def test_a_curriculum_a_cv_redesigned_is_related_evidence_of_curriculum_development() -> None:
    cv = make_cv({"School": ["Redesigned the Year 9 science curriculum around practical enquiry."]})
    posting = Posting("p", "Science Teacher\n\nRequirements:\n- Contribute to curriculum development\n")
    found = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "curriculum development")
    assert found.status == "absent" and {r.term for r in found.related} >= {"curriculum"}


def test_related_evidence_said_in_the_most_places_comes_first() -> None:
    cv = make_cv(
        {
            "Academy": [
                "Built Moodle courses for 600 learners.",
                "Ran Moodle quizzes every term.",
                "Set up Google Classroom for one pilot class.",
            ]
        }
    )
    posting = Posting("p", "Learning Designer\n\nRequirements:\n- Experience with a learning management system\n")
    lms = next(k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "LMS")
    assert [r.term for r in lms.related][:2] == ["Moodle", "Google Classroom"]  # not alphabetical


def test_a_market_the_posting_names_is_no_sales_skill_and_a_designers_terms_are_keywords() -> None:
    cv = make_cv({"Ledgerline": ["Designed onboarding for a B2B SaaS product in Figma.", "Set the type scale."]})
    posting = Posting(
        "p",
        "Product Designer\n\nRequirements:\n- Experience designing B2B SaaS products\n- Typography\n"
        "- Material Design or Human Interface Guidelines\n- FigJam workshops\n",
    )
    found = evidence(cv, posting)
    assert found["B2B"] == ("selected", ("job0-b0",)) and "B2B sales" not in found
    assert found["typography"][0] == "absent" and found["Material Design"][0] == "absent"
    assert found["FigJam"][0] == "absent"  # Figma in the CV is no FigJam workshop


def test_a_named_point_of_sale_system_meets_a_posting_asking_for_pos_systems() -> None:
    cv = make_cv({"Dockside Diner": ["Rang up 300 checks a night on Aloha POS.", "Trained new servers."]})
    posting = Posting("p", "Shift Supervisor\n\nRequirements:\n- Experience with POS systems\n- Latte art\n")
    found = keyword_coverage(cv, posting)
    assert found["point of sale"].met_by == "Aloha POS"


def test_a_food_handler_card_meets_a_posting_asking_for_food_handler_certification() -> None:
    cv = make_cv({"Dockside Diner": ["Earned a food handler card in my first week.", "Trained new servers."]})
    posting = Posting("p", "Prep Cook\n\nRequirements:\n- Food handler certification\n- Knife skills\n")
    assert evidence(cv, posting)["food handler card"] == ("selected", ("job0-b0",))


def test_sales_forecasts_a_cv_names_are_forecasting() -> None:
    cv = make_cv({"Dockside Diner": ["Set staffing against weekly sales forecasts.", "Trained new servers."]})
    posting = Posting("p", "Restaurant Manager\n\nRequirements:\n- Forecasting and budgeting\n")
    assert evidence(cv, posting)["forecasting"][0] == "selected"


def test_a_servsafe_alcohol_certificate_meets_alcohol_awareness_and_is_no_food_safety_certificate() -> None:
    cv = make_cv({"Dockside Diner": ["Earned ServSafe Alcohol and carded every guest.", "Trained new servers."]})
    posting = Posting(
        "p",
        "Bar Manager\n\nRequirements:\n- Alcohol awareness certification\n- ServSafe Manager\n- Alcohol awareness\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["alcohol awareness"].met_by == "ServSafe Alcohol"
    assert found["ServSafe Manager"].status == "absent"  # the food safety certificate, which the CV does not name


def test_a_variant_of_a_lab_method_meets_the_method_but_the_method_does_not_meet_the_variant() -> None:
    cv = make_cv({"Bench Labs": ["Genotyped mice by PCR.", "Ran qPCR for gene expression."]})
    plain = make_cv({"Bench Labs": ["Genotyped mice by PCR.", "Ran Western blots."]})
    posting = Posting("p", "Research Associate\n\nRequirements:\n- Quantitative PCR\n- ddPCR\n- Cell culture\n")
    assert evidence(cv, posting)["qPCR"] == ("selected", ("job0-b1",))  # quantitative PCR is qPCR
    assert evidence(plain, posting)["qPCR"][0] == "absent"  # PCR alone says nothing of qPCR
    found = keyword_coverage(cv, Posting("p", "Technician\n\nRequirements:\n- PCR\n- Sanger sequencing\n"))
    assert found["PCR"].status == "selected"
    only_variant = make_cv({"Bench Labs": ["Ran qPCR for gene expression."]})
    found = keyword_coverage(only_variant, Posting("p", "Technician\n\nRequirements:\n- PCR\n- Sanger sequencing\n"))
    assert found["PCR"].met_by == "qPCR"  # a qPCR is a PCR


def test_a_skill_of_the_cvs_own_list_is_labelled_in_the_postings_words_not_as_its_lemmas() -> None:
    skills = ["informed consent", "plaque assays"]
    cv = make_cv({"Clinic": ["Obtained informed consent from patients."]}, skills=skills)
    posting = Posting("p", "Coordinator\n\nRequirements:\n- Informed consent\n- Plaque assays\n- Tissue culture\n")
    labels = {k.keyword.said: k.keyword.label for k in keyword_coverage(cv, posting).values()}
    assert labels["Informed consent"] == "Informed consent"  # not "Informed consent (inform consent)"
    assert labels["Plaque assays"] == "Plaque assays"
    assert labels["tissue culture"] == "tissue culture (cell culture)"  # the lexicon's other name is said


def test_a_skill_of_the_cvs_list_said_with_a_word_more_is_that_skill_not_a_missing_phrase() -> None:
    cv = make_cv({"Clinic": ["Entered visit data into the EDC within a day."]}, skills=["EDC"])
    posting = Posting(
        "p",
        "Study Coordinator\n\nResponsibilities:\n- Enter data in sponsor EDC systems\n\n"
        "Requirements:\n- Experience with EDC systems\n- Experience with EDC systems and audits\n",
    )
    found = {k.keyword.said: k for k in keyword_coverage(cv, posting).values()}
    assert found["EDC"].status == "selected"
    assert "EDC systems" not in found  # no phrase of its own, absent from a CV that says the EDC


def test_rt_qpcr_is_both_a_qpcr_and_an_rt_pcr_and_meets_either() -> None:
    cv = make_cv({"Bench Labs": ["Measured gene expression by RT-qPCR.", "Ran Western blots."]})
    for asked in ("qPCR", "RT-PCR", "PCR"):
        found = keyword_coverage(cv, Posting("p", f"Technician\n\nRequirements:\n- {asked}\n- Sanger sequencing\n"))
        assert found[asked].met, asked
    found = keyword_coverage(cv, Posting("p", "Technician\n\nRequirements:\n- RT-PCR\n- Sanger sequencing\n"))
    assert (found["RT-PCR"].status, found["RT-PCR"].met_by) == ("absent", "RT-qPCR")


def test_a_litigation_teams_tools_and_duties_are_keywords_met_in_the_cvs_own_words() -> None:
    # E-filing is its own skill, so a CV's "e-filing" is no keyword "file" met by a posting's "load files";
    # a litigation hold is a legal hold, and the Bluebook and Relativity are named tools of the work.
    cv = make_cv(
        {"Marlow & Finch": ["E-filed motions through CM/ECF.", "Managed legal holds for 40 custodians."]},
        skills=["e-filing"],
    )
    posting = Posting(
        "p",
        "Litigation Support Analyst\n\nRequirements:\n- Prepare load files and productions in Relativity\n"
        "- Maintain litigation hold notices\n- Cite-check briefs in Bluebook format\n"
        "- File documents electronically (e-file) in state courts\n",
    )
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found == {
        "Relativity": "absent",
        "legal hold": "selected",
        "Bluebook": "absent",
        "cite checking": "absent",
        "e-filing": "selected",
    }


def test_a_litigation_paralegals_briefs_subpoenas_and_reviews_are_keywords_met_in_the_cvs_own_words() -> None:
    # Cite-checking and a brief's table of authorities, subpoenas, a privilege review (one kind of document review)
    # and the review platforms besides Relativity are the trade's own words: each is a keyword a CV meets as it says it.
    cv = make_cv(
        {
            "Orrin & Vale LLP": [
                "Cite-checked briefs and prepared tables of contents and authorities.",
                "Drafted and served subpoenas duces tecum on hospitals.",
                "Ran privilege review on 40 productions in DISCO.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Litigation Paralegal\n\nRequirements:\n- Cite-check briefs and prepare tables of authorities\n"
        "- Draft subpoenas\n- Document review in Relativity, DISCO or Everlaw\n"
        "- Familiarity with document management systems\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "cite checking": ("selected", ""),
        "table of authorities": ("selected", ""),
        "subpoenas": ("selected", ""),
        "document review": ("absent", "privilege review"),
        "DISCO": ("selected", ""),
        "Relativity": ("absent", "DISCO"),
        "Everlaw": ("absent", "DISCO"),
        "document management system": ("absent", ""),
    }
    # A firm's document management system by its name meets the kind.
    filed = make_cv({"Orrin & Vale LLP": ["Profiled and filed pleadings in NetDocuments.", "Kept the docket."]})
    assert keyword_coverage(filed, posting)["document management system"].met_by == "NetDocuments"


def test_a_corporate_paralegals_entities_and_filings_are_keywords_met_in_the_cvs_own_words() -> None:
    # Entity management (and its software), the state law companies are formed under, the minute books and the
    # filings of a private offering are a corporate paralegal's trade: each is a keyword, and Diligent Entities is no
    # board portal (Diligent Boards, which "Diligent" alone names).
    cv = make_cv(
        {
            "Brandt Capital": [
                "Kept minute books and good standings for 120 entities in Diligent Entities.",
                "Filed Form D and blue sky notices for three fund offerings.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Corporate Paralegal\n\nRequirements:\n- Entity management for a group of 300 companies\n"
        "- Diligent Entities or similar software\n- Knowledge of the DGCL\n- Prepare Form D and blue sky filings\n"
        "- Maintain minute books\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.status for term, k in found.items()} == {
        "entity management": "absent",
        "Diligent Entities": "selected",
        "Delaware General Corporation Law": "absent",
        "Form D": "selected",
        "blue sky filings": "selected",
        "minute books": "selected",
    }
    assert [r.term for r in found["entity management"].related] == ["Diligent Entities", "minute books"]


def test_trial_presentation_software_asks_for_no_public_speaking() -> None:
    # A trial's evidence is shown to the jury from the courtroom's hot seat: a paralegal who ran it meets the
    # posting's "trial presentation", and the posting asks no talks of anyone.
    cv = make_cv({"Orrin & Vale LLP": ["Ran TrialDirector as hot-seat operator for 4 jury trials.", "Kept dockets."]})
    posting = Posting(
        "p",
        "Trial Paralegal\n\nResponsibilities:\n- Operate trial presentation software (TrialDirector or OnCue) in the "
        "courtroom\n- Maintain case calendars\n",
    )
    found = keyword_coverage(cv, posting)
    assert "public speaking" not in found
    assert (found["trial presentation"].status, found["trial presentation"].where) == ("selected", ("job0-b0",))


def test_disco_in_small_letters_is_the_dance_not_the_review_platform() -> None:
    assert "DISCO" not in analyse(["Planned a disco night for the firm's summer party."], bundled_lexicon())[0].skills
    assert "DISCO" in analyse(["Ran second-level review in DISCO."], bundled_lexicon())[0].skills


def test_a_skill_whose_first_word_is_hyphenated_is_said_by_that_word_standing_close_to_the_other() -> None:
    cv = make_cv(
        {
            "Harbor Youth Services": ["Led trauma-informed group and family care for teens.", "Ran intake."],
            "Eastside Clinic": ["Informed families about care options.", "Treated co-occurring mood disorders."],
        }
    )
    posting = Posting("p", "Youth Counselor\n\nRequirements:\n- Trauma-informed care\n- Co-occurring disorders\n")
    found = evidence(cv, posting)
    assert found["trauma-informed care"][1] == ("job0-b0",)  # not "Informed families about care"
    assert found["co-occurring disorders"][1] == ("job1-b1",)

    # The whole word is the term analysis makes of it, closed up where English writes it as one ("nonprofit").
    assert _hyphened("co-occurring disorders") == ("co occur",)
    assert _hyphened("non-profit governance") == ("nonprofit",)


def test_a_cad_program_a_cv_names_meets_a_posting_asking_for_cad() -> None:
    cv = make_cv({"Pump Works": ["Modelled valve bodies in SolidWorks.", "Ran pressure tests."]})
    posting = Posting("p", "Design Engineer\n\nRequirements:\n- CAD\n- Tolerance analysis\n")
    found = keyword_coverage(cv, posting)
    assert (found["CAD"].status, found["CAD"].met_by) == ("absent", "SolidWorks")  # SolidWorks is a CAD program


def test_creo_is_creo_parametric_and_a_five_why_is_root_cause_analysis() -> None:
    cv = make_cv({"Pump Works": ["Modelled housings in Creo Parametric.", "Closed complaints with 5-Why."]})
    posting = Posting("p", "Quality Engineer\n\nRequirements:\n- Creo\n- Root cause analysis (5 Whys)\n")
    found = evidence(cv, posting)
    assert found["Creo Parametric"] == ("selected", ("job0-b0",))
    assert found["root cause analysis"] == ("selected", ("job0-b1",))


def test_skills_a_role_description_names_are_keywords_though_the_requirements_are_listed_apart() -> None:
    posting = Posting(
        "p",
        "Stability Technician\nHarbor Pharma\n\nAbout the job\nHarbor Pharma makes generic tablets. You will run"
        " HPLC assays on every batch under GMP.\n\nRequirements:\n- A degree in chemistry\n"
        "- Two years in a regulated laboratory\n",
    )
    found = {k.term: k for k in keywords(analyse_posting(posting))}
    assert {"HPLC", "GMP"} <= found.keys() and found["HPLC"].required
    assert "generic tablet" not in found  # the description's other words are no keywords


def test_the_credential_a_summary_asks_for_on_lines_of_its_own_is_a_keyword_of_the_job() -> None:
    # A careers page that lost the heading over its credential lines: they run on under the job summary.
    posting = Posting(
        "p",
        "Dental Hygienist\n\nJob Summary:\nThe hygienist cares for every patient from check-in to check-out.\n"
        "Current state licensure as an RDH\n\nPersonal Requirements:\n- Calm with anxious patients\n",
    )
    found = {k.term: k for k in keywords(analyse_posting(posting))}
    assert "RDH" in found and found["RDH"].required


@pytest.mark.parametrize(
    ("bullets", "posting", "kind", "instance"),
    [
        (
            ["Wrote progress reports for families.", "Treated stuttering in school-age children."],
            "Speech-Language Pathologist\n\nRequirements:\n- Progress reports\n- Fluency disorders\n",
            "fluency disorders",
            "stuttering",
        ),
        (
            ["Filed 300 returns a season.", "Prepared partnership returns in Lacerte."],
            "Tax Associate\n\nRequirements:\n- Filed returns\n- Professional tax software\n",
            "tax software",
            "Lacerte",
        ),
    ],
)
def test_one_of_a_kind_in_a_bullet_left_off_makes_the_kind_available_and_meets_it_once_shown(
    bullets: list[str], posting: str, kind: str, instance: str
) -> None:
    cv = make_cv({"Harbor Clinic": bullets})
    ranking = rank(cv, Posting("p", posting))
    left_off = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking, max_bullets=1)).keywords}[kind]
    assert (left_off.status, left_off.where, left_off.met) == ("available", ("job0-b1",), False)
    shown = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking, max_bullets=2)).keywords}[kind]
    assert (shown.met, shown.met_by) == (True, instance)


def test_a_kind_nothing_of_which_the_cv_says_stays_absent() -> None:
    cv = make_cv({"Harbor Clinic": ["Wrote progress reports for families."]})
    posting = Posting("p", "Speech-Language Pathologist\n\nRequirements:\n- Fluency disorders\n")
    assert keyword_coverage(cv, posting)["fluency disorders"].status == "absent"


def test_a_kind_is_met_by_the_one_of_its_kind_the_resume_shows_most_not_the_lexicons_first() -> None:
    # CCH Axcess comes first among tax software, but only the skills list names it; Lacerte the bullets use.
    cv = make_cv(
        {"Ledgerline": ["Prepared 300 returns a season in Lacerte.", "Reviewed partnership returns in Lacerte."]},
        skills=["CCH Axcess", "Lacerte"],
    )
    posting = Posting("p", "Tax Associate\n\nRequirements:\n- Professional tax software\n")
    assert keyword_coverage(cv, posting)["tax software"].met_by == "Lacerte"


def test_the_software_a_careers_page_lists_under_the_title_is_a_keyword_of_the_job() -> None:
    posting = Posting(
        "p",
        "Tax Associate\nLedgerline Tax Service\nFull-Time\n\nPrepare returns for families and small firms.\n\n"
        "Software: Lacerte, ProSeries\n\nRequirements:\n- Two seasons of tax preparation\n",
    )
    found = {k.term: k for k in keywords(analyse_posting(posting))}
    assert {"Lacerte", "ProSeries"} <= found.keys() and found["Lacerte"].required


def test_a_skill_in_the_job_title_is_no_keyword_of_the_role_description() -> None:
    posting = Posting("p", "Salesforce Administrator\n\nRequirements:\n- Three years as an administrator\n- SQL\n")
    assert "Salesforce" not in {k.term for k in keywords(analyse_posting(posting))}


def test_a_mechanical_engineers_codes_and_measures_are_met_in_the_words_the_field_uses() -> None:
    cv = make_cv(
        {"Vessel Works": ["Checked nozzle loads to ASME Section VIII.", "Held Cpk above 1.33 on every bore."]},
        certificates=[{"name": "Professional Engineer (P.E.)", "issuer": "State of Ohio"}],
    )
    posting = Posting(
        "p",
        "Pressure Vessel Engineer\n\nRequirements:\n- ASME Boiler and Pressure Vessel Code\n"
        "- Process capability studies\n- P.E. license\n",
    )
    found = evidence(cv, posting)
    assert found["ASME BPVC"] == ("selected", ("job0-b0",))
    assert found["process capability"] == ("selected", ("job0-b1",))
    assert found["PE license"][0] == "selected"  # the certificate says it


def test_a_passed_fundamentals_of_engineering_exam_is_the_engineer_in_training_a_posting_asks_for() -> None:
    cv = make_cv({"Pump Works": ["Passed the FE exam and drew pump skids.", "Ran flow tests."]})
    posting = Posting("p", "Mechanical Engineer I\n\nRequirements:\n- EIT certification\n- Pump design\n")
    assert evidence(cv, posting)["EIT"] == ("selected", ("job0-b0",))


def test_a_ten_hour_safety_card_is_no_thirty_hour_one_but_a_thirty_hour_card_meets_a_ten_hour_ask() -> None:
    ten = make_cv(
        {"Kestrel Roofing": ["Tore off and re-shingled pitched roofs."]},
        certificates=[{"name": "OSHA 10-Hour Construction"}],
    )
    thirty = make_cv(
        {"Kestrel Roofing": ["Tore off and re-shingled pitched roofs."]},
        certificates=[{"name": "OSHA 30-Hour Construction"}],
    )
    asks_thirty = Posting("p", "Roofing Foreman\n\nRequirements:\n- OSHA 30 card\n- Shingle roofs\n")
    asks_ten = Posting("p", "Roofer\n\nRequirements:\n- OSHA 10 card\n- Shingle roofs\n")
    assert evidence(ten, asks_thirty)["OSHA 30"][0] == "absent"
    assert evidence(thirty, asks_thirty)["OSHA 30"][0] == "selected"
    (card,) = [k for k in keyword_coverage(thirty, asks_ten).values() if k.keyword.term == "OSHA 10"]
    assert card.met and card.met_by == "OSHA 30"


def test_a_forty_hour_hazwoper_ask_is_not_met_by_a_ten_hour_safety_card_but_by_the_forty_hour_course() -> None:
    posting = Posting(
        "p", "Field Technician\n\nRequirements:\n- OSHA 40-hour HAZWOPER certification\n- Soil sampling\n"
    )
    ten = make_cv({"Dune Labs": ["Ran soil sampling at closed landfills."]}, certificates=[{"name": "OSHA 10-Hour"}])
    forty = make_cv(
        {"Dune Labs": ["Ran soil sampling at closed landfills."]}, certificates=[{"name": "40-Hour HAZWOPER"}]
    )
    assert evidence(ten, posting)["HAZWOPER"][0] == "absent"
    assert evidence(forty, posting)["HAZWOPER"][0] == "selected"


def test_a_balanced_cash_drawer_is_evidence_of_the_cash_handling_a_store_asks_for() -> None:
    cv = make_cv({"Corner Market": ["Balanced the cash drawer at each close.", "Stocked shelves."]})
    posting = Posting("p", "Shift Lead\n\nRequirements:\n- Cash handling\n- Stocking\n")
    assert evidence(cv, posting)["cash handling"] == ("selected", ("job0-b0",))


def test_a_biostatistics_course_is_evidence_of_the_statistical_analysis_a_posting_asks_for() -> None:
    cv = make_cv(
        {"Reed Lab": ["Ran soil assays."]},
        education=[
            {"degree": "B.S. Biology", "institution": "Fenwick University", "details": ["Coursework: Biostatistics"]}
        ],
    )
    posting = Posting("p", "Research Assistant\n\nRequirements:\n- Statistical analysis\n- Soil assays\n")
    assert keyword_coverage(cv, posting)["statistics"].met_by == "biostatistics"


@pytest.mark.parametrize(
    ("certificates", "summary"),
    [
        ([{"name": "CISSP (in progress, exam planned for 2026)"}], "Security analyst."),
        ([{"name": "CISSP — expected 2026"}], "Security analyst."),
        ([{"name": "Working toward CISSP"}], "Security analyst."),
        ([], "Security analyst working toward the CISSP."),
        ([], "Security analyst completing supervised hours toward the CISSP."),
        ([{"name": "CISSP", "issuer": "ISC2, In progress"}], "Security analyst."),  # a table's "Year" cell
        ([{"name": "CISSP", "date": "expected 2026"}], "Security analyst."),
        ([{"name": "CISSP Candidate (exam scheduled 2026)"}], "Security analyst."),
        ([], "Security analyst | CISSP Candidate | Splunk."),
        ([{"name": "CISSP", "issuer": "ISC2, exam scheduled"}], "Security analyst."),
    ],
)
def test_a_credential_the_cv_says_is_still_to_come_is_no_evidence_of_holding_it(
    certificates: list[dict[str, str]], summary: str
) -> None:
    cv = make_cv({"Harbor Bank": ["Triaged alerts in Splunk."]}, summary=summary, certificates=certificates)
    posting = Posting("p", "Security Analyst\n\nRequirements:\n- CISSP\n- Splunk\n")
    assert evidence(cv, posting)["CISSP"][0] == "absent"
    # Not held, but not missing from the CV either: the keyword's evidence says where the CV has it under way.
    (pending, *_) = keyword_coverage(cv, posting)["CISSP"].related
    assert pending.term == "CISSP, not yet held"
    assert pending.where[0] in {"summary", "certificate:1"}
    silent = make_cv({"Harbor Bank": ["Triaged alerts in Splunk."]}, summary="Security analyst.")
    assert keyword_coverage(silent, posting)["CISSP"].related == ()
    held = make_cv({"Harbor Bank": ["Triaged alerts in Splunk."]}, certificates=[{"name": "CISSP", "date": "2024"}])
    assert evidence(held, posting)["CISSP"] == ("selected", ("certificate:1",))


@pytest.mark.parametrize(
    ("asked", "keyword", "certificates", "summary"),
    [
        (
            "Certified E-Discovery Specialist (CEDS) preferred",
            "Certified E-Discovery Specialist",
            [{"name": "Certified E-Discovery Specialist (CEDS)", "issuer": "ACEDS", "date": "in progress, due 2026"}],
            "Litigation paralegal.",
        ),
        (
            "Certified Information Systems Security Professional (CISSP)",
            "CISSP",
            [{"name": "CISSP", "date": "expected 2026"}],
            "Security analyst.",
        ),
        (
            "Certified Information Systems Security Professional (CISSP)",
            "CISSP",
            [],
            "Security analyst working toward the CISSP.",
        ),
    ],
)
def test_a_credential_still_to_come_meets_no_keyword_the_posting_spells_out_with_its_letters(
    asked: str, keyword: str, certificates: list[dict[str, str]], summary: str
) -> None:
    # A posting that spells a credential out gives its letters a meaning; a CV that names them only for a
    # credential its owner is still working for holds it no more than where the posting did not spell it out.
    cv = make_cv({"Harbor Legal": ["Ran document review in Splunk."]}, summary=summary, certificates=certificates)
    posting = Posting("p", f"Specialist\n\nRequirements:\n- {asked}\n- Splunk\n")
    assert evidence(cv, posting)[keyword][0] == "absent"
    (pending, *_) = keyword_coverage(cv, posting)[keyword].related
    assert pending.term.endswith(", not yet held")
    gained = [{**c, "date": "2024"} for c in certificates] or [{"name": keyword}]
    held = make_cv({"Harbor Legal": ["Ran document review in Splunk."]}, certificates=gained)
    assert evidence(held, posting)[keyword] == ("selected", ("certificate:1",))


def test_a_credential_whose_name_says_candidate_is_held_where_no_sitting_is_said() -> None:
    # The fire service's physical test is the "Candidate Physical Ability Test": a word of its name.
    cv = make_cv(
        {"County Fire": ["Kept the engine stocked."]},
        certificates=[{"name": "CPAT – Candidate Physical Ability Test", "date": "2019"}],
    )
    posting = Posting("p", "Firefighter\n\nRequirements:\n- A valid CPAT card\n")
    assert evidence(cv, posting)["CPAT"] == ("selected", ("certificate:1",))
    sitting = make_cv({"County Fire": ["Kept the engine stocked."]}, certificates=[{"name": "CPAT Candidate"}])
    assert evidence(sitting, posting)["CPAT"][0] == "absent"


def test_a_bullet_about_hours_toward_a_credential_is_no_evidence_of_holding_it_but_still_ranks() -> None:
    bullets = ["Triaged alerts in Splunk; completing study hours toward the CISSP.", "Working on the Kafka alert feed."]
    cv = make_cv({"Harbor Bank": bullets})
    posting = Posting("p", "Security Analyst\n\nRequirements:\n- CISSP\n- Splunk\n- Kafka\n")
    found = evidence(cv, posting)
    assert found["CISSP"][0] == "absent"
    assert found["Splunk"] == ("selected", ("job0-b0",))
    assert found["Kafka"] == ("selected", ("job0-b1",))  # work on a thing is work done, no credential to come
    assert "cissp" in prepare_cv(cv).terms_of("job0-b0")  # ranked on every word it says


def test_a_security_postings_tools_and_certifications_are_keywords_each_its_own() -> None:
    cv = make_cv(
        {"Harbor Bank": ["Isolated hosts with CrowdStrike Falcon.", "Mapped detections to ATT&CK techniques."]},
        certificates=[{"name": "CompTIA Security+", "date": "2022"}],
    )
    posting = Posting(
        "p",
        "SOC Analyst II\n\nRequirements:\n- CompTIA CySA+\n- Endpoint detection and response (EDR) tools\n"
        "- Threat hunting with MITRE ATT&CK\n- Qualys or Nessus\n",
    )
    found = evidence(cv, posting)
    assert found["CompTIA CySA+"][0] == "absent"  # Security+ is another certificate
    assert keyword_coverage(cv, posting)["EDR"].met_by == "CrowdStrike"  # one of its kind
    assert found["MITRE ATT&CK"] == ("selected", ("job0-b1",))
    assert found["threat hunting"][0] == "absent"
    assert {"Qualys", "Nessus"} <= found.keys()


@pytest.mark.parametrize(
    "line",
    [
        "CompTIA CySA+, GCIH or equivalent certification",
        "CySA+, GCIH, or a similar certification",
        "One of the following: CySA+, GCIH",
        "An incident handling certification such as CySA+, GCIH",
        "An incident handling certification (e.g., CySA+, GCIH)",
        "An incident handling certification (e.g., ECIH, CySA+, GCIH)",  # the first a name the lexicon lacks
        "An incident handling certification (CySA+, GCIH, etc.)",
        "An incident handling certification (CySA+, ECIH, GCIH, etc.)",
    ],
)
def test_skills_a_line_gives_as_examples_of_one_requirement_are_alternatives(line: str) -> None:
    posting = Posting("p", f"SOC Analyst\n\nRequirements:\n- {line}\n- Splunk and KQL\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["CompTIA CySA+"] == ("GCIH",) and found["GCIH"] == ("CompTIA CySA+",)
    assert found["Splunk"] == () and found["KQL"] == ()  # "and" offers no choice


def test_a_skill_named_before_a_bracket_of_examples_closed_by_etc_is_asked_and_the_examples_are_alternatives() -> None:
    # The kind is said right before its examples, with nothing between but the bracket: it stays asked on its own.
    posting = Posting("p", "Analyst\n\nRequirements:\n- Experience with a SIEM (Splunk, QRadar, etc.)\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Splunk"] == ("IBM QRadar",) and found["IBM QRadar"] == ("Splunk",)
    assert found["SIEM"] == ()


@pytest.mark.parametrize(
    ("line", "kind", "examples"),
    [
        ("Chart every visit in an EHR (Epic, Cerner, MEDITECH) daily", "EHR", {"Epic", "Cerner", "MEDITECH"}),
        (
            "Translate in CAT tools (SDL Trados, memoQ, Wordfast/Phrase)",
            "CAT tools",
            {"SDL Trados", "memoQ", "Wordfast"},
        ),
        # A word for what the kind is may stand between it and its bracket, as "such as" allows it.
        ("Investigate alerts in SIEM tools (Splunk, QRadar, LogRhythm)", "SIEM", {"Splunk", "IBM QRadar", "LogRhythm"}),
        ("Chart in an EHR system (Epic, Cerner)", "EHR", {"Epic", "Cerner"}),
        (
            "Track findings in GRC platforms (RSA Archer, ServiceNow GRC)",
            "governance, risk and compliance",
            {"RSA Archer", "ServiceNow GRC"},
        ),
    ],
)
def test_a_bracket_of_a_kinds_instances_right_after_it_asks_for_the_kind_and_any_one_of_them(
    line: str, kind: str, examples: set[str]
) -> None:
    # No "e.g." or "etc." is needed: each bracketed name is one of the kind the line names just before it.
    posting = Posting("p", f"Specialist\n\nRequirements:\n- {line}\n- Spanish and HIPAA\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    for name in examples:
        assert set(found[name]) == examples - {name}
    assert found[kind] == () and found["HIPAA"] == ()


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Experience with a CRM such as Salesforce", {"CRM", "Salesforce"}),
        (
            "SIEM tools such as Splunk, QRadar, and Microsoft Sentinel",
            {"SIEM", "Splunk", "IBM QRadar", "Microsoft Sentinel"},
        ),
        ("Version control (e.g., Git)", {"version control", "Git"}),
        # The work's name and a word for a tool name the kind of tool the lexicon lists its products under.
        ("Experience with helpdesk platforms such as Zendesk or Freshdesk", {"help desk", "Zendesk", "Freshdesk"}),
    ],
)
def test_a_kind_named_with_examples_after_such_as_is_one_requirement_any_of_them_meets(
    line: str, group: set[str]
) -> None:
    # "a CRM such as Salesforce" asks for a CRM: Salesforce says what would do, no second requirement beside it.
    posting = Posting("p", f"Account Executive\n\nRequirements:\n- {line}\n- B2B sales\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    for name in group:
        assert set(found[name]) == group - {name}, found
    assert found["B2B sales"] == ()


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Deliver intervention with structured literacy programs (Orton-Gillingham, SPIRE or similar)",
         {"structured literacy", "Orton-Gillingham"}),
        ("Chart every visit in an EHR system (Epic or similar)", {"EHR", "Epic"}),
        ("Log every call in a CRM platform (Salesforce or equivalent)", {"CRM", "Salesforce"}),
    ],
)  # fmt: skip
def test_a_kind_with_one_known_example_in_a_bracket_that_or_similar_closes_is_one_requirement(
    line: str, group: set[str]
) -> None:
    # "or similar" makes the bracket examples; where the lexicon knows only one of them, the kind is what else will
    # do: no requirement of that one example on its own.
    posting = Posting("p", f"Specialist\n\nRequirements:\n- {line}\n- Spanish\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    for name in group:
        assert set(found[name]) == group - {name}, found
    assert found["Spanish"] == ()


def test_a_reading_teachers_literacy_training_screeners_and_programmes_are_keywords_met_in_their_names() -> None:
    cv = make_cv(
        {
            "Maple Street Elementary": [
                "Taught phonics and guided reading to 26 second graders; finished LETRS Units 1-4.",
                "Screened every student three times a year with DIBELS 8 and kept running records.",
                "Planned the spring book fair.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Reading Interventionist\n\nRequirements:\n- Language Essentials for Teachers of Reading and Spelling\n"
        "- Systematic phonics instruction\n- Dynamic Indicators of Basic Early Literacy Skills\n"
        "- Response to intervention (RtI)\n- Running records and guided reading\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.status for term, k in found.items() if k.keyword.kind == "skill"} == {
        "LETRS": "selected",
        "phonics instruction": "selected",
        "DIBELS": "selected",
        "response to intervention": "absent",
        "running records": "selected",
        "guided reading": "selected",
    }


def test_a_resume_showing_another_of_the_kind_meets_a_kind_named_with_an_example() -> None:
    cv = make_cv({"Harlow Systems": ["Closed $1.2M in B2B software sales and logged every deal in HubSpot."]})
    posting = Posting("p", "Account Executive\n\nRequirements:\n- Experience with a CRM such as Salesforce\n")
    ranking = rank(cv, posting)
    covered = coverage(ranking, select(cv, ranking))
    assert [k.keyword.term for k in covered.required] == ["CRM"]  # one requirement, not two
    assert covered.ratio == 1.0 and covered.required[0].met_by == "HubSpot"


def test_a_suites_parts_and_names_the_lexicon_does_not_hold_as_its_kind_in_a_bracket_are_each_asked_for() -> None:
    # Word and Excel are parts of Microsoft Office, not kinds of it; Kubernetes is no container runtime.
    for line in ("Microsoft Office (Word, Excel, PowerPoint)", "Containerization (Docker, Kubernetes, Podman)"):
        posting = Posting("p", f"Specialist\n\nRequirements:\n- {line}\n")
        found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
        assert found and all(others == () for others in found.values()), found


@pytest.mark.parametrize(
    ("line", "whole", "parts"),
    [
        ("Unity DOTS (including ECS, Job System and Burst Compiler)", "Unity DOTS", {"entity component system"}),
        ("Microsoft Office, including Excel and Outlook", "Microsoft Office", {"Microsoft Excel", "Microsoft Outlook"}),
        ("Google Workspace (incl. Google Sheets, Google Docs)", "Google Workspace", {"Google Sheets", "Google Docs"}),
        (
            "Microsoft Office (including Word, Excel, PowerPoint)",
            "Microsoft Office",
            {"Microsoft Word", "Microsoft Excel", "Microsoft PowerPoint"},
        ),
        (
            "Adobe Creative Suite (including Photoshop, InDesign)",
            "Adobe Creative Suite",
            {"Adobe Photoshop", "Adobe InDesign"},
        ),
    ],
)
def test_a_named_thing_whose_parts_a_posting_lists_after_including_is_met_by_any_part_and_each_part_stays_asked(
    line: str, whole: str, parts: set[str]
) -> None:
    # The posting itself says what the whole is made of: a résumé that shows one part has worked in it. The parts
    # are no choice among themselves (a suite's parts are each asked, as "Microsoft Office (Word, Excel)" asks both),
    # in a bracket or after a comma alike, though the lexicon holds the suite's programs as its instances.
    posting = Posting("p", f"Specialist\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert parts <= set(found[whole]), found
    assert all(whole not in found[part] for part in parts if part in found), found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("An EHR system (including Epic, Cerner)", "EHR"),
        ("A CRM platform, including Salesforce, HubSpot", "CRM"),
    ],
)
def test_other_makers_products_a_kind_lists_after_including_are_examples_of_it_any_one_of_which_will_do(
    line: str, kind: str
) -> None:
    # A suite's parts carry its maker's name (Microsoft Office's Word); a kind's examples are others' products, which
    # a posting names as what would do: the kind is one requirement, any example meets it.
    posting = Posting("p", f"Coordinator\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    examples = set(found) - {kind}
    assert len(examples) == 2 and all(set(found[name]) == set(found) - {name} for name in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Current certifications such as BLS, ACLS, PALS",
        "Certifications (e.g., BLS, ACLS, PALS) required",
        "Current life support certifications, including BLS, ACLS, PALS",
    ],
)
def test_life_support_cards_given_as_examples_with_commas_alone_are_each_asked(line: str) -> None:
    # A clinician holds the resuscitation courses side by side (held_together.tsv), so a list of them with no "or"
    # names the cards the job asks, each; "one of" or an "or" still offers the choice.
    posting = Posting("p", f"Registered Nurse\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert {"BLS", "ACLS", "PALS"} <= found.keys() and all(found[n] == () for n in ("BLS", "ACLS", "PALS")), found


@pytest.mark.parametrize(
    "line",
    [
        "One of the following: BLS, ACLS, PALS",
        "One of the following certifications: BLS, ACLS, PALS",
        "Certifications such as BLS, ACLS or PALS",
        "Certifications such as OSHA 30, First Aid, CPR",  # a site's safety cards, of no one group: examples
    ],
)
def test_cards_offered_by_one_of_an_or_or_beside_others_stay_a_choice(line: str) -> None:
    posting = Posting("p", f"Site Supervisor\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert len(found) == 3 and all(len(others) == 2 for others in found.values()), found


@pytest.mark.parametrize(
    "line",
    ["Kafka, including troubleshooting consumer lag", "Software engineering, including code review and testing"],
)
def test_what_the_work_takes_listed_after_including_is_no_part_that_meets_it(line: str) -> None:
    # Aspects of the work in small letters are what it takes, not named parts: troubleshooting shows no Kafka.
    posting = Posting("p", f"Engineer\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found and all(others == () for others in found.values()), found


def test_a_whole_named_with_its_parts_is_met_where_the_resume_shows_one_part() -> None:
    cv = make_cv({"Brightmoor Games": ["Rewrote the crowd simulation on Unity's ECS for 20,000 agents."]})
    posting = Posting(
        "p", "Gameplay Programmer\n\nRequirements:\n- Unity DOTS (including ECS, Job System and Burst Compiler)\n"
    )
    ranking = rank(cv, posting)
    covered = {k.keyword.term: k for k in coverage(ranking, select(cv, ranking)).required}
    assert covered["Unity DOTS"].met and "ECS" in covered["Unity DOTS"].met_by
    assert not covered["Burst Compiler"].met


def test_systems_of_a_rare_thing_are_said_by_the_thing_and_systems_of_an_everyday_word_are_not() -> None:
    # "conduit systems" are conduit, "sprinkler systems" sprinklers: a word rare in English names the thing, and
    # "systems" adds nothing to it. "critical systems" or "information systems" are no critical or information.
    cv = make_cv(
        {
            "Maumee Electric": ["Bent and ran conduit to code for lighting circuits.", "Kept critical spares stocked."],
            "Fairhaven Fire": ["Inspected sprinklers in 40 warehouses.", "Filed inspection information."],
        }
    )
    posting = Posting(
        "p",
        "Electrician\n\nResponsibilities:\n- Install conduit systems and sprinkler systems.\n- Support critical "
        "systems and information systems.\n\nRequirements:\n- Experience with conduit systems and sprinkler "
        "systems\n- Knowledge of critical systems and information systems\n",
    )
    ranking = rank(cv, posting)
    covered = coverage(ranking, select(cv, ranking)).keywords
    status = {k.keyword.term: k.status for k in covered if k.keyword.kind == "phrase"}
    assert status == {
        "conduit system": "selected",
        "sprinkler system": "selected",
        "critical system": "absent",
        "information system": "absent",
    }, status


def test_skills_a_line_lists_to_an_etc_outside_brackets_are_each_asked_for() -> None:
    # Only a bracket of examples after what is asked offers them as a choice.
    posting = Posting("p", "Analyst\n\nRequirements:\n- Knowledge of Python, SQL, Tableau, etc.\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"Python": (), "SQL": (), "Tableau": ()}


def test_a_name_inside_a_longer_name_earlier_on_the_line_is_an_alternative_where_it_stands_alone() -> None:
    # "Azure" is said first inside "Azure DevOps": the cloud is one of the clouds, not of the CI servers.
    line = "CI servers (e.g., Jenkins, Azure DevOps), clouds (e.g., AWS, Azure, GCP)"
    posting = Posting("p", f"QA Engineer\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Jenkins"] == ("Azure DevOps",) and found["Azure DevOps"] == ("Jenkins",)
    assert found["Azure"] == ("AWS", "GCP")


def test_examples_in_brackets_end_at_the_bracket() -> None:
    # IAM follows the clouds' bracket: it is asked beside them, no cloud meets it.
    line = "Clouds (e.g., AWS, GCP), IAM tools (e.g., Okta, Ping Identity)"
    posting = Posting("p", f"QA Engineer\n\nRequirements:\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["AWS"] == ("GCP",) and found["GCP"] == ("AWS",)
    assert "AWS" not in found["IAM"] and found["Okta"] == ("Ping Identity",)


def test_examples_a_line_lists_to_the_last_with_and_are_each_asked_for() -> None:
    posting = Posting("p", "Analyst\n\nRequirements:\n- Tools such as Python, SQL, and Tableau\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"Python": (), "SQL": (), "Tableau": ()}


def test_a_kitchens_costs_counts_and_servsafe_as_postings_spell_them_meet_the_cvs_words() -> None:
    cv = make_cv(
        {
            "Harbor Grill": [
                "Brought labor costs down to 27% of sales with a new prep schedule.",
                "Ran weekly inventory counts of the walk-in and dry storage.",
            ]
        },
        certificates=[{"name": "ServSafe Food Protection Manager"}],
    )
    posting = Posting(
        "p",
        "Kitchen Manager\n\nRequirements:\n- ServeSafe Manager certification\n- Labor cost control\n"
        "- Monthly inventory audits\n",
    )
    found = evidence(cv, posting)
    assert found["ServSafe Manager"][0] == "selected"  # "ServeSafe", as employers often spell it
    assert found["labor cost"] == ("selected", ("job0-b0",))
    assert found["physical inventory"] == ("selected", ("job0-b1",))


def test_a_food_handler_course_is_no_manager_certificate_but_a_manager_certificate_meets_a_food_handler_ask() -> None:
    handler = make_cv({"Dockside Diner": ["Led every cook through ServSafe Food Handler training.", "Ran the pass."]})
    manager = make_cv(
        {"Dockside Diner": ["Ran the pass on busy weekends.", "Counted the walk-in weekly."]},
        certificates=[{"name": "ServSafe Manager"}],
    )
    asks_manager = Posting("p", "Kitchen Manager\n\nRequirements:\n- ServSafe Manager certification\n- Line work\n")
    asks_handler = Posting("p", "Prep Cook\n\nRequirements:\n- ServSafe Food Handler\n- Knife skills\n")
    asks_kind = Posting("p", "Kitchen Lead\n\nRequirements:\n- Certified Food Protection Manager\n- Line experience\n")
    assert evidence(handler, asks_manager)["ServSafe Manager"][0] == "absent"
    assert evidence(manager, asks_manager)["ServSafe Manager"][0] == "selected"
    for posting, term in ((asks_handler, "ServSafe Food Handler"), (asks_kind, "food manager certification")):
        (card,) = [k for k in keyword_coverage(manager, posting).values() if k.keyword.term == term]
        assert card.met and card.met_by == "ServSafe Manager"


def test_a_job_title_naming_someone_the_job_works_with_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# Events Manager\n\n## Responsibilities\n\n- Plan custom menus with the Executive Chef\n"
        "- Report weekly to our charge nurse liaison\n- Run banquets for up to 300 guests\n\n"
        "## Requirements\n\n- Banquet experience\n- ServSafe Manager certification\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "banquets" in terms and "ServSafe Manager" in terms  # a credential named for a job is still one
    assert "executive chef" not in terms and "charge nurse" not in terms


def test_the_titles_a_posting_lists_in_brackets_as_a_teams_members_are_no_keywords() -> None:
    posting = Posting(
        "p",
        "# Home Health Occupational Therapist\n\n## Responsibilities\n\n"
        "- Coordinate with the interdisciplinary team (RN, PT, MSW)\n- Teach caregivers safe transfers\n\n"
        "## Requirements\n\n- Current OT license\n- BLS\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "BLS" in terms
    assert not {"RN", "MSW"} & terms


def test_a_teams_disciplines_in_brackets_are_the_work_its_member_did_and_a_posting_asks_for() -> None:
    # Brackets after "team" that list people ("(RN, PT, MSW)") are colleagues; brackets that list what the team does
    # or uses are the work: a rescue team's member worked confined spaces, a platform team's hire will run Kubernetes.
    cv = make_cv({"City Fire": ["Member of the Technical Rescue Team (rope, confined space, trench)."]})
    posting = Posting("p", "# Firefighter\n\n## Requirements\n\n- Experience working in a confined space\n")
    assert keyword_coverage(cv, posting)["confined space"].status == "selected"
    asks = Posting("p", "# SRE\n\n## What you'll do\n\n- Join our platform team (Kubernetes, Terraform)\n")
    assert {"Kubernetes", "Terraform"} <= {k.term for k in keywords(analyse_posting(asks))}


def test_a_posting_asking_for_a_coding_bodys_credential_is_met_by_one_of_its_credentials() -> None:
    cv = make_cv(
        {"Clinic": ["Assigned CPT and ICD-10-CM codes for 40 E/M visits a day."]},
        certificates=[{"name": "Certified Professional Coder (CPC)"}],  # its issuer not written
    )
    posting = Posting("p", "# Medical Coder\n\n## Requirements\n\n- Credentialed through the AAPC\n")
    assert keyword_coverage(cv, posting)["AAPC"].met_by == "Certified Professional Coder"  # the AAPC's own


def test_a_hazardous_materials_certification_says_hazmat() -> None:
    # NFPA 472's levels name the field: a Hazardous Materials Technician has worked hazardous materials incidents.
    cv = make_cv(
        {"City Fire": ["Performed interior fire attack."]}, certificates=[{"name": "Hazardous Materials Technician"}]
    )
    posting = Posting("p", "# Firefighter\n\n## Requirements\n\n- Respond to hazardous materials emergencies\n")
    assert keyword_coverage(cv, posting)["hazmat"].status == "selected"


def test_a_job_title_written_in_the_plural_names_people_the_job_works_with_not_what_it_asks_for() -> None:
    posting = Posting(
        "p",
        "# Rehabilitation Manager\n\n## Responsibilities\n\n- Supervise physical therapist assistants and aides\n"
        "- Lead a team of 4 occupational therapists and 2 charge nurses\n\n## Requirements\n\n- Medicare billing\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "Medicare" in terms
    assert not {"physical therapist assistant", "charge nurse"} & terms
    asks = Posting("p", "# Rehab Aide\n\n## Requirements\n\n- Licensed as a physical therapist assistant\n")
    assert "physical therapist assistant" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_credential_named_after_a_job_in_the_plural_is_asked_for_not_a_colleague() -> None:
    # "ServSafe Manager certifications" are cards the candidate holds; the "s" is the certifications', no managers'.
    posting = Posting("p", "# General Manager\n\n## Requirements\n\n- BASSET and ServSafe Manager certifications\n")
    assert "ServSafe Manager" in {k.term for k in keywords(analyse_posting(posting))}


def test_a_jobs_letters_in_brackets_after_its_words_in_the_plural_name_the_people_the_job_supervises() -> None:
    # The letters stand for the words before them, people the job supervises, though "assistants" is a word of
    # software too; asked for in the singular ("a Speech-Language Pathology Assistant (SLPA)"), they are the job.
    posting = Posting(
        "p",
        "# Speech-Language Pathologist\n\n## Responsibilities\n\n"
        "- Supervise Speech-Language Pathology Assistants (SLPA) in the schools\n\n"
        "## Requirements\n\n- Medicaid billing\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "Medicaid" in terms and "SLPA" not in terms
    asks = Posting(
        "p", "# SLPA\n\n## Requirements\n\n- Licensed Speech-Language Pathology Assistant (SLPA) in good standing\n"
    )
    assert "SLPA" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_skill_before_a_job_of_two_words_in_the_plural_names_people_the_job_works_with() -> None:
    posting = Posting(
        "p",
        "# Clinical Pharmacist\n\n## Responsibilities\n\n- Precept PGY1 and PGY2 pharmacy residents\n"
        "- Round in collaboration with RN case managers\n\n## Preferred\n\n- PGY2 residency\n",
    )
    found = {k.term: k.required for k in keywords(analyse_posting(posting))}
    assert found.get("PGY2 residency") is False  # asked for where it is preferred, not where residents are taught
    assert "RN" not in found
    # A function word between opens no title: "documentation for engineers" is documentation asked for.
    asks = Posting("p", "# Writer\n\n## Responsibilities\n\n- Write technical documentation for engineers\n")
    assert "technical writing" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_field_the_job_hands_its_work_over_to_is_a_department_not_a_skill_asked_for() -> None:
    posting = Posting(
        "p",
        "# Estimator\n\n## Responsibilities\n\n- Hand off awarded projects to project management.\n"
        "- Escalate billing questions to accounting\n- Serve as an escalation point to determine root cause analysis\n"
        "- Hand over closed jobs to customer service with a complete warranty file\n",  # what it hands over with
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not {"project management", "accounting", "customer service"} & terms
    assert "root cause analysis" in terms  # what for, not whom to


def test_a_fields_leadership_the_job_works_with_is_people_not_leadership_asked_for() -> None:
    works_with = "- Set the roadmap with product and engineering leadership\n- Present to finance leadership\n"
    posting = Posting("p", f"# Engineering Manager\n\n## Responsibilities\n\n{works_with}")
    assert "technical leadership" not in {k.term for k in keywords(analyse_posting(posting))}
    asks = Posting("p", posting.text + "\n## Requirements\n\n- Technical leadership of a platform team\n")
    assert "technical leadership" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_field_written_as_its_practitioners_in_the_plural_names_people_the_job_works_with() -> None:
    posting = Posting(
        "p",
        "# Data Scientist\n\n## Requirements\n\n- Partner with data engineers and software engineers on pipelines\n"
        "- Python\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "Python" in terms and not {"data engineering", "software engineering"} & terms
    asks = Posting("p", "# Data Scientist\n\n## Requirements\n\n- 3+ years of data engineering or as a data engineer\n")
    assert "data engineering" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_field_that_names_a_team_the_job_works_with_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# QA Engineer\n\n## Responsibilities\n\n- Work closely with our development and product management teams\n"
        "- Partner with the marketing team on launches\n- Write test plans in TestRail\n- Python\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "Python" in terms and not {"product management", "marketing"} & terms
    # Asked for in its own words, or as a team the job works on, it stays a keyword.
    asks = Posting("p", "# QA Engineer\n\n## Requirements\n\n- Experience in product management\n- An Agile team\n")
    assert {"product management", "Agile"} <= {k.term for k in keywords(analyse_posting(asks))}


def test_fields_named_in_capitals_as_the_departments_a_job_works_with_are_no_keywords() -> None:
    posting = Posting(
        "p",
        "# Pricing Actuary\n\n## Responsibilities\n\n- Drive results through collaboration with Data Science &"
        " Analytics, Finance, Customer Success and Product\n- Build reserving models in SQL\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "SQL" in terms and not {"data science", "customer success"} & terms
    # Asked for after "experience with", they stay keywords, and so does a product named in capitals after "with".
    asks = Posting(
        "p",
        "# Analyst\n\n## Requirements\n\n- Experience working with Data Science and Customer Success tooling\n"
        "- Collaborate with Jira and Confluence power users\n",
    )
    assert {"data science", "customer success", "Jira"} <= {k.term for k in keywords(analyse_posting(asks))}


def test_a_department_named_in_capitals_after_with_at_a_clauses_end_or_among_those_coordinated_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# Plant Manager\n\n## Responsibilities\n\n- Resolve grievances with HR\n- Lead recalls, coordinating"
        " Engineering, Legal, Quality and Public Relations\n- Run the plant's ERP in SAP\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "SAP" in terms and not {"human resources", "public relations"} & terms
    # Known, or asked for in the clause's own words, the field stays a keyword.
    asks = Posting(
        "p",
        "# Plant Manager\n\n## Requirements\n\n- Experience with HR\n- 3+ years in Public Relations\n",
    )
    assert {"human resources", "public relations"} <= {k.term for k in keywords(analyse_posting(asks))}
    # What a job complies with is rules, no department.
    rules = Posting(
        "p", "# Plant Manager\n\n## Requirements\n\n- Keep records that comply with OSHA and Data Privacy.\n"
    )
    assert "data privacy" in {k.term for k in keywords(analyse_posting(rules))}


def test_a_skill_said_only_as_the_worker_ending_a_joined_kind_of_job_is_no_keyword() -> None:
    role = "# Support Lead\n\n## Responsibilities\n\n- This is a player-coach role: work tickets beside your team\n"
    assert "coaching" not in {k.term for k in keywords(analyse_posting(Posting("p", role)))}
    asks = "# Support Lead\n\n## Responsibilities\n\n- Provide peer-coaching to new agents\n"
    assert "coaching" in {k.term for k in keywords(analyse_posting(Posting("p", asks)))}
    # Letters after a slash are a choice of fields, no kind of worker.
    sre = "# Platform Engineer\n\n## Requirements\n\n- 5+ years of DevOps/SRE experience\n"
    assert "site reliability engineering" in {k.term for k in keywords(analyse_posting(Posting("p", sre)))}


def test_the_field_in_a_colleagues_title_is_no_keyword_but_the_jobs_own_title_keeps_its_field() -> None:
    posting = Posting(
        "p",
        "# Staff Attorney\n\n## Responsibilities\n\n- Speak to reporters, facilitated by the Director of Strategic"
        " Communications\n- Report to our VP of Marketing on campaigns\n- Draft briefs; legal research\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "legal research" in terms and not {"communications", "marketing"} & terms
    # The job's own title names its own field, and a field asked for in its own words stays a keyword.
    own = Posting(
        "p",
        "# Director of Marketing\n\n## About the role\n\nAs the Director of Marketing you will own our brand.\n\n"
        "## Requirements\n\n- Experience in digital marketing\n",
    )
    found = {k.term for k in keywords(analyse_posting(own))}
    assert "digital marketing" in found
    asks = Posting(
        "p", "# Analyst\n\n## Requirements\n\n- Experience in crisis communications\n- Reports to the Director\n"
    )
    assert "crisis communications" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_field_that_names_the_partners_a_job_refers_its_customers_to_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# Personal Banker\n\n## Responsibilities\n\n- Refer customers to Mortgage and Wealth Management partners\n"
        "- Connect clients to our digital marketing partners\n- Open deposit accounts\n- Cash handling\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "cash handling" in terms and not {"wealth management", "digital marketing"} & terms
    # Asked for in its own words, it stays a keyword.
    asks = Posting("p", "# Advisor\n\n## Requirements\n\n- Experience in wealth management\n- Cash handling\n")
    assert "wealth management" in {k.term for k in keywords(analyse_posting(asks))}


def test_a_slash_in_a_list_that_goes_on_with_and_offers_a_choice_only_between_its_own_two() -> None:
    posting = Posting("p", "# Engineer\n\n## Requirements\n\n- Knowledge of Python/Go, Docker and Kubernetes\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found["Docker"] == () and found["Kubernetes"] == ()
    assert found["Python"] == ("Go",)
    # Where an "or" offers the choice, the whole run is one.
    either = Posting("p", "# Engineer\n\n## Requirements\n\n- Python/Go, Java or Rust\n")
    assert {k.term: k.alternatives for k in keywords(analyse_posting(either))}["Java"] == ("Go", "Python", "Rust")


def test_a_slash_between_the_grades_of_a_skill_offers_no_choice_between_it_and_the_next_skill() -> None:
    # "Green/Black Belt" grades Six Sigma: the certificate listed after it is asked beside it, not instead of it.
    posting = Posting("p", "# Engineer\n\n## Requirements\n\n- Certifications: Six Sigma Green/Black Belt, PMP, CQE\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found["Six Sigma"] == () and found["PMP"] == () and found["Certified Quality Engineer"] == ()
    # A slash between two skills still offers the choice.
    pair = Posting("p", "# Engineer\n\n## Requirements\n\n- Six Sigma/PMP, CQE\n")
    assert {k.term: k.alternatives for k in keywords(analyse_posting(pair))}["PMP"] == ("Six Sigma",)


def test_a_slash_in_a_list_of_things_asked_offers_a_choice_only_between_its_own_two_with_no_and_after_it() -> None:
    # A list of asks that ends with no "and": the slash still joins only its neighbours.
    posting = Posting(
        "p", "# Writer\n\n## Requirements\n\n- Hands-on with Git, Markdown/AsciiDoc, front-end development\n"
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found["Markdown"] == ("AsciiDoc",) and found["AsciiDoc"] == ("Markdown",)
    assert found["frontend development"] == () and found["Git"] == ()
    # Examples of one requirement stay one choice.
    examples = Posting("p", "# Writer\n\n## Requirements\n\n- A docs tool such as Sphinx, MkDocs/Docusaurus\n")
    assert {k.term: k.alternatives for k in keywords(analyse_posting(examples))}["Sphinx"] == ("Docusaurus", "MkDocs")


def test_a_credential_a_posting_asks_for_in_brackets_stays_a_keyword() -> None:
    posting = Posting("p", "# Charge Nurse\n\n## Requirements\n\n- Current licence (RN or LPN)\n- ACLS (BLS)\n")
    assert {"RN", "LPN", "ACLS", "BLS"} <= {k.term for k in keywords(analyse_posting(posting))}


def test_a_job_title_the_posting_asks_for_or_is_for_stays_a_keyword() -> None:
    asks = Posting("p", "# Kitchen Lead\n\n## Requirements\n\n- Two years as a sous chef\n- Knife skills\n")
    own = Posting(
        "p",
        "# Sous Chef\n\n## Responsibilities\n\n- Run the line as the sous chef on duty\n"
        "- The sous chef orders produce\n\n## Requirements\n\n- Knife skills\n",
    )
    assert "sous chef" in {k.term for k in keywords(analyse_posting(asks))}
    assert "sous chef" in {k.term for k in keywords(analyse_posting(own))}


def test_a_three_statement_model_is_evidence_of_the_financial_modeling_a_posting_asks_for() -> None:
    cv = make_cv({"Fenwick Mills": ["Built a driver-based three-statement model in Excel.", "Ran the close."]})
    posting = Posting("p", "Finance Manager\n\nRequirements:\n- Financial modeling\n- Excel\n")
    assert evidence(cv, posting)["financial modeling"] == ("selected", ("job0-b0",))


def test_a_physical_therapists_licence_is_no_evidence_of_an_assistants_and_a_doctorate_of_a_specialism() -> None:
    cv = make_cv({"Riverside Rehab": ["Treated 14 outpatients a day as a Physical Therapist (DPT), with students."]})
    posting = Posting(
        "p",
        "Physical Therapist Assistant\n\nRequirements:\n- Current Physical Therapist Assistant (PTA) license\n"
        "- Doctor of Physical Therapy\n- Orthopaedic Clinical Specialist (OCS)\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["physical therapist assistant"].status == "absent"  # a PT is not a PTA
    assert found["DPT"].status == "selected"  # the doctorate, however it is written
    assert found["OCS"].status == "absent"  # a specialist's board certification is not the degree
    assert "physical therapist" not in found


def test_a_parent_teacher_association_is_no_physical_therapist_assistant() -> None:
    cv = make_cv({"Oak Hill Elementary": ["Presented reading results at PTA meetings each term."]})
    posting = Posting("p", "Third Grade Teacher\n\nRequirements:\n- Work with the PTA on family reading nights\n")
    assert "physical therapist assistant" not in keyword_coverage(cv, posting)


def test_supervisory_experience_is_a_skill_that_leading_a_team_is_related_evidence_of() -> None:
    cv = make_cv({"Riverside Library": ["Lead a team of 5 cataloguers and two technicians.", "Ran storytime."]})
    posting = Posting("p", "Branch Manager\n\nRequirements:\n- Three years of supervisory experience\n- Storytime\n")
    (found,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "staff supervision"]

    assert found.keyword.said == "supervisory experience" and found.status == "absent"
    assert [(r.term, r.where) for r in found.related] == [("team leadership", ("job0-b0",))]


def test_employee_or_marketing_communications_is_a_field_of_work_not_communication_skills() -> None:
    posting = Posting(
        "p",
        "Benefits Specialist\n\nResponsibilities:\n- Draft employee communications for open enrollment\n"
        "- Review marketing communications with the brand team\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting))}

    assert found.get("internal communications") == "employee communications"
    assert found.get("marketing communications") == "marketing communications"
    assert "communication skills" not in found


def test_communication_disorders_are_a_clinical_field_not_communication_skills() -> None:
    posting = Posting(
        "p",
        "Speech Therapist\n\nResponsibilities:\n- Treat adults with cognitive-communication disorders\n"
        "- Support students with communication disorders and social communication goals\n",
    )
    found = {k.term for k in keywords(analyse_posting(posting))}

    assert {"cognitive-communication disorders", "communication disorders", "social communication"} <= found
    assert "communication skills" not in found


def test_title_vii_is_a_keyword_of_its_own_and_ada_in_capitals_is_no_programming_language() -> None:
    posting = Posting("p", "HR Business Partner\n\nRequirements:\n- Knowledge of FMLA, ADA, Title VII and FLSA\n")
    found = {k.term: k.said for k in keywords(analyse_posting(posting))}

    assert {"FMLA", "Title VII", "FLSA"} <= set(found) and "title" not in found
    assert "Ada" not in found  # the Americans with Disabilities Act, among other Acts
    embedded = Posting("p", "Embedded Engineer\n\nRequirements:\n- C, C++ or Ada\n")
    assert "Ada" in {k.term for k in keywords(analyse_posting(embedded))}


@pytest.mark.parametrize("title", ["UX Researcher", "Senior User Researcher"])
def test_a_researchers_job_title_is_evidence_of_ux_research(title: str) -> None:
    cv = make_cv({"Shopfront": ["Interviewed 30 shoppers about returns.", "Ran the office's book club."]})
    cv = cv.model_copy(update={"experience": [cv.experience[0].model_copy(update={"role": title})]})
    posting = Posting("p", "Product Designer\n\nRequirements:\n- UX research\n- Prototyping\n")
    assert evidence(cv, posting)["UX research"] == ("selected", ("title:job0",))


def test_operations_shortened_to_ops_in_a_cv_are_evidence_of_the_postings_operations() -> None:
    cv = make_cv({"Kestrel Labs": ["Set up research ops for a team of nine.", "Ran the office's book club."]})
    posting = Posting(
        "p",
        "Research Operations Manager\n\nRequirements:\n- 3+ years running research operations\n"
        "- Scale research operations across teams\n",
    )
    assert evidence(cv, posting)["research operation"] == ("selected", ("job0-b0",))


def test_a_ux_researchers_methods_and_tools_are_keywords_a_cv_meets_or_misses() -> None:
    cv = make_cv(
        {
            "Shopfront": [
                "Ran a card sort and tree tests in Optimal Workshop to restructure navigation.",
                "Cut dovetail joints for the office's bookshelves.",
            ]
        }
    )
    posting = Posting(
        "p",
        "UX Researcher\n\nRequirements:\n- Card sorting and tree testing\n- Contextual inquiry and diary studies\n"
        "- Qualtrics or SurveyMonkey\n- Dovetail\n",
    )
    found = evidence(cv, posting)
    assert found["card sorting"] == ("selected", ("job0-b0",))
    assert found["tree testing"] == ("selected", ("job0-b0",))
    assert found["contextual inquiry"] == ("absent", ())
    assert found["diary studies"] == ("absent", ())
    assert found["Qualtrics"] == ("absent", ())
    assert found["Dovetail"] == ("absent", ())  # the carpenter's joint is no research repository


def test_a_water_resources_postings_models_and_permits_are_keywords_met_by_their_spellings() -> None:
    cv = make_cv(
        {
            "Lakemont Stormwater Utility": [
                "Calibrated an EPA SWMM model of the downtown storm drain network.",
                "Ran HEC-HMS for the watershed and EPANET for the distribution system.",
                "Wrote the annual report under the municipal separate storm sewer system permit.",
                "Prepared Clean Water Act Section 404 permits for two culvert replacements.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Water Resources Engineer\n\nRequirements:\n- SWMM and HEC-HMS\n- EPANET or WaterGEMS\n"
        "- NPDES permitting and MS4 compliance\n- Section 404 permits\n- Low impact development\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.status != "absent" for term, k in found.items()} == {
        "SWMM": True,
        "HEC-HMS": True,
        "EPANET": True,
        "WaterGEMS": False,
        "NPDES": False,
        "MS4": True,  # said in full
        "Section 404": True,
        "low impact development": False,
    }


def test_a_phrase_that_opens_with_preparing_is_no_keyword_but_what_is_prepared_is() -> None:
    posting = Posting(
        "p",
        "Civil Engineer\n\nDuties:\n- Prepares levee rehabilitation plans.\n\nRequirements:\n"
        "- Experience preparing levee rehabilitation plans.\n- Levee rehabilitation on rivers.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "levee rehabilitation" in terms
    assert "prepare levee" not in terms


def test_a_phrase_that_opens_with_a_duties_verb_in_the_third_person_is_no_keyword() -> None:
    # A class specification's duties: "presents" is the duty's verb, after a semicolon or after another verb.
    posting = Posting(
        "p",
        "Planner\n\nDuties:\n- Reviews site plans for compliance; presents reports to the board.\n"
        "- Develops and presents reports twice a year.\n\nRequirements:\n- A degree in planning.\n",
    )
    assert "present report" not in {k.term for k in keywords(analyse_posting(posting))}
    # A plural that opens list items is a noun where the posting writes the phrase anywhere else.
    posting = Posting(
        "p",
        "Planner\n\nDuties:\n- Permits review for contractors.\n\nRequirements:\n- Permits review experience.\n"
        "- Experience with permits review and inspections.\n",
    )
    assert "permit review" in {k.term for k in keywords(analyse_posting(posting))}


def test_a_phrase_of_three_words_always_said_together_is_one_keyword_its_head_in_its_own_words() -> None:
    # "valuable movement" and "movement metrics" are halves of one phrase: the head is the keyword, once.
    posting = Posting(
        "p",
        "Warehouse Lead\n\nDuties:\n- Track valuable movement metrics for every shift.\n"
        "- Report valuable movement metrics to the site manager.\n\nRequirements:\n"
        "- Coach pickers on valuable movement metrics.\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert found.get("movement metric") == "movement metrics"
    assert "valuable movement" not in found


def test_a_name_of_three_capitalised_words_is_shown_whole() -> None:
    posting = Posting(
        "p",
        "Security Analyst\n\nDuties:\n- Triage alerts in the Harbor Threat Console daily.\n"
        "- Tune detections in the Harbor Threat Console.\n\nRequirements:\n- Harbor Threat Console experience.\n",
    )
    said = [k.said for k in keywords(analyse_posting(posting)) if k.kind == "phrase"]
    assert "Harbor Threat Console" in said and "Harbor Threat" not in said


def test_a_phrase_said_alone_as_well_stays_a_keyword_of_its_own() -> None:
    posting = Posting(
        "p",
        "Planner\n\nDuties:\n- Forecast regional freight demand monthly.\n- Model regional freight demand.\n"
        "\nRequirements:\n- Regional freight experience.\n- Freight demand models.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert {"regional freight", "freight demand"} <= terms


def test_the_title_of_someone_the_job_reports_to_is_no_keyword_and_a_job_asked_of_the_candidate_is() -> None:
    posting = Posting(
        "p",
        "Staff Accountant\n\nDuties:\n- Post journal entries under the direction of the Chief Financial Officer.\n"
        "- Reconcile accounts weekly for the Chief Financial Officer.\n"
        "- Support our SVP, Bank Compliance Officer with audits. The Bank Compliance team reviews them.\n"
        "- Experience as a Project Manager; project manager experience.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert not {"chief financial", "financial officer", "bank compliance", "compliance officer"} & terms
    assert "project manager" in terms


def test_the_title_under_a_reports_to_label_or_after_by_is_someone_elses_job_no_keyword() -> None:
    posting = Posting(
        "p",
        "Shift Supervisor\n\nReports to: Branch Director, Regional Director\n\nDuties:\n"
        "- Open the branch as directed by Branch Director.\n- Count the safe as assigned by Branch Director.\n"
        "- Run the branch in Branch Director's absence.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "branch director" not in terms


def test_a_title_in_lowercase_the_job_assists_works_with_or_stands_in_for_is_someone_elses_job_no_keyword() -> None:
    kitchen = Posting(
        "p",
        "Line Cook\n\nResponsibilities:\n- Assist head chef in menu planning and prep.\n"
        "- Collaborate with head chef on specials.\n- Run the pass in head chef's absence.\n"
        "\nRequirements:\n- Communicate effectively with the head chef and servers.\n- Knife skills.\n",
    )
    ward = Posting(
        "p",
        "Nursing Assistant\n\nDuties:\n- Take vital signs under the supervision of a registered nurse.\n"
        "- Report changes to the charge nurse.\n- Work closely with the charge nurse on admissions.\n",
    )
    asked = Posting("p", "Kitchen Manager\n\nRequirements:\n- 3 years as a head chef.\n- Head chef experience.\n")
    licensed = Posting("p", "Clinic Nurse\n\nRequirements:\n- A current registered nurse's license.\n- IV therapy.\n")
    assert "head chef" not in {k.term for k in keywords(analyse_posting(kitchen))}
    assert not {"registered nurse", "charge nurse"} & {k.term for k in keywords(analyse_posting(ward))}
    assert "head chef" in {k.term for k in keywords(analyse_posting(asked))}
    assert "RN" in {k.term for k in keywords(analyse_posting(licensed))}


def test_a_title_in_capitals_the_job_works_in_collaboration_with_is_someone_elses_job_no_keyword() -> None:
    # A duty written short names whom the work is shared with without an article, as "the" would: a Project
    # Manager the drawings are made with is a colleague, not a title the candidate must have held.
    studio = Posting(
        "p",
        "Staff Architect\n\nResponsibilities:\n"
        "- Directs production of drawings in collaboration with Project Manager.\n"
        "- Coordinates with Project Manager on fees.\n",
    )
    # "Support" may open a title of the job's own, as a word of working with someone may not.
    own = Posting(
        "p",
        "Tenant Support Program Coordinator\n\nWe seek two Tenant Support Program Coordinators.\n\nRequirements:\n"
        "- Two years as a coordinator.\n- Coordinator experience in housing.\n",
    )
    asked = Posting(
        "p",
        "Staff Architect\n\nRequirements:\n- Serve as Project Manager on small projects.\n"
        "- Three years of Project Manager experience.\n- Revit.\n",
    )
    assert "project manager" not in {k.term for k in keywords(analyse_posting(studio))}
    assert "project manager" in {k.term for k in keywords(analyse_posting(asked))}
    assert someones_titles(own.text) == []


def test_colleagues_titles_joined_by_or_and_or_a_slash_after_the_are_each_someone_elses_job() -> None:
    # "from the Chef and/or Sous Chef": two cooks the line cook answers to, neither a keyword (nor the DevOps tool
    # Chef); "the charge nurse or nurse manager", "the Store Manager/Assistant Manager" alike.
    kitchen = Posting(
        "p",
        "Line Cook\n\nResponsibilities:\n- Follow instructions from the Chef and/or Sous Chef.\n- Knife skills.\n",
    )
    ward = Posting(
        "p", "Nursing Assistant\n\nDuties:\n- Report changes to the charge nurse or nurse manager.\n- Vital signs.\n"
    )
    store = Posting(
        "p", "Sales Associate\n\nDuties:\n- Help the Store Manager/Assistant Manager count the safe.\n- Cashier.\n"
    )
    assert not {"Chef", "sous chef"} & {k.term for k in keywords(analyse_posting(kitchen))}
    assert not {"charge nurse", "nurse manager"} & {k.term for k in keywords(analyse_posting(ward))}
    assert not {"store manager", "assistant manager"} & {k.term for k in keywords(analyse_posting(store))}


def test_a_phrase_of_how_a_duty_is_done_or_whom_it_answers_to_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Claims Examiner\n\nDuties:\n- Review potential duplicate claims and conduct applicable investigation.\n"
        "- Escalate exceptions to the immediate supervisor.\n- Review potential fraud in a timely manner.\n"
        "- Close claims in a timely manner under the immediate supervisor.\n"
        "- Conduct applicable investigation of vendor invoices.\n- Vendor invoices on closed claims.\n"
        "- Conducting regular file audits.\n- Conduct regular reviews of reserves.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "vendor invoice" in terms
    assert not {"review potential", "conduct applicable", "applicable investigation", "immediate supervisor"} & terms
    assert "timely manner" not in terms
    assert "conduct regular" not in terms  # how often a duty is done


def test_a_phrase_of_what_a_term_of_the_job_consists_of_is_no_keyword() -> None:
    # How the hours or the duties are made up ("a work schedule consisting of 10-hour days", "a role comprising three
    # shifts") names no work a CV could lack; the work it names is read as before.
    posting = Posting(
        "p",
        "Canvass Lead\n\nRequirements:\n- A work schedule consisting of 10 hours per day during the drive.\n"
        "- A weekend schedule consisting of 12 hours per day in the final week.\n"
        "- Shift rotations comprising nights and weekends.\n- Door canvassing experience with door canvassing.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "door canvassing" in terms or "door canvass" in terms
    assert not {"schedule consist", "rotation comprise"} & terms


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        # How a duty is done: an adverb of manner.
        (
            "- Move warehouse data efficiently between regions.\n- Move warehouse data efficiently to the lake.\n"
            "- Test pipelines effectively before release.\n- Test pipelines effectively with dbt.\n",
            {"data efficiently", "pipeline effectively"},
        ),
        # How much, what the reader will like, what is alike.
        (
            "- Build highly scalable services in Go or a similar language.\n- Keep services highly scalable.\n"
            "- Go or a similar language for tooling.\n- You will enjoy greenfield work.\n- Enjoy greenfield projects.\n"
            "- Move warehouse data to the lake.\n",
            {"highly scalable", "similar language", "enjoy greenfield"},
        ),
    ],
)
def test_a_phrase_of_manner_degree_liking_or_likeness_is_no_keyword(lines: str, dropped: set[str]) -> None:
    posting = Posting("p", f"Data Engineer\n\nDuties:\n- Load warehouse data nightly.\n{lines}")
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "warehouse data" in terms
    assert not dropped & terms


def test_a_phrase_of_the_stage_a_duty_starts_at_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Exhibit Designer\n\nDuties:\n- Lead exhibits from initial planning through installation.\n"
        "- Hold initial planning sessions with curators.\n- Write label copy with curators.\n"
        "- Review label copy before print.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "label copy" in terms
    assert not any(term.startswith("initial ") for term in terms)  # "initial plan", as lemmas have it


def test_a_phrase_that_opens_with_replace_is_no_keyword_and_replaced_parts_say_their_replacement() -> None:
    posting = Posting(
        "p",
        "Bike Mechanic\n\nDuties:\n- Inspect, repair and replace standard drivetrains and wheels.\n"
        "- Replace standard brake cables.\n- Chain replacement and wheel truing.\n- Chain replacement on e-bikes.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "replace standard" not in terms  # the duty's verb and a word of its object
    assert "chain replacement" in terms
    cv = make_cv({"Spoke & Wheel": ["Replaced worn chains and trued wheels on 20 bikes a day."]})
    assert evidence(cv, posting)["chain replacement"][1] == ("job0-b0",)


def test_a_phrase_that_opens_with_determining_is_no_keyword_and_determined_eligibility_says_its_determination() -> None:
    posting = Posting(
        "p",
        "Underwriter\n\nDuties:\n- Determining appropriate terms for each risk; eligibility determination.\n"
        "- Approve or decline, determining appropriate coverage.\n- Eligibility determination for new accounts.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert "eligibility determination" in terms
    assert "determine appropriate" not in terms  # the duty's verb and a word of its object
    cv = make_cv({"County Benefits Office": ["Determined eligibility for 300 applicants a month."]})
    assert evidence(cv, posting)["eligibility determination"][1] == ("job0-b0",)


def test_a_phrase_that_opens_with_enhancing_is_no_keyword_and_enhanced_work_says_the_enhancement() -> None:
    posting = Posting(
        "p",
        "Data Scientist\n\nResponsibilities:\n- Enhance data infrastructure: find gaps in existing data.\n"
        "- Work with engineers on enhanced data tracking.\n- Own feature enhancements for search.\n"
        "- Ship feature enhancements each sprint.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "enhance data" not in terms and "feature enhancement" in terms
    cv = make_cv({"Lakeside Market": ["Enhanced search features for the loyalty app."]})
    assert evidence(cv, posting)["feature enhancement"][0] == "selected"


def test_an_acronym_in_capitals_is_no_evidence_of_a_name_of_two_meanings_spelled_otherwise() -> None:
    # ADA, the accessibility law, is not the programming language Ada; a bullet that names the language is.
    cv = make_cv({"Fernhill Studio": ["Checked the ramps and restrooms against the ADA and the IBC."]}, skills=["ADA"])
    posting = Posting("p", "Avionics Engineer\n\nRequirements:\n- Write flight software in Ada and SPARK\n")
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found["Ada"] == "absent"
    cv = make_cv({"Fernhill Avionics": ["Wrote the autopilot's mode logic in Ada."]})
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found["Ada"] == "selected"


def test_letters_the_cv_spells_out_as_other_words_are_no_evidence_of_the_postings_words() -> None:
    # To a builder GMP is a guaranteed maximum price; to a drug maker, Good Manufacturing Practice.
    cv = make_cv(
        {
            "Tallis Build": [
                "Closed the clinic fit-out under a guaranteed maximum price (GMP) of $6M.",
                "Returned unspent contingency under the GMP to the owner.",
            ]
        }
    )
    pharma = Posting("p", "QA Associate\n\nRequirements:\n- Work to Good Manufacturing Practice (GMP)\n")
    found = keyword_coverage(cv, pharma)
    assert (found["GMP"].status, found["GMP"].where) == ("absent", ())
    # A posting that writes the letters alone does not say which it means: the CV's letters meet them.
    builder = Posting("p", "Project Manager\n\nRequirements:\n- Manage the GMP and change orders\n")
    found = keyword_coverage(cv, builder)
    assert found["GMP"].status == "selected"
    # Letters spelled out as the posting's words, or the words themselves, are evidence.
    cv = make_cv({"Vantor Labs": ["Released batches under Good Manufacturing Practices (GMP)."]})
    assert {term: k.status for term, k in keyword_coverage(cv, pharma).items()}["GMP"] == "selected"


def test_letters_a_posting_spells_out_as_other_words_are_no_skill_of_those_letters_wherever_it_writes_them() -> None:
    # A city's Community Development Department is CDD, and so are its "CDD's boards": no customer due diligence.
    city = Posting(
        "p",
        "Planner\n\nDuties:\n- Staff the Community Development Department (CDD) counter\n"
        "- Serve as liaison to CDD's boards and commissions\n",
    )
    assert "customer due diligence" not in {k.term for k in keywords(analyse_posting(city))}
    # A bank that spells the letters out as the skill, writes them alone, or names the skill in words too, asks for it.
    for text in (
        "Perform customer due diligence (CDD) reviews",
        "Perform CDD and EDD reviews",
        "Staff the Community Development Department (CDD) desk and its customer due diligence checks",
    ):
        bank = Posting("p", f"KYC Analyst\n\nRequirements:\n- {text}\n- Escalate CDD exceptions\n")
        assert "customer due diligence" in {k.term for k in keywords(analyse_posting(bank))}


def test_a_leed_ap_specialty_meets_a_posting_asking_for_a_leed_ap_and_the_ncarb_certificate_is_a_keyword() -> None:
    cv = make_cv({"Fernhill Studio": ["Drew the permit set."]}, skills=["LEED AP BD+C", "NCARB Certificate"])
    posting = Posting(
        "p",
        "Project Architect\n\nRequirements:\n- LEED AP required\n- NCARB certification required\n"
        "- LEED Green Associate or LEED AP O+M\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["LEED AP"].met and found["NCARB Certificate"].met
    assert not found["LEED AP O+M"].met


def test_a_phrase_keyword_that_opens_a_line_is_shown_in_small_letters() -> None:
    posting = Posting(
        "p",
        "Program Officer\n\nRequirements:\n- Write grant recommendations for the board\n"
        "- Write grant reports twice a year\n- Review grant budgets\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting))}

    assert found["write grant"] == "write grant"  # not "Write grant", as the lines open


def test_a_phrase_keyword_first_said_in_a_title_case_lead_in_is_shown_as_the_posting_writes_it_elsewhere() -> None:
    posting = Posting(
        "p",
        "Office Manager\n\nResponsibilities:\n- **Handle Supply Orders:** place supply orders each week\n"
        "- Track Office Budgets: Track office budgets against plan\n\n"
        "Requirements:\n- Two years in an office\n",
    )
    found = {k.term: k.said for k in keywords(analyse_posting(posting))}

    assert found["supply order"] == "supply orders"  # not "Supply Orders", as the lead-in capitalises it
    assert found["office budget"] == "office budgets"  # a sentence's opening capital is no name's


def test_a_jobs_letters_written_only_in_the_plural_are_colleagues_not_ones_own_credential() -> None:
    supervisor = make_cv({"Mercy": ["Supervised six RNs and two LPNs on nights.", "Started IVs."]})
    nurse = make_cv({"Mercy": ["Supervised six RNs as the RN in charge.", "Started IVs."]})
    posting = Posting("p", "Charge Nurse\n\nRequirements:\n- Active RN license\n- LPN\n")

    assert evidence(supervisor, posting)["RN"] == ("absent", ())
    assert evidence(supervisor, posting)["LPN"] == ("absent", ())
    assert evidence(nurse, posting)["RN"] == ("selected", ("job0-b0",))  # the singular says one's own


def test_a_jobs_letters_a_posting_writes_only_in_the_plural_name_people_it_works_with_not_a_keyword() -> None:
    posting = Posting(
        "p",
        "# Tax Planner\n\n## Responsibilities\n\n- Coordinate with clients' CPAs and estate attorneys\n"
        "- Brief the RNs of a client's care team\n\n## Requirements\n\n- Tax planning experience\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not {"CPA", "RN"} & terms
    # Asked for in the singular, the letters are the credential the job asks for.
    asked = Posting("p", posting.text.replace("- Tax planning", "- Active CPA license\n- Tax planning"))
    assert "CPA" in {k.term for k in keywords(analyse_posting(asked))}


def test_a_jobs_letters_after_a_word_that_puts_its_holder_outside_the_firm_name_someone_the_job_works_with() -> None:
    posting = Posting(
        "p",
        "# Office Manager\n\n## Responsibilities\n\n- Work with the outside CPA on the annual audit\n"
        "- Send payroll files to our external CPA each month\n\n## Requirements\n\n- QuickBooks Online\n",
    )
    assert "CPA" not in {k.term for k in keywords(analyse_posting(posting))}
    # The credential the job asks for is written with no such word, "the" or not ("Obtain the CPA within two years").
    asked = Posting("p", posting.text.replace("- QuickBooks", "- Obtain the CPA within two years\n- QuickBooks"))
    assert "CPA" in {k.term for k in keywords(analyse_posting(asked))}


def test_a_skill_that_names_one_person_the_job_supervises_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# Senior Office Manager\n\n## Responsibilities\n\n- Supervises, trains and evaluates four administrative"
        " assistants and a front desk receptionist\n- Oversee the facilities coordinator\n\n## Requirements\n\n"
        "- Microsoft Excel\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "front desk" not in terms
    # Asked of the hire, the same words are a keyword: "Experience running a front desk".
    asked = Posting("p", posting.text.replace("- Microsoft Excel", "- Experience running a busy front desk"))
    assert "front desk" in {k.term for k in keywords(analyse_posting(asked))}


def test_a_policy_analysts_methods_are_whole_keywords_met_by_their_names_and_kinds() -> None:
    cv = make_cv(
        {
            "Eastgate County Budget Office": [
                "Wrote fiscal notes on proposed ordinances",
                "Led a cost-benefit analysis of a transit corridor",
                "Evaluated a housing voucher program with a difference-in-differences design",
            ]
        }
    )
    posting = Posting(
        "p",
        "Policy Analyst\n\nRequirements:\n- Prepare fiscal impact statements on proposed legislation\n"
        "- Conduct cost-benefit analysis of programs\n- Evaluate programs with quasi-experimental designs\n",
    )
    found = keyword_coverage(cv, posting)
    # Each method is one keyword, not "benefit analysis" or "experimental designs", the opposite of "quasi-".
    assert "experimental design" not in found
    assert found["fiscal note"].met and found["cost-benefit analysis"].met
    assert found["quasi-experimental design"].met  # a difference-in-differences design is one


def test_a_skill_keyword_written_as_another_keywords_initials_is_that_skill() -> None:
    # Bare "GCP" is Google Cloud to the lexicon; beside "ICH GCP" in one posting it is Good Clinical Practice.
    posting = Posting(
        "p",
        "Study Coordinator\n\nResponsibilities:\n- Obtain consent under ICH GCP.\n\n"
        "Requirements:\n- Current GCP training.\n",
    )
    assert {k.term: k.required for k in keywords(analyse_posting(posting)) if k.kind == "skill"} == {
        "Good Clinical Practice": True
    }
    cloud = Posting("p", "Cloud Engineer\n\nRequirements:\n- Deploy services on GCP.\n")
    assert [k.term for k in keywords(analyse_posting(cloud)) if k.kind == "skill"] == ["GCP"]


def test_a_cv_that_says_ich_gcp_says_no_google_cloud() -> None:
    cv = make_cv({"Clinic": ["Trained coordinators under ICH-GCP."]})
    posting = Posting("p", "Cloud Engineer\n\nRequirements:\n- Deploy services on GCP.\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking, max_bullets=1))
    assert {k.keyword.term: k.status for k in found.keywords}.get("GCP") == "absent"


def test_bare_initials_of_a_skill_are_that_skill_in_a_posting_of_its_field_and_not_elsewhere() -> None:
    def skills(text: str) -> list[str]:
        return [k.term for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "skill"]

    # "GCP" is Google Cloud to the lexicon; among IRB and REDCap it is Good Clinical Practice.
    clinical = skills("Study Coordinator\n\nRequirements:\n- CITI GCP training.\n- IRB submissions in REDCap.\n")
    assert "Good Clinical Practice" in clinical and "GCP" not in clinical
    cloud = skills("Cloud Engineer\n\nRequirements:\n- Deploy services on GCP and AWS.\n")
    assert "GCP" in cloud and "Good Clinical Practice" not in cloud
    assert skills("Cloud Engineer\n\nRequirements:\n- Deploy services on GCP.\n") == ["GCP"]


def test_edr_beside_dental_practice_software_is_the_dental_record_that_software_keeps() -> None:
    def skills(text: str) -> list[str]:
        return [k.term for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "skill"]

    # "EDR" is endpoint detection and response to the lexicon; beside Eaglesoft it is the electronic dental record.
    dental = skills("Dental Assistant\n\nRequirements:\n- Experience with Eaglesoft or similar EDR software.\n")
    assert "electronic dental records" in dental and "EDR" not in dental
    security = skills("SOC Analyst\n\nRequirements:\n- Triage alerts in our EDR and SIEM.\n")
    assert "EDR" in security and "electronic dental records" not in security
    # A CV that charts in the practice software meets it.
    cv = make_cv({"Clinic": ["Charted every visit in Open Dental."]})
    posting = Posting("p", "Dental Assistant\n\nRequirements:\n- Eaglesoft or other EDR systems.\n")
    ranking = rank(cv, posting)
    found = coverage(ranking, select(cv, ranking, max_bullets=1))
    assert {k.keyword.term: k.met_by for k in found.keywords}["electronic dental records"] == "Open Dental"


def test_a_qa_engineers_tools_meet_the_kinds_of_tool_a_posting_asks_for() -> None:
    # TestRail is a test management tool and Jira an issue tracker, as their makers describe them; API tests stay
    # evidence of APIs.
    cv = make_cv(
        {
            "Acme": [
                "Wrote test cases in TestRail and logged defects in Jira.",
                "Wrote API tests in Postman and REST Assured.",
            ]
        }
    )
    posting = Posting(
        "p",
        "QA Engineer\n\nRequirements:\n- Experience with test management tools\n- Issue tracking tools\n"
        "- Testing of browser APIs\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["test management"].met_by == "TestRail" and found["bug tracking"].met_by == "Jira"
    assert found["API"].status == "selected"


def test_backend_testing_asks_for_testing_not_backend_development() -> None:
    # A QA posting's backend testing is testing of the server side: no backend development is asked for.
    posting = Posting("p", "QA Engineer\n\nRequirements:\n- A strong focus on backend testing\n")
    assert {k.term for k in keywords(analyse_posting(posting))} == {"backend testing"}


def test_a_credential_written_out_with_its_names_in_brackets_is_met_by_any_of_them() -> None:
    posting = Posting(
        "p",
        "Staff Counselor\n\nRequirements:\n- Licensed clinical social worker (LCSW, LICSW, LMSW) in good standing\n"
        "- Experience with Python (Django, Flask)\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["LCSW"] == ("LICSW", "LMSW") and found["LMSW"] == ("LCSW", "LICSW")
    # A bracket of other skills after one, not its own names among them, lists what it is used with: each asked.
    assert found["Django"] == found["Flask"] == ()


def test_an_e_learning_developers_authoring_apps_and_lms_meet_a_posting_asking_for_their_suite_and_kind() -> None:
    cv = make_cv(
        {
            "Fernhill Credit Union": [
                "Built branch-onboarding courses in Storyline 360 with branching scenarios.",
                "Uploaded SCORM packages to Docebo and fixed completion tracking.",
                "Ran the staff book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "E-Learning Developer\n\nRequirements:\n- Expert with Articulate 360\n"
        "- Experience with a learning management system\n- Working knowledge of Camtasia\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.met_by) for term, k in found.items()} == {
        "Articulate 360": ("absent", "Articulate Storyline"),  # Storyline is an app of the Articulate 360 suite
        "LMS": ("absent", "Docebo"),  # met by one of its kind
        "Camtasia": ("absent", ""),
    }


def test_two_nouns_standing_side_by_side_say_no_keyword_of_their_words_in_the_other_order() -> None:
    cv = make_cv(
        {
            "Fenmoor Foods": [
                "Presented quarterly results to the leadership team.",
                "Edited training videos for new hires.",
            ]
        }
    )
    posting = Posting("p", "Operations Lead\n\nRequirements:\n- Team leadership\n- Video editing\n")
    found = evidence(cv, posting)
    assert found["team leadership"] == ("absent", ())  # a leadership team is a team, not leading one
    assert found["video editing"] == ("selected", ("job0-b1",))  # a verb before its object says the work


def test_a_cv_skill_of_a_common_word_and_a_stop_word_makes_neither_word_a_posting_keyword() -> None:
    # "Front Office" and "After Effects" are names; "office" and "effects" alone are any posting's words.
    cv = make_cv({"Harbour Hotel": ["Checked in guests."]}, skills=["Front Office", "After Effects"])
    posting = Posting(
        "p",
        "Receptionist\n\nRequirements:\n- Work from our office three days a week\n"
        "- Understand the effects of good service\n- Opera PMS\n",
    )
    found = keyword_coverage(cv, posting)
    assert "office" not in found and "effect" not in found


def test_a_cv_skill_of_one_word_the_lexicon_does_not_know_is_still_a_posting_keyword() -> None:
    cv = make_cv({"Harbour Hotel": ["Checked in guests."]}, skills=["Quorvex", "Front Office"])
    posting = Posting("p", "Receptionist\n\nRequirements:\n- Quorvex\n- Greeting guests\n")
    found = {term: k.status for term, k in keyword_coverage(cv, posting).items()}
    assert found.get("quorvex") == "selected"


def test_a_video_editors_tools_and_crafts_are_met_as_a_cv_words_them() -> None:
    # Adobe's, Blackmagic's and Maxon's tools by their short names; motion design and motion graphics one craft;
    # a colour grade in British spelling and past tense; Photoshop one of Adobe's suite.
    cv = make_cv(
        {
            "Studio": [
                "Animated lower thirds in After Effects for a motion design package.",
                "Colour graded short films in DaVinci Resolve and modelled logos in C4D.",
                "Retouched product shots in Photoshop.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Video Editor\n\nRequirements:\n- Adobe After Effects and Cinema 4D\n- Motion graphics\n"
        "- Color grading in DaVinci Resolve\n- Adobe Creative Cloud\n",
    )
    found = keyword_coverage(cv, posting)
    for skill in ("Adobe After Effects", "Cinema 4D", "motion design", "color grading", "DaVinci Resolve"):
        assert found[skill].status == "selected", skill
    # One of its apps, the lexicon's first the résumé shows: Photoshop, whose bullet the suite asked for lends to.
    assert found["Adobe Creative Suite"].met_by == "Adobe Photoshop"


def test_managing_vendors_is_related_evidence_of_managing_their_performance() -> None:
    # A posting's "vendor contracts and performance" asks what a CV's vendor management does in part: shown beside it.
    cv = make_cv({"Lindqvist Freight": ["Ran vendor management for 12 carriers through quarterly SOW reviews."]})
    posting = Posting("p", "Program Manager\n\nRequirements:\n- Manage vendor contracts and performance\n")
    found = keyword_coverage(cv, posting)
    spm = found["supplier performance management"]
    assert not spm.met and [r.term for r in spm.related] == ["vendor management"]


def test_a_risk_register_kept_is_related_evidence_of_the_raid_log_a_posting_asks_for() -> None:
    cv = make_cv({"Orchard Mutual": ["Kept the program risk register and ran biweekly risk reviews with the PMO."]})
    posting = Posting("p", "Project Manager\n\nRequirements:\n- Keep the RAID log current\n- Run risk reviews\n")
    raid = keyword_coverage(cv, posting)["RAID log"]
    assert not raid.met and [(r.term, r.where) for r in raid.related] == [("risk register", ("job0-b0",))]


def test_brochures_and_flyers_are_related_evidence_of_marketing_materials() -> None:
    cv = make_cv({"Studio": ["Designed brochures and flyers for retail clients."]})
    posting = Posting("p", "Designer\n\nRequirements:\n- Create marketing materials for campaigns\n")
    found = keyword_coverage(cv, posting)
    assert [r.term for r in found["marketing collateral"].related] == ["brochures", "flyers"]


def test_colour_grading_is_related_evidence_of_colour_correction() -> None:
    cv = make_cv({"Studio": ["Colour graded short films for broadcast."]})
    posting = Posting("p", "Editor\n\nRequirements:\n- Color correction of footage\n")
    found = keyword_coverage(cv, posting)
    assert [r.term for r in found["color correction"].related] == ["color grading"]


def test_a_job_title_of_one_who_designs_edits_or_writes_says_the_work_it_names() -> None:
    posting = Posting("p", "Studio Lead\n\nRequirements:\n- Motion design for launches\n- Technical writing\n")
    role = {"employer": "Studio Nine", "start": "2020", "bullets": [{"id": "b1", "text": "Animated launch films."}]}
    cv = make_cv(
        {},
        experience=[
            {**role, "id": "job0", "role": "Senior Motion Designer"},
            {**role, "id": "job1", "role": "Technical Writer", "bullets": []},
        ],
    )
    found = evidence(cv, posting)
    assert found["motion design"] == ("selected", ("title:job0",))
    assert found["technical writing"] == ("selected", ("title:job1",))


def test_a_comptia_a_plus_in_the_cv_meets_a_posting_that_lists_a_plus_among_certificates() -> None:
    # A help desk posting's "A+, Network+ or Security+ preferred" listed Network+ and Security+ as keywords but no
    # A+, so a CV holding CompTIA A+ was never shown to meet it.
    cv = make_cv({"Larch Clinic": ["Reset passwords for clinic staff."]}, certificates=[{"name": "CompTIA A+"}])
    posting = Posting("p", "Help Desk Technician\n\nPreferred:\n- A+, Network+ or Security+ certification\n")
    found = keyword_coverage(cv, posting)
    assert found["CompTIA A+"].status == "selected"


def test_a_cv_s_windows_versions_meet_a_posting_asking_for_windows() -> None:
    # The CV's "Windows 10/11" and a bullet's "Windows 11" were no Windows to a posting that asks for it by name.
    cv = make_cv(
        {"Larch Clinic": ["Imaged 350 Windows 11 laptops.", "Ran the chili cook-off."]}, skills=["Windows 10/11"]
    )
    posting = Posting("p", "Desktop Support\n\nRequirements:\n- Experience with Windows and Active Directory\n")
    windows = keyword_coverage(cv, posting)["Microsoft Windows"]
    assert windows.status == "selected"
    assert "job0-b0" in windows.where


def test_a_linux_distribution_or_an_itsm_platform_meets_a_posting_asking_for_its_kind() -> None:
    # A service desk posting asked for "Mac and or Linux" and "ITSM tools"; the CV's Ubuntu, macOS and ServiceNow
    # met none of them.
    cv = make_cv({"Larch Clinic": ["Logged every call in ServiceNow."]}, skills=["Ubuntu", "macOS"])
    posting = Posting(
        "p", "Service Desk Analyst\n\nRequirements:\n- Supporting Mac and Linux\n- Experience with ITSM tools\n"
    )
    found = keyword_coverage(cv, posting)
    assert found["Linux"].met_by == "Ubuntu"
    assert found["IT service management"].met_by == "ServiceNow"
    assert found["macOS"].status == "selected"


def test_a_help_desk_in_the_cv_is_the_service_desk_a_posting_asks_for() -> None:
    # ITIL's name for the help desk is the service desk: a posting asking for service desk experience found none in
    # a CV of help desk work.
    cv = make_cv({"Larch College": ["Answered help desk calls from 2,000 students.", "Ran the chili cook-off."]})
    posting = Posting("p", "Support Analyst\n\nRequirements:\n- Two years of service desk experience\n")
    desk = keyword_coverage(cv, posting)["help desk"]
    assert (desk.status, desk.where) == ("selected", ("job0-b0",))


def test_a_soc_postings_intelligence_and_siem_tools_are_keywords_whole_and_met_by_their_kind() -> None:
    cv = make_cv(
        {"Harbor Bank": ["Monitored alerts in IBM QRadar for 30 clients.", "Tuned Snort intrusion detection rules."]},
    )
    posting = Posting(
        "p",
        "Security Analyst\n\nRequirements:\n- SIEM experience (Splunk, QRadar)\n"
        "- Use OSINT (Open-Source Intelligence) to enrich alerts\n- IDS/IPS and EDR tools\n"
        "- Orchestrate response with SOAR playbooks\n",
    )
    found = evidence(cv, posting)
    assert "Open-Source" not in found  # a word of the intelligence discipline, not open-source software
    assert found["OSINT"][0] == "absent"
    assert found["IBM QRadar"] == ("selected", ("job0-b0",))
    assert keyword_coverage(cv, posting)["SIEM"].met_by == "IBM QRadar"  # one of its kind
    assert found["IDS/IPS"] == ("selected", ("job0-b1",))  # intrusion detection, in other words
    assert found["SOAR"][0] == "absent"
    assert "SOAR" not in evidence(cv, Posting("p", "Sales Lead\n\nRequirements:\n- Make our revenue soar\n- CRM\n"))


def test_a_detection_engineers_tools_and_practices_are_keywords_and_atomic_red_team_is_no_red_teaming() -> None:
    """Atomic Red Team is a library of tests a defender runs against their own detections: a posting that names it
    asks for no penetration testing, as the "Red Team" inside its name read. Detection engineering's practices and
    the cloud logs it works on are keywords, each by its makers' name."""
    cv = make_cv(
        {
            "Kestrel Insurance": [
                "Tested our detections with Atomic Red Team on a lab domain.",
                "Wrote YARA and Sigma rules for phishing kits.",
                "Performed host and network forensics on infected laptops.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Detection Engineer\n\nRequirements:\n- 3+ years of detection engineering\n"
        "- Validate coverage with Atomic Red Team\n- Sigma rules managed as detection-as-code\n"
        "- Triage AWS CloudTrail and GuardDuty findings\n- Host-based forensics\n- Run purple team exercises\n"
        "- Contributions to open source detection projects (YARA, Atomic Red Team)\n",
    )
    found = evidence(cv, posting)
    assert "penetration testing" not in found
    assert found["Atomic Red Team"] == ("selected", ("job0-b0",))
    assert found["Sigma rules"] == ("selected", ("job0-b1",))  # "YARA and Sigma rules" share their head
    assert found["host forensics"] == ("selected", ("job0-b2",))  # "host and network forensics"
    for term in ("detection engineering", "detection as code", "AWS CloudTrail", "Amazon GuardDuty", "purple teaming"):
        assert found[term][0] == "absent", term
    related = keyword_coverage(cv, posting)["detection engineering"].related
    assert {r.term for r in related} >= {"Atomic Red Team", "Sigma rules"}
    # Nor does a CV that tested its detections with it show the red teaming a penetration tester's posting asks for.
    offensive = Posting("p", "Penetration Tester\n\nRequirements:\n- Red team engagements\n- Python\n")
    assert evidence(cv, offensive)["penetration testing"][0] == "absent"


def test_a_grc_postings_frameworks_platforms_and_credentials_are_keywords_each_its_own() -> None:
    """NIST SP 800-53 is a catalogue of controls, the Cybersecurity Framework (CSF) an outcome framework that maps to
    it: a CV that mapped controls to one shows the other as related, not met. A governance, risk and compliance
    posting's frameworks, platforms, vendor reviews and credentials are keywords, as a security posting's tools are."""
    cv = make_cv(
        {
            "Larkspur Health": [
                "Mapped 310 controls to NIST SP 800-53 and tracked findings in Archer.",
                "Ran 60 vendor risk assessments a year from SOC 2 reports and questionnaires.",
            ]
        }
    )
    posting = Posting(
        "p",
        "GRC Analyst\n\nRequirements:\n- Working knowledge of HIPAA, HITRUST and the NIST CSF\n"
        "- Third-party risk management\n- GRC platforms (RSA Archer, ServiceNow GRC)\n"
        "- Map controls to NIST SP 800-53\n\nPreferred:\n- CISA or CRISC certification\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["NIST Cybersecurity Framework"].status == "absent"
    assert [r.term for r in found["NIST Cybersecurity Framework"].related] == ["NIST SP 800-53"]
    assert found["NIST SP 800-53"].where == ("job0-b0",)
    assert found["RSA Archer"].status == "selected"  # "in Archer": the platform, by its short name
    assert found["third-party risk management"].where == ("job0-b1",)  # vendor risk assessments
    for term in ("HITRUST", "CRISC", "ServiceNow GRC"):
        assert found[term].status == "absent", term
    person = Posting("p", "Archivist\n\nRequirements:\n- Work with Archer Lee\n")
    assert "RSA Archer" not in keyword_coverage(cv, person)


def test_a_threat_intelligence_and_ot_security_postings_platforms_and_credentials_are_keywords() -> None:
    """A threat intelligence team's platforms are each one of the kind a posting asks for; an OT security posting's
    standard, its monitoring tools and the GIAC credential of industrial control systems are keywords, and so are
    the security clearances US postings name by their level."""
    cv = make_cv(
        {
            "Ridgeway Power": [
                "Curated ThreatConnect and MISP feeds on actors targeting utilities.",
                "Tuned Dragos detections for the substation network under IEC 62443.",
            ]
        },
        certificates=[{"name": "GIAC Cyber Threat Intelligence (GCTI)"}],
    )
    posting = Posting(
        "p",
        "CTI Analyst\n\nRequirements:\n- A threat intelligence platform (Anomali, Recorded Future or similar)\n"
        "- ICS/OT security and the Purdue model\n- Active Secret clearance\n\nPreferred:\n- GCTI or GICSP\n"
        "- Rapid7 InsightIDR or Google Chronicle\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["threat intelligence platform"].met_by == "ThreatConnect"
    ot = found["OT security"]  # the CV names its standard and a tool of it: related evidence, not the work asked
    assert ot.status == "absent" and {r.term for r in ot.related} >= {"Dragos", "IEC 62443"}
    assert found["security clearance"].status == "absent"
    assert found["GCTI"].status == "selected"
    for term in ("Purdue model", "Rapid7 InsightIDR", "Google Security Operations"):
        assert term in found, term


def test_microsofts_and_splunks_security_certifications_and_products_meet_a_posting_by_their_codes_and_names() -> None:
    """A posting names Microsoft's certifications by their exam codes, a CV by the titles Microsoft and Credly give
    them; Splunk's SIEM and SOAR are each one of their kind, and still say Splunk."""
    cv = make_cv(
        {"Harbor Bank": ["Built 14 Splunk SOAR playbooks over Splunk Enterprise Security alerts."]},
        certificates=[{"name": "Microsoft Certified: Security Operations Analyst Associate"}],
    )
    posting = Posting(
        "p",
        "SOC Analyst\n\nRequirements:\n- SC-200 or AZ-500\n- Splunk ES or another SIEM\n- Build SOAR playbooks\n"
        "- Splunk\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["SC-200"].status == "selected"
    assert found["Splunk Enterprise Security"].status == "selected"
    assert found["SOAR"].met_by == "Splunk SOAR" or found["SOAR"].status == "selected"
    assert found["Splunk"].status == "selected"  # Splunk's products say Splunk


def test_a_security_agency_and_a_dod_scanner_named_by_letters_are_no_auditors_or_actuarys_credentials() -> None:
    """In a SOC posting CISA is the Cybersecurity and Infrastructure Security Agency incidents are reported to, and
    ACAS the Defense Department's vulnerability scanner: not ISACA's Certified Information Systems Auditor nor the
    Associate of the Casualty Actuarial Society, which postings name among credentials."""
    cv = make_cv({"Harbor Bank": ["Triaged 80 alerts a shift in Splunk."]}, certificates=[{"name": "CISA"}])
    soc = Posting(
        "p",
        "Cybersecurity Analyst\n\nRequirements:\n- Monitor ACAS and HBSS alerts in Splunk\n"
        "- Report incidents to US-CERT/CISA within one hour\n",
    )
    assert {"CISA", "ACAS"}.isdisjoint(keyword_coverage(cv, soc))
    audit = Posting("p", "IT Auditor\n\nPreferred:\n- CISA or CRISC certification\n- SOX testing\n")
    assert keyword_coverage(cv, audit)["CISA"].status == "selected"
    actuary = Posting("p", "Actuarial Analyst\n\nRequirements:\n- ACAS or FCAS designation\n")
    assert "ACAS" in keyword_coverage(cv, actuary)


def test_the_name_of_a_threat_analysis_centre_is_no_threat_modeling_asked_for() -> None:
    cv = make_cv({"Harbor Bank": ["Led threat modeling of the payments API with STRIDE."]})
    posting = Posting(
        "p",
        "Security Analyst\n\nResponsibilities:\n- Join our Cyber Threat Analysis Centre (CTAC) as a Tier 2 analyst\n"
        "- Triage escalated alerts\n",
    )
    assert "threat modeling" not in keyword_coverage(cv, posting)  # analysing threats is not modeling a design


def test_a_licensed_clinician_posting_takes_any_of_the_licences_it_lists() -> None:
    # A posting for a therapist lists the states' licences as alternatives: a counsellor's LPC meets it.
    cv = make_cv({"Harbor Counseling": ["Provided weekly therapy to 30 adults as an LPC.", "Led a grief group."]})
    posting = Posting(
        "p", "Care Navigator\n\nRequirements:\n- LCSW, LMFT, LPC, or licensed psychologist\n- Safety planning\n"
    )
    found = keyword_coverage(cv, posting)
    assert set(found["LCSW"].keyword.alternatives) == {"LMFT", "LPC"}
    assert (found["LCSW"].status, found["LCSW"].met) == ("absent", True)
    assert found["LPC"].status == "selected"


@pytest.mark.parametrize("line", ["Designing GraphQL or REST APIs", "REST APIs or GraphQL"])
def test_an_acronyms_plural_in_a_run_of_alternatives_is_one_of_them(line: str) -> None:
    posting = Posting("p", f"# Backend Engineer\n\n## Requirements\n\n- {line}\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found == {"GraphQL": ("REST APIs",), "REST APIs": ("GraphQL",)}


def test_the_licences_a_bracket_lists_after_licensure_are_alternatives() -> None:
    cv = make_cv({"Harbor Counseling": ["Provided weekly therapy to 30 adults as an LPC."]})
    posting = Posting("p", "Therapist\n\nRequirements:\n- Independent licensure (LCSW, LPC, LMFT) in Oregon\n")
    found = keyword_coverage(cv, posting)
    assert set(found["LCSW"].keyword.alternatives) == {"LMFT", "LPC"}
    assert found["LMFT"].met and found["LPC"].status == "selected"
    # A bracket of skills after no credential's word names each: "tools (Tableau, SQL)" asks for both.
    tools = keyword_coverage(cv, Posting("p", "Analyst\n\nRequirements:\n- Reporting tools (Tableau, SQL)\n"))
    assert tools["Tableau"].keyword.alternatives == ()


@pytest.mark.parametrize(
    ("line", "said"), [("CADC I or higher certification", "CADC I"), ("QMHP status in Oregon", "QMHP")]
)
def test_an_addiction_counsellors_and_a_qualified_clinicians_credentials_are_keywords(line: str, said: str) -> None:
    cv = make_cv({"Harbor Counseling": ["Ran intake assessments."]})
    found = keyword_coverage(cv, Posting("p", f"Counselor\n\nRequirements:\n- {line}\n"))
    assert {k.keyword.said for k in found.values()} >= {said}


def test_a_mobile_developer_s_frameworks_stores_and_crash_reports_are_met_by_their_full_names() -> None:
    # A posting says "Compose", "Play Store", "Crashlytics"; a résumé the names Google gives them in full.
    cv = make_cv(
        {
            "Pocketbank": [
                "Rebuilt the sign-up screens in Jetpack Compose.",
                "Shipped monthly releases to the Apple App Store and Google Play.",
                "Triaged Firebase Crashlytics reports every sprint.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Android Engineer\n\nRequirements:\n- Kotlin, Compose and Coroutines\n"
        "- Releasing through the App Store and the Play Store\n- Crash monitoring in Crashlytics\n",
    )
    found = evidence(cv, posting)
    assert found["Jetpack Compose"] == ("selected", ("job0-b0",))
    assert found["App Store"] == ("selected", ("job0-b1",))
    assert found["Google Play"] == ("selected", ("job0-b1",))
    assert found["Firebase Crashlytics"] == ("selected", ("job0-b2",))


def test_compose_as_a_verb_is_no_framework() -> None:
    posting = Posting("p", "Communications Officer\n\nRequirements:\n- Compose press releases for launches\n")
    assert "Jetpack Compose" not in evidence(make_cv({"Acme": ["Wrote press releases."]}), posting)


def test_people_the_job_mentors_or_works_with_named_in_the_plural_are_no_keyword_phrase() -> None:
    posting = Posting(
        "p",
        "Android Engineer\n\nRequirements:\n- Mentor junior developers through code reviews\n"
        "- Guide junior developers and new hires\n- Own the release pipelines\n- Automate release pipelines\n",
    )
    found = keywords(analyse_posting(posting))
    phrases = {k.term for k in found if k.kind == "phrase"}
    assert "junior developer" not in phrases
    assert "release pipeline" in phrases


def test_a_rest_or_graphql_api_meets_a_posting_asking_for_apis() -> None:
    cv = make_cv({"Pocketbank": ["Moved the app's REST calls to GraphQL.", "Ran the Android release train."]})
    posting = Posting("p", "Mobile Developer\n\nRequirements:\n- Experience with third-party libraries and APIs\n")
    assert keyword_coverage(cv, posting)["API"].met_by == "REST APIs"


def test_a_group_of_staff_a_posting_names_is_no_keyword_but_work_on_staff_is() -> None:
    # Every job works with some staff ("staff" is a generic word, as "team" is): "school staff" asks for nothing a
    # CV could show, and a school counselor's title does not say it. Work on staff, "staff supervision", is a skill.
    posting = Posting(
        "p",
        "School Counselor\n\nResponsibilities:\n- Collaborates with other school staff in planning transitions.\n"
        "- Provides guidance and consultation to school staff regarding diploma options.\n"
        "- Staff supervision of two counseling interns.\n",
    )
    titled = make_cv({"Lakeview Middle School": ["Ran grief groups for 30 students."]}, headline="School Counselor")
    said = make_cv({"Lakeview Middle School": ["Met weekly with school staff on attendance.", "Supervised staff."]})
    assert "school staff" not in evidence(titled, posting) and "school staff" not in evidence(said, posting)
    assert evidence(titled, posting)["staff supervision"] == ("absent", ())
    assert evidence(said, posting)["staff supervision"] == ("selected", ("job0-b1",))


def test_a_school_counselors_framework_and_plans_are_keywords_met_however_the_cv_names_them() -> None:
    # US school counselor postings name the ASCA National Model and Section 504 in full; a résumé says "the ASCA
    # model" and "504 plans" (tailor/data/skills.yaml).
    bullets = ["Coordinated 504 plans for 60 students.", "Built a program on the ASCA model."]
    cv = make_cv({"Lakeview High School": bullets})
    posting = Posting(
        "p",
        "School Counselor\n\nRequirements:\n- Knowledge of the ASCA National Model\n"
        "- Serve as Section 504 coordinator\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["ASCA National Model"].status == "selected"
    assert found["504 plan"].status == "selected"


def test_a_teacher_who_carries_out_504_accommodations_says_the_504_plans_a_posting_asks_for() -> None:
    # The accommodations are what a Section 504 plan sets out: a teacher's résumé names them, a posting the plans.
    bullets = [
        "Wrote IEP and 504 accommodations into each unit plan for 28 students.",
        "Coached two new teachers through induction.",
    ]
    cv = make_cv({"Harbor Springs Middle School": bullets}, skills=["Google Classroom"])
    posting = Posting(
        "p",
        "Instructional Coach\n\nResponsibilities:\n- Support teachers serving students with IEPs and 504 plans\n"
        "- Run coaching cycles\n\nRequirements:\n- Google Classroom\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["504 plan"].status, found["504 plan"].where) == ("selected", ("job0-b0",))
    assert found["IEP"].where == ("job0-b0",)


def test_a_teachers_exit_tickets_are_related_evidence_of_the_formative_assessment_a_posting_asks_for() -> None:
    bullets = ["Read exit tickets daily to regroup 90 students for reteaching.", "Coached the robotics club."]
    cv = make_cv({"Cedar Ridge Middle School": bullets}, skills=["Google Classroom"])
    posting = Posting(
        "p",
        "Math Interventionist\n\nResponsibilities:\n- Use formative assessment to plan small-group lessons\n"
        "- Track student growth\n\nRequirements:\n- Google Classroom\n",
    )
    found = keyword_coverage(cv, posting)["student assessment"]
    assert found.status == "absent"  # the CV never names it: related evidence, apart
    assert [(r.term, r.where) for r in found.related] == [("exit tickets", ("job0-b0",))]


def test_a_duty_that_opens_with_promote_names_no_keyword_of_its_verb_and_object() -> None:
    # "programs that promote student achievement": "promote student" is a duty's verb and a word of its object,
    # as "prepare levee" is; "promotion" is a noun of work (tailor/data/action_nouns.tsv).
    cv = make_cv({"Lakeview High School": ["Ran grief groups for 30 students."]})
    posting = Posting(
        "p",
        "School Counselor\n\nResponsibilities:\n- Design programs that promote student achievement.\n"
        "- Promote student wellness.\n",
    )
    assert "promote student" not in keyword_coverage(cv, posting)


def test_a_duty_that_opens_with_specify_names_no_keyword_of_its_verb_and_object() -> None:
    # "Specified coursework must include …", "specify lighting": a duty's verb and a word of its object, as
    # "prepare levee" is; "specification" is a noun of work (tailor/data/action_nouns.tsv).
    posting = Posting(
        "p",
        "Lighting Designer\n\nRequirements:\n- Specified coursework must include photometrics.\n"
        "- Specified coursework in daylighting.\n- Specify lighting for lobbies.\n- Specify lighting controls.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not any(term.startswith("specify ") for term in terms)


def test_a_game_programmers_engines_and_gameplay_are_related_evidence_of_game_development() -> None:
    cv = make_cv({"Bramble Forge": ["Built the gameplay of a racing title in Godot and Unreal Engine."]})
    posting = Posting("p", "Gameplay Programmer\n\nRequirements:\n- 3+ years of game development\n- Lua\n")
    found = keyword_coverage(cv, posting)["game development"]
    assert found.status == "absent"  # the CV never says it, but what it says is the work of it
    assert {r.term for r in found.related} == {"Godot", "Unreal Engine", "gameplay"}


def test_a_permission_is_no_keyword_authorized_personnel_and_users_are_who_may_not_what_one_knows() -> None:
    posting = Posting(
        "p",
        "# Records Clerk\n\n## Duties\n\n- Release records only to authorized personnel\n"
        "- Explain the filing rules to authorized personnel and authorized users\n\n"
        "## Requirements\n\n- Records management\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not any("authorize" in term for term in terms)


def test_a_posting_asking_for_a_scrum_event_is_not_met_by_the_word_scrum_only_related_to_it() -> None:
    """ "Sprint planning" is something done in Scrum, not its name: a CV that says Scrum earns related credit,
    shown as such, and the keyword stays absent until the CV says it planned sprints."""
    cv = make_cv({"Meridian": ["Coached two product teams through their first year of Scrum."]})
    said = keyword_coverage(cv, Posting("p", "Product Owner\n\nRequirements:\n- Leading sprint planning\n"))
    assert said["sprint planning"].status == "absent" and not said["sprint planning"].met_by
    assert [r.term for r in said["sprint planning"].related] == ["Scrum"]


def test_a_posting_asking_for_clinical_documentation_gives_related_credit_to_progress_notes_and_soap_notes() -> None:
    cv = make_cv({"Riverside Clinic": ["Wrote SOAP notes for 20 patients a day in the outpatient clinic."]})
    said = keyword_coverage(cv, Posting("p", "Staff Nurse\n\nRequirements:\n- Accurate clinical documentation\n"))
    assert said["clinical documentation"].status == "absent"  # the CV never says the words
    assert [r.term for r in said["clinical documentation"].related] == ["SOAP notes"]


def test_a_skill_asked_on_its_own_elsewhere_has_no_alternative_from_a_slash_pair() -> None:
    posting = Posting(
        "p",
        "# Mapping Analyst\n\n## Responsibilities\n\n- Support the team's Tableau/Looker dashboards\n"
        "- Build Tableau workbooks for the sales team\n\n## Requirements\n\n- Two years of Tableau\n"
        "- Python or R\n\n## Nice to have\n\n- Experience with R is a plus\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    # Tableau is asked outright twice: the slash beside Looker offers no choice of it.
    assert found["Tableau"] == ()
    assert found["Looker"] == ("Tableau",)  # Looker is asked only there, where Tableau will do
    # A preferred mention asks nothing: what is required still offers R instead of Python.
    assert found["Python"] == ("R",) and found["R"] == ("Python",)


def test_a_matched_word_capitalised_only_as_its_sentence_opens_is_shown_in_small_letters_a_name_keeps_its() -> None:
    cv = make_cv({"Riverside Clinic": ["Monitored vital signs for 20 patients in Austin."]})
    posting = Posting(
        "p",
        "Nurse\n\nResponsibilities:\n- Monitor vital signs\n- Austin clinic rotations\n",
    )
    assert posting_words(rank(cv, posting), {"monitor", "austin"}) == {"monitor": "monitor", "austin": "Austin"}


def test_a_matched_word_of_letters_and_digits_keeps_its_capitals_whatever_its_letters_are_alone() -> None:
    """ "A1c" and "H1B" are written so; their pieces "a" and "c" being English words makes no "a1c" of them."""
    cv = make_cv({"Riverside Clinic": ["Brought A1c under 8% for 60% of patients.", "Filed H1B petitions."]})
    posting = Posting("p", "Nurse\n\nResponsibilities:\n- Lower A1c for diabetic patients\n- H1B filings\n")
    assert posting_words(rank(cv, posting), {"a1c", "h1b"}) == {"a1c": "A1c", "h1b": "H1B"}


def test_a_phrase_that_opens_with_non_names_what_is_not_asked_and_is_no_keyword() -> None:
    text = (
        "Accounting Manager\n\nRequirements:\n- Report for regulated and non-regulated entities\n"
        "- Audit non-regulated entities each quarter\n- Explain results to non-technical partners\n"
        "- Brief non-technical partners monthly\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert not {"non regulate", "non technical"} & found
    assert "auditing" in found


def test_a_skill_said_as_the_kind_of_firm_the_employer_is_is_no_keyword() -> None:
    text = (
        "Editor\n\nRequirements:\n- As an agile startup, our editors work on every story\n"
        "- We are a SaaS company\n- Experience with Python\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert "Python" in found and not {"Agile", "SaaS"} & found
    # Asked as experience or as how the team works, it stays a keyword.
    asks = "Editor\n\nRequirements:\n- 3+ years at a SaaS company\n- Work in an Agile team\n"
    assert {"Agile", "SaaS"} <= {k.term for k in keywords(analyse_posting(Posting("p", asks)))}


def test_collective_bargaining_said_only_to_put_the_job_in_a_union_is_no_keyword() -> None:
    # One paragraph, no list: every sentence of it is read.
    text = (
        "Records Clerk\n\nThe clerk keeps court files in order and answers public records requests. This position "
        "is represented by AFSCME Local 88 and is covered by the collective bargaining agreement.\n"
    )
    assert "collective bargaining" not in {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    # Under a heading of the role, too.
    role = "Records Clerk\n\nAbout the role:\nThis position is subject to the collective bargaining agreement.\n"
    assert "collective bargaining" not in {k.term for k in keywords(analyse_posting(Posting("p", role)))}
    # A labour relations job that asks for it still does.
    asks = "Labor Relations Specialist\n\nRequirements:\n- Experience in collective bargaining and grievance handling\n"
    assert "collective bargaining" in {k.term for k in keywords(analyse_posting(Posting("p", asks)))}


def test_a_lawyers_and_a_policy_advocates_work_are_keywords_and_a_hotel_lobby_is_no_lobbying() -> None:
    text = (
        "Legislative Counsel\n\nRequirements:\n- Member of the bar in good standing\n- Oral argument before appellate"
        " courts\n- Lobbying, policy analysis and grassroots advocacy on federal bills\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert {"bar admission", "oral argument", "lobbying", "policy analysis", "grassroots organizing"} <= found
    hotel = "Night Auditor\n\nDuties:\n- Keep the lobby, entrance and common areas secure\n- Balance the night audit\n"
    assert "lobbying" not in {k.term for k in keywords(analyse_posting(Posting("p", hotel)))}


def test_a_labs_and_a_growth_marketers_methods_are_keywords_of_their_own() -> None:
    lab = "Scientist\n\nRequirements:\n- Molecular biology and protein expression\n- Cleaning validation under GMP\n"
    found = {k.term for k in keywords(analyse_posting(Posting("p", lab)))}
    assert {"molecular biology", "protein expression", "cleaning validation", "GMP"} <= found
    ads = "Growth Marketer\n\nRequirements:\n- Run Apple Search Ads and Google Ads\n- Build landing pages\n"
    found = {k.term for k in keywords(analyse_posting(Posting("p", ads)))}
    assert {"Apple Search Ads", "Google Ads", "landing pages"} <= found


def test_a_revenue_teams_operations_and_strategy_are_keywords_in_the_postings_words() -> None:
    text = (
        "Sales Operations Manager\n\nRequirements:\n- Run sales operations and RevOps tooling\n"
        "- Shape the sales strategy with leadership\n"
    )
    found = {k.term: k.said for k in keywords(analyse_posting(Posting("p", text)))}
    assert {"sales operations", "revenue operations", "sales strategy"} <= found.keys()
    assert "sale operation" not in found and found["revenue operations"] == "RevOps"


def test_cross_functional_is_how_teams_work_together_no_keyword() -> None:
    text = (
        "Program Manager\n\nRequirements:\n- Lead cross-functional partners through launches\n"
        "- Work cross-functionally with finance\n- Drive cross-functional planning\n- Cross-platform development\n"
        "- Own cross-platform releases\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert not {"cross functional", "cross functionally"} & found
    assert "cross platform" in found


def test_a_safety_specialists_programs_and_credentials_are_keywords_met_in_the_names_the_field_uses() -> None:
    cv = make_cv(
        {
            "Anvil Forge Works": [
                "Wrote job safety analyses for every grinding cell.",
                "Kept the MSDS binders current and taught HazCom to new hires.",
                "Ran accident investigations after each recordable injury.",
            ]
        },
        certificates=[{"name": "Certified Safety Professional", "issuer": "BCSP"}],
    )
    posting = Posting(
        "p",
        "Safety Coordinator\n\nRequirements:\n- CSP or CHST\n- Complete JHAs with crews\n"
        "- Maintain safety data sheets and the hazard communication program\n- Lead incident investigations\n"
        "- Keep the OSHA 300 log\n",
    )
    found = evidence(cv, posting)
    assert found["job hazard analysis"] == ("selected", ("job0-b0",))  # a JSA is the JHA by another name
    assert found["SDS"][0] == "selected" and found["hazard communication"][0] == "selected"
    assert found["incident investigation"] == ("selected", ("job0-b2",))
    assert found["CSP"][0] == "selected"  # the certificate spelt out
    assert found["CHST"][0] == "absent" and found["OSHA recordkeeping"][0] == "absent"


def test_a_safety_credential_whose_letters_are_another_fields_acronym_is_asked_only_by_its_full_name() -> None:
    web = "Web Developer\n\nRequirements:\n- Classic ASP and VBScript\n- Speech to text (STS) features\n"
    found = {k.term for k in keywords(analyse_posting(Posting("p", web)))}
    assert not {"Associate Safety Professional", "Safety Trained Supervisor"} & found
    safety = "Safety Lead\n\nRequirements:\n- Associate Safety Professional or Safety Trained Supervisor\n"
    found = {k.term for k in keywords(analyse_posting(Posting("p", safety)))}
    assert {"Associate Safety Professional", "Safety Trained Supervisor"} <= found


def test_a_plants_health_programs_are_keywords_of_their_own() -> None:
    text = (
        "Safety Coordinator\n\nRequirements:\n- Run the hearing conservation and respiratory protection programs\n"
        "- Behavior-based safety observations and ergonomic assessments\n- Machine guarding audits\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert {
        "hearing conservation",
        "respiratory protection",
        "behavior-based safety",
        "ergonomics",
        "machine guarding",
    } <= found


def test_a_credentials_letters_in_the_plural_ask_for_no_credential_when_its_name_ends_in_its_holder() -> None:
    gpu = "ML Infrastructure Engineer\n\nRequirements:\n- Large multi-node GPU clusters on premise or in CSPs\n"
    assert "CSP" not in {k.term for k in keywords(analyse_posting(Posting("p", gpu)))}
    safety = "Safety Manager\n\nRequirements:\n- CSP or CHST required\n"
    assert "CSP" in {k.term for k in keywords(analyse_posting(Posting("p", safety)))}


def test_a_video_editors_crafts_and_tools_are_keywords_of_their_own() -> None:
    text = (
        "Video Editor\n\nRequirements:\n- Cut in Premiere, Avid or CapCut and export with Media Encoder\n"
        "- Audio mixing and sound design in Pro Tools\n- Rotoscoping, compositing and VFX\n"
        "- Post production reviews on Frame.io\n- Videography for our YouTube channel\n"
    )
    found = {k.term for k in keywords(analyse_posting(Posting("p", text)))}
    assert {
        "Adobe Premiere Pro",
        "CapCut",
        "Adobe Media Encoder",
        "audio mixing",
        "sound design",
        "Pro Tools",
        "rotoscoping",
        "compositing",
        "visual effects",
        "post-production",
        "Frame.io",
        "videography",
        "YouTube",
    } <= found


def test_an_edits_final_cuts_are_no_final_cut_pro_which_a_list_of_editors_names() -> None:
    cuts = "Video Editor\n\nResponsibilities:\n- Create rough and final cuts of every film\n"
    assert "Final Cut Pro" not in {k.term for k in keywords(analyse_posting(Posting("p", cuts)))}
    tools = "Video Editor\n\nRequirements:\n- Edit in Premiere, Final Cut or Avid\n"
    assert {"Final Cut Pro", "Adobe Premiere Pro"} <= {k.term for k in keywords(analyse_posting(Posting("p", tools)))}


def test_a_film_premiere_is_no_adobe_premiere_pro() -> None:
    text = "Event Producer\n\nResponsibilities:\n- Plan the Premiere night of each feature and its red carpet\n"
    assert "Adobe Premiere Pro" not in {k.term for k in keywords(analyse_posting(Posting("p", text)))}


def test_a_cvs_sound_mix_meets_a_postings_audio_mixing_and_camera_work_its_videography() -> None:
    cv = make_cv({"Acme": ["Handled sound mixing for 40 short films.", "Worked as camera operator on shoots."]})
    posting = Posting("p", "Video Producer\n\nRequirements:\n- Audio mixing\n- Videography\n")
    found = keyword_coverage(cv, posting)
    assert found["audio mixing"].status == "selected"
    assert [r.term for r in found["videography"].related] == ["camera operator"]


def test_how_much_of_a_skill_a_posting_asks_for_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "Camera Assistant\n\nRequirements:\n- A basic idea of lens care.\n- A basic idea of slate logging.\n"
        "- Lens care on features.\n- Slate logging daily.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting)) if k.kind == "phrase"}
    assert {"lens care", "slate log"} <= terms
    assert "basic idea" not in terms


def test_a_network_engineers_protocols_vendors_and_credentials_are_keywords_met_in_the_names_the_field_uses() -> None:
    cv = make_cv(
        {
            "Harbor Clinics": [
                "Ran OSPF and EIGRP across the campus core on Cisco IOS-XE.",
                "Moved 30 branches to SD-WAN on FortiGate appliances.",
                "Put guest traffic behind 802.1X with Cisco ISE.",
                "Tuned QoS for voice over the WAN.",
            ]
        },
        certificates=[{"name": "Cisco Certified Internetwork Expert"}],
    )
    posting = Posting(
        "p",
        "Network Engineer\n\nRequirements:\n- Open Shortest Path First and Enhanced Interior Gateway Routing Protocol\n"
        "- Fortinet firewalls and software-defined WAN\n- Identity Services Engine\n- Quality of service\n"
        "- CCIE\n- iOS app development\n",
    )
    found = {term: status != "absent" for term, (status, _) in evidence(cv, posting).items()}
    # Each asked for by its full name and said by its short one, or by its maker's product (a FortiGate is Fortinet's)
    assert all(found[term] for term in ("OSPF", "EIGRP", "Fortinet", "SD-WAN", "Cisco ISE", "QoS", "CCIE"))
    assert not found["iOS"]  # Cisco's IOS-XE is no Apple system


def test_a_wide_area_network_is_no_sd_wan_but_an_sd_wan_is_a_wan() -> None:
    posting = "Network Engineer\n\nRequirements:\n- SD-WAN\n"
    found = evidence(make_cv({"Acme": ["Ran the WAN for 12 branches."]}), Posting("p", posting))
    assert found["SD-WAN"][0] == "absent"
    posting = "Network Engineer\n\nRequirements:\n- WAN design\n"
    found = evidence(make_cv({"Acme": ["Moved 12 branches to SD-WAN."]}), Posting("p", posting))
    assert found["WAN"][0] == "selected"


def test_change_control_is_met_by_its_board_and_encryption_is_related_to_ipsec() -> None:
    cv = make_cv({"Acme": ["Presented every firewall change to the change advisory board.", "Built IPsec tunnels."]})
    posting = Posting("p", "Network Engineer\n\nRequirements:\n- Follow change control\n- Encryption\n")
    found = keyword_coverage(cv, posting)
    assert found["change control"].status == "selected"
    assert found["encryption"].status == "absent"
    assert [(r.term, r.where) for r in found["encryption"].related] == [("IPsec", ("job0-b1",))]  # some evidence


def test_a_salesforce_administrators_tools_are_met_by_their_other_names() -> None:
    cv = make_cv(
        {
            "Acme": [
                "Rebuilt lead routing in Flow Builder.",
                "Moved record access from profiles to permission set groups.",
                "Trained the claims team in Lightning Experience.",
                "Imported 40,000 contacts with Data Loader.",
                "Wrote an Apex trigger for renewals and its test class.",
            ]
        },
        certificates=[{"name": "Platform App Builder"}],
    )
    posting = Posting(
        "p",
        "CRM Administrator\n\nRequirements:\n- Salesforce Flows and Salesforce Lightning\n- Permission sets\n"
        "- Data Loader, Apex and Visualforce\n- Salesforce Certified Platform App Builder\n",
    )
    found = evidence(cv, posting)
    said = ("Salesforce Flow", "permission sets", "Salesforce Lightning", "Data Loader", "Apex")
    assert all(found[term][0] != "absent" for term in (*said, "Salesforce Certified Platform App Builder"))
    assert found["Visualforce"][0] == "absent"


def test_an_experienced_cloud_engineer_and_adobes_experience_cloud_are_no_salesforce_portal() -> None:
    text = (
        "Cloud Engineer\n\nRequirements:\n- We require an experienced Cloud Engineer.\n"
        "- Adobe Experience Cloud is a plus.\n"
    )
    assert "Salesforce Experience Cloud" not in {k.term for k in keywords(analyse_posting(Posting("p", text)))}


def test_a_loader_of_training_data_and_a_summit_are_no_salesforce_tools() -> None:
    posting = Posting(
        "p",
        "ML Engineer\n\nRequirements:\n- Write a fast data loader for sharded datasets\n"
        "- Reach the apex of model quality\n- PyTorch\n",
    )
    found = evidence(make_cv({"Acme": ["Trained models in PyTorch."]}), posting)
    assert "Data Loader" not in found
    assert "Apex" not in found


def test_a_field_that_names_the_teams_a_job_serves_is_no_keyword() -> None:
    posting = Posting(
        "p",
        "# CRM Administrator\n\n## Responsibilities\n\n- Enable our sales, customer success and marketing teams\n"
        "- Support the digital marketing department with reports\n- Build dashboards\n- Pipeline management\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "pipeline management" in terms and not {"customer success", "digital marketing"} & terms
    # Asked for in its own words, it stays a keyword.
    asks = Posting("p", "# Manager\n\n## Requirements\n\n- Experience in customer success\n- Support our customers\n")
    assert "customer success" in {k.term for k in keywords(analyse_posting(asks))}


def test_the_kinds_members_listed_under_one_of_the_following_are_alternatives_and_the_next_card_is_asked() -> None:
    posting = Posting(
        "p",
        "Clinic Assistant\n\nRequirements:\n- Charting in an EHR from one of the following:\n- Cerner\n"
        "- athenahealth\n- eClinicalWorks\n- Current BLS card\n\n- MEDITECH for the new site\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found["Cerner"] == ("athenahealth", "eClinicalWorks")
    assert found["eClinicalWorks"] == ("Cerner", "athenahealth")
    assert found["BLS"] == ()  # no EHR: asked on its own
    assert found["MEDITECH"] == ()  # under the list's end: asked on its own
    # A line that names its choices itself opens no list: the lines under it ask for theirs.
    inline = Posting(
        "p",
        "Clinic Assistant\n\nRequirements:\n- An EHR, one of the following: MEDITECH, NextGen\n"
        "- Build Cerner reports\n- Train staff on eClinicalWorks\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(inline)) if k.kind == "skill"}
    assert found["Cerner"] == () and found["eClinicalWorks"] == ()


def test_a_medical_assistants_credential_meets_a_posting_that_asks_for_its_letters_or_its_kind() -> None:
    cv = make_cv(
        {"Harbor Family Clinic": ["Drew blood and ran point-of-care tests for 30 patients a day."]},
        certificates=[{"name": "Certified Medical Assistant", "issuer": "AAMA"}],
    )
    posting = Posting(
        "p",
        "Medical Assistant\n\nRequirements:\n- CMA certification\n- Medical assistant certification\n"
        "- Blood draws and point-of-care testing\n- Record vital statistics in the chart\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["CMA"].met_by, found["medical assistant certification"].met_by) == (
        "Certified Medical Assistant",
        "Certified Medical Assistant",
    )
    assert found["phlebotomy"].status == found["point-of-care testing"].status == "selected"
    assert "statistics" not in found  # a chart's vital statistics are no statistician's work


def test_a_kind_of_photography_is_said_by_the_verb_photographed_with_what_was_photographed() -> None:
    cv = make_cv({"Harbor Studio": ["Photographed weddings and corporate events across the county."]})
    posting = Posting("p", "Photographer\n\nRequirements:\n- Event photography\n- Food photography\n")
    found = evidence(cv, posting)
    assert found["event photography"][1] == ("job0-b0",)
    assert found["food photography"] == ("absent", ())


def test_a_database_administrators_tools_and_practices_are_keywords_met_in_their_own_names() -> None:
    cv = make_cv(
        {
            "Larch Bank": [
                "Ran nightly RMAN backups and a Data Guard standby for the core ledger.",
                "Set up AlwaysOn availability groups and log shipping for the card platform.",
                "Read AWR reports and execution plans to fix slow month-end queries.",
                "Moved two SQL Server databases to Azure SQL Managed Instance.",
                "Planned the office move.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Database Administrator\n\nRequirements:\n- Oracle RMAN and Oracle Data Guard\n"
        "- Always On availability groups, log shipping\n- Azure SQL MI and Azure ASR\n"
        "- Automatic Workload Repository and query plans\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.status for term, k in found.items() if k.keyword.kind == "skill"} == {
        "RMAN": "selected",
        "Oracle Data Guard": "selected",  # "Data Guard"
        "Always On availability groups": "selected",  # "AlwaysOn availability groups"
        "log shipping": "selected",
        "Azure SQL Managed Instance": "selected",  # "Azure SQL MI"
        "Azure Site Recovery": "absent",  # "Azure ASR": disaster recovery's, no speech recognition
        "AWR": "selected",
        "execution plans": "selected",  # "query plans"
    }


@pytest.mark.parametrize("sentence", ["We are always on call for our clients.", "The team is always on time."])
def test_always_on_in_a_sentence_is_no_sql_server_feature(sentence: str) -> None:
    posting = Posting("p", f"Support Engineer\n\nRequirements:\n- {sentence}\n")
    assert "Always On availability groups" not in keyword_coverage(make_cv({"Larch": ["Ran it."]}), posting)


def test_the_fields_a_degree_may_be_in_offered_as_a_choice_are_no_keywords() -> None:
    # Any one of them, or a related field, will do: the CV's degree says which; a field asked for alone still counts.
    choice = Posting(
        "p",
        "# Systems Analyst\n\n## Education\n\n- Bachelor's degree in Computer Information Systems, Records "
        "Management, or a closely related field\n",
    )
    terms = {k.term for k in keywords(analyse_posting(choice))}
    assert "information system" not in terms
    assert "records management" in terms  # the lexicon's skill: a keyword wherever it is said
    alone = Posting(
        "p",
        "# Systems Analyst\n\n## Requirements\n\n- Degree in Computer Information Systems\n"
        "- Experience with Management Information Systems\n",
    )
    assert "information system" in {k.term for k in keywords(analyse_posting(alone))}


def test_a_skill_named_only_as_one_of_a_degrees_fields_offered_as_a_choice_is_not_required() -> None:
    # A degree in Education meets "a degree in HR, Education, OD or a related field": HR is no requirement of its own.
    choice = (
        "- Bachelor's degree in HR, Education, Organizational Development or a related field\n- Articulate Storyline\n"
    )
    found = {
        k.term: k.required for k in keywords(analyse_posting(Posting("p", f"# Trainer\n\n## Requirements\n\n{choice}")))
    }
    assert found == {"human resources": False, "organizational development": False, "Articulate Storyline": True}
    also = choice + "- 2+ years in human resources\n"
    found = {
        k.term: k.required for k in keywords(analyse_posting(Posting("p", f"# Trainer\n\n## Requirements\n\n{also}")))
    }
    assert found["human resources"] is True  # asked for on its own too
    assert found["organizational development"] is False


def test_two_words_in_capitals_that_a_number_ends_are_no_phrase_keyword() -> None:
    # "NIST SP" is every NIST publication's opening: the posting asks for 800-171, which a CV's 800-61 is not.
    text = "# GRC Analyst\n\n## Requirements\n\n- Map controls to NIST SP 800-171\n- Audit against NIST SP 800-171\n"
    assert "nist sp" not in {k.term for k in keywords(analyse_posting(Posting("p", text)))}


def test_a_skill_or_another_of_a_kind_is_one_requirement_that_either_meets() -> None:
    posting = Posting(
        "p", "# Safety Analyst\n\n## Requirements\n\n- Experience with Tableau or another data visualization tool\n"
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found == {"Tableau": ("data visualization",), "data visualization": ("Tableau",)}


def test_a_bracket_of_choices_is_one_requirement_though_it_names_products_the_lexicon_does_not_know() -> None:
    # "Logility" is a name the lexicon lacks; "SAP IBP" is SAP's planning product, no SAP of its own; o9, the planning
    # platform, is one of the choices beside Kinaxis.
    posting = Posting(
        "p",
        "# Demand Planner\n\n## Requirements\n\n- Experience with planning software"
        " (SAP IBP, Kinaxis, o9, or Logility)\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert "SAP" not in found
    assert found["Kinaxis"] == ("integrated business planning", "o9 Solutions")
    # Names in capitals in such a bracket are examples of what is asked, no keyword of their own.
    wms = Posting(
        "p",
        "# Inventory Lead\n\n## Responsibilities\n\n- Own WMS data (Manhattan SCALE / Blue Yonder)\n\n"
        "## Requirements\n\n- Experience with a WMS (Manhattan, Blue Yonder, or Korber)\n",
    )
    assert "blue yonder" not in {k.term for k in keywords(analyse_posting(wms))}
    # Outside a bracket of choices the maker is asked for: "SAP and Kinaxis" asks for both.
    both = Posting("p", "# Demand Planner\n\n## Requirements\n\n- Experience with SAP IBP and Kinaxis\n")
    assert {"SAP", "Kinaxis"} <= {k.term for k in keywords(analyse_posting(both))}


def test_a_skill_named_only_as_one_of_a_closed_list_of_a_degrees_fields_is_not_required() -> None:
    # A degree in any of the fields listed will do: a Business graduate meets it without statistics.
    listed = "- Bachelor's degree in Logistics, Business, Engineering or Statistics\n- Forecasting with Excel\n"
    found = {
        k.term: k.required for k in keywords(analyse_posting(Posting("p", f"# Planner\n\n## Requirements\n\n{listed}")))
    }
    assert found["statistics"] is False
    assert found["Microsoft Excel"] is True
    # A degree or experience instead offers no second field; a field asked for on its own stays required.
    alone = "- Degree in Statistics\n- Forecasting with Excel\n"
    found = {
        k.term: k.required for k in keywords(analyse_posting(Posting("p", f"# Planner\n\n## Requirements\n\n{alone}")))
    }
    assert found["statistics"] is True


def test_the_fields_of_a_degree_or_its_foreign_equivalent_and_their_kind_are_no_keywords() -> None:
    posting = Posting(
        "p",
        "# Data Engineer\n\n## Requirements\n\n- Master's degree, or foreign equivalent, in Computer Science, "
        "Information Technology, or closely related quantitative discipline.\n- Two years of Spark.\n"
        "- Bachelor's degree, or foreign equivalent, in Computer Science, Information Technology, or closely related "
        "quantitative discipline and five years of Spark.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not {"information technology", "quantitative discipline", "computer science"} & terms
    assert "Spark" in terms


def test_the_kind_of_field_a_degree_may_be_in_is_no_keyword_the_cvs_degree_says_which() -> None:
    # "or a related physical science", "in a physical science": a degree in Chemistry meets both.
    choice = Posting(
        "p",
        "# Lab Chemist\n\n## Requirements\n\n- Bachelor's degree in Chemistry, Physics or a related physical science\n"
        "- Or a master's degree in Geology or a related physical science\n- HPLC\n",
    )
    of_a_kind = Posting(
        "p",
        "# Lab Chemist\n\n## Requirements\n\n- Bachelor's degree (BS or BA) in a physical science\n"
        "- Master's degree in a physical science for the senior level\n- HPLC\n",
    )
    for posting in (choice, of_a_kind):
        terms = {k.term for k in keywords(analyse_posting(posting))}
        assert "physical science" not in terms and "HPLC" in terms


def test_a_pharmacy_technicians_non_sterile_work_is_no_sterile_compounding_and_the_board_names_its_credential() -> None:
    cv = make_cv(
        {"Maple Pharmacy": ["Compounded non-sterile preparations such as creams and oral suspensions."]},
        certificates=[{"name": "Certified Pharmacy Technician", "issuer": "PTCB"}],
    )
    posting = Posting(
        "p",
        "Pharmacy Technician\n\nRequirements:\n- Sterile compounding in a cleanroom\n"
        "- Pharmacy Technician Certification Board (PTCB) certification\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["sterile compounding"].status == "absent"
    assert found["CPhT"].status == "selected"


def test_a_skill_written_with_non_before_it_in_a_capital_is_no_evidence_of_the_skill_it_negates() -> None:
    # A skills list's "Non-sterile compounding", its first word in a capital, says the opposite of sterile compounding,
    # as a bullet's "compounded non-sterile preparations" does.
    cv = make_cv(
        {"Maple Pharmacy": ["Counted and labeled prescriptions for the drive-thru."]},
        skills={"Pharmacy": ["Non-sterile compounding", "Insurance billing"]},
    )
    posting = Posting("p", "Pharmacy Technician\n\nRequirements:\n- Sterile compounding in a cleanroom\n")
    assert keyword_coverage(cv, posting)["sterile compounding"].status == "absent"


def test_a_cleanroom_technicians_hood_and_chemo_meet_a_postings_engineering_controls_and_chemotherapy() -> None:
    # USP <797>'s primary engineering controls are the ISO 5 hoods a technician names (LAFW, biological safety
    # cabinet), and "chemo" is chemotherapy's everyday short name.
    cv = make_cv(
        {
            "Juniper Regional Hospital": [
                "Compounded IV piggybacks in the LAFW and chemo in the biological safety cabinet.",
                "Restocked the crash carts.",
            ]
        }
    )
    posting = Posting(
        "p",
        "IV Technician\n\nRequirements:\n- Cleans and certifies primary engineering controls\n"
        "- Prepares chemotherapy doses\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["primary engineering controls"].met_by == "laminar airflow workbench"
    assert found["chemotherapy"].status == "selected"


@pytest.mark.parametrize("held", ["Pharmacy Technician License", "Registered Pharmacy Technician"])
def test_a_state_pharmacy_technician_licence_a_posting_requires_is_the_credential_a_cv_holds(held: str) -> None:
    # A state board licenses or registers the technicians who work in its pharmacies: a posting's "Active Oregon
    # Pharmacy Technician license" asks for the licence a CV lists, under either name, and the CPhT is no such licence.
    cv = make_cv(
        {"Juniper Regional Hospital": ["Filled unit-dose carts for 12 nursing units.", "Restocked the crash carts."]},
        certificates=[{"name": held, "issuer": "Oregon Board of Pharmacy"}],
    )
    posting = Posting(
        "p",
        "Pharmacy Technician\n\nRequirements:\n- Active Oregon Pharmacy Technician license required\n"
        "- Fills unit-dose carts\n",
    )
    assert keyword_coverage(cv, posting)["pharmacy technician license"].status == "selected"
    certified = make_cv(
        {"Juniper Regional Hospital": ["Filled unit-dose carts for 12 nursing units."]},
        certificates=[{"name": "Certified Pharmacy Technician (CPhT)", "issuer": "PTCB"}],
    )
    assert keyword_coverage(certified, posting)["pharmacy technician license"].status == "absent"


def test_a_pharmacys_third_party_insurance_claims_are_the_insurance_adjudication_a_technician_did() -> None:
    # A pharmacy bills each prescription to the patient's plan and the claim is adjudicated at once: a posting's
    # "process third-party insurance claims" asks for the adjudication a retail technician's bullet names.
    cv = make_cv(
        {
            "Cedar Drug": [
                "Processed 300 Rxs a day: data entry, insurance adjudication and rejections.",
                "Counted and labeled prescriptions.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Pharmacy Technician\n\nWhat you'll do:\n- Process third-party insurance claims and resolve rejections\n"
        "- Count, fill and label prescriptions\n\nRequirements:\n- Retail pharmacy experience\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["claims adjudication"].status == "selected"
    assert found["claims adjudication"].where == ("job0-b0",)


def test_a_store_managers_measures_and_systems_are_keywords_met_by_their_kind_or_absent() -> None:
    cv = make_cv(
        {
            "Larkspur Outfitters": [
                "Brought inventory shrink down by a third with weekly cycle counts.",
                "Trained cashiers on NCR Counterpoint and raised units per transaction to 2.4.",
                "Lifted the store's Net Promoter Score from 48 to 63.",
                "Repainted the break room.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Store Manager\n\nRequirements:\n- Loss prevention experience\n- Experience with POS systems\n"
        "- Drive UPT and Net Promoter Score\n- Retail operations experience\n- Shrink control\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: (k.status, k.where, k.met_by) for term, k in found.items()} == {
        "loss prevention": ("absent", (), ""),  # the shrink kept down is only related evidence
        "point of sale": ("absent", (), "NCR Counterpoint"),  # met by one of its kind
        "units per transaction": ("selected", ("job0-b1",), ""),
        "Net Promoter Score": ("selected", ("job0-b2",), ""),
        "retail operations": ("absent", (), ""),
        "inventory shrink": ("selected", ("job0-b0",), ""),
    }
    assert {r.term for r in found["loss prevention"].related} == {"cycle counting", "inventory shrink"}


def test_a_cash_office_kept_and_bank_deposits_made_are_related_evidence_of_cash_handling() -> None:
    cv = make_cv({"Larkspur Outfitters": ["Reconciled the cash office and made the daily bank deposits."]})
    posting = Posting("p", "Key Holder\n\nRequirements:\n- Cash handling experience\n- Forklift licence\n")
    found = keyword_coverage(cv, posting)["cash handling"]
    assert found.status == "absent"  # the words are not said: related evidence, shown beside it
    assert {r.term for r in found.related} == {"cash office", "bank deposits"}


def test_a_desktop_framework_is_no_presentation_and_a_smart_contract_no_one_chain() -> None:
    posting = Posting(
        "p",
        "Desktop Developer\n\nRequirements:\n- Windows Presentation Foundation (WPF) or Windows Forms\n"
        "- Write smart contracts in Rust for Solana\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert {"WPF", "Windows Forms", "smart contracts"} <= terms
    assert not {"public speaking", "Ethereum", "Microsoft Windows"} & terms


def test_experience_as_a_scrum_master_asks_for_the_role_which_its_credential_shows() -> None:
    posting = Posting(
        "p",
        "Agile Coach\n\nRequirements:\n- At least 5 years of experience as a Scrum Master.\n"
        "- Experience as a Scrum Master for platform teams.\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "Scrum Master" in terms and "Certified ScrumMaster" not in terms
    certified = make_cv({"Harbor Pay": ["Earned the Certified ScrumMaster credential and coached two teams."]})
    assert keyword_coverage(certified, posting)["Scrum Master"].status == "selected"
    practised = make_cv({"Harbor Pay": ["Ran Scrum ceremonies for two teams."]})
    found = keyword_coverage(practised, posting)["Scrum Master"]
    assert found.status == "absent" and [r.term for r in found.related] == ["Scrum"]


def test_a_cvs_own_skill_joining_names_by_a_slash_says_each_and_is_kept_where_the_posting_asks_for_either() -> None:
    cv = make_cv(
        {"Lightpath Optics": ["Modelled waveguide couplers.", "Sold lenses."]},
        skills=["Zemax/Lumerical", "Soldering", "Knitting"],
    )
    posting = Posting("p", "Optical Engineer\n\nRequirements:\n- Simulation in Zemax\n- Lumerical FDTD a must\n")
    ranking = rank(cv, posting)
    selection = select(cv, ranking, max_skills=1)
    found = {k.keyword.label: (k.status, k.where) for k in coverage(ranking, selection).keywords}
    assert found["Zemax"] == ("selected", ("Zemax/Lumerical",))
    assert found["Lumerical"] == ("selected", ("Zemax/Lumerical",))
    reasons = {c.bullet_id: c.reason for c in selection.skill_choices}
    assert reasons["Zemax/Lumerical"] == "asked for by the posting"


def test_fields_listed_as_the_teams_or_departments_a_job_works_with_are_no_keywords() -> None:
    posting = Posting(
        "p",
        "# Field Application Scientist\n\n## Responsibilities\n\n"
        "- Work closely with our bioinformatics, marketing and product development teams\n"
        "- Collaborating with R&D engineering, Quality, Regulatory Affairs and Manufacturing\n"
        "- Build relationships with lab directors, core facility staff, researchers and procurement teams\n"
        "- Train customers on flow cytometry\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "flow cytometry" in terms
    assert not {"bioinformatics", "marketing", "regulatory compliance", "procurement"} & terms
    # Things the job works with, a team it works on, and a field after words that run on from a line before, stay.
    asks = Posting(
        "p",
        "# Data Engineer\n\n## Requirements\n\n- Experience with GraphQL\n- Comfortable working on an agile team\n"
        "- Experience building or working with databases, ETL tools, BI tools, etc.\n"
        "- Working alongside talented people grouped in small agile teams\n",
    )
    assert {"Agile", "business intelligence"} <= {k.term for k in keywords(analyse_posting(asks))}


def test_a_posting_asking_for_in_vivo_work_keeps_its_in_and_a_cv_saying_in_vivo_shows_it() -> None:
    cv = make_cv({"Birchwood Labs": ["Validated three targets in vivo in syngeneic mice."]})
    posting = Posting(
        "p",
        "# Pharmacologist\n\n## Requirements\n\n- Perform in vivo techniques including dosing\n"
        "- Experience with in vivo techniques and mouse models\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["in vivo"].status == "selected"
    assert "vivo technique" not in found


def test_a_security_operations_center_spelled_out_is_met_by_a_cv_that_says_soc() -> None:
    cv = make_cv({"Harbor Mutual": ["Ran a 24x7 SOC of nine analysts and tuned its Splunk detections."]})
    posting = Posting(
        "p",
        "Detection Lead\n\nRequirements:\n- Five years in a security operations center or incident response role\n"
        "- Review vendors' SOC 1 and SOC 2 reports\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["security operations center"].status == "selected"
    assert found["security operations center"].keyword.alternatives == ("incident response",)
    # An auditor's reports on a service organisation's controls are no security operations center.
    assert found["SOC 1"].status == "absent" and found["SOC 2"].status == "absent"


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("One of the following: GCIH, GCIA, CySA+, or CISSP", {"GCIH", "GCIA", "CompTIA CySA+", "CISSP"}),
        ("GCFA, GCFE, GCIH or equivalent certification", {"GCFA", "GCFE", "GCIH"}),
    ],
)
def test_each_giac_certification_of_a_one_of_line_is_an_alternative_to_the_others(line: str, named: set[str]) -> None:
    posting = Posting("p", f"Incident Responder\n\nRequirements:\n- {line}\n- Splunk\n")
    found = {k.term: set(k.alternatives) for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert named <= found.keys()
    assert all(found[term] == named - {term} for term in named)


def test_an_aws_certificate_the_posting_names_is_a_keyword_the_cvs_certificate_meets() -> None:
    cv = make_cv(
        {"Nimbus Labs": ["Hardened IAM policies across 40 AWS accounts."]},
        certificates=[{"name": "AWS Certified Security – Specialty"}],
    )
    posting = Posting(
        "p",
        "Cloud Security Engineer\n\nRequirements:\n- AWS and IAM\n\nNice to have:\n"
        "- AWS Certified Security - Specialty or CKS certification\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["AWS Certified Security – Specialty"].status == "selected"
    assert found["CKS"].status == "absent"
    # The kind, as a posting asks for it, is met by the certificate, and not by AWS work alone.
    kind = Posting("p", "Cloud Engineer\n\nRequirements:\n- AWS certification\n")
    assert keyword_coverage(cv, kind)["AWS certifications"].status == "selected"
    uncertified = make_cv({"Nimbus Labs": ["Hardened IAM policies across 40 AWS accounts."]})
    assert keyword_coverage(uncertified, kind)["AWS certifications"].status == "absent"


def test_the_chronic_conditions_a_primary_care_posting_names_are_keywords_the_cvs_conditions_meet() -> None:
    cv = make_cv(
        {"Lakeside Clinic": ["Adjusted insulin and antihypertensives for 300 patients with diabetes and hypertension."]}
    )
    posting = Posting(
        "p",
        "Clinical Pharmacist, Primary Care\n\nRequirements:\n"
        "- Manage diabetes, hypertension and hyperlipidemia under a collaborative practice agreement\n"
        "- Provide comprehensive medication management visits\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.status for term, k in found.items()}.items() >= {
        "diabetes": "selected",
        "hypertension": "selected",
        "hyperlipidemia": "absent",
        "collaborative practice agreement": "absent",
        "comprehensive medication management": "absent",
    }.items()


def test_a_hospital_pharmacists_pumps_and_iv_room_meet_the_names_a_posting_gives_them() -> None:
    cv = make_cv(
        {
            "Harbor General Hospital": [
                "Provided IV admixture oversight for a 300-bed hospital.",
                "Revised the drug library limits of our Alaris smart pumps.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Pharmacy Informatics Specialist\n\nRequirements:\n- Oversee sterile compounding\n"
        "- Maintain the smart pump drug library (BD Alaris)\n",
    )
    found = keyword_coverage(cv, posting)
    asked = ("sterile compounding", "smart pumps", "drug library", "BD Alaris")
    assert {term: found[term].status for term in asked} == {
        "sterile compounding": "selected",  # IV admixture is the pharmacy's name for compounding sterile IVs
        "smart pumps": "selected",
        "drug library": "selected",
        "BD Alaris": "selected",
    }


def test_a_buyers_commodities_cost_models_trade_codes_and_mba_are_keywords_met_in_the_cvs_words() -> None:
    cv = make_cv(
        {
            "Ridge Valve Co.": [
                "Sourced castings and forgings for pump lines with should-cost models.",
                "Reset MRP lot sizes and safety stock for 900 parts.",
            ]
        },
        skills=["Tariff Classification"],
        education=[{"degree": "Master of Business Administration (MBA)", "institution": "Ohio State"}],
    )
    posting = Posting(
        "p",
        "Procurement Manager\n\nRequirements:\n- Category strategies for castings, forgings and machined components\n"
        "- Build should-cost modeling\n- Keep safety stock in SAP accurate\n- Knowledge of HTS classification\n"
        "- Bachelor's degree; MBA preferred\n",
    )
    found = keyword_coverage(cv, posting)
    asked = ("castings", "forgings", "should-cost modeling", "safety stock", "tariff classification", "MBA")
    assert all(found[term].status in ("selected", "available") for term in asked), {t: found.get(t) for t in asked}
    assert found["MBA"].keyword.required is False


def test_the_commonwealths_law_degrees_are_keywords_a_cvs_degree_meets_and_a_bare_llm_is_no_law_degree() -> None:
    cv = make_cv(
        {"Lind & Moss LLP": ["Drafted share purchase agreements for 12 mid-market deals."]},
        education=[
            {"degree": "LLB (Hons) Law", "institution": "University of Bristol", "end": "2018"},
            {"degree": "LL.M. International Commercial Law", "institution": "King's College London", "end": "2019"},
        ],
    )
    posting = Posting(
        "p",
        "Corporate Associate\n\nRequirements:\n- LLB or equivalent law degree\n\nPreferred:\n- An LL.M.\n"
        "- Familiarity with LLM-based research tools\n",
    )
    found = evidence(cv, posting)
    assert found["Bachelor of Laws"] == ("selected", ("education:1",))
    assert found["Master of Laws"] == ("selected", ("education:2",))
    assert found["large language models"] == ("absent", ())


def test_an_entry_level_corechi_is_no_certified_healthcare_interpreter_but_is_a_cchi_certification() -> None:
    cv = make_cv(
        {"Harlow Clinic": ["Interpreted in Spanish for 30 patients a day."]},
        certificates=[{"name": "CoreCHI", "issuer": "CCHI", "date": "2024"}],
    )
    chi = Posting("p", "Medical Interpreter\n\nRequirements:\n- Certified Healthcare Interpreter (CHI) required\n")
    assert evidence(cv, chi)["Certified Healthcare Interpreter"] == ("absent", ())
    any_of_them = Posting("p", "Medical Interpreter\n\nRequirements:\n- CCHI certification required\n")
    (cchi,) = [k for k in keyword_coverage(cv, any_of_them).values() if k.keyword.term == "CCHI"]
    assert cchi.met  # the certificate CCHI gave


def test_a_patient_access_credential_the_posting_names_is_a_keyword_the_cvs_certificate_meets() -> None:
    cv = make_cv(
        {"Harlow Clinic": ["Registered 60 patients a day and verified insurance eligibility."]},
        certificates=[{"name": "Certified Healthcare Access Associate (CHAA)", "issuer": "NAHAM", "date": "2018"}],
    )
    posting = Posting("p", "Patient Access Representative\n\nPreferred:\n- CHAA or CRCR certification\n")
    found = evidence(cv, posting)
    assert found["Certified Healthcare Access Associate"] == ("selected", ("certificate:1",))


def test_a_resident_engineer_on_a_bridge_replacement_shows_no_bridge_design() -> None:
    cv = make_cv(
        {"State DOT": ["Served as resident engineer on a $30M bridge replacement, inspecting concrete pours."]}
    )
    posting = Posting("p", "Bridge Engineer\n\nRequirements:\n- 8+ years of bridge design for state DOTs\n")
    assert keyword_coverage(cv, posting)["bridge design"].status == "absent"


def test_presenting_says_presentations_and_so_public_speaking_and_an_open_end_of_dates_says_neither() -> None:
    cv = make_cv(
        {
            "City of Elmwood": ["Presented findings at 14 public meetings on the corridor study."],
            "Harbor County": ["Presenting to the county council on the capital plan each quarter."],
            "Ridge Partners": ["Traffic planner, Jan 2017 to Present; ran the signal timing program."],
        }
    )
    posting = Posting("p", "Planner\n\nRequirements:\n- Strong public speaking skills\n")
    assert evidence(cv, posting)["public speaking"] == ("selected", ("job0-b0", "job1-b0"))
    dated = make_cv({"Ridge Partners": ["Traffic planner, Jan 2017 to Present; ran the signal timing program."]})
    assert evidence(dated, posting)["public speaking"][0] == "absent"


def test_present_as_an_adjective_a_patients_presenting_or_a_prize_presented_says_no_public_speaking() -> None:
    posting = Posting("p", "Analyst\n\nRequirements:\n- Strong public speaking skills\n")
    for said in (
        "Calculated the net present value of 12 capital projects.",
        "Was present at 40 births as a doula.",
        "Triaged patients presenting with chest pain.",
        "Presented with the Daisy Award in 2021.",
    ):
        assert evidence(make_cv({"Mercy": [said]}), posting)["public speaking"][0] == "absent", said
    assert evidence(make_cv({"Mercy": ["Presented at 3 national conferences."]}), posting)["public speaking"][0] == (
        "selected"
    )


def test_servsafes_food_handler_course_meets_no_food_manager_certification_that_names_servsafe() -> None:
    posting = Posting(
        "p", "Kitchen Manager\n\nRequirements:\n- Certified Food Protection Manager (ServSafe or equivalent)\n"
    )
    handler = keyword_coverage(make_cv({"Blue Plate Diner": ["ServSafe Food Handler certified."]}), posting)
    assert not any(found.met for found in handler.values())
    manager = make_cv({"Blue Plate Diner": ["Earned the ServSafe Food Protection Manager Certification."]})
    assert all(found.met for found in keyword_coverage(manager, posting).values())


def test_a_higher_level_of_a_responders_certification_meets_a_posting_asking_for_the_lower() -> None:
    # NFPA's levels build on each other: a hazardous materials technician was trained to the operations level first.
    cv = make_cv(
        {"Riverton Fire Department": ["Answered 300 calls a year on an engine company."]},
        certificates=[{"name": "Hazardous Materials Technician"}, {"name": "Firefighter II"}],
    )
    posting = Posting(
        "p",
        "Plant Emergency Responder\n\nRequirements:\n- Hazardous Materials Operations certification\n"
        "- Firefighter I certification\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Hazardous Materials Operations"].met_by == "Hazardous Materials Technician"
    assert found["Firefighter I"].met_by == "Firefighter II"


def test_a_cvs_eoc_and_qi_meet_the_emergency_operations_center_and_quality_improvement_written_out() -> None:
    cv = make_cv({"Lakeside County": ["Staffed the county EOC during two flood activations.", "Ran the QA/QI review."]})
    posting = Posting(
        "p",
        "Emergency Planner\n\nRequirements:\n- Experience in an emergency operations center\n"
        "- Experience with quality improvement\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["emergency operations center"].status == "selected"
    assert found["quality improvement"].status == "selected"


def test_a_cv_that_sells_b2b_says_b2b_as_a_posting_asks_it() -> None:
    cv = make_cv(
        {"Tallow Systems": ["Closed 40 new logos a year for a payroll product.", "Ran discovery calls."]},
        summary="Account executive with 9 years in B2B sales.",
    )
    posting = Posting("p", "Account Executive\n\nRequirements:\n- 5+ years of B2B SaaS closing experience\n")
    assert evidence(cv, posting)["B2B"] == ("selected", ("summary",))


def test_an_award_the_posting_names_is_a_keyword_the_cvs_awards_evidence() -> None:
    cv = make_cv(
        {"Tallow Systems": ["Closed 40 new logos a year for a payroll product.", "Ran discovery calls."]},
        awards=[{"name": "President's Club", "issuer": "Tallow Systems", "date": "2023"}],
    )
    posting = Posting(
        "p",
        "Account Executive\n\nRequirements:\n- Discovery calls\n\nNice to have:\n"
        "- President's Club or equivalent recognition\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["President's Club"].status, found["President's Club"].keyword.required) == ("selected", False)
    assert found["President's Club"].where == ("award:1",)
    ranking = rank(cv, posting)
    assert credentials_evidencing(coverage(ranking, select(cv, ranking))) == frozenset({"award:1"})
    graduate = make_cv({"Campus Bookstore": ["Shelved textbooks."]}, awards=[{"name": "Dean's List", "date": "2024"}])
    asks = Posting("p", "Analyst\n\nNice to have:\n- Dean's List or a GPA of 3.5+\n")
    assert keyword_coverage(graduate, asks)["Dean's List"].where == ("award:1",)


def test_informed_consent_is_no_inform_edc_and_the_product_written_as_its_maker_spells_it_is() -> None:
    cv = make_cv(
        {"Bayview Cancer Center": ["Entered case report form data in InForm within 3 days of each visit."]},
        skills=["InForm", "Phlebotomy"],
    )
    consent = Posting(
        "p", "Clinical Research Coordinator\n\nRequirements:\n- Obtain informed consent from participants\n"
    )
    found = keyword_coverage(cv, consent)
    assert "Oracle InForm" not in found and "inform" not in found
    ranking = rank(cv, consent)
    assert all("inform" not in item.terms for item in ranking.bullets)  # the bullet's EDC is no consent
    product = Posting("p", "Clinical Research Associate\n\nRequirements:\n- Experience with Oracle InForm or Rave\n")
    assert keyword_coverage(cv, product)["Oracle InForm"].status == "selected"
    edc = Posting("p", "CRA\n\nRequirements:\n- Experience with electronic data capture systems\n")
    assert keyword_coverage(cv, edc)["electronic data capture"].met_by == "Oracle InForm"


def test_a_more_specific_keyword_is_not_met_by_its_general_parent_which_is_related_evidence_only() -> None:
    coordinator = make_cv(
        {"Bayview Cancer Center": ["Coordinated 12 Phase II oncology trials."]}, skills=["Oncology", "Veeva Vault"]
    )
    nurse = Posting("p", "Research Nurse\n\nRequirements:\n- Two years of oncology nursing experience\n")
    found = keyword_coverage(coordinator, nurse)["oncology nursing"]
    assert found.status == "absent" and not found.met
    assert [r.term for r in found.related] == ["oncology"]
    documents = Posting("p", "QA Specialist\n\nRequirements:\n- Maintain SOPs in Veeva Vault QualityDocs\n")
    found = keyword_coverage(coordinator, documents)["Veeva Vault QualityDocs"]
    assert found.status == "absent" and [r.term for r in found.related] == ["Veeva Vault"]


def test_one_application_of_a_platform_meets_the_platform_but_not_another_application() -> None:
    cv = make_cv({"Kestrel Bio": ["Kept 400 SOPs current in Veeva Vault QualityDocs."]})
    quality_events = Posting("p", "QA Specialist\n\nRequirements:\n- Experience with Veeva Vault QMS or TrackWise\n")
    assert not keyword_coverage(cv, quality_events)["Veeva Vault QMS"].met
    platform = Posting("p", "QA Specialist\n\nRequirements:\n- Experience with Veeva Vault\n")
    assert keyword_coverage(cv, platform)["Veeva Vault"].met


def test_an_executive_assistants_credential_board_papers_and_meeting_tools_are_keywords_the_cv_meets() -> None:
    cv = make_cv(
        {"Harlow Capital": ["Prepared board books for quarterly meetings in Diligent.", "Ran Zoom and Webex calls."]},
        certificates=[{"name": "Certified Administrative Professional with Organizational Management (CAP-OM)"}],
    )
    posting = Posting(
        "p",
        "Executive Assistant\n\nRequirements:\n- Prepare board materials and manage the board portal\n"
        "- Zoom and Webex\n- CAP certification is a plus\n",
    )
    found = keyword_coverage(cv, posting)
    assert all(k.met for k in found.values()), {t: k.status for t, k in found.items()}
    assert {"board materials", "Zoom", "Webex", "Certified Administrative Professional"} <= found.keys()


def test_a_title_of_ones_own_that_names_a_learner_is_no_related_evidence_of_teaching_them() -> None:
    # "interns" of mentoring are the people mentored: "Audit Intern" names the CV's owner, who was mentored
    cv = make_cv(
        {"Rowe LLP": ["Tested revenue cut-off for retail clients."], "Alder Bank": ["Coached the audit team."]}
    )
    intern = cv.experience[0].model_copy(update={"role": "Audit Intern"})
    cv = cv.model_copy(update={"experience": [intern, cv.experience[1]]})
    posting = Posting("p", "Audit Senior\n\nResponsibilities:\n- Mentor staff accountants\n")
    mentoring = keyword_coverage(cv, posting)["mentoring"]
    assert mentoring.status == "absent" and [(r.term, r.where) for r in mentoring.related] == [
        ("coaching", ("job1-b0",))
    ]


@pytest.mark.parametrize(
    ("held", "how"),
    [
        # each shown apart: met by the two
        ("Class A CDL, H and N endorsements", "met by hazmat endorsement and tanker endorsement"),
        # said together, the two are the X endorsement's own name
        ("Class A CDL with Hazmat and Tanker endorsements", ""),
    ],
)
def test_a_credential_that_is_two_held_together_is_met_by_a_cv_showing_both(held: str, how: str) -> None:
    # The X endorsement is the hazmat and tanker endorsements in one: a driver who shows both holds it.
    cv = make_cv({"Ridge Haulers": ["Hauled fuel loads across three states."]}, certificates=[{"name": held}])
    posting = Posting("p", "Fuel Tanker Driver\n\nRequirements:\n- Class A CDL with X endorsement\n- Clean MVR\n")
    found = keyword_coverage(cv, posting)["X endorsement"]
    assert found.met and found.met_how == how
    assert (found.where or found.met_where) == ("certificate:1",)


def test_one_of_two_credentials_held_together_does_not_meet_the_one_they_make() -> None:
    cv = make_cv({"Ridge Haulers": ["Hauled fuel loads."]}, certificates=[{"name": "Class A CDL, H endorsement"}])
    posting = Posting("p", "Fuel Tanker Driver\n\nRequirements:\n- Class A CDL with X endorsement\n")
    found = keyword_coverage(cv, posting)["X endorsement"]
    assert not found.met and found.met_how == ""


@pytest.mark.parametrize("asked", ["Ohio electrical license", "A valid electrician's license", "Licensed electrician"])
def test_an_electricians_licence_of_any_grade_meets_a_posting_asking_for_one(asked: str) -> None:
    cv = make_cv(
        {"Miami Valley Electric": ["Installed 480V switchgear."]},
        certificates=[{"name": "Master Electrician License, Ohio"}],
    )
    posting = Posting("p", f"Maintenance Electrician\n\nRequirements:\n- {asked}\n- Motor controls\n")
    found = keyword_coverage(cv, posting)["electrician license"]
    assert found.met and "certificate:1" in found.where + found.met_where


def test_board_meeting_packets_in_a_bullet_say_the_board_packets_a_posting_asks_for() -> None:
    # An office manager's "board meeting packets" are the board's papers ("board packets", "board materials").
    cv = make_cv(
        {
            "Fernhill Credit Union": [
                "Assembled board meeting packets and recorded minutes for the monthly directors' sessions.",
                "Ordered supplies for two branches.",
            ]
        },
        skills=["Microsoft Word"],
    )
    posting = Posting(
        "p",
        "Office Coordinator\n\nResponsibilities:\n- Prepare board packets and keep board records in order\n"
        "- Order supplies and manage vendors\n\nRequirements:\n- Proficiency in Microsoft Word\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["board materials"].status == "selected"
    assert found["board materials"].where == ("job0-b0",)


def test_expense_reports_are_a_skill_a_bullet_says_and_an_expense_tool_relates_to() -> None:
    # An office manager's expense reporting: asked by a duty, said by a bullet; only the tool, it is related.
    posting = Posting(
        "p",
        "Operations Coordinator\n\nResponsibilities:\n- Review and approve expense reports for the sales team\n"
        "- Order office supplies\n\nRequirements:\n- Proficiency in Microsoft Excel\n",
    )
    said = make_cv(
        {"Pinecrest Dental": ["Reconciled the doctors' monthly expense reports against card statements."]},
        skills=["Microsoft Excel"],
    )
    assert keyword_coverage(said, posting)["expense reporting"].status == "selected"
    tool = make_cv({"Pinecrest Dental": ["Ordered supplies for two clinics."]}, skills=["Microsoft Excel", "Expensify"])
    found = keyword_coverage(tool, posting)["expense reporting"]
    assert found.status == "absent" and [r.term for r in found.related] == ["Expensify"]


def test_a_press_offices_releases_op_eds_and_media_tools_are_skills_and_evidence_of_its_public_relations() -> None:
    # A communications posting asks for releases and op-eds in their own words; a bullet that wrote news releases
    # says press releases, and one that pitched through Muck Rack is related evidence of media relations.
    posting = Posting(
        "p",
        "Communications Specialist\n\nResponsibilities:\n- Write press releases and op-eds for our executives\n"
        "- Manage media relations with health reporters\n\nRequirements:\n- Proficiency in Microsoft Word\n",
    )
    cv = make_cv(
        {
            "Harbor Arts Council": [
                "Wrote 30 news releases a year for exhibitions and grants.",
                "Pitched arts reporters through Muck Rack and placed two op-ed pieces.",
            ]
        },
        skills=["Microsoft Word"],
    )
    found = keyword_coverage(cv, posting)
    assert found["press releases"].status == "selected" and found["op-eds"].status == "selected"
    assert found["public relations"].status == "absent"
    assert [r.term for r in found["public relations"].related] == ["Muck Rack", "op-eds", "press releases"]


def test_land_development_is_a_civil_field_and_construction_phase_services_are_construction_administration() -> None:
    posting = Posting(
        "p",
        "Project Engineer\n\nResponsibilities:\n- Provide construction phase services, including submittal review\n"
        "\nRequirements:\n- 5+ years of land development design experience\n- Proficiency in Microsoft Excel\n",
    )
    cv = make_cv(
        {"Canyon Civil Group": ["Led construction administration for 12 subdivisions: RFIs and site observation."]},
        skills=["Microsoft Excel"],
        summary="Civil engineer with six years in land development for homebuilders.",
    )
    found = keyword_coverage(cv, posting)
    assert found["construction administration"].where == ("job0-b0",)
    assert found["land development"].status == "selected" and found["land development"].where == ("summary",)


def test_sarbanes_oxley_work_is_related_evidence_of_the_internal_controls_a_posting_asks_for() -> None:
    # SOX section 404 is about internal control over financial reporting: documenting SOX controls is that work.
    cv = make_cv({"Harlan Supply": ["Documented purchasing controls for the SOX walkthrough.", "Ran payment runs."]})
    posting = Posting("p", "Senior Accountant\n\nRequirements:\n- Strong internal controls\n- Payment runs\n")
    found = keyword_coverage(cv, posting)["internal controls"]
    assert found.status == "absent"
    assert [(r.term, r.where) for r in found.related] == [("SOX compliance", ("job0-b0",))]


def test_another_of_the_kind_a_keyword_is_one_of_is_shown_as_related_evidence_never_as_meeting_it() -> None:
    # Cerner and Epic are each an EHR: a CV charting in Epic meets no Cerner, but says something related to it.
    posting = Posting(
        "p",
        "Telemetry RN\n\nResponsibilities:\n- Document care in Cerner\n\nRequirements:\n- BLS certification\n"
        "- Experience with MySQL or PostgreSQL\n",
    )
    cv = make_cv({"St. Brendan": ["Charted in Epic for 32 telemetry beds."]}, skills=["BLS", "MySQL"])
    found = keyword_coverage(cv, posting)
    assert found["Cerner"].status == "absent" and not found["Cerner"].met_by
    assert [(r.term, r.where) for r in found["Cerner"].related] == [("Epic", ("job0-b0",))]
    # An alternative the posting offers meets the keyword, and is said so: it is no related evidence beside it.
    assert found["PostgreSQL"].met_by == "MySQL" and found["PostgreSQL"].related == ()


def test_an_hr_cvs_ada_accommodations_show_the_disabilities_act_an_hr_posting_names() -> None:
    """The act an interior designer keeps to in a floor plan is the one an HR generalist applies to a request for
    accommodation: a posting that names it, written out or as its accommodations, is met by a CV that grants them."""
    cv = make_cv({"Brookfield Dairy": ["Handled FMLA and ADA accommodation requests for 300 employees."]})
    for asked in (
        "- Working knowledge of the Americans with Disabilities Act and FMLA",
        "- Administer FMLA leave and ADA accommodations",
        "- Lead the ADA interactive process; FMLA",
    ):
        found = keyword_coverage(cv, Posting("p", f"HR Generalist\n\nRequirements:\n{asked}\n- Workday\n"))
        assert found["ADA compliance"].status == "selected", asked
        assert found["FMLA"].status == "selected"


def test_sales_methodologies_are_skills_of_one_kind_offered_as_alternatives_and_each_meets_the_kind() -> None:
    # "MEDDIC, MEDDPICC or Command of the Message": either will do; Sandler is named by the firm alone; a seller
    # trained in MEDDICC meets a posting that asks for "a sales methodology".
    cv = make_cv(
        {
            "Lumera Cloud": [
                "Ran MEDDICC qualification on every opportunity over $50K.",
                "Closed $1.8M in new ARR against a $1.5M quota.",
            ]
        }
    )
    offered = Posting(
        "p",
        "Enterprise Account Executive\n\nRequirements:\n"
        "- Training in MEDDIC, MEDDPICC or Command of the Message\n- 5+ years of quota-carrying sales\n\n"
        "Nice to have:\n- A proven sales methodology (Sandler or similar)\n",
    )
    found = keyword_coverage(cv, offered)
    assert found["Command of the Message"].keyword.alternatives == ("MEDDIC",)
    assert found["MEDDIC"].status == "selected"
    assert "Sandler Selling System" in found
    assert found["sales methodology"].met and "MEDDIC" in found["sales methodology"].met_how


def test_a_grouped_skill_is_evidence_as_before_and_a_groups_name_alone_is_none() -> None:
    # "Salesforce" heads the group of what was done in it; the person claims CPQ and Flow Builder, not Salesforce
    # by itself: a heading sorts skills, as "Skills" does. A skill named so is evidence, in a group or not.
    bullets = {"Northwind Traders": ["Closed 40 renewals a quarter with mid-market accounts."]}
    posting = Posting("p", "Account Executive\n\nRequirements:\n- Salesforce\n- CPQ\n")
    grouped = evidence(make_cv(bullets, skills={"Salesforce": ["CPQ", "Flow Builder"]}), posting)
    assert grouped["CPQ"] == ("selected", ("CPQ",))
    assert grouped["Salesforce"][0] == "absent"
    flat = evidence(make_cv(bullets, skills=["CPQ", "Flow Builder"]), posting)
    assert flat["CPQ"] == grouped["CPQ"]
    claimed = evidence(make_cv(bullets, skills={"CRM": ["Salesforce", "CPQ"]}), posting)
    assert claimed["Salesforce"] == ("selected", ("Salesforce",))


def test_a_test_framework_the_cv_names_meets_the_kind_of_testing_a_posting_asks_for() -> None:
    """Cypress and Playwright drive an app as its user would (end-to-end tests), Jest and Vitest run unit tests, and
    each is a tool of automated tests: a CV that names one meets a posting asking for the kind."""
    cv = make_cv(
        {
            "Larkspur Labs": ["Wrote the Cypress suite that gates each release of the booking app."],
            "Fennel Bank": ["Wrote 900 Vitest tests for the ledger service."],
        }
    )
    posting = Posting(
        "p",
        "Frontend Engineer\n\nRequirements:\n- Experience with test automation\n"
        "- Write end-to-end tests and unit tests for the features you ship\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: k.met_how for term, k in found.items()} == {
        "automated testing": "met by Cypress",
        "end-to-end testing": "met by Cypress",
        "unit testing": "met by Vitest",
    }


def test_a_choice_whose_kind_is_met_by_one_of_it_is_met_by_that_one() -> None:
    """ "A CRM such as Salesforce or HubSpot" asks for any CRM: the Follow Up Boss that meets the CRM meets the
    choice, and is what the résumé shows, though it names neither example."""
    cv = make_cv({"Tern Realty": ["Kept 300 buyer leads current in Follow Up Boss."]})
    posting = Posting(
        "p",
        "Real Estate Sales Agent\n\nRequirements:\n- Daily use of a CRM such as Salesforce or HubSpot\n"
        "- Two years of residential sales\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: found[term].met_how for term in ("CRM", "Salesforce", "HubSpot")} == {
        "CRM": "met by Follow Up Boss",
        "Salesforce": "any one will do; you show Follow Up Boss",
        "HubSpot": "any one will do; you show Follow Up Boss",
    }


@pytest.mark.parametrize(
    ("role", "bullet"),
    [
        ("Front-End Developer", "Built the clinic's booking flow in React."),
        ("Backend Engineer", "Split the billing monolith into four services."),
        ("Mobile Developer", "Shipped the rider app's offline mode."),
    ],
)
def test_a_developer_of_one_part_of_software_meets_a_postings_software_engineer(role: str, bullet: str) -> None:
    """Building a front end, a back end or a mobile app is software engineering: the "Software Engineer" of a posting
    titled for one part of the work is met by the developer of that part, not absent from their CV."""
    cv = make_cv({"Quillfeather": [bullet]})
    cv = cv.model_copy(update={"experience": [cv.experience[0].model_copy(update={"role": role})]})
    posting = Posting(
        "p",
        "Software Engineer, Payments\n\nRequirements:\n- Four years as a software engineer\n"
        "- Experience with Stripe or Adyen\n",
    )
    assert keyword_coverage(cv, posting)["software engineering"].met


def test_an_accessibility_certification_and_law_a_posting_names_are_keywords_a_certificate_meets() -> None:
    """The IAAP's CPACC, named in full on a CV's certificate, meets a posting's "CPACC"; Section 508 is the law a
    posting holds a product's accessibility to, a keyword of its own."""
    cv = make_cv(
        {"Brightwater County": ["Audited the permit portal with NVDA and fixed 80 issues."]},
        certificates=[
            {
                "name": "Certified Professional in Accessibility Core Competencies",
                "issuer": "International Association of Accessibility Professionals",
                "date": "2023",
            }
        ],
    )
    posting = Posting(
        "p",
        "Accessibility Engineer\n\nRequirements:\n- Test releases against WCAG 2.2 AA and Section 508\n\n"
        "Nice to have:\n- IAAP certification (CPACC)\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["CPACC"].status, found["CPACC"].keyword.required) == ("selected", False)
    assert (found["Section 508"].status, found["Section 508"].keyword.required) == ("absent", True)


def test_the_screen_readers_a_posting_names_are_alternatives_any_one_of_which_a_cv_meets() -> None:
    """ "Screen reader testing (NVDA, JAWS or VoiceOver)" names three screen readers, any one of which will do: a
    tester who used JAWS lacks none of them, and JAWS is a screen reader; a reconstructed jaw is none."""
    cv = make_cv({"Marlow Library": ["Tested the catalogue search with JAWS and fixed 30 focus-order issues."]})
    posting = Posting(
        "p",
        "Web Developer\n\nRequirements:\n- Hands-on screen reader testing (NVDA, JAWS or VoiceOver)\n"
        "- Experience with screen readers\n",
    )
    found = keyword_coverage(cv, posting)
    assert all(found[name].met for name in ("NVDA", "JAWS", "VoiceOver", "screen readers"))
    assert found["JAWS"].status == "selected"
    assert analyse(["Reconstructed jaws and teeth."], bundled_lexicon())[0].skills == []


@pytest.mark.parametrize(
    ("bullet", "asked", "keyword"),
    [
        (
            "Wrote a BFF layer in Node.js that aggregates three REST services.",
            "Node.js backends for frontends",
            "backend for frontend",
        ),
        (
            "Implemented internationalisation for 7 locales with react-intl.",
            "Experience with i18n",
            "internationalization",
        ),
        (
            "Led the i18n of the checkout into 12 languages.",
            "Experience with internationalization",
            "internationalization",
        ),
    ],
)
def test_a_web_developers_abbreviation_and_its_words_meet_each_other(bullet: str, asked: str, keyword: str) -> None:
    """ "BFF" is the backend for frontend pattern and "i18n" internationalization, spelt either way: a CV that
    says one meets a posting that says the other."""
    cv = make_cv({"Quillon Apps": [bullet]})
    posting = Posting("p", f"Frontend Engineer\n\nRequirements:\n- {asked}\n- React\n")
    assert keyword_coverage(cv, posting)[keyword].status == "selected"


def test_a_keyword_met_by_its_own_kind_is_not_met_by_its_alternatives_instead() -> None:
    """ "Scripting or programming languages": the résumé's shell scripting meets the scripting languages, though the
    C++ that meets programming languages meets the choice too."""
    cv = make_cv({"Halyard Systems": ["Wrote the billing engine in C++.", "Cut deploy time with shell scripting."]})
    posting = Posting(
        "p", "Build Engineer\n\nRequirements:\n- Proficiency in scripting or programming languages\n- CI pipelines\n"
    )
    found = keyword_coverage(cv, posting)
    assert found["scripting languages"].met_how == "met by shell scripting"


@pytest.mark.parametrize(
    ("bullet", "asked", "keyword"),
    [
        ("Rebuilt the card vault to be PCI-compliant before the audit.", "PCI compliance", "PCI DSS"),
        ("Kept the front desk's card handling PCI compliant across 3 hotels.", "PCI compliance", "PCI DSS"),
        ("Rebuilt 40 public web forms to be ADA-compliant.", "ADA compliance", "ADA compliance"),
        ("Made the quarter-end close SOX-compliant with 25 new controls.", "SOX compliance", "SOX compliance"),
    ],
)
def test_a_cv_that_calls_its_work_compliant_evidences_the_compliance_a_posting_asks_for(
    bullet: str, asked: str, keyword: str
) -> None:
    # "-compliant" is what English says of a thing that meets the standard "compliance" names: a bullet that made a
    # system PCI-compliant is evidence of PCI compliance, in every field that names compliance with a standard.
    cv = make_cv({"Northgate": [bullet, "Planned the team offsite."]})
    posting = Posting("p", f"Operations Lead\n\nRequirements:\n- Experience with {asked}\n- Team leadership\n")
    found = keyword_coverage(cv, posting)
    assert found[keyword].status == "selected", found


def test_a_hotels_systems_and_guest_service_are_read_as_a_front_office_says_them() -> None:
    # OPERA's sales and catering module is a system, no catering asked for; the cloud OPERA is another product, of
    # which the installed one is some evidence; and a hotel's guest service is some evidence of customer service.
    cv = make_cv(
        {
            "Harbor Hotel": [
                "Supervised 9 guest service agents on the evening shift.",
                "Managed room inventory in Opera PMS.",
                "Planned the staff picnic.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Front Office Manager\n\nRequirements:\n- OPERA Cloud and Opera Sales & Catering\n"
        "- Excellent customer service skills\n- Front desk leadership\n",
    )
    found = keyword_coverage(cv, posting)
    assert "catering" not in found
    assert found["OPERA Sales & Catering"].status == "absent"
    assert found["OPERA Cloud"].status == "absent"
    assert [r.term for r in found["OPERA Cloud"].related] == ["Opera PMS"]
    assert found["customer service"].status == "absent"
    assert [r.term for r in found["customer service"].related] == ["guest service"]


@pytest.mark.parametrize(
    "asked",
    [
        "CPA or CPA candidate preferred",
        "CPA license or actively pursuing CPA",
        "CPA (or working toward it)",
        "CPA or ability to obtain within 18 months",
    ],
)
@pytest.mark.parametrize(
    ("certificates", "summary"),
    [
        ([{"name": "Certified Public Accountant (CPA) candidate – two sections passed"}], "Tax associate."),
        ([], "Tax associate and CPA candidate."),
    ],
)
def test_a_credential_under_way_meets_a_posting_that_accepts_one_in_progress(
    asked: str, certificates: list[dict[str, str]], summary: str
) -> None:
    cv = make_cv(
        {"Lindqvist & Moor LLP": ["Prepared partnership returns in CCH Axcess."]},
        summary=summary,
        certificates=certificates,
    )
    posting = Posting("p", f"Tax Senior\n\nRequirements:\n- {asked}\n- Partnership returns\n")
    found = keyword_coverage(cv, posting)["CPA"]
    assert found.status == "absent"  # not held: no evidence of the CPA itself
    assert found.met and found.met_how == "the posting accepts it under way"
    assert found.met_where[0] in {"summary", "certificate:1"}


def test_a_credential_under_way_meets_no_posting_that_asks_it_held() -> None:
    cv = make_cv({"Lindqvist & Moor LLP": ["Prepared partnership returns."]}, summary="Tax associate, CPA candidate.")
    for asked in ("Active CPA license required", "CPA required; candidates without one will not be considered"):
        posting = Posting("p", f"Tax Manager\n\nRequirements:\n- {asked}\n- Partnership returns\n")
        assert not keyword_coverage(cv, posting)["CPA"].met, asked


def test_an_accountants_flux_analysis_is_the_variance_analysis_a_controller_asks_for() -> None:
    cv = make_cv(
        {
            "Pellworth Plastics": [
                "Wrote the monthly flux analysis of the balance sheet for the controller.",
                "Posted accruals.",
            ]
        }
    )
    for asked in ("Variance analysis of actuals to budget", "Fluctuation analysis of the income statement"):
        posting = Posting("p", f"Senior Accountant\n\nRequirements:\n- {asked}\n- Accruals\n")
        assert evidence(cv, posting)["variance analysis"] == ("selected", ("job0-b0",)), asked
    # A biologist's metabolic flux analysis explains no balance.
    lab = make_cv({"Ostrava Lab": ["Ran metabolic flux analysis of yeast strains.", "Posted accruals."]})
    posting = Posting("p", "Senior Accountant\n\nRequirements:\n- Variance analysis\n- Accruals\n")
    assert evidence(lab, posting)["variance analysis"][0] == "absent"


def test_suturing_is_related_evidence_of_laceration_repair_not_the_repair_itself() -> None:
    cv = make_cv({"Northgate Urgent Care": ["Closed scalp and hand wounds by suturing, 15 a week."]})
    found = keyword_coverage(cv, Posting("p", "Nurse Practitioner\n\nRequirements:\n- Laceration repair\n"))
    assert found["laceration repair"].status == "absent"
    assert [(r.term, r.where) for r in found["laceration repair"].related] == [("suture", ("job0-b0",))]


def test_point_of_care_labs_are_point_of_care_testing() -> None:
    cv = make_cv({"Eastgate Walk-in Clinic": ["Ran rapid strep, flu and urinalysis point-of-care tests.", "Filed."]})
    posting = Posting("p", "Physician Assistant\n\nResponsibilities:\n- Order and interpret point-of-care labs\n")
    found = keyword_coverage(cv, posting)
    assert found["point-of-care testing"].status == "selected"
    assert found["point-of-care testing"].keyword.said == "point-of-care labs"


def test_an_orthopaedic_physical_therapists_abbreviations_and_techniques_meet_a_postings_treatments() -> None:
    # A therapist writes "HEPs", "ther ex" and "TKA"; a posting spells them out. Joint mobilizations and thrust
    # manipulation are manual therapy done, evidence of it, though the bullet never says the words.
    cv = make_cv(
        {
            "Lakeshore Physical Therapy": [
                "Progressed ther ex and built HEPs for 11 outpatients a day.",
                "Grade III-IV joint mobs and thrust manipulation for low back pain.",
                "Rehabbed TKA and ACL-R patients per surgeon protocols.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Outpatient Physical Therapist\n\nRequirements:\n- Manual therapy skills\n"
        "- Design home exercise programs and therapeutic exercise progressions\n"
        "- Experience with total knee arthroplasty and ACL reconstruction rehab\n",
    )
    by_term = {k.keyword.term: k for k in keyword_coverage(cv, posting).values()}
    for term in ("home exercise program", "therapeutic exercise", "total knee arthroplasty", "ACL reconstruction"):
        assert by_term[term].status == "selected", term
    assert by_term["manual therapy"].status == "absent"
    assert {r.term for r in by_term["manual therapy"].related} == {"joint mobilization", "spinal manipulation"}


def test_post_op_and_post_surgical_patients_are_the_same_care() -> None:
    # Clinicians write "post-op"; postings as often "post-surgical" or "postoperative": one kind of care, so a bullet
    # on post-op patients says what a posting asking for post-surgical ones asks.
    cv = make_cv({"Lakeshore Physical Therapy": ["Treated post-op knee and shoulder patients per surgeon protocols."]})
    posting = Posting(
        "p",
        "Physical Therapist\n\nRequirements:\n- Experience with post-surgical patients\n- Gait training\n",
    )
    by_term = {k.keyword.term: k for k in keyword_coverage(cv, posting).values()}
    assert by_term["postoperative care"].status == "selected"
    assert by_term["postoperative care"].keyword.said == "post-surgical"


def test_a_digital_collections_platform_meets_a_posting_asking_for_a_digital_collections_management_system() -> None:
    # A library's digital collections live in CONTENTdm, Omeka or Islandora; a museum's object records in a
    # collections management system such as PastPerfect. A posting naming the library's kind with its examples asks
    # once, and the platform the CV shows meets it.
    cv = make_cv(
        {
            "Ferris Public Library": [
                "Managed 12,000 digitized photographs and oral histories in CONTENTdm for the county history room.",
                "Taught weekly genealogy workshops for adults.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Digital Projects Librarian\n\nRequirements:\n"
        "- Experience with digital collections management systems such as CONTENTdm, Omeka or Islandora\n"
        "- Knowledge of Dublin Core\n",
    )
    found = keyword_coverage(cv, posting)
    kind = next(k for term, k in found.items() if "collections management" in term.lower())
    assert kind.met and kind.met_by == "CONTENTdm", kind
    assert found["CONTENTdm"].met
    assert "collections management system" not in {term.lower() for term in found}


def test_a_health_sciences_librarians_databases_and_point_of_care_tools_are_keywords() -> None:
    # Hospital and health sciences library postings ask for the databases and tools of the trade by name, as the
    # Medical Library Association's job listings do: searching PubMed with MeSH, CINAHL, Embase; UpToDate.
    cv = make_cv(
        {
            "Linden Valley Hospital": [
                "Ran expert PubMed and CINAHL searches with MeSH headings for 40 nursing research projects a year.",
                "Screened citations for two systematic reviews in Covidence.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Clinical Librarian\n\nRequirements:\n- Expert searching skills in PubMed, MeSH, CINAHL and Embase\n"
        "- Manage point-of-care resources, including UpToDate and DynaMed\n- Experience with Covidence\n",
    )
    found = keyword_coverage(cv, posting)
    for name in ("PubMed", "MeSH", "CINAHL", "Covidence"):
        assert found[name].met, (name, found)
    for name in ("Embase", "UpToDate", "DynaMed"):
        assert name in found and not found[name].met, (name, found)


def test_an_engineers_mesh_is_no_medical_subject_heading() -> None:
    posting = Posting("p", "CFD Engineer\n\nRequirements:\n- Build a mesh for each model in ANSYS Fluent\n")
    assert "MeSH" not in {k.term for k in keywords(analyse_posting(posting))}


def test_a_librarys_service_platforms_and_citation_managers_are_keywords_and_zotero_is_a_citation_manager() -> None:
    # Academic library postings name Springshare's tools, the interlibrary loan system and citation managers by name.
    cv = make_cv(
        {
            "Knox College Library": [
                "Taught Zotero workshops to 300 first-year students a year.",
                "Answered chat reference questions and built subject guides.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Research & Instruction Librarian\n\nRequirements:\n- Experience with LibAnswers and ILLiad\n"
        "- Teach citation management tools such as Zotero or Mendeley\n"
        "- Support open educational resources (OER) and scholarly communication initiatives\n",
    )
    found = keyword_coverage(cv, posting)
    for name in ("LibAnswers", "ILLiad", "open educational resources", "scholarly communication"):
        assert name in found and not found[name].met, (name, found)
    kind = next(k for term, k in found.items() if term.startswith("citation management"))
    assert kind.met and kind.met_by == "Zotero", kind


def test_a_public_librarys_services_are_keywords_met_in_a_librarians_own_words() -> None:
    # Public library postings (PLA's words) ask for digital literacy teaching, genealogy help, a makerspace and
    # digital inclusion; a bullet that names the service meets it.
    cv = make_cv(
        {
            "Ferris Public Library": [
                "Taught weekly digital literacy classes for seniors and job seekers.",
                "Helped patrons with genealogy research in Ancestry Library Edition.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Adult Services Librarian\n\nEssential Duties:\n- Teach digital literacy classes and one-on-one tech help\n"
        "- Assist patrons with genealogy and local history\n- Run the makerspace\n"
        "- Advance digital inclusion through device lending\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["digital literacy"].met and found["genealogy"].met, found
    for name in ("makerspace", "digital inclusion"):
        assert name in found and not found[name].met, (name, found)


def test_remediating_vulnerabilities_and_containing_an_email_compromise_are_related_evidence_of_the_security_work() -> (
    None
):
    """A SOC analyst's bullets name the incidents and the fixes, not the programme: related evidence of incident
    response and of vulnerability management where they name neither."""
    cv = make_cv(
        {
            "Harbor Health": [
                "Coordinated vulnerability remediation for critical CVEs across 40,000 assets.",
                "Contained a business email compromise affecting 23 mailboxes.",
            ]
        }
    )
    posting = Posting(
        "p", "Security Engineer\n\nRequirements:\n- Vulnerability management\n- Incident response experience\n"
    )
    by_term = keyword_coverage(cv, posting)
    assert [r.where for r in by_term["vulnerability management"].related] == [("job0-b0",)]
    assert ("business email compromise", ("job0-b1",)) in [
        (r.term, r.where) for r in by_term["incident response"].related
    ]


def test_a_lean_six_sigma_belt_meets_a_posting_asking_for_lean_and_one_asking_for_six_sigma() -> None:
    """Lean Six Sigma is the two methods taught together: its belt shows Lean as it shows Six Sigma. A Six Sigma
    belt alone shows no Lean, so it is related evidence of Lean Six Sigma, not the credential."""
    belt = make_cv(
        {"Harbor Cold Storage": ["Ran the night shift's receiving dock."]},
        certificates=[{"name": "Lean Six Sigma Green Belt", "date": "2021"}],
    )
    lean = Posting("p", "Shift Supervisor\n\nRequirements:\n- Lean principles\n- Receiving\n")
    assert keyword_coverage(belt, lean)["Lean methodology"].met
    six = Posting("p", "Shift Supervisor\n\nRequirements:\n- Six Sigma\n- Receiving\n")
    assert keyword_coverage(belt, six)["Six Sigma"].met
    black = make_cv(
        {"Harbor Cold Storage": ["Ran the night shift's receiving dock."]},
        certificates=[{"name": "Six Sigma Black Belt", "date": "2019"}],
    )
    both = Posting("p", "Shift Supervisor\n\nRequirements:\n- Lean Six Sigma certification\n- Receiving\n")
    asked = keyword_coverage(black, both)["Lean Six Sigma"]
    assert not asked.met and [r.term for r in asked.related] == ["Six Sigma"]


def test_near_miss_reporting_is_related_evidence_of_incident_investigation() -> None:
    """A safety program's near-miss reports are the incidents it investigates before anyone is hurt: a supervisor
    who ran one shows related evidence of the incident investigations a posting asks for, not the work itself."""
    cv = make_cv(
        {"Harbor Cold Storage": ["Cut lost-time injuries in half with near-miss reporting and daily dock walks."]}
    )
    posting = Posting("p", "Shift Supervisor\n\nRequirements:\n- Conduct incident investigations\n- Dock safety\n")
    asked = keyword_coverage(cv, posting)["incident investigation"]
    assert asked.status == "absent"
    assert ("near-miss reporting", ("job0-b0",)) in [(r.term, r.where) for r in asked.related]


def test_routing_in_roadnet_is_the_roadnet_a_fleet_posting_asks_for_and_related_evidence_of_route_planning() -> None:
    cv = make_cv({"Prairie Produce Co.": ["Built next-day delivery routes for 22 trucks in Omnitracs Roadnet."]})
    posting = Posting(
        "p", "Dispatcher\n\nRequirements:\n- Experience with Roadnet\n- Route optimization for a private fleet\n"
    )
    asked = keyword_coverage(cv, posting)
    assert asked["Roadnet"].status == "selected" and asked["Roadnet"].where == ("job0-b0",)
    assert ("Roadnet", ("job0-b0",)) in [(r.term, r.where) for r in asked["route planning"].related]


def test_a_store_leaders_letters_title_and_measures_are_evidence_as_retail_postings_ask_for_them() -> None:
    """Retailers write organized retail crime as ORC; a district manager runs several stores, the multi-unit
    management a district posting asks for; and the measures a store is run by (UPT, NPS) are key performance
    indicators, which a posting asks to analyse."""
    from tailor.cv import CV as CVModel

    cv = CVModel.model_validate(
        {
            "contact": {"name": "Ada Lovelace"},
            "experience": [
                {
                    "employer": "Pinecrest Outfitters",
                    "role": "District Manager",
                    "start": "2020",
                    "bullets": [
                        "Worked ORC cases with local police across the district.",
                        "Raised UPT from 1.9 to 2.4 and held NPS above 70.",
                    ],
                }
            ],
        }
    )
    posting = Posting(
        "p",
        "District Manager\n\nRequirements:\n- 5+ years of multi-unit management\n"
        "- Respond to organized retail crime\n- Analyze KPIs and build action plans\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["organized retail crime"].status == "selected"
    assert found["organized retail crime"].where == ("pinecrest-outfitters-1",)
    related = {k: {r.term for r in found[k].related} for k in ("multi-unit management", "KPI")}
    assert "district manager" in related["multi-unit management"]
    assert {"units per transaction", "net promoter score"} <= {t.lower() for t in related["KPI"]}


def test_a_stores_sales_measure_and_its_online_orders_picked_up_in_store_are_met_by_their_other_names() -> None:
    """Comp sales are same-store sales, and BOPIS is click-and-collect, as retailers on either side of the Atlantic
    name them."""
    cv = make_cv({"Harbor Goods": ["Grew same-store sales 6% and launched click-and-collect in 12 stores."]})
    posting = Posting("p", "Store Manager\n\nRequirements:\n- Drive comp sales growth\n- Experience with BOPIS\n")
    found = keyword_coverage(cv, posting)
    assert found["comparable store sales"].status == "selected"
    assert found["BOPIS"].status == "selected"


def test_a_merchandise_planners_work_is_named_as_retail_planning_postings_name_it() -> None:
    """Merchandise planning, assortment plans and sell-through are the planner's work; a store manager who never
    planned an assortment lacks them, and a planner's CV that writes "sell-thru" and "merch planning" has them."""
    posting = Posting(
        "p",
        "Merchandise Planning Analyst\n\nRequirements:\n- 2+ years of merchandise planning experience\n"
        "- Build assortment plans by location cluster\n- Analyze weekly sell-through and recommend markdowns\n",
    )
    planner = make_cv(
        {
            "Harbor Goods": [
                "Owned merch planning for kids' footwear.",
                "Built assortment plans for 40 doors; tracked sell-thru weekly.",
            ]
        }
    )
    found = keyword_coverage(planner, posting)
    assert {k: found[k].status for k in ("merchandise planning", "assortment planning", "sell-through")} == {
        "merchandise planning": "selected",
        "assortment planning": "selected",
        "sell-through": "selected",
    }
    manager = make_cv({"Harbor Goods": ["Ran a $4M store with 30 associates."]})
    assert keyword_coverage(manager, posting)["merchandise planning"].status == "absent"


def test_a_bullet_that_says_a_skill_by_another_of_its_names_shows_it_when_the_skill_itself_is_left_out() -> None:
    # "Reduced district shrink" says shrink reduction by its verb; the CV's skill of that name shows the keyword
    # too. Left out to fit the page, the skill shows it no more, and the bullet the résumé still prints does.
    cv = make_cv(
        {"Brightway Stores": ["Reduced district shrink 30% through weekly audits.", "Hired 14 associates."]},
        skills=["Shrink reduction", "Visual merchandising"],
    )
    ranking = rank(cv, Posting("p", "Store Manager\n\nRequirements:\n- Shrink reduction\n- Visual merchandising\n"))
    selection = select(cv, ranking)
    (shrink,) = [k for k in coverage(ranking, selection).keywords if k.keyword.term == "inventory shrink"]
    assert (shrink.status, shrink.where) == ("selected", ("Shrink reduction",))
    fitted = replace(selection, skills=[s for s in selection.skills if s != "Shrink reduction"])
    (shrink,) = [k for k in coverage(ranking, fitted).keywords if k.keyword.term == "inventory shrink"]
    assert (shrink.status, shrink.where) == ("selected", ("job0-b0",))


def test_the_r_of_an_x_bar_r_chart_kept_for_spc_is_no_programming_language_said() -> None:
    cv = make_cv(
        {
            "Brantwell Foundry": [
                "Ran SPC on the bore diameters (X-bar/R charts) in Minitab.",
                "Wrote data-cleaning scripts in R for the lab's porosity studies.",
            ]
        }
    )
    posting = Posting("p", "Test Automation Engineer\n\nRequirements:\n- Strong Java or Python programming\n")
    found = keyword_coverage(cv, posting)
    # The chart of subgroups' means and ranges is its own name, listed beside SPC and Minitab: its "R" is no
    # language, where "scripts in R" is one.
    assert [(r.term, r.where) for r in found["Python"].related] == [("R", ("job0-b1",))]


def test_gdt_applied_is_related_evidence_of_the_blueprint_reading_a_posting_requires() -> None:
    cv = make_cv({"Brantwell Foundry": ["Built GD&T checking fixtures for new die launches."]})
    posting = Posting("p", "Quality Engineer\n\nRequirements:\n- Experience reading blueprints\n")
    found = keyword_coverage(cv, posting)["blueprint reading"]
    # Tolerances are read off the drawing they are set on: evidence shown apart, no claim of the keyword itself.
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("GD&T", ("job0-b0",))]


def test_scientific_molding_meets_a_posting_that_asks_for_injection_molding() -> None:
    cv = make_cv({"Brantwell Plastics": ["Set up scientific injection molding processes on 14 presses."]})
    posting = Posting("p", "Process Technician\n\nRequirements:\n- 3+ years in injection molding\n")
    assert keyword_coverage(cv, posting)["injection molding"].status in ("selected", "met")


def test_a_keyword_of_a_manner_and_a_work_is_said_by_the_works_verb_and_the_manners_adverb() -> None:
    cv = make_cv(
        {
            "Vidal Language Services": [
                "Interpret consecutively and simultaneously at depositions and hearings.",
                "Interpreted at IEP meetings; consecutive turns kept under a minute.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Interpreter\n\nRequirements:\n- Consecutive interpreting\n- Simultaneous interpreting\n",
    )
    found = evidence(cv, posting)
    assert found["consecutive interpreting"][1] == ("job0-b0",)  # an adjective's turns beside the verb say nothing
    assert found["simultaneous interpreting"][1] == ("job0-b0",)


def test_a_job_title_of_one_who_interprets_codes_or_markets_says_the_work_it_names() -> None:
    posting = Posting(
        "p", "Language Services Lead\n\nRequirements:\n- Medical interpreting\n- Medical coding\n- Digital marketing\n"
    )
    role = {"employer": "Harbor Health", "start": "2020", "bullets": [{"id": "b1", "text": "Served 30 clinics."}]}
    cv = make_cv(
        {},
        experience=[
            {**role, "id": "job0", "role": "Staff Medical Interpreter (Spanish)"},
            {**role, "id": "job1", "role": "Medical Coder", "bullets": []},
            {**role, "id": "job2", "role": "Digital Marketer", "bullets": []},
        ],
    )
    found = evidence(cv, posting)
    assert found["medical interpreting"] == ("selected", ("title:job0",))
    assert found["medical coding"] == ("selected", ("title:job1",))
    assert found["digital marketing"] == ("selected", ("title:job2",))


def test_analytics_engineering_is_a_trade_of_its_own_that_an_analytics_engineer_has_done() -> None:
    # dbt Labs' name for the trade between analysts and data engineers: a keyword a posting may offer beside data
    # engineering, met by the title, and related to the modelling work a CV may show without it.
    posting = Posting(
        "p", "Analytics Engineer\n\nRequirements:\n- 3+ years in analytics engineering or data engineering\n- SQL\n"
    )
    titled = make_cv({"Brightwell": [{"text": "Wrote SQL models."}]}, headline="Analytics Engineer | SQL · Looker")
    found = keyword_coverage(titled, posting)
    assert found["analytics engineering"].status == "selected"
    assert found["data engineering"].met_by == "analytics engineering"
    modelled = make_cv({"Brightwell": ["Built 40 dbt models on Snowflake, tested and documented."]})
    found = keyword_coverage(modelled, posting)["analytics engineering"]
    assert found.status == "absent" and "dbt" in {r.term for r in found.related}


def test_a_cv_skill_the_lexicon_does_not_know_is_one_of_the_alternatives_a_requirement_offers_beside_it() -> None:
    # "Looker, Tableau or Mode": the CV's own Mode (no lexicon skill) is one choice of the three, met by either.
    cv = make_cv({"Acme": ["Built product dashboards for the growth team."]}, skills=["Mode", "Grafana"])
    posting = Posting("p", "Data Analyst\n\nRequirements:\n- BI tools such as Looker, Tableau or Mode\n- SQL\n")
    found = keyword_coverage(cv, posting)
    assert set(found["mode"].keyword.alternatives) >= {"Looker", "Tableau"}
    assert found["Looker"].met_by == "Mode" and found["Tableau"].met_by == "Mode"


def test_a_cv_skill_that_is_a_word_every_posting_says_makes_no_keyword_of_it() -> None:
    # A sysadmin's skills list names Microsoft's "Teams" bare; the lexicon does not know it, so it was a skill of its
    # own, and any posting's "teams" ("with the development teams") became a required keyword the CV met.
    cv = make_cv({"Acme": ["Ran the Linux servers."]}, skills=["Teams", "Grafana", "Lansweeper"])
    posting = Posting(
        "p", "Linux Engineer\n\nRequirements:\n- Work with the development teams\n- Lansweeper\n- Linux servers\n"
    )
    found = keyword_coverage(cv, posting)
    assert "team" not in found and "teams" not in found
    assert found["lansweeper"].status == "selected"  # a name no posting says of anything else stays one


def test_reverse_etl_is_a_keyword_of_its_own_that_no_etl_meets_and_its_product_does() -> None:
    # Syncing the warehouse back out to business tools runs the other way from ETL: no ETL is asked, none meets it.
    posting = Posting(
        "p",
        "Analytics Engineer\n\nResponsibilities:\n- Build reverse ETL syncs (Hightouch or Census) to Salesforce\n"
        "\nRequirements:\n- SQL\n",
    )
    found = keyword_coverage(make_cv({"Acme": ["Built ETL pipelines in Python and SQL."]}), posting)
    assert "ETL" not in found and found["reverse ETL"].status == "absent"
    synced = keyword_coverage(make_cv({"Acme": ["Synced warehouse audiences to Braze with Hightouch."]}), posting)
    assert synced["reverse ETL"].met_by == "Hightouch"


def test_a_choice_of_two_certifications_of_one_body_offers_neither_the_tool_nor_the_trade_they_are_named_for() -> None:
    # "dbt Cloud Administrator Certification or dbt Analytics Engineering Certification is a plus": two credentials,
    # one or the other preferred; dbt, asked on its own, stays required, no choice against analytics engineering.
    posting = Posting(
        "p",
        "Analytics Engineer\n\nRequirements:\n- 3+ years as an analytics engineer or data engineer\n"
        "- Hands-on experience building dbt models and maintaining dbt projects. A dbt Cloud Administrator "
        "Certification or dbt Analytics Engineering Certification is a plus.\n",
    )
    certified = {"name": "dbt Analytics Engineering Certification", "issuer": "dbt Labs", "date": "2023"}
    found = keyword_coverage(make_cv({"Acme": ["Wrote SQL."]}, certificates=[certified]), posting)
    assert found["dbt"].keyword.alternatives == () and found["dbt"].keyword.required
    held = found["dbt Analytics Engineering Certification"]
    assert held.keyword.alternatives == ("dbt Cloud Administrator Certification",) and held.status == "selected"
    assert found["analytics engineering"].keyword.alternatives == ("data engineering",)


def test_fire_inspections_are_related_evidence_of_fire_prevention_named_once() -> None:
    cv = make_cv({"Ridgeway Fire District": ["Conducted fire safety inspections of 120 businesses a year."]})
    posting = Posting("p", "Firefighter\n\nDuties:\n- Participates in fire prevention activities\n")
    (prevention,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "fire prevention"]
    assert prevention.status == "absent" and len(prevention.related) == 1


@pytest.mark.parametrize(
    "extra",
    [
        # The registry's name written out among the certificates, its letters alone in the headline.
        {"headline": "NRP, FF II", "certificates": [{"name": "NREMT-P (National Registry Paramedic)"}]},
        {"headline": "Nationally Registered Paramedic (NRP)"},
    ],
)
def test_letters_a_cv_names_as_other_words_than_the_posting_spells_them_out_with_are_no_evidence(
    extra: dict[str, object],
) -> None:
    """A posting that asks for "NRP (Neonatal Resuscitation Program)" asks for the newborn course, and a medic whose
    NRP is the National Registry's, by the words the CV writes with those initials, does not hold it."""
    cv = make_cv({"Lakeside EMS": ["Ran 2,000 ALS calls a year as a paramedic."]}, **extra)
    posting = Posting("p", "Flight Paramedic\n\nRequirements:\n- ACLS, PALS and NRP (Neonatal Resuscitation Program)\n")
    nrp = keyword_coverage(cv, posting)["NRP"]
    assert nrp.status == "absent"


def test_letters_a_cv_writes_alone_meet_the_posting_that_spells_them_out() -> None:
    cv = make_cv({"Mercy NICU": ["Led NRP mock codes for the unit's nurses."]})
    posting = Posting("p", "NICU Nurse\n\nRequirements:\n- BLS and NRP (Neonatal Resuscitation Program)\n")
    assert keyword_coverage(cv, posting)["NRP"].status == "selected"


def test_a_pilots_navigation_oceanic_and_radio_credentials_are_keywords_met_in_the_words_pilots_write() -> None:
    cv = make_cv(
        {
            "Harbor Air": [
                "Flew RNP AR and area navigation approaches, and Category II approaches in winter.",
                "Completed ETOPS-120 crossings with controller-pilot data link communications.",
                "Holds the FCC Restricted Radiotelephone Operator Permit.",
                "Ran the book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "First Officer\n\nRequirements:\n- RNAV and RNP approaches; CAT II/III approaches\n"
        "- ETOPS and CPDLC experience\n- FCC Restricted Radiotelephone Operator Permit\n"
        "- RVSM and NAT HLA procedures\n",
    )
    found = evidence(cv, posting)
    said = ("RNAV", "required navigation performance", "CAT II approaches", "ETOPS", "CPDLC")
    assert {k: found[k][0] for k in said} == dict.fromkeys(said, "selected")
    assert found["FCC Restricted Radiotelephone Operator Permit"] == ("selected", ("job0-b2",))
    assert {k: found[k][0] for k in ("RVSM", "NAT HLA")} == dict.fromkeys(("RVSM", "NAT HLA"), "absent")


def test_the_atp_training_course_is_no_atp_certificate() -> None:
    # ATP-CTP is the course taken before the ATP's knowledge test: a commercial pilot who took it holds no ATP.
    cv = make_cv(
        {"Harbor Air": ["Completed the ATP Certification Training Program (ATP-CTP) in 2022.", "Ran the book club."]}
    )
    posting = Posting("p", "First Officer\n\nRequirements:\n- ATP certificate\n")
    assert evidence(cv, posting)["ATP certificate"] == ("absent", ())


def test_a_biologists_rnp_and_an_electricians_cat_iii_meter_are_no_pilots_keywords() -> None:
    posting = Posting(
        "p",
        "Research Associate\n\nRequirements:\n- Cas9 RNP electroporation\n- Use CAT III rated meters on live panels\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not terms & {"required navigation performance", "CAT II approaches", "CAT III approaches"}


def test_a_pilot_postings_crm_is_met_by_crew_resource_management_and_by_no_customer_system() -> None:
    posting = Posting(
        "p",
        "First Officer\n\nRequirements:\n- Fly as part of a two-pilot crew using CRM and threat and error management\n",
    )
    pilot = make_cv({"Harbor Air": ["Trained new captains in crew resource management.", "Ran the book club."]})
    assert evidence(pilot, posting)["crew resource management"] == ("selected", ("job0-b0",))
    seller = make_cv({"Harbor Sales": ["Ran the Salesforce pipeline for 40 accounts.", "Ran the book club."]})
    found = keyword_coverage(seller, posting)["crew resource management"]
    assert found.status == "absent" and not found.met


def test_a_pilot_postings_atp_is_a_keyword_met_by_a_certificate_written_with_its_class_rating() -> None:
    cv = make_cv(
        {"Harbor Air": ["Flew 2,000 hours as First Officer on the E175.", "Ran the book club."]},
        certificates=[{"name": "ATP – AMEL"}],
    )
    asked = "First Officer\n\nRequirements:\n- Current ATP, a first-class medical and 1,000 hours of turbine time\n"
    posting = Posting("p", asked)
    assert evidence(cv, posting)["ATP certificate"] == ("selected", ("certificate:1",))


def test_a_verb_says_the_work_on_a_noun_that_a_list_of_words_before_it_describes() -> None:
    # "foundation, corporate and government grants" are grants, as "foundation grants" are: writing them is grant
    # writing, however many kinds the list names between the verb and its noun.
    cv = make_cv(
        {"Riverbend Arts Council": ["Wrote and managed 35+ foundation, corporate, and government grants a year."]}
    )
    posting = Posting("p", "Grants Manager\n\nRequirements:\n- 5+ years of grant writing experience\n")
    assert keyword_coverage(cv, posting)["grant writing"].status == "selected"


def test_an_ios_developers_frameworks_tools_and_tests_are_keywords_met_by_their_kind() -> None:
    cv = make_cv(
        {
            "Quillmark Apps": [
                "Paired heart-rate straps over CoreBluetooth and wrote readings to HealthKit.",
                "Split the app into 30 SwiftPM packages and dropped CocoaPods.",
                "Wrote XCUITest suites for checkout and onboarding.",
                "Ran the office book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "iOS Developer\n\nRequirements:\n- Experience with Bluetooth Low Energy (BLE) devices\n"
        "- Modularization with Swift Package Manager\n- Write unit and UI tests\n- Experience with Core Location\n",
    )
    found = keyword_coverage(cv, posting)
    # Core Bluetooth is Apple's framework for talking to Bluetooth low energy devices (its documentation's words).
    assert (found["BLE"].status, found["BLE"].met_by) == ("absent", "Core Bluetooth")
    assert found["Swift Package Manager"].status == "selected"  # "SwiftPM" is its own short name
    # "unit and UI tests" are unit tests and UI tests: tests of the interface, no UI design asked for.
    assert "UI design" not in found
    assert (found["UI testing"].status, found["UI testing"].met_by) == ("absent", "XCUITest")
    # A framework the CV does not name is a keyword it lacks, as any skill is.
    assert found["Core Location"].status == "absent"


def test_a_mobile_apps_launch_time_is_met_by_its_cold_start_as_related_evidence() -> None:
    cv = make_cv(
        {
            "Quillmark Apps": [
                "Cut cold start from 2.4s to 0.9s by deferring SDK setup.",
                "Moved the settings screens to SwiftUI.",
                "Ran the office book club.",
            ]
        }
    )
    posting = Posting("p", "iOS Developer\n\nRequirements:\n- Improve app launch time and stability\n- SwiftUI\n")
    found = keyword_coverage(cv, posting)
    # A cold start is the launch an app's user waits longest on: the measure app launch time is taken by.
    assert found["app launch time"].status == "absent"
    assert [(r.term, r.where) for r in found["app launch time"].related] == [("cold start", ("job0-b0",))]


def test_reviewing_pull_requests_is_code_review() -> None:
    cv = make_cv({"Quillmark Apps": ["Reviewed pull requests from 12 contributors each week.", "Ran the book club."]})
    posting = Posting("p", "iOS Developer\n\nRequirements:\n- Take part in code reviews\n- Swift\n")
    # A pull request is how a change is put up for review on GitHub, GitLab or Bitbucket: reviewing one is a code
    # review. ("PRs" stays unread: a press office's are press releases.)
    assert keyword_coverage(cv, posting)["code review"].status == "selected"


def test_an_app_teams_practices_are_keywords_met_by_the_tools_that_do_them() -> None:
    cv = make_cv(
        {
            "Quillmark Apps": [
                "Added Universal Links so that shared recipes open in the app.",
                "Rolled out the new checkout behind LaunchDarkly to 5% of users first.",
                "Ran the office book club.",
            ]
        }
    )
    posting = Posting(
        "p",
        "iOS Developer\n\nRequirements:\n- Experience with deep linking and feature flags\n"
        "- App Store Optimization, ratings and reviews\n- Core Animation\n",
    )
    found = keyword_coverage(cv, posting)
    # Universal Links are Apple's deep links; LaunchDarkly is a feature flag service (their makers' own words).
    assert (found["deep linking"].status, found["deep linking"].met_by) == ("absent", "Universal Links")
    assert (found["feature flags"].status, found["feature flags"].met_by) == ("absent", "LaunchDarkly")
    # App Store Optimization is a practice of its own, no "optimization" in general; Core Animation a framework.
    assert {"App Store Optimization", "Core Animation"} <= found.keys()
    assert "optimization" not in found


def test_ui_automation_is_ui_testing_not_ui_design() -> None:
    cv = make_cv({"Quillmark Apps": ["Wrote XCUITest suites for checkout.", "Ran the office book club."]})
    posting = Posting(
        "p", "QA Engineer\n\nRequirements:\n- Experience with UI automation frameworks\n- Write UI test automation\n"
    )
    found = keyword_coverage(cv, posting)
    # Automating an interface's tests asks for no design of it.
    assert "UI design" not in found
    assert (found["UI testing"].status, found["UI testing"].met_by) == ("absent", "XCUITest")


def test_building_ui_components_asks_for_component_work_not_ui_design() -> None:
    cv = make_cv({"Quillmark Apps": ["Built the app's SwiftUI component library.", "Ran the office book club."]})
    posting = Posting("p", "iOS Developer\n\nRequirements:\n- Build reusable UI components in SwiftUI\n- Swift\n")
    found = keyword_coverage(cv, posting)
    # A posting's UI components are the pieces an engineer builds an interface of, as a component library holds them.
    assert "UI design" not in found
    assert found["component libraries"].status == "selected"


def test_a_mobile_teams_build_service_meets_a_posting_asking_for_ci_cd() -> None:
    cv = make_cv({"Quillmark Apps": ["Moved nightly builds to Bitrise.", "Ran the office book club."]})
    posting = Posting("p", "iOS Developer\n\nRequirements:\n- Experience with CI/CD\n- Swift\n")
    # Bitrise and Xcode Cloud are each a continuous integration and delivery service (their makers' words).
    found = keyword_coverage(cv, posting)
    assert (found["CI/CD"].status, found["CI/CD"].met_by) == ("absent", "Bitrise")


def test_a_safety_management_system_is_a_keyword_and_no_text_message_is_one() -> None:
    cv = make_cv({"Harbor Air": ["Led hazard reviews under our safety management system.", "Ran the book club."]})
    posting = Posting("p", "First Officer\n\nRequirements:\n- Support our Safety Management System (SMS)\n")
    assert evidence(cv, posting)["safety management system"] == ("selected", ("job0-b0",))
    texting = Posting("p", "Marketing Coordinator\n\nRequirements:\n- Run SMS and e-mail campaigns\n")
    assert "safety management system" not in {k.term for k in keywords(analyse_posting(texting))}


@pytest.mark.parametrize(
    "bullet",
    [
        "Gave oral hygiene instruction to every patient at recall.",
        "Used teach-back to confirm each patient's understanding of their new medications.",
    ],
)
def test_oral_hygiene_instruction_and_teach_back_are_the_patient_education_a_posting_asks_for(bullet: str) -> None:
    # A hygienist's oral hygiene instruction is the patient education of her trade; teach-back is how clinics give it.
    posting = Posting("p", "Dental Hygienist\n\nResponsibilities:\n- Educate patients on home care and nutrition.\n")
    found = keyword_coverage(make_cv({"Clinic": [bullet, "Ran the book club."]}), posting)["patient education"]
    assert found.met


def test_counseling_patients_on_their_medicines_is_related_evidence_of_patient_education_not_the_thing() -> None:
    # A pharmacist educates patients by counselling them on their medicines, and a Part D plan's medication therapy
    # management rests on comprehensive medication reviews: each lends to the other, weaker than naming it.
    posting = Posting(
        "p",
        "Clinic Pharmacist\n\nRequirements:\n- Provide patient education on new therapies\n"
        "- Deliver medication therapy management\n",
    )
    cv = make_cv(
        {
            "Lakeside Clinic": [
                "Led patient counseling on inhaler technique for new COPD patients.",
                "Completed comprehensive medication reviews for plan members.",
                "Ran the book club.",
            ]
        }
    )
    found = keyword_coverage(cv, posting)
    assert not found["patient education"].met and found["patient education"].related
    assert not found["medication therapy management"].met and found["medication therapy management"].related


def test_medicines_optimisation_is_one_keyword_not_optimization_alone() -> None:
    # NICE's guideline NG5 names a pharmacist's work "medicines optimisation", as US health systems write
    # "medication optimization": the posting asks for that, not for any optimization.
    posting = Posting("p", "Practice Pharmacist\n\nResponsibilities:\n- Lead medicines optimisation in the practice\n")
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert "medication optimization" in terms and "optimization" not in terms


def test_a_tank_wagon_or_a_tank_trailer_is_a_tanker_and_e_logs_are_an_eld() -> None:
    # The fuel trade calls its delivery tank truck a tank wagon, and carriers their tank trailers so; drivers call
    # their electronic logs e-logs.
    cv = make_cv(
        {
            "Cedar Valley Gas": [
                "Delivered diesel to farms with a four compartment tank wagon.",
                "Pulled food-grade tank trailers to creameries.",
                "Moved from paper logs to e-logs with no violations.",
                "Ran the yard.",
            ]
        }
    )
    posting = Posting(
        "p", "Tanker Driver\n\nRequirements:\n- 1 year tanker experience\n- Keep hours of service on the ELD\n"
    )
    found = evidence(cv, posting)
    assert found["tanker"] == ("selected", ("job0-b0", "job0-b1"))
    assert found["ELD"] == ("selected", ("job0-b2",))


def test_a_dental_offices_radiographs_are_met_by_the_full_mouth_series_a_hygienist_took() -> None:
    """Bitewings, panoramic films and a full-mouth series are dental radiographs, and dental radiographs are
    radiographs: a posting that asks for radiographs of a hygienist is met by the series her CV names."""
    cv = make_cv({"Lakeview Dental": ["Took and read full-mouth radiographs with Dexis.", "Scaled 9 patients a day."]})
    posting = Posting("p", "Dental Hygienist\n\nRequirements:\n- Scaling and root planing, radiographs.\n")
    found = keyword_coverage(cv, posting)["radiography"]
    assert found.met and found.met_by == "full mouth series"


def test_a_degree_and_each_of_its_details_are_read_apart() -> None:
    # A degree's line and its courses are separate lines of the résumé: "Environmental Science" over "Coursework in
    # Data Analysis" says no data science, as two bullets side by side say no phrase across them.
    cv = make_cv(
        {"Riverbend Water District": ["Sampled 40 wells a month for nitrates."]},
        education=[
            {
                "degree": "BS Environmental Science",
                "institution": "Oregon State University",
                "details": ["Coursework in Data Analysis", "Capstone: Groundwater Modeling"],
            }
        ],
    )
    posting = Posting(
        "p",
        "Water Quality Analyst\n\nRequirements:\n- Data science experience\n- Data analysis of lab results\n"
        "- Groundwater monitoring\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["data science"].status == "absent"
    assert "education:1" not in found["data science"].where
    assert not any("education:1" in r.where for r in found["data science"].related)
    assert "education:1" in found["data analysis"].where  # what a course says, it says


def test_an_etl_a_streaming_or_a_change_capture_pipeline_is_a_data_pipeline() -> None:
    # A data engineer's CV names its pipelines by what they do: an ETL job, a Flink job over a stream, a change data
    # capture feed. Each is a data pipeline, and a Flink job processes a stream; a broker alone processes none.
    posting = Posting(
        "p",
        "Data Engineer\n\nRequirements:\n- Experience building data pipelines\n- Experience with stream processing\n",
    )
    etl = keyword_coverage(
        make_cv({"Orchard Grocers": ["Wrote Python ETL jobs loading till data into Redshift."]}), posting
    )
    assert etl["data pipelines"].met and etl["data pipelines"].met_by == "ETL"
    assert not etl["stream processing"].met
    flink = keyword_coverage(make_cv({"Orchard Grocers": ["Built Flink jobs that enrich sensor events."]}), posting)
    assert flink["stream processing"].met and flink["stream processing"].met_by == "Flink"
    assert flink["data pipelines"].met
    cdc = keyword_coverage(
        make_cv({"Orchard Grocers": ["Set up change data capture from Postgres into the warehouse."]}), posting
    )
    assert cdc["data pipelines"].met
    broker = keyword_coverage(make_cv({"Orchard Grocers": ["Ran the Kafka cluster for order events."]}), posting)
    assert not broker["stream processing"].met
    assert [r.term for r in broker["stream processing"].related] == ["Kafka"]


def test_a_skills_list_is_read_as_one_text_for_the_trade_a_name_means() -> None:
    # "Monte Carlo" is the statistician's method unless its text speaks of data pipelines; a skills list gives each
    # name alone, so a data engineer's "Monte Carlo" beside dbt and Snowflake was the method, and no evidence of the
    # data observability tool a posting asks for. The list is one text: its other names say the trade.
    posting = Posting(
        "p",
        "Data Reliability Engineer\n\nRequirements:\n- Data observability with Monte Carlo or a similar tool\n"
        "- dbt and Snowflake\n",
    )
    engineer = make_cv(
        {"Orchard Grocers": ["Kept the nightly loads on time."]},
        skills=["dbt", "Snowflake", "Great Expectations", "Monte Carlo"],
    )
    found = keyword_coverage(engineer, posting)
    assert found["Monte Carlo Data"].status == "selected" and found["Monte Carlo Data"].where == ("Monte Carlo",)
    statistician = make_cv(
        {"Orchard Grocers": ["Forecast weekly demand."]}, skills=["Bayesian statistics", "Monte Carlo", "R"]
    )
    assert keyword_coverage(statistician, posting)["Monte Carlo Data"].status == "absent"


def test_a_bullet_that_cut_latency_is_related_evidence_of_low_latency_systems() -> None:
    # "Low-latency pipelines" asks for systems built fast; a bullet that cut a pipeline's latency says the word
    # without the claim: shown beside the keyword, which stays absent.
    posting = Posting("p", "Data Engineer\n\nRequirements:\n- Build low-latency streaming pipelines\n")
    cv = make_cv({"Orchard Grocers": ["Cut end-to-end latency of the order feed from 60 minutes to 45 seconds."]})
    found = keyword_coverage(cv, posting)["low-latency systems"]
    assert found.status == "absent" and [(r.term, r.where) for r in found.related] == [("latency", ("job0-b0",))]


def test_a_hotels_revenue_management_system_is_met_by_the_one_a_cv_names() -> None:
    # IDeaS and Duetto are each a revenue management system: a CV that ran IDeaS G3 meets a posting that asks for
    # "a revenue management system", and IDeaS G3 is IDeaS.
    posting = Posting(
        "p",
        "Revenue Manager\n\nRequirements:\n- Experience with a revenue management system\n- Experience with IDeaS\n",
    )
    found = keyword_coverage(
        make_cv({"Harbour Hotel": ["Set daily rates and restrictions in IDeaS G3 for 310 rooms."]}), posting
    )
    assert found["revenue management system"].met and found["revenue management system"].met_by == "IDeaS"
    assert found["IDeaS"].met


def test_letters_the_posting_reads_as_a_skill_of_its_field_are_that_skill_in_the_cv_too() -> None:
    # The lexicon leaves "CRO" out of conversion rate optimization's names (a contract research organization, a chief
    # revenue officer); a marketing posting's "CRO", beside its SEO and A/B testing, is read as it, and a marketer's
    # CV that writes the same letters says it, in the posting's words.
    cv = make_cv(
        {"Harbor Goods": ["Ran a CRO program on pricing pages: 30 A/B tests in a year.", "Ran the book club."]},
        skills=["CRO", "SEO"],
    )
    posting = Posting(
        "p",
        "Digital Marketing Manager\n\nRequirements:\n- Run our CRO and A/B testing program\n- SEO and paid search\n",
    )
    found = keyword_coverage(cv, posting)["conversion rate optimization"]
    assert (found.status, found.keyword.said) == ("selected", "CRO")
    assert "job0-b0" in found.where
    # A CV that spells the letters out as other words means those.
    trials = make_cv(
        {"Harbor Bio": ["Oversaw a contract research organization (CRO) running two trials.", "Ran the book club."]},
        skills=["CRO", "SEO"],
    )
    assert keyword_coverage(trials, posting)["conversion rate optimization"].status == "absent"


def test_a_payroll_postings_cpp_is_the_payroll_certification_and_its_work_is_keywords() -> None:
    cv = make_cv(
        {"Brook Valley Foods": ["Processed wage garnishments and child support orders for 900 employees in UKG."]},
        certificates=[{"name": "Certified Payroll Professional (CPP)", "issuer": "PayrollOrg"}],
    )
    posting = Posting(
        "p",
        "Payroll Manager\n\nRequirements:\n- CPP or FPC required\n"
        "- Experience with garnishments and multi-state payroll\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Certified Payroll Professional"].status == "selected"
    assert found["wage garnishments"].status == "selected"
    assert found["multi-state payroll"].status == "absent"
    # A Canadian payroll's CPP is the pension plan it deducts, and a programmer's CPP files are C++: no certification.
    canada = Posting("p", "Payroll Administrator\n\nRequirements:\n- Calculate CPP and EI deductions for payroll\n")
    assert "Certified Payroll Professional" not in keyword_coverage(cv, canada)
    code = Posting("p", "Firmware Engineer\n\nRequirements:\n- Write CPP and header files for the compiler team\n")
    assert "Certified Payroll Professional" not in keyword_coverage(cv, code)


def test_a_federal_contractors_hr_reports_are_keywords_and_an_equal_opportunity_statement_asks_none() -> None:
    cv = make_cv({"Ridgeline Defense": ["Prepared EEO-1 reports and affirmative action plans for two OFCCP audits."]})
    posting = Posting(
        "p",
        "HR Compliance Specialist\n\nRequirements:\n- Prepare the annual EEO-1 report and affirmative action plans\n"
        "- Support OFCCP compliance reviews\n\nWe are an Equal Opportunity / Affirmative Action employer.\n",
    )
    found = keyword_coverage(cv, posting)
    assert {term: found[term].status for term in ("EEO-1", "affirmative action plans", "OFCCP")} == {
        "EEO-1": "selected",
        "affirmative action plans": "selected",
        "OFCCP": "selected",
    }


def test_a_recruiting_measure_a_cv_shows_meets_a_posting_that_asks_for_recruiting_metrics() -> None:
    cv = make_cv({"Harbor Retail": ["Cut time-to-fill for store associates from 41 to 23 days with hiring events."]})
    posting = Posting(
        "p",
        "Talent Acquisition Manager\n\nRequirements:\n- Report recruiting metrics to the VP of People monthly\n"
        "- Lower our cost-per-hire\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["recruiting metrics"].status, found["recruiting metrics"].met_by) == ("absent", "time-to-fill")
    assert found["recruiting metrics"].met
    assert found["cost-per-hire"].status == "absent" and not found["cost-per-hire"].met


def test_the_laws_of_employment_an_hr_cv_applies_are_related_evidence_of_employment_law_not_a_claim_to_it() -> None:
    cv = make_cv(
        {"Fenwick Health": ["Answered 6 EEOC charges with counsel; none found cause.", "Ran FMLA and ADA leave cases."]}
    )
    posting = Posting(
        "p",
        "HR Business Partner\n\nRequirements:\n- Knowledge of Title VII and employment law\n"
        "- Experience responding to EEOC charges\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["EEOC"].status == "selected"
    assert (found["Title VII"].status, [r.term for r in found["Title VII"].related]) == ("absent", ["EEOC"])
    assert found["employment law"].status == "absent"
    assert {"FMLA", "EEOC"} <= {r.term for r in found["employment law"].related}


def test_customer_interviews_and_onboarding_are_related_evidence_of_product_discovery_and_product_led_growth() -> None:
    # A product manager's bullets say the work by its methods: the interviews and jobs-to-be-done framing of discovery,
    # the onboarding and activation of a self-serve funnel. Shown beside the keywords, which stay absent.
    cv = make_cv(
        {
            "Brightwell Software": [
                "Ran 30 customer interviews and a jobs-to-be-done synthesis for the billing redesign.",
                "Rebuilt onboarding and raised week-2 activation from 22% to 35%.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Product Manager, Growth\n\nRequirements:\n- Lead product discovery with customers\n"
        "- 2+ years in product-led growth\n- SQL\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["product discovery"].status == "absent"
    assert {(r.term, r.where) for r in found["product discovery"].related} == {
        ("customer interviews", ("job0-b0",)),
        ("jobs to be done", ("job0-b0",)),
    }
    assert found["product-led growth"].status == "absent"
    assert {r.term for r in found["product-led growth"].related} >= {"onboarding"}


def test_what_an_employer_is_in_brackets_after_its_name_says_the_trade_the_work_was_done_in() -> None:
    # A résumé says the industry it worked in where it names the employer: "Brightwell (B2B SaaS, Series B)". That is
    # the CV's evidence of the "B2B SaaS experience" a posting requires, and every résumé prints it; the employer's
    # name itself says nothing of the work ("SaaS Labs" is only a name).
    cv = make_cv(
        {
            "Brightwell (B2B SaaS, Series B)": ["Shipped usage-based billing to 400 customers."],
            "SaaS Labs": ["Wrote the onboarding emails."],
            "Tableau (acquired by Salesforce)": ["Ran the partner program."],
        }
    )
    posting = Posting(
        "p",
        "Product Manager\n\nRequirements:\n- 4+ years of B2B SaaS product experience\n- Usage-based billing\n"
        "- Salesforce\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["SaaS"].status, found["SaaS"].where) == ("selected", ("employer:job0",))
    assert (found["B2B"].status, found["B2B"].where) == ("selected", ("employer:job0",))
    assert found["Salesforce"].status == "absent"  # the company that bought the employer is no skill of the CV's
    lone = keyword_coverage(make_cv({"SaaS Labs": ["Wrote the onboarding emails."]}), posting)
    assert lone["SaaS"].status == "absent"


def test_a_sites_crane_credentials_lift_plans_and_lost_time_rate_are_keywords_met_in_their_holders_words() -> None:
    # The crane certifier's letters in a certificate's longer name, a crane's lift plan written as a critical lift
    # plan, and the lost time incident rate by its letters: each is the keyword the superintendent's posting asks for.
    cv = make_cv(
        {
            "Fenmark Builders": [
                "Wrote critical lift plans for 40-ton steel picks over an occupied street.",
                "Held a 0.0 lost time incident rate over 400,000 hours.",
            ]
        },
        certificates=[{"name": "NCCCO Signalperson/Rigger Level 1", "date": "2020"}],
    )
    posting = Posting(
        "p",
        "Superintendent\n\nRequirements:\n- NCCCO certification as a rigger or signal person\n"
        "- Prepare crane lift plans with the crane subcontractor\n- Keep our LTIR at zero\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["NCCCO certification"].met
    assert found["lift plans"].met
    assert found["LTIR"].met


def test_a_superintendents_site_logistics_is_its_own_keyword_not_the_supply_chains_logistics() -> None:
    # "site logistics" (cranes, laydown, deliveries and access on a building site) is the superintendent's, which a
    # warehouse's logistics does not meet, and which a CV's site logistics plan does.
    posting = Posting("p", "Superintendent\n\nResponsibilities:\n- Direct subcontractors, crews and site logistics\n")
    warehouse = make_cv({"Harbor 3PL": ["Ran inbound logistics for a 200,000 sq ft warehouse."]})
    found = keyword_coverage(warehouse, posting)
    assert "logistics" not in found and not found["site logistics"].met
    site = make_cv({"Fenmark Builders": ["Wrote the site logistics plan for a downtown tower's deliveries."]})
    assert keyword_coverage(site, posting)["site logistics"].met


def test_a_banks_core_platform_meets_a_posting_asking_for_its_vendor_or_for_core_banking_systems() -> None:
    # "Fiserv DNA" is Fiserv's core: a branch manager who ran it has the Fiserv a posting names beside Jack Henry, and
    # has used a core banking system, whoever sold it.
    cv = make_cv({"Maple Ridge Credit Union": ["Opened 30 accounts a month in Fiserv DNA and Salesforce FSC."]})
    posting = Posting(
        "p",
        "Branch Manager\n\nRequirements:\n- Experience with Fiserv or Jack Henry\n- Salesforce Financial Services "
        "Cloud\n\nPreferred:\n- Experience with core banking systems\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["Fiserv"].status, found["Fiserv"].where) == ("selected", ("job0-b0",))
    assert found["Jack Henry"].keyword.alternatives == ("Fiserv",) and found["Jack Henry"].met
    assert found["Salesforce Financial Services Cloud"].status == "selected"
    assert (found["core banking systems"].met, found["core banking systems"].met_by) == (True, "Fiserv")


def test_a_named_welding_process_meets_a_posting_asking_for_welding() -> None:
    # "Welding experience a plus": a mechanic's bullet that names the processes ("MIG and stick welding") is welding,
    # though each process is a term of its own that takes the word.
    cv = make_cv({"Ridgeline Fleet Repair": ["Repaired dump bodies and frames with MIG and stick welding."]})
    posting = Posting("p", "Diesel Mechanic\n\nRequirements:\n- Diesel engine repair\n- Welding experience a plus\n")
    found = keyword_coverage(cv, posting)["welding"]
    assert (found.met, found.met_how) == (True, "met by SMAW")  # the first of the two it names, by its kind's order


@pytest.mark.parametrize(
    "asked",
    [
        "Current, unrestricted license to practice pharmacy in the State of Vermont",
        "Licensed to practice pharmacy in Vermont",
        "Active Vermont pharmacy license required",
    ],
)
def test_a_licence_to_practice_pharmacy_is_the_pharmacists_licence_a_cv_holds(asked: str) -> None:
    # Hospital postings name the pharmacist's licence as the state grants it ("license to practice pharmacy in the
    # State of …"): the one requirement no employer waives, met by the RPh a CV lists and missed by a CV without one.
    cv = make_cv(
        {"Green Mountain Medical Center": ["Verified 300 inpatient medication orders a shift.", "Rounded with ICU."]},
        certificates=[{"name": "Registered Pharmacist (RPh)", "issuer": "Vermont Board of Pharmacy"}],
    )
    posting = Posting("p", f"Clinical Pharmacist\n\nRequirements:\n- {asked}\n- Verifies medication orders\n")
    found = keyword_coverage(cv, posting)
    assert found["RPh"].status == "selected" and found["RPh"].keyword.required
    technician = make_cv({"Green Mountain Medical Center": ["Verified 300 inpatient medication orders a shift."]})
    assert keyword_coverage(technician, posting)["RPh"].status == "absent"


def test_a_travel_agents_gds_and_travel_institute_designation_meet_a_corporate_travel_posting() -> None:
    # Sabre, Amadeus and Travelport's systems are each a global distribution system, and TAP and CTC are The Travel
    # Institute's designations: a coordinator who booked in Sabre Red 360 and holds TAP meets a posting asking for a
    # GDS and "CTC, TAP or similar"; Amadeus, named on its own, is what the CV lacks.
    cv = make_cv(
        {"Summit Travel Partners": ["Booked air, hotel and rail for 120 travelers in Sabre Red 360.", "Kept files."]},
        certificates=[{"name": "Travel Agent Proficiency (TAP)", "issuer": "The Travel Institute"}],
    )
    posting = Posting(
        "p",
        "Corporate Travel Coordinator\n\nRequirements:\n- Experience with a global distribution system (GDS)\n"
        "- Amadeus experience\n\nPreferred:\n- Travel industry certification (CTC, TAP or similar)\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["global distribution systems"].met, found["global distribution systems"].met_by) == (True, "Sabre")
    assert found["Travel Agent Proficiency"].status == "selected"
    assert found["Certified Travel Counselor"].met and found["Amadeus"].status == "absent"


@pytest.mark.parametrize(
    "text",
    ["Write landing pages with a clear CTA and test each CTA in email.", "Salary: CTC as per industry standards."],
)
def test_a_marketers_call_to_action_or_a_salarys_cost_to_company_is_no_travel_designation(text: str) -> None:
    said = analyse([text], bundled_lexicon())[0]
    assert not {"Certified Travel Associate", "Certified Travel Counselor"} & set(said.skills)


def test_google_classroom_is_google_workspace_a_school_posting_asks_for() -> None:
    # Google Classroom comes with Google Workspace for Education: a teacher who runs classes in it uses the suite.
    cv = make_cv({"Cedar Hollow High School": ["Ran every Physics section's assignments in Google Classroom."]})
    posting = Posting(
        "p",
        "Physics Teacher\n\nRequirements:\n- Teach Physics to grades 9-12\n"
        "- Proficiency with Google Workspace for Education\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["Google Workspace"].met and found["Google Workspace"].met_by == "Google Classroom"


def test_multilingual_learners_are_the_english_learners_a_teacher_taught_and_the_sei_endorsement_a_credential() -> None:
    cv = make_cv(
        {"Cedar Hollow High School": ["Taught Physics to 90 students a year, a third of them English learners."]},
        certificates=[{"name": "SEI Teacher Endorsement", "issuer": "Vermont Agency of Education"}],
    )
    posting = Posting(
        "p",
        "Physics Teacher\n\nRequirements:\n- Teach Physics to grades 9-12, supporting multilingual learners\n"
        "- SEI Endorsement required\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["ESL"].met and found["ESL"].keyword.said == "multilingual learners"
    assert found["SEI Endorsement"].met and found["SEI Endorsement"].status == "selected"


def test_a_sterile_processing_credential_a_posting_names_by_its_letters_is_met_by_the_certificate() -> None:
    # HSPA's Certified Registered Central Service Technician is written "CRCST" in sterile processing techs', OR
    # nurses' and device reps' postings and CVs alike: the certificate shows the keyword, and stays for it.
    cv = make_cv(
        {"Lakeview Orthopedics": ["Covered total joint cases and in-serviced staff on instrument trays."]},
        certificates=[{"name": "CRCST", "issuer": "HSPA"}],
    )
    posting = Posting(
        "p",
        "Orthopedic Sales Associate\n\nRequirements:\n- Cover total joint cases\n\n"
        "Preferred:\n- CRCST or CSPDT certification\n",
    )
    found = coverage(rank(cv, posting), select(cv, rank(cv, posting)))
    statuses = {k.keyword.term: k.status for k in found.keywords}
    assert statuses.get("Certified Registered Central Service Technician") == "selected"
    assert credentials_evidencing(found) == {"certificate:1"}


def test_a_vendor_credentialed_rep_meets_a_postings_vendor_credentialing() -> None:
    # Hospitals let in only the reps their vendor credentialing systems clear: a rep says so as "vendor credentialed"
    # or a "credentialed vendor", the posting asks for "vendor credentialing".
    cv = make_cv(
        {"Lakeview Orthopedics": ["Covered total joint cases as a credentialed vendor rep at 5 hospitals."]},
        certificates=[{"name": "Vendor credentialed: Vendormate, Reptrax"}],
    )
    posting = Posting(
        "p",
        "Orthopedic Sales Associate\n\nRequirements:\n- Cover total joint cases\n"
        "- Must obtain and maintain hospital vendor credentialing\n",
    )
    found = coverage(rank(cv, posting), select(cv, rank(cv, posting)))
    (credentialing,) = [k for k in found.keywords if k.keyword.term == "vendor credentialing"]
    assert credentialing.status == "selected"
    assert {"job0-b0", "certificate:1"} <= set(credentialing.where)


def test_a_workers_name_in_a_keyword_is_said_by_the_verb_of_that_work() -> None:
    # "Clinical instructor" is said by a bullet that instructed in clinical rotations, as "budget management" is by
    # one that managed a budget: the worker's name is made of the verb (an instructor instructs, a trainer trains).
    # Teaching is another word for it, no form of it: a bullet that only taught says no instructor.
    cv = make_cv(
        {
            "St. Brigid Medical Center": [
                "Instructed nursing students in clinical rotations on the medical-surgical unit.",
                "Trained 200 clerks on the new billing software.",
            ]
        }
    )
    posting = Posting(
        "p",
        "Clinical Education Specialist\n\nResponsibilities:\n- Work as a clinical instructor for new graduate nurses\n"
        "- Train staff on the billing software\n\nRequirements:\n- 3+ years as a clinical instructor\n- BLS\n",
    )
    found = keyword_coverage(cv, posting)
    assert (found["clinical instructor"].status, found["clinical instructor"].where) == ("selected", ("job0-b0",))
    taught = make_cv({"St. Brigid Medical Center": ["Taught nursing students in clinical rotations."]})
    assert keyword_coverage(taught, posting)["clinical instructor"].status == "absent"


def test_embedded_firmware_is_the_embedded_systems_work_a_posting_asks_for() -> None:
    """ "Embedded firmware" names the field as "embedded software" and "embedded C" do: an appliance-controls engineer
    whose bullets write embedded firmware meets a posting's "embedded systems", and a posting's "embedded firmware" is
    met by a CV that writes embedded software."""
    cv = make_cv(
        {
            "Norrland Appliance Controls": [
                "Wrote the embedded firmware of an induction hob's power stage on a 16-bit MCU.",
                "Led the team's code reviews.",
            ]
        }
    )
    posting = Posting("p", "Controls Engineer\n\nRequirements:\n- Embedded systems experience\n- Code reviews\n")
    assert keyword_coverage(cv, posting)["embedded systems"].status == "selected"
    software = make_cv({"Norrland Appliance Controls": ["Wrote embedded software for an induction hob."]})
    asked = Posting("p", "Controls Engineer\n\nRequirements:\n- 3+ years of embedded firmware development\n")
    assert keyword_coverage(software, asked)["embedded systems"].status == "selected"


def test_a_part_of_the_fdas_regulations_a_cv_names_by_its_number_meets_a_posting_asking_for_fda_regulations() -> None:
    """Title 21 of the CFR, chapter I, is the FDA's: a quality engineer's "21 CFR Part 820" and a trial programmer's
    "21 CFR Part 11" are each an FDA regulation, as a posting asking for "FDA guidelines" means them."""
    cv = make_cv({"Corbel Devices": ["Kept the design history files under 21 CFR Part 820 for 3 product lines."]})
    posting = "Quality Engineer\n\nRequirements:\n- Working knowledge of FDA regulations\n- Root cause analysis\n"
    found = keyword_coverage(cv, Posting("p", posting))
    assert found["FDA regulations"].met and found["FDA regulations"].met_by == "21 CFR Part 820"


def test_an_industry_asked_is_met_where_the_cv_says_the_industrys_own_word_not_by_an_employers_name() -> None:
    posting = Posting(
        "p",
        "Front Office Manager\n\nRequirements:\n- 3+ years of experience in the hospitality industry\n"
        "- Background in healthcare\n- Experience with Opera PMS\n- Guest relations",
    )
    cv = CV.model_validate(
        {
            "contact": {"name": "Rosa Diaz", "email": "rosa@example.org"},
            "experience": [
                {
                    "id": "desk",
                    "employer": "Grandview Hotels & Resorts",
                    "role": "Front Desk Supervisor",
                    "start": "2019",
                    "end": "2024",
                    "bullets": [{"id": "b1", "text": "Ran check-in for a 300-room hotel in Opera PMS."}],
                },
                {
                    "id": "clinic",
                    "employer": "Mercy Health",
                    "role": "Receptionist",
                    "start": "2016",
                    "end": "2019",
                    "bullets": [{"id": "b2", "text": "Greeted guests and handled guest relations."}],
                },
            ],
        }
    )
    found = keyword_coverage(cv, posting)
    assert (found["hospitality"].status, found["hospitality"].where) == ("selected", ("b1",))
    assert found["hospitality"].keyword.label == "hospitality industry"
    # "Mercy Health" is an employer's name: no claim to the healthcare industry.
    assert found["healthcare"].status == "absent"


def test_an_industry_said_only_in_a_summarys_wish_for_a_job_is_no_claim() -> None:
    posting = Posting("p", "Analyst\n\nRequirements:\n- Experience in the banking industry\n- SQL")
    cv = make_cv({"Acme": ["Wrote SQL reports."]}, summary=["Analyst seeking a role in banking."])
    assert keyword_coverage(cv, posting)["banking"].status == "absent"
    cv = make_cv({"Acme": ["Wrote SQL reports."]}, summary=["Analyst with five years in banking."])
    assert keyword_coverage(cv, posting)["banking"].status == "selected"


@pytest.mark.parametrize(
    "bullet",
    ["Profiled and optimized the physics step, cutting frame time by 30%.", "Profiling and optimizing shaders."],
)
def test_profiling_and_optimizing_said_by_their_verbs_meets_a_postings_profile_and_optimize(bullet: str) -> None:
    posting = Posting("p", "Engine Programmer\n\nRequirements:\n- Profile and optimize code\n- Strong C++")
    found = keyword_coverage(make_cv({"Acme": [bullet, "Wrote C++ tools."]}), posting)
    assert found["performance engineering"].status == "selected"


def test_profiling_customers_and_optimizing_spend_is_no_performance_engineering() -> None:
    posting = Posting("p", "Engine Programmer\n\nRequirements:\n- Profile and optimize code\n- Strong C++")
    found = keyword_coverage(make_cv({"Acme": ["Profiled customers and optimized ad spend.", "Wrote C++."]}), posting)
    assert found["performance engineering"].status == "absent"


def test_a_mixed_methods_study_meets_quantitative_and_qualitative_research_each() -> None:
    """Mixed methods research is quantitative and qualitative research done together (NIH OBSSR's best practices):
    a programme evaluator's mixed-methods evaluation meets a posting asking for either, as one of each kind."""
    cv = make_cv({"County Public Health": ["Led a mixed-methods evaluation of the school meals programme."]})
    posting = Posting(
        "p", "Evaluation Specialist\n\nRequirements:\n- Quantitative research\n- Qualitative research\n- Budgets\n"
    )
    found = keyword_coverage(cv, posting)
    assert found["quantitative analysis"].met and found["quantitative analysis"].met_by == "mixed methods research"
    assert found["qualitative research"].met and found["qualitative research"].met_by == "mixed methods research"
    # Either one alone says no mixed methods: a posting asking for them finds quantitative work only related.
    cv = make_cv({"County Public Health": ["Ran quantitative research on school meals."]})
    posting = Posting("p", "Evaluation Specialist\n\nRequirements:\n- Mixed methods research\n- Budgets\n")
    assert not keyword_coverage(cv, posting)["mixed methods research"].met


@pytest.mark.parametrize(
    ("bullet", "posting"),
    [
        # An export clerk at a machinery maker, for a freight forwarder's documentation desk.
        (
            "Prepared the shipment documents for every crate of spare parts leaving the plant.",
            "Export Documentation Clerk\n\nRequirements:\n- Two years of shipping documentation experience\n",
        ),
        # A winery's shipping lead: a bill of lading is one of the shipping documents.
        (
            "Issued a bill of lading for each pallet of wine and checked the carrier's signature.",
            "Shipping Coordinator\n\nRequirements:\n- Accurate shipping documents for every order\n",
        ),
    ],
)
def test_a_shipments_documents_and_the_bill_of_lading_say_the_shipping_documentation_asked_for(
    bullet: str, posting: str
) -> None:
    """Shipping documents, shipment documents and shipping documentation are one thing, and a bill of lading is one of
    them (the U.S. International Trade Administration's common export documents)."""
    found = keyword_coverage(make_cv({"Valley Exports": [bullet]}), Posting("p", posting))
    assert found["shipping documents"].met


@pytest.mark.parametrize("hyphen", ["-", "\u2011", " "])
def test_post_acute_care_is_no_acute_care_and_its_settings_meet_it(hyphen: str) -> None:
    """Post-acute care is the care after a hospital stay (MedPAC: skilled nursing facilities, inpatient rehabilitation,
    home health): an ICU nurse's years show none of it, and a placement in one of its settings shows it."""
    posting = Posting(
        "p", f"RN Case Manager\n\nResponsibilities:\n- Remove barriers to post{hyphen}acute care for every patient.\n"
    )
    icu = make_cv({"Mercy Hospital": ["Cared for four patients a shift in a 20-bed ICU."]})
    found = {k.keyword.term: k for k in keyword_coverage(icu, posting).values()}
    assert "acute care" not in found and not found["post-acute care"].met
    placing = make_cv({"Mercy Hospital": ["Placed patients in skilled nursing facilities and home health."]})
    found = {k.keyword.term: k for k in keyword_coverage(placing, posting).values()}
    assert found["post-acute care"].met and found["post-acute care"].met_by == "skilled nursing facility"


def test_hospice_work_and_grief_counseling_are_related_evidence_of_end_of_life_care() -> None:
    """Hospice care is palliative care at the end of life, and bereavement support and advance care planning are part
    of it (WHO's definition of palliative care): a hospice chaplain's CV says something related to "end-of-life care",
    not nothing."""
    cv = make_cv({"Valley Hospice": ["Led grief counseling groups for hospice families every week."]})
    posting = Posting("p", "Chaplain\n\nRequirements:\n- Experience in end-of-life care\n")
    (care,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "palliative care"]
    assert not care.met and {r.term for r in care.related} >= {"hospice", "grief counseling"}


def test_one_sales_method_shows_no_other_and_is_related_evidence_of_solution_selling() -> None:
    """SPIN Selling and the Challenger Sale are methods of their own: a seller trained in one does not show the other,
    though either is related evidence of the solution selling a posting asks for."""
    cv = make_cv({"Brightwave": ["Ran discovery calls with SPIN Selling.", "Kept the CRM clean."]})
    challenger = Posting("p", "Account Executive\n\nRequirements:\n- Trained in the Challenger Sale\n- A BA\n")
    assert not keyword_coverage(cv, challenger)["Challenger Sale"].met
    solution = Posting("p", "Account Executive\n\nRequirements:\n- Solution selling to IT buyers\n- A BA\n")
    selling = keyword_coverage(cv, solution)["solution selling"]
    assert not selling.met and "SPIN Selling" in {r.term for r in selling.related}


def test_court_records_are_related_evidence_of_public_records() -> None:
    """Court records are public records: a reporter who pulled them says something related to a posting's public
    records, not nothing."""
    cv = make_cv({"Harbor Ledger": ["Pulled 3,000 court records on evictions.", "Edited the newsletter."]})
    posting = Posting("p", "Research Reporter\n\nRequirements:\n- Skill with public records\n- A BA\n")
    (records,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "public records"]
    assert not records.met and "court records" in {r.term for r in records.related}


def test_sterile_compounding_is_related_evidence_of_aseptic_technique() -> None:
    """Sterile preparations are compounded in aseptic technique, which USP <797> requires and tests: an IV room
    technician's CV says something related to a posting's "aseptic technique", not nothing."""
    cv = make_cv({"Lakeside Hospital": ["Compounded IV admixtures in a USP 797 cleanroom for 12 nursing units."]})
    posting = Posting("p", "IV Pharmacy Technician\n\nRequirements:\n- Sound aseptic technique\n- A GED\n")
    (technique,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "aseptic technique"]
    assert not technique.met and {r.term for r in technique.related} >= {"sterile compounding", "USP <797>"}


def test_related_evidence_is_named_as_the_lexicon_writes_it_not_by_its_lemma() -> None:
    # "sales" is a field of work, "sale" one sale: the lemma analysis reads may name another thing.
    cv = make_cv({"Fenwick Systems": ["Ran full-cycle sales for 40 mid-market accounts."]})
    posting = Posting("p", "Account Manager\n\nRequirements:\n- Upselling to existing customers\n- Gainsight\n")
    found = keyword_coverage(cv, posting)["upselling"]
    assert found.status == "absent"
    assert [r.term for r in found.related] == ["sales"]


def test_a_headline_that_names_marketing_analytics_says_no_attribution_modeling_a_bullet_on_channel_attribution_does():
    # Attribution (how much credit each channel gets for a gift or a sale) is one part of marketing analytics, not
    # another name of it: a nonprofit's analytics lead whose headline says "Marketing Analytics" has not shown it.
    posting = Posting("p", "Donor Analytics Manager\n\nRequirements:\n- Experience with attribution modeling\n- SQL\n")
    headline_only = make_cv(
        {"Harbor Food Bank": ["Wrote SQL reports on donor retention."]}, headline="Marketing Analytics | Fundraising"
    )
    assert evidence(headline_only, posting)["marketing attribution"][0] == "absent"
    for said in (
        "Built a multi-touch attribution model for the spring appeal's channels.",
        "Reported channel attribution for direct mail, email and events to the board.",
    ):
        cv = make_cv({"Harbor Food Bank": [said, "Wrote SQL reports on donor retention."]})
        assert evidence(cv, posting)["marketing attribution"] == ("selected", ("job0-b0",))


def test_open_enrollment_run_is_related_evidence_of_benefit_enrollments() -> None:
    """Open enrollment is the yearly window of enrolling staff in their benefit plans (HealthCare.gov's glossary): a
    school district's benefits technician who ran it says something related to "benefit enrollments", not nothing;
    the posting's words name the skill, whichever number they take."""
    cv = make_cv({"Cedar Unified School District": ["Ran open enrollment for 1,100 district staff each fall."]})
    posting = Posting(
        "p",
        "Benefits Technician\n\nResponsibilities:\n- Process benefit enrollments and changes for all staff\n"
        "- Answer questions on benefits enrollment deadlines\n",
    )
    (asked,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "benefits enrollment"]
    assert not asked.met and "open enrollment" in {r.term for r in asked.related}


def test_an_investigators_title_or_credential_says_the_investigations_it_names() -> None:
    """A "Criminal Investigator" does criminal investigations, as a "Project Manager" does project management; and a
    credential that names its holder ("Certified Workplace Investigator") says the work as a title does, where a
    bullet naming someone else's job would not."""
    posting = Posting(
        "p",
        "Investigator\n\nResponsibilities:\n- Conduct criminal investigations for the county\n"
        "- Lead workplace investigations of staff misconduct\n",
    )
    clerk = make_cv({"County Sheriff": ["Kept case files for court."]})
    detective = clerk.model_copy(
        update={"experience": [clerk.experience[0].model_copy(update={"role": "Criminal Investigator"})]}
    )
    found = keyword_coverage(detective, posting)
    assert found["criminal investigations"].met and not found["workplace investigations"].met
    lawyer = make_cv(
        {"Reyes Employment Law": ["Advised employers on wage claims."]},
        certificates=[{"name": "Certified Workplace Investigator", "date": "2022"}],
    )
    found = keyword_coverage(lawyer, posting)
    assert found["workplace investigations"].met and found["workplace investigations"].where == ("certificate:1",)
    assert not found["criminal investigations"].met
    # Beside a bullet that names the work, the credential shows it too (page fitting must know to keep it).
    both = make_cv(
        {"Reyes Employment Law": ["Ran workplace investigations for employers."]},
        certificates=[{"name": "Certified Workplace Investigator", "date": "2022"}],
    )
    assert keyword_coverage(both, posting)["workplace investigations"].where == ("job0-b0", "certificate:1")


def test_grievances_handled_are_related_evidence_of_labor_relations() -> None:
    """Grievances are filed and heard under a union contract's grievance procedure, the daily work of labour relations
    (as of employee relations): a transit agency's HR generalist who answered them says something related to "labor
    relations", not nothing, though not the work itself."""
    cv = make_cv({"Metro Transit": ["Answered 60 grievances a year from bus operators within contract deadlines."]})
    posting = Posting("p", "HR Generalist\n\nResponsibilities:\n- Support labor relations with three unions\n")
    asked = keyword_coverage(cv, posting)["labor relations"]
    assert not asked.met and "grievances" in {r.term for r in asked.related}


def test_classifying_goods_under_the_tariff_schedule_is_related_evidence_of_customs_clearance() -> None:
    """Customs business is the entry of goods, their classification and valuation and the payment of duties (19 CFR
    111.1): a trade compliance analyst who classified goods under the HTS says something related to the "customs
    clearance" a posting asks for, not nothing, and not the clearance itself."""
    cv = make_cv({"Harborline Imports": ["Assigned HTS codes to 600 SKUs and kept the tariff database current."]})
    posting = Posting("p", "Import Coordinator\n\nRequirements:\n- Experience with customs clearance\n")
    (customs,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "customs brokerage"]
    assert not customs.met and {r.term for r in customs.related} == {"tariff classification"}


def test_a_judicial_clerkship_is_met_by_a_judicial_law_clerk_and_commercial_law_is_no_corporate_law() -> None:
    # A judge's law clerk held the clerkship a firm's posting asks for; commercial law (trade, contracts, the UCC) and
    # corporate law (the law of companies) are two fields, so a CV of one does not meet a posting's other.
    posting = Posting(
        "p",
        "Litigation Associate\n\nRequirements:\n- Research and advise on commercial law issues\n"
        "- Judicial clerkship experience is a plus\n",
    )
    cv = make_cv(
        {
            "Court of Appeals": ["Judicial law clerk to an appellate judge: drafted bench memoranda and opinions."],
            "Marlow & Finch LLP": ["Advised start-ups on corporate law, formation and governance."],
        }
    )
    found = keyword_coverage(cv, posting)
    assert found["judicial clerkship"].status == "selected"
    assert found["commercial law"].status == "absent"


def test_a_lawyers_oral_argument_is_evidence_of_the_oral_advocacy_a_posting_asks_for_not_the_term_itself() -> None:
    posting = Posting("p", "Litigation Associate\n\nRequirements:\n- Excellent written and oral advocacy\n")
    cv = make_cv({"Ridley & Moss LLP": ["Presented oral argument on a motion to dismiss in federal court."]})
    advocacy = keyword_coverage(cv, posting)["oral advocacy"]
    assert advocacy.status == "absent"
    assert [(r.term, r.where) for r in advocacy.related] == [("oral argument", ("job0-b0",))]


def test_scrapers_built_are_related_evidence_of_web_scraping_and_a_web_scraper_is_it() -> None:
    """Web scraping is a skill of data work, done with a scraper: a data reporter's CV that built scrapers says
    something related to a posting's "web scraping"; one that says "web scrapers" says it."""
    posting = Posting("p", "Data Reporter\n\nRequirements:\n- Web scraping with Python\n")
    cv = make_cv({"Tri-County Ledger": ["Built scrapers to collect court filings every night."]})
    (scraping,) = [k for k in keyword_coverage(cv, posting).values() if k.keyword.term == "web scraping"]
    assert not scraping.met and {r.term for r in scraping.related} == {"scrapers"}  # as the CV writes it
    named = make_cv({"Tri-County Ledger": ["Built web scrapers to collect court filings every night."]})
    assert keyword_coverage(named, posting)["web scraping"].met


def test_an_architects_registration_asked_by_a_posting_is_met_by_a_registered_architects_certificate() -> None:
    # Only a licensee may be called an architect: a posting's "architectural registration" and a certificate
    # "Registered Architect" name the one licence, as "PE license" and "Professional Engineer" do.
    cv = make_cv(
        {"Ashgrove Studio": ["Led construction administration for a 40,000 SF library."]},
        certificates=[{"name": "Registered Architect", "issuer": "Vermont Board of Architects"}],
    )
    posting = Posting(
        "p",
        "Project Architect\n\nRequirements:\n- Current architectural registration in the United States required.\n"
        "- Construction administration.\n",
    )
    found = keyword_coverage(cv, posting)
    assert found["architect license"].status == "selected"
    # The examination one passes on the way to it is no licence.
    exam = make_cv({"Ashgrove Studio": ["Passed four divisions of the Architect Registration Examination."]})
    assert keyword_coverage(exam, posting)["architect license"].status == "absent"


def test_a_physical_therapy_postings_required_apta_membership_is_met_by_the_association_the_cv_names_in_full() -> None:
    # Postings ask for the association by its letters; a CV names it in full, as its certificate's issuer.
    cv = make_cv(
        {"Harbor Clinic": ["Treated 14 orthopedic patients a day."]},
        certificates=[{"name": "Credentialed Clinical Instructor", "issuer": "American Physical Therapy Association"}],
    )
    posting = Posting(
        "p", "Physical Therapist\n\nRequirements:\n- APTA membership required\n- Two years in an outpatient clinic\n"
    )
    found = {k.keyword.term: (k.status, k.keyword.required, k.where) for k in keyword_coverage(cv, posting).values()}
    assert found["APTA"] == ("selected", True, ("certificate:1",))


def test_a_physical_therapy_postings_measures_and_modalities_are_keywords_the_cv_meets_or_lacks() -> None:
    # "range of motion" and "electrical stimulation" are what a general PT posting asks in its duties: a bullet that
    # says the first (hyphenated) meets it; the second, which no line of the CV says, is shown as lacking.
    cv = make_cv({"Harbor Clinic": ["Restored range-of-motion after knee surgery for 14 patients a day."]})
    posting = Posting(
        "p",
        "Physical Therapist\n\nResponsibilities:\n- Tests and measures patients' strength and range of motion\n"
        "- May use electrical stimulation to relieve pain\n",
    )
    found = {k.keyword.term: k.status for k in keyword_coverage(cv, posting).values()}
    assert found["range of motion"] == "selected"
    assert found["electrical stimulation"] == "absent"


def test_a_certificate_in_the_specialty_the_title_names_after_the_job_is_kept_as_one_of_the_job() -> None:
    # "Physical Therapist, Outpatient Orthopedic": the board certification in orthopaedics (British spelling) is the
    # line an orthopaedic clinic looks for, though the posting lists no credential; a certificate in another field
    # of the trade, or one that certifies nothing of the specialty, is not one.
    cv = make_cv(
        {"Harbor Clinic": ["Treated 14 orthopedic patients a day.", "Wrote home exercise programs."]},
        certificates=[
            {"name": "Orthopaedic Clinical Specialist (OCS)", "issuer": "ABPTS", "date": "2020"},
            {"name": "Certified Strength and Conditioning Specialist (CSCS)", "issuer": "NSCA"},
            {"name": "BLS for Healthcare Providers", "issuer": "American Heart Association"},
        ],
    )
    posting = Posting(
        "p",
        "Physical Therapist, Outpatient Orthopedic\n\nResponsibilities:\n- Evaluate and treat patients\n"
        "- Write progress notes\n",
    )
    ranking = rank(cv, posting)
    assert credentials_of_the_specialty(coverage(ranking, select(cv, ranking)), cv, ranking) == {"certificate:1"}
    # A title that names the job alone names no specialty.
    plain = Posting("p", "Physical Therapist\n\nResponsibilities:\n- Evaluate and treat patients\n")
    ranked = rank(cv, plain)
    assert credentials_of_the_specialty(coverage(ranked, select(cv, ranked)), cv, ranked) == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        "Programming skills in one or more of the following: Go, Rust, Kotlin, and experience writing reusable code",
        "Experience in one of Go, Rust, and Kotlin",
        "One of the following: Go, Rust & Kotlin",
    ],
)
def test_a_list_that_one_of_opens_offers_a_choice_though_an_and_closes_it(line: str) -> None:
    posting = Posting("p", f"Backend Engineer\n\nRequirements:\n- {line}\n- Experience with Docker\n")
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert found == {"Go": ("Kotlin", "Rust"), "Kotlin": ("Go", "Rust"), "Rust": ("Go", "Kotlin"), "Docker": ()}


def test_a_data_engineers_stream_and_lakehouse_words_are_their_own_evidence() -> None:
    # "Spark Structured Streaming" is Spark's stream engine, one name: its "structured" beside the bullet's "data" is
    # no data structure. A lakehouse is a data lake with tables over it: related evidence of the data lake asked.
    cv = make_cv(
        {
            "Fernhill Freight": [
                "Built ingestion with Kafka and Spark Structured Streaming, bringing shipment data latency to 5 min.",
                "Moved the warehouse to a Databricks lakehouse on Delta Lake.",
            ]
        }
    )
    posting = Posting("p", "Data Engineer\n\nRequirements:\n- Data structures\n- Building a data lake\n- Spark\n")
    found = keyword_coverage(cv, posting)
    assert found["algorithms and data structures"].status == "absent"
    assert found["Spark"].where == ("job0-b0",)
    assert [r.term for r in found["data lake"].related] == ["data lakehouse", "Delta Lake"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Data Engineer\n\nRequirements:\n- Ability to fine tune queries using indexes and partitioning\n", False),
        ("Marketing Manager\n\nRequirements:\n- Fine-tune campaigns from weekly results\n", False),
        ("ML Engineer\n\nRequirements:\n- Fine-tune large language models with LoRA\n", True),
        ("NLP Engineer\n\nRequirements:\n- Experience fine-tuning BERT for classification\n", True),
    ],
)
def test_fine_tuning_is_asked_only_where_models_are_trained(text: str, asked: bool) -> None:
    # To fine-tune queries or a campaign is to adjust it; the machine-learning skill is a model's further training.
    found = {k.term for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "skill"}
    assert ("fine-tuning" in found) is asked


def test_a_makers_products_in_a_bracket_after_its_name_are_each_that_product() -> None:
    # A skills line shortens a maker's products in a bracket after its name: "Lambda" and "Glue" alone are everyday
    # words, but after "AWS (" they are AWS Lambda and AWS Glue, however far down the list.
    cv = make_cv(
        {"Fernhill Freight": ["Ran the nightly loads."]},
        skills={"Cloud": ["AWS (S3, Glue, EMR, Kinesis, Redshift, Lambda)", "Azure (Functions and Data Factory)"]},
    )
    posting = Posting(
        "p",
        "Data Engineer\n\nRequirements:\n- AWS Lambda\n- AWS Glue\n- Azure Functions\n- Azure Data Factory\n",
    )
    found = keyword_coverage(cv, posting)
    products = ("AWS Lambda", "AWS Glue", "Azure Functions", "Azure Data Factory")
    assert [found[term].status for term in products] == ["selected"] * 4


def test_a_posting_asking_for_leaves_of_absence_finds_leaves_administered_as_related_evidence() -> None:
    """ "Oversee all leave of absence requests" asks for leave management by the leave itself; a CV that
    administered FMLA cases has administered leaves, evidence of it weaker than naming it."""
    cv = make_cv({"Wrenfield Castings": ["Administered FMLA cases for 300 employees."]})
    posting = Posting("p", "HR Generalist\n\nResponsibilities:\n- Oversee all leave of absence requests\n")
    found = keyword_coverage(cv, posting)["leave management"]
    assert found.status == "absent" and [r.term for r in found.related] == ["FMLA"]
