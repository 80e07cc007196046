"""Casting a dossier page to a room screen by state, not pixels.

A sender (the judge's or clerk's PC) tells a receiver (the PC behind the room screen)
*what* to show — the document's SHA-256, the page, zoom and viewport, the shared
annotations on that page, who presents — and the receiver renders the page itself from
the same, hash-checked file: sharp at any screen size, a few hundred bytes per page
change instead of megabits of video. A receiver that lacks the document asks for it by
hash; the sender sends the bytes once, and the receiver keeps them only in memory and
only while that presenter presents. Pixel frames (``frame`` messages) are the fallback
for what is not a document.

Protocol (protocol.py): WebSocket over TLS 1.3, per-message compression off; JSON text
frames with a version ``v`` and a ``type``, binary frames for document bytes and pixel
frames. Later kinds (pointer, captions, evidence ranges) are new types; a receiver answers
a type it does not know with an error and carries on.

Pairing and the channel (pairing.py). The receiver has a self-signed certificate (made
once, kept in its state folder) and shows a 6-digit PIN, new at each start. The PIN alone
is too small to be a key: if the sender simply sent an HMAC keyed by the PIN, anyone
posing as the receiver could try the million PINs offline against it. So the two sides
run SPAKE2 (a password-authenticated key exchange: each side sends one group element
blinded by the PIN; only a party that used the same PIN derives the same key, and an
eavesdropper or impostor learns nothing it could test PINs against offline — each
connection is one online guess). With the SPAKE2 key, the sender then sends an HMAC over
a label, the SHA-256 fingerprint of the receiver's certificate *as the sender's TLS
connection saw it*, and both SPAKE2 messages; the receiver checks it against its own
fingerprint and answers with its own HMAC, which the sender checks. A man in the middle
would have to present its own certificate, so the fingerprints differ and both checks
fail; without the PIN it cannot make either HMAC. After pairing, the sender remembers the
fingerprint for that address and refuses a later different certificate (like SSH's
known hosts) until someone deliberately forgets it (``courtdesk cast forget``).

Wrong PINs are counted across all clients: after 5 the receiver answers every pairing
attempt with ``locked`` for 30 s, doubling each time; pairings run one at a time so that
parallel connections cannot slip guesses past the count. An unpaired client gets only
the SPAKE2 message (which reveals nothing) and a refusal; no state, no name, no presenter.

One presenter at a time: a second paired sender is refused with the name of the one
presenting. ``stop`` (or the presenter's connection ending) clears the screen and drops
the documents. Every cast is an audit entry on the sender (app/cli_cast.py).

No widgets and no Qt here: the receiver "paints" to a PNG file for now; the full-screen
window, the presenter window, discovery and the browser receiver build on these pieces.
"""
