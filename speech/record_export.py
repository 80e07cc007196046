"""Export a hearing or deliberation record (笔录) as a court-record PDF, plain text and SubRip.

Core only (no Qt): the CLI, the GUI's job runner and tests call these with plain data. The form's
own labels come from a small table per language; what people said is printed exactly as recorded.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .record_fonts import record_typefaces


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
class Signatory:
    """One person who signs the record, with a box of their own in the signature block."""

    label: str  # role as printed: "审判长", "原告代理人"
    name: str = ""
    field: str = ""  # the PDF signature field in their box (official copy); "": a line only
    role: str = ""  # presiding_judge, judge, clerk, plaintiff, plaintiff_agent, ...

    @property
    def who(self) -> str:
        return f"{self.label} {self.name}".strip()


@dataclass
class CitedArticle:
    """An article of law cited in the record (a deliberation's appendix), as printed."""

    law: str  # the law's full title: 中华人民共和国民法典
    article: str  # 第五百七十七条
    version_date: str  # the version's date (adopted or last amended)
    effective_from: str  # when that version took effect; "" when only adoption is known
    text: str  # the article's text, its paragraphs on lines of their own


SEAL_FIELD = "court-seal"  # the court seal's box, after the signers' boxes


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
    # Who signs below: role labels (a line each), or Signatory (a named box each, and a
    # PDF signature field in it and one for the court seal in the official copy).
    signatories: list[str | Signatory] = field(default_factory=list)
    confidential: bool = False  # marks every page (deliberation records)
    language: str = "zh_CN"  # labels of the form itself: zh_CN, ko or en
    # What the session was: trial, mediation, pronouncement, inquiry or deliberation; it
    # names the form ("调解笔录"). "" follows ``kind``.
    session_type: str = ""
    attendance: list[Attendee] = field(default_factory=list)  # empty: not taken
    attendance_other: str = ""  # others present, in the clerk's words
    # The articles cited, each once in the order first cited: an appendix before the
    # signatures (deliberations), so the panel signs the texts it relied on.
    cited: list[CitedArticle] = field(default_factory=list)


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
        "sign_box": "{who}（签名）：", "seal": "（院印）", "refused": "拒绝签名：{note}",
        "cited": "本次评议引用的法条", "cited_in_force": "（{date}版本，自{effective}起施行）",
        "cited_adopted": "（{date}版本，{date}通过）",
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
        "sign_box": "{who} (서명): ", "seal": "(법원인)", "refused": "서명 거부: {note}",
        "cited": "이번 합의에서 인용한 법조문",
        "cited_in_force": " ({date} 버전, {effective}부터 시행)",
        "cited_adopted": " ({date} 버전, {date} 의결)",
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
        "sign_box": "{who} (signature): ", "seal": "(Court seal)",
        "refused": "Refused to sign: {note}",
        "cited": "Articles cited in this deliberation",
        "cited_in_force": " (version of {date}, in force from {effective})",
        "cited_adopted": " (version of {date}, adopted on {date})",
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


def cited_heading(article: CitedArticle, labels: dict[str, str]) -> str:
    """《中华人民共和国民法典》第五百七十七条（2020-05-28版本，自2021-01-01起施行）"""
    title = article.law.replace("《", "〈").replace("》", "〉")
    key = "cited_in_force" if article.effective_from else "cited_adopted"
    dated = labels[key].format(date=article.version_date, effective=article.effective_from) \
        if article.version_date else ""
    return f"《{title}》{article.article}{dated}"


def _signatures(record: HearingRecord, labels: dict[str, str]) -> list[str]:
    """One line per signatory; the "checked" line goes before the first party's signature."""
    out: list[str] = []
    for signatory in record.signatories:
        role, who = ((signatory.label, signatory.who) if isinstance(signatory, Signatory)
                     else (signatory, signatory))
        if labels["checked"] not in out and role.casefold() not in _BENCH | _CLERKS:
            out.append(labels["checked"])
        out.append(labels["sign"].format(who=who))
    return out


def record_label(language: str, key: str) -> str:
    """One of the form's own phrases ("refused", "seal") in the record's language."""
    return _labels(language)[key]


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
    if record.cited:
        out += ["", labels["cited"]]
        for number, article in enumerate(record.cited, start=1):
            out.append(f"{number}. {cited_heading(article, labels)}")
            out += [f"   {line}" for line in article.text.split("\n")]
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

    from .record_pdf import pdf_with_fields

    # PyMuPDF runs on its one thread only; the file is written here.
    data, total, fields = pdf_thread().call(pdf_with_fields, record, review, priority=WORK)
    if fields:  # the official copy with named signers: a signature field in each box
        from courtdesk.signing.record_fields import with_signature_fields

        data = pdf_thread().call(with_signature_fields, data, fields, priority=WORK)
    _write_whole(data, Path(out))
    return total


def typeface_warning(language: str = "zh_CN") -> str:
    """What to tell the person exporting when the record cannot be set in a serif face."""
    return record_typefaces(_language_code(language)).missing_text()


def _language_code(language: str) -> str:
    labels = _labels(language)
    return next(code for code, table in _LABELS.items() if table is labels)



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
