"""A later "the attack" that adds no argument to the attack already told is no new event
(round events25, `carry.without_repeats`): a count of no known kind that names no people
("days after talks between the two countries broke down", "lasted from 7.30") is no figure
of the act, and a
pronoun doer nothing resolved ("they have opened an inquiry into the attack") names nobody.
"The attack, which killed four soldiers" tells the attack again as "the attack killed four
soldiers" does. A later sentence that adds victims or a place is still an event. Invented
sentences."""

from __future__ import annotations

import pytest

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article

FIRST = "Rebels attacked an army post in Kolda on Monday, killing four soldiers, the army said."


def violent(text: str) -> list:
    art = Article(id="s1", source="test", text=FIRST + "\n\n" + text, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")
            and not e.sentence.startswith("Rebels attacked")]


@pytest.mark.parametrize("text", [
    "The attack came just days after talks between the two countries broke down.",
    "The attack lasted from 7.30 in the morning until 2 in the afternoon.",
    "The police said they have launched an investigation into the attack.",
    # the relative pronoun stands for the definite attack it hangs from
    "The attack, which killed four soldiers, was the deadliest this year, the governor said.",
])
def test_a_later_mention_that_adds_nothing_is_no_event(text):
    assert violent(text) == []


def test_a_later_mention_with_new_victims_stays():
    assert violent("The attack killed six more soldiers in Tamba, police said.")


def test_a_second_attack_told_in_a_relative_clause_stays():
    assert violent("A second attack, which killed two soldiers, hit Tamba on Tuesday.")
