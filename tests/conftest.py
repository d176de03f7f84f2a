"""Shared fixtures: paths to the bundled data and small CVs built in code."""

from __future__ import annotations

import datetime as dt
import errno
import importlib.util
import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

from tailor import resources
from tailor.cv import CV, load_cv
from tailor.results import LoadedCV

if TYPE_CHECKING:
    from tailor.coverage import KeywordCoverage
    from tailor.posting import Posting

# --- property-based tests (Hypothesis): few examples in every run, many at night -----------------

settings.register_profile("default", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("nightly", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
"""``HYPOTHESIS_PROFILE=nightly python -m pytest`` tries forty times as many examples (a few hours)."""


def examples(share: float) -> settings:
    """A ``share`` of the profile's examples, for a property whose every example is slow (a build)."""
    return settings(max_examples=max(1, round(settings.default.max_examples * share)))


ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
"""Read-only material beside the checkout: the CV of record and the relevance sets."""
SEED = SHARED / "seed" / "000_9c79682630519ed0.txt"


@pytest.fixture(autouse=True)
def no_default_cv(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as on a fresh machine: no TAILOR_CV, and a config file of its own that does
    not exist, so a developer's own default CV never leaks into a test."""
    monkeypatch.delenv("TAILOR_CV", raising=False)
    monkeypatch.setenv("TAILOR_CONFIG", str(tmp_path_factory.mktemp("config") / "config.yaml"))


@pytest.fixture(scope="session")
def bundled_cv() -> CV:
    return load_cv(resources.default_cv())


LETTER_CV = DATA / "cvs" / "ml-systems-engineer.yaml"


def lapsed_cpr(folder: Path) -> tuple[Path, Path]:
    """A swim teacher's CV whose CPR certificate expired in Aug 2023, and a lifeguard's posting that requires CPR,
    written in ``folder``: a credential shown only by an expired certificate."""
    cv = folder / "cv.yaml"
    cv.write_text(
        "contact: {name: Ada Marsh}\n"
        "experience:\n  - {id: pool, employer: Harbour Pool, role: Swim Teacher, bullets: [{id: b1, text: Taught "
        "swimming.}]}\n"
        "certificates:\n  - {name: CPR, expires: 2023-08}\n",
        encoding="utf-8",
    )
    posting = folder / "lifeguard.txt"
    posting.write_text("Lifeguard\n\nRequirements:\n- Current CPR certification\n", encoding="utf-8")
    return cv, posting


"""A fictional person's CV with a letter: block (the bundled CV of record has none, and may have none)."""


@pytest.fixture
def estimated_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages are estimated, not measured through LibreOffice: for tests of what a letter holds, not of its length."""
    from tailor.documents import pagefit

    monkeypatch.setattr(pagefit, "measurer", pagefit.EstimateMeasurer)


def estimate_in_paragraphs(monkeypatch: pytest.MonkeyPatch, filled: float, *, breaks: bool = False) -> None:
    """Make the layout estimate proportional to a .docx's paragraphs (with ``breaks``, and its line breaks: the
    summary's paragraphs are lines of one), so that the first document a build measures (the résumé it would write,
    each of a batch alike) fills ``filled`` pages and each bullet left out shortens it."""
    from tailor.documents import layout

    per_page: list[float] = []

    def estimate(data: bytes) -> float:
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            xml = docx.read("word/document.xml")
        paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ") + (xml.count(b"<w:br/>") if breaks else 0)
        per_page.append(per_page[0] if per_page else paragraphs / filled)
        return paragraphs / per_page[0]

    monkeypatch.setattr(layout, "estimate_pages", estimate)


def make_cv(bullets: dict[str, list[str | dict[str, object]]], **extra: object) -> CV:
    """A small CV: employer → bullet texts (or bullets' fields but their id), ids derived from positions."""
    experience = [
        {
            "id": f"job{i}",
            "employer": employer,
            "role": "Engineer",
            "start": f"{2020 - i}",
            "end": f"{2021 - i}",
            "bullets": [
                {"id": f"job{i}-b{j}", **(t if isinstance(t, dict) else {"text": t})} for j, t in enumerate(texts)
            ],
        }
        for i, (employer, texts) in enumerate(bullets.items())
    ]
    return CV.model_validate(
        {"contact": {"name": "Ada Lovelace", "email": "ada@example.org"}, "experience": experience, **extra}
    )


def keyword_coverage(cv: CV, posting: Posting) -> dict[str, KeywordCoverage]:
    """Each posting keyword (by term) → how the résumé of the default budget covers it."""
    from tailor.coverage import coverage
    from tailor.rank import rank
    from tailor.select import select

    ranking = rank(cv, posting)
    return {k.keyword.term: k for k in coverage(ranking, select(cv, ranking)).keywords}


# --- a folder of postings in every format ------------------------------------------------------


@pytest.fixture(scope="module")
def ready() -> LoadedCV:
    """The bundled CV, loaded and analysed once per test module."""
    from tailor.pipeline import load

    return load("example")


def own_words_posting(cv: CV) -> str:
    """A posting whose every requirement is one of the CV's own bullets: the best fit there can be."""
    bullets = [b.plain for _, b in cv.bullets()][:8]
    return "# Research Engineer\n\n## Requirements\n\n" + "\n".join(f"- {b}" for b in bullets) + "\n"


def write_docx(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    """A Word file of ``(style, text)`` paragraphs."""
    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))


@pytest.fixture
def folder(tmp_path: Path, bundled_cv: CV) -> Path:
    """Postings in every format, one in a sub-folder; the CV's own words are the known best fit."""
    postings = DATA / "postings"
    jobs = tmp_path / "jobs"
    (jobs / "more").mkdir(parents=True)
    (jobs / "own-words.md").write_text(own_words_posting(bundled_cv), encoding="utf-8")
    shutil.copy(postings / "registered-nurse.txt", jobs / "nurse.txt")
    shutil.copy(postings / "hpc-mpi-simulation.txt", jobs / "more" / "hpc.txt")
    training = (postings / "distributed-training.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in training.splitlines() if line.strip())
    (jobs / "training.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    write_docx(
        jobs / "more" / "data.docx",
        [
            ("Title", "Data Engineer"),
            ("Heading 1", "Requirements"),
            ("List Bullet", "Experience with Python, SQL and Spark pipelines."),
            ("List Bullet", "Knowledge of Kubernetes and cloud data warehouses."),
        ],
    )
    return jobs


# --- documents: résumés built through LibreOffice, shared by the document tests -----------

DOCUMENTS = DATA / "documents"
DOCUMENT_DAY = dt.date(2025, 3, 14)
DOCUMENT_BUILDS: dict[str, tuple[Path, dict[str, object]]] = {
    "classic, 1 page": (DOCUMENTS / "hpc-simulation-lead.md", {"template": "classic", "pages": 1}),
    "classic, 2 pages": (DOCUMENTS / "ml-platform-engineer.txt", {"template": "classic", "pages": 2}),
    "compact, 1 page": (DOCUMENTS / "ml-platform-engineer.txt", {"template": "compact", "pages": 1, "max_bullets": 22}),
}
"""The bundled CV built with --pdf for postings written for these tests, by name."""


# --- what some tests need beyond Python: a skip on a developer's machine, a failure in CI -------

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
"""``.ci/run`` sets CI=true: it installs every tool below, so there a missing one is a failure."""


def _libreoffice() -> bool:
    from tailor.documents.pdf import find_libreoffice

    return find_libreoffice() is not None


NEEDS: dict[str, tuple[Callable[[], bool], str]] = {
    "libreoffice": (_libreoffice, "LibreOffice (soffice) is not installed"),
    "poppler": (lambda: bool(shutil.which("pdftotext") and shutil.which("pdftoppm")), "poppler is not installed"),
    "chromium": (lambda: shutil.which("chromium") is not None, "Chromium is not installed"),
    "shared": (lambda: SHARED.is_dir(), "the shared folder (seed CV, eval sets) is not beside this checkout"),
    "rendercv": (
        lambda: importlib.util.find_spec("rendercv") is not None,
        "RenderCV is not installed (a test dependency: pip install -e '.[test]')",
    ),
}
"""What a test can need (``@needs("libreoffice")``), how to tell it is there, and what to say if not."""


def needs(*what: str) -> pytest.MarkDecorator:
    """Mark a test as needing these tools or files (keys of :data:`NEEDS`)."""
    unknown = set(what) - set(NEEDS)
    assert not unknown, f"unknown needs: {unknown}"
    return pytest.mark.needs(*what)


def require(what: str) -> None:
    """Skip the running test if ``what`` is missing, or fail it under CI (where it must be there)."""
    present, missing = NEEDS[what]
    if present():
        return
    message = f"{missing}; .ci/run installs it"
    if IN_CI:
        pytest.fail(f"{message}, and CI=true: a test that cannot run here is a failure, not a skip")
    pytest.skip(message)


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("needs"):
        for what in marker.args:
            require(what)


_CACHE = pytest.StashKey[str]()
"""The session's folder of the lexicon's tables (:mod:`tailor.lexicon_cache`)."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(*what): the test needs these tools or files (see tests/conftest.py)")
    # The lexicon's tables are kept in a folder of the session's own, never in the user's cache: set before the
    # tests are collected (a test module may read the lexicon as it is imported), and inherited by every command a
    # test runs in a process of its own.
    config.stash[_CACHE] = tempfile.mkdtemp(prefix="tailor-cache-")
    os.environ["TAILOR_CACHE_DIR"] = config.stash[_CACHE]


def pytest_unconfigure(config: pytest.Config) -> None:
    if (folder := config.stash.get(_CACHE, None)) is not None:
        from tailor import lexicon_cache

        lexicon_cache.forget()  # nothing left to write into the folder at the interpreter's exit
        shutil.rmtree(folder, ignore_errors=True)


needs_libreoffice = needs("libreoffice")


def page_widths(page: Path, width: int, profile: Path, box: str = "") -> tuple[int, int]:
    """Open the HTML file ``page`` in headless Chromium ``width`` pixels wide and return the width
    it shows and the width its content takes (more means the reader must scroll sideways): the page's, or the
    first element the CSS selector ``box`` finds."""
    import re
    import subprocess

    probe = page.with_name(page.stem + ".probe.html")
    found_box = f"document.querySelector({json.dumps(box)})" if box else "document.documentElement"
    script = (
        f"<script>addEventListener('load', () => {{ const e = {found_box};"
        " document.title = 'widths ' + e.clientWidth + ' ' + e.scrollWidth; });</script>"
    )
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    dom = subprocess.run(
        [
            "chromium",
            *("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"),
            *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
            f"--user-data-dir={profile}",
            f"--window-size={width},800",
            "--virtual-time-budget=2000",
            "--dump-dom",
            probe.as_uri(),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    found = re.search(r"<title>widths (\d+) (\d+)</title>", dom)
    assert found, "the page did not load"
    return int(found.group(1)), int(found.group(2))


def screenshot(page: Path, shot: Path, width: int, height: int) -> tuple[int, int, bytes]:
    """Open the HTML file ``page`` in headless Chromium, save what it shows at ``width`` × ``height`` to
    ``shot``, and return the PNG's width, height and (still filtered) scanlines."""
    import struct
    import subprocess
    import zlib

    subprocess.run(
        [
            "chromium",
            *("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"),
            *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
            f"--user-data-dir={shot.parent / 'chromium-profile'}",
            f"--window-size={width},{height}",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    size = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        if data[offset + 4 : offset + 8] == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    return size[0], size[1], zlib.decompress(b"".join(chunks))


@pytest.fixture(scope="session")
def built_documents(tmp_path_factory: pytest.TempPathFactory):
    """``get(name)``: the Build of ``DOCUMENT_BUILDS[name]`` with a PDF, made once per session,
    because each build starts LibreOffice several times."""
    from tailor.pipeline import build

    cache: dict[str, object] = {}

    def get(name: str):
        require("libreoffice")
        if name not in cache:
            posting, options = DOCUMENT_BUILDS[name]
            out = tmp_path_factory.mktemp("documents") / "resume.docx"
            cache[name] = build(posting, "example", output=out, pdf=True, today=DOCUMENT_DAY, **options)  # type: ignore[arg-type]
        return cache[name]

    return get


# --- tables of postings, as scrapers and datasets write them -------------------------------------

JOBSPY_COLUMNS = (
    "id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
    "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
    "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
)  # fmt: skip
"""The first columns of JobSpy's CSV, in its order (jobspy/util.py)."""


def write_jobspy_csv(path: Path, rows: list[dict[str, object]]) -> Path:
    """``rows`` (column → value; missing columns empty) as JobSpy's README writes its CSV: pandas'
    ``to_csv(quoting=csv.QUOTE_NONNUMERIC, escapechar="\\\\", index=False)``, numbers as floats."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=JOBSPY_COLUMNS, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
        writer.writeheader()
        writer.writerows({column: row.get(column, "") for column in JOBSPY_COLUMNS} for row in rows)
    return path


def jobspy_row(title: str, company: str, location: str, description: str, **more: object) -> dict[str, object]:
    """One row of a JobSpy CSV, with a job board's address made from its title and location."""
    slug = "-".join(f"{title} {location}".lower().split())
    return {
        "site": "indeed",
        "job_url": f"https://www.indeed.example/viewjob?jk={slug}",
        "title": title,
        "company": company,
        "location": location,
        "job_type": "fulltime",
        "description": description,
        **more,
    }


@pytest.fixture
def jobs_csv(tmp_path: Path, bundled_cv: CV) -> Path:
    """A JobSpy CSV of eight rows and five jobs: the CV's own words (the best fit), an HPC job in two
    cities, a training job on two boards (the second reposted with a sentence more), a nurse's job
    (the worst fit), and a row whose description is empty."""
    postings = DATA / "postings"

    def text(name: str) -> str:
        return (postings / name).read_text(encoding="utf-8")

    hpc, training = text("hpc-mpi-simulation.txt"), text("distributed-training.txt")
    html = "".join(f"<p>{line}</p>" for line in training.splitlines() if line.strip())
    pay = {"interval": "yearly", "min_amount": 120000.0, "max_amount": 150000.0, "currency": "USD"}
    rows = [
        jobspy_row("Research Engineer", "Own Words Labs", "Zürich", own_words_posting(bundled_cv)),
        jobspy_row("HPC Engineer", "Kestrel Simulations", "Berlin, Germany", hpc + "\nBased in Berlin.\n"),
        jobspy_row("ML Engineer", "Northwind", "Remote", training, site="linkedin"),
        jobspy_row("Registered Nurse", "Mercy General", "Sacramento, CA", text("registered-nurse.txt")),
        jobspy_row("HPC Engineer", "Kestrel Simulations Inc.", "Lisbon", hpc + "\nBased in Lisbon.\n"),
        jobspy_row("Data Engineer", "Acme", "Lisbon", ""),
        jobspy_row("ML Engineer", "Northwind", "Remote", html + "<p>Relocation support is available.</p>"),
        jobspy_row("Data Engineer", "Harbor Freight Data", "Boston, MA", text("data-engineer.md"), **pay),
    ]
    return write_jobspy_csv(tmp_path / "jobs.csv", rows)


# --- a file system that refuses: simulated, as tests run as root in CI ----------------------------


def fail_on_flush(monkeypatch: pytest.MonkeyPatch, call: int, error: BaseException) -> None:
    """The ``call``-th file tailor flushes to disk fails with ``error`` (a full disk, Ctrl-C)."""
    from tailor import files

    real, calls = os.fsync, 0

    def fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == call:
            raise error
        real(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` read-only (the test makes it writable again); as root, which writes anyway,
    make creating a file there fail as it would."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return

    def refuse(*args: object, **kwargs: object):
        raise PermissionError(errno.EACCES, "Permission denied", str(kwargs.get("dir", folder)))

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)


# A posting of another field than the bundled CV's, to save as files in several formats.
GROUNDS = """Grounds Maintenance Supervisor
Fernwood Parks Trust
Leeds

About the role
Fernwood Parks Trust is looking for a Grounds Maintenance Supervisor to lead a crew of six gardeners across
three public parks. You will plan mowing, planting and hedge cutting, keep equipment safe and report to the
parks manager.

Responsibilities
- Plan weekly mowing, planting and pruning schedules for three parks
- Lead, train and supervise a crew of six gardeners and seasonal staff
- Inspect playgrounds and paths and record defects
- Keep mowers, strimmers and hedge cutters serviced and safe

Requirements
- Three years of grounds maintenance or horticulture experience
- A full driving licence and a PA1 and PA6 pesticide certificate
"""


def grounds_page(text: str) -> str:
    """``text`` (:data:`GROUNDS`) as a board's web page: headings and lists as HTML, the company and place on
    one line."""
    lines = text.strip().split("\n")
    body = [f"<h1>{lines[0]}</h1>", f"<p>{lines[1]} &middot; {lines[2]}</p>"]
    for line in lines[3:]:
        if line.startswith("- "):
            body.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line in ("About the role", "Responsibilities", "Requirements"):
            body.append(f"<h2>{line}</h2>")
        elif line:
            body.append(f"<p>{line}</p>")
    return f"<html><head><title>{lines[0]}</title></head><body>{''.join(body)}</body></html>"


def without_numbering(paragraph: Any) -> Any:
    """``paragraph`` (python-docx) with the numbering "0" in its own properties, which takes away any numbering, as
    LibreOffice writes it on the headings of a document it saved from a web page or an OpenDocument file."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = OxmlElement("w:numPr")
    for tag in ("w:ilvl", "w:numId"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "0")
        numbering.append(element)
    paragraph._p.get_or_add_pPr().insert(0, numbering)
    return paragraph
