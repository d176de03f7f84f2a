"""Each text as words: spaCy's tokenizer, taught tailor's technical tokens, and the lookup lemma table.

A blank English pipeline (nothing to download) whose tokenizer keeps technical tokens whole (``C++``, ``C#``,
``.NET``, ``CI/CD``, ``Node.js``), plus the English lemma lookup table of ``spacy-lookups-data``. Every token gets
its lemma and the term it yields (None for a stop word, punctuation, a number, a currency or a unit of time), each
distinct word decided once per process. spaCy is imported on first use only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tailor.posting.plausible import JOB_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.lexeme import Lexeme
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc


TECHNICAL_TOKENS = ("c#", "f#", "ci/cd", "tcp/ip", "i/o", "pl/sql", "a/b", "r&d", "asp.net", "vb.net")
"""Tokens that contain punctuation the tokenizer would otherwise split off (``c#`` → ``c``, ``#``).
Tokens such as ``c++``, ``.net``, ``node.js`` and ``k8s`` already survive spaCy's English rules."""

ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc", "etc.", "cetera", "eg", "ie", "vs", "vs.", "incl", "incl.", "and/or"})
"""Latin and other abbreviations that spaCy does not mark as stop words."""

PREPOSITIONS = frozenset({"alongside", "amid", "amidst", "despite", "underneath", "versus"})
"""Prepositions that spaCy does not mark as stop words, as it does "along", "beside" and "across": a posting's
"alongside physicians" and a CV's "alongside the nephrology team" share no skill."""

LEMMA_OVERRIDES = {
    # Latin plurals English reads as singular nouns of their own: the table made "Opera PMS" (a hotel's property
    # management system) "opus pms", and a posting's "agenda" never met a CV's "agendas" (→ agenda).
    "opera": "opera",
    "agenda": "agenda",
    "stamina": "stamina",
    "trivia": "trivia",
    "regalia": "regalia",
    "insignia": "insignia",
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
    # Plurals the table gives a "-sis" singular English does not use ("phasis", "paraphrasis"): a posting's work
    # "through construction phases" never met a CV's "construction phase". ("bases" stays a basis's: a nuclear plant's
    # safety bases; the lexicon's "knowledge bases" says so.)
    "phases": "phase",
    "paraphrases": "paraphrase",
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
    "dive": "dive",  # a "deep dive", no "diva" (as the table reads it, while "dives" and "diving" stay dive)
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
    "castings": "castings",  # a foundry's parts, no "cast" of a play (the table reads "castings" as "cast")
    "finding": "finding",  # what an audit, an inspection or a study found, no "find" (a generic word)
    "lobbying": "lobbying",  # the work of influencing legislators, no hotel's lobby
    "customs": "customs",  # a border's duties and clearance ("customs documentation"), no plural of a custom
    "pacs": "pacs",  # an imaging archive (PACS), no plural of a PAC (a controller, a political action committee)
    "vitals": "vitals",
    "diabetes": "diabetes",
    "pediatrics": "pediatric",
    "orthopedics": "orthopedic",
    "bariatrics": "bariatric",
    "united": "united",
    # Clipped words and abbreviations that are the same word as their full form in any field.
    "phone": "telephone",
    "phones": "telephone",
    "phoned": "telephone",
    "phoning": "telephone",
    "pharma": "pharmaceutical",
    "biotech": "biotechnology",
    "demo": "demonstration",
    "demos": "demonstration",
    "spec": "specification",
    "specs": "specification",
    "config": "configuration",
    "configs": "configuration",
    "repo": "repository",
    "repos": "repository",
    "mgmt": "management",
    "dept": "department",
    "depts": "department",
    "govt": "government",
    # A noun of an action that is the same word as the action's "-ing" in every posting and résumé.
    "recruitment": "recruit",
    "recruitments": "recruit",
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
"CNC machining" met every "machine" of a posting. A buyer's ``castings`` (a foundry's parts) are no ``cast``: a
procurement posting's "castings and forgings" would be a play's cast members and every "cast a wide net"; the
singular stays the table's ("casting director", "casting call"). So is a ``finding`` (an audit's, an
investigation's, a study's) no ``find``, a word every posting says and ranking counts for nothing: "document
investigation findings" met no bullet's "wrote findings reports", nor "remediate each audit finding" "closed 14 audit
findings". And a nurse's ``vitals`` are no plural of "vital"
(:func:`lemma_of`): "a vital role" is not vital signs; nor is ``diabetes`` one of "diabete". A clinical field and its
adjective are one word, as the table already reads "geriatrics" and "obstetrics": ``pediatrics`` is ``pediatric``
(so ``orthopedics`` and ``bariatrics``), or a "Pediatric ICU Nurse" met no posting asking for pediatrics. ``united``
is no past of "unite" in a posting's "United States", "United Kingdom" or "United Way", which read "unite state"
among an item's matched terms. Last, the clipped words and abbreviations that are their full word in every field, as
``ops``, ``lab`` and ``math`` are: a receptionist's "answered phones" meets a posting's "telephone etiquette",
"pharma" and "biotech" clients the pharmaceutical and biotechnology industries, "product demos" demonstrations,
"specs", "configs" and "repos" specifications, configurations and repositories, and "mgmt", "dept" and "govt"
management, department and government. Clippings that are also other words stay apart:
"rep" (a repetition), "admin" (an administrator), "vet" (a veteran), "app" (an application for a job), "temp" (a
temporary worker), and "exam", which names a licensing body's numbered exams ("Exams P and FM"). And
``recruitment`` is the ``recruit`` of "recruiting" (the lemma the table gives every form of the verb): "Manage the
recruitment and selection process" asks what "Managed full-cycle recruiting" did, and a skills list's "Recruiting" met
no posting that called it recruitment."""

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
    :func:`tokenised`, so the pipeline has no components.
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
        from spacy.lang.tokenizer_exceptions import emoticons
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        defaults = pipeline.Defaults
        # spaCy keeps "c." whole as an initial; here a lone letter before a full stop is the
        # language C (or R) ending a sentence. Its emoticons are punctuation here: "):" closes a bracket before a
        # colon ("Professional Engineer (PE): North Carolina"), "8)" a bracket after a number ("(Windows 8)").
        rules = {
            k: v
            for k, v in defaults.tokenizer_exceptions.items()
            if k == k.lower() and not re.fullmatch(r"[a-z]\.", k) and k not in emoticons
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
            # A bracket closed right before a slash, or opened right after one: "(OSPF)/Border Gateway Protocol",
            # "Python/(Go)"; spaCy splits neither, so "ospf)/border" was one word.
            r"[)\]](?=/)|(?<=[)\]])/|(?<=/)[(\[]|/(?=[(\[])",
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
            # A list mark written against its item's first word ("-Selenium and Cypress", "–Python") is no part of
            # that word: a dash before a letter opens a token only so, as no English word starts with one.
            prefix_search=compile_prefix_regex([*defaults.prefixes, r"[-–—](?=[^\W\d_])"]).search,
            # A slash that ends a word is no part of it ("SAP/ Oracle", "and/ or"): spaCy splits one only between
            # two words.
            suffix_search=compile_suffix_regex([*defaults.suffixes, r"(?<=[^\W_]|[+#])/"]).search,
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
    for word in [w for w, lemma in table.items() if w == f"{lemma}s" and _abbreviations_plural(w)]:
        if word not in SHORT_PLURALS_KEPT:
            del table[word]
    table.update(LEMMA_OVERRIDES)
    # The table gives an "-ing" noun's plural its singular ("weddings" → wedding) but the singular its verb
    # ("wedding" → wed): a posting's "wedding" never met a CV's "weddings", nor "meeting" "meetings". The plural
    # reads as its singular does; a noun kept whole above ("catering") keeps its plural whole too.
    for word, lemma in list(table.items()):
        if word.endswith("ings") and lemma == word[:-1] and table.get(lemma, lemma) != lemma:
            table[word] = table[lemma]
    # The table reads an "-er" noun as a comparative ("chiller" → chill, "broker" → broke, "damper" → damp) though
    # it gives the noun's plural the noun ("chillers" → chiller): a posting's "chiller" never met a CV's "chillers".
    # A word whose plural the table knows is that noun, and a comparative of it ("a cooler room") reads so too.
    for word, lemma in list(table.items()):
        if word.endswith("er") and lemma != word and table.get(f"{word}s") == word and word not in LEMMA_OVERRIDES:
            table[word] = word
    american = spelling_variants()
    lemma_of = table.copy().get
    for word, lemma in table.items():
        if lemma in american:  # "optimisations" → optimisation → optimization
            table[word] = lemma_of(american[lemma], american[lemma])
    for british, spelt in american.items():  # "optimise" → optimize, "analysed" → analyze
        table[british] = lemma_of(spelt, spelt)
    return table


def _abbreviations_plural(word: str) -> bool:
    """Whether ``word``, a plural the lemma table knows, may be an abbreviation of its own rather than a plural (see
    :data:`SHORT_PLURALS_KEPT`): a word of two or three letters, or of four or five whose singular has no vowel, as
    only abbreviations do ("cfcs" → cfc made the CFCS certification any posting's "CFC")."""
    return len(word) <= 3 or (len(word) <= 5 and not any(c in "aeiouy" for c in word[:-1]))


def lemma_of(word: str, table: dict[str, str]) -> str:
    """A lowercase word's lemma in ``table`` (:func:`lemma_table`); a plural the table is too old to know
    ("webinars", "livestreams", "startups", "microservices", "codebases") reads as its singular, so a posting's
    "webinars" meets a CV's "webinar". Only where the singular is no word the table knows either: "vitals" is not
    the adjective "vital". Endings that are rarely a plural's are kept: "-ss", "-us", "-is", a field's "-ics", an
    "-ings" noun, the "-as" and "-os" of names ("Canvas" is no plural of Canva, nor "Texas"), and "-ies", whose
    plurals the table knows and whose other words it does not ("series", "species", "rabies").

    A word no list knows that is a prefix closed up on a form the table knows ("pretesting", "prescreened") is that
    prefix on the form's lemma ("pretest", "prescreen"), as its hyphenated spelling reads ("pre-testing"); a verb's
    past form the table does not know is its verb where that is a word (:func:`_newer_verb`)."""
    lemma = table.get(word)
    if lemma is not None:
        return lemma
    if len(word) >= 7 and word[:2] in _PREFIX_OPENINGS and (prefixed := _prefixed(word)):
        return prefixed
    if word.endswith("ed") and (verb := _newer_verb(word)):
        return verb
    if len(word) < 5 or word[-1] != "s" or word.endswith(_NO_PLURAL) or not word.isalpha():
        return word
    singular = word[:-2] if word.endswith(("ches", "shes", "xes", "zes")) else word[:-1]
    return word if singular in table or singular in known_lemmas() else singular


_NO_PLURAL = ("ss", "us", "is", "ics", "ings", "as", "os", "ies")


@lru_cache(maxsize=1 << 12)
def _newer_verb(word: str) -> str | None:
    """The verb of ``word``, a past form of a verb newer than the lemma table ("onboarded" → onboard, "livestreamed"
    → livestream), as the table reads the past of the verbs it knows: where neither the table nor the word-frequency
    list knows the form, and what is left is a word of the list's that the table knows no form of. None for a name
    ("Ahmed") and for a word of four letters or fewer. An "-ing" form stays whole, as the table's nouns in "-ing" do
    where it does not know them: "onboarding" is the noun whose verb tailor.data's action nouns give."""
    from tailor.lexicon import word_log_probabilities

    stem = word[:-2]
    if len(stem) < 4 or not stem.isalpha() or stem in known_lemmas():
        return None
    frequency = word_log_probabilities()
    return stem if word not in frequency and stem in frequency else None


@lru_cache(maxsize=1 << 14)
def _prefixed(word: str) -> str | None:
    """The lemma of ``word``, a prefix closed up on an inflected form the table knows ("pretesting" → "pretest"),
    or None: for a word that neither the table's lemmas nor the word-frequency list know ("present" is no
    "pre" + "sent")."""
    from tailor.lexicon import word_log_probabilities

    if word in known_lemmas() or word in word_log_probabilities():
        return None
    table = lemma_table()
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and (lemma := table.get(rest)) is not None and lemma != rest:
            return prefix + lemma
    return None


SPELLING_VARIANTS = Path(__file__).resolve().parent.parent / "data" / "spelling_variants.tsv"


@lru_cache(maxsize=1)
def spelling_variants() -> dict[str, str]:
    """British spelling → American spelling (``data/spelling_variants.tsv``, made by
    ``data/make_spelling_variants.py`` from an MIT-licensed list; its notice is in the file)."""
    from tailor.lexicon import tab_pairs

    return tab_pairs(SPELLING_VARIANTS)


def tokenised(lowered: Iterable[str]) -> Iterator[tuple[Doc, list[str], list[str | None], frozenset[int]]]:
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
        words = list(map(known, orths))
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
            _on_closed_up(doc, orths, spaces, hyphen, terms)
            _unmeasure(doc, orths, spaces, hyphen, terms)
        if not COUNTED_TIME.isdisjoint(terms):
            _uncount_time(doc, terms)
        if "experience" in terms:
            _unframe_experience(doc, terms)
        if not _CURRENCIES.isdisjoint(terms):
            _unname_currencies(doc, lemmas, terms)
        if not _GRADES.isdisjoint(terms):
            _ungrade(lemmas, terms)
        if not _UNITS.isdisjoint(terms):
            _unname_units(doc, lemmas, terms)
        if "close" in terms:
            _unclose(doc, terms)
        if "order" in terms:
            _unorder(doc, terms)
        if "time" in terms:
            _unhour(doc, terms)
        if not _HELD.isdisjoint(terms):
            _unhold(doc, terms)
        if not _PLACED.isdisjoint(terms):
            _unplace(doc, terms)
        if not _CALENDAR.isdisjoint(terms) or _SAT in terms:
            _undate(doc, terms)
        if "associate" in terms:
            _unassociate(doc, lemmas, terms)
        if "party" in lemmas:
            _party_of_ordinal(doc, lemmas, terms)
        if not _PARTICLES.isdisjoint(lemmas):
            _particles_joined(lemmas, terms)
        yield doc, lemmas, terms, joins


def words_of(doc: Doc, lemmas: Iterable[str]) -> frozenset[str]:
    """The distinct words of a tokenised text (:func:`tokenised`): its ``lemmas`` and its tokens as written. The
    written ones are read from the document's array of token texts once per document, not from a Token object made
    for each token (some 40 a sentence, each a few microseconds, three times a text)."""
    from spacy.attrs import ORTH

    written = doc.user_data.get(_WRITTEN)
    if written is None:
        strings = doc.vocab.strings
        written = doc.user_data[_WRITTEN] = frozenset(map(strings.__getitem__, set(doc.to_array(ORTH).tolist())))
    return written.union(lemmas)


_WRITTEN = ("tailor", "written words")
"""Where :func:`words_of` keeps a document's words as written, in its ``user_data``."""


_PARTICLES = frozenset({"up", "out", "off", "over", "down", "through"})
"""The particles of the phrasal verbs of :data:`_JOINED` (stop words, which yield no term of their own)."""
_JOINED = {
    ("roll", "out"): "rollout", ("set", "up"): "setup", ("hand", "off"): "handoff", ("follow", "up"): "followup",
    ("sign", "off"): "signoff", ("build", "out"): "buildout", ("back", "up"): "backup", ("break", "down"): "breakdown",
    ("look", "up"): "lookup", ("pick", "up"): "pickup", ("hand", "over"): "handover", ("clean", "up"): "cleanup",
    ("walk", "through"): "walkthrough", ("shut", "down"): "shutdown", ("write", "off"): "writeoff",
    ("tear", "down"): "teardown", ("change", "over"): "changeover",
}  # fmt: skip
"""Phrasal verbs (lemmas of the verb and its particle) whose work has a noun written as one word: what "rolled out"
did is the rollout a posting asks for, "handed off" the handoff. Not those whose joined word names something else
("start up" a startup, "make up" makeup, "work out" a workout)."""


def _particles_joined(lemmas: list[str], terms: list[str | None]) -> None:
    """``terms`` with each phrasal verb of :data:`_JOINED` ("rolled out", "follow-up") read as its joined noun
    ("rollout", "followup"), as the text that writes it so ("the rollout") is read: the verb alone ("roll", "follow")
    is what a rolled coil and a followed procedure say, and its particle no term at all."""
    for i in range(len(lemmas) - 1):
        j = i + 2 if lemmas[i + 1] == "-" and i + 2 < len(lemmas) else i + 1
        joined = _JOINED.get((lemmas[i], lemmas[j]))
        if joined and terms[i]:
            terms[i] = joined
            terms[j] = None


def _party_of_ordinal(doc: Doc, lemmas: list[str], terms: list[str | None]) -> None:
    """A party after its ordinal ("first-party", "third party", "3rd-party") is the term "first-party" or
    "third-party": the ordinal, a stop word, says which party, and the two are opposites (an insurer's own
    policyholder's loss and a claim against its policyholder, a firm's own data and data it buys), which the bare
    "party" would make one. ``terms`` is changed in place; the lemmas stay, for the lexicon's patterns
    ("third-party logistics"). A figure's ordinal ("1st-party") is no unit it measures (:func:`_unmeasure`)."""
    for i in range(1, len(doc)):
        if lemmas[i] != "party":
            continue
        before = doc[i - 1]
        if before.text in _JOINERS and i > 1 and not before.whitespace_ and not doc[i - 2].whitespace_:
            before = doc[i - 2]  # "third-party"
        ordinal = _ORDINALS.get(before.text)
        if ordinal:
            terms[i] = f"{ordinal}-party"


_ORDINALS = {"first": "first", "1st": "first", "second": "second", "2nd": "second", "third": "third", "3rd": "third"}
"""The ordinals that name a party (of a claim, of data, of a contract), each as its word."""
_JOINERS = frozenset({"-", "‑", "–"})
"""What joins an ordinal to its party ("third-party", and a hyphen that a PDF gave as another dash)."""


def _is_figure(text: str) -> bool:
    """Whether a token is a figure: digits ("1,500", "3–5", "12") or a number in words ("two")."""
    return text[:1].isdigit() or text in _NUMBER_WORDS


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"}
)
"""Numbers in words that count a span of time or a unit ("two years", "three-year")."""


def _unmeasure(doc: Doc, orths: list[int], spaces: list[int], hyphen: int, terms: list[str | None]) -> None:
    """A word joined by a hyphen to the figure before it is the figure's unit ("1,500-bed hospital", "3-year
    agreements", "24-hour coverage", "12-lead ECG"): it measures what follows, and names nothing the text did or
    asks for, so no term. A bed meets no bed, a "3-year" agreement no "5+ years" and a "12-lead" ECG no "Led a team";
    the lexicon's skills are found in the lemmas, which stay. ``terms`` is changed in place."""
    for i in range(2, len(orths)):
        if (
            terms[i]
            and terms[i] not in _UNITS  # "12-hr shifts": :func:`_unname_units` blanks its lemma too
            and orths[i - 1] == hyphen
            and not spaces[i - 2]
            and not spaces[i - 1]
            and doc[i - 2].text[:1].isdigit()  # "two-tower", "one-on-one": words of a name, no figure
        ):
            terms[i] = None


COUNTED_TIME = frozenset({"year", "month", "week", "day", "hour", "yr", "yrs"})
"""Units of time, as lemmas, that a figure counts ("5+ years", "two years", "18 months")."""
_AFTER_A_FIGURE = frozenset({"+", ")", "(", "-", "–", "plus"})
"""What stands between a figure and its unit ("5+ years", "(3+) years", "10 plus years")."""
_EXPERIENCE_CLAUSE = 8
"""How many words after a counted span of time its "experience" may stand ("5+ years of software or data
engineering experience")."""


def counted(doc: Doc, i: int) -> bool:
    """Whether a figure counts the word at ``i`` ("5+ years", "within 48 hours", "(3+) years")."""
    j = i - 1
    while j > 0 and doc[j].text in _AFTER_A_FIGURE:
        j -= 1
    return 0 <= j < i and _is_figure(doc[j].text)


def _uncount_time(doc: Doc, terms: list[str | None]) -> None:
    """A unit of time a figure counts ("5+ years", "two years", "18 months in a Level I trauma center") says how
    long, not what: no term; nor is the "experience" of a span of it ("5+ years of software or data engineering
    experience", "3 years' experience"), which says only that the words between are asked for. A bullet's "$780K a
    year" or "in the first year" met every posting's "N+ years of experience". ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term not in COUNTED_TIME or not counted(doc, i):
            continue
        terms[i] = None
        for k in range(i + 1, min(len(doc), i + 1 + _EXPERIENCE_CLAUSE)):
            if doc[k].is_punct and doc[k].text not in ("'", "’", "-", "/"):
                break
            if terms[k] == "experience":
                terms[k] = None
                break


_EXPERIENCE_FRAMES = frozenset({"with", "in", "using", "of", "as", "on", "within", "across"})
"""What follows the "experience" that opens a requirement ("Experience with Spark", "experience in healthcare")."""


def _unframe_experience(doc: Doc, terms: list[str | None]) -> None:
    """The "experience" of "experience with …" or "experience in …" is no term: it frames what a requirement asks
    for, as "5+ years of … experience" does (:func:`_uncount_time`), and met any bullet that says "experience"
    ("co-direct the internal medicine learning experience"). A kind of it stays a phrase ("patient experience",
    "user experience"). ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term == "experience" and i + 1 < len(doc) and doc[i + 1].text in _EXPERIENCE_FRAMES:
            terms[i] = None


_WORKING_CLOSELY = frozenset(
    """collaboration collaborations communication communications contact contacts partnership partnerships relationship
    relationships coordination cooperation attention proximity supervision liaison""".split()  # noqa: SIM905
)
"""What the adjective "close" says how one works with ("close collaboration with the plant", "close attention to
detail"): working closely, never closing anything."""


def _unclose(doc: Doc, terms: list[str | None]) -> None:
    """The adjective "close" before a noun of working together ("maintain close communication with customers") is
    no term: it met the verb of a bullet that closed something ("closed the 8D in 21 days", "closed $2M in deals").
    ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term == "close" and doc[i].text == "close" and i + 1 < len(doc) and doc[i + 1].text in _WORKING_CLOSELY:
            terms[i] = None


def _unorder(doc: Doc, terms: list[str | None]) -> None:
    """The "order" of "in order to" and "in order that" says why, not what: no term (it met a buyer's purchase
    orders and a cook's food orders). ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term == "order" and 0 < i < len(doc) - 1 and doc[i - 1].text == "in" and doc[i + 1].text in ("to", "that"):
            terms[i] = None


def _unhour(doc: Doc, terms: list[str | None]) -> None:
    """The "time" of "full-time" and "part-time" says the job's hours, no work: no term (a posting's "Full-time" met
    a bullet's "on-time shipping" and "time management"). ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term != "time" or i == 0:
            continue
        j = i - 1 if doc[i - 1].text != "-" or i < 2 else i - 2
        if doc[j].text in ("full", "part"):
            terms[i] = None


_HELD = frozenset({"casual", "diem", "prn"})
"""The words of how a job is held, beside full-time and part-time: casual, per diem, PRN (as needed)."""
_HOLDING = frozenset(
    """position role basis status staff employee employment pool shift opportunity job hire assignment""".split()  # noqa: SIM905
)
"""What a word of :data:`_HELD` is said of where it says how a job is held ("casual position", "per diem basis")."""
_STATED = frozenset({"is", "are", "be", "as", ":", "("})
"""What stands before a word of :data:`_HELD` that states how the job is held ("This position is per diem", "Schedule:
PRN", "Registered Nurse (Casual)")."""


def _unhold(doc: Doc, terms: list[str | None]) -> None:
    """A word of how a job is held (:data:`_HELD`: "Casual RN", "a per diem position", "This role is PRN") is no
    term, as the "time" of "full-time" is none (:func:`_unhour`): no bullet shows it, and a casual nurse's posting
    cost every nurse's CV its share. Said of the job, it comes before a job's word or what a job is held as within
    two words ("Per Diem Registered Nurse", "casual position"), or after a verb or mark stating it. The same words of
    the work stay: casual dining, a per diem allowance, PRN medications. ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term not in _HELD or (term == "diem" and (i == 0 or doc[i - 1].text != "per")):
            continue
        first = i - 1 if term == "diem" else i  # "per", a stop word, opens "per diem"
        after = [word for word in terms[i + 1 : min(len(doc), i + 3)] if word]
        if (first > 0 and doc[first - 1].text in _STATED) or any(
            word in _HOLDING or JOB_WORDS.fullmatch(word) for word in after
        ):
            terms[i] = None


_PLACED = frozenset({"remote", "hybrid", "onsite", "site"})
"""The words of where a job is done (remote, hybrid, on-site, onsite), as a posting's header ("Denver, CO | On-site")
or a line of its own ("This role is hybrid") states them; the "site" of "on-site" only."""
_PLACING = _HOLDING | {"work", "working", "first", "friendly", "eligible", "option", "schedule", "model"}
"""What a word of :data:`_PLACED` is said of where it says where the job is done: the job ("a remote role"), its work
("remote work", "remote-first", "remote-friendly", "a hybrid schedule"). Not a worker's name: "remote engineers" are
people who work apart, which a bullet that mentored them says of its work."""


def _unplace(doc: Doc, terms: list[str | None]) -> None:
    """A word of where a job is done (:data:`_PLACED`: "Remote (US)", "Tacoma, WA (Hybrid)", "On-site", "3 days
    on-site", "a hybrid role") is no term, as a word of how it is held is none (:func:`_unhold`): no bullet shows it,
    and the "site" of a header's "On-site" met a bullet's "public-sector sites", its "remote" a bullet's "remote team".
    Said of the work, a noun of it follows: remote monitoring, a hybrid cloud, on-site support stay. ``terms`` is
    changed in place."""
    for i, term in enumerate(terms):
        if term not in _PLACED or (term == "site" and (i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ != "on")):
            continue
        after = next((j for j in range(i + 1, len(doc)) if doc[j].text != "-"), len(doc))
        word = terms[after] if after < len(doc) and after == i + 1 + (doc[i + 1].text == "-") else None
        if word is None or word in _PLACING:
            terms[i] = None


_MONTHS = frozenset("january february april june july september october november december".split())  # noqa: SIM905
"""The months whose names English uses for nothing else (a name aside): always a date's. Not March and August
(:data:`_DATED`), nor May, a stop word."""
_DATED = frozenset(
    """march august jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday mon tue tues wed thu thur thurs fri sat sun""".split()  # noqa: SIM905
)
"""Words of the calendar that say other things too ("march", "sun", "Black Friday"): a date's only beside a figure or
another word of the calendar ("March 15", "Monday through Friday", "Sat 9–5")."""
_CLOCK = frozenset({"a.m.", "p.m.", "pm"})
"""The clock's letters, a time's only after a figure, with their full stops or joined to it ("10 a.m.", "6pm"): "3 PMs"
are project managers, and an acronym's plural is read as the acronym (:mod:`tailor.analysis.marks`)."""
_CALENDAR = _MONTHS | _DATED | _CLOCK
_SAT = "sit"
"""The lemma the lookup table gives "sat", Saturday's short name, as the past of "sit": :func:`_undate` reads the
word as written where its term is this one ("Tue–Sat", "Sat 9–1")."""
_DATE_JOINERS = frozenset({".", ",", "-", "–", "—", "/", "(", ")", "to", "through", "thru", "until", "or", "and", "of"})
"""What stands between the words and figures of a date or a span of days ("Jan. 5, 2026", "Monday – Friday",
"August or September 2025", "10 a.m. to 6 p.m.")."""


def _undate(doc: Doc, terms: list[str | None]) -> None:
    """A date's or a time's words ("begins Jan. 5, 2026", "Monday through Friday", "10 a.m. to 6 p.m.", "written in
    August or September") are no terms: they say when, not what, and no bullet can show them, so a posting that
    gives its start date, its hours or its closing date cost every CV their share. A month English names nothing
    else with is always a date's; a word of the calendar that says other things too (:data:`_DATED`) only beside a
    figure or another word of the calendar, across the marks and words that join a date, and the clock's letters
    only after a figure (:data:`_CLOCK`): "Black Friday", "the Women's March" and PMs stay. ``terms`` is changed in
    place."""
    terms_read = [doc[i].text if term == _SAT else term for i, term in enumerate(terms)]
    calendar = [term in _CALENDAR for term in terms_read]
    for i, term in enumerate(terms_read):
        if term in _CLOCK:
            joined = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[:1].isdigit()
            dated = joined or ("." in doc[i].text and _beside_a_date(doc, calendar, i, -1))
        else:
            dated = term in _MONTHS or (
                term in _DATED and (_beside_a_date(doc, calendar, i, -1) or _beside_a_date(doc, calendar, i, 1))
            )
        if dated:
            terms[i] = None


def _beside_a_date(doc: Doc, calendar: list[bool], i: int, step: int) -> bool:
    """Whether the first word from ``i`` the way of ``step``, past the marks and words that join a date, is a figure
    or a word of the calendar."""
    j = i + step
    while 0 <= j < len(doc) and doc[j].text in _DATE_JOINERS:
        j += step
    return 0 <= j < len(doc) and (doc[j].text[:1].isdigit() or calendar[j])


_DEGREE_NAMED = frozenset({"degree", "diploma"})
"""What an associate's degree is called after its level ("Associate degree", "associate's diploma")."""
_DEGREE_FIELDS = frozenset({"science", "art", "arts", "apply", "applied", "occupational", "general"})
"""What an associate's degree is of or in, after its level ("Associate of Applied Science", "Associate in Arts")."""


def _unassociate(doc: Doc, lemmas: list[str], terms: list[str | None]) -> None:
    """The "associate" of an associate degree ("Associate degree in electronics", "an associate's degree", "Associate
    of Applied Science") is no term, as a bachelor's level is a generic word: it says what the applicant studied, and
    a posting that requires one would otherwise meet every bullet of a sales associate's or a research associate's
    role. The associate of a job keeps it. ``terms`` is changed in place."""
    for i, term in enumerate(terms):
        if term != "associate":
            continue
        j = i + 1
        while j < len(lemmas) and doc[j].text in {"'s", "’s", "'", "’", "s"}:  # the possessive, whose lemma is "have"
            j += 1
        if j < len(lemmas) and (
            lemmas[j] in _DEGREE_NAMED
            or (lemmas[j] in {"of", "in"} and j + 1 < len(lemmas) and lemmas[j + 1] in _DEGREE_FIELDS)
        ):
            terms[i] = None


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
    alone is no term); where English mostly writes the two closed up ("e-mail", "e-book"), they are that word
    ("email"), which a text that writes it so meets. ``terms`` is changed in place; the lemmas stay, for the
    lexicon's patterns."""
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
            from tailor.lexicon import word_log_probabilities

            closed = f"{letter}{terms[i + 1]}"
            terms[i + 1] = closed if closed in word_log_probabilities() else f"{letter}-{terms[i + 1]}"


def _on_closed_up(doc: Doc, orths: list[int], spaces: list[int], hyphen: int, terms: list[str | None]) -> None:
    """ "On" joined by a hyphen to the word after it, where English writes the two closed up too, is that word:
    "on-boarding" is onboarding, "on-line" online and "on-going" ongoing, not "board", "line" and "go", so a
    posting's "on-boarding new employees" meets a CV's "Onboarding". Not where the closed-up form is no word the
    word-frequency list or the lexicon's nouns of work know ("on-site", "on-call": work arrangements of their own).
    ``terms`` is changed in place; the lemmas stay, for the lexicon's patterns."""
    from tailor.lexicon import action_nouns, word_log_probabilities

    for i in range(1, len(orths) - 1):
        if orths[i] != hyphen or spaces[i - 1] or spaces[i] or not terms[i + 1] or doc[i - 1].lower_ != "on":
            continue
        closed = f"on{doc[i + 1].lower_}"
        if closed.isalpha() and (closed in word_log_probabilities() or closed in action_nouns()):
            terms[i + 1] = lemma_of(closed, lemma_table())


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
"""Units of time as pay abbreviates them ("$25/hr", "$60k/yr"); "hr" is also HR, human resources, and among
vital signs the heart rate."""
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
        if paid or counted or (term == "hr" and _among_vital_signs(doc, i)):
            lemmas[i], terms[i] = "", None


_VITAL_SIGNS = frozenset(
    """bp pulse temperature temp rr respiration respirations spo2 spo₂ o2 sat sats bmi weight height pain vitals
    vital""".split()  # noqa: SIM905
)
"""Words a list of vital signs holds beside "HR", the heart rate ("BP, HR, temperature, SpO₂"; "vitals (HR, RR)")."""


def _among_vital_signs(doc: Doc, i: int) -> bool:
    """Whether the "hr" at ``i`` stands within three words of a vital sign: a heart rate, never human resources."""
    return any(doc[j].text in _VITAL_SIGNS for j in range(max(0, i - 3), min(len(doc), i + 4)) if j != i)


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
    kept = _keep(lexeme) and not (hanging and text in PREFIXES)  # the "pre-" of "pre- and post-operative"
    word = _WORDS[orth] = (lemma, (lemma or lexeme.orth_) if kept else None)
    return word


def next_word(i: int, joins: frozenset[int]) -> int:
    """The position of the word after token ``i``, across a joining hyphen: "data-quality" is
    written as one word but reads as the phrase "data quality"."""
    return i + 2 if i + 1 in joins else i + 1


_WORDS: dict[int, tuple[str, str | None]] = {}
"""Word (ORTH hash) → its lemma, and the term it yields or None; filled as words are met."""


def _keep(word: Lexeme) -> bool:
    """Whether a word is a term: not a stop word, punctuation, a number or an abbreviation."""
    if word.is_stop or word.is_punct or word.is_space or word.like_num or word.text in ABBREVIATIONS:
        return False
    if word.text in PREPOSITIONS:
        return False
    text = word.text
    if text in _LEADS_EXAMPLES:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    if _SCALED_AMOUNT.fullmatch(text) or _MEASURED.fullmatch(text):
        return False
    # A lone letter is noise, or a grade; the languages C and R come back as skills when
    # their context says so (see language_context).
    return len(text) > 1


_SCALED_AMOUNT = re.compile(r"[$€£¥]?\d+(?:[.,]\d+)*(?:[kKmM]|MM|mm|[bB]n?)\+?")
"""An amount written with its scale ("$1B+", "285K", "10M+", "2.5bn"): a figure, no word a posting and a résumé share
by what they say ("$1B+ revenue", "$1B+ manufacturers")."""
_MEASURED = re.compile(r"\d+(?:\.\d+)?(?:ms|x)|\d+\.\d+(?:s|h)")
"""A figure with its unit of time or its multiple ("800ms", "4.1s", "1.5h", "10x"): a measure no posting shares, as a
bare figure is none ("Cut load time from 4.1s to 1.8s" says load time). Not "5S", the workplace method, nor "4x4"."""
_LEADS_EXAMPLES = frozenset({"including"})
"""A word that only leads examples in, as a preposition does ("processes including accessioning"): no term of the
text, so no phrase of it and the next word ("including accessioning") meets a CV that lists its own examples."""


PREFIXES = frozenset(
    {"co", "re", "non", "pre", "post", "multi", "semi", "anti", "sub", "inter", "intra", "bi", "tri", "mid"}
)
"""Prefixes that English writes joined to the word after them ("co-founder", "cofounder", "non-profit") and
that are no words alone: the "non" of "non-finance partners" says nothing a "non-profit" says, nor the "post" of
"post-sale" the "post" of "post-merger" (a prefix there, though "post" alone is a word: a post held, a blog post)."""
_PREFIX_OPENINGS = frozenset(prefix[:2] for prefix in PREFIXES)
"""The first two letters of every prefix: a word that opens otherwise is asked no more."""


@lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Every lemma the lookup table gives a word: the base forms of the English words it knows."""
    return frozenset(lemma_table().values())


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """The lemmas of the lemma table that have a form in "-ed" or "-ing": every word that may be a verb."""
    return frozenset(lemma for word, lemma in lemma_table().items() if word != lemma and word.endswith(("ed", "ing")))
