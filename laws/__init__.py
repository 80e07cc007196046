"""The law library: statutes and judicial interpretations on the laptop, offline.

No Qt here: the CLI, the GUI workspaces and the sync client all use these modules.
``library.LawLibrary`` is the file (import, versions, articles, outline, distribution),
``records`` what it hands out, ``importer`` reads the Markdown and plain-text layouts,
``citations.CitationParser`` is the one parser of article references (``references`` holds
what it finds), ``search.LawSearch`` the full-text search, ``opening`` where the file lives.
"""
