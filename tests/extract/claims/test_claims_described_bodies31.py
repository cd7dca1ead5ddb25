"""A bare description of a body ("the ministry", "the Britain-based war monitor") takes up the one
body written with a name of its own earlier on the page whose head noun is the description's or a
type the cues pack lists for it; two such bodies, or a description of its own, leave it as written
(round descname31: figure rows whose claimant was a description). Sentences written for these
tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article


def _cued(nlp, text, outlet="Daily Sun"):
    return [c for c in extract_claims(nlp(text), article(text, outlet), [])
            if not c.narrator]


def _by(claims, words):
    return next(c for c in claims if words in c.sentence)


def test_the_ministry_is_the_one_ministry_named_before(nlp):
    text = ("Shelling killed 31 people in the border town of Rafiq on Sunday, the Karvani "
            "health ministry said.\n\n"
            "Rescuers searched the rubble of two buildings through the night.\n\n"
            "By Monday, the ministry said the toll had risen to 40.")
    claim = _by(_cued(nlp, text), "risen to 40")
    assert "Karvani health ministry" in claim.claimant.text


def test_a_war_monitor_is_the_observatory_named_before(nlp):
    text = ("Air strikes killed 14 civilians in the village of Tel Marun on Friday, the "
            "Levant Observatory for Human Rights said.\n\n"
            "Rescue teams pulled bodies from the rubble until dawn.\n\n"
            "The Britain-based war monitor said six of the dead were children.")
    claim = _by(_cued(nlp, text), "six of the dead")
    assert "Levant Observatory" in claim.claimant.text


def test_two_observatories_before_leave_the_description(nlp):
    text = ("Air strikes killed 14 civilians in Tel Marun on Friday, the Levant Observatory for "
            "Human Rights said, while the Idlib Civil Observatory put the toll at 19.\n\n"
            "The Britain-based war monitor said six of the dead were children.")
    claim = _by(_cued(nlp, text), "six of the dead")
    assert "Observatory" not in claim.claimant.text


def test_a_qualifier_the_name_lacks_leaves_the_description(nlp):
    text = ("Shelling killed 31 people in Rafiq on Sunday, the Karvani Defence Ministry said.\n\n"
            "Later the health ministry said the toll had risen to 40.")
    claim = _by(_cued(nlp, text), "risen to 40")
    assert "Karvani" not in claim.claimant.text


def test_a_description_naming_whose_body_it_is_stays(nlp):
    text = ("Rebels said the Karvani-led coalition had bombed a market in Rafiq.\n\n"
            "The Doran-led coalition said its jets killed 12 fighters near the town.")
    claim = _by(_cued(nlp, text), "12 fighters")
    assert claim.claimant.text == "Doran-led coalition"


def test_an_office_run_by_a_named_body_is_the_office_as_written(nlp):
    text = ("Shelling killed 31 people in Rafiq on Sunday, the Karvani Front-run government "
            "media office said.\n\n"
            "Rescuers searched the rubble of two buildings through the night.\n\n"
            "At least 70 more were wounded, the office said in a statement.")
    claim = _by(_cued(nlp, text), "70 more")
    assert "government media office" in claim.claimant.text
