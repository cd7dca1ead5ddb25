"""Acts a sentence names without reporting them: denied, or the topic of a silence. Whole-
pipeline runs on invented sentences; the contrasts keep what a sentence does report."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

MATERIAL = {"ASSAULT", "FIGHT", "SEIZE", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID"}


def events(text: str):
    art = Article(id="u1", source="test", text=text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in MATERIAL
            and not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text", [
    # a denial of the act itself, or of reports of it
    "The defence ministry denied reports of shelling near the border town on Sunday.",
    "The army denied targeting homes in the district on Tuesday.",
    # the act is the topic of what was not said
    "The statement did not provide information about where the drone was shot down.",
    "Officials did not say how many people were killed in the raid on the village.",
    "The government has not responded to reports of Monday's attack on the village.",
    "The police command is yet to make any statement on the attack.",
    # the pack's pending phrases, not a pair of words in code
    "The army has still to comment on the attack on the convoy.",
    "Doctors said they were unable to confirm how many people were killed in the raid.",
    # a verb conjoined to a denied clause is denied with it
    "The army denied that its soldiers shelled the town and killed two farmers on Monday.",
    "The militia rejected claims that its fighters had stormed the village and burned homes.",
])
def test_a_denied_or_unspoken_act_is_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    # a relative clause asserts its act
    "Police did not say who carried out the attack, which killed five people in the market.",
    # a stated clause beside the silence is its own report
    "The spokesman did not say which unit was involved, however troops have been carrying "
    "out raids against the rebels in the hills since May.",
    # denying a part in the act is no denial that it happened
    "The army on Friday denied carrying out deadly airstrikes on a market in the town.",
    # the denier's own act conjoined to the denial is asserted
    "The militia denied the charges and attacked the army base near the town on Monday.",
])
def test_an_act_reported_beside_a_denial_or_silence_stays(text):
    found = [e for e in analyse_batch([Article(id="u2", source="test", text=text,
                                               outlet="Test Wire")])[0].events
             if e.type in MATERIAL]
    assert found


def test_pending_phrases_come_from_the_pack():
    from fogofwar.extract.events.pack import event_rules

    assert ("yet", "to") in event_rules().pending_phrases
    assert ("still", "to") in event_rules().pending_phrases
