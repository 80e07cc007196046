"""Where the law library lives and how it is opened, with the starter library on first use.

The library is one file beside the profile's store by default; ``COURTDESK_LAWS`` points
every account of a PC at one machine-wide file (installed by IT, possibly read-only).
"""

from __future__ import annotations

import os
import sqlite3
from importlib import resources
from pathlib import Path

from .library import LawLibrary
from .records import ImportReport

LIBRARY_FILE = "laws.sqlite"
ENV_LIBRARY = "COURTDESK_LAWS"


def library_path(profile: Path) -> Path:
    override = os.environ.get(ENV_LIBRARY)
    return Path(override).expanduser() if override else profile / LIBRARY_FILE


def starter_folder() -> Path:
    return Path(str(resources.files("courtdesk.laws") / "starter"))


def open_library(path: Path) -> tuple[LawLibrary, ImportReport | None]:
    """The library at ``path``; a new (or empty) one gets the starter library first.

    Returns the library and the starter import's report when one ran (else None). A file
    that cannot be written is opened read-only as it is.
    """
    writable = (os.access(path, os.W_OK) if path.exists()
                else os.access(path.parent if path.parent.exists() else Path.cwd(), os.W_OK)
                or not path.parent.exists())
    if not writable:
        return LawLibrary(path, read_only=True), None
    library = LawLibrary(path)
    try:
        empty = library.db.execute("SELECT count(*) FROM laws").fetchone()[0] == 0
    except sqlite3.DatabaseError:
        empty = False
    report = library.import_paths([starter_folder()]) if empty else None
    return library, report
