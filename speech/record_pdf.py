"""The record (笔录) as a PDF page by page: the layout courts use, the official and the review
copy. Called through ``record_export.export_pdf`` on the PDF thread; plain data in, bytes out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pymupdf

from .record_export import (
    _BENCH,
    _CLERKS,
    SEAL_FIELD,
    HearingRecord,
    RecordNote,
    Signatory,
    _body,
    _header,
    _hms,
    _labels,
    _language_code,
    _signatures,
    _title_lines,
    cited_heading,
    export_text,
)
from .record_fonts import record_fonts

# --- PDF layout -------------------------------------------------------------------------------

# The page as Chinese courts set their documents (GB/T 9704): A4, 28 mm binding margin on the
# left, a 156 mm text block, body in 三号 (16 pt) with 28 pt between baselines, the title in
# 二号 (22 pt) bold and the court's name in 小二 (18 pt) bold. The foot of every page carries
# the parties' signature line (当事人逐页签名) and the page number.
_MM = 72 / 25.4
_A4 = pymupdf.paper_rect("a4")
_LEFT, _TOP = 28 * _MM, 37 * _MM
_WIDTH = 156 * _MM
_RIGHT = _LEFT + _WIDTH
_FOOT = _A4.height - 20 * _MM  # baseline of the signature line and page number
_BOTTOM = _FOOT - 12 * _MM  # the body stops here, clear of the signature line
_TITLE, _COURT, _BODY, _NOTE_SIZE, _FOOT_SIZE, _SMALL = 22.0, 18.0, 16.0, 14.0, 12.0, 8.0
_LEADING = 28.0  # baseline to baseline at 三号
_KEEP_WITH_CLOSING = 2  # body lines that go with the signature block onto a new page
_BLACK, _GREY, _RED, _NOTE = (0.0, 0.0, 0.0), (0.45,) * 3, (0.75, 0.05, 0.05), (0.1, 0.3, 0.55)
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’％…,.;:!?)]%")
_NO_LINE_END = frozenset("（《「『【〔“‘([")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # a NUL would cut the PDF string short
# A token is a word of Latin letters, digits or Hangul (kept whole when it fits: Korean breaks
# between words), a run of spaces, or one other character (Han text breaks anywhere).
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+|.", re.S)


class _Fonts:
    """The record's two faces, with each character's advance measured once."""

    def __init__(self, regular: pymupdf.Font, bold: pymupdf.Font, serif: bool) -> None:
        self.regular, self.bold, self.serif = regular, bold, serif
        self._advances: dict[str, float] = {}

    def advance(self, char: str) -> float:
        width = self._advances.get(char)
        if width is None:
            width = self._advances[char] = self.regular.text_length(char, fontsize=1)
        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        if bold:
            return self.bold.text_length(text, fontsize=size)
        return size * sum(map(self.advance, text))

    def wrap(self, text: str, size: float, first: float, rest: float) -> list[str]:
        """Break text into lines of the given widths, keeping Chinese line-start/end rules."""
        # Measured in ems and built from parts: this loop is most of the layout time.
        advance = self.advance
        limit, rest = first / size, rest / size
        lines: list[str] = []
        parts: list[str] = []
        used = 0.0
        for token in _TOKEN.findall(_CONTROL.sub(" ", text)):
            if token.isspace():
                if parts:  # runs of spaces and newlines print as one space
                    parts.append(" ")
                    used += advance(" ")
                continue
            width = sum(map(advance, token))
            for part, part_width in [(token, width)] if width <= rest else (
                    (char, advance(char)) for char in token):
                # closing punctuation may hang past the margin rather than start a line
                if (used + part_width > limit and part not in _NO_LINE_START
                        and "".join(parts).strip()):
                    carry = [parts.pop()] if parts[-1] in _NO_LINE_END and len(parts) > 1 else []
                    lines.append("".join(parts).rstrip())
                    parts, used, limit = carry, sum(map(advance, carry)), rest
                parts.append(part)
                used += part_width
        return [*lines, "".join(parts).rstrip()]


# Signature boxes of the official copy: room for a handwritten signature, and a PDF signature
# field in each (see signing/record_fields.py); the court seal's box is a 38 mm square.
_BOX_ROW = 48.0
_MIN_BOX = 150.0  # narrower than this beside the label, the box goes on the next line
_SEAL = 38 * _MM


class FieldBox(NamedTuple):
    """A signature field's place: page (0-based) and rectangle in PyMuPDF's top-left points."""

    name: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


class _Text(NamedTuple):
    x: float
    y: float  # baseline
    text: str
    size: float
    color: tuple[float, ...]
    bold: bool = False


class _Layout:
    """Places text on pages as plain data first, so the page count is known when drawing."""

    def __init__(self, fonts: _Fonts) -> None:
        self.fonts = fonts
        self.pages: list[list[_Text]] = [[]]
        self.margins: list[list[_Text]] = [[]]  # drawn after the body: it must not split lines
        # Where each line of the current page starts: (text index, margin index, top).
        self.line_starts: list[tuple[int, int, float]] = []
        self.y = _TOP
        self.fields: list[FieldBox] = []

    def new_page(self) -> None:
        self.pages.append([])
        self.margins.append([])
        self.line_starts = []
        self.y = _TOP

    def need(self, height: float) -> None:
        if self.y + height > _BOTTOM and self.y > _TOP:
            self.new_page()

    def keep_with_last_lines(self, height: float) -> None:
        """Room for a block of ``height``; when it must start a page, the last lines go with
        it (the header's, in a record with no text yet), so it never stands alone on an
        otherwise empty page."""
        if self.y + height <= _BOTTOM or self.y <= _TOP:
            return
        if len(self.line_starts) <= _KEEP_WITH_CLOSING:
            self.new_page()
            return
        text_at, margin_at, top = self.line_starts[-_KEEP_WITH_CLOSING]
        texts, margins = self.pages[-1][text_at:], self.margins[-1][margin_at:]
        del self.pages[-1][text_at:], self.margins[-1][margin_at:]
        shift = _TOP - top
        end = self.y
        self.new_page()
        self.pages[-1] += [t._replace(y=t.y + shift) for t in texts]
        self.margins[-1] += [t._replace(y=t.y + shift) for t in margins]
        self.y = end + shift

    def para(self, text: str, size: float = _BODY, color: tuple[float, ...] = _BLACK, *,
             label: str = "", hang: float = 0.0, indent: float = 0.0, center: bool = False,
             margin: str = "", bold: bool = False, leading: float = _LEADING) -> float:
        """Wrapped text; after a label, continuation lines align after it (hanging indent)."""
        fonts = self.fonts
        if label:  # a long label must still leave room for the text
            hang, text = min(fonts.width(label, size), _WIDTH * 0.35), label + text
        lines = ([text] if bold else
                 fonts.wrap(text, size, _WIDTH - indent, _WIDTH - indent - hang))
        for i, line in enumerate(lines):
            self.need(leading)
            self.line_starts.append((len(self.pages[-1]), len(self.margins[-1]), self.y))
            baseline = self.y + (leading + size * 0.7) / 2  # centred in its line pitch
            x = (_LEFT + (_WIDTH - fonts.width(line, size, bold)) / 2 if center
                 else _LEFT + indent + (hang if i else 0.0))
            self.pages[-1].append(_Text(x, baseline, line, size, color, bold))
            if margin and i == 0:
                self.margins[-1].append(_Text(_LEFT - 8 - fonts.width(margin, _SMALL),
                                              baseline, margin, _SMALL, _GREY))
            self.y += leading
        return hang


def _layout(record: HearingRecord, labels: dict[str, str], fonts: _Fonts,
            review: bool) -> _Layout:
    layout = _Layout(fonts)
    court, form, *subtitle = _title_lines(record, labels)
    layout.para(court, _COURT, center=True, bold=True, leading=32)
    layout.para(form, _TITLE, center=True, bold=True, leading=40)
    for line in subtitle:
        layout.para(line, center=True)
    layout.y += 8
    colon = labels["colon"]
    for label, values in _header(record, labels):
        hang = layout.para(values[0], label=label + colon)
        for value in values[1:]:  # one line per role, aligned under the first
            layout.para(value, indent=hang)
    layout.y += 10
    for item in _body(record):
        if isinstance(item, RecordNote):
            # The official copy states what happened, as a clerk writes it, without the time.
            note = labels["note" if review else "official_note"]
            layout.para(note.format(at=_hms(item.at_ms), text=item.text), _NOTE_SIZE,
                        _NOTE, indent=2 * _BODY, hang=_BODY, leading=24)
            continue
        margin = ""
        if review:  # mm:ss from the start, h:mm:ss past the first hour, and the edit mark
            at = _hms(item.start_ms)
            at = at[3:] if item.start_ms < 3_600_000 else at.lstrip("0")
            margin = at + (f" {labels['edited']}" if item.edited else "")
        layout.para(item.text, label=item.speaker + colon, margin=margin)
    if record.cited:
        _cited_appendix(layout, record, labels)
    signatures = _signatures(record, labels)
    if not review and any(isinstance(s, Signatory) and s.field for s in record.signatories):
        _boxed_signatures(layout, record, labels)
    elif signatures:  # the block stays together, with the last lines of the record
        gap = 12.0  # room for a handwritten signature between the lines
        height = gap + sum(len(fonts.wrap(s, _BODY, _WIDTH, _WIDTH)) * _LEADING + gap
                           for s in signatures)
        layout.keep_with_last_lines(height)
        layout.y += gap
        for line in signatures:
            layout.para(line)
            layout.y += gap
    return layout


def _cited_appendix(layout: _Layout, record: HearingRecord, labels: dict[str, str]) -> None:
    """The articles the record cites, with their texts, before the signatures."""
    layout.y += 14
    layout.keep_with_last_lines(_LEADING * 3)
    layout.para(labels["cited"], center=True, bold=True)
    layout.y += 4
    for number, article in enumerate(record.cited, start=1):
        layout.need(_LEADING * 2)  # a heading never ends a page without its text
        layout.para(cited_heading(article, labels), label=f"{number}. ")
        for line in article.text.split("\n"):
            layout.para(line, _NOTE_SIZE, indent=2 * _BODY, leading=22)
        layout.y += 4


def _boxed_signatures(layout: _Layout, record: HearingRecord, labels: dict[str, str]) -> None:
    """The official copy's closing block: a box per signer (a PDF signature field sits in
    each), the parties' after "以上笔录经本人核对无误", and the court seal's box last. The
    block stays together, with the last lines of the record."""
    fonts = layout.fonts
    rows: list[tuple[str, str, str]] = []  # (kind, text, field): "line", "box" or "seal"
    for signatory in record.signatories:
        boxed = isinstance(signatory, Signatory) and bool(signatory.field)
        role = signatory.label if isinstance(signatory, Signatory) else signatory
        if (not any(text == labels["checked"] for _k, text, _f in rows)
                and role.casefold() not in _BENCH | _CLERKS):
            rows.append(("line", labels["checked"], ""))
        if boxed:
            rows.append(("box", labels["sign_box"].format(who=signatory.who), signatory.field))
        else:
            rows.append(("line", labels["sign"].format(who=role), ""))
    rows.append(("seal", labels["seal"], SEAL_FIELD))

    def height(kind: str, text: str) -> float:
        if kind == "line":
            return 6.0 + len(fonts.wrap(text, _BODY, _WIDTH, _WIDTH)) * _LEADING
        if kind == "seal":
            return _SEAL + 8
        beside = _WIDTH - fonts.width(text, _BODY) - 4
        return _BOX_ROW if beside >= _MIN_BOX else _LEADING + _BOX_ROW

    layout.keep_with_last_lines(12.0 + sum(height(k, t) for k, t, _f in rows))
    layout.y += 12.0
    for kind, text, name in rows:
        if kind == "line":
            layout.y += 6.0
            layout.para(text)
            continue
        layout.need(height(kind, text))
        top = layout.y
        layout.line_starts.append((len(layout.pages[-1]), len(layout.margins[-1]), top))
        width = fonts.width(text, _BODY)
        if kind == "seal":
            box = (_RIGHT - _SEAL, top + 4, _RIGHT, top + 4 + _SEAL)
            layout.pages[-1].append(_Text(box[0] - width - 8, top + _SEAL / 2 + 4 + _BODY * 0.35,
                                          text, _BODY, _BLACK))
        elif _WIDTH - width - 4 >= _MIN_BOX:
            layout.pages[-1].append(_Text(_LEFT, top + _BOX_ROW - 10, text, _BODY, _BLACK))
            box = (_LEFT + width + 4, top + 2, _RIGHT, top + _BOX_ROW - 2)
        else:  # a long name: the box under the label, indented
            layout.pages[-1].append(_Text(_LEFT, top + (_LEADING + _BODY * 0.7) / 2, text,
                                          _BODY, _BLACK))
            box = (_LEFT + 2 * _BODY, top + _LEADING + 2, _RIGHT, top + _LEADING + _BOX_ROW - 2)
        layout.fields.append(FieldBox(name, len(layout.pages) - 1, *box))
        layout.y = top + height(kind, text)


def _furniture(record: HearingRecord, labels: dict[str, str], fonts: _Fonts, n: int,
               total: int, review: bool) -> tuple[list[_Text], list[_Text]]:
    """(head, foot) of page n: confidential or review mark, case number after page 1; the
    signature line and the page number at the foot."""
    head: list[_Text] = []
    mark_y = _TOP - 30
    if record.confidential:
        head.append(_Text(_LEFT, mark_y, labels["secret"], 11.0, _RED))
        head.append(_Text(_LEFT + fonts.width(labels["secret"], 11.0) + 10, mark_y,
                          labels["secret_text"], 9.0, _RED))
    elif review:
        head.append(_Text(_LEFT, mark_y, labels["review"], 9.0, _RED))
    if n > 1:
        head.append(_Text(_RIGHT - fonts.width(record.case_number, 9.0), mark_y - 14,
                          record.case_number, 9.0, _GREY))
    sign = labels["panel_sign" if record.kind == "deliberation" else "page_sign"]
    page = labels["page"].format(n=n, m=total)
    foot = [_Text(_LEFT, _FOOT, sign, _FOOT_SIZE, _BLACK),
            _Text(_RIGHT - fonts.width(page, _FOOT_SIZE), _FOOT, page, _FOOT_SIZE, _BLACK)]
    return head, foot


def _draw(page: pymupdf.Page, texts: list[_Text], fonts: _Fonts) -> None:
    """One TextWriter per run of same-coloured text, so extraction keeps the reading order."""
    start = 0
    for end in range(1, len(texts) + 1):
        if end < len(texts) and texts[end].color == texts[start].color:
            continue
        writer = pymupdf.TextWriter(page.rect)
        for t in texts[start:end]:
            writer.append((t.x, t.y), t.text, font=fonts.bold if t.bold else fonts.regular,
                          fontsize=t.size)
        writer.write_text(page, color=texts[start].color)
        start = end


def _characters(record: HearingRecord, labels: dict[str, str]) -> str:
    """Every character the record may print, so the embedded face holds them all."""
    texts = [export_text(record), *labels.values(), "0123456789:_ ", _TITLE_PUNCTUATION]
    return "".join(set("".join(texts)))


_TITLE_PUNCTUATION = "（）()，。、；：“”《》"


def pdf_bytes(record: HearingRecord, review: bool) -> tuple[bytes, int]:
    """The record's PDF and its page count."""
    data, total, _fields = pdf_with_fields(record, review)
    return data, total


def pdf_with_fields(record: HearingRecord, review: bool) -> tuple[bytes, int, list[FieldBox]]:
    """The record's PDF, its page count, and where its signature fields go (official copy
    with named signatories only; the fields themselves are added by signing.record_fields)."""
    labels = _labels(record.language)
    fonts = _Fonts(*record_fonts(_language_code(record.language), _characters(record, labels),
                                 "".join(_title_lines(record, labels)[:2])))
    layout = _layout(record, labels, fonts, review)
    total = len(layout.pages)
    doc = pymupdf.open()
    try:
        for n, (body, margin) in enumerate(zip(layout.pages, layout.margins), start=1):
            page = doc.new_page(width=_A4.width, height=_A4.height)
            if n > 1 or record.confidential or review:
                page.draw_line((_LEFT, _TOP - 22), (_RIGHT, _TOP - 22), color=_GREY, width=0.5)
            head, foot = _furniture(record, labels, fonts, n, total, review)
            page.draw_line((_LEFT + fonts.width(foot[0].text, _FOOT_SIZE) + 2, _FOOT + 2),
                           (_LEFT + _WIDTH * 0.55, _FOOT + 2), color=_BLACK, width=0.6)
            _draw(page, head + body + margin + foot, fonts)
            for box in layout.fields:  # the line a signature is written on
                if box.page == n - 1 and box.name != SEAL_FIELD:
                    page.draw_line((box.x0, box.y1 - 4), (box.x1, box.y1 - 4), color=_BLACK,
                                   width=0.6)
        if not fonts.serif:
            doc.subset_fonts()  # tens of KB instead of the whole 3.5 MB fallback face
        form = _title_lines(record, labels)[1]
        doc.set_metadata({"title": f"{form} {record.case_number}", "author": record.court,
                          "subject": record.title, "creator": "courtdesk",
                          "producer": "courtdesk", "creationDate": pymupdf.get_pdf_now()})
        data = doc.tobytes(garbage=3, deflate=True)
    finally:
        doc.close()
    return data, total, layout.fields
