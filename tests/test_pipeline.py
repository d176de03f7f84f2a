"""Specifications for tailor.pipeline beyond the steps it calls: which CV, and which of its headlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tailor import manifest, pipeline
from tailor.errors import TailorError
from tests.conftest import DATA, LETTER_CV, lapsed_cpr, needs_libreoffice

CV_YAML = """\
contact: {name: Grace Example, email: grace@example.org}
headline:
  - text: Data engineer who builds reliable pipelines
    tags: [kafka, streaming]
  - text: Analytics engineer
    tags: [dbt, dashboards, looker]
summary:
  - Builds data platforms.
experience:
  - id: fleet
    employer: Fleet Data Co
    role: Data Engineer
    start: 2021-03
    bullets:
      - {id: fleet-kafka, text: Built streaming pipelines in Kafka.}
      - {id: fleet-dbt, text: Modelled the warehouse in dbt for the dashboards.}
"""
POSTING = "# Analytics Engineer\n\n## Requirements\n\n- dbt models behind Looker dashboards\n- SQL\n"


def write(tmp_path: Path) -> tuple[Path, Path]:
    cv, posting = tmp_path / "cv.yaml", tmp_path / "posting.md"
    cv.write_text(CV_YAML, encoding="utf-8")
    posting.write_text(POSTING, encoding="utf-8")
    return cv, posting


def one_role(tmp_path: Path, employer: str, role: str, bullets: list[str], posting: str) -> tuple[Path, Path]:
    """A CV of one role of ``bullets`` (ids b1, b2, …), and a posting, written to ``tmp_path``."""
    listed = "".join(f"      - {{id: b{n}, text: {text}}}\n" for n, text in enumerate(bullets, start=1))
    cv, saved = tmp_path / "cv.yaml", tmp_path / "posting.md"
    cv.write_text(
        "contact: {name: Sam Reyes, email: sam@example.org}\nexperience:\n  - id: r\n"
        f"    employer: {employer}\n    role: {role}\n    start: 2019\n    bullets:\n{listed}",
        encoding="utf-8",
    )
    saved.write_text(posting, encoding="utf-8")
    return cv, saved


def test_the_headline_most_relevant_to_the_posting_is_chosen_by_its_text_and_tags(tmp_path: Path) -> None:
    cv, posting = write(tmp_path)
    result = pipeline.match(posting, cv)
    assert result.headline is not None and result.summary is not None
    assert (result.headline.text, result.headline.index, result.headline.of) == ("Analytics engineer", 1, 2)
    assert result.headline.score > 0
    assert (result.summary.text, result.summary.of, result.summary.score) == ("Builds data platforms.", 1, 0.0)


def test_a_headlines_tags_count_though_no_bullet_says_them(tmp_path: Path) -> None:
    # The tags say what the headline is for; no bullet says "educator", and that is why the tags do.
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ana Silva, email: ana@example.org}\nheadline:\n"
        "  - text: Registered nurse, precepting and staff education\n    tags: [clinical educator, nurse educator]\n"
        "  - text: Critical care registered nurse\n    tags: [icu, critical care]\n"
        "experience:\n  - id: ward\n    employer: Riverside Hospital\n    role: Charge Nurse\n    start: 2019\n"
        "    bullets:\n      - {id: ward-icu, text: Cared for critical care patients in a 24-bed ICU.}\n"
        "      - {id: ward-precept, text: Precepted 14 new nurses through orientation.}\n",
        encoding="utf-8",
    )
    educator = tmp_path / "educator.md"
    educator.write_text(
        "# Clinical Nurse Educator, Critical Care\n\n## Requirements\n\n- Experience as a nurse educator in "
        "critical care\n- Precepting new nurses\n",
        encoding="utf-8",
    )
    bedside = tmp_path / "bedside.md"
    bedside.write_text("# ICU Registered Nurse\n\n## Requirements\n\n- ICU and critical care nursing\n", "utf-8")
    assert pipeline.match(educator, cv).headline.index == 0  # type: ignore[union-attr]
    assert pipeline.match(bedside, cv).headline.index == 1  # type: ignore[union-attr]


def test_a_tagged_headline_is_for_postings_that_say_its_tags_and_yields_to_an_untagged_one_elsewhere(
    tmp_path: Path,
) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Rosa Ortega, email: rosa@example.org}\nheadline:\n"
        "  - text: Chef and kitchen manager\n"
        "  - text: Chef who teaches hotel kitchen skills\n    tags: [culinary education, instructor]\n"
        "experience:\n  - id: hotel\n    employer: Hotel Lindqvist\n    role: Executive Sous Chef\n"
        "    start: 2019\n    bullets:\n      - {id: brigade, text: Ran a hotel kitchen brigade of 28 cooks.}\n",
        encoding="utf-8",
    )
    hotel = tmp_path / "hotel.md"  # shares "hotel kitchen" and "culinary" with the teaching headline, not its tags
    hotel.write_text(
        "# Head Chef\n\n## Requirements\n\n- Lead the hotel kitchen and its culinary operations\n", "utf-8"
    )
    college = tmp_path / "college.md"
    college.write_text(
        "# Culinary Instructor\n\n## Requirements\n\n- Culinary education experience; teach kitchen skills\n",
        "utf-8",
    )
    assert pipeline.match(hotel, cv).headline.index == 0  # type: ignore[union-attr]
    assert pipeline.match(college, cv).headline.index == 1  # type: ignore[union-attr]


def test_a_tag_of_words_that_make_no_phrase_is_said_only_by_a_posting_that_says_every_one_of_them(
    tmp_path: Path,
) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ellen Whitby, email: ellen@example.org}\nheadline:\n"
        "  - text: Chemistry teacher\n"
        "  - text: Head of a science faculty of eleven\n    tags: [head of science]\n"
        "experience:\n  - id: school\n    employer: Ridgeway School\n    role: Teacher of Chemistry\n"
        "    start: 2015\n    bullets:\n      - {id: results, text: Raised A level chemistry results by a grade.}\n",
        encoding="utf-8",
    )
    payroll = tmp_path / "payroll.md"  # "Head Office" says "head", and nothing of science
    payroll.write_text("# Payroll Administrator\n\nHead Office, Leeds\n\n## Requirements\n\n- Payroll\n", "utf-8")
    faculty = tmp_path / "faculty.md"
    faculty.write_text("# Head of Science\n\n## Requirements\n\n- Lead the science faculty\n", "utf-8")
    assert pipeline.match(payroll, cv).headline.index == 0  # type: ignore[union-attr]
    assert pipeline.match(faculty, cv).headline.index == 1  # type: ignore[union-attr]


def test_a_headline_that_names_the_postings_job_title_opens_the_resume(tmp_path: Path) -> None:
    # The title's words are said nowhere else in the posting: they count for the headline all the same.
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Dara Whit, email: dara@example.org}\nheadline:\n"
        "  - Broadcast investigative producer\n  - Investigative data reporter\n"
        "experience:\n  - id: tv\n    employer: WBBM-TV\n    role: Producer\n    start: 2019\n    bullets:\n"
        "      - {id: tv-foia, text: Filed 300 FOIA requests for broadcast investigations.}\n"
        "      - {id: tv-sql, text: Built a database of property tax appeals in SQL.}\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.md"
    posting.write_text(
        "# Investigative Data Reporter\n\nMidwest Watchdog · Chicago, IL\n\n## What you'll do\n\n"
        "- File FOIA requests and analyse records in SQL\n"
        "- Work with broadcast partners\n",
        encoding="utf-8",
    )
    assert pipeline.match(posting, cv).headline.text == "Investigative data reporter"  # type: ignore[union-attr]


def test_a_build_prints_the_chosen_headline_and_records_the_choice(tmp_path: Path) -> None:
    import docx

    cv, posting = write(tmp_path)
    posting.write_text(POSTING.replace("# Analytics Engineer\n\n", ""), encoding="utf-8")  # a posting without a title
    built = pipeline.build(posting, cv, output=tmp_path / "out.docx", today=dt.date(2026, 1, 2))
    document = docx.Document(str(built.output))
    assert [p.text for p in document.paragraphs][:2] == ["Grace Example", "Analytics engineer"]
    assert document.core_properties.title == "Grace Example — Analytics engineer"
    record = manifest.read(built.manifest)
    assert record.headline is not None and (record.headline.text, record.headline.of) == ("Analytics engineer", 2)
    assert record.summary is not None and record.summary.text == "Builds data platforms."


def test_the_terms_a_build_says_it_matched_are_the_postings_words_not_everyones(tmp_path: Path) -> None:
    from tailor.report import top_terms

    cv, posting = one_role(
        tmp_path,
        "Acme",
        "Web Developer",
        ["Able to lead a team building responsive websites in React.", "Worked with the team on React components."],
        "# Web Developer\n\n## Requirements\n\n- Able to work in a team\n- React websites\n",
    )
    terms = top_terms(pipeline.build(posting, cv, output=tmp_path / "out.docx"))
    assert "React" in terms and not {"able", "team", "work"} & set(terms)  # as the posting writes it


def test_the_terms_a_build_says_it_matched_are_written_as_the_posting_writes_them(tmp_path: Path) -> None:
    from tailor.report import matched, term_words, top_terms

    cv, posting = one_role(
        tmp_path,
        "Ledgerline",
        "Product Manager",
        ["Shipped usage-based billing and set quarterly OKRs with sales."],
        "# Billing Product Lead\n\n## Requirements\n\n- Partner with engineering on OKRs\n"
        "- Own usage-based billing\n- Partner with sales and finance\n",
    )
    result = pipeline.build(posting, cv, output=tmp_path / "out.docx")
    terms = top_terms(result)
    # Lemmas ("bill", "base bill", "okrs", "sale") are how analysis spells them, not what the posting said.
    assert {"billing", "usage-based", "OKRs"} <= set(terms)
    assert not {"bill", "base bill", "okrs", "Billing"} & set(terms)  # "Billing" is capitalised in the title only
    shown = matched(result.match.ranking.bullets[0], term_words(result.match))
    assert "billing" in shown and "usage-based" in shown
    assert "based billing" not in shown and "base bill" not in shown  # half a hyphenated word is none of its words


def test_a_word_that_is_also_a_name_is_shown_as_the_posting_writes_it(tmp_path: Path) -> None:
    from tailor.report import matched, term_words

    cv, posting = one_role(
        tmp_path,
        "Lexica",
        "Translator",
        ["Interpreted for Spanish-speaking patients in the emergency department."],
        "# Medical Interpreter\n\n## Requirements\n\n- Interpreting for patients\n- Spanish preferred\n",
    )
    result = pipeline.match(posting, cv)
    # "Spanish preferred" does not say the language as a skill list would: it is the word, as written.
    assert "Spanish" in matched(result.ranking.bullets[0], term_words(result))
    assert "spanish" not in matched(result.ranking.bullets[0], term_words(result))


def test_a_related_skill_the_cv_lists_is_named_once_where_a_keyword_is_not_met(tmp_path: Path) -> None:
    from tailor.report import where

    cv, posting = one_role(
        tmp_path,
        "Brookvale Homes",
        "Office Manager",
        ["Kept the office running for 40 staff."],
        "# Office Manager\n\n## Requirements\n\n- Data analysis for the monthly reports\n",
    )
    cv.write_text(cv.read_text(encoding="utf-8") + "skills: [Microsoft Excel]\n", encoding="utf-8")
    result = pipeline.match(posting, cv)
    (found,) = [k for k in result.coverage.keywords if k.keyword.term == "data analysis"]
    assert where(result, found) == "related: Microsoft Excel"  # not "Microsoft Excel (Microsoft Excel)"


def test_a_keyword_two_certificates_of_one_name_show_names_that_name_once(tmp_path: Path) -> None:
    from tailor.report import where

    cv, posting = one_role(
        tmp_path,
        "Fernbrook Studio",
        "Project Architect",
        ["Drew wall sections for a library."],
        "# Project Architect\n\n## Requirements\n\n- Current architectural registration\n- Wall sections\n",
    )
    extra = (
        "certificates:\n  - {name: Registered Architect, issuer: Maine Board}\n"
        "  - {name: Registered Architect, issuer: Vermont Board}\n"
    )
    cv.write_text(cv.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = pipeline.match(posting, cv)
    (found,) = [k for k in result.coverage.keywords if k.keyword.term == "architect license"]
    assert len(found.where) == 2
    assert where(result, found) == "certificate (Registered Architect)"


def test_a_tool_met_by_another_of_the_kind_offered_with_it_names_that_one_once(tmp_path: Path) -> None:
    from tailor.report import where

    cv, posting = one_role(
        tmp_path,
        "Harbor Arts Council",
        "Marketing Coordinator",
        ["Designed the fall event flyers in Adobe Photoshop."],
        "# Marketing Coordinator\n\n## Requirements\n\n- Proficiency in Canva or other graphics editing software\n",
    )
    result = pipeline.match(posting, cv)
    (found,) = [k for k in result.coverage.keywords if k.keyword.term == "Canva"]
    assert found.met_how == "either will do; you show Adobe Photoshop"
    assert where(result, found).count("Photoshop") == 1, where(result, found)  # not "…; related: Adobe Photoshop"


def test_a_keyword_met_by_one_of_its_kind_says_where_the_cv_shows_that_one(tmp_path: Path) -> None:
    # "Data pipelines: met by stream processing" sent a reader looking for words the CV never writes: the
    # headline's "streaming pipelines" is where. A skill the CV lists is named once ("met by Salesforce").
    from tailor.report import where

    cv, posting = one_role(
        tmp_path,
        "Harbor Freight Lines",
        "Analyst",
        ["Wrote the weekly freight report."],
        "# Data Engineer\n\n## Requirements\n\n- Experience with data pipelines\n- Experience with a CRM\n",
    )
    extra = "headline: Builds batch and streaming pipelines on the cloud\nskills: [Salesforce]\n"
    cv.write_text(cv.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = pipeline.match(posting, cv)
    found = {k.keyword.term: k for k in result.coverage.keywords}
    assert where(result, found["data pipelines"]).startswith("met by stream processing (headline)")
    assert where(result, found["CRM"]) == "met by Salesforce"


def test_a_keyword_met_by_one_of_its_kind_names_that_one_once(tmp_path: Path) -> None:
    from tailor.report import where

    cv, posting = one_role(
        tmp_path,
        "Harbor County Fire District",
        "Battalion Chief",
        ["Commanded multi-alarm fires as incident commander."],
        "# Battalion Chief\n\n## Requirements\n\n- Incident Command System training\n",
    )
    certificate = "certificates:\n  - {name: ICS-400, date: '2019'}\n"
    cv.write_text(cv.read_text(encoding="utf-8") + certificate, encoding="utf-8")
    result = pipeline.match(posting, cv)
    (found,) = [k for k in result.coverage.keywords if k.keyword.term.casefold() == "incident command system"]
    assert found.met_how == "met by ICS-400"
    assert where(result, found).count("ICS-400") == 1, where(result, found)  # not "…; related: ICS-400 (…)"


def test_a_field_of_a_required_degree_is_shown_as_one_not_as_a_preference(tmp_path: Path) -> None:
    from tailor.report import markdown, needed, where

    cv, posting = one_role(
        tmp_path,
        "Harrow Lane Studio",
        "Product Designer",
        ["Ran diary studies with 30 nurses.", "Built the design system in Figma."],
        "# Lead Product Designer\n\n## What you need\n\n- 6+ years of product design\n"
        "- Bachelor's degree in HCI, Design or related field\n- Fluency in Figma\n",
    )
    education = "education:\n  - {degree: BFA Communication Design, institution: Ardent College}\n"
    cv.write_text(cv.read_text(encoding="utf-8") + education, encoding="utf-8")
    result = pipeline.match(posting, cv)
    (hci,) = [k for k in result.coverage.keywords if k.keyword.term == "human-computer interaction"]
    assert (needed(hci), hci.status) == ("degree field", "absent")
    assert where(result, hci) == "a degree in a related field will do"
    assert "| degree field | absent | a degree in a related field will do |" in markdown(result)
    assert "preferred" not in markdown(result)


def test_a_related_term_is_shown_as_the_cv_writes_it(tmp_path: Path) -> None:
    from tailor.report import matched, term_words

    cv, posting = one_role(
        tmp_path,
        "Fabrik",
        "ML Engineer",
        ["Trained vision models with ZeRO sharding in DeepSpeed."],
        "# ML Engineer\n\n## Requirements\n\n- Distributed training of large models\n",
    )
    result = pipeline.match(posting, cv)
    bullet = result.ranking.bullets[0]
    assert "deepspeed" in bullet.related  # the posting does not say it: it counts through distributed training
    assert "related: " in matched(bullet, term_words(result)) and "DeepSpeed" in matched(bullet, term_words(result))


def test_a_related_term_only_its_roles_title_says_is_shown_by_its_lexicon_name_not_in_lower_case(
    tmp_path: Path,
) -> None:
    from tailor.report import matched, term_words

    cv, posting = one_role(
        tmp_path,
        "Lakeshore Hospital",
        "Registered Respiratory Therapist",
        ["Weaned adult patients from the ventilator by protocol."],
        "# Therapist\n\n## Requirements\n\n- Respiratory care of adult patients\n",
    )
    result = pipeline.match(posting, cv)
    bullet = result.ranking.bullets[0]
    assert "rrt" in bullet.related  # its title says it, the posting only respiratory care: related through it
    shown = matched(bullet, term_words(result))
    assert "RRT" in shown and "rrt" not in shown


def test_terms_a_bullet_matches_through_its_roles_title_are_shown_as_its_roles(tmp_path: Path) -> None:
    from tailor.report import matched, top_terms

    cv, posting = one_role(
        tmp_path,
        "Mercy Hospital",
        "Medical Social Worker",
        ["Cut 30-day readmissions by 12% with discharge plans."],
        "# Medical Social Worker\n\n## Requirements\n\n- Discharge planning to cut readmissions\n",
    )
    bullet = pipeline.match(posting, cv).ranking.bullets[0]
    assert "social worker" in bullet.context and "discharge" not in bullet.context  # the bullet never says it
    assert "its role: " in matched(bullet) and matched(bullet).index("discharge") < matched(bullet).index("its role")

    built = pipeline.build(posting, cv, output=tmp_path / "out.docx")
    assert not {"social worker", "Social Worker"} & set(top_terms(built))  # the bullet's own words only


def test_the_terms_a_build_says_it_matched_are_ones_the_posting_says_not_ones_related_to_them(tmp_path: Path) -> None:
    from tailor.report import top_terms

    cv, posting = one_role(
        tmp_path,
        "Fenwick Medical",
        "Sales Representative",
        ["Opened 12 hospital accounts through cold calling."],
        "# Territory Representative\n\n## Requirements\n\n- A record of sales to hospital buyers\n",
    )
    result = pipeline.build(posting, cv, output=tmp_path / "out.docx")
    assert "cold calling" in result.match.ranking.bullets[0].related  # it counts, as a related term
    terms = top_terms(result)
    assert "hospital" in terms and "cold calling" not in terms


def test_a_cv_without_a_headline_records_none(tmp_path: Path) -> None:
    cv, posting = write(tmp_path)
    cv.write_text(CV_YAML.split("headline:")[0] + "experience:" + CV_YAML.split("experience:")[1], encoding="utf-8")
    built = pipeline.build(posting, cv, output=tmp_path / "out.docx")
    assert built.match.headline is None and built.match.summary is None
    assert '"headline"' not in built.manifest.read_text(encoding="utf-8")


# --- the cover letter ------------------------------------------------------------------------------

LETTER_POSTING = "# ML Engineer\n\nLumen Labs · Remote\n\nHiring manager: Dr Jane Okafor\n\n## Requirements\n\n- {}\n"
DAY = dt.date(2025, 3, 14)


def test_a_letter_is_asked_of_a_cv_without_letter_material_and_shows_how_to_write_one(tmp_path: Path) -> None:
    cv, posting = write(tmp_path)
    with pytest.raises(TailorError, match="has no letter: block") as refused:
        pipeline.letter(posting, cv, out=tmp_path / "out")
    assert "letter:\n  greetings:" in str(refused.value) and "`tailor init --letter` prints" in str(refused.value)
    with pytest.raises(TailorError, match="has no letter: block"):
        pipeline.build(posting, cv, out=tmp_path / "out", letter=True)
    assert not (tmp_path / "out").exists()


def test_build_with_a_letter_writes_it_beside_the_resume_and_records_it(estimated_pages: None, tmp_path: Path) -> None:
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("Distributed training with FSDP on many GPUs."), encoding="utf-8")
    built = pipeline.build(posting, LETTER_CV, out=tmp_path, letter=True, letter_paragraphs=2, today=DAY)
    assert built.letter_file == tmp_path / "Mara_Lindqvist_-_Lumen_Labs_-_ML_Engineer_-_Letter.docx"
    assert built.letter_file.is_file() and built.letter is not None
    record = manifest.read(built.manifest).letter
    assert record is not None and record.output == built.letter_file.name
    assert record.slots["hiring_manager"].value == "Dr Jane Okafor" and record.slots["hiring_manager"].source == "label"
    assert record.budget == 2 and [p.id for p in record.parts if p.kind == "paragraph" and p.kept] == [
        "letter-scaling",
        "letter-pipeline",
    ]
    reasons = {p.id: p.reason for p in record.parts}
    assert reasons["letter-team"] == "needs team, which the posting does not name"
    assert record.printed()[0] == "Dear Dr Jane Okafor,"
    assert manifest.read(built.manifest).inputs.options == {"letter": True, "letter_paragraphs": 2}
    # tailor check knows the letter by its name, and expects the texts the manifest lists.
    report = pipeline.check(built.letter_file)
    assert report.ok and "paragraphs: the 6 that" in report.notes[0]


@needs_libreoffice
def test_a_letters_pdf_alone_is_checked_for_the_texts_its_builds_manifest_lists(
    estimated_pages: None, tmp_path: Path
) -> None:
    from tailor.documents.pdf import convert

    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("Distributed training with FSDP on many GPUs."), encoding="utf-8")
    built = pipeline.build(posting, LETTER_CV, out=tmp_path, letter=True, letter_paragraphs=2, today=DAY)
    assert built.letter_file is not None
    sent = built.letter_file.with_suffix(".pdf")
    sent.write_bytes(convert([built.letter_file.read_bytes()])[0])
    built.letter_file.unlink()  # the PDF is what was sent; the build's manifest still lists the letter's texts
    report = pipeline.check(sent)
    assert report.ok, report.problems
    assert "paragraphs: the 6 that" in report.notes[0]


def test_a_letter_on_its_own_has_its_own_manifest_and_respects_force(estimated_pages: None, tmp_path: Path) -> None:
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("MPI and OpenMP for ocean simulation."), encoding="utf-8")
    built = pipeline.letter(posting, LETTER_CV, output=tmp_path / "lumen.docx", hiring_manager="Ms Ada Byron")
    assert built.main == "letter" and built.letter_file == built.output == tmp_path / "lumen.docx"
    record = manifest.read(tmp_path / "lumen.manifest.json")
    assert record.document == "letter" and record.letter is not None
    assert record.letter.slots["hiring_manager"].source == "given"
    assert "letter-simulation" in [p.id for p in record.letter.parts if p.kept]
    assert pipeline.check(built.output).ok
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(TailorError, match="already exists; pass force=True"):
        pipeline.letter(posting, LETTER_CV, output=tmp_path / "lumen.docx")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    again = pipeline.letter(posting, LETTER_CV, output=tmp_path / "lumen.docx", force=True)
    assert manifest.read(again.manifest).letter.slots["hiring_manager"].value == "Dr Jane Okafor"


def test_a_letter_template_that_says_how_to_date_a_letter_is_obeyed(estimated_pages: None, tmp_path: Path) -> None:
    import docx

    from tailor.documents import templates

    template = docx.Document(str(templates.usable("classic", "letter")))
    template.paragraphs[0].insert_paragraph_before('{%p set day_format = "MMMM D, YYYY" %}')
    template.save(str(tmp_path / "american.docx"))
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("MPI and OpenMP for ocean simulation."), encoding="utf-8")
    built = pipeline.letter(
        posting, LETTER_CV, template=tmp_path / "american.docx", output=tmp_path / "l.docx", today=dt.date(2025, 3, 4)
    )
    texts = [p.text for p in docx.Document(str(built.output)).paragraphs]
    assert "March 4, 2025" in texts and not any("day_format" in t for t in texts)
    assert manifest.read(built.manifest).letter.slots["date"].value == "March 4, 2025"


@pytest.mark.parametrize(
    ("paper", "dated"), [("letter", "March 4, 2025"), ("a4", "4 March 2025"), (None, "4 March 2025")]
)
def test_a_letter_on_us_letter_paper_is_dated_as_readers_there_write_dates(
    estimated_pages: None, tmp_path: Path, paper: str | None, dated: str
) -> None:
    import docx

    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("MPI and OpenMP for ocean simulation."), encoding="utf-8")
    built = pipeline.letter(posting, LETTER_CV, output=tmp_path / "l.docx", today=dt.date(2025, 3, 4), paper=paper)

    assert dated in [p.text for p in docx.Document(str(built.output)).paragraphs]


@pytest.mark.parametrize(
    ("location", "paper", "template", "inches", "dated"),
    [
        ("Austin, TX 78701", None, "classic", 8.5, "March 4, 2025"),
        ("Toronto, Ontario, Canada", None, "compact", 8.5, "March 4, 2025"),
        ("Edinburgh, UK", None, "classic", 8.27, "4 March 2025"),
        ("Austin, TX 78701", "a4", "classic", 8.27, "4 March 2025"),
        ("Austin, TX 78701", None, "own", 8.27, "4 March 2025"),
    ],
)
def test_a_resume_and_letter_go_on_the_paper_where_the_cv_owner_lives_unless_asked_or_their_own_template_says(
    estimated_pages: None,
    tmp_path: Path,
    location: str,
    paper: str | None,
    template: str,
    inches: float,
    dated: str,
) -> None:
    import docx

    from tailor.documents import templates

    cv = tmp_path / "cv.yaml"
    cv.write_text(LETTER_CV.read_text(encoding="utf-8").replace("Edinburgh, UK", location), encoding="utf-8")
    chosen: str | Path = template
    if template == "own":  # a user's own template, made from the bundled one: laid out on A4, and kept so
        chosen = tmp_path / "own.docx"
        chosen.write_bytes(templates.usable("classic").read_bytes())
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("MPI and OpenMP for ocean simulation."), encoding="utf-8")

    built = pipeline.build(
        posting, cv, template=chosen, output=tmp_path / "r.docx", letter=True, today=dt.date(2025, 3, 4), paper=paper
    )

    resume = docx.Document(str(built.output)).sections[0]
    assert round(resume.page_width.inches, 2) == inches
    letter = docx.Document(str(tmp_path / "r_-_Letter.docx"))
    assert round(letter.sections[0].page_width.inches, 2) == inches
    assert any(dated in p.text for p in letter.paragraphs)


def test_build_refuses_before_writing_anything_when_only_the_letter_is_in_the_way(tmp_path: Path) -> None:
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("GPUs."), encoding="utf-8")
    (tmp_path / "cv_-_Letter.docx").write_bytes(b"mine")
    with pytest.raises(TailorError, match=r"cv_-_Letter\.docx already exists"):
        pipeline.build(posting, LETTER_CV, output=tmp_path / "cv.docx", letter=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv_-_Letter.docx", "lumen.md"]


# --- exports ---------------------------------------------------------------------------------------


def test_exports_are_written_beside_the_resume_with_what_it_shows_after_page_fit(
    estimated_pages: None, tmp_path: Path
) -> None:
    import json

    posting = DATA / "postings" / "distributed-training.txt"
    # The page is the budget: every bullet a candidate, so that the fit leaves bullets out, not only details.
    options = {"template": "compact", "pages": 1, "export": ["json-resume", "markdown"]}
    built = pipeline.build(posting, "example", output=tmp_path / "cv.docx", today=DAY, **options)
    assert built.documents is not None and built.documents.page_fit.dropped_ids("bullet")
    assert (tmp_path / "cv.resume.json").is_file() and (tmp_path / "cv.md").is_file()
    assert not (tmp_path / "cv.rendercv.yaml").exists()
    record = manifest.read(built.manifest)
    assert [(e.format, e.output) for e in record.exports] == [("json-resume", "cv.resume.json"), ("markdown", "cv.md")]
    assert record.inputs.options["export"] == ["json-resume", "markdown"]
    highlights = [
        h for w in json.loads((tmp_path / "cv.resume.json").read_text())["work"] for h in w.get("highlights", [])
    ]
    assert len(highlights) == len([b for b in record.bullets if b.kept])  # what page fitting kept, no more
    # A degree whose details page fitting left out is exported without them.
    education = json.loads((tmp_path / "cv.resume.json").read_text())["education"]
    assert record.page_fit is not None and record.page_fit.dropped_education
    for text_id in record.page_fit.dropped_education:
        assert "courses" not in education[int(text_id.removeprefix("education:")) - 1]


def test_an_export_in_the_way_stops_the_build_before_anything_is_written(tmp_path: Path) -> None:
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("GPUs."), encoding="utf-8")
    (tmp_path / "cv.md").write_text("mine", encoding="utf-8")
    with pytest.raises(TailorError, match=r"cv\.md already exists"):
        pipeline.build(posting, "example", output=tmp_path / "cv.docx", export=["markdown"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.md", "lumen.md"]
    with pytest.raises(TailorError, match="export takes json-resume, rendercv, markdown, not 'pdf'"):
        pipeline.build(posting, "example", output=tmp_path / "cv.docx", export=["pdf"])


def test_a_rebuild_removes_what_the_build_it_replaces_made_and_it_does_not_make_again(tmp_path: Path) -> None:
    # An export or a PDF of the earlier résumé, left beside the new one, would show what it no longer says.
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("GPUs."), encoding="utf-8")
    output = tmp_path / "cv.docx"
    pipeline.build(posting, "example", output=output, export=["markdown", "json-resume"])
    rebuilt = pipeline.build(posting, "example", output=output, export=["markdown"], force=True)
    assert rebuilt.removed == (tmp_path / "cv.resume.json",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.docx", "cv.manifest.json", "cv.md", "lumen.md"]
    (tmp_path / "cv.pdf").write_bytes(b"%PDF mine")  # not recorded in the manifest: not tailor's to remove
    again = pipeline.build(posting, "example", output=output, force=True)
    assert again.removed == (tmp_path / "cv.md",) and (tmp_path / "cv.pdf").read_bytes() == b"%PDF mine"


def test_a_rebuild_removes_the_report_and_letter_it_does_not_make_again_but_never_an_edited_letter(
    estimated_pages: None, tmp_path: Path
) -> None:
    posting = tmp_path / "lumen.md"
    posting.write_text(LETTER_POSTING.format("GPUs."), encoding="utf-8")
    output = tmp_path / "cv.docx"
    pipeline.build(posting, LETTER_CV, output=output, letter=True, report=True)
    assert manifest.read(tmp_path / "cv.manifest.json").report == "cv.report.html"
    rebuilt = pipeline.build(posting, LETTER_CV, output=output, force=True)
    assert {p.name for p in rebuilt.removed} == {"cv.report.html", "cv_-_Letter.docx"}
    pipeline.build(posting, LETTER_CV, output=output, letter=True, force=True)
    (tmp_path / "cv_-_Letter.docx").write_bytes(b"my own edits")
    again = pipeline.build(posting, LETTER_CV, output=output, force=True)
    assert again.removed == () and (tmp_path / "cv_-_Letter.docx").read_bytes() == b"my own edits"


def test_build_checks_the_destination_before_reading_the_posting(tmp_path: Path) -> None:
    (tmp_path / "cv.manifest.json").write_text("{}", encoding="utf-8")  # the manifest alone is in the way too
    with pytest.raises(TailorError, match=r"cv\.manifest\.json already exists; pass force=True"):
        pipeline.build(tmp_path / "no-such-posting.md", "example", output=tmp_path / "cv.docx")
    with pytest.raises(TailorError, match=r"no-such-posting\.md does not exist"):
        pipeline.build(tmp_path / "no-such-posting.md", "example", output=tmp_path / "cv.docx", force=True)


def test_pages_without_max_bullets_fill_the_page_with_every_bullet_that_has_evidence(
    tmp_path: Path, estimated_pages: None
) -> None:
    cv = tmp_path / "cv.yaml"
    bullets = "".join(f"      - {{id: b{n}, text: Tuned MPI solvers for case {n}.}}\n" for n in range(8))
    cv.write_text(
        "contact: {name: Ana Silva, email: ana@example.org}\nexperience:\n  - id: lab\n    employer: Lab\n"
        f"    role: Engineer\n    start: 2019\n    bullets:\n{bullets}      - {{id: zero, text: Baked bread.}}\n",
        encoding="utf-8",
    )
    posting = tmp_path / "posting.md"
    posting.write_text("# HPC Engineer\n\n## Requirements\n\n- MPI solvers\n", encoding="utf-8")
    default = pipeline.build(posting, cv, output=tmp_path / "a.docx")
    assert set(default.match.selection.bullet_ids) == {f"b{n}" for n in range(8)}  # as relevant as the best: all
    filled = pipeline.build(posting, cv, output=tmp_path / "b.docx", pages=1)
    assert {f"b{n}" for n in range(8)} <= set(filled.match.selection.bullet_ids)  # the evidence, all of it
    capped = pipeline.build(posting, cv, output=tmp_path / "c.docx", pages=1, max_bullets=3)
    assert len(capped.match.selection.bullet_ids) == 3


# --- expired certificates ----------------------------------------------------------------------------


def test_an_expired_certificate_is_named_as_expired_wherever_it_is_cited_never_valid_through(tmp_path: Path) -> None:
    from tailor.report import match_json, where

    cv, posting = lapsed_cpr(tmp_path)
    result = pipeline.match(posting, cv)  # today: long after Aug 2023
    cpr = next(k for k in result.coverage.keywords if k.keyword.term == "CPR")
    assert where(result, cpr) == "expired Aug 2023, not met until renewed; certificate (CPR, expired Aug 2023)"
    assert match_json(result)["where"]["certificate:1"] == "certificate (CPR, expired Aug 2023)"


def test_a_build_fitted_to_pages_reads_the_expired_certificates_once_and_its_coverage_still_marks_them(
    estimated_pages: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cv, posting = lapsed_cpr(tmp_path)
    read: list[dt.date] = []

    def expired_certificates(cv: object, today: dt.date) -> dict[str, str]:
        read.append(today)
        return {"certificate:1": "Aug 2023"}

    monkeypatch.setattr(pipeline, "expired_certificates", expired_certificates)
    built = pipeline.build(posting, cv, output=tmp_path / "r.docx", pages=1, today=DAY)
    assert built.documents is not None and built.documents.page_fit is not None
    assert read == [DAY]  # once, for the match and for the coverage of what page fitting kept
    cpr = next(k for k in built.match.coverage.keywords if k.keyword.term == "CPR")
    assert (cpr.status, cpr.expired, cpr.met) == ("selected", "Aug 2023", False)


# A CV written by hand: bullets as sentences, no ids. tailor names each item itself, and everything that names
# items (the ranking, pins, the manifest, the letter's paragraphs, the read-back check) works with those names.
HAND_WRITTEN = """\
contact: {name: Rosa Delgado, email: rosa@example.org}
experience:
  - employer: Mesa Community Health Center
    role: Medical Assistant
    start: 2021
    bullets:
      - Roomed 30 patients a day and took vitals.
      - Drew blood and processed lab specimens for the clinic's lab.
      - text: Scheduled follow-ups in *eClinicalWorks*.
        pin: true
  - employer: Desert Sun Pharmacy
    role: Pharmacy Technician
    start: 2018
    end: 2021
    bullets:
      - "Filled prescriptions: 250 a day, checked by the pharmacist."
letter:
  paragraphs:
    - text: At Mesa I drew blood and processed lab specimens every day.
      bullets: [mesa-community-health-center-2]
    - text: I keep a clinic's schedule running.
"""


def test_a_cv_without_ids_ranks_builds_and_records_the_ids_it_derives(estimated_pages: None, tmp_path: Path) -> None:
    cv, posting = tmp_path / "cv.yaml", tmp_path / "posting.md"
    cv.write_text(HAND_WRITTEN, encoding="utf-8")
    posting.write_text(
        "# Phlebotomist\n\nValley Labs · Phoenix\n\n## Requirements\n\n- Draw blood and process lab specimens\n",
        encoding="utf-8",
    )
    matched = pipeline.match(posting, cv)
    assert matched.ranking.bullets[0].id == "mesa-community-health-center-2"
    assert "mesa-community-health-center-3" in matched.selection.printed_ids  # pinned, though the posting says nothing
    built = pipeline.build(posting, cv, out=tmp_path, letter=True, today=DAY)
    record = manifest.read(built.manifest)
    assert [b.id for b in record.bullets] == [
        "mesa-community-health-center-1",
        "mesa-community-health-center-2",
        "mesa-community-health-center-3",
        "desert-sun-pharmacy-1",
    ]
    assert record.letter is not None
    assert [p.id for p in record.letter.parts if p.kind == "paragraph"][:1] == ["letter-1"]
    assert pipeline.check(built.output).ok


WOUND_CARE_POSTING = """\
# Registered Nurse, Post-Operative Unit
## Responsibilities
- Deliver IV therapy and post-operative care to surgical patients
- Educate patients on medications and discharge plans; document in Epic
## Requirements
- Current RN license
- Wound care experience
"""


def test_a_required_keyword_only_a_left_out_bullet_says_is_shown_in_place_of_a_weaker_line(tmp_path: Path) -> None:
    # "wound care" scores below the bullets about IV therapy and post-operative units; the budget of three would
    # leave it out and the résumé would lack a keyword the posting requires. It takes the place of the weakest
    # bullet kept whose keywords another bullet shows too.
    cv, posting = one_role(
        tmp_path,
        "Lakeside Regional Hospital",
        "Registered Nurse, Medical-Surgical",
        [
            "Started and maintained IV therapy for 5-6 post-operative patients a shift.",
            "Documented assessments and IV therapy in Epic.",
            "Dressed pressure injuries as the unit's wound care resource nurse.",
            "Floated to telemetry and post-operative units on short notice.",
            "Charted post-operative vital signs in Epic every four hours.",
        ],
        WOUND_CARE_POSTING,
    )
    result = pipeline.match(posting, cv, max_bullets=3)
    reasons = {c.bullet_id: c.reason for c in result.selection.choices if c.kept}
    assert reasons == {"b1": "best of its role", "b2": "within budget", "b3": "shows a required keyword"}
    status = {k.keyword.term: k.status for k in result.coverage.required}
    assert (status["wound care"], status["IV therapy"], status["Epic"]) == ("selected", "selected", "selected")


def test_the_degree_a_posting_requires_above_the_cvs_is_read_once_per_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tailor.degrees

    cv, posting = one_role(
        tmp_path,
        "Harrow Lane Studio",
        "Product Designer",
        ["Built the design system in Figma.", "Ran usability tests with 30 nurses."],
        "# Senior UX Researcher\n\n## Requirements\n\n- Master's degree in HCI required\n- Usability testing\n"
        "- Figma and design systems\n",
    )
    education = "education:\n  - {degree: BFA Communication Design, institution: Ardent College}\n"
    cv.write_text(cv.read_text(encoding="utf-8") + education, encoding="utf-8")
    reads = []
    real = tailor.degrees.degree_lacking
    monkeypatch.setattr(tailor.degrees, "degree_lacking", lambda *args: reads.append(args) or real(*args))
    result = pipeline.match(posting, cv)
    # The fit's label, the warnings and the flags all answer to it; the match read it once.
    assert result.degree is not None and result.degree.required == "a master's degree"
    assert any("requires a master's degree" in w for w in result.warnings)
    assert "requires a master's degree" in result.flags
    assert len(reads) == 1


def test_load_tells_a_table_of_postings_that_cannot_be_ranked_before_reading_the_cv(tmp_path: Path) -> None:
    # The CV's analysis takes seconds; a table with no rows is known from its first line, so a script that loads
    # the CV for a ranking hears of the table first (here the CV does not even exist).
    table = tmp_path / "jobs.csv"
    table.write_text("title,company,description\n", encoding="utf-8")
    with pytest.raises(TailorError, match="has no rows"):
        pipeline.load(tmp_path / "no-such-cv.yaml", postings=[table])
    table.write_text("title,company,description\nBaker,Crumb & Co,Bake bread.\n", encoding="utf-8")
    with pytest.raises(TailorError, match="does not have"):
        pipeline.load(tmp_path / "no-such-cv.yaml", postings=[table], columns="description=Body")


def test_the_terms_a_build_says_it_matched_leave_out_a_word_its_phrase_says_as_often(tmp_path: Path) -> None:
    from tailor.report import top_terms

    cv, posting = one_role(
        tmp_path,
        "Harbor Freight Lines",
        "Staff Accountant",
        ["Posted journal entries for payroll.", "Reviewed journal entries for the fleet's fuel cards."],
        "# Staff Accountant\n\n## Requirements\n\n- Prepare journal entries for payroll and fuel\n",
    )
    terms = top_terms(pipeline.build(posting, cv, output=tmp_path / "out.docx"))
    assert "journal entries" in terms and not {"journal", "entries"} & set(terms)
