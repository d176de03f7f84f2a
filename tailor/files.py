"""Writing files so that each is either untouched or complete, never half written.

A file's bytes go to a hidden temporary file in its own folder, are flushed to disk,
and only then are renamed over the file in one step. :func:`write_all` does that for
several files at once, all of them or none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stage(path: Path, data: bytes) -> str:
    """``data`` in a new hidden temporary file beside ``path``, flushed to disk; its name. On any
    failure the temporary file is removed and the exception goes on."""
    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(delete=False, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp") as f:
            temporary = f.name
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates the file private (0600); give it the permissions any other new
        # file of the user's gets.
        os.chmod(temporary, 0o666 & ~_umask())
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
    return temporary


class WriteError(OSError):
    """A file of :func:`write_all` could not be written; ``path`` says which."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause))
        self.path = path


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file of ``files`` (path → bytes), or none of them.

    Every file is staged first; only then is each renamed over its path, in the order
    given. A failure while staging (a read-only folder, a full disk, Ctrl-C) removes the
    temporary files and leaves every path as it was; if a rename fails all the same, the
    files already renamed are removed too: never a half set.

    Raises:
        WriteError: a file could not be written (the others are as they were); whatever
            else interrupted (Ctrl-C) goes on as it is.
    """
    staged: dict[Path, str] = {}
    renamed: list[Path] = []
    current: Path | None = None
    try:
        for current, data in files.items():
            staged[current] = stage(current, data)
        for current, temporary in staged.items():
            os.replace(temporary, current)
            renamed.append(current)
    except BaseException as exc:
        for leftover in [*(t for p, t in staged.items() if p not in renamed), *renamed]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
        if isinstance(exc, OSError) and current is not None:
            raise WriteError(current, exc) from exc
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step (:func:`write_all` of one file)."""
    write_all({path: data})
