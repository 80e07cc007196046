"""No login to the court's server yet: the error says what is missing without command-line
advice (the window shows it to clerks, and says "under Sync"); the command line adds its
own command."""

from __future__ import annotations

import pytest
from sync_kit import open_client_store

from courtdesk.app.cli import _said
from courtdesk.offline_cache.sync_client import SyncClient
from courtdesk.offline_cache.sync_transport import LoginRequired

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("memory_keyring")]

# Nothing listens there: the refusal comes before anything is sent.
SERVER = "https://127.0.0.1:9"


def test_a_sync_with_no_login_names_no_command(tmp_path):
    store = open_client_store(tmp_path / "client")
    client = SyncClient(store, SERVER)
    try:
        with pytest.raises(LoginRequired) as raised:
            client.sync()
        with pytest.raises(LoginRequired) as asked:
            client.me()
    finally:
        client.close()
        store.close()
    for exc in (raised.value, asked.value):
        assert exc.code == "login_required"
        assert SERVER in exc.message and "stays on this PC" in exc.message
        assert "courtdesk" not in exc.message  # no command for a person in the window
        assert "courtdesk login --server URL" in _said(exc)  # the command line says how
