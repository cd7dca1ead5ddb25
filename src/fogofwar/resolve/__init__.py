"""resolve: actors, places (with the gazetteer), dates and figures."""

from .actors import lookup_actor, resolve_actors
from .dates import resolve_dates
from .figures import parse_figures
from .gazetteer import load_geonames
from .places import resolve_places

__all__ = ["load_geonames", "lookup_actor", "parse_figures", "resolve_actors", "resolve_dates",
           "resolve_places"]
