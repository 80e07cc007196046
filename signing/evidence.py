"""Evidence hashes for the judicial chain (司法链): every recording's manifest when the
recording closes, every exported record and every signed document is hashed (SHA-256 and
SM3) into the audit chain, as an ``evidence.hash`` entry. The list a court submits to its
judicial chain is read back from those entries, and files are checked against it.

The entries sit in the same hash-chained audit log as everything else (and go to the
court's server with it), so the list cannot be shortened or edited on this PC unnoticed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

ACTION = "evidence.hash"
LIST_FORMAT = "courtdesk-evidence/1"

# What was hashed
RECORDING_MANIFEST = "recording_manifest"
RECORD_EXPORT = "record_export"
SIGNED_DOCUMENT = "signed_document"


def hashes(data: bytes) -> tuple[str, str]:
    """(SHA-256, SM3) of the bytes, hex."""
    from gmssl_pyx import sm3_hash

    return hashlib.sha256(data).hexdigest(), sm3_hash(data).hex()


def manifest_text(conn, recording_id: str) -> bytes:
    """A recording's chunk manifest as the bytes that are hashed: one line per chunk
    (seq, first frame, frames, the chunk's SHA-256), the lines the audit entry that closed
    the recording summed up, so both hashes agree."""
    lines = [f"{seq}:{start}:{frames}:{sha}\n" for seq, start, frames, sha in conn.execute(
        "SELECT seq, start_frame, frames, sha256 FROM recording_chunks "
        "WHERE recording_id = ? AND deleted = 0 ORDER BY seq", (recording_id,))]
    return "".join(lines).encode("ascii")


def manifest_name(recording_id: str) -> str:
    return f"recording-{recording_id}.manifest"


def append_entry(store, *, actor: str, case_id: str, what: str, name: str, data: bytes,
                 signer: str = "", hearing_id: str = "", record_type: str = "",
                 record_id: str = "") -> dict:
    """Write one ``evidence.hash`` entry (joins the caller's transaction, if any)."""
    sha256, sm3 = hashes(data)
    detail = {"case_id": case_id, "hearing_id": hearing_id, "what": what,
              "name": Path(name).name, "size": len(data), "sha256": sha256, "sm3": sm3,
              "signer": signer}
    return store.audit(actor, ACTION, record_type, record_id, detail)


def hash_recording(store, recording_id: str, actor: str) -> dict | None:
    """The manifest of a recording that just closed; None when the recording is unknown."""
    rows = store.query("SELECT r.hearing_id, h.case_id FROM recordings r JOIN hearings h "
                       "ON h.id = r.hearing_id WHERE r.id = ?", (recording_id,))
    if not rows:
        return None
    return append_entry(store, actor=actor, case_id=rows[0]["case_id"],
                        what=RECORDING_MANIFEST, name=manifest_name(recording_id),
                        data=manifest_text(store.conn, recording_id),
                        hearing_id=rows[0]["hearing_id"], record_type="recordings",
                        record_id=recording_id)


def hash_export(store, hearing_id: str, path: Path, actor: str) -> dict:
    """An exported record (official or review PDF, text, subtitles) as written."""
    hearing = store.get("hearings", hearing_id)
    return append_entry(store, actor=actor, case_id=hearing["case_id"], what=RECORD_EXPORT,
                        name=path.name, data=Path(path).read_bytes(), hearing_id=hearing_id,
                        record_type="hearings", record_id=hearing_id)


def hash_signed(store, path: Path, actor: str, *, signer: str, case_id: str = "",
                hearing_id: str = "", record_type: str = "", record_id: str = "",
                data: bytes | None = None) -> dict:
    """A signed (or sealed, or timestamped) document as written (``data``: its bytes, when
    it is kept in the store rather than as ``path``)."""
    return append_entry(store, actor=actor, case_id=case_id, what=SIGNED_DOCUMENT,
                        name=Path(path).name,
                        data=Path(path).read_bytes() if data is None else data, signer=signer,
                        hearing_id=hearing_id, record_type=record_type, record_id=record_id)


@dataclass
class EvidenceItem:
    what: str
    name: str
    sha256: str
    sm3: str
    size: int
    at: str              # when it was hashed (UTC, the audit entry's time)
    by: str              # the account that made, exported or signed it
    signer: str = ""     # for signed documents: the certificate's name
    hearing_id: str = ""
    record_type: str = ""
    record_id: str = ""
    audit_seq: int = 0
    audit_hash: str = ""  # the entry's place in the chain, for the court's own checks


def items_of_case(store, case_id: str, visible_hearings: set[str] | None = None
                  ) -> list[EvidenceItem]:
    """The case's evidence hashes in the order they were taken; with ``visible_hearings``,
    only those of hearings in it (a deliberation's are for its judges)."""
    found = []
    for row in store.query("SELECT seq, at, actor, record_type, record_id, detail, hash "
                           "FROM audit_log WHERE action = ? ORDER BY seq", (ACTION,)):
        detail = json.loads(row["detail"] or "{}")
        if detail.get("case_id") != case_id:
            continue
        hearing_id = detail.get("hearing_id", "")
        if hearing_id and visible_hearings is not None and hearing_id not in visible_hearings:
            continue
        found.append(EvidenceItem(
            what=detail["what"], name=detail["name"], sha256=detail["sha256"],
            sm3=detail["sm3"], size=detail.get("size", 0), at=row["at"], by=row["actor"],
            signer=detail.get("signer", ""), hearing_id=hearing_id,
            record_type=row["record_type"], record_id=row["record_id"],
            audit_seq=row["seq"], audit_hash=row["hash"]))
    return found


def evidence_list(case: dict, items: list[EvidenceItem], exported_by: str,
                  exported_at: str) -> dict:
    return {"format": LIST_FORMAT, "case_id": case["id"], "case_number": case["case_number"],
            "court": case.get("court", ""), "exported_by": exported_by,
            "exported_at": exported_at, "items": [asdict(i) for i in items]}


@dataclass
class FileCheck:
    file: str
    state: str           # "match" | "differs" | "unlisted"
    sha256: str
    sm3: str
    listed: list[dict] = field(default_factory=list)  # the list's entries it matched or named


@dataclass
class ListCheck:
    files: list[FileCheck] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)  # listed, and no file given matches

    @property
    def matched(self) -> list[FileCheck]:
        return [f for f in self.files if f.state == "match"]

    @property
    def differing(self) -> list[FileCheck]:
        return [f for f in self.files if f.state == "differs"]

    @property
    def unlisted(self) -> list[FileCheck]:
        return [f for f in self.files if f.state == "unlisted"]

    def as_dict(self) -> dict:
        return {"ok": not self.differing, "files": [asdict(f) for f in self.files],
                "matched": len(self.matched), "differing": len(self.differing),
                "unlisted": len(self.unlisted), "missing": self.missing}


class EvidenceListUnreadable(ValueError):
    pass


def read_list(path: Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        items = data["items"] if isinstance(data, dict) else data
        for item in items:
            item["name"], item["sha256"], item["sm3"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvidenceListUnreadable(
            f"{path} is not an evidence list written by 'courtdesk evidence export' "
            f"({exc}).") from exc
    return items


def check_files(items: list[dict], files: list[Path]) -> ListCheck:
    """Each file against the list: a file matches when both its hashes are a listed item's
    (whatever its name now); it differs when it carries a listed name but not that content;
    a listed item that no file matches nor names is missing."""
    report = ListCheck()
    seen: set[int] = set()
    for path in files:
        sha256, sm3 = hashes(Path(path).read_bytes())
        same = [i for i, item in enumerate(items)
                if item["sha256"] == sha256 and item["sm3"] == sm3]
        named = [i for i, item in enumerate(items) if item["name"] == Path(path).name]
        if same:
            seen.update(same)
            state, listed = "match", same
        elif named:
            state, listed = "differs", named
        else:
            state, listed = "unlisted", []
        report.files.append(FileCheck(str(path), state, sha256, sm3,
                                      [items[i] for i in listed]))
    named_by_changed = {id(item) for f in report.differing for item in f.listed}
    report.missing = [item for i, item in enumerate(items)
                      if i not in seen and id(item) not in named_by_changed]
    return report
