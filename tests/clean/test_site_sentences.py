"""Site furniture said as a sentence (boiler31): comment policy, read counts, platform credits,
form errors, syndication notes, access offers, reporter contacts, app links, adjacent-story
links glued to their label, "Read:" teasers. Lines written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.clean.boilerplate import boilerplate_name


@pytest.mark.parametrize(("line", "name"), [
    ("Comments are moderated before they appear and must stay civil.", "comment_policy"),
    ("Please see our comment guidelines.", "comment_policy"),
    ("You have commented 12 times on Harbour Times.", "comment_policy"),
    ("This story has been viewed 1,204 times", "read_count"),
    ("Powered by WordPress.", "powered_by"),
    ("There was an error while submitting your form. Please try again.", "form_message"),
    ("This article was supplied by a wire agency and has not been edited by our staff.",
     "produced_by"),
    ("Published in The Coastal Ledger, March 3rd, 2019.", "published_in"),
    ("Unlimited access. Only 2 euros a month.", "access_offer"),
    ("To contact the editor responsible for this story: Jo Smith at js@example.org",
     "media_contact"),
    ("Open the app", "app_promo"),
    ("Previous postFloods close the valley road for a week", "adjacent_story"),
    ("Next storyHarbour strike enters its third day", "adjacent_story"),
    ("Read: Harbour strike enters its third day", "related_teaser_colon"),
    ("ALSO READ | Harbour strike enters its third day", "related_teaser_colon"),
    ("Already a member? Log in to read the rest of this story and our archive.", "subscription"),
    ("Read all the news from the Valley Gazette on Google News.", "follow_channels"),
    ("Tiempo de lectura: 3 min", "reading_time_label"),
])
def test_site_sentence_is_boilerplate(line: str, name: str) -> None:
    assert boilerplate_name(line) == name


@pytest.mark.parametrize("line", [
    "Comments by the governor were published on Monday.",
    "The post was powered by two diesel generators after the strike.",
    "Next week the army said it would pull back from the ridge.",
    "Previously, the militia had held the bridge for a month.",
    "Read: https://example.org/statement — Valley Monitor (@valleymon) May 2, 2021",
    "The report was published in the journal, said the ministry, which denied it.",
    "Unlimited access to the port was promised by the rebels, the mayor said.",
    "This story was written by a reporter who saw the shelling on Monday.",
])
def test_story_sentence_is_not_boilerplate(line: str) -> None:
    assert boilerplate_name(line) is None


def test_report_produced_by_a_body_is_story() -> None:
    """A "report" produced by an agency or a mission is what war stories quote: it stays."""
    assert boilerplate_name("This report was produced by the monitoring mission in May.") is None
