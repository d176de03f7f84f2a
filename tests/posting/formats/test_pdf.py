"""PDF postings: the text layer, bullets as list items, and clear errors for what cannot be read."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.keywords import keywords
from tailor.posting import read_posting, structure
from tailor.posting.details import Detail
from tailor.posting.formats.pdf import MAX_PDF_PAGES
from tailor.rank import analyse_posting
from tests.conftest import needs
from tests.posting.formats.samples import PDF_LINES, PDF_TEXT, encrypt_pdf, make_docx, make_pdf, write


def _pages_joined(pages: list[bytes]) -> bytes:
    """One PDF of the first page of each PDF of ``pages``, in order."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in pages:
        writer.add_page(PdfReader(io.BytesIO(page)).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_layer_is_read_with_bullets_as_list_items(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(PDF_LINES)))
    assert posting.text == PDF_TEXT


def test_pdf_line_in_the_largest_type_is_a_heading_and_the_title(tmp_path: Path) -> None:
    lines = ["Northwind Freight", "Senior Robotics Engineer,", "Motion Planning", "We move containers.", "Requirements"]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, sizes={1: 22, 2: 22})))
    assert posting.text.startswith("Northwind Freight\n\n# Senior Robotics Engineer, Motion Planning\n\nWe move")
    assert structure.of(posting).details.title == Detail("Senior Robotics Engineer, Motion Planning", "largest-line")


def test_pdf_largest_line_that_names_no_job_is_not_the_title(tmp_path: Path) -> None:
    lines = ["NORTHWIND FREIGHT", "Data Engineer", "We move containers."]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, sizes={0: 24})))
    assert structure.of(posting).details.title == Detail("Data Engineer", "heading")


def test_a_bullets_wrapped_line_set_in_under_its_text_joins_it_whatever_its_first_letter(tmp_path: Path) -> None:
    lines = [
        "Paralegal",
        "Duties",
        "\u2022 Cite-check briefs in accordance with the",
        "Bluebook.",
        "\u2022 Know the Electronic Discovery",
        "Reference Model",
        "Benefits",
        "A pension plan.",
    ]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, indents={3: 10, 5: 10})))
    assert "- Cite-check briefs in accordance with the Bluebook.\n" in posting.text
    assert "- Know the Electronic Discovery Reference Model\n" in posting.text
    # A line at the bullet's own start is no part of it: the heading after the list stays one.
    assert "\n\nBenefits\nA pension plan." in posting.text


def test_a_list_whose_marks_a_browser_drew_as_shapes_reads_as_items(tmp_path: Path) -> None:
    # A job page printed to PDF from a browser: each list item's disc is a filled shape, not a "•" the text holds.
    # The items are items, the second wrapped onto a line set in as far; the paragraph above is none.
    lines = [
        "Veterinary Assistant",
        "Requirements",
        "We are a busy small-animal clinic.",
        "Experience restraining dogs and cats",
        "Comfortable with Avimark or Cornerstone, and with",
        "cleaning kennels daily",
        "A love of animals",
        "Benefits",
    ]
    pdf = make_pdf(lines, indents={3: 20, 4: 20, 5: 20, 6: 20}, discs=(3, 4, 6))
    posting = read_posting(write(tmp_path, "job.pdf", pdf))
    assert (
        "We are a busy small-animal clinic.\n\n- Experience restraining dogs and cats\n"
        "- Comfortable with Avimark or Cornerstone, and with cleaning kennels daily\n- A love of animals"
    ) in posting.text


def test_pdf_fields_set_side_by_side_on_a_line_are_lines_of_their_own(tmp_path: Path) -> None:
    lines = ["Records Clerk", "Location: Dayton, Ohio    Posting No. 26-0417    Grade: 12", "We file."]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "Location: Dayton, Ohio\nPosting No. 26-0417\nGrade: 12\nWe file." in posting.text
    assert structure.of(posting).details.location == Detail("Dayton, Ohio", "label")


def test_a_pdf_table_of_labels_and_values_gives_the_postings_details(tmp_path: Path) -> None:
    # A job description made in Word: a table of labels and values, each cell drawn apart, with no colon.
    lines = ["Harbourside Mills Ltd.", "Job Description", "Job Title\tWarehouse Planner", "Department\tOperations",
             "Location\tHamilton, Ontario", "Shift\tDays, 7:00 am to 3:30 pm", "Summary", "We mill flour."]  # fmt: skip
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "Job Title | Warehouse Planner\nDepartment | Operations\nLocation | Hamilton, Ontario\n" in posting.text
    assert "Shift | Days, 7:00 am to 3:30 pm" in posting.text  # a time's colon is no label's
    details = structure.of(posting).details
    assert details.title == Detail("Warehouse Planner", "label")
    assert details.location == Detail("Hamilton, Ontario", "label")
    assert details.company != Detail("Department Operations", "board-header")


def test_a_short_line_in_bold_or_in_larger_type_than_the_body_is_a_heading(tmp_path: Path) -> None:
    lines = ["Stores Clerk", "Position Summary", "Keeps the stores stocked.", "Essential Functions",
             "\u2022 Issue parts to the line", "Physical Demands", "Lifting up to 40 lbs.",
             "Pay is reviewed yearly.", "Benefits"]  # fmt: skip
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, bold=[1, 3, 6], sizes={5: 13})))
    assert "## Position Summary\n\nKeeps the stores stocked.\n\n## Essential Functions\n\n- Issue" in posting.text
    assert "## Physical Demands" in posting.text
    assert "## Lifting" not in posting.text  # a sentence in bold is no heading
    duties = next(s for s in structure.of(posting).sections if s.heading == "Essential Functions")
    assert duties.kind in ("responsibilities", "requirements")  # counted in full, not as the role's blurb


def test_lines_of_a_paragraph_set_in_larger_type_are_no_headings(tmp_path: Path) -> None:
    # A narrow column's opening paragraph in 13 pt over a body in 11: its short lines are one paragraph.
    lines = ["Stores Clerk", "Keep our three plants", "supplied with parts", "and tools every shift", "Duties",
             "\u2022 Issue parts to the line", "\u2022 Count the crib weekly"]  # fmt: skip
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, sizes={1: 13, 2: 13, 3: 13})))
    assert "##" not in posting.text


def test_a_pdf_set_wholly_in_bold_has_no_heading_for_being_bold(tmp_path: Path) -> None:
    lines = ["Stores Clerk", "Keeps the stores stocked", "Issues parts to the line"]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, bold=[0, 1, 2])))
    assert "##" not in posting.text


def test_a_numbered_items_number_set_before_a_tab_is_no_cell_of_its_own(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(["Buyer", "1.\tPlace purchase orders"], column=36)))
    assert "|" not in posting.text


def test_words_of_one_sentence_drawn_in_several_runs_stay_one_line(tmp_path: Path) -> None:
    # A bold word mid-sentence is a run of its own, drawn where the sentence's words before it end.
    lines = ["Buyer", "You will use\tSAP daily."]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, column=66)))
    assert "You will use" in posting.text and "SAP daily." in posting.text
    assert "|" not in posting.text


def test_pdf_protected_only_by_an_owner_password_is_read(tmp_path: Path) -> None:
    data = encrypt_pdf(make_pdf(PDF_LINES), user_password="")
    assert read_posting(write(tmp_path, "job.pdf", data)).text == PDF_TEXT


@needs("libreoffice")
def test_pdf_exported_by_an_office_suite_is_read(tmp_path: Path) -> None:
    source = write(tmp_path, "job.docx", make_docx())
    # A conversion that fails or hangs is a failure of the test, not a reason to skip it.
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(tmp_path), str(source)),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = read_posting(tmp_path / "job.pdf").text
    assert "- Python and SQL\n- Apache Spark" in text
    # A table's row is one line, its cells apart, as a Word posting's reads.
    assert "Kubernetes | Good" in text and "Zürich office" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"%PDF-1.4\n this is not really a pdf \x00\x01\x02", "not a readable PDF.*damaged"),
        (b"Just a text file renamed to .pdf", "not a readable PDF.*does not start like a PDF"),
        (make_pdf(PDF_LINES)[:200], "not a readable PDF"),
        (encrypt_pdf(make_pdf(PDF_LINES), user_password="secret"), "protected by a password"),
        (make_pdf(image=True), "no text layer .*scanned image.*txt"),
    ],
    ids=["zero-bytes", "corrupt", "not-a-pdf", "truncated", "encrypted", "scanned"],
)
def test_unreadable_pdf_is_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(TailorError, match=message):
        read_posting(write(tmp_path, "job.pdf", data))


def test_a_pdf_of_more_pages_than_the_limit_is_refused_before_its_pages_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject, PdfWriter

    writer = PdfWriter()
    for _ in range(MAX_PDF_PAGES + 1):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)

    def no_reading(self: PageObject, *args: object, **kwargs: object) -> str:
        raise AssertionError("a page was read")

    monkeypatch.setattr(PageObject, "extract_text", no_reading)
    with pytest.raises(TailorError, match=rf"PDF of {MAX_PDF_PAGES + 1} pages, more than the {MAX_PDF_PAGES}"):
        read_posting(write(tmp_path, "brochure.pdf", buffer.getvalue()))


def test_a_bullet_that_stops_mid_sentence_goes_on_onto_a_line_in_capitals(tmp_path: Path) -> None:
    lines = ["Lab Technician", "Duties", "\u2022 Keep the lab safe under biosafety, chemical safety and",
             "OSHA rules", "\u2022 Order supplies", "Portland, OR", "Requirements"]  # fmt: skip
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "- Keep the lab safe under biosafety, chemical safety and OSHA rules\n- Order supplies\n" in posting.text
    assert "Portland, OR\nRequirements" in posting.text


def test_the_lines_every_page_repeats_at_its_top_or_bottom_are_no_words_of_the_posting(tmp_path: Path) -> None:

    header, footer = "Kestrel Health Job Description - JD-2291", "kestrel.example/careers - Privacy - Page {}"
    first = make_pdf([header, "Data Analyst", "Requirements", "- Experience with Tableau or Power BI",
                      footer.format(1)])  # fmt: skip
    second = make_pdf([header, "- Clear writing for stakeholders", "Kestrel Health is an equal opportunity employer.",
                       footer.format(2)])  # fmt: skip
    text = read_posting(write(tmp_path, "job.pdf", _pages_joined([first, second]))).text
    assert "JD-2291" not in text and "Privacy" not in text
    assert "- Experience with Tableau or Power BI\n" in text + "\n" and "Data Analyst" in text


def test_a_header_and_footer_over_every_page_after_the_first_are_no_words_of_the_posting(tmp_path: Path) -> None:

    # The first page has a letterhead of its own (Word's "Different first page"); the pages after it repeat theirs.
    header, footer = "Data Analyst (continued)", "Kestrel Health - Page {}"
    pages = [
        make_pdf(["Kestrel Health", "Data Analyst", "Requirements", "- Experience with Tableau or Power BI"]),
        make_pdf([header, "- Clear writing for stakeholders", "- SQL", footer.format(2)]),
        make_pdf([header, "Kestrel Health is an equal opportunity employer.", footer.format(3)]),
    ]
    text = read_posting(write(tmp_path, "job.pdf", _pages_joined(pages))).text
    assert "continued" not in text and "Page" not in text
    assert "- SQL\n" in text + "\n" and "Kestrel Health is an equal opportunity employer." in text


def test_a_word_broken_at_its_hyphen_across_an_items_lines_is_one_word_again() -> None:
    from tailor.posting.extracted import Outline

    outline = Outline()
    outline.item("• Estimate design-")
    outline.extend_item("build projects and bid packages for state-")
    outline.extend_item("Funded work")  # a capital after the hyphen: two words a dash joins, left as written
    assert outline.render().strip() == "- Estimate design-build projects and bid packages for state- Funded work"


def test_a_skill_a_pdfs_sentence_wraps_across_two_lines_is_a_keyword(tmp_path: Path) -> None:
    # A PDF's paragraph keeps its lines; the break inside a sentence parts no words ("diary" over "studies"), and
    # one after a sentence's end still does.
    lines = [
        "Senior UX Researcher",
        "Requirements",
        "You will plan and run contextual inquiry and diary",
        "studies across three clinics, and share what you learn.",
        "Five years of mixed-methods research; experience with",
        "usability testing of clinical software.",
        "Benefits",
        "A pension plan.",
    ]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "and diary\nstudies across" in posting.text  # the lines as the page sets them
    found = {k.term: k.said for k in keywords(analyse_posting(posting))}
    assert found["diary studies"] == "diary studies"
    assert {"contextual inquiry", "usability testing"} <= found.keys()


def test_a_bullets_wrapped_line_that_opens_with_a_bracket_or_a_standards_number_joins_it(tmp_path: Path) -> None:
    # A page with no hanging indent (a text file printed to PDF) wraps a bullet at its last words: an aside in brackets
    # or the number that ends a standard's name. Neither opens an item, a heading or a paragraph of its own.
    lines = [
        "Supplier Quality Engineer",
        "What you'll do",
        "\u2022 Audit suppliers to ISO 13485 and 21 CFR Part",
        "820",
        "\u2022 Own the supplier corrective action records in our eQMS",
        "(MasterControl)",
        "What you bring",
        "\u2022 Statistical sampling plans",
        "(ANSI Z1.4)",
        "\u2022 Six Sigma Green Belt.",
        "2026 benefits guide on request.",
    ]
    text = read_posting(write(tmp_path, "job.pdf", make_pdf(lines))).text
    assert "- Audit suppliers to ISO 13485 and 21 CFR Part 820\n" in text
    assert "- Own the supplier corrective action records in our eQMS (MasterControl)\n" in text
    assert "- Statistical sampling plans (ANSI Z1.4)\n" in text
    # A line under a bullet that ends its sentence starts afresh, number or not.
    assert "- Six Sigma Green Belt.\n" in text + "\n"


def test_a_pdf_table_of_labels_with_their_colons_and_values_that_wrap_gives_the_postings_details(
    tmp_path: Path,
) -> None:
    # A school district's job description made in Word: "Title:" in one cell, its value in the next, wrapped
    # onto a second line of its column.
    lines = ["Maple Ridge School District", "Job Description", "Title:\tGrade 4 Teacher –", "Elementary Education",
             "Location:\tBirch Street School,", "Burlington, VT", "Reports To:\tPrincipal", "Summary",
             "We teach children."]  # fmt: skip
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines, indents={3: 234, 5: 234})))
    assert "Title: Grade 4 Teacher – Elementary Education\nLocation: Birch Street School, Burlington, VT\n" in (
        posting.text
    )
    assert "Reports To: Principal" in posting.text
    details = structure.of(posting).details
    assert details.title == Detail("Grade 4 Teacher – Elementary Education", "label")


def test_a_page_printed_on_one_sheet_is_read_without_the_browsers_header_and_footer(tmp_path: Path) -> None:
    lines = [
        "12/7/26, 9:01 PM Payroll Specialist - Careers at Tidemark Credit Union",
        "Payroll Specialist",
        "Requirements",
        "3+ years of payroll experience.",
        "Powered by Paylocity · Privacy",
        "https://recruiting.example.com/Recruiting/Jobs/Details/1844217 1/1",
    ]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "Careers at" not in posting.text and "Details/1844217" not in posting.text
    assert {k.said for k in keywords(analyse_posting(posting))} == {"payroll"}


def test_a_page_a_browser_printed_names_its_employer_by_its_tab_title_not_by_a_line_of_facts_run_together(
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader, PdfWriter

    lines = [
        "Harbor Paws Animal Hospital · Careers",
        "Veterinary Technician",
        "Surgery Full time Portland, OR Posted March 3, 2025 Closes March 31,",
        "2025",
        "We are hiring a veterinary technician for our surgery team.",
        "Requirements",
        "- Two years of experience in anesthesia monitoring",
    ]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(lines, sizes={1: 22}))))
    writer.add_metadata({"/Title": "Veterinary Technician – Harbor Paws Animal Hospital"})  # the browser's tab
    printed = io.BytesIO()
    writer.write(printed)
    details = structure.of(read_posting(write(tmp_path, "job.pdf", printed.getvalue()))).details
    assert details.title == Detail("Veterinary Technician", "largest-line")
    assert details.company == Detail("Harbor Paws Animal Hospital", "tab-title")


def test_a_glyph_that_maps_to_no_character_leaves_nothing_in_the_text(tmp_path: Path) -> None:
    # Chrome prints an emoji it has no font for ("💰 $16 - $28 / hour") as a glyph whose character is U+0000: no
    # character of the posting, and before the pay it cost the range its first currency sign ("16 - $28 / hour").
    lines = ["Warehouse Associate", "\x00 $16 - $28 / hour", "\x00 Role Definition", "Move pallets safely."]
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(lines)))
    assert "\x00" not in posting.text
    assert structure.of(posting).details.salary == Detail("$16 - $28 / hour", "board-header")
