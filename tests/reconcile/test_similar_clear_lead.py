"""Pass 6 (reconcile/similar.py, `_clear_lead`): an undated page no earlier pass tied, whose
best story outreads every rival by the margin and one of whose reports lies at a town within
reach of one of that story's, needs only the lower share of the wording floor."""

from __future__ import annotations

from datetime import date

from fogofwar.reconcile import similar
from fogofwar.reconcile.grid import Forest
from fogofwar.reconcile.incidents import EventRef

# sentences written for this test; their words are what the pages share
PAGE = ("Farmers in the river village said soldiers raided the maize fields before dawn and "
        "shot ten labourers beside the irrigation pump.")
STORY = "Soldiers raided maize fields near the irrigation pump, the district commissioner said."
OTHER = ("Gunmen shot two traders at the cattle market in the provincial capital on Monday, "
         "police said, and a third trader was wounded in the crossfire outside the bank.")
STRANGER = "Heavy rain flooded the ferry crossing and the harbour office closed."


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip(".,").lower() for w in text.split() if len(w.strip(".,")) > 3)


#: two towns a few kilometres apart, and a province reaching no further than its name
RIVER_TOWN = {"name": "Riverford", "precision": "town", "lat": 4.10, "lon": 31.20,
              "country": "XX", "admin1": "North"}
PUMP_TOWN = {"name": "Pumpton", "precision": "town", "lat": 4.12, "lon": 31.23,
             "country": "XX", "admin1": "North"}
PROVINCE = {"name": "North", "precision": "admin1", "lat": 4.5, "lon": 31.5,
            "country": "XX", "admin1": "North"}


def _ref(aid: str, inherited: bool = False, place: dict | None = None) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence", place=place,
                    date_inherited=inherited)


def _corpus(rival: str, page_place: dict | None = RIVER_TOWN
            ) -> tuple[list[EventRef], Forest, dict, dict]:
    # idf weighs every word alike: the raid page shares 'soldiers', 'raided', 'maize',
    # 'fields', 'irrigation', 'pump' with the story and fewer, common words with the rival
    words = {"u": _words(PAGE), "a": _words(STORY), "c": _words(rival)}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    refs = [_ref("u", place=page_place), _ref("a", place=PUMP_TOWN), _ref("c", place=PUMP_TOWN)]
    padded = _padded(idf, words)
    return refs, Forest(3), padded, idf


def _padded(idf: dict, words: dict) -> dict:
    """Pad the page with words of its own so the story reads just under the floor (0.1) and
    over its 0.8 share: a long page sharing a few telling words with a short one."""
    extra = 0
    while similar.cosine(words["u"] | {f"x{k}" for k in range(extra)}, set(words["a"]),
                         {**idf, **{f"x{k}": 1.0 for k in range(extra)}}) >= 0.095:
        extra += 1
    pad = {f"x{k}" for k in range(extra)}
    idf.update({w: 1.0 for w in pad})
    return {**words, "u": words["u"] | pad}


def test_an_undated_page_clearly_ahead_of_its_rival_joins_under_the_floor():
    refs, forest, words, idf = _corpus(OTHER)
    top = similar.cosine(words["u"], set(words["a"]), idf)
    second = similar.cosine(words["u"], set(words["c"]), idf)
    assert 0.08 <= top < 0.1 and second > 0 and top >= 1.5 * second
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, page=[0]) == forest.find(1)


def test_a_page_an_earlier_pass_tied_keeps_the_full_floor():
    refs, forest, words, idf = _corpus(OTHER)
    refs.append(_ref("u", inherited=True))  # another report of the page took a date
    why: list[str] = []
    assert similar._best("u", {0: [1, 2]}, refs, Forest(4), idf, words, why=why,
                         page=[0, 3]) is None
    assert why == ["wording_floor_rivals"]


def test_a_rival_sharing_no_word_shows_no_lead():
    refs, forest, words, idf = _corpus(STRANGER)
    assert similar.cosine(words["u"], set(words["c"]), idf) == 0
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, page=[0]) is None


def test_a_dated_report_keeps_the_full_floor():
    refs, forest, words, idf = _corpus(OTHER)
    refs[0] = EventRef({"id": "u"}, "u", "u", "u", None, (date(2021, 3, 1), date(2021, 3, 1)),
                       "violence", place=RIVER_TOWN)
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, page=[0]) is None


def test_a_page_placed_only_at_the_province_keeps_the_full_floor():
    # the same lead in wording, but no report of the page lies at a town near the story's:
    # the province holds many occurrences, and the wording alone under the floor is no tie
    refs, forest, words, idf = _corpus(OTHER, page_place=PROVINCE)
    why: list[str] = []
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, why=why, page=[0]) is None
    assert why == ["wording_floor_rivals"]


def test_a_page_at_a_town_out_of_reach_keeps_the_full_floor():
    far = {**RIVER_TOWN, "name": "Farfield", "lat": 9.0, "lon": 36.0}
    refs, forest, words, idf = _corpus(OTHER, page_place=far)
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, page=[0]) is None
