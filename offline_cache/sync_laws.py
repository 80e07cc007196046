"""The court's law library on this laptop: fetched at sync when the court's current one
differs from the file here, installed only after its hash checks out.

The old library stays in use until the new one is checked whole (laws.LawLibrary.install);
a laptop that cannot reach the server keeps the library it has. Publishing is court IT's:
the server refuses anyone else.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
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
    return {"status": "installed", "sha256": sha}


def publish_law_library(session: ServerSession, library_file: Path) -> dict:
    """Send a compact copy of the library at ``library_file`` as the court's current one."""
    from courtdesk.laws.library import LawLibrary

    with tempfile.TemporaryDirectory(prefix="courtdesk-laws-") as folder:
        copy = Path(folder) / "library.sqlite"
        library = LawLibrary(library_file, read_only=True)
        try:
            sha = library.publish(copy)
        finally:
            library.close()
        with open(copy, "rb") as body:
            response = session.send("PUT", "/laws/library", params={"sha256": sha},
                                    content=body,
                                    headers={"Content-Type": "application/octet-stream"})
        return response.json()
