"""JSON Resume (jsonresume.org) as an input format.

We read every section the schema defines that has a place in tailor's CV, and
convert to our data (:meth:`JSONResume.to_data`, then :class:`~tailor.cv.model.CV`):

* ``work``, ``volunteer`` and ``projects`` become roles, as tailor's CV holds all
  three (a résumé's "Volunteering" and "Projects" sections import as roles too),
  merged newest first by their start dates, each section keeping its own order;
  a volunteer entry's role prints under "Volunteer Experience" and a project's under
  "Projects" (their ``section``, :data:`SECTIONS`).
  Their ``highlights`` are bullets; the ``summary`` of a role without highlights is
  its one bullet, or its bullets where it is written as a Markdown list (a
  summary beside highlights is most often about the employer, not a claim, and
  is left out). A project's ``roles`` are its title, its ``name`` (else its ``entity``)
  its employer, and its ``description`` its first bullet: the schema's "short summary
  of the project", which is what one did; an ``entity`` beside both has no field and is
  kept aside; its ``keywords`` (the tools it was built with) are its bullets' tags, which the ranking matches and the
  résumé never prints. A project without ``roles`` is a role titled by its ``name``, its ``entity``
  (if any) its employer; one with no ``name`` or ``roles`` either is left out with a warning;
* ``education`` (the degree its ``studyType`` and ``area``, read as
  :func:`degree_name` says; ``courses`` as details), ``publications`` (``name`` the
  title, the year of ``releaseDate``), ``skills`` (their ``keywords`` in a group named by their ``name``, or after
  it where it names a product, "Python" or "Excel"; else their ``name``), ``languages``, ``interests``,
  ``certificates`` and ``awards`` map field by field.

What the CV has no field for (a role's ``url``, a skill's ``level``,
``references``…) is not read into it; :meth:`Converted.unplaced` lists each such text,
for ``tailor init`` to keep as comments.

Keys of older versions of the schema are read too (``company`` for ``name``,
``website`` for ``url``, ``gpa`` for ``score``). The schema allows keys it does not
define, so an unknown key is not an error; but one that is a near miss of a
defined key (``hightlights``) is almost always a typo, and :func:`near_misses`
names it. JSON Resume has no ids, so each item takes the id a CV that leaves it
out does (:func:`tailor.cv.ids.with_ids`: ``microsoft-research-3`` for a third
bullet), and :meth:`Converted.source` maps a field of our CV back to the JSON
Resume field it came from, for messages.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar, get_origin

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tailor.cv import dates
from tailor.cv.ids import with_ids
from tailor.lexicon import skill_over_its_parts


class _Lenient(BaseModel):
    # The JSON Resume schema allows additional properties, so unknown keys are not errors here; they are kept
    # (``model_extra``) so that what they say is listed among the texts the CV has no field for.
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)

    @model_validator(mode="before")
    @classmethod
    def _as_written_in_practice(cls, value: object) -> object:
        """What the schema allows and editors write: every field is optional, so blank text (``"endDate":
        ""`` for a current role, as ``resume init`` leaves every field) is no value; a list left ``null``
        is empty, one string where a list belongs is the list it writes out (:func:`_as_list`), and a
        ``null`` item of a list, or a blank item of a list of names (``"keywords": ["HTML", ""]``, a
        template's leftover), is none. (A blank highlight is left out later, with a warning: it may be a
        bullet its owner meant to write.)"""
        if not isinstance(value, dict):
            return value
        lists = _list_fields(cls)
        out = {}
        for key, item in value.items():
            item = _from_rich_text(item, key)
            if isinstance(item, str) and not item.strip():
                continue
            if key in lists and item is None:
                continue
            if key in lists and isinstance(item, list):
                blank = key != "highlights"
                item = [x for x in item if x is not None and not (blank and isinstance(x, str) and not x.strip())]
            out[key] = _as_list(key, item) if key in lists and isinstance(item, str) else item
        return out


_RICH_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_RICH_TAGS = frozenset(
    {"p", "br", "div", "ul", "ol", "li", "strong", "b", "em", "i", "u", "s", "span", "a", "h1", "h2", "h3", "h4"}
)
"""The tags a résumé site's rich-text editor writes into a JSON Resume's texts (paragraphs, lists, emphasis,
links): a text whose every tag is one of these is HTML, and no other text is read as such ("<5% churn" is none)."""
_BOLD_TAGS, _ITALIC_TAGS, _ITEM = frozenset({"strong", "b"}), frozenset({"em", "i"}), "\x00"
_LIST_MARK = re.compile(r"^[ \t]*[-*•▪◦●‣][ \t]+")
"""A list item's mark opening a highlight ("• Cut costs 12%"), which its bullet prints already."""


def _from_rich_text(item: object, key: str) -> object:
    """A text (or list of texts) as a résumé site's editor writes it, in the light Markdown of tailor's CV: its HTML
    (``<p>Led <strong>12</strong> nurses</p>``) as lines, ``**bold**`` and ``*italic*``, its list items as
    Markdown's ("- …"), its entities as their characters; and a highlight without the list mark it opens with. The
    words stay as written. A highlight that holds a list of two items or more is a highlight per item (and one for a
    paragraph before them), as a role's summary is (:func:`summary_items`): its items run together would read as one
    sentence no one wrote ("Cut load time by 30% Added dark mode")."""
    if isinstance(item, list):
        if key == "highlights":
            return [part for x in item for part in _highlight_items(x)]
        return [_from_rich_text(x, key) for x in item]
    if not isinstance(item, str):
        return item
    tags = [m[2].lower() for m in _RICH_TAG.finditer(item)]
    if tags and all(tag in _RICH_TAGS for tag in tags):
        item = _rich_text_lines(item)
        if key == "highlights":
            item = " ".join(line.removeprefix("- ") for line in item.splitlines())
    return _LIST_MARK.sub("", item, count=1) if key == "highlights" else item


def _highlight_items(item: object) -> list[object]:
    """A highlight as the highlights it writes: one per item of a list of two or more its HTML holds, else itself
    as :func:`_from_rich_text` reads it."""
    if isinstance(item, str):
        tags = [m[2].lower() for m in _RICH_TAG.finditer(item)]
        if "li" in tags and all(tag in _RICH_TAGS for tag in tags):
            items = summary_items(_rich_text_lines(item))
            if len(items) > 1:
                return [_LIST_MARK.sub("", part, count=1) for part in items]
    return [_from_rich_text(item, "highlights")]


def _rich_text_lines(text: str) -> str:
    """HTML of a rich-text editor as lines of light Markdown: one a paragraph or a list's item ("- …")."""

    def mark(m: re.Match[str]) -> str:
        closing, tag = m[1], m[2].lower()
        if tag in _BOLD_TAGS:
            return "**"
        if tag in _ITALIC_TAGS:
            return "*"
        if tag == "li" and not closing:
            return "\n" + _ITEM
        return "\n" if tag in ("p", "br", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4") else ""

    lines = [" ".join(line.split()) for line in html.unescape(_RICH_TAG.sub(mark, text)).splitlines()]
    out: list[str] = []
    pending = False  # an item's mark on a line of its own, its words on the next (``<li><p>…</p></li>``)
    for line in lines:
        item = line.startswith(_ITEM)
        words = line.lstrip(_ITEM).strip()
        if not words:
            pending = pending or item
            continue
        out.append(f"- {words}" if item or pending else words)
        pending = False
    return "\n".join(out)


_LINES = re.compile(r"\s*\n\s*")
_NAMES_APART = re.compile(r"\s*(?:[,;](?![^(]*\))|\n)\s*")
"""A comma or semicolon outside brackets ("Microsoft Office (Word, Excel)" is one name), or a line break."""


def _as_list(key: str, text: str) -> list[str]:
    """One string written where a list belongs, as the list it writes out: a highlight a line (a sentence may
    hold commas), and a name apart by commas, semicolons or lines in a list of names (keywords, courses, roles:
    ``"keywords": "Excel, Procare"``)."""
    return [piece for piece in (_LINES if key == "highlights" else _NAMES_APART).split(text.strip()) if piece]


_ITEM_MARK = re.compile(r"^[ \t]*[-*•][ \t]+", re.MULTILINE)
"""A Markdown list item's mark at a line's start ("- ", "* ", "• ")."""


def summary_items(summary: str) -> list[str]:
    r"""A role's ``summary`` as its bullets: one per item where it is written as a Markdown list (two items or
    more, as a theme that renders Markdown shows them), the lines an item wraps onto joined to it and a
    paragraph before the list an item of its own; else the summary whole.

    >>> summary_items("Ran the depot.\n- Cut fuel use 9%\n- Hired 4 drivers,\n  trained them")
    ['Ran the depot.', 'Cut fuel use 9%', 'Hired 4 drivers, trained them']
    >>> summary_items("Led the team - a group of 5.")
    ['Led the team - a group of 5.']
    """
    if len(_ITEM_MARK.findall(summary)) < 2:
        return [summary]
    items: list[list[str]] = [[]]
    for line in summary.splitlines():
        if _ITEM_MARK.match(line) or not line.strip():
            items.append([])
        if line.strip():
            items[-1].append(_ITEM_MARK.sub("", line).strip())
    return [" ".join(item) for item in items if item]


def _one_per_key(value: object, key: str, of: str, entry: type[BaseModel]) -> object:
    """One object written where a list of objects belongs: one ``entry`` where it names an entry's own fields (``{
    "network": "GitHub", "url": "…"}``, a list's one item without its brackets); else one object per key, the key
    as ``key`` and its value as ``of`` (``{"GitHub": "…"}``). Anything else as it is."""
    if not isinstance(value, dict):
        return value
    if value.keys() & entry.model_fields.keys():
        return [value]
    return [{key: name, of: item} for name, item in value.items()]


def _name_of(item: dict[str, Any]) -> object:
    """The name an object stands for in a list of names: its ``name`` (or ``keyword``, ``title``)."""
    for key in ("name", "keyword", "title"):
        if isinstance(item.get(key), str | int | float):
            return item[key]
    return item


@cache
def _list_fields(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(name for name, f in model.model_fields.items() if get_origin(f.annotation) is list)


class Location(_Lenient):
    address: str | None = None
    postalCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    region: str | None = None


def _place(location: Location | str | None) -> tuple[str | None, tuple[tuple[str, ...], ...]]:
    """The place a JSON Resume ``location`` names, as the CV's one text, and where in ``location`` that text is
    (``()`` for a text, each key for an object's city, region and country code, joined in that order)."""
    if location is None:
        return None, ()
    if isinstance(location, str):
        return location, ((),)
    # The country too, as its code: a code written out as a name would be words of tailor's, not the source's.
    parts = [(key, getattr(location, key)) for key in ("city", "region", "countryCode")]
    return ", ".join(value for _, value in parts if value) or None, tuple((key,) for key, value in parts if value)


class Profile(_Lenient):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Lenient):
    name: str
    label: str | None = None
    image: Any = None  # never printed
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    website: str | None = None  # the name before v1.0
    summary: str | None = None
    location: Location | str | None = None  # an object as the schema has it, or the place as written
    profiles: list[Profile] = Field(default_factory=list)

    @field_validator("profiles", mode="before")
    @classmethod
    def _profiles_by_network(cls, value: object) -> object:
        """Profiles written as one object are a list: one per network (``{"GitHub": "https://github.com/ada"}``), or
        the one profile it is (``{"network": "GitHub", "url": "https://github.com/ada"}``)."""
        return _one_per_key(value, "network", "url", Profile)


class Work(_Lenient):
    name: str | None = None
    company: str | None = None  # the name before v1.0
    position: str | None = None
    # One text, as the schema has it, or an object as the basics' is (a résumé site that writes every place so).
    location: Location | str | None = None
    description: str | None = None
    url: str | None = None
    website: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Volunteer(_Lenient):
    organization: str | None = None
    position: str | None = None
    url: str | None = None
    website: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Project(_Lenient):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    startDate: str | None = None
    endDate: str | None = None
    url: str | None = None
    roles: list[str] = Field(default_factory=list)
    entity: str | None = None
    type: str | None = None


class Education(_Lenient):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    score: str | None = None
    gpa: str | None = None  # the name before v1.0
    courses: list[str] = Field(default_factory=list)


class Award(_Lenient):
    title: str | None = None
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(_Lenient):
    name: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None


class Publication(_Lenient):
    name: str | None = None
    publisher: str | None = None
    releaseDate: str | None = None
    url: str | None = None
    website: str | None = None
    summary: str | None = None


class Skill(_Lenient):
    name: str | None = None
    level: Any = None  # printed nowhere, so any shape ("Advanced", [80, 100]) is taken as it is
    keywords: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"name": value} if isinstance(value, str) else value  # "skills": ["Python", …]

    @field_validator("keywords", mode="before")
    @classmethod
    def _named_keywords(cls, value: object) -> object:
        """A keyword written as an object (``{"name": "Go", "level": "Advanced"}``) is its name."""
        if not isinstance(value, list):
            return value
        return [_name_of(item) if isinstance(item, dict) else item for item in value]


class Language(_Lenient):
    language: str | None = None
    fluency: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"language": value} if isinstance(value, str) else value  # "languages": ["English", …]


class Interest(_Lenient):
    name: str | None = None
    keywords: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"name": value} if isinstance(value, str) else value  # "interests": ["Chess", …]


class JSONResume(_Lenient):
    schema_: str | None = Field(default=None, alias="$schema")
    basics: Basics
    work: list[Work] = Field(default_factory=list)
    volunteer: list[Volunteer] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)
    references: Any = None  # never printed, so any shape ("Available on request") is taken as it is
    projects: list[Project] = Field(default_factory=list)
    meta: Any = None

    @field_validator("skills", mode="before")
    @classmethod
    def _grouped_skills(cls, value: object) -> object:
        """Skills written as one object are a list: of named groups (``{"Languages": ["Go", "Rust"]}``), or the one
        group it is (``{"name": "Languages", "keywords": ["Go", "Rust"]}``)."""
        return _one_per_key(value, "name", "keywords", Skill)

    def to_data(self) -> Converted:
        """This resume as data of tailor's CV (not yet validated), with where each part came from
        and which of its fields it placed."""
        out = Converted({})
        b = self.basics
        out.place(("basics", "name"), ("basics", "label"), ("basics", "summary"))
        location, keys = _place(b.location)
        out.place(*(("basics", "location", *key) for key in keys))
        profiles = []
        for n, p in enumerate(b.profiles):
            # The address where there is one: a reader can follow it, where "LinkedIn: ada" leaves them to search.
            if p.url:
                profiles.append(p.url)
                out.place(*(("basics", "profiles", n, key) for key in ("url", "network", "username")))
            elif p.network and p.username:
                profiles.append(f"{p.network}: {p.username}")
                out.place(("basics", "profiles", n, "network"), ("basics", "profiles", n, "username"))
            elif p.username:
                profiles.append(p.username)
                out.place(("basics", "profiles", n, "username"))
        out.place(("basics", "email"), ("basics", "phone"), ("basics", "url" if b.url else "website"))
        out.data["contact"] = {
            "name": b.name,
            "email": b.email,
            "phone": b.phone,
            "website": b.url or b.website,
            "location": location,
            "profiles": profiles,
        }
        out.data["headline"] = b.label
        out.data["summary"] = b.summary
        out.data["experience"] = self._experience(out)
        out.data["education"] = [
            {
                "degree": degree_name(e.studyType, e.area) or e.institution,
                "institution": e.institution,
                "start": e.startDate,
                "end": e.endDate,
                "grade": e.score or e.gpa,
                "details": e.courses,
            }
            for e in out.kept(
                "education", self.education, "institution", "studyType", "area", "startDate", "endDate", "courses"
            )
        ]
        out.place(*(("education", n, "score" if e.score else "gpa") for n, e in enumerate(self.education)))
        out.data["publications"] = [
            {"year": dates.year_of(p.releaseDate) or p.releaseDate or None, "title": p.name, "venue": p.publisher}
            for p in out.kept("publications", self.publications, "name", "publisher")
        ]
        # A publication's year is its date, as a CV prints it: a fuller releaseDate ("2023-09") is kept aside,
        # not cut without a word.
        out.place(
            *(
                ("publications", n, "releaseDate")
                for n, p in enumerate(self.publications)
                if not p.releaseDate or dates.year_of(p.releaseDate) in (None, p.releaseDate.strip())
            )
        )
        skills: list[str | dict[str, str]] = []
        for n, s in enumerate(self.skills):
            if s.keywords and s.name and s.name.strip() and skill_over_its_parts(s.name, s.keywords):
                # A skill named for a product with keywords claims it and its parts: "Python" with Django and pandas,
                # as a résumé's "Excel: pivot tables" line does; no heading that only sorts them.
                skills += [s.name.strip(), *(k for k in s.keywords if k != s.name.strip())]
                out.place(("skills", n, "keywords"), ("skills", n, "name"))
            elif s.keywords and s.name and s.name.strip():
                # A named skill with keywords is a group of them, as the résumé shows it: "Web Development: HTML, CSS".
                skills += [{"name": keyword, "group": s.name} for keyword in s.keywords]
                out.place(("skills", n, "keywords"), ("skills", n, "name"))
            elif s.keywords:
                skills += s.keywords
                out.place(("skills", n, "keywords"))
            elif s.name:
                skills.append(s.name)
                out.place(("skills", n, "name"))
        out.data["skills"] = skills
        out.data["languages"] = [
            {"name": lang.language, "fluency": lang.fluency}
            for lang in out.kept("languages", self.languages, "language", "fluency")
        ]
        out.data["interests"] = [i.name for i in out.kept("interests", self.interests, "name")]
        out.data["certificates"] = [
            {"name": c.name, "issuer": c.issuer, "date": c.date}
            for c in out.kept("certificates", self.certificates, "name", "issuer", "date")
        ]
        out.data["awards"] = [
            {"name": a.title, "issuer": a.awarder, "date": a.date}
            for a in out.kept("awards", self.awards, "title", "awarder", "date")
        ]
        out.data.update(with_ids(out.data))
        return out

    def _experience(self, out: Converted) -> list[dict[str, Any]]:
        sections: list[list[tuple[dict[str, Any], tuple[str, int]]]] = [[], [], []]

        def add(
            section: str,
            n: int,
            item: Work | Volunteer | Project,
            *,
            employer: tuple[str, str | None],
            role: tuple[str, str | None],
            first: tuple[str, str | None] | None = None,
            summary: str | None = None,
            stack: list[str] | None = None,
        ) -> None:
            highlights = [t for t in item.highlights if t.strip()]
            lead = [first[1]] if first and first[1] else []
            texts = lead + highlights or (summary_items(summary) if summary else [])
            if not (employer[1] or role[1] or texts):  # a blank entry, as `resume init` writes them
                out.skipped.append(((section, n), "an entry with nothing in it"))
                return
            out.place(*((section, n, key) for key in (employer[0], role[0], "startDate", "endDate", "highlights")))
            out.fields[(section, n)] = {"employer": employer[0], "role": role[0]}
            if lead:
                out.place((section, n, first[0] if first else ""))
            elif summary and not highlights:
                out.place((section, n, "summary"))
            tags = [k for k in stack or [] if k.strip()]
            if tags and texts:
                out.place((section, n, "keywords"))
            for i, text in enumerate(item.highlights):
                if not text.strip():  # an editor's empty line: nothing to rank or print
                    out.skipped.append(((section, n, "highlights", i), "an empty highlight"))
            where, keys = _place(item.location) if isinstance(item, Work) else (None, ())
            out.place(*((section, n, "location", *key) for key in keys))
            named = {"employer": employer[1], "role": role[1]}
            role_data = {
                # One left out stays out: the CV refuses it as "'position' is required but missing".
                **{key: value for key, value in named.items() if value is not None},
                "location": where,
                "start": item.startDate,
                "end": item.endDate,
                "section": SECTIONS[section],
                "bullets": [{"text": t, "tags": tags} if tags else {"text": t} for t in texts],
            }
            sections[("work", "volunteer", "projects").index(section)].append((role_data, (section, n)))

        for n, w in enumerate(self.work):
            name = ("name", w.name) if w.name else ("company", w.company)
            add("work", n, w, employer=name, role=("position", w.position), summary=w.summary)
        for n, v in enumerate(self.volunteer):
            add(
                "volunteer",
                n,
                v,
                employer=("organization", v.organization),
                role=("position", v.position),
                summary=v.summary,
            )
        for n, p in enumerate(self.projects):
            role = ", ".join(p.roles) or p.name
            if not role:
                out.skipped.append((("projects", n), "a project needs its 'name' or 'roles' (your part in it)"))
                continue
            # Beside roles, which are then the title, the name is the employer, as a résumé's "Projects" section
            # prints a project ("Author and maintainer, lakebrowning (R package)"), and the entity it was for, which
            # has no field then, is kept aside ("Personal"): the name is what the project is known by. A project
            # with a name alone (most, as the schema's own example) is a role of that title, its entity if any
            # its employer.
            employer = ("name", p.name) if p.roles and p.name else ("entity", p.entity)
            add(
                "projects",
                n,
                p,
                employer=employer,
                role=("roles" if p.roles else "name", role),
                first=("description", p.description),
                stack=p.keywords,
            )
        roles = []
        for role_data, origin in _newest_first(sections):
            out.origins[("experience", len(roles))] = origin
            roles.append(role_data)
        return roles


def degree_name(kind: str | None, area: str | None) -> str | None:
    """A degree as one line, from its kind ("Bachelor of Arts") and its field ("Communication and
    Media"): parted by a comma ("Bachelor of Arts, Communication and Media"), by a space where the kind
    leads into the field ("Master of Science in" + "Economics"), or whichever of the two there is.
    Only the words written, so no "in" is added: tailor writes none of a CV's words. One that already says the
    other ("Bachelor of Science in Nursing" of "Nursing", as résumé sites' forms are often filled in) is said once."""
    if not (kind and area):
        return kind or area
    if _says(kind, area):
        return kind
    if _says(area, kind):
        return area
    if kind.split()[-1].lower() in ("in", "of") or kind.rstrip().endswith((",", ":", "-", "–")):
        return f"{kind} {area}"
    return f"{kind}, {area}"


def _says(text: str, words: str) -> bool:
    """Whether ``text`` says ``words``, whole words, whatever their case."""
    return re.search(rf"(?<!\w){re.escape(' '.join(words.split()))}(?!\w)", " ".join(text.split()), re.I) is not None


def _when(role: dict[str, Any]) -> tuple[int, int, int] | None:
    """When a role started (else ended), as a key to order by; None where neither is a date."""
    found = dates.read(role.get("start")) or dates.read(role.get("end"))
    return (found.year, found.month or 0, found.day or 0) if found else None


SECTIONS: dict[str, str | None] = {"work": None, "volunteer": "Volunteer Experience", "projects": "Projects"}
"""The résumé section (``Experience.section``) of a role from each JSON Resume section; work's is Experience."""


def _newest_first(sections: list[list[_Item]]) -> list[_Item]:
    """The roles of several sections as one list, newest first, each section's own order kept (a merge,
    not a sort: an owner's order within a section is theirs). A role with no date stays after the one
    before it in its section (or leads, if it leads its section); ties go to the earlier section."""
    heads = [0] * len(sections)
    last: list[tuple[int, int, int]] = [(9999, 99, 99)] * len(sections)
    out: list[_Item] = []
    while any(heads[s] < len(items) for s, items in enumerate(sections)):
        keys = [(_when(items[heads[s]][0]) or last[s], -s) for s, items in enumerate(sections) if heads[s] < len(items)]
        key, minus_s = max(keys)
        s = -minus_s
        out.append(sections[s][heads[s]])
        heads[s] += 1
        last[s] = key
    return out


_FIELDS: dict[str, dict[str, str]] = {
    "work": {"employer": "name", "role": "position", "start": "startDate", "end": "endDate", "bullets": "highlights"},
    "volunteer": {
        "employer": "organization",
        "role": "position",
        "start": "startDate",
        "end": "endDate",
        "bullets": "highlights",
    },
    "projects": {
        "employer": "entity",
        "role": "roles",
        "start": "startDate",
        "end": "endDate",
        "bullets": "highlights",
    },
    "education": {
        "degree": "studyType",
        "start": "startDate",
        "end": "endDate",
        "grade": "score",
        "details": "courses",
    },
    "publications": {"year": "releaseDate", "title": "name", "venue": "publisher"},
    "awards": {"name": "title", "issuer": "awarder"},
    "languages": {"name": "language"},
    "basics": {"website": "url"},
}
"""Our field name → JSON Resume's, per JSON Resume section."""

TAILOR_KEYS: dict[str, dict[str, str]] = {"": {"contact": "basics", "experience": "work"}, **_FIELDS}
"""Keys of tailor's own CV format and JSON Resume's key for the same field, per JSON Resume section ("" its top
level): a file read as a JSON Resume (it has ``basics:`` or ``work:``) that uses tailor's keys would lose what they
hold without a word, so :func:`~tailor.datafile.near_misses` names them."""


_Entry = TypeVar("_Entry", bound=_Lenient)
_Item = tuple[dict[str, Any], tuple[str, int]]
"""A role's data, and the JSON Resume entry it came from."""


@dataclass
class Converted:
    """A JSON Resume as tailor's CV data, and the way back to the fields it came from."""

    data: dict[str, Any]
    origins: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    """(Section of our CV, index there) → (JSON Resume section, index there), where the two differ: roles
    come from three sections, and entries left out shift the ones after them."""
    skipped: list[tuple[tuple[str | int, ...], str]] = field(default_factory=list)
    """What was left out (its JSON Resume location) and why."""

    placed: set[tuple[str | int, ...]] = field(default_factory=set)
    """The JSON Resume fields (``("work", 0, "position")``) whose text the data holds."""
    fields: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    """(JSON Resume section, index there) → our field → the JSON Resume field it came from, where an entry's differ
    from its section's (:data:`_FIELDS`): a project's employer is its ``name`` beside its ``roles``, else its
    ``entity``; a role's employer is its ``company`` in the schema before v1.0."""

    def place(self, *locs: tuple[str | int, ...]) -> None:
        """Note that the data holds the text of the fields at ``locs``."""
        self.placed.update(locs)

    def kept(self, section: str, entries: list[_Entry], key: str, *placed: str) -> list[_Entry]:
        """The ``entries`` of JSON Resume's ``section`` that have a ``key`` (what tailor's CV names them
        by), whose ``key`` and ``placed`` fields the data holds; each other is left out with a warning."""
        out: list[_Entry] = []
        for n, entry in enumerate(entries):
            if getattr(entry, key) is None:
                self.skipped.append(((section, n), f"an entry without its '{key}'"))
                continue
            self.place(*((section, n, name) for name in (key, *placed)))
            if len(out) != n:
                self.origins[(section, len(out))] = (section, n)
            out.append(entry)
        return out

    def source(self, loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
        """The JSON Resume location of the field at ``loc`` of our CV, as near as it maps."""
        if not loc:
            return loc
        head, rest = loc[0], list(loc[1:])
        if head == "contact":
            section: str = "basics"
            out: list[str | int] = ["basics"]
        elif head in ("headline", "summary"):
            return ("basics", "label" if head == "headline" else "summary")
        elif rest and isinstance(rest[0], int) and (str(head), rest[0]) in self.origins:
            section, index = self.origins[(str(head), rest[0])]
            out, rest = [section, index], rest[1:]
        else:
            section, out = str(head), [head]
            if rest and isinstance(rest[0], int):
                out.append(rest.pop(0))
        if rest and isinstance(rest[0], str):
            entry = (section, out[1]) if len(out) > 1 and isinstance(out[1], int) else None
            named = {**_FIELDS.get(section, {}), **(self.fields.get(entry, {}) if entry else {})}
            out.append(named.get(rest[0], rest[0]))
            rest = rest[1:]
            if out[-1] == "highlights" and rest:
                out.append(rest[0])  # bullets[j].text → highlights[j]
        return tuple(out)

    def unplaced(self, resume: JSONResume) -> list[tuple[tuple[str | int, ...], str]]:
        """Each text of ``resume`` that the data does not hold, with its location, in the file's order: what
        tailor's CV has no field for. Entries left out whole (:attr:`skipped`), ``$schema`` and ``meta``
        (about the file, not its owner) are not listed."""
        covered = self.placed | {loc for loc, _ in self.skipped}
        out: list[tuple[tuple[str | int, ...], str]] = []

        def walk(loc: tuple[str | int, ...], value: object) -> None:
            if any(loc[:n] in covered for n in range(1, len(loc) + 1)):
                return
            if isinstance(value, BaseModel):
                # A key the schema does not define is walked too ("location" of a volunteering, a misspelt
                # "hightlights"): its text, never read into the CV, is kept aside rather than lost.
                value = {name: getattr(value, name) for name in type(value).model_fields} | (value.model_extra or {})
            if isinstance(value, dict):
                for key, item in value.items():
                    walk((*loc, key), item)
            elif isinstance(value, list):
                for n, item in enumerate(value):
                    walk((*loc, n), item)
            elif isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
                out.append((loc, str(value)))

        sections = {name: getattr(resume, name) for name in type(resume).model_fields} | (resume.model_extra or {})
        for name, value in sections.items():
            if name not in ("schema_", "meta"):
                walk((name,), value)
        return out
