"""The Sync workspace's two lists: the conflict inbox beside the two versions, and the log.

Both only draw what :class:`courtdesk.app.sync_book.SyncBook` read (records placed by case,
hearing and name, who made each change) in the person's words (``ui/sync_wording.py``);
resolving a conflict goes back to the workspace as a signal. Their texts keep the
"SyncWorkspace" translation context: they are that workspace's words.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..messages import ShownError, describe_event
from ..sync_controller import log_line
from ..sync_wording import (
    conflict_reason,
    fields_text,
    local_time,
    place_text,
    resolution_text,
    version_rows,
)

translate = QCoreApplication.translate


def _table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


class ConflictPanel(QWidget):
    """The open conflicts, the selected one's two versions in words, and the two ways out."""

    resolve_requested = Signal(str)  # "server" or "mine"
    details_requested = Signal(object)  # the ShownError whose English court IT reads

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[dict] = []
        self.title = QLabel()
        self.table = _table(5, "syncInbox")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.compare = QTextBrowser()
        self.compare.setObjectName("syncCompare")
        self.compare.setOpenLinks(False)
        self.compare.anchorClicked.connect(
            lambda _url: self.details_requested.emit(self.selected_error()))
        self.keep_server, self.keep_mine = QPushButton(), QPushButton()
        self.keep_server.setObjectName("keepServer")
        self.keep_mine.setObjectName("keepMine")
        self.keep_server.clicked.connect(lambda: self.resolve_requested.emit("server"))
        self.keep_mine.clicked.connect(lambda: self.resolve_requested.emit("mine"))
        self.hint = QLabel()
        self.hint.setObjectName("syncResolveHint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_server)
        buttons.addWidget(self.keep_mine)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.table, 2)
        column.addWidget(self.compare, 1)
        column.addWidget(self.hint)
        column.addLayout(buttons)

    def retranslate(self) -> None:
        self.title.setText(translate("SyncWorkspace", "Conflicts: the court's version and yours"))
        self.table.setHorizontalHeaderLabels([
            translate("SyncWorkspace", "No."), translate("SyncWorkspace", "Why"),
            translate("SyncWorkspace", "Record"), translate("SyncWorkspace", "What differs"),
            translate("SyncWorkspace", "Changed by")])
        self.keep_server.setText(translate("SyncWorkspace", "Take the court's version"))
        self.keep_server.setToolTip(translate(
            "SyncWorkspace",
            "Your change is dropped; the court's version, already shown on this PC, stays."))
        self.keep_mine.setText(translate("SyncWorkspace", "Keep mine (send it again)"))
        self.keep_mine.setToolTip(translate(
            "SyncWorkspace",
            "Only the fields you changed are sent again, on top of the court's version: the "
            "court's other changes stay (the two are merged)."))
        self.show_entries(self.entries)

    def show_entries(self, entries: list[dict]) -> None:
        selected = self.selected_entry()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, item in enumerate(entries):
            entry = item["entry"]
            values = (str(entry.id), conflict_reason(entry.kind, entry.code),
                      place_text(item["place"]),
                      fields_text(entry.changed_fields) or self._whole_record(item),
                      item["by"])
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
            if selected is not None and entry.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.show_selected()

    @staticmethod
    def _whole_record(item: dict) -> str:
        if item["entry"].op == "delete":
            return translate("SyncWorkspace", "Deleted here")
        if item["court_deleted"]:
            return translate("SyncWorkspace", "Deleted by the court")
        return translate("SyncWorkspace", "The whole record")

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) \
            else None

    def selected_entry(self):
        item = self._selected()
        return item["entry"] if item else None

    def selected_error(self) -> ShownError | None:
        """Why the server did not take the selected change, with its English reason."""
        entry = self.selected_entry()
        if entry is None:
            return None
        code = entry.code or ("server_refused" if entry.kind == "rejected" else "conflict")
        return describe_event({"code": code, "message": entry.reason})

    def show_selected(self) -> None:
        item = self._selected()
        entry = item["entry"] if item else None
        self.keep_server.setEnabled(entry is not None)
        self.keep_mine.setEnabled(entry is not None and entry.kind != "rejected")
        self.hint.setText("")
        if entry is None:
            self.compare.setHtml(html.escape(translate(
                "SyncWorkspace", "Choose a conflict to compare the two versions.")))
            return
        rows = "".join(
            f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(theirs)}</td>"
            f"<td>{html.escape(mine)}</td></tr>"
            for label, theirs, mine in version_rows(entry, item["names"],
                                                    court_deleted=item["court_deleted"]))
        court = html.escape(translate("SyncWorkspace", "The court's version"))
        mine = html.escape(translate("SyncWorkspace", "Yours") if not item["by"] else
                           translate("SyncWorkspace", "Yours (%1)").replace("%1", item["by"]))
        where = html.escape(place_text(item["place"]))
        made = html.escape(translate("SyncWorkspace", "Your change of %1").replace(
            "%1", local_time(entry.created_at, seconds=False)))
        self.compare.setHtml(
            f"<p><b>{where}</b><br>{made}</p><p>{self.selected_error().as_html()}</p>"
            f"<table border='1' cellpadding='4' cellspacing='0'><tr><th></th><th>{court}</th>"
            f"<th>{mine}</th></tr>{rows}</table>")
        differs = fields_text(entry.changed_fields)
        if entry.kind != "rejected" and differs:
            self.hint.setText(translate(
                "SyncWorkspace", "Keeping yours sends again only what you changed (%1); the "
                "court's other changes stay.").replace("%1", differs))


class SyncLogTable(QTableWidget):
    """What synced: time (this PC's clock), event, what changed, by whom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("syncLog")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.lines: list[dict] = []
        header = self.horizontalHeader()
        # The time and the names take the width they need; what changed takes the rest,
        # on as many lines as it needs.
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([translate("SyncWorkspace", "Time"),
                                        translate("SyncWorkspace", "Event"),
                                        translate("SyncWorkspace", "What changed"),
                                        translate("SyncWorkspace", "By")])
        self.show_lines(self.lines)

    def show_lines(self, lines: list[dict]) -> None:
        self.lines = lines
        self.setRowCount(len(lines))
        court = translate("SyncWorkspace", "The court's server")
        for row, line in enumerate(lines):
            # What came from the server carries no author: it is the court's.
            by = line["by"] or (court if line["kind"] in ("pull", "download") else "")
            values = (local_time(line["at"]), *self.words(line), by)
            raw = json.dumps(line["detail"], ensure_ascii=False)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                # The raw entry (English names of fields) is kept for court IT's tools, not
                # shown: a judge reads the line in their own language.
                item.setData(Qt.ItemDataRole.UserRole, f"{line['kind']}: {raw}")
                self.setItem(row, column, item)

    @staticmethod
    def words(line: dict) -> tuple[str, str]:
        """(event, what changed) of a log line, in the person's language."""
        if line["kind"] != "change":
            event, what = log_line(line)
            if line["place"]:
                what = " — ".join(filter(None, (place_text(line["place"], line["fields"]),
                                                what)))
            return event, what
        events = {"done": translate("SyncWorkspace", "Sent to the court"),
                  "pending": translate("SyncWorkspace", "Waiting to send"),
                  "inflight": translate("SyncWorkspace", "Being sent"),
                  "conflict": translate("SyncWorkspace", "Conflict"),
                  "rejected": translate("SyncWorkspace", "Refused by the server")}
        what = place_text(line["place"], line["fields"], line["count"])
        if line["op"] == "delete":
            what += " · " + translate("SyncWorkspace", "deleted")
        if line.get("inbox_kind"):
            why = conflict_reason(line["inbox_kind"], line["code"])
            what += " — " + (resolution_text(line["resolution"]) or why)
        return events.get(line["state"], line["state"]), what
