"""hearings: session type and attendance (到庭情况) in every stored hearing

Clients from store version 10 send two more hearing fields: ``session_type`` (trial,
mediation, pronouncement, inquiry, deliberation) and ``attendance`` (JSON of who appeared).
Hearings stored before get them here, so the server's current rows all have one shape and a
deliberation says it is one: 'deliberation' for deliberations, '' (printed as a trial) for
the rest, and '' attendance (not taken). Pulls of those rows then carry the fields too.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ID = sa.String(64)


def upgrade() -> None:
    records = sa.table("records", sa.column("record_type", sa.String),
                       sa.column("record_id", ID), sa.column("payload", sa.Text))
    conn = op.get_bind()
    rows = conn.execute(sa.select(records.c.record_id, records.c.payload)
                        .where(records.c.record_type == "hearings")).all()
    for record_id, payload in rows:
        hearing = json.loads(payload)
        if "session_type" in hearing and "attendance" in hearing:
            continue
        hearing.setdefault("session_type", "deliberation"
                           if hearing.get("kind") == "deliberation" else "")
        hearing.setdefault("attendance", "")
        conn.execute(sa.update(records)
                     .where(records.c.record_type == "hearings",
                            records.c.record_id == record_id)
                     .values(payload=json.dumps(hearing, ensure_ascii=False)))


def downgrade() -> None:
    # Older servers carry payload fields they do not know untouched: nothing to undo.
    pass
