"""Cases as a logged-in user sees and changes them.

Every read filters to what the user may see, every write checks the user's rights and
goes through the store (row + outbox + audit in one transaction). The CLI and the GUI both
go through here, so neither can skip a rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from courtdesk.common.roles import JUDGING_ROLES, Permission, Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore

from .accounts import User

PARTY_SIDES = ("plaintiff", "defendant", "third_party", "appellant", "appellee")
HEARING_KINDS = ("hearing", "deliberation")


def facts_date(text: str) -> str:
    """The date the facts of a case happened as stored: YYYY-MM-DD, or '' when unknown.

    The law versions in force on it are the ones cited in the case by default.
    """
    text = (text or "").strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"The facts' date {text!r} is not a date like 2024-03-15; the case "
                         "was not changed.") from None


@dataclass
class CaseSummary:
    id: str
    case_number: str
    title: str
    cause: str
    status: str
    court: str
    my_role: str
    unsynced: bool
    kept_here: bool = False  # the demo's: on this PC only, by design


@dataclass
class CaseFile:
    """One case with everything the user may see of it."""

    case: dict
    my_role: str
    members: list[dict] = field(default_factory=list)
    parties: list[dict] = field(default_factory=list)
    hearings: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    unsynced: dict[str, set[str]] = field(default_factory=dict)
    kept_here: dict[str, set[str]] = field(default_factory=dict)

    def is_kept_here(self, table: str, record_id: str) -> bool:
        return record_id in self.kept_here.get(table, set())

    def is_unsynced(self, table: str, record_id: str) -> bool:
        return record_id in self.unsynced.get(table, set())

    def as_dict(self) -> dict:
        def mark(table: str, rows: list[dict]) -> list[dict]:
            return [{**r, "unsynced": self.is_unsynced(table, r["id"]),
                     "kept_here": self.is_kept_here(table, r["id"])} for r in rows]

        return {
            "case": {**self.case, "unsynced": self.is_unsynced("cases", self.case["id"]),
                     "kept_here": self.is_kept_here("cases", self.case["id"])},
            "my_role": self.my_role,
            "members": self.members,
            "parties": mark("parties", self.parties),
            "hearings": mark("hearings", self.hearings),
            "documents": mark("documents", self.documents),
        }


class CaseBook:
    def __init__(self, store: LocalStore, user: User) -> None:
        self.store = store
        self.user = user

    # -- reading -------------------------------------------------------------------------
    def _require_content_role(self) -> None:
        if self.user.role is Role.IT_ADMIN:
            raise AccessDenied("Court IT accounts do not read case content.")

    def list_cases(self, search: str = "") -> list[CaseSummary]:
        """The user's cases, newest first; ``search`` matches number, title, cause, parties."""
        self._require_content_role()
        sql = (
            "SELECT c.*, m.role_in_case AS my_role FROM cases c "
            "JOIN case_members m ON m.case_id = c.id AND m.deleted = 0 "
            "WHERE c.deleted = 0 AND m.user_id = :uid"
        )
        params: dict = {"uid": self.user.id}
        if search.strip():
            sql += (
                " AND (c.case_number LIKE :q OR c.title LIKE :q OR c.cause LIKE :q OR EXISTS ("
                "SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.deleted = 0 AND"
                " (p.name LIKE :q OR p.lawyer_name LIKE :q)))"
            )
            params["q"] = f"%{search.strip()}%"
        sql += " ORDER BY c.created_at DESC"
        unsynced = self.store.unsynced_ids("cases")
        kept_here = self.store.kept_here_ids("cases")
        return [
            CaseSummary(id=r["id"], case_number=r["case_number"], title=r["title"],
                        cause=r["cause"], status=r["status"], court=r["court"],
                        my_role=r["my_role"], unsynced=r["id"] in unsynced,
                        kept_here=r["id"] in kept_here)
            for r in self.store.query(sql, params)
        ]

    def _membership(self, case_id: str) -> dict | None:
        rows = self.store.query(
            "SELECT * FROM case_members WHERE case_id = ? AND user_id = ? AND deleted = 0",
            (case_id, self.user.id),
        )
        return rows[0] if rows else None

    def _require_member(self, case_id: str) -> dict:
        self._require_content_role()
        membership = self._membership(case_id)
        case = self.store.get("cases", case_id)
        if case is None or case["deleted"] or membership is None:
            # Same answer for "no such case" and "not yours", so ids cannot be probed.
            raise AccessDenied(f"No case {case_id} that you are assigned to.")
        return membership

    def open_case(self, case_id: str) -> CaseFile:
        membership = self._require_member(case_id)
        case = self.store.get("cases", case_id)
        members = self.store.query(
            "SELECT m.id, m.user_id, m.role_in_case, u.username, u.display_name "
            "FROM case_members m JOIN users u ON u.id = m.user_id "
            "WHERE m.case_id = ? AND m.deleted = 0 ORDER BY m.created_at",
            (case_id,),
        )
        parties = self.store.query(
            "SELECT * FROM parties WHERE case_id = ? AND deleted = 0 ORDER BY created_at",
            (case_id,),
        )
        hearing_sql = "SELECT * FROM hearings WHERE case_id = ? AND deleted = 0"
        if not self._sits_as_judge(membership):
            hearing_sql += " AND confidential = 0"
        hearings = self.store.query(hearing_sql + " ORDER BY scheduled_at", (case_id,))
        documents = self.store.query(
            "SELECT * FROM documents WHERE case_id = ? AND deleted = 0 ORDER BY volume",
            (case_id,),
        )
        tables = ("cases", "parties", "hearings", "documents")
        unsynced = {t: self.store.unsynced_ids(t) for t in tables}
        kept_here = {t: self.store.kept_here_ids(t) for t in tables}
        self.store.audit(self.user.actor, "case.open", "cases", case_id)
        return CaseFile(case=case, my_role=membership["role_in_case"], members=members,
                        parties=parties, hearings=hearings, documents=documents,
                        unsynced=unsynced, kept_here=kept_here)

    def _sits_as_judge(self, membership: dict) -> bool:
        return (membership["role_in_case"] in {r.value for r in JUDGING_ROLES}
                and self.user.may(Permission.VIEW_DELIBERATION))

    def open_hearing(self, hearing_id: str) -> dict:
        hearing = self.store.get("hearings", hearing_id)
        if hearing is None or hearing["deleted"]:
            raise AccessDenied(f"No hearing {hearing_id} that you may open.")
        membership = self._require_member(hearing["case_id"])
        if hearing["confidential"] and not self._sits_as_judge(membership):
            self.store.audit(self.user.actor, "hearing.open.denied", "hearings", hearing_id)
            raise AccessDenied("Deliberation records are open only to the judges of the case.")
        self.store.audit(self.user.actor, "hearing.open", "hearings", hearing_id)
        return hearing

    # -- writing -------------------------------------------------------------------------
    def _require(self, permission: Permission, case_id: str | None = None) -> None:
        if not self.user.may(permission):
            raise AccessDenied(f"Your role ({self.user.role.value}) may not {permission.value}.")
        if case_id is not None:
            self._require_member(case_id)

    def create_case(self, case_number: str, title: str, *, cause: str = "", court: str = "",
                    procedure: str = "", filed_on: str = "", summary: str = "",
                    facts_on: str = "") -> dict:
        self._require(Permission.CREATE_CASE)
        if not case_number.strip() or not title.strip():
            raise ValueError("A case needs a case number and a title.")
        facts_on = facts_date(facts_on)
        with self.store.transaction():
            case = self.store.save(
                "cases",
                {"case_number": case_number.strip(), "title": title.strip(), "cause": cause,
                 "court": court, "procedure": procedure, "filed_on": filed_on,
                 "summary": summary, "facts_on": facts_on, "created_by": self.user.id},
                actor=self.user.actor,
            )
            self.store.save("case_members", {"case_id": case["id"], "user_id": self.user.id,
                                             "role_in_case": self.user.role.value},
                            actor=self.user.actor)
        return case

    def update_case(self, case_id: str, **fields: str) -> dict:
        self._require(Permission.EDIT_CASE, case_id)
        allowed = {"case_number", "title", "cause", "court", "procedure", "status", "filed_on",
                   "summary", "facts_on"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"Unknown case fields: {', '.join(sorted(unknown))}")
        if "facts_on" in fields:
            fields["facts_on"] = facts_date(fields["facts_on"])
        return self.store.save("cases", {"id": case_id, **fields}, actor=self.user.actor)

    def add_member(self, case_id: str, user: User, role_in_case: str | None = None) -> dict:
        creator = (self.store.get("cases", case_id) or {}).get("created_by") == self.user.id
        if not creator:
            self._require(Permission.MANAGE_MEMBERS, case_id)
        else:
            self._require_member(case_id)
        if user.role is Role.IT_ADMIN:
            raise AccessDenied("Court IT accounts cannot be members of a case.")
        return self.store.save("case_members", {"case_id": case_id, "user_id": user.id,
                                                "role_in_case": role_in_case or user.role.value},
                               actor=self.user.actor)

    def add_party(self, case_id: str, side: str, name: str, **details: str) -> dict:
        self._require(Permission.EDIT_CASE, case_id)
        if side not in PARTY_SIDES:
            raise ValueError(f"side must be one of {', '.join(PARTY_SIDES)}")
        return self.store.save("parties", {"case_id": case_id, "side": side, "name": name,
                                           **details}, actor=self.user.actor)

    def add_hearing(self, case_id: str, title: str, *, kind: str = "hearing",
                    scheduled_at: str = "", place: str = "", session_type: str = "",
                    attendance: str = "") -> dict:
        if kind not in HEARING_KINDS:
            raise ValueError(f"kind must be one of {', '.join(HEARING_KINDS)}")
        membership = self._require_member(case_id)
        if kind == "deliberation":
            if not self._sits_as_judge(membership):
                raise AccessDenied("Only the judges of the case can hold a deliberation.")
        else:
            self._require(Permission.EDIT_CASE, case_id)
        return self.store.save("hearings", {"case_id": case_id, "title": title, "kind": kind,
                                            "scheduled_at": scheduled_at, "place": place,
                                            "confidential": int(kind == "deliberation"),
                                            "session_type": session_type,
                                            "attendance": attendance},
                               actor=self.user.actor)

    def add_document(self, case_id: str, title: str, blob_sha256: str, *, volume: int,
                     page_count: int, size_bytes: int, mime: str = "application/pdf") -> dict:
        self._require(Permission.EDIT_CASE, case_id)
        return self.store.save("documents", {"case_id": case_id, "title": title,
                                             "volume": volume, "blob_sha256": blob_sha256,
                                             "page_count": page_count,
                                             "size_bytes": size_bytes, "mime": mime},
                               actor=self.user.actor)
