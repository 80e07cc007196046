"""Every command of the real CLI parser, run without a login against a profile holding a
case: each is refused with a clear message or shows no case content, and the audit log
gains no entry. The parser is walked, so a new command is covered without editing this."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.casebook import CaseBook
from courtdesk.app.cli import build_parser
from courtdesk.app.profile import open_store
from courtdesk.common.roles import Role
from courtdesk.offline_cache.sync_inbox import add_entry

from testkit import TEST_PASSPHRASE, ask

pytestmark = pytest.mark.timeout(900)

PASSWORD = "clerk-password"
TITLE = "崔秀英诉金东旭民间借贷纠纷案"
PLAINTIFF, DEFENDANT = "崔秀英", "金东旭"
CONFLICT_TITLE = "金东旭借款案（本地修改）"
CASE_TEXT = (TITLE, PLAINTIFF, DEFENDANT, CONFLICT_TITLE, "民间借贷纠纷", "第一次开庭")

# Commands that read no case content and change nothing in the store: they run without a
# login (doctor and audit verify must work when nobody can log in). Any other command,
# including one added later, must refuse to run without a logged-in account.
OPEN = {"doctor", "audit verify", "config template", "config check", "models list",
        "models verify", "transcribe", "login", "sync status",
        "evidence verify",  # reads only the list and files it is given
        # Into the machine-wide folder, which the OS guards (root/Administrator); where that
        # cannot be written, into the profile, and then only after court IT's login.
        "models install",
        "sign", "verify",  # only the files named; signing needs the key's own password/PIN
        "cast receive", "cast forget",  # the room screen's side: opens no store
        "cast list",  # only what answers on the network
        # The law library is public text in its own file, not in the store; `laws links`
        # reads a hearing or a document only with --hearing/--document, which log in.
        "laws import", "laws search", "laws cite", "laws list", "laws links"}
# Commands that serve until stopped: run for a few seconds, then their output is checked.
SERVING = {"cast receive"}
REFUSED_OTHERWISE = {"demo": "demo"}  # a profile with real accounts is not a demo profile
# Options a command checks before anything else ("say where to write"): given, so the
# command goes on to what it would read or change.
MORE = {"hearing export": ["--txt", "record.txt"], "dossier catalog-edit set": ["--title", "x"]}
NEEDS_LOGIN = ("needs a logged-in courtdesk user", "No password for clerk")


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(words, parser) for every parser that runs a command, nested ones included."""
    if parser.get_default("func") is not None:
        yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*path, name))


def arguments(parser: argparse.ArgumentParser, ids: dict[str, str], folder: Path) -> list[str]:
    """The positional and required arguments, each filled with something that names the
    case's own records, so a command that ran would reach the case."""
    values = {"files": str(folder / "hearing.wav"), "path": str(folder / "model.zip"),
              "out": str(folder / "out.pdf"), "png": str(folder / "page.png"),
              "usernames": "clerk", "username": "clerk", "new_username": "clerk2",
              "query": PLAINTIFF, "document": ids["document"], "target": ids["case"],
              "hearing_id": ids["hearing"], "hearing": ids["hearing"], "pages": "1",
              "title": TITLE, "number": "(2026)吉2401民初9号"}
    words: list[str] = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings and not action.required:
            continue
        if action.choices:
            value = str(next(iter(action.choices)))
        elif action.type in (int, float):
            value = "1"
        else:
            value = values.get(action.dest, ids["case"])
        words += [action.option_strings[0], value] if action.option_strings else [value]
    return words


@pytest.fixture
def profile(tmp_path, fast_kdf) -> tuple[Path, dict[str, str]]:
    home = tmp_path / "home"
    store = open_store(home, ask=ask())
    try:
        book = AccountBook(store)
        it = book.create(None, "it", "信息中心", Role.IT_ADMIN, "it-admin-password")
        clerk = book.create(it, "clerk", "书记员", Role.CLERK, PASSWORD)
        cases = CaseBook(store, clerk)
        case = cases.create_case("(2026)吉2401民初7号", TITLE, cause="民间借贷纠纷")
        cases.add_party(case["id"], "plaintiff", PLAINTIFF)
        cases.add_party(case["id"], "defendant", DEFENDANT)
        hearing = cases.add_hearing(case["id"], "第一次开庭")
        from courtdesk.offline_cache.blobs import BlobStore

        pdf = _pdf()
        sha = BlobStore(store).put_bytes(pdf, "application/pdf")
        document = cases.add_document(case["id"], "起诉状", sha, volume=1, page_count=1,
                                      size_bytes=len(pdf))
        # A conflict the court's server answered, holding case text (what `sync
        # conflicts` printed to anyone).
        [change] = store.query("SELECT * FROM outbox WHERE record_type = 'cases'")
        change["payload"] = json.dumps({**json.loads(change["payload"]),
                                        "title": CONFLICT_TITLE}, ensure_ascii=False)
        with store.transaction():
            add_entry(store, "https://court.example", "conflict", change,
                      {"row": {"id": case["id"], "title": TITLE}, "server_version": 2,
                       "reason": "changed on the server"})
    finally:
        store.close()
    return home, {"case": case["id"], "hearing": hearing["id"], "document": document["id"]}


def _pdf() -> bytes:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Complaint")
    data = doc.tobytes()
    doc.close()
    return data


def _audit_entries(home: Path) -> int:
    store = open_store(home, ask=ask(), create=False)
    try:
        return store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        store.close()


def test_no_command_shows_case_content_or_acts_without_a_login(profile, tmp_path):
    home, ids = profile
    config = tmp_path / "courtdesk.toml"  # no machine settings: what a fresh PC has
    config.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(COURTDESK_HOME=str(home), COURTDESK_PASSPHRASE=TEST_PASSPHRASE,
               COURTDESK_CONFIG=str(config),
               COURTDESK_MODELS=str(tmp_path / "models"))
    found = list(commands(build_parser()))
    assert len(found) > 30 and ("sync", "conflicts") in [words for words, _ in found]
    entries = _audit_entries(home)
    failures = []
    for words, parser in found:
        name = " ".join(words)
        json_option = ["--json"] if "--json" in parser._option_string_actions else []
        # Nobody, as text; a user name but no password, as JSON (which holds whole rows).
        for who, form in (([], []), (["--user", "clerk"], json_option)):
            argv = [*who, *words, *arguments(parser, ids, tmp_path), *MORE.get(name, []),
                    *form]
            try:
                result = subprocess.run([sys.executable, "-m", "courtdesk.app", *argv],
                                        env=env, cwd=tmp_path, capture_output=True, text=True,
                                        timeout=8 if name in SERVING else 120,
                                        stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired as exc:
                if name not in SERVING:
                    raise
                result = subprocess.CompletedProcess(exc.cmd, 0, *(
                    text.decode() if isinstance(text, bytes) else text or ""
                    for text in (exc.stdout, exc.stderr)))
            said = result.stdout + result.stderr
            shown = [text for text in CASE_TEXT if text in said]
            if shown:
                failures.append(f"{argv}: showed {shown}")
            if "Traceback" in said:
                failures.append(f"{argv}: a traceback, not a message: {said[-300:]}")
            if name not in OPEN:
                expected = (REFUSED_OTHERWISE[name],) if name in REFUSED_OTHERWISE \
                    else NEEDS_LOGIN
                if result.returncode == 0 or not any(e in result.stderr for e in expected):
                    failures.append(f"{argv}: not refused (exit {result.returncode}): "
                                    f"{said[-300:]}")
            now = _audit_entries(home)
            if now != entries:
                failures.append(f"{argv}: the audit log gained {now - entries} entr(ies)")
                entries = now
    assert not failures, "\n".join(failures)
