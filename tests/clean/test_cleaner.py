"""Cleaner.clean_batch on the demo articles and on made-up outlets' articles."""

from dataclasses import replace
from datetime import date

import pytest

from fogofwar.clean import Cleaner
from fogofwar.records import Document

GR_FOOTER = [
    "*",
    "Note to readers: please click the share buttons above or below. Forward this article to "
    "your email lists. Crosspost on your blog site, internet forums. etc.",
    "Support South Front in its endeavors.",
    "Articles by: South Front",
    "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
    "www.globalresearch.ca contains copyrighted material",
    "For media inquiries:",
]


@pytest.fixture(scope="module")
def seeds(demo_docs):
    keys = sorted(demo_docs)
    return dict(zip(keys, Cleaner().clean_batch([demo_docs[k] for k in keys]), strict=True))


@pytest.mark.parametrize(
    ("seed", "outlet", "original", "byline"),
    [
        ("000", "Zero Hedge", None, None),  # from "Via Zerohedge"
        ("001", None, None, None),  # no signature at all: unknown outlet
        ("002", "Zero Hedge", None, "Tyler Durden"),  # "Article written by ... for Zero Hedge"
        ("003", "Global Research", "South Front", None),  # author box + CRG disclaimer
        ("004", "Global Research", "South Front", None),
    ],
)
def test_outlet_from_signatures_without_manifest(seeds, seed, outlet, original, byline):
    article = seeds[seed]
    assert (article.outlet, article.original_outlet, article.byline) == (outlet, original, byline)


@pytest.mark.parametrize(
    ("seed", "removed_starts"),
    [
        ("000", ["Via Zerohedge", "Aleppo, AFP file image.", "READ ALSO NDAA Seeks",
                 "READ ALSO The Jobs Report"]),
        ("001", []),  # nothing to remove
        ("002", ["Article written by Tyler Durden for Zero Hedge", "0 Comments"]),
        ("003", GR_FOOTER),
        ("004", GR_FOOTER),
    ],
)
def test_removed_lines_in_order(seeds, seed, removed_starts):
    removed = seeds[seed].removed
    assert len(removed) == len(removed_starts)
    for line, start in zip(removed, removed_starts, strict=True):
        assert line.startswith(start)
        assert line not in seeds[seed].text  # removed from the text, kept on the article


@pytest.mark.parametrize(
    ("seed", "sentence"),
    [
        # the attribution tail of a quoted passage stays with it
        ("000", "opened a new front northeast of the city, an attempted fight back after "
                "territorial advances by Damascus. — Jerusalem Post"),
        ("000", "“We would also like to draw attention to diplomatic notes"),
        ("001", "Some 400,000 people have been killed because of the Syrian conflict"),
        ("002", "“Five of our troops were killed and five others were injured in the shelling"),
        ("002", "• 115 regime targets have been struck"),  # quoted ministry bullet
        ("003", "Late on February 13, the Israeli Air Force carried out a new wave of airstrikes"),
        ("003", "The Syrian conflict does not seem to be nearing any end."),
        ("004", "The battle for Idlib is ongoing."),
        ("004", "At least 5 Turkish personnel were reportedly killed"),
    ],
)
def test_reporting_is_kept(seeds, seed, sentence):
    assert sentence in seeds[seed].text


@pytest.mark.parametrize(
    ("seed", "title", "first_words"),
    [
        ("001", "Russian, Turkish proxies poised to intensify clashes in Syria’s Idlib",
         "Parties opposed"),  # headline line moved to the title
        ("003", "Video: Turkey Supports Al Qaeda Against Syrian Forces in Idlib", "Adventures"),
        ("000", None, "Amid the ongoing"),  # first paragraph is a sentence, not a headline
        ("002", None, "With the geopolitical situation"),
    ],
)
def test_headline_becomes_title(seeds, seed, title, first_words):
    assert seeds[seed].title == title
    assert seeds[seed].text.startswith(first_words)


def test_text_is_normalised(seeds):
    text = seeds["000"].text
    assert "\u00a0" not in text and "  " not in text  # NBSP and double spaces gone
    assert "\n\n" in text and "\n\n\n" not in text  # paragraphs separated by one blank line


def test_manifest_metadata_wins(demo_docs):
    doc = replace(demo_docs["002"], outlet="ZeroHedge", published="2020-02-11",
                  published_precision="day", title="Turkey Sends Hundreds Of Tanks")
    (article,) = Cleaner().clean_batch([doc])
    assert article.outlet == "Zero Hedge"  # alias from metadata made canonical
    assert article.title == "Turkey Sends Hundreds Of Tanks"
    assert (article.published, article.published_precision) == (date(2020, 2, 11), "day")


def test_same_content_same_id_and_no_self_link(demo_docs):
    first = Cleaner().clean_batch([demo_docs["004"]])[0]
    cleaner = Cleaner(fingerprints=[(first.id, first.fingerprint)])
    again = cleaner.clean_batch([demo_docs["004"]])[0]
    assert again.id == first.id and again.duplicate_of is None
    assert len(first.fingerprint) == 128 and all(isinstance(v, int) for v in first.fingerprint)


def make_article(outlet: str, topic: str, footer: str, n: int) -> Document:
    """A made-up article of `outlet` with distinct body sentences and a shared footer line."""
    body = [f"Paragraph {i} about {topic}: forces shelled position {i * 7 + n} "
            f"near the {topic} road, local sources told reporters on day {i}." for i in range(8)]
    return Document(source=f"{outlet}-{n}", text="\n\n".join([*body, footer]), outlet=outlet)


FOOTER = "Help independent war reporting survive by telling a friend about the Idlib Monitor today"


def test_learned_footer_removed_from_distinct_articles():
    docs = [make_article("Idlib Monitor", "Saraqib", FOOTER, 1),
            make_article("Idlib Monitor", "Maarat al-Numan", FOOTER, 2)]
    articles = Cleaner().clean_batch(docs)
    for article in articles:
        assert FOOTER not in article.text and article.removed == [FOOTER]
        assert "Paragraph 7" in article.text and article.duplicate_of is None


def test_learned_footer_from_store_counts():
    # the store saw the footer in one earlier article; one new article makes two
    doc = make_article("Idlib Monitor", "Saraqib", FOOTER, 1)
    first = Cleaner().clean_batch([doc])[0]
    assert FOOTER in first.text  # one article alone teaches nothing
    key = first.line_keys[-1]
    later = Cleaner(known_lines={"Idlib Monitor": {key: 1}})
    (article,) = later.clean_batch([make_article("Idlib Monitor", "Kafr Nabl", FOOTER, 3)])
    assert article.removed == [FOOTER]


def test_footer_of_other_outlet_is_not_learned():
    docs = [make_article("Idlib Monitor", "Saraqib", FOOTER, 1),
            make_article("Aleppo Daily", "Maarat al-Numan", FOOTER, 2)]
    assert all(FOOTER in a.text for a in Cleaner().clean_batch(docs))


@pytest.mark.parametrize(
    ("copy_outlet", "extra"),
    [
        # same outlet posts the piece twice, once with an update line: the copies share every
        # line, yet none of it may be learned as boilerplate
        (None, "Update: the Turkish Defence Ministry later revised its figures."),
        # another site republishes it verbatim
        ("Other Site", ""),
    ],
)
def test_copies_keep_their_text_and_are_linked(demo_docs, copy_outlet, extra):
    original = demo_docs["003"]
    copy = replace(original, source="copy-of-003", outlet=copy_outlet,
                   text=original.text + "\n\n" + extra)
    first, second = Cleaner().clean_batch([original, copy])
    assert second.id != first.id
    assert second.duplicate_of == first.id and first.duplicate_of is None
    assert "In Turkey, it is by now a good tradition" in first.text
    assert "In Turkey, it is by now a good tradition" in second.text
    assert len(second.removed) == len(first.removed) == len(GR_FOOTER)  # patterns only


def test_reposted_copy_with_small_edits_is_linked(demo_docs):
    original = demo_docs["002"]
    edited = original.text.replace("hundreds of tanks", "scores of tanks").replace(
        "Article written by Tyler Durden for Zero Hedge", "Originally published by Zero Hedge")
    repost = Document(source="repost", text="Via Zerohedge\n\n" + edited, outlet="Other Site")
    first = Cleaner().clean_batch([original])[0]
    later = Cleaner(fingerprints=[(first.id, first.fingerprint)])
    (linked,) = later.clean_batch([repost])
    assert linked.duplicate_of == first.id and linked.id != first.id
    assert linked.outlet == "Other Site"


def test_different_articles_are_not_linked(seeds):
    assert all(article.duplicate_of is None for article in seeds.values())


def test_html_document_uses_trafilatura():
    html = ("<html><head><title>Clashes near Saraqib</title>"
            "<meta name='author' content='Jane Roe'></head><body><nav>Home | World</nav>"
            "<article><h1>Clashes near Saraqib</h1>"
            "<p>Syrian government forces advanced on Saraqib on Monday, the ministry said.</p>"
            "<p>Turkish artillery shelled positions west of the town, local sources said.</p>"
            "<p>0 Comments</p></article></body></html>")
    (article,) = Cleaner().clean_batch(
        [Document(source="x.html", html=html, url="https://www.dailysabah.com/x")])
    assert article.title == "Clashes near Saraqib" and article.byline == "Jane Roe"
    assert article.outlet == "Daily Sabah"  # from the URL's domain
    assert article.text.split("\n\n") == [
        "Syrian government forces advanced on Saraqib on Monday, the ministry said.",
        "Turkish artillery shelled positions west of the town, local sources said."]
    assert article.removed == ["0 Comments"]


def test_mojibake_is_repaired():
    text = "Turkeyâ€™s Defense Ministry said â€œreturn fire was openedâ€\x9d on Monday."
    (article,) = Cleaner().clean_batch([Document(source="m", text=text)])
    assert article.text == "Turkey’s Defense Ministry said “return fire was opened” on Monday."


def test_long_shared_line_mid_text_is_kept():
    # two distinct reports of one outlet quote the same long ministry statement mid-text:
    # a quotation, not furniture, so it is not learned away
    quote = ("“Five of our troops were killed and five others were injured in the shelling by "
             "the Syrian regime,” the Turkish Defense Ministry said on Monday.")
    docs = []
    for n, topic in enumerate(["Saraqib", "Taftanaz"]):
        doc = make_article("Idlib Monitor", topic, "End of report.", n)
        paragraphs = doc.text.split("\n\n")
        paragraphs.insert(3, quote)
        docs.append(replace(doc, text="\n\n".join(paragraphs)))
    articles = Cleaner().clean_batch(docs)
    assert all(quote in a.text for a in articles)
    assert all(a.removed == ["End of report."] for a in articles)  # short shared tail line goes


def test_fingerprint_is_a_fresh_minhash_of_the_shingles():
    # the permutations are drawn once and shared: a fingerprint, and a stored one read back,
    # are what a MinHash of its own would hold
    import re

    from datasketch import MinHash

    from fogofwar.clean.dedup import SCHEME, as_ints, as_minhash, fingerprint
    text = "Shelling hit the market in the east of the city late on Sunday, a local official said."
    words = re.findall(r"\w+", text.casefold())
    fresh = MinHash(num_perm=128, scheme=SCHEME)
    fresh.update_batch(" ".join(words[i:i + 5]).encode("utf-8") for i in range(len(words) - 4))
    ours = fingerprint(text)
    assert as_ints(ours) == as_ints(fresh)
    assert (ours.permutations == fresh.permutations).all()
    assert as_minhash(as_ints(ours)).jaccard(fresh) == 1.0
    assert as_ints(fingerprint("Another text, with other words in it entirely.")) != as_ints(ours)
