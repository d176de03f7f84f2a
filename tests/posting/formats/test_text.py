"""Plain text and Markdown postings: kept as written, Markdown reduced to headings and lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.posting import read_posting, structure
from tailor.posting.formats.front_matter import text_fields
from tailor.posting.structure import SectionKind
from tests.posting.formats.samples import write


def test_text_file_keeps_its_text_with_newlines_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "job.txt", b"REQUIREMENTS:\r\n* Python  **bold** [x](y)\rEnd\n")
    assert read_posting(path).text == "REQUIREMENTS:\n* Python  **bold** [x](y)\nEnd\n"


def test_unknown_extension_with_text_content_is_read_as_text(tmp_path: Path) -> None:
    assert read_posting(write(tmp_path, "posting.job", "Engineer\nPython")).text == "Engineer\nPython"


MARKDOWN = """\
---
title: "Postdoc in Neural Engineering"
company: CTN Lab
layout: post
---
# Postdoc position

We are hiring a **postdoc** to work on [Nengo](https://nengo.ai) and _spiking_ networks. ![logo](logo.png)

**Requirements**

* PhD in `computer science` or related
* Experience with Python,
  wrapped onto a second line
1. Numbered item

Setext heading
--------------

| Skill | Level |
|-------|-------|
| C++   | good  |

```python
import nengo
```

#### Deep heading
Line one\\
Line two with ~~strike~~ and <b>raw html</b>.
"""
MARKDOWN_TEXT = """\
Postdoc in Neural Engineering

# Postdoc position

We are hiring a postdoc to work on Nengo and spiking networks.

## Requirements

- PhD in computer science or related
- Experience with Python, wrapped onto a second line

- Numbered item

## Setext heading

Skill | Level
C++ | good

import nengo

### Deep heading

Line one
Line two with strike and raw html."""


@pytest.mark.parametrize("name", ["job.md", "job.markdown"])
def test_markdown_keeps_headings_and_lists_and_drops_other_syntax(tmp_path: Path, name: str) -> None:
    posting = read_posting(write(tmp_path, name, MARKDOWN))
    assert posting.text == MARKDOWN_TEXT
    assert (posting.title, posting.company) == ("Postdoc in Neural Engineering", "CTN Lab")


def test_front_matter_states_location_type_and_date_too(tmp_path: Path) -> None:
    front = "title: Data Engineer\ncompany: Acme\nlocation: Lisbon, Portugal\njob-type: full time\ndate: 2025-01-02"
    text = f"---\n{front}\n---\nText."
    found = structure.of(read_posting(write(tmp_path, "job.md", text))).details
    assert {f: (found.value(f), found.source(f)) for f in ("title", "company", "location", "employment_type")} == {
        "title": ("Data Engineer", "front-matter"),
        "company": ("Acme", "front-matter"),
        "location": ("Lisbon, Portugal", "front-matter"),
        "employment_type": ("Full-time", "front-matter"),
    }
    assert found.date_posted is not None and found.date_posted.value == "2025-01-02"


def test_markdown_without_front_matter_has_no_title(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.md", "# Engineer\n\nPython *and* C++"))
    assert (posting.text, posting.title, posting.company) == ("# Engineer\n\nPython and C++", None, None)


def test_front_matter_atop_a_text_posting_states_details_and_is_no_part_of_its_text(tmp_path: Path) -> None:
    # A Markdown file from a static site, saved as .txt; camelCase field names as job boards' exports write them.
    front = 'title: "SEO Content Marketer"\ncompanyName: "Slite"\nlayout: post\ntimestamp: 1621382400000'
    posting = read_posting(write(tmp_path, "job.txt", f"---\n{front}\n---\n\nWrite."))
    found = structure.of(posting).details
    assert posting.text.strip() == "SEO Content Marketer\n\nWrite."  # the title opens the posting, as it did
    assert (found.value("title"), found.value("company")) == ("SEO Content Marketer", "Slite")


def test_front_matter_under_blank_lines_is_still_front_matter_not_text(tmp_path: Path) -> None:
    text = "\n\n---\nuuid: 11049\ntitle: Operations Coordinator\n---\n\nPlan."
    posting = read_posting(write(tmp_path, "job.md", text))
    assert posting.text.strip() == "Operations Coordinator\n\nPlan."  # no "uuid: 11049" read as the posting's words
    assert structure.of(posting).details.value("title") == "Operations Coordinator"


def test_an_employer_given_as_an_organization_in_front_matter_is_the_company(tmp_path: Path) -> None:
    # Job boards built on schema.org's JobPosting nest the employer: hiringOrganization, then its name.
    front = (
        "position: Leasing Agent\nhiringOrganization:\n  name: Brookfield Lane Homes\n  sameAs: 'https://example.com/'"
        "\njobLocation:\n  name: Main office\n  addressLocality: Tulsa\nlocation: 'Tulsa, OK'"
    )
    found = structure.of(read_posting(write(tmp_path, "job.md", f"---\n{front}\n---\n\nShow units."))).details
    assert (found.value("company"), found.source("company")) == ("Brookfield Lane Homes", "front-matter")
    assert found.value("location") == "Tulsa, OK"


def test_a_nested_field_with_no_name_states_no_company(tmp_path: Path) -> None:
    front = "title: Leasing Agent\nemployer:\n  logo: /logo.png\nteam: Operations"
    found = structure.of(read_posting(write(tmp_path, "job.md", f"---\n{front}\n---\n\nShow units."))).details
    assert found.source("company") != "front-matter"


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
def test_toml_front_matter_is_read_like_yaml(tmp_path: Path, name: str) -> None:
    text = '+++\ndate = "2019-08-30T00:08:35+02:00"\ndraft = false\ntitle = "Technical Writer"\n+++\n\nDocument APIs.'
    posting = read_posting(write(tmp_path, name, text))
    assert posting.text.strip() == "Technical Writer\n\nDocument APIs."
    assert structure.of(posting).details.value("title") == "Technical Writer"


def test_a_front_matter_date_and_time_is_the_date_the_posting_was_posted(tmp_path: Path) -> None:
    # A static site's generator stamps each page with the time too; the posting was posted on the day.
    text = "---\ntitle: 'Design Engineer'\ndate: '2024-01-05T14:38:04.846976Z'\n---\n\nDesign pumps."
    posting = read_posting(write(tmp_path, "job.md", text))
    assert structure.of(posting).details.value("date_posted") == "2024-01-05"


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
def test_a_title_between_two_rules_is_no_front_matter(tmp_path: Path, name: str) -> None:
    text = "---\nSenior Data Engineer\n---\n\nBuild pipelines."
    posting = read_posting(write(tmp_path, name, text))
    assert "Senior Data Engineer" in posting.text


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
@pytest.mark.parametrize("rules", ["---\n\n---", "+++\n\n+++", "---\n---"])
def test_an_empty_front_matter_states_nothing_and_the_posting_is_read(tmp_path: Path, name: str, rules: str) -> None:
    # A page a site generator keeps with empty front matter, or a posting that opens with two rules.
    posting = read_posting(write(tmp_path, name, f"{rules}\n\n# Night Nurse\n\nWe need a registered nurse."))
    assert "Night Nurse" in posting.text and "registered nurse" in posting.text
    assert structure.of(posting).details.value("title") in (None, "Night Nurse")


def test_a_stated_title_the_posting_already_opens_with_is_not_repeated(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.md", "---\ntitle: Data Engineer\n---\n# Data Engineer\n\nBuild."))
    assert posting.text == "# Data Engineer\n\nBuild."


def test_html_tags_left_in_a_text_posting_are_no_part_of_its_title(tmp_path: Path) -> None:
    text = '## <a name="pm" href="#pm">Program Manager, Teacher Development</a>\n\nLead our programs.\n'
    found = structure.of(read_posting(write(tmp_path, "job.txt", text))).details
    assert found.value("title") == "Program Manager, Teacher Development"


def test_markdown_headings_run_into_the_text_around_them_still_head_their_lists(tmp_path: Path) -> None:
    # As a table's cell keeps a description: no blank line around its headings.
    text = (
        "Field Service Technician\nAbout us\nNorthgate installs heat pumps.\nWhat you'll do\n"
        "- Install heat pumps\n- Service boilers\nRequirements\n- EPA 608 certification\n- A driving licence\n"
    )
    posting = read_posting(write(tmp_path, "job.md", text))
    sections = [(s.kind.value, s.heading, s.text) for s in structure.of(posting).sections]
    assert ("responsibilities", "What you'll do", "- Install heat pumps\n- Service boilers") in sections
    assert ("requirements", "Requirements", "- EPA 608 certification\n- A driving licence") in sections


def test_markdown_a_wrapped_list_item_is_not_split_at_a_line_that_heads_nothing(tmp_path: Path) -> None:
    text = "Requirements\n\n- Three years of\nexperience\n\nWe value you.\n"
    assert "- Three years of experience" in read_posting(write(tmp_path, "job.md", text)).text


def test_html_links_and_line_breaks_in_a_text_posting_are_no_words_of_it(tmp_path: Path) -> None:
    # Copied from a Markdown file or a web page: a linked heading, line breaks; other markup stays as written.
    text = (
        '## <a href="https://example.org/careers?id=48" target="_blank">Learn More and Apply Here</a>\n'
        'Cover <b><span class="x">local</span> elections</b> daily.<br/>Write two stories a week.<br>\n'
        "Build pages with semantic <section> and <nav> elements; keep List<String> types.\n"
    )
    posting = read_posting(write(tmp_path, "job.txt", text))
    assert posting.text == (
        "## Learn More and Apply Here\nCover <b>local elections</b> daily.\nWrite two stories a week.\n\n"
        "Build pages with semantic <section> and <nav> elements; keep List<String> types.\n"
    )


def test_markdown_escapes_in_a_text_posting_are_read_as_the_punctuation_they_escape(tmp_path: Path) -> None:
    # An HTML-to-Markdown converter's output saved as .txt: escaped punctuation, a hard line break's backslash.
    text = (
        "Job Title:  Payroll Coordinator\\\nReports to:  Finance Director\\\n\n"
        "We\\'re hiring. **Volunteer day** \\- one day\\'s leave; travel \\< 5%; \\_\\_\\_\n"
        "Paths like C:\\Users\\jobs and patterns like \\d+ stay as written.\n"
    )
    posting = read_posting(write(tmp_path, "job.txt", text))
    assert posting.text == (
        "Job Title:  Payroll Coordinator\nReports to:  Finance Director\n\n"
        "We're hiring. **Volunteer day** - one day's leave; travel < 5%; ___\n"
        "Paths like C:\\Users\\jobs and patterns like \\d+ stay as written.\n"
    )
    assert structure.of(posting).details.value("title") == "Payroll Coordinator"


CAREERS_PAGE = """\
---
title: Buyer
date: '2021-03-01'
layout: job
responsibilities: |
    - Issue purchase orders to approved suppliers
    - Expedite late deliveries
requirements: >-
    - Two years of purchasing experience
nice_to_have:
tags:
  - procurement
---
"""


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
def test_front_matter_fields_of_text_are_sections_of_the_posting_under_their_names(tmp_path: Path, name: str) -> None:
    # A careers site that keeps each part of a posting in a field of its own (a YAML block) shows it under a
    # heading of the field's name: the posting's whole text, not a title alone.
    posting = read_posting(write(tmp_path, name, CAREERS_PAGE))
    sections = {s.kind: s.text for s in structure.of(posting).sections}
    assert sections[SectionKind.RESPONSIBILITIES].splitlines() == [
        "- Issue purchase orders to approved suppliers",
        "- Expedite late deliveries",
    ]
    assert sections[SectionKind.REQUIREMENTS] == "- Two years of purchasing experience"
    assert posting.text.startswith("Buyer\n")  # the stated title still opens it
    assert "procurement" not in posting.text and "job" not in posting.text  # a list of tags is no text


def test_a_toml_multi_line_string_is_a_section_too(tmp_path: Path) -> None:
    text = '+++\ntitle = "Buyer"\nduties = """\n- Issue purchase orders\n- Expedite deliveries"""\n+++\n'
    assert text_fields(text) == [("Duties", "- Issue purchase orders\n- Expedite deliveries")]
    assert "Duties\n\n- Issue purchase orders" in read_posting(write(tmp_path, "job.md", text)).text


def test_a_field_name_reads_as_words_and_a_page_without_front_matter_has_no_fields() -> None:
    text = "---\ntitle: Buyer\nwhatYouBring: |\n  Purchasing experience.\n---\nBody."
    assert text_fields(text) == [("What you bring", "Purchasing experience.")]
    assert text_fields("Buyer\n\nresponsibilities: |\n  Purchasing.") == []


def test_a_fields_format_after_its_name_is_no_word_of_its_heading_and_a_job_location_field_is_the_place(
    tmp_path: Path,
) -> None:
    # Site builders' content managers name a field by its part and its format ("requirements_markdown", "bodyHtml").
    text = (
        "---\nrole: Upholsterer\njob-location: Grand Rapids, MI\ndescription_markdown: >-\n  Upholster sofas and chairs"
        " for hotels.\nrequirements_markdown: >-\n  * Three years of upholstery experience\nbenefitsHtml: |\n"
        "  <p>Medical and dental cover.</p>\n---\n"
    )
    assert [heading for heading, _ in text_fields(text)] == ["Description", "Requirements", "Benefits"]
    found = structure.of(read_posting(write(tmp_path, "job.md", text)))
    assert (found.details.value("location"), found.details.value("company")) == ("Grand Rapids, MI", None)
    assert [s.kind for s in found.sections][-2:] == [SectionKind.REQUIREMENTS, SectionKind.BENEFITS]


def test_a_bold_paragraph_wrapped_over_several_lines_is_one_paragraph_not_a_heading_a_line(tmp_path: Path) -> None:
    # Markdown written at a fixed width wraps a paragraph set in bold: each line, short and bold, is no heading, as
    # a line that goes on in lower case is the same sentence.
    text = (
        "# Shift Supervisor\n\n**You keep a busy kitchen calm and on time. You can train\nnew cooks while you work"
        " the line, and you\nhave run a shift before.**\n\n**Requirements**\n\n- Two years on a line\n"
    )
    read = read_posting(write(tmp_path, "job.md", text)).text
    assert read.split("\n\n")[1:3] == [
        "You keep a busy kitchen calm and on time. You can train new cooks while you work the line, and you have run"
        " a shift before.",
        "## Requirements",
    ]


def test_a_text_file_that_is_an_html_fragment_is_read_as_the_page_it_came_from(tmp_path: Path) -> None:
    fragment = (
        "<p>Pinnacle Construction &amp; Development Group has need for a Project Manager.</p>\n"
        "<p><strong>Requirements</strong></p>\n"
        "<ul><li>Bachelor&apos;s degree in civil engineering</li><li>5 years of site work&#x2022; estimating</li></ul>"
    )
    text = read_posting(write(tmp_path, "job.txt", fragment)).text
    assert text == (
        "Pinnacle Construction & Development Group has need for a Project Manager.\n\n## Requirements\n\n"
        "- Bachelor's degree in civil engineering\n- 5 years of site work• estimating"
    )


@pytest.mark.parametrize(
    "kept",
    [
        "Build pages with semantic <section> and <nav> elements.\nKnow when a <div> is enough.\n",
        "# Web Developer\n\nWe write <p>…</p>, <li>…</li> and <h1>…</h1> by hand.\n",  # Markdown holding HTML
    ],
)
def test_a_text_that_names_html_or_is_markdown_is_kept_as_written(tmp_path: Path, kept: str) -> None:
    assert read_posting(write(tmp_path, "job.txt", kept)).text == kept


def test_character_references_in_a_text_are_the_characters_they_stand_for(tmp_path: Path) -> None:
    said = "Spine &amp; Leaf design&nbsp;experience, AT&T and R&D teams, &#x2022; Ops &widget; O&amp;M\n"
    assert read_posting(write(tmp_path, "job.txt", said)).text == (
        "Spine & Leaf design experience, AT&T and R&D teams, • Ops &widget; O&M\n"
    )


def test_a_printed_pages_text_pasted_is_read_without_the_browsers_header_and_footer(tmp_path: Path) -> None:
    # A page printed to PDF, its text copied out: the browser's header and footer stand where the pages broke.
    text = (
        "12/7/26, 9:01 PM Payroll Specialist - Careers at Tidemark Credit Union\nPayroll Specialist\n"
        "Tidemark Credit Union\n\nResponsibilities\n- Process biweekly payroll.\n"
        "https://jobs.tidemark.example/payroll-specialist 1/2\n"
        "12/7/26, 9:01 PM Payroll Specialist - Careers at Tidemark Credit Union\n- Reconcile payroll to the ledger.\n"
        "https://jobs.tidemark.example/payroll-specialist 2/2\n"
    )
    posting = read_posting(write(tmp_path, "job.txt", text))
    assert "Careers at" not in posting.text and "https://" not in posting.text
    duties = [s.text for s in structure.of(posting).sections if s.kind is SectionKind.RESPONSIBILITIES]
    assert duties == ["- Process biweekly payroll.\n- Reconcile payroll to the ledger."]
