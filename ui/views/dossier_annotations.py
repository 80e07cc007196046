"""Marking the dossier: the mark toolbar, the gestures on a page, the list of annotations.

Highlights, underlines, notes, ink, rectangles and bookmarks are drawn on a page view
(:attr:`PageView.drawn` gives the finished gesture in page coordinates) and stored through
the controller; what the store holds comes back as rows, drawn over the page and listed.
Private annotations are seen by their author alone, shared ones by the case's members.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from courtdesk.dossier.kinds import DEFAULT_COLORS
from courtdesk.dossier.selection import quote_of

from ..dossier_controller import DossierController
from ..icons import action_icon
from .dossier_panels import ID_ROLE, PAGE_ROLE, text_prompt
from .dossier_reader import DossierReader, make_action
from .page_view import TOOLS, PageView

translate = QCoreApplication.translate

QUOTE_CHARS = 60  # of a highlight's text shown in the list (all of it in the tooltip)
COLORS = ("#ffd400", "#f5a623", "#d7261e", "#2a9d8f", "#1f6fe5", "#8e44ad")


def elide(text: str, length: int) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length - 1] + "…"


def kind_label(kind: str) -> str:
    names = {
        "highlight": translate("DossierWorkspace", "Highlight"),
        "underline": translate("DossierWorkspace", "Underline"),
        "note": translate("DossierWorkspace", "Note"),
        "ink": translate("DossierWorkspace", "Ink"),
        "rect": translate("DossierWorkspace", "Rectangle"),
        "bookmark": translate("DossierWorkspace", "Bookmark"),
    }
    return names.get(kind, kind)


class AnnotationList(QListWidget):
    """This document's annotations that the user may see, in page order."""

    chosen = Signal(str, int)  # annotation id, page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierAnnotations")
        self.setWordWrap(True)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(ID_ROLE), item.data(PAGE_ROLE))

    def set_rows(self, rows: list[dict], user_id: str) -> None:
        current = self.selected_id()
        self.clear()
        for row in rows:
            whose = translate("DossierWorkspace", "mine") if row["author"] == user_id \
                else row.get("author_name") or row["author"]
            shared = translate("DossierWorkspace", "shared") if row["visibility"] == "shared" \
                else translate("DossierWorkspace", "private")
            head = translate("DossierWorkspace", "p. %1 · %2 · %3, %4").replace(
                "%1", str(row["page_index"] + 1)).replace("%2", kind_label(row["kind"])) \
                .replace("%3", whose).replace("%4", shared)
            quote = quote_of(row.get("geometry_data") or {})
            lines = [head]
            if quote:
                lines.append(f"“{elide(quote, QUOTE_CHARS)}”")
            if row.get("text"):
                lines.append(row["text"])
            item = QListWidgetItem("\n".join(lines))
            if quote:
                item.setToolTip(f"“{quote}”" + (f"\n\n{row['text']}" if row.get("text")
                                                 else ""))
            item.setData(ID_ROLE, row["id"])
            item.setData(PAGE_ROLE, row["page_index"])
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(row.get("color") or "#999999"))
            item.setIcon(QIcon(swatch))
            self.addItem(item)
            if row["id"] == current:
                self.setCurrentItem(item)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def selected_id(self) -> str:
        item = self.currentItem()
        return item.data(ID_ROLE) if item else ""

    def select_id(self, annotation_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == annotation_id:
                self.setCurrentRow(row)
                return


class AnnotationTools(QObject):
    """The mark toolbar and the annotation list, for the volumes open in the reader."""

    def __init__(self, controller: DossierController, reader: DossierReader,
                 host: QWidget) -> None:
        super().__init__(host)
        self.controller, self.reader, self.host = controller, reader, host
        self.user_id = controller.session.user.id
        self.color = ""
        self.dialog: QInputDialog | None = None
        self.annotation_list = AnnotationList()
        self.annotation_list.chosen.connect(self._annotation_chosen)
        self.mark_bar = QToolBar()
        self.mark_bar.setObjectName("dossierMarkBar")
        self.mark_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mark_bar.setIconSize(QSize(18, 18))

        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.tool_actions = {}
        for tool in TOOLS:
            action = make_action(host, lambda checked, t=tool: self._tool_triggered(t, checked),
                                 checkable=True, name=f"tool-{tool}")
            self.tool_group.addAction(action)
            self.tool_actions[tool] = action
        self.box_action = make_action(host, self._set_box_select, checkable=True,
                                      name="boxSelect")
        self.bookmark_action = make_action(host, self.bookmark_page, name="bookmark",
                                           shortcut=QKeySequence("Ctrl+B"))
        self.color_button = QToolButton()
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.color_menu = QMenu(self.color_button)
        for color in ("", *COLORS):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(color or "#ffffff"))
            item = self.color_menu.addAction(QIcon(swatch), color or "")
            item.triggered.connect(lambda _c=False, c=color: self._set_color(c))
        self.color_button.setMenu(self.color_menu)
        self.shared_action = make_action(host, lambda *_: None, checkable=True, name="shared")
        self.undo_action = make_action(host, self.undo, name="undo",
                                       shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = make_action(host, self.redo, name="redo",
                                       shortcut=QKeySequence.StandardKey.Redo)
        self.delete_action = make_action(host, self.delete_selected, name="delete",
                                         shortcut=QKeySequence.StandardKey.Delete)
        for tool, action in self.tool_actions.items():
            action.setIcon(action_icon(tool))
        for action, icon in ((self.box_action, "box-select"), (self.bookmark_action, "bookmark"),
                             (self.shared_action, "shared"), (self.undo_action, "undo"),
                             (self.redo_action, "redo"), (self.delete_action, "delete")):
            action.setIcon(action_icon(icon))
        bar = self.mark_bar
        self.mark_label = QLabel()
        bar.addWidget(self.mark_label)
        for action in self.tool_actions.values():
            bar.addAction(action)
        bar.addAction(self.box_action)
        bar.addAction(self.bookmark_action)
        bar.addWidget(self.color_button)
        bar.addAction(self.shared_action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addAction(self.delete_action)
        controller.annotations_changed.connect(self._rows_arrived)
        controller.history_changed.connect(self.update_actions)
        self._set_color("")  # the swatch of the default colour, beside the button's text

    def retranslate(self) -> None:
        self.mark_label.setText(translate("DossierWorkspace", "Mark:") + " ")
        for tool, action in self.tool_actions.items():
            action.setText(kind_label(tool))
        self.tool_actions["highlight"].setToolTip(translate(
            "DossierWorkspace", "Highlight the selected text, or the text you drag over next"))
        self.tool_actions["underline"].setToolTip(translate(
            "DossierWorkspace", "Underline the selected text, or the text you drag over next"))
        self.box_action.setText(translate("DossierWorkspace", "Box select"))
        self.box_action.setToolTip(translate(
            "DossierWorkspace", "Drag a box to take the text inside it instead of selecting "
            "along the lines (or hold Alt while dragging)"))
        self.bookmark_action.setText(translate("DossierWorkspace", "Bookmark"))
        self.bookmark_action.setToolTip(translate("DossierWorkspace",
                                                  "Bookmark this page (Ctrl+B)"))
        self.color_button.setText(translate("DossierWorkspace", "Colour"))
        self.color_menu.actions()[0].setText(translate("DossierWorkspace", "Default colour"))
        self.shared_action.setText(translate("DossierWorkspace", "Shared"))
        self.shared_action.setToolTip(translate(
            "DossierWorkspace", "New annotations are shared with the case's members; "
            "off: only you see them"))
        self.undo_action.setText(translate("DossierWorkspace", "Undo"))
        self.redo_action.setText(translate("DossierWorkspace", "Redo"))
        self.delete_action.setText(translate("DossierWorkspace", "Delete"))

    def update_actions(self) -> None:
        has_view = self.reader.active is not None
        for action in (self.bookmark_action, self.box_action, *self.tool_actions.values()):
            action.setEnabled(has_view)
        self.undo_action.setEnabled(self.controller.can_undo)
        self.redo_action.setEnabled(self.controller.can_redo)

    # -- tools -----------------------------------------------------------------------------
    def current_tool(self) -> str:
        checked = self.tool_group.checkedAction()
        return next((t for t, a in self.tool_actions.items() if a is checked), "")

    def _tool_triggered(self, tool: str, checked: bool) -> None:
        view = self.reader.active
        if checked and tool in ("highlight", "underline") and view is not None \
                and view.selection is not None:
            # Text is selected: mark it, as a reader's highlight button does; the tool
            # stays off so the next drag selects again.
            self.tool_actions[tool].setChecked(False)
            view.use_selection(tool)
            return
        self._set_tool(tool if checked else "")

    def _set_tool(self, tool: str) -> None:
        for view in self.reader.views:
            view.set_tool(tool, self.color)

    def _set_box_select(self, on: bool) -> None:
        for view in self.reader.views:
            view.set_box_select(on)

    def _set_color(self, color: str) -> None:
        self.color = color
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(color or DEFAULT_COLORS["highlight"]))
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._set_tool(self.current_tool())

    # -- a volume in the reader ------------------------------------------------------------
    def attach(self, view: PageView) -> None:
        """A volume just opened: its gestures become annotations; show what is known."""
        view.drawn.connect(lambda gesture, v=view: self._drawn(v, gesture))
        view.annotation_clicked.connect(self.annotation_list.select_id)
        view.set_box_select(self.box_action.isChecked())
        # What is known now at once (the same volume in the other pane), then fresh.
        view.set_annotations(self.controller.annotation_rows.get(view.document_id, []))
        self.controller.load_annotations(view.document_id)

    def activated(self, view: PageView | None) -> None:
        if view is None:
            self.annotation_list.set_rows([], self.user_id)
            return
        view.set_tool(self.current_tool(), self.color)
        view.set_box_select(self.box_action.isChecked())
        self.annotation_list.set_rows(self.controller.annotation_rows.get(view.document_id, []),
                                      self.user_id)

    def _rows_arrived(self, document_id: str, rows: list[dict]) -> None:
        for view in self.reader.views_of(document_id):
            view.set_annotations(rows)
        active = self.reader.active
        if active is not None and active.document_id == document_id:
            self.annotation_list.set_rows(rows, self.user_id)

    def _drawn(self, view: PageView, gesture: dict) -> None:
        if gesture.get("comment"):
            quote = quote_of(gesture["geometry"])
            self.dialog = text_prompt(
                self.host, translate("DossierWorkspace", "Comment"),
                translate("DossierWorkspace", "Comment on “%1” (page %2):")
                .replace("%1", elide(quote, 40)).replace("%2", str(gesture["page"] + 1)),
                lambda text: self.add_annotation(view.document_id, gesture["page"],
                                                 "highlight", geometry=gesture["geometry"],
                                                 text=text))
            return
        if gesture["kind"] == "note":
            self.dialog = text_prompt(
                self.host, translate("DossierWorkspace", "Note"),
                translate("DossierWorkspace", "Note on page %1:")
                .replace("%1", str(gesture["page"] + 1)),
                lambda text: self.add_annotation(view.document_id, gesture["page"], "note",
                                                 geometry=gesture["geometry"], text=text))
            return
        self.add_annotation(view.document_id, gesture["page"], gesture["kind"],
                            geometry=gesture.get("geometry"), select=gesture.get("select"))

    def add_annotation(self, document_id: str, page: int, kind: str, *,
                       geometry: dict | None = None, select: tuple | None = None,
                       text_query: str | None = None, text: str = "") -> None:
        self.controller.annotate(document_id, page, kind, geometry=geometry, select=select,
                                 text_query=text_query, text=text, color=self.color or None,
                                 private=not self.shared_action.isChecked())

    def bookmark_page(self) -> None:
        view = self.reader.active
        if view is not None:
            self.add_annotation(view.document_id, view.current, "bookmark")

    def _annotation_chosen(self, annotation_id: str, page: int) -> None:
        view = self.reader.active
        if view is None:
            return
        view.selected_annotation = annotation_id
        view.go_to(page)

    def delete_selected(self) -> None:
        annotation_id = self.annotation_list.selected_id()
        view = self.reader.active
        if annotation_id and view is not None:
            self.controller.delete_annotation(view.document_id, annotation_id)

    def undo(self) -> None:
        self.controller.undo(self.reader.open_documents())

    def redo(self) -> None:
        self.controller.redo(self.reader.open_documents())
