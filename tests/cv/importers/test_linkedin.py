"""Importing a LinkedIn data export, made in the test with the export's real file and column names."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.cv import CV
from tailor.cv.importers import clean, import_cv
from tailor.cv.importers.linkedin import NO_POSITIONS
from tailor.errors import TailorError

EXPORT = {
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
        "Twitter Handles,Websites,Instant Messengers\n"
        'Grace,Example,,,,Data Engineer at Fleet Data Co,"I build data platforms that teams trust.",Software,,'
        '"Manchester, England, United Kingdom",,"[PERSONAL:https://grace.example.org]",\n'
    ),
    "Email Addresses.csv": (
        "Email Address,Confirmed,Primary,Updated On\n"
        'old@example.org,Yes,No,"1/2/15, 10:00 AM"\ngrace@example.org,Yes,Yes,"3/4/21, 9:00 AM"\n'
    ),
    "Positions.csv": (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Fleet Data Co,Senior Data Engineer,"• Rebuilt the nightly loads as streaming pipelines in Kafka.\n'
        '• Cut the warehouse bill by a third.","Manchester, England, United Kingdom",Mar 2021,\n'
        'Harbour Analytics Ltd,Data Engineer,"Built the ingestion service in Python.\n'
        'Automated the monthly client reports.",Leeds,Jun 2018,Feb 2021\n'
    ),
    "Education.csv": (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "University of Edinburgh,2015,2016,Thesis on streaming joins.,MSc Data Science,Hillwalking club\n"
    ),
    # Some files open with notes before their header row.
    "Skills.csv": 'Notes:\n"Skills you added to your profile"\n\nName\nPython\nSQL\nApache Kafka\n',
    "Languages.csv": "Name,Proficiency\nEnglish,Native or bilingual proficiency\nFrench,Limited working proficiency\n",
    "Publications.csv": (
        'Name,Published On,Description,Publisher,Url\nFaster Joins on Streams,"Jun 14, 2019",,Some Conf,\n'
    ),
    "Certifications.csv": (
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        "Professional Data Engineer,,Google Cloud,May 2022,,ABC123\n"
    ),
    "Projects.csv": (
        "Title,Description,Url,Started On,Finished On\ntidy-loader,A CSV loader that never guesses.,,2020,\n"
    ),
}
"""A fictional person's export: every file the importer reads, with LinkedIn's own column names."""

POSTING = "# Data Engineer\n\n## Requirements\n\n- Streaming pipelines in Kafka\n- Python and SQL\n"


def export_zip(path: Path, files: dict[str, str] = EXPORT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def test_every_file_of_the_export_is_read_by_its_column_names(tmp_path: Path) -> None:
    draft = import_cv(export_zip(tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"))
    cv = CV.model_validate(clean(draft.data))
    assert (cv.contact.name, cv.contact.email, cv.contact.website) == (
        "Grace Example",
        "grace@example.org",
        "https://grace.example.org",
    )
    assert [h.text for h in cv.headline] == ["Data Engineer at Fleet Data Co"]
    assert [(e.employer, e.role, e.start, e.end, e.section) for e in cv.experience] == [
        ("Fleet Data Co", "Senior Data Engineer", "Mar 2021", None, None),
        ("Harbour Analytics Ltd", "Data Engineer", "Jun 2018", "Feb 2021", None),
        (None, "tidy-loader", "2020", None, "Projects"),  # a project: a role of its title, under its heading
    ]
    assert [b.text for b in cv.experience[2].bullets] == ["A CSV loader that never guesses."]
    assert [b.text for b in cv.experience[0].bullets] == [
        "Rebuilt the nightly loads as streaming pipelines in Kafka.",
        "Cut the warehouse bill by a third.",
    ]
    assert [(e.degree, e.institution, e.details) for e in cv.education] == [
        ("MSc Data Science", "University of Edinburgh", ["Thesis on streaming joins.", "Hillwalking club"])
    ]
    assert cv.skill_names == ["Python", "SQL", "Apache Kafka"]
    assert [(p.year, p.title, p.venue) for p in cv.publications] == [("2019", "Faster Joins on Streams", "Some Conf")]
    assert [(c.name, c.issuer, c.date) for c in cv.certificates] == [
        ("Professional Data Engineer", "Google Cloud", "May 2022")
    ]
    assert cv.languages[0].fluency == "Native or bilingual proficiency"
    # Every cell the CV has no field for is kept for the user to place; the export's bookkeeping (Confirmed,
    # Primary, Updated On) is not.
    assert draft.leftovers == [
        "Profile.csv, row 1, Industry: Software",
        "Email Addresses.csv, row 1, Email Address: old@example.org",
        "Certifications.csv, row 1, License Number: ABC123",
    ]


def test_the_html_entities_linkedin_leaves_in_its_cells_are_read_as_their_characters(tmp_path: Path) -> None:
    positions = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'AT&amp;T Labs,Engineer,"• Ran the team&#39;s &quot;golden path&quot; R&amp;D.",,Jan 2022,\n'
    )
    profile = EXPORT["Profile.csv"].replace("Data Engineer at Fleet Data Co", "Backend &amp; platform engineer")
    draft = import_cv(export_zip(tmp_path / "e.zip", {**EXPORT, "Positions.csv": positions, "Profile.csv": profile}))
    cv = CV.model_validate(clean(draft.data))
    assert (cv.experience[0].employer, cv.experience[0].bullets[0].text) == (
        "AT&T Labs",
        'Ran the team\'s "golden path" R&D.',
    )
    assert [h.text for h in cv.headline] == ["Backend & platform engineer"]


def test_an_employers_site_listed_on_the_profile_is_kept_aside_never_the_members_own_address(tmp_path: Path) -> None:
    profile = EXPORT["Profile.csv"].replace(
        '"[PERSONAL:https://grace.example.org]"',
        '"[PORTFOLIO:https://grace.example.org,COMPANY:https://fleetdata.example]"',
    )
    draft = import_cv(export_zip(tmp_path / "e.zip", {**EXPORT, "Profile.csv": profile}))
    cv = CV.model_validate(clean(draft.data))
    assert (cv.contact.website, cv.contact.profiles) == ("https://grace.example.org", [])
    assert "Profile.csv, row 1, Websites: https://fleetdata.example (COMPANY)" in draft.leftovers


def test_the_unzipped_folder_reads_the_same_and_missing_files_are_no_error(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for name in ("Profile.csv", "Positions.csv"):
        (folder / name).write_text(EXPORT[name], encoding="utf-8")
    cv = CV.model_validate(clean(import_cv(folder).data))
    assert len(cv.experience) == 2 and cv.skills == [] and cv.education == []


def test_an_export_without_positions_says_no_job_was_imported_and_where_the_jobs_are(tmp_path: Path) -> None:
    without = {name: text for name, text in EXPORT.items() if name != "Positions.csv"}
    draft = import_cv(export_zip(tmp_path / "first.zip", without))
    assert [n.message for n in draft.notes if "Positions.csv" in n.message] == [NO_POSITIONS]
    assert "complete one" in NO_POSITIONS and "experience:" in NO_POSITIONS
    # A member with no position at all has the file, empty: nothing is missing, nothing said.
    empty = {**EXPORT, "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"}
    assert not [n for n in import_cv(export_zip(tmp_path / "full.zip", empty)).notes if "Positions" in n.message]


def test_a_zip_that_is_no_linkedin_export_is_refused_saying_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(TailorError, match=r"not a LinkedIn data export.*Get a copy of your data"):
        import_cv(export_zip(tmp_path / "other.zip", {"notes.csv": "a,b\n1,2\n"}))


def test_a_zip_cut_short_while_downloading_is_refused_saying_to_download_it_again(tmp_path: Path) -> None:
    cut = tmp_path / "Basic_LinkedInDataExport.zip"
    cut.write_bytes(export_zip(tmp_path / "whole.zip").read_bytes()[:200])
    with pytest.raises(TailorError, match=r"no zip archive that can be opened.*Download the LinkedIn export again"):
        import_cv(cut)


def test_from_an_export_to_a_resume_in_an_empty_folder_with_no_cv_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = export_zip(tmp_path / "linkedin-export.zip")
    work = tmp_path / "job-hunt"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "posting.md").write_text(POSTING, encoding="utf-8")
    runner = CliRunner()

    made = runner.invoke(app, ["init", "--from", str(export)])
    assert made.exit_code == 0, made.output
    assert "Wrote cv.yaml, a draft of your CV from a LinkedIn export" in made.output
    assert sorted(os.listdir(work)) == ["cv.yaml", "posting.md"]

    checked = runner.invoke(app, ["validate"])
    assert checked.exit_code == 0, checked.output
    assert "a valid CV of Grace Example: 3 roles with 5 bullets" in checked.output

    built = runner.invoke(app, ["build", "posting.md", "-o", "resume.docx"])
    assert built.exit_code == 0, built.output
    import docx

    text = "\n".join(p.text for p in docx.Document(str(work / "resume.docx")).paragraphs)
    assert "Rebuilt the nightly loads as streaming pipelines in Kafka." in text
    assert "Mar\u00a02021\u00a0–\u00a0Present" in text and "Bruno" not in text  # dates print unbroken


MARKETER = {
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
        "Twitter Handles,Websites,Instant Messengers\n"
        "Noor,Example,,,,Content Marketer,,,,,[noor_writes],"
        '"[PORTFOLIO:https://noor.example.org],[BLOG:https://blog.example.org/noor]",\n'
    ),
    "Positions.csv": (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Fernleaf Studio,Content Marketer,• Doubled newsletter opens • Ran the studio blog ▪ Set up GA4,,Feb 2024,\n"
        "Tidewater Books,Intern,Full-time · Summer role in the shop • one glyph only,,Jun 2022,Aug 2022\n"
    ),
    "Volunteering.csv": (
        "Company Name,Role,Cause,Started On,Finished On,Description\n"
        "Harbour Food Bank,Social Media Volunteer,Poverty Alleviation,Sep 2021,,Wrote the winter appeal's posts.\n"
    ),
    "Certifications.csv": (
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        "Email Basics,https://mailco.example/cert/42,Mailco,Oct 2024,Oct 2026,MC-42\n"
    ),
    "Honors.csv": "Title,Description,Issued On\nStudent Editor Prize,For the library zine.,Apr 2023\n",
    "Courses.csv": "Name,Number\nMedia Law,JRN 210\n",
}
"""A fictional early-career marketer's export: inline bullets, two websites, a handle, fields with no place."""


def test_inline_bullets_split_at_each_glyph_but_not_at_a_middle_dot(tmp_path: Path) -> None:
    draft = import_cv(export_zip(tmp_path / "export.zip", MARKETER))
    fernleaf, tidewater = draft.data["experience"][:2]
    assert [b["text"] for b in fernleaf["bullets"]] == [
        "Doubled newsletter opens",
        "Ran the studio blog",
        "Set up GA4",
    ]
    assert [b["text"] for b in tidewater["bullets"]] == ["Full-time · Summer role in the shop • one glyph only"]
    notes = {n.loc: n.message for n in draft.notes}
    assert "ran its bullets together" in notes[("experience", 0, "bullets")]


def test_websites_and_handles_are_profiles_and_cells_with_no_field_are_kept_aside(tmp_path: Path) -> None:
    draft = import_cv(export_zip(tmp_path / "export.zip", MARKETER))
    cv = CV.model_validate(clean(draft.data))
    assert cv.contact.website == "https://noor.example.org"
    assert cv.contact.profiles == ["https://blog.example.org/noor", "Twitter: noor_writes"]
    # LinkedIn's "Finished On" of a certification is when it expires.
    assert [(c.name, c.issuer, c.date, c.expires) for c in cv.certificates] == [
        ("Email Basics", "Mailco", "Oct 2024", "Oct 2026")
    ]
    assert draft.leftovers == [
        "Volunteering.csv, row 1, Cause: Poverty Alleviation",
        "Certifications.csv, row 1, Url: https://mailco.example/cert/42",
        "Certifications.csv, row 1, License Number: MC-42",
        "Honors.csv, row 1, Description: For the library zine.",
        "Courses.csv, row 1, Name: Media Law",
        "Courses.csv, row 1, Number: JRN 210",
    ]
    # Volunteering is a role, as a résumé's Volunteering section is, printed under LinkedIn's heading for it.
    volunteer = next(e for e in cv.experience if e.employer == "Harbour Food Bank")
    assert volunteer.section == "Volunteer Experience"
    assert all(e.section is None for e in cv.experience if e is not volunteer)


def test_a_line_that_heads_a_descriptions_bullets_is_no_bullet_and_its_bullets_stay_in_the_role(
    tmp_path: Path,
) -> None:
    positions = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Alder Public Library,Branch Librarian,"Ran the Eastside branch.\n\nKey achievements:\n'
        '• Raised circulation by 18%\n• Opened a seed library\nResponsibilities: storytime, outreach",'
        "Leeds,Mar 2019,Dec 2022\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", {**EXPORT, "Positions.csv": positions}))
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]] == [
        "Ran the Eastside branch.",
        "Raised circulation by 18%",
        "Opened a seed library",
        "Responsibilities: storytime, outreach",  # a claim with its label, not a heading over others
    ]
    run_on = positions.replace("Key achievements:\n• Raised", "Key achievements: • Raised").replace(
        "18%\n• Opened", "18% • Opened"
    )
    draft = import_cv(export_zip(tmp_path / "run-on.zip", {**EXPORT, "Positions.csv": run_on}))
    assert [b["text"] for b in draft.data["experience"][0]["bullets"]][1:3] == [
        "Raised circulation by 18%",
        "Opened a seed library",
    ]  # the heading run into its bullets on one line is no bullet either


def test_a_language_added_as_a_skill_too_is_listed_once_with_its_fluency(tmp_path: Path) -> None:
    files = dict(EXPORT)
    files["Skills.csv"] = "Name\nPython\nfrench\nSQL\n"  # as LinkedIn's skills box takes a language
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    cv = CV.model_validate(clean(draft.data))

    assert [s.name for s in cv.skills] == ["Python", "SQL"]
    assert [(g.name, g.fluency) for g in cv.languages] == [
        ("English", "Native or bilingual proficiency"),
        ("French", "Limited working proficiency"),
    ]


def test_two_positions_at_one_employer_take_ids_of_their_own_not_the_next_number_after_the_bullets(
    tmp_path: Path,
) -> None:
    # A promotion is two rows of one company: the second role's id is no number after the first role's bullets.
    positions = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Lumen Freight,Operations Lead,"• Ran the night shift.\n• Halved the missed pickups.\n'
        '• Trained four dispatchers.",,Jan 2022,\n'
        'Lumen Freight,Dispatcher,"• Routed forty trucks a day.",,Mar 2019,Dec 2021\n'
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", {**EXPORT, "Positions.csv": positions}))
    ids = [(role["id"], [bullet["id"] for bullet in role["bullets"]]) for role in draft.data["experience"]]
    assert ids[:2] == [
        ("lumen-freight", ["lumen-freight-1", "lumen-freight-2", "lumen-freight-3"]),
        ("lumen-freight-dispatcher", ["lumen-freight-dispatcher-1"]),
    ]
    CV.model_validate(clean(draft.data))  # every id unique


def test_a_degree_picked_from_linkedins_list_is_named_without_the_letters_linkedin_adds(tmp_path: Path) -> None:
    files = dict(EXPORT)
    files["Education.csv"] = (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "Marquette University,2007,2011,,Bachelor of Arts - BA,\n"
        "University of Leeds,2012,2016,,Doctor of Philosophy - PhD,\n"
        "Loyola University,2005,2007,,Bachelor of Arts - History,\n"  # a field after a dash is no letters of it
    )
    cv = CV.model_validate(clean(import_cv(export_zip(tmp_path / "export.zip", files)).data))
    degrees = [e.degree for e in cv.education]
    assert degrees == ["Bachelor of Arts", "Doctor of Philosophy", "Bachelor of Arts - History"]


def test_a_degree_picked_from_linkedins_list_is_marked_to_have_its_field_written_which_the_export_leaves_out(
    tmp_path: Path,
) -> None:
    # The export has no column for the field of study a member picks beside the degree: a "Bachelor of Science" a
    # posting asking for a BS in one field cannot be checked against, unless its owner writes the field back.
    files = dict(EXPORT)
    files["Education.csv"] = (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "Colorado State University,2005,2009,,Bachelor of Science - BS,\n"
        "Loyola University,2005,2007,,Bachelor of Arts - History,\n"
        "University of Leeds,2012,2016,,MSc Data Science,\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    noted = [(n.loc, n.message) for n in draft.notes if n.loc[0] == "education"]
    assert len(noted) == 1 and noted[0][0] == ("education", 0, "degree")
    assert "field of study" in noted[0][1] and "Bachelor of Science in" in noted[0][1]


def test_a_degree_whose_name_names_its_field_is_not_marked_to_have_a_field_written(tmp_path: Path) -> None:
    # A professional degree picked from LinkedIn's list says its field in its name ("Doctor of Physical Therapy",
    # "Master of Social Work", "Juris Doctor"): asking for "Doctor of Physical Therapy in …" would puzzle its owner.
    # A general one ("Master of Science", "Bachelor of Engineering", "Doctor of Philosophy") still is marked.
    files = dict(EXPORT)
    files["Education.csv"] = (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "Emory University,2014,2017,,Doctor of Physical Therapy - DPT,\n"
        "Boston College,2011,2013,,Master of Social Work - MSW,\n"
        "Tulane University,2008,2011,,Juris Doctor - JD,\n"
        "Purdue University,2004,2008,,Bachelor of Engineering - BE,\n"
        "Rice University,2000,2004,,Master of Science - MS,\n"
        "University of Leeds,2012,2016,,Doctor of Philosophy - PhD,\n"
        "Kent State University,1998,2000,,Bachelor of Applied Science - BASc,\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    noted = {n.loc[1] for n in draft.notes if n.loc[0] == "education"}
    assert [d["degree"] for d in draft.data["education"]][:3] == [
        "Doctor of Physical Therapy",
        "Master of Social Work",
        "Juris Doctor",
    ]
    assert noted == {3, 4, 5, 6}


def test_a_degree_of_a_level_alone_picked_from_linkedins_list_is_marked_to_have_its_field_written_too(
    tmp_path: Path,
) -> None:
    # LinkedIn's list offers a level without a name ("Bachelor's degree", "Master's degree") beside the named
    # degrees, and the export leaves out the field picked beside it as well: the résumé would print "Bachelor's
    # degree" alone, which meets no posting asking for a degree in a field.
    files = dict(EXPORT)
    files["Education.csv"] = (
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        "Universidade de Lisboa,2006,2010,,Bachelor's degree,\n"
        "Ohio State University,2011,2013,,Master’s Degree,\n"
        "Columbus State Community College,2003,2005,,Associate's degree,\n"
        "Reed College,2000,2004,,Bachelor's degree in Chemistry,\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    noted = {n.loc: n.message for n in draft.notes if n.loc[0] == "education"}
    assert set(noted) == {("education", n, "degree") for n in (0, 1, 2)}
    assert "field of study" in noted[("education", 0, "degree")]
    assert "Bachelor's degree in" in noted[("education", 0, "degree")]
    assert [d["degree"] for d in draft.data["education"]][3] == "Bachelor's degree in Chemistry"


def test_the_arrows_and_check_marks_people_type_as_bullets_are_taken_off_as_dots_are(tmp_path: Path) -> None:
    # LinkedIn keeps no formatting, so its members paste the marks a keyboard or an emoji picker gives: each opens
    # a bullet, or parts bullets run together on a line, as "•" does; an arrow between figures stays a word.
    files = dict(EXPORT)
    files["Positions.csv"] = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Birchwood Rehab,Physical Therapist,"➤ Treated 12 outpatients a day\n✔ Built home exercise programs\n'
        '► Ran weekly case rounds\n✅ Raised outcome scores from 54 → 78",,Mar 2021,\n'
        "Alder Clinic,Physical Therapist,✔ Cut no-shows by half ✔ Trained 3 new graduates,,Jan 2018,Feb 2021\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    birchwood, alder = draft.data["experience"][:2]
    assert [b["text"] for b in birchwood["bullets"]] == [
        "Treated 12 outpatients a day",
        "Built home exercise programs",
        "Ran weekly case rounds",
        "Raised outcome scores from 54 → 78",
    ]
    assert [b["text"] for b in alder["bullets"]] == ["Cut no-shows by half", "Trained 3 new graduates"]
    assert ("experience", 0, "bullets") not in {n.loc for n in draft.notes}  # every line had its mark


def test_a_description_pasted_with_its_lines_hard_wrapped_gives_one_bullet_per_sentence(tmp_path: Path) -> None:
    # A description pasted from a résumé keeps the résumé's line breaks: a line that opens in lower case, or follows
    # one ending on a comma or a word no sentence ends on, carries the sentence on, with or without a mark before it.
    files = dict(EXPORT)
    files["Positions.csv"] = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        'Mesa Verde Mutual,Field Adjuster,"Handled residential property claims for the Northern Arizona\n'
        "territory, including wind, hail and water losses, with an\naverage pending of 60 files.\n"
        '• Wrote Xactimate estimates for roofs and\n  interiors\n• Closed 94% of claims in 30 days",,Mar 2021,\n'
        'Juniper Casualty,Desk Adjuster,"took first notice of loss calls\nset up claim files\nverified coverage",'
        ",Jan 2018,Feb 2021\n"
    )
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    mesa, juniper = draft.data["experience"][:2]
    assert [b["text"] for b in mesa["bullets"]] == [
        "Handled residential property claims for the Northern Arizona territory, including wind, hail and water "
        "losses, with an average pending of 60 files.",
        "Wrote Xactimate estimates for roofs and interiors",
        "Closed 94% of claims in 30 days",
    ]
    # Lines that each open in lower case and end no sentence are bullets written so, each its own.
    assert [b["text"] for b in juniper["bullets"]] == [
        "took first notice of loss calls",
        "set up claim files",
        "verified coverage",
    ]


def test_a_skill_picked_from_linkedins_list_is_named_without_the_kind_linkedin_adds_to_tell_it_apart(
    tmp_path: Path,
) -> None:
    # LinkedIn's list names a skill whose name is also another thing with its kind in brackets, "Python (Programming
    # Language)"; a résumé names it alone. Letters in brackets are the skill's own ("Kusto Query Language (KQL)").
    files = dict(EXPORT)
    files["Skills.csv"] = (
        "Name\nPython (Programming Language)\nGo (Programming Language)\nFigma (Software)\n"
        "Kusto Query Language (KQL)\nSecurity Information and Event Management (SIEM)\nData Modeling\n"
    )
    cv = CV.model_validate(clean(import_cv(export_zip(tmp_path / "export.zip", files)).data))
    assert [s.name for s in cv.skills] == [
        "Python",
        "Go",
        "Figma",
        "Kusto Query Language (KQL)",
        "Security Information and Event Management (SIEM)",
        "Data Modeling",
    ]


def test_an_about_section_of_several_paragraphs_is_marked_to_be_cut_to_a_resumes_summary(tmp_path: Path) -> None:
    # LinkedIn's About runs to paragraphs a résumé's profile has no room for: printed whole, it takes the room of
    # the bullets (page fitting leaves its later paragraphs out only where the page needs them). One paragraph is a
    # summary as written.
    files = dict(EXPORT)
    about = (
        "Blue teamer with seven years in security operations.\n\n"
        "I write detections mapped to MITRE ATT&CK and run incidents end to end.\n\n"
        "Currently: automating Tier 1 triage with SOAR playbooks."
    )
    files["Profile.csv"] = EXPORT["Profile.csv"].replace('"I build data platforms that teams trust."', f'"{about}"')
    draft = import_cv(export_zip(tmp_path / "export.zip", files))
    assert draft.data["summary"] == about  # word for word, as ever
    noted = [n.message for n in draft.notes if n.loc == ("summary",)]
    assert len(noted) == 1 and "3 paragraphs" in noted[0] and "summary" in noted[0]
    assert not [n for n in import_cv(export_zip(tmp_path / "one.zip")).notes if n.loc == ("summary",)]
