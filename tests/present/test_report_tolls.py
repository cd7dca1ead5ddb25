"""The report's figures: tolls apart from other counts, and voices named only by what they
are said to be so. Incidents written by hand in the export's shape."""

from __future__ import annotations

from rich.text import Text

from fogofwar.present.report import incident_figures_text as markup


def incident_figures_text(inc: dict, counts: bool = False) -> str:
    """The cell as a reader sees it (the function writes rich markup)."""
    return Text.from_markup(markup(inc, counts=counts)).plain


def _incident(*rows: tuple[str, str, str | None, float, float | None]) -> dict:
    return {"figures": [{"category": cat, "claimant": who, "side": side, "low": low,
                         "high": high, "articles": ["a"]} for cat, who, side, low, high in rows]}


INC = _incident(("killed", "Regional Governor Ivan Petrenko", None, 12, 12),
                ("equipment", "Regional Governor Ivan Petrenko", None, 3, 3),
                ("killed", "reports", None, 9, 9),
                ("strikes", "Ministry of Defence", "north", 4, 4),
                ("injured", "Ministry of Defence", "north", 20, 20),
                ("other", "Ministry of Defence", "north", 3, 3))


def test_tolls_and_other_counts_are_not_one_line():
    text = incident_figures_text(INC)
    assert "Regional Governor Ivan Petrenko: killed 12" in text
    assert "equipment" not in text and "strikes" not in text  # no count of things as a toll


def test_the_incident_panel_lists_other_counts_apart():
    text = incident_figures_text(INC, counts=True)
    tolls, others = text.split("other counts (not tolls):")
    assert "equipment" not in tolls and "strikes" not in tolls
    assert "Regional Governor Ivan Petrenko: equipment 3" in others
    assert "Ministry of Defence [north]: strikes 4" in others
    assert "other 3" not in text  # uncategorised numbers stay in the export


def test_voices_of_a_side_first_and_unnamed_ones_said_so_last():
    lines = incident_figures_text(INC).splitlines()
    assert lines == ["Ministry of Defence [north]: injured 20",
                     "Regional Governor Ivan Petrenko: killed 12",
                     "reports (unnamed): killed 9"]


def test_no_other_counts_heading_without_other_counts():
    text = incident_figures_text(_incident(("killed", "Red Cross", None, 4, 4)), counts=True)
    assert text == "Red Cross: killed 4"
