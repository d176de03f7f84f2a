"""Who a text names as other people: a posting and a CV read the same words alike."""

from __future__ import annotations

import pytest

from tailor.cv.model import CV
from tailor.keywords import keywords
from tailor.posting import Posting
from tailor.rank import analyse_posting
from tests.conftest import keyword_coverage, make_cv

ALIKE = [
    # People in the plural, named by their field or just before their job's word: colleagues and hires.
    ("Partner with data engineers on pipelines", "data engineering", True),
    ("Partner with network engineers on outages", "computer networking", True),
    ("Partner with DevOps engineers on outages", "DevOps", True),
    ("Partner with machine learning engineers on models", "machine learning", True),
    # Someone worked with or reported to, and the people hired.
    ("Partner with the Scrum Master on sprints", "Scrum Master", True),
    ("Report test coverage to product owners", "product management", True),
    ("Support go-to-market hiring", "go-to-market strategy", True),
    # One person named by a skill and their job, someone worked with, even as the last of a list of them.
    ("Work closely with our UX designer on menus", "UX design", True),
    ("Work closely with our engineers, lead level designer, and UX designer on menus", "UX design", True),
    ("Partner with the product manager and ML engineer on ranking", "machine learning", True),
    # After "your", as a posting addresses its hire; or before a word for one's own colleague ("partner").
    ("Work closely with your UX designer on menus", "UX design", True),
    ("Build pipeline with your SDR partner on outbound", "sales development", True),
    ("Plan launches with your product marketing counterpart each quarter", "product marketing", True),
    # One the job answers to or serves, in the singular.
    ("Edit ladder logic under the direction of the controls engineer", "control systems", True),
    ("Prepare weekly usage reports for our product manager", "product management", True),
    ("Assist the UX designer with usability studies", "UX design", True),
    # One person whose job is two words, the skill's letters before them; a possessive among the words before.
    ("Coordinate care with the patient's physician and RN case manager", "RN", True),
    # The last of two people worked with, each after their own "the", with a word of their field before the skill.
    ("Work closely with the Clinical Trial Manager and the Clinical Team Lead", "team leadership", True),
    ("Partner with the store manager and our senior UX designer on signage", "UX design", True),
    # The first of two fields that share the job's word after them: "Android and backend engineers" are Android
    # engineers and backend engineers, colleagues both; so with a slash, "iOS/Android developers".
    ("Build features with our Android and backend engineers", "Android", True),
    ("Plan releases with iOS/Android developers", "iOS", True),
    ("Pair with our Python and Go engineers on services", "Python", True),
    # Two fields that share a thing after them are one's own work: "Android and web apps" are apps.
    ("Ship Android and web apps with the designers", "Android", False),
    # A verb in the past after the "and" opens a clause of its own: the people are its object, no field's.
    ("Compounded sterile preparations to USP <797> and precepted PGY1 residents", "USP <797>", False),
    ("Rolled out Omnicell and trained pharmacy technicians on it", "Omnicell", False),
    # A word of that form that says what the people are still shares their word with the field before it.
    ("Worked with Omnicell and certified pharmacy technicians", "Omnicell", True),
    # A degree before the people who study for it is their programme, no degree of the one who taught them; a
    # subject before them is what was taught.
    ("Precept MBA students on their capstone projects", "MBA", True),
    ("Supervise PharmD students on rotations", "PharmD", True),
    ("Teach ESL students in evening classes", "ESL", False),
    # Work done to people, software named as workers, a field before a thing: one's own.
    ("Mentor engineers in code review", "mentoring", False),
    ("Deploy Cloudflare Workers at the edge", "Cloudflare", False),
    # Drivers and operators of a vehicle or a machine are people, though drivers and operators alone may be software.
    ("Supervise a crew of loaders and forklift drivers", "forklift operation", True),
    ("Lead a team of forklift operators on nights", "forklift operation", True),
    # So are drivers named by the licence they hold: a fleet supervisor's or a dispatcher's, no licence of one's own.
    ("Supervise 4 dispatchers and 60 CDL drivers", "CDL", True),
    ("Dispatch our CDL drivers across three states", "CDL", True),
    ("Write device drivers for the sensors", "device drivers", False),
    ("Operate with a DevOps mindset", "DevOps", False),
    ("Own UX design of menus with the product manager", "UX design", False),
    ("Hired as the controls engineer for two plants", "control systems", False),
    ("Served as the RN case manager for two units", "RN", False),
    ("Served as the Clinical Team Lead and the study's first coordinator", "team leadership", False),
    # A list's next item that is hiring is work of one's own beside it, no people hired for the skill.
    ("Oversee performance management, hiring and training of shop staff", "performance management", False),
    # A registry or society named after its people grants a credential: its name asks for no colleagues.
    ("Registered with the American Registry of Radiologic Technologists", "ARRT", False),
    ("Certified by the National Registry of Emergency Medical Technicians", "NREMT", False),
]


@pytest.mark.parametrize(("words", "term", "people"), ALIKE)
def test_words_that_name_people_are_no_keyword_of_a_posting_nor_evidence_in_a_cv(
    words: str, term: str, people: bool
) -> None:
    posting = Posting("p", f"# Lead\n\n## Requirements\n\n- {words}\n- Forklift licence\n")
    assert (term not in {k.term for k in keywords(analyse_posting(posting))}) is people
    asks = Posting("p", f"Lead\n\nRequirements:\n- {term}\n- Forklift licence\n")
    cv = make_cv({"Acme": [f"{words}.", "Sold bicycles."]})
    found = {term: k.status for term, k in keyword_coverage(cv, asks).items()}
    assert found[term] == ("absent" if people else "selected")


def test_a_posting_asks_for_the_field_of_its_own_title_wherever_it_names_its_people() -> None:
    posting = Posting("p", "# Data Engineer\n\n## Requirements\n\n- Join our data engineers on pipelines\n- Python\n")
    assert "data engineering" in {k.term for k in keywords(analyse_posting(posting))}
    other = Posting("p", "# Data Scientist\n\n## Requirements\n\n- Join our data engineers on pipelines\n- Python\n")
    assert "data engineering" not in {k.term for k in keywords(analyse_posting(other))}


def test_the_people_a_cv_worked_beside_are_no_related_evidence_of_being_one() -> None:
    cv = make_cv(
        {
            "St. Jude Clinic": [
                "Interpreted for triage nurses in the emergency department.",
                "Registered patients for outpatient imaging.",
            ]
        }
    )
    posting = Posting("p", "Clinic Assistant\n\nRequirements:\n- Patient care experience\n- Scheduling\n")
    found = keyword_coverage(cv, posting)
    assert found["patient care"].related == ()  # nursing is patient care's kin; the nurses were others
    nurse = make_cv({"St. Jude Clinic": ["Precepted new graduate nurses as a triage nurse."]})
    found = keyword_coverage(nurse, posting)
    assert [r.term for r in found["patient care"].related] == ["nurse"]  # said as her own job too: her own


POSTING_TITLES = [
    # Titles and credentials of people the hire works with, answers to, leads or serves: no keyword.
    ("Develop cycle menus with the Executive Chef and the Registered Dietitian", "RDN", False),
    ("Lead and develop 14 Chefs de Cuisine across the group", "head chef", False),
    ("Reports to: Executive Chef", "executive chef", False),
    # A title that ends a longer one after "the", and those listed after it: "the Executive Sous Chef" and the
    # others of "…, Banquet Chef, Pastry Chef and hourly cooks" are the team the hire leads.
    ("Lead 35, including the Executive Sous Chef, Banquet Chef, Pastry Chef and cooks", "sous chef", False),
    ("Lead 35, including the Executive Sous Chef, Banquet Chef, Pastry Chef and cooks", "pastry chef", False),
    ("Lead 35, including the Executive Sous Chef, Banquet Chef, Pastry Chef and cooks", "banquet chef", False),
    ("Lead 35, including the Executive Sous Chef, Banquet Chef, Pastry Chef and cooks", "Chef", False),
    # The one under whose supervision the hire works, with any article.
    ("Plan therapeutic menus under the direct supervision of a Registered Dietitian", "RDN", False),
    ("Run the line, supervised by the Executive Chef", "executive chef", False),
    # A menu's or a page's credit: a title before a person's name.
    ("Seasonal plates. Executive Chef: Ada Quillfeather", "executive chef", False),
    # What the hire is asked to be or to have done is a keyword.
    ("Must be a Registered Dietitian", "RDN", True),
    ("RDN required", "RDN", True),
    ("Executive Chef experience in a hotel", "executive chef", True),
    ("Three years in the Executive Chef role", "executive chef", True),
    ("Hold the Registered Dietitian credential", "RDN", True),
    ("Executive Chef: Full Time", "executive chef", True),
    ("Three years as a Banquet Chef or Pastry Chef", "banquet chef", True),
    ("The Pastry Chef will run the bakeshop", "pastry chef", True),
]


@pytest.mark.parametrize(("line", "term", "asked"), POSTING_TITLES)
def test_a_posting_asks_for_no_title_of_the_people_its_hire_works_with(line: str, term: str, asked: bool) -> None:
    posting = Posting("p", f"# Dining Services Director\n\n## Requirements\n\n- {line}\n- Forklift licence\n")
    assert (term in {k.term for k in keywords(analyse_posting(posting))}) is asked


def test_the_licence_of_the_therapist_who_supervises_an_assistant_is_no_licence_the_assistant_is_asked_for() -> None:
    posting = Posting(
        "p",
        "# Physical Therapist Assistant\n\n## Responsibilities\n\n- Carry out plans of care under the supervision of "
        "a licensed physical therapist\n- Gait training and therapeutic exercise\n\n## Requirements\n\n"
        "- Current PTA license\n",
    )
    assert "PT license" not in {k.term for k in keywords(analyse_posting(posting))}
    # Asked of the hire, the same words are the licence asked for.
    hire = Posting("p", "# Physical Therapist\n\n## Requirements\n\n- Must be a licensed physical therapist\n")
    assert "PT license" in {k.term for k in keywords(analyse_posting(hire))}


def _titled(cv: CV, role: str) -> CV:
    """``cv`` with its first role's title ``role``."""
    first = cv.experience[0].model_copy(update={"role": role})
    return cv.model_copy(update={"experience": [first, *cv.experience[1:]]})


@pytest.mark.parametrize(
    "bullet",
    [
        "Carried out treatment plans for children with fine motor delays under OTR/L supervision.",
        "Ran fine motor groups under the supervision of an OTR.",
    ],
)
def test_the_credential_of_the_one_who_supervised_a_cvs_work_is_none_of_its_owners(bullet: str) -> None:
    # An assistant's bullet names the registered therapist over the work, even in a text too short to say the trade.
    posting = Posting("p", "Occupational Therapist\n\nRequirements:\n- Current OTR/L required\n- Fine motor work\n")
    assistant = _titled(make_cv({"Brightwater Kids": [bullet]}), "Certified Occupational Therapy Assistant")
    assert keyword_coverage(assistant, posting)["Registered Occupational Therapist"].status == "absent"
    therapist = _titled(
        make_cv({"Brightwater Kids": ["Led fine motor groups as the OTR/L."]}), "Occupational Therapist"
    )
    assert keyword_coverage(therapist, posting)["Registered Occupational Therapist"].status != "absent"


def test_a_department_the_job_relays_work_to_and_the_leaders_it_sells_to_are_people_not_skills_asked_for() -> None:
    posting = Posting(
        "p",
        "# Sales Engineer\n\n## Responsibilities\n\n- Relay product feedback from the field to Product Management\n"
        "- Sell our scheduling suite to HR and finance leaders\n- Run demos for HR, payroll and finance stakeholders\n"
        "- Forklift licence\n",
    )
    terms = {k.term for k in keywords(analyse_posting(posting))}
    assert not {"product management", "human resources"} & terms
    asks = Posting("p", "# Product Manager\n\n## Requirements\n\n- 3+ years of product management\n- Knowledge of HR\n")
    assert {"product management", "human resources"} <= {k.term for k in keywords(analyse_posting(asks))}


DEPARTMENTS_BY_THEIR_LETTERS = [
    # Letters that spell a field out in small letters, listed beside firms' functions: a department worked with.
    ("Work closely with operations, purchasing and FP&A on the forecast", "FP&A", False),
    ("Collaborate with HR, IT and FP&A on headcount plans", "FP&A", False),
    # Asked as what the candidate has worked with, or named alone after "with", they are asked for.
    ("Experience working with FP&A and accounting", "FP&A", True),
    ("Work extensively with IAM, applying least privilege", "IAM", True),
    # A product's letters (Amazon Web Services) beside functions stay a product the work is done in.
    ("Work closely with finance, procurement and AWS", "AWS", True),
]


@pytest.mark.parametrize(("line", "term", "asked"), DEPARTMENTS_BY_THEIR_LETTERS)
def test_a_field_named_by_its_letters_among_the_functions_the_job_works_with_is_no_skill_asked_for(
    line: str, term: str, asked: bool
) -> None:
    posting = Posting("p", f"# Senior Accountant\n\n## Responsibilities\n\n- {line}\n- Post journal entries\n")
    assert (term in {k.term for k in keywords(analyse_posting(posting))}) is asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        # Support given to a team, after "support to": the team is served, its field no skill asked for.
        ("Provide audit support to our external auditors and internal audit team", False),
        ("Give reporting support to the internal audit and tax teams", False),
        # Asked as the candidate's own experience, it is asked for.
        ("Two years of internal audit experience", True),
    ],
)
def test_a_team_given_support_to_is_served_not_a_skill_asked_for(line: str, asked: bool) -> None:
    posting = Posting("p", f"# General Ledger Accountant\n\n## Responsibilities\n\n- {line}\n- Post journal entries\n")
    assert ("internal audit" in {k.term for k in keywords(analyse_posting(posting))}) is asked


def test_a_word_of_working_with_before_and_across_names_no_list_of_departments() -> None:
    # "Collaborate with and across …": "and" follows the word of working with, no list of teams follows it.
    text = "Backend Engineer\n\nResponsibilities:\n- Collaborate with and across Agile teams to build services in Go.\n"
    assert "Go" in {k.term for k in keywords(analyse_posting(Posting("p", text)))}


RECEIVED = [
    ("Received mentoring from senior analysts on query tuning", "mentoring", False),
    ("Was mentored by the head of data on experiment design", "mentoring", False),
    ("Mentored by the practice manager through a first year of audits", "mentoring", False),
    ("Got coached weekly by the sales director on discovery calls", "coaching", False),
    ("Mentoring received from two senior analysts on query tuning", "mentoring", False),
    ("Mentored three junior analysts on query tuning", "mentoring", True),
    ("Coached a team of six account executives to quota", "coaching", True),
    ("Am mentoring two interns while they learn query tuning", "mentoring", True),
    # What received praise was the owner's own mentoring.
    ("Mentoring program received a company award for query tuning", "mentoring", True),
    # Said once as given, the care is the owner's, whatever else the text says they received.
    ("Was mentored by the lead analyst, then mentored two interns of my own", "mentoring", True),
    # The care joined to a received one was received with it; a verb of the owner's after "and" is given.
    ("Supervision received from the clinical director and coaching on case planning", "coaching", False),
    ("Received mentoring from the director and coaching on discovery calls", "coaching", False),
    ("Received mentoring from the director and coached two new hires", "coaching", True),
    ("Received mentoring from the director; coaching for a team of six followed", "coaching", True),
]


@pytest.mark.parametrize(("bullet", "term", "given"), RECEIVED)
def test_care_a_cv_says_its_owner_received_is_no_evidence_of_giving_it(bullet: str, term: str, given: bool) -> None:
    # Another person mentored or coached: a posting that asks its hire to mentor finds none of it in the CV.
    posting = Posting("p", f"Senior Analyst\n\nRequirements:\n- Experience {term} junior staff\n- Forklift licence\n")
    cv = make_cv({"Acme": [bullet, "Sold bicycles."]})
    assert keyword_coverage(cv, posting)[term].status == ("selected" if given else "absent")


def test_the_functions_a_seller_navigates_are_the_customers_neither_asked_nor_lacking() -> None:
    # A device seller "navigates procurement and legal reviews": the hospital's, as "worked with procurement and
    # legal teams" says in a CV. Neither is asked of the hire, so a CV that shows the dealing lacks nothing; a
    # public buyer's "procurement rules" are their own to know, and their procurement work is asked.
    seller = Posting(
        "p",
        "Medical Device Sales Representative\n\nRequirements:\n"
        "- Navigate procurement, legal and compliance reviews to bring new devices into hospitals\n"
        "- Surgical sales experience\n",
    )
    assert "procurement" not in {k.term for k in keywords(analyse_posting(seller))}
    cv = make_cv({"Acme Surgical": ["Closed 9 hospital contracts with procurement and legal teams."]})
    assert "procurement" not in keyword_coverage(cv, seller)
    buyer = Posting(
        "p",
        "County Buyer\n\nRequirements:\n- Manage procurement of supplies for county agencies\n"
        "- Navigate procurement rules and bid protests\n",
    )
    assert "procurement" in {k.term for k in keywords(analyse_posting(buyer))}


def test_someones_titles_are_read_after_the_words_that_introduce_them_in_a_text_that_names_a_job() -> None:
    from tailor.people import someones_titles

    assert someones_titles("Reporting to the General Manager, the cook plans the menu.") == [["General", "Manager"]]
    # Capitals after "to the" that end in no job's word are no one's title; nor are they in a text without one.
    assert someones_titles("Sent to the Acme Widgets team today.") == []
    assert someones_titles("Sent to the Big Chief_Team today.") == []
    # A text with a job's word but no capitals after such words names no title.
    assert someones_titles("The manager and the cook plan the menu.") == []
