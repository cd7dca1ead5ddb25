"""Actor mentions from seed sentences: pack actors, titled persons, capitals as actors."""

import pytest

from fogofwar.resolve.actors import lookup_actor, resolve_actors


def _find(nlp, sentence, text):
    found = [m for m in resolve_actors(nlp(sentence)) if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in resolve_actors(nlp(sentence))]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "actor_id", "country", "sector", "side"),
    [
        # Kupschishin: Russian general (pack person)
        ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 "
         "Jabhat al-Nusra fighters were a part of the build-up in western Syria.",
         "Russian Maj. Gen. Viktor Kupschishin", "kupschishin", "RUS", "MIL", "russia"),
        # TASS: Russian state media
        ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 "
         "Jabhat al-Nusra fighters were a part of the build-up in western Syria.",
         "TASS", "tass", "RUS", "MED", "russia"),
        # Jabhat al-Nusra: jihadist
        ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 "
         "Jabhat al-Nusra fighters were a part of the build-up in western Syria.",
         "Jabhat al-Nusra", "nusra", "SYR", "REB", "jihadist"),
        # the Turkish Defense Ministry
        ("“Five of our troops were killed and five others were injured in the shelling by the "
         "Syrian regime,” the Turkish Defense Ministry said on Monday.",
         "Turkish Defense Ministry", "tur_mod", "TUR", "MIL", "turkey"),
        # Hayat Tahrir al-Sham: jihadist
        ("Amid the ongoing Russian-Syrian military offensive to liberate Idlib province from the "
         "al-Qaeda linked Hayat Tahrir al-Sham, suburbs near Aleppo have been scene of intense "
         "fighting in recent days.", "Hayat Tahrir al-Sham", "hts", "SYR", "REB", "jihadist"),
        # Turkish-backed Syrian rebels: opposition
        ("Turkish-backed Syrian rebels have in recent days and weeks mounted new insurgent "
         "attacks on the outskirts of the provincial capital city.",
         "Turkish-backed Syrian rebels", "opp_tr_backed", "SYR", "REB", "opposition"),
        # Erdogan, full name
        ("Turkey resumed talks with a Russian delegation in Ankara on Monday, Foreign Minister "
         "Mevlut Cavusoglu said, adding that President Recep Tayyip Erdogan and Russia’s "
         "Vladimir Putin may meet if no deal can be reached",
         "President Recep Tayyip Erdogan", "erdogan", "TUR", "GOV", "turkey"),
        # Cavusoglu, titled
        ("Turkey resumed talks with a Russian delegation in Ankara on Monday, Foreign Minister "
         "Mevlut Cavusoglu said.", "Foreign Minister Mevlut Cavusoglu", "cavusoglu", "TUR",
         "GOV", "turkey"),
        # Peskov, after "Kremlin spokesman"
        ("Kremlin spokesman Dmitry Peskov responded to Erdogan’s charge by pointing out Idlib is "
         "a haven for terrorists.", "spokesman Dmitry Peskov", "peskov", "RUS", "GOV", "russia"),
        # Nebenzia, Russian UN envoy
        ("Russia’s UN envoy Vassily Nebenzia told the UN Security Council on Wednesday.",
         "envoy Vassily Nebenzia", "nebenzia", "RUS", "GOV", "russia"),
        # DiCarlo, UN official
        ("Earlier this month, UN head of Political and Peacebuilding Affairs Rosemary DiCarlo "
         "warned of the situation in Idlib.", "Rosemary DiCarlo", "dicarlo", None, "IGO", "un"),
        # generic "terrorists": side opposition_or_jihadist (see syria2020.yaml)
        ("Kremlin spokesman Dmitry Peskov responded to Erdogan’s charge by pointing out Idlib is "
         "a haven for terrorists.", "terrorists", "militants", None, "REB",
         "opposition_or_jihadist"),
        # misspelt full name resolves by surname
        ("Recept Tayip Erdogan spearheaded the choir of threats on February 12.",
         "Recept Tayip Erdogan", "erdogan", "TUR", "GOV", "turkey"),
    ],
)
def test_pack_actors(nlp, sentence, text, actor_id, country, sector, side):
    m = _find(nlp, sentence, text)
    assert (m.actor_id, m.country, m.sector, m.side) == (actor_id, country, sector, side)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("sentence", "text", "actor_id"),
    [
        # Ankara as subject of "has sent": the Turkish government
        ("Reuters reported it was told by senior opposition and rebel sources on Saturday that "
         "Ankara has sent fresh supplies ahead of an expected Russian-backed offensive.",
         "Ankara", "tur"),
        # Damascus as subject of "has vowed": the Syrian government
        ("A key reason Damascus has vowed to retake every inch of Idlib is that for years "
         "al-Qaeda has launched terrorist attacks on suburbs of Aleppo.", "Damascus", "syr"),
        # Moscow as subject of "said"
        ("The casualties could have been avoided if Ankara properly notified Damascus, "
         "Moscow said.", "Moscow", "rus"),
        # "Damascus troops": a force noun after the capital
        ("Ankara was expected to use its influence on anti-government militants to prevent "
         "fighting with Damascus troops.", "Damascus troops", "syr_army"),
    ],
)
def test_capital_as_actor(nlp, sentence, text, actor_id):
    assert _find(nlp, sentence, text).actor_id == actor_id


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # "in Ankara" is where talks happened, not the government
        ("Turkey resumed talks with a Russian delegation in Ankara on Monday.", "Ankara"),
        # "airstrikes on Damascus": a target location
        ("Late on February 13, the Israeli Air Force carried out a new wave of airstrikes on "
         "Damascus targeting the city’s international airport.", "Damascus"),
        # "in western Syria": a country as location
        ("Nearly 1,000 Jabhat al-Nusra fighters were a part of the build-up in western Syria.",
         "Syria"),
    ],
)
def test_place_uses_are_not_actors(nlp, sentence, text):
    assert text not in {m.text for m in resolve_actors(nlp(sentence))}


def test_unknown_titled_person_takes_country_and_sector_from_title(nlp):
    # a person not in the packs: country from the demonym, sector from the military title
    m = _find(nlp, "Russian Maj. Gen. Igor Petrov told TASS that the talks failed.",
              "Russian Maj. Gen. Igor Petrov")
    assert (m.actor_id, m.country, m.sector, m.side) == (None, "RUS", "MIL", "russia")


def test_demonym_before_force_noun_is_a_military_actor(nlp):
    # no pack alias for "Israeli soldiers": demonym + force noun gives ISR, MIL, side israel
    m = _find(nlp, "Two Israeli soldiers were wounded near the border.", "Israeli soldiers")
    assert (m.country, m.sector, m.side) == ("ISR", "MIL", "israel")


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("TASS", "tass"),                                   # bare acronym
        ("the Turkish Defense Ministry", "tur_mod"),        # leading article
        ("Daily Sabah", "daily_sabah"),                     # outlet name
        ("Turkey’s state-run Anadolu Agency", None),        # not a bare name
    ],
)
def test_lookup_actor(text, actor_id):
    m = lookup_actor(text)
    assert (m.actor_id if m else None) == actor_id
    if m:
        assert (m.start, m.end) == (0, 0)


def test_generic_phrase_of_a_country_the_page_never_names_is_not_that_country(nlp):
    # "government forces" is the Syrian army in the Syria pack, but only on a page naming Syria.
    elsewhere = "Government forces shelled a market in the north of Chad on Monday, officials said."
    assert all(m.actor_id != "syr_army" for m in resolve_actors(nlp(elsewhere)))
    syria = "Government forces shelled a market near Idlib in Syria on Monday, officials said."
    assert _find(nlp, syria, "Government forces").actor_id == "syr_army"
