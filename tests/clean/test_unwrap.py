"""Hard-wrapped pages: sentences cut by line breaks are joined again, other pages kept."""

from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean import Cleaner
from fogofwar.clean.unwrap import hard_wrapped, unwrap
from fogofwar.records import Document

WRAPPED = [
    "Six guards killed at river checkpoint on",
    "Gunmen stormed a checkpoint outside the river town on",
    "Thursday night and killed six guards, the district",
    "administrator said, adding that two attackers were",
    "captured.",
    '"We are still counting the dead," a hospital director',
    "told the regional broadcaster by phone.",
    "The road was closed to traffic.",
]


def test_hard_wrapped_lines_are_joined_into_sentences():
    assert hard_wrapped(WRAPPED)
    assert unwrap(WRAPPED) == [
        "Six guards killed at river checkpoint on",
        "Gunmen stormed a checkpoint outside the river town on Thursday night and killed six "
        "guards, the district administrator said, adding that two attackers were captured.",
        '"We are still counting the dead," a hospital director told the regional broadcaster '
        "by phone.",
        "The road was closed to traffic.",
    ]


def test_a_page_of_whole_paragraphs_is_left_alone():
    lines = [
        "Latest news",
        "Gunmen stormed a checkpoint on Thursday and killed six guards, officials said.",
        "the mayor, who was not there, called for calm.",
        "Share this",
    ]
    assert not hard_wrapped(lines)
    assert unwrap(lines) == lines


def test_a_closed_quote_a_headline_a_crosshead_or_a_whole_paragraph_is_not_run_on():
    lines = [
        "Six guards killed at river checkpoint",
        "Gunmen stormed a checkpoint outside the river town of Nova",
        "Ponte, killed six guards, the district administrator said, and",
        'the army said "order was restored"',
        "Road Closed",
        "Police closed the road in the",
        "morning and reopened it by",
        "noon. A second checkpoint upstream was",
        "Militiamen seized the ferry, the district administrator told local radio in a "
        "long telephone interview on Friday evening.",
    ]
    assert unwrap(lines) == [
        "Six guards killed at river checkpoint",
        "Gunmen stormed a checkpoint outside the river town of Nova Ponte, killed six guards, "
        'the district administrator said, and the army said "order was restored"',
        "Road Closed",
        "Police closed the road in the morning and reopened it by noon. A second checkpoint "
        "upstream was",
        "Militiamen seized the ferry, the district administrator told local radio in a "
        "long telephone interview on Friday evening.",
    ]


def test_the_cleaner_unwraps_the_body_but_removes_boilerplate_lines_as_found():
    text = "\n\n".join(["Share this article", *WRAPPED, "Share this article"])
    article = Cleaner().clean_batch([Document(source="wrapped.txt", text=text)])[0]
    assert "the district administrator said, adding" in article.text
    assert "a hospital director told the regional broadcaster" in article.text
    assert "\n\n" in article.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab A,.\"”)-:0 ")), max_size=12),
                max_size=30))
def test_unwrap_only_joins_lines_never_loses_or_adds_words(lines):
    # untrusted page text: whatever the lines, joining them keeps every word in order
    out = unwrap(lines)
    assert len(out) <= len(lines)
    assert " ".join(out).split() == " ".join(lines).split()


def test_a_speaker_name_cut_after_a_quotation_closed_by_a_comma_is_joined():
    """'“…,” Amadou' / 'Sow, a local official, told AFP': the attribution the wrap cut goes
    on with a capital, after a short line, and is still one sentence with its quotation."""
    lines = [
        "Gunmen attacked the market town of Kessa late in",
        "the night and burned at least forty shops and two",
        "granaries, the district prefect said.",
        '"We found nobody left in the houses," Amadou',
        "Sow, a local official in the region, told AFP, adding that",
        "the survivors had fled to the forest near the river.",
    ]
    assert unwrap(lines)[-1] == (
        '"We found nobody left in the houses," Amadou Sow, a local official in the region, '
        "told AFP, adding that the survivors had fled to the forest near the river.")
