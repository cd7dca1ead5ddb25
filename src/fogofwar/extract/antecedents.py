"""What a pronoun or a definite description points back to ("he", "the group", "the Russian
diplomat"): the nearest earlier compatible actor, earlier speakers first.

War reports name a speaker once and then call him "the Russian general" or "he"; claims need
that speaker as the claimant and events the group as the actor. Compatibility is kind (person
or body), the description's country, and the description's noun in the candidate's own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from ..annotate.pipeline import doc_text
from ..clean.outlets import outlet_info
from ..records import Mention
from ..resolve.nonstate import is_non_state
from .lexicon import cue_lexicon
from .referents import (
    display,
    is_person,
    mention_for,
    name_in_description,
    overlapping,
    phrase_span,
    placed_by,
)

#: Plural noun tags: "the agencies", "the media" point back to no one organisation.
PLURAL_TAGS = ("NNS", "NNPS")


def reference_kind(head: Token) -> str | None:
    """'person' or 'organisation' when the head is a pronoun or a definite description."""
    lex = cue_lexicon()
    word = head.lower_
    if word in lex.person_pronouns:
        return "person"
    if _owns_words(head) and word in lex.person_possessives:
        return "person"  # "According to his account, …": the man who spoke before
    if _owns_words(head) and word in lex.org_possessives:
        return "organisation"  # "In its statement, …"
    if _same(head) and head.lemma_.lower() in lex.source_nouns:
        return "source"  # "The same source said …": whoever spoke last, person or body
    if word in lex.org_pronouns:
        return "organisation"
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    named = any(c.pos_ == "PROPN" and c.i > head.i and c.dep_ in ("appos", "compound", "npadvmod")
                for c in head.children)  # "the news agency Wafa" names the agency it means
    if definite and not named and head.pos_ == "PROPN" \
            and (head.text.islower() or _bare_title(head)) \
            and head.lower_ in lex.person_descriptions:  # "the minister", "The General"
        return None if name_in_description(head) is not None else "person"
    if head.pos_ != "PROPN" and definite and not named:
        if head.lemma_.lower() in lex.person_descriptions:
            return None if name_in_description(head) is not None else "person"
        if head.lemma_.lower() in lex.org_descriptions and head.tag_ not in PLURAL_TAGS \
                and not _name_before(head):
            return "organisation"  # "the medium", not "the media" (lemma "medium" too)
    return None


def _owns_words(head: Token) -> bool:
    """A possessive owning the words a claim comes from ("his account", "their statement",
    "its report"): the owner is a speaker; "its battles", "his convoy" own no words."""
    lex = cue_lexicon()
    return head.dep_ == "poss" and head.head.lemma_.lower() in (
        lex.cue_nouns | lex.report_nouns | lex.own_channel_nouns)


def _bare_title(head: Token) -> bool:
    """"The General warned …" after "Lt Gen Ahmad Sharif said …": a title capitalised alone,
    with no name, body or place of its own, is a description of a person named before."""
    return head.text[:1].isupper() and head.text[1:].islower() and not any(
        c.dep_ in ("compound", "flat", "appos", "prep", "amod", "poss") for c in head.children)


def _same(head: Token) -> bool:
    """"the same source": a description that says it means a voice named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "amod" and c.lower_ == "same" for c in head.children)


def _name_before(head: Token) -> bool:
    """"the privately-owned Canal de Mocambique newspaper": a body's noun after its own proper
    name names that body, and points back to no earlier one."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < head.i
               and c.ent_type_ not in ("GPE", "NORP", "LOC") for c in head.children)


def _compatible(cand: Mention, kind: str, head: Token, country: str | None) -> bool:
    if country and cand.country and cand.country != country:
        return False
    if country and not cand.country:
        return False
    person = is_person(cand, head.doc[:])
    if kind == "person":
        if person and placed_by(cand, head.doc, WHERE_PREPOSITIONS):
            return False  # "a firefight in Lamreh Tunong": a place the model read as a name
        if head.pos_ == "PRON" and _modifies_thing(cand, head.doc):
            return False  # "Ka Lay village was bombed": a name that modifies a thing's noun
        if not _of_same_body(cand, head):
            return False
        return person or _described_as(cand, head) or _titled_as(cand, head) \
            or _one_person(cand, head) or _member_of(cand, head)
    if person:
        return False
    noun = head.lemma_.lower()
    lex = cue_lexicon()
    if head.lower_ == "it" and _head_lemma(cand, head.doc) in (
            lex.not_it | lex.person_descriptions | lex.one_person):
        return False  # "… quoted an unnamed source …, it said": the agency, not the source;
        # "the region's acting head said …. The ministry … , it said": the ministry
    if (head.lower_ == "it" or head.tag_ == "NN") and _plural_class(cand, head.doc):
        return False  # "…, according to rebel groups. …, the group said": one body, not many
    if head.pos_ == "PRON":
        return True
    if _head_lemma(cand, head.doc) in lex.person_descriptions | lex.source_nouns:
        return False  # "Pakistani security officials told AP …; the Pakistani military said":
        # people who speak for a body are not the body a description names
    armed = is_non_state(cand.text, cand.sector, cand.actor_id)
    if noun in lex.state_descriptions and armed:
        return False  # "the army" after the "Popular Liberation Army": the state's army
    if noun in lex.armed_group_descriptions and armed and _proper(cand, head.doc):
        return True  # "the Delta Avengers denied …; the group said …"
    if noun in lex.media_nouns:  # "the newspaper's sources": the outlet named before, known
        return cand.sector == "MED" or (  # or described, not "the newspaper's sources" again
            _spelt_in(noun, cand) and _head_lemma(cand, head.doc) not in lex.source_nouns) or (
            noun in lex.any_medium_nouns and _described_medium(cand, head.doc))
    return noun in display(cand).lower() or noun in cand.text.lower() or country is not None \
        or _described_as(cand, head)  # "the Resistance Committees …, another volunteer group"


#: Words of a body's name that tell no body apart.
BODY_FILLERS = ("the", "of", "for", "and", "in")


def _plural_class(cand: Mention, doc: Doc) -> bool:
    """"security experts", "resistance groups": a mention headed by a plural common noun is
    many voices, which "it" or a singular description ("the group") never means (a body's
    plural name, "the Syrian Democratic Forces", is a proper noun and stays one)."""
    root = _mention_root(cand, doc)
    return root is not None and root.tag_ == "NNS"


def _modifies_thing(cand: Mention, doc: Doc) -> bool:
    """"Ka Lay village", "the Kwene family farm": a name the model typed a person, written as
    the modifier of a common noun, names that thing (a village, a camp), not a person a
    later "he" or "she" means; a person's own title after the name is no such noun."""
    root = _mention_root(cand, doc)
    if root is None:
        return False
    lex = cue_lexicon()
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i \
        and root.head.lemma_.lower() not in (lex.person_descriptions | lex.one_person
                                             | lex.source_nouns)


def _of_same_body(cand: Mention, head: Token) -> bool:
    """"Government spokesman Ali Omar said …. The commander of the Northern Liberation
    Front said …": a description that names the body its person serves ("of"/"for" a proper
    name) means an earlier speaker only when that speaker's own phrase names the body too."""
    body = {t.lower_ for prep in head.children if prep.dep_ == "prep"
            and prep.lower_ in ("of", "for") for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" for t in obj.subtree
            if t.is_alpha and t.lower_ not in BODY_FILLERS}
    if not body:
        return True
    span = head.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    root = span.root
    words = {t.lower_ for t in (*span, *root.subtree, *(t for c in root.lefts
                                                         for t in c.subtree))}
    return bool(body & words)


#: Prepositions whose object, a name no pack knows, is where something happened: "a firefight
#: in Lamreh Tunong" names a place though the model types it a person.
WHERE_PREPOSITIONS = ("in", "near", "inside")


def _proper(cand: Mention, doc: Doc) -> bool:
    """Whether a mention is a name ("the Delta Avengers", "NDA"), not a class noun
    ("militants") a later "the group" would not take up over the group named before it."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1)
                                    for t in span)


def _named(cand: Mention, doc: Doc) -> bool:
    """Whether a mention holds a name of its own ("Iran's Tasnim news agency"), not only a
    description with a people's or a place's name in it ("a leading American newspaper")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
                                    for t in span)


def _described_medium(cand: Mention, doc: Doc) -> bool:
    """"Telegram channel Mash", "the news site Kawa": a medium no pack knows, named with a
    media noun of its own and a name, which "the outlet" may take up."""
    lex = cue_lexicon()
    return _named(cand, doc) and bool(
        {w.lower() for w in display(cand).split()} & lex.media_nouns - lex.any_medium_nouns)


#: How alike a description's noun and a word of an unknown outlet's description must be to
#: match despite spelling ("the newsheet's sources" after "the newssheet Carta").
SPELLING_RATIO = 0.85


def _spelt_in(noun: str, cand: Mention) -> bool:
    """Whether a word of the candidate's text is the noun, or the noun spelt another way."""
    return any(fuzz.ratio(noun, w) >= SPELLING_RATIO * 100
               for w in display(cand).lower().split())


def _phrase_noun(cand: Mention, doc: Doc) -> str:
    """The common noun a mention's name stands in ("broadcaster" of "the Kurdish Rudaw
    broadcaster", "paper" of "the Dawn paper"), as the parse hangs the name on it; "" when
    the name heads its own phrase."""
    root = _mention_root(cand, doc)
    if root is None:
        return ""
    return root.head.lemma_.lower() if root.dep_ in ("compound", "nmod") \
        and root.head.pos_ == "NOUN" and root.head.i > root.i else ""


def _mention_root(cand: Mention, doc: Doc) -> Token | None:
    """The syntactic head of a mention's tokens; None when its offsets cover no token."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _head_lemma(cand: Mention, doc: Doc) -> str:
    """The lemma of a mention's head word ("an unnamed source in the town of X" -> "source")."""
    root = _mention_root(cand, doc)
    return root.lemma_.lower() if root is not None else ""


def _described_as(cand: Mention, head: Token) -> bool:
    """"Ahmad al-Mismari, spokesman of the army, said …; the spokesman told …": a mention
    whose apposition (or whose own words) holds the description's noun is the one it means,
    even when the model did not tag it as a person."""
    doc = head.doc
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or head.pos_ == "PRON":
        return False
    noun = head.lemma_.lower()
    words = {t.lemma_.lower() for t in span}
    words |= {t.lemma_.lower() for c in span.root.children if c.dep_ == "appos"
              for t in c.subtree}
    return noun in words


def _titled_as(cand: Mention, head: Token) -> bool:
    """"Peruvian Defense Minister Antero Flores Araoz said …; the minister said …": a name
    whose title, written before it, holds the description's noun is the one it means, though
    the model cut the title (and the given names) off the mention."""
    doc = head.doc
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or head.pos_ == "PRON" or not len(span):
        return False
    title = {t.lemma_.lower() for c in span.root.lefts if c.dep_ in ("compound", "amod")
             and c.i < span.start for t in c.subtree}
    return head.lemma_.lower() in title


def _member_of(cand: Mention, head: Token) -> bool:
    """"A member of the Civilian Joint Task Force told Reuters …. He added …": a body named
    after "of" on a singular person noun written right before it ("a member of", "a
    spokesman for") stands for that one person, whom a later "he" or "she" means when no
    person is named between them."""
    if head.pos_ != "PRON":
        return False
    span = head.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.i >= span.start:
        return False
    person = prep.head
    lex = cue_lexicon()
    between = [t for t in head.doc if cand.end <= t.idx < head.idx]  # (a person named since
    # is the one meant: "Sagir Musa, the army's spokesman, dismissed the report. He said …")
    return person.tag_ == "NN" and person.i == prep.i - 1 and person.lemma_.lower() in (
        lex.person_descriptions | lex.source_nouns | lex.one_person) \
        and not any(t.ent_type_ == "PERSON" for t in between)


def _one_person(cand: Mention, head: Token) -> bool:
    """"a local government source said …, he said": "he" or "she" may mean an unnamed person
    described by a singular source or person noun."""
    if head.pos_ != "PRON" or cand.actor_id:
        return False
    span = head.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.root.tag_ != "NN":
        return False
    lex = cue_lexicon()
    return span.root.lemma_.lower() in lex.person_descriptions | lex.source_nouns \
        | lex.one_person


def antecedent(head: Token, mentions: Sequence[Mention],
               claimants: Sequence[Mention]) -> Mention | None:
    """Follow a pronoun or a description back to the nearest compatible earlier actor.

    Earlier claimants are tried first (most recent first): in reporting, "he said" and "the
    Russian general told" continue with the last speaker. Demonyms in the description ("the
    Russian diplomat") must match the candidate's country.
    """
    kind = reference_kind(head)
    if kind is None:
        return None
    if kind == "source":
        return replace(claimants[-1]) if claimants else None
    bound = _subject_over_clause(head, mentions)
    if bound is not None and _compatible(bound, kind, head, None):
        return replace(bound)
    intro = _introduced(head) if kind == "person" else None
    if intro is not None:  # the unnamed person introduced before, whoever spoke since
        return next((replace(m) for m in (*reversed(list(claimants)), *mentions)
                     if m.start <= intro.idx < m.end), None)
    prior = _previous_subject(head, claimants)
    if prior is not None and _compatible(prior, kind, head, None):
        return replace(prior)
    span = phrase_span(head)
    countries = [m.country for m in overlapping(mentions, span.start_char, head.idx)
                 if m.country]
    country = countries[-1] if countries else None
    doc = head.doc
    own_quote = in_quotation(doc, head.idx)
    before = [m for m in mentions if m.end <= span.start_char
              and (own_quote or not in_quotation(doc, m.start))]
    ordered = [*((c, True) for c in reversed(list(claimants))),
               *((m, False) for m in sorted(before, key=lambda m: -m.start))]
    if kind == "organisation" and head.lemma_.lower() in cue_lexicon().media_nouns:
        # "X news agency said …, AFP reported. …, the agency said": a medium written with
        # the description's own noun is the one it means, before a nearer medium without it
        # (by its name: "a leading American newspaper" is the Post named next, not a medium
        # of its own)
        # ("told the Kurdish Rudaw broadcaster …. A source told the broadcaster …": Rudaw,
        # named with the noun since the last voice, not Reuters that reported before; "the
        # Interfax agency …. Kavkaz Center confirms …, according to the agency": Kavkaz)
        noun = head.lemma_.lower()
        last = max((c.start for c in claimants), default=-1)
        ordered.sort(key=lambda pair: not (
            (_spelt_in(noun, pair[0]) or (_phrase_noun(pair[0], doc) == noun
                                          and pair[0].start > last))
            and _named(pair[0], doc)))
    for cand, spoke in ordered:
        if cand.end <= span.start_char and (
                _compatible(cand, kind, head, country)
                or (spoke and kind == "person" and head.pos_ == "PRON" and not country
                    and (named_person(cand, doc) or unnamed_speaker(cand, doc)))):
            return replace(cand)
    return None


#: Words that introduce one unnamed person ("a local official", "an army officer", "one
#: witness").
INTRODUCING = ("a", "an", "one")


def _introduced(head: Token) -> Token | None:
    """"Soldiers and a local official told AFP …. The local official said …", "Ali Omar, a
    district official, said …. Police chief Musa Adamu said …. The district official said
    …": a description (no pronoun, no name) means whom its noun, with its modifiers, last
    described: the name it stood beside (as an apposition or a title), or an unnamed person
    introduced with "a"/"an"/"one" when the description repeats a modifier of the
    introduction; not a name mentioned since (a camp, a place the model reads as a person) nor
    a speaker described otherwise. The token of that name or person; None when the noun last
    stood definite and alone (the older reading decides)."""
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    for tok in reversed(head.doc[:phrase_span(head).start]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
            continue
        if not mods <= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}:
            return None
        if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN":
            return tok.head
        name = next((c for c in tok.children if c.dep_ in ("appos", "compound", "flat")
                     and c.pos_ == "PROPN"), None)
        if name is not None:
            return name
        return tok if _indefinite(tok) and mods else None  # (a bare "the official" goes on with the
        # last speaker: "a senior official said …. X, deputy minister, said …. The official
        # added …" is X)
    return None


def _subject_over_clause(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """"The front is fighting for the herders, whom they say have been driven out": a
    pronoun in a relative clause means the subject of the clause the relative clause hangs
    in, written before it, not an earlier speaker."""
    if head.pos_ != "PRON" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    rel = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    if rel is None:
        return None
    for verb in rel.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < rel.i and c.pos_ != "PRON"), None)
        if subject is not None:
            return mention_for(subject, mentions)
    return None


def _previous_subject(head: Token, claimants: Sequence[Mention]) -> Mention | None:
    """"The coalition said the strikes hit launchers, the state news agency SPA reported. It
    accused the rebels of …": "it" opening a sentence goes on with the last subject that spoke
    in the sentence before, past a document that "said" (a claimant, not the medium that
    carried the document); when that subject is a medium ("…, the state news agency Saba
    reported. It said …", "TASS cited … as saying") the medium is meant, as before; "X
    condemned …, while the army disputed …. It added …" is the army."""
    if head.lower_ != "it" or head.dep_ not in ("nsubj", "nsubjpass") \
            or head.i != head.sent.start or head.sent.start == 0:
        return None
    lex = cue_lexicon()
    before = head.doc[head.sent.start - 1].sent
    for tok in reversed(before):  # the last subject that spoke, past a document
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" \
                or tok.lemma_.lower() in lex.cue_nouns | lex.report_nouns:
            continue  # ("…, a statement carried by SPA said": the coalition before it)
        if tok.lemma_.lower() in lex.media_nouns or outlet_info(tok.text):
            edge = tok.i
            while edge > 0 and (tok.doc[edge - 1].dep_ in ("compound", "det", "amod", "nmod")
                                or tok.doc[edge - 1].lower_ in lex.media_nouns):
                edge -= 1  # back over "the state news agency" to the word before the name
            if edge > 0 and tok.doc[edge - 1].lower_ == "by":
                continue  # ("a statement carried by the state news agency SPA said": the
            return None   # parser's subject is the carrier's name; "…, the state news agency
            # Saba reported. It said …": the agency that reported is meant)
        found = next((m for m in reversed(list(claimants)) if m.start <= tok.idx < m.end), None)
        if found is not None:
            return None if found.sector == "MED" or outlet_info(found.text) else found
    return None


def named_person(cand: Mention, doc: Doc) -> bool:
    """"“…,” said Cantiasa …. He said …", "Minister Sadi … said …. According to him, …": a
    speaker named by a proper name (or a capitalised title) that no pack knows as a body, a
    medium or a place is a person a later "he" or "she" may mean, though the model did not
    type the name a PERSON (it reads a rare surname as an organisation)."""
    if cand.actor_id or cand.sector == "MED" or cand.country or outlet_info(cand.text):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span if not t.is_punct and t.lower_ not in cue_lexicon().articles]
    lex = cue_lexicon()
    titles = lex.person_descriptions | lex.one_person
    while len(words) > 1 and words[0].is_lower and words[0].lemma_.lower() in titles:
        words = words[1:]  # "spokesman Major Edi Tarmidi": the title the mention opens with
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    if all(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for t in words):
        return False  # a place ("Swat"), not a name holding one ("Ntwari Israel")
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if lemmas & (lex.org_descriptions | lex.media_nouns | lex.body_nouns | lex.source_nouns
                 | lex.report_nouns | lex.masthead_words | lex.outlet_generic_words):
        return False
    return bool(lemmas & (lex.person_descriptions | lex.one_person)) or all(
        t.pos_ == "PROPN" for t in words)


def _indefinite(tok: Token) -> bool:
    """Whether a noun is written as one person introduced ("a local", "one witness")."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INTRODUCING for c in tok.children)


def unnamed_speaker(cand: Mention, doc: Doc) -> bool:
    """"A Malian trader told HRW …. “…,” he said", "a local said …. The local said …. He said
    …": a speaker introduced as one unnamed person ("a"/"an"/"one" on it or on its noun before),
    described by one singular common noun that no pack knows as a body, a medium, a document
    or a place (no actor, no sector) is one person a later "he" or "she" means, whatever the
    noun: the person nouns of the packs cannot list every trade."""
    if cand.actor_id or cand.sector or outlet_info(cand.text):
        return False
    root = _mention_root(cand, doc)
    if root is None:
        return False
    if root.tag_ != "NN" or root.pos_ != "NOUN" or root.ent_type_:
        return False
    lex = cue_lexicon()
    lemma = root.lemma_.lower()
    if not _indefinite(root) and not any(
            lemma in (t.lemma_.lower(), t.lower_) and _indefinite(t)  # (the parser may
            # read "a local" as an adjective)
            for t in doc[:root.i]):
        return False  # "Chairman …, Alhaji X, told NAN …. The chairman said …": a title
        # taken up again is the person named with it, whom "he" means past the title
    return lemma not in (
        lex.org_descriptions | lex.media_nouns | lex.body_nouns | lex.branch_nouns
        | lex.report_nouns | lex.cue_nouns | lex.publication_nouns | lex.state_descriptions
        | lex.armed_group_descriptions | lex.masthead_words | lex.outlet_generic_words)


#: Quotation marks that open and close a quotation (straight marks do both).
OPENING_QUOTES = ("\u201c", "\u00ab")
CLOSING_QUOTES = ("\u201d", "\u00bb")


def in_quotation(doc: Doc, char: int) -> bool:
    """Whether a character of the doc stands inside a quotation of its paragraph: a name
    inside someone's quoted words ("… the yoke imposed by President Pierre Nkurunziza,” X
    told AFP. “…,” he said") is no speaker a later pronoun means."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    before = text[start:char]
    depth = 0
    for ch in before:
        if ch in OPENING_QUOTES:
            depth = 1
        elif ch in CLOSING_QUOTES:
            depth = 0
        elif ch == '"':
            depth = 1 - depth
    return depth > 0
