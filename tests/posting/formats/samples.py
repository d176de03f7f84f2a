"""Postings made in code for the format tests: PDFs by a tiny writer, Word files with
python-docx, and web pages modelled on job boards.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter

SUPPORTED = ".txt, .md, .html, .pdf or .docx (and .doc, .odt or .rtf, with LibreOffice)"

# --- fixtures made in code ----------------------------------------------------------------


def make_pdf(
    lines: Sequence[str] = (),
    *,
    image: bool = False,
    sizes: dict[int, int] | None = None,
    indents: dict[int, int] | None = None,
    column: int = 234,
    bold: Sequence[int] = (),
    discs: Sequence[int] = (),
) -> bytes:
    """A valid one-page PDF: ``lines`` in 11 pt Helvetica (Windows-1252), line ``i`` in ``sizes[i]`` pt
    and set ``indents[i]`` pt in from the margin if given, and/or a small grey image (a "scan"). A line's
    text after a tab is drawn apart, ``column`` pt right of where the line starts, as a table's cell; the
    lines ``bold`` names are in Helvetica-Bold; the lines ``discs`` names have a filled disc drawn 8 pt left of
    where they start, as a browser prints a list's marks (a shape, no glyph)."""
    ops = []
    for i in discs:  # each line of the plain ones below is 14 pt under the one above
        x, y = 72 + (indents or {}).get(i, 0) - 8, 740 - 14 * i + 3.5
        ops.append(
            b"%.1f %.1f m %.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c "
            b"%.1f %.1f %.1f %.1f %.1f %.1f c %.1f %.1f %.1f %.1f %.1f %.1f c h f"
            % (
                *(x + 2, y),
                *(x + 2, y + 1.1, x + 1.1, y + 2, x, y + 2),
                *(x - 1.1, y + 2, x - 2, y + 1.1, x - 2, y),
                *(x - 2, y - 1.1, x - 1.1, y - 2, x, y - 2),
                *(x + 1.1, y - 2, x + 2, y - 1.1, x + 2, y),
            )
        )
    if lines:
        ops += [b"BT", b"/F1 11 Tf", b"14 TL", b"72 740 Td"]
        y = 740
        for i, line in enumerate(lines):
            size = (sizes or {}).get(i, 11)
            indent = (indents or {}).get(i, 0)
            first, *rest = [
                part.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                for part in line.split("\t", 1)
            ]
            if rest:  # each cell in a text object of its own, as office suites draw a table's cells
                ops.append(b"ET")
                for x, part in ((72 + indent, first), (72 + indent + column, rest[0])):
                    ops.append(b"BT /F1 %d Tf %d %d Td (" % (size, x, y) + part + b") Tj ET")
                ops += [b"BT", b"/F1 11 Tf", b"14 TL", b"72 %d Td" % (y - size - 3)]
                y -= size + 3
                continue
            ops += [b"%d 0 Td" % indent] if indent else []
            font = b"/F2" if i in bold else b"/F1"
            ops.append(font + b" %d Tf %d TL (" % (size, size + 3) + first + b") Tj T*")
            ops += [b"%d 0 Td" % -indent] if indent else []
            y -= size + 3
        ops.append(b"ET")
    if image:
        ops.append(b"q 200 0 0 200 72 500 cm /Im1 Do Q")
    content = b"\n".join(ops)
    pixels = bytes([0, 128, 255, 64])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 4 0 R /F2 7 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Length %d >>\nstream\n%s\nendstream" % (len(pixels), pixels),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
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


def make_zip(files: dict[str, str | bytes]) -> bytes:
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

Salary: €70,000 – €90,000"""

# A job page with every detail in its schema.org JSON-LD, and a heading that is not the title.
JSON_LD_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Careers | Kestrel Bio</title>
<link rel="canonical" href="https://careers.kestrelbio.example/jobs/42">
<script type="application/ld+json">
{"@context": "https://schema.org/", "@type": "JobPosting",
 "title": "Bioinformatics Engineer, Sequencing Platform",
 "hiringOrganization": {"@type": "Organization", "name": "Kestrel Bio", "sameAs": "https://kestrelbio.example"},
 "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Basel",
   "addressRegion": "BS", "addressCountry": {"@type": "Country", "name": "Switzerland"}}}],
 "jobLocationType": "TELECOMMUTE",
 "applicantLocationRequirements": {"@type": "Country", "name": "Switzerland"},
 "employmentType": ["FULL_TIME", "TEMPORARY"],
 "datePosted": "2025-03-01T09:00:00+01:00", "validThrough": "2025-04-30",
 "baseSalary": {"@type": "MonetaryAmount", "currency": "CHF",
   "value": {"@type": "QuantitativeValue", "minValue": 110000, "maxValue": 130000, "unitText": "YEAR"}},
 "url": "https://careers.kestrelbio.example/jobs/42",
 "description": "<p>You will run our sequencing pipelines.</p>"}
</script></head><body>
<main><h1>Join our platform team</h1><p>You will run our sequencing pipelines in Basel.</p>
<h2>Requirements</h2><ul><li>Python and Nextflow</li></ul></main></body></html>
"""

# The same details in microdata, as older boards write them.
MICRODATA_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Job 42</title></head><body>
<main><div itemscope itemtype="https://schema.org/JobPosting">
<h1 itemprop="title">Field Service Technician</h1>
<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
 <span itemprop="name">Northwind Freight</span></div>
<p itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
 <span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
 <span itemprop="addressLocality">Rotterdam</span>, <span itemprop="addressCountry">Netherlands</span></span></p>
<meta itemprop="employmentType" content="PART_TIME">
<p>Posted <time itemprop="datePosted" datetime="2025-02-10">10 February</time></p>
<div itemprop="description"><p>You will keep our cranes running.</p></div>
</div></main></body></html>
"""

# An employer's own page: its site name is the employer, as the e-mail address in the text confirms.
OWN_SITE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Open Positions | Tufa Labs</title>
<meta property="og:site_name" content="Tufa Labs"></head><body>
<header><div class="logo">Tufa Labs</div><nav><a href="/">Home</a> <a href="/jobs">Open Positions</a></nav></header>
<main><h1>Open Positions</h1><p>We hire slowly and carefully, and we look for curiosity above all.</p>
<h2>Research Engineer</h2><h3>Requirements</h3><ul><li>Deep learning</li></ul>
<p>To apply, send your resume to jobs@tufa.example.</p></main></body></html>
"""

CHROME = [
    "cookie", "Accept", "Find jobs", "Sign in", "Similar jobs", "Foo GmbH", "All rights reserved", "Privacy",
    "dataLayer", "font-family", "page view", "Home", "Nursing jobs", "People also viewed", "Uniklinik",
    "Share", "Impressum", "_gaq", "Loading", "JavaScript", "Skip to content", "application was sent",
    "Template text", "More jobs", "Frontend Engineer", "Tweet", "svg label", "Example Street", "Careers",
]  # fmt: skip
