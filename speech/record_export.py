"""Export a hearing or deliberation record (笔录) as a court-record PDF, plain text and SubRip.

Core only (no Qt): the CLI, the GUI's job runner and tests call these with plain data. The form's
own labels come from a small table per language; what people said is printed exactly as recorded.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import pymupdf


@dataclass
class RecordLine:
    speaker: str  # display label as printed, e.g. "审判长" or "原告代理人金明哲"
    text: str
    start_ms: int
    end_ms: int
    channel: int = 0
    edited: bool = False  # the clerk corrected the recognizer's text


@dataclass
class RecordNote:  # a clerk's log note at a moment of the hearing
    at_ms: int
    text: str


@dataclass
class HearingRecord:
    court: str
    case_number: str
    case_title: str
    cause: str
    title: str  # "第一次开庭" / "合议庭评议"
    kind: str  # "hearing" | "deliberation"
    started_at: str  # ISO 8601 with offset
    ended_at: str  # may be ""
    place: str
    participants: list[tuple[str, str]]  # (role label, name)
    lines: list[RecordLine]
    notes: list[RecordNote] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)  # role labels that sign below
    confidential: bool = False  # marks every page (deliberation records)
    language: str = "zh_CN"  # labels of the form itself: zh_CN, ko or en


class RecordExportError(OSError):
    """The export file could not be written; the hearing record itself is unchanged."""


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "hearing": "庭审笔录", "deliberation": "合议庭评议笔录", "subtitle": "（{}）",
        "case_number": "案号", "case": "案件", "cause": "案由", "time": "时间", "place": "地点",
        "bench": "审判人员", "clerk": "书记员", "parties": "当事人及其他诉讼参与人",
        "colon": "：", "list": "、", "groups": "；",
        "moment": "{y}年{m}月{d}日 {H}时{M:02d}分", "clock": "{H}时{M:02d}分", "until": "至",
        "note": "【标记 {at}】{text}", "edited": "改",
        "sign": "{who}（签名）：________________  日期：____________",
        "checked": "以上笔录经本人核对无误", "page": "第 {n} 页 共 {m} 页",
        "secret": "机密", "secret_text": "合议庭评议笔录 不得对外公开",
    },
    "ko": {
        "hearing": "변론조서", "deliberation": "합의 기록", "subtitle": "({})",
        "case_number": "사건번호", "case": "사건", "cause": "사건명", "time": "일시",
        "place": "장소", "bench": "재판부", "clerk": "서기", "parties": "출석한 당사자 등",
        "colon": ": ", "list": ", ", "groups": "; ",
        "moment": "{y}. {m}. {d}. {H:02d}:{M:02d}", "clock": "{H:02d}:{M:02d}", "until": " ~ ",
        "note": "【메모 {at}】 {text}", "edited": "수정",
        "sign": "{who} (서명): ________________  날짜: ____________",
        "checked": "위 조서의 기재 내용이 틀림없음을 확인합니다", "page": "전체 {m}쪽 중 {n}쪽",
        "secret": "비밀", "secret_text": "합의 기록 · 외부 공개 금지",
    },
    "en": {
        "hearing": "Record of Hearing", "deliberation": "Record of Panel Deliberation",
        "subtitle": "({})", "case_number": "Case No.", "case": "Case",
        "cause": "Cause of action", "time": "Time", "place": "Place", "bench": "Judges",
        "clerk": "Clerk", "parties": "Parties and other participants",
        "colon": ": ", "list": ", ", "groups": "; ",
        "moment": "{d} {month} {y}, {H:02d}:{M:02d}", "clock": "{H:02d}:{M:02d}", "until": "–",
        "note": "[Mark {at}] {text}", "edited": "ed.",
        "sign": "{who} (signature): ________________  Date: ____________",
        "checked": "I have read the above record and confirm it is correct",
        "page": "Page {n} of {m}", "secret": "CONFIDENTIAL",
        "secret_text": "Deliberation record, not to be disclosed",
    },
}
# Role labels of court staff in any form language (casefolded). Everyone else is a party or
# another participant, who confirms the record ("checked") before signing.
_BENCH = frozenset(s.casefold() for s in (
    "审判长", "审判员", "人民陪审员", "陪审员", "法官助理", "재판장", "판사", "주심판사",
    "배석판사", "심판장", "심판원", "Presiding Judge", "Judge", "Associate Judge", "Juror"))
_CLERKS = frozenset(s.casefold() for s in (
    "书记员", "서기", "서기원", "법원사무관", "참여관", "Clerk", "Court Clerk"))


def _labels(language: str) -> dict[str, str]:
    code = language.replace("-", "_")
    if code not in _LABELS:  # "zh", "zh-CN", "ko_KR", "en_US" mean the same forms
        code = {"zh": "zh_CN", "ko": "ko", "en": "en"}.get(code.split("_")[0].lower(), "")
    if not code:
        raise ValueError(f"unknown record language {language!r}: use one of {', '.join(_LABELS)}")
    return _LABELS[code]


def _hms(ms: int) -> str:
    """HH:MM:SS; hours keep counting past 99 instead of wrapping."""
    seconds = max(ms, 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _when(record: HearingRecord, labels: dict[str, str]) -> str:
    """'2026年12月8日 9时00分至10时12分'; an unparsable time is printed as given, not dropped."""
    def fmt(key: str, t: datetime) -> str:
        return labels[key].format(y=t.year, m=t.month, d=t.day, H=t.hour, M=t.minute,
                                  month=_MONTHS[t.month - 1])
    try:
        start = datetime.fromisoformat(record.started_at)
        end = datetime.fromisoformat(record.ended_at) if record.ended_at else None
    except ValueError:
        return labels["until"].join(filter(None, (record.started_at, record.ended_at)))
    text = fmt("moment", start)
    if end is not None:
        if start.tzinfo and end.tzinfo:  # print the end in the courtroom's own offset
            end = end.astimezone(start.tzinfo)
        text += labels["until"] + fmt("clock" if end.date() == start.date() else "moment", end)
    return text


def _header(record: HearingRecord, labels: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Header fields as (label, value lines); people grouped by role: '审判员 崔东哲、韩雪'."""
    def group_of(role: str) -> str:
        key = role.casefold()
        return "clerk" if key in _CLERKS else "bench" if key in _BENCH else "parties"
    fields = [(key, [value]) for key, value in (
        ("case_number", record.case_number), ("case", record.case_title),
        ("cause", record.cause), ("time", _when(record, labels)), ("place", record.place))]
    for group in ("bench", "clerk", "parties"):
        roles: dict[str, list[str]] = {}
        for role, name in record.participants:
            if group_of(role) == group:
                roles.setdefault(role, []).append(name)
        # the clerk's field already says "书记员", so only the names follow it
        fields.append((group, [labels["list"].join(names) if group == "clerk" else
                               f"{role} {labels['list'].join(names)}".strip()
                               for role, names in roles.items()]))
    return [(labels[key], lines) for key, lines in fields if any(lines)]


def _body(record: HearingRecord) -> Iterator[RecordLine | RecordNote]:
    """Lines in their given order, each note before the first line starting at or after it."""
    notes = sorted(record.notes, key=lambda n: n.at_ms)
    i = 0
    for line in record.lines:
        while i < len(notes) and notes[i].at_ms <= line.start_ms:
            yield notes[i]
            i += 1
        yield line
    yield from notes[i:]


def _signatures(record: HearingRecord, labels: dict[str, str]) -> list[str]:
    """One line per signatory; the "checked" line goes before the first party's signature."""
    out: list[str] = []
    for who in record.signatories:
        if labels["checked"] not in out and who.casefold() not in _BENCH | _CLERKS:
            out.append(labels["checked"])
        out.append(labels["sign"].format(who=who))
    return out


def _title_lines(record: HearingRecord, labels: dict[str, str]) -> list[str]:
    form = labels["deliberation" if record.kind == "deliberation" else "hearing"]
    subtitle = [labels["subtitle"].format(record.title)] if record.title else []
    return [record.court, form, *subtitle]


def export_text(record: HearingRecord) -> str:
    """The record as plain text: header, lines and notes in order, signature lines."""
    labels = _labels(record.language)
    out = [f"{labels['secret']} {labels['secret_text']}", ""] if record.confidential else []
    out += [*_title_lines(record, labels), ""]
    out += [f"{label}{labels['colon']}{labels['groups'].join(values)}"
            for label, values in _header(record, labels)]
    out.append("")
    for item in _body(record):
        out.append(labels["note"].format(at=_hms(item.at_ms), text=item.text)
                   if isinstance(item, RecordNote)
                   else f"{item.speaker}{labels['colon']}{item.text}")
    signatures = _signatures(record, labels)
    return "\n".join(out + ([""] + signatures if signatures else [])) + "\n"


def export_srt(record: HearingRecord) -> str:
    """SubRip subtitles, one cue per record line (notes are not speech and get no cue)."""
    colon = _labels(record.language)["colon"]
    cues = []
    for index, line in enumerate(record.lines, start=1):
        # a blank line inside a cue would end it early, so the text is kept on one line
        text = " ".join(f"{line.speaker}{colon}{line.text}".split())
        start = max(line.start_ms, 0)
        end = max(line.end_ms, start)
        cues.append(f"{index}\n{_hms(start)},{start % 1000:03d} --> {_hms(end)},{end % 1000:03d}"
                    f"\n{text}\n")
    return "\n".join(cues)


# --- PDF layout -------------------------------------------------------------------------------

# Embedded (subset on save), not a fontname="china-s" reference: a reference renders Latin
# digits full-width. In PyMuPDF every built-in CJK name ("china-s", "korea", ...) is the same
# Droid Sans Fallback face, which covers Han, Latin and all 11,172 Hangul syllables, so one font
# serves Chinese and Korean speech alike (the tests check that coverage).
@functools.cache
def _font() -> pymupdf.Font:
    return pymupdf.Font("china-s")  # made on the PDF thread, where it is used


_A4 = pymupdf.paper_rect("a4")
# The left margin is wider: records are bound on the left, and the margin carries the times.
_LEFT, _RIGHT, _TOP, _BOTTOM = 78.0, _A4.width - 56.0, 76.0, _A4.height - 72.0
_WIDTH = _RIGHT - _LEFT
_BODY, _SMALL, _LEAD = 12.0, 7.5, 1.75
_BLACK, _GREY, _RED, _NOTE = (0.0, 0.0, 0.0), (0.45,) * 3, (0.75, 0.05, 0.05), (0.1, 0.3, 0.55)
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’％…,.;:!?)]%")
_NO_LINE_END = frozenset("（《「『【〔“‘([")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # a NUL would cut the PDF string short
# A token is a word of Latin letters, digits or Hangul (kept whole when it fits: Korean breaks
# between words), a run of spaces, or one other character (Han text breaks anywhere).
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+|.", re.S)


@functools.cache
def _advance(char: str) -> float:
    return _font().text_length(char, fontsize=1)


def _width(text: str, size: float) -> float:
    return size * sum(map(_advance, text))


def _wrap(text: str, size: float, first: float, rest: float) -> list[str]:
    """Break text into lines of the given widths, keeping Chinese line-start/end rules."""
    # Measured in ems and built from parts: this loop is most of the layout time.
    limit, rest = first / size, rest / size
    lines: list[str] = []
    parts: list[str] = []
    used = 0.0
    for token in _TOKEN.findall(_CONTROL.sub(" ", text)):
        if token.isspace():
            if parts:  # runs of spaces and newlines print as one space
                parts.append(" ")
                used += _advance(" ")
            continue
        width = sum(map(_advance, token))
        for part, part_width in [(token, width)] if width <= rest else (
                (char, _advance(char)) for char in token):
            # closing punctuation may hang past the margin rather than start a line
            if used + part_width > limit and part not in _NO_LINE_START and "".join(parts).strip():
                carry = [parts.pop()] if parts[-1] in _NO_LINE_END and len(parts) > 1 else []
                lines.append("".join(parts).rstrip())
                parts, used, limit = carry, sum(map(_advance, carry)), rest
            parts.append(part)
            used += part_width
    return [*lines, "".join(parts).rstrip()]


class _Text(NamedTuple):
    x: float
    y: float  # baseline
    text: str
    size: float
    color: tuple[float, ...]


class _Layout:
    """Places text on pages as plain data first, so the page count is known when drawing."""

    def __init__(self) -> None:
        self.pages: list[list[_Text]] = [[]]
        self.margins: list[list[_Text]] = [[]]  # drawn after the body: it must not split lines
        self.y = _TOP

    def need(self, height: float) -> None:
        if self.y + height > _BOTTOM and self.y > _TOP:
            self.pages.append([])
            self.margins.append([])
            self.y = _TOP

    def para(self, text: str, size: float = _BODY, color: tuple[float, ...] = _BLACK, *,
             label: str = "", hang: float = 0.0, indent: float = 0.0, center: bool = False,
             margin: str = "") -> float:
        """Wrapped text; after a label, continuation lines align after it (hanging indent)."""
        if label:  # a long label must still leave room for the text
            hang, text = min(_width(label, size), _WIDTH * 0.35), label + text
        height = size * _LEAD
        for i, line in enumerate(_wrap(text, size, _WIDTH - indent, _WIDTH - indent - hang)):
            self.need(height)
            baseline = self.y + size * 1.2
            x = (_LEFT + (_WIDTH - _width(line, size)) / 2 if center
                 else _LEFT + indent + (hang if i else 0.0))
            self.pages[-1].append(_Text(x, baseline, line, size, color))
            if margin and i == 0:
                self.margins[-1].append(_Text(_LEFT - 8 - _width(margin, _SMALL), baseline,
                                              margin, _SMALL, _GREY))
            self.y += height
        return hang


def _layout(record: HearingRecord, labels: dict[str, str], show_times: bool) -> _Layout:
    layout = _Layout()
    court, form, *subtitle = _title_lines(record, labels)
    layout.para(court, 16.0, center=True)
    layout.para(form, 22.0, center=True)
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
            layout.para(labels["note"].format(at=_hms(item.at_ms), text=item.text), 10.5, _NOTE,
                        indent=2 * _BODY, hang=_BODY)
            continue
        at = _hms(item.start_ms)  # mm:ss from the start, h:mm:ss past the first hour
        at = at[3:] if item.start_ms < 3_600_000 else at.lstrip("0")
        margin = at + (f" {labels['edited']}" if item.edited else "") if show_times else ""
        layout.para(item.text, label=item.speaker + colon, margin=margin)
    signatures = _signatures(record, labels)
    if signatures:  # the block stays together on the last page
        gap = 1.5 * _BODY  # room for a handwritten signature
        layout.y += gap
        layout.need(sum(len(_wrap(s, _BODY, _WIDTH, _WIDTH)) * _LEAD * _BODY + gap
                        for s in signatures))
        for line in signatures:
            layout.para(line)
            layout.y += gap
    return layout


def _furniture(record: HearingRecord, labels: dict[str, str], n: int, total: int) -> list[_Text]:
    """Header and footer of page n: confidential mark, case number after page 1, page number."""
    out: list[_Text] = []
    if record.confidential:
        out.append(_Text(_LEFT, 46, labels["secret"], 11.0, _RED))
        out.append(_Text(_LEFT + _width(labels["secret"], 11.0) + 10, 46, labels["secret_text"],
                         9.0, _RED))
    if n > 1:
        out.append(_Text(_RIGHT - _width(record.case_number, 9.0), 46, record.case_number, 9.0,
                         _GREY))
    footer = labels["page"].format(n=n, m=total)
    out.append(_Text((_A4.width - _width(footer, 9.0)) / 2, _A4.height - 40, footer, 9.0, _GREY))
    return out


def _draw(page: pymupdf.Page, texts: list[_Text]) -> None:
    """One TextWriter per run of same-coloured text, so extraction keeps the reading order."""
    start = 0
    for end in range(1, len(texts) + 1):
        if end < len(texts) and texts[end].color == texts[start].color:
            continue
        writer = pymupdf.TextWriter(page.rect)
        for t in texts[start:end]:
            writer.append((t.x, t.y), t.text, font=_font(), fontsize=t.size)
        writer.write_text(page, color=texts[start].color)
        start = end


def export_pdf(record: HearingRecord, out: Path, *, show_times: bool = True) -> int:
    """Write the record as an A4 court-record PDF at out; returns the page count.

    show_times prints each line's time from the start in the left margin. The file appears at
    out complete or not at all (written beside it, then renamed), so a failure never leaves half
    a record where the clerk expects one. Raises RecordExportError (an OSError) when it cannot.
    """
    from courtdesk.dossier.pdf_thread import WORK, pdf_thread

    # PyMuPDF runs on its one thread only; the file is written here.
    data, total = pdf_thread().call(_pdf_bytes, record, show_times, priority=WORK)
    _write_whole(data, Path(out))
    return total


def _pdf_bytes(record: HearingRecord, show_times: bool) -> tuple[bytes, int]:
    labels = _labels(record.language)
    layout = _layout(record, labels, show_times)
    total = len(layout.pages)
    doc = pymupdf.open()
    try:
        for n, (body, margin) in enumerate(zip(layout.pages, layout.margins), start=1):
            page = doc.new_page(width=_A4.width, height=_A4.height)
            if n > 1 or record.confidential:
                page.draw_line((_LEFT, 52), (_RIGHT, 52), color=_GREY, width=0.5)
            furniture = _furniture(record, labels, n, total)
            _draw(page, furniture[:-1] + body + margin + furniture[-1:])
        doc.subset_fonts()  # tens of KB instead of the whole 3.5 MB CJK face
        form = _title_lines(record, labels)[1]
        doc.set_metadata({"title": f"{form} {record.case_number}", "author": record.court,
                          "subject": record.title, "creator": "courtdesk",
                          "producer": "courtdesk", "creationDate": pymupdf.get_pdf_now()})
        data = doc.tobytes(garbage=3, deflate=True)
    finally:
        doc.close()
    return data, total


def _write_whole(data: bytes, out: Path) -> None:
    what = "the record was not exported; the hearing record itself is unchanged"
    try:
        # mkstemp's owner-only mode suits a court record; the rename keeps it
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise RecordExportError(exc.errno, f"cannot create a file in {out.parent} "
                                f"({exc.strerror}): {what}; choose a folder that exists and "
                                "that you may write to") from exc
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # on disk before the rename makes it the record
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise RecordExportError(exc.errno, f"cannot write {out} ({exc.strerror}): {what}; "
                                    "is the file open in another program, or the disk "
                                    "full?") from exc
        raise
