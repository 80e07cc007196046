"""`courtdesk config station-password`: court IT keeps the signing station key's password in
the PC's keyring, where the signing round finds it. Checked against the key before it is
kept; a wrong one is refused and nothing is stored; only court IT may set it."""

from __future__ import annotations

import pytest

from courtdesk.app.accounts import AccountBook
from courtdesk.app.cli import main
from courtdesk.app.profile import open_store
from courtdesk.app.signing_rounds import (
    STATION_KEYRING_SERVICE,
    StationKeyUnavailable,
    open_station_key,
    signing_config,
)
from courtdesk.common.roles import Role
from courtdesk.signing.testpki import DEFAULT_PASSWORD

pytestmark = [pytest.mark.timeout(120),
              pytest.mark.usefixtures("memory_keyring", "passphrase_env")]

IT_PASSWORD = "it-password-1234"


@pytest.fixture
def courtroom_pc(tmp_path, monkeypatch, pki):
    config = tmp_path / "courtdesk.toml"
    config.write_text(f'[signing]\ncourt_ca = "{pki.ca_pem}"\n'
                      f'station_p12 = "{pki.p12("station")}"\n', encoding="utf-8")
    monkeypatch.setenv("COURTDESK_CONFIG", str(config))
    store = open_store()
    try:
        book = AccountBook(store)
        admin = book.create(None, "it", "信息科", Role.IT_ADMIN, IT_PASSWORD)
        book.create(admin, "clerk", "崔美兰", Role.CLERK, IT_PASSWORD)
    finally:
        store.close()
    (tmp_path / "login").write_text(IT_PASSWORD + "\n")
    (tmp_path / "right").write_text(DEFAULT_PASSWORD.decode() + "\n")
    (tmp_path / "wrong").write_text("not-the-password\n")
    return tmp_path


def station_command(folder, user: str, secret: str) -> int:
    return main(["--user", user, "--password-file", str(folder / "login"), "config",
                 "station-password", "--from-file", str(folder / secret)])


def test_court_it_keeps_the_station_password_and_the_round_opens_the_key(
        courtroom_pc, capsys):
    import keyring

    with pytest.raises(StationKeyUnavailable):  # before: the round cannot take signatures
        open_station_key()
    assert station_command(courtroom_pc, "it", "wrong") != 0
    assert "password for station.p12 is wrong" in capsys.readouterr().err
    assert keyring.get_password(STATION_KEYRING_SERVICE,
                                signing_config().station_p12) is None

    assert station_command(courtroom_pc, "it", "right") == 0
    assert "kept in this PC's keyring" in capsys.readouterr().out
    with open_station_key() as station:
        assert station.signer_name.endswith("签名终端")


def test_only_court_it_may_set_it(courtroom_pc, capsys):
    import keyring

    assert station_command(courtroom_pc, "clerk", "right") != 0
    assert "court IT" in capsys.readouterr().err
    assert keyring.get_password(STATION_KEYRING_SERVICE,
                                signing_config().station_p12) is None
