"""Web pages: the posting kept, the page's chrome dropped, whatever the encoding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.posting import read_posting, structure
from tailor.posting.details import FIELDS
from tests.conftest import ROOT, needs
from tests.posting.formats.samples import (
    BOARD_PAGE,
    BOARD_TEXT,
    CAREERS_PAGE,
    CAREERS_TEXT,
    CHROME,
    DIV_SOUP_PAGE,
    DIV_SOUP_TEXT,
    JS_SHELL_PAGE,
    JS_SHELL_TEXT,
    JSON_LD_PAGE,
    MICRODATA_PAGE,
    OWN_SITE_PAGE,
    write,
)


def test_job_board_page_keeps_the_posting_and_drops_the_chrome(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", BOARD_PAGE))
    assert posting.text == BOARD_TEXT
    assert (posting.title, posting.company) == ("Senior Data Engineer", "Acme Analytics")


def test_a_job_boards_team_chip_names_the_team_its_separator_left_off_and_a_menu_of_departments_none(
    tmp_path: Path,
) -> None:
    chips = (
        '<div class="posting-categories"><div class="sort-by-time posting-category">Denver, CO /</div>'
        '<div class="sort-by-team posting-category department">Engineering – Platform /</div>'
        '<div class="sort-by-commitment posting-category commitment">Full-time</div></div>'
    )
    body = "<h3>What you will do</h3><ul><li>Run our Kubernetes clusters on AWS.</li><li>Own the CI.</li></ul>"
    page = f"<html><body><h2>Platform Engineer</h2>{chips}{body}</body></html>"
    found = _details(tmp_path, page)
    assert (found["title"], found["team"]) == ("Platform Engineer (heading)", "Engineering – Platform (page)")
    menu = '<ul class="department"><li><a href="/eng">Engineering</a></li><li><a href="/ops">Operations</a></li></ul>'
    assert "team" not in _details(tmp_path, f"<html><body><h2>Platform Engineer</h2>{menu}{body}</body></html>")


def test_div_soup_page_in_windows_1252_keeps_bold_headings_bullets_and_table_rows(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.htm", DIV_SOUP_PAGE.encode("cp1252")))
    assert posting.text == DIV_SOUP_TEXT
    assert (posting.title, posting.company) == (None, None)


def test_page_filled_in_by_javascript_falls_back_to_the_json_ld_description(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", JS_SHELL_PAGE))
    assert posting.text == JS_SHELL_TEXT
    assert (posting.title, posting.company) == ("Site Reliability Engineer & On-call Lead", "Nimbus Cloud")


def test_careers_page_keeps_the_title_above_main_and_drops_hidden_and_related_content(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", CAREERS_PAGE))
    assert posting.text == CAREERS_TEXT  # the visible page, not the one-word JSON-LD description
    assert (posting.title, posting.company) == ("Backend Engineer (Payments)", "Finlo")


def test_the_banner_over_main_keeps_the_employer_place_and_pay_beside_the_title(tmp_path: Path) -> None:
    # A hospital's careers page sets the title in its page-level <header>, the employer, place and pay on the line
    # under it, and the posting in <main>: the title alone had been kept, so the posting named no employer.
    page = (
        "<html><head><title>Careers</title></head><body><header><nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a>"
        "</nav><h1>Pediatric Speech-Language Pathologist</h1><div class='meta'><span>Lakeside Children's Hospital"
        "</span> · <span>Dayton, OH</span> · <span>Full-time</span> · <span>$38.50 - $52.00 per hour</span></div>"
        "</header><main><h2>Responsibilities</h2><ul><li>Evaluate and treat children with feeding and swallowing "
        "disorders.</li><li>Write plans of care in Epic.</li></ul><h2>Qualifications</h2><ul><li>CCC-SLP required."
        "</li></ul></main></body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert posting.text.startswith(
        "# Pediatric Speech-Language Pathologist\n\nLakeside Children's Hospital · Dayton, OH · Full-time · "
        "$38.50 - $52.00 per hour\n\n## Responsibilities"
    )
    assert "Home" not in posting.text  # the header's menu is chrome still
    details = structure.of(posting).details
    assert (details.value("company"), details.value("location")) == ("Lakeside Children's Hospital", "Dayton, OH")
    # A banner that says much more than a title's details is a part of the page: its title alone is kept.
    wordy = page.replace("<div class='meta'>", "<div class='meta'>" + "We are a great place to work. " * 10)
    wordy = wordy.replace("<main>", "<main><p>" + "Our therapists treat children from across the region. " * 20)
    wordy = wordy.replace("<h2>Responsibilities", "</p><h2>Responsibilities")
    assert read_posting(write(tmp_path, "wordy.html", wordy)).text.startswith(
        "# Pediatric Speech-Language Pathologist\n\nOur therapists"
    )


@pytest.mark.parametrize(
    ("page", "codec"),
    [(BOARD_PAGE, "utf-8"), (DIV_SOUP_PAGE, "cp1252"), (JS_SHELL_PAGE, "utf-8"), (CAREERS_PAGE, "utf-8")],
    ids=["board", "div-soup", "js-shell", "careers"],
)
def test_no_page_chrome_survives(tmp_path: Path, page: str, codec: str) -> None:
    text = read_posting(write(tmp_path, "job.html", page.encode(codec))).text
    assert [c for c in CHROME if c in text] == []
    assert not re.search(r"\*\*|__|`|\]\(|<", text)


REAL_PAGE = ROOT.parent / "shared" / "eval" / "raw" / "12_tufalabs-research-engineer.html"
REAL_TEXT = REAL_PAGE.parent.parent / "postings" / "12_tufalabs-research-engineer.txt"


@needs("shared")
def test_real_saved_page_reads_as_its_posting_text() -> None:
    text = read_posting(REAL_PAGE).text
    assert re.sub(r"(?m)^#+ ", "", text).strip() == REAL_TEXT.read_text(encoding="utf-8").strip()
    assert "## Research Engineer\n\n### Requirements\n\n- Deep understanding" in text


def test_html_declared_charset_that_the_bytes_contradict_is_ignored(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Ingénieur à Genève – “C++”</p></body></html>'
    assert read_posting(write(tmp_path, "job.html", page.encode("cp1252"))).text == "Ingénieur à Genève – “C++”"


def test_html_in_utf16_with_bom_is_read(tmp_path: Path) -> None:
    page = "<html><body><h2>Aufgaben</h2><ul><li>Prüfen</li></ul></body></html>"
    assert read_posting(write(tmp_path, "job.html", page.encode("utf-16"))).text == "## Aufgaben\n\n- Prüfen"


def test_html_tables_used_for_layout_are_read_as_paragraphs(tmp_path: Path) -> None:
    page = (
        "<html><body><table><tr><td><h2>Role</h2><p>Build things.</p></td>"
        "<td><ul><li>Python</li></ul></td></tr></table></body></html>"
    )
    assert read_posting(write(tmp_path, "job.html", page)).text == "## Role\n\nBuild things.\n\n- Python"


def test_long_bold_paragraph_is_not_a_heading_but_short_one_is(tmp_path: Path) -> None:
    long = "This whole sentence is bold because the recruiter wanted it to stand out from the rest."
    page = f"<html><body><p><b>Profile</b></p><p><b>{long}</b></p><p><b>Mixed</b> weight</p></body></html>"
    assert read_posting(write(tmp_path, "job.html", page)).text == f"## Profile\n\n{long}\n\nMixed weight"


def test_html_with_no_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><script>render()</script></head><body><div id='app'></div></body></html>"
    with pytest.raises(TailorError, match=r"web page with no readable text.*JavaScript.*txt"):
        read_posting(write(tmp_path, "job.html", page))


def _details(tmp_path: Path, page: str) -> dict[str, str]:
    found = structure.of(read_posting(write(tmp_path, "job.html", page))).details
    return {f: f"{found.value(f)} ({found.source(f)})" for f in FIELDS if found.value(f)}


def test_json_ld_states_every_detail_and_wins_over_the_pages_heading(tmp_path: Path) -> None:
    assert _details(tmp_path, JSON_LD_PAGE) == {
        "title": "Bioinformatics Engineer, Sequencing Platform (json-ld)",
        "company": "Kestrel Bio (json-ld)",
        "location": "Basel, BS, Switzerland; Remote (Switzerland) (json-ld)",
        "employment_type": "Full-time, Temporary (json-ld)",
        "salary": "CHF 110,000–130,000 a year (json-ld)",
        "date_posted": "2025-03-01 (json-ld)",
        "valid_through": "2025-04-30 (json-ld)",
        "url": "https://careers.kestrelbio.example/jobs/42 (json-ld)",
    }


def test_a_remote_job_whose_place_says_remote_is_said_remote_once(tmp_path: Path) -> None:
    # Greenhouse states the place "Remote, US" and that the job is remote: one place, not "Remote, US; Remote (USA)".
    posting = {
        "@context": "https://schema.org", "@type": "JobPosting", "title": "Platform Engineer",
        "jobLocationType": "TELECOMMUTE",
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Remote", "addressCountry": "US"}},
        "applicantLocationRequirements": {"@type": "Country", "name": "USA"},
        "description": "<p>Run our Kubernetes platform and its on-call rotation.</p>",
    }  # fmt: skip
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    assert _details(tmp_path, page)["location"] == "Remote, US (json-ld)"


@pytest.mark.parametrize(
    ("place", "location"),
    [
        # The way the work is done, in the place's name or its locality, where the address's fields cannot say it.
        ({"name": "Denver, CO (Hybrid)", "address": {"addressLocality": "Denver", "addressRegion": "CO"}},
         "Denver, CO (Hybrid)"),
        ({"address": {"addressLocality": "Austin, TX or Remote (US)", "addressRegion": "TX", "addressCountry": "US"}},
         "Austin, TX, US or Remote (US)"),
        ({"name": "Hybrid", "address": {"addressLocality": "Chicago", "addressRegion": "IL"}}, "Chicago, IL (Hybrid)"),
        ({"name": "Main Office", "address": {"addressLocality": "Columbus", "addressRegion": "OH"}}, "Columbus, OH"),
    ],
)  # fmt: skip
def test_a_place_keeps_the_way_the_work_is_done_its_name_says(
    tmp_path: Path, place: dict[str, object], location: str
) -> None:
    posting = {
        "@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Accountant",
        "jobLocation": {"@type": "Place", **place},
        "description": "<p>Prepare journal entries and account reconciliations.</p>",
    }  # fmt: skip
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    assert _details(tmp_path, page)["location"] == f"{location} (json-ld)"


def test_microdata_states_the_details_when_there_is_no_json_ld(tmp_path: Path) -> None:
    assert _details(tmp_path, MICRODATA_PAGE) == {
        "title": "Field Service Technician (microdata)",
        "company": "Northwind Freight (microdata)",
        "location": "Rotterdam, Netherlands (microdata)",
        "employment_type": "Part-time (microdata)",
        "date_posted": "2025-02-10 (microdata)",
    }


def test_an_employers_own_site_names_the_employer_when_its_e_mail_address_agrees(tmp_path: Path) -> None:
    found = _details(tmp_path, OWN_SITE_PAGE)
    assert (found["title"], found["company"]) == ("Research Engineer (heading)", "Tufa Labs (page)")


def test_an_employers_site_name_is_confirmed_by_the_link_to_apply_through(tmp_path: Path) -> None:
    link = '<a href="https://tufa-labs.applytojob.example/apply/7">our application form</a>'
    page = OWN_SITE_PAGE.replace("send your resume to jobs@tufa.example", f"use {link}")
    posting = read_posting(write(tmp_path, "job.html", page))
    assert [(x.href, x.text) for x in posting.links] == [
        ("https://tufa-labs.applytojob.example/apply/7", "our application form")
    ]
    assert _details(tmp_path, page)["company"] == "Tufa Labs (page)"


def test_a_job_boards_site_name_is_not_the_company(tmp_path: Path) -> None:
    page = OWN_SITE_PAGE.replace("jobs@tufa.example", "the form below")
    assert "company" not in _details(tmp_path, page)


def test_a_pages_terms_and_values_are_labelled_lines_and_inline_pieces_set_apart_stay_apart() -> None:
    from tailor.posting import structure
    from tailor.posting.read import read_posting_text

    page = (
        '<html><body><div><a href="#main">Skip to main content</a><span>Brightline Medical Careers</span></div>'
        "<h2>Manufacturing Engineer II</h2><dl><dt>locations</dt><dd>Coventry, United Kingdom</dd>"
        "<dt>time type</dt><dd>Full time</dd></dl><p>Brightline Medical makes implants.</p>"
        "<h3>Responsibilities</h3><ul><li>Own the machining lines.</li></ul></body></html>"
    )
    posting = read_posting_text(page, "job.html", suffix=".html")
    # A link and a span side by side in a box, with no space between: two pieces, not "contentBrightline".
    assert "Skip to main content · Brightline Medical Careers" in posting.text
    assert "locations: Coventry, United Kingdom\n\ntime type: Full time" in posting.text
    found = structure.of(posting).details
    assert (found.value("location"), found.value("employment_type")) == ("Coventry, United Kingdom", "Full-time")
    assert found.value("company") != "locations"


def test_a_box_of_the_jobs_details_beside_the_posting_is_the_postings_though_set_in_an_aside() -> None:
    from tailor.posting import structure
    from tailor.posting.read import read_posting_text

    # A school jobs board sets the pay, contract and closing date in an <aside> beside the posting.
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><main><h1>Teacher of Geography</h1><p>Fernbrook School</p>"
        "<aside class='job-details'><dl><dt>Salary:</dt><dd>£31,650 – £43,607</dd>"
        "<dt>Contract type:</dt><dd>Permanent</dd><dt>Closing date:</dt><dd>14 March 2027</dd></dl></aside>"
        "<h2>About the role</h2><p>Teach geography across Key Stages 3 and 4 in a growing department.</p>"
        "</main><aside class='sidebar'><a href='/1'>Teacher of History</a></aside></body></html>"
    )
    posting = read_posting_text(page, "job.html", suffix=".html")
    assert "Teacher of History" not in posting.text
    found = structure.of(posting)
    assert (found.details.value("salary"), found.details.value("employment_type")) == ("£31,650 – £43,607", "Permanent")
    assert found.details.value("valid_through") == "14 March 2027"


def test_an_aside_of_other_jobs_and_their_pay_is_still_chrome() -> None:
    from tailor.posting.read import read_posting_text

    page = (
        "<html><body><main><h1>Teacher of Geography</h1><p>Teach geography across Key Stages 3 and 4, plan a new"
        " fieldwork programme for Year 9 and help run the Duke of Edinburgh expeditions each spring.</p></main>"
        "<aside><ul><li><a href='/1'>Teacher of History</a> Salary: £31,650 Contract type: Permanent</li>"
        "<li><a href='/2'>Teacher of RE</a> Salary: £31,650 Contract type: Fixed term</li></ul></aside>"
        "</body></html>"
    )
    assert "Teacher of History" not in read_posting_text(page, "job.html", suffix=".html").text


def test_a_term_and_its_value_outside_any_list_of_terms_are_a_labelled_line_not_a_company() -> None:
    from tailor.posting import structure
    from tailor.posting.read import read_posting_text

    # As iCIMS sets a job's header: each <dt> and its <dd> in a <div> of their own, no <dl> round them.
    page = (
        "<html><body><h1>Route Supervisor</h1>"
        "<div class='tag'><dt>Job Locations</dt><dd>US-OR-Salem</dd></div>"
        "<div class='tag'><dt>ID</dt><dd>2026-0412</dd></div>"
        "<h2>Responsibilities</h2><ul><li>Plan the weekly delivery routes.</li></ul></body></html>"
    )
    posting = read_posting_text(page, "job.html", suffix=".html")
    assert "Job Locations: US-OR-Salem\n\nID: 2026-0412" in posting.text
    found = structure.of(posting).details
    assert found.value("location") == "Salem, OR, US"
    assert found.value("company") != "Job Locations"


def test_a_layout_tables_label_cells_beside_short_values_are_labelled_lines_and_its_sections_stay_sections() -> None:
    from tailor.posting.read import read_posting_text

    # A university's posting as PeopleAdmin sets it: one table, a header cell beside each field's value.
    page = (
        "<html><body><h2>Map Librarian</h2><table>"
        "<tr><th>Working Title</th><td>Map Librarian</td></tr>"
        "<tr><th>Campus Location</th><td>North Campus, Flagstaff, AZ</td></tr>"
        "<tr><th>Job Duties</th><td><ul><li>Catalogue the map collection.</li></ul></td></tr>"
        "</table></body></html>"
    )
    posting = read_posting_text(page, "job.html", suffix=".html")
    assert "Working Title: Map Librarian\n\nCampus Location: North Campus, Flagstaff, AZ" in posting.text
    assert "Job Duties\n\n- Catalogue the map collection." in posting.text
    found = structure.of(posting).details
    assert (found.value("title"), found.source("title")) == ("Map Librarian", "label")
    assert found.value("location") == "North Campus, Flagstaff, AZ"


def test_a_block_a_test_hook_names_as_similar_jobs_is_no_part_of_the_posting() -> None:
    from tailor.posting.read import read_posting_text

    page = (
        "<html><body><h2>Manufacturing Engineer II</h2><h3>Responsibilities</h3><ul><li>Own the lines.</li></ul>"
        '<div data-automation-id="similarJobs"><h3>Similar Jobs</h3><ul><li><a>Quality Engineer I</a></li>'
        "<li><a>Senior Process Engineer</a></li></ul></div></body></html>"
    )
    text = read_posting_text(page, "job.html", suffix=".html").text
    assert "Own the lines." in text and "Quality Engineer I" not in text and "Similar Jobs" not in text


def test_a_row_of_buttons_inside_the_postings_main_is_chrome_but_a_list_of_links_to_content_stays(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Caseworker II | Cibola Valley County</title></head><body><main>"
        '<div class="job-actions"><a href="/apply/417">Apply</a> | <a href="/save/417">Save this job</a> | '
        '<a href="/print/417">Print</a> | <a href="/jobs">Back to Job Listings</a></div>'
        "<h1>Caseworker II</h1><p>Cibola Valley County investigates reports of child neglect across the valley.</p>"
        "<h2>Our clinics</h2><ul><li><a href='/north'>North Valley Family Center</a></li>"
        "<li><a href='/south'>South Valley Family Center</a></li><li><a href='/mesa'>Mesa Family Center</a></li></ul>"
        "<h2>Duties</h2><ul><li>Conduct home visits.</li><li>Write court reports.</li></ul></main></body></html>"
    )
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert "Save this job" not in text and "Back to Job Listings" not in text
    assert text.startswith("# Caseworker II")
    assert "North Valley Family Center" in text and "Mesa Family Center" in text


_DIV_CHROME_PAGE = """<!DOCTYPE html><html><head><title>Orchard Dental Care</title></head><body>
<div id="gnav">Find jobs Company reviews Sign in</div>
<div class="site-header"><p class="site-title">Orchard Dental Care</p><p>Smiles in Fairview since 1990</p>
<div class="header-phone">Call (555) 010-2233</div></div>
<div id="mainmenu"><span>Home</span> <span>Services</span> <span>Careers</span></div>
<div class="gov-banner">An official website of Fairview Township</div>
<div class="content"><h1>Dental Assistant</h1>
<div class="section-header">Duties</div>
<ul><li>Chairside assisting for restorative procedures</li><li>Expose and process dental radiographs</li></ul>
</div>
<div class="site-info"><span>&copy; 2026 Orchard Dental Care</span> · 14 Elm Road · Powered by WordPress</div>
</body></html>"""


def test_menus_mastheads_and_copyright_lines_set_in_divs_are_chrome(tmp_path: Path) -> None:
    text = read_posting(write(tmp_path, "job.html", _DIV_CHROME_PAGE)).text
    for chrome in ("Find jobs", "Smiles in Fairview", "Call (555)", "Home", "official website", "©", "WordPress"):
        assert chrome not in text
    # Below the posting's first heading, a part of the posting named a header is the posting's.
    assert text.startswith("# Dental Assistant\n\nDuties\n\n- Chairside assisting")


def test_headings_and_a_header_named_for_the_job_stay_whatever_their_class(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="job-header-company">Orchard Dental Care</div><div id="header">Sign in</div>'
        '<div class="pageHeader"><h1 class="pageHeader">Dental Assistant</h1></div>'
        "<p>Chairside assisting for restorative procedures in a busy family practice.</p>"
        '<h2 class="pageHeader">Duties</h2><ul><li>Expose and process dental radiographs</li></ul></body></html>'
    )
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert text.startswith("Orchard Dental Care\n\n# Dental Assistant\n\nChairside")
    assert "## Duties" in text and "Sign in" not in text


def test_a_copyright_sign_within_the_posting_keeps_the_posting(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Paralegal</h1><ul><li>Docket © and ™ registrations for the firm's clients</li>"
        "<li>Prepare trademark filings</li></ul><p>We review every application within a week of receiving it, "
        "and we write back to every applicant, whether or not we invite them to an interview. © 2026 Ames Law</p>"
        "</body></html>"
    )
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert "- Prepare trademark filings" in text and "We review every application" in text


def test_a_list_of_links_under_a_heading_of_the_posting_is_the_posting_and_a_menu_is_not(tmp_path: Path) -> None:
    page = """<html><body>
<div><a href="/benefits">Benefits</a> <a href="/about">About</a> <a href="/jobs">Jobs</a></div>
<div><h1>Electrician Apprentice</h1><p>Pull wire, set boxes and mount panels beside a licensed journeyman.</p>
<h2>Requirements</h2><ul><li><a href="/osha">OSHA 10 card</a></li><li><a href="/dl">Valid driver's license</a></li>
<li><a href="/nec">NEC familiarity</a></li></ul>
<div><p><b>Similar jobs</b></p>
<a href="/j1">Solar Installer</a> <a href="/j2">HVAC Helper</a> <a href="/j3">Welder</a></div>
</div></body></html>"""
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert "## Requirements\n\n- OSHA 10 card\n- Valid driver's license\n- NEC familiarity" in text
    assert "About" not in text and "Similar jobs" not in text and "Welder" not in text


def test_a_list_item_that_is_a_bold_label_over_a_list_heads_that_list(tmp_path: Path) -> None:
    page = (
        "<html><body><ul><li><strong>SKILLSET</strong><ul><li>Estimating</li><li>Blueprints</li></ul></li>"
        "<li><b>Scheduling</b> of crews</li></ul></body></html>"
    )
    assert read_posting(write(tmp_path, "job.html", page)).text == (
        "### SKILLSET\n\n- Estimating\n- Blueprints\n- Scheduling of crews"
    )


def test_a_page_a_browser_saved_gives_the_address_it_came_from(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html>\n<!-- saved from url=(0043)https://careers.kestrel.example/jobs/4471 -->\n"
        "<html><head><title>BI Analyst</title></head><body><main><h1>BI Analyst</h1>"
        "<h2>Requirements</h2><ul><li>SQL and Power BI</li></ul></main></body></html>"
    )
    path = tmp_path / "saved.html"
    path.write_text(page, encoding="utf-8")
    found = structure.of(read_posting(path)).details
    assert found.url is not None and found.url.value == "https://careers.kestrel.example/jobs/4471"


def test_an_application_form_under_the_posting_is_no_part_of_it() -> None:
    from tailor.posting.read import read_posting_text

    # As Greenhouse sets a job's page: the posting, then the form to apply with, its self-identification survey's
    # long paragraphs among the fields (a list of conditions no job asks for).
    page = (
        "<html><body><div class='job__title'><h1>Dental Hygienist</h1><div>Eugene, OR</div></div>"
        "<div class='job__description'><h3>Responsibilities</h3><ul><li>Clean teeth and take radiographs.</li>"
        "<li>Chart periodontal findings in Dentrix.</li></ul><h3>Requirements</h3><ul><li>Oregon RDH licence.</li>"
        "</ul></div><div class='application--container'><form id='application-form'>"
        "<label for='n'>First Name</label><input id='n' type='text'><label for='e'>Email</label>"
        "<input id='e' type='email'><div>Resume/CV</div><input type='file'>"
        "<h3>Voluntary Self-Identification of Disability</h3><p>How do you know if you have a disability? "
        "Disabilities include, but are not limited to: autism, diabetes, epilepsy and cancer.</p>"
        "<select><option>Yes</option><option>No</option></select>"
        "<input type='hidden' name='token'><button type='submit'>Submit application</button></form></div>"
        "</body></html>"
    )
    text = read_posting_text(page, "job.html", suffix=".html").text
    assert "Chart periodontal findings in Dentrix." in text
    assert "Self-Identification" not in text and "diabetes" not in text and "Resume/CV" not in text


def test_a_form_around_the_whole_posting_keeps_it() -> None:
    from tailor.posting.read import read_posting_text

    # A page built on one form around all its content (ASP.NET's), with a search box among it.
    page = (
        "<html><body><form id='aspnetForm'><input type='text' name='q'><input type='text' name='where'>"
        "<h1>Payroll Clerk</h1><h2>Duties</h2><ul><li>Enter timesheets for 300 hourly staff.</li></ul>"
        "</form></body></html>"
    )
    assert "Enter timesheets for 300 hourly staff." in read_posting_text(page, "job.html", suffix=".html").text


def test_a_table_whose_label_cells_name_what_is_asked_reads_each_label_as_its_section(tmp_path: Path) -> None:
    # A WordPress job plugin's "Job Features" table: a label in each row's first cell and a value in each cell
    # beside it. A label that names what is asked heads its values, each one an item, and every label of that
    # table heads its own row, so the citizenship row is no preferred qualification.
    cells = "".join(
        f"<tr><td>{label}</td>{''.join(f'<td>{value}</td>' for value in values)}</tr>"
        for label, values in (
            ("Job Category", ["Public Works"]),
            ("MINIMUM QUALIFICATIONS", ["Associate degree in civil engineering technology.", "Valid driver's license"]),
            ("DESIRED SKILLS", ["Experience with AutoCAD Civil 3D.", "Familiarity with stormwater permitting a plus."]),
            ("SECURITY REQUIREMENTS", ["U.S. citizen or permanent resident.", "Subject to a background check."]),
        )
    )
    page = (
        "<html><body><h1>Engineering Technician II</h1><h3>What you will do</h3><ul><li>Inspect culverts and "
        f"storm drains.</li><li>Update the GIS asset inventory.</li></ul><h3>Job Features</h3><table>{cells}</table>"
        "</body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert posting.text.endswith(
        "### Job Features\n\nJob Category | Public Works\n\n"
        "### MINIMUM QUALIFICATIONS\n\n- Associate degree in civil engineering technology.\n- Valid driver's license"
        "\n\n### DESIRED SKILLS\n\n- Experience with AutoCAD Civil 3D.\n"
        "- Familiarity with stormwater permitting a plus."
        "\n\n### SECURITY REQUIREMENTS\n\n- U.S. citizen or permanent resident.\n- Subject to a background check."
    )
    kinds = {section.heading: section.kind for section in structure.of(posting).sections}
    assert kinds["MINIMUM QUALIFICATIONS"] is structure.SectionKind.REQUIREMENTS
    assert kinds["DESIRED SKILLS"] is structure.SectionKind.PREFERRED


def test_a_table_whose_first_row_names_its_columns_stays_rows(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Payroll Specialist</h1><h3>Requirements</h3><table><tr><th>Requirement</th><th>Level</th>"
        "</tr><tr><td>ADP Workforce Now</td><td>Required</td></tr><tr><td>CPP certification</td><td>Preferred</td>"
        "</tr></table></body></html>"
    )
    # The first row's "Requirement" names a column, its values too short to be what is asked: no heading.
    (asked,) = [s for s in structure.of(read_posting(write(tmp_path, "job.html", page))).sections if s.heading]
    assert (asked.heading, asked.text) == ("Requirements", "Requirement | Level\nADP Workforce Now | Required")


def test_paragraphs_typed_as_items_with_a_hyphen_and_no_space_are_items_and_no_headings(tmp_path: Path) -> None:
    # A careers page pasted from a word processor: each duty a paragraph opened by a hyphen with no space after it.
    page = (
        "<html><body><h1>Pastry Cook</h1><h3>What we offer</h3><p>-Staff meals and uniforms</p>"
        "<p>-Performance-related bonus</p><p>-Paid annual leave</p><h3>Duties</h3>"
        "<p>-Laminate croissant dough to spec every morning.</p></body></html>"
    )
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert "- Performance-related bonus" in text and "- Laminate croissant dough" in text
    sections = [(s.kind, s.heading) for s in structure.of(read_posting(write(tmp_path, "job.html", page))).sections]
    assert all(heading != "-Performance-related bonus" for _, heading in sections), sections
