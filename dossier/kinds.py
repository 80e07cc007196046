"""Annotation kinds and their default colours: plain data the viewer draws with, apart from
the annotation store so that reading them does not load PyMuPDF (its import takes most of
a second, and the main window must open without it)."""

from __future__ import annotations

KINDS = ("highlight", "underline", "note", "ink", "rect", "bookmark")
VISIBILITIES = ("private", "shared")
DEFAULT_COLORS = {"highlight": "#ffd400", "underline": "#1f6fe5", "note": "#f5a623",
                  "ink": "#d7261e", "rect": "#d7261e", "bookmark": "#2a9d8f"}
