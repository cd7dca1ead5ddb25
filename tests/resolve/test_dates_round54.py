"""Round dates54: French and Spanish pages date their acts with their own month names ("le 4
juin 1961", "el 9 de agosto de 1977"); an English "Mars" before a year, a name, stays no date. A
stretch of days is dated by its first ("From Aug. 4 to Aug. 19"), and a year after its last day
is every day's ("March 11-12, 1994")."""

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


def test_a_stretch_is_dated_by_its_first_day():
    # the last day takes the first's value: an event near it is the stretch's, begun then
    assert _read("From Aug. 4 to Aug. 19, militias burned the villages of the valley.") == [
        ("Aug. 4", date(2019, 8, 4), "day"), ("Aug. 19", date(2019, 8, 4), "day")]
    assert _read("Troops shot protesters between Sept. 12 and 16 in four towns.") == [
        ("Sept. 12", date(2019, 9, 12), "day"), ("16", date(2019, 9, 12), "day")]
    assert _read("The raids of July 8-9 killed 14.") == [
        ("July 8", date(2019, 7, 8), "day"), ("9", date(2019, 7, 8), "day")]


def test_two_days_that_are_no_stretch_keep_their_own():
    # "and" without "between", days a month apart, weekdays: as read before
    assert _read("Shells hit the market on July 8 and July 11.") == [
        ("July 8", date(2019, 7, 8), "day"), ("July 11", date(2019, 7, 11), "day")]
    assert _read("From 2 May to 30 June the town was under siege.") == [
        ("2 May", date(2019, 5, 2), "day"), ("30 June", date(2019, 6, 30), "day")]


def test_a_year_after_a_stretch_is_every_day_of_it():
    assert _read("On the night of March 11-12, 1994, the camp was shelled.") == [
        ("March 11", date(1994, 3, 11), "day"), ("12", date(1994, 3, 11), "day")]
    assert _read("Soldiers fired on mourners on April 6 and 7, 2003.", None) == [
        ("April 6", date(2003, 4, 6), "day"), ("7", date(2003, 4, 7), "day")]


def test_a_french_or_spanish_day_is_no_count():
    from fogofwar.resolve.figures import parse_figures
    for text in ("Le rapport remis jeudi 16 octobre au ministre compte 35 morts.",
                 "El informe del 27 de febrero cuenta 35 muertos."):
        assert [f.value for f in parse_figures(text)] == [35], text
