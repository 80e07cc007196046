"""The Windows installer: compiled by the real makensis, then run silently under wine64.

No Windows bundle can be built on Linux (PyInstaller does not cross-build), so the bundle folder
here has the Windows bundle's layout with placeholder files: courtdesk.exe and courtdesk-cli.exe
are not Windows programs. What needs courtdesk-cli to run (a /CONFIG that passes the check, a
/MODEL that installs) is not exercised here; `config check FILE` and `models install` are
tested in tests/app and tests/speech. Everything else the installer does, it does here in
wine's C: drive: program files, the machine config, Add/Remove Programs, upgrade, uninstall,
purge, and the exit codes IT's tools read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WINE = Path("/usr/lib/wine/wine64")  # Debian's wine64 alone: no i386 architecture needed
WINESERVER = Path("/usr/lib/wine/wineserver")
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\courtdesk"

pytestmark = pytest.mark.timeout(300)


def make_bundle(folder: Path, marker: str) -> Path:
    (folder / "_internal").mkdir(parents=True)
    for name in ("courtdesk.exe", "courtdesk-cli.exe"):
        (folder / name).write_text(f"placeholder for the Windows bundle's {name}\n")
    (folder / "_internal" / f"only-in-{marker}.txt").write_text(marker)
    return folder


def build(bundle: Path, version: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COURTDESK_VERSION": version, "PYTHON": sys.executable, **env_extra}
    return subprocess.run(["bash", str(REPO / "installers" / "build.sh"), "windows", str(bundle)],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def setups(tmp_path_factory):
    """Two versions' setup programs, as the upgrade needs them."""
    work = tmp_path_factory.mktemp("windows")
    made = {}
    for version in ("0.1.0", "0.1.1"):
        result = build(make_bundle(work / f"bundle-{version}", version), version)
        assert result.returncode == 0, result.stdout + result.stderr
        setup = REPO / "dist" / f"courtdesk-{version}-setup.exe"
        made[version] = work / setup.name
        shutil.move(setup, made[version])  # dist/ and the temp folder: maybe two disks
    return made


@pytest.fixture(scope="module")
def wine(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("wineprefix")
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml="}  # no Mono or Gecko prompt in a new prefix
    env.pop("DISPLAY", None)  # a silent install opens no window: prove it needs no display
    # One wineserver for the whole module: each wine command then starts in a fraction of a
    # second instead of bringing Windows' services up again.
    subprocess.run([str(WINESERVER), "-p"], env=env, check=True, timeout=60)

    uninstall_log = prefix / "drive_c" / "users" / "root" / "Temp" / "courtdesk-uninstall.log"

    def uninstalls_finished() -> int:
        # Its last line, written after everything is deleted, names the users' data it kept.
        if not uninstall_log.exists():
            return 0
        return uninstall_log.read_text("utf-16", errors="replace").count("%LOCALAPPDATA%")

    def run(*args: str) -> int:
        finished = uninstalls_finished()
        # Not piped: Windows' services that wine starts outlive this command and hold pipes.
        result = subprocess.run([str(WINE), *args], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, timeout=180)
        if args[0].endswith("uninstall.exe"):
            # It hands over to a copy of itself and returns at once: wait for that copy.
            deadline = time.monotonic() + 120
            while uninstalls_finished() == finished:
                assert time.monotonic() < deadline, "the uninstaller did not finish"
                time.sleep(0.1)
        return result.returncode

    def reg(name: str) -> str:
        with open(prefix / "reg.txt", "w+b") as out:
            code = subprocess.run([str(WINE), "reg", "query", UNINSTALL_KEY, "/v", name],
                                  env=env, stdout=out, stderr=subprocess.DEVNULL,
                                  timeout=60).returncode
            out.seek(0)
            return out.read().decode().split()[-1] if code == 0 else ""

    run.reg = reg
    run.c = prefix / "drive_c"
    run.z = lambda path: "Z:" + str(path).replace("/", "\\")
    yield run
    subprocess.run([str(WINESERVER), "-k"], env=env, timeout=60)


def test_build_refuses_a_folder_that_is_not_a_windows_bundle(tmp_path):
    (tmp_path / "courtdesk.exe").write_text("")
    result = build(tmp_path, "0.1.0")
    assert result.returncode == 2 and "has no courtdesk-cli.exe" in result.stderr


def pe_machine(program: Path) -> int:
    data = program.read_bytes()[:4096]
    header = int.from_bytes(data[0x3C:0x40], "little")
    assert data[header:header + 4] == b"PE\0\0"
    return int.from_bytes(data[header + 4:header + 6], "little")


def test_setups_for_64_and_32_bit_nsis(setups, tmp_path):
    # NSIS's own Windows release has no 64-bit stubs: build.ps1 falls back to a 32-bit setup.
    assert pe_machine(setups["0.1.0"]) == 0x8664
    result = build(make_bundle(tmp_path / "bundle", "x86"), "0.1.2",
                   COURTDESK_NSIS_TARGET="x86-unicode")
    assert result.returncode == 0, result.stdout + result.stderr
    setup = REPO / "dist" / "courtdesk-0.1.2-setup.exe"
    assert pe_machine(setup) == 0x14C
    setup.unlink()


def test_silent_install_upgrade_uninstall_and_purge(setups, wine, tmp_path):
    program = wine.c / "Program Files" / "courtdesk"
    machine = wine.c / "ProgramData" / "courtdesk"
    config = machine / "courtdesk.toml"
    template = subprocess.run([sys.executable, "-m", "courtdesk.app", "config", "template"],
                              capture_output=True, text=True, timeout=60, check=True).stdout

    # A /CONFIG that is not there: exit 4, nothing installed.
    assert wine(str(setups["0.1.0"]), "/S", "/CONFIG=" + wine.z(tmp_path / "nope.toml")) == 4
    assert not program.exists()

    # No config given, none present: the commented template from the same source.
    assert wine(str(setups["0.1.0"]), "/S") == 0
    assert sorted(p.name for p in program.iterdir()) == [
        "_internal", "courtdesk-cli.exe", "courtdesk.exe", "uninstall.exe"]
    assert config.read_text("utf-8").replace("\r\n", "\n") == template
    assert wine.reg("DisplayVersion") == "0.1.0" and wine.reg("Publisher") == "courtdesk"
    assert int(wine.reg("EstimatedSize"), 16) > 0
    assert "courtdesk.exe" in wine.reg("DisplayIcon")
    start_menu = wine.c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert len(list((start_menu / "courtdesk").glob("*.lnk"))) == 2  # the app and doctor

    # IT's courtroom file is checked by the bundle's courtdesk-cli before anything changes;
    # when that check cannot run, the setup stops (exit 6) and the PC keeps its config.
    config.write_text('[court]\ncourtroom = "第三审判庭"\n', encoding="utf-8")
    courtroom = tmp_path / "court room 3.toml"  # a path with spaces: one quoted argument
    courtroom.write_text('[court]\ncourtroom = "第五审判庭"\n', encoding="utf-8")
    assert wine(str(setups["0.1.1"]), "/S", "/CONFIG=" + wine.z(courtroom)) == 6
    assert config.read_text("utf-8") == '[court]\ncourtroom = "第三审判庭"\n'
    assert wine.reg("DisplayVersion") == "0.1.0"
    log = (machine / "setup.log").read_text("utf-16")
    assert "config check could not run" in log and "court room 3.toml" in log

    # Upgrade: the new program whole, the PC's config and users' data as they were.
    user_data = wine.c / "users" / "root" / "AppData" / "Local" / "courtdesk"
    user_data.mkdir(parents=True)
    (user_data / "store.db").write_bytes(b"a hearing")
    assert wine(str(setups["0.1.1"]), "/S", "/DESKTOP") == 0
    assert (program / "_internal" / "only-in-0.1.1.txt").exists()
    assert not (program / "_internal" / "only-in-0.1.0.txt").exists()
    assert config.read_text("utf-8") == '[court]\ncourtroom = "第三审判庭"\n'
    assert wine.reg("DisplayVersion") == "0.1.1"
    desktop = wine.c / "users" / "Public" / "Desktop"
    assert len(list(desktop.glob("*.lnk"))) == 1

    # Uninstall keeps the config and user data; /PURGE deletes the machine's courtdesk folder.
    assert wine(str(program / "uninstall.exe"), "/S") == 0
    assert not program.exists() and wine.reg("DisplayVersion") == ""
    assert not list(desktop.glob("*.lnk")) and not (start_menu / "courtdesk").exists()
    assert config.exists() and (user_data / "store.db").read_bytes() == b"a hearing"
    # A speech model with the install: a file that is not there stops it before it starts;
    # a model that does not install leaves courtdesk installed, with exit 7 and the log.
    model = tmp_path / "vosk-model-cn-0.22.zip"
    assert wine(str(setups["0.1.1"]), "/S", "/MODEL=" + wine.z(model)) == 4
    assert not program.exists()
    with zipfile.ZipFile(model, "w") as archive:
        archive.writestr("vosk-model-cn-0.22/README", "not a whole model")
    assert wine(str(setups["0.1.1"]), "/S", "/MODEL=" + wine.z(model)) == 7
    assert (program / "courtdesk.exe").exists() and wine.reg("DisplayVersion") == "0.1.1"
    assert "the speech model is not" in (machine / "setup.log").read_text("utf-16")
    assert config.read_text("utf-8") == '[court]\ncourtroom = "第三审判庭"\n'  # kept on reinstall
    assert wine(str(program / "uninstall.exe"), "/S", "/PURGE") == 0
    assert not machine.exists() and not program.exists()
    assert (user_data / "store.db").read_bytes() == b"a hearing"
