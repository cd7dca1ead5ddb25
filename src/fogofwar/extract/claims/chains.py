"""The chain of one claim: its first source, the relays that passed it on, in order.

A claim's cues each name somebody: the speaker ("the spokesman said"), who heard it ("told
TASS", "a witness speaking with Reuters", "a video obtained by Reuters"), who printed it
("according to SANA", "as the newspaper's sources said"). This module turns the cues of one
claim into names in chain order, first to speak first, the outlet's relays after: media relay
the people they quote, and "according to X" on a reporting verb relays that verb's speaker.
Who heard or carried the words is read off the parse in `heard`; this module resolves those
tokens to the article's mentions and orders the chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from ...clean.outlets import outlet_info
from ...records import Mention
from ..lexicon import cue_lexicon
from ..referents import antecedent, display, mention_for, phrase_span, reference_kind, unresolved
from .authors import denied_author, outlet_author
from .cues import Cue, depth
from .heard import (
    cited_by_relay,
    heard_by,
    known_outlet,
    named_medium_of,
    quoted_speaker,
    quoter_in_phrase,
    spoken_to,
    with_name,
)
from .sources import carried_by, is_media, named_medium, platform


class Known(Protocol):
    """What the chain reads from the extraction so far: the article's resolved mentions and
    the claimants of earlier claims (pronouns and descriptions point back to them)."""

    mentions: Sequence[Mention]
    claimants: list[Mention]
    voices: list[Mention]  # claimants and the media that reported them, in claim order


def _source(cue: Cue, ctx: Known, earlier: Sequence[Mention] = ()) -> Mention | None:
    """The source of one cue; `earlier` holds the sources of the claim's cues before it, the
    nearest speakers a pronoun can mean ("X claimed the attack in a statement, in which they
    said …")."""
    head = cue.source
    if head is None:
        return None
    if head.lower_ in cue_lexicon().speaker_pronouns and ctx.claimants:
        return replace(ctx.claimants[-1])  # "“We keep telling them …”": the quoted speaker
    kind = reference_kind(head)
    if kind:
        # "…, the state news agency Saba reported. It said …": "it" and "the agency" may
        # mean the medium that reported the last claim, not only its speaker
        voices = ctx.voices if kind == "organisation" and head.lower_ != "they" \
            else ctx.claimants
        found = antecedent(head, ctx.mentions, [*voices, *earlier])
        if found:
            return found
    return _source_of(head, ctx)


def _source_of(head: Token, ctx: Known) -> Mention:
    head = _past_dateline(head)
    address = _web_address(head)
    if address is not None:  # "the rebel website www.kavkazcenter.com": the site, by address
        return unresolved(address.doc[address.i:address.i + 1])
    named = _self_named(head)
    if named is not None:  # "a resident who identified himself as Ko Lin": Ko Lin
        return mention_for(named, ctx.mentions) or unresolved(phrase_span(named))
    return mention_for(head, ctx.mentions) or unresolved(phrase_span(head))


#: Dashes that end a dateline ("CAIRO —", "FALCON POWERS –").
DATELINE_DASHES = ("-", "–", "—")


def _past_dateline(head: Token) -> Token:
    """"FALCON POWERS – Local activists reported ...": the parser makes the dateline before
    the dash the subject and the speaker its apposition; the speaker is the apposition."""
    if head.i != head.sent.start + sum(1 for t in head.lefts):
        return head  # a dateline opens the sentence
    for child in head.rights:
        if child.dep_ == "appos" and any(t.text in DATELINE_DASHES
                                         for t in head.doc[head.i + 1:child.left_edge.i]):
            return child
    return head


#: Verbs of a relative clause that give the name of the person it describes.
NAMING_VERBS = ("identify", "name", "introduce", "call")


def _web_address(head: Token) -> Token | None:
    """"The Chechen rebel website www.kavkazcenter.com", "a website run by opponents of the
    administration, www.ingushetia.org, …": a site named by a common noun is named by the web
    address its phrase gives (in apposition, or hung lower by the parser)."""
    if head.lemma_.lower() not in cue_lexicon().media_nouns:
        return None
    return next((t for t in head.subtree if t.i != head.i and t.like_url
                 and t.dep_ in ("appos", "compound", "npadvmod", "nmod")), None)


def _self_named(head: Token) -> Token | None:
    """The name a description gives its person in a relative clause: "a resident of the area
    who identified himself as Ko Lin", "a commander who gave his name as …" (via "as")."""
    owners = [head, *(p for prep in head.children if prep.dep_ == "prep"
                      for p in prep.children if p.dep_ == "pobj")]  # "of the area who …"
    for rel in (c for owner in owners for c in owner.children):
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in (*NAMING_VERBS, "give") \
                or not any(c.dep_ == "dobj" and c.pos_ == "PRON" or c.lower_ == "name"
                           for c in rel.children):  # "identified himself", "gave his name"
            continue
        for prep in rel.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                name = next((p for p in prep.children if p.dep_ == "pobj"
                             and p.pos_ == "PROPN"), None)
                if name is not None:
                    return name
    return None


def _media(cue: Cue, mention: Mention | None) -> bool:
    """Whether the cue's source is a medium: "Saba reported" is one, though no word says so;
    "the captain of the ship reported seeing a missile" is a person reporting, no medium."""
    if mention is not None and mention.sector == "MED" or outlet_author(cue.source):
        return True
    return is_media(cue.source) or (cue.kind == "verb" and cue.token.lemma_.lower() == "report"
                                    and not _person(cue.source) and _named(cue.source))


def _named(head: Token | None) -> bool:
    """"Saba reported", "the Observatory reported": a name reporting may be a medium no pack
    knows; "health workers reported", "the army reported" name people and bodies, who report
    what they saw or did and relay nobody."""
    return head is not None and head.pos_ == "PROPN" and head.ent_type_ not in STATE_ENTITIES


#: Entity types of a name that is a state or people, no medium: "Russia reported a sharp
#: increase in shelling" is Russia's claim, not a medium relaying somebody.
STATE_ENTITIES = ("GPE", "NORP")


def media_cue(cue: Cue) -> bool:
    """Whether a cue's own words say its source is a medium ("Reuters reported", "the
    official news agency said"), before any mention is resolved."""
    return _media(cue, None)


def _person(head: Token | None) -> bool:
    lex = cue_lexicon()
    return head is not None and (
        head.ent_type_ == "PERSON" or head.lower_ in lex.person_pronouns
        or head.lemma_.lower() in lex.person_descriptions | lex.source_nouns | lex.one_person)


def _media_recipient(cue: Cue, ctx: Known) -> Mention | None:
    """"told TASS state-run news": the recipient relays the claim when it is a medium."""
    tok = cue.recipient
    if tok is None:
        return None
    tok = named_medium_of(tok)
    if tok.lemma_.lower() in cue_lexicon().audience_nouns or \
            tok.lower_ in cue_lexicon().audience_nouns:
        behind = _medium_behind_audience(tok, cue)
        # "told reporters": an audience, not a relay; "told journalists from Reuters", "told
        # a news conference broadcast by state television": the medium they serve relays
        return _source_of(behind, ctx) if behind is not None else None
    named = _name_after_description(tok)
    if named is not None:  # "told state news agency KUNA": the agency by its name
        return mention_for(named, ctx.mentions) or unresolved(named.doc[named.i:named.i + 1])
    # "…, told the news agency": the agency named before, not the description
    found = (antecedent(tok, ctx.mentions, ctx.voices) if reference_kind(tok) else None) \
        or _owning_medium(tok, ctx) or mention_for(tok, ctx.mentions)
    if found is not None and found.sector != "MED" and \
            tok.lemma_.lower() in cue_lexicon().media_nouns and found.start > phrase_span(
                tok).start_char:
        found = None  # "told pro-Kremlin media": the media, not the Kremlin named inside
    objs = [c for c in cue.token.children if c.dep_ in ("dobj", "dative")]
    if cue.relayed or (found and found.sector == "MED") or is_media(tok) \
            or any(is_media(o) for o in objs):
        return found or unresolved(with_name(phrase_span(tok), objs))
    known = known_outlet(tok)
    return unresolved(known) if known is not None else None


def _name_after_description(tok: Token) -> Token | None:
    """"told state news agency KUNA", "in a statement to the official news agency IRNA": the
    parser may leave the name after a medium's description out of its phrase (as an object
    of the verb); a name right after it that the packs know as an outlet, or an acronym, is
    the medium's name."""
    if tok.lemma_.lower() not in cue_lexicon().media_nouns:
        return None
    end = phrase_span(tok).end
    if end >= len(tok.doc):
        return None
    nxt = tok.doc[end]
    known = named_medium(nxt) or outlet_info(nxt.text) is not None
    acronym = nxt.is_alpha and nxt.is_upper and len(nxt.text) >= 3
    return nxt if known or acronym else None


#: Prepositions that tie an audience to the medium it works for: "journalists from Reuters".
AUDIENCE_PREPS = ("from", "of", "for", "with")


def _medium_behind_audience(tok: Token, cue: Cue) -> Token | None:
    """The medium an audience of a cue serves: "told journalists from Reuters" (the "from"
    phrase on the audience, or on the verb right after it), "told a news conference broadcast
    by state television" (a medium that carried what the audience heard)."""
    carrier = carried_by(tok)
    if carrier is not None and is_media(carrier):
        return carrier
    after = tok.right_edge.i + 1
    preps = [c for c in tok.children if c.dep_ == "prep"] + [
        c for c in cue.token.children if c.dep_ == "prep" and c.i == after]
    return next((p for prep in preps if prep.lower_ in AUDIENCE_PREPS
                 for p in prep.children if p.dep_ == "pobj" and is_media(p)), None)


def _owning_medium(tok: Token, ctx: Known) -> Mention | None:
    """"told the BBC's Urdu service": a service, programme or channel of a medium is that
    medium's (the possessor, which phrases leave out of their mentions)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    found = mention_for(owner, ctx.mentions) if owner is not None else None
    return found if found is not None and found.sector == "MED" else None


def _media_spoken_to(cue: Cue, ctx: Known) -> list[Mention]:
    """"Speaking to Reuters, the mayor said …": a medium the speaker talked to relays the
    statement ("speaking to students at the university" names an audience, no medium)."""
    if cue.kind != "verb":
        return []
    talks = [c for c in cue.token.children if c.dep_ == "advcl"
             and c.lemma_.lower() in cue_lexicon().conversation_verbs]
    found = [(t, _source_of(t, ctx)) for t in spoken_to(talks)]
    return [m for t, m in found if m.sector == "MED" or is_media(t)]


def _media_owner(cue: Cue, ctx: Known) -> list[Mention]:
    """"according to the newspaper's sources": the sources spoke to the newspaper, which
    relays them ("Al Jazeera's correspondent reported": its own reporter, likewise); "the
    newspaper" means the outlet named before."""
    head = cue.source
    lex = cue_lexicon()
    owner = next((c for c in head.children if c.dep_ == "poss"), None) if head else None
    if owner is None and head is not None and head.lemma_.lower() in lex.media_staff | {
            *lex.source_nouns, "witness"}:
        owner = next((c for c in head.children if c.dep_ == "compound"
                      and (outlet_info(c.text) is not None or named_medium(c))), None)
        # "an AFP photographer said", "Reuters witnesses said": the medium's own people
    if owner is None and head is not None and head.lemma_.lower() in lex.media_staff:
        owner = next((p for prep in head.children if prep.dep_ == "prep"
                      and prep.lower_ in ("for", "of", "with")
                      for p in prep.children if p.dep_ == "pobj"), None)
        # "a correspondent for Russia's NTV": the medium the reporter works for
    if owner is None or head.lemma_.lower() not in lex.source_nouns | lex.media_staff \
            or not (is_media(owner) or outlet_info(owner.text) is not None):
        return []
    found = antecedent(owner, ctx.mentions, ctx.claimants) if reference_kind(owner) else None
    return [found or _source_of(owner, ctx)]


def chain_of(cues: Sequence[Cue], ctx: Known) -> tuple[Mention | None, list[str], bool, list[Cue],
                                                   list[Mention], list[Mention]]:
    """A claim's first source, its chain of names before the outlet, whether the
    outermost source is a medium, the cues in chain order, and the media that reported the
    claim ("Saba reported", "according to Wafa", "IRNA quoted X"), and the people who passed
    the claimant's words on ("X said …, noting that residents had told him …": X), who spoke
    last, so a later "he said" means them. Media relay and come after the people they quote,
    and so does the source of an "according to" beside a verb."""
    segments = []
    earlier: list[Mention] = []
    reporters: list[Mention] = []
    said_as = {t.i + 1 for c in cues if quoted_speaker(c) is not None
               for t in c.token.subtree if t.lower_ == "as"}
    for cue in cues:
        if _own_document(cue, cues) or cue.token.i in said_as:
            continue  # "cited X as confirming …": "confirming" is X's, named by "cited"
        named = _named_by_apposition(cue, cues)
        named = denied_author(cue) if named is None else named
        source = _source_of(named, ctx) if named is not None else _source(cue, ctx, earlier)
        if source is not None:
            earlier.append(source)
        media = _media(cue, source)
        quoted, relay, source = _quoting(cue, source, media, reporters, ctx)
        recipient = _media_recipient(cue, ctx)
        source = _apart_from(source, recipient, cue)
        names = [display(source)] if source else []
        if quoted is not None and relay is not None:
            names.append(display(relay))
        if recipient is not None:
            names.append(display(recipient))
        heard = [_source_of(t, ctx) for t in heard_by(cue)]
        owners = _media_owner(cue, ctx)
        if source is not None and names and any(
                h.start == source.start and h.end == source.end for h in (*heard, *owners)):
            # "a police spokesman contacted by AFP said", "an AFP photographer said": the
            # medium named inside the speaker's phrase heard the speaker (or employs them);
            # the speaker is the phrase up to its head
            source = unresolved(cue.source.doc[cue.source.left_edge.i:cue.source.i + 1])
            names[0] = display(source)
        names += [display(h) for h in heard]
        names += [display(m) for m in _media_spoken_to(cue, ctx)]
        names += [display(m) for m in owners]
        if cue.channel is not None and platform(cue.channel) is None:
            # "via its Amaq news agency": a medium relays; "on Twitter", "on its website":
            # the poster published the claim itself, and the platform relays nothing
            names.append(display(_source_of(cue.channel, ctx)))
        frame = _cited_by_frame(cue, cues, media)
        outer = _relays_speaker(cue, cues) or _trailing_frame(cue, cues)
        key = (outer, media, -depth(cue.token)) if frame is None else (
            _trailing_frame(frame, cues), False, -depth(frame.token) - 1)
        segments.append((key, source, names, media, cue))
    segments.sort(key=lambda s: s[0])
    claimant = next((s[1] for s in segments if s[1] is not None), None)
    names = _once([n for s in segments for n in s[2]])
    names = names[:1] + [n for n in names[1:] if not _bare_report(n)]
    reporters = [r for r in reporters if r is not claimant]
    speakers = [s[1] for s in segments if s[1] is not None and s[1] is not claimant
                and not s[3] and s[1].text != claimant.text]
    return claimant, names, segments[-1][3], [s[4] for s in segments], reporters, speakers


def _quoting(cue: Cue, source: Mention | None, media: bool, reporters: list[Mention],
             ctx: Known) -> tuple[Token | None, Mention | None, Mention | None]:
    """Who a quoting cue quotes, who relays, and the first source: "the agency quoted Governor
    X as saying" (X speaks first, the agency relays), "…, the IRNA quoted police chief X as
    saying" misparsed as one phrase; else the cue's own source. Media that reported the claim
    are added to `reporters` ("…, a monitor said, Saba reported")."""
    quoted, relay = quoted_speaker(cue) or cited_by_relay(cue), None
    if quoted is not None:
        relay, source = source, _source_of(quoted, ctx)
        reporters += [relay] if relay is not None and media else []
        return quoted, relay, source
    if media and source is not None:
        reporters.append(source)
    quoter = quoter_in_phrase(cue)
    if quoter is not None:
        relay = _source_of(quoter, ctx)
        reporters.append(relay)
        return cue.source, relay, source
    return None, None, source


def _named_by_apposition(cue: Cue, cues: Sequence[Cue]) -> Token | None:
    """"Abubakar Dauran, state security assistant, who confirmed this to Xinhua …, said …":
    a cue whose source is the description in apposition to another cue's named source is
    that person's too; the chain names them once, by name."""
    tok = cue.source
    if tok is None or tok.dep_ != "appos":
        return None
    named = tok.head
    return named if any(c is not cue and c.source is not None and c.source.i == named.i
                        for c in cues) else None


def _own_document(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"Israel's military said …, according to a statement released to reporters": a document
    that names no author, beside a speaker's verb, is that speaker's own; it relays nothing."""
    return (cue.prepositional and cue.source is not None
            and cue.source.lemma_.lower() in cue_lexicon().report_nouns
            and carried_by(cue.source) is None and not is_media(cue.source)  # "a Reuters report"
            and any(c.kind == "verb" and not c.prepositional and c.source is not None
                    and not _media(c, None) for c in cues))
    # ("IRNA reported, citing a military statement": a medium cites somebody else's words)


def _trailing_frame(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"The TV report said police killed 11 …, the AP reports": a bare reporting verb whose
    subject is all that stands between it and a comma, with no clause of its own, frames the
    statement before it and relays its speaker, though the parser hangs it below that
    speaker's verb (as its complement, or as a clause on a noun near the end)."""
    tok = cue.token
    if cue.kind != "verb" or cue.prepositional or tok.dep_ == "ROOT" or any(
            c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    prev = tok.i - 1
    while prev > tok.sent.start and tok.doc[prev].text != "," and \
            tok.doc[prev].pos_ in TRAILING_SUBJECT_POS:
        prev -= 1
    return (prev < tok.i - 1 and tok.doc[prev].text == "," and not prev < tok.head.i < tok.i
            # ("…, a charge Israel denies": a clause on the noun before it, no frame)
            and any(c is not cue and c.kind == "verb" and c.explicit and c.token.i < prev
                    for c in cues))


def _cited_by_frame(cue: Cue, cues: Sequence[Cue], media: bool) -> Cue | None:
    """"Russia reported …, BTA noted, citing AFP" ("referring to AFP"): a medium cited by the
    verb that frames an earlier statement passed that statement on to the framing medium; it
    comes after the statement's speaker and before the frame, though it hangs deepest ("…,
    Reuters said, citing security sources" cites a source, no medium, which speaks first).
    The frame's cue, or None."""
    tok = cue.token
    if not media or not cue.prepositional \
            or tok.lower_ in cue_lexicon().relaying_prepositional:
        return None
    return next((c for c in cues if c is not cue and _frames(c, cues) and (
        c.token.i == tok.head.i or _next_to(c.token, tok))), None)


def _frames(cue: Cue, cues: Sequence[Cue]) -> bool:
    """Whether a verb cue frames another speaker's statement written before it: a trailing
    frame, or "X reported …, BTA noted" parsed with the frame as the root and the statement's
    verb as its complement."""
    return _trailing_frame(cue, cues) or (cue.kind == "verb" and any(
        c is not cue and c.kind == "verb" and c.token.head.i == cue.token.i
        and c.token.dep_ == "ccomp" and c.token.i < cue.token.i for c in cues))


def _next_to(frame: Token, tok: Token) -> bool:
    """"…, BTA noted, referring to AFP": the participle right after the frame's verb, only
    punctuation between, is the frame's, though the parser may hang it on the statement's
    verb."""
    return frame.i < tok.i and all(t.is_punct for t in tok.doc[frame.i + 1:tok.i])


#: What a trailing reporter's name is made of ("the state-run news agency Saba").
TRAILING_SUBJECT_POS = ("DET", "ADJ", "NOUN", "PROPN", "PUNCT")


def _bare_report(name: str) -> bool:
    """"Reports citing activists in the area indicated ...": a report that names no author is
    the statement travelling, not a medium relaying it; it is no link of the chain."""
    word = name.strip().lower()
    return " " not in word and (word in cue_lexicon().report_nouns
                                or word.removesuffix("s") in cue_lexicon().report_nouns)


def _once(names: list[str]) -> list[str]:
    """Each name once, first place kept: "according to Sputnik, which cited a local official"
    is two cues naming the same two voices, one chain."""
    seen: set[str] = set()
    kept = []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            kept.append(name)
    return kept


def _apart_from(source: Mention | None, relay: Mention | None, cue: Cue) -> Mention | None:
    """"a statement of the cell carried by Alsumaria TV": the source's phrase holds its relay;
    the source is then the phrase itself, not the relay named inside it."""
    if source is None or relay is None or cue.source is None or source.start != relay.start:
        return source
    return unresolved(phrase_span(cue.source))


def _relays_speaker(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"According to X" on a reporting verb: X passed the verb's statement on, so it comes
    after the verb's speaker in the chain, though it hangs deeper in the parse. Inside the
    reported clause ("… killed 100, according to the civil defence, CNN reported") it is the
    first source, as the parse's depth says."""
    return (cue.prepositional and cue.token.lower_ in cue_lexicon().relaying_prepositional
            and any(c.kind == "verb" and not c.prepositional and cue.token.head.i == c.token.i
                    for c in cues))
