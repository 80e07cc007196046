"""The cast protocol's messages: JSON text frames, each with the protocol version ``v`` and
a ``type``; the bytes of a document or of a pixel frame follow their header as binary
frames. What a message type means is listed in :data:`MESSAGE_TYPES`; a receiver answers
a type it does not know with an ``error`` (reason ``unknown_type``) and carries on, so later types
(pointer, captions, evidence ranges) reach older receivers harmlessly.
"""

from __future__ import annotations

import json
from typing import Any

VERSION = 1
MAX_TEXT_FRAME = 64 * 1024  # a state message is a few hundred bytes; ink on a page stays far below
CHUNK = 1024 * 1024  # document bytes go in frames of this size
MAX_FRAME = CHUNK + 4096

# type -> (direction, what it carries)
MESSAGE_TYPES = {
    "pair": ("sender", "presenter name, the sender's SPAKE2 message"),
    "pair_reply": ("receiver", "the receiver's SPAKE2 message"),
    "confirm": ("sender", "HMAC over the receiver's certificate fingerprint and the exchange"),
    "paired": ("receiver", "its HMAC, its name, whether it is public, its screen size"),
    "refused": ("receiver", "why pairing or presenting was refused; the connection closes"),
    "show": ("sender", "state: document hash, page, zoom, viewport, rotation, annotations"),
    "need": ("receiver", "a document hash it does not hold"),
    "document": ("sender", "a document's hash and size; binary frames with its bytes follow"),
    "frame": ("sender", "pixel fallback: a PNG's size and pixels; one binary frame follows"),
    "painted": ("receiver", "the state (by seq) now on the screen"),
    "error": ("receiver", "a message it could not act on (reason, seq)"),
    "pointer": ("sender", "the presenter's pointer on the page (PDF points), or none"),
    "captions": ("sender", "live captions: the last final lines and the lines forming, each "
                 "with its speaker's role and the record's name for it"),
    "stop": ("sender", "stop presenting: the receiver clears its screen"),
    "cleared": ("receiver", "the screen is clear and the presenter released"),
}

# What of an annotation goes on the wire (never its author, never its visibility).
ANNOTATION_FIELDS = ("id", "kind", "page_index", "geometry", "color", "text")


class BadMessage(ValueError):
    """A frame that is not a message of this protocol."""


def encode(type_: str, **fields: Any) -> str:
    return json.dumps({"v": VERSION, "type": type_, **fields}, ensure_ascii=False,
                      separators=(",", ":"))


def decode(frame: str | bytes) -> dict:
    if isinstance(frame, bytes):
        raise BadMessage("a binary frame where a message was expected")
    if len(frame) > MAX_TEXT_FRAME:
        raise BadMessage("message too large")
    try:
        message = json.loads(frame)
    except ValueError as exc:
        raise BadMessage(f"not JSON: {exc}") from None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise BadMessage("a message needs a type")
    return message


def castable_annotations(rows: list[dict]) -> list[dict]:
    """The annotations that may leave this PC: shared ones only, and of those only what
    draws them. Private annotations are dropped here, whoever called."""
    out = []
    for row in rows:
        if row.get("visibility") != "shared" or row.get("deleted"):
            continue
        item = {k: row[k] for k in ANNOTATION_FIELDS if k in row}
        if isinstance(item.get("geometry"), str):
            item["geometry"] = json.loads(item["geometry"] or "{}")
        # A highlight's quoted text is for the annotation list, not for drawing it.
        item["geometry"] = {k: v for k, v in (item.get("geometry") or {}).items()
                            if k != "quote"}
        out.append(item)
    return out
