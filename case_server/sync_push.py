"""Apply pushed changes: each change id once, each record type by its own rule.

A push is one transaction under the writers' lock: either every result in the response is
committed or none is (the client then retries, and replays get the stored results).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from . import access, models
from .auth import Principal
from .blobs import reference_refusal
from .db import Database, now_ms
from .record_types import (
    ANNOTATION_VISIBILITY,
    HEARING_SESSION_TYPES,
    MAX_ATTENDANCE_CHARS,
    RECORD_TYPES,
    SEGMENT_STATUSES,
    SERVER_OWNED,
    SHA256_HEX,
    VOLATILE,
    Policy,
    RecordType,
)
from .schemas import ID_PATTERN, Change

_ID = re.compile(ID_PATTERN)
SERVER_CLIENT_ID = "server"


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Rejected(Exception):
    def __init__(self, code: str, reason: str, *, retryable: bool = False) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.retryable = retryable


@dataclass
class Scope:
    court_id: str
    case_id: str
    confidential: bool
    private_to: str | None = None


@dataclass
class PushContext:
    conn: sa.Connection
    principal: Principal
    client_id: str
    seq: int
    at: int = field(default_factory=now_ms)
    # Per-push caches: the records a push names are read in a few queries up front (not
    # one query per change), and a batch of segments shares one hearing and one case, so
    # their parent and membership are looked up once. A write drops what it changes.
    already_applied: set[str] = field(default_factory=set)
    records: dict[tuple[str, str], Any] = field(default_factory=dict)
    memberships: dict[str, str | None] = field(default_factory=dict)

    def current(self, record_type: str, record_id: str):
        key = (record_type, record_id)
        if key not in self.records:
            self.records[key] = _current(self.conn, record_type, record_id)
        return self.records[key]

    parent = current

    def read_records(self, changes: list[Change]) -> None:
        by_type: dict[str, list[str]] = {}
        for change in changes:
            by_type.setdefault(change.record_type, []).append(change.record_id)
        table = models.records
        for record_type, ids in by_type.items():
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), 500):
                chunk = unique[start:start + 500]
                self.records.update(((record_type, record_id), None) for record_id in chunk)
                for row in self.conn.execute(sa.select(table).where(
                        table.c.record_type == record_type, table.c.record_id.in_(chunk))):
                    self.records[(record_type, row.record_id)] = row

    def membership(self, case_id: str) -> str | None:
        if case_id not in self.memberships:
            self.memberships[case_id] = access.role_in_case(self.conn, self.principal.user_id,
                                                            case_id)
        return self.memberships[case_id]


class PushService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def push(self, principal: Principal, client_id: str, changes: list[Change]) -> list[dict]:
        with self.db.write() as conn:
            head = conn.execute(sa.select(models.log_head.c.seq)
                                .where(models.log_head.c.id == 1)).scalar_one()
            ctx = PushContext(conn, principal, client_id, head)
            ids = [c.change_id for c in changes]
            for start in range(0, len(ids), 500):
                ctx.already_applied.update(conn.execute(
                    sa.select(models.applied_changes.c.change_id)
                    .where(models.applied_changes.c.change_id.in_(ids[start:start + 500]))
                ).scalars())
            ctx.read_records(changes)
            results = [self._once(ctx, change) for change in changes]
            if ctx.seq != head:
                conn.execute(sa.update(models.log_head).where(models.log_head.c.id == 1)
                             .values(seq=ctx.seq))
        return results

    # -- exactly once --------------------------------------------------------------------
    def _once(self, ctx: PushContext, change: Change) -> dict:
        if change.author != ctx.principal.user_id:
            # Not remembered: the change id stays free for its author's own push.
            return _result(change, "rejected", code="author_mismatch",
                           reason="This change was made by another user; only its author "
                                  "may send it, under their own login.")
        done = None
        if change.change_id in ctx.already_applied:
            done = ctx.conn.execute(sa.select(models.applied_changes).where(
                models.applied_changes.c.change_id == change.change_id)).first()
        if done is not None:
            if (done.user_id != ctx.principal.user_id or done.record_type != change.record_type
                    or done.record_id != change.record_id):
                # Not this change's replay: do not hand someone else's result out.
                return _result(change, "rejected", code="change_id_reused",
                               reason="This change id was already used for another change.")
            return {**json.loads(done.result), "replayed": True}
        try:
            result = self._apply(ctx, change)
        except Rejected as exc:
            result = _result(change, "rejected", code=exc.code, reason=exc.reason,
                             retryable=exc.retryable)
        if not result["retryable"]:
            ctx.conn.execute(models.applied_changes.insert(), dict(
                change_id=change.change_id, user_id=ctx.principal.user_id,
                record_type=change.record_type, record_id=change.record_id,
                result=dumps(result), at=ctx.at))
            ctx.already_applied.add(change.change_id)
        return result

    # -- one change ----------------------------------------------------------------------
    def _apply(self, ctx: PushContext, change: Change) -> dict:
        rt = RECORD_TYPES[change.record_type]
        if not ctx.principal.reads_case_content:
            raise Rejected("forbidden", "Court IT accounts do not read or write case content.")
        payload = {k: v for k, v in change.payload.items() if k not in SERVER_OWNED}
        if payload.setdefault("id", change.record_id) != change.record_id:
            raise Rejected("invalid", "The payload's id is not the change's record_id.")
        deleting = change.op == "delete"
        current = ctx.current(rt.name, change.record_id)
        if current is None:
            if deleting:
                raise Rejected("unknown_record", "There is no such record on the server.")
            scope = self._new_scope(ctx, rt, change.record_id, payload)
        else:
            stored = json.loads(current.payload)
            for name in rt.fixed | ({rt.parent[0]} if rt.parent else set()):
                if name in payload and payload[name] != stored.get(name):
                    raise Rejected("fixed_field", f"{name} cannot change once a record exists.")
            scope = Scope(current.court_id, current.case_id, current.confidential,
                          current.private_to)
        if scope.court_id != ctx.principal.court_id:
            raise Rejected("forbidden", "No case that you are assigned to.")
        membership = ctx.membership(scope.case_id)
        # Only member management asks who created the case.
        case_created_by = (_created_by(ctx.conn, "cases", scope.case_id)
                           if rt.name == "case_members" else None)
        denied = access.may_write(ctx.principal, rt.name, membership=membership,
                                  confidential=scope.confidential,
                                  new_case=rt.name == "cases" and current is None,
                                  case_created_by=case_created_by)
        if denied:
            raise Rejected("forbidden", denied)
        if not deleting:
            self._check_fields(ctx, rt, payload, current, scope)
        if current is None:
            version = self._write(ctx, rt, change, payload, scope, None, deleted=False)
            return _result(change, "applied", server_version=version, deleted=False)
        return self._apply_existing(ctx, rt, change, payload, scope, current)

    def _apply_existing(self, ctx: PushContext, rt: RecordType, change: Change, payload: dict,
                        scope: Scope, current) -> dict:
        stored = json.loads(current.payload)
        deleting = change.op == "delete"
        if current.deleted:
            if deleting:  # deleted here as well: nothing to do, nothing lost
                return _result(change, "applied", server_version=current.version, deleted=True)
            return _conflict(change, current, stored,
                             "The record was deleted on the server; a deleted record does "
                             "not come back (save it as a new one).")
        stale = _stale(ctx, rt.name, change.record_id, change.base_version, current.version)
        if rt.policy is Policy.APPEND_ONLY:
            if deleting:
                raise Rejected("append_only", f"{rt.name} are never deleted.")
            changed = _changed(payload, rt.as_stored(stored))
            if not changed:
                return _result(change, "applied", server_version=current.version,
                               deleted=False)
            frozen = sorted(changed - rt.revisable)
            if frozen:
                raise Rejected("append_only", f"{rt.name} keep {', '.join(frozen)} as first "
                                              "stored; only a revision may change them.")
            if stale:
                return _conflict(change, current, stored, "Someone else revised this record "
                                                          "since your version.")
            _check_revision(rt.name, payload, stored)
            version = self._write(ctx, rt, change, {**stored, **payload}, scope, current,
                                  deleted=False)
            return _result(change, "applied", server_version=version, deleted=False)
        if not stale:
            new = stored if deleting else {**stored, **payload}
            version = self._write(ctx, rt, change, new, scope, current, deleted=deleting)
            return _result(change, "applied", server_version=version, deleted=deleting)
        if rt.policy is Policy.COURT or deleting:
            return _conflict(change, current, stored, "The court's record changed since your "
                                                      "version; the server's version stands.")
        # Annotations: keep every field only one side changed; same field changed on both
        # sides means a person decides, so both values go back and nothing is applied.
        base = _version_payload(ctx.conn, rt.name, change.record_id, change.base_version)
        merged, clashes = dict(stored), []
        for name in sorted((set(payload) | set(stored)) - VOLATILE - {"id"}):
            mine, theirs, was = payload.get(name), stored.get(name), base.get(name)
            if name not in payload or mine == was:
                continue
            if theirs != was and theirs != mine:
                clashes.append({"field": name, "base": was, "server": theirs, "yours": mine})
            else:
                merged[name] = mine
        if clashes:
            result = _conflict(change, current, stored, "The same fields were changed here "
                                                        "and on the server.")
            result["conflict_fields"] = clashes
            return result
        if "updated_at" in payload:
            merged["updated_at"] = max(str(payload["updated_at"]),
                                       str(stored.get("updated_at", "")))
        version = self._write(ctx, rt, change, merged, scope, current, deleted=False)
        result = _result(change, "applied", server_version=version, deleted=False)
        if merged != {**stored, **payload}:
            result["row"] = merged
        return result

    # -- scope and fields ----------------------------------------------------------------
    def _new_scope(self, ctx: PushContext, rt: RecordType, record_id: str,
                   payload: dict) -> Scope:
        if rt.parent is None:
            return Scope(ctx.principal.court_id, record_id, False)
        field_name, parent_type = rt.parent
        parent_id = payload.get(field_name)
        if not isinstance(parent_id, str) or not _ID.match(parent_id):
            raise Rejected("invalid", f"{rt.name} need {field_name}, the id of their "
                                      f"{parent_type[:-1]}.")
        parent = ctx.parent(parent_type, parent_id)
        if parent is None:
            # Usually a parent further back in the same outbox not pushed yet.
            raise Rejected("unknown_parent", f"{parent_type[:-1]} {parent_id} is not on the "
                                             "server yet; push it first.", retryable=True)
        if parent.deleted:
            raise Rejected("parent_deleted", f"{parent_type[:-1]} {parent_id} was deleted.")
        confidential = parent.confidential
        if rt.name == "hearings":
            confidential = bool(payload.get("confidential")) or payload.get(
                "kind") == "deliberation"
        return Scope(parent.court_id, parent.case_id, confidential)

    def _check_fields(self, ctx: PushContext, rt: RecordType, payload: dict, current,
                      scope: Scope) -> None:
        stored = json.loads(current.payload) if current is not None else {}
        for name in rt.blob_fields:
            sha = payload.get(name)
            if sha in (None, "") or sha == stored.get(name):
                continue  # none, or the file this record already names
            if not isinstance(sha, str) or not SHA256_HEX.match(sha):
                raise Rejected("invalid", f"{name} must be a lowercase hex SHA-256.")
            # Naming a file needs its bytes, not only its hash (see blobs.py).
            refused = reference_refusal(ctx.conn, ctx.principal, sha, scope.case_id)
            if refused:
                raise Rejected(*refused, retryable=True)
        if rt.name == "case_members":
            self._check_member(ctx, payload)
        if rt.name == "hearings":
            self._check_hearing_setup(payload)
        if rt.name == "annotations":
            author = (json.loads(current.payload).get("author") if current is not None
                      else payload.get("author"))
            if author != ctx.principal.user_id:
                raise Rejected("forbidden", "Only its author changes an annotation.")
            if payload.get("visibility", "private") not in ANNOTATION_VISIBILITY:
                raise Rejected("invalid", "visibility is private or shared.")
        if rt.name == "segments" and payload.get("status", "") not in SEGMENT_STATUSES:
            raise Rejected("invalid", "A segment's status is one of: in the record (''), "
                                      + ", ".join(SEGMENT_STATUSES[1:]) + ".")

    @staticmethod
    def _check_hearing_setup(payload: dict) -> None:
        session_type = payload.get("session_type", "")
        if session_type not in HEARING_SESSION_TYPES:
            raise Rejected("invalid", "session_type is one of "
                                      f"{', '.join(t for t in HEARING_SESSION_TYPES if t)}.")
        # who may read a deliberation hangs on its kind: the two must say the same
        if session_type and (session_type == "deliberation") != (
                payload.get("kind") == "deliberation"):
            raise Rejected("invalid", "A deliberation's session_type is deliberation, and "
                                      "only a deliberation's.")
        attendance = payload.get("attendance", "")
        if not isinstance(attendance, str) or len(attendance) > MAX_ATTENDANCE_CHARS:
            raise Rejected("invalid", "attendance is JSON text of at most "
                                      f"{MAX_ATTENDANCE_CHARS} characters.")
        if attendance:
            try:
                parsed = json.loads(attendance)
            except ValueError:
                parsed = None
            if not isinstance(parsed, dict):
                raise Rejected("invalid", "attendance is a JSON object (people, other).")

    def _check_member(self, ctx: PushContext, payload: dict) -> None:
        from courtdesk.common.roles import Role

        user = ctx.conn.execute(sa.select(models.users).where(
            models.users.c.id == str(payload.get("user_id")))).first()
        if user is None or user.court_id != ctx.principal.court_id:
            raise Rejected("invalid", "The member is not a user of this court.")
        if user.role == Role.IT_ADMIN.value:
            raise Rejected("invalid", "Court IT accounts cannot be members of a case.")
        if payload.get("role_in_case", user.role) not in {r.value for r in Role} - {"it_admin"}:
            raise Rejected("invalid", "role_in_case is clerk, judge or presiding_judge.")

    # -- writing a version ---------------------------------------------------------------
    def _write(self, ctx: PushContext, rt: RecordType, change: Change, payload: dict,
               scope: Scope, current, *, deleted: bool) -> int:
        ctx.seq += 1
        ctx.records.pop((rt.name, change.record_id), None)
        if rt.name == "case_members":
            ctx.memberships.clear()
        return write_version(ctx.conn, rt.name, change.record_id, payload, scope,
                             current, deleted=deleted, user_id=ctx.principal.user_id,
                             client_id=ctx.client_id, change_id=change.change_id,
                             seq=ctx.seq, at=ctx.at)


def write_version(conn: sa.Connection, record_type: str, record_id: str, payload: dict,
                  scope: Scope, current, *, deleted: bool, user_id: str, client_id: str,
                  change_id: str | None, seq: int, at: int) -> int:
    """Store a record's next version: current row, change-log row and derived tables.

    The caller holds the writers' lock and hands out ``seq``.
    """
    version = (current.version if current is not None else 0) + 1
    withdrawn = False
    if record_type == "annotations":
        # A private annotation reaches nobody but its author, whatever the case.
        private = payload.get("visibility", "private") == "private"
        scope.private_to = payload.get("author") if private else None
        withdrawn = private and current is not None and current.private_to is None
    text = dumps(payload)
    values = dict(court_id=scope.court_id, case_id=scope.case_id,
                  confidential=scope.confidential, private_to=scope.private_to,
                  version=version, deleted=deleted, payload=text, updated_at=at)
    if current is None:
        conn.execute(models.records.insert(), dict(record_type=record_type,
                                                   record_id=record_id, created_by=user_id,
                                                   **values))
    else:
        conn.execute(sa.update(models.records).where(
            models.records.c.record_type == record_type,
            models.records.c.record_id == record_id).values(**values))
    conn.execute(models.change_log.insert(), dict(
        seq=seq, record_type=record_type, record_id=record_id, version=version,
        deleted=deleted, court_id=scope.court_id, case_id=scope.case_id,
        confidential=scope.confidential, private_to=scope.private_to, payload=text,
        user_id=user_id, client_id=client_id, change_id=change_id, at=at,
        member_user_id=payload.get("user_id") if record_type == "case_members" else None,
        withdrawn=withdrawn))
    if withdrawn:
        # Its shared versions stay with the author too: someone pulling from further back
        # (a new laptop, a member added later) must not find the text there.
        conn.execute(sa.update(models.change_log).where(
            models.change_log.c.record_type == record_type,
            models.change_log.c.record_id == record_id,
            models.change_log.c.seq < seq).values(private_to=scope.private_to))
    if record_type == "case_members":
        conn.execute(sa.delete(models.case_members)
                     .where(models.case_members.c.record_id == record_id))
        if not deleted:
            conn.execute(sa.insert(models.case_members).values(
                record_id=record_id, case_id=scope.case_id, user_id=payload["user_id"],
                role_in_case=payload.get("role_in_case") or "clerk"))
    rt = RECORD_TYPES[record_type]
    if rt.blob_fields:
        conn.execute(sa.delete(models.blob_refs).where(
            models.blob_refs.c.record_type == record_type,
            models.blob_refs.c.record_id == record_id))
        shas = {payload.get(n) for n in rt.blob_fields} - {None, ""}
        if not deleted:
            for sha in sorted(shas):
                conn.execute(sa.insert(models.blob_refs).values(
                    sha256=sha, record_type=record_type, record_id=record_id,
                    case_id=scope.case_id, confidential=scope.confidential))
    return version


# -- helpers -------------------------------------------------------------------------------
def _current(conn: sa.Connection, record_type: str, record_id: str):
    return conn.execute(sa.select(models.records).where(
        models.records.c.record_type == record_type,
        models.records.c.record_id == record_id)).first()


def _created_by(conn: sa.Connection, record_type: str, record_id: str) -> str | None:
    return conn.execute(sa.select(models.records.c.created_by).where(
        models.records.c.record_type == record_type,
        models.records.c.record_id == record_id)).scalar()


def _stale(ctx: PushContext, record_type: str, record_id: str, base_version: int,
           current_version: int) -> bool:
    """Did anyone else write this record after the version the edit started from?

    A client's own later versions do not count: it pushes three offline edits of a record
    all made from the same server version, and they are one line of work, not a conflict.
    """
    if base_version > current_version:
        return True  # a version this server never issued (restored from a backup?)
    log = models.change_log
    other = ctx.conn.execute(sa.select(log.c.seq).where(
        log.c.record_type == record_type, log.c.record_id == record_id,
        log.c.version > base_version,
        sa.or_(log.c.client_id != ctx.client_id, log.c.user_id != ctx.principal.user_id),
    ).limit(1)).first()
    return other is not None


def _version_payload(conn: sa.Connection, record_type: str, record_id: str,
                     version: int) -> dict:
    text = conn.execute(sa.select(models.change_log.c.payload).where(
        models.change_log.c.record_type == record_type,
        models.change_log.c.record_id == record_id,
        models.change_log.c.version == version)).scalar()
    return json.loads(text) if text else {}


def _changed(payload: dict, stored: dict) -> set[str]:
    return {k for k, v in payload.items()
            if k not in VOLATILE and k != "id" and stored.get(k) != v}


def _check_revision(record_type: str, payload: dict, stored: dict) -> None:
    if record_type == "segments":
        new, old = payload.get("revision", stored.get("revision", 0)), stored.get("revision", 0)
        if not isinstance(new, int) or not isinstance(old, int) or new <= old:
            raise Rejected("revision_not_increasing",
                           "A corrected segment must carry a higher revision number.")
    if record_type == "recordings":
        new, old = payload.get("frames", stored.get("frames", 0)), stored.get("frames", 0)
        if not isinstance(new, int) or not isinstance(old, int) or new < old:
            raise Rejected("append_only", "A recording's frame count only grows.")


def _result(change: Change, status: str, *, server_version: int | None = None,
            deleted: bool | None = None, code: str | None = None, reason: str | None = None,
            retryable: bool = False) -> dict:
    return {"change_id": change.change_id, "record_type": change.record_type,
            "record_id": change.record_id, "status": status, "server_version": server_version,
            "deleted": deleted, "row": None, "conflict_fields": None, "code": code,
            "reason": reason, "retryable": retryable, "replayed": False}


def _conflict(change: Change, current, stored: dict, reason: str) -> dict:
    result = _result(change, "conflict", server_version=current.version,
                     deleted=bool(current.deleted), code="conflict", reason=reason)
    result["row"] = stored
    return result
