"""Pass 6 (reconcile/similar.py, `_clear_lead`): an undated page no earlier pass tied, whose
best story outreads every rival by the margin, needs only the lower share of the wording floor."""

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


def _ref(aid: str, inherited: bool = False) -> EventRef:
    return EventRef({"id": aid}, aid, aid, aid, None, None, "violence",
                    date_inherited=inherited)


def _corpus(rival: str) -> tuple[list[EventRef], Forest, dict, dict]:
    # idf weighs every word alike: the raid page shares 'soldiers', 'raided', 'maize',
    # 'fields', 'irrigation', 'pump' with the story and fewer, common words with the rival
    words = {"u": _words(PAGE), "a": _words(STORY), "c": _words(rival)}
    idf = {w: 1.0 for ws in words.values() for w in ws}
    refs = [_ref("u"), _ref("a"), _ref("c")]
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
                       "violence")
    assert similar._best("u", {0: [1, 2]}, refs, forest, idf, words, page=[0]) is None
