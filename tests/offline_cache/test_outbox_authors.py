"""Each outbox change records the local account that made it; a profile from before the
author column gets its waiting changes' authors from the audit log, and its demo case is
kept on the PC."""

from __future__ import annotations

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.migrations import MIGRATIONS
from courtdesk.offline_cache.store import LocalStore

from testkit import ask

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("fast_kdf")]


def _accounts(store):
    book = AccountBook(store)
    admin = book.create(None, "it", "IT", Role.IT_ADMIN, "password-1")
    clerk = book.create(admin, "cui", "崔美兰", Role.CLERK, "password-1")
    judge = book.create(admin, "li", "李振东", Role.PRESIDING_JUDGE, "password-1")
    return clerk, judge


def test_a_change_records_its_author_and_an_unknown_actor_none(tmp_path):
    store = LocalStore.open(tmp_path / "s", ask())
    try:
        clerk, judge = _accounts(store)
        case = CaseBook(store, clerk).create_case("(2026)A1", "甲")
        store.save("parties", {"case_id": case["id"], "side": "plaintiff", "name": "张三"},
                   actor=judge.actor)
        store.save("parties", {"case_id": case["id"], "side": "defendant", "name": "李四"},
                   actor="someone-made-up")
        authors = [r["author"] for r in store.query("SELECT author FROM outbox ORDER BY seq")]
        assert authors == [clerk.id, clerk.id, judge.id, ""]
    finally:
        store.close()


def test_an_older_profile_gets_its_authors_from_the_audit_log(tmp_path):
    store = LocalStore.open(tmp_path / "s", ask())
    try:
        clerk, judge = _accounts(store)
        case = CaseBook(store, clerk).create_case("(2026)A2", "乙")
        store.append_many("parties", [{"case_id": case["id"], "side": "plaintiff",
                                       "name": f"原告{n}"} for n in range(3)],
                          actor=judge.actor, action="parties.import")
        store.keep_on_this_pc(case["id"], "demo")
        expected = store.query("SELECT seq, author FROM outbox ORDER BY seq")
        # As a profile made before this version: no authors, no cases marked, and the
        # case's creation kept back as the demo's was.
        with store.transaction():
            store.conn.execute("UPDATE outbox SET author = ''")
            store.conn.execute("DELETE FROM local_only_cases")
            store.conn.execute("UPDATE outbox SET state = 'demo' WHERE record_type = 'cases'")
            authors_migration = next(m for m in MIGRATIONS if m[1].startswith("sync: each "))
            for sql in authors_migration[2]:
                if not sql.lstrip().startswith(("ALTER", "CREATE TABLE")):
                    store.conn.execute(sql)
        assert store.query("SELECT seq, author FROM outbox ORDER BY seq") == expected
        assert {r["author"] for r in expected} == {clerk.id, judge.id}
        assert [r["case_id"] for r in store.query("SELECT case_id FROM local_only_cases")] \
            == [case["id"]]
    finally:
        store.close()
