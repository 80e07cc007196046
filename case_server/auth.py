"""Who is calling: password login to bearer tokens, and tokens back to a principal.

Everything past this module sees only a :class:`Principal`. A court that puts its identity
system (OIDC) in front of the server replaces :class:`PasswordLogin`/:class:`TokenAuthority`
with a verifier of its ID tokens that maps the subject to a user row; the sync code does not
change.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from courtdesk.common.roles import JUDGING_ROLES, Permission, Role, role_allows

from . import models, passwords
from .db import Database, now_ms
from .login_guard import Locked, LoginGuard, LoginPolicy

DEFAULT_TOKEN_TTL_S = 12 * 3600  # one working day: a circuit hearing, then sync at the court


@dataclass(frozen=True)
class Principal:
    user_id: str
    username: str
    display_name: str
    court_id: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    @property
    def judging(self) -> bool:
        return self.role in JUDGING_ROLES

    @property
    def reads_case_content(self) -> bool:
        return self.role is not Role.IT_ADMIN

    def as_dict(self) -> dict:
        return {"id": self.user_id, "username": self.username,
                "display_name": self.display_name, "court_id": self.court_id,
                "role": self.role.value}


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at_ms: int
    principal: Principal


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _principal(row) -> Principal:
    return Principal(user_id=row.id, username=row.username, display_name=row.display_name,
                     court_id=row.court_id, role=Role(row.role))


class TokenAuthority:
    def __init__(self, db: Database, ttl_s: int = DEFAULT_TOKEN_TTL_S,
                 policy: LoginPolicy | None = None,
                 password_cost: passwords.ScryptCost | None = None) -> None:
        self.db = db
        self.ttl_s = ttl_s
        self.guard = LoginGuard(db, policy)
        self._password_cost = password_cost

    @property
    def password_cost(self) -> passwords.ScryptCost:
        return self._password_cost or passwords.PASSWORD_COST

    def login(self, username: str, password: str, source: str = "?"
              ) -> IssuedToken | Locked | None:
        """A new token for the right password of an enabled user; :class:`Locked` while
        the name or the address ``source`` must wait; else None.

        An unknown name costs one hash at today's cost like a known one, and is delayed
        and locked like one, so neither the time nor the answer tells whether it exists.
        """
        with self.guard.one_at_a_time(username):
            return self._login(username, password, source)

    def _login(self, username: str, password: str, source: str
               ) -> IssuedToken | Locked | None:
        reserved = self.guard.reserve(username, source)
        with self.db.read() as conn:
            row = conn.execute(sa.select(models.users)
                               .where(models.users.c.username == username)).first()
        known = row.username if row is not None else "?"
        if isinstance(reserved, Locked):
            self.guard.record("refused", known, source, retry_after_s=reserved.retry_after_s)
            return reserved
        cost = self.password_cost
        stored = row.password_hash if row is not None else passwords.dummy_hash(cost)
        ok = passwords.verify_password(password, stored)
        if row is None or not ok or row.disabled:
            failures = reserved.failures
            # A failure that imposes a wait is answered "locked" even when checking the
            # password took longer than the wait itself (a short first wait, a busy server):
            # the person learns they must slow down, and Retry-After is never 0.
            wait_s = (max(1, -(-(reserved.locked_until - now_ms()) // 1000))
                      if reserved.imposed_ms > 0 else 0)
            self.guard.record("failed", known, source, max(failures.values()),
                              retry_after_s=wait_s or None)
            if wait_s:
                self.guard.record("locked", known, source, max(failures.values()),
                                  retry_after_s=wait_s)
                return Locked(wait_s)
            return None
        self.guard.succeeded(reserved)
        # Made at an older, cheaper cost: rewritten now that the password is known (hashed
        # before the write transaction, which must not hold the writers' lock meanwhile).
        upgraded = (passwords.hash_password(password, cost)
                    if passwords.needs_rehash(row.password_hash, cost) else None)
        token = secrets.token_urlsafe(32)
        now = now_ms()
        expires = now + self.ttl_s * 1000
        with self.db.write(log=False) as conn:
            if upgraded is not None:
                # Unless a new password was set meanwhile.
                conn.execute(sa.update(models.users).where(
                    models.users.c.id == row.id,
                    models.users.c.password_hash == row.password_hash).values(
                    password_hash=upgraded))
            # Expired tokens of this user go as a new one comes: the table stays small.
            conn.execute(sa.delete(models.tokens).where(models.tokens.c.user_id == row.id,
                                                        models.tokens.c.expires_at <= now))
            conn.execute(sa.insert(models.tokens).values(
                token_hash=token_hash(token), user_id=row.id, created_at=now,
                expires_at=expires))
        self.guard.record("ok", row.username, source)
        return IssuedToken(token, expires, _principal(row))

    def resolve(self, token: str) -> Principal | None:
        """The principal of a live token; None when unknown, expired, or the user disabled."""
        with self.db.read() as conn:
            row = conn.execute(
                sa.select(models.users, models.tokens.c.expires_at)
                .join(models.tokens, models.tokens.c.user_id == models.users.c.id)
                .where(models.tokens.c.token_hash == token_hash(token))
            ).first()
        if row is None or row.expires_at <= now_ms() or row.disabled:
            return None
        return _principal(row)

    def revoke(self, token: str) -> None:
        with self.db.write(log=False) as conn:
            conn.execute(sa.delete(models.tokens)
                         .where(models.tokens.c.token_hash == token_hash(token)))
