"""FormDialog's two hooks are abstract: every dialog built on it fills in both."""

from __future__ import annotations

import importlib

from courtdesk.ui.form_dialog import FormDialog

# The modules that define FormDialog's subclasses (imported so they are registered).
DIALOG_MODULES = ("courtdesk.ui.login_dialog", "courtdesk.ui.unlock_dialog",
                  "courtdesk.ui.views.accounts_workspace")


def _all_subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_form_dialog_implements_submit_and_retranslate():
    for module in DIALOG_MODULES:
        importlib.import_module(module)
    dialogs = _all_subclasses(FormDialog)
    assert {d.__name__ for d in dialogs} >= {"LoginDialog", "FirstAdminDialog",
                                              "UnlockDialog", "NewAccountDialog"}
    for dialog in dialogs:
        for hook in ("submit", "retranslate"):
            assert getattr(dialog, hook) is not getattr(FormDialog, hook), (dialog, hook)
