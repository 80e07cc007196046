"""Work-arounds for the Qt binding this process runs on, applied once at GUI start.

PySide6 6.12.0's limited-API (abi3) build drops a reference to ``None`` on every call
that returns nothing (``setText``, ``setHtml``, ...) and to ``True`` on every signal
``emit()``. On Python 3.12+ these objects are immortal (PEP 683) and nothing happens; on
3.11 their count reaches zero after some thousands of calls and the process aborts with
"Fatal Python error: none_dealloc" — within minutes of a live hearing, whose clock and
events alone make several such calls a second. PySide6 6.11.2 is not affected.

The guard gives the three singletons the practically endless count they have on 3.12. It
changes nothing on other versions. The lasting fix is a binding without the bug: courtdesk's
requirements exclude 6.12.0, and tests/ui/test_ui_qt_runtime.py fails on any release that
loses references; the guard stays for a PC whose PySide6 came from elsewhere (a distro).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

_SINGLETONS = (None, True, False)
_EXTRA_REFERENCES = 1 << 40  # 2^40 lost references: ~35 years at 1000 calls a second
_applied = False


def needs_singleton_guard(binding_version: str, python: tuple[int, int]) -> bool:
    # The one release known to lose them; should another, test_ui_qt_runtime.py fails on it.
    return (python < (3, 12) and sys.implementation.name == "cpython"
            and binding_version == "6.12.0")


def guard_singleton_refcounts() -> bool:
    """Apply the guard when this PySide6 and Python need it; True when applied."""
    global _applied
    import shiboken6

    version = getattr(shiboken6, "__version__", "")
    if _applied or not needs_singleton_guard(version, sys.version_info[:2]):
        return _applied
    import ctypes  # only where the guard applies: not a cost of every start

    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object (Include/object.h).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    _applied = True
    log.warning("PySide6 %s on Python %d.%d loses references to None/True; guarded. "
                "Install another PySide6-Essentials release (or run Python 3.12+).", version,
                *sys.version_info[:2])
    return True
