"""Regenerate spelling_variants.tsv: British spellings and their American forms.

A CV written in British English ("optimisation", "paediatric", "programme") and a posting
written in American English ("optimization", "pediatric", "program") say the same words;
ranking and keyword evidence must meet them. The pairs come from the British → American
spelling list of hyperreality/American-British-English-Translator (``data/british_spellings.json``,
MIT licence, © 2016; its notice is copied into the TSV's header), which compiles Wikipedia's
lists of spelling differences.

Left out are pairs whose American form is another word in common use, which the mapping would
make the British word mean ("tyre" → tire, "disc" → disk, "draught" → draft, "metre" → meter,
"gauge" → gage, "tonne" → ton, "buses" → busses), a fragment ("leuc"), and forms both varieties
use ("cancellation"); and entries of more than one word.

    git clone https://github.com/hyperreality/American-British-English-Translator /tmp/abet
    python tailor/data/make_spelling_variants.py /tmp/abet/data/british_spellings.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("spelling_variants.tsv")

LEFT_OUT = frozenset(
    """metre metres tyre tyres disc discs draught tonne tonnes gauge gauged gauges gauging buses busing gases
    minibuses groyne groynes leuc moka cancellation cancellations""".split()  # noqa: SIM905
)
"""British words whose American form is another common word, fragments, and forms both varieties use."""

NOTICE = """\
# British spelling<TAB>American spelling, for matching only (tailor/data/make_spelling_variants.py).
# From hyperreality/American-British-English-Translator, data/british_spellings.json, under its licence:
# (The MIT License) Copyright (c) 2016
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the 'Software'), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
# THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def generate(source: Path) -> str:
    """The text of spelling_variants.tsv from the list at ``source``."""
    pairs = json.loads(source.read_text(encoding="utf-8"))
    kept = sorted(
        (british.lower(), american.lower())
        for british, american in pairs.items()
        if british.isalpha() and american.isalpha() and british.lower() not in LEFT_OUT
    )
    return NOTICE + "".join(f"{british}\t{american}\n" for british, american in kept)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    text = generate(Path(sys.argv[1]))
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{sum(not line.startswith('#') for line in text.splitlines())} pairs → {OUTPUT}")


if __name__ == "__main__":
    main()
