"""Relays of a speaker's later statements: "X told AFP …" then "He added …".

A speaker who gave an interview or a statement to a medium ("A witness told AFP …") goes on
in the same report: "He added …", a paragraph that is nothing but a quotation, "the witness
said". Those later words reached the page the same way, through the same medium, though their
own sentence names none. So a claim whose claimant is the same speaker as an earlier claim
that had relays, and whose sentence names no medium or channel of its own, keeps the earlier
claim's relays, in order (bench/data/conflict/README.md, "Relays of a speaker's later
statements"). Forward only, within the article, and not past a statement of the same speaker
that names another channel ("in a statement", "on Telegram", "told reporters", "at a press
conference", "on television", "in an interview with Y").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...annotate.pipeline import doc_text
from ...clean.outlets import outlet_info
from ...records import Article, Claim, Mention
from ..lexicon import cue_lexicon
from ..referents import display
from .credits import PARAGRAPH_DASH_CREDIT, credit_only_relays
from .namings import (
    affiliation,
    channel_words,
    conjunct_of,
    described_member,
    introduced_roles,
    member_of,
    name_run,
    named,
    person_roles,
    refers_back,
    same_role,
    same_speaker,
    surname_of,
    taken_up,
    taken_up_roles,
    without_article,
    words_of,
)
from .spans import ClaimSpans

#: Dependencies of a cue that hold what was said, not where it was said.
CONTENT_DEPS = ("ccomp", "xcomp", "parataxis", "dobj", "conj", "relcl", "acl")
#: Dependencies of a cue that name the speaker ("the press service said" names no channel).
SPEAKER_DEPS = ("nsubj", "nsubjpass", "appos", "punct")
#: How far below a cue its frame is searched ("Speaking at a press conference, he said").
FRAME_DEPTH = 3
#: Marks that close a quotation a speaker's name may follow ("“…,” Minister X said").
QUOTE_CLOSERS = ("”", '"', "’", "'", "''")
#: A speaker's statement: who, the relays that carried it, and the sentence it is in.
Said = tuple[Mention, list[str], str]


def carry_relays(doc: Doc, article: Article, claims: Sequence[Claim],
                 spans: Sequence[ClaimSpans], tail: int,
                 mentions: Sequence[Mention] = ()) -> None:
    """Give each claim with no channel of its own the relays of its speaker's last statement
    before it; `tail`: how many names end every chain (the outlet, and the original outlet).
    A dateline credit ("KABUL (AP) —") relays only the sentence it stands in: the speaker
    spoke to no medium there, so it is not carried. A body that records and publishes what it
    is told (a rights group, `recording_sectors`: "a farmer told Amnesty International …",
    then "“…,” he said") carries the speaker's later words as a medium does; `mentions` are
    the article's resolved mentions, which give each relay's sector."""
    recorders = _recorders(mentions)
    last: list[Said] = []  # each speaker's latest statement and relays
    media: list[tuple[str, str]] = []  # each medium that spoke as a claimant, and its sentence
    seen: list[Mention] = []  # every claimant so far, in text order
    spoke: list[tuple[Mention, str]] = []  # every claimant so far with its sentence
    text = doc_text(doc)  # Doc.text joins every token again on each call
    framed: tuple[Claim, list[str]] | None = None  # a statement framed by other speakers
    previous: Claim | None = None
    for claim, claim_spans in sorted(zip(claims, spans, strict=True),
                                     key=lambda pair: pair[0].start):
        prior, previous = previous, claim
        if claim.narrator or claim.claimant is None or claim.in_title:
            continue
        own = claim.chain[1:len(claim.chain) - tail]
        credited = {r.lower() for r in credit_only_relays(
            article.text, claim.start, claim.end, article.outlet)} if own else set()
        if own and _credited_only(own, credited, article.text, claim.end):
            own = []  # "He ruled out …, saying … - Bernama" after "told IRINN …": the credit
            # relays its own sentence after the relay the speaker's words carry
        earlier, member = _earlier_statement(last, seen, claim.claimant, text)
        if earlier is None and not member:  # "a minister told AFP …" then "“…,” Commerce
            earlier = _named_next(last, spoke, claim.claimant, doc, text)  # Minister X said"
        possessed = _possessor(last, claim.claimant, text)  # "the daily's source"
        if earlier is None:
            earlier = possessed
        voice_before = spoke[-1][0] if spoke else None
        seen.append(claim.claimant)
        spoke.append((claim.claimant, claim.sentence))
        if is_medium_name(claim.chain[0]):
            media.append((claim.chain[0], claim.sentence))
        channel = possessed is None and names_channel(doc, claim_spans) \
            and not _same_interview(claim, last[earlier] if earlier is not None else None)
        report = None if own or channel else _report_of(
            media[:-1] if media and media[-1][1] == claim.sentence else media, claim)
        if report is not None:  # "According to the report the IDF said …" after "CNN reports"
            last.append((claim.claimant, [report], claim.sentence))
            earlier = len(last) - 1
        if own or channel:
            if own and not channel and (not any(is_medium_name(r) for r in own)
                                        or _medium_quoting(own[-1], claim)):
                _passed_on(claim, own[-1], last, tail)
                own = claim.chain[1:len(claim.chain) - tail]  # (the speaker's later words
                # keep the relays passed on too: "he added" after "Tasnim quoted X as saying")
            before = ""  # the speaker's earlier sentences, for the document they named
            if earlier is not None and not member:
                before = last[earlier][2] + "\n"
                del last[earlier]
            kept = [r for r in own if r.lower() not in credited
                    and (is_medium_name(r) or _written_medium(r, claim)
                         or _reporting_name(r, claim) or _described_as_medium(r, claim)
                         or r.lower() in recorders or _told_name(doc, r, claim))]
            last.append((claim.claimant, kept, before + claim.sentence))
            framed = None if channel else (claim, _framers(
                doc, [r for r in own if r not in kept and r.lower() not in credited],
                claim_spans, text))
            author = _author_of(spoke[:-1], claim.claimant, text) if kept else None
            if author is not None:  # "…, the statement added, Xinhua reported": its author's
                last.append((author, kept, claim.sentence))  # later words came the same way
            continue
        quoter = _agentless_quoter(claim, voice_before) if earlier is None else None
        if quoter is not None:  # "IRNA reported …" then "The governor was quoted as saying …"
            claim.chain[1:1] = [quoter]
            last.append((claim.claimant, [quoter], claim.sentence))
            continue
        if earlier is None or says_nothing(doc, claim_spans):
            continue
        relays = [r for r in last[earlier][1] if r.lower() != claim.chain[0].lower()]
        if framed is not None and framed[0] is prior and framed[1] \
                and same_speaker(prior.claimant, claim.claimant, text) \
                and text.count("\n", prior.end, claim.start) <= 2:
            relays = [*framed[1], *relays]  # "UKMTO said the captain reported …. Minutes
            # later, the captain reported …": the words go on in the frame just set, in the
            # next statement (a paragraph break at most, no other statement between)
        named = {n.lower() for n in claim.chain}
        relays = [r for r in relays if r.lower() not in named]  # (a credit already there)
        if relays:
            claim.chain[1:1] = relays
            if not same_speaker(last[earlier][0], claim.claimant, text):
                last.append((claim.claimant, relays, claim.sentence))
                # (a new naming of the speaker, "army spokesman Lieutenant X" after "a
                # spokesman for the army told IRIN": later "X said" is found by it)


def _earlier_statement(last: list[Said], seen: list[Mention], claimant: Mention,
                       text: str) -> tuple[int | None, bool]:
    """The index in `last` of the speaker's earlier statement, by the first reading that
    finds it (the same name, a title cut short, a reference back, a group, a renaming, ...),
    and whether it is a group's that one of its members goes on with: such a statement stays
    the group's, so it is not taken over."""
    earlier = _latest(last, claimant, text)
    if earlier is None:  # "police spokesman" cut short of "… Aqbal Farah", named after
        earlier = _titled(last, claimant, text)
    if earlier is None:
        earlier = _referred(last, seen, claimant, text)
    if earlier is None:
        earlier = _document_of(last, claimant, text)
    if earlier is None:  # "one of the sources said" after "sources told AFP"
        earlier = _group_of(last, claimant, text)
    if earlier is None:  # "Residents said" after "residents and the group told Reuters"
        earlier = _conjunct_of(last, claimant, text)
    if earlier is None:
        earlier = _renamed(last, seen, claimant, text)
    if earlier is None:  # "said an informed source at the IRGC" after "a source close
        earlier = _same_informant(last, seen, claimant, text)  # to the IRGC"
    if earlier is not None:
        return earlier, False
    member = _described_of(last, claimant, text)
    return member, member is not None


def _named_next(last: list[Said], spoke: list[tuple[Mention, str]], claimant: Mention,
                doc: Doc, text: str) -> int | None:
    """The statement of an unnamed voice that a person's name, written for the first time in
    the very next statement, names ("a Taliban spokesperson told the Afghan Islamic Press …"
    then "“…,” said Zabiullah Mujahid"; "the chairwoman of the rights body told AFP …" then
    "“…,” declared Roseline Odede"): the page names no one new bare, so a name given no
    description of its own (or only a title whose noun the voice's description holds: "a
    minister told AFP" then "Commerce Minister Manqoba Khumalo said") is that voice's. Only
    the statement just before, a paragraph break away at most, and only a voice heard
    through a relay."""
    if not spoke or not last:
        return None
    voice = spoke[-1][0]
    said = last[-1]
    if (said[0].start, said[0].end) != (voice.start, voice.end) or not said[1] \
            or named(voice.text) or any(t.ent_type_ == "PERSON" for t in _tokens(doc, voice)):
        return None
    if voice.end > claimant.start or text.count("\n", voice.end, claimant.start) > 2:
        return None
    tokens = _tokens(doc, claimant)
    person = [t for t in tokens if t.ent_type_ == "PERSON"]
    if len(person) < 2 or not named(claimant.text):
        return None
    title = [t for t in tokens if t.i < person[0].i]
    at = tokens[0].i - 1  # (the title the mention was cut short of: "Commerce| Minister X")
    while at >= person[0].sent.start and doc[at].is_title and doc[at].ent_type_ != "PERSON":
        title.insert(0, doc[at])
        at -= 1
    first = title[0].idx if title else person[0].idx
    described = {w.lower() for w in re.findall(r"[\w’'-]+", voice.text)}
    if title and title[-1].lower_ not in described:
        return None  # ("a witness told AFP …" then "Police chief X said": another voice)
    lead = doc[(title[0] if title else person[0]).i - 1] if (title or person)[0].i else None
    if lead is None or not (lead.pos_ in ("VERB", "AUX") or lead.text in QUOTE_CLOSERS):
        return None  # only a name put after its verb or its quotation ("said X", "“…,” X
        # said"), not "Aleppo's governor X", "one of them, X", "as X" or a sentence's subject
    if not re.match(r"(?:\s*[.!?]|\s*,\s*[a-z]+ing\b|\s+(?:said|says|added|told)\b)",
                    text[claimant.end:claimant.end + 40]):
        return None  # ("X, a resident, said", "X, coordinator of a group,": described on its
        # own, so another voice)
    surname = person[-1].text
    if re.search(rf"\b{re.escape(surname)}\b", text[:first]):
        return None  # (named before: not a new naming of the voice)
    return len(last) - 1


def _tokens(doc: Doc, mention: Mention) -> list[Token]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _credited_only(own: list[str], credited: set[str], text: str, end: int) -> bool:
    """Whether every relay a claim's own cues gave is a dateline or end credit of its sentence
    (`credited`, lower case: credits.credit_only_relays) or the dash credit closing its
    paragraph ("…, he said. - Bernama"): a credit names no channel the speaker chose, so the
    speaker's earlier relay still reaches these words, before the credit
    (bench/data/conflict/README.md, "Relays of a speaker's later statements")."""
    return all(r.lower() in credited or _signed_paragraph(text, end, r) for r in own)


def _signed_paragraph(text: str, end: int, relay: str) -> bool:
    """Whether the paragraph a claim ends in (at `end`) closes with a dash credit naming the
    relay ("…, saying … grenades. - Bernama", "… — (AFP)"): the wire signing the copy, as
    written or as the outlets pack knows it."""
    stop = text.find("\n", end)
    found = PARAGRAPH_DASH_CREDIT.search(text[end:len(text) if stop < 0 else stop])
    if found is None:
        return False
    written = found.group("credit").strip()
    return written.lower() == relay.lower() or _one_outlet(written, relay)


#: A passive quotation that names no one who quoted: "the governor was quoted as saying …".
AGENTLESS_QUOTE = re.compile(r"\b(?:was|were)\s+(?:also\s+)?quoted\s+(?:as\s+)?saying\b"
                             r"(?![^.;]*\bby\b)", re.IGNORECASE)


def _agentless_quoter(claim: Claim, voice_before: Mention | None) -> str | None:
    """The medium that quoted a speaker "quoted as saying" with no "by" agent, when the voice
    just before was a medium reporting ("…, the state-run IRNA news agency reported. The
    governor was quoted as saying 19 people were killed."): the report goes on, and the
    medium relays the words it quoted."""
    if voice_before is None or len(claim.chain) < 2 or is_medium_name(claim.chain[0]) \
            or not AGENTLESS_QUOTE.search(claim.sentence):
        return None
    name = display(voice_before)
    return name if voice_before.sector == "MED" or outlet_info(name) is not None else None
    # (a named medium: "An agency report said …" names none that quoted)


def _same_interview(claim: Claim, earlier: Said | None) -> bool:
    """"Colonel X told Reuters …" then "X added in the interview that …": an interview or call
    taken up with "the" is the one the speaker's last statement was given in, which came
    through its relays, so it names no channel of its own."""
    if earlier is None or not earlier[1]:
        return False
    nouns = "|".join(sorted(cue_lexicon().interview_nouns))
    taken_up = re.search(rf"\b(?:in|during)\s+(?:the|that)\s+(?:[\w-]+\s+)?({nouns})\b",
                         claim.sentence, re.IGNORECASE) is not None
    told = any(re.search(rf"\b(?:told|tells|spoke\s+to|speaking\s+to)\s+(?:the\s+)?"
                         rf"{re.escape(r)}", earlier[2]) for r in earlier[1])
    by_phone = told and re.search(
        rf"\b(?:in|during)\s+an?\s+(?:phone|telephone)\s+({nouns})\b(?!\s+(?:with|to|on)\b)",
        claim.sentence, re.IGNORECASE) is not None  # ("told AFP …" then "said in a phone
    # interview": the call of the medium the speaker told, when no other is named; after "a
    # statement posted by X", "in a phone call" is a channel of its own)
    return (taken_up or by_phone) and any(is_medium_name(r) for r in earlier[1])


def _framers(doc: Doc, relays: list[str], spans: ClaimSpans, text: str) -> list[str]:
    """The relays, no medium, that are bodies voicing the claim's own cues ("UKMTO said the
    captain reported …": UKMTO issued the captain's words), not one who heard them ("told a
    doctor") nor a person who passed them on ("…, according to a local doctor"): they frame
    the same speaker's words said right after, and only those."""
    voices = [without_article(text[s:e]).lower() for s, e in spans.sources[1:]
              if not _person(doc, s, e)]
    return [r for r in relays if any(_names_voice(without_article(r).lower(), v)
                                     for v in voices)]


def _person(doc: Doc, start: int, end: int) -> bool:
    """Whether a voice as written is a person: a name the parser tags as one, or a noun for
    one person or a role of the pack ("a local doctor", "the spokesman")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    roles = person_roles()
    return span.root.ent_type_ == "PERSON" or span.root.lemma_.lower() in roles \
        or span.root.lower_ in roles


def _names_voice(name: str, voice: str) -> bool:
    """Whether a relay's resolved name and a voice as written are one ("Maritime Trade
    Operations" of "UK Maritime Trade Operations"): the same words, or one ending the other."""
    return bool(name) and bool(voice) and (name.endswith(voice) or voice.endswith(name))


def _recorders(mentions: Sequence[Mention]) -> frozenset[str]:
    """The names (as written and as resolved, lower case) of the bodies among the mentions
    whose sector records and publishes what it is told (`recording_sectors`)."""
    sectors = cue_lexicon().recording_sectors
    return frozenset(n.lower() for m in mentions if (m.sector or "").lower() in sectors
                     for n in (m.text, m.name) if n)


def _passed_on(claim: Claim, relay: str, last: list[Said], tail: int) -> None:
    """"He cited police reports as saying 90 were arrested" after "Colonel X told Alsumaria TV
    …": the speaker who passes the claim on spoke through a medium before, with no channel
    named now; the claim reaches the page the same way, after that speaker."""
    for speaker, relays, _ in reversed(last):
        if relays and (without_article(speaker.text).lower() == without_article(relay).lower()
                       or surname_of(speaker.text, relay) or surname_of(relay, speaker.text)
                       or member_of(speaker.text, relay) or _one_outlet(speaker.text, relay)):
            end = len(claim.chain) - tail
            named = {n.lower() for n in claim.chain}
            claim.chain[end:end] = [r for r in relays if r.lower() not in named]
            return


def _one_outlet(name: str, other: str) -> bool:
    """Whether two names are one outlet the pack knows ("Tasnim", "Tasnim News Agency")."""
    found = outlet_info(name)
    return found is not None and found == outlet_info(other)


def _medium_quoting(relay: str, claim: Claim) -> bool:
    """"Tasnim quoted the governor as saying …" after "…, reported Xinhua quoting Tasnim": a
    medium that passes a speaker's words on (it quotes or cites them, of its own act) after
    its own words reached the page through another medium passes them on the same way; a
    medium the speaker told ("told Tasnim") heard the words itself and passes on nothing."""
    names = {relay, relay.split()[0]} if relay.split() else {relay}  # ("Fars News Agency"
    # written "Fars")
    return any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?:\s+\w+){0,3}?\s+(?:also\s+)?"
                         r"(?:quoted|cited)\b", claim.sentence) for n in names)


def is_medium_name(name: str) -> bool:
    """A relay that is a medium the speaker spoke to or was carried by ("Reuters", "a local
    radio station", "state-owned media"): only a medium carries the speaker's later words, not
    a nested speaker the chain took for a relay ("security agencies", "a local doctor")."""
    lex = cue_lexicon()
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "private TV channels"
    return outlet_info(name) is not None or bool(words & (lex.media_nouns | lex.masthead_words)) \
        or _service_of_outlet(name)


def _service_of_outlet(name: str) -> bool:
    """"the BBC Hausa service", "Deutsche Welle's Urdu programme": a service of an outlet the
    pack knows, named by the outlet's name and then words of its own."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return any(outlet_info(" ".join(words[:n]).removesuffix("'s").removesuffix("’s"))
               is not None for n in range(1, min(len(words), 4)))


def _referred(last: list[Said], seen: list[Mention], claimant: Mention,
              text: str) -> int | None:
    """The statement in `last` of the speaker a shorter naming refers back to: the nearest
    earlier claimant it can name (so "the source" is the last source named, not an earlier
    one that happened to speak to a medium), if that speaker's statement is in `last`."""
    for m in reversed(seen):
        if (m.start, m.end) == (claimant.start, claimant.end):
            continue  # the same mention as this claim's: the naming it refers to is earlier
        if same_speaker(m, claimant, text) or refers_back(m, claimant, text):
            return _latest(last, m, text, shorter=True)
    return None


def _titled(last: list[Said], claimant: Mention, text: str) -> int | None:
    """The statement of a speaker named by a title in lower case that the page writes right
    before the claimant's name ("according to local media citing police spokesman Aqbal
    Farah", where the speaker was taken as "police spokesman", then "The official added …"
    resolved to "Aqbal Farah"): the title and the name after it are one person."""
    if not claimant.text[:1].isupper():
        return None
    return next((i for i in range(len(last) - 1, -1, -1)
                 if last[i][0].text.split() and last[i][0].text.split()[-1].islower()
                 and _name_run(text[last[i][0].end:claimant.start])), None)


def _name_run(gap: str) -> bool:
    """A stretch between a title and a name that holds nothing but a space and the name's own
    first words ("police spokesman| Aqbal |Farah")."""
    return re.fullmatch(r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+)*", gap) is not None


def _unwrapped(text: str) -> str:
    """A stretch of page with its hard line wraps undone ("an\nspokesman"); a blank line still
    ends what stands before it."""
    return re.sub(r"\n\s*\n", ". ", text).replace("\n", " ")


def _group_of(last: list[Said], claimant: Mention, text: str) -> int | None:
    """The statement of the group a partitive naming is one of ("one of the sources" after
    "security and local sources told AFP")."""
    after = text[claimant.start:claimant.start + 60]
    return next((i for i in range(len(last) - 1, -1, -1) if member_of(
        last[i][0].text, after, partitive=re.search(
            r"[.!?][\"”’']?\s", text[last[i][0].end:claimant.start]) is not None)), None)
    # (in the group's own sentence "but one nurse said …" is one of them; later, only "one of
    # the sources" is)


def _conjunct_of(last: list[Said], claimant: Mention, text: str) -> int | None:
    """The statement of speakers named together whose one voice a later claim names again by
    the same words ("Residents said …" after "residents and the group told Reuters …"): the
    later naming is one of the coordinated namings (`namings.conjunct_of`)."""
    return next((i for i in range(len(last) - 1, -1, -1)
                 if conjunct_of(last[i][0].text, claimant, text)), None)


def _described_of(last: list[Said], claimant: Mention, text: str) -> int | None:
    """The statement of the group a member described by the group's own words is one of
    ("a security source said" after "security and local sources told AFP")."""
    before = text[max(0, claimant.start - 6):claimant.start]
    after = text[claimant.start:claimant.start + 60]
    return next((i for i in range(len(last) - 1, -1, -1)
                 if described_member(last[i][0].text, before, after)), None)


def _renamed(last: list[Said], seen: list[Mention], claimant: Mention,
             text: str) -> int | None:
    """"A government official told Xinhua …" then "the local government source said": the
    nearest earlier speaker introduced by a role ("a", "an", "one" before it) whose role a
    definite later naming takes up (`namings.same_role`) is the same unnamed voice."""
    if not (taken_up(claimant, text) or len(name_run(claimant.text)) > 1):
        return None  # (a definite naming: "the source", "army spokesman Lieutenant X")
    lex = cue_lexicon()
    later = taken_up_roles(claimant.text, _unwrapped(text[max(0, claimant.start - 60):
                                                         claimant.start]), lex.speaker_roles)
    for m in reversed(seen):
        if m.start >= claimant.start:
            continue
        roles = introduced_roles(_unwrapped(text[max(0, m.start - 16):m.start]),
                                 _unwrapped(text[m.start:m.start + 80]), lex.speaker_roles)
        if roles:
            if not later or not same_role(roles, later, lex.interchangeable_roles):
                return None
            found = _latest(last, m, text)
            return found if found is not None else _group_of(last, m, text)
    return None


def _same_informant(last: list[Said], seen: list[Mention], claimant: Mention,
                    text: str) -> int | None:
    """"The national TV quoted a source close to the IRGC as saying …" then "…, said an informed
    source at the IRGC": an unnamed voice introduced again ("a", "an") by the same role
    (`namings.same_role`) and tied to the same body (`namings.affiliation`: a name or a body
    noun both namings hold) as the nearest earlier voice introduced by a role is that voice
    again. Two namings with no body, or with other bodies ("a source in the army" after "a
    source in the ministry"), stay two voices, as "another source" does."""
    lex = cue_lexicon()
    after = _unwrapped(text[claimant.start:claimant.start + 100])
    later = introduced_roles(_unwrapped(text[max(0, claimant.start - 16):claimant.start]),
                             after, lex.speaker_roles)
    ties = affiliation(after, lex.speaker_roles)
    if not later or not ties:
        return None
    for m in reversed(seen):
        if m.start >= claimant.start:
            continue
        around = _unwrapped(text[m.start:m.start + 100])
        roles = introduced_roles(_unwrapped(text[max(0, m.start - 16):m.start]), around,
                                 lex.speaker_roles)
        if roles:
            if not same_role(roles, later, lex.interchangeable_roles) \
                    or not ties & affiliation(around, lex.speaker_roles):
                return None
            return _latest(last, m, text)
    return None


def _report_of(media: list[tuple[str, str]], claim: Claim) -> str | None:
    """"According to the report the IDF said …" after "CNN reports that …": a report taken up
    with "the" is the one the last medium that spoke wrote, named by its noun or verb
    ("reports", "reported"); that medium relays the words of the speaker the report gives
    (when the report is itself the claimant, "According to the report, the ELN were …", it
    relays nothing: it is the medium's own words)."""
    found = re.search(r"\baccording to the ([a-z]+)\b", claim.sentence, re.IGNORECASE)
    if found is None or found.group(1).lower() not in cue_lexicon().report_nouns or not media \
            or claim.claimant is None or found.group(1).lower() in claim.claimant.text.lower():
        return None
    name, said = media[-1]
    return name if re.search(r"\b" + found.group(1)[:5], said, re.IGNORECASE) else None


def _possessor(last: list[Said], claimant: Mention, text: str) -> int | None:
    """"According to the daily's source …" after "The daily Vedomosti quoted a source as
    saying …": a medium taken up by its noun as the speaker's possessor is the one a statement
    before named with that noun, and it relays the speaker's words again."""
    found = re.match(r"(?:the\s+)?([a-z]+)['’]s\s", text[claimant.start - 4:claimant.end + 4]
                     .removeprefix("the ").removeprefix("The "), re.IGNORECASE)
    if found is None or found.group(1).lower() not in cue_lexicon().media_nouns:
        return None
    noun = re.compile(r"\b" + found.group(1) + r"\b", re.IGNORECASE)
    return next((i for i in range(len(last) - 1, -1, -1)
                 if last[i][1] and noun.search(last[i][2])), None)


def _document_of(last: list[Said], claimant: Mention, text: str) -> int | None:
    """"According to a statement issued by the ministry, …, the Anatolia agency reported" then
    "…, the statement said": a document taken up with "the" (or a pronoun standing for it)
    is the one an earlier relayed statement was read from, and its later words reached the
    page the same way (the dev gold gives them to "the statement", with the relays)."""
    words = words_of(claimant.text)
    lex = cue_lexicon()
    if not words or words[-1] not in lex.cue_nouns | lex.report_nouns \
            or not taken_up(claimant, text) or not all(
                _describing(w) for w in claimant.text.split()[:-1] if w.lower() != "the"):
        return None
    noun = re.compile(r"\b" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    return next((i for i in range(len(last) - 1, -1, -1) if noun.search(last[i][2])), None)
    # (the latest statement that names the document: another speaker's "said in a statement"
    # since then is the one "the statement" means, and it came through no relay)


def _author_of(spoke: list[tuple[Mention, str]], claimant: Mention,
               text: str) -> Mention | None:
    """"The ISPR said in the statement …" then "…, the statement added, Xinhua reported": the
    speaker who spoke in the document a later claim takes up with "the" is its author, whose
    words reached the page through the medium that carried the document."""
    words = words_of(claimant.text)
    lex = cue_lexicon()
    if not words or words[-1] not in lex.cue_nouns or not taken_up(claimant, text):
        return None
    spoken_in = re.compile(r"\b(?:in|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
                           + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    found = next((m for m, sentence in reversed(spoke)
                  if spoken_in.search(sentence) and words[-1] not in words_of(m.text)), None)
    if found is not None or re.search(r"\b" + re.escape(words[-1]) + r"\b",
                                      text[:claimant.start], re.IGNORECASE):
        return found
    return _last_voice(spoke)


def _last_voice(spoke: list[tuple[Mention, str]]) -> Mention | None:
    """"“…,” said the X Committee. According to the statement published by Xinhua, …": a
    document taken up with "the" that no earlier sentence named holds the words of the speaker
    just before it (a body or person, not a medium and not another document)."""
    if not spoke:
        return None
    speaker = spoke[-1][0]
    words = words_of(speaker.text)
    lex = cue_lexicon()
    if not words or words[-1] in lex.cue_nouns | lex.report_nouns \
            or is_medium_name(speaker.text):
        return None
    return speaker


def _describing(word: str) -> bool:
    """A word that describes a document and names no body ("Arabic-language", "written",
    "two-page"; not "UNAMID" or "army", whose statement is another speaker's)."""
    return word[:1].islower() and word.lower() not in cue_lexicon().body_nouns \
        and not channel_words([word.lower()]) or "-" in word and word.split("-")[-1].islower()


def _latest(last: list[Said], who: Mention, text: str,
            shorter: bool = False) -> int | None:
    """Index in `last` of the latest statement of the speaker `who` (or, when `shorter`, of
    a speaker `who` is a shorter naming of: `refers_back`)."""
    return next((i for i in range(len(last) - 1, -1, -1)
                 if same_speaker(last[i][0], who, text)
                 or shorter and refers_back(last[i][0], who, text)), None)


def _written_medium(name: str, claim: Claim) -> bool:
    """Whether a relay cut short of its name is a medium as written in its sentence: "ITAR"
    of "told ITAR TASS news agency", where the name and the word after it name an outlet."""
    for found in re.finditer(r"\b" + re.escape(name) + r"[ \t-]+([\w'’]+)", claim.sentence):
        word = found.group(1)
        if outlet_info(f"{name} {word}") or outlet_info(f"{name}-{word}"):
            return True
    return False


def _told_name(doc: Doc, name: str, claim: Claim) -> bool:
    """Whether a relay no pack knows is the one the speaker told, as the claim's sentence writes
    it: the object of a telling verb ("sources told Circa", "the mayor informed Kavkaz Uzel"),
    which the chain took as the hearer of the words (`cue_sources.media_recipient`), never a
    nested speaker; it heard the speaker's later words too."""
    telling = cue_lexicon().telling_verbs
    for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", claim.sentence):
        span = doc.char_span(claim.start + found.start(), claim.start + found.end(),
                             alignment_mode="expand")
        if span is not None and span.root.dep_ in ("dobj", "dative") \
                and span.root.head.lemma_.lower() in telling:
            return True
    return False


def _described_as_medium(name: str, claim: Claim) -> bool:
    """Whether a relay no pack knows is a medium by the description its sentence writes right
    before it: "told local television station TPBS", "news agency GNS reported" (a media noun
    among the three words before the name; the name may be the bracketed short form of that
    description, "told the National Iraqi News Agency (NINA)"), or by the media noun right
    after it that the parser hung the name on ("told KTR radio in Portugal": the relay is
    "KTR")."""
    nouns = cue_lexicon().media_nouns
    for found in re.finditer(r"((?:[\w-]+\s+){1,3})\(?" + re.escape(name) + r"\b",
                             claim.sentence):
        if {w.lower() for w in found.group(1).split()} & nouns:
            return True
    return any(found.group(1).lower() in nouns for found in re.finditer(
        r"(?<![\w-])" + re.escape(name) + r"\s+([\w-]+)", claim.sentence))


def _reporting_name(name: str, claim: Claim) -> bool:
    """Whether a relay no pack knows is a medium by its verb in the claim's sentence: "…, the
    ministry said, Trend reported citing Sputnik" (a name carrying the words on)."""
    verbs = cue_lexicon().carrying_verbs
    for found in re.finditer(r"\b" + re.escape(name) + r"\s+([a-z]+)\b", claim.sentence):
        word = found.group(1)
        if {word, word[:-1], word[:-2], word[:-3] + "y"} & verbs:
            return True  # "reported", "reports", "quoted", "carried"
    for found in re.finditer(r"\b([a-z]+)\s+by\s+(?:the\s+)?" + re.escape(name), claim.sentence):
        word = found.group(1)  # "the statement published by the SITE Intelligence Group"
        if {word[:-1], word[:-2], word[:-3] + "y"} & verbs:
            return True
    return False


def says_nothing(doc: Doc, spans: ClaimSpans) -> bool:
    """"The ministry declined to comment", "the official did not reveal if …", "he said,
    without detailing …": a cue that is refused, negated or denied its doing reports no
    statement, so no medium carried one; the speaker's earlier relays stay with the earlier
    words."""
    withholding = cue_lexicon().withholding_verbs
    cued = [tok for start, end in spans.cues
            for tok in doc.char_span(start, end, alignment_mode="expand") or ()]
    for tok in cued:
        if tok.pos_ in ("VERB", "AUX") and _said_instead(tok, cued):
            continue  # ("did not say how many … but said …": the statement was made)
        if _withheld(tok, withholding):
            return True
        if tok.pos_ in ("VERB", "AUX") and (
                any(c.dep_ == "neg" for c in tok.children)
                or (tok.dep_ == "conj" and _shares_negation(tok))
                or (tok.dep_ == "pcomp" and tok.head.lower_ == "without"
                    and tok.head.head in cued)):
            return True  # ("did not give details or say who …": the negation is shared)
    return False
    # ("he said, without detailing …" withholds; "warned that “…”, without explaining it" hangs
    # "without" on what was said, not on the cue: the statement was made)


def _said_instead(tok: Token, cued: Sequence[Token]) -> bool:
    """"He did not say how many … but said …", "declined to comment but said …": a refused
    or negated cue followed by a cue joined with "but" that is not negated is set against a
    statement made, so it withholds nothing (the parser may hang the "but" verb on the
    negated verb's complement)."""
    return any(c.i > tok.i and c.pos_ == "VERB" and c.dep_ == "conj"
               and not any(g.dep_ == "neg" for g in c.children)
               and any(g.dep_ == "cc" and g.lower_ == "but"
                       for g in (*c.head.children, *c.children))
               for c in cued)


def _shares_negation(tok: Token) -> bool:
    """"did not give details or say who …": a verb joined by "or"/"nor" to a negated one is
    negated with it ("did not comment but said …" is not)."""
    head = tok.head
    return any(c.dep_ == "neg" for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)


def _withheld(tok: Token, withholding: frozenset[str]) -> bool:
    """"declined to comment", "refused to say" ("who declined to be named" withholds a name,
    not the statement)."""
    verb = tok if tok.lemma_.lower() in withholding else \
        tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in withholding else None
    return verb is not None and any(
        c.dep_ == "xcomp" and not any(g.dep_ == "auxpass" for g in c.children)
        for c in verb.children)


def names_channel(doc: Doc, spans: ClaimSpans) -> bool:
    """Whether a claim's cues name where or to whom it was said: a recipient ("told
    reporters"), an occasion or channel noun of the pack ("in a statement", "at a press
    conference", "on Telegram"), searched in the cue's frame, not in what it reports."""
    lex = cue_lexicon()
    nouns = lex.own_channel_nouns | lex.platforms | lex.audience_nouns | lex.media_nouns
    for start, end in spans.cues:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if _channel_word(tok, nouns):
                return True  # a noun cue: "in a statement, the ministry said"
            if _framed(tok, nouns, FRAME_DEPTH) or _joined_channel(tok, nouns):
                return True
    return False


def _joined_channel(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a cue joined to an earlier verb of its subject has that verb name the channel:
    "the ministry issued a statement and said …", "he went on television and said …", "she
    took to Telegram and wrote …" (the statement, the broadcast, the post are where the words
    were said)."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB" or tok.head.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # ("…, told AP …, but one doctor said …": a speaker of its own)
    for child in tok.head.children:
        if child.dep_ == "dobj" and _channel_word(child, nouns):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and _channel_word(g, nouns)
                                        for g in child.children):
            return True
    return False


def _channel_word(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a word names a channel: a noun of `nouns`; a verb spelt like one only when it
    is a verb of posting or broadcasting, `channel_verbs` ("he tweeted"): "the committee called
    on aid groups …", "the attack shows that …", "…, he said, calling the toll a great loss"
    name none."""
    return (tok.lemma_.lower() in nouns or tok.lower_ in nouns) and not (
        tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in cue_lexicon().channel_verbs)


def _framed(tok: Token, nouns: frozenset[str], depth: int) -> bool:
    for child in tok.children:
        if child.dep_ == "dative" or (tok.lemma_.lower() == "tell" and child.dep_ == "dobj"):
            return True  # "told reporters", "told him"
        if child.dep_ in CONTENT_DEPS or child.dep_ in SPEAKER_DEPS:
            continue
        if _channel_word(child, nouns):
            return True
        if depth > 1 and _framed(child, nouns, depth - 1):
            return True
    return False
