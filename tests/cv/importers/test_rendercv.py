"""Importing a RenderCV file: its free-named sections, read by what their entries hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.cv import CV
from tailor.cv.importers import clean, import_cv
from tailor.errors import CVError

RENDERCV = """\
cv:
  name: Grace Example
  location: Manchester, UK
  email: grace@example.org
  phone: "+44 20 7946 0018"
  website: https://grace.example.org
  social_networks:
    - network: GitHub
      username: grace-example
  sections:
    summary:
      - I build data platforms that teams trust.
    experience:
      - company: Fleet Data Co
        position: Senior Data Engineer
        location: Manchester, UK
        start_date: 2021-03
        end_date: present
        highlights:
          - Rebuilt the nightly loads as **streaming** pipelines in Kafka.
          - Cut the warehouse bill by a third.
      - company: Harbour Analytics Ltd
        position: Data Engineer
        start_date: 2018-06
        end_date: 2021-02
        summary: Built the ingestion service in Python.
    education:
      - institution: University of Edinburgh
        area: Data Science
        degree: MSc
        start_date: 2015-09
        end_date: 2016-09
        highlights:
          - Thesis on streaming joins.
    publications:
      - title: Faster Joins on Streams
        authors: [Grace Example, A. Colleague]
        date: 2019-06
        journal: Some Conference
    technologies:
      - label: Languages
        details: Python, SQL, Scala
      - label: Data
        details: Kafka, Airflow
    certifications:
      - name: Professional Data Engineer
        date: 2022-05
    talks:
      - name: Streams at scale
        date: 2023
design:
  theme: classic
"""


def test_every_section_is_read_by_what_its_entries_hold(tmp_path: Path) -> None:
    path = tmp_path / "Grace_Example_CV.yaml"
    path.write_text(RENDERCV, encoding="utf-8")
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert (cv.contact.name, cv.contact.phone, cv.contact.profiles) == (
        "Grace Example",
        "+44 20 7946 0018",
        ["GitHub: grace-example"],
    )
    assert [s.text for s in cv.summary] == ["I build data platforms that teams trust."]
    assert [(e.employer, e.role, e.start, e.end, [b.text for b in e.bullets]) for e in cv.experience] == [
        (
            "Fleet Data Co",
            "Senior Data Engineer",
            "2021-03",
            "present",
            ["Rebuilt the nightly loads as **streaming** pipelines in Kafka.", "Cut the warehouse bill by a third."],
        ),
        ("Harbour Analytics Ltd", "Data Engineer", "2018-06", "2021-02", ["Built the ingestion service in Python."]),
    ]
    assert [(e.degree, e.institution, e.details) for e in cv.education] == [
        ("MSc Data Science", "University of Edinburgh", ["Thesis on streaming joins."])
    ]
    assert [(p.year, p.title, p.venue) for p in cv.publications] == [
        ("2019", "Faster Joins on Streams", "Some Conference")
    ]
    assert [(s.name, s.group) for s in cv.skills] == [  # each line's label their group
        ("Python", "Languages"),
        ("SQL", "Languages"),
        ("Scala", "Languages"),
        ("Kafka", "Data"),
        ("Airflow", "Data"),
    ]
    assert [(c.name, c.date) for c in cv.certificates] == [("Professional Data Engineer", "2022-05")]
    # No field holds a paper's authors: kept as a comment, as a document's citations keep them.
    assert draft.leftovers == [
        "Authors of 'Faster Joins on Streams': Grace Example, A. Colleague",
        "talks: Streams at scale",
    ]


def test_a_skills_line_keeps_its_brackets_whole_and_a_line_of_languages_spoken_gives_languages(tmp_path: Path) -> None:
    path = tmp_path / "Priya_Example_CV.yaml"
    path.write_text(
        "cv:\n  name: Priya Example\n  sections:\n    skills:\n"
        "      - label: Methods\n"
        "        details: systematic reviews, metadata (Dublin Core, MARC, MODS), digital preservation\n"
        "      - label: Languages\n        details: English (native), Tamil (fluent), Spanish (reading)\n"
        "      - label: Programming Languages\n        details: Python, R\n"
        "    publications:\n      - title: Teaching Data Literacy\n"
        "        authors: ['**Priya Example**', Tomás Greer]\n"
        "        journal: College & Research Libraries\n        date: 2022-03\n        doi: 10.5860/crl.83.2.250\n",
        encoding="utf-8",
    )
    draft = import_cv(path)
    cv = CV.model_validate(clean(draft.data))
    assert [(s.name, s.group) for s in cv.skills] == [
        ("systematic reviews", "Methods"),
        ("metadata (Dublin Core, MARC, MODS)", "Methods"),  # a comma inside brackets parts no skills
        ("digital preservation", "Methods"),
        ("Python", "Programming Languages"),
        ("R", "Programming Languages"),
    ]
    # "Languages:" that names no skill tailor knows lists the languages its owner speaks, with how well.
    assert [(lang.name, lang.fluency) for lang in cv.languages] == [
        ("English", "native"),
        ("Tamil", "fluent"),
        ("Spanish", "reading"),
    ]
    assert draft.leftovers == [
        "Authors of 'Teaching Data Literacy': Priya Example, Tomás Greer",  # RenderCV's bold marks which is you
        "Where 'Teaching Data Literacy' is: doi:10.5860/crl.83.2.250",
    ]


def test_a_tailor_cv_given_as_a_rendercv_file_says_it_is_one_already(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text("contact:\n  name: Ada\n", encoding="utf-8")
    with pytest.raises(CVError, match="already a tailor CV"):
        import_cv(path)
