"""Translated names for the core's stable codes (roles, party sides, statuses...).

The core stores English codes (``presiding_judge``, ``plaintiff``); only the UI turns them
into words. Each function translates at call time, so a language switch shows at the next
repaint. An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def role_label(role: str) -> str:
    labels = {
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "judge": QCoreApplication.translate("Labels", "Judge"),
        "presiding_judge": QCoreApplication.translate("Labels", "Presiding judge"),
        "people_assessor": QCoreApplication.translate("Labels", "People's assessor"),
        "it_admin": QCoreApplication.translate("Labels", "Court IT administrator"),
    }
    return labels.get(str(role), str(role))


def side_label(side: str) -> str:
    labels = {
        "plaintiff": QCoreApplication.translate("Labels", "Plaintiff"),
        "defendant": QCoreApplication.translate("Labels", "Defendant"),
        "third_party": QCoreApplication.translate("Labels", "Third party"),
        "appellant": QCoreApplication.translate("Labels", "Appellant"),
        "appellee": QCoreApplication.translate("Labels", "Appellee"),
    }
    return labels.get(side, side)


def party_kind_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("Labels", "Natural person"),
        "organization": QCoreApplication.translate("Labels", "Legal person"),
        "company": QCoreApplication.translate("Labels", "Legal person"),
    }
    return labels.get(kind, kind)


def case_status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Labels", "In progress"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "suspended": QCoreApplication.translate("Labels", "Suspended"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
    }
    return labels.get(status, status)


def hearing_kind_label(kind: str) -> str:
    labels = {
        "hearing": QCoreApplication.translate("Labels", "Court hearing"),
        "deliberation": QCoreApplication.translate("Labels", "Deliberation"),
    }
    return labels.get(kind, kind)


def hearing_status_label(status: str) -> str:
    labels = {
        "scheduled": QCoreApplication.translate("Labels", "Scheduled"),
        "in_progress": QCoreApplication.translate("Labels", "In session"),
        "finished": QCoreApplication.translate("Labels", "Finished"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        "recorded": QCoreApplication.translate("Labels", "Recorded"),
        "interrupted": QCoreApplication.translate("Labels", "Interrupted"),
    }
    return labels.get(status, status)


def speaker_role_label(role: str) -> str:
    """Who speaks in the courtroom (``SPEAKER_ROLES`` of the machine config)."""
    labels = {
        "presiding_judge": QCoreApplication.translate("Labels", "Presiding judge"),
        "judge": QCoreApplication.translate("Labels", "Judge"),
        "people_assessor": QCoreApplication.translate("Labels", "People's assessor"),
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "plaintiff": QCoreApplication.translate("Labels", "Plaintiff"),
        "defendant": QCoreApplication.translate("Labels", "Defendant"),
        "third_party": QCoreApplication.translate("Labels", "Third party"),
        "witness": QCoreApplication.translate("Labels", "Witness"),
        "appraiser": QCoreApplication.translate("Labels", "Appraiser"),
        "interpreter": QCoreApplication.translate("Labels", "Interpreter"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "": QCoreApplication.translate("Labels", "Unassigned"),
    }
    return labels.get(str(role or ""), str(role))


def format_clock(ms: int) -> str:
    """A position in a hearing as hh:mm:ss from its start."""
    seconds = max(int(ms), 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def sync_label(unsynced: bool) -> str:
    if unsynced:
        return QCoreApplication.translate("Labels", "Not synced")
    return QCoreApplication.translate("Labels", "Synced")


def key_source_label(source: str) -> str:
    labels = {
        "keyring": QCoreApplication.translate("Labels", "key in system keyring"),
        "passphrase": QCoreApplication.translate("Labels", "passphrase"),
    }
    return labels.get(source, source)


def format_datetime(value: str) -> str:
    """ISO time from the store as court paperwork writes it: 2026-12-08 09:00."""
    if not value:
        return ""
    text = value.replace("T", " ")
    return text[:16] if len(text) >= 16 and text[10] == " " else text


def format_size(size_bytes: int | None) -> str:
    # "313.7 KB" rather than "313.68 KiB": the units court staff know from Windows.
    return QLocale().formattedDataSize(int(size_bytes or 0), 1,
                                       QLocale.DataSizeFormat.DataSizeTraditionalFormat)
