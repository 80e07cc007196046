"""blob_uploads: who sent a blob's bytes, one row per (file, uploader)

A record may name a file only when its pusher uploaded the bytes (or the case already holds
the file where the pusher may read it), and each uploader sees only their own upload's state.
Every upload so far is kept as its first uploader's.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "blob_uploads",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", ID, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("received", sa.BigInteger, nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("completed_at", sa.BigInteger, nullable=True),
    )
    op.execute("INSERT INTO blob_uploads (sha256, user_id, size, received, complete, "
               "created_at, completed_at) SELECT sha256, created_by, size, received, complete, "
               "created_at, completed_at FROM blobs "
               "WHERE created_by IN (SELECT id FROM users)")


def downgrade() -> None:
    op.drop_table("blob_uploads")
