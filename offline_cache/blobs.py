"""Encrypted, content-addressed files beside the store (dossier PDFs, hearing audio).

A blob is known by the SHA-256 of its plaintext and stored as AES-256-GCM chunks of
1 MiB, each authenticated together with the blob's hash and its position, so a chunk that
is altered, swapped or cut off fails to decrypt instead of yielding wrong bytes. The blob
key is derived from the store key with HKDF, so it never exists on disk.

On disk a blob's file is named by an HMAC-SHA256 of its hash under a second key derived
from the store key, not by the hash itself: the hashes are not secret (audit entries, the
server's routes), and a stolen disk must not confirm that a known document is on it.
Profiles made before that are renamed once at open (:func:`migrate_blob_names`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
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

log = logging.getLogger(__name__)

MAGIC = b"CDBLOB1\n"
NAME_KEY_INFO = b"courtdesk blob file name key v1"
NAMES_META_KEY = "blob_file_names"  # "keyed-v1" once every file has its keyed name
_SHA_HEX = frozenset("0123456789abcdef")
CHUNK = 1024 * 1024
_FRAME = struct.Struct(">I?")  # ciphertext length, last-chunk flag


def _blob_key(store_key: bytes, info: bytes = b"courtdesk blob key v1") -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(store_key)


class BlobStore:
    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.root = store.directory / "blobs"
        self._aead = AESGCM(_blob_key(store.key))
        self._name_key = _blob_key(store.key, NAME_KEY_INFO)

    def file_name(self, sha256: str) -> str:
        """The name of blob ``sha256``'s file: keyed, so it says nothing without the key."""
        return hmac.new(self._name_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def path_for(self, sha256: str) -> Path:
        name = self.file_name(sha256)
        return self.root / name[:2] / name

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
        tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
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

    def _sealed_under(self, path: Path, sha256: str) -> bool:
        """Whether the file's first chunk authenticates as blob ``sha256``'s."""
        try:
            with open(path, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return False
                frame = handle.read(_FRAME.size)
                if len(frame) < _FRAME.size:
                    return False
                length, last = _FRAME.unpack(frame)
                nonce, sealed = handle.read(12), handle.read(length)
            self._aead.decrypt(nonce, sealed, self._aad(sha256, 0, last))
        except Exception:
            return False
        return True

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


# -- from plaintext names to keyed ones ------------------------------------------------------
_REFERENCES = ("SELECT sha256 FROM blobs",
               "SELECT blob_sha256 FROM documents",
               "SELECT source_sha256 FROM documents WHERE source_sha256 != ''",
               "SELECT sha256 FROM recording_chunks",
               "SELECT audio_blob FROM hearings WHERE audio_blob != ''")


def migrate_blob_names(store: LocalStore) -> int:
    """Rename every blob file still named by its plaintext SHA-256; returns how many.

    Runs at open until it has once finished (a mark in ``meta``). Each file moves with one
    atomic rename, so a run cut off at any point leaves every file under one of its two
    names, and the next open simply carries on. A file whose name is no hash the store
    knows is tried as an old name by decrypting its first chunk under that name (a keyed
    name never decrypts so); files that are neither are left alone.
    """
    done = store.conn.execute("SELECT value FROM meta WHERE key = ?",
                              (NAMES_META_KEY,)).fetchone()
    if done and done[0] == "keyed-v1":
        return 0
    blobs = BlobStore(store)
    known: set[str] = set()
    for sql in _REFERENCES:
        known.update(row[0] for row in store.conn.execute(sql))
    renamed = 0
    # Listed before anything moves: a file renamed here is not looked at again.
    files = sorted(blobs.root.glob("??/*")) if blobs.root.exists() else []
    for path in files:
        name = path.name
        if len(name) != 64 or not set(name) <= _SHA_HEX or not path.is_file():
            continue  # a .part left by a crash, or not ours
        if name not in known and not blobs._sealed_under(path, name):
            continue  # already keyed
        target = blobs.path_for(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            path.unlink()  # the same content under its new name already
        else:
            os.replace(path, target)
        renamed += 1
    for folder in {path.parent for path in files}:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
    with store.transaction():
        store.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, 'keyed-v1') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (NAMES_META_KEY,))
    if renamed:
        log.info("renamed %d blob files to keyed names", renamed)
    return renamed
