"""The hearing workspace's actions, hotkeys and toolbar.

Hotkeys are window-wide but live on the workspace, so they fire only while it is shown:
F9 start / pause / resume, F10 stop, Ctrl+1…6 the current speaker on a single microphone
(Ctrl+0 gives the microphone map back), Ctrl+M mark, F2 edit, Ctrl+Z undo, Ctrl+Shift+Z
redo, Ctrl+H replace. The steps on a whole segment (Delete, Ctrl+Shift+S split at the cursor,
Ctrl+Shift+M merge with the next, Ctrl+Shift+N not spoken) act on the transcript's current
segment and only while the transcript has the focus, so Delete in another field stays a key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..labels import speaker_role_label

translate = QCoreApplication.translate

# The six voices of an ordinary hearing, in the order of the Ctrl+number keys.
SPEAKER_KEYS = ("presiding_judge", "judge", "plaintiff", "defendant", "witness", "clerk")


def command_label(command: str) -> str:
    """A voice command as the clerk reads it in the status bar."""
    labels = {
        "start_recording": translate("HearingWorkspace", "Start recording"),
        "pause_recording": translate("HearingWorkspace", "Pause"),
        "stop_recording": translate("HearingWorkspace", "Stop"),
        "mark": translate("HearingWorkspace", "Mark"),
        "next_page": translate("HearingWorkspace", "Next page"),
        "previous_page": translate("HearingWorkspace", "Previous page"),
    }
    return labels.get(command, command)


class HearingActions(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        style = owner.style()
        pixmap = QStyle.StandardPixmap

        def make(name: str, shortcut=None, icon=None, checkable: bool = False,
                 on_segment: bool = False) -> QAction:
            action = QAction(owner)
            action.setObjectName(name)
            action.setCheckable(checkable)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut
                                          if on_segment else Qt.ShortcutContext.WindowShortcut)
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            if on_segment:
                self.segment_actions.append(action)  # the transcript view takes these
            else:
                owner.addAction(action)
            return action

        self.segment_actions: list[QAction] = []

        self.start = make("startAction", "F9", pixmap.SP_MediaPlay)
        self.stop = make("stopAction", "F10", pixmap.SP_MediaStop)
        self.transcribe_file = make("transcribeFileAction", None, pixmap.SP_DialogOpenButton)
        self.paced = make("pacedAction", checkable=True)
        self.voice_commands = make("voiceCommandsAction", checkable=True)
        self.mark = make("markAction", "Ctrl+M", pixmap.SP_FileDialogInfoView)
        self.edit = make("editAction", "F2")
        self.undo = make("undoAction", QKeySequence.StandardKey.Undo, pixmap.SP_ArrowBack)
        self.redo = make("redoAction", "Ctrl+Shift+Z", pixmap.SP_ArrowForward)
        self.delete_segment = make("deleteSegmentAction", QKeySequence.StandardKey.Delete,
                                   on_segment=True)
        self.split_segment = make("splitSegmentAction", "Ctrl+Shift+S", on_segment=True)
        self.merge_segment = make("mergeSegmentAction", "Ctrl+Shift+M", on_segment=True)
        self.not_spoken = make("notSpokenAction", "Ctrl+Shift+N", on_segment=True)
        self.replace = make("replaceAction", "Ctrl+H", pixmap.SP_FileDialogContentsView)
        self.export_pdf = make("exportPdfAction")
        self.export_review_pdf = make("exportReviewPdfAction")
        self.export_text = make("exportTextAction")
        self.export_srt = make("exportSrtAction")
        self.signatures = make("signaturesAction")
        self.new_hearing = make("newHearingAction", None, pixmap.SP_FileIcon)
        self.deliberation = make("deliberationAction", None, pixmap.SP_MessageBoxInformation)
        self.hearing_details = make("hearingDetailsAction", None,
                                    pixmap.SP_FileDialogDetailedView)

        self.role_group = QActionGroup(self)
        self.role_group.setExclusive(True)
        self.roles: dict[str, QAction] = {}
        for number, role in enumerate(("", *SPEAKER_KEYS)):
            action = make(f"speaker_{role or 'microphone'}", f"Ctrl+{number}", checkable=True)
            action.setData(role)
            self.role_group.addAction(action)
            self.roles[role] = action
        self.roles[""].setChecked(True)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("hearingToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setStyleSheet("QToolBar#hearingToolbar { border: none; spacing: 4px; }")
        self.toolbar.addAction(self.start)
        self.toolbar.addAction(self.stop)
        self.toolbar.addSeparator()
        self.file_menu = QMenu(owner)
        self.file_menu.addAction(self.transcribe_file)
        self.file_menu.addAction(self.paced)
        self.file_button = self._menu_button(self.transcribe_file, self.file_menu)
        self.toolbar.addWidget(self.file_button)
        self.toolbar.addSeparator()
        self.speaker_label = QLabel()
        self.speaker_label.setContentsMargins(6, 0, 4, 0)
        self.speaker = QComboBox()
        self.speaker.setObjectName("speakerChoice")
        # Grows with its text: "Presiding judge (Ctrl+1)" is longer than "审判长 (Ctrl+1)".
        self.speaker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A full toolbar moves its last buttons into its » menu rather than cut this short.
        self.speaker.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for role in self.roles:
            self.speaker.addItem("", role)
        self.speaker.activated.connect(lambda i: self.roles[self.speaker.itemData(i)].trigger())
        self.role_group.triggered.connect(
            lambda a: self.speaker.setCurrentIndex(self.speaker.findData(a.data())))
        self.toolbar.addWidget(self.speaker_label)
        self.toolbar.addWidget(self.speaker)
        self.toolbar.addAction(self.voice_commands)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.mark)
        self.toolbar.addAction(self.replace)
        self.toolbar.addAction(self.undo)  # redo: Ctrl+Shift+Z, named in the hint line
        self.toolbar.addSeparator()
        self.export_menu = QMenu(owner)
        for action in (self.export_pdf, self.export_review_pdf, self.export_text,
                       self.export_srt):
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.signatures)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setIcon(style.standardIcon(pixmap.SP_DialogSaveButton))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self.export_button)

    def _menu_button(self, action: QAction, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def set_microphone_map(self, present: bool) -> None:
        """"By microphone" (Ctrl+0) only where the machine config maps microphones to roles."""
        self.roles[""].setEnabled(present)
        self.speaker.model().item(self.speaker.findData("")).setEnabled(present)

    def set_manual_role(self, role: str | None) -> None:
        self.roles[role or ""].setChecked(True)
        self.speaker.setCurrentIndex(self.speaker.findData(role or ""))

    def update(self, *, state: str, has_case: bool, has_hearing: bool, can_run: bool,
               can_create: bool, judge: bool, from_file: bool,
               voice_available: bool | None, export_ready: bool = True) -> None:
        """Enable what makes sense now; nothing is offered that would only fail."""
        idle = state == "idle"
        running = state in ("recording", "paused")
        style = self.owner.style()
        if state == "recording" and not from_file:
            icon, text = QStyle.StandardPixmap.SP_MediaPause, translate("HearingWorkspace",
                                                                          "Pause")
        elif state == "paused":
            icon, text = QStyle.StandardPixmap.SP_MediaPlay, translate("HearingWorkspace",
                                                                         "Resume")
        else:
            icon, text = QStyle.StandardPixmap.SP_MediaPlay, translate("HearingWorkspace",
                                                                         "Start recording")
        self.start.setText(text)
        self.start.setIcon(style.standardIcon(icon))
        self.start.setEnabled(has_case and can_run and (idle or (running and not from_file)))
        self.stop.setEnabled(state in ("recording", "paused", "preparing"))
        self.transcribe_file.setEnabled(has_case and can_run and idle)
        self.voice_commands.setEnabled(idle and voice_available is not False)
        for action in (self.mark, self.edit, self.undo, self.redo, self.replace,
                       *self.segment_actions):
            action.setEnabled(has_hearing and can_run)
        # The record is exported complete: not while recognition still catches up.
        self.export_button.setEnabled(has_hearing and export_ready)
        for action in (self.export_pdf, self.export_review_pdf, self.export_text,
                       self.export_srt):
            action.setEnabled(has_hearing and export_ready)
        self.signatures.setEnabled(has_hearing and can_run and export_ready)
        self.export_button.setToolTip("" if export_ready else translate(
            "HearingWorkspace", "The record can be exported once speech recognition has "
                                "finished the recording."))
        self.new_hearing.setVisible(can_create)  # judges hold deliberations, not hearings
        self.new_hearing.setEnabled(can_create and has_case and idle)
        self.deliberation.setVisible(judge)
        # Also while recording: a party who arrives late is ticked as present.
        self.hearing_details.setEnabled(has_hearing and can_run)
        self.deliberation.setEnabled(judge and idle and has_case)

    def retranslate(self) -> None:
        def tip(action: QAction, text: str) -> None:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})" if keys else text)

        self.stop.setText(translate("HearingWorkspace", "Stop"))
        self.transcribe_file.setText(translate("HearingWorkspace",
                                               "Transcribe an audio file into this hearing…"))
        # The toolbar says it short (a full English toolbar hid Export in its » menu); the
        # menu and the tooltip say it whole.
        self.transcribe_file.setIconText(translate("HearingWorkspace", "Audio file…"))
        self.transcribe_file.setToolTip(self.transcribe_file.text())
        self.paced.setText(translate("HearingWorkspace", "Play the file at real-time speed"))
        self.voice_commands.setText(translate("HearingWorkspace", "Voice commands"))
        self.voice_commands.setToolTip(translate(
            "HearingWorkspace", "Listen for spoken commands (start, pause, mark, next page) on "
                                "the first microphone; applies from the next start."))
        self.mark.setText(translate("HearingWorkspace", "Mark"))
        self.edit.setText(translate("HearingWorkspace", "Edit segment"))
        self.undo.setText(translate("HearingWorkspace", "Undo"))
        self.redo.setText(translate("HearingWorkspace", "Redo"))
        self.delete_segment.setText(translate("HearingWorkspace", "Delete segment"))
        self.split_segment.setText(translate("HearingWorkspace", "Split at the cursor"))
        self.merge_segment.setText(translate("HearingWorkspace", "Merge with the next"))
        self.not_spoken.setText(translate("HearingWorkspace", "Not spoken (leave out of the "
                                                              "record)"))
        self.replace.setText(translate("HearingWorkspace", "Find and replace…"))
        self.export_button.setText(translate("HearingWorkspace", "Export record"))
        self.export_pdf.setText(translate("HearingWorkspace", "Record as PDF (official copy)…"))
        self.export_review_pdf.setText(translate(
            "HearingWorkspace", "Review copy as PDF (times and edit marks)…"))
        self.export_text.setText(translate("HearingWorkspace", "Plain text…"))
        self.export_srt.setText(translate("HearingWorkspace", "Subtitles (SRT)…"))
        self.signatures.setText(translate("HearingWorkspace", "Signatures…"))
        self.signatures.setToolTip(translate(
            "HearingWorkspace", "Who has signed the exported record; take signatures on the "
                                "pad, record refusals, seal."))
        self.new_hearing.setText(translate("HearingWorkspace", "New hearing"))
        self.deliberation.setText(translate("HearingWorkspace", "Start deliberation"))
        self.hearing_details.setText(translate("HearingWorkspace", "Hearing details…"))
        self.hearing_details.setToolTip(translate(
            "HearingWorkspace", "Correct this hearing's title, session, room, time and who "
                                "appeared; the record prints them."))
        self.deliberation.setToolTip(translate(
            "HearingWorkspace", "Record a confidential deliberation of the panel; only the "
                                "judges of the case can open it."))
        self.speaker_label.setText(translate("HearingWorkspace", "Speaker:"))
        for number, (role, action) in enumerate(self.roles.items()):
            name = (speaker_role_label(role) if role
                    else translate("HearingWorkspace", "By microphone"))
            action.setText(name)
            self.speaker.setItemText(number, f"{name}  (Ctrl+{number})")
        for action, text in ((self.start, self.start.text()), (self.stop, self.stop.text()),
                             (self.mark, translate("HearingWorkspace", "Mark this moment")),
                             (self.undo, self.undo.text()), (self.redo, self.redo.text()),
                             (self.replace, self.replace.text()),
                             (self.edit, self.edit.text()),
                             *((a, a.text()) for a in self.segment_actions)):
            tip(action, text)
