<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Enter a user name without spaces.</source>
        <translation>Enter a user name without spaces.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>The password is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountsWorkspace</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demo account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
</context>
<context>
    <name>CaptionsCastDialog</name>
    <message>
        <source>Type the address the room screen shows, e.g. 192.168.1.20:8765.</source>
        <translation>Type the address the room screen shows, e.g. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>The PIN is the 6 digits the room screen shows.</translation>
    </message>
    <message>
        <source>Pairing with the room screen…</source>
        <translation>Pairing with the room screen…</translation>
    </message>
    <message>
        <source>Cast captions</source>
        <translation>Cast captions</translation>
    </message>
    <message>
        <source>Live captions on a room screen</source>
        <translation>Live captions on a room screen</translation>
    </message>
    <message>
        <source>The live transcript of this hearing, with each speaker&apos;s role, in large type on the room screen or a remote party&apos;s display. Deliberations are never cast.</source>
        <translation>The live transcript of this hearing, with each speaker&apos;s role, in large type on the room screen or a remote party&apos;s display. Deliberations are never cast.</translation>
    </message>
    <message>
        <source>Room screen address:</source>
        <translation>Room screen address:</translation>
    </message>
    <message>
        <source>PIN on the screen:</source>
        <translation>PIN on the screen:</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Vol. %1</source>
        <translation>Vol. %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Select a case in the list to see its parties, hearings, dossier and members.</source>
        <translation>Select a case in the list to see its parties, hearings, dossier and members.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Open in the hearing workspace</source>
        <translation>Open in the hearing workspace</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>New hearing</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>My role</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Facts happened</source>
        <translation>Facts happened</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date.</source>
        <translation>The law cited in this case is the law in force on this date.</translation>
    </message>
    <message>
        <source>Citations in this case use today&apos;s law.</source>
        <translation>Citations in this case use today&apos;s law.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
</context>
<context>
    <name>CasesWorkspace</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>My role</translation>
    </message>
    <message>
        <source>Facts&apos; date saved: citations in this case use the law in force on %1.</source>
        <translation>Facts&apos; date saved: citations in this case use the law in force on %1.</translation>
    </message>
    <message>
        <source>Facts&apos; date cleared: citations in this case use today&apos;s law.</source>
        <translation>Facts&apos; date cleared: citations in this case use today&apos;s law.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
    <message>
        <source>No cases are assigned to you on this computer yet. Cases appear here when a clerk creates them or when they are synced from the court&apos;s case system.</source>
        <translation>No cases are assigned to you on this computer yet. Cases appear here when a clerk creates them or when they are synced from the court&apos;s case system.</translation>
    </message>
    <message>
        <source>Search by case number, title, cause or party…</source>
        <translation>Search by case number, title, cause or party…</translation>
    </message>
</context>
<context>
    <name>CastDialog</name>
    <message>
        <source>Cast to room screen</source>
        <translation>Cast to room screen</translation>
    </message>
    <message>
        <source>The page you read appears on the room screen and follows as you turn pages. Choose the screen or type the address it shows, then type its PIN.</source>
        <translation>The page you read appears on the room screen and follows as you turn pages. Choose the screen or type the address it shows, then type its PIN.</translation>
    </message>
    <message>
        <source>Room screens</source>
        <translation>Room screens</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>as the room screen shows it, e.g. 192.168.1.20:8765</source>
        <translation>as the room screen shows it, e.g. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>the 6 digits on the room screen</source>
        <translation>the 6 digits on the room screen</translation>
    </message>
    <message>
        <source>A public screen: everyone in the room can read what you cast to it.</source>
        <translation>A public screen: everyone in the room can read what you cast to it.</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <source>Forget this screen</source>
        <translation>Forget this screen</translation>
    </message>
    <message>
        <source>Pair anew with this address: only when court IT has reinstalled the room&apos;s PC</source>
        <translation>Pair anew with this address: only when court IT has reinstalled the room&apos;s PC</translation>
    </message>
    <message>
        <source>Type the address the room screen shows.</source>
        <translation>Type the address the room screen shows.</translation>
    </message>
    <message>
        <source>Looking for room screens on the network…</source>
        <translation>Looking for room screens on the network…</translation>
    </message>
    <message>
        <source>Room screens found on the network: %n.</source>
        <translation>Room screens found on the network: %n.</translation>
    </message>
    <message>
        <source>No room screen answered on the network (court networks often block this): type the address the room screen shows.</source>
        <translation>No room screen answered on the network (court networks often block this): type the address the room screen shows.</translation>
    </message>
    <message>
        <source>public screen</source>
        <translation>public screen</translation>
    </message>
    <message>
        <source>paired before</source>
        <translation>paired before</translation>
    </message>
    <message>
        <source>Type the address as the room screen shows it, e.g. 192.168.1.20:8765.</source>
        <translation>Type the address as the room screen shows it, e.g. 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>The PIN is the 6 digits the room screen shows.</translation>
    </message>
    <message>
        <source>Pairing with %1…</source>
        <translation>Pairing with %1…</translation>
    </message>
</context>
<context>
    <name>CastReceiverWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation>Presenting: %1</translation>
    </message>
    <message>
        <source>The page is on its way…</source>
        <translation>The page is on its way…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>To show a page here, choose this screen in courtdesk and type the PIN, or type this address:</source>
        <translation>To show a page here, choose this screen in courtdesk and type the PIN, or type this address:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Public screen: ID, phone and bank card numbers are removed from what is shown here.</source>
        <translation>Public screen: ID, phone and bank card numbers are removed from what is shown here.</translation>
    </message>
    <message>
        <source>Browsers: open %1</source>
        <translation>Browsers: open %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Esc closes the receiver.</source>
        <translation>Esc closes the receiver.</translation>
    </message>
</context>
<context>
    <name>Casting</name>
    <message>
        <source>Casting cancelled; nothing was shown.</source>
        <translation>Casting cancelled; nothing was shown.</translation>
    </message>
    <message>
        <source>Casting stopped; the room screen “%1” is clear.</source>
        <translation>Casting stopped; the room screen “%1” is clear.</translation>
    </message>
    <message>
        <source>Cast to room screen…</source>
        <translation>Cast to room screen…</translation>
    </message>
    <message>
        <source>Show the page you read on a room screen on the network; it follows as you turn pages</source>
        <translation>Show the page you read on a room screen on the network; it follows as you turn pages</translation>
    </message>
    <message>
        <source>Stop casting</source>
        <translation>Stop casting</translation>
    </message>
    <message>
        <source>Clear the room screen</source>
        <translation>Clear the room screen</translation>
    </message>
    <message>
        <source>Casting to %1</source>
        <translation>Casting to %1</translation>
    </message>
    <message>
        <source> (public screen)</source>
        <translation> (public screen)</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Close Tab</translation>
    </message>
</context>
<context>
    <name>DossierPresenting</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Show this volume on the room&apos;s screen (F5); Esc stops</source>
        <translation>Show this volume on the room&apos;s screen (F5); Esc stops</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Laser pointer</translation>
    </message>
    <message>
        <source>Show a red dot on the room screen where the mouse is (or hold Ctrl)</source>
        <translation>Show a red dot on the room screen where the mouse is (or hold Ctrl)</translation>
    </message>
    <message>
        <source>Show pages to court…</source>
        <translation>Show pages to court…</translation>
    </message>
    <message>
        <source>Show only some pages of this volume on the room screen</source>
        <translation>Show only some pages of this volume on the room screen</translation>
    </message>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>Room screen — courtdesk</translation>
    </message>
    <message>
        <source>Only one screen is connected, so the room picture opened in a window: drag it where the court can see it, or connect the room&apos;s screen — the picture moves there by itself. Esc stops presenting.</source>
        <translation>Only one screen is connected, so the room picture opened in a window: drag it where the court can see it, or connect the room&apos;s screen — the picture moves there by itself. Esc stops presenting.</translation>
    </message>
    <message>
        <source>Presenting “%1” on the second screen. Esc stops.</source>
        <translation>Presenting “%1” on the second screen. Esc stops.</translation>
    </message>
    <message>
        <source>Presenting stopped: the room screen shows nothing of this case.</source>
        <translation>Presenting stopped: the room screen shows nothing of this case.</translation>
    </message>
    <message>
        <source>Court sees pages %1–%2 only</source>
        <translation>Court sees pages %1–%2 only</translation>
    </message>
    <message>
        <source>Page %1 is not shown to the court (pages %2–%3 only)</source>
        <translation>Page %1 is not shown to the court (pages %2–%3 only)</translation>
    </message>
    <message>
        <source>The room picture is on the screen “%1” now.</source>
        <translation>The room picture is on the screen “%1” now.</translation>
    </message>
    <message>
        <source>The room&apos;s screen was disconnected, so presenting stopped. Your reading is unchanged; press F5 to present again.</source>
        <translation>The room&apos;s screen was disconnected, so presenting stopped. Your reading is unchanged; press F5 to present again.</translation>
    </message>
</context>
<context>
    <name>DossierWorkspace</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Ink</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>column: how many</comment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Text recognition of scanned pages</source>
        <translation>Text recognition of scanned pages</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Search all volumes (Chinese, Korean…)</source>
        <translation>Search all volumes (Chinese, Korean…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source> (OCR)</source>
        <translation> (OCR)</translation>
    </message>
    <message>
        <source>Vol. %1 %2 — page %3</source>
        <translation>Vol. %1 %2 — page %3</translation>
    </message>
    <message>
        <source>“%1”: found on %n page(s).</source>
        <translation>“%1”: found on pages: %n.</translation>
    </message>
    <message>
        <source>“%1”: not found. Scanned pages are searchable once OCR has read them.</source>
        <translation>“%1”: not found. Scanned pages are searchable once OCR has read them.</translation>
    </message>
    <message>
        <source>Reading scanned pages (OCR): %1, %2 of %3</source>
        <translation>Reading scanned pages (OCR): %1, %2 of %3</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>p. %1 · %2 · %3, %4</source>
        <translation>p. %1 · %2 · %3, %4</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Export a copy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Flatten my annotations and the shared ones into the copy</source>
        <translation>Flatten my annotations and the shared ones into the copy</translation>
    </message>
    <message>
        <source>Redact ID numbers, phone numbers and bank card numbers (removed from the file, not covered)</source>
        <translation>Redact ID numbers, phone numbers and bank card numbers (removed from the file, not covered)</translation>
    </message>
    <message>
        <source>The stored volume is not changed; the copy is a new file. Redacting a scan reads it with OCR first, which takes a while.</source>
        <translation>The stored volume is not changed; the copy is a new file. Redacting a scan reads it with OCR first, which takes a while.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <source>Clean up scans</source>
        <translation>Clean up scans</translation>
    </message>
    <message>
        <source>Deskew, remove black borders and specks into a cleaned copy, shown beside the original</source>
        <translation>Deskew, remove black borders and specks into a cleaned copy, shown beside the original</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>Cited into the note: %1</translation>
    </message>
    <message>
        <source>No note is being written: %1 is copied, paste it where it belongs.</source>
        <translation>No note is being written: %1 is copied, paste it where it belongs.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>Scroll through all pages, or show one page at a time</source>
        <translation>Scroll through all pages, or show one page at a time</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Turn the view by 90° (Ctrl+R); the file is not changed</source>
        <translation>Turn the view by 90° (Ctrl+R); the file is not changed</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Mark:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Open in other pane</source>
        <translation>Open in other pane</translation>
    </message>
    <message>
        <source>Bookmark this page (Ctrl+B)</source>
        <translation>Bookmark this page (Ctrl+B)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Default colour</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>New annotations are shared with the case&apos;s members; off: only you see them</source>
        <translation>New annotations are shared with the case&apos;s members; off: only you see them</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Choose a case, then open a volume from the list on the left.</source>
        <translation>Choose a case, then open a volume from the list on the left.</translation>
    </message>
    <message>
        <source>Double-click a volume on the left to read it.</source>
        <translation>Double-click a volume on the left to read it.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Add an entry at this page…</source>
        <translation>Add an entry at this page…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Starts at this page</source>
        <translation>Starts at this page</translation>
    </message>
    <message>
        <source>Ends at this page</source>
        <translation>Ends at this page</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Detect the catalog again</source>
        <translation>Detect the catalog again</translation>
    </message>
    <message>
        <source>Title of the document starting on page %1:</source>
        <translation>Title of the document starting on page %1:</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message numerus="yes">
        <source>OCR read %n scanned page(s); they are searchable now.</source>
        <translation>
            <numerusform>OCR read %n scanned page; it is searchable now.</numerusform>
            <numerusform>OCR read %n scanned pages; they are searchable now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Highlight the selected text, or the text you drag over next</source>
        <translation>Highlight the selected text, or the text you drag over next</translation>
    </message>
    <message>
        <source>Underline the selected text, or the text you drag over next</source>
        <translation>Underline the selected text, or the text you drag over next</translation>
    </message>
    <message>
        <source>Box select</source>
        <translation>Box select</translation>
    </message>
    <message>
        <source>Drag a box to take the text inside it instead of selecting along the lines (or hold Alt while dragging)</source>
        <translation>Drag a box to take the text inside it instead of selecting along the lines (or hold Alt while dragging)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comment on “%1” (page %2):</source>
        <translation>Comment on “%1” (page %2):</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>Note on page %1:</translation>
    </message>
    <message>
        <source>Import into the dossier</source>
        <translation>Import into the dossier</translation>
    </message>
    <message>
        <source>PDF and scans</source>
        <translation>PDF and scans</translation>
    </message>
    <message>
        <source>Importing %n file(s)…</source>
        <translation>Importing files: %n…</translation>
    </message>
    <message>
        <source>Imported %n volume(s).</source>
        <translation>Volumes imported: %n.</translation>
    </message>
    <message>
        <source>“%1” is signed: it is stored exactly as received, and its signatures are checked when it is opened.</source>
        <translation>“%1” is signed: it is stored exactly as received, and its signatures are checked when it is opened.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>Password-protected PDF</translation>
    </message>
    <message>
        <source>Password to open %1:</source>
        <translation>Password to open %1:</translation>
    </message>
    <message>
        <source>Cleaning up the scanned pages…</source>
        <translation>Cleaning up the scanned pages…</translation>
    </message>
    <message>
        <source>Cleaned copy made: “%1” (%n page(s) cleaned), shown on the right beside the original.</source>
        <translation>Cleaned copy made: “%1” (pages cleaned: %n), shown on the right beside the original.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Writing the copy…</translation>
    </message>
    <message>
        <source>Copy written to %1: the signed file itself, unchanged, so its signatures still verify.</source>
        <translation>Copy written to %1: the signed file itself, unchanged, so its signatures still verify.</translation>
    </message>
    <message>
        <source>Copy written to %1: %2 annotation(s) flattened, %3 number(s) redacted.</source>
        <translation>Copy written to %1. Annotations flattened: %2; numbers redacted: %3.</translation>
    </message>
    <message>
        <source>The volume is signed: this copy has annotations or redactions written in, so its signatures no longer verify. The signed volume in the dossier is unchanged.</source>
        <translation>The volume is signed: this copy has annotations or redactions written in, so its signatures no longer verify. The signed volume in the dossier is unchanged.</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Wrong passphrase for the local store</source>
        <translation>Wrong passphrase for the local store</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the encrypted case store. Nothing in the store was changed.</source>
        <translation>The passphrase did not unlock the encrypted case store. Nothing in the store was changed.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then start courtdesk again. A lost passphrase cannot be recovered; cases already synced remain safe on the court&apos;s server.</source>
        <translation>Check the keyboard layout and Caps Lock, then start courtdesk again. A lost passphrase cannot be recovered; cases already synced remain safe on the court&apos;s server.</translation>
    </message>
    <message>
        <source>The local store is damaged</source>
        <translation>The local store is damaged</translation>
    </message>
    <message>
        <source>courtdesk cannot read the encrypted case store on this computer and has changed nothing in it. Work already synced is safe on the court&apos;s server.</source>
        <translation>courtdesk cannot read the encrypted case store on this computer and has changed nothing in it. Work already synced is safe on the court&apos;s server.</translation>
    </message>
    <message>
        <source>Do not delete or move the profile folder. Ask court IT to restore the store from the court&apos;s server; what this computer had not yet synced is lost unless a backup holds it. The details below name the file and what was not synced.</source>
        <translation>Do not delete or move the profile folder. Ask court IT to restore the store from the court&apos;s server; what this computer had not yet synced is lost unless a backup holds it. The details below name the file and what was not synced.</translation>
    </message>
    <message>
        <source>courtdesk cannot write to its data folder</source>
        <translation>courtdesk cannot write to its data folder</translation>
    </message>
    <message>
        <source>Changes cannot be saved while the folder is read-only or unreachable. Nothing already saved was lost.</source>
        <translation>Changes cannot be saved while the folder is read-only or unreachable. Nothing already saved was lost.</translation>
    </message>
    <message>
        <source>Ask court IT to fix the permissions or the disk named in the details, then start courtdesk again.</source>
        <translation>Ask court IT to fix the permissions or the disk named in the details, then start courtdesk again.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>The last change was not saved; everything saved before it is intact.</source>
        <translation>The last change was not saved; everything saved before it is intact.</translation>
    </message>
    <message>
        <source>Free some space on the disk named in the details, or ask court IT, then try again.</source>
        <translation>Free some space on the disk named in the details, or ask court IT, then try again.</translation>
    </message>
    <message>
        <source>courtdesk is already open</source>
        <translation>courtdesk is already open</translation>
    </message>
    <message>
        <source>Another courtdesk window is using this profile. Two windows on one profile would write to the same store, so this one does not start. Nothing was changed.</source>
        <translation>Another courtdesk window is using this profile. Two windows on one profile would write to the same store, so this one does not start. Nothing was changed.</translation>
    </message>
    <message>
        <source>Switch to the courtdesk window that is already open, or close it and start courtdesk again.</source>
        <translation>Switch to the courtdesk window that is already open, or close it and start courtdesk again.</translation>
    </message>
    <message>
        <source>The key of the local store is not available</source>
        <translation>The key of the local store is not available</translation>
    </message>
    <message>
        <source>The key of the encrypted case store is kept in the system keyring, which cannot give it now. The store stays locked and unchanged.</source>
        <translation>The key of the encrypted case store is kept in the system keyring, which cannot give it now. The store stays locked and unchanged.</translation>
    </message>
    <message>
        <source>Unlock or start your desktop keyring (log in to the desktop again if needed), then start courtdesk again. If it persists, ask court IT.</source>
        <translation>Unlock or start your desktop keyring (log in to the desktop again if needed), then start courtdesk again. If it persists, ask court IT.</translation>
    </message>
    <message>
        <source>The local store needs its passphrase</source>
        <translation>The local store needs its passphrase</translation>
    </message>
    <message>
        <source>Without the passphrase the encrypted case store stays locked, so no case can be opened. Nothing was changed.</source>
        <translation>Without the passphrase the encrypted case store stays locked, so no case can be opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>Start courtdesk again and enter the passphrase. For unattended use, court IT can set COURTDESK_PASSPHRASE.</source>
        <translation>Start courtdesk again and enter the passphrase. For unattended use, court IT can set COURTDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Encryption is not available</source>
        <translation>Encryption is not available</translation>
    </message>
    <message>
        <source>courtdesk never keeps court data unencrypted, and the encryption library is missing on this computer. Nothing was opened or written.</source>
        <translation>courtdesk never keeps court data unencrypted, and the encryption library is missing on this computer. Nothing was opened or written.</translation>
    </message>
    <message>
        <source>Ask court IT to reinstall courtdesk with its dependencies.</source>
        <translation>Ask court IT to reinstall courtdesk with its dependencies.</translation>
    </message>
    <message>
        <source>The machine configuration is invalid</source>
        <translation>The machine configuration is invalid</translation>
    </message>
    <message>
        <source>The configuration file court IT wrote for this computer has an error. courtdesk does not start rather than guess at the courtroom&apos;s settings.</source>
        <translation>The configuration file court IT wrote for this computer has an error. courtdesk does not start rather than guess at the courtroom&apos;s settings.</translation>
    </message>
    <message>
        <source>Ask court IT to correct the file; the details name the file, the setting and the fix. &quot;courtdesk doctor&quot; checks it.</source>
        <translation>Ask court IT to correct the file; the details name the file, the setting and the fix. &quot;courtdesk doctor&quot; checks it.</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <source>Check the user name and the keyboard layout and try again. Court IT can reset a forgotten password.</source>
        <translation>Check the user name and the keyboard layout and try again. Court IT can reset a forgotten password.</translation>
    </message>
    <message>
        <source>Too many failed logins: try again in %n minute(s)</source>
        <translation>Too many failed logins: try again in %n min.</translation>
    </message>
    <message>
        <source>To protect the account, logins with this name are paused after several wrong passwords; each further wrong password makes the wait longer. Your work is not affected.</source>
        <translation>To protect the account, logins with this name are paused after several wrong passwords; each further wrong password makes the wait longer. Your work is not affected.</translation>
    </message>
    <message>
        <source>Wait, then enter the password once more, carefully (check the keyboard layout and Caps Lock). Court IT can lift the wait or reset a forgotten password.</source>
        <translation>Wait, then enter the password once more, carefully (check the keyboard layout and Caps Lock). Court IT can lift the wait or reset a forgotten password.</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>Not allowed for your role</translation>
    </message>
    <message>
        <source>Your account may not do this. The rule is enforced by courtdesk itself, not only hidden in the window.</source>
        <translation>Your account may not do this. The rule is enforced by courtdesk itself, not only hidden in the window.</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT.</source>
        <translation>If your work needs it, ask the presiding judge or court IT.</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>The account could not be saved</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Correct the entry as the details describe, and try again.</source>
        <translation>Correct the entry as the details describe, and try again.</translation>
    </message>
    <message>
        <source>The user name is not valid</source>
        <translation>The user name is not valid</translation>
    </message>
    <message>
        <source>A user name must not be empty or contain spaces. Nothing was saved.</source>
        <translation>A user name must not be empty or contain spaces. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter a user name without spaces and try again.</source>
        <translation>Enter a user name without spaces and try again.</translation>
    </message>
    <message>
        <source>This user name is already taken</source>
        <translation>This user name is already taken</translation>
    </message>
    <message>
        <source>Another account on this PC has this user name. Nothing was saved.</source>
        <translation>Another account on this PC has this user name. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose another user name and try again.</source>
        <translation>Choose another user name and try again.</translation>
    </message>
    <message>
        <source>The password is too short</source>
        <translation>The password is too short</translation>
    </message>
    <message>
        <source>A password needs at least %n characters. Nothing was saved.</source>
        <translation>A password needs at least %n characters. Nothing was saved.</translation>
    </message>
    <message>
        <source>Enter a longer password and try again.</source>
        <translation>Enter a longer password and try again.</translation>
    </message>
    <message>
        <source>The first account must be court IT&apos;s</source>
        <translation>The first account must be court IT&apos;s</translation>
    </message>
    <message>
        <source>The first account on this PC manages all the others, so it needs the court IT role. Nothing was saved.</source>
        <translation>The first account on this PC manages all the others, so it needs the court IT role. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the court IT role for this account.</source>
        <translation>Choose the court IT role for this account.</translation>
    </message>
    <message>
        <source>This is the last court IT account on this PC</source>
        <translation>This is the last court IT account on this PC</translation>
    </message>
    <message>
        <source>Without it nobody could manage the accounts here. Nothing was changed.</source>
        <translation>Without it nobody could manage the accounts here. Nothing was changed.</translation>
    </message>
    <message>
        <source>Add another court IT account first, then try again.</source>
        <translation>Add another court IT account first, then try again.</translation>
    </message>
    <message>
        <source>Another account on this PC has your user name</source>
        <translation>Another account on this PC has your user name</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your login, but a different local account on this PC already uses the same user name, so nothing was changed. Your work stays on this PC.</source>
        <translation>The court&apos;s server accepted your login, but a different local account on this PC already uses the same user name, so nothing was changed. Your work stays on this PC.</translation>
    </message>
    <message>
        <source>Ask court IT to rename the local account on this PC, then log in to the court&apos;s server again under Sync.</source>
        <translation>Ask court IT to rename the local account on this PC, then log in to the court&apos;s server again under Sync.</translation>
    </message>
    <message>
        <source>Your account is disabled on this PC</source>
        <translation>Your account is disabled on this PC</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your password, but court IT has disabled your account on this PC, so you were not logged in here and nothing was changed.</source>
        <translation>The court&apos;s server accepted your password, but court IT has disabled your account on this PC, so you were not logged in here and nothing was changed.</translation>
    </message>
    <message>
        <source>Ask court IT to enable your account on this PC, then log in again.</source>
        <translation>Ask court IT to enable your account on this PC, then log in again.</translation>
    </message>
    <message>
        <source>A stored file is damaged</source>
        <translation>A stored file is damaged</translation>
    </message>
    <message>
        <source>A file (a recording or a dossier volume) does not match the fingerprint it was saved with, so courtdesk does not use it. Nothing was changed.</source>
        <translation>A file (a recording or a dossier volume) does not match the fingerprint it was saved with, so courtdesk does not use it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Sync again: courtdesk fetches a good copy from the court&apos;s server if it has one. Otherwise give the details to court IT.</source>
        <translation>Sync again: courtdesk fetches a good copy from the court&apos;s server if it has one. Otherwise give the details to court IT.</translation>
    </message>
    <message>
        <source>The audio input stopped: %1</source>
        <translation>The audio input stopped: %1</translation>
    </message>
    <message>
        <source>Nothing is recorded from %2 until the input is back. Everything recorded before is kept.</source>
        <translation>Nothing is recorded from %2 until the input is back. Everything recorded before is kept.</translation>
    </message>
    <message>
        <source>Check the microphone&apos;s USB cable or the mixer&apos;s power. Recording resumes by itself when the input is back.</source>
        <translation>Check the microphone&apos;s USB cable or the mixer&apos;s power. Recording resumes by itself when the input is back.</translation>
    </message>
    <message>
        <source>%1 has gone silent</source>
        <translation>%1 has gone silent</translation>
    </message>
    <message>
        <source>Nothing is heard on it since %2; the other microphones keep recording.</source>
        <translation>Nothing is heard on it since %2; the other microphones keep recording.</translation>
    </message>
    <message>
        <source>Check this microphone&apos;s cable and its switch on the mixer. This warning goes away when it is heard again.</source>
        <translation>Check this microphone&apos;s cable and its switch on the mixer. This warning goes away when it is heard again.</translation>
    </message>
    <message>
        <source>The audio input is back: %1</source>
        <translation>The audio input is back: %1</translation>
    </message>
    <message>
        <source>Recording resumed at %2. The time it was away has no audio and no text.</source>
        <translation>Recording resumed at %2. The time it was away has no audio and no text.</translation>
    </message>
    <message>
        <source>Nothing to do now. Read the record around that time: words spoken while the input was away are not in it.</source>
        <translation>Nothing to do now. Read the record around that time: words spoken while the input was away are not in it.</translation>
    </message>
    <message>
        <source>%1 is heard again</source>
        <translation>%1 is heard again</translation>
    </message>
    <message>
        <source>Its audio is recorded again from %2.</source>
        <translation>Its audio is recorded again from %2.</translation>
    </message>
    <message>
        <source>Nothing to do now. While it was silent, nothing it picked up was recorded.</source>
        <translation>Nothing to do now. While it was silent, nothing it picked up was recorded.</translation>
    </message>
    <message>
        <source>Speech recognition failed for %1</source>
        <translation>Speech recognition failed for %1</translation>
    </message>
    <message>
        <source>Its audio is still recorded in full; the text from %2 is missing while recognition restarts.</source>
        <translation>Its audio is still recorded in full; the text from %2 is missing while recognition restarts.</translation>
    </message>
    <message>
        <source>Carry on with the hearing. After it, the missing stretch can be transcribed from the recording.</source>
        <translation>Carry on with the hearing. After it, the missing stretch can be transcribed from the recording.</translation>
    </message>
    <message>
        <source>Speech recognition for %1 restarted</source>
        <translation>Speech recognition for %1 restarted</translation>
    </message>
    <message>
        <source>Text appears again from %2. The stretch it missed is in the recording.</source>
        <translation>Text appears again from %2. The stretch it missed is in the recording.</translation>
    </message>
    <message>
        <source>After the hearing, choose “Transcribe the missing parts” to fill it in.</source>
        <translation>After the hearing, choose “Transcribe the missing parts” to fill it in.</translation>
    </message>
    <message>
        <source>Some audio could not be processed in time</source>
        <translation>Some audio could not be processed in time</translation>
    </message>
    <message>
        <source>Part of the audio was lost before it was recorded, or recorded but skipped by speech recognition; the counts are below.</source>
        <translation>Part of the audio was lost before it was recorded, or recorded but skipped by speech recognition; the counts are below.</translation>
    </message>
    <message>
        <source>The computer is overloaded: close other programs. Stretches skipped by recognition can be transcribed from the recording after the hearing.</source>
        <translation>The computer is overloaded: close other programs. Stretches skipped by recognition can be transcribed from the recording after the hearing.</translation>
    </message>
    <message>
        <source>The local store reported a problem</source>
        <translation>The local store reported a problem</translation>
    </message>
    <message>
        <source>The last action did not complete. What was saved before is intact.</source>
        <translation>The last action did not complete. What was saved before is intact.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below to court IT.</source>
        <translation>Try again. If it happens again, give the details below to court IT.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>courtdesk hit an unexpected error. What was saved before is intact.</source>
        <translation>courtdesk hit an unexpected error. What was saved before is intact.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below and the log file to court IT.</source>
        <translation>Try again. If it happens again, give the details below and the log file to court IT.</translation>
    </message>
    <message>
        <source>Details for court IT</source>
        <translation>Details for court IT</translation>
    </message>
    <message>
        <source>The file was not imported. Nothing in the dossier changed.</source>
        <translation>The file was not imported. Nothing in the dossier changed.</translation>
    </message>
    <message>
        <source>The case file could not do that</source>
        <translation>The case file could not do that</translation>
    </message>
    <message>
        <source>The last action on the dossier did not complete. The dossier&apos;s files and your annotations are unchanged.</source>
        <translation>The last action on the dossier did not complete. The dossier&apos;s files and your annotations are unchanged.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details to court IT.</source>
        <translation>Try again. If it happens again, give the details to court IT.</translation>
    </message>
    <message>
        <source>This file cannot be imported into the dossier</source>
        <translation>This file cannot be imported into the dossier</translation>
    </message>
    <message>
        <source>The file may be damaged or not a PDF or scan. Ask whoever sent it for a new copy, or scan the paper again.</source>
        <translation>The file may be damaged or not a PDF or scan. Ask whoever sent it for a new copy, or scan the paper again.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password</source>
        <translation>This PDF is protected by a password</translation>
    </message>
    <message>
        <source>Enter the file&apos;s password when asked and import it again.</source>
        <translation>Enter the file&apos;s password when asked and import it again.</translation>
    </message>
    <message>
        <source>The password does not open this PDF</source>
        <translation>The password does not open this PDF</translation>
    </message>
    <message>
        <source>Check the password with whoever sent the file and import it again.</source>
        <translation>Check the password with whoever sent the file and import it again.</translation>
    </message>
    <message>
        <source>This dossier volume is no longer on this computer</source>
        <translation>This dossier volume is no longer on this computer</translation>
    </message>
    <message>
        <source>It was removed, or it has not arrived from the court&apos;s server yet. Nothing else in the dossier is affected.</source>
        <translation>It was removed, or it has not arrived from the court&apos;s server yet. Nothing else in the dossier is affected.</translation>
    </message>
    <message>
        <source>Choose the case again to refresh the list of volumes, or sync.</source>
        <translation>Choose the case again to refresh the list of volumes, or sync.</translation>
    </message>
    <message>
        <source>There is no such page in this volume</source>
        <translation>There is no such page in this volume</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Pick a page from the page list or the catalog of this volume.</source>
        <translation>Pick a page from the page list or the catalog of this volume.</translation>
    </message>
    <message>
        <source>Scanned pages cannot be read (OCR) on this computer</source>
        <translation>Scanned pages cannot be read (OCR) on this computer</translation>
    </message>
    <message>
        <source>Scanned pages can be read and annotated, but their text cannot be searched. Everything else in the dossier works.</source>
        <translation>Scanned pages can be read and annotated, but their text cannot be searched. Everything else in the dossier works.</translation>
    </message>
    <message>
        <source>Ask court IT to install Tesseract OCR with the Chinese and Korean language data; &quot;courtdesk doctor&quot; checks it.</source>
        <translation>Ask court IT to install Tesseract OCR with the Chinese and Korean language data; &quot;courtdesk doctor&quot; checks it.</translation>
    </message>
    <message>
        <source>The annotation could not be saved</source>
        <translation>The annotation could not be saved</translation>
    </message>
    <message>
        <source>This annotation was not saved; your other annotations and the file are unchanged.</source>
        <translation>This annotation was not saved; your other annotations and the file are unchanged.</translation>
    </message>
    <message>
        <source>Draw or write it again on the page. If it keeps failing, give the details to court IT.</source>
        <translation>Draw or write it again on the page. If it keeps failing, give the details to court IT.</translation>
    </message>
    <message>
        <source>This file is not signed</source>
        <translation>This file is not signed</translation>
    </message>
    <message>
        <source>It carries no electronic signature, so it was not filed as a signed record. Nothing in the dossier changed.</source>
        <translation>It carries no electronic signature, so it was not filed as a signed record. Nothing in the dossier changed.</translation>
    </message>
    <message>
        <source>Finish the signing round first, or import the file as an ordinary volume.</source>
        <translation>Finish the signing round first, or import the file as an ordinary volume.</translation>
    </message>
    <message>
        <source>A signed volume is not cleaned up</source>
        <translation>A signed volume is not cleaned up</translation>
    </message>
    <message>
        <source>Cleaning would make a copy without its signatures, so none was made. The signed file stays exactly as it was received, and its scanned pages are still searchable once OCR has read them.</source>
        <translation>Cleaning would make a copy without its signatures, so none was made. The signed file stays exactly as it was received, and its scanned pages are still searchable once OCR has read them.</translation>
    </message>
    <message>
        <source>Read the signed volume as it is. If a page is hard to read, ask for a better copy signed again.</source>
        <translation>Read the signed volume as it is. If a page is hard to read, ask for a better copy signed again.</translation>
    </message>
    <message>
        <source>The catalog could not be changed</source>
        <translation>The catalog could not be changed</translation>
    </message>
    <message>
        <source>The volume&apos;s catalog is as it was; the file itself is unchanged.</source>
        <translation>The volume&apos;s catalog is as it was; the file itself is unchanged.</translation>
    </message>
    <message>
        <source>Choose the volume again and retry the change.</source>
        <translation>Choose the volume again and retry the change.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server; your work stays on this PC.</source>
        <translation>Nothing was changed on the server; your work stays on this PC.</translation>
    </message>
    <message>
        <source>Sync with the court&apos;s server did not work</source>
        <translation>Sync with the court&apos;s server did not work</translation>
    </message>
    <message>
        <source>Your work stays on this PC; nothing was lost.</source>
        <translation>Your work stays on this PC; nothing was lost.</translation>
    </message>
    <message>
        <source>Check that the server address is the https:// address court IT gave you, and try again.</source>
        <translation>Check that the server address is the https:// address court IT gave you, and try again.</translation>
    </message>
    <message>
        <source>The court&apos;s server cannot be reached</source>
        <translation>The court&apos;s server cannot be reached</translation>
    </message>
    <message>
        <source>You can keep working: everything is saved on this PC and syncs by itself when the network is back.</source>
        <translation>You can keep working: everything is saved on this PC and syncs by itself when the network is back.</translation>
    </message>
    <message>
        <source>Nothing to do now. If you need to sync now, check the network cable or Wi-Fi, and the server address.</source>
        <translation>Nothing to do now. If you need to sync now, check the network cable or Wi-Fi, and the server address.</translation>
    </message>
    <message>
        <source>The court&apos;s server is busy</source>
        <translation>The court&apos;s server is busy</translation>
    </message>
    <message>
        <source>Nothing was lost; courtdesk tries again by itself shortly.</source>
        <translation>Nothing was lost; courtdesk tries again by itself shortly.</translation>
    </message>
    <message>
        <source>Nothing to do. If it lasts for hours, tell court IT.</source>
        <translation>Nothing to do. If it lasts for hours, tell court IT.</translation>
    </message>
    <message>
        <source>The court&apos;s case database is not reachable</source>
        <translation>The court&apos;s case database is not reachable</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s server again</source>
        <translation>Log in to the court&apos;s server again</translation>
    </message>
    <message>
        <source>Sync is paused until you log in; your work stays on this PC.</source>
        <translation>Sync is paused until you log in; your work stays on this PC.</translation>
    </message>
    <message>
        <source>Enter your user name and password under Sync, then sync again.</source>
        <translation>Enter your user name and password under Sync, then sync again.</translation>
    </message>
    <message>
        <source>Your login to the court&apos;s server has expired</source>
        <translation>Your login to the court&apos;s server has expired</translation>
    </message>
    <message>
        <source>Wrong user name or password for the court&apos;s server</source>
        <translation>Wrong user name or password for the court&apos;s server</translation>
    </message>
    <message>
        <source>You are not logged in to the court&apos;s server; your work stays on this PC.</source>
        <translation>You are not logged in to the court&apos;s server; your work stays on this PC.</translation>
    </message>
    <message>
        <source>The court&apos;s server could not be verified</source>
        <translation>The court&apos;s server could not be verified</translation>
    </message>
    <message>
        <source>courtdesk sends court data only to the court&apos;s own server, checked by its certificate, so nothing was sent.</source>
        <translation>courtdesk sends court data only to the court&apos;s own server, checked by its certificate, so nothing was sent.</translation>
    </message>
    <message>
        <source>Ask court IT: the certificate in the machine configuration may be wrong or expired.</source>
        <translation>Ask court IT: the certificate in the machine configuration may be wrong or expired.</translation>
    </message>
    <message>
        <source>The court&apos;s server refused the request</source>
        <translation>The court&apos;s server refused the request</translation>
    </message>
    <message>
        <source>Give the details to court IT (the server may run another version).</source>
        <translation>Give the details to court IT (the server may run another version).</translation>
    </message>
    <message>
        <source>The court&apos;s server does not allow this for your account</source>
        <translation>The court&apos;s server does not allow this for your account</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT to add you to the case.</source>
        <translation>If your work needs it, ask the presiding judge or court IT to add you to the case.</translation>
    </message>
    <message>
        <source>The court&apos;s server does not have this</source>
        <translation>The court&apos;s server does not have this</translation>
    </message>
    <message>
        <source>Sync again later; if it persists, give the details to court IT.</source>
        <translation>Sync again later; if it persists, give the details to court IT.</translation>
    </message>
    <message>
        <source>Too much at once for the court&apos;s server</source>
        <translation>Too much at once for the court&apos;s server</translation>
    </message>
    <message>
        <source>Give the details to court IT.</source>
        <translation>Give the details to court IT.</translation>
    </message>
    <message>
        <source>The court&apos;s server was restored from a backup</source>
        <translation>The court&apos;s server was restored from a backup</translation>
    </message>
    <message>
        <source>courtdesk fetches the case data again from the start; your changes are sent again and nothing on this PC is lost.</source>
        <translation>courtdesk fetches the case data again from the start; your changes are sent again and nothing on this PC is lost.</translation>
    </message>
    <message>
        <source>Nothing to do; tell court IT if it happens often.</source>
        <translation>Nothing to do; tell court IT if it happens often.</translation>
    </message>
    <message>
        <source>The court&apos;s server login must be your own</source>
        <translation>The court&apos;s server login must be your own</translation>
    </message>
    <message>
        <source>courtdesk sends nothing under another person&apos;s name: this window syncs only with the login of the person logged in to it. Your work stays on this PC.</source>
        <translation>courtdesk sends nothing under another person&apos;s name: this window syncs only with the login of the person logged in to it. Your work stays on this PC.</translation>
    </message>
    <message>
        <source>Under Sync, log in to the court&apos;s server with your own password. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>Under Sync, log in to the court&apos;s server with your own password. To sync another person&apos;s work, log out and log in as that person.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved as asked</source>
        <translation>This conflict cannot be resolved as asked</translation>
    </message>
    <message>
        <source>The conflict inbox is unchanged.</source>
        <translation>The conflict inbox is unchanged.</translation>
    </message>
    <message>
        <source>Choose the conflict again from the list and keep one of the two versions.</source>
        <translation>Choose the conflict again from the list and keep one of the two versions.</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this change. It is kept on this PC in the conflict inbox; nothing else was affected.</source>
        <translation>The court&apos;s server did not accept this change. It is kept on this PC in the conflict inbox; nothing else was affected.</translation>
    </message>
    <message>
        <source>Under Sync, keep the court&apos;s version to drop your change, or give the details to court IT.</source>
        <translation>Under Sync, keep the court&apos;s version to drop your change, or give the details to court IT.</translation>
    </message>
    <message>
        <source>The court&apos;s server found the change incomplete</source>
        <translation>The court&apos;s server found the change incomplete</translation>
    </message>
    <message>
        <source>The record no longer exists on the court&apos;s server</source>
        <translation>The record no longer exists on the court&apos;s server</translation>
    </message>
    <message>
        <source>A field that is fixed once saved was changed</source>
        <translation>A field that is fixed once saved was changed</translation>
    </message>
    <message>
        <source>Records of this kind can only be added, not changed or deleted</source>
        <translation>Records of this kind can only be added, not changed or deleted</translation>
    </message>
    <message>
        <source>What this record belongs to has not reached the court&apos;s server</source>
        <translation>What this record belongs to has not reached the court&apos;s server</translation>
    </message>
    <message>
        <source>What this record belongs to was deleted on the court&apos;s server</source>
        <translation>What this record belongs to was deleted on the court&apos;s server</translation>
    </message>
    <message>
        <source>An older correction arrived after a newer one</source>
        <translation>An older correction arrived after a newer one</translation>
    </message>
    <message>
        <source>The court&apos;s server already has a different change under this number</source>
        <translation>The court&apos;s server already has a different change under this number</translation>
    </message>
    <message>
        <source>Its file has not been uploaded completely yet</source>
        <translation>Its file has not been uploaded completely yet</translation>
    </message>
    <message>
        <source>The record waits on this PC until its file (a recording or a dossier volume) is on the court&apos;s server; nothing is lost.</source>
        <translation>The record waits on this PC until its file (a recording or a dossier volume) is on the court&apos;s server; nothing is lost.</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the rest of the file and then the record. On a metered link, large files wait for an unmetered network.</source>
        <translation>Nothing to do: courtdesk sends the rest of the file and then the record. On a metered link, large files wait for an unmetered network.</translation>
    </message>
    <message>
        <source>Its file must be uploaded from this account first</source>
        <translation>Its file must be uploaded from this account first</translation>
    </message>
    <message>
        <source>The court&apos;s server lets a record name a file only when the person who files it has sent the file itself. The record waits on this PC; nothing is lost.</source>
        <translation>The court&apos;s server lets a record name a file only when the person who files it has sent the file itself. The record waits on this PC; nothing is lost.</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the file again at the next sync, then the record. If the file is no longer on this PC, import it again.</source>
        <translation>Nothing to do: courtdesk sends the file again at the next sync, then the record. If the file is no longer on this PC, import it again.</translation>
    </message>
    <message>
        <source>This change was made by another person</source>
        <translation>This change was made by another person</translation>
    </message>
    <message>
        <source>The court&apos;s server accepts a change only from the person who made it, under their own login. It was not applied and is kept on this PC in the conflict inbox.</source>
        <translation>The court&apos;s server accepts a change only from the person who made it, under their own login. It was not applied and is kept on this PC in the conflict inbox.</translation>
    </message>
    <message>
        <source>The person who made it logs in to courtdesk on this PC and syncs; give the details to court IT if it happens again.</source>
        <translation>The person who made it logs in to courtdesk on this PC and syncs; give the details to court IT if it happens again.</translation>
    </message>
    <message>
        <source>The court changed this record too</source>
        <translation>The court changed this record too</translation>
    </message>
    <message>
        <source>Both versions are kept: yours on this PC, the court&apos;s on the server. Nothing is lost.</source>
        <translation>Both versions are kept: yours on this PC, the court&apos;s on the server. Nothing is lost.</translation>
    </message>
    <message>
        <source>Under Sync, compare the two versions and keep one.</source>
        <translation>Under Sync, compare the two versions and keep one.</translation>
    </message>
    <message>
        <source>The file was not uploaded completely. It stays on this PC and courtdesk sends it again at the next sync.</source>
        <translation>The file was not uploaded completely. It stays on this PC and courtdesk sends it again at the next sync.</translation>
    </message>
    <message>
        <source>Nothing to do now. If it keeps happening, give the details to court IT.</source>
        <translation>Nothing to do now. If it keeps happening, give the details to court IT.</translation>
    </message>
    <message>
        <source>A file arrived damaged at the court&apos;s server</source>
        <translation>A file arrived damaged at the court&apos;s server</translation>
    </message>
    <message>
        <source>The court&apos;s server refused part of an upload</source>
        <translation>The court&apos;s server refused part of an upload</translation>
    </message>
    <message>
        <source>A file could not be uploaded to the court&apos;s server</source>
        <translation>A file could not be uploaded to the court&apos;s server</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this computer&apos;s audit log. Other work synced normally, and the log on this PC is kept.</source>
        <translation>The court&apos;s server did not accept this computer&apos;s audit log. Other work synced normally, and the log on this PC is kept.</translation>
    </message>
    <message>
        <source>Tell court IT: they compare the court&apos;s copy with this PC&apos;s (&quot;courtdesk audit verify&quot;).</source>
        <translation>Tell court IT: they compare the court&apos;s copy with this PC&apos;s (&quot;courtdesk audit verify&quot;).</translation>
    </message>
    <message>
        <source>This computer&apos;s audit log does not match the court&apos;s copy</source>
        <translation>This computer&apos;s audit log does not match the court&apos;s copy</translation>
    </message>
    <message>
        <source>Entries are missing from this computer&apos;s audit log</source>
        <translation>Entries are missing from this computer&apos;s audit log</translation>
    </message>
    <message>
        <source>The court&apos;s server does not take this computer&apos;s audit log from your account</source>
        <translation>The court&apos;s server does not take this computer&apos;s audit log from your account</translation>
    </message>
    <message>
        <source>The court&apos;s server refused this computer&apos;s audit log</source>
        <translation>The court&apos;s server refused this computer&apos;s audit log</translation>
    </message>
    <message>
        <source>Nothing was signed; the record is unchanged.</source>
        <translation>Nothing was signed; the record is unchanged.</translation>
    </message>
    <message>
        <source>The record could not be signed</source>
        <translation>The record could not be signed</translation>
    </message>
    <message>
        <source>The court seal&apos;s key file cannot be found</source>
        <translation>The court seal&apos;s key file cannot be found</translation>
    </message>
    <message>
        <source>Choose the seal&apos;s .p12 or .pfx file, or ask court IT to correct the path in this PC&apos;s configuration.</source>
        <translation>Choose the seal&apos;s .p12 or .pfx file, or ask court IT to correct the path in this PC&apos;s configuration.</translation>
    </message>
    <message>
        <source>This file is not a seal key file</source>
        <translation>This file is not a seal key file</translation>
    </message>
    <message>
        <source>Choose the court seal&apos;s .p12 or .pfx file, not a certificate file.</source>
        <translation>Choose the court seal&apos;s .p12 or .pfx file, not a certificate file.</translation>
    </message>
    <message>
        <source>Wrong password for the seal key file</source>
        <translation>Wrong password for the seal key file</translation>
    </message>
    <message>
        <source>Type the password again; check the keyboard layout and Caps Lock.</source>
        <translation>Type the password again; check the keyboard layout and Caps Lock.</translation>
    </message>
    <message>
        <source>The USB key&apos;s driver does not work on this PC</source>
        <translation>The USB key&apos;s driver does not work on this PC</translation>
    </message>
    <message>
        <source>Ask court IT to install the USB key&apos;s driver, or to correct the driver named in this PC&apos;s configuration.</source>
        <translation>Ask court IT to install the USB key&apos;s driver, or to correct the driver named in this PC&apos;s configuration.</translation>
    </message>
    <message>
        <source>The court&apos;s USB key is not plugged in</source>
        <translation>The court&apos;s USB key is not plugged in</translation>
    </message>
    <message>
        <source>Plug in the USB key, wait a moment, and seal again.</source>
        <translation>Plug in the USB key, wait a moment, and seal again.</translation>
    </message>
    <message>
        <source>Wrong PIN for the USB key</source>
        <translation>Wrong PIN for the USB key</translation>
    </message>
    <message>
        <source>Nothing was signed. Each wrong PIN uses up one of the key&apos;s tries; after the last one it locks.</source>
        <translation>Nothing was signed. Each wrong PIN uses up one of the key&apos;s tries; after the last one it locks.</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. If you are not sure of it, ask court IT before you try again.</source>
        <translation>Type the PIN again carefully. If you are not sure of it, ask court IT before you try again.</translation>
    </message>
    <message>
        <source>Wrong PIN: only a few tries are left</source>
        <translation>Wrong PIN: only a few tries are left</translation>
    </message>
    <message>
        <source>Nothing was signed. The USB key locks after a few more wrong PINs.</source>
        <translation>Nothing was signed. The USB key locks after a few more wrong PINs.</translation>
    </message>
    <message>
        <source>Check the PIN with court IT before you try again.</source>
        <translation>Check the PIN with court IT before you try again.</translation>
    </message>
    <message>
        <source>Wrong PIN: one more wrong PIN locks the USB key</source>
        <translation>Wrong PIN: one more wrong PIN locks the USB key</translation>
    </message>
    <message>
        <source>Nothing was signed. The key is not locked yet, but the next wrong PIN locks it.</source>
        <translation>Nothing was signed. The key is not locked yet, but the next wrong PIN locks it.</translation>
    </message>
    <message>
        <source>Do not try again until court IT has confirmed the PIN.</source>
        <translation>Do not try again until court IT has confirmed the PIN.</translation>
    </message>
    <message>
        <source>The USB key is locked</source>
        <translation>The USB key is locked</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; the key cannot sign until it is unlocked. Nothing was signed.</source>
        <translation>Too many wrong PINs were typed; the key cannot sign until it is unlocked. Nothing was signed.</translation>
    </message>
    <message>
        <source>Ask court IT to unlock it (this needs the key&apos;s administrator PIN or the court&apos;s certificate authority).</source>
        <translation>Ask court IT to unlock it (this needs the key&apos;s administrator PIN or the court&apos;s certificate authority).</translation>
    </message>
    <message>
        <source>The PIN was not tried: one more wrong PIN would lock the USB key</source>
        <translation>The PIN was not tried: one more wrong PIN would lock the USB key</translation>
    </message>
    <message>
        <source>courtdesk does not spend a USB key&apos;s last try. Nothing was signed and the key is not locked.</source>
        <translation>courtdesk does not spend a USB key&apos;s last try. Nothing was signed and the key is not locked.</translation>
    </message>
    <message>
        <source>Confirm the PIN with court IT first, then seal with the key&apos;s own tool, which asks before the last try.</source>
        <translation>Confirm the PIN with court IT first, then seal with the key&apos;s own tool, which asks before the last try.</translation>
    </message>
    <message>
        <source>The seal key is not on this USB key</source>
        <translation>The seal key is not on this USB key</translation>
    </message>
    <message>
        <source>Plug in the court&apos;s seal key, or ask court IT to check the key name in this PC&apos;s configuration.</source>
        <translation>Plug in the court&apos;s seal key, or ask court IT to check the key name in this PC&apos;s configuration.</translation>
    </message>
    <message>
        <source>Use the court seal&apos;s own key file or USB key; ask court IT if you are not sure which one.</source>
        <translation>Use the court seal&apos;s own key file or USB key; ask court IT if you are not sure which one.</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate has expired</source>
        <translation>The seal&apos;s certificate has expired</translation>
    </message>
    <message>
        <source>A signature made with it would not be valid. Nothing was signed.</source>
        <translation>A signature made with it would not be valid. Nothing was signed.</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s renewed certificate.</source>
        <translation>Ask court IT for the court&apos;s renewed certificate.</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate is not valid yet</source>
        <translation>The seal&apos;s certificate is not valid yet</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; if they are right, ask court IT.</source>
        <translation>Check this PC&apos;s date and time; if they are right, ask court IT.</translation>
    </message>
    <message>
        <source>This certificate may not sign documents</source>
        <translation>This certificate may not sign documents</translation>
    </message>
    <message>
        <source>It lacks the non-repudiation use that a document signature needs. Nothing was signed.</source>
        <translation>It lacks the non-repudiation use that a document signature needs. Nothing was signed.</translation>
    </message>
    <message>
        <source>This certificate was not issued by the court&apos;s CA</source>
        <translation>This certificate was not issued by the court&apos;s CA</translation>
    </message>
    <message>
        <source>A signature made with it would not verify as the court&apos;s. Nothing was signed.</source>
        <translation>A signature made with it would not verify as the court&apos;s. Nothing was signed.</translation>
    </message>
    <message>
        <source>The court&apos;s CA certificate cannot be read</source>
        <translation>The court&apos;s CA certificate cannot be read</translation>
    </message>
    <message>
        <source>Without it courtdesk cannot check the seal&apos;s certificate. Nothing was signed.</source>
        <translation>Without it courtdesk cannot check the seal&apos;s certificate. Nothing was signed.</translation>
    </message>
    <message>
        <source>Ask court IT to check the court CA file named in this PC&apos;s configuration.</source>
        <translation>Ask court IT to check the court CA file named in this PC&apos;s configuration.</translation>
    </message>
    <message>
        <source>Export the official record again and start the signatures on the new file.</source>
        <translation>Export the official record again and start the signatures on the new file.</translation>
    </message>
    <message>
        <source>The record file cannot be read</source>
        <translation>The record file cannot be read</translation>
    </message>
    <message>
        <source>It may be damaged, or changed by another program. Nothing was signed.</source>
        <translation>It may be damaged, or changed by another program. Nothing was signed.</translation>
    </message>
    <message>
        <source>The record file is protected by a password</source>
        <translation>The record file is protected by a password</translation>
    </message>
    <message>
        <source>This box has already been signed</source>
        <translation>This box has already been signed</translation>
    </message>
    <message>
        <source>A signature is never signed over; the record is unchanged.</source>
        <translation>A signature is never signed over; the record is unchanged.</translation>
    </message>
    <message>
        <source>Look at the list again: this person has signed.</source>
        <translation>Look at the list again: this person has signed.</translation>
    </message>
    <message>
        <source>The record has no signature box for this person</source>
        <translation>The record has no signature box for this person</translation>
    </message>
    <message>
        <source>The signed record would replace the record it was made from</source>
        <translation>The signed record would replace the record it was made from</translation>
    </message>
    <message>
        <source>courtdesk never writes over a document it signs. Nothing was signed.</source>
        <translation>courtdesk never writes over a document it signs. Nothing was signed.</translation>
    </message>
    <message>
        <source>Choose another file name or folder.</source>
        <translation>Choose another file name or folder.</translation>
    </message>
    <message>
        <source>The signed record could not be saved</source>
        <translation>The signed record could not be saved</translation>
    </message>
    <message>
        <source>The folder may be read-only or the disk full. Nothing was signed; the record is unchanged.</source>
        <translation>The folder may be read-only or the disk full. Nothing was signed; the record is unchanged.</translation>
    </message>
    <message>
        <source>Free some space on the disk, or ask court IT about the folder, then sign again.</source>
        <translation>Free some space on the disk, or ask court IT about the folder, then sign again.</translation>
    </message>
    <message>
        <source>The timestamp server cannot be reached</source>
        <translation>The timestamp server cannot be reached</translation>
    </message>
    <message>
        <source>Nothing was signed yet. Without the server the signature carries this PC&apos;s time only until a timestamp is added.</source>
        <translation>Nothing was signed yet. Without the server the signature carries this PC&apos;s time only until a timestamp is added.</translation>
    </message>
    <message>
        <source>Check the network and seal again; if the server stays down, ask court IT.</source>
        <translation>Check the network and seal again; if the server stays down, ask court IT.</translation>
    </message>
    <message>
        <source>The timestamp server refused to timestamp</source>
        <translation>The timestamp server refused to timestamp</translation>
    </message>
    <message>
        <source>Try again later, or ask court IT to check the timestamp server.</source>
        <translation>Try again later, or ask court IT to check the timestamp server.</translation>
    </message>
    <message>
        <source>The handwritten signature could not be read</source>
        <translation>The handwritten signature could not be read</translation>
    </message>
    <message>
        <source>Have the person sign again on the pad.</source>
        <translation>Have the person sign again on the pad.</translation>
    </message>
    <message>
        <source>The signature pad is empty</source>
        <translation>The signature pad is empty</translation>
    </message>
    <message>
        <source>Have the person sign in the box, then press Sign.</source>
        <translation>Have the person sign in the box, then press Sign.</translation>
    </message>
    <message>
        <source>The SM2 seal was not made; the signed PDF itself is unchanged and valid.</source>
        <translation>The SM2 seal was not made; the signed PDF itself is unchanged and valid.</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s SM2 key and certificate files, or to correct the paths given.</source>
        <translation>Ask court IT for the court&apos;s SM2 key and certificate files, or to correct the paths given.</translation>
    </message>
    <message>
        <source>The SM2 seal could not be made</source>
        <translation>The SM2 seal could not be made</translation>
    </message>
    <message>
        <source>The SM2 key file cannot be used</source>
        <translation>The SM2 key file cannot be used</translation>
    </message>
    <message>
        <source>The SM2 certificate cannot be read</source>
        <translation>The SM2 certificate cannot be read</translation>
    </message>
    <message>
        <source>The SM2 key does not belong to its certificate</source>
        <translation>The SM2 key does not belong to its certificate</translation>
    </message>
    <message>
        <source>Nothing was recorded; the record is unchanged.</source>
        <translation>Nothing was recorded; the record is unchanged.</translation>
    </message>
    <message>
        <source>Ask court IT to set up this PC&apos;s signing-station key; until then signatures are taken on another courtroom PC.</source>
        <translation>Ask court IT to set up this PC&apos;s signing-station key; until then signatures are taken on another courtroom PC.</translation>
    </message>
    <message>
        <source>The signatures could not be recorded</source>
        <translation>The signatures could not be recorded</translation>
    </message>
    <message>
        <source>This person does not sign this record</source>
        <translation>This person does not sign this record</translation>
    </message>
    <message>
        <source>Choose the person from the list of signers.</source>
        <translation>Choose the person from the list of signers.</translation>
    </message>
    <message>
        <source>This person has already signed or refused</source>
        <translation>This person has already signed or refused</translation>
    </message>
    <message>
        <source>Look at the list again: it shows what was recorded.</source>
        <translation>Look at the list again: it shows what was recorded.</translation>
    </message>
    <message>
        <source>The record is already sealed</source>
        <translation>The record is already sealed</translation>
    </message>
    <message>
        <source>No one can sign a sealed record; nothing was recorded.</source>
        <translation>No one can sign a sealed record; nothing was recorded.</translation>
    </message>
    <message>
        <source>Only the clerk or presiding judge may seal</source>
        <translation>Only the clerk or presiding judge may seal</translation>
    </message>
    <message>
        <source>The record was not sealed.</source>
        <translation>The record was not sealed.</translation>
    </message>
    <message>
        <source>Ask the case&apos;s clerk or presiding judge to seal it.</source>
        <translation>Ask the case&apos;s clerk or presiding judge to seal it.</translation>
    </message>
    <message>
        <source>Not everyone has signed yet</source>
        <translation>Not everyone has signed yet</translation>
    </message>
    <message>
        <source>The court seals last; the record was not sealed.</source>
        <translation>The court seals last; the record was not sealed.</translation>
    </message>
    <message>
        <source>Have each waiting person sign, or record their refusal, then seal.</source>
        <translation>Have each waiting person sign, or record their refusal, then seal.</translation>
    </message>
    <message>
        <source>Write down why the person refuses</source>
        <translation>Write down why the person refuses</translation>
    </message>
    <message>
        <source>The note goes on the record; without it nothing was recorded.</source>
        <translation>The note goes on the record; without it nothing was recorded.</translation>
    </message>
    <message>
        <source>Write the note, then record the refusal again.</source>
        <translation>Write the note, then record the refusal again.</translation>
    </message>
    <message>
        <source>This PC has no signing-station key</source>
        <translation>This PC has no signing-station key</translation>
    </message>
    <message>
        <source>Signatures on the pad are signed with it, so none can be taken here. Nothing was recorded.</source>
        <translation>Signatures on the pad are signed with it, so none can be taken here. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The signing-station key cannot be opened</source>
        <translation>The signing-station key cannot be opened</translation>
    </message>
    <message>
        <source>Its password is not in this PC&apos;s keyring, so no signature can be taken here. Nothing was recorded.</source>
        <translation>Its password is not in this PC&apos;s keyring, so no signature can be taken here. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The record has not been exported for signing yet</source>
        <translation>The record has not been exported for signing yet</translation>
    </message>
    <message>
        <source>Export the record as PDF (official copy); the signatures are collected on that file.</source>
        <translation>Export the record as PDF (official copy); the signatures are collected on that file.</translation>
    </message>
    <message>
        <source>The signed record&apos;s latest file is gone</source>
        <translation>The signed record&apos;s latest file is gone</translation>
    </message>
    <message>
        <source>It was moved, deleted or changed, and this PC holds no copy of it. Nothing was recorded.</source>
        <translation>It was moved, deleted or changed, and this PC holds no copy of it. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Nothing was shown on the room screen.</source>
        <translation>Nothing was shown on the room screen.</translation>
    </message>
    <message>
        <source>Cast again. If it happens again, give the details to court IT.</source>
        <translation>Cast again. If it happens again, give the details to court IT.</translation>
    </message>
    <message>
        <source>The page could not be shown on the room screen</source>
        <translation>The page could not be shown on the room screen</translation>
    </message>
    <message>
        <source>The room screen shows nothing of yours any more; your documents are unchanged.</source>
        <translation>The room screen shows nothing of yours any more; your documents are unchanged.</translation>
    </message>
    <message>
        <source>No room screen answers at that address</source>
        <translation>No room screen answers at that address</translation>
    </message>
    <message>
        <source>Check the address the room screen shows, and that courtdesk runs there as a receiver.</source>
        <translation>Check the address the room screen shows, and that courtdesk runs there as a receiver.</translation>
    </message>
    <message>
        <source>The connection to the room screen was lost</source>
        <translation>The connection to the room screen was lost</translation>
    </message>
    <message>
        <source>The room screen&apos;s PC closed, or the network dropped; that screen clears itself. Your documents are unchanged.</source>
        <translation>The room screen&apos;s PC closed, or the network dropped; that screen clears itself. Your documents are unchanged.</translation>
    </message>
    <message>
        <source>Check the room screen and the network cable, then cast again.</source>
        <translation>Check the room screen and the network cable, then cast again.</translation>
    </message>
    <message>
        <source>This PC cannot receive casts on that port</source>
        <translation>This PC cannot receive casts on that port</translation>
    </message>
    <message>
        <source>Another program may be using the port; the screen shows nothing.</source>
        <translation>Another program may be using the port; the screen shows nothing.</translation>
    </message>
    <message>
        <source>Close that program, or start the receiver with another port.</source>
        <translation>Close that program, or start the receiver with another port.</translation>
    </message>
    <message>
        <source>The room screen refused the PIN</source>
        <translation>The room screen refused the PIN</translation>
    </message>
    <message>
        <source>Type the 6 digits the room screen shows now; they change each time it starts.</source>
        <translation>Type the 6 digits the room screen shows now; they change each time it starts.</translation>
    </message>
    <message>
        <source>The room screen takes no PIN for a while</source>
        <translation>The room screen takes no PIN for a while</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; nothing was shown.</source>
        <translation>Too many wrong PINs were typed; nothing was shown.</translation>
    </message>
    <message>
        <source>Wait half a minute, then type the PIN the room screen shows.</source>
        <translation>Wait half a minute, then type the PIN the room screen shows.</translation>
    </message>
    <message>
        <source>This room screen is not the one this PC paired with</source>
        <translation>This room screen is not the one this PC paired with</translation>
    </message>
    <message>
        <source>Its certificate changed since the last cast; nothing was sent to it.</source>
        <translation>Its certificate changed since the last cast; nothing was sent to it.</translation>
    </message>
    <message>
        <source>If court IT reinstalled the room&apos;s PC, forget that screen and pair again; otherwise tell court IT at once.</source>
        <translation>If court IT reinstalled the room&apos;s PC, forget that screen and pair again; otherwise tell court IT at once.</translation>
    </message>
    <message>
        <source>The screen found on the network did not answer at its address</source>
        <translation>The screen found on the network did not answer at its address</translation>
    </message>
    <message>
        <source>Another machine answered there with another certificate; nothing was sent and your PIN was not used.</source>
        <translation>Another machine answered there with another certificate; nothing was sent and your PIN was not used.</translation>
    </message>
    <message>
        <source>Type the address the room screen itself shows. If it happens again, tell court IT: something may pose as the room screen.</source>
        <translation>Type the address the room screen itself shows. If it happens again, tell court IT: something may pose as the room screen.</translation>
    </message>
    <message>
        <source>A screen region is not cast to a public screen unchecked</source>
        <translation>A screen region is not cast to a public screen unchecked</translation>
    </message>
    <message>
        <source>Pixels cannot be redacted like a document; nothing was shown.</source>
        <translation>Pixels cannot be redacted like a document; nothing was shown.</translation>
    </message>
    <message>
        <source>Cast the document itself (it is redacted for the public), or check that the region shows no ID, phone or bank-card numbers and confirm.</source>
        <translation>Cast the document itself (it is redacted for the public), or check that the region shows no ID, phone or bank-card numbers and confirm.</translation>
    </message>
    <message>
        <source>This PC&apos;s screen cannot be captured</source>
        <translation>This PC&apos;s screen cannot be captured</translation>
    </message>
    <message>
        <source>No picture of the region could be taken; nothing was shown.</source>
        <translation>No picture of the region could be taken; nothing was shown.</translation>
    </message>
    <message>
        <source>Choose a region inside the screen. On a Wayland desktop, log in to an X11 session to cast a screen region.</source>
        <translation>Choose a region inside the screen. On a Wayland desktop, log in to an X11 session to cast a screen region.</translation>
    </message>
    <message>
        <source>Someone else is presenting on that screen</source>
        <translation>Someone else is presenting on that screen</translation>
    </message>
    <message>
        <source>One person presents at a time; nothing of yours was shown.</source>
        <translation>One person presents at a time; nothing of yours was shown.</translation>
    </message>
    <message>
        <source>Ask them to stop presenting, or choose another screen.</source>
        <translation>Ask them to stop presenting, or choose another screen.</translation>
    </message>
    <message>
        <source>The room screen refused the document</source>
        <translation>The room screen refused the document</translation>
    </message>
    <message>
        <source>The copy it received did not match the document; nothing of it was shown.</source>
        <translation>The copy it received did not match the document; nothing of it was shown.</translation>
    </message>
    <message>
        <source>This document cannot be shown on a public screen yet</source>
        <translation>This document cannot be shown on a public screen yet</translation>
    </message>
    <message>
        <source>A scanned page has not been read by OCR, so ID, phone and bank card numbers on it cannot be removed; nothing was shown.</source>
        <translation>A scanned page has not been read by OCR, so ID, phone and bank card numbers on it cannot be removed; nothing was shown.</translation>
    </message>
    <message>
        <source>Run OCR on the document in the dossier, then cast again, or choose a screen that is not public.</source>
        <translation>Run OCR on the document in the dossier, then cast again, or choose a screen that is not public.</translation>
    </message>
    <message>
        <source>The room screen&apos;s window cannot open</source>
        <translation>The room screen&apos;s window cannot open</translation>
    </message>
    <message>
        <source>There is no display or no such screen on this PC; no one can cast here.</source>
        <translation>There is no display or no such screen on this PC; no one can cast here.</translation>
    </message>
    <message>
        <source>Connect and switch on the room screen, start the receiver in the PC&apos;s desktop session or with another screen number, or ask court IT.</source>
        <translation>Connect and switch on the room screen, start the receiver in the PC&apos;s desktop session or with another screen number, or ask court IT.</translation>
    </message>
    <message>
        <source>A deliberation is never cast</source>
        <translation>A deliberation is never cast</translation>
    </message>
    <message>
        <source>What the panel says in deliberation is confidential; no captions were sent to any screen.</source>
        <translation>What the panel says in deliberation is confidential; no captions were sent to any screen.</translation>
    </message>
    <message>
        <source>Cast captions of a hearing instead.</source>
        <translation>Cast captions of a hearing instead.</translation>
    </message>
    <message>
        <source>The room screen runs another version of courtdesk</source>
        <translation>The room screen runs another version of courtdesk</translation>
    </message>
    <message>
        <source>The two cannot cast to each other; nothing was shown.</source>
        <translation>The two cannot cast to each other; nothing was shown.</translation>
    </message>
    <message>
        <source>Ask court IT to update courtdesk on this PC or on the room&apos;s PC.</source>
        <translation>Ask court IT to update courtdesk on this PC or on the room&apos;s PC.</translation>
    </message>
    <message>
        <source>Your cases and hearings are not affected.</source>
        <translation>Your cases and hearings are not affected.</translation>
    </message>
    <message>
        <source>The law library could not do that</source>
        <translation>The law library could not do that</translation>
    </message>
    <message>
        <source>The law library file cannot be read</source>
        <translation>The law library file cannot be read</translation>
    </message>
    <message>
        <source>Statute search and article links are unavailable on this PC until the library is replaced. Your cases and hearings are not affected.</source>
        <translation>Statute search and article links are unavailable on this PC until the library is replaced. Your cases and hearings are not affected.</translation>
    </message>
    <message>
        <source>Ask court IT to publish the court&apos;s law library again (it arrives at the next sync) or to import the laws anew.</source>
        <translation>Ask court IT to publish the court&apos;s law library again (it arrives at the next sync) or to import the laws anew.</translation>
    </message>
    <message>
        <source>The law library received from the court&apos;s server was damaged</source>
        <translation>The law library received from the court&apos;s server was damaged</translation>
    </message>
    <message>
        <source>It was not installed; this PC keeps its current law library.</source>
        <translation>It was not installed; this PC keeps its current law library.</translation>
    </message>
    <message>
        <source>Sync again later. If it happens again, tell court IT: the library on the server may need to be published again.</source>
        <translation>Sync again later. If it happens again, tell court IT: the library on the server may need to be published again.</translation>
    </message>
    <message>
        <source>The court&apos;s new law library could not be installed</source>
        <translation>The court&apos;s new law library could not be installed</translation>
    </message>
    <message>
        <source>This PC&apos;s law library file cannot be written (it may be installed for the whole PC, read-only); the current library stays in use.</source>
        <translation>This PC&apos;s law library file cannot be written (it may be installed for the whole PC, read-only); the current library stays in use.</translation>
    </message>
    <message>
        <source>Ask court IT to update the law library file of this PC, or to make it writable.</source>
        <translation>Ask court IT to update the law library file of this PC, or to make it writable.</translation>
    </message>
    <message>
        <source>The server refused the file: it is not a law library</source>
        <translation>The server refused the file: it is not a law library</translation>
    </message>
    <message>
        <source>Nothing was published; the laptops keep the library they have.</source>
        <translation>Nothing was published; the laptops keep the library they have.</translation>
    </message>
    <message>
        <source>Publish the law library of a PC where statute search works (courtdesk laws publish).</source>
        <translation>Publish the law library of a PC where statute search works (courtdesk laws publish).</translation>
    </message>
    <message>
        <source>The court&apos;s server refused to publish: the account is not court IT there</source>
        <translation>The court&apos;s server refused to publish: the account is not court IT there</translation>
    </message>
    <message>
        <source>Log in with the court IT account of the court&apos;s server.</source>
        <translation>Log in with the court IT account of the court&apos;s server.</translation>
    </message>
    <message>
        <source>The court&apos;s server failed while taking the law library</source>
        <translation>The court&apos;s server failed while taking the law library</translation>
    </message>
    <message>
        <source>Publish again later. If it fails again, the server&apos;s log says why (give it the details below).</source>
        <translation>Publish again later. If it fails again, the server&apos;s log says why (give it the details below).</translation>
    </message>
    <message>
        <source>Check the server&apos;s address and this PC&apos;s network, then publish again.</source>
        <translation>Check the server&apos;s address and this PC&apos;s network, then publish again.</translation>
    </message>
    <message>
        <source>The court has not published a law library</source>
        <translation>The court has not published a law library</translation>
    </message>
    <message>
        <source>This PC keeps the law library it has.</source>
        <translation>This PC keeps the law library it has.</translation>
    </message>
    <message>
        <source>Court IT can publish one with courtdesk laws publish.</source>
        <translation>Court IT can publish one with courtdesk laws publish.</translation>
    </message>
</context>
<context>
    <name>EvidencePagesDialog</name>
    <message>
        <source>Show pages to court</source>
        <translation>Show pages to court</translation>
    </message>
    <message>
        <source>Only these pages of “%1” will be on the room screen; the other pages stay on your screen only.</source>
        <translation>Only these pages of “%1” will be on the room screen; the other pages stay on your screen only.</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>From page</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>To page</translation>
    </message>
    <message>
        <source>Show to court</source>
        <translation>Show to court</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FactsDateDialog</name>
    <message>
        <source>Type the date as year-month-day, e.g. 2022-05-01.</source>
        <translation>Type the date as year-month-day, e.g. 2022-05-01.</translation>
    </message>
    <message>
        <source>The facts cannot have happened after today.</source>
        <translation>The facts cannot have happened after today.</translation>
    </message>
    <message>
        <source>When the facts happened</source>
        <translation>When the facts happened</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date: article links, the laws panel and the law library opened from the case show that version.</source>
        <translation>The law cited in this case is the law in force on this date: article links, the laws panel and the law library opened from the case show that version.</translation>
    </message>
    <message>
        <source>Not known (cite today&apos;s law)</source>
        <translation>Not known (cite today&apos;s law)</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start — courtdesk</source>
        <translation>First start — courtdesk</translation>
    </message>
    <message>
        <source>Create the first court IT administrator</source>
        <translation>Create the first court IT administrator</translation>
    </message>
    <message>
        <source>This local store has no accounts yet. Create the account of the court IT administrator, who then creates the accounts of clerks and judges. The administrator manages accounts and this computer but does not read case content.</source>
        <translation>This local store has no accounts yet. Create the account of the court IT administrator, who then creates the accounts of clerks and judges. The administrator manages accounts and this computer but does not read case content.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
</context>
<context>
    <name>HearingCaptions</name>
    <message>
        <source>Captions stopped: the room screen is clear.</source>
        <translation>Captions stopped: the room screen is clear.</translation>
    </message>
    <message>
        <source>Stop captions</source>
        <translation>Stop captions</translation>
    </message>
    <message>
        <source>Cast captions…</source>
        <translation>Cast captions…</translation>
    </message>
    <message>
        <source>Clear the room screen of this hearing&apos;s captions</source>
        <translation>Clear the room screen of this hearing&apos;s captions</translation>
    </message>
    <message>
        <source>Show this hearing&apos;s live transcript, with speakers&apos; roles, on a room screen</source>
        <translation>Show this hearing&apos;s live transcript, with speakers&apos; roles, on a room screen</translation>
    </message>
    <message>
        <source>Captions on “%1”</source>
        <translation>Captions on “%1”</translation>
    </message>
</context>
<context>
    <name>HearingErrors</name>
    <message>
        <source>The disk is full: recording stopped</source>
        <translation>The disk is full: recording stopped</translation>
    </message>
    <message>
        <source>Everything recorded up to that moment is kept in this hearing.</source>
        <translation>Everything recorded up to that moment is kept in this hearing.</translation>
    </message>
    <message>
        <source>Free space on the disk (or ask court IT), then press Start to continue the same hearing.</source>
        <translation>Free space on the disk (or ask court IT), then press Start to continue the same hearing.</translation>
    </message>
    <message>
        <source>The microphone input cannot be used</source>
        <translation>The microphone input cannot be used</translation>
    </message>
    <message>
        <source>Recording did not start, or stopped, on this input. Audio captured before the problem is kept.</source>
        <translation>Recording did not start, or stopped, on this input. Audio captured before the problem is kept.</translation>
    </message>
    <message>
        <source>Check the cable and the mixer, then press Start again. Court IT sets the input in the machine configuration; &quot;courtdesk doctor&quot; lists the devices.</source>
        <translation>Check the cable and the mixer, then press Start again. Court IT sets the input in the machine configuration; &quot;courtdesk doctor&quot; lists the devices.</translation>
    </message>
    <message>
        <source>This audio file cannot be transcribed</source>
        <translation>This audio file cannot be transcribed</translation>
    </message>
    <message>
        <source>Nothing was added to the hearing.</source>
        <translation>Nothing was added to the hearing.</translation>
    </message>
    <message>
        <source>Use a WAV, FLAC or OGG file with speech sampled at 8000 Hz or more (16000 Hz is best).</source>
        <translation>Use a WAV, FLAC or OGG file with speech sampled at 8000 Hz or more (16000 Hz is best).</translation>
    </message>
    <message>
        <source>The speech model is missing or damaged</source>
        <translation>The speech model is missing or damaged</translation>
    </message>
    <message>
        <source>Audio is recorded in full, but no text is recognized until a speech model is installed.</source>
        <translation>Audio is recorded in full, but no text is recognized until a speech model is installed.</translation>
    </message>
    <message>
        <source>Ask court IT to install the speech model (&quot;courtdesk models install&quot;); &quot;courtdesk doctor&quot; checks it.</source>
        <translation>Ask court IT to install the speech model (&quot;courtdesk models install&quot;); &quot;courtdesk doctor&quot; checks it.</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Recording failed</translation>
    </message>
    <message>
        <source>Audio captured before the problem is kept.</source>
        <translation>Audio captured before the problem is kept.</translation>
    </message>
    <message>
        <source>Press Start to continue in the same hearing. If it happens again, ask court IT.</source>
        <translation>Press Start to continue in the same hearing. If it happens again, ask court IT.</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones found</source>
        <translation>No loudspeaker or headphones found</translation>
    </message>
    <message>
        <source>This computer has no audio output, so recordings cannot be played here. The recording itself is not affected.</source>
        <translation>This computer has no audio output, so recordings cannot be played here. The recording itself is not affected.</translation>
    </message>
    <message>
        <source>Connect speakers or headphones, or ask court IT to enable sound output.</source>
        <translation>Connect speakers or headphones, or ask court IT to enable sound output.</translation>
    </message>
    <message>
        <source>The record could not be exported</source>
        <translation>The record could not be exported</translation>
    </message>
    <message>
        <source>No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>No file was written; the hearing&apos;s transcript is unchanged.</translation>
    </message>
    <message>
        <source>Choose another folder and try again; the details say what the system reported.</source>
        <translation>Choose another folder and try again; the details say what the system reported.</translation>
    </message>
    <message>
        <source>The export folder does not exist</source>
        <translation>The export folder does not exist</translation>
    </message>
    <message>
        <source>The folder was removed, renamed or is on a USB stick that is no longer plugged in. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>The folder was removed, renamed or is on a USB stick that is no longer plugged in. No file was written; the hearing&apos;s transcript is unchanged.</translation>
    </message>
    <message>
        <source>Export again and choose a folder that exists (the dialog can create a new one).</source>
        <translation>Export again and choose a folder that exists (the dialog can create a new one).</translation>
    </message>
    <message>
        <source>This folder cannot be written to</source>
        <translation>This folder cannot be written to</translation>
    </message>
    <message>
        <source>It is read-only (a write-protected USB stick, a CD) or your account may not write there. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>It is read-only (a write-protected USB stick, a CD) or your account may not write there. No file was written; the hearing&apos;s transcript is unchanged.</translation>
    </message>
    <message>
        <source>Export again into your Documents folder or another folder of yours, or unlock the USB stick&apos;s write protection.</source>
        <translation>Export again into your Documents folder or another folder of yours, or unlock the USB stick&apos;s write protection.</translation>
    </message>
    <message>
        <source>The disk is full: the record did not fit</source>
        <translation>The disk is full: the record did not fit</translation>
    </message>
    <message>
        <source>The disk or USB stick has no room left for the file. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>The disk or USB stick has no room left for the file. No file was written; the hearing&apos;s transcript is unchanged.</translation>
    </message>
    <message>
        <source>Free space on it, or export again onto another disk.</source>
        <translation>Free space on it, or export again onto another disk.</translation>
    </message>
</context>
<context>
    <name>HearingPicker</name>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Hearing:</translation>
    </message>
    <message>
        <source>Choose a case…</source>
        <translation>Choose a case…</translation>
    </message>
    <message>
        <source>No hearing yet</source>
        <translation>No hearing yet</translation>
    </message>
</context>
<context>
    <name>HearingSetup</name>
    <message>
        <source>Trial hearing</source>
        <translation>Trial hearing</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Pronouncement</source>
        <translation>Pronouncement</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Panel deliberation</source>
        <translation>Panel deliberation</translation>
    </message>
</context>
<context>
    <name>HearingSetupDialog</name>
    <message>
        <source>Hearing details</source>
        <translation>Hearing details</translation>
    </message>
    <message>
        <source>New deliberation</source>
        <translation>New deliberation</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>New hearing</translation>
    </message>
    <message>
        <source>%1 %2: the record prints what you enter here.</source>
        <translation>%1 %2: the record prints what you enter here.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>e.g. First hearing</source>
        <translation>e.g. First hearing</translation>
    </message>
    <message>
        <source>e.g. Courtroom 3</source>
        <translation>e.g. Courtroom 3</translation>
    </message>
    <message>
        <source>Who appeared (untick those absent)</source>
        <translation>Who appeared (untick those absent)</translation>
    </message>
    <message>
        <source>Agent ad litem %1</source>
        <translation>Agent ad litem %1</translation>
    </message>
    <message>
        <source>This case has no parties yet: write who appeared below.</source>
        <translation>This case has no parties yet: write who appeared below.</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>Others present:</translation>
    </message>
    <message>
        <source>e.g. witness Cui, interpreter Kim</source>
        <translation>e.g. witness Cui, interpreter Kim</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Create deliberation</source>
        <translation>Create deliberation</translation>
    </message>
    <message>
        <source>Create hearing</source>
        <translation>Create hearing</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HearingWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Start recording</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing…</source>
        <translation>Transcribe an audio file into this hearing…</translation>
    </message>
    <message>
        <source>Play the file at real-time speed</source>
        <translation>Play the file at real-time speed</translation>
    </message>
    <message>
        <source>Voice commands</source>
        <translation>Voice commands</translation>
    </message>
    <message>
        <source>Listen for spoken commands (start, pause, mark, next page) on the first microphone; applies from the next start.</source>
        <translation>Listen for spoken commands (start, pause, mark, next page) on the first microphone; applies from the next start.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>The record can be exported once speech recognition has finished the recording.</source>
        <translation>The record can be exported once speech recognition has finished the recording.</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>Audio file…</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>Split at the cursor</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>Merge with the next</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>Not spoken (leave out of the record)</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>Export record</translation>
    </message>
    <message>
        <source>Record as PDF (official copy)…</source>
        <translation>Record as PDF (official copy)…</translation>
    </message>
    <message>
        <source>Review copy as PDF (times and edit marks)…</source>
        <translation>Review copy as PDF (times and edit marks)…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>Plain text…</translation>
    </message>
    <message>
        <source>Subtitles (SRT)…</source>
        <translation>Subtitles (SRT)…</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>Signatures…</translation>
    </message>
    <message>
        <source>Who has signed the exported record; take signatures on the pad, record refusals, seal.</source>
        <translation>Who has signed the exported record; take signatures on the pad, record refusals, seal.</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>New hearing</translation>
    </message>
    <message>
        <source>Start deliberation</source>
        <translation>Start deliberation</translation>
    </message>
    <message>
        <source>Hearing details…</source>
        <translation>Hearing details…</translation>
    </message>
    <message>
        <source>Correct this hearing&apos;s title, session, room, time and who appeared; the record prints them.</source>
        <translation>Correct this hearing&apos;s title, session, room, time and who appeared; the record prints them.</translation>
    </message>
    <message>
        <source>Record a confidential deliberation of the panel; only the judges of the case can open it.</source>
        <translation>Record a confidential deliberation of the panel; only the judges of the case can open it.</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>By microphone</source>
        <translation>By microphone</translation>
    </message>
    <message>
        <source>Mark this moment</source>
        <translation>Mark this moment</translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation>● Recording %1</translation>
    </message>
    <message>
        <source>❚❚ Paused %1</source>
        <translation>❚❚ Paused %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>New note (at the moment you start writing)</source>
        <translation>New note (at the moment you start writing)</translation>
    </message>
    <message>
        <source>Note at %1 of the hearing</source>
        <translation>Note at %1 of the hearing</translation>
    </message>
    <message>
        <source>Use the current time</source>
        <translation>Use the current time</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>Add note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>What happened, in your words: e.g. the plaintiff&apos;s agent shows exhibit 3, the original of the loan contract.</source>
        <translation>What happened, in your words: e.g. the plaintiff&apos;s agent shows exhibit 3, the original of the loan contract.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (mic %2)</source>
        <translation>%1 (mic %2)</translation>
    </message>
    <message>
        <source>Capture: %1 blocks not recorded, %2 input overflows.</source>
        <translation>Capture: %1 blocks not recorded, %2 input overflows.</translation>
    </message>
    <message>
        <source>Recognition skipped %1 s on %2.</source>
        <translation>Recognition skipped %1 s on %2.</translation>
    </message>
    <message>
        <source>(silence)</source>
        <translation>(silence)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>and %1 earlier problems</source>
        <translation>and %1 earlier problems</translation>
    </message>
    <message>
        <source>Loading the speech model…</source>
        <translation>Loading the speech model…</translation>
    </message>
    <message>
        <source>Preparing the recording…</source>
        <translation>Preparing the recording…</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>Writing the record…</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Hearing details saved: %1</source>
        <translation>Hearing details saved: %1</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing</source>
        <translation>Transcribe an audio file into this hearing</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg)</source>
        <translation>Audio files (*.wav *.flac *.ogg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Speaker from now on: %1</source>
        <translation>Speaker from now on: %1</translation>
    </message>
    <message>
        <source>by microphone</source>
        <translation>by microphone</translation>
    </message>
    <message>
        <source>%1 is back; recording again.</source>
        <translation>%1 is back; recording again.</translation>
    </message>
    <message>
        <source>Notes cannot be written here: %1 is not put in.</source>
        <translation>Notes cannot be written here: %1 is not put in.</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>Cited into the note: %1</translation>
    </message>
    <message>
        <source>F9 start / pause · F10 stop · Ctrl+1…6 speaker · Ctrl+M mark · F2 edit · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+H replace · Del delete · Ctrl+Shift+S split · Ctrl+Shift+M merge · Ctrl+Shift+N not spoken</source>
        <translation>F9 start / pause · F10 stop · Ctrl+1…6 speaker · Ctrl+M mark · F2 edit · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+H replace · Del delete · Ctrl+Shift+S split · Ctrl+Shift+M merge · Ctrl+Shift+N not spoken</translation>
    </message>
    <message>
        <source>%1 segments were added from the recording.</source>
        <translation>%1 segments were added from the recording.</translation>
    </message>
    <message>
        <source>Recording stopped. Everything recorded is saved.</source>
        <translation>Recording stopped. Everything recorded is saved.</translation>
    </message>
    <message>
        <source>Voice command: %1 (heard “%2”)</source>
        <translation>Voice command: %1 (heard “%2”)</translation>
    </message>
    <message>
        <source>Choose a case and a hearing above, or open one from Cases → Hearings. “New hearing” adds today&apos;s hearing; F9 starts recording.</source>
        <translation>Choose a case and a hearing above, or open one from Cases → Hearings. “New hearing” adds today&apos;s hearing; F9 starts recording.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Click a note, or a segment&apos;s time, to hear the recording there.</source>
        <translation>Click a note, or a segment&apos;s time, to hear the recording there.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Speech recognition is finishing the recording: %1 of audio left. The record can be exported when it is done.</source>
        <translation>Speech recognition is finishing the recording: %1 of audio left. The record can be exported when it is done.</translation>
    </message>
    <message>
        <source>courtdesk closes when it is done.</source>
        <translation>courtdesk closes when it is done.</translation>
    </message>
    <message>
        <source>%1 stretches (%2 in all) were recorded but not recognized live. Their audio is in the recording.</source>
        <translation>%1 stretches (%2 in all) were recorded but not recognized live. Their audio is in the recording.</translation>
    </message>
    <message>
        <source>Transcribing the missing parts from the recording: %1 of %2 stretches done…</source>
        <translation>Transcribing the missing parts from the recording: %1 of %2 stretches done…</translation>
    </message>
    <message>
        <source>Transcribe the missing parts</source>
        <translation>Transcribe the missing parts</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>No signal: check this microphone&apos;s cable and its switch on the mixer</source>
        <translation>No signal: check this microphone&apos;s cable and its switch on the mixer</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Microphone input:</source>
        <translation>Microphone input:</translation>
    </message>
    <message>
        <source>As configured (%1)</source>
        <translation>As configured (%1)</translation>
    </message>
    <message>
        <source>System default input</source>
        <translation>System default input</translation>
    </message>
    <message>
        <source>No speech model for %1 hearings is installed: audio is recorded, text comes later</source>
        <translation>No speech model for %1 hearings is installed: audio is recorded, text comes later</translation>
    </message>
    <message>
        <source>Speech model: %1</source>
        <translation>Speech model: %1</translation>
    </message>
    <message>
        <source>No speech model installed: audio is recorded, text comes later</source>
        <translation>No speech model installed: audio is recorded, text comes later</translation>
    </message>
    <message>
        <source>This input cannot be opened: no level can be shown and recording would fail. Check the cable, or choose another input.</source>
        <translation>This input cannot be opened: no level can be shown and recording would fail. Check the cable, or choose another input.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Presiding judge</source>
        <translation>Presiding judge</translation>
    </message>
    <message>
        <source>People&apos;s assessor</source>
        <translation>People&apos;s assessor</translation>
    </message>
    <message>
        <source>Court IT administrator</source>
        <translation>Court IT administrator</translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation>Plaintiff</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Defendant</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>Appellant</translation>
    </message>
    <message>
        <source>Appellee</source>
        <translation>Appellee</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Court hearing</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>This PC only</source>
        <translation>This PC only</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>key in system keyring</source>
        <translation>key in system keyring</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case member</source>
        <translation>Case member</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Dossier volume</source>
        <translation>Dossier volume</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Part of a recording</source>
        <translation>Part of a recording</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>Transcript line</translation>
    </message>
    <message>
        <source>Hearing note</source>
        <translation>Hearing note</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>Catalog entry</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Facts happened on</source>
        <translation>Facts happened on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Closed to the public</source>
        <translation>Closed to the public</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Shared or private</translation>
    </message>
    <message>
        <source>Position on the page</source>
        <translation>Position on the page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
</context>
<context>
    <name>LawImport</name>
    <message>
        <source>no article markers (第…条): not imported</source>
        <translation>no article markers (第…条): not imported</translation>
    </message>
    <message>
        <source>this law and version is already in the library from another file with different text: not imported</source>
        <translation>this law and version is already in the library from another file with different text: not imported</translation>
    </message>
    <message>
        <source>this article is already in the library from another part of the law: not imported</source>
        <translation>this article is already in the library from another part of the law: not imported</translation>
    </message>
    <message>
        <source>malformed heading: ignored</source>
        <translation>malformed heading: ignored</translation>
    </message>
    <message>
        <source>headings with no article under them</source>
        <translation>headings with no article under them</translation>
    </message>
    <message>
        <source>malformed article number: kept as text of the article before it</source>
        <translation>malformed article number: kept as text of the article before it</translation>
    </message>
    <message>
        <source>article number repeated: kept as text of the article before it</source>
        <translation>article number repeated: kept as text of the article before it</translation>
    </message>
    <message>
        <source>article numbers out of order: kept as text of the article before it</source>
        <translation>article numbers out of order: kept as text of the article before it</translation>
    </message>
    <message>
        <source>full-width digits in an article number (read correctly)</source>
        <translation>full-width digits in an article number (read correctly)</translation>
    </message>
    <message>
        <source>a space inside an article marker (read correctly)</source>
        <translation>a space inside an article marker (read correctly)</translation>
    </message>
    <message>
        <source>no title line: not imported</source>
        <translation>no title line: not imported</translation>
    </message>
    <message>
        <source>more than two title lines: the others were ignored</source>
        <translation>more than two title lines: the others were ignored</translation>
    </message>
    <message>
        <source>no date in the preamble or file name: this version is never chosen by date</source>
        <translation>no date in the preamble or file name: this version is never chosen by date</translation>
    </message>
    <message>
        <source>empty file: not imported</source>
        <translation>empty file: not imported</translation>
    </message>
    <message>
        <source>the file cannot be read: not imported</source>
        <translation>the file cannot be read: not imported</translation>
    </message>
    <message>
        <source>not UTF-8 text (saved as GBK?): not imported</source>
        <translation>not UTF-8 text (saved as GBK?): not imported</translation>
    </message>
    <message>
        <source>%1 files: %2 imported, %3 replaced, %4 already in the library, %5 duplicates, %6 failed; %7 articles added.</source>
        <translation>%1 files: %2 imported, %3 replaced, %4 already in the library, %5 duplicates, %6 failed; %7 articles added.</translation>
    </message>
    <message>
        <source>Skipped files:</source>
        <translation>Skipped files:</translation>
    </message>
    <message>
        <source>Imported, but look at:</source>
        <translation>Imported, but look at:</translation>
    </message>
    <message>
        <source>Import laws</source>
        <translation>Import laws</translation>
    </message>
    <message>
        <source>Importing laws into this PC&apos;s library…</source>
        <translation>Importing laws into this PC&apos;s library…</translation>
    </message>
    <message>
        <source>The import is done. The library is not yet the court&apos;s: publish it to send it to the laptops.</source>
        <translation>The import is done. The library is not yet the court&apos;s: publish it to send it to the laptops.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>LawLinks</name>
    <message>
        <source>Not yet in force on the facts&apos; date %1: shown in its first version, of %2</source>
        <translation>Not yet in force on the facts&apos; date %1: shown in its first version, of %2</translation>
    </message>
    <message>
        <source>Version in force on the facts&apos; date %1 (version of %2)</source>
        <translation>Version in force on the facts&apos; date %1 (version of %2)</translation>
    </message>
    <message>
        <source>Version of %1, adopted on %1 (the library has no in-force date for it)</source>
        <translation>Version of %1, adopted on %1 (the library has no in-force date for it)</translation>
    </message>
    <message>
        <source>Version of %1, in force from %2</source>
        <translation>Version of %1, in force from %2</translation>
    </message>
    <message>
        <source>“%1” is not found in the law library.</source>
        <translation>“%1” is not found in the law library.</translation>
    </message>
    <message>
        <source>Click to open the article.</source>
        <translation>Click to open the article.</translation>
    </message>
    <message>
        <source>Open in the law library</source>
        <translation>Open in the law library</translation>
    </message>
    <message>
        <source>The whole law at this article, with its outline and versions</source>
        <translation>The whole law at this article, with its outline and versions</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>Cite into the note</translation>
    </message>
    <message>
        <source>Insert the law&apos;s name, the article&apos;s number and the version&apos;s date into the note being written.</source>
        <translation>Insert the law&apos;s name, the article&apos;s number and the version&apos;s date into the note being written.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Articles cited in this deliberation</source>
        <translation>Articles cited in this deliberation</translation>
    </message>
    <message>
        <source>Articles cited in the transcript are listed here, each once.</source>
        <translation>Articles cited in the transcript are listed here, each once.</translation>
    </message>
    <message>
        <source>Version of %1 (the facts&apos; date)</source>
        <translation>Version of %1 (the facts&apos; date)</translation>
    </message>
    <message>
        <source>Today&apos;s text (version of %1)</source>
        <translation>Today&apos;s text (version of %1)</translation>
    </message>
</context>
<context>
    <name>LawPublish</name>
    <message>
        <source>Reading the library…</source>
        <translation>Reading the library…</translation>
    </message>
    <message>
        <source>Publish the law library</source>
        <translation>Publish the law library</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops</source>
        <translation>Publish to the court&apos;s laptops</translation>
    </message>
    <message>
        <source>This PC&apos;s law library becomes the court&apos;s: every laptop installs it at its next sync, so every judge cites the same texts. Log in to the court&apos;s server as court IT.</source>
        <translation>This PC&apos;s law library becomes the court&apos;s: every laptop installs it at its next sync, so every judge cites the same texts. Log in to the court&apos;s server as court IT.</translation>
    </message>
    <message>
        <source>Court server:</source>
        <translation>Court server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>%1 laws, %2 articles; SHA-256 %3 (%4 MB).</source>
        <translation>%1 laws, %2 articles; SHA-256 %3 (%4 MB).</translation>
    </message>
    <message>
        <source>Give the court server&apos;s address, your user name and your password.</source>
        <translation>Give the court server&apos;s address, your user name and your password.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Published: library %1… is now the court&apos;s; every laptop installs it at its next sync.</source>
        <translation>Published: library %1… is now the court&apos;s; every laptop installs it at its next sync.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LawsPanel</name>
    <message>
        <source>Laws</source>
        <translation>Laws</translation>
    </message>
    <message>
        <source>Hide the laws panel (Ctrl+L)</source>
        <translation>Hide the laws panel (Ctrl+L)</translation>
    </message>
    <message>
        <source>The law in force on the facts&apos; date of this case, %1.</source>
        <translation>The law in force on the facts&apos; date of this case, %1.</translation>
    </message>
    <message>
        <source>Today&apos;s text differs: show both</source>
        <translation>Today&apos;s text differs: show both</translation>
    </message>
    <message>
        <source>Search the law and read an article beside this work (Ctrl+L)</source>
        <translation>Search the law and read an article beside this work (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LawsWorkspace</name>
    <message>
        <source>Laws</source>
        <translation>Laws</translation>
    </message>
    <message>
        <source>Search every article, or type an article reference</source>
        <translation>Search every article, or type an article reference</translation>
    </message>
    <message>
        <source>All laws</source>
        <translation>All laws</translation>
    </message>
    <message>
        <source>All parts and chapters</source>
        <translation>All parts and chapters</translation>
    </message>
    <message>
        <source>Search only within this part or chapter</source>
        <translation>Search only within this part or chapter</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Search the law, or type a reference, and choose an article to read it here with its law&apos;s outline.</source>
        <translation>Search the law, or type a reference, and choose an article to read it here with its law&apos;s outline.</translation>
    </message>
    <message>
        <source>This article differs between versions</source>
        <translation>This article differs between versions</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of case %2 happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>The law as in force on %1, when the facts of case %2 happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of the case happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>The law as in force on %1, when the facts of the case happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import laws…</source>
        <translation>Import laws…</translation>
    </message>
    <message>
        <source>A folder of law files…</source>
        <translation>A folder of law files…</translation>
    </message>
    <message>
        <source>Law files…</source>
        <translation>Law files…</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops…</source>
        <translation>Publish to the court&apos;s laptops…</translation>
    </message>
    <message>
        <source>Import a folder of laws</source>
        <translation>Import a folder of laws</translation>
    </message>
    <message>
        <source>Import law files</source>
        <translation>Import law files</translation>
    </message>
    <message>
        <source>Law files (*.md *.markdown *.txt)</source>
        <translation>Law files (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Opening the law library…</source>
        <translation>Opening the law library…</translation>
    </message>
    <message>
        <source>The law library could not be read, so statute search is unavailable. Ask court IT to install the court&apos;s law library file. (%1)</source>
        <translation>The law library could not be read, so statute search is unavailable. Ask court IT to install the court&apos;s law library file. (%1)</translation>
    </message>
    <message>
        <source>%n article(s) found for “%1”.</source>
        <translation>Articles found for “%1”: %n.</translation>
    </message>
    <message>
        <source>No article in force contains “%1”.</source>
        <translation>No article in force contains “%1”.</translation>
    </message>
    <message>
        <source>%n law(s) in the library.</source>
        <translation>Laws in the library: %n.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>“%1” could mean several laws: %2. Write the law&apos;s full name, or choose the law in the filter.</source>
        <translation>“%1” could mean several laws: %2. Write the law&apos;s full name, or choose the law in the filter.</translation>
    </message>
    <message>
        <source>No law named “%1” is in the library.</source>
        <translation>No law named “%1” is in the library.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>%1 (version of %2) has no such article.</source>
        <translation>%1 (version of %2) has no such article.</translation>
    </message>
    <message>
        <source>%1 was not yet in force on %2.</source>
        <translation>%1 was not yet in force on %2.</translation>
    </message>
    <message>
        <source>“%1” was read as a reference but does not name an article in the library.</source>
        <translation>“%1” was read as a reference but does not name an article in the library.</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1 (in force from %2)</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1 (adopted)</translation>
    </message>
    <message>
        <source>Version of %1 (shown above)</source>
        <translation>Version of %1 (shown above)</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Version of %1</translation>
    </message>
    <message>
        <source>This version has no article of this number.</source>
        <translation>This version has no article of this number.</translation>
    </message>
    <message>
        <source>The court&apos;s law library of %1 (%2…), installed by sync on %3.</source>
        <translation>The court&apos;s law library of %1 (%2…), installed by sync on %3.</translation>
    </message>
    <message>
        <source>This PC&apos;s own law library (%1…): none has arrived from the court&apos;s server yet.</source>
        <translation>This PC&apos;s own law library (%1…): none has arrived from the court&apos;s server yet.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — courtdesk</source>
        <translation>Log in — courtdesk</translation>
    </message>
    <message>
        <source>Log in to courtdesk</source>
        <translation>Log in to courtdesk</translation>
    </message>
    <message>
        <source>Log in with your court account to see your cases.</source>
        <translation>Log in with your court account to see your cases.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and try again.</source>
        <translation>Wrong user name or password. Check the keyboard layout and try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verify signatures of a file</source>
        <translation>Verify signatures of a file</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>About courtdesk</source>
        <translation>About courtdesk</translation>
    </message>
    <message>
        <source>Offline desktop client for tech courtrooms and judges&apos; meeting rooms: live hearing transcripts, the electronic case file, casting and signatures, working without a network and syncing with the court&apos;s case system.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Offline desktop client for tech courtrooms and judges&apos; meeting rooms: live hearing transcripts, the electronic case file, casting and signatures, working without a network and syncing with the court&apos;s case system.

Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Verify signatures of a file…</source>
        <translation>&amp;Verify signatures of a file…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About courtdesk</source>
        <translation>&amp;About courtdesk</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account — courtdesk</source>
        <translation>New account — courtdesk</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The person logs in with this user name and password on this computer. Clerks and judges see only the cases they are members of.</source>
        <translation>The person logs in with this user name and password on this computer. Clerks and judges see only the cases they are members of.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another.</source>
        <translation>This user name is taken. Choose another.</translation>
    </message>
</context>
<context>
    <name>PresentController</name>
    <message>
        <source>The presented volume was closed, so presenting stopped.</source>
        <translation>The presented volume was closed, so presenting stopped.</translation>
    </message>
    <message>
        <source>The room screen went away, so presenting stopped.</source>
        <translation>The room screen went away, so presenting stopped.</translation>
    </message>
    <message>
        <source>A screen stopped following the presentation: %1</source>
        <translation>A screen stopped following the presentation: %1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>Room screen — courtdesk</translation>
    </message>
    <message>
        <source>The room screen window was closed: it shows nothing any more.</source>
        <translation>The room screen window was closed: it shows nothing any more.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>A hearing is being recorded.</source>
        <translation>A hearing is being recorded.</translation>
    </message>
    <message>
        <source>Stop the recording and quit? Everything recorded so far is saved.</source>
        <translation>Stop the recording and quit? Everything recorded so far is saved.</translation>
    </message>
    <message>
        <source>Stop recording and quit</source>
        <translation>Stop recording and quit</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Keep recording</translation>
    </message>
    <message>
        <source>Speech recognition is still finishing the recording (%1 of audio left).</source>
        <translation>Speech recognition is still finishing the recording (%1 of audio left).</translation>
    </message>
    <message>
        <source>The audio and the text recognized so far are saved. If you quit now, the rest can be transcribed later from the recording (“Transcribe the missing parts”).</source>
        <translation>The audio and the text recognized so far are saved. If you quit now, the rest can be transcribed later from the recording (“Transcribe the missing parts”).</translation>
    </message>
    <message>
        <source>Wait, then quit</source>
        <translation>Wait, then quit</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>Quit now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Demo data: kept on this PC only, never sent to the court&apos;s case system.</source>
        <translation>Demo data: kept on this PC only, never sent to the court&apos;s case system.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the court&apos;s case system.</source>
        <translation>Saved on this computer; waiting to be sent to the court&apos;s case system.</translation>
    </message>
    <message>
        <source>The court&apos;s case system has this version.</source>
        <translation>The court&apos;s case system has this version.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal to sign</source>
        <translation>Refusal to sign</translation>
    </message>
    <message>
        <source>Why does %1 refuse to sign? Your note goes on the record, in the signer&apos;s box.</source>
        <translation>Why does %1 refuse to sign? Your note goes on the record, in the signer&apos;s box.</translation>
    </message>
    <message>
        <source>e.g. disputes the record of the second statement</source>
        <translation>e.g. disputes the record of the second statement</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>Record the refusal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Find and replace in this hearing</source>
        <translation>Find and replace in this hearing</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Type the misheard word; every segment that contains it is listed before anything changes.</source>
        <translation>Type the misheard word; every segment that contains it is listed before anything changes.</translation>
    </message>
    <message>
        <source>No segment contains “%1”.</source>
        <translation>No segment contains “%1”.</translation>
    </message>
    <message>
        <source>%1 replacements in %2 segments. Each segment can be undone on its own.</source>
        <translation>%1 replacements in %2 segments. Each segment can be undone on its own.</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>The court seal&apos;s key file</source>
        <translation>The court seal&apos;s key file</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Court seal</source>
        <translation>Court seal</translation>
    </message>
    <message>
        <source>Seal %1 with the court&apos;s certificate. Each signature already on it stays valid.</source>
        <translation>Seal %1 with the court&apos;s certificate. Each signature already on it stays valid.</translation>
    </message>
    <message>
        <source>Court seal key file (PKCS#12)</source>
        <translation>Court seal key file (PKCS#12)</translation>
    </message>
    <message>
        <source>Court USB key</source>
        <translation>Court USB key</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>USB key name:</source>
        <translation>USB key name:</translation>
    </message>
    <message>
        <source>Seal key name:</source>
        <translation>Seal key name:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>Driver:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>A USB key locks after a few wrong PINs: courtdesk never tries a PIN when the key says the next wrong one locks it.</source>
        <translation>A USB key locks after a few wrong PINs: courtdesk never tries a PIN when the key says the next wrong one locks it.</translation>
    </message>
    <message>
        <source>Sealing… this takes a few seconds.</source>
        <translation>Sealing… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>The demo case is for trying courtdesk: what you record or change in it stays on this PC and is never sent.</source>
        <translation>The demo case is for trying courtdesk: what you record or change in it stays on this PC and is never sent.</translation>
    </message>
    <message>
        <source>Encrypted store: OK (%1)</source>
        <translation>Encrypted store: OK (%1)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation>Signing: %1</translation>
    </message>
    <message>
        <source>Sign in the box with the pen, a finger or the mouse. Your signature is bound to this document only.</source>
        <translation>Sign in the box with the pen, a finger or the mouse. Your signature is bound to this document only.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Start again on an empty box (Ctrl+Del)</source>
        <translation>Start again on an empty box (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>Take back the last stroke (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>Redo stroke</translation>
    </message>
    <message>
        <source>Put the stroke back (Ctrl+Shift+Z)</source>
        <translation>Put the stroke back (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>Signed %1, time vouched for by a timestamp</source>
        <translation>Signed %1, time vouched for by a timestamp</translation>
    </message>
    <message>
        <source>Signed %1 (the signer&apos;s own clock; no timestamp)</source>
        <translation>Signed %1 (the signer&apos;s own clock; no timestamp)</translation>
    </message>
    <message>
        <source>Its timestamp cannot be relied on</source>
        <translation>Its timestamp cannot be relied on</translation>
    </message>
    <message>
        <source>Intact: what was signed is unchanged</source>
        <translation>Intact: what was signed is unchanged</translation>
    </message>
    <message>
        <source>Broken: what was signed was changed afterwards, or the signature is damaged</source>
        <translation>Broken: what was signed was changed afterwards, or the signature is damaged</translation>
    </message>
    <message>
        <source>Trusted: the certificate comes from the court&apos;s CA</source>
        <translation>Trusted: the certificate comes from the court&apos;s CA</translation>
    </message>
    <message>
        <source>Trust not checked: no court CA is set up on this PC</source>
        <translation>Trust not checked: no court CA is set up on this PC</translation>
    </message>
    <message>
        <source>Not trusted: the court&apos;s CA does not vouch for this certificate (see details)</source>
        <translation>Not trusted: the court&apos;s CA does not vouch for this certificate (see details)</translation>
    </message>
    <message>
        <source>Nothing was changed after it</source>
        <translation>Nothing was changed after it</translation>
    </message>
    <message>
        <source>After it: only later signatures were added</source>
        <translation>After it: only later signatures were added</translation>
    </message>
    <message>
        <source>After it: comments or marks were added</source>
        <translation>After it: comments or marks were added</translation>
    </message>
    <message>
        <source>After it: the document itself was changed</source>
        <translation>After it: the document itself was changed</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>unknown signer</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This file is protected by a password, so its signatures cannot be checked. Ask for the signed file without a password.</source>
        <translation>This file is protected by a password, so its signatures cannot be checked. Ask for the signed file without a password.</translation>
    </message>
    <message>
        <source>This file is not a PDF, so it has no signatures to check.</source>
        <translation>This file is not a PDF, so it has no signatures to check.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read, so its signatures cannot be checked. Ask for a new copy of the signed file.</source>
        <translation>This file is damaged and cannot be read, so its signatures cannot be checked. Ask for a new copy of the signed file.</translation>
    </message>
    <message>
        <source>This document is not signed. Nothing in it vouches for who made it or that it is unchanged.</source>
        <translation>This document is not signed. Nothing in it vouches for who made it or that it is unchanged.</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</source>
        <translation>Signature %1 (%2) is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 (%2) by something other than a later signature. Ask for the signed original.</source>
        <translation>The document was changed after signature %1 (%2) by something other than a later signature. Ask for the signed original.</translation>
    </message>
    <message>
        <source>Every signature is intact and trusted (%1 in all); nothing but signing changed the document after them.</source>
        <translation>Every signature is intact and trusted (%1 in all); nothing but signing changed the document after them.</translation>
    </message>
    <message>
        <source>Every signature is intact (%1 in all). Whether the signers are trusted cannot be checked: no court CA is set up on this PC (ask court IT).</source>
        <translation>Every signature is intact (%1 in all). Whether the signers are trusted cannot be checked: no court CA is set up on this PC (ask court IT).</translation>
    </message>
    <message>
        <source>All signatures are intact, but the court&apos;s CA does not vouch for the certificate of %1 of them.</source>
        <translation>All signatures are intact, but the court&apos;s CA does not vouch for the certificate of %1 of them.</translation>
    </message>
    <message>
        <source>Signed: intact and trusted (%1 in all)</source>
        <translation>Signed: intact and trusted (%1 in all)</translation>
    </message>
    <message>
        <source>All signatures are intact, but comments or marks were added after signing.</source>
        <translation>All signatures are intact, but comments or marks were added after signing.</translation>
    </message>
    <message>
        <source>Signatures cannot be checked</source>
        <translation>Signatures cannot be checked</translation>
    </message>
    <message>
        <source>Signature %1 is broken</source>
        <translation>Signature %1 is broken</translation>
    </message>
    <message>
        <source>Signed: intact, see the Signatures panel</source>
        <translation>Signed: intact, see the Signatures panel</translation>
    </message>
    <message>
        <source>Open a volume to see who signed it and whether it is unchanged.</source>
        <translation>Open a volume to see who signed it and whether it is unchanged.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>Signature field: %1</source>
        <translation>Signature field: %1</translation>
    </message>
    <message>
        <source>Revision of the file it signed: %1</source>
        <translation>Revision of the file it signed: %1</translation>
    </message>
    <message>
        <source>Certificate issued by: %1</source>
        <translation>Certificate issued by: %1</translation>
    </message>
    <message>
        <source>Covers the whole file: %1</source>
        <translation>Covers the whole file: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no, later revisions follow</source>
        <translation>no, later revisions follow</translation>
    </message>
    <message>
        <source>Technical details of this signature</source>
        <translation>Technical details of this signature</translation>
    </message>
    <message>
        <source>Court IT reads these details (in English, as the command line writes them) to tell what exactly was found.</source>
        <translation>Court IT reads these details (in English, as the command line writes them) to tell what exactly was found.</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>Checking signatures…</translation>
    </message>
    <message>
        <source>Show the signatures of this volume</source>
        <translation>Show the signatures of this volume</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>Signatures of %1</translation>
    </message>
</context>
<context>
    <name>SigningRound</name>
    <message>
        <source>Agent ad litem</source>
        <translation>Agent ad litem</translation>
    </message>
    <message>
        <source>%1&apos;s agent</source>
        <translation>%1&apos;s agent</translation>
    </message>
</context>
<context>
    <name>SigningRoundPanel</name>
    <message>
        <source>Signing for %1…</source>
        <translation>Signing for %1…</translation>
    </message>
    <message>
        <source>Recording the refusal…</source>
        <translation>Recording the refusal…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Signatures on the record</source>
        <translation>Signatures on the record</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Signatures: %1</translation>
    </message>
    <message>
        <source>Latest file: %1</source>
        <translation>Latest file: %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 · refused %3 · waiting %4</source>
        <translation>Signed %1 of %2 · refused %3 · waiting %4</translation>
    </message>
    <message>
        <source>sealed by the court</source>
        <translation>sealed by the court</translation>
    </message>
    <message>
        <source>The official record of this hearing has not been exported yet.</source>
        <translation>The official record of this hearing has not been exported yet.</translation>
    </message>
    <message>
        <source>Export the official record…</source>
        <translation>Export the official record…</translation>
    </message>
    <message>
        <source>Seal…</source>
        <translation>Seal…</translation>
    </message>
    <message>
        <source>The clerk or presiding judge seals the record with the court&apos;s certificate once nobody is waiting to sign.</source>
        <translation>The clerk or presiding judge seals the record with the court&apos;s certificate once nobody is waiting to sign.</translation>
    </message>
    <message>
        <source>Open signed record</source>
        <translation>Open signed record</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export the official record first: the signatures are collected on that file.</source>
        <translation>Export the official record first: the signatures are collected on that file.</translation>
    </message>
    <message>
        <source>The record is signed and sealed: %1. It is filed in the case&apos;s dossier and goes to the court&apos;s server with the next sync; each step was saved as a new file beside the record.</source>
        <translation>The record is signed and sealed: %1. It is filed in the case&apos;s dossier and goes to the court&apos;s server with the next sync; each step was saved as a new file beside the record.</translation>
    </message>
    <message>
        <source>Each person signs in turn with Sign…; a person who will not sign is recorded with Refused…. The court seals last.</source>
        <translation>Each person signs in turn with Sign…; a person who will not sign is recorded with Refused…. The court seals last.</translation>
    </message>
    <message>
        <source>Everyone has signed or refused: the clerk or presiding judge seals the record now.</source>
        <translation>Everyone has signed or refused: the clerk or presiding judge seals the record now.</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <source>Waiting to sign</source>
        <translation>Waiting to sign</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refused…</translation>
    </message>
    <message>
        <source>Open the signature pad for %1</source>
        <translation>Open the signature pad for %1</translation>
    </message>
    <message>
        <source>%1 refuses to sign: record it with your note</source>
        <translation>%1 refuses to sign: record it with your note</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Waiting to sync: %n</source>
        <translation>Waiting to sync: %n</translation>
    </message>
    <message>
        <source>Changes waiting to sync: unknown</source>
        <translation>Changes waiting to sync: unknown</translation>
    </message>
    <message>
        <source>Demo data, kept on this PC only</source>
        <translation>Demo data, kept on this PC only</translation>
    </message>
    <message>
        <source>Cases sync under each judge&apos;s or clerk&apos;s own login</source>
        <translation>Cases sync under each judge&apos;s or clerk&apos;s own login</translation>
    </message>
    <message>
        <source>No case server: working on this PC only</source>
        <translation>No case server: working on this PC only</translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation>Log in needed</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Server unavailable for now</source>
        <translation>Server unavailable for now</translation>
    </message>
    <message>
        <source>Server refused</source>
        <translation>Server refused</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %n</source>
        <translation>Conflicts to resolve: %n</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Sending files: %1 of %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>%1 in a case not assigned to you</source>
        <translation>%1 in a case not assigned to you</translation>
    </message>
    <message>
        <source>Recording and transcript (%n)</source>
        <translation>Recording and transcript (%n)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>(a place on the page)</source>
        <translation>(a place on the page)</translation>
    </message>
    <message>
        <source>(structured data)</source>
        <translation>(structured data)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Ink</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>The record</translation>
    </message>
    <message>
        <source>(not on the court&apos;s server)</source>
        <translation>(not on the court&apos;s server)</translation>
    </message>
    <message>
        <source>resolved: the court&apos;s version kept</source>
        <translation>resolved: the court&apos;s version kept</translation>
    </message>
    <message>
        <source>resolved: your change sent again</source>
        <translation>resolved: your change sent again</translation>
    </message>
    <message>
        <source>%n conflict(s) to resolve</source>
        <translation>Conflicts to resolve: %n</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>sent %1, received %2</translation>
    </message>
    <message>
        <source>%n change(s) refused</source>
        <translation>Changes refused: %n</translation>
    </message>
    <message>
        <source>with a problem (see above)</source>
        <translation>with a problem (see above)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%n change(s) from the court&apos;s server</source>
        <translation>Changes from the court&apos;s server: %n</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>File sent</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>File received</translation>
    </message>
    <message>
        <source>%n entry(ies) sent</source>
        <translation>Audit log entries sent: %n</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>sent again from entry %1</source>
        <translation>sent again from entry %1</translation>
    </message>
    <message>
        <source>the court server&apos;s receipt key is now trusted on this PC</source>
        <translation>the court server&apos;s receipt key is now trusted on this PC</translation>
    </message>
    <message>
        <source>a receipt from the server was refused (court IT: see the detail)</source>
        <translation>a receipt from the server was refused (court IT: see the detail)</translation>
    </message>
    <message>
        <source>Old history removed</source>
        <translation>Old history removed</translation>
    </message>
    <message>
        <source>%1 sent change(s), %2 log line(s)</source>
        <translation>sent changes: %1, log lines: %2</translation>
    </message>
    <message>
        <source>Audit log refused</source>
        <translation>Audit log refused</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Fetched again</source>
        <translation>Fetched again</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Metered link: send large files later</source>
        <translation>Metered link: send large files later</translation>
    </message>
    <message>
        <source>On a paid 5G link, records sync at once and recordings and dossier files wait for an unmetered network.</source>
        <translation>On a paid 5G link, records sync at once and recordings and dossier files wait for an unmetered network.</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s case server</source>
        <translation>Log in to the court&apos;s case server</translation>
    </message>
    <message>
        <source>The court&apos;s server login is always that of the person logged in to this window. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>The court&apos;s server login is always that of the person logged in to this window. To sync another person&apos;s work, log out and log in as that person.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Before a circuit hearing</source>
        <translation>Before a circuit hearing</translation>
    </message>
    <message>
        <source>Take this case offline</source>
        <translation>Take this case offline</translation>
    </message>
    <message>
        <source>Conflicts: the court&apos;s version and yours</source>
        <translation>Conflicts: the court&apos;s version and yours</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Take the court&apos;s version</source>
        <translation>Take the court&apos;s version</translation>
    </message>
    <message>
        <source>Your change is dropped; the court&apos;s version, already shown on this PC, stays.</source>
        <translation>Your change is dropped; the court&apos;s version, already shown on this PC, stays.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Deleted here</translation>
    </message>
    <message>
        <source>Deleted by the court</source>
        <translation>Deleted by the court</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>The court&apos;s server</source>
        <translation>The court&apos;s server</translation>
    </message>
    <message>
        <source>Sent to the court</source>
        <translation>Sent to the court</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>The court&apos;s version</source>
        <translation>The court&apos;s version</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>Yours (%1)</translation>
    </message>
    <message>
        <source>Your change of %1</source>
        <translation>Your change of %1</translation>
    </message>
    <message>
        <source>Keeping yours sends again only what you changed (%1); the court&apos;s other changes stay.</source>
        <translation>Keeping yours sends again only what you changed (%1); the court&apos;s other changes stay.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the court&apos;s version is kept.</source>
        <translation>Conflict %1 resolved: the court&apos;s version is kept.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: your change is sent again.</source>
        <translation>Conflict %1 resolved: your change is sent again.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>What differs</translation>
    </message>
    <message>
        <source>Keep mine (send it again)</source>
        <translation>Keep mine (send it again)</translation>
    </message>
    <message>
        <source>Only the fields you changed are sent again, on top of the court&apos;s version: the court&apos;s other changes stay (the two are merged).</source>
        <translation>Only the fields you changed are sent again, on top of the court&apos;s version: the court&apos;s other changes stay (the two are merged).</translation>
    </message>
    <message>
        <source>What synced</source>
        <translation>What synced</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them made by other people on this PC: each is sent only when its author logs in, never under your name</source>
        <translation>
            <numerusform>%n of them was made by another person on this PC: it is sent only when its author logs in, never under your name</numerusform>
            <numerusform>%n of them were made by other people on this PC: each is sent only when its author logs in, never under your name</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo case stays on this PC: what you record or change in it is never sent.</source>
        <translation>The demo case stays on this PC: what you record or change in it is never sent.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>Enter the server address, your user name and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. The same password now also works on this PC with no network.</source>
        <translation>Logged in to %1 as %2. The same password now also works on this PC with no network.</translation>
    </message>
    <message>
        <source>No system keyring: you will be asked to log in again after a restart.</source>
        <translation>No system keyring: you will be asked to log in again after a restart.</translation>
    </message>
    <message>
        <source>Fetching the case and its dossier files…</source>
        <translation>Fetching the case and its dossier files…</translation>
    </message>
    <message>
        <source>%1 is on this PC: %2 record(s), %3 dossier file(s), all checked.</source>
        <translation>%1 is on this PC (records: %2, dossier files: %3), all checked.</translation>
    </message>
    <message>
        <source>%1 is NOT complete on this PC: %3 of the dossier files are missing or damaged. Try again before leaving.</source>
        <translation>%1 is NOT complete on this PC: %3 of the dossier files are missing or damaged. Try again before leaving.</translation>
    </message>
    <message>
        <source>The court changed it too</source>
        <translation>The court changed it too</translation>
    </message>
    <message>
        <source>Both changed the same field</source>
        <translation>Both changed the same field</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>Choose a conflict to compare the two versions.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>(not spoken)</source>
        <translation>(not spoken)</translation>
    </message>
    <message>
        <source>Corrected from the case&apos;s names: %1 → %2</source>
        <translation>Corrected from the case&apos;s names: %1 → %2</translation>
    </message>
    <message>
        <source>Unsure words: %1</source>
        <translation>Unsure words: %1</translation>
    </message>
    <message>
        <source>Recognized as: %1</source>
        <translation>Recognized as: %1</translation>
    </message>
    <message>
        <source>Marked as not spoken: kept here, left out of the record.</source>
        <translation>Marked as not spoken: kept here, left out of the record.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Click to play this passage</source>
        <translation>Click to play this passage</translation>
    </message>
    <message>
        <source>Play this passage</source>
        <translation>Play this passage</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Undo last change</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>Split here</translation>
    </message>
    <message>
        <source>Merge with the next segment</source>
        <translation>Merge with the next segment</translation>
    </message>
    <message>
        <source>Spoken after all (back into the record)</source>
        <translation>Spoken after all (back into the record)</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>Not spoken (leave out of the record)</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>Cite into the note</translation>
    </message>
    <message>
        <source>Reject correction: %1 → %2</source>
        <translation>Reject correction: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TranscriptCorrections</name>
    <message>
        <source>Select a segment first.</source>
        <translation>Select a segment first.</translation>
    </message>
    <message>
        <source>Save the text first (Enter), then split.</source>
        <translation>Save the text first (Enter), then split.</translation>
    </message>
    <message>
        <source>Press F2 and put the cursor where the segment should split, then Ctrl+Shift+S.</source>
        <translation>Press F2 and put the cursor where the segment should split, then Ctrl+Shift+S.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>Done again.</translation>
    </message>
    <message>
        <source>Segment deleted (Ctrl+Z brings it back).</source>
        <translation>Segment deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Marked as not spoken: left out of the record.</source>
        <translation>Marked as not spoken: left out of the record.</translation>
    </message>
    <message>
        <source>Back in the record.</source>
        <translation>Back in the record.</translation>
    </message>
    <message>
        <source>Segment split in two.</source>
        <translation>Segment split in two.</translation>
    </message>
    <message>
        <source>Segments merged.</source>
        <translation>Segments merged.</translation>
    </message>
    <message>
        <source>Put the cursor between two words to split there.</source>
        <translation>Put the cursor between two words to split there.</translation>
    </message>
    <message>
        <source>There is no segment after this one to merge with.</source>
        <translation>There is no segment after this one to merge with.</translation>
    </message>
    <message>
        <source>This segment was deleted or replaced meanwhile.</source>
        <translation>This segment was deleted or replaced meanwhile.</translation>
    </message>
    <message>
        <source>These segments were changed since; this step can no longer be taken back.</source>
        <translation>These segments were changed since; this step can no longer be taken back.</translation>
    </message>
    <message>
        <source>Select a segment to undo its last change.</source>
        <translation>Select a segment to undo its last change.</translation>
    </message>
    <message>
        <source>Nothing to undo in this segment.</source>
        <translation>Nothing to undo in this segment.</translation>
    </message>
    <message>
        <source>Replaced in %1 segments.</source>
        <translation>Replaced in %1 segments.</translation>
    </message>
    <message>
        <source>PDF record (*.pdf)</source>
        <translation>PDF record (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Subtitles (*.srt)</translation>
    </message>
    <message>
        <source>PDF review copy (*.pdf)</source>
        <translation>PDF review copy (*.pdf)</translation>
    </message>
    <message>
        <source>(review copy)</source>
        <translation>(review copy)</translation>
    </message>
    <message>
        <source>Export the hearing record</source>
        <translation>Export the hearing record</translation>
    </message>
    <message>
        <source>The record was saved to %1.</source>
        <translation>The record was saved to %1.</translation>
    </message>
    <message>
        <source>It is set in a sans-serif face because Noto Serif CJK is not installed on this PC: ask court IT to install it (Debian: fonts-noto-cjk) and export again for the court&apos;s copy.</source>
        <translation>It is set in a sans-serif face because Noto Serif CJK is not installed on this PC: ask court IT to install it (Debian: fonts-noto-cjk) and export again for the court&apos;s copy.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock courtdesk</source>
        <translation>Unlock courtdesk</translation>
    </message>
    <message>
        <source>Protect your local case store</source>
        <translation>Protect your local case store</translation>
    </message>
    <message>
        <source>This computer has no system keyring that can keep courtdesk&apos;s key, so your local case store will be encrypted with a passphrase. Choose one of at least %1 characters and enter it twice.

Keep it safe: it cannot be recovered. Without it the local store cannot be opened; cases already synced remain on the court&apos;s server.</source>
        <translation>This computer has no system keyring that can keep courtdesk&apos;s key, so your local case store will be encrypted with a passphrase. Choose one of at least %1 characters and enter it twice.

Keep it safe: it cannot be recovered. Without it the local store cannot be opened; cases already synced remain on the court&apos;s server.</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <source>Unlock your local case store</source>
        <translation>Unlock your local case store</translation>
    </message>
    <message>
        <source>Your local case store is encrypted. Enter its passphrase to open it.</source>
        <translation>Your local case store is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two entries differ. Enter the same passphrase twice.</source>
        <translation>The two entries differ. Enter the same passphrase twice.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Wrong passphrase. Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>VolumeList</name>
    <message numerus="yes">
        <source>Volume %1 · %2 · %n page(s)</source>
        <translation>
            <numerusform>Volume %1 · %2 · %n page</numerusform>
            <numerusform>Volume %1 · %2 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting</source>
        <translation>
            <numerusform>%n page waiting</numerusform>
            <numerusform>%n pages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
</context>
</TS>
