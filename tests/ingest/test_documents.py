"""iter_documents / count_inputs: the demo corpus with its manifest, JSONL, and bad input."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogofwar.errors import InputError
from fogofwar.ingest import count_inputs, iter_documents
from fogofwar.ingest.readers import record_document


def collect(paths, **kwargs):
    skipped = []
    docs = list(iter_documents(paths, on_skip=lambda s, r: skipped.append((s, r)), **kwargs))
    return docs, skipped


def test_demo_directory_with_manifest(demo_dir):
    docs, skipped = collect([demo_dir])
    assert skipped == []  # manifest.jsonl is metadata, not a document
    assert [Path(d.source).name[:3] for d in docs] == ["000", "001", "002", "003", "004"]
    meta = {Path(d.source).name[:3]: d for d in docs}
    # manifest fields reach the documents, dates normalised with precision
    assert (meta["003"].outlet, meta["003"].original_outlet) == ("Global Research", "South Front")
    assert (meta["002"].published, meta["002"].published_precision) == ("2020-02-11", "day")
    assert meta["001"].outlet is None  # manifest says the outlet is unknown
    assert meta["002"].title is None
    assert meta["000"].text.startswith("Via Zerohedge")
    assert count_inputs([demo_dir]) == 5


def test_overrides_win_over_manifest(demo_dir):
    # --outlet / --published override per-file metadata
    docs, _ = collect([demo_dir], outlet="Test Outlet", published="2021-03")
    assert {(d.outlet, d.published, d.published_precision) for d in docs} == {
        ("Test Outlet", "2021-03", "month")}


def test_bad_override_date_is_input_error(demo_dir):
    with pytest.raises(InputError, match="2021-99"):
        collect([demo_dir], published="2021-99")


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Turkey sent hundreds of tanks to Idlib.", "outlet": "Bloomberg",
                    "published": "2020-02-10", "url": "https://example.org/a"}),
        "{not json",  # invalid JSON: skipped
        json.dumps({"title": "no body"}),  # neither text nor html: skipped
        "",  # blank line: ignored silently
        # a date cannot drop a record (issue 13): kept as written, read again by clean
        json.dumps({"html": "<p>Clashes near Saraqib.</p>", "published": "7:58 AM ET"}),
        json.dumps(["a list"]),  # not an object
        json.dumps({"html": "<p>Clashes near Saraqib.</p>", "published": "2020-02"}),
        # a wrong type and unknown fields are warnings on the document, not skips
        json.dumps({"text": "Shelling hit Idlib.", "title": 5, "domain": "x.org", "lang": "en"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = collect([path])
    assert [d.source for d in docs] == [f"{path}#L{n}" for n in (1, 5, 7, 8)]
    assert docs[0].outlet == "Bloomberg" and docs[0].url == "https://example.org/a"
    assert docs[1].published == "7:58 AM ET" and docs[1].published_precision is None
    assert docs[2].html and docs[2].published_precision == "month"
    assert docs[0].warnings == []
    assert docs[3].title is None and docs[3].warnings == [
        "field 'title' must be a string, got 5; ignored",
        "unknown fields 'domain', 'lang' ignored"]
    assert [s for s, _ in skipped] == [f"{path}#L2", f"{path}#L3", f"{path}#L6"]
    reasons = [r for _, r in skipped]
    assert "invalid JSON" in reasons[0]
    assert "neither 'text' nor 'html'" in reasons[1]
    assert count_inputs([path]) == 1  # one file, however many records


def test_manifest_csv_and_html(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published\na.html,Daily Sabah,2020-02-10\n", encoding="utf-8")
    docs, skipped = collect([tmp_path])
    assert skipped == []
    assert docs[0].html and docs[0].text is None  # HTML kept for the clean stage
    assert (docs[0].outlet, docs[0].published) == ("Daily Sabah", "2020-02-10")


def test_legacy_encoding_is_detected(tmp_path):
    # not UTF-8: cp1252 text decodes through charset detection instead of failing
    path = tmp_path / "old.txt"
    sentence = "Erdogan’s forces – reportedly – crossed into Idlib province on Monday. " * 5
    path.write_bytes(sentence.encode("cp1252"))
    (doc,) = list(iter_documents([path]))
    assert "crossed into Idlib province" in doc.text


def write_bad_files(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "undecodable": folder / "undecodable.txt",
        "unknown extension": folder / "article.pdf",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"%PDF-1.4\x00\x01\x02 binary")
    files["undecodable"].write_bytes(bytes(range(128, 256)) * 4)
    files["unknown extension"].write_text("Some text.", encoding="utf-8")
    return files


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("empty", "empty file"),  # nothing to read
        ("binary", "binary file"),  # NUL bytes
        ("undecodable", "cannot decode"),  # neither UTF-8 nor any detectable encoding
        ("unknown extension", "unknown file type '.pdf'"),  # not txt/html/jsonl
    ],
)
def test_bad_file_given_directly_raises_one_line(tmp_path, case, message):
    path = write_bad_files(tmp_path)[case]
    with pytest.raises(InputError) as info:
        list(iter_documents([path]))
    text = str(info.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text


def test_missing_path_raises(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_documents([tmp_path / "nope.txt"]))


def test_bad_files_in_directory_are_skipped(tmp_path):
    files = write_bad_files(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Syrian forces took Saraqib.", encoding="utf-8")
    docs, skipped = collect([tmp_path])
    assert [Path(d.source).name for d in docs] == ["good.txt"]  # recursive walk
    assert sorted(s for s, _ in skipped) == sorted(str(p) for p in files.values())
    assert all("\n" not in reason for _, reason in skipped)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["text", "html", "url", "outlet", "published", "title",
                         "original_outlet", "published_precision", "x"]), inner, max_size=6),
    max_leaves=10)


@given(st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode())))
def test_jsonl_record_raises_only_input_error(raw):
    # property: any line, bytes or any JSON value, is a Document or an InputError
    try:
        doc = record_document("x#L1", raw, {})
    except InputError:
        return
    assert (doc.text or doc.html).strip()


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_jsonl_file_raises_only_input_error(content):
    # property: a whole JSONL file of arbitrary bytes never escapes as anything but InputError
    fd, name = tempfile.mkstemp(suffix=".jsonl")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        try:
            list(iter_documents([name], on_skip=lambda s, r: None))
        except InputError:
            pass
    finally:
        os.unlink(name)
