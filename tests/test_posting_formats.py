"""Reading postings in every format people save them in: Markdown, web pages, PDF, Word, and URLs.

Every fixture is made here: web pages modelled on job boards, PDFs by a tiny
writer below, Word files with python-docx, and a web server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import socket
import subprocess
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from pypdf import PdfReader, PdfWriter
from typer.testing import CliRunner

from tailor import __version__
from tailor.cli import app
from tailor.errors import TailorError
from tailor.posting import Posting, read_posting
from tailor.posting import fetch as fetch_module
from tailor.posting import read as read_module

from .conftest import ROOT, needs

SUPPORTED = ".txt, .md, .html, .pdf or .docx"

# --- fixtures made in code ----------------------------------------------------------------


def make_pdf(lines: Sequence[str] = (), *, image: bool = False) -> bytes:
    """A valid one-page PDF: ``lines`` in Helvetica (Windows-1252), and/or a small grey image (a "scan")."""
    ops = []
    if lines:
        ops += [b"BT", b"/F1 11 Tf", b"14 TL", b"72 740 Td"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"ET")
    if image:
        ops.append(b"q 200 0 0 200 72 500 cm /Im1 Do Q")
    content = b"\n".join(ops)
    pixels = bytes([0, 128, 255, 64])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Length %d >>\nstream\n%s\nendstream" % (len(pixels), pixels),
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF_LINES = [
    "Data Engineer",
    "We build data pipelines for hospitals.",
    "Requirements",
    "\u2022 Five years of Python and SQL in",
    "production systems",
    "\u2022 Apache Spark",
]
PDF_TEXT = (
    "Data Engineer\nWe build data pipelines for hospitals.\nRequirements\n\n"
    "- Five years of Python and SQL in production systems\n- Apache Spark"
)


def make_docx() -> bytes:
    """A Word posting with everything recruiters use: headings, lists, a requirements table, bold headings."""
    document = docx.Document()
    document.core_properties.title = "Data Engineer"
    document.add_heading("Data Engineer", 1)
    intro = document.add_paragraph("We build ")
    intro.add_run("data pipelines").bold = True
    intro.add_run(" for hospitals.")
    document.add_heading("Requirements", 2)
    document.add_paragraph("Python and SQL", style="List Bullet")
    document.add_paragraph("Apache Spark", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, (skill, level) in enumerate([("Skill", "Level"), ("Kubernetes", "Good"), ("Terraform", "Basic")]):
        table.cell(row, 0).text = skill
        table.cell(row, 1).text = level
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "German"
    merged.cell(0, 2).text = "B2"
    document.add_paragraph().add_run("Benefits").bold = True
    document.add_paragraph("A pension plan", style="List Number")
    document.add_paragraph("\u2022 Remote work")
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Location"
    layout.cell(0, 0).add_paragraph("Zürich office")
    layout.cell(0, 1).text = "Contract"
    layout.cell(0, 1).add_paragraph("Permanent")
    closing = document.add_paragraph("Apply by June")
    closing.add_run().add_break()
    closing.add_run("We answer within a week.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


DOCX_TEXT = """\
# Data Engineer

We build data pipelines for hospitals.

## Requirements

- Python and SQL
- Apache Spark

Skill | Level
Kubernetes | Good
Terraform | Basic

German | B2

## Benefits

- A pension plan
- Remote work

Location

Zürich office

Contract

Permanent

Apply by June
We answer within a week."""


def make_zip(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def write(directory: Path, name: str, content: bytes | str) -> Path:
    path = directory / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- web pages modelled on job boards -------------------------------------------------------

BOARD_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Senior Data Engineer - Acme Analytics | JobBoard</title>
<style>.cookie{position:fixed} body{font-family:sans-serif}</style>
<script>window.dataLayer = []; function track(e) { dataLayer.push(e); }</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Data Engineer",
 "hiringOrganization": {"@type": "Organization", "name": "Acme Analytics"},
 "description": "<p>You will design and run the data pipelines.</p>"}
</script>
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p>
<button>Accept all</button></div>
<header class="site-header"><a href="/" class="logo">JobBoard</a>
<nav><ul><li><a href="/jobs">Find jobs</a></li><li><a href="/companies">Company reviews</a></li>
<li><a href="/salaries">Salary guide</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
<main>
<h1>Senior Data Engineer</h1>
<p class="meta">Acme Analytics · Berlin, Germany · Full-time</p>
<h2>About the role</h2>
<p>You will design and run the <strong>data pipelines</strong> that feed our <a href="/product">analytics
product</a>, working closely with <em>data scientists</em>.</p>
<h2>Requirements</h2>
<ul><li>5+ years of Python and SQL</li><li>Experience with Apache Spark or Flink</li>
<li>Comfort with Kubernetes and Terraform</li></ul>
<h2>Benefits</h2>
<ul><li>30 days of paid holiday</li><li>A yearly learning budget</li></ul>
</main>
<aside class="sidebar"><h2>Similar jobs</h2><ul>
<li><a href="/j/1">Data Analyst – Foo GmbH</a></li><li><a href="/j/2">Machine Learning Engineer – Bar AG</a></li>
<li><a href="/j/3">Backend Developer – Baz Ltd</a></li></ul></aside>
<footer><p>© 2024 JobBoard GmbH. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>console.log("page view");</script>
</body></html>
"""
BOARD_TEXT = """\
# Senior Data Engineer

Acme Analytics · Berlin, Germany · Full-time

## About the role

You will design and run the data pipelines that feed our analytics product, working closely with data scientists.

## Requirements

- 5+ years of Python and SQL
- Experience with Apache Spark or Flink
- Comfort with Kubernetes and Terraform

## Benefits

- 30 days of paid holiday
- A yearly learning budget"""

# No semantic tags at all, Windows-1252, bold paragraphs as headings, "•" lines, a requirements table.
DIV_SOUP_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Pflegefachkraft (m/w/d) job in Köln</title>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
<style type="text/css">.top-bar a { margin: 4px }</style></head>
<body>
<div class="gdpr-overlay" role="dialog"><div>This website uses cookies. By continuing you agree.</div>
<a href="#">Accept</a> <a href="#">Settings</a></div>
<div class="top-bar"><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/employers">For employers</a>
<a href="/career-advice">Career advice</a> <a href="/login">Log in</a></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/jobs/nursing">Nursing jobs</a></div>
<div class="page">
 <div class="left-col">
  <div class="job-title">Pflegefachkraft (m/w/d) – Intensivstation</div>
  <div class="company-name">St. Marien Hospital Köln</div>
  <div class="job-description">
   <div><b>Ihre Aufgaben</b></div>
   <div>Sie übernehmen die Grund- und Behandlungspflege.<br>• Überwachung beatmeter Patienten<br>
   • Dokumentation im KIS</div>
   <p><strong>Ihr Profil:</strong></p>
   <table class="requirements">
    <tr><th>Qualifikation</th><th>Erforderlich</th></tr>
    <tr><td>Examen als Pflegefachkraft</td><td>ja</td></tr>
    <tr><td>Fachweiterbildung Intensivpflege</td><td>wünschenswert</td></tr>
   </table>
   <p><strong>Wir bieten eine Vergütung nach TVöD, betriebliche Altersvorsorge und ein engagiertes Team
   auf einer modernen Station.</strong></p>
  </div>
  <div class="share-buttons"><a href="#">Share on LinkedIn</a> <a href="#">E-Mail</a></div>
 </div>
 <div class="right-rail">
  <h3>People also viewed</h3>
  <div class="job-card"><a href="/j/11">Gesundheits- und Krankenpfleger – Uniklinik</a></div>
  <div class="job-card"><a href="/j/12">Altenpfleger (m/w/d) – Seniorenzentrum</a></div>
  <div class="job-card"><a href="/j/13">OP-Pflegekraft – Klinikum Nord</a></div>
 </div>
</div>
<div class="footer"><div>© 2024 PflegeJobs.de</div><a href="/impressum">Impressum</a></div>
</body></html>
"""
DIV_SOUP_TEXT = """\
Pflegefachkraft (m/w/d) – Intensivstation

St. Marien Hospital Köln

## Ihre Aufgaben

Sie übernehmen die Grund- und Behandlungspflege.

- Überwachung beatmeter Patienten
- Dokumentation im KIS

## Ihr Profil:

Qualifikation | Erforderlich
Examen als Pflegefachkraft | ja
Fachweiterbildung Intensivpflege | wünschenswert

Wir bieten eine Vergütung nach TVöD, betriebliche Altersvorsorge und ein engagiertes Team auf einer modernen Station."""

# A page that JavaScript fills in: the posting exists only in its JSON-LD, as escaped HTML.
JS_SHELL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Careers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Organization","name":"Board Inc"},
{"@type":"JobPosting","title":"Site Reliability Engineer &amp; On-call Lead",
 "hiringOrganization":{"@type":"Organization","name":"Nimbus Cloud"},
 "description":"&lt;h3&gt;What you&amp;#39;ll do&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Run our Kubernetes fleet&lt;/li&gt;\
&lt;li&gt;Own incident response&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;strong&gt;What we need&lt;/strong&gt;&lt;/p&gt;\
&lt;ul&gt;&lt;li&gt;Go or Python&lt;/li&gt;&lt;li&gt;Prometheus and Grafana&lt;/li&gt;&lt;/ul&gt;"}
]}</script>
<script src="/static/app.js" defer></script></head>
<body><div id="root"><noscript>You need to enable JavaScript to run this app.</noscript>
<div class="spinner">Loading…</div></div></body></html>
"""
JS_SHELL_TEXT = """\
# Site Reliability Engineer & On-call Lead

### What you'll do

- Run our Kubernetes fleet
- Own incident response

## What we need

- Go or Python
- Prometheus and Grafana"""

# A careers page: the title in a hero above <main>, a hidden modal, a template, related jobs, a dl.
CAREERS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Backend Engineer (Payments) at Finlo</title>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
{"@context":"https://schema.org","@type":"JobPosting","title":"Backend Engineer (Payments)",
 "hiringOrganization":"Finlo","description":"Short."}]</script>
</head><body>
<a class="skip-link" href="#content">Skip to content</a>
<div role="banner" class="masthead"><img src="logo.png" alt="Finlo"><ul class="menu"><li><a href="/">Home</a></li>
<li><a href="/careers">Careers</a></li></ul></div>
<div class="hero"><h1>Backend Engineer (Payments)</h1></div>
<main id="content">
 <p>Finlo moves money for two million small businesses across Europe, and our payments team keeps it moving.</p>
 <h4>What you'll work on</h4>
 <ol><li>Designing idempotent payment APIs in Kotlin</li><li>Scaling PostgreSQL for ledger workloads
   <ul><li>partitioning</li><li>logical replication</li></ul></li></ol>
 <dl><dt>Salary</dt><dd>€70,000 – €90,000</dd></dl>
 <div class="modal" style="display: none"><p>Your application was sent.</p></div>
 <template><p>Template text never shown</p></template>
 <section class="related-jobs"><h2>More jobs at Finlo</h2><ul><li><a href="/j/a">Frontend Engineer</a></li>
 <li><a href="/j/b">Data Engineer</a></li><li><a href="/j/c">Product Designer</a></li></ul></section>
 <div class="social-share"><a href="#">Tweet</a><a href="#">Share</a></div>
 <svg><text>svg label</text></svg>
</main>
<div role="contentinfo" class="site-foot">Finlo Ltd, 1 Example Street, London</div>
</body></html>
"""
CAREERS_TEXT = """\
# Backend Engineer (Payments)

Finlo moves money for two million small businesses across Europe, and our payments team keeps it moving.

### What you'll work on

- Designing idempotent payment APIs in Kotlin
- Scaling PostgreSQL for ledger workloads
- partitioning
- logical replication

Salary

€70,000 – €90,000"""

CHROME = [
    "cookie", "Accept", "Find jobs", "Sign in", "Similar jobs", "Foo GmbH", "All rights reserved", "Privacy",
    "dataLayer", "font-family", "page view", "Home", "Nursing jobs", "People also viewed", "Uniklinik",
    "Share", "Impressum", "_gaq", "Loading", "JavaScript", "Skip to content", "application was sent",
    "Template text", "More jobs", "Frontend Engineer", "Tweet", "svg label", "Example Street", "Careers",
]  # fmt: skip


# --- plain text and Markdown ------------------------------------------------------------------


def test_text_file_keeps_its_text_with_newlines_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "job.txt", b"REQUIREMENTS:\r\n* Python  **bold** [x](y)\rEnd\n")
    assert read_posting(path).text == "REQUIREMENTS:\n* Python  **bold** [x](y)\nEnd\n"


def test_unknown_extension_with_text_content_is_read_as_text(tmp_path: Path) -> None:
    assert read_posting(write(tmp_path, "posting.job", "Engineer\nPython")).text == "Engineer\nPython"


MARKDOWN = """\
---
title: "Postdoc in Neural Engineering"
company: CTN Lab
layout: post
---
# Postdoc position

We are hiring a **postdoc** to work on [Nengo](https://nengo.ai) and _spiking_ networks. ![logo](logo.png)

**Requirements**

* PhD in `computer science` or related
* Experience with Python,
  wrapped onto a second line
1. Numbered item

Setext heading
--------------

| Skill | Level |
|-------|-------|
| C++   | good  |

```python
import nengo
```

#### Deep heading
Line one\\
Line two with ~~strike~~ and <b>raw html</b>.
"""
MARKDOWN_TEXT = """\
# Postdoc position

We are hiring a postdoc to work on Nengo and spiking networks.

## Requirements

- PhD in computer science or related
- Experience with Python, wrapped onto a second line

- Numbered item

## Setext heading

Skill | Level
C++ | good

import nengo

### Deep heading

Line one
Line two with strike and raw html."""


@pytest.mark.parametrize("name", ["job.md", "job.markdown"])
def test_markdown_keeps_headings_and_lists_and_drops_other_syntax(tmp_path: Path, name: str) -> None:
    posting = read_posting(write(tmp_path, name, MARKDOWN))
    assert posting.text == MARKDOWN_TEXT
    assert (posting.title, posting.company) == ("Postdoc in Neural Engineering", "CTN Lab")


def test_markdown_without_front_matter_has_no_title(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.md", "# Engineer\n\nPython *and* C++"))
    assert (posting.text, posting.title, posting.company) == ("# Engineer\n\nPython and C++", None, None)


# --- web pages --------------------------------------------------------------------------------


def test_job_board_page_keeps_the_posting_and_drops_the_chrome(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", BOARD_PAGE))
    assert posting.text == BOARD_TEXT
    assert (posting.title, posting.company) == ("Senior Data Engineer", "Acme Analytics")


def test_div_soup_page_in_windows_1252_keeps_bold_headings_bullets_and_table_rows(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.htm", DIV_SOUP_PAGE.encode("cp1252")))
    assert posting.text == DIV_SOUP_TEXT
    assert (posting.title, posting.company) == (None, None)


def test_page_filled_in_by_javascript_falls_back_to_the_json_ld_description(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", JS_SHELL_PAGE))
    assert posting.text == JS_SHELL_TEXT
    assert (posting.title, posting.company) == ("Site Reliability Engineer & On-call Lead", "Nimbus Cloud")


def test_careers_page_keeps_the_title_above_main_and_drops_hidden_and_related_content(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.html", CAREERS_PAGE))
    assert posting.text == CAREERS_TEXT  # the visible page, not the one-word JSON-LD description
    assert (posting.title, posting.company) == ("Backend Engineer (Payments)", "Finlo")


@pytest.mark.parametrize(
    ("page", "codec"),
    [(BOARD_PAGE, "utf-8"), (DIV_SOUP_PAGE, "cp1252"), (JS_SHELL_PAGE, "utf-8"), (CAREERS_PAGE, "utf-8")],
    ids=["board", "div-soup", "js-shell", "careers"],
)
def test_no_page_chrome_survives(tmp_path: Path, page: str, codec: str) -> None:
    text = read_posting(write(tmp_path, "job.html", page.encode(codec))).text
    assert [c for c in CHROME if c in text] == []
    assert not re.search(r"\*\*|__|`|\]\(|<", text)


REAL_PAGE = ROOT.parent / "shared" / "eval" / "raw" / "12_tufalabs-research-engineer.html"
REAL_TEXT = REAL_PAGE.parent.parent / "postings" / "12_tufalabs-research-engineer.txt"


@needs("shared")
def test_real_saved_page_reads_as_its_posting_text() -> None:
    text = read_posting(REAL_PAGE).text
    assert re.sub(r"(?m)^#+ ", "", text).strip() == REAL_TEXT.read_text(encoding="utf-8").strip()
    assert "## Research Engineer\n\n### Requirements\n\n- Deep understanding" in text


def test_html_declared_charset_that_the_bytes_contradict_is_ignored(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Ingénieur à Genève – “C++”</p></body></html>'
    assert read_posting(write(tmp_path, "job.html", page.encode("cp1252"))).text == "Ingénieur à Genève – “C++”"


def test_html_in_utf16_with_bom_is_read(tmp_path: Path) -> None:
    page = "<html><body><h2>Aufgaben</h2><ul><li>Prüfen</li></ul></body></html>"
    assert read_posting(write(tmp_path, "job.html", page.encode("utf-16"))).text == "## Aufgaben\n\n- Prüfen"


def test_html_tables_used_for_layout_are_read_as_paragraphs(tmp_path: Path) -> None:
    page = (
        "<html><body><table><tr><td><h2>Role</h2><p>Build things.</p></td>"
        "<td><ul><li>Python</li></ul></td></tr></table></body></html>"
    )
    assert read_posting(write(tmp_path, "job.html", page)).text == "## Role\n\nBuild things.\n\n- Python"


def test_long_bold_paragraph_is_not_a_heading_but_short_one_is(tmp_path: Path) -> None:
    long = "This whole sentence is bold because the recruiter wanted it to stand out from the rest."
    page = f"<html><body><p><b>Profile</b></p><p><b>{long}</b></p><p><b>Mixed</b> weight</p></body></html>"
    assert read_posting(write(tmp_path, "job.html", page)).text == f"## Profile\n\n{long}\n\nMixed weight"


def test_html_with_no_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><script>render()</script></head><body><div id='app'></div></body></html>"
    with pytest.raises(TailorError, match=r"web page with no readable text.*JavaScript.*txt"):
        read_posting(write(tmp_path, "job.html", page))


# --- PDF ------------------------------------------------------------------------------------


def test_pdf_text_layer_is_read_with_bullets_as_list_items(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.pdf", make_pdf(PDF_LINES)))
    assert posting.text == PDF_TEXT


def test_pdf_protected_only_by_an_owner_password_is_read(tmp_path: Path) -> None:
    data = encrypt_pdf(make_pdf(PDF_LINES), user_password="")
    assert read_posting(write(tmp_path, "job.pdf", data)).text == PDF_TEXT


@needs("libreoffice")
def test_pdf_exported_by_an_office_suite_is_read(tmp_path: Path) -> None:
    source = write(tmp_path, "job.docx", make_docx())
    # A conversion that fails or hangs is a failure of the test, not a reason to skip it.
    subprocess.run(
        [
            *("soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(tmp_path), str(source)),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    text = read_posting(tmp_path / "job.pdf").text
    assert "- Python and SQL\n- Apache Spark" in text
    assert "Kubernetes Good" in text and "Zürich office" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"%PDF-1.4\n this is not really a pdf \x00\x01\x02", "not a readable PDF.*damaged"),
        (b"Just a text file renamed to .pdf", "not a readable PDF.*does not start like a PDF"),
        (make_pdf(PDF_LINES)[:200], "not a readable PDF"),
        (encrypt_pdf(make_pdf(PDF_LINES), user_password="secret"), "protected by a password"),
        (make_pdf(image=True), "no text layer .*scanned image.*txt"),
    ],
    ids=["zero-bytes", "corrupt", "not-a-pdf", "truncated", "encrypted", "scanned"],
)
def test_unreadable_pdf_is_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(TailorError, match=message):
        read_posting(write(tmp_path, "job.pdf", data))


# --- Word -------------------------------------------------------------------------------------


def test_docx_keeps_headings_lists_and_tables_in_document_order(tmp_path: Path) -> None:
    posting = read_posting(write(tmp_path, "job.docx", make_docx()))
    assert posting.text == DOCX_TEXT
    assert (posting.title, posting.company) == ("Data Engineer", None)


def test_docx_title_property_that_is_a_file_name_is_ignored(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Microsoft Word - JD_final.docx"
    document.add_paragraph("Engineer")
    out = io.BytesIO()
    document.save(out)
    assert read_posting(write(tmp_path, "job.docx", out.getvalue())).title is None


def test_docx_text_inside_content_controls_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kubernetes in production")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph._p.addprevious(control)
    control.append(content)
    content.append(paragraph._p)  # moves the paragraph into the content control
    out = io.BytesIO()
    document.save(out)
    assert read_posting(write(tmp_path, "job.docx", out.getvalue())).text == "Kubernetes in production"


@pytest.mark.parametrize(
    "data",
    [b"Requirements: Python", make_zip({"readme.txt": "not a document"}), make_docx()[:2000]],
    ids=["renamed-text-file", "renamed-zip", "truncated"],
)
def test_corrupt_docx_is_a_clear_error(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(TailorError, match=r"not a Word document \(\.docx\).*save it again as \.docx"):
        read_posting(write(tmp_path, "job.docx", data))


# --- formats by content -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_pdf(PDF_LINES), PDF_TEXT),
        (make_docx(), DOCX_TEXT),
        (BOARD_PAGE.encode("utf-8"), BOARD_TEXT),
        (b"  <HTML><body><ul><li>Python</li></ul></body></HTML>", "- Python"),
        (b"# Engineer\nPython <3", "# Engineer\nPython <3"),
    ],
    ids=["pdf", "docx", "html-doctype", "html-tag", "text"],
)
def test_stdin_format_is_sniffed_from_the_content(data: bytes, expected: str) -> None:
    assert read_posting("-", stdin=io.BytesIO(data)).text == expected


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("job.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
        ("job.xlsx", make_zip({"xl/workbook.xml": "<workbook/>"}), "is a .xlsx file"),
        ("job.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "legacy Word .doc"),
        ("job.rtf", b"{\\rtf1\\ansi Engineer}", "RTF"),
    ],
)
def test_unsupported_binary_format_is_an_error_naming_the_supported_ones(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(TailorError, match=message) as raised:
        read_posting(write(tmp_path, name, data))
    assert SUPPORTED in str(raised.value)


def test_file_without_extension_is_read_by_its_content(tmp_path: Path) -> None:
    assert read_posting(write(tmp_path, "posting", make_pdf(PDF_LINES))).text == PDF_TEXT
    assert read_posting(write(tmp_path, "page", BOARD_PAGE)).text == BOARD_TEXT


# --- URLs -------------------------------------------------------------------------------------

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    """A web server on 127.0.0.1 serving ``pages`` (path → handler), recording each request's User-Agent."""

    base: str = ""
    pages: dict[str, Handler] = field(default_factory=dict)
    user_agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def respond(
    body: bytes = b"", status: int = 200, content_type: str | None = "text/html", *, length: bool = True, **headers: str
) -> Handler:
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        if content_type:
            request.send_header("Content-Type", content_type)
        for name, value in headers.items():
            request.send_header(name, value)
        if length:
            request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for proxy in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(proxy, raising=False)
    served = Site()

    class Request(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.user_agents.append(self.headers.get("User-Agent", ""))
            handler = served.pages.get(self.path, respond(b"Not found", status=404, content_type="text/plain"))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                handler(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Request)
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def test_url_to_a_job_page_is_fetched_and_extracted(site: Site) -> None:
    site.pages["/jobs/senior-data-engineer"] = respond(BOARD_PAGE.encode("utf-8"), content_type="text/html")
    posting = read_posting(site.url("/jobs/senior-data-engineer"))
    assert posting.text == BOARD_TEXT
    assert (posting.title, posting.company, posting.stem) == (
        "Senior Data Engineer",
        "Acme Analytics",
        "senior-data-engineer",
    )
    assert site.user_agents == [f"tailor/{__version__} (job posting reader)"]


def test_url_to_a_pdf_is_read_as_pdf_by_its_content_type(site: Site) -> None:
    site.pages["/download?id=7"] = respond(make_pdf(PDF_LINES), content_type="application/pdf")
    assert read_posting(site.url("/download?id=7")).text == PDF_TEXT


def test_url_charset_from_the_http_header_is_honoured(site: Site) -> None:
    page = "<html><body><p>Ingénieur à Genève – “C++”</p></body></html>".encode("cp1252")
    site.pages["/job"] = respond(page, content_type="text/html; charset=windows-1252")
    assert read_posting(site.url("/job")).text == "Ingénieur à Genève – “C++”"


def test_url_redirects_are_followed_up_to_five(site: Site) -> None:
    for hop in range(5):
        site.pages[f"/r{hop}"] = respond(status=302, Location=f"/r{hop + 1}")
    site.pages["/r5"] = respond(b"<p>Arrived</p>")
    assert read_posting(site.url("/r0")).text == "Arrived"
    with pytest.raises(TailorError, match="redirected more than 5 times"):
        site.pages["/r6"] = respond(status=301, Location="/r0")
        read_posting(site.url("/r6"))


def test_url_redirect_loop_is_an_error(site: Site) -> None:
    site.pages["/a"] = respond(status=302, Location="/b")
    site.pages["/b"] = respond(status=302, Location="/a")
    with pytest.raises(TailorError, match=r"redirected more than 5 times.*redirect loop"):
        read_posting(site.url("/a"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/job.txt", "javascript:alert(1)"])
def test_url_redirect_to_another_scheme_is_refused(site: Site, target: str) -> None:
    site.pages["/go"] = respond(status=302, Location=target)
    with pytest.raises(TailorError, match="not an http\\(s\\) address"):
        read_posting(site.url("/go"))


def test_url_http_error_status_is_an_error(site: Site) -> None:
    with pytest.raises(TailorError, match=r"answered 404 Not Found.*taken down"):
        read_posting(site.url("/no-such-job"))
    site.pages["/private"] = respond(status=403)
    with pytest.raises(TailorError, match=r"answered 403.*login"):
        read_posting(site.url("/private"))


def test_url_that_does_not_answer_in_time_is_an_error(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(request: BaseHTTPRequestHandler) -> None:
        time.sleep(2)
        respond(b"<p>too late</p>")(request)

    site.pages["/slow"] = slow
    monkeypatch.setattr(fetch_module, "FETCH_TIMEOUT_SECONDS", 0.3)
    started = time.monotonic()
    with pytest.raises(TailorError, match=r"timed out after 0\.3 seconds"):
        read_posting(site.url("/slow"))
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "no-content-length"])
def test_url_response_over_the_cap_is_refused(site: Site, monkeypatch: pytest.MonkeyPatch, length: bool) -> None:
    monkeypatch.setattr(read_module, "MAX_POSTING_BYTES", 1000)
    site.pages["/huge"] = respond(b"<p>" + b"x" * 100_000 + b"</p>", length=length)
    with pytest.raises(TailorError, match=r"larger than 0\.001 MB"):
        read_posting(site.url("/huge"))


def test_url_with_nobody_listening_is_an_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TailorError, match="refused the connection"):
        read_posting(f"http://127.0.0.1:{port}/job")


@pytest.mark.parametrize("address", ["ftp://example.com/job.txt", "file:///etc/passwd"])
def test_address_with_another_scheme_is_refused(address: str) -> None:
    with pytest.raises(TailorError, match="does not start with http:// or https://"):
        read_posting(address)


@pytest.mark.parametrize("address", ["http://[not-an-ipv6/job", "http://", "https://exa mple.com:99999/job"])
def test_malformed_address_is_an_error(address: str) -> None:
    with pytest.raises(TailorError, match=address.replace("[", r"\[")):
        read_posting(address)


def test_url_stem_is_its_last_path_part_or_host() -> None:
    assert Posting("https://jobs.example.com/en/jobs/4711-data-engineer.html", "x").stem == "4711-data-engineer"
    assert Posting("https://jobs.example.com/", "x").stem == "jobs.example.com"


# --- end to end through the CLI ---------------------------------------------------------------

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "data"),
    [("job.html", BOARD_PAGE.encode("utf-8")), ("job.pdf", make_pdf(PDF_LINES)), ("job.docx", make_docx())],
    ids=["html", "pdf", "docx"],
)
def test_cli_matches_postings_in_every_format(tmp_path: Path, name: str, data: bytes) -> None:
    result = runner.invoke(app, ["match", str(write(tmp_path, name, data)), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["bullets"]
