"""Reconcile: events across articles into incidents, and how each outlet frames each party."""

from .framing import outlet_framing
from .summary import build_incidents

__all__ = ["build_incidents", "outlet_framing"]
