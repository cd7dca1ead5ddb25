"""The vectorised entity decode gives exactly spaCy's entities, token by token."""

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

from fogofwar import config
from fogofwar.annotate import load_base_model, pipeline
from fogofwar.annotate.fast_ner import BEGIN, FastEntityRecognizer, MoveTables, install

CONFLICT = Path(__file__).resolve().parents[2] / "bench" / "data" / "conflict"
SEEDS = resources.files("fogofwar") / "data" / "demo"
ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]

# Texts that reach the hard cases: pack names the entity ruler presets (one and several tokens,
# at a sentence's start and end, next to entities the model finds), entities across sentence
# boundaries and line breaks, runs of whitespace tokens, one-token and empty docs.
TEXTS = [
    "Hayat Tahrir al-Sham fighters attacked Syrian Army positions near Saraqeb and Idlib. "
    "Damascus said on Tuesday that Russian jets had struck Maarat al-Numan.",
    "The Syrian Observatory for Human Rights said 14 civilians were killed in Idlib.\n\n"
    "Aleppo\n\nTurkish President Recep Tayyip Erdogan met Vladimir Putin in Moscow.",
    "Reuters",
    "",
    "Idlib",
    "   \n\t  ",
    "The UN Security Council met in New York.   The World Health Organization\n\n"
    "said  that  Médecins Sans Frontières  and the Red Cross had left Gaza City on 5 March 2024.",
    "Al-Shabaab claimed the attack in Mogadishu; the African Union Transition Mission in "
    "Somalia (ATMIS) and Kenya Defence Forces responded. U.S. Africa Command said so.",
    "Boko Haram. ISWAP. Lagos. Abuja. Maiduguri. Nigeria. Niger. Chad. Cameroon.",
    "He said: \"We are in Kharkiv.\" Zelensky said Ukraine's Armed Forces of Ukraine held "
    "Bakhmut.\nKyiv Independent",
    # the model would carry these entities over the parser's sentence boundary (a headline
    # and a dateline from the gold-set texts), which the In move forbids
    "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear’",
    "PLYMOUTH CO. - A suspect in an early February farm auction was arrested.",
]


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())
            if p.name.endswith(".txt")]


def _dev_articles(n: int) -> list[str]:
    texts = []
    for line in (CONFLICT / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("split") == "dev":
            texts.append((CONFLICT / record["file"]).read_text(encoding="utf-8"))
        if len(texts) == n:
            break
    return texts


def _entities(doc: Doc) -> tuple:
    return (doc.to_array(ENT_ATTRS).tolist(),
            [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents])


@pytest.fixture(scope="module")
def pipelines():
    """The annotating pipeline with spaCy's decode and with the fast one (`load_nlp` unwrapped
    from its cache, so that each has its own model)."""
    config_fast = config.fast_ner
    try:
        config.fast_ner = lambda: False
        plain = pipeline.load_nlp.__wrapped__()
    finally:
        config.fast_ner = config_fast
    fast = pipeline.load_nlp.__wrapped__()
    return plain, fast


def test_load_nlp_installs_the_fast_decode_in_place(pipelines):
    plain, fast = pipelines
    assert type(plain.get_pipe("ner")) is EntityRecognizer
    assert isinstance(fast.get_pipe("ner"), FastEntityRecognizer)
    assert fast.pipe_names == plain.pipe_names
    ner, theirs = fast.get_pipe("ner"), plain.get_pipe("ner")
    assert ner.cfg == theirs.cfg and ner.labels == theirs.labels
    assert fast.config["components"]["ner"] == plain.config["components"]["ner"]


def test_switch(monkeypatch):
    monkeypatch.setenv("FOGOFWAR_FAST_NER", "0")
    assert not config.fast_ner()
    monkeypatch.delenv("FOGOFWAR_FAST_NER")
    assert config.fast_ner()


def _compare(plain, fast, texts, batch_size=32):
    mine = list(fast.pipe(texts, batch_size=batch_size))
    theirs = list(plain.pipe(texts, batch_size=batch_size))
    for a, b in zip(mine, theirs, strict=True):
        assert _entities(a) == _entities(b), a.text[:80]
    return mine


def test_hard_cases_identical_to_spacy(pipelines):
    plain, fast = pipelines
    docs = _compare(plain, fast, TEXTS)
    # the cases are reached: preset entities of several tokens (the ruler runs before NER),
    # entities the model adds, empty and one-token docs, whitespace tokens
    with fast.select_pipes(disable=["ner"]):
        preset = list(fast.pipe(TEXTS))
    assert any(len(e) > 1 for d in preset for e in d.ents)
    assert sum(len(d.ents) for d in docs) > sum(len(d.ents) for d in preset)
    assert [len(d) for d in docs[2:4]] == [1, 0]
    assert any(t.is_space for d in docs for t in d)


def test_seeds_and_dev_articles_identical_to_spacy(pipelines):
    plain, fast = pipelines
    texts = _seeds() + _dev_articles(12)
    assert len(texts) == 17
    docs = _compare(plain, fast, texts)
    assert sum(len(d.ents) for d in docs) > 500


def test_mixed_batch_of_long_and_short_docs(pipelines):
    # one batch holds a long doc (many steps alone at its end) and several short ones; spaCy
    # sorts a batch by length into sub-batches of batch_size // 4
    plain, fast = pipelines
    long = " ".join(_seeds())
    texts = ["Idlib", long, "", "Russian jets struck Idlib.", TEXTS[1], "Reuters", long[:900]]
    _compare(plain, fast, texts, batch_size=8)
    _compare(plain, fast, texts, batch_size=1000)


def test_every_token_of_a_batch_called_directly(pipelines):
    # predict on a batch in the caller's order (not sorted by length), then set_annotations
    plain, fast = pipelines
    with fast.select_pipes(disable=["ner"]):
        docs = list(fast.pipe(TEXTS + _seeds()))
    ours, spacys = [d.copy() for d in docs], [d.copy() for d in docs]
    ner = fast.get_pipe("ner")
    ner.set_annotations(ours, ner.predict(ours))
    ner.set_annotations(spacys, EntityRecognizer.predict(ner, spacys))
    assert [_entities(d) for d in ours] == [_entities(d) for d in spacys]


def _preset(nlp, text, ents=(), blocked=(), missing=()):
    """A doc parsed by `nlp` without NER, with these entity spans preset."""
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    doc.set_ents([doc.char_span(*s, label=label) for *s, label in ents],
                 blocked=[doc[a:b] for a, b in blocked], missing=[doc[a:b] for a, b in missing],
                 default="unmodified")
    return doc


def test_blocked_missing_and_unknown_labels_identical_to_spacy():
    # presets the entity ruler does not make: blocked tokens (the "U-" move), missing spans
    # (the model decides), and a label the model lacks, which spaCy adds as new moves and
    # output rows marked unseen (their scores become the batch's minimum)
    plain, fast = load_base_model(), load_base_model()
    assert install(fast) == ["ner"]
    text = ("Russian forces shelled Kharkiv on Monday. The Kalibr missile hit Odesa, and "
            "Ukraine's Defence Ministry said the Shahed drones came from Iran.")

    def docs(nlp):
        return [_preset(nlp, text, ents=[(text.index("Kalibr"), text.index("Kalibr") + 6,
                                          "WEAPON")], blocked=[(0, 1), (4, 5)]),
                _preset(nlp, text, missing=[(0, 8)]),
                _preset(nlp, text, ents=[(0, 7, "NORP"), (23, 30, "GPE")]),
                _preset(nlp, "Kalibr")]

    ours, spacys = docs(fast), docs(plain)
    for nlp, batch in ((fast, ours), (plain, spacys)):
        ner = nlp.get_pipe("ner")
        ner.set_annotations(batch, ner.predict(batch))
    assert [_entities(d) for d in ours] == [_entities(d) for d in spacys]
    ner = fast.get_pipe("ner")
    assert "WEAPON" in ner.labels and ner.model.attrs["unseen_classes"]
    assert any(e.label_ == "WEAPON" for e in ours[0].ents)
    assert ours[0][0].ent_iob_ == "B" and ours[0][0].ent_type == 0  # blocked stays blocked


def test_move_tables_read_the_model_moves():
    ner = load_base_model().get_pipe("ner")
    tables = MoveTables(ner.moves, ner.vocab.strings)
    assert len(tables.names) == ner.moves.n_moves == 74
    assert tables.n_labels == len(ner.labels) == 18
    # a Begin move opens its own label, and an entity's four moves are all there
    b_org = tables.names.index("B-ORG")
    assert tables.types[b_org] == BEGIN
    assert tables.next_code[b_org] == tables.label_index[tables.names.index("L-ORG")] > 0
    assert tables.complete == frozenset(tables.labels[tables.labels > 0].tolist())


def test_beam_search_stays_spacys():
    nlp = load_base_model()
    ner = nlp.get_pipe("ner")
    ner.cfg["beam_width"] = 4
    assert install(nlp) == []  # nothing the fast decode replicates: left as it was
    assert type(nlp.get_pipe("ner")) is EntityRecognizer
    fast = FastEntityRecognizer.from_component(ner)
    with nlp.select_pipes(disable=["ner"]):
        docs = [nlp(TEXTS[0]), nlp(TEXTS[1])]
    beams = fast.predict(docs)
    assert not hasattr(beams[0], "push")  # spaCy's beam search ran, not the greedy decode
