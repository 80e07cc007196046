"""What a recording needs before its first sample, and who speaks when.

The plan, the model, the audio source and the case vocabulary are made on workers (the
store queue or the general pool) without touching a widget; the controller takes them
back on the GUI thread. :class:`RoleTimeline` remembers manual speaker switches.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from pathlib import Path

from courtdesk.app.config import MachineConfig
from courtdesk.offline_cache.errors import CourtdeskError

log = logging.getLogger(__name__)


@dataclass
class RecordingPlan:
    case_id: str
    hearing_id: str = ""  # empty: a new hearing of ``kind`` for today
    kind: str = "hearing"
    audio_file: Path | None = None  # transcribe a file instead of the courtroom microphones
    paced: bool = False  # play the file at real-time speed, as a live hearing would come
    pace: float = 1.0
    voice_commands: bool = False
    device: str | None = None  # the input the clerk chose; None: the machine config's


@dataclass
class PreparedAudio:
    source: object
    model: object | None
    vocabulary: object | None = None
    commands: object | None = None
    problems: list[CourtdeskError] = field(default_factory=list)


class RoleTimeline:
    """Manual speaker switches on a single microphone: which role spoke from when on."""

    def __init__(self) -> None:
        self._times: list[int] = []
        self._roles: list[str | None] = []

    def switch(self, at_ms: int, role: str | None) -> None:
        index = bisect.bisect_right(self._times, at_ms)
        del self._times[index:], self._roles[index:]  # a switch overrides later ones
        self._times.append(at_ms)
        self._roles.append(role)

    def role_at(self, ms: int) -> str | None:
        """The manual role at ``ms``; None when the microphone map decides."""
        index = bisect.bisect_right(self._times, ms) - 1
        return self._roles[index] if index >= 0 else None


def vocabulary_language(model) -> str:
    return model.text_language if model.text_language in ("zh", "ko") else "zh"


def microphone_roles(config: MachineConfig) -> dict[int, str]:
    # The machine config numbers mixer channels from 1, the recorder from 0.
    return {channel - 1: role for channel, role in config.microphones.items()}


def load_speech_model(config: MachineConfig):
    """The shared model (loaded once per process) and whether it can hear voice commands."""
    from courtdesk.speech.engine import SpeechModel
    from courtdesk.speech.models import find_model
    from courtdesk.speech.voice_commands import COMMAND_PHRASES, missing_words

    info = find_model(config.speech_language or None, None, config.model_paths)
    model = SpeechModel.shared(Path(info.path), info.language or "ko")
    phrases = COMMAND_PHRASES.get(vocabulary_language(model), {})
    commands = any(not missing_words(model.vosk_model, phrase)
                   for options in phrases.values() for phrase in options)
    return model, commands


def _make_source(plan: RecordingPlan, config: MachineConfig, roles: dict[int, str]):
    from courtdesk.speech.sources import DeviceSource, FileSource, PacedSource

    if plan.audio_file is not None:
        source = FileSource(plan.audio_file)
        return PacedSource(source, plan.pace) if plan.paced else source
    # Only the channels that have a microphone mapped (ALSA plugins claim 128 channels).
    channels = max(roles) + 1 if roles else 1
    return DeviceSource(plan.device or config.audio_device or None, channels=channels)


def prepare_audio(plan: RecordingPlan, config: MachineConfig, model, case: dict,
                   roles: dict[int, str]) -> PreparedAudio:
    """Runs on a worker: everything slow or device-bound before the first sample."""
    problems: list[CourtdeskError] = []
    if model is None:
        try:
            model, _ = load_speech_model(config)
        except CourtdeskError as exc:  # record the audio anyway; text can come later
            problems.append(exc)
    source = _make_source(plan, config, roles)
    prepared = PreparedAudio(source, model, problems=problems)
    if model is not None:
        from courtdesk.speech.vocabulary import CaseVocabulary

        language = vocabulary_language(model)
        prepared.vocabulary = CaseVocabulary.from_case(case, language)
        if plan.voice_commands:
            from courtdesk.speech.voice_commands import (
                VoiceCommandRecognizer,
                VoiceCommandsUnavailable,
            )

            try:
                prepared.commands = VoiceCommandRecognizer(model.vosk_model, language,
                                                           source.sample_rate)
            except (VoiceCommandsUnavailable, ValueError) as exc:
                log.warning("voice commands are off: %s", exc)
    return prepared
