"""`courtdesk doctor`: what court IT needs to know about this PC and profile.

Each check is isolated: one that crashes becomes a fault of that check, never a crash of
doctor. Checks look and do not repair; the only write is what opening the store always
does (bringing its schema up to date). Details hold facts for scripts (``--json``) and
never a secret: no passphrase, key, key check, salt or password hash.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from courtdesk.offline_cache.errors import (
    EncryptionUnavailable,
    KeyUnavailable,
    PassphraseRequired,
    StoreDamaged,
    StoreError,
    WrongPassphrase,
)
from courtdesk.offline_cache.store import DB_NAME, LocalStore
from courtdesk.offline_cache.store_key import (
    HEADER_NAME,
    PassphraseProvider,
    StoreHeader,
    keyring_backend_name,
    keyring_is_usable,
)

from .config import ConfigError, MachineConfig, load_config
from .config import config_path as default_config_path
from .doctor_checks import (
    Check,
    check_audio,
    check_disk,
    check_fonts,
    check_models,
    check_server,
    redacted_url,
)
from .doctor_listen import STUCK, check_microphones
from .profile import STORE_FOLDER

__all__ = ["Check", "exit_code", "format_text", "run_checks"]

log = logging.getLogger(__name__)

EXIT_FAULT = 1
AUDIO_TIMEOUT_S = 10.0  # PortAudio's start and the device list; far longer than it ever takes
_PLAINTEXT_MAGIC = b"SQLite format 3\x00"
_TAGS = {"ok": "[ OK ]", "warn": "[WARN]", "fault": "[FAIL]", "skip": "[SKIP]"}


@dataclass
class _Run:
    """What one check learns that a later one needs."""

    home: Path
    config: MachineConfig
    config_loaded: bool = False
    store: LocalStore | None = None
    audio: Check | None = None


def run_checks(home: Path, *, config_path: Path | None = None,
               passphrase_provider: PassphraseProvider | None = None,
               timeout: float = 3.0, listen: bool = True, load: bool = True) -> list[Check]:
    """Run every check against the profile in ``home``; never raises for a failing check.

    ``listen``: capture a moment from the microphones to see each delivers signal;
    ``load``: load the hearing language's model. Both are skipped while a hearing records.
    """
    from courtdesk.speech.microphone_claim import recording_in_progress

    from .profile import terminal_passphrase

    run = _Run(Path(home), MachineConfig())
    asker = passphrase_provider or terminal_passphrase

    def audio() -> Check:
        run.audio = _bounded(lambda: check_audio(run.config), AUDIO_TIMEOUT_S, Check(
            "audio", "fault", f"the audio system did not answer within {AUDIO_TIMEOUT_S:.0f} s: "
            "an input device blocks, so a hearing started now could not record either",
            "Unplug and reconnect the mixer's USB cable (or restart the PC); check "
            "/etc/asound.conf and ~/.asoundrc for a device that waits on a file or network",
            {"timeout_s": AUDIO_TIMEOUT_S}))
        return run.audio

    def disk() -> Check:
        rate = run.audio.details.get("sample_rate", 16000) if run.audio else 16000
        return check_disk(run.home, run.config, int(rate))

    steps: list[tuple[str, Callable[[], Check]]] = [
        ("config", lambda: _check_config(run, config_path)),
        ("audio", audio),
        ("microphones", lambda: check_microphones(
            run.config, run.audio or Check("audio", "fault", ""), listen=listen)),
        ("models", lambda: check_models(run.config, load=load,
                                        recording=load and recording_in_progress())),
        ("fonts", check_fonts),
        ("store", lambda: _check_store(run, asker)),
        ("keyring", lambda: _check_keyring(run)),
        ("accounts", lambda: _check_accounts(run)),
        ("server", lambda: _check_server(run, timeout)),
        ("disk", disk),
    ]
    checks = []
    try:
        for name, step in steps:
            checks.append(_isolated(name, step))
    finally:
        if run.store is not None:
            run.store.close()
    return checks


def _bounded(step: Callable[[], Check], seconds: float, late: Check) -> Check:
    """``step`` on a worker thread, or ``late`` when it has not finished in ``seconds``
    (PortAudio opens every ALSA device when it starts, and one can block for ever)."""
    done: list = []

    def work() -> None:
        try:
            done.append(step())
        except BaseException as exc:  # handed to _isolated on this thread
            done.append(exc)

    worker = threading.Thread(target=work, name="doctor-bounded", daemon=True)
    worker.start()
    worker.join(seconds)
    if not done:
        STUCK.append(worker)
        return late
    if isinstance(done[0], BaseException):
        raise done[0]
    return done[0]


def left_stuck() -> bool:
    """Whether a device left a worker blocked inside the audio library (see STUCK)."""
    return any(worker.is_alive() for worker in STUCK)


def exit_code(checks: list[Check]) -> int:
    return EXIT_FAULT if any(c.status == "fault" for c in checks) else 0


def format_text(checks: list[Check]) -> str:
    width = max((len(c.name) for c in checks), default=0)
    indent = " " * (len(_TAGS["ok"]) + 1 + width + 2)
    lines = []
    for c in checks:
        lines.append(f"{_TAGS.get(c.status, '[ ?? ]')} {c.name:<{width}}  {c.summary}")
        if c.fix and c.status in ("warn", "fault"):
            first, *rest = c.fix.splitlines()
            lines.append(f"{indent}fix: {first}")
            lines += [f"{indent}     {line}" for line in rest]
    tally = Counter(c.status for c in checks)
    lines.append("")
    lines.append(f"{tally['fault']} fault(s), {tally['warn']} warning(s), {tally['ok']} ok, "
                 f"{tally['skip']} skipped" + (" — courtdesk needs attention on this PC"
                                               if tally["fault"] else ""))
    return "\n".join(lines)


def _isolated(name: str, step: Callable[[], Check]) -> Check:
    try:
        check = step()
    except Exception as exc:  # a bug or an odd machine must not hide the other checks
        log.exception("doctor check %s crashed", name)
        check = Check(name, "fault", f"the {name} check itself failed: "
                      f"{type(exc).__name__}: {exc}",
                      "Send courtdesk's log (logs/courtdesk.log in the profile) and this "
                      "report to court IT", {"error": f"{type(exc).__name__}: {exc}"})
    check.summary = " ".join(check.summary.split())  # one line, whatever a message held
    return check


# -- config --------------------------------------------------------------------------------
def _check_config(run: _Run, path: Path | None) -> Check:
    where = path or default_config_path()
    try:
        config = load_config(path)
    except ConfigError as exc:
        return Check("config", "fault", exc.message,
                     f"Edit {exc.params.get('path', where)} as the message says; "
                     "`courtdesk config template` prints a commented example",
                     {"path": str(exc.params.get("path", where)),
                      "key": exc.params.get("key", "")})
    run.config, run.config_loaded = config, True
    if not config.exists:
        return Check("config", "ok", f"no machine config, defaults in use (IT puts it at "
                     f"{where})", details={"path": str(where), "exists": False})
    room = " / ".join(x for x in (config.court, config.courtroom) if x)
    return Check("config", "ok", f"{config.path} is valid" + (f" ({room})" if room else ""),
                 details={"path": str(config.path), "exists": True, "court": config.court,
                          "courtroom": config.courtroom,
                          "server_url": redacted_url(config.server_url),
                          "language": config.default_language,
                          "hearing_language": config.speech_language,
                          "audio_device": config.audio_device,
                          "microphones": {str(k): v for k, v in config.microphones.items()},
                          "model_paths": config.model_paths})


# -- store ---------------------------------------------------------------------------------
def _unwritable_reason(home: Path) -> str:
    """Why the profile cannot be written, or "" when it can."""
    folder = home / STORE_FOLDER
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-probe-"):
            pass
    except OSError as exc:
        return f"{folder}: {exc.strerror or exc}"
    return ""


_STORE_FIXES = {
    WrongPassphrase: "Check COURTDESK_PASSPHRASE or type the passphrase again; a lost "
                     "passphrase cannot be recovered (records already synced are safe on the "
                     "court's server)",
    StoreDamaged: "Keep the store folder exactly as it is and ask court IT to restore the "
                  "store from the court's server (move the folder aside, log in, sync); what "
                  "was not yet synced is lost unless a backup holds it",
    KeyUnavailable: "Log in to the desktop session so its keyring is unlocked, then run "
                    "courtdesk doctor again",
    EncryptionUnavailable: "Reinstall courtdesk with its dependencies (package sqlcipher3-wheels)",
}


def _check_store(run: _Run, asker: PassphraseProvider) -> Check:
    store_dir = run.home / STORE_FOLDER
    header_path, db_path = store_dir / HEADER_NAME, store_dir / DB_NAME
    details: dict = {"profile": str(run.home), "store": str(store_dir)}
    reason = _unwritable_reason(run.home)
    if reason:
        return Check("store", "fault", f"the profile cannot be written ({reason}): courtdesk "
                     "can save nothing, not even a recording",
                     "Fix the folder's permissions or the disk, or point COURTDESK_HOME at a "
                     "writable folder", details)
    if not header_path.exists() and not db_path.exists():
        # No demo in the fix: an installed courtdesk refuses it, and a courtroom PC's
        # store starts with its first court IT account.
        return Check("store", "warn", "no store yet: this profile has not started courtdesk",
                     "Start courtdesk once as this user; its first start creates the "
                     "encrypted store and asks for the first court IT account", details)
    if db_path.exists():
        details["db_bytes"] = db_path.stat().st_size
        with open(db_path, "rb") as handle:
            if handle.read(16) == _PLAINTEXT_MAGIC:
                return Check("store", "fault", f"{db_path} is an unencrypted SQLite database: "
                             "courtdesk never writes one, so the file was replaced",
                             "Keep the folder as it is (it may be evidence) and ask court IT "
                             "to restore the store from a backup", details)
    try:
        if header_path.exists():
            details["key_source"] = StoreHeader.read(header_path).key_source
        store = LocalStore.open(store_dir, asker, create=False)
    except PassphraseRequired:
        return Check("store", "warn", "locked: set COURTDESK_PASSPHRASE or run interactively "
                     "to check contents",
                     "Run courtdesk doctor in a terminal (it asks for the passphrase) or with "
                     "COURTDESK_PASSPHRASE set", details)
    except StoreError as exc:
        fix = next((text for kind, text in _STORE_FIXES.items() if isinstance(exc, kind)),
                   "Keep the store folder as it is and ask court IT")
        details["error"] = exc.code
        return Check("store", "fault", exc.message, fix, details)
    run.store = store
    return _inspect_open_store(run, store, details)


def _inspect_open_store(run: _Run, store: LocalStore, details: dict) -> Check:
    # The file first: on a damaged page every later query would fail with a bare
    # "out of memory" or "SQL logic error" instead of saying what is wrong.
    problems = store.integrity_problems()
    details["integrity"] = problems or ["ok"]
    if problems:
        damaged = store.damaged(problems)
        run.store = None  # the accounts check must not read a damaged file
        store.close()
        details["error"] = damaged.code
        return Check("store", "fault", damaged.message, _STORE_FIXES[StoreDamaged], details)
    count = store.conn.execute
    schema = count("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    details.update(
        schema_version=int(schema[0]) if schema else 0,
        cases=count("SELECT count(*) FROM cases WHERE deleted = 0").fetchone()[0],
        pending_changes=store.pending_changes(),
        store_id=store.header.store_id,
    )
    audit = store.verify_audit()
    details.update(audit_entries=audit.entries,
                   audit_problems=[p.__dict__ for p in audit.problems])
    if not audit.ok:
        first = audit.problems[0]
        return Check("store", "fault", f"the audit log was altered: {len(audit.problems)} "
                     f"problem(s), first at entry {first.seq} ({first.kind}): the record of "
                     "who did what on this PC can no longer be trusted",
                     "Run courtdesk audit verify for the full list; keep the store as evidence "
                     "and report it to court IT security", details)
    return Check("store", "ok", f"store unlocked ({store.header.key_source}), schema "
                 f"{details['schema_version']}, {details['cases']} case(s), "
                 f"{details['pending_changes']} change(s) waiting to sync, audit log intact "
                 f"({audit.entries} entries)", details=details)


# -- keyring -------------------------------------------------------------------------------
def _check_keyring(run: _Run) -> Check:
    import keyring

    backend = keyring.get_keyring()
    chain = [f"{type(b).__module__}.{type(b).__name__}"
             for b in getattr(backend, "backends", [])]
    name, usable = keyring_backend_name(), keyring_is_usable()
    header_path = run.home / STORE_FOLDER / HEADER_NAME
    key_source = ""
    if header_path.exists():
        try:
            key_source = StoreHeader.read(header_path).key_source
        except StoreDamaged:
            key_source = "unreadable"
    details = {"backend": name, "chain": chain, "usable": usable, "store_key_source": key_source}
    desktop_fix = ("repair the user's Windows profile (Windows Credential Manager holds the "
                   "key there)" if sys.platform.startswith("win") else
                   "run courtdesk in the user's desktop session with its keyring unlocked "
                   "(apt-get install gnome-keyring, or KWallet on KDE)")
    if key_source == "keyring" and not usable:
        return Check("keyring", "fault", f"the store's key is kept in the system keyring, but "
                     f"no usable keyring is available ({name}): the store cannot be opened",
                     desktop_fix[0].upper() + desktop_fix[1:], details)
    if usable:
        return Check("keyring", "ok", f"{name} protects secrets"
                     + (" (this store uses a passphrase instead)"
                        if key_source == "passphrase" else ""), details=details)
    if key_source == "unreadable":
        return Check("keyring", "warn", f"no usable keyring ({name}), and the store header is "
                     "unreadable, so which key the store uses is unknown (see store)",
                     "Restore store.json from a backup first (see the store check)", details)
    if key_source == "passphrase":
        return Check("keyring", "ok", f"no usable keyring ({name}); the store is protected by "
                     "its passphrase instead", details=details)
    return Check("keyring", "warn", f"no usable keyring ({name}): a new store will need a "
                 "passphrase, asked at first start",
                 "Choose a passphrase at first start (or set COURTDESK_PASSPHRASE for "
                 "unattended PCs); to keep the key in a keyring instead, " + desktop_fix,
                 details)


# -- accounts ------------------------------------------------------------------------------
def _is_demo_profile(home: Path) -> bool:
    from .demo import demo_profile_dir

    try:
        return home.resolve() == demo_profile_dir().resolve()
    except OSError:
        return False


def _check_accounts(run: _Run) -> Check:
    if run.store is None:
        return Check("accounts", "skip", "store not opened: accounts not checked")
    from courtdesk.common.roles import Role

    from .accounts import AccountBook

    users = AccountBook(run.store).all()  # active accounts; no hashes leave the store
    demo = [u.username for u in users if u.is_demo]
    admins = [u.username for u in users if u.role is Role.IT_ADMIN and not u.is_demo]
    details = {"accounts": len(users), "by_role": dict(Counter(u.role.value for u in users)),
               "demo_accounts": demo, "it_admins": admins}
    if demo and _is_demo_profile(run.home) and len(demo) == len(users) \
            and not run.config.server_url:
        # The profile `courtdesk --demo` made, holding nothing else, on a PC not set up
        # for a court's server: what it is for.
        return Check("accounts", "warn", f"this is the demo profile: its accounts "
                     f"({', '.join(demo)}) share a published password",
                     "Only try courtdesk here; real cases go in your own profile (courtdesk "
                     "without --demo)", details)
    if demo:
        # A fault anywhere else: anyone who read the README can log in as these, court
        # IT's `admin` included. The fix is one command IT can paste.
        demo_admins = [u.username for u in users if u.role is Role.IT_ADMIN and u.is_demo]
        disable = f"user disable {' '.join(demo)}"
        if admins:
            fix = f"courtdesk --user {admins[0]} {disable}"
        elif demo_admins:
            fix = (f"courtdesk --user {demo_admins[0]} user add NAME --role it_admin (a real "
                   f"it_admin first), then courtdesk --user NAME {disable}")
        else:
            fix = ("nobody here may disable them (no it_admin account): set the PC up again "
                   "on a fresh profile whose first account is an it_admin")
        return Check("accounts", "fault", f"demo accounts with a published password can "
                     f"log in here ({', '.join(demo)}); the demo belongs in its own profile "
                     "(courtdesk --demo), never where real cases are handled",
                     f"Disable them: {fix}", details)
    found, fixes = [], []
    if not users:
        found.append("no accounts yet: nobody can log in")
        fixes.append("courtdesk user add NAME --role it_admin (a store's first account needs "
                      "no login; the password comes from COURTDESK_NEW_PASSWORD, "
                      "--new-password-file or a prompt)")
    elif not admins:
        found.append("no it_admin account: nobody can add or reset accounts on this PC")
        fixes.append("Only an it_admin may add accounts and this store has none: set the PC "
                     "up again on a fresh profile whose first account is an it_admin")
    if found:
        return Check("accounts", "warn", "; ".join(found), "; ".join(fixes), details)
    roles = ", ".join(f"{n} {r}" for r, n in sorted(details["by_role"].items()))
    return Check("accounts", "ok", f"{len(users)} account(s): {roles}", details=details)


# -- server --------------------------------------------------------------------------------
def _check_server(run: _Run, timeout: float) -> Check:
    if not run.config_loaded:
        return Check("server", "skip", "server not checked: the machine config did not load "
                     "(see config)")
    return check_server(run.config, timeout)
