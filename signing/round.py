"""The signing round on an exported record: who must sign, who has, who refused and why, and
the court's seal last.

Each step signs into that signer's field of the record as a new incremental revision in a NEW
file (the record and every earlier file stay as they were), keeps the file's bytes in the
local store and writes the step, its audit entry and the signer's state in one transaction.
The parties' strokes are signed with the courtroom PC's station key: the signature covers the
stroke image, and its /Reason carries the digest of the strokes bound to the exact revision
they were drawn on (``ink.BoundInk``), which the store keeps.

No Qt and no accounts here: ``app.signing_rounds`` checks who may run a round and who may seal.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from courtdesk.common.ids import new_id
from courtdesk.offline_cache import audit_chain
from courtdesk.offline_cache.errors import CourtdeskError
from courtdesk.offline_cache.store import LocalStore, utc_now

from .ink import SignatureInk, bind, render_png

SEAL_FIELD = "court-seal"
STATES = ("waiting", "signed", "refused")
_PX_PER_PT = 3  # the stroke image's pixels per point of its box: sharp when printed


class RoundError(CourtdeskError):
    code = "signing_round"


class UnknownSigner(RoundError):
    code = "round_unknown_signer"


class AlreadyDone(RoundError):  # this signer already signed or refused
    code = "round_already_signed"


class RoundSealed(RoundError):
    code = "round_sealed"


class SealNotAllowed(RoundError):
    code = "round_seal_not_allowed"


class SignersWaiting(RoundError):
    code = "round_signers_waiting"


class NoteRequired(RoundError):
    code = "round_note_required"


class StationKeyMissing(RoundError):
    code = "round_no_station_key"


class NoRound(RoundError):
    code = "round_no_record"


class RoundFileMissing(RoundError):
    code = "round_file_missing"


@dataclass
class RoundSigner:
    id: str  # also the name of their signature field in the record
    name: str
    role: str  # presiding_judge, judge, clerk, plaintiff, plaintiff_agent, ...
    field: str
    state: str  # "waiting" | "signed" | "refused"
    note: str = ""  # the clerk's note of why they refused
    at: str = ""  # when they signed or refused (UTC, ISO 8601)
    label: str = ""  # their role as the record prints it: "原告代理人"
    ink_digest: str = ""

    @property
    def who(self) -> str:
        return f"{self.label} {self.name}".strip()

    def as_dict(self) -> dict:
        return {**self.__dict__, "who": self.who}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class SigningRound:
    """One round of signatures on one exported official record.

    ``station``: the courtroom PC's SigningKey (signs strokes and refusals); ``may_seal``:
    whether the person running the round may apply the court's seal (checked by the caller).
    """

    def __init__(self, store: LocalStore, round_id: str, *, actor: str, station=None,
                 may_seal: bool = False, tsa_url: str = "", court: str = "") -> None:
        self.store = store
        self.id = round_id
        self.actor = actor
        self.station = station
        self.may_seal = may_seal
        self.tsa_url = tsa_url
        self.court = court
        row = store.query("SELECT * FROM signing_rounds WHERE id = ?", (round_id,))
        if not row:
            raise NoRound(f"No signing round {round_id} in this profile.")
        self._row = row[0]

    # -- starting and finding ----------------------------------------------------------
    @classmethod
    def start(cls, store: LocalStore, *, hearing_id: str, case_id: str, language: str,
              record_path: Path, signatories: list, actor: str, **options) -> SigningRound:
        """A round on the official record just exported at ``record_path`` with a
        signature field per signatory (speech.record_export.Signatory)."""
        from courtdesk.offline_cache.blobs import BlobStore

        record_path = Path(record_path).resolve()
        data = record_path.read_bytes()
        sha = BlobStore(store).put_bytes(data, "application/pdf")
        round_id = new_id()
        now = utc_now()
        with store.transaction():
            store.conn.execute(
                "INSERT INTO signing_rounds (id, hearing_id, case_id, language, record_path,"
                " record_sha256, current_path, current_sha256, started_at, started_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (round_id, hearing_id, case_id, language, str(record_path), sha,
                 str(record_path), sha, now, actor))
            for position, person in enumerate(signatories):
                store.conn.execute(
                    "INSERT INTO round_signers (round_id, signer_id, position, name, role, "
                    "label) VALUES (?, ?, ?, ?, ?, ?)",
                    (round_id, person.field, position, person.name, person.role, person.label))
            cls._add_revision(store, round_id, 0, "export", "", record_path, sha, now, actor)
            audit_chain.append(store.conn, at=now, actor=actor, action="signing.round.start",
                               record_type="hearings", record_id=hearing_id,
                               detail={"round": round_id, "record_sha256": sha,
                                       "signers": [p.field for p in signatories]})
        return cls(store, round_id, actor=actor, **options)

    @classmethod
    def latest(cls, store: LocalStore, hearing_id: str, **options) -> SigningRound | None:
        rows = store.query("SELECT id FROM signing_rounds WHERE hearing_id = ? "
                           "ORDER BY started_at DESC, rowid DESC LIMIT 1", (hearing_id,))
        return cls(store, rows[0]["id"], **options) if rows else None

    # -- reading ------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._row = self.store.query("SELECT * FROM signing_rounds WHERE id = ?",
                                     (self.id,))[0]

    @property
    def hearing_id(self) -> str:
        return self._row["hearing_id"]

    @property
    def language(self) -> str:
        return self._row["language"]

    @property
    def record_path(self) -> Path:
        """The exported record the round started from (never written by the round)."""
        return Path(self._row["record_path"])

    @property
    def sealed(self) -> bool:
        return bool(self._row["sealed_at"])

    @property
    def sealed_at(self) -> str:
        return self._row["sealed_at"]

    def signers(self) -> list[RoundSigner]:
        rows = self.store.query("SELECT * FROM round_signers WHERE round_id = ? "
                                "ORDER BY position", (self.id,))
        return [RoundSigner(id=r["signer_id"], name=r["name"], role=r["role"],
                            field=r["signer_id"], state=r["state"], note=r["note"],
                            at=r["at"], label=r["label"], ink_digest=r["ink_digest"])
                for r in rows]

    def signer(self, signer_id: str) -> RoundSigner:
        """By id, or by a prefix only one signer's id starts with."""
        signers = self.signers()
        exact = [s for s in signers if s.id == signer_id]
        matches = exact or [s for s in signers if signer_id and s.id.startswith(signer_id)]
        if len(matches) != 1:
            listed = "; ".join(f"{s.id} ({s.who})" for s in signers)
            found = (f"{signer_id!r} fits {len(matches)} signers: give more of the id"
                     if matches else f"No signer {signer_id!r} in this round")
            raise UnknownSigner(f"{found}. Those who sign this record: {listed}.",
                                signer=signer_id)
        return matches[0]

    def bound_ink(self, signer_id: str):
        """The strokes a signer signed with, bound to the revision they were drawn on."""
        from .ink import BoundInk

        rows = self.store.query("SELECT ink FROM round_signers WHERE round_id = ? AND "
                                "signer_id = ?", (self.id, self.signer(signer_id).id))
        return BoundInk.from_json(rows[0]["ink"]) if rows and rows[0]["ink"] else None

    def revisions(self) -> list[dict]:
        return self.store.query("SELECT * FROM round_revisions WHERE round_id = ? "
                                "ORDER BY seq", (self.id,))

    def current_pdf(self) -> Path:
        """The latest file of the round: what the next signer signs and what is filed."""
        return Path(self._row["current_path"])

    def current_sha256(self) -> str:
        return self._row["current_sha256"]

    def done(self) -> bool:
        """Everyone signed or refused, and the court sealed it."""
        return self.sealed and all(s.state != "waiting" for s in self.signers())

    def as_dict(self) -> dict:
        return {"round": self.id, "hearing_id": self.hearing_id,
                "record": str(self.record_path), "current_pdf": str(self.current_pdf()),
                "current_sha256": self.current_sha256(), "sealed": self.sealed,
                "sealed_at": self._row["sealed_at"], "done": self.done(),
                "signers": [s.as_dict() for s in self.signers()]}

    # -- steps ----------------------------------------------------------------------------
    def sign_with_ink(self, signer_id: str, ink: SignatureInk) -> Path:
        """The signer's strokes, drawn into their box, signed with the station key; returns
        the new file."""
        signer = self._waiting(signer_id)
        src = self._current_source()
        bound = bind(ink, self.current_sha256(), signer.id)
        width_pt, height_pt = self._box_size(src, signer.field)
        png = render_png(ink, round(width_pt * _PX_PER_PT), round(height_pt * _PX_PER_PT),
                         caption=_date_caption(self.language))
        reason = f"{signer.who} · ink sha256:{bound.digest}"
        return self._step("sign", signer, src, dict(appearance_png=png, reason=reason),
                          ink=bound.to_json(), ink_digest=bound.digest)

    def refuse(self, signer_id: str, note: str) -> Path:
        """The signer refused: "拒绝签名：<note>" in their box (in the record's language),
        signed with the station key; returns the new file."""
        from courtdesk.speech.record_export import record_label

        note = " ".join(note.split())
        if not note:
            raise NoteRequired("Write down why the signer refused (the clerk's note goes on "
                               "the record). Nothing was recorded.")
        signer = self._waiting(signer_id)
        src = self._current_source()
        text = record_label(self.language, "refused").format(note=note)
        return self._step("refuse", signer, src,
                          dict(appearance_text=[text, _date_caption(self.language)],
                               reason=f"{signer.who}: {text}"), note=note)

    def seal(self, key) -> Path:
        """The court's seal with ``key`` (a SigningKey) into the court-seal field, after
        everyone signed or refused; returns the sealed file."""
        if not self.may_seal:
            raise SealNotAllowed("Only the clerk or the presiding judge of the case may seal "
                                 "the record. Nothing was sealed.")
        if self.sealed:
            raise RoundSealed(f"The record is sealed already ({self._row['sealed_at']}); "
                              f"the sealed file is {self.current_pdf()}.")
        waiting = [s for s in self.signers() if s.state == "waiting"]
        if waiting:
            raise SignersWaiting(
                "Not everyone has signed: " + "; ".join(f"{s.who} ({s.id})" for s in waiting)
                + ". Have them sign, or record their refusal, then seal.")
        src = self._current_source()
        lines = [line for line in (self.court, _date_caption(self.language)) if line]
        return self._step("seal", None, src, dict(appearance_text=lines or None,
                                                  reason="court seal"), key=key)

    # -- helpers --------------------------------------------------------------------------
    def _waiting(self, signer_id: str) -> RoundSigner:
        signer = self.signer(signer_id)
        if self.sealed:
            raise RoundSealed(
                f"The record was sealed by the court at {self._row['sealed_at']}: no one can "
                f"sign it any more, and {signer.who} was not recorded. To collect more "
                "signatures, export the record again and start a new round.")
        if signer.state != "waiting":
            raise AlreadyDone(f"{signer.who} has already {signer.state} this record "
                              f"({signer.at}). Nothing was changed.", signer=signer.id)
        if self.station is None:
            raise StationKeyMissing(
                "This PC has no signing-station key, so signatures cannot be taken here. "
                "Court IT sets station_p12 under [signing] in the machine config.")
        return signer

    def _current_source(self) -> Path:
        """The current file, checked against the hash the store kept; restored from the
        store's copy when it was moved, deleted or changed."""
        from courtdesk.offline_cache.blobs import BlobStore

        path, sha = self.current_pdf(), self.current_sha256()
        if path.is_file() and sha256_file(path) == sha:
            return path
        blobs = BlobStore(self.store)
        if not blobs.has(sha):
            raise RoundFileMissing(
                f"The round's latest file {path} is gone or changed, and this profile holds "
                "no copy of it. Export the record again and start a new round.")
        restored = self._free_path(path.parent, "restored")
        restored.write_bytes(blobs.read_bytes(sha))
        return restored

    def _free_path(self, folder: Path, step: str) -> Path:
        stem = self.record_path.stem
        seq = len(self.revisions())
        candidate = folder / f"{stem}.{seq:02d}-{step}.pdf"
        n = 1
        while candidate.exists():  # never write over a file that is there
            n += 1
            candidate = folder / f"{stem}.{seq:02d}-{step}-{n}.pdf"
        return candidate

    @staticmethod
    def _box_size(pdf: Path, field: str) -> tuple[float, float]:
        from .record_fields import signature_field_boxes

        boxes = signature_field_boxes(pdf)
        if field not in boxes:
            raise RoundError(f"The record has no signature box {field!r}: it was not "
                             "exported for a signing round. Export it again.")
        _page, width, height = boxes[field]
        return width, height

    def _step(self, step: str, signer: RoundSigner | None, src: Path, appearance: dict, *,
              key=None, ink: str = "", ink_digest: str = "", note: str = "") -> Path:
        from courtdesk.offline_cache.blobs import BlobStore

        from .errors import TimestampUnreachable
        from .evidence import hash_signed
        from .late_timestamps import queue
        from .pades import sign_pdf

        out = self._free_path(self.record_path.parent, step)
        field = signer.field if signer else SEAL_FIELD
        owed = ""
        try:
            sha = sign_pdf(src, out, key or self.station, field=field, tsa_url=self.tsa_url,
                           **appearance)
        except TimestampUnreachable:
            # Offline: signed now; the timestamp is added at the next connection.
            sha = sign_pdf(src, out, key or self.station, field=field, tsa_url="",
                           **appearance)
            owed = self.tsa_url
        BlobStore(self.store).put_file(out, "application/pdf")
        now = utc_now()
        seq = len(self.revisions())
        with self.store.transaction():
            if signer is not None:
                state = "refused" if step == "refuse" else "signed"
                self.store.conn.execute(
                    "UPDATE round_signers SET state = ?, note = ?, at = ?, recorded_by = ?, "
                    "ink = ?, ink_digest = ? WHERE round_id = ? AND signer_id = ?",
                    (state, note, now, self.actor, ink, ink_digest, self.id, signer.id))
            sealed = ", sealed_at = ?, sealed_by = ?" if step == "seal" else ""
            self.store.conn.execute(
                f"UPDATE signing_rounds SET current_path = ?, current_sha256 = ?{sealed} "
                "WHERE id = ?",
                (str(out), sha, *((now, self.actor) if step == "seal" else ()), self.id))
            self._add_revision(self.store, self.id, seq, step, signer.id if signer else "",
                               out, sha, now, self.actor)
            detail = {"round": self.id, "revision": seq, "sha256": sha, "field": field}
            if signer is not None:
                detail.update(signer=signer.id, name=signer.name, role=signer.role)
            if ink_digest:
                detail["ink_digest"] = ink_digest
            if note:
                detail["note"] = note
            audit_chain.append(self.store.conn, at=now, actor=self.actor,
                               action=f"signing.{step}", record_type="hearings",
                               record_id=self.hearing_id, detail=detail)
            who = signer.name if signer else getattr(key, "signer_name", "")
            hash_signed(self.store, out, self.actor, signer=who,
                        case_id=self._row["case_id"], hearing_id=self.hearing_id,
                        record_type="hearings", record_id=self.hearing_id)
            if owed:
                queue(self.store, out, owed, self.actor, case_id=self._row["case_id"],
                      hearing_id=self.hearing_id, round_id=self.id)
        self._refresh()
        return out

    @staticmethod
    def _add_revision(store: LocalStore, round_id: str, seq: int, step: str, signer_id: str,
                      path: Path, sha: str, at: str, actor: str) -> None:
        store.conn.execute(
            "INSERT INTO round_revisions (round_id, seq, step, signer_id, path, sha256, at, "
            "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (round_id, seq, step, signer_id, str(path), sha, at, actor))


def _date_caption(language: str) -> str:
    today = datetime.now().astimezone()
    if language.startswith("ko"):
        return f"{today.year}. {today.month}. {today.day}."
    if language.startswith("en"):
        return today.strftime("%d %b %Y")
    return f"{today.year}年{today.month}月{today.day}日"
