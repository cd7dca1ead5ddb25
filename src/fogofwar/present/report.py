"""The terminal report: articles, claims by claimant, incidents, and outlet framing.

Built from the export shapes (articles from the store, incidents and framing from reconcile) so
that what the report shows and what `export` writes can never disagree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..errors import FogofwarError
from ..reconcile import update_incidents
from ..reconcile.evidence import CASUALTY
from ..reconcile.figures import row_label
from ..reconcile.framing import _merge_case, party_terms
from ..reconcile.tolls import named
from ..store import open_store

MAX_ROWS = 25


def one_line(value: str) -> Text:
    """A cell that never wraps: cut with an ellipsis when the column is narrower than it.
    The column itself stays shrinkable, so rich narrows it instead of dropping other columns."""
    return Text(value, no_wrap=True, overflow="ellipsis")


def articles_table(articles: Sequence[dict]) -> Table:
    """One line per article: long titles and outlets end in an ellipsis instead of wrapping a
    word per line, and the counts share one column, so the table reads at 80 columns."""
    t = Table(title="Articles", box=box.SIMPLE_HEAD, padding=(0, 1))
    t.add_column("id", no_wrap=True, min_width=8)
    t.add_column("outlet", max_width=22)
    t.add_column("published", no_wrap=True, min_width=10)
    t.add_column("title", min_width=12)
    t.add_column("rm/cl/ev", no_wrap=True, justify="right")
    t.add_column("copy of", no_wrap=True)
    for a in articles:
        outlet = a.get("outlet") or "?"
        if a.get("original_outlet"):
            outlet = f"{a['original_outlet']} via {outlet}"
        counts = f"{len(a['removed'])}/{len(a['claims'])}/{len(a['events'])}"
        t.add_row(a["id"][:8], one_line(outlet), a.get("published") or "?",
                  one_line(a.get("title") or ""), counts, (a.get("duplicate_of") or "")[:8])
    return t


def claimants_table(articles: Sequence[dict]) -> Table:
    """Who is claiming things, through whom, and how often hedged."""
    counts: Counter[str] = Counter()
    chains: dict[str, Counter[str]] = defaultdict(Counter)
    hedged: Counter[str] = Counter()
    for a in articles:
        for c in a["claims"]:
            who = c["chain"][0] if c.get("claimant") and c["chain"] else "(narrator)"
            counts[who] += 1
            chains[who][" → ".join(c["chain"])] += 1
            hedged[who] += bool(c.get("hedge"))
    t = Table(title="Claims by claimant", box=box.SIMPLE_HEAD, padding=(0, 1))
    t.add_column("claimant", min_width=12)
    t.add_column("claims", no_wrap=True, justify="right")
    t.add_column("hedged", no_wrap=True, justify="right")
    t.add_column("most common chain", min_width=16)
    for who, n in counts.most_common(MAX_ROWS):
        t.add_row(one_line(who), str(n), str(hedged[who]),
                  one_line(chains[who].most_common(1)[0][0]))
    return t


def _place_name(p: dict | None) -> str:
    if not p:
        return "?"
    return p.get("name") or p.get("text") or "?"


def _range(f: dict) -> str:
    """A claimant's figure as the export's one convention reads it ("<=100" for "up to 100"),
    and an approximate one as it was said ("about 12", not its -/+10 % span "10.8-13.2")."""
    return row_label(f)


def incident_figures_text(inc: dict, counts: bool = False) -> str:
    """One line per claimant with its tolls side by side, so the cell stays short:
    "Turkish Defense Ministry [turkey]: killed 5, injured 5". Tolls are counts of people
    (killed, injured, missing, captured); a claimant's other counts (vehicles destroyed,
    strikes) are no toll and are listed apart, under "other counts", only when `counts` asks
    (the incident's own panel), never beside the tolls as if they were one. Voices of a side
    come first, then sources named by name, then those named only by what they are ("officials",
    "sources"), which say "(unnamed)": a reader weighs "killed 8" from "reports" unlike the
    ministry's."""
    tolls = _by_claimant(f for f in inc["figures"] if f["category"] in CASUALTY)
    lines = [_figure_line(k, figs) for k, figs in sorted(tolls.items(), key=_voice_order)]
    others = _by_claimant(f for f in inc["figures"]
                          if f["category"] not in CASUALTY and f["category"] != "other")
    if counts and others:  # uncategorised numbers ("3-day mourning") are in the export only
        lines.append("other counts (not tolls):")
        lines += ["  " + _figure_line(k, figs)
                  for k, figs in sorted(others.items(), key=_voice_order)]
    return "\n".join(lines)


def _by_claimant(figures) -> dict[tuple[str, str | None], list[str]]:
    by_claimant: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for f in figures:
        by_claimant[(f["claimant"], f.get("side"))].append(f"{f['category']} {_range(f)}")
    return by_claimant


def _voice_order(item: tuple[tuple[str, str | None], list[str]]) -> tuple:
    (claimant, side), _ = item
    return side is None, not named(claimant), claimant


def _figure_line(key: tuple[str, str | None], figs: list[str]) -> str:
    claimant, side = key
    tag = f" [{side}]" if side else "" if named(claimant) else " (unnamed)"
    return escape(f"{claimant}{tag}: {', '.join(figs)}")


def shown_incidents(incidents: Sequence[dict], min_articles: int = 2) -> list[dict]:
    """Incidents worth a row: reported by several articles, or with a contradiction (one
    article quoting two tallies is exactly what an analyst wants to see). Most articles
    first, then most contradictions."""
    shown = [i for i in incidents if len(i["articles"]) >= min_articles or i["contradictions"]
             or i.get("revisions")]
    return sorted(shown or incidents, key=lambda i: (-len(i["articles"]),
                                                     -len(i["contradictions"]),
                                                     i["date_start"] or "", i["id"]))


def _incident_cell(inc: dict) -> str:
    dates = inc["date_start"] or "?"
    if inc["date_end"] and inc["date_end"] != inc["date_start"]:
        dates += f" – {inc['date_end']}"
    return escape(f"{inc['id']}\n{inc['type']} at {_place_name(inc['place'])}\n{dates}")


def incidents_table(incidents: Sequence[dict], min_articles: int = 2) -> Table:
    """Four columns (incident, sources, figures, disputes) so it reads at 80 columns."""
    shown = shown_incidents(incidents, min_articles)
    t = Table(title=f"Incidents ({min(len(shown), MAX_ROWS)} shown of {len(incidents)}: "
                    f"{min_articles}+ articles or a contradiction)", show_lines=True,
              expand=True)  # ratio columns with long text overflow the console otherwise
    t.add_column("incident", overflow="fold", width=18)  # an id (16) whole
    t.add_column("sources", overflow="fold", width=13)  # "single-source"
    t.add_column("figures by claimant", overflow="fold", ratio=4, min_width=20)
    t.add_column("disputes", overflow="fold", ratio=3, min_width=12)
    for inc in shown[:MAX_ROWS]:
        sources = f"{len(inc['articles'])} art.\n{inc['corroboration']}"
        t.add_row(_incident_cell(inc), sources, incident_figures_text(inc), disputes_text(inc))
    return t


def disputes_text(inc: dict) -> str:
    """Contradictions ("killed: 5 vs 40") then revisions, latest last ("killed revised: 30 → 50
    (Ukrainian officials)")."""
    lines = [f"{c['category']}: {_clashes(c)}" for c in inc["contradictions"]]
    lines += [f"{r['category']} revised: {' → '.join(r['values'])} ({_voice(r)})"
              for r in inc.get("revisions", [])]
    return escape("\n".join(lines))


def _clashes(contradiction: dict) -> str:
    """"5 vs 6", or each pair that clashes, with its two voices ("90 (the army) vs >=200 (a
    monitor); <=54 (the ministry) vs 90 (the army)"), when more than two values are in
    conflict: listing them all in one row would set overlapping ones against each other, and
    bare numbers ("0 vs 1; 0 vs 1; 0 vs 2") would not say who sets which against whom."""
    pairs = contradiction.get("pairs") or []
    if len(contradiction["values"]) <= 2 or not pairs:
        return " vs ".join(contradiction["values"])
    said = (" vs ".join(f"{v} ({c})" if c else v
                        for v, c in zip(p["values"], p.get("claimants") or [None] * 2,
                                        strict=True))
            for p in pairs)
    return "; ".join(dict.fromkeys(said))  # one line per pair of voices, in order


def _voice(revision: dict) -> str:
    """Who moved the toll. A revision may join several claimants of one side, or sources of no
    side whose toll rose from report to report; naming only the last would read as one outlet
    revising itself."""
    names = revision.get("claimants") or [revision["claimant"]]
    if len(names) == 1:
        return names[0]
    side = revision.get("side")
    return f"{', '.join(names)}: {side + ' side' if side else 'no side'}"


def framing_table(articles: Sequence[dict], top: int = 4) -> Table:
    """Side by side: how each outlet names each party, per article of that outlet."""
    by_party, n_articles = party_terms(articles)
    outlets = sorted(n_articles)
    t = Table(title="How outlets name the parties (top terms, mentions per article)",
              show_lines=True)
    t.add_column("party")
    for o in outlets:
        t.add_column(f"{o} ({n_articles[o]} art.)", overflow="fold")
    for party in sorted(by_party):
        cells = []
        for o in outlets:
            terms = list(_merge_case(by_party[party].get(o, Counter())).items())[:top]
            cells.append(escape(", ".join(f"{term} {n / n_articles[o]:.1f}" for term, n in terms)))
        t.add_row(party, *cells)
    return t


def incident_detail(inc: dict, articles: Sequence[dict]) -> Panel:
    rows = [f"[b]{inc['type']}[/b] at {_place_name(inc['place'])}, "
            f"{inc['date_start']} – {inc['date_end']}; {inc['corroboration']}",
            incident_figures_text(inc, counts=True), disputes_text(inc)]
    for (sentence, chain), n in _reports(inc, articles).items():
        more = f" ({n} events)" if n > 1 else ""
        rows.append(f"• {escape(sentence)}\n  [dim]{escape(chain)}{more}[/dim]")
    return Panel(Group(*rows), title=inc["id"])


def _reports(inc: dict, articles: Sequence[dict]) -> Counter[tuple[str, str]]:
    """Each reporting sentence once, with its chain and how many of the incident's events it
    carries: one sentence often states several ("killed 34 and wounded 117"), and listing it
    once per event made a reader count three reports where there was one."""
    events = {e["id"]: (a, e) for a in articles for e in a["events"]}
    out: Counter[tuple[str, str]] = Counter()
    for eid in inc["events"]:
        art, ev = events[eid]
        claim = next((c for c in art["claims"] if c["id"] == ev["claim_id"]), None)
        out[ev["sentence"].strip(), " → ".join(claim["chain"]) if claim else "?"] += 1
    return out


def load_report(db: str | None) -> tuple[list[dict], list[dict]]:
    """Articles and incidents from the store, after reconciling any articles new to it."""
    store = open_store(db)
    try:
        articles = list(store.iter_articles())
        if not articles:
            raise FogofwarError(f"no articles in {store.url}; run `fogofwar ingest PATH` first")
        update_incidents(store, articles)
        return articles, list(store.iter_incidents())
    finally:
        store.close()


def render_report(console: Console, articles: Sequence[dict], incidents: Sequence[dict],
                  incident: str | None = None) -> None:
    if incident is not None:
        match = [i for i in incidents if i["id"] == incident]
        if not match:
            raise FogofwarError(f"no incident with id {incident!r}")
        console.print(incident_detail(match[0], articles))
        return
    console.print(articles_table(articles))
    console.print(claimants_table(articles))
    console.print(incidents_table(incidents))
    console.print(framing_table(articles))
