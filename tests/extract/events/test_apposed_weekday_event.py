"""An undated page's event told "on Friday, March 7, 2025" takes that day (session 32): the
weekday beside the date no longer stands for an unknown day. A made-up sentence, whole pipeline."""

from fogofwar.analysis import analyse_batch
from fogofwar.records import Article


def test_event_on_a_weekday_with_its_date_is_dated():
    text = ("Twelve soldiers were killed in an ambush near the river crossing in the east on "
            "Friday, March 7. The army confirmed the toll at a briefing on Monday, March 10, "
            "2025, raising the first count.")
    art = Article(id="u1", source="test", text=text, outlet="Test Wire")
    fights = [e for e in analyse_batch([art])[0].events if e.type in ("FIGHT", "ASSAULT")]
    assert fights and all(str(e.date) == "2025-03-07" for e in fights)
