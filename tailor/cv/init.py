"""Start a CV file (``tailor init``): a commented example to fill in, or a draft of the CV a person has.

Both are written as YAML that opens with the line that gives editors tailor's schema
(:mod:`tailor.cv.schema`), never over an existing file unless asked, atomically, and
are read back as any CV is, so what ``init`` writes is what ``validate`` and ``build``
will see. In a draft, every place an importer was unsure of carries a ``# CHECK:``
comment, and what had no place in the CV is kept at the end, commented out.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from tailor import datafile
from tailor.cv import schema
from tailor.cv.importers import import_cv
from tailor.cv.importers.draft import Draft, Note, clean
from tailor.cv.load import read_cv
from tailor.cv.model import CV, skill_places, skills_as_written
from tailor.errors import NOTHING_TO_CHOOSE, CVError, Problem, TailorError
from tailor.files import write_atomic

DEFAULT_PATH = Path("cv.yaml")
CHECK = "CHECK: "


@dataclass(frozen=True)
class Written:
    """A CV file ``init`` wrote, and what to do next with it."""

    path: Path
    draft: Draft | None = None
    """What it was imported from; None for the example to fill in."""
    notes: list[Note] = field(default_factory=list)
    """Where to check the draft, each at its line in :attr:`path`."""
    problems: list[Problem] = field(default_factory=list)
    """What must be fixed before the file can be used (a required field the source did not have)."""
    cv: CV | None = None
    """The CV as written, when it is valid."""


def starter() -> str:
    """The commented example CV ``tailor init`` writes: every field, valid as written."""
    text = files("tailor").joinpath("data/starter_cv.yaml").read_text(encoding="utf-8")
    return f"{schema.line()}\n{text}\n{starter_letter()}"


def starter_letter() -> str:
    """The commented example ``letter:`` block (``tailor init --letter`` prints it), for the example CV's bullets."""
    return files("tailor").joinpath("data/starter_letter.yaml").read_text(encoding="utf-8")


def init(path: Path = DEFAULT_PATH, source: Path | None = None, *, force: bool = False) -> Written:
    """Write the example CV to ``path``, or with ``source`` a draft imported from it (:func:`import_cv`).

    Raises:
        TailorError: ``path`` exists and ``force`` is false, its folder does not exist, or ``source``
            cannot be imported.
    """
    if path.is_dir():
        raise TailorError(f"{path} is a folder; give the CV file's name, such as {path / DEFAULT_PATH}.")
    if path.exists() and not force:
        raise TailorError(
            f"{path} already exists; pass {{force}} to replace it, or give another file name.", force="force=True"
        )
    if not path.parent.is_dir():
        raise TailorError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    draft = _without_incomplete(import_cv(source)) if source is not None else None
    text, notes = (starter(), []) if draft is None else draft_yaml(draft)
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as e:
        raise TailorError(f"Cannot write {path}: {e.strerror or e}.") from None
    try:
        cv = read_cv(path).cv
    except CVError as e:
        return Written(path, draft, notes, e.problems, None)
    if draft is not None and not cv.has_items():
        return Written(path, draft, notes, [_found_nothing(draft)], cv)
    return Written(path, draft, notes, [], cv)


def _without_incomplete(draft: Draft) -> Draft:
    """``draft`` without the entries of its lists that the CV's schema refuses as they are (a language with no name,
    a fluency cut from its language): what an importer could not complete is kept at the end of the file, commented,
    and a note says so, so that ``init`` never writes a CV that ``validate`` refuses for such a fragment. An entry
    that holds a list of its own (a role with its bullets) stays where it is, its problem listed at its line: its
    owner completes one field, and need not rebuild the entry from comments."""
    from pydantic import ValidationError

    from tailor.cv.printable import printable_data

    try:
        CV.model_validate(printable_data(clean(draft.data))[0])
        return draft
    except ValidationError as e:
        errors = e.errors()
    refused: dict[str, dict[int, str]] = {}  # a list's key → its entries' places (as written) → why
    for error in errors:
        loc = error["loc"]
        if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
            # In validate's words ("'name' is required but missing"), at the field of the entry it names.
            told = datafile.problem(error, None, CV)
            field = ".".join(str(part) for part in loc[2:])
            refused.setdefault(loc[0], {}).setdefault(loc[1], f"{field}: {told.message}" if field else told.message)
    for key, why in refused.items():
        items = draft.data.get(key)
        if not isinstance(items, list):
            continue
        written = [n for n, item in enumerate(items) if clean(item) not in (None, "", [], {})]
        left_out = {
            written[at]: reason
            for at, reason in why.items()
            if at < len(written) and not (isinstance(items[written[at]], dict) and _holds_list(items[written[at]]))
        }
        if not left_out:
            continue
        for n, reason in left_out.items():
            draft.leftovers += [f"{key} (left out: {reason}):", *(f"  {line}" for line in _entry_lines(items[n]))]
        draft.data[key] = [item for n, item in enumerate(items) if n not in left_out]
        at = {old: new for new, old in enumerate(n for n in range(len(items)) if n not in left_out)}
        for note in list(draft.notes):  # a note on an entry left out goes with it; one after it moves up
            if note.loc[:1] == (key,) and len(note.loc) > 1 and isinstance(note.loc[1], int):
                if note.loc[1] in at:
                    note.loc = (key, at[note.loc[1]], *note.loc[2:])
                else:
                    draft.notes.remove(note)
        count = f"{len(left_out)} entr{'y' if len(left_out) == 1 else 'ies'}"
        draft.note((key,), f"{count} of {key} could not be completed from the source: kept at the end, commented")
    return draft


def _holds_list(entry: dict[str, Any]) -> bool:
    return any(isinstance(value, list) and clean(value) for value in entry.values())


def _entry_lines(item: Any) -> list[str]:
    """An entry of a draft's list as the texts it holds, each after its field's name; not the id an importer made."""
    if isinstance(item, dict):
        return [f"{key}: {value}" for key, value in clean(item).items() if key != "id"]
    return [str(item)] if clean(item) else []


def _found_nothing(draft: Draft) -> Problem:
    """What to do when a résumé gave no role with a bullet, no publication and no skill: say why that may
    be (its language, its section titles) and where its lines went."""
    from tailor.posting.language import detect

    roles = len(draft.data.get("experience") or [])
    if roles:  # "2022 - Research engineer, Geosophy, Paris." one to a line: the roles, but nothing they did
        return Problem(
            "",
            f"{NOTHING_TO_CHOOSE}: {draft.source} gave {roles} role{'s' if roles > 1 else ''} without bullets. "
            "Write under each role's `bullets` what you did there, one claim each, and the skills you have under "
            "`skills` (cv_data/README.md shows the format).",
        )
    language = detect("\n".join(draft.leftovers))
    other = "" if language.is_english else f" The résumé looks {language.name}, and tailor reads résumés in English."
    lines = len(draft.leftovers)
    kept = (
        f" Its {lines} line{'s are kept as comments' if lines > 1 else ' is kept as a comment'} at the end of this "
        "file: move what you want into place"
        if lines
        else " Write your roles with their bullets, or your skills, into this file"
    )
    return Problem(
        "",
        f"{NOTHING_TO_CHOOSE}: no role with its bullets, no publication and no skill was found in {draft.source}. "
        f"tailor finds them under section titles such as Experience, Publications and Skills, each role with "
        f"its dates beside it.{other}{kept} (cv_data/README.md shows the format).",
    )


def draft_yaml(draft: Draft) -> tuple[str, list[Note]]:
    """``draft`` as the commented YAML ``init`` writes, and its notes with their lines there."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    def tree(value: Any) -> Any:
        if isinstance(value, dict):
            return CommentedMap((k, tree(v)) for k, v in value.items())
        if isinstance(value, list):
            return CommentedSeq(tree(v) for v in value)
        return value

    data = clean(draft.data)
    notes = draft.notes
    if isinstance(data.get("skills"), list) and any(isinstance(s, dict) for s in data["skills"]):
        data["skills"], notes = _in_groups(data["skills"], notes)
    order = list(CV.model_fields)
    root = tree({key: data[key] for key in sorted(data, key=lambda k: order.index(k) if k in order else len(order))})
    comments: dict[tuple[int, Any], tuple[Any, Any, list[str]]] = {}
    for note in notes:
        container, key = _place(root, note.loc)
        comments.setdefault((id(container), key), (container, key, []))[2].append(note.message)
    for container, key, messages in comments.values():
        container.yaml_add_eol_comment(CHECK + "; ".join(messages), key)
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # a bullet stays on one line, as written
    buffer = io.StringIO()
    yaml.dump(root, buffer)
    head = [
        schema.line(),
        # Text piped in has no file to name: "from stdin" says where it came from ("…: -." said nothing).
        f"# A draft of your CV, made by `tailor init --from` from {draft.kind}"
        + ("." if draft.source.name == "-" else f": {draft.source.name}."),
        "# Every text is copied from it word for word. Check each line marked CHECK, then run `tailor validate`;",
        "# `tailor validate --help` describes every field.",
        "",
    ]
    # ruamel puts a second comment in one mapping at the first one's column, one space after a longer line.
    text = "\n".join(head) + _NOTE_CRAMPED.sub("  ", buffer.getvalue())
    written = datafile.loads(text)
    notes = [Note(n.loc, n.message, datafile.line_of(written, n.loc)) for n in notes]
    if draft.leftovers:
        text += "\n# Not imported: what the source holds that has no place above. Copy what you want into the CV,\n"
        # A kept text may hold line breaks (a JSON Resume summary, a LinkedIn description): each of its lines
        # is commented, or the second would be read as YAML.
        kept = [part for line in draft.leftovers for part in line.splitlines() or [""]]
        text += "# or delete these lines.\n" + "".join(f"#   {line}\n" for line in kept)
    return text, notes


def _in_groups(items: list[Any], notes: list[Note]) -> tuple[Any, list[Note]]:
    """The skills ``items`` (texts, or mappings that may carry a group) written in their groups, and ``notes``
    with a note on a skill moved to where the skill is written."""
    written = skills_as_written(items)
    places = skill_places(written)[0]
    free = list(range(len(places)))
    where: dict[int, tuple[str | int, ...]] = {}
    for n, item in enumerate(items):  # a group gathers its skills: each is found where it went
        k = next((k for k in free if _name(places[k][1]) == _name(item)), None)
        if k is not None:
            free.remove(k)
            where[n] = places[k][0]
    moved = [
        Note((*where[n.loc[1]], *n.loc[2:]) if n.loc[1] in where else ("skills",), n.message)
        if n.loc[:1] == ("skills",) and len(n.loc) > 1 and isinstance(n.loc[1], int)
        else n
        for n in notes
    ]
    return written, moved


def _name(item: Any) -> Any:
    return item.get("name") if isinstance(item, dict) else item


_NOTE_CRAMPED = re.compile(rf"(?m)(?<=\S) (?=# {CHECK})")
"""A note one space after its line's text, where YAML's style (and every other note) has two."""


def _place(root: Any, loc: tuple[str | int, ...]) -> tuple[Any, Any]:
    """The container and key (or index) where a note about ``loc`` goes: the deepest part of it that
    was written; a note about a list item goes on the item's first line."""
    from ruamel.yaml.comments import CommentedMap

    container, key, node = root, next(iter(root)), root
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and part < len(node)
        ):
            container, key, node = node, part, node[part]
        else:
            break
    if isinstance(node, CommentedMap) and isinstance(key, int):
        return node, next(iter(node))
    return container, key
