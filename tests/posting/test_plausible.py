"""What can be a title, a company, a place, pay, a kind of employment: page furniture never is."""

from __future__ import annotations

import random
import re

import pytest

from tailor.posting import plausible
from tailor.posting.inline import clean_inline


@pytest.mark.parametrize(
    "text",
    ["Skip to main content", "Apply here", "→ Apply now", "Share this job", "Save job", "Back to all jobs",
     "Sign in", "Menu", "Careers", "Accept all cookies", "View all openings", "Apply with LinkedIn",
     # Two buttons' words in one link, as a newsroom's careers page writes it.
     "Learn More and Apply Here", "Learn more & apply now"],
)  # fmt: skip
def test_navigation_and_calls_to_action(text: str) -> None:
    assert plausible.is_navigation(text)
    assert plausible.title(text) is None and plausible.company(text) is None


@pytest.mark.parametrize("text", ["How to apply", "Learn and grow", "Apply here and there", "Search and rescue"])
def test_headings_that_join_a_buttons_word_to_others_are_no_navigation(text: str) -> None:
    assert not plausible.is_navigation(text)


@pytest.mark.parametrize("text", ["Open Positions", "Job description", "Current vacancies", "Join our team"])
def test_careers_page_headings_are_no_title(text: str) -> None:
    assert plausible.is_furniture(text) and plausible.title(text, "loose") is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Senior / Staff Machine Learning OPERATIONS ENGINEER", "Senior / Staff Machine Learning OPERATIONS ENGINEER"),
        ("Head, Clinical Development Operations", "Head, Clinical Development Operations"),
        ("Postdoc in Brain Modelling", "Postdoc in Brain Modelling"),
        ("LastPass is looking for a Engineering Manager", None),
        ("Lead the future of logistics", None),
        ("Trusted by 500 engineers", None),
        ("We build lighting controls.", None),
        # What the job pays, after a dash or in brackets, is no part of what it is.
        ("Registered Nurse - ICU - Nights - $10,000 Sign-On Bonus", "Registered Nurse - ICU - Nights"),
        ("Warehouse Associate ($21/hr)", "Warehouse Associate"),
        ("CDL-A Driver | $15K Sign On Bonus", "CDL-A Driver"),
        ("CVICU Registered Nurse - Sign-On Bonus Eligible", "CVICU Registered Nurse"),
        ("Line Cook - Weekends", "Line Cook - Weekends"),
        ("Video Engineer - 4K Streaming", "Video Engineer - 4K Streaming"),
        ("HR Generalist", "HR Generalist"),  # a generalist of a field is a job too
        ("IT Generalist", "IT Generalist"),
        ("Talent Acquisition Partner", "Talent Acquisition Partner"),  # a partner of a field of HR's is a job
        ("People Partner, Engineering", "People Partner, Engineering"),
        ("Harbor Dental Partners", None),  # a firm's partners are no job
        # A caseworker is a job as a case worker is, written as one word as public agencies write it.
        ("Social Services Caseworker II - Child Welfare", "Social Services Caseworker II - Child Welfare"),
        # A label saying what kind of opening it is comes off; any other label is no title.
        ("Summer 2026 Internship: Watershed Monitoring Intern", "Watershed Monitoring Intern"),
        ("Vacancy: Staff Nurse", "Staff Nurse"),
        ("Job Description: Speech Therapist", "Speech Therapist"),  # a district's job description opens so
        ("Position Description: Library Technician", "Library Technician"),
        ("Requirements: Nurse license", None),
        # A classified ad's title: the job it calls for, as it abbreviates it, without the call.
        ("KITCHEN MGR wanted - busy taqueria downtown", "KITCHEN MGR"),
        ("Experienced Line Cook Needed ASAP", "Experienced Line Cook"),
        ("Asst. Mgr, Harbor Diner", "Asst. Mgr, Harbor Diner"),
        ("Volunteers needed", None),
        # Modelers, hydrologists and cartographers are jobs in any field that names them.
        ("Hydraulic Modeler – Water Distribution", "Hydraulic Modeler – Water Distribution"),
        ("Financial Modeller", "Financial Modeller"),
        ("Hydrologist (Surface Water)", "Hydrologist (Surface Water)"),
        ("GIS Cartographer", "GIS Cartographer"),
        # A clinician's title is a job whatever its specialism's word: the suffix names the job.
        ("Pediatric Speech-Language Pathologist", "Pediatric Speech-Language Pathologist"),
        ("Clinical Audiologist", "Clinical Audiologist"),
        ("Child and Adolescent Psychiatrist", "Child and Adolescent Psychiatrist"),
        ("Senior Physiotherapist", "Senior Physiotherapist"),
        ("Consultant Paediatrician", "Consultant Paediatrician"),
        ("Academic Hospitalist – Hospital Medicine", "Academic Hospitalist – Hospital Medicine"),
        ("Nocturnist", "Nocturnist"),
        ("Pediatric Intensivist", "Pediatric Intensivist"),
        ("Certified Registered Nurse Anesthetist", "Certified Registered Nurse Anesthetist"),
        ("Orthodontist", "Orthodontist"),
        ("Harbor Pathology Laboratories", None),  # a field's name is no job
        # Those who crew an aircraft or a ship, or command a unit, name their jobs by their own words.
        ("Part 135 Charter Captain - Falcon 900", "Part 135 Charter Captain - Falcon 900"),
        ("Captain – Gulfstream G450 (Part 91)", "Captain – Gulfstream G450 (Part 91)"),
        ("Flight Attendant", "Flight Attendant"),
        ("Chief Purser", "Chief Purser"),
        ("Deckhand - Harbor Ferries", "Deckhand - Harbor Ferries"),
        # A fire department's, a police force's or an EMS agency's ranks are jobs.
        ("Fire Lieutenant", "Fire Lieutenant"),
        ("Police Sergeant - Patrol Division", "Police Sergeant - Patrol Division"),
        ("Deputy Fire Marshal", "Deputy Fire Marshal"),
        ("EMT - Basic (Full-Time)", "EMT - Basic"),
        # A health records office's trades name their jobs by their own words.
        ("Medical Coder", "Medical Coder"),
        ("Coder", "Coder"),
        ("Medical Biller - Orthopedics", "Medical Biller - Orthopedics"),
        ("Cancer Registry Abstractor", "Cancer Registry Abstractor"),
        # A tax office's preparers name their job by the work.
        ("Seasonal Tax Preparer", "Seasonal Tax Preparer"),
        # Audit and tax firms title their staff by their level, before the team or place the title adds.
        ("Tax Senior - Business Tax Services", "Tax Senior - Business Tax Services"),
        ("Audit Senior, Financial Services", "Audit Senior, Financial Services"),
        ("Assurance Senior (Hybrid)", "Assurance Senior"),
        ("Senior - Apply today", None),
        ("Brookdale Senior Living", None),
        # An employer's abbreviated name ends with a full stop that ends no sentence; a sentence's stays one.
        ("Copywriter at Puddle & Co.", "Copywriter at Puddle & Co."),
        ("Line Cook at Harbor Bros.", "Line Cook at Harbor Bros."),
        # A database administrator's job is named by its acronym, in capitals; a firm's "dba" names no job.
        ("Senior Oracle DBA", "Senior Oracle DBA"),
        ("Harbor Foods dba Harbor Market", None),
        ("DBA/Database Developer", "DBA/Database Developer"),
        # A duty that names the work in the middle of its words names no job.
        ("Standard deployment and maintenance DBA tasks", None),
        # Home and nursing care name their aides and practical nurses by acronym; a credential a requirement names
        # has words after it, and lower-case letters are no job's.
        ("HHA / CNA", "HHA / CNA"),
        ("Memory Care CNA", "Memory Care CNA"),
        ("STNA", "STNA"),
        ("LPN - Nights", "LPN - Nights"),
        ("Active CNA certification", None),
        ("cna", None),
        ("Our Copywriter writes.", None),
    ],
)
def test_a_title_in_loose_text_names_a_job_and_is_no_sentence(text: str, title: str | None) -> None:
    assert plausible.title(text, "loose") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sourcing Lead, Technology Hiring", "Sourcing Lead, Technology Hiring"),
        ("Talent Partner (Volume Hiring)", "Talent Partner (Volume Hiring)"),
        ("Technical Recruiter - Executive Hiring", "Technical Recruiter - Executive Hiring"),
        ("Hiring Coordinator", "Hiring Coordinator"),
        # A call for applicants stays a sentence.
        ("Line Cook - Now Hiring", None),
        ("Line Cooks Hiring", None),
        ("Hiring Cooks", None),
        ("Northwind Hiring", None),
    ],
)
def test_the_kind_of_hiring_a_recruiters_title_names_is_no_call_for_applicants(text: str, title: str | None) -> None:
    assert plausible.title(text, "loose") == title
    assert plausible.title(text, "line") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Change Research: Project lead", "Project lead"),  # a stated title as job boards' pages name a job
        ("Job title: Data Engineer", "Data Engineer"),
        ("Location: Lisbon", None),
        ("Acme: We are hiring", None),
        ("1. Cybersecurity Journalists and Tech Writers", "Cybersecurity Journalists and Tech Writers"),
        ("3D Artist", "3D Artist"),
        # How or when the job is held, in brackets after it, is no part of what it is.
        ("Culinary Arts Instructor (Full-Time, Tenure Track)", "Culinary Arts Instructor"),
        ("School Social Worker (2025-26 School Year)", "School Social Worker"),
        ("Softwareentwickler (m/w/d)", "Softwareentwickler"),
        ("Teacher of History (Maternity Cover, with view to permanent)", "Teacher of History"),
        ("Curriculum Writer, Humanities (Contract-to-Permanent)", "Curriculum Writer, Humanities"),
        ("Payroll Specialist (Temp-to-Perm)", "Payroll Specialist"),
        ("Ward Manager (Parental Leave Cover)", "Ward Manager"),
        ("Litigation Associate (2-5 Years)", "Litigation Associate"),
        ("Corporate Associate (Class of 2022-2024)", "Corporate Associate"),
        ("Travel Physical Therapist – Outpatient Ortho (13 weeks)", "Travel Physical Therapist – Outpatient Ortho"),
        ("Registered Nurse, ICU (12 Week Assignment)", "Registered Nurse, ICU"),
        ("Data Analyst (6-month contract, Remote)", "Data Analyst"),
        ("Site Reliability Engineer (5+ yrs experience, Remote)", "Site Reliability Engineer"),
        # What the posting asks of the hire, in brackets after the job: the posting asks it again below.
        ("Outpatient Physical Therapist (OCS Preferred)", "Outpatient Physical Therapist"),
        ("Medical Assistant (Bilingual Spanish Required)", "Medical Assistant"),
        ("Delivery Driver (CDL-A Required, Full-Time)", "Delivery Driver"),
        ("Dental Assistant (No Experience Required)", "Dental Assistant"),
        ("Clinical Nurse Educator (Level 3)", "Clinical Nurse Educator (Level 3)"),
        ("Senior Data Engineer (Spark)", "Senior Data Engineer (Spark)"),
        # Where the job is, after a dash or a bar or in brackets, is the posting's place, not the job.
        ("Senior Software Engineer - VOIP - Brazil", "Senior Software Engineer - VOIP"),
        ("Senior Accountant - Fernhollow Foods - Austin, TX", "Senior Accountant - Fernhollow Foods"),
        ("Staff Engineer | Remote", "Staff Engineer"),
        ("Backend Engineer - Databases (Remote, Spain)", "Backend Engineer - Databases"),
        ("Staff Engineer (Azure | Remote)", "Staff Engineer (Azure | Remote)"),  # a bracket is read whole
        ("Registered Nurse - Float Pool", "Registered Nurse - Float Pool"),
        # How the job is held, after a dash or a bar as in brackets, is no part of what it is; its shift in brackets
        # neither ("(Full Time, Days)").
        ("Staff Pharmacist - Full Time", "Staff Pharmacist"),
        ("Welder | Part-Time", "Welder"),
        ("CT Technologist - Full Time Nights", "CT Technologist"),  # and the shift after how it is held
        ("Radiologic Technologist - PRN, Days", "Radiologic Technologist"),
        ("Clinical Pharmacist - Oncology (Full Time, Days)", "Clinical Pharmacist - Oncology"),
        ("Pharmacy Technician I (Nights)", "Pharmacy Technician I"),
        # A plant's shifts are numbered: "(2nd Shift)" is when the job is held, as "(Night Shift)" is.
        ("CNC Machinist (2nd Shift)", "CNC Machinist"),
        ("Machine Operator (Third Shift, Full-Time)", "Machine Operator"),
        ("Assembler [1st Shift]", "Assembler"),
        ("Contract", "Contract"),
        # The employer's number for the opening, as applicant tracking systems set it beside the title, is no part
        # of it; a title that names its own kind of work with such a word stays.
        ("School Counselor (2026-27 School Year) | JobID: 4821", "School Counselor"),
        ("Staff Nurse - Req # R-0031877", "Staff Nurse"),
        ("Data Analyst (Job ID 12345)", "Data Analyst"),
        # A bare code after the job's last word, as a staffing firm's or a county's board sets it: its number.
        ("Policy Analyst & Legislative Researcher 2025P-0043", "Policy Analyst & Legislative Researcher"),
        ("Registered Nurse 24-0173", "Registered Nurse"),
        ("Line Cook JR104522", "Line Cook"),
        # An aircraft's, a grade's or a model's number is the job's: after no job word, or too few digits.
        ("First Officer - Boeing 737-800", "First Officer - Boeing 737-800"),
        ("Captain A320", "Captain A320"),
        ("Engineer 3", "Engineer 3"),
        ("Reference Librarian", "Reference Librarian"),
        ("Job Coach", "Job Coach"),
        ("Software Engineer II", "Software Engineer II"),
        # A last word that calls the title an opening, as a handbook's page or a board's heading names one, is no
        # part of it; a title whose only job word is that word stays.
        ("Executive Business Administrator role", "Executive Business Administrator"),
        ("Office Manager Position", "Office Manager"),
        ("Staff Accountant Job", "Staff Accountant"),
        ("MIDDLE SCHOOL LIBRARIAN JOB DESCRIPTION", "MIDDLE SCHOOL LIBRARIAN"),
        ("Bus Driver Position Description", "Bus Driver"),
        # A first "Job Description for" names the document, as a careers page heads one; the job comes after it.
        ("Job Description for Photographers and Editor", "Photographers and Editor"),
        ("Position Description of the Payroll Clerk", "Payroll Clerk"),
        ("Job Description for a Growing Team", "Job Description for a Growing Team"),
        ("Odd Job", "Odd Job"),
        ("Leadership role", "Leadership role"),
        # A careers page's tab title, as a page saved with it labels it ("Title: …"), names its site and its
        # employer after the job; a team's name after a dash stays.
        ("Copywriter | Careers | Acme", "Copywriter"),
        ("Line Cook - Jobs at Acme Diner", "Line Cook"),
        ("Nurse Educator · Job Board", "Nurse Educator"),
        ("Software Engineer - Search", "Software Engineer - Search"),
    ],
)
def test_a_stated_title_is_the_part_that_names_a_job(text: str, title: str | None) -> None:
    assert plausible.title(text, "stated") == title


@pytest.mark.parametrize(
    ("text", "trust", "company"),
    [
        ("bluebird bio", "line", "bluebird bio"),
        ("bluebird bio", "loose", None),
        ("The team", "loose", None),
        ("Employer", "stated", None),
        ("Staff Engineer", "line", None),
        ("Smith & Associates", "stated", "Smith & Associates"),
        ("We are hiring", "loose", None),
        # What a board writes where it has no company, and a posting's reference number.
        ("None", "stated", None),
        ("N/A", "line", None),
        ("Job ID 152801BR", "line", None),
        ("Req #4411", "line", None),
        # A civil service's pay grade, set under the title as a board sets the company; a name that has a grade in it
        # is still a name.
        ("GRADE - 111", "line", None),
        ("Pay Grade: GS-12", "stated", None),
        ("Band 5", "line", None),
        ("Grade 8 Learning", "line", "Grade 8 Learning"),
        ("Nonetheless Labs", "line", "Nonetheless Labs"),
        ("NA Foods", "line", "NA Foods"),
        # A firm named for its people, on a line of its own; a rank makes it a subtitle, loose text no name.
        ("Acme Engineers", "line", "Acme Engineers"),
        ("Harbor Dental Associates", "line", "Harbor Dental Associates"),
        ("Wexford Tax Advisors LLP", "line", "Wexford Tax Advisors LLP"),
        ("Harbor Dental Associates, LLC", "line", "Harbor Dental Associates, LLC"),
        ("Senior Advisors LLC", "line", None),
        # A professional firm's name adds its profession after it, as it adds a legal form, with or without a comma.
        ("Marlow Kettering & Associates, CPAs", "line", "Marlow Kettering & Associates, CPAs"),
        ("Doyle and Associates, Attorneys at Law", "line", "Doyle and Associates, Attorneys at Law"),
        ("Pruitt and Associates, PLLC", "line", "Pruitt and Associates, PLLC"),
        ("Senior Associates, CPAs", "line", None),
        # A job word then a noun for a firm names the people a firm employs as a plural job word does; alone, or after
        # a rank, they are a department or a subtitle.
        ("Gulf Coast Physician Partners", "line", "Gulf Coast Physician Partners"),
        ("Sunbelt Nurse Staffing, LLC", "line", "Sunbelt Nurse Staffing, LLC"),
        ("Physician Partners", "line", None),
        ("Senior Physician Partners", "line", None),
        ("Lead Engineer Group", "line", None),
        ("Gulf Coast Physician Partners", "loose", None),
        ("Senior Engineers", "line", None),
        ("Registered Nurses", "line", None),
        ("Acme Engineers", "loose", None),
        # "The" opens a name when capitalised words follow it, not a common noun.
        ("The Marlowe Grand Hotel", "loose", "The Marlowe Grand Hotel"),
        ("The Hiring Team", "loose", None),
        ("The Ideal Candidate", "loose", None),
        # "Company" ends a name after a proper one, in capitals or no everyday word; after a common noun, none.
        ("The ORBIT Company", "loose", "The ORBIT Company"),
        ("The Quorvex Company", "loose", "The Quorvex Company"),
        ("The Hiring Company", "loose", None),
        ("The ORBIT Team", "loose", None),
        ("The City of Lakewood", "loose", "The City of Lakewood"),
        ("The Bank of the Ozarks", "loose", "The Bank of the Ozarks"),
        ("The Head of Finance", "loose", None),
        ("The best of", "loose", None),
        # A board's line under the title that says where the job is ("at Acme Robotics"): the name after "at".
        ("at Stillwater Instruments", "line", "Stillwater Instruments"),
        ("@ Stillwater Instruments", "stated", "Stillwater Instruments"),
        ("At Home Group", "line", "At Home Group"),
        # A careers site's banner ("Careers at …") names the employer after its own words.
        ("Careers at Northfield State University", "line", "Northfield State University"),
        ("Jobs with Wexford County", "line", "Wexford County"),
        # An office named for the officer who runs it employs people; the officer's word alone is a title.
        (
            "The Marlowe County Prosecuting Attorney's Office",
            "loose",
            "The Marlowe County Prosecuting Attorney's Office",
        ),
        ("Marlowe County Auditor's Office", "line", "Marlowe County Auditor's Office"),
        ("Senior Attorney", "line", None),
        ("Director's Assistant", "line", None),
        # A generic word is no name, unless a brand spells it as one.
        ("Headquarters", "line", None),
        ("HeadQuarters", "line", "HeadQuarters"),
        # A board's words for its own page, under the title as a company would stand ("- job post" on Indeed).
        ("- job post", "line", None),
        ("Job Posting", "stated", None),
    ],
)
def test_company_names(text: str, trust: plausible.Trust, company: str | None) -> None:
    assert plausible.company(text, trust) == company


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bellevue, WA · Full-time", "Bellevue, WA"),
        ("Leeds, UK | Part time", "Leeds, UK"),
        ("Remote • Contract", "Remote"),
        ("Austin, TX", "Austin, TX"),
        # and what the line goes on to set past another separator (a recruiter's sector)
        ("Charlotte, NC | Full-Time | AEC - Architecture & Design Sector", "Charlotte, NC"),
        ("Dayton, OH · Permanent · Engineering", "Dayton, OH"),
    ],
)
def test_a_kind_of_employment_set_after_the_place_is_no_part_of_it(text: str, place: str | None) -> None:
    assert plausible.location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("1 vacancy in the following location: Denver, CO", "Denver, CO"),
        ("3 vacancies in the following locations: Denver, CO; Boise, ID", "Denver, CO; Boise, ID"),
    ],
)
def test_how_usajobs_leads_into_its_places_is_no_part_of_them(text: str, place: str) -> None:
    assert plausible.location(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Racine, WI (on-site)", "Racine, WI"),
        ("Racine, WI (In person)", "Racine, WI"),
        ("Racine, WI (Hybrid)", "Racine, WI (Hybrid)"),  # says where else it may be held
        ("Remote (US)", "Remote (US)"),
    ],
)
def test_a_note_that_the_job_is_held_on_site_is_no_part_of_its_place(text: str, place: str) -> None:
    assert plausible.location(text) == place


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        (
            "Brightwell reasonably anticipates the pay scale for this position to be $170,000 to $175,000",
            "$170,000 to $175,000",
        ),
        (
            "The annual base salary range in the U.S. for this role is: $152,000 - $209,000 USD",
            "$152,000 - $209,000 USD",
        ),
        ("Up to $90,000", "Up to $90,000"),  # a lead-in of a few words is the pay's own
        # the bracket the lead-in opens closes after the amounts: no part of the pay
        ("Per the administrative salary schedule ($78,000 - $94,000)", "$78,000 - $94,000"),
        ("Placed on the certified staff salary schedule (from $48,200 (BA, step 0))", "$48,200 (BA, step 0)"),
        ("13,650 - 24,150 PLN or USD 2,800 - 5,000 monthly", "13,650 - 24,150 PLN or USD 2,800 - 5,000 monthly"),
    ],
)
def test_a_labelled_sentence_of_pay_is_the_amounts_it_ends_with(text: str, pay: str) -> None:
    # "Salary: <a sentence>": the words before the first amount lead into it; a number among them is pay too.
    assert plausible.salary(text) == pay


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("$61,000 – $74,000 annually, commensurate with experience", "$61,000 – $74,000 annually"),
        ("$29.10 – $36.40 per hour, based on experience", "$29.10 – $36.40 per hour"),
        ("$48,000 - $55,000, DOE", "$48,000 - $55,000"),
        ("$140,000 – $160,000, plus a target bonus of 10% and equity", "$140,000 – $160,000"),
        ("£11.90 per hour plus tips", "£11.90 per hour plus tips"),  # no comma: the pay as stated
    ],
)
def test_what_the_pay_hangs_on_or_what_comes_on_top_of_it_after_a_comma_is_no_part_of_it(text: str, pay: str) -> None:
    assert plausible.salary(text) == pay


@pytest.mark.parametrize(
    "text", ["Full time, Monday–Friday, days", "Full time, Mon-Fri", "Full time, Monday–", "Full-time, weekdays"]
)
def test_the_days_of_the_week_beside_the_kind_of_employment_leave_it_the_kind(text: str) -> None:
    # "Monday–" is where a PDF wrapped the line.
    assert plausible.employment_type(text) == "Full-time"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, 4 days/week", "Full-time"),
        ("Part-time, three days a week", "Part-time"),
        ("Full-time (4 days per week)", "Full-time"),
        ("Full-time, 4-day work week", "Full-time"),
        ("4 days/week", None),  # the days alone say no kind
    ],
)
def test_how_many_days_a_week_beside_the_kind_of_employment_leave_it_the_kind(text: str, kind: str | None) -> None:
    # A clinic's or a school's posting says how many days the week's hours fall on, as others say the hours.
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [("FULL_TIME", "Full-time"), ("full time", "Full-time"), ("Part-time, CONTRACTOR", "Part-time, Contract"),
     ("exciting", None), ("Full-time (1.0 FTE), Day shift", "Full-time"),
     ("Full-time, 36 hours/week, days", "Full-time"), ("Part-time/Per Diem", "Part-time, Per diem"), ("Nights", None),
     ("Regular Full-Time", "Full-time"), ("Benefits-eligible part time", "Part-time"), ("Regular", None),
     ("Part-Time (Internship applications are Welcome)", "Part-time"), ("Contract (6 months)", "Contract"),
     ("Nights (some weekends)", None), ("Full-time, direct hire", "Full-time, Direct hire"),
     ("Contract-to-hire", "Contract-to-hire"), ("Temp to perm", "Temp-to-perm")],
)  # fmt: skip
def test_employment_types_are_written_one_way(text: str, kind: str | None) -> None:
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, Rotating 12-hour shifts", "Full-time"),
        ("Part-time, 10-hour night shifts", "Part-time"),
        ("Rotating 12-hour shifts", None),  # the hours alone say no kind
        ("Part-time – 9:00 AM – 2:00 PM", "Part-time"),  # a preschool's cook: the hours of the day after a dash
        ("Full-time - 7 a.m. - 3:30 p.m.", "Full-time"),
        ("9:00 AM – 2:00 PM", None),
        ("Contract – Monday–Friday", "Contract"),
    ],
)
def test_the_shifts_after_a_kind_of_employment_leave_the_kind(text: str, kind: str | None) -> None:
    # A board's header sets the shifts beside the kind ("$40 - $50 an hour - Full-time, Rotating 12-hour shifts").
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, exempt", "Full-time"),
        ("Full Time, Exempt", "Full-time"),
        ("Part-time, non-exempt", "Part-time"),
        ("Part-time/Hourly", "Part-time"),
        ("Full-time, salaried", "Full-time"),
        ("Exempt", None),  # how the job is paid alone says no kind
        ("Non-exempt, hourly", None),
        ("Full-Time, Civil Service, Union (AFSCME Local 2171)", "Full-time"),  # a county's service and union
        ("Union", None),
    ],
)
def test_how_a_job_is_paid_beside_its_kind_of_employment_leaves_the_kind(text: str, kind: str | None) -> None:
    # An employer sets the FLSA status of the pay beside the kind ("Job Type: Full Time, Exempt"): no kind of its own.
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, 2-year assignment, renewable", "Full-time"),
        ("Part-time, 10-month position", "Part-time"),
        ("Full-Time, School Year", "Full-time"),
        ("Full-time, one-year term, non-renewable", "Full-time"),
        ("Temporary, limited-term", "Temporary"),
        ("6 Months+, Part-Time", "Part-time"),  # a contract's least length, as a staffing firm's board sets it
        ("2-year assignment", None),  # how long alone says no kind
        ("Renewable", None),
    ],
)
def test_how_long_a_job_is_held_beside_its_kind_of_employment_leaves_the_kind(text: str, kind: str | None) -> None:
    # A school or public employer sets the term beside the kind ("Employment Type | Full-time, 2-year assignment").
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize(
    ("text", "pay"),
    [("$64,000 - $79,000 a year", "$64,000 - $79,000 a year"), ("£55k–65k per year", "£55k–65k per year"),
     ("USD $120,000~$140,000", "USD $120,000~$140,000"), ("competitive", None), ("5+ years", None),
     ("0", None), ("$0", None), ("100k", "100k"),
     ("$58,000 - $68,000. Acme Schools is an equal opportunity employer.", "$58,000 - $68,000"),
     ("£30k p.a. Hybrid", "£30k p.a. Hybrid"),  # an abbreviation's full stop ends no sentence
     ("$85,000 - $110,000 annually.", "$85,000 - $110,000 annually"), ("$40,000.", "$40,000"),
     ("£30k p.a.", "£30k p.a."), ("$140M", None), ("$1.2B", None), ("USD 3 million", None),
     ("$5,000 monthly", "$5,000 monthly"),
     ("$21.50 - $27.25 per hour; depending on education and experience.", "$21.50 - $27.25 per hour"),
     ("$60k; $70k after probation", "$60k; $70k after probation"),
     ("MPS (£31,650 – £43,607) + TLR 2b (£3,527)", "MPS (£31,650 – £43,607) + TLR 2b (£3,527)"), ("€2bn", None)],
)  # fmt: skip
def test_pay_has_an_amount_and_a_currency_or_a_period(text: str, pay: str | None) -> None:
    assert plausible.salary(text) == pay


@pytest.mark.parametrize(
    ("text", "whom"),
    [("Dr Jane Okafor", "Dr Jane Okafor"), ("Head of Data Engineering", "Head of Data Engineering"),
     ("Élodie Durand", "Élodie Durand"), ("the team", None), ("TBD", None), ("jane@acme.example", None),
     ("You will report to the CTO.", None), ("hiring manager", None)],
)  # fmt: skip
def test_whom_a_letter_may_address_is_a_few_capitalised_words(text: str, whom: str | None) -> None:
    assert plausible.addressee(text) == whom


@pytest.mark.parametrize("line", ["ien-registered-nurse-postpartum-austin-tx", "senior-data-engineer-1234", " a-b-c "])
def test_a_pages_address_slug_is_no_text(line: str) -> None:
    assert plausible.is_slug(line)


@pytest.mark.parametrize("line", ["full-time", "COVID-19", "Senior-Data-Engineer-Role", "state-of-the-art design", ""])
def test_words_joined_by_fewer_hyphens_in_capitals_or_with_a_space_are_no_slug(line: str) -> None:
    assert not plausible.is_slug(line)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sound Editor 🎬", "Sound Editor"),
        ("🚀 Backend Engineer 🚀", "Backend Engineer"),
        ("✨️ Lead Colorist", "Lead Colorist"),
    ],
)
def test_a_titles_pictographs_are_no_words_of_it(value: str, expected: str) -> None:
    assert plausible.title(value) == expected
    assert plausible.title(value, "loose", heading=True) == expected


def test_a_titles_own_symbols_stay() -> None:
    assert plausible.title("C++ Developer") == "C++ Developer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apply now", "Apply now"),
        ("→ Apply now ←", "Apply now"),
        ("__Save job__", "Save job"),  # an underscore is no letter of a word
        ("¡Únete al equipo!", "Únete al equipo"),
        ("Careers 2026 ✨", "Careers 2026"),
        ("Zürich", "Zürich"),
        ("★ ★ ★", ""),
        ("", ""),
    ],
)
def test_words_are_a_buttons_words_without_the_marks_around_them(text: str, expected: str) -> None:
    assert plausible.words(text) == expected


def test_words_take_off_at_the_ends_what_is_no_letter_or_digit_of_any_script() -> None:
    # The specification, as a regular expression: every character \W or "_" at either end.
    edges = re.compile(r"^[\W_]+|[\W_]+$")
    pieces = [*"aZéßЖ中٣²Ⅷ7_- .!→’", "🚀", "\u00a0", "\u200b"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert plausible.words(text) == edges.sub("", clean_inline(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Hairstylist",
        "Hairdresser (Hairstylist)",
        "Barber",
        "Master Colorist",
        "Makeup Artist",
        "Manicurist",
        "Concept Artist",
    ],
)
def test_a_salons_trades_name_a_job(text: str) -> None:
    # A posting's first line of one such word is its title, as "Stylist" and "Esthetician" were.
    assert plausible.title(text, "loose") == text


@pytest.mark.parametrize(
    "text",
    ["Mental Health Provider", "Behavioral Health Provider", "Primary Care Provider", "Family Nurse Practitioner"],
)
def test_a_clinician_named_by_the_care_given_names_a_job(text: str) -> None:
    assert plausible.title(text, "loose") == text


def test_a_provider_of_something_else_is_a_firm() -> None:
    assert plausible.company("Northwind Payroll Provider", "loose") == "Northwind Payroll Provider"


@pytest.mark.parametrize(
    "name", ["Creative Artists Agency", "United Artists", "Barber-Nichols Inc.", "Main Street Barber Shop"]
)
def test_a_firm_named_for_artists_or_a_barber_is_still_a_firm(name: str) -> None:
    # An artist is a job only of a trade ("Makeup Artist"), a barber not as a surname or a shop's name.
    assert plausible.company(name, "loose") == name


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Prestige Beauty Advisor (Hourly)", "Prestige Beauty Advisor"),
        ("Staff Nurse (Salaried)", "Staff Nurse"),
        ("Payroll Clerk (Non-Exempt)", "Payroll Clerk"),
        ("Tax Exempt Specialist", "Tax Exempt Specialist"),  # what the job is about, not how it is paid
    ],
)
def test_how_a_job_is_paid_in_brackets_is_no_part_of_its_title(text: str, title: str) -> None:
    assert plausible.title(text, "loose") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Office Manager / Full-Charge Bookkeeper (Direct Hire)", "Office Manager / Full-Charge Bookkeeper"),
        ("Payroll Clerk (Contract-to-Hire)", "Payroll Clerk"),
        ("Front Desk Receptionist (Temp-to-Hire)", "Front Desk Receptionist"),
        ("Accounts Payable Specialist (Temp)", "Accounts Payable Specialist"),
        ("Staff Accountant - Direct Hire", "Staff Accountant"),
        ("Direct Hire Recruiter", "Direct Hire Recruiter"),  # what the job is: a recruiter of direct hires
    ],
)
def test_a_staffing_agencys_terms_of_employment_are_no_part_of_the_title(text: str, title: str) -> None:
    assert plausible.title(text, "line") == title


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Meridian Surgical (client of Apex Talent Partners)", "Meridian Surgical"),
        ("Halvorsen Marine (via Northwind Staffing)", "Halvorsen Marine"),
        ("Pinecrest Dairy (a Berkshire Hathaway company)", "Pinecrest Dairy"),
        ("Corvane Systems (NYSE: CVS)", "Corvane Systems"),
        ("Tallis Robotics (formerly Tallis Automation)", "Tallis Robotics"),
        # What kind of employer it is, without an article, as a board's header or a pasted posting writes it.
        ("Quillmark Health (Series A digital health startup)", "Quillmark Health"),
        ("Ashgrove Partners (boutique consulting firm)", "Ashgrove Partners"),
        ("Brenmoor Foundation (Nonprofit)", "Brenmoor Foundation"),
        # An acronym of the name, or a country in the registered name, is part of it.
        ("American Civil Liberties Union (ACLU)", "American Civil Liberties Union (ACLU)"),
        ("Arch Global Services (Philippines) Inc.", "Arch Global Services (Philippines) Inc."),
    ],
)
def test_a_note_in_brackets_after_the_employers_name_is_no_part_of_it(text: str, company: str) -> None:
    assert plausible.company(text) == company
    assert plausible.company(text, "line") == company


@pytest.mark.parametrize(
    "anonymous", ["A reputable pharmaceutical company", "A leading financial services firm", "An established client"]
)
def test_an_employer_a_recruiter_does_not_name_is_no_company(anonymous: str) -> None:
    assert plausible.company(anonymous) is None
    assert plausible.company("A Plus Staffing") == "A Plus Staffing"


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        ("Licensed Therapist (LCSW, LPC or LMFT) — Hybrid, Shadyside", "Licensed Therapist (LCSW, LPC or LMFT)",
         "Hybrid, Shadyside"),
        ("Senior Engineer - Data Sources (Remote, US EST)", "Senior Engineer - Data Sources", "Remote, US EST"),
        ("Staff Accountant - Remote", "Staff Accountant", "Remote"),
    ],
)  # fmt: skip
def test_how_a_job_is_held_then_where_ends_a_title_as_its_place_a_neighbourhood_too(
    line: str, title: str, place: str
) -> None:
    # A neighbourhood ("Shadyside") is no place tailor knows; after "Hybrid," it is where the job is all the same.
    assert plausible.title(line) == title
    assert plausible.title_place(line) == place


@pytest.mark.parametrize(
    ("name", "called"),
    [
        ("Medtronic plc", "Medtronic"),
        ("Acme, Inc.", "Acme"),
        ("Mirai Design K.K.", "Mirai Design"),  # a kabushiki kaisha
        ("Rossi Meccanica S.p.A.", "Rossi Meccanica"),
        ("Philips N.V.", "Philips"),
        ("Kk Foods", "Kk Foods"),  # letters that are a name's, not a form's
    ],
)
def test_a_companys_legal_form_is_no_part_of_the_name_people_call_it_by(name: str, called: str) -> None:
    assert plausible.without_legal_form(name) == called


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, on-site", "Full-time"),
        ("Full-time / Remote", "Full-time"),
        ("Part-time, hybrid", "Part-time"),
        ("Contract, in person", "Contract"),
        ("Full Time, On Site", "Full-time"),
        ("On-site", None),  # where the job is worked alone says no kind
        ("Hybrid, remote", None),
    ],
)
def test_where_a_job_is_worked_beside_its_kind_of_employment_leaves_the_kind(text: str, kind: str | None) -> None:
    # A careers page's "Employment type: Full-time, on-site": where the work is done is the place's to say.
    assert plausible.employment_type(text) == kind


@pytest.mark.parametrize("button", ["Apply to Position", "Apply to this job", "Apply to role"])
def test_a_careers_pages_apply_button_is_navigation(button: str) -> None:
    # Breezy HR's button over and under the posting, copied with the page.
    assert plausible.is_navigation(button)


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        ("Registered Nurse – Brisbane", "Registered Nurse", "Brisbane"),
        ("Data Analyst - Leeds", "Data Analyst", "Leeds"),
        ("Line Cook (Adelaide)", "Line Cook", "Adelaide"),
        # A city's name that is an everyday word too names a team or a kind of work as often: it stays the title's.
        ("Software Engineer – Mobile", "Software Engineer – Mobile", None),
        ("Store Associate - Reading", "Store Associate - Reading", None),
    ],
)
def test_a_city_of_a_hundred_thousand_after_a_titles_dash_is_its_place_where_its_name_is_no_everyday_word(
    line: str, title: str, place: str | None
) -> None:
    # GeoNames' cities (city_countries.tsv) know Brisbane and Leeds, which the short list of large cities does not.
    assert plausible.title_place(line) == place
    assert plausible.title(line) == title
