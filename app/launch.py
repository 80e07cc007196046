"""The ``courtdesk`` command's first step: begin what the window will wait for, then run.

A start that opens the window (no subcommand) first has a helper process read the
store key from the keyring (:mod:`courtdesk.offline_cache.keyring_prefetch`), so that
read runs beside the ~0.2 s of loading Qt and the window code instead of after it. Only
the standard library and the light profile module are imported before the helper starts.
"""

from __future__ import annotations

import sys

# Options that print and end without opening anything.
_NO_WINDOW = {"-h", "--help", "--version"}


def opens_window(argv: list[str]) -> bool:
    """True for the desktop launcher's ``courtdesk`` and GUI-only options; not subcommands."""
    return all(arg.startswith("-") and arg not in _NO_WINDOW for arg in argv)


def main() -> None:
    if opens_window(sys.argv[1:]):
        from courtdesk.offline_cache.keyring_prefetch import prefetch_store_key

        from .profile import STORE_FOLDER, profile_dir

        prefetch_store_key(profile_dir() / STORE_FOLDER)
    from .cli import _entry

    _entry()


if __name__ == "__main__":
    main()
