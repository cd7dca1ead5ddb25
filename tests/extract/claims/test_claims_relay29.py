"""Relays a claim's own sentence does not name (round relay29). Each text was written for these
tests (no line repeats across the texts: a line two articles of one outlet share is
boilerplate)."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.carry import _titled

from ..conftest import mention
from .helpers import claim_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "shows": ("A city official told Radio Harbour that nine people died in the shelling of the "
              "market.\n\n"
              "The shelling shows that the rebels now have heavier guns than before, the "
              "official said."),
    "tweeted": ("A port official told Radio Harbour that two sailors were missing after the "
                "drone strike.\n\n"
                "Later the official tweeted that four more bodies had been found under the "
                "rubble."),
    "told_unknown": ("Security sources told Halcyon that two commanders were killed in the strike "
                     "on Thursday.\n\n"
                     "The sources said a third commander was badly wounded."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("relay29"), TEXTS, OUTLET)


def test_a_verb_spelt_like_a_channel_noun_names_no_channel(exported):
    """"The shelling shows that …, the official said": "shows" is no TV show, so the official's
    later words keep the medium the official spoke to."""
    claim = claim_on(exported["shows"], "heavier guns")
    assert claim["chain"] == ["city official", "Radio Harbour", OUTLET]


def test_a_verb_of_posting_still_names_its_channel(exported):
    """"he tweeted that …": posted, not said to the radio again."""
    claim = claim_on(exported["tweeted"], "four more bodies")
    assert claim["chain"] == ["port official", OUTLET]


def test_a_name_no_pack_knows_that_the_speaker_told_carries_the_later_words(exported):
    """"Security sources told Halcyon …" then "The sources said …": the name the sources told
    (taken for a relay as the verb's object, though no pack knows it) heard their later
    words too, as a medium would."""
    claim = claim_on(exported["told_unknown"], "third commander")
    assert claim["chain"] == ["Security sources", "Halcyon", OUTLET]


def test_a_title_cut_short_of_the_name_after_it_is_that_person():
    """"… citing police spokesman Tariq Olumide Bashir. The official added …": when the speaker
    of the first sentence was taken as the bare title and the later naming resolved to the name
    written right after it, the two are one person, whose relays the later words keep; a
    name written elsewhere is another person."""
    text = ("Rebels attacked two police posts, killing four officers, according to local media "
            "citing police spokesman Tariq Olumide Bashir. The official added that three "
            "attackers were killed. Doctor Amina Yusuf said nine were wounded.")
    said = [(mention(text, "police spokesman"), ["local media"], text[:text.index(" The")])]
    assert _titled(said, mention(text, "Olumide Bashir"), text) == 0
    assert _titled(said, mention(text, "Amina Yusuf"), text) is None
    assert _titled(said, mention(text, "three attackers"), text) is None
