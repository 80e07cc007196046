"""The law library tests read the files themselves: the starter library shipped in the
package and the collection of 58 statutes in tests/laws/collection."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtdesk.laws.citations import CitationParser
from courtdesk.laws.opening import open_library

# A copy of the public collection (tests/laws/collection/README.md says whence), kept in the
# repository so that a clean checkout tests the importer on all of it.
SHARED_LAWS = Path(__file__).resolve().parent / "collection"


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    library, report = open_library(tmp_path_factory.mktemp("laws") / "laws.sqlite")
    assert report is not None and report.count("failed") == 0
    yield library
    library.close()


@pytest.fixture(scope="module")
def parser(starter):
    return CitationParser(starter)
