"""The signing tests' court PKI, documents with empty signature fields, a real PKCS#11
token (SoftHSM2) holding the court seal's RSA and EC keys, and a real case in a real store
for the signing round (Chinese and Korean names, a lawyer, a hearing with a line of text)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

import pytest
from seal_kit import PIN, SO_PIN, SOFTHSM_MODULE, TOKEN, TOKEN_KEYS, add_empty_fields, write_record

from courtdesk.app.accounts import AccountBook, User
from courtdesk.app.casebook import CaseBook
from courtdesk.common.roles import Role
from courtdesk.offline_cache.store import LocalStore
from courtdesk.signing.testpki import make_pki

from testkit import ask


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def record(tmp_path):
    return write_record(tmp_path / "record.pdf")


@pytest.fixture
def record_with_fields(tmp_path):
    plain = write_record(tmp_path / "plain.pdf")
    return add_empty_fields(plain, tmp_path / "record-fields.pdf", ["原告", "被告", "court_seal"])


def _run(*argv: str, env: dict) -> None:
    subprocess.run(argv, check=True, capture_output=True, env=env, timeout=60)


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory, pki):
    """A SoftHSM2 token "court" with the seal's RSA and EC keys and their certificates.

    SoftHSM reads its config once per process, when the PKCS#11 library first loads: every
    token the tests use is made here, before that.
    """
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    env = dict(os.environ)
    _run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN,
         "--so-pin", SO_PIN, env=env)
    for label, key_id in TOKEN_KEYS.items():
        _run("softhsm2-util", "--import", str(pki.key_pem(label)), "--token", TOKEN,
             "--label", label, "--id", key_id, "--pin", PIN, env=env)
        _run("pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", TOKEN, "--login",
             "--pin", PIN, "--write-object", str(pki.cert_der(label)), "--type", "cert",
             "--label", label, "--id", key_id, env=env)
    return {"module": SOFTHSM_MODULE, "token": TOKEN, "pin": PIN, "conf": str(conf)}


PASSWORD = "s3cret-passw0rd"


@dataclass
class Courtroom:
    store: LocalStore
    people: dict[str, User]
    case_id: str
    hearing_id: str
    deliberation_id: str


@pytest.fixture
def courtroom(tmp_path, fast_kdf) -> Courtroom:
    store = LocalStore.open(tmp_path / "store", ask())
    book = AccountBook(store)
    admin = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    people = {
        "clerk": book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD),
        "judge": book.create(admin, "judge", "崔东哲", Role.JUDGE, PASSWORD),
        "presiding": book.create(admin, "presiding", "李振东", Role.PRESIDING_JUDGE, PASSWORD),
    }
    clerk = CaseBook(store, people["clerk"])
    case = clerk.create_case("(2026)吉2401民初77号", "王某诉朴英姬民间借贷纠纷案",
                             cause="民间借贷纠纷", court="延吉市人民法院")
    clerk.add_member(case["id"], people["presiding"])
    clerk.add_member(case["id"], people["judge"])
    clerk.add_party(case["id"], "plaintiff", "王建国", lawyer_name="金明哲")
    clerk.add_party(case["id"], "defendant", "박영희")
    hearing = clerk.add_hearing(case["id"], "第一次开庭", scheduled_at="2026-12-01T09:00:00+08:00")
    deliberation = CaseBook(store, people["presiding"]).add_hearing(
        case["id"], "合议庭评议", kind="deliberation")
    store.save("segments", {"hearing_id": hearing["id"], "speaker_role": "presiding_judge",
                            "start_ms": 0, "end_ms": 3000, "asr_text": "现在开庭。"},
               actor="clerk")
    yield Courtroom(store, people, case["id"], hearing["id"], deliberation["id"])
    store.close()
