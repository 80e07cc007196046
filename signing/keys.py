"""The key a document is signed with: a PKCS#12 file or a PKCS#11 token (the court's USB key).

``open_p12`` and ``open_pkcs11`` give a :class:`SigningKey` (a context manager: the token's
session closes with it) only after the certificate was checked: within its dates, made for
signing documents (nonRepudiation), and issued by the court's CA when one is configured. A
certificate that fails here would give a signature no court accepts, so nothing is signed.

A token's PIN is precious: USB keys lock after a few wrong PINs and only the CA can unlock
them. courtdesk never tries a PIN on a token that says its next wrong PIN locks it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import pkcs12

from . import errors

log = logging.getLogger(__name__)


@dataclass
class SigningKey:
    """A pyHanko signer and its certificate, ready to sign; close it when done."""

    signer: object  # pyhanko.sign.signers.Signer
    certificate: asn1_x509.Certificate
    source: str  # where the key is, in words: "the PKCS#12 file X", "key K on token T"
    _closers: list = field(default_factory=list, repr=False)

    @property
    def signer_name(self) -> str:
        return common_name(self.certificate.subject)

    @property
    def issuer_name(self) -> str:
        return common_name(self.certificate.issuer)

    def close(self) -> None:
        while self._closers:
            try:
                self._closers.pop()()
            except Exception:  # a token pulled out mid-way: nothing left to close
                log.debug("closing %s failed", self.source, exc_info=True)

    def __enter__(self) -> SigningKey:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def common_name(name: asn1_x509.Name) -> str:
    values = name.native
    return str(values.get("common_name") or name.human_friendly)


# -- checking the certificate --------------------------------------------------------------
def load_court_ca(path: str | Path) -> list[x509.Certificate]:
    """The court CA certificate(s) in a PEM or DER file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise errors.CourtCaUnreadable(
            f"The court CA certificate {path} cannot be read ({exc.strerror or exc}); nothing "
            "was signed. Check [signing] court_ca in the machine config.", path=str(path)) \
            from exc
    try:
        if asn1_pem.detect(data):
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise errors.CourtCaUnreadable(
            f"{path} is not a certificate file (PEM or DER); nothing was signed. Check "
            "[signing] court_ca in the machine config.", path=str(path)) from exc


def _day(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def check_certificate(cert: x509.Certificate, *, court_ca: list[x509.Certificate] | None,
                      chain: list[x509.Certificate] = (), source: str = "",
                      now: dt.datetime | None = None) -> None:
    """Raise the error that says why ``cert`` must not sign a court document, if any."""
    now = now or dt.datetime.now(dt.UTC)
    who = _cn(cert.subject)
    where = f" ({source})" if source else ""
    if now > cert.not_valid_after_utc:
        raise errors.CertificateExpired(
            f"The certificate of {who}{where} expired on {_day(cert.not_valid_after_utc)}; "
            "nothing was signed. Ask the court's CA for a renewed certificate.",
            not_after=cert.not_valid_after_utc.isoformat())
    if now < cert.not_valid_before_utc:
        raise errors.CertificateNotYetValid(
            f"The certificate of {who}{where} is valid only from "
            f"{_day(cert.not_valid_before_utc)}; nothing was signed. Check this computer's "
            "date and time, or wait until then.",
            not_before=cert.not_valid_before_utc.isoformat())
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        non_repudiation = usage.content_commitment
    except x509.ExtensionNotFound:
        non_repudiation = False
    if not non_repudiation:
        raise errors.CertificateNotForSigning(
            f"The certificate of {who}{where} is not made for signing documents (it lacks the "
            "nonRepudiation key usage), so its signature would not count; nothing was signed. "
            "Use the court seal's or the signer's signing certificate.")
    if not court_ca:
        return
    current, seen = cert, 0
    while seen < 8:  # the court CA, possibly through intermediates the key file carries
        if any(_issued_by(current, ca) for ca in court_ca):
            return
        parent = next((c for c in chain if c != current and _issued_by(current, c)), None)
        if parent is None:
            break
        current, seen = parent, seen + 1
    raise errors.CertificateOtherCa(
        f"The certificate of {who}{where} was issued by {_cn(cert.issuer)}, not by the court's "
        f"CA {_cn(court_ca[0].subject)}; nothing was signed. Use a certificate the court's CA "
        "issued, or ask court IT to check [signing] court_ca.",
        issuer=_cn(cert.issuer), court_ca=_cn(court_ca[0].subject))


def _cn(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()


def _court_ca(court_ca) -> list[x509.Certificate] | None:
    if court_ca is None or court_ca == "":
        return None
    if isinstance(court_ca, (str, Path)):
        return load_court_ca(court_ca)
    return list(court_ca)


# -- PKCS#12 ------------------------------------------------------------------------------
def open_p12(path: str | Path, password: bytes, *, court_ca=None,
             now: dt.datetime | None = None) -> SigningKey:
    """The key in a PKCS#12 (.p12/.pfx) file. ``court_ca``: a PEM path or certificates."""
    from asn1crypto import pkcs12 as asn1_pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise errors.KeyFileMissing(
            f"The key file {path} cannot be read ({exc.strerror or exc}); nothing was signed. "
            "Check the path, or [signing] seal_p12 in the machine config.", path=str(path)) \
            from exc
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, password or None)
    except ValueError as exc:
        try:
            asn1_pkcs12.Pfx.load(data)["auth_safe"].native  # noqa: B018 (parses it all)
            is_pkcs12 = True
        except (ValueError, TypeError, KeyError):
            is_pkcs12 = False
        if is_pkcs12:
            raise errors.WrongKeyPassword(
                f"The password for {path.name} is wrong; nothing was signed. Type it again "
                "(check the keyboard layout and Caps Lock).", path=str(path)) from exc
        raise errors.NotPkcs12(
            f"{path} is not a PKCS#12 key file (.p12/.pfx); nothing was signed. Choose the "
            "court seal's .p12 or .pfx file.", path=str(path)) from exc
    if key is None or cert is None:
        raise errors.NotPkcs12(
            f"{path} holds no key with its certificate; nothing was signed. Choose the "
            "PKCS#12 file of the seal itself (not a CA's certificate file).", path=str(path))
    source = f"the key file {path.name}"
    check_certificate(cert, court_ca=_court_ca(court_ca), chain=list(others), source=source,
                      now=now)
    registry = SimpleCertificateStore()
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    signer = _signer_class()(signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
                             signing_key=translate_pyca_cryptography_key_to_asn1(key),
                             cert_registry=registry)
    signer.private_key = key
    return SigningKey(signer, signer.signing_cert, source)


@functools.cache
def _signer_class():
    """pyHanko's SimpleSigner, keeping the parsed private key: pyHanko parses (and for RSA
    validates) it again for every signature it makes, twice per PDF signature, which was
    half the time of sealing a 100-page record."""
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class KeptKeySigner(SimpleSigner):
        private_key = None  # the cryptography key object

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                name = mechanism.signature_algo
            except ValueError:
                name = ""
            if self.private_key is not None and name == "rsassa_pkcs1v15":
                return self.private_key.sign(data, PKCS1v15(),
                                             get_pyca_cryptography_hash(digest_algorithm))
            if self.private_key is not None and name == "ecdsa":
                return self.private_key.sign(
                    data, ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
            return super().sign_raw(data, digest_algorithm)  # PSS, EdDSA, ...

    return KeptKeySigner


# -- PKCS#11 (the court's USB key) --------------------------------------------------------
def _load_module(module: str | Path):
    import pkcs11

    if not Path(module).is_file():
        raise errors.Pkcs11ModuleUnusable(
            f"The token library {module} is not on this computer; nothing was signed. Install "
            "the USB key's driver, or fix [signing] pkcs11_module in the machine config.",
            module=str(module))
    try:
        return pkcs11.lib(str(module))
    except (RuntimeError, OSError) as exc:  # not a PKCS#11 library, or it failed to start
        raise errors.Pkcs11ModuleUnusable(
            f"The token library {module} did not load ({exc}); nothing was signed. Reinstall "
            "the USB key's driver, or ask court IT to check [signing] pkcs11_module.",
            module=str(module)) from exc


def _tokens(lib) -> list:
    """The initialised tokens plugged in (a blank token has no label and no keys yet)."""
    from pkcs11 import TokenFlag

    tokens = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except Exception:  # a token pulled out while listing
            continue
        if token.flags & TokenFlag.TOKEN_INITIALIZED:
            tokens.append(token)
    return tokens


def token_labels(module: str | Path) -> list[str]:
    """The labels of the tokens plugged in (for the error, and for a settings page)."""
    return [token.label for token in _tokens(_load_module(module))]


def pin_state(flags) -> str:
    """What the token's flags say about its PIN: "locked", "final_try", "low" or "ok"."""
    from pkcs11 import TokenFlag

    if flags & TokenFlag.USER_PIN_LOCKED:
        return "locked"
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return "final_try"
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return "low"
    return "ok"


def _refuse_if_pin_at_risk(state: str, label: str) -> None:
    if state == "locked":
        raise errors.PinLocked(
            f"The PIN of token {label!r} is locked after too many wrong PINs; nothing was "
            "signed. Only the court's CA (or the token's administrator PIN) can unlock it: "
            "contact court IT.", token=label)
    if state == "final_try":
        raise errors.PinFinalTry(
            f"Token {label!r} says one more wrong PIN locks it, so courtdesk did not try the "
            "PIN; nothing was signed. Check the PIN with court IT first, then sign with the "
            "token's own tool, which asks before the last try.", token=label)


def _wrong_pin(token, label: str, exc: Exception) -> errors.SigningError:
    try:
        state = pin_state(token.slot.get_token().flags)  # the flags as they are now
    except Exception:
        state = "unknown"
    if state == "locked":
        return errors.PinLocked(
            f"Wrong PIN: token {label!r} is now locked; nothing was signed. Only the court's CA "
            "(or the token's administrator PIN) can unlock it: contact court IT.", token=label)
    tries = {"final_try": "one more wrong PIN locks the token",
             "low": "few tries remain before the token locks"}.get(
        state, "the token does not say how many tries remain; most USB keys lock after 3 to "
               "10 wrong PINs")
    return errors.WrongPin(
        f"Wrong PIN for token {label!r}: {tries}. Nothing was signed. Type the PIN again "
        "carefully, or ask court IT before trying again.", token=label, pin_state=state)


def open_pkcs11(module: str | Path, token_label: str, key_label: str, pin: str, *,
                court_ca=None, now: dt.datetime | None = None) -> SigningKey:
    """The key ``key_label`` (its certificate carries the same label) on token
    ``token_label``, logged in with ``pin``."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    tokens = _tokens(_load_module(module))
    token = next((t for t in tokens if t.label == token_label), None)
    if token is None:
        present = ", ".join(repr(t.label) for t in tokens) or "none"
        raise errors.TokenNotFound(
            f"No token labelled {token_label!r} is plugged in (tokens present: {present}); "
            "nothing was signed. Plug in the court's USB key and try again.",
            token=token_label, present=[t.label for t in tokens])
    _refuse_if_pin_at_risk(pin_state(token.flags), token_label)
    try:
        session = token.open(user_pin=pin)
    except pkcs11.exceptions.PinLocked as exc:
        raise _wrong_pin(token, token_label, exc) from exc
    except (pkcs11.exceptions.PinIncorrect, pkcs11.exceptions.PinLenRange,
            pkcs11.exceptions.PinInvalid) as exc:
        raise _wrong_pin(token, token_label, exc) from exc
    except (pkcs11.exceptions.TokenNotPresent, pkcs11.exceptions.DeviceRemoved) as exc:
        raise errors.TokenNotFound(
            f"Token {token_label!r} was pulled out; nothing was signed. Plug it in and try "
            "again.", token=token_label, present=[]) from exc
    try:
        keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                         Attribute.LABEL: key_label}))
        certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                          Attribute.LABEL: key_label}))
        if not keys or not certs:
            labels = sorted({o[Attribute.LABEL] for o in session.get_objects(
                {Attribute.CLASS: ObjectClass.PRIVATE_KEY})})
            missing = "key" if not keys else "certificate"
            raise errors.KeyNotOnToken(
                f"Token {token_label!r} has no {missing} labelled {key_label!r} (keys on it: "
                f"{', '.join(map(repr, labels)) or 'none'}); nothing was signed. Check "
                "[signing] key_label, or plug in the right token.",
                token=token_label, key=key_label, present=labels)
        der = certs[0][Attribute.VALUE]
        cert = x509.load_der_x509_certificate(der)
        source = f"key {key_label!r} on token {token_label!r}"
        check_certificate(cert, court_ca=_court_ca(court_ca), source=source, now=now)
        asn1_cert = asn1_x509.Certificate.load(der)
        # ECDSA on tokens: pyHanko hashes, the token only signs the digest.
        signer = PKCS11Signer(session, key_label=key_label, signing_cert=asn1_cert,
                              use_raw_mechanism=asn1_cert.public_key.algorithm == "ec")
    except BaseException:
        session.close()
        raise
    return SigningKey(signer, asn1_cert, source, [session.close])
