"""Read a CV file (our YAML schema or a JSON Resume) into a validated :class:`CV`.

Both formats are parsed with ruamel.yaml in round-trip mode (JSON is YAML), so every
value keeps its line number and a validation error can point at the line to fix.
All problems are collected and raised together in one :class:`CVError`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from tailor.cv import jsonresume
from tailor.cv.model import CV, DuplicateIdError
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
    path = Path(path)
    data = _parse(path)
    if not isinstance(data, CommentedMap):
        raise CVError(
            path, [Problem("", "the file must hold a mapping of keys (contact:, experience:, …)", 1)], _SCHEMA_HINT
        )
    if path.suffix.lower() == ".json" or "basics" in data or "work" in data:
        model: type[BaseModel] = jsonresume.JSONResume
    else:
        model = CV
    try:
        validated = model.model_validate(_plain(data))
    except ValidationError as e:
        raise CVError(path, _problems(e, data, model), _SCHEMA_HINT) from None
    if isinstance(validated, jsonresume.JSONResume):
        try:
            return validated.to_cv()
        except ValidationError as e:
            # The conversion produced something our model refuses (e.g. no name):
            # report it against JSON Resume's own field names where we can.
            raise CVError(path, _problems(e, data, CV), _SCHEMA_HINT) from None
    return validated


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CVError(
            path, [Problem("", "the file does not exist")], "Pass an existing file with {cv}.", cv="cv"
        ) from None
    except IsADirectoryError:
        raise CVError(
            path, [Problem("", "this is a directory, not a file")], "Pass a .yaml or .json file with {cv}.", cv="cv"
        ) from None
    except UnicodeDecodeError as e:
        raise CVError(
            path, [Problem("", f"the file is not UTF-8 text ({e.reason} at byte {e.start})")], "Save the CV as UTF-8."
        ) from None
    except OSError as e:
        raise CVError(path, [Problem("", f"the file cannot be read: {e.strerror}")]) from None
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(x for x in (e.context, e.problem) if x)
        raise CVError(
            path,
            [Problem("", f"syntax error: {what}", line)],
            "Fix the syntax at that line (indentation, a missing ':' or an unclosed quote are the usual causes).",
        ) from None
    except YAMLError as e:
        raise CVError(path, [Problem("", f"syntax error: {e}")]) from None


def _plain(node: Any) -> Any:
    """ruamel's round-trip nodes as plain Python values, dates as the ISO text they were written as."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def _problems(error: ValidationError, root: Any, model: type[BaseModel]) -> list[Problem]:
    problems = []
    for err in error.errors():
        cause = err.get("ctx", {}).get("error")
        if isinstance(cause, DuplicateIdError):
            problems += [
                Problem(_dotted(loc), f"the id '{id_}' is already used above; ids must be unique", _line_of(root, loc))
                for id_, loc in cause.repeats
            ]
        else:
            problems.append(_problem(err, root, model))
    return problems


def _problem(err: dict[str, Any], root: Any, model: type[BaseModel]) -> Problem:
    loc = err["loc"]
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        message = f"unknown key '{loc[-1]}'" + (f"; the keys allowed here are: {', '.join(known)}" if known else "")
    elif err["type"] == "missing":
        message = f"'{loc[-1]}' is required but missing"
    elif "input" in err and not isinstance(err["input"], dict | list):
        message = f"{message} (found {err['input']!r})"
    return Problem(_dotted(loc), message, _line_of(root, loc))


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(root: Any, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the deepest node along ``loc`` that exists in the file."""
    node, line = root, (root.lc.line + 1 if isinstance(root, CommentedMap | CommentedSeq) else None)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model found by following ``loc`` from ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return []
        current = _inner_model(current.model_fields[part].annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """``list[Foo]`` / ``Foo | None`` → ``Foo``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) is not None:
        for arg in get_args(annotation):
            inner = _inner_model(arg)
            if inner is not None:
                return inner
    return None
