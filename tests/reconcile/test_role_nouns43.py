"""A source named by a role noun alone (issue 14, stop 43): a headline signed "…: monitor", or
"the activists said", is the one source of the page whose name or the words around it hold the
noun ("the Velmar Centre for Civil Liberties war monitor said"), as "the governor" is the
governor the page names (reconcile/speakers.named_by_role, reconcile pack
`claimant_role_nouns`); a noun that is the agent of something else near a name ("videos posted
by activists") names no role of it (`role_agent_words`). Claims written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.incidents import claim_source
from fogofwar.reconcile.speakers import named_by_role, role_only


def _claim(text: str, sentence: str, who: str, n: int) -> dict:
    start = text.index(sentence)
    at = text.index(who, start)
    return {"id": f"c{start}", "sentence": sentence, "start": start, "chain": [who, "Test Wire"],
            "claimant": {"text": who, "start": at, "end": at + len(who), "actor_id": None},
            "figures": [{"text": str(n), "category": "killed", "low": n, "high": n}]}


def _page(lines: list[tuple[str, str]]) -> tuple[dict, list[dict]]:
    text = "\n\n".join(s for s, _ in lines)
    claims = [_claim(text, s, who, 12) for s, who in lines]
    return {"text": text, "claims": claims, "actors": [], "outlet": "Test Wire"}, claims


def test_a_role_noun_alone_is_named_by_role():
    assert named_by_role("monitor") and named_by_role("the activists")
    assert named_by_role("rights group") and named_by_role("a police officer")
    assert not role_only("monitor")  # not a generic word: two names still differ by it
    assert not named_by_role("Velmar Centre") and not named_by_role("church leader")


def test_a_signed_headline_is_the_monitor_the_body_names():
    art, (head, body) = _page([
        ("Toll rises to 12 in strike on Korvan depot: monitor", "monitor"),
        ("The Velmar Centre for Civil Liberties war monitor said on Tuesday that 12 people "
         "died in the strike.", "Velmar Centre for Civil Liberties"),
    ])
    assert claim_source(head, art)[0] == claim_source(body, art)[0] \
        == "Velmar Centre for Civil Liberties"


def test_activists_are_no_source_their_videos_are_credited_to():
    art, (first, second) = _page([
        ("Reports citing activists said 12 people were killed in the raid on Korvan.",
         "activists"),
        ("Videos posted by activists showed 12 bodies laid out in a courtyard.", "Videos"),
    ])
    assert claim_source(first, art)[0] == "activists"


def test_two_holders_decide_nothing():
    art, (first, _, _) = _page([
        ("Twelve people died, the monitor said.", "monitor"),
        ("The Velmar Centre, a monitor of the fighting, counted 12 dead.", "Velmar Centre"),
        ("The Korvan Watch monitor said 12 people were killed.", "Korvan Watch"),
    ])
    assert claim_source(first, art)[0] == "monitor"
