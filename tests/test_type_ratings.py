"""Aircraft type ratings (:mod:`tailor.type_ratings`): a posting's type rating is for the aircraft it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor.credential_kinds import lacking
from tailor.pipeline import match
from tailor.type_ratings import TYPE_RATINGS, designators

PILOT = """contact: {name: Tomasz Reyes, email: tomasz@example.org}
summary: "First Officer with 5,200 hours. Type rated in the B737 and E175."
experience:
  - id: harbor
    employer: Harbor Air
    role: First Officer
    start: 2019
    bullets:
      - {id: h1, text: "Flew 2,900 hours as SIC on the Boeing 737-800 in Part 121 scheduled service."}
      - {id: h2, text: Flew RNAV approaches and oceanic crossings; briefed CRM and threat and error management.}
  - id: lakes
    employer: Lakes Regional
    role: First Officer
    start: 2016
    end: 2019
    bullets:
      - {id: l1, text: Flew the E175 on regional routes; completed the ERJ-170 type rating in 2016.}
certificates:
  - name: FAA Airline Transport Pilot – Airplane Multi-Engine Land
  - name: "Type Ratings: B-737, ERJ-170"
  - name: FAA First-Class Medical
"""

POSTING = (
    "Corporate Pilot\n\nResponsibilities\n- Fly domestic and international trips as SIC and PIC.\n"
    "- Fly RNAV approaches and oceanic crossings using CRM and threat and error management.\n\n"
    "Requirements\n- ATP certificate and a first-class medical\n- {asked}\n- 3,500 hours total time\n"
)


def matched(tmp_path: Path, asked: str) -> object:
    (tmp_path / "cv.yaml").write_text(PILOT, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING.format(asked=asked), encoding="utf-8")
    return match(tmp_path / "posting.txt", tmp_path / "cv.yaml")


def test_a_type_rating_required_for_an_aircraft_the_cv_holds_none_for_is_warned_of_and_keeps_the_fit_partial(
    tmp_path: Path,
) -> None:
    made = matched(tmp_path, "Gulfstream G-VI (G650) type rating required")
    warned = [w for w in made.warnings if "type rating for the G650" in w]
    assert len(warned) == 1 and "type ratings for the B-737, ERJ-170 and E175 only" in warned[0]
    assert made.licence_lacking
    assert "requires a G650 type rating" in made.flags
    assert made.ranking.label != "strong"
    # Its keyword is shown, as the CV says "type rating", and not met: held for other aircraft.
    (rating,) = [k for k in made.coverage.required if k.keyword.term == "type rating"]
    assert rating.status == "selected" and not rating.met
    assert rating.held_for == "B-737, ERJ-170 and E175"


@pytest.mark.parametrize(
    "asked",
    [
        "B737 type rating required",  # the same type, its letters written otherwise
        "Boeing 737 type rating required",  # no designator: no type named
        "Gulfstream G650 type rating preferred",  # a plus
        "Type rating required; we will type rate you in the G650",  # the employer gives it
    ],
)
def test_a_type_rating_for_a_type_the_cv_holds_or_none_named_or_one_not_required_is_no_warning(
    tmp_path: Path, asked: str
) -> None:
    made = matched(tmp_path, asked)
    assert not [w for w in made.warnings if "type rating for the" in w]
    assert not made.licence_lacking
    assert not any(k.held_for for k in made.coverage.keywords)


def test_designators_are_letters_and_a_number_never_a_figure_or_a_rule() -> None:
    assert designators("A-320, CL-65, B737-800 and DHC-8; 1,500 hours under Part 121") == {
        "320": "A-320",
        "65": "CL-65",
        "737": "B737-800",
        "8": "DHC-8",
    }


def test_a_cv_that_names_no_type_rated_says_nothing_of_the_type_asked() -> None:
    assert lacking(TYPE_RATINGS, ["G650 type rating required"], ["Flew the A320 for six years."]) is None
