"""Which file each résumé of a ``tailor batch`` is written to: a posting keeps the résumé made for it in an
earlier run, found by the evidence its manifest records (the posting's text, its web address, its file), never
by a table row's number, which the next scrape may change; a new posting gets its own name, told apart from
every other (``_2``, ``_3``, …) without case, as macOS and Windows file systems compare names."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Literal

from tailor import manifest
from tailor.errors import TailorError
from tailor.outputs import RESUME_SUFFIX, SIBLINGS, Outputs
from tailor.posting.table import parse_row_source
from tailor.rank_postings import ScoredPosting


def file_names(postings: Sequence[ScoredPosting], folder: Path) -> list[str]:
    """Each posting's résumé file name in ``folder``: a posting whose résumé is there already (its manifest
    records the same text, the same web address, or the same posting file: :func:`_made_for`) keeps that
    résumé's name; the others get their :attr:`~ScoredPosting.output_name`, told apart as :func:`unique_names`
    does (the later in path order ``_2``, ``_3``, …), never taking the name of a résumé that was made for
    another posting.

    So two jobs of the same company and title keep their own files whatever the order of a table's rows in
    the next scrape: a résumé is never rebuilt for another job nor, edited by its user, shown as another's.
    """
    made = _made_here(folder, [p.output_name for p in postings])
    names: list[str | None] = [None] * len(postings)
    kept: set[str] = set()
    # The strongest evidence first, so that a weaker one cannot take a résumé from its own posting.
    evidences: tuple[Evidence, ...] = ("text", "address", "file")
    for evidence in evidences:
        addresses = _shared_addresses(postings) if evidence == "address" else set()
        for n, posting in enumerate(postings):
            if names[n] is not None:
                continue
            found = [
                name
                for name, record in made.items()
                if name.lower() not in kept
                and _in_series(name, posting.output_name)
                and _made_for(record.inputs.posting, posting, evidence, addresses)
            ]
            if len(found) > 1:
                # Two résumés of one posting (as an older tailor could leave them): the one its user edited is it.
                found.sort(key=lambda name: not _edited(folder / name, made[name]))
            if found:
                names[n] = found[0]
                kept.add(found[0].lower())
    # A résumé of a posting not in this run is left alone too: its name is not free.
    fresh = iter(
        unique_names(
            [p.output_name for p, name in zip(postings, names, strict=True) if name is None],
            taken=kept | {name.lower() for name in made},
        )
    )
    return [name or next(fresh) for name in names]


def _edited(resume: Path, record: manifest.Manifest) -> bool:
    return manifest.edited(record.output_sha256, resume, Outputs(resume).manifest)


def _made_here(folder: Path, names: Iterable[str]) -> dict[str, manifest.Manifest]:
    """The résumés in ``folder`` of the series of ``names`` (``a.docx``, ``a_2.docx``, …) whose manifests
    tailor wrote, by file name, with their manifests."""
    stems = {name.rpartition(".")[0].lower() for name in names}
    suffix = SIBLINGS["manifest"]
    found: dict[str, manifest.Manifest] = {}
    try:
        there = sorted(path for path in folder.iterdir() if path.name.lower().endswith(suffix))
    except OSError:
        return found  # no folder yet: nothing made
    for path in there:
        stem = path.name[: -len(suffix)]
        if stem.lower() not in stems and _SERIES.sub("", stem).lower() not in stems:
            continue
        try:
            record = manifest.read(path)
        except TailorError:
            continue  # not tailor's: its résumé is left to up_to_date and edited, as before
        found[stem + RESUME_SUFFIX] = record
    return found


_SERIES = re.compile(r"_[0-9]+$")


def _in_series(name: str, base: str) -> bool:
    """Whether ``name`` is ``base`` or one of its repeats (``a_2.docx`` of ``a.docx``), without case."""
    stem, _, suffix = name.lower().rpartition(".")
    base_stem, _, base_suffix = base.lower().rpartition(".")
    return suffix == base_suffix and base_stem in (stem, _SERIES.sub("", stem))


Evidence = Literal["text", "address", "file"]


def _made_for(
    record: manifest.PostingRecord, posting: ScoredPosting, evidence: Evidence, shared: Collection[str]
) -> bool:
    """Whether the résumé whose manifest records ``record`` was made for ``posting``, by ``evidence``: the same
    ``text`` (its hash), the same web ``address`` (its own or a copy's, unless ``shared`` by several postings,
    as a careers page may be), or the same posting ``file`` (a file's path, its own or a copy's; a table's row
    number is no evidence: the next scrape may order the rows otherwise)."""
    if evidence == "text":
        return record.sha256 == posting.sha256
    if evidence == "address":
        return record.url is not None and record.url not in shared and record.url in _addresses(posting)
    sources = {posting.source, *(copy.source for copy in posting.copies)}
    return parse_row_source(record.source) is None and record.source in sources


def _addresses(posting: ScoredPosting) -> set[str]:
    return {url for url in (posting.details.value("url"), *(copy.url for copy in posting.copies)) if url}


def _shared_addresses(postings: Sequence[ScoredPosting]) -> set[str]:
    """The web addresses more than one posting gives."""
    seen: set[str] = set()
    shared: set[str] = set()
    for posting in postings:
        for url in _addresses(posting):
            (shared if url in seen else seen).add(url)
    return shared


def _free(name: str, taken: Collection[str]) -> str:
    """``name``, or its first repeat (``a_2.docx``, ``a_3.docx``, …) not in ``taken`` (lower case)."""
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}_{n}{dot}{suffix}"
    return candidate


def unique_names(names: Iterable[str], taken: Collection[str] = ()) -> list[str]:
    """``names`` with repeats told apart: the second ``a.docx`` becomes ``a_2.docx``, the third ``a_3.docx``;
    none of them one of ``taken`` (lower case) either.

    Compared without case, since macOS and Windows file systems do.
    """
    used = set(taken)
    out = []
    for name in names:
        candidate = _free(name, used)
        used.add(candidate.lower())
        out.append(candidate)
    return out
