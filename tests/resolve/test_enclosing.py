"""Villages the gazetteer lacks, placed at the place the text puts them in (issue 12)."""

import pytest

from fogofwar.geodesy import distance_km
from fogofwar.resolve.actors import resolve_actors
from fogofwar.resolve.enclosing import AREA_KM, MAX_KM, _close, _reach
from fogofwar.resolve.places import resolve_places


def _located(nlp, text):
    doc = nlp(text)
    return {p.text: p for p in resolve_places(doc, resolve_actors(doc))}


@pytest.mark.parametrize(
    ("text", "village", "within", "country"),
    [
        ("Terrorists on Friday attacked the village of Marere, in the district of Mocimboa da "
         "Praia, in Mozambique.", "Marere", "Mocimboa da Praia", "MOZ"),  # the name whole
        ("Assailants attacked their barracks in Wadi al-Naft, about 25km west of the city of "
         "Kirkuk.", "Wadi al-Naft", "Kirkuk", "IRQ"),
        ("The attack on the outpost in Indelimane in the Menaka region left 15 troops dead.",
         "Indelimane", "Ménaka", "MLI"),
    ],
)
def test_unknown_village_takes_the_place_it_lies_in(nlp, text, village, within, country):
    found = _located(nlp, text)
    p = found[village]
    assert (p.within, p.country, p.name) == (within, country, village)
    area = next(q for q in found.values() if q.name == within and q.within is None)
    assert distance_km((p.lat, p.lon), (area.lat, area.lon)) < 1


def test_far_stated_distance_places_nothing(nlp):
    found = _located(nlp, "The convoy was attacked near Yogofongo village, more than 470 "
                          "kilometres east of the capital Bangui.")
    assert all(p.within != "Bangui" for p in found.values())


@pytest.mark.parametrize(
    ("gap", "close"),
    [(", in the ", True), (" village in ", True), (" area, ", True),
     (", in the district of ", True), (", about 25km west of the city of ", True),
     (f", {MAX_KM + 40:.0f} miles from ", False),
     (" and ", False), (" said the governor of ", False),
     # a copula or "located" may lead the preposition, never stand alone (issue 14)
     (", which is in ", True), (" is located near the town of ", True), (" is ", False),
     (", located 12 kilometers (7 miles) from the regional capital of ", True),
     # a kind word may name the place without "of"; an apposition names the village's kind;
     # an unstated short distance; a quotation mark closing the village's name
     (", 15 km (9 miles) northwest of the provincial capital ", True),
     (", a farming village near ", True), (", an area located a few kilometres away from ", True),
     ("” near the coastal town of ", True), (", a spokesman for ", False)],
)
def test_what_joins_a_village_to_its_place(gap, close):
    assert _close(gap) is close


def test_a_compass_word_may_lead_the_enclosing_area(nlp):
    found = _located(nlp, "UN monitors spoke with survivors in Hroza, in the northeastern "
                          "Kharkiv region.")
    p = found["Hroza"]
    assert p.country == "UKR" and p.within is not None and "Kharkiv" in p.within
    assert _close(", in the northeastern ")


@pytest.mark.parametrize(
    ("gap", "reach"),
    [(", about 90 km north of ", "area"), (" is located 80 kilometres (50 miles) from ", "area"),
     (f", {AREA_KM + 30:.0f} km east of ", None), (", 20 km from ", "point"),
     # miles convert: 70 miles is 113 km, beyond the near distance; the singular is a unit too
     (", some 70 miles west of ", "area"), (", 1 kilometre from ", "point")],
)
def test_a_far_stated_distance_reaches_the_area_not_the_point(gap, reach):
    assert _reach(gap) == reach


def test_beyond_the_near_distance_a_village_takes_the_town_s_province(nlp):
    found = _located(nlp, "Rebels shelled the village of Kalembiro, about 90 kilometres (56 "
                          "miles) north of Goma, the army said.")
    p = found["Kalembiro"]
    assert (p.country, p.precision, p.within) == ("COD", "admin1", "Nord-Kivu")


def test_a_village_placed_once_is_placed_at_every_mention(nlp):
    doc = nlp("Gunmen torched dozens of homes in Mbutaviro, which is in North Kivu province, "
              "on Sunday. The attack in Mbutaviro was the third this month.")
    villages = [p for p in resolve_places(doc, resolve_actors(doc)) if p.text == "Mbutaviro"]
    assert len(villages) == 2
    assert all((p.within, p.country) == ("Nord-Kivu", "COD") for p in villages)


def test_a_village_measured_from_a_capital_named_by_its_kind(nlp):
    found = _located(nlp, "Gunmen killed four farmers in the village of Tamsagu, 15 km (9 miles) "
                          "northwest of the state capital Maiduguri, on Sunday.")
    p = found["Tamsagu"]
    assert p.within == "Maiduguri" and p.country == "NGA"


def test_a_village_does_not_follow_a_namesake_abroad(nlp):
    # "Ndu" is an alternate name of Rundu (Namibia): in a report on Cameroon the village the
    # gazetteer lacks must not be placed there
    found = _located(nlp, "Cameroon said on Monday that soldiers burned houses in Mbokam "
                          "village, Ndu district, and that five people died.")
    village = next(p for t, p in found.items() if t.startswith("Mbokam"))
    assert (village.country, village.lat) == (None, None)


def test_a_village_in_a_named_country_is_still_placed(nlp):
    found = _located(nlp, "Mozambique said insurgents attacked the village of Marere, in the "
                          "district of Mocimboa da Praia.")
    assert (found["Marere"].within, found["Marere"].country) == ("Mocimboa da Praia", "MOZ")


def test_a_village_in_a_country_named_only_by_its_demonym_is_still_placed(nlp):
    # the article names another country (Turkey) as a country, and the enclosing place's
    # only by a demonym elsewhere ("Iraqi troops"): no namesake
    found = _located(nlp, "Turkey said its jets struck Wadi al-Naft, about 25km west of the "
                          "city of Kirkuk, where Iraqi troops later searched the ruins.")
    assert (found["Wadi al-Naft"].within, found["Wadi al-Naft"].country) == ("Kirkuk", "IRQ")


@pytest.mark.parametrize(
    ("gap", "close"),
    [(" al-Shaer in ", True), (" el-Hawa, near ", True), (" ash-Sharqi village in ", True),
     # the article must be lowercase and the word after it capitalised: no sentence words
     (" al-shaer in ", False), (" Al-Shaer in ", False), (" al-Shaer said ", False)],
)
def test_the_rest_of_a_name_cut_at_its_article_may_stand_before_the_place(gap, close):
    assert _close(gap) is close


@pytest.mark.parametrize(
    ("text", "village"),
    [("Fighting spread across Sudan this week. The fighters attacked the village of Wad "
      "al-Shaer in Gezira state on Wednesday, activists said.", "Wad"),
     ("Fighting spread across Sudan this week. Gunmen stormed the farming village of Kafr "
      "al-Tamar in Gezira state on Tuesday, residents said.", "Kafr")],
)
def test_a_village_the_model_cut_at_its_article_is_placed_in_its_area(nlp, text, village):
    p = _located(nlp, text)[village]
    assert (p.within, p.country, p.precision) == ("Gezira", "SDN", "admin1")


@pytest.mark.parametrize(
    ("text", "village", "district"),
    [
        ("The raid hit Lomuri village in Kawende district of Nangarhar province.", "Lomuri",
         "Kawende"),
    ],
)
def test_unknown_village_in_unknown_district_takes_the_districts_place(nlp, text, village,
                                                                        district):
    found = _located(nlp, text)
    d, v = found[district], found[village]
    assert d.within is not None and d.lat is not None
    assert (v.within, v.lat, v.lon, v.name) == (d.within, d.lat, d.lon, village)


@pytest.mark.parametrize(
    ("gap", "close"),
    [(", approximately 30 km north of ", True), (", located approximately 20km east of ", True),
     (", some 15 kilometres outside of ", True), (" village, 40 km outside ", True),
     (" (in the ", True), (" (", True), (" (Reuters) said ", False),
     (", approximately 300 km south of ", False)],
)
def test_approximate_distances_outside_and_brackets_join(gap, close):
    assert _close(gap) is close


def test_a_bare_compass_word_in_brackets_encloses_nothing(nlp):
    from fogofwar.resolve import gazetteer
    from fogofwar.resolve.enclosing import enclosing

    doc = nlp("Shells fell on Zorvanu (south) and on Zorvanu (Kharkiv) overnight.")
    text = doc.text
    starts = [text.index("Zorvanu"), text.index("south"), text.rindex("Zorvanu"),
              text.index("Kharkiv")]
    spans = [doc.char_span(s, s + n) for s, n in zip(starts, (7, 5, 7, 7), strict=True)]
    area = next(e for e, _ in gazetteer.candidates("Kharkiv") if e.fclass == "A")
    chosen = [None, area, None, area]  # as if the model had read "south" as an area
    assert enclosing(spans, chosen, 0) is None
    assert enclosing(spans, chosen, 2) == 3


@pytest.mark.parametrize(
    ("gap", "close"),
    [(" territory, ", True), (" territory, said the governor of ", False),
     (", a locality near the town of ", True), (" commune, in ", True), (" woreda, ", True),
     (" territory and ", False)],
)
def test_area_words_join_a_village_to_its_area(gap, close):
    assert _close(gap) is close


# Round incidents24: an apposition may give a settlement's size before the area it lies in.
def test_a_sized_apposition_still_joins_a_village_to_its_area():
    assert _reach(", a farming town of about 8,000 residents in the ") == "point"
    assert _reach(", a village of 300 families near ") == "point"
    # a count of something else is no size of the place
    assert _reach(", a town of 30 soldiers in the ") is None
