"""Request and response bodies. Every input is bounded here, before any database work."""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .record_types import RECORD_TYPE_NAMES

MAX_CHANGES_PER_PUSH = 1000
MAX_PAYLOAD_FIELDS = 100
MAX_TEXT = 1_000_000  # one segment's word list or a long summary, with room to spare
MAX_VERSION = 2**31 - 1
MAX_CURSOR = 2**62
MAX_BLOB_SIZE = 2**40  # 1 TiB: a week of multi-channel audio fits many times over

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
FIELD_PATTERN = r"^[a-z_][a-z0-9_]{0,63}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


def _storable(text: str) -> str:
    """Text every database here can store: no NUL (PostgreSQL refuses it) and valid UTF-8."""
    if "\x00" in text:
        raise ValueError("text may not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from exc
    return text


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Sha256 = Annotated[str, StringConstraints(pattern=SHA256_PATTERN)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_storable)]
Scalar = Text | int | float | bool | None


def _check_payload(payload: dict[str, Any]) -> dict[str, Any]:
    if len(payload) > MAX_PAYLOAD_FIELDS:
        raise ValueError(f"a record has at most {MAX_PAYLOAD_FIELDS} fields")
    for key, value in payload.items():
        if not re.fullmatch(FIELD_PATTERN, key):
            raise ValueError(f"field name {key!r} is not a column name")
        # bool is an int subclass; both are fine. Ints must fit the databases' 64 bits.
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            raise ValueError(f"{key}: integer out of range")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{key}: numbers must be finite")
    return payload


Payload = Annotated[dict[str, Scalar], AfterValidator(_check_payload)]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Annotated[str, StringConstraints(min_length=1, max_length=64),
                        AfterValidator(_storable)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024),
                        AfterValidator(_storable)]


class UserInfo(BaseModel):
    id: str
    username: str
    display_name: str
    court_id: str
    role: Literal["clerk", "judge", "presiding_judge", "it_admin"]


class LoginResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: str = Field(description="ISO 8601, UTC")
    expires_in: int = Field(description="seconds from now")
    user: UserInfo


class Change(BaseModel):
    """One outbox row. ``insert`` and ``update`` (the client's outbox ops) mean ``upsert``."""

    model_config = ConfigDict(extra="ignore")
    change_id: Id
    record_type: Literal[RECORD_TYPE_NAMES]  # type: ignore[valid-type]
    record_id: Id
    op: Literal["upsert", "insert", "update", "delete"]
    base_version: int = Field(ge=0, le=MAX_VERSION)
    author: Id = Field(description="The id of the user who made the change; it must be the "
                                   "caller's, or the change is refused (author_mismatch)")
    payload: Payload


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    client_id: Id = Field(description="The pushing store's id; a client's own successive edits "
                                      "of a record never conflict with each other.")
    changes: list[Change] = Field(max_length=MAX_CHANGES_PER_PUSH)


class ConflictField(BaseModel):
    field: str
    base: Any = None
    server: Any = None
    yours: Any = None


class ChangeResult(BaseModel):
    change_id: str
    record_type: str
    record_id: str
    status: Literal["applied", "conflict", "rejected"]
    server_version: int | None = Field(
        None, description="The record's version on the server after this change")
    deleted: bool | None = None
    row: dict[str, Any] | None = Field(
        None, description="The server's row: on conflict, and when the server merged the "
                          "change into something other than what was sent")
    conflict_fields: list[ConflictField] | None = None
    code: str | None = None
    reason: str | None = None
    retryable: bool = Field(False, description="A rejection that may succeed later (the "
                                               "parent record or blob is not there yet); the "
                                               "server did not remember it, push it again")
    replayed: bool = False


class PushResponse(BaseModel):
    results: list[ChangeResult]


class PulledChange(BaseModel):
    seq: int
    record_type: str
    record_id: str
    server_version: int
    deleted: bool
    payload: dict[str, Any]
    at: str


class PullResponse(BaseModel):
    changes: list[PulledChange]
    next_cursor: int
    has_more: bool


class BlobCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: Sha256
    size: int = Field(ge=0, le=MAX_BLOB_SIZE)


class BlobState(BaseModel):
    sha256: str
    size: int
    offset: int
    complete: bool


class Problem(BaseModel):
    detail: str
    code: str | None = None


MAX_AUDIT_ENTRIES = 1000

AuditText = Annotated[str, StringConstraints(max_length=200), AfterValidator(_storable)]


class AuditEntry(BaseModel):
    """One entry of a client store's audit log, exactly as the store chained it."""

    model_config = ConfigDict(extra="forbid")
    seq: int = Field(ge=1, le=MAX_CURSOR)
    at: Annotated[str, StringConstraints(max_length=64), AfterValidator(_storable)]
    actor: AuditText
    action: AuditText
    record_type: Annotated[str, StringConstraints(max_length=64), AfterValidator(_storable)]
    record_id: AuditText
    detail: Text
    prev_hash: Sha256
    hash: Sha256


class AuditAppendRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    client_id: Id = Field(description="The sending store's id (the same as in /sync/push)")
    entries: list[AuditEntry] = Field(max_length=MAX_AUDIT_ENTRIES,
                                      description="Consecutive entries in seq order; entries "
                                                  "the server already holds may be resent")


class AuditReceiptPayload(BaseModel):
    kind: str
    client_id: str
    head_seq: int
    head_hash: str
    issued_at: str
    key_id: str = Field(description="The first 16 hex digits of SHA-256 of the public key")


class AuditReceipt(BaseModel):
    payload: AuditReceiptPayload
    signature: str = Field(description="Ed25519 over the payload as compact JSON with "
                                       "sorted keys, base64")


class AuditAppendResponse(BaseModel):
    client_id: str
    stored: int = Field(description="Entries new to the server, now kept")
    replayed: int = Field(description="Entries the server already held, unchanged")
    head_seq: int = Field(description="The last seq of this store the server holds")
    head_hash: str
    receipt: AuditReceipt | None = Field(
        default=None, description="The server's signed receipt of that head, which the PC "
                                  "keeps: its log must always extend it")


class AuditReceiptKey(BaseModel):
    key_id: str
    public_key: str = Field(description="The raw Ed25519 public key, base64")


class StoredAuditEntry(AuditEntry):
    received_from: str = Field(description="The user whose login sent the entry")
    received_at: str


class AuditPage(BaseModel):
    client_id: str
    court_id: str
    head_seq: int
    entries: list[StoredAuditEntry]
    next_after: int
    has_more: bool


class AuditClient(BaseModel):
    client_id: str
    head_seq: int
    head_hash: str
    first_user_id: str
    updated_at: str
