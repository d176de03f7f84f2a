"""The CV: its data model and the loaders that read it from YAML or JSON Resume."""

from tailor.cv.load import ReadCV, load_cv, read_cv
from tailor.cv.model import (
    CV,
    Bullet,
    Contact,
    Credential,
    Education,
    Experience,
    Language,
    Publication,
    Skill,
    Variant,
)

__all__ = [
    "CV",
    "Bullet",
    "Contact",
    "Credential",
    "Education",
    "Experience",
    "Language",
    "Publication",
    "ReadCV",
    "Skill",
    "Variant",
    "load_cv",
    "read_cv",
]
