"""Rows that are the same job: one per city, one per board, reposted with an edit."""

from __future__ import annotations

import re

import pytest

from tailor.posting.duplicates import NEARLY_THE_SAME, SKETCH, Jobs, fingerprint, job_key, similarity
from tests.conftest import DATA

BASE = (DATA / "postings" / "blurb-heavy-hpc.md").read_text(encoding="utf-8")
OTHER = (DATA / "postings" / "data-engineer.md").read_text(encoding="utf-8")


def words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z\u00c0-\uffff]+", text.lower())


def jaccard(a: str, b: str) -> float:
    """The exact Jaccard similarity of two texts' word 5-shingles."""
    x, y = (set(zip(*(w[i:] for i in range(5)), strict=False)) for w in (words(a), words(b)))
    return len(x & y) / len(x | y)


def in_city(text: str, city: str) -> str:
    return text + f"\nYou will join the team in {city}, three days a week in the office.\n"


def test_the_company_and_title_are_compared_without_case_punctuation_or_legal_form() -> None:
    assert (
        job_key("Acme, Inc.", "Senior Data Engineer")
        == job_key("ACME", "senior data-engineer")
        == "acme|senior data engineer"
    )
    assert job_key("Acme GmbH", "Engineer") != job_key("Acme", "Senior Engineer")
    assert job_key("", "Engineer") is None and job_key("Acme", None) is None


def test_the_same_posting_in_two_cities_is_the_same_text() -> None:
    berlin = fingerprint(in_city(BASE, "Berlin"), ["Berlin, Germany"])
    lisbon = fingerprint(in_city(BASE, "Lisbon"), ["Lisbon"])
    assert berlin.exact == lisbon.exact and similarity(berlin, lisbon) == 1.0
    # Without its location the line that names the city is kept, and the texts differ.
    assert fingerprint(in_city(BASE, "Berlin")).exact != fingerprint(in_city(BASE, "Lisbon")).exact


def test_a_place_of_several_words_leaves_out_its_lines_too() -> None:
    york = fingerprint(in_city(BASE, "New York"), ["New York, NY"])
    paris = fingerprint(in_city(BASE, "Paris"), ["Paris"])
    assert york.exact == paris.exact
    # "New" alone is no place: a line with "new" in it stays.
    assert fingerprint(BASE + "\nWe build new things.\n", ["New York"]).exact != fingerprint(BASE, ["New York"]).exact


def test_markup_whitespace_and_boilerplate_do_not_count() -> None:
    markdown = BASE
    html = "<div>" + "".join(f"<p>{line}</p>" for line in re.sub(r"[#*`_]", "", BASE).splitlines()) + "</div>"
    reflowed = "  ".join(BASE.split(" "))
    with_eeo = BASE + (
        "\n\nAcme is an equal opportunity employer: applicants are considered without regard to race, "
        "religion or disability.\nApply now on our careers site. Salary: $120,000 per year, dental insurance.\n"
    )
    exact = fingerprint(markdown).exact
    assert fingerprint(html).exact == exact
    assert fingerprint(reflowed).exact == exact
    assert fingerprint(with_eeo).exact == exact


@pytest.mark.parametrize(
    ("edit", "same"),
    [
        (lambda t: t.replace("simulation", "simulations", 1), True),  # a word changed
        (lambda t: t + "\nRelocation support is available.\n", True),  # a sentence added
        (lambda t: t.replace("\n", "\nExperience with Kubernetes and Terraform in production.\n", 3), False),
        (lambda t: OTHER, False),  # another job of the same company and title
    ],
    ids=["a word changed", "a sentence added", "three requirements added", "another posting"],
)
def test_nearly_the_same_means_nine_in_ten_word_5_shingles_shared(edit, same: bool) -> None:
    edited = edit(BASE)
    estimate = similarity(fingerprint(BASE), fingerprint(edited))
    exact = jaccard(BASE, edited)
    assert (exact >= NEARLY_THE_SAME) is same, exact
    assert (estimate >= NEARLY_THE_SAME) is same, (estimate, exact)
    assert abs(estimate - exact) < 0.06


def test_the_estimate_is_exact_for_descriptions_of_few_shingles() -> None:
    short = " ".join(f"word{i}" for i in range(60))
    changed = short.replace("word30", "other")
    assert len(words(short)) - 4 < SKETCH
    assert similarity(fingerprint(short), fingerprint(changed)) == pytest.approx(jaccard(short, changed))


def test_rows_join_the_first_job_of_their_company_and_title_that_they_match() -> None:
    jobs = Jobs()
    key = job_key("Acme", "HPC Engineer")
    assert jobs.add(1, key, fingerprint(in_city(BASE, "Berlin"), ["Berlin"])) is None
    assert jobs.add(2, key, fingerprint(OTHER)) is None  # the same title, another job
    assert jobs.add(3, key, fingerprint(in_city(BASE, "Lisbon"), ["Lisbon"])) == 1  # the first, in another city
    assert jobs.add(4, key, fingerprint(OTHER + "\nMentoring matters here.\n")) == 2  # nearly the second
    assert jobs.add(5, job_key("Acme", "Nurse"), fingerprint(BASE)) is None  # another title: another job
    assert jobs.add(6, job_key("Acme", "Nurse"), fingerprint(BASE)) == 5
    # Without a company or title a row cannot be told to be the same job as any other.
    assert jobs.add(7, None, fingerprint(BASE)) is None and jobs.add(8, None, fingerprint(BASE)) is None
