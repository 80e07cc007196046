"""Qt's own texts that Qt's translations leave in English, and ones Qt does not retranslate.

PySide6's ``qtbase_zh_CN.qm`` and ``qtbase_ko.qm`` lag behind Qt's sources: Qt 6 renamed
a few file dialog texts ("Look in:" became "&Look in:") and moved the file types to
``QAbstractFileIconProvider``, so a Chinese file dialog said "Look in:" and "Files of
type:". These source texts are listed here under Qt's own contexts, so lupdate puts them
into courtdesk's .ts files; courtdesk's translator is installed after Qt's and is asked
first, so its translation wins.

A tab's close button takes its tooltip once, when the tab is made; :func:`retranslate_qt_widgets`
sets it again after a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QTabBar

# Read by lupdate only: the texts are looked up by Qt itself, under these contexts.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)


def retranslate_qt_widgets() -> None:
    """Texts Qt's widgets set once and never again: the close buttons of tabs."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    close_tab = QCoreApplication.translate("CloseButton", "Close Tab")
    for widget in app.allWidgets():
        if not isinstance(widget, QTabBar) or not widget.tabsClosable():
            continue
        for index in range(widget.count()):
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                button = widget.tabButton(index, side)
                if button is not None:
                    button.setToolTip(close_tab)
