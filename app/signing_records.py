"""What courtdesk keeps of a signing besides the signed PDF: the SM2 seal beside it, its
evidence hash in the audit chain, and a timestamp still owed when the authority could not
be reached. Used by ``courtdesk sign`` after the PAdES signature is written; and
``courtdesk sign timestamp-pending`` (also run after each sync that succeeds) pays the
timestamps owed.

The store is touched only for a logged-in courtdesk user (``--user``): the evidence hash
and the queue are that person's acts in the audit log.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .cli_common import _print, require_login
from .profile import open_store


def wants_store(args) -> bool:
    """Whether this signing is a courtdesk user's (hashed and queued in the store)."""
    return bool(getattr(args, "user", None) or os.environ.get("COURTDESK_USER")
                or getattr(args, "case", None))


def _login(args, store):
    """The signing person's account. --password-file was the key's: the account's password
    comes from the prompt or COURTDESK_PASSWORD(_FILE)."""
    from .casebook import CaseBook

    user = require_login(argparse.Namespace(**{**vars(args), "password_file": None}), store)
    if getattr(args, "case", None):
        CaseBook(store, user).open_case(args.case)  # may this person file into it?
    return user


def check_before_signing(args) -> None:
    """A wrong login or a case the person may not file into is said before anything is
    signed, not after the signed file exists."""
    if bool(getattr(args, "sm2_key", None)) != bool(getattr(args, "sm2_cert", None)):
        raise ValueError("The SM2 seal needs both --sm2-key FILE and --sm2-cert FILE.")
    if wants_store(args):
        store = open_store(create=False)
        try:
            _login(args, store)
        finally:
            store.close()


def after_signing(args, out: Path, signer: str, *, owed_tsa: str = "") -> dict:
    """The SM2 seal (``--sm2-key/--sm2-cert``), then, for a logged-in user, the evidence
    hash and the timestamp owed (``owed_tsa``: the authority that could not be reached)."""
    from courtdesk.signing.evidence import hash_signed
    from courtdesk.signing.late_timestamps import queue
    from courtdesk.signing.sm2 import seal_beside

    done: dict = {}
    if getattr(args, "sm2_key", None):
        done["sm2_seal"] = str(seal_beside(out, args.sm2_key, args.sm2_cert))
    if not wants_store(args):
        return done
    store = open_store(create=False)
    try:
        user = _login(args, store)
        case_id = getattr(args, "case", None) or ""
        with store.transaction():
            entry = hash_signed(store, out, user.actor, signer=signer, case_id=case_id,
                                record_type="cases" if case_id else "", record_id=case_id)
            done["evidence_seq"] = entry["seq"]
            if owed_tsa:
                done["timestamp_queued"] = queue(store, out, owed_tsa, user.actor,
                                                 case_id=case_id)["id"]
    finally:
        store.close()
    return done


def cmd_timestamp_pending(args) -> int:
    from courtdesk.signing.late_timestamps import pending, stamp_pending

    from .config import load_config

    store = open_store(create=False)
    try:
        require_login(args, store)
        url = args.tsa or ""
        if not pending(store):
            _print(args, [], "No signed file is waiting for a timestamp.")
            return 0
        outcomes = stamp_pending(store, tsa_url=url or load_config().signing.tsa_url)
        left = len(pending(store))
    finally:
        store.close()
    lines = []
    for o in outcomes:
        if o.state == "done":
            lines.append(f"timestamped {Path(o.file).name} → {o.out}")
        else:
            lines.append(f"{o.state.upper()}  {Path(o.file).name}: {o.problem}")
    lines.append(f"{sum(o.state == 'done' for o in outcomes)} timestamped, {left} still "
                 "waiting")
    _print(args, [o.as_dict() for o in outcomes], "\n".join(lines))
    return 0 if all(o.state == "done" for o in outcomes) else 1


def stamp_after_sync(store) -> None:
    """After a sync that succeeded: the timestamps owed, if any (never fails the sync)."""
    import logging

    from courtdesk.signing.late_timestamps import pending, stamp_pending

    log = logging.getLogger(__name__)
    try:
        if pending(store):
            for outcome in stamp_pending(store):
                log.info("late timestamp %s: %s %s", outcome.file, outcome.state,
                         outcome.out or outcome.problem)
    except Exception:  # the sync itself went through; the queue waits for the next one
        log.exception("adding the timestamps owed failed")


def register(sub, add) -> None:
    p = add("sign-timestamp-pending", cmd_timestamp_pending, "add the RFC 3161 timestamps "
            "owed to files signed while the timestamp authority could not be reached, each as "
            "a new file (courtdesk sign timestamp-pending; also done after every sync)")
    p.add_argument("--tsa", metavar="URL", help="the timestamp authority (default: [signing] "
                   "tsa_url, else the one each file was signed with)")
