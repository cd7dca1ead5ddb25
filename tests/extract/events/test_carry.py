"""Actors carried between mentions of one incident: body to later body, lede to headline."""

from __future__ import annotations

from fogofwar.extract.events.carry import carry_actors, title_from_body, without_repeats
from fogofwar.records import Event, Mention


def _event(kind: str, actor: str | None = None, target: str | None = None, *,
           hypothetical: bool = False, negated: bool = False) -> Event:
    return Event(id=f"e-{kind}-{actor}", type=kind, mode=None,
                 actor=Mention(actor, 0, len(actor)) if actor else None,
                 target=Mention(target, 0, len(target)) if target else None,
                 place=None, date=None, date_precision=None, figures=[], claim_id=None,
                 sentence="s", negated=negated, hypothetical=hypothetical)


def test_a_later_mention_takes_the_nearest_earlier_actor_of_its_kind():
    events = [_event("FIGHT", "the occupiers"), _event("PROTEST", "residents"),
              _event("ASSAULT", None, "a man")]
    carry_actors(events)
    assert events[2].actor is not None and events[2].actor.text == "the occupiers"


def test_no_carry_across_kinds_nor_from_what_did_not_happen_nor_onto_the_victim():
    events = [_event("PROTEST", "residents"), _event("ASSAULT", None)]
    carry_actors(events)
    assert events[1].actor is None
    events = [_event("ASSAULT", "rebels", hypothetical=True), _event("ASSAULT", None)]
    carry_actors(events)
    assert events[1].actor is None
    events = [_event("FIGHT", "soldiers"), _event("FIGHT", None, "soldiers")]
    carry_actors(events)
    assert events[1].actor is None


def test_an_unresolved_pronoun_is_not_carried_but_is_replaced():
    events = [_event("FIGHT", "Turkey"), _event("FIGHT", "it"), _event("FIGHT", None)]
    carry_actors(events)
    assert [e.actor.text for e in events if e.actor] == ["Turkey", "Turkey", "Turkey"]


def test_a_headline_takes_the_actor_of_the_lede_event_of_its_kind():
    head = [_event("FIGHT", None, "PKK commander")]
    body = [_event("AID", "UN"), _event("ASSAULT", "it"), _event("FIGHT", "Turkey")]
    title_from_body(head, body)
    assert head[0].actor is not None and head[0].actor.text == "Turkey"


def test_a_later_naming_in_the_same_sentence_comes_first():
    first, second = _event("FIGHT", None, "soldiers"), _event("FIGHT", "the group", "others")
    earlier = _event("FIGHT", "the army")
    earlier.sentence = "before"
    carry_actors([earlier, first, second])
    assert first.actor is not None and first.actor.text == "the group"


def test_a_definite_repeat_that_adds_nothing_is_the_same_event():
    first = _event("ASSAULT", "gunmen", "villagers")
    again = _event("ASSAULT", None, None)           # "officials condemned the attack"
    more = _event("ASSAULT", None, "a school")      # "the attack on a school": a new target
    other = _event("PROTEST", None, None)           # "the protest": first of its kind
    kept = without_repeats([first, again, more, other], [False, True, True, True])
    assert kept == [first, more, other]


def test_an_indefinite_mention_is_never_a_repeat():
    first, second = _event("FIGHT", "troops"), _event("FIGHT", None)
    assert without_repeats([first, second], [False, False]) == [first, second]


def test_a_body_event_no_earlier_sentence_names_takes_the_headlines_actor():
    head = [_event("ASSAULT", "Ukrainian troops", "civilians")]
    body = [_event("ASSAULT", None, "two men")]
    title_from_body(head, body)
    assert body[0].actor is not None and body[0].actor.text == "Ukrainian troops"


def test_a_carried_actor_states_no_side():
    named = _event("FIGHT", "the regime")
    named.actor.side = "syria_gov"
    later = _event("FIGHT", None)
    carry_actors([named, later])
    assert later.actor is not None and later.actor.text == "the regime"
    assert later.actor.side is None and named.actor.side == "syria_gov"


def test_a_carried_actor_is_not_put_on_its_own_side():
    named = _event("FIGHT", "the regime")
    named.actor.side = "syria_gov"
    struck = _event("FIGHT", None, "regime targets")
    struck.target.side = "syria_gov"
    carry_actors([named, struck])
    assert struck.actor is None


def test_an_actor_carried_between_headline_and_body_points_into_its_new_text():
    title = "Drone strike kills PKK commander in Iraq"
    text = "A drone strike blamed on Turkey killed a PKK commander, officials said."
    head = [_event("FIGHT", None, "PKK commander")]
    lede = _event("FIGHT", "Turkey", "a PKK commander")
    lede.actor = Mention("Turkey", text.index("Turkey"), text.index("Turkey") + 6)
    title_from_body(head, [lede], title, text)
    carried = head[0].actor
    # the title does not name Turkey: the carried mention keeps its name, not body offsets
    assert carried is not None and carried.text == "Turkey"
    assert (carried.start, carried.end) == (0, 0)
    assert (lede.actor.start, lede.actor.end) == (text.index("Turkey"), text.index("Turkey") + 6)

    title = "Turkey strikes PKK commander in Iraq"
    text = "Two fighters were killed in a strike near the border on Monday, Turkey said."
    head = [_event("FIGHT", "Turkey", "PKK commander")]
    body = [_event("FIGHT", None, "two fighters")]
    title_from_body(head, body, title, text)
    moved = body[0].actor
    assert moved is not None and text[moved.start:moved.end] == "Turkey"
