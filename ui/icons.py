"""The style's standard icons, each loaded once per run.

Loading one decodes the style's images at several sizes; the main window's are loaded
while the login is checked (StartupFlow), so building the window does not wait for them.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle


@functools.cache
def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
