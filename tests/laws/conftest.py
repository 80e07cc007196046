"""The law library tests read the files themselves: the starter library shipped in the
package and the shared collection of 58 statutes beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from courtdesk.laws.citations import CitationParser
from courtdesk.laws.opening import open_library

SHARED_LAWS = Path(__file__).resolve().parents[3] / "shared" / "laws"


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    library, report = open_library(tmp_path_factory.mktemp("laws") / "laws.sqlite")
    assert report is not None and report.count("failed") == 0
    yield library
    library.close()


@pytest.fixture(scope="module")
def parser(starter):
    return CitationParser(starter)
