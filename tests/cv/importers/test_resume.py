"""Importing a résumé document (.txt, .md, .docx, .pdf): measured on the CV of record and on others.

The measure (:func:`tests.cv.importers.resumes.recovered`): roles whose employer, title and
location are the expected ones; start and end dates of roles and degrees as written; and
expected bullets found word for word, with their emphasis, in a bullet of the same role
(the bundled CV splits some of the CV of record's list items into one bullet per sentence,
and moves a leading "as Sr Researcher, 2022-:" into the bullet's ``role``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tailor.cv import CV
from tailor.cv.dates import DEFAULT_STYLE
from tailor.cv.importers import Draft, clean, import_cv
from tailor.cv.importers.clues import find_span, is_city_and_code, is_place, looks_like_title
from tailor.cv.importers.header import TOWN_NOTE
from tailor.cv.importers.layout import read_html, read_text
from tailor.cv.importers.line import Line
from tailor.cv.importers.resume import parse
from tailor.cv.importers.sections import closed_up, kind_of
from tailor.cv.init import init
from tailor.cv.model import Education
from tailor.cv.summary import summarize
from tailor.documents import pdf
from tailor.documents.render import build_context, render_docx
from tailor.documents.templates import bundled
from tailor.errors import TailorError
from tailor.select import SelectedRole, Selection
from tests.conftest import SEED, needs, without_numbering
from tests.cv.importers.resumes import (
    Text,
    grace_cv,
    grace_docx,
    grace_markdown,
    grace_text,
    raw_pdf,
    recovered,
    seed_docx,
    to_pdf,
)


def imported(path: Path) -> tuple[CV, Draft]:
    draft = import_cv(path)
    return CV.model_validate(clean(draft.data)), draft


def from_markdown(tmp_path: Path, text: str) -> tuple[CV, Draft]:
    """The CV and draft ``tailor init --from cv.md`` makes of the Markdown résumé ``text``."""
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    return imported(path)


def full(expected: CV) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    roles = len(expected.experience)
    dates = 2 * (roles + len(expected.education))
    bullets = len(expected.bullets())
    return (roles, roles), (dates, dates), (bullets, bullets)


# --- the CV of record ----------------------------------------------------------------------------


@needs("shared")
def test_the_cv_of_record_as_text_gives_every_role_bullet_and_date_of_the_bundled_cv(bundled_cv: CV) -> None:
    cv, draft = imported(SEED)
    found = recovered(cv, bundled_cv)
    print(f"CV of record, text: {found}")
    assert (found.roles, found.dates, found.bullets) == full(bundled_cv)
    assert [(p.year, p.title, p.venue) for p in cv.publications] == [
        (p.year, p.title, p.venue) for p in bundled_cv.publications
    ]
    assert cv.publications_link == bundled_cv.publications_link
    assert [(e.degree, e.institution, e.location, e.grade) for e in cv.education] == [
        (e.degree, e.institution, e.location, e.grade) for e in bundled_cv.education
    ]
    assert (cv.contact.name, cv.contact.email, cv.contact.phone, cv.contact.website, cv.contact.location) == (
        "Bruno Magalhaes",
        "brunomaga@gmail.com",
        "+41 77 487 89 92",
        "https://brunomaga.github.io",
        "Lausanne, Switzerland",
    )
    assert cv.skill_names == bundled_cv.skill_names and cv.headline == bundled_cv.headline
    assert [(lang.name, lang.fluency) for lang in cv.languages] == [
        (lang.name, lang.fluency) for lang in bundled_cv.languages
    ]
    # What it was unsure of is said at the role it concerns.
    assert any("as Sr Researcher, 2022-" in n.message and n.loc[:2] == ("experience", 0) for n in draft.notes)


@needs("shared")
def test_the_cv_of_record_as_word_gives_every_role_bullet_and_date(tmp_path: Path, bundled_cv: CV) -> None:
    cv, _ = imported(seed_docx(SEED.read_text(encoding="utf-8"), tmp_path / "cv.docx"))
    found = recovered(cv, bundled_cv)
    print(f"CV of record, Word: {found}")
    assert (found.roles, found.dates, found.bullets) == full(bundled_cv)
    assert len(cv.publications) == 7 and cv.publications_link == bundled_cv.publications_link


@needs("shared", "libreoffice")
def test_the_cv_of_record_as_pdf_gives_every_role_bullet_and_date(tmp_path: Path, bundled_cv: CV) -> None:
    cv, _ = imported(to_pdf(seed_docx(SEED.read_text(encoding="utf-8"), tmp_path / "cv.docx")))
    found = recovered(cv, bundled_cv)
    print(f"CV of record, PDF: {found}")
    assert (found.roles, found.dates, found.bullets) == full(bundled_cv)
    assert [(p.year, p.title) for p in cv.publications] == [(p.year, p.title) for p in bundled_cv.publications]


# --- tailor's own résumés, and a CV laid out another way --------------------------------------------


def tailor_resume(cv: CV, template: Path, path: Path) -> Path:
    everything = Selection(
        [SelectedRole(e, list(e.bullets)) for e in cv.experience], cv.publications, cv.skill_names, []
    )
    path.write_bytes(render_docx(template, build_context(cv, everything, dt.date(2025, 3, 14))))
    return path


@pytest.mark.parametrize("template", bundled(), ids=lambda t: t.name)
def test_a_resume_tailor_printed_imports_back_with_its_qualifiers(tmp_path: Path, bundled_cv: CV, template) -> None:
    cv, _ = imported(tailor_resume(bundled_cv, template.path, tmp_path / "resume.docx"))
    found = recovered(cv, bundled_cv)
    assert (found.roles, found.dates[0], found.bullets) == (*full(bundled_cv)[:1], 16, full(bundled_cv)[2])
    # The dates print "Sep 2019 – Present", so the bundled "present" comes back capitalised.
    assert (cv.experience[0].start, cv.experience[0].end) == ("Sep 2019", "Present")
    steps = {b.text: b.role for e in cv.experience for b in e.bullets}
    assert steps["Supervision of PhD students and engineers."] == "As postdoc"
    assert steps["Porting Transformer models to optical hardware (C++)."] == "As Sr Researcher, 2022-"


@needs("libreoffice")
def test_a_resume_tailor_printed_as_pdf_imports_back(tmp_path: Path, bundled_cv: CV) -> None:
    cv, _ = imported(to_pdf(tailor_resume(bundled_cv, bundled()[0].path, tmp_path / "resume.docx")))
    found = recovered(cv, bundled_cv)
    print(f"bundled CV printed by tailor, PDF: {found}")
    assert (found.roles, found.bullets) == (full(bundled_cv)[0], full(bundled_cv)[2])


@pytest.mark.parametrize("kind", ["docx", "md", "txt"])
def test_a_cv_laid_out_another_way_gives_every_role_bullet_and_date(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"grace.{kind}"
    if kind == "docx":
        grace_docx(path)
    else:
        path.write_text(grace_markdown() if kind == "md" else grace_text(), encoding="utf-8")
    cv, _ = imported(path)
    assert (lambda f: (f.roles, f.dates, f.bullets))(recovered(cv, grace_cv())) == full(grace_cv())
    assert cv.contact.email == "grace@example.org" and cv.skill_names[:3] == ["Python", "SQL", "Scala"]


@needs("libreoffice")
def test_a_cv_laid_out_another_way_as_pdf_gives_every_role_bullet_and_date(tmp_path: Path) -> None:
    cv, _ = imported(to_pdf(grace_docx(tmp_path / "grace.docx")))
    found = recovered(cv, grace_cv())
    print(f"GRACE, PDF: {found}")
    assert (found.roles, found.dates, found.bullets) == full(grace_cv())
    assert [(c.name, c.issuer, c.date) for c in cv.certificates] == [
        ("Professional Data Engineer", "Google Cloud", "May 2022")
    ]


@needs("libreoffice")
def test_a_degree_line_that_filled_the_page_s_width_goes_on_below_in_a_word_processor_s_pdf(tmp_path: Path) -> None:
    # Word and LibreOffice end a wrapped line with its space, but not the widest line, whose space hangs past the
    # margin and is not written: "… Marketing — Colorado State" over "University, Fort Collins, CO — 2015" is one
    # line still, the school's name whole.
    from docx import Document

    document = Document()
    document.add_heading("Marisol Ekwueme", 0)
    document.add_paragraph("Denver, CO | marisol@example.org")
    document.add_heading("Experience", 1)
    document.add_paragraph("Account Executive, Larkspur Freight — Denver, CO\tJun 2018 – Feb 2021")
    for bullet in (
        "Achieved 118% of annual quota in 2019 and 112% in 2020 selling freight software to regional carriers",
        "Negotiated multi-year contracts and renewals with carriers, dispatchers and their procurement teams",
    ):
        document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", 1)
    document.add_paragraph(
        "Bachelor of Science in Business Administration, Marketing — Colorado State University, Fort Collins, CO — 2015"
    )
    document.save(tmp_path / "cv.docx")
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    assert [(e.degree, e.institution) for e in cv.education] == [
        ("Bachelor of Science in Business Administration, Marketing", "Colorado State University")
    ]


@needs("libreoffice")
@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_a_resume_saved_as_word_97_opendocument_or_rtf_reads_as_its_docx(tmp_path: Path, suffix: str) -> None:
    # Many people keep the résumé an older Word or LibreOffice saved: LibreOffice converts it to .docx, as it does a
    # posting in these formats, and the draft is the one the .docx gives.
    from tailor.posting.formats.office import to_docx

    docx = grace_docx(tmp_path / "grace.docx")
    saved = tmp_path / f"grace{suffix}"
    saved.write_bytes(pdf.convert([docx.read_bytes()], target=suffix.removeprefix("."))[0])
    assert to_docx(saved.read_bytes(), str(saved))  # converted back, the way tailor reads it
    cv, draft = imported(saved)
    assert cv == imported(docx)[0]
    assert (
        draft.kind
        == {".doc": "a Word 97–2003 résumé", ".odt": "an OpenDocument résumé", ".rtf": "an RTF résumé"}[suffix]
    )


def test_a_file_named_as_a_word_97_resume_that_is_none_says_how_to_save_it(tmp_path: Path) -> None:
    fake = tmp_path / "resume.doc"
    fake.write_bytes(b"Grace Hopper, data engineer")
    with pytest.raises(TailorError, match=r"resume\.doc is not a readable \.doc, \.odt or \.rtf document.*\.docx"):
        import_cv(fake)


# --- the rules, one by one -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "rest"),
    [
        ("Data Engineer, Acme\tMar 2021 – Present", "Mar 2021", "Present", "Data Engineer, Acme"),
        ("present Sep 2019\tResearcher, Microsoft", "Sep 2019", "present", "Researcher, Microsoft"),
        ("Aug 2019 Mar 2015\tPhD candidate, EPFL", "Mar 2015", "Aug 2019", "PhD candidate, EPFL"),
        ("Acme | 2019 - 2021 | Berlin", "2019", "2021", "Acme\tBerlin"),
        (
            "MSc Data Science, University of Edinburgh (2015–2016)",
            "2015",
            "2016",
            "MSc Data Science, University of Edinburgh",
        ),
        ("Analyst at Quay, since 03/2018", "03/2018", None, "Analyst at Quay"),
        ("Engineer at Redgage | 12.2014 - present", "12.2014", "present", "Engineer at Redgage"),
        ("Teaching Assistant\tFall 2022 - Spring 2026", "Fall 2022", "Spring 2026", "Teaching Assistant"),
        # Work held each summer (or winter) of some years: the season is the span's, not the employer's.
        ("Camp Kestrel — Ely, MN\tSummers 2017 – 2019", "Summers 2017", "2019", "Camp Kestrel — Ely, MN"),
        ("Ski Patroller, Granite Peak | Winters 2012-2015", "Winters 2012", "2015", "Ski Patroller, Granite Peak"),
        ("Analyst, Quay | Nov 2020 -- Present", "Nov 2020", "Present", "Analyst, Quay"),
        ("Engineer at Redgage | 2024–", "2024", None, "Engineer at Redgage"),
    ],
)
def test_a_date_span_is_found_in_a_column_of_its_own_either_way_round(
    text: str, start: str, end: str | None, rest: str
) -> None:
    span = find_span(text)
    assert span is not None and (span.start, span.end, span.rest) == (start, end, rest)


@pytest.mark.parametrize("text", ["Won the 2019 hackathon", "ICCS 2020, Amsterdam", "Summers 2015, '16 and '17"])
def test_a_year_inside_words_is_no_date_span(text: str) -> None:
    assert find_span(text) is None


def test_places_are_countries_states_and_cities_not_organisations() -> None:
    assert all(is_place(p) for p in ["Switzerland", "UK", "& São Paulo", "NY", "Remote"])
    assert not any(is_place(p) for p in ["EPFL", "Microsoft Research", "ny", "Noble Group"])
    assert all(is_city_and_code(p) for p in ["Seattle WA", "Boston MA", "London UK", "Salt Lake City UT"])
    assert not any(is_city_and_code(p) for p in ["Acme Corp NY", "Seattle", "Seattle wa", "Senior Nurse WA"])


def draft_of(text: str) -> Draft:
    return parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")


@pytest.mark.parametrize("firm", ["Larchmont Court Apartments", "Pelham Street Properties", "Bluegate Realty"])
def test_a_property_firms_or_an_apartment_communitys_name_is_an_employer_beside_a_title(firm: str) -> None:
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Leasing Consultant | {firm}, Dayton, OH\tJun 2019 – Feb 2022\n- Closed 14 new leases a month.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == ("Leasing Consultant", firm, "Dayton, OH")
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize(
    "bullet",
    [
        "E-filed motions in CM/ECF (E.D. Cal. and N.D. Cal.) and in state court.",
        "Shipped parts to U.S. Army depots and N.A.T.O. partners.",
        "Briefed the U.K. Home Office and the U.S. Department of State on visa rules.",
    ],
)
def test_initials_in_a_bullet_end_no_sentence_and_ask_for_no_split(bullet: str) -> None:
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Paralegal | Orrin & Vale LLP, Fresno, CA\tJun 2019 – Feb 2022\n- {bullet}\n- Kept the docket.\n"
    )
    assert draft.data["experience"][0]["bullets"][0]["text"] == bullet
    assert not any("several sentences" in n.message for n in draft.notes)
    # Sentences that end where the next starts still do.
    several = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        "Paralegal | Orrin & Vale LLP, Fresno, CA\tJun 2019 – Feb 2022\n- Kept the docket. Filed motions. Ran "
        "the U.S. court calendar.\n"
    )
    assert any("several sentences" in n.message for n in several.notes)


@pytest.mark.parametrize("title", ["Event Committee Chair", "Board Chairperson", "Gala Co-Chair", "Trustee"])
def test_a_chair_or_a_trustee_is_a_title_over_the_organisation_it_served(title: str) -> None:
    # A volunteer's board and committee seats are titles as a job's are: no check of which is which.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nVOLUNTEER EXPERIENCE\n\n"
        f"{title}\t2017 – Present\nRiverbend Food Shelf | Duluth, MN\n- Recruited 40 volunteers for the spring drive.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Riverbend Food Shelf", "Duluth, MN")
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize(
    ("title", "employer", "place"),
    [
        ("Veterinary Technician – Dental Lead", "Allegheny Family Pet Hospital", "Wexford, PA"),
        ("Registered Nurse – Charge Nurse", "Mercy Hospital", "Dayton, OH"),
        ("Staff Accountant | Team Lead", "Brightline Logistics LLC", "Oak Brook, IL"),
    ],
)
def test_a_dash_in_a_dated_title_line_over_the_employers_line_sets_apart_no_employer(
    title: str, employer: str, place: str
) -> None:
    # The line under the title names the employer and its place, so what follows the title's dash is what the title
    # was over (a lead's service, a charge nurse's shifts), part of the title: it had been glued to the employer.
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{title}\tAug 2014 – May 2017\n{employer} – {place}\n"
        "- Ran 6–8 cases a day.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, employer, place)
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize(
    ("title", "employer", "place"),
    [
        ("Fuel Delivery Driver - Class A", "Cedar Valley Gas Company", "Ames, IA"),
        ("Veterinary Technician – Dental Lead", "Allegheny Family Pet Hospital", "Wexford, PA"),
        ("Line Cook - Grill Station", "Harbor Street Bistro", "Mystic, CT"),
    ],
)
def test_a_dash_in_a_title_line_over_the_employers_line_over_the_dates_alone_sets_apart_no_employer(
    title: str, employer: str, place: str
) -> None:
    # A job board's résumé (Indeed's) sets the title, then "Employer - Place", then the dates alone: the line under
    # the title names where the work was, so the title's dash sets apart what it was over, no employer ("Class A"
    # had been glued to the employer, "Class A, Cedar Valley Gas Company").
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nWork Experience\n\n{title}\n{employer} - {place}\n"
        "April 2018 to March 2021\n- Ran 6–8 routes a day.\n\n"
        "Driver\nPrairie Co-op - Boone, IA\nMay 2015 to April 2018\n- Hauled feed.\n"
    )
    assert [(r["role"], r["employer"], r["location"], r["start"]) for r in draft.data["experience"]] == [
        (title, employer, place, "April 2018"),
        ("Driver", "Prairie Co-op", "Boone, IA", "May 2015"),
    ]


@pytest.mark.parametrize(
    "title", ["CNC Machinist Lead – 2nd Shift", "CNC Lathe Operator / Setup", "Line Cook - Grill Station"]
)
def test_a_title_line_over_the_employers_dated_line_is_the_title_whole(title: str) -> None:
    # "CNC Machinist Lead – 2nd Shift" over "Maumee Precision Components, Maumee, OH | June 2020 – Present": the line
    # with the dates names the employer and its place, so the title's dash or slash sets apart what the job was over
    # or a second title, no employer ("2nd Shift" had been the employer, the whole line under it the place).
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{title}\n"
        "Maumee Precision Components, Maumee, OH | June 2020 – Present\n- Set up 5-axis mills.\n\n"
        "Machinist\nToledo Tool Works, Toledo, OH | May 2015 – May 2020\n- Built dies.\n"
    )
    assert [(r["role"], r["employer"], r["location"], r["start"]) for r in draft.data["experience"]] == [
        (title, "Maumee Precision Components", "Maumee, OH", "June 2020"),
        ("Machinist", "Toledo Tool Works", "Toledo, OH", "May 2015"),
    ]


@pytest.mark.parametrize("title", ["Help Desk / Bench Technician", "Front Desk / Night Auditor"])
def test_a_slash_under_the_employers_dated_line_parts_two_titles_not_title_and_employer(title: str) -> None:
    # "Lakeside PC Repair, Erie, PA   05/2010 – 07/2012" over "Help Desk / Bench Technician": the line above names the
    # employer before its place, so a half of the title that reads as no title ("Help Desk") is no employer ("Help
    # Desk" had been the employer, the employer's whole line the place).
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Lakeside PC Repair, Erie, PA\t05/2010 – 07/2012\n{title}\n- Reimaged laptops.\n\n"
        "Harbor Freight Lines, Erie, PA\t08/2012 – Present\nSystems Administrator\n- Ran the file servers.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        (title, "Lakeside PC Repair", "Erie, PA"),
        ("Systems Administrator", "Harbor Freight Lines", "Erie, PA"),
    ]


def test_an_organisation_on_a_dated_title_line_is_the_employer_over_its_unit() -> None:
    # "Registered Nurse – Mercy Hospital" over "Cardiac ICU – Dayton, OH": the dash there does set the employer apart.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nRegistered Nurse – Mercy Hospital\tAug 2014 – May 2017\n"
        "Cardiac ICU – Dayton, OH\n- Ran 6–8 cases a day.\n"
    )
    assert draft.data["experience"][0]["role"] == "Registered Nurse"


@pytest.mark.parametrize("firm", ["Carolina Keystone Securities", "Juniper Ridge Investments", "Tidewater Bancorp"])
def test_a_broker_dealers_or_a_banks_holding_companys_name_is_an_employer_beside_a_title(firm: str) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nFinancial Advisor\tJun 2019 – Feb 2022\n"
        f"{firm}, Charlotte, NC\n- Opened 95 new advisory relationships.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == ("Financial Advisor", firm, "Charlotte, NC")
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize("title", ["EMT-Basic", "EMT", "AEMT", "Medic"])
def test_an_emts_level_is_a_title_and_an_ambulance_service_an_employer_beside_it(title: str) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{title}\n"
        "Lakeshore Ambulance, Toledo, OH | May 2014 – May 2016\n- Ran 12 calls a shift.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Lakeshore Ambulance", "Toledo, OH")
    assert not any("could not tell" in n.message for n in draft.notes)


def test_a_state_university_s_campus_after_its_comma_is_part_of_its_name_not_where_it_is() -> None:
    draft = draft_of(
        "Ines Holloway\nines@example.org\n\nEXPERIENCE\n\n"
        "Teaching Assistant, Organic Chemistry        Sep 2014 - Jun 2015\nUniversity of California, Santa Cruz\n"
        "* Led weekly lab sections.\n\n"
        "Lecturer        2016 - 2018\nUniversity of North Carolina, Chapel Hill\n* Taught general chemistry.\n\n"
        "Postdoctoral Fellow        2018 - 2020\nUniversity of Nevada, Reno, Division of Chemistry, Reno, NV\n"
        "* Built a spectrometer.\n\n"
        "Visiting Scholar        2020 - 2021\nHarvard University, Cambridge\n* Wrote papers.\n\n"
        "Analyst        2021 - 2023\nUniversity of Toronto, Toronto\n* Analysed data.\n\n"
        "Research Assistant, University of Michigan, Ann Arbor, MI        2023 - 2024\n* Ran assays.\n\n"
        "EDUCATION\n\nPhD, Chemistry        2014\nUniversity of Wisconsin, Madison\n"
    )
    assert [(r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("University of California, Santa Cruz", ""),
        ("University of North Carolina, Chapel Hill", ""),
        ("University of Nevada, Reno, Division of Chemistry", "Reno, NV"),
        # A university named for a city, not a state's, is where its town says.
        ("Harvard University", "Cambridge"),
        ("University of Toronto", "Toronto"),
        # A town before its state is where the university is, not its campus's name.
        ("University of Michigan", "Ann Arbor, MI"),
    ]
    (degree,) = draft.data["education"]
    assert (degree["institution"], degree["location"]) == ("University of Wisconsin, Madison", "")


def test_a_campus_in_a_town_named_for_its_college_is_part_of_the_university_s_name_and_where_it_is() -> None:
    draft = draft_of(
        "Ines Holloway\nines@example.org\n\nEXPERIENCE\n\n"
        "Teaching Assistant        Sep 2014 - Jun 2015\nUniversity of Maryland, College Park\n* Led lab sections.\n\n"
        "Research Assistant, University of Maryland, College Park, MD        2015 - 2016\n* Ran assays.\n\n"
        "Chemist, Brazos Analytical Labs, College Station, TX        2016 - 2018\n* Ran assays.\n\n"
        "Lecturer        2018 - 2020\nUniversity Hospitals, Cleveland, OH\n* Taught.\n\n"
        "EDUCATION\n\nPhD, Chemistry        2014\nUniversity of Maryland, College Park\n\n"
        "B.S., Chemistry, University of Maryland, College Park, MD, 2008\n"
    )
    assert [(r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("University of Maryland, College Park", ""),
        # With its state after it, the town is where the university is, as "Ann Arbor, MI" is.
        ("University of Maryland", "College Park, MD"),
        ("Brazos Analytical Labs", "College Station, TX"),
        # An organisation named with a school's word is no such town.
        ("University Hospitals", "Cleveland, OH"),
    ]
    assert [(d["institution"], d["location"]) for d in draft.data["education"]] == [
        ("University of Maryland, College Park", ""),
        ("University of Maryland", "College Park, MD"),
    ]


@pytest.mark.parametrize("firm", ["KESSLER MORAVEC CO., LPA", "Hale & Ortiz, LLP", "Brandt Legal, PLLC"])
def test_a_firms_legal_form_after_a_comma_stays_in_its_name_not_in_its_place(firm: str) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{firm} — Dayton, Ohio\n"
        "Litigation Paralegal | March 2018 - Present\n- Drafted discovery responses and privilege logs.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["employer"], role["location"], role["role"]) == (firm, "Dayton, Ohio", "Litigation Paralegal")


@pytest.mark.parametrize("firm", ["Brennan & Oyelaran, P.C.", "Hale & Ortiz, LLP", "Marsh Widgets, Inc."])
def test_a_town_after_a_firms_legal_form_is_where_it_is_not_part_of_its_name(firm: str) -> None:
    # Google Docs' résumé templates set "Company, Location — Job Title": the town tailor does not know, after the
    # comma that closes a name with its legal form, is where the firm is, as it is after a name with no such comma.
    for line in (f"{firm}, Oak Brook — Legal Assistant", f"Legal Assistant — {firm}, Oak Brook"):
        draft = draft_of(
            f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{line}\n"
            "AUGUST 2013 - MAY 2016\n- Indexed medical records for settlement demands.\n"
        )
        (role,) = draft.data["experience"]
        assert (role["role"], role["employer"], role["location"]) == ("Legal Assistant", firm, "Oak Brook"), line
        assert any(n.loc[:2] == ("experience", 0) for n in draft.notes)  # a town read so is the owner's to check


@pytest.mark.parametrize(
    "line",
    [
        "Senior Staff Hydrogeologist, Tallgrass Valley Environmental Services, Inc.",
        "Principal Wetland Scientist, Oakmere Ecological Consulting Group, Ltd.",
    ],
)
def test_a_title_line_ended_by_a_firms_legal_form_heads_its_role_and_is_no_bullet(line: str) -> None:
    # Eight words or more and a full stop read as a sentence; the stop of "Inc." or "Ltd." is the firm's name's.
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{line}\nMarch 2018 – Present | Dayton, OH\n"
        "- Logged soil borings in gINT.\n- Sampled monitoring wells by low-flow methods.\n"
    )
    (role,) = draft.data["experience"]
    title, employer = line.split(", ", 1)
    assert (role["role"], role["employer"], role["location"]) == (title, employer, "Dayton, OH")
    assert [bullet["text"] for bullet in role["bullets"]] == [
        "Logged soil borings in gINT.",
        "Sampled monitoring wells by low-flow methods.",
    ]


@pytest.mark.parametrize("title", ["Environmental Scientist / Project Manager", "Geologist / Field Lead"])
def test_a_title_with_a_slash_over_its_dates_and_place_keeps_the_employer_its_line_names(title: str) -> None:
    # The line under the title holds the dates and a place alone: no employer, so the slash parts no title from one.
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{title}, Marsh Creek Consultants\n"
        "March 2018 – Present | Dayton, OH\n- Logged soil borings in gINT.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Marsh Creek Consultants", "Dayton, OH")


def test_what_the_parser_is_unsure_of_is_noted_at_its_field_and_what_has_no_place_kept() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\n"
        "Acme Widgets\n• Built the widget pipeline.\n"
        "Globex, Quantum Things, Berlin\t2019 - 2021\n"
        "Designed the data model for billing. It ran for three years without an outage, across regions.\n"
        "\nCONFERENCES ATTENDED\nSome Conference 2022\n"
    )
    experience = draft.data["experience"]
    assert experience[0]["bullets"][0]["text"] == "Built the widget pipeline."
    notes = {(n.loc, n.message.split(":")[0]) for n in draft.notes}
    assert (("experience", 0), "no dates found for this role") in notes
    assert any(loc == ("experience", 1) and "could not tell" in message for loc, message in notes)
    assert any(loc == ("experience", 1, "bullets") and "paragraphs" in message for loc, message in notes)
    assert draft.leftovers == ["CONFERENCES ATTENDED:", "Some Conference 2022"]


def test_professional_affiliations_have_no_place_in_the_cv_and_are_kept_aside_word_for_word() -> None:
    # The CV has no field for a society one belongs to: a membership is no role held, no certificate and no skill.
    draft = draft_of(
        "Jordan Ames\njordan@example.org\n\nEXPERIENCE\nClinical Pharmacist, Lakeside Medical Center\t2015 - Present\n"
        "- Managed the anticoagulation service.\n\nPROFESSIONAL AFFILIATIONS\n"
        "American Society of Health-System Pharmacists (ASHP), member since 2009; Ohio Pharmacists Association (OPA), "
        "Medication Safety Committee 2019–present\nAmerican College of Clinical Pharmacy (ACCP); Sigma Xi\n"
    )
    assert [role["employer"] for role in draft.data["experience"]] == ["Lakeside Medical Center"]
    assert not draft.data.get("certificates") and not draft.data.get("skills")
    # Its title says where the CV holds them, if they are to be printed: roles under a heading of their own.
    assert draft.leftovers[0].startswith("PROFESSIONAL AFFILIATIONS: (to print these, write each as a role")
    assert draft.leftovers[1:] == [
        "American Society of Health-System Pharmacists (ASHP), member since 2009; Ohio Pharmacists Association (OPA), "
        "Medication Safety Committee 2019–present",
        "American College of Clinical Pharmacy (ACCP); Sigma Xi",
    ]


@pytest.mark.parametrize(
    "title", ["PROFESSIONAL AFFILIATIONS & AWARDS", "Honors & Affiliations", "Awards and Memberships"]
)
def test_a_section_of_awards_and_affiliations_gives_its_awards_and_keeps_the_memberships_aside(title: str) -> None:
    # Whichever the title names first, an award under it is an award; a society one belongs to or serves is none
    # (no "award" named "ACEDS Chicago Chapter" from its issuer "Member"), kept word for word for its owner.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\nLitigation Paralegal, Hale & Ortiz LLP, Chicago, IL\t"
        f"2013 - 2016\n- Indexed medical records.\n\n{title}\n"
        "Illinois Paralegal Association – Board Member, Director of Education (2021 – Present)\n"
        "ACEDS Chicago Chapter – Member\nParalegal of the Year, Illinois Paralegal Association (2022)\n"
        "40 Under 40, Chicago Daily Law Bulletin (2021)\n"
    )
    assert [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]] == [
        ("Paralegal of the Year", "Illinois Paralegal Association", "2022"),
        ("40 Under 40", "Chicago Daily Law Bulletin", "2021"),
    ]
    assert draft.leftovers == [
        f"{title}:",
        "Illinois Paralegal Association – Board Member, Director of Education (2021 – Present)",
        "ACEDS Chicago Chapter – Member",
    ]


def test_a_role_from_a_volunteering_section_prints_under_the_resumes_own_heading_for_it() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCaseworker, Harbor Family Services\t2019 - 2021\n"
        "• Visited families at home.\n\nVolunteer Work:\nBoard Member, Riverside Food Bank\t2020 - Present\n"
        "• Chaired the finance committee.\n"
    )
    experience = draft.data["experience"]
    assert [(r["employer"], r["section"]) for r in experience] == [
        ("Harbor Family Services", None),
        ("Riverside Food Bank", "Volunteer Work"),
    ]
    assert not any(n.loc[:2] == ("experience", 1) and len(n.loc) == 2 for n in draft.notes)


@pytest.mark.parametrize(
    ("title", "section"),
    [
        ("BOARD SERVICE", "Board Service"),
        ("Community Involvement", "Community Involvement"),
        ("LEADERSHIP AND ACTIVITIES", "Leadership and Activities"),
        ("📁 Projects:", "Projects"),
        ("Projects include:", "Projects"),
        ("Volunteer Experience", "Volunteer Experience"),
        ("Committee Service", "Committee Service"),
        ("POSTGRADUATE TRAINING", "Postgraduate Training"),
        ("Residency and Fellowship", "Residency and Fellowship"),
        ("Additional Roles", "Additional Roles"),
        ("## Additional Roles", "Additional Roles"),
        ("LEADERSHIP & VOLUNTEER", "Leadership & Volunteer"),
        ("Leadership and Volunteer Experience", "Leadership and Volunteer Experience"),
    ],
)
def test_roles_under_a_heading_of_roles_beside_work_keep_that_heading_as_their_section(
    title: str, section: str
) -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCaseworker, Harbor Family Services\t2019 - 2021\n"
        f"• Visited families at home.\n\n{title}\nTreasurer, Riverside Food Bank\t2020 - Present\n"
        "• Chaired the finance committee.\n"
    )
    experience = draft.data["experience"]
    assert [(r["employer"], r["role"], r["section"]) for r in experience] == [
        ("Harbor Family Services", "Caseworker", None),
        ("Riverside Food Bank", "Treasurer", section),
    ]


@pytest.mark.parametrize(
    ("line", "role", "employer", "checked"),
    [
        # A unit or speciality between the title and a piece that names the organisation is the title's.
        ("Staff Nurse, Burn Unit, Lakeview Hospital", "Staff Nurse, Burn Unit", "Lakeview Hospital", False),
        (
            "Occupational Therapist II, Acute Care & Trauma, Northfield Healthcare",
            "Occupational Therapist II, Acute Care & Trauma",
            "Northfield Healthcare",
            True,  # the title may end at "II": the owner checks
        ),
        # Where no piece names an organisation, which is the employer's is the owner's to check.
        ("Barista, Bean There, Hebden Bridge", "Barista", "Bean There, Hebden Bridge", True),
        # A title's grade after its job's word ends it as surely as the word does.
        ("Civil Engineer II | Rivera & Associates, Stockton, CA", "Civil Engineer II", "Rivera & Associates", False),
        ("Data Analyst 3 | Orchard & Associates, Dayton, OH", "Data Analyst 3", "Orchard & Associates", False),
    ],
)
def test_a_piece_between_a_title_and_its_employer_goes_with_the_title_or_is_checked(
    line: str, role: str, employer: str, checked: bool
) -> None:
    draft = draft_of(f"Ada Example\nada@example.org\n\nEXPERIENCE\n{line}\t2019 - 2021\n• Met every target.\n")
    (found,) = draft.data["experience"]
    assert (found["role"], found["employer"]) == (role, employer)
    assert any(n.loc[:2] == ("experience", 0) and "check which is which" in n.message for n in draft.notes) == checked


def test_a_roles_dates_written_with_ordinal_days_are_its_span() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nTeacher of Science | Castlebrook Academy\t"
        "1st September 2020 – Present\n• Taught chemistry.\n"
        "Teacher | Ridgeway School\t3rd September 2013 – 31st August 2016\n• Ran the science club.\n"
    )
    assert [(r["employer"], r["start"], r["end"]) for r in draft.data["experience"]] == [
        ("Castlebrook Academy", "1st September 2020", "Present"),
        ("Ridgeway School", "3rd September 2013", "31st August 2016"),
    ]


def test_an_academic_medical_cvs_training_board_certification_and_committees_are_read_not_left_over() -> None:
    draft = draft_of(
        "Ada Example, MD\nada@example.org\n\nPOSTGRADUATE TRAINING\n"
        "2014 – 2017\tResident, Internal Medicine, Harbor University Hospital, Boston, MA\n\n"
        "APPOINTMENTS\n2017 – present\tHospitalist, Riverside Medical Center, Salem, MA\n"
        "• Admitted and managed general medicine inpatients.\n\nBOARD CERTIFICATION\n"
        "2017\tAmerican Board of Internal Medicine, Internal Medicine\n\n"
        "COMMITTEES\n2019 – present\tMember, Pharmacy and Therapeutics Committee, Riverside Medical Center\n"
    )
    experience = draft.data["experience"]
    assert [(r["role"], r.get("section")) for r in experience] == [
        ("Resident, Internal Medicine", "Postgraduate Training"),
        ("Hospitalist", None),
        ("Member", "Committees"),
    ]
    assert [c["name"] for c in draft.data["certificates"]] == ["American Board of Internal Medicine"]
    assert not any("Board" in line or "Committee" in line for line in draft.leftovers)


def test_employers_as_sub_headings_under_a_section_heading_are_roles_not_sections(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ana Lopez\n\n## Experience\n### Acme Corp\n**Data Engineer**\n*2019–2021*\n- Built pipelines.\n"
        "- Cut costs.\n\n### Beta Ltd\n**Analyst** | 2017–2019\n- Wrote reports.\n",
    )
    assert [(e.employer, e.role, e.start, e.end) for e in cv.experience] == [
        ("Acme Corp", "Data Engineer", "2019", "2021"),
        ("Beta Ltd", "Analyst", "2017", "2019"),
    ]
    assert [b.text for b in cv.experience[0].bullets] == ["Built pipelines.", "Cut costs."]


@pytest.mark.parametrize("title", ["Teaching & Instructional Leadership", "Clinical Rotations", "Newsroom Work"])
def test_a_section_a_field_names_its_own_way_holds_experience_when_its_entries_read_like_roles(
    tmp_path: Path, title: str
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        f"# Ana Lopez\n\nana@example.org\n\n## {title}\n### Riverside High School\nMath Teacher | 2012 – 2017\n"
        "- Taught algebra to 120 students.\n\n## Conferences Attended\n- Some Conference, 2022\n"
        "- Other Meeting, 2021\n",
    )
    (role,) = cv.experience
    assert (role.employer, role.role, role.start) == ("Riverside High School", "Math Teacher", "2012")
    assert role.bullets[0].text == "Taught algebra to 120 students."
    # A list of dated items is no role: its dates stand on the items themselves.
    assert draft.leftovers[0] == "Conferences Attended:"


@pytest.mark.parametrize("title", ["Professional Memberships", "Affiliations", "Professional Associations"])
def test_the_societies_one_belongs_to_are_kept_with_where_the_cv_holds_them(tmp_path: Path, title: str) -> None:
    _, draft = from_markdown(
        tmp_path,
        "# Ana Lopez\n\nana@example.org\n\n## Experience\n### Riverside Clinic\nNurse | 2019 – 2024\n"
        f"- Ran the flu clinic.\n\n## {title}\n- American Public Health Association – Member\n",
    )
    # No field holds a membership: a role under a heading of its own does, and the kept title says so.
    assert draft.leftovers[0].startswith(f"{title}: (to print these, write each as a role of experience")
    assert f"section: {title}" in draft.leftovers[0]
    assert draft.leftovers[1:] == ["American Public Health Association – Member"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("📁 Work Experience", "experience"), ("Clinical Experience", "experience"), ("Teaching Experience", "experience"),
     ("Academic Appointments", "experience"), ("Volunteer Experience", "volunteer"), ("Skills & Experience", "skills"),
     ("Professional Work Experiences:", "experience"), ("Teaching Tools", None),
     ("Certification & Licensure", "certificates"), ("Licensure & Certifications", "certificates"),
     ("LICENSES, CERTIFICATIONS AND CREDENTIALS", "certificates"), ("Professional Licensure", "certificates"),
     ("Licenses & Certs", "certificates"), ("CERTS", "certificates"),
     ("Licenses & Designations", "certificates"), ("PROFESSIONAL DESIGNATIONS", "certificates"),
     ("Licenses and Registrations", "certificates"), ("Designation", None),
     ("Board Certification", "certificates"), ("Licensure and Board Certifications", "certificates"),
     ("Specialty Certification", "certificates"), ("Board", None),
     ("Licenses & Endorsements", "certificates"), ("CERTIFICATIONS AND ENDORSEMENTS", "certificates"),
     ("Endorsements", None), ("Skills & Endorsements", "skills"),
     ("SYSTEMS", "skills"), ("Systems & Software", "skills"), ("Systems Administrator", None),
     ("Professional Projects", "projects"), ("Academic Projects", "projects"), ("Projects Manager", None),
     ("Senior Engineer Projects", None)],
)  # fmt: skip
def test_a_section_title_names_its_kind_in_any_fields_words(title: str, kind: str | None) -> None:
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Volunteer Instructional Designer", None),
        ("Portfolio Risk Manager", None),
        ("Skills Lab Instructor", None),
        ("Projects Office Coordinator", None),
        # Two fields of one job joined by "and" before the job's word: a development office's grant writer, a
        # trainer, a records clerk.
        ("Grants & Development Associate", None),
        ("Training and Development Specialist", None),
        ("Awards and Recognition Coordinator", None),
        # A section's title, and what a heading adds to it, stay a section's.
        ("Volunteer Leadership Roles", "volunteer"),
        ("Community Service and Volunteer", "service"),
        ("Experience as a Nurse", "experience"),
        ("Honors and Awards", "awards"),
        ("Training and Certifications", "certificates"),
    ],
)
def test_a_job_title_that_opens_with_a_sections_word_is_no_section_title(title: str, kind: str | None) -> None:
    # A job's words after the section's word ("Volunteer" + "Instructional Designer") name a job, however many
    # words stand between the section's word and the job's.
    assert kind_of(title) == kind


def test_a_volunteer_role_with_a_two_word_job_under_its_dated_line_keeps_its_title_and_bullets() -> None:
    draft = draft_of(
        "Priya Natarajan\nToledo, OH | priya.natarajan@example.org\n\nEXPERIENCE\n"
        "Lakeview High School — Toledo, OH\tAug 2014 – Present\nEnglish Teacher\n• Designed a writing curriculum.\n"
        "\nVOLUNTEER EXPERIENCE\nToledo Food Bank — Toledo, OH\tJan 2022 – Present\nVolunteer Instructional Designer\n"
        "• Built a 30-minute onboarding course for new volunteers.\n• Wrote the shift leads' job aids.\n"
    )
    _teacher, volunteer = draft.data["experience"]
    assert (volunteer["employer"], volunteer["role"], volunteer["start"], volunteer["section"]) == (
        "Toledo Food Bank",
        "Volunteer Instructional Designer",
        "Jan 2022",
        "Volunteer Experience",
    )
    assert len(volunteer["bullets"]) == 2


def test_the_piece_that_reads_like_a_title_is_the_title_even_when_both_read_like_an_organisation(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n### Senior Software Engineer — Ringtail Technology\n_Jun 2022 – Dec 2024_\n\n"
        "- Built multiplayer subsystems.\n\n### Project Engineer | Wipro Software\n_Sep 2020 – Jun 2021_\n\n"
        "- Owned legacy enhancements.\n",
    )
    assert [(e.role, e.employer) for e in cv.experience] == [
        ("Senior Software Engineer", "Ringtail Technology"),
        ("Project Engineer", "Wipro Software"),
    ]


def test_a_title_with_its_credential_in_brackets_is_the_title_and_an_agencys_acronym_still_marks_the_agency(
    tmp_path: Path,
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n### Certified Welding Inspector (CWI) — Brakeman Fabrication\n"
        "_Jun 2022 – Dec 2024_\n\n- Inspected 300 welds a month.\n\n"
        "### Field Assistant — Bureau of Land Records (BLR)\n_Sep 2020 – Jun 2021_\n\n- Filed deeds.\n",
    )
    assert [(e.role, e.employer) for e in cv.experience] == [
        ("Certified Welding Inspector (CWI)", "Brakeman Fabrication"),
        ("Field Assistant", "Bureau of Land Records (BLR)"),
    ]
    assert not any("check which is which" in note.message for note in draft.notes)


def test_a_caseworker_is_a_title_under_the_agency_that_employs_one(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n"
        "**Piñon County Department of Human Services, Aurora, CO** | Aug 2015 – May 2018\n\n"
        "*Child Protective Services Caseworker*\n\n- Investigated reports of child neglect.\n",
    )
    assert [(e.role, e.employer) for e in cv.experience] == [
        ("Child Protective Services Caseworker", "Piñon County Department of Human Services")
    ]


def test_roles_headed_larger_than_their_section_keep_their_headings(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n#### Work Experience\n\n"
        "### Wine Buyer, In Fine Spirits\n\n##### September 2015–February 2017\n\n"
        "* Led the wine education program\n\n### Web Editor, The Progressive\n\n##### May 2014–August 2015\n\n"
        "* Edited the website\n",
    )
    assert [(e.role, e.employer, e.start) for e in cv.experience] == [
        ("Wine Buyer", "In Fine Spirits", "September 2015"),
        ("Web Editor", "The Progressive", "May 2014"),
    ]


def test_a_static_sites_html_wrapper_a_hyphen_between_title_and_employer_and_a_place_in_brackets(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        '# Jane Doe\n\n<section class="cv-block" markdown="1">\n## Work Experience\n\n'
        "### Chemical Data Scientist - Synple Chem (Zurich, Switzerland)\n\n08-2025 → present\n\n"
        "- Built reaction models.\n\n### Teacher, Algebra II (Aug 2012–Jun 2013)\n"
        "#### Charlottesville High School (Charlottesville, VA)\n\n- Wrote pacing guides.\n</section>\n",
    )
    assert [(e.role, e.employer, e.location, e.start, e.end) for e in cv.experience] == [
        ("Chemical Data Scientist", "Synple Chem", "Zurich, Switzerland", "08-2025", "present"),
        ("Teacher, Algebra II", "Charlottesville High School", "Charlottesville, VA", "Aug 2012", "Jun 2013"),
    ]


def test_a_markdown_pages_own_html_is_read_as_html_however_deep_its_tags_are_indented(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        '# Jane Doe\n\n<div class="resume">\n  <h2>Experience</h2>\n\n  <div class="job">\n'
        '    <h3>Content Manager</h3>\n    <div class="job-details">\n'
        '      <span class="employer">Larkspur Press</span>\n      <span class="period">July 2022 - June 2024</span>\n'
        "    </div>\n    <ul>\n      <li>Grew the newsletter to 40,000 readers.</li>\n"
        "      <li>Ran the content calendar &amp; the blog.</li>\n    </ul>\n  </div>\n</div>\n",
    )
    assert [(e.role, e.employer, e.start, e.end) for e in cv.experience] == [
        ("Content Manager", "Larkspur Press", "July 2022", "June 2024")
    ]
    assert [b.text for b in cv.experience[0].bullets] == [
        "Grew the newsletter to 40,000 readers.",
        "Ran the content calendar & the blog.",
    ]


def test_a_projects_list_with_no_role_line_is_a_role_named_by_its_section(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n### Backend Developer — Play Business\n*Nov 2019 – Jul 2021*\n\n"
        "- Restructured the portfolio.\n\n## Projects\n\n- **Sommos**: a platform for sustainable food.\n"
        "- **Upscaler**: an FFmpeg pipeline.\n",
    )
    projects = cv.experience[1]
    assert (projects.role, projects.employer, projects.start) == ("Projects", None, None)
    assert [b.text for b in projects.bullets] == [
        "**Sommos**: a platform for sustainable food.",
        "**Upscaler**: an FFmpeg pipeline.",
    ]
    assert any("stands as its role" in n.message for n in draft.notes)
    assert summarize(cv).span == "Nov 2019 – Jul 2021"  # an undated role is no current one


def test_a_description_wrapped_over_several_lines_is_one_bullet_not_part_of_the_employer(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n### Technical Documenter — CONAFOR\n_May 2019 – May 2022_\n\n"
        "Documented ICT contracting and coordinated studies\nbefore the government function, in line with\n"
        "MAAGTICSI.\n\n- Coordinated feasibility studies\n",
    )
    (role,) = cv.experience
    assert (role.role, role.employer) == ("Technical Documenter", "CONAFOR")
    assert [b.text for b in role.bullets] == [
        "Documented ICT contracting and coordinated studies before the government function, in line with MAAGTICSI.",
        "Coordinated feasibility studies",
    ]


def test_a_text_resume_fenced_whole_in_markdown_reads_as_text_its_rules_and_leaders_as_column_breaks(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "---\ntitle: Resume\n---\n\n```text\nAda Example\n\n------------------------------\n"
        "ada@example.org\n\nEXPERIENCE\n\n2018-2023    Staff Engineer, Salsify -------------- Boston, MA\n"
        "  • Led the catalog sites.\n\n2024-        Senior Engineer, Crowdstrike ------------ Austin, TX\n"
        "  • Built the sensor UI.\n```\n",
    )
    assert cv.contact.name == "Ada Example" and cv.contact.email == "ada@example.org"
    assert [(e.role, e.employer, e.location, e.start, e.end) for e in cv.experience] == [
        ("Staff Engineer", "Salsify", "Boston, MA", "2018", "2023"),
        ("Senior Engineer", "Crowdstrike", "Austin, TX", "2024", None),
    ]


def test_a_place_beside_the_dates_is_the_location_not_part_of_the_employer(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n### Development Manager — TV Azteca\n"
        "*Jul 2025 – Present · Ciudad de México, MX*\n\n- Built middleware.\n\n"
        "### Software developer at Reksoft\n\n*07/2012 - 08/2014* | Saint-Petersburg\n\n"
        "* Developed automatic tests.\n",
    )
    assert [(e.role, e.employer, e.location) for e in cv.experience] == [
        ("Development Manager", "TV Azteca", "Ciudad de México, MX"),
        ("Software developer", "Reksoft", "Saint-Petersburg"),
    ]


@pytest.mark.parametrize(
    ("title", "district"),
    [
        ("School Nurse", "Lakeview City Schools"),
        ("Speech-Language Pathologist", "Marion County Public Schools"),
        ("Director of Schools", "Marion County Public Schools"),
    ],
)
def test_a_school_districts_name_in_schools_is_the_employer_beside_a_title_with_no_check(
    title: str, district: str
) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n{title}\tAug 2018 – Feb 2021\n"
        f"{district}, Dayton, OH\n- Served 45 students.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, district, "Dayton, OH")
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize("own", ["Freelance", "Self-employed", "Independent Contractor"])
def test_work_of_ones_own_beside_the_title_is_never_the_place(own: str) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nPop-Up Dinners\n\nEvent Chef | {own} | 2015 - 2018\n"
        "- Cooked for weddings.\n"
    )
    (role,) = draft.data["experience"]
    assert role["role"] == "Event Chef"
    assert not role["location"]
    assert own in role["employer"]


def test_a_unit_after_the_employers_dash_stays_with_the_employer_when_the_line_names_its_place() -> None:
    # "Hospital – Outpatient Therapy, Town, ST": the words between the dash and the place name a part of the
    # employer, not where the work was, which the line gives after them.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nStaff Physiotherapist\tJun 2016 – Jul 2018\n"
        "Lakeview General Hospital – Outpatient Therapy, Dayton, OH\n- Treated 12 patients a day.\n"
    )
    (role,) = draft.data["experience"]
    assert role["location"] == "Dayton, OH"
    assert role["employer"] == "Lakeview General Hospital – Outpatient Therapy"  # as the résumé wrote it


def test_a_unit_after_the_employers_dash_on_the_titles_line_keeps_the_dash_as_written() -> None:
    draft = draft_of(
        "Jordan Reyes\njordan@example.org\n\nEXPERIENCE\n\nSenior Paralegal\n"
        "Coastal Mutual Insurance Group – Legal Department, Oakland, CA | 2019 – Present\n- Drafted privilege logs.\n"
    )
    (role,) = draft.data["experience"]
    assert role["employer"] == "Coastal Mutual Insurance Group – Legal Department"
    assert role["location"] == "Oakland, CA"


@pytest.mark.parametrize("how", ["Hybrid", "remote"])
def test_a_place_with_how_the_work_was_done_in_brackets_is_the_location_after_title_and_employer(
    tmp_path: Path, how: str
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n"
        f"**Senior Product Manager, Tallowbrook** — Denver, CO ({how})\tMar 2021 – Present\n\n"
        "- Owned the roadmap.\n",
    )
    assert [(e.role, e.employer, e.location) for e in cv.experience] == [
        ("Senior Product Manager", "Tallowbrook", f"Denver, CO ({how})")
    ]


@pytest.mark.parametrize(
    ("written", "employer", "location", "ident"),
    [
        (
            "Ridgeline Logistics Partners, Joliet, IL (3PL, 410,000 sq ft multi-client DC)",
            "Ridgeline Logistics Partners (3PL, 410,000 sq ft multi-client DC)",
            "Joliet, IL",
            "ridgeline-logistics-partners",
        ),
        ("Marlowe Freight Inc., Tacoma, WA (Hybrid)", "Marlowe Freight Inc.", "Tacoma, WA (Hybrid)",
         "marlowe-freight-inc"),
        ("Osterby Dental Group, Leeds, UK (a chain of 14 clinics)", "Osterby Dental Group (a chain of 14 clinics)",
         "Leeds, UK", "osterby-dental-group"),
        ("Brightline, Joliet, IL (Remote)", "Brightline", "Joliet, IL (Remote)", "brightline"),  # a name of one word
    ],
)  # fmt: skip
def test_a_bracket_after_an_employers_place_stays_beside_what_it_says_of(
    written: str, employer: str, location: str, ident: str
) -> None:
    # What the employer is stays with the employer's name, how the work was done with the place; the role's id is
    # the employer's name alone.
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\nShift Supervisor\tMar 2021 – Present\n{written}\n"
        "• Led a team of twelve pickers.\nInventory Clerk\tJun 2018 – Feb 2021\nCobalt Foods, Reno, NV\n"
        "• Loaded trailers.\n"
    )
    roles = draft.data["experience"]
    assert [(r["employer"], r["location"]) for r in roles] == [(employer, location), ("Cobalt Foods", "Reno, NV")]
    assert roles[0]["id"] == ident


def test_a_note_in_brackets_after_the_dates_that_close_a_line_leaves_the_dates_read() -> None:
    # "(minor in …)", "(contract)" after the dates: the dates are still the entry's, and the note is kept.
    draft = draft_of(
        "Ines Varga\nines@example.org\n\nEXPERIENCE\n"
        "Design Engineer, Corliss Valve Works, Dayton, OH — June 2019 – February 2022 (contract)\n"
        "• Redesigned the actuator housing for die casting.\n"
        "Test Technician | Amberly Labs | 2016 – 2019 (part-time while studying)\n• Built fatigue rigs.\n"
        "\nEDUCATION\nB.S. Mechanical Engineering, Wright State University, Dayton, OH — May 2019 (minor in "
        "Materials Science)\n"
    )
    roles = draft.data["experience"]
    assert [(r["start"], r["end"]) for r in roles] == [("June 2019", "February 2022"), ("2016", "2019")]
    assert [(r["role"], r["employer"]) for r in roles] == [
        ("Design Engineer", "Corliss Valve Works"),
        ("Test Technician", "Amberly Labs (part-time while studying)"),
    ]
    degree = draft.data["education"][0]
    assert (degree["institution"], degree["location"], degree["end"], degree["details"]) == (
        "Wright State University", "Dayton, OH", "May 2019", ["minor in Materials Science"]
    )  # fmt: skip
    assert any("contract" in kept for kept in draft.leftovers), draft.leftovers


def test_a_schools_line_under_its_degree_with_a_note_in_brackets_is_the_school_not_a_detail() -> None:
    # The note's words in lower case make no claim of the line: it names the school and its place.
    draft = draft_of(
        "Omar Haddad\nomar@example.org\n\nEDUCATION\nB.S., Supply Chain Management\t2020\n"
        "Lewis University, Romeoville, IL (evenings, while working full time)\n"
        "A.A.S., Logistics Technology\t2016\nJoliet Junior College, Joliet, IL (courses taken online)\n"
    )
    assert [(e["degree"], e["institution"], e["location"], e["end"]) for e in draft.data["education"]] == [
        ("B.S., Supply Chain Management", "Lewis University (evenings, while working full time)", "Romeoville, IL",
         "2020"),
        ("A.A.S., Logistics Technology", "Joliet Junior College (courses taken online)", "Joliet, IL", "2016"),
    ]  # fmt: skip


@pytest.mark.parametrize("title", ["Material Handler", "Order Picker", "Order Selector", "Packer", "Loader/Unloader"])
def test_a_warehouses_job_titles_are_titles_over_their_employers_line(title: str) -> None:
    draft = draft_of(
        "Luis Ortega\nluis@example.org\n\nEXPERIENCE\nInventory Clerk\tMar 2021 – Present\nAcme Foods, Joliet, IL\n"
        f"• Counted the racks.\n{title}\tJun 2018 – Feb 2021\nCobalt Foods, Reno, NV\n• Loaded trailers.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Inventory Clerk", "Acme Foods", "Joliet, IL"),
        (title, "Cobalt Foods", "Reno, NV"),
    ]
    assert not draft.notes


def test_a_list_of_one_line_degrees_is_one_degree_per_item_its_closing_year_its_date(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Education\n\n- Ph.D. in Computer Science, University of Waterloo, 2026\n"
        "- B.C.S. in Computer Science, University of Waterloo (2021)\n"
        "- **Bachelor of Nursing** — Universidad Distrital (2011 – 2017)\n",
    )
    assert [(e.degree, e.institution, e.start, e.end) for e in cv.education] == [
        ("Ph.D. in Computer Science", "University of Waterloo", None, "2026"),
        ("B.C.S. in Computer Science", "University of Waterloo", None, "2021"),
        ("Bachelor of Nursing", "Universidad Distrital", "2011", "2017"),
    ]


def test_an_associate_of_occupational_studies_is_a_degree_its_school_and_place_apart(tmp_path: Path) -> None:
    # The AOS, the associate degree of career schools (culinary, trades), as the AAS is.
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Education\n\n**AOS in Welding Technology** — Ridgeview Technical Institute, Tulsa, OK"
        " · 2014\n\n## Skills\n\n- MIG welding\n",
    )
    assert [(e.degree, e.institution, e.location, e.end) for e in cv.education] == [
        ("AOS in Welding Technology", "Ridgeview Technical Institute", "Tulsa, OK", "2014")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "**Email:** ada@example.org | **Phone:** 0455774127 | **Github:** https://github.com/ada |",
        "2641 Barracks Road, Unit I — Charlottesville, VA 22901 — (703) 507-2467\n"
        "ada@example.org — https://github.com/ada",
    ],
    ids=["labelled", "dashes"],
)
def test_contact_lines_give_their_details_whether_labelled_or_separated_by_dashes(tmp_path: Path, lines: str) -> None:
    cv, draft = from_markdown(
        tmp_path,
        f"# Ada Example\n{lines}\n\n## Experience\n\n**Engineer**, Acme Ltd | 2020 – 2022\n\n- Shipped releases.\n",
    )
    assert cv.contact.email == "ada@example.org" and cv.contact.phone in ("0455774127", "(703) 507-2467")
    assert "https://github.com/ada" in cv.contact.profiles
    assert "headline" not in draft.data  # neither a label ("Email:") nor a street address is a headline


def test_a_contact_line_pasted_from_an_email_gives_the_details_its_asterisks_set_apart() -> None:
    # A résumé pasted into an e-mail writes its separators as asterisks: the place and number were left as a
    # comment, only the address imported.
    draft = draft_of(
        "Ada Example\nTacoma, WA 98402 * 253.555.0117 * ada@example.org\n\nEXPERIENCE\n"
        "Office Manager, Harbor Lane Foods, Tacoma, WA\t2019 – 2024\n- Ran the office.\n"
    )
    contact = draft.data["contact"]
    assert (contact.get("location"), contact.get("phone"), contact["email"]) == (
        "Tacoma, WA 98402",
        "253.555.0117",
        "ada@example.org",
    )
    assert draft.leftovers == []


def test_an_address_a_contact_line_prints_twice_is_imported_once(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ada Example\nada@example.org · https://www.linkedin.com/in/ada-example · "
        "https://www.linkedin.com/in/ada-example · Leeds, UK\n\n## Experience\n\n"
        "**Engineer**, Acme Ltd | 2020 – 2022\n\n- Shipped releases.\n",
    )
    assert [cv.contact.website, *cv.contact.profiles].count("https://www.linkedin.com/in/ada-example") == 1


def test_a_static_sites_front_matter_is_no_part_of_the_resume(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        '---\nlayout: single\ntitle: "Curriculum Vitae"\n---\nAda Example\n\n## Experience\n\n'
        "**Engineer**, Acme Ltd | 2020 – 2022\n\n- Shipped releases.\n",
    )
    assert cv.contact.name == "Ada Example"
    assert cv.experience[0].bullets[0].text == "Shipped releases."


def test_a_link_or_template_tag_atop_the_page_is_neither_the_name_nor_the_headline(tmp_path: Path) -> None:
    _, draft = from_markdown(
        tmp_path,
        "## [Printable Resume]({{ '/cv/resume' | relative_url }})\n\n*Nurse Educator | Clinical Trainer*\n\n"
        "## Experience\n### Mercy Hospital\n**Charge Nurse** | 2018 – 2023\n- Ran the night shift of a 30-bed ward.\n",
    )
    assert draft.data["contact"]["name"] == "Your Name"  # with a note asking for it
    assert any(n.loc == ("contact", "name") for n in draft.notes)
    assert draft.data["headline"] == "Nurse Educator | Clinical Trainer"  # two titles, one headline


def test_a_quoted_title_is_the_title_and_a_date_qualified_in_brackets_stays_in_the_name() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nPUBLICATIONS\n"
        "2015 “Yes, Any Teacher Can Help the City Spread Computer Science,” Chalkbeat\n"
        '2016 "Solving for X," EdSurge\n'
        "2014 Plain Title, Some Journal\n"
        "\nCERTIFICATIONS\nInitial Certificate in Computer Science (anticipated September 2025)\n"
        "Registered Nurse, State Board, May 2019\n"
    )
    assert [(p["title"], p["venue"]) for p in draft.data["publications"]] == [
        ("Yes, Any Teacher Can Help the City Spread Computer Science", "Chalkbeat"),
        ("Solving for X", "EdSurge"),
        ("Plain Title", "Some Journal"),
    ]
    anticipated, nurse = draft.data["certificates"]
    assert (anticipated["name"], anticipated["date"]) == (
        "Initial Certificate in Computer Science (anticipated September 2025)",
        None,
    )
    assert (nurse["name"], nurse["date"]) == ("Registered Nurse", "May 2019")


def test_a_table_whose_header_names_its_columns_gives_one_role_or_degree_per_row(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Mei Lin\n\n## Work Experience\n\n| Period | Company | Role | Location |\n|---|---|---|---|\n"
        "| Jul 2025 – Present | **Harbour Freight Ltd** | Logistics Coordinator | Rotterdam |\n"
        "| 2021 – 2025 | Saint Anne's Hospital | Ward Clerk | Leeds |\n\n"
        "## Education\n\n| Degree | Institution | Years |\n|---|---|---|\n"
        "| BSc Supply Chain Management | University of Leeds | 2017 – 2021 |\n",
    )
    assert [(r.role, r.employer, r.location, r.start, r.end) for r in cv.experience] == [
        ("Logistics Coordinator", "Harbour Freight Ltd", "Rotterdam", "Jul 2025", "Present"),
        ("Ward Clerk", "Saint Anne's Hospital", "Leeds", "2021", "2025"),
    ]
    degree = cv.education[0]
    assert (degree.degree, degree.institution, degree.start, degree.end) == (
        "BSc Supply Chain Management",
        "University of Leeds",
        "2017",
        "2021",
    )
    assert not [n for n in draft.notes if n.loc[:1] == ("experience",)]  # the header said which is which


def test_a_table_of_skills_gives_its_items_without_its_header_or_labels_and_starts_no_section(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Tom Reyes\n\n## Skills\n\n- **Languages:** Tagalog, Spanish (fluent), English\n"
        "- **Programming Languages:** Python (advanced), SQL\n\n"
        "## Tech stack\n\n| Area | Technologies |\n|---|---|\n| Languages | PHP, JavaScript |\n"
        "| Databases | MySQL |\n",
    )
    assert cv.skill_names == ["Python (advanced)", "SQL", "PHP", "JavaScript", "MySQL"]
    assert [(lang.name, lang.fluency) for lang in cv.languages] == [
        ("Tagalog", None),
        ("Spanish", "fluent"),
        ("English", None),
    ]


def test_a_list_written_on_one_line_is_not_split_inside_brackets(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path, "# Ana Duarte\n\n## Skills\n\nCopy editing, Layout (InDesign, QuarkXPress), Fact-checking\n"
    )
    assert cv.skill_names == ["Copy editing", "Layout (InDesign, QuarkXPress)", "Fact-checking"]


def test_a_table_of_contact_details_gives_them_and_its_labels_are_no_headline(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Jan Novak\n\n| | |\n|---|---|\n| Email | jan@example.org |\n| Web | www.example.org/jan |\n"
        "| Nationality | Czech |\n\n## Experience\n\n**Tester**, Acme Ltd | 2020 – 2022\n\n- Wrote test plans.\n",
    )
    assert (cv.contact.email, cv.contact.website) == ("jan@example.org", "www.example.org/jan")
    assert "headline" not in draft.data
    assert "Nationality" in draft.leftovers and "Czech" in draft.leftovers


def test_citations_in_author_year_style_give_title_and_venue_and_keep_the_authors(tmp_path: Path) -> None:
    _, draft = from_markdown(
        tmp_path,
        "# Ruth Okafor\n\n## Publications\n\n"
        "1. **Okafor, R.** & Mensah, K. (2024). Night-shift staffing and patient falls. Journal of Nursing Care.\n"
        "2. Brandt, L., Okafor, R. (2021) Does ward layout matter? A review. BMJ Open.\n"
        "3. Rethinking Triage (2019) in Emergency Nurse\n",
    )
    got = [(p["year"], p["title"], p["venue"]) for p in draft.data["publications"]]
    assert got[:2] == [
        ("2024", "Night-shift staffing and patient falls", "Journal of Nursing Care"),
        ("2021", "Does ward layout matter?", "A review. BMJ Open"),
    ]
    assert got[2][1] != "Emergency Nurse"  # a title before a year is no list of authors
    assert "Authors of 'Night-shift staffing and patient falls': Okafor, R. & Mensah, K." in draft.leftovers


def test_a_name_in_front_matter_heads_the_resume_and_a_heading_written_as_a_name_wins(tmp_path: Path) -> None:
    cv, _ = from_markdown(tmp_path, "---\nname: Houda Amrani\nlayout: cv\n---\n\n## Summary\n\nData analyst.\n")
    assert cv.contact.name == "Houda Amrani"
    cv, _ = from_markdown(
        tmp_path,
        "# cv-markdown\nFor a school exercise\n\n# Alexandre Roux\n\n## Experience\n\n"
        "### Community Manager / URPS\n*📅 Jan 2025 - Jan 2026*\n- Built communication plans\n\n"
        "### Barista, Café Nord\n📅 2022 – 2024 / Lyon\n- Opened the shop\n",
    )
    manager, barista = cv.experience
    assert cv.contact.name == "Alexandre Roux"
    assert (manager.role, manager.employer, manager.start, manager.end) == (
        "Community Manager",
        "URPS",
        "Jan 2025",
        "Jan 2026",
    )
    assert (barista.employer, barista.location, barista.start, barista.end) == ("Café Nord", "Lyon", "2022", "2024")


def test_a_slash_with_a_space_on_one_side_parts_the_employer_from_the_title_but_ui_ux_stays_one(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ana Ruiz\n\n## Experience\n\n### Tidewater Labs /Senior Product Designer\n2022 – 2024\n- Led research\n\n"
        "### UI/UX Designer, Harbor Co\n2019 – 2022\n- Drew flows\n",
    )
    assert [(r.employer, r.role) for r in cv.experience] == [
        ("Tidewater Labs", "Senior Product Designer"),
        ("Harbor Co", "UI/UX Designer"),
    ]


@pytest.mark.parametrize("second", ["Foreman", "Millwright", "Pipefitter", "Lineman", "Concierge"])
def test_two_trades_titles_parted_by_a_slash_are_one_roles_titles_not_a_title_and_an_employer(
    tmp_path: Path, second: str
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        f"# Derek Holloway\n\n## Experience\n\n### Estimator / {second}\nNorthwest Industrial Electric, Tacoma, WA\n"
        "2016 – 2021\n- Estimated industrial projects\n",
    )
    assert [(r.role, r.employer) for r in cv.experience] == [(f"Estimator / {second}", "Northwest Industrial Electric")]


def test_emoji_adorning_the_name_heading_are_no_part_of_the_name(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# 🧑‍🔧 Tomasz Wielgosz 🇵🇱\n\n📞 (555) 010-4477 · ✉️ t.wielgosz@example.org\n\n"
        "## Experience\n\n### Service Technician — Nordline Elevators\n2019 – 2024\n- Serviced 40 lifts\n",
    )
    assert cv.contact.name == "Tomasz Wielgosz"
    assert (cv.contact.phone, cv.contact.email) == ("(555) 010-4477", "t.wielgosz@example.org")


def test_a_table_under_its_own_heading_before_the_first_section_is_kept_aside_row_by_row_not_a_headline(
    tmp_path: Path,
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Ilse Brandvold\n\nilse@example.org\n\n## Highlights\n\n| Figure | Value |\n| --- | --- |\n"
        "| Orders shipped | 1.2M |\n| Returns | 4% to 2% |\n\n"
        "## Experience\n\n### Warehouse Lead — Fjordpak\n2018 – 2024\n- Ran the night shift\n",
    )
    assert not cv.headline
    assert draft.leftovers == ["Highlights:", "Figure | Value", "Orders shipped | 1.2M", "Returns | 4% to 2%"]
    cv, _ = from_markdown(tmp_path, "# Ilse Brandvold\n\n## Logistics Lead\n\nilse@example.org\n\n## Experience\n")
    assert [v.text for v in cv.headline] == ["Logistics Lead"]  # a subtitle under the name is still its headline


def test_a_list_item_labelling_the_items_nested_under_it_is_their_qualifier_not_a_bullet(tmp_path: Path) -> None:
    # Notion exports a toggle as a list item with its content nested under it.
    cv, _ = from_markdown(
        tmp_path,
        "# Ines Calloway\n\n## Experience\n\n### Store Manager — Larkfield Books\n2019 – 2024\n\n"
        "- Ran a store of 9 staff\n- Community events\n    - Hosted 40 author readings\n"
        "    - Started a children's book club\n- Cut shrink by a third\n"
        "- Rebuilt the stockroom in 2021\n    - Labelled 1,200 bays\n",
    )
    bullets = [(b.text, b.role) for b in cv.experience[0].bullets]
    assert bullets == [
        ("Ran a store of 9 staff", None),
        ("Hosted 40 author readings", "Community events"),
        ("Started a children's book club", "Community events"),
        ("Cut shrink by a third", None),  # after the nested list, no longer under its label
        ("Rebuilt the stockroom in 2021", None),  # an item with a figure over details of its own is a bullet
        ("Labelled 1,200 bays", None),
    ]
    # A degree's items keep every line: a degree keeps no qualifier, so a label there is one of its details.
    cv, _ = from_markdown(
        tmp_path,
        "# Ines Calloway\n\n## Education\n\n### Eastmoor Polytechnic 2010 -- 2012\n\n  - Diploma in Retail\n"
        "  - Course Work\n    - Bookkeeping\n    - Visual merchandising\n",
    )
    assert cv.education[0].details == ["Diploma in Retail", "Course Work", "Bookkeeping", "Visual merchandising"]


def test_roles_as_headings_in_list_items_are_one_role_each_with_their_description(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Priya Nair\n\n## Work Experience\n\n"
        "- ### Staff Nurse — Royal Free Hospital\n\t**London, UK**  \n\t_Jan 2021 – Present_  \n"
        "\tRan discharge planning for a 28-bed ward.\n\n"
        "- ### Healthcare Assistant — Whittington Health\n\t**London, UK**  \n\t_Mar 2018 – Dec 2020_  \n"
        "\tSupported patients with daily care.\n",
    )
    assert [(r.role, r.employer, r.start, [b.text for b in r.bullets]) for r in cv.experience] == [
        ("Staff Nurse", "Royal Free Hospital", "Jan 2021", ["Ran discharge planning for a 28-bed ward."]),
        ("Healthcare Assistant", "Whittington Health", "Mar 2018", ["Supported patients with daily care."]),
    ]


def test_a_sub_heading_under_a_dated_role_heading_is_its_employer_not_a_role(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Sam Ortiz\n\n## Teaching Experience\n\n### Teacher, Math 7 (Aug 2013–Jun 2014)\n"
        "#### Monroe Middle School (Stanardsville, VA)\n\n- Wrote the unit plans.\n\n"
        "### Teacher, Algebra II (Aug 2012–Jun 2013)\n#### Central High School\n\n- Coached the swim team.\n",
    )
    assert len(cv.experience) == 2
    assert [b.text for r in cv.experience for b in r.bullets] == ["Wrote the unit plans.", "Coached the swim team."]


def test_an_awards_date_and_description_on_lines_under_it_stay_with_it(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Lena Berg\n\n## Awards\n\n- **Reporter of the Year** — Nordic Press Club  \n\t_Sep 2019_  \n"
        "\tRecognised for a series on rural clinics.\n- Young Journalist Prize, Press Union, May 2016\n",
    )
    assert [(a.name, a.issuer, a.date) for a in cv.awards] == [
        ("Reporter of the Year", "Nordic Press Club", "Sep 2019"),  # a dash sets them apart, as a bar does
        ("Young Journalist Prize", "Press Union", "May 2016"),
    ]
    assert "Recognised for a series on rural clinics." in draft.leftovers


def test_one_line_degrees_with_their_institution_under_them_are_a_degree_each(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Sam Ortiz\n\n## Education\n\n- M.A. Curriculum and Instruction, Virginia Tech, 2012\n"
        "- B.S. Mathematics Education, Virginia Tech, 2011\n\nVirginia Polytechnic Institute and State University\n",
    )
    assert [(e.degree, e.end or e.start) for e in cv.education][:2] == [
        ("M.A. Curriculum and Instruction", "2012"),
        ("B.S. Mathematics Education", "2011"),
    ]


def test_a_city_with_its_state_code_is_the_place_and_glyph_bullets_in_a_paragraph_are_bullets(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Dana Cole\n\nWORK EXPERIENCE\n---\n***Blue Ridge Outfitters, Asheville NC***\n\n"
        "March 2017 – March 2020\n\n*Trail Guide*\n\n  • Led week-long backpacking trips.\\\n"
        "  • Trained new guides in first aid.\n",
    )
    role = cv.experience[0]
    assert (role.role, role.employer, role.location) == ("Trail Guide", "Blue Ridge Outfitters", "Asheville NC")
    assert [b.text for b in role.bullets] == ["Led week-long backpacking trips.", "Trained new guides in first aid."]


def _nurse_page(every_line_ends_with_a_space: bool) -> list[Text]:
    """A nurse's résumé as a PDF page: a right-aligned date column, a description that wraps at the right
    margin, bullets and headings; every run ending with a space, as Google Docs and Word on a Mac write."""
    end = " " if every_line_ends_with_a_space else ""
    wrapped = "Led the night shift on a thirty-bed surgical ward, kept the rota of twelve nurses and trained"
    return [
        Text(50, 800, "Priya Nair" + end, 20, bold=True),
        Text(50, 780, "priya@example.org" + end),
        Text(50, 750, "Experience" + end, 13, bold=True),
        Text(50, 730, "Staff Nurse, Royal Free Hospital" + end, bold=True),
        Text(480, 730, "2021 – 2024" + end),
        Text(50, 716, wrapped + " "),  # a line that wrapped: word processors keep its space
        Text(50, 702, "the new nurses in the hospital's triage protocol." + end),
        Text(50, 688, "• Ran discharge planning with two coordinators." + end),
        Text(50, 668, "Healthcare Assistant, Whittington Health" + end, bold=True),
        Text(480, 668, "2018 – 2021" + end),
        Text(50, 654, "• Supported patients with daily care." + end),
        Text(50, 624, "Education" + end, 13, bold=True),
        Text(50, 604, "BSc Nursing, King's College London" + end),
        Text(480, 604, "2014 – 2018" + end),
    ]


@pytest.mark.parametrize("spaced", [True, False])
def test_a_pdf_whose_every_line_ends_with_a_space_keeps_its_lines_apart_and_joins_the_one_that_wrapped(
    tmp_path: Path, spaced: bool
) -> None:
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", _nurse_page(spaced)))
    assert cv.contact.name == "Priya Nair"
    assert [(r.role, r.employer, r.start, r.end) for r in cv.experience] == [
        ("Staff Nurse", "Royal Free Hospital", "2021", "2024"),
        ("Healthcare Assistant", "Whittington Health", "2018", "2021"),
    ]
    assert [b.text for b in cv.experience[0].bullets] == [
        "Led the night shift on a thirty-bed surgical ward, kept the rota of twelve nurses and trained the new "
        "nurses in the hospital's triage protocol.",
        "Ran discharge planning with two coordinators.",
    ]
    assert [(e.degree, e.institution) for e in cv.education] == [("BSc Nursing", "King's College London")]


def test_section_labels_in_a_left_margin_column_are_headings_and_a_name_shares_its_line_with_contacts(
    tmp_path: Path,
) -> None:
    page = [
        Text(50, 800, "Lena Berg lena@example.org; 555-010-2233 ", 16, bold=True),
        Text(40, 760, "Current work ", 11, bold=True),
        Text(150, 760, "Nordic Press Club ", 12, bold=True),
        *(Text(150, 746 - 14 * n, line) for n, line in enumerate(["Reporter (March 2022 — present) ",
          "• Covered rural health care. ", "• Ran the data desk. "])),
        Text(40, 690, "Past work ", 11, bold=True),
        Text(150, 690, "Coastal Daily ", 12, bold=True),
        Text(150, 676, "Copy editor (June 2018 — March 2022) "),
        Text(150, 662, "• Edited the weekend edition. "),
    ]  # fmt: skip
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert (cv.contact.name, cv.contact.email, cv.contact.phone) == ("Lena Berg", "lena@example.org", "555-010-2233")
    assert [(r.employer, r.start, len(r.bullets)) for r in cv.experience] == [
        ("Nordic Press Club", "March 2022", 2),
        ("Coastal Daily", "June 2018", 1),
    ]


def test_in_a_pdf_a_bar_far_after_a_long_bold_piece_separates_cells_and_opens_no_column(tmp_path: Path) -> None:
    # A bold degree set wider than its length estimates: the bar after it seems a column's gap away, but a piece that
    # opens with a bar goes on from the one before it, so the institution keeps no bar of its own.
    page = [
        Text(50, 800, "Dana Whitfield", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Dispatcher | Kestrel Freight, Dayton, OH", bold=True),
        Text(480, 750, "Mar 2020 – Present"),
        Text(50, 736, "• Routed forty trucks a day."),
        Text(50, 710, "Education", 14, bold=True),
        Text(50, 690, "Associate of Applied Science, Health Information Management", bold=True),
        Text(410, 690, "| Fernwood Community College | 2019"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    degree = cv.education[0]
    assert (degree.degree, degree.institution, degree.end) == (
        "Associate of Applied Science, Health Information Management",
        "Fernwood Community College",
        "2019",
    )


def test_in_a_pdf_a_year_set_right_after_a_long_piece_is_the_degrees_date_not_part_of_its_place(
    tmp_path: Path,
) -> None:
    # A word processor sets the year at a right tab stop; the piece before it, in a narrow font, ends
    # nearer than its length estimates, so no gap shows between "OH" and "2019".
    page = [
        Text(50, 800, "Dana Whitfield", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Dispatcher | Kestrel Freight, Dayton, OH", bold=True),
        Text(480, 750, "Mar 2020 – Present"),
        Text(50, 736, "• Routed forty trucks a day."),
        Text(50, 710, "Education", 14, bold=True),
        Text(50, 690, "Associate of Applied Science", bold=True),
        Text(190, 690, " | Fernwood Community College, Dayton, OH"),
        Text(370, 690, "2019"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    degree = cv.education[0]
    assert (degree.institution, degree.location, degree.end) == ("Fernwood Community College", "Dayton, OH", "2019")


def test_in_a_pdf_titles_under_an_employer_set_larger_than_them_all_work_there(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Lena Berg", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 745, "Harbour Gazette", 14, bold=True),
        Text(50, 728, "Production editor (January 2018 — December 2019)", 12),
        Text(50, 714, "• Ran the daily production of stories."),
        Text(50, 698, "Web producer (August 2014 — December 2017)", 12),
        Text(50, 684, "• Published stories to the website."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.role, r.employer) for r in cv.experience] == [
        ("Production editor", "Harbour Gazette"),
        ("Web producer", "Harbour Gazette"),
    ]


def test_in_a_linkedin_profile_pdf_every_title_under_an_employer_set_larger_works_there(tmp_path: Path) -> None:
    # LinkedIn's profile PDF: the employer in larger plain type, its total time, then each title in bold
    # over its dates and place; the second title has no employer line of its own.
    page = [
        Text(200, 800, "Tomas Reyes", 24),
        Text(200, 770, "Experience", 14),
        Text(200, 750, "Kestrel Freight", 12),
        Text(200, 736, "6 years 2 months", 10),
        Text(200, 720, "Dispatch Supervisor", 11, bold=True),
        Text(200, 706, "March 2022 - Present (2 years 9 months)", 10),
        Text(200, 692, "Reno, Nevada, United States", 10),
        Text(200, 676, "- Ran the night shift of twelve dispatchers.", 10),
        Text(200, 656, "Dispatcher", 11, bold=True),
        Text(200, 642, "October 2018 - March 2022 (3 years 6 months)", 10),
        Text(200, 628, "Reno, Nevada, United States", 10),
        Text(200, 612, "- Routed forty trucks a day.", 10),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.role, r.employer, r.start) for r in cv.experience] == [
        ("Dispatch Supervisor", "Kestrel Freight", "March 2022"),
        ("Dispatcher", "Kestrel Freight", "October 2018"),
    ]
    assert not [n for n in draft.notes if "could not tell" in n.message]


def test_a_title_with_its_team_after_a_comma_keeps_it_when_the_other_piece_names_the_employer_and_its_place() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\n\n"
        "Night Supervisor, Inbound Operations | Harrow Cold Storage, Dayton, OH        Jun 2019 - Feb 2022\n"
        "* Ran the receiving dock.\n\n"
        "Dock Lead | Harrow Cold Storage, Dayton, OH        Aug 2017 - May 2019\n"
        "* Unloaded trailers.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Night Supervisor, Inbound Operations", "Harrow Cold Storage", "Dayton, OH"),
        ("Dock Lead", "Harrow Cold Storage", "Dayton, OH"),
    ]


def test_in_plain_text_a_title_under_the_last_role_with_no_employer_works_where_the_employer_line_said() -> None:
    draft = draft_of(
        "Tomas Reyes\n\nEXPERIENCE\n\nKestrel Freight, Reno, NV\nDispatch Supervisor        Mar 2022 - Present\n"
        "* Ran the night shift of twelve dispatchers.\n\nDispatcher        Oct 2018 - Mar 2022\n"
        "* Routed forty trucks a day.\n\nHollis Parcel, Sparks, NV\nCourier        Jun 2015 - Sep 2018\n"
        "* Delivered parcels.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Dispatch Supervisor", "Kestrel Freight", "Reno, NV"),
        ("Dispatcher", "Kestrel Freight", "Reno, NV"),
        ("Courier", "Hollis Parcel", "Sparks, NV"),
    ]


def test_in_plain_text_a_title_with_a_qualifier_after_a_comma_under_an_employer_line_works_there() -> None:
    draft = draft_of(
        "Ana Brandt\n\nEXPERIENCE\n\nKestrel Air, Reno, NV\nCaptain, Dash 8 | 2020 - Present\n"
        "- Commanded regional flights.\n\nFirst Officer, Dash 8 | 2017 - 2020\n- Flew regional flights.\n\n"
        "Hollis Flight School, Sparks, NV\nFlight Instructor | 2015 - 2017\n- Taught students.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Captain, Dash 8", "Kestrel Air", "Reno, NV"),
        ("First Officer, Dash 8", "Kestrel Air", "Reno, NV"),
        ("Flight Instructor", "Hollis Flight School", "Sparks, NV"),
    ]


def test_titles_whose_comma_sets_apart_what_the_job_was_over_under_an_organisations_line_need_no_check() -> None:
    # Read as surely as "Charge Nurse" under it: the heading plainly names the employer, the comma the job's field.
    draft = draft_of(
        "Rosa Delgado\n\nEXPERIENCE\n\nHarbor Point Medical Center, Mobile, AL\n"
        "Nurse Manager, Cardiac & Telemetry Services | Jun 2020 – Present\n- Led a team of 40 nurses.\n\n"
        "Staff Nurse, Cardiac Intensive Care | Aug 2016 – May 2020\n- Cared for patients after heart surgery.\n\n"
        "Gulf Coast Regional Hospital, Pensacola, FL\nCharge Nurse | Jul 2014 – Jul 2016\n- Ran the night shift.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Nurse Manager, Cardiac & Telemetry Services", "Harbor Point Medical Center", "Mobile, AL"),
        ("Staff Nurse, Cardiac Intensive Care", "Harbor Point Medical Center", "Mobile, AL"),
        ("Charge Nurse", "Gulf Coast Regional Hospital", "Pensacola, FL"),
    ]
    assert [n.message for n in draft.notes if "check which is which" in n.message] == []


def test_in_plain_text_a_bullet_run_on_after_another_with_the_same_glyph_is_a_bullet_of_its_own() -> None:
    draft = draft_of(
        "Ines Kowalczyk\n\nEXPERIENCE\nStation Chef - Larder & Vine, Leeds  2020-Present\n"
        "* Prepped cold starters for 120 covers * Trained two commis chefs on knife work\n"
        "* Kept allergen logs (weekly * daily in summer) and rated 5 * by inspectors\n"
        "- Ordered produce - Costed the menu\n"
    )
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Prepped cold starters for 120 covers",
        "Trained two commis chefs on knife work",
        "Kept allergen logs (weekly * daily in summer) and rated 5 * by inspectors",
        "Ordered produce - Costed the menu",
    ]


def test_in_plain_text_claims_without_marks_or_full_stops_are_the_roles_bullets_not_the_next_roles_header() -> None:
    draft = draft_of(
        "Mara Lindqvist\n\nWORK HISTORY\n\nNORTHGATE MILLWORKS, Tacoma, WA\n"
        "Lead Cabinet Installer                    04/2018-PRESENT\n"
        "Install base and wall cabinets in new apartment buildings for the general contractor\n"
        "Scribe and fit filler strips, crown molding and toe kicks to uneven walls\n"
        "Keep the crew safe on scaffolds and ladders, no lost-time incidents since 2018\n"
        "Order hardware and track deliveries for the site superintendent\n"
        "HARBOR TRIM CO., Olympia, WA\n"
        "Apprentice Carpenter                      06/2014-03/2018\n"
        "Hung doors and set door frames and casings under the direction of the foreman\n"
    )
    roles = draft.data["experience"]
    assert [(r["employer"], r["role"], r["location"], r["start"]) for r in roles] == [
        ("NORTHGATE MILLWORKS", "Lead Cabinet Installer", "Tacoma, WA", "04/2018"),
        ("HARBOR TRIM CO.", "Apprentice Carpenter", "Olympia, WA", "06/2014"),
    ]
    assert [len(r["bullets"]) for r in roles] == [4, 1]
    assert roles[0]["bullets"][2]["text"].endswith("no lost-time incidents since 2018")


def test_credentials_in_capitals_one_to_a_line_under_their_title_are_certificates_not_titles() -> None:
    draft = draft_of(
        "Rosa Albrecht\n\nCERTIFICATIONS\nOSHA 30\nCPR\nCertified Welding Inspector\nEPA 608\n\n"
        "EXPERIENCE\nWelder, Kestrel Fabrication\t2015 - 2024\n- Welded structural steel.\n\n"
        "CONFERENCES ATTENDED\nFabtech, 2023\n"
    )
    assert [c["name"] for c in draft.data["certificates"]] == [
        "OSHA 30",
        "CPR",
        "Certified Welding Inspector",
        "EPA 608",
    ]
    assert len(draft.data["experience"]) == 1
    assert draft.leftovers[0] == "CONFERENCES ATTENDED:"


def test_in_a_pdf_a_line_in_lower_case_under_a_bullet_that_stopped_mid_sentence_is_its_rest(tmp_path: Path) -> None:
    # The maker ends wrapped lines with a space, but not one it broke before a long word.
    page = [
        Text(50, 800, "Tomas Reyes", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Dispatcher, Kestrel Freight (2018 - 2022)", 10),
        Text(50, 734, "- Routed forty trucks a day across three states and kept every driver's logbook ", 10),
        Text(50, 722, "current for the weekly audit.", 10),
        Text(50, 708, "- Scheduled night, weekend and holiday shifts for twelve dispatchers and short-term", 10),
        Text(50, 696, "contractors.", 10),
        Text(50, 682, "- Trained new dispatchers on the routing software, the radio and the paper backup ", 10),
        Text(50, 670, "forms.", 10),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [b.text for b in cv.experience[0].bullets] == [
        "Routed forty trucks a day across three states and kept every driver's logbook current for the weekly audit.",
        "Scheduled night, weekend and holiday shifts for twelve dispatchers and short-term contractors.",
        "Trained new dispatchers on the routing software, the radio and the paper backup forms.",
    ]


def test_in_a_pdf_a_dash_under_an_items_text_that_goes_on_in_lower_case_is_the_items_rest(tmp_path: Path) -> None:
    # A word processor broke the licence's line before its dash and expiry; a sub-item in capitals stays an item.
    page = [
        Text(50, 800, "Tomas Reyes", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Crop Scout, Kestrel Grain (2018 - 2022)", 10),
        Text(50, 734, "\u2022 Scouted corn and soybean fields weekly for the co-op's growers.", 10),
        Text(60, 720, "\u2013 Weeds, insects and diseases mapped per field.", 10),
        Text(50, 700, "Certifications", 14, bold=True),
        Text(50, 684, "\u2022 Commercial Pesticide Applicator License, Categories 1A and 1C", 10),
        Text(60, 670, "\u2014 exp. 12/2026", 10),
        Text(50, 656, "\u2022 Certified Crop Adviser \u2014 2021", 10),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [c.name for c in cv.certificates][1:] == ["Certified Crop Adviser"]
    assert cv.certificates[0].name.startswith("Commercial Pesticide Applicator License")
    assert cv.certificates[0].expires == "12/2026"
    assert len(cv.experience[0].bullets) == 2


def test_in_a_pdf_a_line_of_skills_that_reached_the_edge_and_broke_inside_a_skill_goes_on_below(tmp_path: Path) -> None:
    # The maker ends wrapped lines with a space, but not the one it broke inside a skill's two words.
    page = [
        Text(50, 800, "Tomas Reyes", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Dispatcher, Kestrel Freight (2018 - 2022)", 10),
        Text(50, 734, "- Routed forty trucks a day across three states and kept every driver's logbook ", 10),
        Text(50, 722, "current for the weekly audit.", 10),
        Text(50, 708, "- Scheduled night, weekend and holiday shifts for twelve dispatchers and the ", 10),
        Text(50, 696, "contractors.", 10),
        Text(50, 676, "Skills", 14, bold=True),
        Text(50, 656, "Tools: dispatch boards, electronic logging devices, two-way radios, route planning", 10),
        Text(50, 644, "software, fleet telematics", 10),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [s.name for s in cv.skills] == [
        "dispatch boards",
        "electronic logging devices",
        "two-way radios",
        "route planning software",
        "fleet telematics",
    ]


def test_in_a_pdf_an_acronym_among_skills_one_to_a_line_is_a_skill_not_a_sections_title(tmp_path: Path) -> None:
    # LinkedIn's sidebar: "Top Skills" in its own size, then one skill to a line in the body's type.
    page = [
        Text(50, 800, "Tomas Reyes", 24),
        Text(50, 770, "Experience", 14),
        Text(50, 750, "Dispatcher, Kestrel Freight (2018 - 2022)", 10),
        Text(50, 736, "- Routed forty trucks a day.", 10),
        Text(50, 700, "Top Skills", 13),
        Text(50, 684, "Route Planning", 10),
        Text(50, 670, "ELD", 10),
        Text(50, 656, "Fleet Safety", 10),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [s.name for s in cv.skills] == ["Route Planning", "ELD", "Fleet Safety"]
    assert not draft.leftovers


def test_in_a_linkedin_profile_pdf_a_degrees_years_wrapped_after_a_middle_dot_are_its_dates(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Tomas Reyes", 24),
        Text(50, 770, "Experience", 14),
        Text(50, 750, "Dispatcher, Kestrel Freight (2018 - 2022)", 10),
        Text(50, 736, "- Routed forty trucks a day.", 10),
        Text(50, 700, "Education", 14),
        Text(50, 684, "Truckee Meadows Community College", 12),
        Text(50, 670, "Associate of Applied Science - AAS, Logistics", 10),
        Text(50, 658, "\xb7 (2014 - 2016)", 10),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    (degree,) = cv.education
    assert (degree.start, degree.end, degree.details) == ("2014", "2016", [])


def test_a_pdfs_bullet_glyph_that_reads_as_a_control_character_is_a_bullet(tmp_path: Path) -> None:
    page = [Text(50, 800, "Kai Ito", 16, bold=True), Text(50, 770, "Experience", 13, bold=True)]
    page += [Text(50, 750, "Chef, Harbour Kitchen (2019 – 2023)"), Text(50, 736, "\x7f Ran a brigade of eight cooks.")]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [b.text for b in cv.experience[0].bullets] == ["Ran a brigade of eight cooks."]


def test_a_glyph_that_pdf_text_gives_as_a_control_character_is_a_bullet_and_a_ligature_its_letters() -> None:
    draft = draft_of(
        "Kai Ito\n\nEXPERIENCE\nChef, Harbour Kitchen (2019 – 2023)\n\x7f Ran a brigade of eight cooks.\n"
        "\x7f Cut the oﬃce's food waste by a ﬁfth.\n"
    )
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Ran a brigade of eight cooks.",
        "Cut the office's food waste by a fifth.",
    ]


def test_titles_under_one_employers_heading_all_work_there(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Maria Silva\n\n## Work Experience\n\n#### Lincoln High School, Boston, MA\n"
        "Mathematics Teacher | September 2019 - Present\n- Taught algebra to four classes.\n"
        "Substitute Teacher | January 2017 – June 2019\n- Covered science and maths lessons.\n\n"
        "#### Technical Projects\nGrading Dashboard | 2021\n- Built a dashboard of grades.\n"
        "Quiz Bot | 2022\n- Wrote a bot.\n",
    )
    assert [(r.role, r.employer, r.location) for r in cv.experience[:2]] == [
        ("Mathematics Teacher", "Lincoln High School", "Boston, MA"),
        ("Substitute Teacher", "Lincoln High School", "Boston, MA"),
    ]
    # "Technical Projects" names a kind of entry, no employer: its projects are roles of their own, apart.
    assert [(r.role, r.employer, r.section) for r in cv.experience[2:]] == [
        ("Grading Dashboard", None, "Technical Projects"),
        ("Quiz Bot", None, "Technical Projects"),
    ]


def test_titles_under_an_employers_line_whose_place_says_how_the_work_was_done_all_work_there(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Teodora Brandt\nteo@example.com\n\nEXPERIENCE\n\nHollis Freight — Tacoma, WA (Remote)\n"
        "Dispatch Supervisor | April 2021 – Present\n• Scheduled 40 drivers a day\n"
        "Dispatcher | June 2018 – March 2021\n• Booked loads with brokers\n",
        encoding="utf-8",
    )
    cv, _ = imported(path)
    # "(Remote)" says how the work was done at the place: the line still names the employer over both titles.
    assert [(r.role, r.employer, r.location) for r in cv.experience] == [
        ("Dispatch Supervisor", "Hollis Freight", "Tacoma, WA (Remote)"),
        ("Dispatcher", "Hollis Freight", "Tacoma, WA (Remote)"),
    ]


def test_a_projects_name_over_a_line_of_its_facts_is_the_role_and_the_facts_its_first_bullet(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Ines Varga\nines@example.com\n\nEXPERIENCE\nSite Manager, Korvo Build, Leeds   2019 – Present\n"
        "- Ran a school extension.\n\nSELECTED PROJECTS\nHarbour Library – North Annex\n"
        "£12M | 4,500 m² | Design and Build | Live library, phased works | 2021–2023\n"
        "Calder Bridge Depot\n£3.5M | 1,200 m² | Two Stage Tender | 2019–2020\n",
        encoding="utf-8",
    )
    cv, draft = imported(path)
    projects = [r for r in cv.experience if r.section]
    # The facts are no title, employer or place: kept whole, word for word, as the project's first bullet.
    assert [(r.role, r.employer, r.location, r.start, r.end) for r in projects] == [
        ("Harbour Library – North Annex", None, None, "2021", "2023"),
        ("Calder Bridge Depot", None, None, "2019", "2020"),
    ]
    assert [[b.text for b in r.bullets] for r in projects] == [
        ["£12M | 4,500 m² | Design and Build | Live library, phased works"],
        ["£3.5M | 1,200 m² | Two Stage Tender"],
    ]
    assert sum("line of facts" in note.message for note in draft.notes) == 2


def test_a_projects_name_and_its_facts_on_one_dated_line_are_the_role_and_its_first_bullet(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Oskar Lindqvist\noskar@example.com\n\nEXPERIENCE\n"
        "Superintendent, Fenmark Builders, Boise, ID   2018 – Present\n- Ran a clinic build.\n\nSELECTED PROJECTS\n"
        "Cedar Ridge Clinic - 2-story MOB, 38,000 SF, $14M, design-build (2021-2022)\n"
        "Foothills Library – 22,000 SF, $9M, LEED Gold   2019 – 2020\n"
        "Trail Map App – Hobby project   2023\n",  # no facts: a name and what it is, read as before
        encoding="utf-8",
    )
    cv, draft = imported(path)
    projects = [r for r in cv.experience if r.section]
    # The facts are no employer and place: kept whole, word for word, as the project's first bullet.
    assert [(r.role, r.employer, r.location, r.start, r.end) for r in projects[:2]] == [
        ("Cedar Ridge Clinic", None, None, "2021", "2022"),
        ("Foothills Library", None, None, "2019", "2020"),
    ]
    assert [[b.text for b in r.bullets] for r in projects[:2]] == [
        ["2-story MOB, 38,000 SF, $14M, design-build"],
        ["22,000 SF, $9M, LEED Gold"],
    ]
    assert not projects[2].bullets
    assert sum("line of facts after" in note.message for note in draft.notes) == 2


def test_roles_written_one_to_a_list_item_opening_with_their_dates_are_a_role_each(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ruth Okafor\n\n## Relevant Employment\n\n"
        "- 2018 – Present. Nurse Educator. Royal Infirmary of Edinburgh, Scotland.\n"
        "- 2012 - 2018. Charge Nurse in Acute Medicine. Western General Hospital, Edinburgh.\n\n"
        "## Career Highlights\n\n- Cut falls on the ward by a third.\n",
    )
    assert [(r.role, r.employer, r.start, r.end) for r in cv.experience] == [
        ("Nurse Educator", "Royal Infirmary of Edinburgh", "2018", "Present"),
        ("Charge Nurse in Acute Medicine", "Western General Hospital", "2012", "2018"),
    ]
    assert cv.experience[0].location == "Scotland"  # the sentence's full stop is no part of the place


def test_highlights_and_references_are_kept_for_the_owner_to_place_not_read_as_roles() -> None:
    draft = draft_of(
        "Sean Berg\nOPERATIONS MANAGER\n\nCAREER HIGHLIGHTS\n• Cut staff turnover from 18% to 7%.\n\n"
        "EXPERIENCE\nOperations Manager, Harbour Logistics\t2019 – 2024\n• Ran three depots.\n\n"
        "REFERENCES\nAvailable on request.\n"
    )
    assert [role["employer"] for role in draft.data["experience"]] == ["Harbour Logistics"]
    assert "Cut staff turnover from 18% to 7%." in draft.leftovers
    assert "Available on request." in draft.leftovers


@pytest.mark.parametrize("title", ["KEY ACHIEVEMENTS", "ACHIEVEMENTS", "RECOGNITION", "Career Highlights"])
def test_a_section_of_achievements_lists_awards_when_its_lines_are_awards_with_their_years(title: str) -> None:
    cv = (
        "Sean Berg\nsean@example.com\n\nEXPERIENCE\nRegional Sales Manager, Harbour Logistics\t2019 – 2024\n"
        "• Ran three depots.\n\n{title}\n{lines}\nEDUCATION\nBA History, Ohio State University, 2010\n"
    )
    awards = "• Presidents Club, Tidewater Freight (2021)\n• Rookie of the Year – Brightline Carriers, 2016\n"
    draft = draft_of(cv.format(title=title, lines=awards))
    assert [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]] == [
        ("Presidents Club", "Tidewater Freight", "2021"),
        ("Rookie of the Year", "Brightline Carriers", "2016"),
    ]
    assert not draft.leftovers
    # Claims of what was done are no awards, however the section is titled: kept for the owner to place.
    claims = "• Grew revenue 40% in 2021 by opening two new territories.\n• Cut churn from 12% to 7%.\n"
    draft = draft_of(cv.format(title=title, lines=claims))
    assert "awards" not in draft.data
    assert "Grew revenue 40% in 2021 by opening two new territories." in draft.leftovers
    assert [len(role["bullets"]) for role in draft.data["experience"]] == [1]


@pytest.mark.parametrize("glyph", ["{", "∠", "➢", "✓", "►", "❑", "♦", "➔", "□"])
def test_a_bullet_glyph_as_a_pdf_reader_or_a_symbol_font_gives_it_makes_a_bullet(glyph: str) -> None:
    draft = draft_of(
        f"Eric Allatta | CS and Math Teacher\n\nEXPERIENCE\nMath Teacher, Hillside High School\t2012 – 2021\n"
        f"{glyph} Designed the algebra curriculum.\n{glyph} Led the department.\n"
    )
    assert (draft.data["contact"]["name"], draft.data["headline"]) == ("Eric Allatta", "CS and Math Teacher")
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Designed the algebra curriculum.",
        "Led the department.",
    ]


_LETTER_O_BULLETS = [
    "Rosa Quintal",
    "rosa@example.org",
    "",
    "EXPERIENCE",
    "",
    "SOUS CHEF",
    "Tasca do Largo, Porto, Portugal",
    "2016 - 2020",
    "o Ran the pass on weekend services",
    "o Trained four commis on butchery and sauces",
    "o Kept the HACCP records",
    "",
    "LINE COOK",
    "Casa Verde, Lisbon, Portugal",
    "2013 - 2016",
    "o Worked the grill station",
]
"""A résumé copied out of Word as text: its bullets the letter "o" (Word's bullet in Courier New), the second
role's one bullet right under its dates."""


@pytest.mark.parametrize("kind", ["txt", "md", "docx"])
def test_the_letter_o_set_as_a_bullet_makes_bullets_and_leaves_the_next_roles_lines_whole(
    tmp_path: Path, kind: str
) -> None:
    import docx

    path = tmp_path / f"cv.{kind}"
    if kind == "docx":
        document = docx.Document()
        for text in _LETTER_O_BULLETS:
            document.add_paragraph(text)
        document.save(str(path))
    else:
        path.write_text("\n".join(_LETTER_O_BULLETS) + "\n", encoding="utf-8")
    cv, _ = imported(path)
    assert [(r.role, r.employer, r.location) for r in cv.experience] == [
        ("SOUS CHEF", "Tasca do Largo", "Porto, Portugal"),
        ("LINE COOK", "Casa Verde", "Lisbon, Portugal"),
    ]
    assert [[b.text for b in r.bullets] for r in cv.experience] == [
        ["Ran the pass on weekend services", "Trained four commis on butchery and sauces", "Kept the HACCP records"],
        ["Worked the grill station"],
    ]


def test_in_a_pdf_each_line_opened_by_the_letter_o_set_as_a_bullet_is_a_bullet_of_its_own(tmp_path: Path) -> None:
    page = [Text(50, 800 - 14 * n, text) for n, text in enumerate(_LETTER_O_BULLETS) if text]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [[b.text for b in r.bullets] for r in cv.experience] == [
        ["Ran the pass on weekend services", "Trained four commis on butchery and sauces", "Kept the HACCP records"],
        ["Worked the grill station"],
    ]


def test_a_town_and_its_state_s_letters_without_a_comma_end_a_role_s_line_as_its_place() -> None:
    draft = draft_of(
        "Dana Roux\nd@example.org\n\nEXPERIENCE\n"
        "Electrical Foreman, Harlan Electric Inc, Bolingbrook IL\t6/2013 - 2/2019\n- Ran crews of six.\n"
        "Maintenance Electrician, Calumet Steel, East Chicago IN\t2009 - 2013\n- Troubleshot motors.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Electrical Foreman", "Harlan Electric Inc", "Bolingbrook IL"),
        ("Maintenance Electrician", "Calumet Steel", "East Chicago IN"),
    ]


@pytest.mark.parametrize("mark", [">", "+", "->", "=>"])
def test_a_mark_typed_for_a_bullet_in_a_text_file_makes_bullets(mark: str) -> None:
    # Typed in Notepad, which has no bullets: an arrow's or a plus sign's stand-in opens each line of a list.
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nEXPERIENCE\nElectrical Foreman, Harlan Electric, Joliet, IL\t2016 - 2020\n"
        f"{mark} Ran crews of 6-12 electricians\n{mark} Bent EMT and rigid conduit\n\n"
        "Maintenance Electrician, Calumet Steel, Gary, IN\t2012 - 2016\n"
        f"{mark} Troubleshot 480V motors\n"
    )
    assert [[b["text"] for b in r["bullets"]] for r in draft.data["experience"]] == [
        ["Ran crews of 6-12 electricians", "Bent EMT and rigid conduit"],
        ["Troubleshot 480V motors"],  # a role's one bullet, right under its dates
    ]
    # A sign that opens a line of prose where no list stands stays in it.
    summary = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nSUMMARY\nElectrician with 20 years of work and\n"
        f"{mark} 40 projects in the field.\n\nEXPERIENCE\nForeman, Harlan Electric, Joliet\t2016 - 2020\n- Ran crews.\n"
    )
    assert f"{mark} 40 projects" in summary.data["summary"]


def test_a_line_opening_with_a_word_o_where_no_bullet_stands_is_prose() -> None:
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nSUMMARY\nHead chef of Tasca do Largo, which the guide named\n"
        "o Melhor Restaurante do Porto, and before it a line cook at o'Neills.\n\n"
        "EXPERIENCE\nHead Chef, Tasca do Largo, Porto\t2016 - 2020\n- Ran the kitchen.\n"
    )
    assert draft.data["summary"] == (
        "Head chef of Tasca do Largo, which the guide named o Melhor Restaurante do Porto, and before it a line cook "
        "at o'Neills."
    )


@pytest.mark.parametrize(
    "first_line",
    ["Computer Science & Mathematics Educator | Curriculum Developer", "Hey, I'm Li Wei — an IC Verification Engineer"],
)
def test_a_headline_or_a_sentence_before_a_bar_or_dash_is_no_name(first_line: str) -> None:
    draft = draft_of(f"{first_line}\n\nEXPERIENCE\nTeacher, Hillside High School\t2012 – 2021\n• Taught.\n")
    assert draft.data["contact"]["name"] == "Your Name"  # asked for, with a note


def test_an_employer_or_place_set_in_capitals_is_kept_as_written_and_marked_to_check() -> None:
    draft = draft_of(
        "Marco Rossi\nmarco@example.com\n\nEXPERIENCE\nLINDEN VALLEY MEDICAL CENTER, FARGO, ND\t2019 – 2024\n"
        "Unit Clerk\n• Kept the ward's records.\nKPMG, Minneapolis, MN\t2016 – 2019\nAudit Associate\n"
        "• Audited banks.\n"
    )
    notes = {n.loc: n.message for n in draft.notes}
    assert [(r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("LINDEN VALLEY MEDICAL CENTER", "FARGO, ND"),
        ("KPMG", "Minneapolis, MN"),
    ]
    assert notes[("experience", 0, "employer")] == (
        "employer and place in capitals as the résumé sets it: write it as you spell it"
    )
    assert not any(loc[:2] == ("experience", 1) and "capitals" in message for loc, message in notes.items())


@pytest.mark.parametrize(("written", "noted"), [("MARCO DI ROSSI", True), ("Marco di Rossi", False), ("Wei LI", False)])
def test_a_name_set_in_capitals_is_kept_as_written_and_marked_to_check(written: str, noted: bool) -> None:
    draft = draft_of(f"{written}\nmarco@example.com\n\nEXPERIENCE\nChef, Trattoria Luce\t2012 – 2021\n• Cooked.\n")
    assert draft.data["contact"]["name"] == written
    checks = [n.message for n in draft.notes if n.loc == ("contact", "name")]
    assert checks == (["in capitals as the résumé sets it: write it as you spell it"] if noted else [])


@pytest.mark.parametrize(
    ("written", "noted"),
    [("WILDLIFE BIOLOGIST | GIS & FIELD SURVEYS", True), ("Wildlife Biologist | GIS & Field Surveys", False)],
)
def test_a_headline_set_in_capitals_is_kept_as_written_and_marked_to_check(written: str, noted: bool) -> None:
    # A design template's banner sets the headline in capitals, as it sets the name: the tailored résumé would print
    # it so under a name written as it is spelt. Initials in it ("GIS") are spelt so either way.
    draft = draft_of(
        f"Rosa Lindqvist\n{written}\nrosa@example.org\n\nEXPERIENCE\nField Biologist, Prairie Trust\t2016 – 2024\n"
        "• Surveyed nesting grassland birds.\n"
    )
    assert draft.data["headline"] == written
    checks = [n.message for n in draft.notes if n.loc == ("headline",)]
    assert checks == (["in capitals as the résumé sets it: write it as you spell it"] if noted else [])


@pytest.mark.parametrize(
    ("title", "employer"),
    [
        ("EXECUTIVE CHEF", "The Larkspur Hotel & Bistro"),  # an organisation's word names the employer
        ("CHEF DE CUISINE", "Brasserie Saint-Vincent"),  # none does; the title is what says which is which
        ("Director of Operations", "Northgate Outfitters"),
    ],
)
def test_a_title_over_its_employer_town_and_region_needs_no_check_whatever_words_name_the_employer(
    title: str, employer: str
) -> None:
    draft = draft_of(
        f"Rosa Quintal\nrosa@example.org\n\nEXPERIENCE\n{title}\n{employer}, Chicago, IL\n2015 - 2019\n"
        "- Ran the kitchen.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, employer, "Chicago, IL")
    # Which line is the title and which the employer needs no check; a title in capitals is marked for its case.
    capitals = [("experience", 0, "role")] if title.isupper() else []
    assert [n.loc for n in draft.notes] == capitals


def test_an_employer_before_its_place_and_titles_and_an_employer_before_a_colon() -> None:
    draft = draft_of(
        "Amber Taylor\n\nEXPERIENCE\n"
        "Superior Metals Manufacturing, Chittenango, NY — Production Planner - Shipping Coordinator\t2023 – 2024\n"
        "• Planned the weekly runs.\n"
        "CAIS Group: Senior Backend Developer\t2021 – 2023\n• Built the order service.\n"
        "AWARD: Outstanding Graduate Student Leader\t2022\n• Led the union.\n"
    )
    planner, developer, award = draft.data["experience"]
    assert (planner["role"], planner["employer"], planner["location"]) == (
        "Production Planner - Shipping Coordinator",  # the two titles of one role, as written
        "Superior Metals Manufacturing",
        "Chittenango, NY",
    )
    assert (developer["role"], developer["employer"]) == ("Senior Backend Developer", "CAIS Group")
    assert "AWARD" not in (award["role"], award["employer"])  # a label, not an employer


def test_a_word_resumes_name_and_contact_details_in_its_page_header_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Awa Sosseh"
    header.add_paragraph("(+220) 762 7205 | awa@example.org | awa.sosseh@example.edu")  # a second address
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    document.add_paragraph("Programme Officer, Ministry of Environment\tJanuary 2024 – Present")
    document.add_paragraph("Coordinated the climate adaptation projects.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    cv, draft = imported(tmp_path / "cv.docx")
    assert (cv.contact.name, cv.contact.phone, cv.contact.email) == ("Awa Sosseh", "(+220) 762 7205", "awa@example.org")
    assert "headline" not in draft.data and "awa.sosseh@example.edu" in draft.leftovers
    assert [b.text for b in cv.experience[0].bullets] == ["Coordinated the climate adaptation projects."]


def test_a_word_resume_is_read_as_word_shows_it_insertions_in_deletions_and_hidden_text_out(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Awa Sosseh")
    document.add_paragraph("awa@example.org")
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    document.add_paragraph("Programme Officer, Ministry of Environment\tJanuary 2024 – Present")
    bullet = document.add_paragraph("Coordinated the climate ", style="List Bullet")
    inserted = OxmlElement("w:ins")
    inserted.append(bullet.add_run("adaptation projects.")._r)  # a tracked insertion: hers
    bullet._p.append(inserted)
    hidden = document.add_paragraph(style="List Bullet").add_run("Draft: add the Gambia River project")
    hidden.font.hidden = True  # hidden text: no bullet
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    assert [b.text for b in cv.experience[0].bullets] == ["Coordinated the climate adaptation projects."]


def test_a_heading_whose_numbering_word_takes_away_is_a_heading_not_a_list_item(tmp_path: Path) -> None:
    # LibreOffice writes numId 0 ("no numbering") on every heading of a document it saved from a web page or an
    # .odt: a heading still, as Word shows it, and the role under it a role.
    import docx

    document = docx.Document()
    document.add_paragraph("Mateo Ferreira", style="Heading 1")
    document.add_paragraph("mateo@example.org")
    without_numbering(document.add_paragraph("Work Experience", style="Heading 2"))
    without_numbering(document.add_paragraph("Barista — Blue Star Café, Portland, OR (2019 – 2021)", style="Heading 3"))
    document.add_paragraph("Prepared espresso drinks and pour-overs", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    assert [(r.role, r.employer) for r in cv.experience] == [("Barista", "Blue Star Café")]
    assert [b.text for b in cv.experience[0].bullets] == ["Prepared espresso drinks and pour-overs"]


def test_one_date_on_a_degree_is_when_it_was_awarded_and_one_letter_labels_name_contacts() -> None:
    draft = draft_of(
        "Alyssa Berg\nC: (610) 462-0583 | E: alyssa@example.org\n\nEDUCATION\n"
        "Bachelor of Science in Nursing (BSN) – Pennsylvania Western University | August 2022\n"
        "Master of Science in Nursing – Drexel University | 2024 –\n"
    )
    contact = draft.data["contact"]
    assert (contact["phone"], contact["email"]) == ("(610) 462-0583", "alyssa@example.org")
    assert "headline" not in draft.data
    bsn, msn = draft.data["education"]
    assert (bsn["start"], bsn["end"]) == (None, "August 2022")  # awarded, not begun and still going
    assert (msn["start"], msn["end"]) == ("2024", None)  # "2024 –": still going


def test_how_the_work_was_held_is_neither_title_nor_employer_and_is_kept() -> None:
    draft = draft_of(
        "Angela Yang\n\nEXPERIENCE\nUX Designer — Fixed-Term Contract · YK Labs | Feb 2024 – Jun 2024\n"
        "• Redesigned the onboarding.\nCommunications Consultant, Park School\n"
        "March 2012–May 2012 (contract position)\n• Wrote.\n"
    )
    designer, consultant = draft.data["experience"]
    assert (designer["role"], designer["employer"]) == ("UX Designer", "YK Labs")
    assert consultant["employer"] == "Park School"
    assert "Fixed-Term Contract" in draft.leftovers and "contract position" in draft.leftovers


def test_a_federal_resumes_labelled_lines_under_a_role_are_neither_employer_nor_place_and_are_kept() -> None:
    draft = draft_of(
        "Jordan Ellis\n\nWORK EXPERIENCE\nWarehouse Supervisor\nRiver Bend Foods\nOmaha, NE\n03/2019 – Present\n"
        "Hours per week: 40\nSalary: $52,000 per year\nGrade: GS-7\n"
        "Supervisor: Ms. Dana Hart, Operations Manager, (402) 555-0110; May contact: Yes\n"
        "• Scheduled a team of 12 pickers.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        "Warehouse Supervisor",
        "River Bend Foods",
        "Omaha, NE",
    )
    assert role["id"] == "river-bend-foods"
    assert "Hours per week: 40" in draft.leftovers and "Grade: GS-7" in draft.leftovers
    assert any(line.startswith("Supervisor: Ms. Dana Hart") for line in draft.leftovers)


@pytest.mark.parametrize(
    "detail", ["Veterans' Preference: 5-point (TP)", "Security Clearance: Secret", "Availability: Full-time"]
)
def test_a_federal_resumes_details_under_the_name_are_no_headline_and_a_later_headline_stands(detail: str) -> None:
    draft = draft_of(
        f"Jordan Ellis\njordan@example.org | (402) 555-0110\n{detail}\nWarehouse Operations Lead\n\n"
        "WORK EXPERIENCE\nWarehouse Supervisor, River Bend Foods\t2019 – Present\n• Scheduled a team of 12 pickers.\n"
    )
    assert draft.data.get("headline") == "Warehouse Operations Lead"
    assert detail in draft.leftovers


def test_a_note_after_the_contact_details_on_their_line_is_no_headline_and_a_later_headline_stands() -> None:
    # A preparer notes her PTIN, another that references are on request: a note of the contacts, not who one is.
    draft = draft_of(
        "Jordan Ellis\nDayton, OH | (937) 555-0110 | jordan@example.org | PTIN on file\nEnrolled Agent\n\n"
        "WORK EXPERIENCE\nTax Associate, Ledgerline Tax Service\t2019 – Present\n• Prepared 300 returns a season.\n"
    )
    assert draft.data.get("headline") == "Enrolled Agent"
    assert "PTIN on file" in draft.leftovers
    # Before the contact details, the words are who one is, as ever.
    first = draft_of(
        "Jordan Ellis\nTax Associate | jordan@example.org | (937) 555-0110\n\n"
        "WORK EXPERIENCE\nTax Associate, Ledgerline Tax Service\t2019 – Present\n• Prepared 300 returns a season.\n"
    )
    assert first.data.get("headline") == "Tax Associate"


def test_an_employers_street_address_under_a_role_is_kept_aside_and_its_town_is_where_the_work_was() -> None:
    draft = draft_of(
        "Jordan Ellis\n\nWORK EXPERIENCE\nWarehouse Supervisor\nRiver Bend Foods, Distribution Center\n"
        "4100 Industrial Parkway, Omaha, NE 68117\n03/2019 – Present\n• Scheduled a team of 12 pickers.\n"
        "Forklift Operator\nPlatte Valley Co-op\n212 Main Street\nColumbus, NE\n2015 – 2019\n• Moved feed.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Warehouse Supervisor", "River Bend Foods, Distribution Center", "Omaha, NE"),
        ("Forklift Operator", "Platte Valley Co-op", "Columbus, NE"),
    ]
    assert "4100 Industrial Parkway, Omaha, NE 68117" in draft.leftovers and "212 Main Street" in draft.leftovers


def test_a_part_of_the_role_run_in_before_its_paragraph_heads_it_and_is_no_part_of_the_bullet() -> None:
    draft = draft_of(
        "Jordan Ellis\n\nWORK EXPERIENCE\nWarehouse Supervisor, River Bend Foods\t03/2019 – Present\n"
        "Duties: Scheduled a team of 12 pickers and ran the cycle counts for the whole distribution center.\n"
        "Key Accomplishments: Cut mis-picks by 30% in one year by relabelling every bay.\n"
        "• Note: trained forklift drivers.\n"
    )
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Scheduled a team of 12 pickers and ran the cycle counts for the whole distribution center.",
        "Cut mis-picks by 30% in one year by relabelling every bay.",
        "Note: trained forklift drivers.",  # a label that names no part of a role stays
    ]


def test_a_military_installation_with_its_state_is_where_a_tour_was_whole() -> None:
    draft = draft_of(
        "Jordan Ellis\n\nWORK EXPERIENCE\nAircraft Armament Systems Specialist\n"
        "United States Air Force, 20th Maintenance Group\nShaw Air Force Base, SC\n08/2010 – 05/2016\n"
        "• Loaded munitions on F-16 aircraft.\nLogistics Specialist\nUnited States Navy\n"
        "Naval Air Station Pensacola, FL\n2006 – 2010\n• Ran the supply room.\n"
    )
    assert [(r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("United States Air Force, 20th Maintenance Group", "Shaw Air Force Base, SC"),
        ("United States Navy", "Naval Air Station Pensacola, FL"),
    ]


def test_a_federal_resumes_supervisor_lines_after_the_duties_close_the_role_and_are_kept() -> None:
    # USAJOBS's résumé closes each role, after its duties, with the supervisor and whether they may be contacted.
    draft = draft_of(
        "Rowan Achterberg\n\nWORK EXPERIENCE\n"
        "Contract Specialist\nBureau of Harbor Works\nMobile, AL\n02/2020 - Present\nGrade: 12\n"
        "• Awarded 40 delivery orders for dredging services.\n• Closed out 25 contracts.\n"
        "Supervisor: Ines Vark (251-555-0140)\nOkay to contact this Supervisor: Yes\n"
        "Purchasing Agent\nGulf Marine Supply Co.\nPensacola, FL\n01/2016 - 01/2020\n"
        "• Bought hull coatings from 30 vendors.\n"
        "Supervisor: Teo Blum (850-555-0177)\nOkay to contact this Supervisor: No\n"
    )
    first, second = draft.data["experience"]
    assert [b["text"] for b in first["bullets"]] == [
        "Awarded 40 delivery orders for dredging services.",
        "Closed out 25 contracts.",
    ]
    assert (second["role"], second["employer"], second["location"]) == (
        "Purchasing Agent",
        "Gulf Marine Supply Co.",
        "Pensacola, FL",
    )
    assert [b["text"] for b in second["bullets"]] == ["Bought hull coatings from 30 vendors."]
    assert "Supervisor: Ines Vark (251-555-0140)" in draft.leftovers
    assert "Okay to contact this Supervisor: No" in draft.leftovers


def test_usajobs_duties_label_heads_no_step_and_a_short_duty_under_it_stays_the_roles() -> None:
    # USAJOBS sets "Duties, Accomplishments and Related Skills:" over every role's text: a part of the role, no step
    # of it that would print over its bullets; a one-line duty under it is the role's, no next role's line.
    draft = draft_of(
        "Rowan Achterberg\n\nWORK EXPERIENCE\n"
        "Contract Specialist\nBureau of Harbor Works\nMobile, AL\n02/2020 - Present\n"
        "Duties, Accomplishments and Related Skills:\n"
        "Administered dredging contracts for two ports.\n"
        "• Awarded 40 delivery orders for dredging services.\n"
        "Purchasing Agent\nGulf Marine Supply Co.\nPensacola, FL\n01/2016 - 01/2020\n"
        "Duties, Accomplishments and Related Skills:\n"
        "Serve as the buyer for hull coatings, fasteners and deck hardware for a yard of 300 workers.\n"
    )
    first, second = draft.data["experience"]
    assert [(b["text"], b.get("role")) for b in first["bullets"]] == [
        ("Administered dredging contracts for two ports.", None),
        ("Awarded 40 delivery orders for dredging services.", None),
    ]
    assert (second["role"], second["employer"]) == ("Purchasing Agent", "Gulf Marine Supply Co.")
    assert [b.get("role") for b in second["bullets"]] == [None]


def test_usajobs_addresses_give_the_town_and_state_and_keep_the_rest_aside() -> None:
    # USAJOBS writes the applicant's and each employer's address with its ZIP code and country after the state, the
    # building or street on a line of its own over it.
    draft = draft_of(
        "Rowan Achterberg\nMobile, AL 36602 US\nEmail: rowan@example.com\n\nWORK EXPERIENCE\n"
        "Bureau of Harbor Works\nThe Delacroix Building, 30 N 3rd Street\nMobile, AL 36602 United States\n"
        "02/2020 - Present\nContract Specialist\n• Awarded 40 delivery orders for dredging services.\n"
        "Gulf Marine Supply Co.\nBuilding 12\nPensacola, FL United States\n01/2016 - 01/2020\nPurchasing Agent\n"
        "• Bought hull coatings from 30 vendors.\n"
    )
    assert draft.data["contact"]["location"] == "Mobile, AL"
    assert [(r["employer"], r["role"], r["location"]) for r in draft.data["experience"]] == [
        ("Bureau of Harbor Works", "Contract Specialist", "Mobile, AL"),
        ("Gulf Marine Supply Co.", "Purchasing Agent", "Pensacola, FL"),
    ]
    assert "The Delacroix Building, 30 N 3rd Street" in draft.leftovers and "Building 12" in draft.leftovers


def test_labelled_lines_under_a_degrees_dated_line_are_its_details_not_the_next_degrees() -> None:
    # USAJOBS writes each degree as the school, the degree and its date, then labelled lines of it.
    draft = draft_of(
        "Rowan Achterberg\nEmail: rowan@example.com\n\nEDUCATION\n\n"
        "Gulf Coast University\nMaster's degree 05/2019\nGPA: 3.8 of a maximum 4.0\n"
        "Credits Earned: 36 Semester hours\nMajor: Business Administration\n\n"
        "Bayou State College\nBachelor's degree 05/2009\nCredits Earned: 124 Semester hours\n"
        "Major: Supply Chain Management\n"
    )
    master, bachelor = draft.data["education"]
    assert (master["institution"], bachelor["institution"]) == ("Gulf Coast University", "Bayou State College")
    assert "Credits Earned: 36 Semester hours" in master["details"]
    assert "Major: Business Administration" in master["details"]
    assert bachelor["details"] == ["Credits Earned: 124 Semester hours", "Major: Supply Chain Management"]


def test_a_school_run_into_its_town_before_the_state_and_country_is_read_apart_and_marked() -> None:
    # USAJOBS writes a school and its town with no comma between them, its state and country after.
    draft = draft_of(
        "Rowan Achterberg\nEmail: rowan@example.com\n\nEDUCATION\n\n"
        "Gulf Coast University Mobile, AL United States\nMaster's degree 05/2019\n\n"
        "Bayou State University Baton Rouge, LA United States\nBachelor's degree 05/2009\n\n"
        "University of Delta in Greenville Greenville, MS United States\nCertificate 05/2007\n"
    )
    assert [(e["institution"], e["location"]) for e in draft.data["education"]] == [
        ("Gulf Coast University", "Mobile, AL"),
        ("Bayou State University", "Baton Rouge, LA"),
        ("University of Delta in Greenville", "Greenville, MS"),
    ]
    assert any("where the name ends" in n.message for n in draft.notes if n.loc[:2] == ("education", 0))


def test_usajobs_availability_section_is_no_headline_and_is_kept() -> None:
    draft = draft_of(
        "Rowan Achterberg\nEmail: rowan@example.com\n\nAvailability\nJob Type: Permanent\n"
        "Work Schedule: Full-Time\n\nWork Experience\n\nContract Specialist\nBureau of Harbor Works\nMobile, AL\n"
        "02/2020 - Present\n• Awarded 40 delivery orders for dredging services.\n"
    )
    assert draft.data.get("headline") is None
    assert "Job Type: Permanent" in draft.leftovers and "Work Schedule: Full-Time" in draft.leftovers


def test_a_duty_paragraph_that_wrapped_before_a_capital_loses_no_line_and_a_lead_in_in_capitals_goes_on() -> None:
    # A text copy of a federal résumé: the duties paragraph hard-wrapped, then "KEY ACCOMPLISHMENTS:" over bullets.
    draft = draft_of(
        "Rowan Achterberg\nEmail: rowan@example.com\n\nWork Experience\n"
        "Contract Specialist\nBureau of Harbor Works\nMobile, AL\n02/2020 - Present\n"
        "Duties, Accomplishments and Related Skills:\n"
        "Serve as the contract specialist for dredging, pier repair and harbor survey services, $5M for\n"
        "construction, responsible for planning, solicitation and award of contracts supporting\n"
        "Port operations and the harbor master. Administer fixed-price contracts under FAR Part 15.\n"
        "KEY ACCOMPLISHMENTS:\n"
        "• Awarded 40 delivery orders for dredging services.\n"
        "• Closed out 25 contracts.\n"
    )
    (role,) = draft.data["experience"]
    said = " ".join(b["text"] for b in role["bullets"])
    for words in ("Serve as the contract specialist", "construction, responsible", "Port operations", "Closed out 25"):
        assert words in said, words
    assert "KEY ACCOMPLISHMENTS:" not in draft.leftovers


def test_items_a_text_copy_wrapped_are_whole_beside_a_line_it_never_wrapped_and_before_a_capital() -> None:
    # A copy out of a PDF viewer: items hard-wrapped at one width, one line of courses run on far past it, and an
    # item that wrapped before a capital ("… and Determinations and" over "Findings (D&F) …").
    courses = "; ".join(f"CON {n} Contracting Module {n}" for n in range(100, 1000, 100))
    draft = draft_of(
        "Rowan Achterberg\nEmail: rowan@example.com\n\nWork Experience\n"
        "Contract Specialist\nBureau of Harbor Works\nMobile, AL\n02/2020 - Present\n"
        "• Awarded a $14M multiple-award IDIQ for dredging support services using best-value tradeoff source\n"
        "selection; led a 5-member technical evaluation board and wrote the decision document\n"
        "• Prepared and obtained approval of 6 Justifications and Approvals (J&A) and Determinations and\n"
        "Findings (D&F) for other than full and open competition under FAR 6.302.\n"
        "• Closed out 25 contracts.\n"
        f"\nADDITIONAL INFORMATION\n{courses}\n"
    )
    (role,) = draft.data["experience"]
    assert [b["text"] for b in role["bullets"]] == [
        "Awarded a $14M multiple-award IDIQ for dredging support services using best-value tradeoff source "
        "selection; led a 5-member technical evaluation board and wrote the decision document",
        "Prepared and obtained approval of 6 Justifications and Approvals (J&A) and Determinations and "
        "Findings (D&F) for other than full and open competition under FAR 6.302.",
        "Closed out 25 contracts.",
    ]


def test_a_resume_saved_as_a_web_page_is_read_as_its_markdown_would_be(tmp_path: Path) -> None:
    page = tmp_path / "cv.html"
    page.write_text(
        "<!doctype html><html><head><title>CV</title><style>h1{color:red}</style></head><body>"
        "<header><h1>Nadia Haddad</h1><p>nadia@example.org</p></header><main>"
        "<h2>Experience</h2><h3>Pastry Chef — Maison Verte</h3><p><em>2019 – 2024</em></p>"
        "<ul><li>Ran the pastry section for <strong>120 covers</strong>.</li></ul>"
        "<h2>Education</h2><p>CAP Pâtissier, École Ferrandi, 2018</p></main></body></html>",
        encoding="utf-8",
    )
    cv, draft = imported(page)
    assert draft.kind == "a résumé as a web page"
    assert (cv.contact.name, cv.contact.email) == ("Nadia Haddad", "nadia@example.org")
    role = cv.experience[0]
    assert (role.role, role.employer, role.start, role.end) == ("Pastry Chef", "Maison Verte", "2019", "2024")
    assert [b.text for b in role.bullets] == ["Ran the pastry section for **120 covers**."]


def test_a_europass_pdf_its_bracketed_day_month_year_dates_internships_and_a_hyphenated_heading(
    tmp_path: Path,
) -> None:
    page = [
        Text(50, 800, "NIKOS PAPAS", 18, bold=True),
        Text(50, 770, "INTERNSHIPS", 11, bold=True),
        Text(50, 755, "[ 1 Jul 2025 – 31 Jul 2025 ]"),
        Text(50, 741, "Civil Engineering Intern, Aegean Works SA", bold=True),
        Text(50, 727, "• Inspected the concrete reinforcement."),
        Text(50, 700, "EDUCATION AND TRAIN\u00ad", 11, bold=True),
        Text(50, 687, "ING", 11, bold=True),
        Text(50, 672, "[ 1 Sep 2021 – 30 Jun 2025 ]"),
        Text(50, 658, "Diploma in Civil Engineering, Aristotle University of Thessaloniki", bold=True),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    intern = cv.experience[0]
    assert (intern.role, intern.employer, intern.start, intern.end) == (
        "Civil Engineering Intern",
        "Aegean Works SA",
        "1 Jul 2025",
        "31 Jul 2025",
    )
    assert [b.text for b in intern.bullets] == ["Inspected the concrete reinforcement."]
    assert [(e.institution, e.start) for e in cv.education] == [("Aristotle University of Thessaloniki", "1 Sep 2021")]


def test_every_bullet_is_copied_verbatim_with_its_emphasis(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ada Example\n\n## Experience\n\n**Engineer**, Acme Ltd | 2020 – 2022\n\n"
        "- Shipped *three* releases of the **R&D** toolkit: 2×faster, 10 % cheaper.\n",
    )
    assert cv.experience[0].bullets[0].text == (
        "Shipped *three* releases of the **R&D** toolkit: 2×faster, 10 % cheaper."
    )


def test_a_part_of_a_role_headed_achievements_stays_in_the_role_and_a_lead_in_is_no_step(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Fatou Ceesay")
    for text, bold, style in [
        ("PROFESSIONAL EXPERIENCE", True, None),
        ("Programme Officer", True, None),
        (
            "Ministry of Fisheries, Water Resources and National Assembly Matters (MOFWR) – Central Project "
            "Coordination Unit (CPCU), The Gambia",
            False,
            None,
        ),
        ("January 2024 – Present", False, None),
        ("Duties and responsibilities include:", False, None),
        ("Draft the quarterly reports of every project.", False, "List Bullet"),
        ("Achievements", True, None),  # a part of the role, not an awards section
        ("Mobilised $4 million for the coastal resilience project, with two partners and the Ministry.", False, None),
        ("Account Executive", True, None),
        ("Outbound Media, Banjul", False, None),
        ("June 2021 - August 2023", False, None),
        ("Managed the social media accounts of four clients.", False, "List Bullet"),
        ("………………………………………………", False, None),  # a rule drawn with dots
        ("HONORS AND AWARDS", True, None),
        ("Best Delegation, March 2019", False, "List Bullet"),
    ]:
        paragraph = document.add_paragraph(style=style)
        paragraph.add_run(text).bold = bold
    document.save(str(tmp_path / "cv.docx"))
    cv, draft = imported(tmp_path / "cv.docx")
    officer, executive = cv.experience
    assert officer.employer.startswith("Ministry of Fisheries") and officer.role == "Programme Officer"
    assert [(b.text[:20], b.role) for b in officer.bullets] == [
        ("Draft the quarterly ", None),  # "Duties and responsibilities include" is no step of the role
        ("Mobilised $4 million", None),
    ]
    assert [b.text for b in executive.bullets] == ["Managed the social media accounts of four clients."]
    assert [a.name for a in cv.awards] == ["Best Delegation"]
    assert not any("…" in text for text in draft.leftovers)


def test_one_date_on_a_role_is_when_it_was_held_and_two_months_may_share_their_year() -> None:
    draft = draft_of(
        "Ida Njie\n\nVOLUNTEER WORK\nNational Model United Nations, New York, NY\n3rd Committee Delegate, March 2019\n"
        "• Represented Kazakhstan.\nHarbour Books, Dakar\nSeasonal Bookseller, September – November 2024\n• Sold.\n"
        "Since 2020: Reading Mentor, City Library\n• Mentored.\n"
    )
    delegate, bookseller, mentor = draft.data["experience"]
    assert (delegate["role"], delegate["employer"], delegate["location"]) == (
        "3rd Committee Delegate",
        "National Model United Nations",
        "New York, NY",
    )
    assert (delegate["start"], delegate["end"]) == ("March 2019", "March 2019")  # not "Mar 2019 – Present"
    assert any(n.loc == ("experience", 0) and "when the role was held" in n.message for n in draft.notes)
    assert (bookseller["start"], bookseller["end"]) == ("September 2024", "November 2024")
    assert "September" not in bookseller["location"]
    assert (mentor["start"], mentor["end"]) == ("2020", None)  # "since": still going
    cv = CV.model_validate(clean(draft.data))
    assert DEFAULT_STYLE.span(cv.experience[0].start, cv.experience[0].end) == "Mar 2019"


def test_an_organisations_own_at_is_kept_and_a_list_item_is_no_section_title_unless_bold(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Amber Lee")
    document.add_heading("EXPERIENCE", 1)
    document.add_heading("Research Assistant, University of Texas at Tyler, TX", 2)
    document.add_heading("August 2019 - December 2019", 3)
    document.add_paragraph("Ran the voter survey.", style="List Bullet")
    document.add_heading("SKILLS", 1)
    for skill in ["Java", "HTML", "GIT", "Quality Control"]:
        document.add_paragraph(skill, style="List Bullet")
    document.add_paragraph(style="List Bullet").add_run("EDUCATION").bold = True  # a title set as a list item
    document.add_heading("SUNY Polytechnic, Utica, NY — B.S Computer Science", 2)
    document.add_heading("August 2020 - May 2022", 3)
    document.add_paragraph("Overall GPA: 3.4")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    assert (cv.experience[0].role, cv.experience[0].employer) == ("Research Assistant", "University of Texas at Tyler")
    assert [s.name for s in cv.skills] == ["Java", "HTML", "GIT", "Quality Control"]
    degree = cv.education[0]
    assert (degree.degree, degree.institution) == ("B.S Computer Science", "SUNY Polytechnic")
    assert degree.location == "Utica, NY"
    assert degree.grade == "Overall GPA: 3.4"


def test_a_label_on_a_line_of_its_own_heads_the_skills_under_it_and_spoken_languages_go_to_languages(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Nour Haddad\n\n## Skills\n\n- **Software Expertise:**\n  - MATLAB\n  - Godot Engine\n"
        "- **Natural Languages:**\n  - Arabic (Native)\n  - Japanese (Conversational)\n",
    )
    assert [s.name for s in cv.skills] == ["MATLAB", "Godot Engine"]
    spoken = [(lang.name, lang.fluency) for lang in cv.languages]
    assert spoken == [("Arabic", "Native"), ("Japanese", "Conversational")]
    assert [(s.name, s.group) for s in cv.skills] == [
        ("MATLAB", "Software Expertise"),
        ("Godot Engine", "Software Expertise"),
    ]


def test_contact_details_behind_icons_glued_or_labelled_on_one_line_are_each_filed() -> None:
    draft = draft_of(
        "Kostas Papadakis\n\uf0e0Email:\tkostas@example.org \uf879 Phone: (+30) 6936 548862\n"
        "Date of birth: 7 Sep 2005 Nationality: Greek\n\n"
        "EXPERIENCE\nSite Engineer, Aegean Works\t2024 – 2025\n• Supervised the concrete pours.\n"
    )
    contact = draft.data["contact"]
    assert (contact["email"], contact["phone"]) == ("kostas@example.org", "(+30) 6936 548862")
    assert "headline" not in draft.data  # a birth date is no headline
    assert not any("\uf0e0" in text or "\uf879" in text for text in draft.leftovers)
    glued = draft_of("Awa Sosseh\nawa@gmail.comSukuta, The Gambia\nMiami, FL 786-239-1271\n\nSKILLS\nExcel\n")
    contact = glued.data["contact"]
    assert (contact["email"], contact["location"], contact["phone"]) == (
        "awa@gmail.com",
        "Sukuta, The Gambia",
        "786-239-1271",
    )


def test_contact_details_at_the_end_are_read_and_qualifications_give_degrees_and_certificates() -> None:
    draft = draft_of(
        "Daniel Rhys\nTechnical Team Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n"
        "• Built the ledger.\n\nPROFESSIONAL QUALIFICATIONS\n"
        "• BSc (Hons) Computer Science (2:1): University of Greenwich\n• Microsoft Certified Application Developer\n"
        "\nCONTACT DETAILS\nEmail: dan@example.org\nMobile: +44 7700 900 407\n"
    )
    contact = draft.data["contact"]
    assert (contact["email"], contact["phone"]) == ("dan@example.org", "+44 7700 900 407")
    degree = draft.data["education"][0]
    assert (degree["degree"], degree["institution"], degree["grade"]) == (
        "BSc (Hons) Computer Science",
        "University of Greenwich",
        "2:1",
    )
    assert [c["name"] for c in draft.data["certificates"]] == ["Microsoft Certified Application Developer"]


def test_a_contact_section_s_home_symbol_gives_the_place_and_a_bare_domain_the_website() -> None:
    draft = draft_of(
        "Ines Marlowe\nService Designer\n\nEXPERIENCE\n"
        "Service Designer\nFernhollow Studio · Denver, CO\tMar 2021 – Present\n"
        "- Mapped ten service blueprints with operations staff.\n\n"
        "CONTACT\n✉ ines@example.com\n⌂ Boulder, CO\nines-marlowe.design\n"
    )
    contact = draft.data["contact"]
    assert (contact["location"], contact["website"]) == ("Boulder, CO", "ines-marlowe.design")
    assert not draft.leftovers


_PORTFOLIO_PAGE = (
    '<html><body><nav><a href="/">Work</a> <a href="/about">About</a> <a href="/cv.pdf">Download CV</a></nav>'
    "<h1>Ines Marlowe</h1><p>Service Designer</p>"
    '<p><a href="mailto:ines@example.com">ines@example.com</a> · '
    '<a href="https://www.linkedin.com/in/inesmarlowe">LinkedIn</a> · '
    '<a href="https://www.behance.net/inesm">Behance</a></p>'
    "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
    "<ul><li>Mapped ten service blueprints with operations staff.</li></ul></body></html>"
)


def _portfolio_draft() -> Draft:
    return parse(read_html(_PORTFOLIO_PAGE.encode("utf-8"), "about.html"), Path("about.html"), "a web page")


def test_a_web_page_s_menu_is_no_part_of_the_resume() -> None:
    draft = _portfolio_draft()
    assert (draft.data["contact"]["name"], draft.data["contact"]["email"]) == ("Ines Marlowe", "ines@example.com")
    assert [role["employer"] for role in draft.data["experience"]] == ["Fernhollow Studio"]


def test_the_kind_linkedin_names_after_a_link_is_no_part_of_it_and_no_detail_of_its_own() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\nwww.linkedin.com/in/inesmarlowe (LinkedIn)\nmarlowe.example.com (Personal)\n"
        "\nExperience\nAcme Corp\nOperations Manager\nJanuary 2019 - Present\n- Ran the warehouse.\n"
    )
    contact = draft.data["contact"]
    assert (contact["profiles"], contact["website"]) == (["www.linkedin.com/in/inesmarlowe"], "marlowe.example.com")
    assert not draft.data.get("headline") and not draft.leftovers


def test_the_profiles_a_line_of_contact_details_links_to_are_kept() -> None:
    assert _portfolio_draft().data["contact"]["profiles"] == [
        "https://www.linkedin.com/in/inesmarlowe",
        "https://www.behance.net/inesm",
    ]
    written = parse(
        read_html(
            b'<html><body><h1>Ines Marlowe</h1><p><a href="https://www.linkedin.com/in/inesm/">linkedin.com/in/inesm</a>'
            b" \xc2\xb7 ines@example.com</p></body></html>",
            "about.html",
        ),
        Path("about.html"),
        "a web page",
    )
    assert written.data["contact"]["profiles"] == ["linkedin.com/in/inesm"]  # its address written once, as written


def test_a_certificate_named_on_one_line_takes_its_issuer_and_date_from_the_next() -> None:
    draft = draft_of(
        "Nadia Rami\n\nEXPERIENCE\n•Harbour Museum\t2024 – 2025\nCollections Assistant, Alexandria\n"
        "• Catalogued the amphorae.\n\nTRAINING & CERTIFICATIONS\n•Fundamentals of Remote Sensing\nNASA\tMar 2025\n"
        "•Summer School in Geoscience\nHTW Dresden, Germany\tJun 2024\n"
    )
    assert draft.data["experience"][0]["employer"] == "Harbour Museum"  # the glyph set against it is no letter
    assert draft.data["certificates"] == [
        {"name": "Fundamentals of Remote Sensing", "issuer": "NASA", "date": "Mar 2025"},
        {"name": "Summer School in Geoscience", "issuer": "HTW Dresden, Germany", "date": "Jun 2024"},
    ]


def test_a_degree_said_to_be_in_progress_keeps_its_institution_clean() -> None:
    draft = draft_of(
        "Rosa Imai\n\nEDUCATION\nMaster of Social Work (MSW) — in progress\tExpected May 2027\n"
        "Portland State University\nBachelor of Arts, Psychology\tMay 2019\nReed College\n"
    )
    msw, ba = draft.data["education"]
    assert (msw["degree"], msw["institution"], msw["end"]) == (
        "Master of Social Work (MSW)",
        "Portland State University",
        "Expected May 2027",
    )
    assert (ba["degree"], ba["institution"]) == ("Bachelor of Arts, Psychology", "Reed College")
    assert any(n.loc == ("education", 0) and "'in progress'" in n.message for n in draft.notes)


def test_a_degree_in_progress_with_its_expected_year_after_a_dated_degree_is_a_degree_of_its_own() -> None:
    # "in progress, expected 2026" closes the line as its dates do: the degree is no detail of the one above.
    draft = draft_of(
        "Ada Kimura\n\nEDUCATION\nBachelor of Science in Nursing (BSN), Marlow State University, Dayton, OH – 2015\n"
        "Master of Science in Nursing (MSN), Nursing Leadership – Fenwick University – in progress, expected 2026\n"
    )
    bsn, msn = draft.data["education"]
    assert (bsn["degree"], bsn["end"], bsn.get("details", [])) == ("Bachelor of Science in Nursing (BSN)", "2015", [])
    assert (msn["degree"], msn["institution"], msn["end"]) == (
        "Master of Science in Nursing (MSN), Nursing Leadership",
        "Fenwick University",
        "in progress, expected 2026",
    )


def test_an_undated_degree_on_its_own_line_under_a_dated_one_is_a_degree_of_its_own() -> None:
    # A degree under way ("– in progress") or an old one without its year, its school on the same line, under a
    # dated degree: without a date of its own it ran on as more of the first's institution.
    for under_way in ("in progress", "(currently enrolled)", ""):
        line = "Master of Science in Nursing (MSN), Nursing Leadership – Fenwick University"
        draft = draft_of(
            "Ada Kimura\n\nEDUCATION\n"
            "Bachelor of Science in Nursing (BSN), Marlow State University, Dayton, OH – 2015\n"
            f"{line} – {under_way}\n".replace(" – \n", "\n")
        )
        bsn, msn = draft.data["education"]
        assert (bsn["degree"], bsn["institution"], bsn["end"]) == (
            "Bachelor of Science in Nursing (BSN)",
            "Marlow State University",
            "2015",
        )
        assert (msn["degree"], msn["institution"]) == (
            "Master of Science in Nursing (MSN), Nursing Leadership",
            "Fenwick University",
        )


def test_when_a_licence_expires_is_its_expiry_not_its_date_or_a_part_of_its_name() -> None:
    draft = draft_of(
        "Tomas Vale\n\nEXPERIENCE\nHarbor Clinic\t2019 – 2024\nRespiratory Therapist\n• Ran ventilator checks.\n"
        "\nLICENSURE & CERTIFICATIONS\n• Respiratory Care Practitioner, Nevada Board, License No. 4471-RC, expires "
        "06/2027 (temporary permit)\n• Pediatric Advanced Life Support (PALS), Red Cross, exp. 03/2026\n"
    )
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Respiratory Care Practitioner, License No. 4471-RC", "Nevada Board", None, "06/2027"),
        ("Pediatric Advanced Life Support (PALS)", "Red Cross", None, "03/2026"),
    ]
    # Words after the date have no field: the whole of it stays a comment.
    assert draft.leftovers == [
        "Expiry of 'Respiratory Care Practitioner, License No. 4471-RC': expires 06/2027 (temporary permit)"
    ]


def test_a_licence_whose_number_follows_its_issuer_parts_them_as_the_line_under_it_without_a_number() -> None:
    # One résumé, two lines written alike: the board that gave each is its issuer, the number stays the holder's.
    draft = draft_of(
        "Rosa Delgado\n\nLICENSES\n"
        "• Registered Nurse, Alabama Board of Nursing, License #1-187342, expires Dec 2026\n"
        "• Certified Critical Care Nurse (CCRN), American Association of Critical-Care Nurses, 2019\n"
        "• Professional Engineer (PE), Colorado, License No. 0054321\n"  # a place, maybe: the line stays whole
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Registered Nurse, License #1-187342", "Alabama Board of Nursing"),
        ("Certified Critical Care Nurse (CCRN)", "American Association of Critical-Care Nurses"),
        ("Professional Engineer (PE), Colorado, License No. 0054321", ""),
    ]
    assert not draft.notes  # each plainly a body: nothing to check


def test_an_expiry_ends_at_its_column_and_the_date_at_the_margin_after_it_is_when_it_was_gained() -> None:
    # A Word résumé sets each credential's date at a right tab stop, after what its line says of its expiry.
    draft = draft_of(
        "Rosa Delgado\n\nLICENSES\n"
        "Licensed Clinical Social Worker (LCSW), Oregon Board of Licensed Social Workers (valid through Mar 2027)"
        "\tMar 2019\n"
        "Basic Life Support (BLS), American Heart Association (expired Jan 2026)\tJan 2024\n"
    )
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Licensed Clinical Social Worker (LCSW)", "Oregon Board of Licensed Social Workers", "Mar 2019", "Mar 2027"),
        ("Basic Life Support (BLS)", "American Heart Association", "Jan 2024", "Jan 2026"),
    ]
    assert draft.leftovers == []


def test_a_table_rows_expiry_is_its_expiry() -> None:
    draft = draft_of(
        "Tomas Vale\n\nEXPERIENCE\nHarbor Clinic\t2019 – 2024\nRespiratory Therapist\n• Ran ventilator checks.\n"
        "\nLICENSURE & CERTIFICATIONS\nRespiratory Care Practitioner License #4471\tNevada Board of Respiratory Care"
        "\texp. 06/2027\nPediatric Advanced Life Support (PALS)\tRed Cross\t2024\n"
    )
    assert [(c["name"], c["issuer"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Respiratory Care Practitioner License #4471", "Nevada Board of Respiratory Care", None, "06/2027"),
        ("Pediatric Advanced Life Support (PALS)", "Red Cross", "2024", None),
    ]
    assert draft.leftovers == []


def test_an_expiry_tailor_would_not_read_or_before_the_date_gained_stays_a_comment() -> None:
    draft = draft_of(
        "Tomas Vale\n\nEXPERIENCE\nHarbor Clinic\t2019 – 2024\nRespiratory Therapist\n• Ran ventilator checks.\n"
        "\nCERTIFICATIONS\n• BLS, American Heart Association, exp. 06/30/2026\n"
        "• ACLS, American Heart Association, 2024, valid through 2023\n"
        "\nAWARDS\n• Daisy Award, 2022, valid through 2023\n"
    )
    assert [c.get("expires") for c in draft.data["certificates"]] == [None, None]
    assert [c.get("expires") for c in draft.data["awards"]] == [None]
    assert draft.leftovers == [
        "Expiry of 'BLS': exp. 06/30/2026",
        "Expiry of 'ACLS': valid through 2023",
        "Expiry of 'Daisy Award': valid through 2023",
    ]


def test_a_lawyers_bar_admissions_and_continuing_legal_education_are_certificates() -> None:
    draft = draft_of(
        "Ines Varga\n\nEXPERIENCE\nMarlowe & Teague LLP\t2021 – 2025\nAssociate\n• Drafted motions to compel.\n"
        "\nBAR ADMISSIONS\n• State of Oregon, 2021\n• U.S. District Court for the District of Oregon, 2022\n"
        "\nCONTINUING LEGAL EDUCATION\n• Trial Advocacy Intensive, Oregon State Bar, 2024\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("State of Oregon", "2021"),
        ("U.S. District Court for the District of Oregon", "2022"),
        ("Trial Advocacy Intensive", "2024"),
    ]
    assert not draft.leftovers


def test_a_section_of_licences_and_certs_shortened_as_typed_in_haste_gives_certificates() -> None:
    draft = draft_of(
        "Ana Ruiz\n\nEXPERIENCE\nWelder - Harbor Steel, Erie PA\n03/2018 - now\n- welded pipe to ASME code\n"
        "\nLICENSES & CERTS\n- AWS Certified Welder (2017)\n- OSHA 10 (2019)\n"
    )
    assert [(c["name"], c.get("date")) for c in draft.data["certificates"]] == [
        ("AWS Certified Welder", "2017"),
        ("OSHA 10", "2019"),
    ]
    assert not draft.leftovers


def test_a_completed_apprenticeship_is_a_qualification_of_its_own_not_part_of_the_next_school() -> None:
    draft = draft_of(
        "Lee Park\n\nEXPERIENCE\nPlumber - Metro Mechanical, Omaha NE\n03/2018 - now\n- ran drain lines\n"
        "\nEDUCATION\nNorthside Plumbers JATC - Plumbing Apprenticeship, 2015\n"
        "Metro Community College - A.A.S. Building Technology, 2019\n"
    )
    assert [(d["degree"], d["institution"], d["end"]) for d in draft.data["education"]] == [
        ("Plumbing Apprenticeship", "Northside Plumbers JATC", "2015"),
        ("A.A.S. Building Technology", "Metro Community College", "2019"),
    ]


def test_numbered_citations_with_the_year_after_the_authors_or_none_yet_give_title_venue_and_year() -> None:
    draft = draft_of(
        "Mere Tane\n\nCOLLABORATIVE PUBLICATIONS\n"
        "30. Ruiz, T., Okafor, M.R. & Tane, M. 2021. Heterogeneity in preclinical trials. PLOS Biology. 19: e3001.\n"
        "[2] Lee, J. & Tane, M. Dietary protein and gut microbes. Nature Communications. In press.\n"
    )
    published, in_press = draft.data["publications"]
    assert (published["year"], published["title"], published["venue"]) == (
        "2021",
        "Heterogeneity in preclinical trials",
        "PLOS Biology. 19: e3001",
    )
    assert (in_press["year"], in_press["title"]) == ("", "Dietary protein and gut microbes")
    assert any(n.loc == ("publications", 1) and "no year" in n.message for n in draft.notes)
    assert "Authors of 'Heterogeneity in preclinical trials': Ruiz, T., Okafor, M.R. & Tane, M." in draft.leftovers


def test_titles_under_a_dated_employer_line_work_there_and_the_untitled_paragraph_is_the_summary() -> None:
    draft = draft_of(
        "Rosa Delgado\nrosa@example.org | (555) 010-3552\nOPERATIONS MANAGER | CUSTOMER EXPERIENCE LEADER\n"
        "Operations manager with twenty years leading support and training teams in retail and hospitality.\n\n"
        "Key Strengths\nTeam Leadership • KPI Reporting\n\nProfessional Experience\n"
        "Stay-at-Home Parent, Self-Employed | Jan. 2023 – Present\n"
        "Raised two children while completing a degree and two certifications in the meantime.\n"
        "Harbor Pay | Allentown, PA | 2010 - 2023\nSenior Manager, Customer Service & Retention\n"
        "• Oversaw support teams for 200,000 accounts.\nDirector, Training & Enablement\n"
        "• Built the training programme.\n"
    )
    assert draft.data["headline"] == "OPERATIONS MANAGER | CUSTOMER EXPERIENCE LEADER"
    assert draft.data["summary"].startswith("Operations manager with twenty years")
    assert draft.data["skills"] == ["Team Leadership", "KPI Reporting"]
    parent, manager, director = draft.data["experience"]
    assert [b["text"][:10] for b in parent["bullets"]] == ["Raised two"]  # its own description, not Harbor Pay's
    assert (manager["role"], manager["employer"], manager["start"], manager["end"]) == (
        "Senior Manager, Customer Service & Retention",
        "Harbor Pay",
        "2010",
        "2023",
    )
    assert (director["role"], director["employer"], director["location"]) == (
        "Director, Training & Enablement",
        "Harbor Pay",
        "Allentown, PA",
    )
    assert (director["start"], director["end"]) == ("2010", "2023")  # the years there, with a note to check
    assert any(n.loc == ("experience", 2) and "years at Harbor Pay" in n.message for n in draft.notes)


def test_a_summary_set_as_a_list_keeps_its_items_apart_as_sentences_with_a_note() -> None:
    draft = draft_of(
        "Tomas Reyes\n\nSUMMARY OF QUALIFICATIONS\n* Twelve years of hotel front office work\n"
        "* Opera PMS power user; trains new clerks\n* Fluent in Spanish.\n\nEXPERIENCE\n\n"
        "Night Auditor | Harbor Inn, Reno, NV        2019 - 2024\n* Closed the day's books.\n"
    )
    assert draft.data["summary"] == (
        "Twelve years of hotel front office work. Opera PMS power user; trains new clerks. Fluent in Spanish."
    )
    assert any(n.loc == ("summary",) and "joined as sentences" in n.message for n in draft.notes)


def test_a_personal_statement_is_the_summary_and_entries_may_be_headed_above_their_sections_level(
    tmp_path: Path,
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "## Personal Statement\n\nDedicated educator with a decade of teaching in three countries.\n\n"
        "#### Experience\n\n### Education Manager, Valley Wineries Association\n##### July 2021–July 2022\n"
        "* Ran the trade seminars.\n##### Marketing Coordinator: May 2018–July 2021\n* Edited the websites.\n\n"
        "#### Education\n\n### B.A. Asian Studies, University at Buffalo\n\n##### Class of 2009\n\n"
        "* Minor in linguistics\n",
    )
    assert draft.data["summary"] == "Dedicated educator with a decade of teaching in three countries."
    assert draft.data["contact"]["name"] == "Your Name"  # "Personal Statement" is no name
    assert [(r.role, r.employer) for r in cv.experience] == [
        ("Education Manager", "Valley Wineries Association"),
        ("Marketing Coordinator", "Valley Wineries Association"),  # the title's colon is no part of it
    ]
    degree = cv.education[0]
    assert (degree.degree, degree.institution, degree.end) == ("B.A. Asian Studies", "University at Buffalo", "2009")


def test_in_a_pdf_a_title_set_as_the_known_section_titles_are_starts_a_section_of_its_own(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Nadia Rami", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Curator, Harbour Museum (2019 — 2023)", 11, bold=True),
        Text(50, 736, "• Catalogued the amphorae.", 10),
        Text(50, 710, "Certifications", 14, bold=True),
        Text(50, 690, "Remote Sensing Certificate, NASA, 2024", 10),
        Text(50, 664, "Leadership & Engagement", 14, bold=True),  # named by its font alone
        Text(50, 644, "Student Union, Vice President, 2011", 10),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", page))
    (certificate,) = cv.certificates  # the section under it is no certificate
    assert certificate.name.startswith("Remote Sensing Certificate")
    assert "Leadership & Engagement:" in draft.leftovers and "Student Union, Vice President, 2011" in draft.leftovers


def test_marks_a_page_carries_that_no_resume_shows_are_left_out_of_the_draft() -> None:
    draft = draft_of("Ana Silva\nana@example.org\n\nSKILLS\nWelding\u200e, Pipe\u202efitting\n")
    assert clean(draft.data)["skills"] == ["Welding", "Pipefitting"]


def test_a_table_of_grants_gives_awards_without_its_header_and_keeps_their_values_as_comments() -> None:
    draft = draft_of(
        "Mere Tane\nmere@example.org\n\nGRANTS, SCHOLARSHIPS AND AWARDS\nTitle and Body\tYear\tValue (A$)\n"
        "Discovery Early Career Researcher Award\t2018\t365,058\nStart-Up Funding\t2015\t20,000\n"
    )
    assert draft.data["awards"] == [
        {"name": "Discovery Early Career Researcher Award", "issuer": "", "date": "2018"},
        {"name": "Start-Up Funding", "issuer": "", "date": "2015"},
    ]
    assert "Value of 'Discovery Early Career Researcher Award': 365,058" in draft.leftovers


def test_a_section_of_selected_grants_is_one_of_awards_and_a_header_naming_the_funder_is_no_award() -> None:
    # "Selected Grants" heads a choice of grants, as "Selected Publications" does of papers; a table's header
    # row names its columns (the funder, the amount, the year), not a grant.
    draft = draft_of(
        "Rua Ngata\nrua@example.org\n\nSELECTED GRANTS\nFunder\tAmount\tYear\n"
        "Harbour Community Trust\t$250,000\t2021\nCoastal Arts Agency\t$40,000\t2019\n"
    )
    assert draft.data["awards"] == [
        {"name": "Harbour Community Trust", "issuer": "", "date": "2021"},
        {"name": "Coastal Arts Agency", "issuer": "", "date": "2019"},
    ]
    assert "Value of 'Harbour Community Trust': $250,000" in draft.leftovers
    # A degree's selected coursework, with its grades, is no list of certificates.
    coursework = draft_of("Rua Ngata\nrua@example.org\n\nSELECTED COURSES\nOperating Systems:\n17/20\n")
    assert not coursework.data.get("certificates")


def test_contact_labels_without_colons_name_what_follows_and_work_terms_are_no_headline() -> None:
    draft = draft_of(
        "Ben Okafor\nweb ben.example.com e-mail ben@example.com phone 202.555.0138\nOpen to Relocating\n"
        "Canadian Citizen\n\nEXPERIENCE\nPresidential Innovation Fellow, Executive Office\tJuly 2012 – Present\n"
        "• Reimagined the procurement of software.\n"
    )
    contact = draft.data["contact"]
    assert (contact["website"], contact["email"], contact["phone"]) == (
        "ben.example.com",
        "ben@example.com",
        "202.555.0138",
    )
    assert "headline" not in draft.data
    assert {"Open to Relocating", "Canadian Citizen"} <= set(draft.leftovers)
    CV.model_validate(clean(draft.data))  # a website written as its domain alone is one


def test_an_award_with_who_gave_it_in_an_item_under_it_and_a_title_that_lists_kinds(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Ana Bona\n\nana@example.org\n\nFellowships, Grants and Awards\n======\n"
        "* **FELLOWSHIP**: Postdoctoral Research Award\t(February 2026 – present)\n"
        "  * Natural Sciences Research Council\n\n"
        "* **GRANT**: Funded Symposium\t(January 2026)\n  * Society of Protistologists\n\n"
        "Interests\n======\nOpen Source, Cross-Platform development, Outdoors, Education\n",
    )
    assert [(a.name, a.issuer, a.date) for a in cv.awards] == [
        ("FELLOWSHIP: Postdoctoral Research Award", "Natural Sciences Research Council", "February 2026"),
        ("GRANT: Funded Symposium", "Society of Protistologists", "January 2026"),
    ]
    assert cv.interests == ["Open Source", "Cross-Platform development", "Outdoors", "Education"]


def test_a_line_listing_what_a_role_used_under_its_dates_is_its_description_not_its_employer() -> None:
    draft = draft_of(
        "Dan Rhys\ndan@example.org\n\nEXPERIENCE\nNorthline: Technical Lead\nMay 2019 – Oct 2021\n"
        "Team Leadership | Technical Architecture | Java & Kotlin Development | React\n"
        "• Led the re-platforming of the order system.\n"
    )
    (lead,) = draft.data["experience"]
    assert (lead["role"], lead["employer"], lead["location"]) == ("Technical Lead", "Northline", "")
    assert lead["bullets"][0]["text"] == "Team Leadership | Technical Architecture | Java & Kotlin Development | React"


def test_a_title_with_its_specialism_after_a_dash_stays_whole_over_its_employers_line() -> None:
    draft = draft_of(
        "Awa Ceesay\nawa@example.org\n\nEXPERIENCE\nOffice Assistant – Market Research\n"
        "Office Team, A Robert Half Company, New York, NY\nMarch 2020 - December 2020\n• Ran the phone surveys.\n"
    )
    (assistant,) = draft.data["experience"]
    assert (assistant["role"], assistant["employer"], assistant["location"]) == (
        "Office Assistant – Market Research",
        "Office Team, A Robert Half Company",
        "New York, NY",
    )


def test_a_title_with_its_bench_after_a_dash_stays_whole_before_the_bar_that_parts_it_from_its_employer() -> None:
    # "Title – what it was over | Employer, Town, ST": the bar parts the title from the employer; the dash inside the
    # title's cell parts it from the bench or unit it worked on, which names no organisation.
    draft = draft_of(
        "Noor Haddad\nnoor@example.org\n\nEXPERIENCE\n"
        "Respiratory Therapist – Neonatal ICU | Kestrel Children's Hospital, Dayton, OH\t2019 – Present\n"
        "• Managed ventilators for 12 neonates.\n"
        "Pharmacy Technician – Sterile Compounding | Brightwater Medical Center, Toledo, OH\t2015 – 2019\n"
        "• Compounded 80 IV admixtures a day.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Respiratory Therapist – Neonatal ICU", "Kestrel Children's Hospital", "Dayton, OH"),
        ("Pharmacy Technician – Sterile Compounding", "Brightwater Medical Center", "Toledo, OH"),
    ]


def test_a_year_then_a_spaced_dash_then_words_is_one_date_and_a_role_line_is_no_section_title() -> None:
    draft = draft_of(
        "Lea Martin\nlea@example.org\n\nWork Experience\nFreelance Writer, Multiple Publications\n"
        "October 2002 – November 2017, July 2022 – present\n• Wrote for wine magazines.\n\nCurrent appointment\n"
        "Postdoctoral researcher, Laboratoire de Meteorologie\t2022 – present\n• Modelled early Mars.\n"
        "\nEDUCATION\n• 2022 - PhD in Earth Sciences, Universite de Rennes\n"
    )
    writer, postdoc = draft.data["experience"]
    assert (writer["role"], writer["employer"]) == ("Freelance Writer", "Multiple Publications")
    assert (writer["start"], writer["end"]) == ("July 2022", "present")  # held twice: the later, the earlier kept
    assert any(text.endswith(": October 2002 – November 2017") for text in draft.leftovers)
    assert "publications" not in draft.data
    assert postdoc["role"] == "Postdoctoral researcher"
    (phd,) = draft.data["education"]
    assert (phd["degree"], phd["start"], phd["end"]) == ("PhD in Earth Sciences", None, "2022")


def test_an_italic_title_and_the_plain_place_a_pdf_runs_into_it_are_set_apart(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Nadia Rami\n\nnadia@example.org\n\n## Experience\n\n**Harbour Snacks Restaurant** | Oct 2019 – Sep 2020\n\n"
        "*Assistant Manager – Customer Service & Operations* Amman, Jordan\n\n- Ran the evening shift.\n",
    )
    (manager,) = cv.experience
    assert (manager.role, manager.employer, manager.location) == (
        "Assistant Manager – Customer Service & Operations",
        "Harbour Snacks Restaurant",
        "Amman, Jordan",
    )


def test_skills_under_bold_labels_and_sub_labels_are_the_skills_alone_and_an_acronym_employer_before_a_colon(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Dan Rhys\n\ndan@example.org\n\n## Skills\n\n"
        "**Programming Languages** - **Commercial**: C#, Kotlin, SQL - **Other**: Scala, Rust\n\n"
        "**Tools & CI/CD** - Github Actions, Docker, Terraform\n\n## Experience\n\n"
        "**ASOS**: *Technical Lead / Solution Architect*\n\n**Apr 2013 – Nov 2015**\n\n- Led the re-platforming.\n",
    )
    assert [s.name for s in cv.skills] == [
        *("C#", "Kotlin", "SQL", "Scala", "Rust"),
        *("Github Actions", "Docker", "Terraform"),
    ]
    assert (cv.experience[0].employer, cv.experience[0].role) == ("ASOS", "Technical Lead / Solution Architect")


def test_europass_languages_and_a_driving_licence_among_the_skills() -> None:
    draft = draft_of(
        "Kostas Papadakis\nkostas@example.org\n\nLANGUAGE SKILLS\nMother tongue(s): Greek\n"
        "Other language(s): English: C2 (proficient), French: B1 (intermediate)\n\n"
        "SKILLS\nAutoCAD, SAP 2000\nDriving Licence: AM, B1, B\n"
    )
    assert draft.data["languages"] == [
        {"name": "Greek", "fluency": "Mother tongue"},
        {"name": "English", "fluency": "C2 (proficient)"},
        {"name": "French", "fluency": "B1 (intermediate)"},
    ]
    assert draft.data["skills"] == ["AutoCAD", "SAP 2000"]
    assert "Driving Licence: AM, B1, B" in draft.leftovers


def test_previous_roles_over_a_line_naming_them_is_a_label_not_an_employer() -> None:
    draft = draft_of(
        "Dan Rhys\ndan@example.org\n\nEXPERIENCE\nNorthline: Technical Lead\tMay 2019 – Oct 2021\n• Led the team.\n"
        "Previous Roles\nLead Developer / Senior Developer at Chaucer, Omnifone, Centrica | 2005 – 2013\n"
    )
    lead, earlier = draft.data["experience"]
    assert [b["text"] for b in lead["bullets"]] == ["Led the team."]
    assert earlier["role"] == "Lead Developer / Senior Developer"
    assert earlier["employer"] == "Chaucer, Omnifone, Centrica"


def test_an_awards_value_after_a_dash_is_a_comment_and_a_list_inside_its_name_is_not_split_off() -> None:
    draft = draft_of(
        "Lia Moreno\nlia@example.org\n\nAWARDS\nHolz Travel Award - $1,500 USD\t(2023)\n"
        "Award for Excellence in Diversity, Equity, and Inclusion\t(2021)\nSummer Research Prize – €2.000\t(2019)\n"
    )
    assert [(a["name"], a["issuer"], a["date"]) for a in draft.data["awards"]] == [
        ("Holz Travel Award", "", "2023"),
        ("Award for Excellence in Diversity, Equity, and Inclusion", "", "2021"),
        ("Summer Research Prize", "", "2019"),
    ]
    assert {"Value of 'Holz Travel Award': $1,500 USD", "Value of 'Summer Research Prize': €2.000"} <= set(
        draft.leftovers
    )
    assert not draft.notes


def test_an_award_given_in_several_years_keeps_the_latest_and_says_so(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Lia Moreno\n\nlia@example.org\n\nAwards\n======\n"
        "* **AWARD**: Travel Award\t(May 2023 & 2025)\n  * Society of Protistologists\n\n"
        "* Dean's List\t2019, 2020 and 2021\n",
    )
    assert [(a.name, a.issuer, a.date) for a in cv.awards] == [
        ("Travel Award", "Society of Protistologists", "2025"),  # "AWARD:" says what the line is
        ("Dean's List", None, "2021"),
    ]
    notes = [note.message for note in draft.notes]
    assert any("May 2023 & 2025" in note and "latest" in note for note in notes)


def test_a_certificates_date_joined_to_where_it_was_is_its_date_and_the_place_a_comment() -> None:
    draft = draft_of(
        "Awa Ceesay\nawa@example.org\n\nCERTIFICATES\nClimate Negotiation Training, November 2024-Baku\n"
        "Project Planning Course, June-July 2024 - Virtual\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Climate Negotiation Training", "", "November 2024"),
        ("Project Planning Course", "", "July 2024"),
    ]
    assert "Where 'Climate Negotiation Training' was: Baku" in draft.leftovers


def test_a_credentials_year_after_a_comma_or_in_brackets_is_its_date_and_a_licence_number_stays_in_its_name() -> None:
    draft = draft_of(
        "Tomas Kowalczyk\ntomas@example.org\n\nLICENSES AND CERTIFICATIONS\n"
        "Professional Engineer (PE), Colorado, License No. 0054321, 2016\n"
        "Chartered Engineer, Institution of Civil Engineers (2018)\n\nAWARDS\nPeabody Award, 2022\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Professional Engineer (PE), Colorado, License No. 0054321", "", "2016"),
        ("Chartered Engineer", "Institution of Civil Engineers", "2018"),
    ]
    assert [(a["name"], a["date"]) for a in draft.data["awards"]] == [("Peabody Award", "2022")]


def test_a_licence_number_a_board_writes_with_its_letters_and_dots_is_no_issuer() -> None:
    draft = draft_of(
        "Tomas Kowalczyk\ntomas@example.org\n\nLICENSES AND CERTIFICATIONS\n"
        "Professional Engineer (P.E.), State of Ohio, License No. PE.0081234, 2019\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        # The state before the number plainly gave it, as a board does ("…, Ohio State Board of Pharmacy, License #…").
        ("Professional Engineer (P.E.), License No. PE.0081234", "State of Ohio", "2019")
    ]


def test_a_licence_number_a_board_writes_after_its_professions_letters_is_no_issuer() -> None:
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nLICENSES AND CERTIFICATIONS\n"
        "Occupational Therapist License, Texas Board, No. OT 55012, 2019\n"
        "Registered Nurse, Ohio Board of Nursing, License # RN 448120\n"
    )
    # The number is the holder's, kept in the name; the board before it gave the licence, as the state before
    # "License No. PE.0081234" does.
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Occupational Therapist License, No. OT 55012", "Texas Board"),
        ("Registered Nurse, License # RN 448120", "Ohio Board of Nursing"),
    ]


def test_titles_held_in_turn_under_a_dated_employer_line_are_one_role_with_its_steps() -> None:
    draft = draft_of(
        "Tomas Kowalczyk\ntomas@example.org\n\nEXPERIENCE\nKiewit Engineers | Omaha, NE | June 2012 – February 2018\n"
        "Project Engineer\t2015 – 2018\n• Designed temporary works for an interchange.\n"
        "Structural Engineer II\t2012 – 2015\n• Designed pier caps and abutments.\n"
        "Graduate Research Assistant, University of Colorado\t2010 – 2012\n• Tested beam-column joints.\n"
    )
    kiewit, assistant = draft.data["experience"]
    assert (kiewit["employer"], kiewit["role"], kiewit["start"], kiewit["end"]) == (
        "Kiewit Engineers",
        "Structural Engineer II » Project Engineer",
        "June 2012",
        "February 2018",
    )
    assert [(b["text"], b["role"]) for b in kiewit["bullets"]] == [
        ("Designed temporary works for an interchange.", "Project Engineer, 2015 – 2018"),
        ("Designed pier caps and abutments.", "Structural Engineer II, 2012 – 2015"),
    ]
    assert assistant["role"] == "Graduate Research Assistant"  # years outside Kiewit's: a role of its own
    CV.model_validate(clean(draft.data))


def test_an_employers_line_over_a_dated_line_of_titles_gives_the_employer_to_each_title_under_it() -> None:
    draft = draft_of(
        "Rosa Imbert\nrosa@example.org\n\nEXPERIENCE\n\nMAPLE RIDGE POLICE DEPARTMENT – Maple Ridge, IL\n"
        "Sergeant / Detective – Evidence Technician, 06/2019 – Present\n- Ran the evidence room.\n\n"
        "Patrol Officer, 03/2012 – 05/2019\n- Answered 1,500 calls a year.\n\n"
        "CEDAR VALLEY COMMUNITY COLLEGE – Maple Ridge, IL\n"
        "Adjunct Instructor, Criminal Justice Program, 08/2017 – Present\n- Teach evidence handling.\n"
    )
    assert [(r["employer"], r["role"], r["location"], r["start"]) for r in draft.data["experience"]] == [
        ("MAPLE RIDGE POLICE DEPARTMENT", "Sergeant / Detective – Evidence Technician", "Maple Ridge, IL", "06/2019"),
        ("MAPLE RIDGE POLICE DEPARTMENT", "Patrol Officer", "Maple Ridge, IL", "03/2012"),
        (
            "CEDAR VALLEY COMMUNITY COLLEGE",
            "Adjunct Instructor, Criminal Justice Program",
            "Maple Ridge, IL",
            "08/2017",
        ),
    ]


def test_titles_stacked_under_a_dated_employer_line_over_bullets_they_share_keep_each_its_years() -> None:
    draft = draft_of(
        "Nadia Ferreira\nnadia@example.org\n\nEXPERIENCE\nCopperline Analytics — Austin, TX\tMar 2016 – Dec 2021\n"
        "Senior Account Manager\tJan 2019 – Dec 2021\nAccount Manager\tMar 2016 – Dec 2018\n"
        "• Renewed 94% of a $6M book.\n• Opened the Gulf Coast territory.\n"
        "Sales Associate, Lakeway Office Supply\t2013 – 2016\n• Sold copiers.\n"
    )
    copperline, associate = draft.data["experience"]
    assert (copperline["role"], copperline["start"], copperline["end"]) == (
        "Account Manager » Senior Account Manager",
        "Mar 2016",
        "Dec 2021",
    )
    # The résumé does not say which title each bullet is from: they are the role's, with no step of their own.
    assert [(b["text"], b.get("role")) for b in copperline["bullets"]] == [
        ("Renewed 94% of a $6M book.", None),
        ("Opened the Gulf Coast territory.", None),
    ]
    note = next(n.message for n in draft.notes if n.loc == ("experience", 0))
    assert "Senior Account Manager, Jan 2019 – Dec 2021; Account Manager, Mar 2016 – Dec 2018" in note
    assert associate["employer"] == "Lakeway Office Supply"
    CV.model_validate(clean(draft.data))


@pytest.mark.parametrize(
    "titles",
    [
        "English Department Chair (2021 – Present); English Teacher (2014 – 2021)",
        "English Department Chair (2021–Present), English Teacher (2014–2021)",
        "English Department Chair, 2021 – Present; English Teacher, 2014 – 2021",
    ],
)
def test_titles_held_in_turn_on_one_line_under_a_dated_employer_line_are_stacked_titles(titles: str) -> None:
    # One line of titles, each with its years, reads as the titles stacked a line each: the last title's years are
    # no role of their own, the rest of the line no employer ("English Department Chair (2021"), and the bullets
    # stay under the employer's line.
    draft = draft_of(
        "Priya Natarajan\nToledo, OH | priya.natarajan@example.org\n\nEXPERIENCE\n"
        f"Lakeview High School — Toledo, OH\tAug 2014 – Present\n{titles}\n"
        "• Designed a ninth-grade writing curriculum of eight units.\n• Coached 12 teachers on rubric design.\n"
        "Harbor Charter School — Sandusky, OH\tAug 2010 – Jun 2014\nEnglish Teacher\n"
        "• Taught tenth-grade English to 110 students a year.\n"
    )
    lakeview, harbor = draft.data["experience"]
    assert (lakeview["employer"], lakeview["role"], lakeview["location"], lakeview["start"], lakeview["end"]) == (
        "Lakeview High School",
        "English Teacher » English Department Chair",
        "Toledo, OH",
        "Aug 2014",
        "Present",
    )
    assert [b["text"] for b in lakeview["bullets"]] == [
        "Designed a ninth-grade writing curriculum of eight units.",
        "Coached 12 teachers on rubric design.",
    ]
    note = next(n.message for n in draft.notes if n.loc == ("experience", 0))
    assert "English Department Chair, 2021 – Present; English Teacher, 2014 – 2021" in note
    assert (harbor["employer"], harbor["role"]) == ("Harbor Charter School", "English Teacher")
    CV.model_validate(clean(draft.data))


@pytest.mark.parametrize("bar", ["|", "•", "·"])
def test_titles_held_in_turn_apart_by_a_bar_or_bullet_each_with_a_qualifier_are_stacked_titles(bar: str) -> None:
    # "Account Executive, Mid-Market (Jun 2020 – Jan 2022) | Sales Development Representative (…)": a bar or a bullet
    # after a title's bracketed years parts titles as a semicolon does, and the title keeps what it was over after
    # its comma; the second title's opening bracket is never read as an employer.
    draft = draft_of(
        "Owen Castellano\nPhoenix, AZ | owen.castellano@example.net\n\nEXPERIENCE\n"
        "Quillon Software — Tempe, AZ\tMar 2019 – Jan 2022\n"
        f"Account Executive, Mid-Market (Jun 2020 – Jan 2022) {bar} Sales Development Representative "
        "(Mar 2019 – May 2020)\n"
        "• Closed $1.2M in new ARR against a $900K quota.\n• Booked 180 qualified meetings in 12 months.\n"
        "Delmar Copier Group — Mesa, AZ\tJun 2016 – Feb 2019\nInside Sales Representative\n"
        "• Renewed 80% of an inherited book of 120 accounts.\n"
    )
    quillon, delmar = draft.data["experience"]
    assert (quillon["employer"], quillon["role"], quillon["location"], quillon["start"], quillon["end"]) == (
        "Quillon Software",
        "Sales Development Representative » Account Executive, Mid-Market",
        "Tempe, AZ",
        "Mar 2019",
        "Jan 2022",
    )
    assert len(quillon["bullets"]) == 2
    note = next(n.message for n in draft.notes if n.loc == ("experience", 0))
    assert "Account Executive, Mid-Market, Jun 2020 – Jan 2022; Sales Development Representative, Mar 2019" in note
    assert (delmar["employer"], delmar["role"]) == ("Delmar Copier Group", "Inside Sales Representative")
    CV.model_validate(clean(draft.data))


@pytest.mark.parametrize(
    "employer",
    ["Lakeview High School, Toledo Public Schools", "Riverbend Family Clinic, Northwest Ohio Health System"],
)
def test_an_employer_line_of_organisations_only_is_one_employer_over_the_titles_held_there(employer: str) -> None:
    # A school and its district (a clinic and its health system) on the dated line: no piece names a job, so the
    # line's first organisation is no title, and the titles stacked under it with their years are the role's.
    draft = draft_of(
        "Priya Natarajan\nToledo, OH | priya.natarajan@example.org\n\nEXPERIENCE\n"
        f"{employer} — Toledo, OH\tAug 2014 – Present\nProgram Coordinator (2019 – Present)\nCase Aide (2014 – 2019)\n"
        "• Scheduled 40 volunteers a week.\n• Wrote the intake guide.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["employer"], role["role"], role["location"], role["start"], role["end"]) == (
        employer,
        "Case Aide » Program Coordinator",
        "Toledo, OH",
        "Aug 2014",
        "Present",
    )
    assert len(role["bullets"]) == 2


@pytest.mark.parametrize("title", ["Department Chair", "Board Co-Chair", "Chairperson"])
def test_a_chair_is_a_job_title(title: str) -> None:
    assert looks_like_title(title)


def test_an_employer_and_its_place_over_titles_with_their_own_years_is_one_role_with_its_steps() -> None:
    draft = draft_of(
        "Marta Quell\nmarta@example.org\n\nEXPERIENCE\n"
        "Fenwick Mills Co., Toledo, OH\tJuly 2020 – Present\nPlant Manager\n• Ran two shifts of forty.\n"
        "Harbor Tile Inc., Dayton, OH\tMay 2014 – June 2020\n"
        "Operations Manager (2017 – 2020)\n• Cut scrap by a third.\n• Opened a second kiln line.\n"
        "Shift Supervisor (2014 – 2017)\n• Trained twelve glazers.\n"
    )
    fenwick, harbor = draft.data["experience"]
    assert (fenwick["employer"], fenwick["role"], fenwick["location"]) == (
        "Fenwick Mills Co.",
        "Plant Manager",
        "Toledo, OH",
    )
    assert (harbor["employer"], harbor["role"], harbor["location"], harbor["start"], harbor["end"]) == (
        "Harbor Tile Inc.",
        "Shift Supervisor » Operations Manager",
        "Dayton, OH",
        "May 2014",
        "June 2020",
    )
    assert [(b["text"], b["role"]) for b in harbor["bullets"]] == [
        ("Cut scrap by a third.", "Operations Manager, 2017 – 2020"),
        ("Opened a second kiln line.", "Operations Manager, 2017 – 2020"),
        ("Trained twelve glazers.", "Shift Supervisor, 2014 – 2017"),
    ]
    assert not any("could not tell" in n.message for n in draft.notes)
    CV.model_validate(clean(draft.data))


@pytest.mark.parametrize(
    "employer_line",
    ["Harbor Tile, Inc. | Dayton, OH | May 2014 – June 2020", "HARBOR TILE, INC., Dayton, OH\tMay 2014 – June 2020"],
)
def test_an_employer_whose_comma_sets_its_legal_form_apart_over_titles_in_turn_is_one_role(employer_line: str) -> None:
    draft = draft_of(
        f"Marta Quell\nmarta@example.org\n\nEXPERIENCE\n{employer_line}\n"
        "Operations Manager\t2017 – 2020\n• Cut scrap by a third.\n"
        "Shift Supervisor\t2014 – 2017\n• Trained twelve glazers.\n"
    )
    (harbor,) = draft.data["experience"]
    assert (harbor["employer"].lower(), harbor["role"], harbor["location"]) == (
        "harbor tile, inc.",
        "Shift Supervisor » Operations Manager",
        "Dayton, OH",
    )
    steps = [b["role"] for b in harbor["bullets"]]
    assert steps == ["Operations Manager, 2017 – 2020", "Shift Supervisor, 2014 – 2017"]


def test_degrees_on_lines_of_their_own_end_with_their_year_and_a_thesis_line_is_a_detail() -> None:
    draft = draft_of(
        "Tomas Kowalczyk\ntomas@example.org\n\nEDUCATION\n"
        "M.S. Civil Engineering (Structures), University of Colorado Boulder\t2012\n"
        "Thesis: Cyclic behavior of reinforced concrete joints\n"
        "B.S. Civil Engineering, Purdue University, 2010\nB.A. History, Oberlin College, 2006\n"
    )
    assert [(e["degree"], e["institution"], e["end"], e["details"]) for e in draft.data["education"]] == [
        (
            "M.S. Civil Engineering (Structures)",
            "University of Colorado Boulder",
            "2012",
            ["Thesis: Cyclic behavior of reinforced concrete joints"],
        ),
        ("B.S. Civil Engineering", "Purdue University", "2010", []),
        ("B.A. History", "Oberlin College", "2006", []),
    ]


@pytest.mark.parametrize(
    ("lines", "degrees"),
    [
        (
            "Associate of Applied Science, Health Information Technology\nLakeland Community College, Kirtland, OH, "
            "2016\n\nPhlebotomy Technician Certificate, Venipuncture (40 hours)\n"
            "Northcoast Allied Health Program, 2019\n",
            [
                ("Associate of Applied Science, Health Information Technology", "Lakeland Community College", "2016"),
                (
                    "Phlebotomy Technician Certificate, Venipuncture (40 hours)",
                    "Northcoast Allied Health Program",
                    "2019",
                ),
            ],
        ),
        (
            "Master of Social Work, University of Denver, 2021\nBachelor of Arts, Psychology\n"
            "Colorado State University, 2015\n",
            [
                ("Master of Social Work", "University of Denver", "2021"),
                ("Bachelor of Arts, Psychology", "Colorado State University", "2015"),
            ],
        ),
        (
            "PhD, Sociology\t2026\nUniversity of Iowa\n\nM.A. Sociology\nUniversity of Iowa, 2023\n",
            [("PhD, Sociology", "University of Iowa", "2026"), ("M.A. Sociology", "University of Iowa", "2023")],
        ),
        # A programme of training over its school is one of them, though it names no degree's word.
        (
            "Pharmacy Technician Training, Level 2\nHarlow Valley College, Harlow, NE, 2017\n"
            "High School Diploma\nWestbrook High School, Westbrook, NE, 2014\n",
            [
                ("Pharmacy Technician Training, Level 2", "Harlow Valley College", "2017"),
                ("High School Diploma", "Westbrook High School", "2014"),
            ],
        ),
        # A year on a line that names no degree dates a detail of the degree above.
        (
            "B.S. Biology\nOhio State University, 2012\nDean's List, 2011\n",
            [("B.S. Biology", "Ohio State University", "2012")],
        ),
    ],
)
def test_a_year_closing_the_lines_of_each_degree_ends_that_degree_however_its_lines_pair(
    lines: str, degrees: list[tuple[str, str, str]]
) -> None:
    # Each degree's own year closes its lines: no degree runs on into the next, none loses its year.
    draft = draft_of(f"Rosa Delgado\nrosa@example.org\n\nEDUCATION\n{lines}")
    assert [(e["degree"], e["institution"], e["end"]) for e in draft.data["education"]] == degrees


DEGREE_FIRST = [
    "Bachelor of Science in Nursing",
    "Kestrel State University, 2014",
    "GPA 3.6; Sigma Theta Tau, 2013",
    "",
    "Associate of Science, Geology",
    "Alder College, 2011",
    "Honors thesis on glacial till, 2010",
]
"""Two degrees, each over a line of details that ends on a year of its own: an honour's, a thesis's."""
SCHOOL_FIRST = [DEGREE_FIRST[n] for n in (1, 0, 2, 3, 5, 4, 6)]
"""The same with each school's line, and its year, over the degree's."""


@pytest.mark.parametrize("kind", ["txt", "docx", pytest.param("pdf", marks=needs("libreoffice"))])
@pytest.mark.parametrize("education", [DEGREE_FIRST, SCHOOL_FIRST])
def test_a_year_on_a_degrees_detail_line_dates_the_detail_which_keeps_it_and_the_degree_keeps_its_own(
    tmp_path: Path, kind: str, education: list[str]
) -> None:
    lines = ["Rosa Delgado", "rosa@example.org", "", "EDUCATION", *education]
    path = tmp_path / ("cv.txt" if kind == "txt" else "cv.docx")
    if kind == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(str(path))
    draft = import_cv(to_pdf(path) if kind == "pdf" else path)
    assert [(e["degree"], e["institution"], e["end"], e["grade"], e["details"]) for e in draft.data["education"]] == [
        ("Bachelor of Science in Nursing", "Kestrel State University", "2014", "GPA 3.6", ["Sigma Theta Tau, 2013"]),
        ("Associate of Science, Geology", "Alder College", "2011", None, ["Honors thesis on glacial till, 2010"]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "B.S. Nursing, Marlow University, 2012\nGPA 3.6; Sigma Theta Tau\n",
        "B.S. Nursing, Marlow University\t2008 – 2012\nGPA 3.6; Sigma Theta Tau\n",
        "B.S. Nursing\nMarlow University\t2008 – 2012\n- GPA 3.6; Sigma Theta Tau\n",
    ],
)
def test_a_grade_that_opens_a_line_of_honours_is_the_degrees_grade_and_the_honours_its_details(lines: str) -> None:
    # The grade is picked out as it is on a line of its own ("GPA 3.6"); what follows its semicolon is a detail.
    draft = draft_of(f"Rosa Delgado\nrosa@example.org\n\nEDUCATION\n{lines}")
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["grade"], degree["details"]) == ("B.S. Nursing", "GPA 3.6", ["Sigma Theta Tau"])


THESIS = "Honors thesis on soil nitrogen cycling"


@pytest.mark.parametrize(
    ("lines", "detail"),
    [
        (f"B.S. Soil Science, Wrenfield College, 2014\n{THESIS}, 2013\n", f"{THESIS}, 2013"),
        (f"Wrenfield College — B.S. Soil Science, 2014\n{THESIS}, 2013\n", f"{THESIS}, 2013"),
        (f"B.S. Soil Science\nWrenfield College 2014\n{THESIS} 2013\n", f"{THESIS} 2013"),
        (f"B.S. Soil Science\nWrenfield College (2014)\n{THESIS} (2013)\n", f"{THESIS} (2013)"),
        (f"- B.S. Soil Science, Wrenfield College, 2014\n  - {THESIS}, 2013\n", f"{THESIS}, 2013"),
    ],
)
def test_a_dated_line_under_a_degree_that_names_no_credential_is_its_detail_not_an_award_or_certificate(
    lines: str, detail: str
) -> None:
    # A detail's own year makes it no entry of its own, and a phrase that opens with "Honors" no section's title.
    draft = draft_of(f"Rosa Delgado\nrosa@example.org\n\nEDUCATION\n{lines}\nSKILLS\nSoil sampling\n")
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["end"], degree["details"]) == (
        "B.S. Soil Science",
        "Wrenfield College",
        "2014",
        [detail],
    )
    assert not draft.data.get("certificates") and not draft.data.get("awards")


@pytest.mark.parametrize("honour", ["Sigma Theta Tau, 2013", "Dean's List, 2011", "Phi Kappa Phi Honor Society, 2012"])
def test_a_dated_honour_under_a_one_line_degree_is_its_detail_not_a_certificate(honour: str) -> None:
    draft = draft_of(
        f"Rosa Delgado\nrosa@example.org\n\nEDUCATION\nB.S. Nursing, Marlow University, 2012\n{honour}\n"
        "A.S. Biology, Fenwick Community College, 2009\n"
    )
    assert [(e["degree"], e["end"], e["details"]) for e in draft.data["education"]] == [
        ("B.S. Nursing", "2012", [honour]),
        ("A.S. Biology", "2009", []),
    ]
    assert not draft.data.get("certificates")


@pytest.mark.parametrize(
    ("honoured", "grade"),
    [
        ("B.S. Nursing, Marlow University, 2012 — Magna Cum Laude", "Magna Cum Laude"),
        ("B.S. Nursing, Marlow University, 2012 (summa cum laude)", "summa cum laude"),
        ("B.S. Nursing, Marlow University, 2012, with honors", "with honors"),
    ],
)
@pytest.mark.parametrize("first", [True, False])
def test_a_one_line_degrees_honours_after_its_year_are_its_grade_and_the_next_degree_stays_apart(
    honoured: str, grade: str, first: bool
) -> None:
    other = "A.S. Biology, Fenwick Community College, 2009"
    lines = [honoured, other] if first else [other, honoured]
    draft = draft_of("Rosa Delgado\nrosa@example.org\n\nEDUCATION\n" + "\n".join(lines) + "\n")
    degrees = [(e["degree"], e["institution"], e["end"], e["grade"]) for e in draft.data["education"]]
    expected = [
        ("B.S. Nursing", "Marlow University", "2012", grade),
        ("A.S. Biology", "Fenwick Community College", "2009", None),
    ]
    assert degrees == (expected if first else expected[::-1])
    assert not draft.data.get("certificates")


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    "degree",
    [
        ["Associate of Applied Science, Health Information Technology", "Fenwick Community College, 2016"],
        ["Associate of Applied Science, Health Information Technology", "Fenwick Community College\t2014 – 2016"],
        ["Fenwick Community College, Associate of Applied Science, Health Information Technology, 2016"],
    ],
)
def test_certificates_listed_under_the_degrees_after_a_blank_line_are_certificates_not_the_degrees_details(
    tmp_path: Path, kind: str, degree: list[str]
) -> None:
    credentials = [
        "Certified Medical Interpreter (CMI-Spanish), 2017",
        "Certified Healthcare Interpreter (CHI-Spanish)",
        "Certification Commission for Healthcare Interpreters, 2019",
    ]
    lines = ["Rosa Delgado", "rosa@example.org", "", "EDUCATION", *degree, "", *credentials]
    path = tmp_path / f"cv.{kind}"
    if kind == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(str(path))
    draft = import_cv(path)
    (education,) = draft.data["education"]
    assert (education["degree"], education["institution"], education["end"], education["details"]) == (
        "Associate of Applied Science, Health Information Technology",
        "Fenwick Community College",
        "2016",
        [],
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified Medical Interpreter (CMI-Spanish)", "", "2017"),
        ("Certified Healthcare Interpreter (CHI-Spanish)", credentials[2].removesuffix(", 2019"), "2019"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "M.S. Civil Engineering\nWake State University\nFenwick University\nB.S. Biology\n",
        "M.S. Civil Engineering\nWake State University, 2014\nThesis: Scour at bridge piers\nFenwick University\n"
        "B.S. Biology, 2010\n",
        "M.S. Civil Engineering\nWake State University\nThesis: Scour at bridge piers\nFenwick University\n"
        "B.S. Biology\n",
        "M.S. Civil Engineering, Wake State University\nRaleigh, NC, 2014\nThesis: Scour at bridge piers\n"
        "Fenwick University\nB.S. Biology, 2010\n",
    ],
)
def test_degrees_set_degree_first_and_school_first_in_one_section_are_each_a_degree_with_its_own_details(
    lines: str,
) -> None:
    draft = draft_of(f"Tomas Okafor\ntomas@example.org\n\nEDUCATION\n{lines}")
    degrees = [(e["degree"], e["institution"], e["details"]) for e in draft.data["education"]]
    thesis = ["Thesis: Scour at bridge piers"] if "Thesis" in lines else []
    assert degrees == [
        ("M.S. Civil Engineering", "Wake State University", thesis),
        ("B.S. Biology", "Fenwick University", []),
    ]


@pytest.mark.parametrize(
    "programme", ["School Nurse Services Credential Program", "Emergency Medical Technician Training Programme"]
)
def test_a_programme_over_its_school_between_undated_degrees_is_an_entry_of_its_own(programme: str) -> None:
    # A course of study that no degree's word names, set as the degrees around it are (its name over its school),
    # is one more pair: without it the next degree ran on into the first's institution ("Fresno State University,
    # Fresno Pacific University, B.S. Nursing, …"), words in an order the résumé never had.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEDUCATION\nM.S. Nursing Education\nFresno State University\n"
        f"{programme}\nFresno Pacific University\nB.S. Nursing\nUniversity of California, Davis\n"
    )
    assert [(e["degree"], e["institution"], e["details"]) for e in draft.data["education"]] == [
        ("M.S. Nursing Education", "Fresno State University", []),
        (programme, "Fresno Pacific University", []),
        ("B.S. Nursing", "University of California, Davis", []),
    ]


def test_a_year_on_a_degrees_detail_line_is_no_date_of_a_degree_whose_lines_give_none() -> None:
    draft = draft_of(
        "Rosa Delgado\nrosa@example.org\n\nEDUCATION\nB.A. History\nWrenfield College\nPhi Beta Kappa, 2006\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["end"], degree["details"]) == (None, ["Phi Beta Kappa, 2006"])


def test_a_programme_at_a_school_with_its_year_over_a_dated_diploma_is_a_credential_of_its_own() -> None:
    # The first line names no degree's word ("Program"), yet a school and its own year: not the institution's
    # first words of the diploma under it, nor its year the diploma's.
    draft = draft_of(
        "Dana Reyes\ndana@example.org\n\nEDUCATION\n"
        "Phlebotomy Training Program, Riverside Community College, Dayton, OH, 2019\n"
        "High School Diploma, Fairview High School, Dayton, OH, 2016\n"
    )
    assert [(e["degree"], e["institution"], e["end"]) for e in draft.data["education"]] == [
        ("Phlebotomy Training Program", "Riverside Community College", "2019"),
        ("High School Diploma", "Fairview High School", "2016"),
    ]


def test_an_author_year_citation_with_a_quoted_title_gives_the_title_without_quotes_and_its_venue() -> None:
    draft = draft_of(
        "Tomas Kowalczyk\ntomas@example.org\n\nPUBLICATIONS\nKowalczyk, T., and Shing, P. B. (2013). “Cyclic Behavior "
        "of Beam-Column Joints.” ACI Structural Journal, 110(4), 611–620.\n"
    )
    (paper,) = draft.data["publications"]
    assert (paper["year"], paper["title"], paper["venue"]) == (
        "2013",
        "Cyclic Behavior of Beam-Column Joints",
        "ACI Structural Journal, 110(4), 611–620",
    )


def test_a_skills_label_that_names_a_product_is_a_skill_of_its_own_and_a_kind_of_them_is_their_group() -> None:
    draft = draft_of(
        "Dara Whit\ndara@example.org\n\nSKILLS\nExcel: pivot tables, XLOOKUP\nTools: NetSuite, BlackLine\n"
        "Programming Languages: Python, SQL\n"
    )
    assert clean(draft.data)["skills"] == ["Excel", "pivot tables", "XLOOKUP", "NetSuite", "BlackLine", "Python", "SQL"]
    assert draft.skill_groups == {
        "NetSuite": "Tools",
        "BlackLine": "Tools",
        "Python": "Programming Languages",
        "SQL": "Programming Languages",
    }
    assert not any("were left out" in n.message for n in draft.notes)


def test_labelled_lines_of_skills_are_written_as_groups_and_load_so(tmp_path: Path) -> None:
    source = tmp_path / "resume.txt"
    source.write_text(
        "Dara Whit\ndara@example.org\n\nSKILLS\nInvestigative: FOIA, court records\nData: SQL, R\nSkills: Excel\n",
        encoding="utf-8",
    )
    written = init(tmp_path / "cv.yaml", source)
    assert written.cv is not None
    assert [(s.name, s.group) for s in written.cv.skills] == [
        ("FOIA", "Investigative"),
        ("court records", "Investigative"),
        ("SQL", "Data"),
        ("R", "Data"),
        ("Excel", None),  # "Skills:" under Skills is no group
    ]
    assert "- Investigative:" in written.path.read_text(encoding="utf-8")


def test_a_master_that_is_a_role_or_trade_is_no_degree() -> None:
    draft = draft_of(
        "Daniel Rhys\nTeam Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n• Built the ledger.\n\n"
        "EDUCATION & CERTIFICATIONS\n• Master of Science in Computer Science, University of Leeds, 2012\n"
        "• Certified Scrum Master (CSM), Scrum Alliance, 2019\n• Master’s in Nursing, Keele University, 2016\n"
    )
    assert [d["degree"] for d in draft.data["education"]] == [
        "Master of Science in Computer Science",
        "Master’s in Nursing",
    ]
    (certificate,) = draft.data["certificates"]
    assert (certificate["name"], certificate["issuer"], certificate["date"]) == (
        "Certified Scrum Master (CSM)",
        "Scrum Alliance",
        "2019",
    )


@pytest.mark.parametrize(
    ("line", "degree", "institution", "end", "grade"),
    [
        (
            "B.A. in History, minor in French, magna cum laude, Oberlin College, 2012",
            "B.A. in History, minor in French",
            "Oberlin College",
            "2012",
            "magna cum laude",
        ),
        (
            "Bachelor of Science in Nursing, University of Iowa, 2015 (summa cum laude)",
            "Bachelor of Science in Nursing",
            "University of Iowa",
            "2015",
            "summa cum laude",
        ),
        ("University of Iowa — BSN, 2015", "BSN", "University of Iowa", "2015", None),
        (
            "BA History, Upper Second Class Honours, University of York (2011)",
            "BA History",
            "University of York",
            "2011",
            "Upper Second Class Honours",
        ),
        (
            "B.A. Economics, Rutgers University (GPA: 3.8), 2014",
            "B.A. Economics",
            "Rutgers University",
            "2014",
            "GPA: 3.8",
        ),
        (
            "MA in Public History (Distinction), University of York, 2014",
            "MA in Public History",
            "University of York",
            "2014",
            "Distinction",
        ),
        (
            "BA (Hons) Geography (2:1), Durham University, 2012",
            "BA (Hons) Geography",
            "Durham University",
            "2012",
            "2:1",
        ),
        (
            "BSc (Hons) Chemistry (First Class), Keele University, 2010",
            "BSc (Hons) Chemistry",
            "Keele University",
            "2010",
            "First Class",
        ),
        (
            "BSc (Hons) Chemistry, 2:1, University of Leeds, 2015",
            "BSc (Hons) Chemistry",
            "University of Leeds",
            "2015",
            "2:1",
        ),
        (
            "MSc Finance, Distinction, University of Exeter, 2019",
            "MSc Finance",
            "University of Exeter",
            "2019",
            "Distinction",
        ),
        (
            "LLB Law, First Class, King's College London, 2013",
            "LLB Law",
            "King's College London",
            "2013",
            "First Class",
        ),
        (
            "B.S. in (1) Microbiology & (2) Marine Science, University of Miami, 2016",
            "B.S. in (1) Microbiology & (2) Marine Science",
            "University of Miami",
            "2016",
            None,
        ),
    ],
)
def test_a_degree_line_sets_apart_its_honours_grade_minor_and_year(
    line: str, degree: str, institution: str, end: str, grade: str | None
) -> None:
    draft = draft_of(
        "Daniel Rhys\nTeam Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n• Built the ledger.\n\n"
        f"EDUCATION\n{line}\n"
    )
    (found,) = draft.data["education"]
    assert (found["degree"], found["institution"], found["end"], found["grade"]) == (degree, institution, end, grade)


@pytest.mark.parametrize(
    ("line", "location"),
    [
        # A short tab stop left no more than a space between the school's state and the degree.
        ("Ridley School of Law, Philadelphia, PA J.D., magna cum laude, May 2018", "Philadelphia, PA"),
        # The state's code spells a degree too (MA: Master of Arts), but a degree follows it.
        ("Ridley School of Law, Boston, MA, J.D., magna cum laude, May 2018", "Boston, MA"),
    ],
)
def test_the_state_after_a_schools_town_is_its_place_not_part_of_the_degree(line: str, location: str) -> None:
    draft = draft_of(
        "Daniel Rhys\nAssociate\n\nEXPERIENCE\nAcme LLP: Associate\tApr 2019 – Nov 2021\n• Drafted motions.\n\n"
        f"EDUCATION\n{line}\n"
    )
    (found,) = draft.data["education"]
    assert (found["degree"], found["institution"], found["location"], found["grade"]) == (
        "J.D.",
        "Ridley School of Law",
        location,
        "magna cum laude",
    )


def test_a_degree_whose_semicolons_set_apart_its_grade_and_an_honour_roll_gives_each_its_field() -> None:
    draft = draft_of(
        "Daniel Rhys\nTeam Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n• Built the ledger.\n\n"
        "EDUCATION\nThe Ohio State University\tColumbus, OH\n"
        "B.S. Business Administration, Accounting; GPA 3.6/4.0; Dean's List\tMay 2014\n"
    )
    (found,) = draft.data["education"]
    assert (found["degree"], found["grade"], found["details"]) == (
        "B.S. Business Administration, Accounting",
        "3.6/4.0",
        ["Dean's List"],
    )


@pytest.mark.parametrize(
    ("line", "grade", "details"),
    [
        ("Lakeview State University, Dayton, OH — GPA 3.6, Dean's List", "GPA 3.6", ["Dean's List"]),
        ("Lakeview State University, Dayton, OH | GPA: 3.52/4.0, Beta Alpha Psi", "3.52/4.0", ["Beta Alpha Psi"]),
        (
            "Lakeview State University, Dayton, OH – Cumulative GPA 3.9, magna cum laude",
            "Cumulative GPA 3.9, magna cum laude",
            [],
        ),
    ],
)
def test_a_schools_line_whose_dash_sets_apart_a_grade_and_honours_gives_each_its_field(
    line: str, grade: str, details: list[str]
) -> None:
    # The school, its place, then after a dash the grade and what the comma after it sets apart: the institution is
    # the school's name alone, as it is where the grade has a line of its own.
    draft = draft_of(
        "Priya Nandakumar\npriya@example.org\n\nEXPERIENCE\nStaff Accountant\tJan 2020 – Present\n"
        "Hollis Freight, Dayton, OH\n• Closed the books each month.\n\n"
        f"EDUCATION\nBachelor of Science in Accountancy\tMay 2019\n{line}\n"
    )
    (found,) = draft.data["education"]
    assert (found["degree"], found["institution"], found["location"], found["grade"], found["details"]) == (
        "Bachelor of Science in Accountancy",
        "Lakeview State University",
        "Dayton, OH",
        grade,
        details,
    )


@pytest.mark.parametrize(("line", "grade"), [("GPA: 3.7", "GPA: 3.7"), ("GPA 3.7/4.0", "3.7/4.0")])
def test_a_bare_grade_point_average_keeps_its_name_so_a_resume_prints_it_as_written(line: str, grade: str) -> None:
    # A bare number is no grade point average until its words say so: a résumé would print "Grade: 3.7" of it.
    draft = draft_of(
        "Priya Nandakumar\npriya@example.org\n\nEDUCATION\n"
        f"B.S. Accountancy, Lakeview State University\tMay 2019\n{line}\n"
    )
    (found,) = draft.data["education"]
    assert found["grade"] == grade
    printed = Education(degree="B.S. Accountancy", institution="Lakeview State University", grade=found["grade"])
    assert printed.grade_label + printed.grade in {"GPA: 3.7", "GPA: 3.7/4.0"}


SCHOOLS_OVER_WHAT_THEY_GAVE = (
    "Rosa Delgado\nrosa@example.org\n\nEDUCATION\n"
    "Gulf Coast University Medical Center\t2017\n"
    "Nurse Residency Program; ICU track\n"
    "Gulf Coast University\t2016\n"
    "Bachelor of Science in Nursing (BSN); Cum laude; Sigma Theta Tau; capstone on sepsis bundles in the ICU\n"
)
"""A school's line with the year at a right tab, over what it gave and its details after semicolons; the BSN's
details run long enough to read as a sentence."""


def test_a_schools_line_with_its_year_over_what_it_gave_and_its_details_is_a_degree_of_its_own() -> None:
    draft = draft_of(SCHOOLS_OVER_WHAT_THEY_GAVE)
    assert [(d["degree"], d["institution"], d["end"], d["details"]) for d in draft.data["education"]] == [
        ("Nurse Residency Program", "Gulf Coast University Medical Center", "2017", ["ICU track"]),
        (
            "Bachelor of Science in Nursing (BSN)",
            "Gulf Coast University",
            "2016",
            ["Cum laude; Sigma Theta Tau; capstone on sepsis bundles in the ICU"],
        ),
    ]
    # A residency names no degree's word: it is read as the degree by where it stands, and said so.
    notes = {note.loc: note.message for note in draft.notes}
    assert "'Nurse Residency Program' names no degree's word" in notes[("education", 0)]
    assert ("education", 1) not in notes


def test_a_line_under_a_degrees_dates_is_its_detail_not_the_next_degrees_institution(tmp_path: Path) -> None:
    # Each degree in bold over its school and dates, then a line of details: a two-column template's layout.
    cv, _ = from_markdown(
        tmp_path,
        "# Rosa Delgado\n\nrosa@example.org\n\n## Education\n\n"
        "**Nurse Residency Program**\nGulf Coast University Medical Center, 2016 – 2017\n"
        "Magnet-designated; capstone on sepsis bundles\n"
        "**Bachelor of Science in Nursing (BSN)**\nGulf Coast University, 2012 – 2016\n"
        "Cum laude; Sigma Theta Tau\n",
    )
    residency, bachelor = cv.education
    assert (residency.degree, residency.institution, residency.start, residency.end, residency.details) == (
        "Nurse Residency Program",
        "Gulf Coast University Medical Center",
        "2016",
        "2017",
        ["Magnet-designated; capstone on sepsis bundles"],
    )
    # Under the school's line, the honours are the grade and the rest a detail, no more of the school's name.
    assert (bachelor.degree, bachelor.institution, bachelor.grade, bachelor.details) == (
        "Bachelor of Science in Nursing (BSN)",
        "Gulf Coast University",
        "Cum laude",
        ["Sigma Theta Tau"],
    )


@pytest.mark.parametrize(
    ("detail", "grade", "details"),
    [
        ("Sigma Theta Tau", None, ["Sigma Theta Tau"]),
        ("GPA 3.6; Sigma Theta Tau, 2013", "GPA 3.6", ["Sigma Theta Tau, 2013"]),
    ],
)
def test_a_line_under_a_degrees_dates_is_its_detail_though_the_next_degree_is_set_as_plainly(
    detail: str, grade: str | None, details: list[str]
) -> None:
    # No bold to say where the next degree starts: its own name does, and the line over it is the one above's.
    draft = draft_of(
        "Rosa Delgado\nrosa@example.org\n\nEDUCATION\n"
        f"Bachelor of Science in Nursing\nKestrel State University\t2014\n{detail}\n"
        "Master of Science in Geology\nAlder University\t2018\nThesis on glacial till\n"
    )
    assert [(e["degree"], e["institution"], e["end"], e["grade"], e["details"]) for e in draft.data["education"]] == [
        ("Bachelor of Science in Nursing", "Kestrel State University", "2014", grade, details),
        ("Master of Science in Geology", "Alder University", "2018", None, ["Thesis on glacial till"]),
    ]


def test_a_schools_place_is_set_apart_alike_whether_or_not_the_degree_names_a_degrees_word() -> None:
    draft = draft_of(
        "Rosa Delgado\nrosa@example.org\n\nEDUCATION\n"
        "Nurse Residency Program\nGulf Coast University Medical Center, Mobile, AL | 2016 – 2017\n"
        "Bachelor of Science in Nursing (BSN)\nGulf Coast University, Mobile, AL | 2012 – 2016\n"
    )
    assert [(d["degree"], d["institution"], d["location"]) for d in draft.data["education"]] == [
        ("Nurse Residency Program", "Gulf Coast University Medical Center", "Mobile, AL"),
        ("Bachelor of Science in Nursing (BSN)", "Gulf Coast University", "Mobile, AL"),
    ]


@pytest.mark.parametrize(
    ("school", "place"),
    [
        ("Institut Paul Bocuse", "Ecully, France"),
        ("Universität Wien", "Vienna, Austria"),
        ("Universidad de Chile", "Santiago, Chile"),
        ("Politecnico di Milano", "Milan, Italy"),
        ("Lycée Guillaume Tirel", "Paris, France"),
        ("ETH Zurich", "Zurich, Switzerland"),
    ],
)
@pytest.mark.parametrize("school_first", [True, False])
def test_a_school_named_in_its_own_language_is_the_institution_and_the_place_after_it_its_location(
    school: str, place: str, school_first: bool
) -> None:
    lines = [f"{school}, {place}", "Bachelor in Culinary Arts Management, 2008"]
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nEDUCATION\n" + "\n".join(lines if school_first else lines[::-1]) + "\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["location"]) == (
        "Bachelor in Culinary Arts Management",
        school,
        place,
    )
    assert not [n.message for n in draft.notes if "check both" in n.message]


def test_a_degree_named_as_linkedin_names_it_before_its_field_and_school_keeps_its_whole_name() -> None:
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nEDUCATION\n"
        "Bachelor of Science - BS, Computer Science, University of Porto\t2013 – 2016\n"
        "- Final project: a distributed key-value store.\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["details"]) == (
        "Bachelor of Science - BS, Computer Science",
        "University of Porto",
        ["Final project: a distributed key-value store."],
    )


def test_a_town_named_as_a_person_is_no_school() -> None:
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nEXPERIENCE\nLine Cook\nKenneth's Grill, Elizabeth, NJ\n2015 - 2018\n"
        "- Ran the grill.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["employer"], role["location"]) == ("Kenneth's Grill", "Elizabeth, NJ")


def test_an_employer_named_as_a_school_in_its_own_language_is_the_employer_before_the_place() -> None:
    draft = draft_of(
        "Rosa Quintal\nrosa@example.org\n\nEXPERIENCE\nResearch Assistant\nInstitut Pasteur, Paris, France\n"
        "2015 - 2018\n- Ran assays.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        "Research Assistant",
        "Institut Pasteur",
        "Paris, France",
    )
    assert not draft.notes


def test_in_a_pdf_a_space_set_at_the_tab_stop_before_a_date_parts_the_date_as_the_tab_does(tmp_path: Path) -> None:
    # LibreOffice writes a tab as a space at the tab stop, then the date there: "…Medical Center", " ", "2017".
    lines = SCHOOLS_OVER_WHAT_THEY_GAVE.splitlines()
    page = [Text(50, 800, "Rosa Delgado", 18, bold=True), Text(50, 784, "rosa@example.org")]
    page += [Text(50, 760, "EDUCATION", 11, bold=True)]
    for n, line in enumerate(lines[4:]):
        text, _, year = line.partition("\t")
        page.append(Text(50, 744 - 14 * n, text, bold=bool(year)))
        page += [Text(520, 744 - 14 * n, " "), Text(520, 744 - 14 * n, year)] if year else []
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(d.degree, d.institution, d.end) for d in cv.education] == [
        ("Nurse Residency Program", "Gulf Coast University Medical Center", "2017"),
        ("Bachelor of Science in Nursing (BSN)", "Gulf Coast University", "2016"),
    ]


@pytest.mark.parametrize(
    ("line", "end", "details", "checked"),
    [
        ("BFA Interior Design, Harbour School of Art, 2015 (CIDA-accredited)", "2015", ["CIDA-accredited"], False),
        ("BFA Interior Design, Harbour School of Art, 2015 (Dean's List)", "2015", ["Dean's List"], False),
        # Under way: the end date says when it ends, and the draft asks to check it.
        ("BFA Interior Design, Harbour School of Art, 2027 (expected)", "2027", [], True),
    ],
)
def test_a_note_in_brackets_after_a_degrees_year_is_a_detail_and_the_year_its_date(
    line: str, end: str, details: list[str], checked: bool
) -> None:
    draft = draft_of(
        "Daniel Rhys\nTeam Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n• Built the ledger.\n\n"
        f"EDUCATION\n{line}\n"
    )
    (found,) = draft.data["education"]
    assert (found["degree"], found["institution"], found["end"], found["details"]) == (
        "BFA Interior Design",
        "Harbour School of Art",
        end,
        details,
    )
    assert any(note.loc[0] == "education" for note in draft.notes) == checked


def test_a_name_after_a_credentials_last_comma_is_its_issuer_only_when_capitalised() -> None:
    draft = draft_of(
        "Daniel Rhys\nTeam Lead\n\nEXPERIENCE\nAcme Ltd: Senior Developer\tApr 2013 – Nov 2015\n• Built the ledger.\n\n"
        "CERTIFICATES\nCertified Scrum Master, Scrum Alliance\nVCTM Conferences, annually statewide (10 hr each)\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Certified Scrum Master", "Scrum Alliance"),
        ("VCTM Conferences, annually statewide (10 hr each)", ""),
    ]


def test_a_longer_title_in_capitals_made_of_section_words_starts_a_section_tailor_keeps_as_comments() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nAWARDS\n2021\tSilver Quill Prize, Harbour Society\n"
        "CONFERENCE POSTERS AND INVITED SEMINARS\n"
        "2022\t“Salt and Silver.” Baltic Trade Forum, Riga, LV.\n"
        "\nEXPERIENCE\nLecturer, Harbour College\t2019 – 2023\n- Taught trade history.\n"
        "ALL STAFF WERE TRAINED IN FIRE SAFETY AND FIRST AID\n"
    )
    assert [award["name"] for award in draft.data["awards"]] == ["Silver Quill Prize"]
    assert "CONFERENCE POSTERS AND INVITED SEMINARS:" in draft.leftovers
    assert "2022 “Salt and Silver.” Baltic Trade Forum, Riga, LV." in draft.leftovers
    assert "ALL STAFF WERE TRAINED IN FIRE SAFETY AND FIRST AID:" not in draft.leftovers  # no title's words


def test_a_pdf_in_two_columns_reads_its_main_column_then_the_sidebar_never_across(tmp_path: Path) -> None:
    # A sidebar of contact details, skills and languages beside the work history, their lines at their own heights.
    side = ["CONTACT", "priya@example.com", "+44 7700 900123", "SKILLS", "SolidWorks", "MATLAB", "ANSYS", "Python"]
    side += ["LANGUAGES", "English (native)", "French (basic)"]
    titles = {"CONTACT", "SKILLS", "LANGUAGES"}
    page = [Text(40, 760 - 17 * n, t, 11 if t in titles else 9.5, bold=t in titles) for n, t in enumerate(side)]
    main = [
        Text(220, 790, "Priya Okonkwo-Hale", 20, bold=True),
        Text(220, 740, "EXPERIENCE", 11, bold=True),
        Text(220, 722, "Mechanical Engineering Intern, Hartwell Pumps Ltd (Jun 2025 – Sep 2025)", 9.5),
        Text(220, 707, "• Redesigned a cast impeller housing in SolidWorks, cutting part mass by 12%.", 9.5),
        Text(220, 692, "• Ran static and modal FEA in ANSYS Mechanical on pump brackets.", 9.5),
        Text(220, 670, "Barista, Grindstone Coffee (Sep 2022 – Present)", 9.5),
        Text(220, 655, "• Prepared espresso drinks for up to 300 customers a day.", 9.5),
        Text(220, 633, "EDUCATION", 11, bold=True),
        Text(220, 615, "BSc Mechanical Engineering, University of Sheffield, 2026", 9.5),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page + main))
    assert cv.contact.name == "Priya Okonkwo-Hale" and cv.contact.email == "priya@example.com"
    assert [(r.role, r.employer, len(r.bullets)) for r in cv.experience] == [
        ("Mechanical Engineering Intern", "Hartwell Pumps Ltd", 2),
        ("Barista", "Grindstone Coffee", 1),
    ]
    assert cv.skill_names == ["SolidWorks", "MATLAB", "ANSYS", "Python"]  # one to a line, none a section's title
    assert [lang.name for lang in cv.languages] == ["English", "French"]


def test_a_line_in_the_texts_size_that_names_a_kind_of_section_is_no_title_where_titles_have_a_larger_look(
    tmp_path: Path,
) -> None:
    # The sidebar's titles are bold 11-point capitals; a credential's bold name in the text's size, broken over two
    # lines ("Digital Marketing" / "Professional Certificate"), is the education's, not a section of certificates.
    side = ["CONTACT", "ravi@example.com", "SKILLS", "Copywriting", "SEO", "EDUCATION", "BA, English"]
    side += ["Lakeshore University, 2016", "Digital Marketing", "Professional Certificate", "Courseworks, 2022"]
    titles = {"CONTACT", "SKILLS", "EDUCATION"}
    bold = titles | {"BA, English", "Digital Marketing", "Professional Certificate"}
    page = [Text(40, 760 - 17 * n, t, 11 if t in titles else 9.5, bold=t in bold) for n, t in enumerate(side)]
    main = [
        Text(220, 790, "Ravi Castellano", 20, bold=True),
        Text(220, 740, "EXPERIENCE", 11, bold=True),
        Text(220, 722, "Content Writer, Bluefin Media (Jun 2019 – Present)", 9.5),
        Text(220, 707, "• Wrote 120 blog posts a year for B2B software clients.", 9.5),
        Text(220, 692, "• Edited the monthly newsletter for 40,000 readers.", 9.5),
        Text(220, 670, "Editorial Assistant, Harbor Press (Sep 2016 – May 2019)", 9.5),
        Text(220, 655, "• Proofread catalog copy and author bios.", 9.5),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", page + main))
    assert not cv.certificates or all("Courseworks" not in c.name for c in cv.certificates)
    assert "Professional Certificate" in repr(draft.data)  # kept, not spent as a section's title


def test_linkedins_profile_pdf_gives_each_role_its_own_description_without_durations_or_page_footers(
    tmp_path: Path,
) -> None:
    lines = [
        ("Dana Whitfield", 24), ("Experience", 15), ("Brightwave Analytics", 12), ("Enterprise Account Executive", 11),
        ("March 2021 - Present (3 years 4 months)", 10.5), ("Austin, Texas, United States", 10.5),
        ("Closed the largest deal in company history, a $1.1M contract with a retailer.", 10.5),
        ("Corelogix Software", 12), ("4 years 2 months", 10.5), ("Senior Account Executive", 11),
        ("June 2018 - February 2021 (2 years 9 months)", 10.5), ("Dallas, Texas", 10.5),
        ("Managed the full sales cycle for mid-market accounts, averaging $45K ACV.", 10.5), ("Page 1 of 2", 9),
    ]  # fmt: skip
    page = [Text(50, 800 - 18 * n, text, size) for n, (text, size) in enumerate(lines)]
    cv, _ = imported(raw_pdf(tmp_path / "profile.pdf", page))
    found = [(r.location, r.start, r.end, [b.text for b in r.bullets]) for r in cv.experience]
    assert found == [
        ("Austin, Texas, United States", "March 2021", "Present",
         ["Closed the largest deal in company history, a $1.1M contract with a retailer."]),
        ("Dallas, Texas", "June 2018", "February 2021",
         ["Managed the full sales cycle for mid-market accounts, averaging $45K ACV."]),
    ]  # fmt: skip
    assert "Corelogix Software" in (cv.experience[1].employer, cv.experience[1].role)


def test_a_postal_address_under_the_name_is_no_headline_and_a_bare_domain_among_contacts_is_the_website() -> None:
    draft = draft_of(
        "Ines Marlowe\nDepartment of Classics, Fenwick College, 48 Orchard Street, Halden, VT 05601\n"
        "ines@fenwick.edu  ·  +1 (802) 555-0110  ·  inesmarlowe.net\n\nEXPERIENCE\n"
        "Lecturer, Fenwick College\t2019 – present\n• Taught Greek.\n"
    )
    contact = draft.data["contact"]
    assert (contact.get("location"), contact.get("website")) == ("Halden, VT 05601", "inesmarlowe.net")
    assert "headline" not in draft.data
    assert "Department of Classics, Fenwick College, 48 Orchard Street" in draft.leftovers


def test_a_town_typed_without_capitals_before_its_state_and_postal_code_stays_in_the_location() -> None:
    draft = draft_of(
        "Lee Park\nplumber\nomaha, NE 68102 | 402-555-0143 | lee.park@example.com\n\nEXPERIENCE\n"
        "Plumber - Metro Mechanical\n03/2018 - now\n- ran drain lines\n"
    )
    assert draft.data["contact"].get("location") == "omaha, NE 68102"
    assert "omaha" not in draft.leftovers


@pytest.mark.parametrize("place", ["Leeds, West Yorkshire", "Tromsø, Troms, Norway", "Ballarat, Victoria"])
def test_a_city_and_region_among_the_contact_details_is_the_location_not_the_headline(place: str) -> None:
    draft = draft_of(
        f"Ines Marlowe\n{place} · ines@example.org · +44 7700 900111\n\nEXPERIENCE\n"
        "Teacher, Fenwick School\t2019 – present\n• Taught Latin.\n"
    )
    assert draft.data["contact"].get("location") == place
    assert "headline" not in draft.data


@pytest.mark.parametrize("town", ["Harrogate", "Milton Keynes"])
def test_a_lone_town_after_the_contact_details_is_the_location_marked_to_check(town: str) -> None:
    draft = draft_of(
        f"Ines Marlowe\nines@example.org | 07700 900111 | {town}\n\nEXPERIENCE\n"
        "Teacher, Fenwick School\t2019 – present\n• Taught Latin.\n"
    )
    assert draft.data["contact"].get("location") == town
    assert [n.message for n in draft.notes if n.loc == ("contact", "location")] == [TOWN_NOTE]


@pytest.mark.parametrize("words", ["British Citizen", "Registered Nurse", "Available Immediately", "Fenwick School"])
def test_words_after_the_contact_details_that_are_no_town_are_kept_aside(words: str) -> None:
    draft = draft_of(
        f"Ines Marlowe\nines@example.org | 07700 900111 | {words}\n\nEXPERIENCE\n"
        "Teacher, Fenwick School\t2019 – present\n• Taught Latin.\n"
    )
    assert not draft.data["contact"].get("location")
    assert words in draft.leftovers


def test_a_title_and_its_field_among_the_contact_details_is_still_the_headline() -> None:
    draft = draft_of(
        "Ines Marlowe\nLearning Designer, Higher Education · ines@example.org\n\nEXPERIENCE\n"
        "Teacher, Fenwick School\t2019 – present\n• Taught Latin.\n"
    )
    assert draft.data["headline"] == "Learning Designer, Higher Education"
    assert not draft.data["contact"].get("location")


def test_a_translators_language_pair_is_the_headline_not_markup() -> None:
    draft = draft_of(
        "Ines Marlowe\nSpanish/Portuguese > English translator\nines@example.org · +44 7700 900111\n\nEXPERIENCE\n"
        "Translator, Fenwick Language Services\t2019 – present\n• Translated contracts.\n"
    )
    assert draft.data["headline"] == "Spanish/Portuguese > English translator"


@pytest.mark.parametrize(("town", "title"), [("Leeds", "Head of History"), ("Tromsø", "Deputy Head")])
def test_a_town_after_the_employers_comma_is_the_location_even_one_tailor_does_not_list(
    tmp_path: Path, town: str, title: str
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        f"# Ines Marlowe\n\nines@example.org\n\n## Experience\n\n### {title} — Kirkstall Valley Academy, {town}\n"
        "*September 2020 – Present*\n\n- Redesigned the curriculum.\n",
    )
    assert [(r.role, r.employer, r.location) for r in cv.experience] == [(title, "Kirkstall Valley Academy", town)]


def test_words_after_the_employers_comma_are_its_division_when_the_line_names_a_place_apart() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nEXPERIENCE\nCaseworker\tSeptember 2020 – Present\n"
        "Vermont Department for Children and Families, Child Protection | Burlington, VT\n• Visited families at home.\n"
    )
    role = draft.data["experience"][0]
    assert (role["employer"], role["location"]) == (
        "Vermont Department for Children and Families, Child Protection",
        "Burlington, VT",
    )


def test_a_domain_off_the_contact_lines_and_a_second_address_are_kept_for_the_owner() -> None:
    draft = draft_of(
        "Ines Marlowe\nHalden, VT\nines@fenwick.edu | +1 (802) 555-0110 | Node.js | ASP.NET\n"
        "12 Mill Road, Halden, VT 05601\n"
        "Builder of inesmarlowe.net\n\nEXPERIENCE\nLecturer, Fenwick College\t2019 – present\n• Taught Greek.\n"
    )
    contact = draft.data["contact"]
    # No web address: "Node.js" and "ASP.NET" are capitalised, and "js" is no top-level domain.
    assert (contact.get("location"), contact.get("website"), contact.get("profiles")) == ("Halden, VT", None, None)
    assert "12 Mill Road, Halden, VT 05601" in draft.leftovers


def test_a_town_before_its_state_and_zip_code_is_the_location_though_a_title_s_word_names_it() -> None:
    draft = draft_of(
        "Ines Marlowe\nCaptain Falls, VT 05601 | ines@fenwick.edu | +1 (802) 555-0110\n\nEXPERIENCE\n"
        "Lecturer, Fenwick College\t2019 – present\n• Taught Greek.\n"
    )
    assert draft.data["contact"].get("location") == "Captain Falls, VT 05601"
    assert "headline" not in draft.data


def test_a_word_resume_in_labelled_lines_and_tables_of_values_gives_its_roles_degrees_and_skills(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Priya Raghavan")
    document.add_paragraph("TECHNICAL SKILLS")
    skills = document.add_table(rows=0, cols=2)
    for label, values in [("Testing Tools", "Selenium WebDriver, TestNG, Appium"), ("Databases", "MySQL, Oracle")]:
        cells = skills.add_row().cells
        cells[0].text, cells[1].text = label, values
    document.add_paragraph("PROFESSIONAL EXPERIENCE")
    for line in ["Company: Infosys Limited", "Designation: Senior Test Engineer", "Duration: Jun 2019 to Till Date"]:
        document.add_paragraph(line)
    document.add_paragraph("Automated 450 regression test cases.", style="List Bullet")
    for line in ["Company: Tech Mahindra Ltd", "Designation: Test Engineer", "Duration: Jul 2017 to May 2019"]:
        document.add_paragraph(line)
    document.add_paragraph("Executed regression suites.", style="List Bullet")
    document.add_paragraph("EDUCATION")
    degrees = document.add_table(rows=0, cols=4)
    for row in [
        ("Degree", "Institute", "Year", "Percentage"),
        ("B.E. (Computer Science)", "PES Institute", "2017", "78.4%"),
    ]:
        cells = degrees.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.save(tmp_path / "resume.docx")
    cv, _ = imported(tmp_path / "resume.docx")
    assert [(r.employer, r.role, r.start, r.end) for r in cv.experience] == [
        ("Infosys Limited", "Senior Test Engineer", "Jun 2019", "Till Date"),  # "Till Date" is present
        ("Tech Mahindra Ltd", "Test Engineer", "Jul 2017", "May 2019"),
    ]
    (degree,) = cv.education
    assert (degree.degree, degree.institution, degree.end, degree.grade) == (
        "B.E. (Computer Science)", "PES Institute", "2017", "78.4%",
    )  # fmt: skip
    assert cv.skill_names == ["Selenium WebDriver", "TestNG", "Appium", "MySQL", "Oracle"]  # the labels left out


def test_a_web_page_resume_keeps_a_title_and_its_dates_apart_when_only_its_style_parts_them(tmp_path: Path) -> None:
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h1>Priya Okonkwo-Hale</h1><h2>Experience</h2>"
        '<div class="row"><span class="t">Barista (part-time)</span><span class="d">Sep 2022 – Present</span></div>'
        "<div>Grindstone Coffee, Sheffield, UK</div><ul><li>Trained 4 new baristas on milk texturing.</li></ul>"
        "<h2>Education</h2><div><span>BSc Mechanical Engineering</span><span>Sep 2022 – Jun 2026</span></div>"
        "<div>University of Sheffield</div></body></html>",
        encoding="utf-8",
    )
    cv, _ = imported(page)
    (role,) = cv.experience
    assert (role.role, role.employer, role.start, role.end) == (
        "Barista (part-time)", "Grindstone Coffee", "Sep 2022", "Present",
    )  # fmt: skip
    (degree,) = cv.education
    assert (degree.degree, degree.start, degree.end) == ("BSc Mechanical Engineering", "Sep 2022", "Jun 2026")


def test_a_numbers_comma_never_parts_a_line_and_top_skills_are_skills() -> None:
    from tailor.cv.importers.entries import commas

    assert commas("Tested prototypes, reaching 200,000 cycles, 2021") == [
        "Tested prototypes", " reaching 200,000 cycles", " 2021",
    ]  # fmt: skip
    draft = draft_of(
        "Dana Whitfield\n\nTop Skills\nSalesforce.com\nNegotiation\n\nEXPERIENCE\nAcme\tJan 2020 – Present\n"
    )
    assert draft.data["skills"] == ["Salesforce.com", "Negotiation"]


def test_projects_written_in_labelled_lines_are_one_entry_each_though_undated() -> None:
    draft = draft_of(
        "Priya Raghavan\n\nPROJECTS\nProject Title: Retail Banking Portal\nClient: Barclays Bank\n"
        "Role: Senior Test Engineer\nDescription: An online banking portal for retail customers.\n"
        "• Automated 450 regression test cases.\n\nProject Title: Claims App\nClient: Allianz\nRole: Test Engineer\n"
        "Description: A mobile application for policy holders to file claims.\n• Automated mobile tests with Appium.\n"
    )
    found = [(r["employer"], r["role"], [b["text"] for b in r["bullets"]][-1]) for r in draft.data["experience"]]
    assert found == [
        ("Barclays Bank", "Senior Test Engineer", "Automated 450 regression test cases."),
        ("Allianz", "Test Engineer", "Automated mobile tests with Appium."),
    ]


def test_skills_on_one_line_between_spaced_asterisks_are_a_skill_each() -> None:
    # A résumé pasted from an e-mail, its bullets turned into asterisks.
    draft = draft_of(
        "Tomas Reyes\n\nEXPERIENCE\nDispatcher, Kestrel Freight\t2018 - 2022\n* Routed forty trucks a day.\n\n"
        "SKILLS\nRoute Planning * ELD Compliance * Fleet Safety (DOT)\n"
    )
    assert draft.data["skills"] == ["Route Planning", "ELD Compliance", "Fleet Safety (DOT)"]


def test_a_generalist_is_a_title_under_its_employers_line() -> None:
    draft = draft_of(
        "Ivo Marsh\n\nEXPERIENCE\n\nHarbour Retail Group, Reno, NV\nStore Manager        Sep 2023 - Present\n"
        "* Ran the store.\n\nStore Generalist        Jun 2019 - Aug 2023\n* Ran the stockroom.\n"
    )
    assert [(r["role"], r["employer"]) for r in draft.data["experience"]] == [
        ("Store Manager", "Harbour Retail Group"),
        ("Store Generalist", "Harbour Retail Group"),
    ]
    assert not [n for n in draft.notes if n.loc[:2] == ("experience", 1)]  # a title, not a guess to check


def test_an_executive_is_a_title_and_a_city_alone_is_no_employer() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\nBrightwave Analytics\nEnterprise Account Executive\nMarch 2021 - Present\n"
        "• Closed the largest deal in company history.\n\nAccount Executive\nJanuary 2017 - May 2018\nDallas, Texas\n"
        "• Managed the full sales cycle.\n"
    )
    first, second = draft.data["experience"]
    assert (first["employer"], first["role"]) == ("Brightwave Analytics", "Enterprise Account Executive")
    assert (second.get("employer") or "", second["role"], second["location"]) == (
        "",
        "Account Executive",
        "Dallas, Texas",
    )


def test_a_phone_with_its_kind_in_brackets_is_the_phone() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\nAcme\tJan 2020 – Present\n• Sold plans.\n\n"
        "Contact\ndana@example.com\n(512) 555-0148 (Mobile)\n"
    )
    assert draft.data["contact"]["phone"] == "(512) 555-0148"


def test_a_pdf_line_that_wrapped_before_a_number_goes_on_but_a_numbered_item_does_not(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Priya Okonkwo-Hale", 18, bold=True),
        Text(50, 770, "PROJECTS", 11, bold=True),
        Text(50, 752, "Prosthetic Knee, University of Sheffield\tSep 2025 – May 2026"),
        Text(50, 738, "• Built and tested FDM 3D-printed prototypes on a rig of our own design, reaching"),
        Text(50, 724, "200,000 cycles without failure."),
        Text(50, 710, "• Designed the polycentric knee in SolidWorks and validated it against ISO loads."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [b.text for b in cv.experience[0].bullets] == [
        "Built and tested FDM 3D-printed prototypes on a rig of our own design, reaching 200,000 cycles without "
        "failure.",
        "Designed the polycentric knee in SolidWorks and validated it against ISO loads.",
    ]


@pytest.mark.parametrize("amount", ["$510K.", "€2.1M in pledges.", "£85,000 over target."])
def test_a_pdf_line_that_wrapped_before_a_sum_of_money_goes_on(tmp_path: Path, amount: str) -> None:
    # A browser's PDF ends no line with a space; a sum opens with its currency's sign, not a figure.
    page = [
        Text(50, 800, "Marisol Achebe", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Director of Development, Riverbend Arts Council\tSep 2017 – Jun 2021"),
        Text(50, 738, "• Moved the spring gala online during the pandemic and the evening still netted"),
        Text(50, 724, amount),
        Text(50, 710, "• Built a monthly giving program of 1,900 sustaining donors."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.employer, [b.text for b in r.bullets]) for r in cv.experience] == [
        (
            "Riverbend Arts Council",
            [
                f"Moved the spring gala online during the pandemic and the evening still netted {amount}",
                "Built a monthly giving program of 1,900 sustaining donors.",
            ],
        )
    ]


def test_a_pdf_paragraph_wrapped_before_capitals_with_no_spaces_at_line_ends_stays_one_bullet(tmp_path: Path) -> None:
    # A browser's PDF ends no line with a space, and breaks this paragraph twice before a capital mid-sentence.
    page = [
        Text(50, 800, "Tomas Ferreira", 18, bold=True),
        Text(50, 770, "WORK EXPERIENCE", 11, bold=True),
        Text(50, 752, "Field Service Technician, Harbor Pumps Inc., Tacoma, WA\t2016 – 2021"),
        Text(50, 738, "Duties: Serviced centrifugal pumps at forty municipal sites. Diagnosed motor faults with the"),
        Text(50, 724, "meters and wiring drawings of the Original Equipment Manufacturer, then ordered the Spare"),
        Text(50, 710, "Parts Kit from its catalogue. Trained two apprentices in lockout procedures required by"),
        Text(50, 696, "the state."),
        Text(50, 682, "Supervisor: Dana Lee, Service Manager"),
        Text(50, 668, "•Managed the night crew of the plant and its contractors during the wastewater upgrades"),
        Text(50, 654, "•Oversaw two pump station rebuilds"),  # a glyph run into its item: a bullet of its own
        Text(50, 640, "• Presented the retrofit results to the utilities board of the county, with the city engineers"),
        Text(50, 626, "Invited Talks"),  # a heading in the body's look, under a line that ends no sentence
        Text(50, 612, "Pump Retrofits That Pay, Tacoma Water Forum, 2020"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert not any("Invited Talks" in b.text for b in cv.experience[0].bullets)
    assert not any("night crew" in b.text and "Oversaw" in b.text for b in cv.experience[0].bullets)
    assert cv.experience[0].bullets[0].text == (
        "Serviced centrifugal pumps at forty municipal sites. Diagnosed motor faults with the meters and "
        "wiring drawings of the Original Equipment Manufacturer, then ordered the Spare Parts Kit from its "
        "catalogue. Trained two apprentices in lockout procedures required by the state."
    )


def test_languages_known_among_personal_details_are_the_languages_and_the_rest_stays_aside() -> None:
    draft = draft_of(
        "Priya Raghavan\n\nEXPERIENCE\nAcme\tJan 2020 – Present\n• Tested the portal.\n\n"
        "PERSONAL DETAILS\nDate of Birth: 12 March 1995\nLanguages Known: English, Hindi, Kannada\n"
    )
    assert [lang["name"] for lang in draft.data["languages"]] == ["English", "Hindi", "Kannada"]
    assert draft.leftovers == ["Date of Birth: 12 March 1995"]  # never printed


def test_a_dated_project_with_no_organisation_is_a_role_its_name_the_role_line() -> None:
    draft = draft_of(
        "Priya Okonkwo-Hale\n\nEXPERIENCE\nBarista, Grindstone Coffee\tSep 2022 – Present\n• Trained 4 baristas.\n\n"
        "PROJECTS\nCapstone: Low-Cost Prosthetic Knee Joint\tSep 2025 – May 2026\n"
        "• Designed a polycentric knee in SolidWorks.\n\nIdeas\n• A bike light.\n"
    )
    project = draft.data["experience"][-1]
    assert (project["role"], project.get("employer") or "", project["start"], project["end"]) == (
        "Capstone: Low-Cost Prosthetic Knee Joint", "", "Sep 2025", "May 2026",
    )  # fmt: skip
    assert [b["text"] for b in project["bullets"]] == ["Designed a polycentric knee in SolidWorks."]


def test_a_projects_name_then_a_bar_and_its_tools_is_the_role_and_the_tools_its_first_bullet() -> None:
    # Jake's résumé template, and the many made from it, write each project as "**Name** | *Python, Flask, React*"
    # over its dates: the tools are what it was built with, no employer ("Python, Flask" had been the employer, the
    # project's id named by them). They stay word for word, as its first bullet, for its owner to keep or move.
    draft = draft_of(
        "Jordan Vale\n\nEXPERIENCE\nSoftware Engineer Intern\tJun 2023 – Aug 2023\nNorthwind Labs\tAustin, TX\n"
        "• Built an internal dashboard used by 40 analysts.\n\nPROJECTS\n"
        "Gitlytics | Python, Flask, React, PostgreSQL, Docker\tJun 2022 – Present\n"
        "• Built a web app that charts GitHub activity for 300 users.\n"
        "Habit Garden | Kotlin, Firebase\t2021\n• Shipped an Android habit tracker.\n"
        "Food Bank Volunteer | Riverside Pantry\t2020\n• Sorted donations each week.\n"
    )
    projects = draft.data["experience"][1:]
    assert [(p["role"], p.get("employer") or "", p["id"]) for p in projects[:2]] == [
        ("Gitlytics", "", "gitlytics"),
        ("Habit Garden", "", "habit-garden"),
    ]
    assert [b["text"] for b in projects[0]["bullets"]] == [
        "Python, Flask, React, PostgreSQL, Docker",
        "Built a web app that charts GitHub activity for 300 users.",
    ]
    assert projects[2]["employer"] == "Riverside Pantry"  # a bar before a name, no list of tools: as before
    assert any(n.loc[:2] == ("experience", 1) and "tools after the project's name" in n.message for n in draft.notes)


def _two_lists_and_a_header_beside_contacts() -> list[Text]:
    """A one-column page laid out with tables, as a word processor's template sets it: the name beside right-aligned
    contact details (the town first), skills in two lists side by side, then roles with their dates at the right
    margin and bullets across the page. Each bullet's glyph, and the tab after it, is a piece of its own, as
    LibreOffice writes them."""
    page = [
        Text(488, 800, "Salem, OR"), Text(50, 790, "Odalys Brennan-Kwe,", 22, bold=True),
        Text(478, 785, "(503) 555-0199"), Text(425, 770, "odalys.bk@example.net"), Text(50, 762, "MSW", 22, bold=True),
        Text(415, 755, "linkedin.com/in/odalys-bk"), Text(50, 738, "Youth Services Coordinator", 11),
        Text(50, 712, "SUMMARY", 12, bold=True),
        Text(50, 698, "Coordinator of youth programmes with nine years in shelters, schools and county services, who "),
        Text(50, 684, "plans each young person's care with their family and keeps every agency on that plan."),
        Text(50, 660, "CORE SKILLS", 12, bold=True),
        Text(50, 642, "Casework", bold=True), Text(300, 642, "Software", bold=True),
    ]  # fmt: skip
    left = ["Intake assessment", "Case planning", "Crisis de-escalation", "Family mediation", "Group facilitation"]
    left += ["Safety planning", "Motivational interviewing", "Trauma-informed care"]
    right = ["Salesforce", "Apricot", "Google Sheets", "Microsoft Excel", "Microsoft Word", "Zoom", "Canva", "Slack"]
    for n, item in enumerate(left):
        page += [Text(50, 628 - 14 * n, "•"), Text(68, 628 - 14 * n, " "), Text(68, 628 - 14 * n, item)]
    for n, item in enumerate(right):
        page += [Text(300, 628 - 14 * n, "•"), Text(318, 628 - 14 * n, " "), Text(318, 628 - 14 * n, item)]
    page += [Text(300, 512, "Outreach", bold=True)]
    for n, item in enumerate(["Street outreach", "Event planning"]):
        page += [Text(300, 498 - 14 * n, "•"), Text(318, 498 - 14 * n, " "), Text(318, 498 - 14 * n, item)]
    roles = [
        ("Youth Services Coordinator", "Mar 2020 – Present", "Harbor Youth Alliance | Salem, OR"),
        ("Case Manager", "Jun 2016 – Feb 2020", "Pierce Family Services | Salem, OR"),
    ]
    bullets = [
        "Ran intake for forty young people a month at two drop-in centres, each with a plan agreed with them.",
        "Chaired the weekly case review with the school, the family and the county's youth and family services.",
    ]
    y = 430
    page += [Text(50, y + 20, "EXPERIENCE", 12, bold=True)]
    for title, dates, employer in roles:
        page += [Text(50, y, title, bold=True), Text(462, y, dates), Text(50, y - 14, employer)]
        for k, bullet in enumerate(bullets):
            page += [Text(50, y - 28 - 14 * k, "•"), Text(68, y - 28 - 14 * k, bullet)]
        y -= 80
    return page


def test_a_pdf_laid_out_in_tables_reads_each_table_s_columns_apart_and_its_roles_keep_their_dates(
    tmp_path: Path,
) -> None:
    # Lines across the page between the two lists and the dates at the right margin: one column with tables in
    # it, not a sidebar holding the contact details, the second list and the dates. The town's code ("OR") is no
    # word a sentence goes on from, and an e-mail address alone is a line of its own: no detail runs into the next.
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", _two_lists_and_a_header_beside_contacts()))
    assert cv.contact.name == "Odalys Brennan-Kwe"  # the letters after it lead the headline
    assert cv.headline[0].text.startswith("MSW")
    assert (cv.contact.location, cv.contact.phone, cv.contact.email) == (
        "Salem, OR",
        "(503) 555-0199",
        "odalys.bk@example.net",
    )
    assert cv.contact.profiles == ["linkedin.com/in/odalys-bk"]
    assert [(r.role, r.employer, r.start, r.end) for r in cv.experience] == [
        ("Youth Services Coordinator", "Harbor Youth Alliance", "Mar 2020", "Present"),
        ("Case Manager", "Pierce Family Services", "Jun 2016", "Feb 2020"),
    ]
    assert {"Intake assessment", "Group facilitation", "Salesforce", "Google Sheets", "Event planning"} <= set(
        cv.skill_names
    )


def test_the_name_is_the_header_s_largest_line_not_a_town_set_above_it(tmp_path: Path) -> None:
    page = [
        Text(260, 810, "Salem, OR"), Text(200, 790, "Odalys Brennan-Kwe", 20, bold=True),
        Text(180, 772, "odalys.bk@example.net | (503) 555-0199"), Text(50, 740, "EXPERIENCE", 12, bold=True),
        Text(50, 722, "Case Manager, Pierce Family Services", bold=True), Text(462, 722, "Jun 2016 – Feb 2020"),
        Text(50, 708, "• Ran intake for forty young people a month at two drop-in centres."),
    ]  # fmt: skip
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert (cv.contact.name, cv.contact.location) == ("Odalys Brennan-Kwe", "Salem, OR")


def test_a_headline_of_a_title_and_what_it_is_in_apart_by_bars_is_kept_whole() -> None:
    draft = draft_of(
        "Marisol Finch\nLicensed Clinical Social Worker | Medical, School & Community Mental Health\n"
        "marisol@example.org | (503) 555-0147\nPortland, OR | Fully Remote\n\nEXPERIENCE\n"
        "Medical Social Worker, St Brigid Medical Center\t2019 – Present\n• Led discharge planning for 30 patients.\n"
    )
    assert draft.data["headline"] == "Licensed Clinical Social Worker | Medical, School & Community Mental Health"
    assert draft.data["contact"]["location"] == "Portland, OR"


def test_an_expected_graduation_is_the_degrees_end_as_written_not_part_of_the_schools_name() -> None:
    draft = draft_of(
        "Priya Nair\npriya@example.org\n\nEDUCATION\nBachelor of Science in Biochemistry\n"
        "Lakeshore State University, Madison, WI\tExpected May 2027\n\nEXPERIENCE\n"
        "Research Assistant, Okafor Lab\tJan 2025 – Present\n• Ran PCR assays.\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["institution"], degree.get("location"), degree["end"]) == (
        "Lakeshore State University",
        "Madison, WI",
        "Expected May 2027",
    )


def test_certifications_listed_on_a_labelled_line_among_the_skills_are_certificates() -> None:
    draft = draft_of(
        "Priya Nair\npriya@example.org\n\nEXPERIENCE\nLab Assistant, Okafor Lab\tJan 2025 – Present\n"
        "• Ran PCR assays.\n\nSKILLS\nLaboratory: PCR, qPCR, cell culture\n"
        "Certifications: CITI Human Subjects Research (2024), OSHA Laboratory Safety (2024)\n"
    )
    assert draft.data["skills"] == ["PCR", "qPCR", "cell culture"]
    assert [(c["name"], c.get("date")) for c in draft.data["certificates"]] == [
        ("CITI Human Subjects Research", "2024"),
        ("OSHA Laboratory Safety", "2024"),
    ]


def test_a_skills_group_labelled_by_a_field_named_as_awards_are_is_a_group_of_skills() -> None:
    # A financial aid officer's "Scholarships:" and a development officer's "Grants:" name the work, not prizes
    # won: their items are skills written in lower case, where awards are names ("Dean's List") or dated.
    draft = draft_of(
        "Dana Whitcomb\ndana@example.org\n\nEXPERIENCE\n"
        "Financial Aid Counselor, Lakeshore College\tJan 2020 – Present\n"
        "• Packaged aid for 900 students a year.\n\nSKILLS\nScholarships: award packaging, FAFSA verification, "
        "merit review\nGrants: grant writing, prospect research, budget narratives\nHonors: Dean's List (2015), "
        "summa cum laude\n"
    )
    assert draft.data["skills"] == [
        *("award packaging", "FAFSA verification", "merit review"),
        *("grant writing", "prospect research", "budget narratives"),
    ]
    assert draft.skill_groups == {
        **dict.fromkeys(("award packaging", "FAFSA verification", "merit review"), "Scholarships"),
        **dict.fromkeys(("grant writing", "prospect research", "budget narratives"), "Grants"),
    }
    awards = [(award["name"], award.get("date")) for award in draft.data["awards"]]
    assert awards == [("Dean's List", "2015"), ("summa cum laude", None)]


def test_a_two_column_pdf_whose_columns_run_on_to_a_second_page_keeps_each_column_s_lines_in_it(
    tmp_path: Path,
) -> None:
    # A sidebar of skills and education beside the work history, both running on atop page 2 side by side:
    # too few lines there to see two columns, yet the last bullet is the role's, not the education's, and
    # the sidebar's last line is no part of the bullet.
    first = [Text(50, 800, "Noor Haddad", 20, bold=True), Text(50, 780, "noor.haddad@example.org | (555) 010-0199")]
    first += [Text(50, 740, "SKILLS", 11, bold=True)]
    for n, skill in enumerate(["Payroll", "Benefits", "Onboarding", "Workday", "HRIS", "Recruiting"]):
        first += [Text(50, 724 - 14 * n, "•"), Text(62, 724 - 14 * n, skill)]
    first += [Text(50, 620, "EDUCATION", 11, bold=True), Text(50, 604, "BA Psychology", bold=True)]
    first += [Text(50, 590, "Lakeshore College"), Text(50, 576, "2008 – 2012")]
    first += [Text(220, 740, "EXPERIENCE", 11, bold=True)]
    y = 722
    for title, dates, bullets in [
        ("HR Generalist, Orchard Foods", "2016 – Present", ["Ran payroll for 400 staff.", "Led onboarding."]),
        ("HR Assistant, Pinecrest Clinic", "2012 – 2016", ["Kept personnel files.", "Scheduled interviews."]),
    ]:
        first += [Text(220, y, title, bold=True), Text(480, y, dates)]
        for k, bullet in enumerate(bullets):
            first += [Text(220, y - 14 * (k + 1), "•"), Text(232, y - 14 * (k + 1), bullet)]
        y -= 56
    second = [
        Text(50, 800, "LANGUAGES", 11, bold=True),
        Text(220, 800, "•"),
        Text(232, 800, "Answered staff questions on leave policy."),
        Text(50, 784, "English, Arabic"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", first, second))
    assert [b.text for b in cv.experience[-1].bullets] == [
        "Kept personnel files.",
        "Scheduled interviews.",
        "Answered staff questions on leave policy.",
    ]
    assert [(d.degree, d.details) for d in cv.education] == [("BA Psychology", [])]
    assert [language.name for language in cv.languages] == ["English", "Arabic"]


def test_a_pdfs_sidebar_at_the_right_a_quarter_of_the_page_wide_is_a_column_read_after_the_work_history(
    tmp_path: Path,
) -> None:
    # The work history at the left, a sidebar of skills and certificates at the right taking some 27 % of the
    # text's width: no line of one column is read across into the other.
    page = [Text(50, 800, "Noor Haddad", 20, bold=True), Text(50, 780, "noor.haddad@example.org | (555) 010-0199")]
    page += [Text(50, 740, "EXPERIENCE", 11, bold=True), Text(400, 740, "SKILLS", 11, bold=True)]
    y = 722
    for title, dates, bullets in [
        ("HR Generalist, Orchard Foods", "2016 – Present", ["Ran payroll for 400 staff.", "Led onboarding."]),
        ("HR Assistant, Pinecrest Clinic", "2012 – 2016", ["Kept personnel files.", "Scheduled interviews."]),
    ]:
        page += [Text(50, y, title, bold=True), Text(330, y, dates)]
        for k, bullet in enumerate(bullets):
            page += [Text(50, y - 14 * (k + 1), "•"), Text(62, y - 14 * (k + 1), bullet)]
        y -= 56
    skills = ["Payroll administration", "Benefits and leave (ADP)", "Employee onboarding", "Workday HCM", "Recruiting"]
    for n, skill in enumerate(skills):
        page += [Text(400, 722 - 14 * n, "•"), Text(412, 722 - 14 * n, skill)]
    page += [Text(400, 640, "CERTIFICATIONS", 11, bold=True), Text(400, 624, "SHRM-CP, 2019")]
    page += [Text(400, 608, "PHR, 2021")]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.role, r.employer, r.start) for r in cv.experience] == [
        ("HR Generalist", "Orchard Foods", "2016"),
        ("HR Assistant", "Pinecrest Clinic", "2012"),
    ]
    assert [b.text for b in cv.experience[0].bullets] == ["Ran payroll for 400 staff.", "Led onboarding."]
    assert cv.skill_names[:5] == skills


def test_a_role_line_of_names_ended_with_a_full_stop_is_the_role_not_a_bullet() -> None:
    # LaTeX's moderncv prints each entry as "Title, Employer, City." beside its dates: a line of names
    # parted by commas, ended with a full stop, however many its words; the stop is no part of the place.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nExperience\n"
        "Mar 2022 – present\nSenior Process Engineer II, Northfield Dairy Cooperative, Eau Claire, WI.\n"
        "- Cut changeover time on the bottling line by a third.\n"
        "Jul 2019 – Feb 2022\nQuality Technician, Harbor Bay Foods, Oakland, CA.\n"
        "- Ran the HACCP audits of two plants.\n"
    )
    roles = [(r["role"], r["employer"], r["location"], r["start"]) for r in draft.data["experience"]]
    assert roles == [
        ("Senior Process Engineer II", "Northfield Dairy Cooperative", "Eau Claire, WI", "Mar 2022"),
        ("Quality Technician", "Harbor Bay Foods", "Oakland, CA", "Jul 2019"),
    ]
    assert [len(r["bullets"]) for r in draft.data["experience"]] == [1, 1]


def test_a_line_of_names_with_a_degrees_letters_or_a_name_in_brackets_is_still_the_entrys_line() -> None:
    # moderncv's "M.S. in …, School, Town, ST." and "Title, Lab, University, Town (its name in its own script),
    # Country.": the degree's stops and the bracketed name are a name's, so the line heads its entry.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nExperience\n"
        "Sep 2011 – Jun 2012\nResearch Assistant, Institute of Geophysics, Sofia University, Sofia (София), "
        "Bulgaria.\n- Logged seismometer data.\n\nEducation\n"
        "2014\nPh.D. in Soil Science and Water Resources, The University of Arizona, Tucson, AZ.\n"
        "Thesis: Infiltration under crusted soils\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        "Research Assistant",
        "Institute of Geophysics, Sofia University",
        "Sofia (София), Bulgaria",
    )
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["location"]) == (
        "Ph.D. in Soil Science and Water Resources",
        "The University of Arizona",
        "Tucson, AZ",
    )
    assert degree["details"] == ["Thesis: Infiltration under crusted soils"]


def test_a_line_of_capitalised_names_that_ends_in_no_place_or_holds_a_label_is_still_prose() -> None:
    # A list of topics or a class year, capitalised and ended with a full stop, is a line under the role.
    under = [
        "Related Topics: Process Design, Plant Safety, and Lean Manufacturing.",
        "College of Engineering and Applied Science, Class of April 2016.",
        "Plant Safety, Process Design, Statistical Methods, Lean Manufacturing.",
    ]
    draft = draft_of(
        "Ada Example\nada@example.org\n\nExperience\n"
        "Quality Technician, Harbor Bay Foods, Oakland, CA\t2019 – 2022\n" + "\n".join(under) + "\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"]) == ("Quality Technician", "Harbor Bay Foods")
    assert [b["text"] for b in role["bullets"]] == under


def test_a_grade_line_in_capitals_is_no_section_title_and_the_degrees_after_it_stay() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEducation\n"
        "2018 – 2020\nMaster of Science in Hydrology, Brackwater Institute, Reno, NV\nGPA: 3.9\n"
        "2014 – 2018\nBachelor of Arts in Geography, Lakeview State University, Duluth, MN\n"
    )
    assert [d["institution"] for d in draft.data["education"]] == ["Brackwater Institute", "Lakeview State University"]
    assert draft.leftovers == []


def test_dates_that_wrap_in_a_narrow_left_column_stay_whole_and_the_text_beside_them_together(
    tmp_path: Path,
) -> None:
    # LaTeX's moderncv sets each entry's dates right-aligned in a narrow column left of its text; a long span
    # wraps there ("Mar 2022 –" over "present"), its second line between two lines of the text beside it.
    page = [
        Text(50, 800, "Lena Berg", 20),
        Text(150, 775, "Experience", 13),
        Text(72, 752, "Mar 2022 –", 9),
        Text(150, 752, "Senior Editor, Harbour Gazette, Portland, OR."),
        Text(104, 741, "present", 9),
        Text(150, 736, "• Ran the daily production of stories."),
        Text(150, 722, "• Hired and trained four copy editors."),
        Text(78, 700, "May 2018 – Aug", 9),
        Text(150, 700, "Editorial Intern, Coastal Daily Newspaper Group,"),
        Text(112, 689, "2018", 9),
        Text(150, 688, "Salem, OR."),
        Text(150, 674, "• Edited the weekend edition."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.role, r.employer, r.location, r.start, r.end, len(r.bullets)) for r in cv.experience] == [
        ("Senior Editor", "Harbour Gazette", "Portland, OR", "Mar 2022", "present", 2),
        ("Editorial Intern", "Coastal Daily Newspaper Group", "Salem, OR", "May 2018", "Aug 2018", 1),
    ]


def test_a_role_s_paragraph_lines_that_read_as_no_sentence_stay_in_its_description_not_its_header() -> None:
    text = (
        "Ines Marlowe\nines@example.com\n\nEXPERIENCE\n"
        "Service Designer\nFernhollow Studio · Denver, CO\tMar 2021 – Present\n"
        "Wrote research plans for the onboarding team.\n"
        "UX Designer\nQuillby · Remote\tJan 2018 – Feb 2021\n"
        "Redesigned the checkout flow;\nA/B tested four variants with the growth team.\n"
        "Wrote style guides for the support team.\n"
        "Designed icon sets and illustrations in Affinity\nDesigner and Procreate.\n"
    )
    draft = parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")
    role = draft.data["experience"][1]
    assert (role["role"], role["employer"], role["location"]) == ("UX Designer", "Quillby", "Remote")
    texts = [bullet["text"] for bullet in role["bullets"]]
    assert texts[0] == "Redesigned the checkout flow; A/B tested four variants with the growth team."
    assert all("Affinity" not in role[key] for key in ("role", "employer", "location"))


@pytest.mark.parametrize(
    ("line", "employer", "location"),
    [
        ("Quillby, Remote", "Quillby", "Remote"),
        ("Quillby, EMEA", "Quillby", "EMEA"),
        ("Quillby, Denver, CO", "Quillby", "Denver, CO"),
    ],
)
def test_an_employer_before_a_comma_and_remote_is_the_employer_not_a_town(
    line: str, employer: str, location: str
) -> None:
    # No town stands before "Remote" or "EMEA" as "Denver" stands before "CO": the name before it is the employer's.
    text = f"Ines Marlowe\nines@example.com\n\nEXPERIENCE\nUX Designer\t01/2018 – 02/2021\n{line}\n- Ran card sorts.\n"
    draft = parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"], role["location"]) == ("UX Designer", employer, location)


def test_a_name_before_a_comma_and_remote_with_no_title_is_the_employer_left_for_its_title() -> None:
    text = "Ines Marlowe\nines@example.com\n\nEXPERIENCE\nJan 2022 - Sep 2022\nQUILLBY, remote\n- Ran sorts.\n"
    draft = parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"], role["location"]) == ("", "QUILLBY", "remote")


def test_a_title_before_a_comma_and_remote_names_no_employer_remote() -> None:
    text = "Ines Marlowe\nines@example.com\n\nEXPERIENCE\nJan 2022 - Sep 2022\nUX Designer, Remote\n- Ran sorts.\n"
    draft = parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")
    role = draft.data["experience"][0]
    assert (role["role"], role.get("employer", ""), role["location"]) == ("UX Designer", "", "Remote")


def test_a_paragraph_bullet_wrapped_before_a_capital_is_one_bullet_where_the_others_end_their_sentences() -> None:
    def bullets(description: str) -> list[str]:
        text = "Ines Marlowe\nines@example.com\n\nEXPERIENCE\nUX Designer\nQuillby · Remote\tJan 2018 – Feb 2021\n"
        draft = parse(read_text((text + description).encode("utf-8"), "r.txt"), Path("r.txt"), "a résumé as text")
        return [bullet["text"] for bullet in draft.data["experience"][0]["bullets"]]

    assert bullets(
        "Wrote style guides for the support team.\nRan card sorts with forty customers.\n"
        "Designed icon sets and illustrations in Affinity\nDesigner and Procreate.\n"
    ) == [
        "Wrote style guides for the support team.",
        "Ran card sorts with forty customers.",
        "Designed icon sets and illustrations in Affinity Designer and Procreate.",
    ]
    labelled = bullets(
        "Wrote style guides for the support team.\nRan card sorts with forty customers.\n"
        "Designed icon sets for the mobile app, Denver\nSupervisor: Dr Amal Reyes.\n"
    )
    # The supervisor's line joins no claim (and is kept aside, as a federal résumé's is: no bullet of its own).
    assert labelled[-1] == "Designed icon sets for the mobile app, Denver"
    # Lines that run to two hundred characters were wrapped nowhere: a short one without its full stop is a claim.
    long = "Partnered with product and engineering leaders on the research roadmap for three product lines, " * 2
    unwrapped = bullets(f"{long.strip()}.\n{long.strip()}.\nLed a distributed team of four\nRan card sorts.\n")
    assert unwrapped[-2:] == ["Led a distributed team of four", "Ran card sorts."]


@pytest.mark.parametrize("step", ["then", "later", "promoted to"])
def test_a_title_and_the_title_it_led_to_after_a_comma_are_one_role_over_the_employers_line(step: str) -> None:
    draft = draft_of(
        "Ines Varga\nines@example.org\n\nWORK EXPERIENCE\n"
        f"Junior Technician, {step} Senior Technician\t2011 – 2016\nLarkspur Bistro, Denver, CO\n• Ran the pass.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        f"Junior Technician, {step} Senior Technician",
        "Larkspur Bistro",
        "Denver, CO",
    )


def test_in_a_pdf_a_fields_skills_title_set_as_the_other_titles_are_heads_the_skills(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Ada Quist", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Lab technician, Harbour Labs (2019 – 2023)"),
        Text(50, 736, "• Ran the assays of the week."),
        Text(50, 710, "Education", 14, bold=True),
        Text(50, 690, "BSc Biology, Fenwick University, 2019"),
        Text(50, 664, "Methods and Skills", 14, bold=True),
        Text(50, 644, "Bench: titration, chromatography"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [s.name for s in cv.skills] == ["titration", "chromatography"]


def test_in_a_pdf_a_line_broken_after_a_hyphen_of_its_text_goes_on_with_the_hyphen_kept(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Ada Quist", 20, bold=True),
        Text(50, 780, "Salem, OR | ada@example.org | orcid.org/0000-"),
        Text(50, 766, "0002-1825-0097"),
        Text(50, 740, "Experience", 14, bold=True),
        Text(50, 720, "Lab technician, Harbour Labs (2019 – 2023)"),
        Text(50, 706, "• Ran state-of-the-"),
        Text(50, 692, "art assays."),
        Text(50, 670, "Education", 14, bold=True),
        Text(50, 650, "BSc Biology, Fenwick University, 2019"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert cv.contact.website == "orcid.org/0000-0002-1825-0097"
    assert [b.text for b in cv.experience[0].bullets] == ["Ran state-of-the-art assays."]


def word_resume_with_grid(path: Path, name: str, heading: str, grid: list[tuple[str, ...]], role: str) -> Path:
    """A Word résumé: a name, a heading over a borderless grid of skills, and one role with one bullet."""
    import docx

    document = docx.Document()
    document.add_paragraph(name)
    document.add_paragraph(heading)
    table = document.add_table(rows=0, cols=len(grid[0]))
    for row in grid:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph(role)
    document.add_paragraph("Prepared the weekly reports.", style="List Bullet")
    document.save(path)
    return path


def test_a_word_resumes_grid_of_skills_gives_every_cell_as_a_skill(tmp_path: Path) -> None:
    grid = [("Relativity", "Westlaw", "LexisNexis"), ("Clio", "CompuLaw", "Adobe Acrobat Pro")]
    role = "Paralegal, Ortega & Lind LLP, Dayton, OH, 2019 – Present"
    cv, _ = imported(word_resume_with_grid(tmp_path / "resume.docx", "Nadia Ferreira", "TECHNICAL SKILLS", grid, role))
    # The first column is no label of the others: a grid lists a skill a cell.
    assert cv.skill_names == ["Relativity", "Westlaw", "LexisNexis", "Clio", "CompuLaw", "Adobe Acrobat Pro"]


def test_a_grid_cell_with_a_bracketed_list_keeps_its_rows_first_cell_as_a_skill(tmp_path: Path) -> None:
    grid = [("Payroll", "Benefits Administration", "HRIS"), ("Workday", "Onboarding", "ADP (payroll, time)")]
    role = "HR Generalist, Pell & Varga, Akron, OH, 2020 – Present"
    cv, _ = imported(word_resume_with_grid(tmp_path / "resume.docx", "Iris Okonkwo", "CORE COMPETENCIES", grid, role))
    # The commas inside the brackets belong to one name: "Workday" is no label of the row.
    assert cv.skill_names == [
        "Payroll",
        "Benefits Administration",
        "HRIS",
        "Workday",
        "Onboarding",
        "ADP (payroll, time)",
    ]


@pytest.mark.parametrize("mark", ["", "• ", "▪ ", "■ ", "✓ ", "➢ "])
def test_a_grid_of_competencies_of_several_words_joined_by_ampersands_gives_every_cell_as_a_skill(
    tmp_path: Path, mark: str
) -> None:
    # An HR résumé's "Core Competencies" grid, its cells bulleted or not: "&" and "/" join a name's words, no word
    # of its own, so "Benefits Administration & Open Enrollment" is a name like "Adobe Acrobat Pro", no sentence.
    grid = [
        (
            "Employee Relations & Investigations",
            "FMLA / ADA / Leave Administration",
            "Benefits Administration & Open Enrollment",
        ),
        ("Policy & Handbook Development", "HR Metrics & Reporting", "Coaching Managers"),
    ]
    grid = [tuple(mark + cell for cell in row) for row in grid]
    role = "HR Generalist, Tallis Foods, Toledo, OH, 2019 – Present"
    cv, _ = imported(word_resume_with_grid(tmp_path / "resume.docx", "Dana Whitcomb", "CORE COMPETENCIES", grid, role))
    assert cv.skill_names == [
        "Employee Relations & Investigations",
        "FMLA / ADA / Leave Administration",
        "Benefits Administration & Open Enrollment",
        "Policy & Handbook Development",
        "HR Metrics & Reporting",
        "Coaching Managers",
    ]


def test_a_row_of_names_led_by_a_bold_label_gives_the_names_and_not_the_label(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Nadia Ferreira\n\n## Experience\n\n### Paralegal, Ortega LLP, 2019 – Present\n\n"
        "- Prepared privilege logs.\n\n## Skills\n\n| Area | Tools | Level |\n|---|---|---|\n"
        "| **Filing** | CM/ECF | PACER |\n| Relativity | Westlaw | Clio |\n",
    )
    assert cv.skill_names == ["CM/ECF", "PACER", "Relativity", "Westlaw", "Clio"]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_year_the_line_ends_on_after_a_spaced_dash_is_when_the_degree_was_gained(dash: str) -> None:
    draft = draft_of(
        "Nadia Ferreira\nnadia@example.com\n\nEXPERIENCE\nParalegal, Ortega LLP, Dayton, OH, 2019 – Present\n"
        f"- Prepared privilege logs.\n\nEDUCATION\nParalegal Certificate, Sinclair College {dash} 2017\n"
        f"B.A., Political Science, Wright State University {dash} 2016\n"
    )
    assert [(d["degree"], d["institution"], d["end"]) for d in draft.data["education"]] == [
        ("Paralegal Certificate", "Sinclair College", "2017"),
        ("B.A., Political Science", "Wright State University", "2016"),
    ]
    # A year inside the words, with no dash to set it off, is still no date: "Windows Server 2019"; nor is the
    # end of a span whose start tailor could not read ("_2016 - 2018", an emphasis mark left on it).
    assert find_span("Windows Server 2019") is None
    assert find_span("Basketball Coach - Kings School _2016 - 2018") is None


def test_in_a_pdf_a_span_of_dates_wrapped_before_its_dash_keeps_its_end_and_makes_no_bullet(tmp_path: Path) -> None:
    page = [
        Text(50, 800, "Tomasz Beaulieu", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Stores Supervisor", 10, bold=True),
        Text(50, 738, "Harbourside Mills, Hamilton, ON | Jun 2017"),
        Text(50, 724, "– Feb 2021"),
        Text(50, 710, "• Ran the parts crib for three production lines."),
        Text(50, 690, "Stores Clerk", 10, bold=True),
        Text(50, 676, "Fenwick Castings, Hamilton, ON | 2014 – 2017"),
        Text(50, 662, "– 2016 safety award for the stores team"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    supervisor, clerk = cv.experience
    assert (supervisor.start, supervisor.end) == ("Jun 2017", "Feb 2021")
    assert [b.text for b in supervisor.bullets] == ["Ran the parts crib for three production lines."]
    # A dash that opens more than a date is a bullet's, under a whole span.
    assert [b.text for b in clerk.bullets] == ["2016 safety award for the stores team"]


def test_in_a_pdf_a_span_of_dates_wrapped_after_its_dash_or_its_month_keeps_its_end(tmp_path: Path) -> None:
    # A role's line too long for the page breaks after the span's dash ("Jun 2017 –" / "Feb 2021"), or between the
    # start's month and year ("… ON Aug" / "2015 – May 2017"): the next line is the rest of the span, no role.
    page = [
        Text(50, 800, "Tomasz Beaulieu", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Stores Supervisor, Harbourside Mills, Hamilton, ON Jun 2017 –", 10, bold=True),
        Text(50, 738, "Feb 2021", 10, bold=True),
        Text(50, 724, "• Ran the parts crib for three production lines."),
        Text(50, 704, "Stores Clerk, Fenwick Castings, Hamilton, ON Aug", 10, bold=True),
        Text(50, 690, "2014 – May 2017", 10, bold=True),
        Text(50, 676, "• Counted the crib every quarter."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(r.role, r.employer, r.start, r.end) for r in cv.experience] == [
        ("Stores Supervisor", "Harbourside Mills", "Jun 2017", "Feb 2021"),
        ("Stores Clerk", "Fenwick Castings", "Aug 2014", "May 2017"),
    ]


def test_a_pdfs_running_header_and_footer_are_no_text_of_the_resume_though_its_first_page_has_neither(
    tmp_path: Path,
) -> None:
    # Word's "Different first page": the name heads the first page; the pages after it repeat a header with the
    # name and a footer with the contact details. They are no role, no skill, and cut no entry in two.
    header, footer = "Marisol Quintero-Vance, RN — continued", "marisol.qv@example.org | (520) 555-0147"
    first = [
        Text(50, 800, "Marisol Quintero-Vance, RN", 18, bold=True),
        Text(50, 780, "Tucson, AZ | marisol.qv@example.org | (520) 555-0147"),
        Text(50, 750, "EXPERIENCE", 11, bold=True),
        Text(50, 732, "Desert Vista Medical Center, Tucson, AZ"),
        Text(50, 718, "Charge Nurse | Mar 2019 – Present"),
        Text(50, 704, "• Led a team of 9 nurses on a 32-bed telemetry unit."),
    ]
    second = [
        Text(50, 810, header),
        Text(50, 780, "• Cut falls with injury by 40% with hourly rounding."),
        Text(50, 766, "Staff Nurse | Jun 2015 – Feb 2019"),
        Text(50, 752, "• Precepted 12 new graduate nurses."),
        Text(50, 720, "PUBLICATIONS", 11, bold=True),
        Text(50, 706, "1. Quintero-Vance M, Ibarra L. Hourly rounding and falls on a telemetry unit: a quality"),
        Text(200, 40, footer),
    ]
    third = [
        Text(50, 810, header),
        Text(50, 790, "improvement project. J Nurs Care Qual. 2021;36(2):101-106."),
        Text(50, 760, "SKILLS", 11, bold=True),
        Text(50, 746, "Telemetry, ACLS, Epic, wound care"),
        Text(200, 40, footer),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", first, second, third))
    assert [(r.role, r.employer, [b.text for b in r.bullets]) for r in cv.experience] == [
        (
            "Charge Nurse",
            "Desert Vista Medical Center",
            [
                "Led a team of 9 nurses on a 32-bed telemetry unit.",
                "Cut falls with injury by 40% with hourly rounding.",  # under the header of page 2
            ],
        ),
        ("Staff Nurse", "Desert Vista Medical Center", ["Precepted 12 new graduate nurses."]),
    ]
    (paper,) = cv.publications  # one, though the page break cut it in two
    assert paper.title == "Hourly rounding and falls on a telemetry unit: a quality improvement project"
    assert [skill.name for skill in cv.skills] == ["Telemetry", "ACLS", "Epic", "wound care"]


def test_a_pdfs_header_repeated_over_every_page_opens_the_resume_on_its_first_and_is_left_out_after(
    tmp_path: Path,
) -> None:
    # A Word template sets the name and headline in the page header, so a PDF of it repeats them over every page,
    # the first too: there they are the résumé's own header, as the Word file's header is read once.
    header = [Text(50, 810, "NADIA OKAFOR-LUND, PG", 18, bold=True), Text(50, 790, "Senior Hydrogeologist")]
    first = [
        *header,
        Text(50, 760, "nadia@example.org | (919) 555-0188"),
        Text(50, 730, "EXPERIENCE", 11, bold=True),
        Text(50, 712, "Senior Hydrogeologist | Tallgrass Environmental | Mar 2019 – Present"),
        Text(50, 698, "• Closed 9 petroleum release sites on risk."),
    ]
    second = [
        *header,
        Text(50, 760, "Staff Geologist | Marsh Creek Consultants | Jun 2014 – Feb 2019"),
        Text(50, 746, "• Logged 400 soil borings in gINT."),
        Text(50, 716, "SKILLS", 11, bold=True),
        Text(50, 702, "Vapor intrusion, groundwater modeling"),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", first, second))
    assert draft.data["contact"]["name"] == "NADIA OKAFOR-LUND"
    assert draft.data["headline"].endswith("Senior Hydrogeologist")
    assert [(r.role, r.employer, len(r.bullets)) for r in cv.experience] == [
        ("Senior Hydrogeologist", "Tallgrass Environmental", 1),
        ("Staff Geologist", "Marsh Creek Consultants", 1),
    ]
    assert not any("OKAFOR" in line for line in draft.leftovers)


def test_a_word_resumes_header_over_the_pages_after_its_own_first_pages_is_no_text_of_the_resume(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True  # Word's "Different first page"
    section.first_page_header.paragraphs[0].text = "Marisol Quintero-Vance"
    section.header.paragraphs[0].text = "Marisol Quintero-Vance — continued"
    section.footer.paragraphs[0].text = "marisol.qv@example.org | (520) 555-0147"
    document.add_paragraph("Charge Nurse")
    document.add_paragraph("marisol.qv@example.org")
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Charge Nurse, Desert Vista Medical Center\tMar 2019 – Present")
    document.add_paragraph("Led a team of 9 nurses on a 32-bed telemetry unit.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    _, draft = imported(tmp_path / "cv.docx")
    # The first page's header is read, as any page header is; the one over the pages after it is not.
    assert draft.data["contact"] == {"name": "Marisol Quintero-Vance", "email": "marisol.qv@example.org"}
    assert draft.data["headline"] == "Charge Nurse"
    assert draft.leftovers == []


def test_a_pdf_list_of_skills_that_goes_on_over_a_page_break_keeps_the_skill_cut_by_it_whole(tmp_path: Path) -> None:
    first = [
        Text(50, 800, "Tomasz Beaulieu", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Stores Clerk\tMar 2015 – May 2019", 10, bold=True),
        Text(50, 738, "Fenwick Castings, Hamilton, ON"),
        Text(50, 724, "• Issued parts to the line."),
        Text(50, 700, "SKILLS", 11, bold=True),
        Text(50, 686, "Forklift operation, cycle counting, inventory"),
    ]
    second = [
        Text(50, 800, "control, shipping and receiving, SAP"),
        Text(50, 776, "LANGUAGES", 11, bold=True),
        Text(50, 762, "Polish (native), English (fluent)"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", first, second))
    assert [skill.name for skill in cv.skills] == [
        "Forklift operation", "cycle counting", "inventory control", "shipping and receiving", "SAP",
    ]  # fmt: skip
    # A page that ends with its number carries nothing on to the next.
    numbered = [*first[:-2], Text(50, 60, "page 1")]
    cv, _ = imported(raw_pdf(tmp_path / "numbered.pdf", numbered, [Text(62, 800, "inbound skids, daily.")]))
    assert cv.experience[0].bullets[0].text == "Issued parts to the line."


@pytest.mark.parametrize("over_the_page", [False, True])
def test_in_a_pdf_a_span_cut_between_its_ends_month_and_year_is_one_span(tmp_path: Path, over_the_page: bool) -> None:
    # A narrow table cell wraps the span after its end's month; where the page ends there, its year opens the next.
    first = [
        Text(50, 800, "Tomasz Beaulieu", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Dispatcher", bold=True),
        Text(50, 738, "Fenwick Freight • Reno, NV • Mar 2014 – Nov"),
    ]
    top = 800 if over_the_page else 724
    rest = [Text(50, top, "2016"), Text(50, top - 14, "• Routed trucks.")]
    pages = [first, rest] if over_the_page else [first + rest]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", *pages))
    (role,) = cv.experience
    assert (role.role, role.employer, role.location, role.start, role.end) == (
        "Dispatcher",
        "Fenwick Freight",
        "Reno, NV",
        "Mar 2014",
        "Nov 2016",
    )
    assert [b.text for b in role.bullets] == ["Routed trucks."]


def test_a_pdf_bullet_that_goes_on_over_a_page_break_stays_one_bullet(tmp_path: Path) -> None:
    first = [
        Text(50, 800, "Tomasz Beaulieu", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(50, 752, "Stores Clerk\tMar 2015 – May 2019", 10, bold=True),
        Text(50, 738, "Fenwick Castings, Hamilton, ON"),
        Text(50, 724, "• Issued parts to the line and checked packing slips and hazmat labels on"),
    ]
    second = [
        Text(62, 800, "inbound skids."),
        Text(50, 786, "• Kept the crib to 5S standards."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", first, second))
    assert len(cv.experience) == 1
    assert [b.text for b in cv.experience[0].bullets] == [
        "Issued parts to the line and checked packing slips and hazmat labels on inbound skids.",
        "Kept the crib to 5S standards.",
    ]


def test_an_issuer_and_year_in_capitals_under_a_certificate_are_its_own_not_a_section_title() -> None:
    draft = draft_of(
        "Tomasz Beaulieu\n\nCERTIFICATIONS\nCertified in Planning and Inventory Management\nASCM (APICS), 2022\n"
        "Occupational Safety Card\nOSHA, 2019\n\nEDUCATION\nBA History, Fenwick University, 2012\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Certified in Planning and Inventory Management", "ASCM (APICS)", "2022"),
        ("Occupational Safety Card", "OSHA", "2019"),
    ]
    assert not draft.leftovers


def test_when_a_credential_was_renewed_is_a_comment_and_its_date_only_where_the_line_gives_no_other() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nCERTIFICATIONS\n"
        "Wilderness First Responder, Alpine Rescue School, 2019 (recertified 2023)\n"
        "Mediation Practitioner, Northgate Mediation Council, renewed 2024\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Wilderness First Responder", "Alpine Rescue School", "2019"),
        ("Mediation Practitioner", "Northgate Mediation Council", "2024"),
    ]
    assert "Renewal of 'Wilderness First Responder': recertified 2023" in draft.leftovers
    assert "Renewal of 'Mediation Practitioner': renewed 2024" in draft.leftovers


def test_how_often_a_credential_is_refreshed_is_a_comment_and_the_date_before_it_is_when_it_was_gained() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nCERTIFICATIONS\n"
        "Hazardous Waste Operations Card, 2016, refreshed annually\n"
        "Wilderness First Aid, Alpine Rescue School, 2018 (8-hour refresher current)\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Hazardous Waste Operations Card", "", "2016"),
        ("Wilderness First Aid", "Alpine Rescue School", "2018"),
    ]
    assert "Renewal of 'Hazardous Waste Operations Card': refreshed annually" in draft.leftovers
    assert "Renewal of 'Wilderness First Aid': 8-hour refresher current" in draft.leftovers


def test_a_dated_line_that_describes_the_credential_above_it_dates_it_and_is_no_certificate_or_issuer() -> None:
    lines = [
        Line("Ines Marlowe"),
        Line("ines@example.org"),
        Line("CERTIFICATIONS", bold=True),
        Line("Scaffold Inspector", bold=True),
        Line("Tube and fitting & system scaffolds, 2020 (recertified 2023)"),
        Line("Rigging Supervisor", bold=True),
        Line("Harbour Crane Institute, 2021"),
    ]
    draft = parse(lines, Path("resume.docx"), "a Word résumé")
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Scaffold Inspector", "", "2020"),
        ("Rigging Supervisor", "Harbour Crane Institute", "2021"),
    ]
    assert "About 'Scaffold Inspector': Tube and fitting & system scaffolds" in draft.leftovers
    assert "Renewal of 'Scaffold Inspector': recertified 2023" in draft.leftovers


def test_a_section_title_of_no_known_kind_over_dated_roles_is_no_employer(tmp_path: Path) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Jane Doe\n\n## Experience\n\n**Lab Assistant**, Acme Labs | 2023 – 2024\n\n- Ran assays\n\n"
        "## LEADERSHIP\n\n**President, Chess Club** | 2022 – 2023\n\n- Organized a regional tournament\n",
    )
    assert "LEADERSHIP" not in [e.employer for e in cv.experience]
    assert [e.start for e in cv.experience] == ["2023", "2022"]


def test_a_pdf_line_broken_after_a_dash_goes_on_where_wrapped_lines_end_with_a_space_and_this_one_not(
    tmp_path: Path,
) -> None:
    wrapped = "Led the night shift on a thirty-bed surgical ward, kept the rota of twelve nurses and trained"
    page = [
        Text(50, 800, "Priya Nair", 20, bold=True),
        Text(50, 750, "Licensure", 13, bold=True),
        # The word processor broke the line after the span's dash and kept no space at its end, as it keeps one
        # at the end of every other line that wrapped.
        Text(50, 730, "Registered Nurse (RN), Nursing and Midwifery Council, Registration No. 12A3456B, 2016 –"),
        Text(50, 716, "present, exp. 09/2027"),
        Text(50, 690, "Experience", 13, bold=True),
        Text(50, 670, "Staff Nurse, Royal Free Hospital, 2021 – 2024", bold=True),
        *(Text(50, 656 - 28 * n, wrapped + " ") for n in range(3)),
        *(Text(50, 642 - 28 * n, "the new nurses in the hospital's triage protocol.") for n in range(3)),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(c.name, c.issuer) for c in cv.certificates] == [
        ("Registered Nurse (RN), Registration No. 12A3456B", "Nursing and Midwifery Council")
    ]
    assert cv.certificates[0].date == "2016"


@pytest.mark.parametrize(
    "line",
    ["Incident Responder | SOC Analyst | Blue Team", "Blue Team · Incident Responder", "Digital Forensics | Analyst"],
)
def test_a_headline_of_pieces_is_one_headline_whichever_piece_names_the_title(line: str) -> None:
    draft = draft_of(
        f"Dana Whitlock\n{line}\ndana@example.org\n\n"
        "EXPERIENCE\nAnalyst, Acme Bank\t2021 – present\n• Triaged alerts.\n"
    )
    assert draft.data["headline"] == line
    assert not draft.leftovers


@pytest.mark.parametrize("separator", ["—", "|", "·"])
def test_a_name_then_a_job_title_on_the_top_line_are_the_name_and_the_headline(tmp_path: Path, separator: str) -> None:
    _, draft = from_markdown(
        tmp_path,
        f"# Dana Whitlock {separator} Security Analyst\n\nColumbus, OH | dana@example.org\n\n"
        "## Experience\n\n**Analyst** | Harbor Bank | Mar 2023 – Present\n- Triaged alerts.\n",
    )
    assert (draft.data["contact"]["name"], draft.data["headline"]) == ("Dana Whitlock", "Security Analyst")


def test_a_name_whose_line_goes_on_with_no_title_is_the_whole_line(tmp_path: Path) -> None:
    _, draft = from_markdown(
        tmp_path,
        "# Ana María López — Ruiz\n\nana@example.org\n\n## Experience\n\n**Analyst** | Harbor Bank | 2023 – Present\n"
        "- Triaged alerts.\n",
    )
    assert draft.data["contact"]["name"] == "Ana María López — Ruiz"


def test_job_titles_in_capitals_over_their_employers_and_dates_are_roles_not_sections() -> None:
    # Plain-text résumés set each role's title in capitals as they set section titles: over the
    # employer's line and the dates, with bullets or without them.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\n\n"
        "SHIFT SUPERVISOR\nHarbor Lane Bakery, Tacoma, WA\nMarch 2021 - Present\n"
        "• Opened the shop six days a week\n\n"
        "LEAD BARISTA\nCedar Cup Coffee, Tacoma, WA\nJune 2017 - February 2021\n"
        "Trained nine new baristas on the espresso bar\nCounted the weekly inventory\n\n"
        "EDUCATION\nCertificate in Baking Arts\nPierce County College, Tacoma, WA - 2017\n"
    )
    roles = draft.data["experience"]
    assert [(r["role"], r["employer"]) for r in roles] == [
        ("SHIFT SUPERVISOR", "Harbor Lane Bakery"),
        ("LEAD BARISTA", "Cedar Cup Coffee"),
    ]
    assert [len(r["bullets"]) for r in roles] == [1, 2]
    assert draft.leftovers == []
    assert draft.data["education"][0]["institution"] == "Pierce County College"


def test_employers_in_capitals_over_their_role_titles_and_dates_are_the_roles_employers_not_sections() -> None:
    # An executive's résumé sets each employer in capitals over the title and dates: the name is the employer's,
    # never lost as the title of a section of one role.
    draft = draft_of(
        "JANE EXAMPLE\njane@example.org\n\nPROFESSIONAL EXPERIENCE\n\n"
        "QUILLON & REED FOODS\nVice President, Finance & Operations\n2018 – Present\n"
        "- Led budgeting and forecasting for a $300M business.\n\n"
        "MARLOW FREIGHT\nDirector of Finance\nJan 2012 – Dec 2017\n- Managed audits and treasury.\n\n"
        "EDUCATION\nMBA, University of Chicago, 2012\n"
    )
    roles = draft.data["experience"]
    assert [(r["role"], r["employer"]) for r in roles] == [
        ("Vice President, Finance & Operations", "QUILLON & REED FOODS"),
        ("Director of Finance", "MARLOW FREIGHT"),
    ]
    assert [len(r["bullets"]) for r in roles] == [1, 1] and not any(r.get("section") for r in roles)
    assert draft.leftovers == []


def test_a_title_in_capitals_with_no_dates_under_it_still_starts_a_section() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\n"
        "Shift Supervisor, Harbor Lane Bakery, Tacoma, WA\tMarch 2021 - Present\n• Opened the shop\n\n"
        "VOLUNTEER COORDINATOR NOTES\nHelped at the food bank on weekends\n"
    )
    assert len(draft.data["experience"]) == 1
    assert draft.leftovers[0] == "VOLUNTEER COORDINATOR NOTES:"


def test_in_a_pdf_a_table_of_licences_in_two_columns_whose_cells_wrap_reads_cell_by_cell(tmp_path: Path) -> None:
    wrapped = "Advised retired households on income plans, annuities and the timing of their pension claims "
    page = [
        Text(50, 800, "Amara Lindqvist", 20, bold=True),
        Text(50, 760, "Experience", 13, bold=True),
        Text(50, 740, "Financial Advisor, Fjord Street Securities, 2019 – 2024", bold=True),
        Text(50, 726, wrapped),
        Text(50, 712, "and Medicare choices."),
        Text(50, 680, "Licenses & Designations", 13, bold=True),
        # Each cell written whole, its wrapped lines one under the other (each but its last ending in a space,
        # as a word processor leaves them), before the cell beside it: as Word and LibreOffice write a table.
        Text(50, 660, "FINRA Series 7 (General Securities "),
        Text(50, 646, "Representative), 2018"),
        Text(300, 660, "FINRA Series 66 (Uniform Combined "),
        Text(300, 646, "State Law), 2018"),
        Text(50, 636, " "),  # a blank line between the rows, as a maker may write one
        Text(50, 626, "Chartered Retirement Planning "),
        Text(50, 612, "Counselor, 2021"),
        Text(300, 626, "Oregon Life & Health Insurance "),
        Text(300, 612, "License, 2019"),
        Text(50, 580, "Education", 13, bold=True),
        Text(50, 560, "B.S. in Finance, Willamette University, 2015"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert sorted((c.name, c.date) for c in cv.certificates) == [
        ("Chartered Retirement Planning Counselor", "2021"),
        ("FINRA Series 66 (Uniform Combined State Law)", "2018"),
        ("FINRA Series 7 (General Securities Representative)", "2018"),
        ("Oregon Life & Health Insurance License", "2019"),
    ]


def test_in_a_pdf_a_licence_line_that_fills_the_text_to_its_edge_and_ends_at_a_comma_goes_on_below(
    tmp_path: Path,
) -> None:
    # A word processor ends each wrapped line with its space, but a line that fills the text to the right edge
    # has no room left for one: ended at a comma, it still wrapped, its licence's number under it.
    page = [
        Text(50, 800, "Tomas Reyes", 20, bold=True),
        Text(50, 770, "Experience", 14, bold=True),
        Text(50, 750, "Occupational Therapist, Lakeside Rehab", bold=True),
        Text(410, 750, "2019 – 2024"),
        Text(50, 736, "• Ran hand therapy clinics for sixty patients a week after tendon and nerve repairs across "),
        Text(60, 722, "three sites."),
        Text(50, 708, "• Built splints and home programmes with surgeons and the families of patients across the "),
        Text(60, 694, "region. Taught the splinting course to eleven new graduates of the programme at the "),
        Text(60, 680, "college."),
        Text(50, 658, "Licenses & Certifications", 14, bold=True),
        Text(50, 638, "Occupational Therapist License, Texas Board of Occupational Therapy Examiners, Austin, TX,"),
        Text(50, 624, "No. OT 55012, exp. 06/2027"),
        Text(50, 610, "Certified Hand Therapist (CHT), HTCC, 2022"),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    licence, hand = cv.certificates
    assert licence.name.startswith("Occupational Therapist License, Texas Board")
    assert "No. OT 55012" in f"{licence.name}, {licence.issuer}"
    assert hand.name == "Certified Hand Therapist (CHT)"


def test_a_section_title_in_capitals_that_opens_the_line_of_what_it_holds_starts_that_section() -> None:
    draft = draft_of(
        "Rosa Vega\nrosa@example.com\n\nWORK HISTORY\n\nWarehouse Lead - Tern Logistics   2016 - 2022\n"
        "- Ran the night shift\n\nSKILLS: Forklift operation, Inventory control, Microsoft Excel\n"
        "CERTIFICATIONS: OSHA 10, Forklift certification\n"
    )
    assert [role["role"] for role in draft.data["experience"]] == ["Warehouse Lead"]
    assert draft.data["skills"] == ["Forklift operation", "Inventory control", "Microsoft Excel"]
    assert [c["name"] for c in draft.data["certificates"]] == ["OSHA 10", "Forklift certification"]


def test_a_line_of_credentials_under_the_degrees_labelled_in_any_case_gives_the_certificates() -> None:
    # "Certifications: …" typed under the degree: each credential with its year, none of the degree's details.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCopywriter, Harbor Goods\t2019 - 2021\n"
        "• Wrote the catalogue.\n\nEDUCATION\nB.A. in English, Lakeview College\t2016\n"
        "Certifications: Content Marketing Certificate (2022); Email Marketing Certificate (2021)\n"
    )
    assert [(c["name"], c["date"]) for c in draft.data["certificates"]] == [
        ("Content Marketing Certificate", "2022"),
        ("Email Marketing Certificate", "2021"),
    ]
    assert draft.data["education"][0]["details"] == []


def test_a_word_sidebars_group_of_tools_beside_another_kind_in_capitals_is_skills(tmp_path: Path) -> None:
    # A sidebar made with a table: skills at the left, the work history at the right; the second group of
    # skills is titled for two kinds of tools ("PLATFORMS & TOOLS"), as a field names its software.
    import docx

    document = docx.Document()
    document.add_paragraph("Tomasz Wierzba")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("KEY SKILLS").bold = True
    for skill in ["Grant writing", "Volunteer management"]:
        left.add_paragraph(skill, style="List Bullet")
    left.add_paragraph().add_run("PLATFORMS & TOOLS").bold = True
    for tool in ["Salesforce Nonprofit Cloud", "Mailchimp"]:
        left.add_paragraph(tool, style="List Bullet")
    right.paragraphs[0].add_run("EXPERIENCE").bold = True
    right.add_paragraph("Development Officer, Harbor Food Bank\tMar 2019 – Present")
    right.add_paragraph("Raised $2M in foundation grants.", style="List Bullet")
    document.save(tmp_path / "resume.docx")
    cv, draft = imported(tmp_path / "resume.docx")
    assert cv.skill_names == ["Grant writing", "Volunteer management", "Salesforce Nonprofit Cloud", "Mailchimp"]
    assert not any("Mailchimp" in line for line in draft.leftovers)
    assert [(r.role, r.employer) for r in cv.experience] == [("Development Officer", "Harbor Food Bank")]


def test_a_word_sidebars_skills_under_bold_labels_are_skills_though_one_label_is_languages(tmp_path: Path) -> None:
    # A sidebar's skills in groups, each under a label in bold on a line of its own ("Languages" for programming
    # languages, an acronym "QA"), then a section of the languages spoken, titled in capitals as "SKILLS" is.
    import docx

    document = docx.Document()
    document.add_paragraph("Ines Halvorsen")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("SKILLS").bold = True
    for label, items in [("Languages", "Rust, Go, Elixir"), ("QA", "pytest, Selenium"), ("Cloud", "Terraform, Nomad")]:
        left.add_paragraph().add_run(label).bold = True
        left.add_paragraph(items)
    left.add_paragraph().add_run("LANGUAGES").bold = True
    left.add_paragraph("Norwegian (native), German (B1)")
    right.paragraphs[0].add_run("EXPERIENCE").bold = True
    right.add_paragraph("Backend Engineer, Fjordline Data\tMar 2019 – Present")
    right.add_paragraph("Moved the billing service to Rust.", style="List Bullet")
    document.save(tmp_path / "resume.docx")
    cv, draft = imported(tmp_path / "resume.docx")
    assert cv.skill_names == ["Rust", "Go", "Elixir", "pytest", "Selenium", "Terraform", "Nomad"]
    spoken = [(language.name, language.fluency) for language in cv.languages]
    assert spoken == [("Norwegian", "native"), ("German", "B1")]
    assert not draft.leftovers


def test_a_pdfs_skills_under_bold_labels_in_the_body_s_size_are_skills_and_a_languages_label_starts_no_section(
    tmp_path: Path,
) -> None:
    side = [
        ("SKILLS", 11, True),
        ("Languages", 9.5, True),
        ("Rust, Go, Elixir", 9.5, False),
        ("Cloud", 9.5, True),
        ("Terraform, Nomad", 9.5, False),
        ("LANGUAGES", 11, True),
        ("Norwegian (native), German (B1)", 9.5, False),
    ]
    page = [Text(40, 720 - 17 * n, text, size, bold=bold) for n, (text, size, bold) in enumerate(side)]
    main = [
        Text(240, 720, "EXPERIENCE", 11, bold=True),
        Text(240, 702, "Backend Engineer, Fjordline Data (Mar 2019 – Present)", 9.5),
        Text(240, 687, "• Moved the billing service to Rust.", 9.5),
        Text(240, 672, "• Cut the nightly batch from six hours to forty minutes.", 9.5),
        Text(240, 650, "Software Developer, Nordlys Bank (Jun 2015 – Feb 2019)", 9.5),
        Text(240, 635, "• Built the card-payments gateway in Go.", 9.5),
        Text(240, 613, "EDUCATION", 11, bold=True),
        Text(240, 595, "MSc Informatics, University of Oslo, 2015", 9.5),
    ]
    head = [Text(40, 800, "Ines Halvorsen", 20, bold=True), Text(40, 782, "ines@example.org", 9.5)]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", head + page + main))
    assert cv.skill_names == ["Rust", "Go", "Elixir", "Terraform", "Nomad"]
    assert [language.name for language in cv.languages] == ["Norwegian", "German"]


def test_a_pdfs_masthead_across_two_columns_is_read_in_its_order_and_a_wrapped_link_goes_on(tmp_path: Path) -> None:
    # The name and a headline in the sidebar's width, the contact line across the page, wrapped after a hyphen
    # of the profile's address onto the line under it; then a sidebar of skills beside the work history.
    head = [
        Text(40, 800, "Ana Lee-Moreno", 20, bold=True),
        Text(40, 782, "Events Coordinator", 11),
        Text(40, 766, "Tucson, AZ | ana.lee@example.org | (520) 555-0199 | linkedin.com/in/ana-", 9.5),
        Text(40, 754, "lee", 9.5),
    ]
    side = ["SKILLS", "Vendor contracts", "Budgets", "Cvent", "Floor plans", "Catering", "Permits", "Signage"]
    page = [Text(40, 720 - 17 * n, t, 11 if n == 0 else 9.5, bold=n == 0) for n, t in enumerate(side)]
    main = [
        Text(240, 720, "EXPERIENCE", 11, bold=True),
        Text(240, 702, "Events Coordinator, Saguaro Convention Center (Mar 2021 – Present)", 9.5),
        Text(240, 687, "• Ran 40 trade shows a year for up to 3,000 guests.", 9.5),
        Text(240, 672, "• Booked caterers, security and audio-visual crews.", 9.5),
        Text(240, 650, "Banquet Captain, Desert Palms Resort (Jun 2017 – Feb 2021)", 9.5),
        Text(240, 635, "• Led a crew of 12 servers at weddings and galas.", 9.5),
        Text(240, 613, "EDUCATION", 11, bold=True),
        Text(240, 595, "BA Hospitality Management, Northern Arizona University, 2017", 9.5),
    ]
    cv, draft = imported(raw_pdf(tmp_path / "cv.pdf", head + page + main))
    assert (cv.contact.name, cv.contact.email) == ("Ana Lee-Moreno", "ana.lee@example.org")
    assert cv.contact.profiles == ["linkedin.com/in/ana-lee"] and "lee" not in draft.leftovers
    assert [(r.role, r.employer) for r in cv.experience] == [
        ("Events Coordinator", "Saguaro Convention Center"),
        ("Banquet Captain", "Desert Palms Resort"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("METHODS", "skills"), ("Research Methods", "skills"), ("Laboratory Techniques", "skills"),
     ("Publication", "publications"), ("Publication Record", None), ("Methods of payment were reviewed", None),
     ("Methods Engineer", None)],
)  # fmt: skip
def test_a_researchers_methods_and_a_single_publication_head_sections_of_skills_and_publications(
    title: str, kind: str | None
) -> None:
    assert kind_of(title, set_as_title=title.isupper()) == kind


def test_methods_listed_under_their_title_are_skills_and_one_publication_under_its_singular_title_is_read(
    tmp_path: Path,
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Ana Lopez\n\nana@example.org\n\n## Experience\n### Harbor Labs\nResearch Scientist | 2019 – 2024\n"
        "- Ran field interviews.\n\n## Methods\n- Ethnography\n- Structural equation modelling\n\n"
        "## Publication\nLopez, A. (2023). Tide Pools and Trust. Journal of Coastal Studies.\n",
    )
    assert [s.name for s in cv.skills] == ["Ethnography", "Structural equation modelling"]
    assert [(p.title, p.year) for p in cv.publications] == [("Tide Pools and Trust", "2023")]
    assert draft.leftovers == ["Authors of 'Tide Pools and Trust': Lopez, A."]


@pytest.mark.parametrize("title", ["Market Research Analyst", "Research Associate"])
def test_a_title_that_reads_as_an_organisation_too_is_the_title_over_an_employer_named_before_its_place(
    title: str,
) -> None:
    draft = draft_of(
        f"Dana Reyes\n\nEXPERIENCE\n{title}\nFernleaf Insight, Boston, MA | Jul 2016 – May 2018\n"
        "- Analysed survey data for retail clients.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Fernleaf Insight", "Boston, MA")


def test_a_month_and_a_year_of_two_digits_after_an_apostrophe_are_the_roles_dates() -> None:
    draft = draft_of(
        "Dale Kowalczyk\ndale@example.com\n\nEXPERIENCE\nYard Jockey - Midway Intermodal   Jan '14 - Dec '15\n"
        "- Moved trailers.\nDriver - Bay Freight   Mar ’98 – Present\n- Drove.\n"
    )
    assert [(r["role"], r["employer"], r["start"], r["end"]) for r in draft.data["experience"]] == [
        ("Yard Jockey", "Midway Intermodal", "Jan 2014", "Dec 2015"),
        ("Driver", "Bay Freight", "Mar 1998", "Present"),
    ]


def test_a_title_compounded_with_in_or_at_is_the_title_over_a_firm_named_for_its_trade() -> None:
    draft = draft_of(
        "Dana Whitfield\n\nEXPERIENCE\n\n"
        "Marlowe & Finch Land Surveyors | Boise, ID\n"
        "Surveyor-in-Training (SIT) | Jun 2019 - Feb 2022\n"
        "* Ran boundary surveys.\n\n"
        "Greyhaven Review | Boise, ID\n"
        "Editor-in-Chief | Aug 2016 - May 2019\n"
        "* Edited every issue.\n"
    )
    assert [(r["role"], r["employer"]) for r in draft.data["experience"]] == [
        ("Surveyor-in-Training (SIT)", "Marlowe & Finch Land Surveyors"),
        ("Editor-in-Chief", "Greyhaven Review"),
    ]


def test_a_title_that_names_its_trade_ends_in_a_jobs_word_and_leaves_nothing_to_check() -> None:
    # "Store", "Bank", "Research" read as an organisation's words; the piece ending in a job's word is the title.
    draft = draft_of(
        "Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\n\n"
        "Store Manager | Larkspur Outfitters | Boise, ID | 2019 – 2023\n- Ran the store.\n"
        "Bank Teller | Cinder Valley Credit Union | Boise, ID | 2016 – 2019\n- Balanced the drawer.\n"
        "Operations | Software Guild | Boise, ID | 2014 – 2016\n- Kept the office.\n"
        "Systems Engineer | Remote from Florida | 2012 – 2014\n- Kept the servers up.\n"
    )
    roles = [(r["role"], r["employer"]) for r in draft.data["experience"]]
    assert roles == [
        ("Store Manager", "Larkspur Outfitters"),
        ("Bank Teller", "Cinder Valley Credit Union"),
        ("Operations", "Software Guild"),
        ("Systems Engineer", "Remote from Florida"),
    ]
    checked = {n.loc[1] for n in draft.notes if n.loc[:1] == ("experience",) and "which is which" in n.message}
    assert checked == {2, 3}  # "Operations" names no job, "Remote from Florida" is no name: for the owner to check


@pytest.mark.parametrize("title", ["Keyholder", "Merchandiser", "Stocker"])
def test_a_retail_title_of_one_word_is_a_title(title: str) -> None:
    draft = draft_of(
        f"Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\n\n{title} | Larkspur Outfitters | Boise, ID | 2016 – 2017\n"
        "- Opened the store.\n"
    )
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"]) == (title, "Larkspur Outfitters")
    assert not [n for n in draft.notes if n.loc[:1] == ("experience",)]


@pytest.mark.parametrize("title", ["Medical Biller and Coder", "Coder", "Registry Abstractor"])
def test_a_health_records_offices_title_is_a_title(title: str) -> None:
    draft = draft_of(
        f"Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\n\n{title} | Larkspur Family Clinic, Boise, ID | 2016 – 2017\n"
        "- Coded the clinic's visits.\n"
    )
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"]) == (title, "Larkspur Family Clinic")
    assert not [n for n in draft.notes if n.loc[:1] == ("experience",)]


@pytest.mark.parametrize("title", ["Mortgage Loan Originator", "Loan Processor", "Loan Closer"])
def test_a_lenders_title_is_a_title(title: str) -> None:
    draft = draft_of(
        f"Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\n\n{title} | Larkspur Home Lending, Boise, ID | 2016 – 2017\n"
        "- Closed 20 loans a month.\n"
    )
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"]) == (title, "Larkspur Home Lending")
    assert not [n for n in draft.notes if "apart" in n.message]


def test_a_tax_preparers_title_before_the_employer_and_place_is_the_title() -> None:
    draft = draft_of(
        "Rowan Ellery\nrowan@example.org\n\nEXPERIENCE\n\n"
        "Seasonal Tax Preparer, Ledgerline Tax Service, Dayton, OH | 2014 – 2015\n- Prepared 300 returns a season.\n"
    )
    role = draft.data["experience"][0]
    assert (role["role"], role["employer"]) == ("Seasonal Tax Preparer", "Ledgerline Tax Service")
    assert not [n for n in draft.notes if n.loc[:1] == ("experience",)]


def test_a_bold_undated_line_among_a_dated_roles_bullets_heads_the_bullets_under_it_as_their_step() -> None:
    # A civil engineer's projects, each set in bold over what was done on it: no roles of their own.
    lines = [
        Line("Tomas Ferreira-Lund"),
        Line("tomas@example.org"),
        Line("EXPERIENCE", bold=True),
        Line("Site Engineer\tApr 2019 – Present"),
        Line("Brantwood Civil Contractors, Leeds, UK"),
        Line("Aire Valley Bridge — £14M, 120 m span", bold=True),
        Line("Set out the piers and abutments.", "Set out the piers and abutments.", item=True),
        Line("Checked the temporary works designs.", "Checked the temporary works designs.", item=True),
        Line("Harrowgate Flood Wall — £3.1M, 800 m of wall", bold=True),
        Line("Ran the concrete pours.", "Ran the concrete pours.", item=True),
        Line("Graduate Engineer\tSep 2016 – Mar 2019"),
        Line("Moorside Highways, York, UK"),
        Line("Surveyed junctions.", "Surveyed junctions.", item=True),
    ]
    draft = parse(lines, Path("resume.pdf"), "a PDF résumé")
    roles = draft.data["experience"]
    assert [(r["role"], r["employer"], r["start"]) for r in roles] == [
        ("Site Engineer", "Brantwood Civil Contractors", "Apr 2019"),
        ("Graduate Engineer", "Moorside Highways", "Sep 2016"),
    ]
    assert [(b["text"], b["role"]) for b in roles[0]["bullets"]] == [
        ("Set out the piers and abutments.", "Aire Valley Bridge — £14M, 120 m span"),
        ("Checked the temporary works designs.", "Aire Valley Bridge — £14M, 120 m span"),
        ("Ran the concrete pours.", "Harrowgate Flood Wall — £3.1M, 800 m of wall"),
    ]
    assert [b["role"] for b in roles[1]["bullets"]] == [None]


def test_a_bold_part_of_a_role_or_a_heading_over_labelled_lists_heads_no_step_of_the_role() -> None:
    lines = [
        Line("Tomas Ferreira-Lund"),
        Line("tomas@example.org"),
        Line("EXPERIENCE", bold=True),
        Line("Site Engineer\tApr 2019 – Present"),
        Line("Brantwood Civil Contractors, Leeds, UK"),
        Line("Set out the piers and abutments.", "Set out the piers and abutments.", item=True),
        Line("Accomplishments:", bold=True),
        Line("Cut the pour cycle by a day.", "Cut the pour cycle by a day.", item=True),
        Line("Skill Areas", bold=True),
        Line("Surveying: total station, GNSS", "*Surveying:* total station, GNSS", item=True),
    ]
    draft = parse(lines, Path("resume.pdf"), "a PDF résumé")
    steps = {b["role"] for r in draft.data["experience"] for b in r["bullets"]}
    assert not steps & {"Accomplishments", "Accomplishments:", "Skill Areas"}


@pytest.mark.parametrize("place", ["Chicago IL", "Chicago, IL", "Remote"])
def test_a_place_in_brackets_after_the_employer_is_the_roles_location(place: str) -> None:
    draft = draft_of(
        "Dale Kowalczyk\ndale@example.com\n\nEXPERIENCE\n"
        f"Dispatcher - Heartland Express Lines ({place})   2019 - 2022\n- Dispatched 40 trucks.\n"
        "Cloud Engineer - Amazon (AWS)   2015 - 2019\n- Ran clusters.\n"
    )
    assert [(r["employer"], r.get("location")) for r in draft.data["experience"]] == [
        ("Heartland Express Lines", place),
        ("Amazon (AWS)", ""),  # what is no place stays the employer's
    ]


@pytest.mark.parametrize("heading", ["SELECTED CLIPS", "Published Work", "Bylines"])
def test_a_journalists_clips_are_read_as_publications_are_and_keep_their_sections_heading(heading: str) -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nReporter, Harbor Ledger\t2019 - 2021\n"
        f"• Covered the courts.\n\n{heading}\n"
        '"Paying for the Bridge: Where the Toll Money Went," Harbor Ledger, May 2021\n'
    )
    assert [(p["title"], p["venue"], p["year"]) for p in draft.data["publications"]] == [
        ("Paying for the Bridge: Where the Toll Money Went", "Harbor Ledger", "May 2021")
    ]
    assert draft.data["publications"][0]["section"].lower() == heading.lower()


def test_a_copywriters_portfolio_is_read_as_clips_are_each_link_after_its_venue() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCopywriter, Harbor Goods\t2019 - 2021\n"
        "• Wrote the spring catalogue.\n\nPORTFOLIO\n"
        "“Ten Ways to Brew at Home” – Harbor Goods blog, 2022 – adaexample.co/brew\n"
        "Launch emails for a tea subscription – adaexample.co/tea\n"
    )
    assert [(p["title"], p["venue"], p["year"], p["section"]) for p in draft.data["publications"]] == [
        ("Ten Ways to Brew at Home", "Harbor Goods blog – adaexample.co/brew", "2022", "Portfolio"),
        ("Launch emails for a tea subscription", "adaexample.co/tea", "", "Portfolio"),
    ]


def test_talks_are_read_as_publications_are_and_keep_their_sections_heading() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCaseworker, Harbor Family Services\t2019 - 2021\n"
        "• Visited families at home.\n\nINVITED TALKS\n"
        '"Housing First in Small Towns," State Social Work Conference, 2022\n'
    )
    assert [(p["title"], p["venue"], p["year"], p["section"]) for p in draft.data["publications"]] == [
        ("Housing First in Small Towns", "State Social Work Conference", "2022", "Invited Talks")
    ]


def test_a_talks_month_stays_with_its_year_and_a_line_with_no_title_is_left_aside() -> None:
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nCaseworker, Harbor Family Services\t2019 - 2021\n"
        "• Visited families at home.\n\nPRESENTATIONS\nPoster at the Spring Meeting of Social Workers May 2021\n"
        ", [Venue], [City], [Year]. https://link\n"
    )
    assert [(p["id"], p["year"], p["title"]) for p in draft.data["publications"]] == [
        ("pub-2021-poster-at-the-spring", "May 2021", "Poster at the Spring Meeting of Social Workers")
    ]
    assert draft.leftovers == [", [Venue], [City], [Year]. https://link"]


def test_in_a_pdf_a_role_line_cut_after_a_separator_or_a_spans_dash_goes_on_in_a_column_narrower_than_the_page(
    tmp_path: Path,
) -> None:
    # A design tool's layout: a summary across the page, then the roles in a table's cell two thirds as wide,
    # where a role's line wraps well short of the page's right edge; every line ends with a space, so its
    # space says nothing of whether it wrapped.
    summary = "Operations lead with ten years of warehouse, fleet and depot experience across three regions. "
    page = [
        Text(50, 800, "Ines Varga ", 20, bold=True),
        Text(50, 770, summary),
        Text(50, 740, "EXPERIENCE ", 12, bold=True),
        Text(50, 722, "Depot Manager ", 10, bold=True),
        Text(50, 708, "Northgate Freight and Storage Cooperative of Ohio | "),
        Text(50, 694, "Dayton, OH | 03/2021 – Present "),
        Text(60, 680, "• Ran a depot of 60 staff and 40 trucks. "),
        Text(50, 660, "Shift Supervisor ", 10, bold=True),
        Text(50, 646, "Lakeview Parcel Hub | Toledo, OH | 06/2016 – "),
        Text(50, 632, "02/2021 "),
        Text(60, 618, "• Scheduled three shifts of pickers. "),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    manager, supervisor = cv.experience
    assert manager.employer == "Northgate Freight and Storage Cooperative of Ohio"
    assert (manager.location, manager.start, manager.end) == ("Dayton, OH", "03/2021", "Present")
    assert (supervisor.role, supervisor.employer) == ("Shift Supervisor", "Lakeview Parcel Hub")
    assert (supervisor.start, supervisor.end) == ("06/2016", "02/2021")
    assert [b.text for b in supervisor.bullets] == ["Scheduled three shifts of pickers."]


def _text_box(paragraphs: list[str]) -> Any:
    """A Word paragraph anchoring one text box, written as Word writes it: a drawing, and its VML fallback."""
    from docx.oxml import parse_xml

    inner = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    content = f"<w:txbxContent>{inner}</w:txbxContent>"
    return parse_xml(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing>'
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def test_a_word_resumes_text_boxes_are_read_once_a_section_in_one_taking_none_of_the_text_around_it(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    name = document.add_paragraph("Tomasz Wierzbicki")
    # Word anchors a floating box to a paragraph near it: here the name's, above the contact details.
    name._p.append(_text_box(["SKILLS", "Visual merchandising, Stock control, Rota planning"])[0])
    document.add_paragraph("tomasz.w@example.org | 07700 900123")
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Store Manager, Lakeside Garden Centre\tMay 2019 – Present")
    document.add_paragraph("Ran a team of twelve through the spring season.", style="List Bullet")
    document.paragraphs[-1]._p.addnext(_text_box(["Garden Centre Association member"]))
    document.save(str(tmp_path / "cv.docx"))
    cv, draft = imported(tmp_path / "cv.docx")
    assert [skill.name for skill in cv.skills] == ["Visual merchandising", "Stock control", "Rota planning"]
    assert (cv.contact.name, cv.contact.email) == ("Tomasz Wierzbicki", "tomasz.w@example.org")
    assert cv.experience[0].bullets[0].text == "Ran a team of twelve through the spring season."
    assert "Garden Centre Association member" in str(draft.data) + str(draft.leftovers)  # untitled: read too


def test_an_employer_named_the_something_at_somewhere_keeps_its_at() -> None:
    draft = draft_of(
        "Ines Halloran\n\nEXPERIENCE\nFront Desk Supervisor\tApr 2019 – Present\n"
        "The Inn at Willow Creek — Asheville, NC\n• Ran the night audit.\n"
        "Night Porter at The Lodge at Pine Hollow\tJan 2016 – Mar 2019\n• Kept the lobby.\n"
    )
    inn, lodge = draft.data["experience"]
    assert (inn["role"], inn["employer"], inn["location"]) == (
        "Front Desk Supervisor",
        "The Inn at Willow Creek",
        "Asheville, NC",
    )
    assert (lodge["role"], lodge["employer"]) == ("Night Porter", "The Lodge at Pine Hollow")


def test_a_two_column_pdf_with_hanging_bullets_keeps_the_work_history_that_runs_on_beside_the_sidebars_last_group(
    tmp_path: Path,
) -> None:
    # A template's sidebar beside the work history, whose bullets hang: the glyph a little in from the column's
    # edge, the lines a bullet wraps onto (most of the column's) further in. Page 2 holds the sidebar's last
    # group beside the rest of the last role: that rest is the role's, never the languages'.
    first = [Text(40, 800, "Ines Calloway", 22, bold=True), Text(40, 760, "SKILLS", 11, bold=True)]
    skills = ["Payroll", "Benefits", "Onboarding", "Workday", "HRIS", "Recruiting", "Excel", "ADP"]
    first += [Text(40, 744 - 14 * n, skill, 9.5) for n, skill in enumerate(skills)]
    first += [Text(220, 760, "EXPERIENCE", 11, bold=True)]
    y = 744
    roles = [("HR Generalist", "Orchard Foods | 2016 – Present"), ("HR Assistant", "Pinecrest Clinic | 2012 – 2016")]
    for title, place in roles:
        first += [Text(220, y, title, 10, bold=True), Text(220, y - 14, place, 9.5)]
        first += [Text(223, y - 28, "•  Ran payroll for 400 staff across three plants", 9.5)]
        first += [Text(232, y - 42, "and two warehouses, on time every", 9.5), Text(232, y - 56, "month.", 9.5)]
        first += [Text(223, y - 70, "•  Answered staff questions on leave policy", 9.5)]
        first += [Text(232, y - 84, "and benefits enrolment.", 9.5)]
        y -= 104
    first += [Text(223, y, "•  Scheduled interviews for the hiring", 9.5), Text(232, y - 14, "managers of", 9.5)]
    second = [Text(40, 800, "LANGUAGES", 11, bold=True), Text(40, 784, "English, Arabic", 9.5)]
    second += [Text(232, 806, "four departments.", 9.5), Text(223, 792, "•  Filed the I-9 forms of new hires.", 9.5)]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", first, second))
    assert [(r.role, r.employer) for r in cv.experience] == [
        ("HR Generalist", "Orchard Foods"),
        ("HR Assistant", "Pinecrest Clinic"),
    ]
    assert [b.text for b in cv.experience[-1].bullets][-2:] == [
        "Scheduled interviews for the hiring managers of four departments.",
        "Filed the I-9 forms of new hires.",
    ]
    assert [language.name for language in cv.languages] == ["English", "Arabic"]


def test_a_group_titled_for_a_kind_of_tool_that_lists_known_skills_is_skills_and_an_employer_so_named_is_not() -> None:
    # A sidebar's groups titled for what the tools are for ("DESIGN SOFTWARE", "MAPPING TECHNOLOGY"), no word
    # tailor knows as a section's; a year alone in an item is its version. An employer whose name ends in
    # such a word heads a role, not a list.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nSurveyor, Northfield Land\t2019 – present\n"
        "- Ran boundary surveys.\n\nDESIGN SOFTWARE\nAdobe Illustrator\nAdobe InDesign 2024\nFigma\nProcreate\n\n"
        "MAPPING TECHNOLOGY\nAutoCAD Civil 3D\nArcGIS Pro (GIS)\nTrimble R12\n\n"
        "MATCO TOOLS\nField Technician\t2015 – 2019\n- Serviced hydraulic lifts.\n"
    )
    assert draft.data["skills"][:7] == [
        "Adobe Illustrator",
        "Adobe InDesign 2024",
        "Figma",
        "Procreate",
        "AutoCAD Civil 3D",
        "ArcGIS Pro (GIS)",
        "Trimble R12",
    ]
    assert not any("Figma" in line or "Trimble" in line for line in draft.leftovers)
    assert [(r["role"], r["employer"]) for r in draft.data["experience"]][-1] == ("Field Technician", "MATCO TOOLS")


def test_a_languages_line_under_the_certificates_lists_the_languages_not_a_certificate() -> None:
    # A short line of languages set under the last section, as a one-page résumé saves a heading.
    draft = draft_of(
        "Ines Varga\nines@example.org\n\nCERTIFICATIONS\nCertified Scrum Master, Scrum Alliance, 2021\n"
        "Languages: English (native), Hungarian (fluent)\n"
    )
    assert draft.data["languages"] == [
        {"name": "English", "fluency": "native"},
        {"name": "Hungarian", "fluency": "fluent"},
    ]
    assert [c["name"] for c in draft.data["certificates"]] == ["Certified Scrum Master"]


def test_a_labelled_line_of_tools_under_the_certificates_stays_a_certificate() -> None:
    draft = draft_of("Ines Varga\nines@example.org\n\nCERTIFICATIONS\nLanguages: Python, Go (Coursera, 2020)\n")
    assert "languages" not in draft.data
    assert len(draft.data["certificates"]) == 1


def test_a_languages_line_under_the_degrees_lists_the_languages() -> None:
    draft = draft_of(
        "Ines Varga\nines@example.org\n\nEDUCATION\nBA, Graphic Design — Moholy-Nagy University, 2016\n"
        "Languages: English, Hungarian\n"
    )
    assert [language["name"] for language in draft.data["languages"]] == ["English", "Hungarian"]
    assert len(draft.data["education"]) == 1


def test_a_portfolio_on_a_network_is_a_profile_and_ones_own_domain_the_website() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org | behance.net/anaruiz | anaruiz.design\n\n"
        "EXPERIENCE\nDesigner, Studio Nine\t2020 – 2024\n• Designed logos.\n"
    )
    assert draft.data["contact"]["website"] == "anaruiz.design"
    assert draft.data["contact"]["profiles"] == ["behance.net/anaruiz"]


def test_a_second_domain_of_ones_own_among_the_contact_details_is_kept_as_a_profile() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org | anaruiz.studio | anaruiz.design\n\n"
        "EXPERIENCE\nDesigner, Studio Nine\t2020 – 2024\n• Designed logos.\n"
    )
    assert draft.data["contact"]["website"] == "anaruiz.studio"
    assert draft.data["contact"]["profiles"] == ["anaruiz.design"]
    assert not draft.leftovers


def test_a_credential_named_by_its_giver_keeps_its_specialty_after_a_dash_in_its_name() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org\n\nCERTIFICATIONS\nAdobe Certified Professional – Visual Design, 2022\n"
        "Salesforce Certified Administrator – Salesforce\nBoard Certified Behavior Analyst – BACB\n"
        "Certified Scrum Master – Scrum Alliance\n"
    )
    assert [(c["name"], c["issuer"]) for c in draft.data["certificates"]] == [
        ("Adobe Certified Professional – Visual Design", ""),  # its specialty, no giver
        ("Salesforce Certified Administrator", "Salesforce"),
        ("Board Certified Behavior Analyst", "BACB"),
        ("Certified Scrum Master", "Scrum Alliance"),
    ]


def test_a_credential_named_by_its_product_takes_the_maker_after_its_dash_as_its_giver() -> None:
    # "Marketo" names the product; "Adobe" makes it and gives the credential, as a maker of several named
    # products is; a one-word specialty after the dash stays in the name.
    draft = draft_of(
        "Lena Brandt\nlena@example.org\n\nCERTIFICATIONS\nMarketo Certified Expert — Adobe, 2021\n"
        "Tableau Certified Data Analyst – Salesforce, 2023\nAdobe Certified Expert – Photoshop, 2019\n"
    )
    assert [(c["name"], c["issuer"], c["date"]) for c in draft.data["certificates"]] == [
        ("Marketo Certified Expert", "Adobe", "2021"),
        ("Tableau Certified Data Analyst", "Salesforce", "2023"),
        ("Adobe Certified Expert – Photoshop", "", "2019"),
    ]


def test_a_link_under_a_label_naming_its_site_is_a_profile_not_the_headline() -> None:
    draft = draft_of(
        "Ana Ruiz\nana@example.org | Portfolio: anaruiz.design | Behance: behance.net/anaruiz\n\n"
        "EXPERIENCE\nDesigner, Studio Nine\t2020 – 2024\n• Designed logos.\n"
    )
    assert draft.data["contact"]["website"] == "anaruiz.design"
    assert draft.data["contact"]["profiles"] == ["behance.net/anaruiz"]
    assert "headline" not in draft.data


def test_titles_set_with_their_letters_spaced_out_name_their_sections() -> None:
    # Tracked capitals, as a PDF's text gives them back a letter at a time; the words of the last are apart.
    draft = draft_of(
        "Mara Quist\nmara@example.org\n\nS U M M A R Y\nWard nurse of ten years.\n\nE X P E R I E N C E\n"
        "Charge Nurse, Harbor Clinic | Mar 2019 – Present\n- Led a team of nine nurses on nights.\n\n"
        "S K I L L S\nTriage, Wound care\n\nL A N G U A G E S   S P O K E N\nPortuguese\n"
    )
    assert draft.data["summary"] == "Ward nurse of ten years."
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["start"]) == ("Charge Nurse", "Harbor Clinic", "Mar 2019")
    assert [b["text"] for b in role["bullets"]] == ["Led a team of nine nurses on nights."]
    assert draft.data["skills"] == ["Triage", "Wound care"]
    assert [language["name"] for language in draft.data["languages"]] == ["Portuguese"]


def test_titles_spaced_out_whose_kerned_capitals_the_pdf_reads_together_name_their_sections() -> None:
    # A design tool's tracked capitals: the extractor closes up the pairs the font kerns ("TA", "AT", "RT", "AWA").
    draft = draft_of(
        "Ravi Sorensen\nravi@example.org\n\nC O N TA C T\n(614) 555-0100\n\nE X P E R I E N C E\n"
        "Lineworker, Tri-Valley Power | Apr 2017 – Present\n- Rebuilt 40 miles of storm-damaged feeder.\n\n"
        "C E RT I F I C AT I O N S\nCDL Class A\n\nE D U C AT I O N\n"
        "Certificate, Electrical Lineworker — Hocking College, 2016\n\n"
        "AWA R D S\nSafety Award, Tri-Valley Power (2021)\n"
    )
    assert draft.data["contact"]["phone"] == "(614) 555-0100"
    assert [c["name"] for c in draft.data["certificates"]] == ["CDL Class A"]
    assert [d["institution"] for d in draft.data["education"]] == ["Hocking College"]
    assert [a["name"] for a in draft.data["awards"]] == ["Safety Award"]
    assert "C E RT" not in str(draft.data) and "AWA R D S" not in str(draft.data)


@pytest.mark.parametrize("line", ["I AM A NURSE", "A TO Z OF IT", "W A T E R   TA X I"])
def test_capitals_in_short_words_are_no_title_spaced_out(line: str) -> None:
    assert closed_up(line) is None


def test_a_pdfs_title_set_as_its_known_titles_are_heads_the_roles_under_it_and_names_none() -> None:
    # "GIVING BACK" names no kind of section, but is set in the bold capitals of "EXPERIENCE" and "SKILLS":
    # a section's title over roles, not the employer of the first.
    def line(text: str, size: float = 10.0, *, bold: bool = False, item: bool = False) -> Line:
        return Line(text, text, bold=bold, size=size, item=item)

    lines = [
        line("Ines Barrow", 20.0, bold=True),
        line("ines@example.org"),
        line("EXPERIENCE", 12.0, bold=True),
        line("Line Cook, Olive Tree Bistro | Jun 2018 – Present", 11.0, bold=True),
        line("Prepped and plated 200 covers a night.", item=True),
        line("GIVING BACK", 12.0, bold=True),
        line("Kitchen Mentor | Mar 2020 – Present", 11.0, bold=True),
        line("Taught knife skills to youth programme cooks.", item=True),
        line("SKILLS", 12.0, bold=True),
        line("Food safety, Menu costing"),
    ]
    draft = parse(lines, Path("resume.pdf"), "a PDF résumé")
    mentor = draft.data["experience"][1]
    assert mentor["role"] == "Kitchen Mentor" and "GIVING BACK" not in str(mentor)
    assert [b["text"] for b in mentor["bullets"]] == ["Taught knife skills to youth programme cooks."]


def test_a_section_of_projects_a_field_qualifies_holds_its_projects(tmp_path: Path) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Idris Fenn\n\nidris@example.org\n\n## Academic Projects\n\n**Tide Gauge Logger**  \n*Python, SQLite*  \n"
        "- Logged harbour water levels every minute for a year.\n\n## Skills\n\n- Python\n",
    )
    (project,) = cv.experience
    assert project.section == "Academic Projects"
    assert [b.text for b in project.bullets] == ["Logged harbour water levels every minute for a year."]
    assert not any("Academic Projects" in left for left in draft.leftovers)


@pytest.mark.parametrize("title", ["Selected Events", "Event Portfolio", "Signature Events"])
def test_an_event_planners_own_events_are_its_projects_under_their_title_not_lines_left_out(
    tmp_path: Path, title: str
) -> None:
    cv, draft = from_markdown(
        tmp_path,
        "# Idris Fenn\n\n## Experience\n\n### Event Manager — Harbour Hall\n*2019 – 2024*\n\n- Ran 80 galas.\n\n"
        f"## {title}\n\n- Lantern Forum 2023 — 900 attendees, Pier 4\n- Tidewater Gala 2022 — 400 guests\n",
    )
    events = cv.experience[1]
    assert (events.section, events.role) == (title, title)
    assert [b.text for b in events.bullets] == [
        "Lantern Forum 2023 — 900 attendees, Pier 4",
        "Tidewater Gala 2022 — 400 guests",
    ]
    assert not any("Lantern Forum" in left for left in draft.leftovers)


def test_lists_of_projects_under_their_own_titles_are_apart_and_each_title_is_its_role_without_its_colon(
    tmp_path: Path,
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        "# Odile Varga\n\nodile@example.org\n\n## Research\n\n**Current projects:**\n- *Tide Tables of the Baltic*\n"
        "- *Harbour Dues, 1850-1900*\n\n**Longer-term projects:**\n- *Lighthouse Keepers' Logs*\n",
    )
    assert [(role.role, role.section, [b.text for b in role.bullets]) for role in cv.experience] == [
        ("Current projects", "Current projects", ["*Tide Tables of the Baltic*", "*Harbour Dues, 1850-1900*"]),
        ("Longer-term projects", "Longer-term projects", ["*Lighthouse Keepers' Logs*"]),
    ]


def test_the_contact_details_a_markdown_resume_makers_front_matter_gives_are_the_contacts(tmp_path: Path) -> None:
    # A résumé written for a Markdown résumé maker: its header's details in the front matter, each a text with
    # an icon's tag before it and a link under it; the page's own fields (its title, a date) are no contact.
    cv, draft = from_markdown(
        tmp_path,
        "---\nname: Nadia Okafor\ndate: '2024-03-01'\nheader:\n"
        "  - text: |\n      <span>Applying for: Site Nurse</span>\n"
        '  - text: <span class="iconify" data-icon="tabler:phone"></span> (+44) 7700 900123\n    newLine: true\n'
        '  - text: <span class="iconify"></span> nadia@example.org\n    link: mailto:nadia@example.org\n'
        '  - text: <span class="iconify"></span> nokafor\n    link: https://github.com/nokafor\n---\n\n'
        "## Experience\n\n**Staff Nurse** | Riverside Clinic | 2019 – Present\n- Triaged walk-in patients.\n",
    )
    assert (cv.contact.name, cv.contact.phone, cv.contact.email) == (
        "Nadia Okafor",
        "(+44) 7700 900123",
        "nadia@example.org",
    )
    assert [str(p) for p in cv.contact.profiles] == ["https://github.com/nokafor"]
    assert "2024-03-01" not in str(draft.data)


def test_a_pages_markdown_text_in_its_front_matter_gives_no_contact_detail(tmp_path: Path) -> None:
    # A site's page that keeps its columns' Markdown in the front matter: a link in that text is a project's.
    _, draft = from_markdown(
        tmp_path,
        '---\ntitle: Resume\nsections:\n- column: right\n  text: "## Projects\\n\\n### [Tide App](https://example.org/tide)\\n*May\n'
        '    2021*"\n---\n\n# Lee Moss\n\nlee@example.org\n',
    )
    assert draft.data["contact"] == {"name": "Lee Moss", "email": "lee@example.org"}


def test_a_pages_footer_with_its_owners_name_before_its_number_is_no_text_of_the_resume() -> None:
    draft = draft_of(
        "Tomas Reyes\ntomas@example.org\n\nEXPERIENCE\nLine Cook, Olive Tree Bistro | Jun 2018 – Present\n"
        "- Prepped 200 covers a night.\nTomas Reyes - page 1\n- Ran the grill station.\n\nSKILLS\n"
        "Knife skills • Food safety\nTomas Reyes - Page 2 of 2\n"
    )
    (role,) = draft.data["experience"]
    assert [b["text"] for b in role["bullets"]] == ["Prepped 200 covers a night.", "Ran the grill station."]
    assert draft.data["skills"] == ["Knife skills", "Food safety"]
    assert not any("page" in left.lower() for left in draft.leftovers)


@needs("libreoffice")
def test_in_a_pdf_dates_set_a_little_after_a_long_title_are_the_roles_dates_not_part_of_its_title(
    tmp_path: Path,
) -> None:
    # A Word résumé's title, a tab, then its dates: a long title ends near the tab stop, so in the PDF the dates
    # stand less than a column's gap after it, with no space between; the title read "Technician (Part-time)Aug".
    from docx import Document

    document = Document()
    document.add_heading("Marta Ruiz", 0)
    document.add_heading("Experience", 1)
    line = document.add_paragraph()
    line.add_run("Computer Repair Technician (Part-time)").bold = True
    line.add_run("\tAug 2016 – May 2018")
    document.add_paragraph("Sonoran Computer Clinic — Tucson, AZ")
    document.add_paragraph("Repaired laptops and desktops for walk-in customers.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    role = cv.experience[0]
    assert (role.role, role.start, role.end) == ("Computer Repair Technician (Part-time)", "Aug 2016", "May 2018")


@needs("libreoffice")
def test_in_a_pdf_a_degree_at_a_tab_stop_just_past_its_dates_is_not_run_into_them(tmp_path: Path) -> None:
    # Dates first, right-aligned at a tab stop, then the degree at the next stop a point further on: less than a
    # space apart, so the PDF has no space between them, and the degree read "Jun 2018BSc Marine Biology".
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    document = Document()
    document.add_heading("Ilse Marchetti-Oyelaran", 0)
    document.add_paragraph("ilse@example.org")
    document.add_heading("Education", 1)
    for span, degree, school in [
        ("Oct 2014 – Jun 2018", "BSc Marine Biology", "University of Plymouth"),
        ("Sep 2018 – Sep 2019", "MSc Ocean Science", "Bangor University"),
    ]:
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(Inches(1.9), WD_TAB_ALIGNMENT.RIGHT)
        line.paragraph_format.tab_stops.add_tab_stop(Inches(1.9) + Pt(1), WD_TAB_ALIGNMENT.LEFT)
        line.add_run(f"\t{span}\t")
        line.add_run(f"{degree}, {school}").bold = True
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    assert [(e.degree, e.institution, e.start, e.end) for e in cv.education] == [
        ("BSc Marine Biology", "University of Plymouth", "Oct 2014", "Jun 2018"),
        ("MSc Ocean Science", "Bangor University", "Sep 2018", "Sep 2019"),
    ]


@needs("libreoffice")
def test_in_a_pdf_a_month_at_a_tab_stop_just_past_a_title_whose_year_wrapped_is_the_roles_start(
    tmp_path: Path,
) -> None:
    # A title, then at a tab stop a point past its end the dates, of which only the month fitted before the margin:
    # "Aug" stands less than a space after "UK", and the place read "Great Yarmouth, UKAug".
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    document = Document()
    document.add_heading("Ilse Marchetti-Oyelaran", 0)
    document.add_paragraph("ilse@example.org")
    document.add_heading("Experience", 1)
    line = document.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(Inches(5.5), WD_TAB_ALIGNMENT.RIGHT)
    line.paragraph_format.tab_stops.add_tab_stop(Inches(5.5) + Pt(1), WD_TAB_ALIGNMENT.LEFT)
    line.add_run("\tHarbourside Primary School — Great Yarmouth, UK").bold = True
    line.add_run("\tAug 2016 – Present")
    document.add_paragraph("Class Teacher")
    document.add_paragraph("Taught a mixed Year 3 and 4 class of 28 pupils.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    role = cv.experience[0]
    assert (role.role, role.employer, role.location, role.start, role.end) == (
        "Class Teacher",
        "Harbourside Primary School",
        "Great Yarmouth, UK",
        "Aug 2016",
        "Present",
    )


@needs("libreoffice")
def test_in_a_pdf_a_skills_line_that_wrapped_inside_an_item_keeps_the_item_whole(tmp_path: Path) -> None:
    # "…, event planning, vendor" / "management, onboarding, …": the line reached the margin, but only by the widths
    # its font gives its letters; estimated, it stopped short and "vendor" and "management" were two skills.
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches

    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(0.8)
    document.add_heading("Rosa Delgado-Finch", 0)
    document.add_paragraph("rosa@example.org")
    document.add_heading("Experience", 1)
    line = document.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    line.add_run("Office Manager").bold = True
    line.add_run("\tJan 2018 – Present")
    document.add_paragraph("Harbor Veterinary Clinic | Duluth, MN")
    document.add_paragraph("Ran the front office of a four-doctor practice.", style="List Bullet")
    document.add_heading("Skills", 1)
    document.add_paragraph(
        "Strengths: Calendar management, travel coordination, event planning, vendor management, onboarding, "
        "budget tracking, minute taking"
    )
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    assert [skill.name for skill in cv.skills] == [
        "Calendar management",
        "travel coordination",
        "event planning",
        "vendor management",
        "onboarding",
        "budget tracking",
        "minute taking",
    ]


@needs("libreoffice")
def test_in_a_pdf_groups_of_skills_set_side_by_side_at_a_tab_stop_are_lists_of_their_own(tmp_path: Path) -> None:
    # "Languages: …, Bash⇥Cloud: AWS, GCP": the second group stands four ems after the first, at a tab stop. By the
    # widths its font gives, that is a column; estimated, a gap after a long piece must be wider still, and "Bash
    # Cloud: AWS" was one skill.
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches

    document = Document()
    document.add_heading("Ilse Marchetti-Oyelaran", 0)
    document.add_paragraph("ilse@example.org")
    document.add_heading("Experience", 1)
    document.add_paragraph("Data Engineer, Saltmarsh Analytics\t2019 – 2024")
    document.add_paragraph("Moved the nightly loads to Spark.", style="List Bullet")
    document.add_heading("Skills", 1)
    for (label, items), (other, more) in [
        (("Languages:", "Python, SQL, Scala, Java, Bash"), ("Cloud:", "AWS, GCP")),
        (("Processing:", "Spark, Flink, Kafka, Hive"), ("Storage:", "Snowflake")),
    ]:
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(Inches(4), WD_TAB_ALIGNMENT.LEFT)
        line.add_run(label).bold = True
        line.add_run(f" {items}\t")
        line.add_run(other).bold = True
        line.add_run(f" {more}")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(to_pdf(tmp_path / "cv.docx"))
    assert cv.skill_names == [
        "Python", "SQL", "Scala", "Java", "Bash", "AWS", "GCP", "Spark", "Flink", "Kafka", "Hive", "Snowflake"
    ]  # fmt: skip


def test_in_a_pdf_an_aside_alone_under_a_list_that_ended_in_a_column_is_its_last_items(tmp_path: Path) -> None:
    # Two groups of skills on one line, the second after a tab, and its last item's brackets wrapped to the margin.
    page = [
        Text(50, 800, "Imre Kovacs-Lund ", 16, bold=True),
        Text(50, 780, "imre@example.org "),
        Text(50, 750, "Experience ", 13, bold=True),
        Text(50, 730, "Data Engineer, Tollbridge Freight ", bold=True),
        Text(480, 730, "2019 – 2024 "),
        Text(50, 716, "• Moved the nightly loads to Spark. "),
        Text(50, 686, "Skills ", 13, bold=True),
        Text(50, 666, "Languages: Python, SQL, Scala, Java, Bash "),
        Text(310, 666, "Cloud: AWS (S3, Glue, EMR), Azure, GCP "),
        Text(50, 652, "(BigQuery) "),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [skill.name for skill in cv.skills] == [
        "Python", "SQL", "Scala", "Java", "Bash", "AWS (S3, Glue, EMR)", "Azure", "GCP (BigQuery)"
    ]  # fmt: skip


def test_a_year_in_brackets_ending_an_entry_s_line_is_when_it_was_held() -> None:
    # A project or a short role dated by its year alone, in brackets at the end of its line, as a sidebar sets it.
    draft = draft_of(
        "Ines Halvorsen\nines@example.org\n\nEXPERIENCE\nBackend Engineer, Fjordline Data\tMar 2019 – Present\n"
        "• Moved billing to Rust.\n\nPROJECTS\nHarbourWatch — an open-source app for ferry times (2021)\n"
        "• Built in Kotlin.\nVolunteer, Oslo Food Bank (2016)\n"
    )
    projects = [role for role in draft.data["experience"] if role["section"] == "Projects"]
    assert [(role["start"], role["end"]) for role in projects] == [("2021", "2021"), ("2016", "2016")]
    assert not any("(20" in (role["employer"] + role["role"]) for role in projects)


def test_a_company_s_legal_form_that_is_a_region_s_code_too_ends_the_employer_beside_a_title_alone() -> None:
    # Sweden's "AB" and the Netherlands' "NV" are Alberta's and Nevada's codes too: beside a title alone they end
    # the employer's name; beside an employer they are where it is.
    draft = draft_of(
        "Kenji Lund\nkenji@example.org\n\nEXPERIENCE\nAndroid Developer — Spotlit AB\tJan 2022 – Present\n"
        "• Moved the app to Compose.\nQA Engineer — Brightwater NV\tMar 2019 – Dec 2021\n• Wrote the test plans.\n"
        "Field Technician | Prairie Drilling Ltd | Calgary AB\tJun 2015 – Feb 2019\n• Logged the wells.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Android Developer", "Spotlit AB", ""),
        ("QA Engineer", "Brightwater NV", ""),
        ("Field Technician", "Prairie Drilling Ltd", "Calgary AB"),
    ]


def test_a_name_ending_in_a_country_s_code_is_the_employer_where_the_line_names_its_place_apart() -> None:
    # "Nordvik Foods USA", "Halden Tools UK": a company's national arm reads like a town and its country's code,
    # but a line that sets its place apart ("— Milwaukee, WI") names one place; the other piece is the employer.
    draft = draft_of(
        "Marek Nowak\nmarek@example.org\n\nEXPERIENCE\nMaintenance Technician\n"
        "Nordvik Foods USA — Milwaukee, WI | May 2014 – May 2016\n• Kept the conveyors running.\n"
        "Fitter | Halden Tools UK | Leeds, England\tJun 2010 – Apr 2014\n• Rebuilt the presses.\n"
        "Technician | Austin TX | Remote\tJan 2008 – May 2010\n• Fixed the lines.\n"
    )
    roles = draft.data["experience"]
    assert [(r["role"], r["employer"], r["location"]) for r in roles[:2]] == [
        ("Maintenance Technician", "Nordvik Foods USA", "Milwaukee, WI"),
        ("Fitter", "Halden Tools UK", "Leeds, England"),
    ]
    # A town and its code beside how the work was done ("Remote") is a place still, no employer.
    assert (roles[2]["role"], roles[2]["employer"]) == ("Technician", "")


@pytest.mark.parametrize("title", ["PUBLISHED APPS", "Apps", "Mobile Apps"])
def test_a_mobile_developer_s_apps_are_entries_of_their_own_section_not_left_aside(title: str) -> None:
    draft = draft_of(
        "Kenji Lund\nkenji@example.org\n\nEXPERIENCE\nAndroid Developer, Spotlit Oy\tJan 2022 – Present\n"
        f"• Moved the app to Compose.\n\n{title}\nFika Timer — an iOS timer app\t2021\n• Built in SwiftUI.\n"
    )
    apps = [role for role in draft.data["experience"] if role["section"]]
    heading = title.title() if title.isupper() else title
    assert [(role["section"], role["start"]) for role in apps] == [(heading, "2021")]
    assert not any("Fika Timer" in line for line in draft.leftovers)


def test_a_header_line_that_wrapped_at_its_dash_keeps_the_dash_out_of_the_employer(tmp_path: Path) -> None:
    # A PDF's or a text résumé's employer line is often too long for the page and wraps after the dash that
    # sets the place apart: the dash parts the employer from the place on the next line, and ends neither.
    path = tmp_path / "cv.txt"
    path.write_text(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        "Elementary School Counselor                    Aug 2016 – Jun 2019\n"
        "Lincoln Elementary, Maple Valley School District –\nPortland, OR\n"
        "• Ran friendship groups for 40 students in grades 2–5.\n\n"
        "School Counselor                    Aug 2019 – Present\n"
        "Grant High School |\nSalem, OR\n"
        "• Built four-year plans with 300 students.\n",
        encoding="utf-8",
    )
    cv, _ = imported(path)
    assert [(role.employer, role.role, role.location) for role in cv.experience] == [
        ("Lincoln Elementary, Maple Valley School District", "Elementary School Counselor", "Portland, OR"),
        ("Grant High School", "School Counselor", "Salem, OR"),
    ]


@pytest.mark.parametrize("after", ["", "\n"])
def test_a_labelled_line_under_a_roles_bullets_is_a_detail_of_that_role_never_a_role_of_its_own(after: str) -> None:
    # "Stack: Vue, Redis" lists what the role above used: neither a title nor an employer of the role below,
    # whether a blank line parts them or not, nor a role of its own after the last.
    draft = draft_of(
        "Sam Reyes\n\nEXPERIENCE\n\nFrontend Engineer\nOrbit Labs, Lisbon | 2021 - Present\n"
        f"- Rebuilt the checkout in Vue\nStack: Vue, Redis\n{after}"
        "Web Developer\nKite Studio, Porto | 2018 - 2021\n- Shipped twelve client sites\nStack: PHP, Laravel\n"
    )
    roles = [(role["role"], role["employer"]) for role in draft.data["experience"]]
    assert roles == [("Frontend Engineer", "Orbit Labs"), ("Web Developer", "Kite Studio")]
    bullets = [[bullet["text"] for bullet in role["bullets"]] for role in draft.data["experience"]]
    assert bullets == [
        ["Rebuilt the checkout in Vue", "Stack: Vue, Redis"],
        ["Shipped twelve client sites", "Stack: PHP, Laravel"],
    ]


def test_a_name_before_a_large_city_after_a_title_alone_is_the_employer_whatever_its_words() -> None:
    # A game studio's name has no word of a company's ("Vistula Interactive"); before a large city, where no town
    # stands, it is the employer all the same, for the owner to check. Before a state it may be a town.
    draft = draft_of(
        "Tomek Nowak\ntomek@example.org\n\nEXPERIENCE\nJunior Programmer — Vistula Interactive, Warsaw\t2017 – 2018\n"
        "• Wrote the menus.\nTools Programmer — Bramble Forge, London\t2015 – 2017\n• Wrote the level editor.\n"
        "Line Cook — Dallas, Texas\t2013 – 2015\n• Ran the grill.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]][:2] == [
        ("Junior Programmer", "Vistula Interactive", "Warsaw"),
        ("Tools Programmer", "Bramble Forge", "London"),
    ]
    assert draft.data["experience"][2]["location"] == "Dallas, Texas"


def test_a_town_tailor_does_not_know_after_the_employer_s_comma_is_its_place_for_the_owner_to_check() -> None:
    draft = draft_of(
        "Tomek Nowak\ntomek@example.org\n\nEXPERIENCE\nUnity Developer — Pixel Orchard, Wrocław\t2018 – 2021\n"
        "• Ported the game to Switch.\nAnalyst — Acme, Inc.\t2016 – 2018\n• Wrote reports.\n"
    )
    unity, analyst = draft.data["experience"]
    assert (unity["employer"], unity["location"]) == ("Pixel Orchard", "Wrocław")
    assert any("check which is which" in note.message for note in draft.notes)
    assert (analyst["employer"], analyst["location"]) == ("Acme, Inc.", "")  # a company's legal form, no town


def test_a_town_after_the_employer_s_comma_before_the_title_is_its_place_with_its_name_in_its_own_script() -> None:
    # "Employer, Town — Title", as a Google Docs résumé sets the employer first; the town may carry its name as its
    # own people write it, in brackets ("Nafplio (Ναύπλιο)"): both the role's place, for the owner to check.
    draft = draft_of(
        "Eleni Vlachou\neleni@example.org\n\nEXPERIENCE\nHotel Kalimera, Nafplio (Ναύπλιο) — Front Desk Agent"
        "\t2019 – 2022\n• Checked in 80 guests a day.\nHarbor Cafe, Kalamata — Barista\t2016 – 2019\n"
        "• Pulled espresso.\n"
    )
    hotel, cafe = draft.data["experience"]
    assert (hotel["role"], hotel["employer"], hotel["location"]) == (
        "Front Desk Agent",
        "Hotel Kalimera",
        "Nafplio (Ναύπλιο)",
    )
    assert (cafe["role"], cafe["employer"], cafe["location"]) == ("Barista", "Harbor Cafe", "Kalamata")
    assert any("check which is which" in note.message for note in draft.notes)


def test_a_town_tailor_does_not_know_after_title_and_employer_all_parted_by_commas_is_the_roles_place() -> None:
    # "Title, Employer, Town": as a résumé builder writes the role line, the town the work was in is no part of the
    # employer's name, though tailor knows no such town.
    draft = draft_of(
        "Ines Barrow\nines@example.org\n\nEXPERIENCE\nKindergarten Teacher, Willowbank Learning Center, Ballarat\n"
        "Aug 2019 – Present\n• Planned play-based units.\nWard Clerk, Riverside Community Hospital, Geelong\n"
        "May 2015 – Jul 2019\n• Kept the ward rota.\n"
    )
    teacher, clerk = draft.data["experience"]
    assert (teacher["role"], teacher["employer"], teacher["location"]) == (
        "Kindergarten Teacher",
        "Willowbank Learning Center",
        "Ballarat",
    )
    assert (clerk["employer"], clerk["location"]) == ("Riverside Community Hospital", "Geelong")


def test_a_pdf_entry_line_that_wrapped_before_its_dates_keeps_title_and_employer_whole(tmp_path: Path) -> None:
    # "Title — Employer, Place⇥Dates" too long for the page: the employer's last words and the place wrap onto the
    # next line, and the dates with them, at the right margin. The line above is the entry's, not an entry of its own.
    page = [
        Text(50, 800, "Ana Lucero", 18, bold=True),
        Text(50, 770, "EXPERIENCE", 11, bold=True),
        Text(
            50,
            752,
            "Registered Respiratory Therapist II, Adult and Pediatric Critical Care — Lakeshore Regional Medical ",
        ),
        Text(50, 738, "Center, Duluth, MN"),
        Text(450, 738, "Jun 2020 – Present"),
        Text(50, 724, "• Managed ventilators for twelve adult ICU patients per shift, weaning them by protocol and "),
        Text(62, 710, "charting every check in the record."),
        Text(50, 690, "Respiratory Therapist — Northfield Hospital, Northfield, MN"),
        Text(450, 690, "2016 – 2020"),
        Text(50, 676, "• Ran spirometry and six-minute walk tests for the outpatient pulmonary lab and its clinics, "),
        Text(62, 662, "reading every result with the pulmonologist on call at the end of each day"),
        Text(50, 642, "Pulmonary Function Technologist — Bayfront Clinic, Duluth, MN"),
        Text(450, 642, "2014 – 2016"),
        Text(50, 628, "• Calibrated the lab's equipment."),
    ]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert [(role.role, role.employer, role.location, role.start) for role in cv.experience] == [
        (
            "Registered Respiratory Therapist II, Adult and Pediatric Critical Care",
            "Lakeshore Regional Medical Center",
            "Duluth, MN",
            "Jun 2020",
        ),
        ("Respiratory Therapist", "Northfield Hospital", "Northfield, MN", "2016"),
        ("Pulmonary Function Technologist", "Bayfront Clinic", "Duluth, MN", "2014"),
    ]
    # A bullet whose last line reached the edge with no full stop stays the bullet: the next entry is its own.
    assert cv.experience[1].bullets[0].text.endswith("at the end of each day")


def test_a_pair_of_acronyms_one_to_a_line_among_skills_is_a_skill_not_a_sections_title(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Lena Marsh\nlena@example.org\n\nCore Competencies\n\nAutoCAD Civil 3D\nHTML / CSS\nSQL & VBA\n"
        "Cartography and map production\n\nExperience\n\nDrafter, Kestrel Engineering, 2019 - Present\n"
        "- Drew plan sets\n",
        encoding="utf-8",
    )
    cv, draft = imported(path)
    assert [s.name for s in cv.skills] == [
        "AutoCAD Civil 3D",
        "HTML / CSS",
        "SQL",  # a pair joined by "&" is each of the two, as on any line of skills
        "VBA",
        "Cartography and map production",
    ]
    assert not draft.leftovers
    assert [role.employer for role in cv.experience] == ["Kestrel Engineering"]


def test_a_bold_title_run_into_its_employer_place_and_dates_keeps_the_employer_whole(tmp_path: Path) -> None:
    # A Word résumé parts "**Title**<tab>Employer, City, ST<tab>dates"; its PDF reads one line without the tabs, and
    # the employer's own comma must not make the city the employer and the employer a part of the title.
    cv, _ = from_markdown(
        tmp_path,
        "# Rosa Imani\n\nrosa@example.org\n\n## Experience\n\n"
        "**CT Technologist** Lakeside Regional Hospital, Tacoma, WA June 2019 – Present\n\n- Ran the scanner.\n\n"
        "**Staff Accountant** Harbor Clinic, Portland, OR 2015 – 2019\n\n- Closed the books.\n",
    )
    tech, accountant = cv.experience
    assert (tech.role, tech.employer, tech.location) == ("CT Technologist", "Lakeside Regional Hospital", "Tacoma, WA")
    assert (accountant.role, accountant.employer, accountant.location) == (
        "Staff Accountant",
        "Harbor Clinic",
        "Portland, OR",
    )


def test_a_bold_title_set_apart_from_its_employer_by_a_dash_leaves_the_dash_out(tmp_path: Path) -> None:
    # "**Title** — Employer, City, ST": the dash parts them; it opened the employer ("— Riverside Hospital") and,
    # under Education, the institution after a degree in bold that names a job ("— Columbus State …").
    import docx

    document = docx.Document()
    document.add_paragraph("Rosa Imani")
    document.add_paragraph("rosa@example.org")
    document.add_paragraph("EXPERIENCE")
    line = document.add_paragraph()
    line.add_run("Lead Pharmacy Technician").bold = True
    line.add_run(" — Riverside Hospital, Columbus, OH\tJun 2018 – Mar 2021")
    document.add_paragraph("Filled orders.", style="List Bullet")
    document.add_paragraph("EDUCATION")
    line = document.add_paragraph()
    line.add_run("Diploma, Pharmacy Technician Program").bold = True
    line.add_run(" — Columbus State Community College, Columbus, OH\t2018")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    role, degree = cv.experience[0], cv.education[0]
    assert (role.role, role.employer, role.location) == (
        "Lead Pharmacy Technician",
        "Riverside Hospital",
        "Columbus, OH",
    )
    assert (degree.degree, degree.institution) == (
        "Diploma, Pharmacy Technician Program",
        "Columbus State Community College",
    )


def test_a_journeyman_under_the_employers_line_is_the_title() -> None:
    # A tradesperson past the apprenticeship ("Journeyman Electrician", the US Air Force's skill levels) names a job.
    draft = parse(
        read_text(
            (
                "Jo Marsh\n\nEXPERIENCE\nUnited States Air Force — Tinker AFB, OK\n"
                "Aircraft Structural Maintenance Journeyman, Jun 2012 – Dec 2020\n"
                "- Fabricated sheet metal repairs on wings\n- Performed corrosion control on panels\n"
            ).encode(),
            "resume.txt",
        ),
        Path("resume.txt"),
        "a résumé as text",
    )
    [role] = draft.data["experience"]
    assert (role["employer"], role["role"]) == ("United States Air Force", "Aircraft Structural Maintenance Journeyman")


def test_an_academic_cv_s_professional_service_is_roles_under_that_heading_not_lines_left_over() -> None:
    draft = draft_of(
        "Ilse Varga\nilse@example.org\n\nEXPERIENCE\nPostdoctoral Fellow, Northfield Institute\t2019 - Present\n"
        "• Ran screens.\n\nProfessional Service\n"
        "• Peer reviewer for Journal of Cell Methods and Tolerance Letters (9 manuscripts, 2020–2025).\n"
        "• Outreach Chair, Northfield Postdoctoral Association, 2021–2022: organized 6 career panels.\n"
    )
    service = draft.data["experience"][1]
    assert service["section"] == "Professional Service"
    assert [b["text"] for b in service["bullets"]] == [
        "Peer reviewer for Journal of Cell Methods and Tolerance Letters (9 manuscripts, 2020–2025).",
        "Outreach Chair, Northfield Postdoctoral Association, 2021–2022: organized 6 career panels.",
    ]
    assert not any("Peer reviewer" in line for line in draft.leftovers)


def test_a_word_sidebars_last_section_ends_where_the_main_column_starts_and_its_opening_line_is_the_headline(
    tmp_path: Path,
) -> None:
    # A designed template: a table of two cells, the sidebar (the name on two lines by a line break, contact
    # details, skills, languages last) beside the main column, which opens with the headline above its first title.
    import docx

    document = docx.Document()
    side, main = document.add_table(rows=1, cols=2).rows[0].cells
    side.paragraphs[0].add_run("Odile\nFaure").bold = True
    side.add_paragraph().add_run("CONTACT").bold = True
    side.add_paragraph("odile.faure@example.org")
    side.add_paragraph().add_run("SKILLS").bold = True
    side.add_paragraph("Store operations, Visual merchandising, Loss prevention")
    side.add_paragraph().add_run("LANGUAGES").bold = True
    side.add_paragraph("French (native), English (fluent)")
    main.paragraphs[0].add_run("Retail Store Manager | Multi-Unit Operations").bold = True
    main.add_paragraph().add_run("EXPERIENCE").bold = True
    main.add_paragraph("Store Manager, Maison Levant\tMar 2019 – Present")
    main.add_paragraph("Grew comparable sales 11% in two years.", style="List Bullet")
    document.save(tmp_path / "resume.docx")
    cv, draft = imported(tmp_path / "resume.docx")
    assert (cv.contact.name, [v.text for v in cv.headline]) == (
        "Odile Faure",
        ["Retail Store Manager | Multi-Unit Operations"],
    )
    assert [(lang.name, lang.fluency) for lang in cv.languages] == [("French", "native"), ("English", "fluent")]
    assert [(r.role, r.employer) for r in cv.experience] == [("Store Manager", "Maison Levant")]
    assert not draft.leftovers


def test_a_word_sidebar_beside_an_empty_gutter_column_is_read_as_one_beside_the_main_column(tmp_path: Path) -> None:
    # Many Word templates set a narrow empty column between the sidebar and the main column: a gutter, no column of
    # the résumé's, so the main column's opening lines are still its own (the headline), no line of Languages.
    import docx

    document = docx.Document()
    side, _gutter, main = document.add_table(rows=1, cols=3).rows[0].cells
    side.paragraphs[0].add_run("Odile Faure").bold = True
    side.add_paragraph().add_run("CONTACT").bold = True
    side.add_paragraph("odile.faure@example.org")
    side.add_paragraph().add_run("LANGUAGES").bold = True
    side.add_paragraph("French (native), English (fluent)")
    main.paragraphs[0].add_run("Senior Hydrogeologist | Site Assessment • Remediation").bold = True
    main.add_paragraph().add_run("EXPERIENCE").bold = True
    main.add_paragraph("Hydrogeologist, Tallgrass Environmental\tMar 2019 – Present")
    main.add_paragraph("Closed 9 petroleum release sites on risk.", style="List Bullet")
    document.save(tmp_path / "resume.docx")
    cv, draft = imported(tmp_path / "resume.docx")
    assert [v.text for v in cv.headline] == ["Senior Hydrogeologist | Site Assessment • Remediation"]
    assert [lang.name for lang in cv.languages] == ["French", "English"]
    assert [(r.role, r.employer) for r in cv.experience] == [("Hydrogeologist", "Tallgrass Environmental")]
    assert not draft.leftovers


def test_a_pdf_sidebars_last_section_ends_where_the_main_column_starts_and_its_opening_line_is_the_headline(
    tmp_path: Path,
) -> None:
    # The sidebar holds the name (the largest type), so it is read first; the main column beside it opens with the
    # headline, which is no language of the sidebar's last section.
    side = [("Odile Faure", 20, True), ("CONTACT", 11, True), ("odile.faure@example.org", 9.5, False)]
    side += [("Lyon, France", 9.5, False), ("SKILLS", 11, True), ("Store operations", 9.5, False)]
    side += [("Visual merchandising", 9.5, False), ("Loss prevention", 9.5, False), ("LANGUAGES", 11, True)]
    side += [("French (native)", 9.5, False), ("English (fluent)", 9.5, False)]
    page = [Text(40, 800 - 16 * n, text, size, bold=bold) for n, (text, size, bold) in enumerate(side)]
    page += [Text(220, 800, "Retail Store Manager | Multi-Unit Operations", 13, bold=True)]
    page += [Text(220, 776, "EXPERIENCE", 11, bold=True)]
    page += [Text(220, 760, "Store Manager, Maison Levant (Mar 2019 – Present)", 9.5)]
    page += [Text(220, 745 - 15 * n, f"• Opened {n + 2} new stores in the region.", 9.5) for n in range(6)]
    cv, _ = imported(raw_pdf(tmp_path / "cv.pdf", page))
    assert (cv.contact.name, [v.text for v in cv.headline]) == (
        "Odile Faure",
        ["Retail Store Manager | Multi-Unit Operations"],
    )
    assert [lang.name for lang in cv.languages] == ["French", "English"]
    assert [(r.role, len(r.bullets)) for r in cv.experience] == [("Store Manager", 6)]


def test_a_columns_first_lines_that_run_on_into_no_title_stay_in_the_section_above() -> None:
    # A column that opens with the rest of the list the column before it ended with, and no title after its first
    # lines: they are that section's, not a headline.
    lines = [
        Line("Odile Faure", number=1),
        Line("odile.faure@example.org", number=2),
        Line("SKILLS", number=3),
        Line("Store operations", number=4),
        Line("Visual merchandising", number=5, column=True),
        Line("Loss prevention", number=6),
    ]
    draft = parse(lines, Path("resume.pdf"), "a PDF résumé")
    assert draft.data["skills"] == ["Store operations", "Visual merchandising", "Loss prevention"]
    assert "headline" not in draft.data


def test_a_heading_wrapped_before_its_dates_keeps_the_names_letters_with_the_name() -> None:
    # A role's line too long for the page wraps its last word, the name's letters, onto the line of the dates.
    draft = draft_of(
        "Noor Haddad\n\nEXPERIENCE\nResearch Engineer, Universidad Politécnica de Madrid\n(UPM)\tMar 2015 – Aug 2019\n"
        "• Wrote a solver.\nAnalyst, Acme Corp\tJan 2012 – Feb 2015\n• Built reports.\n"
    )
    engineer, analyst = draft.data["experience"]
    assert (engineer["role"], engineer["employer"]) == ("Research Engineer", "Universidad Politécnica de Madrid (UPM)")
    assert (engineer["start"], engineer["end"], analyst["employer"]) == ("Mar 2015", "Aug 2019", "Acme Corp")


@pytest.mark.parametrize(
    ("line", "degree", "institution", "location", "year", "grade"),
    [
        (
            "Doctor of Pharmacy (PharmD), Lakeshore University College of Pharmacy, Toledo, OH — 2017, magna cum laude",
            "Doctor of Pharmacy (PharmD)",
            "Lakeshore University College of Pharmacy",
            "Toledo, OH",
            "2017",
            "magna cum laude",
        ),
        (
            "Doctor of Physical Therapy, Granite State University, Concord, NH — 2015, with honors",
            "Doctor of Physical Therapy",
            "Granite State University",
            "Concord, NH",
            "2015",
            "with honors",
        ),
        (
            "B.S. Nursing, Marlow University, Austin, TX – 2012, summa cum laude",
            "B.S. Nursing",
            "Marlow University",
            "Austin, TX",
            "2012",
            "summa cum laude",
        ),
    ],
)
def test_a_degree_line_with_its_place_then_its_year_after_a_dash_then_honours_is_read_whole(
    line: str, degree: str, institution: str, location: str, year: str, grade: str
) -> None:
    # A year inside the line and honours closing it make it read as a sentence; it still names a degree and a school.
    draft = draft_of(f"Ana Whitfield\nana@example.org\n\nEDUCATION\n{line}\n\nSKILLS\nTriage\n")
    (found,) = draft.data["education"]
    read = (found["degree"], found["institution"], found["location"], found["end"], found["grade"])
    assert read == (degree, institution, location, year, grade)
    assert not found["details"]


@pytest.mark.parametrize(
    "fact",
    [
        "Quota attainment: FY2024 – 132% | FY2023 – 118% | FY2022 – 104%",
        "Territory: Texas, Oklahoma and Louisiana",
    ],
)
def test_a_labelled_line_under_a_roles_title_is_its_first_bullet_and_never_part_of_its_employer(fact: str) -> None:
    # A seller's résumé sets a labelled fact of the role under its title, before the bullets: no part of the title,
    # employer or place; kept word for word as the first bullet, with a note.
    draft = draft_of(
        "Dana Whitfield\nAustin, TX | dana.whitfield@example.com\n\nEXPERIENCE\n"
        f"Corvane Analytics — Austin, TX\tMar 2021 – Present\nEnterprise Account Executive\n{fact}\n"
        "• Closed a $640K ACV platform deal with a national retailer.\n"
        "Pallas Payroll — Dallas, TX\tJun 2017 – Feb 2021\nAccount Executive, SMB\n"
        "• Closed 140 new logos.\n"
    )
    corvane, pallas = draft.data["experience"]
    assert (corvane["employer"], corvane["role"], corvane["location"]) == (
        "Corvane Analytics",
        "Enterprise Account Executive",
        "Austin, TX",
    )
    texts = [b["text"] for b in corvane["bullets"]]
    assert texts == [fact, "Closed a $640K ACV platform deal with a national retailer."]
    assert any("labelled line under the title" in n.message for n in draft.notes if n.loc[:2] == ("experience", 0))
    assert (pallas["employer"], pallas["role"]) == ("Pallas Payroll", "Account Executive, SMB")
    CV.model_validate(clean(draft.data))


@pytest.mark.parametrize(
    ("line", "profile"),
    [
        ("Twitter/X: @dana_reyes", "Twitter/X: @dana_reyes"),
        ("Instagram: @dana.reyes.photo", "Instagram: @dana.reyes.photo"),
        ("dana@example.org | Twitter: @danareyes | (614) 555-0192", "Twitter: @danareyes"),
        ("@danareyes", "@danareyes"),
        # A developer's username after the network's name, as RenderCV and tailor's own templates print it.
        ("dana@example.org · GitHub: dreyes-dev · Columbus, OH", "GitHub: dreyes-dev"),
        ("GitLab: dreyes", "GitLab: dreyes"),
    ],
)
def test_a_handle_on_a_social_network_among_the_contacts_is_a_profile_with_its_networks_name(
    line: str, profile: str
) -> None:
    # Neither the headline nor a leftover: the handle says where to find the person, and the network's name says on
    # which site (a handle alone names none).
    draft = draft_of(
        f"Dana Reyes\nColumbus, OH\ndana@example.org\n{line}\n\n"
        "EXPERIENCE\nReporter, The Franklin Ledger\nJun 2017 - Feb 2021\n- Covered city hall and the courts\n"
    )
    assert draft.data["contact"]["profiles"] == [profile]
    assert "headline" not in draft.data
    assert not any("@dana" in leftover for leftover in draft.leftovers)


@pytest.mark.parametrize("mode", ["Online", "Virtual", "Remote"])
def test_a_degree_studied_online_keeps_its_school_and_says_how_it_was_studied_as_its_place(mode: str) -> None:
    # "— Online" after a school says how the course was taken, as "Remote" after an employer says how the work was:
    # no institution's name, and the school before it is not glued to the degree.
    line = f"Certificate in Data Analytics, Larkspur Institute — {mode}, 2022"
    draft = draft_of(f"Rosa Delgado\nrosa@example.org\n\nEDUCATION\n{line}\n")
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"], degree["location"], degree["end"]) == (
        "Certificate in Data Analytics",
        "Larkspur Institute",
        mode,
        "2022",
    )


@pytest.mark.parametrize(
    ("line", "details"),
    [
        (
            "Lakeshore Community College – Erie, PA | AVMA CVTEA-accredited; graduated with honors",
            ["AVMA CVTEA-accredited; graduated with honors"],
        ),
        (
            "Lakeshore Community College – Erie, PA | Minor in Chemistry; Dean's List",
            ["Minor in Chemistry; Dean's List"],
        ),
    ],
)
def test_what_follows_the_school_and_its_place_on_a_degrees_line_is_a_detail_not_the_schools_name(
    line: str, details: list[str]
) -> None:
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEDUCATION\n\nA.A.S., Veterinary Technology\tMay 2014\n{line}\n"
    )
    (degree,) = draft.data["education"]
    assert (degree["institution"], degree["location"], degree["details"]) == (
        "Lakeshore Community College",
        "Erie, PA",
        details,
    )
    # A part of the school stays in its name.
    unit = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEDUCATION\n\nB.S., Nursing\tMay 2014\n"
        "Ohio State University – College of Nursing – Columbus, OH\n"
    )
    assert unit.data["education"][0]["institution"] == "Ohio State University, College of Nursing"


@pytest.mark.parametrize("title", ["PRN LVT", "RN", "STAFF NURSE", "EMT"])
def test_a_title_in_capitals_under_the_dated_employers_line_is_the_roles_title_with_its_bullets(title: str) -> None:
    # It had been read as a section's title: the role drafted with no title, its bullets kept only as comments.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Bluewater Animal Hospital – Tampa, FL\tJun 2019 – Present\n{title}\n- Ran the overnight ICU.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"]) == (title, "Bluewater Animal Hospital")
    assert [b["text"] for b in role["bullets"]] == ["Ran the overnight ICU."]


@pytest.mark.parametrize("title", ["Travel RN", "Relief CVT", "Lead RVT"])
def test_a_clinicians_credential_names_the_job_as_a_title_word_does(title: str) -> None:
    # "Travel RN" over "Mercy Health – Toledo, OH": the credential is what the clinician is hired as, so the line is the
    # title beyond doubt, as "Staff Nurse" is; it had been drafted with a check of which piece is the employer.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"{title}\tJun 2019 – Present\nMercy Health – Toledo, OH\n- Ran the overnight ICU.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Mercy Health", "Toledo, OH")
    assert not any("check which is which" in n.message for n in draft.notes)


def test_a_title_set_in_capitals_is_kept_as_written_and_marked_to_check_with_the_employer_and_place() -> None:
    # A plain-text résumé sets each role's title in capitals, as it sets its headings: the tailored résumé would
    # print it so beside titles written as they are spelt. A title of initials alone ("CFO") is spelt so.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\n\n"
        "SENIOR EXECUTIVE ASSISTANT TO THE CEO | Harbor Lane Foods | Tacoma, WA | 2021 - Present\n"
        "- Managed the CEO's calendar\n\n"
        "CFO | Cedar Cup Coffee | Tacoma, WA | 2017 - 2021\n- Closed the books\n\n"
        "SHIFT SUPERVISOR | CEDAR CUP COFFEE | TACOMA, WA | 2012 - 2017\n- Opened the shop\n"
    )
    notes = {n.loc: n.message for n in draft.notes}
    assert [r["role"] for r in draft.data["experience"]] == [
        "SENIOR EXECUTIVE ASSISTANT TO THE CEO",
        "CFO",
        "SHIFT SUPERVISOR",
    ]
    assert notes[("experience", 0, "role")] == "title in capitals as the résumé sets it: write it as you spell it"
    assert not any(loc[:2] == ("experience", 1) and "capitals" in message for loc, message in notes.items())
    assert notes[("experience", 2, "role")] == (
        "title, employer and place in capitals as the résumé sets it: write it as you spell it"
    )


def test_a_job_boards_resume_sets_an_undated_degree_after_a_dated_one_and_a_certifications_years_under_it() -> None:
    # A job board's résumé sets each degree as the degree, its school, then its years, which an old diploma often
    # lacks; and a certification's years under its name: when it was gained and when it runs out.
    draft = draft_of(
        "Latoya Simmons\nlatoya@example.com\n\nEducation\n\nCertificate in Medical Assisting\n"
        "Pima Medical Institute - Mesa, AZ\n2015 to 2016\n\nHigh school diploma\nTempe High School - Tempe, AZ\n\n"
        "Certifications and Licenses\n\nCertified Medical Assistant (CMA)\nJune 2016 to June 2026\n\n"
        "BLS Certification\nJanuary 2024 to January 2026\n"
    )
    assert [(e["degree"], e["institution"], e.get("end")) for e in draft.data["education"]] == [
        ("Certificate in Medical Assisting", "Pima Medical Institute", "2016"),
        ("High school diploma", "Tempe High School", None),
    ]
    assert [(c["name"], c["date"], c.get("expires")) for c in draft.data["certificates"]] == [
        ("Certified Medical Assistant (CMA)", "June 2016", "June 2026"),
        ("BLS Certification", "January 2024", "January 2026"),
    ]


@pytest.mark.parametrize(
    "title", ["Quality Technician (Co-op)", "Staff Nurse (Per Diem)", "Process Engineer (Contract)"]
)
def test_a_title_with_how_the_job_was_held_in_brackets_under_the_employers_line_needs_no_check(title: str) -> None:
    # The bracket says how the job was held; the title before it ends in a job's word as surely as without it.
    draft = draft_of(
        f"Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nMaumee Plastics, Maumee, OH\tMay 2011 – Jul 2013\n{title}\n"
        "- Ran first article inspections on molded parts.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Maumee Plastics", "Maumee, OH")
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize("employer", ["Traducciones Andinas S.A.C.", "Fabbrica Rossi S.p.A.", "Bergmann Holding B.V."])
def test_an_employers_company_form_written_as_letters_each_with_its_stop_keeps_its_last_stop(
    tmp_path: Path, employer: str
) -> None:
    cv, _ = from_markdown(
        tmp_path,
        f"# Rosa Vidal\n\n## Experience\n\n**Junior Translator — {employer}** 2007 – 2009\n\n"
        "- Translated mining and legal documents from English into Spanish.\n- Proofread colleagues' translations.\n",
    )
    assert [(r.role, r.employer) for r in cv.experience] == [("Junior Translator", employer)]


@pytest.mark.parametrize("how", ["remote & on-site", "remote and in-person", "Hybrid/Remote"])
def test_a_place_line_whose_bracket_names_several_ways_of_working_is_the_roles_place(tmp_path: Path, how: str) -> None:
    cv, _ = from_markdown(
        tmp_path,
        f"# Rosa Vidal\n\n## Experience\n\n**Freelance Translator — Vidal Language Services** Jan 2018 – Present\n\n"
        f"*San Diego, CA ({how})*\n\n- Translated legal documents from Spanish into English.\n"
        "- Interpreted at depositions and hearings.\n",
    )
    role = cv.experience[0]
    assert (role.employer, role.location) == ("Vidal Language Services", f"San Diego, CA ({how})")


def test_a_link_in_a_bullet_or_the_summary_is_kept_as_a_markdown_link_round_its_words(tmp_path: Path) -> None:
    # A portfolio's links (a repository, a published dashboard) are what a reader of the résumé follows: the CV's
    # texts write them as Markdown links, and the résumé prints their words, linked.
    cv, _ = from_markdown(
        tmp_path,
        "# Tomasz Weller\ntomasz@example.org\n\n"
        "Analyst who writes the [team's SQL style guide](https://example.org/sql-style) and keeps it current.\n\n"
        "## Experience\n\n**Data Analyst** | Fernhill Co-op | 2020 – 2024\n"
        "- Published a [ridership dashboard](https://public.example.org/viz/1) used by 3 city councils.\n"
        "- Kept the warehouse docs at [docs.example.org](https://docs.example.org) up to date.\n"
        "- **Led the [forecasting](https://example.org/f) rebuild** across two teams.\n\n"
        "## Projects\n"
        "- [**tidy-ledger**](https://github.com/tweller/tidy-ledger) — An open-source reconciliation tool.\n",
    )
    assert cv.summary[0].text == (
        "Analyst who writes the [team's SQL style guide](https://example.org/sql-style) and keeps it current."
    )
    bullets = [b.text for role in cv.experience for b in role.bullets]
    assert bullets == [
        "Published a [ridership dashboard](https://public.example.org/viz/1) used by 3 city councils.",
        # Words that are an address show it already; a link inside bold words is none a CV's text can write.
        "Kept the warehouse docs at docs.example.org up to date.",
        "**Led the forecasting rebuild** across two teams.",
        "[**tidy-ledger**](https://github.com/tweller/tidy-ledger) — An open-source reconciliation tool.",
    ]


def test_a_link_in_a_word_resumes_bullet_is_kept_as_a_markdown_link(tmp_path: Path) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Tomasz Weller")
    document.add_paragraph("tomasz@example.org")
    document.add_heading("Experience", level=2)
    document.add_paragraph("Data Analyst, Fernhill Co-op, 2020 – 2024")
    item = document.add_paragraph("Published a ", style="List Bullet")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), item.part.relate_to("https://public.example.org/viz/1", RELATIONSHIP_TYPE.HYPERLINK, True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "ridership dashboard"
    run.append(text)
    link.append(run)
    item._p.append(link)
    item.add_run(" used by 3 city councils.")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    cv, _ = imported(path)
    assert [b.text for b in cv.experience[0].bullets] == [
        "Published a [ridership dashboard](https://public.example.org/viz/1) used by 3 city councils."
    ]


def test_a_projects_name_that_links_to_its_repository_is_noted_with_the_address_to_keep(tmp_path: Path) -> None:
    # A role's title prints no link: the address is said where the owner checks the project, not lost.
    cv, draft = from_markdown(
        tmp_path,
        "# Tomasz Weller\ntomasz@example.org\n\n## Experience\n\n**Data Analyst** | Fernhill Co-op | 2020 – 2024\n"
        "- Kept the books.\n\n## Projects\n\n### [tidy-ledger](https://github.com/tweller/tidy-ledger)\n*2023*\n"
        "- An open-source reconciliation tool.\n",
    )
    assert cv.experience[1].role == "tidy-ledger"
    (note,) = [n.message for n in draft.notes if n.loc == ("experience", 1) and "project" in n.message]
    assert "links to https://github.com/tweller/tidy-ledger" in note
    assert "[words](https://github.com/tweller/tidy-ledger)" in note


def test_a_table_of_projects_gives_a_role_per_row_named_by_its_project_column(tmp_path: Path) -> None:
    # "| Project | Stack | Description |", as a README résumé sets its portfolio: each row a project of its own, its
    # tools said as their column names them, nothing of one row glued to another's.
    cv, draft = from_markdown(
        tmp_path,
        "# Tomasz Weller\ntomasz@example.org\n\n## Experience\n\n**Data Analyst** | Fernhill Co-op | 2020 – 2024\n"
        "- Kept the books.\n\n## Projects\n\n| Project | Stack | Description |\n|---|---|---|\n"
        "| [tidy-ledger](https://github.com/tweller/tidy-ledger) | Python, DuckDB | A reconciliation tool |\n"
        "| fare-watch | Tableau | Bus fare dashboards |\n",
    )
    projects = [(r.role, r.employer, r.location, r.section, [b.text for b in r.bullets]) for r in cv.experience[1:]]
    assert projects == [
        ("tidy-ledger", None, None, "Projects", ["Stack: Python, DuckDB", "A reconciliation tool"]),
        ("fare-watch", None, None, "Projects", ["Stack: Tableau", "Bus fare dashboards"]),
    ]
    assert any("https://github.com/tweller/tidy-ledger" in n.message for n in draft.notes if n.loc == ("experience", 1))


@pytest.mark.parametrize(
    "title",
    ["QUALIFICATIONS SUMMARY", "Qualification Summary", "Highlights of Qualifications", "Qualifications Profile"],
)
def test_a_summary_headed_with_its_words_turned_round_is_the_summary_not_a_degree(title: str) -> None:
    # "Qualifications" alone heads degrees; a summary of them, however its words run, is the paragraph under the name.
    draft = draft_of(
        "Renata Solberg\nrenata@example.org\n\n"
        f"{title}\nFlight nurse with nine years of critical care transport and 600 rotor-wing missions.\n\n"
        "EXPERIENCE\nFlight Nurse | Skyline Air Medical, Billings, MT\tMar 2019 – Present\n"
        "- Managed ventilated patients on 600+ scene and interfacility flights.\n\n"
        "EDUCATION\nB.S. Nursing, Montana State University, 2014\n"
    )
    summary = "Flight nurse with nine years of critical care transport and 600 rotor-wing missions."
    assert draft.data["summary"] == summary
    assert [d.get("degree") for d in draft.data["education"]] == ["B.S. Nursing"]


def test_an_airport_code_after_a_place_is_part_of_the_place_and_parts_it_from_the_employer() -> None:
    # Pilots and cabin crew name a base by its airport's code; the employer's line over the title is still the
    # employer and its place.
    draft = draft_of(
        "Joaquin Ferreira\njoaquin@example.org\n\nEXPERIENCE\n"
        "Redtail Regional Airlines — Denver, CO (DEN)\tJun 2018 – Present\nFirst Officer, Embraer E175\n"
        "- Flew 2,800 hours as SIC in Part 121 scheduled service.\n"
        "Bluebird Charter — Casper, WY (KCPR)\tMay 2015 – May 2018\nPilot in Command, Pilatus PC-12\n"
        "- Flew single-pilot IFR cargo and medical flights.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("First Officer, Embraer E175", "Redtail Regional Airlines", "Denver, CO (DEN)"),
        ("Pilot in Command, Pilatus PC-12", "Bluebird Charter", "Casper, WY (KCPR)"),
    ]


def test_an_employers_line_over_a_title_with_what_it_was_held_on_keeps_the_title_whole() -> None:
    # The employer's name has no organisation's word ("Charter"), and the title's dash sets apart the aircraft it was
    # flown on: neither makes the aircraft part of the employer.
    draft = draft_of(
        "Dana Okafor\ndana@example.org\n\nEXPERIENCE\n"
        "Southern Skies Charter | Savannah, GA\nPilot in Command – King Air B200 | 06/2016 – 03/2019\n"
        "- Flew Part 135 on-demand charter and medevac flights.\n\n"
        "Lowcountry Veterinary Partners | Charleston, SC\nVeterinary Technician – Dental Lead | 2012 – 2016\n"
        "- Ran the dental suite.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Pilot in Command – King Air B200", "Southern Skies Charter", "Savannah, GA"),
        ("Veterinary Technician – Dental Lead", "Lowcountry Veterinary Partners", "Charleston, SC"),
    ]
    assert not any(n.loc[0] == "experience" for n in draft.notes)


def test_a_pilots_flight_time_section_is_kept_for_the_owner_and_is_no_headline() -> None:
    draft = draft_of(
        "Dana Okafor\nAtlanta, GA | dana@example.org\n\nFLIGHT TIME\nTotal Time: 5,420 hrs\n"
        "PIC: 1,870 hrs | SIC: 3,200 hrs\n\nEXPERIENCE\n"
        "Peachtree Regional Airlines | Atlanta, GA\nFirst Officer – ERJ-175 | 04/2019 – Present\n"
        "- Fly 76-seat E175 scheduled service.\n"
    )
    assert "headline" not in draft.data
    assert {"Total Time: 5,420 hrs", "PIC: 1,870 hrs | SIC: 3,200 hrs"} <= set(draft.leftovers)
    assert [r["role"] for r in draft.data["experience"]] == ["First Officer – ERJ-175"]


def _fundraisers_profile(tmp_path: Path, side: list[tuple[str, float, float]]) -> CV:
    """A fundraiser's LinkedIn profile PDF with ``side`` (text, size, baseline) as its sidebar, imported."""
    main = [
        ("Ana Kowalczyk", 26, 737.6), ("Director of Development", 12, 712.0),
        ("Toledo, Ohio, United States", 10.5, 696.0), ("Experience", 15.75, 660.0),
        ("Maumee Valley Food Network", 12, 638.0), ("Director of Development", 11.5, 622.0),
        ("May 2019 - Present (5 years 7 months)", 10.5, 608.0), ("Toledo, Ohio, United States", 10.5, 594.0),
        ("Raised $4.2M a year from individuals, foundations and corporations.", 10.5, 578.0),
        ("Education", 15.75, 540.0), ("University of Toledo", 12, 518.0),
        ("Bachelor of Arts - BA, Communication · (2008 - 2012)", 10.5, 504.0),
    ]  # fmt: skip
    page = [Text(21.6, y, text, size) for text, size, y in side]
    page += [Text(222.0, y, text, size) for text, size, y in main]
    return imported(raw_pdf(tmp_path / "profile.pdf", page))[0]


def test_in_a_sidebar_whose_entries_stand_apart_a_line_set_close_under_one_with_no_room_left_is_its_rest(
    tmp_path: Path,
) -> None:
    # LinkedIn's profile PDF: a sidebar entry that wrapped goes on at the line spacing (12.6 pt), where the next
    # entry stands further down (17.6 pt); the wrapped rest opens with a capital, as a name's next word does.
    side = [
        ("Contact", 13, 737.6), ("ana.kowalczyk@example.org", 10.5, 718.2), ("Top Skills", 13, 690.0),
        ("Grant Writing", 10.5, 670.6), ("Major Gifts", 10.5, 653.0), ("Board Relations", 10.5, 635.4),
        ("Certifications", 13, 600.0), ("Certified Fund Raising Executive", 10.5, 580.6), ("(CFRE)", 10.5, 568.0),
        ("Nonprofit Management Executive", 10.5, 550.4), ("Certificate", 10.5, 537.8),
        ("Planned Giving Basics", 10.5, 520.2), ("Honors-Awards", 13, 485.0),
        ("Outstanding Young Fundraising", 10.5, 465.6), ("Professional", 10.5, 453.0),
        ("Community Partner Award", 10.5, 435.4),
    ]  # fmt: skip
    cv = _fundraisers_profile(tmp_path, side)
    assert [c.name for c in cv.certificates] == [
        "Certified Fund Raising Executive (CFRE)",
        "Nonprofit Management Executive Certificate",
        "Planned Giving Basics",
    ]
    assert [a.name for a in cv.awards] == ["Outstanding Young Fundraising Professional", "Community Partner Award"]
    assert [s.name for s in cv.skills] == ["Grant Writing", "Major Gifts", "Board Relations"]


def test_in_a_sidebar_a_line_that_stopped_a_space_and_a_word_short_of_the_widest_wrapped_before_that_word(
    tmp_path: Path,
) -> None:
    # "Certified Nonprofit Board" ends short of the sidebar's widest line by more than "Advisor" is wide, but not by
    # the space before it too: the word had no room, and "Advisor" had become a certificate of its own.
    side = [
        ("Contact", 13, 737.6), ("ana.kowalczyk@example.org", 10.5, 718.2), ("Certifications", 13, 600.0),
        ("Certified Fund Raising Executive", 10.5, 580.6), ("(CFRE)", 10.5, 568.0),
        ("Certified Nonprofit Board", 10.5, 550.4), ("Advisor", 10.5, 537.8), ("Planned Giving Basics", 10.5, 520.2),
    ]  # fmt: skip
    cv = _fundraisers_profile(tmp_path, side)
    assert [c.name for c in cv.certificates] == [
        "Certified Fund Raising Executive (CFRE)",
        "Certified Nonprofit Board Advisor",
        "Planned Giving Basics",
    ]


def test_a_text_resumes_list_item_wrapped_onto_the_next_line_is_one_bullet_and_makes_no_role() -> None:
    # A résumé copied out of a PDF as text keeps the PDF's line breaks: an item's rest, on the line right under it,
    # opens in lower case ("tankers to chemical plants …") or with the slash between two names ("/ DOT-406 tank
    # wagon"). Each had been read as a role of its own, with no dates, its bullets taken from the role above.
    wide = "- Hauled bulk liquid hazmat (flammables, corrosives) in DOT-407 and DOT-412 stainless steel"
    draft = draft_of(
        "Verna Haskett\nverna@example.org\n\nWork Experience\n\nBulk Driver\nCedar Valley Gas Company - Ames, IA\n"
        f"May 2015 to Present\n{wide}\ntankers to chemical plants and terminals in three states\n"
        "- Delivered gasoline, diesel and DEF to gas stations and farms with a four compartment MC-306\n"
        "/ DOT-406 tank wagon (8,800 gal)\n"
        "- Kept a clean MVR.\n\n"
        "Warehouse Associate\nPrairie Co-op - Boone, IA\nMay 2011 to April 2015\n- Loaded trailers.\n"
    )
    assert [(r["role"], [b["text"] for b in r["bullets"]]) for r in draft.data["experience"]] == [
        (
            "Bulk Driver",
            [
                f"{wide[2:]} tankers to chemical plants and terminals in three states",
                "Delivered gasoline, diesel and DEF to gas stations and farms with a four compartment MC-306 / DOT-406"
                " tank wagon (8,800 gal)",
                "Kept a clean MVR.",
            ],
        ),
        ("Warehouse Associate", ["Loaded trailers."]),
    ]


def test_an_academic_cv_s_teaching_is_roles_under_that_heading_not_lines_left_over() -> None:
    # A scientist's CV sets the courses taught apart, each a title at a school with its years and a line on it.
    draft = draft_of(
        "Ilse Varga\nilse@example.org\n\nEXPERIENCE\nPostdoctoral Fellow, Northfield Institute\t2019 - Present\n"
        "• Ran screens.\n\nTeaching & Mentoring\n"
        "2022 – 2024 Guest Lecturer, Lakeshore Extension School, Boston, MA\n"
        "Two lectures a year on genome editing in stem cells.\n"
        "2016 – 2017 Teaching Assistant, Lakeshore University, Madison, WI\n"
        "Led 2 discussion sections of 25 students; graded exams; held weekly office hours.\n"
    )
    teaching = [r for r in draft.data["experience"] if r.get("section") == "Teaching & Mentoring"]
    assert [(r["role"], r["employer"], r["start"], r["end"]) for r in teaching] == [
        ("Guest Lecturer", "Lakeshore Extension School", "2022", "2024"),
        ("Teaching Assistant", "Lakeshore University", "2016", "2017"),
    ]
    assert [b["text"] for b in teaching[0]["bullets"]] == ["Two lectures a year on genome editing in stem cells."]
    assert not any("Guest Lecturer" in line for line in draft.leftovers)


def test_volunteer_roles_listed_one_to_an_item_with_their_years_at_the_end_are_a_role_each() -> None:
    # A volunteering section often lists each role as one bulleted line, its title, organisation and years: each is a
    # role of its own, as the same lines unbulleted are, not the bullets of one role the section's title names.
    draft = draft_of(
        "Ines Calloway\nines@example.org\n\nEXPERIENCE\n"
        "Registered Dental Hygienist, Maple Grove Dental\t2016 – 2025\n• Provided scaling and root planing.\n"
        "\nVOLUNTEER EXPERIENCE\n• Volunteer Hygienist, Oregon Mission of Mercy, 2016 – 2024\n"
        "• Screener, Give Kids A Smile, 2017 – 2019\n"
    )
    _hygienist, *volunteering = draft.data["experience"]
    assert [(r["role"], r["employer"], r["start"], r["end"], r["section"]) for r in volunteering] == [
        ("Volunteer Hygienist", "Oregon Mission of Mercy", "2016", "2024", "Volunteer Experience"),
        ("Screener", "Give Kids A Smile", "2017", "2019", "Volunteer Experience"),
    ]
    # Bullets that are sentences stay a role's bullets, whatever years they name.
    draft = draft_of(
        "Ines Calloway\nines@example.org\n\nVOLUNTEER EXPERIENCE\n• Screened 300 children a year, 2017 – 2019.\n"
        "• Ran the sealant clinic each spring, 2018 – 2020.\n"
    )
    assert len(draft.data["experience"]) == 1 and len(draft.data["experience"][0]["bullets"]) == 2


@needs("libreoffice")
def test_a_headline_that_wraps_in_a_name_banner_beside_contact_details_is_read_whole_from_its_pdf(
    tmp_path: Path,
) -> None:
    # A Word template's banner: the name and a headline in the left cell, the contact details stacked in the right.
    # The headline's last word wraps onto a line below the contact details' last: it is still the headline's.
    import docx
    from docx.shared import Inches, Pt

    document = docx.Document()
    banner = document.add_table(rows=1, cols=2)
    left, right = banner.rows[0].cells
    left.width, right.width = Inches(3.6), Inches(2.9)
    left.paragraphs[0].add_run("INES CALLOWAY").font.size = Pt(20)
    left.add_paragraph().add_run("Registered Dental Hygienist | Community & Private Practice").font.size = Pt(11)
    for n, detail in enumerate(["Eugene, OR 97401", "(541) 555-0199", "ines.calloway@example.org"]):
        paragraph = right.paragraphs[0] if n == 0 else right.add_paragraph()
        paragraph.add_run(detail).font.size = Pt(9)
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph("Registered Dental Hygienist, Maple Grove Dental\t2016 – 2025")
    document.add_paragraph("Provided scaling and root planing for 9 patients a day.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(to_pdf(tmp_path / "cv.docx"))
    assert draft.data["headline"] == "Registered Dental Hygienist | Community & Private Practice"


@pytest.mark.parametrize(
    ("employer_line", "employer", "place"),
    [
        ("Lakeside Heating - Mentor, OH", "Lakeside Heating", "Mentor, OH"),
        ("Gulf Coast Cooling, Porter, TX", "Gulf Coast Cooling", "Porter, TX"),
        ("Redline Mechanical – Ranger, TX", "Redline Mechanical", "Ranger, TX"),
    ],
)
def test_a_town_named_as_a_job_is_where_the_employer_is_before_its_states_code(
    employer_line: str, employer: str, place: str
) -> None:
    # Towns are named for what people did there (Mentor, Ohio; Porter, Texas): before a state's code, a word that
    # names a job is a town, as no title is written with a state's code after its comma.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\nSERVICE TECHNICIAN\n"
        f"{employer_line}\nMay 2009 - July 2011\n* Installed condensing units.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == ("SERVICE TECHNICIAN", employer, place)
    assert not any("check which is which" in n.message for n in draft.notes)


@pytest.mark.parametrize("title", ["MAINTENANCE TECH", "Pharmacy Tech", "HVAC Tech II", "Vet Tech"])
def test_a_tech_is_a_title_beside_an_employer_whose_name_holds_a_title_word(title: str) -> None:
    # "Tech" is how the trades and the clinics shorten "technician"; "Senior" in "Sunrise Senior Living" names whom
    # the employer serves, so of the two pieces the one with a tech is the title.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nWORK HISTORY\n\n"
        f"{title} | Maple Grove Senior Living - Beachwood, OH | 2014-2016\n* Performed PMs on PTAC units.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Maple Grove Senior Living", "Beachwood, OH")


@pytest.mark.parametrize("form", ["Inc.", "LLC", "Co.", "Ltd"])
def test_a_legal_form_after_the_employers_comma_stays_with_the_employer_between_title_and_place(form: str) -> None:
    # "Title, Employer, Inc., Akron, OH": the comma before the legal form is part of the employer's name, as
    # "Acme, Inc." is written; the form alone is no employer.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Commercial Refrigeration Tech, Arctic Air Refrigeration, {form}, Akron, OH          2018 - Present\n"
        "* Service walk-in coolers.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        "Commercial Refrigeration Tech",
        f"Arctic Air Refrigeration, {form}",
        "Akron, OH",
    )
    # A state's code that is a form's letters too ends the place: "Denver, CO" is Colorado.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        "Service Technician, Front Range Cooling, Denver, CO          2018 - Present\n* Service walk-in coolers.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (
        "Service Technician",
        "Front Range Cooling",
        "Denver, CO",
    )


def test_of_two_pieces_that_read_as_titles_the_one_ending_in_a_jobs_word_is_the_title() -> None:
    # "Junior" is a title's word, so the organisation's name reads as a title too; only "Volunteer Mentor" ends in a
    # job's word, and is the title, though the organisation comes first on the line.
    draft = draft_of(
        "Rosa Lindqvist\nrosa@example.org\n\nVOLUNTEER EXPERIENCE\n"
        "Junior League of Tacoma — Volunteer Coordinator\t2018 – 2021\n• Recruited 40 volunteers a season.\n"
    )
    role = draft.data["experience"][0]
    assert (role["employer"], role["role"]) == ("Junior League of Tacoma", "Volunteer Coordinator")


def test_a_web_page_s_links_to_its_own_places_are_no_part_of_the_resume() -> None:
    # A site's skip link ("Skip to content", href="#main") opens the page before its name, and a "Back to top" link
    # ends a section: links to places on the same page are the page's navigation, never a headline or a line.
    page = (
        '<html><body><a class="skip" href="#main">Skip to content</a>'
        '<main id="main"><h1>Ines Marlowe</h1><p>Service Designer</p>'
        '<p><a href="mailto:ines@example.com">ines@example.com</a></p>'
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        '<ul><li>Mapped ten service blueprints with operations staff (see <a href="#blueprints">below</a>).</li></ul>'
        '<p><a href="#main">Back to top ↑</a></p></main></body></html>'
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert (draft.data["contact"]["name"], draft.data["headline"]) == ("Ines Marlowe", "Service Designer")
    assert draft.data["experience"][0]["bullets"][0]["text"] == (
        "Mapped ten service blueprints with operations staff (see below)."
    )
    assert not any("top" in line or "Skip" in line for line in draft.leftovers)


@pytest.mark.parametrize("heading", ["Speaking & Writing", "SPEAKING", "Speaking Engagements", "Writing and Speaking"])
def test_a_marketers_speaking_and_writing_are_read_as_talks_and_articles_are(heading: str) -> None:
    # A marketer, a consultant or a developer advocate keeps talks and articles together under "Speaking": each a
    # title, where and when, and a link's words ("slides") after a dash.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nMarketing Manager, Harbor Goods\t2019 - 2021\n"
        f"• Ran paid search.\n\n{heading}\n"
        "“Reporting on Pipeline, Not Leads,” Rocky Mountain Marketing Summit, October 2023 — slides\n"
        "“What 20 Tests Taught Us About Forms,” Search Weekly, March 2024\n"
    )
    assert [(p["title"], p["venue"], p["year"]) for p in draft.data["publications"]] == [
        ("Reporting on Pipeline, Not Leads", "Rocky Mountain Marketing Summit — slides", "October 2023"),
        ("What 20 Tests Taught Us About Forms", "Search Weekly", "March 2024"),
    ]
    assert {p["section"].lower() for p in draft.data["publications"]} == {heading.lower()}


def test_a_personal_sites_links_to_its_own_pages_after_an_item_and_its_footer_are_no_part_of_the_resume() -> None:
    # A marketer's or a designer's site ends a bullet with a link to a case study on the site ("Case study →",
    # "/work/…"): a résumé cannot follow it, and its words are no part of the bullet's. A link inside the sentence,
    # or to another site, keeps its words; the site's footer below its main content is chrome, as its menu is.
    page = (
        "<html><body><main><h1>Ines Marlowe</h1><p>Service Designer</p>"
        '<p><a href="mailto:ines@example.com">ines@example.com</a></p>'
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        '<ul><li>Mapped ten service blueprints with operations staff. <a href="/work/blueprints/">Case study →</a></li>'
        '<li>Ran the <a href="/work/intake/">intake redesign</a> with two clinics.</li>'
        '<li>Cut wait times 30%. <a href="https://example.org/story">Press</a></li></ul>'
        "<h2>Talks</h2><ul><li>“Blueprints in Clinics,” Service Design Day, May 2023</li></ul>"
        "</main><footer><p>© 2025 Ines Marlowe · Built with Eleventy · Privacy</p></footer></body></html>"
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Mapped ten service blueprints with operations staff.",
        "Ran the intake redesign with two clinics.",
        "Cut wait times 30%. [Press](https://example.org/story)",
    ]
    assert [p["title"] for p in draft.data["publications"]] == ["Blueprints in Clinics"]
    assert not any("©" in line for line in draft.leftovers)


@pytest.mark.parametrize(
    ("line", "role", "employer"),
    [
        # an employer's site at its host: the whole is where the work was done
        ("Toddler Teacher, Bright Horizons at Sutter Health", "Toddler Teacher", "Bright Horizons at Sutter Health"),
        # a team before " at " stays the title's
        ("Software Engineer, Payments at Stripe", "Software Engineer, Payments", "Stripe"),
    ],
)
def test_a_title_then_an_employers_site_at_its_host_keeps_the_site_and_host_as_the_employer(
    line: str, role: str, employer: str
) -> None:
    draft = draft_of(
        f"Maya Delgado\nmaya@example.org\n\nEXPERIENCE\n\n{line}\nSacramento, CA | Aug 2021 – Present\n"
        "- Planned daily activities for 12 toddlers.\n"
    )
    (found,) = draft.data["experience"]
    assert (found["role"], found["employer"]) == (role, employer)


def _control(text: str, alias: str, *, prompt: bool = False) -> Any:
    """A content control inside a line, as Word's résumé templates set each field ("Job Title", "Company"); with
    ``prompt``, one still showing the template's placeholder."""
    from docx.oxml import parse_xml

    shown = "<w:showingPlcHdr/>" if prompt else ""
    return parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:sdtPr><w:alias w:val="{alias}"/>{shown}</w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _line_of_controls(document: Any, parts: list[tuple[str, str | None]], style: str | None = None) -> None:
    """A paragraph of ``parts``, each a control where it has an alias, else plain text between them."""
    paragraph = document.add_paragraph(style=style)
    for text, alias in parts:
        if alias:
            paragraph._p.append(_control(text, alias))
        else:
            paragraph.add_run(text)


def test_a_word_templates_fields_in_content_controls_are_read_and_its_unfilled_prompts_are_not(
    tmp_path: Path,
) -> None:
    import docx

    document = docx.Document()
    _line_of_controls(document, [("Renata", "First Name"), (" ", None), ("Okafor", "Last Name")], "Title")
    _line_of_controls(document, [("renata.okafor@example.org", "Email"), (" | ", None), ("(802) 555-0143", "Phone")])
    document.add_paragraph("Experience", style="Heading 1")
    title = [("Chemistry Teacher", "Job Title"), (", ", None), ("Maple Ridge High School", "Company")]
    _line_of_controls(document, [*title, ("\t", None), ("Aug 2018", "Dates From"), (" – Present", None)], "Heading 2")
    document.paragraphs[-1]._p.append(_control("[Company]", "Company", prompt=True))
    document.add_paragraph("Taught Honors Chemistry to 110 students a year.", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    assert (cv.contact.name, cv.contact.email) == ("Renata Okafor", "renata.okafor@example.org")
    (role,) = cv.experience
    assert (role.role, role.employer) == ("Chemistry Teacher", "Maple Ridge High School")
    assert (role.start, role.end) == ("Aug 2018", "Present")
    assert [b.text for b in role.bullets] == ["Taught Honors Chemistry to 110 students a year."]


def test_dates_in_a_heading_over_the_heading_of_the_role_or_degree_are_that_entrys(tmp_path: Path) -> None:
    # Word's chronological résumé templates set each entry's dates in Heading 3 over its "Title, Employer" in
    # Heading 2: the dates open the entry under them, never close the one above.
    import docx

    document = docx.Document()
    document.add_paragraph("Renata Okafor", style="Title")
    document.add_paragraph("Experience", style="Heading 1")
    for dates, title, bullet in [
        ("Aug 2018 – Present", "Chemistry Teacher, Maple Ridge High School", "Taught Honors Chemistry."),
        ("Sep 2014 – Jun 2018", "Science Teacher, Birchwood Middle School", "Taught grade 8 Physical Science."),
    ]:
        document.add_paragraph(dates, style="Heading 3")
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph("Education", style="Heading 1")
    degrees = [
        ("May 2014", "M.Ed., Science Education, Lakeshore University"),
        ("May 2012", "B.S., Chemistry, Pine Valley College"),
    ]
    for year, degree in degrees:
        document.add_paragraph(year, style="Heading 3")
        document.add_paragraph(degree, style="Heading 2")
    document.save(str(tmp_path / "cv.docx"))
    cv, _ = imported(tmp_path / "cv.docx")
    assert [(r.role, r.employer, r.start, r.end) for r in cv.experience] == [
        ("Chemistry Teacher", "Maple Ridge High School", "Aug 2018", "Present"),
        ("Science Teacher", "Birchwood Middle School", "Sep 2014", "Jun 2018"),
    ]
    bullets = [[b.text for b in r.bullets] for r in cv.experience]
    assert bullets == [["Taught Honors Chemistry."], ["Taught grade 8 Physical Science."]]
    schools = [(e.institution, e.end) for e in cv.education]
    assert schools == [("Lakeshore University", "May 2014"), ("Pine Valley College", "May 2012")]


@pytest.mark.parametrize(
    ("skip_link", "saved_from"),
    [
        # A browser that saves a whole page writes its address first and every link in full, the skip link's too.
        ('<a class="skip" href="https://inesmarlowe.com/cv/#main">Skip to content</a>', "https://inesmarlowe.com/cv/"),
        # A theme's skip link is hidden from the eye (its class says so) wherever it points.
        ('<a class="skip-link screen-reader-text" href="https://inesmarlowe.com/#main">Skip to content</a>', None),
    ],
)
def test_a_saved_pages_skip_link_to_its_own_address_is_no_headline(skip_link: str, saved_from: str | None) -> None:
    comment = f"<!-- saved from url=({len(saved_from):04d}){saved_from} -->\n" if saved_from else ""
    page = (
        f"<!DOCTYPE html>\n{comment}<html><body>{skip_link}"
        '<main id="main"><div class="card"><h1>Ines Marlowe</h1><p>Service Designer · Researcher</p>'
        '<p><span class="sr-only">Email:</span> <a href="mailto:ines@example.com">ines@example.com</a></p></div>'
        '<div class="card"><h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>'
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul></div></main></body></html>"
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert (draft.data["contact"]["name"], draft.data["headline"]) == ("Ines Marlowe", "Service Designer · Researcher")
    assert not any("Skip" in line or "Email:" in line for line in draft.leftovers)


def test_a_sites_title_that_repeats_the_owners_name_is_no_headline() -> None:
    # A personal site's theme sets its title, the owner's name, in the banner over every page, and the résumé page
    # names its owner again: the name twice, never the name as what the person is.
    page = (
        '<html><body><header class="site-header"><a class="site-title" href="https://inesmarlowe.com/">Ines Marlowe'
        '</a><nav><a href="/about/">About</a><a href="/cv/">CV</a></nav></header>'
        "<main><h1>Ines Marlowe</h1><p>Service Designer · Researcher</p>"
        '<p><a href="mailto:ines@example.com">ines@example.com</a></p>'
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul></main></body></html>"
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert (draft.data["contact"]["name"], draft.data["headline"]) == ("Ines Marlowe", "Service Designer · Researcher")
    assert "Ines Marlowe" not in draft.leftovers


def test_a_skills_label_that_its_items_name_within_them_is_their_group_not_a_skill_of_its_own() -> None:
    # "SEO: Technical SEO, Local SEO, Ahrefs": the label is the field its items are kinds and tools of, each of which
    # says it already; a label no item names ("Excel: pivot tables") stays a skill the line claims.
    draft = draft_of(
        "Dara Whit\ndara@example.org\n\nSKILLS\nSEO: Technical SEO, Local SEO, Ahrefs\nExcel: pivot tables, XLOOKUP\n"
    )
    assert clean(draft.data)["skills"] == ["Technical SEO", "Local SEO", "Ahrefs", "Excel", "pivot tables", "XLOOKUP"]
    assert draft.skill_groups == {"Technical SEO": "SEO", "Local SEO": "SEO", "Ahrefs": "SEO"}


@pytest.mark.parametrize("heading", ["Awards & Speaking", "Honors and Presentations"])
def test_a_quoted_talk_under_a_title_of_awards_and_talks_is_a_talk(heading: str) -> None:
    # "Awards & Speaking": a quoted title with where and when it was given is a talk, printed under the title's part
    # that names talks; a quoted award's name ("… Award") stays an award.
    draft = draft_of(
        "Ada Example\nada@example.org\n\nEXPERIENCE\nMarketing Manager, Harbor Goods\t2019 - 2021\n"
        f"• Ran paid search.\n\n{heading}\n"
        "Best Integrated Campaign, Rocky Mountain Marketing Association (2023)\n"
        "“Spark Award” for Email Design, Front Range Email Guild (2021)\n"
        "“Reporting on Pipeline, Not Leads,” Rocky Mountain Marketing Summit, October 2023\n"
    )
    assert [(p["title"], p["venue"], p["year"]) for p in draft.data["publications"]] == [
        ("Reporting on Pipeline, Not Leads", "Rocky Mountain Marketing Summit", "October 2023"),
    ]
    assert draft.data["publications"][0]["section"] == heading.split()[-1]
    assert [a["name"] for a in draft.data["awards"]] == ["Best Integrated Campaign", "“Spark Award” for Email Design"]


def test_a_sites_skills_set_as_badges_side_by_side_are_each_a_skill() -> None:
    # A Bootstrap or Tailwind theme sets each skill in a badge of its own, the badges parted by spaces alone.
    page = (
        "<html><body><main><h1>Ines Marlowe</h1><p>Service Designer</p>"
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul>"
        '<h2>Skills</h2><div><span class="badge">Service blueprints</span> <span class="badge">Figma</span> '
        '<span class="badge">Journey mapping</span> <span class="badge">Miro</span></div></main></body></html>'
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert clean(draft.data)["skills"] == ["Service blueprints", "Figma", "Journey mapping", "Miro"]


def test_a_sites_copyright_footer_is_no_part_of_the_resume_on_a_page_without_a_main() -> None:
    # A theme without a <main> still closes every page with the site's footer: its copyright line is no credential.
    page = (
        '<html><body><div class="container"><h1>Ines Marlowe</h1><p>Service Designer</p>'
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul>"
        "<h2>Certifications</h2><table><tr><th>Certification</th><th>Issuer</th><th>Year</th></tr>"
        "<tr><td>Certified Usability Analyst</td><td>Human Factors International</td><td>2022</td></tr></table>"
        '</div><footer class="footer"><p>© 2025 Ines Marlowe · Built with Hugo</p></footer></body></html>'
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert [c["name"] for c in draft.data["certificates"]] == ["Certified Usability Analyst"]
    assert not any("©" in line for line in draft.leftovers)


def test_a_definition_lists_terms_over_skills_are_their_groups() -> None:
    # "<dl><dt>Research methods</dt><dd>…</dd>": a definition list names each group in its term, whatever its case.
    page = (
        "<html><body><main><h1>Ines Marlowe</h1><p>Service Designer</p>"
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul>"
        "<h2>Skills</h2><dl><dt>Research methods</dt><dd>Contextual inquiry, diary studies, usability testing</dd>"
        "<dt>Tools</dt><dd>Figma, Miro</dd></dl></main></body></html>"
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert clean(draft.data)["skills"] == ["Contextual inquiry", "diary studies", "usability testing", "Figma", "Miro"]
    assert draft.skill_groups == {
        "Contextual inquiry": "Research methods",
        "diary studies": "Research methods",
        "usability testing": "Research methods",
        "Figma": "Tools",
        "Miro": "Tools",
    }


@pytest.mark.parametrize("words", ["Download PDF", "Download my résumé", "PDF version"])
def test_a_sites_link_to_download_the_resume_as_a_file_is_no_part_of_it(words: str) -> None:
    # A personal site's résumé page offers the same résumé as a file to download: a button of the site.
    page = (
        "<html><body><main><h1>Ines Marlowe</h1><p>Service Designer</p>"
        f'<p><a class="btn" href="https://inesmarlowe.com/assets/Ines-Marlowe-CV.pdf">{words}</a></p>'
        "<h2>Experience</h2><h3>Service Designer · Fernhollow Studio</h3><p>Mar 2021 – Present</p>"
        "<ul><li>Mapped ten service blueprints with operations staff.</li></ul></main></body></html>"
    )
    draft = parse(read_html(page.encode("utf-8"), "resume.html"), Path("resume.html"), "a web page")
    assert draft.data["headline"] == "Service Designer"
    assert not any(words in line for line in draft.leftovers)


def test_a_place_with_its_town_also_in_its_own_script_is_the_roles_place_and_not_the_employers() -> None:
    draft = draft_of(
        "Eleni Papadaki\neleni@example.org\n\nEXPERIENCE\n"
        "Staff Nurse\t2015 – 2017\nAHEPA University Hospital\tThessaloniki (Θεσσαλονίκη), Greece\n"
        "- Cared for 12 patients a shift on a cardiology ward.\n"
        "Charge Nurse\t2018 – 2020\nSt Luke's Clinic\tPlovdiv (Пловдив), Bulgaria\n"
        "- Ran the night shift of a 20-bed ward.\n"
    )
    assert [(r["role"], r["employer"], r["location"]) for r in draft.data["experience"]] == [
        ("Staff Nurse", "AHEPA University Hospital", "Thessaloniki (Θεσσαλονίκη), Greece"),
        ("Charge Nurse", "St Luke's Clinic", "Plovdiv (Пловдив), Bulgaria"),
    ]
    assert not any(note.loc[-1] == "role" for note in draft.notes)


@pytest.mark.parametrize(
    ("under", "employer", "place"),
    [
        ("Brightline (Lógica S.A.), Monterrey, México", "Brightline (Lógica S.A.)", "Monterrey, México"),
        ("Clínica San Isidro, Arequipa, Perú", "Clínica San Isidro", "Arequipa, Perú"),
        ("Kaufland Polska, Kraków, Polska", "Kaufland Polska", "Kraków, Polska"),
        ("Lindqvist Verktyg AB, Göteborg, Sverige", "Lindqvist Verktyg AB", "Göteborg, Sverige"),
    ],
)  # fmt: skip
def test_a_country_written_as_its_people_spell_it_ends_the_employers_line_as_its_english_name_does(
    under: str, employer: str, place: str
) -> None:
    # People write their country as they spell it: "México", "Perú", "Polska", "Sverige"; places.txt writes "Mexico".
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"Account Executive\n{under}\nJanuary 2017 – May 2019\n• Booked 22 meetings a month.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == ("Account Executive", employer, place)


@pytest.mark.parametrize("title", ["Sales Rep", "Customer Service Rep", "Field Sales Rep II"])
def test_a_rep_is_a_title_over_the_employer_and_its_town(title: str) -> None:
    # Sales and service shorten "representative" to "rep": the line under it names the employer, then its place.
    draft = draft_of(
        "Dana Whitfield\ndana@example.org\n\nEXPERIENCE\n\n"
        f"{title}\nNorthwind Traders, Manchester, UK\nJanuary 2017 – May 2019\n• Booked 22 meetings a month.\n"
    )
    (role,) = draft.data["experience"]
    assert (role["role"], role["employer"], role["location"]) == (title, "Northwind Traders", "Manchester, UK")


@pytest.mark.parametrize("last", ["projects.", "last nine projects.", "my last two publications."])
def test_a_summarys_last_line_an_email_wrapped_onto_a_sections_word_ends_the_summary_and_heads_no_section(
    last: str,
) -> None:
    """A line in the text's look that ends in a full stop ends a sentence: it is no section's title, whatever word
    closes it, so not a word of the summary is lost."""
    draft = draft_of(
        "Ines Aldana\nines@example.org\n\nSUMMARY\n"
        f"Site engineer with 9 years on bridges; no lost-time incidents on\n{last}\n\n"
        "EXPERIENCE\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n- Ran pours for 3 bridge decks.\n"
    )
    assert draft.data["summary"] == f"Site engineer with 9 years on bridges; no lost-time incidents on {last}"
    assert draft.data["experience"][0]["role"] == "Site Engineer"
    # A title in the text's look without a stop is still one.
    titled = draft_of(
        "Ines Aldana\nines@example.org\n\nExperience\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n"
        "- Ran pours for 3 bridge decks.\n\nKey Projects\nBridge Deck Survey, Kestrel Civil\n2021\n"
        "- Surveyed 3 decks.\n"
    )
    assert [role["section"] for role in titled.data["experience"]] == [None, "Key Projects"]


def test_a_bullets_line_an_email_wrapped_before_a_number_or_an_amount_goes_on_in_the_next() -> None:
    """Under a bullet that stops mid-sentence, a line that opens with a number or an amount and goes on in small
    letters is the rest of its sentence; one that opens a number list, or a span of dates, is not."""
    draft = draft_of(
        "Ines Aldana\nines@example.org\n\nEXPERIENCE\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n"
        "• Built and kept the baseline schedule for the river crossing, of\n"
        "2,800 activities; ran weekly lookaheads with the foremen on\n"
        "site.\n"
        "• Delivered four culvert replacements for the county road program\n"
        "($2M-$6M) under state oversight, each opened before the fall\n"
        "rains.\n"
        "• Closed out the bridge deck job with every punch list item done,\n"
        "$1.9M under budget and three weeks ahead of the baseline date\n"
        "that the county set.\n"
        "• Poured 3 decks\n"
        "2020 - 2021 Site Engineer, Kestrel Civil\n"
    )
    assert [bullet["text"] for bullet in draft.data["experience"][0]["bullets"]] == [
        "Built and kept the baseline schedule for the river crossing, of 2,800 activities; ran weekly lookaheads with "
        "the foremen on site.",
        "Delivered four culvert replacements for the county road program ($2M-$6M) under state oversight, each opened "
        "before the fall rains.",
        "Closed out the bridge deck job with every punch list item done, $1.9M under budget and three weeks ahead of "
        "the baseline date that the county set.",
        "Poured 3 decks",
    ]


def test_a_degrees_line_an_email_wrapped_after_a_comma_keeps_its_school_and_place_whole() -> None:
    draft = draft_of(
        "Ines Aldana\nines@example.org\n\nEXPERIENCE\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n"
        "- Ran pours for 3 bridge decks on the river crossing job for the county.\n\n"
        "EDUCATION\nB.S. Civil Engineering, California State University,\nFresno - 2018\n"
        "Minor in Geology\n"
    )
    degree = draft.data["education"][0]
    assert degree["institution"] == "California State University, Fresno"
    assert degree["details"] == ["Minor in Geology"]
