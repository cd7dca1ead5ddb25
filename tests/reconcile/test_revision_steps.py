"""Which figures are steps of a revision (reconcile/revision_rules.py, revision_chains.py): a
denial or a vague plural from a source of no known side is no step, a wounded count that rose
while its report's death toll fell is two counts rather than one revised, and outlets'
climbing figures that end at a side's own toll retell that side's revision. Sentences and
figures are written for these tests."""

from __future__ import annotations

from copy import deepcopy

from .helpers import article, killed, mention
from .test_disputes import civilians, one

POLICE = ("Lowland police spokesman", "east")
MINISTRY = ("Lowland health ministry", "east")
PRESIDENT = ("President Ana Verel", "east")


def wounded(n: float, **kw) -> dict:
    return {**killed(n, counts="people", **kw), "category": "injured"}


def test_a_denial_then_an_outlets_count_is_no_revision():
    # "An official denied anyone had died." / the next day an outlet: "Four killed"
    inc = one([article("a", "Hill Gazette", [{"figures": [killed(0, low=0, high=0,
                                                                  counts=None)]}],
                       claimant=("an official", None), published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [civilians(4)]}],
                       published="2020-02-11")])
    assert inc["revisions"] == []


def test_an_officials_count_then_an_outlets_higher_count_is_still_a_revision():
    # the rule above takes the denial out, not the pool of sources of no known side
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(3)]}],
                       claimant=("an official", None), published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [civilians(4)]}],
                       published="2020-02-11")])
    assert [r["values"] for r in inc["revisions"]] == [["3", "4"]]


def test_scores_of_wounded_after_a_count_is_no_step():
    # "25 were wounded" on one day, "scores of wounded filled the wards" on the next
    scores = {**wounded(40, low=40, high=99, approx=True), "text": "scores"}
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(25)]}],
                       published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [scores]}], published="2020-02-11")])
    assert inc["revisions"] == []


def test_wounded_rising_while_the_dead_fell_is_no_revision():
    # "25 dead and 31 wounded", the ministry said; a day later the president: "at least 15
    # killed and about 50 wounded" -- two counts of one side, not the wounded count revised
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(25), wounded(31)]}],
                       claimant=MINISTRY, published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [civilians(15, low=15),
                                                         wounded(50, approx=True)]}],
                       claimant=PRESIDENT, published="2020-02-11")])
    assert [r["category"] for r in inc["revisions"]] == []


def test_wounded_rising_with_the_dead_is_a_revision():
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(25), wounded(31)]}],
                       claimant=MINISTRY, published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [civilians(30), wounded(50)]}],
                       claimant=PRESIDENT, published="2020-02-11")])
    assert sorted(r["category"] for r in inc["revisions"]) == ["injured", "killed"]


def test_outlets_rising_to_a_sides_toll_retell_its_revision():
    # the police's 25 then 28; two outlets narrating "at least 23" then "at least 28": the
    # police's toll rising, retold, no revision of the outlets' own
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(25)]}],
                       claimant=POLICE, published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [civilians(28)]}],
                       claimant=POLICE, published="2020-02-11"),
               article("c", "River Times", [{"figures": [civilians(23, low=23)]}],
                       published="2020-02-10"),
               article("d", "Coast Herald", [{"figures": [civilians(28, low=28)]}],
                       published="2020-02-11")])
    assert [(r["claimants"], r["values"]) for r in inc["revisions"]] == [
        ([POLICE[0]], ["25", "28"])]


def test_two_offices_of_one_side_on_one_day_are_no_revision():
    # "38 people were taken to hospital", the security service said; "62 were injured", the
    # rescue service said -- both pages of the same day: two counts, which came first unknown
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(38)]}],
                       claimant=("Lowland security service", "east"), published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [wounded(62)]}],
                       claimant=("Lowland rescue service", "east"), published="2020-02-10")])
    assert inc["revisions"] == []


def test_one_office_rising_within_a_day_is_a_revision():
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(38)]}],
                       claimant=("Lowland rescue service", "east"), published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [wounded(62)]}],
                       claimant=("Lowland rescue service", "east"), published="2020-02-10")])
    assert [r["values"] for r in inc["revisions"]] == [["38", "62"]]


def test_two_offices_of_one_side_on_two_days_revise_together():
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(38)]}],
                       claimant=("Lowland security service", "east"), published="2020-02-10"),
               article("b", "Plains Wire", [{"figures": [wounded(62)]}],
                       claimant=("Lowland rescue service", "east"), published="2020-02-11")])
    assert [r["values"] for r in inc["revisions"]] == [["38", "62"]]


def test_a_revision_cue_is_read_as_whole_words():
    # "the group from which" holds "up from" inside its words, and says no figure revises
    # another: one statement's two counts of the wounded are one toll, no revision
    text = ("The Peasants' League, the group from which the mayor hails, put the wounded at "
            "260 and the hurt at around 1,000.")
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(260), wounded(1000)]}],
                       claimant=("Peasants' League", None), text=text)])
    assert inc["revisions"] == []


def test_up_from_still_says_a_statement_revises():
    text = "The toll of the wounded rose to 1,000, up from 260, the Peasants' League said."
    inc = one([article("a", "Hill Gazette", [{"figures": [wounded(260), wounded(1000)]}],
                       claimant=("Peasants' League", None), text=text)])
    assert [r["values"] for r in inc["revisions"]] == [["260", "1000"]]


def test_an_earlier_count_told_as_such_is_the_step_before():
    # two offices of one side on pages of one day are two counts (above), unless a page tells
    # the lower as the earlier count ("police earlier put the toll at 54")
    later = "More than 60 people were killed, the Lowland foreign ministry said on Sunday."
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(60)]}],
                       claimant=("Lowland foreign ministry", "east"), published="2020-02-10",
                       text=later),
               article("b", "Plains Wire", [{"figures": [civilians(54), civilians(31)]}],
                       claimant=("Lowland police", "east"), published="2020-02-10",
                       text="Lowland police earlier put the toll at 54, 31 of them children.")])
    # the earlier count's statement gives one toll: its 31 children are a part, no step
    assert [r["values"] for r in inc["revisions"]] == [["54", "60"]]


def test_the_same_counts_with_no_earlier_are_no_revision():
    inc = one([article("a", "Hill Gazette", [{"figures": [civilians(60)]}],
                       claimant=("Lowland foreign ministry", "east"), published="2020-02-10",
                       text="More than 60 people were killed, the Lowland foreign ministry said."),
               article("b", "Plains Wire", [{"figures": [civilians(54)]}],
                       claimant=("Lowland police", "east"), published="2020-02-10",
                       text="Lowland police put the toll at 54, most of them children.")])
    assert inc["revisions"] == []


def test_an_earlier_count_later_on_its_page_is_still_the_first_step():
    # "More than 60 were killed, the ministry said. ... Police earlier put the toll at 54": the
    # page tells the earlier count after the later one, in a statement of its own
    first = "More than 60 people were killed, the Lowland foreign ministry said on Sunday."
    second = "Lowland police earlier put the toll at 54."
    art = article("a", "Hill Gazette", [{"figures": [civilians(60)], "sentence": first},
                                        {"figures": [civilians(54)], "sentence": second}],
                  claimant=("Lowland foreign ministry", "east"), published="2020-02-10",
                  text=f"{first} {second}")
    police = deepcopy(art["claims"][0])
    police.update(id="a:c1", sentence=second, start=len(first) + 1, end=len(art["text"]),
                  chain=["Lowland police", "Hill Gazette"],
                  claimant=mention("Lowland police", "east"))
    art["claims"][0].update(sentence=first, end=len(first))
    art["claims"].append(police)
    art["events"][1]["claim_id"] = "a:c1"
    inc = one([art])
    assert [r["values"] for r in inc["revisions"]] == [["54", "60"]]
