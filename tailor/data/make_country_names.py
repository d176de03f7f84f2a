"""Regenerate country_names.tsv: each country's name in its own official languages, and its English name.

What it is for: people write their own country as they spell it, on an English résumé too ("Kraków, Polska",
"München, Deutschland", "Porto Alegre, Brasil"), and a place's last part is how tailor tells where a role's line
ends (:mod:`tailor.places`). Accents alone are no other name ("México" is "Mexico" without them, which
:func:`tailor.places.folded` meets); a name in another language is. The source is the Unicode CLDR's territory
names and its official languages of each territory (Unicode License v3, © Unicode, Inc.), as Babel (BSD-3-Clause)
ships them, version 2.17.0:

    pip download babel==2.17.0 --no-deps -d /tmp/babel && unzip -q -o /tmp/babel/*.whl -d /tmp/babel
    PYTHONPATH=/tmp/babel python tailor/data/make_country_names.py

A country is one of ``places.txt``'s (by its English name in CLDR); its names are those of the languages CLDR gives as
official in it, de facto too (Switzerland's "Schweiz", "Suisse" and "Svizzera"). A name left out: one that is the
English name without its accents, and one that is an English word as well (Iceland's "Ísland", written without its
accent, is "island"; ``word_frequency.tsv`` says which words are English).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
OUTPUT = HERE / "country_names.tsv"

NOTICE = """\
# A country's name in one of its official languages<TAB>its English name (tailor/data/make_country_names.py).
# From the Unicode CLDR (Unicode License v3), as Babel 2.17.0 ships it.
"""


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def _countries() -> list[str]:
    """The countries of ``places.txt``, by the names it writes them with."""
    found, kind = [], ""
    for line in (HERE / "places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
        elif kind == "Countries" and line.strip() and not line.startswith("#"):
            found.append(line.split("\t")[0].strip())
    return found


def _english_words() -> frozenset[str]:
    lines = (HERE / "word_frequency.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


def cldr() -> dict[str, tuple[str, list[str]]]:
    """Each territory of the CLDR by its code: its English name and its names in its official languages."""
    from babel import Locale, localedata
    from babel.languages import get_official_languages

    found = {}
    for code, name in Locale("en").territories.items():
        languages = [lang for lang in get_official_languages(code, de_facto=True) if localedata.exists(lang)]
        found[code] = (name, [Locale.parse(lang).territories.get(code, "") for lang in languages])
    return found


def generate(territories: dict[str, tuple[str, list[str]]]) -> str:
    """The text of country_names.tsv from ``territories`` (as :func:`cldr` gives them)."""
    countries = _countries()
    known = {_folded(name) for name in countries}
    words = _english_words()
    found: dict[str, str] = {}
    for code, (name, owns) in territories.items():
        if name not in countries or not code.isalpha():
            continue
        for own in owns:
            if own and _folded(own) not in known and _folded(own) not in words and "\t" not in own:
                found.setdefault(own, name)
    return NOTICE + "".join(f"{own}\t{name}\n" for own, name in sorted(found.items()))


def main(argv: list[str]) -> int:
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    text = generate(cldr())
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - NOTICE.count(chr(10))} names → {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
