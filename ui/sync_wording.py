"""How sync reads to a judge or a clerk: one state, records by name, versions in words.

The core reports plain data (a status dict, sync log lines, conflict entries, each record
placed by :class:`courtdesk.app.sync_book.SyncBook`); this module turns it into the
person's language: "案件 （2024）吉24民初1号 · 当事人 张三 · 电话", local times, "是/否",
"已删除", and never an id, a version number, a blob hash or a column name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from .labels import (
    case_status_label,
    field_label,
    format_datetime,
    format_size,
    hearing_kind_label,
    hearing_status_label,
    party_kind_label,
    record_type_label,
    role_label,
    side_label,
    speaker_role_label,
)
from .messages import ShownError, describe_event, error_text, has_error_text
from .translation import counted

translate = QCoreApplication.translate

# Columns that are bookkeeping, not something a person wrote: never shown.
INTERNAL_FIELDS = frozenset(
    {
        "id",
        "server_version",
        "base_version",
        "created_at",
        "updated_at",
        "case_id",
        "hearing_id",
        "document_id",
        "recording_id",
        "blob_sha256",
        "source_sha256",
        "doc_sha256",
        "sha256",
        "audio_blob",
        "words",
        "corrections",
        "revision",
        "mime",
        "size_bytes",
        "page_count",
        "position",
        "origin",
        "channel",
        "sample_rate",
        "frames",
        "offset_ms",
        "start_frame",
        "seq",
        "source",
        "language",
    }
)
USER_FIELDS = frozenset({"user_id", "author", "created_by", "edited_by"})
_YES_NO = frozenset({"confidential"})
_MOMENTS = frozenset({"scheduled_at", "started_at", "ended_at", "stopped_at"})

# Codes of the last problem, by the state they put the header in.
_LOGIN = frozenset({"login_required", "unauthenticated", "bad_credentials", "login_other_account"})
_BUSY = frozenset({"server_busy", "unavailable"})


# -- times -----------------------------------------------------------------------------------
def local_time(value: str, *, seconds: bool = True) -> str:
    """A stored time on this PC's clock: the store keeps UTC (``...+00:00``)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return format_datetime(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the PC's own time zone
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


# -- the one state -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SyncState:
    kind: str  # synced waiting offline login refused busy conflicts uploading local demo it
    text: str
    color: str  # for the status bar


_COLORS = {
    "synced": "#174d2a",
    "waiting": "#5f6b7a",
    "uploading": "#5f6b7a",
    "offline": "#5f6b7a",
    "local": "#5f6b7a",
    "demo": "#5f6b7a",
    "it": "#5f6b7a",
    "busy": "#a15c00",
    "login": "#b3261e",
    "refused": "#b3261e",
    "conflicts": "#b3261e",
    "unknown": "#a15c00",
}


def status_error(status: dict) -> ShownError | None:
    """The status's last problem, to show in the person's language (None: no problem)."""
    if not (status.get("last_error") or status.get("last_error_code")):
        return None
    shown = describe_event(
        {
            "code": status.get("last_error_code") or "sync_error",
            "server_code": status.get("last_error_server_code") or "",
            "message": status.get("last_error") or "",
        }
    )
    # A code of a newer server or client with no text yet still reads as a sync problem.
    return shown if has_error_text(shown.code) else ShownError("sync_error", shown.detail)


def sync_state(status: dict) -> SyncState:
    """The one state of the header and the status bar, drawn from the same problem the
    workspace shows as the last problem, so the two never disagree."""
    waiting = int(status.get("pending") or 0)
    kept = int(status.get("kept_here") or 0)

    def state(kind: str, text: str) -> SyncState:
        return SyncState(kind, text, _COLORS[kind])

    def with_waiting(text: str) -> str:
        if not waiting:
            return text
        return text + " · " + counted(translate("SyncWorkspace", "Waiting to sync: %n"), waiting)

    if status.get("count_error"):
        return state("unknown", translate("SyncWorkspace", "Changes waiting to sync: unknown"))
    if status.get("court_it"):
        if kept:
            return state("demo", translate("SyncWorkspace", "Demo data, kept on this PC only"))
        return state(
            "it", translate("SyncWorkspace", "Cases sync under each judge's or clerk's own login")
        )
    if not status.get("configured"):
        if kept and not waiting:
            return state("demo", translate("SyncWorkspace", "Demo data, kept on this PC only"))
        return state(
            "local",
            with_waiting(translate("SyncWorkspace", "No case server: working on this PC only")),
        )
    problem = status_error(status)
    code = problem.code if problem is not None else ""
    if code in _LOGIN:
        return state("login", with_waiting(translate("SyncWorkspace", "Log in needed")))
    if code == "server_unreachable" or not status.get("online"):
        return state("offline", with_waiting(translate("SyncWorkspace", "Offline")))
    if code in _BUSY:
        return state("busy", with_waiting(translate("SyncWorkspace", "Server unavailable for now")))
    if problem is not None:
        return state("refused", with_waiting(translate("SyncWorkspace", "Server refused")))
    conflicts = int(status.get("conflicts") or 0)
    if conflicts:
        return state(
            "conflicts",
            with_waiting(counted(translate("SyncWorkspace", "Conflicts to resolve: %n"),
                                 conflicts)),
        )
    total = int(status.get("uploading_total_bytes") or 0)
    if total:
        done = format_size(int(status.get("uploading_done_bytes") or 0))
        return state(
            "uploading",
            translate("SyncWorkspace", "Sending files: %1 of %2")
            .replace("%1", done)
            .replace("%2", format_size(total)),
        )
    if waiting:
        return state("waiting", counted(translate("SyncWorkspace", "Waiting to sync: %n"), waiting))
    return state("synced", translate("SyncWorkspace", "Synced"))


def last_sync_text(status: dict) -> str:
    last = local_time(status.get("last_sync_at") or "", seconds=False)
    return (
        translate("SyncWorkspace", "Last sync %1").replace("%1", last)
        if last
        else translate("SyncWorkspace", "Never synced")
    )


# -- records by name ---------------------------------------------------------------------------
def place_text(place: dict | None, fields: list[str] | tuple = (), count: int = 1) -> str:
    """ "案件 （2024）吉24民初1号 · 当事人 张三 · 电话": case, record, the fields changed."""
    if not place:
        return ""
    record_type = place.get("record_type", "")
    if place.get("hidden"):
        return translate("SyncWorkspace", "%1 in a case not assigned to you").replace(
            "%1", record_type_label(record_type)
        )
    parts = []
    if place.get("case_number"):
        parts.append(record_type_label("cases") + " " + place["case_number"])
    if place.get("within"):
        parts.append(record_type_label(place.get("within_type", "")) + " " + place["within"])
    if record_type == "recordings" and count > 1:
        parts.append(counted(translate("SyncWorkspace", "Recording and transcript (%n)"), count))
    elif record_type != "cases":
        own = record_type_label(record_type)
        if place.get("page"):
            own += " " + translate("SyncWorkspace", "page %1").replace("%1", str(place["page"]))
        if place.get("name"):
            own += " " + place["name"]
        parts.append(own)
    elif not parts:
        parts.append(record_type_label("cases"))
    if fields_text(fields):
        parts.append(fields_text(fields))
    return " · ".join(parts)


def fields_text(fields: list[str] | tuple) -> str:
    """The labels of the fields a person changed ("电话, 地址")."""
    shown = [field_label(f) for f in fields if f not in INTERNAL_FIELDS and f != "deleted"]
    return translate("SyncWorkspace", ", ").join(shown)


def value_text(record_type: str, field: str, value, names: dict | None = None) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "":
        return translate("SyncWorkspace", "(empty)")
    if field == "deleted":
        return (
            translate("SyncWorkspace", "Deleted")
            if value
            else translate("SyncWorkspace", "Present")
        )
    if field in _YES_NO:
        return translate("SyncWorkspace", "Yes") if value else translate("SyncWorkspace", "No")
    if field in USER_FIELDS:
        return (names or {}).get(value) or str(value)
    if field == "status":
        return (hearing_status_label if record_type == "hearings" else case_status_label)(
            str(value)
        )
    if field == "side":
        return side_label(str(value))
    if field == "kind":
        if record_type == "parties":
            return party_kind_label(str(value))
        if record_type == "hearings":
            return hearing_kind_label(str(value))
        return _annotation_kind(str(value))
    if field == "role_in_case":
        return role_label(str(value))
    if field == "speaker_role":
        return speaker_role_label(str(value))
    if field == "visibility":
        return (
            translate("SyncWorkspace", "Shared")
            if value == "shared"
            else translate("SyncWorkspace", "Private")
        )
    if field == "geometry":
        return translate("SyncWorkspace", "(a place on the page)")
    if field in _MOMENTS:
        return local_time(str(value), seconds=False)
    if isinstance(value, bool):
        return translate("SyncWorkspace", "Yes") if value else translate("SyncWorkspace", "No")
    if isinstance(value, dict | list):
        return translate("SyncWorkspace", "(structured data)")
    return str(value)


def _annotation_kind(kind: str) -> str:
    labels = {
        "highlight": translate("SyncWorkspace", "Highlight"),
        "underline": translate("SyncWorkspace", "Underline"),
        "note": translate("SyncWorkspace", "Note"),
        "ink": translate("SyncWorkspace", "Ink"),
        "bookmark": translate("SyncWorkspace", "Bookmark"),
        "box": translate("SyncWorkspace", "Box"),
    }
    return labels.get(kind, kind)


def version_rows(entry, names: dict | None = None, *, court_deleted: bool = False
                 ) -> list[tuple[str, str, str]]:
    """The conflict's two versions, field by field: (label, the court's, mine). A deletion
    on either side comes first, as "已删除" against "存在"."""
    court = None
    if entry.server_row is not None:
        court = {**entry.server_row, "deleted": 1 if court_deleted else 0}
    mine = {**entry.mine, "deleted": 1 if entry.op == "delete" else 0}
    fields = [
        f for f in (entry.changed_fields or sorted(mine))
        if f not in INTERNAL_FIELDS and f != "deleted"
    ]
    if court is not None and (court["deleted"] or mine["deleted"]):
        fields.insert(0, "deleted")
    rows = []
    for name in fields:
        label = (
            translate("SyncWorkspace", "The record") if name == "deleted" else field_label(name)
        )
        theirs = (
            value_text(entry.record_type, name, court.get(name), names)
            if court is not None
            else translate("SyncWorkspace", "(not on the court's server)")
        )
        rows.append((label, theirs, value_text(entry.record_type, name, mine.get(name), names)))
    return rows


def conflict_reason(kind: str, code: str) -> str:
    """Why a change is in the inbox (its ``kind`` and the server's ``code``), in the
    person's language; the server's English stays in the details for court IT."""
    code = code or ("server_refused" if kind == "rejected" else "conflict")
    if kind == "merge_conflict":
        return translate("SyncWorkspace", "Both changed the same field")
    if kind == "conflict":
        return translate("SyncWorkspace", "The court changed it too")
    return error_text(code).title


def resolution_text(resolution: str) -> str:
    return {
        "server": translate("SyncWorkspace", "resolved: the court's version kept"),
        "mine": translate("SyncWorkspace", "resolved: your change sent again"),
    }.get(resolution, "")
