"""JSON Resume (jsonresume.org) as an input format.

We validate the parts of the schema we use, ignore the rest (the schema allows
extra keys), and convert to our :class:`CV`: ``work[].highlights`` become bullets,
``publications[].name`` publication titles and ``skills[].keywords`` skills. JSON
Resume has no ids, so bullets get positional ids such as ``microsoft-research-3``.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field

from tailor.cv.model import CV


class _Lenient(BaseModel):
    # The JSON Resume schema allows additional properties, so unknown keys are not errors here.
    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)


class Location(_Lenient):
    address: str | None = None
    city: str | None = None
    region: str | None = None
    countryCode: str | None = None


class Profile(_Lenient):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Lenient):
    name: str
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = Field(default_factory=list)


class Work(_Lenient):
    name: str | None = None
    company: str | None = None  # the name used by JSON Resume before v1.0
    position: str | None = None
    location: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Education(_Lenient):
    institution: str
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    score: str | None = None
    courses: list[str] = Field(default_factory=list)


class Publication(_Lenient):
    name: str
    publisher: str | None = None
    releaseDate: str | None = None


class Skill(_Lenient):
    name: str | None = None
    keywords: list[str] = Field(default_factory=list)


class Language(_Lenient):
    language: str
    fluency: str | None = None


class Interest(_Lenient):
    name: str


class JSONResume(_Lenient):
    basics: Basics
    work: list[Work] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    interests: list[Interest] = Field(default_factory=list)

    def to_cv(self) -> CV:
        """This resume in our schema; raises pydantic's ValidationError if it does not fit."""
        b = self.basics
        ids: set[str] = set()
        experience = []
        for n, w in enumerate(self.work, start=1):
            employer = w.name or w.company or ""
            exp_id = _unique(_slug(employer) or f"work-{n}", ids)
            experience.append(
                {
                    "id": exp_id,
                    "employer": employer,
                    "role": w.position or "",
                    "location": w.location,
                    "start": w.startDate or "",
                    "end": w.endDate,
                    "bullets": [
                        {"id": _unique(f"{exp_id}-{i}", ids), "text": h} for i, h in enumerate(w.highlights, start=1)
                    ],
                }
            )
        location = None
        if b.location:
            location = ", ".join(x for x in (b.location.city, b.location.region or b.location.countryCode) if x) or None
        profiles = [
            f"{p.network}: {p.username}" if p.network and p.username else (p.url or p.username or "")
            for p in b.profiles
        ]
        return CV.model_validate(
            {
                "contact": {
                    "name": b.name,
                    "email": b.email,
                    "phone": b.phone,
                    "website": b.url,
                    "location": location,
                    "profiles": [p for p in profiles if p],
                },
                "headline": b.label,
                "summary": b.summary,
                "experience": experience,
                "education": [
                    {
                        "degree": " ".join(x for x in (e.studyType, e.area) if x) or e.institution,
                        "institution": e.institution,
                        "start": e.startDate,
                        "end": e.endDate,
                        "grade": e.score,
                        "details": e.courses,
                    }
                    for e in self.education
                ],
                "publications": [
                    {"id": f"pub-{i}", "year": p.releaseDate or "", "title": p.name, "venue": p.publisher}
                    for i, p in enumerate(self.publications, start=1)
                ],
                "skills": [k for s in self.skills for k in (s.keywords or ([s.name] if s.name else []))],
                "languages": [{"name": lang.language, "fluency": lang.fluency} for lang in self.languages],
                "interests": [i.name for i in self.interests],
            }
        )


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40].strip("-")


def _unique(candidate: str, taken: set[str]) -> str:
    out, n = candidate, 2
    while out in taken:
        out, n = f"{candidate}-{n}", n + 1
    taken.add(out)
    return out
