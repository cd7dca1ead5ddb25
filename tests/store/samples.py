"""Hand-built analyses of sentences quoted from the demo articles, for store and export tests.

Offsets are found in the text rather than typed, so each span really covers its words.
"""

from __future__ import annotations

from datetime import date

from fogofwar.records import Analysis, Article, Claim, Event, Figure, Mention, Place

# From 002 (Zero Hedge): the Feb. 3 shelling of Turkish troops, in three voices.
S1 = ("Turkey dramatically reinforced its forces across the border since Syrian troops killed "
      "five Turkish soldiers and a civilian in Idlib on Feb. 3 as they closed in on the "
      "country\u2019s last major rebel holdout.")
S2 = ("\u201cFive of our troops were killed and five others were injured in the shelling by the "
      "Syrian regime,\u201d the Turkish Defense Ministry said on Monday, adding that \u201creturn "
      "fire was opened.\u201d")
S3 = ("Turkey\u2019s Daily Sabah reported that in response to the alleged death of Turkish "
      "soldiers, 115 regime targets have been struck, 101 regime soldiers have been neutralized "
      "(i.e. killed), and 3 tanks and 2 mortars have been destroyed.")
TEXT_002 = "\n\n".join([S1, S2, S3])

# From 001 (outlet unknown): Kupschishin's figure relayed by TASS.
S4 = ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 Jabhat "
      "al-Nusra fighters were a part of the build-up in western Syria.")


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def mention(text: str, phrase: str, actor_id: str | None, name: str | None, country: str | None,
            sector: str | None, side: str | None, after: int = 0) -> Mention:
    return Mention(phrase, *span(text, phrase, after), actor_id, name, country, sector, side)


def figure(text: str, phrase: str, value: float | None, category: str, counts: str,
           low: float | None = None, high: float | None = None, approx: bool = False,
           after: int = 0) -> Figure:
    s, e = span(text, phrase, after)
    return Figure(phrase, value, low, high, approx, counts, category, s, e)


def zerohedge_analysis() -> Analysis:
    """Article 002 cut to three sentences: a narrator claim, a quote, a relayed report."""
    t = TEXT_002
    s2, s3 = t.index(S2), t.index(S3)
    syrian_troops = mention(t, "Syrian troops", "SYR_MIL", "Syrian Arab Army", "SYR", "MIL",
                            "government")
    turkish = mention(t, "Turkish soldiers", "TUR_MIL", "Turkish Armed Forces", "TUR", "MIL",
                      "turkey")
    ministry = mention(t, "Turkish Defense Ministry", "TUR_MOD", "Turkish Ministry of National "
                       "Defense", "TUR", "GOV", "turkey")
    regime = mention(t, "Syrian regime", "SYR_GOV", "Government of Syria", "SYR", "GOV",
                     "government")
    sabah = mention(t, "Daily Sabah", None, None, "TUR", "MED", None)
    idlib = Place("Idlib", *span(t, "Idlib"), "Idlib", 169388, 35.93062, 36.63393, "SY", "09",
                  "PPLA", "town")
    killed5 = figure(t, "five Turkish soldiers", 5, "killed", "Turkish soldiers")
    civilian = figure(t, "a civilian", 1, "killed", "civilian")
    troops5 = figure(t, "Five of our troops", 5, "killed", "troops", after=s2)
    injured5 = figure(t, "five others", 5, "injured", "others", after=s2)
    targets = figure(t, "115 regime targets", 115, "targets", "regime targets", after=s3)
    killed101 = figure(t, "101 regime soldiers", 101, "killed", "regime soldiers", after=s3)
    claims = [
        Claim("c1", S1, 0, len(S1), False, None, None, None, ["Zero Hedge"],
              [killed5, civilian], narrator=True),
        Claim("c2", S2, s2, s2 + len(S2), True, "said", None, ministry,
              ["Turkish Defense Ministry", "Zero Hedge"], [troops5, injured5]),
        Claim("c3", S3, s3, s3 + len(S3), False, "reported", "alleged", sabah,
              ["Daily Sabah", "Zero Hedge"], [targets, killed101], in_title=True),
    ]
    events = [
        Event("e1", "ASSAULT", "shelling", syrian_troops, turkish, idlib, date(2020, 2, 3),
              "day", [killed5, civilian], "c1", S1, trigger="killed"),
        Event("e2", "ASSAULT", "shelling", regime, None, None, date(2020, 2, 3), "day",
              [troops5, injured5], "c2", S2, trigger="shelling"),
        Event("e3", "ASSAULT", None, None, None, None, None, None, [targets, killed101], "c3",
              S3, negated=False, hypothetical=False, trigger="struck", in_title=True),
    ]
    article = Article(
        id="art-002", source="demo/002_fe59591e3e43e2e4.txt", text=t,
        url="https://www.zerohedge.com/geopolitical/example", outlet="Zero Hedge",
        title="Turkey reinforces Idlib", byline="Tyler Durden", published=date(2020, 2, 5),
        published_precision="day", removed=["Via Zerohedge"], removed_rules=["signature"],
        published_from="metadata", fingerprint=[7, 3, 2**32 - 1],
        line_keys=["via zerohedge", "read also"],
    )
    return Analysis(article, [syrian_troops, turkish, ministry, regime, sabah], [idlib], claims,
                    events)


def tass_analysis(**article_fields) -> Analysis:
    """Article 001 cut to one sentence: a figure relayed through TASS; no event."""
    t = S4
    general = mention(t, "Viktor Kupschishin", "RUS_MIL", "Viktor Kupschishin", "RUS", "MIL",
                      "russia")
    fighters = figure(t, "nearly 1,000 Jabhat al-Nusra fighters", 1000, "troops",
                      "Jabhat al-Nusra fighters", approx=True)
    claim = Claim("c1", t, 0, len(t), False, "told", None, general,
                  ["Viktor Kupschishin", "TASS", "unknown outlet"], [fighters])
    fields = {"id": "art-001", "source": "demo/001_5b0b9e6f285aca84.txt", "text": t,
              "published": date(2019, 5, 26), "published_precision": "day",
              "fingerprint": [11, 12], "line_keys": ["read also"]}
    fields.update(article_fields)
    return Analysis(Article(**fields), [general], [], [claim], [])
