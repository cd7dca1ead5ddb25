"""Faster drop-ins for two spaCy components whose output we keep exactly.

Measured on 100 news texts (README, "Speed and memory"), en_core_web_sm spends 1.5 CPU s in
the attribute ruler's Matcher and 1.3 s in the rule lemmatizer, about a fifth of the model's
time, on work that depends on a handful of token attributes only:

- the attribute ruler's 179 patterns test TAG, LOWER, DEP and IS_SPACE of one or two tokens,
  so which patterns start at a token is a function of those four values: computed once per
  distinct combination, the match list is then a dictionary look-up per token;
- the English rule lemmatizer's answer is a function of (ORTH, POS, MORPH), but spaCy caches
  only the tokens that reach its suffix rules, so every singular noun and base-form verb is
  lemmatized afresh each time it occurs; and the rules test each candidate form against a
  word list (`form in list`), about 0.2 ms a word, which a set answers in no time.

Both classes only change how the same answer is found: the match list handed to spaCy's own
`set_annotations` is the Matcher's (same tuples, same order), and a lemma comes from spaCy's
own `lemmatize` the first time its key is seen. `install` swaps the classes of the loaded
components in place, so names, order, config and tables stay the model's. A pattern of a form
the fast matcher does not know (an operator, another attribute) leaves the ruler as it was.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: The token attributes the fast matcher reads, in the order of a token's key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]

Key = tuple[int, int, int, int]
#: Attributes spaCy's `set_token_attrs` writes on the token alone, never on its lexeme.
_TOKEN_ONLY = frozenset({LEMMA, POS, TAG, MORPH, DEP})
#: Entries each memo keeps before it starts afresh: a long corpus keeps meeting new words, and
#: memory must stay flat in corpus size (about 50 MB at this size).
MEMO_SIZE = 200_000


class UnsupportedPattern(ValueError):
    """A pattern uses something the fast matcher does not evaluate."""


def _test(vocab: Any, attr: str, spec: Any) -> Any:
    """One attribute's condition as a predicate over the attribute's value in a Key."""
    if attr == "IS_SPACE":
        if not isinstance(spec, bool):
            raise UnsupportedPattern(f"IS_SPACE {spec!r}")
        return lambda value: bool(value) == spec
    if isinstance(spec, str):
        wanted = vocab.strings.add(spec) if spec else 0
        return lambda value: value == wanted
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op in ("IN", "NOT_IN"):
            ids = frozenset(vocab.strings.add(s) if s else 0 for s in arg)
            return (lambda value: value in ids) if op == "IN" else (lambda v: v not in ids)
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda value: bool(pattern.search(vocab.strings[value] if value else ""))
    raise UnsupportedPattern(f"{attr} {spec!r}")


def _token_test(vocab: Any, spec: dict[str, Any]) -> Any:
    """A one-token pattern as a predicate over a Key."""
    if not spec or set(spec) - set(KEY_ATTRS):
        raise UnsupportedPattern(f"token pattern {spec!r}")
    tests = [(KEY_ATTRS.index(a), _test(vocab, a, s)) for a, s in spec.items()]
    return lambda key: all(test(key[i]) for i, test in tests)


def _anchors(vocab: Any, spec: dict[str, Any]) -> list[tuple[int, int]] | None:
    """(position in a Key, value) pairs one of which a token must have to match `spec`, from
    its LOWER or TAG condition; None when neither is an equality or IN list."""
    for attr in ("LOWER", "TAG"):
        cond = spec.get(attr)
        pos = KEY_ATTRS.index(attr)
        if isinstance(cond, str):
            return [(pos, vocab.strings.add(cond) if cond else 0)]
        if isinstance(cond, dict) and list(cond) == ["IN"]:
            values = dict.fromkeys(vocab.strings.add(s) if s else 0 for s in cond["IN"])
            return [(pos, value) for value in values]
    return None


Pattern = tuple[int, int, list[Any]]


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its Matcher replaced by per-key look-ups."""

    def _fast_index(self) -> None:
        """Index every pattern by the LOWER or TAG value its first token needs (else keep it
        among those tested on every token), so a new key is tested against a few patterns."""
        if getattr(self, "_fogofwar_anchored", None) is not None:
            return
        anchored: dict[tuple[int, int], list[Pattern]] = {}
        always: list[Pattern] = []
        lower_tests = []
        for number in range(len(self.attrs)):
            match_id = self.vocab.strings[str(number)]
            for pattern in self.matcher.get(match_id)[1]:
                entry = (number, match_id, [_token_test(self.vocab, spec) for spec in pattern])
                anchors = _anchors(self.vocab, pattern[0])
                for anchor in anchors or []:
                    anchored.setdefault(anchor, []).append(entry)
                if anchors is None:
                    always.append(entry)
                if (anchors is None or anchors[0][0] != 1) and "LOWER" in pattern[0]:
                    lower_tests.append(_test(self.vocab, "LOWER", pattern[0]["LOWER"]))
        self._fogofwar_anchored, self._fogofwar_always = anchored, always
        self._fogofwar_starts: dict[Key, list[Pattern]] = {}
        self._fogofwar_anchor_words = frozenset(v for pos, v in anchored if pos == 1)
        self._fogofwar_lower_tests = lower_tests
        self._fogofwar_word_class: dict[int, tuple[bool, ...]] = {}
        self._fogofwar_keyed: dict[Key, Any] = {}
        self._fogofwar_longest = max((len(p[2]) for ps in (*anchored.values(), always)
                                      for p in ps), default=1)

    def _memo_key(self, key: Key) -> Key:
        """The key a token's start list is remembered under: its own, for a word some pattern
        is anchored on; otherwise the word is replaced by the answers of the few LOWER tests
        the other patterns' first tokens make (two regexes in the model), since nothing else
        about the word can change which of them match. Every other word then shares the
        start list of its tag, dependency and spacing, instead of one list per word."""
        word = key[1]
        if word in self._fogofwar_anchor_words:
            return key
        answers = self._fogofwar_word_class.get(word)
        if answers is None:
            if len(self._fogofwar_word_class) >= MEMO_SIZE:
                self._fogofwar_word_class.clear()
            answers = self._fogofwar_word_class[word] = tuple(
                test(word) for test in self._fogofwar_lower_tests)
        return (key[0], answers, key[2], key[3])  # type: ignore[return-value]

    def _starts(self, key: Key) -> list[Pattern]:
        """The patterns whose first token matches a token with this key."""
        memo_key = self._memo_key(key)
        found = self._fogofwar_starts.get(memo_key)
        if found is None:
            if len(self._fogofwar_starts) >= MEMO_SIZE:
                self._fogofwar_starts.clear()
            get = self._fogofwar_anchored.get
            candidates = (get((1, key[1]), []) + get((0, key[0]), [])
                          + self._fogofwar_always)
            found = self._fogofwar_starts[memo_key] = [p for p in candidates if p[2][0](key)]
        return found

    def add(self, *args: Any, **kwargs: Any) -> None:
        """Add patterns as spaCy does; the index is rebuilt with them on the next doc."""
        super().add(*args, **kwargs)
        self._fogofwar_anchored = None

    def clear(self) -> None:
        super().clear()
        self._fogofwar_anchored = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The Matcher's matches, sorted as spaCy sorts them (rule number, then position);
        spaCy's Matcher itself once a pattern added later is of a form not indexed."""
        try:
            self._fast_index()
        except UnsupportedPattern:
            return super().match(doc)
        keys: list[Key] = [tuple(row) for row in doc.to_array(_KEY_IDS).tolist()]
        matches = []
        for start, key in enumerate(keys):
            for number, match_id, tests in self._starts(key):
                end = start + len(tests)
                if end <= len(keys) and all(tests[j](keys[start + j])
                                            for j in range(1, len(tests))):
                    matches.append((number, match_id, start, end))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        """Annotate as `match` then `set_annotations` would, the two fused: a token's final
        attributes are the merge, in rule order, of the rules that write it, which depend on
        its own key and, through the few two-token rules, on the next token's. The one-token
        part is remembered per key (as `_memo_key` groups keys), so most tokens cost a
        look-up and one write. Whatever would reach spaCy's own code (a pattern form not
        indexed, patterns over two tokens, a rule writing a lexeme attribute, an index outside
        its pattern) goes through spaCy's `__call__` unchanged."""
        try:
            self._fast_index()
        except UnsupportedPattern:
            return super().__call__(doc)
        if self._fogofwar_longest > 2 or not all(_TOKEN_ONLY.issuperset(attrs)
                                                 for attrs in self.attrs):
            return super().__call__(doc)
        keys: list[Key] = [tuple(row) for row in doc.to_array(_KEY_IDS).tolist()]
        writes: list[dict[Any, Any]] = []
        extra: dict[int, list[int]] = {}  # token -> rules two-token matches write on it
        for i, key in enumerate(keys):
            singles, merged, pairs = self._by_key(key)
            if singles is None:
                return super().__call__(doc)  # spaCy raises its own error
            if pairs and i + 1 < len(keys):
                for number, test, at in pairs:
                    if test(keys[i + 1]):
                        extra.setdefault(i + at, []).append(number)
            writes.append(merged)
        for i, numbers in extra.items():
            writes[i] = self._merge({*self._by_key(keys[i])[0], *numbers})
        for i, attrs in enumerate(writes):
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _by_key(self, key: Key) -> tuple[Any, dict[Any, Any], tuple[Any, ...]]:
        """For a token with this key: the one-token rules that match it (None when a rule's
        index lies outside its pattern), the attributes they write merged in rule order, and
        the two-token rules starting at it as (rule, test of the next key, token written)."""
        memo_key = self._memo_key(key)
        found = self._fogofwar_keyed.get(memo_key)
        if found is None:
            if len(self._fogofwar_keyed) >= MEMO_SIZE:
                self._fogofwar_keyed.clear()
            singles: list[int] | None = []
            pairs = []
            for number, _, tests in self._starts(key):
                index = self.indices[number]
                at = index if index >= 0 else len(tests) + index
                if not 0 <= at < len(tests):
                    singles = None
                    break
                if len(tests) == 1:
                    singles.append(number)
                else:
                    pairs.append((number, tests[1], at))
            found = ((None, {}, ()) if singles is None
                     else (tuple(singles), self._merge(singles), tuple(pairs)))
            self._fogofwar_keyed[memo_key] = found
        return found

    def _merge(self, numbers: Any) -> dict[Any, Any]:
        """What rules `numbers` write, a later rule's value replacing an earlier one's (as
        spaCy's loop over matches sorted by rule number leaves it)."""
        merged: dict[Any, Any] = {}
        for number in sorted(set(numbers)):
            merged.update(self.attrs[number])
        return merged

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """spaCy's assignments, each token written once: spaCy builds a Span and two Tokens
        per match (about three matches a token), and a later rule's value replaces an earlier
        one's. Merging each token's attributes in match order and writing them with spaCy's
        own `set_token_attrs` leaves every token struct as spaCy's loop does, since each write
        is a plain assignment. A match whose index falls outside it goes to spaCy's loop,
        which raises its own error. Rules that write a lexeme's attributes (shared by every
        token of the word, so the order of writes across tokens counts) or extension
        attributes go to spaCy's loop too."""
        if not all(_TOKEN_ONLY.issuperset(attrs) for attrs in self.attrs):
            super().set_annotations(doc, matches)
            return
        merged: dict[int, dict[Any, Any]] = {}
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                super().set_annotations(doc, matches)
                return
            attrs = self.attrs[attr_id]
            if at in merged:
                merged[at].update(attrs)
            else:
                merged[at] = dict(attrs)
        for at, attrs in merged.items():
            set_token_attrs(doc[at], attrs)


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, remembering every (ORTH, POS, MORPH) it answered."""

    def index_as_sets(self) -> None:
        """Hold each part of speech's word index as a set: spaCy reads it as a list and asks
        `form in index` for every candidate form, a scan of thousands of words each time."""
        table = self.lookups.get_table("lemma_index", {})
        for pos in list(table.keys()):
            if isinstance(table[pos], list):
                table[pos] = frozenset(table[pos])

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_fogofwar_memo", {})
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                value = memo[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            rows[i, 3] = value
        doc.from_array([LEMMA], rows[:, 3:4])
        return doc


def install(nlp: Language) -> list[str]:
    """Swap the model's attribute ruler and lemmatizer for the fast ones where they fit;
    returns the names of the components swapped."""
    swapped = []
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.__class__ = FastAttributeRuler
            try:
                component._fast_index()
            except UnsupportedPattern:
                component.__class__ = AttributeRuler
                continue
            swapped.append(name)
        elif type(component) is EnglishLemmatizer:
            component.__class__ = FastLemmatizer
            component.index_as_sets()
            swapped.append(name)
    return swapped
