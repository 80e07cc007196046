"""Finding a receiver by mDNS as on a court LAN: the receiver and the sender run in two
network namespaces joined by a veth pair on a private /30 (mDNS does not cross loopback),
each a real `courtdesk` process; the address found is the one the cast then uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from cast_kit import PIN, CastProcess, cli_env

pytestmark = pytest.mark.timeout(150)

NAME = "第三审判庭·대법정"  # the room screen's name, as senders must list it
RX_IP, TX_IP = "10.213.0.1", "10.213.0.2"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=30)


@pytest.fixture
def two_hosts():
    """Two network namespaces, each with one end of a veth pair and a default route over
    it (as a PC on a LAN has); removed at the end whatever happened."""
    tag = f"{os.getpid() % 100000}"
    rx, tx = f"cdrx{tag}", f"cdtx{tag}"
    made = []
    try:
        for ns in (rx, tx):
            _ip("netns", "add", ns)
            made.append(ns)
        _ip("link", "add", f"vr{tag}", "type", "veth", "peer", "name", f"vt{tag}")
        for ns, dev, ip in ((rx, f"vr{tag}", RX_IP), (tx, f"vt{tag}", TX_IP)):
            _ip("link", "set", dev, "netns", ns)
            _ip("-n", ns, "addr", "add", f"{ip}/30", "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "route", "add", "default", "dev", dev)
        yield {"rx": ("ip", "netns", "exec", rx), "tx": ("ip", "netns", "exec", tx),
               # the room PC's cable pulled: no close, no reset, packets simply vanish
               "unplug": lambda: _ip("-n", rx, "link", "set", f"vr{tag}", "down")}
    finally:
        for ns in made:  # the veth pair goes with its namespaces
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=30)


def _cast_list(prefix: tuple[str, ...], home, timeout: float = 3.0) -> list[dict]:
    done = subprocess.run([*prefix, sys.executable, "-m", "courtdesk.app", "cast", "list",
                           "--json", "--timeout", str(timeout)], env=cli_env(home),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["receivers"]


def test_a_receiver_found_by_mdns_across_the_lan_is_cast_to(
        tmp_path, presenter_home, processes, two_hosts):
    home, profile = presenter_home
    (tmp_path / "pin").write_text(PIN + "\n")
    # A sender's dialog keeps a live list: it sees the receiver come, then go.
    watcher = CastProcess(["cast", "list", "--watch", "--json"], cli_env(tmp_path / "w"),
                          prefix=two_hosts["tx"])
    processes.append(watcher)
    receiver = CastProcess(
        ["cast", "receive", "--headless", "--json", "--name", NAME, "--port", "0", "--pin-file",
         str(tmp_path / "pin"), "--state-dir", str(tmp_path / "rx"), "--cache",
         str(tmp_path / "rx-screen"), "--screen", "1280x720"],
        cli_env(tmp_path / "rx-home"), prefix=two_hosts["rx"])
    processes.append(receiver)
    ready = receiver.wait_for(lambda e: e["event"] == "ready")
    assert ready["address"] == f"{RX_IP}:{ready['port']}"  # what its screen shows to type
    announced = receiver.wait_for(lambda e: e["event"] in ("announced", "announce_failed"))
    assert announced["event"] == "announced" and announced["addresses"] == [RX_IP]

    found = _cast_list(two_hosts["tx"], home)
    assert found == [{"name": NAME, "address": ready["address"],
                      "fingerprint": ready["fingerprint"], "public": False, "protocol": 1,
                      "same_protocol": True, "paired": "no"}]
    seen = watcher.wait_for(lambda e: e.get("receivers"))
    assert [r["name"] for r in seen["receivers"]] == [NAME]

    # What answers at the found address must show the certificate announced for it:
    # otherwise nothing is sent, not even the PIN exchange.
    forged = "0" * 64
    mismatch = CastProcess(["--user", "judge", "cast", "send", profile["document"]["id"],
                            "--to", found[0]["address"], "--pin", PIN, "--fingerprint", forged,
                            "--json"], cli_env(home), prefix=two_hosts["tx"])
    processes.append(mismatch)
    assert mismatch.finish() == 1
    assert mismatch.wait_for(lambda e: "error" in e)["error"] == "cast_announcement_mismatch"
    assert not receiver.events("refused") and not receiver.events("paired")

    sender = CastProcess(["--user", "judge", "cast", "send", profile["document"]["id"],
                          "--to", found[0]["address"], "--pin", PIN, "--fingerprint",
                          found[0]["fingerprint"], "--json"], cli_env(home), stdin=True,
                         prefix=two_hosts["tx"])
    processes.append(sender)
    assert sender.wait_for(lambda e: e.get("event") == "paired")["receiver"] == NAME
    painted = receiver.wait_for(lambda e: e["event"] == "painted")
    assert (painted["page"], painted["presenter"]) == (1, "崔东哲")
    sender.command("2")
    receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 2)
    sender.command("stop")
    assert sender.finish() == 0, sender.stderr_now()
    assert _cast_list(two_hosts["tx"], home, 2.0)[0]["paired"] == "yes"

    # A receiver that stops withdraws its announcement: live lists drop it at once
    # (without the goodbye they would keep it for the record's 75-minute lifetime).
    receiver.proc.terminate()
    assert receiver.finish() == 0
    gone = watcher.wait_for(lambda e: e.get("receivers") == [], 20)
    assert gone == {"receivers": []}


def test_a_room_screen_whose_network_silently_goes_is_noticed_on_both_ends(
        tmp_path, presenter_home, processes, two_hosts):
    """A pulled cable sends no goodbye: keepalive pings find it. The presenter is told the
    screen was lost and the receiver clears the page instead of showing it for good."""
    home, profile = presenter_home
    (tmp_path / "pin").write_text(PIN + "\n")
    receiver = CastProcess(
        ["cast", "receive", "--headless", "--json", "--no-announce", "--port", "0",
         "--pin-file", str(tmp_path / "pin"), "--state-dir", str(tmp_path / "rx"), "--cache",
         str(tmp_path / "rx-screen"), "--screen", "640x480"],
        cli_env(tmp_path / "rx-home"), prefix=two_hosts["rx"])
    processes.append(receiver)
    ready = receiver.wait_for(lambda e: e["event"] == "ready")
    sender = CastProcess(["--user", "judge", "cast", "send", profile["document"]["id"],
                          "--to", ready["address"], "--pin", PIN, "--json"], cli_env(home),
                         stdin=True, prefix=two_hosts["tx"])
    processes.append(sender)
    receiver.wait_for(lambda e: e["event"] == "painted" and e["page"] == 1)
    two_hosts["unplug"]()
    cleared = receiver.wait_for(lambda e: e["event"] == "cleared", 30)
    assert cleared["reason"] == "disconnected"
    assert not (tmp_path / "rx-screen" / "screen.png").exists()
    assert sender.finish(30) == 1
    assert sender.wait_for(lambda e: "error" in e)["error"] == "cast_connection_lost"


def test_with_no_network_to_search_on_list_says_so_and_a_receiver_still_serves(tmp_path):
    """A PC with no network up (a namespace with nothing in it): nothing can be found,
    which is said, and the receiver listens for a typed address all the same."""
    ns = f"cdlone{os.getpid() % 100000}"
    _ip("netns", "add", ns)
    receiver = None
    try:
        prefix = ("ip", "netns", "exec", ns)
        done = subprocess.run([*prefix, sys.executable, "-m", "courtdesk.app", "cast", "list",
                               "--json", "--timeout", "1"], env=cli_env(tmp_path / "tx"),
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        answer = json.loads(done.stdout)
        assert answer["receivers"] == [] and "no network to search on" in answer["unavailable"]
        receiver = CastProcess(["cast", "receive", "--headless", "--json", "--port", "0",
                                "--state-dir", str(tmp_path / "rx")],
                               cli_env(tmp_path / "rx-home"),
                               prefix=prefix)
        failed = receiver.wait_for(lambda e: e["event"] in ("announced", "announce_failed"))
        assert failed["event"] == "announce_failed"
        assert receiver.proc.poll() is None  # listening on, for a typed address
    finally:
        if receiver is not None:
            receiver.stop()
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=30)
