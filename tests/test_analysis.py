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


def _article(title: str | None, text: str):
    from fogofwar.records import Article

    return Article(id="h1", source="test", text=text, outlet="Test Wire", title=title)


def test_the_headline_is_a_sentence_of_its_own():
    # the body elaborates; only the headline states the attack and its toll
    from fogofwar.analysis import analyse_batch

    body = "Residents said the village was empty on Thursday.\n\nAid groups called for calm."
    found = analyse_batch([_article("Gunmen kill five villagers in northern Nigeria", body)])[0]
    head = [e for e in found.events if e.in_title]
    assert head and all(e.sentence.startswith("Gunmen kill five") for e in head)
    assert any(f.value == 5 for e in head for f in e.figures)
    # its offsets are into the title, and its claim is the headline's own
    title = found.article.title
    assert any(e.actor and title[e.actor.start:e.actor.end] == e.actor.text for e in head)
    assert all(c.in_title for c in found.claims if c.id in {e.claim_id for e in head})
    assert not any(e.in_title for e in found.events if "village was empty" in e.sentence)


def test_a_headline_the_body_repeats_is_not_counted_twice():
    from fogofwar.analysis import analyse_batch, scans_title

    title = "Gunmen kill five villagers in northern Nigeria"
    repeated = _article(title, f"{title}.\n\nResidents said the village was empty.")
    assert not scans_title(repeated)
    assert not any(e.in_title for e in analyse_batch([repeated])[0].events)
    assert not scans_title(_article(None, "Gunmen killed five villagers."))


def test_a_title_case_headline_reads_as_its_sentence_case_copy():
    # the small model tags every capitalised word a proper name (no event at all here); the
    # headline is parsed in sentence case and its mentions keep its own spelling and offsets
    from fogofwar.analysis import analyse_batch

    body = ("Residents said bandits attacked the school on Thursday and took students away "
            "in Katsina.\n\nAid groups called for calm.")
    title = "Bandits Abduct Twenty Students From School In Katsina"
    found = analyse_batch([_article(title, body)])[0]
    head = [e for e in found.events if e.in_title]
    assert head and head[0].actor and head[0].target
    assert (head[0].actor.text, head[0].target.text) == ("Bandits", "Twenty Students")
    assert all(title[m.start:m.end] == m.text for e in head for m in (e.actor, e.target))


def test_a_printed_headline_that_spells_the_slug_keeps_its_events():
    from dataclasses import replace

    from fogofwar.analysis import analyse_batch

    body = "Residents said the village was empty on Thursday.\n\nAid groups called for calm."
    title = "Gunmen kill five villagers in northern Nigeria"
    url = "https://example.org/news/gunmen-kill-five-villagers-in-northern-nigeria"
    article = replace(_article(title, body), url=url)
    spelled = analyse_batch([replace(article, title_printed=False)])[0]
    printed = analyse_batch([replace(article, title_printed=True)])[0]
    assert not any(e.in_title for e in spelled.events)
    assert any(e.in_title for e in printed.events)


def test_a_lower_case_headline_names_its_claimant_as_the_body_does():
    # a title spelled from the URL's slug lost its capitals: "hamas" is still Hamas, with the
    # pack's actor and country, and its offsets are into the title (titles41)
    from fogofwar.analysis import analyse_batch
    from fogofwar.records import Article

    body = ("Hamas said on Tuesday that Israeli strikes killed 40 people in the camp overnight. "
            "Israel said it had targeted militants.")
    title = "Death toll in camp strikes rises to 40 according to hamas"
    art = Article(id="h2", source="test", text=body, outlet="Test Wire", title=title,
                  title_printed=False)
    found = analyse_batch([art])[0]
    head = [c for c in found.claims if c.in_title and c.claimant is not None]
    assert head and head[0].claimant.actor_id == "hamas"
    cl = head[0].claimant
    assert title[cl.start:cl.end].casefold() == cl.text.casefold() == "hamas"


def test_the_headline_s_places_are_the_article_s_flagged_in_title():
    # the headline names the town, the body only "the port": the export must still carry it,
    # at the title's offsets, after the body's places
    from fogofwar.analysis import analyse_batch

    title = "Missile strike on Odesa port kills two"
    body = ("Two people were killed when missiles hit the port overnight, the regional "
            "governor said.\n\nRescue teams worked through the night.")
    found = analyse_batch([_article(title, body)])[0]
    head = [p for p in found.places if p.in_title]
    assert "Odesa" in {p.text for p in head}
    assert all(title[p.start:p.end] == p.text for p in head)
    assert not any(p.in_title for p in found.places[:len(found.places) - len(head)])
    # a headline place the body also names is the body's reading, at the title's offsets
    body2 = "A suicide bomber blew himself up at a market in Mogadishu on Friday, police said."
    title2 = "Suicide bomber kills 12 at market in Mogadishu"
    found2 = analyse_batch([_article(title2, body2)])[0]
    [body_p] = [p for p in found2.places if not p.in_title and p.text == "Mogadishu"]
    [head_p] = [p for p in found2.places if p.in_title and p.text == "Mogadishu"]
    assert head_p.geonames_id == body_p.geonames_id and head_p.start == title2.index("Mogadishu")
