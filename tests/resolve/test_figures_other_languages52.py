"""Figures written as French and Spanish pages write them (round lang52): thousands grouped by
a stop ("2.000", "1.500.000") and the words of death and injury ("35 morts", "12 heridos").
Sentences written for this test."""

from __future__ import annotations

import pytest

from fogofwar.resolve.figures import parse_figures


def _values(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.category) for f in parse_figures(text)]


@pytest.mark.parametrize("text,expected", [
    ("Los combates dejaron 1.500 civiles muertos en la provincia.", ("1.500", 1500, "killed")),
    ("Según la ONU, 2.300.000 personas huyeron del país.", ("2.300.000", 2300000, None)),
    ("Les affrontements ont fait 35 morts dans la ville.", ("35", 35, "killed")),
    ("L'attaque a fait 12 blessés parmi les civils du marché.", ("12", 12, "injured")),
    ("El ataque dejó 40 heridos en el mercado central.", ("40", 40, "injured")),
    ("Au moins 70 soldats ont perdu la vie pendant les combats.", ("Au moins 70", 70, "killed")),
    ("Entre 200 y 300 personas fallecidos tras la explosión.", None),
])
def test_other_language_figures(text, expected):
    rows = _values(text)
    if expected is None:
        assert any(r[2] == "killed" for r in rows), rows
        return
    txt, value, cat = expected
    hit = [r for r in rows if r[1] == value]
    assert hit, rows
    if cat:
        assert hit[0][2] == cat, rows


@pytest.mark.parametrize("text,value", [
    ("The loan of 1.500 million dollars was approved.", 1500000),
    ("The convoy drove 2.500 km across the desert.", 2.5),
    ("Prices rose 12.345 % last year.", 12.345),
])
def test_stop_before_a_scale_or_unit_is_decimal(text, value):
    assert any(abs(f.value - value) < 1e-6 for f in parse_figures(text)), _values(text)


@pytest.mark.parametrize("text", [
    "Un rapport remis au ministre dénonce le massacre commis en 1957 dans le village.",
    "La familia busca justicia desde 1989 por la muerte de su hijo en la protesta.",
])
def test_year_after_a_french_or_spanish_preposition_is_no_figure(text):
    assert not parse_figures(text), _values(text)
