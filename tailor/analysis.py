"""Turn text into the terms that ranking compares: lowercase lemmas and two-word phrases.

spaCy does the work: a blank English pipeline (nothing to download) whose
tokenizer is taught to keep technical tokens whole (``C++``, ``C#``, ``.NET``,
``CI/CD``, ``Node.js``), plus the English lemma lookup table of ``spacy-lookups-data``.
spaCy is imported on first use only, so importing this module is cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from tailor.posting.plausible import JOB_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.lexeme import Lexeme
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span

    from tailor.lexicon import Lexicon

TECHNICAL_TOKENS = ("c#", "f#", "ci/cd", "tcp/ip", "i/o", "pl/sql", "a/b", "r&d", "asp.net", "vb.net")
"""Tokens that contain punctuation the tokenizer would otherwise split off (``c#`` → ``c``, ``#``).
Tokens such as ``c++``, ``.net``, ``node.js`` and ``k8s`` already survive spaCy's English rules."""

ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc", "etc.", "cetera", "eg", "ie", "vs", "vs.", "incl", "incl.", "and/or"})
"""Latin and other abbreviations that spaCy does not mark as stop words."""

LEMMA_OVERRIDES = {
    "data": "data",
    "datum": "data",
    "media": "media",
    "ai": "ai",
    "os": "os",
    "programming": "program",
    "sous": "sous",
    "catering": "catering",
    "accounting": "accounting",
    "marketing": "marketing",
    "housing": "housing",
    "cataloging": "cataloging",
    "cataloged": "cataloging",
    "safeguarding": "safeguarding",
    "criteria": "criterion",
    "number": "number",
    "matter": "matter",
    "gamer": "gamer",
    "developed": "develop",
    "developing": "develop",
    "developes": "develop",
    "ops": "operation",
    "lab": "laboratory",
    "labs": "laboratory",
    "math": "mathematics",
    "maths": "mathematics",
    "best": "best",
    "better": "better",
    "crew": "crew",  # no past tense of "crow" in a résumé
    "worst": "worst",
    "worse": "worse",
    "wound": "wound",
    "ground": "ground",
    "first": "first",
    "second": "second",
    "third": "third",
    "fourth": "fourth",
    "fifth": "fifth",
    "machining": "machining",
    "plumbing": "plumbing",
    "lighting": "lighting",
    "clothing": "clothing",
    "mining": "mining",
    "vitals": "vitals",
    "diabetes": "diabetes",
}
"""Lookup-table lemmas that read wrongly in a CV (``data`` → ``datum``, ``programming`` →
``programme``, ``sous`` → ``sou``, the old coin, where a CV means a sous chef; ``criteria`` →
``criterium``, a cycle race, shown as a matched term and missing "criterion"; ``number`` → ``numb``,
as if the comparative of numb: "copy number" matched as "copy numb", and never "numbers"; ``matter`` → ``matt``
and ``gamer`` → ``game`` the same way, so that "subject matter expert" was shown as "subject matt"; ``developed``
and ``developing`` → ``develope``, no word, so a CV's "Developed" never met a posting's "develop"); ours win.
``catering`` is the trade, a noun of its own: were it ``cater``, every "catered to clients'
needs" would be catering. So is ``accounting``: were it ``account``, an Accounting Manager
would be a salesperson's Account Manager, and every customer account accounting. Nor is ``marketing`` a
``market``: every posting's "time to market" and "fast-growing market" was a marketer's evidence, and its
"product-market fit" the skill product marketing. ``housing`` is a field of social work and planning, no
``house``: "in-house" is in countless postings. ``cataloging`` is a librarian's and an archivist's work,
no ``catalog``: a "product catalog" or a "data catalog" is not it, and "cataloged the collection" is.
And ``safeguarding``, the protection of children and vulnerable adults: were it ``safeguard``, a security
engineer's "implement safeguards" would ask for it. ``ops`` is how every field shortens operations ("research ops",
"sales ops", "people ops", "an ops manager"): a CV's "research ops" meets a posting's "research operations"; so
is ``lab`` laboratory and ``math`` (``maths``) mathematics, the clipped word the same word ("Lab Operations
Manager" met no bullet's "laboratory", nor a "math teacher" a "mathematics" curriculum). And
``best`` and ``better`` are no ``well`` (nor ``worst`` and ``worse`` ``wrong``): "best practices" was shown as the
matched term "well practice", a phrase no one wrote, and "better outcomes" met "best practices" through it. A
``wound`` is no ``wind`` (a nurse's "wound care" never met a posting's "wounds", and met wind energy), ``ground`` no
``grind`` ("ground transportation", "grounds"), and an ordinal no digit (the table reads "first" as 1, "second" as
2; one labelled posting's ranking depends on it, bench/README.md). The trades ``machining``, ``plumbing``,
``lighting``, ``clothing`` and ``mining`` are nouns of their own, no ``machine``, ``plumb``, ``light``, ``clothe`` or
``mine``: a machinist's
"CNC machining" met every "machine" of a posting. And a nurse's ``vitals`` are no plural of "vital"
(:func:`lemma_of`): "a vital role" is not vital signs; nor is ``diabetes`` one of "diabete"."""

SHORT_PLURALS_KEPT = frozenset({"ads", "ids", "ups"})
"""The words of two or three letters that the lemma table makes plurals of shorter words, and are: "ads", "IDs",
"start-ups". Its other such entries are dropped (and "as" → a, which made "as-built" the word "a-build"): there
"cs" → c, "bs" → b, "aws" → aw, "mls" → ml, "hrs" → hr, "dbs" → db, "cms" → cm made an abbreviation the plural of
another, so that a posting's "BS in CS" read as the C language, "Certified MLS" (a medical laboratory scientist)
as machine learning, "40 hrs a week" as human resources, a UK "DBS check" as a database, and AWS was shown as "aw"."""


TOKENIZER = "tailor.lowercase_tokenizer.v1"
"""spaCy registry name of tailor's tokenizer (:func:`_create_tokenizer`)."""


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared spaCy pipeline, built once per process: blank English with tailor's tokenizer.

    Lemmas come from :func:`lemma_table`, looked up once per distinct word by
    :func:`_tokenised`, so the pipeline has no components.
    """
    import spacy

    spacy.registry.tokenizers.register(TOKENIZER, func=_create_tokenizer)
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
"""Kana, the CJK ideographs and Hangul: the scripts of Japanese, Chinese and Korean."""


def _create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer, taught to keep technical tokens whole, built in one go.

    Built directly from the English defaults rather than by adjusting the tokenizer
    ``spacy.blank`` makes: every special case costs a fifth of a millisecond to add,
    and text is lowercased before it is tokenised, so only the lowercase half of
    English's 1,300 exceptions can ever apply.
    """

    def create(pipeline: Language) -> Tokenizer:
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        defaults = pipeline.Defaults
        # spaCy keeps "c." whole as an initial; here a lone letter before a full stop is the
        # language C (or R) ending a sentence.
        rules = {
            k: v for k, v in defaults.tokenizer_exceptions.items() if k == k.lower() and not re.fullmatch(r"[a-z]\.", k)
        }
        rules |= {token: [{"ORTH": token}] for token in TECHNICAL_TOKENS}
        # Split a slash that follows '+' or '#' ("c++/cuda" → "c++", "/", "cuda"); spaCy only
        # splits slashes between letters. Split a '+' joining two names ("mpi+openmp"), but
        # not the pluses of "c++". Split a bracket opened with no space before it
        # ("principles(gaap)", "manager(s)"), and a backslash between words ("gcp\\aws").
        infixes = [
            *defaults.infixes,
            r"(?<=[+#])/(?=[a-z0-9])",
            # Split a slash between numbers, as versions are listed ("Windows 10/11", "Windows Server 2016/2019"):
            # "10/11" as one token let no version make the name ("Windows 11") the lexicon knows.
            r"(?<=[0-9])/(?=[0-9])",
            r"(?<=[a-z0-9])\+(?=[a-z])",
            r"(?<=[^\W_])[(\[](?=[^\W\d_])",
            r"(?<=[^\W_])\\(?=[^\W_])",
            # Numbers in angle brackets joined by a slash ("<797>/<800>", as the USP numbers its chapters).
            r"(?<=\d)>(?=/<\d)|(?<=\d>)/(?=<\d)|(?<=\d>/)<(?=\d)",
            # Chinese and Japanese write no space between words, so a name in Latin letters runs into the
            # words around it ("memoQの使用経験", "Python经验"): split where the script changes, and at
            # their punctuation ("（LQA）", "、", "。"), which English's rules do not know.
            rf"(?<=[a-z0-9])(?=[{_CJK}])|(?<=[{_CJK}])(?=[a-z0-9])",
            r"[\u3000-\u3003\u3008-\u3011\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f\u30fb]",
        ]
        return Tokenizer(
            pipeline.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """English word → lemma: spacy-lookups-data's lookup table, with :data:`LEMMA_OVERRIDES`, and a
    British spelling's lemma written the American way (``data/spelling_variants.tsv``): "optimisation"
    and "optimization", "paediatric" and "pediatric", "analysed" and "analyzed" are one term each, so
    that a CV in British English meets a posting in American English, and the other way round.

    Read as a plain dict: spaCy's own ``Lookups`` table would hash all 41,000 keys first
    (0.13 s at every start), where tailor looks up only the words it meets.
    """
    from spacy.util import load_language_data, registry

    table = dict(load_language_data(registry.lookups.get("en")["lemma_lookup"]))
    for word in [w for w, lemma in table.items() if len(w) <= 3 and w == f"{lemma}s"]:
        if word not in SHORT_PLURALS_KEPT:
            del table[word]
    table.update(LEMMA_OVERRIDES)
    # The table gives an "-ing" noun's plural its singular ("weddings" → wedding) but the singular its verb
    # ("wedding" → wed): a posting's "wedding" never met a CV's "weddings", nor "meeting" "meetings". The plural
    # reads as its singular does; a noun kept whole above ("catering") keeps its plural whole too.
    for word, lemma in list(table.items()):
        if word.endswith("ings") and lemma == word[:-1] and table.get(lemma, lemma) != lemma:
            table[word] = table[lemma]
    american = spelling_variants()
    lemma_of = table.copy().get
    for word, lemma in table.items():
        if lemma in american:  # "optimisations" → optimisation → optimization
            table[word] = lemma_of(american[lemma], american[lemma])
    for british, spelt in american.items():  # "optimise" → optimize, "analysed" → analyze
        table[british] = lemma_of(spelt, spelt)
    return table


def lemma_of(word: str, table: dict[str, str]) -> str:
    """A lowercase word's lemma in ``table`` (:func:`lemma_table`); a plural the table is too old to know
    ("webinars", "livestreams", "startups", "microservices", "codebases") reads as its singular, so a posting's
    "webinars" meets a CV's "webinar". Only where the singular is no word the table knows either: "vitals" is not
    the adjective "vital". Endings that are rarely a plural's are kept: "-ss", "-us", "-is", a field's "-ics", an
    "-ings" noun, the "-as" and "-os" of names ("Canvas" is no plural of Canva, nor "Texas"), and "-ies", whose
    plurals the table knows and whose other words it does not ("series", "species", "rabies")."""
    lemma = table.get(word)
    if lemma is not None:
        return lemma
    if len(word) < 5 or word[-1] != "s" or word.endswith(_NO_PLURAL) or not word.isalpha():
        return word
    singular = word[:-2] if word.endswith(("ches", "shes", "xes", "zes")) else word[:-1]
    return word if singular in table or singular in _lemmas() else singular


_NO_PLURAL = ("ss", "us", "is", "ics", "ings", "as", "os", "ies")


SPELLING_VARIANTS = Path(__file__).resolve().parent / "data" / "spelling_variants.tsv"


@lru_cache(maxsize=1)
def spelling_variants() -> dict[str, str]:
    """British spelling → American spelling (``data/spelling_variants.tsv``, made by
    ``data/make_spelling_variants.py`` from an MIT-licensed list; its notice is in the file)."""
    from tailor.lexicon import tab_pairs

    return tab_pairs(SPELLING_VARIANTS)


def _tokenised(lowered: Iterable[str]) -> Iterator[tuple[Doc, list[str], list[str | None], frozenset[int]]]:
    """Each text tokenised, with every token's lookup lemma, the term it yields (None for a
    stop word, punctuation, a number …) and the positions of its joining hyphens (the "-" of
    "data-quality", with no space on either side). Each distinct word is looked up once per
    process, and no Token objects are made: a posting repeats most of its words."""
    from spacy.attrs import ORTH, SPACY

    pipeline = nlp()
    vocab = pipeline.vocab
    table = lemma_table()
    hyphen = vocab.strings.add("-")
    known = _WORDS.get
    for doc in pipeline.tokenizer.pipe(lowered):
        orths = doc.to_array(ORTH).tolist()
        words = [known(orth) for orth in orths]
        if None in words:
            for i, orth in enumerate(orths):
                if words[i] is None:
                    words[i] = _WORDS.get(orth) or _word(vocab[orth], orth, table)
        lemmas: list[str] = [word[0] for word in words]  # type: ignore[index]
        terms: list[str | None] = [word[1] for word in words]  # type: ignore[index]
        joins: frozenset[int] = frozenset()
        if hyphen in orths:  # most texts have no hyphen: no need for the whitespace array
            spaces = doc.to_array(SPACY).tolist()
            # A small word joins its word too ("on-site", "in-house", "On-Screen Takeoff"): the word with the one
            # after it is half a hyphenated word and that word, no phrase of the text ("site visit" of "on-site
            # visit"). A lone letter's join is its term's (:func:`_letters_joined`).
            joins = frozenset(
                i
                for i in range(1, len(orths) - 1)
                if orths[i] == hyphen
                and not spaces[i - 1]
                and not spaces[i]
                and terms[i + 1]
                and (terms[i - 1] or (len(lemmas[i - 1]) > 1 and lemmas[i - 1].isalpha()))
            )
            _letters_joined(orths, spaces, hyphen, lemmas, terms)
        if not _CURRENCIES.isdisjoint(terms):
            _unname_currencies(doc, lemmas, terms)
        if not _GRADES.isdisjoint(terms):
            _ungrade(lemmas, terms)
        if not _UNITS.isdisjoint(terms):
            _unname_units(doc, lemmas, terms)
        yield doc, lemmas, terms, joins


_GRADES = frozenset({"ii", "iii", "iv"})
"""The roman numerals that grade a job ("Research Associate II", "Nurse IV"); "I" is a lone letter, no term."""


_BETWEEN_GRADES = frozenset({"i", "/", "-", *_GRADES})
"""What stands between a job's word and its grade when a posting names two ("Scientist I/II", "Analyst II-III")."""


def _ungrade(lemmas: list[str], terms: list[str | None]) -> None:
    """A numeral right after a job's word is its grade ("Research Associate II", "Analyst III", "Scientist I/II"):
    no term, since any two jobs of one grade would share it whatever their work; "Phase II" and "Class III" keep
    theirs. ``terms`` is changed in place."""
    for i in range(1, len(terms)):
        if terms[i] not in _GRADES:
            continue
        j = i - 1
        while j > 0 and lemmas[j] in _BETWEEN_GRADES:
            j -= 1
        if terms[j] is not None and JOB_WORDS.fullmatch(terms[j] or ""):
            terms[i] = None


def _letters_joined(
    orths: list[int], spaces: list[int], hyphen: int, lemmas: list[str], terms: list[str | None]
) -> None:
    """A lone letter joined by a hyphen to the word after it is part of that word: "E-Verify", "X-ray" and
    "T-cells" are the terms "e-verify", "x-ray" and "t-cell", not "verify", "ray" and "cell" (a lone letter
    alone is no term). ``terms`` is changed in place; the lemmas stay, for the lexicon's patterns."""
    for i in range(1, len(orths) - 1):
        letter = lemmas[i - 1]
        if (
            orths[i] == hyphen
            and not spaces[i - 1]
            and not spaces[i]
            and terms[i + 1]
            and len(letter) == 1
            and letter.isalpha()
            and (i < 2 or orths[i - 2] != hyphen or spaces[i - 2])  # "a-b-c" is no word with a letter before it
        ):
            terms[i + 1] = f"{letter}-{terms[i + 1]}"


_ISO_4217 = """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL
HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB
RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU
UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"""
_CURRENCIES = frozenset(_ISO_4217.lower().split())
"""ISO 4217's codes of the world's currencies, lowercase. Some are also names of skills: PHP the Philippine peso,
SGD the Singapore dollar (and stochastic gradient descent), PYG the guaraní (and PyTorch Geometric)."""
_AMOUNT = re.compile(r"[$€£¥]?(?:\d{1,3}(?:[,.]\d{3})+|\d{3,})(?:\.\d+)?[km]?|\d+(?:\.\d+)?[km]")
"""An amount as pay is written: thousands ("120,000", "8000") or a round figure ("95k"); not a version ("PHP 8")."""


def _unname_currencies(doc: Doc, lemmas: list[str], terms: list[str | None]) -> None:
    """A currency's code next to an amount ("Salary: PHP 120,000", "8,000 SGD") is money: no term, and no skill
    of the same name. ``lemmas`` and ``terms`` are changed in place."""
    for i, term in enumerate(terms):
        if term in _CURRENCIES and any(0 <= j < len(doc) and _AMOUNT.fullmatch(doc[j].text) for j in (i - 1, i + 1)):
            lemmas[i], terms[i] = "", None


_UNITS = frozenset({"hr", "hrs", "yr", "yrs", "wk", "wks", "mo", "mos"})
"""Units of time as pay abbreviates them ("$25/hr", "$60k/yr"); "hr" is also HR, human resources."""
_NUMBER = re.compile(r"[$€£¥]?\d[\d,.]*[km]?")


def _unname_units(doc: Doc, lemmas: list[str], terms: list[str | None]) -> None:
    """A unit of time after a number and "/" or "per" ("$22-25/hr", "$20 per hr") is the number's, and so is one
    right after a number that a span of time follows ("8 hr shifts", "12-hr shift", "40 hrs a week"): no term, and
    no skill of the same name ("3 HR generalists" keeps its HR). ``lemmas`` and ``terms`` are changed in place."""
    for i, term in enumerate(terms):
        if term not in _UNITS or i < 1:
            continue
        before = doc[i - 1].text
        paid = i >= 2 and before in ("/", "per") and _NUMBER.fullmatch(doc[i - 2].text)
        counted = (_NUMBER.fullmatch(before) or (before == "-" and i >= 2 and _NUMBER.fullmatch(doc[i - 2].text))) and (
            i + 1 < len(doc) and doc[i + 1].text in _SPANS_OF_TIME
        )
        if paid or counted:
            lemmas[i], terms[i] = "", None


_SPANS_OF_TIME = frozenset({"shift", "shifts", "day", "days", "week", "weeks", "month", "months", "a", "per", "/"})
"""What follows a number's unit of time ("8 hr shifts", "40 hrs a week", "20 hrs/week"), never a noun HR names."""


def _word(lexeme: Lexeme, orth: int, table: dict[str, str]) -> tuple[str, str | None]:
    """A word's lemma and the term it yields (None for a stop word, …), remembered for the process.
    A hyphen left hanging ("short-" of "short-, medium-, and long-term") is no part of the word, and a
    prefix left hanging no word at all."""
    text = lexeme.orth_
    hanging = len(text) > 2 and text[-1] == "-" and text[-2].isalpha()
    if hanging:
        text = text.rstrip("-")
    lemma = lemma_of(text, table)
    kept = _keep(lexeme) and not (hanging and text in _PREFIXES)  # the "pre-" of "pre- and post-operative"
    word = _WORDS[orth] = (lemma, (lemma or lexeme.orth_) if kept else None)
    return word


def _next_word(i: int, joins: frozenset[int]) -> int:
    """The position of the word after token ``i``, across a joining hyphen: "data-quality" is
    written as one word but reads as the phrase "data quality"."""
    return i + 2 if i + 1 in joins else i + 1


_WORDS: dict[int, tuple[str, str | None]] = {}
"""Word (ORTH hash) → its lemma, and the term it yields or None; filled as words are met."""


def _keep(word: Lexeme) -> bool:
    """Whether a word is a term: not a stop word, punctuation, a number or an abbreviation."""
    if word.is_stop or word.is_punct or word.is_space or word.like_num or word.text in ABBREVIATIONS:
        return False
    text = word.text
    if not any(ch.isalpha() for ch in text):
        return False
    # A lone letter is noise, or a grade; the languages C and R come back as skills when
    # their context says so (see _language_context).
    return len(text) > 1


@dataclass(frozen=True)
class Analysis:
    """What a text says, as ranking and keyword extraction see it."""

    terms: list[str]
    """Lemmas, then two-word phrases, then the canonical names (lowercase) of multi-word skills.
    Inside a multi-word skill only the last word, its head, counts as a lemma of its own."""
    skills: list[str]
    """Skills of the lexicon the text mentions, by canonical name, in order of first mention."""
    said: dict[str, str] = field(default_factory=dict)
    """Each skill of :attr:`skills` → the words the text first names it with ("k8s" for
    Kubernetes, "monitoring and alerting" for observability): what a report shows."""
    near: frozenset[tuple[str, str]] = frozenset()
    """Pairs of words (lemmas, each pair sorted) that stand within :data:`NEAR` words of each
    other, when asked for: "pipelines for data" says "data pipeline" in other words. Not two
    side by side that make a compound (:attr:`compounds`)."""
    compounds: frozenset[tuple[str, str]] = frozenset()
    """Pairs of words (lemmas, in the text's order) that stand side by side, the first in no verb's
    form, when asked for with ``near``: a compound that says itself ("medication administration" inside
    "barcode medication administration") and not the other order ("leadership team" is no team leadership)."""
    cut: tuple[str, ...] = ()
    """The two-word phrases of :attr:`terms` that cut a multi-word skill or a hyphenated word in two, once per
    time they do ("scale machine" of "scale machine learning", "upper mid" of "upper mid-market"): terms for
    ranking, but no keyword."""
    within: frozenset[str] = frozenset()
    """Skills (canonical names, lowercase) named inside a longer one, when asked for with ``near``: "AutoCAD
    Civil 3D" says AutoCAD too; and those whose head another modifier shares ("unit and integration tests" says
    unit testing). Evidence that the text says them; no terms for ranking, where the longer skill is the term."""


NEAR = 4
"""How many words apart two words may stand and still be read as one phrase (:attr:`Analysis.near`); figures
and signs between them do not count."""


def analyse(
    texts: Iterable[str],
    lexicon: Lexicon | None = None,
    *,
    near: bool = False,
    names: bool = False,
    credentials: bool = False,
) -> list[Analysis]:
    """Analyse each text, in order.

    Text is lowercased before it is tokenised, because the lemma lookup table is
    case-sensitive ("Managed" has no entry; "managed" → "manage"); the original case
    still decides whether an ambiguous skill ("Go", "C", "R") is meant.

    A term is a lemma, or two kept lemmas that stand next to each other in the text,
    so no phrase spans a stop word or punctuation ("design and configuration" yields
    none). With a lexicon, a skill's alias becomes its canonical name ("k8s" →
    "kubernetes"), and a multi-word skill also counts as one term ("machine learning").
    With ``near``, each analysis also lists the pairs of words that stand close together.
    With ``names``, each text is the name of a skill, as a CV's skills list gives them: an
    ambiguous name ("Go", "Excel") is the skill there, without the context prose needs.
    With ``credentials``, each text is the name of a certificate a CV holds: an ambiguous name
    written in capitals as the lexicon writes it ("PALS – American Heart Association") is that
    credential, no everyday word ("pals").
    """
    texts = list(texts)
    lowered = [_blank_marks_of_text(_singular_acronyms(t).lower()) for t in texts]
    out = []
    for text, low, (doc, lemmas, terms, joins) in zip(texts, lowered, _tokenised(lowered), strict=True):
        # Offsets map to the original text when lowercasing kept its length (it almost always does).
        original = text if len(text) == len(low) else None
        spans = (
            _skill_spans(doc, lemmas, original, lexicon, joins, named=names, credential=credentials)
            if lexicon is not None
            else []
        )
        # Skills named by a version ("Windows 11"): the span ends in a number.
        versioned = frozenset(end for _, end, _ in spans if end - 1 > 0 and doc[end - 1].text[:1].isdigit())
        analysis = _analysis(terms, spans, joins, versioned)
        if near:
            within = _within(lemmas, spans, joins, lexicon) if lexicon is not None and spans else frozenset()
            if lexicon is not None and not _COORDINATORS.isdisjoint(lemmas):
                within |= _shared_heads([lemma for i, lemma in enumerate(lemmas) if i not in joins], lexicon)
            named = {i: n for n, (start, end, _) in enumerate(spans) if end - start > 1 for i in range(start, end)}
            close, compounds = _near(terms, doc, text if original is not None else low, named)
            analysis = replace(analysis, near=close, compounds=compounds, within=within)
        source = original if original is not None else low
        said = analysis.said
        for start, end, name in spans:
            if name not in said:  # the first mention's words; a Token costs a microsecond to make
                last = doc[end - 1]
                words = source[doc[start].idx : last.idx + len(last)]
                said[name] = name if words.isdigit() else words  # "66" of "Series 7 and 66" is Series 66
        out.append(analysis)
    return out


def _blank_marks_of_text(low: str) -> str:
    """``low`` (a text, lowercased) with what is no word of it blanked or made plain, its length kept."""
    return _blank_supervised(_blank_trademarks(_blank_open_ends(_blank_addresses(_plain_marks(low)))))


_MARKS = (
    "\u2022\u00b7\u2023\u2043\u25aa\u25ab\u25e6\u25a0\u25a1\u25cf\u25cb\u25c6\u25ba\u25b6\u27a2\u27a4\u2713\u2714\u2756"
    "\u200b\ufe0f"
)
"""List marks (•, ·, ‣, ▪, ◦, ■, ●, ◆, ►, ➢, ✓, ❖ …) and the invisible zero-width space and emoji
variation selector, which copied text leaves stuck to the word after them ("•Strong communication")."""
_PLAIN_MARKS = str.maketrans("\u2010\u2011\u2012\u2019" + _MARKS, "---'" + " " * len(_MARKS))
"""Unicode's hyphen, non-breaking hyphen and figure dash as "-", and its apostrophe (U+2019) as "'", what
word processors and web pages put where a keyboard types them ("data‑quality", "Master’s in Social Work"):
a name with a possessive is one skill however its apostrophe is typed; and :data:`_MARKS` as spaces."""
_EN_DASH_JOINING = re.compile(r"(?<=\w)\u2013(?=\w)")
"""An en dash between two words or numbers with no space ("K–12", "end–to–end"): a hyphen to a reader."""


_ACRONYM_PLURAL = re.compile(r"([A-Z][A-Z]+)s\b")
"""An acronym's plural ("ICUs", "APIs", "RNs"), which the lemma table, of words, does not know. No word
boundary before it: the pattern then costs half as much, and capitals run into a word ("getIDs") are an
acronym's plural too."""


def _singular_acronyms(text: str) -> str:
    """``text`` with each acronym's plural as the acronym, its length kept (offsets still map): "ICUs" meets
    "ICU" as "nurses" meets "nurse". Read before lowercasing, which would make "ICUs" a word of its own."""
    return _ACRONYM_PLURAL.sub(r"\1 ", text) if "s" in text else text


def _plain_marks(text: str) -> str:
    """``text`` with every kind of joining hyphen written as "-", the typographic apostrophe as "'" and list
    marks blanked, its length kept (offsets still map)."""
    if text.isascii():
        return text
    text = text.translate(_PLAIN_MARKS)
    return _EN_DASH_JOINING.sub("-", text) if "\u2013" in text else text


_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""A web or e-mail address: where a posting links its apply page, not words of the job."""


def _blank_addresses(text: str) -> str:
    """``text`` with every web and e-mail address blanked out, its length kept (spans still map
    to the original). An address's words ("…/apply/staff-release-engineer-122893") are no
    terms: they would count against every CV's fit and match nothing a reader sees."""
    if "@" not in text and "http" not in text and "www." not in text and "ftp:" not in text:
        return text
    return _ADDRESS.sub(lambda found: " " * len(found.group()), text)


_TRADEMARK = re.compile(r"(?<=[\w+#.])\((?:r|tm)\)")
"""A registered or trade mark typed as letters against the name it marks ("Microsoft Office(R)", "Epic(TM)"),
as postings pasted from older systems write "®" and "™"."""


def _blank_trademarks(text: str) -> str:
    """``text`` (lowercase) with each mark typed as letters blanked out, its length kept: the "R" of "SAP(R)" is
    no R, the language, which a list of products would otherwise make it."""
    return _TRADEMARK.sub(lambda found: " " * len(found.group()), text) if "(" in text else text


_OPEN_END = re.compile(r"(?<=\d)(\s*[-–—]\s*)(present|current|now|today)\b")
"""The open end of a span of dates ("2019–present", "2021 - current"): a date, not the word "present"."""


def _blank_open_ends(text: str) -> str:
    """``text`` (lowercase) with the word that ends an open span of dates blanked out, its length kept: a
    bullet's "(2019–present)" is not a posting's "present findings"."""
    if "present" not in text and "current" not in text and "now" not in text and "today" not in text:
        return text
    return _OPEN_END.sub(lambda found: found.group(1) + " " * len(found.group(2)), text)


_SUPERVISED = re.compile(r"\bunder\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(supervision)\b|\b(supervised)\s+by\b")
"""Work done under someone's supervision ("under the supervision of a licensed psychologist", "under
ASHA-certified supervision", "supervised by the charge nurse"): the supervision is another's."""


def _blank_supervised(text: str) -> str:
    """``text`` (lowercase) with the word that says its work was supervised blanked out, its length kept: a
    clinical fellow's "under ASHA-certified supervision" is no evidence of supervising, and a posting's "works
    under the supervision of the director" asks for none."""
    if "supervis" not in text:
        return text
    return _SUPERVISED.sub(lambda found: _blank_group(found, found.lastindex or 0), text)


def _blank_group(found: re.Match[str], group: int) -> str:
    """The text of ``found`` with its ``group`` blanked out."""
    start, end = found.start(group) - found.start(), found.end(group) - found.start()
    whole = found.group()
    return whole[:start] + " " * (end - start) + whole[end:]


def _analysis(
    terms: list[str | None], spans: list[tuple[int, int, str]], joins: frozenset[int], versioned: frozenset[int]
) -> Analysis:
    lemmas = list(terms)
    span_of = [-1] * len(lemmas)
    extra: list[str] = []
    modifiers: set[int] = set()
    for n, (start, end, canonical) in enumerate(spans):
        if end - start == 1:
            lemmas[start] = canonical.lower()  # an alias meets its canonical form
        else:
            extra.append(canonical.lower())
            span_of[start:end] = [n] * (end - start)
            if lemmas[end - 1] not in ACTIVITY_HEADS:
                modifiers.update(range(start, end - 1))
            if end in versioned and (head := _versioned_head(canonical)):
                extra.append(head)
            if lemmas[end - 1] == initials(canonical):
                # "ICH-GCP": its last word abbreviates the skill itself, so it is no mention of a skill of the
                # same letters (GCP, Google Cloud); the skill's own term says it.
                modifiers.add(end - 1)
    # A multi-word skill is its own term plus its head, the last word: "object storage" is
    # storage, not an object; "recommendation system" is a system, not a recommendation. Where the
    # head names the activity, the words before it name what it works on, and count too.
    # A prefix joined to its word ("co-organised", "re-designed") is part of it, no word of its own.
    if joins:
        modifiers.update(i - 1 for i in joins if lemmas[i - 1] in _PREFIXES)
    unigrams = [lemma for i, lemma in enumerate(lemmas) if lemma and i not in modifiers]
    # No phrase inside a multi-word skill: the skill itself is the term.
    if joins:
        pairs = [(i, j) for i in range(len(lemmas) - 1) if (j := _next_word(i, joins)) < len(lemmas)]
    else:
        pairs = [(i, i + 1) for i in range(len(lemmas) - 1)]
    pairs = [(i, j) for i, j in pairs if lemmas[i] and lemmas[j] and (span_of[i] < 0 or span_of[i] != span_of[j])]
    bigrams = [phrase(lemmas[i], lemmas[j]) for i, j in pairs]  # type: ignore[arg-type]
    cut = tuple(bigrams[n] for n, (i, j) in enumerate(pairs) if span_of[i] >= 0 or span_of[j] >= 0) if spans else ()
    if joins:
        # Half a hyphenated word and the word beside it ("upper mid" of "Upper Mid-Market", "functional team" of
        # "cross-functional team") are no phrase of the text either.
        cut += tuple(bigrams[n] for n, (i, j) in enumerate(pairs) if j + 1 in joins or i - 1 in joins)
    skills = list(dict.fromkeys(name for _, _, name in spans))
    return Analysis(unigrams + bigrams + extra, skills, cut=cut)


@lru_cache(maxsize=1 << 10)
def _versioned_head(canonical: str) -> str | None:
    """The head of a skill named by one of its versions ("Windows 11" of Microsoft Windows): its canonical name's
    last word, as the name written out gives it ("Microsoft Windows" is windows), where that is a word. A version
    is no head of its own, so "Windows 11" met no posting's "Windows"; a standard whose name ends in its number
    (ISO 9001, USP <797>) has none, so one of them never meets a posting asking for another."""
    last = canonical.split()[-1].lower()
    return lemma_of(last, lemma_table()) if last.isalpha() and len(canonical.split()) > 1 else None


@lru_cache(maxsize=1 << 12)
def initials(name: str) -> str:
    """The lowercase first letters of the words of a name of three words or more ("gcp" of "Good Clinical
    Practice"); "" for a shorter one, whose two letters abbreviate too much else."""
    words = name.lower().split()
    return "".join(word[0] for word in words) if len(words) >= 3 else ""


ACTIVITY_HEADS = frozenset(
    {
        "administration",
        "analysis",
        "coordination",
        "design",
        "development",
        "management",
        "marketing",
        "operation",
        "research",
        "strategy",
        "support",
    }
)
"""The last words of multi-word skills that name an activity, not a thing: the words before one name what the
work is on, and count as words of their own ("budget management" is about budgets, "curriculum development"
about a curriculum, "market research" about markets), where "object storage" is storage and no object. The
activity nouns that most often end the lexicon's skills (bench/README.md, seventeenth session)."""
_ACTIVITY_WORDS = {word: word for word in ACTIVITY_HEADS} | {"operations": "operation"}
"""An activity head as a canonical name's last word spells it → its lemma ("operations" → "operation")."""

_PREFIXES = frozenset({"co", "re", "non", "pre", "multi", "semi", "anti", "sub", "inter", "intra", "bi", "tri", "mid"})
"""Prefixes that English writes joined to the word after them ("co-founder", "cofounder", "non-profit") and
that are no words alone: the "non" of "non-finance partners" says nothing a "non-profit" says."""


@lru_cache(maxsize=1 << 16)
def phrase(first: str, second: str) -> str:
    """The term two kept words standing together make: their closed compound where English writes
    them as one word too ("health care" → healthcare, "data sets" → dataset, "web site" → website),
    so that a text meets another whichever way it writes them; else the two words ("data quality").

    A word is one the English lemma table or word-frequency list knows; both parts must be words of
    three letters or more ("de base" is no "debase"), or a prefix such as "co" ("co founder")."""
    if len(second) >= 3 and (len(first) >= 3 or first in _PREFIXES) and _is_word(first + second):
        return first + second
    return f"{first} {second}"


def _is_word(text: str) -> bool:
    from tailor.lexicon import word_log_probabilities

    return text.isalpha() and (text in lemma_table() or text in _lemmas() or text in word_log_probabilities())


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(lemma_table().values())


def _near(
    terms: list[str | None], doc: Doc, text: str, named: Mapping[int, int] | None = None
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The pairs of words that stand close (:attr:`Analysis.near`), and the compounds (:attr:`Analysis.compounds`),
    in ``doc``, made of ``text`` (of the same length). Two words of two multi-word skills (``named``: a token's
    index → its skill's) are no pair: each is bound to its own skill, so "acceptance testing for the warehouse
    management" says no test management; nor are two verbs in the past, two deeds of which neither is the other's
    object."""
    named = named or {}
    # Figures and signs do not hold words apart: "managed a $14M operating budget" is managing a budget. A mark
    # that sets items apart does: "Data Scientist | Machine Learning Engineer" names no data engineer.
    at = list(accumulate(any(c.isalpha() for c in token.text) for token in doc))
    marks = [i for i, c in enumerate(text) if c in _APART]  # list marks are blanked in ``doc``: read ``text``
    marks = sorted(marks + _clauses_joined(doc))
    part = [bisect_left(marks, token.idx) for token in doc]
    kept = [(k, at[k], t) for k, t in enumerate(terms) if t]
    past = [bool(t) and _in_the_past(token.lower_) for token, t in zip(doc, terms, strict=True)]
    pairs = set()
    compounds = set()
    for n, (k, i, a) in enumerate(kept):
        for m, j, b in kept[n + 1 :]:
            if j - i > NEAR or part[m] != part[k]:
                break
            if a == b or (k in named and m in named and named[k] != named[m]):
                continue
            if past[k] and past[m]:
                continue  # two deeds ("designed an Arduino-controlled pump"), no work and its object: no design control
            if m == k + 1 and _compound(doc[k].lower_, a):
                compounds.add((a, b))
            else:
                pairs.add((a, b) if a < b else (b, a))
    return frozenset(pairs), frozenset(compounds)


def _clauses_joined(doc: Doc) -> list[int]:
    """Where an "and" or "or" joins a clause of its own, a verb in the past after a word that is no verb ("reported
    events to the program and managed recalls"): the words before it are no object of that verb. Two verbs that
    share their object ("planned and managed budgets", "wrote and edited") join no clause."""
    starts = []
    for k in range(1, len(doc) - 1):
        if doc[k].lower_ not in ("and", "or") or not _in_the_past(doc[k + 1].lower_):
            continue
        before = doc[k - 2] if doc[k - 1].lower_ == "," and k > 1 else doc[k - 1]
        if before.is_alpha and not _in_the_past(before.lower_):
            starts.append(doc[k].idx)
    return starts


def _in_the_past(word: str) -> bool:
    """Whether ``word`` is a form of a verb that is no plural and no "-ing" ("managed", "led", "wrote"): a verb in
    the past, as a résumé's clauses open."""
    lemma = lemma_of(word, lemma_table())
    return lemma != word and lemma in _verbs() and not word.endswith(("s", "ing"))


_APART = frozenset("|;" + _MARKS[:-2])
"""Marks that end one item or clause and start another, so that no word before one stands close to a word after
it (:func:`_near`): a headline's "|", a list's bullet or middle dot, a semicolon."""


def _compound(word: str, lemma: str) -> bool:
    """Whether ``word`` (lowercase, with its ``lemma``), standing right before another kept word, makes a compound
    noun with it: a word that is no form of a verb. Such two words are a phrase term in their own order; in the
    other they name another thing ("leadership team" is no team leadership, "management team" no team
    management), where a verb before its object says the work either way ("edited videos", "manage budgets")."""
    return word == lemma and lemma not in _verbs()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The lemmas of the lemma table that have a form in "-ed" or "-ing": every word that may be a verb."""
    return frozenset(lemma for word, lemma in lemma_table().items() if word != lemma and word.endswith(("ed", "ing")))


def locate(
    text: str, terms: set[str], lexicon: Lexicon | None = None, *, words: bool = False
) -> list[tuple[int, int, str]]:
    """Where in ``text`` each of ``terms`` (as :class:`Analysis` spells them) occurs.

    Returns non-overlapping ``(start, end, term)`` character spans in text order,
    the longest occurrence winning where two overlap ("machine learning" over
    "learning"). Used to highlight a posting's keywords in reports. A name that is also a
    word (the lexicon's ambiguous ones: "Outreach", "Spanish") is found only where the context
    shows the name, unless ``words``: then the word is the term asked for.
    """
    singular = _singular_acronyms(text)
    doc, token_lemmas, lemmas, joins = next(_tokenised([_blank_trademarks(_plain_marks(singular.lower()))]))
    if len(doc.text) != len(text):
        return []  # lowercasing changed the length: offsets would not line up
    spans = _skill_spans(doc, token_lemmas, text, lexicon, joins) if lexicon is not None else []
    # A word that names a tool only where its context says so ("cold outreach", not the tool Outreach) is
    # marked as that term only where the context did.
    ambiguous = _skills(lexicon).ambiguous if lexicon is not None else frozenset()
    named: set[int] = set()
    found: list[tuple[int, int, str]] = []
    for start, end, canonical in spans:
        if end - start == 1:
            lemmas[start] = canonical.lower()
            named.add(start)
        elif canonical.lower() in terms:
            found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), canonical.lower()))
    for i, lemma in enumerate(lemmas):
        # A term with its letter joined ("e-verify") starts at the letter, two tokens back: where the letter
        # and the hyphen are those tokens, not where one word is its alias ("eDiscovery" for "e-discovery").
        joined = lemma and i >= 2 and lemma[1:2] == "-" and token_lemmas[i][1:2] != "-" and doc[i - 1].text == "-"
        begin = doc[i - 2].idx if joined else doc[i].idx
        if lemma in terms and (words or i in named or lemma not in ambiguous):
            found.append((begin, doc[i].idx + len(doc[i]), lemma))
        j = _next_word(i, joins)
        if lemma and j < len(doc) and lemmas[j] and (pair := phrase(lemma, lemmas[j])) in terms:
            found.append((begin, doc[j].idx + len(doc[j]), pair))
    out: list[tuple[int, int, str]] = []
    for start, end, term in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not out or start >= out[-1][1]:
            # An acronym's plural ("VFDs") is the term whole, its "s" read as a space: marked whole too.
            plural = end < len(text) and text[end] == "s" and singular[end] == " "
            out.append((start, end + plural, term))
    return out


@dataclass(frozen=True)
class _Skills:
    """The lexicon's names and aliases as lemma sequences, for matching."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First lemma → (the whole lemma sequence, canonical name) for every name and alias
    that starts with it, longest first."""
    ambiguous: frozenset[str]
    """Lemma forms of the ambiguous names, space-joined ("going" matches "go" too)."""
    by_length: dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = field(default_factory=dict)
    """:attr:`by_first` grouped by length, longest first: one lookup per length where a lemma starts many names."""


@lru_cache(maxsize=4)
def _skills(lexicon: Lexicon) -> _Skills:
    surfaces = sorted(lexicon.names)
    sequences = dict(_lemma_sequences(surfaces))
    patterns = {sequences[s]: lexicon.names[s] for s in surfaces if sequences[s]}
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for pattern, name in patterns.items():
        by_first.setdefault(pattern[0], []).append((pattern, name))
    by_length: dict[str, dict[int, dict[tuple[str, ...], str]]] = {}
    for first, found in by_first.items():
        for pattern, name in found:
            by_length.setdefault(first, {}).setdefault(len(pattern), {})[pattern] = name
    return _Skills(
        {first: tuple(sorted(found, key=lambda p: -len(p[0]))) for first, found in by_first.items()},
        frozenset(" ".join(lemmas) for _, lemmas, _, _ in _tokenised(sorted(lexicon.ambiguous))),
        {first: tuple(sorted(lengths.items(), reverse=True)) for first, lengths in by_length.items()},
    )


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
"""Lowercase words with single spaces between: text that spaCy's tokenizer splits at the spaces only."""


def _lemma_sequences(surfaces: list[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each lowercase name with its tokens' lemmas, as :func:`_tokenised` gives them.

    Most names are plain words ("machine learning"), which the tokenizer only splits at
    the spaces (unless a word is one of its special cases, such as "cannot"); those are
    looked up directly, without making the tokenizer meet 3,000 new words at every start.
    """
    rules = nlp().tokenizer.rules
    table = lemma_table()
    other = []
    for surface in surfaces:
        words = surface.split(" ")
        if _PLAIN.fullmatch(surface) and not any(word in rules for word in words):
            yield surface, tuple(lemma_of(word, table) for word in words)
        else:
            other.append(surface)
    for surface, (_, lemmas, _, joins) in zip(other, _tokenised(other), strict=True):
        # "high-performance computing" is the pattern of "high performance computing" too.
        yield surface, tuple(lemma for i, lemma in enumerate(lemmas) if i not in joins)


def _skill_spans(
    doc: Doc,
    lemmas: list[str],
    original: str | None,
    lexicon: Lexicon,
    joins: frozenset[int] = frozenset(),
    *,
    named: bool = False,
    credential: bool = False,
) -> list[tuple[int, int, str]]:
    """Skill mentions as (start token, end token, canonical name), non-overlapping, longest first.

    Every name and alias is matched on lemmas wherever it occurs, a joining hyphen read as
    a space ("data-quality" is "data quality"); where two mentions overlap the longer one
    wins, then the earlier (as spaCy's ``filter_spans``). ``original`` is the text before
    lowercasing, when its offsets are the doc's. An ambiguous name counts where its context
    says it is the skill, or anywhere in a text that is ``named`` a skill, or written in capitals as the
    lexicon writes it in a text that names a ``credential``.
    """
    skills = _skills(lexicon)
    view: Sequence[int] = [i for i in range(len(lemmas)) if i not in joins] if joins else range(len(lemmas))
    words = [lemmas[i] for i in view] if joins else lemmas
    names: dict[tuple[int, int], str] = {}
    count = len(words)
    by_length = skills.by_length
    for start in [i for i, lemma in enumerate(words) if lemma in by_length]:
        for length, patterns in by_length[words[start]]:
            end = start + length
            if end <= count:
                if length > 1:
                    name = patterns.get(tuple(words[start:end]))
                else:
                    # A word that is a name as written is that name, though its lemma is another's: "SUD"
                    # (substance use disorder) is no "SuDS" (sustainable drainage), which lemmatises to it.
                    written = doc[view[start]].text
                    name = lexicon.names.get(written) or patterns[(words[start],)]
                    if _verb_form(written, words[start]) and written not in lexicon.names and not name.islower():
                        # A verb's inflection ("sparked", "sketching", "excelled", "bootstrapped") is the
                        # everyday word, not the product named by it (Spark, Sketch, Excel, Bootstrap); a plural
                        # may be either ("leading scrums", "sketches").
                        name = None
                if name is not None:
                    names[(view[start], view[end - 1] + 1)] = name
    taken: set[int] = set()
    kept = []
    for start, end in sorted(names, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    kept.sort()
    if any(lemmas[end - 1].isdigit() or lemmas[end - 1] == ">" for _, end in kept):
        for span, name in _numbered_siblings(doc, kept, lexicon):
            kept.append(span)
            names[span] = name
        kept.sort()
    found = set(kept)
    spans = [
        (start, end, names[(start, end)])
        for start, end in kept
        if " ".join(lemmas[start:end]) not in skills.ambiguous
        or (
            not _another_acronym(doc[start:end], original, named, lexicon.capitals)
            and not _opening_word(doc[start:end], original, lexicon.inner_capitals)
            and (
                named
                or (credential and _in_its_capitals(doc[start:end], original, lexicon.capitals))
                or _language_context(doc, doc[start:end], original, found, lexicon.spoken)
            )
        )
    ]
    if joins:  # "Bi-annual", "Co-op": a prefix joined to its word is no skill of the same letters (BI, CO)
        spans = [(s, e, name) for s, e, name in spans if not (e - s == 1 and e in joins and lemmas[s] in _PREFIXES)]
    spans = [
        (s, e, name) for s, e, name in spans if not (e - s == 1 and len(lemmas[s]) == 1 and _letter_of_a_word(doc, s))
    ]
    spans = _of_its_maker(doc, spans, original, lexicon)
    return _spelled_out(doc, spans, lexicon) if any(end - start == 1 for start, end, _ in spans) else spans


def _of_its_maker(
    doc: Doc, spans: list[tuple[int, int, str]], original: str | None, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """``spans`` with an acronym that is also the last word of a maker's product ("EMR": electronic medical
    records, and Amazon EMR) read as that product where the text names another of the maker's ("AWS or similar
    (S3, Redshift, RDS, EMR)": Amazon S3, Amazon Redshift, Amazon RDS). Only a maker's proper name counts."""
    named = {name for _, _, name in spans if " " in name and name[:1].isupper()}
    makers = {_maker(name) for name in named}
    if not makers or original is None:
        return spans
    out = []
    for start, end, name in spans:
        written = original[doc[start].idx : doc[start].idx + len(doc[start])]
        if end - start == 1 and len(written) > 1 and written.isupper():
            products = {lexicon.names.get(f"{maker} {written.lower()}") for maker in makers} - {None, name}
            # Another of the maker's products, not this one ("BI" beside "Power BI" is business intelligence).
            if len(products) == 1 and any(_maker(other) == _maker(next(iter(products))) for other in named - products):
                name = products.pop()
        out.append((start, end, name))
    return out


def _maker(name: str) -> str:
    return name.partition(" ")[0].lower()


def _letter_of_a_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a lone letter joined by a hyphen to a word before or after it: the "C" of
    "C-suite" or of the credentials "FP-C" and "CCP-C" (the "R" of "R-value") is a letter of that word, no
    skill named by the letter alone (the caller asks only of a one-letter span)."""
    after = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
    return (after and doc[i + 2].is_alpha) or (before and doc[i - 2].is_alpha)


_BETWEEN_NUMBERS = frozenset({",", "and", "or", "&", "/"})
_ANGLE_BRACKETS = frozenset({"<", ">"})


def _numbered_siblings(doc: Doc, kept: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[tuple[int, int], str]]:
    """The numbers listed after a name that ends in one, each with the name's words before it, where that is a
    name of the lexicon too: "Series 7, 63 and 66" says Series 63 and Series 66, "ISO 9001 and 13485" ISO 13485, and
    "USP <797> and <800>" (or "<797>/<800>") USP <800>, a number in angle brackets only after one in them.
    A number that makes no name ("Windows 10 and 11") stays a number."""
    taken = {i for start, end in kept for i in range(start, end)}
    out = []
    for start, end in kept:
        # A number in angle brackets, as the USP numbers its chapters ("USP <797> and <800>"), is listed so too.
        bracketed = end - start >= 4 and doc[end - 1].text == ">" and doc[end - 3].text == "<"
        last = end - 2 if bracketed else end - 1
        first = last - 1 if bracketed else last  # where the name's words end
        if first - start < 1 or not doc[last].text.isdigit():
            continue
        words = " ".join(token.text for token in doc[start:first])
        i = end
        while i < len(doc) and i not in taken:
            text = doc[i].text
            if doc[i].is_space or text in _BETWEEN_NUMBERS or (bracketed and text in _ANGLE_BRACKETS):
                i += 1
                continue
            enclosed = 0 < i < len(doc) - 1 and doc[i - 1].text == "<" and doc[i + 1].text == ">"
            name = (
                lexicon.names.get(f"{words} <{text}>" if bracketed else f"{words} {text}")
                if text.isdigit() and enclosed == bracketed
                else None
            )
            if name is None:
                break
            out.append(((i, i + 1), name))
            i += 1
    return out


def _verb_form(written: str, lemma: str) -> bool:
    """Whether ``written`` (lowercase) is another form of ``lemma`` than its plural: "sparked", "sparking", "went"."""
    return written != lemma and written not in (lemma + "s", lemma + "es")


_COORDINATORS = frozenset({"and", "or", "&"})
"""The words that join two modifiers of one head ("applicant tracking and candidate management systems")."""
_BETWEEN = 3
"""At most this many words stand between the coordinator and the head the two modifiers share."""


def _shared_heads(words: Sequence[str], lexicon: Lexicon) -> frozenset[str]:
    """Skills (canonical names, lowercase) a text names with their head shared by another modifier: "unit and
    integration tests" says unit testing, "applicant tracking and candidate management systems" an applicant
    tracking system (:attr:`Analysis.within`: evidence, no terms for ranking; measured as ranking terms, they
    moved six postings of seventeen sets both ways). Only a name of the lexicon is read so, over plain words."""
    by_length = _skills(lexicon).by_length
    found: set[str] = set()
    for at, word in enumerate(words):
        if word not in _COORDINATORS:
            continue
        for start in range(max(0, at - 3), at):
            split = at - start  # the name's words before the coordinator
            for length, patterns in by_length.get(words[start], ()):
                if length <= split:
                    continue
                for pattern, name in patterns.items():
                    if pattern[:split] != tuple(words[start:at]):
                        continue
                    head = pattern[split:]
                    for begin in range(at + 2, at + 2 + _BETWEEN):
                        between = words[at + 1 : begin]
                        if tuple(words[begin : begin + len(head)]) == head:
                            if all(w.isalpha() and w not in _COORDINATORS for w in between):
                                found.add(name.lower())
                            break
    return frozenset(found)


_INITIAL_SKIPS = frozenset({"of", "and", "&", "the", "for", "in", "to", "-", "/"})
"""Words an acronym leaves out of its letters ("Hazard Analysis and Critical Control Points", HACCP)."""


def _spelled_out(doc: Doc, spans: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``spans`` with an acronym in brackets after the words it abbreviates read as those words: "Good
    Clinical Practice (GCP)" is no Google Cloud, "Relativity Certified Administrator (RCA)" no root cause
    analysis, and "reservation-of-rights (ROR) letters" no Ruby on Rails. Where the words are a skill, the
    acronym is that skill; where they are one of the acronym's own names hyphenated another way
    ("first-in-first-out (FIFO)"), it is its skill; where they are none, it is no skill."""
    before = {end: name for _, end, name in spans}
    out = []
    for start, end, name in spans:
        if end - start == 1 and start >= 2 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
            letters = doc[start].text.replace(".", "")
            words = [t.text for t in doc[max(0, start - 1 - 3 * len(letters)) : start - 1]]
            if len(letters) > 1 and abbreviates(words, letters):
                if (phrase := before.get(start - 1)) is not None:
                    out.append((start, end, phrase))  # the skill the words name, said again
                elif _one_of_its_names(words, letters, name, lexicon):
                    out.append((start, end, name))
                continue  # the acronym of words that are no skill: none either
        out.append((start, end, name))
    return out


def _one_of_its_names(words: Sequence[str], letters: str, name: str, lexicon: Lexicon) -> bool:
    """Whether the last of ``words`` that abbreviate to ``letters`` are a name the lexicon gives the skill
    ``name``, hyphens and spaces alike ("first-in-first-out" is "first-in first-out")."""

    def plain(text: str) -> str:
        return " ".join(re.split(r"[\s-]+", text.lower())).strip()

    names = {plain(surface) for surface, canonical in lexicon.names.items() if canonical == name}
    return any(
        abbreviates(words[-count:], letters) and plain(" ".join(words[-count:])) in names
        for count in range(1, len(words) + 1)
    )


def abbreviates(words: Sequence[str], letters: str) -> bool:
    """Whether the last of ``words`` abbreviate to ``letters``: each gives its first letter, in either case (a
    duty's words are written in lower case: "first notice of loss (FNOL)"), and one an acronym may leave out
    (:data:`_INITIAL_SKIPS`) gives its letter or none ("Hazard Analysis and Critical Control Points", HACCP;
    "reservation-of-rights", ROR)."""
    if not letters:
        return True
    if not words:
        return False
    word = words[-1]
    if word.lower() in _INITIAL_SKIPS and abbreviates(words[:-1], letters):
        return True
    return word[:1].isalpha() and word[0].lower() == letters[-1].lower() and abbreviates(words[:-1], letters[:-1])


def _within(
    lemmas: list[str], spans: list[tuple[int, int, str]], joins: frozenset[int], lexicon: Lexicon
) -> frozenset[str]:
    """The skills named inside the multi-word skills of ``spans`` (:attr:`Analysis.within`) that are kin of the
    longer one in the lexicon (related, or related to one same skill: AutoCAD and Civil 3D are both CAD), so
    that a name shared by two fields says nothing of the other ("DBT skills groups" are therapy, not the data
    tool dbt); ambiguous names left out, since inside a longer name no context says which is meant. Nor is one
    activity inside another on the same thing ("UX research" says no UX design, "data analysis" no data
    management): the words before an activity name what it works on, not another activity."""
    skills, related = _skills(lexicon), kin(lexicon)
    found: set[str] = set()
    for start, end, name in spans:
        outer = name.lower()
        head = lemmas[end - 1]
        words = [lemmas[i] for i in range(start, end) if i not in joins]
        for i, first in enumerate(words):
            for length, patterns in skills.by_length.get(first, ()):
                part = tuple(words[i : i + length])
                inner = patterns.get(part) if length < len(words) and i + length <= len(words) else None
                if inner is None or inner == name or " ".join(part) in skills.ambiguous:
                    continue
                near = related.get(outer, frozenset())
                if head in ACTIVITY_HEADS and _is_activity(inner, head):
                    continue
                if inner.lower() in near or near & related.get(inner.lower(), frozenset()):
                    found.add(inner.lower())
    return frozenset(found)


def _is_activity(name: str, other: str) -> bool:
    """Whether the skill ``name`` (canonical) names an activity other than ``other`` (a lemma of
    :data:`ACTIVITY_HEADS`): its last word is one, as "UX design"'s is."""
    last = name.lower().split()[-1] if name.strip() else ""
    return last in _ACTIVITY_WORDS and _ACTIVITY_WORDS[last] != other


@lru_cache(maxsize=4)
def kin(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each skill (lowercase canonical name) → those the lexicon relates it to, either way."""
    kin: dict[str, set[str]] = {}
    for skill, related in lexicon.related.items():
        for other in related:
            kin.setdefault(skill, set()).add(other)
            kin.setdefault(other, set()).add(skill)
    return {skill: frozenset(found) for skill, found in kin.items()}


_CONNECTORS = frozenset({",", "/", "(", ")", "and", "or", "&", "+", ";", "-"})
_BEFORE_LANGUAGE = frozenset(
    {"in", "with", "using", "advanced", "fluent", "fluency", "native", "bilingual", "conversational"}
    | {"speak", "speaks", "speaking", "spoke", "spoken"}  # "Speaking Spanish at an intermediate level"
)
_AFTER_LANGUAGE = frozenset(
    {"programming", "language", "languages", "code", "developer", "developers", "compiler", "skills", "proficiency"}
    | {"speaker", "speakers", "speaking", "fluency", "fluent", "translation", "interpretation", "interpreter"}
)
"""The words around an ambiguous name that say it is the skill: a programming language or a tool ("written in
Go", "Excel skills"), or a spoken language ("fluent German", "Spanish speaker", "Spanish-speaking")."""
_EXAMPLE_LEADS = (["e.g."], ["eg"], ["i.e."], ["such", "as"], ["including"])
"""The words that lead an example in ("e.g., Dovetail", "such as Maze", "including Sketch"): a capitalised name
after them is the tool the example names, not the everyday word."""
_NOT_A_LIST = frozenset({"with", "as", "at", "for", "of", "under", "by"})
"""Words no list of skills has between its items: a skill beyond one is no list-mate ("a Chef with ServSafe
certification" is a cook, not the DevOps tool)."""


def _in_its_capitals(span: Span, original: str | None, capitals: frozenset[str]) -> bool:
    """Whether ``span`` is written in capitals, as the lexicon writes the name (``capitals``): "PALS", not
    "pals" or "Pals"."""
    if original is None:
        return False
    written = original[span.start_char : span.end_char]
    return len(written) > 1 and written.isupper() and written.lower() in capitals


def _another_acronym(span: Span, original: str | None, named: bool, capitals: frozenset[str]) -> bool:
    """Whether the one-word ambiguous ``span`` is :func:`another_acronym`, as ``original`` writes it; a skill's
    name alone (``named``) is its own line."""
    if original is None or len(span) != 1:
        return False
    line_start = original.rfind("\n", 0, span.start_char) + 1
    line_end = original.find("\n", span.end_char)
    line = original[line_start : line_end if line_end >= 0 else len(original)]
    surface = original[span.start_char : span.end_char]
    return another_acronym(surface, surface if named else line, capitals)


_OPENS = re.compile(r"(?:^|[.!?]\s+)[\W_]*$")
"""What stands before the word that opens a line (list marks aside) or a sentence."""
_MODIFIES = re.compile(r"[ \t]+[a-z]")
"""What follows a word that qualifies the next, written in small letters ("Safe food", "Zero downtime")."""


def _opening_word(span: Span, original: str | None, inner_capitals: frozenset[str]) -> bool:
    """Whether the one-word ambiguous ``span`` is the everyday word that opens a line or sentence and qualifies
    the word after it ("Safe food handling", "Zero downtime"): written with its first letter alone capitalised,
    where the lexicon writes the name with capitals inside it ("SAFe", "ZeRO"), its capital is the sentence's,
    no sign of the name. One that a comma or "and" follows may head a list of names ("Rest, GraphQL")."""
    if original is None or len(span) != 1:
        return False
    written = original[span.start_char : span.end_char]
    if written.lower() not in inner_capitals or not (written[:1].isupper() and written[1:].islower()):
        return False
    if not _MODIFIES.match(original, span.end_char):
        return False
    line_start = original.rfind("\n", 0, span.start_char) + 1
    return bool(_OPENS.search(original[line_start : span.start_char]))


def another_acronym(written: str, line: str, capitals: frozenset[str]) -> bool:
    """Whether an ambiguous name ``written`` in capitals that no spelling of it in the lexicon uses (``capitals``,
    :attr:`tailor.lexicon.Lexicon.capitals`) is an acronym of something else: "ADA" (the Americans with
    Disabilities Act) is not the language Ada, nor "SWIFT" (the banks' network) Swift, where "ELK" is the ELK
    stack. Written so on a ``line`` all in capitals ("SKILLS: PYTHON, GO") it says nothing of what it is and
    stays the name; a skill's name alone in capitals is the acronym."""
    if len(written) < 2 or not written.isupper() or written.lower() in capitals:
        return False
    return line == written or any(c.islower() for c in line)


_JUDGEMENTS = frozenset(
    (*lead, *judged)
    for lead in ((), ("is",))
    for judged in (("a", "plus"), ("a", "bonus"), ("an", "asset"), ("preferred",), ("required",), ("desired",))
)
"""What a posting's item says of a skill it names alone ("Spanish a plus", "Excel is required")."""


def _opens_a_judged_item(doc: Doc, span: Span) -> bool:
    """Whether ``span`` opens its line (list marks aside) and the words after it judge it (:data:`_JUDGEMENTS`):
    an item naming the skill alone, "- Spanish a plus", not "- German citizenship preferred"."""
    i = span.start - 1
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        if any(c.isalnum() for c in doc[i].text):
            return False
        i -= 1
    after = tuple(t.lower_ for t in doc[span.end : span.end + 3])
    return any(after[: len(judged)] == judged for judged in _JUDGEMENTS)


def _alone_on_its_line(doc: Doc, span: Span) -> bool:
    """Whether ``span`` has no word beside it on its line (list marks and commas aside): "- Go", not "- Go further"."""
    for step, i in ((-1, span.start - 1), (1, span.end)):
        while 0 <= i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
            if doc[i].text not in _CONNECTORS and not doc[i].is_space:
                return False
            i += step
    return True


_SAYS_SPOKEN = frozenset({"bilingual", "fluent", "fluency", "native", "speak", "speaks", "conversational"})


def _spoken_in_small_letters(doc: Doc, span: Span, spoken: frozenset[str]) -> bool:
    """Whether a spoken language's name written in small letters, as a quick ad writes it ("bilingual
    spanish/english REQUIRED", "fluent german"), is the language: a word before it says it is spoken
    (:data:`_SAYS_SPOKEN`), or another language's name is paired with it by "/" ("spanish/english")."""
    if len(span) != 1 or span.text.lower() not in spoken:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _SAYS_SPOKEN:
        return True
    pairs = ((span.start - 2, span.start - 1), (span.end + 1, span.end))
    return any(
        0 <= other < len(doc) and doc[slash].text == "/" and doc[other].lower_ in spoken for other, slash in pairs
    )


def _language_context(
    doc: Doc, span: Span, original: str | None, skills: set[tuple[int, int]], spoken: frozenset[str] = frozenset()
) -> bool:
    """Whether an ambiguous mention ("Go", "C", "R", "German") is the skill.

    It must be capitalised as written ("go to" is a verb), and stand in a list with
    another skill ("C/C++", "Python, Go and Rust", "English/Spanish"), or after "in"/"with"/
    "using"/"fluent", or before "programming"/"language"/"code"/"speaker" (:data:`_BEFORE_LANGUAGE`,
    :data:`_AFTER_LANGUAGE`) — so a grade "C", "Go to our site" or "a German company" is not. A list
    has no "with" or "as" between its items (:data:`_NOT_A_LIST`), and a name that goes on ("Chef
    Marco") heads no list: "a Chef with ServSafe certification" and "Chef Marco's sous chef" are cooks.
    """
    surface = original[span.start_char : span.end_char] if original is not None else span.text
    if not surface[:1].isupper():
        return _spoken_in_small_letters(doc, span, spoken)
    beside = {doc[i].text for i in (span.start - 1, span.end) if 0 <= i < len(doc)}
    if "grade" in beside or "grades" in beside:
        return False  # "a C grade in English and Maths", "grade C or above": a mark, not the language
    starts = {start for start, _ in skills if start != span.start}
    ends = {end for _, end in skills if end != span.end}
    # "in Latin America", "with German Shepherds", "Chef Marco": a capitalised word after it that is no
    # skill, the name goes on.
    following = doc[span.end] if span.end < len(doc) else None
    name_goes_on = (
        following is not None
        and original is not None
        and following.is_alpha
        and original[following.idx].isupper()
        and span.end not in starts
    )
    for step, edge, found in ((-1, span.start - 1, ends), (1, span.end, starts)):
        if step > 0 and name_goes_on:
            continue
        i, seen, new_line = edge, 0, False
        alone = _alone_on_its_line(doc, span)
        while 0 <= i < len(doc) and seen < 3:
            if (i + 1 if step < 0 else i) in found:
                # A skill on another line is a list-mate only of a name alone on its own ("- Airflow\n- Excel"):
                # "- German citizenship preferred" is no list with "- Safe driving record required" under it.
                if new_line and not alone:
                    break
                return True
            if doc[i].text in _NOT_A_LIST:
                break
            if doc[i].is_space and "\n" in doc[i].text:
                new_line = True
            elif doc[i].text not in _CONNECTORS and not doc[i].is_space:
                if new_line and not alone:
                    # A line of words that opens with the name ("- Safe driving record") is an item of its own,
                    # no list-mate of the line above ("Tanker endorsement required"); a name alone on its line
                    # is an item of a list of names ("- Airflow\n- Advanced Excel skills").
                    break
                seen += 1
            i += step
    before = doc[span.start - 1].text if span.start > 0 else ""
    lead = [t.text for t in doc[max(span.start - 3, 0) : span.start] if t.text not in (",", "(", ":")][-2:]
    if not name_goes_on and (lead[-1:] in _EXAMPLE_LEADS or lead in _EXAMPLE_LEADS):
        return True  # "a research repository (e.g., Dovetail)", "tools such as Maze": an example of a tool
    if _opens_a_judged_item(doc, span):
        return True  # "- Spanish a plus", "• Excel required": a requirement that names it alone
    after = doc[span.end].text if span.end < len(doc) else ""
    if after == "-" and span.end + 1 < len(doc):
        after = doc[span.end + 1].text  # "Spanish-speaking"
    return (before in _BEFORE_LANGUAGE and not name_goes_on) or after in _AFTER_LANGUAGE
