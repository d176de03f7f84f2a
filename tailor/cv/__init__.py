"""The CV: its data model and the loaders that read it from YAML or JSON Resume."""

from tailor.cv.load import load_cv
from tailor.cv.model import CV, Bullet, Contact, Education, Experience, Language, Publication

__all__ = ["CV", "Bullet", "Contact", "Education", "Experience", "Language", "Publication", "load_cv"]
