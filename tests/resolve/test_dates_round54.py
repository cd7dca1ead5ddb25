"""Round dates54: French and Spanish pages date their acts with their own month names ("le 4
juin 1961", "el 9 de agosto de 1977"); an English "Mars" before a year, a name, stays no date."""

from __future__ import annotations

from datetime import date

from fogofwar.resolve.dates import resolve_dates


def _read(text: str, published: date | None = date(2019, 10, 8)) -> list[tuple[str, date | None,
                                                                             str | None]]:
    return [(r.text, r.value, r.precision) for r in resolve_dates(text, published)]


def test_a_french_day_month_year_is_read():
    assert _read("Les gendarmes ont tiré sur la foule le 4 juin 1961 à Valmont.") == [
        ("4 juin 1961", date(1961, 6, 4), "day")]
    assert _read("L'attaque du 1er Août 1972 a fait 30 morts.", None) == [
        ("1er Août 1972", date(1972, 8, 1), "day")]


def test_a_spanish_day_de_month_de_year_is_read():
    assert _read("La policía disparó el 9 de agosto de 1977 contra los mineros.", None) == [
        ("9 de agosto de 1977", date(1977, 8, 9), "day")]
    assert _read("El 1º de mayo de 1983 hubo doce muertos en Ocaña.") == [
        ("1º de mayo de 1983", date(1983, 5, 1), "day")]


def test_a_yearless_french_or_spanish_day_takes_the_page_year():
    assert _read("Douze villageois ont été tués le 14 septembre près de Kessa.") == [
        ("14 septembre", date(2019, 9, 14), "day")]
    assert _read("Los enfrentamientos del 2 de octubre dejaron nueve muertos.") == [
        ("2 de octubre", date(2019, 10, 2), "day")]
    # no page date: a yearless day stays unresolved, as in English
    assert _read("Douze villageois ont été tués le 14 septembre.", None) == [
        ("14 septembre", None, None)]


def test_a_lower_case_month_before_its_year_is_month_precision():
    assert _read("La répression de novembre 1957 reste taboue.", None) == [
        ("novembre 1957", date(1957, 11, 1), "month")]
    assert _read("La masacre de marzo de 1981 en Sumpul.", None) == [
        ("marzo de 1981", date(1981, 3, 1), "month")]


def test_english_names_stay_no_date():
    assert _read("The Mars 2020 rover landed as the shelling went on.", None) == []
    assert _read("Mai 2019 said the guerrillas had fled.", None) == []
    # English dates read as before
    assert _read("Gunmen killed 9 people on 3 March 2012.", None) == [
        ("3 March 2012", date(2012, 3, 3), "day")]

