"""Blob transfers with the case server: resumable checksummed uploads and verified downloads.

An upload asks the server where it stands (``POST /blobs`` answers with the offset it
holds), then sends the rest in chunks, each with its own SHA-256. A cut connection costs at
most the chunk that was on the wire. The ``uploads`` table tracks progress for the status
line; the server's offset is always the truth.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from .blobs import BlobStore
from .errors import BlobError, BlobMismatch
from .store import LocalStore, utc_now
from .sync_apply import BLOB_FIELDS, log_event
from .sync_scope import LOCAL_ONLY
from .sync_transport import ServerSession, SyncError

log = logging.getLogger(__name__)

DEFAULT_CHUNK = 4 * 1024 * 1024
METERED_MAX_BYTES = 5 * 1024 * 1024  # on a metered link, larger files wait for a cheap one
MAX_CHUNK_RETRIES = 3


@dataclass
class UploadReport:
    completed: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    bytes_sent: int = 0


class UploadFailed(SyncError):
    code = "upload_failed"


def chunk_checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


class BlobTransfer:
    def __init__(self, store: LocalStore, session: ServerSession, *,
                 chunk_size: int = DEFAULT_CHUNK, metered: bool = False,
                 metered_max_bytes: int = METERED_MAX_BYTES) -> None:
        self.store = store
        self.session = session
        self.server = session.server_url
        self.blobs = BlobStore(store)
        self.chunk_size = chunk_size
        self.metered = metered
        self.metered_max_bytes = metered_max_bytes
        # Called after each chunk with (sha256, offset, size): progress for the status line.
        self.on_progress: Callable[[str, int, int], None] | None = None

    # -- what is complete ------------------------------------------------------------------
    def complete_set(self) -> set[str]:
        rows = self.store.conn.execute(
            "SELECT sha256 FROM uploads WHERE server = ? AND state = 'complete'",
            (self.server,))
        return {r[0] for r in rows}

    def upload_again(self, shas: list[str]) -> None:
        """The server wants these files sent (again) by the account now syncing: it lets a
        record name a file only when its pusher sent the bytes. The next round uploads them."""
        with self.store.transaction():
            self.store.conn.executemany(
                "UPDATE uploads SET state = 'pending', offset_bytes = 0 "
                "WHERE sha256 = ? AND server = ?", [(sha, self.server) for sha in shas])

    def needed(self, author: str) -> list[str]:
        """Blobs the server does not have yet, named by waiting outbox rows that ``author``
        made: another account's files wait for that person's own login, and the files of a
        case kept on this PC (the demo's) are never sent."""
        done = self.complete_set()
        wanted: list[str] = []
        tables = tuple(BLOB_FIELDS)
        marks = ",".join("?" * len(tables))
        import json

        for (table, payload) in self.store.conn.execute(
                f"SELECT record_type, payload FROM outbox WHERE state = 'pending' AND "
                f"record_type IN ({marks}) AND op != 'delete' AND author = ? "
                f"AND NOT {LOCAL_ONLY} ORDER BY seq", (*tables, author)):
            row = json.loads(payload)
            for name in BLOB_FIELDS[table]:
                sha = row.get(name)
                if sha and sha not in done and sha not in wanted:
                    wanted.append(sha)
        return wanted

    def progress(self) -> tuple[int, int]:
        """(bytes the server holds, bytes in total) of uploads not finished."""
        row = self.store.conn.execute(
            "SELECT COALESCE(SUM(offset_bytes), 0), COALESCE(SUM(size_bytes), 0) FROM uploads"
            " WHERE server = ? AND state IN ('pending', 'uploading', 'deferred')",
            (self.server,)).fetchone()
        return int(row[0]), int(row[1])

    # -- uploading -------------------------------------------------------------------------
    def upload_needed(self, author: str) -> UploadReport:
        report = UploadReport()
        for sha in self.needed(author):
            size = self.blobs.size(sha)
            if size is None or not self.blobs.has(sha):
                report.failed[sha] = "missing on this PC"
                self._track(sha, 0, state="missing",
                            error="The file is not in this PC's store; the record that names "
                                  "it waits until it is imported again.")
                continue
            if self.metered and size > self.metered_max_bytes:
                report.deferred.append(sha)
                self._track(sha, size, state="deferred", error="waiting for an unmetered link")
                continue
            try:
                report.bytes_sent += self.upload(sha, size)
                report.completed.append(sha)
            except UploadFailed as exc:
                report.failed[sha] = exc.message
        return report

    def _track(self, sha: str, size: int, *, state: str, offset: int | None = None,
               sent: int = 0, error: str = "") -> None:
        with self.store.transaction():
            self.store.conn.execute(
                "INSERT INTO uploads (sha256, server, size_bytes, offset_bytes, sent_bytes,"
                " state, attempts, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"
                " ON CONFLICT(sha256, server) DO UPDATE SET size_bytes = excluded.size_bytes,"
                " offset_bytes = COALESCE(?, offset_bytes),"
                " sent_bytes = sent_bytes + excluded.sent_bytes, state = excluded.state,"
                " last_error = excluded.last_error, updated_at = excluded.updated_at",
                (sha, self.server, size, offset or 0, sent, state, error, utc_now(), offset))

    def upload(self, sha: str, size: int) -> int:
        """Send whatever the server lacks of one blob; returns the bytes sent.

        Transient errors (network, 5xx) propagate: the sync round stops and resumes later
        from the server's offset. A damaged chunk is resent a few times, then the file is
        left for the next round.
        """
        response = self.session.send("POST", "/blobs", ok=(200, 201),
                                     json={"sha256": sha, "size": size})
        state = response.json()
        offset = size if state["complete"] else int(state["offset"])
        self._track(sha, size, state="complete" if state["complete"] else "uploading",
                    offset=offset)
        sent_total = 0
        resets = 0
        while offset < size:
            sent, offset, reset = self._send_from(sha, size, offset)
            sent_total += sent
            if reset:
                resets += 1
                if resets > 1:
                    raise UploadFailed(f"The server twice found file {sha[:12]}… damaged as a "
                                       "whole; it stays queued.")
        self._track(sha, size, state="complete", offset=size)
        with self.store.transaction():
            log_event(self.store, self.server, "upload", {"sha256": sha, "size": size,
                                                          "bytes_sent": sent_total})
        return sent_total

    def _send_from(self, sha: str, size: int, offset: int) -> tuple[int, int, bool]:
        """Send chunks from ``offset``; returns (bytes sent, new offset, whether reset)."""
        sent = 0
        buffer = bytearray()
        position = offset
        stream = self.blobs.stream(sha, offset)
        retries = 0
        while position < size:
            while len(buffer) < self.chunk_size:
                piece = next(stream, None)
                if piece is None:
                    break
                buffer += piece
            chunk = bytes(buffer[:self.chunk_size])
            if not chunk:
                raise BlobError(f"Stored file {sha[:12]}… is shorter than its size.")
            response = self.session.send(
                "PATCH", f"/blobs/{sha}", ok=(204, 409, 460, 422, 404), content=chunk,
                headers={"Upload-Offset": str(position), "Upload-Checksum": chunk_checksum(chunk),
                         "Content-Type": "application/offset+octet-stream",
                         "Tus-Resumable": "1.0.0"})
            sent += len(chunk)
            status = response.status_code
            if status == 204:
                retries = 0
                position = int(response.headers["Upload-Offset"])
                del buffer[:len(chunk)]
                self._track(sha, size, state="uploading", offset=position, sent=len(chunk))
                if self.on_progress:
                    self.on_progress(sha, position, size)
                continue
            if status == 460:  # damaged on the way: the same chunk again
                retries += 1
                if retries > MAX_CHUNK_RETRIES:
                    raise UploadFailed(f"Chunks of file {sha[:12]}… keep arriving damaged; "
                                       "the upload stays queued for the next sync.")
                continue
            if status == 409:  # a replay or a lost acknowledgement: the server says where
                real = int(response.headers.get("Upload-Offset", position))
                self._track(sha, size, state="uploading", offset=real, sent=len(chunk))
                return sent, real, False
            if status == 404:  # the server lost the upload (restored): start it again
                self.session.send("POST", "/blobs", ok=(200, 201),
                                  json={"sha256": sha, "size": size})
                return sent, 0, True
            # 422: the whole file did not match its hash; the server reset to 0. Check
            # our copy before sending it again (read_bytes verifies every chunk and the hash).
            self.blobs.read_bytes(sha)
            self._track(sha, size, state="uploading", offset=0, sent=len(chunk))
            return sent, 0, True
        return sent, position, False

    # -- downloading -----------------------------------------------------------------------
    def download(self, sha: str) -> int:
        """Fetch one blob into the local store, verified against its name; returns bytes."""
        if self.blobs.has(sha):
            return 0
        # Streamed into the encrypted blob store a chunk at a time: a case file of several
        # hundred MB never sits in memory whole.
        with self.session.stream("GET", f"/blobs/{sha}") as response:
            try:
                size = self.blobs.put_stream(response.iter_bytes(), sha)
            except BlobMismatch as exc:
                raise SyncError(f"The file {sha[:12]}… arrived from the server with a "
                                "different hash; it was not kept. Sync again; if it repeats, "
                                "tell court IT.") from exc
        with self.store.transaction():
            log_event(self.store, self.server, "download", {"sha256": sha, "size": size})
        return size
