"""Where the store's encryption key comes from.

The key is 32 random bytes kept in the OS keyring (``keyring``). Where no usable keyring
exists (a server without Secret Service, or only keyring's plaintext-file fallback) the
key is derived from a passphrase with scrypt instead. There is no third way: never a
silent plaintext store, never a key in a settings file.

``store.json`` beside the database says which way this store uses, with the scrypt salt
and a short HMAC of the key, so a wrong passphrase is told apart from a damaged file.
It holds nothing secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    KeyUnavailable,
    PassphraseRequired,
    StoreDamaged,
    StoreUnwritable,
    WrongPassphrase,
)
from .fsio import write_file_atomically

log = logging.getLogger(__name__)

KEYRING_SERVICE = "courtdesk"
HEADER_NAME = "store.json"


def keyring_username(store_id: str) -> str:
    """The keyring entry that holds the key of store ``store_id``."""
    return f"store-key:{store_id}"


KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8

# scrypt cost: ~0.3 s and 128 MiB here, paid once per start; OWASP's floor is N=2**17.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1

_CHECK_LABEL = b"courtdesk store key check v1"

# Backends that exist but do not protect a secret: keyring's "fail" and "null", and the
# keyrings.alt file backends (plaintext or with a fixed key beside the file).
_UNSAFE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class PassphraseRequest:
    """What a passphrase prompt needs to know to ask well."""

    store_dir: Path
    creating: bool  # a new store: ask twice and explain that it cannot be recovered
    attempt: int  # 1 on the first ask; >1 after a wrong passphrase


PassphraseProvider = Callable[[PassphraseRequest], "str | None"]


def keyring_backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_is_usable() -> bool:
    """True when the keyring backend really protects secrets."""
    import keyring

    backend = keyring.get_keyring()
    backends = getattr(backend, "backends", None)
    candidates = backends if backends is not None else [backend]
    usable = [
        b
        for b in candidates
        if not type(b).__module__.startswith(_UNSAFE_BACKEND_MODULES)
    ]
    return bool(usable)


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


@dataclass
class StoreHeader:
    store_id: str
    key_source: str  # "keyring" | "passphrase"
    key_check: str
    scrypt_salt: str = ""
    scrypt_n: int = SCRYPT_N
    scrypt_r: int = SCRYPT_R
    scrypt_p: int = SCRYPT_P
    format: int = 1

    @classmethod
    def read(cls, path: Path) -> StoreHeader:
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError) as exc:
            raise StoreDamaged(
                f"The store header {path} cannot be read ({exc}). Without it courtdesk "
                "cannot tell how the store is unlocked. Nothing was changed; restore the "
                "file from a backup or ask court IT.",
                path=str(path),
            ) from exc

    def write(self, path: Path) -> None:
        write_file_atomically(path, json.dumps(self.__dict__, indent=2).encode("utf-8"))

    def keyring_username(self) -> str:
        return keyring_username(self.store_id)


def _check(header: StoreHeader, key: bytes) -> bool:
    return hmac.compare_digest(key_check(key), header.key_check)


def unlock_existing(
    header: StoreHeader, store_dir: Path, ask_passphrase: PassphraseProvider | None
) -> bytes:
    """Return the key of an existing store, asking for the passphrase where needed."""
    if header.key_source == "keyring":
        # Read by a helper process while the window code loaded, when courtdesk started
        # one (keyring_prefetch); otherwise, or if it found nothing, read here.
        from .keyring_prefetch import claim

        hex_key = claim(KEYRING_SERVICE, header.keyring_username())
        reason = "no entry"
        if hex_key:
            log.info("store key read from the keyring by the start-up helper process")
        else:
            import keyring

            try:
                hex_key = keyring.get_password(KEYRING_SERVICE, header.keyring_username())
            except Exception as exc:  # any backend failure means the same to the user
                hex_key = None
                reason = str(exc)
        if not hex_key:
            raise KeyUnavailable(
                "The store's key is kept in the system keyring, which cannot give it now "
                f"({reason}). Unlock or start your desktop keyring and try again. Nothing "
                "in the store was changed.",
                store=str(store_dir),
            )
        key = bytes.fromhex(hex_key)
        if not _check(header, key):
            raise KeyUnavailable(
                "The keyring holds a key that does not fit this store. Nothing was changed; "
                "ask court IT to restore the right keyring entry.",
                store=str(store_dir),
            )
        return key
    if header.key_source != "passphrase":
        raise StoreDamaged(f"Unknown key source {header.key_source!r} in the store header.")
    if ask_passphrase is None:
        raise PassphraseRequired(
            "This store is protected by a passphrase. Run courtdesk interactively, or set "
            "COURTDESK_PASSPHRASE for unattended use.",
            store=str(store_dir),
        )
    salt = bytes.fromhex(header.scrypt_salt)
    attempt = 1
    while True:
        passphrase = ask_passphrase(PassphraseRequest(store_dir, creating=False, attempt=attempt))
        if passphrase is None and attempt == 1:
            raise PassphraseRequired("Unlocking was cancelled; the store stays locked.")
        if passphrase is None:  # the asker gave up after a wrong passphrase
            attempt = 99
        if passphrase is not None:
            key = derive_key(passphrase, salt, header.scrypt_n, header.scrypt_r,
                             header.scrypt_p)
            if _check(header, key):
                return key
        attempt += 1
        if attempt > 5:
            raise WrongPassphrase(
                "Wrong passphrase for the local store. Nothing was changed. Try again; if "
                "the passphrase is lost, the store cannot be opened (by design) — data "
                "already synced is safe on the court's server.",
                store=str(store_dir),
            )


def create_key(
    store_dir: Path, store_id: str, ask_passphrase: PassphraseProvider | None
) -> tuple[bytes, StoreHeader]:
    """Make the key of a new store, in the keyring when one is usable, else from a passphrase."""
    if keyring_is_usable():
        import keyring

        key = secrets.token_bytes(KEY_BYTES)
        header = StoreHeader(store_id=store_id, key_source="keyring", key_check=key_check(key))
        try:
            keyring.set_password(KEYRING_SERVICE, header.keyring_username(), key.hex())
        except Exception as exc:
            raise KeyUnavailable(
                f"The system keyring refused to store the new store key ({exc}). Unlock the "
                "keyring and try again.",
            ) from exc
        return key, header
    if ask_passphrase is None:
        raise PassphraseRequired(
            "No usable system keyring was found, so the new store needs a passphrase. Run "
            "courtdesk interactively, or set COURTDESK_PASSPHRASE for unattended use.",
            store=str(store_dir),
        )
    passphrase = ask_passphrase(PassphraseRequest(store_dir, creating=True, attempt=1))
    if not passphrase:
        raise PassphraseRequired("No passphrase was given; no store was created.")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WrongPassphrase(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters.",
        )
    salt = secrets.token_bytes(16)
    key = derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = StoreHeader(
        store_id=store_id,
        key_source="passphrase",
        key_check=key_check(key),
        scrypt_salt=salt.hex(),
        scrypt_n=SCRYPT_N,
        scrypt_r=SCRYPT_R,
        scrypt_p=SCRYPT_P,
    )
    return key, header


def ensure_writable(directory: Path) -> None:
    """Fail early, with a useful message, when the profile folder cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StoreUnwritable(
            f"courtdesk cannot write to {directory} ({exc.strerror or exc}). Your data there "
            "is untouched. Free space or fix permissions, or point COURTDESK_HOME at a "
            "writable folder.",
            path=str(directory),
        ) from exc
