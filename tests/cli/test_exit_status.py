"""The promise of `tailor build`'s exit status, checked against the files on disk for every way out.

0: the résumé and its manifest are written and all is well. 1: they are written, but something
needs a look. 2: nothing was written (the folder is exactly as it was). 130: stopped by Ctrl-C,
nothing written. A read-only folder and a full disk are simulated (tests run as root in CI, and
root writes into a read-only folder), so each case means the same as any user.
"""

from __future__ import annotations

import errno
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tailor.cli import app
from tailor.documents import pdf, templates
from tests.conftest import DATA, fail_on_flush, read_only

runner = CliRunner()
POSTING = DATA / "postings" / "distributed-training.txt"
INVALID_CV = DATA / "invalid_cvs" / "unknown_key_and_wrong_type.yaml"
WEAK = (DATA / "cvs" / "data-engineer.yaml", DATA / "postings" / "registered-nurse.txt")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


Setup = Callable[[Path, pytest.MonkeyPatch], list[object]]
"""Given the output folder, arrange the case and return the arguments after ``tailor build``."""


def with_a_table_in_the_template(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    document = docx.Document(str(templates.resolve(None).path))
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Skills in a table"  # ATS problem: text in a table
    document.save(str(out.parent / "table.docx"))
    return [POSTING, "-o", out / "cv.docx", "--template", out.parent / "table.docx"]


def without_libreoffice(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    def missing(documents: list[bytes], **kwargs: object) -> list[bytes]:
        raise pdf.LibreOfficeMissing

    mp.setattr(pdf, "convert", missing)
    return [POSTING, "-o", out / "cv.docx", "--pdf"]


def with_nothing_to_rank(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    (out.parent / "punctuation.txt").write_text("!!! ??? ... ---\n" * 40, encoding="utf-8")
    return [out.parent / "punctuation.txt", "-o", out / "cv.docx"]


def into_a_read_only_folder(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    read_only(mp, out)
    return [POSTING, "-o", out / "cv.docx"]


def with_the_disk_full_at_the_manifest(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    fail_on_flush(mp, 3, OSError(errno.ENOSPC, "No space left on device"))  # the résumé, the report, the manifest
    return [POSTING, "-o", out / "old.docx", "--force", "--report"]


def interrupted_at_the_manifest(out: Path, mp: pytest.MonkeyPatch) -> list[object]:
    fail_on_flush(mp, 2, KeyboardInterrupt())
    return [POSTING, "-o", out / "cv.docx"]


CASES: dict[str, tuple[int, Setup]] = {
    "all well": (0, lambda out, mp: [POSTING, "-o", out / "cv.docx"]),
    "into a folder": (0, lambda out, mp: [POSTING, "-o", out]),
    "replaced with --force": (0, lambda out, mp: [POSTING, "-o", out / "old.docx", "--force"]),
    "check finds a problem": (1, with_a_table_in_the_template),
    "no PDF without LibreOffice": (1, without_libreoffice),
    "missing posting": (2, lambda out, mp: [out / "nope.txt", "-o", out / "cv.docx"]),
    "nothing to rank": (2, with_nothing_to_rank),
    "bad CV": (2, lambda out, mp: [POSTING, "--cv", INVALID_CV, "-o", out / "cv.docx"]),
    "missing template": (2, lambda out, mp: [POSTING, "--template", out / "nope.docx", "-o", out / "cv.docx"]),
    "-o names a PDF": (2, lambda out, mp: [POSTING, "-o", out / "r2.pdf", "--pdf"]),
    "-o without .docx": (2, lambda out, mp: [POSTING, "-o", out / "acme"]),
    "résumé exists": (2, lambda out, mp: [POSTING, "-o", out / "old.docx"]),
    "manifest exists": (2, lambda out, mp: [POSTING, "-o", out / "other.docx"]),
    "fit below --min-fit": (2, lambda out, mp: [WEAK[1], "--cv", WEAK[0], "-o", out / "cv.docx", "--min-fit", "0.5"]),
    "--pages 0": (2, lambda out, mp: [POSTING, "-o", out / "cv.docx", "--pages", "0"]),
    "read-only folder": (2, into_a_read_only_folder),
    "disk full": (2, with_the_disk_full_at_the_manifest),
    "Ctrl-C": (130, interrupted_at_the_manifest),
}


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_every_exit_status_keeps_its_promise_about_the_files_on_disk(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, setup = CASES[case]
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.docx").write_bytes(b"the user's own file")
    (out / "other.manifest.json").write_text("{}", encoding="utf-8")
    args = setup(out, monkeypatch)
    before = snapshot(out)

    result = runner.invoke(app, ["build", "--cv", "example", *map(str, args)])
    monkeypatch.undo()
    out.chmod(0o755)
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    after = snapshot(out)
    if status in (2, 130):
        assert after == before, "nothing may be written"
        assert "nothing was written" in result.output or status == 2
        return
    written = {name: data for name, data in after.items() if before.get(name) != data}
    resumes = [name for name in written if name.endswith(".docx")]
    assert len(resumes) == 1 and f"{resumes[0][:-5]}.manifest.json" in written, sorted(written)
    with zipfile.ZipFile(out / resumes[0]) as package:
        assert package.testzip() is None
    record = json.loads(written[f"{resumes[0][:-5]}.manifest.json"])
    assert record["output"] == resumes[0]
    assert not [name for name in after if name.endswith(".tmp")]
