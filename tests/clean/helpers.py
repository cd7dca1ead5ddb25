"""Shared by the page tests: a page of lines through the clean stage, and the rule that took
each removed line."""

from __future__ import annotations

from fogofwar.clean import Cleaner
from fogofwar.records import Document


def clean(lines: list[str], **meta):
    """The cleaned article of one page given as lines (`meta`: url, outlet ... as ingest has)."""
    (article,) = Cleaner().clean_batch([Document(source="p", text="\n".join(lines), **meta)])
    return article


def rules_of(article) -> dict[str, str]:
    """Each removed line and the rule that removed it."""
    return dict(zip(article.removed, article.removed_rules, strict=True))
