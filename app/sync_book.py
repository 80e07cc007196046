"""What the logged-in user may read of this PC's syncing with the court's case servers.

Court IT accounts sync no case data (the server refuses it), so they are told nothing of
it here either; the sync GUI asks through this class, not the store.

The sync log and the conflict inbox name each record the way a person knows it: its case
number, the hearing it belongs to, its own name (a party's name, a hearing's title), and
who made the change. A record of a case this user is not assigned to, or of a deliberation
they do not sit on as a judge, is named by its kind only, as the case list would hide it.
"""

from __future__ import annotations

import json

from courtdesk.common.roles import JUDGING_ROLES, Permission, sees_case_content
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.offline_cache.sync_history import log_lines, recent_changes
from courtdesk.offline_cache.sync_inbox import ConflictInbox

from .accounts import User

# The sync log events that name one record (detail: record_type, record_id, change_id).
_RECORD_EVENTS = ("conflict", "rejected")


class SyncBook:
    def __init__(self, store: LocalStore, user: User) -> None:
        self.store = store
        self.user = user
        self._names: dict[str, str] = {}
        self._seats: dict[str, str] | None = None

    def _require_case_content(self) -> None:
        if not sees_case_content(self.user.role):
            raise AccessDenied("Court IT accounts do not sync case data.")

    def last_server(self) -> str:
        """The case server this profile synced with last ("" when it never did)."""
        self._require_case_content()
        rows = self.store.query(
            "SELECT server FROM sync_state ORDER BY last_sync_at DESC LIMIT 1")
        return rows[0]["server"] if rows else ""

    # -- the log -----------------------------------------------------------------------------
    # The log is read through sync_history, not sync_client: this module loads with the
    # window, and the network code need not (start-up time).
    def history(self, limit: int = 200) -> list[dict]:
        """The sync log's rounds and events and this PC's changes, newest first.

        Each line: ``at`` (ISO time), ``kind`` (a sync log kind, or ``change`` for a
        change made here), ``detail`` (the log's own data), and for a line about records
        ``place`` (see :meth:`place`), ``fields``, ``count``, ``state`` and ``by`` (the
        display name of whoever made it; "" for the court's server).
        """
        self._require_case_content()
        lines = []
        by_change = {}
        changes = recent_changes(self.store, limit)
        for change in changes:
            by_change[change.get("change_id")] = change
            lines.append({"at": change["created_at"], "kind": "change", "detail": {},
                          "state": change["state"], "count": change["count"],
                          "fields": change["fields"], "op": change["op"],
                          "place": self.place(change["record_type"], change["payload"]),
                          "by": self.display_name(change["author"]),
                          **self._inbox_state(change)})
        for entry in log_lines(self.store, limit):
            line = {"at": entry["at"], "kind": entry["kind"], "detail": entry["detail"],
                    "state": "", "count": 0, "fields": [], "op": "", "place": None, "by": ""}
            detail = entry["detail"]
            if entry["kind"] in _RECORD_EVENTS and detail.get("change_id") in by_change:
                continue  # the change's own line says it, with who and which fields
            if entry["kind"] in _RECORD_EVENTS:
                change = by_change.get(detail.get("change_id")) or self._change(
                    detail.get("change_id"))
                payload = (change or {}).get("payload") or self._row(
                    str(detail.get("record_type") or ""), str(detail.get("record_id") or ""))
                line["place"] = self.place(str(detail.get("record_type") or ""), payload)
                line["fields"] = (change or {}).get("fields") or []
                line["by"] = self.display_name((change or {}).get("author") or "")
            elif entry["kind"] in ("upload", "download"):
                line["place"] = self._file_place(str(detail.get("sha256") or ""))
            lines.append(line)
        lines.sort(key=lambda line: line["at"], reverse=True)
        return lines[:limit]

    def _inbox_state(self, change: dict) -> dict:
        """For a change in the conflict inbox: ``inbox_kind`` (conflict, merge_conflict,
        rejected), the server's ``code`` and how a person resolved it (``resolution``:
        "server", "mine" or "" while open)."""
        if change["state"] not in ("conflict", "rejected"):
            return {}
        rows = self.store.query("SELECT kind, code, resolution FROM sync_conflicts"
                                " WHERE change_id = ?", (change["change_id"],))
        if not rows:
            return {}
        return {"inbox_kind": rows[0]["kind"], "code": rows[0]["code"],
                "resolution": rows[0]["resolution"]}

    def _change(self, change_id) -> dict | None:
        rows = self.store.query(
            "SELECT record_type, payload, fields, author FROM outbox WHERE change_id = ?",
            (str(change_id or ""),))
        if not rows:
            return None
        row = rows[0]
        return {**row, "payload": json.loads(row["payload"] or "{}"),
                "fields": json.loads(row["fields"] or "[]")}

    def _row(self, record_type: str, record_id: str) -> dict:
        if record_type not in _TABLES or not record_id:
            return {}
        return self.store.get(record_type, record_id) or {}

    def _file_place(self, sha256: str) -> dict | None:
        if not sha256:
            return None
        # A cleaned-up volume keeps its scan as source_sha256.
        rows = self.store.query("SELECT * FROM documents WHERE blob_sha256 = ?"
                                " OR source_sha256 = ? LIMIT 1", (sha256, sha256))
        if rows:
            return self.place("documents", rows[0])
        rows = self.store.query(
            "SELECT r.hearing_id FROM recording_chunks c JOIN recordings r"
            " ON r.id = c.recording_id WHERE c.sha256 = ? LIMIT 1", (sha256,))
        if rows:
            return self.place("recordings", {"hearing_id": rows[0]["hearing_id"]})
        return None

    # -- the inbox ---------------------------------------------------------------------------
    def conflicts(self) -> list[dict]:
        """The open conflicts, each with its ``entry`` (an InboxEntry), ``place``, ``by``
        (who made my version), ``names`` (display names of the users its fields name) and
        ``court_deleted`` (the court's version is a deletion: the server's answer sends the
        last row with a flag beside it, and that flag is on the local row since)."""
        self._require_case_content()
        out = []
        for entry in ConflictInbox(self.store).entries(author=self.user.id):
            change = self._change(entry.change_id) or {}
            rows = [entry.mine, entry.server_row or {}]
            names = {value: self.display_name(value) for row in rows
                     for key, value in row.items()
                     if key in USER_FIELDS and isinstance(value, str) and value}
            local = self._row(entry.record_type, entry.record_id)
            out.append({"entry": entry, "place": self.place(entry.record_type, entry.mine),
                        "by": self.display_name(change.get("author") or ""),
                        "names": names,
                        "court_deleted": bool(entry.server_row is not None
                                              and local.get("deleted"))})
        return out

    # -- naming records ----------------------------------------------------------------------
    def display_name(self, user: str) -> str:
        """A user's display name from their id or user name ("" for nobody)."""
        if not user:
            return ""
        if user not in self._names:
            rows = self.store.query(
                "SELECT display_name FROM users WHERE id = ? OR username = ? LIMIT 1",
                (user, user))
            self._names[user] = rows[0]["display_name"] if rows else user
        return self._names[user]

    def _my_seats(self) -> dict[str, str]:
        if self._seats is None:
            self._seats = {r["case_id"]: r["role_in_case"] for r in self.store.query(
                "SELECT case_id, role_in_case FROM case_members"
                " WHERE user_id = ? AND deleted = 0", (self.user.id,))}
        return self._seats

    def place(self, record_type: str, payload: dict) -> dict:
        """Where a record is, as plain data: ``record_type``, ``case_number``,
        ``within`` (the title of the hearing or dossier volume it belongs to) and
        ``within_type`` (``hearings`` or ``documents``), ``name`` (its own name), ``page``
        (1-based, for an annotation), ``hidden`` (True: not this user's to read: only
        ``record_type`` is given)."""
        payload = payload or {}
        place = {"record_type": record_type, "case_number": "", "within": "",
                 "within_type": "", "name": "", "page": None, "hidden": False}
        case_id = payload.get("case_id") or (payload.get("id") if record_type == "cases"
                                             else None)
        hearing = None
        hearing_id = payload.get("hearing_id") or (payload.get("id")
                                                   if record_type == "hearings" else None)
        if record_type == "recording_chunks" and payload.get("recording_id"):
            recording = self.store.get("recordings", payload["recording_id"]) or {}
            hearing_id = recording.get("hearing_id")
        if hearing_id:
            hearing = payload if record_type == "hearings" else \
                self.store.get("hearings", hearing_id)
            if hearing:
                case_id = case_id or hearing.get("case_id")
        document = None
        if record_type == "catalog_entries" and payload.get("document_id"):
            document = self.store.get("documents", payload["document_id"]) or {}
            case_id = case_id or document.get("case_id")
        seat = self._my_seats().get(str(case_id or ""))
        sits_as_judge = (seat in {r.value for r in JUDGING_ROLES}
                         and self.user.may(Permission.VIEW_DELIBERATION))
        if seat is None or (hearing and hearing.get("confidential") and not sits_as_judge):
            place["hidden"] = True
            return place
        case = payload if record_type == "cases" else self.store.get("cases", case_id) or {}
        place["case_number"] = str(case.get("case_number") or "")
        if hearing and record_type != "hearings":
            place["within"], place["within_type"] = str(hearing.get("title") or ""), "hearings"
        elif document:
            place["within"], place["within_type"] = str(document.get("title") or ""), "documents"
        place["name"] = self._own_name(record_type, payload)
        if record_type == "annotations" and isinstance(payload.get("page_index"), int):
            place["page"] = payload["page_index"] + 1
        return place

    def _own_name(self, record_type: str, payload: dict) -> str:
        if record_type in ("parties", "hearings", "documents", "catalog_entries"):
            return str(payload.get("name") or payload.get("title") or "")
        if record_type == "case_members":
            return self.display_name(str(payload.get("user_id") or ""))
        if record_type in ("annotations", "hearing_notes"):
            return _snippet(payload.get("text"))
        if record_type == "segments":
            return _snippet(payload.get("edited_text") or payload.get("asr_text"))
        return ""


# Fields that hold a user's id or user name: shown by the person's display name.
USER_FIELDS = ("user_id", "author", "created_by", "edited_by")
_TABLES = ("cases", "case_members", "parties", "hearings", "documents", "recordings",
           "recording_chunks", "segments", "hearing_notes", "catalog_entries", "annotations")


def _snippet(text, size: int = 16) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= size else text[:size] + "…"
