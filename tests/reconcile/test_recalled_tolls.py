"""A toll a sentence gives of its news's motive or of an attack it sets beside its news is not
the news's toll (round background36; reconcile/recalled_tolls.py). Sentences written for these
tests."""

from __future__ import annotations

from fogofwar.reconcile.recalled_tolls import recalled_figures


def _figs(*texts: str) -> list[dict]:
    return [{"text": t} for t in texts]


def test_the_killing_named_as_a_reprisals_cause_is_not_its_toll():
    s = "Troops burned the hamlet in reprisal for the killing of seven rangers near the dam."
    assert recalled_figures(s, _figs("seven")) == {"seven"}


def test_an_attack_named_as_the_response_s_cause_keeps_its_toll_apart():
    s = ("The militia said it shelled the airfield in response to a drone raid that left "
         "14 of its men dead, and that its shells killed 3 guards.")
    assert recalled_figures(s, _figs("14", "3")) == {"14"}


def test_a_strike_in_retaliation_keeps_its_own_toll():
    s = "Jets pounded the border town in retaliation for mortar fire, killing 22 people."
    assert recalled_figures(s, _figs("22")) == frozenset()


def test_a_toll_of_a_separate_attack_is_not_the_news_s():
    s = ("Two people died and nine were hurt when a shell hit the market, and 4 were killed "
         "in a separate attack on the ring road.")
    assert recalled_figures(s, _figs("Two", "nine", "4")) == {"4"}


def test_the_toll_of_the_attack_the_target_was_used_for_is_not_the_strike_s():
    s = ("The alliance said its jets hit rocket launchers used to attack the harbour town, "
         "killing a fisherman there, a communique said.")
    assert recalled_figures(s, _figs("a")) == {"a"}


def test_an_article_telling_the_news_s_harm_elsewhere_keeps_the_figure():
    s = ("A nurse died when the clinic was hit, and a guard was wounded in an earlier "
         "strike on the gate.")
    assert recalled_figures(s, _figs("A")) == frozenset()


def test_a_figure_that_also_stands_outside_the_recalled_span_is_kept():
    s = ("The raid killed 5 people, officials said, in revenge for the deaths of 5 policemen "
         "last week.")
    assert recalled_figures(s, _figs("5")) == frozenset()


def test_a_toll_since_the_war_began_is_no_incident_s():
    from fogofwar.reconcile.incidents import is_span_toll
    assert is_span_toll("Some 4,200 people have died since the fighting erupted in the delta.")
    assert is_span_toll("The ambush raised to nine the number of monitors killed since the "
                        "start of a separatist offensive in May.")
    assert not is_span_toll("The blast killed 31 people, the deadliest attack since the "
                            "insurgency began.")
    assert not is_span_toll("The shelling killed 12 people in the port on Sunday.")


def test_a_speaker_answering_about_the_attack_keeps_its_toll():
    s = ("“They chose soft targets,” says a researcher in response to the raid on the "
         "garrison that killed nearly 90.")
    assert recalled_figures(s, _figs("nearly 90")) == frozenset()


def test_the_toll_of_another_attack_named_beside_the_news_is_not_its():
    s = "The shelling came after another drone attack on the depot killed 6 guards on Monday."
    assert recalled_figures(s, _figs("6")) == {"6"}
    s = "One medic was killed and another injured in the mortar attack on the clinic."
    assert recalled_figures(s, _figs("One")) == frozenset()
