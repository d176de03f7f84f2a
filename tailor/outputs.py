"""The files one build writes: a résumé and the files beside it, all named from the résumé's stem.

``Bruno_-_Acme_-_Engineer.docx`` is the résumé; beside it go
``Bruno_-_Acme_-_Engineer.manifest.json`` (always), ``….report.html``, ``….pdf``, the
cover letter ``…_-_Letter.docx`` with its ``…_-_Letter.pdf``, and the exports
``….resume.json`` (JSON Resume), ``….rendercv.yaml`` and ``….md`` (when asked for).
:data:`SIBLINGS` is the one list of those files: a new kind of output is one entry there.
A letter made on its own (``tailor letter``) is the main document of its build, with
its own manifest and PDF beside it: ``…_-_Letter.manifest.json``, ``…_-_Letter.pdf``.

This module also says where a résumé goes (:func:`resume_path`: a .docx, or a folder
to write the default name in), which files in a folder tailor wrote (so that ``rank``
and ``batch`` never read a résumé or a letter as a posting), how a résumé is named by
default, and how files are fingerprinted.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tailor.errors import TailorError

Sibling = Literal["manifest", "report", "pdf", "letter", "letter_pdf", "json-resume", "rendercv", "markdown"]
Kind = Literal["resume", "manifest", "report", "pdf", "letter", "letter_pdf", "json-resume", "rendercv", "markdown"]
"""A file of a build: the main document (the résumé; ``tailor letter``'s letter) or one of its siblings."""

LETTER = "_-_Letter"
"""What a cover letter's name adds to its résumé's stem."""
SIBLINGS: dict[Sibling, str] = {
    "manifest": ".manifest.json",
    "report": ".report.html",
    "pdf": ".pdf",
    "letter": f"{LETTER}.docx",
    "letter_pdf": f"{LETTER}.pdf",
    # The exports (tailor.export), by the name --export takes.
    "json-resume": ".resume.json",
    "rendercv": ".rendercv.yaml",
    "markdown": ".md",
}
"""Each kind of file written beside a résumé, by the suffix that replaces the résumé's ``.docx``."""

RESUME_SUFFIX = ".docx"

OVERVIEW = ("index.html", "index.csv")
"""The overview ``tailor batch`` writes into its output folder, beside the résumés (:mod:`tailor.overview`)."""

NAME_PART_CHARS = 60
"""Each part of a default file name (owner, company, title) is cut to this many characters."""


@dataclass(frozen=True)
class Outputs:
    """Every path one build may write, derived from the résumé's path."""

    resume: Path
    """The .docx (whatever ``-o`` named it): the résumé, or a letter made on its own (``tailor letter``)."""

    def sibling(self, kind: Sibling) -> Path:
        """The file of ``kind`` beside the résumé: its stem and :data:`SIBLINGS`' ending."""
        return self.resume.with_name(self.resume.stem + SIBLINGS[kind])

    def path(self, kind: Kind) -> Path:
        """The résumé for ``"resume"``, else the sibling of that kind."""
        return self.resume if kind == "resume" else self.sibling(kind)

    @property
    def manifest(self) -> Path:
        return self.sibling("manifest")

    @property
    def report(self) -> Path:
        return self.sibling("report")

    @property
    def pdf(self) -> Path:
        return self.sibling("pdf")

    def paths(self, kinds: Iterable[Sibling] = SIBLINGS) -> list[Path]:
        """The résumé, then the siblings of ``kinds`` (default: every kind), in :data:`SIBLINGS` order."""
        wanted = set(kinds)
        return [self.resume, *(self.sibling(kind) for kind in SIBLINGS if kind in wanted)]

    def existing(self, kinds: Iterable[Sibling] = SIBLINGS) -> list[Path]:
        """Those of :meth:`paths` that exist."""
        return [path for path in self.paths(kinds) if path.exists()]


_DOCUMENT_SUFFIXES = frozenset({RESUME_SUFFIX, *("." + suffix.rsplit(".", 1)[-1] for suffix in SIBLINGS.values())})
"""Endings of the files tailor writes: a folder to write into named so is a file name given in the wrong place."""


def folder_for(out: str | Path | None) -> Path:
    """The folder ``out`` (default: the current one), created if missing, to write outputs into.

    Raises:
        TailorError: it cannot be created, or it is named like a document ("resume.docx"), not a folder.
    """
    from tailor.errors import TailorError

    folder = Path(out) if out is not None else Path()
    if folder.suffix.lower() in _DOCUMENT_SUFFIXES and not folder.is_dir():
        raise TailorError(
            f"{folder} is a file name, and {{out}} names a folder to write into. Pass {{output={folder}}} to "
            "write the document under that name.",
            out="out",
            output="output",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise TailorError(
            f"Cannot create the folder {folder}: {e.strerror}. Pass another {{out}}.", out="out"
        ) from None
    return folder


def resume_path(output: Path | None, default: Callable[[], str], *, document: str = "résumé") -> Path:
    """Where a build writes its résumé (or ``document``, a letter): ``output`` if it names a .docx file; the
    ``default()`` name inside ``output`` if it is an existing folder; the ``default()`` name in the current
    folder if it is None.

    Raises:
        TailorError: ``output`` is neither a folder nor a name ending in .docx (a name ending in
            .pdf, or with no extension, would be a Word file under the wrong name).
    """
    if output is None:
        return Path(default())
    if output.is_dir():
        return output / default()
    check_output(output, document=document)
    return output


def check_output(output: Path, *, document: str = "résumé") -> None:
    """Raise the error of :func:`resume_path` for ``output``, before anything slow is done; the error names the
    ``document`` the command writes (a letter's says "letter", not "résumé")."""
    if output.is_dir() or output.suffix.lower() == RESUME_SUFFIX:
        return
    rule = f"{{output}} must name the Word {document}, ending in .docx, or an existing folder to write it in"
    sibling = next((suffix for suffix in SIBLINGS.values() if output.name.lower().endswith(suffix)), None)
    if sibling:
        stem = output.name[: -len(sibling)]
        raise TailorError(
            f"{rule}, not {output}: the files beside the {document} are named after it "
            f"(with {{pdf}}, {stem}{SIBLINGS['pdf']} beside {stem}{RESUME_SUFFIX}).",
            output="output=…",
            pdf="pdf=True",
        )
    raise TailorError(
        f"{rule}, not {output}; did you mean {output.name}{RESUME_SUFFIX}, or {{out={output}}} for a new folder "
        "to write it in?",
        output="output=…",
        out="out",
    )


def written_by_tailor(path: Path) -> bool:
    """Whether ``path`` is a file tailor wrote: a manifest, a résumé or sibling with its manifest beside it,
    or a batch's overview among résumés."""
    name = path.name.lower()
    if name.endswith(SIBLINGS["manifest"]):
        return True
    if name in OVERVIEW:
        # A batch's overview sits among the résumés it lists, each with its manifest.
        return any(path.parent.glob("*" + SIBLINGS["manifest"]))
    # Every reading of the name counts: "x_-_Letter.docx" is the letter of "x.docx" (x.manifest.json),
    # or a letter made on its own (x_-_Letter.manifest.json).
    return any(
        Outputs(path.with_name(path.name[: -len(suffix)] + RESUME_SUFFIX)).manifest.exists()
        for suffix in [*SIBLINGS.values(), RESUME_SUFFIX]
        if name.endswith(suffix.lower())
    )


def owner(path: Path, kind: Sibling) -> Outputs | None:
    """The build whose ``kind`` file ``path`` is named as (``x_-_Letter.docx`` is the letter of
    ``x.docx``), or None when its name is not one."""
    suffix = SIBLINGS[kind]
    if not path.name.lower().endswith(suffix.lower()) or len(path.name) == len(suffix):
        return None
    return Outputs(path.with_name(path.name[: -len(suffix)] + RESUME_SUFFIX))


def default_name(owner: str, company: str | None, title: str | None, fallback: str) -> str:
    """``Bruno_Magalhaes_-_Acme_-_Senior_ML_Engineer.docx`` when the company and title are known,
    else ``Bruno_Magalhaes_-_<fallback>.docx``; safe on every file system."""
    parts = [p for p in (company, title) if p] or [fallback]
    name = _in_its_case(_without_letters(owner))
    return "_-_".join(_cut(_file_safe(p)) for p in (name, *parts)) + RESUME_SUFFIX


def _cut(part: str) -> str:
    """``part`` cut to :data:`NAME_PART_CHARS` at the end of its last whole word there ("…_Biomedical", not
    "…_Biomedical_Re"); a first word longer than that is cut where the limit falls."""
    if len(part) <= NAME_PART_CHARS:
        return part
    cut = part[: NAME_PART_CHARS + 1]
    words = cut.rsplit("_", 1)[0] if "_" in cut else ""
    return (words or cut[:NAME_PART_CHARS]).strip("_")


_LETTERS = r"(?=(?:[a-z.-]*[A-Z]){2})[A-Z][A-Za-z.-]{1,6}(?:\s?\([A-Z]{1,4}\))*"
_LETTERS_AFTER = re.compile(rf",\s*{_LETTERS}(?:\s*,\s*{_LETTERS})*\s*$")
"""Letters after a name, its degrees and licences (``, BSN, RN, CCRN``, ``, PhD``, ``, P.E.``): two capitals
or more each, which a given name written after the surname ("Lovelace, Ada") has not; a registry's disciplines
in brackets after them are theirs (``, R.T.(R)(CT)``, ``, RT (R)(MR)``, as imaging technologists write theirs)."""


def _without_letters(owner: str) -> str:
    """The owner's name without the letters after it, which a file's name has no room for: "Dana Whitaker,
    BSN, RN, CCRN" → "Dana Whitaker". A name left of one word was written surname first ("LI, WEI"), and stays."""
    name = _LETTERS_AFTER.sub("", owner)
    return name if len(name.split()) >= 2 else owner


def _in_its_case(name: str) -> str:
    """A name a résumé sets in capitals ("JANE DOE", as a heading is set) with each word capitalised, as the
    name is written: "Jane Doe", "Mary-Kate O'Neil"; a name with a letter in lower case is as its owner wrote it
    ("Wei LI", "Ada de Vries")."""
    if not name.isupper():
        return name
    return re.sub(r"[^\W\d_]+", lambda word: word.group().capitalize(), name)


def _file_safe(text: str) -> str:
    """``text`` in the letters, digits, dots and hyphens every file system takes, words parted by "_": accents
    dropped from their letters, a dash ("Grades 6–8") a hyphen and other marks outside ASCII a break between
    words, never nothing, which would run "6" and "8" together into "68"."""
    text = "".join(_ascii_mark(c) if ord(c) > 127 else c for c in unicodedata.normalize("NFKD", text))
    ascii_text = text.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9.-]+", "_", ascii_text).strip("_.") or "posting"


def _ascii_mark(c: str) -> str:
    """A character outside ASCII as a file's name writes it: a dash as "-", a space or another mark (punctuation,
    a symbol) as " "; a letter or an accent as itself, for the ASCII folding after to keep or drop."""
    category = unicodedata.category(c)
    if category == "Pd":
        return "-"
    return " " if category[0] in "PZS" else c


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of the file at ``path``: how a manifest recognises its inputs."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
