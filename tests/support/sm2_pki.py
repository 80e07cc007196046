"""SM2 keys and certificates made by Debian's OpenSSL 3 command line (gmssl-pyx makes no
X.509 certificates): an SM2 court CA and a seal certificate it issued, all with the standard
signer ID, as files in a folder."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

SIGNER_ID = "distid:1234567812345678"


def openssl(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True,
                          timeout=30)


@dataclass
class Sm2Pki:
    folder: Path
    ca_key: Path
    ca_cert: Path
    seal_key: Path
    seal_cert: Path

    def key(self, name: str) -> Path:
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2",
                "-out", f"{name}.key", cwd=self.folder)
        return self.folder / f"{name}.key"

    def self_signed(self, name: str, subject: str, *extra: str) -> tuple[Path, Path]:
        key = self.key(name)
        openssl("req", "-x509", "-new", "-key", key.name, "-sm3", "-sigopt", SIGNER_ID,
                "-utf8", "-subj", subject, "-days", "30", *extra, "-out", f"{name}.pem",
                cwd=self.folder)
        return key, self.folder / f"{name}.pem"

    def issued(self, name: str, subject: str, ca_key: Path, ca_cert: Path) -> tuple[Path, Path]:
        key = self.key(name)
        openssl("req", "-new", "-key", key.name, "-sm3", "-sigopt", SIGNER_ID, "-utf8",
                "-subj", subject, "-out", f"{name}.csr", cwd=self.folder)
        ext = self.folder / f"{name}.ext"
        ext.write_text("keyUsage = critical, digitalSignature, nonRepudiation\n")
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", str(ca_cert), "-CAkey",
                str(ca_key), "-sm3", "-sigopt", SIGNER_ID, "-vfyopt", SIGNER_ID, "-days", "30",
                "-extfile", ext.name, "-out", f"{name}.pem", cwd=self.folder)
        return key, self.folder / f"{name}.pem"


def make_sm2_pki(folder: Path) -> Sm2Pki:
    folder.mkdir(parents=True, exist_ok=True)
    pki = Sm2Pki(folder, *([Path()] * 4))
    pki.ca_key, pki.ca_cert = pki.self_signed("sm2-ca", "/CN=测试中级人民法院 SM2 CA/O=法院")
    pki.seal_key, pki.seal_cert = pki.issued("sm2-seal", "/CN=测试中级人民法院电子印章/O=法院",
                                             pki.ca_key, pki.ca_cert)
    return pki
