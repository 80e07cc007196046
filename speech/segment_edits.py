"""What a clerk does to whole segments: delete, mark as not spoken, split, merge — and back.

Segments are append-only (what the recognizer heard, with its word times, never changes):
each of these is a change of *status* of existing segments, plus new segments for the parts
of a split or the whole of a merge, which name what they were made from. So every step is a
revision that syncs like a text correction, is kept in the segment's history, and can be
taken back and done again by flipping the same statuses.

Live recognition may append segments meanwhile: nothing here touches a segment it did not
name, and each step is one store transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

# '' is in the record; 'not_spoken' is shown (greyed) but left out of the record.
IN_RECORD = ""
NOT_SPOKEN = "not_spoken"
DELETED = "deleted"
REPLACED = "replaced"  # by the parts of a split, or by a merge
UNDONE = "undone"  # parts of a split or merge that the clerk took back
SHOWN = (IN_RECORD, NOT_SPOKEN)
STATUSES = (IN_RECORD, NOT_SPOKEN, DELETED, REPLACED, UNDONE)


class SegmentEditRefused(ValueError):
    """The step cannot be made (nothing to split at the cursor, no next segment...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class SegmentStep:
    """One step the clerk made: each segment's status before and after it.

    ``made`` are the segments the step created (parts of a split, a merge's whole).
    """

    action: str  # "delete", "not_spoken", "restore", "split", "merge"
    statuses: dict[str, tuple[str, str]] = field(default_factory=dict)
    made: list[str] = field(default_factory=list)

    def ids(self) -> list[str]:
        return list(self.statuses)


def word_offsets(text: str, words: list[dict]) -> list[int]:
    """Where each recognized word starts in ``text`` (-1 for one not found there).

    Words are looked for in order, so a repeated word maps to its own occurrence; a
    Chinese model's text has no spaces between words and added punctuation, which the
    search skips over.
    """
    offsets, position = [], 0
    for word in words:
        token = str(word.get("w", "")).strip()
        found = text.find(token, position) if token else -1
        offsets.append(found)
        if found >= 0:
            position = found + len(token)
    return offsets


def split_point(segment: dict, cursor: int) -> tuple[int, int, int]:
    """Where a split at ``cursor`` (a position in the shown text) falls.

    Returns (cut in the shown text, cut in the recognizer's text, number of words in the
    first part). The cut moves to the start of the word the cursor is in, so words and
    their times stay whole.
    """
    shown = segment["edited_text"] if segment["edited_text"] is not None else segment["asr_text"]
    words = json.loads(segment["words"]) if isinstance(segment["words"], str) else \
        segment["words"]
    if not 0 < cursor < len(shown.rstrip()):
        raise SegmentEditRefused("split_at_edge",
                                 "Put the cursor inside the text to split it there.")
    if not words:  # nothing to keep whole: split where the cursor is
        asr_cut = round(len(segment["asr_text"]) * cursor / max(len(shown), 1))
        return cursor, asr_cut, 0
    in_shown = word_offsets(shown, words)
    in_asr = word_offsets(segment["asr_text"], words)
    # The first word that starts at or after the cursor begins the second part; a word the
    # cursor is inside goes with it.
    count = 0
    for number, start in enumerate(in_shown):
        if start < 0:
            continue
        end = start + len(str(words[number].get("w", "")).strip())
        if end <= cursor:
            count = number + 1
        elif start < cursor:
            count = number  # inside this word: it starts the second part
            cursor = start
            break
        else:
            break
    if not 0 < count < len(words):
        raise SegmentEditRefused("split_at_edge",
                                 "Put the cursor between two words to split the segment there.")
    asr_cut = in_asr[count] if in_asr[count] >= 0 else round(
        len(segment["asr_text"]) * cursor / max(len(shown), 1))
    if segment["edited_text"] is None:
        cursor = asr_cut  # the same text: one cut
    return cursor, asr_cut, count


def split_parts(segment: dict, cursor: int) -> tuple[dict, dict]:
    """The two new segments a split at ``cursor`` makes (without ids or bookkeeping)."""
    shown_cut, asr_cut, count = split_point(segment, cursor)
    shown = segment["edited_text"] if segment["edited_text"] is not None else segment["asr_text"]
    words = json.loads(segment["words"])
    asr = segment["asr_text"]
    if words:
        # Word times are from the start of the recognizer's stream; the segment's from
        # the start of the hearing: the difference is the same for every word.
        offset = segment["start_ms"] - int(words[0]["s"])
        first_end = offset + int(words[count - 1]["e"])
        second_start = offset + int(words[count]["s"])
    else:
        span = segment["end_ms"] - segment["start_ms"]
        first_end = second_start = segment["start_ms"] + round(span * shown_cut
                                                               / max(len(shown), 1))
    # Corrections are placed in the recognizer's text (where the case vocabulary found them).
    corrections = json.loads(segment["corrections"])
    parts = []
    for text, asr_text, part_words, start, end, fixes in (
            (shown[:shown_cut], asr[:asr_cut], words[:count], segment["start_ms"], first_end,
             [c for c in corrections if c["start"] < asr_cut]),
            (shown[shown_cut:], asr[asr_cut:], words[count:], second_start, segment["end_ms"],
             [{**c, "start": c["start"] - asr_cut, "end": c["end"] - asr_cut}
              for c in corrections if c["start"] >= asr_cut])):
        text, asr_text = text.strip(), asr_text.strip()
        parts.append({
            "hearing_id": segment["hearing_id"], "recording_id": segment["recording_id"],
            "channel": segment["channel"], "speaker_role": segment["speaker_role"],
            "start_ms": start, "end_ms": max(end, start), "words": json.dumps(
                part_words, ensure_ascii=False),
            "asr_text": asr_text, "edited_text": None if text == asr_text else text,
            "edited_by": segment["edited_by"] if text != asr_text else "",
            "corrections": json.dumps(fixes, ensure_ascii=False),
            "origin": segment["origin"], "derived_from": json.dumps([segment["id"]]),
        })
    return parts[0], parts[1]


def merged(first: dict, second: dict) -> dict:
    """The one segment that ``first`` and the ``second`` after it make together."""
    def shown(s: dict) -> str:
        return s["edited_text"] if s["edited_text"] is not None else s["asr_text"]

    # Korean text has spaces between words, Chinese none: join the way the text is written.
    spaced = " " in first["asr_text"] or " " in second["asr_text"]
    glue = " " if spaced else ""
    words_a, words_b = json.loads(first["words"]), json.loads(second["words"])
    if words_a and words_b:
        # Bring the second's word times onto the first's stream (they may come from
        # different recordings of the hearing).
        shift = ((second["start_ms"] - int(words_b[0]["s"]))
                 - (first["start_ms"] - int(words_a[0]["s"])))
        words_b = [{**w, "s": int(w["s"]) + shift, "e": int(w["e"]) + shift} for w in words_b]
    text = shown(first) + glue + shown(second)
    asr_text = first["asr_text"] + glue + second["asr_text"]
    moved = len(first["asr_text"]) + len(glue)  # corrections are placed in the asr text
    corrections = json.loads(first["corrections"]) + [
        {**c, "start": c["start"] + moved, "end": c["end"] + moved}
        for c in json.loads(second["corrections"])]
    edited = text != asr_text
    return {
        "hearing_id": first["hearing_id"], "recording_id": first["recording_id"],
        "channel": first["channel"], "speaker_role": first["speaker_role"],
        "start_ms": min(first["start_ms"], second["start_ms"]),
        "end_ms": max(first["end_ms"], second["end_ms"]),
        "words": json.dumps(words_a + words_b, ensure_ascii=False),
        "asr_text": asr_text, "edited_text": text if edited else None,
        "edited_by": (first["edited_by"] or second["edited_by"]) if edited else "",
        "corrections": json.dumps(corrections, ensure_ascii=False),
        "origin": first["origin"], "derived_from": json.dumps([first["id"], second["id"]]),
    }
