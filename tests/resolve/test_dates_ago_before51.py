"""Round opened51: French and Spanish pages say "ago" before the count ("il y a 60 ans", "hace
25 años"); the count back is read as the English "<number> <unit> ago" is (pack dates
`ago_before`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from fogofwar.resolve.dates import resolve_dates

PUBLISHED = date(2021, 6, 10)


def _read(text: str) -> list[tuple[str, date | None, str | None]]:
    return [(r.text, r.value, r.precision) for r in resolve_dates(text, PUBLISHED)]


def test_french_il_y_a_counts_years_back_from_the_page():
    assert _read("Les villageois abattus il y a 60 ans n'ont jamais été comptés.") == [
        ("il y a 60 ans", date(1961, 1, 1), "year")]


def test_spanish_hace_counts_years_back_even_opening_a_sentence():
    assert _read("Hace 25 años, los soldados dispararon contra la marcha.") == [
        ("Hace 25 años", date(1996, 1, 1), "year")]


def test_a_count_back_in_months_keeps_its_month():
    assert _read("La masacre de hace 3 meses sigue impune.") == [
        ("hace 3 meses", date(2021, 3, 1), "month")]


def test_il_y_a_without_a_unit_of_time_is_no_date():
    assert _read("Il y a 40 morts selon la police.") == []
