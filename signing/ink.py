"""A handwritten signature as data: the pen's strokes with time and pressure, drawn into the
signer's box, and bound to the exact bytes of the document revision it was drawn for.

No Qt here: the signature pad (ui/) emits a ``SignatureInk``; this module keeps it, turns it
into the PNG the PDF shows (drawn with PyMuPDF) and binds it to a document's SHA-256, so the
same strokes cannot be presented as a signature of another document.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from itertools import pairwise

from courtdesk.offline_cache.errors import CourtdeskError

INK_FORMAT = 1
DEVICES = ("pen", "mouse", "touch")


class InkError(CourtdeskError):
    """Ink data that cannot be used as a signature (unreadable file, no strokes)."""

    code = "ink_invalid"


class InkEmpty(InkError):
    code = "ink_empty"


@dataclass
class Stroke:
    # (x, y, t_ms, pressure): pad pixels, ms since the pad opened, 0..1 (1.0 for a mouse)
    points: list[tuple[float, float, int, float]] = field(default_factory=list)


@dataclass
class SignatureInk:
    strokes: list[Stroke]
    width: int  # the pad's size in pixels, so the strokes keep their proportions
    height: int
    device: str = "mouse"  # "pen" | "mouse" | "touch"

    def as_dict(self) -> dict:
        return {"format": INK_FORMAT, "width": self.width, "height": self.height,
                "device": self.device,
                # floats always (40.0, not 40), so the digest is the same after a round trip
                "strokes": [[[round(float(x), 2), round(float(y), 2), int(t),
                              round(float(p), 3)]
                             for x, y, t, p in s.points] for s in self.strokes]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict) -> SignatureInk:
        try:
            if int(data.get("format", INK_FORMAT)) != INK_FORMAT:
                raise ValueError(f"ink format {data.get('format')} is not one courtdesk reads")
            device = str(data.get("device", "mouse"))
            if device not in DEVICES:
                raise ValueError(f"device {device!r} is not one of {', '.join(DEVICES)}")
            strokes = [Stroke([(float(x), float(y), int(t), min(max(float(p), 0.0), 1.0))
                               for x, y, t, p in points]) for points in data["strokes"]]
            ink = cls(strokes, int(data["width"]), int(data["height"]), device)
        except (KeyError, TypeError, ValueError) as exc:
            raise InkError(f"The signature ink cannot be read ({exc}). Nothing was signed; "
                           "have the signer sign again on the pad.") from exc
        if ink.width <= 0 or ink.height <= 0:
            raise InkError("The signature ink has no pad size. Nothing was signed; have the "
                           "signer sign again on the pad.")
        return ink

    @classmethod
    def from_json(cls, text: str) -> SignatureInk:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InkError(f"The signature ink is not JSON ({exc}). Nothing was signed; have "
                           "the signer sign again on the pad.") from exc
        if not isinstance(data, dict):
            raise InkError("The signature ink is not an ink object. Nothing was signed.")
        return cls.from_dict(data)

    def is_empty(self) -> bool:
        return not any(s.points for s in self.strokes)

    def bounds(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) around every point, in pad pixels."""
        xs = [p[0] for s in self.strokes for p in s.points]
        ys = [p[1] for s in self.strokes for p in s.points]
        if not xs:
            return (0.0, 0.0, float(self.width), float(self.height))
        return (min(xs), min(ys), max(xs), max(ys))


def _canonical(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


@dataclass
class BoundInk:
    """Strokes bound to one document revision (its SHA-256) and one signer. ``digest`` is what
    the PAdES signature carries (in its /Reason), so verify can tie strokes to signature."""

    ink: SignatureInk
    document_sha256: str
    signer_id: str
    digest: str

    @staticmethod
    def digest_of(ink: SignatureInk, document_sha256: str, signer_id: str) -> str:
        return hashlib.sha256(_canonical({
            "ink": ink.as_dict(), "document_sha256": document_sha256.lower(),
            "signer_id": signer_id})).hexdigest()

    def check(self, document_sha256: str) -> bool:
        """True only for the document these strokes were drawn for, with strokes, signer and
        hash unchanged since binding."""
        return (self.document_sha256 == document_sha256.lower()
                and self.digest == self.digest_of(self.ink, self.document_sha256,
                                                  self.signer_id))

    def to_json(self) -> str:
        return json.dumps({"ink": self.ink.as_dict(), "document_sha256": self.document_sha256,
                           "signer_id": self.signer_id, "digest": self.digest},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> BoundInk:
        try:
            data = json.loads(text)
            return cls(SignatureInk.from_dict(data["ink"]), str(data["document_sha256"]),
                       str(data["signer_id"]), str(data["digest"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise InkError(f"The bound signature ink cannot be read ({exc}).") from exc


def bind(ink: SignatureInk, document_sha256: str, signer_id: str) -> BoundInk:
    if ink.is_empty():
        raise InkEmpty("The signature pad is empty: nothing to sign with. Have the signer "
                       "sign on the pad, then confirm.")
    sha = document_sha256.lower()
    return BoundInk(ink, sha, signer_id, BoundInk.digest_of(ink, sha, signer_id))


# --- drawing --------------------------------------------------------------------------------

_MARGIN = 0.06  # of the box, on each side, so thick strokes are not cut at the edge
_INK = (0.05, 0.05, 0.2)  # blue-black, as a pen on paper


def render_png(ink: SignatureInk, width_px: int, height_px: int, *, background: str = "",
               caption: str = "") -> bytes:
    """The strokes as a PNG of width_px × height_px: cropped to where the signer wrote and
    scaled (keeping proportions) into the box; pressure sets each segment's width.

    ``background`` "" keeps it transparent (the record's lines show through), "white" fills
    it. ``caption`` (e.g. the date) is written small in the box's lower right corner.
    """
    import pymupdf

    if width_px <= 0 or height_px <= 0:
        raise ValueError("the signature box has no size")
    doc = pymupdf.open()
    try:
        page = doc.new_page(width=width_px, height=height_px)
        if background:
            page.draw_rect(page.rect, color=None, fill=(1, 1, 1))
        caption_h = height_px * 0.22 if caption else 0.0
        x0, y0, x1, y1 = ink.bounds()
        span_w, span_h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        room_w = width_px * (1 - 2 * _MARGIN)
        room_h = (height_px - caption_h) * (1 - 2 * _MARGIN)
        scale = min(room_w / span_w, room_h / span_h)
        # A dot or a flat line must not be blown up to fill the box.
        scale = min(scale, max(room_w / ink.width, room_h / ink.height) * 3)
        off_x = (width_px - span_w * scale) / 2 - x0 * scale
        off_y = (height_px - caption_h - span_h * scale) / 2 - y0 * scale
        base = max(height_px * 0.03, 1.2)  # a full-pressure line, relative to the box
        shape = page.new_shape()
        for stroke in ink.strokes:
            points = [(x * scale + off_x, y * scale + off_y, p) for x, y, _t, p in stroke.points]
            if len(points) == 1:  # a dot (the signer tapped)
                x, y, p = points[0]
                shape.draw_circle((x, y), base * (0.35 + 0.65 * p) / 2)
                shape.finish(color=None, fill=_INK)
                continue
            for (ax, ay, ap), (bx, by, bp) in pairwise(points):
                shape.draw_line((ax, ay), (bx, by))
                shape.finish(color=_INK, width=base * (0.35 + 0.65 * (ap + bp) / 2),
                             lineCap=1)
        shape.commit()
        if caption:
            size = caption_h * 0.7
            font = pymupdf.Font("china-s")  # digits and 年月日 / 년월일; built in
            text_w = font.text_length(caption, fontsize=size)
            writer = pymupdf.TextWriter(page.rect)
            writer.append((width_px - text_w - width_px * _MARGIN, height_px - caption_h * 0.3),
                          caption, font=font, fontsize=size)
            writer.write_text(page, color=(0.1, 0.1, 0.1))
        pixmap = page.get_pixmap(alpha=not background)
        return pixmap.tobytes("png")
    finally:
        doc.close()
