"""A real RFC 3161 timestamp authority on 127.0.0.1: certomancer's WSGI app (its own CA and
TSA certificate, made here; no config ships with certomancer) served by wsgiref in a thread."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ARCH = "court-tsa"
CONFIG = """\
external-url-prefix: "http://127.0.0.1:{port}"
keysets:
  tsa-keys:
    path-prefix: "{keys}"
    keys:
      root: {{path: root.key.pem}}
      tsa: {{path: tsa.key.pem}}
pki-architectures:
  {arch}:
    keyset: tsa-keys
    entity-defaults: {{country-name: CN, organization-name: 吉林省司法时间戳中心}}
    entities:
      root: {{common-name: 吉林省司法时间戳 根CA}}
      tsa: {{common-name: 吉林省司法时间戳服务}}
    certs:
      root:
        subject: root
        issuer: root
        validity: {{valid-from: "2020-01-01T00:00:00+0000", valid-to: "2045-01-01T00:00:00+0000"}}
        extensions:
          - id: basic_constraints
            critical: true
            value: {{ca: true}}
          - id: key_usage
            critical: true
            smart-value: {{schema: key-usage, params: [digital_signature, key_cert_sign, crl_sign]}}
      tsa:
        subject: tsa
        issuer: root
        validity: {{valid-from: "2020-01-01T00:00:00+0000", valid-to: "2045-01-01T00:00:00+0000"}}
        extensions:
          - id: key_usage
            critical: true
            smart-value: {{schema: key-usage, params: [digital_signature]}}
          - id: extended_key_usage
            critical: true
            value: [time_stamping]
    services:
      time-stamping:
        tsa:
          signing-key: tsa
          signing-cert: tsa
"""


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:  # no request lines in the test output
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def timestamp_authority(folder: Path):
    """Yield (url, root_pem_path): the TSA's address and its root certificate."""
    from certomancer.integrations.animator import Animator, AnimatorArchStore
    from certomancer.registry import CertomancerConfig

    folder.mkdir(parents=True, exist_ok=True)
    for name in ("root", "tsa"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / f"{name}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
    port = _free_port()
    config = CertomancerConfig.from_yaml(
        CONFIG.format(port=port, keys=folder, arch=ARCH), key_search_dir=str(folder))
    arch = config.get_pki_arch(ARCH)
    root_pem = folder / "tsa-root.pem"
    root_pem.write_bytes(_pem(arch))
    app = Animator(AnimatorArchStore({ARCH: arch}), with_web_ui=False)
    server = make_server("127.0.0.1", port, app, server_class=WSGIServer,
                         handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/{ARCH}/tsa/tsa", root_pem
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _pem(arch) -> bytes:
    from cryptography import x509

    return x509.load_der_x509_certificate(arch.get_cert("root").dump()).public_bytes(
        serialization.Encoding.PEM)
