"""A small court PKI made on the spot: the court's CA, its seal, a signing station, and the
certificates that must be refused (expired, not yet valid, another CA's, not for signing).

Tests sign with it, and the demo profile uses it as its demo court CA. Real courts get their
certificates from their CA; nothing here is meant for a real seal.

    pki = make_pki(folder)            # writes PEM and password-protected PKCS#12 files
    pki.p12("seal-rsa"), pki.ca_pem, pki.key_pem("seal-ec"), pki.cert_pem("seal-ec")
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

COURT = "延吉市人民法院"
OTHER_ORGANIZATION = "延吉市长白山商贸有限公司"  # a CA that is not the court's
DEFAULT_PASSWORD = b"court-1234"

# name -> (common name, key kind, issuer, (not before, not after) in days from now, for signing)
_LEAVES = {
    "seal-rsa": (f"{COURT} 电子印章", "rsa", "court", (-1, 730), True),
    "seal-ec": (f"{COURT} 电子印章", "ec", "court", (-1, 730), True),
    "station": (f"{COURT} 第三法庭 签名终端", "ec", "court", (-1, 730), True),
    "clerk": ("崔美兰", "rsa", "court", (-1, 730), True),
    "expired": (f"{COURT} 电子印章（已过期）", "rsa", "court", (-400, -30), True),
    "not-yet-valid": (f"{COURT} 电子印章（尚未生效）", "rsa", "court", (30, 400), True),
    "other-ca": ("长白山商贸有限公司 印章", "rsa", "other", (-1, 730), True),
    "no-nonrepudiation": (f"{COURT} 服务器", "rsa", "court", (-1, 730), False),
}


@dataclass(frozen=True)
class Pki:
    folder: Path
    password: bytes  # every PKCS#12 file's password

    @property
    def ca_pem(self) -> Path:
        """The court CA's certificate: what [signing].court_ca names."""
        return self.folder / "court-ca.pem"

    @property
    def other_ca_pem(self) -> Path:
        return self.folder / "other-ca.pem"

    @property
    def names(self) -> list[str]:
        return list(_LEAVES)

    def p12(self, name: str) -> Path:
        return self.folder / f"{name}.p12"

    def key_pem(self, name: str) -> Path:
        """The private key as unencrypted PKCS#8 PEM (for importing into a test token)."""
        return self.folder / f"{name}.key.pem"

    def cert_pem(self, name: str) -> Path:
        return self.folder / f"{name}.cert.pem"

    def cert_der(self, name: str) -> Path:
        return self.folder / f"{name}.cert.der"

    def common_name(self, name: str) -> str:
        return _LEAVES[name][0]


def _key(kind: str):
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str, unit: str = "", organization: str = COURT) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
             x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "吉林省"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization)]
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(parts)


def _ca(common_name: str, organization: str, now: dt.datetime):
    key = _key("rsa")
    subject = _name(common_name, "电子印章管理", organization)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _leaf(common_name: str, kind: str, issuer_key, issuer_cert, days: tuple[int, int],
          for_signing: bool, now: dt.datetime):
    key = _key(kind)
    organization = issuer_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    builder = (x509.CertificateBuilder().subject_name(_name(common_name, "", organization))
               .issuer_name(issuer_cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now + dt.timedelta(days=days[0]))
               .not_valid_after(now + dt.timedelta(days=days[1]))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(
                   digital_signature=True, content_commitment=for_signing,
                   key_encipherment=not for_signing and kind == "rsa",
                   data_encipherment=False, key_agreement=False, key_cert_sign=False,
                   crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   issuer_key.public_key()), critical=False))
    if not for_signing:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    return key, builder.sign(issuer_key, hashes.SHA256())


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    path.chmod(0o600)


def make_pki(folder: Path, password: bytes = DEFAULT_PASSWORD,
             now: dt.datetime | None = None) -> Pki:
    """Make the court CA, another CA and every leaf of ``_LEAVES`` in ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now(dt.UTC)
    pem = serialization.Encoding.PEM
    cas = {"court": _ca(f"{COURT} 电子印章CA", COURT, now),
           "other": _ca("长白山商贸有限公司 CA", OTHER_ORGANIZATION, now)}
    for label, (_, cert) in cas.items():
        path = folder / ("court-ca.pem" if label == "court" else "other-ca.pem")
        path.write_bytes(cert.public_bytes(pem))
    (folder / "court-ca.key.pem").write_bytes(cas["court"][0].private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    pki = Pki(folder, password)
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(20000)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256()).build(password))
    for name, (common_name, kind, issuer, days, for_signing) in _LEAVES.items():
        ca_key, ca_cert = cas[issuer]
        key, cert = _leaf(common_name, kind, ca_key, ca_cert, days, for_signing, now)
        _write(pki.p12(name), pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, [ca_cert], encryption))
        _write(pki.key_pem(name), key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        pki.cert_pem(name).write_bytes(cert.public_bytes(pem))
        pki.cert_der(name).write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return pki
