"""Translated texts of the dossier's error codes (``dossier/errors.py``).

The source files of a dossier are never changed, so each text can say that nothing of the
dossier was lost; the core's English (which file, which page) stays in the details.
"""

from __future__ import annotations

from .messages import ErrorText, translate


def dossier_error_texts() -> dict[str, ErrorText]:
    not_imported = translate("ErrorMessages",
                             "The file was not imported. Nothing in the dossier changed.")
    return {
        "dossier_error": ErrorText(
            translate("ErrorMessages", "The case file could not do that"),
            translate("ErrorMessages",
                      "The last action on the dossier did not complete. The dossier's files "
                      "and your annotations are unchanged."),
            translate("ErrorMessages",
                      "Try again. If it happens again, give the details to court IT."),
        ),
        "dossier_import_refused": ErrorText(
            translate("ErrorMessages", "This file cannot be imported into the dossier"),
            not_imported,
            translate("ErrorMessages",
                      "The file may be damaged or not a PDF or scan. Ask whoever sent it for "
                      "a new copy, or scan the paper again."),
        ),
        "dossier_password_required": ErrorText(
            translate("ErrorMessages", "This PDF is protected by a password"),
            not_imported,
            translate("ErrorMessages",
                      "Enter the file's password when asked and import it again."),
        ),
        "dossier_wrong_password": ErrorText(
            translate("ErrorMessages", "The password does not open this PDF"),
            not_imported,
            translate("ErrorMessages",
                      "Check the password with whoever sent the file and import it again."),
        ),
        "dossier_document_not_found": ErrorText(
            translate("ErrorMessages", "This dossier volume is no longer on this computer"),
            translate("ErrorMessages",
                      "It was removed, or it has not arrived from the court's server yet. "
                      "Nothing else in the dossier is affected."),
            translate("ErrorMessages",
                      "Choose the case again to refresh the list of volumes, or sync."),
        ),
        "dossier_page_out_of_range": ErrorText(
            translate("ErrorMessages", "There is no such page in this volume"),
            translate("ErrorMessages", "Nothing was changed."),
            translate("ErrorMessages",
                      "Pick a page from the page list or the catalog of this volume."),
        ),
        "dossier_ocr_unavailable": ErrorText(
            translate("ErrorMessages", "Scanned pages cannot be read (OCR) on this computer"),
            translate("ErrorMessages",
                      "Scanned pages can be read and annotated, but their text cannot be "
                      "searched. Everything else in the dossier works."),
            translate("ErrorMessages",
                      "Ask court IT to install Tesseract OCR with the Chinese and Korean "
                      "language data; \"courtdesk doctor\" checks it."),
        ),
        "dossier_annotation": ErrorText(
            translate("ErrorMessages", "The annotation could not be saved"),
            translate("ErrorMessages",
                      "This annotation was not saved; your other annotations and the file "
                      "are unchanged."),
            translate("ErrorMessages",
                      "Draw or write it again on the page. If it keeps failing, give the "
                      "details to court IT."),
        ),
        "dossier_not_signed": ErrorText(
            translate("ErrorMessages", "This file is not signed"),
            translate("ErrorMessages",
                      "It carries no electronic signature, so it was not filed as a signed "
                      "record. Nothing in the dossier changed."),
            translate("ErrorMessages",
                      "Finish the signing round first, or import the file as an ordinary "
                      "volume."),
        ),
        "dossier_signed_kept_as_is": ErrorText(
            translate("ErrorMessages", "A signed volume is not cleaned up"),
            translate("ErrorMessages",
                      "Cleaning would make a copy without its signatures, so none was made. "
                      "The signed file stays exactly as it was received, and its scanned pages "
                      "are still searchable once OCR has read them."),
            translate("ErrorMessages",
                      "Read the signed volume as it is. If a page is hard to read, ask for a "
                      "better copy signed again."),
        ),
        "dossier_catalog": ErrorText(
            translate("ErrorMessages", "The catalog could not be changed"),
            translate("ErrorMessages",
                      "The volume's catalog is as it was; the file itself is unchanged."),
            translate("ErrorMessages",
                      "Choose the volume again and retry the change."),
        ),
    }
