"""Live captions as a courtroom uses them: `courtdesk hearing record` captures a hearing
through a real capture device (ALSA's file device, PortAudio) with the real Korean Vosk
model, `courtdesk cast captions` follows it from another process and casts it to a real
`courtdesk cast receive`; the captions arrive with their speakers' roles. A deliberation
is refused by the core, whoever asks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from cast_kit import PIN, CastProcess, cli_env, start_receiver

from courtdesk.app.accounts import AccountBook
from courtdesk.app.hearing_setup import HearingSetup
from courtdesk.app.hearings import HearingBook
from courtdesk.casting.captions import CaptionBoard
from courtdesk.casting.captions_feed import LiveCaptionsPublisher, read_live_captions
from courtdesk.casting.errors import CaptionsRefused
from courtdesk.offline_cache.store import LocalStore

from speech_audio import KO_LINES, read_wav, silence, speak
from testkit import ask

pytestmark = pytest.mark.timeout(300)  # a model load and real recognition on 2 shared cores

ALSA_CONF = """
pcm.courtin {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{raw}"
  format "raw"
}}
"""
ROLES = "0=presiding_judge,1=plaintiff_agent"


def _hearings(home: Path, case_id: str) -> dict:
    """A hearing the clerk set up, and a deliberation of the panel."""
    store = LocalStore.open(home / "store", ask())
    try:
        accounts = AccountBook(store)
        clerk, presiding = accounts.find("clerk"), accounts.find("presiding")
        hearing = HearingBook(store, clerk).new_hearing(case_id, HearingSetup("trial"))
        deliberation = HearingBook(store, presiding).new_hearing(
            case_id, HearingSetup("deliberation"))
    finally:
        store.close()
    return {"hearing": hearing, "deliberation": deliberation}


def _microphones(tmp_path: Path) -> tuple[dict, float]:
    """Two microphones on one device: the presiding judge, then the plaintiff's lawyer."""
    judge = read_wav(speak(KO_LINES[0], tmp_path / "judge.wav"))
    lawyer = read_wav(speak(KO_LINES[1], tmp_path / "lawyer.wav"))
    gap = silence(1.2)
    left = np.concatenate([judge, gap, silence(len(lawyer) / 16000), gap])
    right = np.concatenate([silence(len(judge) / 16000), gap, lawyer, gap])
    raw = tmp_path / "hearing.raw"
    raw.write_bytes(np.stack([left, right], axis=1).tobytes())  # interleaved s16le
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(raw=raw))
    return {"ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{conf}"}, len(left) / 16000


def _audit(home: Path, action: str) -> list[dict]:
    store = LocalStore.open(home / "store", ask())
    try:
        return [json.loads(r["detail"] or "{}") for r in store.query(
            "SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))]
    finally:
        store.close()


def test_live_captions_of_a_recorded_hearing_arrive_with_their_roles(
        tmp_path, presenter_home, processes, tmp_path_factory):
    if not Path("/usr/share/alsa/alsa.conf").exists():
        pytest.fail("needs ALSA's configuration (libasound2)")
    home, profile = presenter_home
    made = _hearings(home, profile["case"]["id"])
    hearing_id = made["hearing"]["id"]
    audio_env, seconds = _microphones(tmp_path)
    receiver = start_receiver(tmp_path)
    processes.append(receiver)

    caster = CastProcess(["--user", "clerk", "cast", "captions", hearing_id, "--to",
                          receiver.address, "--pin", PIN, "--json"], cli_env(home), stdin=True)
    processes.append(caster)
    caster.wait_for(lambda e: e.get("event") == "waiting")  # started before the recording
    receiver.wait_for(lambda e: e["event"] == "painted" and e["kind"] == "captions")

    env = {**cli_env(home), **audio_env,
           "COURTDESK_CACHE": str(tmp_path_factory.getbasetemp() / "model-cache")}
    recorder = CastProcess(["--user", "clerk", "hearing", "record", "--case",
                            profile["case"]["id"], "--hearing", hearing_id, "--device",
                            "courtin", "--roles", ROLES, "--seconds", f"{seconds:.2f}",
                            "--json"], env)
    processes.append(recorder)
    summary = recorder.wait_for(lambda e: e.get("type") == "summary", 240)
    assert recorder.finish() == 0, recorder.stderr_now()
    segments = [e["segment"] for e in recorder.lines if e.get("type") == "segment"]
    assert {s["role"] for s in segments} == {"presiding_judge", "plaintiff_agent"}
    assert summary["segments"] == len(segments)

    caster.wait_for(lambda e: e.get("event") == "recording_ended", 30)
    said = [(s["role"], s["text"]) for s in segments]
    # The screen ends on every final line, each with its role as the record names it.
    last = receiver.wait_for(lambda e: e["event"] == "painted" and e["kind"] == "captions"
                             and [(line["role"], line["text"]) for line in e["lines"]]
                             == said[-4:] and not e["forming"], 30)
    labels = {line["role"]: line["label"] for line in last["lines"]}
    assert labels == {"presiding_judge": "审判长", "plaintiff_agent": "原告代理人"}
    painted = [e for e in receiver.events("painted") if e["kind"] == "captions"]
    # The lines forming were cast as they formed, grey, before they were final.
    assert any(e["forming"] for e in painted)
    assert [e["seq"] for e in painted] == sorted({e["seq"] for e in painted})
    assert last["presenter"] == "崔美兰" and (last["width"], last["height"]) == (1280, 720)
    screen = tmp_path / "rx-screen" / "screen.png"
    assert screen.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("COURTDESK_SCREENSHOTS"):
        shutil.copy(screen, Path(os.environ["COURTDESK_SCREENSHOTS"]) / "captions-zh_CN.png")

    caster.command("stop")
    assert caster.finish() == 0, caster.stderr_now()
    assert receiver.wait_for(lambda e: e["event"] == "cleared")["reason"] == "stopped"
    assert not screen.exists()
    (start,) = _audit(home, "cast.start")
    assert start["what"] == "captions" and start["address"] == receiver.address
    (stop,) = _audit(home, "cast.stop")
    assert stop["what"] == "captions" and stop["bytes_sent"] > 0


def test_a_deliberation_is_never_cast(tmp_path, presenter_home, processes):
    home, profile = presenter_home
    deliberation = _hearings(home, profile["case"]["id"])["deliberation"]
    receiver = start_receiver(tmp_path)
    processes.append(receiver)

    # The CLI: refused before anything reaches the receiver, and audited.
    caster = CastProcess(["--user", "presiding", "cast", "captions", deliberation["id"],
                          "--to", receiver.address, "--pin", PIN, "--json"], cli_env(home))
    processes.append(caster)
    refusal = caster.wait_for(lambda e: "error" in e)
    assert caster.finish() != 0
    assert refusal["error"] == "cast_captions_confidential"
    assert "deliberation" in refusal["message"]
    (refused,) = _audit(home, "cast.refused")
    assert refused["error"] == "cast_captions_confidential"
    assert not receiver.events("paired")

    # The core: no captions board, no live captions kept while it is recorded, and none
    # read out even if a row were there.
    store = LocalStore.open(home / "store", ask())
    try:
        with pytest.raises(CaptionsRefused):
            CaptionBoard(deliberation)
        assert LiveCaptionsPublisher.for_hearing(store, deliberation) is None
        assert store.query("SELECT * FROM live_captions") == []
        with store.transaction():
            store.conn.execute("INSERT INTO live_captions VALUES (?, 1, ?, 0, '')",
                               (deliberation["id"], '{"lines": [{"text": "评议意见"}]}'))
        with pytest.raises(CaptionsRefused):
            read_live_captions(store, deliberation)
    finally:
        store.close()
