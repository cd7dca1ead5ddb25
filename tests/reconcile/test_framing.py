"""Outlet framing: referring terms per party, scare quotes, loaded verbs, per-article rates."""

from __future__ import annotations

import pytest

from fogofwar.reconcile import outlet_framing
from fogofwar.reconcile.framing import party_terms, referring_term

from .helpers import article

# South Front (004): scare quotes around the label it rejects; Zero Hedge (000): "liberate".
SF = ("On February 10, \u2018al-Qaeda freedom fighters\u2019 launched a powerful attack "
      "near Saraqib.")
ZH = ("Amid the ongoing Russian-Syrian military offensive to liberate Idlib province from the "
      "al-Qaeda terrorists, the regime advanced.")


def actor(text: str, phrase: str, actor_id: str | None, side: str | None) -> dict:
    start = text.index(phrase)
    return {"text": phrase, "start": start, "end": start + len(phrase), "actor_id": actor_id,
            "name": None, "country": None, "sector": None, "side": side}


@pytest.mark.parametrize("text, phrase, term", [
    (SF, "al-Qaeda freedom fighters", "\u2018al-Qaeda freedom fighters\u2019"),  # scare quotes
    (ZH, "the regime", "regime"),                        # leading determiner dropped
    ("Turkey\u2019s troops moved.", "Turkey\u2019s", "Turkey"),  # possessive dropped
    ("The Syrian Army advanced.", "The Syrian Army", "Syrian Army"),
    # guillemets, as Russian and French outlets print scare quotes
    ("The \u00abmoderate opposition\u00bb shelled Aleppo.", "moderate opposition",
     "\u00abmoderate opposition\u00bb"),
])
def test_referring_term(text, phrase, term):
    assert referring_term(text, actor(text, phrase, "x", None)) == term


def sf_article(aid: str, text: str = SF) -> dict:
    art = article(aid, "Global Research", [], original_outlet="South Front", text=text)
    art["actors"] = [actor(text, "al-Qaeda freedom fighters", "hts", "jihadist")]
    return art


def zh_article(aid: str) -> dict:
    art = article(aid, "Zero Hedge", [], text=ZH)
    art["actors"] = [actor(ZH, "al-Qaeda terrorists", "hts", "jihadist"),
                     actor(ZH, "the regime", "syr_gov", "syria_gov")]
    return art


def test_outlet_record_counts_quotes_verbs_and_rates_per_article():
    rows = {r["outlet"]: r for r in outlet_framing([sf_article("a"), sf_article("b"),
                                                   zh_article("c")])}
    sf, zh = rows["South Front"], rows["Zero Hedge"]
    # the repost is credited to South Front, the author, not Global Research
    assert sf["articles"] == 2 and "Global Research" not in rows
    assert sf["scare_quotes"] == {"\u2018al-Qaeda freedom fighters\u2019": 2}
    assert sf["terms_per_article"] == {"\u2018al-Qaeda freedom fighters\u2019": 1.0}
    assert zh["loaded_verbs"] == {"liberate": 1} and "liberate" not in sf["loaded_verbs"]
    assert zh["labels"]["syr_gov"] == {"regime": 1}


def test_linked_copy_is_counted_once():
    copy = sf_article("b")
    copy["duplicate_of"] = "a"
    (row,) = outlet_framing([sf_article("a"), copy])
    assert row["articles"] == 1 and row["terms"] == {"\u2018al-Qaeda freedom fighters\u2019": 1}


def test_case_variants_merge_under_the_commoner_spelling():
    text = "Militants fled. The militants returned. militants again."
    art = article("a", "Zero Hedge", [], text=text)
    art["actors"] = [actor(text, "Militants", "m", "opposition_or_jihadist"),
                     {**actor(text, "militants", "m", "opposition_or_jihadist")},
                     {**actor(text, "militants again", "m", "opposition_or_jihadist"),
                      "text": "militants", "end": text.index("militants again") + 9}]
    (row,) = outlet_framing([art])
    assert row["terms"] == {"militants": 3}


def test_party_rows_group_sides_and_count_articles_per_outlet():
    by_party, n = party_terms([sf_article("a"), zh_article("b")])
    assert n == {"South Front": 1, "Zero Hedge": 1}
    opposition = by_party["armed opposition & jihadists"]
    assert opposition["Zero Hedge"] == {"al-Qaeda terrorists": 1}
    assert by_party["Syrian government & forces"]["Zero Hedge"] == {"regime": 1}
