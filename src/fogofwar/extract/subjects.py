"""The subject of a verb as a reporter means it: its own, its passive agent, or the one a
subject-less verb inherits ("…, adding that").

Claims need the speaker of a cue verb and events the actor of a trigger; both read the same
parse, and the parse of news prose errs in the same places (a subject taken from inside a
quotation, an inverted "…, said the spokesman", a heading run into the next line), so the
repairs live here once.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue_lexicon

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Relations a subject-less verb inherits its subject through ("…, adding that", "by pointing
#: out", "capturing the key town").
INHERITS_SUBJECT = ("advcl", "xcomp", "pcomp", "conj", "acl", "prep", "pobj", "dobj", "relcl")
RELATIVE_PRONOUNS = ("who", "which", "that")


def subject_of(verb: Token, *, climb: bool = True) -> tuple[Token | None, bool]:
    """The subject (or passive agent) of a verb, and whether it is the verb's own.

    A verb without a subject ("…, adding that", "by pointing out") inherits the subject of the
    verb it hangs from; the flag tells the caller the subject was inherited.
    """
    cur: Token = verb
    own = True
    for _ in range(8):
        found = _own_subject(cur)
        if found is None and own:
            found = _stray_subject(cur) or _appos_speaker(cur) or _after_relative(cur) \
                or _participle_speaker(cur) or _adjective_speaker(cur)
        if found is not None:
            return found, own
        if not climb or cur.dep_ in ("ROOT", "ccomp", "parataxis") or cur.head.i == cur.i:
            return None, own
        if cur.dep_ not in INHERITS_SUBJECT:
            return None, own
        cur, own = cur.head, False
    return None, False


#: Tags of a verb that must carry a subject of its own (a past or present tense).
FINITE = ("VBD", "VBZ", "VBP")


def _stray_subject(verb: Token) -> Token | None:
    """"…, considering on Friday President Erdogan warned he is ready": a finite verb the
    parser hung from another clause (advcl) without a subject lost it to a phrase before it;
    the name right before the verb, when it is a name the parser put under another word, is
    its subject. Inheriting the other clause's subject would give "fighting" the warning."""
    if verb.dep_ != "advcl" or verb.tag_ not in FINITE or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ != "PROPN" or prev.ent_type_ not in ("PERSON", "ORG", "NORP") \
            or prev.head.i == verb.i or prev.dep_ == "compound":
        return None
    return prev


def _participle_speaker(verb: Token) -> Token | None:
    """"… with a religious leader estimating 50 deaths and two witnesses claiming around 80
    were killed": a present participle hung right after a noun of people who speak (a
    description or a source noun: witnesses, residents, officials) is said by them; climbing
    would hand it to the first participle's subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i != verb.head.i + 1:
        return None
    noun = verb.head
    lex = cue_lexicon()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.person_descriptions | lex.source_nouns:
        return None
    return noun


def _after_relative(verb: Token) -> Token | None:
    """"The chief, who is hiding in the capital, called the situation serious": a past-tense
    verb right after the comma that closes a relative clause on a noun is that noun's
    predicate, though the parser hung it from the noun as a participle (acl) with no subject.
    A participle proper follows its noun directly ("a group called HTS")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i < 2 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "relcl" and noun.i < c.i < verb.i for c in noun.children):
        return None
    return noun


def _adjective_speaker(verb: Token) -> Token | None:
    """"“…,” a weary Omar Haddad, who lost his house, told AFP": a reporting verb with no
    subject, whose speaker's adjective the parser read as a clause of the verb's own (a bare
    adjective with the name after it as its subject, no verb or copula), is said by that name:
    a predicate adjective follows its subject, and an adjective before a name describes it.
    The parser may also make the adjective the root, with the verb its complement."""
    if verb.tag_ not in FINITE or verb.lemma_.lower() not in cue_lexicon().verbs:
        return None
    above = [verb.head] if verb.dep_ in ("ccomp", "advcl", "conj") \
        and verb.head.i < verb.i else []
    for adj in [*(c for c in verb.lefts if c.dep_ in ("ccomp", "advcl", "dep")), *above]:
        if adj.pos_ != "ADJ" or any(c.dep_ in ("aux", "auxpass", "cop") for c in adj.children):
            continue
        subj = next((c for c in adj.children if c.dep_ == "nsubj" and adj.i < c.i < verb.i
                     and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == adj.i + 1),
                    None)
        if subj is not None:
            return subj
    return None


def _appos_speaker(verb: Token) -> Token | None:
    """"… took the lives of at least five officers, local officials today told AFP": a reporting
    verb with no subject that closes the sentence (a clause, or a second verb joined with no
    "and"), whose speaker the parser hung as an apposition on the noun before the comma; that
    apposition is who speaks, not the subject the verb would inherit ("Insurgents")."""
    if verb.dep_ not in ("ccomp", "advcl", "conj") or verb.tag_ not in FINITE \
            or verb.lemma_.lower() not in cue_lexicon().verbs:
        return None
    if verb.dep_ == "conj" and any(t.dep_ == "cc" for t in verb.doc[verb.head.i:verb.i]):
        return None  # "… overran the post and told AFP": the first verb's subject goes on
    start = min([verb.i, *(c.left_edge.i for c in verb.lefts)])
    prev = verb.doc[start - 1] if start > 0 else None
    if prev is None or prev.dep_ != "appos" or prev.pos_ not in ("NOUN", "PROPN") \
            or prev.left_edge.i == 0 or verb.doc[prev.left_edge.i - 1].text != ",":
        return None
    return prev


def _quoted_before(subject: Token, verb: Token) -> bool:
    """Whether a closing quotation mark stands between a subject and the verb after it: the
    subject is then a word of the quotation, misread as the reporting verb's."""
    return subject.i < verb.i and any(t.tag_ == "''" for t in subject.doc[subject.i + 1:verb.i])


def _quoted_after(subject: Token, verb: Token) -> bool:
    """"…, Flynn said Thursday on Fox News's “Fox and Friends.”": a subject after the verb
    behind an opening quotation mark is a quoted title, not who said it."""
    return subject.i > verb.i and any(t.tag_ == "``" for t in subject.doc[verb.i + 1:subject.i])


def other_line(subject: Token, verb: Token) -> bool:
    """Whether a line break parts a subject (or object) from its verb: a heading ("The Latest
    on the race (all times EDT):", "SUICIDE VESTS") that the parser ran into the next
    paragraph speaks no line of it, and is told none."""
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
                and not other_line(c, verb)]
    if len(subjects) > 1 and _inverted(verb, subjects):
        subjects = [c for c in subjects if c.i > verb.i]
    if len(subjects) > 1:  # a misparse ("“… A funeral ensued …,” he told"): the nearest
        # outside the quotation ("“… Full panic mode,” said Leslie Wimes": not "mode")
        subjects = [c for c in subjects if not _quoted_before(c, verb)] or subjects
        before = _appositions_out(_phrase_closers_out([c for c in subjects if c.i < verb.i]))
        subjects = [before[-1]] if before else subjects
    for child in subjects:
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return _speaker_after_medium(_out_of_quote(child, verb), verb)
    return None


def _speaker_after_medium(subject: Token, verb: Token) -> Token:
    """"In a report by state news agency Kalam, Minister Ali Aziz said …": the parser may
    make the medium's name that closes an opening phrase the reporting verb's subject, and the
    speaker after the comma its apposition; the apposition, which runs up to the verb, speaks,
    and the name is the medium's (`medium_name_taken`)."""
    if verb.lemma_.lower() not in cue_lexicon().verbs or subject.i > verb.i \
            or subject.i == 0 or medium_name_taken(subject.doc[subject.i - 1]) is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                 and c.right_edge.i == verb.i - 1), subject)


def medium_name_taken(noun: Token) -> Token | None:
    """The name the parser took away from a medium's description that closes a phrase opening
    the sentence ("In a report by state news agency| Kalam|, Minister Ali Aziz said", "According
    to the broadcaster| Kalam|, …"), making it the subject of the reporting verb after the
    comma, with the speaker its apposition: the name right after the description, or None.
    Only a description in lower case whose head is a medium noun of the pack, the object of a
    preposition in a phrase that opens the sentence and hangs on that verb."""
    doc = noun.doc
    if noun.dep_ != "pobj" or noun.i + 1 >= len(doc) or not noun.lower_ == noun.text \
            or noun.lemma_.lower() not in cue_lexicon().media_nouns:
        return None
    name = doc[noun.i + 1]
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ != "nsubj" or verb.i <= name.i \
            or verb.lemma_.lower() not in cue_lexicon().verbs or not any(
                c.dep_ == "appos" and c.right_edge.i == verb.i - 1
                and doc[c.left_edge.i - 1].text == "," for c in name.children):
        return None
    top = noun
    while top.dep_ in ("pobj", "prep", "pcomp") and top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    opening = doc[top.sent.start:top.left_edge.i]
    if top.head.i != verb.i or any(not t.is_space for t in opening):
        return None
    return name


def _phrase_closers_out(subjects: list[Token]) -> list[Token]:
    """"Separatist officials in the regional capital Karsk say …": a place's name the parser
    made a second subject though it closes the first subject's prepositional phrase (right
    after it, nothing between) is a word of that phrase, not who speaks. A person's name
    ("the compound's head Noureddine al-Grifi said") is the speaker, and stays."""
    kept: list[Token] = []
    for sub in subjects:
        if kept and sub.pos_ == "PROPN" and sub.ent_type_ not in ("PERSON", "ORG", "NORP") \
                and any(c.dep_ == "prep" and c.right_edge.i + 1 == sub.left_edge.i
                        for c in kept[-1].children):
            continue
        kept.append(sub)
    return kept


def _appositions_out(subjects: list[Token]) -> list[Token]:
    """"Ana Tembo, the party secretary for information confirmed …": with the closing comma of
    the apposition left out, the parser may make the description a second subject; a subject
    that opens right after a person's name and a comma describes that person, who speaks, as
    it does after the name's own phrase ("Omar Haddad of the Council for Peace, a group linked
    to the church, told …": the group is the council's description, not a second speaker)."""
    kept: list[Token] = []
    for sub in subjects:
        start = sub.left_edge.i
        if kept and kept[-1].ent_type_ == "PERSON" and sub.ent_type_ != "PERSON" \
                and start >= 2 and sub.doc[start - 1].text == "," \
                and (kept[-1].i == start - 2 or kept[-1].right_edge.i in (start - 2, start - 1)) \
                and sub.doc[start].lower_ in cue_lexicon().articles:
            continue
        kept.append(sub)
    return kept


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
