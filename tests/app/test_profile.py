"""The profile lock: one courtdesk per profile, and no stale lock after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from courtdesk.app.profile import LOCK_NAME, ProfileLock, rotate_log
from courtdesk.offline_cache.errors import ProfileInUse, StoreUnwritable

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from courtdesk.app.profile import ProfileLock
    ProfileLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    time.sleep(60)
""")


def test_second_lock_on_the_same_profile_is_refused_and_released_lock_is_free(tmp_path):
    first = ProfileLock(tmp_path)
    first.acquire()
    second = ProfileLock(tmp_path)
    with pytest.raises(ProfileInUse, match="already open on this profile"):
        second.acquire()
    first.release()
    second.acquire()  # free again once the first window let go
    second.release()
    second.release()  # releasing twice is harmless (logout, then quit)


def test_lock_held_by_another_process_then_freed_when_that_process_is_killed(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(ProfileInUse):
            ProfileLock(tmp_path).acquire()
        before = (tmp_path / LOCK_NAME).read_bytes()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    # A killed courtdesk leaves the file but not the lock: the next start just proceeds.
    lock = ProfileLock(tmp_path)
    lock.acquire()
    lock.release()
    assert (tmp_path / LOCK_NAME).read_bytes() == before  # the refused start wrote nothing


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder courtdesk cannot write to: a read-only tmpfs (refuses root too), else modes."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    if not mounted:
        if os.geteuid() == 0:
            pytest.skip("root here can neither be refused by folder modes nor mount a tmpfs")
        folder.chmod(0o500)
    yield folder
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o700)


def test_unwritable_profile_folder_says_so(read_only_folder):
    with pytest.raises(StoreUnwritable, match="cannot write"):
        ProfileLock(read_only_folder).acquire()
    assert not (read_only_folder / LOCK_NAME).exists()


def test_log_is_rotated_at_start_when_too_big_and_old_logs_are_kept(tmp_path):
    log_file = tmp_path / "courtdesk.log"
    log_file.write_text("small\n")
    rotate_log(log_file, max_bytes=100, backups=2)
    assert log_file.read_text() == "small\n"  # under the limit: left as it is
    for day in ("monday", "tuesday", "wednesday"):
        log_file.write_text(day * 50)
        rotate_log(log_file, max_bytes=100, backups=2)
        assert not log_file.exists()
    assert (tmp_path / "courtdesk.log.1").read_text() == "wednesday" * 50
    assert (tmp_path / "courtdesk.log.2").read_text() == "tuesday" * 50
    assert not (tmp_path / "courtdesk.log.3").exists()  # only two old logs are kept
