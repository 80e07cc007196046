"""The find-and-replace dialog of the hearing workspace.

It is opened with ``open()`` (the recording and the event loop keep going) and reports
through signals; it asks the store queue for its preview and applies it there, so the GUI
thread never reads the store. (Notes are written in the workspace's own note editor.)
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..jobs import JobHandle, JobRunner, Queue
from ..labels import format_clock
from ..messages import error_box

PREVIEW_DELAY_MS = 250


class ReplaceDialog(QDialog):
    """Find and replace across the hearing, with every change shown before it is made."""

    applied = Signal(list)  # the ReplacePreview list that was written

    def __init__(self, runner: JobRunner, preview: Callable[[str, str], list],
                 apply: Callable[[str, str], list], time_of: Callable[[str], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replaceDialog")
        self.runner = runner
        self._preview_fn, self._apply_fn, self._time_of = preview, apply, time_of
        self.previews: list = []
        self._job: JobHandle | None = None
        self.find = QLineEdit()
        self.find.setObjectName("replaceFind")
        self.replace = QLineEdit()
        self.replace.setObjectName("replaceWith")
        self.summary = QLabel()
        self.summary.setObjectName("replaceSummary")
        self.preview_view = QTextBrowser()
        self.preview_view.setObjectName("replacePreview")
        self.preview_view.setMinimumSize(620, 280)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("replaceApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.find_label, self.find)
        self.form.addRow(self.replace_label, self.replace)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.find.textChanged.connect(self._timer.start)
        self.replace.textChanged.connect(self._timer.start)
        self.retranslate()

    def refresh(self) -> None:
        self._timer.stop()
        if self._job is not None and not self._job.done:
            self._job.cancel()  # only the newest preview is worth showing
        find, replace, preview = self.find.text(), self.replace.text(), self._preview_fn
        self._job = self.runner.submit(lambda: preview(find, replace), queue=Queue.STORE,
                                       owner=self, on_done=self._show, on_error=self._failed,
                                       label="replace preview")

    def _show(self, previews: list) -> None:
        self.previews = previews
        find, replace = self.find.text(), self.replace.text()
        rows = []
        for item in previews:
            at = self._time_of(item.segment_id)
            before = _marked(item.before, find, "background:#fde2df; color:#8c1d18;")
            after = _marked(item.after, replace, "background:#dcf3e2; color:#14532d;")
            rows.append(f"<tr><td style='color:#5f6b7a; padding-right:8px'>"
                        f"{format_clock(at) if at is not None else ''}</td>"
                        f"<td>{before}</td><td style='color:#5f6b7a'>→</td><td>{after}</td></tr>")
        self.preview_view.setHtml("<table cellspacing='6'>" + "".join(rows) + "</table>")
        self.retranslate()

    def apply(self) -> None:
        find, replace, apply = self.find.text(), self.replace.text(), self._apply_fn
        if not find or not self.previews:
            return
        self.apply_button.setEnabled(False)
        self.runner.submit(lambda: apply(find, replace), queue=Queue.STORE, owner=self,
                           on_done=self._applied, on_error=self._failed, label="replace all")

    def _failed(self, exc: BaseException) -> None:
        self.retranslate()  # nothing was replaced (one transaction): the button comes back
        error_box(self, exc).open()

    def _applied(self, previews: list) -> None:
        self.applied.emit(list(previews))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and replace in this hearing"))
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))
        self.apply_button.setText(self.tr("Replace all"))
        count = sum(p.count for p in self.previews)
        self.apply_button.setEnabled(bool(self.previews) and bool(self.find.text()))
        if not self.find.text():
            self.summary.setText(self.tr("Type the misheard word; every segment that "
                                         "contains it is listed before anything changes."))
        elif not self.previews:
            self.summary.setText(self.tr("No segment contains “%1”.").replace(
                "%1", self.find.text()))
        else:
            self.summary.setText(self.tr("%1 replacements in %2 segments. Each segment can "
                                         "be undone on its own.")
                                 .replace("%1", str(count)).replace("%2", str(len(self.previews))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _marked(text: str, part: str, style: str) -> str:
    if not part:
        return html.escape(text)
    pieces = text.split(part)
    mark = f"<span style='{style}'>{html.escape(part)}</span>"
    return mark.join(html.escape(p) for p in pieces)
