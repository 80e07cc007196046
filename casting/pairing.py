"""Pairing: the receiver's certificate, the PIN, the PIN-authenticated key exchange that
binds the certificate, and the limit on wrong PINs. See the package docstring for why."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import os
import secrets
import ssl
import time
from dataclasses import dataclass
from pathlib import Path

from spake2 import SPAKE2_A, SPAKE2_B

from courtdesk.offline_cache.fsio import write_file_atomically

PIN_DIGITS = 6
SENDER_ID = b"courtdesk-cast-sender"
RECEIVER_ID = b"courtdesk-cast-receiver"
_CONFIRM_LABEL = b"courtdesk-cast-v1-confirm"


def new_pin() -> str:
    return f"{secrets.randbelow(10 ** PIN_DIGITS):0{PIN_DIGITS}d}"


def check_pin(pin: str) -> str:
    pin = pin.strip()
    if len(pin) != PIN_DIGITS or not pin.isdigit():
        raise ValueError(f"A pairing PIN is {PIN_DIGITS} digits, as the room screen shows it.")
    return pin


def fingerprint(der: bytes) -> str:
    """SHA-256 of a certificate (DER), as hex: what pairing binds and senders remember."""
    return hashlib.sha256(der).hexdigest()


def spaced(fp: str) -> str:
    """A fingerprint as people compare it: 16 groups of four."""
    return " ".join(fp[i:i + 4] for i in range(0, 64, 4)).upper()


@dataclass
class ReceiverIdentity:
    """The receiver's key and self-signed certificate, kept in its state folder so that a
    sender that paired with it once sees the same certificate next time."""

    cert_path: Path
    key_path: Path
    der: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.der)

    @classmethod
    def load_or_create(cls, folder: Path, name: str) -> ReceiverIdentity:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        folder.mkdir(parents=True, exist_ok=True)
        cert_path, key_path = folder / "receiver-cert.pem", folder / "receiver-key.pem"
        if not (cert_path.exists() and key_path.exists()):
            key = ec.generate_private_key(ec.SECP256R1())
            subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                                    f"courtdesk cast receiver {name}"[:64])])
            now = datetime.datetime.now(datetime.UTC)
            cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                    .public_key(key.public_key()).serial_number(x509.random_serial_number())
                    .not_valid_before(now - datetime.timedelta(days=1))
                    .not_valid_after(now + datetime.timedelta(days=3650))
                    .sign(key, hashes.SHA256()))
            pem_key = key.private_bytes(serialization.Encoding.PEM,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
            write_file_atomically(key_path, pem_key)
            os.chmod(key_path, 0o600)
            write_file_atomically(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        der = ssl.PEM_cert_to_DER_cert(cert_path.read_text())
        return cls(cert_path, key_path, der)

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.load_cert_chain(self.cert_path, self.key_path)
        return context


def sender_context() -> ssl.SSLContext:
    """TLS 1.3 without a CA: the receiver's certificate is self-signed, and what makes it
    trusted is the PIN-authenticated exchange over its fingerprint (and, later, the
    fingerprint remembered from pairing)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _confirm_mac(key: bytes, role: bytes, cert_fp: str, sender_msg: bytes,
                 receiver_msg: bytes) -> str:
    data = b"|".join([_CONFIRM_LABEL, role, bytes.fromhex(cert_fp), sender_msg, receiver_msg])
    return hmac.new(key, data, hashlib.sha256).hexdigest()


class SenderPairing:
    """The sender's side of the exchange: SPAKE2 with the PIN, then the confirmations."""

    def __init__(self, pin: str, cert_fp: str) -> None:
        self._spake = SPAKE2_A(check_pin(pin).encode(), idA=SENDER_ID, idB=RECEIVER_ID)
        self.cert_fp = cert_fp
        self.message = self._spake.start()
        self._key = b""
        self._peer = b""

    def confirm(self, receiver_message: bytes) -> str:
        self._peer = receiver_message
        self._key = self._spake.finish(receiver_message)
        return _confirm_mac(self._key, b"sender", self.cert_fp, self.message, self._peer)

    def receiver_proved(self, mac: str) -> bool:
        expected = _confirm_mac(self._key, b"receiver", self.cert_fp, self.message, self._peer)
        return bool(self._key) and hmac.compare_digest(expected, mac)


class ReceiverPairing:
    def __init__(self, pin: str, cert_fp: str, sender_message: bytes) -> None:
        spake = SPAKE2_B(pin.encode(), idA=SENDER_ID, idB=RECEIVER_ID)
        self.message = spake.start()
        self._key = spake.finish(sender_message)  # raises on a malformed message
        self._sender = sender_message
        self.cert_fp = cert_fp

    def sender_proved(self, mac: str) -> bool:
        expected = _confirm_mac(self._key, b"sender", self.cert_fp, self._sender, self.message)
        return hmac.compare_digest(expected, mac)

    def proof(self) -> str:
        return _confirm_mac(self._key, b"receiver", self.cert_fp, self._sender, self.message)


class PairingGuard:
    """Wrong PINs, counted across every client (an attacker may use many addresses): after
    ``allowed`` wrong ones the receiver takes no PIN for ``lockout`` seconds, doubling
    with each further lock. With SPAKE2 each attempt tests one PIN guess, so this bounds
    the guesses to a handful a minute against a million possible PINs."""

    def __init__(self, allowed: int = 5, lockout: float = 30.0,
                 clock=time.monotonic) -> None:
        self.allowed = allowed
        self.lockout = lockout
        self._clock = clock
        self._failures = 0
        self._locks = 0
        self._until = 0.0

    def retry_after(self) -> float:
        return max(0.0, self._until - self._clock())

    def failed(self) -> None:
        self._failures += 1
        if self._failures >= self.allowed:
            self._until = self._clock() + self.lockout * 2 ** self._locks
            self._locks += 1
            self._failures = 0
