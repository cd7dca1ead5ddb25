"""Packs parse to the same data with libyaml as with PyYAML, and errors read as PyYAML's."""

from importlib import resources

import pytest
import yaml

from fogofwar.packs import parse_yaml

PACKS = sorted(p.name for p in (resources.files("fogofwar") / "data" / "packs").iterdir()
               if p.name.endswith(".yaml"))


def test_packs_found():
    assert "boilerplate.yaml" in PACKS and len(PACKS) > 10


@pytest.mark.parametrize("name", PACKS)
def test_every_shipped_pack_reads_as_pyyaml_reads_it(name):
    text = (resources.files("fogofwar") / "data" / "packs" / name).read_text(encoding="utf-8")
    fast, pure = parse_yaml(text), yaml.safe_load(text)
    assert fast == pure
    assert repr(fast) == repr(pure)  # same key order and types (1 vs 1.0, '1' vs 1)


@pytest.mark.parametrize("text", ["a: [1,\n", "a: b: c\n", "- x\ny: 1\n", "\tx: 1\n"])
def test_bad_yaml_fails_with_pyyamls_message(text):
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError) as fast:
        parse_yaml(text)
    assert str(fast.value) == str(pure.value)


def test_unsafe_tags_still_refused():
    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object/apply:os.system ['true']\n")
