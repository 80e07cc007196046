"""A clean Debian root for package tests: ``debootstrap --variant=minbase`` of the release
this machine runs, from the mirror apt already uses. The base is made once a day (about 30 s;
a day-old one is replaced, as its package lists go stale) and kept between runs; each test
works in its own writable layer over it and runs commands inside with chroot, with /proc,
/sys, /dev and tmpfs /dev/shm and /run mounted as on a booted system. Needs root,
debootstrap and network access to the mirror."""

from __future__ import annotations

import datetime
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


def _mounts_under(path: Path) -> list[str]:
    prefix = str(Path(path).resolve()).rstrip("/") + "/"
    with open("/proc/self/mounts", encoding="utf-8") as mounts:
        points = [line.split()[1].replace("\\040", " ") for line in mounts]
    return [p for p in points if p.startswith(prefix)]


def base_root() -> Path:
    """The shared minbase root, made on first use; several test processes wait for one."""
    mirror, suite = _mirror_and_suite()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    BASE_DIR.mkdir(parents=True, exist_ok=True)
    name = f"{suite}-{arch}-minbase"
    root = BASE_DIR / f"{name}-{datetime.date.today().isoformat()}"
    with open(BASE_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (root / "etc" / "debian_version").exists():
            return root
        for old in BASE_DIR.glob(f"{name}-*"):  # yesterday's: its package lists are stale
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        building = Path(tempfile.mkdtemp(prefix=f"{suite}-{arch}-building-", dir=BASE_DIR))
        args = ["debootstrap", "--variant=minbase", f"--arch={arch}", suite, str(building),
                mirror]
        if Path(KEYRING).exists():
            args.insert(1, f"--keyring={KEYRING}")
        done = subprocess.run(args, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            shutil.rmtree(building, ignore_errors=True)
            raise RuntimeError(f"debootstrap failed:\n{done.stdout[-3000:]}\n{done.stderr}")
        # Services never start in a chroot (Debian's policy-rc.d convention).
        policy = building / "usr" / "sbin" / "policy-rc.d"
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
        shutil.copyfile("/etc/resolv.conf", building / "etc" / "resolv.conf")
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
        try:
            for target, how in (("proc", ["-t", "proc", "proc"]), ("sys", ["--bind", "/sys"]),
                                ("dev", ["--bind", "/dev"]), ("dev/pts", ["--bind", "/dev/pts"]),
                                ("dev/shm", ["-t", "tmpfs", "tmpfs"]),
                                ("run", ["-t", "tmpfs", "tmpfs"])):
                point = self.path / target
                point.mkdir(parents=True, exist_ok=True)
                subprocess.run(["mount", *how, str(point)], check=True, timeout=30)
                self._mounts.insert(0, point)
            # Name lookups inside resolve as on the host (apt reaches the mirror).
            shutil.copyfile("/etc/resolv.conf", self.path / "etc" / "resolv.conf")
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        for mount in self._mounts:  # innermost first; lazily if a process still holds one
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        self._mounts.clear()
        if _mounts_under(self.work):  # never delete through a bind mount into the host's /dev
            raise RuntimeError(f"{self.work} still has mounts: {_mounts_under(self.work)}")
        shutil.rmtree(self.work, ignore_errors=True)

    def run(self, *args: str, input: str | None = None, timeout: float = 300,
            check: bool = True, env: dict[str, str] | None = None, user: str | None = None,
            ) -> subprocess.CompletedProcess:
        """A command inside the root, as root or ``user``, with a plain environment."""
        environment = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                       "HOME": f"/home/{user}" if user else "/root", **(env or {})}
        as_user = ["runuser", "-u", user, "--"] if user else []  # the root's own passwd
        done = subprocess.run(["chroot", str(self.path), *as_user, *args], input=input,
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

    def host_path(self, inside: str) -> Path:
        """Where a path inside the root is on this machine."""
        return self.path / inside.lstrip("/")

    def copy_in(self, file: Path, where: str = "/tmp") -> str:
        """Put a file (a .deb, a preseed) into the root; returns its path inside."""
        inside = f"{where.rstrip('/')}/{Path(file).name}"
        shutil.copy2(file, self.path / inside.lstrip("/"))
        return inside
