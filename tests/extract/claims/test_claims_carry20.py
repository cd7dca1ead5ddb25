"""Relays of a speaker's later statements when the later naming differs from the first
(round chainlines20, bench/data/conflict/README.md): a surname without its Arabic article, a
name taken up by its first word, one member of a group that spoke, an unnamed speaker's role
taken up by a definite naming, a bare plural, a document with describing words, a relay named
as the agent of a carrying verb. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract.claims.namings import (
    given_name_of,
    introduced_roles,
    member_of,
    surname_without_article,
)

from .helpers import cued_claims, the_claim_on

OUTLET = "Daily Sun"
ROLES = frozenset({"source", "official", "spokesman"})


def _cued(nlp, text, media=("Reuters",)):
    return cued_claims(nlp, text, OUTLET, media)


_on = the_claim_on


def test_a_surname_without_its_arabic_article_is_the_same_speaker(nlp):
    text = ("Colonel Hamad el-Tayeb told Reuters that four guards died at the gate. Two of the "
            "rockets landed near the port, Tayeb noted.")
    assert _on(_cued(nlp, text), "near the port").chain[1:] == ["Reuters", OUTLET]
    assert surname_without_article("Colonel Hamad el-Tayeb", "Tayeb")
    assert not surname_without_article("Colonel Hamad Tayeb", "Tayeb")  # (the older rule's)


def test_a_three_word_name_taken_up_by_its_first_word_keeps_the_medium(nlp):
    text = ("Rebel spokesman Gatluak Deng Machar told Reuters that 12 villagers were killed. "
            "“They burned the market,” Gatluak said.")
    assert _on(_cued(nlp, text), "burned the market").chain[1:] == ["Reuters", OUTLET]
    assert given_name_of("spokesman Gatluak Deng Machar", "Gatluak")
    assert not given_name_of("Ali Hassan", "Ali")  # a two-word name's first word is shared


def test_one_member_of_a_group_that_told_a_medium_keeps_it(nlp):
    text = ("Three nurses at the district clinic told Reuters they had no figures, but one nurse "
            "said orderlies at the market counted more than 40 dead.")
    claim = _on(_cued(nlp, text), "orderlies at the market")
    assert claim.chain[-2:] == ["Reuters", OUTLET]
    assert member_of("Three nurses at the district clinic", "one nurse said")
    assert not member_of("Three nurses at the district clinic", "one doctor said")


def test_one_of_the_sources_keeps_the_groups_medium(nlp):
    text = ("At least nine herders were killed, security and local sources told Reuters.\n\n"
            "“We counted nine bodies,” said one of the sources, a police officer.")
    assert _on(_cued(nlp, text), "nine bodies").chain[1:] == ["Reuters", OUTLET]


def test_a_later_one_resident_is_not_read_as_one_of_the_residents(nlp):
    text = ("Residents told Reuters that the bridge was hit twice.\n\n"
            "“The windows shook,” one resident said.")
    assert _on(_cued(nlp, text), "windows shook").chain[1:] == [OUTLET]


def test_an_unnamed_officials_role_taken_up_as_the_source_keeps_the_medium(nlp):
    text = ("A rocket attack killed seven people, a provincial official told Reuters on Monday."
            "\n\n“The rockets hit the bus station,” the provincial security source said.")
    assert _on(_cued(nlp, text), "bus station").chain[1:] == ["Reuters", OUTLET]


def test_a_spokesman_named_after_an_unnamed_spokesman_keeps_the_medium(nlp):
    text = ("Three soldiers were wounded, a spokesman for the navy told Reuters.\n"
            "“The boat was on patrol,” navy spokesman Captain Jorge Alvarado said.\n"
            "“We will give a full tally later,” Alvarado said.")
    claims = _cued(nlp, text)
    assert _on(claims, "on patrol").chain[1:] == ["Reuters", OUTLET]
    assert _on(claims, "full tally").chain[1:] == ["Reuters", OUTLET]


def test_another_role_is_another_speaker(nlp):
    text = ("Three soldiers were wounded, a spokesman for the navy told Reuters.\n"
            "“The port is closed,” the harbour master said.")
    assert _on(_cued(nlp, text), "port is closed").chain[1:] == [OUTLET]


def test_introduced_roles_need_an_indefinite_naming():
    assert introduced_roles("camp, ", "military sources and a local official told AFP",
                            ROLES) == {"official"}
    assert introduced_roles("", "one of the sources, a security official", ROLES) \
        == {"source", "official"}
    assert introduced_roles("", "the provincial official told AFP", ROLES) == set()


def test_bare_sources_take_up_the_local_sources(nlp):
    text = ("Militants killed 11 farmers on Sunday, local sources told Reuters.\n\n"
            "A lorry was burned on the coast road, sources said.")
    assert _on(_cued(nlp, text), "lorry was burned").chain[1:] == ["Reuters", OUTLET]


def test_other_sources_are_not_the_sources_before(nlp):
    text = ("Militants killed 11 farmers on Sunday, local sources told Reuters.\n\n"
            "Other sources said a lorry was burned on the coast road.")
    assert "Reuters" not in _on(_cued(nlp, text), "lorry was burned").chain


def test_a_described_statement_keeps_the_medium_that_carried_it(nlp):
    text = ("The alliance said the raids hit launch pads, a statement carried by the state news "
            "agency SPA said.\n“The raid was lawful,” the English-language statement said.")
    claim = _on(_cued(nlp, text, ["SPA"]), "raid was lawful")
    assert claim.chain[1:] == ["SPA", OUTLET]


def test_another_bodys_statement_keeps_no_medium(nlp):
    text = ("In a statement carried by the news agency SPA, the army said it killed 25 rebels.\n"
            "According to the UNAMID statement, fighting raged near the town.")
    assert _on(_cued(nlp, text, ["SPA"]), "fighting raged").chain[1:] == [OUTLET]


def test_the_statement_of_a_speaker_relayed_twice_keeps_both_media(nlp):
    text = ("The rebel front said it had killed 31 soldiers, according to a statement carried on "
            "ANF news agency.\nThe ANF news agency cited the front as saying a colonel was among "
            "the dead, Reuters reported.\nThe statement said the final toll could be higher.")
    claim = _on(_cued(nlp, text, ["ANF news agency", "Reuters"]), "final toll")
    assert claim.chain[1:] == ["ANF news agency", "Reuters", OUTLET]


def test_a_publisher_named_by_a_carrying_verb_is_carried(nlp):
    text = ("The rebel group said in the statement published by the Site Intelligence Group "
            "it seized two trucks.\nIt put the soldiers' death toll at 40.")
    claim = _on(_cued(nlp, text, ()), "toll at 40")
    assert claim.chain[1:] == ["Site Intelligence Group", OUTLET]


def test_families_passing_on_words_keep_their_medium(nlp):
    text = ("Nine guards were killed in the raid, their families told Reuters. The guards had "
            "no ammunition left, the families said they had been told by the army.")
    claim = _on(_cued(nlp, text), "no ammunition")
    assert claim.chain[-3:] == ["families", "Reuters", OUTLET]


def test_without_explaining_what_was_said_withholds_nothing(nlp):
    text = ("Army spokesman Major Saleem Akhtar told a news channel that 12 militants were killed. "
            "The Major warned that “the raid has changed the rules”, without explaining it.")
    claim = _on(_cued(nlp, text, ()), "changed the rules")
    assert claim.chain[1:] == ["news channel", OUTLET]


def test_the_papers_source_is_relayed_by_the_paper_named_before(nlp):
    text = ("The daily Kommersant on Thursday quoted a military source as saying that three "
            "officers were killed near the village. According to the daily’s source a group "
            "of eight servicemen was moving towards an outpost.")
    claim = _on(_cued(nlp, text, ["Kommersant"]), "eight servicemen")
    assert claim.chain[1:] == ["Kommersant", OUTLET]


def test_the_report_a_medium_wrote_relays_the_speaker_it_gives(nlp):
    text = ("CNN reports that the latest deaths bring the total toll to eight.\n\n"
            "According to the report the army said an officer and four soldiers were severely "
            "injured.\n\nEarlier Wednesday, the army announced the death of another soldier.")
    claims = _cued(nlp, text, ["CNN"])
    assert _on(claims, "four soldiers").chain[1:] == ["CNN", OUTLET]
    assert _on(claims, "another soldier").chain[1:] == ["CNN", OUTLET]


def test_the_report_as_claimant_takes_no_relay(nlp):
    text = ("A clash has left two soldiers dead on Tuesday, according to reports by local media."
            "\n\nAccording to the report, the rebels were attempting to seize the pipeline, "
            "leaving 12 rebels and two soldiers dead.")
    assert _on(_cued(nlp, text, ()), "seize the pipeline").chain[1:] == [OUTLET]
