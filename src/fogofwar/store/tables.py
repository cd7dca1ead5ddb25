"""The store's tables as SQLAlchemy Core metadata: what queries are written against.

The schema is normalised so that each thing the pipeline finds is a row that SQL can filter
(events by type and date, claims by claimant side, figures by category) rather than a blob.
A mention or place that belongs to one claim or event (a claimant, an event's actor, target or
place) is kept as prefixed columns on that row, because it is one-to-one and queries join on it.
Only portable Core types are used, so the same tables work on SQLite and PostgreSQL.

This module must match the Alembic migrations; a test checks that the migrated database and
this metadata do not differ.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    false,
)

metadata = MetaData()

#: Fields of a Mention and a Place, in records.py order; shared by the inline column groups.
MENTION_FIELDS = ("text", "start", "end", "actor_id", "name", "country", "sector", "side",
                  "actor_class")
#: A claim's source as written in its own sentence (records.SourceSpan).
SOURCE_FIELDS = ("text", "start", "end")
PLACE_FIELDS = ("text", "start", "end", "name", "geonames_id", "lat", "lon", "country",
                "admin1", "feature_code", "precision", "within")
_SPAN = ("text", "start", "end")
_TYPES = {"start": Integer, "end": Integer, "geonames_id": Integer, "lat": Float, "lon": Float}


def _article_fk() -> Column:
    return Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True)


def prefixed(prefix: str, fields: tuple[str, ...]) -> list[Column]:
    """Nullable columns `<prefix>_<field>` holding one inline Mention or Place."""
    return [Column(f"{prefix}_{f}", _TYPES.get(f, Text)) for f in fields]


articles = Table(
    "articles", metadata,
    Column("id", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("original_outlet", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("published", Date),
    Column("published_precision", Text),
    Column("text", Text, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("duplicate_of", Text),
    Column("fingerprint", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("removed_rules", JSON),
    Column("published_from", Text),
    Index("ix_articles_published_id", "published", "id"),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
)

article_lines = Table(
    "article_lines", metadata,
    _article_fk(),
    Column("line_key", Text, primary_key=True),
    Column("outlet", Text, nullable=False),
    Index("ix_article_lines_outlet_key", "outlet", "line_key"),
)

#: LSH band keys of each article's MinHash fingerprint (clean/dedup.py): a new article's
#: syndicated-copy candidates are the stored articles sharing a key, found by the index
#: instead of an in-memory LSH over the whole corpus.
article_bands = Table(
    "article_bands", metadata,
    _article_fk(),
    Column("band", Integer, primary_key=True),
    Column("band_key", BigInteger, nullable=False),
    Index("ix_article_bands_key", "band_key"),
)

mentions = Table(
    "mentions", metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True),
    *[Column(f, _TYPES.get(f, Text), nullable=f not in _SPAN) for f in MENTION_FIELDS],
    Index("ix_mentions_actor_id", "actor_id"),
)

places = Table(
    "places", metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True),
    *[Column(f, _TYPES.get(f, Text), nullable=f not in _SPAN) for f in PLACE_FIELDS],
    Column("role", Text, nullable=False, server_default="location"),
    Column("in_title", Boolean, nullable=False, server_default=false()),
    Index("ix_places_geonames_id", "geonames_id"),
)

claims = Table(
    "claims", metadata,
    _article_fk(),
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Boolean, nullable=False),
    Column("cue", Text),
    Column("hedge", Text),
    Column("narrator", Boolean, nullable=False),
    Column("chain", JSON, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    *prefixed("claimant", MENTION_FIELDS),
    *prefixed("source", SOURCE_FIELDS),
    Column("relays", JSON),
    Column("in_title", Boolean, nullable=False, server_default=false()),
    Index("ix_claims_claimant_side", "claimant_side"),
)

events = Table(
    "events", metadata,
    _article_fk(),
    Column("id", Text, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    *prefixed("actor", MENTION_FIELDS),
    *prefixed("target", MENTION_FIELDS),
    *prefixed("place", PLACE_FIELDS),
    Column("date", Date),
    Column("date_precision", Text),
    Column("claim_id", Text),
    Column("sentence", Text, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("trigger", Text),
    Column("place_inherited", Boolean, nullable=False, server_default=false()),
    Column("date_inherited", Boolean, nullable=False, server_default=false()),
    Column("in_title", Boolean, nullable=False, server_default=false()),
    Column("background", Boolean, nullable=False, server_default=false()),
    Column("trigger_lemma", Text),
    Column("trigger_pos", Text),
    Column("trigger_dep", Text),
    Column("confidence", Float),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_date", "date"),
)

figures = Table(
    "figures", metadata,
    _article_fk(),
    Column("owner_kind", Text, primary_key=True),  # claim | event
    Column("owner_id", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("approx", Boolean, nullable=False),
    Column("counts", Text),
    Column("category", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_figures_category", "category"),
)

# Incidents are derived data (reconcile), stored so that their ids are stable across runs and
# only the incidents a new article touches are recomputed. `payload` is the export record.
incidents = Table(
    "incidents", metadata,
    Column("id", Text, primary_key=True),
    Column("type", Text, nullable=False),
    Column("date_start", Text),
    Column("date_end", Text),
    Column("n_articles", Integer, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_date_start", "date_start"),
)

incident_events = Table(
    "incident_events", metadata,
    _article_fk(),
    Column("event_id", Text, primary_key=True),
    Column("incident_id", Text, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Index("ix_incident_events_incident", "incident_id"),
)

#: Articles whose events have been reconciled; the rest are new to the next reconcile run.
reconciled_articles = Table(
    "reconciled_articles", metadata,
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

#: Feed items `watch` has dealt with: an item stored, refused, or failed too often is not
#: fetched again, so a restarted watcher does not duplicate work. Keyed by feed and the item's
#: id (else its link).
feed_items = Table(
    "feed_items", metadata,
    Column("feed_url", Text, primary_key=True),
    Column("item_key", Text, primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("published", Text),
    Column("status", Text, nullable=False),  # stored | failed | refused
    Column("attempts", Integer, nullable=False),
    Column("error", Text),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_tried", DateTime(timezone=True), nullable=False),
)

#: `watch` asks whether an item's page is already stored under its URL (crash between the
#: article's write and the item's record).
Index("ix_articles_url", articles.c.url)
