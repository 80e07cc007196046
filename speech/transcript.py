"""A hearing's transcript in the store: segments, edits with history, notes, replace-all.

The recognizer's text (``asr_text``) is never overwritten: an edit sets ``edited_text``
and adds a revision row, so the record shows what was said and what the clerk corrected,
and any edit can be undone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from courtdesk.common.ids import new_id
from courtdesk.offline_cache.store import LocalStore, utc_now

from . import segment_edits
from .engine import Utterance
from .segment_edits import SegmentEditRefused, SegmentStep
from .vocabulary import CaseVocabulary


@dataclass
class ReplacePreview:
    segment_id: str
    before: str
    after: str
    count: int


def display_text(segment: dict) -> str:
    edited = segment.get("edited_text")
    return edited if edited is not None else segment["asr_text"]


class HearingTranscript:
    def __init__(self, store: LocalStore, hearing_id: str, actor: str) -> None:
        self.store = store
        self.hearing_id = hearing_id
        self.actor = actor

    # -- reading -------------------------------------------------------------------------
    def segments(self) -> list[dict]:
        """The segments shown: those in the record and those marked as not spoken."""
        rows = self.store.query(
            "SELECT * FROM segments WHERE hearing_id = ? AND deleted = 0 AND status IN (?, ?) "
            "ORDER BY start_ms, channel", (self.hearing_id, *segment_edits.SHOWN))
        for row in rows:
            row["text"] = display_text(row)
            row["words"] = json.loads(row["words"])
            row["corrections"] = json.loads(row["corrections"])
        return rows

    def record_segments(self) -> list[dict]:
        """The segments the record holds: not the deleted ones, nor those not spoken."""
        return [s for s in self.segments() if s["status"] == segment_edits.IN_RECORD]

    def notes(self) -> list[dict]:
        return self.store.query("SELECT * FROM hearing_notes WHERE hearing_id = ? AND deleted = 0"
                                " ORDER BY at_ms", (self.hearing_id,))

    def revisions(self, segment_id: str) -> list[dict]:
        return self.store.query("SELECT * FROM segment_revisions WHERE segment_id = ? "
                                "ORDER BY revision", (segment_id,))

    # -- writing -------------------------------------------------------------------------
    def add_utterance(self, utterance: Utterance, role: str, recording_id: str = "",
                      offset_ms: int = 0, channel: int | None = None,
                      vocabulary: CaseVocabulary | None = None, origin: str = "live") -> dict:
        """Store a recognized utterance; case-vocabulary corrections are applied and listed.

        The recognizer's text stays in ``asr_text``; the corrected text is the segment's
        edited text, and each correction is kept so the clerk can reject it.
        """
        corrections = vocabulary.suggest(utterance.text) if vocabulary else []
        values = {
            "hearing_id": self.hearing_id, "recording_id": recording_id,
            "channel": utterance.channel if channel is None else channel,
            "speaker_role": role, "start_ms": offset_ms + utterance.start_ms,
            "end_ms": offset_ms + utterance.end_ms, "words": utterance.words_json(),
            "asr_text": utterance.text,
        }
        if origin != "live":  # e.g. transcribed from the recording after the hearing
            values["origin"] = origin
        if corrections:
            values["edited_text"] = vocabulary.apply(utterance.text, corrections)
            values["edited_by"] = "vocabulary"
            values["corrections"] = json.dumps(
                [{"start": c.start, "end": c.end, "original": c.original,
                  "replacement": c.replacement, "kind": c.term.kind,
                  "score": round(c.score, 3)} for c in corrections], ensure_ascii=False)
        return self.store.save("segments", values, actor=self.actor,
                               action="segment.recognized")

    def reject_correction(self, segment_id: str, index: int) -> dict:
        """Put back what the recognizer heard for one vocabulary correction."""
        segment = self._segment(segment_id)
        corrections = json.loads(segment["corrections"])
        if not 0 <= index < len(corrections) or corrections[index].get("rejected"):
            raise KeyError(f"No open correction {index} in segment {segment_id}.")
        correction = corrections[index]
        corrections[index] = {**correction, "rejected": True}
        text = display_text(segment)
        # Undo the replacement where it still stands; the clerk may have edited around it.
        position = text.find(correction["replacement"])
        if position >= 0:
            text = (text[:position] + correction["original"]
                    + text[position + len(correction["replacement"]):])
        with self.store.transaction():
            self.store.save("segments", {"id": segment_id,
                                         "corrections": json.dumps(corrections,
                                                                   ensure_ascii=False)},
                            actor=self.actor, action="segment.correction.reject")
            return self.edit(segment_id, text)

    def edit(self, segment_id: str, text: str | None = None, role: str | None = None) -> dict:
        """Correct a segment's text and/or speaker; the previous state goes to history."""
        segment = self._segment(segment_id)
        new_text = display_text(segment) if text is None else text
        new_role = segment["speaker_role"] if role is None else role
        if new_text == display_text(segment) and new_role == segment["speaker_role"]:
            return segment
        with self.store.transaction():
            self._remember(segment)
            values = {"id": segment_id, "speaker_role": new_role,
                      "revision": segment["revision"] + 1, "edited_by": self.actor,
                      "edited_text": None if new_text == segment["asr_text"] else new_text}
            return self.store.save("segments", values, actor=self.actor, action="segment.edit")

    def undo(self, segment_id: str) -> dict | None:
        """Go back to the segment's previous text and speaker; None when nothing to undo."""
        segment = self._segment(segment_id)
        history = self.revisions(segment_id)
        if not history:
            return None
        last = history[-1]
        if last["action"].startswith(("segment.split", "segment.merge")):
            return None  # one of several segments: taken back as a whole step (undo_step)
        with self.store.transaction():
            self.store.conn.execute("DELETE FROM segment_revisions WHERE id = ?", (last["id"],))
            return self.store.save("segments", {
                "id": segment_id, "edited_text": last["text"], "speaker_role": last["speaker_role"],
                "status": last["status"], "revision": segment["revision"] + 1,
                "edited_by": self.actor,
            }, actor=self.actor, action="segment.undo")

    # -- whole segments: each a step that can be taken back and made again ------------------
    def delete(self, segment_id: str) -> SegmentStep:
        return self._set_status(segment_id, segment_edits.DELETED, "delete")

    def mark_not_spoken(self, segment_id: str, not_spoken: bool = True) -> SegmentStep:
        """Noise the recognizer took for speech: kept and shown, left out of the record."""
        return self._set_status(segment_id, segment_edits.NOT_SPOKEN if not_spoken
                                else segment_edits.IN_RECORD,
                                "not_spoken" if not_spoken else "spoken")

    def split(self, segment_id: str, cursor: int) -> SegmentStep:
        """Split a segment at ``cursor`` (a position in its shown text) into two, each with
        its own words and times; the segment itself is kept, replaced by the two."""
        segment = self._segment(segment_id)
        self._require_shown(segment)
        first, second = segment_edits.split_parts(segment, cursor)
        return self._replace([segment], [first, second], "split")

    def merge_with_next(self, segment_id: str) -> SegmentStep:
        """Join a segment and the one shown after it into one."""
        segment = self._segment(segment_id)
        self._require_shown(segment)
        following = self.store.query(
            "SELECT * FROM segments WHERE hearing_id = ? AND deleted = 0 AND status IN (?, ?) "
            "AND (start_ms > ? OR (start_ms = ? AND channel > ?) OR (start_ms = ? AND "
            "channel = ? AND id > ?)) ORDER BY start_ms, channel, id LIMIT 1",
            (self.hearing_id, *segment_edits.SHOWN, segment["start_ms"], segment["start_ms"],
             segment["channel"], segment["start_ms"], segment["channel"], segment["id"]))
        if not following:
            raise SegmentEditRefused("merge_no_next", "There is no segment after this one "
                                     "to merge with.")
        return self._replace([segment, following[0]],
                             [segment_edits.merged(segment, following[0])], "merge")

    def undo_step(self, step: SegmentStep) -> list[dict]:
        """Take a step back: every segment it changed gets its status from before."""
        return self._apply(step, before=True)

    def redo_step(self, step: SegmentStep) -> list[dict]:
        return self._apply(step, before=False)

    def _apply(self, step: SegmentStep, *, before: bool) -> list[dict]:
        action = f"segment.{step.action}." + ("undo" if before else "redo")
        rows = []
        with self.store.transaction():
            for segment_id, (old, new) in step.statuses.items():
                wanted, expected = (old, new) if before else (new, old)
                segment = self._segment(segment_id)
                if segment["status"] != expected:
                    raise SegmentEditRefused(
                        "step_changed", "These segments were changed since; this step can no "
                        "longer be taken back.")
                rows.append(self._write_status(segment, wanted, action))
        return rows

    def _set_status(self, segment_id: str, status: str, action: str) -> SegmentStep:
        segment = self._segment(segment_id)
        self._require_shown(segment)
        if segment["status"] == status:
            return SegmentStep(action)
        with self.store.transaction():
            self._write_status(segment, status, f"segment.{action}")
        return SegmentStep(action, {segment_id: (segment["status"], status)})

    def _replace(self, old: list[dict], new: list[dict], action: str) -> SegmentStep:
        step = SegmentStep(action)
        with self.store.transaction():
            for segment in old:
                self._write_status(segment, segment_edits.REPLACED, f"segment.{action}")
                step.statuses[segment["id"]] = (segment["status"], segment_edits.REPLACED)
            for values in new:
                # Not spoken stays not spoken in what it was made from.
                values["status"] = (segment_edits.NOT_SPOKEN if all(
                    s["status"] == segment_edits.NOT_SPOKEN for s in old)
                    else segment_edits.IN_RECORD)
                made = self.store.save("segments", values, actor=self.actor,
                                       action=f"segment.{action}")
                step.made.append(made["id"])
                step.statuses[made["id"]] = (segment_edits.UNDONE, made["status"])
        return step

    def _write_status(self, segment: dict, status: str, action: str) -> dict:
        self._remember(segment, action)
        return self.store.save("segments", {"id": segment["id"], "status": status,
                                            "revision": segment["revision"] + 1,
                                            "edited_by": self.actor},
                               actor=self.actor, action=action)

    @staticmethod
    def _require_shown(segment: dict) -> None:
        if segment["status"] not in segment_edits.SHOWN:
            raise SegmentEditRefused("segment_gone", "This segment was deleted or replaced.")

    def preview_replace(self, find: str, replace: str) -> list[ReplacePreview]:
        if not find:
            return []
        previews = []
        for segment in self.segments():
            count = segment["text"].count(find)
            if count:
                previews.append(ReplacePreview(segment["id"], segment["text"],
                                               segment["text"].replace(find, replace), count))
        return previews

    def replace_all(self, find: str, replace: str) -> list[ReplacePreview]:
        """Replace in every segment in one transaction (one undo step per segment)."""
        previews = self.preview_replace(find, replace)
        with self.store.transaction():
            for preview in previews:
                self.edit(preview.segment_id, preview.after)
        return previews

    def add_note(self, at_ms: int, text: str) -> dict:
        return self.store.save("hearing_notes", {"hearing_id": self.hearing_id, "at_ms": at_ms,
                                                 "text": text, "author": self.actor},
                               actor=self.actor, action="note.add")

    def _segment(self, segment_id: str) -> dict:
        segment = self.store.get("segments", segment_id)
        if segment is None or segment["hearing_id"] != self.hearing_id or segment["deleted"]:
            raise KeyError(f"No segment {segment_id} in this hearing.")
        return segment

    def _remember(self, segment: dict, action: str = "segment.edit") -> None:
        """The segment as it was before ``action``, in its history."""
        self.store.conn.execute(
            "INSERT INTO segment_revisions (id, segment_id, revision, text, speaker_role, author,"
            " at, status, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), segment["id"], segment["revision"], segment["edited_text"],
             segment["speaker_role"], self.actor, utc_now(), segment["status"], action))
