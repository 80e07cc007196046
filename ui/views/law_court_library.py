"""The court's law library in the Laws workspace: which library this PC has (and when sync
installed it), and court IT's two actions, Import laws… and Publish to the court's laptops.

The work itself is the core's (app/court_laws.py, which refuses anyone but court IT); these
dialogs choose, show progress and the importer's report, and show the server's answer.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..form_dialog import FormDialog
from ..jobs import Queue
from ..laws_reader import LAWS_QUEUE
from ..messages import describe

translate = QCoreApplication.translate


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def grouped(sha: str) -> str:
    """A hash as people compare it by eye, in groups (and wrapped between them)."""
    return " ".join(sha[i:i + 16] for i in range(0, len(sha), 16))


def library_line(installed: dict) -> str:
    """Which library this PC searches, in the person's language."""
    sha = installed.get("sha256", "")[:12]
    if installed.get("source") == "court":
        published = installed.get("published_at", "")[:10] or "—"
        return translate("LawsWorkspace", "The court's law library of %1 (%2…), installed by "
                         "sync on %3.").replace("%1", published).replace("%2", sha) \
            .replace("%3", _local_time(installed.get("installed_at", "")))
    return translate("LawsWorkspace", "This PC's own law library (%1…): none has arrived "
                     "from the court's server yet.").replace("%1", sha or "—")


def problem_text(problem) -> str:
    """An importer's problem in the person's language, with its file and line."""
    texts = {
        "no_articles": translate("LawImport", "no article markers (第…条): not imported"),
        "duplicate_law": translate("LawImport", "this law and version is already in the "
                                   "library from another file with different text: not "
                                   "imported"),
        "article_elsewhere": translate("LawImport", "this article is already in the library "
                                       "from another part of the law: not imported"),
        "malformed_heading": translate("LawImport", "malformed heading: ignored"),
        "empty_headings": translate("LawImport", "headings with no article under them"),
        "bad_article_number": translate("LawImport", "malformed article number: kept as text "
                                        "of the article before it"),
        "duplicate_article": translate("LawImport", "article number repeated: kept as text of "
                                       "the article before it"),
        "article_out_of_order": translate("LawImport", "article numbers out of order: kept as "
                                          "text of the article before it"),
        "full_width_digits": translate("LawImport", "full-width digits in an article number "
                                       "(read correctly)"),
        "spaced_marker": translate("LawImport", "a space inside an article marker (read "
                                   "correctly)"),
        "no_title": translate("LawImport", "no title line: not imported"),
        "extra_titles": translate("LawImport", "more than two title lines: the others were "
                                  "ignored"),
        "no_date": translate("LawImport", "no date in the preamble or file name: this version "
                             "is never chosen by date"),
        "empty_file": translate("LawImport", "empty file: not imported"),
        "unreadable": translate("LawImport", "the file cannot be read: not imported"),
        "not_utf8": translate("LawImport", "not UTF-8 text (saved as GBK?): not imported"),
    }
    where = Path(problem.path).name + (f":{problem.line}" if problem.line else "")
    return f"{where}: {texts.get(problem.code, problem.message)}"


def report_html(report) -> str:
    counts = report.as_dict()["counts"]
    head = translate("LawImport", "%1 files: %2 imported, %3 replaced, %4 already in the "
                     "library, %5 duplicates, %6 failed; %7 articles added.")
    for key, value in (("%1", len(report.files)), ("%2", counts["imported"]),
                       ("%3", counts["replaced"]), ("%4", counts["unchanged"]),
                       ("%5", counts["duplicate"]), ("%6", counts["failed"]),
                       ("%7", report.articles)):
        head = head.replace(key, str(value))
    lines = [f"<p><b>{html.escape(head)}</b></p>"]
    skipped = [f for f in report.files if f.status in ("failed", "duplicate")]
    if skipped:
        lines.append("<p>" + html.escape(translate("LawImport", "Skipped files:")) + "</p><ul>")
        for f in skipped:
            why = [problem_text(p) for p in f.problems if p.severity == "error"] or \
                [Path(f.path).name]
            lines += [f"<li>{html.escape(text)}</li>" for text in why]
        lines.append("</ul>")
    warnings = [p for f in report.files if f.status not in ("failed", "duplicate")
                for p in f.problems]
    if warnings:
        lines.append("<p>" + html.escape(translate("LawImport", "Imported, but look at:"))
                     + "</p><ul>")
        lines += [f"<li>{html.escape(problem_text(p))}</li>" for p in warnings[:200]]
        lines.append("</ul>")
    return "".join(lines)


class LawImportDialog(QDialog):
    """Imports the chosen files and folders into this PC's library, with progress and the
    importer's report. Started at once; closes only when the import is over."""

    progressed = Signal(int, int)  # files done, files in all (from the laws queue)
    finished_import = Signal()

    def __init__(self, session, reader, paths: list[str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("lawImportDialog")
        self.setMinimumSize(560, 380)
        self.session = session
        self.report = None
        self.running = True
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("lawImportProgress")
        self.bar.setRange(0, 0)
        self.result = QTextBrowser()
        self.result.setObjectName("lawImportReport")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)
        self.progressed.connect(self._progress)
        self.setWindowTitle(translate("LawImport", "Import laws"))
        self.heading.setText(translate("LawImport", "Importing laws into this PC's library…"))

        user, progress = session.user, self.progressed.emit

        def run():
            from courtdesk.app.court_laws import CourtLawLibrary

            reader.close()  # the library is read anew afterwards, with the new laws
            return CourtLawLibrary(user, reader.path).import_paths(paths, progress=progress)

        session.runner.submit(run, queue=LAWS_QUEUE, owner=self, label="import laws",
                              on_done=self._done, on_error=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _over(self) -> None:
        self.running = False
        self.buttons.setEnabled(True)
        self.finished_import.emit()

    def _done(self, report) -> None:
        self.report = report
        self.heading.setText(translate("LawImport", "The import is done. The library is not "
                                       "yet the court's: publish it to send it to the "
                                       "laptops."))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.result.setHtml(report_html(report))
        self._over()

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(translate("LawImport", "Nothing was imported."))
        self.bar.setRange(0, 1)
        self.result.setPlainText(describe(exc).as_plain())
        self._over()

    def reject(self) -> None:
        if not self.running:
            super().reject()


class LawPublishDialog(FormDialog):
    """Shows the library that would be published (hash, laws, articles), then publishes it
    as the court's through a login to the court's server."""

    published = Signal(dict)

    def __init__(self, session, library_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lawPublishDialog")
        self.session = session
        self.library_file = library_file
        self.prepared = None
        self.result: dict | None = None
        self.summary = QLabel()
        self.summary.setObjectName("lawPublishSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout().insertWidget(2, self.summary)
        self.server = QLineEdit(session.config.server_url)
        self.server.setObjectName("lawPublishServer")
        self.username = QLineEdit(session.user.username)
        self.username.setObjectName("lawPublishUser")
        self.password = QLineEdit()
        self.password.setObjectName("lawPublishPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.server, self.username, self.password):
            self.add_field(field)
        self.retranslate()
        self.ok_button.setEnabled(False)
        self.set_busy(True, translate("LawPublish", "Reading the library…"))
        user = session.user

        def prepare():
            from courtdesk.app.court_laws import CourtLawLibrary

            return CourtLawLibrary(user, library_file).prepare()

        session.runner.submit(prepare, queue=LAWS_QUEUE, owner=self, label="prepare laws",
                              on_done=self._prepared, on_error=self._prepare_failed)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("LawPublish", "Publish the law library"))
        self.heading.setText(translate("LawPublish", "Publish to the court's laptops"))
        self.explanation.setText(translate(
            "LawPublish", "This PC's law library becomes the court's: every laptop installs "
            "it at its next sync, so every judge cites the same texts. Log in to the court's "
            "server as court IT."))
        self.set_label(self.server, translate("LawPublish", "Court server:"))
        self.set_label(self.username, translate("LawPublish", "User name:"))
        self.set_label(self.password, translate("LawPublish", "Password:"))
        self._name_ok_button()
        # A button box names its standard buttons anew on a language change, after this.
        QTimer.singleShot(0, self._name_ok_button)
        self._show_summary()

    def _name_ok_button(self) -> None:
        self.ok_button.setText(translate("LawPublish", "Close") if self.result is not None
                               else translate("LawPublish", "Publish"))

    def _show_summary(self) -> None:
        prepared = self.prepared
        if prepared is None:
            self.summary.clear()
            return
        text = translate("LawPublish", "%1 laws, %2 articles; SHA-256 %3 (%4 MB).")
        for key, value in (("%1", prepared.laws), ("%2", prepared.articles),
                           ("%3", "\n" + grouped(prepared.sha256)),
                           ("%4", f"{prepared.size / 2**20:.1f}")):
            text = text.replace(key, str(value))
        self.summary.setText(text)

    def _prepared(self, prepared) -> None:
        if not self.isVisible():  # closed while the copy was made
            prepared.discard()
            return
        self.prepared = prepared
        self.set_busy(False)
        self.ok_button.setEnabled(True)
        self._show_summary()

    def _prepare_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(describe(exc).as_plain())

    def submit(self) -> None:
        if self.result is not None:
            self.accept()
            return
        server, username = self.server.text().strip(), self.username.text().strip()
        password = self.password.text()
        if not server or not username or not password:
            self.show_error(translate("LawPublish", "Give the court server's address, your "
                                      "user name and your password."))
            return
        prepared, user = self.prepared, self.session.user
        ca_file = self.session.config.server_ca_file or None

        library_file = self.library_file

        def publish() -> dict:
            from courtdesk.app.court_laws import CourtLawLibrary

            return CourtLawLibrary(user, library_file).publish_with_login(
                server, ca_file, username, password, prepared)

        self.set_busy(True, translate("LawPublish", "Publishing…"))
        self.session.runner.submit(publish, queue=Queue.GENERAL, owner=self,
                                   label="publish laws", on_done=self._published,
                                   on_error=self._publish_failed)

    def _published(self, result: dict) -> None:
        self.result = result
        self.set_busy(False)
        self.summary.setText(translate("LawPublish", "Published: library %1… is now the "
                                       "court's; every laptop installs it at its next sync.")
                             .replace("%1", result["sha256"][:12]))
        for field in (self.server, self.username, self.password):
            field.setEnabled(False)
        self._name_ok_button()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.published.emit(result)

    def _publish_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(describe(exc).as_plain())

    def done(self, result: int) -> None:
        if self.prepared is not None:
            self.prepared.discard()
        super().done(result)
