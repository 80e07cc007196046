"""Makes the Qt binding's calls a live hearing makes all the time, CALLS times each, and
prints (JSON) how the reference counts of None and True moved meanwhile.

    python qt_refcount_probe.py CALLS [--guard]

PySide6 6.12.0's limited-API build drops a reference to None on every call that returns
nothing and to True on every signal emit (ui/qt_runtime.py). On Python 3.11 the counts
then fall by about one per call until the process aborts ("Fatal Python error:
none_dealloc"); a sound binding leaves them where they were. ``--guard`` first applies
courtdesk's guard (guard_singleton_refcounts), as the GUI does at start.

Run in a process of its own (test_ui_qt_runtime.py): the bug kills the process.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> None:
    calls = int(sys.argv[1])
    guarded = False
    if "--guard" in sys.argv[2:]:
        from courtdesk.ui.qt_runtime import guard_singleton_refcounts

        guarded = guard_singleton_refcounts()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shiboken6
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Clock(QObject):
        ticked = Signal()
        said = Signal(str)

    app = QApplication(["qt-refcount-probe"])
    label = QLabel()
    clock = Clock()
    clock.said.connect(label.setText)  # a slot that returns nothing, called by Qt
    texts = [f"00:{i:02d} 审判长：现在开庭" for i in range(60)]
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(calls):
        text = texts[i % 60]
        label.setText(text)  # the hearing clock and caption labels
        label.setToolTip(text)
        clock.setObjectName("clock")
        clock.ticked.emit()  # a timer's or a worker's signal
        clock.said.emit(text)
    none_after, true_after = sys.getrefcount(None), sys.getrefcount(True)
    label.deleteLater()
    app.processEvents()
    print(json.dumps({
        "binding": shiboken6.__version__, "python": "{}.{}".format(*sys.version_info[:2]),
        "calls": calls, "guarded": guarded,
        "none_lost": none_before - none_after, "true_lost": true_before - true_after,
        "none_left": none_after, "true_left": true_after,
    }))


if __name__ == "__main__":
    main()
