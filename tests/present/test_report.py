"""The terminal report: incidents with per-claimant figures, and the side-by-side framing table."""

from __future__ import annotations

import pytest
from rich.console import Console

from fogofwar.present.report import (
    disputes_text,
    framing_table,
    incident_detail,
    incidents_table,
    shown_incidents,
)
from fogofwar.reconcile import build_incidents
from tests.reconcile.helpers import (
    FIVE_KILLED,
    article,
    killed,
    mention,
    multi_claim_article,
)

SF = ("On February 10, \u2018al-Qaeda freedom fighters\u2019 launched a powerful attack "
      "near Saraqib.")
ZH = "\u201cFive of our troops were killed,\u201d the ministry said of the Syrian regime."


def render(renderable, width: int = 240) -> str:
    console = Console(record=True, width=width)
    console.print(renderable)
    return console.export_text()


def two_tallies() -> list[dict]:
    return [article("a", "Zero Hedge", [{"figures": [killed(5), killed(5, counts="injured")]}],
                    claimant=("Turkish Defense Ministry", "turkey")),
            article("b", "South Front", [{"figures": [killed(6)]}],
                    claimant=("SANA", "syria_gov"))]


def test_incident_row_shows_claimant_figures_contradiction_and_corroboration():
    text = render(incidents_table(build_incidents(two_tallies())))
    # one line per claimant, categories side by side
    assert "Turkish Defense Ministry [turkey]: killed 5" in text
    assert "SANA [syria_gov]: killed 6" in text
    assert "killed: 5 vs 6" in text and "cross-side" in text and "2 art." in text


@pytest.mark.parametrize("width", [80, 200])
def test_incident_table_fits_the_terminal(width):
    text = render(incidents_table(build_incidents(two_tallies())), width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "5 vs 6" in text


def test_single_article_incidents_show_only_with_a_contradiction():
    # one article quoting two tallies of one clash (5 by the narrator, 6 by Russia) is shown;
    # a lone single-article report without a clash is not; multi-article incidents come first
    quoted = multi_claim_article("zh", "Zero Hedge", [
        ("Syrian troops killed five Turkish soldiers in Idlib on Feb. 3", None,
         [{"date": "2020-02-03", "figures": [killed(5)]}]),
        ("A week ago, six Turkish troops were killed by Syrian artillery fire",
         ("Russia", "russia"),
         [{"date": "2020-02-03", "figures": [killed(6)]}])])
    lone = article("x", "X", [{"date": "2020-01-20"}])
    incs = build_incidents([*two_tallies(), quoted, lone])
    rows = [i["articles"] for i in shown_incidents(incs)]
    assert rows == [["a", "b"], ["zh"]]
    assert "1 shown" not in render(incidents_table(incs)) and "2 shown of 3" in render(
        incidents_table(incs))


def test_framing_table_has_party_rows_and_outlet_columns():
    sf = article("a", "Global Research", [], original_outlet="South Front", text=SF)
    start = SF.index("al-Qaeda")
    sf["actors"] = [{**mention("al-Qaeda freedom fighters", "jihadist"), "start": start,
                     "end": start + len("al-Qaeda freedom fighters")}]
    zh = article("b", "Zero Hedge", [], text=ZH)
    start = ZH.index("Syrian regime")
    zh["actors"] = [{**mention("Syrian regime", "syria_gov"), "start": start,
                     "end": start + len("Syrian regime")}]
    text = render(framing_table([sf, zh]))
    header = next(line for line in text.splitlines() if "party" in line)
    assert "South Front (1 art.)" in header and "Zero Hedge (1 art.)" in header
    row = next(line for line in text.splitlines() if "Syrian government" in line)
    assert "Syrian regime 1.0" in row
    assert "\u2018al-Qaeda freedom fighters\u2019 1.0" in text


def test_incident_detail_lists_a_sentence_once_with_the_events_it_carries():
    # one sentence stating a toll and an injury count is two events of one report: the detail
    # must read as one report (with its chain), not as two
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]},
                                        {"figures": [killed(5, counts="injured")]}],
                    claimant=("Turkish Defense Ministry", "turkey"), text=FIVE_KILLED),
            article("b", "South Front", [{"figures": [killed(6)]}],
                    claimant=("SANA", "syria_gov"))]
    (inc,) = build_incidents(arts)
    assert len(inc["events"]) == 3
    text = render(incident_detail(inc, arts))
    assert text.count("retaliatory strikes") == 1
    assert "Turkish Defense Ministry → Zero Hedge (2 events)" in text
    assert text.count("al-Qaeda freedom fighters") == 1
    assert "SANA → South Front" in text and "South Front (" not in text


def test_pairs_of_a_dispute_name_their_voices_once_each():
    # a denial of any death set against three counts: each pair says who said what, and two
    # pairs of the same voices and values read once, not "0 vs 1; 0 vs 1; 0 vs 2"
    pair = {"values": ["0", "1"], "claimants": ["the interior minister", "the family"]}
    inc = {"contradictions": [{"category": "killed", "values": ["0", "1", "2"], "pairs": [
        pair, dict(pair), {"values": ["0", "2"], "claimants": ["the interior minister",
                                                              "a rebel spokesman"]}]}]}
    assert disputes_text(inc) == ("killed: 0 (the interior minister) vs 1 (the family); "
                                  "0 (the interior minister) vs 2 (a rebel spokesman)")
