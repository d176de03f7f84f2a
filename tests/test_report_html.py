"""The HTML report: one self-contained, escaped, deterministic page that shows the posting
with its keywords marked beside the choices a résumé would make."""

from __future__ import annotations

import datetime as dt
import html
import json
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from tailor import resources
from tailor.cli import app
from tailor.pipeline import Match, build, match
from tailor.posting import structure
from tailor.rank import FIT_LABELS, label_rules
from tailor.report import term_words
from tailor.report_html import STATUS_MARK, html_report
from tests.conftest import LETTER_CV, make_cv, needs, page_widths, screenshot

runner = CliRunner()
TODAY = dt.date(2025, 3, 14)
EXAMPLE = resources.bundled("examples") / "distributed-training-engineer.md"
HOSTILE = "<script>alert(1)</script>"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@pytest.fixture(scope="module")
def result() -> Match:
    return match(EXAMPLE, "example")


@pytest.fixture(scope="module")
def page(result: Match) -> str:
    return html_report(result, TODAY)


def tree(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def text_of(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def words_of(element: lxml.html.HtmlElement) -> str:
    """The text as the posting wrote it: without the status marks after keywords."""
    marks = "".join(element.xpath(".//sup[@class='flag']//text()"))
    text = text_of(element)
    for mark in marks:
        text = text.replace(mark, "", 1)
    return text


class _Checker(HTMLParser):
    """Records every tag and attribute, and whether open and close tags pair up."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '(nothing)'}>")
        else:
            self.stack.pop()


def checked(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def posting_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "posting.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- a valid, self-contained page ------------------------------------------------------


def test_report_is_a_complete_html5_document(page: str) -> None:
    assert page.startswith("<!doctype html>\n")
    checker = checked(page)
    assert checker.problems == [] and checker.stack == []
    tags = dict(checker.tags)
    assert tags["html"]["lang"] == "en"
    assert {"charset": "utf-8"} in [a for t, a in checker.tags if t == "meta"]
    title = tree(page).findtext(".//title")
    assert "Bruno Magalhaes" in title and "Northwind Robotics" in title


def test_report_needs_nothing_from_the_network(page: str) -> None:
    for tag, attrs in checked(page).tags:
        for name in ("src", "href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), f"<{tag} {name}={value}>"
        assert not (tag == "link" and "stylesheet" in (attrs.get("rel") or "")), "an external stylesheet"
        assert not (tag == "script" and "src" in attrs), "an external script"
    css = tree(page).findtext(".//style")
    assert "@import" not in css and "url(" not in css


def test_report_is_print_friendly_and_switches_to_one_column_on_narrow_screens(page: str) -> None:
    css = tree(page).findtext(".//style")
    assert "@media print" in css
    assert "@media (min-width:" in css  # two columns only when the screen is wide


def test_report_is_deterministic(result: Match, page: str) -> None:
    assert html_report(result, TODAY) == page


# --- what it shows ---------------------------------------------------------------------


def test_header_names_the_cv_owner_the_posting_the_fit_and_the_date(result: Match, page: str) -> None:
    header = text_of(tree(page).find(".//header[@class='top']"))
    assert "Bruno Magalhaes" in header
    assert "Senior Machine Learning Engineer, Distributed Training at Northwind Robotics" in header
    assert f"{result.ranking.score:.3f}" in header
    assert "2025-03-14" in header


def test_the_note_on_the_fit_gives_the_thresholds_tailor_uses(page: str) -> None:
    lowest = {label: score for score, label in FIT_LABELS}
    assert f"strong from {lowest['strong']:.2f}, partial from {lowest['partial']:.2f}" in words_of(tree(page))
    assert label_rules() in words_of(tree(page))  # and what else bounds the label, as rank and the overview say


def test_header_shows_where_the_job_is_and_where_each_detail_was_found(page: str) -> None:
    header = text_of(tree(page).find(".//header[@class='top']"))
    assert "Location: Zürich or remote (Europe)" in header
    assert "Found by: title — heading; company — board-header; location — board-header" in header


def test_every_chosen_bullet_appears_verbatim_under_its_role(result: Match, page: str) -> None:
    roles = tree(page).find_class("role")
    assert len(roles) == len(result.selection.roles)
    for role, chosen in zip(roles, result.selection.roles, strict=True):
        assert role.findtext(".//h3") == chosen.entry.employer
        assert chosen.entry.role in text_of(role) and chosen.entry.start in text_of(role)
        shown = [li.find(".//p").text_content() for li in role.find_class("bullet")]
        assert shown == [b.plain for b in chosen.bullets]


def test_each_bullet_shows_its_score_and_matched_terms(result: Match, page: str) -> None:
    scored = {b.id: b for b in result.ranking.bullets}
    for li in tree(page).find_class("bullet"):
        item = scored[li.get("data-id")]
        assert li.find_class("score")[0].text_content() == f"{item.score:.3f}"
        terms = [t.text_content() for t in li.xpath(".//ul[@class='terms']/li[not(contains(@class, 'label'))]")]
        # The posting's own terms in its own words, then those the bullet's role says and it does not, then those
        # the posting does not say, marked as related to one it does (in the CV's words).
        words = term_words(result)
        own = list(dict.fromkeys(words[t] for t in item.terms if t not in item.related and t not in item.context))
        around = [f"its role: {words[t]}" for t in item.context if t not in item.related]
        assert terms == own + around + [f"related: {words[t]}" for t in item.related]
    assert "PyTorch" in page and ">pytorch<" not in page  # as the posting writes it, not as analysis spells it


def test_every_keyword_is_in_the_coverage_table_with_its_status_mark(result: Match, page: str) -> None:
    rows = tree(page).xpath("//table/tbody/tr")
    assert len(rows) == len(result.coverage.keywords) > 0
    for row, k in zip(rows, result.coverage.keywords, strict=True):
        keyword, needed, status, where = (text_of(td) for td in row.findall("td"))
        assert keyword.startswith(k.keyword.label)
        assert needed == k.keyword.need
        assert status == f"{STATUS_MARK[k.status]} {k.status}"
        labels = result.ranking.cv.labels
        assert where.startswith(", ".join(labels[i] for i in k.where))
        assert ("related:" in where) == bool(k.related)


def test_keywords_in_the_posting_are_marked_by_status_without_relying_on_colour(result: Match, page: str) -> None:
    statuses = {k.keyword.label: k.status for k in result.coverage.keywords}
    marks = tree(page).xpath("//article[contains(@class, 'posting')]//mark[@data-status]")
    assert {m.get("data-status") for m in marks} == {"selected", "absent"}  # this CV and posting have both
    for mark in marks:
        term = mark.get("title").split(":")[0]
        assert mark.get("data-status") == statuses[term]
    flags = [m.find_class("flag")[0].text_content() for m in marks if m.find_class("flag")]
    assert len(flags) == len(marks) and set(flags) == {STATUS_MARK["selected"], STATUS_MARK["absent"]}
    # The posting's words stay exactly as written inside the highlights.
    assert "PyTorch" in [words_of(m) for m in marks]


def test_every_keyword_the_coverage_table_lists_is_marked_where_the_posting_says_it(tmp_path: Path) -> None:
    # "administer medications" is read as the skill medication administration, whose own words the posting never
    # writes: the posting's words for it are marked, as any keyword's are, so the page shows where it is asked.
    cv = make_cv({"Harbor Clinic": ["Triaged walk-in patients and dressed wounds."]})
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(cv.model_dump(mode="json", exclude_none=True)), encoding="utf-8")
    posting = posting_file(
        tmp_path, "Clinic Nurse\n\nRequirements:\n- Triage walk-in patients\n- Administer medications per protocol\n"
    )
    result = match(posting, cv_path)
    listed = {k.keyword.label for k in result.coverage.keywords}
    assert "administer medications (medication administration)" in {label.lower() for label in listed}
    marks = tree(html_report(result, TODAY)).xpath("//article[contains(@class, 'posting')]//mark[@data-status]")
    assert {m.get("title").split(":")[0] for m in marks} == listed
    assert "Administer medications" in [words_of(m) for m in marks]


def test_sections_show_kind_and_weight_and_weight_zero_ones_are_dimmed(result: Match, page: str) -> None:
    sections = tree(page).find_class("psec")
    assert [s.get("data-kind") for s in sections] == [s.kind.value for s in structure.of(result.posting).sections]
    for section in sections:
        badge = text_of(section.find_class("badge")[0])
        assert badge.startswith(f"{section.get('data-kind')} · weight {section.get('data-weight')}")
        assert ("dimmed" in section.classes) == (section.get("data-weight") == "0")
    assert any("dimmed" in s.classes and s.get("data-kind") == "benefits" for s in sections)


def test_coverage_figure_is_labelled_lexical_and_absent_required_keywords_are_listed(result: Match, page: str) -> None:
    coverage = tree(page).find_class("coverage")[0]
    figure = text_of(coverage.find_class("figure")[0])
    assert f"{result.coverage.ratio:.0%}" in figure
    assert "lexical coverage — not a prediction of any applicant tracking system" in figure
    absent = [k.asked for k in result.coverage.required if k.status == "absent"]  # with its alternatives
    assert absent, "the example CV lacks some of the example's required keywords"
    assert [text_of(li) for li in coverage.find_class("missing")[0].iter("li")] == [f"✗ {t}" for t in absent]


def test_a_role_or_a_talk_of_a_section_of_its_own_is_shown_with_its_section(tmp_path: Path) -> None:
    cv = make_cv({"Acme Labs": ["Built a Python parser."], "Food Bank": ["Sorted donations with Python."]})
    data = cv.model_dump(mode="json", exclude_none=True)
    data["experience"][1]["section"] = "Volunteer <Work> & More"
    data["publications"] = [{"id": "talk", "year": "2024", "title": "Parsing Talk", "section": "Invited Talks"}]
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(data), encoding="utf-8")
    root = tree(html_report(match(posting_file(tmp_path, "Engineer\n\nRequirements:\n- Python\n"), cv_path), TODAY))
    roles = {role.findtext(".//h3"): text_of(role) for role in root.find_class("role")}
    assert "Volunteer <Work> & More" in roles["Food Bank"] and "Volunteer" not in roles["Acme Labs"]
    assert "Parsing Talk — 2024 · Invited Talks" in text_of(root)


def test_a_posting_without_keywords_gets_a_report_without_a_coverage_figure(tmp_path: Path) -> None:
    root = tree(html_report(match(posting_file(tmp_path, "Hello there.\n\nWe like tea.\n"), "example"), TODAY))
    coverage = root.find_class("coverage")[0]
    assert coverage.find_class("figure") == [] and coverage.findall(".//table") == []
    assert "No keywords found in the posting's requirements." in text_of(coverage)
    assert root.find_class("stat")[1].findtext("dd") == "–"


# --- escaping and light Markdown -------------------------------------------------------


def test_posting_and_cv_text_are_escaped(tmp_path: Path) -> None:
    cv = make_cv({"Acme <Labs> & Sons": [f"Built a Python {HOSTILE} parser & a C++ <b>renderer</b>."]})
    cv_path = tmp_path / "cv.yaml"
    # JSON is YAML: the model's own dump is a valid CV file.
    cv_path.write_text(json.dumps(cv.model_dump(mode="json", exclude_none=True)), encoding="utf-8")
    posting = posting_file(
        tmp_path, f'Engineer\n\nRequirements:\n- Python and C++ {HOSTILE}\n- A <b>bold</b> & "quoted" claim\n'
    )
    page = html_report(match(posting, cv_path), TODAY)

    checker = checked(page)
    assert "script" not in [t for t, _ in checker.tags]
    assert tree(page).xpath("//b[not(ancestor::*[@class='badge'])]") == []
    assert checker.problems == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = words_of(tree(page).find(".//body"))
    assert HOSTILE in text and 'A <b>bold</b> & "quoted" claim' in text
    assert f"Built a Python {HOSTILE} parser & a C++ <b>renderer</b>." in text
    assert "Acme <Labs> & Sons" in text


def test_light_markdown_becomes_headings_lists_and_bold_and_links_keep_only_their_words(tmp_path: Path) -> None:
    posting = posting_file(
        tmp_path,
        "# Backend Engineer\n\n**Acme Corp** · Remote\n\n## Requirements\n\n"
        "- Python and\n  PostgreSQL\n- Docker\n\n## How to apply\n\nSee [our page](https://acme.example/jobs).\n",
    )
    root = tree(html_report(match(posting, "example"), TODAY))
    headings = [text_of(h) for h in root.xpath("//article//h3")]
    assert "Requirements" in headings and "How to apply" in headings
    items = [words_of(li) for li in root.xpath("//section[@data-kind='requirements']//li")]
    assert items == ["Python and PostgreSQL", "Docker"]
    assert root.xpath("//article//strong")[0].text_content() == "Acme Corp"
    apply = root.xpath("//section[@data-kind='apply']")[0]
    assert words_of(apply).endswith("See our page.") and "dimmed" in apply.classes
    assert "https://acme.example" not in html.unescape(lxml.html.tostring(root, encoding="unicode"))


def test_label_lines_of_a_paragraph_stay_on_lines_of_their_own_and_wrapped_lines_join(tmp_path: Path) -> None:
    posting = posting_file(
        tmp_path,
        "# Learning Manager\n\n**Salary:** £36,500 per annum\n**Contract:** Permanent\n\n## About us\n\n"
        "We care for castles\nand gardens.\n\n## Requirements\n\n- Python\n",
    )
    root = tree(html_report(match(posting, "example"), TODAY))
    paragraphs = {words_of(p): p for p in root.xpath("//article//p")}
    salary = next(p for text, p in paragraphs.items() if "36,500" in text)
    shown = lxml.html.tostring(salary, encoding="unicode")
    assert shown.count("<br>") == 1 and "per annum<br>\n<strong>Contract:</strong>" in shown
    castles = next(p for text, p in paragraphs.items() if "castles" in text)
    assert not castles.findall("br") and words_of(castles) == "We care for castles and gardens."


def test_a_tables_rows_stay_on_lines_of_their_own(tmp_path: Path) -> None:
    posting = posting_file(
        tmp_path,
        "# Process Technician\n\n## Requirements\n\n| Area | Detail |\n|---|---|\n| Education | A diploma |\n"
        "| Experience | Three years of molding |\n",
    )
    root = tree(html_report(match(posting, "example"), TODAY))
    table = next(p for p in root.xpath("//article//p") if "diploma" in words_of(p))
    assert len(table.findall("br")) == 2  # three rows, each on its line


def test_a_list_copied_without_its_marks_shows_as_the_list_the_posting_is_read_as(tmp_path: Path) -> None:
    posting = posting_file(
        tmp_path,
        "Line Cook\n\nWhat you will do:\nPrep vegetables and sauces for the dinner service\n"
        "Run the grill station on busy weekends\nKeep the walk-in cooler clean and labeled\n",
    )
    root = tree(html_report(match(posting, "example"), TODAY))
    items = [words_of(li) for li in root.xpath("//section[@data-kind='responsibilities']//li")]
    assert items == [
        "Prep vegetables and sauces for the dinner service",
        "Run the grill station on busy weekends",
        "Keep the walk-in cooler clean and labeled",
    ]


# --- the command line ------------------------------------------------------------------


def test_match_format_html_prints_the_page() -> None:
    result = runner.invoke(app, ["match", str(EXAMPLE), "--cv", "example", "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<!doctype html>")
    assert result.output.rstrip().endswith("</html>")


def test_build_report_writes_the_page_beside_the_resume_and_its_manifest(tmp_path: Path) -> None:
    out = tmp_path / "cv.docx"
    result = runner.invoke(app, ["build", str(EXAMPLE), "--cv", "example", "-o", str(out), "--report"])
    assert result.exit_code == 0, result.output
    report = tmp_path / "cv.report.html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.docx", "cv.manifest.json", report.name]
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "cv.report.html" in result.output


def test_build_without_report_writes_no_page(tmp_path: Path) -> None:
    built = build(EXAMPLE, "example", output=tmp_path / "cv.docx", today=TODAY)
    assert built.report is None and not (tmp_path / "cv.report.html").exists()


def test_build_refuses_an_existing_report_without_force_and_writes_nothing(tmp_path: Path) -> None:
    report = tmp_path / "cv.report.html"
    report.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["build", str(EXAMPLE), "--cv", "example", "-o", str(tmp_path / "cv.docx"), "--report"])
    assert result.exit_code == 2, result.output
    assert "cv.report.html already exists" in result.output and "--force" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.report.html"]
    assert report.read_text(encoding="utf-8") == "mine"

    built = build(EXAMPLE, "example", output=tmp_path / "cv.docx", report=True, force=True, today=TODAY)
    assert built.report == report
    assert report.read_text(encoding="utf-8") == html_report(built.match, TODAY)


# --- how it looks ----------------------------------------------------------------------


@needs("chromium")
def test_report_renders_in_a_headless_browser(tmp_path: Path, page: str) -> None:
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    width, height, pixels = screenshot(report, tmp_path / "report.png", 1280, 1600)
    assert (width, height) == (1280, 1600)
    # A blank page compresses to a handful of byte values; text, highlights and rules make many.
    assert len(set(pixels)) > 64


@needs("chromium")
@pytest.mark.parametrize("width", [420, 1000, 1280])
def test_the_report_never_scrolls_sideways_even_with_long_titles_and_ids(tmp_path: Path, width: int) -> None:
    long_role = "Senior Infrastructure Engineer, Site Reliability and Network Operations Lead"
    long_ids = ["rocky-enterprise-software-foundation-res-9-1", "rocky-enterprise-software-foundation-res-10-2"]
    texts = ["Ran Kubernetes and Terraform for the build farm.", "Wrote Python tooling on Linux."]
    cv = make_cv(
        {"Rocky Enterprise Software Foundation": [{"text": t, "id": i} for t, i in zip(texts, long_ids, strict=True)]},
        headline=long_role,
        skills=["Containers / OCI / Kubernetes / K8s", "Python, Bash, Golang"],
    )
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(cv.model_dump(mode="json", exclude_none=True)), encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("SRE\n\nRequirements:\n- Kubernetes\n- Terraform\n- Python\n- Docker\n", encoding="utf-8")
    report = tmp_path / "report.html"
    report.write_text(html_report(match(posting, cv_path), TODAY), encoding="utf-8")

    shown, taken = page_widths(report, width, tmp_path / "chromium-profile")
    assert taken <= shown


def test_a_letter_shows_its_texts_in_order_and_why_the_others_were_left_out() -> None:
    from tailor.cv import load_cv
    from tailor.letter import choose

    material = load_cv(LETTER_CV).letter
    assert material is not None
    values = {"company": HOSTILE, "title": "ML Engineer", "date": "14 March 2025"}
    letter = choose(material, values, {}, lambda texts: [0.5 if "GPU" in t else 0.0 for t in texts], {})
    shown = html_report(match(EXAMPLE, LETTER_CV), TODAY, letter)
    assert HOSTILE not in shown and checked(shown).problems == []
    panel = tree(shown).xpath("//section[contains(@class, 'letter')]")[0]
    texts = [text_of(p) for p in panel.xpath(".//li[contains(@class, 'bullet')]/div/p")]
    assert texts[0] == f"Dear {HOSTILE} hiring team,"  # filled, and escaped by the page
    assert "needs hiring_manager, which the posting does not name" in text_of(panel)
    assert "Left out" in text_of(panel) and "Cover letter" in text_of(panel)
    assert '<section class="panel letter"' not in html_report(match(EXAMPLE, LETTER_CV), TODAY)


def test_a_keyword_met_by_its_alternative_is_marked_met_in_the_posting_and_not_listed_missing(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ana Silva, email: ana@example.org}\nexperience:\n  - id: ops\n    employer: Acme\n"
        "    role: Engineer\n    start: 2020\n    bullets:\n      - {id: aws, text: Ran services on AWS.}\n",
        encoding="utf-8",
    )
    posting = posting_file(tmp_path, "Cloud Engineer\n\nRequirements:\n- Experience with AWS, GCP or Azure\n- Go\n")
    page = tree(html_report(match(posting, cv), TODAY))
    marks = {text_of(m).rstrip("✓~✗"): m.get("data-status") for m in page.xpath("//mark[contains(@class, 'kw')]")}
    assert marks["GCP"] == "selected" and marks["Azure"] == "selected"  # the requirement is met, by AWS
    missing = [text_of(li) for li in page.xpath("//*[contains(@class, 'missing')]//li")]
    assert not any("GCP" in m or "Azure" in m for m in missing)
    gcp = next(row for row in page.xpath("//tr[contains(@class, 'met-row')]") if "GCP" in text_of(row))
    assert "met" in text_of(gcp.xpath("td")[2]) and "absent" not in text_of(gcp.xpath("td")[2])


def test_a_keyword_met_by_another_tool_offered_with_it_names_that_tool_once_not_again_as_related(
    tmp_path: Path,
) -> None:
    # As the terminal's table does: "either will do; you show Adobe Photoshop", not "…; related: Adobe Photoshop".
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ines Marlowe, email: ines@example.org}\nexperience:\n  - id: arts\n"
        "    employer: Harbor Arts Council\n    role: Marketing Coordinator\n    start: 2021\n    bullets:\n"
        "      - {id: flyers, text: Designed the fall event flyers in Adobe Photoshop.}\n",
        encoding="utf-8",
    )
    posting = posting_file(
        tmp_path, "Marketing Coordinator\n\nRequirements:\n- Proficiency in Canva or other graphics editing software\n"
    )
    page = tree(html_report(match(posting, cv), TODAY))
    canva = next(row for row in page.xpath("//tr[contains(@class, 'met-row')]") if "Canva" in text_of(row))
    where = text_of(canva.xpath("td")[3])
    assert "you show Adobe Photoshop" in where
    assert where.count("Photoshop") == 1, where


def test_a_keyword_met_by_one_of_its_kind_says_where_the_cv_shows_that_one(tmp_path: Path) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Ines Marlowe, email: ines@example.org}\nheadline: Builds streaming pipelines\n"
        "experience:\n  - id: ops\n    employer: Harbor Freight Lines\n    role: Analyst\n    start: 2021\n"
        "    bullets:\n      - {id: weekly, text: Wrote the weekly freight report.}\n",
        encoding="utf-8",
    )
    posting = posting_file(tmp_path, "Data Engineer\n\nRequirements:\n- Experience with data pipelines\n")
    page = tree(html_report(match(posting, cv), TODAY))
    row = next(row for row in page.xpath("//tr[contains(@class, 'met-row')]") if "data pipelines" in text_of(row))
    assert "met by stream processing (headline)" in text_of(row.xpath("td")[3])


def test_a_credential_shown_by_an_expired_certificate_is_marked_expired_not_in_the_resume(tmp_path: Path) -> None:
    cv = make_cv(
        {"Harbour Pool": ["Taught swimming to children and adults."]},
        certificates=[{"name": "CPR", "expires": "2023-08"}],
    )
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(cv.model_dump(mode="json", exclude_none=True)), encoding="utf-8")
    posting = posting_file(tmp_path, "Lifeguard\n\nRequirements:\n- Current CPR certification\n")
    root = tree(html_report(match(posting, cv_path), TODAY))
    row = next(r for r in root.iter("tr") if r.get("data-status") and "CPR" in r.text_content())
    assert "! expired Aug 2023" in row.text_content() and "✓" not in row.text_content()


def test_a_licence_held_of_another_state_only_is_marked_held_for_it_not_in_the_resume(tmp_path: Path) -> None:
    cv = make_cv(
        {"Lakeview Dental": ["Provided scaling and root planing for 9 patients a day."]},
        certificates=[{"name": "Registered Dental Hygienist (RDH)", "issuer": "Ohio State Dental Board"}],
    )
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(cv.model_dump(mode="json", exclude_none=True)), encoding="utf-8")
    posting = posting_file(
        tmp_path, "Dental Hygienist\n\nRequirements:\n- Active Pennsylvania dental hygiene license (RDH) required\n"
    )
    root = tree(html_report(match(posting, cv_path), TODAY))
    row = next(r for r in root.iter("tr") if r.get("data-status") and "RDH" in r.text_content())
    assert "! other one: Ohio" in row.text_content() and "✓" not in row.text_content()
    (mark,) = [m for m in root.xpath("//mark[contains(@class, 'kw')]") if "RDH" in text_of(m)]
    assert mark.get("data-status") == "short" and "held for Ohio only" in mark.get("title")


def test_a_language_the_resume_shows_below_the_level_asked_is_marked_short_in_the_posting_not_unselected(
    tmp_path: Path,
) -> None:
    # The résumé prints "Spanish (conversational)": "in your CV, not selected" would be false; the mark says it is
    # shown and short of what the posting asks, and the legend says what the mark means.
    cv = make_cv({"Harbour Clinic": ["Registered 40 patients a day at the front desk."]})
    data = cv.model_dump(mode="json", exclude_none=True)
    data["languages"] = [{"name": "English", "fluency": "native"}, {"name": "Spanish", "fluency": "conversational"}]
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(data), encoding="utf-8")
    posting = posting_file(tmp_path, "Patient Registrar\n\nRequirements:\n- Fluent Spanish required\n")
    root = tree(html_report(match(posting, cv_path), TODAY))
    spanish = next(m for m in root.xpath("//article//mark[contains(@class, 'kw')]") if "Spanish" in text_of(m))
    assert spanish.get("data-status") == "short" and text_of(spanish).endswith("!")
    assert "your level: conversational" in spanish.get("title")
    legend = text_of(root.xpath("//ul[contains(@class, 'legend')]")[0])
    assert "short of what is asked" in legend


@needs("chromium")
@pytest.mark.parametrize("width", [420, 1000, 1280])
def test_the_legend_of_a_mark_short_of_what_is_asked_wraps_within_its_panel(tmp_path: Path, width: int) -> None:
    # The longest entry of the legend stays inside the posting's panel, which never scrolls sideways.
    cv = make_cv({"Harbour Clinic": ["Registered 40 patients a day at the front desk."]})
    data = cv.model_dump(mode="json", exclude_none=True)
    data["languages"] = [{"name": "Spanish", "fluency": "conversational"}]
    cv_path = tmp_path / "cv.yaml"
    cv_path.write_text(json.dumps(data), encoding="utf-8")
    posting = posting_file(tmp_path, "Patient Registrar\n\nRequirements:\n- Fluent Spanish required\n")
    report = tmp_path / "report.html"
    report.write_text(html_report(match(posting, cv_path), TODAY), encoding="utf-8")
    shown, taken = page_widths(report, width, tmp_path / "chromium-profile", box="article.posting")
    assert taken <= shown


def test_the_page_shows_what_match_warns_of_under_its_header(tmp_path: Path) -> None:
    # A reader who opens only the report learns that the job asks for a licence the CV does not show.
    posting = tmp_path / "nurse.txt"
    posting.write_text(
        "Research Nurse\n\nResponsibilities\n- Run MPI and CUDA simulations of drug dosing.\n\n"
        "Requirements\n- Current Ohio RN license.\n- Experience with HPC clusters.\n",
        encoding="utf-8",
    )
    warned = match(posting, "example")
    box = tree(html_report(warned, TODAY)).xpath("//section[@class='warnings']//li")
    assert [text_of(li) for li in box] == [f"⚠ {w}" for w in warned.warnings]
    assert any("requires RN" in text_of(li) for li in box)


def test_grouped_skills_show_a_line_per_group_each_name_escaped_and_verbatim(tmp_path: Path) -> None:
    from tailor.cv import CV

    grouped = CV.model_validate(
        {
            "contact": {"name": "Ines Varga"},
            "experience": [
                {
                    "id": "ward",
                    "employer": "St Brigid Hospital",
                    "role": "Staff Nurse",
                    "bullets": [{"id": "w1", "text": "Monitored telemetry for ICU patients and charted in Epic."}],
                }
            ],
            "skills": {f"Clinical {HOSTILE}": ["telemetry", "IV therapy"], "Systems": ["Epic"]},
        }
    )
    path = tmp_path / "cv.yaml"
    from ruamel.yaml import YAML

    with path.open("w", encoding="utf-8") as handle:
        YAML().dump(grouped.model_dump(mode="json", exclude_defaults=True), handle)
    posting = posting_file(tmp_path, "ICU Nurse\n\nWe need telemetry and Epic experience in our ICU.\n")
    page = html_report(match(posting, path), TODAY)

    lines = {
        text_of(line.xpath("span[@class='group']")[0]): [text_of(chip) for chip in line.xpath("span[@class='chip']")]
        for line in tree(page).xpath("//div[@class='chips'][span[@class='group']]")
    }
    assert lines == {f"Clinical {HOSTILE}:": ["telemetry", "IV therapy"], "Systems:": ["Epic"]}
    assert HOSTILE not in page  # escaped, never markup
