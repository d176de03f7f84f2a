"""The CV: its data model and the loaders that read it from YAML or JSON Resume."""

from tailor.cv.load import load_cv
from tailor.cv.model import CV, Bullet, Contact, Education, Experience, Language, Publication, Skill

__all__ = ["CV", "Bullet", "Contact", "Education", "Experience", "Language", "Publication", "Skill", "load_cv"]
