"""Sources and relays in the forms conflict wires use (issue 11): a trailing apposition as the
speaker, "according to" as a relay of the verb's speaker, a platform in an apposition, a
report in a paper's issue. Sentences written for these tests."""

from __future__ import annotations

from fogofwar.extract import extract_claims

from ..conftest import article, mention


def _cued(nlp, text, mentions=()):
    return [c for c in extract_claims(nlp(text), article(text, "Daily Sun"), list(mentions))
            if not c.narrator]


def test_trailing_apposition_names_the_speaker(nlp):
    text = ("Gunmen raided the market at dawn, a vigilante leader in the area, John Adamu, "
            "told AFP by phone.")
    (claim,) = _cued(nlp, text, [mention(text, "AFP", "afp", "AFP", None, "MED")])
    assert claim.claimant.text == "John Adamu"
    assert claim.chain == ["John Adamu", "AFP", "Daily Sun"]


def test_participle_under_a_cue_keeps_the_speaker(nlp):
    text = ('A senior member of the council, Ahmed Bello, confirmed the incident saying, '
            '"we heard the blasts from our homes".')
    (claim,) = _cued(nlp, text, [mention(text, "Ahmed Bello")])
    assert claim.chain == ["Ahmed Bello", "Daily Sun"]


def test_according_to_relays_the_verbs_speaker(nlp):
    text = "According to Ukrinform, this was reported by the regional prosecutor's office."
    (claim,) = _cued(nlp, text)
    assert claim.chain[1:] == ["Ukrinform", "Daily Sun"]
    assert "prosecutor" in claim.chain[0]


def test_citing_keeps_the_cited_source_first(nlp):
    text = "The ministry said, citing local sources, that four soldiers were killed."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["local sources", "ministry", "Daily Sun"]


def test_platform_in_an_apposition_is_no_channel(nlp):
    text = ("On Sunday, Sabereen News, a Telegram channel close to the militia, said fighters "
            "attacked an army post.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Sabereen News", "Daily Sun"]


def test_report_in_an_issue_is_the_papers(nlp):
    text = ("Insurgents burnt the village, according to a report in Tuesday's issue of the "
            "weekly Savana.")
    (claim,) = _cued(nlp, text)
    assert claim.chain[0].endswith("Savana")  # not "Tuesday", the issue's day


def test_according_to_inside_the_reported_clause_is_the_first_source(nlp):
    text = ("A strike on the school killed 40 people, according to the civil defence agency, "
            "CNN reported.")
    (claim,) = _cued(nlp, text, [mention(text, "CNN", "cnn", "CNN", None, "MED")])
    assert claim.chain == ["civil defence agency", "CNN", "Daily Sun"]


def test_with_x_saying_is_a_statement_of_its_own(nlp):
    text = ("Health officials said the shelling had killed 30 people, with one hospital saying "
            "it had received 12 bodies.")
    claims = _cued(nlp, text)
    assert [c.chain[0] for c in claims] == ["Health officials", "one hospital"]


def test_second_report_of_one_speaker_in_a_coordinated_clause(nlp):
    text = ("The governor agreed that the curfew should end, but he said that the checkpoints "
            "would stay.")
    claims = _cued(nlp, text)
    assert len(claims) == 2
    assert "checkpoints" in claims[1].sentence and "curfew" not in claims[1].sentence


def test_first_person_inside_a_quote_is_the_quoted_speaker_talking(nlp):
    text = "“I'm saying the town was shelled for days,” the mayor said."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["mayor", "Daily Sun"]


def test_description_means_the_person_its_apposition_named(nlp):
    text = ("Ahmad Saleh, spokesman of the eastern army, said on Friday that five soldiers were "
            "killed. Units lost five members on Thursday, the spokesman told Al Arabiya.")
    claims = _cued(nlp, text, [mention(text, "Ahmad Saleh"),
                               mention(text, "Al Arabiya", "alarabiya", "Al Arabiya", None,
                                       "MED")])
    assert [c.chain[0] for c in claims] == ["Ahmad Saleh", "Ahmad Saleh"]


def test_pronoun_of_a_nested_report_means_the_speaker_before_it(nlp):
    text = ("Residents told reporters that ten people died. The group claimed the attack in a "
            "statement, in which they said they had killed 14 soldiers.")
    claims = _cued(nlp, text)
    assert claims[-1].chain[0] == "group"


def test_he_may_mean_an_unnamed_source(nlp):
    text = ("The missile attack killed 13 people, a local government source said. The dead "
            "included four children, he said.")
    claims = _cued(nlp, text)
    assert [c.chain[0] for c in claims] == ["local government source"] * 2


def test_stance_in_a_clause_of_its_own_is_a_claim(nlp):
    text = ("Several states condemned the strike, while the army disputed the number of "
            "deaths. It added that 19 militants were among the dead.")
    claims = _cued(nlp, text)
    assert [c.chain[0] for c in claims] == ["Several states", "army", "army"]


def test_tally_based_on_figures_is_relayed_by_its_compiler(nlp):
    text = ("The raid killed 40 people, according to an AFP tally based on official Israeli "
            "figures.")
    (claim,) = _cued(nlp, text, [mention(text, "AFP", "afp", "AFP", None, "MED")])
    assert claim.chain == ["official Israeli figures", "AFP", "Daily Sun"]


def test_reject_reports_only_a_statement(nlp):
    text = "The government estimates that 1,100 fighters rejected the deal."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["government", "Daily Sun"]
    text = "The ministry rejected the claims as lies."
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["ministry", "Daily Sun"]


def test_statement_carried_by_a_channel(nlp):
    text = ('"Police clashed with the gangs in the district," read a statement of the Security '
            'Media Cell carried by Alsumaria TV network.')
    (claim,) = _cued(nlp, text, [mention(text, "Alsumaria", "alsumaria", "Alsumaria", None,
                                         "MED")])
    assert claim.chain == ["Security Media Cell", "Alsumaria", "Daily Sun"]


def test_witnesses_in_a_video_obtained_by_a_wire(nlp):
    text = ("Four witnesses, who spoke at the hospital in a video obtained by Reuters, said they "
            "were fired upon.")
    (claim,) = _cued(nlp, text, [mention(text, "Reuters", "reuters", "Reuters", None, "MED")])
    assert claim.chain == ["Four witnesses", "Reuters", "Daily Sun"]


def test_the_newspapers_sources_are_relayed_by_the_newspaper(nlp):
    text = ("Rebels burnt the village, according to the weekly Savana. According to the "
            "newspaper's sources, they took guns and ammunition.")
    claims = _cued(nlp, text, [mention(text, "Savana", "savana", "Savana", None, "MED")])
    assert claims[-1].chain == ["newspaper's sources", "Savana", "Daily Sun"]


def test_no_one_speaking_is_no_claim(nlp):
    assert _cued(nlp, "No group has claimed responsibility for the two attacks.") == []


def test_signed_quote_is_the_signers_though_it_quotes_others(nlp):
    text = "“He said it over and over, and the army says it too.” ― Amina Yusuf"
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Amina Yusuf", "Daily Sun"]


def test_stance_with_a_particle_and_a_possessed_subject(nlp):
    text = "Scott's family has called on police to release the videos."
    (claim,) = _cued(nlp, text, [mention(text, "Scott")])
    assert "family" in claim.chain[0] or claim.chain[0] == "Scott"


def test_a_report_naming_no_author_is_no_relay(nlp):
    # issue 14 report fault: "Reports" exported as a relay (c310)
    text = ("Reports citing activists in the area indicated that the Rapid Support Forces "
            "targeted the village with heavy weapons.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["activists", "Daily Sun"]


def test_a_dateline_before_a_dash_is_no_speaker(nlp):
    # issue 14 report fault: the outlet exported as claimant of "Local activists reported" (c309)
    text = ("FALCON POWERS \u2013 Local activists reported that the Rapid Support Forces "
            "attacked the village of Wad al-Nurayr, killing at least 100 people.")
    (claim,) = _cued(nlp, text)
    assert claim.chain == ["Local activists", "Daily Sun"]
