<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Enter a user name without spaces.</source>
        <translation>공백 없는 사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>비밀번호가 너무 짧습니다. %1자 이상으로 정하십시오.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 번 입력한 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>AccountsWorkspace</name>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>데모 계정</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>새 계정…</translation>
    </message>
</context>
<context>
    <name>CaptionsCastDialog</name>
    <message>
        <source>Type the address the room screen shows, e.g. 192.168.1.20:8765.</source>
        <translation>회의실 화면에 표시된 주소를 입력하십시오(예: 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>PIN은 회의실 화면에 표시된 6자리 숫자입니다.</translation>
    </message>
    <message>
        <source>Pairing with the room screen…</source>
        <translation>회의실 화면과 연결하는 중…</translation>
    </message>
    <message>
        <source>Cast captions</source>
        <translation>자막 송출</translation>
    </message>
    <message>
        <source>Live captions on a room screen</source>
        <translation>회의실 화면에 실시간 자막 표시</translation>
    </message>
    <message>
        <source>The live transcript of this hearing, with each speaker&apos;s role, in large type on the room screen or a remote party&apos;s display. Deliberations are never cast.</source>
        <translation>이 재판의 실시간 기록을 발언자의 역할과 함께 큰 글씨로 회의실 화면이나 원격 당사자의 화면에 표시합니다. 합의 내용은 절대 송출되지 않습니다.</translation>
    </message>
    <message>
        <source>Room screen address:</source>
        <translation>회의실 화면 주소:</translation>
    </message>
    <message>
        <source>PIN on the screen:</source>
        <translation>화면의 PIN:</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Side</source>
        <translation>소송상 지위</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름/명칭</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>소송대리인</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>법률사무소</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>권</translation>
    </message>
    <message>
        <source>Vol. %1</source>
        <translation>제%1권</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>사건 내 역할</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Select a case in the list to see its parties, hearings, dossier and members.</source>
        <translation>왼쪽 목록에서 사건을 선택하면 당사자, 개정, 기록, 담당자를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Open in the hearing workspace</source>
        <translation>재판 작업 공간에서 열기</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>새 재판</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>사건 유형</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>법원</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>절차</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>내 역할</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Facts happened</source>
        <translation>사실 발생일</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date.</source>
        <translation>이 사건에서는 이 날짜에 시행 중인 법령을 인용합니다.</translation>
    </message>
    <message>
        <source>Citations in this case use today&apos;s law.</source>
        <translation>이 사건에서는 현행 법령을 인용합니다.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>설정…</translation>
    </message>
</context>
<context>
    <name>CasesWorkspace</name>
    <message>
        <source>Case number</source>
        <translation>사건번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사건 제목</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>사건 유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>내 역할</translation>
    </message>
    <message>
        <source>Facts&apos; date saved: citations in this case use the law in force on %1.</source>
        <translation>사실 발생일을 저장했습니다. 이 사건에서는 %1에 시행 중인 법령을 인용합니다.</translation>
    </message>
    <message>
        <source>Facts&apos; date cleared: citations in this case use today&apos;s law.</source>
        <translation>사실 발생일을 지웠습니다. 이 사건에서는 현행 법령을 인용합니다.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>‘%1’에 해당하는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>No cases are assigned to you on this computer yet. Cases appear here when a clerk creates them or when they are synced from the court&apos;s case system.</source>
        <translation>이 컴퓨터에는 아직 배정된 사건이 없습니다. 서기관이 사건을 만들거나 법원 사건관리시스템에서 동기화하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Search by case number, title, cause or party…</source>
        <translation>사건번호, 제목, 유형 또는 당사자로 검색…</translation>
    </message>
</context>
<context>
    <name>CastDialog</name>
    <message>
        <source>Cast to room screen</source>
        <translation>회의실 화면으로 전송</translation>
    </message>
    <message>
        <source>The page you read appears on the room screen and follows as you turn pages. Choose the screen or type the address it shows, then type its PIN.</source>
        <translation>읽고 있는 페이지가 회의실 화면에 표시되고, 페이지를 넘기면 함께 넘어갑니다. 화면을 고르거나 화면에 표시된 주소를 입력한 뒤 PIN을 입력하십시오.</translation>
    </message>
    <message>
        <source>Room screens</source>
        <translation>회의실 화면</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>as the room screen shows it, e.g. 192.168.1.20:8765</source>
        <translation>화면에 표시된 대로, 예: 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>the 6 digits on the room screen</source>
        <translation>화면에 표시된 6자리 숫자</translation>
    </message>
    <message>
        <source>A public screen: everyone in the room can read what you cast to it.</source>
        <translation>공개 화면입니다. 이 화면에 전송한 내용은 방 안의 모든 사람이 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Forget this screen</source>
        <translation>이 화면 잊기</translation>
    </message>
    <message>
        <source>Pair anew with this address: only when court IT has reinstalled the room&apos;s PC</source>
        <translation>이 주소와 새로 연결합니다. 법원 전산 담당자가 회의실 PC를 다시 설치한 경우에만 사용하십시오</translation>
    </message>
    <message>
        <source>Type the address the room screen shows.</source>
        <translation>회의실 화면에 표시된 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Looking for room screens on the network…</source>
        <translation>네트워크에서 회의실 화면을 찾는 중…</translation>
    </message>
    <message>
        <source>Room screens found on the network: %n.</source>
        <translation>네트워크에서 찾은 회의실 화면: %n개.</translation>
    </message>
    <message>
        <source>No room screen answered on the network (court networks often block this): type the address the room screen shows.</source>
        <translation>네트워크에서 응답한 회의실 화면이 없습니다(법원 네트워크는 흔히 이를 차단합니다). 화면에 표시된 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>public screen</source>
        <translation>공개 화면</translation>
    </message>
    <message>
        <source>paired before</source>
        <translation>이전에 연결함</translation>
    </message>
    <message>
        <source>Type the address as the room screen shows it, e.g. 192.168.1.20:8765.</source>
        <translation>화면에 표시된 대로 주소를 입력하십시오. 예: 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>PIN은 회의실 화면에 표시된 6자리 숫자입니다.</translation>
    </message>
    <message>
        <source>Pairing with %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>CastReceiverWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation>발표 중: %1</translation>
    </message>
    <message>
        <source>The page is on its way…</source>
        <translation>페이지를 받는 중…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>To show a page here, choose this screen in courtdesk and type the PIN, or type this address:</source>
        <translation>이 화면에 표시하려면 courtdesk에서 이 화면을 선택하고 PIN을 입력하거나 다음 주소를 입력하십시오:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Public screen: ID, phone and bank card numbers are removed from what is shown here.</source>
        <translation>공개 화면: 여기에 표시되는 내용에서 신분증 번호, 전화번호, 은행 카드 번호는 삭제됩니다.</translation>
    </message>
    <message>
        <source>Browsers: open %1</source>
        <translation>브라우저로 보기: %1 열기</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>인증서 %1</translation>
    </message>
    <message>
        <source>Esc closes the receiver.</source>
        <translation>Esc 키를 누르면 수신기가 닫힙니다.</translation>
    </message>
</context>
<context>
    <name>Casting</name>
    <message>
        <source>Casting cancelled; nothing was shown.</source>
        <translation>화면 전송을 취소했습니다. 회의실 화면에는 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Casting stopped; the room screen “%1” is clear.</source>
        <translation>화면 전송을 멈췄습니다. 회의실 화면 “%1”이(가) 비워졌습니다.</translation>
    </message>
    <message>
        <source>Cast to room screen…</source>
        <translation>회의실 화면으로 전송…</translation>
    </message>
    <message>
        <source>Show the page you read on a room screen on the network; it follows as you turn pages</source>
        <translation>읽고 있는 페이지를 네트워크의 회의실 화면에 표시합니다. 페이지를 넘기면 함께 넘어갑니다</translation>
    </message>
    <message>
        <source>Stop casting</source>
        <translation>화면 전송 중지</translation>
    </message>
    <message>
        <source>Clear the room screen</source>
        <translation>회의실 화면 비우기</translation>
    </message>
    <message>
        <source>Casting to %1</source>
        <translation>%1(으)로 화면 전송 중</translation>
    </message>
    <message>
        <source> (public screen)</source>
        <translation> (공개 화면)</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>탭 닫기</translation>
    </message>
</context>
<context>
    <name>DossierPresenting</name>
    <message>
        <source>Present</source>
        <translation>화면 표시</translation>
    </message>
    <message>
        <source>Show this volume on the room&apos;s screen (F5); Esc stops</source>
        <translation>이 권을 법정 화면에 표시합니다(F5). Esc로 멈춥니다</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>레이저 포인터</translation>
    </message>
    <message>
        <source>Show a red dot on the room screen where the mouse is (or hold Ctrl)</source>
        <translation>마우스가 있는 곳을 법정 화면에 빨간 점으로 표시합니다(또는 Ctrl을 누르고 있기)</translation>
    </message>
    <message>
        <source>Show pages to court…</source>
        <translation>법정에 페이지 표시…</translation>
    </message>
    <message>
        <source>Show only some pages of this volume on the room screen</source>
        <translation>이 권의 일부 페이지만 법정 화면에 표시합니다</translation>
    </message>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>법정 화면 — courtdesk</translation>
    </message>
    <message>
        <source>Only one screen is connected, so the room picture opened in a window: drag it where the court can see it, or connect the room&apos;s screen — the picture moves there by itself. Esc stops presenting.</source>
        <translation>화면이 하나만 연결되어 있어 법정 화면 그림을 창으로 열었습니다. 법정에서 볼 수 있는 곳으로 끌어 놓거나 법정 화면을 연결하십시오. 그림이 자동으로 그 화면으로 옮겨집니다. Esc로 표시를 멈춥니다.</translation>
    </message>
    <message>
        <source>Presenting “%1” on the second screen. Esc stops.</source>
        <translation>두 번째 화면에 “%1”을(를) 표시하고 있습니다. Esc로 멈춥니다.</translation>
    </message>
    <message>
        <source>Presenting stopped: the room screen shows nothing of this case.</source>
        <translation>표시를 멈췄습니다. 법정 화면에는 이 사건의 내용이 더 이상 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Court sees pages %1–%2 only</source>
        <translation>법정에는 %1–%2쪽만 보입니다</translation>
    </message>
    <message>
        <source>Page %1 is not shown to the court (pages %2–%3 only)</source>
        <translation>%1쪽은 법정에 보이지 않습니다(%2–%3쪽만 표시)</translation>
    </message>
    <message>
        <source>The room picture is on the screen “%1” now.</source>
        <translation>법정 화면 그림이 이제 “%1” 화면에 있습니다.</translation>
    </message>
    <message>
        <source>The room&apos;s screen was disconnected, so presenting stopped. Your reading is unchanged; press F5 to present again.</source>
        <translation>법정 화면 연결이 끊겨 표시를 멈췄습니다. 읽던 내용은 그대로입니다. 다시 표시하려면 F5를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>DossierWorkspace</name>
    <message>
        <source>Dossier</source>
        <translation>전자 기록</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>밑줄</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>손글씨</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>권</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>column: how many</comment>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Text recognition of scanned pages</source>
        <translation>스캔한 쪽의 글자 인식(OCR)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>Search all volumes (Chinese, Korean…)</source>
        <translation>모든 권 검색 (중국어, 한국어…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source> (OCR)</source>
        <translation> (OCR)</translation>
    </message>
    <message>
        <source>Vol. %1 %2 — page %3</source>
        <translation>제%1권 %2 — %3쪽</translation>
    </message>
    <message>
        <source>“%1”: found on %n page(s).</source>
        <translation>“%1”: %n쪽에서 찾았습니다.</translation>
    </message>
    <message>
        <source>“%1”: not found. Scanned pages are searchable once OCR has read them.</source>
        <translation>“%1”을(를) 찾지 못했습니다. 스캔한 쪽은 OCR 인식 후 검색할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading scanned pages (OCR): %1, %2 of %3</source>
        <translation>스캔한 쪽 인식 중(OCR): %1, %2/%3</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>내 것</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>private</source>
        <translation>나만 보기</translation>
    </message>
    <message>
        <source>p. %1 · %2 · %3, %4</source>
        <translation>%1쪽 · %2 · %3, %4</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>사본 내보내기</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Flatten my annotations and the shared ones into the copy</source>
        <translation>내 주석과 공유 주석을 사본에 합치기</translation>
    </message>
    <message>
        <source>Redact ID numbers, phone numbers and bank card numbers (removed from the file, not covered)</source>
        <translation>주민등록번호·전화번호·은행카드 번호 가리기 (덮지 않고 파일에서 삭제)</translation>
    </message>
    <message>
        <source>The stored volume is not changed; the copy is a new file. Redacting a scan reads it with OCR first, which takes a while.</source>
        <translation>저장된 권은 바뀌지 않으며 사본은 새 파일입니다. 스캔본을 가리려면 먼저 OCR로 읽어야 하므로 시간이 걸립니다.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>사본 내보내기…</translation>
    </message>
    <message>
        <source>Clean up scans</source>
        <translation>스캔 정리</translation>
    </message>
    <message>
        <source>Deskew, remove black borders and specks into a cleaned copy, shown beside the original</source>
        <translation>기울기 보정, 검은 테두리·얼룩 제거로 정리된 사본을 만들어 원본 옆에 표시</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>메모에 인용했습니다: %1</translation>
    </message>
    <message>
        <source>No note is being written: %1 is copied, paste it where it belongs.</source>
        <translation>작성 중인 메모가 없습니다. %1을(를) 복사했으니 필요한 곳에 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>연속 보기</translation>
    </message>
    <message>
        <source>Scroll through all pages, or show one page at a time</source>
        <translation>모든 쪽을 이어서 보거나 한 쪽씩 보기</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>쪽 맞춤</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>축소 (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Turn the view by 90° (Ctrl+R); the file is not changed</source>
        <translation>보기를 90° 회전 (Ctrl+R), 파일은 바뀌지 않음</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Open in other pane</source>
        <translation>다른 쪽 창에서 열기</translation>
    </message>
    <message>
        <source>Bookmark this page (Ctrl+B)</source>
        <translation>이 쪽에 책갈피 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>기본 색</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>New annotations are shared with the case&apos;s members; off: only you see them</source>
        <translation>새 주석을 사건 구성원과 공유; 끄면 나만 봄</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Choose a case, then open a volume from the list on the left.</source>
        <translation>사건을 고른 뒤 왼쪽 목록에서 권을 여세요.</translation>
    </message>
    <message>
        <source>Double-click a volume on the left to read it.</source>
        <translation>왼쪽의 권을 두 번 눌러 읽으세요.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Add an entry at this page…</source>
        <translation>이 쪽에 목차 항목 추가…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Starts at this page</source>
        <translation>이 쪽에서 시작</translation>
    </message>
    <message>
        <source>Ends at this page</source>
        <translation>이 쪽에서 끝</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Detect the catalog again</source>
        <translation>목차 다시 인식</translation>
    </message>
    <message>
        <source>Title of the document starting on page %1:</source>
        <translation>%1쪽에서 시작하는 문서 제목:</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>새 제목:</translation>
    </message>
    <message numerus="yes">
        <source>OCR read %n scanned page(s); they are searchable now.</source>
        <translation>
            <numerusform>OCR이 스캔한 %n쪽을 읽었습니다. 이제 검색할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Highlight the selected text, or the text you drag over next</source>
        <translation>선택한 글자를, 또는 다음에 끌어 선택하는 글자를 강조</translation>
    </message>
    <message>
        <source>Underline the selected text, or the text you drag over next</source>
        <translation>선택한 글자에, 또는 다음에 끌어 선택하는 글자에 밑줄</translation>
    </message>
    <message>
        <source>Box select</source>
        <translation>영역 선택</translation>
    </message>
    <message>
        <source>Drag a box to take the text inside it instead of selecting along the lines (or hold Alt while dragging)</source>
        <translation>줄을 따라 선택하는 대신 상자를 끌어 그 안의 글자를 선택합니다(또는 Alt 키를 누른 채 끌기)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Comment on “%1” (page %2):</source>
        <translation>“%1”에 대한 주석(%2쪽):</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>%1쪽 메모:</translation>
    </message>
    <message>
        <source>Import into the dossier</source>
        <translation>기록에 가져오기</translation>
    </message>
    <message>
        <source>PDF and scans</source>
        <translation>PDF 및 스캔 이미지</translation>
    </message>
    <message>
        <source>Importing %n file(s)…</source>
        <translation>파일 %n개 가져오는 중…</translation>
    </message>
    <message>
        <source>Imported %n volume(s).</source>
        <translation>%n권을 가져왔습니다.</translation>
    </message>
    <message>
        <source>“%1” is signed: it is stored exactly as received, and its signatures are checked when it is opened.</source>
        <translation>“%1”에 전자서명이 있습니다. 받은 그대로 저장되었으며, 열 때 서명을 확인합니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>암호로 보호된 PDF</translation>
    </message>
    <message>
        <source>Password to open %1:</source>
        <translation>%1을(를) 여는 암호:</translation>
    </message>
    <message>
        <source>Cleaning up the scanned pages…</source>
        <translation>스캔한 쪽 정리 중…</translation>
    </message>
    <message>
        <source>Cleaned copy made: “%1” (%n page(s) cleaned), shown on the right beside the original.</source>
        <translation>정리된 사본 “%1”을(를) 만들었습니다(%n쪽 정리). 원본 오른쪽에 표시합니다.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>사본 쓰는 중…</translation>
    </message>
    <message>
        <source>Copy written to %1: the signed file itself, unchanged, so its signatures still verify.</source>
        <translation>사본을 %1에 저장했습니다. 서명된 원본 파일 그대로이므로 서명이 계속 유효합니다.</translation>
    </message>
    <message>
        <source>Copy written to %1: %2 annotation(s) flattened, %3 number(s) redacted.</source>
        <translation>%1에 사본을 썼습니다: 주석 %2개 합침, 번호 %3개 가림.</translation>
    </message>
    <message>
        <source>The volume is signed: this copy has annotations or redactions written in, so its signatures no longer verify. The signed volume in the dossier is unchanged.</source>
        <translation>이 권은 서명되어 있습니다. 이 사본에는 주석이나 가림 처리가 들어가 서명이 더 이상 유효하지 않습니다. 기록 속 서명된 원본은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>주석…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Wrong passphrase for the local store</source>
        <translation>로컬 사건 저장소의 암호 문구가 틀렸습니다</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the encrypted case store. Nothing in the store was changed.</source>
        <translation>이 암호 문구로는 암호화된 사건 저장소를 열 수 없습니다. 저장소의 내용은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then start courtdesk again. A lost passphrase cannot be recovered; cases already synced remain safe on the court&apos;s server.</source>
        <translation>키보드 자판 설정과 Caps Lock을 확인한 뒤 courtdesk를 다시 시작하십시오. 잃어버린 암호 문구는 복구할 수 없으며, 이미 동기화된 사건은 법원 서버에 안전하게 남아 있습니다.</translation>
    </message>
    <message>
        <source>The local store is damaged</source>
        <translation>로컬 사건 저장소가 손상되었습니다</translation>
    </message>
    <message>
        <source>courtdesk cannot read the encrypted case store on this computer and has changed nothing in it. Work already synced is safe on the court&apos;s server.</source>
        <translation>courtdesk가 이 컴퓨터의 암호화된 사건 저장소를 읽을 수 없으며, 저장소에는 아무것도 변경하지 않았습니다. 이미 동기화된 작업은 법원 서버에 안전하게 있습니다.</translation>
    </message>
    <message>
        <source>Do not delete or move the profile folder. Ask court IT to restore the store from the court&apos;s server; what this computer had not yet synced is lost unless a backup holds it. The details below name the file and what was not synced.</source>
        <translation>프로필 폴더를 삭제하거나 옮기지 마십시오. 법원 전산 담당자에게 법원 서버에서 저장소를 복원해 달라고 요청하십시오. 이 컴퓨터에서 아직 동기화하지 않은 내용은 백업에 없으면 잃게 됩니다. 해당 파일과 동기화되지 않은 내용은 아래 세부 정보에 있습니다.</translation>
    </message>
    <message>
        <source>courtdesk cannot write to its data folder</source>
        <translation>courtdesk가 데이터 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Changes cannot be saved while the folder is read-only or unreachable. Nothing already saved was lost.</source>
        <translation>폴더가 읽기 전용이거나 접근할 수 없는 동안에는 변경 내용을 저장할 수 없습니다. 이미 저장된 내용은 잃지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to fix the permissions or the disk named in the details, then start courtdesk again.</source>
        <translation>세부 정보에 적힌 폴더의 권한이나 디스크 문제를 법원 전산 담당자에게 해결해 달라고 한 뒤 courtdesk를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>The last change was not saved; everything saved before it is intact.</source>
        <translation>마지막 변경 내용은 저장되지 않았습니다. 그 전에 저장된 내용은 모두 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Free some space on the disk named in the details, or ask court IT, then try again.</source>
        <translation>세부 정보에 적힌 디스크의 공간을 확보하거나 법원 전산 담당자에게 요청한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>courtdesk is already open</source>
        <translation>courtdesk가 이미 실행 중입니다</translation>
    </message>
    <message>
        <source>Another courtdesk window is using this profile. Two windows on one profile would write to the same store, so this one does not start. Nothing was changed.</source>
        <translation>다른 courtdesk 창이 이 프로필을 사용하고 있습니다. 두 창이 같은 저장소에 기록하면 충돌하므로 이 창은 시작하지 않습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Switch to the courtdesk window that is already open, or close it and start courtdesk again.</source>
        <translation>이미 열려 있는 courtdesk 창으로 전환하거나, 그 창을 닫은 뒤 courtdesk를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The key of the local store is not available</source>
        <translation>로컬 사건 저장소의 키를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>The key of the encrypted case store is kept in the system keyring, which cannot give it now. The store stays locked and unchanged.</source>
        <translation>암호화된 사건 저장소의 키는 시스템 키링에 보관되어 있는데, 키링이 지금 키를 내주지 못합니다. 저장소는 잠긴 채 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Unlock or start your desktop keyring (log in to the desktop again if needed), then start courtdesk again. If it persists, ask court IT.</source>
        <translation>데스크톱 키링을 잠금 해제하거나 시작한 뒤(필요하면 데스크톱에 다시 로그인) courtdesk를 다시 시작하십시오. 계속되면 법원 전산 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The local store needs its passphrase</source>
        <translation>로컬 사건 저장소에 암호 문구가 필요합니다</translation>
    </message>
    <message>
        <source>Without the passphrase the encrypted case store stays locked, so no case can be opened. Nothing was changed.</source>
        <translation>암호 문구가 없으면 암호화된 사건 저장소가 잠긴 상태로 남아 어떤 사건도 열 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Start courtdesk again and enter the passphrase. For unattended use, court IT can set COURTDESK_PASSPHRASE.</source>
        <translation>courtdesk를 다시 시작하고 암호 문구를 입력하십시오. 무인 운용이 필요하면 법원 전산 담당자가 COURTDESK_PASSPHRASE를 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Encryption is not available</source>
        <translation>암호화 기능을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>courtdesk never keeps court data unencrypted, and the encryption library is missing on this computer. Nothing was opened or written.</source>
        <translation>courtdesk는 법원 데이터를 암호화하지 않은 채 보관하지 않는데, 이 컴퓨터에는 암호화 라이브러리가 없습니다. 아무것도 열거나 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to reinstall courtdesk with its dependencies.</source>
        <translation>법원 전산 담당자에게 courtdesk와 필요한 구성 요소를 다시 설치해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The machine configuration is invalid</source>
        <translation>이 컴퓨터의 설정 파일이 잘못되었습니다</translation>
    </message>
    <message>
        <source>The configuration file court IT wrote for this computer has an error. courtdesk does not start rather than guess at the courtroom&apos;s settings.</source>
        <translation>법원 전산 담당자가 이 컴퓨터에 작성한 설정 파일에 오류가 있습니다. courtdesk는 법정 설정을 추측하지 않으므로 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to correct the file; the details name the file, the setting and the fix. &quot;courtdesk doctor&quot; checks it.</source>
        <translation>법원 전산 담당자에게 파일 수정을 요청하십시오. 세부 정보에 파일, 설정 항목, 수정 방법이 있습니다. &quot;courtdesk doctor&quot;로 점검할 수 있습니다.</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>로그인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the user name and the keyboard layout and try again. Court IT can reset a forgotten password.</source>
        <translation>사용자 이름과 키보드 자판 설정을 확인한 뒤 다시 시도하십시오. 비밀번호를 잊었다면 법원 전산 담당자가 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Too many failed logins: try again in %n minute(s)</source>
        <translation>로그인 실패 횟수가 너무 많습니다: %n분 후에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>To protect the account, logins with this name are paused after several wrong passwords; each further wrong password makes the wait longer. Your work is not affected.</source>
        <translation>계정을 보호하기 위해 같은 사용자 이름으로 비밀번호를 여러 번 틀리면 로그인이 잠시 중지되며, 이후 비밀번호를 틀릴 때마다 대기 시간이 길어집니다. 작업 내용에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Wait, then enter the password once more, carefully (check the keyboard layout and Caps Lock). Court IT can lift the wait or reset a forgotten password.</source>
        <translation>잠시 기다린 뒤 비밀번호를 한 번 더 정확히 입력하십시오(키보드 자판 설정과 Caps Lock 확인). 법원 전산 담당자가 대기를 해제하거나 잊어버린 비밀번호를 재설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>현재 역할로는 할 수 없는 작업입니다</translation>
    </message>
    <message>
        <source>Your account may not do this. The rule is enforced by courtdesk itself, not only hidden in the window.</source>
        <translation>이 계정으로는 이 작업을 할 수 없습니다. 이 규칙은 화면에서 숨기는 것만이 아니라 courtdesk 자체가 강제합니다.</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT.</source>
        <translation>업무상 필요하면 재판장이나 법원 전산 담당자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>계정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Correct the entry as the details describe, and try again.</source>
        <translation>세부 정보의 설명에 따라 입력을 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The user name is not valid</source>
        <translation>사용자 이름이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>A user name must not be empty or contain spaces. Nothing was saved.</source>
        <translation>사용자 이름은 비어 있거나 공백을 포함할 수 없습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter a user name without spaces and try again.</source>
        <translation>공백 없는 사용자 이름을 입력한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This user name is already taken</source>
        <translation>이 사용자 이름은 이미 사용 중입니다</translation>
    </message>
    <message>
        <source>Another account on this PC has this user name. Nothing was saved.</source>
        <translation>이 PC의 다른 계정이 이 사용자 이름을 쓰고 있습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another user name and try again.</source>
        <translation>다른 사용자 이름을 골라 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The password is too short</source>
        <translation>비밀번호가 너무 짧습니다</translation>
    </message>
    <message>
        <source>A password needs at least %n characters. Nothing was saved.</source>
        <translation>비밀번호는 %n자 이상이어야 합니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter a longer password and try again.</source>
        <translation>더 긴 비밀번호를 입력한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The first account must be court IT&apos;s</source>
        <translation>첫 계정은 법원 전산 담당자의 계정이어야 합니다</translation>
    </message>
    <message>
        <source>The first account on this PC manages all the others, so it needs the court IT role. Nothing was saved.</source>
        <translation>이 PC의 첫 계정이 다른 모든 계정을 관리하므로 법원 전산 담당 역할이 필요합니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose the court IT role for this account.</source>
        <translation>이 계정에 법원 전산 담당 역할을 고르십시오.</translation>
    </message>
    <message>
        <source>This is the last court IT account on this PC</source>
        <translation>이 PC의 마지막 법원 전산 담당 계정입니다</translation>
    </message>
    <message>
        <source>Without it nobody could manage the accounts here. Nothing was changed.</source>
        <translation>이 계정이 없으면 아무도 이 PC의 계정을 관리할 수 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Add another court IT account first, then try again.</source>
        <translation>먼저 다른 법원 전산 담당 계정을 추가한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Another account on this PC has your user name</source>
        <translation>이 PC의 다른 계정이 내 사용자 이름을 쓰고 있습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your login, but a different local account on this PC already uses the same user name, so nothing was changed. Your work stays on this PC.</source>
        <translation>법원 서버가 로그인을 받아들였지만 이 PC의 다른 로컬 계정이 같은 사용자 이름을 쓰고 있어 아무것도 바뀌지 않았습니다. 작업은 이 PC에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to rename the local account on this PC, then log in to the court&apos;s server again under Sync.</source>
        <translation>법원 전산 담당자에게 이 PC의 로컬 계정 이름을 바꿔 달라고 한 뒤, 동기화에서 법원 서버에 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Your account is disabled on this PC</source>
        <translation>이 PC에서 계정이 사용 중지되었습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your password, but court IT has disabled your account on this PC, so you were not logged in here and nothing was changed.</source>
        <translation>법원 서버는 비밀번호를 확인했지만 전산 담당자가 이 PC에서 계정을 사용 중지했으므로 이 PC에 로그인되지 않았고 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to enable your account on this PC, then log in again.</source>
        <translation>전산 담당자에게 이 PC에서 계정을 다시 사용하도록 요청한 다음 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>A stored file is damaged</source>
        <translation>저장된 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>A file (a recording or a dossier volume) does not match the fingerprint it was saved with, so courtdesk does not use it. Nothing was changed.</source>
        <translation>파일(녹음 또는 기록 권)이 저장할 때의 지문(해시)과 일치하지 않아 courtdesk가 사용하지 않습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Sync again: courtdesk fetches a good copy from the court&apos;s server if it has one. Otherwise give the details to court IT.</source>
        <translation>다시 동기화하십시오. 법원 서버에 온전한 사본이 있으면 courtdesk가 다시 받아 옵니다. 없으면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>The audio input stopped: %1</source>
        <translation>오디오 입력이 끊겼습니다: %1</translation>
    </message>
    <message>
        <source>Nothing is recorded from %2 until the input is back. Everything recorded before is kept.</source>
        <translation>%2부터 입력이 돌아올 때까지 녹음되지 않습니다. 그전에 녹음된 내용은 모두 보존됩니다.</translation>
    </message>
    <message>
        <source>Check the microphone&apos;s USB cable or the mixer&apos;s power. Recording resumes by itself when the input is back.</source>
        <translation>마이크의 USB 케이블이나 믹서 전원을 확인하십시오. 입력이 돌아오면 녹음이 자동으로 다시 시작됩니다.</translation>
    </message>
    <message>
        <source>%1 has gone silent</source>
        <translation>%1에서 소리가 들리지 않습니다</translation>
    </message>
    <message>
        <source>Nothing is heard on it since %2; the other microphones keep recording.</source>
        <translation>%2부터 이 마이크에서 신호가 없습니다. 다른 마이크는 계속 녹음합니다.</translation>
    </message>
    <message>
        <source>Check this microphone&apos;s cable and its switch on the mixer. This warning goes away when it is heard again.</source>
        <translation>이 마이크의 케이블과 믹서의 스위치를 확인하십시오. 소리가 다시 들리면 이 경고는 사라집니다.</translation>
    </message>
    <message>
        <source>The audio input is back: %1</source>
        <translation>오디오 입력이 복구되었습니다: %1</translation>
    </message>
    <message>
        <source>Recording resumed at %2. The time it was away has no audio and no text.</source>
        <translation>%2에 녹음이 다시 시작되었습니다. 끊긴 동안에는 녹음도 텍스트도 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to do now. Read the record around that time: words spoken while the input was away are not in it.</source>
        <translation>지금은 조치할 것이 없습니다. 그 시간대의 조서를 확인하십시오. 입력이 끊긴 동안 한 말은 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is heard again</source>
        <translation>%1에서 다시 소리가 들립니다</translation>
    </message>
    <message>
        <source>Its audio is recorded again from %2.</source>
        <translation>%2부터 이 마이크의 소리가 다시 녹음됩니다.</translation>
    </message>
    <message>
        <source>Nothing to do now. While it was silent, nothing it picked up was recorded.</source>
        <translation>지금은 조치할 것이 없습니다. 소리가 없던 동안 이 마이크로는 아무것도 녹음되지 않았습니다.</translation>
    </message>
    <message>
        <source>Speech recognition failed for %1</source>
        <translation>%1의 음성 인식이 실패했습니다</translation>
    </message>
    <message>
        <source>Its audio is still recorded in full; the text from %2 is missing while recognition restarts.</source>
        <translation>이 마이크의 음성은 계속 모두 녹음됩니다. 인식이 다시 시작되는 동안 %2부터의 텍스트가 빠집니다.</translation>
    </message>
    <message>
        <source>Carry on with the hearing. After it, the missing stretch can be transcribed from the recording.</source>
        <translation>재판을 계속 진행하십시오. 재판이 끝난 뒤 빠진 부분을 녹음에서 전사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Speech recognition for %1 restarted</source>
        <translation>%1의 음성 인식이 다시 시작되었습니다</translation>
    </message>
    <message>
        <source>Text appears again from %2. The stretch it missed is in the recording.</source>
        <translation>%2부터 텍스트가 다시 나타납니다. 인식하지 못한 부분은 녹음에 남아 있습니다.</translation>
    </message>
    <message>
        <source>After the hearing, choose “Transcribe the missing parts” to fill it in.</source>
        <translation>재판이 끝난 뒤 “빠진 부분 전사”를 눌러 채우십시오.</translation>
    </message>
    <message>
        <source>Some audio could not be processed in time</source>
        <translation>일부 오디오를 제때 처리하지 못했습니다</translation>
    </message>
    <message>
        <source>Part of the audio was lost before it was recorded, or recorded but skipped by speech recognition; the counts are below.</source>
        <translation>일부 오디오가 녹음되기 전에 유실되었거나, 녹음은 되었지만 음성 인식에서 건너뛰었습니다. 수치는 아래에 있습니다.</translation>
    </message>
    <message>
        <source>The computer is overloaded: close other programs. Stretches skipped by recognition can be transcribed from the recording after the hearing.</source>
        <translation>컴퓨터에 부하가 너무 큽니다. 다른 프로그램을 닫으십시오. 인식에서 건너뛴 부분은 재판 후 녹음에서 전사할 수 있습니다.</translation>
    </message>
    <message>
        <source>The local store reported a problem</source>
        <translation>로컬 사건 저장소에서 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>The last action did not complete. What was saved before is intact.</source>
        <translation>마지막 작업이 완료되지 않았습니다. 그 전에 저장된 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below to court IT.</source>
        <translation>다시 시도하십시오. 또 발생하면 아래 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>courtdesk hit an unexpected error. What was saved before is intact.</source>
        <translation>courtdesk에서 예기치 않은 오류가 발생했습니다. 그 전에 저장된 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below and the log file to court IT.</source>
        <translation>다시 시도하십시오. 또 발생하면 아래 세부 정보와 로그 파일을 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>Details for court IT</source>
        <translation>전산 담당자용 세부 정보</translation>
    </message>
    <message>
        <source>The file was not imported. Nothing in the dossier changed.</source>
        <translation>파일을 가져오지 않았습니다. 기록은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The case file could not do that</source>
        <translation>기록 작업을 완료하지 못했습니다</translation>
    </message>
    <message>
        <source>The last action on the dossier did not complete. The dossier&apos;s files and your annotations are unchanged.</source>
        <translation>방금 기록에 대한 작업이 완료되지 않았습니다. 기록 파일과 주석은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details to court IT.</source>
        <translation>다시 시도하십시오. 또 발생하면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>This file cannot be imported into the dossier</source>
        <translation>이 파일을 기록에 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>The file may be damaged or not a PDF or scan. Ask whoever sent it for a new copy, or scan the paper again.</source>
        <translation>파일이 손상되었거나 PDF 또는 스캔 파일이 아닐 수 있습니다. 보낸 쪽에 새 사본을 요청하거나 종이 문서를 다시 스캔하십시오.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password</source>
        <translation>이 PDF는 비밀번호로 보호되어 있습니다</translation>
    </message>
    <message>
        <source>Enter the file&apos;s password when asked and import it again.</source>
        <translation>다시 가져오면서 요청할 때 파일의 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The password does not open this PDF</source>
        <translation>이 비밀번호로는 PDF를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Check the password with whoever sent the file and import it again.</source>
        <translation>파일을 보낸 쪽에 비밀번호를 확인한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>This dossier volume is no longer on this computer</source>
        <translation>이 기록 권이 이 컴퓨터에 더 이상 없습니다</translation>
    </message>
    <message>
        <source>It was removed, or it has not arrived from the court&apos;s server yet. Nothing else in the dossier is affected.</source>
        <translation>삭제되었거나 아직 법원 서버에서 받아 오지 않았습니다. 기록의 다른 부분에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Choose the case again to refresh the list of volumes, or sync.</source>
        <translation>사건을 다시 선택해 권 목록을 새로 고치거나 동기화하십시오.</translation>
    </message>
    <message>
        <source>There is no such page in this volume</source>
        <translation>이 권에 해당 쪽이 없습니다</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Pick a page from the page list or the catalog of this volume.</source>
        <translation>이 권의 쪽 목록이나 목차에서 쪽을 고르십시오.</translation>
    </message>
    <message>
        <source>Scanned pages cannot be read (OCR) on this computer</source>
        <translation>이 컴퓨터에서는 스캔한 쪽의 글자를 인식(OCR)할 수 없습니다</translation>
    </message>
    <message>
        <source>Scanned pages can be read and annotated, but their text cannot be searched. Everything else in the dossier works.</source>
        <translation>스캔한 쪽은 읽고 주석을 달 수 있지만 글자를 검색할 수는 없습니다. 기록의 다른 기능은 모두 정상입니다.</translation>
    </message>
    <message>
        <source>Ask court IT to install Tesseract OCR with the Chinese and Korean language data; &quot;courtdesk doctor&quot; checks it.</source>
        <translation>법원 전산 담당자에게 Tesseract OCR과 중국어·한국어 언어 데이터 설치를 요청하십시오. &quot;courtdesk doctor&quot;로 점검할 수 있습니다.</translation>
    </message>
    <message>
        <source>The annotation could not be saved</source>
        <translation>주석을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>This annotation was not saved; your other annotations and the file are unchanged.</source>
        <translation>이 주석은 저장되지 않았습니다. 다른 주석과 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Draw or write it again on the page. If it keeps failing, give the details to court IT.</source>
        <translation>쪽 위에 다시 그리거나 쓰십시오. 계속 실패하면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>This file is not signed</source>
        <translation>이 파일에는 서명이 없습니다</translation>
    </message>
    <message>
        <source>It carries no electronic signature, so it was not filed as a signed record. Nothing in the dossier changed.</source>
        <translation>전자서명이 없어 서명된 기록으로 편철하지 않았습니다. 기록에는 아무 변경도 없습니다.</translation>
    </message>
    <message>
        <source>Finish the signing round first, or import the file as an ordinary volume.</source>
        <translation>먼저 서명 절차를 마치거나, 이 파일을 일반 권으로 가져오십시오.</translation>
    </message>
    <message>
        <source>A signed volume is not cleaned up</source>
        <translation>서명된 권은 정리하지 않습니다</translation>
    </message>
    <message>
        <source>Cleaning would make a copy without its signatures, so none was made. The signed file stays exactly as it was received, and its scanned pages are still searchable once OCR has read them.</source>
        <translation>정리하면 서명이 없는 사본이 만들어지므로 만들지 않았습니다. 서명된 파일은 받은 그대로 유지되며, 스캔한 쪽은 문자 인식(OCR)을 마치면 검색할 수 있습니다.</translation>
    </message>
    <message>
        <source>Read the signed volume as it is. If a page is hard to read, ask for a better copy signed again.</source>
        <translation>서명된 권을 그대로 읽으십시오. 알아보기 어려운 쪽이 있으면 다시 서명한 선명한 사본을 요청하십시오.</translation>
    </message>
    <message>
        <source>The catalog could not be changed</source>
        <translation>목차를 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>The volume&apos;s catalog is as it was; the file itself is unchanged.</source>
        <translation>이 권의 목차는 그대로이며 파일 자체도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose the volume again and retry the change.</source>
        <translation>권을 다시 선택한 뒤 변경을 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server; your work stays on this PC.</source>
        <translation>서버에서는 아무것도 변경되지 않았습니다. 작업 내용은 이 컴퓨터에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Sync with the court&apos;s server did not work</source>
        <translation>법원 서버와 동기화하지 못했습니다</translation>
    </message>
    <message>
        <source>Your work stays on this PC; nothing was lost.</source>
        <translation>작업 내용은 이 컴퓨터에 그대로 있으며 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <source>Check that the server address is the https:// address court IT gave you, and try again.</source>
        <translation>서버 주소가 법원 전산 담당자가 알려 준 https:// 주소인지 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server cannot be reached</source>
        <translation>법원 서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>You can keep working: everything is saved on this PC and syncs by itself when the network is back.</source>
        <translation>계속 작업하셔도 됩니다. 모든 내용은 이 컴퓨터에 저장되어 있고 네트워크가 돌아오면 자동으로 동기화됩니다.</translation>
    </message>
    <message>
        <source>Nothing to do now. If you need to sync now, check the network cable or Wi-Fi, and the server address.</source>
        <translation>지금은 하실 일이 없습니다. 바로 동기화해야 하면 네트워크 케이블이나 Wi-Fi, 서버 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server is busy</source>
        <translation>법원 서버가 바쁩니다</translation>
    </message>
    <message>
        <source>Nothing was lost; courtdesk tries again by itself shortly.</source>
        <translation>잃어버린 것은 없습니다. courtdesk가 잠시 뒤 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Nothing to do. If it lasts for hours, tell court IT.</source>
        <translation>하실 일은 없습니다. 몇 시간째 계속되면 법원 전산 담당자에게 알리십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s case database is not reachable</source>
        <translation>법원 사건 데이터베이스에 접속할 수 없습니다</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s server again</source>
        <translation>법원 서버에 다시 로그인하십시오</translation>
    </message>
    <message>
        <source>Sync is paused until you log in; your work stays on this PC.</source>
        <translation>로그인할 때까지 동기화가 멈춥니다. 작업 내용은 이 컴퓨터에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Enter your user name and password under Sync, then sync again.</source>
        <translation>동기화 화면에서 사용자 이름과 비밀번호를 입력한 뒤 다시 동기화하십시오.</translation>
    </message>
    <message>
        <source>Your login to the court&apos;s server has expired</source>
        <translation>법원 서버 로그인이 만료되었습니다</translation>
    </message>
    <message>
        <source>Wrong user name or password for the court&apos;s server</source>
        <translation>법원 서버의 사용자 이름 또는 비밀번호가 틀렸습니다</translation>
    </message>
    <message>
        <source>You are not logged in to the court&apos;s server; your work stays on this PC.</source>
        <translation>법원 서버에 로그인되지 않았습니다. 작업 내용은 이 컴퓨터에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The court&apos;s server could not be verified</source>
        <translation>법원 서버를 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>courtdesk sends court data only to the court&apos;s own server, checked by its certificate, so nothing was sent.</source>
        <translation>courtdesk는 인증서로 확인된 법원 자체 서버에만 법원 데이터를 보내므로 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT: the certificate in the machine configuration may be wrong or expired.</source>
        <translation>법원 전산 담당자에게 문의하십시오. 컴퓨터 설정의 인증서가 잘못되었거나 만료되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The court&apos;s server refused the request</source>
        <translation>법원 서버가 요청을 거부했습니다</translation>
    </message>
    <message>
        <source>Give the details to court IT (the server may run another version).</source>
        <translation>세부 정보를 법원 전산 담당자에게 전달하십시오(서버 버전이 다를 수 있습니다).</translation>
    </message>
    <message>
        <source>The court&apos;s server does not allow this for your account</source>
        <translation>법원 서버가 이 계정에 이 작업을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT to add you to the case.</source>
        <translation>업무상 필요하면 재판장이나 법원 전산 담당자에게 이 사건에 추가해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server does not have this</source>
        <translation>법원 서버에 해당 항목이 없습니다</translation>
    </message>
    <message>
        <source>Sync again later; if it persists, give the details to court IT.</source>
        <translation>나중에 다시 동기화하십시오. 계속되면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>Too much at once for the court&apos;s server</source>
        <translation>한 번에 보내는 양이 법원 서버의 한도를 넘었습니다</translation>
    </message>
    <message>
        <source>Give the details to court IT.</source>
        <translation>세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server was restored from a backup</source>
        <translation>법원 서버가 백업에서 복원되었습니다</translation>
    </message>
    <message>
        <source>courtdesk fetches the case data again from the start; your changes are sent again and nothing on this PC is lost.</source>
        <translation>courtdesk가 사건 데이터를 처음부터 다시 받아 오고 변경 사항을 다시 보냅니다. 이 컴퓨터의 내용은 잃지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing to do; tell court IT if it happens often.</source>
        <translation>하실 일은 없습니다. 자주 발생하면 법원 전산 담당자에게 알리십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server login must be your own</source>
        <translation>법원 서버 로그인은 본인 계정이어야 합니다</translation>
    </message>
    <message>
        <source>courtdesk sends nothing under another person&apos;s name: this window syncs only with the login of the person logged in to it. Your work stays on this PC.</source>
        <translation>courtdesk는 다른 사람의 이름으로 아무것도 보내지 않습니다. 이 창은 이 창에 로그인한 사람 본인의 서버 로그인으로만 동기화합니다. 작업 내용은 이 PC에 보관됩니다.</translation>
    </message>
    <message>
        <source>Under Sync, log in to the court&apos;s server with your own password. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>동기화 화면에서 본인의 비밀번호로 법원 서버에 로그인하십시오. 다른 사람의 작업을 동기화하려면 로그아웃한 뒤 그 사람으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved as asked</source>
        <translation>이 충돌을 요청한 방식으로 해결할 수 없습니다</translation>
    </message>
    <message>
        <source>The conflict inbox is unchanged.</source>
        <translation>충돌 목록은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose the conflict again from the list and keep one of the two versions.</source>
        <translation>목록에서 충돌을 다시 선택하고 두 버전 중 하나를 남기십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this change. It is kept on this PC in the conflict inbox; nothing else was affected.</source>
        <translation>법원 서버가 이 변경을 받아들이지 않았습니다. 변경 내용은 이 컴퓨터의 충돌 목록에 보관되며 다른 내용에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Under Sync, keep the court&apos;s version to drop your change, or give the details to court IT.</source>
        <translation>동기화 화면에서 법원 버전을 남겨 내 변경을 버리거나, 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server found the change incomplete</source>
        <translation>법원 서버가 이 변경이 불완전하다고 판단했습니다</translation>
    </message>
    <message>
        <source>The record no longer exists on the court&apos;s server</source>
        <translation>법원 서버에 이 항목이 더 이상 없습니다</translation>
    </message>
    <message>
        <source>A field that is fixed once saved was changed</source>
        <translation>저장 후에는 바꿀 수 없는 항목이 변경되었습니다</translation>
    </message>
    <message>
        <source>Records of this kind can only be added, not changed or deleted</source>
        <translation>이런 항목은 추가만 할 수 있고 변경하거나 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>What this record belongs to has not reached the court&apos;s server</source>
        <translation>이 항목이 속한 상위 항목이 아직 법원 서버에 없습니다</translation>
    </message>
    <message>
        <source>What this record belongs to was deleted on the court&apos;s server</source>
        <translation>이 항목이 속한 상위 항목이 법원 서버에서 삭제되었습니다</translation>
    </message>
    <message>
        <source>An older correction arrived after a newer one</source>
        <translation>이전 수정이 최신 수정보다 늦게 도착했습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server already has a different change under this number</source>
        <translation>법원 서버에 같은 번호의 다른 변경이 이미 있습니다</translation>
    </message>
    <message>
        <source>Its file has not been uploaded completely yet</source>
        <translation>딸린 파일이 아직 모두 올라가지 않았습니다</translation>
    </message>
    <message>
        <source>The record waits on this PC until its file (a recording or a dossier volume) is on the court&apos;s server; nothing is lost.</source>
        <translation>파일(녹음 또는 기록 권)이 법원 서버에 올라갈 때까지 이 항목은 이 컴퓨터에서 기다립니다. 잃어버리는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the rest of the file and then the record. On a metered link, large files wait for an unmetered network.</source>
        <translation>하실 일은 없습니다. courtdesk가 파일의 나머지를 보낸 뒤 항목을 보냅니다. 데이터 요금제 회선에서는 큰 파일을 요금이 없는 네트워크에서 보냅니다.</translation>
    </message>
    <message>
        <source>Its file must be uploaded from this account first</source>
        <translation>딸린 파일을 먼저 이 계정으로 올려야 합니다</translation>
    </message>
    <message>
        <source>The court&apos;s server lets a record name a file only when the person who files it has sent the file itself. The record waits on this PC; nothing is lost.</source>
        <translation>법원 서버는 파일을 직접 올린 사람만 그 파일을 항목에 붙일 수 있게 합니다. 항목은 이 PC에서 기다리며, 잃는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the file again at the next sync, then the record. If the file is no longer on this PC, import it again.</source>
        <translation>하실 일은 없습니다. courtdesk가 다음 동기화 때 파일을 다시 보낸 뒤 항목을 보냅니다. 파일이 이 PC에 더 이상 없으면 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>This change was made by another person</source>
        <translation>이 변경은 다른 사람이 한 것입니다</translation>
    </message>
    <message>
        <source>The court&apos;s server accepts a change only from the person who made it, under their own login. It was not applied and is kept on this PC in the conflict inbox.</source>
        <translation>법원 서버는 변경한 본인이 자신의 로그인으로 보낸 변경만 받습니다. 이 변경은 적용되지 않았으며 이 PC의 충돌 목록에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>The person who made it logs in to courtdesk on this PC and syncs; give the details to court IT if it happens again.</source>
        <translation>변경한 본인이 이 PC에서 courtdesk에 로그인하여 동기화하십시오. 다시 발생하면 자세한 내용을 법원 IT 담당자에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>The court changed this record too</source>
        <translation>법원도 이 항목을 변경했습니다</translation>
    </message>
    <message>
        <source>Both versions are kept: yours on this PC, the court&apos;s on the server. Nothing is lost.</source>
        <translation>두 버전이 모두 보관됩니다. 내 버전은 이 컴퓨터에, 법원 버전은 서버에 있습니다. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <source>Under Sync, compare the two versions and keep one.</source>
        <translation>동기화 화면에서 두 버전을 비교하고 하나를 남기십시오.</translation>
    </message>
    <message>
        <source>The file was not uploaded completely. It stays on this PC and courtdesk sends it again at the next sync.</source>
        <translation>파일이 완전히 올라가지 않았습니다. 파일은 이 컴퓨터에 그대로 있으며 다음 동기화 때 courtdesk가 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing to do now. If it keeps happening, give the details to court IT.</source>
        <translation>지금은 하실 일이 없습니다. 계속 발생하면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>A file arrived damaged at the court&apos;s server</source>
        <translation>파일이 손상된 채 법원 서버에 도착했습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server refused part of an upload</source>
        <translation>법원 서버가 업로드의 일부를 거부했습니다</translation>
    </message>
    <message>
        <source>A file could not be uploaded to the court&apos;s server</source>
        <translation>파일을 법원 서버에 올리지 못했습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this computer&apos;s audit log. Other work synced normally, and the log on this PC is kept.</source>
        <translation>법원 서버가 이 컴퓨터의 감사 로그를 받아들이지 않았습니다. 다른 작업은 정상적으로 동기화되었고 이 컴퓨터의 로그는 보관됩니다.</translation>
    </message>
    <message>
        <source>Tell court IT: they compare the court&apos;s copy with this PC&apos;s (&quot;courtdesk audit verify&quot;).</source>
        <translation>법원 전산 담당자에게 알리십시오. 법원 사본과 이 컴퓨터의 로그를 비교합니다(&quot;courtdesk audit verify&quot;).</translation>
    </message>
    <message>
        <source>This computer&apos;s audit log does not match the court&apos;s copy</source>
        <translation>이 컴퓨터의 감사 로그가 법원 사본과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>Entries are missing from this computer&apos;s audit log</source>
        <translation>이 컴퓨터의 감사 로그에 빠진 항목이 있습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server does not take this computer&apos;s audit log from your account</source>
        <translation>법원 서버가 귀하의 계정으로 보낸 이 컴퓨터의 감사 로그를 받지 않습니다</translation>
    </message>
    <message>
        <source>The court&apos;s server refused this computer&apos;s audit log</source>
        <translation>법원 서버가 이 컴퓨터의 감사 로그를 거부했습니다</translation>
    </message>
    <message>
        <source>Nothing was signed; the record is unchanged.</source>
        <translation>아무것도 서명되지 않았고 조서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The record could not be signed</source>
        <translation>조서에 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>The court seal&apos;s key file cannot be found</source>
        <translation>법원 인장의 키 파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Choose the seal&apos;s .p12 or .pfx file, or ask court IT to correct the path in this PC&apos;s configuration.</source>
        <translation>인장의 .p12 또는 .pfx 파일을 선택하거나, 법원 IT 담당자에게 이 PC 설정의 경로를 바로잡아 달라고 하십시오.</translation>
    </message>
    <message>
        <source>This file is not a seal key file</source>
        <translation>이 파일은 인장 키 파일이 아닙니다</translation>
    </message>
    <message>
        <source>Choose the court seal&apos;s .p12 or .pfx file, not a certificate file.</source>
        <translation>인증서 파일이 아니라 법원 인장의 .p12 또는 .pfx 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Wrong password for the seal key file</source>
        <translation>인장 키 파일의 비밀번호가 틀렸습니다</translation>
    </message>
    <message>
        <source>Type the password again; check the keyboard layout and Caps Lock.</source>
        <translation>비밀번호를 다시 입력하십시오. 자판 배열과 Caps Lock을 확인하십시오.</translation>
    </message>
    <message>
        <source>The USB key&apos;s driver does not work on this PC</source>
        <translation>USB 키 드라이버가 이 PC에서 작동하지 않습니다</translation>
    </message>
    <message>
        <source>Ask court IT to install the USB key&apos;s driver, or to correct the driver named in this PC&apos;s configuration.</source>
        <translation>법원 IT 담당자에게 USB 키 드라이버를 설치하거나 이 PC 설정에 지정된 드라이버를 바로잡아 달라고 하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s USB key is not plugged in</source>
        <translation>법원의 USB 키가 꽂혀 있지 않습니다</translation>
    </message>
    <message>
        <source>Plug in the USB key, wait a moment, and seal again.</source>
        <translation>USB 키를 꽂고 잠시 기다린 뒤 다시 날인하십시오.</translation>
    </message>
    <message>
        <source>Wrong PIN for the USB key</source>
        <translation>USB 키의 PIN이 틀렸습니다</translation>
    </message>
    <message>
        <source>Nothing was signed. Each wrong PIN uses up one of the key&apos;s tries; after the last one it locks.</source>
        <translation>아무것도 서명되지 않았습니다. PIN이 틀릴 때마다 키의 시도 횟수가 하나씩 줄고, 마지막 시도 후에는 잠깁니다.</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. If you are not sure of it, ask court IT before you try again.</source>
        <translation>PIN을 신중히 다시 입력하십시오. 확실하지 않으면 다시 시도하기 전에 법원 IT 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Wrong PIN: only a few tries are left</source>
        <translation>PIN이 틀렸습니다: 남은 시도 횟수가 얼마 없습니다</translation>
    </message>
    <message>
        <source>Nothing was signed. The USB key locks after a few more wrong PINs.</source>
        <translation>아무것도 서명되지 않았습니다. PIN이 몇 번 더 틀리면 USB 키가 잠깁니다.</translation>
    </message>
    <message>
        <source>Check the PIN with court IT before you try again.</source>
        <translation>다시 시도하기 전에 법원 IT 담당자와 PIN을 확인하십시오.</translation>
    </message>
    <message>
        <source>Wrong PIN: one more wrong PIN locks the USB key</source>
        <translation>PIN이 틀렸습니다: 한 번 더 틀리면 USB 키가 잠깁니다</translation>
    </message>
    <message>
        <source>Nothing was signed. The key is not locked yet, but the next wrong PIN locks it.</source>
        <translation>아무것도 서명되지 않았습니다. 키는 아직 잠기지 않았지만 다음에 PIN이 틀리면 잠깁니다.</translation>
    </message>
    <message>
        <source>Do not try again until court IT has confirmed the PIN.</source>
        <translation>법원 IT 담당자가 PIN을 확인하기 전에는 다시 시도하지 마십시오.</translation>
    </message>
    <message>
        <source>The USB key is locked</source>
        <translation>USB 키가 잠겼습니다</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; the key cannot sign until it is unlocked. Nothing was signed.</source>
        <translation>PIN을 너무 많이 틀렸습니다. 잠금이 풀릴 때까지 키로 서명할 수 없습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to unlock it (this needs the key&apos;s administrator PIN or the court&apos;s certificate authority).</source>
        <translation>법원 IT 담당자에게 잠금 해제를 요청하십시오(키의 관리자 PIN 또는 법원 인증기관이 필요합니다).</translation>
    </message>
    <message>
        <source>The PIN was not tried: one more wrong PIN would lock the USB key</source>
        <translation>PIN을 시도하지 않았습니다: 한 번 더 틀리면 USB 키가 잠깁니다</translation>
    </message>
    <message>
        <source>courtdesk does not spend a USB key&apos;s last try. Nothing was signed and the key is not locked.</source>
        <translation>courtdesk는 USB 키의 마지막 시도를 쓰지 않습니다. 아무것도 서명되지 않았고 키는 잠기지 않았습니다.</translation>
    </message>
    <message>
        <source>Confirm the PIN with court IT first, then seal with the key&apos;s own tool, which asks before the last try.</source>
        <translation>먼저 법원 IT 담당자와 PIN을 확인한 다음, 마지막 시도 전에 묻는 키 자체 도구로 날인하십시오.</translation>
    </message>
    <message>
        <source>The seal key is not on this USB key</source>
        <translation>이 USB 키에는 인장 키가 없습니다</translation>
    </message>
    <message>
        <source>Plug in the court&apos;s seal key, or ask court IT to check the key name in this PC&apos;s configuration.</source>
        <translation>법원 인장 키를 꽂거나, 법원 IT 담당자에게 이 PC 설정의 키 이름을 확인해 달라고 하십시오.</translation>
    </message>
    <message>
        <source>Use the court seal&apos;s own key file or USB key; ask court IT if you are not sure which one.</source>
        <translation>법원 인장 자체의 키 파일이나 USB 키를 사용하십시오. 어느 것인지 모르면 법원 IT 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate has expired</source>
        <translation>인장 인증서가 만료되었습니다</translation>
    </message>
    <message>
        <source>A signature made with it would not be valid. Nothing was signed.</source>
        <translation>이것으로 한 서명은 유효하지 않습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s renewed certificate.</source>
        <translation>법원 IT 담당자에게 갱신된 법원 인증서를 요청하십시오.</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate is not valid yet</source>
        <translation>인장 인증서가 아직 유효하지 않습니다</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; if they are right, ask court IT.</source>
        <translation>이 PC의 날짜와 시간을 확인하십시오. 맞다면 법원 IT 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>This certificate may not sign documents</source>
        <translation>이 인증서로는 문서에 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>It lacks the non-repudiation use that a document signature needs. Nothing was signed.</source>
        <translation>문서 서명에 필요한 부인 방지 용도가 없습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>This certificate was not issued by the court&apos;s CA</source>
        <translation>이 인증서는 법원 CA가 발급한 것이 아닙니다</translation>
    </message>
    <message>
        <source>A signature made with it would not verify as the court&apos;s. Nothing was signed.</source>
        <translation>이것으로 한 서명은 법원의 서명으로 검증되지 않습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>The court&apos;s CA certificate cannot be read</source>
        <translation>법원의 CA 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Without it courtdesk cannot check the seal&apos;s certificate. Nothing was signed.</source>
        <translation>이것이 없으면 courtdesk가 인장 인증서를 확인할 수 없습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to check the court CA file named in this PC&apos;s configuration.</source>
        <translation>법원 IT 담당자에게 이 PC 설정에 지정된 법원 CA 파일을 확인해 달라고 하십시오.</translation>
    </message>
    <message>
        <source>Export the official record again and start the signatures on the new file.</source>
        <translation>정식 조서를 다시 내보내고 새 파일에서 서명을 시작하십시오.</translation>
    </message>
    <message>
        <source>The record file cannot be read</source>
        <translation>조서 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>It may be damaged, or changed by another program. Nothing was signed.</source>
        <translation>파일이 손상되었거나 다른 프로그램이 바꾸었을 수 있습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>The record file is protected by a password</source>
        <translation>조서 파일이 비밀번호로 보호되어 있습니다</translation>
    </message>
    <message>
        <source>This box has already been signed</source>
        <translation>이 서명란에는 이미 서명되어 있습니다</translation>
    </message>
    <message>
        <source>A signature is never signed over; the record is unchanged.</source>
        <translation>이미 한 서명 위에 다시 서명하지 않습니다. 조서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Look at the list again: this person has signed.</source>
        <translation>목록을 다시 보십시오. 이 사람은 이미 서명했습니다.</translation>
    </message>
    <message>
        <source>The record has no signature box for this person</source>
        <translation>조서에 이 사람의 서명란이 없습니다</translation>
    </message>
    <message>
        <source>The signed record would replace the record it was made from</source>
        <translation>서명된 조서가 원래 조서를 덮어쓰게 됩니다</translation>
    </message>
    <message>
        <source>courtdesk never writes over a document it signs. Nothing was signed.</source>
        <translation>courtdesk는 서명하는 문서를 덮어쓰지 않습니다. 아무것도 서명되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another file name or folder.</source>
        <translation>다른 파일 이름이나 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The signed record could not be saved</source>
        <translation>서명된 조서를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>The folder may be read-only or the disk full. Nothing was signed; the record is unchanged.</source>
        <translation>폴더가 읽기 전용이거나 디스크가 가득 찼을 수 있습니다. 아무것도 서명되지 않았고 조서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Free some space on the disk, or ask court IT about the folder, then sign again.</source>
        <translation>디스크 공간을 확보하거나 폴더에 대해 법원 IT 담당자에게 문의한 뒤 다시 서명하십시오.</translation>
    </message>
    <message>
        <source>The timestamp server cannot be reached</source>
        <translation>타임스탬프 서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing was signed yet. Without the server the signature carries this PC&apos;s time only until a timestamp is added.</source>
        <translation>아직 서명되지 않았습니다. 서버가 없으면 타임스탬프가 추가될 때까지 서명에는 이 PC의 시간만 담깁니다.</translation>
    </message>
    <message>
        <source>Check the network and seal again; if the server stays down, ask court IT.</source>
        <translation>네트워크를 확인하고 다시 날인하십시오. 서버가 계속 응답하지 않으면 법원 IT 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The timestamp server refused to timestamp</source>
        <translation>타임스탬프 서버가 타임스탬프를 거부했습니다</translation>
    </message>
    <message>
        <source>Try again later, or ask court IT to check the timestamp server.</source>
        <translation>나중에 다시 시도하거나 법원 IT 담당자에게 타임스탬프 서버를 확인해 달라고 하십시오.</translation>
    </message>
    <message>
        <source>The handwritten signature could not be read</source>
        <translation>손글씨 서명을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Have the person sign again on the pad.</source>
        <translation>서명할 사람이 서명판에 다시 서명하게 하십시오.</translation>
    </message>
    <message>
        <source>The signature pad is empty</source>
        <translation>서명판이 비어 있습니다</translation>
    </message>
    <message>
        <source>Have the person sign in the box, then press Sign.</source>
        <translation>서명할 사람이 상자 안에 서명한 뒤 &quot;서명&quot;을 누르게 하십시오.</translation>
    </message>
    <message>
        <source>The SM2 seal was not made; the signed PDF itself is unchanged and valid.</source>
        <translation>SM2 날인은 만들어지지 않았습니다. 서명된 PDF 자체는 바뀌지 않았고 유효합니다.</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s SM2 key and certificate files, or to correct the paths given.</source>
        <translation>법원 IT 담당자에게 법원의 SM2 키와 인증서 파일을 받거나 지정한 경로를 바로잡아 달라고 하십시오.</translation>
    </message>
    <message>
        <source>The SM2 seal could not be made</source>
        <translation>SM2 날인을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>The SM2 key file cannot be used</source>
        <translation>SM2 키 파일을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>The SM2 certificate cannot be read</source>
        <translation>SM2 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The SM2 key does not belong to its certificate</source>
        <translation>SM2 키가 인증서와 맞지 않습니다</translation>
    </message>
    <message>
        <source>Nothing was recorded; the record is unchanged.</source>
        <translation>아무것도 기록되지 않았고 조서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to set up this PC&apos;s signing-station key; until then signatures are taken on another courtroom PC.</source>
        <translation>법원 IT 담당자에게 이 PC의 서명 단말 키를 설정해 달라고 하십시오. 그때까지는 법정의 다른 PC에서 서명을 받으십시오.</translation>
    </message>
    <message>
        <source>The signatures could not be recorded</source>
        <translation>서명을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>This person does not sign this record</source>
        <translation>이 사람은 이 조서의 서명인이 아닙니다</translation>
    </message>
    <message>
        <source>Choose the person from the list of signers.</source>
        <translation>서명인 목록에서 사람을 선택하십시오.</translation>
    </message>
    <message>
        <source>This person has already signed or refused</source>
        <translation>이 사람은 이미 서명했거나 거부했습니다</translation>
    </message>
    <message>
        <source>Look at the list again: it shows what was recorded.</source>
        <translation>목록을 다시 보십시오. 기록된 내용이 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>The record is already sealed</source>
        <translation>조서는 이미 날인되었습니다</translation>
    </message>
    <message>
        <source>No one can sign a sealed record; nothing was recorded.</source>
        <translation>날인된 조서에는 더 이상 서명할 수 없습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Only the clerk or presiding judge may seal</source>
        <translation>서기관이나 재판장만 날인할 수 있습니다</translation>
    </message>
    <message>
        <source>The record was not sealed.</source>
        <translation>조서는 날인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask the case&apos;s clerk or presiding judge to seal it.</source>
        <translation>이 사건의 서기관이나 재판장에게 날인을 요청하십시오.</translation>
    </message>
    <message>
        <source>Not everyone has signed yet</source>
        <translation>아직 모두 서명하지 않았습니다</translation>
    </message>
    <message>
        <source>The court seals last; the record was not sealed.</source>
        <translation>법원은 마지막에 날인합니다. 조서는 날인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Have each waiting person sign, or record their refusal, then seal.</source>
        <translation>대기 중인 사람마다 서명하게 하거나 서명 거부를 기록한 뒤 날인하십시오.</translation>
    </message>
    <message>
        <source>Write down why the person refuses</source>
        <translation>서명을 거부하는 이유를 적으십시오</translation>
    </message>
    <message>
        <source>The note goes on the record; without it nothing was recorded.</source>
        <translation>이 메모는 조서에 기록됩니다. 메모가 없어 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Write the note, then record the refusal again.</source>
        <translation>메모를 적은 뒤 서명 거부를 다시 기록하십시오.</translation>
    </message>
    <message>
        <source>This PC has no signing-station key</source>
        <translation>이 PC에는 서명 단말 키가 없습니다</translation>
    </message>
    <message>
        <source>Signatures on the pad are signed with it, so none can be taken here. Nothing was recorded.</source>
        <translation>서명판의 서명은 이 키로 서명되므로 여기서는 서명을 받을 수 없습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>The signing-station key cannot be opened</source>
        <translation>서명 단말 키를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Its password is not in this PC&apos;s keyring, so no signature can be taken here. Nothing was recorded.</source>
        <translation>이 PC의 키링에 비밀번호가 없어 여기서는 서명을 받을 수 없습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>The record has not been exported for signing yet</source>
        <translation>조서를 아직 서명용으로 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>Export the record as PDF (official copy); the signatures are collected on that file.</source>
        <translation>조서를 PDF(정식본)로 내보내십시오. 서명은 그 파일에 받습니다.</translation>
    </message>
    <message>
        <source>The signed record&apos;s latest file is gone</source>
        <translation>서명된 조서의 최신 파일이 없어졌습니다</translation>
    </message>
    <message>
        <source>It was moved, deleted or changed, and this PC holds no copy of it. Nothing was recorded.</source>
        <translation>파일이 옮겨졌거나 삭제 또는 변경되었고 이 PC에 사본이 없습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was shown on the room screen.</source>
        <translation>회의실 화면에 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cast again. If it happens again, give the details to court IT.</source>
        <translation>다시 화면 전송하십시오. 또 발생하면 세부 정보를 법원 전산 담당자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>The page could not be shown on the room screen</source>
        <translation>이 페이지를 회의실 화면에 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>The room screen shows nothing of yours any more; your documents are unchanged.</source>
        <translation>회의실 화면에는 더 이상 귀하의 내용이 표시되지 않습니다. 문서는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>No room screen answers at that address</source>
        <translation>해당 주소에서 응답하는 회의실 화면이 없습니다</translation>
    </message>
    <message>
        <source>Check the address the room screen shows, and that courtdesk runs there as a receiver.</source>
        <translation>회의실 화면에 표시된 주소를 확인하고, 그 PC에서 courtdesk가 수신 모드로 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>The connection to the room screen was lost</source>
        <translation>회의실 화면과의 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>The room screen&apos;s PC closed, or the network dropped; that screen clears itself. Your documents are unchanged.</source>
        <translation>회의실 화면의 PC가 꺼졌거나 네트워크가 끊겼습니다. 그 화면은 스스로 비워집니다. 문서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the room screen and the network cable, then cast again.</source>
        <translation>회의실 화면과 네트워크 케이블을 확인한 뒤 다시 화면 전송하십시오.</translation>
    </message>
    <message>
        <source>This PC cannot receive casts on that port</source>
        <translation>이 PC는 해당 포트에서 화면 전송을 받을 수 없습니다</translation>
    </message>
    <message>
        <source>Another program may be using the port; the screen shows nothing.</source>
        <translation>다른 프로그램이 이 포트를 사용 중일 수 있습니다. 화면에는 아무것도 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Close that program, or start the receiver with another port.</source>
        <translation>그 프로그램을 닫거나 다른 포트로 수신기를 시작하십시오.</translation>
    </message>
    <message>
        <source>The room screen refused the PIN</source>
        <translation>회의실 화면이 PIN을 거부했습니다</translation>
    </message>
    <message>
        <source>Type the 6 digits the room screen shows now; they change each time it starts.</source>
        <translation>회의실 화면에 지금 표시된 6자리 숫자를 입력하십시오. 시작할 때마다 바뀝니다.</translation>
    </message>
    <message>
        <source>The room screen takes no PIN for a while</source>
        <translation>회의실 화면이 당분간 PIN을 받지 않습니다</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; nothing was shown.</source>
        <translation>잘못된 PIN이 너무 많이 입력되었습니다. 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Wait half a minute, then type the PIN the room screen shows.</source>
        <translation>30초 기다린 후 회의실 화면에 표시된 PIN을 입력하십시오.</translation>
    </message>
    <message>
        <source>This room screen is not the one this PC paired with</source>
        <translation>이 회의실 화면은 이 PC가 페어링했던 화면이 아닙니다</translation>
    </message>
    <message>
        <source>Its certificate changed since the last cast; nothing was sent to it.</source>
        <translation>지난번 화면 전송 이후 인증서가 바뀌었습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>If court IT reinstalled the room&apos;s PC, forget that screen and pair again; otherwise tell court IT at once.</source>
        <translation>법원 전산 담당자가 그 PC를 다시 설치했다면 그 화면을 잊고 다시 페어링하십시오. 그렇지 않으면 즉시 법원 전산 담당자에게 알리십시오.</translation>
    </message>
    <message>
        <source>The screen found on the network did not answer at its address</source>
        <translation>네트워크에서 찾은 화면이 해당 주소에서 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>Another machine answered there with another certificate; nothing was sent and your PIN was not used.</source>
        <translation>다른 인증서를 가진 다른 기기가 응답했습니다. 아무것도 보내지 않았고 PIN도 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Type the address the room screen itself shows. If it happens again, tell court IT: something may pose as the room screen.</source>
        <translation>회의실 화면에 표시된 주소를 직접 입력하십시오. 다시 발생하면 법원 IT 담당자에게 알리십시오. 무언가가 회의실 화면을 사칭하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>A screen region is not cast to a public screen unchecked</source>
        <translation>화면 영역은 확인 없이 공개 화면에 송출하지 않습니다</translation>
    </message>
    <message>
        <source>Pixels cannot be redacted like a document; nothing was shown.</source>
        <translation>화면 픽셀은 문서처럼 가릴 수 없습니다. 아무것도 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cast the document itself (it is redacted for the public), or check that the region shows no ID, phone or bank-card numbers and confirm.</source>
        <translation>문서 자체를 송출하거나(공개 화면에는 가림 처리됨), 해당 영역에 주민등록번호, 전화번호, 카드번호가 없는지 확인한 뒤 승인하십시오.</translation>
    </message>
    <message>
        <source>This PC&apos;s screen cannot be captured</source>
        <translation>이 PC의 화면을 캡처할 수 없습니다</translation>
    </message>
    <message>
        <source>No picture of the region could be taken; nothing was shown.</source>
        <translation>해당 영역의 화면을 가져오지 못했습니다. 아무것도 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose a region inside the screen. On a Wayland desktop, log in to an X11 session to cast a screen region.</source>
        <translation>화면 안의 영역을 선택하십시오. Wayland 데스크톱에서는 X11 세션으로 로그인해야 화면 영역을 송출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Someone else is presenting on that screen</source>
        <translation>다른 사람이 그 화면에서 발표 중입니다</translation>
    </message>
    <message>
        <source>One person presents at a time; nothing of yours was shown.</source>
        <translation>한 번에 한 사람만 발표할 수 있습니다. 귀하의 내용은 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask them to stop presenting, or choose another screen.</source>
        <translation>그 사람에게 발표를 멈추도록 요청하거나 다른 화면을 선택하십시오.</translation>
    </message>
    <message>
        <source>The room screen refused the document</source>
        <translation>회의실 화면이 문서를 거부했습니다</translation>
    </message>
    <message>
        <source>The copy it received did not match the document; nothing of it was shown.</source>
        <translation>받은 사본이 문서와 일치하지 않았습니다. 문서의 어떤 내용도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>This document cannot be shown on a public screen yet</source>
        <translation>이 문서는 아직 공개 화면에 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>A scanned page has not been read by OCR, so ID, phone and bank card numbers on it cannot be removed; nothing was shown.</source>
        <translation>스캔한 페이지가 아직 OCR로 인식되지 않아 그 안의 신분증 번호, 전화번호, 은행 카드 번호를 삭제할 수 없습니다. 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Run OCR on the document in the dossier, then cast again, or choose a screen that is not public.</source>
        <translation>전자기록에서 해당 문서를 OCR로 인식한 후 다시 전송하거나, 공개되지 않은 화면을 선택하십시오.</translation>
    </message>
    <message>
        <source>The room screen&apos;s window cannot open</source>
        <translation>회의실 화면의 창을 열 수 없습니다</translation>
    </message>
    <message>
        <source>There is no display or no such screen on this PC; no one can cast here.</source>
        <translation>이 PC에 디스플레이가 없거나 해당 화면이 없습니다. 여기로 전송할 수 없습니다.</translation>
    </message>
    <message>
        <source>Connect and switch on the room screen, start the receiver in the PC&apos;s desktop session or with another screen number, or ask court IT.</source>
        <translation>회의실 화면을 연결하고 켠 다음, PC의 데스크톱 세션에서 또는 다른 화면 번호로 수신기를 시작하거나 법원 IT 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>A deliberation is never cast</source>
        <translation>합의는 송출할 수 없습니다</translation>
    </message>
    <message>
        <source>What the panel says in deliberation is confidential; no captions were sent to any screen.</source>
        <translation>재판부의 합의 내용은 비공개이므로 어떤 화면에도 자막을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Cast captions of a hearing instead.</source>
        <translation>자막은 재판에 대해서만 송출할 수 있습니다.</translation>
    </message>
    <message>
        <source>The room screen runs another version of courtdesk</source>
        <translation>회의실 화면은 다른 버전의 courtdesk를 실행하고 있습니다</translation>
    </message>
    <message>
        <source>The two cannot cast to each other; nothing was shown.</source>
        <translation>두 PC 사이에 화면을 전송할 수 없습니다. 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to update courtdesk on this PC or on the room&apos;s PC.</source>
        <translation>법원 전산 담당자에게 이 PC 또는 회의실 PC의 courtdesk 업데이트를 요청하십시오.</translation>
    </message>
    <message>
        <source>Your cases and hearings are not affected.</source>
        <translation>사건과 재판에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>The law library could not do that</source>
        <translation>법령 자료실에서 그 작업을 할 수 없습니다</translation>
    </message>
    <message>
        <source>The law library file cannot be read</source>
        <translation>법령 자료실 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Statute search and article links are unavailable on this PC until the library is replaced. Your cases and hearings are not affected.</source>
        <translation>자료실이 교체될 때까지 이 PC에서는 법령 검색과 조문 링크를 쓸 수 없습니다. 사건과 재판에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to publish the court&apos;s law library again (it arrives at the next sync) or to import the laws anew.</source>
        <translation>법원 IT 담당자에게 법원 법령 자료실을 다시 배포하거나(다음 동기화 때 도착합니다) 법령을 다시 가져오도록 요청하십시오.</translation>
    </message>
    <message>
        <source>The law library received from the court&apos;s server was damaged</source>
        <translation>법원 서버에서 받은 법령 자료실이 손상되었습니다</translation>
    </message>
    <message>
        <source>It was not installed; this PC keeps its current law library.</source>
        <translation>설치하지 않았습니다. 이 PC는 현재 법령 자료실을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>Sync again later. If it happens again, tell court IT: the library on the server may need to be published again.</source>
        <translation>나중에 다시 동기화하십시오. 계속되면 법원 IT 담당자에게 알리십시오. 서버의 자료실을 다시 배포해야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The court&apos;s new law library could not be installed</source>
        <translation>법원의 새 법령 자료실을 설치할 수 없습니다</translation>
    </message>
    <message>
        <source>This PC&apos;s law library file cannot be written (it may be installed for the whole PC, read-only); the current library stays in use.</source>
        <translation>이 PC의 법령 자료실 파일에 쓸 수 없습니다(PC 전체용 읽기 전용으로 설치되었을 수 있습니다). 현재 자료실을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>Ask court IT to update the law library file of this PC, or to make it writable.</source>
        <translation>법원 IT 담당자에게 이 PC의 법령 자료실 파일을 갱신하거나 쓸 수 있게 해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The server refused the file: it is not a law library</source>
        <translation>서버가 파일을 거부했습니다: 법령 자료실이 아닙니다</translation>
    </message>
    <message>
        <source>Nothing was published; the laptops keep the library they have.</source>
        <translation>아무것도 배포되지 않았습니다. 노트북들은 지금의 자료실을 계속 씁니다.</translation>
    </message>
    <message>
        <source>Publish the law library of a PC where statute search works (courtdesk laws publish).</source>
        <translation>법령 검색이 되는 PC의 법령 자료실을 배포하십시오(courtdesk laws publish).</translation>
    </message>
    <message>
        <source>The court&apos;s server refused to publish: the account is not court IT there</source>
        <translation>법원 서버가 게시를 거부했습니다: 이 계정은 서버에서 법원 IT 관리자가 아닙니다</translation>
    </message>
    <message>
        <source>Log in with the court IT account of the court&apos;s server.</source>
        <translation>법원 서버의 IT 관리자 계정으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>The court&apos;s server failed while taking the law library</source>
        <translation>법원 서버가 법령집을 받는 중 오류가 났습니다</translation>
    </message>
    <message>
        <source>Publish again later. If it fails again, the server&apos;s log says why (give it the details below).</source>
        <translation>잠시 후 다시 게시하십시오. 또 실패하면 서버 로그에 원인이 있습니다(아래 세부 정보를 함께 전달하십시오).</translation>
    </message>
    <message>
        <source>Check the server&apos;s address and this PC&apos;s network, then publish again.</source>
        <translation>서버 주소와 이 PC의 네트워크를 확인한 뒤 다시 게시하십시오.</translation>
    </message>
    <message>
        <source>The court has not published a law library</source>
        <translation>법원이 법령 자료실을 배포하지 않았습니다</translation>
    </message>
    <message>
        <source>This PC keeps the law library it has.</source>
        <translation>이 PC는 지금의 법령 자료실을 계속 씁니다.</translation>
    </message>
    <message>
        <source>Court IT can publish one with courtdesk laws publish.</source>
        <translation>법원 IT 담당자가 courtdesk laws publish로 배포할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EvidencePagesDialog</name>
    <message>
        <source>Show pages to court</source>
        <translation>법정에 페이지 표시</translation>
    </message>
    <message>
        <source>Only these pages of “%1” will be on the room screen; the other pages stay on your screen only.</source>
        <translation>법정 화면에는 “%1”의 이 페이지들만 표시되고, 다른 페이지는 내 화면에만 보입니다.</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>시작 쪽</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>끝 쪽</translation>
    </message>
    <message>
        <source>Show to court</source>
        <translation>법정에 표시</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>FactsDateDialog</name>
    <message>
        <source>Type the date as year-month-day, e.g. 2022-05-01.</source>
        <translation>날짜를 연-월-일 형식으로 입력하십시오(예: 2022-05-01).</translation>
    </message>
    <message>
        <source>The facts cannot have happened after today.</source>
        <translation>사실 발생일은 오늘 이후일 수 없습니다.</translation>
    </message>
    <message>
        <source>When the facts happened</source>
        <translation>사실 발생일</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date: article links, the laws panel and the law library opened from the case show that version.</source>
        <translation>이 사건에서는 이 날짜에 시행 중인 법령을 인용합니다. 조문 링크, 법령 패널, 이 사건에서 연 법령 라이브러리가 그 판을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Not known (cite today&apos;s law)</source>
        <translation>미상(현행 법령 인용)</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>달력에서 날짜 선택</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start — courtdesk</source>
        <translation>처음 시작 — courtdesk</translation>
    </message>
    <message>
        <source>Create the first court IT administrator</source>
        <translation>첫 번째 법원 전산 관리자 만들기</translation>
    </message>
    <message>
        <source>This local store has no accounts yet. Create the account of the court IT administrator, who then creates the accounts of clerks and judges. The administrator manages accounts and this computer but does not read case content.</source>
        <translation>이 로컬 저장소에는 아직 계정이 없습니다. 먼저 법원 전산 관리자 계정을 만드십시오. 전산 관리자가 서기관과 판사의 계정을 만듭니다. 관리자는 계정과 이 컴퓨터를 관리하지만 사건 내용은 열람하지 않습니다.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>HearingCaptions</name>
    <message>
        <source>Captions stopped: the room screen is clear.</source>
        <translation>자막 송출을 중지했습니다. 회의실 화면이 비워졌습니다.</translation>
    </message>
    <message>
        <source>Stop captions</source>
        <translation>자막 송출 중지</translation>
    </message>
    <message>
        <source>Cast captions…</source>
        <translation>자막 송출…</translation>
    </message>
    <message>
        <source>Clear the room screen of this hearing&apos;s captions</source>
        <translation>회의실 화면에서 이 재판의 자막을 지웁니다</translation>
    </message>
    <message>
        <source>Show this hearing&apos;s live transcript, with speakers&apos; roles, on a room screen</source>
        <translation>이 재판의 실시간 기록을 발언자 역할과 함께 회의실 화면에 표시합니다</translation>
    </message>
    <message>
        <source>Captions on “%1”</source>
        <translation>“%1”에 자막 송출 중</translation>
    </message>
</context>
<context>
    <name>HearingErrors</name>
    <message>
        <source>The disk is full: recording stopped</source>
        <translation>디스크가 가득 차서 녹음이 중지되었습니다</translation>
    </message>
    <message>
        <source>Everything recorded up to that moment is kept in this hearing.</source>
        <translation>그때까지 녹음된 내용은 모두 이 재판에 보존되어 있습니다.</translation>
    </message>
    <message>
        <source>Free space on the disk (or ask court IT), then press Start to continue the same hearing.</source>
        <translation>디스크 공간을 확보한 뒤(또는 법원 전산 담당자에게 문의) 녹음 시작을 눌러 같은 재판을 이어서 녹음하십시오.</translation>
    </message>
    <message>
        <source>The microphone input cannot be used</source>
        <translation>마이크 입력을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Recording did not start, or stopped, on this input. Audio captured before the problem is kept.</source>
        <translation>이 입력에서 녹음이 시작되지 않았거나 중단되었습니다. 문제 발생 전에 녹음된 음성은 보존되어 있습니다.</translation>
    </message>
    <message>
        <source>Check the cable and the mixer, then press Start again. Court IT sets the input in the machine configuration; &quot;courtdesk doctor&quot; lists the devices.</source>
        <translation>케이블과 믹서를 확인한 뒤 녹음 시작을 다시 누르십시오. 입력 장치는 법원 전산 담당자가 이 컴퓨터의 설정에서 지정하며, &quot;courtdesk doctor&quot;로 장치 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>This audio file cannot be transcribed</source>
        <translation>이 오디오 파일은 받아쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing was added to the hearing.</source>
        <translation>재판에 아무것도 추가되지 않았습니다.</translation>
    </message>
    <message>
        <source>Use a WAV, FLAC or OGG file with speech sampled at 8000 Hz or more (16000 Hz is best).</source>
        <translation>샘플링 주파수가 8000 Hz 이상(16000 Hz 권장)인 WAV, FLAC 또는 OGG 파일을 사용하십시오.</translation>
    </message>
    <message>
        <source>The speech model is missing or damaged</source>
        <translation>음성 인식 모델이 없거나 손상되었습니다</translation>
    </message>
    <message>
        <source>Audio is recorded in full, but no text is recognized until a speech model is installed.</source>
        <translation>음성은 모두 녹음되지만, 음성 인식 모델을 설치하기 전까지는 글자로 인식되지 않습니다.</translation>
    </message>
    <message>
        <source>Ask court IT to install the speech model (&quot;courtdesk models install&quot;); &quot;courtdesk doctor&quot; checks it.</source>
        <translation>법원 전산 담당자에게 음성 인식 모델 설치를 요청하십시오(&quot;courtdesk models install&quot;). &quot;courtdesk doctor&quot;로 점검할 수 있습니다.</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>녹음에 실패했습니다</translation>
    </message>
    <message>
        <source>Audio captured before the problem is kept.</source>
        <translation>문제 발생 전에 녹음된 음성은 보존되어 있습니다.</translation>
    </message>
    <message>
        <source>Press Start to continue in the same hearing. If it happens again, ask court IT.</source>
        <translation>녹음 시작을 누르면 같은 재판에서 이어서 녹음합니다. 다시 발생하면 법원 전산 담당자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones found</source>
        <translation>스피커나 헤드폰을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>This computer has no audio output, so recordings cannot be played here. The recording itself is not affected.</source>
        <translation>이 컴퓨터에는 오디오 출력 장치가 없어 여기에서 녹음을 재생할 수 없습니다. 녹음 자체에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Connect speakers or headphones, or ask court IT to enable sound output.</source>
        <translation>스피커나 헤드폰을 연결하거나, 법원 전산 담당자에게 소리 출력을 켜 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The record could not be exported</source>
        <translation>조서를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>파일이 저장되지 않았으며, 재판 조서는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another folder and try again; the details say what the system reported.</source>
        <translation>다른 폴더를 선택해 다시 시도하십시오. 자세한 정보에 시스템이 알린 원인이 있습니다.</translation>
    </message>
    <message>
        <source>The export folder does not exist</source>
        <translation>내보낼 폴더가 없습니다</translation>
    </message>
    <message>
        <source>The folder was removed, renamed or is on a USB stick that is no longer plugged in. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>폴더가 삭제되었거나 이름이 바뀌었거나, 뽑힌 USB 메모리에 있습니다. 파일은 저장되지 않았으며 재판 기록은 그대로입니다.</translation>
    </message>
    <message>
        <source>Export again and choose a folder that exists (the dialog can create a new one).</source>
        <translation>다시 내보내면서 있는 폴더를 선택하십시오(대화 상자에서 새 폴더를 만들 수 있습니다).</translation>
    </message>
    <message>
        <source>This folder cannot be written to</source>
        <translation>이 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>It is read-only (a write-protected USB stick, a CD) or your account may not write there. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>읽기 전용(쓰기 방지된 USB 메모리, CD)이거나 계정에 쓰기 권한이 없습니다. 파일은 저장되지 않았으며 재판 기록은 그대로입니다.</translation>
    </message>
    <message>
        <source>Export again into your Documents folder or another folder of yours, or unlock the USB stick&apos;s write protection.</source>
        <translation>문서 폴더나 본인의 다른 폴더로 다시 내보내거나, USB 메모리의 쓰기 방지를 해제하십시오.</translation>
    </message>
    <message>
        <source>The disk is full: the record did not fit</source>
        <translation>디스크가 가득 차서 조서를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The disk or USB stick has no room left for the file. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>디스크나 USB 메모리에 파일을 저장할 공간이 없습니다. 파일은 저장되지 않았으며 재판 기록은 그대로입니다.</translation>
    </message>
    <message>
        <source>Free space on it, or export again onto another disk.</source>
        <translation>공간을 확보하거나 다른 디스크로 다시 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>HearingPicker</name>
    <message>
        <source>Case:</source>
        <translation>사건:</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>재판:</translation>
    </message>
    <message>
        <source>Choose a case…</source>
        <translation>사건을 선택하십시오…</translation>
    </message>
    <message>
        <source>No hearing yet</source>
        <translation>아직 재판이 없습니다</translation>
    </message>
</context>
<context>
    <name>HearingSetup</name>
    <message>
        <source>Trial hearing</source>
        <translation>변론</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>조정</translation>
    </message>
    <message>
        <source>Pronouncement</source>
        <translation>선고</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>심문</translation>
    </message>
    <message>
        <source>Panel deliberation</source>
        <translation>합의</translation>
    </message>
</context>
<context>
    <name>HearingSetupDialog</name>
    <message>
        <source>Hearing details</source>
        <translation>재판 정보</translation>
    </message>
    <message>
        <source>New deliberation</source>
        <translation>새 합의</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>새 재판</translation>
    </message>
    <message>
        <source>%1 %2: the record prints what you enter here.</source>
        <translation>%1 %2: 여기에 입력한 내용이 조서에 그대로 기재됩니다.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>기일 종류:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>일시:</translation>
    </message>
    <message>
        <source>e.g. First hearing</source>
        <translation>예: 제1차 변론</translation>
    </message>
    <message>
        <source>e.g. Courtroom 3</source>
        <translation>예: 제3법정</translation>
    </message>
    <message>
        <source>Who appeared (untick those absent)</source>
        <translation>출석한 사람 (불출석자는 체크 해제)</translation>
    </message>
    <message>
        <source>Agent ad litem %1</source>
        <translation>소송대리인 %1</translation>
    </message>
    <message>
        <source>This case has no parties yet: write who appeared below.</source>
        <translation>이 사건에는 아직 당사자가 없습니다. 출석한 사람을 아래에 적으십시오.</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>그 밖의 출석자:</translation>
    </message>
    <message>
        <source>e.g. witness Cui, interpreter Kim</source>
        <translation>예: 증인 최○○ 출석, 통역인 김○○ 출석</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <source>Create deliberation</source>
        <translation>합의 만들기</translation>
    </message>
    <message>
        <source>Create hearing</source>
        <translation>재판 만들기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>HearingWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>녹음 시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing…</source>
        <translation>오디오 파일을 이 재판에 받아쓰기…</translation>
    </message>
    <message>
        <source>Play the file at real-time speed</source>
        <translation>파일을 실제 속도로 재생</translation>
    </message>
    <message>
        <source>Voice commands</source>
        <translation>음성 명령</translation>
    </message>
    <message>
        <source>Listen for spoken commands (start, pause, mark, next page) on the first microphone; applies from the next start.</source>
        <translation>첫 번째 마이크에서 음성 명령(시작, 일시 정지, 표시, 다음 페이지)을 듣습니다. 다음 녹음 시작부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>The record can be exported once speech recognition has finished the recording.</source>
        <translation>음성 인식이 녹음 처리를 마치면 기록을 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>오디오 파일…</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>구간 수정</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>구간 삭제</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>커서 위치에서 나누기</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>다음 구간과 합치기</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>발언 아님(조서에서 제외)</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>찾아 바꾸기…</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>조서 내보내기</translation>
    </message>
    <message>
        <source>Record as PDF (official copy)…</source>
        <translation>조서 PDF (정본)…</translation>
    </message>
    <message>
        <source>Review copy as PDF (times and edit marks)…</source>
        <translation>검토본 PDF (시각·수정 표시 포함)…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>일반 텍스트…</translation>
    </message>
    <message>
        <source>Subtitles (SRT)…</source>
        <translation>자막(SRT)…</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>서명…</translation>
    </message>
    <message>
        <source>Who has signed the exported record; take signatures on the pad, record refusals, seal.</source>
        <translation>내보낸 조서에 누가 서명했는지 보고, 서명판으로 서명을 받고, 서명 거부를 기록하고, 날인합니다.</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>새 재판</translation>
    </message>
    <message>
        <source>Start deliberation</source>
        <translation>합의 시작</translation>
    </message>
    <message>
        <source>Hearing details…</source>
        <translation>재판 정보…</translation>
    </message>
    <message>
        <source>Correct this hearing&apos;s title, session, room, time and who appeared; the record prints them.</source>
        <translation>이 재판의 제목, 기일 종류, 장소, 시간과 출석한 사람을 고칩니다. 조서에 그대로 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Record a confidential deliberation of the panel; only the judges of the case can open it.</source>
        <translation>재판부의 비공개 합의를 녹음합니다. 이 사건의 판사만 열어 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>발언자:</translation>
    </message>
    <message>
        <source>By microphone</source>
        <translation>마이크별</translation>
    </message>
    <message>
        <source>Mark this moment</source>
        <translation>이 시점 표시</translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation>● 녹음 중 %1</translation>
    </message>
    <message>
        <source>❚❚ Paused %1</source>
        <translation>❚❚ 일시 정지 %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>녹음하지 않음</translation>
    </message>
    <message>
        <source>New note (at the moment you start writing)</source>
        <translation>새 메모(작성을 시작한 시각으로 기록)</translation>
    </message>
    <message>
        <source>Note at %1 of the hearing</source>
        <translation>재판 %1 시점의 메모</translation>
    </message>
    <message>
        <source>Use the current time</source>
        <translation>현재 시각으로</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>메모 추가(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>What happened, in your words: e.g. the plaintiff&apos;s agent shows exhibit 3, the original of the loan contract.</source>
        <translation>있었던 일을 적으십시오. 예: 원고 대리인이 증거 3(대여 계약서 원본)을 제시함.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (mic %2)</source>
        <translation>%1 (마이크 %2)</translation>
    </message>
    <message>
        <source>Capture: %1 blocks not recorded, %2 input overflows.</source>
        <translation>수집: 녹음되지 않은 블록 %1개, 입력 오버플로 %2회.</translation>
    </message>
    <message>
        <source>Recognition skipped %1 s on %2.</source>
        <translation>%2에서 인식이 %1초를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>(silence)</source>
        <translation>(무음)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>and %1 earlier problems</source>
        <translation>이전 문제 %1건 더</translation>
    </message>
    <message>
        <source>Loading the speech model…</source>
        <translation>음성 인식 모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Preparing the recording…</source>
        <translation>녹음을 준비하는 중…</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>조서를 저장하는 중…</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>재판</translation>
    </message>
    <message>
        <source>Hearing details saved: %1</source>
        <translation>재판 정보를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing</source>
        <translation>오디오 파일을 이 재판에 받아쓰기</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg)</source>
        <translation>오디오 파일 (*.wav *.flac *.ogg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Speaker from now on: %1</source>
        <translation>지금부터 발언자: %1</translation>
    </message>
    <message>
        <source>by microphone</source>
        <translation>마이크별 구분</translation>
    </message>
    <message>
        <source>%1 is back; recording again.</source>
        <translation>%1이(가) 다시 연결되어 녹음을 계속합니다.</translation>
    </message>
    <message>
        <source>Notes cannot be written here: %1 is not put in.</source>
        <translation>여기에는 메모를 쓸 수 없어 %1을(를) 넣지 않았습니다.</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>메모에 인용했습니다: %1</translation>
    </message>
    <message>
        <source>F9 start / pause · F10 stop · Ctrl+1…6 speaker · Ctrl+M mark · F2 edit · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+H replace · Del delete · Ctrl+Shift+S split · Ctrl+Shift+M merge · Ctrl+Shift+N not spoken</source>
        <translation>F9 시작/일시 정지 · F10 중지 · Ctrl+1…6 발언자 · Ctrl+M 표시 · F2 수정 · Ctrl+Z 실행 취소 · Ctrl+Shift+Z 다시 실행 · Ctrl+H 바꾸기 · Del 삭제 · Ctrl+Shift+S 나누기 · Ctrl+Shift+M 합치기 · Ctrl+Shift+N 발언 아님</translation>
    </message>
    <message>
        <source>%1 segments were added from the recording.</source>
        <translation>녹음에서 %1개 구간을 추가했습니다.</translation>
    </message>
    <message>
        <source>Recording stopped. Everything recorded is saved.</source>
        <translation>녹음이 중지되었습니다. 녹음된 내용은 모두 저장되었습니다.</translation>
    </message>
    <message>
        <source>Voice command: %1 (heard “%2”)</source>
        <translation>음성 명령: %1 (“%2” 인식)</translation>
    </message>
    <message>
        <source>Choose a case and a hearing above, or open one from Cases → Hearings. “New hearing” adds today&apos;s hearing; F9 starts recording.</source>
        <translation>위에서 사건과 재판을 선택하거나, 사건 → 개정 탭에서 여십시오. “새 재판”은 오늘의 재판을 추가하고, F9를 누르면 녹음이 시작됩니다.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>조서</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Click a note, or a segment&apos;s time, to hear the recording there.</source>
        <translation>메모나 구간의 시각을 클릭하면 그 부분의 녹음을 들을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Speech recognition is finishing the recording: %1 of audio left. The record can be exported when it is done.</source>
        <translation>음성 인식이 녹음의 나머지를 처리하고 있습니다: 남은 오디오 %1. 끝나면 기록을 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>courtdesk closes when it is done.</source>
        <translation>끝나면 courtdesk가 닫힙니다.</translation>
    </message>
    <message>
        <source>%1 stretches (%2 in all) were recorded but not recognized live. Their audio is in the recording.</source>
        <translation>%1개 구간(모두 %2)이 녹음되었지만 실시간으로 인식되지 않았습니다. 그 음성은 녹음에 있습니다.</translation>
    </message>
    <message>
        <source>Transcribing the missing parts from the recording: %1 of %2 stretches done…</source>
        <translation>녹음에서 빠진 부분을 전사하는 중: %2개 구간 중 %1개 완료…</translation>
    </message>
    <message>
        <source>Transcribe the missing parts</source>
        <translation>빠진 부분 전사</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>중국어(표준어)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>No signal: check this microphone&apos;s cable and its switch on the mixer</source>
        <translation>신호 없음: 이 마이크의 케이블과 믹서의 스위치를 확인하십시오</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>신호 있음</translation>
    </message>
    <message>
        <source>Microphone input:</source>
        <translation>마이크 입력:</translation>
    </message>
    <message>
        <source>As configured (%1)</source>
        <translation>설정대로(%1)</translation>
    </message>
    <message>
        <source>System default input</source>
        <translation>시스템 기본 입력</translation>
    </message>
    <message>
        <source>No speech model for %1 hearings is installed: audio is recorded, text comes later</source>
        <translation>%1 재판용 음성 모델 없음: 녹음은 되고 텍스트는 나중에 만들어집니다</translation>
    </message>
    <message>
        <source>Speech model: %1</source>
        <translation>음성 모델: %1</translation>
    </message>
    <message>
        <source>No speech model installed: audio is recorded, text comes later</source>
        <translation>음성 모델 없음: 녹음은 되고 텍스트는 나중에 만들어집니다</translation>
    </message>
    <message>
        <source>This input cannot be opened: no level can be shown and recording would fail. Check the cable, or choose another input.</source>
        <translation>이 입력을 열 수 없습니다: 음량을 표시할 수 없고 녹음도 실패합니다. 케이블을 확인하거나 다른 입력을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation>서기관</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>판사</translation>
    </message>
    <message>
        <source>Presiding judge</source>
        <translation>재판장</translation>
    </message>
    <message>
        <source>People&apos;s assessor</source>
        <translation>인민배심원</translation>
    </message>
    <message>
        <source>Court IT administrator</source>
        <translation>법원 전산 관리자</translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation>원고</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>피고</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>제3자</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>항소인</translation>
    </message>
    <message>
        <source>Appellee</source>
        <translation>피항소인</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>자연인</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>법인</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>심리 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>심리 중지</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보존</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>합의</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>개정 중</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>녹음됨</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>증인</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>감정인</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>통역인</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>This PC only</source>
        <translation>이 PC에만</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>미동기화</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>key in system keyring</source>
        <translation>시스템 키링의 키</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Case member</source>
        <translation>사건 담당자</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>재판</translation>
    </message>
    <message>
        <source>Dossier volume</source>
        <translation>기록 권</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Part of a recording</source>
        <translation>녹음 일부</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>조서 문장</translation>
    </message>
    <message>
        <source>Hearing note</source>
        <translation>재판 메모</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>목차 항목</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>사건번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>사건명</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>법원</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>절차</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Facts happened on</source>
        <translation>사실 발생일</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>사건 개요</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>사건 내 역할</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>소송상 지위</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름(명칭)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>법무법인</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>예정 일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Closed to the public</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>수정한 내용</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>공유 여부</translation>
    </message>
    <message>
        <source>Position on the page</source>
        <translation>쪽 위의 위치</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>첫 쪽</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>마지막 쪽</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>문서 종류</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>권</translation>
    </message>
</context>
<context>
    <name>LawImport</name>
    <message>
        <source>no article markers (第…条): not imported</source>
        <translation>조문 표시(第…条)가 없어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>this law and version is already in the library from another file with different text: not imported</source>
        <translation>같은 법령·같은 버전이 다른 파일(내용이 다름)에서 이미 들어와 있어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>this article is already in the library from another part of the law: not imported</source>
        <translation>이 조문은 같은 법령의 다른 편에서 이미 들어와 있어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>malformed heading: ignored</source>
        <translation>제목 형식이 잘못되어 무시했습니다</translation>
    </message>
    <message>
        <source>headings with no article under them</source>
        <translation>아래에 조문이 없는 제목이 있습니다</translation>
    </message>
    <message>
        <source>malformed article number: kept as text of the article before it</source>
        <translation>조문 번호 형식이 잘못되어 앞 조문의 내용으로 두었습니다</translation>
    </message>
    <message>
        <source>article number repeated: kept as text of the article before it</source>
        <translation>조문 번호가 중복되어 앞 조문의 내용으로 두었습니다</translation>
    </message>
    <message>
        <source>article numbers out of order: kept as text of the article before it</source>
        <translation>조문 번호 순서가 맞지 않아 앞 조문의 내용으로 두었습니다</translation>
    </message>
    <message>
        <source>full-width digits in an article number (read correctly)</source>
        <translation>조문 번호에 전각 숫자가 있습니다(올바르게 읽음)</translation>
    </message>
    <message>
        <source>a space inside an article marker (read correctly)</source>
        <translation>조문 표시 안에 공백이 있습니다(올바르게 읽음)</translation>
    </message>
    <message>
        <source>no title line: not imported</source>
        <translation>제목 줄이 없어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>more than two title lines: the others were ignored</source>
        <translation>제목 줄이 두 줄을 넘어 나머지는 무시했습니다</translation>
    </message>
    <message>
        <source>no date in the preamble or file name: this version is never chosen by date</source>
        <translation>머리말과 파일 이름에 날짜가 없어 날짜로 버전을 고를 때 선택되지 않습니다</translation>
    </message>
    <message>
        <source>empty file: not imported</source>
        <translation>빈 파일이라 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the file cannot be read: not imported</source>
        <translation>파일을 읽을 수 없어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>not UTF-8 text (saved as GBK?): not imported</source>
        <translation>UTF-8 텍스트가 아니어서(GBK로 저장?) 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>%1 files: %2 imported, %3 replaced, %4 already in the library, %5 duplicates, %6 failed; %7 articles added.</source>
        <translation>파일 %1개: 가져옴 %2, 바꿈 %3, 이미 있음 %4, 중복 %5, 실패 %6; 조문 %7개 추가.</translation>
    </message>
    <message>
        <source>Skipped files:</source>
        <translation>가져오지 않은 파일:</translation>
    </message>
    <message>
        <source>Imported, but look at:</source>
        <translation>가져왔지만 확인할 것:</translation>
    </message>
    <message>
        <source>Import laws</source>
        <translation>법령 가져오기</translation>
    </message>
    <message>
        <source>Importing laws into this PC&apos;s library…</source>
        <translation>이 PC의 법령집으로 법령을 가져오는 중…</translation>
    </message>
    <message>
        <source>The import is done. The library is not yet the court&apos;s: publish it to send it to the laptops.</source>
        <translation>가져오기가 끝났습니다. 아직 법원의 법령집이 아닙니다: 게시해야 노트북들로 보내집니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LawLinks</name>
    <message>
        <source>Not yet in force on the facts&apos; date %1: shown in its first version, of %2</source>
        <translation>사실 발생일 %1에는 아직 시행 전: 가장 이른 판(%2)을 표시합니다</translation>
    </message>
    <message>
        <source>Version in force on the facts&apos; date %1 (version of %2)</source>
        <translation>사실 발생일 %1에 시행 중인 판(%2 판)</translation>
    </message>
    <message>
        <source>Version of %1, adopted on %1 (the library has no in-force date for it)</source>
        <translation>%1 버전, %1 의결(법령집에 시행일이 없음)</translation>
    </message>
    <message>
        <source>Version of %1, in force from %2</source>
        <translation>%1 개정본, %2부터 시행</translation>
    </message>
    <message>
        <source>“%1” is not found in the law library.</source>
        <translation>법령 자료에서 “%1”을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Click to open the article.</source>
        <translation>클릭하면 조문을 엽니다.</translation>
    </message>
    <message>
        <source>Open in the law library</source>
        <translation>법령에서 열기</translation>
    </message>
    <message>
        <source>The whole law at this article, with its outline and versions</source>
        <translation>이 조문에서 법령 전체를 목차·개정본과 함께 봅니다</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>메모에 인용</translation>
    </message>
    <message>
        <source>Insert the law&apos;s name, the article&apos;s number and the version&apos;s date into the note being written.</source>
        <translation>법령 이름, 조문 번호와 개정일을 작성 중인 메모에 넣습니다.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Articles cited in this deliberation</source>
        <translation>이번 합의에서 인용한 조문</translation>
    </message>
    <message>
        <source>Articles cited in the transcript are listed here, each once.</source>
        <translation>녹취록에서 인용한 조문이 여기에 한 번씩 나열됩니다.</translation>
    </message>
    <message>
        <source>Version of %1 (the facts&apos; date)</source>
        <translation>%1 판(사실 발생일 기준)</translation>
    </message>
    <message>
        <source>Today&apos;s text (version of %1)</source>
        <translation>현행 조문(%1 판)</translation>
    </message>
</context>
<context>
    <name>LawPublish</name>
    <message>
        <source>Reading the library…</source>
        <translation>법령집을 읽는 중…</translation>
    </message>
    <message>
        <source>Publish the law library</source>
        <translation>법령집 게시</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops</source>
        <translation>법원 노트북으로 게시</translation>
    </message>
    <message>
        <source>This PC&apos;s law library becomes the court&apos;s: every laptop installs it at its next sync, so every judge cites the same texts. Log in to the court&apos;s server as court IT.</source>
        <translation>이 PC의 법령집이 법원의 법령집이 됩니다: 모든 노트북이 다음 동기화 때 설치하여 모든 법관이 같은 조문을 인용합니다. 법원 IT 관리자로 법원 서버에 로그인하십시오.</translation>
    </message>
    <message>
        <source>Court server:</source>
        <translation>법원 서버:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>%1 laws, %2 articles; SHA-256 %3 (%4 MB).</source>
        <translation>법령 %1건, 조문 %2개; SHA-256 %3 (%4 MB).</translation>
    </message>
    <message>
        <source>Give the court server&apos;s address, your user name and your password.</source>
        <translation>법원 서버 주소, 사용자 이름, 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>게시하는 중…</translation>
    </message>
    <message>
        <source>Published: library %1… is now the court&apos;s; every laptop installs it at its next sync.</source>
        <translation>게시됨: 법령집 %1…이(가) 이제 법원의 법령집입니다. 모든 노트북이 다음 동기화 때 설치합니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>LawsPanel</name>
    <message>
        <source>Laws</source>
        <translation>법령</translation>
    </message>
    <message>
        <source>Hide the laws panel (Ctrl+L)</source>
        <translation>법령 패널 숨기기(Ctrl+L)</translation>
    </message>
    <message>
        <source>The law in force on the facts&apos; date of this case, %1.</source>
        <translation>이 사건의 사실 발생일 %1에 시행 중인 법령입니다.</translation>
    </message>
    <message>
        <source>Today&apos;s text differs: show both</source>
        <translation>현행 조문이 다릅니다: 함께 보기</translation>
    </message>
    <message>
        <source>Search the law and read an article beside this work (Ctrl+L)</source>
        <translation>작업 화면 옆에서 법령을 검색하고 조문을 읽습니다(Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LawsWorkspace</name>
    <message>
        <source>Laws</source>
        <translation>법령</translation>
    </message>
    <message>
        <source>Search every article, or type an article reference</source>
        <translation>모든 조문 검색 또는 조문 인용 입력</translation>
    </message>
    <message>
        <source>All laws</source>
        <translation>모든 법령</translation>
    </message>
    <message>
        <source>All parts and chapters</source>
        <translation>모든 편·장</translation>
    </message>
    <message>
        <source>Search only within this part or chapter</source>
        <translation>이 편·장 안에서만 검색</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Search the law, or type a reference, and choose an article to read it here with its law&apos;s outline.</source>
        <translation>법령을 검색하거나 조문 인용을 입력한 뒤 조문을 고르면 여기에서 해당 법령의 목차와 함께 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>This article differs between versions</source>
        <translation>이 조문은 버전마다 내용이 다릅니다</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of case %2 happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>%1(사건 %2의 사실 발생일)에 시행 중인 법령입니다. &lt;a href=&apos;today&apos;&gt;현행 법령 보기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of the case happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>사건의 사실 발생일 %1에 시행 중인 법령입니다. &lt;a href=&apos;today&apos;&gt;현행 법령 보기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import laws…</source>
        <translation>법령 가져오기…</translation>
    </message>
    <message>
        <source>A folder of law files…</source>
        <translation>법령 파일 폴더…</translation>
    </message>
    <message>
        <source>Law files…</source>
        <translation>법령 파일…</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops…</source>
        <translation>법원 노트북으로 게시…</translation>
    </message>
    <message>
        <source>Import a folder of laws</source>
        <translation>법령 폴더 가져오기</translation>
    </message>
    <message>
        <source>Import law files</source>
        <translation>법령 파일 가져오기</translation>
    </message>
    <message>
        <source>Law files (*.md *.markdown *.txt)</source>
        <translation>법령 파일 (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Opening the law library…</source>
        <translation>법령 데이터베이스를 여는 중…</translation>
    </message>
    <message>
        <source>The law library could not be read, so statute search is unavailable. Ask court IT to install the court&apos;s law library file. (%1)</source>
        <translation>법령 데이터베이스를 읽을 수 없어 법령 검색을 사용할 수 없습니다. 법원 IT 담당자에게 법원의 법령 데이터베이스 파일 설치를 요청하십시오. (%1)</translation>
    </message>
    <message>
        <source>%n article(s) found for “%1”.</source>
        <translation>“%1” 검색 결과: 조문 %n개.</translation>
    </message>
    <message>
        <source>No article in force contains “%1”.</source>
        <translation>현행 조문 중 “%1”이(가) 포함된 조문이 없습니다.</translation>
    </message>
    <message>
        <source>%n law(s) in the library.</source>
        <translation>라이브러리의 법령: %n개.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>“%1” could mean several laws: %2. Write the law&apos;s full name, or choose the law in the filter.</source>
        <translation>“%1”은(는) 여러 법령을 가리킬 수 있습니다: %2. 법령의 전체 이름을 쓰거나 필터에서 법령을 고르십시오.</translation>
    </message>
    <message>
        <source>No law named “%1” is in the library.</source>
        <translation>법령 데이터베이스에 “%1”(이)라는 법령이 없습니다.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨습니까?</translation>
    </message>
    <message>
        <source>%1 (version of %2) has no such article.</source>
        <translation>%1(%2 버전)에는 해당 조문이 없습니다.</translation>
    </message>
    <message>
        <source>%1 was not yet in force on %2.</source>
        <translation>%1은(는) %2에 아직 시행 전이었습니다.</translation>
    </message>
    <message>
        <source>“%1” was read as a reference but does not name an article in the library.</source>
        <translation>“%1”은(는) 조문 인용이지만 법령 데이터베이스에 해당 조문이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1 (%2 시행)</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1 (의결)</translation>
    </message>
    <message>
        <source>Version of %1 (shown above)</source>
        <translation>%1 버전 (위에 표시된 버전)</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>%1 버전</translation>
    </message>
    <message>
        <source>This version has no article of this number.</source>
        <translation>이 버전에는 이 번호의 조문이 없습니다.</translation>
    </message>
    <message>
        <source>The court&apos;s law library of %1 (%2…), installed by sync on %3.</source>
        <translation>%1에 게시된 법원 법령집(%2…), %3에 동기화로 설치됨.</translation>
    </message>
    <message>
        <source>This PC&apos;s own law library (%1…): none has arrived from the court&apos;s server yet.</source>
        <translation>이 PC 자체의 법령집(%1…): 법원 서버에서 받은 법령집이 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — courtdesk</source>
        <translation>로그인 — courtdesk</translation>
    </message>
    <message>
        <source>Log in to courtdesk</source>
        <translation>courtdesk 로그인</translation>
    </message>
    <message>
        <source>Log in with your court account to see your cases.</source>
        <translation>법원 계정으로 로그인하면 담당 사건을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>사용자 이름과 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and try again.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다. 키보드 자판 설정을 확인하고 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verify signatures of a file</source>
        <translation>파일 서명 확인</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>About courtdesk</source>
        <translation>courtdesk 정보</translation>
    </message>
    <message>
        <source>Offline desktop client for tech courtrooms and judges&apos; meeting rooms: live hearing transcripts, the electronic case file, casting and signatures, working without a network and syncing with the court&apos;s case system.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>첨단 법정과 판사 합의실을 위한 오프라인 데스크톱 클라이언트입니다. 개정 실시간 기록, 전자기록, 화면 송출과 서명을 제공하며, 네트워크 없이도 작동하고 법원 사건관리시스템과 동기화합니다.

GNU 일반 공중 사용 허가서 3판 이상에 따른 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Verify signatures of a file…</source>
        <translation>파일 서명 확인(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About courtdesk</source>
        <translation>courtdesk 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account — courtdesk</source>
        <translation>새 계정 — courtdesk</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>새 계정</translation>
    </message>
    <message>
        <source>The person logs in with this user name and password on this computer. Clerks and judges see only the cases they are members of.</source>
        <translation>이 사람은 이 컴퓨터에서 이 사용자 이름과 비밀번호로 로그인합니다. 서기관과 판사는 자신이 담당하는 사건만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another.</source>
        <translation>이미 사용 중인 사용자 이름입니다. 다른 이름을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>PresentController</name>
    <message>
        <source>The presented volume was closed, so presenting stopped.</source>
        <translation>표시하던 권이 닫혀 표시를 멈췄습니다.</translation>
    </message>
    <message>
        <source>The room screen went away, so presenting stopped.</source>
        <translation>법정 화면을 더 이상 쓸 수 없어 표시를 멈췄습니다.</translation>
    </message>
    <message>
        <source>A screen stopped following the presentation: %1</source>
        <translation>화면 하나가 표시를 더 이상 따라가지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>법정 화면 — courtdesk</translation>
    </message>
    <message>
        <source>The room screen window was closed: it shows nothing any more.</source>
        <translation>법정 화면 창이 닫혀 이제 아무것도 보이지 않습니다.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>파일 폴더</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>A hearing is being recorded.</source>
        <translation>재판을 녹음하고 있습니다.</translation>
    </message>
    <message>
        <source>Stop the recording and quit? Everything recorded so far is saved.</source>
        <translation>녹음을 중지하고 종료하시겠습니까? 지금까지 녹음된 내용은 모두 저장됩니다.</translation>
    </message>
    <message>
        <source>Stop recording and quit</source>
        <translation>녹음 중지 후 종료</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>녹음 계속</translation>
    </message>
    <message>
        <source>Speech recognition is still finishing the recording (%1 of audio left).</source>
        <translation>음성 인식이 아직 녹음을 처리하고 있습니다(남은 오디오 %1).</translation>
    </message>
    <message>
        <source>The audio and the text recognized so far are saved. If you quit now, the rest can be transcribed later from the recording (“Transcribe the missing parts”).</source>
        <translation>녹음과 지금까지 인식된 텍스트는 저장되어 있습니다. 지금 종료하면 나머지는 나중에 녹음에서 전사할 수 있습니다(“빠진 부분 전사”).</translation>
    </message>
    <message>
        <source>Wait, then quit</source>
        <translation>기다린 후 종료</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>지금 종료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Demo data: kept on this PC only, never sent to the court&apos;s case system.</source>
        <translation>데모 자료: 이 PC에만 보관되며 법원 사건 시스템으로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the court&apos;s case system.</source>
        <translation>이 컴퓨터에 저장되었으며 법원 사건관리시스템으로 보내기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>The court&apos;s case system has this version.</source>
        <translation>법원 사건관리시스템에 이 버전이 있습니다.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal to sign</source>
        <translation>서명 거부</translation>
    </message>
    <message>
        <source>Why does %1 refuse to sign? Your note goes on the record, in the signer&apos;s box.</source>
        <translation>%1 님은 왜 서명을 거부합니까? 메모는 조서의 해당 서명란에 기록됩니다.</translation>
    </message>
    <message>
        <source>e.g. disputes the record of the second statement</source>
        <translation>예: 두 번째 진술의 기록에 이의가 있음</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>서명 거부 기록</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Find and replace in this hearing</source>
        <translation>이 재판에서 찾아 바꾸기</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>찾을 말:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>바꿀 말:</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Type the misheard word; every segment that contains it is listed before anything changes.</source>
        <translation>잘못 인식된 말을 입력하십시오. 바꾸기 전에 그 말이 들어 있는 구간을 모두 보여 줍니다.</translation>
    </message>
    <message>
        <source>No segment contains “%1”.</source>
        <translation>“%1”이(가) 들어 있는 구간이 없습니다.</translation>
    </message>
    <message>
        <source>%1 replacements in %2 segments. Each segment can be undone on its own.</source>
        <translation>%2개 구간에서 %1곳을 바꿉니다. 구간마다 따로 실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>The court seal&apos;s key file</source>
        <translation>법원 인장의 키 파일</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>키 파일 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Court seal</source>
        <translation>법원 날인</translation>
    </message>
    <message>
        <source>Seal %1 with the court&apos;s certificate. Each signature already on it stays valid.</source>
        <translation>법원 인증서로 %1에 날인합니다. 이미 있는 서명은 모두 그대로 유효합니다.</translation>
    </message>
    <message>
        <source>Court seal key file (PKCS#12)</source>
        <translation>법원 인장 키 파일 (PKCS#12)</translation>
    </message>
    <message>
        <source>Court USB key</source>
        <translation>법원 USB 키</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>키 파일:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>USB key name:</source>
        <translation>USB 키 이름:</translation>
    </message>
    <message>
        <source>Seal key name:</source>
        <translation>인장 키 이름:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>드라이버:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>A USB key locks after a few wrong PINs: courtdesk never tries a PIN when the key says the next wrong one locks it.</source>
        <translation>USB 키는 PIN이 몇 번 틀리면 잠깁니다. 다음에 틀리면 잠긴다고 키가 알리면 courtdesk는 PIN을 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>Sealing… this takes a few seconds.</source>
        <translation>날인하는 중… 몇 초 걸립니다.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>날인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>The demo case is for trying courtdesk: what you record or change in it stays on this PC and is never sent.</source>
        <translation>데모 사건은 체험용입니다. 이 사건에서 녹음하거나 수정한 내용은 이 PC에만 저장되며 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Encrypted store: OK (%1)</source>
        <translation>암호화 저장소: 정상 (%1)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: %1</source>
        <translation>서명: %1</translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation>서명할 문서: %1</translation>
    </message>
    <message>
        <source>Sign in the box with the pen, a finger or the mouse. Your signature is bound to this document only.</source>
        <translation>펜, 손가락 또는 마우스로 상자 안에 서명하십시오. 서명은 이 문서에만 결합됩니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Start again on an empty box (Ctrl+Del)</source>
        <translation>빈 상자에서 다시 쓰기 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>한 획 취소</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>마지막 획 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>한 획 다시</translation>
    </message>
    <message>
        <source>Put the stroke back (Ctrl+Shift+Z)</source>
        <translation>취소한 획 되살리기 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>Signed %1, time vouched for by a timestamp</source>
        <translation>%1 서명, 타임스탬프가 시각을 보증함</translation>
    </message>
    <message>
        <source>Signed %1 (the signer&apos;s own clock; no timestamp)</source>
        <translation>%1 서명 (서명자 컴퓨터의 시각, 타임스탬프 없음)</translation>
    </message>
    <message>
        <source>Its timestamp cannot be relied on</source>
        <translation>타임스탬프를 신뢰할 수 없음</translation>
    </message>
    <message>
        <source>Intact: what was signed is unchanged</source>
        <translation>온전함: 서명한 내용이 바뀌지 않음</translation>
    </message>
    <message>
        <source>Broken: what was signed was changed afterwards, or the signature is damaged</source>
        <translation>손상됨: 서명한 내용이 나중에 바뀌었거나 서명 자체가 손상됨</translation>
    </message>
    <message>
        <source>Trusted: the certificate comes from the court&apos;s CA</source>
        <translation>신뢰함: 법원 CA가 발급한 인증서</translation>
    </message>
    <message>
        <source>Trust not checked: no court CA is set up on this PC</source>
        <translation>신뢰 여부 미확인: 이 PC에 법원 CA가 설정되지 않음</translation>
    </message>
    <message>
        <source>Not trusted: the court&apos;s CA does not vouch for this certificate (see details)</source>
        <translation>신뢰하지 않음: 법원 CA가 보증하지 않는 인증서 (세부 정보 참조)</translation>
    </message>
    <message>
        <source>Nothing was changed after it</source>
        <translation>서명 후 바뀐 것이 없음</translation>
    </message>
    <message>
        <source>After it: only later signatures were added</source>
        <translation>서명 후: 이후 서명만 추가됨</translation>
    </message>
    <message>
        <source>After it: comments or marks were added</source>
        <translation>서명 후: 주석이나 표시가 추가됨</translation>
    </message>
    <message>
        <source>After it: the document itself was changed</source>
        <translation>서명 후: 문서 내용 자체가 바뀜</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>서명자 불명</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This file is protected by a password, so its signatures cannot be checked. Ask for the signed file without a password.</source>
        <translation>이 파일은 암호로 보호되어 서명을 확인할 수 없습니다. 암호가 없는 서명 파일을 요청하십시오.</translation>
    </message>
    <message>
        <source>This file is not a PDF, so it has no signatures to check.</source>
        <translation>이 파일은 PDF가 아니므로 확인할 서명이 없습니다.</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read, so its signatures cannot be checked. Ask for a new copy of the signed file.</source>
        <translation>이 파일은 손상되어 읽을 수 없으므로 서명을 확인할 수 없습니다. 서명된 파일을 다시 요청하십시오.</translation>
    </message>
    <message>
        <source>This document is not signed. Nothing in it vouches for who made it or that it is unchanged.</source>
        <translation>이 문서에는 서명이 없습니다. 누가 만들었는지, 바뀌지 않았는지를 보증하는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</source>
        <translation>%1번째 서명(%2)이 손상되었습니다. 서명 후 문서가 바뀌었거나 서명이 손상되었습니다. 이 사본을 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 (%2) by something other than a later signature. Ask for the signed original.</source>
        <translation>%1번째 서명(%2) 이후 서명이 아닌 다른 방법으로 문서가 바뀌었습니다. 서명된 원본을 요청하십시오.</translation>
    </message>
    <message>
        <source>Every signature is intact and trusted (%1 in all); nothing but signing changed the document after them.</source>
        <translation>모든 서명(모두 %1개)이 온전하고 신뢰할 수 있습니다. 서명 후에는 서명 외에 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Every signature is intact (%1 in all). Whether the signers are trusted cannot be checked: no court CA is set up on this PC (ask court IT).</source>
        <translation>모든 서명(모두 %1개)이 온전합니다. 이 PC에 법원 CA가 설정되지 않아 서명자의 신뢰 여부는 확인할 수 없습니다(법원 전산 담당자에게 문의).</translation>
    </message>
    <message>
        <source>All signatures are intact, but the court&apos;s CA does not vouch for the certificate of %1 of them.</source>
        <translation>모든 서명이 온전하지만, 그중 %1개는 법원 CA가 보증하지 않는 인증서로 서명되었습니다.</translation>
    </message>
    <message>
        <source>Signed: intact and trusted (%1 in all)</source>
        <translation>서명됨: 온전·신뢰 (모두 %1개)</translation>
    </message>
    <message>
        <source>All signatures are intact, but comments or marks were added after signing.</source>
        <translation>모든 서명이 온전하지만, 서명 후 주석이나 표시가 추가되었습니다.</translation>
    </message>
    <message>
        <source>Signatures cannot be checked</source>
        <translation>서명을 확인할 수 없음</translation>
    </message>
    <message>
        <source>Signature %1 is broken</source>
        <translation>%1번째 서명 손상</translation>
    </message>
    <message>
        <source>Signed: intact, see the Signatures panel</source>
        <translation>서명됨: 온전함, ‘서명’ 창 참조</translation>
    </message>
    <message>
        <source>Open a volume to see who signed it and whether it is unchanged.</source>
        <translation>권을 열면 누가 서명했는지, 바뀌지 않았는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>서명 확인 중…</translation>
    </message>
    <message>
        <source>Signature field: %1</source>
        <translation>서명 필드: %1</translation>
    </message>
    <message>
        <source>Revision of the file it signed: %1</source>
        <translation>서명한 파일 판: %1</translation>
    </message>
    <message>
        <source>Certificate issued by: %1</source>
        <translation>인증서 발급자: %1</translation>
    </message>
    <message>
        <source>Covers the whole file: %1</source>
        <translation>파일 전체를 포함: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no, later revisions follow</source>
        <translation>아니요, 이후 판이 더 있음</translation>
    </message>
    <message>
        <source>Technical details of this signature</source>
        <translation>이 서명의 기술 세부 정보</translation>
    </message>
    <message>
        <source>Court IT reads these details (in English, as the command line writes them) to tell what exactly was found.</source>
        <translation>법원 전산 담당자는 이 세부 정보(명령줄과 같은 영어)로 무엇이 발견되었는지 정확히 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>서명 확인 중…</translation>
    </message>
    <message>
        <source>Show the signatures of this volume</source>
        <translation>이 권의 서명 보기</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>“%1”의 서명</translation>
    </message>
</context>
<context>
    <name>SigningRound</name>
    <message>
        <source>Agent ad litem</source>
        <translation>소송대리인</translation>
    </message>
    <message>
        <source>%1&apos;s agent</source>
        <translation>%1 소송대리인</translation>
    </message>
</context>
<context>
    <name>SigningRoundPanel</name>
    <message>
        <source>Signing for %1…</source>
        <translation>%1 님의 서명을 처리하는 중…</translation>
    </message>
    <message>
        <source>Recording the refusal…</source>
        <translation>서명 거부를 기록하는 중…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>날인하는 중…</translation>
    </message>
    <message>
        <source>Signatures on the record</source>
        <translation>조서 서명</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>서명: %1</translation>
    </message>
    <message>
        <source>Latest file: %1</source>
        <translation>최신 파일: %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 · refused %3 · waiting %4</source>
        <translation>서명 %1/%2 · 거부 %3 · 대기 %4</translation>
    </message>
    <message>
        <source>sealed by the court</source>
        <translation>법원 날인 완료</translation>
    </message>
    <message>
        <source>The official record of this hearing has not been exported yet.</source>
        <translation>이 기일의 정식 조서를 아직 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Export the official record…</source>
        <translation>정식 조서 내보내기…</translation>
    </message>
    <message>
        <source>Seal…</source>
        <translation>날인…</translation>
    </message>
    <message>
        <source>The clerk or presiding judge seals the record with the court&apos;s certificate once nobody is waiting to sign.</source>
        <translation>서명을 기다리는 사람이 없으면 서기관이나 재판장이 법원 인증서로 조서에 날인합니다.</translation>
    </message>
    <message>
        <source>Open signed record</source>
        <translation>서명된 조서 열기</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export the official record first: the signatures are collected on that file.</source>
        <translation>먼저 정식 조서를 내보내십시오. 서명은 그 파일에 받습니다.</translation>
    </message>
    <message>
        <source>The record is signed and sealed: %1. It is filed in the case&apos;s dossier and goes to the court&apos;s server with the next sync; each step was saved as a new file beside the record.</source>
        <translation>조서의 서명과 날인이 끝났습니다: %1. 사건 전자기록에 편철되었으며 다음 동기화 때 법원 서버로 전송됩니다. 각 단계는 조서 옆에 새 파일로 저장되었습니다.</translation>
    </message>
    <message>
        <source>Each person signs in turn with Sign…; a person who will not sign is recorded with Refused…. The court seals last.</source>
        <translation>각자 차례로 &quot;서명…&quot;으로 서명합니다. 서명하지 않으려는 사람은 &quot;서명 거부…&quot;로 기록합니다. 법원은 마지막에 날인합니다.</translation>
    </message>
    <message>
        <source>Everyone has signed or refused: the clerk or presiding judge seals the record now.</source>
        <translation>모두 서명했거나 거부했습니다. 이제 서기관이나 재판장이 조서에 날인합니다.</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>서명 완료 %1</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>서명 거부 (%1): %2</translation>
    </message>
    <message>
        <source>Waiting to sign</source>
        <translation>서명 대기</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>서명…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>서명 거부…</translation>
    </message>
    <message>
        <source>Open the signature pad for %1</source>
        <translation>%1 님의 서명판 열기</translation>
    </message>
    <message>
        <source>%1 refuses to sign: record it with your note</source>
        <translation>%1 님이 서명을 거부함: 메모와 함께 기록</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Waiting to sync: %n</source>
        <translation>동기화 대기 %n건</translation>
    </message>
    <message>
        <source>Changes waiting to sync: unknown</source>
        <translation>동기화 대기 중인 변경: 알 수 없음</translation>
    </message>
    <message>
        <source>Demo data, kept on this PC only</source>
        <translation>데모 데이터, 이 PC에만 저장</translation>
    </message>
    <message>
        <source>Cases sync under each judge&apos;s or clerk&apos;s own login</source>
        <translation>사건 데이터는 각 법관·서기의 본인 로그인으로 동기화됩니다</translation>
    </message>
    <message>
        <source>No case server: working on this PC only</source>
        <translation>사건 서버 없음: 이 PC에서만 작업</translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Server unavailable for now</source>
        <translation>서버 일시 사용 불가</translation>
    </message>
    <message>
        <source>Server refused</source>
        <translation>서버가 거부함</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %n</source>
        <translation>해결할 충돌 %n건</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>파일 전송 중: %2 중 %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>마지막 동기화 %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>동기화한 적 없음</translation>
    </message>
    <message>
        <source>%1 in a case not assigned to you</source>
        <translation>배정되지 않은 사건의 %1</translation>
    </message>
    <message>
        <source>Recording and transcript (%n)</source>
        <translation>녹음 및 기록 (%n건)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>(a place on the page)</source>
        <translation>(페이지의 위치)</translation>
    </message>
    <message>
        <source>(structured data)</source>
        <translation>(구조화된 데이터)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>밑줄</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>필기</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>상자</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>해당 기록</translation>
    </message>
    <message>
        <source>(not on the court&apos;s server)</source>
        <translation>(법원 서버에 없음)</translation>
    </message>
    <message>
        <source>resolved: the court&apos;s version kept</source>
        <translation>처리됨: 법원 버전 유지</translation>
    </message>
    <message>
        <source>resolved: your change sent again</source>
        <translation>처리됨: 내 변경을 다시 보냄</translation>
    </message>
    <message>
        <source>%n conflict(s) to resolve</source>
        <translation>해결할 충돌 %n건</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>보냄 %1건, 받음 %2건</translation>
    </message>
    <message>
        <source>%n change(s) refused</source>
        <translation>변경 %n건 거부됨</translation>
    </message>
    <message>
        <source>with a problem (see above)</source>
        <translation>문제 있음(위 참조)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%n change(s) from the court&apos;s server</source>
        <translation>법원 서버에서 변경 %n건</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>파일 보냄</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>파일 받음</translation>
    </message>
    <message>
        <source>%n entry(ies) sent</source>
        <translation>%n건 보냄</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>sent again from entry %1</source>
        <translation>%1번 항목부터 다시 보냄</translation>
    </message>
    <message>
        <source>the court server&apos;s receipt key is now trusted on this PC</source>
        <translation>이 PC가 법원 서버의 영수증 키를 신뢰합니다</translation>
    </message>
    <message>
        <source>a receipt from the server was refused (court IT: see the detail)</source>
        <translation>서버의 영수증 하나를 거부했습니다(법원 전산 담당자: 세부 정보 참조)</translation>
    </message>
    <message>
        <source>Old history removed</source>
        <translation>오래된 기록 정리</translation>
    </message>
    <message>
        <source>%1 sent change(s), %2 log line(s)</source>
        <translation>보낸 변경 %1건, 로그 %2줄</translation>
    </message>
    <message>
        <source>Audit log refused</source>
        <translation>감사 로그 거부됨</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Fetched again</source>
        <translation>다시 받음</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Metered link: send large files later</source>
        <translation>종량제 회선: 큰 파일은 나중에 보내기</translation>
    </message>
    <message>
        <source>On a paid 5G link, records sync at once and recordings and dossier files wait for an unmetered network.</source>
        <translation>유료 5G 회선에서는 기록은 바로 동기화하고 녹음과 기록 파일은 종량제가 아닌 네트워크를 기다립니다.</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s case server</source>
        <translation>법원 사건 서버에 로그인</translation>
    </message>
    <message>
        <source>The court&apos;s server login is always that of the person logged in to this window. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>법원 서버 로그인은 항상 이 창에 로그인한 사람의 계정입니다. 다른 사람의 작업을 동기화하려면 로그아웃한 뒤 그 사람으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Before a circuit hearing</source>
        <translation>순회 재판 전에</translation>
    </message>
    <message>
        <source>Take this case offline</source>
        <translation>이 사건을 오프라인으로 가져가기</translation>
    </message>
    <message>
        <source>Conflicts: the court&apos;s version and yours</source>
        <translation>충돌: 법원 버전과 내 버전</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>Take the court&apos;s version</source>
        <translation>법원 버전 사용</translation>
    </message>
    <message>
        <source>Your change is dropped; the court&apos;s version, already shown on this PC, stays.</source>
        <translation>내 변경은 버리고, 이 PC에 이미 표시된 법원 버전을 유지합니다.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>이 PC에서 삭제</translation>
    </message>
    <message>
        <source>Deleted by the court</source>
        <translation>법원에서 삭제</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>기록 전체</translation>
    </message>
    <message>
        <source>The court&apos;s server</source>
        <translation>법원 서버</translation>
    </message>
    <message>
        <source>Sent to the court</source>
        <translation>법원에 보냄</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>The court&apos;s version</source>
        <translation>법원 버전</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>내 버전 (%1)</translation>
    </message>
    <message>
        <source>Your change of %1</source>
        <translation>%1에 한 내 변경</translation>
    </message>
    <message>
        <source>Keeping yours sends again only what you changed (%1); the court&apos;s other changes stay.</source>
        <translation>내 버전을 유지하면 내가 변경한 내용(%1)만 다시 보내고, 법원의 다른 변경은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the court&apos;s version is kept.</source>
        <translation>충돌 %1 처리됨: 법원 버전을 유지합니다.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: your change is sent again.</source>
        <translation>충돌 %1 처리됨: 내 변경을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>다른 점</translation>
    </message>
    <message>
        <source>Keep mine (send it again)</source>
        <translation>내 것 유지 (다시 보내기)</translation>
    </message>
    <message>
        <source>Only the fields you changed are sent again, on top of the court&apos;s version: the court&apos;s other changes stay (the two are merged).</source>
        <translation>법원 버전 위에 내가 변경한 항목만 다시 보냅니다. 법원의 다른 변경은 그대로 유지됩니다(두 버전 병합).</translation>
    </message>
    <message>
        <source>What synced</source>
        <translation>동기화 기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them made by other people on this PC: each is sent only when its author logs in, never under your name</source>
        <translation>
            <numerusform>그중 %n건은 이 PC의 다른 사람이 만든 것입니다. 작성자 본인이 로그인할 때만 보내지며 절대 귀하의 이름으로 보내지지 않습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo case stays on this PC: what you record or change in it is never sent.</source>
        <translation>데모 사건은 이 PC에만 저장됩니다. 이 사건에서 녹음하거나 수정한 내용은 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>최근 문제: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>서버 주소, 사용자 이름, 암호를 입력하세요.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. The same password now also works on this PC with no network.</source>
        <translation>%2(으)로 %1에 로그인했습니다. 이제 네트워크 없이도 이 PC에서 같은 암호로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>No system keyring: you will be asked to log in again after a restart.</source>
        <translation>시스템 키링이 없어 다시 시작하면 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Fetching the case and its dossier files…</source>
        <translation>사건과 기록 파일을 가져오는 중…</translation>
    </message>
    <message>
        <source>%1 is on this PC: %2 record(s), %3 dossier file(s), all checked.</source>
        <translation>%1이(가) 이 PC에 있습니다: 기록 %2건, 기록 파일 %3개, 모두 확인됨.</translation>
    </message>
    <message>
        <source>%1 is NOT complete on this PC: %3 of the dossier files are missing or damaged. Try again before leaving.</source>
        <translation>%1이(가) 이 PC에 완전하지 않습니다: 기록 파일 %3개가 없거나 손상되었습니다. 출발 전에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The court changed it too</source>
        <translation>법원도 수정함</translation>
    </message>
    <message>
        <source>Both changed the same field</source>
        <translation>양쪽이 같은 항목을 수정함</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>서버가 거부함</translation>
    </message>
    <message>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>두 버전을 비교할 충돌을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>(not spoken)</source>
        <translation>(발언 아님)</translation>
    </message>
    <message>
        <source>Corrected from the case&apos;s names: %1 → %2</source>
        <translation>사건의 이름에 따라 고침: %1 → %2</translation>
    </message>
    <message>
        <source>Unsure words: %1</source>
        <translation>인식이 불확실한 말: %1</translation>
    </message>
    <message>
        <source>Recognized as: %1</source>
        <translation>원래 인식 결과: %1</translation>
    </message>
    <message>
        <source>Marked as not spoken: kept here, left out of the record.</source>
        <translation>발언 아님으로 표시됨: 여기에는 남고 조서에서는 제외됩니다.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Click to play this passage</source>
        <translation>클릭하면 이 부분을 재생합니다</translation>
    </message>
    <message>
        <source>Play this passage</source>
        <translation>이 부분 재생</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>내용 수정</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>마지막 수정 취소</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>여기서 나누기</translation>
    </message>
    <message>
        <source>Merge with the next segment</source>
        <translation>다음 구간과 합치기</translation>
    </message>
    <message>
        <source>Spoken after all (back into the record)</source>
        <translation>발언으로 되돌리기(조서에 다시 포함)</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>발언 아님(조서에서 제외)</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>구간 삭제</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>메모에 인용</translation>
    </message>
    <message>
        <source>Reject correction: %1 → %2</source>
        <translation>고침 거부: %1 → %2</translation>
    </message>
</context>
<context>
    <name>TranscriptCorrections</name>
    <message>
        <source>Select a segment first.</source>
        <translation>먼저 구간을 선택하십시오.</translation>
    </message>
    <message>
        <source>Save the text first (Enter), then split.</source>
        <translation>먼저 텍스트를 저장(Enter)한 다음 나누십시오.</translation>
    </message>
    <message>
        <source>Press F2 and put the cursor where the segment should split, then Ctrl+Shift+S.</source>
        <translation>F2를 누르고 나눌 위치에 커서를 둔 다음 Ctrl+Shift+S를 누르십시오.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>다시 실행할 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>실행을 취소했습니다.</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>다시 실행했습니다.</translation>
    </message>
    <message>
        <source>Segment deleted (Ctrl+Z brings it back).</source>
        <translation>구간을 삭제했습니다(Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <source>Marked as not spoken: left out of the record.</source>
        <translation>발언 아님으로 표시했습니다: 조서에서 제외됩니다.</translation>
    </message>
    <message>
        <source>Back in the record.</source>
        <translation>조서에 다시 포함했습니다.</translation>
    </message>
    <message>
        <source>Segment split in two.</source>
        <translation>구간을 둘로 나누었습니다.</translation>
    </message>
    <message>
        <source>Segments merged.</source>
        <translation>구간을 합쳤습니다.</translation>
    </message>
    <message>
        <source>Put the cursor between two words to split there.</source>
        <translation>두 단어 사이에 커서를 두어야 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no segment after this one to merge with.</source>
        <translation>이 구간 뒤에 합칠 구간이 없습니다.</translation>
    </message>
    <message>
        <source>This segment was deleted or replaced meanwhile.</source>
        <translation>이 구간은 그사이 삭제되었거나 대체되었습니다.</translation>
    </message>
    <message>
        <source>These segments were changed since; this step can no longer be taken back.</source>
        <translation>이 구간들은 그 후 변경되어 이 단계를 더 이상 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Select a segment to undo its last change.</source>
        <translation>수정을 취소할 구간을 먼저 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing to undo in this segment.</source>
        <translation>이 구간에는 취소할 수정이 없습니다.</translation>
    </message>
    <message>
        <source>Replaced in %1 segments.</source>
        <translation>%1개 구간에서 바꾸었습니다.</translation>
    </message>
    <message>
        <source>PDF record (*.pdf)</source>
        <translation>PDF 조서 (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>자막 (*.srt)</translation>
    </message>
    <message>
        <source>PDF review copy (*.pdf)</source>
        <translation>PDF 검토본 (*.pdf)</translation>
    </message>
    <message>
        <source>(review copy)</source>
        <translation>(검토본)</translation>
    </message>
    <message>
        <source>Export the hearing record</source>
        <translation>재판 조서 내보내기</translation>
    </message>
    <message>
        <source>The record was saved to %1.</source>
        <translation>조서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>It is set in a sans-serif face because Noto Serif CJK is not installed on this PC: ask court IT to install it (Debian: fonts-noto-cjk) and export again for the court&apos;s copy.</source>
        <translation>이 PC에 Noto Serif CJK 글꼴이 설치되어 있지 않아 조서가 고딕체로 조판되었습니다. 법원 IT 담당자에게 설치를 요청한 뒤(Debian: fonts-noto-cjk) 정본을 다시 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock courtdesk</source>
        <translation>courtdesk 잠금 해제</translation>
    </message>
    <message>
        <source>Protect your local case store</source>
        <translation>로컬 사건 저장소 보호</translation>
    </message>
    <message>
        <source>This computer has no system keyring that can keep courtdesk&apos;s key, so your local case store will be encrypted with a passphrase. Choose one of at least %1 characters and enter it twice.

Keep it safe: it cannot be recovered. Without it the local store cannot be opened; cases already synced remain on the court&apos;s server.</source>
        <translation>이 컴퓨터에는 courtdesk의 키를 보관할 시스템 키링이 없으므로, 로컬 사건 저장소를 암호 문구로 암호화합니다. %1자 이상의 암호 문구를 정해 두 번 입력하십시오.

안전하게 보관하십시오. 암호 문구는 복구할 수 없으며, 없으면 로컬 저장소를 열 수 없습니다. 이미 동기화된 사건은 법원 서버에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>암호 문구 확인:</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>저장소 만들기</translation>
    </message>
    <message>
        <source>Unlock your local case store</source>
        <translation>로컬 사건 저장소 잠금 해제</translation>
    </message>
    <message>
        <source>Your local case store is encrypted. Enter its passphrase to open it.</source>
        <translation>로컬 사건 저장소는 암호화되어 있습니다. 열려면 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>암호화 저장소를 만드는 중…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>잠금 해제 중…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>암호 문구가 너무 짧습니다. %1자 이상으로 정하십시오.</translation>
    </message>
    <message>
        <source>The two entries differ. Enter the same passphrase twice.</source>
        <translation>두 번 입력한 내용이 다릅니다. 같은 암호 문구를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>암호 문구가 틀렸습니다. 아무것도 변경되지 않았으니 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>VolumeList</name>
    <message numerus="yes">
        <source>Volume %1 · %2 · %n page(s)</source>
        <translation>
            <numerusform>제%1권 · %2 · %n쪽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting</source>
        <translation>
            <numerusform>%n쪽 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n쪽 인식됨</numerusform>
        </translation>
    </message>
</context>
</TS>
