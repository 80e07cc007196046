"""What a person can read on screen, and which of it is in another language than the UI's.

:func:`visible_texts` walks every visible top-level window: window titles, labels, buttons,
tooltips, placeholders, group and tab titles, menus and their actions (also the menus
a button opens), combo box entries, header sections and the items of every table, list
and tree. :func:`foreign_words` then finds what is written in another language, once the
case's own data (names, case numbers, titles, which are Chinese whatever the UI language)
is taken out. :func:`clipped_texts` finds single-line labels and buttons too narrow for
their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
RICH = re.compile(r"<(br|b|a|p|i|span|div|table|font|/)[^>]*>", re.IGNORECASE)
LATIN_WORD = re.compile(r"[0-9]*[A-Za-z][A-Za-z0-9'’]*")
# Latin words a Chinese or Korean UI writes as they are: names of things, units, keys.
LATIN_ALLOWED = {
    "courtdesk", "vosk", "pdf", "ocr", "usb", "ctrl", "shift", "alt", "esc", "del", "enter",
    "space", "pgup", "pgdown", "f", "kb", "mb", "gb", "ms", "hz", "khz", "db", "it", "id",
    "url", "http", "https", "wav", "txt", "docx", "png", "jpg", "jpeg", "tif", "tiff",
    "mp", "flac", "ogg", "sm", "tls", "ca", "qt", "home", "end", "ins", "tab", "backspace",
    "up", "down", "left", "right", "return", "srt", "pc", "5g", "gnu", "dpi", "api",
    "pin", "pkcs",  # a USB key's PIN, the PKCS#12 key file: written so on the key and its box
}
# What is written the same in every language: shortcuts, mnemonics, colours, paths.
NEUTRAL = [
    re.compile(r"\b(Ctrl|Shift|Alt|Meta)\+[^\s,)）·]+"),
    re.compile(r"\bF\d{1,2}\b"),
    re.compile(r"[(（]&?[A-Z0-9][)）]"),  # 文件(&F): the mnemonic of a translated text
    re.compile(r"&(?=\w)"),
    re.compile(r"#[0-9a-fA-F]{6}\b"),
    re.compile(r"\b[0-9a-f]{12,64}(?=…|\b)"),  # a file's SHA-256 (or its start), compared by eye
    re.compile(r"\bcourtdesk doctor\b"),  # court IT's check, named as it is typed
    re.compile(r"(?<![\w.])(/[\w.\-]+)+/?"),
]
# A case number as courts write it: （2024）吉24民初1号, (2026)吉2401民初1234号.
CASE_NUMBER = re.compile(r"[（(]\d{4}[)）][\u4e00-\u9fff]{1,3}\d{0,6}[\u4e00-\u9fff]{1,4}\d+号")
LANGUAGE_SWITCH = ("简体中文", "English", "한국어")  # each language under its own name


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


def plain(text: str) -> str:
    """Rich text as it reads on screen."""
    if RICH.search(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{parent.objectName()}/{name}" if parent is not None else name


def _in_file_dialog(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QFileDialog):
            return True
        parent = parent.parentWidget()
    return False


def _model_texts(model: QAbstractItemModel, where: str, parent: QModelIndex | None = None,
                 depth: int = 0, names_column: int | None = None) -> Iterable[Seen]:
    if model is None or depth > 4:
        return
    parent = parent if parent is not None else QModelIndex()
    rows = model.rowCount(parent)
    # A list model hides columnCount from Python; it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    if depth == 0:
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield Seen(f"{where} header", value)
    for row in range(min(rows, 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            if column == names_column:
                continue  # the names of files and folders: written as they are
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Seen(f"{where} [{row},{column}]", value)
            if column == 0 and not isinstance(model, QAbstractListModel) \
                    and model.rowCount(index) > 0:
                yield from _model_texts(model, where, index, depth + 1, names_column)


def _menu_texts(menu: QMenu, where: str) -> Iterable[Seen]:
    yield Seen(f"{where} menu", menu.title())
    for action in menu.actions():
        if not action.isVisible():
            continue
        yield Seen(f"{where} action", action.text())
        yield Seen(f"{where} action tip", action.toolTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where}>{action.text()}")


def widget_texts(widget: QWidget) -> Iterable[Seen]:
    where = _name(widget)
    if widget.isWindow():
        yield Seen(f"{where} title", widget.windowTitle())
    yield Seen(f"{where} tooltip", widget.toolTip())
    if isinstance(widget, QLabel):
        yield Seen(where, widget.text())
    elif isinstance(widget, QAbstractButton):
        yield Seen(where, widget.text())
        menu = widget.menu() if isinstance(widget, (QPushButton, QToolButton)) else None
        if menu is not None:
            yield from _menu_texts(menu, where)
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            yield Seen(f"{where} action tip", widget.defaultAction().toolTip())
    elif isinstance(widget, QLineEdit):
        yield Seen(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield Seen(f"{where} placeholder", widget.placeholderText())
        yield Seen(where, widget.toPlainText())
    elif isinstance(widget, QComboBox):
        if widget.objectName() == "lookInCombo":
            return  # the folders of a file dialog
        for i in range(widget.count()):
            yield Seen(f"{where} item", widget.itemText(i))
    elif isinstance(widget, QGroupBox):
        yield Seen(f"{where} group", widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield Seen(f"{where} tab", widget.tabText(i))
            yield Seen(f"{where} tab tip", widget.tabToolTip(i))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield Seen(f"{where} tab", widget.tabText(i))
    elif isinstance(widget, QAbstractItemView):
        in_files = _in_file_dialog(widget)
        if in_files and widget.objectName() == "sidebar":
            return  # places: folder names
        yield from _model_texts(widget.model(), where, names_column=0 if in_files else None)
    elif isinstance(widget, QMenu):
        yield from _menu_texts(widget, where)
    for action in widget.actions():
        if action.isVisible() and not isinstance(widget, QMenu):
            yield Seen(f"{where} action", action.text())
            yield Seen(f"{where} action tip", action.toolTip())
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), f"{where}>{action.text()}")


def _in_hidden_details(widget: QWidget) -> bool:
    """The details section of a message box: the English for court IT, by design."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QMessageBox):
            return isinstance(widget, QTextEdit)
        parent = parent.parentWidget()
    return False


def visible_texts() -> list[Seen]:
    seen: list[Seen] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or _in_hidden_details(widget):
                continue
            if isinstance(widget, QMenu) and widget is not top:
                continue  # a menu is read through the action or button that opens it
            for item in widget_texts(widget):
                text = plain(item.text).strip()
                if text:
                    seen.append(Seen(item.where, text))
    return seen


def without_data(text: str, data: list[str]) -> str:
    """``text`` with the case's own data and case numbers taken out."""
    # Paths first, whole: a profile path holds the test's own name (and, under xdist, the
    # worker's), whose pieces would otherwise be cut apart by the data taken out below.
    text = NEUTRAL[-1].sub(" ", text)
    for value in data:  # longest first, so a name inside a title goes with the title
        if value in text:
            text = text.replace(value, " ")
    if text.strip() in LANGUAGE_SWITCH:  # the language menu: each under its own name
        return ""
    text = CASE_NUMBER.sub(" ", text)
    # File names and addresses are written as they are.
    text = re.sub(r"\S+\.(pdf|wav|txt|docx|png|jpe?g|tiff?|ogg|flac|mp3|raw)\b", " ", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"https?://\S+|\b\d+\.\d+\.\d+\.\d+(:\d+)?\b", " ", text)
    for pattern in NEUTRAL:
        text = pattern.sub(" ", text)
    return text


def foreign(text: str, language: str) -> str:
    """The part of ``text`` (already without data) that belongs to another language, or ''."""
    if language == "en":
        found = HAN.findall(text) + HANGUL.findall(text)
        return "".join(found)
    words = [w for w in LATIN_WORD.findall(text) if w.lower().strip("'’") not in LATIN_ALLOWED]
    other = HANGUL if language == "zh_CN" else HAN
    return " ".join(words + other.findall(text))


def foreign_words(seen: list[Seen], language: str, data: list[str]) -> list[str]:
    data = sorted({d for d in data if d and len(d) >= 2}, key=len, reverse=True)
    problems = []
    for item in seen:
        leak = foreign(without_data(item.text, data), language)
        if leak:
            problems.append(f"{item.where}: {item.text!r} -> {leak!r}")
    return sorted(set(problems))


def clipped_texts() -> list[str]:
    """Single-line labels and buttons whose text is wider than the room they have."""
    problems = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or widget.width() <= 1:
                continue
            if isinstance(widget, QLabel):
                rich = widget.textFormat() == Qt.TextFormat.RichText or (
                    widget.textFormat() == Qt.TextFormat.AutoText and RICH.search(widget.text()))
                picture = not widget.pixmap().isNull()
                if widget.wordWrap() or rich or picture:
                    continue  # wrapped text grows downwards; rich text is laid out by Qt
                text = plain(widget.text())
                if widget.buddy() is not None:  # "&Name:" underlines N, draws no "&"
                    text = re.sub(r"&(.)", r"\1", text)
                room = widget.contentsRect().width() - 2 * widget.margin() \
                    - max(widget.indent(), 0)
            elif isinstance(widget, (QPushButton, QToolButton)) and \
                    not isinstance(widget, QTabBar):
                text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                if isinstance(widget, QToolButton) and widget.toolButtonStyle() == \
                        Qt.ToolButtonStyle.ToolButtonIconOnly:
                    continue
                hint = widget.sizeHint().width()
                if text and "\n" not in text and widget.width() < hint - 1:
                    problems.append(f"{_name(widget)}: {text!r} needs {hint}px, has "
                                    f"{widget.width()}px")
                continue
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                text = widget.currentText()
                option = QStyleOptionComboBox()
                widget.initStyleOption(option)
                room = widget.style().subControlRect(
                    QStyle.ComplexControl.CC_ComboBox, option,
                    QStyle.SubControl.SC_ComboBoxEditField, widget).width()
                if not widget.itemIcon(widget.currentIndex()).isNull():
                    room -= widget.iconSize().width() + 4
                if text and text in widget.toolTip():
                    continue  # cut short, with the whole text in its tooltip
            else:
                continue
            if not text or "\n" in text:
                continue
            needed = widget.fontMetrics().horizontalAdvance(text)
            if needed > room + 1:
                problems.append(f"{_name(widget)}: {text!r} needs {needed}px, has {room}px")
    return sorted(set(problems))
