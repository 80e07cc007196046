"""Selecting text on a dossier page the way PDF readers do.

A page's characters are read once (from the text layer on the PDF thread, or from the OCR
lines the store keeps for a scan) into a :class:`PageChars`: plain lists, in MuPDF's
reading order. Everything a mouse does then is arithmetic on those lists, so a drag never
goes back to the PDF: a press and the pointer each become a caret (the boundary between
two characters nearest the point), and the selection is every character between the two
carets in reading order — MuPDF's own selection rule (``fz_highlight_selection``), which
Evince, Okular and SumatraPDF follow. A double click takes a word, a triple click a line.

A selection gives what a highlight stores: one rectangle per line it touches (as a PDF
quad) and the text, lines joined by a newline.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this module; PyMuPDF loads with the first volume
    import pymupdf

    from .text import CharLine

# As dossier.text.MIN_TEXT_CHARS (not imported from there: that module loads PyMuPDF).
MIN_TEXT_CHARS = 10

Box = tuple[float, float, float, float]

# Punctuation that stays inside a word when a letter or digit is on both sides:
# "1,250.00", "e-mail", "don't".
_WORD_JOINERS = set(".,-'’·")


@dataclass(frozen=True)
class TextLine:
    start: int  # index of the line's first character in PageChars.text
    end: int  # one past its last
    bbox: Box
    vertical: bool = False  # characters run top to bottom (竖排)


@dataclass(frozen=True)
class Selection:
    """Characters chosen on one page: ``indices`` into the page's characters, in order."""

    page: int
    indices: tuple[int, ...]

    def __bool__(self) -> bool:
        return bool(self.indices)


@dataclass
class PageChars:
    """A page's characters in reading order, with a box each, grouped in lines."""

    text: str = ""
    boxes: list[Box] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)  # each character's line

    # -- built on the PDF thread, or from OCR -------------------------------------------
    @classmethod
    def from_lines(cls, lines: list[list[tuple[str, Box]]],
                   vertical: list[bool] | None = None) -> PageChars:
        chars = cls()
        parts: list[str] = []
        for number, line in enumerate(lines):
            line = [(c, b) for c, b in line if c]
            if not line:
                continue
            start = len(chars.boxes)
            for char, box in line:
                parts.append(_plain(char[0]))  # one per box (ligatures keep their first)
                chars.boxes.append(box)
                chars.line_of.append(len(chars.lines))
            ink = [b for c, b in line if not c.isspace()] or [b for _c, b in line]
            bbox = (min(b[0] for b in ink), min(b[1] for b in ink),
                    max(b[2] for b in ink), max(b[3] for b in ink))
            chars.lines.append(TextLine(start, len(chars.boxes), bbox,
                                        bool(vertical and vertical[number])))
        chars.text = "".join(parts)
        return chars

    @classmethod
    def from_char_lines(cls, lines: list[CharLine]) -> PageChars:
        """A scan's characters as OCR found them (store's ``ocr_lines``)."""
        return cls.from_lines([line.chars for line in lines])

    @classmethod
    def from_page(cls, page: pymupdf.Page) -> PageChars:
        """The text layer's characters (call on the PDF thread)."""
        import pymupdf

        lines, vertical = [], []
        flags = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_IMAGES  # text only
        for block in page.get_text("rawdict", flags=flags)["blocks"]:
            for line in block.get("lines", ()):
                chars = [(c["c"], c["bbox"]) for span in line["spans"] for c in span["chars"]]
                if chars:
                    lines.append(chars)
                    dx, dy = line.get("dir", (1, 0))
                    vertical.append(abs(dy) > abs(dx))
        return cls.from_lines(lines, vertical)

    def __len__(self) -> int:
        return len(self.text)

    def has_text(self) -> bool:
        """Whether the page has a text layer (or OCR text): a scan not read yet has none."""
        return len("".join(self.text.split())) >= MIN_TEXT_CHARS

    # -- where a point falls ------------------------------------------------------------
    def _nearest_line(self, x: float, y: float) -> int:
        best, best_distance = 0, float("inf")
        for number, line in enumerate(self.lines):
            x0, y0, x1, y1 = line.bbox
            dx = x0 - x if x < x0 else x - x1 if x > x1 else 0.0
            dy = y0 - y if y < y0 else y - y1 if y > y1 else 0.0
            # Within a line's band counts far more than being beside it: a point in the
            # margin belongs to the line it is level with, not to the column edge.
            distance = dx * dx * 0.25 + dy * dy * 4 if dy else dx * dx * 0.25
            if distance < best_distance:
                best, best_distance = number, distance
        return best

    def _along(self, line: TextLine, x: float, y: float) -> tuple[float, list[float]]:
        """The point's position along ``line`` and the characters' middles along it."""
        boxes = self.boxes[line.start:line.end]
        if line.vertical:
            return y, [(b[1] + b[3]) / 2 for b in boxes]
        return x, [(b[0] + b[2]) / 2 for b in boxes]

    def caret(self, x: float, y: float) -> int:
        """The boundary between characters nearest the point (0 .. len)."""
        if not self.lines:
            return 0
        line = self.lines[self._nearest_line(x, y)]
        x0, y0, x1, y1 = line.bbox
        # Above or below the nearest line (a margin, the gap between paragraphs): its
        # start or its end, as MuPDF selects (vertical columns are read right to left).
        if (x > x1 if line.vertical else y < y0):
            return line.start
        if (x < x0 if line.vertical else y > y1):
            return line.end
        # The middles grow along the line (MuPDF's order for left-to-right and top-down).
        position, middles = self._along(line, x, y)
        return line.start + bisect.bisect_left(middles, position)

    def char_at(self, x: float, y: float) -> int:
        """The character under (or nearest) the point; -1 on a page without text."""
        if not self.lines:
            return -1
        line = self.lines[self._nearest_line(x, y)]
        position, middles = self._along(line, x, y)
        index = bisect.bisect_left(middles, position)
        if index == len(middles) or (index > 0 and
                                     position - middles[index - 1] < middles[index] - position):
            index -= 1
        return line.start + max(0, index)

    # -- what a gesture selects ---------------------------------------------------------
    def between(self, page: int, a: tuple[float, float], b: tuple[float, float]) -> Selection:
        """Everything between the carets at ``a`` and ``b``, in reading order."""
        first, last = sorted((self.caret(*a), self.caret(*b)))
        return Selection(page, tuple(range(first, last)))

    def from_caret(self, page: int, anchor: int, b: tuple[float, float]) -> Selection:
        first, last = sorted((anchor, self.caret(*b)))
        return Selection(page, tuple(range(first, last)))

    def word(self, page: int, x: float, y: float) -> Selection:
        """The word under the point: letters and digits, or a run of Han characters
        between punctuation (Chinese has no spaces between words), or of Hangul."""
        index = self.char_at(x, y)
        if index < 0:
            return Selection(page, ())
        kind = _kind(self.text[index])
        if kind in ("space", "punct"):
            return Selection(page, (index,) if kind == "punct" else ())
        line = self.lines[self.line_of[index]]
        start = end = index
        while start > line.start and self._same_word(start - 1, kind, line):
            start -= 1
        while end + 1 < line.end and self._same_word(end + 1, kind, line):
            end += 1
        return Selection(page, tuple(range(start, end + 1)))

    def _same_word(self, index: int, kind: str, line: TextLine) -> bool:
        char = self.text[index]
        if _kind(char) == kind:
            return True
        return (kind == "word" and char in _WORD_JOINERS and line.start < index < line.end - 1
                and _kind(self.text[index - 1]) == "word"
                and _kind(self.text[index + 1]) == "word")

    def line(self, page: int, x: float, y: float) -> Selection:
        if not self.lines:
            return Selection(page, ())
        line = self.lines[self._nearest_line(x, y)]
        return Selection(page, tuple(range(line.start, line.end)))

    def in_box(self, page: int, box: Box) -> Selection:
        """Characters whose middle is inside ``box`` (the box-select mode)."""
        x0, y0, x1, y1 = box
        return Selection(page, tuple(
            i for i, b in enumerate(self.boxes)
            if x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1))

    # -- what a selection is ------------------------------------------------------------
    def rects(self, selection: Selection) -> list[Box]:
        """One rectangle per line the selection touches (spaces at its ends left out)."""
        per_line: dict[int, Box] = {}
        for index in selection.indices:
            if self.text[index].isspace():
                continue
            number = self.line_of[index]
            b = self.boxes[index]
            had = per_line.get(number)
            per_line[number] = b if had is None else (
                min(had[0], b[0]), min(had[1], b[1]), max(had[2], b[2]), max(had[3], b[3]))
        return [per_line[n] for n in sorted(per_line)]

    def quads(self, selection: Selection) -> list[list[float]]:
        """:meth:`rects` as PDF quads (upper left, upper right, lower left, lower right)."""
        return [[round(v, 2) for v in (x0, y0, x1, y0, x0, y1, x1, y1)]
                for x0, y0, x1, y1 in self.rects(selection)]

    def selected_text(self, selection: Selection) -> str:
        """The selection as text: one line per line of the page."""
        lines: list[str] = []
        last_line = -1
        for index in selection.indices:
            number = self.line_of[index]
            if number != last_line:
                lines.append("")
                last_line = number
            lines[-1] += self.text[index]
        return "\n".join(line.strip() for line in lines if line.strip())


def _plain(char: str) -> str:
    """The character a person means: compatibility ideographs and Kangxi radicals (which
    some fonts' maps and Chinese PDF producers emit) as the ordinary character, a
    no-break space as a space."""
    code = ord(char)
    if 0xF900 <= code <= 0xFAFF or 0x2F00 <= code <= 0x2FDF or 0x2F800 <= code <= 0x2FA1F:
        folded = unicodedata.normalize("NFKC", char)
        return folded if len(folded) == 1 else char
    return " " if char.isspace() else char


def _kind(char: str) -> str:
    if char.isspace():
        return "space"
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFF:
        return "han"
    if char.isalnum() or char == "_":
        return "word"
    return "punct"


def quote_of(geometry: dict) -> str:
    """The text a highlight or underline marks, as stored with it ("" for older ones)."""
    quote = geometry.get("quote") if isinstance(geometry, dict) else None
    return quote if isinstance(quote, str) else ""
