"""Teaching licences (:mod:`tailor.teaching_licences`): a posting's teaching licence is for the subject it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.credential_kinds import lacking
from tailor.pipeline import match
from tailor.teaching_licences import TEACHING_LICENCES, subjects

TEACHER = """contact: {name: Odalys Ferreira, email: odalys@example.org}
experience:
  - id: cedar
    employer: Cedar Hollow High School
    role: Earth Science Teacher
    start: 2017
    bullets:
      - {id: c1, text: Teach Earth Science and Physics to 120 students in grades 9-12 with inquiry-based labs.}
      - {id: c2, text: Wrote IEP accommodations into every lab with the special education team.}
      - {id: c3, text: Led the science department's data meetings on unit assessments and reading interventions.}
      - {id: c4, text: Taught small-group reading interventions to students with disabilities.}
certificates:
  - name: Vermont Professional Educator License, Earth Science (7-12)
  - name: Vermont Professional Educator License, Physics (7-12)
"""

POSTING = (
    "Special Education Teacher\n\nResponsibilities\n- Write IEPs and teach reading interventions to students with "
    "disabilities in small groups.\n- Lead data meetings on student assessments.\n\n"
    "Requirements\n- {asked}\n- Experience writing IEPs\n"
)


def matched(tmp_path: Path, asked: str) -> object:
    (tmp_path / "cv.yaml").write_text(TEACHER, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING.format(asked=asked), encoding="utf-8")
    return match(tmp_path / "posting.txt", tmp_path / "cv.yaml")


def test_a_teaching_licence_required_in_a_subject_the_cvs_licences_name_none_of_is_warned_of_and_caps_the_fit(
    tmp_path: Path,
) -> None:
    made = matched(tmp_path, "Vermont educator license in Special Education (K-8) required")
    warned = [w for w in made.warnings if "teaching licence in Special Education (K-8)" in w]
    assert len(warned) == 1 and "licences in Earth Science (7-12) and Physics (7-12) only" in warned[0]
    assert made.licence_lacking
    assert "requires a licence in Special Education (K-8)" in made.flags
    assert made.ranking.label != "strong"


@pytest.mark.parametrize(
    "asked",
    [
        "Vermont educator license in Earth Science (7-12) required",  # the subject the CV holds
        "License in Special Education (K-8) or Physics (7-12) required",  # one of those offered
        "License in Physics or General Science (grades 7-12) required",  # one of those sharing their grades
        "License in Special Education (K-8) or eligible for licensure",  # may still be got
        "Special Education (K-8) license preferred",  # a plus
        "Vermont educator license required",  # no subject named
    ],
)
def test_a_teaching_licence_in_a_subject_the_cv_holds_or_none_named_or_not_required_is_no_warning(
    tmp_path: Path, asked: str
) -> None:
    made = matched(tmp_path, asked)
    assert not [w for w in made.warnings if "teaching licence in" in w]
    assert not made.licence_lacking


def test_a_licences_subject_is_the_words_before_its_grades_back_to_the_word_that_opens_them() -> None:
    assert subjects("State license in Elementary (1-6) or Mathematics (5-8) required") == {
        "elementary": "Elementary (1-6)",
        "mathematics": "Mathematics (5-8)",
    }
    assert subjects("Initial Teacher License, Chemistry (8–12), #041")["chemistry"] == "Chemistry (8–12)"
    assert subjects("Educator Certificate in Science Grades 7-12") == {"science": "Science Grades 7-12"}
    assert subjects("NYS Initial Certification – Biology 7-12") == {"biology": "Biology 7-12"}


def test_a_span_of_time_or_a_line_that_names_no_licence_has_no_subject() -> None:
    assert subjects("RN license with 3-5 years of experience") == {}
    assert subjects("Teach Biology (9-12) and AP Biology") == {}


def test_a_cv_whose_licences_name_no_subject_says_nothing_of_the_subject_asked() -> None:
    assert lacking(TEACHING_LICENCES, ["License in Biology (8-12) required"], ["Teaching License, Vermont"]) is None


def test_the_cvs_licence_in_the_subject_asked_is_kept_last_by_page_fitting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The posting asks the licence in words that make no keyword; the licence in that subject is still the line a
    # principal reads first, so page fitting keeps it as a credential that certifies the job, not one of no use.
    from tailor import documents, pipeline

    made = matched(tmp_path, "Vermont AOE license in Earth Science (7-12) required")
    assert made.teaching_licences_asked() == {"certificate:1"}
    asked: dict[str, object] = {}

    def make(*args: object, **kwargs: object) -> object:
        asked.update(kwargs)
        raise RuntimeError("stop before rendering")

    monkeypatch.setattr(documents, "make", make)
    with pytest.raises(RuntimeError):
        pipeline.build(tmp_path / "posting.txt", tmp_path / "cv.yaml", output=tmp_path / "r.docx", pages=1)
    assert "certificate:1" in asked["required"] and "certificate:2" not in asked["required"]
