"""The selection manifest written beside every résumé."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import docx

from tailor import __version__, resources
from tailor.documents import templates
from tailor.documents.check import check_file
from tailor.pipeline import build
from tailor.select import DROPPED_REASONS, KEPT_REASONS
from tests.conftest import DATA

POSTING = DATA / "postings" / "distributed-training.txt"


def built_manifest(tmp_path: Path, **options: object) -> dict:
    result = build(POSTING, "example", output=tmp_path / "cv.docx", today=dt.date(2026, 1, 2), **options)
    assert result.manifest == tmp_path / "cv.manifest.json"
    return json.loads(result.manifest.read_text(encoding="utf-8"))


def test_manifest_names_inputs_with_hashes_and_options(tmp_path: Path) -> None:
    m = built_manifest(tmp_path, max_bullets=9)
    assert m["tailor_version"] == __version__ and m["date"] == "2026-01-02"
    cv = resources.default_cv()
    assert m["inputs"]["cv"] == {"path": str(cv), "sha256": hashlib.sha256(cv.read_bytes()).hexdigest()}
    assert m["inputs"]["posting"]["source"] == str(POSTING) and len(m["inputs"]["posting"]["sha256"]) == 64
    assert m["inputs"]["template"]["path"] == str(templates.resolve(None).path)
    assert m["inputs"]["options"] == {"max_bullets": 9}
    assert m["output"] == "cv.docx"


def test_manifest_records_the_title_company_and_location_and_which_were_given_by_hand(tmp_path: Path) -> None:
    posting = built_manifest(tmp_path, company="Nimbus Labs")["inputs"]["posting"]
    assert list(posting)[:3] == ["source", "sha256", "sections"]  # the keys of older manifests come first
    assert {k: posting[k] for k in ("title", "title_source", "company", "company_source", "location")} == {
        "title": "Machine Learning Engineer – Distributed Deep Learning Training",
        "title_source": "heading",
        "company": "Nimbus Labs",
        "company_source": "given",
        "location": None,
    }


def test_manifest_lists_every_bullet_in_cv_order_with_why_it_was_kept_or_dropped(tmp_path: Path, bundled_cv) -> None:
    m = built_manifest(tmp_path, max_bullets=9)
    assert [b["id"] for b in m["bullets"]] == [b.id for _, b in bundled_cv.bullets()]
    assert sum(b["kept"] for b in m["bullets"]) == 9
    for b in m["bullets"]:
        assert b["reason"] in (KEPT_REASONS if b["kept"] else DROPPED_REASONS)
    scaling = next(b for b in m["bullets"] if b["id"] == "msr-model-scaling")
    assert scaling["kept"] and scaling["rank"] <= 3 and "deepspeed" in scaling["terms"]
    assert sorted(b["rank"] for b in m["bullets"]) == list(range(1, len(m["bullets"]) + 1))


def test_manifest_positions_are_the_order_the_resume_prints_so_check_finds_them_in_order(tmp_path: Path) -> None:
    m = built_manifest(tmp_path)
    kept = sorted((b for b in m["bullets"] if b["kept"]), key=lambda b: b["position"])
    printed = [p.text for p in docx.Document(str(tmp_path / "cv.docx")).paragraphs if p.style.name == "List Bullet"]
    assert [b["text"] for b in kept] == [t for t in printed if t in {b["text"] for b in kept}]
    # Grouped under qualifiers, the printed order is not the selection's (each role best first):
    # the positions follow the page.
    roles = list(dict.fromkeys(b["entry"] for b in m["bullets"]))
    by_relevance = sorted(kept, key=lambda b: (roles.index(b["entry"]), b["rank"]))
    assert [b["id"] for b in kept] != [b["id"] for b in by_relevance]
    assert check_file(tmp_path / "cv.docx").ok


def test_manifest_carries_the_coverage_table(tmp_path: Path) -> None:
    m = built_manifest(tmp_path)
    cov = m["coverage"]
    assert "not a prediction" in cov["note"]
    assert cov["keywords"] and {k["status"] for k in cov["keywords"]} <= {"selected", "available", "absent"}
    deepspeed = next(k for k in cov["keywords"] if k["term"] == "DeepSpeed")
    assert deepspeed["status"] == "selected" and "msr-model-scaling" in deepspeed["where"]


def test_two_manifests_of_the_same_inputs_are_identical(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert built_manifest(tmp_path / "a") == built_manifest(tmp_path / "b")


def test_manifest_records_the_group_each_skill_prints_under(tmp_path: Path) -> None:
    result = build(
        DATA / "postings" / "registered-nurse.txt",
        DATA / "cvs" / "icu-nurse-grouped.yaml",
        output=tmp_path / "cv.docx",
        today=dt.date(2026, 1, 2),
    )
    skills = json.loads(result.manifest.read_text(encoding="utf-8"))["skills"]
    groups = {s["text"]: s["group"] for s in skills}
    assert (groups["telemetry"], groups["Epic"], groups["ACLS"]) == ("Clinical", "Systems & Records", "Certifications")
    (tmp_path / "flat").mkdir()
    assert {s["group"] for s in built_manifest(tmp_path / "flat")["skills"]} == {None}
