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


def test_a_voices_militants_row_shares_its_cell_with_its_other_dead():
    inc = {"figures": [
        {"category": "killed", "claimant": "Governor", "side": None, "low": 9.0, "high": 9.0},
        {"category": "killed", "claimant": "Governor", "side": None, "low": 41.0,
         "high": 41.0, "victims": "militants"},
    ]}
    _, _, cells = figure_grid(inc)
    assert cells[("killed", "Governor", None)] == "9; 41 militants"


def test_dashboard_template_reads_a_ceiling_row_with_no_low_bound():
    """Incident schema 1.11 exports "up to 40" with `low: null`; the dashboard formatted
    `low` with '%g' itself, which fails on null. It reads rows through `row_label` now."""
    from fogofwar.present.web.pages import templates
    render = templates.env.from_string("{{ f|row_label }}").render
    assert render(f={"category": "killed", "claimant": "Medics", "low": None, "high": 40.0}) \
        == "&lt;=40"
    assert render(f={"category": "killed", "claimant": "Medics", "low": 100.0, "high": 100.0,
                     "approx": True, "about": 100.0}) == "about 100"
    source = templates.env.loader.get_source(templates.env, "dashboard.html")[0]
    assert "format(f.low)" not in source
