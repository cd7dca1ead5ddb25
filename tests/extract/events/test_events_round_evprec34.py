"""Round evprec34: false events of victims described again and of a relative clause's record
in the present perfect (sentences written for these tests)."""

from __future__ import annotations

from fogofwar.extract.events import confidence

from .whole import done_events, raid_article


def _types(text: str) -> list[str]:
    return [e.type for e in done_events(text)]


def _later(line: str) -> list[str]:
    """The types of the events a story's later line tells (the raid of `raid_article` aside)."""
    return [e.type for e in done_events(raid_article(line)) if e.sentence.startswith(line[:20])]


def test_victims_described_as_a_clause_subject_tell_no_new_event():
    assert _later("The three guards killed were all recruits from Larsen, officials said.") == []


def test_victims_taken_to_hospital_tell_no_new_event():
    assert _later("Two villagers wounded in the raid were taken to a clinic in Tolsa.") == []


def test_the_first_telling_by_a_described_victim_stays():
    assert _types("The four farmers killed near Veld on Friday were buried on Saturday, "
                  "villagers said.") != []


def test_a_count_of_victims_killed_stays_an_event():
    assert "ASSAULT" in _types("Gunmen shot dead four farmers near Veld on Friday. The number "
                               "of farmers killed in the district has risen to 20.")


def test_a_relative_clause_record_in_the_present_perfect_is_no_event():
    assert _later("The Sahel Front, which has attacked army posts in Tolsa province, did not "
                  "comment.") == []
    assert _later("The militia, which has shelled the town of Veld, denied the raid.") == []


def test_a_record_clause_on_a_possessive_relative_is_no_event():
    assert _later("Officials blamed the Sahel Front, whose fighters have kidnapped traders "
                  "near Arvo.") == []


def test_a_record_clause_on_a_campaign_is_no_event():
    assert _later("The coalition has faced criticism over its air campaign, which has hit "
                  "schools and hospitals in Veld.") == []


def test_a_relative_clause_on_one_attack_keeps_its_toll():
    assert _types("A bombing hit a market in Veld on Friday. The bombing, which has killed 14 "
                  "people, was the worst this year.") != []


def test_a_relative_clause_in_the_past_stays_an_event():
    assert "FIGHT" in _later("The militants, who attacked a second post near Arvo on Tuesday, "
                             "fled into the hills.")


# --- the filter's restatement cut (confidence.restated) ------------------------------------

TYPES = frozenset({"ASSAULT", "FIGHT"})


def _ev(sentence: str, kind: str = "ASSAULT", actor: str | None = None,
        target: str | None = None, place: str | None = None, figures=(), date=None,
        **flags) -> dict:
    return {"type": kind, "sentence": sentence, "date": date,
            "actor": {"text": actor} if actor else None,
            "target": {"text": target} if target else None,
            "place": {"name": place} if place else None,
            "figures": [{"category": c, "value": v} for c, v in figures], **flags}


LEDE = _ev("Gunmen killed nine traders in Veld on Monday.", actor="Gunmen", target="traders",
           place="Veld", figures=[("killed", 9.0)], date="2024-05-06")


def test_a_later_mention_adding_nothing_is_a_restatement():
    again = _ev("The gunmen killed the traders in Veld, a witness said.", actor="gunmen",
                target="traders", place="Veld", figures=[("killed", 9.0)])
    assert confidence.restated([LEDE, again], TYPES) == [False, True]


def test_a_later_mention_with_a_new_place_or_day_is_no_restatement():
    for again in (_ev("Gunmen killed nine traders in Arvo.", place="Arvo"),
                  _ev("Gunmen killed nine traders on Tuesday.", date="2024-05-07")):
        assert confidence.restated([LEDE, again], TYPES) == [False, False]


def test_a_later_mention_adding_a_victim_or_a_count_is_still_a_restatement():
    for again in (_ev("They also killed two guards.", target="guards", actor="Gunmen"),
                  _ev("Gunmen killed 12 traders.", figures=[("killed", 12.0)])):
        assert confidence.restated([LEDE, again], TYPES) == [False, True]


def test_no_restatement_of_another_type_a_denied_act_or_the_same_sentence():
    fight = _ev("Troops fought the gunmen near Veld.", kind="FIGHT", place="Veld")
    denied = _ev("Gunmen did not kill the traders in Veld.", negated=True, place="Veld")
    same = _ev(LEDE["sentence"], place="Veld")
    assert confidence.restated([LEDE, fight, denied, same], TYPES) == [False] * 4


def test_an_act_told_first_as_background_is_not_restated():
    recalled = {**LEDE, "background": True}
    again = _ev("Gunmen shot traders in Veld, a witness said.", place="Veld")
    assert confidence.restated([recalled, again], TYPES) == [False, False]


def test_a_low_scored_restatement_with_its_own_place_is_dropped(monkeypatch):
    from fogofwar.records import Analysis, Article, Event, Place

    def place(name: str) -> Place:
        return Place(text=name, start=0, end=len(name), name=name, role="location",
                     precision="town")

    art = Article(id="t1", source="test", text="x", outlet="Test Wire")
    def event(n: int, sentence: str, town: str) -> Event:
        return Event(id=f"t1:e{n}", type="ASSAULT", mode=None, actor=None, target=None,
                     date=None, date_precision=None, figures=[], claim_id=None,
                     sentence=sentence, place=place(town))

    events = [event(1, "A bomb hit a market in Veld.", "Veld"),
              event(2, "The market in Veld was hit again.", "Veld"),
              event(3, "A bomb hit a school in Arvo.", "Arvo")]
    monkeypatch.setattr(confidence, "score", lambda features, model: 0.15)
    if confidence.load_model() is None:
        return
    kept = confidence.filter_events(Analysis(article=art, events=events), threshold=0.1)
    assert [e.id for e in kept.events] == ["t1:e1", "t1:e3"]


def test_a_where_clause_in_the_present_perfect_stays_an_event():
    assert _later("Troops reached Tolsa, where the militants have kidnapped six traders.") != []
