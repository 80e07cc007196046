"""Who signs the record and the round's state in the local store (no signing key needed)."""

from __future__ import annotations

import pymupdf
import pytest

from courtdesk.app.signing_rounds import SigningRoundBook
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.signing.ink import SignatureInk, Stroke
from courtdesk.signing.round import NoRound, StationKeyMissing, UnknownSigner

pytestmark = pytest.mark.timeout(120)


def test_the_round_lists_every_signer_in_record_order_with_a_field_each(courtroom, tmp_path):
    book = SigningRoundBook(courtroom.store, courtroom.people["clerk"])
    with pytest.raises(NoRound, match="not been exported for signing"):
        book.current(courtroom.hearing_id)
    round_ = book.start(courtroom.hearing_id, tmp_path / "record.pdf")
    signers = round_.signers()
    assert [(s.label, s.name) for s in signers] == [
        ("审判长", "李振东"), ("审判员", "崔东哲"), ("书记员", "崔美兰"), ("原告", "王建国"),
        ("原告代理人", "金明哲"), ("被告", "박영희")]
    assert all(s.state == "waiting" for s in signers)
    people = courtroom.people
    assert [s.id for s in signers[:3]] == [f"judge-{people['presiding'].id}",
                                           f"judge-{people['judge'].id}",
                                           f"clerk-{people['clerk'].id}"]
    assert signers[3].id.startswith("party-") and signers[4].id.startswith("agent-")
    with pymupdf.open(round_.record_path) as doc:
        fields = {w.field_name for page in doc for w in page.widgets()
                  if w.field_type == pymupdf.PDF_WIDGET_TYPE_SIGNATURE}
    assert fields == {s.id for s in signers} | {"court-seal"}
    # the same round is found again, by anyone who may run the hearing
    again = SigningRoundBook(courtroom.store, people["presiding"]).current(courtroom.hearing_id)
    assert again.id == round_.id and again.may_seal
    [started] = courtroom.store.query(
        "SELECT * FROM audit_log WHERE action = 'signing.round.start'")
    assert started["actor"] == "clerk" and round_.id in started["detail"]


def test_the_review_copy_has_no_fields(courtroom, tmp_path):
    from courtdesk.app.hearings import HearingBook

    book = HearingBook(courtroom.store, courtroom.people["clerk"])
    book.export(courtroom.hearing_id, tmp_path / "review.pdf", "review_pdf")
    with pymupdf.open(tmp_path / "review.pdf") as doc:
        assert not any(list(page.widgets()) for page in doc) and not doc.is_form_pdf
        assert "审判长 李振东（签名）" in doc[-1].get_text()


def test_unknown_signer_lists_them_and_no_station_key_is_said_plainly(courtroom, tmp_path):
    round_ = SigningRoundBook(courtroom.store, courtroom.people["clerk"]).start(
        courtroom.hearing_id, tmp_path / "record.pdf")
    with pytest.raises(UnknownSigner) as caught:
        round_.signer("party-nobody")
    assert "王建国" in str(caught.value) and "박영희" in str(caught.value)
    ink = SignatureInk([Stroke([(1, 1, 0, 1.0), (50, 20, 10, 1.0)])], 100, 40)
    with pytest.raises(StationKeyMissing, match="station_p12"):
        round_.sign_with_ink(round_.signers()[3].id, ink)
    assert round_.signers()[3].state == "waiting"


def test_a_judge_who_does_not_run_the_hearing_cannot_start_a_round(courtroom, tmp_path):
    with pytest.raises(AccessDenied):
        SigningRoundBook(courtroom.store, courtroom.people["judge"]).start(
            courtroom.hearing_id, tmp_path / "record.pdf")
    assert not (tmp_path / "record.pdf").exists()


def test_a_round_never_writes_over_an_existing_file(courtroom, tmp_path):
    (tmp_path / "record.pdf").write_bytes(b"kept")
    with pytest.raises(AccessDenied, match="exists already"):
        SigningRoundBook(courtroom.store, courtroom.people["clerk"]).start(
            courtroom.hearing_id, tmp_path / "record.pdf")
    assert (tmp_path / "record.pdf").read_bytes() == b"kept"


def test_a_deliberation_is_signed_by_the_panel_and_clerk_only(courtroom, tmp_path):
    round_ = SigningRoundBook(courtroom.store, courtroom.people["presiding"]).start(
        courtroom.deliberation_id, tmp_path / "delib.pdf")
    assert [s.role for s in round_.signers()] == ["presiding_judge", "judge", "clerk"]


def test_store_migration_12_adds_the_round_tables_to_an_older_store(tmp_path, fast_kdf):
    from courtdesk.offline_cache.migrations import LATEST_VERSION
    from courtdesk.offline_cache.store import LocalStore

    from testkit import ask

    store = LocalStore.open(tmp_path / "store", ask())
    # what a store made before the signing round looks like
    with store.transaction():
        for table in ("round_revisions", "round_signers", "signing_rounds"):
            store.conn.execute(f"DROP TABLE {table}")
        store.conn.execute("UPDATE meta SET value = '11' WHERE key = 'schema_version'")
    store.close()
    store = LocalStore.open(tmp_path / "store", ask())
    try:
        tables = {r["name"] for r in store.query(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"signing_rounds", "round_signers", "round_revisions"} <= tables
        version = store.query("SELECT value FROM meta WHERE key = 'schema_version'")
        assert int(version[0]["value"]) == LATEST_VERSION >= 12
    finally:
        store.close()
