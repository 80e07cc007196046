"""Translated texts of sync errors: the sync client's codes and the codes the case server
sends (``case_server/``: in an error answer's ``code``, or a refused change's result).

Sync never loses work: what the server did not take stays on this PC (in the outbox, the
conflict inbox or the upload queue), and each text says so.
"""

from __future__ import annotations

from .messages import ErrorText, translate


def sync_error_texts() -> dict[str, ErrorText]:
    texts = _client_texts()
    texts.update(_change_refusals())
    texts.update(_upload_and_audit_refusals())
    return texts


def _client_texts() -> dict[str, ErrorText]:
    kept = translate("ErrorMessages",
                     "Nothing was changed on the server; your work stays on this PC.")
    return {
        "sync_error": ErrorText(
            translate("ErrorMessages", "Sync with the court's server did not work"),
            translate("ErrorMessages", "Your work stays on this PC; nothing was lost."),
            translate("ErrorMessages",
                      "Check that the server address is the https:// address court IT gave "
                      "you, and try again."),
        ),
        "server_unreachable": ErrorText(
            translate("ErrorMessages", "The court's server cannot be reached"),
            translate("ErrorMessages",
                      "You can keep working: everything is saved on this PC and syncs by "
                      "itself when the network is back."),
            translate("ErrorMessages",
                      "Nothing to do now. If you need to sync now, check the network cable or "
                      "Wi-Fi, and the server address."),
        ),
        "server_busy": ErrorText(
            translate("ErrorMessages", "The court's server is busy"),
            translate("ErrorMessages",
                      "Nothing was lost; courtdesk tries again by itself shortly."),
            translate("ErrorMessages", "Nothing to do. If it lasts for hours, tell court IT."),
        ),
        "unavailable": ErrorText(
            translate("ErrorMessages", "The court's case database is not reachable"),
            translate("ErrorMessages",
                      "Nothing was lost; courtdesk tries again by itself shortly."),
            translate("ErrorMessages", "Nothing to do. If it lasts for hours, tell court IT."),
        ),
        "login_required": ErrorText(
            translate("ErrorMessages", "Log in to the court's server again"),
            translate("ErrorMessages",
                      "Sync is paused until you log in; your work stays on this PC."),
            translate("ErrorMessages",
                      "Enter your user name and password under Sync, then sync again."),
        ),
        "unauthenticated": ErrorText(
            translate("ErrorMessages", "Your login to the court's server has expired"),
            translate("ErrorMessages",
                      "Sync is paused until you log in; your work stays on this PC."),
            translate("ErrorMessages",
                      "Enter your user name and password under Sync, then sync again."),
        ),
        "bad_credentials": ErrorText(
            translate("ErrorMessages", "Wrong user name or password for the court's server"),
            translate("ErrorMessages",
                      "You are not logged in to the court's server; your work stays on this "
                      "PC."),
            translate("ErrorMessages",
                      "Check the user name and the keyboard layout and try again. Court IT can "
                      "reset a forgotten password."),
        ),
        "tls_refused": ErrorText(
            translate("ErrorMessages", "The court's server could not be verified"),
            translate("ErrorMessages",
                      "courtdesk sends court data only to the court's own server, checked by "
                      "its certificate, so nothing was sent."),
            translate("ErrorMessages",
                      "Ask court IT: the certificate in the machine configuration may be "
                      "wrong or expired."),
        ),
        "server_refused": ErrorText(
            translate("ErrorMessages", "The court's server refused the request"),
            kept,
            translate("ErrorMessages",
                      "Give the details to court IT (the server may run another version)."),
        ),
        "forbidden": ErrorText(
            translate("ErrorMessages", "The court's server does not allow this for your "
                                       "account"),
            kept,
            translate("ErrorMessages",
                      "If your work needs it, ask the presiding judge or court IT to add you "
                      "to the case."),
        ),
        "not_found": ErrorText(
            translate("ErrorMessages", "The court's server does not have this"),
            kept,
            translate("ErrorMessages",
                      "Sync again later; if it persists, give the details to court IT."),
        ),
        "too_large": ErrorText(
            translate("ErrorMessages", "Too much at once for the court's server"),
            kept,
            translate("ErrorMessages", "Give the details to court IT."),
        ),
        "cursor_ahead": ErrorText(
            translate("ErrorMessages", "The court's server was restored from a backup"),
            translate("ErrorMessages",
                      "courtdesk fetches the case data again from the start; your changes "
                      "are sent again and nothing on this PC is lost."),
            translate("ErrorMessages", "Nothing to do; tell court IT if it happens often."),
        ),
        "login_other_account": ErrorText(
            translate("ErrorMessages", "The court's server login must be your own"),
            translate("ErrorMessages",
                      "courtdesk sends nothing under another person's name: this window "
                      "syncs only with the login of the person logged in to it. Your work "
                      "stays on this PC."),
            translate("ErrorMessages",
                      "Under Sync, log in to the court's server with your own password. To "
                      "sync another person's work, log out and log in as that person."),
        ),
        "inbox_error": ErrorText(
            translate("ErrorMessages", "This conflict cannot be resolved as asked"),
            translate("ErrorMessages", "The conflict inbox is unchanged."),
            translate("ErrorMessages",
                      "Choose the conflict again from the list and keep one of the two "
                      "versions."),
        ),
    }


def _change_refusals() -> dict[str, ErrorText]:
    """A change the server did not apply: it waits in the conflict inbox."""
    waits = translate("ErrorMessages",
                      "The court's server did not accept this change. It is kept on this PC "
                      "in the conflict inbox; nothing else was affected.")
    keep_or_ask = translate("ErrorMessages",
                            "Under Sync, keep the court's version to drop your change, or give "
                            "the details to court IT.")
    titles = {
        "invalid": translate("ErrorMessages",
                             "The court's server found the change incomplete"),
        "unknown_record": translate("ErrorMessages",
                                    "The record no longer exists on the court's server"),
        "fixed_field": translate("ErrorMessages",
                                 "A field that is fixed once saved was changed"),
        "append_only": translate("ErrorMessages",
                                 "Records of this kind can only be added, not changed or "
                                 "deleted"),
        "unknown_parent": translate("ErrorMessages", "What this record belongs to has not "
                                                     "reached the court's server"),
        "parent_deleted": translate("ErrorMessages",
                                    "What this record belongs to was deleted on the court's "
                                    "server"),
        "revision_not_increasing": translate("ErrorMessages",
                                             "An older correction arrived after a newer one"),
        "change_id_reused": translate("ErrorMessages",
                                      "The court's server already has a different change "
                                      "under this number"),
    }
    texts = {code: ErrorText(title, waits, keep_or_ask) for code, title in titles.items()}
    texts["blob_incomplete"] = ErrorText(
        translate("ErrorMessages", "Its file has not been uploaded completely yet"),
        translate("ErrorMessages",
                  "The record waits on this PC until its file (a recording or a dossier "
                  "volume) is on the court's server; nothing is lost."),
        translate("ErrorMessages",
                  "Nothing to do: courtdesk sends the rest of the file and then the record. "
                  "On a metered link, large files wait for an unmetered network."),
    )
    texts["blob_not_uploaded"] = ErrorText(
        translate("ErrorMessages", "Its file must be uploaded from this account first"),
        translate("ErrorMessages",
                  "The court's server lets a record name a file only when the person who "
                  "files it has sent the file itself. The record waits on this PC; nothing "
                  "is lost."),
        translate("ErrorMessages",
                  "Nothing to do: courtdesk sends the file again at the next sync, then the "
                  "record. If the file is no longer on this PC, import it again."),
    )
    texts["author_mismatch"] = ErrorText(
        translate("ErrorMessages", "This change was made by another person"),
        translate("ErrorMessages",
                  "The court's server accepts a change only from the person who made it, "
                  "under their own login. It was not applied and is kept on this PC in the "
                  "conflict inbox."),
        translate("ErrorMessages",
                  "The person who made it logs in to courtdesk on this PC and syncs; give "
                  "the details to court IT if it happens again."),
    )
    texts["conflict"] = ErrorText(
        translate("ErrorMessages", "The court changed this record too"),
        translate("ErrorMessages",
                  "Both versions are kept: yours on this PC, the court's on the server. "
                  "Nothing is lost."),
        translate("ErrorMessages", "Under Sync, compare the two versions and keep one."),
    )
    return texts


def _upload_and_audit_refusals() -> dict[str, ErrorText]:
    resent = translate("ErrorMessages",
                       "The file was not uploaded completely. It stays on this PC and "
                       "courtdesk sends it again at the next sync.")
    nothing_now = translate("ErrorMessages",
                            "Nothing to do now. If it keeps happening, give the details to "
                            "court IT.")
    damaged = translate("ErrorMessages", "A file arrived damaged at the court's server")
    refused = translate("ErrorMessages", "The court's server refused part of an upload")
    texts = {"upload_failed": ErrorText(
        translate("ErrorMessages", "A file could not be uploaded to the court's server"),
        resent, nothing_now)}
    for code in ("checksum_mismatch", "hash_mismatch"):
        texts[code] = ErrorText(damaged, resent, nothing_now)
    for code in ("checksum_missing", "checksum_algorithm", "checksum_malformed",
                 "offset_mismatch", "beyond_size", "chunk_too_large", "size_mismatch"):
        texts[code] = ErrorText(refused, resent, nothing_now)

    audit_kept = translate("ErrorMessages",
                           "The court's server did not accept this computer's audit log. "
                           "Other work synced normally, and the log on this PC is kept.")
    tell_it = translate("ErrorMessages",
                        "Tell court IT: they compare the court's copy with this PC's "
                        "(\"courtdesk audit verify\").")
    differs = translate("ErrorMessages",
                        "This computer's audit log does not match the court's copy")
    missing = translate("ErrorMessages", "Entries are missing from this computer's audit log")
    for code in ("audit_entry_altered", "audit_chain_broken", "audit_tampered"):
        texts[code] = ErrorText(differs, audit_kept, tell_it)
    for code in ("audit_gap", "audit_out_of_order"):
        texts[code] = ErrorText(missing, audit_kept, tell_it)
    texts["audit_forbidden"] = ErrorText(
        translate("ErrorMessages",
                  "The court's server does not take this computer's audit log from your "
                  "account"),
        audit_kept, tell_it)
    # The audit sender's own code for a refusal that came without the server's reason.
    texts["refused"] = ErrorText(
        translate("ErrorMessages", "The court's server refused this computer's audit log"),
        audit_kept, tell_it)
    return texts
