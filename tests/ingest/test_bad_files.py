"""Malformed files inside a corpus: each is refused with its own reason, cheaply (issue 17)."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from fogofwar import config
from fogofwar.errors import InputError
from fogofwar.ingest import iter_documents
from fogofwar.ingest.decode import decode_bytes


def collect(paths):
    skipped: list[tuple[str, str]] = []
    docs = list(iter_documents(paths, on_skip=lambda s, r: skipped.append((s, r))))
    return docs, skipped


def zip_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.txt", text)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content", "reason"), [
    # a gzip bomb named .html: named by its magic bytes, never decompressed
    ("bomb.html", gzip.compress(b"A" * 5_000_000), "gz, application/gzip"),
    # a zip bomb named .txt
    ("bomb.txt", zip_bytes("A" * 5_000_000), "zip, application/zip"),
    # random high bytes without NUL: neither UTF-8 nor a text encoding
    ("noise.html", bytes(range(128, 256)) * 8, "cannot decode"),
])
def test_archives_and_noise_are_refused_by_name(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    docs, skipped = collect([tmp_path])
    assert docs == []
    assert [(s, reason in r) for s, r in skipped] == [(str(tmp_path / name), True)]


def test_archive_reason_says_it_was_not_opened():
    with pytest.raises(InputError, match="archives are not opened"):
        decode_bytes(gzip.compress(b"<p>text</p>"))


def test_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("word " * 300, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Shelling hit Saraqib.", encoding="utf-8")
    docs, skipped = collect([tmp_path])
    assert [d.source for d in docs] == [str(tmp_path / "small.txt")]
    assert skipped[0][0] == str(tmp_path / "big.txt") and "file too large" in skipped[0][1]


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_line_read(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_FILE_BYTES", 100)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 500 + b'"}\n{"text": "Clashes in Ariha."}\n')
    docs, skipped = collect([path])
    assert [d.text for d in docs] == ["Clashes in Ariha."]
    assert [(s, r.startswith("line too long")) for s, r in skipped] == [(f"{path}#L1", True)]


def test_damaged_utf8_keeps_its_characters():
    # one bad byte in a UTF-8 article: the rest stays UTF-8 (not re-read as cp1252 mojibake)
    data = "Ma’arrat al-Nu’man was shelled on Monday, the ministry said. ".encode() * 4
    text = decode_bytes(data[:50] + b"\xff" + data[50:])
    assert "Ma’arrat al-Nu’man" in text and text.count("\ufffd") == 1


@pytest.mark.parametrize("data", [
    b"\x1c",  # found by hypothesis: bytes.strip() keeps the file separator, str.strip() not
    "\u3000\u2028".encode(),  # ideographic space, line separator
])
def test_whitespace_only_text_is_an_empty_file(data):
    with pytest.raises(InputError, match="empty file"):
        decode_bytes(data)
