"""Claims: a quotation of several sentences signed after it, and stance subjects named in
apposition (issue 11, PolNeAR recall). Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogofwar.extract.claims import extract_claim_spans
from fogofwar.resolve import resolve_actors

from ..conftest import article


def spans_in(nlp, text):
    doc = nlp(text)
    return [(c, s) for c, s in extract_claim_spans(doc, article(text), resolve_actors(doc))
            if not c.narrator]


def _sources(text, pairs):
    return [[text[a:b] for a, b in s.sources] for _, s in pairs]


SIGNED = [
    # a pronoun report inside the quote is the signer's words about someone else
    ("The governor attacked her rival during the debate on Monday.\n"
     "“He took over the port with borrowed money, and he honestly thinks that the more you "
     "give the generals, the safer we all are. I reject that,” Ms. Varga said.", "Ms. Varga"),
    ("“They claim the convoy carried only food. Nobody here believes them,” the mayor said.",
     "the mayor"),
]


@pytest.mark.parametrize("text,signer", SIGNED)
def test_signer_keeps_a_quote_with_a_pronoun_report_inside(nlp, text, signer):
    pairs = spans_in(nlp, text)
    sources = _sources(text, pairs)
    assert [signer] in sources
    assert not any(s and s[0].lower() in ("he", "they") for s in sources)



STANCE_APPOS = [
    ("His former deputy, Anna Berg, called him a master of delay.", "called", "Anna Berg"),
    ("A longtime aide to the mayor, Tomas Ruiz, called the plan a disaster.",
     "called", "Tomas Ruiz"),
]


@pytest.mark.parametrize("text,cue,name", STANCE_APPOS)
def test_stance_subject_named_in_apposition(nlp, text, cue, name):
    pairs = spans_in(nlp, text)
    hits = [s for c, s in pairs if s.cues and text[slice(*s.cues[0])] == cue]
    assert hits and any(name in text[a:b] for a, b in hits[0].sources)


def test_stance_subject_without_a_name_is_still_no_holder(nlp):
    text = "The report called the bridge a vital link."
    assert not any(s.cues and text[slice(*s.cues[0])] == "called"
                   for _, s in spans_in(nlp, text))


FINDINGS = [
    ("A 2019 survey of aid workers found 40 cases of looting in the district.", "found",
     "A 2019 survey of aid workers"),
    ("An analysis of the court filings shows the militias outpacing the army in recruits.",
     "shows", "An analysis of the court filings"),
]


@pytest.mark.parametrize("text,cue,source", FINDINGS)
def test_an_inquiry_finding_a_thing_reports_it(nlp, text, cue, source):
    pairs = spans_in(nlp, text)
    assert [[source]] == [[text[a:b] for a, b in s.sources] for _, s in pairs
                          if s.cues and text[slice(*s.cues[0])] == cue]


@pytest.mark.parametrize("text", [
    "Soldiers found weapons and ammunition in the cellar.",
    "The video shows a tank crossing the bridge.",
])
def test_people_or_pictures_finding_a_thing_report_nothing(nlp, text):
    assert spans_in(nlp, text) == []


@pytest.mark.parametrize("text,cue", [
    ("The ministry hopes to reopen the crossing next week.", "hopes"),
    ("Mr. Okafor hoped the talks would resume in May.", "hoped"),
    ("The rebels are hoping that the truce holds.", "are hoping"),
])
def test_hope_in_every_form_is_a_stance(nlp, text, cue):
    """The lemmatizer reads "hopes", "hoped", "hoping" as forms of "hop"."""
    assert any(s.cues and text[slice(*s.cues[0])] == cue for _, s in spans_in(nlp, text))


def test_hopping_is_no_stance(nlp):
    assert spans_in(nlp, "The fighters hopped on a truck and drove to the border.") == []
