"""Whether the context of an ambiguous name says it is the skill: a programming or spoken language, a tool
in a list of others, a name written in its capitals; not an acronym of something else, not a sentence's first
word, not a letter of a word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_CONNECTORS = frozenset({",", "/", "(", ")", "and", "or", "&", "+", ";", "-"})
_BEFORE_LANGUAGE = frozenset(
    {"in", "with", "using", "advanced", "fluent", "fluency", "native", "bilingual", "conversational"}
    | {"speak", "speaks", "speaking", "spoke", "spoken"}  # "Speaking Spanish at an intermediate level"
)
_AFTER_LANGUAGE = frozenset(
    {"programming", "language", "languages", "code", "developer", "developers", "compiler", "skills", "proficiency"}
    | {"script", "scripts", "scripting", "shell"}  # "Bash scripting", "Bash shell"
    | {"speaker", "speakers", "speaking", "fluency", "fluent", "translation", "interpretation", "interpreter"}
)
"""The words around an ambiguous name that say it is the skill: a programming language or a tool ("written in
Go", "Excel skills"), or a spoken language ("fluent German", "Spanish speaker", "Spanish-speaking")."""
_AFTER_CREDENTIAL = frozenset({"certification", "certifications", "certificate", "certified", "credential"})
"""The words after an ambiguous name that say it is a credential held, or a tool one is certified in ("CMA
certification", "Epic certified"): not the everyday word or another field's letters ("prepared CMAs")."""
_MADE_IN = frozenset(
    {"spreadsheet", "spreadsheets", "workbook", "workbooks", "macro", "macros", "template", "templates"}
    | {"tracker", "trackers", "model", "models", "dashboard", "dashboards", "document", "documents"}
    | {"playbook", "playbooks"}
)
"""The words after an ambiguous name, written in small letters, for a thing made in the tool ("an Excel accrual
tracker" aside, "built Excel models", "Word templates", "Helm templates", "SOAR playbooks", the automations a
security orchestration platform runs): the tool, not the everyday word, which names no such thing ("excel at", "in
a word", "watch sales soar")."""
_EXAMPLE_LEADS = (["e.g."], ["eg"], ["i.e."], ["such", "as"], ["including"])
"""The words that lead an example in ("e.g., Dovetail", "such as Maze", "including Sketch"): a capitalised name
after them is the tool the example names, not the everyday word."""
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_A_TERM = re.compile(r"(?:19|20)\d\d$|'\d\d$|(?:semester|term|quarter|session|break|intake|cohort)s?$")
"""What follows a season's name where it is a date: a year ("Spring 2017", "Fall '24") or a part of a school year."""
_NOT_A_LIST = frozenset({"with", "as", "at", "for", "of", "under", "by"})
"""Words no list of skills has between its items: a skill beyond one is no list-mate ("a Chef with ServSafe
certification" is a cook, not the DevOps tool)."""
_INSTITUTIONS = frozenset({"school", "college", "university", "institute", "academy", "hospital", "foundation"})
"""Capitalised words that, after a name, make it an institution's ("Haas School of Business", "Rust College"):
however many skills a line lists around it ("MBA, Haas School of Business"), no tool or language."""


_DESIGNATORS = frozenset(
    {"part", "section", "schedule", "title", "plan", "tier", "phase", "grade", "class", "type", "vitamin", "appendix"}
    | {"level", "category", "exhibit", "annex", "form", "item", "option", "stage", "step", "unit", "wing", "zone"}
    | {"division", "article", "chapter", "hepatitis", "building", "series"}
)
"""Words that a letter after them designates one of ("Part C", "Schedule C", "Title R", "Vitamin C", "Class C
licence", "Hepatitis C"), in the singular or the plural ("Parts B and C"): the letter names that part, plan,
class or kind, never a programming language."""


_LETTERS_JOINED = frozenset({",", "/", "and", "or", "&"})


def _designated(doc: Doc, span: Span, original: str | None) -> bool:
    """Whether the lone letter ``span`` follows a word of :data:`_DESIGNATORS`, maybe after other such letters
    listed before it ("Parts B, C and D", "Hepatitis B/C"), as ``original`` writes them (the doc is lowercase)."""
    if len(span) != 1 or len(span.text) != 1:
        return False

    def a_letter(token: Token) -> bool:
        written = original[token.idx] if original is not None else token.text
        return len(token.text) == 1 and written.isupper()

    i = span.start - 1
    while i >= 0 and (doc[i].text in _LETTERS_JOINED or a_letter(doc[i])):
        i -= 1
    return i >= 0 and (doc[i].lower_ in _DESIGNATORS or doc[i].lower_.removesuffix("s") in _DESIGNATORS)


def in_its_capitals(span: Span, original: str | None, capitals: frozenset[str]) -> bool:
    """Whether ``span`` is written in capitals, as the lexicon writes the name (``capitals``): "PALS", not
    "pals" or "Pals"."""
    if original is None:
        return False
    written = original[span.start_char : span.end_char]
    return len(written) > 1 and written.isupper() and written.lower() in capitals


def opens_a_certification(span: Span, original: str | None, name: str) -> bool:
    """Whether ``span`` opens the name of a certification (a text that says "certification", "certified" or
    "certificate"), written letter for letter as the lexicon writes the skill's ``name``, which has a capital: a
    certification named for a product is in the product ("Workday Pro Certification", "Epic Ambulatory
    Certification"), no everyday word, where "workday" written so, or an award named for "Chef Ramos", is none."""
    if original is None or span.start != 0 or not name[:1].isupper() or not _CERTIFICATION.search(original):
        return False
    return original[span.start_char : span.end_char] == name


_CERTIFICATION = re.compile(r"\bcertif(?:ication|ied|icate)s?\b", re.IGNORECASE)


def in_small_letters_among_words(span: Span, original: str | None, inner_capitals: frozenset[str]) -> bool:
    """Whether the one-word ``span``, a name the lexicon writes only with capitals inside it (``inner_capitals``:
    "SAFe", "InForm"), is written in small letters among other words: the everyday word ("inform using
    psychoeducational techniques", "keep a safe workplace"), even in a CV's skills list. A name alone may be
    written in small letters."""
    if original is None or len(span) != 1 or len(span.doc) == 1:
        return False
    written = original[span.start_char : span.end_char]
    return written.islower() and written in inner_capitals


def another_acronym_at(span: Span, original: str | None, named: bool, capitals: frozenset[str]) -> bool:
    """Whether the one-word ambiguous ``span`` is :func:`another_acronym`, as ``original`` writes it; a skill's
    name alone (``named``) is its own line."""
    if original is None or len(span) != 1:
        return False
    line_start = original.rfind("\n", 0, span.start_char) + 1
    line_end = original.find("\n", span.end_char)
    line = original[line_start : line_end if line_end >= 0 else len(original)]
    surface = original[span.start_char : span.end_char]
    return another_acronym(surface, surface if named else line, capitals)


def another_words_form(span: Span, original: str | None, surfaces: frozenset[str], capitals: frozenset[str]) -> bool:
    """Whether the one-word ambiguous ``span``, matched by its lemma to a name whose ``surfaces`` (lowercase) the
    lexicon writes in ``capitals``, is written as another word of that lemma: "Be curious" is no "WAS" (the IAAP's Web
    Accessibility Specialist, whose letters English reads as a form of "be"). An acronym is its own letters, or their
    plural ("PLCs"), never a form of a word."""
    if original is None or len(span) != 1 or surfaces.isdisjoint(capitals):
        return False
    written = original[span.start_char : span.end_char].lower()
    return written not in surfaces and not (written.endswith("s") and written[:-1] in surfaces)


_OPENS = re.compile(r"(?:^|[.!?]\s+)[\W_]*$")
"""What stands before the word that opens a line (list marks aside) or a sentence."""
_MODIFIES = re.compile(r"[ \t]+([a-z][\w-]*)")
"""What follows a word that qualifies the next, written in small letters ("Safe food", "Zero downtime"), or a verb
that takes its object ("Compose press releases"); the group is that next word."""


def opening_word(
    span: Span, original: str | None, inner_capitals: frozenset[str], verbs: frozenset[str] = frozenset()
) -> bool:
    """Whether the one-word ambiguous ``span`` is the everyday word that opens a line or sentence and qualifies
    the word after it ("Safe food handling", "Zero downtime"): written with its first letter alone capitalised,
    where the lexicon writes the name with capitals inside it ("SAFe", "ZeRO"), its capital is the sentence's,
    no sign of the name. One that a comma or "and" follows may head a list of names ("Rest, GraphQL").

    So too a word that may be a verb (``verbs``, lemmas) opening an item, before a word in small letters: the
    imperative of a duty, "Compose press releases and newsletters", "Sketch wireframes in Figma", is no product
    (Jetpack Compose, Sketch), though a skill stands near. A word after it that says the name is the skill
    ("Excel skills", "Go developers", "Excel required") keeps it the name.
    """
    if original is None or len(span) != 1:
        return False
    written = original[span.start_char : span.end_char]
    lower = written.lower()
    if (lower not in inner_capitals and lower not in verbs) or not (written[:1].isupper() and written[1:].islower()):
        return False
    after = _MODIFIES.match(original, span.end_char)
    if after is None:
        return False
    if lower not in inner_capitals and (
        after[1] in _CONNECTORS or after[1] in _AFTER_LANGUAGE or _opens_a_judged_item(span.doc, span)
    ):
        return False  # "Go and Rust", "Excel skills", "- Excel required": the name
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
    """Whether ``span`` opens its line (list marks aside) and the words after it judge it (:data:`_JUDGEMENTS`),
    maybe after a word of knowing it (:data:`_KNOWING`): an item naming the skill alone, "- Spanish a plus", "- Sketch
    experience is a plus", not "- German citizenship preferred"."""
    i = span.start - 1
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        if any(c.isalnum() for c in doc[i].text):
            return False
        i -= 1
    # How much it is wanted says nothing of what it is: "- Epic strongly preferred" is "- Epic preferred".
    after = tuple(t.lower_ for t in doc[span.end : span.end + 6] if t.lower_ not in _DEGREE)[:4]
    if after[:1] and after[0] in _KNOWING:
        after = after[1:]  # "- Sketch experience is a plus", "- Excel knowledge required"
    if _YEARS_OF_IT.match(doc[span.end : span.end + 6].text):
        from tailor.posting.plausible import JOB_WORDS  # the words jobs end in, without tailor.people's analysis

        # A job board's screening item, "- Relativity: 1 year (Preferred)"; "- Chef: 2 years" is years as a chef.
        return JOB_WORDS.fullmatch(span.text.lower().split()[-1]) is None
    return any(after[: len(judged)] == judged for judged in _JUDGEMENTS)


_YEARS_OF_IT = re.compile(r"\s*:\s*\d+\+?\s*years?\s*\(\s*(?:required|preferred)\s*\)", re.IGNORECASE)
"""The years of a skill a job board's screening item asks, and how much ("Relativity: 1 year (Preferred)", "Go: 3
years (Required)"): the item names the skill alone, as "- Excel required" does."""


_DEGREE = frozenset({"strongly", "highly", "very", "greatly", "much"})
"""Words of how much an item wants a skill, before its judgement ("strongly preferred", "highly desired", "is very
much preferred")."""
_KNOWING = frozenset({"experience", "knowledge", "skills", "proficiency", "expertise", "familiarity"})
"""The words of knowing a skill between its name and what an item says of it ("Sketch experience is a plus"); not
"citizenship" nor "driving": "- German citizenship preferred", "- Safe driving record required" are no such items."""


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


def language_context(
    doc: Doc, span: Span, original: str | None, skills: set[tuple[int, int]], spoken: frozenset[str] = frozenset()
) -> bool:
    """Whether an ambiguous mention ("Go", "C", "R", "German") is the skill.

    It must be capitalised as written ("go to" is a verb), and stand in a list with
    another skill ("C/C++", "Python, Go and Rust", "English/Spanish"), or after "in"/"with"/
    "using"/"fluent", or before "programming"/"language"/"code"/"speaker" (:data:`_BEFORE_LANGUAGE`,
    :data:`_AFTER_LANGUAGE`) — so a grade "C", "Go to our site" or "a German company" is not. A list
    has no "with" or "as" between its items (:data:`_NOT_A_LIST`), and a name that goes on ("Chef
    Marco") heads no list: "a Chef with ServSafe certification" and "Chef Marco's sous chef" are cooks. A
    letter after a word that designates by letters (:data:`_DESIGNATORS`: "Part C", "Schedule C") is that part.
    """
    surface = original[span.start_char : span.end_char] if original is not None else span.text
    if not surface[:1].isupper():
        return _spoken_in_small_letters(doc, span, spoken)
    beside = {doc[i].text for i in (span.start - 1, span.end) if 0 <= i < len(doc)}
    if "grade" in beside or "grades" in beside:
        return False  # "a C grade in English and Maths", "grade C or above": a mark, not the language
    says_language = span.end < len(doc) and doc[span.end].text in _AFTER_LANGUAGE
    if _designated(doc, span, original) and not says_language:
        return False  # "Part C early intervention", "Schedule C", "Hepatitis B and C": a letter that names a part
    if surface.lower() in _SEASONS and span.end < len(doc) and _A_TERM.match(doc[span.end].text.lower()):
        return False  # "piloted in Spring 2017", "Spring semester": a season, not the Java framework
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
    if name_goes_on and following is not None and following.text.lower() in _INSTITUTIONS:
        return False  # "MBA, Haas School of Business", "Rust College": an institution's name, in any list
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
                # A mate that ends in the name's own word is a kind of it in everyday words: "the Chef and/or Sous
                # Chef" lists two cooks, no tool beside a title.
                if _ends_in(doc, skills, i, step, surface):
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
    if _glosses(doc, span, surface):
        return True  # "dimensional (Kimball) marts", "our records system (Epic)": which one the words speak of
    after = doc[span.end].text if span.end < len(doc) else ""
    if after == "-" and span.end + 1 < len(doc):
        after = doc[span.end + 1].text  # "Spanish-speaking"
    # "Relativity Certified Administrator": a capitalised word after it goes on with the name, no credential of it.
    credential = after in _AFTER_CREDENTIAL and not name_goes_on
    made = _made_in(doc, span, original) and not name_goes_on and surface.lower() not in _SEASONS
    known = _known(doc, span) and not name_goes_on
    return (before in _BEFORE_LANGUAGE and not name_goes_on) or after in _AFTER_LANGUAGE or credential or made or known


def _ends_in(doc: Doc, skills: set[tuple[int, int]], i: int, step: int, surface: str) -> bool:
    """Whether the skill found at token ``i`` (going ``step``) ends in the word ``surface`` ("Sous Chef" of "Chef")."""
    last = i if step < 0 else max((end for start, end in skills if start == i), default=i + 1) - 1
    return doc[last].text.lower() == surface.lower()


def _glosses(doc: Doc, span: Span, surface: str) -> bool:
    """Whether ``span``, written ``surface``, stands alone in brackets right after a word, written as a name is (a
    capital, and small letters after it): a gloss that names the method, tool or product the words before it speak
    of ("built dimensional (Kimball) marts", "charted in our records system (Epic)"). One written in capitals is
    those words' initials ("an adjustable-rate mortgage (ARM)"), no name; a season is a date's ("Florence (Spring)")."""
    return (
        span.start >= 2
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.start - 2].is_alpha
        and not surface.isupper()
        and surface.lower() not in _SEASONS
    )


_KNOWN_BY = frozenset({"knowledge", "command"})
_AND_OR = frozenset({"and", "or"})


def _known(doc: Doc, span: Span) -> bool:
    """Whether "knowledge of" or "command of" stands before ``span`` and no word goes on with the name after it but
    "and" or "or": "reading knowledge of Spanish or another language", "a working knowledge of German and French";
    not "knowledge of German labor law", which knows a thing of that nation."""
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].lower_ not in _KNOWN_BY:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not after.is_alpha or after.lower_ in _AND_OR


def _made_in(doc: Doc, span: Span, original: str | None) -> bool:
    """Whether a word of :data:`_MADE_IN` follows ``span``, maybe after one word in small letters that says what the
    thing is for ("an Excel accrual tracker", "Excel models"), as ``original`` writes them."""
    for i in (span.end, span.end + 1):
        if i >= len(doc) or not doc[i].is_alpha or (original is not None and not original[doc[i].idx].islower()):
            return False
        if doc[i].text in _MADE_IN:
            return True
    return False
