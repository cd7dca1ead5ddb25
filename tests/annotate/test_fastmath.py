"""numpy's gemm in the model's layers: every trainable component changed, annotations unchanged."""

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from fogofwar import config
from fogofwar.annotate import load_base_model
from fogofwar.annotate.fastmath import install

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

# News prose of several shapes: wire copy with a toll and a source, a quote with a dateline,
# a long sentence of names and places, a list-like line, whitespace and an empty text.
TEXTS = [
    "Russian jets struck Idlib on Tuesday, killing 14 civilians, the Syrian Observatory said.",
    "DAMASCUS (Reuters) - “We will not retreat,” the commander told reporters, adding that "
    "losses near Saraqeb and Maarat al-Numan were heavier than the ministry admitted.",
    "Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin met in "
    "Moscow on March 5, 2020, and agreed a ceasefire along the M4 highway from Latakia to "
    "Aleppo, with joint patrols starting on March 15.\n\nThe UN said 900,000 people had fled.",
    "Casualties: 3 soldiers, 2 police officers; 11 wounded.   Updated 14:02 GMT",
    "   \n",
    "",
]


@pytest.fixture(scope="module")
def models():
    plain, fast = load_base_model(), load_base_model()
    changed = install(fast)
    return plain, fast, changed


def test_every_trainable_component_gets_numpy_gemm(models):
    plain, fast, changed = models
    assert changed == ["tok2vec", "tagger", "parser", "ner"]
    for name in changed:
        layers = list(fast.get_pipe(name).model.walk())
        assert layers and all(not layer.ops.use_blis for layer in layers), name
    # the other copy of the model is untouched: install changes only the pipeline given
    assert all(layer.ops.use_blis for layer in plain.get_pipe("ner").model.walk())


def test_blas_held_to_one_thread(models):
    assert all(pool["num_threads"] == 1 for pool in threadpool_info()
               if pool["user_api"] == "blas" and pool["internal_api"] != "blis")


def test_annotations_identical_to_blis(models):
    plain, fast, _ = models
    for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), a.text
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]


def test_gemm_is_numpys_product():
    ops = NumpyOps(use_blis=False)
    x = ops.xp.arange(6, dtype="f").reshape(2, 3)
    y = ops.xp.arange(12, dtype="f").reshape(4, 3)
    assert ops.gemm(x, y, trans2=True).tolist() == (x @ y.T).tolist()


def test_switch(monkeypatch):
    monkeypatch.setenv("FOGOFWAR_FAST_GEMM", "0")
    assert not config.fast_gemm()
    monkeypatch.delenv("FOGOFWAR_FAST_GEMM")
    assert config.fast_gemm()
