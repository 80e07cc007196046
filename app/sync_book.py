"""What the logged-in user may read of this PC's syncing with the court's case servers.

Court IT accounts sync no case data (the server refuses it), so they are told nothing of
it here either; the sync GUI asks through this class, not the store.
"""

from __future__ import annotations

from courtdesk.offline_cache.store import LocalStore

from .accounts import User
from .roles import AccessDenied, sees_case_content


class SyncBook:
    def __init__(self, store: LocalStore, user: User) -> None:
        self.store = store
        self.user = user

    def _require_case_content(self) -> None:
        if not sees_case_content(self.user.role):
            raise AccessDenied("Court IT accounts do not sync case data.")

    def last_server(self) -> str:
        """The case server this profile synced with last ("" when it never did)."""
        self._require_case_content()
        rows = self.store.query(
            "SELECT server FROM sync_state ORDER BY last_sync_at DESC LIMIT 1")
        return rows[0]["server"] if rows else ""
