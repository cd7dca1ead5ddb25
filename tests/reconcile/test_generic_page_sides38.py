"""A claimant named by generic words only ("officials", "sources", "the authorities") is not
one voice across an incident's pages (reconcile/voices.py `_own_sides`): the side one page
gives its "officials" stays on that page, and another page's unsided "officials" (whoever
that page quotes: a watchdog, a hospital) do not take it. A named claimant still carries
its side from page to page. Names are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from fogofwar.reconcile.voices import inherited_sides, with_inherited_sides

from .test_voices import ref


def _on(page: str, claimant: str, side: str | None):
    return replace(ref(claimant, side), article_id=page, origin=page)


def test_bare_officials_sided_on_one_page_lend_no_side_to_another_page():
    refs = [_on("a", "officials", "east"), _on("b", "officials", None)]
    assert inherited_sides(refs) == {}
    assert [r.side for r in with_inherited_sides(refs)] == ["east", None]


def test_bare_sources_keep_their_side_within_their_own_page():
    refs = [_on("a", "sources", "east"), _on("a", "sources", None), _on("b", "sources", None)]
    assert [r.side for r in with_inherited_sides(refs)] == ["east", "east", None]


def test_a_named_office_still_carries_its_side_to_another_page():
    refs = [_on("a", "Governor Mira Talen", "east"), _on("b", "Governor Mira Talen", None)]
    assert inherited_sides(refs) == {"Governor Mira Talen": "east"}
    assert [r.side for r in with_inherited_sides(refs)] == ["east", "east"]


def test_a_bare_government_is_one_body_and_still_carries_its_side():
    refs = [_on("a", "the government", "east"), _on("b", "the government", None)]
    assert [r.side for r in with_inherited_sides(refs)] == ["east", "east"]


def test_security_sources_sided_on_one_page_lend_no_side_to_another_page():
    refs = [_on("a", "security sources", "east"), _on("b", "security sources", None)]
    assert [r.side for r in with_inherited_sides(refs)] == ["east", None]
