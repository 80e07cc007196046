"""Reads the GUI used to make straight from the store, now behind the books' rules.

Each read is asked by a case member (it answers), by a clerk who is not on the case and by
court IT (refused, the same way as every other read of the case), and, for a hearing, by
someone on the case who may not see a deliberation.
"""

from __future__ import annotations

import time

import numpy as np
import pymupdf
import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.dossier_book import DossierBook
from courtdesk.app.hearings import HearingBook
from courtdesk.app.sync_book import SyncBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.offline_cache.sync_apply import mark_synced
from courtdesk.speech.engine import Utterance
from courtdesk.speech.recorder import HearingRecorder
from courtdesk.speech.sources import AudioBlock
from courtdesk.speech.transcript import HearingTranscript

from testkit import ask

pytestmark = pytest.mark.usefixtures("fast_kdf")
PASSWORD = "s3cret-passw0rd"
RATE = 16_000


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
        "outsider": book.create(admin, "clerk2", "王书记员", Role.CLERK, PASSWORD),
    }


@pytest.fixture
def case(store, people):
    clerk = CaseBook(store, people["clerk"])
    case = clerk.create_case("(2026)吉2401民初88号", "朴某诉金某买卖合同纠纷案")
    clerk.add_member(case["id"], people["presiding"])
    clerk.add_member(case["id"], people["judge"])
    return case


def _refused(read, *users) -> None:
    for user in users:
        with pytest.raises(AccessDenied):
            read(user)


# -- the dossier: who wrote the annotations one sees ---------------------------------------
def test_annotation_authors_are_named_only_for_annotations_one_may_see(store, people, case,
                                                                       tmp_path):
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 100), "买卖合同第三条", fontname="china-s", fontsize=14)
    path = tmp_path / "起诉状.pdf"
    path.write_bytes(pdf.tobytes())
    clerk = DossierBook(store, people["clerk"])
    document = clerk.import_files(case["id"], [path])[0].result.document
    judge = DossierBook(store, people["judge"])
    judge.annotate(document["id"], 0, "rect", {"rect": [10, 10, 60, 60]}, private=False)
    presiding = DossierBook(store, people["presiding"])
    presiding.annotate(document["id"], 0, "rect", {"rect": [70, 10, 90, 60]}, private=True)

    rows = clerk.annotations_with_authors(document["id"])
    assert [(r["author"], r["author_name"]) for r in rows] == [(people["judge"].id, "崔东哲")]
    own = presiding.annotations_with_authors(document["id"])
    assert {r["author_name"] for r in own} == {"崔东哲", "金春花"}
    _refused(lambda user: DossierBook(store, user).annotations_with_authors(document["id"]),
             people["outsider"], people["admin"])


# -- a hearing's recordings: where the timeline ends, what plays back ----------------------
def _record(store, hearing_id: str, actor: str, seconds: float, offset_ms: int = 0) -> list:
    recorder = HearingRecorder(store, hearing_id, {0: "judge", 1: "plaintiff"}, RATE, 2,
                               actor=actor, offset_ms=offset_ms)
    frames = int(RATE * seconds)
    recorder.write(AudioBlock(np.full((frames, 2), 1000, np.int16), 0, RATE))
    recorder.stop()
    return [c.record_id for c in recorder.channels]


def test_recorded_until_and_recordings_follow_the_hearing_rules(store, people, case):
    clerk = CaseBook(store, people["clerk"])
    hearing = clerk.add_hearing(case["id"], "第一次开庭")
    first = _record(store, hearing["id"], people["clerk"].actor, 2.0)
    second = _record(store, hearing["id"], people["clerk"].actor, 1.0, offset_ms=2_000)
    segment = HearingTranscript(store, hearing["id"], people["clerk"].actor).add_utterance(
        Utterance(channel=1, start_ms=100, end_ms=3_500, words=[], raw_text="开庭",
                  text="开庭"), "plaintiff", recording_id=second[1], offset_ms=0)

    book = HearingBook(store, people["judge"])
    assert book.recorded_until(hearing["id"]) == 3_500  # the segment ends after the audio
    assert [r["id"] for r in book.recordings(hearing["id"])] == first + second
    heard_on = book.recordings(hearing["id"], segment_id=segment["id"])
    assert [r["id"] for r in heard_on] == [second[1]]
    _refused(lambda user: HearingBook(store, user).recorded_until(hearing["id"]),
             people["outsider"], people["admin"])
    _refused(lambda user: HearingBook(store, user).recordings(hearing["id"]),
             people["outsider"], people["admin"])


def test_a_deliberations_recordings_are_for_its_judges_only(store, people, case):
    presiding = CaseBook(store, people["presiding"])
    deliberation = presiding.add_hearing(case["id"], "合议庭评议", kind="deliberation")
    _record(store, deliberation["id"], people["presiding"].actor, 1.5)

    assert HearingBook(store, people["judge"]).recorded_until(deliberation["id"]) == 1_500
    assert len(HearingBook(store, people["presiding"]).recordings(deliberation["id"])) == 2
    _refused(lambda user: HearingBook(store, user).recordings(deliberation["id"]),
             people["clerk"], people["outsider"])
    _refused(lambda user: HearingBook(store, user).recorded_until(deliberation["id"]),
             people["clerk"], people["outsider"])


# -- sync: the server last synced with ------------------------------------------------------
def test_last_server_is_for_those_who_sync_case_data(store, people):
    assert SyncBook(store, people["clerk"]).last_server() == ""
    with store.transaction():  # as a sync round marks it: every write in a transaction
        mark_synced(store, "https://old.court.example")
    time.sleep(0.01)  # the sync times are in milliseconds: one later than the other
    with store.transaction():
        mark_synced(store, "https://cases.court.example")
    assert SyncBook(store, people["judge"]).last_server() == "https://cases.court.example"
    _refused(lambda user: SyncBook(store, user).last_server(), people["admin"])
