"""Specifications for tailor.documents.pdf: finding LibreOffice, converting with it safely, and living without it."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import time
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from tailor import resources
from tailor.cli import app
from tailor.documents import pdf
from tests.conftest import DATA, LETTER_CV, needs_libreoffice

runner = CliRunner()
POSTING = DATA / "documents" / "ml-platform-engineer.txt"

RECORDING_SOFFICE = """#!/bin/sh
# A stand-in for LibreOffice: records its arguments, writes a "PDF" for each .docx.
printf '%s\\n' "$@" > "$(dirname "$0")/arguments.txt"
out=""; previous=""
for argument in "$@"; do
  [ "$previous" = "--outdir" ] && out="$argument"
  previous="$argument"
done
for argument in "$@"; do
  case "$argument" in
    *.docx) printf '%%PDF-1.4 %s' "$(cat "$argument")" > "$out/$(basename "$argument" .docx).pdf" ;;
  esac
done
"""


def program(tmp_path: Path, script: str, name: str = "soffice") -> Path:
    path = tmp_path / name
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
    return path


# --- finding it --------------------------------------------------------------------------


def test_libreoffice_is_found_on_the_path_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = program(tmp_path, "#!/bin/sh\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert pdf.find_libreoffice() == fake


def test_libreoffice_is_found_in_its_usual_places_newest_version_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for version in ("libreoffice7.6", "libreoffice24.2"):
        (tmp_path / version / "program").mkdir(parents=True)
        program(tmp_path / version / "program", "#!/bin/sh\n")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(pdf, "_USUAL_PLACES", (str(tmp_path / "libreoffice*" / "program" / "soffice"),))
    assert pdf.find_libreoffice() == tmp_path / "libreoffice24.2" / "program" / "soffice"


def test_without_libreoffice_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    with pytest.raises(pdf.LibreOfficeMissing) as raised:
        pdf.convert([b"docx"])
    message = str(raised.value)
    for hint in ("sudo apt install libreoffice-writer", "brew install --cask libreoffice", "winget install"):
        assert hint in message


# --- running it ----------------------------------------------------------------------------


def test_one_start_converts_several_documents_in_order_with_a_private_profile(tmp_path: Path) -> None:
    fake = program(tmp_path, RECORDING_SOFFICE)
    assert pdf.convert([b"first", b"second"], soffice=fake) == [b"%PDF-1.4 first", b"%PDF-1.4 second"]
    arguments = (tmp_path / "arguments.txt").read_text(encoding="utf-8").splitlines()
    assert arguments[:2] == ["--headless", "--norestore"]
    assert arguments[arguments.index("--convert-to") + 1] == "pdf"
    profile = next(a for a in arguments if a.startswith("-env:UserInstallation=file://"))
    # Its own folder, not the user's LibreOffice profile: works while LibreOffice is open.
    assert "tailor-libreoffice-" in profile and ".config/libreoffice" not in profile


def test_a_conversion_that_writes_nothing_is_an_error(tmp_path: Path) -> None:
    fake = program(tmp_path, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    with pytest.raises(pdf.ConversionFailed, match="source file could not be loaded"):
        pdf.convert([b"docx"], soffice=fake)


def test_a_conversion_that_hangs_is_stopped_at_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = program(tmp_path, "#!/bin/sh\nsleep 30 &\nwait\n")
    monkeypatch.setattr(pdf, "TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(pdf, "TIMEOUT_PER_DOCUMENT", 0)
    started = time.monotonic()
    with pytest.raises(pdf.ConversionFailed, match="did not finish"):
        pdf.convert([b"docx"], soffice=fake)
    assert time.monotonic() - started < 10


# --- characters no installed font has ------------------------------------------------------

FAKE_FC_LIST = """#!/bin/sh
# A stand-in for fontconfig's fc-list: a font has every character but U+6771 and U+4EAC (東, 京).
case "$1" in
  *6771*|*4eac*) ;;
  *) echo "Fake Sans" ;;
esac
"""


@pytest.fixture
def fake_fc_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """fontconfig's fc-list on the PATH replaced by :data:`FAKE_FC_LIST`."""
    fake = tmp_path / "fc-list"
    fake.write_text(FAKE_FC_LIST, encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")


def test_characters_no_installed_font_has_are_named_and_the_others_not(fake_fc_list: None) -> None:
    assert pdf.unshown("Zürich, Ελληνικά, 東京医科 — “R&D”") == "東京"
    assert pdf.unshown("Zürich, Kraków, São Paulo — “R&D”") == ""  # Latin is not even asked about


@needs_libreoffice
def test_build_pdf_warns_that_characters_no_font_has_print_as_boxes(tmp_path: Path, fake_fc_list: None) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        "contact: {name: Aiko Sato, email: aiko@example.org}\nexperience:\n  - id: lab\n"
        "    employer: 東京 Robotics\n    role: Machine Learning Engineer\n    start: 2020\n    bullets:\n"
        "      - {id: lab-1, text: Trained machine learning models on a GPU cluster with PyTorch.}\n",
        encoding="utf-8",
    )
    out = tmp_path / "cv.docx"
    result = runner.invoke(app, ["build", str(POSTING), "--cv", str(cv), "-o", str(out), "--pdf"])
    assert result.exit_code == 1 and out.with_suffix(".pdf").exists()
    assert "No font on this machine has 東 京" in " ".join(result.output.split())


@needs_libreoffice
def test_letter_pdf_warns_that_characters_no_font_has_print_as_boxes(
    estimated_pages: None, tmp_path: Path, fake_fc_list: None
) -> None:
    cv = tmp_path / "cv.yaml"
    cv.write_text(
        LETTER_CV.read_text(encoding="utf-8").replace("Mara Lindqvist", "Mara 東京 Lindqvist"), encoding="utf-8"
    )
    out = tmp_path / "letter.docx"
    result = runner.invoke(app, ["letter", str(POSTING), "--cv", str(cv), "-o", str(out), "--pdf"])
    assert result.exit_code == 1 and out.with_suffix(".pdf").exists()
    assert "No font on this machine has 東 京" in " ".join(result.output.split())


def test_without_fontconfig_nothing_is_said_about_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    assert pdf.unshown("東京") == ""


# --- build --pdf ---------------------------------------------------------------------------


def test_without_libreoffice_build_pdf_still_writes_the_docx_and_exits_1_saying_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)
    out = tmp_path / "cv.docx"
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "-o", str(out), "--pdf"])
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert "No PDF was written" in output and "sudo apt install libreoffice-writer" in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.docx", "cv.manifest.json"]
    manifest = json.loads((tmp_path / "cv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["pdf"] is None and manifest["check"]["warnings"]


def test_an_existing_pdf_is_replaced_only_with_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: None)  # refused before any conversion
    (tmp_path / "cv.pdf").write_bytes(b"the user's own")
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "-o", str(tmp_path / "cv.docx"), "--pdf"])
    assert result.exit_code == 2 and "cv.pdf already exists" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.pdf"]


@needs_libreoffice
def test_the_pdf_and_the_docx_name_the_owner_and_the_job_and_are_dated_today(built_documents) -> None:
    built = built_documents("classic, 2 pages")
    title = "Bruno Magalhaes — Machine Learning Platform Engineer, Fjord Analytics"
    midnight = dt.datetime(2025, 3, 14, tzinfo=dt.UTC)

    info = PdfReader(io.BytesIO(built.pdf.read_bytes())).metadata
    assert (info.author, info.title) == ("Bruno Magalhaes", title)
    assert info.creation_date == info.modification_date == midnight

    props = docx.Document(str(built.output)).core_properties
    assert (props.author, props.last_modified_by, props.title) == ("Bruno Magalhaes", "Bruno Magalhaes", title)
    assert props.created == props.modified == midnight
    with zipfile.ZipFile(built.output) as package:
        everything = b"".join(package.read(name) for name in package.namelist())
    assert b"python-docx" not in everything and b"docProps/app.xml" not in everything


@needs_libreoffice
def test_the_pdf_is_written_beside_the_docx_and_named_in_the_manifest(built_documents) -> None:
    built = built_documents("classic, 2 pages")
    assert built.pdf == built.output.with_suffix(".pdf")
    assert json.loads(built.manifest.read_text(encoding="utf-8"))["pdf"] == built.pdf.name
    assert not [p for p in built.output.parent.iterdir() if p.name.startswith(".")]  # no temporary files
    assert oct(built.pdf.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_libreoffice_that_fails_makes_page_fitting_fall_back_to_the_estimate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = program(tmp_path, "#!/bin/sh\necho 'Error: could not load the document' >&2\nexit 1\n")
    monkeypatch.setattr(pdf, "find_libreoffice", lambda: broken)
    out = tmp_path / "out" / "cv.docx"
    out.parent.mkdir()
    result = runner.invoke(app, ["build", str(POSTING), "--cv", "example", "-o", str(out), "--pages", "2", "--pdf"])
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert "Pages were estimated instead of measured" in output and "No PDF was written" in output
    assert sorted(p.name for p in out.parent.iterdir()) == ["cv.docx", "cv.manifest.json"]
    assert json.loads(out.with_name("cv.manifest.json").read_text(encoding="utf-8"))["page_fit"]["measured_by"] == (
        "estimate"
    )


@needs_libreoffice
def test_a_real_process_removes_its_libreoffice_profile_when_it_exits(tmp_path: Path) -> None:
    # The console script skips the interpreter's teardown (cli._leave) but still runs the
    # exit handlers, one of which removes LibreOffice's temporary profile.
    import subprocess
    import sys

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    out = tmp_path / "cv.docx"
    posting = sorted(resources.bundled("examples").iterdir())[0]
    proc = subprocess.run(
        [sys.executable, "-m", "tailor", "build", str(posting), "-o", str(out), "--pdf", "--cv", "example"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    assert proc.returncode == 0, proc.stderr
    assert PdfReader(out.with_suffix(".pdf")).pages
    assert list(temporary.iterdir()) == []
