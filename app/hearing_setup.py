"""What a hearing is set up with before it starts: its title, kind of session, room, time and
who appeared (到庭情况), as the set-up dialog and `courtdesk hearing new` give them.

The attendance is kept on the hearing as JSON (one synced column): who was expected is the
case's parties and their lawyers, each marked present or not, plus anyone else in the clerk's
words. The record prints it at its head.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

# The kinds of session a record is made of; "deliberation" is the judges' own (kind
# "deliberation", confidential), every other one a hearing the clerk records.
SESSION_TYPES = ("trial", "mediation", "pronouncement", "inquiry", "deliberation")
_TITLES = {
    "zh_CN": {"trial": "开庭", "mediation": "调解", "pronouncement": "宣判", "inquiry": "询问",
              "deliberation": "合议庭评议"},
    "ko": {"trial": "변론", "mediation": "조정", "pronouncement": "선고", "inquiry": "심문",
           "deliberation": "합의"},
    "en": {"trial": "Hearing", "mediation": "Mediation", "pronouncement": "Pronouncement",
           "inquiry": "Inquiry", "deliberation": "Deliberation"},
}
MAX_ATTENDANCE_CHARS = 20_000  # a party list, not a document


class SetupError(ValueError):
    """A set-up value that cannot be used; the message says which and what to give."""


def kind_of(session_type: str) -> str:
    return "deliberation" if session_type == "deliberation" else "hearing"


def default_title(session_type: str, language: str = "zh_CN",
                  when: datetime | None = None) -> str:
    """'开庭 2026-12-08 09:00' / 'Hearing 2026-12-08 09:00': the session and its time."""
    names = _TITLES.get(language, _TITLES["zh_CN"])
    when = when or datetime.now()
    return f"{names.get(session_type, names['trial'])} {when.strftime('%Y-%m-%d %H:%M')}"


@dataclass
class AgentPresence:
    name: str
    firm: str = ""
    present: bool = True


@dataclass
class PartyPresence:
    party_id: str
    side: str
    name: str
    present: bool = True
    agents: list[AgentPresence] = field(default_factory=list)


@dataclass
class Attendance:
    people: list[PartyPresence] = field(default_factory=list)
    other: str = ""

    @property
    def taken(self) -> bool:
        return bool(self.people or self.other.strip())

    def to_json(self) -> str:
        if not self.taken:
            return ""
        return json.dumps({"people": [
            {"party_id": p.party_id, "side": p.side, "name": p.name, "present": p.present,
             "agents": [{"name": a.name, "firm": a.firm, "present": a.present}
                        for a in p.agents]} for p in self.people],
            "other": self.other.strip()}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Attendance:
        """The stored attendance; '' (not taken) or a damaged value is an empty one."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        people = []
        for p in data.get("people") or []:
            if not isinstance(p, dict):
                continue
            agents = [AgentPresence(str(a.get("name", "")), str(a.get("firm", "")),
                                    bool(a.get("present", True)))
                      for a in p.get("agents") or [] if isinstance(a, dict) and a.get("name")]
            people.append(PartyPresence(str(p.get("party_id", "")), str(p.get("side", "")),
                                        str(p.get("name", "")), bool(p.get("present", True)),
                                        agents))
        return cls(people, str(data.get("other") or ""))

    @classmethod
    def of_case(cls, parties: list[dict], present: bool = True) -> Attendance:
        """Every party of the case and its lawyer, all marked ``present``."""
        return cls([PartyPresence(p["id"], p["side"], p["name"], present,
                                  [AgentPresence(p["lawyer_name"], p.get("lawyer_firm", ""),
                                                 present)] if p.get("lawyer_name") else [])
                    for p in parties])

    def only(self, absent_names: set[str]) -> Attendance:
        """This attendance with the named parties and lawyers marked absent."""
        for person in self.people:
            person.present = person.present and person.name not in absent_names
            for agent in person.agents:
                agent.present = agent.present and agent.name not in absent_names
        return self


@dataclass
class HearingSetup:
    """A new hearing as the clerk set it up."""

    session_type: str = "trial"
    title: str = ""  # '' is the default title for the session and time
    place: str | None = None  # None: this PC's court and courtroom
    scheduled_at: str = ""  # ISO 8601; '' is now
    attendance: Attendance = field(default_factory=Attendance)

    def check(self) -> None:
        if self.session_type not in SESSION_TYPES:
            raise SetupError(f"The session type {self.session_type!r} is not one courtdesk "
                             f"knows: use one of {', '.join(SESSION_TYPES)}.")
        if self.scheduled_at:
            try:
                datetime.fromisoformat(self.scheduled_at)
            except ValueError:
                raise SetupError(f"The scheduled time {self.scheduled_at!r} is not a date and "
                                 "time: write it as 2026-12-08T09:00.") from None
        if len(self.attendance.to_json()) > MAX_ATTENDANCE_CHARS:
            raise SetupError("The attendance list is too long to keep with the hearing: "
                             "shorten the other people present.")
