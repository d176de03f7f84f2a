"""Read a CV file (our YAML schema or a JSON Resume) into a validated :class:`CV`.

Both formats are parsed with ruamel.yaml in round-trip mode (JSON is YAML), so every
value keeps its line number and a validation error can point at the line to fix
(:mod:`tailor.datafile`). All problems are collected and raised together in one
:class:`CVError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap

from tailor import datafile
from tailor.cv import jsonresume
from tailor.cv.model import CV, DuplicateIdError
from tailor.cv.printable import printable_data
from tailor.errors import CVError, Problem

_SCHEMA_HINT = "See cv_data/README.md for the CV format, or pass a JSON Resume file (resume.json)."


def load_cv(path: Path | str) -> CV:
    """Load and validate the CV at ``path``.

    A ``.json`` file, or any file whose top level has JSON Resume's ``basics`` or
    ``work`` keys, is read as a JSON Resume; anything else as our YAML schema.

    Raises:
        CVError: the file is missing, unreadable, not valid YAML/JSON, or does not
            match the schema; the error lists every problem with its line.
    """
    return load_cv_with_warnings(path)[0]


def load_cv_with_warnings(path: Path | str) -> tuple[CV, list[str]]:
    """:func:`load_cv`, and what the owner should know about the file although it loads: each
    text holding characters a résumé cannot show (:mod:`tailor.cv.printable`), with its line."""
    path = Path(path)
    data = datafile.parse(path, CVError, option="cv")
    if not isinstance(data, CommentedMap):
        raise CVError(
            path, [Problem("", "the file must hold a mapping of keys (contact:, experience:, …)", 1)], _SCHEMA_HINT
        )
    if path.suffix.lower() == ".json" or "basics" in data or "work" in data:
        model: type[BaseModel] = jsonresume.JSONResume
    else:
        model = CV
    # Before validation, so that half a character (a JSON "\ud800") is left out, not refused.
    values, changed = printable_data(datafile.plain(data))
    warnings = [_unprintable(at, found, data).describe(path) for at, found in changed]
    try:
        validated = model.model_validate(values)
    except ValidationError as e:
        raise CVError(path, _problems(e, data, model), _SCHEMA_HINT) from None
    if isinstance(validated, jsonresume.JSONResume):
        try:
            return validated.to_cv(), warnings
        except ValidationError as e:
            # The conversion produced something our model refuses (e.g. no name):
            # report it against JSON Resume's own field names where we can.
            raise CVError(path, _problems(e, data, CV), _SCHEMA_HINT) from None
    return validated, warnings


def _unprintable(at: tuple[str | int, ...], found: list[str], root: Any) -> Problem:
    return Problem(
        datafile.dotted(at),
        f"holds characters a résumé cannot show ({', '.join(found)}: control, invisible or half characters); "
        "tailor prints the text with a space for each that separates words and without the others; "
        "remove them from your CV to silence this warning.",
        datafile.line_of(root, at),
    )


def _problems(error: ValidationError, root: Any, model: type[BaseModel]) -> list[Problem]:
    problems = []
    for err in error.errors():
        cause = err.get("ctx", {}).get("error")
        if isinstance(cause, DuplicateIdError):
            problems += [
                Problem(
                    datafile.dotted(loc),
                    f"the id '{id_}' is already used above; ids must be unique",
                    datafile.line_of(root, loc),
                )
                for id_, loc in cause.repeats
            ]
        else:
            problems.append(datafile.problem(err, root, model))
    return problems
