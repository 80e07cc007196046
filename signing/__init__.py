"""Electronic signatures on court documents, offline: the parties' handwritten signatures, the
court's PAdES seal (pyHanko; PKCS#12 or a PKCS#11 token), RFC 3161 timestamps, an SM2 seal
beside the PDF, verification of any signed PDF, and evidence hashes for the judicial chain.

No widgets here: the signature pad and panels live in ``courtdesk.ui``.
"""
