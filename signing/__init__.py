"""Electronic signatures on court documents, offline: the parties' handwritten signatures, the
court's PAdES seal (pyHanko; PKCS#12 or a PKCS#11 token), RFC 3161 timestamps, an SM2 seal
beside the PDF, verification of any signed PDF, and evidence hashes for the judicial chain.

No widgets here: the signature pad and panels live in ``courtdesk.ui``.
"""

# asn1crypto learns the name "tst_info" only when its tsp module is imported, and it builds
# each OID's name table once, at first use: if any CMS content type is read or written
# before asn1crypto.tsp is imported, that process can never build a timestamp token again
# ("invalid literal for int(): 'tst_info'"). Import it before anything of signing runs.
import asn1crypto.tsp  # noqa: F401
