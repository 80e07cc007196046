"""Translated texts of the casting errors (``casting/errors.py``).

A cast never changes a document, so each text says what is (not) on the room screen and
what the presenter does next: retype the PIN, wait, ask the other presenter, call court IT.
"""

from __future__ import annotations

from .messages import ErrorText, translate


def casting_error_texts() -> dict[str, ErrorText]:
    nothing = translate("ErrorMessages", "Nothing was shown on the room screen.")
    again = translate("ErrorMessages",
                      "Cast again. If it happens again, give the details to court IT.")
    return {
        "cast_error": ErrorText(
            translate("ErrorMessages", "The page could not be shown on the room screen"),
            translate("ErrorMessages", "The room screen shows nothing of yours any more; "
                      "your documents are unchanged."),
            again,
        ),
        "cast_receiver_unreachable": ErrorText(
            translate("ErrorMessages", "No room screen answers at that address"),
            nothing,
            translate("ErrorMessages", "Check the address the room screen shows, and that "
                      "courtdesk runs there as a receiver."),
        ),
        "cast_connection_lost": ErrorText(
            translate("ErrorMessages", "The connection to the room screen was lost"),
            translate("ErrorMessages", "The room screen's PC closed, or the network dropped; "
                      "that screen clears itself. Your documents are unchanged."),
            translate("ErrorMessages", "Check the room screen and the network cable, then "
                      "cast again."),
        ),
        "cast_receiver_cannot_listen": ErrorText(
            translate("ErrorMessages", "This PC cannot receive casts on that port"),
            translate("ErrorMessages", "Another program may be using the port; the screen "
                      "shows nothing."),
            translate("ErrorMessages", "Close that program, or start the receiver with "
                      "another port."),
        ),
        "cast_pin_refused": ErrorText(
            translate("ErrorMessages", "The room screen refused the PIN"),
            nothing,
            translate("ErrorMessages", "Type the 6 digits the room screen shows now; they "
                      "change each time it starts."),
        ),
        "cast_pairing_locked": ErrorText(
            translate("ErrorMessages", "The room screen takes no PIN for a while"),
            translate("ErrorMessages", "Too many wrong PINs were typed; nothing was shown."),
            translate("ErrorMessages", "Wait half a minute, then type the PIN the room "
                      "screen shows."),
        ),
        "cast_certificate_changed": ErrorText(
            translate("ErrorMessages", "This room screen is not the one this PC paired with"),
            translate("ErrorMessages", "Its certificate changed since the last cast; nothing "
                      "was sent to it."),
            translate("ErrorMessages", "If court IT reinstalled the room's PC, forget that "
                      "screen and pair again; otherwise tell court IT at once."),
        ),
        "cast_announcement_mismatch": ErrorText(
            translate("ErrorMessages", "The screen found on the network did not answer at "
                      "its address"),
            translate("ErrorMessages", "Another machine answered there with another "
                      "certificate; nothing was sent and your PIN was not used."),
            translate("ErrorMessages", "Type the address the room screen itself shows. If "
                      "it happens again, tell court IT: something may pose as the room "
                      "screen."),
        ),
        "cast_public_pixels": ErrorText(
            translate("ErrorMessages", "A screen region is not cast to a public screen "
                      "unchecked"),
            translate("ErrorMessages", "Pixels cannot be redacted like a document; nothing "
                      "was shown."),
            translate("ErrorMessages", "Cast the document itself (it is redacted for the "
                      "public), or check that the region shows no ID, phone or bank-card "
                      "numbers and confirm."),
        ),
        "cast_screen_capture_failed": ErrorText(
            translate("ErrorMessages", "This PC's screen cannot be captured"),
            translate("ErrorMessages", "No picture of the region could be taken; nothing "
                      "was shown."),
            translate("ErrorMessages", "Choose a region inside the screen. On a Wayland "
                      "desktop, log in to an X11 session to cast a screen region."),
        ),
        "cast_receiver_busy": ErrorText(
            translate("ErrorMessages", "Someone else is presenting on that screen"),
            translate("ErrorMessages", "One person presents at a time; nothing of yours was "
                      "shown."),
            translate("ErrorMessages", "Ask them to stop presenting, or choose another "
                      "screen."),
        ),
        "cast_document_refused": ErrorText(
            translate("ErrorMessages", "The room screen refused the document"),
            translate("ErrorMessages", "The copy it received did not match the document; "
                      "nothing of it was shown."),
            again,
        ),
        "cast_redaction_incomplete": ErrorText(
            translate("ErrorMessages", "This document cannot be shown on a public screen yet"),
            translate("ErrorMessages", "A scanned page has not been read by OCR, so ID, phone "
                      "and bank card numbers on it cannot be removed; nothing was shown."),
            translate("ErrorMessages", "Run OCR on the document in the dossier, then cast "
                      "again, or choose a screen that is not public."),
        ),
        "cast_receiver_no_screen": ErrorText(
            translate("ErrorMessages", "The room screen's window cannot open"),
            translate("ErrorMessages", "There is no display or no such screen on this PC; "
                      "no one can cast here."),
            translate("ErrorMessages", "Connect and switch on the room screen, start the "
                      "receiver in the PC's desktop session or with another screen number, "
                      "or ask court IT."),
        ),
        "cast_captions_confidential": ErrorText(
            translate("ErrorMessages", "A deliberation is never cast"),
            translate("ErrorMessages", "What the panel says in deliberation is "
                      "confidential; no captions were sent to any screen."),
            translate("ErrorMessages", "Cast captions of a hearing instead."),
        ),
        "cast_protocol_mismatch": ErrorText(
            translate("ErrorMessages", "The room screen runs another version of courtdesk"),
            translate("ErrorMessages", "The two cannot cast to each other; nothing was "
                      "shown."),
            translate("ErrorMessages", "Ask court IT to update courtdesk on this PC or on "
                      "the room's PC."),
        ),
    }
