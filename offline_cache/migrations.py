"""Versioned schema of the local store.

Each migration runs once, in order, in its own transaction; ``meta.schema_version``
records the last one applied. Never edit a migration that has shipped: add a new one.

Synced record tables share the same bookkeeping columns (DESIGN.md, "Data"): a
client-made UUIDv7 ``id``, ``server_version`` (last version the server confirmed),
``base_version`` (the server version a local edit started from) and a ``deleted``
tombstone.
"""

from __future__ import annotations

SYNC_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    base_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
"""

# Each step is SQL, or a callable given the connection (add_column).
MIGRATIONS: list[tuple[int, str, list]] = [
    (
        1,
        "foundation: users, cases, parties, hearings, documents, audit, outbox, sync state",
        [
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE users (
                id TEXT PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                is_demo INTEGER NOT NULL DEFAULT 0,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            f"""CREATE TABLE cases (
                {SYNC_COLUMNS},
                case_number TEXT NOT NULL,
                title TEXT NOT NULL,
                cause TEXT NOT NULL DEFAULT '',
                court TEXT NOT NULL DEFAULT '',
                procedure TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'open',
                filed_on TEXT NOT NULL DEFAULT '',
                summary TEXT NOT NULL DEFAULT '',
                created_by TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX cases_number ON cases(case_number)",
            f"""CREATE TABLE case_members (
                {SYNC_COLUMNS},
                case_id TEXT NOT NULL REFERENCES cases(id),
                user_id TEXT NOT NULL REFERENCES users(id),
                role_in_case TEXT NOT NULL
            )""",
            "CREATE INDEX case_members_case ON case_members(case_id)",
            "CREATE INDEX case_members_user ON case_members(user_id)",
            f"""CREATE TABLE parties (
                {SYNC_COLUMNS},
                case_id TEXT NOT NULL REFERENCES cases(id),
                side TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'person',
                id_number TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                address TEXT NOT NULL DEFAULT '',
                representative TEXT NOT NULL DEFAULT '',
                lawyer_name TEXT NOT NULL DEFAULT '',
                lawyer_firm TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX parties_case ON parties(case_id)",
            f"""CREATE TABLE hearings (
                {SYNC_COLUMNS},
                case_id TEXT NOT NULL REFERENCES cases(id),
                kind TEXT NOT NULL DEFAULT 'hearing',
                title TEXT NOT NULL,
                scheduled_at TEXT NOT NULL DEFAULT '',
                place TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'scheduled',
                confidential INTEGER NOT NULL DEFAULT 0,
                audio_blob TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX hearings_case ON hearings(case_id)",
            f"""CREATE TABLE documents (
                {SYNC_COLUMNS},
                case_id TEXT NOT NULL REFERENCES cases(id),
                volume INTEGER NOT NULL DEFAULT 1,
                title TEXT NOT NULL,
                blob_sha256 TEXT NOT NULL,
                mime TEXT NOT NULL DEFAULT 'application/pdf',
                page_count INTEGER NOT NULL DEFAULT 0,
                size_bytes INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX documents_case ON documents(case_id)",
            """CREATE TABLE blobs (
                sha256 TEXT PRIMARY KEY,
                size_bytes INTEGER NOT NULL,
                mime TEXT NOT NULL DEFAULT '',
                stored_at TEXT NOT NULL
            )""",
            """CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                record_type TEXT NOT NULL DEFAULT '',
                record_id TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '{}',
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )""",
            """CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                change_id TEXT NOT NULL UNIQUE,
                record_type TEXT NOT NULL,
                record_id TEXT NOT NULL,
                op TEXT NOT NULL,
                payload TEXT NOT NULL,
                base_version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX outbox_record ON outbox(record_type, record_id, state)",
            """CREATE TABLE sync_state (
                server TEXT PRIMARY KEY,
                cursor TEXT NOT NULL DEFAULT '',
                last_sync_at TEXT NOT NULL DEFAULT ''
            )""",
        ],
    ),
]

MIGRATIONS.append(
    (
        2,
        "hearings: recordings with a chunk manifest, segments with revisions, log notes",
        [
            f"""CREATE TABLE recordings (
                {SYNC_COLUMNS},
                hearing_id TEXT NOT NULL REFERENCES hearings(id),
                channel INTEGER NOT NULL,
                speaker_role TEXT NOT NULL DEFAULT '',
                sample_rate INTEGER NOT NULL,
                state TEXT NOT NULL DEFAULT 'recording',
                started_at TEXT NOT NULL,
                stopped_at TEXT NOT NULL DEFAULT '',
                offset_ms INTEGER NOT NULL DEFAULT 0,
                frames INTEGER NOT NULL DEFAULT 0,
                source TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX recordings_hearing ON recordings(hearing_id)",
            f"""CREATE TABLE recording_chunks (
                {SYNC_COLUMNS},
                recording_id TEXT NOT NULL REFERENCES recordings(id),
                seq INTEGER NOT NULL,
                start_frame INTEGER NOT NULL,
                frames INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                UNIQUE (recording_id, seq)
            )""",
            f"""CREATE TABLE segments (
                {SYNC_COLUMNS},
                hearing_id TEXT NOT NULL REFERENCES hearings(id),
                recording_id TEXT NOT NULL DEFAULT '',
                channel INTEGER NOT NULL DEFAULT 0,
                speaker_role TEXT NOT NULL DEFAULT '',
                start_ms INTEGER NOT NULL,
                end_ms INTEGER NOT NULL,
                words TEXT NOT NULL DEFAULT '[]',
                asr_text TEXT NOT NULL DEFAULT '',
                edited_text TEXT,
                revision INTEGER NOT NULL DEFAULT 0,
                edited_by TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX segments_hearing ON segments(hearing_id, start_ms)",
            """CREATE TABLE segment_revisions (
                id TEXT PRIMARY KEY,
                segment_id TEXT NOT NULL REFERENCES segments(id),
                revision INTEGER NOT NULL,
                text TEXT,
                speaker_role TEXT NOT NULL,
                author TEXT NOT NULL,
                at TEXT NOT NULL,
                UNIQUE (segment_id, revision)
            )""",
            f"""CREATE TABLE hearing_notes (
                {SYNC_COLUMNS},
                hearing_id TEXT NOT NULL REFERENCES hearings(id),
                at_ms INTEGER NOT NULL,
                text TEXT NOT NULL,
                author TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX hearing_notes_hearing ON hearing_notes(hearing_id, at_ms)",
            "ALTER TABLE hearings ADD COLUMN started_at TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE hearings ADD COLUMN ended_at TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE hearings ADD COLUMN language TEXT NOT NULL DEFAULT ''",
        ],
    )
)

MIGRATIONS.append(
    (
        3,
        "segments: case-vocabulary corrections the clerk can reject",
        ["ALTER TABLE segments ADD COLUMN corrections TEXT NOT NULL DEFAULT '[]'"],
    )
)

MIGRATIONS.append(
    (
        4,
        "dossier: sources of converted volumes, page text with a trigram search index, "
        "OCR state, catalog entries, annotations",
        [
            # blob_sha256 stays the PDF courtdesk reads; an image or password-protected upload
            # is kept as it came in source_sha256 (both immutable blobs).
            "ALTER TABLE documents ADD COLUMN source_sha256 TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE documents ADD COLUMN source_mime TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE documents ADD COLUMN source_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE documents ADD COLUMN derived_from TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE documents ADD COLUMN derivation TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE documents ADD COLUMN detail TEXT NOT NULL DEFAULT '{}'",
            # Derived from the blob, so local only (not synced). An explicit integer key:
            # the FTS index refers to rows by rowid, which VACUUM may renumber otherwise.
            """CREATE TABLE document_pages (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                page_index INTEGER NOT NULL,
                width REAL NOT NULL,
                height REAL NOT NULL,
                rotation INTEGER NOT NULL DEFAULT 0,
                text TEXT NOT NULL DEFAULT '',
                search_text TEXT NOT NULL DEFAULT '',
                head TEXT NOT NULL DEFAULT '',
                text_source TEXT NOT NULL DEFAULT 'layer',
                ocr_state TEXT NOT NULL DEFAULT '',
                ocr_lines TEXT NOT NULL DEFAULT '',
                ocr_detail TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                UNIQUE (document_id, page_index)
            )""",
            "CREATE INDEX document_pages_ocr ON document_pages(document_id, ocr_state)",
            """CREATE VIRTUAL TABLE page_search USING fts5(
                search_text, content='document_pages', content_rowid='id', tokenize='trigram'
            )""",
            """CREATE TRIGGER document_pages_ai AFTER INSERT ON document_pages BEGIN
                INSERT INTO page_search(rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            """CREATE TRIGGER document_pages_ad AFTER DELETE ON document_pages BEGIN
                INSERT INTO page_search(page_search, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            END""",
            """CREATE TRIGGER document_pages_au AFTER UPDATE OF search_text ON document_pages
            BEGIN
                INSERT INTO page_search(page_search, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
                INSERT INTO page_search(rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            f"""CREATE TABLE catalog_entries (
                {SYNC_COLUMNS},
                document_id TEXT NOT NULL REFERENCES documents(id),
                position INTEGER NOT NULL,
                level INTEGER NOT NULL DEFAULT 1,
                title TEXT NOT NULL,
                doc_type TEXT NOT NULL DEFAULT '',
                page_start INTEGER NOT NULL,
                page_end INTEGER NOT NULL,
                origin TEXT NOT NULL DEFAULT 'detected'
            )""",
            "CREATE INDEX catalog_entries_document ON catalog_entries(document_id, position)",
            f"""CREATE TABLE annotations (
                {SYNC_COLUMNS},
                case_id TEXT NOT NULL REFERENCES cases(id),
                document_id TEXT NOT NULL REFERENCES documents(id),
                doc_sha256 TEXT NOT NULL,
                page_index INTEGER NOT NULL,
                kind TEXT NOT NULL,
                geometry TEXT NOT NULL DEFAULT '{{}}',
                color TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL,
                visibility TEXT NOT NULL DEFAULT 'private'
            )""",
            "CREATE INDEX annotations_document ON annotations(document_id, page_index)",
        ],
    )
)

MIGRATIONS.append(
    (
        5,
        "sync: conflict inbox, sync log, blob uploads, per-server cursor",
        [
            # A local edit the server did not take as it was (conflict or rejection), kept
            # whole so the person can re-apply it; the server's row is already in the table.
            """CREATE TABLE sync_conflicts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                server TEXT NOT NULL,
                kind TEXT NOT NULL,
                change_id TEXT NOT NULL,
                record_type TEXT NOT NULL,
                record_id TEXT NOT NULL,
                op TEXT NOT NULL,
                mine TEXT NOT NULL,
                server_row TEXT,
                server_version INTEGER,
                conflict_fields TEXT NOT NULL DEFAULT '[]',
                code TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'open',
                resolution TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                resolved_at TEXT NOT NULL DEFAULT '',
                fields TEXT NOT NULL DEFAULT '[]',
                UNIQUE (change_id)
            )""",
            "CREATE INDEX sync_conflicts_open ON sync_conflicts(state, id)",
            """CREATE TABLE sync_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                server TEXT NOT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '{}'
            )""",
            """CREATE TABLE uploads (
                sha256 TEXT NOT NULL,
                server TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                offset_bytes INTEGER NOT NULL DEFAULT 0,
                sent_bytes INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                PRIMARY KEY (sha256, server)
            )""",
            "CREATE INDEX outbox_state ON outbox(state, seq)",
            # Which fields an update changed: re-applying a conflicted edit must carry only
            # those, or it would undo the server's changes to the other fields.
            "ALTER TABLE outbox ADD COLUMN fields TEXT NOT NULL DEFAULT ''",
        ],
    )
)

MIGRATIONS.append(
    (
        6,
        "sync: how far each server holds this store's audit log",
        [
            # The last audit seq the server acknowledged; written in the transaction that
            # records the acknowledgement, so an entry is sent again only if its answer
            # was lost (and the server takes the resend as a replay).
            "ALTER TABLE sync_state ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0",
        ],
    )
)

MIGRATIONS.append(
    (
        7,
        "hearings: stretches recorded but not recognized live, transcribed after the hearing",
        [
            # Local: the recording they point into is on this PC, and so is the work of
            # transcribing them; the segments that work makes sync as usual.
            """CREATE TABLE recognition_gaps (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                hearing_id TEXT NOT NULL REFERENCES hearings(id),
                recording_id TEXT NOT NULL REFERENCES recordings(id),
                channel INTEGER NOT NULL,
                start_ms INTEGER NOT NULL,
                end_ms INTEGER NOT NULL,
                reason TEXT NOT NULL,
                created_at TEXT NOT NULL,
                transcribed_at TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX recognition_gaps_hearing ON recognition_gaps(hearing_id, start_ms)",
            # 'live', or 'after_hearing' for a segment transcribed from the recording later.
            "ALTER TABLE segments ADD COLUMN origin TEXT NOT NULL DEFAULT 'live'",
        ],
    )
)

MIGRATIONS.append(
    (
        8,
        "sync: each change's author, and cases that never leave this PC",
        [
            # The local account that made the change: only that account's own login to the
            # court's server sends it, never whoever happens to log in on this PC.
            "ALTER TABLE outbox ADD COLUMN author TEXT NOT NULL DEFAULT ''",
            # Changes made before: their author is the actor of the audit entry written in
            # the same transaction (same record type and time, the record itself first). A
            # change with no such entry keeps no author and is never sent. The index on the
            # audit time only serves this one statement.
            "CREATE INDEX audit_log_at_once ON audit_log(at)",
            """UPDATE outbox SET author = COALESCE((
                SELECT u.id FROM audit_log a JOIN users u ON u.username = a.actor
                WHERE a.at = outbox.created_at AND a.record_type = outbox.record_type
                AND a.record_id = outbox.record_id ORDER BY a.seq LIMIT 1), (
                SELECT u.id FROM audit_log a JOIN users u ON u.username = a.actor
                WHERE a.at = outbox.created_at AND a.record_type = outbox.record_type
                ORDER BY a.seq LIMIT 1), '')
            WHERE state != 'done'""",
            "DROP INDEX audit_log_at_once",
            # Cases whose records stay on this PC whoever logs in (the demo case): the push
            # path leaves out every change under them, and every file they name.
            """CREATE TABLE local_only_cases (
                case_id TEXT PRIMARY KEY,
                reason TEXT NOT NULL,
                marked_at TEXT NOT NULL
            )""",
            # A demo made before this version is known by its kept-back creation.
            """INSERT OR IGNORE INTO local_only_cases (case_id, reason, marked_at)
            SELECT record_id, 'demo', created_at FROM outbox
            WHERE record_type = 'cases' AND state = 'demo'""",
        ],
    )
)

MIGRATIONS.append(
    (
        9,
        "audit: the court servers' signed receipts of the audit chain head, and their keys",
        [
            # Pinned on first use: receipts count only under the key first seen for a server.
            """CREATE TABLE server_keys (
                server TEXT PRIMARY KEY,
                public_key TEXT NOT NULL,
                pinned_at TEXT NOT NULL
            )""",
            # Kept for good: `audit verify` checks the log still extends every one.
            """CREATE TABLE audit_receipts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                server TEXT NOT NULL,
                head_seq INTEGER NOT NULL,
                head_hash TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                payload TEXT NOT NULL,
                signature TEXT NOT NULL,
                received_at TEXT NOT NULL
            )""",
            "CREATE INDEX audit_receipts_server ON audit_receipts(server, head_seq)",
        ],
    )
)

MIGRATIONS.append(
    (
        11,
        "segments: deleted, not spoken, split and merged by the clerk, with the history",
        [
            # '' in the record; 'not_spoken' (noise heard as speech) kept but left out of the
            # record; 'deleted'; 'replaced' by the parts of a split or by a merge; 'undone'
            # (the parts of a split or merge the clerk took back). Segments stay append-only:
            # these are revisions, so every step syncs and can be undone.
            "ALTER TABLE segments ADD COLUMN status TEXT NOT NULL DEFAULT ''",
            # The segments a split or merge made this one from (JSON list of ids).
            "ALTER TABLE segments ADD COLUMN derived_from TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE segment_revisions ADD COLUMN status TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE segment_revisions ADD COLUMN action TEXT NOT NULL DEFAULT 'segment.edit'",
        ],
    )
)

MIGRATIONS.append(
    (
        10,
        "hearings: what kind of session it is and who appeared (the record's 到庭情况)",
        [
            # trial, mediation, pronouncement, inquiry or deliberation; '' for hearings made
            # before, which the record prints as a trial (or a deliberation, by kind).
            "ALTER TABLE hearings ADD COLUMN session_type TEXT NOT NULL DEFAULT ''",
            # JSON: {"people": [{"party_id", "side", "name", "present", "agents":
            # [{"name", "firm", "present"}]}], "other": "..."}; '' when not taken.
            "ALTER TABLE hearings ADD COLUMN attendance TEXT NOT NULL DEFAULT ''",
        ],
    )
)

MIGRATIONS.append(
    (
        12,
        "signing: rounds of signatures on an exported record, each signer's state and ink",
        [
            # Local to this PC (the courtroom's signing station): the signed files are what
            # leaves it. Every step writes a new file; its bytes are kept as a blob too.
            """CREATE TABLE signing_rounds (
                id TEXT PRIMARY KEY,
                hearing_id TEXT NOT NULL REFERENCES hearings(id),
                case_id TEXT NOT NULL REFERENCES cases(id),
                language TEXT NOT NULL,
                record_path TEXT NOT NULL,
                record_sha256 TEXT NOT NULL,
                current_path TEXT NOT NULL,
                current_sha256 TEXT NOT NULL,
                sealed_at TEXT NOT NULL DEFAULT '',
                sealed_by TEXT NOT NULL DEFAULT '',
                started_at TEXT NOT NULL,
                started_by TEXT NOT NULL
            )""",
            "CREATE INDEX signing_rounds_hearing ON signing_rounds(hearing_id, started_at)",
            # state: waiting, signed or refused; ink: the strokes bound to the revision
            # they were drawn on (signing.ink.BoundInk JSON), ink_digest what the
            # signature's /Reason carries.
            """CREATE TABLE round_signers (
                round_id TEXT NOT NULL REFERENCES signing_rounds(id),
                signer_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                label TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'waiting',
                note TEXT NOT NULL DEFAULT '',
                at TEXT NOT NULL DEFAULT '',
                recorded_by TEXT NOT NULL DEFAULT '',
                ink TEXT NOT NULL DEFAULT '',
                ink_digest TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (round_id, signer_id)
            )""",
            # Every file of the round in order: 0 the exported record, then one per step.
            """CREATE TABLE round_revisions (
                round_id TEXT NOT NULL REFERENCES signing_rounds(id),
                seq INTEGER NOT NULL,
                step TEXT NOT NULL,
                signer_id TEXT NOT NULL DEFAULT '',
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                PRIMARY KEY (round_id, seq)
            )""",
        ],
    )
)

MIGRATIONS.append(
    (
        13,
        "signing: signed files waiting for the timestamp the authority could not give offline",
        [
            # IF NOT EXISTS: a store set back to an older version (tests do) runs this again.
            # Local to this PC. A row waits ('pending') until a connection adds the document
            # timestamp as a new file ('done', stamped_path), the file turns out changed
            # or gone ('failed'), or a later file of the same signing round, which carries
            # its signatures, takes its place ('superseded'). sha256: the signed file's
            # bytes when queued; document_id: a dossier document (its new version is a
            # document derived from it); round_id: the signing round whose latest file it is.
            """CREATE TABLE IF NOT EXISTS pending_timestamps (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                tsa_url TEXT NOT NULL,
                case_id TEXT NOT NULL DEFAULT '',
                hearing_id TEXT NOT NULL DEFAULT '',
                document_id TEXT NOT NULL DEFAULT '',
                round_id TEXT NOT NULL DEFAULT '',
                queued_at TEXT NOT NULL,
                queued_by TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                stamped_path TEXT NOT NULL DEFAULT '',
                stamped_sha256 TEXT NOT NULL DEFAULT '',
                stamped_at TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX IF NOT EXISTS pending_timestamps_state ON pending_timestamps(state, id)",
        ],
    )
)

MIGRATIONS.append(
    (
        14,
        "captions: the live captions of the hearing being recorded, for a caster to follow",
        [
            # Local to this PC, never synced or audited: the newest state of a recording's
            # captions (final lines and lines forming), overwritten a few times a second by
            # the recording process and read by `cast captions` in another process. seq
            # grows at each change; ended is set when the recording stops. Deliberations
            # never get a row (casting/captions.py refuses them).
            """CREATE TABLE IF NOT EXISTS live_captions (
                hearing_id TEXT PRIMARY KEY,
                seq INTEGER NOT NULL,
                state TEXT NOT NULL,
                ended INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL
            )""",
        ],
    )
)



def add_column(table: str, column: str, declaration: str):
    """An ALTER TABLE … ADD COLUMN that a store set back to an older version (tests do) can
    run again: SQLite has no ADD COLUMN IF NOT EXISTS."""

    def run(conn) -> None:
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in have:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    return run


MIGRATIONS.append(
    (
        15,
        "laws: the date the facts of a case happened (the law in force then is cited)",
        # Synced with the case (YYYY-MM-DD, '' when not known): the default date of the
        # law versions cited in that case.
        [add_column("cases", "facts_on", "TEXT NOT NULL DEFAULT ''")],
    )
)

# Parts of the schema land from parallel work: apply them by number, whatever the order
# they were appended in.
MIGRATIONS.sort(key=lambda migration: migration[0])

LATEST_VERSION = MIGRATIONS[-1][0]
