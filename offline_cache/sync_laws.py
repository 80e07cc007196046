"""The court's law library on this laptop: fetched at sync when the court's current one
differs from the file here, installed only after its hash checks out.

The old library stays in use until the new one is checked whole (laws.LawLibrary.install);
a laptop that cannot reach the server keeps the library it has. Publishing is court IT's:
the server refuses anyone else.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .sync_transport import ServerRefused, ServerSession


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_law_library(session: ServerSession, target: Path) -> dict:
    """Bring ``target`` to the court's current library. Returns what happened:
    ``{"status": "none"|"current"|"installed", "sha256": …}``. A received file whose hash
    differs raises laws.records.LibraryHashMismatch and leaves ``target`` as it was."""
    from courtdesk.laws.library import LawLibrary

    try:
        announced = session.send("GET", "/laws/library").json()
    except ServerRefused as exc:
        if exc.params.get("server_code") == "no_library":
            return {"status": "none", "sha256": ""}
        raise
    sha = announced["sha256"]
    if target.exists() and file_sha256(target) == sha:
        return {"status": "current", "sha256": sha}
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".laws-", suffix=".part", dir=target.parent)
    received = Path(name)
    try:
        with os.fdopen(handle, "wb") as out, \
                session.stream("GET", f"/laws/library/{sha}") as response:
            for block in response.iter_bytes():
                out.write(block)
        LawLibrary.install(received, sha, target)
    finally:
        received.unlink(missing_ok=True)
    record_installed(target, sha, announced.get("published_at"))
    return {"status": "installed", "sha256": sha}


def _installed_note(target: Path) -> Path:
    return target.with_name(target.name + ".installed.json")


def record_installed(target: Path, sha: str, published_at_ms: int | None) -> None:
    """Note beside the library which court library it is and when sync put it there: the
    file itself must keep the bytes the court published (its hash is its name)."""
    note = {"sha256": sha, "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "published_at": (datetime.fromtimestamp(published_at_ms / 1000, UTC)
                             .isoformat(timespec="seconds") if published_at_ms else "")}
    staging = _installed_note(target).with_suffix(".new")
    staging.write_text(json.dumps(note), encoding="utf-8")
    os.replace(staging, _installed_note(target))


def installed_library(target: Path) -> dict:
    """Which library this PC has: ``{"sha256", "source": "court"|"local", "installed_at",
    "published_at"}``. "court" only while the file is still the one sync installed (court
    IT may have imported laws into it since)."""
    if not target.exists():
        return {"sha256": "", "source": "none", "installed_at": "", "published_at": ""}
    sha = file_sha256(target)
    try:
        note = json.loads(_installed_note(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        note = {}
    if note.get("sha256") == sha:
        return {"sha256": sha, "source": "court", "installed_at": note.get("installed_at", ""),
                "published_at": note.get("published_at", "")}
    return {"sha256": sha, "source": "local", "installed_at": "", "published_at": ""}


def compact_copy(library_file: Path, out: Path) -> str:
    """The copy of the library that is published (compacted); returns its SHA-256, the
    hash laptops will show."""
    from courtdesk.laws.library import LawLibrary

    library = LawLibrary(library_file, read_only=True)
    try:
        return library.publish(out)
    finally:
        library.close()


def send_law_library(session: ServerSession, copy: Path, sha: str) -> dict:
    """Send a copy made by :func:`compact_copy` as the court's current library."""
    with open(copy, "rb") as body:
        response = session.send("PUT", "/laws/library", params={"sha256": sha},
                                content=body,
                                headers={"Content-Type": "application/octet-stream"})
    return response.json()


def publish_law_library(session: ServerSession, library_file: Path) -> dict:
    """Send a compact copy of the library at ``library_file`` as the court's current one."""
    with tempfile.TemporaryDirectory(prefix="courtdesk-laws-") as folder:
        copy = Path(folder) / "library.sqlite"
        return send_law_library(session, copy, compact_copy(library_file, copy))
