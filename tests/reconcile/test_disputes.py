"""Disputes vs revisions (issue 14): one voice's toll moving over time is a revision, kept with
its latest value marked; different sides' incompatible tolls are a contradiction."""

from __future__ import annotations

from fogofwar.present.export import validate
from fogofwar.present.report import disputes_text
from fogofwar.reconcile import build_incidents

from .helpers import article, killed, multi_claim_article, unpaired

OFFICIALS = ("Ukrainian officials", "ukraine")
GOVERNOR = ("regional governor", "ukraine")
RUSSIA = ("Russian Defence Ministry", "russia")


def civilians(n: float, **kw) -> dict:
    return killed(n, counts="civilians", **kw)


def one(arts: list[dict]) -> dict:
    (inc,) = build_incidents(arts)
    validate(inc, "incident")
    return inc


def test_one_claimant_rising_over_two_days_is_a_revision_not_a_contradiction():
    inc = one([article("a", "Kyiv Independent", [{"figures": [civilians(30)]}],
                       claimant=OFFICIALS, published="2020-02-10"),
               article("b", "Reuters", [{"figures": [civilians(50)]}],
                       claimant=OFFICIALS, published="2020-02-11")])
    assert inc["contradictions"] == []
    (rev,) = inc["revisions"]
    assert (rev["values"], rev["latest"], rev["claimant"]) == (["30", "50"], "50",
                                                               "Ukrainian officials")
    assert rev["articles"] == ["a", "b"]


def test_revision_follows_publication_order_not_article_order():
    inc = one([article("a", "X", [{"figures": [civilians(52)]}], claimant=OFFICIALS,
                       published="2020-02-12"),
               article("b", "Y", [{"figures": [civilians(39)]}], claimant=OFFICIALS,
                       published="2020-02-10")])
    assert inc["revisions"][0]["values"] == ["39", "52"]


def test_two_claimants_of_one_side_revise_together():
    inc = one([article("a", "X", [{"figures": [civilians(30)]}], claimant=GOVERNOR,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(52)]}], claimant=OFFICIALS,
                       published="2020-02-11")])
    assert inc["contradictions"] == []
    (rev,) = inc["revisions"]
    assert rev["claimants"] == ["Ukrainian officials", "regional governor"]
    assert rev["side"] == "ukraine" and rev["latest"] == "52"
    # the report names every voice of the revision, not only the last one
    assert disputes_text(inc) == ("killed revised: 30 → 52 (Ukrainian officials, regional "
                                  "governor: ukraine side)")


def test_different_sides_that_do_not_overlap_contradict_beside_a_revision():
    inc = one([article("a", "X", [{"figures": [civilians(30)]}], claimant=OFFICIALS,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(50)]}], claimant=OFFICIALS,
                       published="2020-02-11"),
               article("c", "TASS", [{"figures": [civilians(0, high=0)]}], claimant=RUSSIA)])
    assert unpaired(inc["contradictions"]) == [{"category": "killed", "values": ["0", "30", "50"],
                                      "claimants": ["Russian Defence Ministry",
                                                    "Ukrainian officials"]}]
    assert [r["values"] for r in inc["revisions"]] == [["30", "50"]]


def test_one_statement_that_says_it_revises_is_a_revision():
    text = "The death toll has risen to 51, up from 30 on Friday, officials said."
    art = multi_claim_article("a", "X", [(text, OFFICIALS,
                                          [{"figures": [killed(51, counts=""),
                                                        killed(30, counts="")]}])])
    inc = one([art])
    assert inc["contradictions"] == []
    assert inc["revisions"][0]["values"] == ["30", "51"]


def test_one_claimant_giving_two_values_at_once_is_still_a_contradiction():
    # "five" and "six" soldiers for one clash in one article, no word of revising (seed 002)
    art = multi_claim_article("zh", "Zero Hedge", [
        ("Syrian troops killed five Turkish soldiers.", None, [{"figures": [killed(5)]}]),
        ("Six Turkish troops were killed.", None, [{"figures": [killed(6)]}])])
    inc = one([art])
    assert inc["revisions"] == []
    assert inc["contradictions"][0]["values"] == ["5", "6"]


def test_a_repost_repeating_the_figure_is_no_revision():
    inc = one([article("a", "South Front", [{"figures": [civilians(5)]}], claimant=OFFICIALS),
               article("b", "Global Research", [{"figures": [civilians(5)]}],
                       claimant=OFFICIALS, duplicate_of="a")])
    assert inc["revisions"] == [] and inc["contradictions"] == []


def test_report_shows_revisions_latest_last():
    inc = one([article("a", "X", [{"figures": [civilians(30)]}], claimant=OFFICIALS,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(50)]}], claimant=OFFICIALS,
                       published="2020-02-11")])
    assert disputes_text(inc) == "killed revised: 30 → 50 (Ukrainian officials)"


def test_at_least_five_then_five_is_no_revision():
    # South Front's "at least 5" and later "5" say the same toll (seeds 003/004)
    inc = one([article("a", "South Front", [{"figures": [killed(5, low=5)]}],
                       published="2020-02-11"),
               article("b", "South Front", [{"figures": [killed(5)]}], published="2020-02-12")])
    assert inc["revisions"] == []


def test_figures_of_other_victims_do_not_chain_into_one_revision():
    inc = one([article("a", "X", [{"figures": [civilians(30)]}], claimant=OFFICIALS,
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [killed(3)]}], claimant=OFFICIALS,
                       published="2020-02-11"),
               article("c", "Z", [{"figures": [civilians(50)]}], claimant=OFFICIALS,
                       published="2020-02-12")])
    assert [r["values"] for r in inc["revisions"]] == [["30", "50"]]


def test_outlets_of_no_known_side_relaying_a_rising_toll_revise_it():
    # narrators and "an official" relay one climbing toll over three days: no dispute
    inc = one([article("a", "Athens News", [{"figures": [civilians(21)]}],
                       published="2020-02-10"),
               article("b", "Al Jazeera", [{"figures": [civilians(35)]}], published="2020-02-11"),
               article("c", "Wire", [{"figures": [civilians(45)]}], published="2020-02-12")])
    assert inc["contradictions"] == []
    assert inc["revisions"][0]["values"] == ["21", "35", "45"]


def test_overlapping_figures_of_two_outlets_of_no_side_are_no_revision():
    # issue 14 (the Tabi'in school rows): "up to 100" and, later, "more than 100" from two
    # unrelated outlets of no known side both allow 100: neither a revision nor a dispute
    inc = one([article("a", "X", [{"figures": [civilians(100, low=None, high=100)]}],
                       published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(100, low=100, high=None)]}],
                       published="2020-02-11")])
    assert inc["revisions"] == [] and inc["contradictions"] == []


def test_a_later_toll_inside_an_earlier_range_of_one_voice_is_no_revision():
    # "between 60 and 70 civilians" on Monday, then exactly 70 on Tuesday from the same
    # ministry: the later toll is one the range already allowed, so nothing was revised
    inc = one([article("a", "X", [{"figures": [civilians(65, low=60, high=70)]}],
                       claimant=OFFICIALS, published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(70)]}], claimant=OFFICIALS,
                       published="2020-02-11")])
    assert inc["revisions"] == [] and inc["contradictions"] == []
    # a toll above the range is still that voice revising it
    inc = one([article("a", "X", [{"figures": [civilians(65, low=60, high=70)]}],
                       claimant=OFFICIALS, published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(90)]}], claimant=OFFICIALS,
                       published="2020-02-11")])
    assert inc["revisions"][0]["values"] == ["60-70", "90"]


def test_open_ended_tolls_of_outlets_of_no_side_rising_are_a_revision():
    # "at least 20" then "at least 25": the floor rose, though both intervals allow 25
    inc = one([article("a", "X", [{"figures": [civilians(20, low=20)]}], published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(25, low=25)]}], published="2020-02-11")])
    assert inc["revisions"][0]["values"] == [">=20", ">=25"]


def test_a_later_lower_toll_from_another_source_is_a_contradiction():
    # an outlet's own 45, then officials' 21 two days later: no toll at two moments
    inc = one([article("a", "X", [{"figures": [civilians(45)]}], published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(21)]}], claimant=OFFICIALS,
                       published="2020-02-12")])
    assert inc["revisions"] == [] and inc["contradictions"][0]["values"] == ["21", "45"]


def test_two_outlets_narrating_two_tolls_dispute_nothing():
    # no side is known to differ: each outlet narrates the toll known when it wrote
    inc = one([article("a", "X", [{"figures": [civilians(45)]}], published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(21)]}], published="2020-02-12")])
    assert inc["contradictions"] == []


def test_a_part_of_a_toll_in_one_statement_is_not_compared():
    # "21 people were killed, including 1 child": the child is among the 21
    inc = one([article("a", "X", [{"figures": [civilians(21), killed(1, counts="child")]}],
                       claimant=OFFICIALS),
               article("b", "Y", [{"figures": [civilians(21)]}], claimant=RUSSIA)])
    assert inc["contradictions"] == []


def test_militants_by_one_side_and_people_by_the_other_are_one_disputed_toll():
    inc = one([article("a", "X", [{"figures": [killed(19, counts="terrorists")]}],
                       claimant=("Israeli military", "israel")),
               article("b", "Y", [{"figures": [killed(100, counts="Palestinians")]}],
                       claimant=("civil defence agency", "pse"))])
    assert inc["contradictions"][0]["values"] == ["100", "19"]


def test_a_claimants_country_stands_for_its_side_when_no_pack_gives_one():
    from fogofwar.reconcile.claimant_sides import mention_side

    assert mention_side({"country": "UKR", "sector": "GOV"}) == "ukr"
    assert mention_side({"country": "RUS", "sector": "MIL"}) == "russia"  # the pack's side
    assert mention_side({"country": "FRA", "sector": "MED"}) is None       # a wire agency


def test_soldiers_by_the_attacker_and_people_by_the_attacked_are_one_disputed_toll():
    # the Sumy strike of April 2025 (dev incident i08): Russia's defence ministry said the
    # strike killed more than 60 soldiers, Ukraine that it killed 34 people
    inc = one([article("a", "Sputnik", [{"figures": [killed(60, low=60)]}], claimant=RUSSIA),
               article("b", "Cyprus Mail", [{"figures": [killed(34, counts="people")]}],
                       claimant=OFFICIALS)])
    (con,) = inc["contradictions"]
    assert (con["values"], con["claimants"]) == (
        ["34", ">=60"], ["Russian Defence Ministry", "Ukrainian officials"])
    assert "killed: 34 vs >=60" in disputes_text(inc)


def test_soldiers_and_people_from_one_side_are_two_counts():
    inc = one([article("a", "X", [{"figures": [killed(5)]}], claimant=OFFICIALS),
               article("b", "Y", [{"figures": [killed(34, counts="people")]}],
                       claimant=OFFICIALS)])
    assert inc["contradictions"] == []


def test_a_toll_rising_through_three_outlets_of_one_side_is_one_revision_in_the_report():
    # the Majdal Shams strike of July 2024 (dev incident i09): 10, then 11, then 12 killed
    arts = [article(a, o, [{"figures": [killed(n, counts="children")]}], published=d,
                    claimant=(c, "israel"))
            for a, o, n, d, c in [("a", "Outlook India", 10, "2024-07-27", "officials"),
                                  ("b", "JNS", 11, "2024-07-27", "IDF"),
                                  ("c", "News of Israel", 12, "2024-07-28", "IDF")]]
    inc = one(arts)
    assert inc["contradictions"] == []
    (rev,) = inc["revisions"]
    assert (rev["values"], rev["latest"], rev["side"]) == (["10", "11", "12"], "12", "israel")
    assert "killed revised: 10 → 11 → 12" in disputes_text(inc)


def test_a_later_lower_restatement_by_one_voice_is_neither_revision_nor_contradiction():
    # a 9 reported on 28 June and an early "at least 4" restated on the 30th: the toll did
    # not go down, a later article repeated an early count (report fault "9 → >=4")
    inc = one([article("a", "X", [{"figures": [civilians(9)]}], claimant=OFFICIALS,
                       published="2023-06-28"),
               article("b", "Y", [{"figures": [civilians(4, low=4)]}], claimant=OFFICIALS,
                       published="2023-06-30")])
    assert inc["revisions"] == [] and inc["contradictions"] == []


def test_an_undated_lower_toll_of_one_voice_is_read_as_the_earlier_step():
    inc = one([article("a", "X", [{"figures": [civilians(9)]}], claimant=OFFICIALS,
                       published="2023-06-28"),
               article("b", "Y", [{"figures": [civilians(4, low=4)]}], claimant=OFFICIALS)])
    (rev,) = inc["revisions"]
    assert (rev["values"], rev["latest"]) == ([">=4", "9"], "9")
    assert inc["contradictions"] == []


def test_a_later_lower_toll_of_the_other_side_still_contradicts():
    inc = one([article("a", "X", [{"figures": [civilians(30)]}], claimant=OFFICIALS,
                       published="2020-02-10"),
               article("b", "TASS", [{"figures": [civilians(2)]}], claimant=RUSSIA,
                       published="2020-02-12")])
    assert inc["revisions"] == []
    assert inc["contradictions"][0]["values"] == ["2", "30"]


def test_an_approximate_figure_reads_about_n_in_figures_and_disputes():
    # "about 12" was printed as its -/+10 % span "10.8-13.2"
    from fogofwar.present.report import incident_figures_text

    inc = one([article("a", "X", [{"figures": [civilians(12, approx=True)]}],
                       claimant=OFFICIALS, published="2020-02-10"),
               article("b", "TASS", [{"figures": [civilians(2)]}], claimant=RUSSIA,
                       published="2020-02-10")])
    assert inc["contradictions"][0]["values"] == ["2", "about 12"]
    row = next(f for f in inc["figures"] if f["claimant"] == "Ukrainian officials")
    # round rows52: the exported row is "about 12" as said (12-12, approx), no longer its
    # -/+10 % span 10.8-13.2; the dispute above still compares with the margin
    assert row["approx"] is True and (row["low"], row["high"]) == (12, 12)
    assert "killed about 12" in incident_figures_text(inc)
    assert "10.8" not in incident_figures_text(inc)


def test_vague_plural_of_no_side_contradicts_no_named_toll():
    dozens = {**civilians(24, low=24, high=99, approx=True), "text": "dozens"}
    inc = one([article("a", "Frontline Daily", [{"figures": [dozens]}], published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(12)]}], claimant=OFFICIALS,
                       published="2020-02-10")])
    assert inc["contradictions"] == []
    # a count of no side still contradicts: only the vague plural gives an order, not a count
    inc = one([article("a", "Frontline Daily", [{"figures": [civilians(40)]}],
                       claimant=("Medical Aid Relief", None), published="2020-02-10"),
               article("b", "Y", [{"figures": [civilians(12)]}], claimant=OFFICIALS,
                       published="2020-02-10")])
    assert [c["category"] for c in inc["contradictions"]] == ["killed"]


def test_a_sides_count_of_leaders_it_killed_disputes_no_toll_of_the_other_side():
    # "the army said its strike killed three rebel commanders"; "the health office said 27
    # people died": the commanders are the strike's targets, among the dead, not a rival toll
    for counts in ("people", ""):
        inc = one([article("a", "X", [{"figures": [killed(3, counts="commanders")]}],
                           claimant=("Northland army", "north")),
                   article("b", "Y", [{"figures": [killed(27, counts=counts)]}],
                           claimant=("Southland health office", "south"))])
        assert inc["contradictions"] == []
    # a count of fighters against the same toll stays a dispute
    inc = one([article("a", "X", [{"figures": [killed(3, counts="soldiers")]}],
                       claimant=("Northland army", "north")),
               article("b", "Y", [{"figures": [killed(27, counts="people")]}],
                       claimant=("Southland health office", "south"))])
    assert inc["contradictions"][0]["values"] == ["27", "3"]


def test_a_pronoun_of_several_voices_gives_no_row_beside_a_named_voice():
    # "both said none of their men died" beside "the district office said 14 died"
    inc = one([article("a", "X", [{"figures": [killed(0)]}], claimant=("both", None)),
               article("b", "Y", [{"figures": [killed(14)]}],
                       claimant=("Eastvale district office", "east"))])
    assert [(r["claimant"], r["low"]) for r in inc["figures"] if r["category"] == "killed"] \
        == [("Eastvale district office", 14)]
    # alone, the pronoun's count is all there is and stays
    inc = one([article("a", "X", [{"figures": [killed(3)]}], claimant=("others", None))])
    assert [r["claimant"] for r in inc["figures"]] == ["others"]
