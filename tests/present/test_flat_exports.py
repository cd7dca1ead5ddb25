"""Events and claims as analysts load them: CSV and Parquet through pandas and DuckDB, JSONL
against the shipped schemas, GeoJSON Features checked one by one, all through the CLI on the
demo corpus (the Idlib seeds)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fogofwar.cli import app
from fogofwar.present.export import validate
from fogofwar.present.flat import CLAIM_COLUMNS, EVENT_COLUMNS, GEO_PRECISION, TIME_PRECISION

pd = pytest.importorskip("pandas")
duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("flat")
    url = f"sqlite:///{folder}/demo.db"
    assert run("demo", "--db", url).exit_code == 0
    return url, folder


def export(demo, what: str, fmt: str) -> Path:
    url, folder = demo
    path = folder / f"{what}.{fmt}"
    result = run("export", "--what", what, "--format", fmt, "-o", str(path), "--db", url)
    assert result.exit_code == 0, result.stderr
    return path


def n_events(demo) -> int:
    articles = [json.loads(x) for x in export(demo, "articles", "jsonl").read_text().splitlines()]
    return sum(len(a["events"]) for a in articles)


def test_events_csv_loads_in_pandas_and_duckdb_with_acled_columns(demo):
    path = export(demo, "events", "csv")
    df = pd.read_csv(path)
    assert tuple(df.columns) == EVENT_COLUMNS
    assert len(df) == n_events(demo)
    # coordinates are numbers, and ACLED's precision codes are 1..3
    assert df["latitude"].dropna().between(-90, 90).all()
    assert set(df["geo_precision"].dropna()) <= {1, 2, 3}
    # the Saraqib attack of 10 Feb is in a cross-side incident: the row says so
    saraqib = df[(df["location"] == "Saraqib") & (df["corroboration"] == "cross-side")]
    assert len(saraqib) and saraqib["incident_id"].str.startswith("inc-").all()
    rows = duckdb.sql(f"select count(*), count(distinct event_id) from read_csv_auto('{path}')")
    assert rows.fetchall()[0] == (len(df), len(df))


def test_events_parquet_has_typed_columns(demo):
    path = export(demo, "events", "parquet")
    schema = pq.read_schema(path)
    assert schema.names == list(EVENT_COLUMNS)
    assert str(schema.field("event_date").type) == "date32[day]"
    assert str(schema.field("latitude").type) == "double"
    chain = schema.field("chain").type
    assert str(chain).startswith("list<") and chain.value_type == "string"
    assert str(schema.field("negated").type) == "bool"
    types = dict(duckdb.sql(
        f"select column_name, column_type from (describe select * from '{path}')").fetchall())
    assert types["event_date"] == "DATE" and types["chain"] == "VARCHAR[]"
    df = pd.read_parquet(path)
    assert len(df) == n_events(demo)
    dated = df["event_date"].dropna()
    assert len(dated) and all(isinstance(d, dt.date) for d in dated)
    # a chain is a list whose last element is the article's outlet (or "unknown outlet")
    assert all(len(c) >= 1 for c in df["chain"] if c is not None and len(c))


def test_claims_csv_and_parquet_agree(demo):
    csv_df = pd.read_csv(export(demo, "claims", "csv"))
    pq_df = pd.read_parquet(export(demo, "claims", "parquet"))
    assert tuple(csv_df.columns) == CLAIM_COLUMNS == tuple(pq_df.columns)
    assert len(csv_df) == len(pq_df) > 0
    # Kupschishin told TASS: intermediaries is a real list in Parquet, joined in CSV
    kup = pq_df[pq_df["claimant"] == "Viktor Kupschishin"]
    assert any("TASS" in list(i) for i in kup["intermediaries"])
    assert (csv_df[csv_df["claimant"] == "Viktor Kupschishin"]["chain"]
            .str.contains(" > TASS > ").any())


@pytest.mark.parametrize("what", ["events", "claims"])
def test_jsonl_rows_validate_against_their_schema(demo, what):
    lines = export(demo, what, "jsonl").read_text().splitlines()
    assert lines
    for line in lines:
        validate(json.loads(line), what.rstrip("s"))


def test_geojson_every_feature_is_a_valid_point(demo):
    fc = json.loads(export(demo, "events", "geojson").read_text())
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["event_id"] == f["id"]


@pytest.mark.parametrize(("args", "words"), [
    (["--what", "events", "--format", "parquet"], "-o FILE"),
    (["--what", "incidents", "--format", "csv"], "does not export incidents"),
])
def test_unsupported_export_is_one_line(demo, args, words):
    result = run("export", *args, "--db", demo[0])
    assert result.exit_code != 0 and "Traceback" not in result.output
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and words in lines[0]


def test_precision_codes_follow_acled():
    assert TIME_PRECISION["day"] == 1 and TIME_PRECISION["month"] == 3
    assert GEO_PRECISION["town"] == 1 and GEO_PRECISION["admin1"] == 3


def test_report_at_80_columns_keeps_each_article_on_one_line(demo):
    url, _ = demo
    result = run("report", "--db", url)
    assert result.exit_code == 0
    articles = [json.loads(x) for x in export(demo, "articles", "jsonl").read_text().splitlines()]
    lines = result.stdout.splitlines()
    assert max(len(x) for x in lines) <= 80
    for a in articles:
        row = [x for x in lines if a["id"][:8] in x]
        assert len(row) == 1, f"article {a['id'][:8]} wraps over several lines"
        assert (a["published"] or "?") in row[0]
    wide = run("report", "--db", url, "--width", "140").stdout.splitlines()
    assert max(len(x) for x in wide) > 80


def test_headline_items_are_flagged_in_the_flat_rows(tmp_path):
    """A row from the headline says so: its notes/sentence are the title, not a body line."""
    title = "Gunmen kill five villagers in northern Nigeria"
    body = ("Residents of Kaduna said on Monday that the village market was empty.\n\n"
            "Police spokesman Mohammed Jalige said officers had been deployed.")
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "n1", "title": title, "text": body,
                               "outlet": "Test Wire", "published": "2021-05-03"}) + "\n")
    url = f"sqlite:///{tmp_path}/one.db"
    assert run("ingest", str(src), "--db", url, "--workers", "1").exit_code == 0
    out = tmp_path / "events.jsonl"
    assert run("export", "--what", "events", "--format", "jsonl", "-o", str(out),
               "--db", url).exit_code == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    for row in rows:
        validate(row, "event")
    head = [r for r in rows if r["in_title"]]
    assert head and all(title in (r["notes"] or title) for r in head)
    assert not any(r["in_title"] for r in rows if "market" in (r["notes"] or ""))
