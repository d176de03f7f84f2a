"""A bad option value said in one plain sentence: the option, what was given, what it takes.

typer (0.29 on) coerces option values through pydantic and shows pydantic's own words
("Invalid value for '--pages': Input should be greater than or equal to 1", "Value error,
'a5' is not one of 'a4', 'letter'."). :class:`Commands` puts each of those in tailor's words,
as :mod:`tailor.options` words the values it checks itself: "--pages must be at least 1, not 0."
An error it does not recognise (an older typer's, click's own) is shown as typer shows it.
"""

from __future__ import annotations

import re
from typing import Any

import typer
import typer.core


class Commands(typer.core.TyperGroup):
    """tailor's commands, whose bad option values are told by :func:`plain`."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except typer.BadParameter as e:
            sentence = plain(e)
            if sentence is None:
                raise
            raise PlainUsageError(sentence, ctx=e.ctx) from None


class PlainUsageError(typer.BadParameter):
    """A usage error whose message is the whole sentence (click would put "Invalid value for …:" before it)."""

    def format_message(self) -> str:
        return self.message


def plain(error: typer.BadParameter) -> str | None:
    """The sentence that says what is wrong with the value of ``error``'s option, or None for an error
    that is not a coercion's (pydantic's) own."""
    cause = error.__cause__
    param = error.param
    if param is None:
        return None
    if not hasattr(cause, "errors"):
        return _path(error.message, _name(param))
    found = cause.errors(include_url=False)
    if not found:
        return None
    first = found[0]
    kind, given, limits = first["type"], first.get("input"), first.get("ctx") or {}
    name = _name(param)
    descriptor = getattr(param, "type_descriptor", None)
    choices = descriptor.choices if descriptor is not None else None
    if choices is not None:
        return f"{name} takes {_either([str(getattr(c, 'value', c)) for c in choices])}, not {given!r}."
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {
            "greater_than_equal": f"at least {limits.get('ge')}",
            "greater_than": f"more than {limits.get('gt')}",
            "less_than_equal": f"at most {limits.get('le')}",
            "less_than": f"less than {limits.get('lt')}",
        }[kind]
        return f"{name} must be {bound}, not {given}."
    if kind.startswith(("int_", "float_")):
        number = "a whole number" if kind.startswith("int_") else "a number"
        return f"{name} takes {number}{_range(descriptor)}, not {given!r}."
    if kind == "value_error" and isinstance(limits.get("error"), ValueError):
        # Our own parsers (``parser=``) raise ValueError with what the option takes: "takes …, not 'x'."
        return f"{name} {limits['error']}"
    return None


_PATH_PROBLEM = re.compile(
    r"(?P<kind>file|dir|path) (?P<path>'.*'|\".*\") (?P<problem>is a file|is a directory|does not exist"
    r"|is not readable|is not writable)\."
)
"""A path typer's checks refused (``file_okay=False``, ``exists=True``, …), as typer words it."""


def _path(message: str, name: str) -> str | None:
    found = _PATH_PROBLEM.fullmatch(message)
    if found is None:
        return None
    path, problem = found["path"], found["problem"]
    kind = {"file": "a file", "dir": "a folder", "path": "a file or folder"}[found["kind"]]
    return {
        "is a file": f"{name} must be a folder, not the file {path}.",
        "is a directory": f"{name} must be a file, not the folder {path}.",
        "does not exist": f"{name} must be {kind} that exists; {path} does not.",
        "is not readable": f"{name} must be {kind} tailor can read; {path} cannot be read.",
        "is not writable": f"{name} must be {kind} tailor can write to; {path} cannot be written to.",
    }[problem]


def _name(param: Any) -> str:
    """The option as one types it (its longest flag: ``--format``, not ``-f``), or an argument's name (``PATH``)."""
    flags = [o for o in getattr(param, "opts", ()) if o.startswith("-")]
    return max(flags, key=len) if flags else str(param.name).upper()


def _range(descriptor: Any) -> str:
    """What bounds the option's value (" of at least 1"), or nothing."""
    info = getattr(descriptor, "parameter_info", None)
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def _either(values: list[str]) -> str:
    """``a4 or letter``; ``table, json, markdown or html``."""
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} or {values[-1]}"
