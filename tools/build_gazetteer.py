"""Build the default gazetteer and ship it compressed in the package (issue 16: cold demo).

Run after any change to the gazetteer's content or schema (gazetteer.VERSION, the sources, the
places supplement pack); `tests/resolve/test_gazetteer_prebuilt.py` fails until it is run:

    python tools/build_gazetteer.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from fogofwar.resolve import gazetteer, gazetteer_write
from fogofwar.resolve.gazetteer_prebuilt import pack


def main() -> None:
    started = time.perf_counter()
    name = gazetteer.default_name()
    with tempfile.TemporaryDirectory() as tmp:
        built = gazetteer_write.build(Path(tmp) / name)
        target = pack(built, name)
        size = built.stat().st_size
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB (from {size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
