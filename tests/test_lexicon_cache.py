"""The lexicon's tables kept between runs (tailor/lexicon_cache.py): the same tables read as built, under a key
that changes with anything that makes them, and never an error where the folder or its file is not as it should be."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tailor import lexicon_cache
from tailor.lexicon_cache import file_key, files_key, kept, lexicon_key

CV_TEXT = """\
contact: {name: Wren Okafor, email: wren@example.org}
experience:
  - employer: Skyline Kite Works
    role: Kite Technician
    start: '2019'
    bullets:
      - Inspected the rigging of 300 festival kites a season and kept the repair log in Excel.
      - Trained six new technicians in canopy seam repair and safety checks.
      - Cut repair turnaround from ten days to four by batching orders.
skills: [Zephyr kite rigging inspection, Excel, Customer service]
"""
"""A fictional kite technician whose skills name one the lexicon does not know (three words or more: the CV adds it
to the lexicon, so its tables are the CV's own)."""

POSTING = """\
# Kite Repair Technician

## Requirements
- Experience inspecting kite rigging and repairing canopy seams.
- Excel for keeping repair logs; good customer service.
- Zephyr kite rigging inspection is a plus.
"""


def _tailor(*args: str | Path, cache: Path | str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``tailor args`` in a process of its own, its tables kept in ``cache``."""
    return subprocess.run(
        [sys.executable, "-m", "tailor", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, lexicon_cache.ENV: str(cache), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )


@pytest.fixture
def kite(tmp_path: Path) -> Path:
    """A folder with the kite technician's CV, a skills.yaml of their own beside it, and a posting."""
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text("skills:\n  canopy seam repair: [seam repair]\n", encoding="utf-8")
    (tmp_path / "posting.md").write_text(POSTING, encoding="utf-8")
    return tmp_path


def test_a_match_reads_the_tables_a_match_before_it_kept_and_says_the_same_to_the_byte(kite: Path) -> None:
    cache = kite / "cache"
    argv = ("match", kite / "posting.md", "--cv", kite / "cv.yaml", "--format", "json")
    cold = _tailor(*argv, cache=cache, cwd=kite)
    assert cold.returncode == 0, cold.stderr
    # The bundled lexicon, the lexicon of the bundled file and the user's, and its tables with the CV's own skill.
    kept_files = sorted(cache.iterdir())
    assert [f.name.startswith(lexicon_cache.PREFIX) for f in kept_files] == [True, True, True]
    written = [f.stat().st_ino for f in kept_files]  # a file written again is a new one, renamed over the name
    warm = _tailor(*argv, cache=cache, cwd=kite)
    off = _tailor(*argv, cache="off", cwd=kite)
    assert warm.returncode == off.returncode == 0, warm.stderr + off.stderr
    assert cold.stdout == warm.stdout == off.stdout
    assert cold.stderr == warm.stderr == off.stderr == ""
    assert sorted(cache.iterdir()) == kept_files and [f.stat().st_ino for f in kept_files] == written  # only read


def test_off_keeps_nothing_and_builds_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lexicon_cache.ENV, "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert lexicon_cache.folder() is None
    built = []
    for _ in range(2):
        assert kept("k" * 32, "table", lambda: built.append(1) or {"a": 1}) == {"a": 1}
    lexicon_cache.save()
    assert len(built) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_folder_is_the_one_named_else_the_xdg_cache_else_the_home_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(lexicon_cache.ENV, str(tmp_path / "mine"))
    assert lexicon_cache.folder() == tmp_path / "mine"
    monkeypatch.delenv(lexicon_cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert lexicon_cache.folder() == tmp_path / "xdg" / "tailor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert lexicon_cache.folder() == tmp_path / ".cache" / "tailor"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, and no table of another test's in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(lexicon_cache.ENV, str(folder))
    monkeypatch.setattr(lexicon_cache, "_tables", {})
    return folder


def test_a_table_is_built_once_kept_and_read_back_in_the_next_process(cache: Path) -> None:
    key = lexicon_key("a lexicon's bytes")
    assert kept(key, "table", lambda: {"term": ("one", "two")}) == {"term": ("one", "two")}
    lexicon_cache.save()
    assert [f.name for f in cache.iterdir()] == [file_key(key)]
    lexicon_cache.forget()  # as a new process: nothing in memory
    assert kept(key, "table", lambda: pytest.fail("built again")) == {"term": ("one", "two")}


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # cut short to nothing
        b"\x80\x05\x95 not a pickle at all",
        None,  # cut in half
        "another key",  # a file of the right name holding another lexicon's tables
        "another layout",
    ],
)
def test_a_damaged_or_foreign_file_is_built_again_without_a_word(cache: Path, damage: bytes | str | None) -> None:
    key = lexicon_key("a lexicon's bytes")
    kept(key, "table", lambda: ["kept"])
    lexicon_cache.save()
    path = cache / file_key(key)
    if damage is None:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "another key":
        other = lexicon_key("another lexicon")
        lexicon_cache.forget()
        kept(other, "table", lambda: ["another's"])
        lexicon_cache.save()
        shutil.copy(cache / file_key(other), path)
    elif damage == "another layout":
        import pickle

        path.write_bytes(pickle.dumps({"format": -1, "key": "x", "tables": {"table": pickle.dumps(["stale"])}}))
    else:
        path.write_bytes(damage)
    lexicon_cache.forget()
    assert kept(key, "table", lambda: ["built again"]) == ["built again"]
    lexicon_cache.save()  # and the file is whole again
    lexicon_cache.forget()
    assert kept(key, "table", lambda: pytest.fail("built a third time")) == ["built again"]


def test_a_folder_that_cannot_be_written_costs_only_the_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(lexicon_cache.ENV, str(blocked / "cache"))  # as a read-only home: no folder can be made
    monkeypatch.setattr(lexicon_cache, "_tables", {})
    assert kept(lexicon_key("x"), "table", lambda: 42) == 42
    lexicon_cache.save()  # nothing raised, nothing said
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_a_match_with_a_cache_folder_that_cannot_be_written_says_what_one_without_says(kite: Path) -> None:
    blocked = kite / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    argv = ("match", kite / "posting.md", "--cv", kite / "cv.yaml")
    stuck = _tailor(*argv, cache=blocked / "cache", cwd=kite)
    off = _tailor(*argv, cache="off", cwd=kite)
    assert stuck.returncode == off.returncode == 0, stuck.stderr
    assert (stuck.stdout, stuck.stderr) == (off.stdout, off.stderr)


def test_writing_a_new_version_removes_the_files_no_version_reads(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.mkdir()
    stale = cache / f"{lexicon_cache.PREFIX}{'0' * 20}-{'1' * 20}{lexicon_cache.SUFFIX}"
    stale.write_bytes(b"an older tailor's tables")
    mine = cache / "notes.txt"  # not tailor's: left alone
    mine.write_text("mine", encoding="utf-8")
    keys = [lexicon_key(f"CV {n}") for n in range(lexicon_cache.KEPT_PER_VERSION + 2)]
    for n, key in enumerate(keys):
        kept(key, "table", lambda n=n: n)
        lexicon_cache.save()
        os.utime(cache / file_key(key), (n, n))  # written in this order
    names = {f.name for f in cache.iterdir()}
    # The newest and the few before it of this version are kept (a user's several CVs); the oldest and the older
    # version's file are gone.
    assert names == {mine.name, *(file_key(key) for key in keys[-lexicon_cache.KEPT_PER_VERSION - 1 :])}


def test_the_files_removed_beyond_those_kept_are_the_least_recently_used(cache: Path) -> None:
    # The first lexicon's file, written first but read by every later run, outlasts the CVs' files written after it.
    keys = [lexicon_key(f"CV {n}") for n in range(lexicon_cache.KEPT_PER_VERSION + 2)]
    for n, key in enumerate(keys):
        kept(key, "table", lambda n=n: n)
        lexicon_cache.save()
        os.utime(cache / file_key(key), (1000 + n, 1000 + n))  # written in this order
        lexicon_cache.forget()  # each run a process of its own, which reads the first lexicon's file too
        assert kept(keys[0], "table", lambda: pytest.fail("built again")) == 0
    names = {f.name for f in cache.iterdir()}
    assert file_key(keys[0]) in names and file_key(keys[1]) not in names
    assert len(names) == lexicon_cache.KEPT_PER_VERSION + 1


def test_the_key_changes_with_any_file_of_the_package_but_its_bytecode(tmp_path: Path) -> None:
    package = tmp_path / "tailor"
    (package / "analysis").mkdir(parents=True)
    (package / "data").mkdir()
    (package / "analysis" / "skills.py").write_text("RULE = 1\n", encoding="utf-8")
    (package / "data" / "skills.yaml").write_text("skills: {}\n", encoding="utf-8")
    before = files_key(package)
    (package / "analysis" / "__pycache__").mkdir()
    (package / "analysis" / "__pycache__" / "skills.cpython-311.pyc").write_bytes(b"compiled")
    assert files_key(package) == before
    (package / "analysis" / "skills.py").write_text("RULE = 2\n", encoding="utf-8")
    after_code = files_key(package)
    (package / "data" / "skills.yaml").write_text("skills: {Kite rigging: []}\n", encoding="utf-8")
    after_data = files_key(package)
    (package / "data" / "places.txt").write_text("Springfield\n", encoding="utf-8")
    assert len({before, after_code, after_data, files_key(package)}) == 4


def test_the_lexicons_key_changes_with_the_users_skills_file_and_the_cvs_own_skills(kite: Path) -> None:
    from tailor.cv import load_cv
    from tailor.lexicon import bundled_lexicon, lexicon_for, with_own_skills

    cv_path = kite / "cv.yaml"
    users = lexicon_for(cv_path)
    assert users.key and users.key != bundled_lexicon().key
    own = with_own_skills(users, load_cv(cv_path).skill_names)
    assert own is not users and own.key not in (users.key, "")
    other = kite / "other"  # the same CV beside a skills.yaml of one alias more
    other.mkdir()
    shutil.copy(cv_path, other / "cv.yaml")
    (other / "skills.yaml").write_text("skills:\n  canopy seam repair: [seam repair, seam mending]\n", encoding="utf-8")
    assert lexicon_for(other / "cv.yaml").key not in (users.key, "")


def test_workers_forked_for_many_postings_read_no_file_of_tables(kite: Path) -> None:
    postings = kite / "postings"
    postings.mkdir()
    for n in range(60):  # enough for worker processes (tailor.many.PARALLEL_FROM)
        # A posting that opens on its firm at work, which tailor tells from a skill by the bundled lexicon alone.
        firm = f"Windward Loft is building kites for {n} festivals. We are hiring. Windward Loft pays well.\n\n"
        (postings / f"{n:02}.md").write_text(firm + POSTING.replace("Kite", f"Kite {n}"), encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import os
        from tailor import lexicon_cache
        from tailor.rank_postings import rank_postings

        read = lexicon_cache._read
        def recorded(key):
            with open({str(kite / "reads")!r}, "a") as f:
                f.write(f"{{os.getpid()}}\\n")
            return read(key)
        lexicon_cache._read = recorded
        shortlist = rank_postings([{str(postings)!r}], {str(kite / "cv.yaml")!r}, workers=2)
        assert shortlist.ranked == 60, shortlist
        print(os.getpid())
        """
    )
    for _ in range(2):  # the tables built, then read
        run = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, lexicon_cache.ENV: str(kite / "cache")},
        )
        assert run.returncode == 0, run.stderr
        readers = set((kite / "reads").read_text(encoding="utf-8").split())
        (kite / "reads").unlink()
        assert readers == {run.stdout.strip()}
