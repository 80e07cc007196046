"""Casting errors a presenter or court IT can act on (one code per cause).

Each says what failed, what it means (what is or is not on the room screen) and what to do.
"""

from __future__ import annotations

from courtdesk.offline_cache.errors import CourtdeskError


class CastError(CourtdeskError):
    code = "cast_error"


class ReceiverUnreachable(CastError):
    code = "cast_receiver_unreachable"


class ConnectionLost(CastError):
    """A paired receiver went away mid-cast (closed, crashed, or the network dropped)."""

    code = "cast_connection_lost"


class ReceiverCannotListen(CastError):
    code = "cast_receiver_cannot_listen"


class PinRefused(CastError):
    """The receiver did not accept the PIN (or its proof of the PIN did not check)."""

    code = "cast_pin_refused"


class PairingLocked(CastError):
    """Too many wrong PINs: the receiver takes no PIN for a while."""

    code = "cast_pairing_locked"


class CertificateChanged(CastError):
    """The receiver at this address shows another certificate than when it was paired."""

    code = "cast_certificate_changed"


class AnnouncementMismatch(CastError):
    """The receiver answering at an address found by discovery shows another certificate
    than the one announced for it."""

    code = "cast_announcement_mismatch"


class ReceiverBusy(CastError):
    """Someone else is presenting on that receiver."""

    code = "cast_receiver_busy"


class DocumentRefused(CastError):
    """The receiver refused the document (its bytes did not hash to what was announced)."""

    code = "cast_document_refused"


class ProtocolMismatch(CastError):
    code = "cast_protocol_mismatch"


class PublicPixels(CastError):
    """A screen region was about to go to a public screen: pixels cannot be redacted."""

    code = "cast_public_pixels"


class ScreenCaptureFailed(CastError):
    """The pixel fallback could take no picture of the screen region."""

    code = "cast_screen_capture_failed"


class RedactionIncomplete(CastError):
    """A screen the public sees would get a page whose personal numbers could not be looked
    for (a scan not yet read by OCR)."""

    code = "cast_redaction_incomplete"


class ReceiverNoScreen(CastError):
    """`cast receive` has no screen to show its window on (no display, or no such screen)."""

    code = "cast_receiver_no_screen"


class CaptionsRefused(CastError):
    """A deliberation (合议) is confidential: its words are never cast, to any screen."""

    code = "cast_captions_confidential"
