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

from courtdesk.app.roles import JUDGING_ROLES, Permission, Role, role_allows

from . import models
from .db import Database, now_ms
from .passwords import DUMMY_HASH, verify_password

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
    def __init__(self, db: Database, ttl_s: int = DEFAULT_TOKEN_TTL_S) -> None:
        self.db = db
        self.ttl_s = ttl_s

    def login(self, username: str, password: str) -> IssuedToken | None:
        """A new token for the right password of an enabled user, else None."""
        with self.db.read() as conn:
            row = conn.execute(sa.select(models.users)
                               .where(models.users.c.username == username)).first()
        ok = verify_password(password, row.password_hash if row else DUMMY_HASH)
        if row is None or not ok or row.disabled:
            return None
        token = secrets.token_urlsafe(32)
        now = now_ms()
        expires = now + self.ttl_s * 1000
        with self.db.write(log=False) as conn:
            # Expired tokens of this user go as a new one comes: the table stays small.
            conn.execute(sa.delete(models.tokens).where(models.tokens.c.user_id == row.id,
                                                        models.tokens.c.expires_at <= now))
            conn.execute(sa.insert(models.tokens).values(
                token_hash=token_hash(token), user_id=row.id, created_at=now,
                expires_at=expires))
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
