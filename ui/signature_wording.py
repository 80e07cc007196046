"""How a signature check reads to a judge: one verdict for the document, a few plain lines
per signature, and the technical detail kept apart for a tooltip.

The core reports plain data (:class:`courtdesk.signing.report.PdfVerification`, with English
problem texts meant for the CLI and the log); this module turns it into the person's
language. The English stays available as the detail line for court IT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# How a verdict looks: a mark and its colours (text, background, border).
OK, WARN, BAD, NONE = "ok", "warn", "bad", "none"
COLOURS = {OK: ("#174d2a", "#e8f3ec", "#a8d5b5"), WARN: ("#6b4200", "#fff4dc", "#e8c77d"),
           BAD: ("#5c1410", "#fdecea", "#e8a39d"), NONE: ("#3d4754", "#eef1f5", "#cfd6df")}
MARKS = {OK: "✓", WARN: "!", BAD: "✗", NONE: "–"}


@dataclass(frozen=True)
class Line:
    level: str
    text: str


@dataclass(frozen=True)
class SignatureWords:
    level: str
    heading: str       # "2. 延吉市人民法院 电子印章"
    lines: list[Line]  # time, integrity, trust, changes after it
    detail: str        # English for court IT: field, subject, issuer, revision, problems


def local_time(value: str) -> str:
    """An ISO UTC time as this PC's local time, as court paperwork writes it."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def signature_level(status) -> str:
    if not status.intact or status.modification == "other":
        return BAD
    return OK if status.ok else WARN


def signature_words(status, number: int, trust_configured: bool) -> SignatureWords:
    """What one signature says, in the UI language."""
    lines = []
    when = local_time(status.signed_at)
    if status.timestamped:
        lines.append(Line(OK, translate(
            "Signatures", "Signed %1, time vouched for by a timestamp").replace("%1", when)))
    elif when:
        lines.append(Line(NONE, translate(
            "Signatures", "Signed %1 (the signer's own clock; no timestamp)")
            .replace("%1", when)))
    if status.timestamp_problem:
        lines.append(Line(WARN, translate("Signatures", "Its timestamp cannot be relied on")))
    if status.intact:
        lines.append(Line(OK, translate("Signatures", "Intact: what was signed is unchanged")))
    else:
        lines.append(Line(BAD, translate(
            "Signatures", "Broken: what was signed was changed afterwards, or the signature "
            "is damaged")))
    if not status.intact:
        pass  # a broken signature vouches for nothing: whose it was is beside the point
    elif status.trusted:
        lines.append(Line(OK, translate(
            "Signatures", "Trusted: the certificate comes from the court's CA")))
    elif not trust_configured:
        lines.append(Line(WARN, translate(
            "Signatures", "Trust not checked: no court CA is set up on this PC")))
    else:
        lines.append(Line(WARN, translate(
            "Signatures", "Not trusted: the court's CA does not vouch for this certificate "
            "(see details)")))
    changes = {
        "none": Line(OK, translate("Signatures", "Nothing was changed after it")),
        "form_filling": Line(OK, translate(
            "Signatures", "After it: only later signatures were added")),
        "annotations": Line(WARN, translate(
            "Signatures", "After it: comments or marks were added")),
        "other": Line(BAD, translate("Signatures", "After it: the document itself was changed")),
    }
    if status.intact and status.modification in changes:
        lines.append(changes[status.modification])
    signer = status.signer or translate("Signatures", "unknown signer")
    heading = translate("Signatures", "%1. %2").replace("%1", str(number)).replace("%2", signer)
    return SignatureWords(signature_level(status), heading, lines, signature_detail(status))


def signature_detail(status) -> str:
    """English, as the CLI says it: for court IT, in the tooltip and the detail line."""
    parts = [f"field {status.field}", f"revision {status.revision}",
             f"subject {status.signer_subject}", f"issuer {status.issuer}",
             f"signed_at {status.signed_at or '?'}", f"modification {status.modification}"]
    if status.reason:
        parts.append(f"reason {status.reason}")
    for problem in (status.problem, status.trust_problem, status.timestamp_problem):
        if problem and problem not in parts:
            parts.append(problem)
    return "; ".join(parts)


def verdict(report, trust_configured: bool) -> tuple[str, str]:
    """The document's verdict: (level, one or two sentences)."""
    if not report.readable:
        problem = report.problem or ""
        if "encrypted" in problem:
            return BAD, translate(
                "Signatures", "This file is protected by a password, so its signatures cannot "
                "be checked. Ask for the signed file without a password.")
        if "not a PDF" in problem:
            return BAD, translate(
                "Signatures", "This file is not a PDF, so it has no signatures to check.")
        return BAD, translate(
            "Signatures", "This file is damaged and cannot be read, so its signatures cannot "
            "be checked. Ask for a new copy of the signed file.")
    if not report.signed:
        return NONE, translate(
            "Signatures", "This document is not signed. Nothing in it vouches for who made it "
            "or that it is unchanged.")
    signatures = report.signatures
    broken = [(n, s) for n, s in enumerate(signatures, 1) if not s.intact]
    if broken:
        number, first = broken[0]
        text = translate(
            "Signatures", "Signature %1 (%2) is broken: the document was changed after it was "
            "signed, or the signature is damaged. Do not rely on this copy.")
        return BAD, text.replace("%1", str(number)).replace("%2", first.signer or "?")
    changed = [(n, s) for n, s in enumerate(signatures, 1) if s.modification == "other"]
    if changed:
        number, first = changed[0]
        text = translate(
            "Signatures", "The document was changed after signature %1 (%2) by something "
            "other than a later signature. Ask for the signed original.")
        return BAD, text.replace("%1", str(number)).replace("%2", first.signer or "?")
    count = len(signatures)
    if report.ok:
        return OK, translate("Signatures", "Every signature is intact and trusted (%1 in all); "
                             "nothing but signing changed the document after them.").replace(
                                 "%1", str(count))
    if not trust_configured:
        return WARN, translate("Signatures", "Every signature is intact (%1 in all). Whether "
                               "the signers are trusted cannot be checked: no court CA is set "
                               "up on this PC (ask court IT).").replace("%1", str(count))
    untrusted = sum(not s.trusted for s in signatures)
    if untrusted:
        return WARN, translate("Signatures", "All signatures are intact, but the court's CA "
                               "does not vouch for the certificate of %1 of them.").replace(
                                   "%1", str(untrusted))
    return WARN, translate("Signatures", "All signatures are intact, but comments or marks "
                           "were added after signing.")


def badge_text(report, trust_configured: bool) -> tuple[str, str]:
    """The short notice above a signed volume: (level, a few words)."""
    level, _ = verdict(report, trust_configured)
    if not report.readable:
        return BAD, translate("Signatures", "Signatures cannot be checked")
    count = len(report.signatures)
    if level == OK:
        return OK, translate("Signatures", "Signed: intact and trusted (%1 in all)").replace(
            "%1", str(count))
    if level == BAD:
        broken = next((n for n, s in enumerate(report.signatures, 1)
                       if not s.intact or s.modification == "other"), 1)
        return BAD, translate("Signatures", "Signature %1 is broken").replace("%1", str(broken))
    return WARN, translate("Signatures", "Signed: intact, see the Signatures panel")
