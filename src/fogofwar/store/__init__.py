"""Store: SQLAlchemy Core over SQLite or PostgreSQL; one transaction per article."""

from .store import Store, open_store

__all__ = ["Store", "open_store"]
