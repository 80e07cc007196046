"""HTTP to the court's case server: pinned TLS, the login token in the keyring, backoff.

Everything here turns transport trouble into errors a person (or the sync worker) can act
on: :class:`ServerUnreachable` and :class:`ServerBusy` are transient (try again later),
:class:`LoginRequired` needs a person, :class:`TlsRefused` needs court IT.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from .errors import CourtdeskError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "courtdesk"


class SyncError(CourtdeskError):
    code = "sync_error"


class ServerUnreachable(SyncError):
    """No answer (no network, server down, connection cut): try again later."""

    code = "server_unreachable"


class ServerBusy(SyncError):
    """The server answered 5xx: nothing was committed, try again after ``retry_after``."""

    code = "server_busy"

    def __init__(self, message: str, retry_after: float | None = None, **params) -> None:
        super().__init__(message, **params)
        self.retry_after = retry_after


class LoginRequired(SyncError):
    code = "login_required"


class TlsRefused(SyncError):
    code = "tls_refused"


class ServerRefused(SyncError):
    """A 4xx the client cannot fix by retrying (a bug or a server of another version)."""

    code = "server_refused"


TRANSIENT = (ServerUnreachable, ServerBusy)


def normalize_server_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.netloc:
        return url
    # Plain HTTP only on this machine's loopback (a local test server): court data
    # never crosses a network in the clear.
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url
    raise SyncError(f"The server address {url!r} is not an https:// address. courtdesk sends "
                    "court data only over TLS; use the address court IT gave you.")


def tls_context(ca_file: str | Path) -> ssl.SSLContext:
    """Trust exactly the court's CA: no system or bundled roots (create_default_context
    loads default roots only when given no CA at all)."""
    try:
        return ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca_file))
    except (OSError, ssl.SSLError) as exc:
        raise TlsRefused(f"The court CA certificate {ca_file} cannot be read ({exc}). Ask "
                         "court IT for the right file and put its path in [server] ca_file "
                         "of the machine config.") from exc


def make_http_client(server_url: str, ca_file: str | Path | None = None, *,
                     transport: httpx.BaseTransport | None = None,
                     timeout: float = 30.0) -> httpx.Client:
    verify: ssl.SSLContext | bool = True
    if ca_file:
        verify = tls_context(ca_file)
    kwargs: dict = {"base_url": server_url, "timeout": httpx.Timeout(timeout, connect=10.0),
                    "headers": {"User-Agent": "courtdesk-sync/1"}}
    if transport is not None:
        kwargs["transport"] = transport
    else:
        kwargs["verify"] = verify
    return httpx.Client(**kwargs)


def _is_certificate_failure(exc: BaseException) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


# -- the token in the keyring ------------------------------------------------------------
@dataclass
class SavedLogin:
    token: str
    expires_at: float  # epoch seconds
    user: dict

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at - 30


class TokenKeeper:
    """The bearer token of one server, kept in the OS keyring under its URL.

    Never in a file or the log. Without a usable keyring it lives only in this process,
    and the next process asks for the password again.
    """

    def __init__(self, server_url: str, profile: str = "") -> None:
        self.server_url = server_url
        # Keyed by server and store: two profiles of one OS account keep their own logins.
        self.account = f"{server_url} {profile}".strip()
        self._memory: SavedLogin | None = None

    @staticmethod
    def keyring_usable() -> bool:
        from .store_key import keyring_is_usable

        try:
            return keyring_is_usable()
        except Exception:  # a broken backend is as good as none
            return False

    def load(self) -> SavedLogin | None:
        if self._memory is not None:
            return self._memory
        if not self.keyring_usable():
            return None
        import keyring

        try:
            raw = keyring.get_password(KEYRING_SERVICE, self.account)
        except Exception as exc:  # keyring locked or gone: log in again
            log.warning("keyring read failed: %s", type(exc).__name__)
            return None
        if not raw:
            return None
        try:
            data = json.loads(raw)
            self._memory = SavedLogin(data["token"], float(data["expires_at"]), data["user"])
        except (ValueError, KeyError, TypeError):
            return None
        return self._memory

    def save(self, saved: SavedLogin) -> bool:
        """Keep the token; False when it could only be kept for this process."""
        self._memory = saved
        if not self.keyring_usable():
            return False
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, self.account, json.dumps(
                {"token": saved.token, "expires_at": saved.expires_at, "user": saved.user}))
        except Exception as exc:
            log.warning("keyring write failed: %s", type(exc).__name__)
            return False
        return True

    def forget(self) -> None:
        self._memory = None
        if not self.keyring_usable():
            return
        import keyring

        try:
            keyring.delete_password(KEYRING_SERVICE, self.account)
        except Exception:  # nothing stored, or the keyring is away: nothing to forget
            pass


# -- backoff ------------------------------------------------------------------------------
class Backoff:
    """Exponential backoff with full jitter, so many laptops back at the court at 9:00 do
    not all knock at once; a server's Retry-After is the least wait."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None):
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def reset(self) -> None:
        self.failures = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 20))
        delay = self._rng.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay


# -- one server ---------------------------------------------------------------------------
class ServerSession:
    """Authenticated requests to one server, errors translated."""

    def __init__(self, server_url: str, ca_file: str | Path | None = None, *,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                 profile: str = "") -> None:
        self.server_url = normalize_server_url(server_url)
        self.ca_file = str(ca_file) if ca_file else ""
        self.http = make_http_client(self.server_url, ca_file, transport=transport,
                                     timeout=timeout)
        self.tokens = TokenKeeper(self.server_url, profile)

    def close(self) -> None:
        self.http.close()

    # -- requests --------------------------------------------------------------------------
    def send(self, method: str, path: str, *, auth: bool = True,
             ok: tuple[int, ...] = (200,), **kwargs) -> httpx.Response:
        return self._open(method, path, auth=auth, ok=ok, stream=False, **kwargs)

    @contextmanager
    def stream(self, method: str, path: str, *, auth: bool = True,
               ok: tuple[int, ...] = (200,), **kwargs) -> Iterator[httpx.Response]:
        """As :meth:`send`, with the body read as it is iterated (a large download is
        never held whole); a network failure while reading reads as a lost server."""
        response = self._open(method, path, auth=auth, ok=ok, stream=True, **kwargs)
        try:
            yield response
        except httpx.TransportError as exc:
            raise self._unreachable(exc) from exc
        finally:
            response.close()

    def _open(self, method: str, path: str, *, auth: bool, ok: tuple[int, ...], stream: bool,
              **kwargs) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if auth:
            saved = self.tokens.load()
            if saved is None or saved.expired:
                raise LoginRequired(f"Log in to {self.server_url} first; your work stays on "
                                    "this PC meanwhile.", server=self.server_url)
            headers["Authorization"] = f"Bearer {saved.token}"
        try:
            request = self.http.build_request(method, path, headers=headers, **kwargs)
            response = self.http.send(request, stream=stream)
        except httpx.TransportError as exc:
            if _is_certificate_failure(exc):
                pinned = (f"the court CA pinned in {self.ca_file}" if self.ca_file
                          else "a CA this computer trusts")
                raise TlsRefused(
                    f"The server at {self.server_url} presented a certificate not signed by "
                    f"{pinned}. courtdesk sent nothing to it. It may be the wrong address or "
                    "someone in between; ask court IT before trying again.") from exc
            raise self._unreachable(exc) from exc
        if response.status_code in ok:
            return response
        try:
            if stream:
                response.read()  # the error's explanation, which is small
        except httpx.TransportError as exc:
            response.close()
            raise self._unreachable(exc) from exc
        try:
            self._raise_for(response)
        finally:
            response.close()
        return response  # not reached

    def _unreachable(self, exc: Exception) -> ServerUnreachable:
        return ServerUnreachable(f"The server {self.server_url} cannot be reached "
                                 f"({type(exc).__name__}). Your work is kept on this PC "
                                 "and syncs when the network is back.")

    def _raise_for(self, response: httpx.Response) -> None:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = body.get("detail") if isinstance(body, dict) else None
        code = body.get("code") if isinstance(body, dict) else None
        if status == 401:
            self.tokens.forget()
            raise LoginRequired(f"The server {self.server_url} asks you to log in again "
                                f"({detail or 'token expired'}).", server_code=code or "")
        if status >= 500:
            retry_after = None
            header = response.headers.get("Retry-After")
            if header and header.strip().isdigit():
                retry_after = float(header)
            raise ServerBusy(f"The server {self.server_url} could not take the request now "
                             f"({status}{', ' + str(detail) if detail else ''}); courtdesk "
                             "tries again shortly.", retry_after=retry_after, status=status,
                             server_code=code or "")
        header = response.headers.get("Retry-After", "").strip()
        raise ServerRefused(f"The server {self.server_url} refused the request ({status} "
                            f"{code or ''}: {detail or response.text[:200]}).", status=status,
                            server_code=code or "",
                            retry_after=int(header) if header.isdigit() else None)

    def health(self) -> bool:
        try:
            self.send("GET", "/health", auth=False)
            return True
        except (ServerUnreachable, ServerBusy, ServerRefused):
            return False

    # -- login -----------------------------------------------------------------------------
    def login(self, username: str, password: str) -> tuple[SavedLogin, bool]:
        """Log in; returns the login and whether the token was kept in the keyring."""
        try:
            response = self.send("POST", "/auth/login", auth=False,
                                 json={"username": username, "password": password})
        except ServerRefused as exc:
            if exc.params.get("status") == 401:
                raise LoginRequired("Wrong user name or password for the court's server.",
                                    server_code="bad_credentials") from exc
            if exc.params.get("status") == 429:
                # Too many failed logins with this name (or from this address): wait.
                wait = int(exc.params.get("retry_after") or 60)
                minutes = max(1, -(-wait // 60))
                raise LoginRequired(f"Too many failed logins on the court's server: try "
                                    f"again in {minutes} minute(s).",
                                    server_code="login_locked", retry_after_s=wait,
                                    count=minutes) from exc
            raise
        except LoginRequired as exc:
            raise LoginRequired("Wrong user name or password for the court's server.",
                                server_code="bad_credentials") from exc
        body = response.json()
        saved = SavedLogin(body["access_token"], time.time() + float(body["expires_in"]),
                           body["user"])
        kept = self.tokens.save(saved)
        return saved, kept

    def logout(self) -> None:
        try:
            self.send("POST", "/auth/logout", ok=(204,))
        except SyncError:
            pass  # the token expires on its own; forgetting it here is what matters
        self.tokens.forget()

    @property
    def user(self) -> dict | None:
        saved = self.tokens.load()
        return saved.user if saved else None
