"""Why signing could not go ahead: one class, one ``code`` per cause a person can act on.

Nothing is ever signed half-way: every error here is raised before the signed file exists,
and the document being signed is never written.
"""

from __future__ import annotations

from courtdesk.offline_cache.errors import CourtdeskError


class SigningError(CourtdeskError):
    code = "signing_error"


# -- the key ------------------------------------------------------------------------------
class KeyFileMissing(SigningError):
    code = "key_file_missing"


class NotPkcs12(SigningError):
    """The file is not a PKCS#12 (.p12/.pfx) key file at all."""

    code = "not_pkcs12"


class WrongKeyPassword(SigningError):
    code = "wrong_key_password"


class Pkcs11ModuleUnusable(SigningError):
    """The token vendor's PKCS#11 library is missing or will not load."""

    code = "pkcs11_module_unusable"


class TokenNotFound(SigningError):
    """No token with that label is plugged in."""

    code = "token_not_found"


class WrongPin(SigningError):
    code = "wrong_pin"


class PinLocked(SigningError):
    code = "pin_locked"


class PinFinalTry(SigningError):
    """The token says one more wrong PIN locks it: courtdesk does not spend that try."""

    code = "pin_final_try"


class KeyNotOnToken(SigningError):
    code = "key_not_on_token"


# -- the certificate ----------------------------------------------------------------------
class CertificateExpired(SigningError):
    code = "certificate_expired"


class CertificateNotYetValid(SigningError):
    code = "certificate_not_yet_valid"


class CertificateNotForSigning(SigningError):
    """No nonRepudiation key usage: not a certificate for signing documents."""

    code = "certificate_not_for_signing"


class CertificateOtherCa(SigningError):
    code = "certificate_other_ca"


class CourtCaUnreadable(SigningError):
    code = "court_ca_unreadable"


# -- the document -------------------------------------------------------------------------
class PdfUnreadable(SigningError):
    code = "pdf_unreadable"


class PdfEncrypted(SigningError):
    code = "pdf_encrypted"


class FieldAlreadySigned(SigningError):
    code = "field_already_signed"


class FieldUnknown(SigningError):
    code = "field_unknown"


class OutputIsSource(SigningError):
    code = "output_is_source"


class SignedFileUnwritable(SigningError):
    code = "signed_file_unwritable"


# -- the timestamp ------------------------------------------------------------------------
class TimestampUnreachable(SigningError):
    """The timestamp authority did not answer: the caller may sign now and add the timestamp
    at the next connection (nothing was written)."""

    code = "tsa_unreachable"


class TimestampRefused(SigningError):
    """The timestamp authority answered, but not with a usable timestamp."""

    code = "tsa_refused"
