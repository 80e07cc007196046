"""Hearings as a logged-in user runs them: record, correct, export — with the case's rules.

The speech pipeline (speech/) knows nothing of roles; this is where a clerk's right to run
a hearing, and a judge's sole right to a deliberation, are checked before anything starts.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from courtdesk.common.roles import Permission
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.speech.transcript import HearingTranscript

from .accounts import User
from .casebook import CaseBook
from .hearing_setup import Attendance, HearingSetup, SetupError, default_title, kind_of

log = logging.getLogger(__name__)


class HearingBook:
    def __init__(self, store: LocalStore, user: User, *, laws_file: Path | None = None
                 ) -> None:
        self.store = store
        self.user = user
        self.cases = CaseBook(store, user)
        self.laws_file = laws_file  # the law library (None: this profile's)

    def list_hearings(self, case_id: str) -> list[dict]:
        return self.cases.open_case(case_id).hearings

    def open(self, hearing_id: str) -> dict:
        return self.cases.open_hearing(hearing_id)

    def _require_run(self, hearing: dict) -> None:
        # Deliberations are run by the judges (open_hearing already checked that);
        # hearings by those who may edit the case (clerks, presiding judges).
        if hearing["kind"] != "deliberation" and not self.user.may(Permission.EDIT_CASE):
            raise AccessDenied(f"Your role ({self.user.role.value}) may not record hearings.")

    def hearing_to_record(self, case_id: str, hearing_id: str | None,
                          kind: str = "hearing", language: str = "zh_CN") -> dict:
        """The hearing to record: the given one, else a new one for the case, now, titled
        in ``language`` (the person's)."""
        if hearing_id:
            hearing = self.open(hearing_id)
            if hearing["case_id"] != case_id:
                raise AccessDenied("That hearing belongs to another case.")
        else:
            session = "deliberation" if kind == "deliberation" else "trial"
            hearing = self.new_hearing(case_id, HearingSetup(session), language)
        self._require_run(hearing)
        return hearing

    def new_hearing(self, case_id: str, setup: HearingSetup, language: str = "zh_CN") -> dict:
        """A hearing as the clerk set it up (title, session type, room, time, attendance).

        Raises SetupError for a value that cannot be used, AccessDenied when this person may
        not hold that kind of session in the case.
        """
        setup.check()
        now = datetime.now().astimezone()
        when = (datetime.fromisoformat(setup.scheduled_at) if setup.scheduled_at else now)
        if when.tzinfo is None:  # a time as the clerk typed it is this PC's local time
            when = when.astimezone()
        title = setup.title.strip() or default_title(setup.session_type, language, when)
        place = self._this_room() if setup.place is None else setup.place.strip()
        created = self.cases.add_hearing(
            case_id, title, kind=kind_of(setup.session_type),
            scheduled_at=when.isoformat(timespec="seconds"), place=place,
            session_type=setup.session_type, attendance=setup.attendance.to_json())
        return self.open(created["id"])

    def change_setup(self, hearing_id: str, setup: HearingSetup,
                     language: str = "zh_CN") -> dict:
        """The hearing's set-up as corrected after it was created (a late arrival, an absent
        lawyer, a typo in the title): one audited revision that syncs like any hearing edit.

        Allowed while the hearing is recorded: the recording writes only its status and
        times, never these fields. The session type may change within the hearing's kind
        only; who may read the record hangs on that kind (a hearing never becomes a
        deliberation, nor the other way round). Raises SetupError or AccessDenied.
        """
        setup.check()
        hearing = self.open(hearing_id)
        self._require_run(hearing)
        if kind_of(setup.session_type) != hearing["kind"]:
            raise SetupError(
                "A hearing cannot become a deliberation, nor a deliberation a hearing: "
                "who may read the record depends on it. Create a new one instead.")
        when = (datetime.fromisoformat(setup.scheduled_at) if setup.scheduled_at
                else datetime.fromisoformat(hearing["scheduled_at"]) if hearing["scheduled_at"]
                else datetime.now())
        if when.tzinfo is None:
            when = when.astimezone()
        title = setup.title.strip() or default_title(setup.session_type, language, when)
        place = hearing["place"] if setup.place is None else setup.place.strip()
        self.store.save("hearings", {
            "id": hearing_id, "title": title, "session_type": setup.session_type,
            "place": place, "scheduled_at": when.isoformat(timespec="seconds"),
            "attendance": setup.attendance.to_json()},
            actor=self.user.actor, action="hearing.setup")
        return self.open(hearing_id)

    @staticmethod
    def _this_room() -> str:
        """Where a hearing started here takes place: the PC's court and courtroom."""
        from .config import ConfigError, load_config

        try:
            config = load_config()
        except ConfigError:
            return ""  # the record can still be made; doctor reports the config
        return " ".join(part for part in (config.court, config.courtroom) if part)

    def recorded_until(self, hearing_id: str) -> int:
        """Where the hearing's timeline ends (ms), so a new stretch continues it, never
        overlaps."""
        self.open(hearing_id)
        rows = self.store.query(
            "SELECT coalesce(max(offset_ms + frames * 1000 / sample_rate), 0) AS end_ms "
            "FROM recordings WHERE hearing_id = ? AND deleted = 0", (hearing_id,))
        segments = self.store.query("SELECT coalesce(max(end_ms), 0) AS end_ms FROM segments "
                                    "WHERE hearing_id = ? AND deleted = 0", (hearing_id,))
        return int(max(rows[0]["end_ms"] or 0, segments[0]["end_ms"] or 0))

    def recordings(self, hearing_id: str, *, segment_id: str = "") -> list[dict]:
        """The hearing's recordings in timeline order (by offset, then channel); with
        ``segment_id``, only the one that segment was heard on when it names one."""
        self.open(hearing_id)
        rows = self.store.query("SELECT * FROM recordings WHERE hearing_id = ? AND deleted = 0 "
                                "ORDER BY offset_ms, channel", (hearing_id,))
        if segment_id:
            heard_on = self.store.query(
                "SELECT recording_id FROM segments WHERE id = ? AND hearing_id = ?",
                (segment_id, hearing_id))
            recording_id = heard_on[0]["recording_id"] if heard_on else ""
            if recording_id:
                rows = [r for r in rows if r["id"] == recording_id]
        return rows

    def discard_unrecorded(self, hearing_id: str) -> bool:
        """Remove a hearing whose recording never started (no audio, text or notes)."""
        hearing = self.open(hearing_id)
        self._require_run(hearing)
        for table in ("recordings", "segments", "hearing_notes"):
            if self.store.query(f"SELECT 1 FROM {table} WHERE hearing_id = ? LIMIT 1",
                                (hearing_id,)):
                return False
        self.store.remove("hearings", hearing_id, actor=self.user.actor)
        return True

    def transcript(self, hearing_id: str) -> HearingTranscript:
        hearing = self.open(hearing_id)
        return HearingTranscript(self.store, hearing["id"], self.user.actor)

    def editable_transcript(self, hearing_id: str) -> HearingTranscript:
        hearing = self.open(hearing_id)
        self._require_run(hearing)
        return HearingTranscript(self.store, hearing["id"], self.user.actor)

    def unrecognized(self, hearing_id: str) -> list[dict]:
        """Stretches recorded but not recognized live, still to be transcribed."""
        from courtdesk.speech.gaps import hearing_gaps

        hearing = self.open(hearing_id)
        return hearing_gaps(self.store, hearing["id"])

    def transcribe_gaps(self, hearing_id: str, model, progress=None) -> list[dict]:
        """Transcribe those stretches from the recording (minutes of work: a background job).

        The segments are stored like live ones, with the case's vocabulary fixes, and
        marked as transcribed after the hearing; returns them.
        """
        from courtdesk.speech.gaps import transcribe_gaps
        from courtdesk.speech.vocabulary import CaseVocabulary

        hearing = self.open(hearing_id)
        self._require_run(hearing)
        language = model.text_language if model.text_language in ("zh", "ko") else "zh"
        vocabulary = CaseVocabulary.from_case(self.cases.open_case(hearing["case_id"]).as_dict(),
                                              language)
        return transcribe_gaps(self.store, hearing["id"], model, self.user.actor,
                               vocabulary=vocabulary, progress=progress)

    def record_for_export(self, hearing_id: str, language: str = "zh_CN"):
        from courtdesk.speech.record_export import (
            Attendee,
            HearingRecord,
            RecordLine,
            RecordNote,
        )
        from courtdesk.speech.speakers import agent_label, speaker_label

        hearing = self.open(hearing_id)
        case_file = self.cases.open_case(hearing["case_id"])
        case = case_file.case
        transcript = HearingTranscript(self.store, hearing_id, self.user.actor)
        participants: list[tuple[str, str]] = []
        for member in case_file.members:
            participants.append((speaker_label(member["role_in_case"], language),
                                 member["display_name"]))
        for party in case_file.parties:
            participants.append((speaker_label(party["side"], language), party["name"]))
            if party["lawyer_name"]:
                participants.append((agent_label(party["side"], language),
                                     party["lawyer_name"]))
        attendance = Attendance.from_json(hearing.get("attendance") or "")
        firm = "（{}）" if language == "zh_CN" else " ({})"
        attendees = [Attendee(speaker_label(p.side, language), p.name, p.present,
                              [a.name + (firm.format(a.firm) if a.firm else "")
                               for a in p.agents if a.present])
                     for p in attendance.people]
        lines = [RecordLine(speaker=speaker_label(s["speaker_role"], language), text=s["text"],
                            start_ms=s["start_ms"], end_ms=s["end_ms"], channel=s["channel"],
                            edited=s["edited_text"] is not None)
                 for s in transcript.record_segments()]
        notes = [RecordNote(at_ms=n["at_ms"], text=n["text"]) for n in transcript.notes()]
        try:  # the courtroom's clock: the offset the hearing was scheduled in
            court_tz = datetime.fromisoformat(hearing["scheduled_at"]).tzinfo
        except (TypeError, ValueError):
            court_tz = None

        def local(stamp: str) -> str:
            # Stored in UTC; the record shows the courtroom's own clock (this PC's when the
            # schedule names no offset), not UTC of a server-like PC.
            try:
                return datetime.fromisoformat(stamp).astimezone(court_tz).isoformat(
                    timespec="seconds")
            except ValueError:
                return stamp

        cited = (self.cited_articles([line.text for line in lines], case.get("facts_on"))
                 if hearing["kind"] == "deliberation" else [])
        self.store.audit(self.user.actor, "hearing.export", "hearings", hearing_id)
        return HearingRecord(
            court=case["court"], case_number=case["case_number"], case_title=case["title"],
            cause=case["cause"], title=hearing["title"], kind=hearing["kind"],
            started_at=local(hearing.get("started_at") or hearing["scheduled_at"]),
            ended_at=local(hearing.get("ended_at") or ""), place=hearing["place"],
            participants=participants, lines=lines, notes=notes,
            signatories=self.signatories(hearing, case_file, language),
            confidential=bool(hearing["confidential"]), language=language,
            session_type=hearing.get("session_type") or "", attendance=attendees,
            attendance_other=attendance.other, cited=cited)

    def cited_articles(self, texts: list[str], on: str | None = None) -> list:
        """The articles these texts cite (each once, in order), in the version in force on
        ``on`` (the case's facts date; None: today), read from this PC's law library. The
        record is exported without them, with a warning in the log, if the library cannot
        be read: the record matters more than its appendix."""
        from courtdesk.laws.citations import CitationParser
        from courtdesk.laws.opening import library_path, open_library
        from courtdesk.laws.records import LawLibraryError
        from courtdesk.laws.references import cited_articles
        from courtdesk.speech.record_export import CitedArticle

        from .profile import profile_dir

        try:
            library, _starter = open_library(self.laws_file or library_path(profile_dir()))
        except LawLibraryError as exc:
            log.warning("deliberation record exported without its cited articles: %s", exc)
            return []
        try:
            parser = CitationParser(library)
            found = cited_articles([r for text in texts for r in parser.links(text, on=on)])
        finally:
            library.close()
        return [CitedArticle(r.law.title, r.article.label, r.version.version_date,
                             r.version.effective_from, r.article.text) for r in found]

    @staticmethod
    def signatories(hearing: dict, case_file, language: str = "zh_CN") -> list:
        """Who signs the record, in the order it prints them: the presiding judge, the
        judges, the clerk (from the case's members), then for a hearing each party followed
        by its agent. Each has a box, and in the official copy a signature field named for
        them (judge-<user id>, clerk-<user id>, party-<party id>, agent-<party id>)."""
        from courtdesk.speech.record_export import Signatory
        from courtdesk.speech.speakers import agent_label, speaker_label

        bench_order = ("presiding_judge", "judge", "people_assessor", "clerk")
        people = []
        for role in bench_order:
            for member in case_file.members:
                if member["role_in_case"] == role:
                    kind = "clerk" if role == "clerk" else "judge"
                    people.append(Signatory(speaker_label(role, language),
                                            member["display_name"],
                                            f"{kind}-{member['user_id']}", role))
        if hearing["kind"] == "deliberation":
            return people
        sides = ("plaintiff", "defendant", "third_party")
        parties = sorted(case_file.parties, key=lambda p: (
            sides.index(p["side"]) if p["side"] in sides else len(sides)))
        for party in parties:
            people.append(Signatory(speaker_label(party["side"], language), party["name"],
                                    f"party-{party['id']}", party["side"]))
            if party["lawyer_name"]:
                people.append(Signatory(agent_label(party["side"], language),
                                        party["lawyer_name"], f"agent-{party['id']}",
                                        f"{party['side']}_agent"))
        return people

    def export(self, hearing_id: str, out: Path, fmt: str, language: str = "zh_CN") -> int:
        """Write the record: fmt "pdf" is the official copy, "review_pdf" the review copy
        with times and edit marks, "txt" and "srt" text; returns pages (PDF) or lines."""
        from courtdesk.signing.evidence import hash_export
        from courtdesk.speech import record_export

        record = self.record_for_export(hearing_id, language)
        if fmt in ("pdf", "review_pdf"):
            count = record_export.export_pdf(record, out, review=fmt == "review_pdf")
        else:
            text = record_export.export_srt(record) if fmt == "srt" else \
                record_export.export_text(record)
            out.write_text(text, encoding="utf-8")
            count = len(record.lines)
        # What was handed out is hashed for the judicial chain, as written.
        hash_export(self.store, hearing_id, Path(out), self.user.actor)
        return count
