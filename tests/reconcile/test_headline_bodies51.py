"""Round voices51: a headline brings a body in by its description without an article
("Vantish NGO says 90 villagers killed in Korvan raid"); the next source the page names that
states its toll is that body (reconcile/described.introduced_claim), unless that source is a
state's voice. Claims written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.described import introduced_claim
from fogofwar.reconcile.incidents import claim_source

HEAD = "Vantish NGO says 90 villagers killed in Korvan raid"
BODY = "\u201cOur teams counted 90 bodies,\u201d the Collective for Justice said on Monday."


def _claim(text: str, sentence: str, who: str, value: float, **extra) -> dict:
    start = text.index(sentence)
    at = text.index(who, start)
    return {"id": f"c{start}", "sentence": sentence, "start": start, "chain": [who, "Test Wire"],
            "claimant": {"text": who, "start": at, "end": at + len(who), "actor_id": None,
                         **extra},
            "figures": [{"text": str(int(value)), "category": "killed", "low": value,
                         "high": value}]}


def _page(body: str, named: str, value: float, in_title: bool = True, **extra):
    text = HEAD + "\n\n" + body
    head = {**_claim(text, HEAD, "Vantish NGO", 90.0), "in_title": in_title}
    later = _claim(text, body, named, value, **extra)
    return {"text": text, "claims": [head, later], "actors": [], "outlet": "Test Wire"}, \
        head, later


def test_a_headlines_described_body_is_the_source_named_next():
    art, head, later = _page(BODY, "Collective for Justice", 90.0)
    assert introduced_claim(head, art) is later
    assert claim_source(head, art)[0] == "Collective for Justice"


def test_the_same_words_off_the_headline_need_their_article():
    art, head, _ = _page(BODY, "Collective for Justice", 90.0, in_title=False)
    assert introduced_claim(head, art) is None


def test_a_state_voice_giving_the_headlines_toll_is_not_the_body():
    body = "Police said on Monday that 90 villagers were killed."
    art, head, _ = _page(body, "Police", 90.0, sector="GOV", side="vnt")
    assert introduced_claim(head, art) is None
    assert claim_source(head, art)[0] == "Vantish NGO"


def test_a_headlines_open_toll_holds_the_bodys_count():
    art, head, later = _page(BODY, "Collective for Justice", 90.0)
    head["figures"][0]["high"] = None  # "says toll is at least 90"
    assert introduced_claim(head, art) is later
    art, head, _ = _page(BODY.replace("90", "80"), "Collective for Justice", 80.0)
    head["figures"][0]["high"] = None
    assert introduced_claim(head, art) is None
