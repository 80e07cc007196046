"""What a presenter shows, as one value every target follows.

The dossier reader (or a script) describes what it shows as a :class:`PresentedPage`;
the presenter window on a second monitor, a receiver on the LAN and a browser all follow
the same value, so "one key" means one state, many screens. Evidence display narrows what
may be shown to a page range: a state outside it is never sent anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class PresentedPage:
    doc: str  # SHA-256 of the PDF's bytes
    title: str
    page: int  # from 0
    page_count: int
    load: Callable[[], bytes] = field(repr=False, compare=False)
    annotations: Callable[[int], list[dict]] = field(repr=False, compare=False)
    zoom: float = 1.0
    viewport: tuple[float, float, float, float] | None = None  # PDF points; None: whole page
    rotate: int = 0
    pages: tuple[int, int] | None = None  # evidence display: first and last page allowed
    # The OCR text of scanned pages by page index: where a public screen's redaction finds
    # a scan's numbers.
    ocr_lines: Callable[[], dict] = field(default=lambda: {}, repr=False, compare=False)

    def allowed(self, page: int) -> bool:
        return self.pages is None or self.pages[0] <= page <= self.pages[1]

    def at(self, page: int) -> PresentedPage:
        """This presentation on another page, kept inside the allowed range."""
        if self.pages is not None:
            page = min(max(page, self.pages[0]), self.pages[1])
        return replace(self, page=min(max(page, 0), self.page_count - 1), viewport=None)
