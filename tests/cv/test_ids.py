"""Ids made from names: tailor/cv/ids.py."""

from __future__ import annotations

from tailor.cv.ids import entry_id, slug, unique, with_ids


def test_a_long_name_is_cut_after_a_whole_word_not_inside_one() -> None:
    assert slug("Oregon Department of Human Services, Child Welfare") == "oregon-department-of-human-services"
    assert slug("Sketch of the Analytical Engine, with Notes", 24) == "sketch-of-the-analytical"


def test_a_name_without_a_word_end_in_its_second_half_is_cut_at_the_limit() -> None:
    assert slug("Donaudampfschifffahrtsgesellschaftskapitänswitwe") == "donaudampfschifffahrtsgesellschaftskapit"
    assert slug("École Polytechnique (EPFL)") == "ecole-polytechnique-epfl"


def test_a_taken_id_gets_a_number() -> None:
    taken: set[str] = set()
    assert [unique("acme", taken) for _ in range(3)] == ["acme", "acme-2", "acme-3"]


def test_an_entry_whose_name_is_taken_takes_its_other_name_then_a_number() -> None:
    taken = {"acme", "acme-1", "acme-2"}  # a first role at Acme and its two bullets
    assert entry_id("Acme", "Designer", "role-2", taken) == "acme-designer"
    assert entry_id("Acme", "Designer", "role-3", taken) == "acme-designer-2"
    assert entry_id("", "Designer", "role-4", taken) == "role-4"


def test_a_dash_or_sign_without_an_ascii_letter_parts_words_in_a_slug() -> None:
    assert slug("University of Oregon–Eastgate") == "university-of-oregon-eastgate"
    assert slug("Research · Development") == "research-development"
    assert slug("École Polytechnique") == "ecole-polytechnique"  # an accent still falls away


# A CV written by hand may leave out its ids: tailor derives them (with_ids) as `tailor init` names them.


def test_a_cv_without_ids_names_each_item_as_init_would() -> None:
    data = with_ids(
        {
            "experience": [
                {
                    "employer": "Oak Grove Elementary School",
                    "role": "Fourth Grade Teacher",
                    "bullets": ["Taught.", "Led."],
                },
                {"employer": "Oak Grove Elementary School", "role": "Student Teacher", "bullets": ["Co-taught."]},
                {"role": "Freelance Translator", "bullets": [{"text": "Translated.", "pin": True}]},
                {"employer": "東京", "role": "通訳"},  # no letter a slug keeps: named by its place
            ],
            "publications": [
                {"year": "May 2021", "title": "Reading Growth in Mixed-Ability Classrooms"},
                {"title": "Notes"},
            ],
            "letter": {"paragraphs": [{"text": "At Oak Grove I taught."}, {"text": "I would enjoy it."}]},
        }
    )
    roles = data["experience"]
    assert [r["id"] for r in roles] == [
        "oak-grove-elementary-school",
        "oak-grove-elementary-school-student-teacher",  # a second role there takes its title
        "freelance-translator",  # no employer: its title
        "role-4",
    ]
    assert roles[0]["bullets"] == [
        {"id": "oak-grove-elementary-school-1", "text": "Taught."},  # a text alone is the bullet's text
        {"id": "oak-grove-elementary-school-2", "text": "Led."},
    ]
    assert roles[2]["bullets"] == [{"id": "freelance-translator-1", "text": "Translated.", "pin": True}]
    assert [p["id"] for p in data["publications"]] == ["pub-2021-reading-growth-in-mixed", "pub-notes"]
    assert [p["id"] for p in data["letter"]["paragraphs"]] == ["letter-1", "letter-2"]


def test_an_id_the_cv_writes_wins_and_names_its_roles_bullets() -> None:
    data = with_ids(
        {
            "experience": [
                {
                    "id": "clinic",
                    "employer": "Lakeside Dental Group",
                    "bullets": ["Cleaned teeth.", {"id": "x-rays", "text": "Took X-rays."}],
                },
                {"id": "Smile Bright!", "employer": "Smile Bright", "bullets": ["Sterilised instruments."]},
            ],
            "publications": [{"id": "my-poster", "title": "Fluoride Varnish Uptake", "year": 2020}],
        }
    )
    first, second = data["experience"]
    assert first["id"] == "clinic" and [b["id"] for b in first["bullets"]] == ["clinic-1", "x-rays"]
    # A written id that is no id stays, for the model to refuse where it stands; its bullets take its slug, so that
    # one mistake is one error.
    assert second["id"] == "Smile Bright!" and second["bullets"][0]["id"] == "smile-bright-1"
    assert data["publications"][0]["id"] == "my-poster"


def test_a_derived_id_never_takes_one_written_anywhere_in_the_cv() -> None:
    # The second role's written ids are the first role's derived ones, and a publication took the name its role
    # would have: each derived id is made unique instead, so the CV the user wrote has no error they did not make.
    data = with_ids(
        {
            "experience": [
                {"employer": "Harbor Freight Logistics", "bullets": ["Routed trucks.", "Cut fuel costs."]},
                {
                    "id": "depot",
                    "employer": "Depot Co",
                    "bullets": [{"id": "harbor-freight-logistics-1", "text": "Loaded trailers."}],
                },
            ],
            "letter": {"paragraphs": [{"id": "letter-2", "text": "Hello."}, {"text": "Goodbye."}]},
        }
    )
    first = data["experience"][0]
    assert first["id"] == "harbor-freight-logistics"
    assert [b["id"] for b in first["bullets"]] == ["harbor-freight-logistics-1-2", "harbor-freight-logistics-2"]
    assert [p["id"] for p in data["letter"]["paragraphs"]] == ["letter-2", "letter-2-2"]


def test_two_written_ids_that_are_one_are_left_for_the_model_to_refuse() -> None:
    data = with_ids({"experience": [{"id": "ward", "bullets": [{"id": "ward"}]}, {"id": "ward"}]})
    assert [data["experience"][0]["id"], data["experience"][0]["bullets"][0]["id"], data["experience"][1]["id"]] == [
        "ward",
        "ward",
        "ward",
    ]


def test_what_is_malformed_is_left_as_written() -> None:
    assert with_ids(["not", "a", "cv"]) == ["not", "a", "cv"]
    data = {"experience": "none", "publications": [None, "A title alone"], "letter": {"paragraphs": None}}
    assert with_ids(data) == data
    assert with_ids({"experience": [None, {"employer": "Acme", "bullets": [None, True]}]})["experience"] == [
        None,
        {"employer": "Acme", "id": "acme", "bullets": [None, True]},
    ]
