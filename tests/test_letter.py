"""Choosing a cover letter's texts for a posting: slots it can fill, relevance, budget, CV order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from tailor.cv.dates import DateStyle
from tailor.cv.model import Letter
from tailor.letter import LetterChoice, choose, slot_values
from tailor.posting.details import Detail, PostingDetails
from tailor.rank import IN_TITLE, SAID, WISHED

LETTER = Letter.model_validate(
    {
        "greetings": ["Dear {{ hiring_manager }},", "Dear {{ company }} team,", "Dear hiring team,"],
        "openings": [
            "I am applying for the {{ title }} role.",
            {"text": "Kubernetes is my trade, and {{ company }} needs it.", "tags": ["kubernetes"]},
        ],
        "paragraphs": [
            {"id": "p-gardening", "text": "I grow tomatoes."},
            {"id": "p-k8s", "text": "I ran Kubernetes clusters for five years."},
            {"id": "p-spark", "text": "I tuned Spark jobs.", "bullets": ["b-spark"]},
            {"id": "p-team", "text": "The {{ team }} team suits me.", "pin": True},
            {"id": "p-python", "text": "I write Python every day."},
        ],
        "closings": ["Thank you, {{ hiring_manager }}.", "I look forward to hearing from {{ company }}."],
        "sign_off": "Kind regards,",
    }
)
VALUES = {"company": "Acme", "title": "Platform Engineer", "date": "14 March 2025"}


def scorer(weights: dict[str, float]):
    """Scores a text by the words of ``weights`` it holds: a stand-in for the posting's scorer."""

    def score(texts: Sequence[str]) -> list[float]:
        return [round(sum(w for word, w in weights.items() if word in t.lower()), 6) for t in texts]

    return score


def pick(values=VALUES, bullet_scores=None, paragraphs=None, **weights: float) -> LetterChoice:
    return choose(LETTER, values, {}, scorer(weights), bullet_scores or {}, paragraphs=paragraphs)


def test_a_text_that_needs_what_the_posting_does_not_name_is_left_out_and_says_why() -> None:
    letter = pick(kubernetes=0.5)
    assert letter.one("greeting").text == "Dear {{ company }} team,"
    skipped = {p.id: p.reason for p in letter.skipped}
    assert skipped["greeting:1"] == "needs hiring_manager, which the posting does not name"
    assert skipped["p-team"] == "needs team, which the posting does not name"  # pinned, but it cannot be filled
    assert skipped["closing:1"] == "needs hiring_manager, which the posting does not name"
    assert letter.one("closing").id == "closing:2"


def test_a_tagged_opening_the_posting_does_not_name_yields_to_an_untagged_one_whatever_its_words() -> None:
    def said(tags: Sequence[str]) -> list[int]:
        return [0 for _ in tags]

    letter = choose(LETTER, VALUES, {}, scorer({"trade": 0.4}), {}, said=said)
    assert letter.one("opening").id == "opening:1"
    assert {p.id: p.reason for p in letter.skipped}["opening:2"] == "its tags are not the posting's"
    named = choose(LETTER, VALUES, {}, scorer({"trade": 0.4}), {}, said=lambda tags: [SAID for _ in tags])
    assert named.one("opening").id == "opening:2"
    # Without a judge of tags, a tag the scorer finds nothing of is not the posting's.
    assert pick(trade=0.4).one("opening").id == "opening:1"
    assert pick(trade=0.4, kubernetes=0.1).one("opening").id == "opening:2"


def test_an_opening_whose_tags_the_posting_names_goes_before_an_untagged_one_that_shares_more_words() -> None:
    # The author wrote it for such postings: that the general opening shares a word more ("role") with this
    # one is a coincidence of wording.
    letter = choose(
        LETTER, VALUES, {}, scorer({"role": 0.6, "kubernetes": 0.1}), {}, said=lambda tags: [SAID] * len(tags)
    )
    assert letter.one("opening").id == "opening:2" and letter.one("opening").reason == "its tags are the posting's"
    assert {p.id: p.reason for p in letter.skipped}["opening:1"] == (
        "opening:2 goes first: its tags name what the posting asks"
    )


def test_opening_and_closing_are_the_most_relevant_and_the_first_without_a_signal() -> None:
    assert pick(kubernetes=0.5).one("opening").id == "opening:2"
    assert pick().one("opening").id == "opening:1"


def test_body_keeps_the_most_relevant_within_budget_in_the_cvs_order() -> None:
    letter = pick(paragraphs=2, python=0.2, kubernetes=0.5, spark=0.1)
    assert [p.id for p in letter.body] == ["p-k8s", "p-python"]  # CV order, not score order
    reasons = {p.id: p.reason for p in letter.parts}
    assert reasons["p-gardening"] == "no evidence"
    # The reason says what the budget is and how far the paragraph fell short of it.
    assert reasons["p-spark"] == "no room: the letter holds 2 paragraphs; this one scored 0.100, below the 2 kept"


def test_a_paragraph_under_a_quarter_of_the_best_ones_score_leaves_its_place_empty() -> None:
    # A letter argues the fit: a paragraph on work the posting hardly names (0.1 beside 0.5) says nothing for it, and
    # two good paragraphs make a better letter than three. A quarter of the best is a relevant bullet's share too. Two
    # paragraphs are kept whatever they score: a body of one reads as a note.
    letter = pick(paragraphs=3, python=0.2, kubernetes=0.5, spark=0.1)
    assert [p.id for p in letter.body] == ["p-k8s", "p-python"]
    reasons = {p.id: p.reason for p in letter.parts}
    assert reasons["p-spark"] == "little evidence: it scored 0.100, under a quarter of the best paragraph's 0.500"
    kept = pick(paragraphs=3, python=0.2, kubernetes=0.5, spark=0.13)
    assert [p.id for p in kept.body] == ["p-k8s", "p-spark", "p-python"]  # a quarter or more: within budget
    assert [p.id for p in pick(paragraphs=3, kubernetes=0.5, spark=0.05).body] == ["p-k8s", "p-spark"]


def test_a_tagged_paragraph_is_for_postings_that_name_its_tags_first_and_left_out_of_the_others() -> None:
    data = LETTER.model_dump()
    data["paragraphs"] = [
        *data["paragraphs"][:3],
        data["paragraphs"][4],
        {"id": "p-spanish", "text": "I speak Spanish with patients' families.", "tags": ["spanish"]},
    ]
    letter = Letter.model_validate(data)
    weights = scorer({"python": 0.2, "kubernetes": 0.5, "spark": 0.1, "patients": 0.6})

    def chosen(named: bool) -> LetterChoice:
        return choose(
            letter, VALUES, {}, weights, {}, paragraphs=2, said=lambda tags: [SAID if named else 0] * len(tags)
        )

    # It shares "patients" with the posting, but was written for postings that ask for Spanish.
    elsewhere = chosen(False)
    assert [p.id for p in elsewhere.body] == ["p-k8s", "p-python"]
    assert {p.id: p.reason for p in elsewhere.skipped}["p-spanish"] == "its tags are not the posting's"
    asked = chosen(True)
    assert [p.id for p in asked.body] == ["p-k8s", "p-spanish"]
    assert {p.id: p.reason for p in asked.parts}["p-spanish"] == "its tags are the posting's"


def test_a_paragraph_ranks_with_the_evidence_of_the_bullets_it_speaks_for() -> None:
    letter = pick(paragraphs=1, python=0.2, spark=0.1, bullet_scores={"b-spark": 0.4})
    assert [p.id for p in letter.body] == ["p-spark"]
    assert letter.body[0].score == 0.4


def test_pinned_paragraphs_stay_within_the_budget_and_nothing_irrelevant_is_chosen() -> None:
    values = {**VALUES, "team": "Platform"}
    letter = pick(values, paragraphs=3, kubernetes=0.5)
    assert [(p.id, p.reason) for p in letter.body] == [("p-k8s", "within budget"), ("p-team", "pinned")]


def test_a_letter_whose_paragraphs_share_nothing_with_the_posting_still_has_a_body() -> None:
    assert [p.id for p in pick().body] == ["p-gardening"]


def test_the_printed_order_and_the_filled_text() -> None:
    values = {**VALUES, "hiring_manager": "Dr Okafor"}
    letter = pick(values, paragraphs=1, kubernetes=0.5)
    assert [p.kind for p in letter.printed] == ["greeting", "opening", "paragraph", "closing", "sign_off"]
    assert [p.plain(letter.values) for p in letter.printed][::2] == [
        "Dear Dr Okafor,",
        "I ran Kubernetes clusters for five years.",
        "Kind regards,",
    ]


def test_page_fitting_leaves_a_paragraph_out_with_its_reason() -> None:
    letter = pick(paragraphs=2, python=0.2, kubernetes=0.5).without("p-python")
    assert [p.id for p in letter.body] == ["p-k8s"]
    assert {p.id: p.reason for p in letter.skipped}["p-python"] == "page fit"


def test_slots_are_filled_from_the_postings_details_and_the_day() -> None:
    details = PostingDetails(
        title=Detail("Data Engineer", "label"), company=Detail("Acme", "json-ld"), team=Detail("Data", "label")
    )
    values, sources = slot_values(details, dt.date(2025, 3, 4))
    assert values == {"date": "4 March 2025", "company": "Acme", "title": "Data Engineer", "team": "Data"}
    assert sources == {"date": "today", "company": "json-ld", "title": "label", "team": "label"}


def test_a_letter_names_the_postings_company_without_its_legal_form_and_one_set_by_hand_as_given() -> None:
    found = PostingDetails(company=Detail("Hartwell Foods, Inc.", "board-header"))
    assert slot_values(found, dt.date(2025, 3, 4))[0]["company"] == "Hartwell Foods"
    given = PostingDetails(company=Detail("Hartwell Foods, Inc.", "given"))
    assert slot_values(given, dt.date(2025, 3, 4))[0]["company"] == "Hartwell Foods, Inc."


@pytest.mark.parametrize(
    ("company", "named"),
    [
        ("Halvorsen Petroleum Corporation", "Halvorsen Petroleum"),
        ("Brightway Media Limited", "Brightway Media"),
        ("Corvid Incorporated", "Corvid"),
        ("The Lindqvist Company", "The Lindqvist Company"),  # called so whole
        ("Corporation", "Corporation"),  # nothing else: the name whole
    ],
)
def test_a_letter_names_the_company_without_its_legal_form_written_in_full(company: str, named: str) -> None:
    # "Dear Halvorsen Petroleum hiring team," as a person writes it, not "… Petroleum Corporation hiring team,".
    found = PostingDetails(company=Detail(company, "board-header"))
    assert slot_values(found, dt.date(2025, 3, 4))[0]["company"] == named


@pytest.mark.parametrize(
    ("company", "named"),
    [
        ("Dennison Kreider & Hale, P.C.", "Dennison Kreider & Hale"),
        ("Ortiz & Reyes, P.A.", "Ortiz & Reyes"),
        ("Harmon Law PLLC", "Harmon Law"),
        ("Ballard Whitcomb LLP", "Ballard Whitcomb"),
        ("Keystone Staffing of Philadelphia, PA", "Keystone Staffing of Philadelphia, PA"),  # a state, no form
    ],
)
def test_a_us_professional_firms_legal_form_is_left_out_as_a_companys_is(company: str, named: str) -> None:
    found = PostingDetails(company=Detail(company, "board-header"))
    assert slot_values(found, dt.date(2025, 3, 4))[0]["company"] == named


def test_the_date_slot_prints_as_the_letter_template_says() -> None:
    american = DateStyle(day_format="MMMM D, YYYY")
    assert slot_values(PostingDetails(), dt.date(2025, 12, 5), american)[0] == {"date": "December 5, 2025"}
    numeric = DateStyle(day_format="DD/MM/YYYY")
    assert slot_values(PostingDetails(), dt.date(2025, 3, 4), numeric)[0]["date"] == "04/03/2025"


def test_a_budget_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        pick(paragraphs=0)


def test_a_letter_without_a_part_its_material_has_says_which_slot_it_lacks_and_how_to_give_it() -> None:
    letter = pick(values={"date": "14 March 2025"}, kubernetes=0.5)  # no company, title or hiring manager
    assert letter.one("closing") is None
    (closing,) = [w for w in letter.lacking if "no closing" in w]
    assert "each of yours needs company and hiring_manager" in closing
    assert "Pass --company and --hiring-manager" in closing
    assert not any("no greeting" in w for w in letter.lacking)  # "Dear hiring team," needs nothing
    assert pick(kubernetes=0.5).lacking == []


def test_an_opening_whose_tags_the_job_title_says_goes_before_one_whose_tags_only_its_other_words_say() -> None:
    letter = Letter.model_validate(
        {
            "openings": [
                {"text": "Cloud detection is my recent work.", "tags": ["cloud security"]},
                {"text": "I have run a night shift of analysts for four years.", "tags": ["security operations"]},
            ],
            "paragraphs": [
                {"id": "p-cloud", "text": "I wrote cloud detections.", "tags": ["cloud security"]},
                {"id": "p-shift", "text": "I built a shift rota.", "tags": ["security operations"]},
            ],
        }
    )
    # A "Manager, Security Operations" posting that also asks for cloud security: the title is what the job is.
    where = {"cloud security": SAID, "security operations": IN_TITLE}
    chosen = choose(
        letter,
        VALUES,
        {},
        scorer({"cloud": 0.6, "shift": 0.1}),
        {},
        paragraphs=1,
        said=lambda tags: [where[t] for t in tags],
    )
    assert chosen.one("opening").text.startswith("I have run")
    assert {p.id: p.reason for p in chosen.skipped}["opening:1"] == (
        "opening:2 goes first: its tags name the job title's work"
    )
    assert [p.id for p in chosen.body] == ["p-shift"]


def test_a_paragraph_whose_tags_only_a_nice_to_have_says_competes_by_its_score() -> None:
    letter = Letter.model_validate(
        {
            "paragraphs": [
                {"id": "p-travel", "text": "I plan seventy trips a year for two executives."},
                {"id": "p-spanish", "text": "I speak conversational Spanish.", "tags": ["spanish"]},
            ]
        }
    )
    weights = scorer({"trips": 0.3, "spanish": 0.05})

    def chosen(level: int) -> LetterChoice:
        return choose(letter, VALUES, {}, weights, {}, paragraphs=1, said=lambda tags: [level] * len(tags))

    # "Spanish is a plus": no reason to put it before the executive support the job is.
    wished = chosen(WISHED)
    assert [p.id for p in wished.body] == ["p-travel"]
    assert {p.id: p.reason for p in wished.skipped}["p-spanish"] == (
        "no room: the letter holds 1 paragraph; this one scored 0.050, below the 1 kept"
    )
    # Asked for among the requirements, it goes first, and the reason says why the better one is out.
    asked = chosen(SAID)
    assert [p.id for p in asked.body] == ["p-spanish"]
    assert {p.id: p.reason for p in asked.skipped}["p-travel"] == (
        "no room: the letter holds 1 paragraph, pinned ones and those whose tags the posting asks for first; "
        "this one scored 0.300"
    )
