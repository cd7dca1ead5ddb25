"""The web interface: a FastAPI JSON API and a server-rendered dashboard (extra `web`)."""

from .app import Settings, create_app
from .serve import serve

__all__ = ["Settings", "create_app", "serve"]
