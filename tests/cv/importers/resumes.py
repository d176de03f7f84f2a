"""Résumés made in the tests, in three layouts, and how to measure what an import recovers of them.

* the CV of record (``tests.conftest.SEED``) as a Word file in its own layout: dates first,
  a tab, the role line in bold, list items with italics;
* the bundled CV as tailor's own classic template prints it: role line with dates at a
  right tab, the location under it, qualifier lines over groups of bullets;
* GRACE, a fictional data engineer (three jobs, fourteen bullets) in a layout of a third
  kind: the employer and place on one line, the title and dates on the next, capitals
  headings, skills in labelled lines.

PDFs are made from these with LibreOffice, as a person exporting from Word would.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from tailor.cv.markup import plain
from tailor.cv.model import CV

GRACE: dict[str, Any] = {
    "contact": {
        "name": "Grace Example",
        "email": "grace@example.org",
        "phone": "+44 20 7946 0018",
        "website": "https://grace.example.org",
        "location": "Manchester, UK",
    },
    "headline": "Data Engineer",
    "experience": [
        {
            "employer": "Fleet Data Co",
            "role": "Senior Data Engineer",
            "location": "Manchester, UK",
            "start": "Mar 2021",
            "end": "Present",
            "bullets": [
                "Rebuilt the nightly batch loads as streaming pipelines in Kafka and Flink.",
                "Cut the warehouse bill by a third by partitioning the largest tables in BigQuery.",
                "Led the move of 40 Airflow DAGs to dbt models with tests.",
                "Mentored two junior engineers through their first on-call rotation.",
                "Wrote the data contracts that the product teams now publish with every event.",
                "Set up data quality alerts that catch broken loads within ten minutes.",
            ],
        },
        {
            "employer": "Harbour Analytics Ltd",
            "role": "Data Engineer",
            "location": "Leeds, UK",
            "start": "Jun 2018",
            "end": "Feb 2021",
            "bullets": [
                "Built the ingestion service for 200 retail clients in Python and PostgreSQL.",
                "Automated the monthly client reports, saving two days of work each month.",
                "Moved the Spark jobs from an on-premise cluster to AWS EMR.",
                "Designed the star schema behind the self-service dashboards.",
            ],
        },
        {
            "employer": "Quay Labs",
            "role": "Junior Data Analyst",
            "location": "Leeds, UK",
            "start": "Sep 2016",
            "end": "May 2018",
            "bullets": [
                "Cleaned and joined sensor data from 3,000 shipping containers.",
                "Wrote the SQL behind the weekly operations report.",
                "Trained the sales team to query the warehouse themselves.",
                "Replaced a tangle of spreadsheets with one tested Python package.",
            ],
        },
    ],
    "education": [
        {"degree": "MSc Data Science", "institution": "University of Edinburgh", "start": "2015", "end": "2016"},
        {"degree": "BSc Mathematics", "institution": "University of Leeds", "start": "2012", "end": "2015"},
    ],
    "skills": ["Python", "SQL", "Scala", "Kafka", "Flink", "Airflow", "dbt", "BigQuery", "AWS"],
    "certificates": [{"name": "Professional Data Engineer", "issuer": "Google Cloud", "date": "May 2022"}],
}
"""A fictional person's CV, as the tests write it into documents (and as an import must find it)."""


def _tabbed(document: Any) -> Any:
    """A paragraph with a right tab stop at the margin, where résumés set their dates."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    return paragraph


def grace_docx(path: Path) -> Path:
    """GRACE as a Word résumé in the third layout (see the module)."""
    document = docx.Document()
    document.add_paragraph(GRACE["contact"]["name"], style="Title")
    document.add_paragraph(GRACE["headline"])
    contact = GRACE["contact"]
    document.add_paragraph(" | ".join(contact[k] for k in ("email", "phone", "website", "location")))
    document.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 1")
    for job in GRACE["experience"]:
        line = _tabbed(document)
        line.add_run(job["employer"]).bold = True
        line.add_run(f"\t{job['location']}")
        line = _tabbed(document)
        line.add_run(job["role"]).italic = True
        line.add_run(f"\t{job['start']} – {job['end']}")
        for bullet in job["bullets"]:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph("EDUCATION", style="Heading 1")
    for degree in GRACE["education"]:
        line = _tabbed(document)
        line.add_run(f"{degree['degree']}, {degree['institution']}")
        line.add_run(f"\t{degree['start']} – {degree['end']}")
    document.add_paragraph("SKILLS", style="Heading 1")
    document.add_paragraph("Languages: Python, SQL, Scala")
    document.add_paragraph("Data: Kafka, Flink, Airflow, dbt, BigQuery, AWS")
    document.add_paragraph("CERTIFICATIONS", style="Heading 1")
    certificate = GRACE["certificates"][0]
    line = _tabbed(document)
    line.add_run(f"{certificate['name']}, {certificate['issuer']}\t{certificate['date']}")
    document.save(str(path))
    return path


def grace_markdown() -> str:
    """GRACE as a Markdown résumé: the same words, the layout a text editor gives them."""
    contact = GRACE["contact"]
    out = [f"# {contact['name']}", "", GRACE["headline"], ""]
    out += [" | ".join(contact[k] for k in ("email", "phone", "website", "location")), "", "## Experience", ""]
    for job in GRACE["experience"]:
        out += [f"**{job['role']}**, {job['employer']}, {job['location']} | {job['start']} – {job['end']}", ""]
        out += [f"- {b}" for b in job["bullets"]] + [""]
    out += ["## Education", ""]
    out += [f"{d['degree']}, {d['institution']} | {d['start']} – {d['end']}  " for d in GRACE["education"]]
    out += ["", "## Skills", "", ", ".join(GRACE["skills"]), ""]
    return "\n".join(out)


def grace_text() -> str:
    """GRACE as a plain text résumé: capitals headings, bullet glyphs, dates after a wide gap."""
    contact = GRACE["contact"]
    out = [contact["name"], GRACE["headline"], " | ".join(contact[k] for k in ("email", "phone", "location")), ""]
    out += ["EXPERIENCE", ""]
    for job in GRACE["experience"]:
        out += [f"{job['role']} at {job['employer']}, {job['location']}        {job['start']} - {job['end']}"]
        out += [f"• {b}" for b in job["bullets"]] + [""]
    out += ["EDUCATION", ""]
    out += [f"{d['degree']}, {d['institution']} ({d['start']}–{d['end']})" for d in GRACE["education"]]
    out += ["", "SKILLS", ", ".join(GRACE["skills"]), ""]
    return "\n".join(out)


def seed_docx(seed: str, path: Path) -> Path:
    """The CV of record as a Word résumé in its own layout: headings, dates first, bold role lines,
    list items with their italics, publications after a tab."""
    document = docx.Document()
    link = None
    sections = 0
    for row in seed.strip().splitlines():
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)|<(https?://[^>]+)>", lambda m: m.group(1) or m.group(2), row).strip()
        if row.startswith("# "):
            document.add_paragraph(text[2:], style="Title")
        elif row.startswith("## ") and sections == 0 and "📁" not in row:
            document.add_paragraph(text[3:]).runs[0].bold = True  # the headline
            sections = -1
        elif row.startswith("## "):
            sections += 1
            if link:
                document.add_paragraph(f"Full list: {link}")
            link = next(iter(re.findall(r"\]\((https?://[^)]+)\)", row)), None)
            document.add_paragraph(re.sub(r"\[[^\]]*\]\([^)]*\)", "", row[3:]).strip(), style="Heading 1")
        elif found := re.match(r"^(.*?)\t<b>(.*?)</b>\s*<ul[^>]*>(.*)</ul>", row):
            line = document.add_paragraph()
            line.add_run(found.group(1) + "\t")
            line.add_run(html.unescape(found.group(2))).bold = True
            for item in re.findall(r"<li>(.*?)</li>", found.group(3)):
                paragraph = document.add_paragraph(style="List Bullet")
                for n, piece in enumerate(re.split(r"</?i>", item)):
                    paragraph.add_run(html.unescape(piece)).italic = n % 2 == 1
        elif text:
            document.add_paragraph(html.unescape(text))
    if link:
        document.add_paragraph(f"Full list: {link}")
    document.save(str(path))
    return path


def to_pdf(path: Path) -> Path:
    """The PDF LibreOffice makes of the Word file at ``path``, beside it."""
    from tailor.documents import pdf

    out = path.with_suffix(".pdf")
    out.write_bytes(pdf.convert([path.read_bytes()])[0])
    return out


# --- measuring an import ---------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    """What an import found of an expected CV, each as (found, of)."""

    roles: tuple[int, int]
    """Roles with the employer, title and location of the expected one."""
    dates: tuple[int, int]
    """Start and end dates of roles and degrees, as written."""
    bullets: tuple[int, int]
    """Expected bullets found word for word (with their emphasis) in a bullet of the same role."""

    def __str__(self) -> str:
        return "; ".join(f"{name} {a}/{b}" for name, (a, b) in vars(self).items())


def _within(text: str, found: list[str]) -> bool:
    """``text`` is, word for word, part of one of ``found`` (its first letter's case aside: a qualifier
    the expected CV moved to ``role`` may open the found bullet)."""
    wanted = " ".join(text.split())
    variants = {wanted, wanted[:1].lower() + wanted[1:]}
    return any(v in " ".join(f.split()) for f in found for v in variants)


def recovered(got: CV, expected: CV, *, emphasis: bool = True) -> Recovered:
    """How much of ``expected`` the imported ``got`` holds (see :class:`Recovered`)."""
    roles = sum(
        any((g.employer, g.role, g.location) == (e.employer, e.role, e.location) for g in got.experience)
        for e in expected.experience
    )
    wanted_dates = [(e.employer, x) for e in expected.experience for x in (e.start, e.end)]
    wanted_dates += [(e.institution, x) for e in expected.education for x in (e.start, e.end)]
    found_dates = [(g.employer, x) for g in got.experience for x in (g.start, g.end)]
    found_dates += [(g.institution, x) for g in got.education for x in (g.start, g.end)]
    same = sum((who, (x or "").lower()) in {(w, (y or "").lower()) for w, y in found_dates} for who, x in wanted_dates)
    bullets = 0
    total = 0
    for entry in expected.experience:
        mine = [g for g in got.experience if g.employer == entry.employer]
        texts = [b.text if emphasis else b.plain for g in mine for b in g.bullets]
        for bullet in entry.bullets:
            total += 1
            bullets += _within(bullet.text if emphasis else plain(bullet.text), texts)
    return Recovered((roles, len(expected.experience)), (same, len(wanted_dates)), (bullets, total))


def grace_cv() -> CV:
    """GRACE as tailor's CV, with ids, for measuring."""
    data = {k: v for k, v in GRACE.items()}
    data["experience"] = [
        {**job, "id": f"job{n}", "bullets": [{"id": f"job{n}-{k}", "text": t} for k, t in enumerate(job["bullets"])]}
        for n, job in enumerate(GRACE["experience"])
    ]
    return CV.model_validate(data)


# --- PDFs as other makers write them ---------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A run of text placed on a PDF page: its left edge and baseline in points, its size and font."""

    x: float
    y: float
    text: str
    size: float = 10.0
    bold: bool = False


def raw_pdf(
    path: Path,
    texts: list[Text],
    *more_pages: list[Text],
    discs: list[tuple[float, float, float]] = (),
    boxes: list[tuple[float, float, float, float]] = (),
) -> Path:
    """A PDF (A4) holding ``texts`` in Helvetica, each run a text object of its own, as a web browser or
    Google Docs writes a page: every line a run of its own, each ending as its text does (with a space,
    if it has one); ``more_pages`` hold the texts of the pages after the first; ``discs`` (centre x, y and
    radius) are filled circles drawn on the first page, as a web browser draws a list's bullets, and ``boxes``
    (x0, y0, x1, y1) filled rectangles drawn there before the text, as a design tool sets a skill on a chip. Made
    by hand, so that tests need no PDF library to write one."""

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def stream(page: list[Text], drawn: list[tuple[float, float, float]], filled: list[tuple[float, ...]]) -> bytes:
        k = 0.5523  # a quarter circle's control points, as a radius's share
        shapes = "".join(
            f"{x + r} {y} m {x + r} {y + k * r} {x + k * r} {y + r} {x} {y + r} c "
            f"{x - k * r} {y + r} {x - r} {y + k * r} {x - r} {y} c "
            f"{x - r} {y - k * r} {x - k * r} {y - r} {x} {y - r} c "
            f"{x + k * r} {y - r} {x + r} {y - k * r} {x + r} {y} c h f\n"
            for x, y, r in drawn
        )
        shapes += "".join(f"{x0} {y0} {x1 - x0} {y1 - y0} re f\n" for x0, y0, x1, y1 in filled)
        return (
            shapes
            + "".join(
                f"BT /{'F2' if t.bold else 'F1'} {t.size} Tf 1 0 0 1 {t.x} {t.y} Tm ({escaped(t.text)}) Tj ET\n"
                for t in page
            )
        ).encode("cp1252")  # WinAnsiEncoding: dashes and bullets as Windows writes them

    pages = [texts, *more_pages]
    first = 5  # the objects: the catalog, the page tree, two fonts, then each page and its content
    kids = " ".join(f"{first + 2 * n} 0 R" for n in range(len(pages))).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for n, page in enumerate(pages):
        content = stream(page, list(discs) if n == 0 else [], list(boxes) if n == 0 else [])
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (first + 2 * n + 1),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        ]
    return pdf_of_objects(path, objects)


def pdf_of_objects(path: Path, objects: list[bytes]) -> Path:
    """``path`` written as a PDF of ``objects`` (each an object's body, numbered from 1; the first the catalogue), with
    the cross-reference table a reader needs to find them."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    path.write_bytes(bytes(out))
    return path
