"""A denied toll is a figure 0 (resolve/figure_zero.py); "none reported yet" is no figure."""

from __future__ import annotations

from fogofwar.resolve.figures import parse_figures


def read(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.low, f.high, f.category) for f in parse_figures(sentence)]


def test_no_casualties_is_a_toll_of_zero_killed():
    assert read("The district governor insisted there had been no casualties at the depot.") \
        == [("no casualties", 0.0, 0.0, 0.0, "killed")]


def test_no_one_was_killed_is_zero_and_not_a_figure_of_one():
    assert read("No one was killed when the shell hit the granary, the mayor said.") \
        == [("No one was killed", 0.0, 0.0, 0.0, "killed")]


def test_no_one_was_injured_is_zero_injured_beside_a_toll():
    assert read("Four fishermen died but no one was injured on the second boat.") == [
        ("Four", 4.0, 4.0, 4.0, "killed"), ("no one was injured", 0.0, 0.0, 0.0, "injured")]


def test_nothing_reported_yet_is_no_toll():
    assert read("No casualties were reported after the blast near the bridge.") == []
    assert read("There were no immediate reports of casualties at the checkpoint.") == []


# the general form (round zero30): negator + whom + casualty noun or fate verb; sentences
# written for these tests


def whom(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.category, f.counts) for f in parse_figures(sentence)]


def test_a_denied_toll_of_one_class_keeps_the_class():
    assert whom("The brigade said there were no civilian casualties in the raid on the port.") \
        == [("no civilian casualties", 0.0, "killed", "civilian")]
    assert whom("Officers said there were no known civilian casualties near the dam.") \
        == [("no known civilian casualties", 0.0, "killed", "civilian")]


def test_a_negated_person_and_a_fate_verb_is_a_zero_of_that_person():
    assert whom("A spokesman said no army soldier was killed or wounded in the ambush.") \
        == [("no army soldier was killed", 0.0, "killed", "soldier")]
    assert whom("Not a single policeman was hurt when the convoy was hit, he said.") \
        == [("Not a single policeman was hurt", 0.0, "injured", "policeman")]
    assert whom("None of our troops were injured during the night, the colonel said.") \
        == [("None of our troops were injured", 0.0, "injured", "troops")]
    assert whom("The governor said no Ruritanian lost their lives in the blast.") \
        == [("no Ruritanian lost their lives", 0.0, "killed", None)]


def test_a_lost_life_and_a_denial_of_casualties_are_zero_killed():
    assert whom("No life was lost when the drone hit the depot, the navy said.") \
        == [("No life was lost", 0.0, "killed", None)]
    assert whom("The ministry denied that there had been any casualties at the base.") \
        == [("denied that there had been any casualties", 0.0, "killed", None)]
    assert whom("The column crossed the river without any casualties, the commander said.") \
        == [("without any casualties", 0.0, "killed", None)]


def test_a_zero_beside_another_class_toll_in_one_sentence():
    assert whom("The shells killed 12 villagers, but no soldiers were killed, the army said.") \
        == [("12", 12.0, "killed", "villagers"),
            ("no soldiers were killed", 0.0, "killed", "soldiers")]


def test_hopes_conditions_and_partial_denials_are_no_toll():
    assert whom("The army took care to ensure there would be no civilian casualties.") == []
    assert whom("Medics said there were no further casualties after midnight.") == []
    assert whom("There were no serious injuries among the crew, the captain said.") == []
    assert whom("No civilian casualties were reported from the valley.") == []
    assert whom("There were no injured reported at the depot.") == []
    assert whom("No soldier was reported killed in the raid.") == []
    assert whom("Doctors Without Borders staff treated the wounded in the camp.") == []


def test_no_casualties_names_no_class_unless_among_says_whom():
    assert whom("The garrison said there were no casualties after the shelling.") \
        == [("no casualties", 0.0, "killed", None)]
    assert whom("The garrison said there were no casualties among its soldiers.") \
        == [("no casualties", 0.0, "killed", "soldiers")]


# round figs34: a modal of the saying verb is no hope of the toll; "no one" is never a one


def test_a_modal_before_that_belongs_to_the_saying_not_the_toll():
    assert read("The governor told reporters: I can say that no one died in the fire.") \
        == [("no one died", 0.0, 0.0, 0.0, "killed")]
    assert read("We can confirm that nobody was hurt when the mortar landed.") \
        == [("nobody was hurt", 0.0, 0.0, 0.0, "injured")]


def test_a_hope_with_that_stays_a_hope_and_no_one_is_no_figure():
    assert read("The patrol must ensure that no one was hurt in the crossfire.") == []
    assert read("The villagers hope no one died when the bridge collapsed.") == []
