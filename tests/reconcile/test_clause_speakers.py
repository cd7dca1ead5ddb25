"""A second speaker's clause after a semicolon (round figures13): its figures are its own, not
the claim head's, in the incident's figures, revisions and contradictions."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.clause_speakers import is_cue, named_side, second_speaker

from .helpers import article, killed

TWO_VOICES = ("Provincial officials first gave a toll of over 40; the charity Save Lives "
              "International (SLI) reports at least 75 dead and some 40 hurt in the raid.")


def test_second_speaker_is_read_after_the_semicolon_description_and_acronym_left_out():
    speaker, cut = second_speaker(TWO_VOICES, "Provincial officials")
    assert speaker == "Save Lives International"
    assert TWO_VOICES[cut:].startswith(" at least 75")


def test_no_second_speaker_without_a_cue_or_inside_quotes():
    assert second_speaker("The army said 7 died; 12 others were hurt, it added.", "The army") \
        is None
    assert second_speaker('The army said "7 died; the rebels said 30".', "The army") is None
    assert second_speaker("The army said 7 died; the rebels claimed 30.", "The army") == (
        "rebels", len("The army said 7 died; the rebels claimed"))
    assert second_speaker("The army said 7 died; it said 12 were hurt.", "The army") is None
    assert is_cue("reported") and is_cue("says") and is_cue("puts") and not is_cue("raid")


def _fig(text: str, n: float, low: float | None = None) -> dict:
    return {**killed(n, low=low, counts="people"), "text": text}


def test_second_speakers_figure_is_its_own_row_and_revises_its_earlier_toll():
    earlier = article("a", "Outlet One", [{"figures": [_fig("48", 48)]}],
                      claimant=("Save Lives International", None), published="2020-02-10")
    later = article("b", "Outlet Two", [{"figures": [_fig("over 40", 40, low=40),
                                                     _fig("at least 75", 75, low=75)]}],
                    claimant=("Provincial officials", None), published="2020-02-12",
                    text=TWO_VOICES)
    later["events"][0]["sentence"] = TWO_VOICES
    (inc,) = build_incidents([earlier, later])
    validate(inc, "incident")
    rows = {(f["claimant"], f["low"], f["high"]) for f in inc["figures"]}
    assert ("Provincial officials", 40.0, None) in rows
    assert ("Save Lives International", 48.0, None) in rows  # 48 then >=75: one voice's span
    (rev,) = inc["revisions"]
    assert rev["claimant"] == "Save Lives International" and rev["values"] == ["48", ">=75"]
    # the events and articles of the incident are not doubled by the split
    assert sorted(inc["events"]) == ["a:e0", "b:e0"]


NARRATED = ("Villagers say the market was shelled and 60 people died; Israel says 8 were "
            "killed, all of them gunmen.")


def test_a_second_speaker_of_an_outlets_narration_with_its_side_from_the_packs():
    art = article("a", "Outlet One", [{"figures": [_fig("60", 60), _fig("8", 8)]}],
                  text=NARRATED)
    art["events"][0]["sentence"] = NARRATED
    (inc,) = build_incidents([art])
    rows = {(f["claimant"], f["side"], f["low"]) for f in inc["figures"]}
    # the outlet's narrated 60 is no claimant's row beside Israel's toll (summary.py)
    assert rows == {("Israel", "israel", 8.0)}
    assert named_side("the Kremlin") == "russia" and named_side("Kelso Relief Mission") is None
