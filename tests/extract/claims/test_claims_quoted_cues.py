"""A statement that is nothing but a quotation keeps its speaker though a cue stands inside the
quote: the cue is part of the quoted words ("… by saying …", "Does anybody know …?"), not an
attribution of its own. Sentences written for these tests."""

from __future__ import annotations

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"


def test_a_cue_inside_a_quote_is_the_speakers_words(nlp):
    text = ("“The dock is a ruin,” said Orla Venn, the harbour master. “The council started "
            "this mess years ago by saying the dock was safe.”")
    claim = the_claim_on(cued_claims(nlp, text, OUTLET), "started this mess")
    assert claim.chain[0] == "Orla Venn"
    assert claim.source.text == "Orla Venn, the harbour master"


def test_a_quoted_question_with_a_cue_goes_on_with_the_speaker(nlp):
    text = ("“The dock is a ruin,” said Orla Venn, the harbour master.\n\n"
            "“Does anybody know who pays for the repairs?”")
    claim = the_claim_on(cued_claims(nlp, text, OUTLET), "Does anybody know")
    assert claim.chain[0] == "Orla Venn"


def test_a_cue_outside_the_quote_still_names_its_own_speaker(nlp):
    text = ("“The dock is a ruin,” said Orla Venn, the harbour master. The council said the "
            "dock was safe.")
    claim = the_claim_on(cued_claims(nlp, text, OUTLET), "dock was safe")
    assert claim.chain[0] == "council"


def test_a_misprinted_closing_mark_does_not_hide_the_speaker(nlp):
    text = ("“The dock is a ruin,” said Orla Venn, the harbour master. “Nine boats sank in the "
            "storm,“ the port director said.")
    claim = the_claim_on(cued_claims(nlp, text, OUTLET), "Nine boats")
    assert claim.chain[0] == "port director"


def test_one_quotation_is_opened_at_the_start_and_closed_at_the_end():
    from fogofwar.extract.claims.extractor import _one_quotation
    assert _one_quotation("“Does anybody know who pays?”")
    assert not _one_quotation("“Nine sank,“ the director said.")  # the close misprinted
    assert not _one_quotation("“Nine sank, officials say.")  # never closed
    assert not _one_quotation("“Nine sank,” he said. “Two more.”")
