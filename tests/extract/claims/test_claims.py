"""Claims: claimant, cue, hedge, quote and chain for reporting forms quoted from the seeds."""

from __future__ import annotations

import pytest

from fogofwar.extract import extract_claims

from ..conftest import article, demo_text, mention

# Mentions as resolve_actors would give them: (needle, actor_id, name, country, sector, nth)
ACTORS = {
    "Kupschishin": ("Viktor Kupschishin", "RUS_MIL_KUP", "Viktor Kupschishin", "RUS", "MIL"),
    "TASS": ("TASS", "RUS_MED_TASS", "TASS", "RUS", "MED"),
    "SANA": ("SANA", "SYR_MED_SANA", "SANA", "SYR", "MED"),
    "Reuters": ("Reuters", "MED_REUTERS", "Reuters", None, "MED"),
    "Bloomberg": ("Bloomberg", "MED_BLOOMBERG", "Bloomberg", "USA", "MED"),
    "Nebenzia": ("Vassily Nebenzia", "RUS_GOV_NEB", "Vassily Nebenzia", "RUS", "GOV"),
    "Akar": ("Hulusi Akar", "TUR_MIL_AKAR", "Hulusi Akar", "TUR", "MIL"),
    "Hurriyet": ("Hurriuet newspaper", "TUR_MED_HUR", "Hurriyet", "TUR", "MED"),
    "MEMO": ("Middle East Monitor", "MED_MEMO", "Middle East Monitor", None, "MED"),
    "JPost": ("Jerusalem Post", "ISR_MED_JP", "Jerusalem Post", "ISR", "MED"),
    "Erdogan": ("Erdogan", "TUR_GOV_ERDOGAN", "Recep Tayyip Erdogan", "TUR", "GOV"),
    "DailySabah": ("Daily Sabah", "TUR_MED_DS", "Daily Sabah", "TUR", "MED"),
    "MoD": ("Ministry of National Defense", "TUR_MIL_MOD", "Turkish Defense Ministry", "TUR",
            "MIL"),
    "Peskov": ("Dmitry Peskov", "RUS_GOV_PESKOV", "Dmitry Peskov", "RUS", "GOV"),
}


def mentions_for(text: str, keys: list[str]) -> list:
    found = []
    for key in keys:
        needle, actor_id, name, country, sector = ACTORS[key]
        start = -1
        while (start := text.find(needle, start + 1)) >= 0:
            found.append(mention(text, needle, actor_id, name, country, sector,
                                 nth=text[:start].count(needle)))
    return found


def claims_of(nlp, text, keys, outlet="Zero Hedge", original=None):
    doc = nlp(text)
    return extract_claims(doc, article(text, outlet, original), mentions_for(text, keys))


def claim_with(claims, needle):
    return next(c for c in claims if needle in c.sentence)


CHAIN_CASES = [
    # told + media recipient: the recipient relays the claim
    ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 Jabhat "
     "al-Nusra fighters were a part of the build-up in western Syria.",
     ["Kupschishin", "TASS"], "nearly 1,000",
     ["Viktor Kupschishin", "TASS", "Zero Hedge"], "told"),
    # "as X reports": the reporter is the source of the main clause
    ("In any case, the growing feud escalated overnight, and as Bloomberg reports, Turkey sent "
     "hundreds of tanks, armored personnel carriers and commandos to the Syrian province of "
     "Idlib.", ["Bloomberg"], "hundreds of tanks", ["Bloomberg", "Zero Hedge"], "reports"),
    # passive "was told by" inside "reported": the unnamed sources come first
    ("Reuters reported it was told by senior opposition and rebel sources on Saturday that "
     "Ankara has sent fresh supplies ahead of an expected Russian-backed offensive in western "
     "Idlib.", ["Reuters"], "fresh supplies",
     ["senior opposition and rebel sources", "Reuters", "Zero Hedge"], "reported"),
    # the quoted speaker inside TASS's report: speaker first, the agency after
    ("Russia’s TASS reported not for the first time that “Terrorists are plotting new chemical "
     "attacks to claim once again that chemical weapons are being used on the Syrian territory, "
     "Russia’s UN envoy Vassily Nebenzia told the UN Security Council on Wednesday.”",
     ["TASS", "Nebenzia"], "Terrorists", ["Vassily Nebenzia", "TASS", "Zero Hedge"], "told"),
    # "according to X" names the source; no intermediary
    ("According to SANA, the operations killed and wounded a group of terrorists.",
     ["SANA"], "operations killed", ["SANA", "Zero Hedge"], "According to"),
    # trailing reporting clause with hedged verb
    ("On Friday, the Syrian forces destroyed dwellings belonging to the Nusra Front militants in "
     "Khan Sheikhoun, Habibat, Ahrash, Abidin, Muhayat Khas and Kafr Nabeel, SANA claimed.",
     ["SANA"], "dwellings", ["SANA", "Zero Hedge"], "claimed"),
    # a misspelt newspaper resolved by the actor pack keeps its canonical name
    ("Feigning humanitarian concern, Turkish Defense Minister Hulusi Akar told Hurriuet "
     "newspaper that Turkey’s main goal was “to prevent a refugee exodus and humanitarian "
     "drama”.", ["Akar", "Hurriyet"], "refugee exodus",
     ["Hulusi Akar", "Hurriyet", "Zero Hedge"], "told"),
    # "according to local sources" with no pack actor: the phrase itself is the source
    ("According to local sources, the number of Turkish troops and special forces personnel in "
     "the province is now between 2,500 and 3,000.", [], "2,500",
     ["local sources", "South Front", "Global Research"], "According to"),
    # "by pointing out": the subject of the governing verb speaks
    ("Kremlin spokesman Dmitry Peskov responded to Erdogan’s charge by pointing out Idlib is a "
     "haven for terrorists who launch attacks on civilians.", ["Peskov"], "haven",
     ["Dmitry Peskov", "Zero Hedge"], "pointing out"),
]


@pytest.mark.parametrize("text,keys,needle,chain,cue", CHAIN_CASES)
def test_chain_and_cue(nlp, text, keys, needle, chain, cue):
    original = "South Front" if chain[-1] == "Global Research" else None
    outlet = chain[-1]
    claim = claim_with(claims_of(nlp, text, keys, outlet, original), needle)
    assert claim.chain == chain
    assert claim.cue == cue
    assert not claim.narrator
    assert claim.claimant is not None


REFERENCE_CASES = [
    # "It" after a claim by SANA is SANA
    ("According to SANA, the operations killed and wounded a group of terrorists. It added the "
     "operations destroyed weaponry including rocket launchers and arms.", ["SANA"],
     "It added", ["SANA", "Zero Hedge"]),
    # a description with a demonym goes back to the last speaker of that country
    ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that nearly 1,000 fighters "
     "were a part of the build-up. Turkey’s state-run Anadolu Agency reported air attacks in "
     "Idlib throughout last week. The Russian general told TASS it was possible illegal armed "
     "groups may stage false-flag attacks.", ["Kupschishin", "TASS"], "Russian general",
     ["Viktor Kupschishin", "TASS", "Zero Hedge"]),
    # a quote-only paragraph after a paragraph whose speaker is named (seed 000)
    ("“We will not allow the regime’s cruelty towards its own people,” Erdogan said.\n\n"
     "“Turkey with complete sincerity wants Syria’s stability and security.”", ["Erdogan"],
     "complete sincerity", ["Recep Tayyip Erdogan", "Zero Hedge"]),
    # "— Jerusalem Post" signs the paragraph it trails
    ("Syrian insurgents carried out at least three car bomb attacks against government forces "
     "west of Aleppo on Saturday. — Jerusalem Post\n\nErdogan said so.", ["JPost", "Erdogan"],
     "car bomb", ["Jerusalem Post", "Zero Hedge"]),
]


@pytest.mark.parametrize("text,keys,needle,chain", REFERENCE_CASES)
def test_reference_resolution(nlp, text, keys, needle, chain):
    claim = claim_with(claims_of(nlp, text, keys), needle)
    assert claim.chain == chain
    assert claim.claimant is not None and claim.claimant.actor_id is not None


HEDGE_CASES = [
    # "reportedly" in narration
    ("The operations reportedly were in response to attacks earlier on Saturday.", "reportedly"),
    # "claimed" against neutral "said"
    ("Pro-government sources claimed that 40 militants were also killed.", "claimed"),
    # the month May is not the modal "may"
    ("The offensive began in May and went on for weeks, Erdogan said.", None),
    # a denial is kept as the hedge
    ("Moscow denied that its jets struck the hospital.", "denied"),
    # "very questionable" as a phrase, not just "questionable"
    ("These numbers as well as those provided by Turkey remain very questionable.",
     "very questionable"),
]


@pytest.mark.parametrize("text,hedge", HEDGE_CASES)
def test_hedges(nlp, text, hedge):
    assert claims_of(nlp, text, ["Erdogan"])[0].hedge == hedge


def test_narration_is_the_outlets_claim(nlp):
    # a plain statement with no cue is the outlet's own, via the original outlet of a repost
    text = "Pro-government forces captured over a dozen of villages along the M5 highway."
    claim = claims_of(nlp, text, [], "Global Research", "South Front")[0]
    assert claim.narrator and claim.claimant is None and claim.cue is None
    assert claim.chain == ["South Front", "Global Research"]


def test_fragments_and_questions_are_not_claims(nlp):
    # a caption with no verb and a question are left out
    text = "Aleppo, AFP file image.\n\nWho will pay for this war?"
    assert claims_of(nlp, text, []) == []


def test_two_claims_in_one_sentence(nlp):
    # two independent cues, two claimants, each claim covering its own clause
    text = ("Erdogan has also accused Russia of violating key agreements for a reduction in "
            "fighting in Idlib, while Moscow has cited ongoing attacks against its nearby "
            "Hmeimim airbase.")
    claims = claims_of(nlp, text, ["Erdogan"])
    assert [c.cue for c in claims] == ["accused", "cited"]
    assert claims[0].chain[0] == "Recep Tayyip Erdogan" and claims[1].chain[0] == "Moscow"
    assert claims[0].end <= claims[1].start


def test_multi_sentence_quote_is_one_claim(nlp):
    # the Kupschishin quote runs over two sentences before "he said" (seed 001)
    text = ("Russian Maj. Gen. Viktor Kupschishin told TASS state-run news that fighters were a "
            "part of the build-up.\n\n“Over the past two days, more than 800 militants have "
            "been pulled to the zone. According to reconnaissance data, terrorists are planning "
            "to use cars stuffed with explosives,” he said.")
    claims = claims_of(nlp, text, ["Kupschishin", "TASS"])
    quote = claim_with(claims, "800 militants")
    assert "reconnaissance data" in quote.sentence and quote.quote
    assert quote.claimant.name == "Viktor Kupschishin" and quote.cue == "said"


def test_statement_relayed_as_bullets(nlp):
    # seed 002: Daily Sabah reports, then the ministry's statement as a heading and bullets
    text = demo_text("002")
    keys = ["DailySabah", "MoD"]
    claims = claims_of(nlp, text, keys)
    bullet = claim_with(claims, "• 101 regime soldiers")
    assert bullet.chain == ["Turkish Defense Ministry", "Daily Sabah", "Zero Hedge"]
    sabah = claim_with(claims, "Daily Sabah reported")
    assert sabah.chain == ["Daily Sabah", "Zero Hedge"] and sabah.hedge == "alleged"


def test_figures_attach_to_their_claim(nlp):
    # figures are the article's; each claim keeps those inside its span
    from fogofwar.records import Figure

    text = ("The weather was calm all week in the region. According to SANA, the operations "
            "killed 12 terrorists.")
    start = text.index("12 terrorists")
    fig = Figure("12 terrorists", 12, 12, 12, False, "terrorists", "killed", start, start + 13)
    doc = nlp(text)
    claims = extract_claims(doc, article(text), mentions_for(text, ["SANA"]), [fig])
    assert claims[0].figures == [] and claims[1].figures == [fig]
    assert [c.id for c in claims] == ["a1:c1", "a1:c2"]


def test_a_claimant_never_reaches_back_across_a_line_break(nlp):
    # a photo credit left above the lead ("Uncredited/Associated Press") is not part of the
    # claimant the next paragraph names
    text = ("Workers at the side of a collapsed bakery. Uncredited/Associated Press\n\n"
            "Moscow-installed officials say Ukrainian shelling killed at least 28 people at a "
            "bakery.")
    claim = claim_with(claims_of(nlp, text, []), "shelling killed")
    assert claim.claimant is not None and "\n" not in claim.claimant.text
    assert claim.chain[0] == "Moscow-installed officials"


def test_find_hedge_takes_the_text_the_caller_already_joined(nlp):
    from fogofwar.extract.claims.hedging import find_hedge

    span = nlp("The strikes may have hit the depot, officials said in May.")[:]
    assert find_hedge(span) == find_hedge(span, span.text) == "may"
