"""change_log.member_user_id: whose membership a case_members version is

A person removed from a case must still pull that removal to lose the case on their
laptop; the pull filter finds it by this column. Existing membership versions are filled
in from their payload.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(64)


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("member_user_id", ID, nullable=True))
    log = sa.table("change_log", sa.column("seq", sa.BigInteger),
                   sa.column("record_type", sa.String), sa.column("payload", sa.Text),
                   sa.column("member_user_id", ID))
    conn = op.get_bind()
    rows = conn.execute(sa.select(log.c.seq, log.c.payload)
                        .where(log.c.record_type == "case_members")).all()
    for seq, payload in rows:
        user_id = json.loads(payload).get("user_id")
        conn.execute(sa.update(log).where(log.c.seq == seq).values(member_user_id=user_id))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("member_user_id")
