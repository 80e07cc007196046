"""The first export on a fresh PC, and failures that name their real cause.

A home folder with no Documents folder (many Linux installs): the save dialog starts in a
Documents folder that courtdesk made there. Then real file-system conditions: a folder that
is not there, a read-only one, a full one; a later export that works takes the failure
banner away.
"""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest
from courtroom_rig import open_new_hearing

pytestmark = pytest.mark.timeout(120)


@contextlib.contextmanager
def _mounted(folder: Path, options: str):
    """A small tmpfs of its own (as root); None where this machine may not mount."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    try:
        yield folder if done.returncode == 0 else None
    finally:
        if done.returncode == 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)


def _export(qtbot, workspace, path: Path, fmt: str = "pdf") -> None:
    before = len(workspace.banner.errors)
    workspace.last_notice = ""
    workspace.corrections.write_record((workspace.book, workspace.hearing["id"]), fmt, path)
    qtbot.waitUntil(lambda: bool(workspace.last_notice) or len(workspace.banner.errors) > before,
                    timeout=30_000)


def test_first_export_on_a_fresh_pc_and_each_failure_by_its_cause(
        qtbot, case_profile, make_flow, login, screenshot, tmp_path, monkeypatch):
    home = tmp_path / "fresh-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    window.resize(1440, 900)
    workspace = open_new_hearing(qtbot, window, case_profile.case_id)
    assert not (home / "Documents").exists()

    # The dialog starts in ~/Documents, made for it; the record lands there.
    workspace.actions_.export_pdf.trigger()
    dialog = workspace.corrections.export_dialog
    assert (home / "Documents").is_dir()
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    screenshot(dialog, "hearing_export_dialog_zh_CN")
    dialog.accept()
    qtbot.waitUntil(lambda: "笔录已保存到" in workspace.last_notice, timeout=30_000)
    [written] = list((home / "Documents").glob("*.pdf"))
    assert written.stat().st_size > 0 and "开庭" in written.name  # the set-up's title

    # A folder that is not there is named as such, not as a full USB stick.
    _export(qtbot, workspace, tmp_path / "unplugged-stick" / "record.pdf")
    assert workspace.banner.errors[0]["code"] == "export_no_folder"
    assert "导出文件夹不存在" in workspace.banner.label.text()
    assert "已满" not in workspace.banner.label.text()

    # Read-only: a read-only file system where this machine may mount one, else a kernel
    # folder that refuses files even to root.
    with _mounted(tmp_path / "write-protected", "ro,size=64k") as read_only:
        target = (read_only or Path("/sys")) / "record.pdf"
        _export(qtbot, workspace, target)
    assert workspace.banner.errors[0]["code"] == "export_no_permission"
    assert "无法写入此文件夹" in workspace.banner.label.text()

    # Full: a 64 KiB tmpfs already filled, else the kernel's always-full device.
    with _mounted(tmp_path / "full-stick", "size=64k") as small:
        if small is not None:
            with contextlib.suppress(OSError):
                (small / "filler").write_bytes(b"\0" * 200_000)
            _export(qtbot, workspace, small / "record.pdf")
        else:
            _export(qtbot, workspace, Path("/dev/full"), "txt")
    assert workspace.banner.errors[0]["code"] == "export_disk_full"
    assert "磁盘已满" in workspace.banner.label.text()
    screenshot(window, "hearing_export_failed_zh_CN")
    assert len(workspace.banner.errors) == 3 and workspace.banner.isVisibleTo(window)

    # A later export that works: the failures are over, and the banner goes.
    _export(qtbot, workspace, home / "Documents" / "again.txt", "txt")
    assert "笔录已保存到" in workspace.last_notice
    assert not workspace.banner.errors and not workspace.banner.isVisibleTo(window)
    # The next export starts where the last one went.
    workspace.actions_.export_text.trigger()
    assert Path(workspace.corrections.export_dialog.directory().absolutePath()) == \
        home / "Documents"
    workspace.corrections.export_dialog.reject()

    # The same causes, read in English and Korean.
    for language, title in (("en", "The export folder does not exist"),
                            ("ko", "내보낼 폴더가 없습니다")):
        window.language_actions[language].trigger()
        qtbot.waitUntil(lambda: "笔录" not in window.statusBar().currentMessage(), timeout=3000)
        _export(qtbot, workspace, tmp_path / "unplugged-stick" / "record.pdf")
        assert title in workspace.banner.label.text()
        screenshot(window, f"hearing_export_failed_{language}")
        workspace.banner.clear()
