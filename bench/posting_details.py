#!/usr/bin/env python3
"""How well tailor finds a posting's job title and company, and what each rule contributes.

Reads every dev posting (``postings/*.txt``, ``raw/*.html`` and each sub-set's
``postings/*``) as ``tailor match`` does, compares the title and company it finds
with the set's ``meta.json`` (what a person reads in each posting), and prints,
per field, how many are right, empty and wrong; then the same with each rule
switched off in turn (:data:`tailor.posting.find_details.RULES`), so the table
shows what every rule buys and what it costs.

    python bench/posting_details.py [--set ../shared/eval] [--show] [--legacy]

``--show`` lists every posting with what was found and the verdict. ``--legacy``
reads only ``structure.of(posting).title``/``.company`` and skips the ablation, so
the script also measures a tailor from before the details record (run it on a copy
of that version's package through ``PYTHONPATH``).

How a value is compared (``meta.json`` states the organisation as a reader would
describe it, e.g. "Tufa Labs (Zurich)" or "University of Waterloo, Centre for
Theoretical Neuroscience (CNRG, …)"):

- both sides are normalised: Unicode NFKC, case folded, ``&`` read as "and",
  punctuation dropped, whitespace collapsed;
- the parts of the expected value in parentheses, and a description in lower case
  after it ("… for a hospital client"), are a reader's remarks: a value equal to the
  expected one with or without them is right (the title "Internationally Educated
  Nurse - RN - ICU" for "… - ICU (Roswell, New Mexico)");
- a company is also right when each of its comma-separated parts is a part of the
  expected name, and a legal suffix (Inc., Ltd, LLC, Corporation…) is ignored on
  both sides ("Centre for Theoretical Neuroscience, University of Waterloo");
- a title is never right by being shorter: "Postdoc Position" for "Postdoc Position
  in Large-scale Brain Modeling" is wrong.

Nothing from the set is copied into tailor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from tailor.posting import read_posting, structure

ROOT = Path(__file__).resolve().parent.parent
Verdict = str  # "right", "empty" or "wrong"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _without_remarks(text: str) -> str:
    """Without a reader's remarks: parts in parentheses, and a description in lower case after the name
    ("Flint (…) for a hospital client (…)" is Flint)."""
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    return re.sub(r"\s+(?:for|on behalf of)\s+(?:an?|the)\s+[a-z][^A-Z]*$", "", text)


_LEGAL = re.compile(r"\b(?:inc|ltd|llc|corp|corporation|gmbh|plc|co|ag|sa)\b\.?$", re.I)


def _parts(text: str) -> set[str]:
    return {norm(_LEGAL.sub("", p).strip(" ,.")) for p in _without_remarks(text).split(",") if p.strip()}


def verdict(field: str, found: str | None, expected: str) -> Verdict:
    if not found:
        return "empty"
    wanted = {norm(expected), norm(_without_remarks(expected))}
    if norm(found) in wanted or norm(_without_remarks(found)) in wanted:
        return "right"
    if field == "company" and _parts(found) <= _parts(expected) and _parts(found) - {""}:
        return "right"
    return "wrong"


def postings(folder: Path) -> list[tuple[Path, dict[str, str]]]:
    """Every posting file of the set at ``folder`` and its sub-sets, with its meta.json entry."""
    out = []
    for meta_file in sorted([folder / "meta.json", *folder.glob("*/meta.json")]):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        base = meta_file.parent
        files = sorted((base / "postings").glob("*")) + sorted((base / "raw").glob("*"))
        for path in files:
            entry = meta.get(path.name) or meta.get(path.with_suffix(".txt").name)
            if entry is not None:
                out.append((path, entry))
    return out


Finder = Callable[[Path], tuple[str | None, str | None]]


def table(rows: list[tuple[Path, dict[str, str]]], find: Finder) -> dict[str, dict[Verdict, int]]:
    counts = {f: {"right": 0, "empty": 0, "wrong": 0} for f in ("title", "company")}
    for path, expected in rows:
        title, company = find(path)
        counts["title"][verdict("title", title, expected["title"])] += 1
        counts["company"][verdict("company", company, expected["company"])] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--show", action="store_true", help="list every posting, what was found and the verdict")
    parser.add_argument("--legacy", action="store_true", help="title and company only, no ablation")
    args = parser.parse_args()
    rows = postings(args.set)
    if not rows:
        sys.exit(f"No postings with a meta.json entry under {args.set}")
    read = {path: read_posting(path) for path, _ in rows}

    def tailor_finds(path: Path) -> tuple[str | None, str | None]:
        found = structure.of(read[path])
        return found.title, found.company

    n = len(rows)
    print(f"{n} postings ({', '.join(sorted({p.suffix for p, _ in rows}))}) under {args.set}\n")
    if args.show:
        for path, expected in rows:
            found = structure.of(read[path])
            sources = (found.details.source("title"), found.details.source("company")) if not args.legacy else ("", "")
            for field, value, source in (("title", found.title, sources[0]), ("company", found.company, sources[1])):
                mark = verdict(field, value, expected[field])
                print(f"{mark:5}  {path.name[:40]:40}  {field:7}  {value!s:45.45}  {source or ''}")
        print()
    counts = table(rows, tailor_finds)
    print("| field | right | empty | wrong |")
    print("|---|---:|---:|---:|")
    for field, c in counts.items():
        print(f"| {field} | {c['right']} / {n} ({c['right'] / n:.0%}) | {c['empty']} | {c['wrong']} |")
    if args.legacy:
        return

    from tailor.posting.find_details import find_details, sources_tried

    def finder(skip: frozenset[str]) -> Finder:
        def find(path: Path) -> tuple[str | None, str | None]:
            details = find_details(read[path].text, read[path].stated, read[path].links, skip=skip)
            return details.value("title"), details.value("company")

        return find

    # Which rule answered each field, with every rule on, and whether it was right.
    answered: dict[tuple[str, str], dict[Verdict, int]] = {}
    for path, expected in rows:
        details = structure.of(read[path]).details
        for field in ("title", "company"):
            source = details.source(field)  # type: ignore[arg-type]
            if source is not None:
                mark = verdict(field, details.value(field), expected[field])  # type: ignore[arg-type]
                answered.setdefault((source, field), {"right": 0, "wrong": 0, "empty": 0})[mark] += 1

    def cell(source: str, field: str) -> str:
        c = answered.get((source, field))
        if not c:
            return "·"
        return f"{c['right']}" + (f" ({c['wrong']} wrong)" if c["wrong"] else "")

    print("\nWhat each rule contributes: how many values it gave with every rule on (right, and wrong if any),")
    print("and what switching it off alone changes (right Δ / wrong Δ; · for nothing, since later rules may")
    print("find the same value):\n")
    print("| rule | gave titles | gave companies | off: title right | off: company right | off: wrong |")
    print("|---|---:|---:|---:|---:|---:|")
    for source in sources_tried():
        if source == "given":
            continue
        off = table(rows, finder(frozenset({source})))
        delta = [off["title"]["right"] - counts["title"]["right"], off["company"]["right"] - counts["company"]["right"]]
        wrong = sum(off[f]["wrong"] - counts[f]["wrong"] for f in ("title", "company"))
        cells = [f"{d:+d}" if d else "·" for d in (*delta, wrong)]
        print(f"| {source} | {cell(source, 'title')} | {cell(source, 'company')} | {' | '.join(cells)} |")
    print("\nEvery rule off but structured data and labels (what is left without the text rules):\n")
    text_rules = frozenset(sources_tried()) - {"given", "json-ld", "microdata", "front-matter", "label"}
    bare = table(rows, finder(text_rules))
    for field, c in bare.items():
        print(f"- {field}: {c['right']} right, {c['empty']} empty, {c['wrong']} wrong")


if __name__ == "__main__":
    main()
