"""The parallel map behind `--workers`: input order kept, and the input read only a few items
ahead of the results, so a corpus streams through however large it is (issue 16)."""

from __future__ import annotations

import itertools

import pytest

from fogofwar.analysis import default_workers, ordered_map


def _counting(seen: list[int]):
    for i in itertools.count():
        seen.append(i)
        yield i


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_input_order(workers):
    assert list(ordered_map(abs, [-3, 1, -2, 5, -8, 0, 7], workers)) == [3, 1, 2, 5, 8, 0, 7]


def test_input_is_read_only_a_few_items_ahead():
    seen: list[int] = []
    results = ordered_map(abs, _counting(seen), workers=2)
    first = list(itertools.islice(results, 10))
    assert first == list(range(10))
    assert len(seen) <= 10 + 2 * 2  # at most two items per worker in flight
    results.close()


def test_one_item_runs_in_this_process():
    # a corpus of one batch (the demo) starts no worker: nothing to share
    assert list(ordered_map(abs, [-4], workers=4)) == [4]


def test_default_is_the_cores_available():
    assert default_workers() >= 1
