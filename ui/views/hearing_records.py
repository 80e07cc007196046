"""Writing a hearing's record to a file the clerk chose (runs on the store queue)."""

from __future__ import annotations

import re
from pathlib import Path

from courtdesk.app.hearings import HearingBook
from courtdesk.offline_cache.errors import CourtdeskError


class ExportFailed(CourtdeskError):
    code = "export_failed"


def hearing_file_name(case_number: str, title: str) -> str:
    """"(2026)吉2401民初1234号 庭审 2026-12-08 09-00": what the clerk will look for later."""
    name = f"{case_number} {title}".strip()
    return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip() or "hearing"


def export_record(book: HearingBook, hearing_id: str, path: Path, fmt: str,
                  language: str) -> int:
    """The record as PDF, text or SRT; a folder that cannot be written is ExportFailed."""
    try:
        return book.export(hearing_id, path, fmt, language)
    except OSError as exc:
        raise ExportFailed(f"Could not write {path}: {exc.strerror or exc}.",
                           path=str(path)) from exc
