"""A person taken off a case loses it on their laptop at the next sync."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sync_kit import adopt, logged_in_client, open_client_store, presiding_case_with_judge

from courtdesk.app.casebook import CaseBook
from courtdesk.offline_cache.errors import AccessDenied

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


def _seat_case(tmp_path, server):
    """A presiding judge's case with judge_a on it, synced to judge_a's laptop."""
    p, sync_p, case, seat = presiding_case_with_judge(tmp_path / "presiding", server,
                                                      "移出审判组")
    j = open_client_store(tmp_path / "judge")
    sync_j = logged_in_client(j, server.base_url, "judge_a")
    judge = adopt(j, sync_j, "judge_a")
    sync_j.sync()
    assert [c.id for c in CaseBook(j, judge).list_cases()] == [case["id"]]
    return p, sync_p, j, sync_j, judge, case, seat


def test_removed_by_the_presiding_judge_the_case_leaves_the_judges_laptop(tmp_path, server):
    p, sync_p, j, sync_j, judge, case, seat = _seat_case(tmp_path, server)
    p.remove("case_members", seat["id"], actor="presiding_a")
    assert sync_p.sync().applied == 1
    CaseBook(p, adopt(p, sync_p, "presiding_a")).add_party(case["id"], "plaintiff", "移出之后")
    sync_p.sync()

    sync_j.sync()
    book = CaseBook(j, judge)
    assert book.list_cases() == []
    with pytest.raises(AccessDenied):
        book.open_case(case["id"])
    # Nothing of the case that came after the removal reached the laptop.
    names = {r["name"] for r in j.query("SELECT name FROM parties WHERE case_id = ?",
                                        (case["id"],))}
    assert "移出之后" not in names


def test_removed_by_court_it_on_the_server_the_case_leaves_the_laptop(tmp_path, server):
    _, _, j, sync_j, judge, case, _ = _seat_case(tmp_path, server)
    db = f"sqlite:///{server.data_dir / 'server.db'}"
    off = subprocess.run([sys.executable, "-m", "courtdesk.case_server.cli", "admin", "--db", db,
                          "remove-member", "--case", case["id"], "--username", "judge_a"],
                         capture_output=True, text=True, timeout=60)
    assert off.returncode == 0, off.stderr
    sync_j.sync()
    assert CaseBook(j, judge).list_cases() == []
    # A new laptop of the same judge gets the removal of a seat it never had: no error,
    # and no trace of the case.
    fresh = open_client_store(tmp_path / "new-laptop")
    sync_fresh = logged_in_client(fresh, server.base_url, "judge_a")
    adopt(fresh, sync_fresh, "judge_a")
    sync_fresh.sync()
    assert fresh.query("SELECT count(*) AS n FROM cases")[0]["n"] == 0
    assert fresh.query("SELECT count(*) AS n FROM case_members")[0]["n"] == 0
