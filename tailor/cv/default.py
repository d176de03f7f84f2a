"""Which CV a command uses when it is not told: the user's own, never a stranger's.

In order: the CV given (``--cv``, or ``cv=`` in Python); the file ``TAILOR_CV`` names;
the ``cv`` of the config file (:mod:`tailor.config`); ``cv.yaml`` in the current
folder. The bundled example CV is used only when asked for by name, ``example``,
in any of these places. When none is found, :func:`find_cv` says how to make one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tailor import config, resources
from tailor.errors import TailorError

ENV = "TAILOR_CV"
EXAMPLE = "example"
"""The name that asks for the bundled example CV (the README's first command uses it)."""
HERE = Path("cv.yaml")
"""The CV a command finds in the current folder: what ``tailor init`` writes."""


@dataclass(frozen=True)
class FoundCV:
    """A CV file and how it was chosen."""

    path: Path
    source: str
    """Where the choice came from, for people: ``given``, ``TAILOR_CV``, the config file's path,
    ``the current folder``."""

    @property
    def example(self) -> bool:
        return self.path == resources.default_cv()


def find_cv(given: str | Path | None = None) -> FoundCV:
    """The CV to use, given ``given`` (a path, ``example``, or None for the default).

    Raises:
        TailorError: no CV is given and none is found (the message says how to make one), or
            ``TAILOR_CV`` or the config file names a file that does not exist.
    """
    if given is not None:
        return FoundCV(_named(str(given)), "given")
    if os.environ.get(ENV):
        return _existing(os.environ[ENV], ENV, f"set {ENV} to an existing CV file, or unset it")
    settings_file = config.path()
    settings = config.read(settings_file)
    if settings.cv:
        return _existing(settings.cv, str(settings_file), "change it with `tailor config cv PATH`")
    if HERE.is_file():
        return FoundCV(HERE, "the current folder")
    raise TailorError(
        f"No CV given, and none found: {ENV} is not set, the config file ({settings_file}) names none, and "
        f"there is no {HERE} in this folder. Make your CV file with `tailor init` (or `tailor init --from "
        "resume.docx`, a PDF, a LinkedIn export or a JSON Resume), or pass {cv=PATH}; {cv=example} uses "
        "the bundled example CV of someone else.",
        cv="cv=…",
    )


def _named(name: str) -> Path:
    return resources.default_cv() if name == EXAMPLE else Path(name).expanduser()


def _existing(name: str, source: str, fix: str) -> FoundCV:
    path = _named(name)
    if not path.is_file():
        raise TailorError(f"The CV {path} that {source} names does not exist; {fix}, or pass {{cv=PATH}}.", cv="cv=…")
    return FoundCV(path, source)
