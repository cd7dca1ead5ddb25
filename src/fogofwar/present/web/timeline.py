"""The timeline: events per date and type, figures per date and claimant side, as plain SVG.

Figures come from incidents, not raw events, so a toll repeated by five articles (or by several
events of one claim) counts once per claimant, as reconcile decided. Bars are laid out here and
drawn by the template as `<rect>`s: no chart library, no script, nothing to escape but titles.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from ...store import query as Q

#: PLOVER types to colours (ColorBrewer-like, readable on white); others are grey.
TYPE_COLOURS = {
    "ASSAULT": "#d7301f", "FIGHT": "#fc8d59", "COERCE": "#b30000", "THREATEN": "#fdbb84",
    "SEIZE": "#7a0177", "MOBILIZE": "#8c6bb1", "RETREAT": "#9ebcda", "PROTEST": "#41ab5d",
    "ACCUSE": "#fec44f", "REJECT": "#ec7014", "SANCTION": "#993404", "AID": "#238b45",
    "CONSULT": "#2171b5", "AGREE": "#6baed6", "SUPPORT": "#74c476", "REQUEST": "#9e9ac8",
    "CONCEDE": "#bcbddc",
}
OTHER_COLOUR = "#969696"
SIDE_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
                "#666666")
UNKNOWN_SIDE = "unknown side"
WIDTH, HEIGHT, MARGIN = 900, 150, 22
DAYS_BEFORE_MONTHS = 60
MAX_SPAN_DAYS = 3


def type_colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, OTHER_COLOUR)


def _bucket(day: str, by_month: bool) -> str:
    return day[:7] if by_month else day


def _short(inc: dict) -> bool:
    """Dated to within a few days: an incident known only by month or year is no point in time
    (a war's whole toll dated 2011 would dwarf every day of it)."""
    start, end = inc.get("date_start"), inc.get("date_end") or inc.get("date_start")
    if not start or len(start) < 10 or len(end) < 10:
        return False
    return (date.fromisoformat(end) - date.fromisoformat(start)).days <= MAX_SPAN_DAYS


def timeline_data(conn: Connection, f: Q.Filters) -> dict:
    """Counts for the API and the chart: `bucket` is day, or month when there are many days.

    Only what is dated to the day counts (events of day precision, incidents spanning at most
    MAX_SPAN_DAYS), so the chart's bars are points in time."""
    counts = Q.event_counts(conn, f)
    incidents = [i for i in Q.incident_figures(conn, f) if _short(i)]
    days = {d.isoformat() for d, _, _ in counts} | {i["date_start"][:10] for i in incidents}
    by_month = len(days) > DAYS_BEFORE_MONTHS
    events: dict[tuple[str, str], int] = defaultdict(int)
    for d, kind, n in counts:
        events[(_bucket(d.isoformat(), by_month), kind)] += n
    figures: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for inc in incidents:
        for fig in inc["figures"] or []:
            key = (_bucket(inc["date_start"], by_month), fig.get("side") or UNKNOWN_SIDE,
                   fig["category"])
            figures[key][0] += fig["low"] or 0
            figures[key][1] += fig["high"] if fig["high"] is not None else fig["low"] or 0
    return {
        "bucket": "month" if by_month else "day",
        "events": [{"date": d, "type": t, "count": n} for (d, t), n in sorted(events.items())],
        "figures": [{"date": d, "side": s, "category": c, "low": lo, "high": hi}
                    for (d, s, c), (lo, hi) in sorted(figures.items())],
    }


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    colour: str
    title: str


@dataclass(frozen=True)
class Chart:
    """Stacked bars per date bucket, with the legend's (label, colour) pairs."""

    bars: list[Bar]
    labels: list[tuple[float, str]]
    legend: list[tuple[str, str]]
    width: int = WIDTH
    height: int = HEIGHT


def stacked(rows: list[tuple[str, str, float]], colours: dict[str, str], unit: str) -> Chart:
    """Rows of (bucket, series, value) as one stacked bar per bucket, buckets in order."""
    buckets = sorted({b for b, _, _ in rows})
    if not buckets:
        return Chart([], [], [])
    totals: dict[str, float] = defaultdict(float)
    for b, _, v in rows:
        totals[b] += v
    top = max(totals.values()) or 1.0
    step = (WIDTH - 2 * MARGIN) / len(buckets)
    scale = (HEIGHT - 2 * MARGIN) / top
    base: dict[str, float] = defaultdict(float)
    bars = []
    for b, series, v in sorted(rows, key=lambda r: (r[0], r[1])):
        x = MARGIN + buckets.index(b) * step + step * 0.1
        h = v * scale
        base[b] += h
        bars.append(Bar(round(x, 1), round(HEIGHT - MARGIN - base[b], 1),
                        round(max(step * 0.8, 1), 1), round(h, 1), colours[series],
                        f"{b} · {series}: {v:g} {unit}"))
    every = max(1, len(buckets) // 12)
    labels = [(round(MARGIN + i * step + step / 2, 1), b) for i, b in enumerate(buckets)
              if i % every == 0]
    legend = sorted({(s, colours[s]) for _, s, _ in rows})
    return Chart(bars, labels, legend)


def charts(data: dict, category: str = "killed") -> tuple[Chart, Chart]:
    """The events-by-type chart and the figures-by-side chart for one category."""
    events = [(e["date"], e["type"], e["count"]) for e in data["events"]]
    kinds = {t for _, t, _ in events}
    figs = [(f["date"], f["side"], f["low"]) for f in data["figures"]
            if f["category"] == category and f["low"]]
    sides = sorted({s for _, s, _ in figs})
    side_colours = {s: SIDE_COLOURS[i % len(SIDE_COLOURS)] for i, s in enumerate(sides)}
    return (stacked(events, {k: type_colour(k) for k in kinds}, "events"),
            stacked(figs, side_colours, category))
