"""The conflict dev-set benchmark's matching rules, on small hand-written exports."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import conflict  # noqa: E402


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("al-Shabaab", "Al-Shabaab militants", True),   # shared content word, case folded
        ("the military", "Pakistani military", True),
        ("police", "the army", False),
        ("Ministry of Health", "health ministry", True),
        ("the", "the group", False),                    # stop words alone never match
        ("local officials", "officials", True),         # a bare role noun matches on itself
        ("the official", "military official", True),
        ("the agency", "civil defence agency", True),
        ("officials", "witnesses", False),
        ("Ukrainian officials", "Israeli officials", False),  # named ones need a content word
        ("the BBC’s Focus on Africa programme", "BBC", True),  # a possessive's 's is dropped
        ("Russia's defence ministry", "Russian military", False),
        ("PTI", "Press Trust of India", True),          # a name against its acronym
        ("Agence France-Presse", "AFP", True),
        ("PTI", "Pakistan Today", False),
        ("the AP", "Associated Press", True),           # an acronym with its article
        ("the AP", "Agence France-Presse", False),
        ("ANI", "Asian News", False),
        ("TOLO news", "TOLOnews", True),                # the same name with or without spaces
        ("Sahara Reporters", "Saharareporters", True),
        ("Al Arabiya", "Alarabiya TV", False),          # spaces alone, not a word more
        ("RFE/RL", "Radio Free Europe/Radio Liberty", True),  # marks inside the initials
        ("Sudan News Agency", "SUNA", True),            # one word's first two letters
        ("SUNA", "Sudan News", False),                  # ... only in a name of three words
        ("AFP", "Afghan Police", False),
        ("KNA", "Kenya News Agency", True),
        ("KUNA", "Kenya News Agency", False),           # two letters from the wrong word
        ("The News", "News", True),                     # an article before a one-word name
        ("the newspaper", "Washington Post", False),
    ],
)
def test_same_name(gold, system, expected):
    assert conflict.same_name(gold, system) is expected


def test_contains_ignores_case_quotes_and_punctuation():
    assert conflict.contains("“Five of our troops were killed,” the ministry said.",
                             "five of our troops were killed")
    assert not conflict.contains("Five soldiers died.", "")


def test_figure_hit_uses_the_interval_and_category():
    figs = [{"value": None, "low": 100, "high": 300, "category": "killed"}]
    assert conflict._figure_hit(150, figs)
    assert conflict._figure_hit(150, figs, "killed")
    assert not conflict._figure_hit(150, figs, "injured")
    assert not conflict._figure_hit(400, figs)
    assert conflict._figure_hit(None, [])  # the gold gives no figure: nothing to check


def _doc(**kw):
    base = {"id": "a", "file": "x.txt", "_dir": ".", "places": [], "claims": [], "events": []}
    return {**base, **kw}


def test_events_found_and_arguments():
    gold = [_doc(events=[{"type": "ASSAULT", "actor": "gunmen", "target": "hotel",
                          "place": "Mogadishu", "figures": [{"category": "killed", "value": 9}],
                          "sentence": "Gunmen stormed a hotel"}],
                 places=[{"text": "Mogadishu", "lat": 2.04, "lon": 45.34}])]
    good = {"type": "ASSAULT", "sentence": "Gunmen stormed a hotel in Mogadishu, killing nine.",
            "actor": {"text": "Gunmen"}, "target": {"text": "a hotel"},
            "place": {"text": "Mogadishu", "lat": 2.03, "lon": 45.3},
            "figures": [{"value": 9, "low": 9, "high": 9, "category": "killed"}]}
    wrong_type = {**good, "type": "FIGHT"}
    out = {"a": {"events": [good, wrong_type]}}
    score = conflict.score_events(gold, out)
    assert score["found"]["recall"] == 1.0
    assert score["strict_recall"] == 1.0
    assert score["found"]["fp"] == 1  # the FIGHT reading of the same sentence is not in gold
    no_target = {**good, "target": None}
    score = conflict.score_events(gold, {"a": {"events": [no_target]}})
    assert score["argument_accuracy"]["target"] == 0.0 and score["strict_recall"] == 0.0


def test_chain_needs_each_relay_in_order():
    gc = {"claimant": "Abdul Halim Hamdard", "intermediaries": ["Xinhua"], "figure": None,
          "sentence": "district chief of Baharak told Xinhua"}
    claim = {"sentence": "Abdul Halim Hamdard, district chief of Baharak told Xinhua.",
             "claimant": {"text": "Abdul Halim Hamdard"},
             "chain": ["Abdul Halim Hamdard", "Xinhua", "People's Daily"], "figures": []}
    assert conflict._chain_match(gc, claim)
    assert not conflict._chain_match(gc, {**claim, "chain": ["Abdul Halim Hamdard", "Dawn"]})


def test_relay_matches_its_written_mention_or_its_resolved_name():
    gc = {"claimant": "the ministry", "intermediaries": ["the broadcaster"], "figure": None,
          "sentence": "the ministry said, the broadcaster reported"}
    claim = {"sentence": "Nine died, the ministry said, the broadcaster reported.",
             "claimant": {"text": "the ministry"}, "chain": ["the ministry", "Al Mayadeen"],
             "relays": [{"text": "the broadcaster", "start": 30, "end": 45}], "figures": []}
    assert conflict._chain_match(gc, claim)
    assert conflict._chain_match({**gc, "intermediaries": ["Al Mayadeen"]}, claim)
    # written relays that do not line up with the chain one for one are not read
    unaligned = {**claim, "chain": ["the ministry", "Al Mayadeen", "Reuters"]}
    assert not conflict._chain_match(gc, unaligned)
    assert conflict._chain_match({**gc, "intermediaries": ["Reuters"]}, unaligned)


def test_chain_miss_tells_where_an_absent_relay_is_written():
    gc = {"claimant": "the governor", "intermediaries": ["Ukrinform"], "figure": None,
          "sentence": "Four people were wounded, the governor said"}
    claim = {"sentence": "Four people were wounded, the governor said.",
             "claimant": {"text": "the governor"}, "chain": ["the governor", "Kyiv Post"],
             "figures": []}
    page = ("Four people were wounded, the governor said. Ukrinform reported it.\n"
            "Later, TASS said the strike hit a depot.")
    assert conflict._chain_miss(gc, [claim], "Kyiv Post", page) \
        == "relay_absent_elsewhere_same_line"
    assert conflict._chain_miss({**gc, "intermediaries": ["TASS"]}, [claim], "Kyiv Post", page) \
        == "relay_absent_elsewhere_other_line"
    assert conflict._chain_miss({**gc, "intermediaries": ["RIA"]}, [claim], "Kyiv Post", page) \
        == "relay_absent_elsewhere_not_written"
    assert conflict._chain_miss(gc, [], "Kyiv Post", page) == "no_claim_on_sentence"


def test_incidents_formed_and_merges():
    gold_inc = [{"id": "i1", "articles": ["g1", "g2"], "type": "ASSAULT", "place": "Dnipro",
                 "figures": [{"claimant": "Ukrainian officials", "category": "killed",
                              "low": 40, "high": 40}],
                 "contradictions": [{"category": "killed"}], "revisions": []},
                {"id": "i2", "articles": ["g3"], "figures": [], "contradictions": [],
                 "revisions": []}]
    arts = {"g1": {"id": "s1"}, "g2": {"id": "s2"}, "g3": {"id": "s3"}}
    system = [{"id": "x", "type": "ASSAULT", "articles": ["s1", "s2"], "events": ["e1"],
               "figures": [{"category": "killed", "claimant": "Ukrainian officials",
                            "low": 40, "high": 45}],
               "contradictions": [{"category": "killed"}]},
              {"id": "y", "articles": ["s3"], "events": [], "figures": [],
               "contradictions": []}]
    score = conflict.score_incidents(gold_inc, arts, system)
    assert score["formed_with_all_articles"] == 1.0 and score["articles_per_incident"] == 1.0
    assert score["incidents_merging_two_gold"] == 0
    assert score["figures_per_claimant"] == 1.0 and score["contradictions"] == 1.0
    merged = [{"id": "z", "articles": ["s1", "s2", "s3"], "events": [], "figures": [],
               "contradictions": []}]
    score = conflict.score_incidents(gold_inc, arts, merged)
    assert score["incidents_merging_two_gold"] == 1 and score["best_match_of_two_gold"] == 1
    # a background event that articles of both gold incidents mention: a merge in the loose
    # sense only, since each gold incident's best match is its own incident
    shared = [*system, {"id": "bg", "articles": ["s1", "s3"], "events": [], "figures": [],
                        "contradictions": []}]
    score = conflict.score_incidents(gold_inc, arts, shared)
    assert score["incidents_merging_two_gold"] == 1 and score["best_match_of_two_gold"] == 0
    split = [{**system[0], "articles": ["s1"]}, {**system[0], "id": "w", "articles": ["s2"]},
             system[1]]
    score = conflict.score_incidents(gold_inc, arts, split)
    assert score["formed_with_all_articles"] == 0.5  # i1 is split in two, i2 is whole
    assert score["articles_per_incident"] == 0.75  # half of i1's articles, all of i2's


def test_articles_out_counted_by_the_field_that_kept_them_apart():
    gold_inc = [{"id": "i1", "articles": ["g1", "g2", "g3", "g4"], "figures": [],
                 "contradictions": [], "revisions": []}]
    kyiv = {"geonames_id": 703448, "name": "Kyiv"}
    ev = {"type": "ASSAULT", "date": "2023-01-08", "place": kyiv}
    arts = {"g1": {"id": "s1", "events": [{**ev, "id": "e1"}]},
            # a day outside the incident and another city: two fields
            "g2": {"id": "s2", "events": [{**ev, "id": "e2", "date": "2023-02-01",
                                           "place": {"geonames_id": 1, "name": "Lviv"}}]},
            # undated: the closest of its two events is counted, not both
            "g3": {"id": "s3", "events": [{**ev, "id": "e3", "date": None},
                                          {**ev, "id": "e4", "type": "COERCE", "date": None,
                                           "place": None}]},
            "g4": {"id": "s4", "events": []}}
    system = [{"id": "x", "type": "ASSAULT", "articles": ["s1"], "events": ["e1"],
               "date_start": "2023-01-08", "date_end": "2023-01-08", "figures": []}]
    score = conflict.score_incidents(gold_inc, arts, system)
    assert score["articles_out_because"] == {"date": 1, "no_date": 1, "no_event": 1, "place": 1}


def test_outlet_by_words_and_by_letters():
    gold = [{"id": "a", "outlet": "Devdiscourse"}, {"id": "b", "outlet": "The Nation"},
            {"id": "c", "outlet": "Kivu Post"}, {"id": "d", "outlet": "Kivu Post"}]
    out = {"a": {"outlet": "Dev Discourse"}, "b": {"outlet": "The Nation Online"},
           "c": {"outlet": "Kivupost"}, "d": {"outlet": "Kivu Times"}}
    got = conflict.score_metadata(gold, out)
    assert got["outlet"] == 0.25  # only "The Nation" in "The Nation Online"
    assert got["outlet_or_same_letters"] == 0.75  # and two names spaced another way
    assert got["stored"] == 4


def test_a_store_date_label_cut_off_a_line_is_neither_true_nor_false(tmp_path):
    # the page store's "date YYYY-MM-DD" label, split off a line that goes on with the story,
    # is no line of the file and no gold can list it: counted apart; whole lines as before
    (tmp_path / "a.txt").write_text(
        " date 2021-03-04 Floods cut the road to Kilo\nShare this\nThe governor said four died.\n",
        encoding="utf-8")
    gold = [{"id": "a", "_dir": str(tmp_path), "file": "a.txt", "boilerplate": ["Share this"]}]
    out = {"a": {"removed": ["date 2021-03-04", "Share this", "The governor said four died."]}}
    result = conflict.score_boilerplate(gold, out)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)
    assert result["store_date_labels_cut"] == 1
    # the label as a whole line of its own is judged like any line
    (tmp_path / "b.txt").write_text("date 2021-03-04\nThe governor said four died.\n",
                                    encoding="utf-8")
    gold = [{"id": "b", "_dir": str(tmp_path), "file": "b.txt", "boilerplate": []}]
    result = conflict.score_boilerplate(gold, {"b": {"removed": ["date 2021-03-04"]}})
    assert (result["fp"], result["store_date_labels_cut"]) == (1, 0)


def test_written_relays_line_up_with_the_chain_before_its_outlet():
    gc = {"claimant": "the ministry", "intermediaries": ["the broadcaster"], "figure": None,
          "sentence": "the ministry said, the broadcaster reported"}
    claim = {"sentence": "Nine died, the ministry said, the broadcaster reported.",
             "claimant": {"text": "the ministry"},
             "chain": ["the ministry", "Al Mayadeen", "Daily Sun"],
             "relays": [{"text": "the broadcaster", "start": 30, "end": 45}], "figures": []}
    assert conflict._chain_match(gc, claim, ["Daily Sun"])
    assert not conflict._chain_match(gc, claim)  # without the outlet known, not lined up
    assert conflict._chain_match({**gc, "intermediaries": ["Al Mayadeen", "Daily Sun"]}, claim,
                                 ["Daily Sun"])


def test_place_text_matches_from_a_word_start_only():
    """"U.S." normalises to "us": it must not be found inside "Russia" or "Belarus", while a
    toponym inside a longer system name ("Kharkiv" in "Kharkiv Oblast"), a possessive
    ("Gaza's") or a people's word beside its land's name ("Uzbek", "Uzbekistan") still is."""
    us = {"text": "U.S.", "lat": 39.8, "lon": -98.5}
    russia = {"text": "Russia", "lat": 39.8, "lon": -98.5}  # same point: only the text decides
    assert conflict._place_hit(us, [russia]) == (False, False)
    assert conflict._place_hit(us, [{"text": "Belarus", "lat": 39.8, "lon": -98.5}])[0] is False
    assert conflict._place_hit(us, [{"text": "the U.S.", "lat": 39.8, "lon": -98.5}]) == (
        True, True)
    kharkiv = {"text": "Kharkiv", "lat": 50.0, "lon": 36.3}
    assert conflict._place_hit(kharkiv, [{"text": "Kharkiv Oblast", "lat": 49.9, "lon": 36.4}]
                               ) == (True, True)
    assert conflict._place_hit({"text": "Gaza's", "lat": 31.5, "lon": 34.5},
                               [{"text": "Gaza", "lat": 31.5, "lon": 34.4}]) == (True, True)
    assert conflict._place_hit({"text": "Uzbek", "lat": 41.0, "lon": 64.0},
                               [{"text": "Uzbekistan", "lat": 41.0, "lon": 64.0}]) == (True, True)
    assert conflict._place_hit(us, [{"text": "Lushagala", "lat": 39.8, "lon": -98.5}])[0] is False
    out = {"c1": {"places": [russia]}}
    gold = [{"id": "c1", "places": [us]}]
    assert conflict.score_places(gold, out)["recall"] == 0.0
