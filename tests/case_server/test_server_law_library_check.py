"""The case server decides "is this a law library" without the desktop's law library code:
it must accept exactly the files a laptop's LawLibrary opens read-only."""

from __future__ import annotations

import sqlite3

import pytest

from courtdesk.common.law_library_file import is_law_library
from courtdesk.laws.library import LawLibrary
from courtdesk.laws.opening import starter_folder
from courtdesk.laws.records import LawLibraryError


def _laptop_opens(path) -> bool:
    try:
        LawLibrary(path, read_only=True).close()
    except LawLibraryError:
        return False
    return True


def _real_library(path):
    with LawLibrary(path) as library:
        assert library.import_paths([starter_folder() / "刑法.md"]).count("failed") == 0


def _other_sqlite(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
    db.commit()
    db.close()


def _empty_library(path):
    LawLibrary(path).close()  # the schema and no law yet: a laptop opens it


@pytest.mark.parametrize("make", [
    _real_library, _empty_library, _other_sqlite,
    lambda path: path.write_bytes(b"not a law library at all"),
    lambda path: path.write_bytes(b""),
    lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200),  # damaged header
], ids=["library", "empty library", "other database", "text", "empty file", "damaged"])
def test_the_server_accepts_what_a_laptop_opens(tmp_path, make):
    path = tmp_path / "upload-1.part"
    make(path)
    assert is_law_library(path) is _laptop_opens(path)
