"""The server's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create them;
a test compares the two so they cannot drift apart.

Times are integer milliseconds since the epoch: the same on SQLite and PostgreSQL, no time
zone surprises between the two drivers.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ID = sa.String(64)

courts = sa.Table(
    "courts", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("code", sa.String(32), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False, index=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)

# Only a hash of each bearer token is kept: a copy of the database lets nobody log in.
tokens = sa.Table(
    "tokens", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("expires_at", sa.BigInteger, nullable=False),
)

# The current state of every synced record: the client's row as JSON plus what the server
# needs to decide who may see and change it.
records = sa.Table(
    "records", metadata,
    sa.Column("record_type", sa.String(32), primary_key=True),
    sa.Column("record_id", ID, primary_key=True),
    sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False),
    sa.Column("case_id", ID, nullable=False, index=True),
    sa.Column("confidential", sa.Boolean, nullable=False, default=False),
    sa.Column("private_to", ID, nullable=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("created_by", ID, nullable=False),
    sa.Column("updated_at", sa.BigInteger, nullable=False),
)

# Every version of every record, in commit order. ``seq`` is the pull cursor; it is assigned
# under the log_head lock, so seq order is commit order and a cursor never skips a row that
# commits late.
change_log = sa.Table(
    "change_log", metadata,
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
    # For case_members rows, whose membership it is: a person removed from a case is no
    # longer a member, yet must still pull that removal (and only that) to lose the case.
    sa.Column("member_user_id", ID, nullable=True),
    # A private version of an annotation that others could see before (its author took it
    # back): they pull it as a deletion with the content left out, so it leaves their
    # laptops too.
    sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("change_log_record", "record_type", "record_id", "version", unique=True),
    sa.Index("change_log_case", "case_id", "seq"),
)

log_head = sa.Table(
    "log_head", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
)

# Exactly-once: the result given for each change id, returned again to any replay.
applied_changes = sa.Table(
    "applied_changes", metadata,
    sa.Column("change_id", ID, primary_key=True),
    sa.Column("user_id", ID, nullable=False),
    sa.Column("record_type", sa.String(32), nullable=False),
    sa.Column("record_id", ID, nullable=False),
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("at", sa.BigInteger, nullable=False),
)

# Who sits on which case, derived from the case_members records (kept in the same
# transaction) so that access checks are one indexed lookup.
case_members = sa.Table(
    "case_members", metadata,
    sa.Column("record_id", ID, primary_key=True),
    sa.Column("case_id", ID, nullable=False),
    sa.Column("user_id", ID, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("role_in_case", sa.String(32), nullable=False),
    sa.Index("case_members_user_case", "user_id", "case_id"),
)

blobs = sa.Table(
    "blobs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False, default=False),
    sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False),
    sa.Column("created_by", ID, nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("completed_at", sa.BigInteger, nullable=True),
)

# Who has sent a blob's bytes: one row per (file, uploader). Pushing a record that names a
# file needs the caller's own complete upload of it (or the case already holding it where the
# caller may read it): a hash alone, which audit entries and file names give away, reaches
# nothing. The same bytes sent by two courts are stored once (``blobs``), but each uploader
# sees only the state of their own upload.
blob_uploads = sa.Table(
    "blob_uploads", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("user_id", ID, sa.ForeignKey("users.id"), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("received", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("completed_at", sa.BigInteger, nullable=True),
)

# Which records point at a blob: a member may download what their cases reference.
blob_refs = sa.Table(
    "blob_refs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("record_type", sa.String(32), primary_key=True),
    sa.Column("record_id", ID, primary_key=True),
    sa.Column("case_id", ID, nullable=False),
    sa.Column("confidential", sa.Boolean, nullable=False),
)

# The audit trail of each client store, as the store chained it (offline_cache/audit_chain):
# append-only, one row per (client store, seq). The server re-checks every hash and link on
# arrival, so the court holds a copy a laptop can no longer rewrite.
audit_entries = sa.Table(
    "audit_entries", metadata,
    sa.Column("client_id", sa.String(64), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String(64), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(200), nullable=False),
    sa.Column("record_type", sa.String(64), nullable=False),
    sa.Column("record_id", sa.String(200), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("received_from", ID, nullable=False),
    sa.Column("received_at", sa.BigInteger, nullable=False),
)

# One row per client store that sent audit entries: the court it belongs to (fixed by the
# first append) and the head of its chain, so a new batch is checked against one row.
audit_clients = sa.Table(
    "audit_clients", metadata,
    sa.Column("client_id", sa.String(64), primary_key=True),
    sa.Column("court_id", ID, sa.ForeignKey("courts.id"), nullable=False, index=True),
    sa.Column("first_user_id", ID, nullable=False),
    sa.Column("head_seq", sa.BigInteger, nullable=False),
    sa.Column("head_hash", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.BigInteger, nullable=False),
)

# Failed logins per account name and per source address, for growing delays and lockouts
# (login_guard.py). The account key is a hash of the name typed, known account or not, so
# a locked name answers the same whether it exists; no password typed as a name is kept.
login_throttle = sa.Table(
    "login_throttle", metadata,
    sa.Column("key", sa.String(80), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("locked_until", sa.BigInteger, nullable=False),
    sa.Column("last_failure_at", sa.BigInteger, nullable=False),
)

# The server's own audit of logins: each failure, lockout and attempt refused while locked
# (and each success), with where it came from. Court IT reads it with
# `courtdesk-server admin login-events`.
login_events = sa.Table(
    "login_events", metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("at", sa.BigInteger, nullable=False, index=True),
    sa.Column("event", sa.String(32), nullable=False),
    # The account's name only when the account exists (people type passwords into the
    # name field); an unknown name is recorded as "?".
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("source", sa.String(64), nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("retry_after_s", sa.Integer, nullable=True),
)
