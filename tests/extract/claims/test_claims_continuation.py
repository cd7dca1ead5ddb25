"""A statement that goes on past its cued sentence (issue 11, claims whose claimant is named in
the sentence before): "Another 108 people … were injured", "This figure includes …", a clause
the splitter cut off, "“…,” the statement continued". Sentences written for these tests, not
copied from any report."""

from __future__ import annotations

import pytest

from .helpers import claimant_text, exported_claims, figure_values

OUTLET = "Daily Sun"
TEXTS = {
    "another": "The emergencies ministry said that nine adults and three children were killed "
               "in the shelling of the market. Another 40 people, including six children, were "
               "injured.",
    "this_figure": "The health office spokesman, Ahmed Saleh, reported that 2,310 people have "
                   "died in the province since the war began. This figure includes 915 deaths "
                   "in hospitals from their wounds.",
    "narration": "The governor said that four soldiers were killed in the ambush. Police "
                 "returned fire, and two of the attackers were killed.",
    "new_paragraph": "The governor said that four soldiers were killed in the ambush.\n\n"
                     "Another 30 soldiers were killed in the same district last year.",
    "continued": "Troops repelled an attack on the base at dawn, the army said in a statement.\n"
                 "\u201cFour soldiers were killed and eleven wounded in the fighting,\u201d the "
                 "statement continued.",
    "described_group": "The Coordination Committees of Bara, another volunteer group, reported "
                       "that the militia attacked two villages on Saturday. \u201cThe militia "
                       "killed at least nine civilians,\u201d the group stated in its report.",
    "gave_toll": "The gunmen attacked the market at dawn, said Amos Kiza of a civil society "
                 "group. He gave a provisional death toll of 12 civilians.",
    "toll_given_by": "Those deaths were added to an earlier toll of six soldiers, given by the "
                     "army on Monday.",
    "placed_at": "Shells hit the border town overnight. The navy has placed the number of "
                 "people wounded at 23 so far.",
    "wrapped_quote": "Rebels attacked the convoy on\nTuesday near the river, a police source "
                     "said.\n\u201cThe bodies of the missing\nguards were found at dawn, "
                     "raising the toll to nine,\u201d\nthe police source said on Wednesday.",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each text's exported claims (narration left out), by the text's key."""
    return exported_claims(tmp_path_factory.mktemp("continuation"), TEXTS, OUTLET)


def _on(claims: list[dict], words: str) -> list[dict]:
    return [c for c in claims if words in c["sentence"]]


def test_another_toll_goes_on_with_the_speaker_before(exported):
    (claim,) = _on(exported["another"], "Another 40 people")
    assert "ministry" in claimant_text(claim)
    assert 40 in figure_values(claim)


def test_this_figure_goes_on_with_the_speaker_before(exported):
    (claim,) = _on(exported["this_figure"], "This figure includes")
    assert "Ahmed Saleh" in claimant_text(claim)
    assert 915 in figure_values(claim)


def test_a_toll_the_writer_tells_stays_narration(exported):
    assert _on(exported["narration"], "Police returned fire") == []


def test_a_new_paragraph_is_not_a_continuation(exported):
    assert _on(exported["new_paragraph"], "Another 30 soldiers") == []


def test_a_quote_the_statement_continued_is_the_statement(exported):
    (claim,) = _on(exported["continued"], "Four soldiers were killed")
    assert "statement" in claimant_text(claim)
    assert 4 in figure_values(claim)


def test_the_group_means_the_body_an_apposition_described_so(exported):
    (claim,) = _on(exported["described_group"], "killed at least nine")
    assert "Coordination Committees" in ((claim.get("claimant") or {}).get("name") or "") \
        or "Coordination Committees" in claimant_text(claim)
    assert 9 in figure_values(claim)


def test_giving_a_toll_of_a_figure_reports_it(exported):
    (claim,) = _on(exported["gave_toll"], "provisional death toll")
    assert "Kiza" in claimant_text(claim)
    assert 12 in figure_values(claim)


def test_a_toll_given_by_a_body_is_its_claim(exported):
    (claim,) = _on(exported["toll_given_by"], "earlier toll")
    assert "army" in claimant_text(claim)
    assert 6 in figure_values(claim)


def test_a_speaker_line_signs_the_quote_a_line_break_cut_off(exported):
    (claim,) = _on(exported["wrapped_quote"], "raising the toll to nine")
    assert "police source" in claimant_text(claim)
    assert 9 in figure_values(claim)


def test_a_count_placed_at_a_figure_after_its_participle_is_the_bodys_claim(exported):
    # the parse hangs "at 23" on "wounded", inside the counted noun's phrase
    (claim,) = _on(exported["placed_at"], "number of people wounded")
    assert "navy" in claimant_text(claim)
    assert 23 in figure_values(claim)
