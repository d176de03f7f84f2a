"""The lexicon's tables kept between runs: built once, then read back by every later command in a seventh of the time.

The lexicon read from YAML, the index of its skills' lemmas and the analyses of its related topics cost two thirds of
a CPU second a start (bench/README.md, fifty-seventh session), the same every time for the same lexicon. This module
keeps such tables in one file per lexicon in the user's cache folder (:func:`folder`) and hands them back as they were
built; the functions that build them (:func:`tailor.lexicon.lexicon_for`, :func:`tailor.analysis.skill_index`,
:func:`tailor.rank.terms.related_terms`) ask :func:`kept` and do not know where a table came from.

A table is as good as what made it, so a file's key (:func:`file_key`) is a hash of all of that: the bytes of the
lexicon's files (the bundled one, a user's ``skills.yaml``) and of a CV's own skills it adds (the lexicon's
``key``), the bytes of every file of the tailor package (its code and its data, found by walking the package, so no
module is forgotten), and the versions of Python and of the libraries that tokenise, lemmatise and parse. A file of
another key is never read; one that cannot be read, is cut short, or holds another key's tables is ignored, and
the tables are built again. Files are written whole or not at all (a temporary file renamed over the name), once,
when the process ends (:func:`save`); a folder that cannot be written costs the speed, never an error.
``TAILOR_CACHE_DIR=off`` keeps nothing. The files are pickles, which run what they say when read: the folder is the
user's own, as their config file is.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

ENV = "TAILOR_CACHE_DIR"
"""An environment variable naming the folder the tables are kept in, or ``off`` to keep none."""
OFF = "off"
FORMAT = 1
"""The layout of a file (a mapping of ``format``, ``key`` and ``tables``); a file of another layout is ignored."""
PREFIX = "lexicon-"
SUFFIX = ".pickle"
KEPT_PER_VERSION = 8
"""How many lexicons' files of the same tailor and libraries are kept beside the newest (a user's several CVs each
add their own skills: a lexicon of the user's files, and one with a CV's own skills added, some 1.5 MB each): those
least recently read or written are removed when a file is written, and every file of another version at once."""
STALE_TEMPORARY_S = 24 * 3600
"""A temporary file this old was left by a process that died while writing (it is renamed within a second)."""
LIBRARIES = ("spacy", "spacy-lookups-data", "scikit-learn", "ruamel.yaml")
"""The libraries whose code makes the tables or reads them: spaCy's tokenizer, the lemma table, the YAML parser, and
scikit-learn, whose TF-IDF the tables are made for (a table is not trusted under another version of any)."""

T = TypeVar("T")


def folder() -> Path | None:
    """Where the tables are kept: ``$TAILOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/tailor``, else ``~/.cache/tailor``;
    None where ``TAILOR_CACHE_DIR`` is ``off`` (or no home folder is known)."""
    given = os.environ.get(ENV, "").strip()
    if given.lower() == OFF:
        return None
    if given:
        return Path(given).expanduser()
    if xdg := os.environ.get("XDG_CACHE_HOME", "").strip():
        return Path(xdg) / "tailor"
    try:
        return Path.home() / ".cache" / "tailor"
    except RuntimeError:  # no home folder to find
        return None


def lexicon_key(*parts: bytes | str) -> str:
    """The key of a lexicon made of ``parts`` (the bytes of its files, the names a CV adds), each part apart."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def version_key() -> str:
    """A hash of the code and data that make the tables: every file of the tailor package (not its bytecode), in
    order of their paths, and the versions of Python and of :data:`LIBRARIES`."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.blake2b(files_key(Path(__file__).resolve().parent).encode(), digest_size=16)
    for library in LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{library} absent\0".encode())
    digest.update(sys.version.encode("utf-8"))
    return digest.hexdigest()


def files_key(root: Path) -> str:
    """A hash of every file under the folder ``root`` but bytecode and hidden files, and of their paths."""
    digest = hashlib.blake2b(digest_size=16)
    for here, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if f != "__pycache__" and not f.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                continue
            path = os.path.join(here, name)
            digest.update(os.path.relpath(path, root).encode("utf-8") + b"\0")
            with contextlib.suppress(OSError), open(path, "rb") as f:
                digest.update(hashlib.file_digest(f, "blake2b").digest())
    return digest.hexdigest()


def file_key(key: str) -> str:
    """The name of the file that keeps the tables of the lexicon of ``key``: the version's key, then the lexicon's."""
    return f"{PREFIX}{version_key()[:20]}-{key[:20]}{SUFFIX}"


@dataclass
class _Tables:
    """One lexicon's tables in this process: those in use, and those read from its file but not yet unpickled."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)
    stored: dict[str, bytes] = field(default_factory=dict)
    """Each table pickled: as read from the file, or as built here."""
    new: bool = False
    """Whether a table was built here that its file lacks: the file is written at the process's end."""


_tables: dict[str, _Tables] = {}
_owner = os.getpid()
"""The process whose tables these are: a worker forked from it inherits them, and writes nothing."""


def kept(key: str, name: str, build: Callable[[], T]) -> T:
    """The table ``name`` of the lexicon of ``key`` (:attr:`tailor.lexicon.Lexicon.key`): as its file keeps it,
    else ``build()``, kept from then on. A lexicon with no key (one a test makes in code) is built every time, as
    every lexicon is where no folder is (:func:`folder`)."""
    if not key or folder() is None:
        return build()
    tables = _tables.get(key)
    if tables is None:
        tables = _tables[key] = _Tables(key, stored=_read(key))
    if name in tables.values:
        return tables.values[name]
    if (data := tables.stored.get(name)) is not None:
        try:
            value = pickle.loads(data)
        except Exception:  # any file may be damaged: it is built again, and written whole
            tables.stored.pop(name)
        else:
            tables.values[name] = value
            return value
    value = tables.values[name] = build()
    with contextlib.suppress(Exception):  # a table pickle cannot hold is only not kept
        # Pickled as built, not at the end: a caller that changed the table in place would have it kept changed.
        tables.stored[name] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if not tables.new:
        tables.new = True
        atexit.register(save)
    return value


def _read(key: str) -> dict[str, bytes]:
    """The tables (pickled, each apart) that the file of ``key`` keeps; none where it is missing, unreadable, cut
    short or of another key or layout."""
    directory = folder()
    if directory is None:
        return {}
    path = directory / file_key(key)
    try:
        content = pickle.loads(path.read_bytes())
    except Exception:  # missing, unreadable or damaged: all are built again
        return {}
    if (
        not isinstance(content, dict)
        or content.get("format") != FORMAT
        or content.get("key") != _full_key(key)
        or not isinstance(content.get("tables"), dict)
    ):
        return {}
    with contextlib.suppress(OSError):
        # Marked as used now: the files removed beyond :data:`KEPT_PER_VERSION` are those least recently used, not
        # the first written (the bundled lexicon's, read by every run, had gone first when a ninth CV's was written).
        os.utime(path)
    return {name: data for name, data in content["tables"].items() if isinstance(data, bytes)}


def _full_key(key: str) -> str:
    return f"{version_key()}-{key}"


def save() -> None:
    """Write the file of every lexicon whose tables were built in this process and not read from a file, and remove
    the files no version of tailor reads any longer. Nothing is said of a folder that cannot be written."""
    if os.getpid() != _owner:
        return
    directory = folder()
    for tables in _tables.values():
        if not tables.new or directory is None:
            continue
        tables.new = False
        try:
            _write(directory, tables)
        except Exception:  # a read-only home, a full disk: only slower
            continue


def _write(directory: Path, tables: _Tables) -> None:
    """The file of ``tables`` written whole (a temporary file renamed over it), then the files it supersedes
    removed."""
    from tailor.files import stage

    content = {"format": FORMAT, "key": _full_key(tables.key), "tables": tables.stored}
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / file_key(tables.key)
    os.replace(stage(path, pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL)), path)
    _remove_old(directory, keep=path.name)


def _remove_old(directory: Path, keep: str) -> None:
    """Every file of another version than ``keep``'s, the oldest of its own version beyond
    :data:`KEPT_PER_VERSION`, and temporary files left by a process that died while writing."""
    version = keep[: keep.rindex("-") + 1]
    same: list[tuple[float, Path]] = []
    for path in directory.iterdir():
        with contextlib.suppress(OSError):
            if path.name.startswith(f".{PREFIX}") and path.name.endswith(".tmp"):
                if time.time() - path.stat().st_mtime > STALE_TEMPORARY_S:
                    path.unlink()
            elif path.name.startswith(PREFIX) and path.name.endswith(SUFFIX) and path.name != keep:
                if path.name.startswith(version):
                    same.append((path.stat().st_mtime, path))
                else:
                    path.unlink()
    for _, path in sorted(same, reverse=True)[KEPT_PER_VERSION:]:
        with contextlib.suppress(OSError):
            path.unlink()


def forget() -> None:
    """Forget every table this process holds or read, without writing any: the next :func:`kept` reads its file
    again (for tests, which compare a table read with one built)."""
    _tables.clear()
