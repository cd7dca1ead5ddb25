"""What the whole article says about a toponym: text order, datelines, one sense per
discourse, named first-level areas, short forms and loose matches (issue 12)."""

from fogofwar.resolve import ranking
from fogofwar.resolve.discourse import bare_dateline, qualifiers
from fogofwar.resolve.gazetteer import Entry, distance_km
from fogofwar.resolve.places import resolve_spans
from fogofwar.resolve.ranking import Signals


def _spans(doc, *names):
    """Spans of each name as written, every occurrence, in the order the names are given."""
    text, out = doc.text, []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(doc.char_span(start, start + len(name), alignment_mode="expand"))
            start = text.find(name, start + 1)
    return out


def test_spans_out_of_text_order_keep_their_qualifier_and_their_order(nlp):
    doc = nlp("A barn burned down near Lewisburg, West Virginia, late on Sunday.")
    spans = _spans(doc, "West Virginia", "Lewisburg")  # the area listed first
    places = resolve_spans(doc, spans, focus=())
    assert [p.text for p in places] == ["West Virginia", "Lewisburg"]
    assert places[1].admin1 == "West Virginia" and places[1].precision == "town"


def test_a_bare_dateline_is_the_capital_not_a_namesake_in_the_story_s_state(nlp):
    doc = nlp("WASHINGTON — Farmers in Iowa asked Congress on Tuesday for help after the "
              "floods.")
    places = resolve_spans(doc, _spans(doc, "WASHINGTON", "Iowa"), focus=())
    assert distance_km((places[0].lat, places[0].lon), (38.90, -77.04)) < 20


def test_only_a_capitalised_first_toponym_at_a_line_start_is_a_bare_dateline(nlp):
    doc = nlp("WASHINGTON — Officials met.\nThey flew on to Washington and Boise.")
    spans = _spans(doc, "WASHINGTON", "Washington", "Boise")
    quals = qualifiers(spans)
    assert bare_dateline(spans, 0, quals[0])
    assert not bare_dateline(spans, 1, quals[1])
    qualified = nlp("SALEM, Ore. — Officials met.")
    spans = _spans(qualified, "SALEM", "Ore.")
    assert not bare_dateline(spans, 0, qualifiers(spans)[0])


def test_a_name_qualified_once_keeps_that_sense_in_its_bare_mentions(nlp):
    doc = nlp("COLUMBIA, Ky. — A man from Columbia was taken to hospital. Columbia police said "
              "the road reopened.")
    places = resolve_spans(doc, _spans(doc, "COLUMBIA", "Ky.", "Columbia"), focus=())
    assert [p.admin1 for p in places if p.text.lower() == "columbia"] == ["Kentucky"] * 3


def test_a_country_before_another_country_is_a_list_not_town_and_area(nlp):
    doc = nlp("He had served in Russia, the United States and Britain before he retired.")
    places = resolve_spans(doc, _spans(doc, "Russia", "United States", "Britain"), focus=())
    assert (places[0].country, places[0].precision) == ("RUS", "country")


def _county(gid: int, admin1: str, population: int) -> Entry:
    return Entry(gid, "Monroe County", 39.0, -90.0, "A", "ADM2", "US", admin1, None, population)


def test_a_county_in_a_first_level_area_the_story_names_beats_a_bigger_namesake():
    indiana, missouri = _county(1, "IN", 90_000), _county(2, "MO", 4_000)
    both = frozenset({("US", "IN"), ("US", "MO")})
    cands = [(indiana, 100.0), (missouri, 100.0)]
    # both lie in an area of the story's other places: the bigger one wins the tie
    assert ranking.best(cands, "ADM2", Signals(areas=both), "Monroe") is indiana
    # the story names Missouri itself
    sig = Signals(areas=both, named=frozenset({("US", "MO")}))
    assert ranking.best(cands, "ADM2", sig, "Monroe") is missouri


def test_a_short_form_is_no_mere_alternate_name(nlp):
    assert ranking.short_form("Newcastle upon Tyne", "Newcastle")
    assert not ranking.short_form("Newcastle", "Newcastle")
    assert not ranking.short_form("Castle Newcastle", "Newcastle")
    # in a British story, Newcastle upon Tyne before the small Newcastle of that own name
    doc = nlp("Doctors in Newcastle developed the technique.")
    place = resolve_spans(doc, _spans(doc, "Newcastle"), focus=("GB",))[0]
    assert distance_km((place.lat, place.lon), (54.97, -1.61)) < 20


def test_an_area_bearing_the_name_as_its_own_drops_loose_matches(nlp):
    doc = nlp("He played for Wales against Switzerland in Zurich.")
    place = resolve_spans(doc, _spans(doc, "Wales", "Switzerland", "Zurich"), focus=())[0]
    assert (place.country, place.precision) == ("GBR", "admin1")


def test_oceans_are_the_oceans_not_a_namesake_town_or_a_demonym_s_country(nlp):
    doc = nlp("Wind shear over the tropical Atlantic weakened the storm before it reached the "
              "Indian Ocean.")
    atlantic, indian = resolve_spans(doc, _spans(doc, "Atlantic", "Indian Ocean"), focus=(),
                                     demonyms=True)
    assert (atlantic.feature_code, atlantic.country) == ("OCN", None)
    assert (indian.name, indian.feature_code) == ("Indian Ocean", "OCN")


def test_a_governor_after_the_name_asks_for_the_first_level_area(nlp):
    doc = nlp("Former New York Gov. Mario Cuomo rose from the Queens neighborhood.")
    place = resolve_spans(doc, _spans(doc, "New York"), focus=())[0]
    assert (place.name, place.precision) == ("New York", "admin1")
