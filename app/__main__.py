from courtdesk.app.cli import _entry

_entry()
