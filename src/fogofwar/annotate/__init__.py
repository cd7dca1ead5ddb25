"""annotate: spaCy tokens, parse and entities, with pack-driven entity rulers."""

from .pipeline import annotate, doc_text, load_base_model, load_nlp

__all__ = ["annotate", "doc_text", "load_base_model", "load_nlp"]
