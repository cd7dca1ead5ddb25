"""A capital named as where a speaker was reached ("told AFP by phone from Libreville", "said
in a telephone interview from Nairobi") is the wire's line to the speaker, not where the
reported fighting was: the event keeps the place its story gives, whatever channel words stand
between the source and the town. Sentences of our own."""

from __future__ import annotations

from fogofwar.analysis import analyse_batch
from fogofwar.extract.events.attribution import _said_in
from fogofwar.records import Article, Place


def _places(text: str) -> list[str | None]:
    art = Article(id="s1", source="test", text=text, outlet="Test Wire")
    return [e.place.text if e.place else None for e in analyse_batch([art])[0].events
            if e.type in ("FIGHT", "ASSAULT")]


def _at(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name), name=name, precision="town")


def test_channel_words_between_source_and_town():
    # the source phrase ends after its cue and relay: "told AFP", "said"
    for text, cue in (("a rebel spokesman told AFP by phone from Libreville", "told"),
                      ("the colonel said in a telephone interview from Libreville", "said"),
                      ("an officer told the agency via phone in Libreville", "the agency")):
        end = text.index(cue) + len(cue)
        assert _said_in(text, end, _at(text, "Libreville")), text
    # a town the fighting reached is no place it was said in
    text = "the colonel said fighting spread to the town of Libreville"
    assert not _said_in(text, text.index(" fighting"), _at(text, "Libreville"))


def test_the_capital_a_speaker_was_phoned_in_does_not_place_the_clash():
    found = _places("Rebels ambush an army convoy\n\nEight soldiers were killed when rebels "
                    "ambushed an army convoy on Sunday, a rebel spokesman told AFP by phone "
                    "from Libreville.\n\nThe army has fought rebels in the north of the "
                    "Central African Republic for years.")
    assert found and "Libreville" not in found
