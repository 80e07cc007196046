"""Which outbox rows one login to the court's server may send.

A change goes out only under the identity of the local account that made it (the outbox
row's ``author``, that account's id, which is its id on the court's server): logging in as
someone else on this PC sends none of the other accounts' work, and the server refuses a
change whose author is not the caller anyway. Changes under a case kept on this PC (the
demo case, ``local_only_cases``) never leave it, whoever logs in, and neither do the files
they name. Both rules are SQL conditions on the outbox, used by every query of the push
path (the rows of a push, the files to upload), so no row slips between a check and a
send.
"""

from __future__ import annotations

from .store import LocalStore

# Each synced record type's way up to its case, from the outbox row's payload.
_LOCAL_CASES = "(SELECT case_id FROM local_only_cases)"
_LOCAL_HEARINGS = f"(SELECT id FROM hearings WHERE case_id IN {_LOCAL_CASES})"
LOCAL_ONLY = f"""(
    (outbox.record_type = 'cases' AND outbox.record_id IN {_LOCAL_CASES})
    OR (outbox.record_type IN ('case_members', 'parties', 'hearings', 'documents',
                               'annotations')
        AND json_extract(outbox.payload, '$.case_id') IN {_LOCAL_CASES})
    OR (outbox.record_type IN ('recordings', 'segments', 'hearing_notes')
        AND json_extract(outbox.payload, '$.hearing_id') IN {_LOCAL_HEARINGS})
    OR (outbox.record_type = 'recording_chunks'
        AND json_extract(outbox.payload, '$.recording_id') IN
            (SELECT id FROM recordings WHERE hearing_id IN {_LOCAL_HEARINGS}))
    OR (outbox.record_type = 'catalog_entries'
        AND json_extract(outbox.payload, '$.document_id') IN
            (SELECT id FROM documents WHERE case_id IN {_LOCAL_CASES}))
)"""
"""True for an outbox row under a case kept on this PC."""

# The state of a change kept on this PC by design: unsynced, never sent, not pending.
LOCAL_ONLY_STATE = "demo"


def hold_local_only(store: LocalStore) -> int:
    """Move waiting changes under a case kept on this PC out of the queue (a hearing
    recorded on the demo case after it was made); returns how many. Only tidies the counts:
    the push queries leave these rows out whatever their state."""
    if store.conn.execute("SELECT 1 FROM local_only_cases LIMIT 1").fetchone() is None:
        return 0  # the usual court PC: no write at each push
    with store.transaction():
        return store.conn.execute(
            f"UPDATE outbox SET state = ? WHERE state = 'pending' AND {LOCAL_ONLY}",
            (LOCAL_ONLY_STATE,)).rowcount


def waiting_for_others(store: LocalStore, me: str | None) -> int:
    """Changes waiting to be sent that other local accounts made (they go out when that
    person logs in to the court's server); 0 when nobody is logged in."""
    if not me:
        return 0
    return store.conn.execute(
        f"SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight') "
        f"AND author != ? AND NOT {LOCAL_ONLY}", (me,)).fetchone()[0]


def local_case_ids(store: LocalStore) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT case_id FROM local_only_cases")}
