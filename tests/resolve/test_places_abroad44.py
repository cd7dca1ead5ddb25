"""Places that put events in the wrong town or country (round places44). Sentences and places
of our own: a headline read alone goes abroad, a short word borrows a far state's size, a
dateline is forgotten when the page's main country is judged or lends itself to another
kind of event."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article, Place
from fogofwar.resolve.gazetteer import Entry
from fogofwar.resolve.headline_places import _as_body_reads
from fogofwar.resolve.ranking import Signals
from fogofwar.resolve.strays import stray

LOUISIANA = Entry(geonameid=4331987, name="Louisiana", lat=31.0, lon=-92.0, fclass="A",
                  fcode="ADM1", country="US", admin1="LA", admin1_name="Louisiana",
                  population=4_500_000)
LUSAKA = Entry(geonameid=909137, name="Lusaka", lat=-15.4, lon=28.3, fclass="P",
               fcode="PPLC", country="ZM", admin1="09", admin1_name="Lusaka",
               population=1_267_440, alt_count=40)


def test_a_short_word_not_the_entry_name_borrows_no_size_abroad():
    # "La" and "Lun" read as codes of a far state and capital on a page set in Yemen
    about = frozenset({"YE"})
    assert stray(LOUISIANA, "La", "YE", about, Signals(about), about)
    assert stray(LUSAKA, "Lun", "YE", about, Signals(about), about)
    # written in full they keep their size and fame
    assert not stray(LOUISIANA, "Louisiana", "YE", about, Signals(about), about)
    assert not stray(LUSAKA, "Lusaka", "YE", about, Signals(about), about)


def test_a_short_word_abroad_on_a_page_with_no_main_country_is_judged_too():
    named = frozenset({"NE"})
    assert stray(LOUISIANA, "La", None, named | {"SY"}, Signals(named), named,
                 placed=named, settings=named)
    assert not stray(LOUISIANA, "Louisiana", None, named | {"SY"}, Signals(named), named,
                     placed=named, settings=named)


def _place(text, name, country, precision, start=0, role="location"):
    return Place(text=text, start=start, end=start + len(text), name=name, geonames_id=1,
                 country=country, precision=precision, role=role)


def test_a_headline_place_abroad_takes_the_body_reading_of_its_name():
    head = _place("Beni", "El Beni", "BOL", "admin1", start=14)
    body = [_place("Beni", "Beni", "COD", "town", start=40),
            _place("North Kivu", "Nord Kivu", "COD", "admin1", start=60)]
    got = _as_body_reads(head, body)
    assert (got.name, got.country, got.start, got.end) == ("Beni", "COD", 14, 18)


def test_a_headline_town_abroad_the_body_never_names_is_unplaced():
    head = _place("Marsa", "Marsa", "MLT", "town", start=20)
    body = [_place("Sirte", "Sirte", "LBY", "town", start=40)]
    got = _as_body_reads(head, body)
    assert got.name is None and got.country is None and got.text == "Marsa"


def test_a_headline_place_in_a_country_the_body_names_stays():
    head = _place("Kursk", "Kursk", "RUS", "town", start=5)
    body = [_place("Russia", "Russia", "RUS", "country", start=40, role="actor"),
            _place("Sumy", "Sumy", "UKR", "town", start=60)]
    assert _as_body_reads(head, body) == head
    # a country abroad is left as it is: whose army it is, often
    chad = _place("Chad", "Chad", "TCD", "country", start=0)
    assert _as_body_reads(chad, body) == chad


def _events(text: str):
    art = Article(id="d44", source="test", text=text, outlet="Test Wire")
    return analyse_batch([art])[0].events


def test_the_dateline_counts_when_the_page_main_country_is_judged():
    # the lead's toll is filed from the dateline's capital; the only later town is where
    # neighbours' leaders met, in another country: the lead must not go there
    text = ("Unrest toll\n\nLOME - A rights group in Togo said on Friday that about 300 people "
            "were killed in unrest that followed the disputed vote.\n\nRegional leaders met "
            "in Abuja on Saturday to discuss the crisis, officials said.")
    lead = [e for e in _events(text) if e.type in ("ASSAULT", "FIGHT")]
    assert lead and all(e.place is None or e.place.text != "Abuja" for e in lead)


def test_a_local_colon_dateline_still_places_the_act_it_opens():
    """A local paper's "Town:" dateline is most often where the act happened; dropping it
    left such acts unplaced and cost joins, so only the capitalised wire dateline is kept
    from lending its place."""
    text = ("Gunfight in the valley\n\nSrinagar: Security forces launched a search operation "
            "on Friday after a tip-off, police said. Two militants were killed in the gunfight "
            "that followed.")
    killed = [e for e in _events(text) if e.type == "FIGHT" and e.trigger_start > 30]
    assert killed and all(e.place is not None and e.place.text == "Srinagar" for e in killed)
