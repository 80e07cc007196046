"""The record types the client syncs and the rule each one follows on the server.

The names and fields are the client's tables (offline_cache/migrations.py). What decides a
type's rule:

- case data (cases, case_members, parties, hearings, documents, catalog entries, hearing
  notes) belongs to the court: an edit made from an old version conflicts and the server's
  row stands;
- what a hearing produced (recordings, their chunk manifests, segments) is append-only: a
  record is inserted once; afterwards only its *revision path* may change it. For a
  recording that is closing it (state, stopped_at, frames, which only grows); for a segment
  it is the clerk's correction (edited text, speaker, corrections, its status: deleted,
  not spoken, replaced by a split or merge), which must raise ``revision``. Recognized
  words, times and audio hashes never change;
- annotations merge per field against the version the edit started from.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Policy(str, enum.Enum):
    COURT = "court"
    APPEND_ONLY = "append_only"
    MERGE = "merge"


@dataclass(frozen=True)
class RecordType:
    name: str
    policy: Policy
    # (payload field naming the parent, parent's record type); None only for cases.
    parent: tuple[str, str] | None
    # Fields fixed once the record exists (besides the parent link).
    fixed: frozenset[str] = frozenset()
    # Append-only types: the fields the revision path may change.
    revisable: frozenset[str] = frozenset()
    # Fields holding the SHA-256 of a blob that must be uploaded before the record.
    blob_fields: tuple[str, ...] = ()
    # Fields the client's table gained later, with the value a row has that was stored
    # before them (or inserted without naming them): (field, value) pairs. A version stored
    # without the field counts as having that value, so a laptop's first edit of such a row
    # (which sends the whole row, the new column included) is not mistaken for a change.
    defaults: tuple[tuple[str, object], ...] = ()

    def as_stored(self, stored: dict) -> dict:
        """``stored`` with the fields it predates filled in with their defaults."""
        missing = {k: v for k, v in self.defaults if k not in stored}
        return {**stored, **missing} if missing else stored


RECORD_TYPES: dict[str, RecordType] = {t.name: t for t in (
    RecordType("cases", Policy.COURT, None),
    RecordType("case_members", Policy.COURT, ("case_id", "cases"), fixed=frozenset({"user_id"})),
    RecordType("parties", Policy.COURT, ("case_id", "cases")),
    # A deliberation stays a deliberation: who may read it hangs on these two fields.
    RecordType("hearings", Policy.COURT, ("case_id", "cases"),
               fixed=frozenset({"kind", "confidential"}), blob_fields=("audio_blob",),
               # The set-up of a hearing (store version 10): what session, who appeared.
               defaults=(("session_type", ""), ("attendance", ""))),
    RecordType("documents", Policy.COURT, ("case_id", "cases"),
               blob_fields=("blob_sha256", "source_sha256")),
    RecordType("catalog_entries", Policy.COURT, ("document_id", "documents")),
    RecordType("hearing_notes", Policy.COURT, ("hearing_id", "hearings")),
    RecordType("recordings", Policy.APPEND_ONLY, ("hearing_id", "hearings"),
               revisable=frozenset({"state", "stopped_at", "frames"})),
    RecordType("recording_chunks", Policy.APPEND_ONLY, ("recording_id", "recordings"),
               blob_fields=("sha256",)),
    RecordType("segments", Policy.APPEND_ONLY, ("hearing_id", "hearings"),
               revisable=frozenset({"edited_text", "speaker_role", "edited_by", "corrections",
                                    "revision", "status"}),
               # 'after_hearing' marks a segment transcribed from the recording later;
               # status: deleted, not spoken, replaced by a split or merge (in the record
               # when ''); derived_from: what a split or merge made it from.
               defaults=(("origin", "live"), ("status", ""), ("derived_from", "[]"))),
    RecordType("annotations", Policy.MERGE, ("case_id", "cases"),
               fixed=frozenset({"author", "document_id", "doc_sha256"})),
)}

RECORD_TYPE_NAMES = tuple(RECORD_TYPES)

# Columns the server owns or that change with every save; never compared, never merged.
SERVER_OWNED = frozenset({"server_version", "base_version", "deleted"})
VOLATILE = frozenset({"updated_at"})

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
# A hearing's session type ('' for hearings set up before they had one), and the most its
# attendance JSON may hold (a list of parties and lawyers, not a document).
HEARING_SESSION_TYPES = ("", "trial", "mediation", "pronouncement", "inquiry", "deliberation")
MAX_ATTENDANCE_CHARS = 20_000
ANNOTATION_VISIBILITY = ("private", "shared")
# In the record (''), kept but not spoken, deleted, replaced by a split or merge, or a part
# of one the clerk took back (speech/segment_edits.py).
SEGMENT_STATUSES = ("", "not_spoken", "deleted", "replaced", "undone")
