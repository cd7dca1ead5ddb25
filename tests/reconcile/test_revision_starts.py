"""Which figure a revision chain starts from (reconcile/revision_chains.py `_chains`): a voice
of one side or claimant gives each of its figures, so its chain is the longest from any of
them, and the order the figures are listed in does not decide it. Sentences are written for
these tests."""

from __future__ import annotations

from .helpers import article, killed, multi_claim_article
from .test_disputes import one

MINISTRY = ("Eastland defence ministry", "east")
PREFECT = ("Prefect Ivo Marrant", "east")
PREFECT_AGAIN = ("Prefect Iwo Maran", "east")


def _pages(undated_first: bool) -> list[dict]:
    dated = multi_claim_article("a", "Harbour Post", [
        ("Twelve border guards died in the shelling, the defence ministry said.", MINISTRY,
         [{"figures": [killed(12)]}]),
        ("The prefect later said seventeen had died.", PREFECT, [{"figures": [killed(17)]}])],
        published="2020-02-11")
    undated = article("b", "Valley Courier", [{"figures": [killed(12)]}],
                      claimant=PREFECT_AGAIN, published=None)
    return [undated, dated] if undated_first else [dated, undated]


def test_an_undated_lower_toll_starts_the_chain_whatever_the_order():
    # the dated page's 12 and 17 are no revision (one page, no word of revising), but the
    # undated 12 and that 17 are: the side's toll rose, read in either order of the pages
    for undated_first in (True, False):
        inc = one(_pages(undated_first))
        assert [r["values"] for r in inc["revisions"]] == [["12", "17"]], undated_first
        assert inc["contradictions"] == []
