"""Reading a publications section (:mod:`tailor.cv.importers.publications`): citations in the styles
people write them, the labels of their groups, and citations wrapped over lines."""

from __future__ import annotations

from pathlib import Path

from tailor.cv.importers import Draft
from tailor.cv.importers.layout import read_text
from tailor.cv.importers.resume import parse


def draft_of(text: str) -> Draft:
    return parse(read_text(text.encode("utf-8"), "resume.txt"), Path("resume.txt"), "a résumé as text")


def triples(draft: Draft) -> list[tuple[str, str, str]]:
    return [(p["year"], p["title"], p["venue"]) for p in draft.data["publications"]]


def test_chicago_citations_give_the_work_s_title_its_venue_and_its_year() -> None:
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nPUBLICATIONS\n"
        "Marlowe, Ines. The Salt Roads: Merchants and Monks in the Baltic. Cambridge: Fenwick University Press, 2021.\n"
        "Marlowe, Ines. “Ledgers of the Dead: Probate and Piety, 1350–1450.” Northern History Review 41, no. 3 "
        "(2019): 201–230.\n"
        "Marlowe, Ines, and Teodor Vasko. “Two Inventories.” Archive Notes 7 (2018): 5–19.\n"
        "Marlowe, I. “Monks at Market.” In Trade and Faith, edited by Ana Ruiz and Bo Lind, 33–58. Leiden: "
        "Brill, 2020.\n"
        "Review of The Quiet Harbour, by Sam Odell. Coastal Studies Quarterly 12, no. 1 (2022): 90–92.\n"
    )
    assert triples(draft) == [
        ("2021", "The Salt Roads: Merchants and Monks in the Baltic", "Cambridge: Fenwick University Press"),
        (
            "2019",
            "Ledgers of the Dead: Probate and Piety, 1350–1450",
            "Northern History Review 41, no. 3 (2019): 201–230",
        ),
        ("2018", "Two Inventories", "Archive Notes 7 (2018): 5–19"),
        ("2020", "Monks at Market", "In Trade and Faith, edited by Ana Ruiz and Bo Lind, 33–58. Leiden: Brill"),
        ("2022", "Review of The Quiet Harbour, by Sam Odell", "Coastal Studies Quarterly 12, no. 1 (2022): 90–92"),
    ]
    assert "Authors of 'Two Inventories': Marlowe, Ines, and Teodor Vasko" in draft.leftovers
    (note,) = [n for n in draft.notes if n.loc == ("publications",)]
    assert note.message == (
        "each title and venue were split after the quoted title or before the journal, book or publisher: check them"
    )


def test_quoted_titles_keep_other_scripts_and_nested_quotes_and_a_quoted_word_opening_a_title_stays_in_it() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nPUBLICATIONS\n"
        "Marlowe, Ines. “‘Usury’ in the Ledger: A Merchant’s Notes.” Trade History 9 (2020): 1–20.\n"
        "Marlowe, Ines. “Τὰ βιβλία: Greek Books in a Hanse Town.” Trade History 8 (2019): 40–61.\n"
        'Marlowe, Ines. "Летопись: A Chronicle Reread." Trade History 7 (2018): 3–9.\n'
        "Marlowe, I. (2017). “Usury” in the ledger: A merchant’s notes. Trade History, 6(1), 1–20.\n"
    )
    assert [title for _, title, _ in triples(draft)] == [
        "‘Usury’ in the Ledger: A Merchant’s Notes",
        "Τὰ βιβλία: Greek Books in a Hanse Town",
        "Летопись: A Chronicle Reread",
        "“Usury” in the ledger: A merchant’s notes",
    ]
    assert triples(draft)[3][2] == "Trade History, 6(1), 1–20"


def test_a_title_in_the_brackets_japanese_and_chinese_set_titles_in_is_told_from_its_venue() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nPUBLICATIONS\n"
        "Marlowe, I. (2020). 「港町の帳簿」. 商業史研究 (Trade History), 9(1), 1–20.\n"
        "Marlowe, I. (2019). 《汉萨城市的书》 贸易史 (Trade History), 8, 40–61.\n"
        "Marlowe, I. (2018). 『港の記録』、北方史学会.\n"
    )
    assert triples(draft) == [
        ("2020", "港町の帳簿", "商業史研究 (Trade History), 9(1), 1–20"),
        ("2019", "汉萨城市的书", "贸易史 (Trade History), 8, 40–61"),
        ("2018", "港の記録", "北方史学会"),
    ]


def test_labels_of_groups_are_no_publications_and_a_wrapped_citation_is_one() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nPUBLICATIONS\nMonograph\n"
        "Marlowe, Ines. The Salt Roads. Cambridge: Fenwick University Press, 2021.\n"
        "Peer-reviewed journal articles\n"
        "Marlowe, Ines. “Two Inventories.” Archive Notes 7 (2018): 5–19.\n"
        "Book reviews\n"
        "Review of The Quiet Harbour, by Sam Odell. Coastal Studies Quarterly 12, no. 1 (2022):\n"
        "90–92.\n"
    )
    assert [title for _, title, _ in triples(draft)] == [
        "The Salt Roads",
        "Two Inventories",
        "Review of The Quiet Harbour, by Sam Odell",
    ]
    assert triples(draft)[2][2] == "Coastal Studies Quarterly 12, no. 1 (2022): 90–92"
    assert {"Monograph", "Peer-reviewed journal articles", "Book reviews"} <= set(draft.leftovers)


def test_a_line_of_authors_wrapped_at_a_comma_goes_on_but_a_particle_opens_the_next_citation() -> None:
    draft = draft_of(
        "Ines Marlowe\n\nPUBLICATIONS\n"
        "Marlowe, I., Vasko, T.,\n"
        "Lind, B. (2021) Salt and silver in the Baltic. Trade History.\n"
        "van Dijk, A., Marlowe, I. (2019) Harbour dues. Port Studies.\n"
    )
    assert triples(draft) == [
        ("2021", "Salt and silver in the Baltic", "Trade History"),
        ("2019", "Harbour dues", "Port Studies"),
    ]


def test_vancouver_citations_give_title_journal_and_year_and_keep_the_authors_aside() -> None:
    draft = draft_of(
        "Rosa Lindqvist\nrosa@example.org\n\nPUBLICATIONS\n"
        "1. Lindqvist R, Amadi CO, Petrov-Hale JK. Stress granules in primary neurons. Cell Rep. "
        "2021;17(9):2410-2425. doi:10.1000/xyz123\n"
        "2. van der Meer T, Lindqvist R, et al. Growth of E. coli on glycerol. J. Bact. Res. 2019 Dec 3;12(3):45-9.\n"
        "3. Amadi CO, Lindqvist R. Consent by video in a phase I trial? Trials Commun. 2025;44:101402.\n"
    )
    assert triples(draft) == [
        ("2021", "Stress granules in primary neurons", "Cell Rep. 2021;17(9):2410-2425. doi:10.1000/xyz123"),
        ("2019", "Growth of E. coli on glycerol", "J. Bact. Res. 2019 Dec 3;12(3):45-9"),
        ("2025", "Consent by video in a phase I trial?", "Trials Commun. 2025;44:101402"),
    ]
    assert "Authors of 'Stress granules in primary neurons': Lindqvist R, Amadi CO, Petrov-Hale JK" in draft.leftovers
    assert "Authors of 'Growth of E. coli on glycerol': van der Meer T, Lindqvist R, et al" in draft.leftovers
    assert not [n for n in draft.notes if "no year" in n.message]


def test_a_poster_cited_with_its_meeting_s_date_between_semicolons_takes_that_year() -> None:
    draft = draft_of(
        "Leona Vasquez\nleona@example.org\n\nPRESENTATIONS\n"
        "Vasquez L, Obi K. Early mobility after hip fracture repair. Poster presented at: Western Orthopaedic "
        "Nursing Conference; October 2022; Tucson, AZ.\n"
        "Vasquez L. Falls on a night shift. Presented at: Sunbelt Nursing Forum; May 3, 2019; Mesa, AZ.\n"
    )
    assert [(p["year"], p["title"]) for p in draft.data["publications"]] == [
        ("2022", "Early mobility after hip fracture repair"),
        ("2019", "Falls on a night shift"),
    ]
    assert not any("no year found" in note.message for note in draft.notes)


def test_a_year_alone_on_its_line_is_the_heading_whose_year_the_citations_below_it_take() -> None:
    draft = draft_of(
        "Mira Okonkwo\n\nPUBLICATIONS\n2024\n"
        "- Okonkwo, M. & Chen, L. Reef recovery after bleaching. Marine Ecology Progress Series.\n"
        "- Okonkwo, M. Sampling designs for reef surveys. Coral Reefs.\n"
        "2022\n"
        "- Okonkwo, M., Diaz, P. Larval dispersal in warming seas. Ecology Letters.\n"
        "- Okonkwo, M. (2021). A census of reef fish. Fish Biology.\n"
    )
    assert triples(draft) == [
        ("2024", "Reef recovery after bleaching", "Marine Ecology Progress Series"),
        ("2024", "Sampling designs for reef surveys", "Coral Reefs"),
        ("2022", "Larval dispersal in warming seas", "Ecology Letters"),
        ("2021", "A census of reef fish", "Fish Biology"),  # a citation's own year wins over its heading's
    ]
    assert not {"2024", "2022"} & set(draft.leftovers)


def test_a_clip_closing_with_its_full_date_keeps_the_date_whole_and_out_of_its_venue() -> None:
    draft = draft_of(
        "Dara Whit\ndara@example.org\n\nSELECTED PUBLICATIONS\n"
        "“Rural Clinics Stretch Thin as Nurses Leave,” The Willamette Courier, March 12, 2019\n"
        "“Salmon Runs Return to the Upper River,” Coastal Weekly, May 2021\n"
    )
    assert triples(draft) == [
        ("March 12, 2019", "Rural Clinics Stretch Thin as Nurses Leave", "The Willamette Courier"),
        ("May 2021", "Salmon Runs Return to the Upper River", "Coastal Weekly"),
    ]


def test_a_note_in_brackets_after_a_quoted_title_says_what_the_work_is_and_stays_with_the_title() -> None:
    # "(podcast series, 6 episodes)" describes the work: split at its comma, the venue would open inside it.
    draft = draft_of(
        "Dara Whit\ndara@example.org\n\nSELECTED CLIPS\n"
        "“Night Shift” (podcast series, 8 episodes), Harbor Public Radio, 2023\n"
        "“Where the Water Goes” (video), The Willamette Courier, June 2021\n"
        "“Salmon Runs Return,” Coastal Weekly, May 2020\n"
    )
    assert triples(draft) == [
        ("2023", "Night Shift (podcast series, 8 episodes)", "Harbor Public Radio"),
        ("June 2021", "Where the Water Goes (video)", "The Willamette Courier"),
        ("May 2020", "Salmon Runs Return", "Coastal Weekly"),
    ]


def test_a_preprint_s_title_ends_before_its_server_set_in_lower_case_and_its_numeric_id_stays_in_the_venue() -> None:
    draft = draft_of(
        "Ilse Varga\nilse@example.org\n\nPUBLICATIONS\n"
        "Varga IK, Mendes PR, Holm A. (2025). Prime editing maps enhancers of a cytokine receptor. bioRxiv, "
        "2025.03.11.642917.\n"
        "Holm A, Varga IK. (2024). Tolerance checkpoints in the thymus. eLife.\n"
        "Mendes PR, Holm A. (2023). Sorting rare T cells by their receptors. medRxiv.\n"
    )
    assert triples(draft) == [
        ("2025", "Prime editing maps enhancers of a cytokine receptor", "bioRxiv, 2025.03.11.642917"),
        ("2024", "Tolerance checkpoints in the thymus", "eLife"),
        ("2023", "Sorting rare T cells by their receptors", "medRxiv"),
    ]
    assert "Authors of 'Prime editing maps enhancers of a cytokine receptor': Varga IK, Mendes PR, Holm A." in (
        draft.leftovers
    )


def test_a_talk_cited_with_one_author_in_vancouver_style_or_none_takes_its_meeting_s_year_and_its_title_alone() -> None:
    draft = draft_of(
        "Ilse Varga\nilse@example.org\n\nPRESENTATIONS\n"
        "Varga IK. Thymic selection in ageing mice. Oral presentation, Northern Immunology Meeting: Tolerance; "
        "March 2023; Tromsø, Norway.\n"
        "Varga IK. (2022). Sorting rare T cells by their receptors. Western Cytometry Forum; May 2022; Boise, ID.\n"
        "Regulatory T cells in the gut. Poster, Lakeside Mucosal Symposium; June 2021; Duluth, MN.\n"
        "Scaling ML. Prairie Data Summit; April 2020; Fargo, ND.\n"
    )
    assert triples(draft) == [
        (
            "2023",
            "Thymic selection in ageing mice",
            "Oral presentation, Northern Immunology Meeting: Tolerance; March 2023; Tromsø, Norway",
        ),
        ("2022", "Sorting rare T cells by their receptors", "Western Cytometry Forum; May 2022; Boise, ID"),
        ("2021", "Regulatory T cells in the gut", "Poster, Lakeside Mucosal Symposium; June 2021; Duluth, MN"),
        # A short title before its venue is no author's name, though written as one.
        ("2020", "Scaling ML", "Prairie Data Summit; April 2020; Fargo, ND"),
    ]
    assert "Authors of 'Thymic selection in ageing mice': Varga IK" in draft.leftovers
    assert "Authors of 'Sorting rare T cells by their receptors': Varga IK." in draft.leftovers
    assert not any("no year found" in note.message for note in draft.notes)


def test_a_patent_gives_its_quoted_title_its_number_as_venue_and_the_year_it_was_issued() -> None:
    draft = draft_of(
        "Wen Adeyemi\nwen@example.org\n\nPUBLICATIONS & PATENTS\n"
        "US Patent 10,553,912 B2, “Self-aligning hinge for a medication cabinet door,” issued 2020 (co-inventor).\n"
        "U.S. Patent No. 9,871,004, “Sealed gear housing,” granted 2018.\n"
    )
    assert triples(draft) == [
        (
            "2020",
            "Self-aligning hinge for a medication cabinet door",
            "US Patent 10,553,912 B2, issued 2020 (co-inventor)",
        ),
        ("2018", "Sealed gear housing", "U.S. Patent No. 9,871,004, granted 2018"),
    ]


def test_a_patents_section_prints_under_its_own_title_and_a_year_set_before_a_patent_is_its_year() -> None:
    # moderncv's \cvitem{2020}{US Patent …}: the year in the left margin, read before the patent with a tab.
    draft = draft_of(
        "Wen Adeyemi\nwen@example.org\n\nPATENTS\n"
        "2020\tUS Patent 10,553,912 B2, “Self-aligning hinge for a medication cabinet door,” issued 2020.\n"
        "2018\tU.S. Patent No. 9,871,004, “Sealed gear housing.”\n"
    )
    assert triples(draft) == [
        ("2020", "Self-aligning hinge for a medication cabinet door", "US Patent 10,553,912 B2, issued 2020"),
        ("2018", "Sealed gear housing", "U.S. Patent No. 9,871,004"),
    ]
    assert {p["section"] for p in draft.data["publications"]} == {"Patents"}


def test_a_paragraph_listing_several_citations_gives_each_its_own_title_venue_and_year() -> None:
    # "Patents & Publications" run on as one paragraph: an author–year citation after a sentence starts another.
    draft = draft_of(
        "Wen Adeyemi\nwen@example.org\n\nPATENTS & PUBLICATIONS\n"
        "US Patent 10,553,912 B2, “Self-aligning hinge for a medication cabinet door,” issued 2020 (co-inventor). "
        "Adeyemi, W., & Lindqvist, P. (2019). Fatigue of snap-fit hinges in glass-filled nylon. ASME IMECE 2019 "
        "Proceedings.\n"
    )
    assert triples(draft) == [
        (
            "2020",
            "Self-aligning hinge for a medication cabinet door",
            "US Patent 10,553,912 B2, issued 2020 (co-inventor)",
        ),
        ("2019", "Fatigue of snap-fit hinges in glass-filled nylon", "ASME IMECE 2019 Proceedings"),
    ]
    assert "Authors of 'Fatigue of snap-fit hinges in glass-filled nylon': Adeyemi, W., & Lindqvist, P." in (
        draft.leftovers
    )


def test_an_author_s_second_initial_starts_no_citation_of_its_own() -> None:
    # "Okafor, T. J., & Lund, S. (2022)": after "T." the rest reads as authors and a year, yet the initials are one
    # author's, and the citation is one.
    draft = draft_of(
        "Wen Adeyemi\nwen@example.org\n\nPRESENTATIONS\n"
        "Okafor, T. J., & Lund, S. (2022). Closing petroleum release sites on risk. Groundwater Week, Las Vegas, NV.\n"
        "Okafor, T. J. (2019). Soil-gas screening under slabs. Brownfields Conference, Raleigh, NC.\n"
    )
    assert triples(draft) == [
        ("2022", "Closing petroleum release sites on risk", "Groundwater Week, Las Vegas, NV"),
        ("2019", "Soil-gas screening under slabs", "Brownfields Conference, Raleigh, NC"),
    ]
    assert "Authors of 'Closing petroleum release sites on risk': Okafor, T. J., & Lund, S." in draft.leftovers


def test_a_citation_among_awards_is_a_publication_under_the_titles_part_that_names_it() -> None:
    # "Awards & Presentations": the poster had been an award whose giver was its place's state ("CO.").
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nAWARDS & PRESENTATIONS\n"
        "• Nurse of the Year, Riverside Regional Medical Center (2023)\n"
        "• Marlowe I, Okafor R. Early warning scores on a step-down unit. Poster, AACN NTI; May 2024; Denver, CO.\n"
        "• Dean's List, J. Sargeant Reynolds College, 2019\n"
    )
    assert [(a["name"], a["date"]) for a in draft.data["awards"]] == [
        ("Nurse of the Year", "2023"),
        ("Dean's List", "2019"),  # a giver's initial after its name is no citation's authors
    ]
    assert triples(draft) == [
        ("2024", "Early warning scores on a step-down unit", "Poster, AACN NTI; May 2024; Denver, CO")
    ]
    assert draft.data["publications"][0]["section"] == "Presentations"
    # Under an awards title that names no talks, it is a publication all the same.
    plain = draft_of(
        "Ines Marlowe\nines@example.org\n\nHONORS\n"
        "• Marlowe I, Okafor R. Early warning scores on a step-down unit. Poster, AACN NTI; May 2024; Denver, CO.\n"
    )
    assert [p["section"] for p in plain.data["publications"]] == [None]
    assert not plain.data.get("awards")


def test_a_talks_quoted_title_before_its_meeting_among_awards_is_a_presentation_and_a_quoted_award_an_award() -> None:
    draft = draft_of(
        "Odalys Ferreira\nodalys@example.org\n\nAWARDS & PRESENTATIONS\n"
        "• District Teacher of the Year (2023)\n"
        "• “Claims, Evidence, Reasoning in Earth Science,” Vermont Science Teachers Association Annual Conference, "
        "Burlington, VT, October 2022\n"
        "• “Golden Apple,” Rotary Club of Rutland (2019)\n"
    )
    names = [a["name"] for a in draft.data["awards"]]
    assert names[0] == "District Teacher of the Year" and "Golden Apple" in names[1]  # given by no meeting
    (talk,) = draft.data["publications"]
    assert talk["title"] == "Claims, Evidence, Reasoning in Earth Science"
    assert talk["venue"].startswith("Vermont Science Teachers Association Annual Conference")
    assert talk["section"] == "Presentations"


def test_a_title_alone_with_no_comma_is_no_title_split_from_a_venue() -> None:
    # LinkedIn's profile lists a publication by its title only: nothing was split, so no note says it was.
    draft = draft_of(
        "Ines Marlowe\nines@example.org\n\nPUBLICATIONS\n"
        "Moves Management for Small Shops: Building a Major Gifts Pipeline from Scratch\n"
    )
    assert [(p["title"], p.get("venue")) for p in draft.data["publications"]] == [
        ("Moves Management for Small Shops: Building a Major Gifts Pipeline from Scratch", "")
    ]
    assert not [n for n in draft.notes if n.loc == ("publications",) and "split" in n.message]


def test_authors_marked_as_equal_or_corresponding_still_read_as_vancouver_and_the_marks_key_is_no_publication() -> None:
    # A scientist marks co-first authors ("*", "†") and the corresponding one ("#") after their initials, and keys
    # the marks in a line over the list: the marks are the authors', and the key is no paper.
    draft = draft_of(
        "Rosa Lindqvist\nrosa@example.org\n\nPUBLICATIONS\n"
        "* equal contribution; # corresponding author\n"
        "1. Amadi CO*, Lindqvist R*, Petrov-Hale JK. Stress granules in primary neurons. "
        "Cell Rep. 2021;17(9):2410-25.\n"
        "2. Obi K, Lindqvist R†, Amadi CO#. Growth of E. coli on glycerol. J. Bact. Res. 2019;12(3):45-9.\n"
    )
    assert triples(draft) == [
        ("2021", "Stress granules in primary neurons", "Cell Rep. 2021;17(9):2410-25"),
        ("2019", "Growth of E. coli on glycerol", "J. Bact. Res. 2019;12(3):45-9"),
    ]
    assert "Authors of 'Stress granules in primary neurons': Amadi CO*, Lindqvist R*, Petrov-Hale JK" in draft.leftovers
    assert any("equal contribution" in line for line in draft.leftovers)


def test_a_numbered_citation_that_wrapped_after_a_full_stop_keeps_its_journal_and_year() -> None:
    # A numbered list's citation broken before its journal, its title's full stop ending the line: the line that
    # opens with no number is the rest of the one above, not a citation (nor a link) of its own.
    draft = draft_of(
        "Rosa Lindqvist\nrosa@example.org\n\nPUBLICATIONS\n"
        "[1] Amadi CO, Lindqvist R. Stress granules in primary neurons of the adult mouse hippocampus.\n"
        "Cell Reports. 2021;17:2410-25. doi:10.1000/xyz123\n"
        "[2] Obi K, Lindqvist R. Growth of E. coli on glycerol. J. Bact. Res. 2019;12(3):45-9.\n"
    )
    assert triples(draft) == [
        (
            "2021",
            "Stress granules in primary neurons of the adult mouse hippocampus",
            "Cell Reports. 2021;17:2410-25. doi:10.1000/xyz123",
        ),
        ("2019", "Growth of E. coli on glycerol", "J. Bact. Res. 2019;12(3):45-9"),
    ]
    assert "publications_link" not in draft.data


def test_a_talk_whose_title_is_set_in_italics_after_its_date_in_the_margin_takes_both() -> None:
    # An academic CV (LaTeX's moderncv) dates each talk in the margin ("Mar 2024") and sets its title in italics
    # before the meeting: the italics are the title, whatever full stops and commas the meeting's name holds.
    text = (
        "Rosa Lindqvist\n\nrosa@example.org\n\n## Experience\n\n"
        "### Research Fellow, Northfield Institute, 2019 – 2024\n\n"
        "- Ran screens.\n\n## Invited Talks\n\nMar 2024\n\n"
        "*Stress granules in primary neurons*. Keystone Symposia: Neurodegeneration, Repair and Regeneration, "
        "Banff, AB (poster)\n\nNov 2023\n\n*Mapping enhancer hubs with CRISPRi*. Society for Neuroscience, "
        "Chicago, IL (oral)\n"
    )
    draft = parse(read_text(text.encode("utf-8"), "resume.md"), Path("resume.md"), "a résumé as Markdown")
    assert triples(draft) == [
        (
            "2024",
            "Stress granules in primary neurons",
            "Keystone Symposia: Neurodegeneration, Repair and Regeneration, Banff, AB (poster)",
        ),
        ("2023", "Mapping enhancer hubs with CRISPRi", "Society for Neuroscience, Chicago, IL (oral)"),
    ]
    assert not any(line in ("Mar 2024", "Nov 2023") for line in draft.leftovers)


def test_a_quoted_title_after_where_it_was_given_is_the_title_and_what_leads_to_it_the_venue() -> None:
    # Testimony and talks as an advocate lists them: where first, then the quoted title, then the date. A body's
    # abbreviation ("U.S.") is no author's initial, and the lead is no title.
    draft = draft_of(
        "Rosa Quintero\nrosa@example.org\n\nPUBLICATIONS\n"
        "Testimony before the U.S. Senate Committee on Environment and Public Works, “Cleaner Ports, Healthier "
        "Neighbors,” June 2023.\n"
        "Invited talk, Great Lakes Water Forum, “Lead Pipes Under Our Streets,” May 2021.\n"
    )
    assert triples(draft) == [
        (
            "June 2023",
            "Cleaner Ports, Healthier Neighbors",
            "Testimony before the U.S. Senate Committee on Environment and Public Works",
        ),
        ("May 2021", "Lead Pipes Under Our Streets", "Invited talk, Great Lakes Water Forum"),
    ]
    assert not [line for line in draft.leftovers if line.startswith("Authors of")]
