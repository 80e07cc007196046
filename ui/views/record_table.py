"""A read-only table model over plain dict rows, with the "not synced" mark.

Rows come from the core as dicts (each may carry ``unsynced: bool``). Column headers and
cell texts are functions evaluated at paint time, so a language switch only needs the
views repainted (:meth:`RecordTableModel.retranslate`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..labels import sync_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Amber for "waiting to sync": noticeable in a courtroom without reading as an error.
_UNSYNCED_TEXT = QColor("#a15c00")
_UNSYNCED_ROW = QColor("#fff6e0")
_SYNCED_TEXT = QColor("#5f6b7a")


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    value: Callable[[dict], str] = lambda row: ""
    is_sync: bool = False  # this column shows the synced / not synced mark
    stretch: bool = False


def sync_column() -> Column:
    return Column(lambda: QCoreApplication.translate("RecordTable", "Sync"), is_sync=True)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> dict:
        return self.rows[index]

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.get("id") == record_id:
                return number
        return -1

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        kept_here = bool(row.get("kept_here"))
        unsynced = bool(row.get("unsynced")) and not kept_here  # only what waits is marked
        if role == Qt.ItemDataRole.DisplayRole:
            return sync_label(unsynced, kept_here) if column.is_sync else column.value(row)
        if role == ID_ROLE:
            return row.get("id")
        if role == Qt.ItemDataRole.BackgroundRole and unsynced:
            return QBrush(_UNSYNCED_ROW)
        if column.is_sync:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_UNSYNCED_TEXT if unsynced else _SYNCED_TEXT)
            if role == Qt.ItemDataRole.FontRole and unsynced:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if kept_here:
                    return QCoreApplication.translate(
                        "RecordTable", "Demo data: kept on this PC only, never sent to the "
                                       "court's case system.")
                if unsynced:
                    return QCoreApplication.translate(
                        "RecordTable", "Saved on this computer; waiting to be sent to the "
                                       "court's case system.")
                return QCoreApplication.translate(
                    "RecordTable", "The court's case system has this version.")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.value(row)
            return text if len(text) > 24 else None
        return None


def make_table_view(model: RecordTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)  # the unsynced tint must stay readable
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for number, column in enumerate(model.columns):
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
    return view
