"""Hand-made articles in export shape for reconcile tests, and their conversion to records.

Events are written as small dicts over a default (an ASSAULT at Saraqib on 10 February 2020,
told by the article's own narrator) so each test states only what it varies.
"""

from __future__ import annotations

from datetime import date

from fogofwar.records import Analysis, Article, Claim, Event, Figure, Mention, Place

# Sentences quoted from the demo articles, used as event sentences and article text.
SARAQIB_ATTACK = ("On February 10, \u2018al-Qaeda freedom fighters\u2019 launched a powerful "
                  "attack on positions of pro-government forces near Saraqib.")
FIVE_KILLED = ("At least 5 Turkish personnel were reportedly killed in the retaliatory strikes "
               "by the Syrian Army.")
MINISTRY = ("\u201cFive of our troops were killed and five others were injured in the shelling "
            "by the Syrian regime,\u201d the Turkish Defense Ministry said on Monday.")

SARAQIB = {"text": "Saraqib", "start": 0, "end": 7, "name": "Saraqib", "geonames_id": 164816,
           "lat": 35.864, "lon": 36.806, "country": "SY", "admin1": "Idlib Governorate",
           "feature_code": "PPL", "precision": "town", "within": None}
NAYRAB = {**SARAQIB, "text": "Nayrab", "name": "Nayrab", "geonames_id": 1,
          "lat": 35.85, "lon": 36.75}
TAFTANAZ = {**SARAQIB, "text": "Taftanaz", "name": "Taftanaz", "geonames_id": 163345,
            "lat": 35.998, "lon": 36.786}
JISR = {**SARAQIB, "text": "Jisr al-Shughur", "name": "Jisr al-Shughur", "geonames_id": 2,
        "lat": 35.81, "lon": 36.32}  # ~45 km west of Saraqib, same governorate
IDLIB_GOV = {**SARAQIB, "text": "Idlib", "name": "Idlib Governorate", "geonames_id": 169388,
             "lat": 35.75, "lon": 36.58, "feature_code": "ADM1", "precision": "admin1"}
QAMISHLI = {**SARAQIB, "text": "Qamishli", "name": "Qamishli", "geonames_id": 173576,
            "lat": 37.05, "lon": 41.23, "admin1": "Al-Hasakah Governorate"}
SYRIA = {**SARAQIB, "text": "Syria", "name": "Syria", "lat": 35.0, "lon": 38.0,
         "admin1": None, "feature_code": "PCLI", "precision": "country"}


def killed(n: float, low: float | None = None, high: float | None = None,
           counts: str = "soldiers", approx: bool = False) -> dict:
    return {"text": f"{n:g}", "value": n, "low": low, "high": high, "approx": approx,
            "counts": counts, "category": "killed"}


def mention(name: str, side: str | None) -> dict:
    return {"text": name, "start": 0, "end": len(name), "actor_id": name.lower(), "name": name,
            "country": None, "sector": None, "side": side}


def article(aid: str, outlet: str, events: list[dict], *,
            claimant: tuple[str, str | None] | None = None, published: str = "2020-02-11",
            duplicate_of: str | None = None, original_outlet: str | None = None,
            text: str = SARAQIB_ATTACK) -> dict:
    """One article whose events all hang on one claim (the narrator's, or `claimant`'s)."""
    outlets = [original_outlet, outlet] if original_outlet else [outlet]
    chain = outlets if claimant is None else [claimant[0], *outlets]
    claim = {"id": f"{aid}:c0", "sentence": text, "start": 0, "end": len(text), "quote": False,
             "cue": None, "hedge": None, "chain": chain, "figures": [],
             "claimant": None if claimant is None else mention(*claimant)}
    evs = [{"id": f"{aid}:e{i}", "type": "ASSAULT", "mode": None, "actor": None,
            "target": None, "place": SARAQIB, "date": "2020-02-10", "date_precision": "day",
            "figures": [], "claim_id": claim["id"], "sentence": text, "negated": False,
            "hypothetical": False, **ev} for i, ev in enumerate(events)]
    return {"id": aid, "source": f"{aid}.txt", "url": None, "outlet": outlet,
            "original_outlet": original_outlet, "title": None, "published": published,
            "published_precision": "day", "duplicate_of": duplicate_of, "text": text,
            "removed": [], "actors": [], "places": [], "claims": [claim], "events": evs}


def _mention(d: dict | None) -> Mention | None:
    return Mention(**d) if d else None


def to_analysis(art: dict) -> Analysis:
    """The records a store write takes, for an article built by `article`."""
    claims = [Claim(c["id"], c["sentence"], c["start"], c["end"], c["quote"], c["cue"],
                    c["hedge"], _mention(c["claimant"]), list(c["chain"]))
              for c in art["claims"]]
    events = [Event(e["id"], e["type"], e["mode"], _mention(e["actor"]), _mention(e["target"]),
                    Place(**e["place"]) if e["place"] else None,
                    date.fromisoformat(e["date"]) if e["date"] else None, e["date_precision"],
                    [Figure(**f) for f in e["figures"]], e["claim_id"], e["sentence"],
                    e["negated"], e["hypothetical"])
              for e in art["events"]]
    a = Article(art["id"], art["source"], art["text"], outlet=art["outlet"],
                original_outlet=art["original_outlet"],
                published=date.fromisoformat(art["published"]), published_precision="day",
                duplicate_of=art["duplicate_of"])
    return Analysis(article=a, actors=[], places=[], claims=claims, events=events)


def multi_claim_article(aid: str, outlet: str,
                        parts: list[tuple[str, tuple[str, str | None] | None, list[dict]]], *,
                        published: str = "2020-02-11", sep: str = "\n") -> dict:
    """An article of several claims: each part is (sentence, claimant or None, events).

    Parts are joined by `sep` ("\\n": one paragraph each; " ": one paragraph for all), and each
    claim and its events point at their own sentence.
    """
    text = sep.join(p[0] for p in parts)
    art = article(aid, outlet, [], published=published, text=text)
    art["claims"], start = [], 0
    for n, (sentence, claimant, events) in enumerate(parts):
        one = article(aid, outlet, events, claimant=claimant, published=published, text=sentence)
        claim = {**one["claims"][0], "id": f"{aid}:c{n}", "start": start,
                 "end": start + len(sentence)}
        art["claims"].append(claim)
        art["events"] += [{**ev, "id": f"{aid}:c{n}e{i}", "claim_id": claim["id"]}
                          for i, ev in enumerate(one["events"])]
        start += len(sentence) + len(sep)
    return art


def site(name: str, town: dict = SARAQIB, code: str = "HSP") -> dict:
    """A named site place located at `town` (as resolve/sites.py exports one)."""
    return {**town, "text": name, "name": name, "geonames_id": None, "feature_code": code,
            "precision": "site", "within": town["name"]}


def unpaired(contradictions: list[dict]) -> list[dict]:
    """Contradictions without their `pairs` (tests of values and claimants only)."""
    return [{k: v for k, v in c.items() if k != "pairs"} for c in contradictions]


def sides_page(text: str, home: str = "KEN") -> dict:
    """An export-shaped article for claimant_sides: its text, two places in `home`, no
    actors or claims yet (`sides_mention` adds them)."""
    places = [{"text": "Town", "country": home, "role": "location", "start": 0, "end": 4}] * 2
    return {"text": text, "places": places, "actors": [], "claims": []}


def sides_mention(art: dict, needle: str, nth: int = 0, **fields) -> dict:
    """The `nth` mention of `needle` in a `sides_page`, added as an actor no pack knows and as
    a claim's claimant; `fields` set what a test varies."""
    start = -1
    for _ in range(nth + 1):
        start = art["text"].index(needle, start + 1)
    m = {"text": needle, "start": start, "end": start + len(needle), "actor_id": None,
         "country": None, "sector": None, "side": None, **fields}
    art["actors"].append(m)
    art["claims"].append({"claimant": m})
    return m
