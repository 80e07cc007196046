"""Translated texts of the law library's errors (``laws/records.py``, the library sync).

The library is public text, copied from the court's server or the package: an error here
never touches a case. Each text says whether statute search still works and who can help.
"""

from __future__ import annotations

from .messages import ErrorText, translate


def laws_error_texts() -> dict[str, ErrorText]:
    cases_safe = translate("ErrorMessages", "Your cases and hearings are not affected.")
    return {
        "law_library_error": ErrorText(
            translate("ErrorMessages", "The law library could not do that"),
            cases_safe,
            translate("ErrorMessages", "Try again. If it happens again, give the details to "
                      "court IT."),
        ),
        "law_library_unreadable": ErrorText(
            translate("ErrorMessages", "The law library file cannot be read"),
            translate("ErrorMessages", "Statute search and article links are unavailable on "
                      "this PC until the library is replaced. Your cases and hearings are not "
                      "affected."),
            translate("ErrorMessages", "Ask court IT to publish the court's law library "
                      "again (it arrives at the next sync) or to import the laws anew."),
        ),
        "law_library_hash_mismatch": ErrorText(
            translate("ErrorMessages", "The law library received from the court's server was "
                      "damaged"),
            translate("ErrorMessages", "It was not installed; this PC keeps its current law "
                      "library."),
            translate("ErrorMessages", "Sync again later. If it happens again, tell court IT: "
                      "the library on the server may need to be published again."),
        ),
        "law_library_unwritable": ErrorText(
            translate("ErrorMessages", "The court's new law library could not be installed"),
            translate("ErrorMessages", "This PC's law library file cannot be written (it may "
                      "be installed for the whole PC, read-only); the current library stays in "
                      "use."),
            translate("ErrorMessages", "Ask court IT to update the law library file of this "
                      "PC, or to make it writable."),
        ),
        # The court's server, answering court IT's publish or a laptop's sync.
        "not_a_library": ErrorText(
            translate("ErrorMessages", "The server refused the file: it is not a law library"),
            translate("ErrorMessages", "Nothing was published; the laptops keep the library "
                      "they have."),
            translate("ErrorMessages", "Publish the law library of a PC where statute search "
                      "works (courtdesk laws publish)."),
        ),
        "law_publish_forbidden": ErrorText(
            translate("ErrorMessages", "The court's server refused to publish: the account "
                      "is not court IT there"),
            translate("ErrorMessages", "Nothing was published; the laptops keep the library "
                      "they have."),
            translate("ErrorMessages", "Log in with the court IT account of the court's "
                      "server."),
        ),
        "law_publish_server_failed": ErrorText(
            translate("ErrorMessages", "The court's server failed while taking the law "
                      "library"),
            translate("ErrorMessages", "Nothing was published; the laptops keep the library "
                      "they have."),
            translate("ErrorMessages", "Publish again later. If it fails again, the server's "
                      "log says why (give it the details below)."),
        ),
        "law_publish_unreachable": ErrorText(
            translate("ErrorMessages", "The court's server cannot be reached"),
            translate("ErrorMessages", "Nothing was published; the laptops keep the library "
                      "they have."),
            translate("ErrorMessages", "Check the server's address and this PC's network, "
                      "then publish again."),
        ),
        "no_library": ErrorText(
            translate("ErrorMessages", "The court has not published a law library"),
            translate("ErrorMessages", "This PC keeps the law library it has."),
            translate("ErrorMessages", "Court IT can publish one with courtdesk laws publish."),
        ),
    }
