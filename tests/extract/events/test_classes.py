"""The actor classes pack: head nouns to classes, validated on load (issue 11)."""

from __future__ import annotations

import copy
import re

import pytest

from fogofwar.errors import PackError
from fogofwar.extract.events import classes
from fogofwar.packs import load_pack


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("security forces", "security_forces"),    # two-word noun before its head "forces"
        ("Russian forces", "military"),           # bare "forces" is an army
        ("unknown gunmen", "unidentified_armed_group"),
        ("the hostages", "captives"),
        ("a hotel", "facility"),
        ("the weather", None),                    # no class: kept as written, class null
        ("the occupiers", "military"),            # a side's word for the other's forces
        ("a fighter jet", "military"),
    ],
)
def test_class_of_text(text, cls):
    found = classes.class_of_text(text)
    assert (found.id if found else None) == cls


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda p: p["classes"][0].update(sector="SPACE"), "sector 'SPACE' is not null or one of"),
        (lambda p: p["classes"][0].update(armed="yes"), "'armed' must be true or false"),
        (lambda p: p.pop("references"), "missing key 'references'"),
    ],
)
def test_bad_class_pack_fails_naming_the_key(monkeypatch, edit, message):
    def patched(name):
        pack = copy.deepcopy(load_pack(name))
        if name == classes.NAME:
            edit(pack)
        return pack
    monkeypatch.setattr(classes, "load_pack", patched)
    with pytest.raises(PackError, match=re.escape(message)):
        classes.class_pack.__wrapped__()


def _head_class(sentence: str, word: str):
    from fogofwar.annotate import annotate

    doc = next(iter(annotate([sentence])))
    tok = next(t for t in doc if t.lower_ == word)
    found = classes.class_of(tok)
    return found.id if found else None


def test_a_group_is_what_its_of_phrase_says():
    # round evtype26: "a group of children" are civilians, not the armed group "the group" is
    assert _head_class("A shell landed among a group of schoolchildren near the well.",
                       "group") in ("civilians",)
    assert _head_class("Police dispersed a group of demonstrators outside the court.",
                       "group") == "protesters"
    assert _head_class("A group of masked gunmen opened fire on the bus.",
                       "group") == "unidentified_armed_group"
    assert _head_class("The group said it carried out the bombing.", "group") == "militants"
