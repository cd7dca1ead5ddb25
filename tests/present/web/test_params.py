"""Query parameters are untrusted input: every value parses or is a 400, never a crash."""

from __future__ import annotations

import pytest
from fastapi import HTTPException
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fogofwar.present.web.params import parse_bbox
from fogofwar.store.query import Filters


@pytest.mark.parametrize("text, box", [
    ("36.5,35.7,37,36", (36.5, 35.7, 37.0, 36.0)),      # Leaflet's toBBoxString order
    (" -1 , -2 , 3 , 4 ", (-1.0, -2.0, 3.0, 4.0)),      # spaces around numbers
    ("", None),                                         # empty means no constraint
])
def test_bbox_parses(text, box):
    assert parse_bbox(text) == box


@given(st.text(alphabet="0123456789.,-+eEinfa ", max_size=40))
def test_bbox_parses_or_is_400(text):
    try:
        box = parse_bbox(text)
    except HTTPException as exc:
        assert exc.status_code == 400
        return
    assert box is None or (len(box) == 4 and box[0] <= box[2] and box[1] <= box[3])


def test_filters_round_trip_through_url_params():
    f = Filters(type="ASSAULT", side="turkey", bbox=(1.0, 2.0, 3.0, 4.0))
    assert f.as_params() == {"type": "ASSAULT", "side": "turkey", "bbox": "1.0,2.0,3.0,4.0"}


FTS_CHARS = st.text(alphabet=st.sampled_from(list('abc "*():^-+NEARORAND{}.,\'\\')),
                    min_size=1, max_size=30)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=FTS_CHARS)
def test_any_search_text_is_200_or_400(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), (q, r.text)
