"""A job posting: read from a file, stdin or URL, and split into the parts that matter."""

from tailor.posting.extracted import Extracted
from tailor.posting.read import MAX_POSTING_BYTES, Posting, read_posting

__all__ = ["MAX_POSTING_BYTES", "Extracted", "Posting", "read_posting"]
