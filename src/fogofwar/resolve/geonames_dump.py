"""Reading GeoNames dump files, streamed line by line.

Two formats: the main table (`allCountries.zip`, `SY.zip`, `cities500.zip` or their `.txt`;
19 tab-separated columns) and `admin1CodesASCII.txt` (`SY.12  Idlib  Idlib  169387`), which
names each country's first-level areas. A dump is up to 1.5 GB unzipped, so it is read as a
binary stream (progress counted in bytes) and never held in memory. The first data line
decides the format: if it fits neither, the file is not a GeoNames dump and that is one
InputError; a malformed line further on is skipped and counted, so one bad row does not cost
a 20-minute import.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError

PLACE_COLUMNS = 19
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[0-9A-Za-z]+$")


@dataclass(frozen=True)
class DumpLine:
    """One parsed line: a place (`row`, `names`) or an admin1 name (`admin1`)."""

    row: tuple | None = None
    names: tuple[str, ...] = ()
    admin1: tuple[str, str, str, int | None] | None = None  # country, code, name, id


@contextmanager
def open_dump(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    """The dump's data stream and its uncompressed size in bytes (for a progress total)."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as zf:
                members = [i for i in zf.infolist() if i.filename.endswith(".txt")
                           and "readme" not in i.filename.lower()]
                if not members:
                    raise InputError(f"{path}: no GeoNames .txt file inside the zip")
                with zf.open(members[0]) as fh:
                    yield fh, members[0].file_size
        else:
            with path.open("rb") as fh:
                yield fh, path.stat().st_size
    except zipfile.BadZipFile:
        raise InputError(f"{path}: not a readable zip file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _place(f: list[str]) -> DumpLine | None:
    try:
        gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
        population = int(f[14] or 0)
    except ValueError:
        return None
    if not (f[1] and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    alts = [a for a in f[3].split(",") if a]
    row = (gid, f[1], f[2], f[3], lat, lon, f[6], f[7], f[8], f[10] or None, population,
           len(alts))
    return DumpLine(row=row, names=(f[1], f[2], *alts))


def _admin1(f: list[str]) -> DumpLine | None:
    if not _ADMIN1_CODE.match(f[0]) or not f[1]:
        return None
    country, code = f[0].split(".", 1)
    gid = int(f[3]) if f[3].isdigit() else None
    return DumpLine(admin1=(country, code, f[1], gid))


def parse_line(line: str) -> DumpLine | None:
    """One dump line -> DumpLine; None for a line that fits neither format."""
    f = line.rstrip("\r\n").split("\t")
    if len(f) == PLACE_COLUMNS:
        return _place(f)
    if len(f) == 4:
        return _admin1(f)
    return None


def read_lines(path: Path, fh: IO[bytes]) -> Iterator[tuple[DumpLine | None, int]]:
    """(parsed line or None if malformed, bytes read so far); comments and blanks skipped.

    The first data line must parse, or the file is not a GeoNames dump (InputError)."""
    done, first = 0, True
    for n, raw in enumerate(fh, 1):
        done += len(raw)
        line = raw.decode("utf-8", errors="replace")
        if not line.strip() or line.startswith("#"):
            continue
        parsed = parse_line(line)
        if first and parsed is None:
            cols = len(line.split("\t"))
            raise InputError(f"{path}:{n}: not a GeoNames dump line (expected 19 tab-separated "
                             f"columns, or 4 for admin1CodesASCII.txt; got {cols})")
        first = False
        yield parsed, done
