"""Finding who is hiring, for what, where: each rule on postings made for it, and the values it must never give."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.posting import plausible, read_posting, structure
from tailor.posting.details import FIELDS, SOURCES, Candidate, Detail, PostingDetails
from tailor.posting.find_details import RULES, find_details, sources_tried
from tailor.posting.headings import SectionKind
from tests.posting.formats.samples import write


def details(text: str, *stated: Candidate, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """The values found, with their sources, as ``{"title": "… (heading)", …}``."""
    found = find_details(text, stated, skip=skip)
    return {f: f"{found.value(f)} ({found.source(f)})" for f in FIELDS if found.value(f)}


def test_every_rule_is_a_documented_source() -> None:
    assert set(sources_tried()) <= set(SOURCES)
    assert all(order[0] == "given" for order in RULES.values())


def test_values_given_by_hand_win_over_everything() -> None:
    found = details("# Data Engineer\n### Acme\n", Candidate("title", "Staff Data Engineer", "given"))
    assert found["title"] == "Staff Data Engineer (given)"
    assert found["company"] == "Acme (board-header)"


def test_a_stated_title_that_is_a_hiring_sentence_gives_the_job_it_names() -> None:
    found = details(
        "We cover schools.\n", Candidate("title", "EdSurge is Looking for an Education Reporter", "front-matter")
    )
    assert found["title"] == "Education Reporter (front-matter)"
    given = details("We cover schools.\n", Candidate("title", "Acme is hiring a Reporter", "given"))
    assert given["title"] == "Acme is hiring a Reporter (given)"  # what the user types is taken as typed


@pytest.mark.parametrize("source", ["given", "column"])
def test_a_company_typed_by_hand_or_in_a_tables_column_is_taken_as_written(source: str) -> None:
    for name in ("Acme Corp.", "Seeking Alpha", "Apply  Digital"):
        found = details("# Data Engineer\n### Other Co\n", Candidate("company", name, source))
        assert found["company"] == f"{' '.join(name.split())} ({source})"


# --- what the text marks as the field ---------------------------------------------------------

LABELLED = """\
Job title: Data Platform Engineer
Company: Harbor Analytics Ltd
Location: Leeds, UK (hybrid)
Employment type: full time
Salary: £55,000 - £65,000 per year
Date posted: 2 May 2025
Closing date: 30 June 2025

We are building the data platform behind the UK's freight market.
"""


def test_labelled_fields_are_read_with_their_labels_source() -> None:
    assert details(LABELLED) == {
        "title": "Data Platform Engineer (label)",
        "company": "Harbor Analytics Ltd (label)",
        "location": "Leeds, UK (hybrid) (label)",
        "employment_type": "Full-time (label)",
        "salary": "£55,000 - £65,000 per year (label)",
        "date_posted": "2 May 2025 (label)",
        "valid_through": "30 June 2025 (label)",
    }


def test_a_data_files_quoted_fields_give_their_values_without_quotes_or_commas() -> None:
    # A careers page's job list, copied from its source code into a text file.
    text = "{\n  id: 'reception-1',\n  title: 'Night Receptionist',\n  type: \"Full-time\",\n}\n\nWelcome guests.\n"
    found = details(text)
    assert (found["title"], found["employment_type"]) == ("Night Receptionist (label)", "Full-time (label)")


def test_an_employer_label_run_on_into_its_city_gives_the_employer_and_the_place() -> None:
    # A job board fills its "Employer:" field with the name, a space, then the city, state and country.
    posting = (
        "Registrar\n- Employer: Harbor Town Museum at Pier Point Dallas, Texas, United States\n\nCatalogue objects.\n"
    )
    found = details(posting)
    assert (found["company"], found["location"]) == (
        "Harbor Town Museum at Pier Point (label)",
        "Dallas, Texas, United States (label)",
    )
    # A state or country is part of a name ("University of Texas"), and a name is never left on a small word.
    assert details("Lecturer\nEmployer: University of Texas, Austin\n\nTeach.\n")["company"] == (
        "University of Texas, Austin (label)"
    )


def test_an_employer_name_label_names_the_company() -> None:
    # A regional board's job form: "Employer Name:" over the job's other fields.
    posting = "Line Cook\n\nEmployer Name: Harbor Point Grill\nLocation: Everett\n\nPrep and cook on the line.\n"
    assert details(posting)["company"] == "Harbor Point Grill (label)"


def test_labels_in_bold_in_list_items_and_in_table_rows_count() -> None:
    text = "# Nurse, ICU\n\n- **Location:** Roswell, New Mexico\n\nSalary | $64,000 - $79,000 a year\n"
    found = details(text)
    assert (found["location"], found["salary"]) == (
        "Roswell, New Mexico (label)",
        "$64,000 - $79,000 a year (label)",
    )


def test_a_bold_label_with_its_value_run_on_after_the_bold_counts() -> None:
    # A careers page's "<strong>Location:</strong>Toronto" reads in Markdown with no space after the colon.
    text = "# Copywriter\n\n#### **Location:**Lyon, France\n\n**Salary:**$50,000 a year\n\nSee https://x.example/a\n"
    found = details(text)
    assert (found["location"], found["salary"]) == ("Lyon, France (label)", "$50,000 a year (label)")


def test_labels_set_side_by_side_on_one_line_each_end_where_the_next_begins() -> None:
    text = (
        "# Line Cook\n\nLocation: Austin, TX Department: Banquets Kitchen Job Type: Part-time Req ID: R-77\n\n"
        "We cook.\n"
    )
    found = details(text)
    assert (found["location"], found["team"], found["employment_type"]) == (
        "Austin, TX (label)",
        "Banquets Kitchen (label)",
        "Part-time (label)",
    )


def test_fields_set_apart_by_a_wide_gap_on_one_line_each_end_at_their_gap() -> None:
    # "Posting No." and "Grade" are no labels tailor knows: the gap, not the next label, ends the place.
    text = "# Records Clerk\n\nLocation: Dayton, Ohio    Posting No. 26-0417\tGrade: 12\n\nWe file.\n"
    assert details(text)["location"] == "Dayton, Ohio (label)"


def test_a_hospitals_status_and_posting_closes_labels_give_the_kind_of_employment_and_closing_date() -> None:
    text = (
        "# Respiratory Therapist\n\nStatus: Full-time (0.9 FTE), Night shift\nPosting closes: January 15, 2027\n"
        "Visa status: not sponsored\n\n## Duties\n- Run ventilator checks.\n"
    )
    found = details(text)
    assert (found["employment_type"], found["valid_through"]) == ("Full-time (label)", "January 15, 2027 (label)")


def test_an_applicant_tracking_systems_job_locations_label_gives_the_location() -> None:
    text = (
        "# Lab Coordinator\n\nJob Locations: US-OR-Salem\n\nPosition Type: Regular Full-Time\n\n## Duties\n- Assays\n"
    )
    found = details(text)
    assert (found["location"], found["employment_type"]) == ("Salem, OR, US (label)", "Full-time (label)")


def test_an_applicant_tracking_systems_job_locations_label_over_its_coded_place_gives_the_location() -> None:
    # An iCIMS page pasted from a browser sets its fields' labels over their values, the place coded.
    # Its next label, "Requisition ID", is no second place (as "Boise ID" is one).
    text = (
        "Employer: Cascade Valley Health\n\nLab Coordinator\n\nJob Locations\nUS-OR-Salem\nRequisition ID\n"
        "2026-10482\n\nRun the assays.\n"
    )
    assert details(text)["location"] == "Salem, OR, US (label)"


@pytest.mark.parametrize("title", ["Clinical Pharmacist", "Warehouse Lead", "Staff Accountant"])
def test_a_job_locations_label_beside_its_coded_place_on_one_line_gives_the_location_and_no_company(title: str) -> None:
    # A careers page's label and value side by side, copied as one line with no colon between them.
    text = f"{title}\nJob Locations US-OR-Portland\nRequisition ID 2026-1234\n\nDuties\n- Keep the records.\n"
    found = details(text)
    assert found["location"] == "Portland, OR, US (label)" and "company" not in found


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Apply NowCompany: Harbor Freight Lines", "company", "Harbor Freight Lines"),
        ("Save jobLocation: Dayton, OH", "location", "Dayton, OH"),
    ],
)
def test_a_label_run_on_after_a_buttons_words_is_read_as_the_label(line: str, field: str, value: str) -> None:
    # A page's button and the label beside it, copied with no space between: "Apply Now" is no part of the label.
    found = details(f"# Dispatcher\n\n{line}\n\n## Duties\n- Dispatch the drivers.\n")
    assert found[field] == f"{value} (label)"


def test_a_city_state_label_as_us_manufacturers_write_it_gives_the_location() -> None:
    found = details("Position: Tooling Engineer\nCity/State: Sheboygan, WI\n\nDuties:\n- Build die cast tools.\n")
    assert found["location"] == "Sheboygan, WI (label)"


def test_where_a_travel_contract_or_a_shop_is_labelled_gives_the_location() -> None:
    found = details("Travel Physical Therapist\n\n**Facility location:** Eugene, OR\n\nDuties:\n- Treat patients.\n")
    assert found["location"] == "Eugene, OR (label)"
    assert details("Store Manager\nStore location: Dayton, OH\n\nDuties:\n- Run the floor.\n")["location"] == (
        "Dayton, OH (label)"
    )


@pytest.mark.parametrize(
    ("coded", "place"),
    [("US-NC-Winston-Salem", "Winston-Salem, NC, US"), ("CA-ON-Thunder Bay", "Thunder Bay, ON, CA")],
)
def test_a_place_coded_country_and_region_first_reads_city_region_country(coded: str, place: str) -> None:
    found = details(f"# Lab Coordinator\n\nJob Locations: {coded}\n\n## Duties\n- Assays\n")
    assert found["location"] == f"{place} (label)"


def test_a_label_whose_value_is_no_such_thing_is_ignored() -> None:
    found = details("Position: Full-time\nSalary: competitive\nType: exciting\n\n# Data Engineer\n")
    assert found == {"title": "Data Engineer (heading)"}


def test_whom_to_address_is_read_from_a_label_only() -> None:
    text = "# Data Engineer\n\nHiring manager: Dr Jane Okafor\nTeam: Data Platform\n\nJane Okafor leads the team.\n"
    found = details(text)
    assert (found["hiring_manager"], found["team"]) == ("Dr Jane Okafor (label)", "Data Platform (label)")
    assert details("# Data Engineer\n\n- **Reports to:** Head of Data Engineering\n")["hiring_manager"] == (
        "Head of Data Engineering (label)"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Hiring manager: Tom Reyes, Service Operations Manager",
        "Hiring Manager: Tom Reyes (Service Operations Manager)",
        "Contact: Tom Reyes, Head of Service",
    ],
)
def test_a_person_named_with_their_title_is_addressed_by_name(line: str) -> None:
    assert details(f"# HVAC Technician\n\n{line}\n")["hiring_manager"] == "Tom Reyes (label)"


def test_a_team_named_under_its_label_as_ashby_sets_it_is_whom_to_address() -> None:
    text = "# Frontend Engineer\n\n## Department\n\nEngineering\n\n## The role\n\nBuild the dashboard.\n"
    assert details(text)["team"] == "Engineering (label)"
    prose = "# Frontend Engineer\n\n## Team\n\nOur team of five builds the merchant dashboard.\n"
    assert "team" not in details(prose)


@pytest.mark.parametrize(
    "department", ["Planning, Development & Inspections", "Parks, Recreation, and Cultural Resources"]
)
def test_a_department_named_for_a_series_of_work_under_its_label_is_the_team(department: str) -> None:
    # A county's bulletin: "Department: Planning, Development & Inspections" was no team, its comma taken for a
    # person's name before their title.
    text = f"# Zoning Inspector\n\nDepartment: {department}\n\nLocation: Raleigh, NC\n\nInspect sites.\n"
    assert details(text)["team"] == f"{department} (label)"


@pytest.mark.parametrize("employer", ["Gulf Coast Physician Partners", "Sunbelt Nurse Staffing"])
def test_an_employer_named_for_the_people_it_employs_under_the_title_is_the_company(employer: str) -> None:
    # Indeed's header, the company on the line under the title: a job word in its name made it a subtitle.
    text = f"Medical Coder II\n{employer}\nRemote in Houston, TX\n\nFull job description\nCode office visits.\n"
    assert details(text)["company"] == f"{employer} (board-header)"


def test_a_series_of_words_that_name_nothing_under_the_team_label_is_no_team() -> None:
    assert "team" not in details("# Zoning Inspector\n\nTeam: small, friendly and busy\n\nInspect sites.\n")


@pytest.mark.parametrize(
    "line",
    [
        "Reports to: the CTO",  # not a name as written
        "Hiring manager: TBD",
        "Team: we are five engineers who love data.",
        "Contact: jobs@acme.example",  # not a label for a person to address
        "Our hiring manager, Jane Okafor, will call you.",  # a sentence is no evidence
    ],
)
def test_nobody_is_addressed_on_weak_evidence(line: str) -> None:
    found = details(f"# Data Engineer\n\n{line}\n")
    assert "hiring_manager" not in found and "team" not in found


BOARD = """\
# [Platform Engineer](https://jobs.example.com/apply/platform-engineer-123)
### Quanta Freight
#### `💰 USD $150,000~$170,000` `🌎 Remote, US`

Quanta Freight moves containers across the Atlantic.

**What you'll do**

- Run our Kubernetes clusters
"""


def test_a_work_location_that_says_only_in_person_gives_way_to_the_place_under_the_title() -> None:
    text = (
        "Dental Hygienist\n\nBrightsmile Dental\n\nToledo, OH 43608\n\nFull job description\n\nWe are a family"
        " practice.\n\nJob Type: Full-time\n\nWork Location: In person\n"
    )
    assert details(text)["location"] == "Toledo, OH 43608 (board-header)"


@pytest.mark.parametrize("how", ["On the road", "Multiple locations", "Field based"])
def test_a_work_location_that_says_how_the_work_is_done_and_names_no_place_gives_way_to_the_place(how: str) -> None:
    text = (
        "Home Health Aide\n\nWillowmere Home Care\n\nDuluth, MN 55802\n\nFull job description\n\nVisit clients"
        f" in their homes.\n\nJob Type: Full-time\n\nWork Location: {how}\n"
    )
    assert details(text)["location"] == "Duluth, MN 55802 (board-header)"


def test_a_work_location_of_remote_work_or_of_a_town_is_still_a_place() -> None:
    assert details("Night Auditor\n\nWork Location: Remote in Ohio\n")["location"] == "Remote in Ohio (label)"
    assert details("Night Auditor\n\nWork Location: Obetz\n")["location"] == "Obetz (label)"


def test_a_pay_grade_under_a_civil_service_title_is_no_company() -> None:
    # A city's class specification sets its pay grade and range under the title, where a board sets the company.
    text = (
        "PARKING ENFORCEMENT OFFICER - 4410\nGRADE - 108\nPAY RANGE - $21.40 - $30.15/hr\n\n"
        "GENERAL STATEMENT OF DUTIES:\nEnforces parking ordinances in the downtown district.\n"
    )
    assert "company" not in details(text)


@pytest.mark.parametrize(
    ("chip", "place"),
    [
        ("remote,Remote", "Remote"),
        ("remote,United States", "Remote, United States"),
        ("remote,Remote (US or Canada)", "Remote (US or Canada)"),
        ("Remote, USA", "Remote, USA"),
    ],
)
def test_a_boards_remote_tag_run_into_its_place_by_a_bare_comma_is_set_apart_or_left_out(chip: str, place: str) -> None:
    found = details(f"# [Product Manager](https://b.example/1)\n### Tallowbrook\n#### `🌎 {chip}`\n\nWe ship.\n")
    assert found["location"] == f"{place} (board-header)"


@pytest.mark.parametrize("place", ["Toronto (hybrid)", "Calgary (office-based with occasional site visits)"])
def test_a_known_place_with_a_note_in_brackets_among_the_chips_under_the_title_is_where_the_job_is(place: str) -> None:
    found = details(f"Project Estimator\nLarkfield Drywall — {place} — Full-time\n\nPrice drywall jobs.\n")
    assert (found["company"], found["location"]) == ("Larkfield Drywall (board-header)", f"{place} (board-header)")


@pytest.mark.parametrize("company", ["Larkfield (Canada)", "Tallowbrook (a Larkfield company)"])
def test_a_name_with_a_note_in_brackets_is_no_place(company: str) -> None:
    found = details(f"Project Estimator\n{company} — Full-time\n\nPrice drywall jobs.\n")
    assert "location" not in found


@pytest.mark.parametrize("place", ["Remote", "Lisbon, Portugal"])
def test_the_slash_after_each_category_of_a_lever_page_copied_as_text_is_no_part_of_the_place(place: str) -> None:
    found = details(f"Route Planner (Night Shift)\n\n{place} /\nOperations – Logistics /\nFull-time\n\nPlan routes.\n")
    assert found["location"] == f"{place} (board-header)"
    assert found["team"] == "Operations – Logistics (board-header)"  # the category after the place: its team


def test_a_header_line_of_chips_set_apart_by_wide_gaps_is_read_piece_by_piece() -> None:
    # LinkedIn's chips copied as text: the pay, where the work is done and its kind, two spaces apart.
    text = "HVAC Technician\nKestrel Air · Columbus, OH\n$35/hr - $48/hr  On-site  Full-time\n\nService chillers.\n"
    found = details(text)
    assert (found["salary"], found["employment_type"]) == ("$35/hr - $48/hr (board-header)", "Full-time (board-header)")


@pytest.mark.parametrize("kinds", ["On-site Full-time", "Hybrid Full-time", "Remote Contract"])
def test_a_header_line_of_chips_whose_gaps_a_pdf_or_word_copy_closed_ends_the_pay_at_its_amount(kinds: str) -> None:
    # The same chips saved as a PDF or pasted into Word: one space apart, the pay runs on into where and how the work
    # is done, which no pay says.
    text = f"Analytics Engineer\nJuniper Health · Chicago, IL\n$135K/yr - $155K/yr {kinds}\n\nModel payments data.\n"
    found = details(text)
    kind = kinds.split()[-1]
    assert (found["salary"], found["employment_type"]) == (
        "$135K/yr - $155K/yr (board-header)",
        f"{kind} (board-header)",
    )


def test_a_company_named_for_pay_heads_the_line_of_details_under_it() -> None:
    # "Juniper Pay" reads as a heading of the pay, and the line of chips under it was cut off from the header: the
    # kind of employment was lost, and the pay found by another rule.
    text = "Analytics Engineer\nJuniper Pay · Chicago, IL\n$135K/yr - $155K/yr  Hybrid  Full-time\n\nModel data.\n"
    found = details(text)
    assert (found["company"], found["location"]) == (
        "Juniper Pay (board-header)",
        "Chicago, IL (Hybrid) (board-header)",
    )
    assert (found["salary"], found["employment_type"]) == (
        "$135K/yr - $155K/yr (board-header)",
        "Full-time (board-header)",
    )


def test_places_stacked_under_their_label_as_workday_lists_them_are_all_where_the_job_is() -> None:
    text = "Engineering Manager\nlocations\nSeattle, WA\nRemote, USA\ntime type\nFull time\n\nLead the team.\n"
    assert details(text)["location"] == "Seattle, WA; Remote, USA (label)"


@pytest.mark.parametrize(
    "place",
    ["Columbus, OH - Grant Campus", "Tacoma, WA (Main Campus)", "Boise, ID - Corporate Office", "USA - Ohio - Dayton"],
)
def test_a_place_stacked_under_its_label_with_the_site_it_names_is_where_the_job_is(place: str) -> None:
    # Workday's careers pages name the campus or office after the city: the label says it is the place all the same.
    text = f"Payroll Specialist\nlocations\n{place}\ntime type\nFull time\n\nRun the payroll.\n"
    assert details(text)["location"] == f"{place} (label)"
    # What is no place stays out, whatever the label over it.
    assert "location" not in details("Payroll Specialist\nLocation\nFlexible - Ask Us\n\nRun the payroll.\n")


def test_pay_by_the_mile_or_the_visit_keeps_its_unit() -> None:
    driver = "OTR Driver\n\nHaul dry van freight. Pay is $0.62-$0.70 per mile plus detention.\n"
    assert details(driver)["salary"] == "$0.62-$0.70 per mile (pay)"
    nurse = "Home Health RN\n\nVisit patients at home. Pay rate $55 per visit.\n"
    assert details(nurse)["salary"] == "$55 per visit (pay)"


def test_pay_in_parts_states_a_unit_of_no_period_as_people_write_it() -> None:
    from tailor.posting.formats.schema_org import monetary_amount

    assert monetary_amount("USD", "0.62", "0.70", "MILE") == "USD 0.62–0.70 per mile"
    assert monetary_amount("", 70000, 88000, "yearly") == "70,000–88,000 a year"


def test_a_heading_that_is_the_pay_alone_is_the_salary() -> None:
    # Lever sets its range as a heading over the paragraph about it; a heading of a funding round is no pay.
    text = "# SRE\n\n## What you'll do\n\n- Run Kubernetes\n\n### $150,000 - $190,000 a year\n\nThe range above …\n"
    assert details(text)["salary"] == "$150,000 - $190,000 a year (pay)"
    assert "salary" not in details("# SRE\n\n### $140M raised\n\nWe grew.\n")


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Chicago, IL · Remote · Full-time", "Chicago, IL (Remote)"),
        ("Hybrid remote · Chicago, IL", "Chicago, IL (Hybrid remote)"),
        ("Leeds, England | Hybrid (3 days in office)", "Leeds, England (Hybrid, 3 days in office)"),
        ("On-site · Austin, TX · Full-time", "Austin, TX"),
        ("Toronto (hybrid) · Full-time", "Toronto (hybrid)"),
        ("Remote · Full-time", "Remote"),
    ],
)
def test_how_a_header_line_says_the_work_is_held_away_from_its_place_goes_with_the_place(
    line: str, location: str
) -> None:
    # A job one may do from home is no job held at its place alone: "Remote" or "Hybrid" beside the place is written
    # after it, as boards that bracket it write it. "On-site" says only that the place is where; it stays out.
    found = details(f"# Payroll Specialist\nBrightwater Logistics\n{line}\n\n## Duties\n- Run biweekly payroll.\n")
    assert found["location"] == f"{location} (board-header)"


def test_a_header_line_of_pieces_set_apart_by_slashes_is_read_piece_by_piece() -> None:
    found = details("Senior Data Analyst\nAustin, TX / Hybrid / Full time / Job ID 48213\n\nBuild dashboards.\n")
    assert "company" not in found
    assert found["location"] == "Austin, TX (Hybrid) (board-header)"
    assert found["employment_type"] == "Full-time (board-header)"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Kestrel Labs · Boston / New York · Full-time", "location", "Boston / New York"),
        ("Kestrel Labs · Lisbon, Portugal / Remote · Full-time", "location", "Lisbon, Portugal / Remote"),
        ("Kestrel Labs · Remote · $20 - $25 / hour", "salary", "$20 - $25 / hour"),
    ],
)
def test_a_slash_between_places_or_before_the_unit_of_pay_splits_no_piece(line: str, field: str, value: str) -> None:
    assert details(f"Research Assistant\n{line}\n\nRun the lab.\n")[field] == f"{value} (board-header)"


@pytest.mark.parametrize(
    "line",
    [
        "Juniper Lane Dental · Remote (must live within driving distance of our Tulsa office) · Part-time",
        "Orrery Analytics · Denver, CO (hybrid: three days a week in our downtown office) · Full-time",
    ],
)
def test_a_header_pieces_long_bracket_is_no_reason_to_read_the_line_as_prose(line: str) -> None:
    """A bracket that says more of a place ("Remote (must reside in …)") makes its piece long, not the line a
    sentence: the company, place and kind of the line are the header's."""
    company, where, kind = line.split(" · ")
    found = details(f"Care Coordinator\n{line}\n\nWhat you'll do\n- Call patients after discharge.\n")
    assert (found["company"], found["location"], found["employment_type"]) == (
        f"{company} (board-header)",
        f"{where} (board-header)",
        f"{kind} (board-header)",
    )


@pytest.mark.parametrize(
    "place", ["Richmond, VA (Hybrid — travel to our units 50%)", "Raleigh, NC (on-site – two weekends a month)"]
)
def test_a_dash_within_a_places_bracket_under_the_title_sets_no_pieces_apart(place: str) -> None:
    # A dash between a header line's pieces sets them apart; within a bracket that says more of the place it is the
    # bracket's own ("(Hybrid — travel …)"), and the place was lost: the pieces "Richmond, VA (Hybrid" and "travel …)".
    text = f"Culinary Director\nGristmill Group\n{place}\n$110K-$130K + bonus\n\nWhat you'll do:\n- Own recipes\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Gristmill Group (board-header)", f"{place} (board-header)")
    assert found["salary"] == "$110K-$130K + bonus (board-header)"


@pytest.mark.parametrize(
    "place",
    ["Houston, TX (travel required)", "Baton Rouge, Louisiana (overnight travel required)", "Boise, ID (Required)"],
)
def test_a_place_whose_bracket_says_a_requirement_under_the_title_is_the_location_no_heading(place: str) -> None:
    # "(travel required)" made the place a heading of requirements, and the header ended there: neither the place nor
    # the pay under it was read. A place with a note in brackets is a place, whatever the note's words.
    text = f"Independent CAT Adjuster\nLantana Claims Group\n{place}\n$550/day + $150 per diem\n\nDuties\n- Inspect.\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Lantana Claims Group (board-header)", f"{place} (board-header)")
    assert found["salary"] == "$550/day + $150 per diem (board-header)"


@pytest.mark.parametrize("place", ["Minneapolis/St. Paul, MN", "Dallas/Fort Worth, TX", "Raleigh / Durham, NC"])
def test_two_cities_of_one_metro_area_set_apart_by_a_slash_under_the_company_are_the_location(place: str) -> None:
    text = f"Field Service Engineer\nBrackenridge Medical\n{place}\nFull-time\n\nResponsibilities\n- Install scanners\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Brackenridge Medical (board-header)", f"{place} (board-header)")


@pytest.mark.parametrize("office", ["CORPORATE", "Corporate Office", "Headquarters", "HQ", "Home Office"])
def test_the_office_a_job_is_at_under_its_title_is_no_company(office: str) -> None:
    # A firm of many sites sets where the job is under its title ("CORPORATE - Texas - Austin, Texas").
    found = details(f"Regional Leasing Director - Full Time\n\n{office} - Texas - Austin, Texas\n\nOversee homes.\n")
    assert "company" not in found and found["location"].endswith("(board-header)")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Head Office, Leeds (hybrid, 3 days in office)", "Leeds (hybrid, 3 days in office)"),
        ("Corporate Office – Austin, TX", "Austin, TX"),
    ],
)
def test_which_of_the_employers_offices_before_its_town_is_no_part_of_the_place(line: str, place: str) -> None:
    text = f"Payroll Officer\nBramwell Mutual – {line}\n£34,000 a year\n\nResponsibilities\n- Run the payroll\n"
    assert details(text)["location"] == f"{place} (board-header)"


def test_an_address_under_the_employers_name_over_the_title_gives_its_town_as_the_location() -> None:
    # A school's own document: its name, its address (a British street has no number), then the job.
    text = (
        "## FERNBROOK SCHOOL\n\nMarsh Lane, Penrith, Cumbria CA11 8XZ\n\n# Teacher of Physics\n\n"
        "## About Fernbrook\n\nFernbrook School is a day school for pupils aged 11–18.\n"
    )
    found = details(text)
    assert found["location"] == "Penrith, Cumbria CA11 8XZ (board-header)"


@pytest.mark.parametrize("place", ["Singapore", "Rotterdam"])
def test_a_city_alone_on_its_line_under_the_company_is_where_the_job_is(place: str) -> None:
    text = f"Night Dock Supervisor\nLarkfield Packaging\n{place}\n$26 an hour\n\nResponsibilities\nLead the crew\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Larkfield Packaging (board-header)", f"{place} (board-header)")


@pytest.mark.parametrize(
    "place", ["London, UK or Remote (EMEA)", "Remote (Latin America)", "Berlin or anywhere in DACH"]
)
def test_a_part_of_the_world_where_remote_work_may_be_done_is_a_place(place: str) -> None:
    text = f"Conference Producer\nLumen Forum Media\n{place}\n\nResponsibilities\nProduce two summits a year\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Lumen Forum Media (board-header)", f"{place} (board-header)")


@pytest.mark.parametrize("company", ["Larkfield Packaging Co.", "Marlowe Freight, Inc.", "Thornbury Tools Ltd."])
def test_a_company_whose_name_ends_in_an_abbreviated_legal_form_heads_the_board_header(company: str) -> None:
    text = (
        f"Night Dock Supervisor\n{company}\nToledo, OH\n$26 an hour\n\nFull job description\n\n"
        "Responsibilities\nLead the loading crew\n"
    )
    found = details(text)
    assert (found["company"], found["location"]) == (f"{company} (board-header)", "Toledo, OH (board-header)")


def test_a_company_whose_name_holds_a_comma_heads_a_header_line_that_names_its_place_after_it() -> None:
    text = (
        "# Captain – Falcon 2000 (Part 91)\n\n**Larkfield Holdings, Aviation Department** · Bedford, MA · Full-time\n\n"
        "## Responsibilities\n- Fly executives safely\n"
    )
    found = details(text)
    assert (found["title"], found["company"], found["location"]) == (
        "Captain – Falcon 2000 (Part 91) (heading)",
        "Larkfield Holdings, Aviation Department (board-header)",
        "Bedford, MA (board-header)",
    )


def test_the_sentence_that_opens_a_section_about_the_employer_names_it() -> None:
    text = (
        "# Counsel, Disputes\n\n## Who we are\n\nMarlowe Health is a regional health system of nine hospitals.\n\n"
        "## What you'll do\n\n- Manage a litigation docket\n"
    )
    assert details(text)["company"] == "Marlowe Health (described)"


def test_a_sentence_opening_any_section_that_calls_its_subject_a_company_names_the_employer() -> None:
    text = (
        "## Office Coordinator\n\nKeep our back office running.\n\n### Requirements\n- Bookkeeping\n\n"
        "### Why Join\nTernwood is a fully remote company at the forefront of map making. We value ownership.\n"
    )
    assert details(text)["company"] == "Ternwood (described)"
    perks = text.replace("Ternwood is a fully remote company", "Flexible Time is a perk we are proud")
    assert "company" not in details(perks)


@pytest.mark.parametrize(
    "about",
    [
        "Our client is a regional health system of nine hospitals.",  # a recruiter's: the client goes unnamed
        "Marlowe Health has nine hospitals and is a regional health system.",  # no description opens the section
    ],
)
def test_a_section_about_the_employer_names_none_where_its_first_sentence_describes_no_name(about: str) -> None:
    text = f"# Counsel, Disputes\n\n## Who we are\n\n{about}\n\n## What you'll do\n\n- Manage a litigation docket\n"
    assert "company" not in details(text)


@pytest.mark.parametrize(
    "meta",
    [
        "Office: Marlowe, Oregon | Practice Group: Commercial Litigation | Posted: March 3, 2026",
        "Office: Marlowe, Oregon · Practice Group: Commercial Litigation · Posted: March 3, 2026",
        "Practice Group: Commercial Litigation | Office: Marlowe, Oregon Posted: March 3, 2026",
    ],
)
def test_a_labelled_value_ends_at_a_bar_before_any_label_the_page_sets_beside_it(meta: str) -> None:
    found = details(f"# Litigation Associate\n\n{meta}\n\n## Responsibilities\n\n- Draft motions\n")
    assert found["location"] == "Marlowe, Oregon (label)"
    assert found["date_posted"] == "March 3, 2026 (label)"


@pytest.mark.parametrize("company", ["Kestrel Insurance", "Harbor Benefits Group", "Northwind Rewards"])
def test_a_company_whose_name_holds_a_benefits_word_is_read_from_the_line_under_the_title(company: str) -> None:
    found = details(f"IT Project Manager\n{company} — Columbus, OH\n\nRequirements\n- Five years of projects.\n")
    assert found["company"] == f"{company} (board-header)"
    assert found["location"] == "Columbus, OH (board-header)"


@pytest.mark.parametrize("company", ["Larch Valley School District #407", "IBEW Local #112", "Fenwick Grocers #18"])
def test_a_company_known_by_its_number_after_a_hash_is_read_from_the_line_under_the_title(company: str) -> None:
    found = details(f"School Occupational Therapist\n{company}\nLakewood, WA\n\nDuties\n- Evaluate students.\n")
    assert found["company"] == f"{company} (board-header)"
    assert found["location"] == "Lakewood, WA (board-header)"


def test_a_hashtag_is_no_word_of_a_companys_name() -> None:
    assert plausible.company("Fenwick Grocers #hiring", "line") is None


@pytest.mark.parametrize("company", ["Ardwell Biomanufacturing, Inc.", "Halloran & Sons Co.", "Veltro Pharma Ltd."])
def test_a_company_under_the_title_whose_name_ends_in_an_abbreviations_full_stop_is_the_company(company: str) -> None:
    text = (
        f"# QC Analyst II\n\n{company}\nLocation: Durham, NC\n\n## Duties\n\n- Test samples\n\n"
        "Ardwell is an equal opportunity employer.\n"
    )
    found = details(text)
    assert found["company"] == f"{company} (board-header)"
    assert found["location"] == "Durham, NC (label)"


@pytest.mark.parametrize(
    "under",
    [
        "Posted\nMarch 3, 2025",
        "Position Type:\nFull-Time",
        "Date posted\n2025-03-03",
        "Location\nDayton, OH",
        # A board that sets each label in capitals over its value (onlinejobs.ph's "TYPE OF WORK", Seek's "Work type").
        "TYPE OF WORK\n\nFull Time",
        "Work type\nPart time",
        "DATE UPDATED\n\nApr 8, 2026",
    ],
)
def test_a_label_alone_under_the_title_over_its_value_is_no_company(under: str) -> None:
    found = details(f"Night Desk Editor\n\n{under}\n\nOverview\n\nEdit the overnight report for the web.\n")
    assert "company" not in found


def test_a_table_of_labels_and_values_under_the_title_names_no_company_by_its_first_label() -> None:
    # A board's details as a table's rows under the title: "Type" is the label of the kind of employment.
    text = (
        "# Night Desk Editor\n\nType | Full-Time\nLocation | Dayton, OH\nJob ID | 4471\n\n"
        "## Overview\n\nEdit the overnight report for the web.\n"
    )
    found = details(text)
    assert "company" not in found
    assert found["location"] == "Dayton, OH (label)"


@pytest.mark.parametrize("label", ["Type of work", "Work type", "Hours per week"])
def test_a_boards_label_of_the_kind_of_work_gives_the_employment_type(label: str) -> None:
    found = details(f"# Night Desk Editor\n\n{label}: Full Time\n\n## Duties\n\n- Edit the overnight report\n")
    assert found["employment_type"] == "Full-time (label)"


def test_a_heading_that_opens_the_roles_description_under_the_title_is_no_company() -> None:
    text = "Line Cook\n\nRole Definition\n\nPrep and cook the dinner menu.\n\nRequirements\n- Knife skills\n"
    assert "company" not in details(text)


def test_job_board_header_gives_company_location_salary_and_the_postings_address() -> None:
    assert details(BOARD) == {
        "title": "Platform Engineer (heading)",
        "company": "Quanta Freight (board-header)",
        "location": "Remote, US (board-header)",
        "salary": "USD $150,000~$170,000 (board-header)",
        "url": "https://jobs.example.com/apply/platform-engineer-123 (board-header)",
    }


def test_a_board_header_of_chips_in_a_markdown_file_gives_the_salary_and_location_apart(tmp_path: Path) -> None:
    (tmp_path / "posting.md").write_text(BOARD, encoding="utf-8")
    posting = read_posting(str(tmp_path / "posting.md"))
    found = details(posting.text, *posting.stated)
    assert (found["salary"], found["location"]) == (
        "USD $150,000~$170,000 (board-header)",
        "Remote, US (board-header)",
    )


@pytest.mark.parametrize(
    "title", ["Finance Business Partner", "HR Business Partner", "Learning Facilitator", "Sonographer", "Head Baker"]
)
def test_a_heading_that_names_a_job_of_any_field_is_the_title(title: str) -> None:
    assert details(f"# {title}\n\nWe run a small team.\n")["title"] == f"{title} (heading)"


def test_a_plain_text_postings_first_line_naming_a_rank_is_the_title_and_the_lines_under_it_its_header() -> None:
    # "Fire Lieutenant" over its department and city: a rank is a job's name, as "Fire Captain" was.
    found = details("Fire Lieutenant\nHarbor City Fire Rescue\nHarbor City, AL\n\nNature of Work\nSkilled work.\n")
    assert found["title"] == "Fire Lieutenant (heading)"
    assert (found["company"], found["location"]) == (
        "Harbor City Fire Rescue (board-header)",
        "Harbor City, AL (board-header)",
    )


@pytest.mark.parametrize(
    "title", ["Internal Audit IT Senior", "Tax Senior", "Experienced Civil Designer (Grading & Utility) - Data Center"]
)
def test_a_board_headers_title_ending_in_a_level_or_a_bracket_is_the_title_and_its_header_is_read(title: str) -> None:
    found = details(f"# [{title}](https://example.org/apply/1)\n### Larchmont\n#### `🌎 Remote - USA`\n\nWe audit.\n")
    assert found["title"] == f"{title} (heading)"
    assert (found["company"], found["location"]) == ("Larchmont (board-header)", "Remote - USA (board-header)")


@pytest.mark.parametrize("title", ["Senior Oracle DBA", "SQL Server DBA", "Lead Postgres DBA"])
def test_a_board_headers_title_naming_its_job_by_the_acronym_dba_is_the_title(title: str) -> None:
    found = details(f"# [{title}](https://example.org/apply/2)\n### Larchmont\n#### `🌎 India`\n\nWe run databases.\n")
    assert found["title"] == f"{title} (heading)"
    assert found["company"] == "Larchmont (board-header)"


def test_a_text_postings_first_line_naming_aides_by_their_acronyms_is_the_title_and_the_next_its_employer() -> None:
    found = details("HHA / CNA\nMaple Home Care\n\nWe help seniors live at home.\n\nRequirements\n\n- A car\n")
    assert found["title"] == "HHA / CNA (heading)"
    assert found["company"] == "Maple Home Care (board-header)"


def test_a_titles_bracket_before_a_dash_spaced_only_after_it_sets_the_job_apart_from_what_follows() -> None:
    # "(… Experience)- Cleared": the bracket ends the job's name; "experience" in it heads no requirements.
    found = details(
        "# [Database Developer (Cloud Experience)- Cleared](https://example.org/apply/3)\n###  \n"
        "#### `🌎 remote,United States`\n\n## Description\n\nWe build schemas.\n"
    )
    assert found["title"] == "Database Developer (Cloud Experience)- Cleared (heading)"


@pytest.mark.parametrize("line", ["Senior", "Our Senior", "Senior Living"])
def test_a_level_alone_or_before_a_word_titles_no_job(line: str) -> None:
    assert "title" not in details(f"# {line}\n\nWe run homes for the elderly.\n")


def test_a_number_stated_as_the_company_is_a_sites_id_and_the_opening_sentence_names_the_firm() -> None:
    found = details(
        "# Fermentation Scientist\n\nBrinewell Foods is an innovative food technology company brewing\n"
        "proteins from yeast. Our team of forty works in Chicago.\n\nWe are seeking a scientist.\n",
        Candidate("company", "10437", "front-matter"),
    )
    assert found["company"] == "Brinewell Foods (described)"


def test_a_posting_with_no_title_over_it_names_the_firm_in_its_opening_sentence() -> None:
    text = (
        "Brinewell Foods is an innovative food technology company brewing\nproteins from yeast. We are hiring "
        "a scientist.\n\nResponsibilities\n\n- Run fermentations\n"
    )
    assert details(text)["company"] == "Brinewell Foods (described)"
    assert "company" not in details(text.replace("food technology company", "way to brew proteins"))


def test_a_place_the_firm_is_based_in_may_stand_between_its_name_and_what_it_is() -> None:
    found = details("# Fermentation Scientist\n\nBrinewell Foods, based in Oakland, is a food company brewing kefir.\n")
    assert found["company"] == "Brinewell Foods (described)"


@pytest.mark.parametrize(
    "lead_in",
    ["Operating since 1988", "Founded in 2004", "Established in 1975", "Headquartered in Denver", "Since 1952"],
)
def test_a_year_or_place_set_before_the_firms_name_still_opens_the_sentence_that_names_it(lead_in: str) -> None:
    found = details(f"# Fermentation Scientist\n\n{lead_in}, Brinewell Foods Inc. is an established food company.\n")
    assert found["company"] == "Brinewell Foods Inc. (described)"


@pytest.mark.parametrize("name", ["Brinewell Foods", "Brinewell Foods, Inc.", "Brinewell Foods, LLC"])
def test_a_posting_that_opens_with_what_the_firm_is_and_sets_its_title_under_it_names_the_firm(name: str) -> None:
    text = (
        f"{name} is a family-owned food company brewing kefir since 1982.\n\nFermentation Scientist\n\n"
        "Location: Oakland, CA\n\nResponsibilities\n\n- Run fermentations\n"
    )
    assert details(text)["company"] == f"{name} (described)"


@pytest.mark.parametrize("lead_in", ["Since 1952, our client", "Founded in 2004, this", "Based in Denver, we"])
def test_a_lead_in_before_a_pronoun_or_an_unnamed_client_names_no_company(lead_in: str) -> None:
    found = details(f"# Fermentation Scientist\n\n{lead_in} is a growing food company.\n")
    assert "company" not in found


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("The BRINE Company", "The BRINE Company (described)"),
        ("The Quorvex Company", "The Quorvex Company (described)"),
        ("The Company", None),
        ("The Parent Company", None),
    ],
)
def test_a_firm_named_the_and_a_proper_name_and_company_is_the_company_a_generic_noun_before_it_is_not(
    name: str, found: str | None
) -> None:
    read = details(f"# Fermentation Scientist\n\n{name}, based in Oakland, is a food company brewing kefir.\n")
    assert read.get("company") == found


@pytest.mark.parametrize("pronoun", ["This", "That", "It"])
def test_an_opening_sentence_whose_subject_is_a_pronoun_names_no_company(pronoun: str) -> None:
    # "This is an exciting opportunity to join a … company": the sentence calls something a company, not its subject.
    text = f"# Payroll Specialist\n\n{pronoun} is an exciting opportunity to join a growing logistics company.\n"
    found = details(text)
    assert "company" not in found


def test_an_opening_sentence_that_calls_its_subject_no_firm_names_no_company() -> None:
    found = details("# Data Engineer\n\nPython is a language we use every day. Our team is small.\n")
    assert "company" not in found


@pytest.mark.parametrize("title", ["Climate reporter", "Data engineer", "Senior data engineer, Payments"])
def test_a_heading_in_sentence_case_that_names_a_job_is_the_title(title: str) -> None:
    assert details(f"## {title}\n\nWe cover the region.\n")["title"] == f"{title} (heading)"
    # A plain line says it is a title by its capitals alone: in sentence case it may open a paragraph.
    assert "title" not in details(f"{title}\n\nWe cover the region.\n")


@pytest.mark.parametrize(
    "title", ["Material Handler", "Order Picker", "Picker/Packer", "Order Selector", "Yard Spotter"]
)
def test_a_warehouse_trade_on_a_job_boards_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nKestrel Intermodal\nObetz, OH 43207\n\nFull job description\nMove freight.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Kestrel Intermodal (board-header)")


@pytest.mark.parametrize("title", ["Catastrophe Adjuster", "Field Claims Adjustor", "Auto Damage Appraiser"])
def test_an_insurance_claims_trade_on_a_postings_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nHollis Field Services, LLC\nTulsa, OK\n\nWhat you'll do\n- Inspect losses.\n"
    found = details(text)
    assert (found["title"], found["location"]) == (f"{title} (heading)", "Tulsa, OK (board-header)")


@pytest.mark.parametrize("pay", ["$18-20/hr DOE. Part time, 25 hrs a week.", "£11.50 an hour, weekends only."])
def test_a_classified_ads_first_line_over_its_pay_is_the_title(pay: str) -> None:
    # An ad of a few long lines, its pay first under the title: the pay starts anew, as a capital does.
    text = (
        f"Counter Lead wanted - Bayside Bikes (Old Town)\n{pay}\n"
        "Open and close the shop, run the till and count the drawers at the end of each shift.\n"
        "Send your resume and a few lines about yourself to the owner by email, no calls please.\n"
    )
    assert details(text)["title"] == "Counter Lead (heading)"


@pytest.mark.parametrize("title", ["Medical Science Liaison", "Community Liaison", "Family Liaison Officer"])
def test_a_liaisons_first_line_above_the_employers_is_the_title(title: str) -> None:
    text = f"{title}\nNorthfield Therapeutics\n\nAbout Northfield\nNorthfield makes medicines.\n\nSkills\n- PhD\n"
    assert details(text)["title"].startswith(f"{title} (")


@pytest.mark.parametrize(
    ("text", "title", "company", "location"),
    [
        (
            "Restaurant General Manager - Copper Spoon Tavern - Cincinnati, OH\n\nCopper Spoon Tavern is a "
            "neighborhood restaurant.\n\nResponsibilities:\n- Run the floor.\n",
            "Restaurant General Manager",
            "Copper Spoon Tavern",
            "Cincinnati, OH",
        ),
        (
            "Registered Nurse | St. Mary's Hospital | Tulsa, OK\n\nJoin our ICU team at St. Mary's Hospital.\n\n"
            "Requirements:\n- BLS\n",
            "Registered Nurse",
            "St. Mary's Hospital",
            "Tulsa, OK",
        ),
        # A specialty between the title and the place is no employer, however often the text says it.
        (
            "Software Engineer - Backend - Remote\n\nBackend team. Work with Backend engineers.\n\n"
            "Requirements:\n- Go\n",
            "Software Engineer - Backend",
            None,
            "Remote",
        ),
    ],
)
def test_a_title_line_copied_from_a_job_board_gives_the_company_between_the_title_and_the_place(
    text: str, title: str, company: str | None, location: str
) -> None:
    found = find_details(text)
    assert (found.value("title"), found.value("company"), found.value("location")) == (title, company, location)
    assert found.source("location") == "heading"


@pytest.mark.parametrize(
    ("under", "company"),
    [
        # A line over the duties it names heads them: no company, however short.
        ("Strategic & Creative Leadership\n- Lead the creative team.\n- Set the visual direction.", None),
        # A board's company line is followed by its place, then the list.
        (
            "Lanternfish Studio\nPortland, OR\n- Lead the creative team.\n- Set the visual direction.",
            "Lanternfish Studio",
        ),
    ],
)
def test_a_short_line_under_the_title_that_heads_a_list_names_no_company(under: str, company: str | None) -> None:
    found = find_details(f"Creative Director\n\n{under}\n\nWhat You Bring\n- 8 years in brand design.\n")
    assert (found.value("title"), found.value("company")) == ("Creative Director", company)


@pytest.mark.parametrize(
    ("opening", "company", "location"),
    [
        # The employer joined to its city by a comma is no part of the place; named again, it is the company.
        (
            "Line Cook — Harbor Grill, Portland, ME\n\nHarbor Grill is a seafood kitchen.",
            "Harbor Grill",
            "Portland, ME",
        ),
        ("Line Cook — Harbor Grill, Portland, ME\n\nA seafood kitchen.", None, "Portland, ME"),
        # A place of three parts stays whole.
        ("Staff Nurse — New York, New York, United States\n\nA hospital.", None, "New York, New York, United States"),
    ],
)
def test_a_title_lines_last_piece_gives_the_place_after_the_name_joined_to_it_by_a_comma(
    opening: str, company: str | None, location: str
) -> None:
    found = find_details(f"{opening}\n\nResponsibilities\n- Prepare dishes to recipe.\n")
    assert (found.value("company"), found.value("location")) == (company, location)


@pytest.mark.parametrize(
    ("line", "again", "title", "company", "location"),
    [
        # The employer after a dash, its town in brackets: named again below, or by a name only a whole employer's
        # ends with (a hospital, a holding company, a legal form).
        (
            "Sous Chef – Riverside Bistro (Portland, OR)",
            "Riverside Bistro is a neighbourhood restaurant.",
            "Sous Chef",
            "Riverside Bistro",
            "Portland, OR",
        ),
        (
            "Charge Nurse – Mercy General Hospital (Tacoma, WA)",
            "",
            "Charge Nurse",
            "Mercy General Hospital",
            "Tacoma, WA",
        ),
        ("Staff Accountant – Corvane Holdings", "", "Staff Accountant", "Corvane Holdings", None),
        ("Line Cook – Harbor Grill LLC (Portland, ME)", "", "Line Cook", "Harbor Grill LLC", "Portland, ME"),
        # What follows the dash is the job's specialty where nothing says it is the employer.
        ("Sous Chef – Riverside Bistro (Portland, OR)", "", "Sous Chef – Riverside Bistro", None, "Portland, OR"),
        (
            "Nurse Manager – Surgical Services (Tacoma, WA)",
            "You will lead Surgical Services' nurses in Surgical Services.",
            "Nurse Manager – Surgical Services",
            None,
            "Tacoma, WA",
        ),
        ("Nurse Manager – Hospital Medicine", "", "Nurse Manager – Hospital Medicine", None, None),
        ("Staff Accountant – Accounts Payable", "", "Staff Accountant – Accounts Payable", None, None),
        ("Engineering Manager – Platform Group", "", "Engineering Manager – Platform Group", None, None),
    ],
)
def test_a_title_lines_second_piece_is_the_employer_where_named_again_or_named_as_only_an_employer_is(
    line: str, again: str, title: str, company: str | None, location: str | None
) -> None:
    found = find_details(
        f"{line}\n\nYou will run the team's daily work.\n\nResponsibilities\n- Plan the week.\n\n{again}\n"
    )
    assert (found.value("title"), found.value("company"), found.value("location")) == (title, company, location)


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        ("City of Alder Falls – Associate Planner", "Associate Planner", "City of Alder Falls"),
        ("County of Marlow - Senior Accountant", "Senior Accountant", "County of Marlow"),
        # A first piece that names a job is the title's own, whatever its government.
        ("City of Alder Falls Planner - Long Range", "City of Alder Falls Planner - Long Range", None),
    ],
)
def test_a_title_line_that_names_a_government_first_gives_the_job_after_it_and_the_government_as_employer(
    line: str, title: str, company: str | None
) -> None:
    found = find_details(f"{line}\n\nReview land use applications and staff the counter.\n\nDuties:\n- Zoning\n")
    assert (found.value("title"), found.value("company")) == (title, company)


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        # A board's heading: the employer, a colon, the job; the employer named again below.
        (
            "Harbor Air: Gate Agent\n\nAbout Harbor Air\nHarbor Air is a regional airline.\n",
            "Gate Agent",
            "Harbor Air",
        ),
        # A department before the colon, never named as an employer is, gives the job alone.
        ("Engineering: Senior Engineer\n\nEngineering builds our tools.\n", "Senior Engineer", None),
        # A section's name before the colon is no employer, nor does it make a title of what follows.
        ("Responsibilities: Cabin Crew Member\n\n- Serve meals.\n", None, None),
    ],
)
def test_a_title_line_that_names_the_employer_before_a_colon_gives_the_job_after_it(
    text: str, title: str | None, company: str | None
) -> None:
    found = find_details(text)
    assert (found.value("title"), found.value("company")) == (title, company)


def test_a_firm_named_for_the_people_it_employs_after_the_title_is_the_company() -> None:
    text = (
        "# Diabetes Educator — Larkspur Family Associates\n\nLarkspur Family Associates is a primary care practice.\n\n"
        "## Requirements\n\n- CDCES\n"
    )
    found = find_details(text)
    assert (found.value("title"), found.value("company")) == ("Diabetes Educator", "Larkspur Family Associates")
    # People of a rank after the title are a subtitle, named again or not.
    text = (
        "# Diabetes Educator — Senior Associates\n\nSenior Associates is our program.\n\n## Requirements\n\n- CDCES\n"
    )
    assert find_details(text).value("company") is None


@pytest.mark.parametrize(
    ("line", "title", "location"),
    [
        ("Line Cook - $18/hr (Oakland, CA)", "Line Cook", "Oakland, CA"),  # a classified ad's pay, then its place
        ("Registered Nurse (Tacoma, WA)", "Registered Nurse", "Tacoma, WA"),
        ("Kitchen Manager - Austin, TX", "Kitchen Manager", "Austin, TX"),
        ("Support Engineer | Remote", "Support Engineer", "Remote"),
        ("Payroll Specialist (Remote, Spain)", "Payroll Specialist", "Remote, Spain"),
        ("Claims Adjuster — Home-based, US East", "Claims Adjuster", "Home-based, US East"),  # a region by compass
        ("Backend Engineer (US East Coast)", "Backend Engineer", "US East Coast"),
        ("Bookkeeper - Winston-Salem, NC", "Bookkeeper", "Winston-Salem, NC"),  # a hyphen inside a name
        # A board's "Title: Place", the place after a colon as after a dash.
        ("Registered Nurse: Sydney", "Registered Nurse", "Sydney"),
        ("Staff Accountant: Denver, CO", "Staff Accountant", "Denver, CO"),
        # A dash inside the brackets of the place splits no title: the branch and its town are the place.
        (
            "Librarian II - Youth Services (Eastgate - North Salem, OR)",
            "Librarian II - Youth Services",
            "Eastgate - North Salem, OR",
        ),
    ],
)
def test_the_place_a_title_line_ends_with_is_the_location(line: str, title: str, location: str) -> None:
    found = details(f"{line}\n\nYou will cook for 200 guests.\n\nRequirements:\n- Two years on a line.\n")
    assert (found["title"], found["location"]) == (f"{title} (heading)", f"{location} (heading)")


@pytest.mark.parametrize(
    "line",
    [
        "Data Engineer - Platform",
        "Analyst (Contract, Remote)",
        "Engineer (Lark, Fern)",
        "Nurse (Full-Time)",
        "Teller - Eastern Bank",
        "Analyst - Central",
        "Sous Chef: Main Kitchen",
    ],
)
def test_a_title_line_that_ends_with_no_place_gives_no_location(line: str) -> None:
    assert "location" not in details(f"{line}\n\nYou will cook for 200 guests.\n")


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (
            "# Content Marketing Manager — Brightwater\n\n**Location:** Denver, CO\n\nBrightwater is a SaaS "
            "platform for farms.\n\n## Requirements\n\n- Writing\n",
            "Content Marketing Manager",
            "Brightwater",
        ),
        # A specialty after the title is no employer, however often the text says it; nor is a place.
        (
            "# Software Engineer - Backend\n\nBackend team. Work with Backend engineers.\n\nRequirements:\n- Go\n",
            "Software Engineer - Backend",
            None,
        ),
        (
            "# Barista - Portland, OR\n\nPortland, OR is a great city.\n\nRequirements:\n- Coffee\n",
            "Barista",
            None,
        ),
        # A language the work is done "with", a party to the contract: no employer either.
        (
            "# Backend Engineer - Elixir\n\nOur backend is built with Elixir and Phoenix.\n\nRequirements:\n- OTP\n",
            "Backend Engineer - Elixir",
            None,
        ),
        (
            "# Infrastructure Engineer - Contractor\n\nThe Contractor's area is our Terraform code.\n\nRequirements:\n"
            "- Terraform\n",
            "Infrastructure Engineer - Contractor",
            None,
        ),
    ],
)
def test_a_title_line_of_two_pieces_gives_the_company_after_the_title_where_the_text_names_it_again(
    text: str, title: str, company: str | None
) -> None:
    found = find_details(text)
    assert (found.value("title"), found.value("company")) == (title, company)


def test_a_heading_naming_the_job_at_an_employer_whose_name_ends_abbreviated_gives_both() -> None:
    found = details("# Copywriter at Puddle & Co.\n\nHey, word nerd! We make rain boots.\n\n## You\n- SEO\n")
    assert (found["title"], found["company"]) == ("Copywriter (heading)", "Puddle & Co. (heading)")


def test_a_company_after_the_title_with_its_legal_form_leaves_the_title_where_the_text_names_it_without() -> None:
    # "… — Harbor Motive, Inc" over a posting that says "at Harbor Motive": the legal form is the name's, not the job's.
    text = (
        "# Content Writer — Harbor Motive, Inc\n\nAs a Writer at Harbor Motive, you grow our traffic.\n\n"
        "Harbor Motive is a software company.\n\nRequirements:\n- SEO\n"
    )
    found = find_details(text)
    assert (found.value("title"), found.value("company")) == ("Content Writer", "Harbor Motive")


def test_the_employer_on_its_own_line_over_a_copied_boards_title_is_the_company_where_the_text_names_it_again() -> None:
    # A job board's page copied whole: the employer's name (and its logo's alt text) over the title, buttons between.
    text = (
        "Larkspur Bakehouse logo\nLarkspur Bakehouse\nShare\nShow more options\nHead Baker\n"
        "Portland, OR · 2 days ago · 40 applicants\n\nAbout the job\nLarkspur Bakehouse is a family bakery.\n\n"
        "Requirements\n- Sourdough\n"
    )
    assert (details(text)["title"], details(text)["company"]) == (
        "Head Baker (heading)",
        "Larkspur Bakehouse (board-header)",
    )
    # A team's name over the title, never named as an employer, is none.
    assert "company" not in details("Marketing\nShare\nHead Baker\nPortland, OR\n\nRequirements\n- Sourdough\n")


def test_a_boards_status_lines_under_the_title_leave_room_for_the_pay_and_type_set_under_them() -> None:
    # A job board's page copied whole: its status lines between the company and the chips of pay, place and type.
    text = (
        "Payroll Specialist\nOrchard Lane Foods · Fresno, CA (On-site)\nReposted 3 days ago · Over 100 applicants\n"
        "Promoted by hirer · Actively reviewing applicants\n\n$58K/yr - $66K/yr\nOn-site\nFull-time\n"
        "Associate\n\nAbout the job\nYou will run payroll for 400 people.\n"
    )
    found = details(text)
    assert found["company"] == "Orchard Lane Foods (board-header)"
    assert found["salary"] == "$58K/yr - $66K/yr (board-header)"
    assert found["employment_type"] == "Full-time (board-header)"


def test_a_header_line_that_opens_with_the_boards_status_gives_the_pieces_after_it() -> None:
    # Built In: the company over the title, then one line of the posting's age, how and where the job is held.
    text = (
        "Fernhollow\n\n# Account Executive, Public Sector\n\n"
        "Posted 5 Days Ago · Hybrid · Boise, ID · 90K-110K Annually · Senior level\n\n## The Role\n\nSell.\n"
    )
    assert details(text)["location"] == "Boise, ID (Hybrid) (board-header)"
    # A line of nothing but the board's status still gives nothing.
    assert "location" not in details("# Account Executive\n\nPosted 5 Days Ago · Over 100 applicants\n\nSell.\n")


def test_a_firm_named_partners_is_still_a_company() -> None:
    assert details("Requirements:\n- SQL.\n\nAbout Lark Partners\n\nLark Partners advises charities.\n")[
        "company"
    ].startswith("Lark Partners")


def test_at_before_the_company_under_the_title_is_no_part_of_its_name() -> None:
    found = details("# Service Designer, Onboarding\nat Fernhollow\nDenver, CO (Hybrid)\n\nYou will map journeys.\n")
    assert (found["company"], found["location"]) == ("Fernhollow (board-header)", "Denver, CO (Hybrid) (board-header)")


def test_a_pay_range_with_dashes_in_a_boards_header_line_is_one_salary_not_two_pieces() -> None:
    text = (
        "# Clinical Educator\n\n**Mercy Health** · Columbus, OH · Full-time\n\n💰 $82,000 – $104,000 per year\n\nText."
    )
    found = details(text)
    assert found["salary"] == "$82,000 – $104,000 per year (board-header)"
    assert found["company"] == "Mercy Health (board-header)" and found["location"] == "Columbus, OH (board-header)"


@pytest.mark.parametrize(
    ("under", "salary"),
    [
        ("Full-time, exempt | Salary range: $92,000 – $108,000 annually", "$92,000 – $108,000 annually"),
        ("Full-time · Pay range: $24 - $28 an hour", "$24 - $28 an hour"),
    ],
)
def test_a_labelled_piece_of_a_boards_header_line_gives_its_value_without_the_label(under: str, salary: str) -> None:
    # A Word posting's header line under the title and the company: the label says what the pay is, and is no part
    # of it; the kind of employment beside it, "exempt" after it (how the job is paid), is still the kind.
    found = details(f"# Dietary Manager\n\nBirchwood Commons — Concord, NH\n\n{under}\n\n# Duties\n\n- Plan menus.\n")
    assert found["salary"] == f"{salary} (board-header)"
    assert found["employment_type"] == "Full-time (board-header)"
    assert found["company"] == "Birchwood Commons (board-header)"


@pytest.mark.parametrize(
    "under",
    [
        "Harbor Savings — Columbus, OH. Full-time.",
        "Harbor Savings — Columbus, OH. Part-time",
    ],
)
def test_a_board_header_line_set_as_sentences_gives_company_place_and_kind(under: str) -> None:
    found = details(f"Teller\n{under}\n\nResponsibilities\n- Balance the cash drawer.\n")
    assert found["company"] == "Harbor Savings (board-header)"
    assert found["location"] == "Columbus, OH (board-header)"
    assert found["employment_type"].startswith(under.rsplit(". ", 1)[1].rstrip("."))


def test_a_sentence_under_the_title_that_ends_in_a_full_stop_is_no_board_header() -> None:
    found = details("Teller\nWe are growing fast in Columbus. Join us.\n\nResponsibilities\n- Balance the drawer.\n")
    assert "company" not in found and "location" not in found


def test_masthead_lines_under_the_title_say_place_pay_and_type_by_their_shape() -> None:
    text = (
        "nurse-icu-roswell\nRegistered Nurse - ICU\nRoswell, New Mexico\n$64,000 - $79,000 a year\nFull-time\n\nText."
    )
    assert details(text) == {
        "title": "Registered Nurse - ICU (heading)",
        "location": "Roswell, New Mexico (board-header)",
        "salary": "$64,000 - $79,000 a year (board-header)",
        "employment_type": "Full-time (board-header)",
    }


@pytest.mark.parametrize("place", ["Denver, CO or Remote (US)", "Boston, MA / New York, NY", "Austin, TX and remote"])
def test_a_choice_of_places_under_the_company_is_the_location(place: str) -> None:
    found = details(f"# Account Executive, Mid-Market\n\nat Fernhollow\n\n{place}\n\n## About us\n\nWe sell.\n")
    assert found["company"] == "Fernhollow (board-header)"
    assert found["location"] == f"{place} (board-header)"


@pytest.mark.parametrize("place", ["Minneapolis, MN or Remote (US)", "Fargo, ND or remote"])
def test_a_choice_of_a_town_tailor_does_not_know_by_name_and_remote_work_is_a_place_never_the_company(
    place: str,
) -> None:
    text = (
        f"# Senior UX Researcher\n\n{place} · Full time · Posted November 30, 2026\n\n## Who we are\n"
        "Meridian Mutual Health is a not-for-profit health plan.\n"
    )
    found = details(text)
    assert found["location"] == f"{place} (board-header)"
    assert found["company"] == "Meridian Mutual Health (described)"


def test_a_place_that_says_its_mode_already_takes_no_second_mode_from_a_chip() -> None:
    text = "## Scrum Master\n\nToronto (hybrid)\n\nDelivery /\n\nFull-time /\n\nHybrid\n\nRun the ceremonies.\n"
    assert details(text)["location"] == "Toronto (hybrid) (board-header)"


@pytest.mark.parametrize("line", ["Remote - United States", "Remote – Canada · Full-time"])
def test_remote_work_and_the_country_it_is_done_from_are_one_location(line: str) -> None:
    found = details(f"## Enterprise Account Executive\n\n{line}\n\nSales – Enterprise\n\nLand new logos.\n")
    assert found["location"] == f"{line.split(' · ')[0]} (board-header)"


@pytest.mark.parametrize("place", ["Berlin", "London", "Singapore"])
def test_a_city_alone_on_the_line_under_the_title_is_the_place_not_the_company(place: str) -> None:
    found = details(f"## Route Supervisor\n\n{place}\n\nOperations /\n\nFull-time /\n\nHybrid\n\nPlan the routes.\n")
    assert "company" not in found
    assert found["location"] == f"{place} (Hybrid) (board-header)"


@pytest.mark.parametrize(("chip", "location"), [("Hybrid", "Reno, NV (Hybrid)"), ("On-site", "Reno, NV")])
def test_how_the_work_is_held_as_a_chip_of_its_own_lines_under_the_place_is_said_of_that_place(
    chip: str, location: str
) -> None:
    # Lever sets its categories one a line under the title: the place, the team, the commitment, the workplace.
    text = f"## Dock Supervisor\n\nReno, NV\n\nOperations – Fulfillment /\n\nFull-time /\n\n{chip}\n\nLead the dock.\n"
    assert details(text)["location"] == f"{location} (board-header)"


def test_a_company_named_after_a_place_alone_under_the_title_is_the_company() -> None:
    found = details("# Automation Engineer\n\n### Keywords Australia\n\nWe test games.\n\n## Requirements\n- C#\n")
    assert found["company"] == "Keywords Australia (board-header)" and "location" not in found


def test_company_line_with_place_and_type_after_dots() -> None:
    found = details("# Senior Data Engineer\n\nAcme Analytics · Berlin, Germany · Full-time\n\n## About the role\n")
    assert (found["company"], found["location"], found["employment_type"]) == (
        "Acme Analytics (board-header)",
        "Berlin, Germany (board-header)",
        "Full-time (board-header)",
    )


@pytest.mark.parametrize("place", ["Newcastle upon Tyne, UK", "Frankfurt am Main, Germany", "Rio de Janeiro, Brazil"])
def test_a_place_whose_name_has_small_words_inside_is_read_from_the_line_under_the_company(place: str) -> None:
    text = f"# Learning Designer\n\n**Brightwater College**\n{place} (hybrid) · Full-time\n\n## Responsibilities\n"
    found = details(text)
    assert (found["company"], found["location"]) == (
        "Brightwater College (board-header)",
        f"{place} (hybrid) (board-header)",
    )


@pytest.mark.parametrize(
    "company",
    [
        "Larkspur Insurance Group",
        "Northwind Benefits Ltd",
        "Castle Legal & Contact Holdings",
        "Hartwell Kessler PLLC",
        "Brennholz Logistik GmbH",
        "Ashdown Freight Pty Ltd",
    ],
)
def test_a_firm_under_the_title_is_the_company_not_a_heading_whatever_words_of_one_it_holds(company: str) -> None:
    text = f"Training Coordinator\n{company}\nLeeds, England | Hybrid\n\nThe role\nWe need a coordinator.\n"
    found = details(text)
    assert found["company"] == f"{company} (board-header)"
    assert found["location"] == "Leeds, England (Hybrid) (board-header)"
    kinds = [s.kind for s in structure.parse(text).sections if s.kind is not SectionKind.BENEFITS]  # the place's
    assert kinds[:2] == [SectionKind.ROLE, SectionKind.ROLE]


def test_a_place_after_the_company_on_its_line() -> None:
    found = details("# Senior ML Engineer\n\n**Northwind Robotics** · Zürich or remote (Europe)\n\n## About us\n")
    assert (found["company"], found["location"]) == (
        "Northwind Robotics (board-header)",
        "Zürich or remote (Europe) (board-header)",
    )


def test_title_at_company_names_the_company() -> None:
    found = details("Site Reliability Engineer at Corvid Systems\n\nWe run things.")
    assert (found["title"], found["company"]) == ("Site Reliability Engineer (heading)", "Corvid Systems (heading)")


def test_company_is_trimmed_off_the_end_of_the_title() -> None:
    found = details("# Senior Data Engineer - Acme Analytics\n", Candidate("company", "Acme Analytics", "json-ld"))
    assert found["title"] == "Senior Data Engineer (heading)"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Data Engineer at ACME ANALYTICS", "Data Engineer"),
        ("Data Engineer, Acme Analytics", "Data Engineer"),
        ("Data Engineer · Acme Analytics", "Data Engineer"),
        ("Data Engineer @Acme Analytics", "Data Engineer"),
        ("Data Engineer Acme Analytics", "Data Engineer Acme Analytics"),  # no separator: maybe part of the title
        ("Data Engineer - XAcme Analytics", "Data Engineer - XAcme Analytics"),  # another name that ends alike
    ],
)
def test_the_company_goes_from_the_titles_end_only_after_a_separator(heading: str, title: str) -> None:
    found = details(f"# {heading}\n", Candidate("company", "Acme Analytics", "json-ld"))
    assert found["title"] == f"{title} (heading)"


@pytest.mark.parametrize("company", ["Acme Analytics plc", "Acme Analytics, Inc.", "Acme Analytics LLC"])
def test_the_company_goes_from_the_titles_end_without_the_legal_form_its_label_gives(company: str) -> None:
    # A heading names the employer as people call it ("Mechanical Engineer - Acme"); its label, as it is registered.
    found = details(f"# Mechanical Engineer - Acme Analytics\n\n**Company:** {company}\n")
    assert (found["title"], found["company"]) == ("Mechanical Engineer (heading)", f"{company} (label)")


def test_title_after_an_intro_paragraph_under_a_careers_heading() -> None:
    text = (
        "Open Positions\n\nWe look for a combination of strong technical ability and curiosity, and we hire slowly "
        "and carefully.\n\nResearch Engineer\n\nRequirements\n\n- Deep learning\n"
    )
    assert details(text)["title"] == "Research Engineer (heading)"


# --- what a sentence implies -------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["# Harbor Ledger seeks a courts reporter", "Harbor Ledger seeks a courts reporter"]
)
def test_a_news_sites_headline_that_a_name_seeks_a_job_gives_both_in_the_headlines_own_case(heading: str) -> None:
    text = f"{heading}\n\nThe reporter will cover the county courts.\n\n## Duties\n\n- File daily stories\n"
    assert details(text) == {"title": "courts reporter (hiring-phrase)", "company": "Harbor Ledger (hiring-phrase)"}


def test_a_hiring_sentence_wrapped_at_a_fixed_width_is_no_headline_and_its_title_is_the_capitalised_words() -> None:
    # The first line of a paragraph hard-wrapped at 72 characters: the sentence goes on below, in lower case.
    text = (
        "Fernway Foods is seeking a curious and careful Chemist to run\nour pilot plant.\n\n"
        "## Duties\n\n- Run fermentations\n"
    )
    assert details(text) == {"title": "Chemist (opening-sentence)", "company": "Fernway Foods (hiring-phrase)"}


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        (
            "We are seeking a highly organised Payroll Specialist to run payroll for 300 staff.",
            "Payroll Specialist",
        ),
        (
            "Brightline Builders has a need for a qualified Project Manager. Ideal candidates know sites.",
            "Project Manager",
        ),
        (
            "We are seeking a bilingual Licensed Clinical Social Worker (LCSW) for our clinic.",
            "Licensed Clinical Social Worker",
        ),
        (
            "A growing firm is seeking an experienced Senior\nManager, Talent Programs to join",
            "Senior Manager, Talent Programs",
        ),
        ("Guests come first here. As Night Receptionist, you will welcome them.", "Night Receptionist"),
        ("Our kitchen needs a Line Cook who can work weekends.", "Line Cook"),
        ("Line Cook wanted. Evenings and weekends.", "Line Cook"),
        ("Now hiring: Warehouse Associate. Forklift experience a plus.", "Warehouse Associate"),
        ("Wanted - a Dental Hygienist for a busy family practice.", "Dental Hygienist"),
    ],
)
def test_the_sentence_that_introduces_the_job_gives_its_title_where_nothing_else_does(opening: str, title: str) -> None:
    text = f"{opening}\n\nResponsibilities\n\n- Welcome guests\n"
    assert details(text)["title"] == f"{title} (opening-sentence)"


def test_a_posting_pasted_as_one_paragraph_is_titled_by_its_short_first_sentence() -> None:
    text = (
        "Regional CDL-A Driver - Home Weekly. Swift Lane Logistics is hiring regional drivers out of our Joliet "
        "terminal. You will haul dry van freight across the Midwest. Must have a valid Class A CDL and two years "
        "of OTR experience. Hazmat endorsement a plus.\n"
    )
    assert details(text)["title"] == "Regional CDL-A Driver - Home Weekly (first-sentence)"
    # a paragraph that opens with a long sentence has no title there
    long = (
        "We are a family-owned dental practice in the heart of Dayton with a friendly team and loyal patients. "
        "You will clean teeth, take X-rays and teach patients how to care for their gums every day of the week.\n"
    )
    assert "title" not in details(long)


@pytest.mark.parametrize(
    ("heading", "company"),
    [
        ("Lead UX Designer — 未来デザイン株式会社 (Mirai Design K.K.)", "Mirai Design K.K."),
        ("Lead UX Designer — 上海数据科技有限公司 (Shanghai Data Tech Co., Ltd.)", "Shanghai Data Tech Co., Ltd."),
        ("Lead UX Designer - 주식회사 한빛 (Hanbit Inc.)", "Hanbit Inc."),
        ("Lead UX Designer | Harbor Foods Inc.", "Harbor Foods Inc."),
    ],
)
def test_a_firms_name_of_a_legal_form_after_the_titles_dash_is_the_employer(heading: str, company: str) -> None:
    found = details(f"# {heading}\n\n## Requirements\n\n- Figma\n")
    assert found["title"] == "Lead UX Designer (heading)" and found["company"] == f"{company} (heading)"


@pytest.mark.parametrize(
    ("heading", "company"),
    [
        ("Physical Therapist (PT II) — Harborline Employer Solutions", "Harborline Employer Solutions"),
        ("Lead UX Designer | Vexaro Labs", "Vexaro Labs"),
        ("Lead UX Designer - Quillmont Health", "Quillmont Health"),
        # A team, a kind of care or a specialty after the dash, in words of English, is no employer.
        ("Lead UX Designer - Platform Services", None),
        ("Lead UX Designer - Home Health", None),
        ("Lead UX Designer - Outpatient Orthopedics", None),
        ("Lead UX Designer - Integrations Services", None),  # "integration" is a word of English
        ("Lead UX Designer - Outpatient Health", None),  # the posting writes "outpatient" in small letters
    ],
)
def test_a_coined_name_that_ends_as_a_firms_does_after_the_titles_dash_is_the_employer(
    heading: str, company: str | None
) -> None:
    found = details(f"# {heading}\n\n## Requirements\n\n- Figma\n- Design for outpatient clinics\n")
    assert found.get("company") == (company and f"{company} (heading)")
    if company:
        assert found["title"] == f"{heading[: heading.index(company)].rstrip(' -–—|')} (heading)"


@pytest.mark.parametrize(
    ("heading", "company"),
    [
        ("Lead UX Designer — 未来デザイン (Mirai Design)", "Mirai Design"),
        ("Lead UX Designer | 한빛소프트 (Hanbit Soft)", "Hanbit Soft"),
        ("Lead UX Designer - Лесная Студия (Lesnaya Studio)", "Lesnaya Studio"),
    ],
)
def test_a_name_in_another_script_with_its_romanised_name_after_the_titles_dash_is_the_employer(
    heading: str, company: str
) -> None:
    # Where the posting names it again as the employer: the name in brackets is no place's or job's.
    found = details(f"# {heading}\n\nAt {company}, we build booking software.\n\n## Requirements\n\n- Figma\n")
    assert found["title"] == "Lead UX Designer (heading)" and found["company"] == f"{company} (heading)"


@pytest.mark.parametrize(
    "piece",
    [
        "大阪 (Osaka)",  # a city the text does not name as an employer
        "東京 (Tokyo)",
        "デザイナー (Designer)",  # the job in the other script
    ],
)
def test_a_place_or_a_job_in_another_script_after_the_titles_dash_is_no_employer(piece: str) -> None:
    text = f"# Lead UX Designer — {piece}\n\nWork with us in Tokyo.\n\n## Requirements\n\n- Figma\n"
    assert "company" not in details(text)


def test_a_titles_qualifier_after_its_dash_is_no_employer() -> None:
    found = details("# Software Engineer - Backend Platform\n\n## Requirements\n\n- Go\n")
    assert found["title"] == "Software Engineer - Backend Platform (heading)" and "company" not in found


def test_a_small_ad_of_one_line_names_its_job() -> None:
    assert details("Data Analyst wanted. SQL and Excel.")["title"] == "Data Analyst (opening-sentence)"


@pytest.mark.parametrize(
    "opening",
    [
        "We are seeking candidates who love Python. Our team builds Data Platforms.",  # no job's word
        "Help wanted. Volunteers needed for our Food Drive.",
        "We are looking for our next team member who is intensely curious.",
        "About us\n\nWe build software.\n\nResponsibilities\n\n- Hire a Project Manager for each site",  # in the body
    ],
)
def test_a_sentence_that_names_no_job_or_is_in_the_body_gives_no_title(opening: str) -> None:
    assert "title" not in details(f"{opening}\n\nRequirements\n\n- Python\n")


@pytest.mark.parametrize(
    "opening",
    [
        "Larkspur Builders & Development Group, Inc, a regional builder, has an immediate need for a Site Engineer.",
        "Larkspur Builders & Development Group, LLC is hiring a Site Engineer to run our jobs.",
        "Larkspur Builders & Development Group has an urgent need for a Site Engineer.",
        "Larkspur Builders & Development Group, PLLC, a design-build firm, is hiring a Site Engineer.",
        "Larkspur Builders & Development Group, P.C. is seeking a Site Engineer for our jobs.",
    ],
)
def test_a_company_with_its_legal_form_or_a_need_for_someone_is_the_hiring_company(opening: str) -> None:
    found = details(f"{opening}\n\nSkills\n\n- Estimating\n")
    assert (found["company"], found["title"]) == (
        "Larkspur Builders & Development Group (hiring-phrase)",
        "Site Engineer (opening-sentence)",
    )


def test_a_title_the_heading_gives_outranks_the_one_a_sentence_gives() -> None:
    text = (
        "# Staff Accountant\n\nWe are seeking a detail-oriented Accountant to join us.\n\n## Duties\n\n- Close books\n"
    )
    assert details(text)["title"] == "Staff Accountant (heading)"


def test_a_name_that_seeks_someone_in_a_sentence_gives_the_company_and_no_shortened_title() -> None:
    text = "# Metro Editor\n\nHarbor Ledger seeks an editor who can lead a team of five.\n"
    assert details(text) == {"title": "Metro Editor (heading)", "company": "Harbor Ledger (hiring-phrase)"}


def test_a_hiring_sentence_as_the_heading_gives_title_and_company_not_the_sentence() -> None:
    found = details("# Lumio is looking for a Engineering Manager\n\nLumio builds lighting controls.\n")
    assert (found["title"], found["company"]) == ("Engineering Manager (hiring-phrase)", "Lumio (hiring-phrase)")


def test_a_hiring_sentence_as_a_boards_title_keeps_the_header_under_it() -> None:
    text = (
        "# [Lumio is looking for a Engineering Manager](https://b.example/1)\n### Lumio\n#### `🌎 Remote, US`\n\nText."
    )
    found = details(text)
    assert (found["title"], found["company"], found["location"]) == (
        "Engineering Manager (hiring-phrase)",
        "Lumio (board-header)",
        "Remote, US (board-header)",
    )
    assert structure.parse(text).sections[0].kind.value == "role"


def test_a_hiring_sentence_in_a_paragraph_names_the_company_not_the_title() -> None:
    text = "## Finance Director\n\n**Summary**: Harbor News is seeking a finance director to lead accounting.\n"
    assert details(text) == {"title": "Finance Director (heading)", "company": "Harbor News (hiring-phrase)"}


@pytest.mark.parametrize(
    ("sentence", "apply", "company"),
    [
        # Two who hire together: the one whose address the posting gives to apply employs.
        ("Harbor News and Tidewater Post are seeking", "https://harbornews.applytojob.example/1", "Harbor News"),
        ("Harbor News and Tidewater Post are seeking", "https://tidewaterpost.example/jobs", "Tidewater Post"),
        # No address names one of them: both, as the sentence says.
        ("Harbor News and Tidewater Post are seeking", "https://ats.example/1", "Harbor News and Tidewater Post"),
        # One firm named for two ("is"): its name whole, whatever its address spells.
        ("Harbor & Pine is seeking", "https://harbor.example/jobs", "Harbor & Pine"),
    ],
)
def test_of_two_employers_a_hiring_sentence_names_the_one_applied_to(sentence: str, apply: str, company: str) -> None:
    text = f"## Climate Reporter\n\n### [Apply here]({apply})\n\n{sentence} a climate reporter for the coast.\n"
    assert details(text)["company"] == f"{company} (hiring-phrase)"


def test_a_hiring_sentence_names_the_company_past_what_it_says_of_it_between_commas() -> None:
    text = (
        "## Finance Director\n\nHarbor News, an independent, nonprofit newsroom focused on the coast, is seeking a "
        "finance director to join our team.\n"
    )
    assert details(text) == {"title": "Finance Director (heading)", "company": "Harbor News (hiring-phrase)"}
    # A sentence that ends between the name and the verb says nothing of who hires.
    ended = (
        "## Finance Director\n\nHarbor News, a newsroom on the coast. The board, a new one, is seeking a director.\n"
    )
    assert details(ended) == {"title": "Finance Director (heading)"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("# Data Engineer\n\n## About Kestrel Bio\n\nWe sequence birds.\n", "Kestrel Bio (about)"),
        ("# Data Engineer\n\n**Why Kestrel?**\n\nWe sequence birds.\n", "Kestrel (about)"),
        ("# Data Engineer\n\n#### Who We Are: Kestrel Bio\n\nText.\n", "Kestrel Bio (about)"),
        ("# Data Engineer\n\nAt Kestrel Bio, we sequence birds.\n", "Kestrel Bio (at-company)"),
        ("# Data Engineer\n\nHere at Kestrel Bio, our lab sequences birds.\n", "Kestrel Bio (at-company)"),
        (
            "# Executive Assistant role\n\nYou'll be part of our quickly growing, all-remote team at Kestrel Bio.\n",
            "Kestrel Bio (at-company)",
        ),
        (
            "# Senior Editor\n\nWe seek an editor to join the investigations team at Kestrel News, a nonprofit.\n",
            "Kestrel News (at-company)",
        ),
        ("# Data Engineer\n\nAs a Data Engineer at Kestrel Bio, you will own data.\n", "Kestrel Bio (at-company)"),
        (
            "# Support Specialist\n\nYou will operate as frontline Tier 1 Support at Kestrel Bio, handling tickets.\n",
            "Kestrel Bio (at-company)",
        ),
        ("# Data Engineer\n\nKestrel Bio is an equal opportunity employer.\n", "Kestrel Bio (eeo)"),
        ("# Yard Driver\n\nRiverbend Supply is an EEO/AA employer.\n", "Riverbend Supply (eeo)"),
        ("# Yard Driver\n\nRiverbend Supply is an EOE.\n", "Riverbend Supply (eeo)"),
        (
            "# Nurse - ICU\n\nKestrel offers full relocation. We need nurses.\n\nKestrel will provide training.\n",
            "Kestrel (company-sentence)",
        ),
        (
            "# Nurse - ICU\n\nTravel is part of the job. Kestrel offers full relocation and licensing. We also find "
            "you housing.\n\n## Duties\n\n- Care for patients\n",
            "Kestrel (company-sentence)",
        ),
    ],
    ids=[
        "about",
        "why",
        "who-we-are",
        "at",
        "here-at",
        "our-team-at",
        "join-the-team-at",
        "as-a-title-at",
        "you-will-work-as-a-title-at",
        "eeo",
        "eeo-abbreviated",
        "eoe",
        "two-sentences",
        "one-sentence-then-we",
    ],
)
def test_sentences_and_headings_that_name_the_company(text: str, company: str) -> None:
    assert details(text)["company"] == company


def test_our_team_at_a_place_or_a_team_at_someone_else_names_no_company() -> None:
    assert "company" not in details("# Office Manager\n\nYou'll join our busy team at Denver.\n")
    assert "company" not in details("# Office Manager\n\nYou'll support the finance team at Kestrel Bio.\n")
    assert "company" not in details("# Staff Nurse\n\nAs a nurse at Denver, you will care for children.\n")


@pytest.mark.parametrize(
    "text",
    [
        "# Nurse - ICU\n\nKestrel offers full relocation and licensing.\n\n## Duties\n\n- Care for patients\n",
        # "We" in a paragraph of its own, after a heading, need not speak for the name before it.
        "# Nurse - ICU\n\nKestrel offers full relocation and licensing.\n\n## Us\n\nWe care for the valley.\n",
        "# Nurse - ICU\n\nKestrel offers full relocation and licensing.\n\nWe care for the valley.\n",
    ],
)
def test_one_sentence_of_what_a_name_offers_names_no_employer_unless_the_next_speaks_as_we(text: str) -> None:
    assert "company" not in details(text)


@pytest.mark.parametrize("name", ["Brightway Media, Inc.", "Northshore Outdoor Co.", "Rossi S.p.A.", "Acme N.V."])
def test_a_company_name_ending_with_an_abbreviations_full_stop_keeps_it(name: str) -> None:
    labelled = (
        f"# Digital Marketing Coordinator\n\nCompany: {name}\nLocation: Chicago, IL\n\n## Requirements\n\n- SEO\n"
    )
    assert details(labelled)["company"] == f"{name} (label)"
    eeo = f"# Digital Marketing Coordinator\n\n## Requirements\n\n- SEO\n\n{name} is an equal opportunity employer.\n"
    assert details(eeo)["company"] == f"{name} (eeo)"


@pytest.mark.parametrize("name", ["Bank of the Cascades", "Sisters of the Holy Cross Health"])
def test_a_name_with_of_the_in_it_is_the_company_in_full(name: str) -> None:
    eeo = f"# Staff Accountant\n\n## Requirements\n\n- GAAP\n\n{name} is an equal opportunity employer.\n"
    assert details(eeo)["company"] == f"{name} (eeo)"
    assert (
        details(f"# Staff Accountant\n\n{name} is hiring a staff accountant.\n")["company"] == f"{name} (hiring-phrase)"
    )


def test_a_name_opening_with_the_and_joined_by_of_is_the_company_a_hiring_sentence_names() -> None:
    text = "Budget Analyst\n\nDescription\nThe City of Lakewood is seeking a Budget Analyst.\n\nDuties\n- Forecasts\n"
    assert details(text)["company"] == "City of Lakewood (hiring-phrase)"  # the sentence's "The" (below)
    text = "Loan Officer\n\nThe Bank of the Ozarks is seeking a Loan Officer.\n\nDuties\n- Originate loans\n"
    assert details(text)["company"] == "The Bank of the Ozarks (hiring-phrase)"


@pytest.mark.parametrize(
    "name",
    [
        "The Harlan Valley County Office of Education",
        "The Department of Parks and Recreation of Maple Bay",
        "Tri-Rivers Regional Office of Water and Soil Conservation",
    ],
)
def test_a_public_bodys_long_name_of_small_words_is_the_company_its_sentences_name(name: str) -> None:
    # Seven words and more, of which "The", "of" and "and" join the six or fewer that name the body.
    text = (
        "# Science Curriculum Specialist\n\nLocation | Fairmont, CA\nSalary | $88,000 – $121,000 annually\n\n"
        "## Duties\n\n- Write model units\n- Lead teacher networks\n\n"
        f"{name} is an equal opportunity employer.\n"
    )
    found = details(text)
    assert found["company"] == f"{name} (eeo)"
    assert found["location"] == "Fairmont, CA (label)"
    hiring = f"# Budget Analyst\n\n{name} is seeking a Budget Analyst.\n\n## Duties\n\n- Forecasts\n"
    assert details(hiring)["company"] == f"{name} (hiring-phrase)"


def test_a_name_of_more_than_six_naming_words_read_from_a_sentence_is_no_company() -> None:
    text = "# Analyst\n\nNorth Star Blue Ridge Mountain Valley River Partners is an equal opportunity employer.\n"
    assert "company" not in details(text)


_PUBLIC_EMPLOYER = (
    "{header}\n\nPark Ranger 2\n\nSalary: $24.10 - $31.90 Hourly\nLocation: Bend, OR\n\n"
    "DEFINITION\n\nUnder general supervision, patrols county parks.\n\n"
    "MINIMUM QUALIFICATIONS\n\nTwo years of experience in park operations.\n"
)


@pytest.mark.parametrize(
    ("header", "company"),
    [
        ("Deschutes County invites applications for the position of:", "Deschutes County (hiring-phrase)"),
        ("DESCHUTES COUNTY\ninvites applications for the position of:", "DESCHUTES COUNTY (hiring-phrase)"),
    ],
    ids=["one-line", "name-above"],
)
def test_a_public_employers_invitation_to_apply_heads_the_title_not_how_to_apply(header: str, company: str) -> None:
    found = details(_PUBLIC_EMPLOYER.format(header=header))
    assert found["title"] == "Park Ranger 2 (heading)"
    assert found["company"] == company
    sections = structure.parse(_PUBLIC_EMPLOYER.format(header=header)).sections
    assert all(s.kind is SectionKind.ROLE for s in sections if "Ranger" in s.heading + s.text)


def test_a_company_set_in_capitals_is_named_as_the_posting_writes_it_elsewhere() -> None:
    text = _PUBLIC_EMPLOYER.format(header="DESCHUTES COUNTY\ninvites applications for the position of:")
    found = details(text + "\nDeschutes County is an equal opportunity employer.\n")
    assert found["company"] == "Deschutes County (board-header)"  # its name over the title
    assert details(text)["company"] == "DESCHUTES COUNTY (hiring-phrase)"  # written no other way: as it stands


def test_an_aside_in_brackets_after_the_name_of_a_hiring_sentence_is_not_the_company() -> None:
    text = (
        "Senior Analyst\n\nSummary\nWestbrook Clinics ($2.1B revenue) is hiring a Senior Analyst to help.\n\n"
        "Duties\n- Budgets\n"
    )
    assert details(text)["company"] == "Westbrook Clinics (hiring-phrase)"


def test_a_sentence_ending_with_a_full_stop_is_still_no_company() -> None:
    text = "# Data Engineer\n\nCompany: We build tools for farms.\n\n## Requirements\n\n- SQL\n"
    assert "company" not in details(text)


def test_a_short_name_is_completed_as_the_posting_writes_it_in_full() -> None:
    text = "# Network Engineer\n\nAt Arista we value diversity. Arista Networks builds switches.\n"
    assert details(text)["company"] == "Arista Networks (at-company)"


def test_email_domain_is_the_company_as_the_posting_spells_it() -> None:
    text = (
        "Research Software Engineer\n\nThe Kestrel Institute studies migration with radar.\n\n"
        "How to apply\n\nSend your CV to jobs@kestrelinstitute.org by 1 May.\n"
    )
    assert details(text)["company"] == "The Kestrel Institute (email)"


def test_the_client_a_recruiter_names_is_the_company_not_the_agency_of_its_address() -> None:
    text = (
        "# Occupational Therapist\n\nClient: Harrowgate Rehabilitation Hospital\n\nLocation: Lakeview, OH\n\n"
        "Recruiter: Dana Ruiz, dana@brookfieldstaffing.com\n\nBrookfield Staffing places therapists.\n"
    )
    assert details(text)["company"] == "Harrowgate Rehabilitation Hospital (label)"


@pytest.mark.parametrize("client", ["a regional health system", "Confidential", "Undisclosed"])
def test_a_client_the_recruiter_does_not_name_is_no_company(client: str) -> None:
    text = f"# Occupational Therapist\n\nClient: {client}\n\nLocation: Lakeview, OH\n\nTreat adults.\n"
    assert "(label)" not in details(text).get("company", "")


@pytest.mark.parametrize(
    ("sentence", "whom"),
    [
        ("with a covering letter addressed to the Head, Mr Alan\nWhitcombe, to hr@fernbrook.org.", "Mr Alan Whitcombe"),
        ("Please address your letter to Dr Ana Ruiz, Head of Ecology.", "Dr Ana Ruiz"),
        ("Address your cover letter to Tom Reyes.", "Tom Reyes"),
        ("Applications should be addressed to the Headteacher.", "Headteacher"),
    ],
)
def test_whom_the_posting_asks_the_letter_to_be_addressed_to_is_the_hiring_manager(sentence: str, whom: str) -> None:
    assert (
        details(f"# Teacher of Physics\n\nTeach physics to A level.\n\nTo apply, send the form {sentence}\n")[
            "hiring_manager"
        ]
        == f"{whom} (addressed)"
    )


@pytest.mark.parametrize(
    "sentence", ["Queries addressed to HR are answered in a week.", "Letters addressed to the wrong office go back."]
)
def test_what_else_is_addressed_to_someone_names_no_hiring_manager(sentence: str) -> None:
    assert "hiring_manager" not in details(f"# Teacher of Physics\n\nTeach physics to A level. {sentence}\n")


def test_university_domain_is_spelt_by_its_initials_and_last_word() -> None:
    text = "Postdoc in Neural Modelling\n\nJoin a lab at the University of Waterloo.\n\nContact: ada@uwaterloo.ca\n"
    assert details(text)["company"] == "University of Waterloo (email)"


def test_apply_link_domain_is_the_company_and_a_link_to_a_product_is_not() -> None:
    apply = (
        "## Finance Director\n\n### [Apply here](https://harbornews.applytojob.com/apply/x)\n\nHarbor News reports.\n"
    )
    product = "# Backend Engineer\n\nWe build on [Django](https://www.djangoproject.com/). Django is great.\n"
    assert details(apply)["company"] == "Harbor News (link)"
    assert "company" not in details(product)


def test_a_label_naming_the_kind_of_employer_gives_the_company_and_an_about_heading_its_blurb() -> None:
    text = (
        "# School Counselor\n\n**District:** Lakeshore Unified School District\n**Location:** Fresno, CA\n\n"
        "## About the District\nLakeshore serves 12,000 students. We are committed to equity, belonging and the "
        "wellbeing of every learner.\n\n## Responsibilities\n- Counsel students\n"
    )
    assert details(text)["company"] == "Lakeshore Unified School District (label)"
    kinds = {s.heading: s.kind for s in structure.parse(text).sections}
    assert kinds["About the District"] is structure.SectionKind.COMPANY  # fairness is no pay: no benefits section


def test_a_board_header_of_long_pieces_is_read_piece_by_piece() -> None:
    found = details(
        "# Head Chef\n\nThe Marlowe Grand Hotel · Milwaukee, WI · Full-time · $78,000 – $92,000 a year\n\n"
        "## Responsibilities\n- Lead the kitchen brigade\n"
    )
    assert found["company"] == "The Marlowe Grand Hotel (board-header)"
    assert found["location"] == "Milwaukee, WI (board-header)"
    assert found["salary"] == "$78,000 – $92,000 a year (board-header)"


@pytest.mark.parametrize(
    "address", ["https://forms.trellis.com/f/825mr", "https://form.trellis.com/apply", "https://forms.office.com/r/x1"]
)
def test_a_form_to_apply_through_names_the_forms_maker_not_the_employer(address: str) -> None:
    text = (
        "## Office Coordinator\n\nKeep our back office running.\n\n### Nice to have\n"
        "- Experience with task tools (Trellis, Notion)\n\n"
        f"### [Apply Now]({address})\n"
    )
    assert "company" not in details(text)


def test_a_link_the_text_leaves_out_names_the_company_and_the_postings_address(tmp_path: Path) -> None:
    text = (
        "## Investigative Reporter\n### [Apply here](https://harborpress.applytojob.com/apply/abc)\n\n"
        "**Summary**: Report on the statehouse for The Harbor Press.\n"
    )
    found = structure.of(read_posting(write(tmp_path, "jobs.md", text))).details
    assert (found.company, found.url) == (
        Detail("The Harbor Press", "link"),
        Detail("https://harborpress.applytojob.com/apply/abc", "board-header"),
    )


def test_a_line_that_names_an_organisation_at_the_top() -> None:
    text = "Centre for Theoretical Neuroscience, University of Waterloo\n\nPostdoc in Brain Modelling\n\nText."
    found = details(text)
    assert found["company"] == "Centre for Theoretical Neuroscience, University of Waterloo (organisation)"
    assert found["title"] == "Postdoc in Brain Modelling (heading)"


def test_an_employer_called_by_its_short_name_is_named_as_its_equal_opportunity_sentence_names_it() -> None:
    text = (
        "# Registered Nurse\n\n## Duties\n- Care for patients.\n\n## Why St. Brendan's?\n- A pension\n\n"
        "St. Brendan's Health System is an equal opportunity employer.\n"
    )
    assert details(text)["company"] == "St. Brendan's Health System (eeo)"
    other = (
        "# Nurse\n\n## Why Acme?\n- A pension\n\n"
        "Acme Foundation Trust Of Greater Ohio Inc is an equal opportunity employer.\n"
    )
    assert details(other)["company"] == "Acme (about)"  # many more words: another body, perhaps


def test_a_title_set_apart_from_the_employers_full_name_gives_both_where_the_page_uses_its_short_name() -> None:
    text = (
        "# Branch Manager – Elm Valley Savings Bank\n\n## Duties\n- Run the branch.\n\n## Why Elm Valley\n- A pension\n"
    )
    found = details(text)
    assert (found["title"], found["company"]) == (
        "Branch Manager (heading)",
        "Elm Valley Savings Bank (heading)",
    )
    # What a title is for, set apart the same way, is no employer.
    other = details("# Nurse Manager – Surgical Services\n\n## Duties\n- Lead nurses.\n\n## Why Acme\n- A pension\n")
    assert (other["title"], other["company"]) == ("Nurse Manager – Surgical Services (heading)", "Acme (about)")


def test_a_department_whose_name_holds_an_organisations_word_inside_another_is_not_the_employer() -> None:
    text = (
        "Franklin County Medical Center\nDepartment of Clinical Education & Professional Development\n\n"
        "# Nurse Educator\n\nLocation: Grove City, Ohio\n\n## Duties\n\n"
        "- Teach ACLS.\n\nFranklin County Medical Center is an Equal Opportunity Employer.\n"
    )
    assert details(text)["company"].startswith("Franklin County Medical Center (")  # over the title, or its EEO line


# --- precision: empty rather than wrong ----------------------------------------------------------

NAVIGATION = """\
Skip to main content
Menu
Apply here
Share this job

Data Platform Engineer
Harbor Analytics · Leeds, UK

We are building the data platform behind the UK's freight market.

Requirements
- Five years of Python
"""


def test_navigation_and_calls_to_action_are_never_title_company_or_the_role_section() -> None:
    found = structure.parse(NAVIGATION)
    assert (found.title, found.company) == ("Data Platform Engineer", "Harbor Analytics")
    assert found.sections[0].text.startswith("Data Platform Engineer")


def test_a_word_under_the_title_that_could_be_a_place_is_not_taken_for_the_company() -> None:
    found = details("# Embedded Software Engineer\n\nMunich · Full-time\n\nWe build robots.\n")
    assert "company" not in found and found["employment_type"] == "Full-time (board-header)"


def test_apply_here_under_the_title_is_not_the_company() -> None:
    text = "## Finance Director\n### [Apply here](https://example.com/apply)\n\nWe publish news.\n"
    found = details(text)
    assert "company" not in found
    assert found["url"] == "https://example.com/apply (board-header)"


def test_a_posting_pasted_as_one_paragraph_is_titled_by_the_job_its_hiring_sentence_and_its_opening_both_name() -> None:
    text = (
        "Night Shift Line Cook – Juniper Tavern – Bend, OR – $19–$23/hour – Full-time. Juniper Tavern is hiring a "
        "Night Shift Line Cook to run the grill station. You will prep, cook and plate.\n"
    )
    assert details(text)["title"] == "Night Shift Line Cook (hiring-phrase)"
    # A sentence alone names the job in passing, sometimes shortened: the last evidence of a title.
    prose = "We cook for the whole town. Juniper Tavern is hiring a Night Shift Line Cook to run the grill.\n"
    assert details(prose)["title"] == "Night Shift Line Cook (opening-sentence)"


def test_a_page_listing_several_jobs_has_no_one_title() -> None:
    text = (
        "## Finance Director\n\nHarbor News is seeking a finance director.\n\n"
        "## Investigative Reporter\n\nHarbor News is seeking a reporter.\n"
    )
    assert details(text) == {"company": "Harbor News (hiring-phrase)"}


def test_a_heading_of_the_titles_level_that_names_the_job_again_under_a_boards_header_lists_no_jobs() -> None:
    # A board sets the job's title, the company and the place over the employer's own text, which opens with its
    # own heading for the same job: the page is one job's, titled as the board titles it.
    text = (
        "# [Data Engineer, Platform ](https://board.example/apply/data-engineer-platform)\n"
        "### Kestrel Analytics\n#### `🌎 Remote - Canada`\n\n"
        "# **Data Engineer, Platform Team**\n\nYou will build our pipelines and keep them running.\n"
    )
    found = details(text)
    assert found["title"] == "Data Engineer, Platform (heading)"
    assert found["company"] == "Kestrel Analytics (board-header)"


@pytest.mark.parametrize(
    "text",
    [
        # Another job under a short line: a list of openings, each with its place.
        "## Finance Director\nHarrisburg, PA\n\n## Investigative Reporter\nHarrisburg, PA\n",
        # The same job word, with a paragraph between: each heading opens a job of its own.
        "## Data Engineer, Batch\nYou will run nightly loads.\n\n## Data Engineer, Streaming\nYou will run Kafka.\n",
        # Three of one level: a list, whatever the second says.
        "## Data Engineer\nRemote\n\n## Data Engineer, Streaming\nRemote\n\n## Analytics Engineer\nRemote\n",
    ],
)
def test_headings_of_one_level_that_name_other_jobs_still_list_openings(text: str) -> None:
    assert "title" not in details(text)


@pytest.mark.parametrize(
    "text",
    [
        "Open Positions\n\nWe hire people who like hard problems.\n",
        "# Lead the future of logistics\n\nWe move containers.\n",
        "# Careers\n\n## Job description\n\nYou will work on things.\n",
        "Python offers many libraries and we use them.\n\nRequirements\n- Python\n",
        "Employer provides equal employment opportunities. Employer offers relocation.\n",
        "# About the role\n\nAbout us: we are a small team.\n\n## About the team\n",
        "ABOUT THE FLOCK\n\nThe Flock offers care. The Flock offers more.\n",
        "Department of Physics\n\nWe study stars.\n",
        "We sell online.\n\nShopify offers many integrations. Shopify offers an API. Shopify is a platform.\n",
        "Join us! We're hiring.\n\nJoin our team, today.\n",
    ],
    ids=["careers-heading", "verb-lead", "generic-headings", "one-product-sentence", "generic-noun", "about-us",
         "the-noun", "a-department", "product-sentences", "join-us"],
)  # fmt: skip
def test_text_without_a_clear_title_or_company_gives_none(text: str) -> None:
    assert details(text) == {}


def test_a_site_name_counts_only_when_an_address_in_the_posting_confirms_it() -> None:
    site = Candidate("company", "Tufa Labs", "page")
    confirmed = details("# Research Engineer\n\nWrite to jobs@tufa.ai.\n", site)
    board = details("# Research Engineer\n\nApply below.\n", Candidate("company", "JobBoard", "page"))
    assert confirmed["company"] == "Tufa Labs (page)"
    assert "company" not in board


def test_a_rule_switched_off_finds_nothing_and_the_next_rule_answers() -> None:
    text = "# Data Engineer\n### Acme\n\nAcme is hiring engineers.\n"
    assert details(text)["company"] == "Acme (board-header)"
    assert details(text, skip=frozenset({"board-header"}))["company"] == "Acme (hiring-phrase)"
    assert "company" not in details(text, skip=frozenset({"board-header", "hiring-phrase"}))


def test_details_as_json_name_every_field_and_its_source() -> None:
    found = PostingDetails().as_json()
    assert list(found)[:4] == ["title", "title_source", "company", "company_source"]
    assert set(found.values()) == {None}


# --- through the readers --------------------------------------------------------------------------


def test_a_text_posting_keeps_its_details_through_structure(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.txt", LABELLED))
    assert structure.of(posting).details.source("company") == "label"


@pytest.mark.parametrize(
    ("body", "salary"),
    [
        (
            "## Salary and Benefits\n\nThe salary range is $62,000 to $70,000 per year, with benefits.\n",
            "$62,000 to $70,000 per year",
        ),
        ("## Compensation\n\n$85k – $95k annually\n", "$85k – $95k annually"),
        ("## Pay\n\nThe hiring salary range for this role is $180-210k.\n", "$180-210k"),
        ("## About us\n\nWe are a $600M company and pay well.\n", None),  # a firm's size is no pay
        # A seller's on-target earnings are no salary: twice the base, and said so wherever the posting puts it.
        (
            "## Compensation\n\nThe OTE for this role is $220,000 - $250,000; base $110,000.\n",
            "$220,000 - $250,000 OTE",
        ),
        ("## Compensation\n\n$300,000 - $340,000 OTE (base $150,000).\n", "$300,000 - $340,000 OTE"),
        ("## Pay\n\nOn-target earnings of $150k-$180k.\n", "$150k-$180k OTE"),
        ("## Compensation\n\nOTE split 50/50, with a base of $110,000.\n", "$110,000 base"),
        ("## Compensation\n\nBase salary $85,000 + uncapped commission.\n", "$85,000 base"),
        ("## Compensation\n\nThe base salary range is $90,000 to $110,000 a year.\n", "$90,000 to $110,000 a year"),
    ],
    ids=[
        "sentence",
        "heading",
        "range-without-second-sign",
        "firm-size",
        "ote-before",
        "ote-after",
        "ote-words",
        "base-beside-ote",
        "base-beside-commission",
        "base-alone",
    ],
)
def test_pay_named_as_such_in_the_text_is_the_salary(body: str, salary: str | None) -> None:
    found = details(f"# Curator of Manuscripts\n\n## Responsibilities\n\n- Catalogue manuscripts.\n\n{body}")
    assert found.get("salary") == (f"{salary} (pay)" if salary else None)


def test_a_pay_range_whose_each_end_carries_its_unit_is_read_whole() -> None:
    # LinkedIn sets its range so, under a "Base pay range" heading; Lever may set it as a heading of its own.
    under_heading = "# Account Executive\n\nBase pay range\n$140,000.00/yr - $165,000.00/yr\n\nAbout the role\nSell.\n"
    assert details(under_heading)["salary"] == "$140,000.00/yr - $165,000.00/yr (pay)"
    alone = "# SRE\n\n## What you'll do\n\n- Run Kubernetes\n\n### $150,000/yr - $190,000/yr\n\nThe range above …\n"
    assert details(alone)["salary"] == "$150,000/yr - $190,000/yr (pay)"
    # An hourly rate before a number of hours is no range.
    hours = "# Barista\n\n## Pay\n\nThe pay is $18/hr - 30 hours a week.\n"
    assert details(hours)["salary"] == "$18/hr (pay)"


@pytest.mark.parametrize(
    ("body", "salary"),
    [
        # iCIMS writes the currency's code before each amount's sign; a Canadian or Australian employer, the
        # country's letters before the dollar sign. Each end of the range is read, not its first amount alone.
        ("## Pay Range\n\nUSD $58,000.00 - USD $68,000.00 /Yr.\n", "USD $58,000.00 - USD $68,000.00 /Yr"),
        ("## Compensation\n\nThe base salary is CA$110,000 – CA$135,000 a year.\n", "CA$110,000 – CA$135,000 a year"),
        ("## Salary\n\nA$95,000 - A$105,000 per annum plus super.\n", "A$95,000 - A$105,000 per annum"),
    ],
)
def test_pay_whose_sign_follows_its_currencys_letters_is_read_whole(body: str, salary: str) -> None:
    found = details(f"# Payroll Analyst\n\n## Responsibilities\n\n- Run payroll.\n\n{body}")
    assert found.get("salary") == f"{salary} (pay)"


def test_a_department_beside_the_place_under_the_title_is_the_team_where_a_label_says_so_not_the_company() -> None:
    # A careers page sets the department beside the place under the title, and labels it in its box of details.
    text = (
        "## Veterinary Technician\n\nClinical · Asheville, North Carolina\n\n**What you'll do**\n\n"
        "- Place IV catheters and monitor anesthesia.\n\n### Department\n\nClinical\n"
    )
    found = details(text)
    assert found.get("company") is None
    assert found["team"] == "Clinical (label)"
    assert found["location"].startswith("Asheville, North Carolina")


def test_pay_under_the_board_header_is_the_salary_not_a_heading() -> None:
    from tailor.posting.structure import SectionKind, parse

    text = (
        "Barista\nBramble & Bean Coffee House · Sheffield, UK · Part-time\n£11.90 per hour plus tips\n\n"
        "About us\nWe roast.\n"
    )
    assert details(text)["salary"] == "£11.90 per hour plus tips (board-header)"
    assert SectionKind.PREFERRED not in [s.kind for s in parse(text).sections]


@pytest.mark.parametrize(
    ("line", "company", "location"),
    [
        ("Redwood Digital, Chicago, IL", "Redwood Digital", "Chicago, IL"),
        ("Prairie Mills, Omaha, NE", "Prairie Mills", "Omaha, NE"),
        ("Acme Engineers, Omaha, NE", "Acme Engineers", "Omaha, NE"),
        ("Wexford Tax Advisors LLP - Chicago, IL", "Wexford Tax Advisors LLP", "Chicago, IL"),
        ("Kansas City, Missouri, US", None, "Kansas City, Missouri, US"),
        ("Brooklyn, New York, NY", None, "Brooklyn, New York, NY"),
        # Remote work after the name, or how the job is held after the city's code, is the place too.
        ("Quillstack Software, Remote (US)", "Quillstack Software", "Remote (US)"),
        ("Quillstack Software, Remote", "Quillstack Software", "Remote"),
        ("Quillstack Software, Denver, CO (Hybrid)", "Quillstack Software", "Denver, CO (Hybrid)"),
        ("Remote, US", None, "Remote, US"),
        # A short ad's city and state code with no comma between them.
        ("Birchwood Appliance Delivery, Aurora IL", "Birchwood Appliance Delivery", "Aurora IL"),
        ("Birchwood Appliance Delivery, Joliet IL 60436", "Birchwood Appliance Delivery", "Joliet IL 60436"),
        ("Brooklyn, New York NY", None, "Brooklyn, New York NY"),
        # The country after the state's code, as a board writes every place ("…, GA, United States").
        ("Town of Millbrook, Millbrook, NY, United States", "Town of Millbrook", "Millbrook, NY, United States"),
        ("Harbourview Dental Group, Halifax, NS, Canada", "Harbourview Dental Group", "Halifax, NS, Canada"),
        ("Quillstack Software, Denver, CO, USA", "Quillstack Software", "Denver, CO, USA"),
        # A name that ends in its legal form, then the employer's country with no comma, as a remote board sets it:
        # the company, and no place of the job.
        ("Larchmont Health Systems Inc. United States", "Larchmont Health Systems Inc.", None),
        ("Oakbridge Analytics GmbH Germany", "Oakbridge Analytics GmbH", None),
        ("Fernway Labs Ltd Unicorn Division", "Fernway Labs Ltd Unicorn Division", None),
    ],
)
def test_a_name_before_a_city_and_its_code_under_the_title_is_the_company(
    line: str, company: str | None, location: str | None
) -> None:
    found = details(f"SEO Specialist\n{line}\n\nResponsibilities\n- Run audits\n")
    assert found.get("company") == (f"{company} (board-header)" if company else None)
    assert found.get("location") == (f"{location} (board-header)" if location else None)


@pytest.mark.parametrize("place", ["Obetz, OH 43207", "Toronto, ON M5V 2T6", "Columbus, OH 43215-1234 (Hybrid)"])
def test_a_place_with_its_postcode_under_the_company_is_the_location(place: str) -> None:
    found = details(f"Warehouse Shift Manager\nBuckeye Distribution LLC\n{place}\n\nWhat You'll Do:\nLead a shift\n")
    assert found["company"] == "Buckeye Distribution LLC (board-header)"
    assert found["location"] == f"{place} (board-header)"


def test_a_company_line_of_two_brands_gives_the_company_and_no_place_and_an_office_label_the_place() -> None:
    found = details("# Staff Engineer\n\necoATM | Gazelle\n\n## Responsibilities\n- Build things\n")
    assert found["company"] == "ecoATM (board-header)" and "location" not in found
    labelled = details("# Litigation Paralegal\n\nOffice: Milwaukee, WI\n\n## Duties\n- Draft discovery responses\n")
    assert labelled["location"] == "Milwaukee, WI (label)"


def test_a_label_of_the_kind_of_employment_over_its_value_as_indeed_sets_it_gives_the_kind_of_employment() -> None:
    text = (
        "Prep Cook\nLarkspur Bistro\nDenver, CO 80202\n\nJob details\nPay\n$18 - $21 an hour\nJob type\nPart-time\n"
        "Shift and schedule\nNight shift\n\nFull job description\nWe cook.\n"
    )
    assert details(text)["employment_type"] == "Part-time (label)"


def test_a_schedule_heading_over_a_sentence_gives_no_kind_of_employment() -> None:
    assert "employment_type" not in details("# Prep Cook\n\nSchedule\nNights and weekends.\n\nWe cook.\n")


PLACES = (
    "Columbus, Ohio, USA; Pittsburgh, Pennsylvania, USA; Raleigh, North Carolina, USA; Ohio, USA, Remote; "
    "Pennsylvania, USA, Remote; North Carolina, USA, Remote"
)


@pytest.mark.parametrize("chips", [f"`💰 USD $96,000~$118,000` `🌎 {PLACES}`", f"💰 USD $96,000~$118,000 🌎 {PLACES}"])
def test_a_board_header_listing_many_places_keeps_them_and_its_pay(chips: str) -> None:
    # A job open in several offices and remote in their states: each place is short, the list long; the board's chips
    # as its Markdown writes them, or as words once read (the pay's and the place's emoji still set them apart).
    found = details(f"# Claims Adjuster\n### Larchmont Mutual\n#### {chips}\n\nAdjust property claims.\n")
    assert (found["salary"], found["location"]) == ("USD $96,000~$118,000 (board-header)", f"{PLACES} (board-header)")


def test_a_long_list_of_places_is_no_place_where_one_of_them_is_a_sentence() -> None:
    long = "Columbus, Ohio; Pittsburgh, Pennsylvania; remote candidates must live within driving distance of an office"
    assert plausible.location(long + ".") is None
    assert plausible.location("; ".join(["Springfield, Illinois"] * 15)) is None  # no list of places is this long


def test_a_location_label_over_its_place_as_a_public_job_bulletin_sets_it_gives_the_place() -> None:
    text = (
        "Budget Analyst 3\n\nSalary\n$72,756.00 - $97,812.00 Annually\nLocation\nThurston County - Olympia, WA\n"
        "Job Type\nFull Time - Permanent\n\nDescription\nAnalyze agency budget requests.\n"
    )
    assert details(text)["location"] == "Thurston County - Olympia, WA (label)"


@pytest.mark.parametrize("label", ["Location:", "**Location:**", "Location :"])
def test_a_location_label_ending_in_its_colon_over_its_place_gives_the_place(label: str) -> None:
    text = f"# Copy Editor\n\n{label}\nDayton, OH\nJob type:\nFull-time\n\n## Duties\n\n- Edit copy\n"
    assert (details(text)["location"], details(text)["employment_type"]) == ("Dayton, OH (label)", "Full-time (label)")


@pytest.mark.parametrize("mark", ["📍 ", "🗺️ ", "★ "])
def test_a_label_heading_an_emoji_sets_off_over_its_value_gives_the_value_not_the_label(mark: str) -> None:
    # Careers pages built by hand set an emoji before each heading ("📍 Location", "📋 Requirements"); the emoji is
    # no word of the label, and a location emoji before the word "Location" makes no place of it.
    text = (
        f"# Dental Hygienist\n\n## {mark}Location\n\n- Dayton, Ohio\n\n## 💼 Job type\n\nPart-time\n\n"
        "## 📋 Requirements\n\n- Licensed dental hygienist\n"
    )
    found = details(text)
    assert (found["location"], found["employment_type"]) == ("Dayton, Ohio (label)", "Part-time (label)")


def test_a_location_heading_over_what_names_no_place_gives_none_and_leaves_the_place_found_elsewhere() -> None:
    text = "# Line Cook\n\n## Location\nOur kitchen is in the old mill by the river.\n\n## Duties\n- Cook\n"
    assert "location" not in details(text)
    assert "location" not in details("# Line Cook\n\nLocation\nFlexible\n\n## Duties\n- Cook\n")
    # USAJOBS's words over its list of places lead in the place on the line below, which the label gives.
    text = "Program Analyst\n\nLocation\n1 vacancy in the following location:\nWashington, DC\n\nDuties\n- Evaluate\n"
    assert details(text)["location"] == "Washington, DC (label)"


def _page(tab: str, heading: str) -> str:
    """A job board's page that names the employer in its text only in passing, and maybe in its tab title."""
    return (
        f"<html><head><title>{tab}</title></head><body><div class='posting-headline'><h2>{heading}</h2>"
        "<div class='location'>Lisbon, Portugal</div></div><h3>What you'll do</h3><ul>"
        "<li>Plan the weekly delivery routes</li><li>Train new drivers on the handheld scanners</li></ul>"
        "<p>Harbor &amp; Pine delivers groceries across Portugal.</p></body></html>"
    )


@pytest.mark.parametrize(
    "tab",
    [
        "Harbor &amp; Pine - Route Supervisor",  # Lever: the company first
        "Job Application for Route Supervisor at Harbor &amp; Pine",  # Greenhouse
        "Route Supervisor | Harbor &amp; Pine | Careers",
    ],
)
def test_the_company_beside_the_job_title_in_a_pages_tab_title_is_the_employer(tmp_path: Path, tab: str) -> None:
    posting = read_posting(write(tmp_path, "job.html", _page(tab, "Route Supervisor")))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.title == Detail("Route Supervisor", "heading")
    assert found.company == Detail("Harbor & Pine", "tab-title")


@pytest.mark.parametrize(
    "tab",
    [
        "Route Supervisor - Harbor &amp; Pine Careers",  # the employer's careers site, named by its own word after it
        "Route Supervisor | Harbor &amp; Pine Jobs",
        "Harbor &amp; Pine Career Site - Route Supervisor",
    ],
)
def test_a_tab_titles_employer_named_with_its_careers_sites_word_is_the_employer(tmp_path: Path, tab: str) -> None:
    posting = read_posting(write(tmp_path, "job.html", _page(tab, "Route Supervisor")))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("Harbor & Pine", "tab-title")


def test_a_tab_titles_employer_the_text_calls_by_its_first_word_is_the_employer(tmp_path: Path) -> None:
    # An employer's own page keeps its name in the header and footer, which the posting's text leaves out, and the
    # text calls the employer by its short name: "Harbor’s" is Harbor Logistics, which the tab title names.
    page = _page("Route Supervisor | Harbor Logistics", "Route Supervisor").replace(
        "Harbor &amp; Pine delivers", "Join Harbor’s dispatch team, which delivers"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("Harbor Logistics", "tab-title")
    # Its first word as another name's ("Harbor Road") says nothing of who hires: only the name's own "’s" does.
    page = _page("Route Supervisor | Harbor Logistics", "Route Supervisor").replace(
        "Harbor &amp; Pine delivers", "Our depot on Harbor Road delivers"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert structure.parse(posting.text, stated=posting.stated, links=posting.links).details.company is None


def test_a_tab_title_that_sets_the_place_after_the_job_and_careers_at_before_the_employer_names_the_employer(
    tmp_path: Path,
) -> None:
    # As iCIMS writes a page's tab title: "{title} in {place} | Careers at {company}".
    page = _page("Route Supervisor in Lisbon, Portugal | Careers at Harbor &amp; Pine", "Route Supervisor")
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("Harbor & Pine", "tab-title")


@pytest.mark.parametrize("kind", ["Job Specifications", "Class Specification", "Job Description"])
def test_a_tab_title_that_names_the_kind_of_page_before_the_job_names_no_employer(tmp_path: Path, kind: str) -> None:
    # A public employer's class specification titles its page "Job Specifications - {title}", and heads its text
    # with the same words: the kind of page, no one who hires.
    page = _page(f"{kind} - Route Supervisor", "Route Supervisor").replace("<body>", f"<body><h1>{kind}</h1>")
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company is None or found.company.value != kind


def test_a_government_boards_header_names_the_agency_before_its_equal_opportunity_sentence(tmp_path: Path) -> None:
    # NEOGOV titles a public employer's page "{title} | Job Details tab | Career Pages | {agency}" and sets the
    # agency over the job; the bulletin's last section says "The City of … is an equal opportunity employer".
    body = (
        "<h2>Stormwater Engineer</h2><h3>Description</h3><p>Design drainage improvements.</p>"
        "<h3>Supplemental Information</h3><p>The City of Marlow Springs is an equal opportunity employer.</p>"
    )
    tab = "Stormwater Engineer | Job Details tab | Career Pages | City of Marlow Springs"
    page = f"<html><head><title>{tab}</title></head><body><header>City of Marlow Springs</header>{body}</body></html>"
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("City of Marlow Springs", "tab-title")
    # Copied as text, the title bar is the line over the board's own links.
    text = (
        "Skip to Main Content\nCity of Marlow Springs\nSearch Jobs\nJob Alerts\nSign In\nStormwater Engineer\n"
        "Location\nMarlow Springs, WA\n\nDescription\nDesign drainage improvements.\n\nSupplemental Information\n"
        "The City of Marlow Springs is an equal opportunity employer.\n"
    )
    assert details(text)["company"] == "City of Marlow Springs (organisation)"


def test_a_site_tab_titled_by_the_site_names_the_employer_by_the_title_it_gives_links_to_share(
    tmp_path: Path,
) -> None:
    # An employer's own careers page: its tab names the site; its og:title names the job and the employer.
    page = _page("Careers | Harbor &amp; Pine", "Route Supervisor").replace(
        "</title>", "</title><meta property='og:title' content='Route Supervisor - Harbor &amp; Pine'>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("Harbor & Pine", "tab-title")


@pytest.mark.parametrize(
    "tab", ["Careers at Harbor &amp; Pine", "Route Supervisor - Lisbon, Portugal", "Route Supervisor | JobBoard"]
)
def test_a_tab_title_without_the_job_title_or_with_a_place_or_a_board_beside_it_names_no_employer(
    tmp_path: Path, tab: str
) -> None:
    posting = read_posting(write(tmp_path, "job.html", _page(tab, "Route Supervisor")))
    assert structure.parse(posting.text, stated=posting.stated, links=posting.links).details.company is None


def test_a_city_the_tab_title_sets_beside_the_job_is_no_employer_where_the_posting_writes_it_before_its_state(
    tmp_path: Path,
) -> None:
    # "Marlowe" is on no list of places: the posting's "Marlowe, Oregon" says what it is.
    page = _page("Route Supervisor - Marlowe | Harbor &amp; Pine Careers", "Route Supervisor").replace(
        "Lisbon, Portugal", "Office: Marlowe, Oregon | Team: Logistics"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert structure.parse(posting.text, stated=posting.stated, links=posting.links).details.company is None


def test_the_company_and_the_place_in_spans_side_by_side_under_the_title_are_read_apart(tmp_path: Path) -> None:
    # LinkedIn sets the company and the place under the title apart by style alone: read as one run of words, the
    # company was the place's too ("Harbor Logistics Group Cleveland, OH").
    page = (
        "<html><head><title>Senior Route Planner | Harbor Logistics Group | LinkedIn</title></head><body>"
        "<h1>Senior Route Planner</h1><h4><span><a href='/company/harbor'>Harbor Logistics Group</a></span> "
        "<span>Cleveland, OH</span></h4><h3>What you'll do</h3><ul><li>Plan the weekly delivery routes</li>"
        "<li>Train new drivers on the handheld scanners</li></ul></body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    found = structure.parse(posting.text, stated=posting.stated, links=posting.links).details
    assert found.company == Detail("Harbor Logistics Group", "board-header")
    assert found.location == Detail("Cleveland, OH", "board-header")


def test_a_place_named_like_the_company_stays_whole() -> None:
    found = details(
        "# Pastry Chef\n\nParis, France\n\n## Duties\n\n- Bake the morning bread\n",
        Candidate("company", "Paris", "given"),
    )
    assert found["location"] == "Paris, France (board-header)"


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_place_then_pay_parted_by_a_dash_under_the_title_are_the_location_and_the_salary(dash: str) -> None:
    text = f"# Route Planner\n\nHarbor Freight Lines {dash} Toledo, OH (Hybrid) {dash} $41–$50 per hour\n\nText."
    found = details(text)
    assert found["company"] == "Harbor Freight Lines (board-header)"
    assert found["location"] == "Toledo, OH (Hybrid) (board-header)"
    assert found["salary"] == "$41–$50 per hour (board-header)"


@pytest.mark.parametrize("title", ["Customer Experience Manager", "Requirements Engineer", "Benefits Specialist"])
def test_an_opening_line_naming_a_job_is_its_title_whatever_a_word_of_it_heads_elsewhere(title: str) -> None:
    # "Experience" heads requirements, "Team" the company: as a title's words they head nothing.
    text = f"{title}\n\nCompany: Larkspur Outfitters\nLocation: Boise, ID\n\nWhat you will do:\nRun the store.\n"
    found = details(text)
    assert found["title"] == f"{title} (heading)"
    assert found["company"] == "Larkspur Outfitters (label)"


@pytest.mark.parametrize(
    "title", ["Staff Software Engineer, Checkout Experience", "R Developer with Life Science Background"]
)
def test_an_opening_heading_naming_a_job_before_a_comma_or_with_is_its_title_whatever_the_words_after_head(
    title: str,
) -> None:
    # "Experience" and "Background" head requirements elsewhere; after the job's name they say which team, or what else.
    text = f"# [{title}](https://jobs.example/1)\n### Larkspur\n#### `🌎 Remote`\n\nWe build stores.\n"
    assert details(text)["title"] == f"{title} (heading)"


@pytest.mark.parametrize("title", ["Route Planner – Regional Projects", "Fleet Supervisor - Night Operations"])
def test_an_opening_heading_naming_a_job_before_a_dash_is_its_title_whatever_the_words_after_the_dash_head(
    title: str,
) -> None:
    # "Projects" heads responsibilities, "Operations" names a department: after the job's name they say what it is for.
    text = f"# {title}\n\n**Harbor Freight Lines** · Toledo, OH · Full-time\n\n## Duties\n\n- Plan the routes.\n"
    found = details(text)
    assert found["title"] == f"{title} (heading)"
    assert found["company"] == "Harbor Freight Lines (board-header)"
    assert found["location"] == "Toledo, OH (board-header)"


@pytest.mark.parametrize("heading", ["Posting Details", "Position Information", "Vacancy Details"])
def test_a_universitys_heading_over_the_postings_fields_is_no_company(heading: str) -> None:
    # PeopleAdmin sets "Posting Details" under the job's title, where a job board sets the company.
    text = (
        f"## Research Librarian\n\n### {heading}\n\nPosting Number\n\nF00999P\n\n"
        "Duties\n\n- Catalogue the map collection.\n\nOakridge University is an equal opportunity employer.\n"
    )
    assert details(text)["company"] == "Oakridge University (eeo)"


def test_a_careers_sites_banner_over_the_title_names_the_employer_without_its_own_words() -> None:
    text = "Careers at Northfield State University\n\n# University Archivist\n\n## Duties\n\n- Describe records.\n"
    assert details(text)["company"] == "Northfield State University (organisation)"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Cloud Operations Engineer (EMEA)", "Cloud Operations Engineer"),
        ("Account Development Representative - DACH", "Account Development Representative"),
        (
            "Senior Site Reliability Engineer - Blockchain Infrastructure, EMEA",
            "Senior Site Reliability Engineer - Blockchain Infrastructure, EMEA",
        ),
    ],
)
def test_a_part_of_the_world_closing_a_title_is_where_the_job_is_no_team_before_it(heading: str, title: str) -> None:
    found = details(f"# {heading}\n\nAcme runs validator nodes.\n\n## Requirements\n- Go\n")
    assert found["title"] == f"{title} (heading)"


def test_indeed_words_for_its_page_under_the_title_are_no_company_and_the_company_under_them_is() -> None:
    # Indeed's header copied whole: its screen readers' "- job post" after the title, then the company.
    text = (
        "Warehouse Lead\n- job post\nBrightwater Cold Storage\n4.0 out of 5 stars\nToledo, OH 43612\n"
        "$22 - $25 an hour - Full-time\n\nWe are looking for a Warehouse Lead.\n"
    )
    found = details(text)
    assert found["company"] == "Brightwater Cold Storage (board-header)"
    assert found["location"] == "Toledo, OH 43612 (board-header)"
    assert "job post" not in "\n".join(s.text for s in structure.parse(text).sections)


@pytest.mark.parametrize(
    "said",
    [
        "Our client, a regional credit union, is seeking a Branch Manager.",
        "We are recruiting on behalf of our client, a family-owned contractor.",
        "This is a direct-hire position with our client in Dayton.",
        "Brightpath Staffing is partnering with a growing food distributor to find an experienced Payroll Coordinator.",
        "Our client is a fast-growing manufacturer of HVAC equipment looking for a Payroll Coordinator.",
    ],
)
def test_a_recruiters_posting_for_its_client_names_no_employer(said: str) -> None:
    text = f"# Payroll Coordinator\n\nBrightpath Staffing · Dayton, OH\n\n{said}\n\n## Requirements\n\n- Payroll.\n"
    found = find_details(text)
    assert found.company is None and found.for_a_client
    # A name given by hand stands.
    given = find_details(text, [Candidate("company", "Hollis Foods", "given")])
    assert given.value("company") == "Hollis Foods" and not given.for_a_client


@pytest.mark.parametrize(
    "said",
    [
        "You will build and maintain our client's applications.",  # a firm that serves clients employs
        "Our client base includes Fortune 500 companies.",
        "We work on behalf of our members and clients.",
        "We are partnering with a local hospital to identify new treatments.",
        "Our client is a regional bank; you will build its mobile app on our team.",  # a consultancy's client
    ],
)
def test_a_firm_that_speaks_of_its_clients_is_still_the_employer(said: str) -> None:
    text = f"# Payroll Coordinator\n\nBrightpath Consulting · Dayton, OH\n\n{said}\n\n## Requirements\n\n- Payroll.\n"
    found = find_details(text)
    assert found.value("company") == "Brightpath Consulting" and not found.for_a_client


def test_indeed_words_for_its_page_joined_to_the_title_are_no_part_of_it() -> None:
    # Indeed's heading as a saved page reads it: "<h1><span>Title</span><span>- job post</span></h1>" run together.
    text = (
        "# Executive Assistant to the Founder- job post\n\nMarrow & Finch Bakery\n\nToledo, OH 43612\n\n"
        "We are looking for an executive assistant.\n"
    )
    assert details(text)["title"] == "Executive Assistant to the Founder (heading)"


@pytest.mark.parametrize(
    ("address", "place"),
    [
        ("4410 Harbor View Rd, Tacoma, WA 98422", "Tacoma, WA 98422"),
        ("18B Quay Street, Suite 3, Auckland, New Zealand", "Auckland, New Zealand"),
    ],
)
def test_a_street_address_under_the_company_gives_its_place_as_the_location(address: str, place: str) -> None:
    text = f"Night Auditor\nSaltmarsh Hotel Group\n4.1 out of 5 stars\n{address}\n$22 an hour - Full-time\n\nText."
    found = details(text)
    assert (found["company"], found["location"]) == ("Saltmarsh Hotel Group (board-header)", f"{place} (board-header)")


def test_a_location_heading_over_a_lead_in_and_a_list_of_places_gives_the_first_place() -> None:
    # USAJOBS's overview as its web page reads: the place is a list item under "1 vacancy in the following location:".
    text = (
        "# Program Analyst\n\n## Summary\n\nThe incumbent evaluates programs across the agency and reports on them.\n\n"
        "### Salary\n\n- $90,000 - $110,000 per year\n\n### Location\n\n- 1 vacancy in the following location:\n"
        "- Rockville, MD\n\n### Remote job\n\n- No\n\n## Duties\n\n- Evaluate programs\n"
    )
    assert details(text)["location"] == "Rockville, MD (label)"


def test_a_reference_set_beside_the_title_on_its_line_is_no_part_of_the_title() -> None:
    # Taleo's page sets the title and "Job Number: …" side by side; they read as one line.
    text = "Receiving Clerk, Nights Job Number: 2600418\n\nPrimary Location: US-OH-Dayton\n\n## Duties\n\nWe ship.\n"
    found = details(text)
    assert found["title"] == "Receiving Clerk, Nights (heading)"
    assert found["location"] == "Dayton, OH, US (label)"


@pytest.mark.parametrize(
    ("header", "company"),
    [
        ("Department of the Interior\nBureau of Land Management", "Bureau of Land Management"),
        ("Department of Veterans Affairs\nVeterans Health Administration", "Veterans Health Administration"),
        ("Department of Physics\nRiverside Campus", "Department of Physics"),  # no agency under it
    ],
)
def test_a_federal_postings_agency_under_its_department_is_the_employer(header: str, company: str) -> None:
    text = f"Wildlife Biologist\n{header}\nLocation: Elko, NV\n\nDuties\nConduct habitat surveys on public lands.\n"
    assert details(text)["company"] == f"{company} (board-header)"


@pytest.mark.parametrize(
    ("header", "company"),
    [
        ("School of Earth Sciences\nUniversity of Tarnmoor", "University of Tarnmoor"),
        ("Faculty of Law\nKestrel College London", "Kestrel College London"),
        ("Department of Medicine\nHarlow Teaching Hospitals NHS Trust", "Harlow Teaching Hospitals NHS Trust"),
        ("College of Medicine, Tarnmoor University\nMain Campus", "College of Medicine, Tarnmoor University"),
    ],
)
def test_an_academic_postings_institution_under_its_school_is_the_employer(header: str, company: str) -> None:
    # An academic board's header: the school the job is in, then the university that employs, whom a letter addresses.
    text = f"Lecturer in Hydrology\n{header}\nLocation: Tarnmoor\n\nRole description\nTeach hydrology.\n"
    assert details(text)["company"] == f"{company} (board-header)"


@pytest.mark.parametrize(
    ("header", "company"),
    [
        ("Office of Laboratory Animal Resources (OLAR) – Harwick University", "Harwick University"),
        ("Division of Comparative Medicine | Riverside Medical Center | Columbus, OH", "Riverside Medical Center"),
        ("Office of Emergency Management | Maple Ford, Colorado", "Office of Emergency Management"),  # none beside it
    ],
)
def test_an_institution_beside_its_unit_on_the_line_under_the_title_is_the_employer(header: str, company: str) -> None:
    # The unit the job is in, then the institution it is part of, on one line: the institution employs, as it does on
    # a line of its own under the unit; the résumé's file had been named for the unit.
    text = f"Research Animal Technician II\n{header}\n\nPosition Summary\nCare for rodents in barrier facilities.\n"
    assert details(text)["company"] == f"{company} (board-header)"


@pytest.mark.parametrize(
    ("above", "under", "company"),
    [
        ("CITY OF MAPLE FORD", "Office of Emergency Management | Maple Ford, Colorado", "City of Maple Ford"),
        ("Harlow County", "Division of Public Health | Harlow, OR", "Harlow County"),
        ("", "Office of Emergency Management | Maple Ford, Colorado", "Office of Emergency Management"),
    ],
)
def test_an_employer_named_over_the_title_outranks_a_unit_of_it_under_the_title(
    above: str, under: str, company: str
) -> None:
    # A city's header: its name over the title in capitals, the office the job is in under it. The name is the
    # employer, written as the posting writes it in sentences; the office alone, with no name over it, is all there is.
    name = company if above else "The office"
    text = (
        f"{above}\nEmergency Management Coordinator\n{under}\n\nPosition Purpose\n"
        f"Plans the emergency preparedness programs.\n\nThe {name} is an equal opportunity employer.\n"
        if above
        else f"Emergency Management Coordinator\n{under}\n\nPosition Purpose\nPlans the emergency programs.\n"
    )
    assert details(text)["company"] == f"{company} (board-header)"


@pytest.mark.parametrize(
    "place", ["New York, New York, 10001, United States", "New York, NY 10001", "Columbus, OH 43215-1234, USA"]
)
def test_a_place_under_its_label_keeps_its_postal_code(place: str) -> None:
    # A college's job board set "New York, New York, 10001, United States" under "Location": its ZIP code, a piece
    # in no capitals, made it no place, so the posting had none.
    text = f"# IT Support Specialist\n\n## Description\n\nSupport library staff.\n\n## Location\n\n{place}\n"
    assert details(text)["location"] == f"{place} (label)"


def test_a_year_after_a_city_in_a_title_is_no_postal_code() -> None:
    assert "location" not in details("# Summer Intern - London, 2025\n\nHelp the events team.\n")


@pytest.mark.parametrize("company", ["Quess Malaysia", "Larkfield Philippines"])
@pytest.mark.parametrize("place", ["Kuala Lumpur", "Manila", "Ho Chi Minh City", "Buenos Aires"])
def test_a_regional_company_named_with_its_country_heads_a_header_line_that_names_its_city(
    company: str, place: str
) -> None:
    found = details(f"L2 Security Analyst\n{company} - {place}\n\nResponsibilities\n- Triage escalated alerts\n")
    assert (found["company"], found["location"]) == (f"{company} (board-header)", f"{place} (board-header)")


@pytest.mark.parametrize(
    "opening",
    ["Job Description: Speech Therapist", "SPEECH THERAPIST JOB DESCRIPTION", "Speech Therapist Position Description"],
)
def test_a_job_description_named_as_such_on_its_first_line_gives_the_job_as_the_title(opening: str) -> None:
    # School districts and counties publish their postings as "job descriptions", and say so beside the job.
    text = f"{opening}\nReports To: Director of Special Services\n\nQualifications:\n- A state speech therapy licence\n"
    found = find_details(text).title
    assert found is not None
    assert found.value.lower() == "speech therapist"


@pytest.mark.parametrize(
    ("opening", "district"),
    [
        ("Maple Valley School District", "Maple Valley School District"),
        ("LAKE COUNTY PUBLIC SCHOOLS JOB DESCRIPTION", "LAKE COUNTY PUBLIC SCHOOLS"),
        ("Riverbend City Schools", "Riverbend City Schools"),
    ],
)
def test_a_school_district_named_over_the_title_is_the_company(opening: str, district: str) -> None:
    # A US school district employs its schools' staff and heads its job descriptions with its name.
    text = f"{opening}\n\nSPEECH THERAPIST\n\nPrimary Function: Plans and delivers speech therapy to students.\n"
    found = find_details(text).company
    assert found is not None
    assert found.value == district


@pytest.mark.parametrize("team", ["Sales", "Customer Success", "Marketing", "R&D"])
def test_a_department_before_the_place_under_the_title_is_no_company_and_the_employer_is_found_elsewhere(
    team: str,
) -> None:
    # A careers page sets the job's team first in the line under its title ("Sales · Denver, CO · Hybrid"): the
    # team, not who employs; the employer is the one the posting names elsewhere.
    text = (
        f"# Regional Account Manager\n\n{team} · Boise, ID · Hybrid · Full-time\n\n## About us\n\n"
        "Corvane Logistics moves freight for 900 shippers across the Northwest.\n\n## What you will do\n\n"
        "- Grow a book of 40 shipper accounts\n\nCorvane Logistics is an equal opportunity employer.\n"
    )
    found = details(text)
    assert found["company"].startswith("Corvane Logistics")
    assert found["location"] == "Boise, ID (Hybrid) (board-header)"
    named = details(text.replace(f"{team} ·", "Sales Partners Group ·"))
    assert named["company"] == "Sales Partners Group (board-header)"  # a firm whose name holds a department's word


def test_an_industry_under_the_title_is_no_company_but_a_firm_named_for_one_is() -> None:
    body = "\n\nThe Site Safety Manager keeps crews safe.\n\n## Duties\n\n- Run toolbox talks\n"
    assert "company" not in details(f"Site Safety Manager\nConstruction{body}")
    named = details(f"Site Safety Manager\nKestrel Construction{body}")
    assert named["company"] == "Kestrel Construction (board-header)"


@pytest.mark.parametrize("title", ["Agronomist", "Agronomist/Soil Conservationist", "Urban Forester", "Horticulturist"])
def test_a_farming_or_land_professions_title_on_the_first_line_is_the_title(title: str) -> None:
    found = details(f"{title}\n\nJob Summary\n\nYou will test cover crop mixes on the station's plots.\n")
    assert found["title"] == f"{title} (heading)"


@pytest.mark.parametrize("title", ["Mortgage Loan Originator", "Loan Closer", "Mortgage Loan Processor"])
def test_a_lenders_trade_on_a_postings_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nPrairie Hearth Lending\nOmaha, NE\n\nResponsibilities\n- Take loan applications.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Prairie Hearth Lending (board-header)")


@pytest.mark.parametrize("title", ["Realtor", "Licensed Realtor", "Realtor Associate"])
def test_a_real_estate_agent_by_the_trades_word_on_a_postings_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nHarbor Crest Homes\nSan Diego, CA\n\nResponsibilities\n- Show homes to buyers.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Harbor Crest Homes (board-header)")


def test_a_brokerage_named_for_its_realtors_is_still_the_firm() -> None:
    text = "Transaction Coordinator\nSmith & Sons Realtors\nDayton, OH\n\nResponsibilities\n- Track deadlines.\n"
    found = details(text)
    assert found["company"] == "Smith & Sons Realtors (board-header)"


@pytest.mark.parametrize("title", ["Fire Alarm Tech", "Pharmacy Tech II", "HVAC Service Tech", "Surgical Techs"])
def test_a_technician_shortened_to_tech_after_the_work_it_names_is_the_title(title: str) -> None:
    text = f"# {title}\nBrightline Systems · Fresno, CA\n\nResponsibilities\n- Test and repair the devices.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Brightline Systems (board-header)")


@pytest.mark.parametrize("firm", ["Field Tech Solutions", "Service Tech Inc."])
def test_a_firm_named_for_a_kind_of_tech_is_still_the_firm(firm: str) -> None:
    text = f"Senior Accountant\n{firm}\nOmaha, NE\n\nResponsibilities\n- Close the books each month.\n"
    found = details(text)
    assert (found["title"], found["company"]) == ("Senior Accountant (heading)", f"{firm} (board-header)")


@pytest.mark.parametrize("title", ["Tax Preparer", "Seasonal Tax Preparer", "Senior Tax Return Preparer"])
def test_a_tax_preparers_title_on_a_postings_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nLedgerline Tax Service\nDayton, OH\n\nResponsibilities\n- Prepare individual returns.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Ledgerline Tax Service (board-header)")


@pytest.mark.parametrize(
    "title",
    ["Director of Member Experience", "Head of Patient Experience", "Loan Partner (Qualification Specialist)"],
)
def test_a_title_whose_job_comes_before_what_it_heads_or_in_brackets_is_the_title(title: str) -> None:
    # "Experience" or "Qualification" after the job would make the line the requirements' heading.
    text = f"{title}\nPrairie Hearth Lending\nOmaha, NE\n\nWe are growing our team.\n\nRequirements\n- 5 years.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Prairie Hearth Lending (board-header)")


@pytest.mark.parametrize("heading", ["Summary of Experience", "Directors of Experience"])
def test_a_heading_of_the_experience_asked_opening_a_posting_is_no_title(heading: str) -> None:
    text = f"{heading}\n- 5 years in lending.\n- An NMLS license.\n"
    assert "title" not in details(text)


def test_a_number_of_years_among_the_chips_under_the_title_is_no_company_and_no_end_of_them() -> None:
    # A careers page lists what the job asks beside its type and place under the title.
    text = "Pastry Chef\n\n4+ years of experience\n\nFull-time\n\nBangalore\n\nDuties:\n- Laminate croissant dough\n"
    found = details(text)
    assert "company" not in found
    assert (found["employment_type"], found["location"]) == ("Full-time (board-header)", "Bangalore (board-header)")
    line = details("Pastry Chef\nHarbor Bakery\n2-4 years experience · Part-time · Austin, TX\n\nDuties:\n- Bake\n")
    assert (line["company"], line["location"]) == ("Harbor Bakery (board-header)", "Austin, TX (board-header)")


@pytest.mark.parametrize(
    "title",
    ["Purchaser Norway", "Buyer/Expeditor", "Visual Merchandiser", "Hotel Concierge", "Industrial Millwright",
     "Commercial Pipefitter", "General Laborer", "Senior Scrum Master"],
)  # fmt: skip
def test_a_buying_hospitality_or_building_trades_title_on_the_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nNorthwind Cranes\nOslo, Norway\n\nResponsibilities\n- Place purchase orders in SAP.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Northwind Cranes (board-header)")


@pytest.mark.parametrize("title", ["Senior Product Owner", "Technical Product Owner", "Product Owner - Payments"])
def test_an_agile_teams_product_owner_heading_a_page_is_its_title(title: str) -> None:
    # Scrum's product owner is a job, as its scrum master is; a page built by hand may set nothing under its title.
    found = details(f"# {title}\n\n## Requirements\n\n- 5+ years owning a product backlog\n")
    assert found["title"] == f"{title} (heading)"


@pytest.mark.parametrize(
    "title", ["Reading Interventionist (K-5)", "Behavior Interventionist", "Special Education Paraprofessional",
              "Paraeducator"],
)  # fmt: skip
def test_a_schools_intervention_or_support_staff_title_on_the_first_line_is_the_title(title: str) -> None:
    text = f"{title}\nLarkspur Elementary\nDurham, NC\n\nDuties\n- Deliver reading intervention to small groups\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Larkspur Elementary (board-header)")
    assert found["location"] == "Durham, NC (board-header)"


@pytest.mark.parametrize(
    "title", ["Travel Planning and Expense Expert", "SAP FICO Expert", "SDE III - Backend", "SDET"]
)
def test_an_expert_or_a_software_development_engineer_heading_the_posting_is_its_title(title: str) -> None:
    text = f"# {title}\n### Northwind Cranes\n#### `🌎 Oslo, Norway`\n\n## Responsibilities\n- Review claims.\n"
    found = details(text)
    assert (found["title"], found["company"]) == (f"{title} (heading)", "Northwind Cranes (board-header)")


def test_a_title_linked_in_markdown_keeps_the_brackets_inside_its_words() -> None:
    text = (
        "# [[GS] Travel Planning Specialist](https://jobs.example.com/apply/gs-travel)\n### Northwind Cranes\n"
        "#### `🌎 Oslo, Norway`\n\n## Responsibilities\n- Book travel.\n"
    )
    found = details(text)
    assert (found["title"], found["company"]) == (
        "[GS] Travel Planning Specialist (heading)",
        "Northwind Cranes (board-header)",
    )


def test_a_brand_with_its_trade_mark_sign_opening_the_posting_is_the_company() -> None:
    text = (
        "KESTREL™, based in Oakland, is a leading food technology company using fermentation to make proteins.\n\n"
        "Responsibilities\n- Run the payroll.\n"
    )
    assert details(text)["company"] == "KESTREL (described)"


def test_a_company_adding_to_its_team_is_hiring() -> None:
    text = (
        "Kestrel Foods, the fastest growing plant-based cheese brand, is adding to the team! The Operations "
        "Coordinator keeps our customers happy.\n\nResponsibilities\n- Ship orders.\n"
    )
    assert details(text)["company"] == "Kestrel Foods (hiring-phrase)"


def test_a_masters_degree_on_the_first_line_is_no_title() -> None:
    assert "title" not in details("Master of Science in Nursing\n\nRequirements\n- BLS\n")


def test_a_company_whose_name_has_brackets_under_the_title_is_the_company() -> None:
    text = "# Engineering Manager\n### Collective[i]\n#### `🌎 Remote, United States`\n\n## Description\n\nLead us.\n"
    assert details(text)["company"] == "Collective[i] (board-header)"


@pytest.mark.parametrize("sentence", ["We, at Kestrel, want to innovate.", "We at Kestrel believe in small teams."])
def test_we_at_a_name_names_the_company(sentence: str) -> None:
    text = f"Senior Software Engineer\n\nResponsibilities\n- Build services.\n\nAbout us\n{sentence} Apply today.\n"
    assert details(text)["company"] == "Kestrel (at-company)"


def test_a_job_bulletins_opening_and_closing_dates_stacked_over_their_values_are_its_dates() -> None:
    # A public employer's job bulletin (NEOGOV's) sets each label in an element of its own, over its value.
    text = (
        "## Parks Planner\n\nLocation\n\nMarlow, OR\n\nOpening Date\n\n03/02/2027\n\nClosing Date\n\n"
        "03/30/2027 5:00 PM Pacific\n\n### Description\n\nPlan the county's trails.\n"
    )
    found = details(text)
    assert (found["date_posted"], found["valid_through"]) == ("03/02/2027 (label)", "03/30/2027 (label)")


def test_a_sentence_under_a_closing_date_heading_gives_no_closing_date() -> None:
    text = "## Parks Planner\n\nClosing Date\n\nApplications are reviewed as they arrive, the first on 03/30/2027.\n"
    assert "valid_through" not in details(text)


@pytest.mark.parametrize(
    "line",
    ["Open & closing dates: 04/05/2027 to 04/19/2027", "Open & closing dates\n\n04/05/2027 to 04/19/2027"],
)
def test_a_span_of_open_and_closing_dates_gives_the_day_it_opened_and_the_day_it_closes(line: str) -> None:
    # As USAJOBS heads every announcement, on one line or the label over its value.
    text = f"# Hydrologist\n\nBureau of Water Records\n\n## Overview\n\n{line}\n\nSalary: $70,000 per year\n"
    found = details(text)
    assert (found["date_posted"], found["valid_through"]) == ("04/05/2027 (label)", "04/19/2027 (label)")


@pytest.mark.parametrize("bank", ["Larchmont Bank, N.A.", "Larchmont Bank, N.A"])
def test_a_national_banks_name_under_the_title_is_the_company_not_a_place(bank: str) -> None:
    # "N.A." (national association) is a US bank's legal form, no region's code: the line is the employer's.
    found = details(f"# Treasury Analyst\n### {bank}\n#### `🌎 Remote`\n\n## About the Role\n\nWe move money.\n")
    assert found["company"] == f"{bank} (board-header)"
    assert found["location"] == "Remote (board-header)"


def test_member_of_technical_staff_is_a_title_and_the_board_header_under_it_is_read() -> None:
    # A research lab's rank for its engineers: the heading is the job, the line under it the company, the chips its
    # pay and place; "looking for a Staff Software Engineer" below is no better title.
    found = details(
        "# Member of Technical Staff, Frontend\n### Kitewing\n#### `💰 $190,000-235,000` `🌎 Remote`\n\n"
        "### About the role\n\nWe're looking for a Staff Software Engineer for our Frontend team.\n"
    )
    assert found["title"] == "Member of Technical Staff, Frontend (heading)"
    assert found["company"] == "Kitewing (board-header)"
    assert found["location"] == "Remote (board-header)"


@pytest.mark.parametrize(
    ("chips", "place", "pay"),
    [
        (
            "`💰 $120,000 - $150,000 + equity + benefits` `🌎 Remote`",
            "Remote",
            "$120,000 - $150,000 + equity + benefits",
        ),
        ("`💰 $140,000 - $160,000` `🌎 Remote, U.S.`", "Remote, U.S.", "$140,000 - $160,000"),
        ("`🌎 Washington, D.C.`", "Washington, D.C.", None),
    ],
)
def test_a_boards_chips_give_the_place_and_pay_whatever_their_words(chips: str, place: str, pay: str | None) -> None:
    # A chip that names benefits makes no heading of the line, and a country's initials end no sentence.
    found = details(f"# Platform Engineer\n### Quillfeather\n#### {chips}\n\n## About the role\n\nWe build things.\n")
    assert found["location"] == f"{place} (board-header)"
    assert found.get("salary") == (f"{pay} (board-header)" if pay else None)


def test_a_heading_that_names_the_job_before_a_colon_is_the_title() -> None:
    # "Engineer:" is the job's name, its region after the colon; "Hiring Manager:" is a field's label.
    found = details("# Field Systems Engineer: Pre-Sales Northern Europe\n### Ostrava Networks\n\nWe sell routers.\n")
    assert found["title"] == "Field Systems Engineer: Pre-Sales Northern Europe (heading)"
    assert "title" not in details("# Hiring Manager: Dana Whitfield\n\nWe sell routers.\n")


def test_the_dashes_and_slashes_of_a_long_title_are_no_words_of_it() -> None:
    title = "Harbourline Media - Software Engineer – Full Stack (Azure / Web / .NET / C#) (m/w/d)"
    found = details(f"# {title}\n### Harbourline Group\n\n## About us\n\nWe sell adverts.\n")
    assert found["title"] == "Harbourline Media - Software Engineer – Full Stack (Azure / Web / .NET / C#) (heading)"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("We are seeking a passionate, driven, and ambitious\nMicrobiologist to join our team.", "Microbiologist"),
        (
            "We are looking for an experienced Creative Director / Sr. Graphic\nDesigner to lead our new brand.",
            "Creative Director / Sr. Graphic Designer",
        ),
        (
            "We're currently seeking a Research Associate - Strain\nEngineering to join our team.",
            "Research Associate - Strain Engineering",
        ),
    ],
)
def test_the_job_an_opening_sentence_seeks_is_found_past_praise_a_slash_and_a_wrapped_line(
    sentence: str, title: str
) -> None:
    text = f"Marrowby Foods makes cheese without cows.\n\n{sentence}\n\nWhat you'll do\n- Run the lab.\n"
    assert details(text)["title"] == f"{title} (opening-sentence)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Clinic is seeking candidates for a full time, 37.5 hour per week, Care Coordinator to serve patients.",
        "We are seeking applicants for a part-time, 20 hours per week, Care Coordinator.",
        "Harbor Clinic is looking for qualified candidates for a Care Coordinator to join us.",
    ],
)
def test_the_job_sought_is_found_past_whom_the_sentence_asks_and_the_jobs_hours(sentence: str) -> None:
    text = f"{sentence} The coordinator will provide referrals and follow-up.\n\nDuties\n- Support families.\n"
    assert details(text)["title"] == "Care Coordinator (opening-sentence)"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Kestrel Legal is seeking two skilled Parent Support Case Managers to join us.",
            "Parent Support Case Manager",
        ),
        ("We are hiring 3 Registered Nurses for our ICU.", "Registered Nurse"),
        ("We are seeking two Secretaries for the front office.", "Secretary"),
    ],
)
def test_a_sentence_that_seeks_several_names_the_job_of_one_of_them(sentence: str, title: str) -> None:
    assert details(f"{sentence}\n\nDuties\n- Support families.\n")["title"] == f"{title} (opening-sentence)"


def test_several_of_what_names_no_job_give_no_title() -> None:
    assert "title" not in details("We are seeking several Sales Operations to help.\n\nDuties\n- Support sales.\n")


def test_a_duty_location_label_names_the_place() -> None:
    # USAJOBS' and agencies' label for where the job is held.
    found = details(
        "# Attorney-Advisor\n\n**DUTY LOCATION:** Washington, DC  \n\n**WHO MAY APPLY:** Citizens\n\nText.\n"
    )
    assert found["location"] == "Washington, DC (label)"


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (
            "Remote - Americas (Open to applicants located anywhere aligned with the Americas time zones).",
            "Remote - Americas (Open to applicants located anywhere aligned with the Americas time zones)",
        ),
        ("Canada Remote (BC, AB or ON only)", "Canada Remote (BC, AB or ON only)"),
        ("Toronto (hybrid)", "Toronto (hybrid)"),
    ],
)
def test_a_place_with_a_long_note_in_brackets_is_read_with_it(value: str, place: str) -> None:
    # The note says who may apply; the place before it is what is judged a place.
    assert details(f"# Web Engineer\n\nLocation: {value}\n\nText.\n")["location"] == f"{place} (label)"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("This role will be based in our South San\nFrancisco office, with no remote option.", "South San Francisco"),
        ("This\nposition is based in our Oakdale, MN location - there is no remote option.", "Oakdale, MN"),
        ("The position is based in Harrisburg, but we will consider remote candidates.", "Harrisburg"),
        # "in" alone, before the office it names; and the place ends with its sentence, not at the next heading.
        ("This position is in the Charlotte, NC office.", "Charlotte, NC"),
        ("This position is located in Tacoma, WA.\n\nRequirements", "Tacoma, WA"),
        ("This position is located in St. Louis, MO.", "St. Louis, MO"),
    ],
)
def test_a_sentence_that_says_where_the_job_is_held_names_the_place(sentence: str, place: str) -> None:
    text = f"Kestrel Foods, based in Austin, makes cheese.\n\nDuties\n- Hire people.\n\n{sentence}\n"
    assert details(text)["location"] == f"{place} (based-in)"


def test_a_unit_the_job_sits_in_is_no_place() -> None:
    assert "location" not in details("This role is based in our Engineering Department.\n\nDuties\n- Build.\n")
    assert "location" not in details("This role is in the Finance team of our Austin office.\n\nDuties\n- Add.\n")


def test_a_firm_that_calls_itself_the_leading_one_of_its_kind_is_the_company() -> None:
    text = (
        "# Receptionist\n\n## About us\n\nHarborline is the leading regional hospitality company, with 40 hotels.\n\n"
        "## Duties\n- Greet guests.\n"
    )
    assert details(text)["company"] == "Harborline (described)"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The Operations Coordinator is directly responsible for our warehouse.", "Operations Coordinator"),
        ("The Executive Assistant (EA) will report directly to the CEO.", "Executive Assistant"),
        ("The Director of People Ops at Marrowby is a cultural leader.", "Director of People Ops"),
        ("Under the direction of the VP of Product, the Food Scientist is responsible for recipes.", "Food Scientist"),
        ("As Downstream Process Engineer you will lead our extraction work.", "Downstream Process Engineer"),
    ],
)
def test_a_sentence_that_opens_with_the_job_by_its_name_gives_the_title(sentence: str, title: str) -> None:
    text = f"Marrowby makes cheese without cows. {sentence}\n\nDuties\n- Run the office.\n"
    assert details(text)["title"] == f"{title} (opening-sentence)"


@pytest.mark.parametrize(
    "sentence",
    ["The Hiring Manager will review every application.", "The Company is a leader in trucks.", "The Board will meet."],
)
def test_a_sentence_about_someone_else_or_the_firm_gives_no_title(sentence: str) -> None:
    assert "title" not in details(f"Marrowby makes trucks. {sentence}\n\nDuties\n- Run the office.\n")


def test_a_posting_that_opens_on_a_firm_at_work_and_goes_on_as_we_names_it() -> None:
    text = (
        "Kestrel Bio is building enzymes for greener detergents. We are seeking a Lab Technician to support Kestrel\n"
        "Bio's scientists.\n\nDuties\n- Run assays.\n"
    )
    assert details(text)["company"] == "Kestrel Bio (company-sentence)"


@pytest.mark.parametrize(
    "opening",
    [
        "Python is becoming the language of data. We use Python daily.",  # a skill
        "Austin is growing fast. We are hiring in Austin.",  # a place
        "Marrowby is growing fast. We are hiring.",  # named once: no evidence it is the firm
    ],
)
def test_a_skill_a_place_or_a_name_said_once_that_opens_a_posting_is_no_company(opening: str) -> None:
    assert "company" not in details(f"{opening}\n\nDuties\n- Run assays.\n")


def test_the_bodys_first_paragraph_names_the_job_where_the_opening_does_not() -> None:
    text = (
        "**About Marrowby**\n\nOur mission is creamier plant-based dairy.\n\n**Your mission**\n\n"
        "As Downstream Process Engineer you will lead the effort to extract our cream.\n\n"
        "**Requirements**\n- MSc in process engineering\n"
    )
    assert details(text)["title"] == "Downstream Process Engineer (opening-sentence)"


@pytest.mark.parametrize(
    ("sentence", "closes"),
    [
        ("Send a resume and a short cover letter to hiring@larkspurtrust.org by April 3, 2026.", "April 3, 2026"),
        ("Applications will be accepted through 15 May 2026.", "15 May 2026"),
        ("The application deadline is Friday, June 5, 2026.", "June 5, 2026"),
        ("Please apply no later than 5 p.m. CST on 02/27/2026.", "02/27/2026"),
    ],
)
def test_a_sentence_that_says_by_when_to_apply_gives_the_closing_date(sentence: str, closes: str) -> None:
    text = f"# Office Coordinator\n\n## Duties\n- Order supplies.\n- Plan events.\n\n## How to apply\n\n{sentence}\n"
    assert details(text)["valid_through"] == f"{closes} (apply-by)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Applications received by March 1, 2026 will receive priority consideration.",
        "Review of applications will begin by January 10, 2026.",
        "The successful candidate will start by September 1, 2026.",  # a start, no application
    ],
)
def test_a_day_of_first_review_or_of_starting_is_no_closing_date(sentence: str) -> None:
    text = f"# Office Coordinator\n\n## Duties\n- Order supplies.\n\n## How to apply\n\n{sentence}\n"
    assert "valid_through" not in details(text)


@pytest.mark.parametrize(
    ("heading", "header", "title"),
    [
        ("Learning Designer II — Pinecrest University Online", "Pinecrest University", "Learning Designer II"),
        ("Clinical Educator - Larkspur Health Medical Center", "Larkspur Health", "Clinical Educator"),
        ("Director of Rooms — Oakhaven Resort & Conference Center", "Oakhaven Resort", "Director of Rooms"),
        ("Branch Manager – Fenwick Savings and Loan", "Fenwick Savings", "Branch Manager"),
    ],
)
def test_a_unit_of_the_company_after_the_title_is_no_part_of_the_title(heading: str, header: str, title: str) -> None:
    # The heading ends in the company's name and the unit it names ("… Online"), set apart by a dash: the title is the
    # rest, as it is where the heading ends in the company's name alone.
    found = details(f"## {heading}\n\n{header} · Remote · Full-time\n\n### Duties\n* Build courses with faculty\n")
    assert found["title"] == f"{title} (heading)"
    assert found["company"] == f"{header} (board-header)"


def test_a_heading_that_names_the_employer_in_full_after_the_title_loses_it_where_the_eeo_line_names_it() -> None:
    # The company is known only from the equal-opportunity line, by its shorter name; the heading's "— Oakhaven
    # Resort & Conference Center" is that employer, joined words and all, and no part of the job's title.
    text = (
        "# Director of Rooms — Oakhaven Resort & Conference Center\n\n**Location:** Hilton Head Island, SC\n\n"
        "## Responsibilities\n- Lead the front office and housekeeping\n\n"
        "*Oakhaven Resort is an Equal Opportunity Employer.*\n"
    )
    found = details(text)
    assert found["title"] == "Director of Rooms (heading)"
    assert found["company"] == "Oakhaven Resort (eeo)"


@pytest.mark.parametrize(
    ("facts", "location", "kind"),
    [
        (["Engineering", "Chicago, IL or Remote (US)", "Full time"], "Chicago, IL or Remote (US)", "Full-time"),
        (["Nursing", "Part-time", "Dayton, OH"], "Dayton, OH", "Part-time"),
        (["Denver, CO (hybrid)", "Contract", "Finance"], "Denver, CO (hybrid)", "Contract"),
    ],
)
def test_a_careers_pages_list_of_facts_under_the_title_gives_its_place_and_kind(
    facts: list[str], location: str, kind: str
) -> None:
    # A careers page may set the job's facts as a list right under its title: its place and kind of employment are
    # the header's, and the department beside them is neither those nor the company.
    listed = "".join(f"- {fact}\n" for fact in facts)
    text = (
        f"# Staff Accountant\n\n{listed}\nApply now\n\n## Who we are\n\nMarlow & Finch sells garden tools.\n\n"
        "## What you will do\n\n- Close the books each month\n- Reconcile 30 accounts\n"
    )
    found = details(text)
    assert (found["location"], found["employment_type"]) == (f"{location} (board-header)", f"{kind} (board-header)")
    assert "company" not in found or not found["company"].startswith(("Engineering", "Nursing", "Finance"))


def test_a_list_of_facts_under_the_title_ends_at_the_heading_copied_right_after_it() -> None:
    # Copied from a board's page, the facts' list runs into the next heading with no blank line between: the list
    # ends where its items end, and its place and kind are still the header's.
    text = (
        "Physical Therapist, Outpatient Orthopedic\n\n  • Harborview Health\n  • Tacoma, Washington\n  • Full Time\n"
        "Company Description\n\nHarborview Health runs four clinics.\n\n"
        "Responsibilities\n\n  • Treat 12 patients a day\n"
    )
    found = details(text)
    assert found["location"] == "Tacoma, Washington (board-header)"
    assert found["employment_type"] == "Full-time (board-header)"


@pytest.mark.parametrize(
    ("facts", "salary"),
    [
        (["Full Time", "$72,000 - $86,000 / Year", "Restaurant"], "$72,000 - $86,000 / Year"),
        (["£38,000 – £42,000 per annum", "Permanent"], "£38,000 – £42,000 per annum"),
    ],
)
def test_a_pay_listed_under_the_company_and_place_keeps_its_currency(facts: list[str], salary: str) -> None:
    # A board's chips copied out of its page as a list under the company and place ("- Full Time", "- $72,000 -
    # $86,000 / Year"): the item's bullet goes, its currency sign stays (the pay was "72,000 - $86,000 / Year").
    listed = "".join(f"- {fact}\n" for fact in facts)
    text = (
        f"# Sous Chef\n\nCopperline Tavern\n\nDenver, CO\n\n{listed}\nApply Now\n\n## About Us\n\n"
        "Copperline Tavern is a 120-seat gastropub.\n\n## Responsibilities\n\n- Run the line on busy nights\n"
    )
    found = details(text)
    assert found["salary"] == f"{salary} (board-header)"
    assert found["company"] == "Copperline Tavern (board-header)" and found["location"] == "Denver, CO (board-header)"


def test_a_list_of_duties_under_the_title_gives_no_place_nor_kind() -> None:
    text = (
        "# Warehouse Lead\n\n- Lead a crew of 12 on the night shift\n- Train new hires on the scanners\n"
        "- Keep the dock clear\n\n## About us\n\nTern Freight runs two depots.\n"
    )
    found = details(text)
    assert "location" not in found and "employment_type" not in found


@pytest.mark.parametrize(
    ("heading", "paper"),
    [
        ("Metro Editor — The Cincinnati Courier", "The Cincinnati Courier"),
        ("Features Writer - The Dayton Examiner", "The Dayton Examiner"),
        ("Sports Editor | The Marlowe Reporter", "The Marlowe Reporter"),
    ],
)
def test_a_towns_paper_named_for_a_job_word_is_the_employer_and_leaves_the_title(heading: str, paper: str) -> None:
    # A paper is named as its town's "Courier", "Examiner" or "Reporter": the word ends its name, not a job's title.
    text = (
        f"# {heading}\n\n**Location:** Springfield, OH\n\n## About {paper}\n\n"
        f"{paper} is a daily newspaper.\n\n## Responsibilities\n\n- Edit stories on deadline\n"
    )
    found = details(text)
    assert found["company"] == f"{paper} (about)"
    assert found["title"] == f"{heading.split()[0]} {heading.split()[1]} (heading)"


@pytest.mark.parametrize("line", ["The Senior Reporter", "The Hiring Manager", "The Lead Courier"])
def test_a_job_word_after_the_and_everyday_words_still_names_no_employer(line: str) -> None:
    assert plausible.company(line, "loose") is None


def test_a_tax_firms_posting_pasted_from_a_board_titles_its_senior_and_names_the_firm_in_full() -> None:
    # Audit and tax firms title their staff by level ("Tax Senior") before the team; the firm's name under it adds its
    # profession as it would a legal form ("& Associates, CPAs"), and is no title for the word "Associates".
    text = (
        "Tax Senior - Private Client Services\n"
        "Pelham Grove & Associates, CPAs\n"
        "Dayton, OH · Hybrid\n\n"
        "About the job\n\n"
        "Pelham Grove is a 90-person CPA firm serving family businesses.\n\n"
        "Responsibilities\n"
        "• Prepare and review partnership and S corporation returns\n"
    )
    found = details(text)
    assert found["title"] == "Tax Senior - Private Client Services (heading)"
    assert found["company"] == "Pelham Grove & Associates, CPAs (board-header)"


@pytest.mark.parametrize("does", ["builds", "makes", "helps", "designs"])
def test_an_employer_over_the_title_as_linkedin_sets_it_is_the_company_where_its_blurb_says_what_it_does(
    does: str,
) -> None:
    # A LinkedIn job view copied whole sets the employer's name over the title; its blurb names it again by what it
    # does, as often as by what it is.
    text = (
        "Tessaline\nRenewals Specialist\nPortland, OR · 3 days ago · 41 applicants\n\nAbout the job\n"
        f"Tessaline {does} scheduling software for dental practices.\n\nResponsibilities\n- Renew 300 accounts a year\n"
    )
    assert details(text)["company"] == "Tessaline (board-header)"


@pytest.mark.parametrize(
    ("address", "place"),
    [
        ("10115 Berlin", "Berlin"),
        ("75011 Paris", "Paris"),
        ("1012 AB Amsterdam", "Amsterdam"),
        ("Friedrichstraße 68, 10117 Berlin", "Berlin"),
    ],
)
def test_a_european_address_with_its_postcode_before_the_town_gives_the_town(address: str, place: str) -> None:
    found = details(f"Backend Engineer\nKestrel Logistics GmbH\n{address}\n\nResponsibilities:\n- Build APIs in Go\n")
    assert found["location"] == f"{place} (board-header)"


def test_a_figure_before_words_that_name_no_place_is_no_address() -> None:
    assert "location" not in details("Backend Engineer\nKestrel Logistics GmbH\n2024 Annual Report\n\nWe ship.\n")


@pytest.mark.parametrize(
    ("site", "place"),
    [
        ("Harwell Regional Airport (HRW), Pine Bluff, AR", "Pine Bluff, AR"),
        ("Cedar Ridge Distribution Center, Plainfield, IN 46168", "Plainfield, IN 46168"),
        ("St. Aldric Medical Center North Campus, Eugene, OR", "Eugene, OR"),
    ],
)
def test_a_named_site_under_the_company_before_its_town_gives_the_town_as_the_location(site: str, place: str) -> None:
    # An airline, a warehouse or a hospital names the site the job is at, then its town, as a street address does.
    text = f"Line Maintenance Technician\nNorthwind Regional Air\n{site}\n\nPay: $36 - $48 per hour\n\nText.\n"
    found = details(text)
    assert (found["company"], found["location"]) == ("Northwind Regional Air (board-header)", f"{place} (board-header)")


def test_a_location_label_naming_the_employers_site_with_its_town_in_brackets_gives_the_town() -> None:
    # A school district's board: "Location: <the school> (<its town>)", the school the one that hires.
    text = (
        "# Art Teacher\n\nLocation: Cedar Hollow Middle School (Brattleboro, VT)\n\n"
        "Cedar Hollow Middle School seeks an art teacher for grades 6-8.\n\n## Duties\n- Teach art.\n"
    )
    found = details(text)
    assert found["location"] == "Brattleboro, VT (label)"


def test_a_location_that_names_the_site_before_its_town_gives_the_town() -> None:
    text = (
        "# Music Teacher\n\nLocation: Birch Street Elementary School, Burlington, VT\n\n"
        "## Duties\n- Teach general music to grades K-5.\n"
    )
    assert details(text)["location"] == "Burlington, VT (label)"


def test_places_offered_with_a_town_named_for_a_college_stay_whole() -> None:
    text = "# Web Developer\n\nLocation: Remote; New York City; or State College, PA\n\n## Duties\n- Build sites.\n"
    assert details(text)["location"] == "Remote; New York City; or State College, PA (label)"


@pytest.mark.parametrize(
    ("fields", "location"),
    [
        ("Location: Spokane, WA\nWorkplace type: Hybrid", "Spokane, WA (Hybrid)"),
        ("**Location:** Madison, WI\n**Remote:** Hybrid", "Madison, WI (Hybrid)"),
        ("Location\nBoise, ID\nLocation Type\nRemote", "Boise, ID (Remote)"),
        ("Location: Tulsa, OK\nRemote job: Yes", "Tulsa, OK (Remote)"),
        ("Location: Tucson, AZ\nLocation Type: On-site", "Tucson, AZ"),  # held at the place, which says where
        ("Location: Tulsa, OK\nRemote: No", "Tulsa, OK"),
        ("Location: Denver, CO (Hybrid)\nWork arrangement: Hybrid", "Denver, CO (Hybrid)"),
    ],
    ids=["workplace-type", "remote-label", "stacked", "yes", "on-site", "no", "said-once"],
)
def test_a_labelled_work_mode_is_said_of_the_labelled_place(fields: str, location: str) -> None:
    # Careers pages set how the work is held as a field of its own beside the place ("Workplace type: Hybrid",
    # Ashby's "Location Type" over "Remote"): a job one may do from home is no job held at its place alone.
    text = f"# Clinical Data Analyst\n\n{fields}\n\n## About the role\n\nYou will build the clinics' quality reports.\n"
    assert details(text)["location"] == f"{location} (label)"


@pytest.mark.parametrize("alt", ["Acme Health logo", "Acme Health Logo"])
def test_a_logos_alt_text_under_the_title_names_the_company_without_the_word_logo(alt: str) -> None:
    # A page printed without its images, or copied, shows the logo's alt text where the logo stood.
    text = f"# Registered Nurse - ICU\n\n{alt}\n\nBoise, ID · Full-time\n\n## About the job\n\nYou will care.\n"
    assert details(text)["company"] == "Acme Health (board-header)"


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        ("Harbor Ridge Logistics External", "Warehouse Supervisor", "Harbor Ridge Logistics"),
        ("Maple Grove Clinic - Internal", "Medical Receptionist", "Maple Grove Clinic"),
        ("Brightline Media (External)", "Copy Editor", "Brightline Media"),
    ],
)
def test_an_applicant_tracking_boards_internal_or_external_label_is_no_part_of_the_company(
    header: str, title: str, company: str
) -> None:
    # An applicant-tracking system keeps a board for staff and one for the public and names each after the employer
    # ("Acme External"); a board's feed copies that name under the title.
    text = f"# [{title}](https://jobs.example.com/apply/1)\n### {header}\n#### `🌎 Remote`\n\nYou will keep records.\n"
    assert details(text)["company"] == f"{company} (board-header)"


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("The City of Bellevue is an equal opportunity employer.", "City of Bellevue"),
        ("The County of Kern is an equal opportunity employer.", "County of Kern"),
        ("The Seattle Ledger is an equal opportunity employer.", "The Seattle Ledger"),
    ],
)
def test_a_public_body_named_for_its_place_is_named_without_the_sentences_the(sentence: str, company: str) -> None:
    # "City of Bellevue" is how the city names itself; a newspaper's "The" is its name's.
    text = f"Utility Worker II\n\nYou will maintain water mains.\n\nRequirements\n- CDL Class B.\n\n{sentence}\n"
    assert details(text)["company"] == f"{company} (eeo)"


@pytest.mark.parametrize("place", ["Reno, NV 89502, USA", "Elko, NV 89801", "Sparks, NV 89431-1234, United States"])
def test_a_town_state_and_zip_alone_under_the_title_is_the_place_not_the_company(place: str) -> None:
    # UKG (UltiPro) sets the job's address alone under its title; the town may be one tailor does not know.
    text = f"# Warehouse Supervisor\n\n{place}\n\n## Description\n\nSupervise 25 associates.\n"
    found = details(text)
    assert found["location"] == f"{place} (board-header)"
    assert "company" not in found


@pytest.mark.parametrize(
    "text",
    [
        "# Registered Nurse\nLocation: [Insert Location]\n\nRequirements:\n- Active RN license\n",
        "# Line Cook\n[Insert Company Name] - [Insert Location]\n\nDuties:\n- Prep stations\n",
        "# Paralegal\nCompany: <Company Name>\nLocation: {{ location }}\n\nDuties:\n- Draft filings\n",
    ],
)
def test_a_templates_blank_left_unfilled_is_no_place_and_no_company(text: str) -> None:
    found = details(text)
    assert "location" not in found and "company" not in found


def test_a_place_or_company_with_brackets_of_its_own_is_kept() -> None:
    found = details("# Data Analyst\nCompany: [24]7.ai\nLocation: Remote (US)\n\nDuties:\n- Build dashboards\n")
    assert found["company"].startswith("[24]7.ai") and found["location"].startswith("Remote")


def test_a_job_type_label_over_the_kind_and_the_hours_of_the_day_gives_the_kind() -> None:
    text = (
        "Food Prep\nPart-Time Cook for a Preschool\n\nWe cook meals and snacks for 80 children.\n\n"
        "Job Type\nPart-time – 9:00 AM – 2:00 PM\n\nApply Now\n"
    )
    assert details(text)["employment_type"] == "Part-time (label)"


@pytest.mark.parametrize(
    ("title", "place", "employer"),
    [
        ("Pharmacy Technician", "Dayton, Montgomery County, Ohio, 45402, USA", "Riverbend Health"),
        ("Welder", "Tulsa, Oklahoma, USA", "Redbud Fabrication"),
    ],
)
def test_a_boards_job_in_line_under_the_title_is_the_place_and_its_listing_for_label_the_company(
    title: str, place: str, employer: str
) -> None:
    # An aggregator sets "Job in <place>" under the title and names the employer after "Listing for:": the line of
    # place words is no company, and the file name and the letter's greeting need the employer.
    text = (
        f"{title}\n\nJob in {place}\n\nListing for: {employer}\n\nFull Time position\n\nListed on 2026-01-05\n\n"
        "Key Responsibilities\n- Serve the people of the county every day.\n"
    )
    found = details(text)
    assert found["company"] == f"{employer} (label)"
    assert found["location"] == f"{place} (board-header)"


@pytest.mark.parametrize(
    ("line", "pay"),
    [
        (
            "Salary/Wage Range or Industry Benchmark: 18.50 - 22.00 USD Hourly USD 18.50 22.00 HOUR",
            "18.50 - 22.00 USD Hourly",
        ),
        ("The pay for this role is 52,000 to 58,000 EUR per year plus a bonus.", "52,000 to 58,000 EUR per year"),
        ("The compensation range for the role:\n\n4,600 - 7,500 USD Monthly", "4,600 - 7,500 USD Monthly"),
    ],
)
def test_a_pay_range_whose_currency_code_follows_it_is_the_whole_range_with_its_unit(line: str, pay: str) -> None:
    # Written "18.50 - 22.00 USD Hourly", the range is the pay, not the first amount after the code ("USD 18.50").
    text = f"Warehouse Associate\n\nSierra Freight\n\nDuties\n- Load and unload trucks.\n\n{line}\n"
    assert details(text)["salary"] == f"{pay} (pay)"


@pytest.mark.parametrize(
    ("run_on", "manager"),
    [
        ("REPORTS TO: Nurse Manager TERMS OF EMPLOYMENT: 12-month position", "Nurse Manager"),
        ("REPORTS TO: Director of Nursing ICU STATUS: Exempt", "Director of Nursing ICU"),
        ("REPORTS TO: NURSE MANAGER TERMS OF EMPLOYMENT: 12-month position", "NURSE MANAGER TERMS OF"),
    ],
)
def test_a_label_in_capitals_run_on_after_a_value_takes_all_its_capital_words(run_on: str, manager: str) -> None:
    # One paragraph of run-on labels, as a district's or a hospital's posting sets them: "TERMS OF EMPLOYMENT:" is
    # one label, not "EMPLOYMENT:" after a value "Nurse Manager TERMS OF", which the letter greeted ("Dear Nurse
    # Manager TERMS OF,"). One word in capitals may end the value ("… ICU"), and a value itself in capitals cannot be
    # told from a label's first words: both stay as read.
    found = details(f"POSITION: Staff Nurse, Oncology {run_on} SALARY: Step scale\n\n## Duties\n\n- Give care.\n")
    assert found["hiring_manager"] == f"{manager} (label)"
    assert found["title"] == "Staff Nurse, Oncology (label)"


@pytest.mark.parametrize("employer", ["Lantern Doctor", "Marlow Cook"])
def test_a_company_named_with_a_job_word_under_the_title_is_the_company_where_the_posting_calls_it_the_employer(
    employer: str,
) -> None:
    # A name with a job's word in it ("Doctor", "Baker") under the title could be a subtitle; the posting's own
    # sentences settle it: what owns a program ("Lantern Doctor's ads") or what one joins is the employer.
    text = (
        f"Demand Generation Manager\n{employer}\nAtlanta, GA\n\n"
        f"We want a manager to help {employer} grow.\n\nResponsibilities\n"
        f"* Oversee {employer}’s paid ads across Google and LinkedIn.\n* Run campaigns.\n"
    )
    assert details(text)["company"] == f"{employer} (board-header)"


@pytest.mark.parametrize("owner", ["the Charge Nurse’s", "our Senior Doctor's"])
def test_a_job_under_the_title_stays_no_company_though_the_posting_names_its_duties(owner: str) -> None:
    subtitle = owner.split(maxsplit=1)[1].removesuffix("’s").removesuffix("'s")
    text = (
        f"Clinic Coordinator\n{subtitle}\nAtlanta, GA\n\nResponsibilities\n"
        f"* Keep {owner} schedule.\n* Order supplies.\n"
    )
    assert "company" not in details(text)


def test_the_employers_country_after_its_legal_form_is_no_part_of_its_name_nor_the_jobs_place() -> None:
    # A remote board's header: the company's name with its country run on ("… Inc. United States"), then the chips.
    found = details(
        "# Enterprise Account Executive\n### Larchmont Health Systems Inc. United States\n"
        "#### `💰 USD $90,000~$110,000` `🌎 Remote - US`\n\n### About the role\n\nSell scheduling software.\n"
    )
    assert found["company"] == "Larchmont Health Systems Inc. (board-header)"
    assert found["location"] == "Remote - US (board-header)"
