"""Non-state armed groups never take their country's side (resolve.nonstate)."""

import pytest

from fogofwar.resolve.nonstate import is_non_state


@pytest.mark.parametrize(("text", "sector", "actor_id", "expected"), [
    ("Ukrainian separatists", None, None, True),        # head noun of an armed class
    ("Anglophone separatists", "REB", "ambazonia", True),  # sector REB
    ("Donetsk separatists", "MIL", "dpr_forces", True),  # armed type in the pack (separatist)
    ("the Ukrainian military", "MIL", None, False),
    ("Ukrainian officials", "GOV", None, False),
    ("Ukraine", "GOV", "ukr", False),
    (None, None, None, False),
])
def test_non_state_groups(text, sector, actor_id, expected):
    assert is_non_state(text, sector, actor_id) is expected
