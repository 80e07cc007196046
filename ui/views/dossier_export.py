"""Volumes in and out of the dossier: import files, clean up scans, export a copy.

Each is a long job on the controller's work queue; this module asks what it needs (the
files, a PDF's password, where to write the copy and what to do to it) and says how it
went through :attr:`DossierFileActions.message`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..dossier_controller import DossierController
from ..messages import ShownError, error_text, technical_detail, text_code
from ..translation import counted
from .dossier_reader import DossierReader

translate = QCoreApplication.translate

LOCKED = ("dossier_password_required", "dossier_wrong_password")


class ExportDialog(QDialog):
    """Where to write the copy, and whether to flatten annotations and redact numbers."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierExportDialog")
        self.setWindowTitle(translate("DossierWorkspace", "Export a copy"))
        self.path = QLineEdit(str(Path.home() / f"{title}.pdf"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(translate("DossierWorkspace", "Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.flatten = QCheckBox(translate(
            "DossierWorkspace", "Flatten my annotations and the shared ones into the copy"))
        self.flatten.setChecked(True)
        self.redact = QCheckBox(translate(
            "DossierWorkspace", "Redact ID numbers, phone numbers and bank card numbers "
            "(removed from the file, not covered)"))
        note = QLabel(translate(
            "DossierWorkspace", "The stored volume is not changed; the copy is a new file. "
            "Redacting a scan reads it with OCR first, which takes a while."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        form = QFormLayout()
        form.addRow(translate("DossierWorkspace", "Save as"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.flatten)
        layout.addWidget(self.redact)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                                "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")


class DossierFileActions(QObject):
    message = Signal(str)  # how it went
    failed = Signal(object, list)  # a ShownError, and the lines to show in place of its title

    def __init__(self, controller: DossierController, reader: DossierReader,
                 host: QWidget) -> None:
        super().__init__(host)
        self.controller, self.reader, self.host = controller, reader, host
        self.dialog: QDialog | None = None

    # -- import ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        dialog = QFileDialog(self.host, translate("DossierWorkspace", "Import into the dossier"))
        dialog.setObjectName("dossierImportDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(translate("DossierWorkspace", "PDF and scans") +
                             " (*.pdf *.PDF *.jpg *.jpeg *.png *.tif *.tiff)")
        dialog.filesSelected.connect(lambda files: self.import_files(files))
        self.dialog = dialog
        dialog.open()

    def import_files(self, paths: list[str], password: str | None = None) -> None:
        count = len(paths)
        self.message.emit(counted(translate("DossierWorkspace", "Importing %n file(s)…"), count))

        def arrived(outcomes: list) -> None:
            imported = [o for o in outcomes if o.result is not None]
            refused = [o for o in outcomes if o.error is not None]
            locked = [o for o in refused if o.error.code in LOCKED]
            lines = []
            volumes = len(imported)
            if volumes:
                lines.append(counted(translate("DossierWorkspace", "Imported %n volume(s)."),
                                     volumes))
            for outcome in imported:
                if outcome.result.signatures:  # the judge must know it was not re-saved
                    lines.append(translate(
                        "DossierWorkspace", "“%1” is signed: it is stored exactly as received, "
                        "and its signatures are checked when it is opened.")
                        .replace("%1", outcome.result.document["title"]))
            if not refused:
                self.message.emit("\n".join(lines))
            else:
                # Each refused file with the reason in the person's language; what it means
                # and what to do once; the core's English for IT behind the details link.
                codes = [text_code(o.error.code, o.error.params) for o in refused]
                lines += [translate("DossierWorkspace", "%1: %2").replace("%1", Path(o.path).name)
                          .replace("%2", error_text(code).title) for o, code in zip(refused, codes)]
                detail = "\n\n".join(f"{Path(o.path).name}\n{technical_detail(o.error)}"
                                      for o in refused)
                self.failed.emit(ShownError(codes[0], detail), lines)
            if locked:
                self._ask_password(locked[0].path)

        self.controller.import_files(paths, arrived, password=password)

    def _ask_password(self, path: str) -> None:
        dialog = QInputDialog(self.host)
        dialog.setObjectName("dossierPasswordPrompt")
        dialog.setWindowTitle(translate("DossierWorkspace", "Password-protected PDF"))
        dialog.setLabelText(translate("DossierWorkspace", "Password to open %1:")
                            .replace("%1", Path(path).name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda value: value and self.import_files([path],
                                                                                   value))
        self.dialog = dialog
        dialog.open()

    # -- clean-up --------------------------------------------------------------------------
    def clean_active(self) -> None:
        view = self.reader.active
        if view is None:
            return
        self.message.emit(translate("DossierWorkspace", "Cleaning up the scanned pages…"))

        def arrived(outcome) -> None:
            cleaned = [p for p in outcome.pages if p.get("cleaned")]
            first = cleaned[0]["page_index"] if cleaned else view.current
            pages = len(cleaned)
            text = counted(translate("DossierWorkspace",
                                     "Cleaned copy made: “%1” (%n page(s) cleaned), "
                                     "shown on the right beside the original."), pages)
            self.message.emit(text.replace("%1", outcome.document["title"]))
            self.reader.show_second_pane()
            self.controller.reload_documents(
                lambda: self.reader.open_document(outcome.document["id"], first, pane=1))
            view.go_to(first)

        self.controller.clean(view.document_id, arrived)

    # -- export ----------------------------------------------------------------------------
    def ask_export(self) -> None:
        view = self.reader.active
        if view is None:
            return
        dialog = ExportDialog(self.controller.document_title(view.document_id), self.host)
        dialog.accepted.connect(lambda: self.export(view.document_id, dialog.path.text(),
                                                    flatten=dialog.flatten.isChecked(),
                                                    redact=dialog.redact.isChecked()))
        self.dialog = dialog
        dialog.open()

    def export(self, document_id: str, out: str, *, flatten: bool, redact: bool) -> None:
        self.message.emit(translate("DossierWorkspace", "Writing the copy…"))

        def arrived(report) -> None:
            if report.signatures == "kept":
                self.message.emit(translate(
                    "DossierWorkspace", "Copy written to %1: the signed file itself, "
                    "unchanged, so its signatures still verify.").replace("%1", out))
                return
            text = translate(
                "DossierWorkspace", "Copy written to %1: %2 annotation(s) flattened, %3 "
                "number(s) redacted.").replace("%1", out) \
                .replace("%2", str(report.annotations if flatten else 0)) \
                .replace("%3", str(len(report.redactions)))
            if report.signatures == "broken":
                text += "\n" + translate(
                    "DossierWorkspace", "The volume is signed: this copy has annotations or "
                    "redactions written in, so its signatures no longer verify. The signed "
                    "volume in the dossier is unchanged.")
            self.message.emit(text)

        self.controller.export(document_id, out, arrived, flatten=flatten, redact=redact)
