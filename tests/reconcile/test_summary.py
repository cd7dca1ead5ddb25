"""Per-incident figures, contradictions and corroboration on hand-made event sets."""

from __future__ import annotations

import pytest

from fogofwar.present.export import validate
from fogofwar.present.report import incident_figures_text
from fogofwar.present.schema import load_schema, validator
from fogofwar.reconcile import build_incidents
from fogofwar.reconcile.figures import (
    figure_interval,
    format_interval,
    intervals_clash,
    merge_intervals,
)
from fogofwar.reconcile.summary import classify_sources

from .helpers import article, killed, mention, multi_claim_article, unpaired


@pytest.mark.parametrize("fig, expected", [
    (killed(5), (5, 5)),                                   # "five Turkish soldiers"
    (killed(5, low=5), (5, None)),                         # "At least 5": open upwards
    (killed(40, high=40), (0, 40)),                        # "up to 40": open downwards
    (killed(500, low=200, high=999), (200, 999)),          # "hundreds"
    (killed(1000, approx=True), (900, 1100)),              # "nearly 1,000": -/+10 %
    ({**killed(0), "value": None}, None),                  # no number at all
])
def test_figure_interval_convention(fig, expected):
    assert figure_interval(fig) == expected


@pytest.mark.parametrize("a, b, clash", [
    ((5, 5), (6, 6), True),              # five vs six soldiers
    ((5, None), (14, 14), False),        # at least 5 and 14
    ((900, 1100), (980, 980), False),    # nearly 1,000 and 980
    ((0, 40), (41, 41), True),           # up to 40 and 41
])
def test_intervals_clash(a, b, clash):
    assert intervals_clash(a, b) is clash


@pytest.mark.parametrize("bounds, text", [((5, 5), "5"), ((5, None), ">=5"), ((2, 3), "2-3")])
def test_format_interval(bounds, text):
    assert format_interval(bounds) == text


def test_five_versus_six_soldiers_is_a_contradiction_naming_both_claimants():
    # Turkey's five against Russia's six (an outlet's own five in another undated article
    # could be the same toll at another moment: reconcile/disputes.py)
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}],
                    claimant=("Turkish Defense Ministry", "turkey")),
            article("b", "Zero Hedge", [{"figures": [killed(6, counts="troops")]}],
                    claimant=("Russia", "russia"))]
    (inc,) = build_incidents(arts)
    assert unpaired(inc["contradictions"]) == [
        {"category": "killed", "values": ["5", "6"],
         "claimants": ["Russia", "Turkish Defense Ministry"]}]


@pytest.mark.parametrize("a, b", [
    (killed(5, low=5), killed(14)),                           # "at least 5" fits 14
    (killed(1000, approx=True), killed(980)),                 # "nearly 1,000" vs 980
    (killed(2750, low=2500, high=3000), killed(2600)),        # inside a range
    (killed(40, counts="militants"), killed(5, counts="Turkish soldiers")),  # other victims
    (killed(14, counts="casualties"), killed(5)),             # casualties vs soldiers: unknown
])
def test_compatible_or_incomparable_figures_are_not_contradictions(a, b):
    arts = [article("a", "X", [{"figures": [a]}, {"figures": [b]}])]
    assert build_incidents(arts)[0]["contradictions"] == []


def test_figures_on_opposite_sides_are_not_compared():
    # 101 regime soldiers vs 5 Turkish soldiers: both "soldiers", but different targets
    arts = [article("a", "X", [
        {"figures": [killed(101)], "target": mention("regime soldiers", "syria_gov")},
        {"figures": [killed(5)], "target": mention("Turkish soldiers", "turkey")}])]
    assert build_incidents(arts)[0]["contradictions"] == []


def test_figures_are_kept_per_claimant_with_bounds_and_articles():
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}],
                    claimant=("Turkish Defense Ministry", "turkey")),
            article("b", "South Front", [{"figures": [killed(5, low=5)]}],
                    claimant=("Syrian Observatory", None))]
    (inc,) = build_incidents(arts)
    rows = {(f["claimant"], f["category"]): f for f in inc["figures"]}
    ministry = rows[("Turkish Defense Ministry", "killed")]
    assert (ministry["low"], ministry["high"], ministry["side"]) == (5, 5, "turkey")
    assert rows[("Syrian Observatory", "killed")]["high"] is None  # "at least": open upwards
    assert rows[("Syrian Observatory", "killed")]["articles"] == ["b"]


def test_corroboration_single_same_and_cross_side():
    one = [article("a", "X", [{}], claimant=("Turkish MoD", "turkey"))]
    assert build_incidents(one)[0]["corroboration"] == "single-source"
    same = one + [article("b", "Y", [{}], claimant=("Anadolu", "turkey"))]
    assert build_incidents(same)[0]["corroboration"] == "same-side"
    cross = one + [article("c", "Z", [{}], claimant=("SANA", "syria_gov"))]
    assert build_incidents(cross)[0]["corroboration"] == "cross-side"


def test_syndicated_copies_count_once_for_corroboration():
    # b is a linked copy of a: the same outlet voice twice is still a single source
    arts = [article("a", "South Front", [{}]),
            article("b", "South Front", [{}], duplicate_of="a")]
    (inc,) = build_incidents(arts)
    assert len(inc["articles"]) == 2
    assert inc["corroboration"] == "single-source"


def test_a_repost_and_its_original_are_one_voice():
    # the same South Front text read on Global Research and on South Front
    arts = [article("a", "South Front", [{}]),
            article("b", "Global Research", [{}], original_outlet="South Front")]
    assert build_incidents(arts)[0]["corroboration"] == "single-source"


def test_repost_plus_a_second_side_is_cross_side_not_triple():
    arts = [article("a", "South Front", [{}], claimant=("SANA", "syria_gov")),
            article("b", "Global Research", [{}], claimant=("SANA", "syria_gov"),
                    original_outlet="South Front"),
            article("c", "Zero Hedge", [{}], claimant=("Turkish MoD", "turkey"))]
    (inc,) = build_incidents(arts)
    assert inc["corroboration"] == "cross-side"
    assert len(inc["articles"]) == 3


@pytest.mark.parametrize("sides, label", [
    ({"Turkish Defense Ministry": "turkey"}, "single-source"),          # one voice
    ({"Turkish Defense Ministry": "turkey", "Anadolu": "turkey"}, "same-side"),  # all known, one
    ({"Turkish Defense Ministry": "turkey", "SANA": "syria_gov"}, "cross-side"),
    # the demo's Saraqib case: one known side plus sources of unknown side is not "same-side"
    ({"Turkish Defense Ministry": "turkey", "South Front": None,
      "Pro-government sources": None}, "multi-source"),
    ({"South Front": None, "Zero Hedge": None}, "multi-source"),        # no side known at all
    ({"Turkish Defense Ministry": "turkey", "SANA": "syria_gov",
      "South Front": None}, "cross-side"),                               # unknowns do not dilute
])
def test_corroboration_labels(sides, label):
    assert classify_sources(sides) == label


def test_one_known_side_plus_unknown_is_multi_source_and_schema_accepts_it():
    # Turkish MoD (turkey) and South Front (no side): two voices, but not two known sides
    arts = [article("a", "X", [{}], claimant=("Turkish MoD", "turkey")),
            article("b", "South Front", [{}])]
    label = build_incidents(arts)[0]["corroboration"]
    assert label == "multi-source"
    assert label in load_schema("incident")["properties"]["corroboration"]["enum"]




def test_clustering_pauses_the_cyclic_gc_and_restores_it_even_on_error():
    import gc

    from fogofwar.reconcile.summary import cyclic_gc_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), cyclic_gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


GAZA = {"text": "Gaza", "start": 0, "end": 4, "name": "Gaza", "geonames_id": 281133,
        "lat": 31.5, "lon": 34.47, "country": "PSE", "admin1": "Gaza Strip",
        "feature_code": "PPL", "precision": "town", "within": None, "role": "location"}


@pytest.mark.parametrize("claimant, side", [
    ("Gaza's civil defence agency", "pse"),  # no pack knows it; its own words name Gaza
    ("witnesses", None),                     # no place in its words: side stays unknown
])
def test_a_claimant_takes_the_side_of_the_place_its_own_words_name(claimant, side):
    # issue 14: unknown bodies named after their place speak for that place's country
    art = article("a", "24 News HD", [{"figures": [killed(100, counts="people")]}],
                  claimant=(claimant, None))
    art["claims"][0]["claimant"]["actor_id"] = None
    art["places"] = [GAZA] if claimant.startswith("Gaza") else []
    (inc,) = build_incidents([art])
    assert [f["side"] for f in inc["figures"]] == [side]


@pytest.mark.parametrize("bounds, text",
                         [((0, 100), "<=100"), ((0, 0), "0"), ((90, 100), "90-100")])
def test_interval_open_downwards_reads_as_at_most_never_zero_to(bounds, text):
    # "up to 100" is (0, 100) by the convention; printed "0-100" it read as a claimant saying
    # anything from none to 100
    assert format_interval(bounds) == text


@pytest.mark.parametrize("a, b, merged", [
    ((0, 100), (90, None), (90, 100)),     # "up to 100" and "at least 90": 90-100, not "0+"
    ((19, None), (19, 19), (19, 19)),      # "at least 19" and "19"
    ((21, 21), (45, 45), (21, 45)),        # a revised toll keeps its span
    ((0, 100), (120, None), (0, None)),    # cannot both hold: the span
    ((16, None), (19, None), (16, None)),  # "at least 16", later "at least 19": both kept
    ((20, None), (22.5, 27.5), (20, None)),  # "at least 20" and "about 25"
    ((10.8, 13.2), (12, 12), (12, 12)),    # "about 12" and "12": the tighter
])
def test_one_claimants_figures_merge_into_what_they_say_together(a, b, merged):
    assert merge_intervals(a, b) == merged


def test_claimant_row_of_up_to_and_at_least_is_their_overlap():
    arts = [article(a, "X", [{"figures": [f]}], claimant=("civil defence", "pse"), published=d)
            for a, f, d in [("a", killed(100, high=100, approx=True), "2020-02-10"),
                            ("b", killed(90, low=90), "2020-02-11")]]
    (row,) = build_incidents(arts)[0]["figures"]
    assert (row["low"], row["high"]) == (90, 100)


def test_a_part_of_a_toll_in_one_statement_is_not_the_claimants_figure():
    # "28 civilians were killed, including one child": the row is 28, not "1-28"
    arts = [article("a", "RT", [{"figures": [killed(28, counts="civilians"),
                                             killed(1, counts="child")]}],
                    claimant=("Leonid Pasechnik", "russia"))]
    (row,) = build_incidents(arts)[0]["figures"]
    assert (row["low"], row["high"]) == (28, 28)


def test_a_figure_of_another_clause_is_not_the_other_claimants():
    sentence = ("The agency said a strike killed up to 100 people, while the military said it "
                "struck a command centre.")
    up_to = {**killed(100, high=100, approx=True), "text": "up to 100"}
    art = multi_claim_article("a", "AFP", [
        (sentence, ("the agency", "pse"), [{"figures": [up_to]}]),
        (sentence, ("the military", "israel"), [{"figures": [up_to], "type": "FIGHT"}])],
        sep=" ")
    art["claims"][0]["figures"] = [up_to]  # the agency's claim states the toll
    (inc,) = build_incidents([art])
    assert [(f["claimant"], f["category"]) for f in inc["figures"]] == [("the agency", "killed")]


def test_an_approximate_count_of_bodies_reads_as_said_never_as_its_margin():
    # "about 40 bodies were pulled from the rubble": a floor of the dead, shown as said,
    # not as the -/+10 % margin's low end "36" (or a fraction of it)
    art = article("a", "Daily Post", [{"figures": [killed(40, counts="bodies", approx=True)]}],
                  claimant=("Rescuers", None))
    (inc,) = build_incidents([art])
    (row,) = [f for f in inc["figures"] if f["category"] == "killed"]
    # Round rows52: the exported row is the floor as said, 40 (flagged approx), no longer the
    # margin's 36: a reader of the export saw a bound nobody gave. The margin stays where it
    # keeps the interval sound for clashes, in the disputes' own figures (see the tests below)
    # Round rows54: a count of bodies its page tells no larger toll beside is the voice's toll
    # as said ("about 40"), not a floor the voice never gave (see test_body_rows.py)
    assert (row["low"], row["high"], row["approx"], row["about"]) == (40, 40, True, 40)


def _voices(*figures: tuple[str, str | None, dict]) -> dict:
    """One incident of one page per voice ("a", "b", ...), each stating its one figure."""
    arts = [article(chr(97 + i), "Daily Post", [{"figures": [fig]}], claimant=(who, side))
            for i, (who, side, fig) in enumerate(figures)]
    (inc,) = build_incidents(arts)
    return inc


def _row(inc: dict, claimant: str) -> tuple:
    (row,) = [f for f in inc["figures"] if f["claimant"] == claimant]
    return row["low"], row["high"], row.get("approx", False)


def test_an_approximate_row_exports_its_value_as_said():
    """Round rows52: "about 300 were killed" is exported 300-300 flagged approx, not 270-330;
    an exact "300" stays unflagged."""
    inc = _voices(("The health ministry", "pse", {**killed(300, approx=True), "text": "about 300"}))
    assert _row(inc, "The health ministry") == (300, 300, True)
    assert "killed about 300" in incident_figures_text(inc)
    assert validator("incident").is_valid(inc)


def test_an_approximate_row_still_agrees_with_a_count_inside_its_margin():
    """Round rows52: exported as said, "about 300" beside another side's "290" must stay no
    contradiction: disputes compare the figures with the margin, not the rows."""
    inc = _voices(("The health ministry", "pse", {**killed(300, approx=True), "text": "about 300"}),
                  ("The army", "israel", {**killed(290), "text": "290"}))
    assert _row(inc, "The health ministry") == (300, 300, True)
    assert inc["contradictions"] == []


def test_an_approximate_row_still_clashes_with_a_count_outside_its_margin():
    """Round rows52: "about 300" against "200" is still a contradiction, listed as said."""
    inc = _voices(("The health ministry", "pse", {**killed(300, approx=True), "text": "about 300"}),
                  ("The army", "israel", {**killed(200), "text": "200"}))
    assert [c["values"] for c in unpaired(inc["contradictions"])] == [["200", "about 300"]]


def test_a_ceiling_row_exports_no_low_bound():
    """Round rows52: "up to 60 were killed" is exported with no low bound (null), not 0-60,
    which read as a voice saying "none" was possible; it still reads "<=60" and validates."""
    inc = _voices(("The governor", "ukr", {**killed(60, high=60), "text": "up to 60"}))
    assert _row(inc, "The governor") == (None, 60, False)
    assert "killed <=60" in incident_figures_text(inc)
    assert validator("incident").is_valid(inc)


def test_a_ceiling_row_still_clashes_with_a_count_above_it():
    """Round rows52: exported with no floor, "up to 60" against "75" stays a contradiction."""
    inc = _voices(("The governor", "ukr", {**killed(60, high=60), "text": "up to 60"}),
                  ("The ministry", "rus", {**killed(75), "text": "75"}))
    assert _row(inc, "The governor") == (None, 60, False)
    assert [c["values"] for c in unpaired(inc["contradictions"])] == [["75", "<=60"]]


def test_a_voice_that_said_none_then_one_keeps_its_zero():
    """Round rows52: "no one was killed", later "one was killed" is 0-1 as said: its 0 is the
    voice's own count, not the floor below a ceiling, so the row keeps it."""
    arts = [article(a, "Daily Post", [{"figures": [{**killed(n), "text": t}]}],
                    claimant=("The governor", "nga"), published=d)
            for a, n, t, d in [("a", 0, "no one", "2020-02-10"), ("b", 1, "one", "2020-02-12")]]
    (inc,) = build_incidents(arts)
    assert _row(inc, "The governor") == (0, 1, False)


def test_a_voice_that_said_none_keeps_its_zero():
    """Round rows52: a row of 0-0 ("no one was killed") is a count as said, not a ceiling."""
    inc = _voices(("The army", "israel", {**killed(0), "text": "no one"}))
    assert _row(inc, "The army")[:2] == (0, 0)


@pytest.mark.parametrize("bounds, text", [
    ((83.7, None), ">=84"),          # a floor of people is whole: no fewer than 84
    ((83.7, 102.3), "84-102"),       # rounded into the interval
    ((0.9, 1.1), "1"),
    ((2.4, 2.6), "2-3"),             # no whole number inside: the nearest ones
])
def test_shown_bounds_are_whole_numbers(bounds, text):
    assert format_interval(bounds) == text


def test_ceilings_of_two_victim_groups_span_both_in_one_row():
    """Round rows33: "up to 60 officers ... and up to 15 volunteers" are two groups; their row
    was their overlap, "up to 15", a count of neither."""
    text = "The ministry said up to 60 officers and up to 15 volunteers were killed in the raid."
    figs = [{**killed(60, low=None, high=60, counts="officers"), "text": "up to 60"},
            {**killed(15, low=None, high=15, counts="volunteers"), "text": "up to 15"}]
    art = article("a", "Outlet One", [{"figures": figs}], claimant=("The ministry", None),
                  text=text)
    art["events"][0]["sentence"] = text
    (inc,) = build_incidents([art])
    (row,) = [f for f in inc["figures"] if f["category"] == "killed"]
    assert (row["low"], row["high"]) == (None, 60)  # rows52: a ceiling exports no floor


def test_one_voices_militants_and_its_other_dead_are_two_rows():
    """Round rows33: "41 insurgents and 9 police officers were killed" is two tolls; one row
    spanning 9-41 was no group's."""
    text = "The governor said 41 insurgents and 9 police officers were killed in the raid."
    figs = [{**killed(41, counts="insurgents"), "text": "41"},
            {**killed(9, counts="officers"), "text": "9"}]
    art = article("a", "Outlet One", [{"figures": figs}], claimant=("The governor", None),
                  text=text)
    art["events"][0]["sentence"] = text
    (inc,) = build_incidents([art])
    rows = {(f["low"], f["high"], f.get("victims")) for f in inc["figures"]
            if f["category"] == "killed"}
    assert rows == {(41, 41, "militants"), (9, 9, None)}
    validate(inc, "incident")


def test_a_voices_militants_alone_are_no_row_apart():
    text = "The governor said 41 insurgents were killed; the toll of insurgents may rise to 45."
    figs = [{**killed(41, counts="insurgents"), "text": "41"},
            {**killed(45, counts="dead"), "text": "45"}]
    art = article("a", "Outlet One", [{"figures": figs}], claimant=("The governor", None),
                  text=text)
    art["events"][0]["sentence"] = text
    (inc,) = build_incidents([art])
    assert all("victims" not in f for f in inc["figures"])
