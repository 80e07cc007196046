"""The store's passphrase prompt, as the core calls it from the store worker.

The core asks for a passphrase through a callback (``PassphraseProvider``) from inside
``LocalStore.open``, and derives the key right after (scrypt, ~0.5 s). Opening therefore
runs as one job on the store queue; :class:`PassphraseBridge` is the callback: it asks the
GUI thread by signal (which shows :class:`~courtdesk.ui.unlock_dialog.UnlockDialog`) and
waits for the answer. Apart from the dialog, so that a store opened from the keyring never
loads the dialog's code.
"""

from __future__ import annotations

import os
import queue

from PySide6.QtCore import QObject, Signal

from courtdesk.offline_cache.store_key import PassphraseRequest

from .jobs import JobRunner


class PassphraseBridge(QObject):
    """A ``PassphraseProvider`` that asks on the GUI thread; ``ask`` runs on a worker."""

    requested = Signal(object)  # PassphraseRequest, delivered queued to the GUI thread
    # A passphrase was given and the key is now being derived from it (~0.5 s of scrypt,
    # which leaves the interpreter free): the GUI can load what comes next meanwhile.
    deriving = Signal()

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._answers: queue.Queue[str | None] = queue.Queue()
        self.asked = 0

    def ask(self, request: PassphraseRequest) -> str | None:
        # Unattended runs (tests, benchmark, kiosk scripts) answer the first ask; a wrong
        # one then falls through to the person at the screen.
        from_env = os.environ.get("COURTDESK_PASSPHRASE")
        if from_env is not None and request.attempt == 1:
            self.deriving.emit()
            return from_env
        self.asked += 1
        self.requested.emit(request)
        while True:
            try:
                answer = self._answers.get(timeout=0.1)
            except queue.Empty:
                if self._runner.closing:  # the app is quitting: give up the unlock
                    return None
                continue
            if answer is not None:
                self.deriving.emit()
            return answer

    def answer(self, passphrase: str | None) -> None:
        self._answers.put(passphrase)
