"""A segment as the transcript shows it: one row shape, unsure words, corrections.

Rows are plain dicts (:func:`transcript_row`) from the store or from the session's
``segment`` events. Words the recognizer was unsure of (confidence below 0.6) are tinted;
case-vocabulary corrections are underlined, with the recognizer's original in the tooltip.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

LOW_CONFIDENCE = 0.6
_LOW_STYLE = "background-color:#fff1b8;"
_FIX_STYLE = "color:#0b57d0; background-color:#e3edfd; text-decoration:underline;"
# An article reference: the law library's blue, underlined; one the library does not know
# is only dotted, so a clerk sees it was read but leads nowhere.
_LINK_STYLE = "color:#1a56b8; text-decoration:underline;"
_UNRESOLVED_STYLE = "color:#6b4e16; text-decoration:underline; text-decoration-style:dotted;"


def transcript_row(segment: dict) -> dict:
    """One shape for a stored segment and for the session's ``segment`` event."""
    words = segment.get("words") or []
    corrections = segment.get("corrections") or []
    text = segment.get("text")
    if text is None:  # a stored row: the clerk's text wins over the recognizer's
        edited = segment.get("edited_text")
        text = edited if edited is not None else segment.get("asr_text", "")
    return {
        "id": segment["id"],
        "channel": int(segment.get("channel", 0)),
        "speaker_role": segment.get("speaker_role", segment.get("role", "")) or "",
        "start_ms": int(segment["start_ms"]),
        "end_ms": int(segment["end_ms"]),
        "text": text or "",
        "asr_text": segment.get("asr_text", ""),
        "edited": segment.get("edited_text") is not None
        and segment.get("edited_by") != "vocabulary",
        "words": json.loads(words) if isinstance(words, str) else list(words),
        "corrections": json.loads(corrections) if isinstance(corrections, str)
        else list(corrections),
        "recording_id": segment.get("recording_id", ""),
        # '' in the record, 'not_spoken' shown but left out (others are not shown at all)
        "status": segment.get("status") or "",
    }


def open_corrections(row: dict) -> list[tuple[int, dict]]:
    return [(i, c) for i, c in enumerate(row["corrections"]) if not c.get("rejected")]


def text_marks(row: dict) -> list[str | None]:
    """Per character of the shown text: "low" (unsure word), "fix" (correction) or None."""
    text = row["text"]
    marks: list[str | None] = [None] * len(text)
    position = 0
    for word in row["words"]:
        spelled = str(word.get("w", ""))
        found = text.find(spelled, position) if spelled else -1
        if found < 0:
            continue  # edited away: nothing to mark
        if float(word.get("c", 1.0)) < LOW_CONFIDENCE:
            marks[found:found + len(spelled)] = ["low"] * len(spelled)
        position = found + len(spelled)
    for _index, correction in open_corrections(row):
        replacement = correction.get("replacement", "")
        found = text.find(replacement) if replacement else -1
        if found >= 0:
            marks[found:found + len(replacement)] = ["fix"] * len(replacement)
    return marks


def segment_html(row: dict, links: list[tuple[int, int, bool]] = ()) -> str:
    """The segment's text as rich text; ``links`` are article references (start, end,
    resolved) drawn as links over the same characters (the text itself is unchanged)."""
    text, marks = row["text"], text_marks(row)
    linked: list[int] = [-1] * len(text)
    for number, (link_start, link_end, _resolved) in enumerate(links):
        linked[link_start:link_end] = [number] * (min(link_end, len(text)) - link_start)
    parts, start = [], 0
    for end in range(1, len(text) + 1):
        if end == len(text) or marks[end] != marks[start] or linked[end] != linked[start]:
            piece = html.escape(text[start:end])
            style = {"low": _LOW_STYLE, "fix": _FIX_STYLE}.get(marks[start] or "", "")
            if linked[start] >= 0:
                style += _LINK_STYLE if links[linked[start]][2] else _UNRESOLVED_STYLE
            parts.append(f'<span style="{style}">{piece}</span>' if style else piece)
            start = end
    if row["edited"]:  # the clerk changed it; the tooltip shows what was recognized
        parts.append(' <span style="color:#8a94a3;">✎</span>')
    if row.get("status") == "not_spoken":  # kept, greyed and struck through: not in the record
        label = html.escape(translate("Transcript", "(not spoken)"))
        return (f'<span style="color:#8a94a3; text-decoration:line-through;">{"".join(parts)}'
                f'</span> <span style="color:#8a5300;">{label}</span>')
    return "".join(parts)


def segment_tooltip(row: dict) -> str:
    lines = [translate("Transcript", "Corrected from the case's names: %1 → %2")
             .replace("%1", c["original"]).replace("%2", c["replacement"])
             for _i, c in open_corrections(row)]
    unsure = [str(w.get("w", "")) for w in row["words"]
              if float(w.get("c", 1.0)) < LOW_CONFIDENCE]
    if unsure:
        lines.append(translate("Transcript", "Unsure words: %1").replace("%1", " ".join(unsure)))
    if row["edited"]:
        lines.append(translate("Transcript", "Recognized as: %1").replace("%1", row["asr_text"]))
    if row.get("status") == "not_spoken":
        lines.append(translate("Transcript", "Marked as not spoken: kept here, left out of the "
                                             "record."))
    return "\n".join(lines)
