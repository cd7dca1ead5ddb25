"""annotate: spaCy tokens, parse and entities, with pack-driven entity rulers."""

from .pipeline import annotate, load_nlp

__all__ = ["annotate", "load_nlp"]
