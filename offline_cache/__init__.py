"""The local store: encrypted SQLite, migrations, outbox, audit chain and blobs.

No Qt here: the CLI, the tests and (later) the sync worker use it without a screen.
"""
