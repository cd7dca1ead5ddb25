"""Reconcile: events across articles into incidents, and how each outlet frames each party."""

from .framing import outlet_framing
from .summary import build_incidents
from .update import update_incidents

__all__ = ["build_incidents", "outlet_framing", "update_incidents"]
