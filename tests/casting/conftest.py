"""Casting fixtures: the presenter's profile, and cleanup of every process a test starts."""

from __future__ import annotations

import pytest
from cast_kit import make_profile

from courtdesk.app import demo_material


@pytest.fixture(scope="session")
def complaint_pdf() -> bytes:
    return demo_material.make_dossier_volumes()[0].pdf


@pytest.fixture
def presenter_home(tmp_path, fast_kdf, complaint_pdf):
    home = tmp_path / "presenter"
    return home, make_profile(home, complaint_pdf, tmp_path)


@pytest.fixture
def processes():
    started = []
    yield started
    for process in started:
        process.stop()
