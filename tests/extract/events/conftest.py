"""Fixtures for the event rule tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _event_filter_off(monkeypatch):
    """The rule tests here check what the extractor reads from their sentences, so the learned
    event filter, which drops unlikely events after extraction, is off (threshold 0: every
    event kept, scored); test_event_filter.py sets its own thresholds."""
    from fogofwar import config

    monkeypatch.setenv(config.EVENT_THRESHOLD_ENV, "0")
