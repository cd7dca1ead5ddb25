"""An exact drop-in for the greedy decode of spaCy's entity recognizer, vectorised in numpy.

Measured on 150 news texts (96,000 tokens), en_core_web_sm's `ner.predict` takes about 12 CPU
s, of which only 3-4 s are the component's own encoder and precomputed first layer
(`ner.model.predict`): the rest is spaCy's Cython transition loop (`Parser.greedy_parse` ->
`_parseC`), which for every token of every document calls BLIS once per feature (`saxpy`),
once per step for the output layer (`sgemm`), takes the GIL for an assert, allocates, and asks
all 74 moves' `is_valid` through function pointers. Yet for NER every move consumes exactly one
token, so step t of a document is its token t, and the whole state of a document is "which
entity is open, since which token": the steps of all documents of a batch can be taken at
once, a few numpy calls per token position.

`FastEntityRecognizer.predict` computes what spaCy computes, in the same order, so the
entities are the same by construction, not only as measured:

- the precomputed first layer is spaCy's own (`model.layers[0]` then `layers[1]`, called as
  `ParserStepModel` calls them); a state's hidden vector is, in float32, ((0 + f0) + f1) + f2
  + bias, where f0 is the row of the token at the buffer's front, f1 that of the open
  entity's first token and f2 that of the token before the front (the padding row when no
  entity is open), as `StateC.set_context_tokens` (n == 3) picks them and `sum_state_features`
  adds them; maxout keeps piece 0 if it is strictly greater, else piece 1 (`Vec.arg_max`);
- the output layer is the same BLIS `sgemm` call (`blis.py.gemm`, which reaches the same
  `bli_sgemm_ex` as thinc's `CBlas`), on the same rows in the same order (the unfinished
  states of the batch, in batch order), then the bias; classes never seen in training get
  the batch's minimum score, as `predict_states` does;
- a move's validity is the `is_valid` of spaCy's `Begin`, `In`, `Last`, `Unit`, `Out` and
  `Missing` (ner.pyx), written again over a key that holds everything they read: which
  label's entity is open, the preset ENT_IOB and ENT_TYPE of the front token, the preset
  ENT_IOB and sentence start of the next one, whether the front token is whitespace and
  whether it is the last; the table of every key's valid moves is built once per move set;
- the move taken is the first valid one with the greatest score (`arg_max_if_valid`); a
  state with no valid move stops, as `force_final` stops it;
- the moves are then replayed on spaCy's own `StateClass` objects (`open_ent`, `close_ent`,
  `push`, `pop`: what the transitions do), so `set_annotations` stays spaCy's and writes
  `doc.ents`, ENT_IOB, ENT_TYPE and KB ids exactly as it does after spaCy's own decode.

Anything else goes to spaCy's own `predict`: beam search (`beam_width` > 1), a model without
the upper layer or with other feature counts (`nF` != 3, as with `extra_state_tokens`) or
maxout pieces (`nP` != 2), a transition system other than `BiluoPushDown`, GPU ops, or a
first layer whose output is not a numpy array. NaN scores (which a trained model does not
produce) are the one case where numpy's comparisons could pick otherwise than spaCy's loop.
`FOGOFWAR_FAST_NER=0` keeps spaCy's decode, to compare.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from blis.py import gemm
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.tokens import Doc
from thinc.api import CupyOps, set_dropout_rate

MISSING, BEGIN, IN, LAST, UNIT, OUT = range(6)
_TYPES = {"M": MISSING, "B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
#: Preset ENT_IOB values as the `is_valid` functions tell them apart: missing and O (0 and 2)
#: are never told apart, I is 1 and B is 3. A token's IOB class is its index here.
_IOB_VALUES = (0, 1, 3)
_IOB_CLASS = np.array([0, 1, 0, 2])


def _cascade(n: int, branches: list[tuple[Any, Any]], default: bool) -> np.ndarray:
    """An if/elif chain over n keys: the value of the first branch whose condition holds."""
    out = np.full(n, default)
    done = np.zeros(n, bool)
    for cond, value in branches:
        take = np.broadcast_to(cond, (n,)) & ~done
        out[take] = np.broadcast_to(value, (n,))[take]
        done |= take
    return out


class MoveTables:
    """A BiluoPushDown move set as arrays: each move's type, label, label index (1..K, 0 for
    no label), what it does to the open entity, and which moves are valid for each state key.

    A state key is `code * n_token_keys + token_key`: `code` is 0 when no entity is open, else
    the open entity's label index; `token_key` packs the front token's preset IOB class and
    label (0 none, 1..K a move label, K + 1 any other), the next token's preset IOB class and
    whether it starts a sentence, whether the front token is whitespace and whether a next
    token exists."""

    def __init__(self, moves: BiluoPushDown, strings: Any) -> None:
        self.names = tuple(moves.get_class_name(i) for i in range(moves.n_moves))
        types, hashes = [], []
        for name in self.names:
            if name in ("O", "M"):
                move, label = _TYPES[name], 0
            elif name[:1] in _TYPES and name[1:2] == "-":
                move, label = _TYPES[name[0]], strings[name[2:]]
            else:
                raise ValueError(f"unknown move {name!r}")
            if moves.move_name(move, label) != name:
                raise ValueError(f"move {name!r} does not read back")
            types.append(move)
            hashes.append(label)
        self.types = np.array(types)
        self.labels = np.array(hashes, dtype=np.uint64)
        distinct = list(dict.fromkeys(h for h in hashes if h))
        self.n_labels = len(distinct)
        self.label_index = np.array([distinct.index(h) + 1 if h else 0 for h in hashes])
        self._sorted = np.array(sorted(distinct), dtype=np.uint64)
        self._sorted_index = np.array([distinct.index(h) + 1 for h in sorted(distinct)] or [0])
        # what a move does to `code`: -1 keeps it, 0 closes the entity, k opens label k
        self.next_code = np.where(self.types == BEGIN, self.label_index,
                                  np.where((self.types == LAST) | (self.types == UNIT), 0, -1))
        self.event = np.append(np.isin(self.types, (BEGIN, LAST, UNIT)), False)  # [-1]: none
        self._shape = (self.n_labels + 1, 3, self.n_labels + 2, 3, 2, 2, 2)
        self.n_token_keys = int(np.prod(self._shape[1:]))
        self.invalid = ~self._valid_table()
        #: keys under which no move is valid (none is reachable, but spaCy handles them)
        self.dead = self.invalid.all(axis=1)
        self.dead_keys = bool(self.dead.any())
        #: labels that have all four entity moves: a doc whose preset types are all among
        #: them makes spaCy's `_ensure_labels_are_added` add nothing
        self.complete = frozenset(
            h for h in distinct
            if {BEGIN, IN, LAST, UNIT} <= set(self.types[self.labels == h].tolist()))

    def token_keys(self, iob: np.ndarray, ent_type: np.ndarray, sent_start: np.ndarray,
                   space: np.ndarray, last: np.ndarray) -> np.ndarray:
        """The token part of the state key of every token (arrays over a batch's tokens;
        `last` marks each document's last token)."""
        iob_class = _IOB_CLASS[iob]
        label = np.where(ent_type == 0, 0, self.n_labels + 1)
        if self.n_labels:
            found = np.searchsorted(self._sorted, ent_type).clip(0, self.n_labels - 1)
            known = (self._sorted[found] == ent_type) & (ent_type != 0)
            label = np.where(known, self._sorted_index[found], label)
        next_class = np.zeros_like(iob_class)
        next_class[:-1] = iob_class[1:]
        next_start = np.zeros_like(sent_start)
        next_start[:-1] = sent_start[1:]
        next_class[last] = 0  # past the end, spaCy reads an empty token: IOB 0, no start
        next_start[last] = False
        _, n_iob, n_label, n_next, _, _, _ = self._shape
        return ((((iob_class * n_label + label) * n_next + next_class) * 2 + next_start) * 4
                + space * 2 + ~last)

    def _valid_table(self) -> np.ndarray:
        """valid[key, move], from spaCy's `is_valid` functions applied to every key."""
        grid = np.indices(self._shape).reshape(len(self._shape), -1)
        code, iob0, ptype, iob1, start1, space0, has_next = grid
        iob0 = np.array(_IOB_VALUES)[iob0]
        iob1 = np.array(_IOB_VALUES)[iob1]
        start1, space0, has_next = start1 == 1, space0 == 1, has_next == 1
        is_open = code > 0
        n = code.size
        valid = np.zeros((n, len(self.names)), bool)
        for m, (move, label) in enumerate(zip(self.types, self.label_index, strict=True)):
            if move == BEGIN:
                valid[:, m] = _cascade(n, [
                    (is_open, False),
                    (~has_next, False),  # buffer_length() < 2
                    (label == 0, False),
                    (iob0 == 1, False),
                    (iob0 == 3, (label == ptype) & (iob1 == 1)),
                    (iob1 == 3, False),
                    (start1, False),
                    (space0, False),
                ], True)
            elif move == IN:
                valid[:, m] = _cascade(n, [
                    (~is_open, False),
                    (~has_next, False),
                    (label == 0, False),
                    (code != label, False),
                    (iob0 == 3, False),
                    (iob1 == 3, False),
                    (iob0 == 1, (iob1 != 0) & (label == ptype)),  # iob1 0 stands for 0 and 2
                    (has_next & start1, False),
                ], True)
            elif move == LAST:
                valid[:, m] = _cascade(n, [
                    (label == 0, False),
                    (~is_open, False),
                    ((iob0 == 1) & (iob1 != 1), label == ptype),
                    (code != label, False),
                    (iob1 == 1, False),
                ], True)
            elif move == UNIT:
                valid[:, m] = _cascade(n, [
                    (label == 0, (ptype == 0) & (iob0 == 3)),
                    (is_open, False),
                    (iob1 == 1, False),
                    (iob0 == 3, label == ptype),
                    (space0, False),
                ], True)
            elif move == OUT:
                valid[:, m] = _cascade(n, [
                    (is_open, False),
                    (iob0 == 3, False),
                    (iob0 == 1, False),
                ], True)
        return valid


def _supported(component: EntityRecognizer) -> bool:
    """Whether the component's model and moves are of the kind the fast decode replicates."""
    model = component.model
    try:
        lower = model.get_ref("lower")
        return (isinstance(component.moves, BiluoPushDown) and model.attrs.get("has_upper")
                and len(model.layers) == 3 and lower.get_dim("nF") == 3
                and lower.get_dim("nP") == 2 and component.cfg.get("beam_width") == 1
                and not isinstance(model.ops, CupyOps))
    except (KeyError, ValueError, AttributeError):
        return False


def share(cls: Any, ner: EntityRecognizer) -> Any:
    """A component of class `cls` (EntityRecognizer or a subclass) sharing `ner`'s vocab,
    model, moves, config and scorer: spaCy's classes are extension types, whose class cannot
    be swapped in place."""
    cfg = ner.cfg
    new = cls(ner.vocab, ner.model, ner.name, ner.moves,
              update_with_oracle_cut_size=cfg["update_with_oracle_cut_size"],
              beam_width=cfg["beam_width"], beam_density=cfg["beam_density"],
              beam_update_prob=cfg["beam_update_prob"],
              incorrect_spans_key=cfg["incorrect_spans_key"], scorer=ner.scorer)
    new.cfg = cfg
    new._multitasks = ner._multitasks
    new._rehearsal_model = ner._rehearsal_model
    return new


class FastEntityRecognizer(EntityRecognizer):
    """spaCy's EntityRecognizer whose greedy decode runs vectorised over a batch's states."""

    @classmethod
    def from_component(cls, ner: EntityRecognizer) -> FastEntityRecognizer:
        """A copy of `ner` sharing its vocab, model, moves, config and scorer."""
        return share(cls, ner)

    def _move_tables(self) -> MoveTables:
        names = tuple(self.moves.get_class_name(i) for i in range(self.moves.n_moves))
        tables = self.__dict__.get("_fogofwar_tables")
        if tables is None or tables.names != names:
            tables = self.__dict__["_fogofwar_tables"] = MoveTables(self.moves, self.vocab.strings)
        return tables

    def predict(self, docs: Any) -> list[Any]:
        if isinstance(docs, Doc):
            docs = [docs]
        if not any(len(doc) for doc in docs) or not _supported(self):
            return super().predict(docs)
        attrs = np.concatenate([doc.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE])
                                for doc in docs if len(doc)])
        tables = self._move_tables()
        if not tables.complete.issuperset(set(np.unique(attrs[:, 1]).tolist()) - {0}):
            # spaCy adds the moves of preset labels the model lacks (and resizes its output)
            self._ensure_labels_are_added(docs)
            tables = self._move_tables()
        set_dropout_rate(self.model, 0.0)
        batch = self.moves.init_batch(docs)
        tok2vec, lower, upper = self.model.layers
        tokvecs, _ = tok2vec(docs, is_train=False)
        cached, _ = lower(tokvecs, False)
        if not isinstance(cached, np.ndarray):
            return super().predict(docs)
        guesses = _decode(tables, docs, attrs, cached, lower.get_param("b"), upper.get_param("W"),
                          upper.get_param("b"), sorted(self.model.attrs["unseen_classes"]))
        _replay(tables, batch, docs, guesses)
        return batch


def _decode(tables: MoveTables, docs: list[Doc], attrs: np.ndarray, cached: np.ndarray,
            feat_bias: np.ndarray, upper_w: np.ndarray, upper_b: np.ndarray,
            unseen: list[int]) -> np.ndarray:
    """The move each state takes at each step: guesses[t, doc] (-1 once it has stopped).

    A state's hidden vector is ((0 + f0) + f1) + f2 + bias, maxed out; with no entity open,
    f1 and f2 are the padding rows, so for those states (most of them) it is a function of
    the front token alone, computed for every token of the batch at once. The states with an
    open entity are summed step by step, in the same order."""
    lengths = np.array([len(doc) for doc in docs])
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    last = np.zeros(len(attrs), bool)
    last[(offsets + lengths - 1)[lengths > 0]] = True
    token_keys = tables.token_keys(attrs[:, 0].astype(np.intp), attrs[:, 1],
                                   attrs[:, 2] == 1, attrs[:, 3] != 0, last)
    row_keys = np.concatenate([[0], token_keys])  # by cached row: token i is row i + 1
    n_rows, _, n_hidden, n_pieces = cached.shape
    width = n_hidden * n_pieces
    front = np.zeros((n_rows, width), np.float32)
    front += cached[:, 0].reshape(n_rows, width)  # 0 + f0, as spaCy adds it to zeros
    start_of, before = cached[:, 1].reshape(n_rows, width), cached[:, 2].reshape(n_rows, width)
    feat_bias = np.ascontiguousarray(feat_bias, dtype=np.float32).reshape(width)
    closed = front + start_of[0]
    closed += before[0]
    closed += feat_bias
    closed_best = _maxout(closed, n_hidden, n_pieces)
    upper_w = np.ascontiguousarray(upper_w, dtype=np.float32)
    upper_b = np.ascontiguousarray(upper_b, dtype=np.float32)
    n_token_keys = tables.n_token_keys
    invalid, next_code = tables.invalid, tables.next_code

    doc_of = np.flatnonzero(lengths)          # the unfinished states, in batch order
    first_row = offsets[doc_of] + 1
    length = lengths[doc_of]
    code = np.zeros(len(doc_of), np.intp)     # open entity's label index, 0 when none
    code_key = np.zeros(len(doc_of), np.intp)  # code * n_token_keys
    open_row = np.zeros(len(doc_of), np.intp)  # cached row of the open entity's first token
    guesses = np.full((int(lengths.max()), len(docs)), -1, np.intp)
    finish = int(length.min())
    for t in range(guesses.shape[0]):
        if t >= finish:
            keep = length > t
            doc_of, first_row, length = doc_of[keep], first_row[keep], length[keep]
            code, code_key, open_row = code[keep], code_key[keep], open_row[keep]
            finish = int(length.min())
        row = first_row + t
        best = closed_best[row]
        if code.any():
            is_open = code.nonzero()[0]
            at = row[is_open]
            hidden = front[at]
            hidden += start_of[open_row[is_open]]
            hidden += before[at - 1]
            hidden += feat_bias
            best[is_open] = _maxout(hidden, n_hidden, n_pieces)
        scores = gemm(best, upper_w, trans2=True, beta=0.0)
        scores += upper_b
        if unseen:
            scores[:, unseen] = scores.min()
        key = code_key + row_keys[row]
        np.copyto(scores, -np.inf, where=invalid[key])
        guess = scores.argmax(axis=1)
        if tables.dead_keys:
            dead = tables.dead[key]
            if dead.any():  # no valid move: spaCy's force_final ends the state here
                guess[dead] = -1
                length = np.where(dead, t + 1, length)
                finish = t + 1
        guesses[t, doc_of] = guess
        new = next_code[guess]
        changed = new >= 0
        if changed.any():
            changed = changed.nonzero()[0]
            code[changed] = new[changed]
            code_key[changed] = new[changed] * n_token_keys
            open_row[changed] = row[changed]
    return guesses


def _maxout(hidden: np.ndarray, n_hidden: int, n_pieces: int) -> np.ndarray:
    """Each unit's piece 0 if it is strictly greater than piece 1, else piece 1, as thinc's
    `Vec.arg_max` picks between two pieces."""
    pieces = hidden.reshape(len(hidden), n_hidden, n_pieces)
    return np.where(pieces[:, :, 0] > pieces[:, :, 1], pieces[:, :, 0], pieces[:, :, 1])


def _replay(tables: MoveTables, batch: list[Any], docs: list[Doc], guesses: np.ndarray) -> None:
    """Apply each state's moves to spaCy's StateClass as the transitions do: Begin opens an
    entity at the front token, Last closes it after it, Unit does both; every move then
    pushes and pops the front token."""
    types, labels = tables.types.tolist(), tables.labels.tolist()
    for i, (state, doc) in enumerate(zip(batch, docs, strict=True)):
        column = guesses[:len(doc), i]
        done = 0
        for at in np.flatnonzero(tables.event[column]).tolist():
            for _ in range(at - done):
                state.push()
                state.pop()
            move = int(column[at])
            if types[move] != LAST:
                state.open_ent(labels[move])
            if types[move] != BEGIN:
                state.close_ent()
            state.push()
            state.pop()
            done = at + 1
        for _ in range(len(doc) - done):
            state.push()
            state.pop()


def install(nlp: Language) -> list[str]:
    """Put a FastEntityRecognizer in place of each spaCy EntityRecognizer of the pipeline
    whose model it replicates (same name, place, model, moves and config); returns the names
    of the components replaced."""
    swapped = []
    for i, (name, component) in enumerate(nlp._components):
        if type(component) is EntityRecognizer and _supported(component):
            nlp._components[i] = (name, FastEntityRecognizer.from_component(component))
            swapped.append(name)
    return swapped
