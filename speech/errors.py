"""Speech errors a clerk or court IT can act on."""

from __future__ import annotations

from courtdesk.offline_cache.errors import CourtdeskError


class AudioFormatError(CourtdeskError):
    code = "audio_format"


class AudioDeviceError(CourtdeskError):
    code = "audio_device"


class ModelError(CourtdeskError):
    code = "speech_model"


class RecordingError(CourtdeskError):
    code = "recording"
