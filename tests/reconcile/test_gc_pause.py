"""Reconcile pauses the cyclic collector while clustering and restores it as it was."""

import gc

from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.summary import cyclic_gc_paused

from .helpers import article


def _articles() -> list[dict]:
    return [article("a", "X", [{}]), article("b", "Y", [{}])]


def test_collector_back_on_and_nothing_left_frozen():
    gc.unfreeze()
    incidents = build_incidents(_articles())
    assert len(incidents) == 1
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # what clustering built went to the old generation


def test_objects_frozen_before_stay_frozen():
    gc.freeze()
    before = gc.get_freeze_count()
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()


def test_collector_left_off_when_it_was_off():
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
