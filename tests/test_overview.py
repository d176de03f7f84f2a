"""The overview of a batch: index.html and index.csv, every posting with its fit, coverage and links."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest

from tailor.overview import CSV_COLUMNS, MAX_LISTED_UNREADABLE, Entry, csv_text, html_page
from tailor.rank import label_rules
from tailor.scored import Copy, Unreadable
from tests.conftest import needs, screenshot

HOSTILE = "<script>alert(1)</script>"
TODAY = dt.date(2025, 3, 14)


def entry(rank: int, score: float, fit: str, **more: object) -> Entry:
    values: dict[str, object] = {
        "coverage": 0.62,
        "status": "built",
        "title": f"Engineer {rank}",
        "company": "Acme",
        "location": "Berlin",
        "salary": None,
        "copies": (),
        "resume": f"Me_-_Acme_-_Engineer_{rank}.docx",
        "letter": None,
        "report": None,
        "pdf": None,
        "exports": (),
        "url": f"https://jobs.example/{rank}",
        "source": f"jobs.csv#row={rank}",
    }
    return Entry(rank=rank, score=score, fit=fit, **(values | more))  # type: ignore[arg-type]


ROWS = [
    entry(1, 0.412, "strong", report="Me_-_Acme_-_Engineer_1.report.html", salary="USD 120,000–150,000 a year",
          copies=(Copy("jobs.csv#row=9", "Lisbon", "https://jobs.example/9"), Copy("jobs.csv#row=12", "Berlin"))),
    entry(2, 0.233, "strong", status="edited", title=HOSTILE, company="Smith & Sons",
          letter="Me_-_Acme_-_Engineer_2_-_Letter.docx", exports=(("Markdown", "Me_-_Acme_-_Engineer_2.md"),)),
    entry(3, 0.151, "partial", status="up to date", coverage=None, location=None),
    entry(4, 0.071, "weak", status="failed", resume=None, url=None),
]  # fmt: skip


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.addresses += [v for k, v in attrs if k in ("href", "src") and v]
        if tag == "script":
            self.scripts.append(found)
        assert tag not in ("link", "img", "iframe"), tag


def test_the_page_is_self_contained_and_links_only_to_the_files_beside_it_and_the_postings() -> None:
    page = html_page(ROWS, owner="Ada Lovelace", today=TODAY)
    links = _Links()
    links.feed(page)
    assert links.scripts == [{}]  # one inline script, nothing fetched
    files = {"Me_-_Acme_-_Engineer_1.docx", "Me_-_Acme_-_Engineer_1.report.html", "Me_-_Acme_-_Engineer_2.docx",
             "Me_-_Acme_-_Engineer_2_-_Letter.docx", "Me_-_Acme_-_Engineer_2.md",
             "Me_-_Acme_-_Engineer_3.docx"}  # fmt: skip
    assert set(links.addresses) == files | {f"https://jobs.example/{n}" for n in (1, 2, 3, 9)}


def test_every_value_is_text_never_markup() -> None:
    page = html_page(ROWS, owner="Ada <b>Lovelace</b>", today=TODAY)
    assert HOSTILE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Smith &amp; Sons" in page and "<b>Lovelace</b>" not in page


def test_the_rows_are_best_first_with_fit_coverage_copies_and_status() -> None:
    tree = lxml.html.document_fromstring(html_page(ROWS, owner="Ada Lovelace", today=TODAY))
    body = tree.xpath("//table[@id='postings']/tbody/tr")
    assert [r.xpath("td")[0].text_content() for r in body] == ["1", "2", "3", "4"]
    first = [" ".join(td.text_content().split()) for td in body[0].xpath("td")]
    assert first[1] == "0.412strong" and first[2] == "62%" and first[5] == "Berlinalso Lisbon" and first[6] == "2"
    assert "USD 120,000–150,000 a year" in first[3] and first[7].startswith("built")
    statuses = [r.xpath("td")[7].xpath("span[contains(@class, 'status')]")[0].text for r in body]
    assert statuses == ["built", "edited", "up to date", "failed"]
    assert body[2].xpath("td")[2].text_content() == "–"  # no coverage: no required keywords
    sortable = tree.xpath("//thead//th/@data-type")
    assert sortable == ["number", "number", "number", "text", "text", "text", "number", "text", "text"]


def test_the_note_gives_every_rule_of_the_fits_label_as_rank_and_the_report_do() -> None:
    # A row reading "0.187 partial" beside a note of "strong from 0.18" alone would contradict it: the note says what
    # else bounds a label (the required keywords said, a licence, a degree, a specialty), in the same words everywhere.
    tree = lxml.html.document_fromstring(html_page(ROWS, owner="Ada Lovelace", today=TODAY))
    note = " ".join(" ".join(p.text_content().split()) for p in tree.xpath("//p[@class='note']"))
    assert label_rules() in note
    assert "strong needs a third of the posting's required keywords said" in label_rules()


def test_the_links_to_many_copies_of_a_job_wrap_within_their_column() -> None:
    copies = tuple(Copy(f"jobs.csv#row={n}", "Lisbon", f"https://jobs.example/{n}") for n in range(10, 19))
    tree = lxml.html.document_fromstring(html_page([entry(1, 0.4, "strong", copies=copies)], owner="Me", today=TODAY))
    cell = tree.xpath("//table[@id='postings']/tbody/tr/td")[8]
    links = cell.xpath("a[starts-with(text(), 'copy')]")
    assert len(links) == 9
    # Each link is set unbroken; a space between two of them is where the line may break.
    assert all((link.tail or "").startswith(" ") or link.getnext() is None or link.getnext().tag != "a"
               for link in [cell.xpath("a")[0], *links[:-1]])  # fmt: skip


def test_the_page_counts_the_copies_listed_with_the_jobs_in_words_that_agree() -> None:
    def said(rows: list[Entry]) -> str:
        return " ".join(lxml.html.fromstring(html_page(rows, owner="Me", today=TODAY)).xpath("//p[@class='sub']")[0]
                        .text_content().split())  # fmt: skip

    assert "2 more postings were the same jobs as those listed, and are listed with them." in said(ROWS)
    one = [entry(1, 0.3, "strong", copies=(Copy("jobs.csv#row=2", "Lisbon"),))]
    assert "1 more posting was the same job as one listed, and is listed with it." in said(one)
    assert "same job" not in said([entry(1, 0.3, "strong")])


def test_the_page_names_a_folder_given_relative_to_where_batch_ran_by_its_whole_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Postings in .." (batch ../jobs.csv) or "Postings in jobs" names nothing to someone reading the page in its
    # own folder, later: the folder is said from the root.
    monkeypatch.chdir(tmp_path)
    for given in ("../saved/jobs.csv#row=3", "saved/jobs.csv#row=3"):
        rows = [entry(1, 0.3, "strong", source=given)]
        page = lxml.html.fromstring(html_page(rows, owner="Me", today=TODAY))
        folder = Path(os.path.abspath(Path(given).parent))
        assert f"Postings in {folder}." in page.find_class("sub")[0].text_content()
        assert page.xpath("//td//span[@class='source']")[0].text_content() == "jobs.csv#row=3"


def test_the_page_says_how_many_postings_top_and_min_fit_left_out() -> None:
    def said(**left_out: int) -> str:
        page = lxml.html.fromstring(html_page(ROWS, owner="Me", today=TODAY, **left_out))
        return " ".join(page.find_class("sub")[0].text_content().split())

    assert "Left out: 1,204 more by --top, 37 below --min-fit; tailor rank lists" in said(
        beyond_top=1204, below_min_fit=37
    )
    assert "Left out: 3 below --min-fit;" in said(below_min_fit=3)
    assert "Left out" not in said()


def test_the_page_names_the_postings_folder_once_and_each_posting_from_there() -> None:
    rows = [entry(1, 0.3, "strong", source="/home/me/jobs/2026/acme.md"),
            entry(2, 0.2, "partial", source="/home/me/jobs/2026/more/globex.html")]  # fmt: skip
    page = lxml.html.fromstring(html_page(rows, owner="Me", today=TODAY))

    assert "Postings in /home/me/jobs/2026." in page.find_class("sub")[0].text_content()
    shown = [(s.text_content(), s.get("title")) for s in page.xpath("//td//span[@class='source']")]
    assert shown == [
        ("acme.md", "/home/me/jobs/2026/acme.md"),
        ("more/globex.html", "/home/me/jobs/2026/more/globex.html"),
    ]


def test_the_csv_has_the_same_rows_for_a_spreadsheet() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(ROWS))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["rank"] for r in rows] == ["1", "2", "3", "4"]
    assert (rows[0]["duplicates"], rows[0]["duplicate_locations"]) == ("2", "Lisbon; Berlin")
    assert rows[0]["duplicate_urls"] == "https://jobs.example/9"  # as `tailor rank -f csv` has it
    assert rows[0]["duplicate_sources"] == "jobs.csv#row=9; jobs.csv#row=12"
    assert rows[2]["coverage"] == "" and rows[3]["resume"] == "" and rows[1]["title"] == HOSTILE
    assert rows[1]["letter"] == "Me_-_Acme_-_Engineer_2_-_Letter.docx" and rows[0]["letter"] == ""
    assert rows[1]["exports"] == "Me_-_Acme_-_Engineer_2.md" and rows[0]["exports"] == ""


@pytest.mark.parametrize(
    "hostile", ['=HYPERLINK("https://evil.example","Apply")', "+1-555-0100", "-2+3", "@SUM(A1)", "\t=1+1", "\uff1d1+1"]
)
def test_a_scraped_cell_a_spreadsheet_would_take_for_a_formula_reaches_index_csv_as_text(hostile: str) -> None:
    # OWASP's CSV injection: a cell opening with "=", "+", "-", "@", a tab or a carriage return is run as a formula
    # by Excel and LibreOffice; a single quote before it makes it text there (and is not shown in Excel's cell).
    rows = [entry(1, 0.4, "strong", title=hostile, company=hostile, location=hostile, url=hostile, salary=hostile)]
    bad = [Unreadable("jobs.csv#row=5", "no description", title=hostile, company=hostile)]
    read = list(csv.DictReader(io.StringIO(csv_text(rows, bad))))
    for row in read:
        for column in ("title", "company"):
            assert row[column] == "'" + hostile
    assert (read[0]["location"], read[0]["url"], read[0]["salary"]) == ("'" + hostile,) * 3
    # Numbers tailor writes stay numbers; a cell opening otherwise is as it was.
    assert (read[0]["rank"], read[0]["score"]) == ("1", "0.4")
    plain = list(csv.DictReader(io.StringIO(csv_text([entry(1, 0.4, "strong", title="Nurse – ICU (=RN)")]))))
    assert plain[0]["title"] == "Nurse – ICU (=RN)"


@pytest.mark.parametrize("cell", ["Nurse\rICU", "Nurse\r\nICU", "Nurse\nICU", 'Nurse "ICU"', "Nurse,\r ICU"])
def test_index_csv_keeps_a_cell_holding_a_line_break_or_a_quote_one_cell_of_one_row(cell: str) -> None:
    # A bare carriage return ends a row for a spreadsheet as "\n" does: every line break is written inside quotes.
    text = csv_text([entry(1, 0.4, "strong", title=cell, company=cell), entry(2, 0.3, "strong")])
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(r["rank"], r["title"], r["company"]) for r in rows] == [("1", cell, cell), ("2", "Engineer 2", "Acme")]
    assert text.count("\n") - cell.count("\n") * 2 == 3  # the header and two rows, each ending in one "\n"


def test_the_postings_that_could_not_be_read_are_listed_with_why_on_the_page_and_in_the_csv() -> None:
    bad = [Unreadable(f"jobs.csv#row={n}", f"The posting jobs.csv#row={n} has no description <{n}>.") for n in (5, 7)]
    page = lxml.html.fromstring(html_page(ROWS, owner="Me", today=TODAY, unreadable=bad))
    stats = {(s.find("dt").text, s.find("dd").text) for s in page.find_class("stat")}
    assert ("not ranked", "2") in stats and ("failed", "1") in stats
    listed = [li.text_content() for li in page.xpath("//section[@id='not-read']//li")]
    assert listed == ["The posting jobs.csv#row=5 has no description <5>.",
                      "The posting jobs.csv#row=7 has no description <7>."]  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(csv_text(ROWS, bad))))
    assert [r["status"] for r in rows] == ["built", "edited", "up to date", "failed", "not ranked", "not ranked"]
    assert (rows[4]["rank"], rows[4]["source"], rows[4]["problem"]) == ("", "jobs.csv#row=5", bad[0].message)
    assert rows[0]["problem"] == ""


def test_a_page_of_a_table_with_many_rows_not_read_names_some_and_counts_the_rest() -> None:
    bad = [Unreadable(f"jobs.csv#row={n}", f"Row {n} has no description.") for n in range(MAX_LISTED_UNREADABLE + 7)]
    page = lxml.html.fromstring(html_page(ROWS, owner="Me", today=TODAY, unreadable=bad))
    assert len(page.xpath("//section[@id='not-read']//li")) == MAX_LISTED_UNREADABLE
    assert "7 more: index.csv lists every one" in page.get_element_by_id("not-read").text_content()
    assert len(list(csv.DictReader(io.StringIO(csv_text(ROWS, bad))))) == len(ROWS) + len(bad)


def test_a_page_with_every_posting_read_has_no_list_of_postings_not_read() -> None:
    page = lxml.html.fromstring(html_page(ROWS, owner="Me", today=TODAY))
    assert not page.xpath("//section[@id='not-read']")
    assert not [s for s in page.find_class("stat") if "not ranked" in s.text_content()]


@needs("chromium")
def test_the_overview_renders_in_a_headless_browser(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(html_page(ROWS * 6, owner="Ada Lovelace", today=TODAY), encoding="utf-8")
    width, height, pixels = screenshot(page, tmp_path / "index.png", 1280, 900)
    assert (width, height) == (1280, 900)
    assert len(set(pixels)) > 64  # text, labels and rules, not a blank page


def clicked(page: str, tmp_path: Path, *columns: int) -> list[list[str]]:
    """The rows' cells as headless Chromium shows them after the headings of ``columns`` are clicked in turn."""
    import subprocess

    clicks = "".join(f"heads[{n}].querySelector('button').click();" for n in columns)
    script = f"<script>var heads = document.querySelectorAll('thead th');{clicks}</script></body>"
    path = tmp_path / "clicked.html"
    path.write_text(page.replace("</body>", script), encoding="utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom", path.as_uri()],
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    body = lxml.html.document_fromstring(dom).xpath("//table[@id='postings']/tbody/tr")
    return [[" ".join(td.text_content().split()) for td in row.xpath("td")] for row in body]


@needs("chromium")
def test_a_text_column_sorts_a_to_z_first_and_a_number_column_high_to_low(tmp_path: Path) -> None:
    rows = [entry(1, 0.4, "strong", company="Mango"), entry(2, 0.3, "strong", company="Apple"),
            entry(3, 0.2, "partial", company="Zucchini"), entry(4, 0.1, "weak", company="Banana")]  # fmt: skip
    page = html_page(rows, owner="Ada Lovelace", today=TODAY)
    assert [r[4] for r in clicked(page, tmp_path, 4)] == ["Apple", "Banana", "Mango", "Zucchini"]
    assert [r[4] for r in clicked(page, tmp_path, 4, 4)] == ["Zucchini", "Mango", "Banana", "Apple"]
    assert [r[0] for r in clicked(page, tmp_path, 4, 1)] == ["1", "2", "3", "4"]  # the best fit first
    assert [r[0] for r in clicked(page, tmp_path, 1, 0)] == ["1", "2", "3", "4"]  # rank 1 first


def test_a_posting_files_copies_saved_as_files_are_linked_beside_it(tmp_path: Path) -> None:
    jobs, out = tmp_path / "jobs", tmp_path / "out"
    jobs.mkdir()
    out.mkdir()
    for name in ("gardener.html", "gardener.txt"):
        (jobs / name).write_text("Gardener", encoding="utf-8")
    copies = (Copy(str(jobs / "gardener.txt")), Copy("jobs.csv#row=4"))
    row = entry(1, 0.3, "strong", source=str(jobs / "gardener.html"), copies=copies,
                copy_files=(("gardener.txt", "../jobs/gardener.txt"),))  # fmt: skip
    page = lxml.html.fromstring(html_page([row], owner="Me", today=TODAY))
    links = [(a.text_content(), a.get("href")) for a in page.xpath("//td//div[@class='copies']/a")]
    assert links == [("gardener.txt", "../jobs/gardener.txt")]


def test_a_built_fit_its_required_keywords_lowered_moves_below_the_fits_it_is_now_under(tmp_path: Path) -> None:
    # Planned by score; labelled again as each is built. The best by score, built as partial (a specialty its title
    # names that the CV never says), is listed under the strong one, as `tailor rank` lists them.
    from tailor.batch import Job, Outcome, Plan
    from tailor.options import ResumeOptions
    from tailor.outputs import Outputs
    from tailor.overview import entries
    from tailor.scored import ScoredPosting

    def job(name: str, score: float) -> Job:
        posting = ScoredPosting(f"{name}.txt", name, "Acme", score, "strong", "", f"{name}.docx")
        return Job(posting, Outputs(tmp_path / f"{name}.docx"))

    oncology, medsurg, clinic = job("oncology-rn", 0.31), job("med-surg-rn", 0.24), job("clinic-rn", 0.12)
    plan = Plan(None, [oncology, medsurg, clinic], [], tmp_path / "t.docx", ResumeOptions())  # type: ignore[arg-type]
    outcomes = [
        Outcome(oncology, "built", label="partial"),
        Outcome(medsurg, "built", label="strong"),
        Outcome(clinic, "built", label="partial"),
    ]
    rows = entries(plan, outcomes)
    assert [(r.rank, r.title, r.fit) for r in rows] == [
        (1, "med-surg-rn", "strong"),
        (2, "oncology-rn", "partial"),
        (3, "clinic-rn", "partial"),
    ]
