"""A headline's place the entity model missed, taken from the body's resolved locations."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.annotate import annotate
from fogofwar.records import Article, Place
from fogofwar.resolve.headline_places import headline_places

BODY = ("At least 12 people were killed when a rocket hit a bus station in Kharkiv on "
        "Tuesday, regional officials said. Rescue teams in Kharkiv were still searching the "
        "rubble late in the evening.")
KHARKIV = Place(text="Kharkiv", start=120, end=127, name="Kharkiv", geonames_id=706483,
                country="UKR", precision="town")


def _title_events(title: str, body: str = BODY):
    art = Article(id="h", source="test", title=title, text=body, outlet="Test Wire")
    return [e for e in analyse_batch([art])[0].events if e.in_title]


def test_a_headline_takes_the_town_its_body_resolved():
    title = "Dozens dead in rocket strike on Kharkiv"
    placed = [e.place for e in _title_events(title)]
    assert placed and all(p is not None and p.name == "Kharkiv" and p.precision == "town"
                          for p in placed)
    assert title[placed[0].start:placed[0].end] == "Kharkiv"  # offsets into the headline


def test_a_town_the_body_does_not_name_is_not_invented():
    body = BODY.replace("Kharkiv", "the city")
    assert all(e.place is None for e in _title_events("Dozens dead in rocket strike on Kharkiv",
                                                       body))


def test_the_headline_run_takes_the_body_place_at_its_own_offsets():
    doc = list(annotate(["Twelve dead after shelling hits kharkiv market"]))[0]
    found = headline_places(doc, [], [], [KHARKIV])
    assert [(p.text, p.start, p.name) for p in found] == [("kharkiv", 32, "Kharkiv")]


def test_a_headline_subject_or_a_country_is_no_place():
    """A town that acts in the headline ("Kharkiv mourns ...") is who, not where; a bare
    country is most often whose army or government it is."""
    doc = list(annotate(["Kharkiv mourns twelve dead"]))[0]
    assert headline_places(doc, [], [], [KHARKIV]) == []
    ukraine = Place(text="Ukraine", start=5, end=12, name="Ukraine", geonames_id=690791,
                    country="UKR", precision="country")
    doc = list(annotate(["Twelve dead after shelling in Ukraine"]))[0]
    assert headline_places(doc, [], [], [ukraine]) == []


def test_a_run_the_headline_already_reads_is_left_alone():
    doc = list(annotate(["Twelve dead after shelling in Kharkiv"]))[0]
    own = Place(text="Kharkiv", start=30, end=37, name="Kharkiv", geonames_id=706483,
                country="UKR", precision="town", role="actor")
    assert headline_places(doc, [own], [], [KHARKIV]) == [own]


# --- a country the headline reads as an actor, qualifying where the event was ------------------

def _country(text: str, name: str, iso3: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=iso3,
                 precision="country", role="actor")


def test_a_country_qualifying_the_noun_after_in_is_the_headline_s_location():
    town = Place(text="Mopti", start=40, end=45, name="Mopti", geonames_id=1, country="MLI",
                 precision="town")
    for title in ("Nine soldiers killed in Mali militant attack",
                  "Gunmen kill nine villagers in Mali's centre"):
        doc = list(annotate([title]))[0]
        found = headline_places(doc, [_country(title, "Mali", "MLI")], [], [town])
        assert [(p.text, p.role) for p in found] == [("Mali", "location")], title


def test_a_country_stays_an_actor_when_the_body_places_the_event_elsewhere_or_nowhere():
    title = "Nine soldiers killed in Mali militant attack"
    doc = list(annotate([title]))[0]
    abroad = Place(text="Niamey", start=40, end=46, name="Niamey", geonames_id=2,
                   country="NER", precision="town")
    for body in ([abroad], []):
        found = headline_places(doc, [_country(title, "Mali", "MLI")], [], body)
        assert [p.role for p in found] == ["actor"]
    # a country that is the subject acts ("Mali ambush kills nine": whose ambush)
    title = "Mali ambush kills nine rebels"
    doc = list(annotate([title]))[0]
    town = Place(text="Mopti", start=40, end=45, name="Mopti", geonames_id=1, country="MLI",
                 precision="town")
    assert [p.role for p in headline_places(doc, [_country(title, "Mali", "MLI")], [],
                                            [town])] == ["actor"]


def test_a_country_s_possessive_before_a_town_leaves_the_town_the_place():
    title = "Shells kill nine in Mali's Mopti"
    doc = list(annotate([title]))[0]
    town = Place(text="Mopti", start=40, end=45, name="Mopti", geonames_id=1, country="MLI",
                 precision="town")
    found = headline_places(doc, [_country(title, "Mali", "MLI")], [], [town])
    assert [(p.text, p.role) for p in found] == [("Mali", "actor"), ("Mopti", "location")]
