"""Helpers made of code that was repeated or slow, which must behave as what they replace: the
one list of the figure categories of harm (fogofwar.casualties) and the cheap copy of a
renamed ref (claimant_names._renamed). Names are made up."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date
from importlib import resources

import pytest

from fogofwar.casualties import HARMED, HARMED_SET, HURT
from fogofwar.reconcile import incidents
from fogofwar.reconcile.claimant_names import _renamed
from fogofwar.reconcile.incidents import EventRef, casualty_group


def test_the_categories_of_harm_are_schema_categories():
    schema = json.loads(resources.files("fogofwar").joinpath(
        "data/schemas/article.schema.json").read_text())
    enum = json.dumps(schema)
    assert all(f'"{c}"' in enum for c in HARMED)
    assert HARMED_SET == set(HARMED) and len(HARMED) == 4
    assert "displaced" not in HARMED_SET  # displaced people are not harmed by a count's act


def test_every_stage_reads_the_one_list():
    from fogofwar.extract.events.coding import CASUALTIES
    from fogofwar.reconcile.evidence import CASUALTY
    from fogofwar.reconcile.toll_claims import TOLL_CATEGORIES
    from fogofwar.resolve.figure_category import FATES
    assert CASUALTY is HARMED and FATES is HARMED
    assert CASUALTIES is HARMED_SET and TOLL_CATEGORIES is HARMED_SET


def test_the_narrow_tolls_are_killed_and_injured():
    from fogofwar.extract.events.sites import _HURT
    assert HURT == ("killed", "injured") and set(HURT) <= HARMED_SET and _HURT == set(HURT)


def test_the_violent_categories_are_categories_of_harm():
    group, categories = casualty_group()
    assert group and categories and categories <= HARMED_SET


def test_a_pack_category_of_no_harm_is_refused(monkeypatch):
    casualty_group.cache_clear()
    monkeypatch.setattr(incidents, "load_pack", lambda name: {
        "casualty_group": {"group": "violence", "categories": ["killed", "strikes"]}})
    try:
        with pytest.raises(ValueError, match="strikes"):
            casualty_group()
    finally:
        casualty_group.cache_clear()


def _full_ref() -> EventRef:
    ref = EventRef({"id": "e1"}, "a", "a", "the governor", None,
                   (date(2024, 3, 1), date(2024, 3, 2)), "violence")
    for n, f in enumerate(fields(EventRef)):  # every field set apart from its default
        if f.name not in ("event", "claimant", "side", "renamed_from") \
                and f.type in ("str | None", "str", "bool", "int"):
            setattr(ref, f.name, True if f.type == "bool" else n if f.type == "int" else f"v{n}")
    return ref


def test_renamed_is_replace():
    ref = _full_ref()
    new = _renamed(ref, "Amira Saleh", "north")
    assert new == replace(ref, claimant="Amira Saleh", side="north",
                          renamed_from="the governor")
    assert new is not ref and ref.claimant == "the governor" and ref.renamed_from is None
    again = _renamed(new, "Amira Saleh Omar", None)
    assert again.renamed_from == "the governor"  # the first name the page gave stays
