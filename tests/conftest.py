"""Settings every test shares.

Hypothesis's per-example deadline is a wall-clock limit: on a loaded CI machine a slow example
fails a property test that checks nothing about time. Speed is measured by the benchmarks, never
by a test, so the deadline is off everywhere.
"""

from hypothesis import settings

settings.register_profile("fogofwar", deadline=None)
settings.load_profile("fogofwar")
