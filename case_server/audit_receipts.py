"""The server's signature on the audit chain heads it accepts (see offline_cache/
audit_receipts.py for what a PC does with one).

One Ed25519 key per server, made on first start in the server's data folder (mode 0600)
and never sent anywhere; PCs pin its public key on first use. Losing the key file means
PCs refuse the new key's receipts until court IT re-pins them: back it up with the data.
"""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from courtdesk.common.audit_receipt_form import RECEIPT_KIND, canonical, key_id

KEY_FILE = "audit-receipt-ed25519.pem"


class ReceiptSigner:
    def __init__(self, key_path: Path) -> None:
        self.key_path = Path(key_path)
        self._key = self._load_or_create()
        raw = self._key.public_key().public_bytes(serialization.Encoding.Raw,
                                                  serialization.PublicFormat.Raw)
        self.public_key = base64.b64encode(raw).decode("ascii")
        self.key_id = key_id(raw)

    def _load_or_create(self) -> Ed25519PrivateKey:
        try:
            data = self.key_path.read_bytes()
        except FileNotFoundError:
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            self.key_path.parent.mkdir(parents=True, exist_ok=True)
            try:
                # O_EXCL: two workers starting at once keep the first one's key.
                fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                data = self.key_path.read_bytes()
            else:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(pem)
                    handle.flush()
                    os.fsync(handle.fileno())
                return key
        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{self.key_path} is not an Ed25519 private key")
        return key

    def receipt(self, client_id: str, head_seq: int, head_hash: str) -> dict:
        payload = {"kind": RECEIPT_KIND, "client_id": client_id, "head_seq": head_seq,
                   "head_hash": head_hash, "key_id": self.key_id,
                   "issued_at": datetime.now(UTC).isoformat(timespec="milliseconds")}
        signature = self._key.sign(canonical(payload))
        return {"payload": payload, "signature": base64.b64encode(signature).decode("ascii")}
