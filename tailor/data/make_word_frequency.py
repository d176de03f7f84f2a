"""Regenerate word_frequency.tsv from spaCy's English lexeme probabilities.

spacy-lookups-data (MIT licensed, a tailor dependency) ships ``en_lexeme_prob``: the
natural-log probability of a million English words in a large web corpus. Parsing
its 7 MB gzipped JSON takes two seconds, too slow for every tailor run, so this
keeps only what ranking uses: lowercase words more common than e^-14 (rarer words
all count as fully specific), rounded to one decimal.

    python tailor/data/make_word_frequency.py
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy_lookups_data

RAREST = -14.0


OUTPUT = Path(__file__).with_name("word_frequency.tsv")


def generate() -> str:
    """The text of word_frequency.tsv, from the installed spacy-lookups-data."""
    source = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(source) as f:
        probs = json.loads(f.read())
    keep = sorted(
        (w, p)
        for w, p in probs.items()
        if p > RAREST and w == w.lower() and w.isascii() and w.strip() and "\t" not in w
    )
    header = "# word<TAB>ln(probability) in English web text; from spacy-lookups-data en_lexeme_prob (MIT).\n"
    return header + "".join(f"{w}\t{p:.1f}\n" for w, p in keep)


def main() -> None:
    text = generate()
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 1} words → {OUTPUT}")


if __name__ == "__main__":
    main()
