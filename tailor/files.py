"""Writing a file so that it is either untouched or complete, never half written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step.

    The bytes go to a hidden temporary file in the same folder, are flushed to disk,
    and then renamed over ``path``, so ``path`` is either untouched or complete. The
    temporary file is removed on any failure, and the error (an ``OSError``) raised.
    """
    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(delete=False, dir=path.parent, prefix="." + path.name, suffix=".tmp") as out:
            temporary = out.name
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp creates the file private (0600); give it the permissions any other
        # new file of the user's gets.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
