"""Events: PLOVER triggers, their type, arguments (actor, target), place, date and figures."""

from .extractor import extract_events

__all__ = ["extract_events"]
