"""Translated error messages, looked up by the core errors' stable ``code``.

Each says what failed, what it means for the person's work, and what to do (STYLE.md,
rule 13). The core's English message, with its paths and keys, goes into the box's
details section for court IT; the person reads their own language first.

Every place in ui/ that shows an error goes through here: :func:`error_box` for a dialog,
:func:`describe` plus :meth:`ShownError.as_html` for a banner or status line (its "Details"
link opens the same box). Every code the core raises, the case server sends or the hearing
session emits has its own text in the tables below and in every language
(``tests/ui/test_ui_error_texts.py`` finds the codes in the code and checks).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .translation import counted

translate = QCoreApplication.translate

DETAILS_LINK = "courtdesk-error-details"  # the href of a banner's "Details" link


@dataclass(frozen=True)
class ErrorText:
    title: str  # what failed
    meaning: str  # what it means for the work
    action: str  # what to do


def error_texts(count: int = 1) -> dict[str, ErrorText]:
    """Every code that has a text of its own, translated into the current UI language.

    ``count`` is the number a text with %n counts (the minutes of a login's wait).
    Other tables join below (the dossier's, the sync's); a new code gets its entry here or
    there, and the test finds a code without one.
    """
    texts = {
        "wrong_passphrase": ErrorText(
            translate("ErrorMessages", "Wrong passphrase for the local store"),
            translate("ErrorMessages",
                      "The passphrase did not unlock the encrypted case store. Nothing in the "
                      "store was changed."),
            translate("ErrorMessages",
                      "Check the keyboard layout and Caps Lock, then start courtdesk again. A "
                      "lost passphrase cannot be recovered; cases already synced remain safe on "
                      "the court's server."),
        ),
        "store_damaged": ErrorText(
            translate("ErrorMessages", "The local store is damaged"),
            translate("ErrorMessages",
                      "courtdesk cannot read the encrypted case store on this computer and has "
                      "changed nothing in it. Work already synced is safe on the court's server."),
            translate("ErrorMessages",
                      "Do not delete or move the profile folder. Ask court IT to restore the "
                      "store from the court's server; what this computer had not yet synced is "
                      "lost unless a backup holds it. The details below name the file and what "
                      "was not synced."),
        ),
        "store_unwritable": ErrorText(
            translate("ErrorMessages", "courtdesk cannot write to its data folder"),
            translate("ErrorMessages",
                      "Changes cannot be saved while the folder is read-only or unreachable. "
                      "Nothing already saved was lost."),
            translate("ErrorMessages",
                      "Ask court IT to fix the permissions or the disk named in the details, then "
                      "start courtdesk again."),
        ),
        "store_full": ErrorText(
            translate("ErrorMessages", "The disk is full"),
            translate("ErrorMessages",
                      "The last change was not saved; everything saved before it is intact."),
            translate("ErrorMessages",
                      "Free some space on the disk named in the details, or ask court IT, then "
                      "try again."),
        ),
        "profile_in_use": ErrorText(
            translate("ErrorMessages", "courtdesk is already open"),
            translate("ErrorMessages",
                      "Another courtdesk window is using this profile. Two windows on one profile "
                      "would write to the same store, so this one does not start. Nothing was "
                      "changed."),
            translate("ErrorMessages",
                      "Switch to the courtdesk window that is already open, or close it and start "
                      "courtdesk again."),
        ),
        "key_unavailable": ErrorText(
            translate("ErrorMessages", "The key of the local store is not available"),
            translate("ErrorMessages",
                      "The key of the encrypted case store is kept in the system keyring, which "
                      "cannot give it now. The store stays locked and unchanged."),
            translate("ErrorMessages",
                      "Unlock or start your desktop keyring (log in to the desktop again if "
                      "needed), then start courtdesk again. If it persists, ask court IT."),
        ),
        "passphrase_required": ErrorText(
            translate("ErrorMessages", "The local store needs its passphrase"),
            translate("ErrorMessages",
                      "Without the passphrase the encrypted case store stays locked, so no case "
                      "can be opened. Nothing was changed."),
            translate("ErrorMessages",
                      "Start courtdesk again and enter the passphrase. For unattended use, court "
                      "IT can set COURTDESK_PASSPHRASE."),
        ),
        "encryption_unavailable": ErrorText(
            translate("ErrorMessages", "Encryption is not available"),
            translate("ErrorMessages",
                      "courtdesk never keeps court data unencrypted, and the encryption library "
                      "is missing on this computer. Nothing was opened or written."),
            translate("ErrorMessages",
                      "Ask court IT to reinstall courtdesk with its dependencies."),
        ),
        "config_error": ErrorText(
            translate("ErrorMessages", "The machine configuration is invalid"),
            translate("ErrorMessages",
                      "The configuration file court IT wrote for this computer has an error. "
                      "courtdesk does not start rather than guess at the courtroom's settings."),
            translate("ErrorMessages",
                      "Ask court IT to correct the file; the details name the file, the setting "
                      "and the fix. \"courtdesk doctor\" checks it."),
        ),
        "login_failed": ErrorText(
            translate("ErrorMessages", "Wrong user name or password"),
            translate("ErrorMessages", "You are not logged in."),
            translate("ErrorMessages",
                      "Check the user name and the keyboard layout and try again. Court IT can "
                      "reset a forgotten password."),
        ),
        # Here and on the court's server (its answer 429 reads as this code too).
        "login_locked": ErrorText(
            counted(translate("ErrorMessages",
                              "Too many failed logins: try again in %n minute(s)"), count),
            translate("ErrorMessages",
                      "To protect the account, logins with this name are paused after several "
                      "wrong passwords; each further wrong password makes the wait longer. "
                      "Your work is not affected."),
            translate("ErrorMessages",
                      "Wait, then enter the password once more, carefully (check the keyboard "
                      "layout and Caps Lock). Court IT can lift the wait or reset a forgotten "
                      "password."),
        ),
        "access_denied": ErrorText(
            translate("ErrorMessages", "Not allowed for your role"),
            translate("ErrorMessages",
                      "Your account may not do this. The rule is enforced by courtdesk itself, "
                      "not only hidden in the window."),
            translate("ErrorMessages",
                      "If your work needs it, ask the presiding judge or court IT."),
        ),
        "account_error": ErrorText(
            translate("ErrorMessages", "The account could not be saved"),
            translate("ErrorMessages", "Nothing was saved."),
            translate("ErrorMessages", "Correct the entry as the details describe, and try again."),
        ),
        "account_name_invalid": ErrorText(
            translate("ErrorMessages", "The user name is not valid"),
            translate("ErrorMessages",
                      "A user name must not be empty or contain spaces. Nothing was saved."),
            translate("ErrorMessages", "Enter a user name without spaces and try again."),
        ),
        "account_name_taken": ErrorText(
            translate("ErrorMessages", "This user name is already taken"),
            translate("ErrorMessages",
                      "Another account on this PC has this user name. Nothing was saved."),
            translate("ErrorMessages", "Choose another user name and try again."),
        ),
        "account_password_short": ErrorText(
            translate("ErrorMessages", "The password is too short"),
            counted(translate("ErrorMessages",
                              "A password needs at least %n characters. Nothing was saved."),
                    count),
            translate("ErrorMessages", "Enter a longer password and try again."),
        ),
        "account_first_admin": ErrorText(
            translate("ErrorMessages", "The first account must be court IT's"),
            translate("ErrorMessages",
                      "The first account on this PC manages all the others, so it needs the "
                      "court IT role. Nothing was saved."),
            translate("ErrorMessages", "Choose the court IT role for this account."),
        ),
        "account_last_admin": ErrorText(
            translate("ErrorMessages", "This is the last court IT account on this PC"),
            translate("ErrorMessages",
                      "Without it nobody could manage the accounts here. Nothing was changed."),
            translate("ErrorMessages", "Add another court IT account first, then try again."),
        ),
        "account_local_clash": ErrorText(
            translate("ErrorMessages", "Another account on this PC has your user name"),
            translate("ErrorMessages",
                      "The court's server accepted your login, but a different local account "
                      "on this PC already uses the same user name, so nothing was changed. "
                      "Your work stays on this PC."),
            translate("ErrorMessages",
                      "Ask court IT to rename the local account on this PC, then log in to "
                      "the court's server again under Sync."),
        ),
        "account_disabled_here": ErrorText(
            translate("ErrorMessages", "Your account is disabled on this PC"),
            translate("ErrorMessages",
                      "The court's server accepted your password, but court IT has disabled "
                      "your account on this PC, so you were not logged in here and nothing "
                      "was changed."),
            translate("ErrorMessages",
                      "Ask court IT to enable your account on this PC, then log in again."),
        ),
        "store_error": _store_problem(),
        "blob_error": _store_problem(),
        "blob_mismatch": ErrorText(
            translate("ErrorMessages", "A stored file is damaged"),
            translate("ErrorMessages",
                      "A file (a recording or a dossier volume) does not match the fingerprint "
                      "it was saved with, so courtdesk does not use it. Nothing was changed."),
            translate("ErrorMessages",
                      "Sync again: courtdesk fetches a good copy from the court's server if it "
                      "has one. Otherwise give the details to court IT."),
        ),
        "error": _unexpected(),
        "unexpected": _unexpected(),
        # Recording, recognition, playback and export; a hearing keeps what it captured.
        "audio_device": ErrorText(
            translate("HearingErrors", "The microphone input cannot be used"),
            translate("HearingErrors",
                      "Recording did not start, or stopped, on this input. Audio captured "
                      "before the problem is kept."),
            translate("HearingErrors",
                      "Check the cable and the mixer, then press Start again. Court IT sets the "
                      "input in the machine configuration; \"courtdesk doctor\" lists the "
                      "devices."),
        ),
        "audio_format": ErrorText(
            translate("HearingErrors", "This audio file cannot be transcribed"),
            translate("HearingErrors", "Nothing was added to the hearing."),
            translate("HearingErrors",
                      "Use a WAV, FLAC or OGG file with speech sampled at 8000 Hz or more "
                      "(16000 Hz is best)."),
        ),
        "speech_model": ErrorText(
            translate("HearingErrors", "The speech model is missing or damaged"),
            translate("HearingErrors",
                      "Audio is recorded in full, but no text is recognized until a speech "
                      "model is installed."),
            translate("HearingErrors",
                      "Ask court IT to install the speech model (\"courtdesk models "
                      "install\"); \"courtdesk doctor\" checks it."),
        ),
        "recording": ErrorText(
            translate("HearingErrors", "Recording failed"),
            translate("HearingErrors", "Audio captured before the problem is kept."),
            translate("HearingErrors",
                      "Press Start to continue in the same hearing. If it happens again, ask "
                      "court IT."),
        ),
        "no_audio_output": ErrorText(
            translate("HearingErrors", "No loudspeaker or headphones found"),
            translate("HearingErrors",
                      "This computer has no audio output, so recordings cannot be played here. "
                      "The recording itself is not affected."),
            translate("HearingErrors",
                      "Connect speakers or headphones, or ask court IT to enable sound "
                      "output."),
        ),
        "export_failed": ErrorText(
            translate("HearingErrors", "The record could not be exported"),
            translate("HearingErrors",
                      "No file was written; the hearing's transcript is unchanged."),
            translate("HearingErrors",
                      "Choose another folder and try again; the details say what the system "
                      "reported."),
        ),
        # The same, by the cause the system reported (errno).
        "export_no_folder": ErrorText(
            translate("HearingErrors", "The export folder does not exist"),
            translate("HearingErrors",
                      "The folder was removed, renamed or is on a USB stick that is no longer "
                      "plugged in. No file was written; the hearing's transcript is "
                      "unchanged."),
            translate("HearingErrors",
                      "Export again and choose a folder that exists (the dialog can create a "
                      "new one)."),
        ),
        "export_no_permission": ErrorText(
            translate("HearingErrors", "This folder cannot be written to"),
            translate("HearingErrors",
                      "It is read-only (a write-protected USB stick, a CD) or your account may "
                      "not write there. No file was written; the hearing's transcript is "
                      "unchanged."),
            translate("HearingErrors",
                      "Export again into your Documents folder or another folder of yours, or "
                      "unlock the USB stick's write protection."),
        ),
        "export_disk_full": ErrorText(
            translate("HearingErrors", "The disk is full: the record did not fit"),
            translate("HearingErrors",
                      "The disk or USB stick has no room left for the file. No file was "
                      "written; the hearing's transcript is unchanged."),
            translate("HearingErrors",
                      "Free space on it, or export again onto another disk."),
        ),
        # -- a hearing's microphones and recognizers: banners in the hearing workspace.
        # %1 names the microphone (role and number), %2 the time in the hearing.
        "device_lost": ErrorText(
            translate("ErrorMessages", "The audio input stopped: %1"),
            translate("ErrorMessages",
                      "Nothing is recorded from %2 until the input is back. Everything "
                      "recorded before is kept."),
            translate("ErrorMessages",
                      "Check the microphone's USB cable or the mixer's power. Recording "
                      "resumes by itself when the input is back."),
        ),
        "channel_silent": ErrorText(
            translate("ErrorMessages", "%1 has gone silent"),
            translate("ErrorMessages",
                      "Nothing is heard on it since %2; the other microphones keep recording."),
            translate("ErrorMessages",
                      "Check this microphone's cable and its switch on the mixer. This warning "
                      "goes away when it is heard again."),
        ),
        # Notices that a fault above is over: the banner turns into one of these.
        "device_back": ErrorText(
            translate("ErrorMessages", "The audio input is back: %1"),
            translate("ErrorMessages",
                      "Recording resumed at %2. The time it was away has no audio and no "
                      "text."),
            translate("ErrorMessages",
                      "Nothing to do now. Read the record around that time: words spoken while "
                      "the input was away are not in it."),
        ),
        "channel_back": ErrorText(
            translate("ErrorMessages", "%1 is heard again"),
            translate("ErrorMessages", "Its audio is recorded again from %2."),
            translate("ErrorMessages",
                      "Nothing to do now. While it was silent, nothing it picked up was "
                      "recorded."),
        ),
        "recognizer_failed": ErrorText(
            translate("ErrorMessages", "Speech recognition failed for %1"),
            translate("ErrorMessages",
                      "Its audio is still recorded in full; the text from %2 is missing while "
                      "recognition restarts."),
            translate("ErrorMessages",
                      "Carry on with the hearing. After it, the missing stretch can be "
                      "transcribed from the recording."),
        ),
        "recognizer_restarted": ErrorText(
            translate("ErrorMessages", "Speech recognition for %1 restarted"),
            translate("ErrorMessages",
                      "Text appears again from %2. The stretch it missed is in the recording."),
            translate("ErrorMessages",
                      "After the hearing, choose “Transcribe the missing parts” to fill it in."),
        ),
        "audio_dropped": ErrorText(
            translate("ErrorMessages", "Some audio could not be processed in time"),
            translate("ErrorMessages",
                      "Part of the audio was lost before it was recorded, or recorded but "
                      "skipped by speech recognition; the counts are below."),
            translate("ErrorMessages",
                      "The computer is overloaded: close other programs. Stretches skipped by "
                      "recognition can be transcribed from the recording after the hearing."),
        ),
    }
    # These tables take ErrorText from this module, so they load when first asked for.
    from .messages_casting import casting_error_texts
    from .messages_dossier import dossier_error_texts
    from .messages_laws import laws_error_texts
    from .messages_signing import signing_error_texts
    from .messages_sync import sync_error_texts

    texts.update(dossier_error_texts())
    texts.update(sync_error_texts())
    texts.update(signing_error_texts())
    texts.update(casting_error_texts())
    texts.update(laws_error_texts())
    return texts


def error_text(code: str, count: int | None = None) -> ErrorText:
    """The translated text for an error code; unknown codes get a general message."""
    return error_texts(1 if count is None else count).get(code) or _unexpected()


def has_error_text(code: str) -> bool:
    """Whether ``code`` has a text of its own (not the general one)."""
    return code in error_texts()


def _store_problem() -> ErrorText:
    return ErrorText(
        translate("ErrorMessages", "The local store reported a problem"),
        translate("ErrorMessages",
                  "The last action did not complete. What was saved before is intact."),
        translate("ErrorMessages",
                  "Try again. If it happens again, give the details below to court IT."),
    )


def _unexpected() -> ErrorText:
    return ErrorText(
        translate("ErrorMessages", "Something went wrong"),
        translate("ErrorMessages",
                  "courtdesk hit an unexpected error. What was saved before is intact."),
        translate("ErrorMessages",
                  "Try again. If it happens again, give the details below and the log file to "
                  "court IT."),
    )


def hearing_error_text(code: str) -> ErrorText:
    """Errors of a running hearing: a full disk stops the recording, so it says what to do
    to continue; every other code reads as :func:`error_text`."""
    if code == "store_full":
        return ErrorText(
            translate("HearingErrors", "The disk is full: recording stopped"),
            translate("HearingErrors",
                      "Everything recorded up to that moment is kept in this hearing."),
            translate("HearingErrors",
                      "Free space on the disk (or ask court IT), then press Start to continue "
                      "the same hearing."),
        )
    return error_text(code)


# -- one path from an error to what a person sees -------------------------------------------
def error_code(exc: BaseException) -> str:
    code = str(getattr(exc, "code", "") or "")
    if not code:
        from courtdesk.offline_cache.store_integrity import is_damage_error

        # A read that hit a damaged page of the store (SQLCipher says "out of memory").
        code = "store_damaged" if is_damage_error(exc) else "unexpected"
    return code


def text_code(code: str, params: dict | None = None) -> str:
    """The code whose text to show: a refusal by the case server reads as its own reason
    (``forbidden``, ``bad_credentials``, ...) when there is a text for it; a wrong PIN
    reads by how close the USB key is to locking."""
    from .messages_signing import signing_text_code

    server_code = str((params or {}).get("server_code") or "")
    if code in ("server_refused", "login_required", "server_busy") and server_code \
            and has_error_text(server_code):
        return server_code
    return signing_text_code(code, params)


def technical_detail(exc: BaseException) -> str:
    """English, for court IT and the log: the error class, its code, message and params."""
    lines = [f"{type(exc).__name__} [{error_code(exc)}]", str(exc)]
    for name, value in sorted(getattr(exc, "params", {}).items()):
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


@dataclass(frozen=True)
class ShownError:
    """An error ready to show: the code whose text is read, and the English for IT."""

    code: str
    detail: str
    count: int | None = None  # what a text with %n counts (minutes to wait)

    @property
    def text(self) -> ErrorText:
        # Looked up when shown: follows the UI language.
        return error_text(self.code, self.count)

    def as_plain(self) -> str:
        text = self.text
        return f"{text.title}\n{sentences(text.meaning, text.action)}"

    def as_html(self, *, headlines: list[str] | None = None) -> str:
        """For a banner or status line (rich text): the person's language (``headlines``
        in place of the title), and a link that opens :func:`error_box_for` with the
        English in its details section."""
        text = self.text
        heads = [text.title] if headlines is None else headlines
        return ("".join(f"<b>{html.escape(line)}</b><br>" for line in heads)
                + html.escape(sentences(text.meaning, text.action)) + " " + details_link())


def details_link(href: str = DETAILS_LINK) -> str:
    """The rich-text link to the details box (the caller connects ``linkActivated``)."""
    label = translate("ErrorMessages", "Details for court IT")
    return f"<a href=\"{html.escape(href)}\">{html.escape(label)}</a>"


def sentences(*parts: str) -> str:
    """Sentences one after another: Chinese runs them on, English and Korean put a space."""
    out = ""
    for part in filter(None, parts):
        out += part if not out or out[-1] in "。！？；）" else f" {part}"
    return out


def _count(params: dict | None) -> int | None:
    value = (params or {}).get("count")
    return value if isinstance(value, int) else None


def describe(exc: BaseException) -> ShownError:
    params = getattr(exc, "params", None)
    return ShownError(text_code(error_code(exc), params), technical_detail(exc),
                      _count(params))


def describe_event(event: dict) -> ShownError:
    """An error that arrives as plain data (a session event, a sync status)."""
    code = str(event.get("code") or "unexpected")
    detail = f"[{code}] {event.get('message') or event.get('detail') or ''}".strip()
    return ShownError(text_code(code, event), detail, _count(event))


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A message box for ``exc``; the caller shows it (``open()`` or ``exec()``)."""
    box = error_box_for(parent, describe(exc))
    box.setObjectName(f"error-{error_code(exc)}")
    return box


def error_box_for(parent: QWidget | None, shown: ShownError) -> QMessageBox:
    text = shown.text
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("courtdesk")
    box.setText(text.title)
    box.setInformativeText(f"{text.meaning}\n\n{text.action}")
    box.setDetailedText(shown.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName(f"error-{shown.code}")
    # Qt sizes message boxes for one-line texts; these explain, so give them room.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    return box
