"""Who a phrase refers to: the resolved mention for a subject, a pronoun or a description.

Claims and events both need to turn a token of the parse ("Kupschishin", "he", "the Russian
general", "Syrian troops") into an actor. The resolve stage has already found the named
mentions; this module picks the one a phrase stands for, and follows pronouns and definite
descriptions back to the nearest earlier compatible one, because war reports name a speaker
once and then call him "the Russian diplomat".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..annotate.pipeline import doc_text
from ..records import Mention
from .lexicon import cue_lexicon

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Relations a subject-less verb inherits its subject through ("…, adding that", "by pointing
#: out", "capturing the key town").
INHERITS_SUBJECT = ("advcl", "xcomp", "pcomp", "conj", "acl", "prep", "pobj", "dobj", "relcl")
LEFT_MODIFIERS = ("compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case",
                  "punct", "cc", "conj", "npadvmod", "advmod", "flat")
RELATIVE_PRONOUNS = ("who", "which", "that")


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
                     and not _inside(phrase_span(c), mentions)), None) \
            or _lowered_name(whole) or _name_after_bracket(whole) or _name_between_commas(head)
        if name is not None:  # "the commander of the air force, Lieutenant-General Mykola
            return unresolved(phrase_span(name))  # Oleshchuk", "a resident, Abubakar Uba"
    if head.lemma_.lower() in cue_lexicon().source_nouns or (
            head.lower_ in cue_lexicon().body_nouns and not _names_body(head, mentions)):
        return group_of_sources(head, mentions)
    if head.lemma_.lower() in lex.media_staff and head.tag_ == "NN":
        return None  # "a correspondent for Russia's NTV" is the reporter, whom NTV relays
    person = head.lemma_.lower() in lex.person_descriptions | lex.one_person
    for span in (phrase_span(head), whole):
        inside = _inside(span, mentions)
        if person and span is whole:  # "a military spokesman in Swat": a place no pack
            inside = [m for m in inside if not _where(m, head.doc)]  # knows is no speaker
        if inside:
            return replace(inside[-1])
    return None


#: Prepositions that place a person ("a military spokesman in Swat"), unlike those that say
#: whom he speaks for ("a spokesman for the ministry", "the head of the hospital").
PLACING_PREPOSITIONS = ("in", "near", "from", "inside", "across")


def _where(mention: Mention, doc: Doc) -> bool:
    """Whether a mention no pack knows is where the person of a description is."""
    if mention.actor_id:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACING_PREPOSITIONS


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
    description's last noun rather than to the description."""
    last = whole[-1] if len(whole) else None
    while last is not None and last.is_punct and last.i > whole.start:
        last = whole.doc[last.i - 1]
    if last is None or last.dep_ != "appos" or last.pos_ != "PROPN" \
            or last.ent_type_ != "PERSON" or last.head.i == whole.root.i:
        return None
    comma = last.left_edge.i - 1
    return last if comma > whole.start and whole.doc[comma].text == "," else None


#: Plural noun tags: "the agencies", "the media" point back to no one organisation.
PLURAL_TAGS = ("NNS", "NNPS")

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


def _inside(span: Span, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions within a phrase, leaving out possessors."""
    owned = _possessor_chars(span)
    return [m for m in overlapping(mentions, span.start_char, span.end_char)
            if m.start not in owned]


def group_of_sources(head: Token, mentions: Sequence[Mention]) -> Mention:
    """Unnamed informants ("rebel sources"): the phrase itself, with its modifier's side."""
    span = phrase_span(head)
    own = unresolved(span)
    inside = overlapping(mentions, span.start_char, span.end_char)
    if inside:
        own.country, own.side = inside[-1].country, inside[-1].side
    return own


def unresolved(span: Span) -> Mention:
    """A mention for a source no pack knows ("senior opposition and rebel sources")."""
    start = span.start
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
    """Whether spaCy typed any token of the mention as a PERSON entity."""
    doc = doc_tokens.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if mention.sector == "MED":
        return False
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def reference_kind(head: Token) -> str | None:
    """'person' or 'organisation' when the head is a pronoun or a definite description."""
    lex = cue_lexicon()
    word = head.lower_
    if word in lex.person_pronouns:
        return "person"
    if word in lex.org_pronouns:
        return "organisation"
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    named = any(c.pos_ == "PROPN" and c.i > head.i and c.dep_ in ("appos", "compound", "npadvmod")
                for c in head.children)  # "the news agency Wafa" names the agency it means
    if head.pos_ != "PROPN" and definite and not named:
        if head.lemma_.lower() in lex.person_descriptions:
            return "person"
        if head.lemma_.lower() in lex.org_descriptions and head.tag_ not in PLURAL_TAGS \
                and not _name_before(head):
            return "organisation"  # "the medium", not "the media" (lemma "medium" too)
    return None


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
        return person or _described_as(cand, head) or _one_person(cand, head)
    if person:
        return False
    noun = head.lemma_.lower()
    lex = cue_lexicon()
    if head.lower_ == "it" and _head_lemma(cand, head.doc) in (
            lex.not_it | lex.person_descriptions | lex.one_person):
        return False  # "… quoted an unnamed source …, it said": the agency, not the source;
        # "the region's acting head said …. The ministry … , it said": the ministry
    if head.pos_ == "PRON":
        return True
    if noun in lex.media_nouns:  # "the newspaper's sources": the outlet named before, known
        return cand.sector == "MED" or (  # or described, not "the newspaper's sources" again
            _spelt_in(noun, cand) and _head_lemma(cand, head.doc) not in lex.source_nouns)
    return noun in display(cand).lower() or noun in cand.text.lower() or country is not None \
        or _described_as(cand, head)  # "the Resistance Committees …, another volunteer group"


#: How alike a description's noun and a word of an unknown outlet's description must be to
#: match despite spelling ("the newsheet's sources" after "the newssheet Carta").
SPELLING_RATIO = 0.85


def _spelt_in(noun: str, cand: Mention) -> bool:
    """Whether a word of the candidate's text is the noun, or the noun spelt another way."""
    return any(fuzz.ratio(noun, w) >= SPELLING_RATIO * 100
               for w in display(cand).lower().split())


def _head_lemma(cand: Mention, doc: Doc) -> str:
    """The lemma of a mention's head word ("an unnamed source in the town of X" -> "source")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else ""


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
    for cand, spoke in ordered:
        if cand.end <= span.start_char and (
                _compatible(cand, kind, head, country)
                or (spoke and kind == "person" and head.pos_ == "PRON" and not country
                    and named_person(cand, doc))):
            return replace(cand)
    return None


def named_person(cand: Mention, doc: Doc) -> bool:
    """"“…,” said Cantiasa …. He said …", "Minister Sadi … said …. According to him, …": a
    speaker named by a proper name (or a capitalised title) that no pack knows as a body, a
    medium or a place is a person a later "he" or "she" may mean, though the model did not
    type the name a PERSON (it reads a rare surname as an organisation)."""
    if cand.actor_id or cand.sector == "MED" or cand.country:
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    if all(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for t in words):
        return False  # a place ("Swat"), not a name holding one ("Ntwari Israel")
    lex = cue_lexicon()
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if lemmas & (lex.org_descriptions | lex.media_nouns | lex.body_nouns | lex.source_nouns
                 | lex.report_nouns | lex.masthead_words | lex.outlet_generic_words):
        return False
    return bool(lemmas & (lex.person_descriptions | lex.one_person)) or all(
        t.pos_ == "PROPN" for t in words)


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


def subject_of(verb: Token, *, climb: bool = True) -> tuple[Token | None, bool]:
    """The subject (or passive agent) of a verb, and whether it is the verb's own.

    A verb without a subject ("…, adding that", "by pointing out") inherits the subject of the
    verb it hangs from; the flag tells the caller the subject was inherited.
    """
    cur: Token = verb
    own = True
    for _ in range(8):
        found = _own_subject(cur)
        if found is not None:
            return found, own
        if not climb or cur.dep_ in ("ROOT", "ccomp", "parataxis") or cur.head.i == cur.i:
            return None, own
        if cur.dep_ not in INHERITS_SUBJECT:
            return None, own
        cur, own = cur.head, False
    return None, False


def _quoted_before(subject: Token, verb: Token) -> bool:
    """Whether a closing quotation mark stands between a subject and the verb after it: the
    subject is then a word of the quotation, misread as the reporting verb's."""
    return subject.i < verb.i and any(t.tag_ == "''" for t in subject.doc[subject.i + 1:verb.i])


def _quoted_after(subject: Token, verb: Token) -> bool:
    """"…, Flynn said Thursday on Fox News's “Fox and Friends.”": a subject after the verb
    behind an opening quotation mark is a quoted title, not who said it."""
    return subject.i > verb.i and any(t.tag_ == "``" for t in subject.doc[verb.i + 1:subject.i])


def _other_line(subject: Token, verb: Token) -> bool:
    """Whether a line break parts a subject from its verb: a heading ("The Latest on the
    race (all times EDT):") that the parser ran into the next paragraph speaks no line of it."""
    lo, hi = sorted((subject.i, verb.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in subject.doc[lo:hi])


def _inverted(verb: Token, subjects: list[Token]) -> bool:
    """"…, reports Anadolu Agency.", "…, said the spokesman.": a verb right after a comma whose
    subject ends the sentence after it is the frame of what came before; a subject the parser
    also gave it before the comma belongs to the framed clause."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    after = [c for c in subjects if c.i > verb.i]
    return len(after) == 1 and all(t.is_punct or t.is_space
                                   for t in doc[after[0].right_edge.i + 1:verb.sent.end])


def _own_subject(verb: Token) -> Token | None:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        any(c.dep_ == "agent" for c in verb.children)  # "…, as reported by RIA Novosti":
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))  # no auxiliary
    for child in verb.children:
        if passive and child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS
                and not (passive and c.dep_ == "nsubjpass") and not _quoted_after(c, verb)
                and not _other_line(c, verb)]
    if len(subjects) > 1 and _inverted(verb, subjects):
        subjects = [c for c in subjects if c.i > verb.i]
    if len(subjects) > 1:  # a misparse ("“… A funeral ensued …,” he told"): the nearest
        # outside the quotation ("“… Full panic mode,” said Leslie Wimes": not "mode")
        subjects = [c for c in subjects if not _quoted_before(c, verb)] or subjects
        before = [c for c in subjects if c.i < verb.i]
        subjects = [before[-1]] if before else subjects
    for child in subjects:
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return _out_of_quote(child, verb)
    return None


def _out_of_quote(subject: Token, verb: Token) -> Token:
    """"“… the yoke imposed by (President) Pierre Nkurunziza,” Ntwari Israel, the rebels'
    deputy commander told AFP": a subject the parser took from inside the quotation, with the
    speaker hung on it in apposition after the closing mark, is that apposition."""
    if not _quoted_before(subject, verb):
        return subject
    close = max(t.i for t in subject.doc[subject.i + 1:verb.i] if t.tag_ == "''")
    cur = subject
    for _ in range(3):
        nxt = next((c for c in cur.children if c.dep_ == "appos"), None)
        if nxt is None:
            break
        if close < nxt.i < verb.i:
            return nxt
        cur = nxt
    return subject
