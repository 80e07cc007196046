"""Annotations on dossier pages: highlight, underline, sticky note, ink, rectangle, bookmark.

They are records in the store (row + outbox + audit, ready to sync), drawn by the viewer
as an overlay and flattened only into exported copies: the source PDF is never written.
Coordinates are PDF page coordinates of the unrotated page (points, origin top left), the
same space PyMuPDF's text extraction and search use.

Who may see or change which annotation is app/dossier_book.py's business; this module
stores what it is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pymupdf

from courtdesk.offline_cache.store import LocalStore

from .errors import AnnotationError
from .kinds import DEFAULT_COLORS, KINDS, VISIBILITIES

MAX_QUOTE = 20_000  # characters of selected text kept with a highlight (a page holds fewer)

__all__ = ["DEFAULT_COLORS", "KINDS", "VISIBILITIES", "AnnotationHistory",
           "DossierAnnotations", "normalize_geometry", "parse_color", "text_quads"]


def parse_color(color: str) -> tuple[float, float, float]:
    value = color.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        if len(value) != 6:
            raise ValueError(color)
        return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError as exc:
        raise AnnotationError(f"{color!r} is not a colour; write it as #rrggbb.") from exc


def _numbers(values, count: int | None, what: str) -> list[float]:
    try:
        out = [round(float(v), 2) for v in values]
    except (TypeError, ValueError) as exc:
        raise AnnotationError(f"{what} must be numbers.") from exc
    if count is not None and len(out) != count:
        raise AnnotationError(f"{what} needs {count} numbers, got {len(out)}.")
    return out


def normalize_geometry(kind: str, geometry: dict, page_rect: pymupdf.Rect) -> dict:
    """Check and tidy the geometry of an annotation of ``kind``; raises AnnotationError."""
    if kind not in KINDS:
        raise AnnotationError(f"Unknown annotation kind {kind!r}; use one of "
                              f"{', '.join(KINDS)}.")
    if kind in ("highlight", "underline"):
        quads = [_numbers(q, 8, "a quad") for q in geometry.get("quads", [])]
        quads += [_rect_quad(_numbers(r, 4, "a rectangle")) for r in geometry.get("rects", [])]
        if not quads:
            raise AnnotationError(f"A {kind} needs the text it marks (quads or rectangles).")
        quote = geometry.get("quote")
        if quote is not None and not isinstance(quote, str):
            raise AnnotationError("The text a highlight marks must be text.")
        # The selected text goes with its quads, so the annotation list can quote it; it
        # syncs inside the geometry, which a private annotation never shows to others.
        return {"quads": quads, "quote": quote[:MAX_QUOTE]} if quote else {"quads": quads}
    if kind == "note":
        point = _numbers(geometry.get("point", ()), 2, "a note's point")
        return {"point": point}
    if kind == "ink":
        strokes = [[_numbers(p, 2, "an ink point") for p in stroke]
                   for stroke in geometry.get("strokes", [])]
        strokes = [s for s in strokes if len(s) >= 2]
        if not strokes:
            raise AnnotationError("Ink needs at least one stroke of two points or more.")
        return {"strokes": strokes}
    if kind == "rect":
        rect = pymupdf.Rect(_numbers(geometry.get("rect", ()), 4, "a rectangle"))
        if rect.is_empty or not rect.intersects(page_rect):
            raise AnnotationError("The rectangle is empty or off the page.")
        return {"rect": [round(v, 2) for v in rect]}
    return {}  # a bookmark marks the whole page


def _rect_quad(r: list[float]) -> list[float]:
    x0, y0, x1, y1 = r
    return [x0, y0, x1, y0, x0, y1, x1, y1]  # PyMuPDF quad order: ul, ur, ll, lr


def text_quads(page: pymupdf.Page, *, query: str | None = None,
               rect: pymupdf.Rect | None = None) -> list[list[float]]:
    """Quads of the text a highlight should cover: a phrase on the page, or the words in
    a dragged rectangle (one quad per line, as a reader's selection)."""
    if query:
        return [[round(v, 2) for p in (q.ul, q.ur, q.ll, q.lr) for v in p]
                for q in page.search_for(query, quads=True)]
    if rect is None:
        return []
    # By character, not by word: Chinese and Korean lines are one "word" to PyMuPDF, and
    # a reader who drags over four characters means those four, not the whole line.
    lines: dict[tuple[int, int], pymupdf.Rect] = {}
    for b, block in enumerate(page.get_text("rawdict", clip=rect)["blocks"]):
        for n, line in enumerate(block.get("lines", ())):
            for span in line["spans"]:
                for char in span["chars"]:
                    box = pymupdf.Rect(char["bbox"])
                    middle = pymupdf.Point((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
                    if char["c"].isspace() or not rect.contains(middle):
                        continue
                    key = (b, n)
                    lines[key] = lines[key] | box if key in lines else box
    return [_rect_quad([round(v, 2) for v in lines[k]]) for k in sorted(lines)]


class DossierAnnotations:
    """Store access for annotations, acting for one author."""

    def __init__(self, store: LocalStore, actor: str, author_id: str) -> None:
        self.store = store
        self.actor = actor
        self.author_id = author_id

    def add(self, document: dict, page_index: int, kind: str, geometry: dict, *,
            page_rect: pymupdf.Rect, color: str | None = None, text: str = "",
            visibility: str = "private") -> dict:
        if not 0 <= page_index < document["page_count"]:
            raise AnnotationError(f"There is no page {page_index + 1} in this volume "
                                  f"(pages 1–{document['page_count']}).")
        if visibility not in VISIBILITIES:
            raise AnnotationError("Visibility is private (only you) or shared (the case's "
                                  "judges and clerk).")
        color = color or DEFAULT_COLORS[kind] if kind in KINDS else color or ""
        parse_color(color or "#000")
        geometry = normalize_geometry(kind, geometry, page_rect)
        if kind == "note" and not text.strip():
            raise AnnotationError("A sticky note needs its text.")
        return self.store.save("annotations", {
            "case_id": document["case_id"], "document_id": document["id"],
            "doc_sha256": document["blob_sha256"], "page_index": page_index, "kind": kind,
            "geometry": json.dumps(geometry), "color": color, "text": text,
            "author": self.author_id, "visibility": visibility,
        }, actor=self.actor, action="annotation.add")

    def update(self, annotation_id: str, **fields) -> dict:
        allowed = {"geometry", "color", "text", "visibility"}
        unknown = set(fields) - allowed
        if unknown:
            raise AnnotationError(f"Annotations have no field {', '.join(sorted(unknown))}.")
        if "color" in fields:
            parse_color(fields["color"])
        if "visibility" in fields and fields["visibility"] not in VISIBILITIES:
            raise AnnotationError("Visibility is private or shared.")
        if isinstance(fields.get("geometry"), dict):
            fields["geometry"] = json.dumps(fields["geometry"])
        return self.store.save("annotations", {"id": annotation_id, **fields},
                               actor=self.actor, action="annotation.edit")

    def delete(self, annotation_id: str) -> None:
        self.store.remove("annotations", annotation_id, actor=self.actor)

    def recreate(self, row: dict) -> dict:
        """A deleted annotation back, as a new record (a tombstone never comes back to life:
        the deletion may already be on the server)."""
        keep = ("case_id", "document_id", "doc_sha256", "page_index", "kind", "geometry",
                "color", "text", "author", "visibility")
        return self.store.save("annotations", {k: row[k] for k in keep}, actor=self.actor,
                               action="annotation.add")

    def rows(self, document_id: str, page_index: int | None = None) -> list[dict]:
        sql = "SELECT * FROM annotations WHERE document_id = ? AND deleted = 0"
        params: list = [document_id]
        if page_index is not None:
            sql += " AND page_index = ?"
            params.append(page_index)
        return self.store.query(sql + " ORDER BY page_index, created_at", params)


@dataclass
class _Step:
    op: str  # "add" | "update" | "delete"
    row: dict
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)


class AnnotationHistory:
    """Undo and redo of one reader's annotation edits in this session.

    Undoing an add deletes the record; undoing a delete re-creates it under a new id, and
    later steps follow the new id, so a long undo/redo chain stays consistent.
    """

    def __init__(self, annotations: DossierAnnotations) -> None:
        self.annotations = annotations
        self._done: list[_Step] = []
        self._undone: list[_Step] = []
        self._alias: dict[str, str] = {}

    def _id(self, annotation_id: str) -> str:
        while annotation_id in self._alias:
            annotation_id = self._alias[annotation_id]
        return annotation_id

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def add(self, *args, **kwargs) -> dict:
        row = self.annotations.add(*args, **kwargs)
        self._record(_Step("add", row))
        return row

    def update(self, annotation_id: str, **fields) -> dict:
        current = self.annotations.store.get("annotations", self._id(annotation_id))
        if current is None:
            raise AnnotationError(f"There is no annotation {annotation_id}.")
        row = self.annotations.update(current["id"], **fields)
        before = {k: current[k] for k in fields}
        after = {k: row[k] for k in fields}
        self._record(_Step("update", row, before, after))
        return row

    def delete(self, annotation_id: str) -> None:
        current = self.annotations.store.get("annotations", self._id(annotation_id))
        if current is None or current["deleted"]:
            return
        self.annotations.delete(current["id"])
        self._record(_Step("delete", current))

    def _record(self, step: _Step) -> None:
        self._done.append(step)
        self._undone.clear()

    def _recreate(self, step: _Step) -> None:
        # Chain from the id the record last had: every older id then resolves to the new one.
        latest = self._id(step.row["id"])
        new = self.annotations.recreate(step.row)
        self._alias[latest] = new["id"]
        step.row = new

    def undo(self) -> str | None:
        """Undo the last step; returns its op, or None when there is nothing to undo."""
        if not self._done:
            return None
        step = self._done.pop()
        if step.op == "add":
            self.annotations.delete(self._id(step.row["id"]))
        elif step.op == "delete":
            self._recreate(step)
        else:
            self.annotations.update(self._id(step.row["id"]), **step.before)
        self._undone.append(step)
        return step.op

    def redo(self) -> str | None:
        if not self._undone:
            return None
        step = self._undone.pop()
        if step.op == "add":
            self._recreate(step)
        elif step.op == "delete":
            self.annotations.delete(self._id(step.row["id"]))
        else:
            self.annotations.update(self._id(step.row["id"]), **step.after)
        self._done.append(step)
        return step.op
