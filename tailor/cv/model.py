"""Pydantic models of a CV.

The models are strict (``extra="forbid"``) so that a misspelt key is an error
rather than a silently ignored field, and frozen so that nothing downstream can
edit the user's words. Dates stay the strings the owner wrote; :mod:`tailor.cv.dates`
reads them, here to refuse one that cannot exist or a span that ends before it starts,
and when printing. Every text is held as a résumé can show it (:mod:`tailor.cv.printable`):
no control characters, no halves of characters. Bullets, education details and the summary
may carry ``*italic*`` and ``**bold**`` markers, kept as written; :mod:`tailor.cv.markup`
reads them. The optional ``letter`` block holds the owner's cover-letter material, whose
texts may hold the slots of :mod:`tailor.cv.slots` and nothing else in ``{{ }}``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tailor.cv import dates, ids, markup, slots
from tailor.cv.printable import printable_value

#: Stable identifiers: lowercase letters, digits, ``-`` and ``_``; used in reports and manifests.
Id = Annotated[str, StringConstraints(pattern=ids.ID_PATTERN)]
#: Text as a résumé can show it (:mod:`tailor.cv.printable`), without surrounding spaces, never empty.
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True), BeforeValidator(printable_value)]
MAIN_SECTION = "Experience"
"""The heading a role prints under unless its ``section`` names another."""
PUBLICATIONS_SECTION = "Publications"
"""The heading a publication prints under unless its ``section`` names another."""
DATE_HELP = (
    "As you write it: 'Mar 2021', '2021-03', '2021' or any text; a date tailor reads prints as 'Mar 2021' "
    "(a year alone as '2021'), other text as written."
)


Loc = tuple[str | int, ...]


class LocatedError(ValueError):
    """Problems the whole CV shows (a repeated id, a reference to nothing), each with where it stands,
    so loaders can point at its line."""

    def __init__(self, located: list[tuple[Loc, str]], summary: str) -> None:
        self.located = located
        super().__init__(summary)


class DuplicateIdError(LocatedError):
    """Two items share an id; carries each repeat and where it stands."""

    def __init__(self, repeats: list[tuple[str, Loc]], more: list[tuple[Loc, str]] = ()) -> None:
        self.repeats = repeats
        super().__init__(
            [*((loc, f"the id '{id_}' is already used above; ids must be unique") for id_, loc in repeats), *more],
            f"ids must be unique; repeated: {', '.join(sorted({i for i, _ in repeats}))}",
        )


def reference_problems(data: Any) -> LocatedError | None:
    """What is wrong with the ids of CV ``data`` (the CV's fields, as plain data, however else malformed):
    an id used twice, since ids name items in reports and manifests, and a letter paragraph naming a
    bullet the CV does not have. None when nothing is. Read from plain data, so that these are reported
    with the CV's other mistakes, all at once."""
    if not isinstance(data, Mapping):
        return None
    ids: list[tuple[str, Loc]] = []
    for i, entry in _entries(data, "experience"):
        ids += [(entry["id"], ("experience", i, "id"))] if isinstance(entry.get("id"), str) else []
        bullets = [(j, b) for j, b in _entries(entry, "bullets") if isinstance(b.get("id"), str)]
        ids += [(b["id"], ("experience", i, "bullets", j, "id")) for j, b in bullets]
    ids += [
        (p["id"], ("publications", k, "id")) for k, p in _entries(data, "publications") if isinstance(p.get("id"), str)
    ]
    letter = data.get("letter") if isinstance(data.get("letter"), Mapping) else {}
    paragraphs = _entries(letter, "paragraphs")
    ids += [(p["id"], ("letter", "paragraphs", k, "id")) for k, p in paragraphs if isinstance(p.get("id"), str)]
    seen: set[str] = set()
    repeats: list[tuple[str, Loc]] = []
    for id_, loc in ids:
        if id_ in seen:
            repeats.append((id_, loc))
        seen.add(id_)
    known = {id_ for id_, loc in ids if loc[0] == "experience" and len(loc) == 5} | _misplaced_bullet_ids(data)
    dangling: list[tuple[Loc, str]] = [
        (("letter", "paragraphs", i, "bullets", j), f"there is no bullet with the id '{ref}'{_meant(ref, known)}")
        for i, paragraph in paragraphs
        for j, ref in enumerate(paragraph.get("bullets") or [])
        if isinstance(ref, str) and ref not in known
    ]
    if repeats:
        return DuplicateIdError(repeats, dangling)
    if dangling:
        return LocatedError(dangling, "a letter paragraph names a bullet the CV does not have")
    return None


def _meant(ref: str, known: set[str]) -> str:
    """The hint for a letter paragraph's ``ref`` that names no bullet: the id of the bullet it nearly spells ("did
    you mean 'acme-2'?" for "acme-02"), or nothing where none is close."""
    close = difflib.get_close_matches(ref, sorted(known), n=1, cutoff=0.8)
    return f"; did you mean '{close[0]}'?" if close else ""


def _misplaced_bullet_ids(data: Mapping[str, Any]) -> set[str]:
    """The ids of bullets a role lists under a key that is not ``bullets`` ("bulets:"): that key is reported as
    unknown, and a letter paragraph naming one of them is not reported again as naming no bullet, which would send
    the reader looking for a bullet that is there."""
    return {
        b["id"]
        for _, entry in _entries(data, "experience")
        for key in entry
        if key != "bullets" and key not in Experience.model_fields
        for _, b in _entries(entry, key)
        if isinstance(b.get("id"), str)
    }


def _entries(data: Mapping[str, Any], key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The mappings of the list at ``data[key]``, with their places; none where it is no list."""
    found = data.get(key)
    return [(n, e) for n, e in enumerate(found) if isinstance(e, Mapping)] if isinstance(found, list) else []


class _Strict(BaseModel):
    # Numbers become strings so that `year: 2023` or `phone: 41774878992` load as written.
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


def _derived_not_required(schema: dict[str, Any], model: type[_Named]) -> None:
    """A field the CV derives where it is left out is no required field of the schema (an editor would ask for
    it)."""
    required = [key for key in schema.get("required", []) if key not in model.derived]
    schema.pop("required", None)
    if required:
        schema["required"] = required


class _Named(_Strict):
    """Something reports, manifests and letters name by its id (a role, a bullet, a publication, a letter
    paragraph). A CV may leave the id out: the CV derives it (:func:`tailor.cv.ids.with_ids`), so the model always
    holds one."""

    model_config = ConfigDict(json_schema_extra=_derived_not_required)
    derived: ClassVar[frozenset[str]] = frozenset({"id"})
    """The fields a CV may leave out though the model holds them: the CV derives them."""


ID_HELP = (
    "Optional: unique across the CV, lowercase letters, digits, - and _; reports, manifests and letter paragraphs "
    "name it by this. Left out, it is derived as `tailor init` writes it: {how}. A derived id follows the place "
    "in the CV; write one to keep a stable name across edits."
)


class Contact(_Strict):
    name: Text
    email: Text | None = None
    phone: Text | None = None
    website: Text | None = None
    profiles: list[Text] = Field(default_factory=list, description="Other handles or profile URLs.")
    location: Text | None = None
    nationality: Text | None = None

    @property
    def details(self) -> list[str]:
        """What a contact line prints, in order (email, phone, website, profiles, location), each address once: a
        website written again among the profiles (a JSON Resume's ``url`` and its LinkedIn profile) is one."""
        return once([d for d in (self.email, self.phone, self.website, *self.profiles, self.location) if d])


def address_key(text: str) -> str:
    """A detail as a comparison sees it: a web address without its scheme, ``www.`` or slash at its end; in lower
    case ("https://www.linkedin.com/in/ada/" and "linkedin.com/in/ada" are one)."""
    return re.sub(r"https?://|www\.", "", text.strip().lower()).rstrip("/")


def once(details: list[str]) -> list[str]:
    """``details`` in order, without one that is an earlier one's address again (:func:`address_key`)."""
    seen: set[str] = set()
    kept = []
    for detail in details:
        if address_key(detail) not in seen:
            seen.add(address_key(detail))
            kept.append(detail)
    return kept


class Bullet(_Named):
    """One claim about one role, printed exactly as written. Written as its text alone (``- Ran the ward.``), or
    as a mapping to say more (``{text, role, pin, tags}``)."""

    id: Id = Field(description=ID_HELP.format(how="its role's id and its place, 'oak-grove-2' for the second bullet"))
    text: Text = Field(description="As written, with any *italic* and **bold** markers (tailor.cv.markup).")
    role: Text | None = Field(
        default=None,
        description="Which step of a role progression the claim belongs to, e.g. 'As Sr Researcher, 2022-'; "
        "printed before the claim as its qualifier.",
    )
    pin: bool = Field(default=False, description="Always keep this bullet in a tailored résumé.")
    tags: list[Text] = Field(
        default_factory=list,
        description="Extra keywords the ranking may match; never printed.",
    )

    @property
    def plain(self) -> str:
        """The text as a reader sees it, emphasis markers taken out: what is ranked, matched and checked."""
        return markup.plain(self.text)


def _date(value: str | None) -> str | None:
    """``value`` if it is a date that can exist (or text that is not a date at all)."""
    try:
        dates.parse(value)
    except dates.ImpossibleDate as e:
        raise PydanticCustomError("date", "not a real date: {reason}", {"reason": e.reason}) from None
    return value


def _start(value: str | None) -> str | None:
    if value is not None and dates.is_open(value):
        raise PydanticCustomError("date", "a start cannot be open; write when it started")
    return _date(value)


def _end(value: str | None, info: ValidationInfo) -> str | None:
    return _after(value, info, "start", "ends before it starts ({start})")


def _after(value: str | None, info: ValidationInfo, first: str, message: str) -> str | None:
    """``value`` if it is a date that can exist and does not come before the field ``first``; else ``message``."""
    _date(value)
    try:
        dates.check_order(info.data.get(first), value)
    except ValueError:
        raise PydanticCustomError("date_order", message, {first: info.data.get(first)}) from None
    return value


class _Dated(_Strict):
    """Something with a start and an end (a role, a degree): both possible dates, in order."""

    check_start = field_validator("start", check_fields=False)(_start)
    check_end = field_validator("end", check_fields=False)(_end)


def _bullets_from_text(value: Any) -> Any:
    """A bullet written as its text alone → ``{text}``; the rest as written."""
    if not isinstance(value, list):
        return value
    return [
        {"text": item} if isinstance(item, str | int | float) and not isinstance(item, bool) else item for item in value
    ]


class Experience(_Dated, _Named):
    id: Id = Field(
        description=ID_HELP.format(
            how="the employer's name as a slug ('oak-grove-elementary-school'; else the role's), made unique "
            "('…-fourth-grade-teacher' for a second role there)"
        )
    )
    employer: Text | None = Field(
        default=None, description="Who you worked for; left out for work of your own (freelance, a practice)."
    )
    role: Text | None = Field(
        default=None,
        description="Job title, or a progression such as 'PhD candidate » postdoc'; left out only where the "
        "employer says it all.",
    )
    location: Text | None = None
    start: Text | None = Field(
        default=None,
        description=f"{DATE_HELP} Left out when unknown: the résumé then prints the end alone, or no dates.",
    )
    end: Text | None = Field(
        default=None, description="Left out, or 'present', for a current role; else a date as for start."
    )
    section: Text | None = Field(
        default=None,
        description="The résumé heading this role prints under when it is not Experience: 'Volunteer Experience', "
        "'Projects', 'Board Service'. A section's roles print together after your other roles, the sections in the "
        "order the CV first names them; each is ranked and chosen like any role, and one none of whose bullets is "
        "chosen is left out. One with no bullets ('Member', a board seat) prints as its line alone.",
    )
    bullets: Annotated[
        list[Bullet], BeforeValidator(_bullets_from_text, json_schema_input_type=list[Text | Bullet])
    ] = Field(
        default_factory=list, description="What you did there, a claim each: its text, or {text, role, pin, tags}."
    )

    @field_validator("section")
    @classmethod
    def _section_apart(cls, value: str | None) -> str | None:
        # "Experience" is where a role prints anyway: no section of its own.
        return None if value is not None and value.casefold() == MAIN_SECTION.casefold() else value

    @model_validator(mode="after")
    def _named(self) -> Experience:
        if self.employer is None and self.role is None:
            raise PydanticCustomError(
                "unnamed_role", "a role needs its 'role' (the job title) or its 'employer', or both"
            )
        return self

    @property
    def heading(self) -> str:
        """The role line as a résumé prints it: "Role, Employer", or whichever of the two the CV gives."""
        return ", ".join(part for part in (self.role, self.employer) if part)

    @property
    def prints_bare(self) -> bool:
        """Whether the role prints when none of its bullets is chosen: a job, whose absence would leave a gap, and an
        entry the CV gives no bullets at all (a membership, a board seat), whose line is all it says. An entry of a
        section of its own whose bullets are all left out (a project) leaves the résumé."""
        return self.section is None or not self.bullets


class Education(_Dated):
    degree: Text
    institution: Text
    location: Text | None = None
    start: Text | None = Field(default=None, description=DATE_HELP)
    end: Text | None = Field(default=None, description="A date as for start; 'present' while you study.")
    grade: Text | None = None
    details: list[Text] = Field(default_factory=list, description="As written, with any emphasis markers.")

    @property
    def grade_label(self) -> str:
        """What a résumé prints before the grade: "Grade: ", "GPA: " for a grade out of four ("3.7/4.0"), or
        nothing for a grade that names what it is
        ("GPA 3.7/4.0", "magna cum laude", "First Class Honours", "85%"), which the label would say twice
        or call an honour a grade."""
        if not self.grade or _SAYS_WHAT_IT_IS.search(self.grade):
            return ""
        return "GPA: " if _GPA.fullmatch(self.grade.strip()) else "Grade: "


_SAYS_WHAT_IT_IS = re.compile(
    r"\b(?:c?gpa|grades?|honou?rs|cum laude|class|division|dean'?s list|percent(?:age)?|marks?|score|average"
    r"|mention|first|2:[12])\b|^\s*\d+(?:[.,]\d+)?\s?%",
    re.IGNORECASE,
)


_GPA = re.compile(r"[0-4](?:\.\d{1,2})?\s*/\s*4(?:\.0{1,2})?")
"""A grade point average out of four, as American colleges give it ("3.7/4.0"): printed after "GPA:"."""


class Credential(_Strict):
    """A certificate, licence or award: printed as written, in CV order; a page limit may leave out one that shows
    nothing the posting asks for."""

    name: Text
    issuer: Text | None = Field(default=None, description="Who awarded or issued it.")
    date: Text | None = Field(default=None, description=DATE_HELP)

    check_date = field_validator("date")(_date)

    @property
    def runs_out(self) -> str | None:
        """When it expires, as written: a :class:`Certificate`'s ``expires``; an award never does."""
        return None


def _expires(value: str | None, info: ValidationInfo) -> str | None:
    if value is not None and dates.is_open(value):
        raise PydanticCustomError("date", "write when it runs out, or leave `expires` out for one that does not")
    return _after(value, info, "date", "runs out before it was gained ({date})")


class Certificate(Credential):
    """A certificate or licence: a credential that may run out."""

    expires: Text | None = Field(
        default=None,
        description="When it runs out, written like `date` ('Aug 2026', '2026-08'): the résumé prints it after "
        "the name ('valid through Aug 2026', or 'expired Aug 2025' once it has passed, and tailor warns). "
        "Leave out for one that does not run out.",
    )

    check_expires = field_validator("expires")(_expires)

    @property
    def runs_out(self) -> str | None:
        return self.expires


class Publication(_Named):
    id: Id = Field(
        description=ID_HELP.format(how="'pub-', the year and the title's first words: 'pub-2021-tidal-marsh'")
    )
    year: Text | None = Field(
        default=None,
        description="When it appeared, as printed ('2023', 'forthcoming', 'in press'); leave out if undated.",
    )
    title: Text
    venue: Text | None = None
    section: Text | None = Field(
        default=None,
        description="The résumé heading it prints under when it is not Publications: 'Presentations', 'Invited "
        "Talks', 'Posters'. Ranked and chosen like any publication, printed after them under its heading.",
    )
    pin: bool = Field(default=False, description="Always keep this publication in a tailored résumé.")

    check_year = field_validator("year")(_date)  # "2019-13" is no date, as in a role's dates; "in press" is none

    @field_validator("section")
    @classmethod
    def _section_apart(cls, value: str | None) -> str | None:
        return None if value is not None and value.casefold() == PUBLICATIONS_SECTION.casefold() else value


class Skill(_Strict):
    """A skill, as the résumé's Skills line prints it. Written as plain text (``Python``), or as
    a mapping to pin it (``{name: Python, pin: true}``) or to put it in a group (``{name: Epic, group: Systems}``).

    A group's name is the user's heading, printed verbatim before its chosen skills, and no skill: it is not
    ranked, and a posting's keyword that only a group's name says is not met by it. A heading sorts skills ("Clinical",
    "Tools"), as "Skills" does; it is not a claim by itself, and one that is ("Salesforce" over CPQ) is listed as a
    skill to count."""

    name: Text
    pin: bool = Field(default=False, description="Always keep this skill in a tailored résumé.")
    group: Text | None = Field(
        default=None,
        description="The heading of the résumé's line this skill prints on ('Clinical', 'Languages'), as written; "
        "usually given by writing skills as a mapping of groups instead (skills: {Clinical: [wound care]}).",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"name": value} if isinstance(value, str | int | float) else value


class SkillGroupError(LocatedError):
    """A group of skills written as a mapping that holds none, or whose name is no text."""


def _skill_groups(value: Any) -> Any:
    """Skills written in groups → one flat list of skills in the order written, each with its ``group``.

    A group is written as a résumé shows it, a heading over its skills: the skills as a mapping of groups
    (``{Clinical: [wound care, IV therapy], Systems: [Epic]}``), or, where some skills have no group, a list whose
    items are skills or groups (``[seasonal menus, {Pastry: [lamination, tempering]}]``: a mapping of one key that
    is no field of a skill, over a list). These read most plainly in YAML, and a flat list (every CV written before
    groups) stays what it was. A skill in a group may still be ``{name, pin}``. The model holds the flat list, so
    that everything that ranks, chooses, pins or names a skill by its name goes on as before: a group changes only
    how the chosen skills print."""
    places, wrong = skill_places(value)
    if wrong:
        raise SkillGroupError(wrong, "; ".join(message for _, message in wrong))
    if not isinstance(value, Mapping | list):
        return value  # for the model to refuse
    return [
        item
        if group is None
        else {**item, "group": group}
        if isinstance(item, Mapping)
        else {"name": item, "group": group}
        for _, item, group in places
    ]


def _is_group(item: object) -> bool:
    """Whether an item of a list of skills is a group: a mapping of one key, no field of a skill, over a list."""
    if not isinstance(item, Mapping) or len(item) != 1:
        return False
    key, value = next(iter(item.items()))
    return key not in Skill.model_fields and (value is None or isinstance(value, list))


def skill_places(written: Any) -> tuple[list[tuple[Loc, Any, str | None]], list[tuple[Loc, str]]]:
    """Each skill of the skills as ``written`` (:func:`_skill_groups`) with where it stands and its group's name,
    in the order written; and what is wrong with their groups, each where it stands."""
    groups: list[tuple[Loc, Any, Any]] = []  # (where, name, skills)
    places: list[tuple[Loc, Any, str | None]] = []
    if isinstance(written, Mapping):
        groups = [(("skills", name), name, items) for name, items in written.items()]
    elif isinstance(written, list):
        for i, item in enumerate(written):
            if _is_group(item):
                name, items = next(iter(item.items()))
                groups.append((("skills", i, name), name, items))
                places.append((("skills", i, name), None, None))  # held here, in its place: filled below
            else:
                places.append((("skills", i), item, None))
    wrong: list[tuple[Loc, str]] = []
    found: dict[Loc, list[tuple[Loc, Any, str | None]]] = {}
    for at, name, items in groups:
        found[at] = []
        if not isinstance(name, str | int | float) or isinstance(name, bool) or not str(name).strip():
            wrong.append((at, "a group's name is one text, the heading its skills print under"))
            continue
        if items is not None and not isinstance(items, list):
            wrong.append(
                (
                    at,
                    f"the group '{name}' should be a list of skills, one an item: {name}: [{items}], or each on a "
                    "line of its own under it opening with '- '",
                )
            )
            continue
        if not items:
            wrong.append(
                (at, f"the group '{name}' holds no skills: list them under it (- wound care), or delete the group")
            )
        for n, item in enumerate(items or []):
            if isinstance(item, Mapping) and "group" in item:
                wrong.append(
                    (
                        (*at, n, "group"),
                        f"this skill is in the group '{name}' already (the heading above it): leave out 'group'",
                    )
                )
            found[at].append(((*at, n), item, str(name).strip()))
    if isinstance(written, Mapping):
        places = [place for at, _, _ in groups for place in found[at]]
    else:
        places = [each for place in places for each in found.get(place[0], [place])]
    return places, wrong


def skill_source(written: Any, loc: Loc) -> Loc:
    """Where the skill at ``loc`` of the model (``("skills", 4, "name")``) stands in the skills as ``written``: in
    a mapping of groups, ``("skills", "Systems", 1, "name")``; in a list, where it stands there."""
    if len(loc) < 2 or loc[0] != "skills" or not isinstance(loc[1], int):
        return loc
    places = skill_places(written)[0]
    return (*places[loc[1]][0], *loc[2:]) if loc[1] < len(places) else loc


def skills_as_written(skills: Sequence[Any]) -> list[Any] | dict[str, list[Any]]:
    """Skills as data (texts, or mappings that may carry a ``group``) in the form a CV writes them
    (:func:`_skill_groups`): a list as it is where none has a group; a mapping of groups where all have one; else a
    list of the skills of no group and, where its first skill stood, each group. A group gathers its skills, in
    their order; a skill of one is written as its name alone unless it says more (``{name, pin}``)."""

    def group_of(item: Any) -> str | None:
        return item.get("group") if isinstance(item, Mapping) else None

    if not any(group_of(item) for item in skills):
        return list(skills)
    groups: dict[str, list[Any]] = {}
    written: list[Any] = []
    for item in skills:
        group = group_of(item)
        if not group:
            written.append(item)
            continue
        rest = {k: v for k, v in item.items() if k != "group"}
        if group not in groups:
            groups[group] = []
            written.append({group: groups[group]})
        groups[group].append(rest["name"] if set(rest) == {"name"} else rest)
    return groups if all(group_of(item) for item in skills) else written


def readable_skills(written: Any, wrong: list[tuple[Loc, str]]) -> Any:
    """The skills as ``written`` without the groups ``wrong`` names (a group with no skills) and without the
    ``group`` a skill of a group may not repeat: what the model can read, to say what else is wrong at once."""
    bad = {at for at, _ in wrong if at[-1] != "group"}

    def bare(items: Any) -> Any:
        return [{k: v for k, v in i.items() if k != "group"} if isinstance(i, Mapping) else i for i in items or []]

    if isinstance(written, Mapping):
        return {name: bare(items) for name, items in written.items() if ("skills", name) not in bad}
    return [
        {name: bare(items) for name, items in item.items()} if _is_group(item) else item
        for i, item in enumerate(written)
        if not (_is_group(item) and ("skills", i, next(iter(item))) in bad)
    ]


Skills = Annotated[
    list[Skill],
    BeforeValidator(
        _skill_groups,
        json_schema_input_type=list[Text | Skill | dict[Text, list[Text | Skill]]] | dict[Text, list[Text | Skill]],
    ),
]
"""A CV's skills: a list, or a mapping of groups, each a list (:func:`_skill_groups`)."""


class Language(_Strict):
    name: Text
    fluency: Text | None = None


class Variant(_Strict):
    """One of several headlines or summaries; the résumé prints the one most relevant to the posting."""

    text: Text = Field(description="As written (a summary may carry emphasis markers).")
    tags: list[Text] = Field(
        default_factory=list, description="Extra words the choice may match (e.g. the jobs it suits); never printed."
    )


def _variants(value: Any) -> Any:
    """``"text"`` or ``["text", {text, tags}, …]`` → a list of variants' data."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [{"text": item} if isinstance(item, str | int | float) else item for item in items]


Variants = Annotated[
    list[Variant],
    BeforeValidator(_variants, json_schema_input_type=Text | list[Text | Variant] | None),
]


def _known_slots(value: str) -> str:
    """``value`` if every ``{{ name }}`` in it is a slot of :data:`tailor.cv.slots.SLOTS`."""
    wrong = slots.unknown(value)
    if wrong:
        raise PydanticCustomError("slot", slots.describe_unknown(wrong[0]))
    return value


SlotText = Annotated[Text, AfterValidator(_known_slots)]
"""A letter's text: as written, with emphasis markers and slots (``{{ company }}``) filled from the posting."""
SLOT_HELP = (
    "As written, with any *italic* and **bold** markers; {{ company }}, {{ title }}, {{ hiring_manager }}, "
    "{{ team }} and {{ date }} are filled in from the posting, and a text that needs one the posting does "
    "not give is not used."
)


class LetterVariant(_Strict):
    """One of several openings or closings; the letter prints the one most relevant to the posting."""

    text: SlotText = Field(description=SLOT_HELP)
    tags: list[Text] = Field(
        default_factory=list, description="Extra words the choice may match (e.g. the jobs it suits); never printed."
    )


LetterVariants = Annotated[
    list[LetterVariant],
    BeforeValidator(_variants, json_schema_input_type=Text | list[Text | LetterVariant] | None),
]


class LetterParagraph(_Named):
    """A paragraph of the letter's body: kept when it is among the most relevant to the posting."""

    id: Id = Field(description=ID_HELP.format(how="'letter-' and its place: 'letter-2' for the second paragraph"))
    text: SlotText = Field(description=SLOT_HELP)
    tags: list[Text] = Field(default_factory=list, description="Extra words the ranking may match; never printed.")
    bullets: list[Id] = Field(
        default_factory=list,
        description="Ids of the bullets this paragraph speaks for: it ranks with their evidence too.",
    )
    pin: bool = Field(default=False, description="Always keep this paragraph (it still needs its slots).")


class Letter(_Strict):
    """The owner's cover-letter material: tailor chooses and orders it for each posting, and adds only
    the posting's details in the slots the owner wrote."""

    greetings: list[SlotText] = Field(
        default_factory=list,
        description="'Dear {{ hiring_manager }},' first, then more general ones: the first whose slots the "
        "posting fills is printed.",
    )
    openings: LetterVariants = Field(
        default_factory=list, description="The first paragraph: the one that best fits the posting is printed."
    )
    paragraphs: list[LetterParagraph] = Field(
        min_length=1, description="The body: the most relevant are printed, in this order."
    )
    closings: LetterVariants = Field(
        default_factory=list, description="The last paragraph: the one that best fits the posting is printed."
    )
    sign_off: SlotText | None = Field(default=None, description="Printed over your name, e.g. 'Kind regards,'.")


CredentialKind = Literal["certificate", "award"]


def credential_id(kind: CredentialKind, n: int) -> str:
    """The id of the CV's ``n``-th (from 1) certificate or award: ``certificate:2``, ``award:1``
    (:meth:`CV.credentials`)."""
    return f"{kind}:{n}"


_SKILLS = re.compile(r"\W*skills?\W*", re.IGNORECASE)
"""A skill group's name that says only what the résumé's heading over every group says: "Skills", "skills:"."""


class CV(_Strict):
    contact: Contact
    headline: Variants = Field(
        default_factory=list,
        description="One line under your name; or several, each with tags: the résumé prints the one that best "
        "fits the posting, word for word.",
    )
    summary: Variants = Field(
        default_factory=list,
        description="A paragraph printed under 'Profile', as written with any emphasis markers; or several to "
        "choose from, like headline.",
    )
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    publications_link: Text | None = Field(default=None, description="Where the full list lives.")
    skills: Skills = Field(
        default_factory=list,
        description="A list of skills; or a mapping of groups, each a list, to print a line per group "
        "(Clinical: wound care, IV therapy): {Clinical: [wound care, IV therapy], Systems: [Epic]}.",
    )
    languages: list[Language] = Field(default_factory=list)
    interests: list[Text] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list, description="Certificates and licences.")
    awards: list[Credential] = Field(default_factory=list, description="Awards and honours.")
    letter: Letter | None = Field(
        default=None, description="Your cover-letter material: openings, paragraphs and closings in your words."
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_ids(cls, data: Any) -> Any:
        # Before the fields are read, so that each item has its id and each id is unique across the CV.
        return ids.with_ids(data)

    @model_validator(mode="after")
    def _ids_are_unique_and_references_real(self) -> CV:
        located = reference_problems(self.model_dump(include={"experience", "publications", "letter"}))
        if located is not None:
            raise located
        return self

    @property
    def skill_names(self) -> list[str]:
        """The skills' names, in CV order."""
        return [s.name for s in self.skills]

    @property
    def grouped(self) -> bool:
        """Whether any skill has a group that prints (:meth:`skill_groups`), so that the résumé prints its skills a
        line per group."""
        return any(group is not None for group in self.skill_groups.values())

    @property
    def skill_groups(self) -> dict[str, str | None]:
        """Each skill's group (None for none) by its name; a name the CV gives twice is in the group it is first
        given in, as it is one skill everywhere else (ranked, chosen and printed once). A group named only "Skills"
        is none: under the résumé's Skills heading it would say it again ("Skills: Salesforce, Zapier"), as a JSON
        Resume's one skills entry, which its themes print under a name, often reads."""
        found: dict[str, str | None] = {}
        for skill in self.skills:
            found.setdefault(skill.name, None if _SKILLS.fullmatch(skill.group or "") else skill.group)
        return found

    def skill_lines(self, names: Sequence[str]) -> list[tuple[str | None, list[str]]]:
        """The skills ``names`` (chosen, in the order they print) a line per group: each group's name with its
        skills, in the order of ``names``, the groups in the order their first skill comes in ``names`` (the most
        relevant first, as the skills are); then the skills without a group, on a line of their own named None:
        a line with no heading reads as the rest, after the named ones. A skill named twice is in the group it is
        first named in. One line named None when the CV has no groups."""
        group = self.skill_groups
        lines: dict[str | None, list[str]] = {}
        for name in names:
            lines.setdefault(group.get(name), []).append(name)
        return sorted(lines.items(), key=lambda line: line[0] is None)

    def bullets(self) -> list[tuple[Experience, Bullet]]:
        """Every experience bullet with its entry, in CV order."""
        return [(e, b) for e in self.experience for b in e.bullets]

    def credentials(self) -> list[tuple[str, CredentialKind, Credential]]:
        """Every certificate, then every award, with its id as a résumé's evidence names it (``certificate:<n>``,
        ``award:<n>``, each from 1, in CV order) and its kind."""
        kinds: list[tuple[CredentialKind, Sequence[Credential]]] = [
            ("certificate", self.certificates),
            ("award", self.awards),
        ]
        return [(credential_id(kind, n), kind, c) for kind, entries in kinds for n, c in enumerate(entries, start=1)]

    def has_items(self) -> bool:
        """Whether it holds anything to choose from: a bullet, a publication or a skill."""
        return bool(self.bullets() or self.publications or self.skills)
