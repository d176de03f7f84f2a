#!/usr/bin/env python3
"""Keep the private labelled sets' grades in the repository, without their text.

The private sets of ``labelling.md`` are other people's CVs and postings: their text is not
shipped, and a new machine does not have ``/work/evalsets/``. Their grades are tailor's own
work, and the most costly part of a set to build (two graders' passes over 8 postings). This
script keeps, for each set, one JSON file in ``bench/evalsets/`` that holds no text of the CV
or postings:

- where the CV and each posting come from (repository, path, commit; ``sources.json``);
- each posting's SHA-256, its category, its title and company (``meta.json``), and, where the
  posting is a run of bytes of its source file, where that run starts and ends;
- each grade, keyed by a hash of the graded item's text (whitespace collapsed, lowercased, as
  ``score.py`` compares items), so a CV transcribed again by the procedure of
  ``labelling.md`` gets its grades back where its bullets are verbatim;
- the transcribed CV as a *spelling*: ``cv.resume.json`` with each string replaced by the runs
  of its source files it is made of (file, start, end; a character no source has, by its code
  point), so ``restore`` writes the same CV again from a mirror of its source, with no
  transcription, while the repository holds positions, not words.

    python bench/evalsets.py save /work/evalsets/<set>            # writes bench/evalsets/<set>.json
    python bench/evalsets.py restore bench/evalsets/<set>.json     # writes /work/evalsets/<set>/ again

``restore`` takes each posting from a mirror of its repository (``--mirrors``, default
``/work/.mirror``: ``<owner>+<name>/repo``, a git directory as the workplace's ``fetch`` makes
it) and checks its hash; it writes ``cv.resume.json`` from its spelling where the CV's mirror is
there (else the CV must be transcribed again), then ``labels.json`` for the items whose hash it
knows, and ``sources.json``, so a restored set can be saved again. It says what it could not
restore: a posting whose mirror is missing, an item the grades do not know.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STORE = HERE / "evalsets"
SETS = Path("/work/evalsets")
MIRRORS = Path("/work/.mirror")


def item_key(text: str) -> str:
    """The key of a graded item: a hash of its text as ``score.py`` compares it."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().lower().encode("utf-8")).hexdigest()[:16]


def items_of(cv: dict) -> list[str]:
    """The graded items of a JSON Resume CV in order: work highlights, then publications (as ``score.py``)."""
    bullets = [h for w in cv.get("work", []) for h in w.get("highlights", [])]
    return bullets + [p.get("name", "") for p in cv.get("publications", [])]


def source_bytes(source: dict, mirrors: Path) -> bytes | None:
    """The file ``source`` names, from a mirror of its repository, or None where there is none."""
    git = mirrors / source["repo"].replace("/", "+") / "repo"
    if not git.is_dir() or not source.get("commit"):
        return None
    shown = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{source['commit']}:{source['path']}"], capture_output=True
    )
    return shown.stdout if shown.returncode == 0 else None


def cv_sources(cv: dict, mirrors: Path) -> list[str] | None:
    """The text of the CV's source files (``path``, then ``also``) at its commit, or None where one is missing."""
    texts = []
    for path in [cv["path"], *cv.get("also", [])]:
        data = source_bytes({**cv, "path": path}, mirrors)
        if data is None:
            return None
        texts.append(data.decode("utf-8", errors="replace"))
    return texts


def spell(text: str, sources: list[str]) -> list:
    """``text`` as runs of ``sources``, each the longest that goes on from where the last ended: ``[file,
    start, end]``, or a character's code point where no source has it."""
    out: list = []
    i = 0
    while i < len(text):
        best = None
        for f, source in enumerate(sources):
            if text[i] not in source:
                continue
            lo, hi = 1, len(text) - i  # text[i:i+lo] is in source; find the longest such length
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if text[i : i + mid] in source:
                    lo = mid
                else:
                    hi = mid - 1
            if best is None or lo > best[2] - best[1]:
                start = source.find(text[i : i + lo])
                best = [f, start, start + lo]
        if best is None:
            out.append(ord(text[i]))
            i += 1
        else:
            out.append(best)
            i += best[2] - best[1]
    return out


def unspell(runs: list, sources: list[str]) -> str:
    """The text :func:`spell` spelt."""
    return "".join(chr(r) if isinstance(r, int) else sources[r[0]][r[1] : r[2]] for r in runs)


def spelt(value: Any, sources: list[str]) -> Any:
    """``value`` (a JSON document) with each string replaced by ``{"$": spell(string)}``."""
    if isinstance(value, str):
        return {"$": spell(value, sources)}
    if isinstance(value, list):
        return [spelt(v, sources) for v in value]
    if isinstance(value, dict):
        return {k: spelt(v, sources) for k, v in value.items()}
    return value


def unspelt(value: Any, sources: list[str]) -> Any:
    """The JSON document :func:`spelt` spelt."""
    if isinstance(value, dict):
        if set(value) == {"$"}:
            return unspell(value["$"], sources)
        return {k: unspelt(v, sources) for k, v in value.items()}
    if isinstance(value, list):
        return [unspelt(v, sources) for v in value]
    return value


def save(folder: Path, mirrors: Path) -> Path:
    """Write ``bench/evalsets/<set>.json`` for the set in ``folder``; return its path."""
    sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    cv = json.loads((folder / "cv.resume.json").read_text(encoding="utf-8"))
    postings = {}
    for name, entry in sorted(labels.items()):
        data = (folder / "postings" / name).read_bytes()
        source = sources["postings"].get(name, {})
        whole = source_bytes(source, mirrors) if source else None
        at = whole.find(data) if whole is not None else -1
        postings[name] = {
            **{k: source.get(k, "") for k in ("repo", "path", "commit")},
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": [at, at + len(data)] if at >= 0 else None,
            "category": entry["category"],
            **{k: meta.get(name, {}).get(k, "") for k in ("title", "company")},
            "grades": {item_key(t): g for t, g in entry["grades"].items()},
        }
    kept_cv = {k: sources["cv"][k] for k in ("repo", "path", "commit", "also") if sources["cv"].get(k)}
    kept = {"set": folder.name, "cv": {**kept_cv, "items": len(items_of(cv))}, "postings": postings}
    texts = cv_sources(kept_cv, mirrors)
    if texts is not None:
        kept["cv"]["spelling"] = spelt(cv, texts)
        assert unspelt(kept["cv"]["spelling"], texts) == cv
    else:
        print(f"no mirror of {kept_cv.get('repo')}: the CV is kept unspelt and must be transcribed to restore it")
    STORE.mkdir(exist_ok=True)
    out = STORE / f"{folder.name}.json"
    out.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def restore(kept_path: Path, folder: Path, mirrors: Path) -> list[str]:
    """Write the set of ``kept_path`` into ``folder`` as far as the mirrors and a transcribed CV allow;
    return what is still missing."""
    kept = json.loads(kept_path.read_text(encoding="utf-8"))
    missing = []
    (folder / "postings").mkdir(parents=True, exist_ok=True)
    for name, p in kept["postings"].items():
        target = folder / "postings" / name
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == p["sha256"]:
            continue
        whole = source_bytes(p, mirrors)
        data = whole[p["bytes"][0] : p["bytes"][1]] if whole is not None and p["bytes"] else None
        if data is not None and hashlib.sha256(data).hexdigest() == p["sha256"]:
            target.write_bytes(data)
        else:
            missing.append(f"posting {name}: copy it verbatim from {p['repo']} {p['path']} at {p['commit'] or '?'}")
    meta = {n: {"title": p["title"], "company": p["company"]} for n, p in kept["postings"].items()}
    (folder / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sources = {
        "cv": {k: v for k, v in kept["cv"].items() if k in ("repo", "path", "commit", "also")},
        "postings": {n: {k: p[k] for k in ("repo", "path", "commit")} for n, p in kept["postings"].items()},
    }
    (folder / "sources.json").write_text(json.dumps(sources, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    cv_path = folder / "cv.resume.json"
    texts = cv_sources(kept["cv"], mirrors) if "spelling" in kept["cv"] and not cv_path.is_file() else None
    if texts is not None:
        cv_text = json.dumps(unspelt(kept["cv"]["spelling"], texts), indent=2, ensure_ascii=False)
        cv_path.write_text(cv_text + "\n", encoding="utf-8")
    if not cv_path.is_file():
        cv = kept["cv"]
        where = f"{cv['repo']} {cv['path']} at {cv['commit']}"
        return [*missing, f"cv.resume.json: transcribe it (labelling.md) from {where}"]
    items = items_of(json.loads(cv_path.read_text(encoding="utf-8")))
    labels = {}
    for name, p in kept["postings"].items():
        grades = {t: p["grades"][item_key(t)] for t in items if item_key(t) in p["grades"]}
        labels[name] = {"category": p["category"], "grades": grades}
    unknown = [t for t in items if all(item_key(t) not in p["grades"] for p in kept["postings"].values())]
    missing += [f"item not graded (not verbatim?): {t[:70]}" for t in unknown]
    if len(items) != kept["cv"]["items"]:
        missing.append(f"cv.resume.json has {len(items)} items, the graded CV had {kept['cv']['items']}")
    (folder / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["save", "restore"])
    parser.add_argument("path", type=Path, help="save: a set's folder; restore: its bench/evalsets/<set>.json")
    parser.add_argument("--into", type=Path, help="restore: the set's folder (default /work/evalsets/<set>)")
    parser.add_argument("--mirrors", type=Path, default=MIRRORS)
    args = parser.parse_args()
    if args.command == "save":
        print(f"wrote {save(args.path, args.mirrors)}")
        return 0
    folder = args.into or SETS / args.path.stem
    missing = restore(args.path, folder, args.mirrors)
    print(f"restored {folder}" + ("" if not missing else ": still missing\n  " + "\n  ".join(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
