"""Claims: cue, claimant (as written and as resolved), content span, hedge, intermediaries."""

from .extractor import extract_claim_spans, extract_claims

__all__ = ["extract_claim_spans", "extract_claims"]
