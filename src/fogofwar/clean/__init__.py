"""Clean: main text, boilerplate removal, outlet/byline/date, near-duplicate links."""

from .cleaner import Cleaner

__all__ = ["Cleaner"]
