"""Relayed attribution on wire copy from any conflict (issue 11): signed headlines, datelines
in capitals, media a statement went out through or was carried by, and who "it" or "the
newsheet" points back to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims
from fogofwar.extract.claims.credits import dateline_relays
from fogofwar.records import Figure

from ..conftest import article


def _cued(nlp, text, figures=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), [], list(figures))
            if not c.narrator]


@pytest.mark.parametrize("headline, signer", [
    ("Airstrikes kill 21 civilians in the north: monitor", "monitor"),
    ("Security forces kill 11 suspected militants in the desert – report", "report"),
    ("Four civilians killed in shelling on the border town - regional governor",
     "regional governor"),
    ("Two civilians killed in the city as a result of shelling — mayor", "mayor"),
])
def test_signed_headline_is_the_signers_claim(nlp, headline, signer):
    text = f"{headline}\n\nThe strikes hit the market at dawn."
    claims = _cued(nlp, text)
    assert [c.claimant.text for c in claims] == [signer]
    assert claims[0].sentence.startswith(headline.split()[0])


@pytest.mark.parametrize("headline", [
    "Fighting rages across the northern front: live updates",
    "Shelling hit the port overnight, killing several dockers.",  # a sentence, not a headline
])
def test_lines_that_are_not_signed_headlines(nlp, headline):
    assert _cued(nlp, f"{headline}\n\nThe strikes hit the market at dawn.") == []


def test_capitalised_dateline_is_no_speaker(nlp):
    text = ("BANGKOK: Five rangers were killed and one other wounded in an ambush, local "
            "police said Friday.")
    (claim,) = _cued(nlp, text)
    assert claim.claimant.text == "local police"


def test_transcript_label_stays_the_speaker(nlp):
    text = "SANDERS: We will win this race, and Clinton said so."
    (claim,) = _cued(nlp, text)
    assert claim.claimant.text == "SANDERS"


def test_claimed_lives_is_no_report(nlp):
    text = "The rebellion has claimed more than 5,500 lives, police said."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["police", "Daily Sun"]


def test_via_a_news_agency_relays_the_claim(nlp):
    text = ("The Islamic State group claimed responsibility for the attack via its Amaq news "
            "agency later on Saturday.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0] == "Islamic State group"
    assert "Amaq" in claim.chain[1]


def test_via_a_place_is_no_relay(nlp):
    text = "He said he travelled via Istanbul to meet the envoy."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["He", "Daily Sun"]


def test_posts_on_a_platform_speak_themselves(nlp):
    text = ("The statement gave no place for the strike, although posts on Twitter "
            "claimed it hit a depot.")
    claims = _cued(nlp, text)
    assert all(c.claimant.text != "statement" for c in claims)


def test_it_is_not_the_quoted_informant(nlp):
    text = ("The state news agency quoted an unnamed source as saying five fighters were "
            'killed. The bodies were being "moved to the town," it said.')
    first, second = _cued(nlp, text)
    assert "source" in first.claimant.text
    assert "source" not in second.claimant.text


def test_described_outlet_spelt_another_way(nlp):
    text = ('Insurgents raided the village, according to a report in the independent '
            'newssheet "Carta de Mocambique".\n\nAccording to the newsheet\'s sources, they '
            'attacked a military position.')
    second = _cued(nlp, text)[-1]
    assert "Carta de Mocambique" in second.chain[1]
    again = text + " According to the newsheet's sources, one of the injured is a soldier."
    assert "Carta de Mocambique" in _cued(nlp, again)[-1].chain[1]  # not the sources before


def test_named_description_is_no_reference(nlp):
    text = ("Dr Wissam Bakr said the boy was killed on Thursday, local media reported. "
            "He died of his wounds, according to the official news agency Wafa.")
    last = _cued(nlp, text)[-1]
    assert any("Wafa" in name for name in last.chain)
    assert "local media" not in last.chain


def test_title_stands_for_the_named_officer(nlp):
    text = ("Five missiles were fired, said the commander of the air force, "
            "Lieutenant-General Mykola Oleshchuk.")
    (claim,) = _cued(nlp, text)
    assert "Oleshchuk" in claim.claimant.text


def test_distances_are_no_figures_of_a_claim(nlp):
    text = "Gunmen killed 3 soldiers about 25 km west of the city, the official said."
    figures = [Figure("3", 3, 3, 3, False, "soldiers", "killed", text.index("3"),
                      text.index("3") + 1),
               Figure("about 25 km", 25, None, None, True, "km", "other",
                      text.index("about"), text.index(" west"))]
    (claim,) = _cued(nlp, text, figures)
    assert [f.value for f in claim.figures] == [3]


@pytest.mark.parametrize("text, chain", [
    ("The ministry said 63 soldiers were killed, as reported by TASS.",
     ["ministry", "TASS", "Daily Sun"]),
    ("At least 89 servicemen were killed, the defence ministry said, as quoted by RIA Novosti.",
     ["defence ministry", "RIA Novosti", "Daily Sun"]),
    ("Ten people were killed, the official was quoted as saying by Interfax.",
     ["official", "Interfax", "Daily Sun"]),
    ("According to Sputnik, which cited a local official, 12 people died.",
     ["local official", "Sputnik", "Daily Sun"]),
    ("The strike killed 20 people, Al Jazeera reported, quoting the health ministry.",
     ["health ministry", "Al Jazeera", "Daily Sun"]),
    ("Pakistan's military said in a statement reported by Dawn that seven militants died.",
     ["Pakistan's military", "Dawn", "Daily Sun"]),
    ("In remarks broadcast by state television, the minister said 40 rebels had died.",
     ["minister", "state television", "Daily Sun"]),
    ("Some 89 servicemen died, according to a statement quoted by Interfax.",
     ["statement", "Interfax", "Daily Sun"]),
    # a document with no author beside a speaker's verb is the speaker's own: no relay
    ("The army said it killed dozens of militants, according to a statement released to "
     "reporters.", ["army", "Daily Sun"]),
])
def test_relay_forms(nlp, text, chain):
    (claim,) = _cued(nlp, text)
    assert claim.chain == chain


@pytest.mark.parametrize("text, outlet, relays", [
    # a dated credit with no dash after it; the page's own name and co-brand are no relay
    ("MOSCOW (UrduPoint News / Sputnik - 04th January, 2023) The ministry said 89 died.",
     "UrduPoint", ["Sputnik"]),
    ("Moscow, (APP - UrduPoint / Pakistan Point News - 26th Aug, 2024) The Kremlin said "
     "there was no clarity.", "UrduPoint", ["APP"]),
    # the wire between slashes after the place and date
    ("DONETSK, February 5. /TASS/. Two civilians died, the mayor said.", "Yahoo", ["TASS"]),
    ("DONETSK, February 5. /TASS/. Two civilians died, the mayor said.", "TASS", []),
    # a wire whose name holds a number keeps it
    ("PARIS (France 24 - AFP) - Two died, police said.", "Yahoo", ["AFP", "France 24"]),
])
def test_credit_forms(text, outlet, relays):
    assert dateline_relays(text, text.index(" said") - 5, outlet) == relays


@pytest.mark.parametrize("text, voice", [
    ("A security committee said the attack bore the marks of Al Qaeda, the state news agency "
     "Saba reported. It said three women were also killed.", "Saba"),
    ("The state news agency quoted an unnamed source as saying five fighters were killed. "
     'The bodies were "moved to the town," it said.', "state news agency"),
    ("Dr Bakr said the boy was killed on Thursday, according to the official news agency "
     "Wafa. Forces raided two homes, the news agency said.", "official news agency Wafa"),
])
def test_it_and_the_agency_mean_the_reporting_medium(nlp, text, voice):
    assert _cued(nlp, text)[-1].chain[0] == voice


def test_it_after_told_means_the_speaker(nlp):
    text = "The ministry told the agency that 12 soldiers died. It said the attack came at dawn."
    assert _cued(nlp, text)[-1].chain[0] == "ministry"


def test_he_means_the_unnamed_member_who_spoke_last(nlp):
    text = ("Airstrikes killed 16 people, a resident said. “Civilians were there too,” said "
            "the militia member, who declined to be identified. He said a jet made three "
            "attack runs over the village.")
    assert _cued(nlp, text)[-1].chain[0] == "militia member"
