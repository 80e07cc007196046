"""Content-addressed files uploaded in resumable, checksummed chunks (a subset of tus 1.0).

A blob is created by its SHA-256 and size, filled by PATCH requests that each say where they
start (``Upload-Offset``) and carry the chunk's own SHA-256 (``Upload-Checksum: sha256
<base64>``), and checked as a whole when the last byte arrives: a file whose hash does not
match is reset to zero, never kept.

Who may do what with a file follows (case, record), never the hash alone: hashes are not
secret (laptop file names, audit entries). Each uploader has their own upload of a file
(``blob_uploads``) and sees only that; a record may name a file only when its pusher sent
the bytes or its own case already holds the file where the pusher may read it; a download
goes only through a record of a case the caller may read. The same bytes sent for two
courts are stored once, and that never shows: for a file the caller may not read every
route answers as for a file that does not exist.

Chunk writes to one upload are serialized by a lock inside the server process, so a blob
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

from courtdesk.common.roles import Role

from . import access, models
from .auth import Principal
from .db import Database, now_ms
from .record_types import SHA256_HEX

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


NOT_FOUND = "No such file on the server; create it first."


class BlobService:
    def __init__(self, db: Database, directory: Path) -> None:
        self.db = db
        self.directory = Path(directory)
        self.partial_dir = self.directory / "partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._adopt_legacy_partials()

    def final_path(self, sha: str) -> Path:
        return self.directory / sha[:2] / sha

    def _partial_path(self, user_id: str, sha: str) -> Path:
        # One partial file per uploader: two people sending the same file never write
        # into each other's upload.
        owner = hashlib.sha256(user_id.encode()).hexdigest()[:16]
        return self.partial_dir / f"{sha}.{owner}"

    def _adopt_legacy_partials(self) -> None:
        """Partial uploads from before per-uploader uploads belong to their first uploader."""
        legacy = [p for p in self.partial_dir.iterdir()
                  if len(p.name) == 64 and SHA256_HEX.match(p.name)]
        if not legacy:
            return
        with self.db.read() as conn:
            owners = dict(conn.execute(sa.select(models.blobs.c.sha256,
                                                 models.blobs.c.created_by)
                                       .where(models.blobs.c.sha256.in_([p.name for p in
                                                                         legacy]))).all())
        for path in legacy:
            if path.name in owners:
                os.replace(path, self._partial_path(owners[path.name], path.name))

    @staticmethod
    def _require_content_role(principal: Principal) -> None:
        if principal.role is Role.IT_ADMIN:
            raise BlobError(403, "forbidden", "Court IT accounts do not read or write case "
                                              "content.")

    @staticmethod
    def _upload_row(conn: sa.Connection, principal: Principal, sha: str):
        uploads = models.blob_uploads
        return conn.execute(sa.select(uploads).where(
            uploads.c.sha256 == sha, uploads.c.user_id == principal.user_id)).first()

    def create(self, principal: Principal, sha: str, size: int) -> tuple[BlobState, bool]:
        """The caller's upload of this file and whether this call created it.

        Only the caller's own upload counts: a file someone else sent (in any case, any
        court) is sent again in full, which proves the caller holds the bytes, and is then
        stored once.
        """
        self._require_content_role(principal)
        if size == 0 and sha != EMPTY_SHA256:
            raise BlobError(400, "hash_mismatch", "An empty file has a different SHA-256.")
        with self.db.write(log=False) as conn:
            row = self._upload_row(conn, principal, sha)
            if row is not None:
                if row.size != size:
                    raise BlobError(409, "size_mismatch",
                                    f"You registered this file with {row.size} bytes, not "
                                    f"{size}.")
                return BlobState(sha, row.size, row.received, row.complete), False
            now = now_ms()
            complete = size == 0
            if complete:
                self._publish_empty(sha)
                self._register_stored(conn, principal, sha, size, now)
            conn.execute(sa.insert(models.blob_uploads).values(
                sha256=sha, user_id=principal.user_id, size=size, received=0,
                complete=complete, created_at=now, completed_at=now if complete else None))
        return BlobState(sha, size, 0, complete), True

    def _publish_empty(self, sha: str) -> None:
        path = self.final_path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()

    @staticmethod
    def _register_stored(conn: sa.Connection, principal: Principal, sha: str, size: int,
                         now: int) -> None:
        """The file is in the store (once, whoever sent it first)."""
        stored = conn.execute(sa.select(models.blobs.c.complete)
                              .where(models.blobs.c.sha256 == sha)).first()
        if stored is None:
            conn.execute(sa.insert(models.blobs).values(
                sha256=sha, size=size, received=size, complete=True,
                court_id=principal.court_id, created_by=principal.user_id, created_at=now,
                completed_at=now))
        elif not stored.complete:
            conn.execute(sa.update(models.blobs).where(models.blobs.c.sha256 == sha)
                         .values(received=size, complete=True, completed_at=now))

    def state(self, principal: Principal, sha: str) -> BlobState:
        """The caller's own upload, or a complete file they may read; else "no such file"."""
        self._require_content_role(principal)
        with self.db.read() as conn:
            row = self._upload_row(conn, principal, sha)
            if row is not None:
                return BlobState(sha, row.size, row.received, row.complete)
            stored = self._readable(conn, principal, sha)
        if stored is None:
            raise BlobError(404, "not_found", NOT_FOUND)
        return BlobState(sha, stored.size, stored.size, True)

    def append(self, principal: Principal, sha: str, offset: int, checksum: bytes,
               chunk: bytes | bytearray) -> BlobState:
        """Write one chunk of the caller's upload at ``offset``; on the last one, check the
        whole file.

        File writing and the final hash run outside any database transaction (hashing a
        large recording takes seconds, and pushes must not wait for it); a per-upload lock
        keeps two requests for the same upload in this process apart.
        """
        self._require_content_role(principal)
        if hashlib.sha256(chunk).digest() != checksum:
            raise BlobError(460, "checksum_mismatch", "The chunk arrived damaged (its SHA-256 "
                                                      "differs); send it again.")
        uploads = models.blob_uploads
        mine = sa.and_(uploads.c.sha256 == sha, uploads.c.user_id == principal.user_id)
        with self._file_lock(f"{principal.user_id}/{sha}"):
            with self.db.read() as conn:
                row = self._upload_row(conn, principal, sha)
            if row is None:
                raise BlobError(404, "not_found", NOT_FOUND)
            self._check_offset(row, offset, len(chunk))
            partial = self._partial_path(principal.user_id, sha)
            if offset and (not partial.exists() or partial.stat().st_size < offset):
                # The bytes the upload stood on are gone (a restored server): from 0 again.
                with self.db.write(log=False) as conn:
                    conn.execute(sa.update(uploads).where(mine).values(received=0))
                raise BlobError(409, "offset_mismatch", "The server lost this upload's "
                                                        "earlier bytes; send it again from 0.",
                                offset=0)
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
                    self._publish(partial, sha)
                    values.update(complete=True, completed_at=now_ms())
                else:
                    partial.unlink()
                    values["received"] = 0
                    mismatch = BlobError(422, "hash_mismatch", "The whole file's SHA-256 does "
                                                               "not match; the upload was "
                                                               "reset, send it again from 0.",
                                         offset=0)
            with self.db.write(log=False) as conn:
                conn.execute(sa.update(uploads).where(mine).values(**values))
                if values.get("complete"):
                    self._register_stored(conn, principal, sha, row.size,
                                          values["completed_at"])
        if mismatch is not None:
            raise mismatch
        return BlobState(sha, row.size, values["received"], bool(values.get("complete")))

    def _publish(self, partial: Path, sha: str) -> None:
        """Move a verified upload into the store, or drop it when the store has the file."""
        with self._file_lock(sha):
            final = self.final_path(sha)
            if final.exists():
                partial.unlink()
                return
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, final)
            _fsync_dir(final.parent)

    def _file_lock(self, key: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(key, threading.Lock())

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
        """A complete file that a record of a case the caller may read names.

        Anything else, another court's file included, is "no such file": the answer does
        not tell whether the server holds it.
        """
        self._require_content_role(principal)
        with self.db.read() as conn:
            stored = self._readable(conn, principal, sha)
        if stored is None:
            raise BlobError(404, "not_found", "No such complete file on the server.")
        return self.final_path(sha), stored.size

    def _readable(self, conn: sa.Connection, principal: Principal, sha: str):
        stored = conn.execute(sa.select(models.blobs)
                              .where(models.blobs.c.sha256 == sha)).first()
        if stored is None or not stored.complete:
            return None
        found = conn.execute(readable_refs(principal, sha).limit(1)).first()
        return stored if found is not None else None


def readable_refs(principal: Principal, sha: str) -> sa.Select:
    """The references to ``sha`` in records this principal may read (case member; for a
    deliberation, sitting on the case as a judge)."""
    refs = models.blob_refs
    members = models.case_members
    query = (sa.select(refs.c.case_id)
             .join(members, members.c.case_id == refs.c.case_id)
             .where(refs.c.sha256 == sha, members.c.user_id == principal.user_id))
    if not principal.judging:
        return query.where(refs.c.confidential.is_(False))
    return query.where(sa.or_(refs.c.confidential.is_(False),
                              members.c.role_in_case.in_(access.JUDGING_ROLE_NAMES)))


def reference_refusal(conn: sa.Connection, principal: Principal, sha: str,
                      case_id: str) -> tuple[str, str] | None:
    """Why a record of ``case_id`` pushed by ``principal`` may not name file ``sha``
    ((code, reason)), or None when it may.

    It may when the caller sent the file's bytes themselves, or when the case already
    holds the file in a record the caller may read. Knowing a hash is not enough.
    """
    uploads = models.blob_uploads
    own = conn.execute(sa.select(uploads.c.complete).where(
        uploads.c.sha256 == sha, uploads.c.user_id == principal.user_id)).scalar()
    if own:
        return None
    held = conn.execute(readable_refs(principal, sha)
                        .where(models.blob_refs.c.case_id == case_id).limit(1)).first()
    if held is not None:
        return None
    code = "blob_not_uploaded" if own is None else "blob_incomplete"
    if own is None:
        return (code, f"The file {sha} was not uploaded from your account for this case; "
                      "upload it from this PC, then push the record again.")
    return (code, f"The file {sha} is not uploaded completely yet; upload it, then push the "
                  "record.")
