#!/usr/bin/env python3
"""What tailor reads from ~770 real postings, saved and compared: which readings a change moves.

    python bench/readings.py --save FILE                  # what this tree reads, as JSON
    python bench/readings.py --compare FILE [--save NEW]  # the postings whose reading differs from FILE's

For each posting, what ``tailor match`` reads from it (through :func:`tailor.pipeline.match`, as the
command does): its details (title, company, location, pay, employment type, …, each with the rule that
found it), its sections' kinds in order, and its keywords, each with how the posting asks for it
(required, preferred, one of, degree field), its kind (skill or phrase), the alternatives it names with it
and the words it says it with. ``--compare`` prints, per posting whose reading changed, a compact diff
(``+``/``-`` a keyword, ``~`` a keyword asked for otherwise, a detail's value, the sections that changed),
then how many changed; keyword weights are compared only with ``--weights``. Run it on the tree before a
change (``--save``) and after it (``--compare``): every line it prints is a reading the change moved, to
read one by one for what was meant and what was not.

The corpus (the same on every machine that has restored it):

- every labelled set's postings: the dev sets and the private sets restored under ``/work/evalsets``
  (``sets.py``'s sets; ``labelling.md`` says how to restore them), each read with the set's own CV,
  ``cv.resume.json``;
- every eleventh ``README.md`` under ``jobs/`` of the ``RemoteWLB/remote-jobs`` mirror (sorted paths, at
  the mirror's newest commit), read with the bundled example CV (``--cv example``).

One process; each CV is loaded and analysed once; about a minute on two cores.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tailor.errors import TailorError
from tailor.pipeline import LoadedCV, load, match
from tailor.report import analysed, posting_json

MIRRORS = Path("/work/.mirror")
BOARD = "RemoteWLB+remote-jobs"
"""The mirror of the job board whose postings are read with the example CV."""
EVERY = 11
"""One README of the board's in this many, by sorted path: about 600 postings."""
DETAILS = ("title", "company", "location", "salary", "employment_type", "date_posted", "valid_through", "team")
"""The details a reading keeps (``salary`` is the pay), each with its source."""

Reading = dict[str, Any]


def reading(posting: Path, cv: LoadedCV, name: str) -> Reading:
    """What ``tailor match`` reads from ``posting`` with ``cv``: details, section kinds and keywords; a posting
    that cannot be read is its error message, the posting named ``name`` in it."""
    try:
        result = match(posting, cv)
    except TailorError as e:
        # A board's posting is read from a temporary file: its name in the message would differ on every run.
        return {"error": str(e).replace(str(posting), name)}
    read = posting_json(analysed(result))
    return {
        "details": {f: [read[f], read[f"{f}_source"]] for f in DETAILS if read[f] is not None},
        "sections": [[s["kind"], s["heading"] or s["opens"]] for s in read["sections"]],
        "keywords": {
            k.keyword.term: {
                "said": k.keyword.said,
                "need": k.keyword.need,
                "kind": k.keyword.kind,
                "alternatives": list(k.keyword.alternatives),
                "weight": round(k.keyword.weight, 3),
            }
            for k in result.coverage.keywords
        },
    }


def labelled() -> Iterator[tuple[str, Path, list[Path]]]:
    """Each labelled set as ``(name, its CV, its postings)``; the seed set is named ``seed``."""
    # The bench scripts beside this one, as a script run from here imports them (not needed to compare readings).
    from ablation import SHARED_EVAL
    from sets import all_sets

    for folder in all_sets():
        names = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        name = "seed" if folder.resolve() == SHARED_EVAL.resolve() else folder.name
        yield name, folder / "cv.resume.json", [folder / "postings" / n for n in sorted(names)]


def board_postings(mirrors: Path, into: Path) -> tuple[str, dict[str, Path]]:
    """The board's commit, and every :data:`EVERY`-th README under ``jobs/`` written into ``into``, by its path
    in the board (tailor reads a posting from a file, as a user gives it)."""
    git = ["git", "--git-dir", str(mirrors / BOARD / "repo")]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    listed = subprocess.run([*git, "ls-tree", "-r", "--name-only", commit, "jobs"], capture_output=True, text=True)
    paths = sorted(p for p in listed.stdout.splitlines() if p.endswith("/README.md"))[::EVERY]
    # One git process for all the blobs: `git show` per file would cost more than reading them.
    batch = subprocess.run(
        [*git, "cat-file", "--batch"], input="".join(f"{commit}:{p}\n" for p in paths).encode(), capture_output=True
    ).stdout
    files, at = {}, 0
    for i, path in enumerate(paths):
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        target = into / f"{i:04d}" / "README.md"
        target.parent.mkdir()
        target.write_bytes(batch[header_end + 1 : header_end + 1 + size])
        files[path] = target
        at = header_end + 1 + size + 1
    return commit, files


def read_corpus(mirrors: Path) -> dict[str, Any]:
    """The readings of the whole corpus, by ``<set>/<posting>`` and ``remote-jobs/<path>``, with the board's
    commit."""
    out: dict[str, Reading] = {}
    for name, cv_path, postings in labelled():
        cv = load(cv_path)
        out |= {f"{name}/{p.name}": reading(p, cv, str(p)) for p in postings}
    if not (mirrors / BOARD / "repo").is_dir():
        print(f"No mirror of RemoteWLB/remote-jobs under {mirrors}: only the labelled sets are read.")
        return {"board": None, "postings": out}
    example = load("example")
    with tempfile.TemporaryDirectory() as tmp:
        commit, files = board_postings(mirrors, Path(tmp))
        out |= {f"remote-jobs/{path}": reading(file, example, path) for path, file in files.items()}
    return {"board": commit, "postings": out}


def changes(before: Reading, after: Reading, weights: bool) -> list[str]:
    """What differs between two readings of one posting, one line a change."""
    if "error" in before or "error" in after:
        if before == after:
            return []
        return [f"error: {before.get('error', '-')[:80]!r} → {after.get('error', '-')[:80]!r}"]
    lines = []
    for field in DETAILS:
        old, new = before["details"].get(field), after["details"].get(field)
        if (old or [None])[0] != (new or [None])[0]:
            lines.append(f"{field}: {_detail(old)} → {_detail(new)}")
    lines += _sections(before["sections"], after["sections"])
    old_kw, new_kw = before["keywords"], after["keywords"]
    for term in sorted(new_kw.keys() - old_kw.keys()):
        lines.append(f"+ {_keyword(term, new_kw[term])}")
    for term in sorted(old_kw.keys() - new_kw.keys()):
        lines.append(f"- {_keyword(term, old_kw[term])}")
    for term in sorted(old_kw.keys() & new_kw.keys()):
        old, new = old_kw[term], new_kw[term]
        moved = [k for k in ("need", "kind", "said", "alternatives") if old[k] != new[k]]
        if weights and abs(old["weight"] - new["weight"]) > 1e-3:
            moved.append("weight")
        if moved:
            lines.append(f"~ {term}: " + "; ".join(f"{k} {old[k]} → {new[k]}" for k in moved))
    return lines


def _detail(value: list[str] | None) -> str:
    return "-" if value is None else f"{value[0]!r} ({value[1]})"


def _keyword(term: str, k: dict[str, Any]) -> str:
    said = f" ({k['said']!r})" if k["said"] and k["said"].lower() != term.lower() else ""
    alternatives = f", with {', '.join(k['alternatives'])}" if k["alternatives"] else ""
    return f"{term}{said} [{k['need']}, {k['kind']}{alternatives}]"


def _sections(old: list[list[str]], new: list[list[str]]) -> list[str]:
    """The sections that changed kind, came or went, each named by its heading or first words."""
    matcher = difflib.SequenceMatcher(a=[s[1] for s in old], b=[s[1] for s in new], autojunk=False)
    lines = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":  # the same headings: a kind may have changed
            pairs = zip(old[i1:i2], new[j1:j2], strict=True)
            lines += [f"section {a[1][:40]!r}: {a[0]} → {b[0]}" for a, b in pairs if a != b]
        else:
            lines += [f"section - {s[0]} {s[1][:40]!r}" for s in old[i1:i2]]
            lines += [f"section + {s[0]} {s[1][:40]!r}" for s in new[j1:j2]]
    return lines


def compare(before: dict[str, Any], after: dict[str, Any], weights: bool) -> str:
    """The postings whose reading changed, each with its changes, then a count."""
    out, changed, added, removed = [], 0, 0, 0
    if before["board"] != after["board"]:
        out.append(f"The board's mirror is at {after['board']}, the saved run's at {before['board']}: postings differ.")
    old, new = before["postings"], after["postings"]
    for name in sorted(old.keys() | new.keys()):
        if name not in old or name not in new:
            out.append(f"{name}: {'only now' if name in new else 'only before'}")
            continue
        if lines := changes(old[name], new[name], weights):
            changed += 1
            added += sum(line.startswith("+ ") for line in lines)
            removed += sum(line.startswith("- ") for line in lines)
            out.append(name + "\n" + "\n".join("  " + line for line in lines))
    common = len(old.keys() & new.keys())
    out.append(f"\n{changed} of {common} postings read differently ({added} keywords added, {removed} removed).")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the readings to this JSON file")
    parser.add_argument("--compare", type=Path, help="a JSON file --save wrote earlier, to compare with")
    parser.add_argument("--weights", action="store_true", help="also list keywords whose weight changed")
    parser.add_argument("--mirrors", type=Path, default=MIRRORS, help=f"where the mirrors are (default {MIRRORS})")
    args = parser.parse_args()
    if not args.save and not args.compare:
        parser.error("give --save FILE, --compare FILE, or both")
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    start = time.perf_counter()
    readings = read_corpus(args.mirrors)
    print(f"{len(readings['postings'])} postings read in {time.perf_counter() - start:.0f} s.")
    if before is not None:
        print(compare(before, readings, args.weights))
    if args.save:
        args.save.write_text(json.dumps(readings, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
