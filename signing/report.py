"""What verifying a PDF found, in plain data the CLI prints as JSON and the viewer shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class SignatureStatus:
    field: str                  # the signature field's name in the PDF
    signer: str                 # the certificate subject's common name (CJK kept as is)
    signer_subject: str         # the whole subject, for the detail view
    issuer: str
    signed_at: str              # ISO 8601 UTC: the timestamp's time if any, else the claimed time
    timestamped: bool           # an RFC 3161 timestamp vouches for signed_at
    intact: bool                # the signed bytes hash to what was signed, signature checks out
    trusted: bool               # the certificate chains to the court CA in force
    trust_problem: str = ""     # why not trusted (expired, other CA, no non-repudiation, ...)
    # What changed after this signature: "none", "form_filling", "annotations" or "other".
    modification: str = ""
    covers_whole_file: bool = False
    revision: int = 0           # which incremental revision this signature closed (1 = first)
    reason: str = ""
    kind: str = "pades"         # "pades" (in the PDF) or "sm2" (the seal beside it)
    problem: str = ""           # what is wrong with it, in words ("" when ok)
    timestamp_problem: str = ""  # a timestamp that is there but does not vouch (and why)

    @property
    def ok(self) -> bool:
        # Later signers filling their own fields is fine; any other change is not.
        return self.intact and self.trusted and self.modification in ("none", "form_filling")


@dataclass
class PdfVerification:
    path: str
    sha256: str
    readable: bool = True
    problem: str = ""           # a corrupt or encrypted file: what is wrong, in words
    signatures: list[SignatureStatus] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def ok(self) -> bool:
        """Exit 0 of ``courtdesk verify``: signed, every signature intact and trusted, and
        nothing but signing changed the file after the first signature."""
        return self.readable and self.signed and all(s.ok for s in self.signatures)

    def to_json(self) -> dict:
        data = asdict(self)
        data["signed"] = self.signed
        data["ok"] = self.ok
        for entry, status in zip(data["signatures"], self.signatures, strict=True):
            entry["ok"] = status.ok
        return data
