"""annotate: spaCy tokens, parse and entities, with pack-driven entity rulers."""

from .pipeline import annotate, load_base_model, load_nlp

__all__ = ["annotate", "load_base_model", "load_nlp"]
