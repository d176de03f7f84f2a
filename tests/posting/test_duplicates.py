"""Rows that are the same job: one per city, one per board, reposted with an edit."""

from __future__ import annotations

import re

import pytest

from tailor.posting.duplicates import (
    AT_LEAST_SHARED,
    FEW_CHANGES,
    NEARLY_THE_SAME,
    SKETCH,
    Jobs,
    fingerprint,
    job_key,
    may_be_copies,
    nearly_the_same,
    similarity,
    threshold,
)
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
    # An abbreviation's full stops and an apostrophe join the letters they stand among.
    assert job_key("St. Mary's", "Emergency Department R.N.") == job_key("St Marys", "Emergency Department RN")


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("Warehouse Supervisor - Leeds", "Leeds, UK"),
        ("Warehouse Supervisor (Leeds)", "Leeds"),
        ("Warehouse Supervisor – Leeds, West Yorkshire", "Leeds, West Yorkshire, United Kingdom"),
        ("Warehouse Supervisor | New York, NY", "New York, NY"),
        ("Leeds - Warehouse Supervisor", "Leeds, UK"),
    ],
)
def test_a_title_naming_its_own_rows_place_is_the_title_without_it(title: str, location: str) -> None:
    # A job posted once per city, its city in each title: the same job, as its lines naming the city are.
    assert job_key("Kestrel Freight", title, [location]) == job_key("Kestrel Freight", "Warehouse Supervisor")


def test_a_title_keeps_a_part_that_names_another_place_or_more_than_a_place() -> None:
    key = job_key("Kestrel Freight", "Warehouse Supervisor")
    assert job_key("Kestrel Freight", "Warehouse Supervisor - Leeds", ["York"]) != key  # another city's job
    assert job_key("Kestrel Freight", "Warehouse Supervisor - Leeds Night Shift", ["Leeds"]) != key
    assert job_key("Kestrel Freight", "Warehouse Supervisor - Leeds") != key  # no place given
    # The place is the whole title: nothing is left to compare, so it stays.
    assert job_key("Kestrel Freight", "Leeds", ["Leeds"]) == "kestrelfreight|leeds"
    # A place's word inside a part is the title's own: "Leeds Depot" names a depot, not only where the job is.
    assert job_key("Kestrel Freight", "Leeds Depot Supervisor", ["Leeds"]) == "kestrelfreight|leeds depot supervisor"


def test_a_companys_name_is_the_same_written_closed_up_or_apart_with_its_legal_form_or_not() -> None:
    # One board writes the name as the brand does, another as the register does.
    assert job_key("NorthStar Logistics", "Dispatcher") == job_key("North Star Logistics Corporation", "Dispatcher")
    assert job_key("Bluewater", "Dispatcher") == job_key("Blue Water, Inc.", "Dispatcher")
    # Other companies stay apart: a name with a word more or less is another name.
    assert job_key("North Star Logistics", "Dispatcher") != job_key("North Star", "Dispatcher")
    assert job_key("Bluewater Health", "Dispatcher") != job_key("Bluewater", "Dispatcher")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("Legacy Health", "Medical Social Worker – LCSW"), ("Legacy Health", "Medical Social Worker - LCSW")),
        (("Harbor Clinic", "Nurse — Nights"), ("Harbor Clinic", "Nurse - Nights")),
        (("St. Mary’s", "“Lead” Counselor"), ("St. Mary's", '"Lead" Counselor')),
        (("Lumen\u00a0Labs", "Data\u2009Engineer"), ("Lumen Labs", "Data  Engineer")),
        (("Ｌｕｍｅｎ Labs", "Engi\u00adneer"), ("Lumen Labs", "Engineer")),
        (("Café Lune", "Chef"), ("Cafe\u0301 Lune", "Chef")),
    ],
    ids=["an en dash", "an em dash", "curly quotes", "spaces of other widths", "full-width, soft hyphen", "accents"],
)
def test_the_company_and_title_are_compared_without_a_boards_typography(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    assert job_key(*one) == job_key(*other) is not None


def test_a_description_is_compared_without_a_boards_typography() -> None:
    plain = "# Case Manager - Adults\n\nWe're hiring a case manager for the medical-surgical unit.\n"
    typeset = "# Case Manager – Adults\n\nWe’re hiring a case manager for the medical‑surgical\u00a0unit.\n"
    assert fingerprint(typeset).exact == fingerprint(plain).exact
    # A place named with an en dash is left out as one named with a hyphen is.
    assert fingerprint(in_city(BASE, "Portland"), ["Portland – OR"]).exact == fingerprint(BASE).exact


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


def test_one_text_leaves_out_the_same_lines_whether_its_state_is_written_by_code_or_by_name_with_its_country() -> None:
    text = BASE + "\nFile motions under the Eastern District of Pennsylvania local rules.\n"
    indeed = fingerprint(text, ["Philadelphia, PA"])
    linkedin = fingerprint(text, ["Philadelphia, Pennsylvania, United States"])
    assert indeed.exact == linkedin.exact
    # Georgia the country is no US state: a posting in Tbilisi keeps its lines about Atlanta's state.
    georgia = BASE + "\nTravel to our GA office twice a year.\n"
    assert fingerprint(georgia, ["Tbilisi, Georgia"]).exact != fingerprint(BASE, ["Tbilisi, Georgia"]).exact


def test_one_text_copied_for_two_places_is_one_job_when_it_names_either_place() -> None:
    # An HQ copy and a remote copy of one posting, word for word: the blurb's "Headquartered in Ohio" was left out
    # of the Dayton row only and "remote-friendly" of the remote row only, and the two copies were two jobs.
    text = (
        "Kiln Ridge Ceramics makes tiles for hospitals. Headquartered in Ohio, we run plants in Ohio and Georgia.\n\n"
        + BASE
        + "\nThis is a remote-friendly role within the United States.\n"
    )
    dayton, remote, akron = ["Dayton, OH"], ["Remote"], ["Akron, OH"]
    key = job_key("Kiln Ridge Ceramics", "Buyer")
    for places in (remote, ["Savannah, GA"], akron):
        jobs = Jobs()
        assert jobs.add(1, key, fingerprint(text, dayton)) is None
        assert jobs.add(2, key, fingerprint(text, places)) == 1, places
        assert nearly_the_same(fingerprint(text, dayton), fingerprint(text, places))
    # Told apart by their sketches as well as by their words: a repost's word changed in the remote copy.
    jobs = Jobs()
    assert jobs.add(1, key, fingerprint(text, dayton)) is None
    assert jobs.add(2, key, fingerprint(text.replace("simulation", "simulations", 1), remote)) == 1
    # Another job of the same company and title stays another, whichever places its copies name.
    assert jobs.add(3, key, fingerprint(OTHER + "\nHeadquartered in Ohio.\n", dayton)) is None


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
    # A repost whose pay line names a bonus the other leaves out is the same text.
    paid = BASE + "\n\nPay: $38.50 – $56.75 per hour, plus a $15,000 sign-on bonus.\n"
    assert fingerprint(paid).exact == fingerprint(BASE + "\n\nPay: $38.50 – $56.75 per hour.\n").exact == exact


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


# --- short descriptions: a repost's few edits, not nine in ten shingles ----------------------------

SHORT = """\
**Supply Chain Analyst**

Brightwater Provisions is hiring a Supply Chain Analyst for its distribution team.

**What you'll do**

* Analyse inventory levels, fill rate and on-time delivery across our distribution centers
* Build weekly demand forecasts at item level and support the planning process
* Model transportation and freight costs and support carrier bids for truckload lanes
* Build dashboards in Power BI or Tableau for planners and leadership
* Recommend safety stock and reorder point changes

**What you bring**

* Bachelor's degree in Supply Chain Management, Logistics, or a related field
* Three years of supply chain or inventory analytics experience
* Advanced Excel and SQL, with Python a plus
* Experience with SAP or another ERP and a warehouse management system
"""
"""A fictional posting of some 130 words: a hundred-odd shingles, where one word changed is a tenth of them."""

FINANCE_TEAM = SHORT.replace("its distribution team", "its finance team").replace(
    SHORT[SHORT.index("* Analyse") : SHORT.index("**What you bring**")],
    "* Reconcile supplier invoices against purchase orders and receipts every month\n"
    "* Report landed cost and margin by product line to the finance director\n"
    "* Audit freight accruals and chase disputed carrier charges\n"
    "* Keep the standard cost file up to date for each new item\n\n",
)
"""The same company and title in another team, with other duties and the same requirements: another job."""

LONG = "\n".join(
    f"* Duty {n}: keep the {topic} plan {n} for depot {n * 7} running, measured and reported to desk {n * 3}."
    for n, topic in enumerate(["inventory", "freight", "forecast", "supplier", "returns", "warehouse"] * 12)
)
"""Some 1,100 words, every line its own: long enough that nine in ten shingles shared allow some ten
changed words."""


def replace_bullet(text: str) -> str:
    return text.replace("Recommend safety stock and reorder point changes", "Present weekly findings to the director")


def add_requirements(text: str) -> str:
    return text.replace("\n* ", "\n* Experience with Kubernetes and Terraform in production.\n* ", 3)


def replace_a_quarter(text: str) -> str:
    return "\n".join(line if n % 4 else "* Something else entirely." for n, line in enumerate(text.splitlines()))


@pytest.mark.parametrize(
    ("text", "edit", "same"),
    [
        (SHORT, lambda t: t.replace("planners and", "planners, buyers and").replace("at item", "at the item"), True),
        (SHORT, replace_bullet, True),
        (SHORT, lambda t: t + "\nRelocation support is available for this role.\n", True),
        (SHORT, add_requirements, False),
        (SHORT, lambda t: FINANCE_TEAM, False),
        (LONG, lambda t: t.replace("running", "working", 6), True),
        (LONG, replace_a_quarter, False),
    ],
    ids=[
        "two words added", "one bullet replaced", "a sentence added", "three requirements added",
        "another team's duties", "a long one with six words changed", "a long one with a quarter of its lines replaced",
    ],
)  # fmt: skip
def test_a_repost_with_a_few_edits_is_the_same_job_whatever_its_length(text: str, edit, same: bool) -> None:
    original, edited = fingerprint(text), fingerprint(edit(text))
    assert original.exact != edited.exact
    assert nearly_the_same(original, edited) is same, (similarity(original, edited), original.size, edited.size)


def test_the_similarity_needed_is_nine_in_ten_shared_unless_few_shingles_differ() -> None:
    assert threshold(1000, 1000) == NEARLY_THE_SAME  # a dozen changed words in a long description
    # Two 130-shingle descriptions sharing this much differ by FEW_CHANGES shingles: (260 - 24) / (260 + 24).
    assert threshold(130, 130) == pytest.approx((260 - FEW_CHANGES) / (260 + FEW_CHANGES))
    assert threshold(20, 20) == AT_LEAST_SHARED  # a few dozen words must still share most of them


def test_short_reposts_join_their_first_row_and_another_title_or_team_stays_apart() -> None:
    jobs = Jobs()
    analyst, senior = (
        job_key("Brightwater Provisions", "Supply Chain Analyst"),
        job_key("Brightwater Provisions", "Senior Supply Chain Analyst"),
    )
    assert jobs.add(1, analyst, fingerprint(SHORT)) is None
    assert jobs.add(2, analyst, fingerprint(FINANCE_TEAM)) is None  # the same title, another team's job
    two_edits = SHORT.replace("planners and", "planners, buyers and").replace("at item", "at the item")
    assert jobs.add(3, analyst, fingerprint(two_edits)) == 1
    assert jobs.add(4, senior, fingerprint(SHORT)) is None  # another title: another job, however alike
    reposted = FINANCE_TEAM.replace("every month", "each month").replace("new item", "new product")
    assert jobs.add(5, analyst, fingerprint(reposted)) == 2


def test_a_job_reposted_with_a_few_edits_each_time_stays_one_job_when_the_latest_is_no_longer_nearly_the_first() -> (
    None
):
    jobs = Jobs()
    analyst = job_key("Brightwater Provisions", "Supply Chain Analyst")
    second = SHORT.replace("planners and", "planners, buyers and").replace("at item", "at the item")
    third = second.replace("Three years", "Four years").replace("freight costs", "fuel costs")
    assert not nearly_the_same(fingerprint(SHORT), fingerprint(third))  # four edits from the first
    assert jobs.add(1, analyst, fingerprint(SHORT)) is None
    assert jobs.add(2, analyst, fingerprint(second)) == 1
    assert jobs.add(3, analyst, fingerprint(third)) == 1  # nearly the second: the same job as the first
    assert jobs.add(4, analyst, fingerprint(FINANCE_TEAM)) is None  # another team's job stays apart
    assert jobs.add(5, analyst, fingerprint(third)) == 1  # the same words as a copy: its job


def test_descriptions_that_may_be_copies_are_told_apart_from_the_rest_without_comparing_pairs() -> None:
    reposted = BASE.replace("simulation", "modelling", 1)
    unrelated = [f"Line {n}: {' '.join(f'word{n}x{k}' for k in range(40))}" for n in range(50)]
    found = [fingerprint(t) for t in [BASE, OTHER, *unrelated, reposted, OTHER]]
    maybe = may_be_copies(found)
    assert maybe.tolist() == [True, True, *[False] * 50, True, True]
    assert may_be_copies([]).tolist() == [] and may_be_copies([fingerprint(BASE)]).tolist() == [False]
