"""Article references in the texts the GUI shows, found by the one parser of the law library.

:class:`LawLinks` opens the profile's law library (the starter library's first import runs
as a background job, then the file opens on the GUI thread: SQLite connections stay on the
thread that made them) and answers, for a text, the references in it as spans with what
each resolves to. Finding never changes a text: the views draw links over the spans.
Results are kept per text: a transcript asks again for every repaint, and parsing one
segment costs well under a millisecond, so it runs here, on demand.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal

from courtdesk.laws.opening import library_path, open_library
from courtdesk.laws.references import Resolution, cited_articles

from .laws_reader import LAWS_QUEUE

translate = QCoreApplication.translate

TOOLTIP_CHARS = 600  # an article longer than this is cut in the tooltip; the dialog has all


class LawLinks(QObject):
    ready = Signal()  # the library is open: views repaint to show their links
    failed = Signal(object)

    def __init__(self, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.library = None
        self.parser = None
        self.on: str | None = None  # the version in force on this date (None: today's)
        self._found: dict[str, list[Resolution]] = {}

    def set_on(self, on: str | None) -> None:
        """Link to the versions in force on ``on`` (a case's facts' date; None: today's)."""
        on = on or None
        if on != self.on:
            self.on = on
            self._found.clear()
            if self.parser is not None:
                self.ready.emit()  # the views repaint and their lists refresh

    def start(self) -> None:
        """Open the library in the background (the first time imports the starter laws)."""
        if self.parser is not None:
            return
        path = library_path(self.session.home)

        def prepare() -> None:
            library, _starter = open_library(path)
            library.close()

        # On the Laws workspace's one thread: two first opens at once would both find the
        # file empty and both import the starter library.
        self.session.runner.add_queue(LAWS_QUEUE, threads=1)
        self.session.runner.submit(prepare, queue=LAWS_QUEUE, owner=self,
                                   label="open law library", on_done=lambda _r: self._open(),
                                   on_error=self.failed.emit)

    def _open(self) -> None:
        from courtdesk.laws.citations import CitationParser

        self.library, _starter = open_library(library_path(self.session.home))
        self.parser = CitationParser(self.library)
        self._found.clear()
        self.ready.emit()

    def close(self) -> None:
        if self.library is not None:
            self.library.close()
        self.library = self.parser = None

    def links(self, text: str) -> list[Resolution]:
        """The references in ``text`` (resolved or not), in order; [] until the library is
        open."""
        # Every reference holds 第 (第…条) or is relative (本条, 前款, 前条).
        if self.parser is None or not any(mark in text for mark in ("第", "本", "前")):
            return []
        found = self._found.get(text)
        if found is None:
            if len(self._found) > 20_000:
                self._found.clear()
            found = self._found[text] = self.parser.links(text, on=self.on)
            for resolution in found:
                resolution.on = self.on or ""
        return found

    def cited(self, texts: list[str]) -> list[Resolution]:
        """Each article cited in these texts once, in the order first cited."""
        return cited_articles([r for text in texts for r in self.links(text)])


def facts_version_line(on: str, version_date: str, effective_from: str) -> str:
    """"按事实发生日 2022-05-01 施行的版本（2021-12-24 版）" — or, when the law was not yet in
    force then, that this is its first version."""
    if (effective_from or version_date) > on:  # not in force (or not adopted) by then
        return (translate("LawLinks", "Not yet in force on the facts' date %1: shown in its "
                                      "first version, of %2")
                .replace("%1", on).replace("%2", version_date or "—"))
    return (translate("LawLinks", "Version in force on the facts' date %1 (version of %2)")
            .replace("%1", on).replace("%2", version_date or "—"))


def todays_version(versions: list):
    """The version in force today (the latest when none is yet)."""
    today = date.today().isoformat()
    in_force = [v for v in versions if v.applies_from and v.applies_from <= today]
    return in_force[-1] if in_force else (versions[-1] if versions else None)


def link_at(resolutions: list[Resolution], character: int) -> Resolution | None:
    """The reference covering ``character`` of its text, if any."""
    if character < 0:
        return None
    return next((r for r in resolutions
                 if r.reference.start <= character < r.reference.end), None)


def article_heading(resolution: Resolution) -> str:
    article = resolution.article
    return article.citation(resolution.reference.paragraph, resolution.reference.item)


def version_line(resolution: Resolution) -> str:
    """Which version is cited: the one in force on the case's facts' date, or today's."""
    version = resolution.version
    if resolution.on:
        return facts_version_line(resolution.on, version.version_date, version.effective_from)
    return dated_version_line(version)


def dated_version_line(version) -> str:
    """"Version of 2020-05-28, in force from 2021-01-01" — or, when the law file gives only
    the adoption, said so (never the adoption passed off as the in-force date)."""
    if not version.effective_from:
        return (translate("LawLinks", "Version of %1, adopted on %1 (the library has no "
                                      "in-force date for it)")
                .replace("%1", version.version_date or "—"))
    return (translate("LawLinks", "Version of %1, in force from %2")
            .replace("%1", version.version_date or "—")
            .replace("%2", version.effective_from))


def link_tooltip(resolution: Resolution, *, clickable: bool = True) -> str:
    """What hovering a reference shows: the article's law, number, version and text."""
    if not resolution.resolved:
        return html.escape(translate("LawLinks", "“%1” is not found in the law library.")
                           .replace("%1", resolution.reference.text))
    text = resolution.quoted_text()
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + "…"
    body = html.escape(text).replace("\n", "<br>")
    hint = translate("LawLinks", "Click to open the article.") if clickable else ""
    footer = f"<p style='color:#5f6b7a'>{html.escape(hint)}</p>" if hint else ""
    return (f"<p><b>{html.escape(article_heading(resolution))}</b>"
            f"<br><span style='color:#5f6b7a'>{html.escape(version_line(resolution))}</span>"
            f"</p><p>{body}</p>{footer}")
