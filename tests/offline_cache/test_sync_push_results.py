"""Applying a push's per-change results: a record with a later edit waiting keeps the base
that edit was made from, and a batch asks the outbox about waiting edits once, not once per
change (10 000 segments took 17 s to push when every result asked again)."""

from __future__ import annotations

import httpx
import pytest
from server_kit import segment_row
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


class EditDuringPush(httpx.HTTPTransport):
    """A real transport that runs ``edit`` once, just before the first push leaves: the
    clerk saving a record while its earlier change is in flight."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/push" and self.edit is not None:
            edit, self.edit = self.edit, None
            edit()
        return super().handle_request(request)


def test_an_edit_made_while_its_record_is_in_flight_keeps_its_base_and_goes_next(
        tmp_path, server):
    transport = EditDuringPush()
    store = open_client_store(tmp_path / "laptop")
    sync = logged_in_client(store, server.base_url, "clerk_a", transport=transport)
    book = CaseBook(store, adopt(store, sync, "clerk_a"))
    edited = book.create_case("(2025)吉01民初31号", "在途修改")
    untouched = book.create_case("(2025)吉01民初32号", "无修改")
    transport.edit = lambda: book.update_case(edited["id"], title="在途时改的标题")

    report = sync.push()
    assert report.applied == 4 and report.conflicts == 0  # two cases, each with its clerk
    waiting = store.get("cases", edited["id"])
    settled = store.get("cases", untouched["id"])
    # The server took version 1 of both cases; only the record without a waiting edit moves its
    # base, so the waiting edit still says which version it was made from.
    assert (settled["server_version"], settled["base_version"]) == (1, 1)
    assert waiting["server_version"] == 1 and waiting["base_version"] == 0
    assert waiting["title"] == "在途时改的标题" and store.pending_changes() == 1

    report = sync.push()
    assert report.applied == 1 and report.conflicts == 0 and store.pending_changes() == 0
    assert store.get("cases", edited["id"])["server_version"] == 2
    other = open_client_store(tmp_path / "other")
    logged_in_client(other, server.base_url, "clerk_a").pull()
    assert other.get("cases", edited["id"])["title"] == "在途时改的标题"


def test_a_push_asks_the_outbox_about_waiting_edits_and_marks_it_once_per_batch(tmp_path, server):
    store = open_client_store(tmp_path / "laptop")
    sync = logged_in_client(store, server.base_url, "clerk_a")
    case = CaseBook(store, adopt(store, sync, "clerk_a")).create_case("(2025)吉01民初33号",
                                                                        "庭审")
    hearing = store.save("hearings", {"case_id": case["id"], "title": "庭审"}, actor="clerk_a")
    sync.push()
    rows = [{k: v for k, v in segment_row(hearing["id"], n).items() if k != "id"}
            for n in range(300)]
    store.append_many("segments", rows, actor="clerk_a", action="segments.add")
    asked: list[str] = []
    marked: list[str] = []

    def note(sql: str) -> None:
        if "FROM outbox WHERE record_type" in sql:
            asked.append(sql)
        elif sql.startswith("UPDATE outbox SET state"):
            marked.append(sql)

    with store.transaction():
        writer = store.conn  # results are applied in a transaction: on the writer
    connections = (writer, store.conn)  # and this thread's reader
    for conn in connections:
        conn.set_trace_callback(note)
    try:
        report = sync.push()
    finally:
        for conn in connections:
            conn.set_trace_callback(None)
    assert report.applied == 300
    assert store.query("SELECT count(*) n FROM segments WHERE base_version = 1")[0]["n"] == 300
    assert 1 <= len(asked) <= 2, f"{len(asked)} outbox look-ups for one batch of 300"
    # In flight, then done: one statement each for the batch, not one per row.
    assert len(marked) == 2, f"{len(marked)} outbox state updates for one batch of 300"
    assert store.query("SELECT state, count(*) n FROM outbox WHERE record_type = 'segments' "
                       "GROUP BY state") == [{"state": "done", "n": 300}]
