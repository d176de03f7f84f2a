"""Finding the postings named on the command line, and sharing work out to worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.errors import TailorError
from tailor.many import find_postings, parallel_map, shared_cv, short_sources
from tailor.outputs import Outputs
from tailor.results import LoadedCV
from tests.conftest import write_docx

# --- finding postings ------------------------------------------------------------------------


def test_folders_are_searched_recursively_for_every_format_and_sorted_by_path(folder: Path) -> None:
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Engineer wanted", encoding="utf-8")
    found = [p.relative_to(folder).as_posix() for p in find_postings([folder])]
    assert found == ["more/data.docx", "more/hpc.txt", "nurse.txt", "own-words.md", "training.html"]


def test_files_that_tailor_wrote_are_not_taken_for_postings(folder: Path) -> None:
    outputs = Outputs(folder / "Me_-_Acme.docx")
    for path in outputs.paths():
        if path.suffix == ".docx":
            write_docx(path, [("Normal", "My résumé or letter")])
        else:
            path.write_text("<html><body>Report</body></html>" if path.suffix == ".html" else "{}", encoding="utf-8")
    assert len(outputs.existing()) == len(outputs.paths())  # every kind of output is there
    assert not [p.name for p in find_postings([folder]) if p.name.startswith("Me_")]


def test_a_posting_beside_a_manifest_of_another_name_is_still_a_posting(folder: Path) -> None:
    (folder / "Other.manifest.json").write_text("{}", encoding="utf-8")
    write_docx(folder / "Acme.docx", [("Title", "Data Engineer")])
    assert "Acme.docx" in [p.name for p in find_postings([folder])]


def test_patterns_files_and_folders_mix_and_each_file_counts_once(folder: Path) -> None:
    found = find_postings([str(folder / "*.txt"), folder / "nurse.txt", folder / "more"])
    assert [p.name for p in found] == ["data.docx", "hpc.txt", "nurse.txt"]


@pytest.mark.parametrize("given", ["missing.txt", "missing/*.md"])
def test_a_path_that_names_nothing_is_an_error(tmp_path: Path, given: str) -> None:
    with pytest.raises(TailorError, match="Pass posting files"):
        find_postings([tmp_path / given])


# --- worker processes --------------------------------------------------------------------------


def _double_with_cv_name(n: int) -> tuple[int, str]:
    return 2 * n, shared_cv().cv.contact.name


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_map_keeps_the_order_and_shares_the_cv(ready: LoadedCV, workers: int) -> None:
    out = list(parallel_map(_double_with_cv_name, list(range(40)), ready, workers=workers))
    assert out == [(2 * n, ready.cv.contact.name) for n in range(40)]


def test_the_shared_cv_is_only_there_inside_parallel_map() -> None:
    with pytest.raises(AssertionError):
        shared_cv()


# --- naming many postings briefly -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sources", "folder", "names"),
    [
        (["/jobs/a.md", "/jobs/more/b.txt"], "/jobs", ["a.md", "more/b.txt"]),
        (["/data/jobs.csv#row=2", "/data/jobs.csv#row=17"], "/data", ["jobs.csv#row=2", "jobs.csv#row=17"]),
        (["postings/a.md", "postings/b.md"], "postings", ["a.md", "b.md"]),
        (["a.md", "b.md"], "", ["a.md", "b.md"]),  # in the current folder already
        (["/a.md", "/b.md"], "", ["/a.md", "/b.md"]),  # the root: nothing to take off
        (["/jobs/a.md", "https://jobs.example/1"], "", ["/jobs/a.md", "https://jobs.example/1"]),
        (["/jobs/a.md", "jobs/b.md"], "", ["/jobs/a.md", "jobs/b.md"]),  # absolute and relative mixed
        ([], "", []),
    ],
)
def test_many_postings_are_named_from_the_folder_they_share(sources: list[str], folder: str, names: list[str]) -> None:
    assert short_sources(sources) == (folder, names)
