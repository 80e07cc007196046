"""Content-addressed files uploaded in resumable, checksummed chunks (a subset of tus 1.0).

A blob is created by its SHA-256 and size, filled by PATCH requests that each say where they
start (``Upload-Offset``) and carry the chunk's own SHA-256 (``Upload-Checksum: sha256
<base64>``), and checked as a whole when the last byte arrives: a file whose hash does not
match is reset to zero, never kept.

Chunk writes to one file are serialized by a lock inside the server process, so a blob
folder belongs to one server process (several processes need a shared lock first).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from courtdesk.app.roles import Role

from . import access, models
from .auth import Principal
from .db import Database, now_ms

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
MAX_CHUNK = 16 * 2**20  # bytes per PATCH; the client's chunks are smaller


class BlobError(Exception):
    def __init__(self, status: int, code: str, detail: str, offset: int | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.offset = offset


@dataclass
class BlobState:
    sha256: str
    size: int
    offset: int
    complete: bool

    def as_dict(self) -> dict:
        return {"sha256": self.sha256, "size": self.size, "offset": self.offset,
                "complete": self.complete}


def parse_checksum(header: str | None) -> bytes:
    """``Upload-Checksum: sha256 <base64 digest>`` as in tus's checksum extension."""
    if not header:
        raise BlobError(400, "checksum_missing",
                        "Every chunk needs an Upload-Checksum: sha256 <base64> header.")
    algorithm, _, value = header.strip().partition(" ")
    if algorithm.lower() != "sha256":
        raise BlobError(400, "checksum_algorithm", "Upload-Checksum must use sha256.")
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        digest = b""
    if len(digest) != 32:
        raise BlobError(400, "checksum_malformed",
                        "Upload-Checksum is not a base64 SHA-256 digest.")
    return digest


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class BlobService:
    def __init__(self, db: Database, directory: Path) -> None:
        self.db = db
        self.directory = Path(directory)
        self.partial_dir = self.directory / "partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def final_path(self, sha: str) -> Path:
        return self.directory / sha[:2] / sha

    def _partial_path(self, sha: str) -> Path:
        return self.partial_dir / sha

    @staticmethod
    def _require_content_role(principal: Principal) -> None:
        if principal.role is Role.IT_ADMIN:
            raise BlobError(403, "forbidden", "Court IT accounts do not read or write case "
                                              "content.")

    def create(self, principal: Principal, sha: str, size: int) -> tuple[BlobState, bool]:
        """The blob's state and whether this call created it (the same file twice is one)."""
        self._require_content_role(principal)
        if size == 0 and sha != EMPTY_SHA256:
            raise BlobError(400, "hash_mismatch", "An empty file has a different SHA-256.")
        with self.db.write(log=False) as conn:
            row = conn.execute(sa.select(models.blobs)
                               .where(models.blobs.c.sha256 == sha)).first()
            if row is not None:
                if row.size != size:
                    raise BlobError(409, "size_mismatch",
                                    f"This file is registered with {row.size} bytes, not "
                                    f"{size}.")
                return BlobState(sha, row.size, row.received, row.complete), False
            now = now_ms()
            complete = size == 0
            if complete:
                self._publish_empty(sha)
            conn.execute(sa.insert(models.blobs).values(
                sha256=sha, size=size, received=0, complete=complete,
                court_id=principal.court_id, created_by=principal.user_id, created_at=now,
                completed_at=now if complete else None))
        return BlobState(sha, size, 0, complete), True

    def _publish_empty(self, sha: str) -> None:
        path = self.final_path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()

    def state(self, principal: Principal, sha: str) -> BlobState:
        self._require_content_role(principal)
        with self.db.read() as conn:
            row = conn.execute(sa.select(models.blobs)
                               .where(models.blobs.c.sha256 == sha)).first()
        if row is None:
            raise BlobError(404, "not_found", "No such file on the server; create it first.")
        return BlobState(sha, row.size, row.received, row.complete)

    def append(self, principal: Principal, sha: str, offset: int, checksum: bytes,
               chunk: bytes) -> BlobState:
        """Write one chunk at ``offset``; on the last one, check the whole file.

        File writing and the final hash run outside any database transaction (hashing a
        large recording takes seconds, and pushes must not wait for it); a per-file lock
        keeps two requests for the same file in this process apart.
        """
        self._require_content_role(principal)
        if hashlib.sha256(chunk).digest() != checksum:
            raise BlobError(460, "checksum_mismatch", "The chunk arrived damaged (its SHA-256 "
                                                      "differs); send it again.")
        with self._file_lock(sha):
            row = self._row(sha)
            self._check_offset(row, offset, len(chunk))
            partial = self._partial_path(sha)
            with open(partial, "r+b" if partial.exists() else "w+b") as handle:
                # Bytes past the recorded offset are from a write whose commit never
                # happened (a crash): drop them before appending.
                handle.truncate(offset)
                handle.seek(offset)
                handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            end = offset + len(chunk)
            values: dict = {"received": end}
            mismatch = None
            if end == row.size:
                if self._file_sha256(partial) == sha:
                    final = self.final_path(sha)
                    final.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(partial, final)
                    _fsync_dir(final.parent)
                    values.update(complete=True, completed_at=now_ms())
                else:
                    partial.unlink()
                    values["received"] = 0
                    mismatch = BlobError(422, "hash_mismatch", "The whole file's SHA-256 does "
                                                               "not match; the upload was "
                                                               "reset, send it again from 0.",
                                         offset=0)
            with self.db.write(log=False) as conn:
                conn.execute(sa.update(models.blobs).where(models.blobs.c.sha256 == sha)
                             .values(**values))
        if mismatch is not None:
            raise mismatch
        return BlobState(sha, row.size, values["received"], bool(values.get("complete")))

    def _file_lock(self, sha: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(sha, threading.Lock())

    def _row(self, sha: str):
        with self.db.read() as conn:
            row = conn.execute(sa.select(models.blobs)
                               .where(models.blobs.c.sha256 == sha)).first()
        if row is None:
            raise BlobError(404, "not_found", "No such file on the server; create it first.")
        return row

    @staticmethod
    def _check_offset(row, offset: int, length: int) -> None:
        if row.complete or offset != row.received:
            # A replayed or out-of-order chunk: say where the upload really stands.
            raise BlobError(409, "offset_mismatch",
                            f"The upload is at byte {row.received}, not {offset}.",
                            offset=row.size if row.complete else row.received)
        if offset + length > row.size:
            raise BlobError(400, "beyond_size", f"The chunk ends at byte {offset + length}, "
                                                f"past the file's {row.size} bytes.")

    @staticmethod
    def _file_sha256(path: Path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        return digest.hexdigest()

    def readable_path(self, principal: Principal, sha: str) -> tuple[Path, int]:
        """A complete blob the caller uploaded, or one a record of their cases refers to."""
        self._require_content_role(principal)
        with self.db.read() as conn:
            row = conn.execute(sa.select(models.blobs)
                               .where(models.blobs.c.sha256 == sha)).first()
            if row is None or not row.complete:
                raise BlobError(404, "not_found", "No such complete file on the server.")
            allowed = row.created_by == principal.user_id or self._referenced_for(
                conn, principal, sha)
        if not allowed:
            raise BlobError(403, "forbidden", "No case of yours refers to this file.")
        return self.final_path(sha), row.size

    @staticmethod
    def _referenced_for(conn: sa.Connection, principal: Principal, sha: str) -> bool:
        refs = models.blob_refs
        members = models.case_members
        query = (sa.select(refs.c.sha256)
                 .join(members, members.c.case_id == refs.c.case_id)
                 .where(refs.c.sha256 == sha, members.c.user_id == principal.user_id))
        if not principal.judging:
            query = query.where(refs.c.confidential.is_(False))
        else:
            query = query.where(sa.or_(refs.c.confidential.is_(False),
                                       members.c.role_in_case.in_(access.JUDGING_ROLE_NAMES)))
        return conn.execute(query.limit(1)).first() is not None
