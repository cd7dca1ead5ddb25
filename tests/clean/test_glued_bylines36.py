"""A byline glued to the story's first sentence by a bar ("Jane Roe|A coalition ...") is split
off (round opened36); lines written for these tests."""

from __future__ import annotations

from fogofwar.clean.glued import split_glued_bylines


def test_a_name_glued_by_a_bar_to_a_sentence_is_split_off():
    lines = ["Marchers Shot In Lusaka",
             "Mary Banda|A coalition of rights groups says at least 30 people have been killed."]
    out, split = split_glued_bylines(lines, set())
    assert out == ["Marchers Shot In Lusaka", "Mary Banda",
                   "A coalition of rights groups says at least 30 people have been killed."]
    assert split == {1}  # the name was split off the line after it (cleaner.rejoin)


def test_earlier_splits_keep_their_lines_under_the_new_numbering():
    lines = ["Mary Banda|Police said the marchers had burned two buses in the city centre.",
             "Updated:", "Ten people were hurt when police fired on the march on Monday."]
    out, split = split_glued_bylines(lines, {1})
    assert out[1:] == ["Police said the marchers had burned two buses in the city centre.",
                       "Updated:", "Ten people were hurt when police fired on the march on Monday."]
    assert split == {0, 2}


def test_a_bar_between_labels_or_before_no_sentence_is_left_alone():
    lines = ["Home|World|Africa", "Mary Banda|Lusaka", "Sport | Football results of the week"]
    assert split_glued_bylines(lines, set()) == (lines, set())
