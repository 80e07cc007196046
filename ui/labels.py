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


def sync_label(unsynced: bool, kept_here: bool = False) -> str:
    if kept_here:  # the demo's records: never sent, by design, so not "waiting" either
        return QCoreApplication.translate("Labels", "This PC only")
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


def record_type_label(record_type: str) -> str:
    """A synced table's name as a person calls its records (the conflict inbox)."""
    labels = {
        "cases": QCoreApplication.translate("Labels", "Case"),
        "case_members": QCoreApplication.translate("Labels", "Case member"),
        "parties": QCoreApplication.translate("Labels", "Party"),
        "hearings": QCoreApplication.translate("Labels", "Hearing"),
        "documents": QCoreApplication.translate("Labels", "Dossier volume"),
        "recordings": QCoreApplication.translate("Labels", "Recording"),
        "recording_chunks": QCoreApplication.translate("Labels", "Part of a recording"),
        "segments": QCoreApplication.translate("Labels", "Transcript line"),
        "hearing_notes": QCoreApplication.translate("Labels", "Hearing note"),
        "catalog_entries": QCoreApplication.translate("Labels", "Catalog entry"),
        "annotations": QCoreApplication.translate("Labels", "Annotation"),
    }
    return labels.get(str(record_type), str(record_type))


def field_label(field: str) -> str:
    """A record field a person can change, by its column name; others as they are."""
    labels = {
        "case_number": QCoreApplication.translate("Labels", "Case number"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "cause": QCoreApplication.translate("Labels", "Cause of action"),
        "court": QCoreApplication.translate("Labels", "Court"),
        "procedure": QCoreApplication.translate("Labels", "Procedure"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "filed_on": QCoreApplication.translate("Labels", "Filed on"),
        # The day the facts happened: the law in force then is the one cited for the case.
        "facts_on": QCoreApplication.translate("Labels", "Facts happened on"),
        "summary": QCoreApplication.translate("Labels", "Summary"),
        "role_in_case": QCoreApplication.translate("Labels", "Role in the case"),
        "side": QCoreApplication.translate("Labels", "Side"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "id_number": QCoreApplication.translate("Labels", "ID number"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "representative": QCoreApplication.translate("Labels", "Legal representative"),
        "lawyer_name": QCoreApplication.translate("Labels", "Lawyer"),
        "lawyer_firm": QCoreApplication.translate("Labels", "Law firm"),
        "scheduled_at": QCoreApplication.translate("Labels", "Scheduled for"),
        "place": QCoreApplication.translate("Labels", "Place"),
        "confidential": QCoreApplication.translate("Labels", "Closed to the public"),
        "speaker_role": QCoreApplication.translate("Labels", "Speaker"),
        "edited_text": QCoreApplication.translate("Labels", "Corrected text"),
        "text": QCoreApplication.translate("Labels", "Text"),
        "color": QCoreApplication.translate("Labels", "Colour"),
        "visibility": QCoreApplication.translate("Labels", "Shared or private"),
        "geometry": QCoreApplication.translate("Labels", "Position on the page"),
        "page_start": QCoreApplication.translate("Labels", "First page"),
        "page_end": QCoreApplication.translate("Labels", "Last page"),
        "level": QCoreApplication.translate("Labels", "Level"),
        "doc_type": QCoreApplication.translate("Labels", "Document type"),
        "volume": QCoreApplication.translate("Labels", "Volume"),
    }
    return labels.get(str(field), str(field))
