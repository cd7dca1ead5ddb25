"""The JSON API on the demo corpus: lists, filters, pagination, search, errors, writes, headers."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from fogofwar.present.web import Settings, create_app

LISTS = ("articles", "incidents", "events", "claims")


@pytest.mark.parametrize("kind", LISTS)
def test_pages_partition_the_list_and_share_one_total(client, kind):
    everything = client.get(f"/api/{kind}", params={"limit": 5000}).json()
    assert everything["total"] == len(everything["items"]) > 2
    ids, offset = [], 0
    while offset < everything["total"]:
        page = client.get(f"/api/{kind}", params={"limit": 2, "offset": offset}).json()
        assert page["total"] == everything["total"] and len(page["items"]) <= 2
        ids += [item["id"] for item in page["items"]]
        offset += 2
    assert ids == [item["id"] for item in everything["items"]]


def _total(client, kind, **params):
    return client.get(f"/api/{kind}", params={"limit": 5000, **params}).json()


def test_type_filter_keeps_only_that_type(client):
    for kind in ("events", "incidents"):
        data = _total(client, kind, type="ASSAULT")
        assert 0 < data["total"] < _total(client, kind)["total"]
        assert {i["type"] for i in data["items"]} == {"ASSAULT"}


def test_outlet_filter_matches_the_outlet_or_the_outlet_reposted(client):
    arts = _total(client, "articles", outlet="south front")["items"]
    assert arts and all("South Front" in (a["outlet"], a["original_outlet"]) for a in arts)
    events = _total(client, "events", outlet="Zero Hedge")["items"]
    assert events and {e["outlet"] for e in events} == {"Zero Hedge"}


def test_claimant_and_side_filters_on_claims(client):
    claims = _total(client, "claims", claimant="Turkish Defense Ministry")["items"]
    assert claims and all("Turkish Defense Ministry" in c["chain"][0] for c in claims)
    turkey = _total(client, "claims", side="turkey")["items"]
    assert turkey and {c["claimant"]["side"] for c in turkey} == {"turkey"}


def test_side_filter_on_events_matches_actor_target_or_claimant(client):
    events = _total(client, "events", side="turkey")["items"]
    claims = {c["id"]: c for c in _total(client, "claims")["items"]}
    assert events
    for e in events:
        sides = {(e["actor"] or {}).get("side"), (e["target"] or {}).get("side")}
        claim = claims.get(e["claim_id"])
        sides.add(((claim or {}).get("claimant") or {}).get("side"))
        assert "turkey" in sides


def test_bbox_keeps_events_inside_it(client):
    # a box around Saraqib and Nayrab, west of Aleppo
    box = (36.5, 35.7, 37.0, 36.0)
    events = _total(client, "events", bbox=",".join(map(str, box)))["items"]
    assert events
    for e in events:
        assert box[0] <= e["place"]["lon"] <= box[2] and box[1] <= e["place"]["lat"] <= box[3]
    incidents = _total(client, "incidents", bbox=",".join(map(str, box)))["items"]
    assert any(i["place"]["name"] == "Saraqib" for i in incidents)


def test_date_range_and_corroboration_filters(client):
    events = _total(client, "events", date_from="2020-02-10", date_to="2020-02-10")["items"]
    assert events and {e["date"] for e in events} == {"2020-02-10"}
    cross = _total(client, "incidents", corroboration="cross-side")["items"]
    assert cross and {i["corroboration"] for i in cross} == {"cross-side"}


def test_saraqib_incident_has_both_sides_figures(client):
    found = [i for i in _total(client, "incidents")["items"]
             if (i["place"] or {}).get("name") == "Saraqib" and len(i["articles"]) > 1]
    assert found
    inc = client.get(f"/api/incidents/{found[0]['id']}").json()
    killed = {f["claimant"]: f for f in inc["figures"] if f["category"] == "killed"}
    assert killed["Turkish Defense Ministry"]["side"] == "turkey"
    assert killed["Pro-government sources"]["side"] == "syria_gov"


def test_article_by_id_is_the_export_shape_with_copies(client):
    first = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    art = client.get(f"/api/articles/{first['id']}").json()
    assert art["id"] == first["id"] and art["text"] and isinstance(art["copies"], list)
    assert {"claims", "events", "actors", "places", "removed"} <= set(art)


def test_search_finds_words_and_marks_them(client):
    data = client.get("/api/search", params={"q": "Saraqib"}).json()
    assert data["total"] >= 1
    for item in data["items"]:
        marked = [p["text"] for p in item["snippet"] if p["match"]]
        assert marked and all(m.lower() == "saraqib" for m in marked)


@pytest.mark.parametrize("q", ['"unbalanced', "foo:bar", "AND", "(", "NEAR(a b", "*"])
def test_bad_search_syntax_is_400_not_500(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 400 and r.json()["detail"].startswith("bad search query")


def test_bad_search_on_the_page_is_a_400_page(client):
    r = client.get("/search", params={"q": '"x'}, headers={"Accept": "text/html"})
    assert r.status_code == 400 and "bad search query" in r.text


@pytest.mark.parametrize("params, status", [
    ({"bbox": "1,2"}, 400),                 # too few numbers
    ({"bbox": "10,0,5,1"}, 400),            # west east of east
    ({"bbox": "nan,0,1,1"}, 400),
    ({"date_from": "yesterday"}, 400),
    ({"corroboration": "rumour"}, 400),
    ({"limit": 0}, 422),
    ({"offset": -1}, 422),
])
def test_bad_parameters_are_client_errors(client, params, status):
    assert client.get("/api/events", params=params).status_code == status


def test_unknown_ids_are_404(client):
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/incidents/nope").status_code == 404


def test_outlets_and_timeline(client):
    outlets = client.get("/api/outlets").json()["items"]
    assert {o["outlet"] for o in outlets} >= {"South Front", "Zero Hedge"}
    tl = client.get("/api/timeline", params={"type": "ASSAULT"}).json()
    assert tl["events"] and {e["type"] for e in tl["events"]} == {"ASSAULT"}
    assert any(f["side"] == "turkey" and f["category"] == "killed" for f in tl["figures"])


def test_security_headers_on_pages_api_and_static(client):
    for path in ("/", "/api/articles", "/static/css/app.css", "/docs"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/incidents",
              "/api/incidents/{incident_id}", "/api/events", "/api/claims", "/api/outlets",
              "/api/search"):
        assert p in paths


def test_writes_are_refused_without_a_token(client):
    r = client.post("/api/articles", json={"text": "Five soldiers were killed, it said."})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]


def copy_of(url: str, tmp_path) -> str:
    """A private copy of a SQLite store (the backup API copies a WAL database consistently)."""
    target = tmp_path / "copy.db"
    with sqlite3.connect(url.removeprefix("sqlite:///")) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


def test_writes_need_the_right_token(demo_url, tmp_path):
    app = create_app(Settings(db=copy_of(demo_url, tmp_path), token="s3cret"))
    with TestClient(app) as c:
        doc = {"text": "Five soldiers were killed near Saraqib on Monday, the ministry said.",
               "outlet": "Test Wire", "published": "2020-02-11"}
        assert c.post("/api/articles", json=doc).status_code == 401
        bad = {"Authorization": "Bearer wrong"}
        assert c.post("/api/articles", json=doc, headers=bad).status_code == 401
        ok = c.post("/api/articles", json=doc, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201 and ok.json()["stored"] == 1
        new_id = ok.json()["ids"][0]
        assert c.get(f"/api/articles/{new_id}").json()["outlet"] == "Test Wire"
        empty = c.post("/api/articles", json={"title": "x"},
                       headers={"Authorization": "Bearer s3cret"})
        assert empty.status_code == 400
    app.state.data.store.close()


def test_host_header_is_checked_when_serving_loopback(demo_url):
    app = create_app(Settings(db=demo_url, allowed_hosts=("127.0.0.1", "localhost")))
    with TestClient(app, base_url="http://attacker.example") as c:
        assert c.get("/api/articles").status_code == 400
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/articles").status_code == 200
    app.state.data.store.close()
