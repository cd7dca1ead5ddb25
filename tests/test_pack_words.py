"""pack_words: one cached reader for a word list at a pack's top level."""

import pytest

from fogofwar.errors import PackError
from fogofwar.packs import load_pack, pack_words, word_set


def test_pack_words_reads_the_key_lower_cased_once():
    words = pack_words("reconcile", "media_nouns")
    assert words == word_set(load_pack("reconcile"), "reconcile", "media_nouns")
    assert all(w == w.lower() for w in words)
    assert pack_words("reconcile", "media_nouns") is words  # read once per process


def test_pack_words_names_the_file_and_a_missing_key():
    with pytest.raises(PackError, match=r"reconcile\.yaml: missing key 'no_such_words'"):
        pack_words("reconcile", "no_such_words")
