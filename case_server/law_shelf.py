"""The court's law library as the server hands it to laptops: one file per published
version, stored by its SHA-256, and one "current" library per court.

Court IT publishes (they manage machines, not case content; a law library is no case
content); everyone of the court reads the current one. A file is kept only when its bytes
hash to what the publisher announced and it opens as a law library, so a laptop never
fetches a file the court did not mean. The pointer to the current library is a small JSON
file replaced atomically beside the files: no database table, and a server restore
carries it with the files it names.

Each court keeps its current library and the one before (a laptop that asked for the
previous one a moment before the publish still gets it); a file no court keeps is deleted
when a library is published.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from pathlib import Path

from courtdesk.common.law_library_file import is_law_library
from courtdesk.common.roles import Role

from .auth import Principal
from .db import now_ms

MAX_LAW_LIBRARY = 512 * 2**20  # the whole of Chinese national law is well under this
_LIBRARY_FILE = re.compile(r"^[0-9a-f]{64}$")
# One server process: publishes (on the thread pool) move files and pointers one at a time,
# so a sweep never deletes a file another court's publish has put down but not yet named.
_PUBLISHING = threading.Lock()


class LawShelfError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


class LawShelf:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _pointer(self, court_id: str) -> Path:
        return self.directory / f"current-{court_id}.json"

    def file_path(self, sha: str) -> Path:
        return self.directory / sha

    def receiving_file(self) -> Path:
        """A fresh file in the shelf's folder to stream an upload into (same filesystem)."""
        handle, name = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=self.directory)
        os.close(handle)
        return Path(name)

    @staticmethod
    def require_publisher(principal: Principal) -> None:
        if principal.role is not Role.IT_ADMIN:
            raise LawShelfError(403, "forbidden", "Only court IT may publish the court's law "
                                                  "library.")

    def publish(self, principal: Principal, sha: str, received: Path) -> dict:
        """Make ``received`` (already on disk) the court's current library, after checking
        it; ``received`` is consumed either way."""
        try:
            self.require_publisher(principal)
            digest = hashlib.sha256()
            with open(received, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                raise LawShelfError(422, "hash_mismatch",
                                    "The library file's SHA-256 is not the one announced "
                                    "(damaged on the way); nothing was published, send it "
                                    "again.")
            self._check_is_library(received)
            size = received.stat().st_size
            with _PUBLISHING:
                final = self.file_path(sha)
                if not final.exists():
                    os.replace(received, final)
                before = self._read_pointer(self._pointer(principal.court_id)) or {}
                previous = before.get("sha256", "")
                current = {"sha256": sha, "size": size, "published_at": now_ms(),
                           "published_by": principal.username,
                           "previous": before.get("previous", "") if previous == sha
                           else previous}
                staging = self._pointer(principal.court_id).with_suffix(".new")
                staging.write_text(json.dumps(current), encoding="utf-8")
                os.replace(staging, self._pointer(principal.court_id))
                self._sweep()
            return {k: v for k, v in current.items() if k != "previous"}
        finally:
            received.unlink(missing_ok=True)

    @staticmethod
    def _read_pointer(pointer: Path) -> dict | None:
        try:
            return json.loads(pointer.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _sweep(self) -> None:
        """Delete the library files no court keeps (neither current nor previous)."""
        kept: set[str] = set()
        for pointer in self.directory.glob("current-*.json"):
            data = self._read_pointer(pointer)
            if data is None:
                return  # a pointer that cannot be read: keep everything rather than guess
            kept |= {data.get("sha256", ""), data.get("previous", "")}
        for path in self.directory.iterdir():
            if _LIBRARY_FILE.match(path.name) and path.name not in kept:
                path.unlink(missing_ok=True)

    @staticmethod
    def _check_is_library(path: Path) -> None:
        if not is_law_library(path):
            raise LawShelfError(422, "not_a_library",
                                "The file is not a courtdesk law library; nothing was "
                                "published.")

    def current(self, principal: Principal) -> dict:
        pointer = self._pointer(principal.court_id)
        if not pointer.exists():
            raise LawShelfError(404, "no_library", "Court IT has not published a law library "
                                                   "on this server.")
        current = json.loads(pointer.read_text(encoding="utf-8"))
        return {k: v for k, v in current.items() if k != "previous"}

    def readable_path(self, principal: Principal, sha: str) -> Path:
        """Only the caller's court's current library, or the one before it (a laptop that
        was told of it just before a publish), is handed out; not any old hash."""
        kept = self._read_pointer(self._pointer(principal.court_id)) or {}
        if sha not in (kept.get("sha256"), kept.get("previous")) or not sha \
                or not self.file_path(sha).exists():
            raise LawShelfError(404, "not_found", "No such law library on the server.")
        return self.file_path(sha)
