"""Grouping a unit's reporting cues into claims: the top cue of each statement and the nested
reports under it that name who passed it on.

A report inside another speaker's quote is that speaker's own sourcing, except where a medium
quotes a report that names its speaker; a "citing" beside a medium's verb or its "according
to", and a speaker's verb the parser hung below a medium's bare verb, are one statement with
that medium relaying it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..lexicon import cue_lexicon
from ..tree import depth
from ..units import Unit, quote_depths
from .authors import denied_author
from .clauses import RELATIVE_TAGS, absolute, named_after_description, own_clause_cue
from .cue_sources import media_cue
from .cues import Cue, find_cues, governing_cue, is_stance
from .sources import is_media
from .stance import agent_like

#: Clauses hanging from a noun: a cue there reports only its own clause.
SUBORDINATE = ("relcl", "acl")


@dataclass
class Group:
    """The cues of one claim: the top cue and the nested reports under it."""

    top: Cue
    cues: list[Cue] = field(default_factory=list)
    folded: list[Cue] = field(default_factory=list)  # "…, adding that": same speaker, same claim


def spoken_stance(cue: Cue) -> bool:
    """"The chief, who is hiding, called the situation very serious, Mediafax reported": a
    stance taken by speaking (cues pack `spoken_stances`) by a speaker of its own who can hold
    a position is a nested statement, not content of the cue above it. A naming ("what it
    called “Kharji” groups") states nothing."""
    return (cue.kind == "verb" and cue.explicit and cue.source is not None
            and cue.token.lemma_.lower() in cue_lexicon().spoken_stances
            and agent_like(cue.source)
            and not any(c.tag_ in RELATIVE_TAGS for c in cue.token.children))


def _relative_beside_stance(cue: Cue, gov: Cue) -> bool:
    """"The premier condemned the “imaginary victories” of the Front, which claimed to have
    killed three soldiers": a report in a relative clause on what a stance is taken on is the
    voice of the noun it modifies, not content of the stance (a medium's "which cited …" under
    a report still relays)."""
    return (is_stance(gov) and cue.kind == "verb" and not cue.prepositional
            and cue.token.dep_ == "relcl" and cue.token.i > gov.token.i)


def cue_groups(unit: Unit) -> list[Group]:
    """Group a unit's cues: nested reports join their governor, independent ones stand alone."""
    quoted = quote_depths(unit.text)
    found = [c for c in find_cues(unit.span) if not _outlet_voice(c, quoted, unit)
             and not _quoted_self(c, quoted, unit) and not _nobody(c)]
    found = [c for c in found if not _depiction(c, found, unit)]
    found = [c for c in found if not _ownerless_document(c, found)]
    found = [c for c in found if not (_unasserted(c) and governing_cue(c, found, unit.span))]
    # "Turkey said the plan seeks to …": a stance under another cue is reported content
    cues = sorted((c for c in found
                   if not (is_stance(c) and governing_cue(c, found, unit.span) is not None
                           and not own_clause_cue(c) and not spoken_stance(c))),
                  key=lambda c: depth(c.token) if not named_after_description(c)
                  else depth(c.token.head.head))
    signer = _quote_signer(cues, quoted, unit)
    if signer is not None:
        cues = [signer, *(c for c in cues if c is not signer)]
    by_token: dict[int, Group] = {}
    groups: list[Group] = []
    for cue in cues:
        gov = governing_cue(cue, cues, unit.span) or _closing_reporter(cue, cues, unit,
                                                                       set(by_token))
        if gov is not None and _relative_beside_stance(cue, gov):
            gov = None  # "X condemned the Front, which claimed to have killed three": two voices
        if gov is None and signer is not None and _pronoun_in_quote(cue, signer, quoted, unit):
            gov = signer  # "“…, and he believes … I don't buy that,” Clinton said": Clinton's
        if gov is not None and in_quote(cue, quoted, unit) and not in_quote(gov, quoted, unit):
            if _quoting_medium(cue, gov) or _informant_in_quote(cue):
                # "“The governor said …,” the television reported"; "“… at least seven men,
                # according to a survivor,” he said": the survivor spoke, the speaker relays
                by_token[gov.token.i].cues.append(cue)
                by_token[cue.token.i] = by_token[gov.token.i]
                continue
            by_token[cue.token.i] = by_token[gov.token.i]  # the speaker's own sourcing
            continue
        beside = _cited_beside(cue, groups)  # "According to state media, citing the …"
        if beside is not None:
            beside.cues.append(cue)
            by_token[cue.token.i] = beside
            continue
        if gov is not None and (_framed_by(cue, gov) or _closing_frame(cue, gov)):
            # "…, the army said, Reuters reported"; "…, the army said in a statement, adding
            # that …, Trend reported citing Sputnik"
            by_token[gov.token.i].cues.append(cue)
            by_token[cue.token.i] = by_token[gov.token.i]
            continue
        if gov is None or cue.kind != "verb" or own_clause_cue(cue) or absolute(cue) \
                or _side_phrase(cue, gov) or _denied(cue, gov):
            group = Group(cue, [cue])
            groups.append(group)
        elif cue.explicit or cue.prepositional:
            group = by_token[gov.token.i]
            group.cues.append(cue)
        else:
            by_token[cue.token.i] = by_token[gov.token.i]  # "…, adding that": same claim
            by_token[cue.token.i].folded.append(cue)
            continue
        by_token[cue.token.i] = group
    return sorted(groups, key=lambda g: g.top.token.i)


def _unasserted(cue: Cue) -> bool:
    """"The spokesman said the militants could claim all sorts of things", "the paper does not
    say how local people told them": a speech verb under a modal of possibility, or in a
    clause a question word opens, reports no words anybody said."""
    if cue.kind != "verb" or cue.prepositional:
        return False
    lex, tok = cue_lexicon(), cue.token
    if any(c.dep_ == "aux" and c.lower_ in lex.unasserting_modals for c in tok.children):
        return True
    opener = tok.left_edge
    return opener.i < tok.i and opener.lower_ in lex.question_openers \
        and opener.dep_ in ("advmod", "mark")


def _denied(cue: Cue, gov: Cue) -> bool:
    """"Rebels say killed 30 soldiers but army denies": a speaker's report that another's
    denial governs is that speaker's claim; the one who denies it passed nothing on."""
    return gov.kind == "verb" and cue.source is not None and cue.source is not gov.source \
        and cue.token.dep_ == "ccomp" and cue.token.head.i == gov.token.i \
        and gov.token.lemma_.lower() in cue_lexicon().denial_verbs and denied_author(gov) is None


def _closing_reporter(cue: Cue, cues: list[Cue], unit: Unit, placed: set[int]) -> Cue | None:
    """"According to a statement …, police freed 12 hostages, the state news agency Bernama
    reported": the closing verb the parser hung on the medium's description
    (`named_after_description`) governs the sentence it closes, and the cues under its root."""
    top = cue.token
    while top.head.i != top.i and unit.span.start <= top.head.i < unit.span.end:
        top = top.head
    if top.i == cue.token.i or any(c.token.i == top.i for c in cues):
        return None  # the root is a cue of its own, or this cue is the root
    return next((c for c in cues if c is not cue and c.token.i in placed
                 and named_after_description(c) and c.token.head.head.i == top.i), None)


def _quote_signer(cues: list[Cue], quoted: Sequence[int], unit: Unit) -> Cue | None:
    """"“He started …, and he really believes that …. I don't buy that,” Clinton said": the
    verb outside the quotes after a quotation of several sentences signs all of it, though
    the parser roots each sentence apart."""
    return next((c for c in sorted(cues, key=lambda c: -c.token.i)
                 if c.kind == "verb" and not c.prepositional
                 and c.source is not None and not in_quote(c, quoted, unit)
                 and governing_cue(c, cues, unit.span) is None
                 and any(quoted[i] > 0 for i in range(c.token.idx - unit.start))), None)


def _pronoun_in_quote(cue: Cue, signer: Cue, quoted: Sequence[int], unit: Unit) -> bool:
    """A report whose subject is a pronoun inside the quotation the signer signs is the
    signer's own words about somebody ("he believes", "they say"), not a statement of its
    own: the quoted speaker never calls themselves "he"."""
    source = cue.source
    return (cue is not signer and cue.token.i < signer.token.i and in_quote(cue, quoted, unit)
            and source is not None and source.pos_ == "PRON"
            and unit.start <= source.idx < unit.end and quoted[source.idx - unit.start] > 0
            and source.lower_ in cue_lexicon().person_pronouns | cue_lexicon().org_pronouns)


def _cited_beside(cue: Cue, groups: list[Group]) -> Group | None:
    """"According to state media, citing the health ministry, 30 people were killed": a
    "citing" beside an "according to" on the same clause, or beside a medium's reporting
    verb, names who spoke to the one it is beside; one claim, that voice relaying. Beside
    "according to" the voice need not be a medium the packs know ("according to a doctors'
    network, citing hospital staff"): "citing" is itself the verb that says the words were
    passed on."""
    lex = cue_lexicon()
    if not cue.prepositional or cue.token.lower_ in lex.relaying_prepositional:
        return None
    return next((g for g in groups if (
        g.top.token.head.i == cue.token.head.i
        and g.top.prepositional and g.top.token.lower_ in lex.relaying_prepositional
        and g.top.source is not None)
        # "Dawn reported, quoting police sources, that …", read as two clauses of "killed"
        or ((g.top.token.head.i in (cue.token.head.i, cue.token.head.head.i)
             or _after_reported(cue, g.top))
            and g.top.kind == "verb" and not g.top.prepositional and media_cue(g.top)
            and g.top.token.dep_ not in SUBORDINATE)), None)


def _after_reported(cue: Cue, top: Cue) -> bool:
    """"Russian news agencies reported that shelling had killed two people, citing an
    emergency official": the parser hangs a trailing "citing" on the reported clause's verb;
    after that clause, it is still the reporter's sourcing."""
    clause = cue.token.head
    return (clause.dep_ == "ccomp" and clause.head.i == top.token.i
            and cue.token.i > clause.i > top.token.i)


def _side_phrase(cue: Cue, gov: Cue) -> bool:
    """"…, Russian news agencies said on Sunday, an attack denied by the Ukrainian
    authorities", "…, witnesses said, a charge the army denies": a cue on a noun set beside
    the statement's verb (not inside what it says) is somebody else's word on that noun, not
    a source of the statement."""
    noun = cue.token.head
    if cue.token.dep_ not in SUBORDINATE:
        return False
    if noun.dep_ in ("npadvmod", "appos", "attr") and noun.head.i == gov.token.i \
            and noun.i > gov.token.i:
        return True
    # "X told Reuters that 10 were killed, a figure higher than the three deaths police
    # reported": the noun of the cue's clause sits lower in a phrase set beside the reported
    # clause; police's word is their own claim, no source of X's
    if noun_only(cue) and noun.head.i != gov.token.i and not (
            noun.head.dep_ == "prep" and noun.head.head.i == gov.token.i):
        return True  # "X said 40 died in the raid that the rebels claimed": the rebels'
        # word is on the raid, no source of X's (a cue's own object: "citing figures the
        # ministry released", and the ministry speaks first)
    while noun.i != gov.token.i and noun.head.i != noun.i:
        if noun.dep_ in ("npadvmod", "appos") and noun.pos_ == "NOUN" and noun.i > gov.token.i \
                and noun.head.pos_ in ("VERB", "AUX"):  # beside a clause, not a noun's
            return True
        noun = noun.head
    return False


def noun_only(cue: Cue) -> bool:
    """Whether a cue is a verb in a relative clause with no clause or object of its own ("the
    deaths police reported", "the raid which the group claimed"): it reports only the noun it
    hangs on."""
    tok = cue.token
    noun = tok.head
    return cue.kind == "verb" and tok.dep_ == "relcl" and noun.i < tok.i and not any(
        t.is_punct for t in tok.doc[noun.i + 1:tok.i]) and not any(
        c.dep_ in ("ccomp", "xcomp", "parataxis") or c.dep_ == "dobj" and c.tag_ not in (
            "WDT", "WP") or c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
        for c in tok.children)
    # ("an official who confirmed": the noun speaks; "the dormitories that Russia claimed had
    # housed …": "that" is the subject of a reported clause the parser cut off)
    # (no mark between: "…, southeast of the capital, the AP reports." misread as a relative
    # clause is the medium's frame)


def _framed_by(cue: Cue, gov: Cue) -> bool:
    """"Five soldiers were killed, the army said, Reuters reported": the parser hangs the
    speaker's verb on the medium's as a side clause; a medium's bare verb after it, with no
    clause of its own, passes that speaker's statement on."""
    tok = gov.token
    return (cue.kind == "verb" and not cue.prepositional and cue.token.dep_ == "parataxis"
            and cue.token.head.i == tok.i and cue.token.i < tok.i and gov.kind == "verb"
            and not gov.prepositional and gov.source is not None and media_cue(gov)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i != gov.source.i
                        for c in tok.children))
    # (", said a witness, reported The Sydney Morning Herald": the medium put after its verb
    # is read as the object, and is the verb's source, no clause of its own)


def _closing_frame(cue: Cue, gov: Cue) -> bool:
    """"Four soldiers died, the ministry said in a statement, Trend reported citing Sputnik":
    a medium's verb closing the sentence after a comma, with nothing after it but who it
    cites, passes the speaker's statement on, though the parser hangs it on the speaker's
    verb as a clause of its own ("…, while the army disputed the toll" has an object)."""
    tok, lex = cue.token, cue_lexicon()
    source = cue.source
    if cue.kind != "verb" or cue.prepositional or not cue.explicit or source is None \
            or tok.head.i != gov.token.i or tok.i < gov.token.i:
        return False
    cited = [c for c in tok.children if c.i > tok.i and c.lower_ in lex.prepositional]
    if not media_cue(cue) and not (cited and source.pos_ == "PROPN"):
        return False  # ("Kabar reported citing Sputnik": a name reporting whom it cites)
    if source.i > tok.i:  # "…, said in a statement that …, reports the AP.": the medium put
        # after its verb, which the parser hung on the speaker's as a second verb
        return tok.i > 0 and tok.doc[tok.i - 1].text == "," and all(
            t.is_punct or t.is_space for t in tok.doc[source.right_edge.i + 1:tok.sent.end])
    before = tok.doc[source.left_edge.i - 1] if source.left_edge.i > 0 else None
    rest = tok.doc[tok.i + 1:tok.sent.end]
    ends = max([tok.i, *(c.right_edge.i for c in cited)])
    return (before is not None and before.text == "," and source.i < tok.i
            and all(c.dep_ in ("punct", "npadvmod", "prep") and c.i > tok.i or c.i < tok.i
                    or c in cited for c in tok.children if c.dep_ != "nsubj")
            and all(t.is_punct or t.is_space for t in rest if t.i > ends))


def _quoting_medium(cue: Cue, gov: Cue) -> bool:
    """"“The governor of Maku said two Guards were martyred …,” the television reported": a
    medium quoting a report names who spoke in it, its first source; a speaker's own sourcing
    inside a person's quote ("“As I said, …”") or a pronoun ("“they said …”") names nobody new."""
    source = cue.source
    if cue.token.head.i != gov.token.i:
        return False  # "“… after the government said it started talks,” the AP says": a
        # report inside a clause of the quote, not the statement the medium quotes
    return ((is_media(gov.source) or _names_nobody(gov)) and cue.kind == "verb"
            and not cue.prepositional
            and cue.explicit and source is not None and source.pos_ in ("NOUN", "PROPN")
            and not is_media(source))


def _names_nobody(gov: Cue) -> bool:
    """"“The rebels report that …”, it is stated in the note sent to Lusa": an attribution
    outside a quote that names no speaker (a passive with no agent) leaves the quoted
    report's own speaker the first source, as a medium quoting it does ("“…,” it said" names
    a body the article spoke of: its words, as `framed.framed_voice` reads a speaker)."""
    return gov.source is None


def _informant_in_quote(cue: Cue) -> bool:
    """"“According to well-informed sources, there were about 15 dead,” the minister said": a
    speaker's quote that names a third person or source as its own informant ("according to
    a survivor", "according to sources") passes that informant's words on; the speaker's own
    knowledge ("according to our information", "according to me") names nobody new."""
    source = cue.source
    if source is None or not (cue.prepositional and cue.token.lower_ == "according"
                              or _told_the_speaker(cue)):
        return False
    lex = cue_lexicon()
    if any(c.dep_ == "poss" for c in source.children):
        return False  # ("according to our information", "according to his sources")
    return source.pos_ == "PROPN" or source.lemma_.lower() in (
        lex.source_nouns | lex.person_descriptions | lex.one_person)


def _told_the_speaker(cue: Cue) -> bool:
    """"“We were informed by a village headman that …,” X said", "“I heard from family
    members that …,” he said": a verb of telling in the passive, or of hearing, whose hearer is
    the quoted speaker ("I", "we") names who told the speaker, an informant as "according to"
    names one."""
    lex = cue_lexicon()
    tok, lemma = cue.token, cue.token.lemma_.lower()
    if cue.kind != "verb" or lemma not in lex.telling_verbs | lex.hearing_verbs:
        return False
    hearer = "nsubjpass" if lemma in lex.telling_verbs else "nsubj"
    return any(c.dep_ == hearer and c.lower_ in lex.speaker_pronouns for c in tok.children)


def in_quote(cue: Cue, quoted: Sequence[int], unit: Unit) -> bool:
    """Whether the cue's word stands inside a quotation of the unit (`quoted`: the unit's
    quote depth per character, `units.quote_depths`)."""
    return quoted[cue.token.idx - unit.start] > 0


def _outlet_voice(cue: Cue, quoted: Sequence[int], unit: Unit) -> bool:
    """"we remind readers that …" in the outlet's own narration: the outlet speaking, which
    is narration, not a claimant "we" (inside a quote "we" is the speaker's side)."""
    source = cue.source
    return (source is not None and source.pos_ == "PRON"
            and source.lower_ in cue_lexicon().outlet_pronouns
            and unit.start <= source.idx < unit.end and quoted[source.idx - unit.start] == 0)


def _depiction(cue: Cue, cues: list[Cue], unit: Unit) -> bool:
    """"Reuters cited an official as confirming the authenticity of the photos, which also
    showed …": a relative clause saying what a picture or recording shows, inside another
    speaker's statement, describes the picture that speaker spoke of; it speaks for nobody.
    ("The army said footage shows that …" keeps the footage as a source the army relays.)"""
    source = cue.source
    return (source is not None and cue.kind == "verb" and not cue.prepositional
            and cue.token.dep_ == "relcl" and source.lemma_.lower() in cue_lexicon().depictions
            and governing_cue(cue, cues, unit.span) is not None)


def _ownerless_document(cue: Cue, found: Sequence[Cue]) -> bool:
    """"According to preliminary information, two guards also died, the agency was quoted as
    saying": a prepositional cue whose source is a report noun owned by nobody (no possessor,
    no "of"/"from" phrase, no name) names no speaker; a speaker named by another cue of the
    unit says it, and the sentence is one claim of theirs ("according to information from the
    ministry", "according to the army's data" keep their owner; "citing a military statement"
    names the document a medium cited, its first voice)."""
    src = cue.source
    if not cue.prepositional or cue.token.lower_ != "according" or src is None \
            or src.pos_ == "PROPN" or src.lemma_.lower() not in cue_lexicon().report_nouns:
        return False
    if any(c.dep_ in ("poss", "compound", "appos", "acl", "relcl")
           or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by")) for c in src.children):
        return False
    return any(o is not cue and not o.prepositional and o.kind == "verb" and o.explicit
               and o.source is not None and o.source.i != src.i
               and o.source.lemma_.lower() not in cue_lexicon().report_nouns
               for o in found)


def _nobody(cue: Cue) -> bool:
    """"No group has claimed responsibility", "nobody confirmed": a cue whose subject says
    that no one spoke reports nothing."""
    source = cue.source
    return source is not None and (
        source.lower_ in cue_lexicon().nobody
        or any(c.dep_ == "det" and c.lower_ == "no" for c in source.children))


def _quoted_self(cue: Cue, quoted: Sequence[int], unit: Unit) -> bool:
    """"“… And I'm saying, where is this?”", "“I'll tell you, …”": inside a quote, a speaker
    reporting their own words or addressing the listener is the quoted speaker talking; the
    quote is already that speaker's claim, with no further source."""
    source = cue.source
    return (source is not None and cue.kind == "verb" and not cue.prepositional
            and source.lower_ in cue_lexicon().first_second_persons
            and unit.start <= source.idx < unit.end and quoted[source.idx - unit.start] > 0
            and cue.recipient is None)
