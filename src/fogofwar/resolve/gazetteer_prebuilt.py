"""The default gazetteer shipped prebuilt in the package, so a fresh install need not build it.

Building the default gazetteer from its sources (gazetteer_sources) folds a few million names
and takes longer than the rest of `fogofwar demo` together. `tools/build_gazetteer.py` runs that
build once, at release time, and compresses the result into `data/gazetteer/` under the same
file name the cache uses (schema VERSION and content digest) plus ".xz"; on first use the file
is decompressed into the cache (a second or two) instead of built. When the sources change, the
name changes, the shipped copy no longer matches, and the gazetteer is built as before until the
tool is run again.
"""

from __future__ import annotations

import logging
import lzma
import os
import shutil
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIX = ".xz"


def shipped_folder() -> Path:
    return Path(str(resources.files("fogofwar") / "data" / "gazetteer"))


def shipped(name: str) -> Path | None:
    """The shipped compressed copy of gazetteer file `name`, if the package has it."""
    path = shipped_folder() / (name + SUFFIX)
    return path if path.is_file() else None


def unpack(path: Path, name: str) -> bool:
    """Decompress the shipped copy of the default gazetteer `name` to `path` (temp file, then
    atomic rename); False when the package ships none under that name."""
    source = shipped(name)
    if source is None:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with lzma.open(source) as fh, tmp.open("wb") as out:
        shutil.copyfileobj(fh, out, length=1 << 20)
    os.replace(tmp, path)
    log.info("unpacked the shipped gazetteer into %s", path)
    return True


def pack(built: Path, name: str, folder: Path | None = None) -> Path:
    """Compress a built default gazetteer into the package folder as `name`, dropping stale
    copies."""
    folder = folder or shipped_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("gazetteer-*" + SUFFIX):
        old.unlink()
    target = folder / (name + SUFFIX)
    with built.open("rb") as fh, lzma.open(target, "wb", preset=6) as out:
        shutil.copyfileobj(fh, out, length=1 << 20)
    return target
