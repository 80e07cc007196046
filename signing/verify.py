"""Verifying a signed PDF: who signed, when, whether each signature is intact and trusted, and
whether anything but later signatures changed the file after it (pyHanko's validation with
its modification analysis).

Trust comes from the court's CA (``[signing] court_ca`` in the machine config), or the roots
the caller gives; nothing is fetched from the network (a courtroom PC is often offline).
A PEM file may hold several certificates: the court CA and the timestamp authority's CA.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from pathlib import Path

from .keys import common_name, load_court_ca
from .report import PdfVerification, SignatureStatus

log = logging.getLogger(__name__)

_SUBFILTERS = ("/adbe.pkcs7.detached", "/adbe.pkcs7.sha1", "/ETSI.CAdES.detached",
               "/ETSI.RFC3161")
_MODIFICATION = {"NONE": "none", "LTA_UPDATES": "none",  # validation data, document timestamps
                 "FORM_FILLING": "form_filling", "ANNOTATIONS": "annotations", "OTHER": "other"}
_MODIFICATION_WORDS = {
    "annotations": "annotations or comments were added after it",
    "other": "the document was changed after it (re-saved or edited by another program)",
    "appended": "bytes were appended to the file after it (no later signature made them)",
}
_TRUST_WORDS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "issued by {issuer}, not by the court's CA {ca}",
    "OUT_OF_BOUNDS_NO_POE": "the certificate was not valid at the signing time",
    "OUT_OF_BOUNDS_NOT_REVOKED": "the certificate was not valid at the signing time",
    "EXPIRED": "the certificate had expired",
    "NOT_YET_VALID": "the certificate was not yet valid",
    "REVOKED": "the certificate was revoked",
    "REVOKED_NO_POE": "the certificate was revoked",
    "CHAIN_CONSTRAINTS_FAILURE": "the certificate is not made for signing documents "
                                 "(no nonRepudiation key usage)",
}


def court_trust_roots() -> list:
    """The court CA certificates from the machine config ([signing] court_ca), or []."""
    from courtdesk.app.config import load_config

    path = load_config().signing.court_ca
    return load_court_ca(path) if path else []


def _asn1_certs(roots) -> list:
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    certs = []
    for root in roots:
        if isinstance(root, (str, Path)):
            certs += _asn1_certs(load_court_ca(root))
        elif isinstance(root, asn1_x509.Certificate):
            certs.append(root)
        else:  # a cryptography certificate
            certs.append(asn1_x509.Certificate.load(root.public_bytes(Encoding.DER)))
    return certs


def verify_pdf(path: Path, trust_roots=None) -> PdfVerification:
    """What ``path``'s signatures say. ``trust_roots``: certificates (cryptography or
    asn1crypto) or PEM paths; None: the court CA of the machine config."""

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return PdfVerification(str(path), "", readable=False,
                               problem=f"cannot be read: {exc.strerror or exc}")
    return verify_pdf_bytes(data, str(path), trust_roots)


def verify_pdf_bytes(data: bytes, name: str, trust_roots=None) -> PdfVerification:
    """:func:`verify_pdf` of bytes already in memory (a dossier volume, decrypted from the
    store, is never written out in plain to be checked)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    result = PdfVerification(name, hashlib.sha256(data).hexdigest())
    if b"%PDF-" not in data[:1024]:
        result.readable, result.problem = False, "is not a PDF"
        return result
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            result.readable = False
            result.problem = ("is encrypted (password-protected): its signatures cannot be "
                              "checked; ask for the unencrypted signed file")
            return result
        signatures = _embedded_signatures(reader)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        result.readable, result.problem = False, f"is damaged and cannot be read as a PDF ({exc})"
        return result
    roots = _asn1_certs(court_trust_roots() if trust_roots is None else trust_roots)
    court_ca = common_name(roots[0].subject) if roots else ""
    context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                revocation_mode="soft-fail")
    for embedded in signatures:
        if isinstance(embedded, SignatureStatus):  # one that could not even be parsed
            result.signatures.append(embedded)
        elif embedded.sig_object_type == "/DocTimeStamp":  # added later (late_timestamps)
            result.signatures.append(_check_document_timestamp(embedded, context))
        else:
            result.signatures.append(_check(embedded, context, court_ca))
    return result


def _embedded_signatures(reader) -> list:
    """Every signature in signing order, as pyHanko's reader.embedded_signatures, except
    that a signature whose value cannot even be parsed becomes a broken entry of its own
    instead of making the whole file unreadable (the report says which one broke)."""
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation import EmbeddedPdfSignature

    found = []
    for name, sig_obj, sig_field in enumerate_sig_fields(reader, filled_status=True):
        sig = sig_obj.get_object()
        timestamp = sig.get("/Type") == "/DocTimeStamp"  # checked as such (late_timestamps)
        if not timestamp and sig.get("/SubFilter") not in _SUBFILTERS:
            continue  # unknown kinds, as pyHanko leaves them out
        try:
            embedded = EmbeddedPdfSignature(reader, sig_field, name)
            found.append((_signed_end(sig), embedded))
        except Exception as exc:  # any parse failure means: broken
            log.info("signature %s cannot be parsed", name, exc_info=True)
            found.append((_signed_end(sig), SignatureStatus(
                field=name, signer="?", signer_subject="", issuer="?", signed_at="",
                timestamped=False, intact=False, trusted=False, modification="other",
                problem=f"BROKEN: the signature cannot be read ({exc}); treat it as broken")))
    # In signing order: where each one's signed bytes end.
    return [entry for _, entry in sorted(found, key=lambda item: item[0])]


def _signed_end(sig) -> int:
    try:
        byte_range = [int(v) for v in sig["/ByteRange"]]
        return byte_range[2] + byte_range[3]
    except Exception:  # no byte range: last
        return 1 << 62


def _utc(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _check(embedded, context, court_ca: str) -> SignatureStatus:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        found = validate_pdf_signature(embedded, signer_validation_context=context,
                                       ts_validation_context=context)
    except Exception as exc:  # a signature too damaged to evaluate is a broken one
        log.info("validating %s failed", embedded.field_name, exc_info=True)
        return _damaged(embedded, exc)
    cert = found.signing_cert  # what validation read already: not parsed a second time
    status = SignatureStatus(
        field=embedded.field_name, signer=common_name(cert.subject),
        signer_subject=cert.subject.human_friendly, issuer=common_name(cert.issuer),
        signed_at=_utc(found.signer_reported_dt), timestamped=False, intact=False,
        trusted=False, revision=embedded.signed_revision,
        reason=str(embedded.sig_object.get("/Reason", "") or ""))
    status.intact = bool(found.intact and found.valid)
    status.trusted = bool(found.trusted)
    if not status.trusted:
        status.trust_problem = _trust_words(found, status.issuer, court_ca)
    timestamp = found.timestamp_validity
    if timestamp is not None:
        if timestamp.intact and timestamp.valid and timestamp.trusted:
            status.timestamped = True
            status.signed_at = _utc(timestamp.timestamp)
        else:
            tsa = common_name(timestamp.signing_cert.subject) if timestamp.signing_cert else "?"
            status.timestamp_problem = (
                f"its timestamp from {tsa} is broken" if not timestamp.intact
                else f"its timestamp authority {tsa} is not trusted here")
    level = found.modification_level
    status.modification = _MODIFICATION.get(level.name, "other") if level is not None else ""
    if found.docmdp_ok is False and status.modification in ("none", "form_filling"):
        status.modification = "other"  # the signer's own lock on changes was broken
    status.covers_whole_file = found.coverage == SignatureCoverageLevel.ENTIRE_FILE
    appended = level is not None and level.name == "NONE" and not status.covers_whole_file
    if appended:
        # Bytes after it that change nothing a reader shows (junk after the end, an empty
        # update) still make the file other than what was signed.
        status.modification = "other"
    status.problem = _problem(status, appended)
    return status


def _damaged(embedded, exc: Exception) -> SignatureStatus:
    try:
        cert = embedded.signer_cert
        names = (common_name(cert.subject), cert.subject.human_friendly,
                 common_name(cert.issuer))
    except Exception:  # not even the certificate can be read
        names = ("?", "", "?")
    return SignatureStatus(
        field=embedded.field_name, signer=names[0], signer_subject=names[1], issuer=names[2],
        signed_at="", timestamped=False, intact=False, trusted=False, modification="other",
        revision=embedded.signed_revision,
        problem=f"BROKEN: the signature cannot be checked ({exc}); treat it as broken")


def _check_document_timestamp(embedded, context) -> SignatureStatus:
    """An RFC 3161 document timestamp (a revision of its own after the signatures): it
    vouches that the file up to it, signatures included, existed at its time."""
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = embedded.signer_cert
    status = SignatureStatus(
        field=embedded.field_name, signer=common_name(cert.subject),
        signer_subject=cert.subject.human_friendly, issuer=common_name(cert.issuer),
        signed_at="", timestamped=False, intact=False, trusted=False,
        revision=embedded.signed_revision, reason="document timestamp", kind="timestamp")
    try:
        found = validate_pdf_timestamp(embedded, validation_context=context)
    except Exception as exc:  # a timestamp too damaged to evaluate is a broken one
        log.info("validating timestamp %s failed", embedded.field_name, exc_info=True)
        status.problem = f"the timestamp cannot be checked ({exc}): treat it as broken"
        status.modification = "other"
        return status
    status.intact = bool(found.intact and found.valid)
    status.trusted = bool(found.trusted)
    status.timestamped = status.intact and status.trusted
    status.signed_at = _utc(found.timestamp)
    if not status.trusted:
        status.trust_problem = (f"the timestamp authority {status.signer} is not trusted here "
                                "(its CA is not in the court CA file)")
    level = found.modification_level
    status.modification = _MODIFICATION.get(level.name, "other") if level is not None else ""
    status.covers_whole_file = found.coverage == SignatureCoverageLevel.ENTIRE_FILE
    appended = level is not None and level.name == "NONE" and not status.covers_whole_file
    if appended:  # bytes after the last timestamp: not the file that was timestamped
        status.modification = "other"
    status.problem = _problem(status, appended)
    return status


def _trust_words(found, issuer: str, court_ca: str) -> str:
    if not court_ca:
        return ("no court CA is configured to trust ([signing] court_ca in the machine "
                "config), so no signer can be trusted")
    indic = found.trust_problem_indic
    name = getattr(indic, "name", "")
    words = _TRUST_WORDS.get(name)
    if words:
        return words.format(issuer=issuer, ca=court_ca)
    if not found.valid:
        return "the certificate is not made for signing documents (no nonRepudiation key usage)"
    return f"the certificate does not chain to the court's CA {court_ca}" + (
        f" ({name})" if name else "")


def _problem(status: SignatureStatus, appended: bool = False) -> str:
    if not status.intact:
        return ("BROKEN: the signed bytes were changed after signing (edited, or the file was "
                "re-saved by another program), or the signature is damaged")
    words = []
    if status.modification not in ("none", "form_filling", ""):
        detail = "appended" if appended else status.modification
        words.append(_MODIFICATION_WORDS.get(detail, status.modification))
    if not status.trusted:
        words.append(f"not trusted: {status.trust_problem}")
    return "; ".join(words)
