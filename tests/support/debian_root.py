"""A clean Debian root for package tests: ``debootstrap --variant=minbase`` of the release
this machine runs, from the mirror apt already uses. The base is made once (about 30 s) and
kept between runs; each test works in its own writable layer over it and runs commands
inside with chroot. Needs root, debootstrap and network access to the mirror."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BASE_DIR = Path(os.environ.get("COURTDESK_TEST_DEBIAN_ROOTS", "/var/tmp/courtdesk-debian-roots"))
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


def available() -> str | None:
    """Why a Debian root cannot be made here, or None when it can."""
    if os.geteuid() != 0:
        return "making a Debian root needs root (debootstrap, chroot, mount)"
    if not shutil.which("debootstrap"):
        return "debootstrap is not installed (Debian package debootstrap)"
    return None


def _mirror_and_suite() -> tuple[str, str]:
    """The first Debian mirror and suite in this machine's apt sources (deb822 or one-line)."""
    sources = Path("/etc/apt/sources.list.d/debian.sources")
    if sources.exists():
        fields = {}
        for line in sources.read_text().splitlines():
            if not line.strip():
                if fields.get("URIs") and fields.get("Suites"):
                    break
                fields = {}
            elif ":" in line and not line.startswith(("#", " ")):
                key, value = line.split(":", 1)
                fields[key.strip()] = value.split()[0] if value.split() else ""
        if fields.get("URIs") and fields.get("Suites"):
            return fields["URIs"], fields["Suites"]
    listed = Path("/etc/apt/sources.list")
    for line in listed.read_text().splitlines() if listed.exists() else []:
        words = [w for w in line.split() if not w.startswith("[")]
        if len(words) >= 3 and words[0] == "deb":
            return words[1], words[2]
    release = dict(line.split("=", 1) for line in
                   Path("/etc/os-release").read_text().splitlines() if "=" in line)
    return "http://deb.debian.org/debian", release.get("VERSION_CODENAME", "bookworm")


def base_root() -> Path:
    """The shared minbase root, made on first use; several test processes wait for one."""
    mirror, suite = _mirror_and_suite()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    BASE_DIR.mkdir(parents=True, exist_ok=True)
    root = BASE_DIR / f"{suite}-{arch}-minbase"
    with open(BASE_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (root / "etc" / "debian_version").exists():
            return root
        building = Path(tempfile.mkdtemp(prefix=f"{suite}-{arch}-", dir=BASE_DIR))
        args = ["debootstrap", "--variant=minbase", f"--arch={arch}", suite, str(building),
                mirror]
        if Path(KEYRING).exists():
            args.insert(1, f"--keyring={KEYRING}")
        done = subprocess.run(args, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            shutil.rmtree(building, ignore_errors=True)
            raise RuntimeError(f"debootstrap failed:\n{done.stdout[-3000:]}\n{done.stderr}")
        # Package lists, so apt-get can fetch what a tested package depends on.
        subprocess.run(["chroot", str(building), "apt-get", "update", "-qq"], check=True,
                       timeout=600, capture_output=True)
        subprocess.run(["chroot", str(building), "apt-get", "clean"], check=True, timeout=60)
        building.rename(root)
        return root


class DebianRoot:
    """A writable root over the shared base (overlayfs, or a copy where overlay will not
    mount), with /proc mounted. Use as a context manager; leaving it deletes the layer."""

    def __init__(self, work: Path) -> None:
        self.work = Path(work)
        self.path = self.work / "root"
        self._mounts: list[Path] = []

    def __enter__(self) -> DebianRoot:
        base = base_root()
        upper, scratch = self.work / "upper", self.work / "overlay-work"
        for folder in (self.path, upper, scratch):
            folder.mkdir(parents=True)
        layered = subprocess.run(
            ["mount", "-t", "overlay", "overlay", "-o",
             f"lowerdir={base},upperdir={upper},workdir={scratch}", str(self.path)],
            capture_output=True)
        if layered.returncode == 0:
            self._mounts.append(self.path)
        else:
            self.path.rmdir()
            subprocess.run(["cp", "-a", "--reflink=auto", str(base), str(self.path)],
                           check=True, timeout=600)
        subprocess.run(["mount", "-t", "proc", "proc", str(self.path / "proc")], check=True)
        self._mounts.insert(0, self.path / "proc")
        return self

    def __exit__(self, *exc) -> None:
        for mount in self._mounts:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        self._mounts.clear()
        shutil.rmtree(self.work, ignore_errors=True)

    def run(self, *args: str, input: str | None = None, timeout: float = 300,
            check: bool = True, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess:
        """A command inside the root, as root, with a plain environment."""
        environment = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                       "HOME": "/root", **(env or {})}
        done = subprocess.run(["chroot", str(self.path), *args], input=input,
                              capture_output=True, text=True, timeout=timeout,
                              env=environment)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed ({done.returncode}) in the Debian "
                                 f"root:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
        return done

    def apt_get(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        """apt-get answering nothing: stdin closed, no debconf frontend forced, so a
        package that asks a question fails instead of being answered for."""
        return self.run("apt-get", "-y", "-q", "-o", "Dpkg::Use-Pty=0", *args,
                        input="", timeout=timeout)

    def copy_in(self, file: Path, where: str = "/tmp") -> str:
        """Put a file (a .deb, a preseed) into the root; returns its path inside."""
        inside = f"{where.rstrip('/')}/{Path(file).name}"
        shutil.copy2(file, self.path / inside.lstrip("/"))
        return inside
