"""What the desktop app and the case server share: roles, password hashing, login delays,
record ids, audit-entry hashing and the signed receipt form.

Standard library only (and nothing of the desktop side), so the case server installs on its
own without Qt, Vosk or PyMuPDF; a test checks that no module here or in ``case_server/``
imports the desktop packages.
"""
