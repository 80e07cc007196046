"""Export a hearing or deliberation record (笔录) as a court-record PDF, plain text and SubRip.

Core only (no Qt): the CLI, the GUI's job runner and tests call these with plain data. The form's
own labels come from a small table per language; what people said is printed exactly as recorded.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import pymupdf

from .record_fonts import record_fonts, record_typefaces


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
class Attendee:  # a party at the hearing, as the attendance section (到庭情况) reports them
    role: str  # printed role label, e.g. "原告"
    name: str
    present: bool = True
    agents: list[str] = field(default_factory=list)  # agents who appeared, as printed


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
    # What the session was: trial, mediation, pronouncement, inquiry or deliberation; it
    # names the form ("调解笔录"). "" follows ``kind``.
    session_type: str = ""
    attendance: list[Attendee] = field(default_factory=list)  # empty: not taken
    attendance_other: str = ""  # others present, in the clerk's words


class RecordExportError(OSError):
    """The export file could not be written; the hearing record itself is unchanged."""


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "hearing": "庭审笔录", "deliberation": "合议庭评议笔录", "mediation": "调解笔录",
        "pronouncement": "宣判笔录", "inquiry": "询问笔录", "subtitle": "（{}）",
        "case_number": "案号", "case": "案件", "cause": "案由", "time": "时间", "place": "地点",
        "bench": "审判人员", "clerk": "书记员", "parties": "当事人及其他诉讼参与人",
        "colon": "：", "list": "、", "groups": "；",
        "moment": "{y}年{m}月{d}日 {H}时{M:02d}分", "clock": "{H}时{M:02d}分", "until": "至",
        "note": "【标记 {at}】{text}", "official_note": "（{text}）", "edited": "改",
        "sign": "{who}（签名）：________________  日期：____________",
        "checked": "以上笔录经本人核对无误", "page": "第 {n} 页 共 {m} 页",
        "secret": "机密", "secret_text": "合议庭评议笔录 不得对外公开",
        "attendance": "到庭情况", "appeared": "{who}到庭", "absent": "{who}未到庭",
        "with_agents": "{who}及其委托诉讼代理人{agents}到庭",
        "agents_only": "{who}未到庭，其委托诉讼代理人{agents}到庭", "party": "{role}{name}",
        "end": "。", "page_sign": "当事人签名：", "panel_sign": "合议庭成员签名：",
        "review": "核对稿：含发言时间与修改标记，仅供核对，不作为正式笔录",
    },
    "ko": {
        "hearing": "변론조서", "deliberation": "합의 기록", "mediation": "조정조서",
        "pronouncement": "선고조서", "inquiry": "심문조서", "subtitle": "({})",
        "case_number": "사건번호", "case": "사건", "cause": "사건명", "time": "일시",
        "place": "장소", "bench": "재판부", "clerk": "서기", "parties": "출석한 당사자 등",
        "colon": ": ", "list": ", ", "groups": "; ",
        "moment": "{y}. {m}. {d}. {H:02d}:{M:02d}", "clock": "{H:02d}:{M:02d}", "until": " ~ ",
        "note": "【메모 {at}】 {text}", "official_note": "({text})", "edited": "수정",
        "sign": "{who} (서명): ________________  날짜: ____________",
        "checked": "위 조서의 기재 내용이 틀림없음을 확인합니다", "page": "전체 {m}쪽 중 {n}쪽",
        "secret": "비밀", "secret_text": "합의 기록 · 외부 공개 금지",
        "attendance": "출석 상황", "appeared": "{who} 출석", "absent": "{who} 불출석",
        "with_agents": "{who} 및 소송대리인 {agents} 출석",
        "agents_only": "{who} 불출석, 소송대리인 {agents} 출석", "party": "{role} {name}",
        "end": "", "page_sign": "당사자 서명: ", "panel_sign": "합의부 서명: ",
        "review": "검토본: 발언 시각과 수정 표시 포함, 검토용이며 정식 조서가 아님",
    },
    "en": {
        "hearing": "Record of Hearing", "deliberation": "Record of Panel Deliberation",
        "mediation": "Record of Mediation", "pronouncement": "Record of Pronouncement",
        "inquiry": "Record of Inquiry",
        "subtitle": "({})", "case_number": "Case No.", "case": "Case",
        "cause": "Cause of action", "time": "Time", "place": "Place", "bench": "Judges",
        "clerk": "Clerk", "parties": "Parties and other participants",
        "colon": ": ", "list": ", ", "groups": "; ",
        "moment": "{d} {month} {y}, {H:02d}:{M:02d}", "clock": "{H:02d}:{M:02d}", "until": "–",
        "note": "[Mark {at}] {text}", "official_note": "({text})", "edited": "ed.",
        "sign": "{who} (signature): ________________  Date: ____________",
        "checked": "I have read the above record and confirm it is correct",
        "page": "Page {n} of {m}", "secret": "CONFIDENTIAL",
        "secret_text": "Deliberation record, not to be disclosed",
        "attendance": "Attendance", "appeared": "{who} appeared",
        "absent": "{who} did not appear", "with_agents": "{who} appeared with counsel {agents}",
        "agents_only": "{who} did not appear; counsel {agents} appeared",
        "party": "{role} {name}", "end": ".", "page_sign": "Parties' signatures: ",
        "panel_sign": "Panel's signatures: ",
        "review": "Review copy with times and edit marks: not the official record",
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
    groups = ("bench", "clerk") if _attended(record) else ("bench", "clerk", "parties")
    for group in groups:
        roles: dict[str, list[str]] = {}
        for role, name in record.participants:
            if group_of(role) == group:
                roles.setdefault(role, []).append(name)
        # the clerk's field already says "书记员", so only the names follow it
        fields.append((group, [labels["list"].join(names) if group == "clerk" else
                               f"{role} {labels['list'].join(names)}".strip()
                               for role, names in roles.items()]))
    if _attended(record):
        fields.append(("attendance", [_attendance(record, labels)]))
    return [(labels[key], lines) for key, lines in fields if any(lines)]


def _attended(record: HearingRecord) -> bool:
    return bool(record.attendance or record.attendance_other.strip())


def _attendance(record: HearingRecord, labels: dict[str, str]) -> str:
    """'原告甲及其委托诉讼代理人乙到庭；被告丙未到庭；证人丁到庭。' in the form's language."""
    parts = []
    for person in record.attendance:
        who = labels["party"].format(role=person.role, name=person.name).strip()
        agents = labels["list"].join(person.agents)
        key = (("with_agents" if agents else "appeared") if person.present
               else ("agents_only" if agents else "absent"))
        parts.append(labels[key].format(who=who, agents=agents))
    if record.attendance_other.strip():
        parts.append(record.attendance_other.strip().rstrip("。.;；"))
    return labels["groups"].join(parts) + labels["end"]


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


def _form_key(record: HearingRecord) -> str:
    if record.kind == "deliberation":
        return "deliberation"
    return record.session_type if record.session_type in _FORMS else "hearing"


_FORMS = ("mediation", "pronouncement", "inquiry")


def _title_lines(record: HearingRecord, labels: dict[str, str]) -> list[str]:
    form = labels[_form_key(record)]
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
    signatures = _signatures(record, labels)
    if signatures:  # the block stays together, with the last lines of the record
        gap = 12.0  # room for a handwritten signature between the lines
        height = gap + sum(len(fonts.wrap(s, _BODY, _WIDTH, _WIDTH)) * _LEADING + gap
                           for s in signatures)
        layout.keep_with_last_lines(height)
        layout.y += gap
        for line in signatures:
            layout.para(line)
            layout.y += gap
    return layout


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


def export_pdf(record: HearingRecord, out: Path, *, review: bool = False) -> int:
    """Write the record as an A4 court-record PDF at out; returns the page count.

    The official copy (the default) is the record as a court files it: no times, no marks.
    ``review`` makes the clerk's review copy instead: each line's time from the start and
    "改" where the clerk corrected the recognizer, in the left margin, and every page marked
    as not the official record. The file appears at out complete or not at all (written
    beside it, then renamed), so a failure never leaves half a record where the clerk expects
    one. Raises RecordExportError (an OSError) when it cannot.
    """
    from courtdesk.dossier.pdf_thread import WORK, pdf_thread

    # PyMuPDF runs on its one thread only; the file is written here.
    data, total = pdf_thread().call(_pdf_bytes, record, review, priority=WORK)
    _write_whole(data, Path(out))
    return total


def typeface_warning(language: str = "zh_CN") -> str:
    """What to tell the person exporting when the record cannot be set in a serif face."""
    return record_typefaces(_language_code(language)).missing_text()


def _language_code(language: str) -> str:
    labels = _labels(language)
    return next(code for code, table in _LABELS.items() if table is labels)


def _characters(record: HearingRecord, labels: dict[str, str]) -> str:
    """Every character the record may print, so the embedded face holds them all."""
    texts = [export_text(record), *labels.values(), "0123456789:_ ", _TITLE_PUNCTUATION]
    return "".join(set("".join(texts)))


_TITLE_PUNCTUATION = "（）()，。、；：“”《》"


def _pdf_bytes(record: HearingRecord, review: bool) -> tuple[bytes, int]:
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
        if not fonts.serif:
            doc.subset_fonts()  # tens of KB instead of the whole 3.5 MB fallback face
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
