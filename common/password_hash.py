"""Account password hashes: scrypt at OWASP's parameters, each hash carrying its own cost.

One rule for the laptop's local accounts (``app/accounts.py``) and the case server's
(``case_server/passwords.py``). A stored hash reads ``scrypt$N$r$p$salt$digest``: it is
checked with the cost it was made with, and :func:`weaker_than` tells a login to rewrite
it at today's cost once the password is known to be right.

scrypt from the standard library rather than argon2id: the same strength class in
OWASP's Password Storage Cheat Sheet (scrypt N=2^17, r=8, p=1 is its first choice after
argon2id), no native extra to install on court PCs, and the format the stores already hold.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptCost:
    n: int
    r: int = 8
    p: int = 1

    @property
    def memory_bytes(self) -> int:
        return 128 * self.r * self.n

    def weaker_than(self, other: ScryptCost) -> bool:
        """Less memory or less work than ``other``: worth rewriting at ``other``."""
        return (self.n * self.r < other.n * other.r
                or self.n * self.r * self.p < other.n * other.r * other.p)


# OWASP Password Storage Cheat Sheet (2025): scrypt N=2^17 (128 MiB), r=8, p=1.
OWASP_SCRYPT = ScryptCost(2**17, 8, 1)
# A stored hash asking for more than this is refused, not computed: a row edited to
# N=2^30 must not take the process's memory.
MAX_MEMORY = 1 << 30
MIN_N = 2**10

# Each check of an OWASP-cost hash holds 128 MiB for ~0.4 s. A burst of logins (a server's
# worker threads, or a guesser) waits for a slot instead of taking gigabytes at once.
_SLOTS = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))


def _scrypt(password: str, salt: bytes, cost: ScryptCost, length: int) -> bytes:
    with _SLOTS:
        return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=cost.n, r=cost.r,
                              p=cost.p, dklen=length,
                              maxmem=cost.memory_bytes + 128 * cost.r * (cost.p + 2) + 2**20)


def hash_password(password: str, cost: ScryptCost = OWASP_SCRYPT) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, cost, 32)
    b64 = base64.b64encode
    return f"scrypt${cost.n}${cost.r}${cost.p}${b64(salt).decode()}${b64(digest).decode()}"


def stored_cost(stored: str) -> ScryptCost | None:
    """The cost a stored hash was made with; None when it is not a hash this reads."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        cost = ScryptCost(int(n), int(r), int(p))
    except (ValueError, AttributeError):
        return None
    if scheme != "scrypt" or cost.n < 2 or cost.n & (cost.n - 1) or min(cost.r, cost.p) < 1 \
            or cost.memory_bytes * cost.p > MAX_MEMORY:
        return None
    return cost


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from, checked at its own cost,
    compared in constant time."""
    cost = stored_cost(stored)
    if cost is None:
        return False
    try:
        _scheme, _n, _r, _p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(password, base64.b64decode(salt, validate=True), cost, len(expected))
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str, wanted: ScryptCost) -> bool:
    cost = stored_cost(stored)
    return cost is None or cost.weaker_than(wanted)
