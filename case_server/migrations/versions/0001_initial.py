"""courts, users, tokens, records, change log, applied changes, case members, blobs

Revision ID: 0001
Revises:
Create Date: 2025-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "courts",
        sa.Column("id", ID, primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", ID, primary_key=True),
        sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_users_court_id", "users", ["court_id"])
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", ID, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_tokens_user_id", "tokens", ["user_id"])
    op.create_table(
        "records",
        sa.Column("record_type", sa.String(32), primary_key=True),
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("private_to", ID, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("updated_at", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_records_case_id", "records", ["case_id"])
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("court_id", ID, nullable=False),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("private_to", ID, nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("change_id", ID, nullable=True),
        sa.Column("at", sa.BigInteger, nullable=False),
    )
    op.create_index("change_log_record", "change_log", ["record_type", "record_id", "version"],
                    unique=True)
    op.create_index("change_log_case", "change_log", ["case_id", "seq"])
    log_head = op.create_table(
        "log_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
    )
    # The one row writers lock to serialize sequence numbers (see models.change_log).
    op.bulk_insert(log_head, [{"id": 1, "seq": 0}])
    op.create_table(
        "applied_changes",
        sa.Column("change_id", ID, primary_key=True),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "case_members",
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("user_id", ID, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("role_in_case", sa.String(32), nullable=False),
    )
    op.create_index("case_members_user_case", "case_members", ["user_id", "case_id"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("received", sa.BigInteger, nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("completed_at", sa.BigInteger, nullable=True),
    )
    op.create_table(
        "blob_refs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("record_type", sa.String(32), primary_key=True),
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    for table in ("blob_refs", "blobs", "case_members", "applied_changes", "log_head",
                  "change_log", "records", "tokens", "users", "courts"):
        op.drop_table(table)
