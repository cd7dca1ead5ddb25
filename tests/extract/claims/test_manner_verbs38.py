"""A manner of speaking (shout, scream, chant …) reports what was said only when it is set off
as said: by a quotation, a colon or a word opening the clause ("screamed that …"), or a clause
before the verb ("“…,” she yelled"). A headline spelled from its address without its marks
("Loud blast wild screams rebel rocket strike kills 9 …", once '"Loud blast, wild screams":
Rebel rocket strike kills 9 …') has no one screaming the toll: the phrase before the verb
was a claimant made of a quotation's words. A figure within the claimant's own words ("one
resident recounting …") counts the speakers, not the dead. Texts are written for these
tests."""

from __future__ import annotations

import json

import pytest

from fogofwar.extract.claims.reporting_verbs import is_cue_verb
from fogofwar.pipeline import ingest
from fogofwar.store import open_store

from .helpers import claimant_text, exported_apart

OUTLET = "Valley Courier"

TEXTS = {
    "unmarked": (
        "Loud blast wild screams rebel rocket strike kills 9 near market in river town\n\n"
        "A rocket hit the covered market of Orlen on Thursday evening. The regional governor "
        "said nine people were killed and 30 wounded."),
    "speaker_count": (
        "Marchers fired on in Orlen\n\n"
        "Police fired on the marchers on Sunday, with one resident recounting a cousin shot "
        "dead near the bus station."),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_apart(tmp_path_factory.mktemp, TEXTS, OUTLET)


def test_an_unmarked_headline_phrase_speaks_for_no_one(claims):
    speakers = [claimant_text(c) for c in claims["unmarked"] if "kills 9" in c["sentence"]]
    assert not any("blast" in s.lower() or "screams" in s.lower() for s in speakers), speakers


def test_the_body_speaker_still_speaks(claims):
    assert any("governor" in claimant_text(c) for c in claims["unmarked"]
               if "nine people" in c["sentence"])


def _cued(nlp, text: str, lemma: str) -> bool:
    return any(t.lemma_ == lemma and is_cue_verb(t) for t in nlp(text))


@pytest.mark.parametrize(("text", "lemma"), [
    ("The villagers screamed that the militia had burned four houses.", "scream"),
    ("An officer shouted: the convoy lost three trucks.", "shout"),
    ("“They took my two sons,” a mother screamed at the gate.", "scream"),
    ("Students chanted “Free the prisoners” outside the court.", "chant"),
    ("Analysts wondered whether the ceasefire would hold.", "wonder"),
])
def test_a_manner_verb_setting_off_what_was_said_reports(nlp, text, lemma):
    assert _cued(nlp, text, lemma)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Loud blast wild screams rebel rocket strike kills 9 near market", "scream"),
    ("Night of fear angry crowd shouts guards fled the burning depot", "shout"),
])
def test_a_bare_clause_after_a_manner_verb_reports_nothing(nlp, text, lemma):
    assert not _cued(nlp, text, lemma)



def test_a_figure_in_the_claimants_words_counts_no_dead(claims):
    # "one resident" speaks of a cousin shot dead: one is the speakers' number, not a toll
    found = [c for c in claims["speaker_count"] if "resident" in claimant_text(c)]
    assert found and not [f for c in found for f in c["figures"] if f["text"] == "one"]


def test_a_figure_in_the_claimants_words_is_no_events_count(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.db")
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": TEXTS["speaker_count"], "outlet": OUTLET}),
                    encoding="utf-8")
    ingest([path], store)
    (art,) = list(store.iter_articles())
    store.close()
    assert not [f for e in art["events"] for f in e.get("figures") or [] if f["text"] == "one"]


def test_a_toll_inside_a_long_misread_claimant_is_kept():
    from fogofwar.extract.claims.context import in_claimant
    from fogofwar.records import Figure, Mention
    text = "Officials said 40 were killed, including 12 gunmen, and hospital officials agreed."
    speaker = "Officials said 40 were killed, including 12 gunmen, and hospital officials"
    who = Mention(speaker, 0, len(speaker))
    at = text.index("12")
    toll = Figure("12", 12.0, 12.0, 12.0, False, "gunmen", "killed", at, at + 2)
    assert not in_claimant(toll, who, 0, len(text), text)
    few = "Two survivors said the boat sank."
    survivors = Mention("Two survivors", 0, 13)
    two = Figure("Two", 2.0, 2.0, 2.0, False, "survivors", "killed", 0, 3)
    assert in_claimant(two, survivors, 0, len(few), few)
