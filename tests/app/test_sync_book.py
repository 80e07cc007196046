"""The sync log as one user may read it: records by case number and name, who made each
change, nothing of a case the reader is not on or a deliberation they do not sit on; and
the counts behind the one sync state (the demo case's changes never wait)."""

from __future__ import annotations

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.sync_book import SyncBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.offline_cache.sync_history import unsent_counts

from testkit import ask

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.timeout(60)]
PASSWORD = "s3cret-passw0rd"


@pytest.fixture
def store(tmp_path):
    s = LocalStore.open(tmp_path / "store", ask())
    yield s
    s.close()


@pytest.fixture
def people(store):
    book = AccountBook(store)
    admin = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    return {
        "admin": admin,
        "clerk": book.create(admin, "clerk", "李书记员", Role.CLERK, PASSWORD),
        "judge": book.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD),
        "outsider": book.create(admin, "clerk2", "王书记员", Role.CLERK, PASSWORD),
    }


def test_changes_are_named_by_case_record_and_author_for_those_on_the_case(store, people):
    clerk = CaseBook(store, people["clerk"])
    case = clerk.create_case("（2024）吉24民初1号", "张三诉李四借款合同纠纷")
    clerk.add_member(case["id"], people["judge"])
    party = clerk.add_party(case["id"], "plaintiff", "张三", phone="13800000000")
    store.save("parties", {"id": party["id"], "phone": "13911111111"}, actor="clerk")
    judge = CaseBook(store, people["judge"])
    hearing = judge.add_hearing(case["id"], "合议庭评议", kind="deliberation")
    store.save("hearing_notes", {"hearing_id": hearing["id"], "at_ms": 0,
                                 "text": "合议意见：支持原告诉请"}, actor="judge")

    lines = [line for line in SyncBook(store, people["judge"]).history()
             if line["kind"] == "change"]
    phone = next(line for line in lines if line["fields"] == ["phone"])
    assert phone["place"]["case_number"] == "（2024）吉24民初1号"
    assert phone["place"]["record_type"] == "parties" and phone["place"]["name"] == "张三"
    assert phone["by"] == "李书记员" and phone["state"] == "pending"
    note = next(line for line in lines if line["place"]["record_type"] == "hearing_notes")
    assert note["place"]["within"] == "合议庭评议"  # the judge sits on it
    assert note["place"]["name"].startswith("合议意见") and note["by"] == "崔东哲"

    # The clerk on the case does not sit on its deliberation: the note is named by kind.
    lines = SyncBook(store, people["clerk"]).history()
    note = next(line for line in lines if line["place"]
                and line["place"]["record_type"] == "hearing_notes")
    assert note["place"]["hidden"] and not note["place"]["name"]
    assert not note["place"]["within"] and not note["place"]["case_number"]

    # Another clerk on this PC, not on the case: nothing of it by name.
    for line in SyncBook(store, people["outsider"]).history():
        if line["place"]:
            assert line["place"]["hidden"]
            assert "张三" not in str(line["place"]) and "吉24" not in str(line["place"])
    with pytest.raises(AccessDenied):
        SyncBook(store, people["admin"]).history()


def test_the_demo_case_never_counts_as_waiting(store, people):
    clerk = CaseBook(store, people["clerk"])
    demo = clerk.create_case("（2026）演示1号", "演示案件")
    real = clerk.create_case("（2026）吉24民初9号", "真实案件")
    store.keep_on_this_pc(demo["id"], "demo")
    before = unsent_counts(store)
    # A hearing recorded on the demo case after it was made: rows still 'pending' until
    # a sync tidies them, and yet none of them waits for the court.
    hearing = clerk.add_hearing(demo["id"], "庭审")
    for second in range(3):
        store.save("segments", {"hearing_id": hearing["id"], "start_ms": second * 1000,
                                "end_ms": second * 1000 + 900, "asr_text": "第几句"},
                   actor="clerk")
    after = unsent_counts(store)
    assert after["waiting"] == before["waiting"]
    assert after["kept_here"] == before["kept_here"] + 4
    clerk.add_party(real["id"], "plaintiff", "张三")
    assert unsent_counts(store)["waiting"] == before["waiting"] + 1


def test_the_sync_reads_load_no_network_code():
    """SyncBook loads with the window: the network code (httpx) waits for the first sync,
    off the start-up path."""
    import subprocess
    import sys

    probe = ("import sys, courtdesk.app.sync_book; "
             "print('httpx' in sys.modules, 'courtdesk.offline_cache.sync_client' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    assert out == ["False", "False"]
