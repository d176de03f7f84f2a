"""Place names: which addresses print on US Letter."""

from __future__ import annotations

import pytest

from tailor.places import (
    is_country,
    is_place,
    is_region_code,
    prints_on_letter,
    says_how_worked,
    us_states_in,
    us_states_named,
)


@pytest.mark.parametrize(
    "location",
    [
        "Austin, TX 78701",
        "Chicago IL",
        "San Francisco, California",
        "Washington, DC",
        "Seattle, WA, USA",
        "Remote (US)",
        "Denver, CO (open to relocation)",
        "Toronto, ON M5V 2T6",
        "Halifax, Nova Scotia, Canada",
        "Manila, Philippines",
        "Monterrey, Mexico",
        "Columbus, Ohio Metropolitan Area",
        "Portland, Oregon Metropolitan Area",
        "Raleigh, North Carolina Metro Area",
        "Monterrey, México",
        "Panamá, Panamá",
        "Montréal, Québec",
        "Cebu, Pilipinas",
        "Santo Domingo, República Dominicana",
    ],
)
def test_an_address_in_the_americas_that_print_on_letter_does(location: str) -> None:
    assert prints_on_letter(location)


@pytest.mark.parametrize(
    "location",
    [
        "Lausanne, Switzerland",
        "London, UK",
        "Sydney, NSW 2000",
        "Berlin",
        "Tbilisi, Georgia",
        "Paris, France",
        "",
        "Greater Manchester Area",
        "Munich, Bavaria Metropolitan Area",
        "Kraków, Polska",
        "São Paulo, Brasil",
    ],
)
def test_an_address_elsewhere_or_none_that_says_where_prints_on_a4(location: str) -> None:
    assert not prints_on_letter(location)


@pytest.mark.parametrize(
    ("location", "letter"),
    [
        ("Greater Seattle Area", True),
        ("Greater Chicago Area", True),
        ("San Francisco Bay Area", True),
        ("Greater Toronto Area", True),
        ("New York City Metropolitan Area", True),
        ("Greater Houston", True),
        ("Miami", True),
        ("Greater Sydney Area", False),
        ("Greater Munich Metropolitan Area", False),
        ("Greater Cambridge Area", False),
        ("Greater Phoenix Area", True),
        ("Greater Minneapolis-St. Paul Area", True),  # an area of two cities is the first one's
        ("Raleigh-Durham-Chapel Hill Area", True),
        ("Greater Lyon Area", False),
        ("Hamilton, New Zealand", False),  # a country named says where, whatever Ontario's Hamilton would
        ("Frankfurt Rhine-Main Metropolitan Area", False),
    ],
)
def test_a_large_city_or_its_area_as_linkedin_names_it_prints_as_its_country_does(location: str, letter: bool) -> None:
    # LinkedIn writes a member's place as a city's area with no state or country; city_countries.tsv gives each city
    # of 100,000 people its country (GeoNames), none where two countries have a city of that name of like size
    assert prints_on_letter(location) is letter


def test_a_region_code_is_a_us_states_or_a_canadian_provinces() -> None:
    assert is_region_code("QC") and is_region_code("PA") and is_region_code("ON")
    assert not is_region_code("QA") and not is_region_code("qc")


def test_the_us_states_a_text_names_in_words_are_found_longest_first_and_never_by_their_codes() -> None:
    assert us_states_named("Active Pennsylvania RN license; West Virginia Board of Nursing") == {
        "Pennsylvania",
        "West Virginia",
    }
    assert us_states_named("RN license (OR, IN or ME)") == frozenset()
    assert us_states_named("Licensed in the state of new york") == {"New York"}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Valid All-Lines Adjuster license in FL required", {"Florida"}),
        ("Active TX adjuster license; Nevada license a plus", {"Texas", "Nevada"}),
        ("FL 7-20 All Lines Adjuster License", {"Florida"}),
        ("Active NY RN license", {"New York"}),
        # Codes that are words or credentials too are none: a physician assistant's or a doctor's licence, an
        # independent adjuster, Los Angeles, "or", "in".
        ("Active PA license in good standing; MD or DO preferred", set()),
        ("3+ years as an IA or staff adjuster in LA; licensed OR certified", set()),
        # Codes in small letters, or inside a word or a name of letters, are none either.
        ("Licensed in fl; TXU Energy; a TX-based carrier", set()),
    ],
)
def test_the_us_states_a_text_names_by_words_or_by_codes_that_are_nothing_else(text: str, states: set[str]) -> None:
    # An adjuster's, a nurse's licence is asked by its state's code as often as by its name.
    assert us_states_in(text) == states


@pytest.mark.parametrize(
    ("bracket", "how"),
    [
        ("Remote", True),
        ("remote & on-site", True),
        ("Hybrid/Remote", True),
        ("on-site, in person", True),
        ("remote and in-office", True),
        ("3PL, 410,000 sq ft DC", False),
        ("Remote Sensing Lab", False),
        ("", False),
    ],
)
def test_a_bracket_says_how_work_was_done_when_each_of_its_parts_is_a_way_of_working(bracket: str, how: bool) -> None:
    assert says_how_worked(bracket) is how


def test_georgia_named_in_a_licences_words_is_the_us_state() -> None:
    # places.txt lists Georgia among the countries, where a place line's last part is read; a licence asked or held
    # by a state's name means the state.
    assert us_states_in("Active Georgia RN license required") == {"Georgia"}
    assert us_states_named("Licensed Practical Nurse, Georgia Board of Nursing") == {"Georgia"}


@pytest.mark.parametrize("name", ["México", "Perú", "Panamá", "Sao Paulo", "São Paulo", "Türkiye"])
def test_a_place_is_known_with_its_accents_or_without_them(name: str) -> None:
    # places.txt writes "Mexico", "Peru", "São Paulo"; people write their own country's name as they spell it.
    assert is_place(name)


def test_a_country_with_its_accents_is_a_country() -> None:
    assert is_country("México") and is_country("Perú") and not is_country("Monterrey")


@pytest.mark.parametrize("name", ["Polska", "Deutschland", "Brasil", "España", "Österreich", "Suomi", "Việt Nam"])
def test_a_country_named_in_its_own_language_is_a_country(name: str) -> None:
    # People write their own country as they spell it on an English résumé too (the CLDR's names, country_names.tsv).
    assert is_country(name) and is_place(name)
