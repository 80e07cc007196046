"""A hearing's set-up (session type, room, attendance) goes through the real case server
to the court's other laptops, and their record prints it."""

from __future__ import annotations

import json

import pymupdf
import pytest
from sync_kit import adopt, logged_in_client, open_client_store

from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearing_setup import Attendance, HearingSetup, SetupError
from courtdesk.app.hearings import HearingBook

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("memory_keyring")]


def test_hearing_set_up_on_one_laptop_prints_the_same_on_another(tmp_path, server):
    store_a = open_client_store(tmp_path / "a")
    sync_a = logged_in_client(store_a, server.base_url, "clerk_a")
    clerk = adopt(store_a, sync_a, "clerk_a")
    cases = CaseBook(store_a, clerk)
    case = cases.create_case("(2026)吉2401民初77号", "金某诉朴某买卖合同纠纷",
                             cause="买卖合同纠纷", court="延吉市人民法院")
    cases.add_party(case["id"], "plaintiff", "金明哲", lawyer_name="李律师",
                    lawyer_firm="延边正义律师事务所")
    cases.add_party(case["id"], "defendant", "朴英姬", lawyer_name="王丽华")
    parties = cases.open_case(case["id"]).parties
    attendance = Attendance.of_case(parties).only({"朴英姬"})
    attendance.other = "证人崔某到庭"
    hearing = HearingBook(store_a, clerk).new_hearing(case["id"], HearingSetup(
        "mediation", "第二次调解", "第三审判庭", "2026-12-08T09:00:00+08:00", attendance))
    report = sync_a.sync()
    assert report.ok and report.rejected == 0 and report.conflicts == 0

    # The same clerk's other laptop pulls the hearing with its set-up.
    store_b = open_client_store(tmp_path / "b")
    sync_b = logged_in_client(store_b, server.base_url, "clerk_a")
    assert sync_b.sync().ok
    pulled = store_b.get("hearings", hearing["id"])
    assert pulled["title"] == "第二次调解" and pulled["place"] == "第三审判庭"
    assert pulled["session_type"] == "mediation" and pulled["kind"] == "hearing"
    assert json.loads(pulled["attendance"]) == json.loads(hearing["attendance"])
    assert store_b.pending_changes() == 0  # a pulled row is not sent back

    book_b = HearingBook(store_b, adopt(store_b, sync_b, "clerk_a"))
    out = tmp_path / "b.pdf"
    book_b.export(hearing["id"], out, "pdf")
    with pymupdf.open(out) as doc:
        first = "".join("".join(page.get_text(clip=(0, 96, 595, 760)).split())
                        for page in doc)  # without each page's head and foot
    assert "调解笔录" in first and "（第二次调解）" in first and "地点：第三审判庭" in first
    assert ("到庭情况：原告金明哲及其委托诉讼代理人李律师（延边正义律师事务所）到庭；"
            "被告朴英姬未到庭，其委托诉讼代理人王丽华到庭；证人崔某到庭。") in first

    # A correction of who appeared, made on B, reaches A.
    corrected = Attendance.from_json(pulled["attendance"])
    corrected.people[1].present = True
    store_b.save("hearings", {"id": hearing["id"], "attendance": corrected.to_json()},
                 actor="clerk_a")
    assert sync_b.sync().applied == 1
    sync_a.sync()
    again = Attendance.from_json(store_a.get("hearings", hearing["id"])["attendance"])
    assert [p.present for p in again.people] == [True, True]
    for store in (store_a, store_b):
        store.close()


def test_hearing_details_corrected_after_creation_sync_audited_within_their_kind(
        tmp_path, server):
    store_a = open_client_store(tmp_path / "a")
    sync_a = logged_in_client(store_a, server.base_url, "clerk_a")
    clerk = adopt(store_a, sync_a, "clerk_a")
    cases = CaseBook(store_a, clerk)
    case = cases.create_case("(2026)吉2401民初78号", "金某诉朴某借款合同纠纷",
                             cause="借款合同纠纷", court="延吉市人民法院")
    cases.add_party(case["id"], "plaintiff", "金明哲", lawyer_name="李律师")
    cases.add_party(case["id"], "defendant", "朴英姬")
    parties = cases.open_case(case["id"]).parties
    book = HearingBook(store_a, clerk)
    hearing = book.new_hearing(case["id"], HearingSetup(
        "trial", "第一次开廷", "第三审判庭", "2026-12-08T09:00:00+08:00",
        Attendance.of_case(parties).only({"朴英姬"})))
    assert sync_a.sync().ok

    # The defendant came late, the title had a typo, and it turned into a mediation.
    late = Attendance.of_case(parties)
    changed = book.change_setup(hearing["id"], HearingSetup(
        "mediation", "第一次开庭", "第三审判庭", "2026-12-08T09:00:00+08:00", late))
    assert changed["title"] == "第一次开庭" and changed["session_type"] == "mediation"
    assert changed["kind"] == "hearing"
    entries = store_a.query("SELECT detail FROM audit_log WHERE record_id = ? AND "
                            "action = 'hearing.setup'", (hearing["id"],))
    assert len(entries) == 1
    entry = entries[0]
    assert set(json.loads(entry["detail"])["fields"]) == {"attendance", "session_type",
                                                          "title"}
    report = sync_a.sync()
    assert report.ok and report.applied == 1 and report.rejected == 0

    store_b = open_client_store(tmp_path / "b")
    sync_b = logged_in_client(store_b, server.base_url, "clerk_a")
    assert sync_b.sync().ok
    pulled = store_b.get("hearings", hearing["id"])
    assert pulled["title"] == "第一次开庭" and pulled["session_type"] == "mediation"
    assert [p.present for p in Attendance.from_json(pulled["attendance"]).people] == \
        [True, True]

    # Who may read the record hangs on the kind: a hearing never becomes a deliberation.
    with pytest.raises(SetupError, match="deliberation"):
        book.change_setup(hearing["id"], HearingSetup("deliberation", "评议"))
    assert store_a.get("hearings", hearing["id"])["kind"] == "hearing"
    for store in (store_a, store_b):
        store.close()
