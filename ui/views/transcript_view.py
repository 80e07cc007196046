"""The live transcript: time, speaker and text of each segment, editable while recording.

Rows are plain dicts (:func:`transcript_row`) from the store or from the session's events.
Words the recognizer was unsure of are tinted; case-vocabulary corrections are underlined
with the recognizer's original in the tooltip and can be rejected from the context menu.
The model never writes: an edit is a request (:attr:`TranscriptModel.edit_requested`) that
the workspace sends to the store queue, and the stored row then replaces the shown one.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from courtdesk.app.config import SPEAKER_ROLES

from ..labels import format_clock, speaker_role_label
from ..law_links import LawLinks, article_heading, link_at, link_tooltip
from .segment_text import open_corrections, segment_html, segment_tooltip

translate = QCoreApplication.translate

TIME, SPEAKER, TEXT = range(3)


class TranscriptModel(QAbstractTableModel):
    edit_requested = Signal(str, dict)  # segment id, {"text": ...} or {"role": ...}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self._keys: list[tuple[int, int]] = []
        self.editable = False

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (r["start_ms"], r["channel"]))
        self._keys = [(r["start_ms"], r["channel"]) for r in self.rows]
        self.endResetModel()

    def upsert(self, row: dict) -> int:
        """Insert a new segment in time order, or replace the shown one; returns its row."""
        number = self.row_of(row["id"])
        if number >= 0:
            old, self.rows[number] = self.rows[number], row
            # Only the cells that changed: Qt re-fills an open editor from every changed
            # cell, and the clerk may be typing in this very row.
            changed = [TIME] if old["start_ms"] != row["start_ms"] else []
            if old["speaker_role"] != row["speaker_role"]:
                changed.append(SPEAKER)
            if any(old.get(k) != row.get(k) for k in ("text", "words", "corrections", "edited",
                                                      "status")):
                changed.append(TEXT)
            for column in changed:
                self.dataChanged.emit(self.index(number, column), self.index(number, column))
            return number
        key = (row["start_ms"], row["channel"])
        number = bisect.bisect_right(self._keys, key)
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.insert(number, row)
        self._keys.insert(number, key)
        self.endInsertRows()
        return number

    def remove(self, segment_id: str) -> None:
        """Take a segment off the screen (deleted, or replaced by a split or merge)."""
        number = self.row_of(segment_id)
        if number >= 0:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self.rows[number]
            del self._keys[number]
            self.endRemoveRows()

    def row_of(self, segment_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r["id"] == segment_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TEXT)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, TEXT))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("Transcript", "Time"), translate("Transcript", "Speaker"),
                translate("Transcript", "Text"))[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() in (SPEAKER, TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_clock(row["start_ms"]), speaker_role_label(row["speaker_role"]),
                    row["text"])[column]
        if role == Qt.ItemDataRole.EditRole:
            return (None, row["speaker_role"], row["text"])[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                return translate("Transcript", "Click to play this passage")
            return segment_tooltip(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == TEXT and str(value).strip() and value != row["text"]:
            self.edit_requested.emit(row["id"], {"text": str(value)})
        elif index.column() == SPEAKER and value and value != row["speaker_role"]:
            self.edit_requested.emit(row["id"], {"role": str(value)})
        return False  # shown once stored: the store's row replaces this one


class TranscriptDelegate(QStyledItemDelegate):
    """Draws the text column as rich text (unsure words, corrections); edits in place."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, str, int], int] = {}
        self.law_links: LawLinks | None = None  # article references, once the library is open

    def links(self, row: dict) -> list:
        """The article references in the row's text (a not-spoken row links nothing)."""
        if self.law_links is None or row.get("status") == "not_spoken":
            return []
        return self.law_links.links(row["text"])

    def _document(self, row: dict, width: int, font) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(6)
        spans = [(r.reference.start, r.reference.end, r.resolved) for r in self.links(row)]
        document.setHtml(segment_html(row, spans))
        document.setTextWidth(max(width, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() != TEXT:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(index.data(Qt.ItemDataRole.UserRole), option.rect.width(),
                                  option.font)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def height_for(self, row: dict, width: int, font) -> int:
        """The row's height for a text column ``width`` wide (laid out once, then cached)."""
        key = (row["id"], row["text"], row["edited"], row.get("status", ""), width)
        if key not in self._heights:
            if len(self._heights) > 20_000:
                self._heights.clear()
            document = self._document(row, width, font)
            self._heights[key] = max(int(document.size().height()) + 2, 30)
        return self._heights[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.column() != TEXT:  # one line; the text column decides the row's height
            return QSize(0, 30)
        view = option.widget
        width = view.columnWidth(TEXT) if isinstance(view, QTableView) else option.rect.width()
        return QSize(width, self.height_for(index.data(Qt.ItemDataRole.UserRole), width,
                                            option.font))

    def helpEvent(self, event: QHelpEvent, view, option: QStyleOptionViewItem,
                  index: QModelIndex) -> bool:
        """Hovering an article reference shows the article; elsewhere the segment's tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(view, TranscriptView):
            reference = view.link_under(index, event.pos())
            if reference is not None:
                QToolTip.showText(event.globalPos(), link_tooltip(reference), view.viewport(),
                                  view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        if index.column() == SPEAKER:
            combo = QComboBox(parent)
            roles = list(SPEAKER_ROLES)
            current = index.data(Qt.ItemDataRole.EditRole)
            if current and current not in roles:
                roles.append(current)
            for role in roles:
                combo.addItem(speaker_role_label(role), role)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("segmentEditor")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class TranscriptView(QTableView):
    play_requested = Signal(dict)
    undo_requested = Signal(dict)
    reject_requested = Signal(dict, int)  # row, index of the correction
    # "delete", "not_spoken", "split" or "merge"; the row; where to split in its text (-1:
    # not known; the clerk puts the cursor there with F2)
    step_requested = Signal(str, dict, int)
    article_opened = Signal(object)  # a laws Resolution: an article reference was clicked
    cite_requested = Signal(str)  # an article's citation, to put into the note

    def __init__(self, model: TranscriptModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setModel(model)
        self.delegate = TranscriptDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        # Row heights are set per row as segments arrive: ResizeToContents would measure
        # every row of a three-hour hearing again for each new one.
        self.verticalHeader().setDefaultSectionSize(30)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(lambda: self.fit_rows(0, model.rowCount() - 1))
        model.rowsInserted.connect(lambda _parent, first, last: self.fit_rows(first, last))
        model.modelReset.connect(self._fit_timer.start)
        model.dataChanged.connect(self._data_changed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Time and speaker have known widths; measuring every row as it arrives would
        # cost more with each segment of a long hearing.
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(
            lambda column, _old, _new: column == TEXT and self._fit_timer.start())
        self.fit_columns()
        self.setStyleSheet(
            "QTableView#transcript { border: 1px solid #d5dbe3; background: #ffffff; }"
            "QTableView#transcript::item { padding: 4px 6px; border-bottom: 1px solid #eef1f5; }"
            "QTableView#transcript::item:selected { background: #dbe8f8; color: #0b1f33; }")
        self.clicked.connect(self._clicked)
        self._press_at = None  # where the last click began (a link opens where it was pressed)
        self.setMouseTracking(True)  # the pointing hand over an article reference
        self.menu_cursor: tuple[str, int] | None = None  # (segment id, character) right-clicked
        self.segment_actions: dict[str, QAction] = {}  # the workspace's, for their shortcuts

    def set_segment_actions(self, actions: dict[str, QAction]) -> None:
        """The workspace's whole-segment actions: their keys work while this has the focus."""
        self.segment_actions = actions
        for action in actions.values():
            self.addAction(action)

    def split_cursor(self) -> int:
        """Where in the current segment's text to split: the open editor's cursor, else the
        spot right-clicked in this segment; -1 when neither."""
        row = self.current_row()
        editor = self.findChild(QLineEdit, "segmentEditor")
        if row is not None and editor is not None and editor.isVisible():
            return editor.cursorPosition() if editor.text() == row["text"] else -2
        if row is not None and self.menu_cursor and self.menu_cursor[0] == row["id"]:
            return self.menu_cursor[1]
        return -1

    def character_at(self, index: QModelIndex, pos) -> int:
        """The character of the text cell under ``pos`` (a viewport point)."""
        if index.column() != TEXT:
            return -1
        rect = self.visualRect(index)
        document = self.delegate._document(index.data(Qt.ItemDataRole.UserRole), rect.width(),
                                           self.font())
        hit = document.documentLayout().hitTest(pos - rect.topLeft(),
                                                Qt.HitTestAccuracy.FuzzyHit)
        return min(hit, len(index.data(Qt.ItemDataRole.UserRole)["text"])) if hit >= 0 else -1

    def set_law_links(self, law_links: LawLinks) -> None:
        """Article references in the text link themselves once the library is open."""
        self.delegate.law_links = law_links
        law_links.ready.connect(self._links_ready)

    def _links_ready(self) -> None:
        self.viewport().update()
        self._fit_timer.start()

    def link_under(self, index: QModelIndex, pos):
        """The article reference (resolved or not) under ``pos`` in the text cell, if any."""
        if not index.isValid() or index.column() != TEXT:
            return None
        row = index.data(Qt.ItemDataRole.UserRole)
        references = self.delegate.links(row)
        return link_at(references, self.character_at(index, pos)) if references else None

    def mousePressEvent(self, event) -> None:
        self._press_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self.delegate.law_links is not None and not event.buttons():
            pos = event.position().toPoint()
            reference = self.link_under(self.indexAt(pos), pos)
            if reference is not None and reference.resolved:
                self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.viewport().unsetCursor()

    def fit_columns(self) -> None:
        metrics, model = self.fontMetrics(), self.model()
        padding = 28
        time = max(metrics.horizontalAdvance("00:00:00"),
                   metrics.horizontalAdvance(model.headerData(TIME, Qt.Orientation.Horizontal)))
        speaker = max([metrics.horizontalAdvance(speaker_role_label(r))
                       for r in (*SPEAKER_ROLES, "")]
                      + [metrics.horizontalAdvance(model.headerData(SPEAKER,
                                                                    Qt.Orientation.Horizontal))])
        self.horizontalHeader().resizeSection(TIME, time + padding)
        self.horizontalHeader().resizeSection(SPEAKER, speaker + padding)

    def fit_rows(self, first: int, last: int) -> None:
        model, width, font = self.model(), self.columnWidth(TEXT), self.font()
        for number in range(max(first, 0), min(last, model.rowCount() - 1) + 1):
            height = self.delegate.height_for(model.rows[number], width, font)
            if self.rowHeight(number) != height:
                self.setRowHeight(number, height)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                      _roles=None) -> None:
        if bottom_right.column() >= TEXT:
            self.fit_rows(top_left.row(), bottom_right.row())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_columns()

    def current_row(self) -> dict | None:
        index = self.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def edit_text(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(index.siblingAtColumn(TEXT))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == TIME:
            self.play_requested.emit(index.data(Qt.ItemDataRole.UserRole))
        elif self._press_at is not None:
            reference = self.link_under(index, self._press_at)
            if reference is not None and reference.resolved:
                self.article_opened.emit(reference)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        row = index.data(Qt.ItemDataRole.UserRole)
        self.menu_cursor = (row["id"], self.character_at(index, event.pos()))
        self.context_menu(row).exec(event.globalPos())

    def context_menu(self, row: dict) -> QMenu:
        """The actions on one segment (built per click, so corrections are current)."""
        menu = QMenu(self)
        menu.setObjectName("segmentMenu")
        play = menu.addAction(translate("Transcript", "Play this passage"))
        play.triggered.connect(lambda: self.play_requested.emit(row))
        editable = bool(self.model().editable)
        edit = menu.addAction(translate("Transcript", "Edit text"))
        edit.setShortcut("F2")
        edit.triggered.connect(self.edit_text)
        speakers = menu.addMenu(translate("Transcript", "Speaker"))
        for role in SPEAKER_ROLES:
            action = QAction(speaker_role_label(role), speakers, checkable=True)
            action.setChecked(role == row["speaker_role"])
            action.triggered.connect(lambda _c=False, r=role: self.model().edit_requested.emit(
                row["id"], {"role": r}))
            speakers.addAction(action)
        undo = menu.addAction(translate("Transcript", "Undo last change"))
        undo.setShortcut("Ctrl+Z")
        undo.triggered.connect(lambda: self.undo_requested.emit(row))
        changes = [edit, speakers.menuAction(), undo]
        menu.addSeparator()
        cursor = self.menu_cursor[1] if self.menu_cursor and self.menu_cursor[0] == row["id"] \
            else -1
        not_spoken = row.get("status") == "not_spoken"
        for name, text, at in (
                ("split", translate("Transcript", "Split here"), cursor),
                ("merge", translate("Transcript", "Merge with the next segment"), -1),
                ("not_spoken", translate("Transcript", "Spoken after all (back into the "
                                                        "record)") if not_spoken else
                 translate("Transcript", "Not spoken (leave out of the record)"), -1),
                ("delete", translate("Transcript", "Delete segment"), -1)):
            action = menu.addAction(text)
            action.setObjectName(f"segment_{name}")
            if name in self.segment_actions:
                action.setShortcut(self.segment_actions[name].shortcut())
            action.triggered.connect(lambda _c=False, n=name, a=at: self.step_requested.emit(
                n, row, a))
            changes.append(action)
        at = self.menu_cursor[1] if self.menu_cursor and self.menu_cursor[0] == row["id"] \
            else -1
        reference = link_at(self.delegate.links(row), at)
        if reference is not None and reference.resolved:
            menu.addSeparator()
            heading = article_heading(reference)
            show = menu.addAction(translate("Transcript", "Show %1").replace("%1", heading))
            show.setObjectName("openArticle")
            show.triggered.connect(lambda: self.article_opened.emit(reference))
            cite = menu.addAction(translate("Transcript", "Cite into the note"))
            cite.setObjectName("citeArticle")
            cite.triggered.connect(lambda: self.cite_requested.emit(heading))
        fixes = open_corrections(row)
        if fixes:
            menu.addSeparator()
        for number, correction in fixes:
            action = menu.addAction(translate("Transcript", "Reject correction: %1 → %2")
                                    .replace("%1", correction["original"])
                                    .replace("%2", correction["replacement"]))
            action.setObjectName(f"rejectCorrection{number}")
            action.triggered.connect(lambda _c=False, n=number: self.reject_requested.emit(row,
                                                                                          n))
            changes.append(action)
        for action in changes:
            action.setEnabled(editable)
        return menu
