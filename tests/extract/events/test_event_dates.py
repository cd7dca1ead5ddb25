"""An event's date from its statement: a "since ..." date says when a state of affairs began,
not when the event happened (issue 14: "the RSF, which has been engaged in conflict with the
army since April 2023, attacked the village" was dated April 2023, not June 5, 2024)."""

from __future__ import annotations

from datetime import date

from fogofwar.extract import extract_claims, extract_events
from fogofwar.records import DateRef

from ..conftest import article, mention


def _events(nlp, text, dates):
    doc, art = nlp(text), article(text)
    mentions = [mention(text, "Syrian Army", "SYR_MIL", "Syrian Army", "SYR", "MIL")]
    refs = [DateRef(d, text.find(d), text.find(d) + len(d), v, p) for d, v, p in dates]
    claims = extract_claims(doc, art, mentions, ())
    return extract_events(doc, art, claims, mentions, [], refs, ())


def test_since_date_gives_way(nlp):
    text = ("On Wednesday, June 5, 2024, the Syrian Army, which has been engaged in fighting "
            "since April 2023, attacked the village of Wad Noura.")
    dates = [("June 5, 2024", date(2024, 6, 5), "day"), ("April 2023", date(2023, 4, 1), "month")]
    attack = next(e for e in _events(nlp, text, dates) if e.trigger == "attacked")
    assert (attack.date, attack.date_precision) == (date(2024, 6, 5), "day")


def test_since_date_alone_is_still_taken(nlp):
    text = "Since April 2023 the Syrian Army has shelled the village of Wad Noura."
    dates = [("April 2023", date(2023, 4, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date == date(2023, 4, 1)


def test_since_date_of_another_clause_is_not_the_events(nlp):
    text = ("The Syrian Army shelled the depot of the rebels, who have been smuggling fuel "
            "across the border since March 2019.")
    dates = [("March 2019", date(2019, 3, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_since_date_is_not_inherited_by_a_later_sentence(nlp):
    text = ("The Syrian Army has besieged the town since June 2018. "
            "The Syrian Army shelled the market of the town.")
    dates = [("June 2018", date(2018, 6, 1), "month")]
    shelled = next(e for e in _events(nlp, text, dates) if e.trigger == "shelled")
    assert shelled.date is None


def test_a_modifier_after_since_leaves_the_date_a_start():
    from fogofwar.resolve.dates import is_duration_start, resolve_dates

    for text in ("The militia has held the pass since late 2019.",
                 "The militia has held the pass since early June 2019.",
                 "The militia has held the pass since the end of 2019."):
        (ref,) = resolve_dates(text, None, None)
        assert is_duration_start(text, ref), text
    text = "The militia took the pass in late 2019."
    (ref,) = resolve_dates(text, None, None)
    assert not is_duration_start(text, ref)
