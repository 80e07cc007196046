"""Accounts, login and who sees what: rules enforced in the core, not in the UI."""

from __future__ import annotations

import pytest

from courtdesk.app.accounts import AccountBook, AccountError, LoginFailed
from courtdesk.app.casebook import CaseBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = pytest.mark.usefixtures("fast_kdf")
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
        "presiding": book.create(admin, "presiding", "金春花", Role.PRESIDING_JUDGE, PASSWORD),
        "other_clerk": book.create(admin, "clerk2", "王书记员", Role.CLERK, PASSWORD),
    }


@pytest.fixture
def case(store, people):
    clerk = CaseBook(store, people["clerk"])
    case = clerk.create_case("(2026)吉2401民初77号", "王某诉李某民间借贷纠纷案",
                             cause="民间借贷纠纷")
    clerk.add_member(case["id"], people["presiding"])
    clerk.add_member(case["id"], people["judge"])
    clerk.add_party(case["id"], "plaintiff", "王某", lawyer_name="赵律师")
    clerk.add_party(case["id"], "defendant", "李某")
    clerk.add_hearing(case["id"], "第一次开庭", scheduled_at="2026-12-01T09:00")
    CaseBook(store, people["presiding"]).add_hearing(case["id"], "合议庭评议", kind="deliberation")
    return case


def test_passwords_are_salted_slow_hashes(store, people):
    rows = store.query("SELECT password_hash FROM users")
    hashes = [r["password_hash"] for r in rows]
    assert len(set(hashes)) == len(hashes)  # same password, different salts
    assert all(h.startswith("scrypt$") and PASSWORD not in h for h in hashes)


def test_login_checks_the_password_and_audits_both_outcomes(store, people):
    book = AccountBook(store)
    assert book.login("clerk", PASSWORD).role is Role.CLERK
    with pytest.raises(LoginFailed):
        book.login("clerk", "wrong-password")
    with pytest.raises(LoginFailed):
        book.login("nobody", PASSWORD)
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log")]
    assert actions.count("login") == 1 and actions.count("login.failed") == 2


def test_only_court_it_creates_accounts_after_the_first(store, people):
    book = AccountBook(store)
    with pytest.raises(AccessDenied):
        book.create(people["clerk"], "x", "x", Role.CLERK, PASSWORD)
    with pytest.raises(AccountError, match="taken"):
        book.create(people["admin"], "clerk", "x", Role.CLERK, PASSWORD)
    with pytest.raises(AccountError, match="at least"):
        book.create(people["admin"], "newbie", "x", Role.CLERK, "short")


def test_members_see_their_cases_and_others_do_not(store, people, case):
    assert [c.id for c in CaseBook(store, people["clerk"]).list_cases()] == [case["id"]]
    assert [c.id for c in CaseBook(store, people["judge"]).list_cases()] == [case["id"]]
    assert CaseBook(store, people["other_clerk"]).list_cases() == []
    with pytest.raises(AccessDenied):
        CaseBook(store, people["other_clerk"]).open_case(case["id"])


def test_court_it_reads_no_case_content(store, people, case):
    with pytest.raises(AccessDenied):
        CaseBook(store, people["admin"]).list_cases()
    with pytest.raises(AccessDenied):
        CaseBook(store, people["admin"]).open_case(case["id"])


def test_only_the_judges_of_the_case_see_the_deliberation(store, people, case):
    clerk_view = CaseBook(store, people["clerk"]).open_case(case["id"])
    assert [h["kind"] for h in clerk_view.hearings] == ["hearing"]
    judge_view = CaseBook(store, people["judge"]).open_case(case["id"])
    assert sorted(h["kind"] for h in judge_view.hearings) == ["deliberation", "hearing"]
    deliberation = next(h for h in judge_view.hearings if h["kind"] == "deliberation")
    assert deliberation["confidential"] == 1
    with pytest.raises(AccessDenied, match="judges"):
        CaseBook(store, people["clerk"]).open_hearing(deliberation["id"])
    assert CaseBook(store, people["presiding"]).open_hearing(deliberation["id"])["id"]
    with pytest.raises(AccessDenied):
        CaseBook(store, people["clerk"]).add_hearing(case["id"], "x", kind="deliberation")


def test_search_matches_number_title_cause_and_parties(store, people, case):
    book = CaseBook(store, people["clerk"])
    for query in ("民初77", "借贷", "赵律师", "李某"):
        assert [c.id for c in book.list_cases(query)] == [case["id"]], query
    assert book.list_cases("离婚") == []


def test_a_judge_cannot_edit_case_data(store, people, case):
    with pytest.raises(AccessDenied):
        CaseBook(store, people["judge"]).update_case(case["id"], title="改")
    CaseBook(store, people["presiding"]).update_case(case["id"], status="hearing")
    assert store.get("cases", case["id"])["status"] == "hearing"


def test_unsynced_marks_follow_the_outbox(store, people, case):
    view = CaseBook(store, people["clerk"]).open_case(case["id"])
    assert view.is_unsynced("cases", case["id"])
    assert all(p["unsynced"] for p in view.as_dict()["parties"])
    with store.transaction():
        store.conn.execute("UPDATE outbox SET state = 'done'")
    view = CaseBook(store, people["clerk"]).open_case(case["id"])
    assert not view.as_dict()["case"]["unsynced"]


def test_the_first_account_must_be_court_it(tmp_path):
    s = LocalStore.open(tmp_path / "fresh", ask())
    try:
        with pytest.raises(AccountError, match="first account"):
            AccountBook(s).create(None, "clerk", "x", Role.CLERK, PASSWORD)
        assert AccountBook(s).count() == 0
    finally:
        s.close()
