"""Line breaks after an unfinished line (headline, subhead, byline) start a sentence before the
parse, so no cue or trigger takes its subject from the line above; hard-wrapped lines do not."""

from __future__ import annotations

import pytest

from fogofwar.annotate import load_nlp
from fogofwar.annotate.lines import wrapped
from fogofwar.extract import extract_claims

from ..extract.conftest import article


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_line_breaks_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("line_breaks") < names.index("parser")


@pytest.mark.parametrize("before,after,expected", [
    ("Two border guards were wounded near the", "river crossing, the ministry said.", True),
    ("Fighting went on in the hills,", "officials said on Friday.", True),
    ("Border guards wounded in night raid", "A district officer said two guards were hurt.",
     False),
    ("The raid ended at dawn.", "more fighting was reported later.", False),
])
def test_wrapped(before, after, expected):
    assert wrapped(before, after) is expected


def test_a_headline_is_its_own_sentence(nlp):
    text = ("Militia leaders ambushed and wounded\n\n"
            "A district police officer told reporters that two militia leaders were wounded in "
            "the ambush on Tuesday.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "Militia leaders ambushed and wounded"
    assert sents[1].startswith("A district police officer told reporters")


def test_a_hard_wrapped_line_stays_one_sentence(nlp):
    text = ("Gunmen killed four farmers in an attack on a village in the\n"
            "south of the province, a local official said on Monday.")
    assert len(list(nlp(text).sents)) == 1


def test_the_words_after_a_forced_start_stay_with_it(nlp):
    # a dateline on its own line, then the lead opening on a dash: the lead is one sentence,
    # not "–" / "Nine" / "villagers were ..."
    text = ("Kinshasa\n– Nine villagers were killed in an attack in the far\n"
            "east of the country, local sources told reporters.\nThe army sent troops.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert any(s.startswith("– Nine villagers were killed") for s in sents)


def test_a_claimant_is_not_taken_from_the_headline(nlp):
    # parsed as one sentence, "Army officers" was the subject of "told"
    text = ("Army officers captured and wounded \n\n"
            "Provincial Police Chief Omar Haidari, of Kunar, told reporters that the officers "
            "were wounded in the clash.")
    claims = extract_claims(nlp(text), article(text), [])
    claim = next(c for c in claims if "were wounded" in c.sentence)
    assert claim.claimant is not None
    assert claim.claimant.text == "Provincial Police Chief Omar Haidari"


def test_no_sentence_starts_inside_a_name_on_one_line(nlp):
    # round chains38b: the parser cut "… Inspector General of Police <first>" / "<second> P
    # told Reuters." on a name closed by an initial; the component forbids a start there
    doc = nlp.make_doc("Six guards died, Deputy Inspector General Harun Lal P told the agency. "
                       "KABUL Officials said more had died.")
    doc = nlp.get_pipe("line_breaks")(doc)
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Lal"] is False and starts["General"] is False
    assert starts["Officials"] is not False  # after a word in capitals: left to the parser
    assert [s.text for s in nlp(doc.text).sents][0].endswith("told the agency.")
