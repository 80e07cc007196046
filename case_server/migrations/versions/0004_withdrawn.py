"""change_log.withdrawn: a private annotation version that others could see before

Its author took back a shared note: the others pull that version as a deletion without
its content, so it leaves their laptops too.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("withdrawn", sa.Boolean, nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("withdrawn")
