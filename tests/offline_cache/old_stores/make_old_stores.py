"""Makes the stores in this folder: real profiles written by the SQLCipher binding courtdesk
used before (sqlcipher3-binary), kept so tests/offline_cache/test_store_binding.py proves that
every later binding still opens them and reads back everything they hold.

Run it once per binding being retired, from a checkout whose environment has THAT binding:

    python tests/offline_cache/old_stores/make_old_stores.py

It writes <distribution>-<version>/ with one store per way a store is keyed (the system
keyring's random key, a passphrase through scrypt), the test secrets that unlock them
(test data only), what they hold (expected.json) and what wrote them (made_with.json).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
import sys
from pathlib import Path

import keyring
import numpy as np
import pymupdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "support"))

from courtdesk.app.accounts import AccountBook  # noqa: E402
from courtdesk.app.casebook import CaseBook  # noqa: E402
from courtdesk.common.roles import Role  # noqa: E402
from courtdesk.dossier.importer import DossierImporter  # noqa: E402
from courtdesk.dossier.pdf_thread import on_pdf_thread  # noqa: E402
from courtdesk.offline_cache import store_key  # noqa: E402
from courtdesk.offline_cache.blobs import BlobStore  # noqa: E402
from courtdesk.offline_cache.store import LocalStore  # noqa: E402

from memory_keyring import MemoryKeyring  # noqa: E402
from testkit import TEST_PASSPHRASE, ask  # noqa: E402

PASSWORD = "old-store-passw0rd"
# Tables whose rows the test compares (FTS shadow tables follow from document_pages).
TABLES = ("users", "cases", "case_members", "parties", "hearings", "segments", "hearing_notes",
          "documents", "document_pages", "catalog_entries", "blobs", "audit_log", "outbox")


def binding() -> tuple[str, str]:
    for name in ("sqlcipher3-binary", "sqlcipher3-wheels", "sqlcipher3"):
        try:
            return name, importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    raise SystemExit("no sqlcipher3 distribution installed")


def volume_pdf(path: Path) -> None:
    def make():
        doc = pymupdf.open()
        for text in ("民事起诉状 原告延吉市长白山商贸有限公司 被告朴英姬 买卖合同纠纷",
                     "证据目录 第一组 买卖合同一份 送货单三张 对账单一份"):
            page = doc.new_page(width=595, height=842)
            page.insert_text((72, 100), text, fontname="china-s", fontsize=14)
        doc.save(path)
        doc.close()

    on_pdf_thread(make)


def fill(store: LocalStore, work: Path) -> None:
    book = AccountBook(store)
    admin = book.create(None, "it", "信息中心", Role.IT_ADMIN, PASSWORD)
    clerk_user = book.create(admin, "clerk", "崔美兰", Role.CLERK, PASSWORD)
    clerk = CaseBook(store, clerk_user)
    blobs = BlobStore(store)
    for number, title in (
            ("(2026)吉2401民初1234号", "延吉市长白山商贸有限公司诉朴英姬买卖合同纠纷案"),
            ("(2026)吉2401民初77号", "金明浩诉李春花民间借贷纠纷案")):
        case = clerk.create_case(number, title, cause="合同纠纷", court="延吉市人民法院")
        clerk.add_party(case["id"], "plaintiff", title[:6])
        hearing = clerk.add_hearing(case["id"], "第一次开庭", scheduled_at="2026-03-02T09:00",
                                    place="第三法庭")
        clerk.add_hearing(case["id"], "第二次开庭", scheduled_at="2026-04-06T14:30",
                          place="第三法庭")
        # A hearing's audio: 0.5 s of 16 kHz int16 noise (incompressible, as audio is).
        audio = np.random.default_rng(len(number)).integers(
            -3000, 3000, 8_000, dtype=np.int16).tobytes()
        audio_sha = blobs.put_bytes(audio, "audio/x-raw")
        store.save("hearings", {"id": hearing["id"], "audio_blob": audio_sha}, actor="clerk")
        for i, (role, text) in enumerate((("judge", "现在开庭，核对当事人身份。"),
                                          ("plaintiff", "原告请求判令被告支付货款。"))):
            store.save("segments", {"hearing_id": hearing["id"], "speaker_role": role,
                                    "start_ms": i * 4000, "end_ms": i * 4000 + 3500,
                                    "asr_text": text}, actor="clerk")
        store.save("hearing_notes", {"hearing_id": hearing["id"], "at_ms": 1200,
                                     "text": "被告未到庭", "author": "clerk"}, actor="clerk")
        pdf = work / f"{case['id']}.pdf"
        volume_pdf(pdf)
        DossierImporter(store, "clerk", blobs).import_file(case["id"], pdf, title="起诉材料")


def snapshot(store: LocalStore) -> dict:
    rows = {table: store.query(f"SELECT * FROM {table} ORDER BY rowid") for table in TABLES}
    blobs = BlobStore(store)
    return {"rows": rows,
            "blob_sha256": sorted(r["sha256"] for r in rows["blobs"] if blobs.has(r["sha256"])),
            "audit_entries": len(rows["audit_log"])}


def make(out: Path, key_source: str, work: Path) -> dict:
    directory = out / key_source / "store"
    secrets: dict = {}
    if key_source == "keyring":
        ring = MemoryKeyring()
        keyring.set_keyring(ring)
    else:
        keyring.set_keyring(keyring.backends.fail.Keyring())
        secrets["passphrase"] = TEST_PASSPHRASE
    store = LocalStore.open(directory, ask())
    try:
        assert store.header.key_source == key_source, store.header
        fill(store, work)
        expected = snapshot(store)
        assert not store.verify_audit().problems
    finally:
        store.close()
    if key_source == "keyring":
        secrets["keyring"] = {f"{s}/{u}": v for (s, u), v in ring.secrets.items()}
    (out / key_source / "secrets.json").write_text(json.dumps(secrets, indent=1) + "\n")
    (out / key_source / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return expected


def main() -> None:
    import keyring.backends.fail  # noqa: F401
    import sqlcipher3

    name, version = binding()
    out = HERE / f"{name}-{version}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    work = out / "work"
    work.mkdir()
    store_key.SCRYPT_N = 2**12  # the header records the cost; a test need not pay 2**17
    conn = sqlcipher3.connect(":memory:")
    made_with = {"distribution": name, "version": version,
                 "cipher_version": conn.execute("PRAGMA cipher_version").fetchone()[0],
                 "sqlite_version": conn.execute("SELECT sqlite_version()").fetchone()[0],
                 "python": sys.version.split()[0]}
    conn.close()
    for key_source in ("keyring", "passphrase"):
        make(out, key_source, work)
    shutil.rmtree(work)
    (out / "made_with.json").write_text(json.dumps(made_with, indent=1) + "\n")
    sizes = {str(p.relative_to(out)): p.stat().st_size for p in sorted(out.rglob("*"))
             if p.is_file()}
    print(json.dumps({"made_with": made_with, "files": sizes,
                      "sha256": {k: hashlib.sha256((out / k).read_bytes()).hexdigest()[:12]
                                 for k in sizes}}, indent=1))


if __name__ == "__main__":
    main()
