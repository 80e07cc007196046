"""An online login whose user name a different local account has: the window says what
happened and what to do in the person's language (it said "Correct the entry as the details
describe", and the details were the core's English)."""

from __future__ import annotations

import pytest
from server_kit import PASSWORD
from sync_kit import ThreadedServer
from visible_texts import foreign, plain

from courtdesk.app.accounts import AccountBook
from courtdesk.common.roles import Role
from courtdesk.ui.jobs import Queue
from courtdesk.ui.messages import error_text
from courtdesk.ui.views.sync_workspace import SyncWorkspace

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

WAIT = 30_000


@pytest.fixture
def server(tmp_path):
    server = ThreadedServer(tmp_path / "server")
    server.data_dir.mkdir()
    server.seed()
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("language", ["ko", "zh_CN"])
def test_a_local_account_with_the_court_users_name_is_explained(
        qtbot, case_profile, make_flow, login, server, memory_keyring, language):
    from courtdesk.app.profile import open_store

    # Made on this PC before it met the court's server: same name, another person's account.
    store = open_store()
    try:
        book = AccountBook(store)
        admin = book.login("admin", case_profile.password)
        book.create(admin, "clerk_a", "本地的书记员", Role.CLERK, PASSWORD)
    finally:
        store.close()

    flow = make_flow(language)
    window = login(flow, "clerk_a", PASSWORD)
    row = next(i for i, e in enumerate(window.entries) if e.names(SyncWorkspace))
    window.navigation.setCurrentRow(row)
    workspace = window.workspace(SyncWorkspace)
    workspace.server_field.setText(server.base_url)
    workspace.password_field.setText(PASSWORD)
    workspace.login_button.click()

    expected = error_text("account_local_clash")
    qtbot.waitUntil(lambda: expected.title in workspace.detail.text(), timeout=WAIT)
    shown = plain(workspace.detail.text())
    assert expected.action in shown  # what to do, in the window's own words
    assert "courtdesk login" not in shown and "This PC already" not in shown
    assert not foreign(shown.replace(server.base_url, ""), language)
    # Nothing was changed: the local account is still the local one.
    store = flow.session.store
    handle = flow.runner.submit(lambda: AccountBook(store).find("clerk_a"), queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=WAIT) as blocker:
        pass
    assert blocker.args[0].display_name == "本地的书记员"
