"""The terminal report: incidents with per-claimant figures, and the side-by-side framing table."""

from __future__ import annotations

from rich.console import Console

from fogofwar.present.report import framing_table, incidents_table
from fogofwar.reconcile import build_incidents
from tests.reconcile.helpers import article, killed, mention

SF = ("On February 10, \u2018al-Qaeda freedom fighters\u2019 launched a powerful attack "
      "near Saraqib.")
ZH = "\u201cFive of our troops were killed,\u201d the ministry said of the Syrian regime."


def render(renderable) -> str:
    console = Console(record=True, width=240)
    console.print(renderable)
    return console.export_text()


def test_incident_row_shows_claimant_figures_contradiction_and_corroboration():
    arts = [article("a", "Zero Hedge", [{"figures": [killed(5)]}],
                    claimant=("Turkish Defense Ministry", "turkey")),
            article("b", "South Front", [{"figures": [killed(6)]}],
                    claimant=("SANA", "syria_gov"))]
    text = render(incidents_table(build_incidents(arts)))
    assert "killed 5: Turkish Defense Ministry [turkey]" in text
    assert "killed 6: SANA [syria_gov]" in text
    assert "killed: 5 vs 6" in text and "cross-side" in text


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
