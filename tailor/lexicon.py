"""The skills lexicon: canonical skill names, their aliases, and related terms.

The bundled lexicon is ``tailor/data/skills.yaml``; a user adds to it with a
``skills.yaml`` of the same format next to their CV (their entries win). Text
analysis uses it to treat a multi-word skill as one term and to make an alias
meet its canonical form ("k8s" ↔ "Kubernetes", "ML" ↔ "machine learning").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from tailor.errors import SkillsFileError
from tailor.lexicon_cache import kept, lexicon_key

BUNDLED = Path(__file__).resolve().parent / "data" / "skills.yaml"
GENERIC = Path(__file__).resolve().parent / "data" / "generic_terms.txt"
WORD_FREQUENCY = Path(__file__).resolve().parent / "data" / "word_frequency.tsv"
ACTION_NOUNS = Path(__file__).resolve().parent / "data" / "action_nouns.tsv"
HELD_TOGETHER = Path(__file__).resolve().parent / "data" / "held_together.tsv"
USER_FILE_NAME = "skills.yaml"
"""A file of this name next to the CV extends the bundled lexicon."""


class SkillsFile(BaseModel):
    """A lexicon file: ``tailor/data/skills.yaml``, or a user's ``skills.yaml`` beside the CV.

    Every key may be left out; an unknown key is an error (a misspelt ``skils:`` would
    otherwise be silently ignored). Names and phrases that YAML reads as numbers are text.
    """

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)

    skills: dict[str, list[str] | None] = {}
    """Canonical name → aliases (``[]`` or nothing for none)."""
    ambiguous: list[str] = []
    """Names and aliases that count only in a programming-language context."""
    spoken: dict[str, list[str] | None] = {}
    """Spoken and signed languages, canonical name → aliases: skills, each ambiguous (a nationality too)."""
    related: dict[str, list[str]] = {}
    """Topic → phrases that are weaker evidence of it."""
    supporting: dict[str, list[str]] = {}
    """Activity that supports the work (teaching, peer review) → phrases that mark it."""
    instances: dict[str, list[str]] = {}
    """A kind of tool or system (EHR) → the named skills that are each one of it (Epic, Cerner)."""
    combined: dict[str, list[str]] = {}
    """A credential that is others held together (the X endorsement) → those others (hazmat, tanker)."""


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: built once, cached
class Lexicon:
    names: dict[str, str] = field(default_factory=dict)
    """Lowercase surface form (a canonical name or an alias) → canonical name as written."""
    ambiguous: frozenset[str] = frozenset()
    """Lowercase surface forms that count only in a programming-language context ("go", "c", "r")."""
    spoken: frozenset[str] = frozenset()
    """Lowercase surface forms of spoken and signed languages ("german", "farsi"): skills, and ambiguous."""
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lowercase canonical name or phrase → lowercase phrases that are weaker evidence of it."""
    supporting: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lowercase activity that supports the work rather than doing it ("teaching", "peer
    review") → lowercase phrases that mark a bullet as that activity."""
    instances: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lowercase kind of tool or system ("ehr") → the lowercase names of skills that are each one of it
    ("epic", "cerner", and the instances of those: "epic willow"): a CV that says one meets a posting asking
    for the kind."""
    combined: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lowercase name of a credential that is others held together ("x endorsement") → their lowercase names
    ("hazmat endorsement", "tanker endorsement"): a CV that shows every one of them meets a posting asking for it."""
    capitals: frozenset[str] = frozenset()
    """Lowercase surface forms the lexicon writes in capitals ("elk", "ppo", "rest"): an ambiguous name written
    in capitals is that skill only if it is one of these ("ADA" is no Ada; tailor.analysis.another_acronym)."""
    inner_capitals: frozenset[str] = frozenset()
    """Lowercase surface forms the lexicon writes only with a capital after their first letter ("safe" of
    "SAFe", "elk" of "ELK"): written with their first letter alone capitalised, as a sentence opens, they are the
    everyday word ("Safe food handling"; tailor.analysis)."""
    proper: frozenset[str] = frozenset()
    """Lowercase surface forms the lexicon writes with a capital where the skill's canonical name has none ("cpk" of
    process capability's "Cpk", "arduino" of microcontrollers' "Arduino"): names of their own, which keep their
    capital where a text writes them so at a line's start (tailor.keywords.as_written)."""
    mixed_case: frozenset[str] = frozenset()
    """Lowercase surface forms the lexicon writes in small letters and capitals after the first ("iOS", "SaaS",
    "VLANs"): written so in a text, they are the name; an acronym the lexicon writes only in capitals, written so,
    is another ("MnT" is no MNT; tailor.analysis)."""
    key: str = ""
    """A hash of what the lexicon is made of (its files' bytes, the names a CV adds), under which its tables are kept
    between runs (:mod:`tailor.lexicon_cache`); "" for one made in code, whose tables are built every time."""

    def canonical(self, surface: str) -> str | None:
        """The canonical name for a surface form, or None if it is not a known skill."""
        return self.names.get(surface.lower())

    def surfaces(self, canonical: str) -> frozenset[str]:
        """Every lowercase surface form of the skill ``canonical`` (as written): its own name and its aliases."""
        return self._surfaces.get(canonical, frozenset())

    @cached_property
    def _surfaces(self) -> dict[str, frozenset[str]]:
        by_name: dict[str, set[str]] = {}
        for surface, canonical in self.names.items():
            by_name.setdefault(canonical, set()).add(surface)
        return {canonical: frozenset(surfaces) for canonical, surfaces in by_name.items()}


def bundled_lexicon() -> Lexicon:
    """The lexicon shipped with tailor."""
    return _load((BUNDLED,))


def lexicon_for(cv_path: Path | None) -> Lexicon:
    """The bundled lexicon, extended by ``skills.yaml`` next to the CV at ``cv_path`` if there is one."""
    user = user_file(cv_path)
    return _load((BUNDLED, user)) if user is not None else _load((BUNDLED,))


def with_own_skills(lexicon: Lexicon, skills: Iterable[str]) -> Lexicon:
    """``lexicon`` with a CV's own ``skills`` of several words that it does not know, nor any skill of
    (:func:`own_phrases`), as skills of their own: a posting that names one word for word asks for it."""
    own = {name for name in own_phrases(skills) if not _names_a_known(name, lexicon.names)}
    return _with_own(lexicon, tuple(sorted(own))) if own else lexicon


@lru_cache(maxsize=8)
def _with_own(lexicon: Lexicon, own: tuple[str, ...]) -> Lexicon:
    """``lexicon`` with the names ``own``, each a skill with no alias; built once per CV's list."""
    key = lexicon_key(lexicon.key, *own) if lexicon.key else ""
    return replace(lexicon, names={**{name.lower(): name for name in own}, **lexicon.names}, key=key)


def _names_a_known(name: str, known: Mapping[str, str]) -> bool:
    """Whether ``name`` holds a skill ``known`` (by its surfaces, a final s read as a plural's): as one name,
    "Material flow & logistics" and "Power BI Certification" would hide the logistics and the Power BI a CV's
    skills list says. A word of parts joined by hyphens holds its last part as analysis reads it ("primary human
    T-cell culture" holds cell culture)."""
    words = re.findall(r"[\w+#.&-]+", name.lower())
    for start, first in enumerate(words):
        for opening in dict.fromkeys((first, first.rpartition("-")[2])):
            for end in range(start + 1, len(words) + 1):
                piece = " ".join((opening, *words[start + 1 : end]))
                if piece in known or (piece.endswith("s") and piece[:-1] in known):
                    return True
    return False


OWN_PHRASE_WORDS = (3, 6)
"""The fewest and most words of a CV's own skill that the lexicon takes as a skill of its own."""
_BRACKETED_LAST = re.compile(r"\s*\([^()]*\)\s*$")
_JOINED = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
"""What joins two things a skill's name lists ("Fixtures and gauges"): each is said on its own, no name of both."""


def own_phrases(skills: Iterable[str]) -> list[str]:
    """The names of ``skills`` (a CV's) of three to six words, without what a bracket after them says ("Pain
    neuroscience education (certified)"): a skill a posting names so, word for word, is the CV's, as a skill of
    one or two words is a term the posting's keywords find (tailor.keywords); one of more words has no one term,
    so the lexicon takes it as a name. Longer ones are sentences, no name; one with a bracket inside ("Blood flow
    restriction (BFR) training") is no name its own text spells whole, and one that lists things ("Fixtures and
    gauges", "Equipment & tooling") names each of them, not both as one. Words joined by a hyphen count one by one:
    "Project-based learning" is three words, of which analysis makes no one term, as of "project based learning"."""
    out = []
    for skill in skills:
        name = " ".join(_BRACKETED_LAST.sub("", skill).split())
        words = [part for part in re.split(r"[\s-]+", name) if any(ch.isalpha() for ch in part)]
        if (
            OWN_PHRASE_WORDS[0] <= len(words) <= OWN_PHRASE_WORDS[1]
            and not any(c in name for c in ",;:/()&")
            and not _JOINED.search(name)
        ):
            out.append(name)
    return out


def names_a_product(label: str) -> bool:
    """Whether a label over skills is the name of a product, a standard or a method the bundled lexicon knows,
    written with a capital as names are ("Excel", "AWS", "Agile"), not a kind of them ("programming languages",
    and a kind in capitals: "HRIS", "CRM", "EHR", whose instances the lexicon lists): a skill itself, which the
    skills it heads are parts of ("Excel: pivot tables"), no heading that sorts them ("HRIS: Workday, BambooHR")."""
    lexicon = bundled_lexicon()
    canonical = lexicon.canonical(label)
    return canonical is not None and canonical != canonical.lower() and canonical.lower() not in lexicon.instances


def skill_over_its_parts(label: str, items: Iterable[str]) -> bool:
    """Whether a label over a list of skills is a skill the list claims before its parts ("Excel: pivot tables",
    :func:`names_a_product`), not a heading that sorts them; nor is a field its items are kinds of, each naming it in
    a longer name ("SEO: Technical SEO, Local SEO, Ahrefs"), which says it already; nor a practice whose tools the
    lexicon relates to it, most of the items ("DevOps: Terraform, Docker, Kubernetes, CI/CD"), which sorts them as
    "Cloud" would."""
    name = label.strip()
    items = list(items)
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    named = any(word.search(item) and item.strip().casefold() != name.casefold() for item in items)
    return names_a_product(name) and not named and not _its_related_tools(name, items)


def _its_related_tools(label: str, items: list[str]) -> bool:
    """Whether two or more of ``items``, and more than half of them, are products of their own (:func:`names_a_product`)
    that the bundled lexicon relates to the skill ``label`` as evidence of it (its ``related`` phrases): the tools of a
    practice the label names, not a product's features ("Excel: pivot tables, Power Query")."""
    lexicon = bundled_lexicon()
    evidence = set(lexicon.related.get((lexicon.canonical(label) or label).lower(), ()))
    tools = sum(names_a_product(item) and (lexicon.canonical(item.strip()) or "").lower() in evidence for item in items)
    return tools >= 2 and tools * 2 > len(items)


def user_file(cv_path: Path | None) -> Path | None:
    """The user's own ``skills.yaml`` next to the CV at ``cv_path``, if there is one."""
    user = cv_path.parent / USER_FILE_NAME if cv_path is not None else None
    if user is not None and user.is_file() and user.resolve() != BUNDLED:
        return user.resolve()
    return None


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Lexicon:
    """The lexicon of the files ``paths`` (the bundled one first), as kept between runs where their bytes are the
    same; a user's file is validated where it is read anew.

    Raises:
        SkillsFileError: as :func:`read_user_file`.
    """
    try:
        key = lexicon_key(*(path.read_bytes() for path in paths))
    except OSError:  # a user's file that cannot be read: said where it is read
        key = ""
    return kept(key, "lexicon", lambda: _build(paths, key))


def _build(paths: tuple[Path, ...], key: str) -> Lexicon:
    """The lexicon of the files ``paths``, read and put together."""
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    spoken: set[str] = set()
    related: dict[str, tuple[str, ...]] = {}
    supporting: dict[str, tuple[str, ...]] = {}
    instances: dict[str, tuple[str, ...]] = {}
    combined: dict[str, tuple[str, ...]] = {}
    capitals: set[str] = set()
    spellings: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        data = _read_bundled() if path == BUNDLED else read_user_file(path)
        written = {
            canonical: (canonical, *(each for alias in aliases or [] for each in _per_state(alias)))
            for canonical, aliases in data.skills.items()
        }
        for canonical, surfaces in written.items():
            for surface in surfaces:
                names[surface.lower()] = canonical
                spellings[surface.lower()].add(surface)
                if surface.isupper():
                    capitals.add(surface.lower())
        for canonical, surfaces in written.items():
            for surface in _derived(surfaces):
                if surface.lower() not in names:
                    names[surface.lower()] = canonical
                    spellings[surface.lower()].add(surface)
        for canonical, aliases in data.spoken.items():
            for surface in (canonical, *(aliases or [])):
                names[surface.lower()] = canonical
                spoken.add(surface.lower())
        ambiguous |= {a.lower() for written in data.ambiguous for a in {written, as_read(written)}}
        for topic, phrases in data.related.items():
            related[topic.lower()] = tuple(p.lower() for p in phrases)
        for activity, phrases in data.supporting.items():
            supporting[activity.lower()] = tuple(p.lower() for p in phrases)
        for kind, members in data.instances.items():
            instances[kind.lower()] = tuple(m.lower() for m in members)
        for whole, parts in data.combined.items():
            combined[whole.lower()] = tuple(part.lower() for part in parts)
    inner = {low for low, written in spellings.items() if all(w[1:] != w[1:].lower() for w in written)}
    return Lexicon(
        names,
        frozenset(ambiguous | spoken),
        frozenset(spoken),
        _with_languages(related, {names[s] for s in spoken}),
        supporting,
        _with_their_own(instances),
        combined,
        frozenset(capitals),
        frozenset(inner),
        frozenset(
            low
            for low, written in spellings.items()
            if names[low] == names[low].lower() and any(w[:1].isupper() and w != w.upper() for w in written)
        ),
        frozenset(low for low, written in spellings.items() if any(mixed_case(w) for w in written)),
        key,
    )


A_US_STATE = "{US state}"
"""The slot an alias writes where any US state's name goes: "{US state} Bar" names the Florida Bar and the State
Bar of Texas as "State Bar of {US state}" does, each a bar admission, as a state's bar admits its lawyers."""


def _per_state(alias: str) -> list[str]:
    """``alias``, or where it has the slot :data:`A_US_STATE`, the alias of each of the fifty states in its place."""
    if A_US_STATE not in alias:
        return [alias]
    from tailor.places import us_state_names

    return [alias.replace(A_US_STATE, state) for state in us_state_names()]


def _derived(surfaces: tuple[str, ...]) -> list[str]:
    """Spellings of a skill that its written names imply, each said as often as they are: the adjective of a
    compliance ("PCI compliant") and a name that joins two things with "and" written with "&" ("labor & delivery",
    as postings and résumés write "Labor & Delivery"). A name or alias the lexicon writes itself wins over them."""
    found = [a for a in map(_adjective_of, surfaces) if a is not None]
    found += [s.replace(_AND, " & ") for s in (*surfaces, *found) if _AND in s]
    return found + [read for s in (*surfaces, *found) if (read := as_read(s)) != s]


def as_read(surface: str) -> str:
    """``surface`` as a text that says it is read: an acronym's plural as the acronym ("VMs" → "VM", "NVMe SSDs" →
    "NVMe SSD"), since every text is read so before it is matched (:func:`~tailor.analysis.marks.singular_acronyms`);
    a name the lexicon writes as a plural would otherwise meet no text at all."""
    # Imported here: the analysis package reads this module's word lists as it is imported.
    from tailor.analysis.marks import singular_acronyms

    return " ".join(singular_acronyms(surface).split()) if "s" in surface else surface


_AND = " and "
_COMPLIANCE = " compliance"


def _adjective_of(surface: str) -> str | None:
    """What a text says of a thing that meets a standard a skill's name calls compliance with: "PCI compliance" →
    "PCI compliant", as a CV says "PCI-compliant payment handling" and a posting "HIPAA-compliant workflows" (a
    hyphen is read as a space). None for a name of no compliance. A name or alias the lexicon writes itself wins."""
    if not surface.lower().endswith(_COMPLIANCE) or len(surface) == len(_COMPLIANCE):
        return None
    return surface[: -len(_COMPLIANCE)] + " compliant"


def mixed_case(written: str) -> bool:
    """Whether ``written`` has a capital after a small letter ("iOS", "SaaS", "MnT"), as neither an acronym in
    capitals, a word in small letters nor a name with its first letter capitalised does."""
    return any(a.islower() and b.isupper() for a, b in pairwise(written))


SPEAKS_ANOTHER = ("bilingual", "multilingual")
"""What a posting says of a person who speaks a language beside English without naming it ("Bilingual Youth
Advocate"): each spoken language a CV names is some evidence of it, the posting's own English none (tailor reads
English postings only)."""


def _with_languages(related: dict[str, tuple[str, ...]], languages: set[str]) -> dict[str, tuple[str, ...]]:
    """``related`` with each word of :data:`SPEAKS_ANOTHER` related to every spoken language but English
    (``languages``, canonical names), where the lexicon relates it to nothing itself: the languages have one home,
    the lexicon's ``spoken``."""
    others = tuple(sorted(name.lower() for name in languages if name.lower() != "english"))
    return {**{word: others for word in SPEAKS_ANOTHER}, **related}


def _with_their_own(instances: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each kind's instances followed by theirs, and so on down (an EHR: Epic, and Epic's pharmacy module Epic
    Willow), each once: one of a kind's kinds is one of it too."""
    out: dict[str, tuple[str, ...]] = {}
    for kind, members in instances.items():
        found: list[str] = []
        todo = list(members)
        while todo:
            member = todo.pop(0)
            if member != kind and member not in found:
                found.append(member)
                todo += instances.get(member, ())
        out[kind] = tuple(found)
    return out


def _read_bundled() -> SkillsFile:
    """The bundled lexicon, read with the fast C parser and not validated: the tests validate it."""
    from ruamel.yaml import YAML

    return SkillsFile.model_construct(**YAML(typ="safe").load(BUNDLED.read_text(encoding="utf-8")))


def read_user_file(path: Path) -> SkillsFile:
    """A user's skills.yaml, validated.

    Raises:
        SkillsFileError: the file cannot be read or is not in the lexicon's format; every
            problem is listed with its line.
    """
    from pydantic import ValidationError

    from tailor import datafile

    root = datafile.parse(path, SkillsFileError)
    try:
        return SkillsFile.model_validate(datafile.plain(root) if root is not None else {})
    except ValidationError as e:
        raise SkillsFileError(path, datafile.problems(e, root, SkillsFile), _USER_FILE_HINT) from None


_USER_FILE_HINT = (
    "A skills.yaml beside your CV adds to tailor's lexicon: a mapping with any of 'skills' (name: [aliases]), "
    "'ambiguous' (a list), 'spoken' (language: [aliases]), 'related' (topic: [phrases]), 'supporting' "
    "(activity: [phrases]), 'instances' (kind: [skills]) and 'combined' (credential: [the credentials that together "
    "are it]). Fix it, or move it away from the CV."
)


@lru_cache(maxsize=1)
def generic_terms() -> frozenset[str]:
    """Lemmas that postings and résumés use whatever the job (``data/generic_terms.txt``)."""
    lines = GENERIC.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def action_nouns() -> dict[str, str]:
    """The noun of a piece of work → the verb a résumé names it with, as lemmas ("management" → "manage"),
    from ``data/action_nouns.tsv``: what keyword evidence reads a bullet's verb as, and the verb a posting's noun
    lends weight to in ranking."""
    return tab_pairs(ACTION_NOUNS)


@lru_cache(maxsize=1)
def held_together() -> dict[str, frozenset[str]]:
    """Each group of skills held side by side (life-support cards, one compliance programme's parts) → its members,
    canonical and lowercase, from ``data/held_together.tsv``: names a posting joins by slashes ("BLS/ACLS", "BSA/AML")
    each asked, never a choice between them."""
    return {
        group: frozenset(m.strip() for m in members.split(",")) for group, members in tab_pairs(HELD_TOGETHER).items()
    }


@lru_cache(maxsize=1)
def word_log_probabilities() -> dict[str, float]:
    """Word → ln(probability) in English text, for words more common than e^-14
    (``data/word_frequency.tsv``, made by ``data/make_word_frequency.py``)."""
    return {word: float(value) for word, value in tab_pairs(WORD_FREQUENCY).items()}


EVERYDAY_LOG_PROB = -12.0
"""A word this common in English or more (its natural log probability, :func:`word_log_probabilities`) is an everyday
word: "Work", "Full", "Mobile", "Reading"; "Rossi", "Brisbane" and "NALA" are rarer."""


def everyday(word: str) -> bool:
    """Whether ``word`` is an everyday English word (:data:`EVERYDAY_LOG_PROB`), whatever its case."""
    return word_log_probabilities().get(word.lower(), -99.0) >= EVERYDAY_LOG_PROB


def tab_pairs(path: Path) -> dict[str, str]:
    """The pairs of a bundled data file of two tab-separated columns, its comment lines (``#``) left out."""
    pairs = (line.partition("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {key: value for key, _, value in pairs if key and not key.startswith("#")}
