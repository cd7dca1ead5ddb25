"""Pass 1's compact keys decide every pair exactly as `anchors_join` does on the EventRefs."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.reconcile.cluster import anchors_join
from fogofwar.reconcile.compact import anchor_key, anchor_keys, keys_join
from fogofwar.reconcile.incidents import EventRef

SIDES = st.sampled_from([None, "russia", "ukraine", "israel"])


@st.composite
def anchors(draw: st.DrawFn) -> EventRef:
    """An anchor near a fixed point and day, so that pairs fall on both sides of each limit."""
    start = date(2024, 3, 1) + timedelta(days=draw(st.integers(0, 6)))
    lat = draw(st.floats(48.0, 48.8, allow_nan=False))
    lon = draw(st.floats(37.0, 38.0, allow_nan=False))
    actor, target = draw(SIDES), draw(SIDES)
    event = {"id": "e", "type": "ASSAULT",
             "actor": {"side": actor} if actor or draw(st.booleans()) else None,
             "target": {"side": target} if target or draw(st.booleans()) else None}
    return EventRef(event=event, article_id="a", origin="o", claimant="c", side=None,
                    window=(start, start + timedelta(days=draw(st.integers(0, 1)))),
                    group=draw(st.sampled_from(["material", "verbal"])),
                    place={"lat": lat, "lon": lon, "precision": "town"})


@settings(max_examples=400, deadline=None)
@given(anchors(), anchors())
def test_keys_join_decides_as_anchors_join(a: EventRef, b: EventRef) -> None:
    assert keys_join(anchor_key(a), anchor_key(b)) == anchors_join(a, b)


def test_pairs_at_the_limits() -> None:
    """40 km and 2 days apart join; just beyond either, or with disjoint sides, they do not."""
    def ref(lat: float, day: int, sides: tuple[str, str] = ("x", "y")) -> EventRef:
        d = date(2024, 1, 1) + timedelta(days=day)
        return EventRef(event={"actor": {"side": sides[0]}, "target": {"side": sides[1]}},
                        article_id="a", origin="o", claimant="c", side=None, window=(d, d),
                        group="material", place={"lat": lat, "lon": 30.0, "precision": "town"})
    near, far = 50.0 + 39.9 / 111.195, 50.0 + 40.1 / 111.195  # degrees of latitude
    base = anchor_key(ref(50.0, 0))
    assert keys_join(base, anchor_key(ref(near, 2)))
    assert not keys_join(base, anchor_key(ref(far, 0)))
    assert not keys_join(base, anchor_key(ref(50.0, 3)))
    assert not keys_join(base, anchor_key(ref(50.0, 0, ("p", "q"))))
    assert keys_join(base, anchor_key(ref(50.0, 0, ("q", "x"))))


def test_keys_are_indexed_by_ref_and_none_for_others() -> None:
    refs = [EventRef(event={}, article_id="a", origin="o", claimant="c", side=None,
                     window=(date(2024, 1, d), date(2024, 1, d)), group="g",
                     place={"lat": 1.0, "lon": 2.0, "precision": "town"}) for d in (3, 1, 2)]
    keys = anchor_keys(refs, [0, 2])
    assert keys[1] is None
    assert keys[0][1] == date(2024, 1, 3).toordinal() and keys[2][1] == date(2024, 1, 2).toordinal()
