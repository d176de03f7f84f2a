"""The HTML writer that web pages and Markdown share: how deep a posting may nest."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.posting import read_posting, structure
from tailor.posting.formats.markup import MAX_HTML_DEPTH
from tests.posting.formats.samples import write


def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>Python and SQL.</p>" + "</div>" * depth + "</body></html>"


def test_a_page_nested_as_deep_as_the_limit_allows_is_read(tmp_path: Path) -> None:
    assert read_posting(write(tmp_path, "job.html", nested(MAX_HTML_DEPTH - 5))).text == "Python and SQL."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        # lxml stops building the tree 255 levels down and drops the rest without a word: the
        # posting was refused as "filled in by JavaScript".
        ("deep.html", nested(MAX_HTML_DEPTH + 1)),
        ("deeper.html", nested(100_000)),
        ("quotes.md", ">" * 1000 + " Python and SQL.\n"),
    ],
)
def test_a_posting_nested_deeper_than_the_limit_is_refused_with_the_limit(
    tmp_path: Path, name: str, content: str
) -> None:
    with pytest.raises(TailorError, match=rf"nests its elements more than {MAX_HTML_DEPTH} levels deep"):
        read_posting(write(tmp_path, name, content))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("job.html", "<html><body><p>Python\x01 and SQL\x0c.</p></body></html>"),
        ("job.md", "# Engineer\n\n- Python\x01 and SQL\x0c.\n"),
        ("job.html", "<?xml version='1.0' encoding='utf-16'?>" * 2 + "<p>Python and SQL.</p>"),
    ],
    ids=["control character in a page", "control character in Markdown", "two XML declarations"],
)
def test_what_lxml_refuses_to_parse_is_cleaned_first_not_a_traceback(tmp_path: Path, name: str, content: str) -> None:
    # lxml raised "All strings must be XML compatible" or "Unicode strings with encoding declaration".
    assert "Python and SQL" in read_posting(write(tmp_path, name, content)).text


def test_what_a_tables_cell_sets_on_lines_of_its_own_stays_apart(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Caseworker II</h1><table>"
        "<tr><th>Salary</th><td>$26.18 - $37.92 Hourly<br>$54,454.40 - $78,873.60 Annually</td></tr>"
        "<tr><th>Address</th><td>One Civic Plaza,<br>Albuquerque, NM<br></td></tr>"
        "<tr><th>Job Type</th><td>Full-Time</td></tr></table><p>Conduct home visits.</p></body></html>"
    )
    text = read_posting(write(tmp_path, "job.html", page)).text
    assert "Salary | $26.18 - $37.92 Hourly; $54,454.40 - $78,873.60 Annually" in text
    assert "Address | One Civic Plaza, Albuquerque, NM\n" in text


@pytest.mark.parametrize("term", ["Contract type", "Contract type:"])
def test_a_term_is_written_before_its_value_with_one_colon_whether_or_not_the_page_ends_it_with_one(
    tmp_path: Path, term: str
) -> None:
    page = f"<html><body><h1>Lab Technician</h1><dl><dt>{term}</dt><dd>Permanent</dd></dl></body></html>"
    assert "Contract type: Permanent" in read_posting(write(tmp_path, "job.html", page)).text.splitlines()


def test_a_heading_set_as_a_box_of_rows_is_a_heading_and_lines_with_its_pieces_apart(tmp_path: Path) -> None:
    # LinkedIn sets the company's link and the place side by side in one row of an <h4>, the posting's age and
    # applicants in another: read as one heading they ran into one company, "Acme Dental Group Tulsa, OK 3 days
    # ago Over 50 applicants".
    page = (
        "<html><body><main><h1>Dental Hygienist</h1><h4><div class='row'>"
        "<span class='flavor'><a href='/company/acme'>Acme Dental Group</a></span>\n"
        "<span class='flavor bullet'>Tulsa, OK</span></div><div class='row'>"
        "<span>3 days ago</span> <span>Over 50 applicants</span></div></h4>"
        "<h2>Duties</h2><ul><li>Clean and polish teeth</li></ul></main></body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    lines = posting.text.splitlines()
    assert lines[:5] == [
        "# Dental Hygienist",
        "",
        "### Acme Dental Group · Tulsa, OK",
        "",
        "3 days ago · Over 50 applicants",
    ]
    details = structure.of(posting).details
    assert (details.value("company"), details.value("location")) == ("Acme Dental Group", "Tulsa, OK")


def test_a_heading_of_pieces_in_spans_side_by_side_is_one_line_with_its_pieces_apart(tmp_path: Path) -> None:
    # LinkedIn's top card without its rows: the company's link, its place, the posting's age and its applicants,
    # each a span of its own in one <h4>. Run into one line they made the company "Acme Dental Group Tulsa, OK 3 days
    # ago Over 50 applicants".
    page = (
        "<html><body><main><h1>Dental Hygienist</h1><h4>\n"
        "  <span class='flavor'><a href='/company/acme'>Acme Dental Group</a></span>\n"
        "  <span class='flavor bullet'>Tulsa, OK</span>\n  <span class='age'>3 days ago</span>\n"
        "  <span class='applicants'>Over 50 applicants</span>\n</h4>"
        "<h2>Duties</h2><ul><li>Clean and polish teeth</li></ul></main></body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert "### Acme Dental Group · Tulsa, OK · 3 days ago · Over 50 applicants" in posting.text.splitlines()
    details = structure.of(posting).details
    assert (details.value("company"), details.value("location")) == ("Acme Dental Group", "Tulsa, OK")


@pytest.mark.parametrize(
    "heading",
    [
        "<h1><span>Senior Dental</span> <span>Hygienist</span></h1>",
        "<h2><span>Senior</span> <span>Dental</span> <span>Hygienist</span></h2>",
    ],
)
def test_a_title_or_a_heading_of_a_word_to_a_span_is_one_run_of_words(tmp_path: Path, heading: str) -> None:
    page = f"<html><body>{heading}<h2>Duties</h2><ul><li>Clean and polish teeth</li></ul></body></html>"
    assert read_posting(write(tmp_path, "job.html", page)).text.splitlines()[0].lstrip("# ") == (
        "Senior Dental Hygienist"
    )


def test_a_heading_with_its_words_in_spans_or_in_one_block_reads_as_one_heading(tmp_path: Path) -> None:
    page = (
        "<html><body><h1><span>Senior</span> <span>Welder</span></h1>"
        "<h2><div class='icon'></div><div>What you will do</div></h2><p>Weld frames.</p></body></html>"
    )
    assert read_posting(write(tmp_path, "job.html", page)).text.splitlines()[:3] == [
        "# Senior Welder",
        "",
        "## What you will do",
    ]


def test_a_boards_chips_side_by_side_in_a_box_are_values_apart(tmp_path: Path) -> None:
    # A restaurant board sets the kind of employment, the category and the pay under the title as chips, each a
    # span of its own in one <div>: run into one line they made the pay "Full Time Management $85,000 - $98,000 /
    # Year" and left the kind of employment unread.
    page = (
        "<html><body><div class='job-header'><h1>Sous Chef</h1><div class='entity'><a href='/e/fern'>Fern &amp; "
        "Fig</a></div><div class='address'>12 Elm St, Portland, ME 04101</div>"
        "<div class='chips'><span>Full Time</span> <span>Culinary</span> <span>$58,000 - $64,000 / Year</span>"
        "</div></div><h3>Responsibilities</h3><ul><li>Run the line on busy nights</li></ul></body></html>"
    )
    posting = read_posting(write(tmp_path, "job.html", page))
    assert "Full Time · Culinary · $58,000 - $64,000 / Year" in posting.text.splitlines()
    details = structure.of(posting).details
    assert (details.value("salary"), details.value("employment_type")) == ("$58,000 - $64,000 / Year", "Full-time")


@pytest.mark.parametrize(
    "box",
    [
        "<div><span>Join</span> <span>our</span> <span>kitchen</span></div>",  # a word to a span
        "<div><span>We are</span><span> hiring cooks</span></div>",  # runs that carry their own spaces
        "<div><span>W</span><span>e are hiring cooks</span></div>",  # a drop capital run into its word
        "<div>Now <span>hiring</span> <span>line cooks</span></div>",  # loose words beside the spans
    ],
)
def test_a_box_of_one_sentences_runs_is_one_run_of_words(tmp_path: Path, box: str) -> None:
    page = f"<html><body><h1>Line Cook</h1>{box}<h2>Duties</h2><ul><li>Prep the line</li></ul></body></html>"
    assert "·" not in read_posting(write(tmp_path, "job.html", page)).text


@pytest.mark.parametrize(
    "badges",
    [
        "`Remote` `Full-time` `Senior` `$140k–$170k`",
        "### `Remote` `Full-time` `Senior` `$140k–$170k`",  # set as a heading
    ],
)
def test_a_markdown_line_of_badges_under_the_title_gives_each_its_own_value(tmp_path: Path, badges: str) -> None:
    # Four code spans side by side are four values: run into one line, they made the pay "Remote Full-time Senior
    # $140k–$170k" and left the place and the kind of employment unread.
    text = f"# Lead Service Designer\n\n{badges}\n\n## What you need\n\n- Journey mapping\n- Service blueprints\n"
    posting = read_posting(write(tmp_path, "job.md", text))
    assert "Remote · Full-time · Senior · $140k–$170k" in posting.text.splitlines()[2].lstrip("# ")
    details = structure.of(posting).details
    found = (details.value("location"), details.value("employment_type"), details.value("salary"))
    assert found == ("Remote", "Full-time", "$140k–$170k")


@pytest.mark.parametrize(
    "line",
    [
        "Install `uv` and `ruff` before the first day.",  # code spans in a sentence
        "`pytest`",  # one alone
        "`a build system written from scratch for our monorepo` `Bazel`",  # a span too long for a badge
    ],
)
def test_code_spans_that_are_no_line_of_badges_stay_one_run_of_words(tmp_path: Path, line: str) -> None:
    text = f"# Build Engineer\n\n## About the role\n\n{line}\n\n## Requirements\n\n- Python\n"
    assert "·" not in read_posting(write(tmp_path, "job.md", text)).text


@pytest.mark.parametrize(
    "between",
    [
        "\n",  # the line ends of a page's source, or of the HTML a Markdown file becomes
        "\n    \t  \n",  # its indentation
        "\u00a0",  # a no-break space alone
        "<br>",  # a line break alone
        "\n  <br>\u00a0<br>\n",  # line breaks and spaces, nothing else
        "<div>\n  <br>\n</div>",  # a box of them
    ],
)
def test_white_space_between_blocks_makes_no_paragraph(tmp_path: Path, between: str) -> None:
    """What stands between two blocks and holds no word (a source's line ends, indentation, line breaks alone) adds
    nothing to the text: no paragraph, no blank line, no list broken in two."""
    page = (
        "<html><body><h2>What you'll do</h2>{0}<p>Plan the season's menus.</p>{0}<ul>{0}<li>Order produce.</li>{0}"
        "<li>Train line cooks.</li>{0}</ul>{0}<p>Report to the head chef.</p></body></html>"
    )
    expected = read_posting(write(tmp_path, "plain.html", page.format(""))).text
    assert expected.split("\n") == [
        "## What you'll do",
        "",
        "Plan the season's menus.",
        "",
        "- Order produce.",
        "- Train line cooks.",
        "",
        "Report to the head chef.",
    ]
    assert read_posting(write(tmp_path, "spaced.html", page.format(between))).text == expected
