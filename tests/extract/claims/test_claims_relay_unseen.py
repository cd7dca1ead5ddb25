"""Relay phrasings the rules had not seen (issue 11, round c426-c433 of
bench/data/conflict/README.md): "informed Reuters that …" as "told Reuters", a medium cited by
the verb that frames another speaker's statement ("…, BTA noted, referring to AFP"), a
statement released by a medium, a medium named both in a dateline credit and in the words of
the sentence ("BANGUI (AFP) — …, their families told AFP"), and a framing medium the parser
joined to a list before it. Each text was written for these tests and goes through the whole
pipeline as an article of the fictional "Daily Sun"."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims.credits import credit_only_relays

from .helpers import claims_on, exported_claims

OUTLET = "Daily Sun"

TEXTS = {
    "informed": ("District police chief Omar Rauf informed Reuters that five attackers were "
                 "killed at the compound. The attackers killed three guards, he said."),
    "briefed_reporters": ("The district police chief briefed reporters that five attackers "
                          "were killed at the compound."),
    "referring_to_medium": ("Moldavia reported a sharp increase in shelling on its border "
                            "areas, Agerpres noted, referring to AFP."),
    "citing_medium": ("Moldavia reported a sharp increase in shelling on its border areas, "
                      "Agerpres noted, citing AFP."),
    "referring_to_topic": ("The minister said, referring to Moldavia, that 40 soldiers had "
                           "been captured near the river."),
    "citing_sources": "Eight soldiers were killed, Reuters reported, citing security sources.",
    "released_by_medium": ("On Friday, in a statement released by the state news agency "
                           "Khovar, the government said that 12 soldiers had been wounded."),
    "issued_by_army": ("In a statement issued by the army, the ministry said that 12 soldiers "
                       "had been wounded."),
    "dateline_and_told": (
        "BANGUI (AFP) — At least 13 soldiers were killed in an ambush by rebels, their "
        "families told AFP on Wednesday.\n\nAccording to the families, the soldiers were on "
        "their way back to the town when they were ambushed."),
    "dateline_only": ("KABUL (AP) — Police said five people were killed in the blast.\n\n"
                      "The police said 12 others were wounded."),
    "contacted_by": "A police spokesman contacted by AFP said 12 people were killed.",
    "reached_by": "The mayor, reached by Reuters by telephone, said 12 people were killed.",
    "when_contacted": "The mayor said 12 people were killed when contacted by Reuters.",
    "approached_by_army": "A villager approached by the army said 12 people were killed.",
    "said_quoted_by": "Twelve soldiers were killed, Colonel Ivan Petrov said, quoted by Interfax.",
    "interview_aired": ("The mayor said, in an interview aired by Al Jazeera, that 12 people "
                        "were killed."),
    "post_quoted_by": ("The governor said in a Telegram post, quoted by RIA Novosti, that 12 "
                       "people were killed."),
    "video_posted_by_medium": ("The commander said in a video posted by the Amaq agency that "
                               "40 soldiers were killed."),
    "video_posted_by_army": ("The commander said in a video posted by the army that 40 "
                             "soldiers were killed."),
    "journalists_from": "The mayor told journalists from Reuters that 12 people were killed.",
    "conference_broadcast": ("The mayor told a news conference broadcast by state television "
                             "that 12 people were killed."),
    "pro_kremlin_media": "The governor told pro-Kremlin media that 12 people were killed.",
    "website_of_medium": ("The army said in a statement on the website of the Saba news agency "
                          "that 12 soldiers were killed."),
    "dateline_told_same_wire": ("KABUL, Afghanistan (AP) — Twelve people were killed, the "
                                "governor told The Associated Press."),
    "photographer": "An AFP photographer at the scene said 12 bodies lay in the street.",
    "said_to_reporter": "The governor said to a Reuters reporter that 12 people were killed.",
    "conversation_with": ("In a telephone conversation with Xinhua, the governor said 12 "
                          "people were killed."),
    "citing_police": "Twelve soldiers were killed, Alsumaria reported, citing the police.",
    "tally_of_figures": ("At least 40 fighters had been killed, according to a Reuters tally "
                         "of official figures."),
    "told_agency_by_name": ("The minister told state news agency KUNA that 12 soldiers were "
                            "killed."),
    "statement_to_agency_by_name": ("The minister said in a statement to the official news "
                                    "agency IRNA that 12 soldiers were killed."),
    "quoted_in_daily": ("The governor was quoted in the Kommersant daily as saying that 12 "
                        "people were killed."),
    "frame_after_list": (
        "Moldavia, which sealed the border in March, reported in the middle of this month a "
        "sharp increase in shelling on its border areas - primarily Cahul, but also Ungheni "
        "and Soroca, Agerpres noted, referring to AFP."),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return exported_claims(tmp_path_factory.mktemp("unseen"), TEXTS, OUTLET)


def test_informed_names_who_heard_like_told(exported):
    claims = exported["informed"]
    assert claims_on(claims, "five attackers")[0]["chain"] == ["Omar Rauf", "Reuters", OUTLET]
    # the speaker's later words keep the medium he informed
    assert claims_on(claims, "three guards")[0]["chain"] == ["Omar Rauf", "Reuters", OUTLET]


def test_briefed_reporters_is_an_audience(exported):
    (claim,) = claims_on(exported["briefed_reporters"], "five attackers")
    assert claim["chain"] == ["district police chief", OUTLET]


@pytest.mark.parametrize("key", ["referring_to_medium", "citing_medium", "frame_after_list"])
def test_a_medium_cited_by_a_frame_passed_the_statementclaims_on(exported, key):
    (claim,) = claims_on(exported[key], "sharp increase")
    assert claim["chain"] == ["Moldavia", "AFP", "Agerpres", OUTLET]


def test_referring_to_a_country_is_a_topic(exported):
    (claim,) = claims_on(exported["referring_to_topic"], "40 soldiers")
    assert claim["chain"] == ["minister", OUTLET]


def test_a_cited_source_still_speaks_first(exported):
    (claim,) = claims_on(exported["citing_sources"], "Eight soldiers")
    assert claim["chain"] == ["security sources", "Reuters", OUTLET]


def test_a_statement_released_by_a_medium_is_relayed(exported):
    (claim,) = claims_on(exported["released_by_medium"], "12 soldiers")
    assert claim["chain"] == ["government", "Khovar", OUTLET]


def test_a_statement_issued_by_the_army_names_its_author(exported):
    (claim,) = claims_on(exported["issued_by_army"], "12 soldiers")
    assert claim["chain"] == ["ministry", OUTLET]


def test_a_medium_told_in_a_credited_sentence_is_carried(exported):
    claims = exported["dateline_and_told"]
    assert claims_on(claims, "13 soldiers")[0]["chain"] == ["their families", "AFP", OUTLET]
    assert claims_on(claims, "way back")[0]["chain"] == ["families", "AFP", OUTLET]


def test_a_dateline_credit_alone_is_still_not_carried(exported):
    claims = exported["dateline_only"]
    assert claims_on(claims, "five people")[0]["chain"] == ["Police", "AP", OUTLET]
    assert claims_on(claims, "12 others")[0]["chain"] == ["police", OUTLET]


@pytest.mark.parametrize(("text", "relays"), [
    ("BANGUI (AFP) — Nine died, their families told AFP.", []),
    ("BANGUI (AFP) — Nine died, their families said.", ["AFP"]),
    ("BANGUI (AFP) — Nine died, a witness told Radio Ndeke Luka.", ["AFP"]),
    ("Nine died, the mayor told AFP. (AFP)", []),
])
def test_credit_only_relays(text, relays):
    start = text.index("Nine")
    assert credit_only_relays(text, start, len(text), "Daily Sun") == relays


@pytest.mark.parametrize(("key", "words", "chain"), [
    ("contacted_by", "12 people", ["police spokesman", "AFP"]),
    ("reached_by", "12 people", ["mayor", "Reuters"]),
    ("when_contacted", "12 people", ["mayor", "Reuters"]),
    ("approached_by_army", "12 people", ["villager"]),
    ("said_quoted_by", "Twelve soldiers", ["Colonel Ivan Petrov", "Interfax"]),
    ("interview_aired", "12 people", ["mayor", "Al Jazeera"]),
    ("post_quoted_by", "12 people", ["governor", "RIA Novosti"]),
    ("video_posted_by_medium", "40 soldiers", ["commander", "Amaq agency"]),
    ("video_posted_by_army", "40 soldiers", ["commander"]),
    ("journalists_from", "12 people", ["mayor", "Reuters"]),
    ("conference_broadcast", "12 people", ["mayor", "state television"]),
    ("pro_kremlin_media", "12 people", ["governor", "pro-Kremlin media"]),
    ("website_of_medium", "12 soldiers", ["army", "Saba News Agency"]),
    ("dateline_told_same_wire", "Twelve people", ["governor", "Associated Press"]),
    ("photographer", "12 bodies", ["AFP photographer", "AFP"]),
    ("said_to_reporter", "12 people", ["governor", "Reuters"]),
    ("conversation_with", "12 people", ["governor", "Xinhua"]),
    ("citing_police", "Twelve soldiers", ["police", "Alsumaria"]),
    ("tally_of_figures", "40 fighters", ["official figures", "Reuters"]),
    ("told_agency_by_name", "12 soldiers", ["minister", "KUNA"]),
    ("statement_to_agency_by_name", "12 soldiers", ["minister", "IRNA"]),
    ("quoted_in_daily", "12 people", ["governor", "Kommersant"]),
])
def test_relay_forms(exported, key, words, chain):
    """A medium that sought the speaker out, carried the words, or whose audience or platform
    heard them relays them; the army, a speaker's own post and a wire named twice do not add a
    link."""
    (claim,) = claims_on(exported[key], words)
    assert claim["chain"] == [*chain, OUTLET]
