"""Corrections to the open hearing's record: text, speaker, undo, rejected vocabulary fixes,
notes, find-and-replace, and export.

Each is one job on the store queue through ``HearingBook.editable_transcript`` (the core
checks the user may change this hearing); the stored row then replaces the shown one, so
the screen shows what the record holds, not what was typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ..jobs import Queue
from ..messages import error_code
from .hearing_dialogs import NoteDialog, ReplaceDialog
from .hearing_records import export_record, hearing_file_name


class TranscriptCorrections(QObject):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.note_dialog: NoteDialog | None = None
        self.replace_dialog: ReplaceDialog | None = None
        self.export_dialog: QFileDialog | None = None

    def _target(self):
        """The book and the open hearing's id, or None when no hearing is open."""
        return (self.ws.book, self.ws.hearing["id"]) if self.ws.hearing else None

    def _write(self, fn, label: str, on_done=None) -> None:
        self.ws.session.runner.submit(fn, queue=Queue.STORE, owner=self,
                                      on_done=on_done or self._changed,
                                      on_error=lambda exc: self.ws.show_error(exc), label=label)

    def _changed(self, segment: dict | None) -> None:
        if segment is not None:
            self.ws.segment_stored(segment)
        self.ws.session.store_changed.emit()

    # -- segments ------------------------------------------------------------------------
    def edit(self, segment_id: str, change: dict) -> None:
        if (target := self._target()) is None:
            return
        book, hearing_id = target

        def write() -> dict:
            transcript = book.editable_transcript(hearing_id)
            transcript.edit(segment_id, text=change.get("text"), role=change.get("role"))
            return transcript.store.get("segments", segment_id)

        self._write(write, "edit segment")

    def undo(self, row: dict | None) -> None:
        if (target := self._target()) is None or not row:
            self.ws.notify(self.tr("Select a segment to undo its last change."))
            return
        book, hearing_id = target
        segment_id = row["id"]

        def undo() -> dict | None:
            transcript = book.editable_transcript(hearing_id)
            if transcript.undo(segment_id) is None:
                return None
            return transcript.store.get("segments", segment_id)

        def done(segment: dict | None) -> None:
            if segment is None:
                self.ws.notify(self.tr("Nothing to undo in this segment."))
            self._changed(segment)

        self._write(undo, "undo segment", done)

    def reject(self, row: dict, index: int) -> None:
        if (target := self._target()) is None:
            return
        book, hearing_id = target
        segment_id = row["id"]

        def reject() -> dict:
            transcript = book.editable_transcript(hearing_id)
            transcript.reject_correction(segment_id, index)
            return transcript.store.get("segments", segment_id)

        self._write(reject, "reject correction")

    # -- notes ---------------------------------------------------------------------------
    def mark(self, at_ms: int) -> None:
        if self._target() is None:
            return
        self.note_dialog = NoteDialog(at_ms, self.ws)
        self.note_dialog.note_entered.connect(self.add_note)
        self.note_dialog.open()

    def add_note(self, at_ms: int, text: str) -> None:
        if (target := self._target()) is None:
            return
        book, hearing_id = target

        def add() -> list[dict]:
            transcript = book.editable_transcript(hearing_id)
            transcript.add_note(at_ms, text)
            return transcript.notes()

        def done(notes: list[dict]) -> None:
            self.ws.notes.set_rows(notes)
            self.ws.session.store_changed.emit()

        self._write(add, "add note", done)

    # -- replace -------------------------------------------------------------------------
    def find_and_replace(self) -> None:
        if (target := self._target()) is None:
            return
        book, hearing_id = target
        model = self.ws.model

        def time_of(segment_id: str) -> int | None:
            number = model.row_of(segment_id)
            return model.rows[number]["start_ms"] if number >= 0 else None

        self.replace_dialog = ReplaceDialog(
            self.ws.session.runner,
            lambda f, r: book.editable_transcript(hearing_id).preview_replace(f, r),
            lambda f, r: book.editable_transcript(hearing_id).replace_all(f, r), time_of, self.ws)
        self.replace_dialog.applied.connect(self._replaced)
        self.replace_dialog.open()

    def _replaced(self, previews: list) -> None:
        self.ws.notify(self.tr("Replaced in %1 segments.").replace("%1", str(len(previews))))
        self.ws.refresh_rows([p.segment_id for p in previews])
        self.ws.session.store_changed.emit()

    # -- export --------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        if (target := self._target()) is None or not self.ws.case_data:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = hearing_file_name(self.ws.case_data["case"]["case_number"],
                                 self.ws.hearing["title"])
        filters = {"pdf": self.tr("PDF record (*.pdf)"), "txt": self.tr("Text (*.txt)"),
                   "srt": self.tr("Subtitles (*.srt)")}
        dialog = QFileDialog(self.ws, self.tr("Export the hearing record"))
        dialog.setObjectName("exportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filters[fmt])
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(str(Path(folder) / f"{name}.{fmt}"))
        dialog.fileSelected.connect(lambda path: self.write_record(target, fmt, Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def write_record(self, target, fmt: str, path: Path) -> None:
        book, hearing_id = target
        language = self.ws.session.switcher.language or "zh_CN"
        self.ws.busy.set_busy("export")

        def done(_count: int) -> None:
            self.ws.busy.set_busy(self.ws.controller.busy)
            self.ws.notify(self.tr("The record was saved to %1.").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            self.ws.busy.set_busy(self.ws.controller.busy)
            self.ws.add_error(error_code(exc), str(exc))

        self.ws.session.runner.submit(
            lambda: export_record(book, hearing_id, path, fmt, language), queue=Queue.STORE,
            owner=self, on_done=done, on_error=failed, label="export record")
