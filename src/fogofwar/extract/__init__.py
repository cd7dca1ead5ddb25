"""Extract: claims (claimant, cue, hedge, chain) and PLOVER events from a parsed article."""

from .claims import extract_claims
from .events import extract_events

__all__ = ["extract_claims", "extract_events"]
