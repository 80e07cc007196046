"""The signing round as a logged-in person runs it: the case's rules around signing/round.py.

Running a round (exporting the record for signing, taking signatures and refusals) is for
those who run the hearing: clerks and presiding judges, or the judges for a deliberation.
The court's seal is for the case's clerk or presiding judge only.
"""

from __future__ import annotations

from pathlib import Path

from courtdesk.common.roles import Role
from courtdesk.offline_cache.errors import AccessDenied
from courtdesk.offline_cache.store import LocalStore
from courtdesk.signing.round import NoRound, RoundError, SigningRound

from .accounts import User
from .config import DEMO_SIGNING_FOLDER, signing_config
from .hearings import HearingBook

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

    def start(self, hearing_id: str, pdf: Path | None,
              language: str = "zh_CN") -> SigningRound:
        """Export the official record (with a signature field in every signer's box) to
        ``pdf`` (a new file, where the clerk files records: never inside the encrypted
        profile) and start a round; each signature's file is written beside it."""
        from courtdesk.speech.record_export import export_pdf

        hearing = self._hearing_to_run(hearing_id)
        if pdf is None:
            raise RoundError("Say where to export the record for signing (a new PDF file "
                             "where you file records, e.g. --pdf FILE): the round writes the "
                             "signed copies beside it. Nothing was exported.")
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

    def start_on_export(self, hearing_id: str, pdf: Path,
                        language: str = "zh_CN") -> SigningRound:
        """A round on the official record just exported at ``pdf`` (every official copy has
        a signature field in each signer's box): the file the clerk saved is the one signed."""
        hearing = self._hearing_to_run(hearing_id)
        record = self.hearings.record_for_export(hearing_id, language)
        signatories = [s for s in record.signatories if getattr(s, "field", "")]
        return SigningRound.start(self.store, hearing_id=hearing_id,
                                  case_id=hearing["case_id"], language=language,
                                  record_path=Path(pdf), signatories=signatories,
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

    def seal(self, found: SigningRound, key) -> tuple[Path, dict]:
        """Seal the round's record with the court's key, then file the sealed record in the
        case's dossier byte for byte, so it syncs to the court's server like any volume and
        every PC that pulls it can verify it. Returns the sealed file and the volume."""
        from .dossier_book import DossierBook

        sealed = found.seal(key)
        hearing = self.hearings.open(found.hearing_id)
        title = _SEALED_TITLE.get(found.language, _SEALED_TITLE["zh_CN"]).format(
            title=hearing["title"])
        filed = DossierBook(self.store, self.user).add_signed_record(
            hearing["case_id"], sealed, title)
        from courtdesk.signing.late_timestamps import link_document

        link_document(self.store, found.id, filed.document["id"])  # a timestamp still owed
        return sealed, filed.document

    def current_or_start(self, hearing_id: str, pdf: Path | None = None,
                         language: str = "zh_CN") -> tuple[SigningRound, bool]:
        try:
            return self.current(hearing_id), False
        except NoRound:
            return self.start(hearing_id, pdf, language), True


# The sealed record's name in the dossier, in the record's own language.
_SEALED_TITLE = {"zh_CN": "{title}笔录（已签名盖章）", "ko": "{title} 조서(서명·날인본)",
                 "en": "{title} record (signed and sealed)"}


# -- this PC's signing keys -----------------------------------------------------------------
STATION_KEYRING_SERVICE = "courtdesk-signing-station"


class StationKeyUnavailable(RoundError):
    code = "round_station_password"


def station_password(config, password_file: str = "") -> bytes:
    """The station key's password: from ``password_file`` (scripts), the system keyring
    (where court IT keeps it), or the demo's published password for the demo's own key."""
    from .cli_common import read_secret_file
    from .demo import DEMO_PASSWORD

    if password_file:
        return read_secret_file(password_file).encode()
    if Path(config.station_p12).parent.name == DEMO_SIGNING_FOLDER:
        return DEMO_PASSWORD.encode()
    try:
        import keyring

        stored = keyring.get_password(STATION_KEYRING_SERVICE, str(config.station_p12))
    except Exception:  # no usable keyring backend: said below like a missing entry
        stored = None
    if not stored:
        raise StationKeyUnavailable(
            "The signing-station key's password is not in this PC's keyring, so signatures "
            "cannot be taken here. Court IT keeps it there with: courtdesk config "
            "station-password.")
    return stored.encode()


def open_station_key(config=None, password_file: str = ""):
    """This PC's station key (signing.keys.SigningKey), checked against the court's CA;
    None when the PC has none."""
    from courtdesk.signing.keys import open_p12

    config = config or signing_config()
    if not config.station_p12:
        return None
    return open_p12(config.station_p12, station_password(config, password_file),
                    court_ca=config.court_ca or None)
