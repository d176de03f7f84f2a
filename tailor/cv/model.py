"""Pydantic models of a CV.

The models are strict (``extra="forbid"``) so that a misspelt key is an error
rather than a silently ignored field, and frozen so that nothing downstream can
edit the user's words. Dates stay strings: we only ever print them back verbatim.
Every text is held as a résumé can show it (:mod:`tailor.cv.printable`): no control
characters, no halves of characters. Bullets, education details and the summary may
carry ``*italic*`` and ``**bold**`` markers, kept as written; :mod:`tailor.cv.markup`
reads them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from tailor.cv import markup
from tailor.cv.printable import printable_value

#: Stable identifiers: lowercase letters, digits, ``-`` and ``_``; used in reports and manifests.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
#: Text as a résumé can show it (:mod:`tailor.cv.printable`), without surrounding spaces, never empty.
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True), BeforeValidator(printable_value)]


class DuplicateIdError(ValueError):
    """Two items share an id; carries each repeat and where it stands, so loaders can point at its line."""

    def __init__(self, repeats: list[tuple[str, tuple[str | int, ...]]]) -> None:
        self.repeats = repeats
        super().__init__(f"ids must be unique; repeated: {', '.join(sorted({i for i, _ in repeats}))}")


class _Strict(BaseModel):
    # Numbers become strings so that `year: 2023` or `phone: 41774878992` load as written.
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class Contact(_Strict):
    name: Text
    email: Text | None = None
    phone: Text | None = None
    website: Text | None = None
    profiles: list[Text] = Field(default_factory=list, description="Other handles or profile URLs.")
    location: Text | None = None
    nationality: Text | None = None


class Bullet(_Strict):
    """One claim about one role, printed exactly as written."""

    id: Id
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


class Experience(_Strict):
    id: Id
    employer: Text
    role: Text = Field(description="Job title, or a progression such as 'PhD candidate » postdoc'.")
    location: Text | None = None
    start: Text
    end: Text | None = Field(default=None, description="None, or e.g. 'present', for a current role.")
    bullets: list[Bullet] = Field(default_factory=list)


class Education(_Strict):
    degree: Text
    institution: Text
    location: Text | None = None
    start: Text | None = None
    end: Text | None = None
    grade: Text | None = None
    details: list[Text] = Field(default_factory=list, description="As written, with any emphasis markers.")


class Publication(_Strict):
    id: Id
    year: Text
    title: Text
    venue: Text | None = None


class Skill(_Strict):
    """A skill, as the résumé's Skills line prints it. Written as plain text (``Python``), or as
    a mapping to pin it (``{name: Python, pin: true}``)."""

    name: Text
    pin: bool = Field(default=False, description="Always keep this skill in a tailored résumé.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"name": value} if isinstance(value, str | int | float) else value


class Language(_Strict):
    name: Text
    fluency: Text | None = None


class CV(_Strict):
    contact: Contact
    headline: Text | None = None
    summary: Text | None = Field(default=None, description="As written, with any emphasis markers.")
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    publications_link: Text | None = Field(default=None, description="Where the full list lives.")
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    interests: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> CV:
        # Ids name items in reports and manifests, so one id must mean one item across the CV.
        seen: set[str] = set()
        repeats: list[tuple[str, tuple[str | int, ...]]] = []
        for id_, loc in self._ids():
            if id_ in seen:
                repeats.append((id_, loc))
            seen.add(id_)
        if repeats:
            raise DuplicateIdError(repeats)
        return self

    def _ids(self) -> list[tuple[str, tuple[str | int, ...]]]:
        out: list[tuple[str, tuple[str | int, ...]]] = []
        for i, e in enumerate(self.experience):
            out.append((e.id, ("experience", i, "id")))
            out += [(b.id, ("experience", i, "bullets", j, "id")) for j, b in enumerate(e.bullets)]
        out += [(p.id, ("publications", k, "id")) for k, p in enumerate(self.publications)]
        return out

    @property
    def skill_names(self) -> list[str]:
        """The skills' names, in CV order."""
        return [s.name for s in self.skills]

    def bullets(self) -> list[tuple[Experience, Bullet]]:
        """Every experience bullet with its entry, in CV order."""
        return [(e, b) for e in self.experience for b in e.bullets]
