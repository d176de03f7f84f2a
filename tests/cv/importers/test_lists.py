"""Reading skills and languages (:mod:`tailor.cv.importers.lists`): a field's skills section, its
labelled lines, and the lines among them that list no skills."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers import Draft
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse
from tailor.cv.importers.sections import kind_of


def draft_of(text: str) -> Draft:
    return parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")


def test_a_field_s_skills_are_skills() -> None:
    assert [kind_of(t, set_as_title=True) for t in ("RESEARCH SKILLS", "Laboratory skills", "Language skills")] == [
        "skills",
        "skills",
        "languages",
    ]
    assert kind_of("Laboratory skills") is None  # as a line's text, perhaps a group's label
    assert kind_of("Skills Trainer", set_as_title=True) is None  # a role


def test_a_labelled_line_of_names_is_no_skills_and_a_languages_line_gives_languages() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nRESEARCH SKILLS\n"
        "Languages: Dutch (fluent), Old Norse (reading)\n"
        "Fieldwork: Riksarkivet Stockholm; Harbour Museum of Tallinn; Archiv der Stadt Rostock\n"
        "Digital methods: QGIS, Transkribus, Python (basic)\n"
        "Office: Microsoft Excel, Microsoft Word\n"
    )
    assert draft.data["skills"] == ["QGIS", "Transkribus", "Python (basic)", "Microsoft Excel", "Microsoft Word"]
    assert [(lang["name"], lang["fluency"]) for lang in draft.data["languages"]] == [
        ("Dutch", "fluent"),
        ("Old Norse", "reading"),
    ]
    assert "Fieldwork: Riksarkivet Stockholm; Harbour Museum of Tallinn; Archiv der Stadt Rostock" in draft.leftovers


def test_labelled_groups_run_together_on_one_line_lose_every_label_and_a_languages_group_gives_languages() -> None:
    draft = draft_of(
        "Tomas Reyes\n\nSKILLS\n"
        "Systems: Blue Yonder, RF scanning | Methods: Kanban, 5S | Tools: Microsoft Excel "
        "| Languages: English, Portuguese (fluent)\n"
    )
    assert draft.data["skills"] == ["Blue Yonder", "RF scanning", "Kanban", "5S", "Microsoft Excel"]
    assert [(lang["name"], lang.get("fluency")) for lang in draft.data["languages"]] == [
        ("English", None),
        ("Portuguese", "fluent"),
    ]


def test_a_label_s_list_of_commas_ends_at_a_bar_and_the_bars_after_it_part_unlabelled_skills() -> None:
    """ "Systems: Blue Yonder, Korber | forklift operation | Microsoft Excel": the label's items are the ones its
    commas part; a bar then starts the next item of the line, which no label names."""
    draft = draft_of(
        "Tomas Reyes\n\nSKILLS\n"
        "Systems: Blue Yonder, Korber WMS | forklift operation, reach truck | Microsoft Excel | cycle counting\n"
    )
    assert draft.data["skills"] == [
        "Blue Yonder",
        "Korber WMS",
        "forklift operation",
        "reach truck",
        "Microsoft Excel",
        "cycle counting",
    ]
    assert draft.skill_groups == {"Blue Yonder": "Systems", "Korber WMS": "Systems"}


def test_a_label_over_items_parted_only_by_bars_labels_them_all() -> None:
    draft = draft_of("Tomas Reyes\n\nSKILLS\nSystems: Blue Yonder | Korber WMS | Manhattan SCALE\n")
    assert draft.skill_groups == {"Blue Yonder": "Systems", "Korber WMS": "Systems", "Manhattan SCALE": "Systems"}


def test_labelled_groups_set_in_two_columns_by_a_tab_are_each_a_group() -> None:
    # A Word résumé's skills table without a table: two groups on a line, the second after a tab stop.
    draft = draft_of(
        "Marisol Hale\n\nSKILLS\nLanguages: Python, SQL, Bash\tCloud: AWS, GCP\nOrchestration: Airflow, Luigi\t"
        "Modeling: dbt, Data Vault\n"
    )
    assert draft.data["skills"] == ["Python", "SQL", "Bash", "AWS", "GCP", "Airflow", "Luigi", "dbt", "Data Vault"]


def test_skills_joined_by_and_are_each_a_skill_where_tailor_knows_every_one_and_not_the_whole() -> None:
    draft = draft_of(
        "Dana Okafor\n\nSKILLS\n"
        "Python, SQL and R\nMicrosoft Excel & PowerPoint\nLooker, Tableau and Power BI\n"
        "research and development, Health and Safety, bilingual English and Spanish\n"
    )
    assert draft.data["skills"] == [
        "Python",
        "SQL",
        "R",
        "Microsoft Excel",
        "PowerPoint",
        "Looker",
        "Tableau",
        "Power BI",
        "research and development",  # one thing; neither word a skill tailor knows alone
        "Health and Safety",
        "bilingual English and Spanish",
    ]


def test_in_a_list_whose_items_hold_and_each_item_is_whole_and_only_a_lists_last_and_joins_two_skills() -> None:
    draft = draft_of(
        "Rosa Quintal\n\nSKILLS\n"
        "Food cost control, HACCP, Catering and banquets, Staff training and scheduling, Butchery\n"
        "Menu development, Inventory management, Toast POS and OpenTable\n"
    )
    assert draft.data["skills"] == [
        "Food cost control",
        "HACCP",
        "Catering and banquets",  # the "and" of an item among others, as in the item after it
        "Staff training and scheduling",
        "Butchery",
        "Menu development",
        "Inventory management",
        "Toast POS",  # the list's last "and": two of its items
        "OpenTable",
    ]


def test_each_group_a_semicolon_closes_is_a_list_of_its_own_and_an_acronyms_plural_is_known() -> None:
    draft = draft_of(
        "Marcus Bell\n\nSKILLS\nSwitchgear, MCCs & VFDs; Catering and banquets; Change orders & pay applications\n"
    )
    assert draft.data["skills"] == [
        "Switchgear",
        "MCCs",  # the group's last "and" joins two skills tailor knows, the motor control centre's in the plural
        "VFDs",
        "Catering and banquets",  # a group of one item pairing common words, as a line of its own
        "Change orders & pay applications",
    ]


def test_a_line_of_its_own_pairing_common_words_is_one_skill_and_one_pairing_names_is_two() -> None:
    draft = draft_of("Rosa Quintal\n\nSKILLS\nCatering and banquets\nSQL & VBA\nPlating\n")
    assert draft.data["skills"] == ["Catering and banquets", "SQL", "VBA", "Plating"]


def test_sub_headings_under_skills_label_groups_and_every_group_s_items_are_skills() -> None:
    draft = draft_of(
        "# Rafael Ortiz\n\n## Technical Skills\n\n"
        "### Systems & Infrastructure\n- **Virtualization:** Proxmox, VMware ESXi\n\n"
        "### Network & Security\n- VPN Configuration\n- Security Monitoring\n\n### Hardware\n- Server Building\n"
    )
    assert draft.data["skills"] == [
        "Proxmox",
        "VMware ESXi",
        "VPN Configuration",
        "Security Monitoring",
        "Server Building",
    ]
    assert not draft.leftovers


def test_a_wrapped_sentence_s_line_that_starts_with_a_title_word_starts_no_section() -> None:
    assert kind_of("systems with multivalued action-angle variables. Dynamical") is None
    assert kind_of("tools for the night shift") is None
    assert [kind_of(t) for t in ("Systems", "Tools and Technologies", "Skills & Tools we used")] == ["skills"] * 3
    assert kind_of("Technologies used:") == kind_of("Tools & Protocols", set_as_title=True) == "skills"


def test_a_skill_s_level_drawn_as_dots_or_stars_is_no_part_of_its_name() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nSKILLS\nJourney Mapping ●●●●○\nCard Sorting ★★★☆☆\nSurvey Design ▰▰▰▱▱, Tree Testing\n"
    )
    assert draft.data["skills"] == ["Journey Mapping", "Card Sorting", "Survey Design", "Tree Testing"]
    assert any("levels drawn" in note.message for note in draft.notes)


def test_a_language_s_level_drawn_as_dots_is_its_fluency_as_drawn() -> None:
    # A designed résumé draws how well each language is spoken as it draws a skill's level; a language has a place
    # for it (its fluency), which keeps the dots as drawn: tailor writes no word of a level the CV does not.
    draft = draft_of("Marisol Vega\n\nLANGUAGES\nSpanish ●●●●●\nPortuguese ●●●○○\nFrench (conversational)\n")
    assert draft.data["languages"] == [
        {"name": "Spanish", "fluency": "●●●●●"},
        {"name": "Portuguese", "fluency": "●●●○○"},
        {"name": "French", "fluency": "conversational"},
    ]


def test_skills_set_apart_by_a_web_page_s_style_alone_are_each_a_skill() -> None:
    from tailor.cv.importers.layout import read_html

    page = (
        "<html><body><h1>Ines Marlowe</h1><p>ines@example.com</p><h2>Skills</h2>"
        '<div><span class="chip">Card Sorting</span><span class="chip">Service Design</span>'
        '<span class="chip">Miro</span></div></body></html>'
    )
    draft = parse(read_html(page.encode("utf-8"), "about.html"), Path("about.html"), "a résumé as a web page")
    assert draft.data["skills"] == ["Card Sorting", "Service Design", "Miro"]


def test_a_line_of_columns_that_are_no_skill_names_stays_one_item() -> None:
    draft = draft_of("Ines Marlowe\n\nSKILLS\nMiro\tExpert\tRan remote workshops for distributed teams.\n")
    assert draft.data["skills"] == ["Miro Expert Ran remote workshops for distributed teams."]


def test_a_bilingual_line_among_the_skills_gives_each_language_it_names() -> None:
    draft = draft_of(
        "Tomasz Beaulieu\n\nSKILLS\nInventory control, RF scanning\nBilingual: English / Polish\n"
        "Trilingual: French, Italian, Greek\nTools: TCP/IP, CI/CD\n"
    )
    assert [lang["name"] for lang in draft.data["languages"]] == ["English", "Polish", "French", "Italian", "Greek"]
    # A slash between other names is no pair of languages: "TCP/IP" stays one skill.
    assert draft.data["skills"] == ["Inventory control", "RF scanning", "TCP/IP", "CI/CD"]
    assert not any("Bilingual" in note.message for note in draft.notes)


def test_a_language_with_how_well_it_is_spoken_among_unlabelled_skills_is_a_language_a_skills_level_none() -> None:
    draft = draft_of(
        "Tomasz Beaulieu\n\nSKILLS\nFire suppression, vehicle extrication, Spanish (conversational)\n"
        "Python (Advanced), German (B2), Spanish\n"
    )
    assert draft.data["languages"] == [
        {"name": "Spanish", "fluency": "conversational"},
        {"name": "German", "fluency": "B2"},
    ]
    # A skill's level is no fluency, and a language with no level may be listed as a skill: both stay skills.
    assert draft.data["skills"] == ["Fire suppression", "vehicle extrication", "Python (Advanced)", "Spanish"]


def test_a_language_with_its_own_name_and_a_level_set_apart_among_the_skills_is_a_language() -> None:
    draft = draft_of(
        "Dana Whitlow\n\nSKILLS\nPatient education · Infection control · Vietnamese (Tiếng Việt) — native\n"
        "Wound care, German: B2\n"
    )
    assert draft.data["languages"] == [
        {"name": "Vietnamese (Tiếng Việt)", "fluency": "native"},
        {"name": "German", "fluency": "B2"},
    ]
    assert draft.data["skills"] == ["Patient education", "Infection control", "Wound care"]


def test_languages_joined_by_and_in_a_list_are_each_a_language_and_share_a_level_given_after_the_last() -> None:
    draft = draft_of(
        "Ana Lopez\n\nSKILLS\nMicrosoft Excel, Microsoft Word\nLanguages: French, Italian and Greek (basic)\n"
        "\nLANGUAGES\nEnglish & Spanish\nSpanish (reading and writing)\n"
    )
    assert [(lang["name"], lang["fluency"]) for lang in draft.data["languages"]] == [
        ("French", None),
        ("Italian", "basic"),
        ("Greek", "basic"),
        ("English", None),
        ("Spanish", None),
        ("Spanish", "reading and writing"),
    ]


def test_a_label_set_apart_by_a_gap_before_its_list_is_the_group_of_its_skills() -> None:
    # A PDF's skills table: the label column, a wide gap, the list; a gap before no list is part of a skill.
    draft = draft_of(
        "Ines Varga\n\nEXPERIENCE\nMarlowe LLP\t2021 – 2025\nAssociate\n• Drafted motions.\n\nSKILLS\n"
        "Litigation\tMotion practice, legal research, depositions\nSoftware\tWestlaw, Clio\nPython\t5 years\n"
    )
    assert draft.data["skills"] == [
        "Motion practice",
        "legal research",
        "depositions",
        "Westlaw",
        "Clio",
        "Python 5 years",
    ]
    assert draft.skill_groups == {
        "Motion practice": "Litigation",
        "legal research": "Litigation",
        "depositions": "Litigation",
        "Westlaw": "Software",
        "Clio": "Software",
    }


def test_a_labelled_line_of_products_named_with_for_is_skills() -> None:
    # Products are named "X for Y" as institutions are named "X of Y"; only "of" and its kin mark the latter.
    draft = draft_of(
        "Ines Marlowe\n\nSKILLS\n"
        "Endpoint: Contoso Falconer, Fabrikam Shield for Endpoint\n"
        "Fieldwork: Riksarkivet Stockholm; Harbour Museum of Tallinn; Archiv der Stadt Rostock\n"
    )
    assert draft.data["skills"] == ["Contoso Falconer", "Fabrikam Shield for Endpoint"]
    assert "Fieldwork: Riksarkivet Stockholm; Harbour Museum of Tallinn; Archiv der Stadt Rostock" in draft.leftovers


def test_skills_each_set_as_inline_code_in_markdown_are_each_a_skill() -> None:
    text = "# Ines Marlowe\n\n## Skills\n\n`Wireshark` `Nessus`  `Fabrikam Shield`\n\n`Contoso Query Language`, `KQL`\n"
    draft = parse(read_text(text.encode("utf-8"), "resume.md"), Path("resume.md"), "a Markdown résumé")
    assert draft.data["skills"] == ["Wireshark", "Nessus", "Fabrikam Shield", "Contoso Query Language", "KQL"]


def test_a_readmes_badges_under_skills_are_each_a_skill_and_other_pictures_say_nothing() -> None:
    text = (
        "# Ines Marlowe\n\n![Photo of Ines](ines.jpg)\n"
        "[![GitHub](https://img.shields.io/badge/GitHub-ines-black)](https://github.com/ines)\n\n## Tools\n\n"
        "![Splunk](https://img.shields.io/badge/-Splunk-black) ![Fabrikam Shield](https://img.shields.io/badge/x-red)\n"
    )
    draft = parse(read_text(text.encode("utf-8"), "resume.md"), Path("resume.md"), "a Markdown résumé")
    assert draft.data["skills"] == ["Splunk", "Fabrikam Shield"]
    assert not any("Photo" in line for line in draft.leftovers)
    assert "headline" not in draft.data  # a linked badge names its link: no headline


def test_a_skills_tables_languages_row_gives_languages_and_its_other_rows_skills(tmp_path: Path) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Odile Farrant")
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph("Buyer, Kestrel Supply\t2015 - 2024")
    document.add_paragraph("Negotiated supplier contracts.", style="List Bullet")
    document.add_heading("SKILLS", 1)
    table = document.add_table(rows=0, cols=2)
    for label, items in [("Systems", "SAP Ariba, Coupa, Microsoft Excel"), ("Languages", "French (native), German")]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = label, items
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    assert draft.data["skills"] == [  # the row's label is their group
        {"name": "SAP Ariba", "group": "Systems"},
        {"name": "Coupa", "group": "Systems"},
        {"name": "Microsoft Excel", "group": "Systems"},
    ]
    assert [(lang["name"], lang.get("fluency")) for lang in draft.data["languages"]] == [
        ("French", "native"),
        ("German", None),
    ]


def test_a_grid_of_skills_whose_first_cell_names_a_product_with_a_number_is_a_skill_a_cell(tmp_path: Path) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Odile Farrant")
    document.add_heading("CORE SKILLS", 1)
    table = document.add_table(rows=0, cols=3)
    for cells in [
        ("Travel Coordination", "Minute Taking", "Concur"),
        ("Office 365 (Outlook, Teams, OneDrive)", "Expense Reports", "ISO 9001 Audits"),
        ("Python", "5+ years", "Expert"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph("Executive Assistant, Kestrel Supply\t2015 - 2024")
    document.add_paragraph("Ran the director's calendar.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    # A number after a name's first word is part of the name ("Office 365"), no sign of a label's row; a row with a
    # count of years in it is no grid of names, and its first cell labels it as before.
    assert draft.data["skills"][:6] == [
        "Travel Coordination",
        "Minute Taking",
        "Concur",
        "Office 365 (Outlook, Teams, OneDrive)",
        "Expense Reports",
        "ISO 9001 Audits",
    ]
    assert "Python" not in draft.data["skills"][:6]
    assert not any("Office 365" in note.message for note in draft.notes)


def test_a_readmes_badges_under_the_name_are_listed_with_a_comma_and_no_space_before_it() -> None:
    text = (
        "# Oriel Vance\n\n"
        "![Kiln Safety](https://img.shields.io/badge/x-red) ![Glaze Chemistry](https://img.shields.io/badge/y-blue) "
        "![Wheel](https://img.shields.io/badge/z-green)\n\n"
        "## Experience\n\n### Potter — Claybank Studio\n*2019 – 2024*\n\n- Threw 40 pots a week\n"
    )
    draft = parse(read_text(text.encode("utf-8"), "resume.md"), Path("resume.md"), "a Markdown résumé")
    assert draft.data["headline"] == "Kiln Safety, Glaze Chemistry, Wheel"


def test_a_bar_tight_between_a_name_s_last_letters_is_part_of_it_and_other_bars_part_items() -> None:
    draft = draft_of(
        "Tomek Nowak\n\nSKILLS\nPlatforms: PlayStation 5, Xbox Series X|S, Nintendo Switch\n"
        "Languages: C++|C#|Lua | Python\n"
    )
    assert draft.data["skills"] == ["PlayStation 5", "Xbox Series X|S", "Nintendo Switch", "C++", "C#", "Lua", "Python"]


def test_the_aircraft_a_mechanic_or_pilot_worked_on_are_skills_not_a_role() -> None:
    # "Aircraft Experience" ends in "experience", but lists the types worked on: names, with no dates or duties.
    draft = draft_of(
        "Jo Marsh\n\nAIRCRAFT EXPERIENCE\nBoeing 757, Airbus A320, Cessna Caravan\n\n"
        "EXPERIENCE\nLine Mechanic, Harbor Air, 2019 – Present\n- Cleared deferred items before first departure\n"
    )
    assert [role["employer"] for role in draft.data["experience"]] == ["Harbor Air"]
    assert draft.data["skills"] == ["Boeing 757", "Airbus A320", "Cessna Caravan"]
    assert kind_of("Equipment Operated") == "skills"


def test_the_equipment_a_service_technician_worked_on_is_skills() -> None:
    draft = draft_of(
        "Jo Marsh\n\nEQUIPMENT SERVICED\nRooftop units; water-cooled chillers; steam boilers; ice machines\n\n"
        "EXPERIENCE\nService Technician, Harbor Mechanical, 2019 – Present\n- Cleared every call on the first visit\n"
    )
    assert draft.data["skills"] == ["Rooftop units", "water-cooled chillers", "steam boilers", "ice machines"]
    assert [role["employer"] for role in draft.data["experience"]] == ["Harbor Mechanical"]
    assert {kind_of(h) for h in ("Equipment Experience", "Equipment", "Systems Serviced", "Tools & Equipment")} == {
        "skills"
    }


def test_the_software_and_field_equipment_a_scientist_lists_apart_are_skills() -> None:
    # A résumé template's sidebar sets the programs and the instruments under titles of their own, beside Skills.
    draft = draft_of(
        "Jo Marsh\n\nSOFTWARE\nArcGIS Pro, AutoCAD Civil 3D, EQuIS\n\nFIELD EQUIPMENT\nPID/FID, XRF, YSI sondes\n\n"
        "EXPERIENCE\nStaff Geologist, Harbor Environmental, 2019 – Present\n- Logged soil borings\n"
    )
    assert draft.data["skills"] == ["ArcGIS Pro", "AutoCAD Civil 3D", "EQuIS", "PID/FID", "XRF", "YSI sondes"]
    assert [role["employer"] for role in draft.data["experience"]] == ["Harbor Environmental"]
    assert {kind_of(h, set_as_title=True) for h in ("Software", "Laboratory Equipment", "Instrumentation")} == {
        "skills"
    }
    # A sentence's line that opens with the word is no title.
    assert kind_of("Software used to model the plume") is None


def test_words_that_share_the_head_of_a_skill_are_one_skill_and_a_list_of_skills_stays_apart() -> None:
    # "Soil, groundwater & soil-gas sampling" is three kinds of sampling, written once: no "Soil" alone.
    draft = draft_of(
        "Jo Marsh\n\nSKILLS\n- Soil, groundwater & soil-gas sampling\n- Budgeting, forecasting & variance analysis\n"
        "- Vapor intrusion assessment\n\nEXPERIENCE\nStaff Geologist, Harbor Environmental, 2019 – Present\n"
        "- Logged soil borings\n"
    )
    assert draft.data["skills"] == [
        "Soil, groundwater & soil-gas sampling",
        "Budgeting",
        "forecasting",
        "variance analysis",
        "Vapor intrusion assessment",
    ]


def test_words_that_share_a_skills_head_amid_a_longer_list_are_one_skill_and_the_rest_stay_apart() -> None:
    # "Shop: MIG, TIG and stick welding, forklift, Fleetio": the kinds of welding are one item of the list, written
    # once, however many skills come after it; no "MIG" alone beside "TIG and stick welding".
    draft = draft_of(
        "Jo Marsh\n\nSKILLS\nShop: MIG, TIG and stick welding, forklift operation, Fleetio\n"
        "Field: Soil, groundwater & soil-gas sampling, GPS, ArcGIS\n\nEXPERIENCE\n"
        "Fabricator, Harbor Steel, 2019 – Present\n- Welded trailer frames\n"
    )
    assert draft.data["skills"] == [
        "MIG, TIG and stick welding",
        "forklift operation",
        "Fleetio",
        "Soil, groundwater & soil-gas sampling",
        "GPS",
        "ArcGIS",
    ]


def test_a_welders_processes_are_skills_and_a_line_of_names_in_capitals_is_no_title() -> None:
    draft = draft_of(
        "Jo Marsh\n\nWELDING PROCESSES\nSMAW, GMAW, FCAW, GTAW\n\n"
        "EXPERIENCE\nStructural Welder, Harbor Steel, 2019 – Present\n- Welded columns to D1.1\n"
    )
    assert draft.data["skills"] == ["SMAW", "GMAW", "FCAW", "GTAW"]
    assert [role["employer"] for role in draft.data["experience"]] == ["Harbor Steel"]
    # A title of several kinds in capitals, between commas, stays a title.
    honours = draft_of("Jo Marsh\n\nHONORS, AWARDS\nDean's List, 2018\n")
    assert not any("HONORS" in line for line in honours.leftovers)


def test_a_labelled_group_after_a_lines_unlabelled_skills_is_read_as_what_it_lists() -> None:
    draft = draft_of(
        "Tomasz Beaulieu\n\nSKILLS\nInventory control • Cycle counts • Bilingual: English and Polish\n"
        "Forklift operation | RF scanning | Certifications: OSHA 10\n"
    )
    assert [lang["name"] for lang in draft.data["languages"]] == ["English", "Polish"]
    assert draft.data["skills"] == ["Inventory control", "Cycle counts", "Forklift operation", "RF scanning"]
    assert [cert["name"] for cert in draft.data["certificates"]] == ["OSHA 10"]


def test_a_language_s_level_in_brackets_on_the_line_under_it_is_its_level() -> None:
    # A narrow column breaks "Polish (conversational)" before its bracket: one language, not a nameless level.
    draft = draft_of(
        "Ana Kowalska\nana@example.com\n\nEXPERIENCE\nNurse, Mercy Hospital, 2019 - 2023\n"
        "- Cared for 20 patients a shift.\n\nLANGUAGES\nEnglish\n(native)\nPolish\n(conversational)\n"
    )
    assert draft.data["languages"] == [
        {"name": "English", "fluency": "native"},
        {"name": "Polish", "fluency": "conversational"},
    ]


def test_a_labelled_line_of_memberships_among_skills_is_kept_for_the_owner_not_a_group_of_skills() -> None:
    # "Memberships: NAVTA, PAVT, AVTAA" under the skills had been a group of three skills named for the bodies.
    draft = draft_of(
        "Dana Roux\n\nSKILLS\n"
        "Anesthesia: capnography, CRIs, mechanical ventilation\n"
        "Memberships: NAVTA, PAVT, AVTAA\n"
        "Professional Affiliations: American Nurses Association; Sigma Theta Tau\n"
    )
    assert draft.data["skills"] == ["capnography", "CRIs", "mechanical ventilation"]
    assert "Memberships: NAVTA, PAVT, AVTAA" in draft.leftovers
    assert "Professional Affiliations: American Nurses Association; Sigma Theta Tau" in draft.leftovers


def test_a_competencies_grid_whose_cell_names_a_method_by_a_number_and_letter_is_a_skill_a_cell(tmp_path: Path) -> None:
    import docx

    from tailor.cv.importers import import_cv

    document = docx.Document()
    document.add_paragraph("Tobiah Wrenfield")
    document.add_heading("CORE COMPETENCIES", 1)
    table = document.add_table(rows=0, cols=3)
    for cells in [
        ("▪ Value Stream Mapping", "▪ Kaizen Events", "▪ Standard Work"),
        ("▪ Root Cause Analysis", "▪ 5S / Visual Management", "▪ 8D Problem Solving"),
        ("▪ 3D Printing", "▪ Line Balancing", "▪ TPM"),
    ]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("EXPERIENCE", 1)
    document.add_paragraph("Continuous Improvement Engineer, Brantwell Foundry\t2016 - 2024")
    document.add_paragraph("Ran kaizen events on the core room.", style="List Bullet")
    document.save(tmp_path / "cv.docx")
    draft = import_cv(tmp_path / "cv.docx")
    # "5S", "8D" or "3D" opens with a number, as a count does, but its letter follows with no space: it is a name,
    # and its row a row of skills, not a label ("Root Cause Analysis") over the rest with its list mark.
    assert draft.data["skills"] == [
        "Value Stream Mapping",
        "Kaizen Events",
        "Standard Work",
        "Root Cause Analysis",
        "5S / Visual Management",
        "8D Problem Solving",
        "3D Printing",
        "Line Balancing",
        "TPM",
    ]


def test_the_years_a_job_board_sets_beside_each_skill_are_kept_aside_and_the_skill_is_its_name() -> None:
    # Indeed's résumé sets after each skill the years of experience its owner picked ("CDL Class A (10+ years)"):
    # printed on a tailored résumé they ran beside every skill, and no posting names a skill so.
    draft = draft_of(
        "Verna Haskett\nverna@example.org\n\nWork Experience\n\nBulk Driver\nCedar Valley Gas Company - Ames, IA\n"
        "May 2015 to Present\n- Hauled propane to 40 farms a week.\n\nSkills\n\n• CDL Class A (10+ years)\n"
        "• Hazmat (8 years)\n• Forklift (Less than 1 year)\n• Pre-trip inspection\n• Microsoft Excel (2016)\n"
    )
    assert draft.data["skills"] == [
        "CDL Class A",
        "Hazmat",
        "Forklift",
        "Pre-trip inspection",
        "Microsoft Excel (2016)",
    ]
    assert (
        "Years beside each skill: CDL Class A 10+ years; Hazmat 8 years; Forklift Less than 1 year" in draft.leftovers
    )


def test_the_level_a_resume_builder_sets_beside_each_skill_is_kept_aside_and_the_skill_is_its_name() -> None:
    # Resume.io and Zety export each skill with the level its owner picked after a dash ("Lesson planning — Expert"):
    # printed on a tailored résumé it ran beside every skill, and no posting names a skill so. A dash before anything
    # else is part of the name, and a level in brackets the owner's own word on it.
    draft = draft_of(
        "Odile Fenwick\nodile@example.org\n\nEmployment History\n\nToddler Teacher, Maplewood Learning Center\n"
        "Jun 2016 – Present\n- Planned sensory play for 12 toddlers.\n\nSkills\n\n• Lesson planning — Expert\n"
        "• Procare – Skillful\n• Family engagement - Experienced\n• Lean Six Sigma – Green Belt\n• Python (basic)\n"
    )
    assert draft.data["skills"] == [
        "Lesson planning",
        "Procare",
        "Family engagement",
        "Lean Six Sigma – Green Belt",
        "Python (basic)",
    ]
    assert (
        "Levels beside each skill: Lesson planning Expert; Procare Skillful; Family engagement Experienced"
        in draft.leftovers
    )


def test_a_long_label_naming_a_kind_of_skills_labels_its_line() -> None:
    # Europass labels its skills at length: the label is the group's, no part of the first skill.
    draft = draft_of(
        "Mirela Kovač\nmirela@example.org\n\nPERSONAL SKILLS\n"
        "Organisational / managerial skills: budgeting, forecasting, labour scheduling\n"
    )
    assert draft.data["skills"] == ["budgeting", "forecasting", "labour scheduling"]
    assert set(draft.skill_groups.values()) == {"Organisational / managerial skills"}
    # A sentence with a colon among skills is no label for its length alone.
    other = draft_of("Mirela Kovač\nmirela@example.org\n\nSKILLS\nHandled the daily arrivals of guests: VIPs\n")
    assert not draft_of("Mirela Kovač\nmirela@example.org\n\nSKILLS\nOPERA PMS\n").skill_groups
    assert "Handled the daily arrivals of guests" not in set(other.skill_groups.values())


def test_the_full_stop_that_ends_a_line_of_skills_is_no_part_of_its_last_skill() -> None:
    draft = draft_of(
        "Mirela Kovač\nmirela@example.org\n\nSKILLS\nJob-related skills: guest recovery, PCI DSS and GDPR compliance.\n"
        "Reporting: night audit, KPI reporting (ADR, RevPAR).\nTools: Opera PMS, Protel etc.\n"
    )
    assert draft.data["skills"][1:4] == ["PCI DSS and GDPR compliance", "night audit", "KPI reporting (ADR, RevPAR)"]
    assert draft.data["skills"][-1] == "Protel etc."  # an abbreviation keeps its stop


def test_a_label_without_a_colon_over_a_list_in_plain_text_names_its_group_and_is_no_skill() -> None:
    # A plain-text résumé has no bold: its groups' names stand on lines of their own over their lists.
    draft = draft_of(
        "Dana Whitfield\ndana@example.com\n\nSKILLS\n"
        "Field Operations\nScheduling, site logistics, crane lift planning\n"
        "Software\n- Procore\n- Bluebeam Revu\n\nEXPERIENCE\nSuperintendent, Acme Builders, Reno, NV   2018 - Present\n"
        "- Ran jobs.\n"
    )
    assert draft.data["skills"] == ["Scheduling", "site logistics", "crane lift planning", "Procore", "Bluebeam Revu"]
    assert draft.skill_groups["site logistics"] == "Field Operations"
    assert draft.skill_groups["Procore"] == "Software"


def test_skills_one_to_a_line_over_a_list_are_skills_not_its_label() -> None:
    # A name the lexicon knows ("Bluebeam Revu") is a skill listed one to a line, whatever stands under it.
    draft = draft_of(
        "Dana Whitfield\ndana@example.com\n\nSKILLS\nProcore\nBluebeam Revu\nScheduling, site logistics, QA/QC\n"
    )
    assert draft.data["skills"][:2] == ["Procore", "Bluebeam Revu"]
    assert "Bluebeam Revu" not in draft.skill_groups.values()


def test_a_bold_label_over_chips_wrapped_two_a_line_in_a_pdf_sidebar_labels_them_all() -> None:
    from tailor.cv.importers.line import Line

    lines = [
        Line("Tomasz Wieczorek", bold=True, size=22),
        Line("tomasz@example.com", size=8.5),
        Line("SKILLS", bold=True, size=10),
        Line("Wound Care", bold=True, size=8.5),
        Line("Wound vac\tDebridement", size=8),
        Line("Ostomy care\tSkin grafts\tDressings", size=8),
        Line("Charting", bold=True, size=8.5),
        Line("Epic\tCerner", size=8),
        Line("Meditech", size=8),
    ]
    lines = [
        Line(each.text, marked=each.text, bold=each.bold, size=each.size, number=n) for n, each in enumerate(lines, 1)
    ]
    draft = parse(lines, Path("resume.pdf"), "a PDF résumé")
    wound_care = ["Wound vac", "Debridement", "Ostomy care", "Skin grafts", "Dressings"]
    assert draft.data["skills"] == [*wound_care, "Epic", "Cerner", "Meditech"]
    assert draft.skill_groups == {
        **dict.fromkeys(wound_care, "Wound Care"),
        **dict.fromkeys(["Epic", "Cerner", "Meditech"], "Charting"),
    }


def test_a_language_s_own_name_in_brackets_stays_with_it_and_the_level_after_a_dash_is_its_fluency() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nLANGUAGES\nWelsh (Cymraeg) – Native\nGreek (Ελληνικά) - Conversational\nSpanish (fluent)\n"
    )
    assert draft.data["languages"] == [
        {"name": "Welsh (Cymraeg)", "fluency": "Native"},
        {"name": "Greek (Ελληνικά)", "fluency": "Conversational"},
        {"name": "Spanish", "fluency": "fluent"},
    ]


def test_a_bracket_after_a_language_that_names_no_level_stays_with_its_name() -> None:
    # "Polski" is Polish in Polish and "Mandarin" which Chinese: the name as written, no fluency. A level, or an
    # exam's with its grade, is the fluency still.
    draft = draft_of(
        "Ines Marlowe\n\nLANGUAGES\nPolish (Polski), Chinese (Mandarin), Ukrainian (Українська)\n"
        "English (Native), French (DELF B2), Japanese (JLPT N2), Arabic (reading only)\n"
    )
    assert draft.data["languages"] == [
        {"name": "Polish (Polski)", "fluency": None},
        {"name": "Chinese (Mandarin)", "fluency": None},
        {"name": "Ukrainian (Українська)", "fluency": None},
        {"name": "English", "fluency": "Native"},
        {"name": "French", "fluency": "DELF B2"},
        {"name": "Japanese", "fluency": "JLPT N2"},
        {"name": "Arabic", "fluency": "reading only"},
    ]


def test_a_language_s_own_name_and_its_level_in_one_bracket_are_each_kept_where_they_belong() -> None:
    # "Japanese (日本語, basic)": the bracket holds the language's own name, then a comma and how well it is known.
    draft = draft_of("Ines Marlowe\n\nLANGUAGES\nJapanese (日本語, basic), Greek (Ελληνικά, B1), Hindi (हिन्दी)\n")
    assert draft.data["languages"] == [
        {"name": "Japanese (日本語)", "fluency": "basic"},
        {"name": "Greek (Ελληνικά)", "fluency": "B1"},
        {"name": "Hindi (हिन्दी)", "fluency": None},
    ]


def test_a_labelled_line_of_skills_an_email_wrapped_after_a_comma_goes_on_in_the_next() -> None:
    """An e-mail wraps at 72 characters: the items below a line that ends in a comma are still its label's, and a
    line that opens a label of its own starts the next group."""
    draft = draft_of(
        "Marisol Ekwueme\n\nSKILLS\n"
        "Clinical: wound care, IV therapy, telemetry monitoring, phlebotomy,\n"
        "patient education, discharge planning\n"
        "Systems: Epic, Cerner,\n"
        "Pyxis MedStation\n"
        "Certifications: BLS, ACLS\n"
    )
    assert draft.skill_groups == {
        "wound care": "Clinical",
        "IV therapy": "Clinical",
        "telemetry monitoring": "Clinical",
        "phlebotomy": "Clinical",
        "patient education": "Clinical",
        "discharge planning": "Clinical",
        "Epic": "Systems",
        "Cerner": "Systems",
        "Pyxis MedStation": "Systems",
    }
    # Each wrapped line's items are skills, word for word, once each.
    assert draft.data["skills"][:9] == list(draft.skill_groups)


def test_a_skills_line_that_ends_in_a_comma_over_a_label_of_its_own_stays_apart_from_it() -> None:
    draft = draft_of("Ray Osei\n\nSKILLS\nSoftware: Procore, Bluebeam,\nContracts: GMP, design-build\n")
    assert draft.skill_groups == {
        "Procore": "Software",
        "Bluebeam": "Software",
        "GMP": "Contracts",
        "design-build": "Contracts",
    }


def test_a_labelled_skills_line_an_email_wrapped_inside_a_name_goes_on_in_the_next() -> None:
    """The line under a labelled list that opens in small letters is the rest of the name it broke, and of the
    label's list: "change" over "order management" is one skill."""
    draft = draft_of(
        "Ray Osei\n\nEXPERIENCE\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n"
        "- Ran the pours for three bridge decks on the county's river crossing job.\n\n"
        "SKILLS\nProject Controls: CPM scheduling, cost forecasting, earned value, change\n"
        "order management, subcontractor buyout\n"
        "Contracts: GMP, design-build\n"
    )
    assert draft.skill_groups == {
        "CPM scheduling": "Project Controls",
        "cost forecasting": "Project Controls",
        "earned value": "Project Controls",
        "change order management": "Project Controls",
        "subcontractor buyout": "Project Controls",
        "GMP": "Contracts",
        "design-build": "Contracts",
    }


def test_a_labelled_skills_line_a_text_wrapped_inside_a_name_before_a_capital_goes_on_in_the_next() -> None:
    """A line wrapped at a width breaks inside a name where the name's next word would not fit: "Bluebeam" over
    "Revu" is one skill of the label's list, a name tailor knows. A capital alone is no sign: over a list of no
    label whose first item makes no name with the last above it, the list is one of its own."""
    experience = (
        "Ray Osei\n\nEXPERIENCE\nSite Engineer\nKestrel Civil - Boise, ID\n2019 - Present\n"
        "- Ran the pours for three bridge decks on the county's river\n"
        "crossing job, with no lost-time incident in two seasons.\n\n"
    )
    wrapped = draft_of(
        f"{experience}SKILLS\nSoftware: Primavera P6, Microsoft Project, Procore, Bluebeam\n"
        "Revu, Viewpoint Vista, AutoCAD Civil 3D\nContracts: GMP, design-build\n"
    )
    assert wrapped.skill_groups == {
        "Primavera P6": "Software",
        "Microsoft Project": "Software",
        "Procore": "Software",
        "Bluebeam Revu": "Software",
        "Viewpoint Vista": "Software",
        "AutoCAD Civil 3D": "Software",
        "GMP": "Contracts",
        "design-build": "Contracts",
    }
    apart = draft_of(
        f"{experience}SKILLS\nSoftware: Primavera P6, Microsoft Project, Procore, Bluebeam\n"
        "AutoCAD, Revit, Navisworks\n"
    )
    assert apart.data["skills"][3:] == ["Bluebeam", "AutoCAD", "Revit", "Navisworks"]
