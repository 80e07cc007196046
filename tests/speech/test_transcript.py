"""Correcting a hearing's transcript: edits keep history, undo, replace-all, vocabulary fixes."""

from __future__ import annotations

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.engine import Utterance
from courtdesk.speech.text import Word
from courtdesk.speech.vocabulary import CaseVocabulary, VocabularyTerm

PASSWORD = "password123"


@pytest.fixture
def setting(tmp_path, fast_kdf):
    store = LocalStore.open(tmp_path / "store", lambda r: "a passphrase" if r.attempt == 1
                            else None)
    book = AccountBook(store)
    admin = book.create(None, "it", "IT", Role.IT_ADMIN, PASSWORD)
    clerk = book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD)
    judge = book.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD)
    case = CaseBook(store, clerk).create_case("(2026)吉2401民初9号", "测试")
    CaseBook(store, clerk).add_member(case["id"], judge)
    hearing = HearingBook(store, clerk).hearing_to_record(case["id"], None)
    yield store, clerk, judge, case, hearing
    store.close()


def utterance(text: str, start: float, channel: int = 0) -> Utterance:
    words = [Word(w, start + i * 0.4, start + i * 0.4 + 0.3, 0.9)
             for i, w in enumerate(text.split())]
    return Utterance(channel, round(start * 1000), round(words[-1].end * 1000), words,
                     text, text)


def test_edit_keeps_the_recognizers_text_and_undo_restores(setting):
    store, clerk, _, _, hearing = setting
    transcript = HearingBook(store, clerk).editable_transcript(hearing["id"])
    seg = transcript.add_utterance(utterance("被告 朴影基 到庭", 1.0), "presiding_judge")
    transcript.edit(seg["id"], "被告朴英姬到庭。")
    transcript.edit(seg["id"], role="defendant")
    (current,) = transcript.segments()
    assert current["text"] == "被告朴英姬到庭。" and current["asr_text"] == "被告 朴影基 到庭"
    assert current["speaker_role"] == "defendant" and current["revision"] == 2
    transcript.undo(seg["id"])
    assert transcript.segments()[0]["speaker_role"] == "presiding_judge"
    transcript.undo(seg["id"])
    assert transcript.segments()[0]["text"] == "被告 朴影基 到庭"
    assert transcript.undo(seg["id"]) is None
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log")]
    assert actions.count("segment.edit") == 2 and actions.count("segment.undo") == 2


def test_replace_all_previews_then_applies_in_one_step(setting):
    store, clerk, _, _, hearing = setting
    transcript = HearingBook(store, clerk).editable_transcript(hearing["id"])
    transcript.add_utterance(utterance("原告 金明者 律师", 1.0), "plaintiff")
    transcript.add_utterance(utterance("金明者 请 发言", 5.0), "presiding_judge")
    transcript.add_utterance(utterance("被告 答辩", 9.0), "defendant")
    previews = transcript.preview_replace("金明者", "金明哲")
    assert len(previews) == 2 and store.pending_changes() >= 3
    assert all("金明者" in p.before and "金明哲" in p.after for p in previews)
    assert next(s["text"] for s in transcript.segments()) == "原告 金明者 律师"  # preview only
    transcript.replace_all("金明者", "金明哲")
    assert [s["text"] for s in transcript.segments()] == ["原告 金明哲 律师", "金明哲 请 发言",
                                                          "被告 答辩"]


def test_vocabulary_corrections_are_applied_listed_and_rejectable(setting):
    store, clerk, _, _, hearing = setting
    vocabulary = CaseVocabulary([VocabularyTerm("朴英姬", "party")], "zh")
    transcript = HearingBook(store, clerk).editable_transcript(hearing["id"])
    seg = transcript.add_utterance(utterance("被告 朴影基 到庭", 1.0), "presiding_judge",
                                   vocabulary=vocabulary)
    (current,) = transcript.segments()
    assert "朴英姬" in current["text"] and current["asr_text"] == "被告 朴影基 到庭"
    assert current["corrections"][0]["replacement"] == "朴英姬"
    transcript.reject_correction(seg["id"], 0)
    (current,) = transcript.segments()
    assert "朴影基" in current["text"] and current["corrections"][0]["rejected"]


def test_notes_are_kept_in_time_order(setting):
    store, clerk, _, _, hearing = setting
    transcript = HearingBook(store, clerk).editable_transcript(hearing["id"])
    transcript.add_note(65_000, "被告出示收条原件")
    transcript.add_note(5_000, "开庭")
    assert [n["text"] for n in transcript.notes()] == ["开庭", "被告出示收条原件"]


def test_deliberations_are_judges_only(setting):
    store, clerk, judge, case, _ = setting
    with pytest.raises(AccessDenied):
        HearingBook(store, clerk).hearing_to_record(case["id"], None, kind="deliberation")
    deliberation = HearingBook(store, judge).hearing_to_record(case["id"], None,
                                                               kind="deliberation")
    assert deliberation["confidential"] == 1
    with pytest.raises(AccessDenied):
        HearingBook(store, clerk).transcript(deliberation["id"])
    HearingBook(store, judge).editable_transcript(deliberation["id"]).add_note(0, "评议开始")


def test_export_record_has_roles_in_order(setting, tmp_path):
    import pymupdf as fitz

    store, clerk, _, _, hearing = setting
    book = HearingBook(store, clerk)
    transcript = book.editable_transcript(hearing["id"])
    transcript.add_utterance(utterance("现在 开庭", 1.0), "presiding_judge")
    transcript.add_utterance(utterance("请求 判令 被告 支付 货款", 4.0), "plaintiff")
    pages = book.export(hearing["id"], tmp_path / "record.pdf", "pdf")
    text = "".join(page.get_text() for page in fitz.open(tmp_path / "record.pdf"))
    flat = "".join(text.split())
    assert pages >= 1 and "庭审笔录" in flat
    assert flat.index("审判长：现在开庭") < flat.index("原告：请求判令被告支付货款")


def test_a_new_hearing_takes_place_in_this_pcs_courtroom(setting, tmp_path, monkeypatch):
    from courtdesk.app.config import TEMPLATE

    store, clerk, _, case, _ = setting
    config = tmp_path / "courtdesk.toml"
    config.write_text(TEMPLATE, encoding="utf-8")
    monkeypatch.setenv("COURTDESK_CONFIG", str(config))
    hearing = HearingBook(store, clerk).hearing_to_record(case["id"], None)
    assert hearing["place"] == "延吉市人民法院 第三审判庭"
