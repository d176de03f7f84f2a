"""What a posting asks for: its keywords, required or preferred, and the alternatives a requirement offers."""

from __future__ import annotations

import pytest

from tailor.keywords import Keyword, keywords, soft_skill
from tailor.posting import Posting
from tailor.rank import analyse_posting


def found(text: str) -> dict[str, Keyword]:
    return {k.term: k for k in keywords(analyse_posting(Posting("p", text)))}


def test_a_tool_a_duty_names_and_the_posting_lists_as_nice_to_have_is_preferred() -> None:
    asked = found(
        "Patient Navigator\n\nResponsibilities:\n- Record every visit in Epic and Salesforce\n"
        "- Schedule follow-up appointments\n\nRequirements:\n- Knowledge of HIPAA\n\n"
        "Nice to have:\n- Experience with Epic\n"
    )
    assert not asked["Epic"].required  # the posting says in so many words the applicant need not know it yet
    assert asked["Salesforce"].required  # a duty's tool the posting says nothing more of is the job's
    assert asked["HIPAA"].required


def test_a_tool_both_required_and_preferred_stays_required() -> None:
    asked = found(
        "Patient Navigator\n\nRequirements:\n- Experience with Epic\n- Knowledge of HIPAA\n\n"
        "Preferred:\n- Epic certification\n"
    )
    assert asked["Epic"].required


@pytest.mark.parametrize(
    "wish",
    ["AWS or Azure certifications", "AWS/Azure certification", "Certification in Azure or AWS", "Certified on AWS"],
)
def test_a_platform_a_duty_names_stays_required_beside_a_wish_for_a_certification_in_it(wish: str) -> None:
    asked = found(
        "Cloud Data Engineer\n\nResponsibilities:\n- Build data pipelines on AWS\n- Load data into Snowflake\n\n"
        f"Requirements:\n- Strong SQL\n\nNice to have:\n- {wish}\n- Experience with Snowflake\n"
    )
    assert asked["AWS"].required  # the certification is the wish, not the platform the job runs on
    assert not asked["Snowflake"].required  # named as itself among the wishes: the applicant need not know it yet
    if "Azure" in asked:
        assert not asked["Azure"].required  # said nowhere else: wished for, as its certification is


def test_a_credential_asked_for_as_valid_makes_no_phrase_of_that_word() -> None:
    asked = found(
        "Middle School Math Teacher\n\nResponsibilities:\n- Plan lessons aligned to state standards\n"
        "- Use formative assessment to group students\n\nRequirements:\n"
        "- Valid Nevada teaching license in mathematics\n- Valid Nevada driver's license\n"
        "- Unrestricted fingerprint clearance; an unrestricted substitute permit is not enough\n"
    )
    phrases = {k.said.lower() for k in asked.values() if k.kind == "phrase"}
    assert not {p for p in phrases if "valid" in p.split() or "unrestricted" in p.split()}, phrases
    assert "teaching license" in asked and "student assessment" in asked  # what the job asks is still read


def test_credentials_each_named_with_the_body_that_awards_it_are_one_requirement_of_alternatives() -> None:
    asked = found(
        "Coding Specialist\n\nRequirements:\n"
        "- Certified Professional Coder (CPC) from AAPC, or RHIT from AHIMA required\n- Knowledge of HIPAA\n"
    )
    assert asked["Certified Professional Coder"].alternatives == ("RHIT",)
    assert asked["RHIT"].alternatives == ("Certified Professional Coder",)
    assert "AAPC" not in asked and "AHIMA" not in asked  # the bodies award the credentials
    assert asked["HIPAA"].alternatives == ()


def test_two_licences_each_said_with_where_it_is_held_and_an_or_between_them_are_one_choice() -> None:
    asked = found(
        "EMS Educator\n\nRequirements:\n"
        "- Current licensure as a Registered Nurse in the State of Ohio or current Ohio Paramedic license\n"
        "- Current ACLS\n"
    )
    assert (asked["RN"].alternatives, asked["paramedic"].alternatives) == (("paramedic",), ("RN",))
    assert asked["ACLS"].alternatives == ()
    # An "and" asks for both, wherever each is held.
    both = found("Flight Nurse\n\nRequirements:\n- Current Ohio RN license and Ohio Paramedic license\n")
    assert (both["RN"].alternatives, both["paramedic"].alternatives) == ((), ())


def test_a_body_that_stands_for_a_credential_the_lexicon_does_not_know_is_that_choice() -> None:
    asked = found(
        "Medical Interpreter\n\nRequirements:\n- National certification as a Certified Healthcare Interpreter (CHI) "
        "from CCHI or Certified Medical Interpreter (CMI) from NBCMI required\n"
    )
    assert asked["Certified Healthcare Interpreter"].alternatives == ("NBCMI",)
    assert asked["NBCMI"].alternatives == ("Certified Healthcare Interpreter",)
    assert "CCHI" not in asked  # it awards the CHI, whose holder shows it; a CoreCHI alone (CCHI's too) is no CHI


def test_the_paralegal_associations_whose_certification_either_will_do_are_one_choice() -> None:
    # NALA and the NFPA each certify paralegals; "NALA or NFPA certification" takes either body's.
    asked = found("Litigation Paralegal\n\nRequirements:\n- Westlaw\n- NALA or NFPA certification a plus\n")
    assert asked["NALA"].alternatives == ("NFPA",)
    assert asked["NFPA"].alternatives == ("NALA",)


def test_a_posting_without_requirements_apart_from_its_preferences_asks_for_the_tools_of_its_duties() -> None:
    asked = found(
        "Embedded Developer\n\nResponsibilities:\n- Write firmware in Rust\n\nPreferred qualifications:\n"
        "- Strong proficiency in Rust\n- Experience with Zephyr RTOS\n"
    )
    assert asked["Rust"].required  # its only list of qualifications is the preferred one: it says nothing plain


def test_what_the_postings_title_names_is_required_though_its_preferences_list_it() -> None:
    asked = found(
        "Kotlin Engineer\n\nResponsibilities:\n- Write services in Kotlin\n\nRequirements:\n- 5 years of backend work\n"
        "\nNice to have:\n- Open-source Kotlin libraries\n"
    )
    assert asked["Kotlin"].required


def test_what_the_people_a_job_serves_live_with_is_no_skill_it_asks_for() -> None:
    asked = found(
        "Care Coordinator\n\nAbout the role:\nYou will support a panel of high-risk patients with chronic conditions "
        "such as diabetes, heart failure and COPD.\n\nRequirements:\n- Experience with clients living with asthma\n"
        "- Knowledge of HIPAA\n"
    )
    assert {"diabetes", "heart failure", "COPD", "asthma"}.isdisjoint(asked)
    assert "HIPAA" in asked


def test_a_condition_the_job_manages_or_teaches_and_a_task_people_are_helped_with_are_asked_for() -> None:
    asked = found(
        "Diabetes Nurse Educator\n\nRequirements:\n- Experience managing diabetes in primary care\n"
        "- Teach hypertension self-care to patients with hypertension\n"
        "- Engage members with motivational interviewing\n"
    )
    assert {"diabetes", "hypertension", "motivational interviewing"} <= asked.keys()


def test_a_phrase_of_the_postings_title_is_required_though_its_preferences_list_it() -> None:
    asked = found(
        "Account Development Manager\n\nResponsibilities:\n- Review our account development processes\n"
        "- Grow account development metrics\n\nRequirements:\n- 5 years in sales\n\n"
        "Preferred:\n- Account development experience\n"
    )
    assert asked["account development"].required


def test_what_a_preferred_list_says_is_required_is_required_and_only_that() -> None:
    asked = found(
        "Plant Controller\n\nResponsibilities:\n- Keep internal controls fit for GAAP and IFRS reporting\n\n"
        "Requirements:\n- Five years of accounting\n\n"
        "Preferred Skills:\n- Strong understanding of GAAP required (additional familiarity with IFRS preferred)\n"
    )
    assert asked["GAAP"].required  # the posting says so, under whatever heading
    assert not asked["IFRS"].required


def terms(text: str) -> set[str]:
    return {k.term for k in keywords(analyse_posting(Posting("p", text)))}


def test_a_soft_skill_every_posting_asks_of_everyone_is_no_keyword() -> None:
    asked = terms(
        "# Dining Services Director\n\n## Requirements\n\n- Strong leadership, communication and budgeting skills\n"
        "- Excellent written and verbal communication\n- HACCP and food cost control\n"
    )
    assert "communication skills" not in asked
    assert {"HACCP", "food cost"} <= asked
    assert soft_skill("communication skills") and soft_skill("collaboration")
    # A skill whose words are each generic is a skill of its own, and so is one of two words of work.
    assert not soft_skill("deep learning") and not soft_skill("team leadership") and not soft_skill("negotiation")


def test_a_skill_asked_on_its_own_and_offered_with_an_or_is_one_requirement_of_the_choice() -> None:
    posting = Posting(
        "p",
        "# General Manager\n\n## Responsibilities\n\n- Oversee reservations (Resy) and floor management\n\n"
        "## Requirements\n\n- Experience with Toast POS and Resy (or OpenTable)\n",
    )
    found = {k.term: k.alternatives for k in keywords(analyse_posting(posting))}
    assert found["Resy"] == ("OpenTable",) and found["OpenTable"] == ("Resy",)
    assert found["Toast POS"] == ()
    # A requirement that names it otherwise asks for it on its own.
    also = Posting(
        "p",
        "# Backend Engineer\n\n## Responsibilities\n\n- Build services in C++ or Java\n\n"
        "## Requirements\n\n- Strong experience in C++\n- Kafka\n",
    )
    assert {k.term: k.alternatives for k in keywords(analyse_posting(also))}["C++"] == ()


def test_a_tool_the_duties_name_and_a_requirement_offers_with_any_like_it_is_one_choice_with_its_kind() -> None:
    # The job keeps its records in Workday; the requirement takes any HRIS: one who knows BambooHR meets it.
    asked = found(
        "# People Partner\n\n## Responsibilities\n\n- Keep employee records current in Workday\n"
        "- Run the annual benefits enrollment\n\n## Requirements\n\n- Experience with Workday or a similar HRIS\n"
        "- Knowledge of FMLA\n"
    )
    assert asked["Workday"].alternatives == ("HRIS",) and asked["HRIS"].alternatives == ("Workday",)
    assert asked["FMLA"].alternatives == ()
    # The first of a list the "or" closes is offered as much as the one beside it.
    listed = found(
        "# HR Generalist\n\n## Responsibilities\n\n- Keep personnel files in Paylocity\n\n"
        "## Requirements\n\n- Experience with Paylocity, ADP or a similar HRIS\n- Knowledge of COBRA\n"
    )
    assert listed["Paylocity"].alternatives == ("ADP", "HRIS")
    # "Or another" offers the kind as much as "or a similar" does ("Salesforce or another CRM").
    also = found(
        "# Account Executive\n\n## Responsibilities\n\n- Log every deal in Salesforce\n\n"
        "## Requirements\n\n- Salesforce or another CRM\n- Cold calling\n"
    )
    assert also["Salesforce"].alternatives == ("CRM",)
    # Not a thing and another of a different kind: what is offered is like the named tool, not any tool at all.
    apart = found(
        "# Data Analyst\n\n## Responsibilities\n\n- Write reports in SQL\n\n"
        "## Requirements\n\n- Strong SQL\n- SQL or a similar query language, and Tableau\n"
    )
    assert apart["SQL"].alternatives == ()


def test_a_programme_named_as_the_alternative_to_a_kind_of_credential_is_its_credential_of_that_kind() -> None:
    # ServSafe runs a food handler course too: the posting asks for the manager's credential either way.
    asked = found("Kitchen Manager\n\nRequirements:\n- Certified Food Protection Manager (ServSafe or equivalent)\n")
    assert asked["ServSafe Manager"].said == "ServSafe"
    assert asked["ServSafe Manager"].alternatives == ("food manager certification",)
    assert asked["food manager certification"].alternatives == ("ServSafe Manager",)
    # Not a choice between a kind and one of it: ServSafe, asked for on its own, is any of its credentials.
    assert "ServSafe" in found("Line Cook\n\nRequirements:\n- ServSafe certified\n- Food handler card\n")


def test_a_skill_said_only_inside_the_name_of_a_team_committee_or_office_is_no_keyword() -> None:
    asked = found(
        "Resilience Analyst\n\nResponsibilities:\n"
        "- Present the continuity report to the Board's Audit Committee every quarter\n"
        "- Serve on the Incident Management Assistance Team during disasters\n"
        "- Write plans with the Project Management Office\n\n"
        "Requirements:\n- Experience in business continuity and Python\n"
    )
    assert {"auditing", "incident management", "project management"}.isdisjoint(asked)  # bodies, not skills
    assert "Python" in asked


def test_a_skill_that_is_a_whole_name_or_asked_in_small_letters_beside_a_body_stays_a_keyword() -> None:
    asked = found(
        "Emergency Planner\n\nRequirements:\n- Knowledge of the Incident Command System\n"
        "- Experience in incident management and audit committee reporting\n- Experience leading a SaaS Sales Team\n"
    )
    # A team of a kind ("a SaaS Sales Team") is no one body: what it does is asked.
    assert {"Incident Command System", "incident management", "auditing", "SaaS"} <= asked.keys()


def test_what_a_budget_is_for_is_no_keyword_but_the_same_work_asked_on_its_own_is() -> None:
    asked = found(
        "District Manager\n\nResponsibilities:\n- Own the district P&L and payroll budget\n"
        "- Manage a $40K training budget for store teams\n\nRequirements:\n- 3+ years in retail\n"
    )
    # The money the job answers for: a manager who owns the payroll budget runs no payroll.
    assert {"payroll", "training"}.isdisjoint(asked)
    assert "P&L management" in asked
    asked = found("Payroll Lead\n\nRequirements:\n- Experience running payroll and keeping to a payroll budget\n")
    assert "payroll" in asked


@pytest.mark.parametrize(
    ("text", "unasked"),
    [
        ("Bookkeeper\n\nResponsibilities:\n- Keep client books CPA-ready\n- Reconcile bank accounts\n", "CPA"),
        ("Records Coordinator\n\nResponsibilities:\n- Keep personnel files audit-ready\n- Index records\n", "auditing"),
        (
            "Data Analyst\n\nResponsibilities:\n- Deliver clean, AI-ready datasets\n- Build dashboards in Tableau\n",
            "artificial intelligence",
        ),
    ],
)
def test_what_the_work_is_made_ready_for_is_no_keyword(text: str, unasked: str) -> None:
    # "CPA-ready books" are books an accountant can take over: the posting asks no CPA of the bookkeeper.
    assert unasked not in found(text)


def test_what_the_work_is_made_ready_for_is_asked_where_the_posting_asks_it_too() -> None:
    assert "CPA" in found("Staff Accountant\n\nRequirements:\n- CPA or CPA candidate\n- Keep the books CPA-ready\n")


def test_a_level_listed_after_its_siblings_name_is_shown_by_the_whole_name() -> None:
    asked = found("Fire Captain\n\nRequirements:\n- Fire Officer I/II certification\n- NFPA 1001\n")
    assert asked["Fire Officer II"].said == "Fire Officer II"  # not "II"
    assert asked["Fire Officer II"].label == "Fire Officer II"


def test_a_sector_of_past_employment_is_no_keyword() -> None:
    asked = found(
        "Planner\n\nResponsibilities:\n- Work with private sector partners on plans.\n\nRequirements:\n"
        "- Experience gained in the public sector, private sector or volunteer service.\n"
        "- Private sector experience in logistics.\n"
    )
    assert {"private sector", "public sector"}.isdisjoint(asked)


def test_letters_a_company_defines_in_quotes_are_its_own_wherever_it_says_them_again() -> None:
    # "Economic Foundation Model (“EFM”)", then "our EFM": the company's product, no fetal monitoring asked.
    asked = terms(
        "Engineering Manager\n\nAbout us\nAcme is an Economic Foundation Model (“EFM”) that studies how firms sell."
        "\n\nRequirements:\n- Our EFM has been trained on data; build its APIs in Python\n"
    )
    assert "electronic fetal monitoring" not in asked
    assert {"API", "Python"} <= asked


def test_the_point_of_view_a_duty_is_done_from_is_no_phrase_asked() -> None:
    # "from a risk perspective", said twice in the requirements, is how the work is looked at: no words a CV lacks.
    asked = terms(
        "Internal Auditor\n\nRequirements:\n- Review vendor contracts from a risk perspective.\n"
        "- Report findings from a risk perspective and a compliance standpoint to the audit committee.\n"
        "- Test controls from a compliance standpoint.\n"
    )
    assert {"risk perspective", "compliance standpoint"}.isdisjoint(asked)


def test_managing_a_team_asks_for_team_leadership_and_a_self_managing_team_does_not() -> None:
    asked = found(
        "Sales Manager\n\nRequirements:\n- 2+ years managing a team of quota-carrying account executives\n"
        "- Salesforce\n"
    )
    assert "team leadership" in asked and asked["team leadership"].required
    assert "team leadership" not in found("Developer\n\nRequirements:\n- Thrive in a self-managing team\n- Rust\n")


def test_a_field_of_selling_and_a_hospitals_purchasing_review_are_keywords_whole() -> None:
    asked = found(
        "Territory Manager\n\nRequirements:\n- 5+ years of medical device sales\n"
        "- Win approval from value analysis committees\n"
    )
    assert {"medical device sales", "value analysis"} <= asked.keys()
    assert "analysis committee" not in asked


def test_a_device_reps_work_in_the_operating_room_and_the_hospitals_vendor_credentials_are_keywords() -> None:
    # A spine or trauma rep's posting asks for the work a seller of software never did: covering cases in the OR,
    # consigned inventory, the hospital's vendor credentialing and its systems, the specialty and its procedures.
    asked = found(
        "Associate Sales Representative - Spine\n\nResponsibilities:\n"
        "- Provide case coverage in the operating room for spinal fusion and fracture fixation procedures\n"
        "- Manage consignment inventory across four hospitals\n\nRequirements:\n"
        "- Maintain vendor credentialing in Vendormate and Reptrax\n- Knowledge of orthopedics\n"
    )
    assert {
        "case coverage",
        "operating room",
        "fracture fixation",
        "consignment inventory",
        "vendor credentialing",
        "Vendormate",
        "Reptrax",
        "orthopedics",
    } <= asked.keys()


def test_a_systems_courses_in_brackets_after_it_are_each_asked_not_examples_of_which_one_will_do() -> None:
    # The Incident Command System's courses meet a posting asking for the system (the lexicon's instances), but
    # named by its letters in brackets after it they are the courses the job asks for, each of them, as a suite's
    # parts named after its maker are; an EHR's products so listed are examples, any one of which will do.
    asked = found("Emergency Planner\n\nRequirements:\n- Incident Command System (ICS-100, ICS-200)\n- A BA\n")
    assert (asked["ICS-100"].alternatives, asked["ICS-200"].alternatives) == ((), ())
    products = found("Nurse Informaticist\n\nRequirements:\n- An EHR (Epic, Cerner)\n- A BSN\n")
    assert products["Epic"].alternatives == ("Cerner",)


def test_examples_in_brackets_after_a_choice_an_or_offers_are_one_requirement_any_of_them_meets() -> None:
    asked = found(
        "Clinical Research Associate\n\nRequirements:\n"
        "- Cardiovascular or metabolic (diabetes, obesity, heart failure) trial experience\n- Medidata Rave\n"
    )
    assert asked["diabetes"].alternatives == ("heart failure",)
    assert asked["heart failure"].alternatives == ("diabetes",)
    assert asked["Medidata Rave"].alternatives == ()


def test_a_bracket_of_several_examples_after_a_choice_offers_the_one_the_lexicon_knows_as_an_alternative() -> None:
    # Of the backgrounds the bracket lists, only the nurse's letters are a keyword; they are an example of the second
    # choice, not a licence asked besides the first.
    asked = found(
        "Clinical Specialist - Cardiac Rhythm\n\nRequirements:\n"
        "- 3+ years of medical device sales or clinical experience (cath lab tech, RN, perfusionist)\n- A BA\n"
    )
    assert asked["RN"].alternatives == ("medical device sales",)
    assert asked["medical device sales"].alternatives == ("RN",)


def test_the_versions_in_brackets_after_a_product_keep_it_in_the_choice_the_list_offers() -> None:
    asked = found(
        "Water Resources Engineer\n\nRequirements:\n"
        "- Experience with HEC-RAS (1D/2D), HEC-HMS, SWMM5 and/or ArcGIS is preferred\n- A BS in civil engineering\n"
    )
    assert asked["HEC-RAS"].alternatives == ("ArcGIS", "HEC-HMS", "SWMM")  # SWMM5: the model, by its version
    assert asked["SWMM"].alternatives == ("ArcGIS", "HEC-HMS", "HEC-RAS")


def test_credentials_each_named_with_the_body_that_awards_it_before_them_are_one_of() -> None:
    asked = found(
        "Clinical Research Coordinator\n\nRequirements:\n"
        "- SOCRA CCRP or ACRP CCRC certification required within one year of hire\n- Knowledge of HIPAA\n"
    )
    assert asked["CCRP"].alternatives == ("CCRC",)
    assert asked["CCRC"].alternatives == ("CCRP",)
    assert asked["HIPAA"].alternatives == ()


def test_what_is_asked_besides_a_choice_and_a_skill_its_words_share_are_no_part_of_it() -> None:
    asked = found(
        "Frontend Engineer\n\nRequirements:\n"
        "- Production experience with TypeScript and a JavaScript framework or library (React, Angular or Vue)\n"
        "- Have built B2B or B2C SaaS products\n"
    )
    assert "TypeScript" not in asked["React"].alternatives
    assert asked["TypeScript"].alternatives == ()
    assert asked["SaaS"].alternatives == ()


def test_the_last_words_of_a_name_before_an_and_share_no_head_with_the_words_after_it() -> None:
    # "advance care planning and goals of care" names no plan of care: "planning" ends a name of its own. A word
    # that ends none still shares its head ("unit and integration testing").
    asked = found(
        "Hospice Social Worker\n\nResponsibilities:\n"
        "- Counsel families on advance directives, advance care planning and goals of care\n"
        "- Unit and integration testing of the intake forms\n"
    )
    assert "advance care planning" in asked and "care planning" not in asked
    assert {"unit testing", "integration testing"} <= set(asked)


def test_a_jobs_letters_before_a_word_for_a_group_name_the_people_worked_over_and_ask_no_licence() -> None:
    # "LSW staff", "LPN staff": the people supervised, as "LPNs" are; asked elsewhere, or in a title, it is asked.
    assert "LSW" not in found(
        "Care Manager\n\nResponsibilities:\n- Provide licensure supervision to LSW staff\n- Discharge planning\n"
    )
    assert {"LPN", "RN"}.isdisjoint(
        found("Nurse Manager\n\nResponsibilities:\n- Supervise LPN staff and RN staff on the unit\n- Triage\n")
    )
    asked = found("Nurse Manager\n\nResponsibilities:\n- Supervise LPN staff\n\nRequirements:\n- Active LPN license\n")
    assert asked["LPN"].required


def test_a_sentence_of_a_posting_without_headings_that_says_it_would_help_asks_for_nothing_required() -> None:
    asked = found(
        "Our small office is looking for an assistant to support the founder. You will reconcile statements and "
        "manage vendor relationships. You have at least five years as an executive assistant, ideally within a "
        "wealth management firm. You are expert in Microsoft Excel. Experience with QuickBooks is strongly "
        "preferred. A notary commission is helpful.\n"
    )
    assert asked["Microsoft Excel"].required
    assert not asked["QuickBooks"].required
    assert not asked["notary public"].required
    assert not asked["wealth management"].required  # what would be better still
    # Asked in a sentence of its own too, it is required.
    both = found("We need an assistant. You know QuickBooks well. QuickBooks certification is a plus.\n")
    assert both["QuickBooks"].required


def test_a_duty_that_names_the_work_and_its_object_asks_for_the_activity_the_lexicon_names() -> None:
    asked = found(
        "Executive Assistant\n\nResponsibilities:\n- Manage the CEO's calendar\n- Plan events and offsites\n"
        "- Take minutes at board and committee meetings\n- Onboard new employees\n"
        "- You will arrange domestic and international travel\n\nRequirements:\n- Proficiency with Zoom and Webex\n"
    )
    assert {"calendar management", "event planning", "meeting minutes", "employee onboarding"} <= asked.keys()
    assert {"travel arrangements", "Zoom", "Webex"} <= asked.keys()
    assert asked["calendar management"].said == "Manage the CEO's calendar"  # in the posting's own words
    assert asked["event planning"].required


def test_two_verbs_in_ing_joined_by_or_or_and_share_the_object_after_the_second() -> None:
    # "writing or managing grants" writes grants: the first verb's object is the one after the second.
    asked = found("Outreach Librarian\n\nPreferred:\n- Experience writing or managing grants (IMLS, NEH)\n")
    assert asked["grant writing"].said.lower() == "writing or managing grants"
    assert "event planning" in found("Coordinator\n\nRequirements:\n- Planning and running events for 200 guests\n")
    # Verbs in other forms, or a list of them, keep apart as before.
    assert "event planning" not in found("Coordinator\n\nRequirements:\n- Planning, booking venues, running events\n")


def test_a_noun_that_says_whose_the_object_is_leaves_the_duty_its_activity() -> None:
    # "company events" are events, "team processes" processes: whose they are is no other kind of thing.
    asked = found(
        "Office Coordinator\n\nResponsibilities:\n- Plan company events such as the summer picnic\n"
        "- Improve team processes and document them\n- Maintain confidential employee records\n"
        "- Manage office vendors\n\nRequirements:\n- Proficiency with Excel\n"
    )
    assert {"event planning", "process improvement"} <= asked.keys()
    assert asked["event planning"].said.lower() == "plan company events"  # in the posting's own words
    # a noun of another kind still makes another thing ("improve software quality" stays as before)
    assert "quality improvement" not in found("Developer\n\nResponsibilities:\n- Improve software quality\n")
    # the guests and clients whose complaints they are, as the customers'
    for whose in ("guest", "client"):
        handled = found(f"Restaurant Manager\n\nResponsibilities:\n- Resolve {whose} complaints on the floor\n")
        assert handled["complaint resolution"].said.lower() == f"resolve {whose} complaints"


def test_scheduling_the_labor_of_a_shift_is_staff_scheduling() -> None:
    # restaurants, stores and warehouses name the staff's shifts by their labor
    for said in ("labor scheduling", "labour scheduling"):
        asked = found(f"Store Manager\n\nResponsibilities:\n- Own weekly {said} and payroll for the store\n")
        assert asked["staff scheduling"].said == said


def test_a_verb_read_as_a_noun_or_an_object_that_only_modifies_another_asks_for_no_activity() -> None:
    asked = found(
        "Account Manager\n\nResponsibilities:\n- Review the plan for events with each client\n"
        "- Communicate technical concepts to buyers\n- Work with engineers on our data team\n\n"
        "Requirements:\n- Experience forecasting and budgeting\n"
    )
    # a plan (no event planning), concepts communicated (no technical communication), engineers on a team (no data
    # engineering), a gerund of its own (no budget forecasting)
    assert not {"event planning", "technical communication", "data engineering", "budget management"} & asked.keys()
    # a gerund that names a field ("engineering solutions"), teams named in capitals, nouns listed after a comma
    listed = found(
        "Solutions Consultant\n\nResponsibilities:\n- Help clients by providing engineering solutions\n"
        "- Engineering, Product, QA, Data and Design all report to you\n- Own testing, automation and releases\n"
    )
    assert not {"sales engineering", "data engineering", "automated testing"} & listed.keys()
    # "Manage the mail and update calendars": the calendars are updated, not managed
    assert "calendar management" not in found("Planner\n\nResponsibilities:\n- Manage the mail and update calendars\n")


def test_a_skill_whose_first_word_describes_the_work_names_no_verb_and_its_object() -> None:
    # "planned giving" is giving that is planned (bequests, annuities), not the giving of a plan; "mandated reporting"
    # no report of a mandate. An institutional giving plan, a report on the grant's mandate, ask for neither.
    asked = found(
        "Director of Foundation Relations\n\nResponsibilities:\n- Develop and execute an institutional giving plan\n"
        "- Report the mandate of each grant to the board\n\nRequirements:\n- Grant writing experience\n"
    )
    assert not {"planned giving", "mandated reporting"} & asked.keys()
    assert "planned giving" in found("Gift Officer\n\nRequirements:\n- Experience in planned giving\n")


def test_an_object_another_noun_makes_another_thing_or_too_general_to_name_the_work_asks_for_no_activity() -> None:
    asked = found(
        "Platform Lead\n\nResponsibilities:\n- Improve software quality across teams\n"
        "- Optimize account performance each quarter\n- Managing CI/CD pipelines\n- Develop strategies for growth\n"
        "- Test new designs, formulations, materials\n\nRequirements:\n- Python\n"
    )
    # software quality is no clinical quality improvement, account performance no performance engineering, a CI/CD
    # pipeline no sales pipeline; strategies are too general to be strategic planning; the last of a list no object
    assert (
        not {
            "quality improvement",
            "performance engineering",
            "pipeline management",
            "strategic planning",
            "construction materials testing",
        }
        & asked.keys()
    )
    # Words that describe the object leave it the object: "Manage multiple complex projects", "Analyze historical data".
    described = found("Analyst\n\nResponsibilities:\n- Manage multiple complex projects\n- Analyze historical data\n")
    assert {"project management", "data analysis"} <= described.keys()


def test_an_object_too_general_to_name_a_field_without_a_word_of_its_own_asks_for_no_activity() -> None:
    asked = found(
        "Partnerships Lead\n\nResponsibilities:\n- Manage a portfolio of creators and influencers\n"
        "- Manage a pipeline of lean projects\n- Manage access to the office and meeting rooms\n\n"
        "Requirements:\n- Excel\n"
    )
    # a portfolio of creators is no investment portfolio, a pipeline of projects no sales pipeline, access to an office
    # no identity and access management
    assert not {"portfolio management", "pipeline management", "IAM"} & asked.keys()


def test_a_describing_word_the_verb_makes_another_activity_with_leaves_the_object_no_activity() -> None:
    # modeling financial data is financial modeling, no data modeling (the design of a database's tables)
    assert "data modeling" not in found("FP&A Analyst\n\nResponsibilities:\n- Experience modeling financial data\n")
    assert "data modeling" in found("Analytics Engineer\n\nResponsibilities:\n- Model the data for each team\n")


def test_a_word_of_work_after_an_adjective_names_a_thing_not_the_work() -> None:
    # complex engineering software is software for engineers: no software engineering asked
    tools = found(
        "Firmware Developer\n\nResponsibilities:\n- Solve problems across complex engineering software and devices\n"
    )
    assert "software engineering" not in tools
    built = found("Developer\n\nRequirements:\n- Experience engineering software for medical devices\n")
    assert "software engineering" in built


def test_a_skills_own_name_as_a_list_item_is_asked_at_its_lists_level_not_as_a_duty() -> None:
    must = found(
        "QA Intern\n\nWhat you'll do:\n- Write test plans\n\nA couple of must haves:\n\n"
        "-Senior student in Computer Science\n\n-Experience with two or more of:\n\n"
        "-Test automation\n\n-Manual testing\n"
    )
    assert must["automated testing"].required and must["manual testing"].required
    # "-Test automation" names test automation, not "test" done on "automation": nice to have, it is nice to have
    asset = found(
        "QA Intern\n\nWhat you'll do:\n- Write test plans\n\nNice to have:\n\n-Test automation\n\n-Manual testing\n"
    )
    assert not asset["automated testing"].required


def test_accounts_without_a_word_of_their_own_are_no_clients_accounts() -> None:
    # accounts an ad operator opens and runs are no clients' accounts: no account management asked
    ads = found("Ad Operations Specialist\n\nResponsibilities:\n- Ability to manage multiple accounts and budgets\n")
    assert "account management" not in ads
    assert "account management" in found("Sales Lead\n\nResponsibilities:\n- Key account management\n")


def test_fields_of_past_experience_listed_with_an_or_are_one_choice_whatever_words_the_lexicon_lacks() -> None:
    asked = found(
        "Emergency Management Coordinator\n\nRequirements:\n"
        "- Two years of experience in emergency management, fire service, EMS, law enforcement or public safety.\n"
        "- WebEOC\n"
    )
    # "fire service", a field the lexicon does not name, sits in the list as the named fields do: any one will do.
    assert set(asked["law enforcement"].alternatives) == {"emergency management", "emergency medical services"}
    assert asked["WebEOC"].alternatives == ()


@pytest.mark.parametrize(
    "line",
    [
        "- 2+ years of experience in FP&A, accounting or financial analysis.\n",
        "- Background in FP&A, budgeting or financial analysis\n",
    ],
)
def test_a_field_the_lexicon_lacks_just_before_the_or_of_a_list_is_one_of_its_choices(line: str) -> None:
    # "accounting" stands where "law enforcement" stands above, only with the "or" after it and no comma.
    asked = found(f"Financial Analyst\n\nRequirements:\n{line}- Advanced Excel\n")
    assert asked["FP&A"].alternatives == ("financial analysis",)
    assert asked["financial analysis"].alternatives == ("FP&A",)


@pytest.mark.parametrize(
    ("line", "one", "other"),
    [
        ("- RN or RD/RDN licensure required.\n", "RN", "RDN"),
        ("- Configuration tools like Terraform or Jsonnet, Kapitan, Helm, etc.\n", "Terraform", "Helm"),
    ],
)
def test_a_name_the_lexicon_lacks_just_after_the_or_of_a_run_leaves_the_choice_whole(
    line: str, one: str, other: str
) -> None:
    # "RD" is a spelling of the dietitian's licence the lexicon does not know, written beside one it does.
    asked = found(f"Diabetes Educator\n\nRequirements:\n{line}- CDCES certification\n")
    assert asked[one].alternatives == (other,)
    assert asked[other].alternatives == (one,)


def test_what_a_list_of_bodies_the_job_coordinates_with_names_is_partners_not_skills() -> None:
    asked = found(
        "Emergency Management Coordinator\n\nResponsibilities:\n- Coordinates with fire protection districts, EMS "
        "agencies, law enforcement, hospitals and schools on mass casualty plans.\n\nRequirements:\n- WebEOC\n"
    )
    assert {"law enforcement", "emergency medical services"}.isdisjoint(asked)
    # Without a body among them, what the job works on with its colleagues is still asked.
    asked = found(
        "Planner\n\nResponsibilities:\n- Collaborate with partners to create joint business plans, define sales "
        "targets, and track metrics.\n\nRequirements:\n- WebEOC\n"
    )
    assert "quota attainment" in asked


@pytest.mark.parametrize(
    ("line", "party"),
    [
        # A hospital's purchasing clerk: the units it serves are its internal customers, no work it is asked to do.
        (
            "Communicate daily with internal customers such as nursing, pharmacy, accounts payable and receiving",
            "accounts payable",
        ),
        # A plant's scheduler: the departments it answers to are no skills either.
        (
            "Serve as the contact for departments including quality assurance, maintenance and shipping",
            "quality assurance",
        ),
    ],
)
def test_what_a_list_of_the_jobs_customers_or_departments_names_is_a_party_not_a_skill(line: str, party: str) -> None:
    asked = found(f"Purchasing Clerk\n\nResponsibilities:\n- {line}.\n\nRequirements:\n- Microsoft Excel\n")
    assert party not in asked and "Microsoft Excel" in asked
    # Examples of the work done for them stay asked: "customers, such as answering billing questions".
    asked = found(
        "Front Desk Agent\n\nResponsibilities:\n- Support customers, such as answering questions about medical billing "
        "and insurance verification.\n"
    )
    assert "medical billing" in asked
    # The list ends where its clause goes on: what the job does after it is asked.
    asked = found(
        "Growth Engineer\n\nResponsibilities:\n- Working closely with teams including marketing, product management, "
        "and sales, you will find growth opportunities, design experiments, and iterate on them.\n\nRequirements:\n"
        "- Python\n"
    )
    assert "experimental design" in asked and "product management" not in asked


@pytest.mark.parametrize(
    ("line", "partner"),
    [
        # A produce wholesaler's receiving lead: the carriers and brokers are firms the job deals with.
        ("Coordinate with growers, carriers, customs brokers and port terminals on arrivals", "customs brokerage"),
        # A hospital's supply buyer: suppliers are firms too.
        (
            "Collaborate with suppliers, freight forwarders, nursing units and pharmacy on backorders",
            "freight forwarding",
        ),
    ],
)
def test_carriers_and_suppliers_in_a_list_the_job_coordinates_with_make_its_items_partners(
    line: str, partner: str
) -> None:
    asked = found(f"Receiving Lead\n\nResponsibilities:\n- {line}.\n\nRequirements:\n- Microsoft Excel\n")
    assert partner not in asked and "Microsoft Excel" in asked


@pytest.mark.parametrize(
    "line",
    [
        "Partner with analytics, data science and product to define metrics",
        "Collaborate with data science and product on experiment design",
        "Work closely with design, product, machine learning and infrastructure to ship features",
    ],
)
def test_fields_listed_beside_a_firms_functions_the_job_works_with_are_departments(line: str) -> None:
    # "product" alone is a department; the fields listed beside it are the teams the job works with.
    asked = found(f"Analytics Engineer\n\nResponsibilities:\n- {line}.\n- Build models in dbt.\n")
    assert {"data science", "machine learning"}.isdisjoint(asked) and "dbt" in asked


@pytest.mark.parametrize(
    "line",
    [
        "You will work closely with product marketing, sales development and marketing operations",
        "Partner with product marketing and revenue operations on launch plans",
        "Coordinate with product marketing to produce launch kits and battlecards",
    ],
)
def test_a_functions_teams_named_by_what_they_serve_that_the_job_works_with_are_departments(line: str) -> None:
    # "product marketing" and "marketing operations" end in a firm's function: teams the job works with, as
    # "product" alone is, no skill the candidate is asked for; what the job does with them still is.
    asked = found(
        f"Field Marketing Manager\n\nResponsibilities:\n- {line}.\n- Run regional events and webinars.\n\n"
        "Requirements:\n- Experience with Marketo\n"
    )
    assert {"product marketing", "sales development"}.isdisjoint(asked)
    assert {"webinars", "Marketo"} <= set(asked)


def test_a_function_the_job_is_asked_to_have_done_stays_asked() -> None:
    asked = found(
        "Marketing Manager\n\nRequirements:\n- 5+ years of experience working with product marketing and sales"
        " operations\n- Experience in product marketing for B2B software\n"
    )
    assert "product marketing" in asked


@pytest.mark.parametrize(
    ("line", "departments"),
    [
        ("Coordinate with housekeeping, engineering and food and beverage on guest requests", {"food and beverage"}),
        (
            "Liaise with other departments, including Catering, Revenue Management and Engineering",
            {"catering", "revenue management"},
        ),
        ("Our departmental contacts include Sales, Catering, Food and Beverage and Maintenance", {"catering"}),
        (
            "Coordinate with engineering departments such as Product Management, Quality Assurance and DevOps",
            {"quality assurance", "product management"},
        ),
    ],
)
def test_the_departments_a_job_works_with_named_as_such_or_beside_a_hotels_are_no_keywords(
    line: str, departments: set[str]
) -> None:
    asked = found(f"Front Office Manager\n\nResponsibilities:\n- {line}.\n- Balance cash handling at every shift.\n")
    assert departments.isdisjoint(asked) and "cash handling" in asked


@pytest.mark.parametrize(
    "line",
    [
        "Run complex sales cycles with multiple stakeholders, including plant managers, CFOs and Procurement",
        "Map the buying committee across Operations, Finance and Procurement",
        "Win over stakeholders such as Procurement and Legal",
    ],
)
def test_the_groups_a_sales_stakeholders_or_buying_committee_are_named_as_are_no_keywords(line: str) -> None:
    # The departments a deal passes through are whom the seller meets, no purchasing work the job asks for.
    asked = found(f"Account Executive\n\nResponsibilities:\n- {line}.\n- Forecast in Salesforce.\n")
    assert "procurement" not in asked and "Salesforce" in asked


def test_a_team_named_with_another_through_a_shared_word_is_no_keyword_either() -> None:
    # "Customer Success and Support" names two teams the job hands work to; the second says customer support (customer
    # service) through the word it shares with the first, which is a team's name too.
    asked = found(
        "Renewals Manager\n\nResponsibilities:\n- Work with Customer Success and Support to resolve escalations.\n"
        "- Forecast renewals in Salesforce.\n"
    )
    assert {"customer success", "customer service"}.isdisjoint(asked) and "Salesforce" in asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Prepare the weekly front desk schedule to meet forecast", False),
        ("Staff the sales floor against forecast", False),
        ("Beat the sales forecast every quarter", False),
        ("Build the annual forecast with finance", True),
        ("Forecast demand for the holiday season", True),
        ("Schedule servers and hosts to forecasted covers", False),
        ("Staff each shift to forecasted call volume", False),
        ("Forecasted and tracked demand each week", True),
    ],
)
def test_a_forecast_the_work_is_measured_against_asks_for_no_forecasting(line: str, asked: bool) -> None:
    found_ = found(f"Store Manager\n\nResponsibilities:\n- {line}.\n- Balance cash handling at every shift.\n")
    assert ({"forecasting", "sales forecasting"} & found_.keys() != set()) is asked
    assert "cash handling" in found_


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Makes discharge recommendations (DME, home health, SNF) at daily rounds", False),
        ("Coordinates discharge to home health or a skilled nursing facility", False),
        ("Refers patients to home health and SNF providers", False),
        ("Two years of home health or SNF experience", True),
        ("Discharge planning for patients in our SNF and home health programs", True),
    ],
)
def test_a_care_setting_named_as_where_patients_go_next_asks_for_no_experience_of_it(line: str, asked: bool) -> None:
    # A hospital therapist recommends where a patient goes after discharge; that is no setting the job asks of them.
    found_ = found(f"Physical Therapist\n\nResponsibilities:\n- {line}.\n- Treat patients in acute care.\n")
    assert bool({"home health", "skilled nursing facility"} & found_.keys()) is asked, found_.keys()
    assert "acute care" in found_


@pytest.mark.parametrize(
    "line", ["Apply data science to pricing problems", "Work with SQL and machine learning to build models"]
)
def test_a_field_the_job_does_stays_asked(line: str) -> None:
    asked = found(f"Analytics Engineer\n\nResponsibilities:\n- {line}.\n- Build models in dbt.\n")
    assert {"data science", "machine learning"} & asked.keys()


@pytest.mark.parametrize(
    ("line", "department"),
    [
        ("Partner with physicians, case management and the Director of Nursing on discharges", "case management"),
        ("Collaborate with clinical pharmacists and infection control to reduce line infections", "infection control"),
        ("Work closely with attorneys, paralegals and e-discovery on document productions", "e-discovery"),
        ("Collaborate with data engineers and machine learning to ship models", "machine learning"),
    ],
)
def test_a_field_listed_beside_the_people_a_job_works_with_is_their_department(line: str, department: str) -> None:
    asked = found(f"Coordinator\n\nResponsibilities:\n- {line}.\n- Keep records in Excel.\n")
    assert department not in asked and "Microsoft Excel" in asked


def test_what_follows_a_list_of_people_as_a_clause_of_its_own_stays_asked() -> None:
    asked = found(
        "Staff Engineer\n\nResponsibilities:\n- Collaborate with a distributed team, providing code "
        "reviews and technical direction.\n- Collaborate with physicians and nurses to improve case management.\n"
    )
    assert {"code review", "case management"} <= asked.keys()


def test_a_skill_offered_instead_of_two_asked_together_is_met_by_either_of_them() -> None:
    asked = found(
        "Tanker Driver\n\nRequirements:\n- Class A CDL with Hazmat (H) and Tanker (N) endorsements, or X endorsement\n"
        "- Clean MVR\n"
    )
    assert set(asked["X endorsement"].alternatives) == {"hazmat", "tanker"}
    # The two asked together stay asked, each on its own.
    assert asked["hazmat"].alternatives == () and asked["tanker"].alternatives == ()


def test_a_phrase_a_list_of_bodies_the_job_works_with_names_is_a_partner_no_phrase_asked() -> None:
    asked = found(
        "Preparedness Planner\n\nResponsibilities:\n- Coordinates with school districts, public health, social "
        "services and hospitals on shelter plans.\n- Works closely with public health, utilities and transit "
        "agencies during exercises.\n\nRequirements:\n- WebEOC\n"
    )
    assert {"public health", "social service", "school district"}.isdisjoint(asked)
    # Said as what the job does, the same words are asked.
    asked = found(
        "Preparedness Planner\n\nResponsibilities:\n- Plan public health responses to outbreaks.\n- Lead public "
        "health exercises with the county.\n\nRequirements:\n- WebEOC\n"
    )
    assert "public health" in asked


def test_a_skill_behind_a_list_mark_with_no_space_is_asked_for() -> None:
    asked = found("Line Cook\n\nRequirements:\n-ServSafe certification\n-Experience on a flat-top grill\n")
    assert "ServSafe" in asked


def test_years_of_one_skills_work_offered_instead_of_another_make_them_alternatives() -> None:
    accountant = found("Senior Accountant\n\nRequirements:\n- CPA or 5+ years of public accounting experience\n")
    assert accountant["CPA"].alternatives == ("public accounting",)
    pharmacist = found(
        "Clinical Pharmacist\n\nQualifications:\n"
        "- BCPS (Board Certified Pharmacotherapy Specialist) or at least 3 years of relevant anticoagulation "
        "management experience\n"
    )
    assert pharmacist["BCPS"].alternatives == ("anticoagulation management",)
    # years asked beside a skill, with "and", offer nothing instead of it
    developer = found("Developer\n\nRequirements:\n- Python and 3+ years of Java experience\n")
    assert developer["Python"].alternatives == () and developer["Java"].alternatives == ()


@pytest.mark.parametrize(
    ("line", "one", "other"),
    [
        ("PGY2 residency in oncology, or PGY1 residency with 2 years of oncology experience", "PGY2", "PGY1"),
        ("Series 7 license with 2 years of brokerage experience, or Series 66 license", "Series 7", "Series 66"),
        ("ACLS certification for adult patients, or PALS certification", "ACLS", "PALS"),
    ],
)
def test_one_of_its_like_offered_after_what_the_first_is_for_is_an_alternative(line: str, one: str, other: str) -> None:
    asked = found(f"Specialist\n\nRequirements:\n- {line}\n- HIPAA\n")
    first, second = (next(term for term in asked if term.startswith(name)) for name in (one, other))
    assert asked[first].alternatives == (second,) and asked[second].alternatives == (first,)
    assert asked["HIPAA"].alternatives == ()


@pytest.mark.parametrize(
    "line",
    [
        "PGY2 Oncology residency OR PGY1 residency plus 2 years of oncology experience",
        "PGY2 critical care residency, or a PGY1 residency",
    ],
)
def test_one_of_its_like_offered_after_what_the_first_is_in_and_its_kind_is_an_alternative(line: str) -> None:
    # A pharmacy posting names the specialty between a residency's letters and its word: either residency will do, and
    # the specialty is what the first is in, no alternative of either.
    asked = found(f"Clinical Pharmacist\n\nRequirements:\n- {line}\n- HIPAA\n")
    assert asked["PGY2 residency"].alternatives == ("PGY1 residency",)
    assert asked["PGY1 residency"].alternatives == ("PGY2 residency",)
    assert all(k.alternatives == () for term, k in asked.items() if "residency" not in term)


def test_credentials_of_the_people_a_job_works_over_joined_by_a_slash_are_no_choice_offered_the_hire() -> None:
    # "Precept PGY1/PGY2 pharmacy residents" names the residents precepted: the PGY2 the posting prefers elsewhere is
    # not met by the CV's PGY1, and precepting is asked on its own.
    asked = found(
        "Clinical Pharmacist\n\nResponsibilities:\n- Precept PGY1/PGY2 pharmacy residents and APPE students\n\n"
        "Requirements:\n- Completion of a PGY1 residency\n\nPreferred:\n- PGY2 residency\n"
    )
    assert asked["PGY2 residency"].alternatives == () and not asked["PGY2 residency"].required
    assert asked["PGY1 residency"].alternatives == () and asked["PGY1 residency"].required
    assert all(k.alternatives == () for k in asked.values())


def test_what_the_first_of_two_like_credentials_is_in_is_no_alternative_to_either() -> None:
    asked = found("Clinical Pharmacist\n\nRequirements:\n- PGY2 residency in oncology, or PGY1 residency\n")
    assert asked["oncology"].alternatives == ()  # what the residency is in, not one of the two offered
    # Things of two kinds, a qualifier between them, are asked each on its own.
    asked = found("Pharmacist\n\nRequirements:\n- PharmD with 2 years of retail experience, or BCPS certification\n")
    assert asked["PharmD"].alternatives == () and asked["BCPS"].alternatives == ()


def test_the_surveillance_systems_and_treatments_of_hospital_and_rehab_postings_are_keywords() -> None:
    asked = found(
        "Infection Preventionist\n\nResponsibilities:\n- Report infections to the National Healthcare Safety "
        "Network\n- Follow antimicrobial therapy in TheraDoc\n"
    )
    assert {"NHSN", "TheraDoc"} <= asked.keys()
    assert "dry needling" in found("Physical Therapist\n\nPreferred:\n- Certification in trigger point dry needling\n")


def test_the_anticoagulation_care_providers_credential_is_one_keyword() -> None:
    assert "CACP" in found("Pharmacist\n\nPreferred:\n- Certified Anticoagulation Care Provider (CACP) is a plus\n")


def test_presentations_a_job_only_prepares_ask_for_no_public_speaking() -> None:
    assistant = found(
        "Executive Assistant\n\nResponsibilities:\n- Draft board presentations and quarterly reports for the CEO\n"
        "- Prepare and edit presentations for leadership offsites\n"
    )
    assert "public speaking" not in assistant
    # given, or asked in so many words, they are public speaking
    engineer = found("Sales Engineer\n\nResponsibilities:\n- Prepare and deliver customer presentations\n")
    assert "public speaking" in engineer
    counselor = found("Program Manager\n\nResponsibilities:\n- Lead the development and delivery of presentations\n")
    assert "public speaking" in counselor
    analyst = found(
        "Analyst\n\nResponsibilities:\n- Create executive-level presentations\n\nRequirements:\n"
        "- Excellent presentation skills\n"
    )
    assert analyst["public speaking"].said == "presentation skills"


def test_presentations_prepared_among_a_list_of_documents_ask_for_no_public_speaking() -> None:
    # "Prepare agendas, presentations and minutes": slides made, listed with the other papers a meeting needs.
    coordinator = found(
        "Operations Coordinator\n\nResponsibilities:\n"
        "- Prepare agendas, presentations and minutes for leadership and board meetings\n"
        "- Create budget reports, dashboards, and presentations for the COO\n"
    )
    assert "public speaking" not in coordinator
    # a verb of giving among the list still gives them
    trainer = found(
        "Training Specialist\n\nResponsibilities:\n- Develop course materials, deliver workshops and presentations\n"
    )
    assert "public speaking" in trainer
    # a word grown from a verb of making is no making: "developer documentation, team presentations" are given
    engineer = found(
        "Software Engineer\n\nResponsibilities:\n"
        "- Share knowledge with the team via developer documentation, team presentations, and demos\n"
    )
    assert "public speaking" in engineer


def test_the_logistics_of_meetings_events_travel_or_new_hires_ask_for_no_supply_chain_logistics() -> None:
    # An office's logistics are the arrangements it makes for people, not goods moved.
    office = found(
        "Office Coordinator\n\nResponsibilities:\n- Run onboarding logistics for new employees\n"
        "- Coordinate logistics for company events and offsites\n- Handle meeting and event logistics\n"
        "- Order supplies\n"
    )
    assert "logistics" not in office
    # said of freight, or on its own, it is asked
    shipper = found(
        "Operations Coordinator\n\nResponsibilities:\n- Manage event logistics\n"
        "- Coordinate logistics with carriers for inbound freight\n"
    )
    assert "logistics" in shipper
    assert "logistics" in found("Coordinator\n\nRequirements:\n- 3+ years of experience in logistics\n")


def test_a_team_that_only_says_whose_a_thing_is_asks_for_no_team_leadership() -> None:
    # "Manage team calendars", "Lead team meetings": calendars and meetings, the team's; no team led.
    assistant = found(
        "Team Assistant\n\nResponsibilities:\n- Manage team calendars and travel\n- Lead team meetings and take notes\n"
        "- Manage team budgets in Excel\n"
    )
    assert "team leadership" not in assistant
    # a team managed, or its members, is led
    assert "team leadership" in found("Supervisor\n\nResponsibilities:\n- Manage a team of five clerks\n")
    assert "team leadership" in found("Supervisor\n\nResponsibilities:\n- Manage team members across two sites\n")


def test_a_lead_or_growing_team_after_a_determiner_is_no_team_led() -> None:
    # "the lead team member" is the team's lead member, "a growing team" one that grows: "lead" and "growing" after
    # "the" or "a" describe, no verb leads; an imperative "Lead team members" still does.
    registrar = found(
        "Assistant Registrar\n\nRequirements:\n- Serve as the lead team member for transcript requests\n"
        "- Join a growing team of records specialists\n"
    )
    assert "team leadership" not in registrar
    assert "team leadership" in found("Supervisor\n\nResponsibilities:\n- Lead team members across two sites\n")


def test_a_skill_said_as_a_team_and_asked_as_experience_in_the_same_section_is_asked() -> None:
    asked = found(
        "Analytics Engineer\n\nRequirements:\n- Work closely with the data science team\n"
        "- Data science experience with Python\n"
    )
    assert "data science" in asked
    # said only as the team, it is no skill the job asks for
    teamed = found("Analytics Engineer\n\nRequirements:\n- Work closely with the data science team\n- Python\n")
    assert "data science" not in teamed
    nurse = found(
        "Charge Nurse\n\nRequirements:\n- Partner with the case management team on discharges\n"
        "- Knowledge of case management and utilization review\n"
    )
    assert "case management" in nurse


def test_a_skill_said_as_the_people_who_do_it_and_as_the_work_is_asked_in_the_words_of_the_work() -> None:
    desk = found(
        "Front Office Manager\n\nResponsibilities:\n- Schedule and develop the front desk agents and night auditors\n"
        "- Review the night audit and the daily revenue report\n- Handle guest complaints\n"
    )
    assert desk["night audit"].required
    assert desk["night audit"].said == "night audit"  # the work, not the people who do it
    analytics = found(
        "Analytics Engineer\n\nResponsibilities:\n- Collaborate closely with data engineers on dbt models\n"
        "- Help analysts with data engineering tasks in Looker\n"
    )
    assert analytics["data engineering"].said == "data engineering"
    # said only as the people, or as their team, the work is not asked
    led = found("Front Office Manager\n\nResponsibilities:\n- Supervise the night auditors\n- Handle guest requests\n")
    assert "night audit" not in led
    teamed = found(
        "Analytics Engineer\n\nResponsibilities:\n- Collaborate closely with data engineers on dbt models\n"
        "- Support the data engineering team with Looker\n"
    )
    assert "data engineering" not in teamed


def test_a_hotels_property_management_systems_are_keywords_and_the_opera_is_none() -> None:
    desk = found(
        "Night Auditor\n\nRequirements:\n- Experience with Oracle OPERA or OnQ\n"
        "- Understanding of hotel revenue management\n"
    )
    assert {"Opera PMS", "Hilton OnQ", "revenue management"} <= desk.keys()
    box_office = found("Box Office Associate\n\nResponsibilities:\n- Sell tickets for the opera and the ballet\n")
    assert "Opera PMS" not in box_office


def test_the_systems_schools_name_are_keywords_and_a_choice_of_two_is_one_requirement() -> None:
    asked = found(
        "7th Grade Science Teacher\n\nQualifications:\n- Experience with Schoology or Google Classroom\n"
        "- Enter grades in PowerSchool\n- Use MAP Growth and i-Ready data to plan instruction\n"
    )
    assert asked["Schoology"].alternatives == ("Google Classroom",)
    assert {"PowerSchool", "NWEA MAP Growth", "i-Ready"} <= set(asked)


def test_a_carriers_tms_is_a_transportation_management_system_and_a_museums_its_collections_system() -> None:
    dispatcher = found("Dispatcher\n\nRequirements:\n- Build loads and dispatch trucks in our TMS\n")
    assert dispatcher["transportation management system"].said == "TMS"
    registrar = found("Registrar\n\nRequirements:\n- Catalogue the collection in TMS\n")
    assert "TMS" in registrar and "transportation management system" not in registrar
    coordinator = found("Logistics Coordinator\n\nRequirements:\n- MercuryGate or a similar TMS\n")
    assert coordinator["MercuryGate"].required


def test_a_warehouse_management_system_is_asked_apart_from_running_a_warehouse_and_its_products_are_named() -> None:
    asked = found(
        "Inventory Control Manager\n\nResponsibilities:\n- Oversee warehouse operations on two shifts\n\n"
        "Requirements:\n- Hands-on experience with SAP EWM or Manhattan Active WM\n- Configure locations in our WMS\n"
        "- Blue Yonder or HighJump a plus\n"
    )
    assert asked["SAP EWM"].alternatives == ("Manhattan WMS",) and asked["Manhattan WMS"].said == "Manhattan Active WM"
    assert asked["warehouse management system"].said == "WMS" and asked["warehouse management"].required
    assert not asked["Blue Yonder"].required and asked["Körber WMS"].said == "HighJump"


def test_a_lean_six_sigma_belt_preferred_leaves_lean_in_the_duties_required() -> None:
    # The belt's name is one credential: its "Lean" is no wish for Lean beside the duty that asks for it.
    asked = found(
        "Operations Manager\n\nResponsibilities:\n- Lead improvement projects using Lean and 5S\n\n"
        "Requirements:\n- 5+ years in distribution\n\nPreferred:\n- Lean Six Sigma Green Belt\n"
    )
    assert asked["Lean methodology"].required
    assert asked["Lean Six Sigma"].said == "Lean Six Sigma Green Belt" and not asked["Lean Six Sigma"].required


def test_a_warehouses_carriers_labor_plans_and_slotting_are_keywords() -> None:
    asked = found(
        "Transportation Supervisor\n\nResponsibilities:\n- Track carrier performance and detention each week\n"
        "- Build the weekly labor plan against forecast volume\n\nRequirements:\n- 3+ years in a distribution center\n"
        "- Experience with warehouse slotting\n"
    )
    assert asked["carrier management"].said == "carrier performance" and asked["carrier management"].required
    assert asked["labor planning"].required and asked["slotting"].said == "warehouse slotting"


def test_a_contractors_job_costing_and_the_erps_that_keep_it_are_keywords() -> None:
    asked = found(
        "Electrical Project Manager\n\nResponsibilities:\n- Track job costs in Viewpoint Vista\n\n"
        "Nice to have:\n- Sage 300 CRE or CMiC\n"
    )
    assert asked["job costing"].required and asked["Viewpoint Vista"].required
    assert asked["Sage 300 CRE"].alternatives == ("CMiC",)


def test_the_modern_data_stack_is_named_and_monte_carlo_is_a_platform_only_among_data_quality_tools() -> None:
    asked = found(
        "Data Engineer\n\nRequirements:\n- Airflow, Prefect or Fivetran\n- Dimensional modeling (Kimball)\n"
        "- Great Expectations, Monte Carlo or similar data observability tools\n- Change data capture with Debezium\n"
        "\nResponsibilities:\n- Build the core data models in dbt\n"
    )
    assert {"Prefect", "Fivetran", "Kimball methodology", "Monte Carlo Data", "Debezium"} <= set(asked)
    assert asked["Airflow"].alternatives == ("Fivetran", "Prefect")
    assert "Core Data" not in asked  # the iOS framework, not the models a data team builds
    quant = found("Quant Analyst\n\nRequirements:\n- Monte Carlo simulation and stochastic calculus\n")
    assert "Monte Carlo methods" in quant and "Monte Carlo Data" not in quant


def test_a_field_of_a_degree_the_requirements_ask_for_is_a_degree_field_not_a_preference() -> None:
    # The degree is required, in any related field: the field named is neither a requirement of its own nor a wish.
    asked = found(
        "# Lead UX Designer\n\n## What you need\n\n- 6+ years of product design\n"
        "- Bachelor's degree in HCI, Design or related field\n- Fluency in Figma\n\n"
        "## Nice to have\n\n- Experience with Adobe XD\n"
    )
    hci = asked["human-computer interaction"]
    assert (hci.required, hci.degree_field, hci.need) == (False, True, "degree field")
    assert asked["Figma"].need == "required"
    assert asked["Adobe XD"].need == "preferred"


def test_a_degree_whose_bracket_offers_its_equivalent_is_required_in_its_field() -> None:
    # "(MLIS or equivalent)" offers an equivalent of the degree, no related field: the degree is the requirement.
    asked = found(
        "# Instruction Librarian\n\n## Required Qualifications\n\n"
        "- ALA-accredited master's degree in library and information science (MLIS or equivalent)\n"
        "- Experience teaching information literacy\n"
    )
    assert (asked["MLIS"].required, asked["MLIS"].degree_field) == (True, False)
    # A bracket the fields close is still among them: any related field will do.
    fields = found(
        "# Analyst\n\n## Requirements\n\n- Degree in Statistics (or Biostatistics), Economics or a related field\n"
    )
    assert fields["statistics"].degree_field


def test_a_degree_field_a_posting_only_wishes_for_stays_preferred() -> None:
    asked = found(
        "# Research Analyst\n\n## Requirements\n\n- 3+ years of survey research\n\n"
        "## Preferred\n\n- Master's degree in Statistics, Economics or a related field\n"
    )
    assert (asked["statistics"].degree_field, asked["statistics"].need) == (False, "preferred")


@pytest.mark.parametrize(
    "asked", ["Read construction drawings", "Print reading", "Reading prints and work orders", "Plan reading"]
)
def test_the_trades_names_for_reading_a_jobs_drawings_are_blueprint_reading(asked: str) -> None:
    # Reading the drawings is one skill by any of its names; preparing construction documents is an architect's.
    assert "blueprint reading" in found(f"Site Foreman\n\nRequirements:\n- {asked}\n- OSHA 30\n")


def test_epics_reporting_databases_are_skills_and_clarity_alone_is_a_word() -> None:
    asked = found(
        "Clinical Data Analyst\n\nRequirements:\n- Epic Clarity/Caboodle reporting\n- Write with clarity\n- SQL\n"
    )
    assert {"Epic Clarity", "Epic Caboodle", "SQL"} <= asked.keys()
    assert asked["Epic Caboodle"].said == "Caboodle"
    assert not any(k.said.lower() == "clarity" for k in asked.values())


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Deliver training to dispatchers on our routing software", "Deliver training"),
        ("Run training sessions for new hires", "training sessions"),
        ("Own end-user training for the new ERP", "end-user training"),
    ],
)
def test_training_given_to_others_is_a_skill_by_any_of_its_names(line: str, said: str) -> None:
    asked = found(f"Operations Trainer\n\nResponsibilities:\n- {line}\n- Build reports in Power BI\n")
    assert asked["training delivery"].said.lower() == said.lower()


def test_training_an_employer_provides_is_no_skill_asked() -> None:
    asked = found(
        "Warehouse Associate\n\nRequirements:\n- Forklift experience\n- No experience in logistics needed: we'll "
        "provide training on that\n"
    )
    assert "training delivery" not in asked


def test_mccormick_is_the_estimating_software_only_where_the_context_says_so() -> None:
    asked = found("Electrical Estimator\n\nRequirements:\n- Experience with McCormick or Accubid estimating software\n")
    assert asked["McCormick Systems"].said == "McCormick"
    contact = found("Sales Rep\n\nHow to apply\nSend your resume to Jane McCormick.\n\nRequirements:\n- Excel\n")
    assert "McCormick Systems" not in contact


@pytest.mark.parametrize(
    "duty",
    [
        "Build e-learning courses for our claims and customer service teams",
        "Design onboarding courses for clinic administrators and front-desk staff",
        "Create job aids for new customer service representatives",
    ],
)
def test_the_work_of_the_staff_a_job_is_done_for_is_no_keyword(duty: str) -> None:
    asked = found(
        f"Instructional Designer\n\nResponsibilities:\n- {duty}\n- Write storyboards and facilitator guides\n\n"
        "Requirements:\n- Experience with Articulate Storyline\n"
    )
    # The people a trainer serves: no work asked of the trainer.
    assert "customer service" not in asked and "front desk" not in asked
    assert asked["Articulate Storyline"].required


@pytest.mark.parametrize(
    "duty",
    [
        "Be responsible for the customer service team's daily queue",
        "Be a strong advocate for the customer service team",
        "Lead customer service for our retail teams",
        "A passion for mentoring and coaching junior team members",
    ],
)
def test_a_team_one_leads_or_the_work_one_does_for_a_team_stays_a_keyword(duty: str) -> None:
    asked = found(f"Team Lead\n\nResponsibilities:\n- {duty}\n- Report weekly to the director\n")
    assert {"customer service", "mentoring"} & asked.keys()


def test_a_curriculum_postings_standards_and_the_students_it_serves_are_keywords() -> None:
    asked = found(
        "Curriculum Writer, Middle School Science\n\nResponsibilities:\n"
        "- Write units aligned to the Next Generation Science Standards and the Common Core State Standards\n"
        "- Adapt labs for English language learners\n\nRequirements:\n"
        "- Experience planning units with Understanding by Design\n"
    )
    assert {"NGSS", "Common Core", "ESL", "backward design"} <= asked.keys()
    assert asked["NGSS"].required and asked["ESL"].required


@pytest.mark.parametrize(
    "line",
    [
        "Read completion and assessment reports in Excel or a BI tool",
        "Build custom components in either React or a WordPress stack",
        "Current BLS or an ACLS card",
    ],
)
def test_a_skill_offered_after_or_a_is_an_alternative(line: str) -> None:
    asked = found(f"Learning Analyst\n\nRequirements:\n- {line}\n- Strong written communication\n")
    first, second = [k for k in asked.values() if k.kind == "skill"][:2]
    assert first.alternatives == (second.term,) and second.alternatives == (first.term,)


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Experience with Articulate Storyline or Rise", ("Articulate Rise", "Articulate Storyline")),
        ("3+ years of experience in software development or testing", ("software engineering", "software testing")),
    ],
)
def test_two_names_that_share_their_first_word_across_an_or_are_alternatives(line: str, pair: tuple[str, str]) -> None:
    # "Articulate Storyline or Rise" names Articulate Rise through the maker's name it shares: either will do.
    asked = found(f"Instructional Designer\n\nRequirements:\n- {line}\n- Strong SQL\n")
    first, second = pair
    assert asked[first].alternatives == (second,) and asked[second].alternatives == (first,)


@pytest.mark.parametrize(
    ("line", "pair", "asked_too"),
    [
        ("2+ years of banquet or catering supervisory experience", ("banquets", "catering"), "staff supervision"),
        ("Salesforce or HubSpot marketing automation", ("HubSpot", "Salesforce"), "marketing automation"),
        ("Python or R data analysis", ("Python", "R"), "data analysis"),
    ],
)
def test_the_skill_a_choice_qualifies_a_space_after_it_is_asked_whichever_is_chosen(
    line: str, pair: tuple[str, str], asked_too: str
) -> None:
    # "banquet or catering supervisory experience": supervision is asked, in banquets or in catering.
    asked = found(f"Operations Lead\n\nRequirements:\n- {line}\n- Clear writing\n")
    first, second = pair
    assert asked[first].alternatives == (second,) and asked[second].alternatives == (first,)
    assert asked[asked_too].alternatives == () and asked[asked_too].required


def test_a_makers_name_beside_its_certification_offered_with_another_is_no_alternative_of_it() -> None:
    asked = found("Cloud Engineer\n\nRequirements:\n- Experience with AWS\n- AWS or Azure certifications required\n")
    assert "AWS certifications" not in asked["AWS"].alternatives


def test_an_e_learning_postings_software_simulations_are_no_computer_simulation() -> None:
    asked = found(
        "Customer Education Designer\n\nResponsibilities:\n- Produce short software simulation videos with Camtasia\n"
        "\nRequirements:\n- Experience with Articulate Storyline\n"
    )
    assert "software simulations" in asked and "simulation" not in asked
    assert "simulation" in found("Research Engineer\n\nRequirements:\n- Numerical simulation of fluid flows\n")


def test_a_word_that_ends_a_name_of_its_own_shares_no_head_after_and() -> None:
    # "code blue" is a hospital's emergency call: its "blue" makes no blue team with the "teams" after "and"
    asked = found("Clinical Pharmacist\n\nResponsibilities:\n- Participate in code blue and rapid response teams\n")
    assert {"code blue", "rapid response team"} <= asked.keys()
    assert "blue team" not in asked
    # a modifier of its own still shares the head
    security = found("Security Analyst\n\nRequirements:\n- Experience on red and blue teams\n")
    assert "blue team" in security


@pytest.mark.parametrize(
    "named",
    [
        "Grow pipeline with our cloud partners (Snowflake, Databricks and regional systems integrators)",
        "Co-sell with our alliance partners such as Snowflake and Databricks",
        "Expand accounts among our customers including Snowflake and Databricks",
    ],
)
def test_the_employers_own_partners_or_customers_named_in_a_duty_are_no_keywords(named: str) -> None:
    # Whom the company sells with or to is no skill asked of the one it hires; a tool the posting asks for is.
    asked = found(
        "Enterprise Account Executive\n\nResponsibilities:\n"
        f"- {named}\n- Forecast accurately in Salesforce\n\n"
        "Requirements:\n- 5+ years of quota-carrying software sales\n- Experience with Gong\n"
    )
    assert "Snowflake" not in asked and "Databricks" not in asked
    assert asked["Salesforce"].required and asked["Gong"].required


def test_a_partner_the_posting_also_asks_experience_with_stays_a_keyword() -> None:
    asked = found(
        "Partner Account Manager\n\nResponsibilities:\n- Build joint pipeline with our partners (Snowflake, Okta)\n\n"
        "Requirements:\n- 3+ years of experience co-selling with Snowflake\n- Salesforce\n"
    )
    assert "Snowflake" in asked  # said once more, outside the list of partners: asked
    assert "Okta" not in asked


def test_a_skill_after_a_comma_and_including_after_our_customers_is_what_is_done_for_them_and_asked() -> None:
    asked = found(
        "Customer Education Manager\n\nResponsibilities:\n- Build training for our customers, including Tableau "
        "workshops\n\nRequirements:\n- 4+ years of instructional design\n"
    )
    assert "Tableau" in asked


@pytest.mark.parametrize(
    ("line", "activity", "said"),
    [
        ("Schedule front desk agents and night auditors", "staff scheduling", "Schedule front desk agents"),
        ("Supervise the housekeeping attendants", "staff supervision", "Supervise the housekeeping attendants"),
        ("Experience supervising lab technicians", "staff supervision", "supervising lab technicians"),
        ("Onboard new nurses on the unit", "employee onboarding", "Onboard new nurses"),
    ],
)
def test_work_done_to_workers_named_by_their_job_is_the_work_done_to_staff(line: str, activity: str, said: str) -> None:
    asked = found(f"Operations Manager\n\nResponsibilities:\n- {line}\n- Balance cash handling at every shift\n")
    assert asked[activity].said.lower() == said.lower()
    # people who are no workers, or software agents, are not staff
    other = found("Operations Manager\n\nResponsibilities:\n- Schedule patient visits\n- Supervise AI agents\n")
    assert not {"staff scheduling", "staff supervision"} & other.keys()


@pytest.mark.parametrize(
    ("line", "choice", "kind"),
    [
        (
            "Knowledge of JavaScript/TypeScript programming languages",
            {"JavaScript", "TypeScript"},
            "programming languages",
        ),
        ("Build services using Ruby and/or Go programming languages", {"Ruby", "Go"}, "programming languages"),
        ("Daily use of Salesforce or HubSpot CRM", {"Salesforce", "HubSpot"}, "CRM"),
        (
            "Fluent in the Java programming language or TypeScript/Node.js",
            {"Java", "TypeScript", "Node.js"},
            "programming languages",
        ),
    ],
)
def test_a_kind_named_after_its_examples_as_their_noun_offers_none_of_it_instead(
    line: str, choice: set[str], kind: str
) -> None:
    # The kind after two of its examples is their noun: the examples are the choice, and no other of the kind would
    # do, as it would after "such as" ("programming languages such as Python or Go").
    posting = Posting("p", f"Integrations Engineer\n\nRequirements:\n- {line}\n- Three years of work\n")
    found = {k.term: set(k.alternatives) for k in keywords(analyse_posting(posting)) if k.kind == "skill"}
    assert all(found[name] == choice - {name} for name in choice)
    assert found[kind] == set()


def test_a_clinics_procedures_quality_programmes_and_visits_are_keywords_in_the_words_it_says_them() -> None:
    """What an urgent or primary care clinic asks of its nurse practitioners and physician assistants: the office
    procedures, the visits, the quality programmes it is measured by, the kind of clinic it is."""
    asked = found(
        "Physician Assistant – Walk-in Clinic\n\nResponsibilities:\n"
        "- Perform I&D of abscesses, laceration repair and foreign body removal\n"
        "- See children for well-child checks and adults for Pap smears\n"
        "- Check the state PDMP before prescribing opioids\n"
        "- Close care gaps on our HEDIS measures as a patient-centered medical home\n\n"
        "Preferred:\n- Experience in an FQHC\n"
    )
    said = {k.term: k.said for k in asked.values() if k.kind == "skill"}
    assert {
        "incision and drainage": "I&D",
        "laceration repair": "laceration repair",
        "foreign body removal": "foreign body removal",
        "well-child visits": "well-child checks",
        "Pap smears": "Pap smears",
        "PDMP": "PDMP",
        "HEDIS": "HEDIS measures",
        "PCMH": "patient-centered medical home",
    }.items() <= said.items()
    assert not asked["FQHC"].required


@pytest.mark.parametrize(
    "ruled_out",
    [
        "Prescribe antibiotics by video; no controlled substances are prescribed on our platform",
        "Renew prescriptions by video (controlled substances not required)",
    ],
)
def test_a_skill_the_posting_says_only_as_what_the_job_does_not_do_is_no_keyword(ruled_out: str) -> None:
    asked = found(
        f"Virtual Care Physician\n\nResponsibilities:\n- {ruled_out}\n- Treat sinusitis and UTIs\n\n"
        "Requirements:\n- Board certification\n- Telehealth experience\n"
    )
    assert "controlled substances" not in asked and "telehealth" in asked
    # Said once more as the work, it is asked for.
    again = found(
        "Hospice Physician\n\nResponsibilities:\n- No weekend call\n- Prescribe controlled substances for pain\n"
        "- No controlled substances are stored in the office\n"
    )
    assert again["controlled substances"].required


@pytest.mark.parametrize(
    "denied",
    [
        "No prior Salesforce experience required",
        "Experience with Salesforce is not required",
        "Prior Salesforce experience is not a requirement",
        "You don't need Salesforce experience; we train every hire",
        "Salesforce, HubSpot or Pipedrive experience is not necessary",
    ],
)
def test_a_skill_the_posting_says_is_not_needed_is_neither_required_nor_lacking(denied: str) -> None:
    asked = found(
        "Customer Success Associate\n\nResponsibilities:\n- Answer client questions by phone and email\n\n"
        f"Requirements:\n- {denied}\n- Experience with Zendesk\n"
    )
    assert "Salesforce" not in asked and "HubSpot" not in asked
    assert asked["Zendesk"].required


def test_what_the_posting_says_the_job_is_not_or_does_not_do_is_no_keyword() -> None:
    asked = found(
        "Client Onboarding Specialist\n\nResponsibilities:\n- Onboard new clients onto our payroll platform\n"
        "- This is not a sales role: you will not carry a quota\n\nRequirements:\n- Payroll processing\n"
    )
    assert "quota attainment" not in asked and asked["payroll"].required
    # Saying it is not needed but would help, a posting wishes for it.
    wished = found("Support Engineer\n\nRequirements:\n- SQL\n- Kubernetes experience is not required, but a plus\n")
    assert not wished["Kubernetes"].required
    helps = found("Support Engineer\n\nRequirements:\n- SQL\n- Kubernetes experience not required but helpful\n")
    assert not helps["Kubernetes"].required  # said to help, as "a plus" is


def test_the_no_of_a_name_written_apart_rules_nothing_out() -> None:
    """ "no SQL" is NoSQL written apart: a database the job uses, asked for."""
    asked = found("Backend Engineer\n\nRequirements:\n- Experience with no SQL stores such as Cassandra\n- Kafka\n")
    assert "SQL" in asked and asked["SQL"].required


def test_a_no_after_a_verb_says_what_the_work_prevents_which_it_asks() -> None:
    asked = found("Privacy Officer\n\nResponsibilities:\n- Ensure no HIPAA violations occur\n- Train staff yearly\n")
    assert asked["HIPAA"].required


def test_a_no_after_a_verb_of_having_rules_out_what_follows() -> None:
    # "have no", "with no": what the hire must not have, as "No hazmat violations" opening a clause says.
    asked = found(
        "Route Driver\n\nRequirements:\nA Class A CDL is required. Applicants with no hazmat violations in their "
        "record may apply, and you must have no HIPAA complaints on file. Forklift operation.\n"
    )
    assert "hazmat" not in asked and "HIPAA" not in asked and "forklift operation" in asked


@pytest.mark.parametrize(
    ("line", "choice", "asked_alone"),
    [
        ("Deep experience with Go or Java, PostgreSQL and Kafka", {"Go", "Java"}, {"PostgreSQL", "Kafka"}),
        ("Proficient in Revit or AutoCAD, Bluebeam, and Procore", {"Revit", "AutoCAD"}, {"Bluebeam", "Procore"}),
    ],
)
def test_an_or_inside_a_list_that_an_and_closes_offers_only_the_two_it_joins(
    line: str, choice: set[str], asked_alone: set[str]
) -> None:
    # "A or B, C and D" is a list of three things asked, the first a choice: C is no alternative to A or B.
    asked = found(f"Engineer\n\nRequirements:\n- {line}\n")
    for name in choice:
        assert set(asked[name].alternatives) == choice - {name}
    for name in asked_alone:
        assert asked[name].required and asked[name].alternatives == ()


@pytest.mark.parametrize("opening", ["One or more of:", "At least one of:", "One of the following:"])
def test_a_list_of_credentials_one_or_more_of_which_will_do_offers_each_instead_of_the_others(opening: str) -> None:
    asked = found(f"Security Analyst\n\nRequirements:\n- {opening} CISSP, CISM, CISA.\n- 3+ years in a SOC\n")
    assert asked["CISSP"].alternatives == ("CISA", "CISM")
    assert asked["CISM"].need == "one of"


def test_the_tools_of_incident_response_are_skills_and_volatility_in_finance_is_the_word() -> None:
    asked = found(
        "Incident Responder\n\nRequirements:\n"
        "- Experience with forensic tools such as Velociraptor, KAPE, Volatility or EnCase\n"
        "- Network monitoring with Zeek and Suricata; writing YARA rules\n"
    )
    assert asked["Volatility"].alternatives == ("EnCase", "KAPE", "Velociraptor")  # any one of the four will do
    assert {"Zeek", "Suricata", "YARA"} <= asked.keys()
    trader = found("Trader\n\nRequirements:\n- Comfort with market volatility and fast-moving rates\n- Python\n")
    assert "Volatility" not in trader


def test_a_product_named_for_an_office_or_a_system_ends_a_list_of_tools_without_swallowing_them() -> None:
    # "Microsoft Office" and the "Last Planner System" are products, not a body whose name runs back over "and" to the
    # tools listed before them: each tool of the list is asked for.
    asked = found(
        "Project Manager\n\nQualifications:\n- Proficiency with Procore, Primavera P6, Bluebeam and Microsoft Office\n"
        "- Experience with Procore and the Last Planner System\n"
    )
    assert {"Procore", "Primavera P6", "Bluebeam", "Microsoft Office", "Last Planner System"} <= asked.keys()
    assert asked["Bluebeam"].required


def test_a_team_of_someone_named_in_the_possessive_is_who_the_job_works_with_not_a_skill_it_asks() -> None:
    # "the facility's infection prevention team", "our client's finance team": whose team it is changes nothing.
    asked = found(
        "Project Manager\n\nResponsibilities:\n- Prepare ICRA plans with the facility's infection prevention team\n"
        "- Reconcile pay applications with the owner’s accounting team\n- Run OAC meetings in Procore\n"
    )
    assert "infection control" not in asked and "accounting" not in asked
    assert {"ICRA", "Procore"} <= asked.keys()


def test_a_team_the_job_sends_its_findings_to_is_who_it_works_with_not_a_skill_it_asks() -> None:
    # Findings communicated or reported to a team go to colleagues; the team's short form may stand before "team".
    asked = found(
        "Medical Coder\n\nResponsibilities:\n"
        "- Communicate documentation opportunities to the clinical documentation improvement (CDI) team\n"
        "- Report suspected fraud to the revenue cycle management team\n- Abstract ICD-10-CM codes\n"
    )
    assert "clinical documentation improvement" not in asked and "revenue cycle management" not in asked
    assert "ICD-10-CM" in asked
    # The team the job joins is its own work.
    assert "clinical documentation improvement" in found(
        "CDI Specialist\n\nResponsibilities:\n- Join the clinical documentation improvement (CDI) team\n"
    )


def test_a_software_postings_payment_applications_are_apps_not_a_contractors_pay_applications() -> None:
    # A contractor bills the owner by pay applications; a bank's "payment applications" are software it builds.
    asked = found("Backend Engineer\n\nResponsibilities:\n- Build banking and payment applications in Java\n")
    assert "pay applications" not in asked
    assert "pay applications" in found("Project Manager\n\nResponsibilities:\n- Prepare monthly pay apps\n")


def test_redshift_is_the_3d_renderer_where_a_posting_speaks_of_3d_and_amazons_warehouse_beside_sql() -> None:
    motion = found(
        "3D Motion Designer\n\nRequirements:\n- Cinema 4D and After Effects\n- Redshift or Octane for rendering\n"
        "- Arnold a plus\n"
    )
    assert {"Maxon Redshift", "OctaneRender", "Cinema 4D"} <= set(motion)
    assert "Amazon Redshift" not in motion
    data = found("Analytics Engineer\n\nRequirements:\n- SQL on Redshift or Snowflake\n- dbt models\n")
    assert "Amazon Redshift" in data and "Maxon Redshift" not in data


def test_engineering_controls_are_a_safety_measure_not_control_engineering() -> None:
    # The hierarchy of controls' "engineering controls" (hoods, guards, ventilation) read backwards as control
    # engineering, and so as control systems; a controls engineer's posting still asks for control systems.
    asked = found("Compounding Technician\n\nRequirements:\n- Apply engineering controls and PPE with hazardous drugs")
    assert "engineering controls" in asked and "control systems" not in asked
    assert "primary engineering controls" in found("Technician\n\nRequirements:\n- Clean primary engineering controls")
    assert "control systems" in found("Controls Engineer\n\nRequirements:\n- Control engineering for HVAC plants\n")


def test_the_floodplain_managers_credential_is_a_keyword_and_an_airflow_in_cfm_is_none() -> None:
    asked = found("Water Resources Engineer\n\nPreferred:\n- Certified Floodplain Manager (CFM).\n")
    assert asked["Certified Floodplain Manager"].required is False
    hvac = found("HVAC Technician\n\nRequirements:\n- Balance air handlers of 2,000 to 20,000 CFM.\n")
    assert "Certified Floodplain Manager" not in hvac


def test_a_name_with_a_trades_sense_takes_it_where_another_section_of_the_posting_speaks_of_the_trade() -> None:
    # The requirement says "EMR" alone; the duties say whose safety record it is: a contractor's, no medical record.
    asked = found(
        "Safety Manager\n\nResponsibilities\n- Lead jobsite safety inspections and OSHA recordable incident "
        "investigations for our subcontractors.\n\nRequirements\n- Experience lowering a company's EMR.\n"
        "- 5+ years in commercial construction.\n"
    )
    assert "experience modification rate" in asked and "EHR" not in asked
    clinic = found("Medical Assistant\n\nResponsibilities\n- Room patients.\n\nRequirements\n- Experience with EMR.\n")
    assert "EHR" in clinic


def test_a_schools_advanced_placement_courses_are_a_keyword_and_accounts_payable_is_not_one() -> None:
    asked = found("High School Chemistry Teacher\n\nRequirements:\n- Experience teaching AP courses.\n")
    assert asked["Advanced Placement"].said == "AP courses"
    payables = found("Accounting Clerk\n\nRequirements:\n- 2 years of AP experience.\n")
    assert "Advanced Placement" not in payables


def test_a_skill_said_through_a_head_it_shares_is_shown_in_the_postings_words() -> None:
    # "qualitative and quantitative methods" says both skills; neither is "qualitative research", the lexicon's name.
    asked = found("Program Analyst\n\nRequirements:\n- Evaluate programs using qualitative and quantitative methods.\n")
    assert asked["qualitative research"].said == "qualitative and quantitative methods"
    assert asked["quantitative analysis"].said == "quantitative methods"
    tests = found("QA Engineer\n\nRequirements:\n- Write unit and integration tests.\n")
    assert tests["unit testing"].said == "unit and integration tests"


def test_a_name_the_lexicon_writes_with_its_capital_keeps_it_where_it_opens_a_line() -> None:
    asked = found(
        "Quality Engineer\n\nRequirements:\n- Cpk and capability studies in Minitab\n- Ishikawa diagrams for 8Ds\n"
        "- Arduino prototypes for test fixtures\n- Root cause analysis\n"
    )
    # "Cpk", "Ishikawa" and "Arduino" are names of a concept's kind, written so by the lexicon; a concept's own words
    # that open a line lose their capital as ever.
    assert asked["process capability"].label == "Cpk (process capability)"
    assert asked["root cause analysis"].label == "Ishikawa diagrams (root cause analysis)"
    assert asked["microcontrollers"].label == "Arduino (microcontrollers)"
    found_again = found("Quality Engineer\n\nRequirements:\n- Root cause analysis\n")
    assert found_again["root cause analysis"].label == "root cause analysis"


@pytest.mark.parametrize(
    "line",
    [
        "Provide consecutive and simultaneous interpretation (Spanish/English) for patients and families",
        "Perform sight translation (Spanish or Vietnamese) of consent forms",
        "Teach Spanish or French in grades 6-8, or ESL",
    ],
)
def test_a_language_is_no_alternative_to_a_skill_that_is_not_one(line: str) -> None:
    asked = found(f"Interpreter\n\nResponsibilities:\n- {line}\n\nRequirements:\n- HIPAA\n")
    languages = {"Spanish", "English", "Vietnamese", "French"}
    for term, keyword in asked.items():
        if term in languages:
            assert set(keyword.alternatives) <= languages, (term, keyword.alternatives)
        else:
            assert not set(keyword.alternatives) & languages, (term, keyword.alternatives)


def test_credentials_each_qualified_by_a_language_in_brackets_are_still_alternatives() -> None:
    asked = found(
        "Medical Interpreter\n\nRequirements:\n"
        "- Current certification: CCHI (CHI-Vietnamese) or NBCMI (CMI-Vietnamese)\n- Knowledge of HIPAA\n"
    )
    assert asked["CCHI"].alternatives == ("NBCMI",) and asked["NBCMI"].alternatives == ("CCHI",)
    assert "Vietnamese" in asked and asked["Vietnamese"].alternatives == ()


@pytest.mark.parametrize(
    "line", ["ACLS, PALS, PHTLS or ITLS, NRP (Neonatal Resuscitation Program)", "Current ACLS, PALS, PHTLS or ITLS"]
)
def test_life_support_cards_listed_with_commas_are_each_asked_and_an_or_offers_the_two_beside_it(line: str) -> None:
    # Each card is its own course: "ACLS, PALS, PHTLS or ITLS" asks for ACLS and PALS, and one of the trauma courses.
    asked = found(f"Flight Paramedic\n\nRequirements:\n- {line}\n- Three years of 911 experience\n")
    assert asked["ACLS"].alternatives == () and asked["PALS"].alternatives == ()
    assert asked["PHTLS"].alternatives == ("ITLS",) and asked["ITLS"].alternatives == ("PHTLS",)
    if "NRP" in asked:
        assert asked["NRP"].alternatives == ()


def test_a_grants_posting_asks_for_the_federal_systems_rules_and_credential_of_grants_work() -> None:
    asked = found(
        "Grants Manager\n\nResponsibilities:\n- Submit proposals through Grants.gov and eRA Commons\n"
        "- Write letters of inquiry, budgets and logic models\n- Ensure compliance with 2 CFR 200\n\n"
        "Requirements:\n- Active SAM.gov registration experience\n- Foundation Directory Online\n\n"
        "Preferred:\n- Grant Professional Certified (GPC) credential\n"
    )
    federal = {"Grants.gov", "eRA Commons", "SAM.gov", "Uniform Guidance"}
    assert federal | {"letter of inquiry", "logic model"} <= set(asked)
    assert asked["Uniform Guidance"].said == "2 CFR 200"
    assert asked["Foundation Directory Online"].required
    assert not asked["Grant Professional Certified"].required


def test_a_functional_genomics_postings_models_screens_and_their_tools_are_keywords() -> None:
    # What target-discovery postings ask of a molecular biologist: stem-cell models, CRISPR screens and their
    # variants, the analysis tool of a pooled screen, cloning methods and lab automation, as the field writes them.
    asked = found(
        "Scientist, Target Discovery\n\nRequirements:\n- Expertise in human iPSC culture and differentiation\n"
        "- Experience running pooled CRISPR screens, including CRISPRi and CRISPRa\n"
        "- Molecular cloning (Gibson Assembly, Golden Gate assembly) and co-immunoprecipitation\n"
        "- Hit calling with MAGeCK\n\nNice to have:\n- Perturb-seq or base editing\n"
        "- Laboratory automation (Opentrons)\n- Confocal microscopy\n"
    )
    for term in (
        "iPSC",
        "CRISPR screening",
        "CRISPRi",
        "CRISPRa",
        "molecular cloning",
        "Gibson Assembly",
        "Golden Gate cloning",
        "co-immunoprecipitation",
        "MAGeCK",
    ):
        assert asked[term].required, term
    for term in ("Perturb-seq", "base editing", "laboratory automation", "Opentrons", "confocal microscopy"):
        assert not asked[term].required, term


def test_a_cell_therapy_process_postings_systems_statistics_tool_and_transfer_are_keywords() -> None:
    asked = found(
        "Scientist, Process Development\n\nResponsibilities:\n- Expand T cells in G-Rex and Xuri bioreactors\n"
        "- Analyze DoE studies in JMP\n- Measure vector copy number by ddPCR\n"
        "- Support technology transfer to GMP manufacturing\n\nPreferred:\n"
        "- Experience with closed systems (CliniMACS Prodigy, Sepax, Lovo)\n"
    )
    for term in ("G-Rex", "Xuri", "bioreactor", "JMP", "vector copy number", "technology transfer"):
        assert asked[term].required, term
    for term in ("CliniMACS Prodigy", "Sepax", "Lovo"):
        assert not asked[term].required, term


def test_a_hotels_mpi_beside_strs_other_indexes_is_its_market_penetration_index_and_a_clusters_is_mpi() -> None:
    hotel = found(
        "Revenue Manager\n\nResponsibilities:\n- Analyse STR benchmarking (RGI, MPI, ARI) weekly.\n- Grow RevPAR.\n"
    )
    assert {"market penetration index", "revenue generation index", "average rate index", "RevPAR"} <= set(hotel)
    assert "MPI" not in hotel
    hpc = found("HPC Engineer\n\nRequirements:\n- Parallel programming with MPI and OpenMP on the cluster\n")
    assert "MPI" in hpc and "market penetration index" not in hpc


def test_a_hotels_revenue_management_systems_are_keywords_and_the_everyday_ideas_is_not() -> None:
    asked = found(
        "Rooms Division Manager\n\nRequirements:\n- Experience with IDeaS or Duetto revenue management systems.\n"
        "- Knowledge of SynXis and Forbes Travel Guide and LQA standards.\n- Share ideas for new guest services.\n"
    )
    assert {"IDeaS", "Duetto", "SynXis", "Forbes Travel Guide", "LQA"} <= set(asked)
    assert asked["IDeaS"].said == "IDeaS"
    assert "IDeaS" not in found("Marketing Lead\n\nRequirements:\n- Bring fresh ideas to our campaigns.\n")


def test_the_challenger_method_named_by_its_first_word_in_a_list_of_methodologies_is_one_of_them() -> None:
    asked = found(
        "Account Executive\n\nRequirements:\n- Trained in a sales methodology such as Challenger, Sandler or MEDDICC\n"
        "- Grow our challenger brand's share.\n"
    )
    assert asked["Challenger Sale"].said == "Challenger"
    assert "Challenger Sale" in asked["MEDDIC"].alternatives
    brand = found("Brand Manager\n\nRequirements:\n- Position our challenger brand.\n- Experience with Salesforce\n")
    assert "Challenger Sale" not in brand  # an everyday word in small letters


def test_course_hours_in_any_of_several_fields_offer_fields_of_study_not_skills_asked() -> None:
    # A US public employer's qualification standard offers course hours in a choice of fields in place of a degree's.
    asked = found(
        "# Budget Analyst\n\n## Qualifications\n\n"
        "- A bachelor's degree that included at least 24 semester hours in any combination of the following fields: "
        "accounting, business, finance, law, economics, quantitative methods, or organization and management.\n"
        "- Experience preparing budget justifications.\n"
    )
    quantitative = asked["quantitative analysis"]
    assert (quantitative.required, quantitative.degree_field, quantitative.need) == (False, True, "degree field")


def test_what_a_summary_says_the_job_does_by_its_titles_word_is_asked_for() -> None:
    # "Under collaborative practice agreements with physicians, the pharmacist manages …": the job's work, though the
    # sentence opens with neither "you" nor the job's title; what it says of another job is not.
    asked = found(
        "Clinical Pharmacist - Ambulatory Care\n\nPosition Summary\n\nOur clinics serve 40,000 patients. Under "
        "collaborative practice agreements with physicians, the pharmacist independently manages anticoagulation "
        "and adjusts therapy for hypertension. The physician documents in Salesforce.\n\n"
        "Responsibilities\n- Perform comprehensive medication reviews\n\nRequirements\n- BLS certification\n"
    )
    assert {"collaborative practice agreement", "anticoagulation management", "hypertension"} <= asked.keys()
    assert "Salesforce" not in asked


def test_commissioning_is_named_as_the_text_says_it_not_narrowed_to_a_buildings() -> None:
    # A water plant's commissioning plan is no building's commissioning: the keyword is the general one.
    plant = found(
        "Commissioning Engineer\n\nResponsibilities:\n- Lead commissioning and start-up of pumps and control panels\n"
        "- Write the commissioning plan for each skid\n\nRequirements:\n- Working knowledge of P&IDs\n"
    )
    assert "systems commissioning" in plant and "building commissioning" not in plant
    # A general contractor's posting that names the building's commissioning keeps it.
    building = found(
        "Project Superintendent\n\nRequirements:\n- Coordinate MEP trades through building commissioning\n"
    )
    assert "building commissioning" in building and "systems commissioning" not in building


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Healthcare construction experience required", "healthcare construction"),
        ("5+ years of tenant improvement experience", "tenant improvement"),
        ("Experience in wildlife rehabilitation.", "wildlife rehabilitation"),
    ],
)
def test_a_requirement_that_is_one_phrase_asked_as_experience_yields_the_phrase(line: str, term: str) -> None:
    # A line of the requirements that asks for nothing but "<words> experience" names what the job needs, though
    # the posting says it once: its phrase is a keyword, required.
    posting = found(f"Field Lead\n\nRequirements:\n- {line}\n- Valid driver's license\n")
    assert term in posting and posting[term].required


@pytest.mark.parametrize(
    ("line", "halves"),
    [("3+ years of post-licensed experience", "post license"), ("Experience in closing-sales roles", "close sale")],
)
def test_the_halves_of_one_hyphenated_word_asked_as_experience_are_no_phrase_asked(line: str, halves: str) -> None:
    # One hyphenated word says how the experience was had, no two words' experience the job needs.
    assert halves not in found(f"Field Lead\n\nRequirements:\n- {line}\n- Valid driver's license\n")


def test_a_cvs_own_skill_that_is_an_everyday_word_is_a_keyword_only_where_the_posting_writes_it_as_a_name() -> None:
    # A CV lists "Attentive", an SMS platform the lexicon does not know: a posting that asks for someone "attentive to
    # detail" asks for no platform, one that names it beside Klaviyo does. A name that is no word ("Klaviyo") needs no
    # capital.
    def asked(text: str) -> set[str]:
        named = {"attentive", "loomly", "schedule"}
        return {k.term for k in keywords(analyse_posting(Posting("p", text)), named=named)}

    assert "attentive" not in asked("Coordinator\n\nRequirements:\n- Highly organized and attentive to detail\n")
    assert "attentive" in asked("Coordinator\n\nRequirements:\n- Experience with Klaviyo and Attentive for SMS\n")
    assert "loomly" in asked("Coordinator\n\nRequirements:\n- Scheduling posts in loomly\n")
    # An everyday word of work a CV lists as a skill ("Scheduling") is still asked in small letters.
    assert "schedule" in asked("Coordinator\n\nRequirements:\n- Staff scheduling for 40 people\n")


def test_a_phrase_cut_by_a_skill_and_a_hyphen_at_once_takes_away_only_that_mention_of_it() -> None:
    # "sale data" of "Point-of-sale data analysis" cuts the skill point of sale and data analysis at once: one
    # mention that is no phrase of the posting, which leaves the two said whole to ask for sales data.
    posting = (
        "Retail Analyst\n\nRequirements:\n- Analyze sales data across 40 stores\n- Report sales data to "
        "district managers weekly\n- Point-of-sale data analysis\n"
    )
    assert {"sale data", "point of sale", "data analysis"} <= found(posting).keys()


def test_a_phrase_is_cut_once_each_time_it_cuts_a_skill_or_a_hyphenated_word() -> None:
    from collections import Counter

    from tailor.analysis import analyse
    from tailor.lexicon import bundled_lexicon

    analysis = analyse(["Point-of-sale data analysis for our stores."], bundled_lexicon(), near=True)[0]
    assert Counter(analysis.cut)["sale data"] == 1 == analysis.terms.count("sale data")


def test_a_pharmaceutical_companys_medical_and_regulatory_postings_name_their_fields_terms() -> None:
    msl = found(
        "Medical Science Liaison, Cardiology\n\nResponsibilities:\n- Serve as the field-based scientific expert "
        "within Medical Affairs\n- Support investigator-initiated studies and present real-world evidence\n"
        "- Follow the PhRMA Code\n\nRequirements:\n- 2+ years of MSL or medical communications experience\n"
    )
    assert {
        "medical science liaison",
        "medical affairs",
        "investigator-initiated studies",
        "real-world evidence",
        "PhRMA Code",
        "medical communications",
    } <= msl.keys()
    regulatory = found(
        "Regulatory Affairs Specialist\n\nResponsibilities:\n- Prepare biologics license applications for the FDA "
        "and MAAs for the EMA in eCTD format\n- Write PSURs and PBRERs with the pharmacovigilance team\n\n"
        "Requirements:\n- 3+ years in regulatory affairs\n- RAC preferred\n"
    )
    assert {
        "biologics license application",
        "marketing authorisation application",
        "PSUR",
        "PBRER",
        "regulatory compliance",  # its other name: regulatory affairs
        "Regulatory Affairs Certification",
    } <= regulatory.keys()
    assert "Oracle RAC" not in regulatory


def test_mean_sea_level_is_no_liaison_a_database_clusters_rac_stays_oracles_and_blas_no_licence() -> None:
    survey = found("Survey Technician\n\nRequirements:\n- Set benchmarks in feet above MSL\n- Run levels with a crew\n")
    assert "medical science liaison" not in survey
    dba = found("Oracle DBA\n\nRequirements:\n- Administer Oracle RAC and Data Guard\n- Tune SQL on Exadata\n")
    assert "Oracle RAC" in dba and "Regulatory Affairs Certification" not in dba
    kernels = found("HPC Engineer\n\nRequirements:\n- Tune BLAS and LAPACK kernels for GPUs\n")
    assert "BLAS" in kernels and "biologics license application" not in kernels


def test_a_trial_statisticians_posting_names_the_terms_of_the_work() -> None:
    # ICH E9's and the FDA's words for a clinical trial's statistics: a data monitoring committee by any of its
    # names (the FDA's guidance gives DSMB and IDMC), the plan, the calculations and the outputs.
    statistician = found(
        "Senior Biostatistician\n\nResponsibilities:\n- Write statistical analysis plans and TLF shells\n"
        "- Provide sample size calculations and interim analyses\n- Present closed reports to the DSMB\n"
        "- Review Define-XML and the clinical study report\n\nRequirements:\n- MMRM, multiple imputation and "
        "group sequential designs\n- Knowledge of CDISC data structures\n"
    )
    assert {
        "statistical analysis plan",
        "tables, listings and figures",
        "sample size calculation",
        "interim analysis",
        "data monitoring committee",
        "Define-XML",
        "clinical study report",
        "MMRM",
        "multiple imputation",
        "group sequential design",
        "CDISC",
    } <= statistician.keys()
    # A trial's data structures are CDISC's datasets, no computer science course.
    assert "algorithms and data structures" not in statistician
    software = found("Software Engineer\n\nRequirements:\n- Strong grasp of data structures and algorithms\n")
    assert "algorithms and data structures" in software


def test_an_epidemiologists_posting_asks_for_epidemiology_and_disease_surveillance() -> None:
    epidemiologist = found(
        "Epidemiologist\n\nResponsibilities:\n- Design and conduct epidemiological studies of chronic disease\n"
        "- Run public health surveillance of reportable conditions\n"
    )
    assert {"epidemiology", "disease surveillance"} <= epidemiologist.keys()


def test_an_industry_a_requirement_asks_experience_of_is_a_keyword_of_its_own_kind() -> None:
    posting = (
        "Requirements:\n- 3+ years of experience in the hospitality industry\n- Experience with Opera PMS\n\n"
        "Preferred:\n- Background in healthcare"
    )
    found = found_industries(posting)
    assert {k.term: (k.said, k.required) for k in found} == {
        "hospitality": ("hospitality industry", True),
        "healthcare": ("healthcare", False),
    }
    # said once as an industry, no phrase besides
    assert "hospitality industry" not in {k.term for k in keywords(analyse_posting(Posting("p", posting)))}


def test_industries_a_requirement_offers_as_a_choice_are_alternatives() -> None:
    found = found_industries("Requirements:\n- Prior experience in retail or hospitality\n- Cash handling")
    assert {k.term: (k.alternatives, k.required) for k in found} == {
        "retail": (("hospitality",), True),
        "hospitality": (("retail",), True),
    }


def test_a_company_that_names_its_own_industry_asks_no_experience_of_it() -> None:
    posting = (
        "About us:\nWe are an industry-leading leader in the insurance industry.\n\n"
        "Requirements:\n- Act in the industry's best interest\n- Proficiency in Excel"
    )
    assert found_industries(posting) == []


def found_industries(text: str) -> list[Keyword]:
    return [k for k in keywords(analyse_posting(Posting("p", text))) if k.kind == "industry"]


def test_letters_that_are_the_hiring_companys_initials_name_it_not_a_skill_of_those_letters() -> None:
    grocer = "Grocery Team Member\nCompany: West Fork Market\n\nRequirements:\n- Restock WFM shelves\n- Cash handling"
    assert "workforce management" not in found(grocer)
    planner = "Scheduling Analyst\nCompany: Acme Contact Centers\n\nRequirements:\n- Experience with WFM tools\n- Excel"
    assert "workforce management" in found(planner)


def test_how_many_of_a_thing_a_posting_asks_for_makes_no_phrase_cut_before_its_noun() -> None:
    asked = found(
        "# Payments Operations Analyst\n\n## Key Responsibilities\n\n"
        "- Research new matching rules of new fraud patterns and improve current matching rules of known patterns to"
        " capture mutations across multiple payment systems.\n"
        "- Devise response procedures to contain detected fraud vectors across multiple payment systems.\n"
        "- Reconcile records from different payment systems and numerous card networks.\n\n## Requirements\n\n- Excel\n"
    )
    phrases = {k.said.lower() for k in asked.values() if k.kind == "phrase"}
    assert "multiple payment" not in phrases
    assert {"payment systems", "matching rules"} <= phrases


def test_a_name_the_lexicon_knows_that_opens_with_multiple_is_still_asked_for() -> None:
    asked = found(
        "# Hematology Oncology Nurse\n\n## Responsibilities\n\n- Give chemotherapy to adults with multiple myeloma and"
        " leukemia\n- Educate patients on multiple myeloma\n"
    )
    assert "multiple myeloma" in asked


def test_the_area_a_duties_subheading_names_is_a_keyword() -> None:
    asked = found(
        "# Payroll and AP Clerk\n\n## Responsibilities\n\n**Accounts Payable (AP)**\n\n- Upload vendor bills\n\n"
        "**Wound Care**\n\n- Dress pressure injuries\n"
    )
    assert {"accounts payable", "wound care"} <= asked.keys()


@pytest.mark.parametrize(
    "duty",
    [
        "Prepare the monthly P&L and balance sheet for each clinic",
        "Know how the Profit & Loss, Balance Sheet, and Retained Earnings work together",
        "Review the cash flow statement and P&L with the owner",
    ],
)
def test_a_p_and_l_beside_another_financial_statement_is_the_statement_not_p_and_l_management(duty: str) -> None:
    # The statement an accountant draws up beside the balance sheet; no P&L a manager answers for.
    assert "P&L management" not in found(f"Staff Accountant\n\nResponsibilities:\n- {duty}\n- Reconcile accounts\n")


def test_a_p_and_l_the_job_owns_is_asked() -> None:
    assert "P&L management" in found("General Manager\n\nResponsibilities:\n- Own the restaurant P&L\n- Hire staff\n")


def test_retained_earnings_is_a_keyword_its_participle_no_verb() -> None:
    asked = found(
        "Staff Accountant, Dental Group\n\nRequirements:\n- Roll forward retained earnings at year end\n"
        "- Tie retained earnings to net income and owner distributions\n"
    )
    assert asked["retained earnings"].required


def test_an_item_written_with_a_slash_before_a_serial_comma_shares_the_lists_head() -> None:
    # "A/B" is one word to the list, as "unit" is in "unit, integration, and regression tests": it shares the head.
    text = "Growth Marketer\n\nRequirements:\n- Experience running landing pages, A/B, and multivariate testing\n"
    assert "A/B testing" in {k.term for k in keywords(analyse_posting(Posting("p", text)))}


@pytest.mark.parametrize(
    "said",
    ["HR 31", "H.R. 1234", "HR 1 and SB 45"],
)
def test_a_bills_number_is_no_keyword(said: str) -> None:
    # "mandates including HB 198, HR 31": a House resolution by its number, no human resources asked of the
    # candidate (a state's health or labour bills are named so in a nurse's or a paralegal's posting too).
    text = f"Paralegal\n\nResponsibilities:\n- Track legislation including {said} for the firm's clients\n"
    assert "human resources" not in found(text)


def test_a_bills_number_leaves_the_skill_asked_where_the_posting_asks_it_too() -> None:
    text = "Paralegal\n\nResponsibilities:\n- Track HR 31 for clients\n\nRequirements:\n- Two years of HR experience\n"
    assert "human resources" in found(text)


@pytest.mark.parametrize(
    "duty",
    [
        "Administer benchmark assessments three times a year and report growth",
        "Analyze student data (formative, benchmark, and summative) to plan small groups",
        "Support benchmark, interim, and state testing for grades 3-5",
    ],
)
def test_a_benchmark_a_school_tests_with_is_no_benchmarking(duty: str) -> None:
    # A reading interventionist's benchmark assessments are a kind of test a school gives, as interim and summative
    # ones are: no performance benchmarking asked of her.
    assert "benchmarking" not in found(f"Reading Interventionist\n\nResponsibilities:\n- {duty}\n")


@pytest.mark.parametrize(
    "duty", ["Benchmark our assessment tools against peer districts", "Run performance benchmarks on GPU clusters"]
)
def test_benchmarking_as_work_done_is_asked(duty: str) -> None:
    assert "benchmarking" in found(f"Analyst\n\nResponsibilities:\n- {duty}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Relativity, Nuix, Concordance, and other applicable eDiscovery platforms",
        "Relativity, Nuix and other similar eDiscovery platforms",
        "Epic, Cerner, and other comparable EHR systems",
    ],
)
def test_tools_named_before_and_other_applicable_or_similar_ones_are_examples_any_one_of_which_will_do(
    line: str,
) -> None:
    # As "or similar" closes a list of examples, so do "and other applicable", "and other similar", "… comparable":
    # the posting asks for a tool of the kind, and a CV with any one of those named has one.
    asked = found(f"Litigation Paralegal\n\nRequirements:\n- Experience with {line}\n")
    named = [name for name in ("Relativity", "Nuix", "Concordance", "Epic", "Cerner") if name in asked]
    assert len(named) >= 2
    for name in named:
        assert set(named) - {name} <= set(asked[name].alternatives)


@pytest.mark.parametrize("line", ["Python, SQL, and other programming languages", "Python, SQL, and similar tools"])
def test_tools_named_before_plain_and_other_or_and_similar_ones_are_each_asked(line: str) -> None:
    # "and other X" or "and similar X" alone may mean "these and more" (a stack): each named stays asked, as before.
    asked = found(f"Developer\n\nRequirements:\n- {line}\n")
    assert asked["Python"].alternatives == () and asked["SQL"].alternatives == ()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Revenue Accountant\n\nWe're a B2B SaaS company with $90M ARR looking for a Revenue Accountant.\n\n"
            "Requirements:\n- Working knowledge of ASC 606\n- Experience with NetSuite\n",
            "annual recurring revenue",
        ),
        (
            "Client Service Associate\n\nHalden & Price is an independent wealth management firm with $2.4B in AUM.\n\n"
            "Responsibilities:\n- Open and maintain client accounts\n\nRequirements:\n- FINRA Series 7\n",
            "assets under management",
        ),
    ],
)
def test_a_sum_the_employer_gives_of_its_own_size_asks_nothing_of_the_candidate(text: str, figure: str) -> None:
    asked = found(text)
    assert figure not in asked
    assert len(asked) >= 2  # what the requirements ask stays asked


def test_a_sum_the_job_is_to_own_is_still_asked() -> None:
    asked = found(
        "Revenue Operations Manager\n\nResponsibilities:\n- Own the $90M ARR forecast and report MRR to the board\n\n"
        "Requirements:\n- Salesforce\n"
    )
    assert {"annual recurring revenue", "monthly recurring revenue"} <= asked.keys()


@pytest.mark.parametrize(
    ("text", "clients"),
    [
        (
            "Tax Senior\n\nResponsibilities:\n- Prepare income tax provisions under ASC 740 for audit clients\n\n"
            "Requirements:\n- 3+ years of public accounting\n",
            {"auditing"},
        ),
        (
            "Copywriter\n\nResponsibilities:\n- Write landing pages and email campaigns for our SaaS and ecommerce "
            "clients\n\nRequirements:\n- Experience with WordPress\n",
            {"SaaS", "e-commerce"},
        ),
        (
            "Paralegal\n\nResponsibilities:\n- Draft engagement letters for estate planning clients\n\n"
            "Requirements:\n- Experience with Clio\n",
            {"estate planning"},
        ),
    ],
)
def test_the_work_a_firm_does_for_the_clients_a_job_serves_is_no_keyword(text: str, clients: set[str]) -> None:
    asked = found(text)
    assert clients.isdisjoint(asked)
    assert asked  # the duties and requirements still ask


def test_a_clients_work_the_requirements_ask_for_too_stays_a_keyword() -> None:
    asked = found(
        "Tax Senior\n\nResponsibilities:\n- Prepare income tax provisions under ASC 740 for audit clients\n\n"
        "Requirements:\n- 3+ years of audit or tax experience\n"
    )
    assert "auditing" in asked


def test_a_kind_of_work_said_as_the_employers_own_premises_is_not_asked() -> None:
    asked = found(
        "Receiving Lead\n\nResponsibilities:\n- Run inbound docks in our 300,000 sq ft e-commerce fulfillment center\n"
        "- Train associates on RF scanners\n- Administer our Five9 contact center queues\n\n"
        "Requirements:\n- Forklift certification\n"
    )
    assert "e-commerce" not in asked  # where the job is done, not what it asks of the candidate
    assert "Five9" in asked  # a product's name before the premises is the system the job runs
    again = found(
        "Receiving Lead\n\nResponsibilities:\n- Run inbound docks in our e-commerce fulfillment center\n\n"
        "Requirements:\n- 2+ years in e-commerce operations\n- Forklift certification\n"
    )
    assert again["e-commerce"].required  # said once more as experience, it is asked


def test_a_setting_of_care_said_as_the_building_a_builder_builds_is_not_asked() -> None:
    builder = found(
        "Field Engineer, Healthcare Projects\n\nResponsibilities:\n"
        "- Support the construction of a four-story acute-care hospital\n- Track RFIs and submittals\n\n"
        "Requirements:\n- Experience with Procore\n"
    )
    assert "acute care" not in builder  # the building, not a nurse's setting asked of the engineer
    nurse = found(
        "Staff Nurse, Telemetry\n\nRequirements:\n- 1+ year of experience in an acute-care hospital\n- Current BLS\n"
    )
    assert nurse["acute care"].required


_FEDERAL_FIELDS = (
    "**JOB TITLE:** Benefits Specialist\n\n**AGENCY:** Office of Fictional Affairs\n\n"
    "**WHO MAY APPLY:** United States Citizens\n\n**SECURITY CLEARANCE:** {clearance}\n\n"
    "**SUPERVISORY STATUS:** No\n\n**Major Duties**\n- Administers health benefits for agency staff\n"
)


def test_a_clearance_labelled_among_a_jobs_fields_is_required_not_who_may_apply() -> None:
    # The label after "Who may apply" is no more of who may apply: it asks for a credential the hire must hold.
    asked = found(_FEDERAL_FIELDS.format(clearance="Top Secret/SCI"))
    assert asked["security clearance"].required


def test_a_clearance_label_over_none_asks_for_no_clearance() -> None:
    assert "security clearance" not in found(_FEDERAL_FIELDS.format(clearance="None"))


def test_what_the_hires_colleagues_specialise_in_is_their_work_not_a_skill_asked_of_the_hire() -> None:
    # "colleagues … who specialize in paid advertising and SEO" says who else does that work: nothing asked.
    text = (
        "Lifecycle Marketer\n\nResponsibilities:\n- Write email newsletters.\n- Coordinate with your colleagues in "
        "our marketing team who specialize in paid advertising and SEO.\n\nRequirements:\n- Google Analytics\n"
    )
    asked = found(text)
    assert "Google Analytics" in asked
    assert {"paid media", "SEO"}.isdisjoint(asked)
    # A hire who specializes in them is asked for them.
    asked = found(text.replace("- Google Analytics", "- A marketer who specializes in paid advertising and SEO"))
    assert {"paid media", "SEO"} <= set(asked)


def test_marketing_a_mobile_app_is_mobile_marketing_not_building_one() -> None:
    # "mobile app marketing" is a marketer's channel, the apps' store and in-app campaigns: no mobile development.
    asked = found(
        "Growth Marketer\n\nRequirements:\n- Previous experience with SaaS, including mobile app marketing.\n"
        "- Google Analytics\n"
    )
    assert "mobile marketing" in asked
    assert "mobile development" not in asked
    # A developer's posting that builds the app still asks for mobile development.
    assert "mobile development" in found("iOS Engineer\n\nRequirements:\n- Mobile app development in Swift\n")


def test_a_head_joined_to_a_prefix_by_a_hyphen_is_a_word_of_its_own_and_shares_with_no_modifier() -> None:
    # "email, and co-marketing": co-marketing is one word, no marketing that "email" shares; "email and social
    # marketing" still says email marketing.
    line = "Marketer\n\nResponsibilities:\n- Generate demand via SEM, retargeting, email, and {} efforts.\n"
    assert "email marketing" not in found(line.format("co-marketing"))
    assert "email marketing" in found(line.format("social marketing"))
    # A prefixed modifier before the head shares it still: relational databases are asked.
    assert "relational databases" in found("Engineer\n\nRequirements:\n- Relational and non-relational databases\n")


def test_demand_gen_is_demand_generation_as_marketers_shorten_it() -> None:
    # "Contribute to our demand gen strategy", "Director of Demand Gen": the field a CV's "demand generation" names.
    asked = found("Campaign Manager\n\nResponsibilities:\n- Contribute to our demand gen programs.\n- Write copy.\n")
    assert asked["lead generation"].said == "demand gen"


def test_in_app_marketing_campaigns_are_marketing_campaigns() -> None:
    # Campaigns shown inside an app are still campaigns; the app is where, no mobile marketing to take their words.
    asked = found("Marketing Manager\n\nRequirements:\n- Expertise in in-app marketing campaigns\n- Braze\n")
    assert "campaign management" in asked
