"""Whole-segment steps on a transcript the real Korean model made: split at the cursor with
the words' own times, merge, delete, not spoken; each undone and made again, kept in the
history and the audit log, and the record leaving out what is not in it."""

from __future__ import annotations

import json

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.segment_edits import SegmentEditRefused
from courtdesk.speech.transcribe import transcribe_file

pytestmark = pytest.mark.timeout(180)

OFFSET_MS = 7_000  # the stretch starts later in the hearing: word times are the stream's


@pytest.fixture
def heard(tmp_path, fast_kdf, ko_model, hearing_audio):
    store = LocalStore.open(tmp_path / "store", lambda r: "a passphrase" if r.attempt == 1
                            else None)
    accounts = AccountBook(store)
    admin = accounts.create(None, "it", "IT", Role.IT_ADMIN, "password123")
    clerk = accounts.create(admin, "clerk", "崔美兰", Role.CLERK, "password123")
    case = CaseBook(store, clerk).create_case("(2026)吉2401民初9号", "测试")
    book = HearingBook(store, clerk)
    hearing = book.hearing_to_record(case["id"], None)
    transcript = book.editable_transcript(hearing["id"])
    for item in transcribe_file(hearing_audio["mono"], ko_model):
        transcript.add_utterance(item.utterance, "presiding_judge", offset_ms=OFFSET_MS)
    yield store, book, hearing, transcript
    store.close()


def _words(segment: dict) -> list[dict]:
    return segment["words"] if isinstance(segment["words"], list) else json.loads(
        segment["words"])


def test_split_at_the_cursor_keeps_each_words_time_and_undoes(heard):
    store, _book, _hearing, transcript = heard
    segments = transcript.segments()
    target = next(s for s in segments if len(s["words"]) >= 3)
    words = target["words"]
    # The cursor inside the second word: it begins the second part.
    second_at = target["text"].find(words[1]["w"])
    step = transcript.split(target["id"], second_at + 1)
    first, second = (store.get("segments", i) for i in step.made)
    assert [w["w"] for w in _words(first)] == [words[0]["w"]]
    assert [w["w"] for w in _words(second)] == [w["w"] for w in words[1:]]
    assert first["start_ms"] == target["start_ms"]
    assert first["end_ms"] == OFFSET_MS + words[0]["e"]
    assert second["start_ms"] == OFFSET_MS + words[1]["s"]
    assert second["end_ms"] == target["end_ms"]
    assert f"{first['asr_text']} {second['asr_text']}" == target["asr_text"]
    assert json.loads(first["derived_from"]) == [target["id"]]
    shown = [s["id"] for s in transcript.segments()]
    assert target["id"] not in shown and set(step.made) <= set(shown)
    assert store.get("segments", target["id"])["status"] == "replaced"

    transcript.undo_step(step)
    assert [s["id"] for s in transcript.segments()] == [s["id"] for s in segments]
    transcript.redo_step(step)
    assert set(step.made) <= {s["id"] for s in transcript.segments()}
    history = transcript.revisions(target["id"])
    assert [r["action"] for r in history] == ["segment.split", "segment.split.undo",
                                              "segment.split.redo"]
    assert [r["status"] for r in history] == ["", "replaced", ""]
    audit = [r["action"] for r in store.query("SELECT action FROM audit_log")]
    assert audit.count("segment.split") == 3  # the original replaced, two parts made
    assert "segment.split.undo" in audit and "segment.split.redo" in audit
    # Splitting at the very start or end is refused, not a part with no words.
    with pytest.raises(SegmentEditRefused):
        transcript.split(step.made[0], 0)


def test_merge_delete_not_spoken_and_the_record_leaves_them_out(heard, tmp_path):
    store, book, hearing, transcript = heard
    first, second, *_ = transcript.segments()
    merge = transcript.merge_with_next(first["id"])
    (whole_id,) = merge.made
    whole = store.get("segments", whole_id)
    assert whole["start_ms"] == first["start_ms"] and whole["end_ms"] == second["end_ms"]
    assert [w["w"] for w in _words(whole)] == [w["w"] for w in first["words"] + second["words"]]
    # Words keep their times on the first one's stream: same recording, same times.
    assert _words(whole)[len(first["words"])]["s"] == second["words"][0]["s"]
    assert whole["asr_text"] == f"{first['asr_text']} {second['asr_text']}"

    rest = [s for s in transcript.segments() if s["id"] != whole_id]
    noise = transcript.mark_not_spoken(whole_id)
    gone = transcript.delete(rest[0]["id"]) if rest else None
    shown = {s["id"]: s["status"] for s in transcript.segments()}
    assert shown[whole_id] == "not_spoken"  # still on screen, greyed
    in_record = [s["id"] for s in transcript.record_segments()]
    assert whole_id not in in_record and (gone is None or rest[0]["id"] not in in_record)

    out = tmp_path / "record.txt"
    book.export(hearing["id"], out, "txt")
    text = out.read_text(encoding="utf-8")
    assert whole["asr_text"] not in text
    if rest:
        assert rest[0]["asr_text"] not in text

    # Back, in reverse order, to the transcript as recognized.
    if gone is not None:
        transcript.undo_step(gone)
    transcript.undo_step(noise)
    transcript.undo_step(merge)
    assert [s["id"] for s in transcript.record_segments()] == [first["id"], second["id"],
                                                               *[s["id"] for s in rest]]
    book.export(hearing["id"], out, "txt")
    assert first["asr_text"] in out.read_text(encoding="utf-8")
    # A step out of order is refused rather than applied to a changed segment.
    transcript.redo_step(merge)
    with pytest.raises(SegmentEditRefused):
        transcript.undo_step(noise)
    assert transcript.undo(first["id"]) is None  # part of a merge: undone as a whole step


def test_live_segments_keep_arriving_while_the_clerk_merges(heard, ko_model, hearing_audio):
    """Recognition appending on its own thread while the clerk merges on another."""
    import threading

    transcript = heard[3]
    before = len(transcript.segments())
    items = transcript_items = transcribe_file(hearing_audio["mono"], ko_model)
    errors: list[BaseException] = []

    def live() -> None:
        try:
            for n in range(20):
                for item in items:
                    transcript.add_utterance(item.utterance, "plaintiff",
                                             offset_ms=60_000 + n * 10_000)
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=live)
    worker.start()
    merges = 0
    while worker.is_alive() or merges < 3:
        shown = transcript.segments()
        try:
            transcript.merge_with_next(shown[0]["id"])
            merges += 1
        except SegmentEditRefused:
            pass
        if merges > 30:
            break
    worker.join(60)
    assert not errors
    assert len(transcript.segments()) == before + 20 * len(transcript_items) - merges
