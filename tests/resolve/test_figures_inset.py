"""A part written into its whole with no commas ("21 people including two children have died"):
the verb after the part tells the fate of the whole too (resolve/figure_category.py)."""

from __future__ import annotations

from fogofwar.resolve.figures import parse_figures


def read(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.category, f.counts) for f in parse_figures(sentence)]


def test_whole_takes_the_verb_after_an_inset_part():
    assert read("At least 14 villagers including three women have died after a drone hit "
                "the market.")[:2] == [("At least 14", 14.0, "killed", "villagers"),
                                       ("three", 3.0, "killed", "women")]


def test_inset_part_with_among_them_and_wounded():
    assert read("Some 30 fishermen among them four boys were wounded when the shells fell.") \
        == [("Some 30", 30.0, "injured", "fishermen"), ("four", 4.0, "injured", "boys")]


def test_inset_does_not_give_a_fate_to_things():
    got = read("Officials counted 300 houses including 20 schools destroyed.")
    assert [category for _, _, category, _ in got] == ["other", "other"]


def test_comma_aside_still_read_past():
    assert read("Nine people, including a child, died when the shell landed.") \
        == [("Nine", 9.0, "killed", "people")]


def test_a_figure_standing_as_predicate_counts_its_subject():
    # the subject says what is counted: "casualties were in the dozens", "the dead numbered 40"
    assert read("The army said casualties were in the dozens on the ridge.") \
        == [("dozens", 24, "other", "casualties")]
    assert read("By evening the dead numbered 40, the governor said.") \
        == [("40", 40.0, "killed", "dead")]
    # a verb right before a number is no subject
    assert read("The raid killed six and injured 12.")[1][2:] == ("injured", None)


def test_another_wounded_person_counts_no_one_injured():
    # "another wounded man died": the man was wounded earlier; nobody is counted injured here
    assert read("Another wounded man died in hospital, the governor said.") == []
    assert read("Shelling wounded a woman in the village.") == [("a", 1.0, "injured", "woman")]


def test_a_count_of_the_dead_and_the_wounded_together_is_of_casualties():
    # neither fate alone: reconcile reads it as a ceiling of the dead
    for sentence in ("The front said there were 300 dead and injured in the village.",
                     "The blast left 90 killed or wounded, rescuers said.",
                     "Medics reported dozens of dead and wounded in the square."):
        assert [(c, n) for *_, c, n in read(sentence)] == [("other", "casualties")], sentence
    # two counts, each with its fate
    assert [c for *_, c, _ in read("The raid killed 14 and wounded 30.")] \
        == ["killed", "injured"]
    assert [c for *_, c, _ in read("The shelling left 14 killed, wounded 30 more.")][0] \
        == "killed"
