"""Page text as the dossier indexes and searches it.

Chinese has no spaces between words, and a line break in a PDF can fall in the middle of a
term ("公民身份\\n号码"). So the searchable form of a text drops whitespace next to CJK
characters and collapses the rest to one space; queries get the same treatment, and the
same rule maps a match back to the characters (and boxes) it came from. Korean spacing goes
too: Tesseract drops or invents spaces between Hangul words, so matching cannot rely on it.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pymupdf

# A page whose text layer is shorter than this (after trimming) counts as having none:
# scanners stamp a page number or a batch code on otherwise image-only pages.
MIN_TEXT_CHARS = 10
# Lines of the top of the page that can hold a document's title (catalog detection).
HEAD_LINES = 8
_HEAD_BAND = (0.07, 0.5)  # skip the running header; titles sit in the upper half


def is_cjk(char: str) -> bool:
    """Han, Hangul, CJK punctuation or full-width forms: no word spaces around these."""
    code = ord(char)
    return (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x3000 <= code <= 0x303F
            or 0x20000 <= code <= 0x2FFFF or 0xFF00 <= code <= 0xFF65
            or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F)


def _keep(char: str) -> bool:
    """Full-width CJK punctuation stays as written (NFKC would make "，" a Latin ",");
    full-width letters and digits, Kangxi radicals and compatibility ideographs (which some
    Chinese PDF producers emit) are folded to their ordinary forms."""
    code = ord(char)
    return (0xFF01 <= code <= 0xFF0F or 0xFF1A <= code <= 0xFF20 or 0xFF3B <= code <= 0xFF40
            or 0xFF5B <= code <= 0xFF65 or 0x3001 <= code <= 0x303F)


def _units(chars: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Normalised characters with the index of the source character each came from."""
    pending_space = False
    last = ""
    for index, raw in enumerate(chars):
        norm = raw if raw.isascii() or _keep(raw) else unicodedata.normalize("NFKC", raw)
        if not norm or norm.isspace():
            pending_space = bool(last)
            continue
        if pending_space and not (is_cjk(last) or is_cjk(norm[0])):
            yield " ", -1
        pending_space = False
        for out in norm:
            if out.isspace():
                continue
            yield out, index
            last = out


def normalize(text: str) -> str:
    """The searchable form of a text (and of a query)."""
    return "".join(ch for ch, _ in _units(text))


@dataclass
class CharLine:
    """One line of text with a box per character, in page coordinates (OCR or text layer)."""

    chars: list[tuple[str, tuple[float, float, float, float]]]

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        boxes = [b for _, b in self.chars]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def char_lines_from_textpage(page: pymupdf.Page, textpage=None) -> list[CharLine]:
    raw = page.get_text("rawdict", textpage=textpage)
    lines = []
    for block in raw["blocks"]:
        for line in block.get("lines", ()):
            chars = [(c["c"], tuple(round(v, 1) for v in c["bbox"]))
                     for span in line["spans"] for c in span["chars"]]
            if chars:
                lines.append(CharLine(chars))
    return lines


def dump_char_lines(lines: list[CharLine]) -> str:
    return json.dumps([[[c, *b] for c, b in line.chars] for line in lines],
                      ensure_ascii=False, separators=(",", ":"))


def load_char_lines(data: str) -> list[CharLine]:
    if not data:
        return []
    return [CharLine([(c[0], (c[1], c[2], c[3], c[4])) for c in line])
            for line in json.loads(data)]


def lines_text(lines: list[CharLine]) -> str:
    return "\n".join(line.text for line in lines)


def find_rects(lines: list[CharLine], query: str) -> list[pymupdf.Rect]:
    """Boxes of every match of ``query`` (normalised) in the lines: one box per line touched.

    Used where PyMuPDF's own search cannot go: OCR text (whose text page is not kept) and
    matches that span a line break.
    """
    return [rect for match in find_char_matches(lines, normalize(query)) for rect in match]


def line_stream(lines: list[CharLine]) -> tuple[str, list[tuple[int, int] | None]]:
    """The lines as one string ("\n" between them) and, per position, (line, char) or None."""
    parts: list[str] = []
    where: list[tuple[int, int] | None] = []
    for li, line in enumerate(lines):
        parts.extend(c for c, _ in line.chars)
        where.extend((li, ci) for ci in range(len(line.chars)))
        parts.append("\n")
        where.append(None)
    return "".join(parts), where


def boxes_at(lines: list[CharLine], where: list[tuple[int, int] | None],
             positions: Iterable[int]) -> list[pymupdf.Rect]:
    """One box per line covering the characters at the given stream positions."""
    per_line: dict[int, pymupdf.Rect] = {}
    for position in positions:
        spot = where[position] if 0 <= position < len(where) else None
        if spot is None:
            continue
        li, ci = spot
        box = pymupdf.Rect(lines[li].chars[ci][1])
        per_line[li] = per_line[li] | box if li in per_line else box
    return [per_line[k] for k in sorted(per_line)]


def find_char_matches(lines: list[CharLine], needle: str) -> list[list[pymupdf.Rect]]:
    """Each match of an already-normalised ``needle``, as the boxes (per line) it covers."""
    if not needle:
        return []
    stream, where = line_stream(lines)
    units = list(_units(stream))
    haystack = "".join(u for u, _ in units).lower()
    target = needle.lower()
    matches = []
    start = haystack.find(target)
    while start >= 0:
        sources = [src for _, src in units[start:start + len(target)]]
        matches.append(boxes_at(lines, where, sources))
        start = haystack.find(target, start + len(target))
    return matches


@dataclass
class PageText:
    """What import learns about one page."""

    index: int
    width: float
    height: float
    rotation: int
    text: str
    head: str
    needs_ocr: bool


def read_page(page: pymupdf.Page) -> PageText:
    """Text layer, title lines and whether the page is a scan that needs OCR."""
    rect = page.rect
    blocks = page.get_text("blocks")
    text_blocks = [b for b in blocks if b[6] == 0]
    text = "".join(b[4] if b[4].endswith("\n") else b[4] + "\n" for b in text_blocks)
    image_area = sum(pymupdf.Rect(b[:4]).intersect(rect).get_area()
                     for b in blocks if b[6] == 1)
    stripped = "".join(text.split())
    needs_ocr = len(stripped) < MIN_TEXT_CHARS and (
        image_area >= 0.3 * rect.get_area() or bool(page.get_images()))
    return PageText(index=page.number, width=rect.width, height=rect.height,
                    rotation=page.rotation, text=text, head=head_of_blocks(text_blocks, rect),
                    needs_ocr=needs_ocr)


def head_of_blocks(blocks: list, rect: pymupdf.Rect) -> str:
    top, bottom = rect.y0 + rect.height * _HEAD_BAND[0], rect.y0 + rect.height * _HEAD_BAND[1]
    lines = []
    for block in sorted((b for b in blocks if top <= b[1] <= bottom), key=lambda b: (b[1], b[0])):
        lines += [line for line in block[4].splitlines() if line.strip()]
    return "\n".join(lines[:HEAD_LINES])


def head_of_lines(lines: list[CharLine], height: float) -> str:
    """Title lines of an OCR'd page, by the same band rule as the text layer.

    OCR splits a spaced-out title ("收　条") into one line per character; pieces that share
    a row are joined again, left to right.
    """
    top, bottom = height * _HEAD_BAND[0], height * _HEAD_BAND[1]
    chosen = sorted((line for line in lines if top <= line.bbox[1] <= bottom and
                     line.text.strip()), key=lambda line: line.bbox[1])
    rows: list[list[CharLine]] = []
    for line in chosen:
        middle = (line.bbox[1] + line.bbox[3]) / 2
        if rows:
            last = rows[-1][0].bbox
            if last[1] <= middle <= last[3]:
                rows[-1].append(line)
                continue
        rows.append([line])
    texts = [" ".join(part.text.strip() for part in sorted(row, key=lambda ln: ln.bbox[0]))
             for row in rows]
    return "\n".join(texts[:HEAD_LINES])
