"""No site name runs across a blank line: a headline ending in a site kind and the dateline
that opens the next paragraph are two things. Sentences written for this test."""

from __future__ import annotations

from .test_sites_coordinated import sites


def test_a_headline_site_does_not_take_the_dateline_after_it(nlp):
    text = ("Drone strike hits a camp\n\nKHAN YOUNIS - A drone struck tents near the "
            "beach on Tuesday, medics said.")
    assert not any("\n" in s or "KHAN" in s for s in sites(nlp, text))


def test_a_name_before_a_blank_line_is_no_site_name(nlp):
    text = ("Residents fled toward Rafah\n\nHospital staff said the wards were full on "
            "Sunday.")
    assert not any("\n" in s for s in sites(nlp, text))


def test_a_site_name_within_a_paragraph_is_still_read(nlp):
    text = "A shell hit the Al Noor hospital in Khan Younis on Monday, doctors said."
    assert any("Al Noor" in s for s in sites(nlp, text))
