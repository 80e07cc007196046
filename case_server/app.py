"""The HTTP API (FastAPI). Routes only translate HTTP to the services and back."""

# No "from __future__ import annotations": FastAPI reads the route signatures at run time,
# and some of their types are local to create_app.

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import sqlalchemy.exc
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from .audit_receipts import KEY_FILE as RECEIPT_KEY
from .audit_receipts import ReceiptSigner
from .audit_trail import AuditRefused, AuditTrail
from .auth import DEFAULT_TOKEN_TTL_S, Principal, TokenAuthority
from .blobs import MAX_CHUNK, BlobError, BlobService, parse_checksum
from .db import Database
from .law_shelf import MAX_LAW_LIBRARY, LawShelf, LawShelfError
from .login_guard import Locked, LoginPolicy
from .passwords import ScryptCost, dummy_hash
from .schemas import (
    ID_PATTERN,
    MAX_BLOB_SIZE,
    MAX_CURSOR,
    SHA256_PATTERN,
    AuditAppendRequest,
    AuditAppendResponse,
    AuditClient,
    AuditPage,
    AuditReceiptKey,
    BlobCreate,
    BlobState,
    LoginRequest,
    LoginResponse,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
)
from .sync_pull import CursorAhead, PullService
from .sync_push import PushService

log = logging.getLogger(__name__)

MAX_JSON_BODY = 64 * 2**20  # a full push of 1000 changes with long word lists fits


@dataclass
class ServerSettings:
    db_url: str
    blob_dir: Path
    token_ttl_s: int = DEFAULT_TOKEN_TTL_S
    # The key that signs audit receipts; by default beside the files, in the data folder.
    receipt_key: Path | None = None
    login_policy: LoginPolicy | None = None  # growing delays and lockouts of failed logins
    password_cost: ScryptCost | None = None  # of new and upgraded hashes; None: OWASP's


class HttpProblem(Exception):
    def __init__(self, status: int, detail: str, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.code, self.headers = status, detail, code, headers


SMALL_BODY = 64 * 2**10  # a login, a new file's hash and size, or any body without a token
LARGE_BODIES = {("POST", "/sync/push"): MAX_JSON_BODY, ("POST", "/audit/append"): MAX_JSON_BODY,
                ("PUT", "/laws/library"): MAX_LAW_LIBRARY}


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"Request body too large (at most {limit} bytes here).",
                         "code": "too_large"}, status_code=413)


class BodyLimit:
    """Refuse a body past its route's limit, counting the bytes as they arrive (ASGI
    middleware).

    A Content-Length over the limit is refused before anything is read; a chunked body (or
    one that lies about its length) is cut off as soon as the bytes read pass the limit, so
    no request costs the server more memory than its limit. Only a caller with a valid
    token gets the large limits (a push, an audit batch, a file chunk); everyone else gets
    ``SMALL_BODY``.
    """

    def __init__(self, app, tokens: TokenAuthority) -> None:
        self.app = app
        self.tokens = tokens

    async def _limit(self, scope) -> int:
        method, path = scope["method"], scope["path"]
        if method == "PATCH" and path.startswith("/blobs/"):
            limit = MAX_CHUNK
        else:
            limit = LARGE_BODIES.get((method, path), SMALL_BODY)
        if limit > SMALL_BODY and not await self._authenticated(scope):
            return SMALL_BODY
        return limit

    async def _authenticated(self, scope) -> bool:
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token or len(token) > 256:
            return False
        return await run_in_threadpool(self.tokens.resolve, token.strip()) is not None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = await self._limit(scope)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _too_large(limit)(scope, receive, send)
            return
        received = 0
        refused = started = False

        async def counting_receive():
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Answer now, and tell the route the client went away: it stops
                    # reading, and whatever it answers is dropped.
                    refused = True
                    if not started:
                        await _too_large(limit)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not refused:
                raise


_401 = {401: {"model": Problem, "description": "No token, or an expired or unknown one"}}
_403 = {403: {"model": Problem, "description": "Not allowed for this user"}}


def create_app(settings: ServerSettings, db: Database | None = None) -> FastAPI:
    db = db or Database(settings.db_url)
    db.migrate()
    tokens = TokenAuthority(db, settings.token_ttl_s, settings.login_policy,
                            settings.password_cost)
    # Made now, not at the first unknown name: that login would otherwise take two hashes.
    dummy_hash(tokens.password_cost)
    pusher = PushService(db)
    puller = PullService(db)
    blob_service = BlobService(db, settings.blob_dir)
    receipts = ReceiptSigner(settings.receipt_key or settings.blob_dir.parent / RECEIPT_KEY)
    audit_trail = AuditTrail(db, receipts)
    law_shelf = LawShelf(settings.blob_dir / "laws")
    bearer = HTTPBearer(auto_error=False)

    app = FastAPI(title="courtdesk case server", version="1",
                  description="The court's side of courtdesk's offline-first sync.")
    app.state.db = db
    app.add_middleware(BodyLimit, tokens=tokens)

    @app.exception_handler(HttpProblem)
    async def _problem(_request: Request, exc: HttpProblem):
        return JSONResponse({"detail": exc.detail, "code": exc.code}, status_code=exc.status,
                            headers=exc.headers)

    @app.exception_handler(BlobError)
    async def _blob_problem(_request: Request, exc: BlobError):
        headers = {"Tus-Resumable": "1.0.0"}
        if exc.offset is not None:
            headers["Upload-Offset"] = str(exc.offset)
        return JSONResponse({"detail": exc.detail, "code": exc.code}, status_code=exc.status,
                            headers=headers)

    @app.exception_handler(LawShelfError)
    async def _law_shelf_problem(_request: Request, exc: LawShelfError):
        return JSONResponse({"detail": exc.detail, "code": exc.code}, status_code=exc.status)

    @app.exception_handler(AuditRefused)
    async def _audit_refused(_request: Request, exc: AuditRefused):
        return JSONResponse({"detail": exc.detail, "code": exc.code, "seq": exc.seq,
                             "head_seq": exc.head_seq},
                            status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        # Not FastAPI's default: that echoes the input back and cannot encode a lone
        # surrogate a client sent (a 500). ASCII-escaped JSON carries any text.
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
                   "type": str(e.get("type", ""))} for e in exc.errors()]
        return Response(json.dumps({"detail": errors, "code": "invalid"}, ensure_ascii=True,
                                   default=str),
                        status_code=422, media_type="application/json")

    @app.exception_handler(sqlalchemy.exc.OperationalError)
    async def _db_down(_request: Request, exc: Exception):
        # The database is away or busy: nothing was committed, the client retries.
        log.warning("database unavailable: %s", exc)
        return JSONResponse({"detail": "The case database is not reachable; try again.",
                             "code": "unavailable"}, status_code=503,
                            headers={"Retry-After": "5"})

    def principal(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Principal:
        challenge = {"WWW-Authenticate": "Bearer"}
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise HttpProblem(401, "Log in first (no bearer token).", "unauthenticated",
                              challenge)
        found = tokens.resolve(credentials.credentials) if len(
            credentials.credentials) <= 256 else None
        if found is None:
            raise HttpProblem(401, "The token has expired or is unknown; log in again.",
                              "unauthenticated", challenge)
        return found

    Caller = Annotated[Principal, Depends(principal)]
    ShaPath = Annotated[str, PathParam(pattern=SHA256_PATTERN)]

    @app.get("/health", tags=["server"])
    def health() -> dict:
        return {"status": "ok"}

    @app.post("/auth/login", tags=["auth"], response_model=LoginResponse,
              responses={401: {"model": Problem},
                         429: {"model": Problem, "description": "Too many failed logins "
                               "for this name or from this address: wait Retry-After "
                               "seconds (the same answer for a name that does not exist)"}})
    def login(body: LoginRequest, request: Request) -> dict:
        source = request.client.host if request.client else "?"
        issued = tokens.login(body.username, body.password, source)
        if isinstance(issued, Locked):
            raise HttpProblem(429, f"Too many failed logins; try again in {issued.minutes} "
                                   "minute(s).", "login_locked",
                              {"Retry-After": str(issued.retry_after_s)})
        if issued is None:
            raise HttpProblem(401, "Wrong username or password, or the account is disabled.",
                              "bad_credentials")
        expires = datetime.fromtimestamp(issued.expires_at_ms / 1000, UTC)
        return {"access_token": issued.token, "token_type": "bearer",
                "expires_at": expires.isoformat(timespec="seconds"),
                "expires_in": settings.token_ttl_s, "user": issued.principal.as_dict()}

    @app.post("/auth/logout", tags=["auth"], status_code=204, responses=_401)
    def logout(
        caller: Caller,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Response:
        tokens.revoke(credentials.credentials)
        return Response(status_code=204)

    @app.get("/auth/me", tags=["auth"], responses=_401)
    def me(caller: Caller) -> dict:
        return caller.as_dict()

    @app.post("/sync/push", tags=["sync"], response_model=PushResponse, responses=_401)
    def push(body: PushRequest, caller: Caller) -> dict:
        return {"results": pusher.push(caller, body.client_id, body.changes)}

    @app.get("/sync/pull", tags=["sync"], response_model=PullResponse,
             responses={**_401, **_403, 409: {"model": Problem}})
    def pull(
        caller: Caller,
        cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
        case_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    ) -> dict:
        if not caller.reads_case_content:
            raise HttpProblem(403, "Court IT accounts do not read case content.", "forbidden")
        try:
            return puller.pull(caller, cursor, limit, case_id)
        except CursorAhead as exc:
            raise HttpProblem(409, "Your sync position is past this server's log (was the "
                                   "server restored from a backup?); pull again from 0.",
                              "cursor_ahead") from exc

    audit_errors = {**_401, **_403, 409: {"model": Problem, "description": "The batch breaks "
                                          "the chain the court holds (audit_gap, "
                                          "audit_chain_broken, audit_tampered); nothing "
                                          "was stored"},
                    422: {"model": Problem, "description": "An entry does not match its hash, "
                                                           "or entries are out of order"}}

    @app.post("/audit/append", tags=["audit"], response_model=AuditAppendResponse,
              responses=audit_errors)
    def audit_append(body: AuditAppendRequest, caller: Caller) -> dict:
        return audit_trail.append(caller, body.client_id, body.entries).as_dict()

    @app.get("/audit/receipt-key", tags=["audit"], response_model=AuditReceiptKey,
             responses={**_401})
    def audit_receipt_key(caller: Caller) -> dict:
        # After a login: a PC pins this key on first use and trusts no other.
        return {"key_id": receipts.key_id, "public_key": receipts.public_key}

    @app.get("/audit", tags=["audit"], response_model=AuditPage,
             responses={**_401, **_403, 404: {"model": Problem}})
    def audit_read(
        caller: Caller,
        client_id: Annotated[str, Query(pattern=ID_PATTERN)],
        after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    ) -> dict:
        return audit_trail.read(caller, client_id, after, limit)

    @app.get("/audit/clients", tags=["audit"], response_model=list[AuditClient],
             responses={**_401, **_403})
    def audit_clients(caller: Caller) -> list[dict]:
        return audit_trail.clients(caller)

    blob_errors = {**_401, **_403, 400: {"model": Problem}, 404: {"model": Problem},
                   409: {"model": Problem}}

    @app.post("/blobs", tags=["blobs"], response_model=BlobState, status_code=201,
              responses={**blob_errors, 200: {"model": BlobState,
                                              "description": "Already known"}})
    def create_blob(body: BlobCreate, caller: Caller) -> Response:
        state, created = blob_service.create(caller, body.sha256, body.size)
        return JSONResponse(state.as_dict(), status_code=201 if created else 200,
                            headers={"Upload-Offset": str(state.offset),
                                     "Upload-Length": str(state.size),
                                     "Location": f"/blobs/{body.sha256}"})

    @app.head("/blobs/{sha256}", tags=["blobs"], responses=blob_errors)
    def blob_offset(sha256: ShaPath, caller: Caller) -> Response:
        state = blob_service.state(caller, sha256)
        return Response(status_code=200, headers={
            "Upload-Offset": str(state.size if state.complete else state.offset),
            "Upload-Length": str(state.size), "Cache-Control": "no-store",
            "Tus-Resumable": "1.0.0"})

    @app.patch("/blobs/{sha256}", tags=["blobs"], status_code=204,
               openapi_extra={"requestBody": {"required": True, "content": {
                   "application/octet-stream": {
                       "schema": {"type": "string", "format": "binary"}}}}},
               responses={**blob_errors, 413: {"model": Problem},
                          422: {"model": Problem, "description": "Whole-file hash mismatch; "
                                                                "upload reset to 0"},
                          460: {"model": Problem, "description": "Chunk checksum mismatch"}})
    async def blob_chunk(
        sha256: ShaPath,
        request: Request,
        caller: Caller,
        upload_offset: Annotated[int, Header(ge=0, le=MAX_BLOB_SIZE)],
        upload_checksum: Annotated[str | None, Header(
            max_length=200, description="sha256 <base64 of the chunk's SHA-256>")] = None,
    ) -> Response:
        digest = parse_checksum(upload_checksum)
        chunk = bytearray()
        async for part in request.stream():
            chunk += part
            if len(chunk) > MAX_CHUNK:
                raise BlobError(413, "chunk_too_large",
                                f"A chunk is at most {MAX_CHUNK} bytes.")
        state = await run_in_threadpool(blob_service.append, caller, sha256, upload_offset,
                                        digest, chunk)
        return Response(status_code=204, headers={"Upload-Offset": str(state.offset),
                                                  "Tus-Resumable": "1.0.0"})

    @app.get("/blobs/{sha256}", tags=["blobs"], response_class=FileResponse,
             responses={**blob_errors, 200: {"content": {"application/octet-stream": {}}}})
    def download_blob(sha256: ShaPath, caller: Caller) -> FileResponse:
        path, _size = blob_service.readable_path(caller, sha256)
        return FileResponse(path, media_type="application/octet-stream",
                            headers={"ETag": f'"{sha256}"'})

    law_errors = {**_401, **_403, 404: {"model": Problem}, 422: {"model": Problem}}

    @app.put("/laws/library", tags=["laws"], responses={**law_errors, 413: {"model": Problem}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {
                     "schema": {"type": "string", "format": "binary"}}}}})
    async def publish_law_library(
        request: Request,
        caller: Caller,
        sha256: Annotated[str, Query(pattern=SHA256_PATTERN)],
    ) -> dict:
        """Court IT makes a library file the court's current one (laptops fetch it at
        their next sync)."""
        law_shelf.require_publisher(caller)  # before a byte of the body is read
        received = law_shelf.receiving_file()
        try:
            with open(received, "wb") as handle:
                async for part in request.stream():
                    handle.write(part)
        except BaseException:
            received.unlink(missing_ok=True)
            raise
        return await run_in_threadpool(law_shelf.publish, caller, sha256, received)

    @app.get("/laws/library", tags=["laws"], responses=law_errors)
    def current_law_library(caller: Caller) -> dict:
        return law_shelf.current(caller)

    @app.get("/laws/library/{sha256}", tags=["laws"], response_class=FileResponse,
             responses={**law_errors, 200: {"content": {"application/octet-stream": {}}}})
    def download_law_library(sha256: ShaPath, caller: Caller) -> FileResponse:
        return FileResponse(law_shelf.readable_path(caller, sha256),
                            media_type="application/octet-stream",
                            headers={"ETag": f'"{sha256}"'})

    return app
