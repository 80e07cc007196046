"""Finding receivers on the LAN by mDNS / DNS-SD (python-zeroconf), with no server.

A receiver announces itself while it listens — service type ``_courtdesk-cast._tcp``, its
address and port, and in the TXT record its name (UTF-8, Chinese or Korean as the room
screen shows it), its certificate's fingerprint, whether it is public and the protocol
version — and withdraws the announcement when it stops. A sender browses for a couple of
seconds (:func:`browse`) or keeps a live list (:class:`ReceiverBrowser`, for a dialog).

An announcement proves nothing: anyone on the LAN can announce any name, address and
fingerprint. Discovery only saves typing the address; the PIN pairing stays what decides
whether the screen is the one in the room (it binds the certificate the sender actually
sees). The announced fingerprint is used one way only: a receiver that answers with
another certificate than the one announced for it is refused before any PIN is used
(:class:`~courtdesk.casting.sender.CastSession` ``expected_fingerprint``), since the
announcement and the connection then did not reach the same machine. mDNS is often
blocked on court networks (multicast filtered between VLANs), so typing the address the
room screen shows must always work and never depends on this module.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import ifaddr
from zeroconf import (
    BadTypeInNameException,
    InterfaceChoice,
    IPVersion,
    ServiceBrowser,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)
from zeroconf.asyncio import AsyncZeroconf

from .protocol import VERSION

log = logging.getLogger(__name__)

SERVICE_TYPE = "_courtdesk-cast._tcp.local."
_LABEL_BYTES = 63  # a DNS label's limit, and so an instance name's
_TXT_NAME_BYTES = 200  # a TXT string holds 255 bytes, "name=" included


class DiscoveryUnavailable(OSError):
    """This PC has no network on which to ask (no address but loopback, or multicast
    refused): nothing can be found, and typing the address is the way."""


@dataclass(frozen=True)
class FoundReceiver:
    """A receiver that answered on the LAN, as a sender's list shows it."""

    name: str
    address: str  # "HOST:PORT", what `cast send --to` and the cast dialog take
    fingerprint: str  # SHA-256 of its certificate as it announced it (hex)
    public: bool
    protocol: int = VERSION
    addresses: tuple[str, ...] = ()  # every address it announced
    service: str = ""  # its DNS-SD instance name

    @property
    def speaks_our_protocol(self) -> bool:
        return self.protocol == VERSION


def _cut_utf8(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` UTF-8 bytes without splitting a character."""
    return text.encode()[:limit].decode(errors="ignore")


def _service_name(name: str, fingerprint: str) -> str:
    # The name people read, plus a piece of the fingerprint: two rooms both called
    # "第三审判庭" (copied configs) stay two services.
    suffix = f" [{fingerprint[:8]}]"
    label = _cut_utf8(name.replace(".", "·"), _LABEL_BYTES - len(suffix)) + suffix
    return f"{label}.{SERVICE_TYPE}"


def local_addresses() -> list[str]:
    """This PC's IPv4 addresses that other PCs can reach (not loopback, not link-local)."""
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not ip.is_IPv4:
                continue
            address = ipaddress.IPv4Address(ip.ip)
            if not (address.is_loopback or address.is_link_local) and str(address) not in found:
                found.append(str(address))
    return found


def _local_networks() -> list[ipaddress.IPv4Network]:
    networks = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if ip.is_IPv4 and not ipaddress.IPv4Address(ip.ip).is_loopback:
                networks.append(ipaddress.IPv4Network(f"{ip.ip}/{ip.network_prefix}",
                                                      strict=False))
    return networks


def _pick_address(addresses: list[str]) -> str | None:
    """The address to connect to: one on a network this PC is on, if any (a receiver with
    two network cards announces both, and only one may be reachable from here)."""
    if not addresses:
        return None
    networks = _local_networks()
    for text in addresses:
        address = ipaddress.ip_address(text)
        if address.version == 4 and any(address in net for net in networks):
            return text
    return next((a for a in addresses if ":" not in a), addresses[0])


def _txt(info: ServiceInfo) -> dict[str, str]:
    out = {}
    for key, value in (info.properties or {}).items():
        try:
            out[key.decode()] = (value or b"").decode()
        except UnicodeDecodeError:
            continue  # a malformed announcement says nothing we can use
    return out


def found_receiver(info: ServiceInfo) -> FoundReceiver | None:
    """What a resolved announcement tells, or None when it cannot be used (no address, or
    not a courtdesk receiver's TXT)."""
    txt = _txt(info)
    addresses = info.parsed_scoped_addresses(IPVersion.All)
    host = _pick_address(addresses)
    fingerprint = txt.get("fp", "").lower()
    if host is None or not info.port or len(fingerprint) != 64:
        return None
    try:
        protocol = int(txt.get("v", "0"))
    except ValueError:
        protocol = 0
    shown_host = f"[{host}]" if ":" in host else host
    name = txt.get("name") or info.name.removesuffix("." + SERVICE_TYPE)
    return FoundReceiver(name, f"{shown_host}:{info.port}", fingerprint,
                         txt.get("public") == "1", protocol, tuple(addresses), info.name)


class ReceiverAnnouncement:
    """A receiver's announcement on the LAN, from :meth:`start` until :meth:`close`, on
    the receiver's event loop. Court networks may drop multicast: then nobody finds the
    receiver this way, but it still works by its typed address."""

    def __init__(self, name: str, port: int, fingerprint: str, public: bool,
                 addresses: list[str] | None = None) -> None:
        self.name = name
        self.port = port
        self.fingerprint = fingerprint
        self.public = public
        # Announce only what it listens on: a receiver bound to one address is not
        # reachable on the others.
        self.addresses = list(addresses) if addresses else local_addresses()
        self._zeroconf: AsyncZeroconf | None = None
        self.info: ServiceInfo | None = None

    async def start(self) -> ServiceInfo:
        if not self.addresses:
            raise OSError("this PC has no network address other PCs could reach")
        self.info = ServiceInfo(
            SERVICE_TYPE, _service_name(self.name, self.fingerprint), port=self.port,
            properties={"name": _cut_utf8(self.name, _TXT_NAME_BYTES).encode(),
                        "fp": self.fingerprint, "public": "1" if self.public else "0",
                        "v": str(VERSION)},
            server=f"courtdesk-{self.fingerprint[:12]}.local.",
            addresses=[socket.inet_aton(a) for a in self.addresses])
        self._zeroconf = AsyncZeroconf(interfaces=self.addresses, ip_version=IPVersion.V4Only)
        try:
            await (await self._zeroconf.async_register_service(self.info,
                                                               allow_name_change=True))
        except BaseException:
            await self._zeroconf.async_close()
            self._zeroconf = None
            raise
        return self.info

    async def close(self) -> None:
        """Withdraw the announcement (a goodbye, so lists drop it at once) and stop."""
        zeroconf, self._zeroconf = self._zeroconf, None
        if zeroconf is None:
            return
        try:
            await (await zeroconf.async_unregister_service(self.info))
        finally:
            await zeroconf.async_close()


class ReceiverBrowser:
    """A live list of the receivers on the LAN, for a dialog that lists them as they come
    and go. ``on_change(receivers)`` is called with the whole list, sorted by name, each
    time it changes — on the browser's own thread: a Qt caller hands it to the GUI thread
    (a queued signal) and never touches widgets from it."""

    def __init__(self, on_change: Callable[[list[FoundReceiver]], None] = lambda found: None,
                 *, interfaces: list[str] | InterfaceChoice = InterfaceChoice.All) -> None:
        self.on_change = on_change
        self._interfaces = interfaces
        self._found: dict[str, FoundReceiver] = {}
        self._lock = threading.Lock()
        self._zeroconf: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None

    def start(self) -> ReceiverBrowser:
        try:
            self._zeroconf = Zeroconf(interfaces=self._interfaces,
                                      ip_version=IPVersion.V4Only)
        except (OSError, RuntimeError) as exc:  # zeroconf says "no interfaces" as RuntimeError
            raise DiscoveryUnavailable(f"no network to search on here ({exc})") from exc
        self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._changed])
        return self

    def receivers(self) -> list[FoundReceiver]:
        with self._lock:
            return sorted(self._found.values(), key=lambda r: (r.name, r.address))

    def close(self) -> None:
        zeroconf, self._zeroconf = self._zeroconf, None
        if zeroconf is None:
            return
        self._browser.cancel()
        zeroconf.close()

    def __enter__(self) -> ReceiverBrowser:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def _changed(self, zeroconf: Zeroconf, service_type: str, name: str,
                 state_change: ServiceStateChange) -> None:
        # On the browser's thread, where waiting is allowed; answers usually carry SRV,
        # TXT and A records with the PTR, so the lookup is served from the cache.
        found = None
        if state_change is not ServiceStateChange.Removed:
            try:
                info = zeroconf.get_service_info(service_type, name, timeout=3000)
            except (BadTypeInNameException, RuntimeError):
                info = None  # a malformed name, or the browser closing
            found = found_receiver(info) if info is not None else None
            if found is None:
                log.info("ignored an announcement without a usable address or TXT: %s", name)
        with self._lock:
            before = self._found.get(name)
            if found is None:
                self._found.pop(name, None)
            else:
                self._found[name] = found
        if before != found:
            self.on_change(self.receivers())


def browse(timeout: float = 2.0) -> list[FoundReceiver]:
    """The receivers that answer on the LAN within ``timeout`` seconds (blocking: call it
    off the GUI thread). An empty list may only mean that multicast is blocked here;
    :class:`DiscoveryUnavailable` when this PC has no network to ask on."""
    with ReceiverBrowser() as browser:
        time.sleep(timeout)
        return browser.receivers()
