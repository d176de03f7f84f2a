"""Specifications for tailor.pipeline beyond the steps it calls: which CV, and which of its headlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tailor import manifest, pipeline

CV_YAML = """\
contact: {name: Grace Example, email: grace@example.org}
headline:
  - text: Data engineer who builds reliable pipelines
    tags: [kafka, streaming]
  - text: Analytics engineer
    tags: [dbt, dashboards, looker]
summary:
  - Builds data platforms.
experience:
  - id: fleet
    employer: Fleet Data Co
    role: Data Engineer
    start: 2021-03
    bullets:
      - {id: fleet-kafka, text: Built streaming pipelines in Kafka.}
      - {id: fleet-dbt, text: Modelled the warehouse in dbt for the dashboards.}
"""
POSTING = "# Analytics Engineer\n\n## Requirements\n\n- dbt models behind Looker dashboards\n- SQL\n"


def write(tmp_path: Path) -> tuple[Path, Path]:
    cv, posting = tmp_path / "cv.yaml", tmp_path / "posting.md"
    cv.write_text(CV_YAML, encoding="utf-8")
    posting.write_text(POSTING, encoding="utf-8")
    return cv, posting


def test_the_headline_most_relevant_to_the_posting_is_chosen_by_its_text_and_tags(tmp_path: Path) -> None:
    cv, posting = write(tmp_path)
    result = pipeline.match(posting, cv)
    assert result.headline is not None and result.summary is not None
    assert (result.headline.text, result.headline.index, result.headline.of) == ("Analytics engineer", 1, 2)
    assert result.headline.score > 0
    assert (result.summary.text, result.summary.of, result.summary.score) == ("Builds data platforms.", 1, 0.0)


def test_a_build_prints_the_chosen_headline_and_records_the_choice(tmp_path: Path) -> None:
    import docx

    cv, posting = write(tmp_path)
    posting.write_text(POSTING.replace("# Analytics Engineer\n\n", ""), encoding="utf-8")  # a posting without a title
    built = pipeline.build(posting, cv, output=tmp_path / "out.docx", today=dt.date(2026, 1, 2))
    document = docx.Document(str(built.output))
    assert [p.text for p in document.paragraphs][:2] == ["Grace Example", "Analytics engineer"]
    assert document.core_properties.title == "Grace Example — Analytics engineer"
    record = manifest.read(built.manifest)
    assert record.headline is not None and (record.headline.text, record.headline.of) == ("Analytics engineer", 2)
    assert record.summary is not None and record.summary.text == "Builds data platforms."


def test_a_cv_without_a_headline_records_none(tmp_path: Path) -> None:
    cv, posting = write(tmp_path)
    cv.write_text(CV_YAML.split("headline:")[0] + "experience:" + CV_YAML.split("experience:")[1], encoding="utf-8")
    built = pipeline.build(posting, cv, output=tmp_path / "out.docx")
    assert built.match.headline is None and built.match.summary is None
    assert '"headline"' not in built.manifest.read_text(encoding="utf-8")
