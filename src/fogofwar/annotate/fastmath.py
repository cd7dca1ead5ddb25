"""Matrix products of the model's layers through numpy's BLAS instead of thinc's bundled BLIS.

Half of en_core_web_sm's time is the matrix products of its convolutional layers (tok2vec and
NER's own encoder, `maxout`) and of the parsers' precomputed first layer. thinc computes them
with the BLIS library bundled in the `blis` wheel, which can end up on BLIS's generic reference
kernel: on the AMD EPYC (AVX-512) this was measured on, `BLIS_ARCH_DEBUG=1` prints "selecting
sub-configuration 'generic'" (whatever `BLIS_ARCH_TYPE` asks for), and a
20,000 x 288 by 288 x 288 product takes 0.15 CPU s against 0.04 s in numpy's OpenBLAS.

`install` hands the model's layers thinc's own `NumpyOps(use_blis=False)`, whose `gemm` is
`numpy.dot`; everything else those ops compute is unchanged, and the parsers' transition loop
keeps its own BLIS calls. numpy's BLAS is held to one thread, as BLIS ran: with two, each small
product cost up to eight times the CPU in threads waiting on each other, and N worker
processes each starting threads would fight over the same cores.

The two libraries add in different orders, so activations can differ in the last bits of a
float: this is the one speed-up here that is exact only as measured, not by construction (on
the 402 gold-set news texts every token's tag, lemma, parse and entity came out the same;
README, "Speed and memory"), so `FOGOFWAR_FAST_GEMM=0` keeps thinc's BLIS.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def install(nlp: Language) -> list[str]:
    """Give every thinc layer of the pipeline's components numpy's gemm; returns the names of
    the components changed. Layers on another backend (a GPU) are left alone."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    changed = []
    for name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        layers = [layer for layer in model.walk() if type(layer.ops) is NumpyOps]
        for layer in layers:
            layer.ops = ops
        if layers:
            changed.append(name)
    return changed
