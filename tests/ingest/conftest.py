from importlib import resources
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return Path(str(resources.files("fogofwar") / "data" / "demo"))
