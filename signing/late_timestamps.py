"""Timestamps added at the next connection.

A courtroom PC is often offline when the record is sealed. When the timestamp authority
cannot be reached, the caller signs without a timestamp and queues the signed file here;
at the next connection (a sync that succeeds, or ``courtdesk sign timestamp-pending``) each
queued file gets an RFC 3161 *document* timestamp (pyHanko's PdfTimeStamper): a new
incremental revision after the signatures, which stay valid. The result is always a NEW
file next to the signed one (``record-timestamped.pdf``), or a new version of a dossier
document; the signed file is never written.

The queue lives in the local store (``pending_timestamps``, store migration 13).
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from courtdesk.offline_cache import audit_chain
from courtdesk.offline_cache.store import LocalStore, utc_now

from . import errors

log = logging.getLogger(__name__)

ACTION_QUEUED = "signing.timestamp.queued"
ACTION_ADDED = "signing.timestamp.added"


def add_document_timestamp(data: bytes, tsa_url: str) -> bytes:
    """``data`` (a signed PDF) with a document timestamp from ``tsa_url`` appended as an
    incremental revision. Raises errors.TimestampUnreachable / TimestampRefused."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError

    from .pades import _signing_failure

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = io.BytesIO()
    try:
        PdfTimeStamper(HTTPTimeStamper(tsa_url, timeout=10)).timestamp_pdf(
            writer, "sha256", output=out)
    except TimestampRequestError as exc:
        raise _signing_failure(exc, None, tsa_url) from exc
    return out.getvalue()


def queue(store: LocalStore, path: Path, tsa_url: str, actor: str, *, case_id: str = "",
          hearing_id: str = "", document_id: str = "", round_id: str = "") -> dict:
    """Put a file signed without its timestamp in the queue (joins the caller's
    transaction)."""
    path = Path(path).resolve() if not document_id else Path(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest() if not document_id else ""
    row = {"path": str(path), "sha256": sha, "tsa_url": tsa_url, "case_id": case_id,
           "hearing_id": hearing_id, "document_id": document_id, "round_id": round_id,
           "queued_at": utc_now(), "queued_by": actor}
    with store.transaction():
        if round_id:  # a round's later file carries the earlier signatures: one timestamp
            store.conn.execute("UPDATE pending_timestamps SET state = 'superseded' "
                               "WHERE round_id = ? AND state = 'pending'", (round_id,))
        cursor = store.conn.execute(
            "INSERT INTO pending_timestamps (path, sha256, tsa_url, case_id, hearing_id, "
            "document_id, round_id, queued_at, queued_by) VALUES (:path, :sha256, :tsa_url, "
            ":case_id, :hearing_id, :document_id, :round_id, :queued_at, :queued_by)", row)
        row["id"] = cursor.lastrowid
        audit_chain.append(store.conn, at=row["queued_at"], actor=actor, action=ACTION_QUEUED,
                           record_type="hearings" if hearing_id else "",
                           record_id=hearing_id,
                           detail={"file": path.name, "sha256": sha, "tsa_url": tsa_url,
                                   "document_id": document_id})
    return row


def link_document(store: LocalStore, round_id: str, document_id: str) -> None:
    """The round's sealed file was filed in the dossier: its timestamp, when it comes, makes
    a new version of that document too."""
    with store.transaction():
        store.conn.execute("UPDATE pending_timestamps SET document_id = ? WHERE round_id = ? "
                           "AND state = 'pending'", (document_id, round_id))


def pending(store: LocalStore) -> list[dict]:
    return store.query("SELECT * FROM pending_timestamps WHERE state = 'pending' ORDER BY id")


@dataclass
class StampOutcome:
    id: int
    file: str
    state: str             # "done" | "pending" (the authority still cannot be reached) |
    #                        "failed" (the file changed or vanished; said in ``problem``)
    out: str = ""          # the new timestamped file (or "document <id>")
    sha256: str = ""
    problem: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _new_version_path(path: Path) -> Path:
    candidate = path.with_name(f"{path.stem}-timestamped{path.suffix}")
    n = 1
    while candidate.exists():  # never write over a file that is there
        n += 1
        candidate = path.with_name(f"{path.stem}-timestamped-{n}{path.suffix}")
    return candidate


def stamp_pending(store: LocalStore, *, tsa_url: str = "") -> list[StampOutcome]:
    """Add the timestamp to each queued file; stop at the first authority that cannot be
    reached (the rest wait for the next connection). ``tsa_url`` overrides the queued one
    (the machine config's may have changed since)."""
    outcomes: list[StampOutcome] = []
    for row in pending(store):
        url = tsa_url or row["tsa_url"]
        try:
            outcome = _stamp_one(store, row, url)
        except errors.TimestampUnreachable as exc:
            outcomes.append(StampOutcome(row["id"], row["path"], "pending",
                                         problem=exc.message))
            log.info("timestamp authority %s unreachable; %d file(s) wait", url,
                     len(pending(store)))
            break
        except (errors.TimestampRefused, OSError, ValueError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            with store.transaction():
                store.conn.execute("UPDATE pending_timestamps SET attempts = attempts + 1, "
                                   "last_error = ? WHERE id = ?", (message, row["id"]))
            outcomes.append(StampOutcome(row["id"], row["path"], "pending", problem=message))
            continue
        outcomes.append(outcome)
    return outcomes


def _fail(store: LocalStore, row: dict, problem: str) -> StampOutcome:
    with store.transaction():
        store.conn.execute("UPDATE pending_timestamps SET state = 'failed', last_error = ? "
                           "WHERE id = ?", (problem, row["id"]))
    return StampOutcome(row["id"], row["path"], "failed", problem=problem)


def _stamp_one(store: LocalStore, row: dict, url: str) -> StampOutcome:
    from courtdesk.offline_cache.blobs import BlobStore

    from .evidence import hash_signed

    if row["document_id"] and not row["sha256"]:  # queued as a dossier document only
        return _stamp_document(store, row, url)
    path = Path(row["path"])
    if not path.is_file():
        return _fail(store, row, f"{path} is gone: no timestamp was added. Sign the record "
                     "again if it is still needed.")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        return _fail(store, row, f"{path.name} changed after it was signed and queued: no "
                     "timestamp was added to it. Check the file with courtdesk verify.")
    stamped = add_document_timestamp(data, url)
    out = _new_version_path(path)
    from .pades import write_atomically

    write_atomically(out, stamped)
    sha = hashlib.sha256(stamped).hexdigest()
    BlobStore(store).put_bytes(stamped, "application/pdf")
    now = utc_now()
    with store.transaction():
        store.conn.execute(
            "UPDATE pending_timestamps SET state = 'done', stamped_path = ?, "
            "stamped_sha256 = ?, stamped_at = ?, attempts = attempts + 1 WHERE id = ?",
            (str(out), sha, now, row["id"]))
        if row["round_id"]:
            _round_revision(store, row, out, sha, now)
        audit_chain.append(store.conn, at=now, actor=row["queued_by"], action=ACTION_ADDED,
                           record_type="hearings" if row["hearing_id"] else "",
                           record_id=row["hearing_id"],
                           detail={"file": path.name, "out": out.name, "sha256": sha,
                                   "tsa_url": url})
        hash_signed(store, out, row["queued_by"], signer="RFC 3161 " + url,
                    case_id=row["case_id"], hearing_id=row["hearing_id"],
                    record_type="hearings" if row["hearing_id"] else "",
                    record_id=row["hearing_id"])
    document = store.get("documents", row["document_id"]) if row["document_id"] else None
    if document is not None and not document["deleted"]:
        _new_document_version(store, row["queued_by"], document, stamped, url)
    return StampOutcome(row["id"], str(path), "done", str(out), sha)


def _round_revision(store: LocalStore, row: dict, out: Path, sha: str, now: str) -> None:
    """The signing round's latest file becomes the timestamped one (a new revision)."""
    rounds = store.query("SELECT current_sha256 FROM signing_rounds WHERE id = ?",
                         (row["round_id"],))
    if not rounds or rounds[0]["current_sha256"] != row["sha256"]:
        return  # the round moved on since (another step): its own file stays current
    seq = store.conn.execute("SELECT count(*) FROM round_revisions WHERE round_id = ?",
                             (row["round_id"],)).fetchone()[0]
    store.conn.execute(
        "INSERT INTO round_revisions (round_id, seq, step, signer_id, path, sha256, at, "
        "actor) VALUES (?, ?, 'timestamp', '', ?, ?, ?, ?)",
        (row["round_id"], seq, str(out), sha, now, row["queued_by"]))
    store.conn.execute("UPDATE signing_rounds SET current_path = ?, current_sha256 = ? "
                       "WHERE id = ?", (str(out), sha, row["round_id"]))


def _new_document_version(store: LocalStore, actor: str, document: dict, stamped: bytes,
                          url: str) -> dict:
    """The timestamped file as a new version of a dossier document (a document derived from
    it, as a cleaned copy is); the signed one is never changed."""
    from courtdesk.dossier.importer import DossierImporter, prepare_pdf_bytes
    from courtdesk.offline_cache.blobs import BlobStore

    prepared = prepare_pdf_bytes(f"{document['title']}.pdf", stamped)
    stored = DossierImporter(store, actor, BlobStore(store)).store_volume(
        document["case_id"], prepared, volume=document["volume"], title=document["title"],
        derived_from=document["id"], derivation="timestamped",
        detail={"timestamp_url": url})
    store.audit(actor, ACTION_ADDED, "documents", stored.document["id"],
                {"derived_from": document["id"],
                 "sha256": hashlib.sha256(stamped).hexdigest(), "tsa_url": url})
    return stored.document


def _stamp_document(store: LocalStore, row: dict, url: str) -> StampOutcome:
    """A dossier document queued by itself: its timestamped file is a new version of it."""
    from courtdesk.offline_cache.blobs import BlobStore

    from .evidence import hash_signed

    document = store.get("documents", row["document_id"])
    if document is None or document["deleted"]:
        return _fail(store, row, f"The dossier document {row['document_id']} is gone: no "
                     "timestamp was added.")
    stamped = add_document_timestamp(BlobStore(store).read_bytes(document["blob_sha256"]),
                                     url)
    version = _new_document_version(store, row["queued_by"], document, stamped, url)
    sha = hashlib.sha256(stamped).hexdigest()
    with store.transaction():
        store.conn.execute(
            "UPDATE pending_timestamps SET state = 'done', stamped_path = ?, "
            "stamped_sha256 = ?, stamped_at = ?, attempts = attempts + 1 WHERE id = ?",
            (f"document {version['id']}", sha, utc_now(), row["id"]))
        hash_signed(store, Path(f"{document['title']}.pdf"), row["queued_by"],
                    signer="RFC 3161 " + url, case_id=document["case_id"],
                    record_type="documents", record_id=version["id"], data=stamped)
    return StampOutcome(row["id"], row["path"], "done", f"document {version['id']}", sha)
