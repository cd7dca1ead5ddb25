"""Events: PLOVER triggers, their type, arguments (actor, target), place, date and figures."""

from .carry import title_from_body
from .extractor import extract_events

__all__ = ["extract_events", "title_from_body"]
