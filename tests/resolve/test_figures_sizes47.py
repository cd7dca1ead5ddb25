"""Numbers that size or age what a sentence tells of count nothing (issue 11): a building's
storeys, a measure hyphened to the noun after it, kilograms, and a person's age after "aged",
"the age of", "as young as" or "in age from". Sentence shapes from open dev pages."""

from fogofwar.resolve.figures import parse_figures


def _read(text):
    return [(f.text, f.counts, f.category) for f in parse_figures(text)]


def test_storeys_size_a_building():
    assert _read("A rocket hit a nine-story residential building in the city, the governor "
                 "said.") == []
    assert _read("The strike destroyed a five-storey block of flats, officials said.") == []


def test_measure_hyphened_to_a_noun():
    assert _read("Insurgents were hiding in a 35-acre swamp near the village, the colonel "
                 "said.") == []
    assert _read("The blast left a four-meter-wide crater in the road, police said.") == []


def test_kilograms_are_a_measure():
    assert _read("The bomb was made from a 50 kg gas canister, police said.") == [
        ("50 kg", "kg", "other")]


def test_ages_count_nothing():
    assert _read("The victims were students aged between 15 and 18, the rebels said.") == []
    assert _read("He said most of the victims were under the age of 10.") == []
    assert _read("The statement says children as young as 9 have been tortured.") == []
    assert _read("The mayor added that the victims ranged in age from 3 to 79.") == []


def test_the_count_before_an_age_stays():
    assert _read("Three children aged eight to 10 and a woman were among the dead.") == [
        ("Three", "children", "killed")]
    assert [f[0] for f in _read("Five men aged 20 and 30 others were killed.")] == [
        "Five", "30"]
    assert _read("The 16 soldiers were traveling in a 16-vehicle convoy.")[0][0] == "16"
