"""Encrypted, content-addressed files beside the store (dossier PDFs, hearing audio).

A blob is named by the SHA-256 of its plaintext and stored as AES-256-GCM chunks of
1 MiB, each authenticated together with the blob's hash and its position, so a chunk that
is altered, swapped or cut off fails to decrypt instead of yielding wrong bytes. The blob
key is derived from the store key with HKDF, so it never exists on disk.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BlobError, BlobMismatch, StoreFull
from .store import LocalStore, utc_now

MAGIC = b"CDBLOB1\n"
CHUNK = 1024 * 1024
_FRAME = struct.Struct(">I?")  # ciphertext length, last-chunk flag


def _blob_key(store_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"courtdesk blob key v1").derive(store_key)


class BlobStore:
    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.root = store.directory / "blobs"
        self._aead = AESGCM(_blob_key(store.key))

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put_bytes(self, data: bytes, mime: str = "") -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.put_stream([data], sha, mime, verify=False)  # named by its own hash just now
        return sha

    def put_file(self, path: Path, mime: str = "") -> str:
        """Store a file of any size: hashed, then sealed, a chunk at a time."""
        digest = hashlib.sha256()
        for piece in _read_pieces(path):
            digest.update(piece)
        sha = digest.hexdigest()
        self.put_stream(_read_pieces(path), sha, mime)
        return sha

    def put_stream(self, pieces: Iterable[bytes], sha256: str, mime: str = "", *,
                   verify: bool = True) -> int:
        """Store the bytes of ``pieces`` as blob ``sha256``, a chunk in memory at a time.

        Chunks are sealed as they arrive (their authentication names the blob, so the
        hash must be known first: a download knows it). Nothing is kept unless the bytes
        hash to ``sha256``; then BlobMismatch says so (``verify=False`` only for bytes the
        caller has just hashed). Returns the size.
        """
        if self.has(sha256):
            return 0
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{sha256}.{os.getpid()}.part")
        digest = hashlib.sha256() if verify else None
        size = 0
        try:
            with open(tmp, "wb") as out:
                out.write(MAGIC)
                index = 0
                # One chunk is held back: the last one is sealed with the last-chunk flag.
                held: bytes | None = None
                for chunk in _rechunk(pieces, CHUNK):
                    if digest is not None:
                        digest.update(chunk)
                    size += len(chunk)
                    if held is not None:
                        self._seal(out, sha256, index, held, last=False)
                        index += 1
                    held = chunk
                self._seal(out, sha256, index, held or b"", last=True)
                out.flush()
                os.fsync(out.fileno())
            if digest is not None and digest.hexdigest() != sha256:
                raise BlobMismatch(f"The bytes given for {sha256[:12]}… hash to "
                                f"{digest.hexdigest()[:12]}…; nothing was stored.")
            os.replace(tmp, target)
        except OSError as exc:
            if exc.errno == 28:  # ENOSPC
                raise StoreFull(
                    "The disk is full; the file was not stored. Free space and import again.",
                ) from exc
            raise BlobError(f"Could not store a file in {self.root}: {exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)  # nothing left once it was moved into place
        with self.store.transaction():
            self.store.conn.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size_bytes, mime, stored_at)"
                " VALUES (?, ?, ?, ?)",
                (sha256, size, mime, utc_now()),
            )
        return size

    def _seal(self, out: BinaryIO, sha256: str, index: int, chunk: bytes, *,
              last: bool) -> None:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, chunk, self._aad(sha256, index, last))
        out.write(_FRAME.pack(len(sealed), last))
        out.write(nonce)
        out.write(sealed)

    def read_bytes(self, sha256: str) -> bytes:
        data = b"".join(self._chunks(sha256))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobError(f"Stored file {sha256[:12]}… does not match its hash.")
        return data

    def size(self, sha256: str) -> int | None:
        row = self.store.conn.execute("SELECT size_bytes FROM blobs WHERE sha256 = ?",
                                      (sha256,)).fetchone()
        return None if row is None else int(row[0])

    def stream(self, sha256: str, start: int = 0) -> Iterator[bytes]:
        """The plaintext from byte ``start`` on, a stored chunk at a time (each one
        authenticated), so a large recording is never held in memory whole."""
        position = 0
        for chunk in self._chunks(sha256):
            end = position + len(chunk)
            if end > start:
                yield chunk[max(0, start - position):]
            position = end

    def _chunks(self, sha256: str) -> Iterator[bytes]:
        path = self.path_for(sha256)
        try:
            handle: BinaryIO = open(path, "rb")
        except OSError as exc:
            raise BlobError(
                f"The stored file {sha256[:12]}… is missing from {self.root}. Fetch the case "
                "again from the server, or restore the folder from a backup.",
            ) from exc
        with handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BlobError(f"Stored file {sha256[:12]}… is damaged (bad header).")
            index = 0
            while True:
                frame = handle.read(_FRAME.size)
                if len(frame) < _FRAME.size:
                    raise BlobError(f"Stored file {sha256[:12]}… is cut short.")
                length, last = _FRAME.unpack(frame)
                nonce = handle.read(12)
                sealed = handle.read(length)
                try:
                    yield self._aead.decrypt(nonce, sealed, self._aad(sha256, index, last))
                except Exception as exc:
                    raise BlobError(
                        f"Stored file {sha256[:12]}… is damaged at chunk {index}; it was not "
                        "used. Fetch it again or restore it from a backup.",
                    ) from exc
                if last:
                    return
                index += 1

    @staticmethod
    def _aad(sha256: str, index: int, last: bool) -> bytes:
        return f"{sha256}:{index}:{int(last)}".encode()


def _read_pieces(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while piece := handle.read(CHUNK):
            yield piece


def _rechunk(pieces: Iterable[bytes], size: int) -> Iterator[bytes | memoryview]:
    """The bytes of ``pieces`` again, in chunks of exactly ``size`` (the last one shorter)."""
    buffer = bytearray()
    for piece in pieces:
        view = memoryview(piece)
        if not buffer:  # whole chunks straight from the piece, without copying them
            whole = len(view) - len(view) % size
            for start in range(0, whole, size):
                yield view[start:start + size]
            view = view[whole:]
        buffer += view
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)
