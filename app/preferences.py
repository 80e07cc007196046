"""Per-user preferences (not court data): language, window layout.

Kept as JSON in the profile folder, behind named keys, because the language must be known
before the store is unlocked (the unlock prompt is translated). Nothing secret goes here.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path

from courtdesk.offline_cache.fsio import write_file_atomically


class PrefKey(str, enum.Enum):
    LANGUAGE = "language"
    LAST_USERNAME = "last_username"
    WINDOW_GEOMETRY = "window_geometry"
    # A metered (mobile) link: sync defers large file uploads until it is off.
    METERED_LINK = "metered_link"
    # {username: {"hearing": bool, "dossier": bool}}: the laws panel open beside them.
    LAWS_PANEL = "laws_panel"


class Preferences:
    FILE_NAME = "preferences.json"

    def __init__(self, profile_dir: Path) -> None:
        self.path = Path(profile_dir) / self.FILE_NAME
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
            self._values = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            # A broken preferences file costs only preferences: start from defaults.
            self._values = {}

    def get(self, key: PrefKey, default=None):
        return self._values.get(key.value, default)

    def set(self, key: PrefKey, value) -> None:
        self._values[key.value] = value
        try:
            write_file_atomically(self.path, json.dumps(self._values, indent=2).encode())
        except OSError:
            pass  # a read-only profile keeps the preference for this run only
