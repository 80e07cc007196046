"""Writing a hearing's record to a file the clerk chose (runs on the store queue), and the
folder the save dialog starts in."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from courtdesk.app.hearings import HearingBook
from courtdesk.offline_cache.errors import CourtdeskError

# What a failed write means for the clerk, by the system's own error number: a folder
# that is not there is not a full USB stick.
_CAUSES = {
    errno.ENOENT: "export_no_folder", errno.ENOTDIR: "export_no_folder",
    errno.EACCES: "export_no_permission", errno.EPERM: "export_no_permission",
    errno.EROFS: "export_no_permission",
    errno.ENOSPC: "export_disk_full", errno.EDQUOT: "export_disk_full",
    errno.EFBIG: "export_disk_full",
}


class ExportFailed(CourtdeskError):
    code = "export_failed"

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message, **params)
        if code:
            self.code = code


def hearing_file_name(case_number: str, title: str) -> str:
    """"(2026)吉2401民初1234号 庭审 2026-12-08 09-00": what the clerk will look for later."""
    name = f"{case_number} {title}".strip()
    return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip() or "hearing"


def default_export_folder() -> Path:
    """The Documents folder, made if this PC has none yet (many Linux installs lack it),
    else the home folder: never a path relative to wherever courtdesk was started."""
    home = Path.home()
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_absolute():
        try:
            Path(documents).mkdir(parents=True, exist_ok=True)
            return Path(documents)
        except OSError:
            pass  # e.g. a read-only home: the home folder still opens in the dialog
    return home


def export_record(book: HearingBook, hearing_id: str, path: Path, fmt: str,
                  language: str) -> int:
    """The record as PDF, text or SRT; a file that cannot be written is ExportFailed with
    the cause (no such folder, no permission, disk full) as its code."""
    try:
        return book.export(hearing_id, path, fmt, language)
    except OSError as exc:
        code = _CAUSES.get(exc.errno or 0, "export_failed")
        raise ExportFailed(f"Could not write {path}: {exc.strerror or exc} "
                           f"(errno {errno.errorcode.get(exc.errno or 0, exc.errno)}).",
                           code, path=str(path), folder=str(path.parent)) from exc
