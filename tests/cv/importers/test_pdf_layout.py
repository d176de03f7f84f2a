"""Reading a PDF résumé's pieces of text: what pypdf gives, mended where it misreads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.cv.importers import pdf_layout
from tailor.cv.importers.pdf_layout import _Piece
from tailor.documents import pdf
from tests.cv.importers.resumes import Text, pdf_of_objects, raw_pdf
from tests.cv.importers.test_resume import imported


def _page(*texts: str) -> list[_Piece]:
    return [_Piece(72.0, 700.0 - 20 * n, text, 10.0, False, False, order=n) for n, text in enumerate(texts)]


def test_each_emoji_is_read_as_pdftotext_reads_it_where_pypdf_gave_another(monkeypatch: pytest.MonkeyPatch) -> None:
    # pypdf read a LibreOffice PDF's 🔥 and 🏨 as 🚀; poppler reads each right, in the same order.
    pages = [_page("Ran the on-call rotation 🚀", "Built a hotel booking platform 🚀", "Plain words")]
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran … 🔥\nBuilt … 🏨\nPlain words\n", "pdftotext"))
    mended = pdf_layout._astral_as_poppler_reads(pages, b"%PDF")
    assert [p.text for p in mended[0]] == [
        "Ran the on-call rotation 🔥",
        "Built a hotel booking platform 🏨",
        "Plain words",
    ]


def test_emoji_are_left_as_pypdf_read_them_where_pdftotext_reads_another_count_or_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = [_page("Ran the on-call rotation 🚀")]
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran 🔥 and 🏨\n", "pdftotext"))
    assert pdf_layout._astral_as_poppler_reads(pages, b"%PDF")[0][0].text == "Ran the on-call rotation 🚀"
    monkeypatch.setattr(pdf, "extract_text", lambda data: ("Ran 🔥\n", "pypdf"))
    assert pdf_layout._astral_as_poppler_reads(pages, b"%PDF")[0][0].text == "Ran the on-call rotation 🚀"


def test_a_list_that_wrapped_inside_its_last_item_goes_on_but_one_that_stopped_short_of_a_word_does_not(
    tmp_path: Path,
) -> None:
    # A line of a list parted by commas that reached the right edge with no room for the next line's first word
    # broke inside an item ("…, Microsoft" / "Excel"); one that left room for it ended where its writer chose.
    page = [
        Text(50, 800, "Owen Pritchard"),
        Text(50, 786, "owen@example.org"),
        Text(50, 758, "SKILLS"),
        Text(50, 744, "Systems: Arbor, SIMS, Google Classroom, Microsoft Teams, Seneca Learning, Educake, Microsoft"),
        Text(50, 730, "Excel"),
        Text(50, 716, "Lesson planning, Behaviour management, Curriculum design, Coaching, Marking"),
        Text(50, 702, "Agile, Scrum, Kanban"),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert "Systems: Arbor, SIMS, Google Classroom, Microsoft Teams, Seneca Learning, Educake, Microsoft Excel" in lines
    assert "Agile, Scrum, Kanban" in lines


def test_a_full_list_line_stops_before_a_label_joined_by_an_ampersand_or_a_slash(tmp_path: Path) -> None:
    # A labelled line of skills that reached the right edge is whole where the next opens with a label of its own,
    # whatever joins the label's words ("Networking & security:", "Hardware/peripherals:"): not the list's last item.
    page = [
        Text(50, 800, "Dana Okoye"),
        Text(50, 786, "dana@example.org"),
        Text(50, 758, "SKILLS"),
        Text(50, 744, "Systems: Windows 11, macOS, Active Directory, Intune, Jamf Pro, ServiceNow, Office 365, Zoom"),
        Text(50, 730, "Networking & security: VLANs, DHCP, DNS, Cisco Meraki, FortiGate, BitLocker, CrowdStrike"),
        Text(50, 716, "Hardware/peripherals: Dell Latitude, HP LaserJet, Zebra printers"),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert "Systems: Windows 11, macOS, Active Directory, Intune, Jamf Pro, ServiceNow, Office 365, Zoom" in lines
    assert "Networking & security: VLANs, DHCP, DNS, Cisco Meraki, FortiGate, BitLocker, CrowdStrike" in lines


def _sidebar_beside_work(tmp_path: Path, sidebar: list[tuple[str, float, bool]]) -> list[str]:
    """The lines read from a page whose left sidebar (the name at its top) holds ``sidebar``'s lines (text, size,
    bold), beside a column of work history."""
    side = [Text(40, 800 - 15 * n, text, size, bold=bold) for n, (text, size, bold) in enumerate(sidebar)]
    main = [Text(220, 800, "EXPERIENCE", 11, bold=True)]
    main += [
        Text(220, 784 - 15 * n, f"• Planned the routes of {n + 12} trucks a day across four states.") for n in range(8)
    ]
    return [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", side + main).read_bytes(), "cv.pdf")]


def test_a_sidebar_line_that_broke_before_a_long_word_goes_on_though_it_stops_short_of_the_edge(
    tmp_path: Path,
) -> None:
    # A word processor keeps the space where it broke a line and leaves none after a line that ends a paragraph
    # (though some lines reach the edge whole): in a narrow column a line breaks well short of the edge when the
    # next word is long ("(professional)").
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Mateo Ruiz", 20, True),
            ("CONTACT", 11, True),
            ("mateo.ruiz.logistics@example.org", 9.5, False),
            ("Laredo, TX", 9.5, False),
            ("SKILLS", 11, True),
            ("Route planning", 9.5, False),
            ("Warehouse management systems", 9.5, False),
            ("Fleet telematics and dispatch ", 9.5, False),
            ("software", 9.5, False),
            ("Inventory control", 9.5, False),
            ("LANGUAGES", 11, True),
            ("Tamil (native), English ", 9.5, False),
            ("(professional)", 9.5, False),
            ("Spanish (basic)", 9.5, False),
            ("Korean", 9.5, False),
        ],
    )
    assert "Tamil (native), English (professional)" in lines
    assert "Spanish (basic)" in lines and "Korean" in lines  # a line that ends with no space is whole


def test_a_design_tools_sidebar_rejoins_lines_it_broke_though_none_ends_with_a_space_and_an_address_overruns_it(
    tmp_path: Path,
) -> None:
    # A design tool's PDF (Canva, a browser) ends no line with a space, and an e-mail address, one word that cannot
    # wrap, runs past the sidebar's edge. A line broke where it stopped at a comma, at "&" or inside brackets, or
    # where its rest opens in lower case, when the rest's first word had no room; a line that opens a bracket is
    # the middle of one. One skill a line stays one skill a line.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Ines Varga", 20, True),
            ("CONTACT", 11, True),
            ("ines.varga.studio.portfolio@example.org", 9.5, False),
            ("SKILLS", 11, True),
            ("Editorial Layout Design", 9.5, False),
            ("Motion Graphics", 9.5, False),
            ("Adobe Creative Cloud", 9.5, False),
            ("(Premiere, Audition,", 9.5, False),
            ("Lightroom, Animate, Media", 9.5, False),
            ("Encoder)", 9.5, False),
            ("Color grading and", 9.5, False),
            ("calibration", 9.5, False),
            ("EDUCATION", 11, True),
            ("BA, Visual Communication", 9.5, True),
            ("Academy of Arts & Crafts &", 9.5, False),
            ("Design", 9.5, False),
        ],
    )
    assert "Adobe Creative Cloud (Premiere, Audition, Lightroom, Animate, Media Encoder)" in lines
    assert "Color grading and calibration" in lines
    assert "Academy of Arts & Crafts & Design" in lines
    assert lines[lines.index("SKILLS") + 1 :][:2] == ["Editorial Layout Design", "Motion Graphics"]


def test_a_sidebar_list_whose_entries_open_with_their_year_joins_each_entrys_wrapped_rest_whatever_its_case(
    tmp_path: Path,
) -> None:
    # A design tool's sidebar lists honours each after its year and a dash; an entry that wrapped goes on in capitals
    # (the award's name), with no space at the break and room left for a short word: a line under an entry that
    # opens with its year, itself opening with none, in the entry's look, is its rest.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Ines Varga", 20, True),
            ("HONORS", 11, True),
            ("2023 — Best Regional Feature", 9.5, False),
            ("Photography, Gold, Lakes Guild", 9.5, False),
            ("2021 — Designer of the Year", 9.5, False),
            ("2019 — Best Poster Series, Silver", 9.5, False),
            ("Award, Harbor Art Directors", 9.5, False),
            ("LANGUAGES", 11, True),
            ("English", 9.5, False),
            ("Hungarian", 9.5, False),
        ],
    )
    assert "2023 — Best Regional Feature Photography, Gold, Lakes Guild" in lines
    assert "2021 — Designer of the Year" in lines
    assert "2019 — Best Poster Series, Silver Award, Harbor Art Directors" in lines
    assert lines[lines.index("LANGUAGES") + 1 :][:2] == ["English", "Hungarian"]


def test_a_bold_title_over_a_plain_line_in_a_narrow_column_stays_apart_though_it_reaches_the_edge(
    tmp_path: Path,
) -> None:
    # A credential in bold over the school that gave it, the bold line as wide as the column: two lines, not one,
    # though the school's name opens in lower case.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Mateo Ruiz", 20, True),
            ("CONTACT", 11, True),
            ("mateo.ruiz@example.org", 9.5, False),
            ("Laredo, TX", 9.5, False),
            ("EDUCATION", 11, True),
            ("Supply Chain Analytics MicroMasters", 9.5, True),
            ("edX (MITx), 2021", 9.5, False),
            ("Certificate in Freight Brokerage,", 9.5, True),
            ("edX (Georgia Tech), 2019", 9.5, False),
            ("SKILLS", 11, True),
            ("Route planning", 9.5, False),
            ("Inventory control", 9.5, False),
        ],
    )
    assert lines[lines.index("EDUCATION") + 1 :][:2] == ["Supply Chain Analytics MicroMasters", "edX (MITx), 2021"]
    assert "Certificate in Freight Brokerage, edX (Georgia Tech), 2019" in lines  # the bold line goes on past its comma


@pytest.mark.parametrize(
    ("headline", "joined"),
    [
        ("Warehouse Operations Supervisor | Inventory Control | Cycle Counts | Lean & Safety", True),
        ("Operations Supervisor", False),  # a short centred line ends where its writer chose
    ],
)
def test_a_centred_headline_that_wrapped_is_one_line_with_its_rest(tmp_path: Path, headline: str, joined: bool) -> None:
    # A centred line reaches no edge: it wrapped where it started as far in as a centred line that fills the text.
    def centred(y: float, text: str, size: float = 11.0, bold: bool = False) -> Text:
        return Text(302.8 - pdf_layout._width(text, size) / 2, y, text, size, bold=bold)

    page = [
        centred(800, "Marta Keller", 18, bold=True),
        centred(780, "marta@example.org | (815) 555-0190"),
        centred(760, headline, bold=True),
        centred(746, "Leadership", bold=True),
        Text(50, 720, "EXPERIENCE", 12, bold=True),
    ]
    bullet = (
        "• Planned the routes and loads of {} trucks a day across four states for the region's stores and its depots"
    )
    page += [Text(50, 704 - 14 * n, bullet.format(n + 12), 10.5) for n in range(5)]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    expected = [f"{headline} Leadership"] if joined else [headline, "Leadership"]
    assert lines[2 : 4 - joined] == expected


@pytest.mark.parametrize("indent", [9.0, 0.0])
def test_a_grid_of_list_items_where_only_some_cells_wrap_joins_each_rest_to_its_own_cell(
    tmp_path: Path, indent: float
) -> None:
    # A table of competencies where one cell of a row wrapped and the others did not: the line under holds that
    # cell's rest alone, under its text or its mark; it is no skill of its own.
    page = [
        Text(50, 800, "Rafael Quintero"),
        Text(50, 786, "rafael@example.org"),
        Text(50, 758, "CORE COMPETENCIES"),
        Text(50, 742, "\u2022 Grievance Handling &"),
        Text(230, 742, "\u2022 Payroll Audits"),
        Text(410, 742, "\u2022 Succession Planning"),
        Text(50 + indent, 730, "Arbitration"),
        Text(50, 716, "\u2022 Onboarding"),
        Text(230, 716, "\u2022 Coaching"),
        Text(410, 716, "\u2022 Wage & Hour Compliance"),
        Text(410 + indent, 704, "Recordkeeping"),
        Text(50, 690, "\u2022 Payroll"),
        Text(230, 690, "\u2022 HRIS Reporting"),
        Text(410, 690, "\u2022 Policy Writing"),
        Text(50, 676, "Fluent in Spanish"),
        Text(50, 652, "EXPERIENCE"),
        Text(50, 638, "HR Manager, Osprey Foods, Tulsa, OK"),
        Text(480, 638, "2018 \u2013 Present"),
        Text(50, 624, "\u2022 Ran 30 grievance hearings."),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert lines[3].split("\t") == [
        "Grievance Handling & Arbitration",
        "\u2022 Payroll Audits",
        "\u2022 Succession Planning",
    ]
    assert lines[4].split("\t") == ["Onboarding", "\u2022 Coaching", "\u2022 Wage & Hour Compliance Recordkeeping"]
    # A short line under a grid's row, which the cell above had room for, is a line of its own.
    assert "Fluent in Spanish" in lines
    assert not any(line in ("Arbitration", "Recordkeeping") for line in lines)


@pytest.mark.parametrize("indent", [9.0, 0.0])
def test_a_grid_of_list_items_whose_cells_wrap_joins_each_cells_rest_to_its_own_cell(
    tmp_path: Path, indent: float
) -> None:
    # A table of competencies, three to a row, each cell a bullet whose name wrapped: the line under holds each
    # cell's rest, under its text (a hanging indent) or under its mark (a mark typed into the cell).
    page = [
        Text(50, 800, "Dana Whitcomb"),
        Text(50, 786, "dana@example.org"),
        Text(50, 758, "CORE COMPETENCIES"),
        Text(50, 742, "\u2022 Employee Relations &"),
        Text(230, 742, "\u2022 FMLA / ADA / Leave"),
        Text(410, 742, "\u2022 Benefits Administration & Open"),
        Text(50 + indent, 730, "Investigations"),
        Text(230 + indent, 730, "Administration"),
        Text(410 + indent, 730, "Enrollment"),
        Text(50, 714, "\u2022 Payroll Audits"),
        Text(230, 714, "\u2022 Onboarding"),
        Text(410, 714, "\u2022 Coaching Managers"),
        Text(50, 700, "Systems", bold=True),
        Text(230, 700, "Reporting", bold=True),
        Text(410, 700, "Languages", bold=True),
        Text(50, 676, "EXPERIENCE"),
        Text(50, 662, "HR Generalist, Tallis Foods, Toledo, OH"),
        Text(480, 662, "2019 \u2013 Present"),
        Text(50, 648, "\u2022 Ran 30 workplace investigations."),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert lines[3].split("\t") == [
        "Employee Relations & Investigations",
        "\u2022 FMLA / ADA / Leave Administration",
        "\u2022 Benefits Administration & Open Enrollment",
    ]
    # A row in bold under a row of items is the grid's next labels, no rest of the cells above.
    assert not any("Coaching Managers Languages" in line or "Payroll Audits Systems" in line for line in lines)


def _as_word_writes(rows: list[tuple[str, str]], *, top: float = 780) -> list[Text]:
    """A page's runs as Word writes them to PDF, a row of ``rows`` to a line (15 points apart): its left text at the
    margin, a bullet ("• ...") as its glyph, a space and its text, each a run of its own, and its right text (a
    role's dates, a table's second cell) after a space of its own at the middle of the page."""
    runs: list[Text] = []
    for n, (left, right) in enumerate(rows):
        y = top - 15 * n
        if left.startswith("• "):
            runs += [Text(58, y, "•"), Text(76, y, " "), Text(76, y, left[2:])]
        else:
            runs.append(Text(58, y, left, bold=left.isupper() or bool(right)))
        if right:
            runs += [Text(306, y, " "), Text(306, y, right)]
    return runs


def test_a_page_with_a_table_whose_second_column_starts_mid_page_is_one_column_though_few_lines_cross_it(
    tmp_path: Path,
) -> None:
    # A résumé's second page in Word: a role that runs over from the first, lists whose lines cross the page's middle,
    # and a two-column skills table, its labels at the left and its values from the middle. The values and the dates
    # start at one edge, down the page, beside lines that cross it: one column with a table in it, not a sidebar
    # (Word's bullet glyphs and spaces, runs of their own, are no text that stands apart).
    rows = [
        ("Field Technician", "Mar 2015 – Jun 2017"),
        ("Harbor Utilities, Tacoma, WA", ""),
        ("• Serviced 300 water meters a month and logged every repair in the work-order system.", ""),
        ("• Trained four new hires on confined-space entry, lockout/tagout and trench safety.", ""),
        ("LICENCES", ""),
        ("• Water Distribution Manager 2 (WDM2), licence no. 40312", ""),
        ("• Backflow Assembly Tester, cert. no. BAT-7731", ""),
        ("SKILLS", ""),
        ("Field tools", "Leak correlators, ground microphones, GPS units"),
        ("Software", "Esri ArcGIS Field Maps, Cityworks, Excel"),
        ("Safety", "Confined-space entry, trench shoring"),
        ("Vehicles", "Class B CDL, vactor trucks, backhoes"),
        ("Records", "Work orders, meter logs, SCADA"),
        ("AWARDS", ""),
        ("• Employee of the Year, Harbor Utilities, 2016", ""),
        ("• Volunteer, Tacoma Water Festival, 2014 – 2016, water-safety booth", ""),
    ]
    page = _as_word_writes(rows)
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert "Software\tEsri ArcGIS Field Maps, Cityworks, Excel" in lines
    assert "Field Technician\tMar 2015 – Jun 2017" in lines


def test_a_profile_pdf_a_browser_printed_joins_what_wrapped_in_both_columns(tmp_path: Path) -> None:
    # A browser ends no line with a space. A headline wrapped before its separator; a description typed with "- "
    # before each item wrapped under the dash; the sidebar broke a credential after its dash and before its short
    # form. Each line under those is the rest of the line above; the items' own lines stay apart.
    side = [
        Text(40, 800, "Contact", 12, bold=True),
        Text(40, 785, "marcus.delgado@example.org", 9.5),
        Text(40, 760, "Certifications", 12, bold=True),
        Text(40, 745, "Professional Engineer (PE) -", 9.5),
        Text(40, 733, "Texas", 9.5),
        Text(40, 721, "Certified Floodplain Manager", 9.5),
        Text(40, 709, "(CFM)", 9.5),
        Text(40, 697, "OSHA 30-Hour Construction", 9.5),
    ]
    work = [
        "- Managed civil design for 14 multifamily projects, coordinating with architects.",
        "- Designed detention ponds and storm sewer networks and modeled them in HEC-HMS.",
        "- Prepared TCEQ Water Pollution Abatement Plans and SWPPPs for the Edwards",
        "Aquifer recharge zone sites.",
        "- Mentored four EITs through PE exam preparation.",
        "City of Round Rock",
        "Project Engineer",
    ]
    main = [
        Text(200, 800, "Marcus Delgado", 20, bold=True),
        Text(200, 780, "Senior Civil Engineer at Halvorsen Partners | Land Development | Stormwater", 10),
        Text(200, 767, "| Drainage Design", 10),
        Text(200, 745, "Experience", 14, bold=True),
    ]
    main += [Text(200, 728 - 13 * n, text, 10) for n, text in enumerate(work)]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", side + main).read_bytes(), "cv")]
    assert "Senior Civil Engineer at Halvorsen Partners | Land Development | Stormwater | Drainage Design" in lines
    rest = "Aquifer recharge zone sites."
    assert f"Prepared TCEQ Water Pollution Abatement Plans and SWPPPs for the Edwards {rest}" in lines
    assert lines[lines.index("Mentored four EITs through PE exam preparation.") + 1 :][:2] == [
        "City of Round Rock",
        "Project Engineer",
    ]
    assert "Professional Engineer (PE) - Texas" in lines
    assert "Certified Floodplain Manager (CFM)" in lines
    assert "OSHA 30-Hour Construction" in lines


def test_a_grid_cells_rest_in_capitals_that_closes_its_bracket_joins_its_cell(tmp_path: Path) -> None:
    # An acronym that closes the bracket its cell opened ("… (Ford Q1, GM" over "BIQS)") is the cell's rest, no
    # heading in capitals: it joins its cell, not the row's last one.
    page = [
        Text(50, 800, "Odalys Brenner"),
        Text(50, 786, "odalys@example.org"),
        Text(50, 758, "CORE COMPETENCIES"),
        Text(50, 742, "\u2022 Customer Quality (Ford Q1, GM"),
        Text(250, 742, "\u2022 Minitab"),
        Text(420, 742, "\u2022 LPA Audits"),
        Text(59, 730, "BIQS)"),
        Text(50, 706, "EXPERIENCE"),
        Text(50, 692, "Quality Engineer, Osprey Stamping, Tulsa, OK"),
        Text(480, 692, "2018 \u2013 Present"),
        Text(50, 678, "\u2022 Ran 30 layered process audits a month."),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert lines[3].split("\t") == [
        "Customer Quality (Ford Q1, GM BIQS)",
        "\u2022 Minitab",
        "\u2022 LPA Audits",
    ]


def test_a_list_whose_bullets_a_web_browser_drew_as_discs_reads_as_a_list(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Rosa Vidal", 16, bold=True),
        Text(50, 770, "Experience", 13, bold=True),
        Text(50, 750, "Court Interpreter, Harbor County Superior Court", 11, bold=True),
        Text(420, 750, "2019 – Present"),
        Text(62, 734, "Interpreted at arraignments, trials and sentencing hearings."),
        Text(62, 720, "Sight-translated plea forms and probation orders."),
    ]
    discs = [(55.0, 737.5, 1.6), (55.0, 723.5, 1.6)]  # a disc before each item, at its line's height
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", page, discs=discs))
    assert [b.text for b in cv.experience[0].bullets] == [
        "Interpreted at arraignments, trials and sentencing hearings.",
        "Sight-translated plea forms and probation orders.",
    ]
    assert not [note for note in draft.notes if "paragraphs, not list items" in note.message]


def test_a_drawn_dot_between_two_pieces_of_a_line_is_a_separator_and_no_bullet() -> None:
    pieces = [
        _Piece(50.0, 786.0, "rosa@example.com", 10.0, False, False, order=0),
        _Piece(150.0, 786.0, "Madison, WI", 10.0, False, False, order=1),
        _Piece(62.0, 734.0, "Interpreted at arraignments.", 10.0, False, False, order=2),
        _Piece(62.0, 720.0, "• Sight-translated plea forms.", 10.0, False, False, order=3),
    ]
    shapes = [(140.4, 787.9, 143.6, 791.1), (53.4, 735.9, 56.6, 739.1), (53.4, 721.9, 56.6, 725.1), (5, 5, 500, 6)]
    got = pdf_layout._with_drawn_bullets(pieces, shapes)
    assert [p.text for p in got] == [
        "rosa@example.com",
        "Madison, WI",
        "• ",
        "Interpreted at arraignments.",
        "• Sight-translated plea forms.",  # a glyph of its own already: none added
    ]


def test_a_drawn_disc_opens_its_item_though_a_sidebar_beside_it_has_text_on_the_same_baseline() -> None:
    # A browser's two-column page: the sidebar's "2016" shares its baseline with the main column's second item.
    pieces = [
        _Piece(22.0, 734.0, "Hocking College", 8.6, False, False, width=68.0, order=0),
        _Piece(230.0, 734.0, "Served on the quality committee.", 9.0, False, False, width=140.0, order=1),
        _Piece(22.0, 720.0, "2016", 8.6, False, False, width=22.0, order=2),
        _Piece(230.0, 720.0, "Named Medic of the Year 2018.", 9.0, False, False, width=130.0, order=3),
    ]
    shapes = [(219.7, 735.5, 222.7, 738.5), (219.7, 721.5, 222.7, 724.5)]
    got = pdf_layout._with_drawn_bullets(pieces, shapes)
    assert [p.text for p in got] == [
        "Hocking College",
        "• ",
        "Served on the quality committee.",
        "2016",
        "• ",
        "Named Medic of the Year 2018.",
    ]


def test_skills_each_set_on_a_chip_of_its_own_are_each_a_skill_though_the_chips_stand_close(tmp_path: Path) -> None:
    # A design tool's sidebar: each skill on a filled rounded box, three or two to a row, a little over an em apart.
    # A name may open with a number and a hyphened word ("12-Lead ECG") as one opens with "3D".
    rows = [["12-Lead ECG", "Splinting", "CPAP"], ["Airway Mgmt", "IO Access"], ["Cardiac Monitoring"]]
    page = [
        Text(50, 800, "Noor Haddad", 16, bold=True),
        Text(50, 770, "EXPERIENCE", 13, bold=True),
        Text(50, 750, "Paramedic, Harbor County EMS", 11, bold=True),
        Text(420, 750, "2019 – Present"),
        Text(50, 734, "- Ran 2,000 calls a year on an ALS unit."),
        Text(50, 700, "SKILLS", 13, bold=True),
    ]
    boxes = []
    for n, row in enumerate(rows):
        x, y = 50.0, 680.0 - 16 * n
        for name in row:
            width = 0.5 * 8 * len(name)  # about Helvetica's width at 8 points
            page.append(Text(x + 4, y, name, 8))
            boxes.append((x, y - 3, x + width + 8, y + 8))
            x += width + 8 + 3
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page, boxes=boxes))
    names = ["12-Lead ECG", "Splinting", "CPAP", "Airway Mgmt", "IO Access", "Cardiac Monitoring"]
    assert [skill.name for skill in cv.skills] == names


def test_a_grid_of_skills_in_two_columns_without_marks_reads_a_skill_a_cell_its_wrapped_rest_joined(
    tmp_path: Path,
) -> None:
    # A design tool's sidebar sets its skills in two columns an em or so apart, a cell's name wrapping onto a line
    # closer under it than the grid's rows stand apart; a line after the grid, further down, is no cell's rest.
    page = [
        Text(50, 800, "Noor Haddad", 16, bold=True),
        Text(50, 770, "EXPERIENCE", 13, bold=True),
        Text(50, 750, "Paramedic, Harbor County EMS", 11, bold=True),
        Text(420, 750, "2019 – Present"),
        Text(50, 734, "- Ran 2,000 calls a year on an ALS unit."),
        Text(50, 700, "SKILLS", 13, bold=True),
    ]
    cells = [
        ("12-Lead ECG", ["IV Access"]),
        ("RSI", ["Airway Mgmt"]),
        ("CPAP", ["Cardiac", "Monitoring"]),
        ("Trauma", "Assessment"),
        ("Fire Suppression", ["ImageTrend"]),
    ]
    y = 684.0
    for left, right in cells:
        lefts = [left] if isinstance(right, list) else [left, right]
        rights = right if isinstance(right, list) else ["Triage"]
        for n in range(max(len(lefts), len(rights))):
            if n < len(lefts):
                page.append(Text(50, y - 10.5 * n, lefts[n], 8.6))
            if n < len(rights):
                page.append(Text(131, y - 10.5 * n, rights[n], 8.6))
        y -= 10.5 * max(len(lefts), len(rights)) + 3
    page.append(Text(50, y - 4, "Spanish (conversational)", 8.6))
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [skill.name for skill in cv.skills] == [
        "12-Lead ECG", "IV Access", "RSI", "Airway Mgmt", "CPAP", "Cardiac Monitoring", "Trauma Assessment", "Triage",
        "Fire Suppression", "ImageTrend",
    ]  # fmt: skip
    assert [language.name for language in cv.languages] == ["Spanish"]


def test_a_line_that_opens_with_a_slash_or_an_ampersand_is_the_rest_of_the_item_above(tmp_path: Path) -> None:
    # An item typed with "- " before it wraps under its dash, so its rest stands where the next item's dash does:
    # a rest that opens with the slash or the "&" between two names ("… MC-331" / "/ DOT-412 trailer") could open no
    # item or entry of its own, whatever its case.
    work = [
        "- Hauled propane and anhydrous ammonia to farm co-ops across three counties with an MC-331",
        "/ DOT-412 trailer (9,500 gal)",
        "- Ran the yard's pre-trip checks and trained two new drivers in rack loading, meters and Lockout",
        "& Tagout procedures",
        "- Kept a clean MVR for eleven years.",
    ]
    page = [
        Text(50, 800, "Verna Haskett", 20, bold=True),
        Text(50, 760, "Work Experience", 13, bold=True),
        Text(50, 742, "Bulk Driver", 11, bold=True),
        Text(50, 728, "Cedar Valley Gas - Ames, IA", 10),
        Text(50, 714, "May 2015 to Present", 10),
    ]
    page += [Text(50, 700 - 13 * n, text, 10) for n, text in enumerate(work)]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv")]
    assert lines[-3:] == [
        "Hauled propane and anhydrous ammonia to farm co-ops across three counties with an MC-331 / DOT-412 trailer"
        " (9,500 gal)",
        "Ran the yard's pre-trip checks and trained two new drivers in rack loading, meters and Lockout & Tagout"
        " procedures",
        "Kept a clean MVR for eleven years.",
    ]


def test_a_bullet_glyph_set_apart_from_its_item_with_no_space_between_still_opens_a_bullet(tmp_path: Path) -> None:
    # LaTeX writes no space characters: moderncv sets each item's glyph (read as "{") an em left of its text, the
    # two pieces with nothing between them. The glyph is the item's bullet, not the first letter of its text.
    page = [
        Text(50, 800, "Lena Berg"),
        Text(50, 786, "lena@example.org"),
        Text(150, 758, "Experience", 13),
        Text(72, 740, "2021–present"),
        Text(150, 740, "Research Scientist, Fernwood Institute, Boston, MA"),
        Text(159, 724, "{"),
        Text(170, 724, "Designed a pooled screen of 2,000 guides in primary fibroblasts."),
        Text(159, 710, "{"),
        Text(170, 710, "Mentored two graduate students."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    (role,) = cv.experience
    assert [b.text for b in role.bullets] == [
        "Designed a pooled screen of 2,000 guides in primary fibroblasts.",
        "Mentored two graduate students.",
    ]


def test_a_word_hyphenated_at_a_line_s_end_is_joined_whole_where_it_is_a_word_and_a_compound_keeps_its_hyphen(
    tmp_path: Path,
) -> None:
    # LaTeX hyphenates justified text ("per-" / "turbation"), with the same hyphen a compound has ("high-" / "titer").
    # A word the word list knows, or that the page itself writes whole elsewhere, is one word; any other stays
    # hyphenated, and either way no space is put inside it.
    page = [
        Text(50, 800, "Lena Berg"),
        Text(50, 786, "lena@example.org"),
        Text(50, 758, "Experience", 13),
        Text(50, 740, "Research Scientist, Fernwood Institute, Boston, MA\t2021 – 2024"),
        Text(50, 724, "• Ran an arrayed per-\n"),  # as pypdf ends a line of a paragraph set as one text
        Text(60, 712, "turbation screen of 150 enhancers."),
        Text(50, 698, "• Identi-"),
        Text(60, 686, "fied 24 regulators of assembly."),
        Text(50, 672, "• Produced high-\n"),
        Text(60, 660, "titer lentivirus for the core."),
        Text(50, 632, "Publications", 13),
        Text(50, 614, "Enhancer perturbation in human cells. Cell Reports. 2023."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [b.text for b in cv.experience[0].bullets] == [
        "Ran an arrayed perturbation screen of 150 enhancers.",
        "Identified 24 regulators of assembly.",
        "Produced high-titer lentivirus for the core.",
    ]


def test_a_dash_set_close_to_the_word_before_it_at_a_line_s_end_joins_the_next_line_with_no_space(
    tmp_path: Path,
) -> None:
    # A word processor breaks a line after an en dash of a range ("80–" / "500") or a closed-up em dash ("quota—" /
    # "every"), as after a hyphen: the text goes on with no space, and the dash stays (it is no layout's hyphen).
    page = [
        Text(50, 800, "Ravi Quintero"),
        Text(50, 786, "ravi@example.org"),
        Text(50, 758, "Experience", 13),
        Text(50, 740, "Territory Manager, Lindqvist Tools, Omaha, NE\t2019 – 2024"),
        Text(50, 724, "• Covered 80–\n"),  # as pypdf ends a line of a paragraph set as one text
        Text(60, 712, "120 hardware stores across three states."),
        Text(50, 698, "• Beat the regional quota—"),
        Text(60, 686, "every quarter of 2022."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [b.text for b in cv.experience[0].bullets] == [
        "Covered 80–120 hardware stores across three states.",
        "Beat the regional quota—every quarter of 2022.",
    ]


def _type0_pdf(path: Path, text: str, widths: dict[str, int], default: int | None) -> Path:
    """A one-line PDF set in a composite (Type0) font, as Chrome writes one: two bytes a glyph, a map to Unicode, and
    a widths array that lists only ``widths`` (each other glyph has ``default``, the font's ``/DW``, or none)."""
    chars = sorted(set(text))
    code = {char: n + 1 for n, char in enumerate(chars)}
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n"
        + "".join(f"<{code[c]:04X}> <{ord(c):04X}>\n" for c in chars)
        + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    listed = " ".join(f"{code[c]} [{w}]" for c, w in widths.items())
    dw = f" /DW {default}" if default is not None else ""
    shown = "".join(f"{code[c]:04X}" for c in text)
    content = f"BT /F1 10 Tf 1 0 0 1 72 700 Tm <{shown}> Tj ET\n".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Arial /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Arial /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /CIDToGIDMap /Identity /W [%s]%s >>" % (listed.encode(), dw.encode()),
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    return pdf_of_objects(path, objects)


@pytest.mark.parametrize(("default", "each"), [(500, 500), (None, 1000)])
def test_a_composite_fonts_glyphs_its_widths_leave_out_are_measured_at_its_default_width(
    tmp_path: Path, default: int | None, each: int
) -> None:
    # Chrome's PDFs list in a font's widths only the glyphs whose width is not the font's default: Arial's "c", "s"
    # and "y" are 500 and are left out. They are as wide as the default says (1000 where the font states none), so a
    # line of them is measured, not estimated.
    path = _type0_pdf(tmp_path / "cv.pdf", "Wes cys", {"W": 944, "e": 556, " ": 278}, default)
    (piece,) = [p for p in pdf_layout._pdf_pieces(path.read_bytes(), "cv.pdf")[0] if p.text.strip()]
    assert piece.width == pytest.approx((944 + 556 + 278 + 4 * each) * 10 / 1000)


def test_a_headline_of_pieces_that_wrapped_inside_a_piece_is_one_line_and_one_that_stopped_short_is_not(
    tmp_path: Path,
) -> None:
    # A browser ends no line with a space. A headline of pieces parted by bars and bullets that had no room left for
    # the next line's first word broke inside a piece ("… • Talent" / "Management • …"), which it writes in title
    # case; a line of pieces that stopped with room to spare ended where its writer chose.
    page = [
        Text(200, 800, "Keira Holloway", 24),
        Text(200, 776, "Senior HR Business Partner | Employee Relations • Talent", 12),
        Text(200, 761, "Management • Org Effectiveness | Healthcare & Logistics", 12),
        Text(200, 746, "Columbus, Ohio, United States", 12),
        Text(200, 720, "Experience", 15),
        Text(200, 700, "Led employee relations investigations and coached nurse managers on PIPs.", 10),
        Text(200, 660, "Skills", 15),
        Text(200, 640, "Workday | Glint | Excel", 10),
        Text(200, 626, "Succession Planning | Talent Reviews", 10),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv")]
    headline = "Senior HR Business Partner | Employee Relations • Talent Management • Org Effectiveness"
    assert f"{headline} | Healthcare & Logistics" in lines
    assert "Columbus, Ohio, United States" in lines
    assert lines[-2:] == ["Workday | Glint | Excel", "Succession Planning | Talent Reviews"]


def _as_pdftex_writes(path: Path, lines: list[str], *, second: str = "ABCDEF+CMBX9") -> Path:
    """A page set as pdfTeX writes one: one text object, each line moved to with ``Td`` from the one before, each run
    a ``TJ`` of words parted by kerns (TeX writes no space characters), in Type1 fonts whose widths the PDF gives
    (every glyph 500 thousandths of an em): ``/F1`` is Computer Modern's roman (CMR9), ``/F2`` is ``second``.
    ``lines`` are content-stream fragments of the form ``[(A)-333(B)]TJ``."""
    widths = " ".join(["500"] * 95)
    content = ("BT /F1 9 Tf 46.8 700 Td\n" + "\n0 -12 Td\n".join(lines) + "\nET\n").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    objects += [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar 126 /Widths [%s] "
        b"/Encoding /WinAnsiEncoding >>" % (font.encode(), widths.encode())
        for font in ("ABCDEF+CMR9", second)
    ]
    return pdf_of_objects(path, objects)


def test_a_run_latex_moves_to_the_right_margin_in_the_same_font_is_a_column_of_its_own(tmp_path: Path) -> None:
    # Jake's résumé template sets each employer over its place ("Quorra Software" ⇥ "Cambridge, MA") as one row of a
    # tabular stretched to the page, both in italics: two runs of one font, the second moved to the margin with a Td
    # or a kern as wide as the gap. pypdf reads them as one piece joined by a space, "Quorra Software Cambridge, MA";
    # the place is a column of its own, as the dates beside a bold title in another font are.
    path = _as_pdftex_writes(
        tmp_path / "cv.pdf",
        [
            "[(Quorra)-367(Softw)28(are)]TJ 474.7 0 Td [(Cam)28(bridge,)-367(MA)]TJ -474.7 0 Td",
            "[(Bac)28(helor)-367(of)-367(Arts,)-367(Economics)-42000(Aug)-333(2010)-333(-)-333(Ma)28(y)-333(2014)]TJ",
            "[(Shipp)28(ed)-367(the)-367(scheduling)-367(engine)-367(to)-367(900)-367(accounts.)]TJ",
        ],
    )
    lines = [line.text for line in pdf_layout.read_pdf(path.read_bytes(), "cv.pdf")]
    assert lines == [
        "Quorra Software\tCambridge, MA",
        "Bachelor of Arts, Economics\tAug 2010 - May 2014",
        "Shipped the scheduling engine to 900 accounts.",
    ]


@pytest.mark.parametrize(
    ("font", "marked"),
    [
        ("KNXCPU+CMBX9", "Cut logo churn **2.1 pts** in a year"),
        ("QWERTY+SFBX0900", "Cut logo churn **2.1 pts** in a year"),
        ("PQQMQU+CMTI9", "Cut logo churn *2.1 pts* in a year"),
        ("AAAAAA+LMRomanSlant9-Regular", "Cut logo churn *2.1 pts* in a year"),
    ],
)
def test_latex_bold_and_italic_runs_are_read_as_such_by_the_names_tex_gives_its_fonts(
    tmp_path: Path, font: str, marked: str
) -> None:
    # A LaTeX PDF names its fonts as TeX does: Computer Modern's bold extended is CMBX, its text italic CMTI, and
    # cm-super's are SFBX and SFTI. A bullet's bold figures ("\\textbf{2.1 pts}") are bold, kept as the CV's emphasis.
    path = _as_pdftex_writes(
        tmp_path / "cv.pdf",
        [
            "[(Cut)-333(logo)-333(c)28(h)28(urn)]TJ /F2 9 Tf 63 0 Td [(2.1)-333(pts)]TJ "
            "/F1 9 Tf 33 0 Td [(in)-333(a)-333(y)28(ear)]TJ"
        ],
        second=font,
    )
    (line,) = pdf_layout.read_pdf(path.read_bytes(), "cv.pdf")
    assert line.marked == marked


def test_a_table_of_competencies_in_three_columns_without_header_or_rules_reads_a_skill_a_cell_each_rest_joined(
    tmp_path: Path,
) -> None:
    # A Word template's "Core Competencies": a table of three columns, no header row, no rules, no marks, written
    # cell by cell. A full cell stands closer to the next than a column's gap, a cell's name wraps onto a line of its
    # own (in the first row too), and a row whose third cell wrapped is still one row of three.
    page = [
        Text(58, 800, "Marisol Vance", 16, bold=True),
        Text(58, 770, "CORE COMPETENCIES", 11, bold=True),
    ]
    rows = [
        ("Quality Assurance", ["Supplier Development and", "Auditing"], "Lean Manufacturing"),
        (["Root Cause Analysis and", "CAPA"], ["Statistical Process", "Control"], ["Gauge Calibration and", "MSA"]),
        ("Blueprint Reading", "ISO 9001 Internal Audits", "Kaizen Events"),
        ("Team Leadership", "Vendor Scorecards", "PPAP, APQP & FMEA"),
    ]
    y = 750.0
    for row in rows:
        for x, cell in zip((58, 202, 346), row, strict=True):
            for n, text in enumerate([cell] if isinstance(cell, str) else cell):
                page.append(Text(x, y - 13 * n, text))
        y -= 13 * max(1 if isinstance(cell, str) else len(cell) for cell in row) + 10
    page += [
        Text(58, y - 10, "EXPERIENCE", 11, bold=True),
        Text(58, y - 30, "Quality Manager, Dalton Fabrication – Akron, OH", bold=True),
        Text(460, y - 30, "2016 – Present", bold=True),
        Text(58, y - 45, "• Cut scrap 31% in two years with SPC on three stamping lines."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [skill.name for skill in cv.skills] == [
        "Quality Assurance", "Supplier Development and Auditing", "Lean Manufacturing", "Root Cause Analysis and CAPA",
        "Statistical Process Control", "Gauge Calibration and MSA", "Blueprint Reading", "ISO 9001 Internal Audits",
        "Kaizen Events", "Team Leadership", "Vendor Scorecards", "PPAP", "APQP", "FMEA",
    ]  # fmt: skip
    assert not any(skill.group for skill in cv.skills)  # no cell labels the cells beside it
    assert [role.role for role in cv.experience] == ["Quality Manager"]


def test_a_title_and_its_dates_that_wrapped_together_are_one_line_each_rest_after_its_own_column(
    tmp_path: Path,
) -> None:
    # A résumé builder sets a role's title in a column beside its dates at the right margin; a long title wraps in its
    # column, and so does the span, broken after its dash ("06/2017 -" over "02/2020"). The line under holds both
    # rests: the title's rest goes on the title, the span's end on its start, and the role is one role.
    def role(y: float, title: str, dates: str, rest: tuple[str, str] | None = None) -> list[Text]:
        texts = [Text(60, y, title, 10, bold=True), Text(470, y, dates, 9)]
        if rest:
            texts += [Text(60, y - 12, rest[0], 10, bold=True), Text(470, y - 12, rest[1], 9)]
        return texts

    page = [Text(60, 800, "Dana Ortiz", 20, bold=True), Text(60, 770, "WORK HISTORY", 12, bold=True)]
    page += role(750, "Territory Manager, Spine", "03/2020 - Current")
    page += [Text(60, 738, "Halcyon Spine – Columbus, OH"), Text(66, 724, "• Grew the territory to $4.1M in sales.")]
    page += role(700, "Associate Sales Representative, Joint", "06/2017 -", ("Reconstruction", "02/2020"))
    page += [Text(60, 676, "Meridian Orthopedics – Columbus, OH"), Text(66, 662, "• Covered 400 joint cases a year.")]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert "Associate Sales Representative, Joint Reconstruction\t06/2017 - 02/2020" in lines
    assert "Territory Manager, Spine\t03/2020 - Current" in lines
    assert "Reconstruction\t02/2020" not in lines


def test_a_sidebar_line_cut_after_a_dash_goes_on_with_the_date_alone_under_it(tmp_path: Path) -> None:
    # A résumé builder's sidebar dates each credential or award after a dash ("…, ACMA – 2014"); a narrow column
    # breaks the line after the dash, leaving the year alone on the next. The dash asks for more: the year is the
    # rest of its line, not a line of its own. A year under a line that ends whole stays a line of its own.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Dana Ortiz", 20, True),
            ("CERTIFICATIONS", 11, True),
            ("Certified Medical Representative (CMR), ACMA –", 9.5, False),
            ("2014", 9.5, False),
            ("Challenger Sale Certified – 2019", 9.5, False),
            ("AWARDS", 11, True),
            ("Regional Rookie of the Year –", 9.5, False),
            ("May 2018", 9.5, False),
            ("President's Club", 9.5, False),
            ("2021", 9.5, False),
        ],
    )
    assert "Certified Medical Representative (CMR), ACMA – 2014" in lines
    assert "Regional Rookie of the Year – May 2018" in lines
    assert lines[lines.index("Challenger Sale Certified – 2019") + 1] == "AWARDS"
    assert lines[lines.index("President's Club") + 1] == "2021"


@pytest.mark.parametrize(
    ("headline", "joined"),
    [
        (["Medical Device Sales", "Representative"], "Medical Device Sales Representative"),
        (["Sales Leader", "Mentor"], None),  # "Mentor" had room after "Sales Leader": two lines
    ],
)
def test_a_sidebar_headline_in_a_look_of_its_own_that_wrapped_is_one_line(
    tmp_path: Path, headline: list[str], joined: str | None
) -> None:
    # A résumé builder sets the headline under the name in a type no other line of the sidebar has, and a browser's
    # PDF ends no line with a space: a headline that had no room for its next word wrapped, whatever its case.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Dana Ortiz", 20, True),
            *[(part, 10.5, False) for part in headline],
            ("CONTACT", 11, True),
            ("dana.ortiz@example.org", 9, False),
            ("SKILLS", 11, True),
            ("Salesforce & Veeva CRM, Vendormate", 9, False),
            ("Territory Management", 9, False),
        ],
    )
    if joined:
        assert joined in lines
    else:
        assert all(part in lines for part in headline)


def test_a_sidebar_label_over_the_list_it_labels_is_one_line(tmp_path: Path) -> None:
    # A narrow column breaks after a label's colon and sets its list below ("Vendor credentialed:" over "Vendormate,
    # Reptrax, Symplr"): the label and its list are one line, as the résumé means them. A label over a sentence, or
    # over one name, stays a line of its own.
    lines = _sidebar_beside_work(
        tmp_path,
        [
            ("Dana Ortiz", 20, True),
            ("CONTACT", 11, True),
            ("dana.ortiz@example.org", 9, False),
            ("Columbus, OH", 9, False),
            ("CERTIFICATIONS", 11, True),
            ("Challenger Sale Certified – 2019", 9, False),
            ("Vendor credentialed:", 9, False),
            ("Vendormate, Reptrax, Symplr", 9, False),
            ("Key achievements:", 9, False),
            ("Grew the territory to $4.1M.", 9, False),
            ("Languages:", 9, False),
            ("English, Spanish, French", 9, False),
        ],
    )
    assert "Languages:" in lines and "English, Spanish, French" in lines
    assert "Vendor credentialed: Vendormate, Reptrax, Symplr" in lines
    assert "Key achievements:" in lines and "Grew the territory to $4.1M." in lines


def test_a_superscript_or_subscript_is_read_in_its_word_on_its_line_not_as_a_line_of_its_own(tmp_path: Path) -> None:
    # LaTeX writes "I\textsuperscript{2}C" and "CO\textsubscript{2}" as three runs, the middle one smaller and off
    # the baseline: read apart, the "2" ran on to the line above and the words lost it ("IC", "CO").
    page = [
        Text(50, 800, "Ines Okafor"),
        Text(50, 786, "ines@example.org"),
        Text(50, 758, "EXPERIENCE", bold=True),
        Text(50, 744, "Calibrated the gas analysers to 0.1 % accuracy."),
        Text(50, 730, "Wrote the I"),
        Text(99.5, 733.8, "2", 7),
        Text(102.7, 730, "C sensor drivers and logged CO"),
        Text(237.7, 728, "2", 7),
        Text(240.9, 730, " levels every 10 s."),
        Text(50, 716, "Ranked 1"),
        Text(86, 719.8, "st", 7),
        Text(92.3, 716, " of 40 in the regional design contest."),
    ]
    lines = [line.text for line in pdf_layout.read_pdf(raw_pdf(tmp_path / "cv.pdf", page).read_bytes(), "cv.pdf")]
    assert lines[-3:] == [
        "Calibrated the gas analysers to 0.1 % accuracy.",
        "Wrote the I2C sensor drivers and logged CO2 levels every 10 s.",
        "Ranked 1st of 40 in the regional design contest.",
    ]


def test_small_text_that_meets_no_run_where_it_ends_stays_a_line_of_its_own() -> None:
    # A footnote's small line under a paragraph, or a page number, starts at no run's end: it keeps its baseline.
    pieces = [
        _Piece(72.0, 700.0, "Holds one patent on sensor sampling.", 10.0, False, False, 160.0, order=0),
        _Piece(300.0, 696.0, "2", 7.0, False, False, 3.5, order=1),
    ]
    assert pdf_layout._scripts_on_their_line(pieces)[1].y == 696.0


def _spans_pdf(path: Path, before: str, chars: str, after: str) -> Path:
    """A one-line PDF of ``before``, ``chars`` and ``after``, ``chars`` drawn as LibreOffice draws characters it has
    no font for: every one the same missing-glyph box, which the font's map to Unicode names as the first character,
    each after the first shown inside a span whose ``/ActualText`` is the character."""
    runs = "".join(
        f"/Span << /ActualText <FEFF{ord(c):04X}> >> BDC 1 0 0 1 {126 + 6 * n} 700 Tm /F2 10 Tf <01> Tj EMC\n"
        for n, c in enumerate(chars[1:], start=1)
    )
    content = (
        f"BT /F1 10 Tf 1 0 0 1 72 700 Tm ({before}) Tj ET\n"
        f"BT 1 0 0 1 126 700 Tm /F2 10 Tf <01> Tj\n{runs}ET\n"
        f"BT /F1 10 Tf 1 0 0 1 {132 + 6 * len(chars)} 700 Tm ({after}) Tj ET\n"
    ).encode()
    return _one_glyph_font_pdf(path, content, ord(chars[0]))


def _one_glyph_font_pdf(path: Path, content: bytes, char: int) -> Path:
    """A one-page PDF of ``content``, whose font ``/F1`` is Helvetica and ``/F2`` a font of one glyph, ``<01>``, that
    its map to Unicode names as the character ``char``."""
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def\n"
        f"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar\n<01> <{char:04X}>\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSerif /FirstChar 1 /LastChar 1 /Widths [600] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    return pdf_of_objects(path, objects)


@pytest.mark.parametrize(("before", "chars", "after"), [("Greek: ", "Ελληνικά", ", native"), ("Met at ", "Київ", "")])
def test_characters_drawn_as_one_missing_glyph_read_as_the_text_each_span_gives(
    tmp_path: Path, before: str, chars: str, after: str
) -> None:
    # LibreOffice, with no font for Greek or Cyrillic, draws each letter as the same box; the font maps the box to
    # the first letter and each later one is a span whose actual text is its letter. Read glyph by glyph it was
    # "ΕΕΕΕΕΕΕΕ", words the résumé never held; each span's text is the letter it stands for.
    path = _spans_pdf(tmp_path / "cv.pdf", before, chars, after)
    text = "".join(p.text for p in sorted(pdf_layout._pdf_pieces(path.read_bytes(), "cv.pdf")[0], key=lambda p: p.x))
    assert chars in text
    assert text.replace(" ", "") == (before + chars + after).replace(" ", "")


def _ligature_pdf(path: Path, before: str, after: str) -> Path:
    """A one-line PDF of ``before`` + "fi" + ``after``, the "fi" drawn as Chrome prints a ligature: one glyph, which
    the font maps to "ﬁ", inside a span whose ``/ActualText`` is the string ``(fi)``, in PDFDocEncoding, no BOM."""
    content = (
        f"BT /F1 10 Tf 1 0 0 1 72 700 Tm ({before}) Tj ET\n"
        f"BT /Span << /ActualText (fi) >> BDC /F2 10 Tf 1 0 0 1 {72 + 5 * len(before)} 700 Tm <01> Tj EMC ET\n"
        f"BT /F1 10 Tf 1 0 0 1 {78 + 5 * len(before)} 700 Tm ({after}) Tj ET\n"
    ).encode()
    return _one_glyph_font_pdf(path, content, 0xFB01)


@pytest.mark.parametrize(("before", "after"), [("Certi", "ed Editor"), ("Led an of", "ce of four")])
def test_a_ligature_chrome_prints_reads_as_the_letters_its_actual_text_gives(
    tmp_path: Path, before: str, after: str
) -> None:
    # Chrome (Skia) draws "fi" as one glyph in a span whose actual text is "(fi)", a string in PDFDocEncoding, not
    # UTF-16: read as UTF-16 it stopped every résumé Chrome printed with a ligature ("not a PDF tailor can read").
    path = _ligature_pdf(tmp_path / "cv.pdf", before, after)
    text = "".join(p.text for p in sorted(pdf_layout._pdf_pieces(path.read_bytes(), "cv.pdf")[0], key=lambda p: p.x))
    assert text.replace(" ", "") == (before + "fi" + after).replace(" ", "")
