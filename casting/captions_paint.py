"""Painting live captions for a courtroom screen: large type, the speaker's role before
each line, the line still forming in grey, the newest at the bottom.

Painted with Pillow (no Qt here) in Noto Sans CJK, which holds Chinese and Korean: a
sans face reads best from the back of a courtroom. With no Noto on the machine the text is
set in PyMuPDF's built-in Droid Sans Fallback, which covers Han and Hangul too.
"""

from __future__ import annotations

import functools
import io
import os

from .captions import CaptionLine

BACKGROUND = (0, 0, 0)
TEXT = (255, 255, 255)
FORMING = (150, 150, 150)  # the partial line: readable, but plainly not yet final
ROLE = (255, 200, 87)
ROLE_FORMING = (150, 125, 70)
ROWS_ON_SCREEN = 11  # the type size: a 1080-line screen gets ~90 px characters
# The region's face inside the collection: Han glyph forms differ between regions.
_REGION = {"zh_CN": "SC", "ko": "KR", "en": "SC"}


@functools.cache
def _face(style: str, region: str) -> tuple[str, int] | None:
    from courtdesk.speech.record_fonts import _NOTO_DIRS, _face_names

    for folder in _NOTO_DIRS:
        path = os.path.join(folder, f"NotoSansCJK-{style}.ttc")
        if not os.path.isfile(path):
            continue
        try:
            names = _face_names(path)
        except Exception:  # an unreadable font file is one not to use
            continue
        for index, name in enumerate(names):
            if f"Sans CJK {region}" in name:
                return path, index
    return None


@functools.cache
def _font(bold: bool, region: str, size: int):
    from PIL import ImageFont

    face = _face("Bold" if bold else "Regular", region) or _face("Regular", region)
    if face is not None:
        return ImageFont.truetype(face[0], size, index=face[1])
    import pymupdf

    return ImageFont.truetype(io.BytesIO(pymupdf.Font("china-s").buffer), size)


def _wrap(text: str, font, first_width: float, width: float) -> list[str]:
    """Rows of ``text`` fitting ``first_width`` then ``width`` pixels: broken at a space
    where there is one (Korean, Latin), else between any two characters (Chinese)."""
    rows: list[str] = []
    row = ""
    for char in text:
        limit = first_width if not rows else width
        if row and font.getlength(row + char) > limit:
            cut = row.rfind(" ")
            if char != " " and cut > 0:
                rows.append(row[:cut])
                row = row[cut + 1:]
            else:
                rows.append(row.rstrip())
                row = ""
            if char == " ":
                continue
        row += char
    rows.append(row)
    return rows


def paint_captions(lines: list[CaptionLine], forming: list[CaptionLine], labels: dict[str, str],
                   *, screen: tuple[int, int], language: str = "zh_CN") -> tuple[bytes, int, int]:
    """The captions screen as a PNG: (png, width, height). ``labels`` names each role as
    the record does (审判长, 원고...)."""
    from PIL import Image, ImageDraw

    width, height = screen
    size = max(16, height // ROWS_ON_SCREEN)
    region = _REGION.get(language, "SC")
    regular, bold = _font(False, region, size), _font(True, region, size)
    margin = size // 2
    step = int(size * 1.35)
    usable = width - 2 * margin
    gap = size // 3
    captions = [(item, True) for item in lines] + [(item, False) for item in forming]

    def head_of(line: CaptionLine) -> str:
        label = labels.get(line.role) or line.role
        return f"{label}：" if label and language == "zh_CN" else f"{label}: " if label else ""

    # Each caption as rows: (x, text, font, colour), role first; the newest last. The text
    # hangs beside its role name; a role name too long for that gets a row of its own.
    blocks = []
    for line, final in captions:
        colour, role_colour = (TEXT, ROLE) if final else (FORMING, ROLE_FORMING)
        head = head_of(line)
        indent = bold.getlength(head) + gap if head else 0
        own_row = indent > usable * 0.35
        if own_row:
            indent = size
        rows = [(margin + indent, row, regular, colour)
                for row in _wrap(line.text, regular, usable - indent, usable - indent)]
        if own_row:
            rows.insert(0, (margin, "", regular, colour))
        blocks.append([(margin, head, bold, role_colour), *rows])
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    baseline = height - margin  # rows are laid from the bottom up: the newest stays
    for block in reversed(blocks):
        role, rows = block[0], block[1:]
        for index in range(len(rows) - 1, -1, -1):
            top = baseline - step
            if top < 0:
                break
            x, text, font, colour = rows[index]
            draw.text((x, top), text, font=font, fill=colour)
            if index == 0 and role[1]:
                draw.text((role[0], top), role[1], font=role[2], fill=role[3])
            baseline = top
        baseline -= step // 4  # a little air between speakers
        if baseline - step < 0:
            break
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)  # a screen picture: speed over bytes
    return out.getvalue(), width, height
