"""Reading a résumé's header: the name, the headline and the contact details above its first section."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.cv.importers import import_cv
from tailor.cv.importers.draft import Draft
from tailor.cv.importers.header import read_header
from tailor.cv.importers.line import Line


def _header(*lines: Line) -> dict[str, object]:
    draft = Draft({"contact": {}}, Path("resume.docx"), "a Word résumé")
    read_header(draft, list(lines))
    return draft.data


def test_a_name_set_a_word_to_a_line_by_a_break_inside_its_paragraph_is_one_name() -> None:
    # A designed Word template sets the name in a narrow sidebar, one word a line, with a line break (<w:br/>): one
    # paragraph, so its lines share its number.
    data = _header(
        Line("Tomasz", bold=True, number=1),
        Line("Wierzba-Nowak", bold=True, number=1),
        Line("Site Reliability Engineer", number=2),
    )
    assert data["contact"] == {"name": "Tomasz Wierzba-Nowak"}
    assert data["headline"] == "Site Reliability Engineer"


def test_a_name_and_a_headline_parted_by_a_break_in_one_paragraph_stay_apart() -> None:
    data = _header(Line("Tomasz Wierzba", bold=True, number=1), Line("Site Reliability Engineer", bold=True, number=1))
    assert (data["contact"], data["headline"]) == ({"name": "Tomasz Wierzba"}, "Site Reliability Engineer")


def test_a_town_its_state_s_letters_and_zip_code_written_without_a_comma_are_the_location() -> None:
    # Typed as the post office prints an address: no comma between the town and the state.
    for address, leftovers in (
        ("1418 Cass St., Joliet IL 60435", ["1418 Cass St."]),
        ("Joliet IL 60435-2210", []),
        ("212 N. Main St, Glen Ellyn IL 60137", ["212 N. Main St"]),
    ):
        draft = Draft({"contact": {}}, Path("resume.txt"), "a résumé as text")
        read_header(draft, [Line("Odile Farrant", bold=True, number=1), Line(address, number=2)])
        assert draft.data["contact"]["location"] == address.rpartition(", ")[2]
        assert draft.leftovers == leftovers
    # A line of a company's name and a code is no address.
    draft = Draft({"contact": {}}, Path("resume.txt"), "a résumé as text")
    read_header(draft, [Line("Odile Farrant", bold=True, number=1), Line("Project PA 2024", number=2)])
    assert "location" not in draft.data["contact"]


def test_the_flat_or_suite_of_a_postal_address_is_the_streets_and_the_town_after_it_is_the_location() -> None:
    draft = Draft({"contact": {}}, Path("resume.docx"), "a Word résumé")
    read_header(
        draft,
        [
            Line("Odile Farrant", bold=True, number=1),
            Line("88 W. Lakeview Ave, Apt 12C, Denver, CO 80203 • 303-555-0188 • odile@example.com", number=2),
        ],
    )
    assert draft.data["contact"]["location"] == "Denver, CO 80203"
    assert draft.leftovers == ["88 W. Lakeview Ave, Apt 12C"]  # the street kept whole for its owner
    draft = Draft({"contact": {}}, Path("resume.docx"), "a Word résumé")
    read_header(
        draft, [Line("Odile Farrant", bold=True, number=1), Line("500 Main Street, Suite 210, Austin, TX 78701")]
    )
    assert draft.data["contact"]["location"] == "Austin, TX 78701"


def test_letters_on_a_line_of_their_own_under_the_name_open_the_headline_the_next_line_gives() -> None:
    # "NRP, FF II" set under the name, then what the person is: one headline, the letters first, nothing left over.
    draft = Draft({"contact": {}}, Path("resume.pdf"), "a PDF résumé")
    read_header(
        draft,
        [
            Line("Dale Okonjo", bold=True, size=24.0),
            Line("NRP, FF II", bold=True, size=11.0),
            Line("Firefighter / Paramedic", size=10.5),
        ],
    )
    assert draft.data["headline"] == "NRP, FF II | Firefighter / Paramedic"
    assert not draft.leftovers


def test_a_title_in_capitals_under_the_name_is_the_headline_and_no_letters_that_the_next_line_joins() -> None:
    draft = Draft({"contact": {}}, Path("resume.pdf"), "a PDF résumé")
    read_header(draft, [Line("Dale Okonjo", bold=True), Line("SENIOR ACCOUNTANT"), Line("Open to new roles")])
    assert draft.data["headline"] == "SENIOR ACCOUNTANT"


def test_an_untitled_summary_wrapped_over_several_lines_is_the_summary_whole() -> None:
    # Copied out of a PDF as text, the paragraph under the name keeps the PDF's line breaks: only its last line ended
    # a sentence, so only it was read as the summary, the lines above it kept aside as comments.
    lines = [
        "Safety-minded Class A driver with eleven years and 1.1 million accident-free miles. Regional experience in",
        "six states, now local tanker work hauling propane and anhydrous ammonia. Clean MVR, no preventable",
        "accidents. Looking for home-daily work.",
    ]
    draft = Draft({"contact": {}}, Path("resume.txt"), "a résumé as text")
    read_header(
        draft,
        [
            Line("Verna Haskett", number=1),
            Line("Ames, IA 50010", number=2),
            *(Line(text, text, number=n) for n, text in enumerate(lines, start=4)),
            Line("Authorized to work in the US for any employer", number=7),
        ],
    )
    assert draft.data["summary"] == " ".join(lines)
    assert draft.data["contact"] == {"name": "Verna Haskett", "location": "Ames, IA 50010"}


def test_a_headline_whose_pieces_bars_and_dots_set_apart_stays_apart_from_the_summary_under_it() -> None:
    # Eleven words that end no sentence, right over the summary's paragraph in the same look: still the headline,
    # for no paragraph wraps at a bar or a dot.
    headline = "Senior Hydrogeologist | Site Assessment • Remediation • Environmental Permitting"
    summary = "Licensed geologist with twelve years of site assessment and remediation for industrial clients."
    data = _header(
        Line("Dana Whitfield", bold=True, number=1),
        Line(headline, headline, number=2),
        Line(summary, summary, number=3),
    )
    assert (data["headline"], data["summary"]) == (headline, summary)


def test_a_europass_personal_information_section_opens_with_its_owners_name() -> None:
    # Europass heads its first section "Personal information" and writes the name as its first line: no header.
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "PERSONAL INFORMATION\nMirela Kovač\n+385 91 555 0199\nmirela.kovac@example.org\n\n"
        "WORK EXPERIENCE\nFront Office Manager | Hotel Adriatica\t2019 – 2024\n- Ran the front desk.\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    assert draft.data["contact"] == {
        "name": "Mirela Kovač",
        "phone": "+385 91 555 0199",
        "email": "mirela.kovac@example.org",
    }
    assert "Mirela Kovač" not in draft.leftovers


def test_a_contact_section_after_the_name_keeps_the_headers_name() -> None:
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "Ana Ruiz\n\nWORK EXPERIENCE\nConcierge | Hotel Vela\t2019 – 2024\n- Booked tours.\n\n"
        "CONTACT DETAILS\nMaria Ruiz Lopez\nana@example.org\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    assert draft.data["contact"]["name"] == "Ana Ruiz"


def test_a_european_address_ending_in_a_town_and_its_country_gives_where_the_person_is() -> None:
    # Europass writes an address as its street, then the postal code, the town and the country in brackets.
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "PERSONAL INFORMATION\nMirela Kovač\nUlica Kralja Zvonimira 12, 21000 Split (Croatia)\n"
        "mirela.kovac@example.org\n\nWORK EXPERIENCE\nFront Office Manager | Hotel Adriatica\t2019 – 2024\n- Ran it.\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    assert draft.data["contact"]["location"] == "Split (Croatia)"
    assert "Ulica Kralja Zvonimira 12" in draft.leftovers


def test_a_bold_headline_of_many_words_over_the_summary_is_no_line_of_the_summary() -> None:
    # A Markdown résumé sets its headline in bold and the summary as the next paragraph: two looks, so no paragraph a
    # PDF wrapped, though the headline is long and ends no sentence.
    headline = "Field Service Engineer | Medical Imaging | Siemens · GE · Philips Systems"
    summary = "Factory-trained engineer with 8 years keeping scanners running across three hospital networks."
    data = _header(
        Line("Tobias Renner", bold=True, heading=1, number=1),
        Line("Leipzig, Germany · tobias.renner@example.org", number=2),
        Line(headline, f"**{headline}**", bold=True, number=3),
        Line(summary, summary, number=4),
    )
    assert data["headline"] == headline
    assert data["summary"] == summary


def test_a_regions_letters_among_a_headlines_skills_are_the_skill_and_no_place() -> None:
    # "CT" is Connecticut's letters and computed tomography's: beside MRI in a technologist's headline, the modality.
    data = _header(
        Line("Dana Pruitt", bold=True, number=1),
        Line("Radiologic Technologist | CT | MRI", number=2),
        Line("dana.pruitt@example.org | 555-201-3344 | Hartford, CT", number=3),
    )
    assert data["headline"] == "Radiologic Technologist | CT | MRI"
    assert data["contact"]["location"] == "Hartford, CT"


@pytest.mark.parametrize(
    "top",
    [
        "Anna Keller\nFriedrichstrasse 68, 10117 Berlin | anna.keller@example.de | +49 30 1234567\n",
        "Anna Keller 10117 Berlin\nanna.keller@example.de\n",
        "Anna Keller\nanna.keller@example.de | 1012 AB Amsterdam\n",
    ],
)
def test_a_european_address_without_its_country_gives_the_town_and_leaves_the_name_alone(
    tmp_path: Path, top: str
) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(
        f"{top}\nEXPERIENCE\nData Analyst, Kestrel Logistics GmbH, Hamburg\n2020 - Present\n"
        "- Built dashboards in Tableau for 12 warehouses\n",
        encoding="utf-8",
    )
    draft = import_cv(resume)
    assert draft.data["contact"]["name"] == "Anna Keller"
    assert draft.data["contact"]["location"] in ("Berlin", "Amsterdam")
    assert not draft.data.get("headline")


def test_a_phone_after_a_bare_label_of_its_kind_is_the_phone_and_no_headline() -> None:
    # Typed without a colon, as a tab or two spaces set the details apart: "Cell (734) 555-0101   name@mail.com".
    for typed, phone in (
        ("Cell (734) 555-0101", "(734) 555-0101"),
        ("Tel 0161 496 0732", "0161 496 0732"),
        ("Telephone +44 161 496 0732", "+44 161 496 0732"),
        ("Cell: 734.555.0101", "734.555.0101"),
    ):
        data = _header(
            Line("Rosalind Verhoeven", bold=True, number=1),
            Line(f"{typed}\trverhoeven@example.org", number=2),
        )
        assert data["contact"] == {"name": "Rosalind Verhoeven", "phone": phone, "email": "rverhoeven@example.org"}
        assert "headline" not in data, typed
