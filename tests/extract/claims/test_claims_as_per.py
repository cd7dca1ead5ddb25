""""As per X" is read like "according to X" (South Asian and aggregator English): a source of
its own, or the relay of the speaker it follows; a norm after it ("as per the agreement") is
nobody who spoke. Each text was written for these tests and goes through the whole pipeline as
an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from .helpers import exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "relay": ("The defence ministry said its missiles had destroyed 40 armoured vehicles near "
              "the river, as per Interfax."),
    "source": "As per police, seven villagers were shot dead at the checkpoint on Monday.",
    "norm": ("The bodies of the nine fighters were handed over on Sunday as per the agreement "
             "signed in March."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("as_per"), TEXTS, OUTLET)


def test_as_per_a_medium_relays_the_speaker(exported):
    chains = [c["chain"] for c in exported["relay"] if "40 armoured" in c["sentence"]]
    assert ["defence ministry", "Interfax", OUTLET] in chains, chains


def test_as_per_a_body_is_the_source(exported):
    chains = [c["chain"] for c in exported["source"] if "seven villagers" in c["sentence"]]
    assert ["police", OUTLET] in chains, chains


def test_as_per_an_agreement_is_nobody(exported):
    assert all("agreement" not in " ".join(c["chain"]) for c in exported["norm"]), \
        [c["chain"] for c in exported["norm"]]
