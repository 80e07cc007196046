"""Court IT's side of the law library: import laws into this PC's library and publish it
as the court's, so that every laptop installs the same texts at its next sync.

Only court IT may do either (checked here, whatever a window shows): a judge's library is
the court's, and a law a judge imported by hand would make their citations differ from
their colleagues'. The CLI's ``laws publish`` and the GUI's Publish go through
:meth:`CourtLawLibrary.publish`; the server checks the role again.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from courtdesk.common.roles import Role
from courtdesk.laws.library import LawLibrary
from courtdesk.laws.records import ImportReport, LawLibraryError
from courtdesk.offline_cache.errors import AccessDenied

from .accounts import User


class LawPublishForbidden(LawLibraryError):
    code = "law_publish_forbidden"


class LawPublishServerFailed(LawLibraryError):
    """The server took the request but failed (5xx): nothing was published."""

    code = "law_publish_server_failed"


class LawPublishUnreachable(LawLibraryError):
    code = "law_publish_unreachable"


@dataclass
class PreparedLibrary:
    """The compact copy of the library that would be published, with what it holds."""

    file: Path
    sha256: str
    size: int
    laws: int
    articles: int

    def discard(self) -> None:
        shutil.rmtree(self.file.parent, ignore_errors=True)


def require_court_it(user: User) -> None:
    if user.role is not Role.IT_ADMIN:
        raise AccessDenied(f"{user.username} is not court IT: only court IT imports laws "
                           "into the court's library and publishes it.")


class CourtLawLibrary:
    """This PC's library file, as court IT keeps it for the court."""

    def __init__(self, user: User, library_file: Path) -> None:
        require_court_it(user)
        self.user = user
        self.library_file = Path(library_file)

    def import_paths(self, paths: Iterable[Path | str], *, replace: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
        from courtdesk.laws.opening import open_library

        library, _starter = open_library(self.library_file)
        try:
            return library.import_paths(paths, replace=replace, progress=progress)
        finally:
            library.close()

    def prepare(self) -> PreparedLibrary:
        """The copy to publish, its hash and counts (shown to court IT before sending)."""
        from courtdesk.offline_cache.sync_laws import compact_copy

        folder = Path(tempfile.mkdtemp(prefix="courtdesk-laws-"))
        copy = folder / "library.sqlite"
        try:
            sha = compact_copy(self.library_file, copy)
            library = LawLibrary(copy, read_only=True)
            try:
                laws = library.laws()
                articles = sum(v.articles for law in laws for v in law.versions)
            finally:
                library.close()
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return PreparedLibrary(copy, sha, copy.stat().st_size, len(laws), articles)

    def publish(self, session, prepared: PreparedLibrary | None = None) -> dict:
        """Send ``prepared`` (made now when None) as the court's current library through a
        logged-in :class:`~courtdesk.offline_cache.sync_transport.ServerSession`."""
        from courtdesk.offline_cache.sync_laws import send_law_library
        from courtdesk.offline_cache.sync_transport import (
            ServerBusy,
            ServerRefused,
            ServerUnreachable,
        )

        made_here = prepared is None
        prepared = prepared or self.prepare()
        kept = "Nothing was published; the laptops keep the library they have."
        try:
            return send_law_library(session, prepared.file, prepared.sha256)
        except ServerRefused as exc:
            if exc.params.get("status") == 403:
                raise LawPublishForbidden(
                    f"The server {session.server_url} refused the publish: the account "
                    f"used there is not court IT. {kept}", **exc.params) from exc
            raise
        except ServerBusy as exc:
            raise LawPublishServerFailed(f"{exc} {kept} Publish again later; if it fails "
                                         "again, the server's log says why.",
                                         **exc.params) from exc
        except ServerUnreachable as exc:
            raise LawPublishUnreachable(f"{exc} {kept}") from exc
        finally:
            if made_here:
                prepared.discard()

    def publish_with_login(self, server_url: str, ca_file: str | None, username: str,
                           password: str, prepared: PreparedLibrary | None = None) -> dict:
        """Log in to the court's server for this publish only (no login is kept on this PC),
        then :meth:`publish`."""
        from courtdesk.offline_cache.sync_transport import ServerSession, ServerUnreachable

        session = ServerSession(server_url, ca_file)
        try:
            try:
                session.login(username, password)
            except ServerUnreachable as exc:
                raise LawPublishUnreachable(f"{exc} Nothing was published.") from exc
            try:
                return self.publish(session, prepared)
            finally:
                session.logout()
        finally:
            session.close()
