"""Property tests for the clean stage's parsers of untrusted input: HTML and plain text
(outlet names, URLs, signature lines, boilerplate). The atheris targets in fuzz/ run the same
entry points for many more iterations (issue 17)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.clean import Cleaner
from fogofwar.clean.outlets import outlet_from_url, outlets, read_signatures
from fogofwar.clean.text import extract, normalise_lines
from fogofwar.records import Document

# markup fragments that real pages (and broken ones) are made of
TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<article>", "<br>", "<table><tr><td>",
                        "<script>", "</script>", "<!--", "-->", "<title>", "</title>", "<![CDATA[",
                        "<meta property='article:published_time' content='2020-02-3'>", "&amp;",
                        "&#0;", "&#xD800;", "<", ">", "\x00"])
WORDS = st.sampled_from(["Saraqib", "said", "12", "killed", "Articles by: South Front",
                         "Share this article", "Via Zerohedge", "\u200b", "\r", "\n", " ",
                         "â€™", "Ma’arrat"])
HTML = st.one_of(st.text(max_size=200),
                 st.lists(st.one_of(TAGS, WORDS, st.text(max_size=8)), max_size=40).map("".join))
LINES = st.lists(st.one_of(WORDS, st.text(max_size=40)), max_size=8)


def paragraph_lines(text: str) -> list[str]:
    return [line for line in text.split("\n\n") if line]


@settings(max_examples=150, deadline=None)
@given(HTML)
def test_any_html_cleans_to_normalised_lines(html):
    # never raises; the text is paragraphs of single-spaced, trimmed, non-empty lines
    (article,) = Cleaner().clean_batch([Document(source="p.html", html=html)])
    for line in paragraph_lines(article.text):
        assert line == line.strip() and "  " not in line and "\n" not in line


@settings(max_examples=150, deadline=None)
@given(LINES.map("\n".join), st.one_of(st.none(), st.text(max_size=20)))
def test_text_lines_are_kept_or_removed_never_lost(text, outlet):
    # every normalised input line ends up in the text (as a paragraph, or as a run of whole
    # words of one: a hard-wrapped page's pieces are joined again, `clean/unwrap.py`), in
    # `removed`, or as the title
    lines = normalise_lines(extract(Document(source="t.txt", text=text)).text)
    docs = [Document(source=f"{i}.txt", text=text, outlet=outlet) for i in range(2)]
    for article in Cleaner().clean_batch(docs):
        paragraphs = paragraph_lines(article.text)
        out = paragraphs + article.removed + [article.title]
        assert all(line in out or any(f" {line} " in f" {p} " for p in paragraphs)
                   for line in lines)


def test_a_wrapped_page_joined_across_a_removed_line_loses_no_line():
    # hypothesis found it: "said" / signature line / "said" / "12" is joined into one
    # paragraph around the removed signature, and each piece is still in it
    text = "Saraqib\nsaid\nArticles by: South Front\nsaid\n12"
    (article,) = Cleaner().clean_batch([Document(source="t.txt", text=text)])
    assert "Articles by: South Front" in article.removed
    assert " ".join(paragraph_lines(article.text)).split() == ["Saraqib", "said", "said", "12"]


@settings(deadline=None)  # no wall-clock limits: the machine is shared
@given(LINES)
def test_signature_lines_point_into_the_input(lines):
    signed = read_signatures(lines)
    assert all(0 <= i < len(lines) for i in signed.lines)
    known = {o.name for o in outlets()}
    assert signed.original_outlet is None or signed.original_outlet in known


@settings(deadline=None)  # no wall-clock limits: the machine is shared
@given(st.one_of(st.text(max_size=60), st.from_regex(r"(https?://)?[\w.\[\]:@%-]{0,30}/?.{0,10}",
                                                     fullmatch=True)))
def test_outlet_from_any_url_is_a_known_outlet_or_none(url):
    # a malformed URL (bad IPv6 brackets, ports, userinfo) is no outlet, not an exception
    assert outlet_from_url(url) in {None, *(o.name for o in outlets())}


def _normalise_lines_in_full(text: str) -> list[str]:
    """normalise_lines as written before its shortcuts: ftfy on every text, every line's
    whitespace runs rewritten."""
    import re

    import ftfy

    text = ftfy.fix_text(text, uncurl_quotes=False)
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "",
                  text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (re.sub(r"[^\S\n]+", " ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


ASCII_BITS = st.sampled_from(["&amp;", "&lt;b&gt;", "&", "\r", "\r\n", "\x1b[31m", "\x00",
                              "\x7f", "\x0b", "\x0c", "\t", "  ", " ", "\n", "Aleppo", "said;"])


@settings(deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(st.characters(max_codepoint=127), max_size=80),
                 st.lists(st.one_of(ASCII_BITS, WORDS), max_size=20).map("".join)))
def test_normalise_lines_shortcuts_change_nothing(text):
    # ASCII text ftfy has nothing to repair in skips ftfy; a line of single spaces skips the
    # whitespace rewrite: the lines are those of the full treatment
    assert normalise_lines(text) == _normalise_lines_in_full(text)
