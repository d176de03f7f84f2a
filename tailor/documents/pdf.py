"""Word to PDF through LibreOffice in headless mode, and reading PDFs back.

LibreOffice is a program, not a Python package, so it may be missing: every entry
point here either finds it or raises :class:`LibreOfficeMissing`, whose message
says how to install it. Conversions run with a private, temporary LibreOffice
profile (so they work while the user has LibreOffice open: two instances sharing
a profile would hand the job to the open one, or fail on its lock), under a
timeout, and several documents can go through one start of LibreOffice, which is
what page fitting needs.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import glob
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from tailor.errors import TailorError

INSTALL_HINT = (
    "Install LibreOffice: on Debian or Ubuntu `sudo apt install libreoffice-writer`, on Fedora "
    "`sudo dnf install libreoffice-writer`, on macOS `brew install --cask libreoffice`, on Windows "
    "`winget install TheDocumentFoundation.LibreOffice` (or download it from https://www.libreoffice.org). "
    "If it is installed somewhere unusual, put the folder that holds `soffice` on your PATH."
)

_USUAL_PLACES = (
    "/usr/bin/soffice",
    "/usr/local/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice*/program/soffice",
    "/snap/bin/libreoffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
    "C:/Program Files (x86)/LibreOffice/program/soffice.exe",
)
"""Where installers put LibreOffice when it is not on PATH; globs allowed (newest version first)."""

TIMEOUT_SECONDS = 90.0
"""For one start of LibreOffice, plus :data:`TIMEOUT_PER_DOCUMENT` for each document converted."""
TIMEOUT_PER_DOCUMENT = 15.0
"""Added to :data:`TIMEOUT_SECONDS` for each document converted in one start."""


class LibreOfficeMissing(TailorError):
    """LibreOffice is needed and could not be found."""

    def __init__(self, purpose: str = "to write a PDF") -> None:
        super().__init__(f"LibreOffice is needed {purpose} but was not found. {INSTALL_HINT}")


class ConversionFailed(TailorError):
    """LibreOffice ran but produced no PDF, or did not finish in time."""


def find_libreoffice() -> Path | None:
    """The LibreOffice program (``soffice``), from PATH or its usual install locations; None if absent."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for pattern in _USUAL_PLACES:
        for candidate in sorted(glob.glob(pattern), key=_version_order, reverse=True):
            if os.access(candidate, os.X_OK):
                return Path(candidate)
    return None


def _version_order(path: str) -> list[tuple[int, str]]:
    """Sort key under which /opt/libreoffice24.2 comes after /opt/libreoffice7.6."""
    return [(int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", path)]


@functools.lru_cache(maxsize=1)
def _profile() -> Path:
    # One private profile per process, created on first use and deleted at exit:
    # LibreOffice spends seconds initialising a fresh profile, so the conversions of
    # one run (page fitting converts several times) share it.
    folder = Path(tempfile.mkdtemp(prefix="tailor-libreoffice-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


_lock = threading.Lock()
"""A LibreOffice profile serves one instance at a time."""


def convert(
    documents: list[bytes], *, soffice: Path | None = None, source: str = ".docx", target: str = "pdf"
) -> list[bytes]:
    """The PDF of each .docx in ``documents``, in order, from one start of LibreOffice; with
    ``source`` and ``target``, any conversion LibreOffice makes (a ``.doc`` to ``docx``).

    Raises :class:`LibreOfficeMissing` if LibreOffice cannot be found, and
    :class:`ConversionFailed` if it fails or times out.
    """
    program = soffice or find_libreoffice()
    if program is None:
        raise LibreOfficeMissing() if target == "pdf" else LibreOfficeMissing(f"to read a {source} file")
    if not documents:
        return []
    with _lock, tempfile.TemporaryDirectory(prefix="tailor-pdf-") as work:
        folder = Path(work)
        inputs = [folder / f"document-{n}{source}" for n in range(len(documents))]
        outdir = folder / "out"  # apart from the inputs: a .docx made from a .doc must not overwrite one
        outdir.mkdir()
        for path, data in zip(inputs, documents, strict=True):
            path.write_bytes(data)
        command = [
            str(program),
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={_profile().as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, inputs),
        ]
        stderr = _run(command, timeout=TIMEOUT_SECONDS + TIMEOUT_PER_DOCUMENT * len(documents))
        outputs = [outdir / path.with_suffix(f".{target}").name for path in inputs]
        missing = [path for path in outputs if not path.is_file() or path.stat().st_size == 0]
        if missing:
            raise ConversionFailed(
                f"LibreOffice ({program}) did not write a {target.upper()} ({stderr.strip()[-300:] or 'no message'}). "
                f"Open the {source} file in LibreOffice to see whether it loads."
            )
        return [path.read_bytes() for path in outputs]


def _run(command: list[str], *, timeout: float) -> str:
    """Run LibreOffice, killing it and everything it started if it outlives ``timeout``."""
    new_group = {"start_new_session": True} if sys.platform != "win32" else {}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **new_group) as proc:
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # soffice is a launcher: the real work happens in a child, which a plain
            # kill would leave behind holding the profile.
            with contextlib.suppress(ProcessLookupError, PermissionError, AttributeError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.kill()
            proc.communicate()
            raise ConversionFailed(
                f"LibreOffice did not finish converting to PDF within {timeout:.0f} seconds; "
                "close any LibreOffice dialog that may be waiting, or try again."
            ) from None
    return stderr or ""


def page_count(pdf: bytes) -> int:
    """The number of pages of ``pdf``."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def set_metadata(pdf: bytes, *, author: str, title: str, day: dt.date) -> bytes:
    """``pdf`` with its author and title set and both dates on ``day`` (midnight UTC, like the .docx).

    LibreOffice copies author and title from the .docx already; this makes sure
    of them and adds the modification date it leaves out.
    """
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    stamp = f"D:{day:%Y%m%d}000000Z"
    writer.add_metadata({"/Author": author, "/Title": title, "/CreationDate": stamp, "/ModDate": stamp})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


MAX_GLYPHS_ASKED = 64
"""At most this many characters are asked about one by one, once fontconfig says some are missing."""


def unshown(text: str) -> str:
    """The characters of ``text`` that no font installed here has, in text order: LibreOffice prints them
    as empty boxes in a PDF. Asked of fontconfig (``fc-list``), which Linux desktops have; "" when every
    character is shown, when the text is all Latin, or when fontconfig is not there to ask."""
    wanted = list(dict.fromkeys(c for c in text if ord(c) > 0x24F and not c.isspace() and c.isprintable()))
    fc_list = shutil.which("fc-list")
    if not wanted or fc_list is None:
        return ""

    def shown(chars: list[str]) -> bool:
        charset = " ".join(f"{ord(c):x}" for c in chars)
        try:
            done = subprocess.run(
                [fc_list, f":charset={charset}", "family"], capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            return True  # no answer: say nothing rather than something wrong
        return done.returncode != 0 or bool(done.stdout.strip())

    # One font may lack what another has: ask for all at once, then, only if no font has them all, one by one.
    if shown(wanted):
        return ""
    return "".join(c for c in wanted[:MAX_GLYPHS_ASKED] if not shown([c]))


def unshown_warning(docx: bytes) -> list[str]:
    """A warning naming the characters of ``docx`` that no installed font has, which its PDF shows as
    empty boxes; none when every character has a font."""
    missing = unshown(_document_text(docx))
    if not missing:
        return []
    return [
        f"No font on this machine has {' '.join(missing)}: the PDF shows them as empty boxes (the .docx "
        "keeps them, for a machine that has such a font). Install one, for example Noto "
        "(`sudo apt install fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji`), and build again."
    ]


def _document_text(docx: bytes) -> str:
    """The text of a .docx's body, for the characters it holds (tags stripped, entities read)."""
    import html
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", xml))


def extract_text(pdf: bytes) -> tuple[str, str]:
    """The text of ``pdf`` and the tool that read it: poppler's ``pdftotext`` (what many
    applicant tracking systems use) when installed, else pypdf."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        with tempfile.TemporaryDirectory(prefix="tailor-text-") as work:
            source = Path(work) / "document.pdf"
            source.write_bytes(pdf)
            done = subprocess.run(
                [pdftotext, "-enc", "UTF-8", str(source), "-"], capture_output=True, timeout=60, check=False
            )
            if done.returncode == 0:
                return done.stdout.decode("utf-8", errors="replace"), "pdftotext"
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n\f".join(page.extract_text() or "" for page in reader.pages), "pypdf"
