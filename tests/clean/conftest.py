from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from fogofwar.ingest import iter_documents


@pytest.fixture(scope="session")
def demo_docs():
    """The five demo documents by file prefix, WITHOUT manifest metadata (signatures only)."""
    folder = Path(str(resources.files("fogofwar") / "data" / "demo"))
    docs = iter_documents(sorted(folder.glob("*.txt")))
    return {Path(d.source).name[:3]: replace(d, outlet=None, original_outlet=None, title=None,
                                             published=None, published_precision=None)
            for d in docs}
