"""Who a phrase refers to: the resolved mention for a subject, a pronoun or a description.

Claims and events both need to turn a token of the parse ("Kupschishin", "he", "the Russian
general", "Syrian troops") into an actor. The resolve stage has already found the named
mentions; this module picks the one a phrase stands for. Pronouns and definite descriptions
("the Russian diplomat") are followed back in `antecedents`; whose subject a verb has is
`subjects`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..clean.outlets import outlet_info
from ..packs import pack_words
from ..records import Mention
from .lexicon import cue_lexicon

LEFT_MODIFIERS = ("compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case",
                  "punct", "cc", "conj", "npadvmod", "advmod", "flat")


def phrase_span(head: Token) -> Span:
    """The noun phrase a head stands for: its left modifiers and right compounds, no clauses,
    within the head's line."""
    start = head.i
    for tok in reversed(list(head.lefts)):
        if tok.dep_ in LEFT_MODIFIERS:
            start = min(start, tok.left_edge.i)
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("compound", "flat", "appos") or (tok.dep_ == "conj" and tok.i == end + 1):
            end = tok.right_edge.i + 1
        elif tok.dep_ in ("cc", "conj") and tok.i <= end + 1:
            end = tok.right_edge.i + 1
        else:
            break
    doc = head.doc
    for i in range(start, head.i):  # never across a line break: a caption above is not the
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:  # phrase ("...Press\n\nMoscow-
            start = i + 1  # installed officials" is "Moscow-installed officials")
    for i in range(head.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1
            break
    while end > head.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_space
                                or doc[end - 1].text in ",;"):
        end -= 1  # a conjunction whose other half the phrase left out ("medical source and")
    return doc[start:end]


def _possessor_chars(span: Span) -> set[int]:
    """Character positions inside possessors ("Russia's" in "Russia's TASS")."""
    chars: set[int] = set()
    for tok in span:
        if tok.dep_ == "poss":
            sub = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
            chars.update(range(sub.start_char, sub.end_char))
    return chars


def overlapping(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and m.end > start]


def mention_for(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The resolved mention a phrase's head stands for, or None.

    A mention covering the head wins; otherwise the last one among the head's modifiers that
    is not a possessor, so "Syria's state-run SANA news agency" is SANA and "Syrian troops" is
    the Syrian mention. A body no pack names ("the Hamas-run health ministry") is the phrase
    itself with its modifier's side (cues pack `body_nouns`), like a group of sources. A title
    ("UN head of Political Affairs Rosemary DiCarlo") stands for the person it names, not the
    body it heads.
    """
    mentions = [m for m in mentions if not _own_thing(m, head)]
    named = state_named_medium(head, mentions)
    if named is not None:  # "told Radio France International": the radio, not France
        return replace(unresolved(named), sector="MED")
    for m in mentions:
        if m.start <= head.idx < m.end:
            given = _given_name(head, m)
            return unresolved(phrase_span(head)) if given else replace(m)
    whole = _without_clauses(head)
    lex = cue_lexicon()
    if head.lemma_.lower() in lex.person_descriptions | lex.source_nouns | lex.one_person:
        people = [m for m in _inside(whole, mentions) if is_person(m, whole)]
        if people:
            return replace(people[-1])
        name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and (not _inside(phrase_span(c), mentions)
                          or _place_in_name(c, mentions))), None) or name_in_description(head)
        if name is not None:  # "the commander of the air force, Lieutenant-General Mykola
            return unresolved(phrase_span(name))  # Oleshchuk", "a resident, Abubakar Uba"
    if head.lemma_.lower() in cue_lexicon().source_nouns or (
            head.lower_ in cue_lexicon().body_nouns and not _names_body(head, mentions)):
        return group_of_sources(head, mentions)
    if head.lemma_.lower() in lex.media_staff and head.tag_ == "NN":
        return None  # "a correspondent for Russia's NTV" is the reporter, whom NTV relays
    if (owner := branch_owner(head, mentions)) is not None:
        return replace(owner)
    if (name := _untyped_name(head, mentions)) is not None:
        return unresolved(name)
    if (name := _untyped_medium(head, mentions)) is not None:
        return replace(unresolved(name), sector="MED")  # (a medium, though a word in it was
        # typed a person: "Telegram")
    if (civil := _civil_body(head)) is not None:
        return civil
    person = head.lemma_.lower() in lex.person_descriptions | lex.one_person
    for span in (phrase_span(head), whole):
        inside = _inside(span, mentions)
        if person and span is whole:  # "a military spokesman in Swat": a place no pack
            inside = [m for m in inside if not placed_by(m, head.doc)]  # knows is no speaker
        if span is whole:  # nor a state saying where the place one is at lies
            inside = [m for m in inside if not state_placed(m, head)]
        inside = [m for m in inside if not _report_adjective(m, head)]
        if inside:
            return replace(inside[-1])
    return None


@cache
def _civil_descriptions() -> tuple[tuple[str, ...], ...]:
    """Endings of a civil body described by its kind (reconcile pack
    `civil_body_descriptions`: "rights groups", "NGO"), as lower-case word tuples."""
    words = pack_words("reconcile", "civil_body_descriptions")
    return tuple(tuple(w.split()) for w in words)


def _civil_body(head: Token) -> Mention | None:
    """A phrase whose head gathers civil bodies described by their kind ("a coalition of
    Zimbabwean rights groups", "a collection of human rights groups"): the phrase itself, of no
    side. The state named among its words is where the groups work, not who speaks, and read
    as that state's mention the groups' count of a crackdown's dead was the state's own toll.
    So is a phrase that is itself such a description ("Zimbabwean human rights groups").
    None where it neither is one nor has an "of" phrase ending in one."""
    if _describes_civil(phrase_span(head)) or _named_civil(head):
        return unresolved(phrase_span(head))
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        if _describes_civil(phrase_span(obj)):
            return unresolved(head.doc[phrase_span(head).start:phrase_span(obj).end])
    return None


def _named_civil(head: Token) -> bool:
    """"The Zimbabwe Human Rights NGO Forum said …": a name (a proper noun heading it) with a
    civil body's description among its words (`_civil_descriptions`: "NGO", "rights group")
    is a civil body named after the land it works in, not that land's state."""
    if head.pos_ != "PROPN":
        return False
    words = tuple(t.lower_ for t in phrase_span(head))
    return any(words[i:i + len(d)] == d for d in _civil_descriptions()
               for i in range(len(words) - len(d) + 1))


def _describes_civil(span: Span) -> bool:
    """The span's words end with a civil body's description (`_civil_descriptions`)."""
    words = tuple(t.lower_ for t in span)
    return any(words[-len(d):] == d for d in _civil_descriptions())


def branch_owner(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The named body a branch belongs to: "Amnesty International's Nigeria office" said is
    Amnesty speaking, not Nigeria. The head is a branch noun (cues pack `branch_nouns`), its
    possessor a mention of a body that is no state, and the other mentions in its phrase a
    state's name, at least one (where the branch sits): "the president's office" is no branch
    and keeps its reading."""
    if head.lemma_.lower() not in cue_lexicon().branch_nouns:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    owned = phrase_span(owner)
    found = overlapping(mentions, owned.start_char, owned.end_char)
    if len(found) != 1 or _is_state(found[0]):
        return None
    placed = _inside(phrase_span(head), mentions)
    return found[0] if placed and all(_is_state(m) for m in placed) else None


def _is_state(m: Mention) -> bool:
    """A mention of a state itself ("Nigeria", actor id its country's code)."""
    return bool(m.country) and (m.actor_id or "").lower() == m.country.lower()


def _place_in_name(name: Token, mentions: Sequence[Mention]) -> bool:
    """"The rebel spokesman, Tengku Jamaica, said": a name set beside a description of one
    person whose last word is a state's name (Jamaica, Chad, Israel) after a given name or
    title of its own is that person; the mentions in it are the model's reading of a place."""
    given = [c for c in name.children if c.dep_ in ("compound", "flat") and c.i < name.i]
    inside = _inside(phrase_span(name), mentions)
    return bool(given) and given[0].pos_ == "PROPN" and all(
        m.country and (m.actor_id or m.country.lower()) == m.country.lower()
        and m.start >= name.idx for m in inside)


def _untyped_name(head: Token, mentions: Sequence[Mention]) -> Span | None:
    """"Col. Hamid Barro, spokesman for the army's Northern Command, told …": a proper name no
    mention covers (the model typed it nothing), set beside a description of one person, is
    that person's name; the body named in the description is whom he speaks for, not the
    speaker (and not whom a later "he" means). The name's words, titles and all."""
    if head.pos_ != "PROPN" or any(m.start <= head.idx < m.end for m in mentions):
        return None
    lex = cue_lexicon()
    if not any(c.dep_ == "appos" and c.lemma_.lower() in lex.person_descriptions | lex.one_person
               for c in head.children):
        return None
    words = [t for t in head.doc[head.left_edge.i:head.i + 1] if not t.is_punct or t.text == "."]
    if not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
        return None
    return head.doc[words[0].i:head.i + 1]


def described_medium_name(head: Token) -> bool:
    """"news agency KNT", "Telegram channel Mash": a proper name whose own words before it
    describe a medium (a media noun among its compounds) names that medium."""
    media = cue_lexicon().media_nouns
    return head.pos_ == "PROPN" and any(
        t.lemma_.lower() in media for c in head.children if c.dep_ == "compound" and c.i < head.i
        for t in c.subtree)


def state_named_medium(head: Token, mentions: Sequence[Mention]) -> Span | None:
    """"told Radio France International", "eyewitnesses informed Sudan News", "told the
    Islamic Republic of Iran News Network": a proper name that holds a state's name and a
    media noun among its own capitalised words is a medium named after its state, not the
    state; the whole name (no article), which no pack need know. None when a word of the name
    is in lower case ("Sudanese state TV", described, keeps its reading), when a mention in
    it is anything but a state, or when the outlets pack knows the name (it resolves it)."""
    if head.pos_ != "PROPN":
        return None
    words = list(head.doc[head.left_edge.i:head.right_edge.i + 1])
    while words and words[0].dep_ == "det":
        words = words[1:]
    if not words or words[-1].i < head.i or not all(
            t.lower_ in NAME_LINKS or (t.is_alpha and t.text[:1].isupper()) for t in words) \
            or words[0].lower_ in NAME_LINKS:
        return None
    media = cue_lexicon().media_nouns
    name = head.doc[words[0].i:words[-1].i + 1]
    inside = overlapping(mentions, name.start_char, name.end_char)
    if not any(t.lower_ in media for t in name) or not inside \
            or not all(name.start_char <= m.start and m.end <= name.end_char
                       and (_is_state(m) or _media_words(m, name, media)) for m in inside) \
            or not any(_is_state(m) for m in inside) \
            or outlet_info(name.text) is not None:
        return None
    return name


def _media_words(m: Mention, name: Span, media: frozenset[str]) -> bool:
    """"Radio Television Afghanistan" with "Radio Television" typed apart from the state: a
    mention inside the name made only of media nouns is part of the medium's name."""
    words = [t for t in name if m.start <= t.idx < m.end]
    return bool(words) and all(t.lower_ in media or t.lower_ in NAME_LINKS for t in words)


#: Lower-case words inside a proper name ("Islamic Republic of Iran News Network").
NAME_LINKS = ("of", "and")


def _untyped_medium(head: Token, mentions: Sequence[Mention]) -> Span | None:
    """"Telegram channel Mash reports …" with only "Telegram" typed (a platform, or a person
    to the model): a name no mention covers, described as a medium by its own words, is
    that medium, named by the whole phrase, not the platform the description names; a
    medium or actor the packs know inside the phrase keeps its own reading."""
    if any(m.start <= head.idx < m.end for m in mentions) or not described_medium_name(head):
        return None
    name = head.doc[head.left_edge.i:head.i + 1]
    if any(m.actor_id or m.sector == "MED"
           for m in overlapping(mentions, name.start_char, name.end_char)):
        return None  # "Shafaq News Agency": the medium the packs know, by its own name
    return name


def name_in_description(head: Token) -> Token | None:
    """The person a description names in its own phrase, the parser having hung the name
    elsewhere: closing it after a comma ("the army spokesman for Gulu, Lieutenant Peter
    Okello", hung on "Gulu"), after the bracket closing it, or between commas after it. Such
    a description is that person, and points back to no earlier one."""
    whole = _without_clauses(head)
    return _lowered_name(whole) or _name_after_bracket(whole) or _name_between_commas(head)


#: Prepositions that place a person ("a military spokesman in Swat"), unlike those that say
#: whom he speaks for ("a spokesman for the ministry", "the head of the hospital").
PLACING_PREPOSITIONS = ("in", "near", "from", "inside", "across")


def placed_by(mention: Mention, doc: Doc,
              prepositions: Sequence[str] = PLACING_PREPOSITIONS) -> bool:
    """Whether a mention no pack knows is the object of one of `prepositions`: where the
    person of a description is ("a military spokesman in Swat")."""
    if mention.actor_id:
        return False
    span = _span(mention, doc)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in prepositions


def _span(mention: Mention, doc: Doc) -> Span | None:
    """The tokens a mention covers (widened to whole tokens), None when it covers none."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


#: Prepositions that place a thing inside a state's land ("in the Pakistani capital"); "from"
#: is left out: "an official from Pakistan" may speak for it.
STATE_PLACING_PREPOSITIONS = ("in", "near", "inside")


def state_placed(mention: Mention, head: Token) -> bool:
    """Whether a state the packs know, named inside a speaker's description (`head`), only
    says where the place the speaker is at lies: a modifier of a placing preposition's object ("the
    cleric at a besieged mosque in the Pakistan capital", "a nurse in the Afghan capital"), or
    the object of a placing preposition that hangs on another noun than the person ("the
    imam of a mosque in Pakistan", "a doctor at a clinic in Mali"). Such a state is where the
    person is, not whom he speaks for: read as the speaker, the state took the toll of the
    victims it is accused of killing. Not a state the person is placed in directly ("a
    spokesman in Pakistan"), nor one he is "from", nor a body the packs know ("an official at
    the Interior Ministry" speaks for it)."""
    if not mention.actor_id or mention.actor_id != (mention.country or "").lower():
        return False
    span = _span(mention, head.doc)
    if span is None:
        return False
    root, modifier = span.root, False
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root, modifier = root.head, True
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in STATE_PLACING_PREPOSITIONS:
        return False
    return modifier or prep.head.i != head.i


def _name_after_bracket(whole: Span) -> Token | None:
    """"the head of the Regional Military Administration (OVA) Valentin Reznichenko": a
    person's name right after the bracket that closes a description, which the parser cut
    off from it, is the person the description means."""
    doc = whole.doc
    after = whole.end
    if after >= len(doc) or doc[after].text != ")" or after + 1 >= len(doc):
        return None
    name = doc[after + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" \
            or any("\n" in t.whitespace_ for t in doc[after:name.i]):
        return None
    return name


def _name_between_commas(head: Token) -> Token | None:
    """"According to a resident, Abubakar Uba, the gunmen …": a person's name set between
    commas right after a description of one person, which the parser made the subject of the
    verb after it, is that person."""
    doc = head.doc
    if head.tag_ not in ("NN", "NNP") or head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    end = head.i + 2
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    if end == head.i + 2 or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[end - 1]


def _given_name(head: Token, mention: Mention) -> bool:
    """"Ntwari Israel, the rebels' deputy commander, told AFP": a place's name (Israel, Chad,
    Jordan) closing a person's name whose given name the model tagged as no entity and no
    mention covers is that person, not the place."""
    if head.pos_ != "PROPN" or not mention.country or mention.start != head.idx:
        return False
    given = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    return bool(given) and given[0].pos_ == "PROPN" and given[0].ent_type_ == "" \
        and given[0].is_title and given[0].lower_ not in cue_lexicon().person_descriptions


def _lowered_name(whole: Span) -> Token | None:
    """"the commander of Russian forces in Chechnya, Vyacheslav Tikhomirov, told …": a
    person's name closing a description, which the parser hangs in apposition to the
    description's last noun rather than to the description (set off by a comma, or a full
    name right after that noun)."""
    last = whole[-1] if len(whole) else None
    while last is not None and last.is_punct and last.i > whole.start:
        last = whole.doc[last.i - 1]
    if last is None or last.dep_ != "appos" or last.pos_ != "PROPN" \
            or last.ent_type_ != "PERSON" or last.head.i == whole.root.i:
        return None
    comma = last.left_edge.i - 1
    if comma > whole.start and whole.doc[comma].text == ",":
        return last
    # "the head of the Lviv regional military administration Maxim Kozitsky claimed …": a full
    # name (given name and surname, both tagged a person) right after the description's last
    # common noun, with no comma, closes it just the same
    name = whole.doc[last.left_edge.i:last.i + 1]
    return last if len(name) > 1 and whole.doc[comma].pos_ == "NOUN" \
        and all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in name) else None


#: Dependents that open a clause of their own: a name inside one is not the phrase's ("a
#: release issued by ISPR", a participle naming its author, stays part of it).
CLAUSE_DEPS = ("relcl", "ccomp", "advcl")


def _without_clauses(head: Token) -> Span:
    """The head's whole phrase up to the first clause hanging on its right: "told state-owned
    media that X, the commander for Lower Shabelle, died" is the media, not a name in the
    clause the parser hung on "media"."""
    end = head.right_edge.i + 1
    lex = cue_lexicon()
    speaker = head.lemma_.lower() not in lex.report_nouns | lex.cue_nouns | lex.publication_nouns
    for child in head.rights:
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "acl" and (
                child.tag_ != "VBN" or (speaker and child.lemma_.lower() in lex.carrying_verbs))):
            end = min(end, child.left_edge.i)  # "the governor, quoted by TASS": TASS relays
    return head.doc[head.left_edge.i:max(end, head.i + 1)]


def _names_body(head: Token, mentions: Sequence[Mention]) -> bool:
    """Whether a modifier of the head is an organisation the packs name ("SANA news agency"):
    then the body is that organisation. A state or demonym ("the Russian Defense Ministry"),
    a possessor ("Gaza's") or an owner further down ("Hamas-run") only says whose it is."""
    for tok in head.lefts:
        if tok.dep_ in ("compound", "amod", "nmod", "flat"):
            for m in overlapping(mentions, tok.idx, tok.idx + len(tok)):
                if m.actor_id and m.actor_id != (m.country or "").lower():
                    return True
    return False


def _report_adjective(m: Mention, head: Token) -> bool:
    """"Sketchy reports reaching the capital indicated …", "Conflicting reports said …": a
    word opening the sentence before a report noun (cues pack `report_nouns`) that the tagger
    took for a name, for its capital, says how the reports are, not who made them. Only a
    modifier no pack knows (no actor, no country) is dropped: "Russian reports", "UN reports"
    still name their author."""
    if head.lemma_.lower() not in cue_lexicon().report_nouns or m.actor_id or m.country:
        return False
    toks = [t for t in head.lefts if m.start <= t.idx < m.end]
    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    return bool(toks) and span is not None and len(span) == len(toks) \
        and toks[0].is_sent_start and all(t.dep_ in ("amod", "compound") for t in toks)


def _own_thing(m: Mention, head: Token) -> bool:
    """"Police in its FIR said …", "the army, in their UNIFIL report, …": a name in a
    prepositional phrase right under the phrase's head, written with a possessive pronoun
    ("its", "their") that points back to the head, is the head's own document or platform,
    not what the head stands for: the head's own words are the speaker."""
    if not head.left_edge.idx <= m.start < head.right_edge.idx + len(head.right_edge):
        return False
    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "its UNIFIL report": the report the name modifies
    return (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == head.i
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children))


def _inside(span: Span, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions within a phrase, leaving out possessors."""
    owned = _possessor_chars(span)
    return [m for m in overlapping(mentions, span.start_char, span.end_char)
            if m.start not in owned]


def group_of_sources(head: Token, mentions: Sequence[Mention]) -> Mention:
    """Unnamed informants ("rebel sources"): the phrase itself, with its modifier's side; an
    informant described by the body they serve ("an official with the local branch of the
    Federal Security Service (FSB)", "a local official from the interior ministry") keeps that
    phrase, and the body's side."""
    span = phrase_span(head)
    served = _serving_body(head)
    if served is not None and served.right_edge.i >= span.end:
        span = head.doc[span.start:_closed(served)]
    own = unresolved(span)
    inside = overlapping(mentions, span.start_char, span.end_char)
    if inside:
        own.country, own.side = inside[-1].country, inside[-1].side
    return own


def held_territory(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The holder's mention where informants sit in a territory a named party holds ("health
    authorities in the Hamas-ruled enclave", "officials in the Houthi-run capital"; cues pack
    `territory_holding_words`), whose side they speak with; None when the holder is no mention
    ("rebel-held"). Used for the voice of a compared toll (claims/compared_tolls.py)."""
    words = cue_lexicon().territory_holding_words
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        for mod in (obj.lefts if obj is not None else ()):
            if mod.lower_ not in words or mod.i < 2 or mod.doc[mod.i - 1].text != "-":
                continue
            holder = mod.doc[mod.i - 2]
            found = overlapping(mentions, holder.idx, holder.idx + len(holder))
            if found:
                return found[-1]
    return None


#: Prepositions after an informant that name the body the informant serves or works at.
SERVING_PREPOSITIONS = ("with", "from", "at")


def _serving_body(head: Token) -> Token | None:
    """The preposition after an informant whose object is a body ("with the local branch of
    the FSB", "from the interior ministry"), not a place ("a source from Kabul")."""
    lex = cue_lexicon()
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in SERVING_PREPOSITIONS:
            continue
        if any(t.ent_type_ == "ORG" or t.lemma_.lower() in lex.body_nouns
               for t in prep.subtree):
            return prep
    return None


def _closed(prep: Token) -> int:
    """The end of a serving phrase, within its line and with a bracket it opens closed."""
    doc = prep.doc
    obj = next((c for c in prep.children if c.dep_ == "pobj"), prep)
    end = next((c.left_edge.i for t in obj.subtree for c in t.rights
                if c.dep_ in ("acl", "relcl", "advcl")), obj.right_edge.i + 1)
    # (no clause on the body: "a local official from the interior ministry giving the figure")
    for i in range(prep.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return i + 1
    words = [t.text for t in doc[prep.i:end]]
    opened = words.count("(") - words.count(")")
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # ("… Security Service (FSB": the parser left the closing bracket out)
    while end > prep.i + 1 and doc[end - 1].text in ",;":
        end -= 1
    return end


#: Marks that end a dateline or a heading's line when spaced on both sides ("Cairo - Officials
#: said", "… western Kazakhstan * Local trade union head says"): what comes after is the phrase.
RUN_IN_MARKS = frozenset({"-", "\u2013", "\u2014", "*", "\u2022", "|"})


def run_in_start(span: Span) -> int:
    """The first token of a phrase after a dateline or heading run into it ("Lome - A human
    rights group" -> "A human rights group"; "NALCHIK, Russia, Oct. 14 - Russian officials"
    -> "Russian officials"): the token after the last spaced dash or bullet inside the span,
    else the span's start."""
    doc, start = span.doc, span.start
    for tok in span[:-1]:
        if tok.text in RUN_IN_MARKS and tok.whitespace_ and tok.i > span.start \
                and doc[tok.i - 1].whitespace_:
            start = tok.i + 1
    return start


def unresolved(span: Span) -> Mention:
    """A mention for a source no pack knows ("senior opposition and rebel sources"); a
    dateline or heading run into the phrase is no part of it (`run_in_start`), nor is a line
    break closing it."""
    start, end = run_in_start(span), span.end
    while end > start + 1 and span.doc[end - 1].is_space:
        end -= 1
    span = span.doc[start:end]
    while start < span.end - 1 and span.doc[start].dep_ in ("det", "punct", "case"):
        if _opens_quote(span.doc[start], span.doc[start + 1:span.end]):
            break  # a “counter-revolutionary” group: the mark the phrase closes stays
        start += 1
    span = span.doc[start:span.end]
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


#: Opening quotation marks and the marks that close them.
QUOTE_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "\u00ab": "\u00bb", "'": "'"}


def _opens_quote(tok: Token, rest: Span) -> bool:
    """Whether `tok` is an opening quotation mark that a later token of `rest` closes."""
    close = QUOTE_PAIRS.get(tok.text)
    return close is not None and any(t.text == close for t in rest)


def display(mention: Mention) -> str:
    """The name a chain shows: the pack's canonical name, else the text as written."""
    return mention.name or mention.text


def is_person(mention: Mention, doc_tokens: Span) -> bool:
    """Whether spaCy typed any token of the mention as a PERSON entity; a medium the outlets
    pack names is none, though the model typed it so ("Residents told Addis Standard …. He
    stated …": "he" is no newspaper)."""
    if mention.sector == "MED" or outlet_info(mention.text) is not None:
        return False
    span = _span(mention, doc_tokens.doc)
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)
