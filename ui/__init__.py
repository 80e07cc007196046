"""courtdesk's windows and dialogs: the only package that imports QtWidgets.

Entry point: :func:`courtdesk.ui.main.run_gui`. Off-thread work goes through
:mod:`courtdesk.ui.jobs`; texts through ``tr()`` and ``ui/i18n/*.ts``.
"""
