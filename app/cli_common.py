"""What every CLI command module shares: printing data as text or as ``--json``."""

from __future__ import annotations

import json


def _print(args, data, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
