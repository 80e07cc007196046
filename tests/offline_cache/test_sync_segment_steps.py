"""A clerk's whole-segment steps (split, merge, delete, not spoken, and their undo) sync
through the real case server to another laptop, and the server keeps segments append-only."""

from __future__ import annotations

import pytest
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearings import HearingBook
from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]

LINES = ["审判长 宣布 现在 开庭", "原告 陈述 诉讼 请求", "嗯", "被告 答辩"]


def _laptop(tmp_path, server, name):
    store = open_client_store(tmp_path / name)
    client = logged_in_client(store, server.base_url, "clerk_a")
    return store, client, adopt(store, client, "clerk_a")


def _shown(store, user, hearing_id):
    return [(s["id"], s["status"], s["text"], s["start_ms"], s["end_ms"], s["derived_from"])
            for s in HearingBook(store, user).transcript(hearing_id).segments()]


def test_segment_steps_and_their_undo_reach_the_other_laptop(tmp_path, server):
    store_a, sync_a, clerk = _laptop(tmp_path, server, "a")
    store_b, sync_b, clerk_b = _laptop(tmp_path, server, "b")
    case = CaseBook(store_a, clerk).create_case("(2026)吉01民初12号", "合同纠纷")
    book = HearingBook(store_a, clerk)
    hearing = book.hearing_to_record(case["id"], None)
    transcript = book.editable_transcript(hearing["id"])
    for n, line in enumerate(LINES):
        words = [Word(w, n * 5 + i * 0.5, n * 5 + i * 0.5 + 0.4, 0.9)
                 for i, w in enumerate(line.split())]
        transcript.add_utterance(Utterance(0, round(words[0].start * 1000),
                                           round(words[-1].end * 1000), words, line,
                                           line.replace(" ", "")), "presiding_judge")
    assert sync_a.sync().rejected == 0
    first, second, noise, last = transcript.segments()
    split = transcript.split(first["id"], first["text"].index("现在"))
    merge = transcript.merge_with_next(second["id"])  # with the noise after it
    transcript.undo_step(merge)
    not_spoken = transcript.mark_not_spoken(noise["id"])
    deleted = transcript.delete(last["id"])
    report = sync_a.sync()
    assert report.rejected == 0 and report.conflicts == 0 and store_a.pending_changes() == 0

    sync_b.sync()
    assert _shown(store_b, clerk_b, hearing["id"]) == _shown(store_a, clerk, hearing["id"])
    texts = [s["text"] for s in HearingBook(store_b, clerk_b).transcript(hearing["id"])
             .record_segments()]
    assert texts == ["审判长宣布", "现在开庭", "原告陈述诉讼请求"]

    # Undone on A: B sees the hearing as it was recognized again.
    for step in (deleted, not_spoken, split):
        transcript.undo_step(step)
    assert sync_a.sync().rejected == 0
    sync_b.sync()
    restored = _shown(store_b, clerk_b, hearing["id"])
    assert restored == _shown(store_a, clerk, hearing["id"])
    assert [r[0] for r in restored] == [first["id"], second["id"], noise["id"], last["id"]]

    # What a part was made from is fixed once it exists.
    store_a.save("segments", {"id": split.made[0], "derived_from": "[]", "revision": 9},
                 actor="clerk_a")
    report = sync_a.sync()
    assert report.rejected == 1
    # And a status the record knows nothing of is refused, not stored.
    store_a.save("segments", {"id": last["id"], "status": "hidden", "revision": 20},
                 actor="clerk_a")
    report = sync_a.sync()
    assert report.rejected == 1
    [refused] = [e for e in sync_a.inbox.entries() if e.code == "invalid"]
    assert refused.kind == "rejected"


def test_the_server_knows_every_status_the_client_writes():
    from courtdesk.case_server.record_types import SEGMENT_STATUSES
    from courtdesk.speech.segment_edits import STATUSES

    assert tuple(STATUSES) == SEGMENT_STATUSES
