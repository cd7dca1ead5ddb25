"""A site's "today" bar above a headline the page prints again (session 32): the page's <title>
line carries the site's section after a bar ("Ferry sinks off the cape | world"), the bar's
date stands between it and the headline printed on the page, and the story's own "Updated:"
line, opened by the section word in lower case, stands under that copy. The story's line is the
page's date, not the day the page was saved. Every line here is made up."""

from fogofwar.clean import Cleaner
from fogofwar.clean.datelines import is_dateline
from fogofwar.records import Document

STORY = ("A passenger ferry capsized in heavy seas off the southern cape on Tuesday, and "
         "coastguard officers said at least nine people had drowned.")
MORE = ("Rescue boats pulled thirty survivors from the water overnight, and the port authority "
        "said the search would go on until the weekend.")


def _clean(lines: list[str]):
    doc = Document(source="f.jsonl#L1", text="\n".join(lines),
                   url="https://example.org/world/ferry-sinks-off-the-cape/story-x1.html")
    (article,) = Cleaner().clean_batch([doc])
    return article


def test_the_date_under_the_headline_copy_beats_the_sites_bar():
    article = _clean(["Ferry sinks off the cape | world | Example Daily",
                      "Today in Port Town", "Mar 3, 2024-Sunday",
                      "Ferry sinks off the cape",
                      "world Updated: Jun 12, 2019 08:40 IST",
                      STORY, MORE])
    assert article.published.isoformat() == "2019-06-12"
    assert STORY in article.text


def test_a_dated_label_line_under_the_copy_is_read_after_the_copy():
    # the label's date stands above the copy: still read before the bar above the title
    article = _clean(["Sat, 5 Oct, 2024", "Ferry sinks off the cape",
                      "Updated: 2019-06-12 08:40:13", "Ferry sinks off the cape", STORY, MORE])
    assert article.published.isoformat() == "2019-06-12"


def test_a_lower_case_label_with_its_colon_is_a_dateline_not_a_sentence_end():
    assert is_dateline("world Updated: Jun 12, 2019 08:40 IST")
    assert not is_dateline("in court on June 12, 2019.")
