"""The one home of user-facing errors and of the exit codes they lead to.

Everything a user can fix (a bad CV file, an unreadable posting, an output that
already exists) is raised as a :class:`TailorError` whose message says what is
wrong and how to fix it. The CLI turns these into one paragraph on stderr and
:attr:`ExitCode.USER_ERROR`; anything else is a bug and keeps its traceback.

The library speaks in its own terms: a message that tells the user to pass an
option names it as a placeholder, ``{force}`` or, with a value, ``{pages=2}``. It is
spelt the Python way (``force=True``, ``pages=2``) by ``str(error)`` and as a flag
(``--force``, ``--pages 2``) by the command line (:meth:`TailorError.describe`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """What the ``tailor`` command's exit status means; every command uses these."""

    OK = 0
    PROBLEMS = 1
    """The files were written (or read), but something needs a look: listed on stderr."""
    USER_ERROR = 2
    """Nothing was done: a problem the user can fix (a usage error, in Unix terms)."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C (128 + SIGINT, as shells report it)."""


#: Kept for scripts that imported it: the same as ``ExitCode.USER_ERROR``.
USER_ERROR_EXIT_CODE = ExitCode.USER_ERROR

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?:=([^{}]*))?\}")


class TailorError(Exception):
    """A problem the user can fix; the message says how.

    ``options`` maps each option the message names as ``{name}`` or ``{name=value}``
    to how the Python API spells the bare name (``force="force=True"``); only those
    names are replaced, so braces in paths or CV text are left alone.
    """

    def __init__(self, message: str, **options: str) -> None:
        self.template = message
        self.options = options
        super().__init__(self.describe(lambda name: None))

    def describe(self, flag: Callable[[str], str | None]) -> str:
        """The message with each option spelt ``flag(name)``, or the Python way where that is None."""
        if not self.options:
            return self.template

        def spell(found: re.Match[str]) -> str:
            name, value = found.group(1), found.group(2)
            if name not in self.options:
                return found.group(0)
            given = flag(name)
            if given is None:
                return self.options[name] if value is None else f"{name}={value}"
            return given if value is None else f"{given} {value}"

        return _PLACEHOLDER.sub(spell, self.template)


def option_error(option: str, problem: str) -> TailorError:
    """``max_bullets must be at least 1, not 0.``: a value given for an option that cannot be used."""
    return TailorError(f"{{{option}}} {problem}", **{option: option})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a user's data file, located as precisely as we can."""

    path: str
    """Dotted field path, e.g. ``experience[0].bullets[2].text``; empty for the file itself."""
    message: str
    line: int | None = None
    """1-based line in the file, when known."""

    def describe(self, file: Path | str) -> str:
        """``cv.yaml:12: experience[0].bullets[2].text: …``: the problem where it is in ``file``."""
        where = f"{file}:{self.line}" if self.line else f"{file}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


NOTHING_TO_CHOOSE = "it holds no bullets, publications or skills, so there is nothing to choose from"
"""What is wrong with a CV that is valid but empty: every command that tailors refuses it."""


class DataFileError(TailorError):
    """A user's data file (the CV, a skills.yaml) could not be loaded; carries every problem found,
    not just the first, each with its line."""

    what = "data file"
    """How the message names the file ("CV file", "skills file")."""

    def __init__(
        self,
        file: Path | str,
        problems: list[Problem],
        hint: str = "",
        *,
        warnings: Sequence[Problem] = (),
        **options: str,
    ) -> None:
        self.file = Path(file)
        # In the file's order, as one reads and fixes them (the checks find them in another); the file's own first.
        self.problems = sorted(problems, key=_in_file_order)
        self.warnings = sorted(warnings, key=_in_file_order)
        """What would be warned of once the problems are fixed: told with them, so that all is said at once."""
        self.hint = hint
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in {self.what} {file}:"]
        lines += [f"  {p.describe(file)}" for p in self.problems]
        if hint:
            lines.append(hint)
        if self.warnings:
            lines.append("Also worth a look (warnings, not errors):")
            lines += [f"  {p.describe(file)}" for p in self.warnings]
        super().__init__("\n".join(lines), **options)


def _in_file_order(problem: Problem) -> tuple[bool, int]:
    return problem.line is not None, problem.line or 0


class CVError(DataFileError):
    """The CV data could not be loaded."""

    what = "CV file"


class SkillsFileError(DataFileError):
    """A user's skills.yaml (the lexicon beside their CV) could not be loaded."""

    what = "skills file"
