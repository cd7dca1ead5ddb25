"""Transliteration variants of a name the gazetteer lacks under its own spelling (issue 14)."""

from fogofwar.resolve import gazetteer
from fogofwar.resolve.placenames import variants


def test_variants_cover_ukrainian_and_russian_forms():
    assert "olenivka" in variants("Yelenovka")      # ye-/o-, -ovka/-ivka
    assert "groza" in variants("Hroza")             # Ukrainian h, Russian g
    assert "serhiivka" in variants("Serhiyivka")    # iy/i


def test_short_names_get_no_variants():
    assert variants("Hama") == ()


def test_a_variant_finds_an_entry_below_an_exact_score():
    found = gazetteer.candidates("Krasnohorovka")
    assert found and all(score == gazetteer.VARIANT_SCORE for _, score in found)
    assert {e.name for e, _ in found} == {"Krasnohorivka"}


def test_an_exact_name_is_not_read_through_a_variant():
    found = gazetteer.candidates("Krasnohorivka")
    assert found and all(score == 100 for _, score in found)
