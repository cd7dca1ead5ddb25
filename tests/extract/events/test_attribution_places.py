"""An event's place is where it happened, not where its claimant sits (issue 14)."""

from __future__ import annotations

from fogofwar.extract import extract_claims, extract_events
from fogofwar.records import Place

from ..conftest import article
from .test_events import annotate

CAPITALS = {"Damascus", "Ankara"}


def _events(nlp, text, precision=None):
    doc = nlp(text)
    art = article(text)
    mentions, places, dates = annotate(text)
    places = [Place(p.text, p.start, p.end, name=p.name, country=p.country,
                    precision=precision or p.precision,
                    feature_code="PPLC" if p.text in CAPITALS else "PPL") for p in places]
    claims = extract_claims(doc, art, mentions)
    return extract_events(doc, art, claims, mentions, places, dates)


def _place_of(events, trigger):
    ev = next(e for e in events if e.trigger == trigger)
    return ev.place.text if ev.place else None


def test_the_capital_of_the_claimants_is_not_where_the_strike_fell(nlp):
    text = ("Rescuers worked through the night in Saraqib. A missile struck the cafe and killed "
            "52 people, according to officials in Damascus.")
    assert _place_of(_events(nlp, text), "struck") == "Saraqib"


def test_a_based_monitor_is_not_where_the_strike_fell(nlp):
    text = ("Rescuers worked through the night in Saraqib. A missile struck the cafe and killed "
            "52 people, the Aleppo-based monitor said.")
    assert _place_of(_events(nlp, text), "struck") == "Saraqib"


def test_the_claimants_city_stays_when_the_text_names_no_other(nlp):
    text = "A missile struck the cafe and killed 52 people, according to officials in Damascus."
    assert _place_of(_events(nlp, text), "struck") == "Damascus"


def test_a_regional_officials_area_stays_the_events_place(nlp):
    text = ("Rescuers worked through the night in Saraqib. A missile struck the cafe and killed "
            "52 people, according to officials in Idlib.")
    assert _place_of(_events(nlp, text), "struck") == "Idlib"


def test_a_placeless_event_takes_the_one_town_the_story_named(nlp):
    text = ("Investigators spoke with survivors in Saraqib on Monday.\n"
            "A Russian missile strike killed 52 people at the cafe.")
    events = _events(nlp, text, precision="town")
    placed = [e.place.text for e in events if e.place is not None]
    assert placed and set(placed) == {"Saraqib"}


def test_two_towns_named_leave_a_placeless_event_unplaced(nlp):
    text = ("Investigators spoke with survivors in Saraqib and in Idlib on Monday.\n"
            "A Russian missile strike killed 52 people at the cafe.")
    events = _events(nlp, text, precision="town")
    assert all(e.place is None for e in events if e.trigger == "killed")


def test_the_capital_a_relay_was_told_in_is_not_where_the_strike_fell(nlp):
    text = ("Rescuers worked through the night in Saraqib. A missile struck the cafe and killed "
            "52 people, a colonel told Reuters in Ankara by phone.")
    assert _place_of(_events(nlp, text), "struck") == "Saraqib"


def test_a_seat_abroad_lends_no_place_when_the_page_is_about_another_country(nlp):
    # the only place of the sentence is the capital abroad the speaker was reached in; the
    # page names another country's town only
    text = ("Four shepherds were killed on Monday, a colonel told Reuters in Ankara by phone.\n"
            "Aid convoys left Aleppo on Tuesday.")
    assert _place_of(_events(nlp, text), "killed") is None


def test_a_seat_at_home_still_stands_in(nlp):
    # the page names the seat's country again (Aleppo, later): the seat may stand in
    text = ("Four shepherds were killed on Monday, a colonel told Reuters in Damascus by phone.\n"
            "Aid convoys left Aleppo on Tuesday.")
    assert _place_of(_events(nlp, text), "killed") == "Damascus"


def test_a_seat_in_the_country_of_an_actor_the_page_names_stands_in(nlp):
    # no location of the page lies in Turkey, but a Turkish actor is named: no seat abroad
    text = ("Four shepherds were killed on Monday, a colonel told Reuters in Ankara by phone.\n"
            "Aid convoys left Aleppo on Tuesday as Turkish soldiers watched.")
    assert _place_of(_events(nlp, text), "killed") == "Ankara"
