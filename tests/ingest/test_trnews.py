"""Every TR-News article ingests with its own `published` string (issue 13).

TR-News writes publication times as its sources did ("7:58 AM ET, Sat January 3, 2015",
"Wed Nov 23, 2016 | 4:58pm EST", "9 Oct 2012, 7:43am EDT", empty). Before issue 13, 72 of its
118 articles were skipped for their date. The gold set is read in place from ../shared/eval
(or FOGOFWAR_EVAL_DIR); the test is skipped where it is not.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fogofwar.clean import Cleaner
from fogofwar.ingest import iter_documents

REPO = Path(__file__).resolve().parents[2]
EVAL = Path(os.environ.get("FOGOFWAR_EVAL_DIR") or REPO.parent / "shared" / "eval")
TR_NEWS = EVAL / "tr-news" / "TR-News.xml"


@pytest.mark.skipif(not TR_NEWS.is_file(), reason=f"TR-News gold set not found at {TR_NEWS}")
def test_every_tr_news_record_is_kept_with_its_date(tmp_path):
    path = tmp_path / "tr-news.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for art in ET.parse(TR_NEWS).getroot().findall("article"):
            out.write(json.dumps({"text": art.findtext("text"), "url": art.findtext("url"),
                                  "title": art.findtext("title"),
                                  "published": art.findtext("dltime"),
                                  "domain": art.findtext("domain")}) + "\n")
    skipped: list[tuple[str, str]] = []
    docs = list(iter_documents([path], on_skip=lambda s, r: skipped.append((s, r))))
    articles = Cleaner().clean_batch(docs)
    assert skipped == [] and len(articles) == 118
    dated = [a for a in articles if a.published is not None]
    # the two undated ones have an empty dltime and no date in the URL or text
    assert len(dated) == 116
    assert all(a.outlet for a in articles)  # every record has a URL: outlet from it
    # the unknown field is reported on every record, never a reason to skip
    assert all(w == "unknown field 'domain' ignored" for d in docs for w in d.warnings)
