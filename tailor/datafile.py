"""Read a user's data file (YAML or JSON) so that every mistake in it can be shown with its line.

The file is parsed with ruamel.yaml in round-trip mode (JSON is YAML), so every value
keeps its line number; pydantic validates the plain data; :func:`problems` maps each
validation error back to its line, with the keys allowed where a key is unknown (and
the one meant, when it is a near miss). The CV (:mod:`tailor.cv.load`), a user's
skills.yaml (:mod:`tailor.lexicon`) and tailor's config file (:mod:`tailor.config`) are
read this way. Dates stay the text they were written as: YAML would read ``2021-02-30``
as a timestamp, and fail on it before any validation could say which line is wrong.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from tailor.errors import DataFileError, Problem


class _TextDates(RoundTripConstructor):
    """Round-trip nodes, with timestamps (``2021-03-01``) kept as the text they were written as."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp", _TextDates.construct_yaml_str)


class _LastKeyWins(_TextDates):
    """JSON's reading of a key repeated in one object: the last value counts, as Python's ``json``,
    JavaScript's ``JSON.parse`` and so JSON Resume's own tools read it (YAML refuses the file).
    Each repeat is noted, with its line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.repeats: list[tuple[str, int]] = []

    def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
        if key in mapping:
            self.repeats.append((str(key), key_node.start_mark.line + 1))
        return True


def parse(path: Path, error: type[DataFileError], *, option: str = "", notes: list[Problem] | None = None) -> Any:
    """The YAML or JSON file at ``path`` as ruamel round-trip nodes (``None`` when empty).

    Raises ``error`` for a file that is missing, unreadable, not UTF-8 or not YAML,
    with its line where the syntax is wrong. ``option`` names the option that gave the
    path (``cv``), for the hint. A JSON file may repeat a key in one object, the last
    value counting as JSON readers take it; each repeat is added to ``notes``.
    """
    given = f" with {{{option}}}" if option else ""
    options = {option: option} if option else {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        missing = [Problem("", "the file does not exist")]
        raise error(path, missing, f"Pass an existing file{given}.", **options) from None
    except IsADirectoryError:
        raise error(
            path, [Problem("", "this is a directory, not a file")], f"Pass a .yaml or .json file{given}.", **options
        ) from None
    except UnicodeDecodeError as e:
        raise error(
            path, [Problem("", f"the file is not UTF-8 text ({e.reason} at byte {e.start})")], "Save it as UTF-8."
        ) from None
    except OSError as e:
        raise error(path, [Problem("", f"the file cannot be read: {e.strerror}")]) from None
    is_json = path.suffix.lower() == ".json"
    if is_json:
        _check_json(path, text, error)
    yaml = _yaml(_LastKeyWins if is_json else _TextDates)
    try:
        data = yaml.load(_join_surrogate_escapes(text))
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(x for x in (e.context, e.problem) if x)
        if line is not None and (opened := _quote_left_open(text.splitlines(), line)) is not None:
            line, what = opened
        elif line is not None and (misaligned := _misaligned_key(text.splitlines(), line, e.problem or "")):
            what = misaligned
        elif line is not None and e.problem and "mapping values are not allowed" in e.problem:
            line, what = _unexpected_colon(text.splitlines(), line, what)
        elif line is not None and e.problem and "'\\t'" in e.problem:
            what = _tab(text.splitlines(), line, what)
        elif line is not None and e.problem and _STARTS_A_TOKEN.search(e.problem):
            what = _special_start(text.splitlines(), line, what)
        elif line is not None and (early := _quote_closed_early(text.splitlines(), line)):
            what = early
        raise error(
            path,
            [Problem("", f"syntax error: {what}", line)],
            "Fix the syntax at that line (indentation, a missing ':' or an unclosed quote are the usual causes).",
        ) from None
    except YAMLError as e:
        raise error(path, [Problem("", f"syntax error: {e}")]) from None
    if not is_json and notes is not None:
        notes += cut_short(data, text) + folded_lists(data, text)
    if is_json and notes is not None:
        notes += [
            Problem("", f"the key '{key}' is repeated in one object: its last value is read, as JSON readers do", line)
            for key, line in yaml.constructor.repeats
        ]
    return data


def _tab(lines: list[str], line: int, what: str) -> str:
    """``what`` YAML said of a tab at ``line`` (1-based), with how to mend it: a tab before the line's words is
    indentation, which YAML takes only in spaces; a tab among its words ("Wrote recipes<tab>and plating guides")
    is text, which a space or quotes around the whole text mend."""
    at = lines[line - 1] if 0 < line <= len(lines) else ""
    words = at.lstrip(" \t")
    if "\t" not in words:
        return f"{what}; a tab is no indentation in YAML: indent with spaces"
    column = at.index("\t", len(at) - len(words)) + 1
    return f"{what}; a tab inside the text (column {column}): replace it with a space, or put the whole text in quotes"


_STARTS_A_TOKEN = re.compile(r"undefined alias|cannot start any token|while scanning an? (?:alias|anchor|tag)")
"""What YAML says of a text that starts with a character it reserves: "*Faculty* Senate" (an alias), "@home"."""
_KEY_THEN_SPECIAL = re.compile(r"^\s*(?:-\s+)?(?:([\w-]+):\s+)?([*&!@`%|>].*)$")


def _special_start(lines: list[str], line: int, what: str) -> str:
    """``what`` YAML said of ``line`` (1-based), with how to write the text there: in quotes, since it starts
    with a character YAML reserves ("*" an alias, "&" an anchor, "!" a tag, "@" and "`" for later use)."""
    at = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _KEY_THEN_SPECIAL.match(at)
    if found is None:
        return f"{what}; a text that starts with * & ! @ ` % | or > must be put in quotes"
    key, value = found.group(1), found.group(2).rstrip()
    quoted = f'"{value}"' if '"' not in value else "'" + value.replace("'", "''") + "'"
    start = f"{key}: " if key else "- "
    return f"{what}; a text that starts with '{value[0]}' must be put in quotes: {start}{quoted}"


def _quote_left_open(lines: list[str], line: int) -> tuple[int, str] | None:
    """Where a text's opening quote mark is never closed on its own line (``name: "Raymond Okonski``): YAML reads
    the lines below as that text until the next such mark, and fails there, far from the cause (``line``,
    1-based). That line and what to mend; None when no text in quotes runs over lines into ``line``."""
    start, mark = 0, ""
    for n, at in enumerate(lines[: line - 1]):
        if not mark:
            found = _KEY_THEN_QUOTED.match(at)
            if found and _closing(found.group(3), found.group(2)) < 0:
                start, mark = n, found.group(2)
        elif _closing(at, mark) >= 0:
            if line - 1 - n <= 1 and n > start:  # the quote closed on the line before the error, or on its line
                return _left_open(lines, start, mark)
            mark = ""
    return _left_open(lines, start, mark) if mark and line - 1 > start else None


def _left_open(lines: list[str], start: int, mark: str) -> tuple[int, str]:
    """The line (1-based) of the text at ``start`` (0-based) whose opening ``mark`` is never closed; what to mend."""
    key = _KEY_THEN_QUOTED.match(lines[start])
    named = f"the text of '{key.group(1)}'" if key and key.group(1) else "a text"
    return start + 1, f"{named} opens with {mark} but does not close it on its line: add the closing {mark}"


def _closing(text: str, mark: str) -> int:
    """Where ``mark`` closes a text in those quotes within ``text``, escapes skipped; -1 where it does not."""
    inside = text.replace("\\\\", "  ").replace('\\"', "  ") if mark == '"' else text.replace("''", "  ")
    return inside.find(mark)


_KEY_THEN_QUOTED = re.compile(r"^\s*(?:-\s+)?(?:([\w-]+):\s+)?([\"'])(.*)$")


def _quote_closed_early(lines: list[str], line: int) -> str | None:
    """What is wrong where a text in quotes holds its own quote mark ("…conduit up to 4" with benders"): that mark
    ends the text, and YAML finds more after it. None for a line that is no such text."""
    at = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _KEY_THEN_QUOTED.match(at)
    if found is None:
        return None
    key, mark, rest = found.group(1), found.group(2), found.group(3)
    end = _closing(rest, mark)
    if end < 0 or not rest[end + 1 :].strip() or rest[end + 1 :].lstrip().startswith("#"):
        return None
    whole = rest.rstrip()[:-1] if rest.rstrip().endswith(mark) else rest.rstrip()
    other = "'" if mark == '"' else '"'
    if other in whole:
        mended = "'" + whole.replace("'", "''") + "'" if mark == '"' else '"' + whole.replace('"', '\\"') + '"'
    else:
        mended = other + whole + other
    start = f"{key}: " if key else "- "
    return (
        f"the text in quotes ends at the {mark} after '{rest[:end][-30:]}', and more follows it; a text that holds "
        f"{mark} must be quoted with the other mark: {start}{mended}"
    )


_KEY_THEN_TEXT = re.compile(r"^\s*(?:-\s+)?([\w-]+):\s+([^'\"\s].*?:\s.*)$")


def _unexpected_colon(lines: list[str], line: int, what: str) -> tuple[int, str]:
    """Where the cause of YAML's "mapping values are not allowed here" at ``line`` (1-based) is, and what it
    is: a text holding ": " that is not quoted (at that line), or a key above it written without its ":"
    (YAML reads that key as text running on, and stops only at the next line's colon)."""
    at = lines[line - 1] if 0 < line <= len(lines) else ""
    if found := _KEY_THEN_TEXT.match(at):
        key, value = found.group(1), found.group(2)
        quoted = f'"{value}"' if '"' not in value else "'" + value.replace("'", "''") + "'"
        said = f"the text of '{key}' holds ': ', which YAML reads as another key"
        return line, f"{said}; put the text in quotes: {key}: {quoted}"
    for above in range(line - 2, -1, -1):
        before = lines[above].strip()
        if not before or before.startswith("#"):
            continue
        if ":" not in before and not before.startswith(("-", "'", '"')):
            return above + 1, f"'{before}' has no ':' after its key"
        break
    return line, what


_KEY_LINE = re.compile(r"^( *)([\w-]+):(?:\s|$)")
_ITEM_KEYS = re.compile(r"^( *)(- +)?[\w-]+:(?:\s|$)")


def _misaligned_key(lines: list[str], line: int, problem: str) -> str | None:
    """What YAML's "expected <block end>" or "mapping values are not allowed" at ``line`` (1-based) means when that
    line is a key indented otherwise than the keys of the entry above it (``text:`` under ``- id: …``, one space
    short or two over): which line, how far it stands and where the keys above start. None for any other cause."""
    if "expected <block end>" not in problem and "mapping values are not allowed" not in problem:
        return None
    at = lines[line - 1] if 0 < line <= len(lines) else ""
    key = _KEY_LINE.match(at)
    above = next(
        (n for n in range(line - 2, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")), None
    )
    if key is None and (item := _ITEM_LINE.match(at)) and "expected <block end>" in problem:
        return _misaligned_item(lines, line, len(item.group(1)))
    if key is None or above is None or (keys := _ITEM_KEYS.match(lines[above])) is None:
        return None
    column, expected = len(key.group(1)), len(keys.group(1)) + len(keys.group(2) or "")
    if column == expected:
        return None
    return (
        f"'{key.group(2)}:' is indented {column} spaces, but the keys of the entry above it (line {above + 1}) start "
        f"at {expected}: indent it by {expected} spaces, as they are"
    )


_ITEM_LINE = re.compile(r"^( *)- ")
_ITEM_SEARCH = 40
"""How many lines above a misaligned list item :func:`_misaligned_item` looks for the items of its list."""


def _misaligned_item(lines: list[str], line: int, column: int) -> str | None:
    """What "expected <block end>" at a list item (``- id: …``, 1-based ``line``) indented ``column`` spaces means
    when an item a space or two off stands above it: which line, and where the items of its list start."""
    for n in range(line - 2, max(line - 2 - _ITEM_SEARCH, -1), -1):
        if (item := _ITEM_LINE.match(lines[n])) and 0 < abs(len(item.group(1)) - column) <= 2:
            expected = len(item.group(1))
            said = lines[line - 1].strip()
            said = said if len(said) <= 24 else f"{said[:23].rstrip()}…"
            return (
                f"the list item '{said}' is indented {column} spaces, but the items of its list above it "
                f"(line {n + 1}) start at {expected}: indent it by {expected} spaces, as they are"
            )
    return None


_SURROGATE_ESCAPES = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogate_escapes(text: str) -> str:
    """``text`` with each escaped surrogate pair (``\\ud83d\\ude80``) written as the one character it
    stands for (🚀). JSON writers escape characters beyond the first 65,536 that way (Python's
    ``json.dump`` does by default); JSON parsers join the pair, but a YAML parser, which reads
    tailor's JSON files for their line numbers, would keep two halves that no font can show."""
    if "\\u" not in text:
        return text

    def joined(found: re.Match[str]) -> str:
        high, low = int(found.group(2), 16), int(found.group(3), 16)
        return found.group(1) + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _SURROGATE_ESCAPES.sub(joined, text)


def _check_json(path: Path, text: str, error: type[DataFileError]) -> None:
    """A .json file's syntax, checked by the JSON parser: its messages and hints are about JSON."""
    import json

    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        raise error(
            path,
            [Problem("", f"JSON syntax error: {e.msg} (column {e.colno})", e.lineno)],
            "Fix the JSON at that line: a missing comma between two items, a comma after the last one, "
            "or an unclosed quote or bracket are the usual causes.",
        ) from None


def loads(text: str) -> Any:
    """YAML (or JSON) text as round-trip nodes with their lines, dates as text."""
    return _yaml(_TextDates).load(text)


def _yaml(constructor: type[_TextDates]) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = constructor
    return yaml


def plain(node: Any) -> Any:
    """ruamel's round-trip nodes as plain Python values: keys as text, dates as the ISO text they
    were written as."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def cut_short(root: Any, text: str) -> list[Problem]:
    """Texts of the file ``text`` that YAML read shorter than they are written, each with its whole text quoted
    as the fix: a `` #`` followed by a word starts a comment ("Ranked #1 in Chicago" is read "Ranked"), and an
    ``&`` opening a text names an anchor ("&Beverage ran events" is read "ran events"). A comment written as one
    ("# a note", after a space) and a quoted text are left alone; so is an anchor that an alias uses."""
    lines = text.splitlines()
    found: list[Problem] = []

    def check(at: tuple[Any, ...], value: Any, comment: Any, line: int) -> None:
        if not isinstance(value, str):
            return
        anchor = getattr(getattr(value, "anchor", None), "value", None)
        if anchor and not re.search(rf"\*{re.escape(anchor)}\b", text):
            whole = f"&{anchor} {value}"
            found.append(_read_short(at, line, f"'&{anchor}' at its start is read as a YAML anchor", whole))
        said = getattr(comment, "value", "") or ""
        if comment is None or not re.match(r"#[^\s#]", said) or comment.start_mark.line != line - 1:
            return
        before = lines[line - 1][: comment.start_mark.column].rstrip() if line - 1 < len(lines) else ""
        if before.endswith(("'", '"')):
            return
        whole = f"{value} {said.splitlines()[0]}".strip()
        found.append(
            _read_short(at, line, f"'{said.split()[0]}' and what follows it are read as a YAML comment", whole)
        )

    def walk(node: Any, at: tuple[Any, ...]) -> None:
        if isinstance(node, CommentedMap):
            for key, value in node.items():
                comment = node.ca.items.get(key, [None] * 4)
                check((*at, key), value, comment[2] if len(comment) > 2 else None, node.lc.value(key)[0] + 1)
                walk(value, (*at, key))
        elif isinstance(node, CommentedSeq):
            for n, value in enumerate(node):
                comment = node.ca.items.get(n, [None])
                check((*at, n), value, comment[0], node.lc.item(n)[0] + 1)
                walk(value, (*at, n))

    walk(root, ())
    return found


def folded_lists(root: Any, text: str) -> list[Problem]:
    """Texts of the file ``text`` that hold a list's items YAML joined into them: items ("- Dental radiography")
    indented under the first one are read as its text running on ("Anesthesia monitoring - Dental radiography"),
    one long item where the writer meant several. Each is told at its line, with the fix."""
    lines = text.splitlines()
    found: list[Problem] = []

    def check(at: tuple[Any, ...], value: Any, line: int) -> None:
        if not isinstance(value, str) or " - " not in value:
            return
        below = [bare for bare in (row.strip() for row in lines[line : line + 3]) if bare]
        if below and below[0].startswith("- ") and f" {below[0]}" in value:
            found.append(
                Problem(
                    dotted(at),
                    f"holds the list items indented under it ('{below[0]}' and on): YAML reads them as this one "
                    "text running on. Indent each '- ' item of the list alike, at the first one's column.",
                    line,
                )
            )

    def walk(node: Any, at: tuple[Any, ...]) -> None:
        if isinstance(node, CommentedMap):
            for key, value in node.items():
                check((*at, key), value, node.lc.value(key)[0] + 1)
                walk(value, (*at, key))
        elif isinstance(node, CommentedSeq):
            for n, value in enumerate(node):
                check((*at, n), value, node.lc.item(n)[0] + 1)
                walk(value, (*at, n))

    walk(root, ())
    return found


def _read_short(at: tuple[Any, ...], line: int, why: str, whole: str) -> Problem:
    quoted = '"' + whole.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return Problem(
        dotted(at),
        f"is read shorter than written: {why}, and left out of your CV. Quote the whole text to keep it: {quoted}",
        line,
    )


def problems(error: ValidationError, root: Any, model: type[BaseModel]) -> list[Problem]:
    """Every error of ``error`` (from validating ``plain(root)`` as ``model``), with its line in ``root``."""
    return one_per_typo([problem(err, root, model) for err in error.errors()])


_MEANT = re.compile(r"unknown key '[^']*'; did you mean '([^']*)'\?")


def one_per_typo(found: list[Problem]) -> list[Problem]:
    """``found`` with a required key that is missing told once, where a misspelt key beside it is meant as that key
    ("idd" for "id"): one typo, one problem, its message saying the key is required."""
    meant = {  # (the entry's path, the key a misspelling is meant as) → that problem's place in ``found``
        (p.path.rpartition(".")[0], m.group(1)): n for n, p in enumerate(found) if (m := _MEANT.match(p.message))
    }
    told = {  # a missing key's problem → the misspelling's, which tells it
        id(p): meant[entry]
        for p in found
        if (entry := (p.path.rpartition(".")[0], p.path.rpartition(".")[2])) in meant and p.message == missing(entry[1])
    }
    typos = set(told.values())
    out = []
    for n, p in enumerate(found):
        if id(p) in told:
            continue
        if n in typos and (m := _MEANT.match(p.message)):
            p = replace(p, message=f"{m.group(0)[:-1]}, which is required?{p.message[m.end() :]}")
        out.append(p)
    return out


ALSO_CALLED = {
    "gpa": "grade", "cgpa": "grade", "honors": "details", "honours": "details", "coursework": "details",
    "courses": "details", "relevant_coursework": "details", "school": "institution", "university": "institution",
    "college": "institution", "company": "employer", "organization": "employer", "organisation": "employer",
    "position": "role", "job_title": "role", "title": "role", "highlights": "bullets", "responsibilities": "bullets",
    "duties": "bullets", "tasks": "bullets",
    "achievements": "bullets", "start_date": "start", "from": "start", "end_date": "end", "to": "end",
    "city": "location", "phone_number": "phone", "mail": "email", "e_mail": "email",
    "licenses": "certificates", "licences": "certificates", "licensure": "certificates",
    "credentials": "certificates", "admissions": "certificates", "bar_admissions": "certificates",
    "pinned": "pin",
    # A certificate as LinkedIn's form and export name its parts ("Issuing organization", "Authority", "Expiration
    # date"), and as other résumés do.
    "issued_by": "issuer", "issuing_organization": "issuer", "issuing_organisation": "issuer", "authority": "issuer",
    "issuing_body": "issuer", "awarding_body": "issuer", "expiration_date": "expires", "expiration": "expires",
    "expiry_date": "expires", "valid_until": "expires",
    # A role's paragraph under its title (LinkedIn's "Description"): tailor keeps it as the role's bullets.
    "description": "bullets",
}  # fmt: skip
"""Other names résumés and other formats give tailor's keys, for an unknown key that is not a near miss of one:
"gpa" is a degree's ``grade``, "company" a role's ``employer``, "pinned" (as a bullet is said to be) ``pin``,
LinkedIn's "authority" a certificate's ``issuer``. Suggested only where the key is allowed."""


def unknown_key(said: str, known: Sequence[str], *, valued: bool = True) -> str:
    """The message for the unknown key ``said`` where the keys ``known`` are allowed: the one it likely meant, or
    them all; one of several words with no value (``valued`` false) is told to be a text a comma cut short."""
    message = f"unknown key '{said}'"
    meant = difflib.get_close_matches(said, known, n=1, cutoff=0.7)
    if not meant and (other := ALSO_CALLED.get(said.lower().replace("-", "_"))) in known:
        meant = [other]
    if meant:
        return f"{message}; did you mean '{meant[0]}'? (the keys allowed here are: {', '.join(known)})"
    if not valued and len(said.split()) >= 2:
        # {id: a1, text: Cut costs by 8,000 dollars}: the comma ended the text, and its rest became a key
        return (
            f"{message}, which looks like the rest of a text that a comma cut short: in an entry written on one line "
            'between { and }, a comma ends a value, so put the whole text in quotes (text: "…, …")'
        )
    return f"{message}; the keys allowed here are: {', '.join(known)}" if known else message


def problem(err: Any, root: Any, model: type[BaseModel]) -> Problem:
    """One pydantic error as a :class:`Problem` located in ``root``."""
    loc = err["loc"]
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        message = unknown_key(str(loc[-1]), fields_at(model, loc[:-1]), valued=err.get("input") is not None)
    elif err["type"] in ("model_type", "dict_type") and isinstance(err.get("input"), str):
        message = _text_for_entry(err["input"], fields_at(model, loc), model, loc)
    elif err["type"] == "missing":
        message = missing(loc[-1])
    elif err["type"] in ("model_type", "dict_type") and err.get("input") is None and loc and isinstance(loc[-1], int):
        # "- " with nothing after it: an item begun and left empty, or a line the text of which went to the next.
        message = "is empty: write what it holds after its '- ', or delete the line"
    elif err["type"] == "string_type" and isinstance(err.get("input"), dict | list):
        message = _not_a_text(err["input"], loc[-1], braced=_braced(root, loc))
    elif err["type"] == "list_type" and isinstance(err.get("input"), str) and err["input"].strip():
        # "tags: algorithms, notes", as a form takes a list: the items the commas part, in brackets.
        items = ", ".join(item.strip() for item in err["input"].split(",") if item.strip())
        message = f"should be a list: write it as [{items}], or each item on a line of its own after '- '"
    elif "input" in err and not isinstance(err["input"], dict | list):
        message = f"{message} (found {err['input']!r})"
    return Problem(dotted(loc), message, line_of(root, loc))


def _text_for_entry(text: str, keys: list[str], model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    """What is said of a plain text written where an entry of ``keys`` goes ("- Ran the ward." for a bullet)."""
    said = f"is the text {text!r}, where an entry with keys is expected"
    if not keys:
        return said
    required = [key for key in keys if _required(model, (*loc, key))]
    text_key = next((k for k in ("text", "name", "title") if k in keys), None)
    example = ", ".join(f"{key}: …" for key in required if key != text_key)
    if text_key is not None:
        example = ", ".join(x for x in (example, f"{text_key}: {_in_braces(text)}") if x)
    return f"{said} ({', '.join(keys)}): write it as {{{example}}}, or as those keys on lines of their own"


def _in_braces(text: str) -> str:
    """``text`` as a value between { and } must be written to be read whole: in quotes where a comma would end it
    ("Orthopaedic Clinical Specialist (OCS), ABPTS, 2020" is three values there), or another mark of YAML's would cut
    it short or start something else (": ", " #", a bracket or brace, a reserved first character)."""
    if not _ENDS_IN_BRACES.search(text) and text[:1] not in "*&!@`%|>'\"-?":
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_ENDS_IN_BRACES = re.compile(r",|:\s|\s#|[{}\[\]]|:$")
"""What ends or breaks a value written between { and }: a comma, a key's colon, a comment, a bracket or brace."""


def _not_a_text(given: dict[Any, Any] | list[Any], key: object, *, braced: bool = False) -> str:
    """What is said of a list or a mapping written where the one text of ``key`` goes. A mapping between braces
    (``braced``: a JSON object, or YAML's ``{…}``) was written as keys on purpose; one without them is most often a
    text whose colon YAML read as a key's."""
    if isinstance(given, list):
        many = f"{len(given)} item{'s' * (len(given) != 1)}"
        return f"should be one text, but is a list of {many}: write one text after '{key}:', no lines opening with '- '"
    if braced:
        return f"should be one text, but is an entry with the keys {', '.join(map(str, given))}: write it as one text"
    return (
        'should be one text, but YAML read keys in it: a colon and a space inside a text ("Led: 5 people") start a '
        "key, so put the whole text in quotes"
    )


def _required(model: type[BaseModel], loc: tuple[Any, ...]) -> bool:
    """Whether the field at ``loc`` from ``model`` must be given: not one the data may leave out for the model to
    derive (a model's ``derived`` fields, a CV item's id)."""
    found = _model_at(model, loc[:-1])
    return (
        found is not None
        and loc[-1] in found.model_fields
        and found.model_fields[loc[-1]].is_required()
        and loc[-1] not in getattr(found, "derived", ())
    )


def missing(key: object) -> str:
    """What is said of a field the data leaves out but must have."""
    return f"'{key}' is required but missing"


def near_misses(
    root: Any,
    model: type[BaseModel],
    loc: tuple[Any, ...] = (),
    synonyms: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Problem]:
    """Keys of ``root`` that ``model`` does not define but that are a near miss of one it does.

    For formats that allow keys they do not define (JSON Resume), where an unknown key
    is not an error, but ``hightlights`` beside the defined ``highlights`` is a typo that
    would silently lose what it holds. ``synonyms`` maps, per top-level section ("" the
    top level itself), keys of another format to the model's key for the same thing
    (tailor's ``experience`` to JSON Resume's ``work``): such a key is named as a near miss too.
    """
    found: list[Problem] = []
    if isinstance(root, CommentedSeq):
        for i, item in enumerate(root):
            found += near_misses(item, model, (*loc, i), synonyms)
        return found
    if not isinstance(root, CommentedMap):
        return found
    known = {f.alias or name: f for name, f in model.model_fields.items()}
    for key, value in root.items():
        if key in known:
            inner = _inner_model(known[key].annotation)
            if inner is not None:
                found += near_misses(value, inner, (*loc, key), synonyms)
            continue
        synonym = (synonyms or {}).get(str(loc[0]) if loc else "", {}).get(str(key))
        meant = [synonym] if synonym in known else difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.8)
        if meant and meant[0] not in root:
            found.append(
                Problem(
                    dotted((*loc, key)),
                    f"unknown key '{key}', ignored; did you mean '{meant[0]}'?",
                    line_of(root, (key,)),
                )
            )
    return found


def dotted(loc: tuple[Any, ...]) -> str:
    """``("experience", 0, "bullets")`` → ``experience[0].bullets``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _braced(root: Any, loc: tuple[Any, ...]) -> bool:
    """Whether the value at ``loc`` is a mapping the file writes between braces, as JSON writes every object."""
    node = root
    for part in loc:
        if (isinstance(node, CommentedMap) and part in node) or (
            isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node)
        ):
            node = node[part]
        else:
            return False
    return isinstance(node, CommentedMap) and bool(node.fa.flow_style())


def line_of(root: Any, loc: tuple[Any, ...]) -> int | None:
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


def fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model found by following ``loc`` from ``model``."""
    found = _model_at(model, loc)
    return list(found.model_fields) if found is not None else []


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model found by following ``loc`` (field names; list indexes are passed over) from ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _inner_model(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


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
