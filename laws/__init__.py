"""The law library: statutes and judicial interpretations on the laptop, offline.

No Qt here: the CLI, the GUI workspaces and the sync client all use these modules.
``library.LawLibrary`` is the file (search, versions, articles), ``importer`` reads the
Markdown and plain-text layouts, ``citations`` is the one parser of article references.
"""
