"""The one home of user-facing errors.

Everything a user can fix (a bad CV file, an unreadable posting, an output that
already exists) is raised as a :class:`TailorError` whose message says what is
wrong and how to fix it. The CLI turns these into one paragraph on stderr and
exit code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Exit code for every user-fixable problem (a usage error, in Unix terms).
USER_ERROR_EXIT_CODE = 2


class TailorError(Exception):
    """A problem the user can fix; the message says how."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a CV file, located as precisely as we can."""

    path: str
    """Dotted field path, e.g. ``experience[0].bullets[2].text``; empty for the file itself."""
    message: str
    line: int | None = None
    """1-based line in the file, when known."""

    def describe(self, file: Path | str) -> str:
        where = f"{file}:{self.line}" if self.line else f"{file}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class CVError(TailorError):
    """The CV data could not be loaded; carries every problem found, not just the first."""

    def __init__(self, file: Path | str, problems: list[Problem], hint: str = "") -> None:
        self.file = Path(file)
        self.problems = list(problems)
        self.hint = hint
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in CV file {file}:"]
        lines += [f"  {p.describe(file)}" for p in self.problems]
        if hint:
            lines.append(hint)
        super().__init__("\n".join(lines))
