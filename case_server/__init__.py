"""Reference case server: the court-side end of courtdesk's sync (FastAPI, SQLAlchemy, Alembic).

Runs without a screen and never imports Qt. ``courtdesk-server`` starts it on an embedded
SQLite file; a PostgreSQL URL runs it for production.
"""
