"""Dossier errors a clerk or judge can act on.

Each says what failed, what it means for the dossier (nothing was stored, the rest of the
dossier is untouched) and what to do. The GUI looks the text up by ``code``.
"""

from __future__ import annotations

from courtdesk.offline_cache.errors import CourtdeskError


class DossierError(CourtdeskError):
    code = "dossier_error"


class ImportRefused(DossierError):
    """The file was not imported; nothing of it was stored."""

    code = "dossier_import_refused"


class PasswordRequired(ImportRefused):
    code = "dossier_password_required"


class WrongPassword(ImportRefused):
    code = "dossier_wrong_password"


class DocumentNotFound(DossierError):
    code = "dossier_document_not_found"


class PageOutOfRange(DossierError):
    code = "dossier_page_out_of_range"


class OcrUnavailable(DossierError):
    code = "dossier_ocr_unavailable"


class AnnotationError(DossierError):
    code = "dossier_annotation"


class CatalogError(DossierError):
    code = "dossier_catalog"


class NotSigned(ImportRefused):
    """A file offered as a signed record carries no signature."""

    code = "dossier_not_signed"


class SignedKeptAsIs(DossierError):
    """A signed volume is never rewritten (clean-up would break its signatures)."""

    code = "dossier_signed_kept_as_is"
