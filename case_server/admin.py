"""What court IT does to a case server: courts, accounts, case membership."""

from __future__ import annotations

import json

import sqlalchemy as sa

from courtdesk.common.ids import new_id
from courtdesk.common.roles import Role

from . import models
from .db import Database, now_ms
from .passwords import ScryptCost, hash_password
from .sync_pull import iso
from .sync_push import Scope, write_version

ADMIN_ACTOR = "server-admin"  # change-log author of what the admin CLI writes


class AdminError(Exception):
    """A refused admin command; the message says what to do instead."""


class CourtAdmin:
    def __init__(self, db: Database, password_cost: ScryptCost | None = None) -> None:
        self.db = db
        self.password_cost = password_cost  # None: the server's (OWASP's)

    def create_court(self, code: str, name: str) -> dict:
        code, name = code.strip(), name.strip()
        if not code or not name or len(code) > 32 or len(name) > 200:
            raise AdminError("A court needs a code (up to 32 characters) and a name.")
        with self.db.write() as conn:
            if conn.execute(sa.select(models.courts.c.id)
                            .where(models.courts.c.code == code)).first():
                raise AdminError(f"There is already a court with code {code}.")
            court = {"id": new_id(), "code": code, "name": name, "created_at": now_ms()}
            conn.execute(sa.insert(models.courts).values(**court))
        return {**court, "created_at": iso(court["created_at"])}

    def _court(self, conn: sa.Connection, court: str):
        row = conn.execute(sa.select(models.courts).where(
            sa.or_(models.courts.c.code == court, models.courts.c.id == court))).first()
        if row is None:
            raise AdminError(f"No court {court}; `courtdesk-server admin list-courts` shows "
                             "them.")
        return row

    def list_courts(self) -> list[dict]:
        with self.db.read() as conn:
            rows = conn.execute(sa.select(models.courts).order_by(models.courts.c.code)).all()
        return [{"id": r.id, "code": r.code, "name": r.name} for r in rows]

    def create_user(self, court: str, username: str, role: str, password: str,
                    display_name: str = "") -> dict:
        username = username.strip()
        if not username or len(username) > 64 or "\x00" in username:
            raise AdminError("A username is 1 to 64 characters.")
        if role not in {r.value for r in Role}:
            raise AdminError(f"role is one of {', '.join(r.value for r in Role)}.")
        if len(password) < 8:
            raise AdminError("A password has at least 8 characters.")
        hashed = hash_password(password, self.password_cost)  # 0.4 s: outside the lock
        with self.db.write() as conn:
            court_row = self._court(conn, court)
            if conn.execute(sa.select(models.users.c.id)
                            .where(models.users.c.username == username)).first():
                raise AdminError(f"The username {username} is taken.")
            user = {"id": new_id(), "court_id": court_row.id, "username": username,
                    "display_name": display_name.strip() or username, "role": role,
                    "password_hash": hashed, "disabled": False,
                    "created_at": now_ms()}
            conn.execute(sa.insert(models.users).values(**user))
        return self._public(user, court_row.code)

    @staticmethod
    def _public(user: dict, court_code: str) -> dict:
        return {"id": user["id"], "username": user["username"],
                "display_name": user["display_name"], "role": user["role"],
                "court": court_code, "court_id": user["court_id"],
                "disabled": bool(user["disabled"])}

    def list_users(self, court: str | None = None) -> list[dict]:
        with self.db.read() as conn:
            query = (sa.select(models.users, models.courts.c.code.label("court_code"))
                     .join(models.courts, models.courts.c.id == models.users.c.court_id)
                     .order_by(models.courts.c.code, models.users.c.username))
            if court is not None:
                query = query.where(models.users.c.court_id == self._court(conn, court).id)
            rows = conn.execute(query).all()
        return [self._public(r._asdict(), r.court_code) for r in rows]

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 8:
            raise AdminError("A password has at least 8 characters.")
        hashed = hash_password(password, self.password_cost)
        with self.db.write() as conn:
            done = conn.execute(sa.update(models.users).where(
                models.users.c.username == username).values(password_hash=hashed))
            if not done.rowcount:
                raise AdminError(f"No user {username}.")
            user_id = conn.execute(sa.select(models.users.c.id).where(
                models.users.c.username == username)).scalar_one()
            # A new password ends every session of the old one.
            conn.execute(sa.delete(models.tokens).where(models.tokens.c.user_id == user_id))

    def create_case(self, court: str, case_number: str, title: str, **fields: str) -> dict:
        """A case the court's system already has, so its people can sync it."""
        if not case_number.strip() or not title.strip():
            raise AdminError("A case needs a case number and a title.")
        with self.db.write() as conn:
            court_row = self._court(conn, court)
            stamp = iso(now_ms())
            payload = {"id": new_id(), "case_number": case_number.strip(),
                       "title": title.strip(), "court": court_row.name, "status": "open",
                       "created_by": ADMIN_ACTOR, "created_at": stamp, "updated_at": stamp,
                       **fields}
            self._write(conn, "cases", payload,
                        Scope(court_row.id, payload["id"], False), None)
        return payload

    def add_member(self, case_id: str, username: str, role_in_case: str | None = None) -> dict:
        with self.db.write() as conn:
            case = conn.execute(sa.select(models.records).where(
                models.records.c.record_type == "cases",
                models.records.c.record_id == case_id)).first()
            if case is None or case.deleted:
                raise AdminError(f"No case {case_id} on this server.")
            user = conn.execute(sa.select(models.users)
                                .where(models.users.c.username == username)).first()
            if user is None or user.court_id != case.court_id:
                raise AdminError(f"No user {username} in the case's court.")
            if user.role == Role.IT_ADMIN.value:
                raise AdminError("Court IT accounts cannot be members of a case.")
            role = role_in_case or user.role
            if role not in {r.value for r in Role} - {Role.IT_ADMIN.value}:
                raise AdminError("role_in_case is clerk, judge or presiding_judge.")
            stamp = iso(now_ms())
            payload = {"id": new_id(), "case_id": case_id, "user_id": user.id,
                       "role_in_case": role, "created_at": stamp, "updated_at": stamp}
            self._write(conn, "case_members", payload, Scope(case.court_id, case_id, False),
                        None)
        return payload

    def remove_member(self, case_id: str, username: str) -> dict:
        """Take a person off a case: their next sync drops the case from their laptop."""
        with self.db.write() as conn:
            user = conn.execute(sa.select(models.users)
                                .where(models.users.c.username == username)).first()
            if user is None:
                raise AdminError(f"No user {username} on this server.")
            membership = conn.execute(sa.select(models.case_members.c.record_id).where(
                models.case_members.c.case_id == case_id,
                models.case_members.c.user_id == user.id)).first()
            if membership is None:
                raise AdminError(f"{username} is not on case {case_id}.")
            current = conn.execute(sa.select(models.records).where(
                models.records.c.record_type == "case_members",
                models.records.c.record_id == membership.record_id)).one()
            payload = json.loads(current.payload)
            self._write(conn, "case_members", payload,
                        Scope(current.court_id, current.case_id, current.confidential),
                        current, deleted=True)
        return payload

    @staticmethod
    def _write(conn: sa.Connection, record_type: str, payload: dict, scope: Scope,
               current, *, deleted: bool = False) -> None:
        head = conn.execute(sa.select(models.log_head.c.seq)
                            .where(models.log_head.c.id == 1)).scalar_one()
        write_version(conn, record_type, payload["id"], payload, scope, current,
                      deleted=deleted, user_id=ADMIN_ACTOR, client_id=ADMIN_ACTOR,
                      change_id=None, seq=head + 1, at=now_ms())
        conn.execute(sa.update(models.log_head).where(models.log_head.c.id == 1)
                     .values(seq=head + 1))
