"""The signing round as a logged-in person runs it: the case's rules around signing/round.py.

Running a round (exporting the record for signing, taking signatures and refusals) is for
those who run the hearing: clerks and presiding judges, or the judges for a deliberation.
The court's seal is for the case's clerk or presiding judge only.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from courtdesk.offline_cache.store import LocalStore
from courtdesk.signing.round import NoRound, SigningRound

from .accounts import User
from .hearings import HearingBook
from .roles import AccessDenied, Role

SEALING_ROLES = frozenset({Role.CLERK.value, Role.PRESIDING_JUDGE.value})


class SigningRoundBook:
    """``station``: this PC's signing-station key (a signing.keys.SigningKey), needed to take
    signatures and refusals; ``tsa_url``: the timestamp authority, if any."""

    def __init__(self, store: LocalStore, user: User, *, station=None, tsa_url: str = "",
                 ) -> None:
        self.store = store
        self.user = user
        self.hearings = HearingBook(store, user)
        self.station = station
        self.tsa_url = tsa_url

    def _options(self, hearing: dict) -> dict:
        case = self.hearings.cases.open_case(hearing["case_id"])
        may_seal = (self.user.role.value in SEALING_ROLES and case.my_role in SEALING_ROLES)
        return {"actor": self.user.actor, "station": self.station, "may_seal": may_seal,
                "tsa_url": self.tsa_url, "court": case.case.get("court", "")}

    def _hearing_to_run(self, hearing_id: str) -> dict:
        hearing = self.hearings.open(hearing_id)
        self.hearings._require_run(hearing)
        return hearing

    def start(self, hearing_id: str, pdf: Path | None = None,
              language: str = "zh_CN") -> SigningRound:
        """Export the official record (with a signature field in every signer's box) to
        ``pdf`` (a new file; by default in the profile's signing folder) and start a round."""
        from courtdesk.speech.record_export import export_pdf

        from .profile import profile_dir

        hearing = self._hearing_to_run(hearing_id)
        if pdf is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            pdf = profile_dir() / "signing" / hearing_id / f"record-{stamp}.pdf"
        pdf = Path(pdf)
        if pdf.exists():
            raise AccessDenied(f"{pdf} exists already: a signing round never writes over a "
                               "file. Choose a new file name.")
        pdf.parent.mkdir(parents=True, exist_ok=True)
        record = self.hearings.record_for_export(hearing_id, language)
        export_pdf(record, pdf)
        signatories = [s for s in record.signatories if getattr(s, "field", "")]
        return SigningRound.start(self.store, hearing_id=hearing_id,
                                  case_id=hearing["case_id"], language=language,
                                  record_path=pdf, signatories=signatories,
                                  **self._options(hearing))

    def current(self, hearing_id: str) -> SigningRound:
        """The hearing's latest round; NoRound when its record was never exported for one."""
        hearing = self._hearing_to_run(hearing_id)
        found = SigningRound.latest(self.store, hearing_id, **self._options(hearing))
        if found is None:
            raise NoRound(f"The record of hearing {hearing_id} has not been exported for "
                          "signing yet. Start the round first (courtdesk sign round "
                          f"{hearing_id}); it exports the official record.")
        return found

    def current_or_start(self, hearing_id: str, pdf: Path | None = None,
                         language: str = "zh_CN") -> tuple[SigningRound, bool]:
        try:
            return self.current(hearing_id), False
        except NoRound:
            return self.start(hearing_id, pdf, language), True
