"""The GeoNames dump loader: formats, replacing by id, admin1 names, bad input, the CLI."""

import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from fogofwar.cli import app
from fogofwar.errors import InputError
from fogofwar.resolve.gazetteer import cache_path, candidates, load_geonames
from fogofwar.resolve.geonames_dump import parse_line

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "SY_sample.txt"
ADMIN1 = FIXTURES / "admin1CodesASCII_sample.txt"


def _zip(tmp_path: Path) -> Path:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.write(SAMPLE, "SY.txt")
        zf.writestr("readme.txt", "not data")  # GeoNames zips carry one; it must be ignored
    return dump


def _ids(name: str, db: Path) -> list[int]:
    return [e.geonameid for e, _ in candidates(name, path=db)]


def test_zip_loads_and_reload_does_not_duplicate(tmp_path):
    db, dump = tmp_path / "g.sqlite", _zip(tmp_path)
    seen = []
    assert load_geonames(dump, db=db, progress=lambda n, t: seen.append((n, t))) == (3, 0, 0)
    assert seen[-1][0] == seen[-1][1] == SAMPLE.stat().st_size  # progress ends at 100% of bytes
    assert load_geonames(dump, db=db).places == 3
    assert _ids("Neirab", db) == [9000001]      # alternate name, once despite two loads
    assert _ids("Tal al-Eis", db) == [9000003]  # Al ‘Īs by an alternate spelling


def test_txt_row_replaces_row_with_same_id(tmp_path):
    db = tmp_path / "g.sqlite"
    load_geonames(SAMPLE, db=db)
    changed = tmp_path / "SY.txt"
    fields = SAMPLE.read_text(encoding="utf-8").splitlines()[0].split("\t")
    fields[1:4] = ["Nerab", "Nerab", ""]  # renamed, alternate names dropped
    changed.write_text("\t".join(fields) + "\n", encoding="utf-8")
    assert load_geonames(changed, db=db).places == 1
    assert _ids("Neirab", db) == []            # old names are gone with the old row
    assert [e.name for e, _ in candidates("Nerab", path=db)] == ["Nerab"]


def test_admin1_names_from_adm1_rows_and_admin1_codes(tmp_path):
    db = tmp_path / "g.sqlite"
    load_geonames(SAMPLE, db=db)
    # the dump's own ADM1 row names the area when nothing better is known
    assert [e.admin1_name for e, _ in candidates("Nayrab", path=db)] == ["Muhafazat Idlib"]
    assert [e.admin1_name for e, _ in candidates("Al-Eis", path=db)] == [None]
    assert load_geonames(ADMIN1, db=db) == (0, 2, 0)
    # admin1CodesASCII.txt names replace it, and name areas that have no ADM1 row (Aleppo)
    assert [e.admin1_name for e, _ in candidates("Nayrab", path=db)] == ["Idlib"]
    assert [e.admin1_name for e, _ in candidates("Al-Eis", path=db)] == ["Aleppo"]


def test_malformed_line_after_the_first_is_skipped_and_counted(tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text(SAMPLE.read_text(encoding="utf-8") + "9000009\tbroken row\n"
                    + "# a comment line\n\n", encoding="utf-8")
    assert load_geonames(dump, db=tmp_path / "g.sqlite") == (3, 0, 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"1\tonly three\tcolumns\n", "not a GeoNames dump line"),  # wrong column count
        (b"PK\x03\x04garbage", "not a GeoNames dump line"),          # binary, .txt name
    ],
)
def test_file_that_is_not_a_dump_is_one_input_error(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_geonames(bad, db=tmp_path / "g.sqlite")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("SY.zip", b"not a zip at all", "not a readable zip"),  # corrupt archive
        ("missing.txt", None, "no such file"),                  # path that does not exist
    ],
)
def test_unreadable_files_are_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_geonames(path, db=tmp_path / "g.sqlite")


def test_zip_without_a_txt_member(tmp_path):
    dump = tmp_path / "empty.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("readme.txt", "only the readme")
    with pytest.raises(InputError, match="no GeoNames .txt file"):
        load_geonames(dump, db=tmp_path / "g.sqlite")


@given(st.text())
def test_parse_line_never_crashes(line):
    # any text parses to a place, an admin1 name, or None (skipped) — never an exception
    parsed = parse_line(line)
    assert parsed is None or parsed.row is not None or parsed.admin1 is not None


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\t\n\r")),
                min_size=19, max_size=19))
def test_parse_line_on_19_arbitrary_columns(fields):
    # 19 columns of junk: only rows with an integer id and in-range coordinates get through
    parsed = parse_line("\t".join(fields))
    if parsed is not None:
        gid, _, _, _, lat, lon = parsed.row[:6]
        assert isinstance(gid, int) and -90 <= lat <= 90 and -180 <= lon <= 180


def test_cli_load_reports_counts(tmp_path):
    db = tmp_path / "g.sqlite"
    dump = tmp_path / "SY.txt"
    shutil.copy(SAMPLE, dump)
    result = CliRunner().invoke(app, ["gazetteer", "load", str(dump), "--into", str(db)])
    assert result.exit_code == 0, result.output
    assert "loaded 3 places and 0 admin1 names" in result.output
    assert _ids("Nairab", db) == [9000001]


def test_cli_bad_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["gazetteer", "load", str(bad), "--into",
                                      str(tmp_path / "g.sqlite")])
    assert result.exit_code != 0
    assert "not a GeoNames dump line" in result.output and "Traceback" not in result.output


def test_fogofwar_gazetteer_names_the_file_resolution_uses(tmp_path, monkeypatch):
    # a dump loaded into the user's own file is what resolution reads when the variable names it
    own = tmp_path / "mine.sqlite"
    load_geonames(SAMPLE, db=own)
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(own))
    assert cache_path() == own
    assert [e.geonameid for e, _ in candidates("Nairab")] == [9000001]


def test_names_looked_up_before_a_load_are_read_again_after_it(tmp_path):
    # candidates() remembers each key's entries; a load must not leave a stale answer behind
    db = tmp_path / "g.sqlite"
    load_geonames(SAMPLE, db=db)
    assert _ids("Neirab", db) == [9000001]
    assert _ids("Nerab", db) == []
    changed = tmp_path / "SY.txt"
    fields = SAMPLE.read_text(encoding="utf-8").splitlines()[0].split("\t")
    fields[1:4] = ["Nerab", "Nerab", ""]
    changed.write_text("\t".join(fields) + "\n", encoding="utf-8")
    load_geonames(changed, db=db)
    assert _ids("Neirab", db) == []
    assert _ids("Nerab", db) == [9000001]
