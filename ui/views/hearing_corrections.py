"""Corrections to the open hearing's record: text, speaker, whole-segment steps (delete,
not spoken, split, merge), undo and redo, rejected vocabulary fixes, notes,
find-and-replace, and export.

Each is one job on the store queue through ``HearingBook.editable_transcript`` (the core
checks the user may change this hearing); the stored row then replaces the shown one, so
the screen shows what the record holds, not what was typed. Undo and redo go back and forth
through the clerk's own steps in this hearing, newest first; each is a new revision, so the
history keeps every step and its taking back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from courtdesk.speech.record_fonts import record_typefaces
from courtdesk.speech.segment_edits import SHOWN, SegmentEditRefused, SegmentStep

from ..jobs import Queue
from ..messages import error_code
from .hearing_dialogs import ReplaceDialog
from .hearing_records import default_export_folder, export_record, hearing_file_name
from .segment_text import transcript_row
from .signing_round import open_signing_round


class TextChange:
    """A text or speaker correction, as an undo step: the segment before and after."""

    def __init__(self, segment_id: str, before: dict, after: dict) -> None:
        self.segment_id, self.before, self.after = segment_id, before, after


EXPORT_ERRORS = ("export_failed", "export_no_folder", "export_no_permission",
                 "export_disk_full")


def _text_of(segment: dict) -> dict:
    return {"text": transcript_row(segment)["text"], "role": segment["speaker_role"]}


class TranscriptCorrections(QObject):
    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.replace_dialog: ReplaceDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.undo_steps: list[SegmentStep | TextChange] = []
        self.redo_steps: list[SegmentStep | TextChange] = []
        self._steps_of = ""  # the hearing the steps belong to
        self.export_folder: Path | None = None  # where the last export went

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

        def write() -> tuple[dict, dict]:
            transcript = book.editable_transcript(hearing_id)
            before = transcript.store.get("segments", segment_id)
            transcript.edit(segment_id, text=change.get("text"), role=change.get("role"))
            return before, transcript.store.get("segments", segment_id)

        def done(result: tuple[dict, dict]) -> None:
            before, after = result
            if after["revision"] != before["revision"]:
                self._push(TextChange(segment_id, _text_of(before), _text_of(after)))
            self._changed(after)

        self._write(write, "edit segment", done)

    # -- whole segments, and undo / redo of the clerk's steps ------------------------------
    def step(self, action: str, row: dict | None, cursor: int = -1) -> None:
        """Delete, toggle not spoken, split at ``cursor``, or merge ``row`` with the next."""
        if (target := self._target()) is None or not row:
            self.ws.notify(self.tr("Select a segment first."))
            return
        if action == "split" and cursor < 0:
            self.ws.notify(self.tr("Save the text first (Enter), then split.") if cursor == -2
                           else self.tr("Press F2 and put the cursor where the segment should "
                                        "split, then Ctrl+Shift+S."))
            return
        book, hearing_id = target
        segment_id = row["id"]

        def write() -> tuple[SegmentStep, list[dict]]:
            transcript = book.editable_transcript(hearing_id)
            if action == "split":
                made = transcript.split(segment_id, cursor)
            elif action == "merge":
                made = transcript.merge_with_next(segment_id)
            elif action == "not_spoken":
                current = transcript.store.get("segments", segment_id)
                made = transcript.mark_not_spoken(segment_id, current["status"] != "not_spoken")
            else:
                made = transcript.delete(segment_id)
            return made, [transcript.store.get("segments", i) for i in made.ids()]

        def done(result: tuple[SegmentStep, list[dict]]) -> None:
            made, rows = result
            if made.statuses:
                self._push(made)
            self._show(rows)
            self.ws.notify(self._step_notice(made.action, len(made.made)))

        self._run(write, f"segment {action}", done)

    def undo(self, row: dict | None = None) -> None:
        """Take back the clerk's last step in this hearing (Ctrl+Z); with none left, the
        selected segment's last change from its history."""
        if self._target() is not None and self._current_steps() and self.undo_steps:
            self._move(self.undo_steps, self.redo_steps, back=True)
            return
        self.undo_segment(row)

    def redo(self) -> None:
        if self._target() is not None and self._current_steps() and self.redo_steps:
            self._move(self.redo_steps, self.undo_steps, back=False)
        else:
            self.ws.notify(self.tr("Nothing to redo."))

    def _current_steps(self) -> bool:
        if self.ws.hearing and self._steps_of != self.ws.hearing["id"]:
            self.undo_steps.clear()
            self.redo_steps.clear()
            self._steps_of = self.ws.hearing["id"]
        return True

    def _push(self, step) -> None:
        self._current_steps()
        self.undo_steps.append(step)
        self.redo_steps.clear()

    def _move(self, source: list, target_list: list, *, back: bool) -> None:
        book, hearing_id = self._target()
        step = source.pop()

        def write() -> list[dict]:
            transcript = book.editable_transcript(hearing_id)
            if isinstance(step, TextChange):
                values = step.before if back else step.after
                transcript.edit(step.segment_id, text=values["text"], role=values["role"])
                return [transcript.store.get("segments", step.segment_id)]
            return transcript.undo_step(step) if back else transcript.redo_step(step)

        def done(rows: list[dict]) -> None:
            target_list.append(step)
            self._show(rows)
            self.ws.notify(self.tr("Undone.") if back else self.tr("Done again."))

        self._run(write, "undo step" if back else "redo step", done)

    def _run(self, fn, label: str, on_done) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, SegmentEditRefused):
                self.ws.notify(self._refusal(exc.code))
            else:
                self.ws.show_error(exc)

        self.ws.session.runner.submit(fn, queue=Queue.STORE, owner=self, on_done=on_done,
                                      on_error=failed, label=label)

    def _show(self, rows: list[dict]) -> None:
        for segment in rows:
            if segment["status"] in SHOWN:
                self.ws.segment_stored(segment)
            else:
                self.ws.model.remove(segment["id"])
        self.ws.session.store_changed.emit()

    def _step_notice(self, action: str, made: int) -> str:
        return {"delete": self.tr("Segment deleted (Ctrl+Z brings it back)."),
                "not_spoken": self.tr("Marked as not spoken: left out of the record."),
                "spoken": self.tr("Back in the record."),
                "split": self.tr("Segment split in two."),
                "merge": self.tr("Segments merged."),
                }.get(action, "") if made or action not in ("split", "merge") else ""

    def _refusal(self, code: str) -> str:
        return {"split_at_edge": self.tr("Put the cursor between two words to split there."),
                "merge_no_next": self.tr("There is no segment after this one to merge with."),
                "segment_gone": self.tr("This segment was deleted or replaced meanwhile."),
                "step_changed": self.tr("These segments were changed since; this step can no "
                                        "longer be taken back."),
                }.get(code, code)

    def undo_segment(self, row: dict | None) -> None:
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
        folder = self.export_folder or default_export_folder()
        name = hearing_file_name(self.ws.case_data["case"]["case_number"],
                                 self.ws.hearing["title"])
        filters = {"pdf": self.tr("PDF record (*.pdf)"), "txt": self.tr("Text (*.txt)"),
                   "srt": self.tr("Subtitles (*.srt)"),
                   "review_pdf": self.tr("PDF review copy (*.pdf)")}
        if fmt == "review_pdf":  # beside the official copy, never in its place
            name += " " + self.tr("(review copy)")
        suffix = "pdf" if fmt == "review_pdf" else fmt
        dialog = QFileDialog(self.ws, self.tr("Export the hearing record"))
        dialog.setObjectName("exportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filters[fmt])
        dialog.setDefaultSuffix(suffix)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(Path(folder) / f"{name}.{suffix}"))
        dialog.fileSelected.connect(lambda path: self.write_record(target, fmt, Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def write_record(self, target, fmt: str, path: Path) -> None:
        book, hearing_id = target
        language = self.ws.session.switcher.language or "zh_CN"
        self.ws.busy.set_busy("export")

        def done(_count: int) -> None:
            self.ws.busy.set_busy(self.ws.controller.busy)
            self.export_folder = path.parent
            self.ws.banner.drop(EXPORT_ERRORS)  # an earlier failure is over
            notice = self.tr("The record was saved to %1.").replace("%1", str(path))
            if fmt.endswith("pdf") and not record_typefaces(language).serif:
                serif_missing = self.tr(
                    "It is set in a sans-serif face because Noto Serif CJK is not installed "
                    "on this PC: ask court IT to install it (Debian: fonts-noto-cjk) and "
                    "export again for the court's copy.")
                notice = f"{notice} {serif_missing}"
            self.ws.notify(notice)
            if fmt == "pdf" and self.ws.may_run():
                # The official copy is what the parties sign: the round starts on it.
                open_signing_round(self.ws, path)

        def failed(exc: BaseException) -> None:
            self.ws.busy.set_busy(self.ws.controller.busy)
            self.ws.add_error(error_code(exc), str(exc))

        self.ws.session.runner.submit(
            lambda: export_record(book, hearing_id, path, fmt, language), queue=Queue.STORE,
            owner=self, on_done=done, on_error=failed, label="export record")
