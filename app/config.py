"""The machine config: one TOML file court IT writes for each courtroom PC.

Found at ``COURTDESK_CONFIG`` when set, else at the platform's system config location
(``/etc/courtdesk/courtdesk.toml`` on Linux, ``%PROGRAMDATA%\\courtdesk\\courtdesk.toml`` on
Windows). A missing file means defaults; a wrong one is refused with a message that names
the key and the fix — courtdesk never guesses at a courtroom's microphones.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from courtdesk.offline_cache.errors import CourtdeskError
from courtdesk.speech.endpoint import LIVE_SILENCE_MS

LANGUAGES = ("zh_CN", "en", "ko")
# Languages a courtroom's hearings are held in, as speech models are labelled.
HEARING_LANGUAGES = {"zh": "Mandarin", "ko": "Korean", "en": "English"}
SPEAKER_ROLES = ("judge", "presiding_judge", "people_assessor", "clerk", "plaintiff",
                 "defendant", "third_party", "witness", "appraiser", "interpreter", "other")


class ConfigError(CourtdeskError):
    code = "config_error"


def system_config_path() -> Path:
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "courtdesk" / "courtdesk.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/courtdesk/courtdesk.toml")
    return Path("/etc/courtdesk/courtdesk.toml")


def config_path() -> Path:
    override = os.environ.get("COURTDESK_CONFIG")
    return Path(override) if override else system_config_path()


@dataclass
class SigningConfig:
    """Where this PC's signing keys and trust come from ([signing] in the machine config).

    Secrets are never in the file: the PKCS#12 password or token PIN is asked for when
    signing, and the station password lives in the system keyring.
    """

    court_ca: str = ""        # PEM: the court's CA; signatures verify as trusted against it
    tsa_url: str = ""         # RFC 3161 timestamp authority; empty: no timestamps
    seal_p12: str = ""        # the court seal's PKCS#12 file (password asked when sealing)
    pkcs11_module: str = ""   # or the court's USB key: the token's PKCS#11 library,
    token_label: str = ""     # the token's label
    key_label: str = ""       # and the seal key's label on it
    station_p12: str = ""     # this PC's signing-station certificate: signs the parties' strokes


@dataclass
class CastConfig:
    """This PC as a room screen ([cast] in the machine config): what `courtdesk cast receive`
    uses unless told otherwise on its command line."""

    receiver_name: str = ""   # the name presenters see; empty: the PC's host name
    public: bool = False      # a screen the public sees: presenters' documents come redacted
    port: int = 8765
    web: bool = False         # browsers on displays may show this screen (with the viewer key)
    screen_index: int = 0     # the monitor the full-screen window goes to


DEMO_SIGNING_FOLDER = "demo-signing"  # in the demo's profile: its CA, station and seal keys


@dataclass
class MachineConfig:
    path: Path | None = None
    court: str = ""
    courtroom: str = ""
    server_url: str = ""
    server_ca_file: str = ""
    default_language: str = "zh_CN"
    microphones: dict[int, str] = field(default_factory=dict)  # input channel -> speaker role
    audio_device: str = ""
    model_paths: list[str] = field(default_factory=list)
    # The courtroom's hearing language: hearings are transcribed with a model of it. A config
    # file that does not name it means Mandarin; with no config file at all ("") any
    # installed model is used (a developer's or the demo's PC).
    speech_language: str = ""
    pause_ms: int = LIVE_SILENCE_MS  # a live final after this much quiet; 0: decoder's rules
    signing: SigningConfig = field(default_factory=lambda: SigningConfig())
    cast: CastConfig = field(default_factory=lambda: CastConfig())

    @property
    def exists(self) -> bool:
        return self.path is not None


def _fail(path: Path, key: str, problem: str, fix: str) -> ConfigError:
    return ConfigError(f"{path}: [{key}] {problem}. {fix}", path=str(path), key=key)


# Every key of the machine config, by section: anything else in the file is refused.
KEYS: dict[str, set[str]] = {
    "court": {"name", "courtroom"},
    "server": {"url", "ca_file"},
    "ui": {"language"},
    "audio": {"device", "microphones"},
    "speech": {"language", "model_paths", "pause_ms"},
    "signing": {"court_ca", "tsa_url", "seal_p12", "pkcs11_module", "token_label", "key_label",
                "station_p12"},
    "cast": {"receiver_name", "public", "port", "web", "screen_index"},
}


def load_config(path: Path | None = None) -> MachineConfig:
    path = path or config_path()
    if not path.exists():
        if os.environ.get("COURTDESK_CONFIG"):
            raise ConfigError(
                f"COURTDESK_CONFIG names {path}, which does not exist. Fix the path or unset it.",
                path=str(path),
            )
        return MachineConfig()
    import tomllib  # here, not at the top: a PC without a config file starts without it

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}. Fix that line.",
                          path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} cannot be read: {exc}.", path=str(path)) from exc

    for section in data:
        if section not in KEYS:
            raise _fail(path, section, "is not a courtdesk setting",
                        f"Use only these sections: {', '.join(sorted(KEYS))}")

    def section(name: str) -> dict:
        keys = KEYS[name]
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise _fail(path, name, "must be a table", f"Write it as [{name}]")
        for key in value:
            if key not in keys:
                raise _fail(path, f"{name}.{key}", "is not a courtdesk setting",
                            f"Known keys in [{name}]: {', '.join(sorted(keys))}")
        return value

    def text(table: dict, name: str, key: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise _fail(path, f"{name}.{key}", "must be text", f'Write it as {key} = "..."')
        return value

    court, server, ui, audio = (section(name) for name in ("court", "server", "ui", "audio"))
    speech, signing = section("speech"), section("signing")

    config = MachineConfig(path=path, court=text(court, "court", "name"),
                           courtroom=text(court, "court", "courtroom"))
    config.server_url = text(server, "server", "url").rstrip("/")
    if config.server_url and not config.server_url.startswith(("https://", "http://127.0.0.1")):
        raise _fail(path, "server.url", "must start with https://",
                    "Court data only travels over TLS; use the server's https:// address")
    config.server_ca_file = text(server, "server", "ca_file")
    if config.server_ca_file and not Path(config.server_ca_file).is_file():
        raise _fail(path, "server.ca_file", f"names {config.server_ca_file}, which is missing",
                    "Copy the court's CA certificate there or fix the path")
    language = text(ui, "ui", "language") or "zh_CN"
    if language not in LANGUAGES:
        raise _fail(path, "ui.language", f"is {language!r}", f"Use one of {', '.join(LANGUAGES)}")
    config.default_language = language
    config.audio_device = text(audio, "audio", "device")
    microphones = audio.get("microphones", {})
    if not isinstance(microphones, dict):
        raise _fail(path, "audio.microphones", "must be a table of channel = role",
                    'Write it as microphones = { 1 = "judge", 2 = "plaintiff" }')
    for channel, role in microphones.items():
        if not str(channel).isdigit() or int(channel) < 1:
            raise _fail(path, f"audio.microphones.{channel}", "is not a channel number",
                        "Channels are numbered from 1, as on the mixer")
        if role not in SPEAKER_ROLES:
            raise _fail(path, f"audio.microphones.{channel}", f"has unknown role {role!r}",
                        f"Use one of {', '.join(SPEAKER_ROLES)}")
        config.microphones[int(channel)] = role
    model_paths = speech.get("model_paths", [])
    if not isinstance(model_paths, list) or not all(isinstance(p, str) for p in model_paths):
        raise _fail(path, "speech.model_paths", "must be a list of folders",
                    'Write it as model_paths = ["/opt/vosk/model-cn"]')
    config.model_paths = model_paths
    hearing = text(speech, "speech", "language") or "zh"
    if hearing not in HEARING_LANGUAGES:
        raise _fail(path, "speech.language", f"is {hearing!r}",
                    "Name the courtroom's hearing language: "
                    + ", ".join(f'"{k}" ({v})' for k, v in HEARING_LANGUAGES.items()))
    config.speech_language = hearing
    pause_ms = speech.get("pause_ms", LIVE_SILENCE_MS)
    if not isinstance(pause_ms, int) or isinstance(pause_ms, bool) or not (
            pause_ms == 0 or 150 <= pause_ms <= 2000):
        raise _fail(path, "speech.pause_ms", f"is {pause_ms!r}",
                    "Give milliseconds between 150 and 2000, or 0 to end lines only where the "
                    "recognizer's own rules do")
    config.pause_ms = pause_ms
    config.signing = _signing(path, signing, text)
    config.cast = _cast(path, section("cast"), text)
    return config


def _cast(path: Path, table: dict, text) -> CastConfig:
    cast = CastConfig(receiver_name=text(table, "cast", "receiver_name").strip())
    for key in ("public", "web"):
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise _fail(path, f"cast.{key}", f"is {value!r}", f"Write {key} = true or false")
        setattr(cast, key, value)
    for key, low, high in (("port", 1, 65535), ("screen_index", 0, 15)):
        value = table.get(key, getattr(cast, key))
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _fail(path, f"cast.{key}", f"is {value!r}",
                        f"Give a whole number from {low} to {high}")
        setattr(cast, key, value)
    return cast


def _signing(path: Path, table: dict, text) -> SigningConfig:
    signing = SigningConfig(**{key: text(table, "signing", key) for key in table})
    for key in ("court_ca", "seal_p12", "pkcs11_module", "station_p12"):
        value = getattr(signing, key)
        if value and not Path(value).is_file():
            raise _fail(path, f"signing.{key}", f"names {value}, which is missing",
                        "Copy the file there or fix the path")
    if signing.tsa_url and not signing.tsa_url.startswith(("https://", "http://")):
        raise _fail(path, "signing.tsa_url", f"is {signing.tsa_url!r}",
                    "Give the timestamp authority's http:// or https:// address")
    if signing.pkcs11_module and not (signing.token_label and signing.key_label):
        raise _fail(path, "signing.pkcs11_module", "is set without token_label and key_label",
                    "Name the token and the seal key on it")
    return signing


def signing_config(home: Path | None = None, configured=None):
    """[signing] of the machine config (``configured``, else read now); on a PC whose config
    names no station key, the demo profile's own demo keys and demo court CA (made by
    ``courtdesk --demo demo``) when this is that profile, so the demo's records verify."""
    from .profile import profile_dir

    configured = configured if configured is not None else load_config().signing
    if configured.station_p12:
        return configured
    folder = (home or profile_dir()) / DEMO_SIGNING_FOLDER
    if not (folder / "court-ca.pem").is_file():
        return configured
    return SigningConfig(
        court_ca=str(folder / "court-ca.pem"), tsa_url=configured.tsa_url,
        seal_p12=str(folder / "seal-rsa.p12"), station_p12=str(folder / "station.p12"))


TEMPLATE = """\
# courtdesk machine config — one per courtroom or meeting-room PC.
# Linux: /etc/courtdesk/courtdesk.toml   Windows: %PROGRAMDATA%\\courtdesk\\courtdesk.toml
# Check it with:  courtdesk doctor

[court]
name = "延吉市人民法院"
courtroom = "第三审判庭"

[server]
# The court's case system. Leave empty to work on the local store only.
url = ""
# The court CA that signs the server's certificate (pinned: no other CA is trusted).
ca_file = ""

[ui]
language = "zh_CN"        # zh_CN, en or ko

[audio]
device = ""               # input device name as `courtdesk doctor` lists it; empty = default
# Mixer channel -> speaker role. Roles: judge, presiding_judge, people_assessor, clerk,
# plaintiff, defendant, third_party, witness, appraiser, interpreter, other
microphones = { 1 = "presiding_judge", 2 = "plaintiff", 3 = "defendant", 4 = "clerk" }

[speech]
language = "zh"           # the hearings' language: zh (Mandarin), ko (Korean) or en; doctor
                          # checks a model for it is installed (courtdesk models install)
model_paths = []          # extra Vosk model folders installed by IT
# A live line is final once the speaker has paused this long (ms). Longer: fewer lines cut at
# a speaker's pauses; 0: only where the recognizer's own rules end one (about 1 s later).
pause_ms = 300

[signing]
court_ca = ""             # the court CA certificate (PEM) that signed records are checked against
tsa_url = ""              # RFC 3161 timestamp authority; offline, timestamps are added later
seal_p12 = ""             # the court seal as a PKCS#12 file, or the USB key below
pkcs11_module = ""        # e.g. the token vendor's PKCS#11 library
token_label = ""
key_label = ""
station_p12 = ""          # this PC's certificate that signs the parties' handwritten signatures

[cast]
# This PC as a room screen (`courtdesk cast receive`); command-line options win.
receiver_name = ""        # the name presenters see, e.g. "第三审判庭大屏"; empty: the host name
public = false            # the public sees this screen: documents cast to it come redacted
port = 8765
web = false               # browsers on displays may show this screen (they need its viewer key)
screen_index = 0          # the monitor the full-screen window goes to (0: the first)
"""
