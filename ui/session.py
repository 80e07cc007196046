"""What the windows of one logged-in user share: store, user, job runner, preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from courtdesk.app.accounts import User
from courtdesk.app.config import MachineConfig
from courtdesk.app.preferences import Preferences
from courtdesk.offline_cache.store import LocalStore

from .jobs import JobRunner
from .translation import LanguageSwitcher


class Session(QObject):
    # Emitted after any change written to the store, so views and the pending-changes
    # count refresh without polling the store from the GUI thread.
    store_changed = Signal()

    def __init__(self, *, home: Path, store: LocalStore, user: User, runner: JobRunner,
                 prefs: Preferences, config: MachineConfig, switcher: LanguageSwitcher,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.store = store
        self.user = user
        self.runner = runner
        self.prefs = prefs
        self.config = config
        self.switcher = switcher
        self.sync = None  # the window's SyncController, once there is a window

    @property
    def place(self) -> str:
        """Court and courtroom of this PC, from the machine config."""
        return " ".join(p for p in (self.config.court, self.config.courtroom) if p)
