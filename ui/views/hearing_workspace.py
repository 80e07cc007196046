"""The Hearing (庭审) workspace: run a case's hearing and correct its record while it runs.

The clerk picks the case and the hearing (or arrives from Cases → Hearings), presses F9
and sees a live line per microphone, final segments with unsure words and case-name
corrections marked, and can edit, re-assign, undo, mark, replay, replace and export while
the recording goes on. Every store read and write goes through the store queue; the
recording itself belongs to :class:`~courtdesk.ui.hearing_controller.HearingController`.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Permission

from ..audio_playback import AudioPlayback
from ..hearing_controller import HearingController, RecordingPlan
from ..jobs import Queue
from ..labels import speaker_role_label
from ..law_links import LawLinks
from ..messages import error_code
from ..session import Session
from .hearing_actions import HearingActions, command_label
from .hearing_alerts import MicrophoneAlerts, microphone_name
from .hearing_captions import HearingCaptions
from .hearing_corrections import TranscriptCorrections
from .hearing_microphones import MicrophonePanel
from .hearing_panels import (
    BusyBar,
    ErrorBanner,
    LivePartials,
    NoteEditor,
    RecordingIndicator,
    note_columns,
    section_title,
)
from .hearing_picker import HearingPicker
from .hearing_quit import QuitGuard
from .hearing_recognition_line import RecognitionFollowUp, RecognitionLine
from .law_article import ArticleDialog, CitedArticlesPanel, NoteLinks
from .laws_panel import CaseLawDate, LawsPanel, LawsPanelToggle
from .record_table import RecordTableModel, make_table_view
from .segment_text import transcript_row
from .signing_round import open_signing_round
from .transcript_view import TranscriptModel, TranscriptView

translate = QCoreApplication.translate

class HearingWorkspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingWorkspace")
        self.session = session
        self.book = HearingBook(session.store, session.user)
        self.case_data: dict | None = None
        self.wanted_case_id = ""  # the case shown, or being opened
        self.hearing: dict | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_notice = ""
        self.signing_panel = None  # the signing round's window, once opened
        self._replay: tuple[int, int, float] | None = None  # a replay's span, since when
        self.controller = HearingController(session, self)
        self.playback = AudioPlayback(session, self)
        self.actions_ = HearingActions(self)
        self.corrections = TranscriptCorrections(self)
        self._build()
        self.quit_guard = QuitGuard(self)
        self.follow_up = RecognitionFollowUp(self)
        self._connect()
        self.captions = HearingCaptions(self)
        # Without a microphone map the clerk names the speaker, from a real role on.
        self.actions_.set_microphone_map(self.controller.has_microphone_map)
        self.actions_.set_manual_role(self.controller.manual_role)
        self.retranslate()
        self.picker.reload_cases()
        config = session.config
        self.microphones.set_channels(self.controller.speakers())
        self.microphones.load(config.audio_device or "", list(config.model_paths or []),
                              config.speech_language)

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = HearingPicker(self.session, [self.actions_.hearing_details,
                                                   self.actions_.new_hearing,
                                                   self.actions_.deliberation])
        self.indicator = RecordingIndicator()
        header = self.header = QHBoxLayout()  # the captions' button joins it (hearing_captions)
        header.addWidget(self.picker, 1)
        header.addSpacing(12)
        header.addWidget(self.indicator)
        self.banner, self.busy, self.live = ErrorBanner(), BusyBar(), LivePartials()
        self.alerts = MicrophoneAlerts()
        self.microphones = MicrophonePanel(self.session)
        self.recognition_line = RecognitionLine()
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #5f6b7a; padding: 8px;")
        self.model = TranscriptModel(self)
        self.view = TranscriptView(self.model)
        self.notes = RecordTableModel(note_columns(), self)
        self.notes_view = make_table_view(self.notes)
        self.notes_view.setObjectName("hearingNotes")
        self.notes_title, self.transcript_title = section_title(), section_title()
        self.notes_hint = QLabel()
        self.notes_hint.setWordWrap(True)
        self.notes_hint.setStyleSheet("color: #5f6b7a;")
        self.note_editor = NoteEditor(self.audio_position)
        # Article references in the transcript link themselves; a deliberation lists them.
        self.law_links = LawLinks(self.session, self)
        self.view.set_law_links(self.law_links)
        self.note_links = NoteLinks(self.notes_view, self.law_links,
                                    lambda row: self.notes.row_at(row)["text"])
        self.cited = CitedArticlesPanel()
        self.cited.hide()
        self.article_dialog: ArticleDialog | None = None
        self._cited_timer = QTimer(self)
        self._cited_timer.setSingleShot(True)
        self._cited_timer.setInterval(200)  # once for a burst of segments
        self._cited_timer.timeout.connect(self.refresh_cited)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for title, view, extras, stretch in (
                (self.transcript_title, self.view, (), 3),
                (self.notes_title, self.notes_view, (self.note_editor, self.notes_hint, self.cited),
                 1)):
            side = QWidget()
            column = QVBoxLayout(side)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(view, 2)
            for extra in extras:
                column.addWidget(extra, 1 if extra in (self.note_editor, self.cited) else 0)
            self.splitter.addWidget(side)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        # The law beside the hearing (Ctrl+L), at the case's facts' date like the links.
        self.laws_panel = LawsPanel(self.session)
        self.splitter.addWidget(self.laws_panel)
        self.splitter.setStretchFactor(2, 2)
        self.laws_toggle = LawsPanelToggle(self, self.laws_panel, "hearing")
        self.actions_.toolbar.addSeparator()
        self.actions_.toolbar.addAction(self.laws_toggle.action)
        self.case_law = CaseLawDate(self.session, [self.law_links.set_on,
                                                   self.laws_panel.set_facts_date], self)
        # Notes are written in paragraphs: the column is wide enough for a sentence a line.
        self.splitter.widget(1).setMinimumWidth(
            self.note_editor.fontMetrics().horizontalAdvance("M" * 34))
        self.splitter.setChildrenCollapsible(False)
        self.hint = QLabel()
        self.hint.setObjectName("hearingHotkeys")
        self.hint.setStyleSheet("color: #5f6b7a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.actions_.toolbar)
        for widget in (self.microphones, self.alerts, self.banner, self.busy,
                       self.recognition_line, self.empty_hint, self.live):
            layout.addWidget(widget)
        self.live.hide()  # shown while the microphones are on
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

    def _connect(self) -> None:
        c, a, fix = self.controller, self.actions_, self.corrections
        c.state_changed.connect(self._state_changed)
        c.position_changed.connect(self.indicator.set_position)
        c.partial.connect(lambda e: self.live.show_partial(int(e.get("channel", 0)),
                                                           e.get("role", ""), e.get("text", "")))
        c.segment_added.connect(self._segment_arrived)
        c.segment_updated.connect(self.segment_stored)
        c.command_heard.connect(self._command)
        c.device_changed.connect(self._device_changed)
        c.recognizer_changed.connect(self.alerts.recognizer_event)
        c.drops_changed.connect(
            lambda e: self.alerts.drops_event(e, e["microphones"], self.controller.position_ms))
        c.failed.connect(lambda e: self.add_error(e["code"], e["message"]))
        c.busy_changed.connect(self.busy.set_busy)
        c.model_ready.connect(lambda _commands: self.update_actions())
        c.hearing_started.connect(self._hearing_started)
        c.finished.connect(self._recording_finished)
        self.picker.case_loaded.connect(self._case_loaded)
        self.picker.hearing_chosen.connect(self.open_hearing)
        self.picker.hearing_changed.connect(self._hearing_changed)
        self.picker.failed.connect(self.show_error)
        self.playback.failed.connect(self.show_error)
        self.model.edit_requested.connect(fix.edit)
        self.view.play_requested.connect(self._play_segment)
        self.view.undo_requested.connect(fix.undo_segment)
        self.view.step_requested.connect(fix.step)
        self.view.set_segment_actions({"delete": a.delete_segment, "split": a.split_segment,
                                       "merge": a.merge_segment, "not_spoken": a.not_spoken})
        a.delete_segment.triggered.connect(lambda: fix.step("delete", self.view.current_row()))
        a.split_segment.triggered.connect(
            lambda: fix.step("split", self.view.current_row(), self.view.split_cursor()))
        a.merge_segment.triggered.connect(lambda: fix.step("merge", self.view.current_row()))
        a.not_spoken.triggered.connect(lambda: fix.step("not_spoken", self.view.current_row()))
        a.redo.triggered.connect(fix.redo)
        self.view.reject_requested.connect(fix.reject)
        self.view.article_opened.connect(self.open_article)
        self.view.cite_requested.connect(self.cite_into_note)
        self.cited.article_opened.connect(self.open_article)
        self.note_links.article_opened.connect(self.open_article)
        self.cited.cite_requested.connect(self.cite_into_note)
        self.laws_panel.cite_requested.connect(self.cite_into_note)
        self.laws_panel.library_requested.connect(self.open_law)
        for signal in (self.law_links.ready, self.model.modelReset, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_args: self._cited_timer.start())
        self.law_links.start()
        self.notes_view.clicked.connect(self._play_note)
        self.note_editor.note_entered.connect(fix.add_note)
        self.playback.started.connect(self._replay_started)
        self.playback.finished.connect(lambda: setattr(self, "_replay", None))
        a.start.triggered.connect(self.start_or_pause)
        a.stop.triggered.connect(c.stop)
        a.transcribe_file.triggered.connect(self.choose_audio_file)
        a.mark.triggered.connect(self.mark)
        a.edit.triggered.connect(self.view.edit_text)
        a.undo.triggered.connect(lambda: fix.undo(self.view.current_row()))
        a.replace.triggered.connect(fix.find_and_replace)
        a.export_pdf.triggered.connect(lambda: fix.export("pdf"))
        a.export_review_pdf.triggered.connect(lambda: fix.export("review_pdf"))
        a.export_text.triggered.connect(lambda: fix.export("txt"))
        a.export_srt.triggered.connect(lambda: fix.export("srt"))
        a.signatures.triggered.connect(lambda: open_signing_round(self))
        a.new_hearing.triggered.connect(lambda: self.picker.create_hearing("hearing"))
        a.hearing_details.triggered.connect(self.picker.edit_hearing)
        a.deliberation.triggered.connect(self.start_deliberation)
        a.role_group.triggered.connect(self._speaker_chosen)

    # -- which hearing -------------------------------------------------------------------
    def open_case(self, case_id: str, hearing_id: str = "", new_kind: str = "") -> None:
        """Entry point from Cases → Hearings: a case, and a hearing or a new one."""
        if self.controller.state == "idle":
            self.wanted_case_id = case_id
            self.picker.open_case(case_id, hearing_id, new_kind)

    def follow_case(self, case_id: str | None) -> None:
        """Shown from the navigation: the case being viewed in Cases, with its hearings
        (never while recording, and the same case keeps its open hearing)."""
        if case_id and self.controller.state == "idle" and case_id != self.wanted_case_id:
            self.open_case(case_id)

    def _case_loaded(self, data: dict) -> None:
        self.wanted_case_id = data["case"]["id"]
        self.case_data = data
        self.case_law.follow(data["case"])
        self.update_actions()

    def open_hearing(self, hearing_id: str) -> None:
        if self.hearing and self.hearing["id"] == hearing_id and self.controller.state != "idle":
            return  # the recording's own rows are on screen
        if not hearing_id:
            self._show_hearing(None, [], [])
            return
        book = self.book

        def load() -> tuple[dict, list[dict], list[dict], list[dict]]:
            transcript = book.transcript(hearing_id)
            return (book.open(hearing_id), transcript.segments(), transcript.notes(),
                    book.unrecognized(hearing_id))

        self.session.runner.submit(load, queue=Queue.STORE, owner=self, label="open hearing",
                                   on_done=lambda r: self._show_hearing(*r),
                                   on_error=self.show_error)

    def _show_hearing(self, hearing: dict | None, segments: list[dict], notes: list[dict],
                      unrecognized: list[dict] | None = None) -> None:
        same = bool(hearing and self.hearing and hearing["id"] == self.hearing["id"])
        self.hearing = hearing
        if same:  # segments are append-only: update in place, an open editor stays open
            for segment in segments:
                self.model.upsert(transcript_row(segment))
        else:
            self.model.set_rows([transcript_row(s) for s in segments])
        self.model.editable = hearing is not None and self.may_run()
        self.note_editor.setEnabled(self.model.editable)
        self.notes.set_rows(notes)
        if self.controller.state == "idle":
            self.live.set_channels(self.controller.speakers())
        self.follow_up.show_recognition(unrecognized)
        if hearing:
            self.picker.select(hearing["id"])
            if not same:
                self.view.scrollToBottom()
            if self.may_run():
                self.controller.load_model()  # Start should not wait for it
        self.update_actions()
        self.meter_when_idle()

    def refresh_rows(self, segment_ids: list[str] | None = None) -> None:
        """Re-read segments (all, or these) and the notes without resetting the view."""
        if not self.hearing:
            return
        book, hearing_id = self.book, self.hearing["id"]
        wanted = None if segment_ids is None else set(segment_ids)

        def load() -> tuple[list[dict], list[dict]]:
            transcript = book.transcript(hearing_id)
            rows = [r for r in transcript.segments() if wanted is None or r["id"] in wanted]
            return rows, transcript.notes()

        def show(result: tuple[list[dict], list[dict]]) -> None:
            for row in result[0]:
                self.model.upsert(transcript_row(row))
            self.notes.set_rows(result[1])

        self.session.runner.submit(load, queue=Queue.STORE, owner=self, on_done=show,
                                   on_error=self.show_error, label="refresh transcript")

    # -- recording -----------------------------------------------------------------------
    def _plan(self, **changes) -> RecordingPlan:
        hearing = self.hearing or {}
        values = {"case_id": self.case_data["case"]["id"], "hearing_id": hearing.get("id", ""),
                  "kind": hearing.get("kind", "hearing"),
                  "voice_commands": self.actions_.voice_commands.isChecked(),
                  "device": self.microphones.device(), **changes}
        return RecordingPlan(**values)

    def start_or_pause(self) -> None:
        if self.controller.state == "idle":
            if self.case_data and self.hearing is None:
                # No hearing yet: set it up first (cancel: nothing created, nothing recorded).
                self.picker.create_hearing("hearing", then=self._record_new)
            elif self.case_data and self.may_run():
                self.microphones.stop()  # the recording opens the input next
                self.controller.start(self._plan())
        else:
            self.controller.toggle_pause()

    def _record_new(self, hearing: dict) -> None:
        """The hearing just set up from F9: record it."""
        if self.case_data and self.controller.state == "idle":
            self.microphones.stop()
            self.controller.start(self._plan(hearing_id=hearing["id"], kind=hearing["kind"]))

    def _hearing_changed(self, hearing: dict) -> None:
        """Its set-up was corrected: the open hearing takes the new title and attendance
        (the recording, if any, keeps running on its own copy)."""
        if self.hearing and self.hearing["id"] == hearing["id"]:
            self.hearing = {**self.hearing, **{k: hearing[k] for k in (
                "title", "session_type", "place", "scheduled_at", "attendance")}}
        self.notify(self.tr("Hearing details saved: %1").replace("%1", hearing["title"]))

    def start_deliberation(self) -> None:
        if self.case_data and self.controller.state == "idle" and self._sits_as_judge():
            self.microphones.stop()
            self.controller.start(self._plan(hearing_id="", kind="deliberation"))

    def choose_audio_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Transcribe an audio file into this hearing"))
        dialog.setObjectName("audioFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Audio files (*.wav *.flac *.ogg)"),
                               self.tr("All files (*)")])
        dialog.fileSelected.connect(self.transcribe_file)
        self.file_dialog = dialog
        dialog.open()

    def transcribe_file(self, path: str) -> None:
        if self.case_data and self.controller.state == "idle" and self.may_run():
            self.controller.start(self._plan(audio_file=Path(path),
                                             paced=self.actions_.paced.isChecked()))

    def mark(self) -> None:
        """Ctrl+M: a note about this moment, written in the note editor."""
        if self.may_run() and self.hearing:
            self.note_editor.begin(self.audio_position())

    def audio_position(self) -> int:
        """Where in the hearing's audio the clerk is now: the recording while it runs, else
        the replay's position, else the selected segment's start."""
        if self.controller.running:
            return self.controller.position_ms
        if self._replay is not None:
            start_ms, end_ms, since = self._replay
            return min(start_ms + int((time.monotonic() - since) * 1000), end_ms)
        row = self.view.current_row()
        return row["start_ms"] if row else self.controller.position_ms

    def _replay_started(self, span: dict) -> None:
        self._replay = (int(span["start_ms"]), int(span["end_ms"]), time.monotonic())

    def _speaker_chosen(self, action) -> None:
        role = action.data() or None
        self.controller.set_manual_role(role)
        role = self.controller.manual_role  # unchanged when there is no map to go back to
        self.actions_.set_manual_role(role)
        self.live.set_roles(self.controller.speakers())
        self.microphones.set_channels(self.controller.speakers())
        self.notify(self.tr("Speaker from now on: %1").replace(
            "%1", speaker_role_label(role) if role else self.tr("by microphone")))

    def _state_changed(self, state: str) -> None:
        self.indicator.set_state(state, self.controller.position_ms)
        if state == "recording" and self.controller.hearing_session is not None:
            self.live.set_channels(self.controller.speakers())
        self.picker.set_live(self.controller.hearing_id if state != "idle" else "")
        self.live.setVisible(state in ("recording", "paused"))
        self.update_actions()
        self.meter_when_idle()

    def meter_when_idle(self) -> None:
        """Levels of the microphones while nothing records and the clerk could start."""
        wanted = (self.controller.state == "idle" and self.isVisible() and self.may_run()
                  and self.hearing is not None)
        self.microphones.setVisible(wanted)
        if wanted:
            self.microphones.set_channels(self.controller.speakers())
            self.microphones.start()
        else:
            self.microphones.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.meter_when_idle()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.microphones.stop()

    def _hearing_started(self, hearing: dict) -> None:
        if not self.hearing or self.hearing["id"] != hearing["id"]:
            self._show_hearing(hearing, [], [])
        self.picker.open_case(hearing["case_id"], hearing["id"])  # listed as in session

    def _segment_arrived(self, segment: dict) -> None:
        if not self.hearing or segment["hearing_id"] != self.hearing["id"]:
            return  # a recording (or its recognition catching up) of another hearing
        bar = self.view.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        row = transcript_row(segment)
        self.model.upsert(row)
        self.live.clear(row["channel"])
        if following and self.view.state() != QAbstractItemView.State.EditingState:
            self.view.scrollToBottom()

    def segment_stored(self, segment: dict) -> None:
        if self.hearing and segment.get("hearing_id", self.hearing["id"]) == self.hearing["id"]:
            self.model.upsert(transcript_row(segment))

    def _device_changed(self, event: dict) -> None:
        code = self.alerts.device_event(event)
        if code in ("device_back", "channel_back"):
            who = microphone_name(event.get("channel"), event.get("role", ""),
                                  event.get("microphones"))
            self.notify(self.tr("%1 is back; recording again.").replace("%1", who))

    def _recording_finished(self, info: dict) -> None:
        self.live.clear()
        self.alerts.clear_devices()
        self.notify(self.tr("Recording stopped. Everything recorded is saved."))
        self.refresh_rows()
        if self.case_data:
            self.picker.open_case(self.case_data["case"]["id"], info.get("hearing_id", ""))

    def _command(self, event: dict) -> None:
        name = command_label(event.get("command", ""))
        self.notify(self.tr("Voice command: %1 (heard “%2”)").replace("%1", name)
                    .replace("%2", event.get("phrase", "")))
        if event.get("command") == "mark":
            self.refresh_rows([])

    # -- the law cited -------------------------------------------------------------------
    def refresh_cited(self) -> None:
        """A deliberation lists the articles its transcript cites (each once, in order)."""
        deliberation = bool(self.hearing and self.hearing["kind"] == "deliberation")
        self.cited.setVisible(deliberation)
        if deliberation:
            self.cited.set_articles(self.law_links.cited(
                [r["text"] for r in self.model.rows if r.get("status") != "not_spoken"]))

    def open_article(self, resolution) -> None:
        if self.article_dialog is None:
            window = self.window()
            laws = getattr(window, "may_open_laws", lambda: False)()
            self.article_dialog = ArticleDialog(self, library=laws)
            self.article_dialog.cite_requested.connect(self.cite_into_note)
            self.article_dialog.library_requested.connect(
                lambda r: self.open_law(r.law.id, r.version.id, r.article.number,
                                        r.article.sub))
        self.article_dialog.show_article(resolution)
        self.article_dialog.show()
        self.article_dialog.raise_()

    def open_law(self, law_id: int, version_id: int, number: int, sub: int = 0) -> None:
        """The whole law at the article, in the Laws workspace, as of this case's facts."""
        window = self.window()
        if getattr(window, "may_open_laws", lambda: False)():
            window.open_law_article(law_id, version_id, number, sub,
                                    facts_on=self.case_law.facts_on,
                                    case_number=self.case_law.case_number)

    def cite_into_note(self, citation: str) -> None:
        """The article's law, number and version date go into the note being written."""
        if not self.note_editor.isEnabled():
            self.notify(self.tr("Notes cannot be written here: %1 is not put in.")
                        .replace("%1", citation))
            return
        self.note_editor.text.insertPlainText(citation)
        self.note_editor.text.setFocus()
        self.notify(self.tr("Cited into the note: %1").replace("%1", citation))

    def _play_segment(self, row: dict) -> None:
        if self.hearing:
            self.playback.play_segment(self.hearing["id"], row)

    def _play_note(self, index) -> None:
        if self.hearing:
            self.playback.play_note(self.hearing["id"], self.notes.row_at(index.row()))

    # -- state and texts -----------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        self.add_error(error_code(exc), str(exc))

    def add_error(self, code: str, message: str) -> None:
        latest = self.banner.errors[0] if self.banner.errors else None
        if latest and latest["code"] == code and latest["message"] == message:
            return  # the same failure again (a replay clicked twice): once is enough
        at = self.controller.position_ms if self.controller.running else None
        self.banner.add(code, message, at)

    def notify(self, text: str) -> None:
        self.last_notice = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def may_run(self) -> bool:
        if self.hearing and self.hearing["kind"] == "deliberation":
            return self._sits_as_judge()
        return self.session.user.may(Permission.EDIT_CASE)

    def _sits_as_judge(self) -> bool:
        return (self.session.user.may(Permission.VIEW_DELIBERATION) and self.case_data is not None
                and self.case_data.get("my_role") in ("judge", "presiding_judge"))

    def update_actions(self) -> None:
        self.actions_.update(state=self.controller.state, has_case=self.case_data is not None,
                             has_hearing=self.hearing is not None, can_run=self.may_run(),
                             can_create=self.session.user.may(Permission.EDIT_CASE),
                             judge=self._sits_as_judge(), from_file=self.controller.from_file,
                             voice_available=self.controller.voice_commands_available,
                             export_ready=not (self.hearing and self.controller.stopped.for_hearing(
                                 self.hearing["id"])))
        self.actions_.retranslate()
        self.captions.hearing_changed()
        self.captions.update()
        self.empty_hint.setVisible(self.hearing is None)

    def may_close(self, close_again) -> bool:
        """Whether the window may close now; otherwise the clerk is asked (or it waits for
        the recognizers) and ``close_again`` is called when it may."""
        return self.quit_guard.may_close(close_again)

    def shutdown(self) -> None:
        """The window is closing: end the recording and recognition, silence any replay."""
        self.playback.stop()
        self.microphones.stop()
        self.captions.shutdown()  # the room screen clears: the hearing leaves it
        self.law_links.close()
        self.laws_panel.shutdown()
        self.controller.shutdown()

    def retranslate(self) -> None:
        self.empty_hint.setText(self.tr(
            "Choose a case and a hearing above, or open one from Cases → Hearings. “New "
            "hearing” adds today's hearing; F9 starts recording."))
        self.transcript_title.setText(self.tr("Transcript"))
        self.notes_title.setText(self.tr("Notes"))
        self.notes_hint.setText(self.tr("Click a note, or a segment's time, to hear the "
                                        "recording there."))
        self.hint.setText(self.tr("F9 start / pause · F10 stop · Ctrl+1…6 speaker · Ctrl+M "
                                  "mark · F2 edit · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+H "
                                  "replace · Del delete · Ctrl+Shift+S split · Ctrl+Shift+M "
                                  "merge · Ctrl+Shift+N not spoken"))
        self.hint.setWordWrap(True)
        self.update_actions()  # the start action's text depends on the state
        self.laws_toggle.retranslate()
        self.indicator.set_state(self.controller.state)
        for part in (self.model, self.notes, self.banner, self.alerts, self.busy, self.live,
                     self.recognition_line, self.note_editor, self.microphones, self.cited):
            part.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            window = self.window()
            # A notice in the old language must not stay in the new one.
            if isinstance(window, QMainWindow) and self.last_notice and \
                    window.statusBar().currentMessage() == self.last_notice:
                window.statusBar().clearMessage()
        super().changeEvent(event)
