"""The chain of one claim: its first source, the relays that passed it on, in order.

A claim's cues each name somebody: the speaker ("the spokesman said"), who heard it ("told
TASS", "a witness speaking with Reuters", "a video obtained by Reuters"), who printed it
("according to SANA", "as the newspaper's sources said"). This module turns the cues of one
claim into names in chain order, first to speak first, the outlet's relays after: media relay
the people they quote, and "according to X" on a reporting verb relays that verb's speaker.
Who heard or carried the words is read off the parse in `heard`, and resolved to the article's
mentions in `cue_sources`; this module orders the chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ...records import Mention
from ..lexicon import cue_lexicon
from ..referents import display, phrase_span, unresolved
from ..tree import depth
from .authors import denied_author
from .cue_sources import (
    Known,
    cue_source,
    heard_mention,
    is_media_source,
    media_owner,
    media_recipient,
    media_spoken_to,
    source_mention,
    speaker,
)
from .cues import Cue
from .framed import AUTHOR_PREPOSITIONS, framed_voice
from .heard import (
    cited_by_relay,
    heard_by,
    names_medium,
    quoted_speaker,
    quoter_in_phrase,
)
from .relay_phrasings import quoted_author
from .sources import carried_by, is_media, platform, report_noun


def chain_of(cues: Sequence[Cue], ctx: Known) -> tuple[Mention | None, list[str], bool, list[Cue],
                                                   list[Mention], list[Mention]]:
    """A claim's first source, its chain of names before the outlet, whether the
    outermost source is a medium, the cues in chain order, and the media that reported the
    claim ("Saba reported", "according to Wafa", "IRNA quoted X"), and the people who passed
    the claimant's words on ("X said …, noting that residents had told him …": X), who spoke
    last, so a later "he said" means them. Media relay and come after the people they quote,
    and so does the source of an "according to" beside a verb."""
    named_as: dict[str, Mention] = {}  # each name of the chain, the mention it displays
    earlier: list[Mention] = []  # the sources of the cues before, which a pronoun may mean
    reporters: list[Mention] = []
    segments = [_segment(cue, cues, ctx, earlier, reporters, named_as)
                for cue in _voicing(cues, ctx)]
    segments = _in_chain_order(segments)
    claimant, names = _named_chain(segments, named_as)
    reporters = [r for r in reporters if r is not claimant]
    speakers = [s[1] for s in segments if s[1] is not None and s[1] is not claimant
                and not s[3] and s[1].text != claimant.text and not _bare_report(s[1].text)]
    # "X spoke of …, according to a statement released by Y": the statement is X's words, no
    # voice of its own that "the same source" could mean after X
    return claimant, names, segments[-1][3], [s[4] for s in segments], reporters, speakers


def _voicing(cues: Sequence[Cue], ctx: Known) -> list[Cue]:
    """The cues that give the claim a voice: not the page's own document, not a verb named by
    a "cited X as" ("cited X as confirming …": "confirming" is X's, named by "cited"), and
    not an intention, a description, a first person or a voice another cue frames
    ("officials say rangers confirmed …": the officials' words), unless that leaves none; and
    not a document a pronoun owns beside another cue (`_pronoun_document`)."""
    owned = [c for c in cues if not _pronoun_document(c)]
    cues = owned if owned else cues  # ("according to its own figures": the speaker's)
    said_as = {t.i + 1 for c in cues if quoted_speaker(c) is not None
               for t in c.token.subtree if t.lower_ == "as"}
    voiceless = {id(c) for c in cues if _intention(c, cues) or _described(c) or _first_person(c)
                 or framed_voice(c, cues, lambda x: _voice(x, ctx))}
    if len(voiceless) == len(cues):
        voiceless = set()  # no other cue to give the claim its voice
    return [c for c in cues if not (_own_document(c, cues) or c.token.i in said_as
                                    or id(c) in voiceless)]


def _segment(cue: Cue, cues: Sequence[Cue], ctx: Known, earlier: list[Mention],
             reporters: list[Mention], named_as: dict[str, Mention]) -> tuple:
    """One cue's link of the chain: (sort key, source, names, whether a medium, cue). Its
    source is who the cue names (by apposition, a denial's author, else its own phrase),
    then who relays, the medium it was told to, heard by or owned by, and the channel it
    went out on. Adds the source to `earlier`, the media that reported it to `reporters`,
    and each name's mention to `named_as`."""
    named = _named_by_apposition(cue, cues)
    named = denied_author(cue) if named is None else named
    source = source_mention(named, ctx) if named is not None else cue_source(cue, ctx, earlier)
    if source is not None:
        earlier.append(source)
    media = is_media_source(cue, source)
    quoted, relay, source = _quoting(cue, source, media, reporters, ctx)
    recipient = media_recipient(cue, ctx)
    source = _apart_from(source, recipient, cue)
    names = [display(source)] if source else []
    if quoted is not None and relay is not None:
        names.append(display(relay))
    if recipient is not None:
        names.append(display(recipient))
    heard = [heard_mention(t, ctx) for t in heard_by(cue)]
    owners = media_owner(cue, ctx)
    if source is not None and names and any(
            h.start == source.start and h.end == source.end for h in (*heard, *owners)):
        # "a police spokesman contacted by AFP said", "an AFP photographer said": the
        # medium named inside the speaker's phrase heard the speaker (or employs them);
        # the speaker is the phrase up to its head
        source = unresolved(cue.source.doc[cue.source.left_edge.i:cue.source.i + 1])
        names[0] = display(source)
    names += [display(h) for h in heard]
    spoken_to = media_spoken_to(cue, ctx)
    names += [display(m) for m in spoken_to]
    names += [display(m) for m in owners]
    named_as.update((display(m), m) for m in (*heard, *spoken_to, *owners, *(
        [recipient] if recipient is not None else [])))
    if cue.channel is not None and platform(cue.channel) is None:
        # "via its Amaq news agency": a medium relays; "on Twitter", "on its website":
        # the poster published the claim itself, and the platform relays nothing
        names.append(display(source_mention(cue.channel, ctx)))
    frame = _cited_by_frame(cue, cues, media)
    outer = _relays_speaker(cue, cues) or _trailing_frame(cue, cues) \
        or _cites_beside(cue, cues)
    # a cue naming nobody ("“…”, it is stated in the note sent to Lusa") only relays
    key = (outer, media or source is None, -depth(cue.token)) if frame is None else (
        _trailing_frame(frame, cues), False, -depth(frame.token) - 1)
    return key, source, names, media, cue


def _in_chain_order(segments: list[tuple]) -> list[tuple]:
    """The links first source first: speakers before the media that relay them (`_segment`'s
    key, a verb citing a medium counted a medium: `_citing_medium`), and without the state a
    person or body of it speaks for."""
    segments = [_citing_medium(s, segments) for s in segments]
    segments.sort(key=lambda s: s[0])
    if any(not s[3] and not _state(s[1]) and _speaks_for_state(s[1], s[4]) for s in segments):
        # "Russia denies involvement, the ministry said", "The Kremlin denied it: “…,” Peskov
        # told reporters": a person or body speaks for the state; the state is no link
        segments = [s for s in segments if s[3] or not _state(s[1])]
    return segments


def _named_chain(segments: list[tuple],
                 named_as: dict[str, Mention]) -> tuple[Mention | None, list[str]]:
    """(claimant, chain of names) of the ordered links: the first source, each name once, a
    picture's publisher in place of the picture, a relay's phrase cut before the first
    source's name it runs into, and reports that name no author dropped."""
    claimant = next((s[1] for s in segments if s[1] is not None), None)
    named_as.update((display(s[1]), s[1]) for s in segments if s[1] is not None)
    names = _once([n for s in segments for n in s[2]])
    if claimant is not None and _depiction(claimant.text) and len(names) > 1 \
            and names[1] in named_as:
        # "Images published by local media showed …", "footage aired by state TV": a picture
        # says nothing; who published or aired it, or reported what it showed, is the voice
        claimant, names = named_as[names[1]], names[1:]
    names = names[:1] + [_short_of(n, names[0]) for n in names[1:]] if names else names
    names = names[:1] + [n for n in names[1:] if not _bare_report(n)]
    return claimant, names


def _citing_medium(segment: tuple, segments: list[tuple]) -> tuple:
    """"…, Kabar reported, citing Sputnik, which quoted a military source": a verb that cites
    a medium ("citing", "quoting" hung on it or right after it) names a medium too, though no
    pack knows its name; it relays last, after the medium it cites. A person or a state body
    citing a medium ("the ministry said, citing Sputnik") keeps its place as a speaker."""
    key, source, names, media, cue = segment
    if media or source is None or cue.kind != "verb" or cue.prepositional \
            or _speaks_for_state(source, cue) or source.sector is not None:
        return segment
    cites = any(s[3] and s[4].prepositional and s[4].kind == "verb" and (
        s[4].token.head.i == cue.token.i or _next_to(cue.token, s[4].token))
        and s[4].token.lemma_.lower() in cue_lexicon().citing_verbs for s in segments)
    return ((key[0], True, *key[2:]), source, names, True, cue) if cites else segment


def _voice(cue: Cue, ctx: Known) -> Mention | None:
    """A cue's source as the article's mentions resolve it."""
    return None if cue.source is None else source_mention(cue.source, ctx)


def _state(mention: Mention | None) -> bool:
    """Whether a voice is a state itself ("Russia", "the Kremlin", "Tehran"), not one of its
    bodies or people."""
    return (mention is not None and mention.actor_id is not None and mention.country is not None
            and mention.actor_id == mention.country.lower())


def _speaks_for_state(mention: Mention | None, cue: Cue) -> bool:
    """Whether a voice is a person or a state body, who may speak for a state ("the
    ministry", "Kremlin spokesman Dmitry Peskov"); a name no pack knows may be a medium."""
    tok, lex = cue.source, cue_lexicon()
    return mention is not None and (mention.sector in ("GOV", "MIL") or tok is not None and (
        tok.ent_type_ == "PERSON" or tok.lower_ in lex.person_pronouns
        or tok.lemma_.lower() in lex.person_descriptions | lex.body_nouns))


def _quoting(cue: Cue, source: Mention | None, media: bool, reporters: list[Mention],
             ctx: Known) -> tuple[Token | None, Mention | None, Mention | None]:
    """Who a quoting cue quotes, who relays, and the first source: "the agency quoted Governor
    X as saying" (X speaks first, the agency relays), "…, the IRNA quoted police chief X as
    saying" misparsed as one phrase; else the cue's own source. Media that reported the claim
    are added to `reporters` ("…, a monitor said, Saba reported")."""
    quoted, relay = quoted_speaker(cue) or cited_by_relay(cue), None
    if quoted is not None:
        relay, source = source, speaker(quoted_author(quoted), ctx)  # "quoted him": who
        # "him" means; "quoted a statement from the ministry": the ministry
        reporters += [relay] if relay is not None and media else []
        return quoted, relay, source
    if media and source is not None:
        reporters.append(source)
    quoter = quoter_in_phrase(cue)
    if quoter is not None:
        relay = source_mention(quoter, ctx)
        reporters.append(relay)
        return cue.source, relay, source
    return None, None, source


def _named_by_apposition(cue: Cue, cues: Sequence[Cue]) -> Token | None:
    """"Abubakar Dauran, state security assistant, who confirmed this to Xinhua …, said …":
    a cue whose source is the description in apposition to another cue's named source is
    that person's too; the chain names them once, by name."""
    tok = cue.source
    if tok is None or tok.dep_ != "appos" or names_medium(tok):
        return None  # ("Quoting General X, Ravi Das, news agency KNT reported …": the medium
        # the parser hung on the title it cites is a voice of its own, `verb_cues`)
    named = tok.head
    return named if any(c is not cue and c.source is not None and c.source.i == named.i
                        for c in cues) else None


def _own_document(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"Israel's military said …, according to a statement released to reporters": a document
    that names no author, beside a speaker's verb, is that speaker's own; it relays nothing."""
    lex = cue_lexicon()
    documents = lex.report_nouns | lex.publication_nouns  # ("citing preliminary findings")
    return (cue.prepositional and cue.source is not None
            and (cue.source.lemma_.lower() in documents or cue.source.lower_ in documents)
            # (the parser lemmatises "data" as "datum")
            and carried_by(cue.source) is None and not is_media(cue.source)  # "a Reuters report"
            and not _authored(cue.source)
            and any(c.kind == "verb" and not c.prepositional and c.source is not None
                    and not is_media_source(c, None) for c in cues))
    # ("IRNA reported, citing a military statement": a medium cites somebody else's words)


def _authored(doc_word: Token) -> bool:
    """"citing findings by the ombudsman", "citing data collated by civil society groups": a
    document that names its authors holds their words, not the speaker's own."""
    return any(t.dep_ in ("prep", "agent") and t.lower_ in AUTHOR_PREPOSITIONS
               and t.head.i in (doc_word.i, *(a.i for a in doc_word.children if a.dep_ == "acl"))
               for t in doc_word.subtree)


def _intention(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"The rebels are threatening to kill missionaries, reports Misna", "X said the fighters
    had agreed to disarm": a verb with an infinitive and no clause or quotation of its own
    states what somebody means to do; beside another speaker's verb it is that speaker's
    report, and its subject is no voice of the chain (nor the report's first source)."""
    tok = cue.token
    if cue.kind != "verb" or cue.prepositional or not _infinitive_only(tok):
        return False
    return any(c is not cue and c.kind == "verb" and not c.prepositional and c.source is not None
               and not _infinitive_only(c.token) for c in cues)


def _first_person(cue: Cue) -> bool:
    """"“According to our information, 30 are dead,” the spokesman told Reuters": a source the
    words' own speaker owns ("our records", "my sources") is no other voice; beside another
    cue it is that cue's speaker's, who gives the claim its voice (alone, "according to our
    sources" is the outlet's own, and keeps its reading)."""
    tok = cue.source
    return cue.prepositional and tok is not None and (tok.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children))


def _pronoun_document(cue: Cue) -> bool:
    """"The army said 12 rebels were killed, according to its own figures": a document a
    possessive pronoun owns ("its tally", "their data") is named by no one of its own; beside
    another cue it is that cue's speaker's, as a first person's is (`_first_person`), and the
    pronoun read alone would take the nearest noun ("rebels") for its owner."""
    tok = cue.source  # the document ("figures") or its owner as the cue read it ("its")
    if not cue.prepositional or tok is None:
        return False
    if tok.dep_ == "poss" and tok.lower_ in OWNER_PRONOUNS:
        return report_noun(tok.head)
    return report_noun(tok) and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS
                                    for c in tok.children)


#: Third-person possessive pronouns that own a document (`_pronoun_document`).
OWNER_PRONOUNS = ("its", "their", "his", "her")


#: First-person words: the speaker's own ("our", "my", "us").
FIRST_PERSON = ("our", "my", "us", "me", "ours", "mine")


def _described(cue: Cue) -> bool:
    """"12 soldiers, 30 people described as “militants,” and …": a participle on a noun says
    what the noun was called; the noun is what was described, no speaker."""
    tok = cue.token
    return (cue.kind == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN"
            and cue.source is not None and cue.source.i == tok.head.i)


def _infinitive_only(tok: Token) -> bool:
    children = list(tok.children)
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in children) and not any(  # ("reported seeing a missile" reports)
        c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "punct" and c.text in QUOTES)
        for c in children)


#: Marks that open or close a quotation.
QUOTES = "“”«»\"'"


def _trailing_frame(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"The TV report said police killed 11 …, the AP reports": a bare reporting verb whose
    subject is all that stands between it and a comma, with no clause of its own, frames the
    statement before it and relays its speaker, though the parser hangs it below that
    speaker's verb (as its complement, or as a clause on a noun near the end)."""
    tok = cue.token
    if cue.kind != "verb" or cue.prepositional or tok.dep_ == "ROOT" or any(
            c.dep_ in ("ccomp", "xcomp") and c.lower_ not in cue_lexicon().prepositional
            for c in tok.children):  # ("…, Kabar reported citing Sputnik" frames too)
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


def _one_of(word: str, nouns: frozenset[str]) -> bool:
    """A lower-cased word, or the singular of its plural in "s", is one of `nouns`."""
    return word in nouns or word.removesuffix("s") in nouns


def _depiction(name: str) -> bool:
    """"Images", "the footage", "satellite photos": a picture or recording as a chain's first
    name (`depictions` in cues.yaml)."""
    words = name.strip().lower().split()
    return bool(words) and _one_of(words[-1], cue_lexicon().depictions)


def _bare_report(name: str) -> bool:
    """"Reports citing activists in the area indicated ...": a report that names no author is
    the statement travelling, not a medium relaying it; it is no link of the chain."""
    word = name.strip().lower()
    return " " not in word and _one_of(word, cue_lexicon().report_nouns)


def _short_of(relay: str, first: str) -> str:
    """"In a report by state news agency Kalam, Governor Ali Aziz said …" parsed with the
    speaker in apposition to the medium's name: the relay's phrase runs on, past a comma, into
    the first source's own name, which is no part of the relay."""
    cut = relay.removesuffix(", " + first) if first else relay
    return cut if cut != relay and cut.strip() else relay


def _once(names: list[str]) -> list[str]:
    """Each name once, first place kept: "according to Sputnik, which cited a local official"
    is two cues naming the same two voices, one chain; "Kavkaz" beside "Kavkaz agency" (a
    statement "carried by the Kavkaz agency", found by its name and its phrase) is one medium,
    named by the longer."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        if kept and _same_medium(kept[-1], name):
            kept[-1] = max(kept[-1], name, key=len)
            continue
        kept.append(name)
    return kept


def _same_medium(one: str, other: str) -> bool:
    """Whether two names side by side are one medium, one of them with its common nouns
    ("Firat" and "Firat news agency")."""
    a, b = (set(re.findall(r"[\w'’]+", n.lower())) for n in (one, other))
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    extra = long_ - short
    return bool(short) and short < long_ and extra <= cue_lexicon().media_nouns


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
            and any(c.kind == "verb" and not c.prepositional and (
                cue.token.head.i == c.token.i or _closing_on_complement(cue.token, c.token))
                for c in cues))


def _cites_beside(cue: Cue, cues: Sequence[Cue]) -> bool:
    """"…, according to a doctors' network, citing hospital staff": an "according to" with a
    "citing" on the same clause passed on the words of whom it cites, so it comes after that
    voice in the chain whether or not the packs know it for a medium (a known medium sorts
    after the voice already)."""
    lex = cue_lexicon()
    tok = cue.token
    return (cue.prepositional and tok.lower_ in lex.relaying_prepositional
            and any(c is not cue and c.prepositional and c.token.lower_ in lex.prepositional
                    and c.token.lower_ not in lex.relaying_prepositional
                    and c.token.head.i == tok.head.i for c in cues))


def _closing_on_complement(tok: Token, verb: Token) -> bool:
    """"The ministry reported killing 300 fighters in a strike on barracks, as per Interfax.":
    the parser may hang a closing "according to"/"as per" phrase, set off by a comma after
    the reported words, on the verb's complement; it still relays the verb's speaker (inside
    a clause the verb frames from after it, "… killed 100, according to X, CNN reported", X
    is the first source). A sentence that closes a paragraph holds the paragraph break as
    its last token, which closes nothing."""
    if tok.dep_ == "prep" and tok.head.lower_ == "as":
        tok = tok.head  # "as per X": the phrase opens at "as"
    head = tok.head
    rest = tok.doc[tok.right_edge.i + 1:tok.sent.end]
    return (head.head.i == verb.i and head.dep_ in ("xcomp", "ccomp") and verb.i < head.i
            and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and sum(1 for t in rest if t.is_punct) <= 1
            and all(t.is_punct or t.is_space for t in rest))
