"""Errors a person can act on.

Each error has a stable ``code`` (the GUI looks up its translated text by it) and an
English message for the CLI and the log that says what failed, what it means for the
user's work, and what to do.
"""

from __future__ import annotations


class CourtdeskError(Exception):
    """Base of every error courtdesk reports to a person."""

    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class AccessDenied(CourtdeskError):
    """The account's role or case membership does not allow it (``courtdesk.common.roles``)."""

    code = "access_denied"


class StoreError(CourtdeskError):
    code = "store_error"


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"


class KeyUnavailable(StoreError):
    code = "key_unavailable"


class PassphraseRequired(StoreError):
    code = "passphrase_required"


class StoreDamaged(StoreError):
    code = "store_damaged"


class StoreUnwritable(StoreError):
    code = "store_unwritable"


class StoreFull(StoreError):
    code = "store_full"


class ProfileInUse(StoreError):
    code = "profile_in_use"


class EncryptionUnavailable(StoreError):
    code = "encryption_unavailable"


class BlobError(StoreError):
    code = "blob_error"


class BlobMismatch(BlobError):
    """Bytes offered for a blob do not hash to its name (a corrupted download)."""

    code = "blob_mismatch"
