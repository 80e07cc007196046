"""Translated texts of the signing errors (``signing/errors.py``, ``signing/ink.py``).

Nothing is ever signed half-way and the document being signed is never written, so each text
can say that the record is unchanged; what differs is what the clerk does next (retype the
password, plug in the USB key, ask court IT for a new certificate).
"""

from __future__ import annotations

from .messages import ErrorText, translate


def signing_error_texts() -> dict[str, ErrorText]:
    texts = _key_texts()
    texts.update(_certificate_texts())
    texts.update(_document_texts())
    texts.update(_sm2_texts())
    texts.update(_round_texts())
    return texts


def _nothing_signed() -> str:
    return translate("ErrorMessages", "Nothing was signed; the record is unchanged.")


def _key_texts() -> dict[str, ErrorText]:
    nothing = _nothing_signed()
    return {
        "signing_error": ErrorText(
            translate("ErrorMessages", "The record could not be signed"),
            nothing,
            translate("ErrorMessages",
                      "Try again. If it happens again, give the details to court IT."),
        ),
        "key_file_missing": ErrorText(
            translate("ErrorMessages", "The court seal's key file cannot be found"),
            nothing,
            translate("ErrorMessages",
                      "Choose the seal's .p12 or .pfx file, or ask court IT to correct the path "
                      "in this PC's configuration."),
        ),
        "not_pkcs12": ErrorText(
            translate("ErrorMessages", "This file is not a seal key file"),
            nothing,
            translate("ErrorMessages",
                      "Choose the court seal's .p12 or .pfx file, not a certificate file."),
        ),
        "wrong_key_password": ErrorText(
            translate("ErrorMessages", "Wrong password for the seal key file"),
            nothing,
            translate("ErrorMessages",
                      "Type the password again; check the keyboard layout and Caps Lock."),
        ),
        "pkcs11_module_unusable": ErrorText(
            translate("ErrorMessages", "The USB key's driver does not work on this PC"),
            nothing,
            translate("ErrorMessages",
                      "Ask court IT to install the USB key's driver, or to correct the driver "
                      "named in this PC's configuration."),
        ),
        "token_not_found": ErrorText(
            translate("ErrorMessages", "The court's USB key is not plugged in"),
            nothing,
            translate("ErrorMessages", "Plug in the USB key, wait a moment, and seal again."),
        ),
        "wrong_pin": ErrorText(
            translate("ErrorMessages", "Wrong PIN for the USB key"),
            translate("ErrorMessages",
                      "Nothing was signed. Each wrong PIN uses up one of the key's tries; "
                      "after the last one it locks."),
            translate("ErrorMessages",
                      "Type the PIN again carefully. If you are not sure of it, ask court IT "
                      "before you try again."),
        ),
        "wrong_pin_low": ErrorText(
            translate("ErrorMessages", "Wrong PIN: only a few tries are left"),
            translate("ErrorMessages",
                      "Nothing was signed. The USB key locks after a few more wrong PINs."),
            translate("ErrorMessages", "Check the PIN with court IT before you try again."),
        ),
        "wrong_pin_final_try": ErrorText(
            translate("ErrorMessages", "Wrong PIN: one more wrong PIN locks the USB key"),
            translate("ErrorMessages",
                      "Nothing was signed. The key is not locked yet, but the next wrong PIN "
                      "locks it."),
            translate("ErrorMessages",
                      "Do not try again until court IT has confirmed the PIN."),
        ),
        "pin_locked": ErrorText(
            translate("ErrorMessages", "The USB key is locked"),
            translate("ErrorMessages",
                      "Too many wrong PINs were typed; the key cannot sign until it is "
                      "unlocked. Nothing was signed."),
            translate("ErrorMessages",
                      "Ask court IT to unlock it (this needs the key's administrator PIN or "
                      "the court's certificate authority)."),
        ),
        "pin_final_try": ErrorText(
            translate("ErrorMessages",
                      "The PIN was not tried: one more wrong PIN would lock the USB key"),
            translate("ErrorMessages",
                      "courtdesk does not spend a USB key's last try. Nothing was signed and "
                      "the key is not locked."),
            translate("ErrorMessages",
                      "Confirm the PIN with court IT first, then seal with the key's own tool, "
                      "which asks before the last try."),
        ),
        "key_not_on_token": ErrorText(
            translate("ErrorMessages", "The seal key is not on this USB key"),
            nothing,
            translate("ErrorMessages",
                      "Plug in the court's seal key, or ask court IT to check the key name in "
                      "this PC's configuration."),
        ),
    }


def _certificate_texts() -> dict[str, ErrorText]:
    ask_it = translate("ErrorMessages",
                       "Use the court seal's own key file or USB key; ask court IT if you are "
                       "not sure which one.")
    return {
        "certificate_expired": ErrorText(
            translate("ErrorMessages", "The seal's certificate has expired"),
            translate("ErrorMessages",
                      "A signature made with it would not be valid. Nothing was signed."),
            translate("ErrorMessages", "Ask court IT for the court's renewed certificate."),
        ),
        "certificate_not_yet_valid": ErrorText(
            translate("ErrorMessages", "The seal's certificate is not valid yet"),
            translate("ErrorMessages",
                      "A signature made with it would not be valid. Nothing was signed."),
            translate("ErrorMessages",
                      "Check this PC's date and time; if they are right, ask court IT."),
        ),
        "certificate_not_for_signing": ErrorText(
            translate("ErrorMessages", "This certificate may not sign documents"),
            translate("ErrorMessages",
                      "It lacks the non-repudiation use that a document signature needs. "
                      "Nothing was signed."),
            ask_it,
        ),
        "certificate_other_ca": ErrorText(
            translate("ErrorMessages", "This certificate was not issued by the court's CA"),
            translate("ErrorMessages",
                      "A signature made with it would not verify as the court's. Nothing was "
                      "signed."),
            ask_it,
        ),
        "court_ca_unreadable": ErrorText(
            translate("ErrorMessages", "The court's CA certificate cannot be read"),
            translate("ErrorMessages",
                      "Without it courtdesk cannot check the seal's certificate. Nothing was "
                      "signed."),
            translate("ErrorMessages",
                      "Ask court IT to check the court CA file named in this PC's "
                      "configuration."),
        ),
    }


def _document_texts() -> dict[str, ErrorText]:
    nothing = _nothing_signed()
    export_again = translate("ErrorMessages",
                             "Export the official record again and start the signatures on "
                             "the new file.")
    return {
        "pdf_unreadable": ErrorText(
            translate("ErrorMessages", "The record file cannot be read"),
            translate("ErrorMessages",
                      "It may be damaged, or changed by another program. Nothing was signed."),
            export_again,
        ),
        "pdf_encrypted": ErrorText(
            translate("ErrorMessages", "The record file is protected by a password"),
            nothing,
            export_again,
        ),
        "field_already_signed": ErrorText(
            translate("ErrorMessages", "This box has already been signed"),
            translate("ErrorMessages",
                      "A signature is never signed over; the record is unchanged."),
            translate("ErrorMessages", "Look at the list again: this person has signed."),
        ),
        "field_unknown": ErrorText(
            translate("ErrorMessages", "The record has no signature box for this person"),
            nothing,
            export_again,
        ),
        "output_is_source": ErrorText(
            translate("ErrorMessages",
                      "The signed record would replace the record it was made from"),
            translate("ErrorMessages",
                      "courtdesk never writes over a document it signs. Nothing was signed."),
            translate("ErrorMessages", "Choose another file name or folder."),
        ),
        "signed_file_unwritable": ErrorText(
            translate("ErrorMessages", "The signed record could not be saved"),
            translate("ErrorMessages",
                      "The folder may be read-only or the disk full. Nothing was signed; the "
                      "record is unchanged."),
            translate("ErrorMessages",
                      "Free some space on the disk, or ask court IT about the folder, then "
                      "sign again."),
        ),
        "tsa_unreachable": ErrorText(
            translate("ErrorMessages", "The timestamp server cannot be reached"),
            translate("ErrorMessages",
                      "Nothing was signed yet. Without the server the signature carries this "
                      "PC's time only until a timestamp is added."),
            translate("ErrorMessages",
                      "Check the network and seal again; if the server stays down, ask court "
                      "IT."),
        ),
        "tsa_refused": ErrorText(
            translate("ErrorMessages", "The timestamp server refused to timestamp"),
            nothing,
            translate("ErrorMessages",
                      "Try again later, or ask court IT to check the timestamp server."),
        ),
        "ink_invalid": ErrorText(
            translate("ErrorMessages", "The handwritten signature could not be read"),
            nothing,
            translate("ErrorMessages", "Have the person sign again on the pad."),
        ),
        "ink_empty": ErrorText(
            translate("ErrorMessages", "The signature pad is empty"),
            nothing,
            translate("ErrorMessages",
                      "Have the person sign in the box, then press Sign."),
        ),
    }


def signing_text_code(code: str, params: dict | None) -> str:
    """A wrong PIN reads by how close the USB key is to locking."""
    state = str((params or {}).get("pin_state") or "")
    if code == "wrong_pin" and state in ("low", "final_try"):
        return f"wrong_pin_{state}"
    return code


def _sm2_texts() -> dict[str, ErrorText]:
    no_seal = translate("ErrorMessages",
                        "The SM2 seal was not made; the signed PDF itself is unchanged and "
                        "valid.")
    ask_it = translate("ErrorMessages",
                       "Ask court IT for the court's SM2 key and certificate files, or to "
                       "correct the paths given.")
    return {
        "sm2_seal_error": ErrorText(
            translate("ErrorMessages", "The SM2 seal could not be made"), no_seal, ask_it),
        "sm2_key_unreadable": ErrorText(
            translate("ErrorMessages", "The SM2 key file cannot be used"), no_seal, ask_it),
        "sm2_certificate_unreadable": ErrorText(
            translate("ErrorMessages", "The SM2 certificate cannot be read"), no_seal, ask_it),
        "sm2_key_mismatch": ErrorText(
            translate("ErrorMessages", "The SM2 key does not belong to its certificate"),
            no_seal, ask_it),
    }


def _round_texts() -> dict[str, ErrorText]:
    nothing = translate("ErrorMessages", "Nothing was recorded; the record is unchanged.")
    station_fix = translate("ErrorMessages",
                            "Ask court IT to set up this PC's signing-station key; until then "
                            "signatures are taken on another courtroom PC.")
    export_again = translate("ErrorMessages",
                             "Export the official record again and start the signatures on "
                             "the new file.")
    return {
        "signing_round": ErrorText(
            translate("ErrorMessages", "The signatures could not be recorded"),
            nothing,
            translate("ErrorMessages",
                      "Try again. If it happens again, give the details to court IT."),
        ),
        "round_unknown_signer": ErrorText(
            translate("ErrorMessages", "This person does not sign this record"),
            nothing,
            translate("ErrorMessages", "Choose the person from the list of signers."),
        ),
        "round_already_signed": ErrorText(
            translate("ErrorMessages", "This person has already signed or refused"),
            nothing,
            translate("ErrorMessages", "Look at the list again: it shows what was recorded."),
        ),
        "round_sealed": ErrorText(
            translate("ErrorMessages", "The record is already sealed"),
            translate("ErrorMessages",
                      "No one can sign a sealed record; nothing was recorded."),
            export_again,
        ),
        "round_seal_not_allowed": ErrorText(
            translate("ErrorMessages", "Only the clerk or presiding judge may seal"),
            translate("ErrorMessages", "The record was not sealed."),
            translate("ErrorMessages",
                      "Ask the case's clerk or presiding judge to seal it."),
        ),
        "round_signers_waiting": ErrorText(
            translate("ErrorMessages", "Not everyone has signed yet"),
            translate("ErrorMessages",
                      "The court seals last; the record was not sealed."),
            translate("ErrorMessages",
                      "Have each waiting person sign, or record their refusal, then seal."),
        ),
        "round_note_required": ErrorText(
            translate("ErrorMessages", "Write down why the person refuses"),
            translate("ErrorMessages",
                      "The note goes on the record; without it nothing was recorded."),
            translate("ErrorMessages", "Write the note, then record the refusal again."),
        ),
        "round_no_station_key": ErrorText(
            translate("ErrorMessages", "This PC has no signing-station key"),
            translate("ErrorMessages",
                      "Signatures on the pad are signed with it, so none can be taken here. "
                      "Nothing was recorded."),
            station_fix,
        ),
        "round_station_password": ErrorText(
            translate("ErrorMessages", "The signing-station key cannot be opened"),
            translate("ErrorMessages",
                      "Its password is not in this PC's keyring, so no signature can be taken "
                      "here. Nothing was recorded."),
            station_fix,
        ),
        "round_no_record": ErrorText(
            translate("ErrorMessages", "The record has not been exported for signing yet"),
            nothing,
            translate("ErrorMessages",
                      "Export the record as PDF (official copy); the signatures are collected "
                      "on that file."),
        ),
        "round_file_missing": ErrorText(
            translate("ErrorMessages", "The signed record's latest file is gone"),
            translate("ErrorMessages",
                      "It was moved, deleted or changed, and this PC holds no copy of it. "
                      "Nothing was recorded."),
            export_again,
        ),
    }
