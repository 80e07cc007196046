"""The SM2 seal beside a signed PDF: an SM2 signature (GB/T 32918, SM3, standard signer ID)
over the final PDF's bytes, kept in its own small file ``<name>.pdf.sm2`` next to it.

It is never put into the PDF: anything written into a signed PDF after its last signature
shows as a modification, and pyHanko's validator does not accept SM2 inside the PDF's CMS.
The signature is over the file's bytes exactly as ``openssl dgst -sm3 -sign`` makes it
(Z of the signer ID, then SM3), so a court can check the seal with OpenSSL alone:
``openssl dgst -sm3 -verify pub.pem -sigopt distid:1234567812345678 -signature sig.der
record.pdf`` with the signature and certificate taken out of the sidecar.

The sidecar is JSON: what was sealed (name, size, SM3 and SHA-256), the signature (base64
DER), the seal's certificate (PEM), the signer ID and when. The time is the sealing PC's
claim; only the signature is cryptographic.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import keys, pem, x509

from courtdesk.offline_cache.errors import CourtdeskError

from .report import SignatureStatus

SIGNER_ID = b"1234567812345678"  # GB/T 35276's default; OpenSSL needs it said (distid)
SM2_CURVE = "1.2.156.10197.1.301"
SM2_WITH_SM3 = "1.2.156.10197.1.501"
SIDECAR_SUFFIX = ".sm2"
FORMAT = "courtdesk-sm2-seal/1"


class Sm2SealError(CourtdeskError):
    code = "sm2_seal_error"


class Sm2KeyUnreadable(Sm2SealError):
    code = "sm2_key_unreadable"


class Sm2CertificateUnreadable(Sm2SealError):
    code = "sm2_certificate_unreadable"


class Sm2KeyMismatch(Sm2SealError):
    code = "sm2_key_mismatch"


def sidecar_path(pdf_path: Path | str) -> Path:
    pdf_path = Path(pdf_path)
    return pdf_path.with_name(pdf_path.name + SIDECAR_SUFFIX)


def sm3_hex(data: bytes) -> str:
    from gmssl_pyx import sm3_hash

    return sm3_hash(data).hex()


def _der(data: bytes) -> bytes:
    return pem.unarmor(data)[2] if pem.detect(data) else data


def read_private_key(path: Path | str) -> tuple[bytes, bytes | None]:
    """(32-byte private scalar, 64-byte public point or None) of an unencrypted SM2 key in
    PKCS#8 or SEC1 form, PEM or DER (what ``openssl genpkey -algorithm EC -pkeyopt
    ec_paramgen_curve:SM2`` writes)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Sm2KeyUnreadable(f"Cannot read the SM2 key {path}: {exc.strerror or exc}. "
                               "Nothing was sealed; check the path.") from exc
    if b"ENCRYPTED" in raw[:64]:
        raise Sm2KeyUnreadable(f"The SM2 key {path} is password-protected, which the SM2 seal "
                               "cannot open yet. Nothing was sealed; give an unencrypted key "
                               "kept on the court's sealing PC.")
    try:
        der = _der(raw)
        try:
            info = keys.PrivateKeyInfo.load(der, strict=True)
            curve = info["private_key_algorithm"]["parameters"].dump()
            ec_key = info["private_key"].parsed
            curve_oid = keys.ECDomainParameters.load(curve).chosen.dotted \
                if curve else ""
        except (ValueError, TypeError):
            ec_key = keys.ECPrivateKey.load(der, strict=True)
            params = ec_key["parameters"]
            curve_oid = params.chosen.dotted if params.native is not None else SM2_CURVE
        scalar = ec_key["private_key"].native
        public = ec_key["public_key"].native
    except Exception as exc:
        raise Sm2KeyUnreadable(f"{path} is not an SM2 private key (PEM or DER, PKCS#8 or "
                               "SEC1). Nothing was sealed; give the seal's SM2 key.") from exc
    if curve_oid != SM2_CURVE:
        raise Sm2KeyUnreadable(f"The key {path} is not on the SM2 curve ({curve_oid}). "
                               "Nothing was sealed; give the seal's SM2 key.")
    return scalar.to_bytes(32, "big"), (public[1:] if public else None)


def read_certificate(data_or_path: bytes | Path | str) -> x509.Certificate:
    if isinstance(data_or_path, (Path, str)):
        path = Path(data_or_path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Sm2CertificateUnreadable(
                f"Cannot read the certificate {path}: {exc.strerror or exc}. Check the path."
            ) from exc
    else:
        path, data = None, data_or_path
    try:
        cert = x509.Certificate.load(_der(data), strict=True)
        cert.subject  # noqa: B018  (parses now, so a broken file fails here, not later)
    except Exception as exc:
        raise Sm2CertificateUnreadable(
            f"{path or 'The certificate'} is not an X.509 certificate (PEM or DER).") from exc
    return cert


def _public_point(cert: x509.Certificate) -> bytes | None:
    """The certificate's 64-byte SM2 public point; None when its key is not SM2."""
    spki = cert["tbs_certificate"]["subject_public_key_info"]
    algorithm = spki["algorithm"]
    if algorithm["algorithm"].native != "ec":
        return None
    params = algorithm["parameters"]
    if params.name != "named" or params.chosen.dotted != SM2_CURVE:
        return None
    from gmssl_pyx import normalize_sm2_public_key

    return normalize_sm2_public_key(bytes(spki["public_key"].native))


def _cert_pem(cert: x509.Certificate) -> str:
    return pem.armor("CERTIFICATE", cert.dump()).decode("ascii")


def seal_beside(pdf_path: Path | str, key_file: Path | str, cert_file: Path | str) -> Path:
    """Seal the PDF as it is now with the SM2 key; write ``<pdf>.sm2`` and return its path.

    The PDF is only read. Raises Sm2SealError subclasses with what to do.
    """
    from gmssl_pyx import sm2_sign, sm2_verify

    pdf_path = Path(pdf_path)
    scalar, public = read_private_key(key_file)
    cert = read_certificate(cert_file)
    cert_point = _public_point(cert)
    if cert_point is None:
        raise Sm2CertificateUnreadable(
            f"The certificate {cert_file} does not hold an SM2 key; nothing was sealed. Give "
            "the SM2 seal's certificate.")
    if public is not None and public != cert_point:
        raise Sm2KeyMismatch(f"The SM2 key {key_file} is not the key of the certificate "
                             f"{cert_file}; nothing was sealed. Give the matching pair.")
    data = pdf_path.read_bytes()
    signature = sm2_sign(scalar, cert_point, data, SIGNER_ID)
    if not sm2_verify(cert_point, data, signature, SIGNER_ID):
        # A key file without its public half can only be matched this way.
        raise Sm2KeyMismatch(f"The SM2 key {key_file} is not the key of the certificate "
                             f"{cert_file}; nothing was sealed. Give the matching pair.")
    seal = {
        "format": FORMAT,
        "algorithm": "SM2-with-SM3",
        "document": pdf_path.name,
        "size": len(data),
        "sm3": sm3_hex(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "signer_id": SIGNER_ID.decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
        "certificate": _cert_pem(cert),
        "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out = sidecar_path(pdf_path)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(json.dumps(seal, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(out)
    return out


def _trust(cert: x509.Certificate, roots: list[x509.Certificate]) -> str:
    """'' when an SM2 CA among ``roots`` signed the certificate (or it is one of them) and
    it is valid now; otherwise why not, in words."""
    from gmssl_pyx import sm2_verify

    now = datetime.now(UTC)
    if now < cert.not_valid_before:
        return "the SM2 certificate is not valid yet"
    if now > cert.not_valid_after:
        return "the SM2 certificate has expired"
    usage = cert.key_usage_value
    if usage is not None and not ({"digital_signature", "non_repudiation"} & set(usage.native)):
        return "the SM2 certificate may not sign (key usage)"
    if not roots:
        return "no court CA to check the SM2 certificate against"
    if any(root.dump() == cert.dump() for root in roots):
        return ""
    issuers = [root for root in roots if root.subject == cert.issuer]
    if not issuers:
        return "the SM2 certificate was not issued by the court's CA"
    for root in issuers:
        root_point = _public_point(root)
        if root_point is None:
            continue
        if cert["signature_algorithm"]["algorithm"].dotted != SM2_WITH_SM3:
            return "the SM2 certificate is not signed with SM2-with-SM3"
        tbs = cert["tbs_certificate"].dump()
        if sm2_verify(root_point, tbs, bytes(cert["signature_value"].native), SIGNER_ID):
            if not (root.not_valid_before <= now <= root.not_valid_after):
                return "the court's SM2 CA certificate is not valid now"
            return ""
        return "the SM2 certificate's own signature does not match the court's CA"
    return "the court's CA is not an SM2 CA, so the SM2 certificate cannot be checked"


def _load_roots(trust_roots: Iterable | None) -> list[x509.Certificate]:
    """Certificates given as asn1crypto or ``cryptography`` objects, PEM/DER bytes or a
    file path (a PEM file may hold several)."""
    roots = []
    for root in trust_roots or ():
        if isinstance(root, x509.Certificate):
            roots.append(root)
        elif isinstance(root, (bytes, Path, str)):
            roots.extend(_certificates_in(root))
        elif hasattr(root, "public_bytes"):  # a cryptography certificate
            from cryptography.hazmat.primitives.serialization import Encoding

            roots.append(x509.Certificate.load(root.public_bytes(Encoding.DER)))
        else:
            roots.append(x509.Certificate.load(root.dump()))
    return roots


def _certificates_in(source: bytes | Path | str) -> list[x509.Certificate]:
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if not pem.detect(data):
        return [x509.Certificate.load(data)]
    return [x509.Certificate.load(der) for kind, _h, der in pem.unarmor(data, multiple=True)
            if kind == "CERTIFICATE"]


def check_beside(pdf_path: Path | str, trust_roots: Iterable | None = None
                 ) -> SignatureStatus | None:
    """The SM2 seal beside the PDF, checked against the PDF's bytes now; None when the PDF
    has no ``.sm2`` file beside it."""
    from gmssl_pyx import sm2_verify

    pdf_path = Path(pdf_path)
    path = sidecar_path(pdf_path)
    if not path.exists():
        return None
    status = SignatureStatus(field=path.name, signer="", signer_subject="", issuer="",
                             signed_at="", timestamped=False, intact=False, trusted=False,
                             modification="other", kind="sm2")
    try:
        seal = json.loads(path.read_text(encoding="utf-8"))
        cert = read_certificate(seal["certificate"].encode("ascii"))
        signature = base64.b64decode(seal["signature"], validate=True)
        signer_id = seal.get("signer_id", SIGNER_ID.decode()).encode("utf-8")
    except (ValueError, KeyError, TypeError, AttributeError, CourtdeskError) as exc:
        status.problem = f"the SM2 seal file {path.name} is unreadable ({exc})"
        return status
    status.signer = cert.subject.native.get("common_name", "") or cert.subject.human_friendly
    status.signer_subject = cert.subject.human_friendly
    status.issuer = cert.issuer.human_friendly
    status.signed_at = seal.get("signed_at", "")
    status.reason = "SM2-with-SM3"
    point = _public_point(cert)
    data = pdf_path.read_bytes()
    status.intact = bool(point is not None and seal.get("sm3") == sm3_hex(data)
                         and sm2_verify(point, data, signature, signer_id))
    status.modification = "none" if status.intact else "other"
    status.covers_whole_file = status.intact
    problem = _trust(cert, _load_roots(trust_roots)) if point is not None \
        else "the seal's certificate holds no SM2 key"
    status.trusted = not problem
    status.trust_problem = problem
    if not status.intact:
        status.problem = ("BROKEN: the PDF is not the file that was sealed: it changed after "
                          "the SM2 seal")
    elif problem:
        status.problem = f"not trusted: {problem}"
    return status
