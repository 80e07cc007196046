"""A real RFC 3161 timestamp authority on 127.0.0.1: certomancer's WSGI app (its own root
CA and TSA certificate, keys made here) served by werkzeug in a thread. ``stop()`` takes it
down (the port then refuses connections) and ``start()`` brings it back on the same port."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

CONFIG = """\
external-url-prefix: "http://127.0.0.1:{port}"
keysets:
  court-tsa:
    path-prefix: {keys}
    keys:
      root:
        path: root.key.pem
      tsa:
        path: tsa.key.pem
pki-architectures:
  court-tsa:
    keyset: court-tsa
    entity-defaults:
      country-name: CN
      organization-name: 吉林省司法时间戳中心
    entities:
      root:
        common-name: 吉林省司法时间戳 根CA
      tsa:
        common-name: 吉林省司法时间戳服务
    certs:
      root:
        subject: root
        subject-key: root
        issuer: root
        authority-key: root
        validity:
          valid-from: "2020-01-01T00:00:00+0000"
          valid-to: "2090-01-01T00:00:00+0000"
        extensions:
          - id: basic_constraints
            critical: true
            value:
              ca: true
          - id: key_usage
            critical: true
            smart-value:
              schema: key-usage
              params: [digital_signature, key_cert_sign, crl_sign]
      tsa:
        issuer: root
        validity:
          valid-from: "2020-01-01T00:00:00+0000"
          valid-to: "2090-01-01T00:00:00+0000"
        extensions:
          - id: key_usage
            critical: true
            smart-value:
              schema: key-usage
              params: [digital_signature]
          - id: extended_key_usage
            critical: true
            value: [time_stamping]
    services:
      time-stamping:
        tsa:
          signing-key: tsa
          signing-cert: tsa
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TimestampAuthority:
    def __init__(self, folder: Path) -> None:
        from certomancer.integrations.animator import Animator, AnimatorArchStore
        from certomancer.registry import CertomancerConfig

        folder.mkdir(parents=True, exist_ok=True)
        keys = folder / "keys"
        keys.mkdir(exist_ok=True)
        for name in ("root", "tsa"):
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            (keys / f"{name}.key.pem").write_bytes(key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()))
        self.port = free_port()
        config = folder / "certomancer.yml"
        config.write_text(CONFIG.format(port=self.port, keys=keys), encoding="utf-8")
        self.config = CertomancerConfig.from_file(str(config), key_search_dir=str(folder))
        self.app = Animator(AnimatorArchStore(self.config.pki_archs), with_web_ui=False)
        self.url = f"http://127.0.0.1:{self.port}/court-tsa/tsa/tsa"
        self._server = None
        self._thread = None

    @property
    def root_pem(self) -> bytes:
        from asn1crypto import pem

        cert = self.config.get_pki_arch("court-tsa").get_cert("root")
        return pem.armor("CERTIFICATE", cert.dump())

    def start(self) -> None:
        from werkzeug.serving import make_server

        self._server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=10)
            self._server = None


@contextlib.contextmanager
def timestamp_authority(folder: Path):
    """A running TSA for one block: yields (url, path of its root certificate in PEM)."""
    tsa = TimestampAuthority(folder)
    root = folder / "tsa-root.pem"
    root.write_bytes(tsa.root_pem)
    tsa.start()
    try:
        yield tsa.url, root
    finally:
        tsa.stop()
