"""Make the README's pictures: page 1 of each bundled template filled with the bundled CV, each bundled letter
from a fictional person's letter material (the bundled CV's owner wrote none), and the HTML report.

    python docs/make_previews.py

Needs LibreOffice and poppler's ``pdftoppm`` for the templates, and Chromium for
the report. The pictures use the example posting in ``examples/`` and a fixed
date, so they change only when a template, the report, the CV or tailor's
choices do.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tailor import resources
from tailor.documents.templates import bundled
from tailor.pipeline import build, letter, match
from tailor.report_html import html_report

HERE = Path(__file__).resolve().parent
POSTING = resources.bundled("examples") / "distributed-training-engineer.md"
LETTER_CV = HERE.parent / "tests" / "data" / "cvs" / "ml-systems-engineer.yaml"
"""A fictional person's CV with a letter: block, made for the tests."""
DAY = dt.date(2025, 3, 14)
DPI = 70
"""Small enough for a README, large enough to see the layout."""
REPORT_BULLETS = 6
"""Few enough bullets that the report's first screen shows every role."""
REPORT_WINDOW = "1280,1000"


def templates(work: Path) -> int:
    for template in bundled():
        out = work / f"{template.name}.docx"
        built = build(POSTING, "example", template=template.name, output=out, pdf=True, today=DAY)
        if built.pdf is None:
            print("LibreOffice is needed: " + " ".join(built.documents.warnings), file=sys.stderr)
            return 1
        picture(built.pdf, HERE / f"template-{template.name}")
    for template in bundled("letter"):
        out = work / f"letter-{template.name}.docx"
        made = letter(POSTING, LETTER_CV, template=template.name, output=out, pdf=True, today=DAY)
        if made.letter_pdf is None:
            print("LibreOffice is needed for the letters' pictures.", file=sys.stderr)
            return 1
        picture(made.letter_pdf, HERE / f"letter-{template.name}")
    return 0


def picture(pdf: Path, target: Path) -> None:
    """Page 1 of ``pdf`` as ``<target>.png``."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True
    )
    print(f"wrote {target}.png")


def report(work: Path) -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("Chromium is needed for the report's picture.", file=sys.stderr)
        return 1
    page = work / "report.html"
    # The report names the posting as given: relative to the checkout, as a user would type it.
    posting = POSTING.relative_to(HERE.parent) if POSTING.is_relative_to(HERE.parent) else POSTING
    os.chdir(HERE.parent)
    page.write_text(html_report(match(posting, "example", max_bullets=REPORT_BULLETS), DAY), encoding="utf-8")
    target = HERE / "report.png"
    subprocess.run(
        [
            browser,
            *("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"),
            *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
            f"--user-data-dir={work / 'profile'}",
            f"--window-size={REPORT_WINDOW}",
            f"--screenshot={target}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    print(f"wrote {target}")
    return 0


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        return templates(Path(work)) or report(Path(work))


if __name__ == "__main__":
    raise SystemExit(main())
