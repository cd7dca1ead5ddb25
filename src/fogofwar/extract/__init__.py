"""Extract: claims (claimant, cue, hedge, chain) and PLOVER events from a parsed article."""

from .claims import extract_claims
from .events import extract_events, title_from_body

__all__ = ["extract_claims", "extract_events", "title_from_body"]
