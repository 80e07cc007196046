"""The case server's own wheel: built by installers/build.sh, installed into a fresh
virtualenv (dependencies from the package index, through pip's cache), where none of the
desktop's libraries exist, and serving a real login from there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import debian_root
import httpx
import pytest
from debian_root import DebianRoot
from server_kit import PostgresCluster, free_port, postgres_bin

REPO = Path(__file__).resolve().parents[2]
DESKTOP_ONLY = ("PySide6", "shiboken6", "vosk", "fitz", "pymupdf", "sounddevice",
                "courtdesk.app", "courtdesk.ui", "courtdesk.offline_cache", "courtdesk.laws")
PASSWORD = "correct horse 1"
VERSION = "0.1.0.post7"
NEXT_VERSION = "0.1.0.post8"

pytestmark = pytest.mark.timeout(600)


def _clean_env(**extra: str) -> dict[str, str]:
    """No PYTHONPATH into the checkout and no courtdesk settings of the test run."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("COURTDESK_")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def server_dist(tmp_path_factory) -> Path:
    """installers/build.sh server: the wheel and the .deb, built once for this module."""
    out = tmp_path_factory.mktemp("server-dist")
    started = time.monotonic()
    subprocess.run(["bash", str(REPO / "installers" / "build.sh"), "server"],
                   env=_clean_env(PYTHON=sys.executable, COURTDESK_DIST=str(out),
                                  COURTDESK_BUILD=str(out / "build"),
                                  COURTDESK_VERSION=VERSION),
                   check=True, timeout=900, capture_output=True)
    print(f"server wheel and .deb built in {time.monotonic() - started:.1f} s")
    return out


@pytest.fixture(scope="module")
def server_wheel(server_dist) -> Path:
    return server_dist / f"courtdesk_server-{VERSION}-py3-none-any.whl"


@pytest.fixture(scope="module")
def server_venv(server_wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("server-venv")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120, env=_clean_env())
    # This test run's pip installs into the new environment (no pip bootstrap in it).
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "--quiet", "--disable-pip-version-check", str(server_wheel)],
                   check=True, timeout=480, env=_clean_env())
    print(f"installed into a fresh venv in {time.monotonic() - started:.1f} s")
    return venv


def test_the_wheel_holds_the_server_and_the_shared_code_only(server_wheel):
    with zipfile.ZipFile(server_wheel) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(f"courtdesk_server-{VERSION}.dist-info/METADATA").decode()
        entry_points = wheel.read(f"courtdesk_server-{VERSION}.dist-info/entry_points.txt"
                                  ).decode()
    packages = {"/".join(name.split("/")[:2]) for name in names if name.startswith("courtdesk/")}
    assert packages == {"courtdesk/common", "courtdesk/case_server"}
    assert "courtdesk/case_server/migrations/script.py.mako" in names
    assert "courtdesk/case_server/migrations/versions/0001_initial.py" in names
    assert "courtdesk-server = courtdesk.case_server.cli:main" in entry_points
    required = [line.split(":", 1)[1].strip().lower() for line in metadata.splitlines()
                if line.startswith("Requires-Dist:")]
    assert any(r.startswith("fastapi") for r in required)
    assert not [r for r in required if r.startswith(("pyside6", "vosk", "pymupdf",
                                                     "sounddevice"))]


def test_the_desktop_libraries_are_not_there_to_import(server_venv):
    code = ("import importlib.util as u, sys\n"
            "def found(name):\n"
            "    try:\n"
            "        return u.find_spec(name) is not None\n"
            "    except ModuleNotFoundError:\n"
            "        return False\n"
            "print(' '.join(n for n in sys.argv[1:] if found(n)))\n")
    present = subprocess.run([str(server_venv / "bin" / "python"), "-c", code, *DESKTOP_ONLY,
                              "fastapi", "psycopg", "courtdesk.case_server", "courtdesk.common"],
                             check=True, capture_output=True, text=True, timeout=60,
                             env=_clean_env()).stdout.split()
    assert present == ["fastapi", "psycopg", "courtdesk.case_server", "courtdesk.common"]


def test_the_installed_server_takes_a_login(server_venv, tmp_path):
    command = str(server_venv / "bin" / "courtdesk-server")
    env = _clean_env(COURTDESK_SERVER_DATA=str(tmp_path / "data"))

    def admin(*args: str, stdin: str | None = None) -> None:
        done = subprocess.run([command, "admin", *args], input=stdin, capture_output=True,
                              text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr

    admin("create-court", "--code", "YB", "--name", "延边中院")
    admin("create-user", "--court", "YB", "--role", "it_admin", "--username", "it",
          "--password-stdin", stdin=PASSWORD + "\n")
    port = free_port()
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([command, "--host", "127.0.0.1", "--port", str(port),
                                   "--log-level", "warning"], stdout=out,
                                  stderr=subprocess.STDOUT, env=env)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                assert server.poll() is None, log.read_text()
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.1)
            login = http.post("/auth/login", json={"username": "it", "password": PASSWORD})
            assert login.status_code == 200, login.text
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            me = http.get("/auth/me", headers=headers).json()
            assert (me["username"], me["role"]) == ("it", "it_admin")
            # The audit receipt key: the server's Ed25519 signing works in this install.
            key = http.get("/audit/receipt-key", headers=headers)
            assert key.status_code == 200 and len(key.json()["key_id"]) == 16
    finally:
        server.terminate()
        server.wait(30)


# -- the .deb, installed into a clean Debian root ------------------------------------------
@pytest.fixture(scope="module")
def server_deb(server_dist) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    return server_dist / f"courtdesk-server_{VERSION}_{arch}.deb"


def test_the_deb_asks_nothing_and_carries_no_desktop_library(server_deb):
    listing = subprocess.run(["dpkg-deb", "--contents", str(server_deb)], check=True,
                             capture_output=True, text=True).stdout
    control = subprocess.run(["dpkg-deb", "--info", str(server_deb)], check=True,
                             capture_output=True, text=True).stdout
    assert "./opt/courtdesk-server/courtdesk-server" in listing
    assert "./lib/systemd/system/courtdesk-server.service" in listing
    # No debconf question to ask: no templates, no config script.
    assert " templates" not in control and " config " not in control
    assert "conffiles" in control
    for desktop in ("PySide6", "shiboken6", "vosk", "fitz", "pymupdf", "sounddevice",
                    "libportaudio"):
        assert desktop.lower() not in listing.lower(), desktop


def _same_package_as_version(deb: Path, version: str, work: Path) -> Path:
    """The built package again under a later version: what an upgrade runs (maintainer
    scripts with the old version, conffile handling) without a second bundle build."""
    tree = work / "repacked"
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    control.write_text(control.read_text().replace(f"Version: {VERSION}\n",
                                                   f"Version: {version}\n"))
    out = work / f"courtdesk-server_{version}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z1", "--build", str(tree),
                    str(out)], check=True, capture_output=True)
    return out


def _unit(root: DebianRoot) -> dict[str, str]:
    text = (root.path / "lib/systemd/system/courtdesk-server.service").read_text()
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line
                and not line.startswith("#"))


def _wait_healthy(http: httpx.Client, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, log.read_text()
        try:
            if http.get("/health").status_code == 200:
                return
        except httpx.TransportError:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)


def test_the_deb_installs_serves_upgrades_and_purges(server_deb, tmp_path):
    reason = debian_root.available()
    assert reason is None, reason
    with DebianRoot(tmp_path / "debian") as root:
        started = time.monotonic()
        install = root.apt_get("install", root.copy_in(server_deb))
        print(f"apt-get install of the server .deb: {time.monotonic() - started:.1f} s")
        assert "courtdesk-server: installed" in install.stdout
        data = root.path / "var/lib/courtdesk-server"
        conf = root.path / "etc/courtdesk-server/courtdesk-server.conf"
        user = root.run("id", "-u", "courtdesk-server").stdout.strip()
        assert data.stat().st_uid == int(user) and oct(data.stat().st_mode)[-3:] == "750"
        assert oct(conf.stat().st_mode)[-3:] == "640"
        # IT's one edit: the port (a free one here).
        port = free_port()
        conf.write_text(conf.read_text().replace("--port 8470", f"--port {port}"))

        # Root runs admin commands through /usr/bin/courtdesk-server: the service's database,
        # and files owned by the service's user.
        root.run("courtdesk-server", "admin", "create-court", "--code", "YB", "--name",
                 "延边中院")
        root.run("courtdesk-server", "admin", "create-user", "--court", "YB", "--role",
                 "it_admin", "--username", "it", "--password-stdin", input=PASSWORD + "\n")
        assert (data / "server.db").stat().st_uid == int(user)

        # The service's command, as systemd runs it: its user, its environment file.
        unit = _unit(root)
        assert unit["User"] == "courtdesk-server"
        command = (f"set -a; . {unit['EnvironmentFile']}; set +a; "
                   f"exec {unit['ExecStart']}")
        log = tmp_path / "service.log"
        with open(log, "wb") as out:
            service = subprocess.Popen(
                [shutil.which("chroot") or "/usr/sbin/chroot",
                 f"--userspec={unit['User']}:{unit['Group']}", str(root.path),
                 "/bin/sh", "-c", command], stdout=out, stderr=subprocess.STDOUT,
                env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
                _wait_healthy(http, service, log)
                login = http.post("/auth/login", json={"username": "it", "password": PASSWORD})
                assert login.status_code == 200, login.text
                me = http.get("/auth/me", headers={
                    "Authorization": f"Bearer {login.json()['access_token']}"}).json()
                assert (me["username"], me["role"]) == ("it", "it_admin")
        finally:
            service.terminate()
            service.wait(30)

        # The bundled PostgreSQL driver: the same command against a real PostgreSQL.
        cluster = PostgresCluster(postgres_bin()).start()
        try:
            url = cluster.new_database().replace("postgresql+psycopg://", "postgresql://")
            root.run("courtdesk-server", "--db", url, "admin", "create-court", "--code",
                     "PG", "--name", "PostgreSQL court")
            listed = root.run("courtdesk-server", "--db", url, "admin", "list-courts")
            assert "PG\tPostgreSQL court" in listed.stdout
        finally:
            cluster.stop()

        # An upgrade keeps the database, its owner and IT's edited settings.
        upgrade = _same_package_as_version(server_deb, NEXT_VERSION, tmp_path)
        root.apt_get("install", root.copy_in(upgrade))
        assert f"Version: {NEXT_VERSION}" in root.run("dpkg", "-s", "courtdesk-server").stdout
        assert f"--port {port}" in conf.read_text()
        assert (data / "server.db").stat().st_uid == int(user)
        assert "YB\t延边中院" in root.run("courtdesk-server", "admin", "list-courts").stdout

        removed = root.apt_get("remove", "courtdesk-server")
        assert "Kept /var/lib/courtdesk-server" in removed.stdout
        assert (data / "server.db").exists() and conf.exists()
        assert not (root.path / "opt/courtdesk-server").exists()

        purged = root.apt_get("purge", "courtdesk-server")
        assert "Deleted /var/lib/courtdesk-server" in purged.stdout
        assert not data.exists() and not conf.parent.exists()
