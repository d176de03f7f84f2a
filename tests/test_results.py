"""Result types and the checks on them: a posting that gives the CV owner's own contact details, has closed, or is a
recruiter's for an employer it does not name."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor import results
from tailor.cv.model import CV
from tailor.errors import TailorError
from tailor.pipeline import build, load, match
from tailor.rank import fit_label
from tailor.rank_postings import rank_postings
from tailor.results import Match, gives_own_contact


@pytest.fixture(scope="module")
def cv() -> CV:
    found = load("example").cv
    return found.model_copy(update={"contact": found.contact.model_copy(update={"phone": "+44 (20) 7946 0958"})})


def matched(tmp_path: Path, cv: str, posting: str) -> Match:
    """``tailor match`` of ``posting`` for ``cv``, each a file's text written to ``tmp_path``."""
    (tmp_path / "cv.yaml").write_text(cv, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(posting, encoding="utf-8")
    return match(tmp_path / "posting.txt", tmp_path / "cv.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "Call me on 020 7946 0958 any time.",
        "Phone: (20) 7946-0958",
        "Tel.\n+44.20.7946.0958\nLondon",
    ],
)
def test_a_text_giving_the_owners_phone_number_however_it_is_spaced_is_a_resume(cv: CV, text: str) -> None:
    assert gives_own_contact(cv, text)


@pytest.mark.parametrize(
    "text",
    [
        "We answer 120 calls a day across 7946 sites; ticket 0958 is closed.",  # its digits, apart
        "Salary 20,794,609.58 a year",  # run together by commas, no phone number's separators
        "Call 020 7946 0959 to apply.",
        "No numbers at all.",
    ],
)
def test_a_text_whose_digits_are_not_the_owners_number_is_no_resume(cv: CV, text: str) -> None:
    assert not gives_own_contact(cv, text)


POSTING_CLOSING = (
    "Data Engineer\n\nClosing date: 14 March 2025\n\nResponsibilities\n- Build data pipelines in Python and SQL.\n"
    "- Run Spark jobs on AWS.\n\nRequirements\n- Three years of Python.\n"
)


@pytest.mark.parametrize(("today", "warned"), [("2025-03-20", True), ("2025-03-14", False), ("2025-02-01", False)])
def test_a_posting_whose_closing_date_is_past_is_warned_of_with_the_day_it_closed(
    tmp_path: Path, today: str, warned: bool
) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING_CLOSING, encoding="utf-8")
    made = replace(match(posting, "example"), today=dt.date.fromisoformat(today))
    closed = [w for w in made.warnings if "closed on" in w]
    assert bool(closed) is warned
    if warned:
        assert "closed on 2025-03-14 (6 days ago): check that the job is still open" in closed[0]


SOCIAL_WORKER = """contact: {name: Dana Reyes, email: dana@example.org}
experience:
  - id: mercy
    employer: Mercy Hospital
    role: Medical Social Worker
    start: 2018
    bullets:
      - {id: m1, text: Completed psychosocial assessments and discharge plans for patients in skilled nursing.}
      - {id: m2, text: Led case management for 30 patients on the medical floor.}
certificates:
  - name: Licensed Clinical Social Worker (LCSW)
"""
NURSE_POSTING = (
    "Utilization Review Nurse\n\nResponsibilities\n- Case management and discharge planning for patients in "
    "skilled nursing.\n- Complete psychosocial assessments.\n\nRequirements\n- Registered Nurse (RN) license "
    "required.\n- Case management experience.\n"
)


def test_a_licence_the_posting_requires_and_the_cv_lacks_is_warned_of_whatever_the_fit(tmp_path: Path) -> None:
    # The social worker's bullets share most of the nurse posting's words; the licence they lack is the job's
    # condition, and the fit cannot say so.
    cv = tmp_path / "cv.yaml"
    cv.write_text(SOCIAL_WORKER, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(NURSE_POSTING, encoding="utf-8")
    made = match(posting, cv)
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires Registered Nurse (RN), which your CV")
    posting.write_text(NURSE_POSTING.replace("Registered Nurse (RN)", "Licensed Clinical Social Worker"), "utf-8")
    assert not [w for w in match(posting, cv).warnings if "licence or certification" in w]  # the CV holds it
    # A weak fit says the posting asks mostly for what the CV lacks; the licence it requires is named all the same.
    posting.write_text(
        "Telemetry Nurse\n\nRequirements\n- Registered Nurse (RN) license required.\n- Telemetry monitoring and "
        "IV therapy.\n- ACLS.\n",
        "utf-8",
    )
    weak = match(posting, cv)
    assert weak.ranking.fit.label in ("weak", "too short")
    assert [w for w in weak.warnings if w.startswith("The posting requires Registered Nurse (RN)")]


SOC_ANALYST = """contact: {name: Rae Okafor, email: rae@example.org}
experience:
  - employer: Harbor Bank
    role: SOC Analyst
    start: 2021
    bullets:
      - Triaged SIEM and EDR alerts in Splunk and CrowdStrike for a 24x7 SOC.
      - Led incident response for phishing and malware cases.
"""
CLEARED_SOC_POSTING = (
    "Cybersecurity Analyst\n\nResponsibilities\n- Triage SIEM and EDR alerts in Splunk and CrowdStrike.\n"
    "- Incident response for phishing and malware.\n\nRequirements\n- Active Secret clearance required.\n"
    "- SOC experience.\n"
)


def test_a_security_clearance_the_posting_requires_and_the_cv_lacks_is_a_condition_of_the_job(tmp_path: Path) -> None:
    # A cleared SOC job shares every word of an uncleared analyst's bullets; the clearance is the job's condition.
    made = matched(tmp_path, SOC_ANALYST, CLEARED_SOC_POSTING)
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith(
        "The posting requires Secret clearance (security clearance), which your CV"
    )
    assert made.ranking.fit.label != "strong" and made.only_a_clearance_lacking
    cleared = SOC_ANALYST + "certificates:\n  - name: Active Secret clearance\n"
    assert not [w for w in matched(tmp_path, cleared, CLEARED_SOC_POSTING).warnings if "licence or cert" in w]
    # One the hire may get after starting is no condition, nor is a respiratory therapist's airway clearance.
    for asked in ("Ability to obtain a Secret clearance.", "Airway clearance techniques required."):
        made = matched(tmp_path, SOC_ANALYST, CLEARED_SOC_POSTING.replace("Active Secret clearance required.", asked))
        assert not [w for w in made.warnings if "licence or certification" in w], asked


def test_a_clearance_required_beside_a_licence_lacking_is_no_clearance_alone(tmp_path: Path) -> None:
    # A licence lacking too makes the fit weak where few required keywords are said, as ever.
    posting = CLEARED_SOC_POSTING.replace("- SOC experience.\n", "- SOC experience.\n- CISSP certification required.\n")
    made = matched(tmp_path, SOC_ANALYST, posting)
    assert made.licence_lacking and not made.only_a_clearance_lacking


def test_the_licences_a_match_lacks_are_read_once_however_many_of_its_answers_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The label, the flags and the warnings each answer to them, and reading them searches every required line
    # for every keyword absent from the CV: a list of many postings asks it of every row.
    posting = CLEARED_SOC_POSTING.replace("- SOC experience.\n", "- SOC experience.\n- CISSP certification required.\n")
    made = matched(tmp_path, SOC_ANALYST, posting)
    assert made.flags == ("requires CISSP, Secret clearance (security clearance)",)
    asked: list[str] = []
    monkeypatch.setattr(results, "_names_a_credential", lambda said, *_: asked.append(said) or True)
    assert made.licence_lacking and not made.only_a_clearance_lacking
    assert [
        w for w in made.warnings if w.startswith("The posting requires CISSP, Secret clearance (security clearance)")
    ]
    assert made.flags == ("requires CISSP, Secret clearance (security clearance)",) and not asked
    # A match made anew from its parts reads them anew.
    assert replace(made, today=dt.date(2026, 1, 5)).flags and asked


_CREDENTIAL_WORDS = (
    "license", "licence", "licensed", "licenses", "LICENSE", "licensure", "certification", "Certifications",
    "certificate", "certified", "Certified", "registration", "registered", "credential", "credentials", "card",
    "cards", "as", "an", "RN", "CPR", "BLS", "Ohio", "current", "active", "required", "and", "or", "with",
    "experience", "in", ",", ";", "-", "(", ")",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CREDENTIAL_WORDS), max_size=8), st.sampled_from(["RN", "CPR", "BLS", "Ohio RN"]))
def test_a_line_asks_for_a_credential_by_its_pattern_only_where_it_names_a_kind_of_credential(
    words: list[str], said: str
) -> None:
    # The pattern of a keyword asked for as a credential is compiled for each keyword, and is searched only in the
    # lines that name a kind of credential: it reads none in a line without one.
    line = " ".join(words)
    if results._credential_pattern(said).search(line):
        assert results._A_CREDENTIALS_KIND.search(line)
    assert results._named_with_its_kind(said, line) == bool(results._credential_pattern(said).search(line))


def test_a_line_without_a_kind_of_credential_compiles_no_keywords_pattern() -> None:
    results._credential_pattern.cache_clear()
    lines = ["Two years of RN experience in a clinic.", "BLS and ACLS required; CPR a plus."]
    assert not results.asked_as_credential("RN", lines)
    assert results._credential_pattern.cache_info().currsize == 0
    assert results.asked_as_credential("RN", [*lines, "Current Ohio RN license required."])


AGENCY_POSTING = (
    "Payroll Coordinator (Direct Hire)\nBrightpath Staffing — Dayton, OH — Full-time\n\n"
    "Brightpath Staffing is partnering with a family-owned food distributor to find a Payroll Coordinator. "
    "Our client has 120 employees.\n\nResponsibilities\n- Run bi-weekly payroll in Python-built tools.\n"
    "- Reconcile payroll with SQL reports.\n\nRequirements\n- Two years of payroll experience.\n"
)


def test_a_recruiters_posting_for_a_client_it_does_not_name_is_warned_of_and_names_no_employer(tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(AGENCY_POSTING, encoding="utf-8")
    made = match(posting, "example")
    details = made.ranking.posting.structure.details if made.ranking.posting is not None else None
    assert details is not None and details.value("company") is None
    assert [w for w in made.warnings if "a recruiter's posting for a client it does not name" in w]
    # A posting the employer writes itself is warned of no such thing.
    posting.write_text(AGENCY_POSTING.replace("Brightpath Staffing is partnering with", "Hollis Foods is"), "utf-8")
    assert not [w for w in match(posting, "example").warnings if "recruiter's posting" in w]


@pytest.mark.parametrize(
    "asked",
    ["Current Ohio RN license.", "RN license required.", "Active RN licensure.", "Licensed as an RN in Ohio."],
)
def test_a_licence_asked_by_its_letters_and_a_word_of_licensing_is_warned_of(tmp_path: Path, asked: str) -> None:
    # "RN license" names the licence as surely as "Registered Nurse" does.
    made = matched(tmp_path, SOCIAL_WORKER, NURSE_POSTING.replace("Registered Nurse (RN) license required.", asked))
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires RN, which your CV")


@pytest.mark.parametrize(
    "asked",
    [
        "RN experience in skilled nursing.",  # the letters, with no word that asks for the licence
        "RN license preferred.",
        "RN license or eligible for licensure within 90 days.",
        "Current Ohio LCSW license or Ohio RN license.",  # a choice the CV meets
        # A credential named in its own words, with time to get it: the job does not wait on it.
        "Registered Nurse (RN) license, or the ability to obtain it within 90 days of hire.",
        "AALAS certification at the ALAT level, or the ability to obtain it within 12 months of hire.",
    ],
)
def test_letters_asked_otherwise_than_as_a_licence_held_now_are_no_licence_missing(tmp_path: Path, asked: str) -> None:
    made = matched(tmp_path, SOCIAL_WORKER, NURSE_POSTING.replace("Registered Nurse (RN) license required.", asked))
    assert not [w for w in made.warnings if "licence or certification" in w]


CASE_MANAGER_POSTING = (
    "Care Manager\n\nResponsibilities\n- Discharge planning for members in skilled nursing.\n- Complete "
    "psychosocial assessments.\n\nRequirements\n- Current, unrestricted LSW or LISW license in the state.\n"
    "- Case management experience.\n"
)


def test_a_social_work_licence_asked_by_its_states_letters_is_warned_of_when_the_cv_lacks_it(tmp_path: Path) -> None:
    # The LCSW is another state's title; the bullet's LSWs are the people supervised, no licence of one's own.
    cv = SOCIAL_WORKER.replace("discharge plans", "discharge plans; supervised two LSWs")
    warned = [w for w in matched(tmp_path, cv, CASE_MANAGER_POSTING).warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires LISW (or LSW), which your CV")


@pytest.mark.parametrize(
    "held", ["Licensed Social Worker (LSW)", "Licensed Independent Social Worker (LISW)", "LISW-S, State Board"]
)
def test_a_social_work_licence_of_the_grade_asked_or_above_meets_it(tmp_path: Path, held: str) -> None:
    # The independent licence is held by one who held the social worker's first, the supervision designation by
    # one who holds the independent licence.
    cv = SOCIAL_WORKER.replace("Licensed Clinical Social Worker (LCSW)", held)
    made = matched(tmp_path, cv, CASE_MANAGER_POSTING)
    assert not [w for w in made.warnings if "licence or certification" in w]
    lsw = next(k for k in made.coverage.keywords if k.keyword.term == "LSW")
    assert lsw.met


THERAPIST_POSTING = (
    "Outpatient Therapist\n\nResponsibilities\n- Complete psychosocial assessments for adults in outpatient care.\n"
    "- Case management and discharge planning with each client's care team.\n\nRequirements\n- Master of Social "
    "Work.\n- Licensed Master Social Worker (LMSW) required.\n"
)


@pytest.mark.parametrize(
    "held", ["Licensed Clinical Social Worker (LCSW)", "Licensed Independent Clinical Social Worker (LICSW)"]
)
def test_a_clinical_social_work_licence_meets_a_master_social_workers_licence_asked(tmp_path: Path, held: str) -> None:
    # A clinical licence is granted on the master's in social work after supervised practice at the master's level:
    # its holder is no less than the LMSW asked, and the fit is not held to partial as for a licence lacking.
    cv = SOCIAL_WORKER.replace("Licensed Clinical Social Worker (LCSW)", held)
    made = matched(tmp_path, cv, THERAPIST_POSTING)
    assert not [w for w in made.warnings if "licence or certification" in w]
    lmsw = next(k for k in made.coverage.keywords if k.keyword.term == "LMSW")
    assert lmsw.met
    assert not made.licence_lacking


def test_a_master_social_workers_licence_meets_no_clinical_licence_asked(tmp_path: Path) -> None:
    # The ladder runs one way: an LMSW has not yet had the supervised years a clinical licence asks.
    cv = SOCIAL_WORKER.replace("Licensed Clinical Social Worker (LCSW)", "Licensed Master Social Worker (LMSW)")
    clinical = "Licensed Clinical Social Worker (LCSW)"
    posting = THERAPIST_POSTING.replace("Licensed Master Social Worker (LMSW)", clinical)
    warned = [w for w in matched(tmp_path, cv, posting).warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires Licensed Clinical Social Worker (LCSW)")


CIVIL_ENGINEER = """contact: {name: Tomas Ferreira, email: tomas@example.org}
experience:
  - id: roads
    employer: County Roads Department
    role: Civil Engineer
    start: 2016
    bullets:
      - {id: r1, text: Designed drainage and grading plans for county road rehabilitation projects in Civil 3D.}
      - {id: r2, text: Prepared stormwater management reports and erosion control plans for permit review.}
certificates:
  - name: Licensed Professional Engineer (PE)
"""
ROADS_POSTING = (
    "Civil Engineer II\n\nResponsibilities\n- Design drainage, grading and stormwater management plans for road "
    "projects.\n- Prepare erosion control plans and permit applications.\n\nRequirements\n- Bachelor's degree in "
    "civil engineering.\n- EIT certification required.\n- Experience with Civil 3D.\n"
)


def test_a_professional_engineers_licence_meets_an_engineer_in_training_asked(tmp_path: Path) -> None:
    # A PE passed the Fundamentals of Engineering exam that makes an engineer in training on the way to the licence:
    # no licence is lacking, and the fit is not held to partial for one.
    made = matched(tmp_path, CIVIL_ENGINEER, ROADS_POSTING)
    assert not [w for w in made.warnings if "licence or certification" in w]
    assert next(k for k in made.coverage.keywords if k.keyword.term == "EIT").met
    assert not made.licence_lacking
    # The ladder runs one way: an engineer in training holds no PE licence a posting requires.
    cv = CIVIL_ENGINEER.replace("Licensed Professional Engineer (PE)", "Engineer in Training (EIT)")
    posting = ROADS_POSTING.replace("EIT certification required", "PE license required")
    assert matched(tmp_path, cv, posting).licence_lacking


HR_GENERALIST = """contact: {name: Priya Natarajan, email: priya@example.org}
experience:
  - id: harbor
    employer: Harbor Freightways
    role: HR Generalist
    start: 2015
    bullets:
      - {id: h1, text: Ran employee relations investigations and performance management for 400 staff.}
      - {id: h2, text: Administered benefits enrollment and onboarding in Workday.}
certificates:
  - name: SHRM Senior Certified Professional (SHRM-SCP)
  - name: SPHR, HR Certification Institute
"""


@pytest.mark.parametrize("asked", ["SHRM-CP certification required.", "PHR certification required."])
def test_a_senior_hr_certification_meets_the_professional_one_asked(tmp_path: Path, asked: str) -> None:
    posting = (
        "HR Business Partner\n\nResponsibilities\n- Lead employee relations investigations and performance "
        f"management.\n- Administer benefits and onboarding in Workday.\n\nRequirements\n- {asked}\n"
    )
    made = matched(tmp_path, HR_GENERALIST, posting)
    assert not [w for w in made.warnings if "licence or certification" in w]
    assert not made.licence_lacking
    # One way only: the professional's certification holds no senior one a posting requires.
    cv = HR_GENERALIST.replace("SHRM Senior Certified Professional (SHRM-SCP)", "SHRM Certified Professional (SHRM-CP)")
    cv = cv.replace("SPHR, HR Certification Institute", "PHR, HR Certification Institute")
    senior = posting.replace("SHRM-CP", "SHRM-SCP").replace("PHR", "SPHR")
    assert matched(tmp_path, cv, senior).licence_lacking


def test_credentials_listed_before_the_kind_they_all_are_are_each_warned_of(tmp_path: Path) -> None:
    asked = "ACLS, PALS and PHTLS certifications required."
    made = matched(tmp_path, SOCIAL_WORKER, NURSE_POSTING.replace("Registered Nurse (RN) license required.", asked))
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires ACLS, PALS, PHTLS, which your CV")
    assert warned[0].endswith("If you hold them, add them to your CV's certificates.")


@pytest.mark.parametrize(
    ("asked", "warned"),
    [
        ("BLS and ACLS certification required.", "ACLS, BLS"),  # initials before one kind: each is one
        (
            "Python and AWS certification required.",
            "AWS certification",
        ),  # a skill and one certification: the skill is none
    ],
)
def test_a_singular_kind_after_a_list_names_credentials_only_of_initials(
    tmp_path: Path, asked: str, warned: str
) -> None:
    made = matched(tmp_path, SOCIAL_WORKER, NURSE_POSTING.replace("Registered Nurse (RN) license required.", asked))
    assert any(w.startswith(f"The posting requires {warned}") and "Python" not in w for w in made.warnings)


def test_a_licence_of_another_state_that_meets_the_one_asked_as_one_of_its_kind_is_warned_of(tmp_path: Path) -> None:
    electrician = """contact: {name: Derek Holloway, email: derek@example.org}
experience:
  - id: cascade
    employer: Cascade Power & Light
    role: Electrical Project Manager
    start: 2021
    bullets:
      - {id: c1, text: Managed tenant improvement projects and ran submittals in Procore.}
certificates:
  - name: Washington Master Electrician License
"""
    posting = (
        "Electrical Project Manager\n\nResponsibilities\n- Manage tenant improvement projects in Procore\n\n"
        "Qualifications\n- Oregon General Journeyman Electrician (GJ) or General Supervising Electrician (GS) license "
        "required\n"
    )
    made = matched(tmp_path, electrician, posting)
    # the master's licence meets a journeyman's and an electrician's of any grade (the GS licence: one of their
    # kind), but it is Washington's
    warned = [w for w in made.warnings if "of Oregon" in w]
    assert len(warned) == 1 and "Journeyman Electrician license of Oregon" in warned[0]
    assert "from Washington only" in warned[0]


def test_a_state_licence_beside_a_drivers_licence_on_its_line_is_still_warned_of(tmp_path: Path) -> None:
    estimator = """contact: {name: Ray Ostrowski, email: ray@example.org}
experience:
  - id: a
    employer: Great Lakes Electric
    role: Senior Estimator
    start: 2018
    bullets:
      - {id: a1, text: Estimated commercial electrical projects in Accubid.}
certificates:
  - name: Michigan Master Electrician License
"""
    posting = (
        "Electrical Estimator\n\nRequirements: active Kentucky Master Electrician license required; 5+ years of "
        "electrical estimating; valid driver's license.\n"
    )
    made = matched(tmp_path, estimator, posting)
    assert any("of Kentucky" in w and "from Michigan only" in w for w in made.warnings)


COORDINATOR = """contact: {name: Ines Halloran, email: ines@example.org}
experience:
  - id: lakeview
    employer: Lakeview Cancer Center
    role: Clinical Research Coordinator
    start: 2019
    bullets:
      - {id: l1, text: Coordinated oncology and hematology trials and supported investigator-initiated studies.}
      - {id: l2, text: Delivered scientific presentations on multiple myeloma studies to investigators.}
education:
  - degree: Master of Science, Clinical Research Management
    institution: Westbrook University
  - degree: Bachelor of Science, Molecular Biology
    institution: Westbrook University
"""
DOCTORATE = "Doctoral degree (PharmD, PhD, MD or DNP) required."
LIAISON_POSTING = (
    "Medical Science Liaison, Hematology\n\nThe liaison builds relationships with investigators in multiple myeloma, "
    "delivers scientific presentations and supports investigator-initiated studies.\n\nRequirements\n"
    "- Doctoral degree (PharmD, PhD, MD or DNP) required.\n- 2+ years of oncology or hematology trial experience.\n"
)


def test_a_degree_the_posting_requires_above_the_cvs_highest_is_warned_of_and_flagged(tmp_path: Path) -> None:
    # The coordinator's bullets share the liaison posting's words; the doctorate it requires is beyond her master's.
    cv = tmp_path / "cv.yaml"
    cv.write_text(COORDINATOR, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(LIAISON_POSTING, encoding="utf-8")
    made = match(posting, cv)
    warned = [w for w in made.warnings if "a degree is a condition of the job" in w]
    assert len(warned) == 1
    assert warned[0].startswith(
        "The posting requires a doctoral degree ('Doctoral degree (PharmD, PhD, MD or DNP) required.'), which your "
        "CV's education does not show (its highest degree: Master of Science, Clinical Research Management)"
    )
    assert "requires a doctoral degree" in made.flags  # what rank and batch mark the posting with
    # Her bullets say the posting's work, so its score is a strong one; the degree keeps the fit from strong.
    assert made.ranking.fit.label == "partial" and fit_label(made.ranking.fit.score) == "strong"
    assert "so the fit reads partial at most" in warned[0]
    # A degree named of one field is required as that degree: a master's in another field does not hold it.
    posting.write_text(
        LIAISON_POSTING.replace("Doctoral degree (PharmD, PhD, MD or DNP) required.", "BSN required."), "utf-8"
    )
    assert "requires a BSN" in match(posting, cv).flags
    # Preferred, or a level the CV reaches in another field: nothing to warn of.
    for asked in ("Doctoral degree (PharmD, PhD or MD) preferred.", "Master's degree in Chemistry required."):
        posting.write_text(
            LIAISON_POSTING.replace("Doctoral degree (PharmD, PhD, MD or DNP) required.", asked), "utf-8"
        )
        made = match(posting, cv)
        assert not [w for w in made.warnings if "a degree is a condition" in w] and not made.flags, asked


HYGIENIST = """contact: {name: Marisol Ventura, email: marisol@example.org}
experience:
  - id: bright
    employer: Bright Smiles Family Dentistry
    role: Registered Dental Hygienist
    start: 2016
    bullets:
      - {id: b1, text: Provided scaling and root planing and administered local anesthesia for 9 patients a day.}
certificates:
  - {name: Registered Dental Hygienist (RDH), issuer: Ohio State Dental Board, date: '2013'}
  - {name: Local Anesthesia Permit, issuer: Ohio State Dental Board, date: '2014'}
"""
HYGIENE_POSTING = (
    "Dental Hygienist\nKeystone Dental Partners, Pittsburgh, PA\n\nResponsibilities\n- Scaling and root planing.\n"
    "\nRequirements\n- Active Pennsylvania dental hygiene license (RDH) required\n"
    "- Pennsylvania local anesthesia permit required\n- Two years of clinical experience\n"
)


def test_a_licence_required_of_one_state_that_the_cv_holds_of_another_only_is_warned_of(tmp_path: Path) -> None:
    # The letters are the same, and the keyword met; a state's licence lets one practise in that state alone.
    made = matched(tmp_path, HYGIENIST, HYGIENE_POSTING)
    warned = [w for w in made.warnings if "that state alone" in w]
    assert warned == [
        "The posting requires dental hygiene license (RDH) and local anesthesia of Pennsylvania ('Active Pennsylvania "
        "dental hygiene license (RDH) required'; 'Pennsylvania local anesthesia permit required'); your CV shows them "
        "from Ohio only. A state's licence lets you practise in that state alone: if you hold Pennsylvania's, add it "
        "to your CV's certificates."
    ]
    assert "requires Pennsylvania's dental hygiene license (RDH), local anesthesia" in made.flags
    # A compact's multistate licence is good in its other states: only the permit is warned of.
    compact = "{name: 'Registered Dental Hygienist (RDH), multistate compact license', issuer: Ohio State Dental Board"
    held = HYGIENIST.replace("{name: Registered Dental Hygienist (RDH), issuer: Ohio State Dental Board", compact)
    warned = [w for w in matched(tmp_path, held, HYGIENE_POSTING).warnings if "that state alone" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires local anesthesia of Pennsylvania")


def test_a_licence_held_of_another_state_only_is_shown_as_held_for_another_and_not_met(tmp_path: Path) -> None:
    # The warning says the Pennsylvania licence is lacking: the keyword table must not say it is met.
    made = matched(tmp_path, HYGIENIST, HYGIENE_POSTING)
    rdh = next(k for k in made.coverage.required if k.keyword.term == "RDH")
    assert rdh.status == "selected" and rdh.held_for == "Ohio" and not rdh.met
    assert rdh.shortfall is not None and rdh.shortfall.why == "held for Ohio only, not the one the posting requires"
    assert made.coverage.said == sum(k.met for k in made.coverage.required)
    # A licence of the state asked is met as before.
    held = HYGIENIST.replace("Ohio State Dental Board", "Pennsylvania State Board of Dentistry")
    rdh = next(k for k in matched(tmp_path, held, HYGIENE_POSTING).coverage.required if k.keyword.term == "RDH")
    assert rdh.met and not rdh.held_for and rdh.shortfall is None


def test_a_licence_asked_by_its_fields_name_without_its_letters_is_the_licence_of_that_state(tmp_path: Path) -> None:
    # Postings ask for "a dental hygiene license" as often as for the RDH: it is the same licence, of one state.
    posting = HYGIENE_POSTING.replace(
        "- Active Pennsylvania dental hygiene license (RDH) required\n"
        "- Pennsylvania local anesthesia permit required\n",
        "- Active Washington State dental hygiene license required\n",
    )
    made = matched(tmp_path, HYGIENIST, posting)
    assert "requires Washington's dental hygiene license (RDH)" in made.flags
    # Of a CV that holds no such licence at all, it is a licence the CV does not show.
    unlicensed = HYGIENIST.replace(
        "  - {name: Registered Dental Hygienist (RDH), issuer: Ohio State Dental Board, date: '2013'}\n", ""
    ).replace("role: Registered Dental Hygienist", "role: Dental Assistant")
    assert "requires dental hygiene license (RDH)" in matched(tmp_path, unlicensed, posting).flags


def test_a_permit_endorsed_on_the_licence_asked_is_no_way_round_the_state_it_is_of(tmp_path: Path) -> None:
    # A hygienist's licence "with local anesthesia endorsement" is Washington's, endorsed for anesthesia: no licensure
    # by endorsement from another state, which would let an Oregon licence do.
    posting = HYGIENE_POSTING.replace(
        "- Active Pennsylvania dental hygiene license (RDH) required\n"
        "- Pennsylvania local anesthesia permit required\n",
        "- Active Washington dental hygiene license (RDH) with local anesthesia endorsement required\n",
    )
    assert "requires Washington's dental hygiene license (RDH)" in " ".join(matched(tmp_path, HYGIENIST, posting).flags)


LAWYER = """contact: {name: Odile Farrant, email: odile@example.org}
experience:
  - employer: Marsh & Pell LLP
    role: Litigation Associate
    start: 2019
    bullets:
      - Drafted motions for summary judgment in commercial disputes.
      - Took and defended 30 depositions.
education:
  - {degree: J.D., institution: Temple University Beasley School of Law, end: 2019}
certificates:
  - {name: Pennsylvania Bar, date: 2019}
"""
LITIGATION_POSTING = (
    "Litigation Associate\n\nWe are a commercial litigation boutique in Miami defending businesses in contract "
    "disputes before state and federal courts.\n\nResponsibilities:\n- Draft motions and briefs\n- Take and defend "
    "depositions\n- Manage discovery\n\nRequirements:\n- Active member of the Florida Bar in good standing\n"
    "- 3+ years of commercial litigation experience\n- Experience taking depositions\n"
)


def test_a_bar_of_another_state_is_a_licence_held_for_it_and_the_states_own_meets_the_bar_asked(tmp_path: Path) -> None:
    # A state's bar admits its lawyers to practise there alone: Pennsylvania's is not the Florida Bar a posting asks.
    made = matched(tmp_path, LAWYER, LITIGATION_POSTING)
    bar = next(k for k in made.coverage.required if k.keyword.term == "bar admission")
    assert bar.keyword.said == "Florida Bar" and bar.held_for == "Pennsylvania" and not bar.met
    warned = [w for w in made.warnings if "that state alone" in w]
    assert warned and warned[0].startswith("The posting requires Florida Bar (bar admission) ('Active member of")
    held = LAWYER.replace("Pennsylvania Bar", "The Florida Bar")
    bar = next(
        k for k in matched(tmp_path, held, LITIGATION_POSTING).coverage.required if k.keyword.term == "bar admission"
    )
    assert bar.met and not bar.held_for


def test_admission_in_a_state_said_without_the_word_bar_is_the_states_bar_asked_and_held(tmp_path: Path) -> None:
    posting = LITIGATION_POSTING.replace("Active member of the Florida Bar in good standing", "Admitted in Florida")
    made = matched(tmp_path, LAWYER.replace("Pennsylvania Bar", "Admitted in New Jersey and New York"), posting)
    bar = next(k for k in made.coverage.required if k.keyword.term == "bar admission")
    assert bar.keyword.said == "Admitted in Florida" and bar.held_for == "New Jersey and New York" and not bar.met
    held = LAWYER.replace("Pennsylvania Bar", "Admitted in New York and Florida")
    bar = next(k for k in matched(tmp_path, held, posting).coverage.required if k.keyword.term == "bar admission")
    assert bar.met and not bar.held_for


def test_a_national_certification_that_names_no_state_leaves_the_state_licence_to_speak(tmp_path: Path) -> None:
    # An ASCP certification is held in no state; the California licence beside it is no New York licence.
    cv = """contact: {name: Priya Okoro, email: priya@example.org}
experience:
  - id: lab
    employer: Valley Regional Medical Center
    role: Clinical Laboratory Scientist
    start: 2019
    bullets:
      - {id: l1, text: Ran chemistry and hematology testing on cobas analyzers.}
certificates:
  - {name: California Clinical Laboratory Scientist License, date: '2019'}
  - {name: MLS(ASCP), issuer: American Society for Clinical Pathology, date: '2019'}
"""
    posting = (
        "Clinical Laboratory Technologist\n\nResponsibilities\n- Chemistry and hematology testing.\n\nQualifications\n"
        "- Current New York State Clinical Laboratory Technologist license required\n"
    )
    warned = [w for w in matched(tmp_path, cv, posting).warnings if "that state alone" in w]
    assert len(warned) == 1 and "of New York" in warned[0] and "from California only" in warned[0]
    # A licence of no state named may be the one asked: nothing is said.
    unnamed = cv.replace("California Clinical Laboratory Scientist License", "Clinical Laboratory Scientist License")
    assert not [w for w in matched(tmp_path, unnamed, posting).warnings if "that state alone" in w]


PHYSIO = """contact: {name: Ingrid Solberg, email: ingrid@example.org}
experience:
  - employer: Riverbend Orthopedic Rehab
    role: Physical Therapist
    start: 2018
    bullets:
      - Evaluated and treated outpatient orthopedic patients after knee and shoulder surgery.
certificates:
  - {name: Physical Therapist License, issuer: Idaho Board of Physical Therapy, date: '2018'}
"""


def test_a_physical_therapists_state_licence_is_the_licence_a_posting_asks_by_its_words(tmp_path: Path) -> None:
    # "Physical Therapist license" is one credential, the state's licence to practise, as "SLP license" is.
    posting = (
        "Outpatient Physical Therapist\n\nResponsibilities\n- Treat outpatient orthopedic patients.\n\n"
        "Requirements\n- Current Montana Physical Therapist license required\n"
    )
    made = matched(tmp_path, PHYSIO, posting)
    assert "PT license" in {k.keyword.term for k in made.coverage.required if k.status != "absent"}
    warned = [w for w in made.warnings if "that state alone" in w]
    assert len(warned) == 1 and "of Montana" in warned[0] and "from Idaho only" in warned[0]
    # The state the CV's licence is of: met, and nothing to warn of.
    idaho = matched(tmp_path, PHYSIO, posting.replace("Montana", "Idaho"))
    assert not [w for w in idaho.warnings if "that state alone" in w]


OCCUPATIONAL = """contact: {name: Tomasz Wrona, email: tomasz@example.org}
experience:
  - employer: Brightwater Children's Therapy
    role: Pediatric Occupational Therapist
    start: 2019
    bullets:
      - Evaluated children with sensory processing and fine motor delays using the BOT-2.
certificates:
  - {name: Oregon Occupational Therapist License, date: '2019'}
"""


@pytest.mark.parametrize(
    "asked",
    ["Current Nevada Occupational Therapist license required", "Active Nevada OT license", "Nevada OT licensure"],
)
def test_an_occupational_therapists_state_licence_is_the_licence_a_posting_asks_by_its_words(
    tmp_path: Path, asked: str
) -> None:
    # The state's licence to practise is one credential, as a physical therapist's is, by its letters or its words.
    posting = (
        "Pediatric Occupational Therapist\n\nResponsibilities\n- Treat children with fine motor delays.\n\n"
        f"Requirements\n- {asked}\n"
    )
    made = matched(tmp_path, OCCUPATIONAL, posting)
    assert "OT license" in {k.keyword.term for k in made.coverage.required if k.status != "absent"}
    warned = [w for w in made.warnings if "that state alone" in w]
    assert len(warned) == 1 and "of Nevada" in warned[0] and "from Oregon only" in warned[0]
    oregon = matched(tmp_path, OCCUPATIONAL, posting.replace("Nevada", "Oregon"))
    assert not [w for w in oregon.warnings if "that state alone" in w]


def test_a_licensed_occupational_therapists_certificate_is_the_ot_licence_and_a_supervisors_licence_none(
    tmp_path: Path,
) -> None:
    # A board's certificate names its holder; the licence a posting asks for is the same credential.
    held = "'Licensed Occupational Therapist, License #OT4471'"
    cv = OCCUPATIONAL.replace("Oregon Occupational Therapist License", held)
    posting = (
        "Occupational Therapist\n\nResponsibilities\n- Treat children with fine motor delays.\n\n"
        "Requirements\n- Current OT license required\n"
    )
    made = matched(tmp_path, cv, posting)
    assert "OT license" in {k.keyword.term for k in made.coverage.required if k.status != "absent"}
    # An assistant's posting names the OT who supervises: no licence the assistant is asked for.
    assistant = (
        "Certified Occupational Therapy Assistant\n\nResponsibilities\n- Carry out treatment plans under the "
        "supervision of a licensed occupational therapist.\n\nRequirements\n- Treat children with fine motor delays.\n"
    )
    assert "OT license" not in {k.keyword.term for k in matched(tmp_path, cv, assistant).coverage.required}


def test_an_otr_l_a_posting_requires_is_the_registered_occupational_therapist_an_otrs_cv_shows(
    tmp_path: Path,
) -> None:
    # In an occupational therapy text "OTR" is NBCOT's registered therapist, not a trucker's over-the-road.
    posting = (
        "Pediatric Occupational Therapist\n\nResponsibilities\n- Treat children with fine motor delays.\n\n"
        "Requirements\n- Current OTR/L required\n"
    )
    registered = OCCUPATIONAL.replace(
        "certificates:\n", "certificates:\n  - {name: NBCOT Certified (OTR), date: '2019'}\n"
    )
    made = matched(tmp_path, registered, posting)
    assert "Registered Occupational Therapist" in {
        k.keyword.term for k in made.coverage.required if k.status != "absent"
    }
    # An assistant's CV shows no registered therapist: a credential the posting requires that it lacks.
    assistant = OCCUPATIONAL.replace("Pediatric Occupational Therapist", "Certified Occupational Therapy Assistant")
    assert matched(tmp_path, assistant, posting).licence_lacking


def test_a_functional_capacity_evaluation_certification_required_is_a_credential_a_pediatric_ot_lacks(
    tmp_path: Path,
) -> None:
    # An FCE certification is a condition of an industrial rehab job, as a licence is: the fit reads partial at most.
    posting = (
        "Occupational Therapist - Industrial Rehabilitation\n\nResponsibilities\n"
        "- Perform functional capacity evaluations for injured workers.\n- Run work conditioning programs.\n\n"
        "Requirements\n- FCE certification (Matheson or WorkWell) required\n- Oregon OT license\n"
    )
    made = matched(tmp_path, OCCUPATIONAL, posting)
    assert made.licence_lacking
    assert [w for w in made.warnings if "requires FCE" in w]


@pytest.mark.parametrize(
    "asked",
    [
        "Active Ohio dental hygiene license (RDH) required",  # the state the CV's licence is of
        "Active dental hygiene license (RDH) required",  # no state named
        "Active Pennsylvania or Ohio dental hygiene license (RDH) required",  # a choice of states
        "Pennsylvania RDH license or eligibility for licensure by endorsement",  # a way round
        "Pennsylvania RDH license or licensure through endorsement",  # licensure by endorsement, eligibility unsaid
    ],
)
def test_a_licence_of_the_cvs_state_or_of_no_one_state_is_no_licence_of_another_state(
    tmp_path: Path, asked: str
) -> None:
    text = HYGIENE_POSTING.replace("- Active Pennsylvania dental hygiene license (RDH) required", f"- {asked}")
    made = matched(tmp_path, HYGIENIST, text.replace("- Pennsylvania local anesthesia permit required\n", ""))
    assert not [w for w in made.warnings if "that state alone" in w]


def test_the_issuer_at_the_head_of_a_certifications_name_is_no_credential_asked_for(tmp_path: Path) -> None:
    # "Offensive Security Certified Professional" is OSCP's name; the field it opens with, asked elsewhere as work
    # ("an offensive security role"), is no licence the CV lacks. "CPR certified" still asks for CPR.
    cv = tmp_path / "cv.yaml"
    cv.write_text(SOCIAL_WORKER, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Security Engineer\n\nResponsibilities\n- Lead offensive security testing of our web applications.\n- Build "
        "offensive security tooling for the red team.\n\nRequirements\n- Certifications such as OSCP (Offensive "
        "Security Certified Professional).\n- 5+ years in a similar offensive security role.\n- CPR certified.\n",
        "utf-8",
    )
    warned = " ".join(w for w in match(posting, cv).warnings if "licence or certification" in w)
    assert "offensive security" not in warned.lower() and "CPR" in warned


PROJECT_MANAGER = """contact: {name: Lena Marsh, email: lena@example.org}
experience:
  - id: oakline
    employer: Oakline Builders
    role: Project Manager
    start: 2017
    bullets:
      - {id: o1, text: Managed earthwork and concrete crews on tilt-up warehouses and ran submittals in Procore.}
certificates:
  - name: OSHA 30-Hour Construction Safety
"""


@pytest.mark.parametrize("asked", ["Class A CDL required", "Must hold a CDL"])
def test_a_credential_whose_letters_stand_for_a_licence_is_warned_of_though_the_line_says_no_licence(
    tmp_path: Path, asked: str
) -> None:
    # A CDL is a commercial driver's licence, as the lexicon spells it out: a condition of the job like any licence.
    posting = (
        "Site Superintendent\n\nResponsibilities\n- Run earthwork and concrete crews on tilt-up warehouses\n\n"
        f"Requirements\n- {asked}\n- OSHA 30\n- Procore\n"
    )
    made = matched(tmp_path, PROJECT_MANAGER, posting)
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and "CDL" in warned[0] and "OSHA" not in warned[0] and "Procore" not in warned[0]


def test_a_credentials_letters_that_say_what_experience_is_of_ask_no_credential(tmp_path: Path) -> None:
    posting = (
        "Site Superintendent\n\nResponsibilities\n- Run earthwork and concrete crews on tilt-up warehouses\n\n"
        "Requirements\n- Must have CPA firm experience or RN experience in a hospital\n- OSHA 30\n"
    )
    assert not [w for w in matched(tmp_path, PROJECT_MANAGER, posting).warnings if "licence or certification" in w]


# The fit's label answers to what the job requires, not only to the words the CV shares with the posting: three
# user passes found "strong" for a neighbouring trade's posting whose requirements the CV mostly lacks.
WAREHOUSE_SUPERVISOR = """contact: {name: Marisol Quintero, email: marisol@example.org}
experience:
  - employer: Lakeshore Cold Storage
    role: Warehouse Operations Supervisor
    start: 2020
    bullets:
      - Supervise 45 associates across receiving, putaway, picking and shipping in a grocery distribution center.
      - Schedule LTL and truckload carrier appointments and outbound trailer loading with the transportation team.
      - Cut dock-to-stock time by a third by redesigning inbound flow and cross-docking fast movers.
      - Coach leads and run daily safety huddles; cut recordable injuries 40%.
  - employer: Prairie Freight Services
    role: Shipping Lead
    start: 2016
    end: 2020
    bullets:
      - Loaded outbound LTL shipments, completed bills of lading and checked carrier paperwork.
      - Led cycle counts and resolved inventory variances in the WMS.
skills: [WMS, cycle counting, forklift, Microsoft Excel]
"""
TRANSPORTATION_MANAGER = """Transportation Manager

Responsibilities
- Manage a private fleet of 30 tractors and the drivers who run daily outbound deliveries to grocery stores.
- Schedule LTL and truckload carriers and coach dispatch leads on outbound loading and delivery windows.
- Lead safety programs for drivers and warehouse associates at the distribution center.

Requirements
- 5+ years of transportation management in distribution.
- Knowledge of DOT regulations and hours of service rules.
- Experience with ELD systems and a TMS such as MercuryGate.
- Route planning and route optimization.
- Drug and alcohol testing programs.
- Accident investigation.
- Carrier negotiation and freight audit.
- Fleet maintenance.
- Budget management.
- Experience with LTL and truckload carriers.
"""
PHARMA_QA = """Quality Assurance Specialist

Responsibilities
- Review executed batch records for packaging lines in our distribution center before product release.
- Investigate deviations, write CAPAs and support change control for warehouse and packaging operations.
- Audit receiving, storage and shipping areas against SOPs; support inventory and cycle count accuracy.

Requirements
- Working knowledge of cGMP and 21 CFR Parts 210/211.
- Experience with 21 CFR Part 11 and data integrity.
- Quality assurance experience in a regulated industry.
- Deviation management and root cause analysis.
- CAPA and change control.
- Batch record review.
- Internal audits.
- Writing SOPs.
- TrackWise or Veeva Vault.
- Risk assessment.
"""
OUTPATIENT_PT = """contact: {name: Joaquin Ferreira-Baptiste, email: jfb@example.org}
experience:
  - employer: Riverbend Orthopedic Rehab
    role: Outpatient Physical Therapist
    start: 2019
    bullets:
      - Evaluate and treat 12-14 outpatient orthopedic patients a day after joint replacement and spine surgery.
      - Write plans of care and daily notes in Epic and educate patients and families on home exercise programs.
      - Coordinate care with surgeons, nurses and case managers for patients discharged from ICU and acute care.
  - employer: Valley Sports Medicine
    role: Staff Physical Therapist
    start: 2016
    end: 2019
    bullets:
      - Treated athletes after ACL reconstruction with manual therapy and return-to-sport testing.
      - Monitored vital signs and patient safety during exercise for patients with cardiac conditions.
certificates:
  - name: Physical Therapist License
  - name: BLS Provider
skills: [manual therapy, patient education, Epic]
"""
ICU_NURSE = """ICU Registered Nurse

Responsibilities
- Provide direct care to critically ill patients in a 24-bed ICU.
- Monitor vital signs and patient safety, and educate patients and families.
- Coordinate care with physicians, therapists and case managers; document care in Epic.

Requirements
- Registered Nurse (RN) license required.
- BLS required.
- ICU or acute care experience.
"""

GRADE_TEACHER = """contact: {name: Marisol Okonkwo-Reyes, email: mor@example.org}
experience:
  - employer: Lakeview Elementary School
    role: Fourth Grade Teacher
    start: 2018
    bullets:
      - Teach a class of 28 fourth graders reading, writing and math, with small-group lessons for students below grade
        level.
      - Lead daily social-emotional learning circles and a classroom behavior plan that cut office referrals by half.
      - Meet with families at conferences and by phone to set goals for students who struggle at school.
      - Refer students to the school's student support team and follow up on their plans with the team.
  - employer: Cedar Hills Middle School
    role: Student Teacher
    start: 2017
    end: 2018
    bullets:
      - Planned and taught science units for sixth graders and graded their lab reports.
education:
  - institution: State University
    degree: Bachelor of Arts in Elementary Education
    end: 2017
certificates:
  - name: Multiple Subject Teaching Credential
skills: [classroom management, social-emotional learning, lesson planning]
"""
SCHOOL_COUNSELOR = """School Counselor

Northgate Unified School District is hiring a school counselor for one of its elementary schools.

Responsibilities
- Provide individual and group counseling to students on academic, career and social-emotional concerns.
- Deliver classroom lessons on social-emotional learning, bullying prevention and conflict resolution.
- Conduct suicide risk assessments and respond to student crises with the school's crisis team.
- Consult with teachers, families and community agencies, and make referrals to mental health services.
- Keep confidential counseling records and write 504 plans with the student support team.

Requirements
- Pupil Personnel Services (PPS) Credential in School Counseling required.
- Master's degree in school counseling or a related field.
- Knowledge of crisis intervention and trauma-informed practices.
- Experience with the ASCA National Model preferred.
"""


def test_a_strong_score_with_under_a_third_of_ten_or_more_required_keywords_said_reads_partial(tmp_path: Path) -> None:
    made = matched(tmp_path, WAREHOUSE_SUPERVISOR, TRANSPORTATION_MANAGER)
    assert made.ranking.score >= 0.18  # the carriers, loads and outbound deliveries the two jobs share
    assert len(made.coverage.required) >= 10 and made.coverage.said < len(made.coverage.required) / 3
    assert made.ranking.label == "partial"
    warned = [w for w in made.warnings if "required keywords are" in w]
    assert len(warned) == 1 and "a strong fit needs a third of them said, so the fit reads partial" in warned[0]
    # The same CV saying a third of them reads strong, as its score says.
    doing = WAREHOUSE_SUPERVISOR.replace(
        "      - Coach leads",
        "      - Planned routes for our fleet under DOT regulations and hours of service, with ELD logs in the TMS.\n"
        "      - Coach leads",
    )
    made = matched(tmp_path, doing, TRANSPORTATION_MANAGER)
    assert made.coverage.said >= len(made.coverage.required) / 3
    assert made.ranking.label == "strong" and not [w for w in made.warnings if "so the fit reads" in w]


SHORT_TRANSPORTATION_MANAGER = """Transportation Manager

Responsibilities
- Manage a private fleet of 30 tractors and the drivers who run daily outbound deliveries to grocery stores.
- Schedule LTL carrier appointments and plan outbound trailer loading and delivery windows with the warehouse.
- Lead safety huddles for drivers and warehouse associates at the distribution center.

Requirements
- Knowledge of DOT regulations and hours of service rules.
- Experience with ELD systems and a TMS such as MercuryGate.
- Route planning and fleet maintenance.
- Experience with LTL carriers.
"""


def test_a_strong_score_with_one_of_seven_required_keywords_said_reads_partial(
    tmp_path: Path,
) -> None:
    # Seven required keywords judge a CV less than fifteen do, not so little that one said makes a strong fit.
    made = matched(tmp_path, WAREHOUSE_SUPERVISOR, SHORT_TRANSPORTATION_MANAGER)
    required = len(made.coverage.required)
    assert made.ranking.score >= 0.18  # the outbound loading, carriers and safety huddles the two jobs share
    assert required == 7 and made.coverage.said == 1
    assert made.ranking.label == "partial"
    warned = [w for w in made.warnings if "required keywords are" in w]
    assert len(warned) == 1 and "a strong fit needs a third of them said, so the fit reads partial" in warned[0]
    # The same CV planning the routes under the rules the posting names reads strong, as its score says.
    doing = WAREHOUSE_SUPERVISOR.replace(
        "      - Coach leads",
        "      - Planned routes for our fleet under DOT regulations and hours of service, with ELD logs in the TMS.\n"
        "      - Coach leads",
    )
    made = matched(tmp_path, doing, SHORT_TRANSPORTATION_MANAGER)
    assert made.coverage.said >= len(made.coverage.required) / 3
    assert made.ranking.label == "strong" and not [w for w in made.warnings if "so the fit reads" in w]


def test_a_partial_score_with_under_a_tenth_of_the_required_keywords_said_reads_weak(tmp_path: Path) -> None:
    # One of nineteen said: under a tenth, counted as if one more were said and one more missed (2 / 21).
    posting = PHARMA_QA.replace(
        "- Risk assessment.\n",
        "- Risk assessment.\n- Good documentation practices (GDP).\n- Process validation (IQ/OQ/PQ).\n",
    )
    made = matched(tmp_path, WAREHOUSE_SUPERVISOR, posting)
    assert made.ranking.score >= 0.10  # a warehouse's audits, cycle counts and shipping
    assert (made.coverage.said, len(made.coverage.required)) == (1, 19)
    assert made.ranking.label == "weak"
    assert [w for w in made.warnings if w.startswith("The fit is weak") and "a partial fit needs a tenth" in w]


def test_a_required_licence_the_cv_does_not_show_keeps_the_fit_from_reading_strong(tmp_path: Path) -> None:
    # A physical therapist's CV shares an ICU nurse posting's words of patient care; it cannot do the job.
    made = matched(tmp_path, OUTPATIENT_PT, ICU_NURSE)
    assert made.ranking.score >= 0.18 and made.ranking.label == "partial"
    assert [w for w in made.warnings if "so the fit reads partial at most" in w]
    # Held, it reads as its score says.
    held = OUTPATIENT_PT.replace("  - name: BLS Provider", "  - name: BLS Provider\n  - name: Registered Nurse (RN)")
    assert matched(tmp_path, held, ICU_NURSE).ranking.label == "strong"


def test_a_licence_lacking_from_a_fit_weak_by_its_score_is_named_without_a_cap_above_the_label(tmp_path: Path) -> None:
    # A warehouse supervisor's CV shares next to nothing with an ICU nurse posting: weak by its score. The licence it
    # lacks is still named, but "partial at most" beside "The fit is weak" would only puzzle.
    made = matched(tmp_path, WAREHOUSE_SUPERVISOR, ICU_NURSE)
    assert made.ranking.label == "weak"
    lacking = [w for w in made.warnings if w.startswith("The posting requires Registered Nurse")]
    assert len(lacking) == 1 and "a licence or certification is a condition of the job. If you hold it" in lacking[0]
    assert not [w for w in made.warnings if "partial at most" in w]


def test_a_licence_lacking_not_the_share_of_under_ten_required_keywords_is_what_a_warning_says_lowered_the_fit(
    tmp_path: Path,
) -> None:
    # Seven required keywords are too few for their share to bound the label: it is the credential that lowers it.
    cv = GRADE_TEACHER.replace("follow up on their plans", "follow up on their 504 plans")
    made = matched(tmp_path, cv, SCHOOL_COUNSELOR)
    assert made.ranking.score >= 0.18 and made.ranking.label == "partial"
    assert len(made.coverage.required) < 10 and made.coverage.said < len(made.coverage.required) / 3
    assert not [w for w in made.warnings if "needs a third" in w or "is a strong one" in w]
    assert [w for w in made.warnings if "requires Pupil Personnel Services" in w and "partial at most" in w]


def test_a_licence_lacking_with_at_most_a_quarter_of_a_few_required_keywords_said_reads_weak(tmp_path: Path) -> None:
    # A teacher's CV shares a school counselor's students, families and social-emotional learning; it says one of the
    # posting's seven required keywords and not the credential the job cannot be done without.
    made = matched(tmp_path, GRADE_TEACHER, SCHOOL_COUNSELOR)
    assert made.ranking.score >= 0.10 and made.ranking.label == "weak"
    assert len(made.coverage.required) < 10 and made.coverage.said <= len(made.coverage.required) / 4
    weak = [w for w in made.warnings if w.startswith("The fit is weak")]
    assert len(weak) == 1 and "and not the licence it requires" in weak[0] and "needs a third" not in weak[0]
    assert [w for w in made.warnings if "partial at most (weak, as your CV says no more than a quarter" in w]
    # Held, the credential is said: the fit reads as its score says.
    held = GRADE_TEACHER.replace(
        "  - name: Multiple Subject Teaching Credential",
        "  - name: Multiple Subject Teaching Credential\n  - name: Pupil Personnel Services (PPS) Credential",
    )
    made = matched(tmp_path, held, SCHOOL_COUNSELOR)
    assert made.ranking.label != "weak" and not [w for w in made.warnings if "requires Pupil" in w]


def test_a_fit_made_weak_by_a_licence_lacking_says_so_where_ten_or_more_required_keywords_lowered_it_a_step(
    tmp_path: Path,
) -> None:
    # Of twelve required keywords the CV says two: under a third (strong to partial), over a tenth (partial stays), at
    # most a quarter with the credential lacking (weak). The credential makes it weak, and the warnings say so.
    posting = SCHOOL_COUNSELOR.replace(
        "- Knowledge of crisis intervention and trauma-informed practices.\n",
        "- Knowledge of crisis intervention and trauma-informed practices.\n"
        "- Experience with MTSS, PBIS and restorative practices.\n"
        "- Experience in IEP meetings and with Section 504 plans.\n"
        "- Training in motivational interviewing and CBT.\n",
    )
    cv = GRADE_TEACHER.replace("follow up on their plans", "follow up on their IEP plans in IEP meetings")
    made = matched(tmp_path, cv, posting)
    required, said = len(made.coverage.required), made.coverage.said
    assert made.ranking.score >= 0.18 and required >= 10 and required / 10 <= said < required / 3
    assert made.ranking.label == "weak"
    weak = [w for w in made.warnings if w.startswith("The fit is weak")]
    assert len(weak) == 1 and "and not the licence it requires" in weak[0] and "needs a third" not in weak[0]
    assert [w for w in made.warnings if "partial at most (weak, as your CV says no more than a quarter" in w]


def test_a_label_lowered_by_the_required_keywords_is_what_min_fit_reads(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(WAREHOUSE_SUPERVISOR, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(TRANSPORTATION_MANAGER, encoding="utf-8")
    with pytest.raises(TailorError, match="is partial"):
        build(tmp_path / "posting.txt", tmp_path / "cv.yaml", out=tmp_path / "out", min_fit="strong")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    for top in (0, 1):
        shortlist = rank_postings([tmp_path / "posting.txt"], tmp_path / "cv.yaml", min_fit="strong", top=top)
        assert not shortlist.fits and shortlist.below == 1
        shown = rank_postings([tmp_path / "posting.txt"], tmp_path / "cv.yaml", top=top).fits
        assert [f.fit for f in shown] == ["partial"]


def test_top_shows_as_many_as_fit_when_a_label_lowered_by_its_required_keywords_leaves_one_out(tmp_path: Path) -> None:
    # The transportation posting scores best but reads partial once its required keywords are read; the receiving
    # supervisor's posting, scoring a little less and strong, is the one --top 1 --min-fit strong shows.
    (tmp_path / "cv.yaml").write_text(WAREHOUSE_SUPERVISOR, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TRANSPORTATION_MANAGER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Receiving Supervisor\n\nResponsibilities\n- Supervise receiving associates in a grocery distribution "
        "center.\n- Keep the break room stocked and the parking lot clear of snow.\n- Answer the front desk phone "
        "and greet visitors to the corporate office.\n\nRequirements\n- 3+ years leading warehouse associates.\n"
        "- A valid driver's licence for errands between our two offices.\n",
        encoding="utf-8",
    )
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    every = rank_postings(paths, tmp_path / "cv.yaml").fits
    # Listed by label, then score: the strong one first, though the partial one scores more.
    assert [(Path(f.source).name, f.fit) for f in every] == [("b.txt", "strong"), ("a.txt", "partial")]
    shortlist = rank_postings(paths, tmp_path / "cv.yaml", min_fit="strong", top=1)
    assert [(Path(f.source).name, f.fit) for f in shortlist.fits] == [("b.txt", "strong")]
    assert (shortlist.below, shortlist.beyond_top) == (1, 0)


def test_a_batch_labels_and_leaves_out_by_the_label_its_match_gives(tmp_path: Path) -> None:
    from tailor.batch import plan, run

    (tmp_path / "cv.yaml").write_text(WAREHOUSE_SUPERVISOR, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(TRANSPORTATION_MANAGER, encoding="utf-8")
    strong = plan([tmp_path / "posting.txt"], tmp_path / "cv.yaml", out=tmp_path / "out", min_fit="strong")
    assert not strong.jobs and [p.label for p in strong.below] == ["partial"]
    every = plan([tmp_path / "posting.txt"], tmp_path / "cv.yaml", out=tmp_path / "out")
    assert [outcome.label for outcome in run(every)] == ["partial"]


SCIENCE_TEACHER = """contact:
  name: Ilse Marchetti
experience:
  - employer: Harrow Creek High School
    role: Biology Teacher
    start: 2015
    bullets:
      - Teach biology and AP Biology to 140 students and implement IEP and 504 plan accommodations.
      - Lead the science department's PLC and analyze benchmark data to plan small-group intervention.
      - Deliver professional development to colleagues on Google Classroom and lab safety.
certificates:
  - name: Single Subject Teaching Credential, Biological Sciences
    issuer: Commission on Teacher Credentialing
"""


@pytest.mark.parametrize(
    ("posting", "named"),
    [
        (
            "School Counselor\n\nDuties\n- Provide academic and college counseling to 400 students.\n- Facilitate 504 "
            "plan meetings and take part in IEP meetings.\n\nQualifications\n- Valid Pupil Personnel Services (PPS) "
            "Credential in School Counseling required.\n- Experience analyzing student data.\n",
            "Pupil Personnel Services (PPS) Credential",
        ),
        (
            "Assistant Principal\n\nDuties\n- Supervise the science department and its PLC.\n- Oversee 504 plans and "
            "IEP compliance.\n\nQualifications\n- Administrative Services Credential required.\n- Five years of "
            "teaching.\n",
            "Administrative Services Credential",
        ),
    ],
)
def test_a_credential_a_state_issues_for_school_work_is_a_licence_the_cv_lacks(
    tmp_path: Path, posting: str, named: str
) -> None:
    # US states name their educators' licences credentials: a teacher's bullets share a counselor's or an
    # administrator's words, but without that credential the job is not open to them.
    made = matched(tmp_path, SCIENCE_TEACHER, posting)
    warned = [w for w in made.warnings if "licence or certification" in w]
    assert len(warned) == 1 and warned[0].startswith(f"The posting requires {named}")


def test_googles_educator_certification_asked_at_a_level_is_one_credential_with_its_alternative(tmp_path: Path) -> None:
    posting = (
        "Instructional Technology Coach\n\nDuties\n- Deliver professional development on Google Classroom.\n- Model "
        "lessons and co-teach.\n\nQualifications\n- Valid teaching credential required.\n- Google Certified Educator "
        "Level 2 or Google Certified Trainer required.\n- ISTE Certified Educator preferred.\n"
    )
    made = matched(tmp_path, SCIENCE_TEACHER, posting)
    terms = {k.keyword.term: k.keyword.required for k in made.coverage.keywords}
    assert {"Google Certified Educator", "Google Certified Trainer", "ISTE Certified Educator"} <= set(terms)
    assert terms["Google Certified Educator"] and not terms["ISTE Certified Educator"]  # preferred
    assert not any(t in terms for t in ("Google Certified", "Certified Educator"))
    held = SCIENCE_TEACHER + "  - name: Google Certified Educator Level 1\n    issuer: Google for Education\n"
    again = matched(tmp_path, held, posting).coverage.keywords
    educator = next(k for k in again if k.keyword.term == "Google Certified Educator")
    assert educator.met


ADJUSTER = """contact: {name: Rosa Lindqvist, email: rosa@example.org}
experience:
  - employer: Red Mesa Mutual
    role: Property Field Adjuster
    start: 2019
    bullets:
      - Inspected wind and hail losses and wrote estimates in Xactimate.
certificates:
  - {name: Texas All Lines Adjuster License, issuer: Texas Department of Insurance}
  - {name: Louisiana Claims Adjuster License}
"""
ADJUSTER_POSTING = """Property Field Adjuster

Responsibilities
- Inspect wind and hail losses and write estimates in Xactimate.

Requirements
- Valid All-Lines Adjuster license in FL required
- 3+ years of property claims experience
"""


def test_a_licence_required_of_a_state_by_its_code_that_the_cv_holds_of_another_only_is_warned_of(
    tmp_path: Path,
) -> None:
    # Adjusters' and nurses' postings name the state by its code as often as by its name.
    warned = [w for w in matched(tmp_path, ADJUSTER, ADJUSTER_POSTING).warnings if "that state alone" in w]
    assert len(warned) == 1 and "of Florida" in warned[0] and "from Louisiana and Texas only" in warned[0]
    # A certificate that names its state by its code is that state's licence.
    held = ADJUSTER.replace("{name: Louisiana Claims Adjuster License}", "{name: FL 7-20 All Lines Adjuster License}")
    assert not [w for w in matched(tmp_path, held, ADJUSTER_POSTING).warnings if "that state alone" in w]


PHARMACIST = """contact: {name: Tomas Ekwueme}
experience:
  - employer: Lakeview General Hospital
    role: Clinical Pharmacist
    start: 2019-06
    bullets:
      - Verified medication orders in Epic for critical care patients of a 30-bed ICU and rounded daily.
      - Dosed vancomycin and aminoglycosides by pharmacokinetics for 20 consults a shift.
      - Compounded sterile preparations to USP <797> and precepted PGY1 residents.
      - Managed heparin nomograms and TPN orders; educated patients on new medications at discharge.
certificates:
  - {name: Registered Pharmacist (RPh), issuer: Ohio Board of Pharmacy}
"""


def pharmacist_posting(specialty: str) -> str:
    return (
        f"Clinical Pharmacist - {specialty}\n\nResponsibilities:\n"
        f"- Verify medication orders in Epic and round with the {specialty.lower()} team\n"
        "- Dose vancomycin and aminoglycosides by pharmacokinetics\n"
        "- Compound sterile preparations to USP <797>; precept PGY1 residents\n"
        f"- Educate patients on {specialty.lower()} medications at discharge\n\n"
        "Requirements:\n- PharmD\n- Active Ohio pharmacist license\n"
        f"- Experience in {specialty.lower()} pharmacy\n"
    )


def test_a_specialty_the_jobs_title_names_that_the_cv_does_not_say_keeps_the_fit_from_strong(tmp_path: Path) -> None:
    # An ICU pharmacist's bullets share an oncology pharmacist's posting's every word of the trade: its score is a
    # strong one, but the job is oncology, which the CV never says.
    oncology = matched(tmp_path, PHARMACIST, pharmacist_posting("Oncology"))
    assert fit_label(oncology.ranking.fit.score) == "strong" and oncology.ranking.fit.label == "partial"
    (warned,) = [w for w in oncology.warnings if "the job's specialty" in w]
    # Named as the title writes it, not as the duties first do ("the oncology team").
    assert warned.startswith("The job's title names Oncology, which your CV does not say")
    # The specialty it holds, named the same way, leaves the fit strong.
    critical = matched(tmp_path, PHARMACIST, pharmacist_posting("Critical Care"))
    assert critical.ranking.fit.label == "strong" and critical.specialty_lacking == []
    # Said in other words the lexicon relates to it ("DeepSpeed", "sharding" for distributed training), it is no
    # specialty lacking: the bundled example's posting, "…, Distributed Training", stays strong.
    example = match(Path(__file__).parents[1] / "examples" / "distributed-training-engineer.md", "example")
    assert example.ranking.fit.label == "strong" and example.specialty_lacking == []


@pytest.mark.parametrize("joined", ["Critical Care/Oncology", "Oncology & Critical Care"])
def test_specialties_a_title_joins_are_one_field_of_which_one_said_is_no_specialty_lacking(
    tmp_path: Path, joined: str
) -> None:
    # "Clinical Pharmacist - Critical Care/Oncology", as hematology/oncology and cardiology/telemetry jobs are titled:
    # the job's field is the two together, and a CV that says one of them is in it; the other stays a keyword it
    # lacks, but no cap on the fit. Alone, the one the CV never says still is its specialty.
    posting = pharmacist_posting("Oncology").replace("Pharmacist - Oncology", f"Pharmacist - {joined}")
    posting = posting.replace("Requirements:\n", "Requirements:\n- Critical care experience\n")
    both = matched(tmp_path, PHARMACIST, posting)
    assert "oncology" in [k.keyword.term for k in both.coverage.required if k.status == "absent"]
    assert both.specialty_lacking == [] and not [w for w in both.warnings if "the job's specialty" in w]
    alone = matched(tmp_path, PHARMACIST, posting.replace(joined, "Oncology"))
    assert alone.specialty_lacking == ["Oncology"]


def test_a_team_the_jobs_title_names_after_the_job_is_where_the_job_sits_not_its_specialty(tmp_path: Path) -> None:
    # "Clinical Pharmacist | Lakeview Agile Delivery Team": the team the job joins, named by its way of working, is
    # no specialty the CV lacks; the same word as the job's specialty still is.
    posting = pharmacist_posting("Oncology").replace("Requirements:\n", "Requirements:\n- Agile ways of working\n")
    team = posting.replace("Clinical Pharmacist - Oncology", "Clinical Pharmacist | Lakeview Agile Delivery Team")
    posted = matched(tmp_path, PHARMACIST, team)
    assert "Agile" in [k.keyword.said for k in posted.coverage.required if k.status == "absent"]
    assert posted.specialty_lacking == [] and not [w for w in posted.warnings if "the job's specialty" in w]
    agile = posting.replace("Clinical Pharmacist - Oncology", "Clinical Pharmacist | Agile")
    assert matched(tmp_path, PHARMACIST, agile).specialty_lacking == ["Agile"]


ARCHITECT = """contact: {name: Ines Calder, email: ines@example.org}
experience:
  - id: fern
    employer: Fernbrook Studio
    role: Project Architect
    start: 2016
    bullets:
      - {id: f1, text: Led construction documents and construction administration for a 60000 SF clinic in Revit.}
      - {id: f2, text: Reviewed submittals and answered RFIs through a two-year build.}
certificates:
  - {name: Registered Architect, issuer: Maine Board for Licensure of Architects}
"""
STUDIO_POSTING = (
    "Project Architect\n\nResponsibilities\n- Lead construction documents and construction administration.\n\n"
    "Requirements\n- Current architectural registration required.\n- Proficiency in Revit.\n"
)


def test_an_architects_registration_a_posting_requires_is_a_licence_only_a_registered_architect_shows(
    tmp_path: Path,
) -> None:
    assert not matched(tmp_path, ARCHITECT, STUDIO_POSTING).licence_lacking
    # A designer not yet licensed lacks it, and is told so: the fit is held to partial.
    designer = ARCHITECT.replace(
        "certificates:\n  - {name: Registered Architect, issuer: Maine Board for Licensure of Architects}\n", ""
    )
    made = matched(tmp_path, designer, STUDIO_POSTING)
    assert made.licence_lacking
    assert [w for w in made.warnings if "architectural registration" in w]


THERAPIST = """contact: {name: Tomas Reyes, email: tomas@example.org}
experience:
  - id: clinic
    employer: Riverbend Orthopedic Rehab
    role: Staff Physical Therapist
    start: 2017
    bullets:
      - {id: c1, text: Wrote progress notes and home exercise programs for 14 orthopedic patients a day.}
education:
  - {degree: Doctor of Physical Therapy, institution: Lakeshore University, end: '2017'}
certificates:
  - {name: Licensed Physical Therapist, issuer: Oregon Physical Therapist Licensing Board, date: '2017'}
"""
THERAPY_POSTING = (
    "Physical Therapist\nHarbor Rehab, Albany, NY\n\nResponsibilities\n- Write progress notes and home exercise "
    "programs.\n\nRequirements\n- Current Physical Therapy License issued by the State of New York\n"
    "- Bachelor's Degree in Physical Therapy\n"
)


def test_the_field_a_licence_of_another_state_is_named_after_is_still_the_field_the_cv_works_in(
    tmp_path: Path,
) -> None:
    # "Physical Therapy License issued by the State of New York" asks two things: the licence, which an Oregon
    # licence is not, and physical therapy, which the CV's titles and degree show whatever state they were in.
    made = matched(tmp_path, THERAPIST, THERAPY_POSTING)
    held = {k.asked: k.held_for for k in made.coverage.required}
    assert held["physical therapy"] == ""
    assert next(k for k in made.coverage.required if k.asked == "physical therapy").met
    assert held["Physical Therapy License (PT license)"] == "Oregon"
    warned = [w for w in made.warnings if "that state alone" in w]
    assert len(warned) == 1 and warned[0].startswith("The posting requires Physical Therapy License (PT license) of ")
