"""Counts joined under one fate (resolve/figure_category.py): a casualty verb's coordinated
objects share its fate ("killing two police officers and three civilians"), a comma list
before the verb takes the verb that closes it ("Over 12 rebels, 4 soldiers killed"), and a
count reads its fate past a bracket, quote marks or an aside set off by commas. Sentences of
our own."""

from __future__ import annotations

from fogofwar.resolve.figures import parse_figures


def cats(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.category) for f in parse_figures(sentence)]


def test_verb_object_list_shares_the_fate():
    assert cats("The car bomb went off near the post, killing two police officers and "
                "three civilians.") == [("two", "killed"), ("three", "killed")]


def test_three_objects_joined_by_commas_and_and():
    assert cats("Gunmen killed four policemen, two soldiers and six villagers on Sunday.") \
        == [("four", "killed"), ("two", "killed"), ("six", "killed")]


def test_troops_object_after_a_wounded_count_is_wounded():
    assert cats("The shelling wounded 9 civilians as well as 3 soldiers.") \
        == [("9", "injured"), ("3", "injured")]


def test_coordinated_count_with_a_verb_of_its_own_keeps_its_reading():
    assert cats("The raid killed 6 fighters and 800 troops remain in the valley.") \
        == [("6", "killed"), ("800", "troops")]
    assert cats("The raid killed 6 fighters, and 800 troops were sent.") \
        == [("6", "killed"), ("800", "troops")]


def test_second_verb_decides_its_own_object():
    assert cats("The patrol killed 7 insurgents and detained 2 suspects.") \
        == [("7", "killed"), ("2", "captured")]


def test_comma_list_before_the_verb_shares_it():
    assert cats("Over 12 rebels, 4 soldiers killed in border clash") \
        == [("Over 12", "killed"), ("4", "killed")]


def test_bracketed_acronym_does_not_stop_the_reading():
    assert cats("Eight members of the National Defence Militia (NDM) were killed overnight.") \
        == [("Eight", "killed")]


def test_aside_set_off_by_commas_before_the_verb():
    assert cats("27 villagers, mostly women, were killed in the raid.") == [("27", "killed")]
    assert cats("At least 40 people, many of whom were farmers, died in the floods of fire.") \
        == [("At least 40", "killed")]


def test_aside_without_a_verb_after_it_is_no_aside():
    assert cats("The convoy carried 30 soldiers, the army said, to the front.") \
        == [("30", "troops")]


def test_quoted_noun_does_not_stop_the_reading():
    assert cats('He said four "bandits" had been killed in the exchange.') == [("four", "killed")]


def test_gapped_counts_repeat_the_fate_before_them():
    assert cats("Gunmen raided the villages, killing six in Kora, two in Bami, and three on "
                "the road to Tiko.") == [("six", "killed"), ("two", "killed"), ("three", "killed")]
    assert cats("The army shot dead 11 rebels in the east, and two more in fighting in the "
                "north.") == [("11", "killed"), ("two", "killed")]


def test_gapped_count_with_a_part_gives_the_part_its_fate():
    assert cats("At least 16 people were wounded at the block, and another three, including "
                "one child, in strikes nearby.") \
        == [("At least 16", "injured"), ("three", "injured"), ("one", "injured")]


def test_gapped_reading_needs_a_bare_count_without_a_verb():
    assert cats("The drone killed 4 fighters, 20 km from the border.") \
        == [("4", "killed"), ("20 km", "other")]
    # a singular unit measures a distance too: no one is counted at "1 mile"
    assert cats("The shell killed 3 farmers 1 mile from the road.") \
        == [("3", "killed"), ("1 mile", "other")]
    assert cats("The strike killed 5 people on Monday, and 30 on Tuesday were evacuated.") \
        == [("5", "killed"), ("30", "displaced")]


def test_headline_present_tense_verbs_give_the_fate():
    assert cats("Police Arrest 12 Protesters in Capital") == [("12", "captured")]
    assert cats("Gunmen kill 6 farmers, injure 9 in Plateau") \
        == [("6", "killed"), ("9", "injured")]


def test_a_group_noun_does_not_swallow_the_next_count():
    # "member" is no class noun: the run after "and" opens with a count of its own, the next
    # figure, which counts contractors and shares the verb's fate
    got = [(f.text, f.category, f.counts) for f in parse_figures(
        "The rockets hit the depot, killing one U.S. service member and two Navy contractors.")]
    assert got == [("one", "killed", "member"), ("two", "killed", "contractors")]
