"""A Europass CV's labels beside their values and its grid of languages, as its Word template lays them out."""

from __future__ import annotations

from pathlib import Path

from tailor.cv import CV
from tailor.cv.importers import clean, import_cv


def _europass_docx(path: Path) -> Path:
    """A Europass Word CV's "Personal skills": a table of two columns, each label at the left beside its value, the
    languages other than the mother tongue a grid of their own in the right cell (headings, then a row a language,
    its five levels beside it, and a row of its certificate under it), the key to the levels under the grid."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=2)

    def row(label: str, *values: str) -> object:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label)
        for n, value in enumerate(values):
            (cells[1].paragraphs[0] if n == 0 else cells[1].add_paragraph()).add_run(value)
        return cells[1]

    row("PERSONAL INFORMATION", "Mirela Kovač")
    row("", "mirela.kovac@example.org")
    row("WORK EXPERIENCE", "")
    cell = row("2019 – 2024", "Front Office Manager", "Hotel Adriatica, Split (Croatia)")
    cell.add_paragraph("Ran the front desk of 120 rooms.", style="List Bullet")
    row("PERSONAL SKILLS", "")
    row("Mother tongue(s)", "Croatian")
    grid = row("Other language(s)").add_table(rows=0, cols=6)
    for cells in [
        ["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"],
        ["", "Listening", "Reading", "Spoken interaction", "Spoken production", ""],
        ["English", "C2", "C2", "C2", "C2", "C2"],
        ["", "Cambridge English: Advanced (CAE)", "", "", "", ""],
        ["Italian", "B2", "B2", "B1", "B1", "B1"],
        ["", "CILS B2", "", "", "", ""],
    ]:
        for grid_cell, text in zip(grid.add_row().cells, cells, strict=True):
            grid_cell.paragraphs[0].add_run(text)
    row("", "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user")
    row("", "Common European Framework of Reference for Languages")
    row("Communication skills", "Good communication skills gained as a duty manager in a busy city hotel.")
    row("Digital skills", "OPERA PMS, Protel, SiteMinder")
    row("Driving licence", "B")
    document.save(path)
    return path


def test_a_europass_word_cvs_languages_grid_gives_each_language_its_levels(tmp_path: Path) -> None:
    draft = import_cv(_europass_docx(tmp_path / "cv.docx"))
    cv = CV.model_validate(clean(draft.data))
    assert [(language.name, language.fluency) for language in cv.languages] == [
        ("Croatian", "Mother tongue"),
        ("English", "C2"),
        ("Italian", "B2/B1"),
    ]
    assert {"Cambridge English: Advanced (CAE)", "CILS B2"} <= set(draft.leftovers)
    # The grid's headings, levels and key are no skills, and no comments either: they are the template's.
    assert not any(word in cv.skill_names for word in ["UNDERSTANDING", "C2", "English", "Mother tongue(s)"])
    assert not any("Common European Framework" in line for line in draft.leftovers)


def test_a_europass_label_beside_its_value_is_the_value_s_label(tmp_path: Path) -> None:
    draft = import_cv(_europass_docx(tmp_path / "cv.docx"))
    cv = CV.model_validate(clean(draft.data))
    assert cv.skill_names == ["OPERA PMS", "Protel", "SiteMinder"]
    assert {skill["group"] for skill in draft.data["skills"]} == {"Digital skills"}  # the label names their group
    assert "Driving licence: B" in draft.leftovers
    assert not any(name in cv.skill_names for name in ["Communication skills", "Digital skills", "Driving licence"])
    assert cv.contact.name == "Mirela Kovač"


def test_memberships_after_the_awards_are_kept_for_their_owner_not_read_as_awards() -> None:
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "Mirela Kovač\nmirela@example.org\n\nHonours and awards\nConcierge of the Year, Dalmatia Tourism Awards, 2022\n"
        "Memberships\nLes Clefs d'Or (associate member), 2014–present\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    assert [award["name"] for award in draft.data["awards"]] == ["Concierge of the Year"]
    assert "Les Clefs d'Or (associate member), 2014–present" in draft.leftovers


def test_a_town_with_its_country_in_brackets_after_the_employer_is_the_place() -> None:
    # Europass writes each place as "Town (Country)"; the town need be none tailor knows.
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "Mirela Kovač\nmirela@example.org\n\nWORK EXPERIENCE\n2019 – 2024\nFront Office Manager\n"
        "Hotel Adriatica (4*, 120 rooms), Trogir (Croatia)\n- Ran the front desk.\n\nEDUCATION AND TRAINING\n"
        "2010 – 2014\nBachelor of Tourism Management\nFaculty of Economics, Business and Tourism, Makarska (Croatia)\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    (role,) = draft.data["experience"]
    assert (role["employer"], role["location"]) == ("Hotel Adriatica (4*, 120 rooms)", "Trogir (Croatia)")
    (degree,) = draft.data["education"]
    assert (degree["institution"], degree["location"]) == (
        "Faculty of Economics, Business and Tourism",
        "Makarska (Croatia)",
    )


def test_a_qualifications_eqf_level_is_no_part_of_the_degrees_name_nor_of_its_school() -> None:
    from tailor.cv.importers.layout import read_text
    from tailor.cv.importers.resume import parse

    text = (
        "Mirela Kovač\nmirela@example.org\n\nEDUCATION AND TRAINING\n2010 – 2014\nBachelor of Tourism Management\n"
        "EQF level 6\nFaculty of Economics, Business and Tourism, Makarska (Croatia)\n"
    )
    draft = parse(read_text(text.encode(), "resume.txt"), Path("resume.txt"), "a résumé as text")
    (degree,) = draft.data["education"]
    assert (degree["degree"], degree["institution"]) == (
        "Bachelor of Tourism Management",
        "Faculty of Economics, Business and Tourism",
    )
    assert "EQF level 6" in draft.leftovers
