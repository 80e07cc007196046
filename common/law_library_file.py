"""Whether a file is a courtdesk law library, checked without the library's own code.

``laws/library.py`` owns the library format. The case server only keeps a library court IT
publishes when a laptop will open it, and it must not import the desktop side to find out,
so this checks what ``LawLibrary(path, read_only=True)`` checks on opening: an SQLite
database that holds the ``laws`` table. A test opens the same files both ways.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MARKER_TABLE = "laws"


def is_law_library(path: Path | str) -> bool:
    """True when ``path`` opens read-only as SQLite and holds the library's tables."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        tables = {row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()
    return MARKER_TABLE in tables
