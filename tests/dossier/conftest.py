"""Dossier fixtures: a store with a case, its people, and the demo's three volumes."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier_kit import make_case, make_people

from courtdesk.app import demo_material
from courtdesk.app.dossier_book import DossierBook
from courtdesk.dossier.pdf_thread import install_thread_guard
from courtdesk.offline_cache.store import LocalStore

from testkit import ask


@pytest.fixture(autouse=True)
def pdf_thread_guard():
    """PyMuPDF may only run on the PDF thread: any call elsewhere fails the test, even one
    a worker made and caught."""
    guard = install_thread_guard()
    try:
        yield guard
    finally:
        guard.remove()
    assert guard.violations == [], "PyMuPDF used off the PDF thread"


@pytest.fixture(scope="session")
def demo_volumes() -> list[demo_material.DemoVolume]:
    return demo_material.make_dossier_volumes()


@pytest.fixture(scope="session")
def demo_facts() -> dict[str, str]:
    import random

    return demo_material.case_facts(random.Random(demo_material.DEMO_SEED))


@pytest.fixture
def volume_files(tmp_path, demo_volumes) -> list[Path]:
    paths = []
    for volume in demo_volumes:
        path = tmp_path / f"{volume.title}.pdf"
        path.write_bytes(volume.pdf)
        paths.append(path)
    return paths


@pytest.fixture
def store(tmp_path, fast_kdf):
    s = LocalStore.open(tmp_path / "store", ask())
    yield s
    s.close()


@pytest.fixture
def people(store) -> dict:
    return make_people(store)


@pytest.fixture
def case(store, people) -> dict:
    return make_case(store, people)


@pytest.fixture
def books(store, people) -> dict[str, DossierBook]:
    return {name: DossierBook(store, user) for name, user in people.items()}
