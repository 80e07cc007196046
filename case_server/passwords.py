"""The server's account password hashes: scrypt at OWASP's cost (``app/password_hash``).

``PASSWORD_COST`` is what new hashes get and what older ones are raised to at their next
login; the server's ``--password-scrypt-n`` sets it (only test servers lower it).
"""

from __future__ import annotations

import functools
import secrets

from courtdesk.common.password_hash import (
    OWASP_SCRYPT,
    ScryptCost,
    needs_rehash,
    password_matches,
)
from courtdesk.common.password_hash import hash_password as _hash

PASSWORD_COST: ScryptCost = OWASP_SCRYPT

__all__ = ["PASSWORD_COST", "ScryptCost", "dummy_hash", "hash_password", "needs_rehash",
           "verify_password"]


def hash_password(password: str, cost: ScryptCost | None = None) -> str:
    return _hash(password, cost or PASSWORD_COST)


def verify_password(password: str, stored: str) -> bool:
    return password_matches(password, stored)


@functools.lru_cache(maxsize=4)
def dummy_hash(cost: ScryptCost) -> str:
    """Checked against when the username is unknown, so a login costs one hash at today's
    cost either way and does not tell a guesser which usernames exist."""
    return _hash(secrets.token_hex(8), cost)
