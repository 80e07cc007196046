"""HTTPS with the court's CA pinned: the client talks to the court's server and refuses a
server whose certificate another CA signed, before sending anything."""

from __future__ import annotations

import pytest
from server_kit import PASSWORD, ServerProcess, seed
from sync_kit import open_client_store
from tls_kit import make_ca, make_server_cert

from courtdesk.offline_cache.sync_client import SyncClient
from courtdesk.offline_cache.sync_transport import SyncError, TlsRefused

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    pki = tmp_path_factory.mktemp("pki")
    ca_path, ca_key, ca_cert = make_ca(pki, "court-ca")
    other_ca_path, _, _ = make_ca(pki, "other-ca")
    cert, key = make_server_cert(pki, ca_key, ca_cert)
    data = tmp_path_factory.mktemp("tls-server")
    seed(f"sqlite:///{data / 'server.db'}")
    server = ServerProcess(data, tls=(cert, key), ca_file=ca_path).start()
    yield server, ca_path, other_ca_path
    server.stop()



def test_pinned_court_ca_is_trusted(tmp_path, tls_server):
    server, ca_path, _ = tls_server
    assert server.base_url.startswith("https://")
    store = open_client_store(tmp_path / "client")
    client = SyncClient(store, server.base_url, ca_path)
    saved, kept = client.session.login("clerk_a", PASSWORD)
    assert kept and saved.user["username"] == "clerk_a"
    assert client.sync().ok


def test_certificate_from_another_ca_is_refused_with_a_clear_message(tmp_path, tls_server):
    server, _, other_ca = tls_server
    store = open_client_store(tmp_path / "client")
    client = SyncClient(store, server.base_url, other_ca)
    with pytest.raises(TlsRefused, match="not signed by the court CA pinned in"):
        client.session.login("clerk_a", PASSWORD)
    assert client.session.tokens.load() is None


def test_plain_http_to_another_host_is_refused(tmp_path):
    store = open_client_store(tmp_path / "client")
    with pytest.raises(SyncError, match="only over TLS"):
        SyncClient(store, "http://court.example:8470")
