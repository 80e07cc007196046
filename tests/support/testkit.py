"""Helpers shared by test modules (importable by name: tests/support is on sys.path).

Kept out of conftest.py files because several of those exist and ``from conftest import``
would pick whichever one pytest loaded last.
"""

from __future__ import annotations

TEST_PASSPHRASE = "correct horse battery staple"


def ask(passphrase: str = TEST_PASSPHRASE):
    """A passphrase provider that answers once, like a person who then gives up."""
    return lambda request: passphrase if request.attempt == 1 else None
