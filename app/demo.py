"""The demo case: a realistic Chinese civil case to try courtdesk on.

The demo lives in a profile of its own (``courtdesk --demo``; the folder is
``demo_profile_dir()``), never in a court user's real one: its accounts, court IT's
``admin`` among them, share a published password. A profile with real accounts or one that
has met a court's server is refused, and so is any profile once the machine config names
a server. Creates demo accounts (flagged ``is_demo``; ``courtdesk doctor`` reports them as
a fault), a sales-contract dispute before the Yanji court with parties and lawyers, a
scheduled hearing, a confidential deliberation, a three-volume dossier with scanned
pages, and a short hearing recording when espeak-ng is installed. Running it twice reuses
what is there.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from courtdesk.common.roles import Role
from courtdesk.offline_cache.blobs import BlobStore
from courtdesk.offline_cache.store import LocalStore

from .accounts import AccountBook, AccountError, User
from .casebook import CaseBook

log = logging.getLogger(__name__)

# A published password: fine for demo accounts, which doctor flags on real machines.
DEMO_PASSWORD = "courtdesk-demo"
DEMO_CASE_NUMBER = "(2026)吉2401民初1234号"  # as printed in the demo dossier
DEMO_ACCOUNTS = (
    ("admin", "信息中心 朴志勇", Role.IT_ADMIN),
    ("clerk", "崔美兰", Role.CLERK),
    ("judge", "崔东哲", Role.JUDGE),
    ("presiding", "李振东", Role.PRESIDING_JUDGE),
)


@dataclass
class DemoResult:
    case_id: str
    case_number: str
    created: bool
    accounts: list[str] = field(default_factory=list)
    documents: int = 0
    pages: int = 0
    audio: bool = False
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {**self.__dict__, "password": DEMO_PASSWORD}


def demo_profile_dir() -> Path:
    """The demo's own profile folder: ``COURTDESK_DEMO_HOME``, else the platform's user data
    folder ``courtdesk-demo`` (beside, never inside, the real ``courtdesk`` profile)."""
    override = os.environ.get("COURTDESK_DEMO_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("courtdesk-demo", appauthor=False))


def refuse_unless_demo_profile(store: LocalStore, server_url: str = "") -> None:
    """Demo accounts go only into a profile made for the demo, and never once a court's
    server is set up: AccountError otherwise, with nothing changed."""
    if server_url:
        raise AccountError(
            f"The machine config names the court's server ({server_url}): this PC is set up "
            "for real work, so no demo accounts are made on it, whose published password "
            "would let anyone in. Nothing was changed. Try courtdesk on a PC without a "
            "server set.")
    real = store.conn.execute("SELECT count(*) FROM users WHERE is_demo = 0").fetchone()[0]
    synced = store.conn.execute("SELECT count(*) FROM sync_state").fetchone()[0]
    if real or synced:
        raise AccountError(
            "This profile is not a demo profile: it holds real accounts or has synced with "
            "a court's server, and demo accounts with their published password would let "
            "anyone in. Nothing was changed. The demo has its own profile: courtdesk --demo "
            "demo (then open it with courtdesk --demo).")


def _ensure_accounts(store: LocalStore) -> dict[str, User]:
    book = AccountBook(store)
    users: dict[str, User] = {}
    admin = book.find("admin")
    for username, display_name, role in DEMO_ACCOUNTS:
        existing = book.find(username)
        if existing is None:
            existing = book.create(admin, username, display_name, role, DEMO_PASSWORD,
                                   is_demo=True)
            if username == "admin":
                admin = existing
        users[username] = existing
    return users


def ensure_demo_signing_keys(home: Path) -> bool:
    """A demo court CA, a signing-station certificate and a court seal (PKCS#12, password
    DEMO_PASSWORD) in the demo profile's folder, so a newcomer can run a whole signing round
    on the demo case; the signing config points at them while the machine config names no
    station key (app.signing_rounds.signing_config). True when they were made now."""
    from courtdesk.signing.testpki import make_pki

    from .signing_rounds import DEMO_SIGNING_FOLDER

    folder = home / DEMO_SIGNING_FOLDER
    if (folder / "court-ca.pem").is_file() and (folder / "station.p12").is_file():
        return False
    make_pki(folder, password=DEMO_PASSWORD.encode())
    # Only what a round needs stays: unencrypted key copies (made for test tokens), the
    # other CA and the deliberately bad certificates of the test PKI serve nothing here.
    for path in folder.iterdir():
        if path.name not in _DEMO_SIGNING_FILES:
            path.unlink()
    return True


_DEMO_SIGNING_FILES = frozenset({"court-ca.pem", "station.p12", "seal-rsa.p12", "seal-ec.p12"})


DEMO_OUTBOX_STATE = "demo"  # kept on this PC: never pushed, never counted as pending


def create_demo(store: LocalStore, server_url: str = "",
                progress: Callable[[str], None] | None = None) -> DemoResult:
    """``server_url``: the machine config's server, if any (then the demo is refused).

    ``progress`` hears each step as it starts: making a demo takes seconds (password
    hashing, drawing the dossier, speaking the hearing) and a silent terminal looks hung.
    """
    from . import demo_material  # PyMuPDF and espeak work: only when a demo is made

    say = progress or (lambda step: None)
    refuse_unless_demo_profile(store, server_url)
    say("Creating the demo accounts…")
    users = _ensure_accounts(store)
    if ensure_demo_signing_keys(store.directory.parent):
        say("Made the demo court's signing keys (a demo CA, station and seal)…")
    clerk_book = CaseBook(store, users["clerk"])
    for summary in clerk_book.list_cases(DEMO_CASE_NUMBER):
        if summary.case_number == DEMO_CASE_NUMBER:
            return DemoResult(case_id=summary.id, case_number=DEMO_CASE_NUMBER, created=False,
                              accounts=list(users))

    result = DemoResult(case_id="", case_number=DEMO_CASE_NUMBER, created=True,
                        accounts=list(users))
    import random

    # The records quote the same seeded numbers as the documents in the dossier.
    facts = demo_material.case_facts(random.Random(demo_material.DEMO_SEED))
    say("Drawing the demo dossier…")
    volumes = demo_material.make_dossier_volumes(demo_material.DEMO_SEED)
    say("Recording the demo hearing audio…")
    audio = demo_material.make_hearing_audio()
    say("Saving the demo case…")
    blobs = BlobStore(store)
    with store.transaction():
        last_seq = store.conn.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]
        case = clerk_book.create_case(
            DEMO_CASE_NUMBER, "延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷案",
            cause="买卖合同纠纷", court=demo_material.COURT_NAME, procedure="第一审普通程序",
            filed_on="2026-11-02",
            summary="原告主张被告尚欠货款人民币126,400元及逾期付款违约金；被告辩称已另付现金"
                    "20,000元，且180公斤松子仁霉变已退货。",
        )
        case_id = case["id"]
        result.case_id = case_id
        clerk_book.add_member(case_id, users["presiding"], Role.PRESIDING_JUDGE.value)
        clerk_book.add_member(case_id, users["judge"], Role.JUDGE.value)
        clerk_book.add_party(
            case_id, "plaintiff", "延吉市长白山商贸有限公司", kind="organization",
            representative="法定代表人 崔成浩", lawyer_name="金明哲",
            lawyer_firm="吉林延边律师事务所", address="吉林省延吉市光明街188号",
        )
        clerk_book.add_party(
            case_id, "defendant", "朴英姬", kind="person", id_number=facts["id"],
            phone=facts["phone"], address="吉林省延吉市河南街道民主街36号3单元502室",
            lawyer_name="王丽华", lawyer_firm="吉林图们江律师事务所",
        )
        from .hearing_setup import Attendance

        # Everyone appeared: the record's attendance section (到庭情况) shows it.
        present = Attendance.of_case(clerk_book.open_case(case_id).parties)
        clerk_book.add_hearing(case_id, "第一次开庭", scheduled_at="2026-12-08T09:00:00+08:00",
                               place="延吉市人民法院 第三法庭", session_type="trial",
                               attendance=present.to_json())
        CaseBook(store, users["presiding"]).add_hearing(
            case_id, "合议庭评议", kind="deliberation",
            scheduled_at="2026-12-08T15:00:00+08:00", place="第二合议室")
        for volume in volumes:
            sha = blobs.put_bytes(volume.pdf, "application/pdf")
            clerk_book.add_document(case_id, volume.title, sha, volume=volume.volume,
                                    page_count=volume.page_count, size_bytes=len(volume.pdf))
            result.documents += 1
            result.pages += volume.page_count
        if audio is not None:
            sha = blobs.put_bytes(audio, "audio/wav")
            hearing = next(h for h in store.query(
                "SELECT id FROM hearings WHERE case_id = ? AND kind = 'hearing'", (case_id,)))
            clerk_book.store.save("hearings", {"id": hearing["id"], "audio_blob": sha},
                                  actor=users["clerk"].actor)
            result.audio = True
        else:
            result.notes.append("espeak-ng is not installed: the demo has no hearing audio")
        # The fictional case never goes to a court's server, whoever logs in: the push
        # path leaves out every change under it, now and later (a hearing recorded on it),
        # and the files they name. Its changes stay marked unsynced here.
        store.keep_on_this_pc(case_id, "demo")
        store.conn.execute("UPDATE outbox SET state = ? WHERE seq > ? AND state = 'pending'",
                           (DEMO_OUTBOX_STATE, last_seq))
    store.audit("system", "demo.create", "cases", case_id)
    log.info("demo case created: %s", case_id)
    return result
