"""Actors the wider packs bring in (issue 5): every state, more media and IGOs, unknown
actors keeping the country a demonym gives."""

import pytest

from fogofwar.resolve.actors import resolve_actors

from .conftest import mentions_by_text


@pytest.mark.parametrize(
    ("sentence", "text", "actor_id", "country", "sector", "side"),
    [
        # seed sentence: US (state), NATO (IGO) and Turkey (state) as actors
        ("The US and NATO vowed to support Turkey, but so far they have limited this support "
         "to public encouragement for further military actions in Idlib.",
         "US", "usa", "USA", "GOV", "usa"),
        ("The US and NATO vowed to support Turkey, but so far they have limited this support "
         "to public encouragement for further military actions in Idlib.",
         "NATO", "nato", None, "IGO", None),
        # a state outside the conflict pack: country, no side
        ("Pakistan said its ambassador was summoned, according to the Daily Sabah.",
         "Pakistan", "pak", "PAK", "GOV", None),
        # pro-government Turkish daily takes Turkey's side
        ("Pakistan said its ambassador was summoned, according to the Daily Sabah.",
         "Daily Sabah", "daily_sabah", "TUR", "MED", "turkey"),
        # Chinese state agency
        ("Lebanese Prime Minister Saad Hariri met Chinese diplomats, Xinhua reported.",
         "Xinhua", "xinhua", "CHN", "MED", None),
        # ISIL alias of the Islamic State
        ("Coalition aircraft struck an ISIL tactical unit near Mosul.",
         "ISIL", "isis", None, "REB", "jihadist"),
        # Hezbollah fights on the government side in this conflict
        ("Hezbollah fighters joined the offensive south of Aleppo.",
         "Hezbollah fighters", "hezbollah", "LBN", "REB", "syria_gov"),
    ],
)
def test_wider_pack_actors(nlp, sentence, text, actor_id, country, sector, side):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.actor_id, m.country, m.sector, m.side) == (actor_id, country, sector, side)


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector", "side"),
    [
        # demonym, then a lowercase modifier, then the force noun
        ("Iraqi security forces struck a tactical unit near Mosul.",
         "Iraqi security forces", "IRQ", "MIL", None),
        # Russian demonym: the side comes from the conflict's state_sides
        ("Russian special forces landed near Saraqib.",
         "Russian special forces", "RUS", "MIL", "russia"),
        # an unknown person: country from the demonym, sector from the title
        ("Lebanese Prime Minister Saad Hariri met Chinese diplomats, Xinhua reported.",
         "Lebanese Prime Minister Saad Hariri", "LBN", "GOV", None),
    ],
)
def test_unknown_actors_keep_demonym_country(nlp, sentence, text, country, sector, side):
    m = mentions_by_text(nlp, sentence)[text]
    assert (m.actor_id, m.country, m.sector, m.side) == (None, country, sector, side)


def test_unknown_organisation_takes_country_from_demonym_inside_it(nlp):
    # spaCy tags the whole name as ORG; its demonym gives the country
    found = [m for m in resolve_actors(nlp("The Iraqi Security Forces said the attack failed."))
             if "Iraqi Security Forces" in m.text]
    assert found and found[0].actor_id is None and found[0].country == "IRQ"


@pytest.mark.parametrize(
    ("sentence", "text", "is_actor"),
    [
        # subject: the state acts
        ("Syria has accused Israel of bombarding an area west of Damascus.", "Syria", True),
        # object of the verb: acted on, still the state
        ("Syria has accused Israel of bombarding an area west of Damascus.", "Israel", True),
        # second conjunct after a locative preposition: a place like the first
        ("ISIL fighters remain in Iraq and Syria.", "Syria", False),
        # object of a preposition under a noun: where people come from, a place
        ("Thousands of refugees from Iraq crossed the border.", "Iraq", False),
        # partner preposition under a noun: the state is a party to the talks
        ("Talks with Russia resumed in Ankara on Monday.", "Russia", True),
    ],
)
def test_state_as_actor_or_place(nlp, sentence, text, is_actor):
    assert (text in mentions_by_text(nlp, sentence)) is is_actor


def test_plural_demonym_is_a_people_without_side(nlp):
    # "Syrians" names the people: country SYR, but neither the government's sector nor side
    m = mentions_by_text(nlp, "Syrians fled north as the fighting spread.")["Syrians"]
    assert (m.actor_id, m.country, m.sector, m.side) == (None, "SYR", None, None)


def test_state_alias_template_gives_government_of(nlp):
    # "the Government of Iraq": a template alias every state gets
    m = mentions_by_text(nlp, "The Government of Iraq asked the Coalition for support.")
    assert m["Government of Iraq"].actor_id == "irq"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # issue 14 report fault: "Zelensky" had no side, the text naming no "Ukrainian" beside it
        ("\u201cThe death toll can still increase,\u201d Zelensky said.", "Zelensky"),
        ("At least 22 people were killed, President Zelensky told the nation.",
         "President Zelensky"),
        ("Ukrainian President Volodymyr Zelenskyy said 15 people were killed.",
         "Ukrainian President Volodymyr Zelenskyy"),
    ],
)
def test_a_head_of_state_by_name_alone_takes_his_state(nlp, sentence, text):
    from fogofwar.reconcile.claimant_sides import mention_side

    m = mentions_by_text(nlp, sentence)[text]
    assert (m.country, m.sector) == ("UKR", "GOV")
    assert mention_side({"country": m.country, "sector": m.sector, "side": m.side,
                         "text": m.text, "actor_id": m.actor_id}) == "ukr"
