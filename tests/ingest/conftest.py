from importlib import resources
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return Path(str(resources.files("fogofwar") / "data" / "demo"))


@pytest.fixture
def server():
    """A local HTTP server on 127.0.0.1 (random port) for fetch tests."""
    from .webserver import LocalServer

    srv = LocalServer().start()
    yield srv
    srv.stop()
