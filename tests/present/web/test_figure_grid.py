"""The web incident page reads each claimant's figure as the text report does."""

from __future__ import annotations

from fogofwar.present.web.pages import figure_grid


def test_grid_cells_read_as_said_and_whole():
    inc = {"figures": [
        {"category": "killed", "claimant": "Rescuers", "side": None, "low": 36.0,
         "high": None, "approx": True, "about": 40.0},       # "about 40 bodies"
        {"category": "injured", "claimant": "Rescuers", "side": None, "low": 10.8,
         "high": 13.2, "approx": True, "about": 12.0},       # "about 12"
        {"category": "killed", "claimant": "Mayor", "side": None, "low": 7.2, "high": None},
    ]}
    _, _, cells = figure_grid(inc)
    assert cells[("killed", "Rescuers", None)] == ">=about 40"
    assert cells[("injured", "Rescuers", None)] == "about 12"
    assert cells[("killed", "Mayor", None)] == ">=8"
