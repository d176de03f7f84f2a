"""Tables of postings: JobSpy's CSV, public datasets' columns, TSV, JSON Lines and JSON, one posting a row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.posting import read
from tailor.posting.table import (
    Table,
    description_suffix,
    is_table,
    parse_columns,
    parse_row_source,
    read_row,
    row_posting,
)
from tests.conftest import DATA, jobspy_row, write_jobspy_csv

DATA_ENGINEER = (DATA / "postings" / "data-engineer.md").read_text(encoding="utf-8")
NURSE = (DATA / "postings" / "registered-nurse.txt").read_text(encoding="utf-8")


def test_a_jobspy_csv_is_read_row_by_row_with_its_details_from_its_columns(tmp_path: Path) -> None:
    description = DATA_ENGINEER + "\nWe use C\\+\\+ and snake\\_case names.\n"  # markdownify's escapes
    rows = [
        jobspy_row("Data Engineer", "Harbor Freight Data", "Boston, MA", description, interval="yearly",
                   min_amount=120000.0, max_amount=150000.0, currency="USD", date_posted="2025-05-01"),
        jobspy_row("Registered Nurse", "Mercy General", "Sacramento, CA", NURSE, job_type="parttime"),
    ]  # fmt: skip
    table = Table.open(write_jobspy_csv(tmp_path / "jobs.csv", rows))
    first, second = table.rows()
    assert (first.source, first.number, second.source) == (f"{table.name}#row=1", 1, f"{table.name}#row=2")
    assert dict(first.details) == {
        "title": "Data Engineer",
        "company": "Harbor Freight Data",
        "location": "Boston, MA",
        "employment_type": "fulltime",
        "salary": "USD 120,000–150,000 a year",
        "date_posted": "2025-05-01",
        "url": "https://www.indeed.example/viewjob?jk=data-engineer-boston,-ma",
    }
    # JobSpy doubles its backslashes (escapechar="\\"); read back, they are Markdown's escapes again.
    assert first.description == description
    posting = row_posting(first)
    assert "C++ and snake_case" in posting.text and posting.text.startswith("# Data Engineer")
    assert {c.source for c in posting.stated} == {"column"}


def test_a_rows_details_come_from_its_columns_and_what_they_leave_out_only_from_labelled_lines(
    tmp_path: Path,
) -> None:
    from tailor.posting import structure

    text = (
        "# Senior Wizard\n\nAcme Corp · Berlin · Full-time\n\nSalary: $55,000 per year\n\n## Requirements\n- Spells\n"
    )
    path = write_jobspy_csv(tmp_path / "jobs.csv", [jobspy_row("Data Engineer", "", "", text, job_type="")])
    details = structure.of(row_posting(next(Table.open(path).rows()))).details
    assert (details.value("title"), details.source("title")) == ("Data Engineer", "column")
    # The text's header line names a company, a place and a type; the columns do not, and none is guessed.
    assert details.company is None and details.location is None and details.employment_type is None
    assert (details.value("salary"), details.source("salary")) == ("$55,000 per year", "label")  # said plainly


@pytest.mark.parametrize(
    "company",
    [
        "Acme Outfitters, Inc.", "Ridge & Sons, Inc.", "J.B. Hunt Transport Services, Inc.", "XPO, Inc.",
        "Acme Corp.", "Acme S.A.", "We Energies", "Seeking Alpha", "Your Home Supply", "Yahoo!", "Apply Digital",
    ],
)  # fmt: skip
def test_a_company_column_is_used_as_written_however_much_it_reads_like_a_sentence(
    tmp_path: Path, company: str
) -> None:
    from tailor.posting import structure

    title = "Analyst, Apply Now Team"  # a title column is the user's data too, words and all
    path = write_jobspy_csv(tmp_path / "jobs.csv", [jobspy_row(title, f"  {company} ", "Columbus, OH", NURSE)])
    details = structure.of(row_posting(next(Table.open(path).rows()))).details
    assert (details.value("company"), details.source("company")) == (company, "column")
    assert details.value("title") == title


def test_a_company_column_that_says_there_is_no_name_leaves_the_company_empty(tmp_path: Path) -> None:
    from tailor.posting import structure

    rows = [jobspy_row("Nurse", name, "Columbus, OH", NURSE) for name in ("N/A", "Confidential", "None")]
    path = write_jobspy_csv(tmp_path / "jobs.csv", rows)
    assert [structure.of(row_posting(row)).details.company for row in Table.open(path).rows()] == [None] * 3


def test_the_plain_names_other_boards_and_exports_give_their_columns_are_recognised(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    record = {
        "Position Name": "Nurse",
        "Employer": "Mercy",
        "Where": "Ohio",
        "Pay": "$40",
        "Link": "https://x.example",
        "Body": NURSE,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    table = Table.open(path)
    assert table.roles == {
        "description": "Body", "title": "Position Name", "company": "Employer", "location": "Where", "salary": "Pay",
        "url": "Link",
    }  # fmt: skip
    assert table.unnamed() is None


def test_a_table_without_a_title_or_company_column_says_what_it_read_and_how_to_name_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Gig,Outfit,City,Body\nNurse,Mercy,Columbus,text\n", encoding="utf-8")
    message = str(Table.open(path).unnamed())
    assert f"The table {path} has no column tailor knows to hold the title or the company" in message
    assert "it looks for titles and companies in each row's description" in message
    assert "no two rows are merged as the same job" in message
    assert (
        "tailor read Body as the description and City as the location; it did not recognise Gig and Outfit" in message
    )
    assert "name it with columns title=Gig (role=column pairs" in message
    assert Table.open(path, parse_columns("title=Gig,company=Outfit")).unnamed() is None
    assert "the company:" in str(Table.open(path, parse_columns("title=Gig")).unnamed())


def test_the_example_column_to_name_is_one_that_may_hold_words(tmp_path: Path) -> None:
    # A county's export: the requisition number comes first, the department may well be the employer.
    path = tmp_path / "county.csv"
    path.write_text(
        "Req #,Position Title,Department,Work Site,Position Summary\n26-04,Case Manager,Health,Hillsboro,text\n",
        encoding="utf-8",
    )
    table = Table.open(path, parse_columns("description=Position Summary"))
    assert table.roles["location"] == "Work Site"
    assert "name it with columns company=Department (role=column pairs" in str(table.unnamed())


def test_a_public_datasets_columns_are_recognised_by_name(tmp_path: Path) -> None:
    # The LinkedIn job postings dataset: postings.csv, its times in milliseconds since 1970.
    path = tmp_path / "postings.csv"
    header = ["job_id", "company_name", "title", "description", "max_salary", "pay_period", "location",
              "min_salary", "formatted_work_type", "listed_time", "job_posting_url", "currency"]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerow(["921716", "Corcoran Sawyer Smith", "Marketing Coordinator", "Plain text, \"quoted\", C:\\tmp.",
                         "20.0", "HOURLY", "Princeton, NJ", "17.0", "Full-time", "1713397508000.0",
                         "https://www.linkedin.com/jobs/view/921716/", "USD"])  # fmt: skip
    table = Table.open(path)
    assert table.roles == {
        "description": "description",
        "title": "title",
        "company": "company_name",
        "location": "location",
        "employment_type": "formatted_work_type",
        "date_posted": "listed_time",
        "url": "job_posting_url",
    }
    (row,) = table.rows()
    assert dict(row.details)["salary"] == "USD 17–20 an hour"
    assert dict(row.details)["date_posted"] == "2024-04-17"
    assert row.description == 'Plain text, "quoted", C:\\tmp.'  # a plain CSV's backslashes are its own


def test_columns_named_by_hand_win_and_their_names_are_matched_loosely(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "Job Title\tHiring firm\tPosting Text\tNotes\nData Engineer\tAcme\tWe need SQL.\tcall back\n",
        encoding="utf-8",
    )
    with pytest.raises(TailorError, match=r"no column tailor knows .* \(its columns: Job Title, Hiring firm, Posting"):
        Table.open(path)
    table = Table.open(path, parse_columns("description=Posting Text, company = hiring FIRM"))
    (row,) = table.rows()
    assert row.description == "We need SQL." and dict(row.details) == {"title": "Data Engineer", "company": "Acme"}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("descripton=Body", "names 'descripton', which is not a column tailor reads.* Did you mean 'description'"),
        ("titel=Position Name", "names 'titel', .* Did you mean 'title'"),
        ("pay=Body", "names 'pay', .* Did you mean 'salary'"),  # a column's usual name for the role
        ("description=Body,description=Position Name", "names the description twice \\('Body' and 'Position Name'\\)"),
        ("description", "takes role=column pairs"),
        ("description=Bdy", "names the column 'Bdy', which .* does not have; did you mean 'Body'"),
    ],
)
def test_columns_named_wrongly_are_user_errors_that_say_what_is_there(tmp_path: Path, spec: str, message: str) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Title,Body\nData Engineer,We need SQL.\n", encoding="utf-8")
    with pytest.raises(TailorError, match=message):
        Table.open(path, parse_columns(spec))


def test_json_lines_and_json_arrays_are_tables_too(tmp_path: Path) -> None:
    records = [
        {"title": "Data Engineer", "company": {"name": "Acme"}, "description": DATA_ENGINEER, "remote": True},
        {"title": "Nurse", "company": "Mercy", "description": NURSE, "tags": ["ICU", "nights"], "salary": None},
    ]
    lines = tmp_path / "jobs.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    array = tmp_path / "jobs.json"
    array.write_text(json.dumps({"jobs": records}), encoding="utf-8")
    for path in (lines, array):
        table = Table.open(path)
        assert table.header == ["title", "company", "description", "remote", "tags", "salary"]
        first, second = table.rows()
        assert dict(first.details) == {"title": "Data Engineer", "company": '{"name": "Acme"}'}
        assert [record.get("tags") for record in table.records()] == [None, ["ICU", "nights"]]
        assert second.description == NURSE


def test_a_description_in_html_is_read_as_html_and_one_in_markdown_as_markdown() -> None:
    html = "<p><strong>About us</strong></p><ul><li>Python</li><li>SQL</li></ul>"
    assert description_suffix(html) == ".html" and description_suffix("Line one<br>line two") == ".html"
    assert description_suffix(DATA_ENGINEER) == ".md" and description_suffix("Use <T> generics") == ".md"


def test_an_html_description_reads_as_the_same_page_saved_as_a_file(tmp_path: Path) -> None:
    html = "<h2>Requirements</h2><ul><li>Python &amp; SQL</li><li>Spark</li></ul><p>Apply <a href='https://x.example/apply'>here</a></p>"
    path = write_jobspy_csv(tmp_path / "jobs.csv", [jobspy_row("Data Engineer", "Acme", "Lisbon", html)])
    posting = row_posting(next(Table.open(path).rows()))
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    assert posting.text == read.read_posting(tmp_path / "page.html").text
    assert "- Python & SQL" in posting.text


def test_a_row_names_itself_and_can_be_read_alone(tmp_path: Path) -> None:
    path = write_jobspy_csv(
        tmp_path / "jobs.csv",
        [jobspy_row("Nurse", "Mercy", "Reno", NURSE), jobspy_row("Data Engineer", "Acme", "Lisbon", DATA_ENGINEER)],
    )
    assert parse_row_source(f"{path}#row=2") == (str(path), 2)
    assert parse_row_source("notes.txt#row=2") is None
    assert is_table(path) and is_table("jobs.xlsx") and not is_table("posting.md")
    posting = read_row(f"{path}#row=2")
    assert posting.source == f"{path}#row=2" and posting.stem == "jobs-row-2"
    with pytest.raises(TailorError, match="has no row 3: its postings are rows 1 to 2, "):
        read_row(f"{path}#row=3")
    with pytest.raises(TailorError, match=r"#row=0 names no row: rows count from 1, .*jobs.csv#row=1\.$"):
        read_row(f"{path}#row=0")


def test_rows_found_by_number_are_read_whole_and_no_other_row_has_its_details_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `tailor rank --top` reads its best few rows again, wherever they stand in 100,000: the rows before them are
    # passed over, not made rows with their details and pay.
    from tailor.posting import table as tables

    rows = [jobspy_row(f"Nurse {n}", "Mercy", f"Reno {n}", NURSE, min_amount=30.0 + n) for n in range(1, 6)]
    path = write_jobspy_csv(tmp_path / "jobs.csv", rows)
    whole = {row.number: row for row in Table.open(path).rows()}
    read: list[object] = []
    detail = tables._detail
    monkeypatch.setattr(tables, "_detail", lambda field, value: read.append(value) or detail(field, value))
    found = Table.open(path).find([4, 2])
    assert sorted(found) == [2, 4]
    assert all(found[n][0] == whole[n] and found[n][1]["title"] == f"Nurse {n}" for n in (2, 4))
    assert "Nurse 4" in read and not {"Nurse 1", "Nurse 3", "Nurse 5"} & set(read)


def test_a_row_a_json_lines_file_has_not_is_counted_from_its_first_line_which_no_header_precedes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps({"title": "Nurse", "company_name": "Mercy", "description": NURSE}) + "\n", "utf-8")
    with pytest.raises(TailorError, match=r"has no row 2: its postings are rows 1 to 1, the file's first line being 1"):
        read_row(f"{path}#row=2")
    with pytest.raises(TailorError, match=r"rows count from 1, the file's first line being .*jobs.jsonl#row=1\.$"):
        read_row(f"{path}#row=0")


def test_a_row_without_a_description_cannot_be_read_as_a_posting(tmp_path: Path) -> None:
    path = write_jobspy_csv(tmp_path / "jobs.csv", [jobspy_row("Data Engineer", "Acme", "Lisbon", "  ")])
    with pytest.raises(TailorError, match=r"jobs.csv#row=1 has no description"):
        row_posting(next(Table.open(path).rows()))


def test_a_description_larger_than_a_posting_may_be_is_refused_by_the_same_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limit on posting files (tailor/posting/read.py) holds for a description in a table too.
    monkeypatch.setattr(read, "MAX_POSTING_BYTES", 2_000_000)
    words = "Python SQL pipelines Spark dashboards " * 60_000  # 2.2 MB
    path = write_jobspy_csv(tmp_path / "jobs.csv", [jobspy_row("Data Engineer", "Acme", "Lisbon", words)])
    with pytest.raises(TailorError, match=r"jobs.csv#row=1 is larger than 2 MB"):
        row_posting(next(Table.open(path).rows()))


def test_a_description_of_more_text_than_a_posting_may_hold_is_refused_as_a_posting_file_is(tmp_path: Path) -> None:
    # 2 MB of words in one cell, under the byte limit: read and ranked, this row took 20 CPU seconds where the
    # same text in a .txt file is refused at once by the characters limit (README, "Limits").
    words = " ".join(f"word{n % 5000} skill{n % 777}" for n in range(120_000))
    rows = [jobspy_row("Warehouse Lead", "Kestrel Freight", "Leeds", words)]
    path = write_jobspy_csv(tmp_path / "jobs.csv", rows)
    with pytest.raises(TailorError, match=r"jobs.csv#row=1 holds more text than the 100,000 characters tailor reads"):
        row_posting(next(Table.open(path).rows()))
    with pytest.raises(TailorError, match=r"more text than the 100,000 characters"):
        read_row(f"{path}#row=1")


def test_a_spreadsheet_is_refused_with_how_to_save_it_as_csv(tmp_path: Path) -> None:
    (tmp_path / "jobs.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(TailorError, match=r"jobs.xlsx is a spreadsheet.*Save it as CSV"):
        Table.open(tmp_path / "jobs.xlsx")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("jobs.xlsx", "title,company,description\nWelder,Ostrava Steel,Weld frames to ISO 3834.\n"),
        ("jobs.xls", "title;company;description\nWelder;Ostrava Steel;Weld frames to ISO 3834.\n"),
        ("jobs.ods", '[{"title": "Welder", "company": "Ostrava Steel", "description": "Weld frames to ISO 3834."}]'),
    ],
    ids=["a CSV named .xlsx", "a CSV of semicolons named .xls", "a JSON array named .ods"],
)
def test_a_table_saved_as_text_under_a_spreadsheets_name_is_read_as_its_text(
    tmp_path: Path, name: str, text: str
) -> None:
    # A scraper's CSV renamed to open in Excel was refused as "a spreadsheet… Save it as CSV": it was one.
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (row,) = Table.open(path).rows()
    assert (row.value("title"), row.value("company"), row.description) == (
        "Welder",
        "Ostrava Steel",
        "Weld frames to ISO 3834.",
    )
    assert read_row(f"{path}#row=1").text == "Weld frames to ISO 3834."


def not_text(kind: str) -> bytes:
    """A file of another kind, as one renamed .csv by mistake would hold it."""
    import gzip

    from tests.posting.formats.samples import make_docx, make_zip

    return {
        "program": b"\x7fELF\x02\x01\x01" + bytes(60) + b"\xd0a\x00\x00",
        "docx": make_docx(),
        "xlsx": make_zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
        "gzip": gzip.compress(b"title,description\nNurse,Care for patients.\n"),
        "data": b"\x00\x01\x02title\x00,description\x00\x03",
    }[kind]


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("program", r"seems to be a program \(an ELF executable\), not a table of postings.*Check that the path"),
        ("docx", r"seems to be a Word document \(\.docx\).*give it its \.docx name.*tailor init --from"),
        ("xlsx", r"is an Excel workbook \(\.xlsx\), whatever its name says.*Save it as CSV"),
        ("gzip", r"seems to be a gzip-compressed file.*Unpack it"),
        ("data", r"seems to be binary data, not a table of postings"),
    ],
)
def test_a_file_that_is_no_text_says_what_it_seems_to_be_not_its_bytes(tmp_path: Path, kind: str, said: str) -> None:
    path = tmp_path / "jobs.csv"
    path.write_bytes(not_text(kind))
    with pytest.raises(TailorError, match=said) as raised:
        Table.open(path)
    message = str(raised.value)
    assert message.isprintable() and "\ufffd" not in message  # no byte of the file in it
    assert message.startswith(f"{path} ") and message.count(". ") <= 4  # one short paragraph, naming the file


def test_a_csv_parted_by_pipes_is_read_and_one_parted_by_another_character_says_so(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("title|company|description\nNurse|Mercy|Care for patients, day and night.\n", encoding="utf-8")
    (row,) = Table.open(path).rows()
    assert (row.value("company"), row.description) == ("Mercy", "Care for patients, day and night.")
    path.write_text("title^company^description\nNurse^Mercy^Care for patients.\n", encoding="utf-8")
    with pytest.raises(TailorError, match=r"Its header line is one column: if its cells are parted by another"):
        Table.open(path)


def test_a_tsv_saved_as_excels_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "jobs.tsv"
    path.write_bytes("title\tcompany\tdescription\r\nCafé Manager\tBrasserie Lune\tBake.\r\n".encode("utf-16"))
    (row,) = Table.open(path).rows()
    assert (row.value("title"), row.description) == ("Café Manager", "Bake.")


def test_a_table_that_is_empty_or_missing_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(TailorError, match="is empty"):
        Table.open(tmp_path / "empty.csv")
    with pytest.raises(TailorError, match="does not exist"):
        Table.open(tmp_path / "missing.csv")
    (tmp_path / "header.csv").write_text("title,description\n\n", encoding="utf-8")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    with pytest.raises(TailorError, match=r"header\.csv has no rows: there is no posting below its header line"):
        Table.open(tmp_path / "header.csv")
    with pytest.raises(TailorError, match=r"none\.json has no rows: there is no posting in it"):
        Table.open(tmp_path / "none.json")


def test_a_csv_saved_by_excel_on_windows_is_read_in_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("title;x\n".replace(";", ",").encode() + 'Café Manager,"Crème brûlée, soufflé"\n'.encode("cp1252"))
    table = Table.open(path, parse_columns("description=x"))
    (row,) = table.rows()
    assert row.description == "Crème brûlée, soufflé" and dict(row.details)["title"] == "Café Manager"


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("title;company;location;description", 'Café Manager;Brasserie Lune;"Lyon, France";"Bake, plate; serve."'),
        ("title\tcompany\tlocation\tdescription", "Café Manager\tBrasserie Lune\tLyon, France\tBake, plate; serve."),
        (
            '"Job; Title",company,location,description',
            'Café Manager,Brasserie Lune,"Lyon, France","Bake, plate; serve."',
        ),
    ],
    ids=["semicolons, as Excel saves CSV in most of Europe", "tabs in a .csv", "commas, a semicolon in a quoted name"],
)
def test_a_csvs_cells_are_parted_by_what_its_header_line_uses(tmp_path: Path, header: str, row: str) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    (found,) = Table.open(path).rows()
    assert found.description == "Bake, plate; serve."
    assert dict(found.details) == {"title": "Café Manager", "company": "Brasserie Lune", "location": "Lyon, France"}


def test_a_rows_pay_with_one_end_of_its_range_says_which_end_and_a_median_prints_alone(tmp_path: Path) -> None:
    rows = [
        jobspy_row("SOC Analyst", "Harbor Bank", "Toledo, OH", DATA_ENGINEER, interval="yearly",
                   min_amount=85000.0, currency="USD"),
        jobspy_row("SOC Analyst", "Kestrel Mutual", "Akron, OH", DATA_ENGINEER, interval="hourly",
                   max_amount=52.5, currency="USD"),
        jobspy_row("SOC Analyst", "Granite Credit", "Dayton, OH", DATA_ENGINEER, interval="yearly",
                   min_amount=90000.0, max_amount=90000.0, currency="USD"),
    ]  # fmt: skip
    table = Table.open(write_jobspy_csv(tmp_path / "jobs.csv", rows))
    assert [dict(row.details)["salary"] for row in table.rows()] == [
        "from USD 85,000 a year",  # the lowest pay: no more is promised
        "up to USD 52.50 an hour",  # the highest: not what most are paid
        "USD 90,000 a year",
    ]
    path = tmp_path / "postings.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "company_name", "description", "med_salary", "pay_period", "currency"])
        writer.writerow(["SOC Analyst", "Harbor Bank", "Triage alerts in Splunk.", "64000.0", "YEARLY", "USD"])
    (row,) = Table.open(path).rows()
    assert dict(row.details)["salary"] == "USD 64,000 a year"  # a median is one figure, no range's end


PAY_HEADER = ["title", "company", "description", "interval", "min_amount", "max_amount", "currency"]


@pytest.mark.parametrize(
    ("delimiter", "pays", "said"),
    [
        (";", [("hourly", "41,5", "56,02"), ("yearly", "72000,0", "88000,0"), ("yearly", "72.000", "88.000")],
         ["USD 41.50–56.02 an hour", "USD 72,000–88,000 a year", "USD 72,000–88,000 a year"]),
        (";", [("hourly", "41.50", "56.02"), ("yearly", "72,000", "88,000")],
         ["USD 41.50–56.02 an hour", "USD 72,000–88,000 a year"]),
        (",", [("hourly", "41.5", "56.02"), ("yearly", "72,000", "88,000"), ("yearly", "72000.0", "88000.0")],
         ["USD 41.50–56.02 an hour", "USD 72,000–88,000 a year", "USD 72,000–88,000 a year"]),
    ],
    ids=[
        "semicolons and decimal commas, as Excel saves CSV in most of Europe (pandas: decimal=',')",
        "semicolons and decimal points: the numbers that show their mark say which",
        "commas and decimal points",
    ],
)  # fmt: skip
def test_pay_columns_are_read_with_the_decimal_mark_the_table_uses(
    tmp_path: Path, delimiter: str, pays: list[tuple[str, str, str]], said: list[str]
) -> None:
    path = tmp_path / "jobs.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(PAY_HEADER)
        for interval, low, high in pays:
            writer.writerow(["Social Worker", "Lakeside Clinic", "Support families.", interval, low, high, "USD"])
    assert [dict(row.details)["salary"] for row in Table.open(path).rows()] == said


def test_a_description_that_says_no_value_as_pandas_writes_one_is_none(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("title,company,description\nICU RN,Mercy,nan\nER RN,Mercy,We need nurses.\n", encoding="utf-8")
    assert [row.description for row in Table.open(path).rows()] == ["", "We need nurses."]


def test_a_jobspy_export_with_columns_cut_from_it_still_reads_its_backslashes_as_jobspy_wrote_them(
    tmp_path: Path,
) -> None:
    description = "OhioHealth is hiring for the ICU\\_Nights team. Pay: $38 \\- $56 per hour."
    path = tmp_path / "trimmed.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        columns = ["site", "title", "company", "description"]  # no job_url: the user cut it
        writer = csv.DictWriter(f, fieldnames=columns, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
        writer.writeheader()
        writer.writerow({"site": "indeed", "title": "ICU RN", "company": "OhioHealth", "description": description})
    (row,) = Table.open(path).rows()
    assert row.description == description


PLAIN_COLUMNS = ["site", "job_url", "title", "company", "location", "description"]


def write_plain(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    """``rows`` under JobSpy's columns, written as a plain pandas ``to_csv()`` does: no escape character."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(PLAIN_COLUMNS)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["CSV", "TSV"])
def test_a_table_written_without_an_escape_character_keeps_its_backslashes_and_every_row(
    tmp_path: Path, delimiter: str
) -> None:
    rows = [
        ["indeed", "https://jobs.example/1", "Case Manager", "Lakeside Clinic", "Salem, OR",
         "**Case Manager \\- Adults**\n\n\\*\\*Full\\-time\\*\\*\n\n* Plan discharges\\."],
        ["indeed", "https://jobs.example/2", "Peer Mentor", "Harbor House", "Bend, OR",
         "Mentor adults in recovery. Apply at harbor.example/jobs \\"],  # a description ending in a backslash
        ["linkedin", "https://jobs.example/3", "Crisis Counselor", "Ridge Health\\", "Eugene, OR",
         "Answer the crisis line at night."],
    ]  # fmt: skip
    path = write_plain(tmp_path / ("jobs.csv" if delimiter == "," else "jobs.tsv"), rows, delimiter)
    entries = list(Table.open(path).entries())
    assert [row.value("title") for row, _ in entries] == ["Case Manager", "Peer Mentor", "Crisis Counselor"]
    # Each cell as the user had it: what rank -f csv and -f json keep.
    assert [list(record.values()) for _, record in entries] == rows
    assert not any(row.problem for row, _ in entries)


def test_a_row_of_more_cells_than_the_header_has_columns_is_unreadable_not_misread(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "title,company,location,description\n"
        "Case Manager,Lakeside Clinic,Salem, OR,Plan discharges.\n"  # an unquoted comma: a cell too many
        "Peer Mentor,Harbor House,Bend,Mentor adults,\n",  # an empty cell at the line's end, as some tools write
        encoding="utf-8",
    )
    first, second = Table.open(path).rows()
    assert first.problem == (
        "its line 2 holds 5 cells where the header names 4, so its cells are not in their columns and it may hold "
        "the rows below it: check the quotes and commas there"
    )
    assert (second.problem, second.description) == ("", "Mentor adults")
    with pytest.raises(TailorError, match=r"jobs\.csv#row=1 cannot be read: its line 2 holds 5 cells"):
        row_posting(first)
