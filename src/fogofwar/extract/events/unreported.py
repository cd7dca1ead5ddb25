"""Acts a sentence names without reporting them: denied, or the topic of what was not said.

"The ministry denied reports of shelling", "Russia denied targeting residential areas", "the
statement did not provide information about where the drone was hit", "the government has not
responded to reports of Monday's attack", "the police are yet to make any statement on the
attack", "doctors were unable to confirm how many people were killed": each names an act, but
the sentence reports a denial or a silence, not the act. An event from such a trigger is a false
event (a reader lists the act where it is reported, not where somebody declined to speak of it).
The signs sit on a word above the trigger: a denial verb, or a negated word of informing ("did
not say", "no knowledge", "unable to confirm", "yet to comment"). The words are the events
pack's (`unreported`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .pack import event_rules

#: How far above the trigger the denial or the silence may sit.
_STEPS = 6
#: Words that open a question a silence leaves unanswered ("did not say who ...").
_ASKING = frozenset({"which", "who", "whom", "whose", "what", "where", "when", "how", "why",
                     "whether", "if"})


def _negated(word: Token) -> bool:
    """"did not say", "no information", "is yet to comment", "unable to confirm"."""
    rules = event_rules()
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in word.children):
        return True
    if any(_preceded_by(word, phrase) for phrase in rules.pending_phrases):
        return True
    head = word.head
    return word.dep_ == "xcomp" and head.lemma_.lower() in rules.unable_words


def _preceded_by(word: Token, phrase: tuple[str, ...]) -> bool:
    """Whether the words just before `word` are `phrase` ("yet to" before "comment")."""
    if word.i < len(phrase):
        return False
    return tuple(t.lower_ for t in word.doc[word.i - len(phrase):word.i]) == phrase


def _open_question(clause: Token) -> bool:
    """A clause that asks rather than states ("which group carried out the attack", "how many
    were killed", "whether troops fired"): what is not said is its answer. A stated clause
    under a silence ("did not say ..., however troops have been carrying out raids") asserts
    its own act."""
    return any(t.lower_ in _ASKING for t in clause.subtree if t.i < clause.i)


def _denied(tok: Token, deny: Token, path: list[Token]) -> bool:
    """Whether a denial is of the act, not of who did it: "denied targeting homes" (the act
    is the denial's own complement) or "denied reports of shelling" (a report of it), not
    "denied carrying out the airstrikes" or "denied it was behind the attack", where the act
    happened and only a part in it is denied."""
    if tok.pos_ == "VERB" and tok.head.i == deny.i:
        return True
    for t in path:  # "reports of shelling", not "allegations that it was behind the attack"
        if t.lemma_.lower() in event_rules().report_nouns:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _denied_clause(tok: Token, clause: Token) -> bool:
    """Whether a denial's clause is the act itself: the trigger is its verb ("denied the
    colonel was kidnapped") or the subject of an occurring verb ("denied any such attack had
    taken place"), not a part in it ("denied it was behind the attack")."""
    rules = event_rules()
    if clause.head.lemma_.lower() not in rules.deny_verbs or clause.head.pos_ != "VERB":
        return False
    return clause.i == tok.i or (tok.dep_ == "nsubj" and tok.head.i == clause.i
                                 and clause.lemma_.lower() in rules.occurrence_verbs)


def _in_denied_conjunct(tok: Token) -> bool:
    """A verb conjoined to the verb of a denied clause is denied with it: "denied that its
    troops shelled the town and killed civilians", "rejected claims that rebels had attacked
    the base and seized weapons". The denier's own verb conjoined to the denial asserts its act
    ("denied the charges and attacked the town": the conjunct hangs from the denial itself)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return False
    first = tok.head
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    if first.pos_ != "VERB" or first.dep_ not in ("ccomp", "acl", "xcomp", "pcomp"):
        return False
    return is_unreported(first)


def is_unreported(tok: Token) -> bool:
    """Whether the trigger is what a word above it denies or declines to speak of. A
    relative or conjoined clause on the way asserts its own act ("the attack, which killed
    five"; "did not say which group, but troops have been carrying out operations")."""
    rules = event_rules()
    if _in_denied_conjunct(tok):
        return True
    node, path = tok, []
    for _ in range(_STEPS):
        if node.dep_ == "ccomp" and _denied_clause(tok, node):
            return True
        if node.head.i == node.i or node.dep_ in ("relcl", "conj") or (
                node.dep_ == "ccomp" and not _open_question(node)):
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in rules.deny_verbs and node.pos_ == "VERB":
            return _denied(tok, node, path)
        if lemma in rules.info_words and _negated(node):
            return True
        path.append(node)
    return False
