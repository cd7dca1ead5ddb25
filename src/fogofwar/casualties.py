"""Which figure categories count people harmed: the one list extract, resolve and reconcile read.

A figure's `category` (the enum of `data/schemas/article.schema.json`) says what it counts.
Four of them count people something happened to: killed, injured, missing, captured. They are
the tolls reconcile compares between claimants, the fates a coordinated figure shares in
resolve ("two soldiers were captured and three are missing"), and the victims an event coder
weighs. Two of them, killed and injured (`HURT`), are a toll in the narrow sense: a bare
count of the dead or hurt, a dead-and-wounded pair, a strike's victims. Each stage once kept
its own copy of these lists; they are one here so that a category of harm is added once.

Which of them make a report one of violence whatever its type ("overran the camp and killed
six", coded SEIZE) is vocabulary, not schema: the reconcile pack's `casualty_group`, read by
`reconcile.incidents.casualty_group`, which checks its categories are among these.
"""

from __future__ import annotations

#: Figure categories that count people harmed, hence name a victim class (schema enum values).
HARMED = ("killed", "injured", "missing", "captured")
#: The same as a set, for the hot membership tests.
HARMED_SET = frozenset(HARMED)
#: Of them, the counts of people killed or hurt: a toll in the narrow sense ("28 dead", "ten
#: wounded").
HURT = HARMED[:2]
