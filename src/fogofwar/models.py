"""The learned models the package ships: small JSON files of weights under `data/models/`.

Three stages read one (clean's boilerplate lines, extract's event filter and event type), each
fitted by a script under `bench/`; a stage whose file is absent runs without it, so one place
says where the files live and what "absent" means.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def shipped_model(name: str) -> dict[str, Any] | None:
    """The parsed JSON of model file `name` in the package data, or None when none ships."""
    ref = resources.files("fogofwar") / "data" / "models" / name
    if not ref.is_file():
        return None
    return json.loads(ref.read_text(encoding="utf-8"))
