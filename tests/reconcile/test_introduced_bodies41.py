"""A body a page brings in by an indefinite description before naming it (issue 14, stop 41):
"A rights organization counted 136 civilians killed … “… 136 bodies …,” the Collective said" is
one voice, the Collective's (reconcile/described.introduced_claim, reconcile pack
`introduced_body_nouns`). A next source giving other figures, a definite description or a
person described are left as they were. Claims written for these tests."""

from __future__ import annotations

from fogofwar.reconcile.described import introduced_claim
from fogofwar.reconcile.incidents import claim_source


def _claim(text: str, sentence: str, who: str, figures: list[tuple[str, float]]) -> dict:
    start = text.index(sentence)
    at = text.index(who, start)
    return {"id": f"c{start}", "sentence": sentence, "start": start, "chain": [who, "Test Wire"],
            "claimant": {"text": who, "start": at, "end": at + len(who), "actor_id": None},
            "figures": [{"text": str(int(v)), "category": c, "low": v, "high": v}
                        for c, v in figures]}


def _page(first: str, who: str, second: str, named: str, figures: list[tuple[str, float]],
          second_figures: list[tuple[str, float]]) -> tuple[dict, dict, dict]:
    text = first + "\n\n" + second
    a = _claim(text, first, who, figures)
    b = _claim(text, second, named, second_figures)
    return {"text": text, "claims": [a, b], "actors": [], "outlet": "Test Wire"}, a, b


FIRST = "A Vantish rights organization counted 136 villagers killed in the raid on Korvan."
SECOND = ("\u201cOur teams recorded 136 bodies,\u201d the Collective for Justice said in a "
          "statement.")


def test_an_introduced_body_is_the_source_the_page_names_next():
    art, first, second = _page(FIRST, "Vantish rights organization", SECOND,
                               "Collective for Justice", [("killed", 136.0)],
                               [("killed", 136.0)])
    assert introduced_claim(first, art) is second
    assert claim_source(first, art)[0] == claim_source(second, art)[0] == "Collective for Justice"


def test_a_next_source_with_other_figures_is_another_voice():
    art, first, _ = _page(FIRST, "Vantish rights organization",
                          SECOND.replace("136", "120"), "Collective for Justice",
                          [("killed", 136.0)], [("killed", 120.0)])
    assert introduced_claim(first, art) is None
    assert claim_source(first, art)[0] == "Vantish rights organization"


def test_a_definite_description_or_a_person_is_not_brought_in():
    definite = FIRST.replace("A Vantish", "The Vantish")
    art, first, _ = _page(definite, "Vantish rights organization", SECOND,
                          "Collective for Justice", [("killed", 136.0)], [("killed", 136.0)])
    assert introduced_claim(first, art) is None
    person = "A local reporter counted 136 villagers killed in the raid on Korvan."
    art, first, _ = _page(person, "local reporter", SECOND, "Collective for Justice",
                          [("killed", 136.0)], [("killed", 136.0)])
    assert introduced_claim(first, art) is None
