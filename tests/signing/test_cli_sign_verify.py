"""`courtdesk sign` and `courtdesk verify` as court IT scripts them: the real command in a
process of its own, keys from files, a SoftHSM2 token and the machine config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from seal_kit import PIN, SOFTHSM_MODULE, TOKEN
from tsa_kit import timestamp_authority

pytestmark = pytest.mark.timeout(180)


def courtdesk(tmp_path: Path, *args: str, config: Path | None = None,
              stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    env["COURTDESK_HOME"] = str(tmp_path / "home")
    if config is not None:
        env["COURTDESK_CONFIG"] = str(config)
    return subprocess.run([sys.executable, "-m", "courtdesk.app", *args], env=env,
                          capture_output=True, text=True, timeout=120,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL)


@pytest.fixture
def secret(tmp_path, pki) -> Path:
    path = tmp_path / "p12-password"
    path.write_text(pki.password.decode() + "\n", encoding="utf-8")
    return path


def test_sign_then_verify_against_a_given_ca(tmp_path, pki, record_with_fields, secret):
    before = record_with_fields.read_bytes()
    out = tmp_path / "sealed.pdf"
    signed = courtdesk(tmp_path, "sign", str(record_with_fields), "--out", str(out),
                       "--p12", str(pki.p12("seal-rsa")), "--field", "court_seal",
                       "--password-file", str(secret), "--json")
    assert signed.returncode == 0, signed.stderr
    data = json.loads(signed.stdout)
    assert data["signer"] == "延吉市人民法院 电子印章" and data["field"] == "court_seal"
    assert record_with_fields.read_bytes() == before

    checked = courtdesk(tmp_path, "verify", str(out), "--ca", str(pki.ca_pem))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("sealed.pdf: 1 signature")
    assert lines[1] == "  1. court_seal: 延吉市人民法院 电子印章  [pades]"
    assert "intact: yes   trusted: yes   changed after it: nothing" in lines[3]
    assert lines[-1].startswith("OK: every signature is intact and trusted")

    as_json = json.loads(courtdesk(tmp_path, "verify", str(out), "--ca", str(pki.ca_pem),
                                   "--json").stdout)
    assert as_json["ok"] and as_json["signatures"][0]["signer"] == "延吉市人民法院 电子印章"

    # Without a court CA (no machine config) nothing is trusted: exit 1, and why.
    untrusted = courtdesk(tmp_path, "verify", str(out))
    assert untrusted.returncode == 1 and "trusted: NO" in untrusted.stdout
    assert "[signing] court_ca" in untrusted.stdout


def test_machine_config_gives_key_ca_and_timestamp(tmp_path, pki, record, secret):
    with timestamp_authority(tmp_path / "tsa") as (url, tsa_root):
        trust = tmp_path / "trust.pem"  # the court CA and the TSA's CA in one file
        trust.write_bytes(pki.ca_pem.read_bytes() + tsa_root.read_bytes())
        config = tmp_path / "courtdesk.toml"
        config.write_text(f'[signing]\ncourt_ca = "{trust}"\nseal_p12 = "{pki.p12("seal-ec")}"\n'
                          f'tsa_url = "{url}"\n', encoding="utf-8")
        out = tmp_path / "sealed.pdf"
        signed = courtdesk(tmp_path, "sign", str(record), "--out", str(out),
                           "--password-file", "-", config=config,
                           stdin=pki.password.decode() + "\n")
        assert signed.returncode == 0, signed.stderr
        assert f"timestamp: {url}" in signed.stdout
        assert "field: court-seal  (new, invisible)" in signed.stdout
    checked = courtdesk(tmp_path, "verify", str(out), "--json", config=config)
    assert checked.returncode == 0, checked.stdout
    [sig] = json.loads(checked.stdout)["signatures"]
    assert sig["timestamped"] and sig["trusted"] and sig["field"] == "court-seal"


def test_sign_with_the_token_wrong_pin_then_right(tmp_path, pki, record, softhsm):
    wrong = tmp_path / "wrong-pin"
    wrong.write_text("9999\n")
    right = tmp_path / "pin"
    right.write_text(PIN + "\n")
    args = ["sign", str(record), "--out", str(tmp_path / "sealed.pdf"), "--pkcs11",
            SOFTHSM_MODULE, "--token", TOKEN, "--key", "seal-ec", "--box", "1,300,60,520,140"]
    refused = courtdesk(tmp_path, *args, "--password-file", str(wrong))
    assert refused.returncode == 1
    assert "courtdesk: Wrong PIN for token 'court': few tries remain" in refused.stderr
    assert not (tmp_path / "sealed.pdf").exists()
    signed = courtdesk(tmp_path, *args, "--password-file", str(right))
    assert signed.returncode == 0, signed.stderr
    assert courtdesk(tmp_path, "verify", str(tmp_path / "sealed.pdf"), "--ca",
                     str(pki.ca_pem)).returncode == 0
    missing = courtdesk(tmp_path, "sign", str(record), "--out", str(tmp_path / "x.pdf"),
                        "--pkcs11", SOFTHSM_MODULE, "--token", "court-usb-2", "--key",
                        "seal-ec", "--password-file", str(right), "--json")
    assert missing.returncode == 1
    assert json.loads(missing.stdout.splitlines()[0])["error"] == "token_not_found"


def test_verify_exit_codes_for_unsigned_tampered_and_unreadable(tmp_path, pki, record, secret):
    unsigned = courtdesk(tmp_path, "verify", str(record), "--ca", str(pki.ca_pem))
    assert unsigned.returncode == 1 and "record.pdf is not signed" in unsigned.stdout

    out = tmp_path / "sealed.pdf"
    assert courtdesk(tmp_path, "sign", str(record), "--out", str(out), "--p12",
                     str(pki.p12("seal-rsa")), "--password-file", str(secret)).returncode == 0
    data = bytearray(out.read_bytes())
    at = data.index(b"/Type", len(record.read_bytes())) + 2
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    tampered = courtdesk(tmp_path, "verify", str(out), "--ca", str(pki.ca_pem))
    assert tampered.returncode == 1 and "intact: NO" in tampered.stdout
    assert "BROKEN" in tampered.stdout and "NOT OK: signature 1 of 1" in tampered.stdout

    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\nnothing here")
    broken = courtdesk(tmp_path, "verify", str(junk), "--ca", str(pki.ca_pem))
    assert broken.returncode == 1 and "junk.pdf cannot be checked: it is damaged" in \
        broken.stdout


def test_sign_refusals_leave_the_source_alone(tmp_path, pki, record, secret):
    before = record.read_bytes()
    out = tmp_path / "o.pdf"
    no_secret = courtdesk(tmp_path, "sign", str(record), "--out", str(out), "--p12",
                          str(pki.p12("seal-rsa")))
    assert no_secret.returncode == 2 and "--password-file" in no_secret.stderr
    expired = courtdesk(tmp_path, "sign", str(record), "--out", str(out), "--p12",
                        str(pki.p12("expired")), "--password-file", str(secret))
    assert expired.returncode == 1 and "expired on" in expired.stderr
    same = courtdesk(tmp_path, "sign", str(record), "--out", str(record), "--p12",
                     str(pki.p12("seal-rsa")), "--password-file", str(secret))
    assert same.returncode == 1 and "would overwrite record.pdf" in same.stderr
    no_key = courtdesk(tmp_path, "sign", str(record), "--out", str(out))
    assert no_key.returncode == 2 and "Which key signs?" in no_key.stderr
    unreachable = courtdesk(tmp_path, "sign", str(record), "--out", str(out), "--p12",
                            str(pki.p12("seal-rsa")), "--password-file", str(secret),
                            "--tsa", "http://127.0.0.1:9/tsa")
    assert unreachable.returncode == 1
    assert "timestamp authority http://127.0.0.1:9/tsa cannot be reached" in unreachable.stderr
    assert record.read_bytes() == before and not out.exists()
