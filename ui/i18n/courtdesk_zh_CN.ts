<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Enter a user name without spaces.</source>
        <translation>请输入不含空格的用户名。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsWorkspace</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
</context>
<context>
    <name>CaptionsCastDialog</name>
    <message>
        <source>Type the address the room screen shows, e.g. 192.168.1.20:8765.</source>
        <translation>请输入大屏上显示的地址，例如 192.168.1.20:8765。</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>配对码是大屏上显示的 6 位数字。</translation>
    </message>
    <message>
        <source>Pairing with the room screen…</source>
        <translation>正在与大屏配对…</translation>
    </message>
    <message>
        <source>Cast captions</source>
        <translation>投放字幕</translation>
    </message>
    <message>
        <source>Live captions on a room screen</source>
        <translation>在大屏上显示实时字幕</translation>
    </message>
    <message>
        <source>The live transcript of this hearing, with each speaker&apos;s role, in large type on the room screen or a remote party&apos;s display. Deliberations are never cast.</source>
        <translation>以大字在法庭屏幕或远程当事人的显示器上显示本次庭审的实时笔录，并标明每位发言人的身份。合议庭评议内容一律不投放。</translation>
    </message>
    <message>
        <source>Room screen address:</source>
        <translation>大屏地址：</translation>
    </message>
    <message>
        <source>PIN on the screen:</source>
        <translation>大屏上的配对码：</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Side</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>代理律师</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷次</translation>
    </message>
    <message>
        <source>Vol. %1</source>
        <translation>第%1卷</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>本案角色</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Select a case in the list to see its parties, hearings, dossier and members.</source>
        <translation>在左侧列表中选择一个案件，即可查看当事人、庭审、卷宗和办案人员。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>办案人员</translation>
    </message>
    <message>
        <source>Open in the hearing workspace</source>
        <translation>在庭审工作区打开</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>新建庭审</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Facts happened</source>
        <translation>事实发生日</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date.</source>
        <translation>本案引用此日施行的法律。</translation>
    </message>
    <message>
        <source>Citations in this case use today&apos;s law.</source>
        <translation>本案引用现行法律。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
</context>
<context>
    <name>CasesWorkspace</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>我的角色</translation>
    </message>
    <message>
        <source>Facts&apos; date saved: citations in this case use the law in force on %1.</source>
        <translation>事实发生日已保存：本案引用 %1 施行的法律。</translation>
    </message>
    <message>
        <source>Facts&apos; date cleared: citations in this case use today&apos;s law.</source>
        <translation>事实发生日已清除：本案引用现行法律。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”匹配的案件。</translation>
    </message>
    <message>
        <source>No cases are assigned to you on this computer yet. Cases appear here when a clerk creates them or when they are synced from the court&apos;s case system.</source>
        <translation>本机上暂无分配给您的案件。书记员创建案件或从法院案件管理系统同步后，案件会显示在这里。</translation>
    </message>
    <message>
        <source>Search by case number, title, cause or party…</source>
        <translation>按案号、案件名称、案由或当事人搜索…</translation>
    </message>
</context>
<context>
    <name>CastDialog</name>
    <message>
        <source>Cast to room screen</source>
        <translation>投屏到大屏</translation>
    </message>
    <message>
        <source>The page you read appears on the room screen and follows as you turn pages. Choose the screen or type the address it shows, then type its PIN.</source>
        <translation>您正在阅读的页面会显示在大屏上，并随您翻页同步。请选择大屏或输入大屏上显示的地址，再输入大屏上的配对码。</translation>
    </message>
    <message>
        <source>Room screens</source>
        <translation>大屏</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>as the room screen shows it, e.g. 192.168.1.20:8765</source>
        <translation>按大屏上显示的填写，如 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>the 6 digits on the room screen</source>
        <translation>大屏上显示的 6 位数字</translation>
    </message>
    <message>
        <source>A public screen: everyone in the room can read what you cast to it.</source>
        <translation>公共屏幕：在场所有人都能看到您投屏的内容。</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>投屏</translation>
    </message>
    <message>
        <source>Forget this screen</source>
        <translation>忘记此大屏</translation>
    </message>
    <message>
        <source>Pair anew with this address: only when court IT has reinstalled the room&apos;s PC</source>
        <translation>与此地址重新配对：仅在信息中心重装了大屏所在电脑时使用</translation>
    </message>
    <message>
        <source>Type the address the room screen shows.</source>
        <translation>请输入大屏上显示的地址。</translation>
    </message>
    <message>
        <source>Looking for room screens on the network…</source>
        <translation>正在网络中查找大屏…</translation>
    </message>
    <message>
        <source>Room screens found on the network: %n.</source>
        <translation>在网络中找到的大屏：%n 个。</translation>
    </message>
    <message>
        <source>No room screen answered on the network (court networks often block this): type the address the room screen shows.</source>
        <translation>网络中没有大屏应答（法院网络常屏蔽此类查找）：请输入大屏上显示的地址。</translation>
    </message>
    <message>
        <source>public screen</source>
        <translation>公共屏幕</translation>
    </message>
    <message>
        <source>paired before</source>
        <translation>曾配对</translation>
    </message>
    <message>
        <source>Type the address as the room screen shows it, e.g. 192.168.1.20:8765.</source>
        <translation>请按大屏上显示的填写地址，如 192.168.1.20:8765。</translation>
    </message>
    <message>
        <source>The PIN is the 6 digits the room screen shows.</source>
        <translation>配对码是大屏上显示的 6 位数字。</translation>
    </message>
    <message>
        <source>Pairing with %1…</source>
        <translation>正在与 %1 配对…</translation>
    </message>
</context>
<context>
    <name>CastReceiverWindow</name>
    <message>
        <source>Presenting: %1</source>
        <translation>正在演示：%1</translation>
    </message>
    <message>
        <source>The page is on its way…</source>
        <translation>正在接收页面…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>To show a page here, choose this screen in courtdesk and type the PIN, or type this address:</source>
        <translation>要在此屏幕上演示，请在 courtdesk 中选择此屏幕并输入配对码，或输入以下地址：</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>Public screen: ID, phone and bank card numbers are removed from what is shown here.</source>
        <translation>公开屏幕：此处显示的内容已去除身份证号、电话号码和银行卡号。</translation>
    </message>
    <message>
        <source>Browsers: open %1</source>
        <translation>浏览器查看：打开 %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书指纹 %1</translation>
    </message>
    <message>
        <source>Esc closes the receiver.</source>
        <translation>按 Esc 关闭接收端。</translation>
    </message>
</context>
<context>
    <name>Casting</name>
    <message>
        <source>Casting cancelled; nothing was shown.</source>
        <translation>已取消投屏，大屏上未显示任何内容。</translation>
    </message>
    <message>
        <source>Casting stopped; the room screen “%1” is clear.</source>
        <translation>已停止投屏，大屏“%1”已清空。</translation>
    </message>
    <message>
        <source>Cast to room screen…</source>
        <translation>投屏到大屏…</translation>
    </message>
    <message>
        <source>Show the page you read on a room screen on the network; it follows as you turn pages</source>
        <translation>在网络中的大屏上显示您正在阅读的页面，并随翻页同步</translation>
    </message>
    <message>
        <source>Stop casting</source>
        <translation>停止投屏</translation>
    </message>
    <message>
        <source>Clear the room screen</source>
        <translation>清空大屏</translation>
    </message>
    <message>
        <source>Casting to %1</source>
        <translation>正在投屏到 %1</translation>
    </message>
    <message>
        <source> (public screen)</source>
        <translation>（公共屏幕）</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
</context>
<context>
    <name>DossierPresenting</name>
    <message>
        <source>Present</source>
        <translation>投屏</translation>
    </message>
    <message>
        <source>Show this volume on the room&apos;s screen (F5); Esc stops</source>
        <translation>在法庭屏幕上展示本卷（F5）；按 Esc 停止</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>激光笔</translation>
    </message>
    <message>
        <source>Show a red dot on the room screen where the mouse is (or hold Ctrl)</source>
        <translation>在法庭屏幕上鼠标所在位置显示红点（或按住 Ctrl）</translation>
    </message>
    <message>
        <source>Show pages to court…</source>
        <translation>向法庭展示页面…</translation>
    </message>
    <message>
        <source>Show only some pages of this volume on the room screen</source>
        <translation>只在法庭屏幕上展示本卷的部分页面</translation>
    </message>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>法庭屏幕 — courtdesk</translation>
    </message>
    <message>
        <source>Only one screen is connected, so the room picture opened in a window: drag it where the court can see it, or connect the room&apos;s screen — the picture moves there by itself. Esc stops presenting.</source>
        <translation>只连接了一个屏幕，投屏画面已在窗口中打开：可将其拖到法庭能看到的位置，或连接法庭屏幕，画面会自动移过去。按 Esc 停止投屏。</translation>
    </message>
    <message>
        <source>Presenting “%1” on the second screen. Esc stops.</source>
        <translation>正在第二屏幕上展示“%1”。按 Esc 停止。</translation>
    </message>
    <message>
        <source>Presenting stopped: the room screen shows nothing of this case.</source>
        <translation>已停止投屏：法庭屏幕不再显示本案任何内容。</translation>
    </message>
    <message>
        <source>Court sees pages %1–%2 only</source>
        <translation>法庭仅能看到第 %1–%2 页</translation>
    </message>
    <message>
        <source>Page %1 is not shown to the court (pages %2–%3 only)</source>
        <translation>第 %1 页未向法庭展示（仅展示第 %2–%3 页）</translation>
    </message>
    <message>
        <source>The room picture is on the screen “%1” now.</source>
        <translation>投屏画面现在显示在屏幕“%1”上。</translation>
    </message>
    <message>
        <source>The room&apos;s screen was disconnected, so presenting stopped. Your reading is unchanged; press F5 to present again.</source>
        <translation>法庭屏幕已断开，投屏已停止。您的阅读不受影响；按 F5 可重新投屏。</translation>
    </message>
</context>
<context>
    <name>DossierWorkspace</name>
    <message>
        <source>Dossier</source>
        <translation>电子卷宗</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>column: how many</comment>
        <translation>页数</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>文字识别</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Text recognition of scanned pages</source>
        <translation>扫描页的文字识别（OCR）</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需识别</translation>
    </message>
    <message>
        <source>Search all volumes (Chinese, Korean…)</source>
        <translation>检索全部卷宗（中文、朝鲜文…）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source> (OCR)</source>
        <translation>（OCR识别）</translation>
    </message>
    <message>
        <source>Vol. %1 %2 — page %3</source>
        <translation>第%1卷 %2 — 第%3页</translation>
    </message>
    <message>
        <source>“%1”: found on %n page(s).</source>
        <translation>“%1”：共在%n页找到。</translation>
    </message>
    <message>
        <source>“%1”: not found. Scanned pages are searchable once OCR has read them.</source>
        <translation>未找到“%1”。扫描页经OCR识别后即可检索。</translation>
    </message>
    <message>
        <source>Reading scanned pages (OCR): %1, %2 of %3</source>
        <translation>正在识别扫描页（OCR）：%1，%2/%3</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>private</source>
        <translation>仅自己可见</translation>
    </message>
    <message>
        <source>p. %1 · %2 · %3, %4</source>
        <translation>第%1页 · %2 · %3，%4</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Flatten my annotations and the shared ones into the copy</source>
        <translation>将我的批注和共享批注合并到副本中</translation>
    </message>
    <message>
        <source>Redact ID numbers, phone numbers and bank card numbers (removed from the file, not covered)</source>
        <translation>隐去身份证号、电话号码和银行卡号（从文件中删除，而非遮盖）</translation>
    </message>
    <message>
        <source>The stored volume is not changed; the copy is a new file. Redacting a scan reads it with OCR first, which takes a while.</source>
        <translation>卷宗原件不会改变，副本是新文件。对扫描页脱敏需要先进行OCR识别，需要一些时间。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <source>Clean up scans</source>
        <translation>扫描件优化</translation>
    </message>
    <message>
        <source>Deskew, remove black borders and specks into a cleaned copy, shown beside the original</source>
        <translation>纠偏、去黑边、去噪点，生成优化副本并与原件并排显示</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>已引用到笔记：%1</translation>
    </message>
    <message>
        <source>No note is being written: %1 is copied, paste it where it belongs.</source>
        <translation>当前没有正在写的笔记：%1 已复制，请粘贴到需要的位置。</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续滚动</translation>
    </message>
    <message>
        <source>Scroll through all pages, or show one page at a time</source>
        <translation>连续滚动浏览全部页面，或逐页显示</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Turn the view by 90° (Ctrl+R); the file is not changed</source>
        <translation>视图旋转90°（Ctrl+R），文件不变</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <source>Open in other pane</source>
        <translation>在另一侧打开</translation>
    </message>
    <message>
        <source>Bookmark this page (Ctrl+B)</source>
        <translation>为本页加书签（Ctrl+B）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>默认颜色</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>New annotations are shared with the case&apos;s members; off: only you see them</source>
        <translation>新批注与本案成员共享；关闭时仅自己可见</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Choose a case, then open a volume from the list on the left.</source>
        <translation>请选择案件，然后从左侧列表打开卷宗。</translation>
    </message>
    <message>
        <source>Double-click a volume on the left to read it.</source>
        <translation>双击左侧的卷宗即可阅读。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Add an entry at this page…</source>
        <translation>在本页添加目录项…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Starts at this page</source>
        <translation>从本页开始</translation>
    </message>
    <message>
        <source>Ends at this page</source>
        <translation>到本页结束</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Detect the catalog again</source>
        <translation>重新识别目录</translation>
    </message>
    <message>
        <source>Title of the document starting on page %1:</source>
        <translation>从第%1页开始的文书标题：</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message numerus="yes">
        <source>OCR read %n scanned page(s); they are searchable now.</source>
        <translation>
            <numerusform>OCR已识别%n页扫描件，现在可以检索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>便签</translation>
    </message>
    <message>
        <source>Highlight the selected text, or the text you drag over next</source>
        <translation>高亮所选文字，或接下来拖选的文字</translation>
    </message>
    <message>
        <source>Underline the selected text, or the text you drag over next</source>
        <translation>给所选文字加下划线，或接下来拖选的文字</translation>
    </message>
    <message>
        <source>Box select</source>
        <translation>框选</translation>
    </message>
    <message>
        <source>Drag a box to take the text inside it instead of selecting along the lines (or hold Alt while dragging)</source>
        <translation>拖出一个方框，选取框内的文字，而不是沿行选取（也可按住 Alt 拖动）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comment on “%1” (page %2):</source>
        <translation>对“%1”的批注（第 %2 页）：</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>第%1页便签：</translation>
    </message>
    <message>
        <source>Import into the dossier</source>
        <translation>导入卷宗</translation>
    </message>
    <message>
        <source>PDF and scans</source>
        <translation>PDF和扫描图片</translation>
    </message>
    <message>
        <source>Importing %n file(s)…</source>
        <translation>正在导入%n个文件…</translation>
    </message>
    <message>
        <source>Imported %n volume(s).</source>
        <translation>已导入%n卷。</translation>
    </message>
    <message>
        <source>“%1” is signed: it is stored exactly as received, and its signatures are checked when it is opened.</source>
        <translation>“%1”带有电子签名：已按原样保存，打开时将核验其签名。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Password-protected PDF</source>
        <translation>受密码保护的PDF</translation>
    </message>
    <message>
        <source>Password to open %1:</source>
        <translation>打开%1的密码：</translation>
    </message>
    <message>
        <source>Cleaning up the scanned pages…</source>
        <translation>正在优化扫描页…</translation>
    </message>
    <message>
        <source>Cleaned copy made: “%1” (%n page(s) cleaned), shown on the right beside the original.</source>
        <translation>已生成优化副本“%1”（优化%n页），在右侧与原件并排显示。</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>正在写入副本…</translation>
    </message>
    <message>
        <source>Copy written to %1: the signed file itself, unchanged, so its signatures still verify.</source>
        <translation>副本已保存到 %1：即已签名的原文件，未作任何改动，签名仍可验证。</translation>
    </message>
    <message>
        <source>Copy written to %1: %2 annotation(s) flattened, %3 number(s) redacted.</source>
        <translation>副本已写入%1：合并批注%2处，隐去号码%3个。</translation>
    </message>
    <message>
        <source>The volume is signed: this copy has annotations or redactions written in, so its signatures no longer verify. The signed volume in the dossier is unchanged.</source>
        <translation>该卷宗已签名：此副本写入了批注或遮盖，其签名不再有效。卷宗中的已签名原件未被改动。</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Wrong passphrase for the local store</source>
        <translation>本地案件库口令错误</translation>
    </message>
    <message>
        <source>The passphrase did not unlock the encrypted case store. Nothing in the store was changed.</source>
        <translation>该口令无法解锁加密的本地案件库。案件库中的内容没有任何改动。</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then start courtdesk again. A lost passphrase cannot be recovered; cases already synced remain safe on the court&apos;s server.</source>
        <translation>请检查键盘布局和大写锁定键，然后重新启动 courtdesk。口令一旦遗失便无法找回；已同步的案件仍安全地保存在法院服务器上。</translation>
    </message>
    <message>
        <source>The local store is damaged</source>
        <translation>本地案件库已损坏</translation>
    </message>
    <message>
        <source>courtdesk cannot read the encrypted case store on this computer and has changed nothing in it. Work already synced is safe on the court&apos;s server.</source>
        <translation>courtdesk 无法读取本机上的加密案件库，且未对其做任何改动。已同步的工作仍安全地保存在法院服务器上。</translation>
    </message>
    <message>
        <source>Do not delete or move the profile folder. Ask court IT to restore the store from the court&apos;s server; what this computer had not yet synced is lost unless a backup holds it. The details below name the file and what was not synced.</source>
        <translation>请勿删除或移动用户数据文件夹。请联系法院信息中心从法院服务器恢复案件库；本机尚未同步的内容会丢失（备份中保存的除外）。下方详细信息中列出了相关文件和尚未同步的内容。</translation>
    </message>
    <message>
        <source>courtdesk cannot write to its data folder</source>
        <translation>courtdesk 无法写入其数据文件夹</translation>
    </message>
    <message>
        <source>Changes cannot be saved while the folder is read-only or unreachable. Nothing already saved was lost.</source>
        <translation>在该文件夹只读或无法访问期间，更改无法保存。已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>Ask court IT to fix the permissions or the disk named in the details, then start courtdesk again.</source>
        <translation>请联系法院信息中心修复详细信息中所列文件夹的权限或磁盘问题，然后重新启动 courtdesk。</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The last change was not saved; everything saved before it is intact.</source>
        <translation>最后一项更改未能保存；此前保存的所有内容均完好无损。</translation>
    </message>
    <message>
        <source>Free some space on the disk named in the details, or ask court IT, then try again.</source>
        <translation>请在详细信息所列的磁盘上释放空间（或联系法院信息中心），然后重试。</translation>
    </message>
    <message>
        <source>courtdesk is already open</source>
        <translation>courtdesk 已经打开</translation>
    </message>
    <message>
        <source>Another courtdesk window is using this profile. Two windows on one profile would write to the same store, so this one does not start. Nothing was changed.</source>
        <translation>另一个 courtdesk 窗口正在使用此用户数据。两个窗口同时写入同一个案件库会造成冲突，因此本窗口不会启动。没有做任何改动。</translation>
    </message>
    <message>
        <source>Switch to the courtdesk window that is already open, or close it and start courtdesk again.</source>
        <translation>请切换到已经打开的 courtdesk 窗口，或将其关闭后重新启动 courtdesk。</translation>
    </message>
    <message>
        <source>The key of the local store is not available</source>
        <translation>无法获取本地案件库的密钥</translation>
    </message>
    <message>
        <source>The key of the encrypted case store is kept in the system keyring, which cannot give it now. The store stays locked and unchanged.</source>
        <translation>加密案件库的密钥保存在系统密钥环中，而密钥环目前无法提供该密钥。案件库保持锁定，内容未变。</translation>
    </message>
    <message>
        <source>Unlock or start your desktop keyring (log in to the desktop again if needed), then start courtdesk again. If it persists, ask court IT.</source>
        <translation>请解锁或启动桌面密钥环（必要时重新登录桌面），然后重新启动 courtdesk。如问题仍然存在，请联系法院信息中心。</translation>
    </message>
    <message>
        <source>The local store needs its passphrase</source>
        <translation>本地案件库需要口令</translation>
    </message>
    <message>
        <source>Without the passphrase the encrypted case store stays locked, so no case can be opened. Nothing was changed.</source>
        <translation>没有口令，加密案件库将保持锁定，无法打开任何案件。没有做任何改动。</translation>
    </message>
    <message>
        <source>Start courtdesk again and enter the passphrase. For unattended use, court IT can set COURTDESK_PASSPHRASE.</source>
        <translation>请重新启动 courtdesk 并输入口令。如需无人值守运行，法院信息中心可设置 COURTDESK_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Encryption is not available</source>
        <translation>加密功能不可用</translation>
    </message>
    <message>
        <source>courtdesk never keeps court data unencrypted, and the encryption library is missing on this computer. Nothing was opened or written.</source>
        <translation>courtdesk 从不以未加密方式保存法院数据，而本机缺少加密库。没有打开或写入任何内容。</translation>
    </message>
    <message>
        <source>Ask court IT to reinstall courtdesk with its dependencies.</source>
        <translation>请联系法院信息中心重新安装 courtdesk 及其依赖组件。</translation>
    </message>
    <message>
        <source>The machine configuration is invalid</source>
        <translation>本机配置文件有误</translation>
    </message>
    <message>
        <source>The configuration file court IT wrote for this computer has an error. courtdesk does not start rather than guess at the courtroom&apos;s settings.</source>
        <translation>法院信息中心为本机编写的配置文件有错误。courtdesk 不会猜测法庭的设置，因此不会启动。</translation>
    </message>
    <message>
        <source>Ask court IT to correct the file; the details name the file, the setting and the fix. &quot;courtdesk doctor&quot; checks it.</source>
        <translation>请联系法院信息中心修正该文件；详细信息中列出了文件、出错的设置项及修正方法。可用“courtdesk doctor”进行检查。</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <source>Check the user name and the keyboard layout and try again. Court IT can reset a forgotten password.</source>
        <translation>请检查用户名和键盘布局后重试。忘记密码时，可由法院信息中心重置。</translation>
    </message>
    <message>
        <source>Too many failed logins: try again in %n minute(s)</source>
        <translation>登录失败次数过多：请 %n 分钟后再试</translation>
    </message>
    <message>
        <source>To protect the account, logins with this name are paused after several wrong passwords; each further wrong password makes the wait longer. Your work is not affected.</source>
        <translation>为保护账户安全，同一用户名连续多次输错密码后将暂停登录；之后每再输错一次，等待时间都会更长。您的工作不受影响。</translation>
    </message>
    <message>
        <source>Wait, then enter the password once more, carefully (check the keyboard layout and Caps Lock). Court IT can lift the wait or reset a forgotten password.</source>
        <translation>请等待上述时间后，再仔细输入一次密码（注意键盘布局和大写锁定键）。法院信息中心可以解除等待，或重置遗忘的密码。</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <source>Your account may not do this. The rule is enforced by courtdesk itself, not only hidden in the window.</source>
        <translation>您的账户无权执行此操作。该规则由 courtdesk 本身强制执行，而不仅仅是在界面上隐藏。</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT.</source>
        <translation>如工作需要，请联系审判长或法院信息中心。</translation>
    </message>
    <message>
        <source>The account could not be saved</source>
        <translation>账户未能保存</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>没有保存任何内容。</translation>
    </message>
    <message>
        <source>Correct the entry as the details describe, and try again.</source>
        <translation>请按详细信息中的说明更正输入后重试。</translation>
    </message>
    <message>
        <source>The user name is not valid</source>
        <translation>用户名无效</translation>
    </message>
    <message>
        <source>A user name must not be empty or contain spaces. Nothing was saved.</source>
        <translation>用户名不能为空，也不能包含空格。未保存任何内容。</translation>
    </message>
    <message>
        <source>Enter a user name without spaces and try again.</source>
        <translation>请输入不含空格的用户名后重试。</translation>
    </message>
    <message>
        <source>This user name is already taken</source>
        <translation>该用户名已被使用</translation>
    </message>
    <message>
        <source>Another account on this PC has this user name. Nothing was saved.</source>
        <translation>本机已有另一个账号使用此用户名。未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose another user name and try again.</source>
        <translation>请换一个用户名后重试。</translation>
    </message>
    <message>
        <source>The password is too short</source>
        <translation>密码太短</translation>
    </message>
    <message>
        <source>A password needs at least %n characters. Nothing was saved.</source>
        <translation>密码至少需要 %n 个字符。未保存任何内容。</translation>
    </message>
    <message>
        <source>Enter a longer password and try again.</source>
        <translation>请输入更长的密码后重试。</translation>
    </message>
    <message>
        <source>The first account must be court IT&apos;s</source>
        <translation>第一个账号必须是信息中心人员的账号</translation>
    </message>
    <message>
        <source>The first account on this PC manages all the others, so it needs the court IT role. Nothing was saved.</source>
        <translation>本机的第一个账号负责管理其他所有账号，因此必须具有信息中心角色。未保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the court IT role for this account.</source>
        <translation>请为此账号选择信息中心角色。</translation>
    </message>
    <message>
        <source>This is the last court IT account on this PC</source>
        <translation>这是本机最后一个信息中心账号</translation>
    </message>
    <message>
        <source>Without it nobody could manage the accounts here. Nothing was changed.</source>
        <translation>没有它，就无人能管理本机的账号。未做任何改动。</translation>
    </message>
    <message>
        <source>Add another court IT account first, then try again.</source>
        <translation>请先添加另一个信息中心账号，然后重试。</translation>
    </message>
    <message>
        <source>Another account on this PC has your user name</source>
        <translation>本机另有一个账号使用了您的用户名</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your login, but a different local account on this PC already uses the same user name, so nothing was changed. Your work stays on this PC.</source>
        <translation>法院服务器已接受您的登录，但本机已有另一个本地账号使用相同的用户名，因此未做任何改动。您的工作仍保存在本机。</translation>
    </message>
    <message>
        <source>Ask court IT to rename the local account on this PC, then log in to the court&apos;s server again under Sync.</source>
        <translation>请联系法院信息中心为本机的该本地账号改名，然后在“同步”中重新登录法院服务器。</translation>
    </message>
    <message>
        <source>Your account is disabled on this PC</source>
        <translation>您的账户在本机已被停用</translation>
    </message>
    <message>
        <source>The court&apos;s server accepted your password, but court IT has disabled your account on this PC, so you were not logged in here and nothing was changed.</source>
        <translation>法院服务器已接受您的密码，但信息科已在本机停用您的账户，因此您未在本机登录，本机数据未作任何更改。</translation>
    </message>
    <message>
        <source>Ask court IT to enable your account on this PC, then log in again.</source>
        <translation>请联系信息科在本机启用您的账户，然后重新登录。</translation>
    </message>
    <message>
        <source>A stored file is damaged</source>
        <translation>本机保存的文件已损坏</translation>
    </message>
    <message>
        <source>A file (a recording or a dossier volume) does not match the fingerprint it was saved with, so courtdesk does not use it. Nothing was changed.</source>
        <translation>某个文件（录音或卷宗分册）与保存时的校验值不符，courtdesk 不会使用它。未做任何更改。</translation>
    </message>
    <message>
        <source>Sync again: courtdesk fetches a good copy from the court&apos;s server if it has one. Otherwise give the details to court IT.</source>
        <translation>请再同步一次：如法院服务器上有完好的副本，courtdesk 会重新取回。否则请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>The audio input stopped: %1</source>
        <translation>音频输入已中断：%1</translation>
    </message>
    <message>
        <source>Nothing is recorded from %2 until the input is back. Everything recorded before is kept.</source>
        <translation>从 %2 起到输入恢复前无法录音。此前录下的内容全部保留。</translation>
    </message>
    <message>
        <source>Check the microphone&apos;s USB cable or the mixer&apos;s power. Recording resumes by itself when the input is back.</source>
        <translation>请检查麦克风的 USB 线或调音台电源。输入恢复后会自动继续录音。</translation>
    </message>
    <message>
        <source>%1 has gone silent</source>
        <translation>%1没有声音</translation>
    </message>
    <message>
        <source>Nothing is heard on it since %2; the other microphones keep recording.</source>
        <translation>自 %2 起该麦克风没有信号；其他麦克风照常录音。</translation>
    </message>
    <message>
        <source>Check this microphone&apos;s cable and its switch on the mixer. This warning goes away when it is heard again.</source>
        <translation>请检查该麦克风的连线和调音台上的开关。恢复收音后此提示会自动消失。</translation>
    </message>
    <message>
        <source>The audio input is back: %1</source>
        <translation>音频输入已恢复：%1</translation>
    </message>
    <message>
        <source>Recording resumed at %2. The time it was away has no audio and no text.</source>
        <translation>已于 %2 恢复录音。中断期间既无录音也无文字。</translation>
    </message>
    <message>
        <source>Nothing to do now. Read the record around that time: words spoken while the input was away are not in it.</source>
        <translation>现在无需操作。请核对笔录中该时段的内容：中断期间所说的话未被记录。</translation>
    </message>
    <message>
        <source>%1 is heard again</source>
        <translation>%1 已恢复收音</translation>
    </message>
    <message>
        <source>Its audio is recorded again from %2.</source>
        <translation>自 %2 起该麦克风重新录音。</translation>
    </message>
    <message>
        <source>Nothing to do now. While it was silent, nothing it picked up was recorded.</source>
        <translation>现在无需操作。无声期间，该麦克风未录下任何声音。</translation>
    </message>
    <message>
        <source>Speech recognition failed for %1</source>
        <translation>%1的语音识别出错</translation>
    </message>
    <message>
        <source>Its audio is still recorded in full; the text from %2 is missing while recognition restarts.</source>
        <translation>该麦克风的声音仍在完整录制；识别重新启动期间，自 %2 起的文字暂缺。</translation>
    </message>
    <message>
        <source>Carry on with the hearing. After it, the missing stretch can be transcribed from the recording.</source>
        <translation>庭审可照常进行。庭审结束后，可根据录音补转缺失的部分。</translation>
    </message>
    <message>
        <source>Speech recognition for %1 restarted</source>
        <translation>%1的语音识别已重新启动</translation>
    </message>
    <message>
        <source>Text appears again from %2. The stretch it missed is in the recording.</source>
        <translation>自 %2 起重新出现文字。漏识别的部分保留在录音中。</translation>
    </message>
    <message>
        <source>After the hearing, choose “Transcribe the missing parts” to fill it in.</source>
        <translation>庭审结束后，点击“补转缺失部分”即可补全。</translation>
    </message>
    <message>
        <source>Some audio could not be processed in time</source>
        <translation>部分音频未能及时处理</translation>
    </message>
    <message>
        <source>Part of the audio was lost before it was recorded, or recorded but skipped by speech recognition; the counts are below.</source>
        <translation>有部分音频在录制前丢失，或已录制但被语音识别跳过；数量见下方。</translation>
    </message>
    <message>
        <source>The computer is overloaded: close other programs. Stretches skipped by recognition can be transcribed from the recording after the hearing.</source>
        <translation>电脑负荷过高：请关闭其他程序。被识别跳过的部分可在庭审结束后根据录音补转。</translation>
    </message>
    <message>
        <source>The local store reported a problem</source>
        <translation>本地案件库报告了一个问题</translation>
    </message>
    <message>
        <source>The last action did not complete. What was saved before is intact.</source>
        <translation>上一项操作未能完成。此前保存的内容完好无损。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below to court IT.</source>
        <translation>请重试。如再次出现，请将下方详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现了错误</translation>
    </message>
    <message>
        <source>courtdesk hit an unexpected error. What was saved before is intact.</source>
        <translation>courtdesk 遇到了意外错误。此前保存的内容完好无损。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details below and the log file to court IT.</source>
        <translation>请重试。如再次出现，请将下方详细信息和日志文件提供给法院信息中心。</translation>
    </message>
    <message>
        <source>Details for court IT</source>
        <translation>供信息中心查看的详细信息</translation>
    </message>
    <message>
        <source>The file was not imported. Nothing in the dossier changed.</source>
        <translation>该文件未导入，卷宗未做任何更改。</translation>
    </message>
    <message>
        <source>The case file could not do that</source>
        <translation>卷宗操作未能完成</translation>
    </message>
    <message>
        <source>The last action on the dossier did not complete. The dossier&apos;s files and your annotations are unchanged.</source>
        <translation>刚才对卷宗的操作没有完成。卷宗文件和您的批注均未改变。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, give the details to court IT.</source>
        <translation>请重试。如再次出现，请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>This file cannot be imported into the dossier</source>
        <translation>该文件无法导入卷宗</translation>
    </message>
    <message>
        <source>The file may be damaged or not a PDF or scan. Ask whoever sent it for a new copy, or scan the paper again.</source>
        <translation>文件可能已损坏，或不是 PDF 或扫描件。请向发送方重新索取，或重新扫描纸质材料。</translation>
    </message>
    <message>
        <source>This PDF is protected by a password</source>
        <translation>该 PDF 设有密码保护</translation>
    </message>
    <message>
        <source>Enter the file&apos;s password when asked and import it again.</source>
        <translation>请重新导入，并在提示时输入该文件的密码。</translation>
    </message>
    <message>
        <source>The password does not open this PDF</source>
        <translation>密码错误，无法打开该 PDF</translation>
    </message>
    <message>
        <source>Check the password with whoever sent the file and import it again.</source>
        <translation>请向文件发送方核实密码后重新导入。</translation>
    </message>
    <message>
        <source>This dossier volume is no longer on this computer</source>
        <translation>本机上已没有该卷宗分册</translation>
    </message>
    <message>
        <source>It was removed, or it has not arrived from the court&apos;s server yet. Nothing else in the dossier is affected.</source>
        <translation>该分册已被删除，或尚未从法院服务器同步到本机。卷宗的其他部分不受影响。</translation>
    </message>
    <message>
        <source>Choose the case again to refresh the list of volumes, or sync.</source>
        <translation>请重新选择该案件以刷新分册列表，或进行同步。</translation>
    </message>
    <message>
        <source>There is no such page in this volume</source>
        <translation>该分册中没有这一页</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Pick a page from the page list or the catalog of this volume.</source>
        <translation>请从该分册的页面列表或目录中选择页面。</translation>
    </message>
    <message>
        <source>Scanned pages cannot be read (OCR) on this computer</source>
        <translation>本机无法识别扫描页文字（OCR）</translation>
    </message>
    <message>
        <source>Scanned pages can be read and annotated, but their text cannot be searched. Everything else in the dossier works.</source>
        <translation>扫描页仍可阅读和批注，但其中的文字无法检索。卷宗的其他功能均可正常使用。</translation>
    </message>
    <message>
        <source>Ask court IT to install Tesseract OCR with the Chinese and Korean language data; &quot;courtdesk doctor&quot; checks it.</source>
        <translation>请联系法院信息中心安装 Tesseract OCR 及中文、朝鲜文语言包；可用“courtdesk doctor”进行检查。</translation>
    </message>
    <message>
        <source>The annotation could not be saved</source>
        <translation>批注未能保存</translation>
    </message>
    <message>
        <source>This annotation was not saved; your other annotations and the file are unchanged.</source>
        <translation>这条批注没有保存；您的其他批注和文件本身均未改变。</translation>
    </message>
    <message>
        <source>Draw or write it again on the page. If it keeps failing, give the details to court IT.</source>
        <translation>请在页面上重新标注或书写。如仍失败，请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>This file is not signed</source>
        <translation>该文件没有电子签名</translation>
    </message>
    <message>
        <source>It carries no electronic signature, so it was not filed as a signed record. Nothing in the dossier changed.</source>
        <translation>该文件不带电子签名，因此未作为已签名笔录归档。卷宗未作任何改动。</translation>
    </message>
    <message>
        <source>Finish the signing round first, or import the file as an ordinary volume.</source>
        <translation>请先完成签名流程，或将该文件作为普通卷宗导入。</translation>
    </message>
    <message>
        <source>A signed volume is not cleaned up</source>
        <translation>已签名的卷宗不做清理</translation>
    </message>
    <message>
        <source>Cleaning would make a copy without its signatures, so none was made. The signed file stays exactly as it was received, and its scanned pages are still searchable once OCR has read them.</source>
        <translation>清理会生成一份不带签名的副本，因此未生成。已签名的文件保持收到时的原样；其扫描页经文字识别后仍可检索。</translation>
    </message>
    <message>
        <source>Read the signed volume as it is. If a page is hard to read, ask for a better copy signed again.</source>
        <translation>请直接阅读已签名的卷宗。如有页面难以辨认，请索取重新签名的清晰副本。</translation>
    </message>
    <message>
        <source>The catalog could not be changed</source>
        <translation>目录未能修改</translation>
    </message>
    <message>
        <source>The volume&apos;s catalog is as it was; the file itself is unchanged.</source>
        <translation>该分册的目录保持原样，文件本身未改变。</translation>
    </message>
    <message>
        <source>Choose the volume again and retry the change.</source>
        <translation>请重新选择该分册，再次进行修改。</translation>
    </message>
    <message>
        <source>Nothing was changed on the server; your work stays on this PC.</source>
        <translation>服务器上未做任何更改；您的工作内容仍保存在本机。</translation>
    </message>
    <message>
        <source>Sync with the court&apos;s server did not work</source>
        <translation>与法院服务器同步未成功</translation>
    </message>
    <message>
        <source>Your work stays on this PC; nothing was lost.</source>
        <translation>您的工作内容仍保存在本机，没有丢失。</translation>
    </message>
    <message>
        <source>Check that the server address is the https:// address court IT gave you, and try again.</source>
        <translation>请确认服务器地址是法院信息中心提供的 https:// 地址，然后重试。</translation>
    </message>
    <message>
        <source>The court&apos;s server cannot be reached</source>
        <translation>无法连接法院服务器</translation>
    </message>
    <message>
        <source>You can keep working: everything is saved on this PC and syncs by itself when the network is back.</source>
        <translation>您可以继续工作：所有内容都已保存在本机，网络恢复后会自动同步。</translation>
    </message>
    <message>
        <source>Nothing to do now. If you need to sync now, check the network cable or Wi-Fi, and the server address.</source>
        <translation>现在无需处理。如需立即同步，请检查网线或无线网络，以及服务器地址。</translation>
    </message>
    <message>
        <source>The court&apos;s server is busy</source>
        <translation>法院服务器繁忙</translation>
    </message>
    <message>
        <source>Nothing was lost; courtdesk tries again by itself shortly.</source>
        <translation>没有丢失任何内容；courtdesk 稍后会自动重试。</translation>
    </message>
    <message>
        <source>Nothing to do. If it lasts for hours, tell court IT.</source>
        <translation>无需处理。如持续数小时，请告知法院信息中心。</translation>
    </message>
    <message>
        <source>The court&apos;s case database is not reachable</source>
        <translation>法院案件数据库暂时无法访问</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s server again</source>
        <translation>请重新登录法院服务器</translation>
    </message>
    <message>
        <source>Sync is paused until you log in; your work stays on this PC.</source>
        <translation>登录前同步暂停；您的工作内容仍保存在本机。</translation>
    </message>
    <message>
        <source>Enter your user name and password under Sync, then sync again.</source>
        <translation>请在“同步”页面输入用户名和密码，然后重新同步。</translation>
    </message>
    <message>
        <source>Your login to the court&apos;s server has expired</source>
        <translation>法院服务器的登录已过期</translation>
    </message>
    <message>
        <source>Wrong user name or password for the court&apos;s server</source>
        <translation>法院服务器的用户名或密码错误</translation>
    </message>
    <message>
        <source>You are not logged in to the court&apos;s server; your work stays on this PC.</source>
        <translation>您尚未登录法院服务器；您的工作内容仍保存在本机。</translation>
    </message>
    <message>
        <source>The court&apos;s server could not be verified</source>
        <translation>无法验证法院服务器的身份</translation>
    </message>
    <message>
        <source>courtdesk sends court data only to the court&apos;s own server, checked by its certificate, so nothing was sent.</source>
        <translation>courtdesk 只把法院数据发送到经证书验证的本院服务器，因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>Ask court IT: the certificate in the machine configuration may be wrong or expired.</source>
        <translation>请联系法院信息中心：本机配置中的证书可能有误或已过期。</translation>
    </message>
    <message>
        <source>The court&apos;s server refused the request</source>
        <translation>法院服务器拒绝了该请求</translation>
    </message>
    <message>
        <source>Give the details to court IT (the server may run another version).</source>
        <translation>请将详细信息提供给法院信息中心（服务器版本可能不一致）。</translation>
    </message>
    <message>
        <source>The court&apos;s server does not allow this for your account</source>
        <translation>法院服务器不允许您的账户进行此操作</translation>
    </message>
    <message>
        <source>If your work needs it, ask the presiding judge or court IT to add you to the case.</source>
        <translation>如工作需要，请联系审判长或法院信息中心将您加入该案件。</translation>
    </message>
    <message>
        <source>The court&apos;s server does not have this</source>
        <translation>法院服务器上没有该内容</translation>
    </message>
    <message>
        <source>Sync again later; if it persists, give the details to court IT.</source>
        <translation>请稍后再同步；如问题持续，请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>Too much at once for the court&apos;s server</source>
        <translation>一次发送的内容超出法院服务器的限制</translation>
    </message>
    <message>
        <source>Give the details to court IT.</source>
        <translation>请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>The court&apos;s server was restored from a backup</source>
        <translation>法院服务器已从备份恢复</translation>
    </message>
    <message>
        <source>courtdesk fetches the case data again from the start; your changes are sent again and nothing on this PC is lost.</source>
        <translation>courtdesk 会从头重新获取案件数据，并重新发送您的修改，本机上的内容不会丢失。</translation>
    </message>
    <message>
        <source>Nothing to do; tell court IT if it happens often.</source>
        <translation>无需处理；如经常出现，请告知法院信息中心。</translation>
    </message>
    <message>
        <source>The court&apos;s server login must be your own</source>
        <translation>法院服务器登录必须是您本人的账号</translation>
    </message>
    <message>
        <source>courtdesk sends nothing under another person&apos;s name: this window syncs only with the login of the person logged in to it. Your work stays on this PC.</source>
        <translation>courtdesk 不会以他人名义发送任何内容：本窗口只使用当前登录人本人的服务器登录进行同步。您的工作保存在本机。</translation>
    </message>
    <message>
        <source>Under Sync, log in to the court&apos;s server with your own password. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>请在“同步”中用您本人的密码登录法院服务器。如需同步他人的工作，请退出登录，再以该人的账号登录。</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved as asked</source>
        <translation>无法按所选方式处理该冲突</translation>
    </message>
    <message>
        <source>The conflict inbox is unchanged.</source>
        <translation>冲突列表未做更改。</translation>
    </message>
    <message>
        <source>Choose the conflict again from the list and keep one of the two versions.</source>
        <translation>请从列表中重新选择该冲突，并保留两个版本之一。</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this change. It is kept on this PC in the conflict inbox; nothing else was affected.</source>
        <translation>法院服务器未接受这项修改。该修改保留在本机的冲突列表中，其他内容不受影响。</translation>
    </message>
    <message>
        <source>Under Sync, keep the court&apos;s version to drop your change, or give the details to court IT.</source>
        <translation>请在“同步”页面选择保留法院的版本以放弃您的修改，或将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>The court&apos;s server found the change incomplete</source>
        <translation>法院服务器认为该修改内容不完整</translation>
    </message>
    <message>
        <source>The record no longer exists on the court&apos;s server</source>
        <translation>法院服务器上已没有这条记录</translation>
    </message>
    <message>
        <source>A field that is fixed once saved was changed</source>
        <translation>修改了保存后不允许更改的字段</translation>
    </message>
    <message>
        <source>Records of this kind can only be added, not changed or deleted</source>
        <translation>此类记录只能新增，不能修改或删除</translation>
    </message>
    <message>
        <source>What this record belongs to has not reached the court&apos;s server</source>
        <translation>这条记录所属的内容尚未同步到法院服务器</translation>
    </message>
    <message>
        <source>What this record belongs to was deleted on the court&apos;s server</source>
        <translation>这条记录所属的内容已在法院服务器上删除</translation>
    </message>
    <message>
        <source>An older correction arrived after a newer one</source>
        <translation>较早的更正晚于较新的更正送达</translation>
    </message>
    <message>
        <source>The court&apos;s server already has a different change under this number</source>
        <translation>法院服务器上已有使用同一编号的另一项修改</translation>
    </message>
    <message>
        <source>Its file has not been uploaded completely yet</source>
        <translation>其所附文件尚未全部上传</translation>
    </message>
    <message>
        <source>The record waits on this PC until its file (a recording or a dossier volume) is on the court&apos;s server; nothing is lost.</source>
        <translation>该记录会在本机等待，直到其文件（录音或卷宗分册）上传到法院服务器；不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the rest of the file and then the record. On a metered link, large files wait for an unmetered network.</source>
        <translation>无需处理：courtdesk 会先发送文件的剩余部分，再发送该记录。使用按流量计费的网络时，大文件会等到不计流量的网络再发送。</translation>
    </message>
    <message>
        <source>Its file must be uploaded from this account first</source>
        <translation>其所附文件须先由本账号上传</translation>
    </message>
    <message>
        <source>The court&apos;s server lets a record name a file only when the person who files it has sent the file itself. The record waits on this PC; nothing is lost.</source>
        <translation>法院服务器只允许亲自上传过该文件的人在记录中引用它。该记录在本机等待发送，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Nothing to do: courtdesk sends the file again at the next sync, then the record. If the file is no longer on this PC, import it again.</source>
        <translation>无需处理：courtdesk 会在下次同步时重新发送该文件，再发送该记录。如果本机已没有该文件，请重新导入。</translation>
    </message>
    <message>
        <source>This change was made by another person</source>
        <translation>此修改由其他人作出</translation>
    </message>
    <message>
        <source>The court&apos;s server accepts a change only from the person who made it, under their own login. It was not applied and is kept on this PC in the conflict inbox.</source>
        <translation>法院服务器只接受修改人本人以自己的账号登录后提交的修改。此修改未被采用，已保留在本机的冲突收件箱中。</translation>
    </message>
    <message>
        <source>The person who made it logs in to courtdesk on this PC and syncs; give the details to court IT if it happens again.</source>
        <translation>请修改人本人在本机登录 courtdesk 后同步；如再次出现，请将详细信息告知法院信息中心。</translation>
    </message>
    <message>
        <source>The court changed this record too</source>
        <translation>法院也修改了这条记录</translation>
    </message>
    <message>
        <source>Both versions are kept: yours on this PC, the court&apos;s on the server. Nothing is lost.</source>
        <translation>两个版本均已保留：您的版本在本机，法院的版本在服务器上，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Under Sync, compare the two versions and keep one.</source>
        <translation>请在“同步”页面比较两个版本，并保留其中之一。</translation>
    </message>
    <message>
        <source>The file was not uploaded completely. It stays on this PC and courtdesk sends it again at the next sync.</source>
        <translation>该文件未完整上传。文件仍保存在本机，courtdesk 会在下次同步时重新发送。</translation>
    </message>
    <message>
        <source>Nothing to do now. If it keeps happening, give the details to court IT.</source>
        <translation>现在无需处理。如反复出现，请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>A file arrived damaged at the court&apos;s server</source>
        <translation>文件送达法院服务器时已损坏</translation>
    </message>
    <message>
        <source>The court&apos;s server refused part of an upload</source>
        <translation>法院服务器拒收了部分上传内容</translation>
    </message>
    <message>
        <source>A file could not be uploaded to the court&apos;s server</source>
        <translation>文件未能上传到法院服务器</translation>
    </message>
    <message>
        <source>The court&apos;s server did not accept this computer&apos;s audit log. Other work synced normally, and the log on this PC is kept.</source>
        <translation>法院服务器未接受本机的审计日志。其他内容已正常同步，本机的日志仍完整保留。</translation>
    </message>
    <message>
        <source>Tell court IT: they compare the court&apos;s copy with this PC&apos;s (&quot;courtdesk audit verify&quot;).</source>
        <translation>请告知法院信息中心，由其比对法院留存的副本与本机的日志（“courtdesk audit verify”）。</translation>
    </message>
    <message>
        <source>This computer&apos;s audit log does not match the court&apos;s copy</source>
        <translation>本机审计日志与法院留存的副本不一致</translation>
    </message>
    <message>
        <source>Entries are missing from this computer&apos;s audit log</source>
        <translation>本机审计日志缺少条目</translation>
    </message>
    <message>
        <source>The court&apos;s server does not take this computer&apos;s audit log from your account</source>
        <translation>法院服务器不接收以您的账户发送的本机审计日志</translation>
    </message>
    <message>
        <source>The court&apos;s server refused this computer&apos;s audit log</source>
        <translation>法院服务器拒收了本机的审计日志</translation>
    </message>
    <message>
        <source>Nothing was signed; the record is unchanged.</source>
        <translation>未作任何签名；笔录未改动。</translation>
    </message>
    <message>
        <source>The record could not be signed</source>
        <translation>笔录无法签名</translation>
    </message>
    <message>
        <source>The court seal&apos;s key file cannot be found</source>
        <translation>找不到本院电子印章的密钥文件</translation>
    </message>
    <message>
        <source>Choose the seal&apos;s .p12 or .pfx file, or ask court IT to correct the path in this PC&apos;s configuration.</source>
        <translation>请选择电子印章的 .p12 或 .pfx 文件，或请法院信息技术人员更正本机配置中的路径。</translation>
    </message>
    <message>
        <source>This file is not a seal key file</source>
        <translation>此文件不是电子印章密钥文件</translation>
    </message>
    <message>
        <source>Choose the court seal&apos;s .p12 or .pfx file, not a certificate file.</source>
        <translation>请选择本院电子印章的 .p12 或 .pfx 文件，而不是证书文件。</translation>
    </message>
    <message>
        <source>Wrong password for the seal key file</source>
        <translation>电子印章密钥文件的密码错误</translation>
    </message>
    <message>
        <source>Type the password again; check the keyboard layout and Caps Lock.</source>
        <translation>请重新输入密码；注意检查键盘布局和大写锁定键。</translation>
    </message>
    <message>
        <source>The USB key&apos;s driver does not work on this PC</source>
        <translation>USB密钥的驱动程序在本机上无法工作</translation>
    </message>
    <message>
        <source>Ask court IT to install the USB key&apos;s driver, or to correct the driver named in this PC&apos;s configuration.</source>
        <translation>请法院信息技术人员安装USB密钥的驱动程序，或更正本机配置中指定的驱动程序。</translation>
    </message>
    <message>
        <source>The court&apos;s USB key is not plugged in</source>
        <translation>本院的USB密钥未插入</translation>
    </message>
    <message>
        <source>Plug in the USB key, wait a moment, and seal again.</source>
        <translation>请插入USB密钥，稍候片刻，然后重新盖章。</translation>
    </message>
    <message>
        <source>Wrong PIN for the USB key</source>
        <translation>USB密钥的PIN错误</translation>
    </message>
    <message>
        <source>Nothing was signed. Each wrong PIN uses up one of the key&apos;s tries; after the last one it locks.</source>
        <translation>未作任何签名。每输错一次PIN就用掉一次尝试机会，用完后该密钥会被锁定。</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. If you are not sure of it, ask court IT before you try again.</source>
        <translation>请仔细重新输入PIN。如不确定，请先咨询法院信息技术人员再试。</translation>
    </message>
    <message>
        <source>Wrong PIN: only a few tries are left</source>
        <translation>PIN错误：只剩几次尝试机会</translation>
    </message>
    <message>
        <source>Nothing was signed. The USB key locks after a few more wrong PINs.</source>
        <translation>未作任何签名。再输错几次PIN，USB密钥就会被锁定。</translation>
    </message>
    <message>
        <source>Check the PIN with court IT before you try again.</source>
        <translation>再次尝试前，请先与法院信息技术人员核对PIN。</translation>
    </message>
    <message>
        <source>Wrong PIN: one more wrong PIN locks the USB key</source>
        <translation>PIN错误：再错一次USB密钥就会锁定</translation>
    </message>
    <message>
        <source>Nothing was signed. The key is not locked yet, but the next wrong PIN locks it.</source>
        <translation>未作任何签名。该密钥尚未锁定，但再输错一次PIN就会锁定。</translation>
    </message>
    <message>
        <source>Do not try again until court IT has confirmed the PIN.</source>
        <translation>在法院信息技术人员确认PIN之前，请不要再试。</translation>
    </message>
    <message>
        <source>The USB key is locked</source>
        <translation>USB密钥已被锁定</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; the key cannot sign until it is unlocked. Nothing was signed.</source>
        <translation>PIN输错次数过多；该密钥解锁前无法签名。未作任何签名。</translation>
    </message>
    <message>
        <source>Ask court IT to unlock it (this needs the key&apos;s administrator PIN or the court&apos;s certificate authority).</source>
        <translation>请法院信息技术人员解锁（需要该密钥的管理员PIN或本院的证书机构）。</translation>
    </message>
    <message>
        <source>The PIN was not tried: one more wrong PIN would lock the USB key</source>
        <translation>未尝试PIN：再错一次就会锁定USB密钥</translation>
    </message>
    <message>
        <source>courtdesk does not spend a USB key&apos;s last try. Nothing was signed and the key is not locked.</source>
        <translation>courtdesk 不会用掉USB密钥的最后一次尝试机会。未作任何签名，该密钥未被锁定。</translation>
    </message>
    <message>
        <source>Confirm the PIN with court IT first, then seal with the key&apos;s own tool, which asks before the last try.</source>
        <translation>请先与法院信息技术人员确认PIN，再用该密钥自带的工具盖章，它会在最后一次尝试前提示。</translation>
    </message>
    <message>
        <source>The seal key is not on this USB key</source>
        <translation>此USB密钥中没有电子印章密钥</translation>
    </message>
    <message>
        <source>Plug in the court&apos;s seal key, or ask court IT to check the key name in this PC&apos;s configuration.</source>
        <translation>请插入本院的电子印章密钥，或请法院信息技术人员检查本机配置中的密钥名称。</translation>
    </message>
    <message>
        <source>Use the court seal&apos;s own key file or USB key; ask court IT if you are not sure which one.</source>
        <translation>请使用本院电子印章自己的密钥文件或USB密钥；如不确定是哪一个，请咨询法院信息技术人员。</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate has expired</source>
        <translation>电子印章的证书已过期</translation>
    </message>
    <message>
        <source>A signature made with it would not be valid. Nothing was signed.</source>
        <translation>用它签的名无效。未作任何签名。</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s renewed certificate.</source>
        <translation>请向法院信息技术人员索取本院续期后的证书。</translation>
    </message>
    <message>
        <source>The seal&apos;s certificate is not valid yet</source>
        <translation>电子印章的证书尚未生效</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; if they are right, ask court IT.</source>
        <translation>请检查本机的日期和时间；如无误，请联系法院信息技术人员。</translation>
    </message>
    <message>
        <source>This certificate may not sign documents</source>
        <translation>此证书不能用于签署文件</translation>
    </message>
    <message>
        <source>It lacks the non-repudiation use that a document signature needs. Nothing was signed.</source>
        <translation>它缺少文件签名所需的“不可否认”用途。未作任何签名。</translation>
    </message>
    <message>
        <source>This certificate was not issued by the court&apos;s CA</source>
        <translation>此证书不是本院CA签发的</translation>
    </message>
    <message>
        <source>A signature made with it would not verify as the court&apos;s. Nothing was signed.</source>
        <translation>用它签的名无法验证为本院的签章。未作任何签名。</translation>
    </message>
    <message>
        <source>The court&apos;s CA certificate cannot be read</source>
        <translation>无法读取本院的CA证书</translation>
    </message>
    <message>
        <source>Without it courtdesk cannot check the seal&apos;s certificate. Nothing was signed.</source>
        <translation>没有它，courtdesk 无法检查电子印章的证书。未作任何签名。</translation>
    </message>
    <message>
        <source>Ask court IT to check the court CA file named in this PC&apos;s configuration.</source>
        <translation>请法院信息技术人员检查本机配置中指定的法院CA文件。</translation>
    </message>
    <message>
        <source>Export the official record again and start the signatures on the new file.</source>
        <translation>请重新导出正式笔录，在新文件上重新签名。</translation>
    </message>
    <message>
        <source>The record file cannot be read</source>
        <translation>无法读取笔录文件</translation>
    </message>
    <message>
        <source>It may be damaged, or changed by another program. Nothing was signed.</source>
        <translation>该文件可能已损坏，或被其他程序修改过。未作任何签名。</translation>
    </message>
    <message>
        <source>The record file is protected by a password</source>
        <translation>笔录文件受密码保护</translation>
    </message>
    <message>
        <source>This box has already been signed</source>
        <translation>此签名框已经签过名</translation>
    </message>
    <message>
        <source>A signature is never signed over; the record is unchanged.</source>
        <translation>已签的签名不会被覆盖；笔录未作任何改动。</translation>
    </message>
    <message>
        <source>Look at the list again: this person has signed.</source>
        <translation>请再看一下名单：此人已经签名。</translation>
    </message>
    <message>
        <source>The record has no signature box for this person</source>
        <translation>笔录中没有此人的签名框</translation>
    </message>
    <message>
        <source>The signed record would replace the record it was made from</source>
        <translation>已签名的笔录将覆盖其原始笔录</translation>
    </message>
    <message>
        <source>courtdesk never writes over a document it signs. Nothing was signed.</source>
        <translation>courtdesk 从不覆盖被签署的文件。未作任何签名。</translation>
    </message>
    <message>
        <source>Choose another file name or folder.</source>
        <translation>请选择其他文件名或文件夹。</translation>
    </message>
    <message>
        <source>The signed record could not be saved</source>
        <translation>已签名的笔录无法保存</translation>
    </message>
    <message>
        <source>The folder may be read-only or the disk full. Nothing was signed; the record is unchanged.</source>
        <translation>该文件夹可能是只读的，或磁盘已满。未作任何签名；笔录未改动。</translation>
    </message>
    <message>
        <source>Free some space on the disk, or ask court IT about the folder, then sign again.</source>
        <translation>请释放磁盘空间，或就该文件夹咨询法院信息技术人员，然后重新签名。</translation>
    </message>
    <message>
        <source>The timestamp server cannot be reached</source>
        <translation>无法连接时间戳服务器</translation>
    </message>
    <message>
        <source>Nothing was signed yet. Without the server the signature carries this PC&apos;s time only until a timestamp is added.</source>
        <translation>尚未签名。没有时间戳服务器，签名在补加时间戳之前只带有本机时间。</translation>
    </message>
    <message>
        <source>Check the network and seal again; if the server stays down, ask court IT.</source>
        <translation>请检查网络后重新盖章；如服务器持续不可用，请联系法院信息技术人员。</translation>
    </message>
    <message>
        <source>The timestamp server refused to timestamp</source>
        <translation>时间戳服务器拒绝加盖时间戳</translation>
    </message>
    <message>
        <source>Try again later, or ask court IT to check the timestamp server.</source>
        <translation>请稍后再试，或请法院信息技术人员检查时间戳服务器。</translation>
    </message>
    <message>
        <source>The handwritten signature could not be read</source>
        <translation>无法读取手写签名</translation>
    </message>
    <message>
        <source>Have the person sign again on the pad.</source>
        <translation>请签名人在签名板上重新签名。</translation>
    </message>
    <message>
        <source>The signature pad is empty</source>
        <translation>签名板上没有签名</translation>
    </message>
    <message>
        <source>Have the person sign in the box, then press Sign.</source>
        <translation>请签名人在框内签名，然后按“签名”。</translation>
    </message>
    <message>
        <source>The SM2 seal was not made; the signed PDF itself is unchanged and valid.</source>
        <translation>未生成SM2签章；已签名的PDF本身未改动，仍然有效。</translation>
    </message>
    <message>
        <source>Ask court IT for the court&apos;s SM2 key and certificate files, or to correct the paths given.</source>
        <translation>请向法院信息技术人员索取本院的SM2密钥和证书文件，或请其更正所给路径。</translation>
    </message>
    <message>
        <source>The SM2 seal could not be made</source>
        <translation>无法生成SM2签章</translation>
    </message>
    <message>
        <source>The SM2 key file cannot be used</source>
        <translation>无法使用SM2密钥文件</translation>
    </message>
    <message>
        <source>The SM2 certificate cannot be read</source>
        <translation>无法读取SM2证书</translation>
    </message>
    <message>
        <source>The SM2 key does not belong to its certificate</source>
        <translation>SM2密钥与其证书不匹配</translation>
    </message>
    <message>
        <source>Nothing was recorded; the record is unchanged.</source>
        <translation>未作任何记录；笔录未改动。</translation>
    </message>
    <message>
        <source>Ask court IT to set up this PC&apos;s signing-station key; until then signatures are taken on another courtroom PC.</source>
        <translation>请法院信息技术人员为本机配置签名终端密钥；在此之前，请在法庭的另一台电脑上签名。</translation>
    </message>
    <message>
        <source>The signatures could not be recorded</source>
        <translation>签名无法记录</translation>
    </message>
    <message>
        <source>This person does not sign this record</source>
        <translation>此人不在本笔录的签名人之列</translation>
    </message>
    <message>
        <source>Choose the person from the list of signers.</source>
        <translation>请从签名人名单中选择。</translation>
    </message>
    <message>
        <source>This person has already signed or refused</source>
        <translation>此人已经签名或拒签</translation>
    </message>
    <message>
        <source>Look at the list again: it shows what was recorded.</source>
        <translation>请再看一下名单：其中显示已记录的情况。</translation>
    </message>
    <message>
        <source>The record is already sealed</source>
        <translation>笔录已经盖章</translation>
    </message>
    <message>
        <source>No one can sign a sealed record; nothing was recorded.</source>
        <translation>已盖章的笔录不能再签名；未作任何记录。</translation>
    </message>
    <message>
        <source>Only the clerk or presiding judge may seal</source>
        <translation>只有书记员或审判长可以盖章</translation>
    </message>
    <message>
        <source>The record was not sealed.</source>
        <translation>笔录未盖章。</translation>
    </message>
    <message>
        <source>Ask the case&apos;s clerk or presiding judge to seal it.</source>
        <translation>请本案的书记员或审判长加盖电子印章。</translation>
    </message>
    <message>
        <source>Not everyone has signed yet</source>
        <translation>尚有人未签名</translation>
    </message>
    <message>
        <source>The court seals last; the record was not sealed.</source>
        <translation>法院最后盖章；笔录尚未盖章。</translation>
    </message>
    <message>
        <source>Have each waiting person sign, or record their refusal, then seal.</source>
        <translation>请每位待签人签名，或记录其拒签，然后再盖章。</translation>
    </message>
    <message>
        <source>Write down why the person refuses</source>
        <translation>请写明拒签的原因</translation>
    </message>
    <message>
        <source>The note goes on the record; without it nothing was recorded.</source>
        <translation>该说明将写入笔录；没有说明，未作任何记录。</translation>
    </message>
    <message>
        <source>Write the note, then record the refusal again.</source>
        <translation>请写好说明，再重新记录拒签。</translation>
    </message>
    <message>
        <source>This PC has no signing-station key</source>
        <translation>本机没有签名终端密钥</translation>
    </message>
    <message>
        <source>Signatures on the pad are signed with it, so none can be taken here. Nothing was recorded.</source>
        <translation>签名板上的签名要用它签署，因此本机无法采集签名。未作任何记录。</translation>
    </message>
    <message>
        <source>The signing-station key cannot be opened</source>
        <translation>无法打开签名终端密钥</translation>
    </message>
    <message>
        <source>Its password is not in this PC&apos;s keyring, so no signature can be taken here. Nothing was recorded.</source>
        <translation>本机的系统密钥环中没有它的密码，因此无法在本机签名。未作任何记录。</translation>
    </message>
    <message>
        <source>The record has not been exported for signing yet</source>
        <translation>笔录尚未导出以供签名</translation>
    </message>
    <message>
        <source>Export the record as PDF (official copy); the signatures are collected on that file.</source>
        <translation>请将笔录导出为PDF（正式稿）；签名在该文件上进行。</translation>
    </message>
    <message>
        <source>The signed record&apos;s latest file is gone</source>
        <translation>已签名笔录的最新文件不见了</translation>
    </message>
    <message>
        <source>It was moved, deleted or changed, and this PC holds no copy of it. Nothing was recorded.</source>
        <translation>该文件已被移动、删除或修改，本机也没有副本。未作任何记录。</translation>
    </message>
    <message>
        <source>Nothing was shown on the room screen.</source>
        <translation>大屏上未显示任何内容。</translation>
    </message>
    <message>
        <source>Cast again. If it happens again, give the details to court IT.</source>
        <translation>请重新投屏。如再次出现，请将详细信息提供给法院信息中心。</translation>
    </message>
    <message>
        <source>The page could not be shown on the room screen</source>
        <translation>无法在大屏上显示该页</translation>
    </message>
    <message>
        <source>The room screen shows nothing of yours any more; your documents are unchanged.</source>
        <translation>大屏已不再显示您的内容；您的文件未改动。</translation>
    </message>
    <message>
        <source>No room screen answers at that address</source>
        <translation>该地址没有大屏响应</translation>
    </message>
    <message>
        <source>Check the address the room screen shows, and that courtdesk runs there as a receiver.</source>
        <translation>请核对大屏上显示的地址，并确认该电脑上的 courtdesk 正以接收端模式运行。</translation>
    </message>
    <message>
        <source>The connection to the room screen was lost</source>
        <translation>与大屏的连接已断开</translation>
    </message>
    <message>
        <source>The room screen&apos;s PC closed, or the network dropped; that screen clears itself. Your documents are unchanged.</source>
        <translation>大屏所在电脑已关闭或网络中断，该屏幕会自行清空。您的文件没有任何改动。</translation>
    </message>
    <message>
        <source>Check the room screen and the network cable, then cast again.</source>
        <translation>请检查大屏和网线，然后重新投屏。</translation>
    </message>
    <message>
        <source>This PC cannot receive casts on that port</source>
        <translation>本机无法在该端口接收投屏</translation>
    </message>
    <message>
        <source>Another program may be using the port; the screen shows nothing.</source>
        <translation>可能有其他程序占用了该端口；屏幕上不显示任何内容。</translation>
    </message>
    <message>
        <source>Close that program, or start the receiver with another port.</source>
        <translation>请关闭该程序，或换一个端口启动接收端。</translation>
    </message>
    <message>
        <source>The room screen refused the PIN</source>
        <translation>大屏拒绝了配对码</translation>
    </message>
    <message>
        <source>Type the 6 digits the room screen shows now; they change each time it starts.</source>
        <translation>请输入大屏当前显示的 6 位数字；每次启动都会更换。</translation>
    </message>
    <message>
        <source>The room screen takes no PIN for a while</source>
        <translation>大屏暂时不接受配对码</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed; nothing was shown.</source>
        <translation>输错配对码次数过多；未显示任何内容。</translation>
    </message>
    <message>
        <source>Wait half a minute, then type the PIN the room screen shows.</source>
        <translation>请等待半分钟，再输入大屏上显示的配对码。</translation>
    </message>
    <message>
        <source>This room screen is not the one this PC paired with</source>
        <translation>该大屏不是本机曾配对的那一台</translation>
    </message>
    <message>
        <source>Its certificate changed since the last cast; nothing was sent to it.</source>
        <translation>自上次投屏以来其证书已变更；未向其发送任何内容。</translation>
    </message>
    <message>
        <source>If court IT reinstalled the room&apos;s PC, forget that screen and pair again; otherwise tell court IT at once.</source>
        <translation>如法院信息中心重装过该会议室电脑，请删除该屏幕的配对记录后重新配对；否则请立即告知法院信息中心。</translation>
    </message>
    <message>
        <source>The screen found on the network did not answer at its address</source>
        <translation>网络上发现的投屏屏幕未在其地址应答</translation>
    </message>
    <message>
        <source>Another machine answered there with another certificate; nothing was sent and your PIN was not used.</source>
        <translation>该地址由另一台使用不同证书的设备应答；未发送任何内容，也未使用您的配对码。</translation>
    </message>
    <message>
        <source>Type the address the room screen itself shows. If it happens again, tell court IT: something may pose as the room screen.</source>
        <translation>请输入投屏屏幕上显示的地址。如再次出现，请告知法院信息中心：可能有设备冒充投屏屏幕。</translation>
    </message>
    <message>
        <source>A screen region is not cast to a public screen unchecked</source>
        <translation>屏幕区域未经确认不得投到公开屏幕</translation>
    </message>
    <message>
        <source>Pixels cannot be redacted like a document; nothing was shown.</source>
        <translation>画面像素无法像文档那样脱敏；未显示任何内容。</translation>
    </message>
    <message>
        <source>Cast the document itself (it is redacted for the public), or check that the region shows no ID, phone or bank-card numbers and confirm.</source>
        <translation>请改为投送文档本身（面向公众时会自动脱敏），或确认该区域没有身份证号、电话号码或银行卡号后再确认投屏。</translation>
    </message>
    <message>
        <source>This PC&apos;s screen cannot be captured</source>
        <translation>无法截取本机屏幕</translation>
    </message>
    <message>
        <source>No picture of the region could be taken; nothing was shown.</source>
        <translation>未能截取该区域的画面；未显示任何内容。</translation>
    </message>
    <message>
        <source>Choose a region inside the screen. On a Wayland desktop, log in to an X11 session to cast a screen region.</source>
        <translation>请选择屏幕范围内的区域。如使用 Wayland 桌面，请改用 X11 会话登录后再投送屏幕区域。</translation>
    </message>
    <message>
        <source>Someone else is presenting on that screen</source>
        <translation>其他人正在该屏幕上演示</translation>
    </message>
    <message>
        <source>One person presents at a time; nothing of yours was shown.</source>
        <translation>同一时间只能一人演示；您的内容未显示。</translation>
    </message>
    <message>
        <source>Ask them to stop presenting, or choose another screen.</source>
        <translation>请对方停止演示，或选择其他屏幕。</translation>
    </message>
    <message>
        <source>The room screen refused the document</source>
        <translation>大屏拒绝了该文件</translation>
    </message>
    <message>
        <source>The copy it received did not match the document; nothing of it was shown.</source>
        <translation>其收到的副本与原文件不一致；该文件的任何内容均未显示。</translation>
    </message>
    <message>
        <source>This document cannot be shown on a public screen yet</source>
        <translation>此文档暂不能在公开屏幕上演示</translation>
    </message>
    <message>
        <source>A scanned page has not been read by OCR, so ID, phone and bank card numbers on it cannot be removed; nothing was shown.</source>
        <translation>有扫描页尚未经过文字识别（OCR），无法去除其中的身份证号、电话号码和银行卡号；未演示任何内容。</translation>
    </message>
    <message>
        <source>Run OCR on the document in the dossier, then cast again, or choose a screen that is not public.</source>
        <translation>请先在卷宗中对该文档进行文字识别，再重新投屏；或选择非公开屏幕。</translation>
    </message>
    <message>
        <source>The room screen&apos;s window cannot open</source>
        <translation>投屏屏幕的窗口无法打开</translation>
    </message>
    <message>
        <source>There is no display or no such screen on this PC; no one can cast here.</source>
        <translation>此电脑没有显示器或没有指定的屏幕；暂时无法向此处投屏。</translation>
    </message>
    <message>
        <source>Connect and switch on the room screen, start the receiver in the PC&apos;s desktop session or with another screen number, or ask court IT.</source>
        <translation>请连接并打开投屏屏幕，在电脑的桌面会话中或用其他屏幕编号启动接收端，或联系法院信息技术人员。</translation>
    </message>
    <message>
        <source>A deliberation is never cast</source>
        <translation>合议庭评议不得投放</translation>
    </message>
    <message>
        <source>What the panel says in deliberation is confidential; no captions were sent to any screen.</source>
        <translation>合议庭评议内容保密；未向任何屏幕发送字幕。</translation>
    </message>
    <message>
        <source>Cast captions of a hearing instead.</source>
        <translation>字幕只能投放庭审。</translation>
    </message>
    <message>
        <source>The room screen runs another version of courtdesk</source>
        <translation>大屏运行的是另一版本的 courtdesk</translation>
    </message>
    <message>
        <source>The two cannot cast to each other; nothing was shown.</source>
        <translation>两者之间无法投屏；未显示任何内容。</translation>
    </message>
    <message>
        <source>Ask court IT to update courtdesk on this PC or on the room&apos;s PC.</source>
        <translation>请法院信息中心更新本机或会议室电脑上的 courtdesk。</translation>
    </message>
    <message>
        <source>Your cases and hearings are not affected.</source>
        <translation>您的案件和庭审不受影响。</translation>
    </message>
    <message>
        <source>The law library could not do that</source>
        <translation>法律法规库无法完成该操作</translation>
    </message>
    <message>
        <source>The law library file cannot be read</source>
        <translation>法律法规库文件无法读取</translation>
    </message>
    <message>
        <source>Statute search and article links are unavailable on this PC until the library is replaced. Your cases and hearings are not affected.</source>
        <translation>在替换法规库之前，本机无法检索法条，法条链接也不可用。您的案件和庭审不受影响。</translation>
    </message>
    <message>
        <source>Ask court IT to publish the court&apos;s law library again (it arrives at the next sync) or to import the laws anew.</source>
        <translation>请联系信息技术人员重新发布本院法规库（下次同步时送达），或重新导入法律法规。</translation>
    </message>
    <message>
        <source>The law library received from the court&apos;s server was damaged</source>
        <translation>从本院服务器收到的法规库已损坏</translation>
    </message>
    <message>
        <source>It was not installed; this PC keeps its current law library.</source>
        <translation>未安装；本机继续使用现有法规库。</translation>
    </message>
    <message>
        <source>Sync again later. If it happens again, tell court IT: the library on the server may need to be published again.</source>
        <translation>请稍后再同步。如仍出现，请告知信息技术人员：服务器上的法规库可能需要重新发布。</translation>
    </message>
    <message>
        <source>The court&apos;s new law library could not be installed</source>
        <translation>无法安装本院的新法规库</translation>
    </message>
    <message>
        <source>This PC&apos;s law library file cannot be written (it may be installed for the whole PC, read-only); the current library stays in use.</source>
        <translation>本机的法规库文件无法写入（可能为全机安装的只读文件）；继续使用现有法规库。</translation>
    </message>
    <message>
        <source>Ask court IT to update the law library file of this PC, or to make it writable.</source>
        <translation>请联系信息技术人员更新本机的法规库文件，或将其设为可写。</translation>
    </message>
    <message>
        <source>The server refused the file: it is not a law library</source>
        <translation>服务器拒收该文件：它不是法规库</translation>
    </message>
    <message>
        <source>Nothing was published; the laptops keep the library they have.</source>
        <translation>未发布任何内容；各笔记本电脑继续使用现有法规库。</translation>
    </message>
    <message>
        <source>Publish the law library of a PC where statute search works (courtdesk laws publish).</source>
        <translation>请在法条检索正常的电脑上发布法规库（courtdesk laws publish）。</translation>
    </message>
    <message>
        <source>The court&apos;s server refused to publish: the account is not court IT there</source>
        <translation>法院服务器拒绝发布：该账户在服务器上不是信息技术管理员</translation>
    </message>
    <message>
        <source>Log in with the court IT account of the court&apos;s server.</source>
        <translation>请使用法院服务器上的信息技术管理员账户登录。</translation>
    </message>
    <message>
        <source>The court&apos;s server failed while taking the law library</source>
        <translation>法院服务器在接收法律库时出错</translation>
    </message>
    <message>
        <source>Publish again later. If it fails again, the server&apos;s log says why (give it the details below).</source>
        <translation>请稍后重新发布。如果仍然失败，服务器日志中有原因（请附上下面的详细信息）。</translation>
    </message>
    <message>
        <source>Check the server&apos;s address and this PC&apos;s network, then publish again.</source>
        <translation>请检查服务器地址和本机网络，然后重新发布。</translation>
    </message>
    <message>
        <source>The court has not published a law library</source>
        <translation>本院尚未发布法规库</translation>
    </message>
    <message>
        <source>This PC keeps the law library it has.</source>
        <translation>本机继续使用现有法规库。</translation>
    </message>
    <message>
        <source>Court IT can publish one with courtdesk laws publish.</source>
        <translation>信息技术人员可用 courtdesk laws publish 发布。</translation>
    </message>
</context>
<context>
    <name>EvidencePagesDialog</name>
    <message>
        <source>Show pages to court</source>
        <translation>向法庭展示页面</translation>
    </message>
    <message>
        <source>Only these pages of “%1” will be on the room screen; the other pages stay on your screen only.</source>
        <translation>法庭屏幕上只显示“%1”的这些页面；其他页面只在您的屏幕上显示。</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <source>Show to court</source>
        <translation>向法庭展示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FactsDateDialog</name>
    <message>
        <source>Type the date as year-month-day, e.g. 2022-05-01.</source>
        <translation>请按“年-月-日”输入日期，例如 2022-05-01。</translation>
    </message>
    <message>
        <source>The facts cannot have happened after today.</source>
        <translation>事实发生日不能晚于今天。</translation>
    </message>
    <message>
        <source>When the facts happened</source>
        <translation>事实发生日</translation>
    </message>
    <message>
        <source>The law cited in this case is the law in force on this date: article links, the laws panel and the law library opened from the case show that version.</source>
        <translation>本案引用此日施行的法律：本案的条文链接、法律法规面板以及从本案打开的法律法规库，均显示该日施行的版本。</translation>
    </message>
    <message>
        <source>Not known (cite today&apos;s law)</source>
        <translation>未知（引用现行法律）</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start — courtdesk</source>
        <translation>首次启动 — courtdesk</translation>
    </message>
    <message>
        <source>Create the first court IT administrator</source>
        <translation>创建首个法院信息化管理员</translation>
    </message>
    <message>
        <source>This local store has no accounts yet. Create the account of the court IT administrator, who then creates the accounts of clerks and judges. The administrator manages accounts and this computer but does not read case content.</source>
        <translation>本地案件库中还没有任何账户。请先创建法院信息化管理员的账户，再由其为书记员和法官创建账户。管理员负责管理账户和本机，但不能查阅案件内容。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账户…</translation>
    </message>
</context>
<context>
    <name>HearingCaptions</name>
    <message>
        <source>Captions stopped: the room screen is clear.</source>
        <translation>已停止投放字幕，大屏已清空。</translation>
    </message>
    <message>
        <source>Stop captions</source>
        <translation>停止投放字幕</translation>
    </message>
    <message>
        <source>Cast captions…</source>
        <translation>投放字幕…</translation>
    </message>
    <message>
        <source>Clear the room screen of this hearing&apos;s captions</source>
        <translation>清除大屏上本次庭审的字幕</translation>
    </message>
    <message>
        <source>Show this hearing&apos;s live transcript, with speakers&apos; roles, on a room screen</source>
        <translation>在大屏上显示本次庭审的实时笔录及发言人身份</translation>
    </message>
    <message>
        <source>Captions on “%1”</source>
        <translation>字幕投放至“%1”</translation>
    </message>
</context>
<context>
    <name>HearingErrors</name>
    <message>
        <source>The disk is full: recording stopped</source>
        <translation>磁盘已满，录音已停止</translation>
    </message>
    <message>
        <source>Everything recorded up to that moment is kept in this hearing.</source>
        <translation>此前录下的全部内容均已保存在本次庭审中。</translation>
    </message>
    <message>
        <source>Free space on the disk (or ask court IT), then press Start to continue the same hearing.</source>
        <translation>请清理磁盘空间（或联系法院信息中心），然后按“开始录音”继续本次庭审。</translation>
    </message>
    <message>
        <source>The microphone input cannot be used</source>
        <translation>无法使用麦克风输入</translation>
    </message>
    <message>
        <source>Recording did not start, or stopped, on this input. Audio captured before the problem is kept.</source>
        <translation>该输入未能开始录音或录音已中断。出现问题之前录下的音频均已保存。</translation>
    </message>
    <message>
        <source>Check the cable and the mixer, then press Start again. Court IT sets the input in the machine configuration; &quot;courtdesk doctor&quot; lists the devices.</source>
        <translation>请检查线缆和调音台，然后再次按“开始录音”。输入设备由法院信息中心在本机配置中设置；“courtdesk doctor”可列出所有设备。</translation>
    </message>
    <message>
        <source>This audio file cannot be transcribed</source>
        <translation>无法转写此音频文件</translation>
    </message>
    <message>
        <source>Nothing was added to the hearing.</source>
        <translation>庭审中没有添加任何内容。</translation>
    </message>
    <message>
        <source>Use a WAV, FLAC or OGG file with speech sampled at 8000 Hz or more (16000 Hz is best).</source>
        <translation>请使用采样率不低于 8000 Hz（最好为 16000 Hz）的 WAV、FLAC 或 OGG 文件。</translation>
    </message>
    <message>
        <source>The speech model is missing or damaged</source>
        <translation>语音模型缺失或已损坏</translation>
    </message>
    <message>
        <source>Audio is recorded in full, but no text is recognized until a speech model is installed.</source>
        <translation>音频会完整录制，但在安装语音模型之前不会识别出文字。</translation>
    </message>
    <message>
        <source>Ask court IT to install the speech model (&quot;courtdesk models install&quot;); &quot;courtdesk doctor&quot; checks it.</source>
        <translation>请联系法院信息中心安装语音模型（“courtdesk models install”）；“courtdesk doctor”可检查模型。</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>录音失败</translation>
    </message>
    <message>
        <source>Audio captured before the problem is kept.</source>
        <translation>出现问题之前录下的音频均已保存。</translation>
    </message>
    <message>
        <source>Press Start to continue in the same hearing. If it happens again, ask court IT.</source>
        <translation>按“开始录音”可在本次庭审中继续录音。如再次发生，请联系法院信息中心。</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones found</source>
        <translation>未找到扬声器或耳机</translation>
    </message>
    <message>
        <source>This computer has no audio output, so recordings cannot be played here. The recording itself is not affected.</source>
        <translation>本机没有音频输出设备，无法在此回放录音。录音本身不受影响。</translation>
    </message>
    <message>
        <source>Connect speakers or headphones, or ask court IT to enable sound output.</source>
        <translation>请连接扬声器或耳机，或联系法院信息中心启用声音输出。</translation>
    </message>
    <message>
        <source>The record could not be exported</source>
        <translation>笔录导出失败</translation>
    </message>
    <message>
        <source>No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>未写入任何文件；庭审笔录未受影响。</translation>
    </message>
    <message>
        <source>Choose another folder and try again; the details say what the system reported.</source>
        <translation>请换一个文件夹再试；详细信息中有系统报告的原因。</translation>
    </message>
    <message>
        <source>The export folder does not exist</source>
        <translation>导出文件夹不存在</translation>
    </message>
    <message>
        <source>The folder was removed, renamed or is on a USB stick that is no longer plugged in. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>该文件夹已被删除、改名，或所在的U盘已拔出。未写入任何文件，庭审笔录内容不受影响。</translation>
    </message>
    <message>
        <source>Export again and choose a folder that exists (the dialog can create a new one).</source>
        <translation>请重新导出，并选择一个存在的文件夹（可在对话框中新建文件夹）。</translation>
    </message>
    <message>
        <source>This folder cannot be written to</source>
        <translation>无法写入此文件夹</translation>
    </message>
    <message>
        <source>It is read-only (a write-protected USB stick, a CD) or your account may not write there. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>该文件夹为只读（如写保护的U盘、光盘），或您的账户无权写入。未写入任何文件，庭审笔录内容不受影响。</translation>
    </message>
    <message>
        <source>Export again into your Documents folder or another folder of yours, or unlock the USB stick&apos;s write protection.</source>
        <translation>请重新导出到“文档”文件夹或您自己的其他文件夹，或解除U盘的写保护。</translation>
    </message>
    <message>
        <source>The disk is full: the record did not fit</source>
        <translation>磁盘已满，笔录无法写入</translation>
    </message>
    <message>
        <source>The disk or USB stick has no room left for the file. No file was written; the hearing&apos;s transcript is unchanged.</source>
        <translation>磁盘或U盘已没有空间存放该文件。未写入任何文件，庭审笔录内容不受影响。</translation>
    </message>
    <message>
        <source>Free space on it, or export again onto another disk.</source>
        <translation>请腾出空间，或重新导出到其他磁盘。</translation>
    </message>
</context>
<context>
    <name>HearingPicker</name>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>庭审：</translation>
    </message>
    <message>
        <source>Choose a case…</source>
        <translation>请选择案件…</translation>
    </message>
    <message>
        <source>No hearing yet</source>
        <translation>尚无庭审</translation>
    </message>
</context>
<context>
    <name>HearingSetup</name>
    <message>
        <source>Trial hearing</source>
        <translation>开庭</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Pronouncement</source>
        <translation>宣判</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Panel deliberation</source>
        <translation>合议</translation>
    </message>
</context>
<context>
    <name>HearingSetupDialog</name>
    <message>
        <source>Hearing details</source>
        <translation>庭审信息</translation>
    </message>
    <message>
        <source>New deliberation</source>
        <translation>新建合议</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>新建庭审</translation>
    </message>
    <message>
        <source>%1 %2: the record prints what you enter here.</source>
        <translation>%1 %2：此处填写的内容将印在笔录上。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>庭审类型：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>e.g. First hearing</source>
        <translation>例如：第一次开庭</translation>
    </message>
    <message>
        <source>e.g. Courtroom 3</source>
        <translation>例如：第三审判庭</translation>
    </message>
    <message>
        <source>Who appeared (untick those absent)</source>
        <translation>到庭情况（未到庭者请取消勾选）</translation>
    </message>
    <message>
        <source>Agent ad litem %1</source>
        <translation>委托诉讼代理人 %1</translation>
    </message>
    <message>
        <source>This case has no parties yet: write who appeared below.</source>
        <translation>本案尚无当事人信息：请在下方填写到庭人员。</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>其他到庭人员：</translation>
    </message>
    <message>
        <source>e.g. witness Cui, interpreter Kim</source>
        <translation>例如：证人崔某到庭，朝鲜语翻译金某到庭</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Create deliberation</source>
        <translation>创建合议</translation>
    </message>
    <message>
        <source>Create hearing</source>
        <translation>创建庭审</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HearingWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>开始录音</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing…</source>
        <translation>将音频文件转写到本次庭审…</translation>
    </message>
    <message>
        <source>Play the file at real-time speed</source>
        <translation>按实际速度播放文件</translation>
    </message>
    <message>
        <source>Voice commands</source>
        <translation>语音指令</translation>
    </message>
    <message>
        <source>Listen for spoken commands (start, pause, mark, next page) on the first microphone; applies from the next start.</source>
        <translation>在第一个麦克风上监听语音指令（开始、暂停、标记、下一页）；下次开始录音时生效。</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The record can be exported once speech recognition has finished the recording.</source>
        <translation>语音识别处理完录音后即可导出笔录。</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>音频文件…</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>修改该段</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除本段</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>非发言（不计入笔录）</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>查找和替换…</translation>
    </message>
    <message>
        <source>Export record</source>
        <translation>导出笔录</translation>
    </message>
    <message>
        <source>Record as PDF (official copy)…</source>
        <translation>笔录 PDF（正式稿）…</translation>
    </message>
    <message>
        <source>Review copy as PDF (times and edit marks)…</source>
        <translation>核对稿 PDF（含时间与修改标记）…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>纯文本…</translation>
    </message>
    <message>
        <source>Subtitles (SRT)…</source>
        <translation>字幕 (SRT)…</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <source>Who has signed the exported record; take signatures on the pad, record refusals, seal.</source>
        <translation>查看导出笔录的签名情况；在签名板上签名、记录拒签、盖章。</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>新建庭审</translation>
    </message>
    <message>
        <source>Start deliberation</source>
        <translation>开始合议</translation>
    </message>
    <message>
        <source>Hearing details…</source>
        <translation>庭审信息…</translation>
    </message>
    <message>
        <source>Correct this hearing&apos;s title, session, room, time and who appeared; the record prints them.</source>
        <translation>更正本次庭审的标题、庭审类型、地点、时间和到庭情况；笔录按此打印。</translation>
    </message>
    <message>
        <source>Record a confidential deliberation of the panel; only the judges of the case can open it.</source>
        <translation>录制合议庭的保密评议；只有本案的法官可以打开。</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>发言人：</translation>
    </message>
    <message>
        <source>By microphone</source>
        <translation>按麦克风</translation>
    </message>
    <message>
        <source>Mark this moment</source>
        <translation>标记此刻</translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation>● 录音中 %1</translation>
    </message>
    <message>
        <source>❚❚ Paused %1</source>
        <translation>❚❚ 已暂停 %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>未在录音</translation>
    </message>
    <message>
        <source>New note (at the moment you start writing)</source>
        <translation>新备注（时间取开始书写的时刻）</translation>
    </message>
    <message>
        <source>Note at %1 of the hearing</source>
        <translation>庭审 %1 处的备注</translation>
    </message>
    <message>
        <source>Use the current time</source>
        <translation>改用当前时间</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>添加备注（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>What happened, in your words: e.g. the plaintiff&apos;s agent shows exhibit 3, the original of the loan contract.</source>
        <translation>记下发生的情况，例如：原告代理人出示证据三，借款合同原件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (mic %2)</source>
        <translation>%1（麦克风 %2）</translation>
    </message>
    <message>
        <source>Capture: %1 blocks not recorded, %2 input overflows.</source>
        <translation>采集：%1 个音频块未录入，输入溢出 %2 次。</translation>
    </message>
    <message>
        <source>Recognition skipped %1 s on %2.</source>
        <translation>%2的识别跳过了 %1 秒。</translation>
    </message>
    <message>
        <source>(silence)</source>
        <translation>（无声）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>and %1 earlier problems</source>
        <translation>以及更早的 %1 个问题</translation>
    </message>
    <message>
        <source>Loading the speech model…</source>
        <translation>正在加载语音模型…</translation>
    </message>
    <message>
        <source>Preparing the recording…</source>
        <translation>正在准备录音…</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>正在写入笔录…</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Hearing details saved: %1</source>
        <translation>庭审信息已保存：%1</translation>
    </message>
    <message>
        <source>Transcribe an audio file into this hearing</source>
        <translation>将音频文件转写到本次庭审</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg)</source>
        <translation>音频文件 (*.wav *.flac *.ogg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Speaker from now on: %1</source>
        <translation>此后的发言人：%1</translation>
    </message>
    <message>
        <source>by microphone</source>
        <translation>按麦克风区分</translation>
    </message>
    <message>
        <source>%1 is back; recording again.</source>
        <translation>%1已恢复，继续录音。</translation>
    </message>
    <message>
        <source>Notes cannot be written here: %1 is not put in.</source>
        <translation>此处不能书写备注：%1 未插入。</translation>
    </message>
    <message>
        <source>Cited into the note: %1</source>
        <translation>已引用到备注：%1</translation>
    </message>
    <message>
        <source>F9 start / pause · F10 stop · Ctrl+1…6 speaker · Ctrl+M mark · F2 edit · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+H replace · Del delete · Ctrl+Shift+S split · Ctrl+Shift+M merge · Ctrl+Shift+N not spoken</source>
        <translation>F9 开始/暂停 · F10 停止 · Ctrl+1…6 切换发言人 · Ctrl+M 标记 · F2 修改 · Ctrl+Z 撤销 · Ctrl+Shift+Z 重做 · Ctrl+H 替换 · Del 删除 · Ctrl+Shift+S 拆分 · Ctrl+Shift+M 合并 · Ctrl+Shift+N 非发言</translation>
    </message>
    <message>
        <source>%1 segments were added from the recording.</source>
        <translation>已根据录音补充 %1 段。</translation>
    </message>
    <message>
        <source>Recording stopped. Everything recorded is saved.</source>
        <translation>录音已停止，所录内容均已保存。</translation>
    </message>
    <message>
        <source>Voice command: %1 (heard “%2”)</source>
        <translation>语音指令：%1（听到“%2”）</translation>
    </message>
    <message>
        <source>Choose a case and a hearing above, or open one from Cases → Hearings. “New hearing” adds today&apos;s hearing; F9 starts recording.</source>
        <translation>请在上方选择案件和庭审，或从“案件 → 庭审”中打开。“新建庭审”会添加今天的庭审；按 F9 开始录音。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Click a note, or a segment&apos;s time, to hear the recording there.</source>
        <translation>点击备注或某段的时间，即可回放该处录音。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Speech recognition is finishing the recording: %1 of audio left. The record can be exported when it is done.</source>
        <translation>语音识别正在处理录音的剩余部分：还剩%1的音频。处理完成后即可导出笔录。</translation>
    </message>
    <message>
        <source>courtdesk closes when it is done.</source>
        <translation>处理完成后 courtdesk 将自动关闭。</translation>
    </message>
    <message>
        <source>%1 stretches (%2 in all) were recorded but not recognized live. Their audio is in the recording.</source>
        <translation>有 %1 段（共 %2）已录音但未能实时识别。其声音保存在录音中。</translation>
    </message>
    <message>
        <source>Transcribing the missing parts from the recording: %1 of %2 stretches done…</source>
        <translation>正在根据录音补转缺失部分：已完成 %1/%2 段…</translation>
    </message>
    <message>
        <source>Transcribe the missing parts</source>
        <translation>补转缺失部分</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>No signal: check this microphone&apos;s cable and its switch on the mixer</source>
        <translation>没有信号：请检查此话筒的连线和调音台上的开关</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>有信号</translation>
    </message>
    <message>
        <source>Microphone input:</source>
        <translation>话筒输入：</translation>
    </message>
    <message>
        <source>As configured (%1)</source>
        <translation>按配置（%1）</translation>
    </message>
    <message>
        <source>System default input</source>
        <translation>系统默认输入</translation>
    </message>
    <message>
        <source>No speech model for %1 hearings is installed: audio is recorded, text comes later</source>
        <translation>未安装%1庭审的语音模型：照常录音，文字稍后转写</translation>
    </message>
    <message>
        <source>Speech model: %1</source>
        <translation>语音模型：%1</translation>
    </message>
    <message>
        <source>No speech model installed: audio is recorded, text comes later</source>
        <translation>未安装语音模型：照常录音，文字稍后转写</translation>
    </message>
    <message>
        <source>This input cannot be opened: no level can be shown and recording would fail. Check the cable, or choose another input.</source>
        <translation>无法打开此输入：无法显示音量，录音也会失败。请检查连线，或选择其他输入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Clerk</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>审判员</translation>
    </message>
    <message>
        <source>Presiding judge</source>
        <translation>审判长</translation>
    </message>
    <message>
        <source>People&apos;s assessor</source>
        <translation>人民陪审员</translation>
    </message>
    <message>
        <source>Court IT administrator</source>
        <translation>法院信息化管理员</translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation>原告</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>上诉人</translation>
    </message>
    <message>
        <source>Appellee</source>
        <translation>被上诉人</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>审理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中止审理</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>开庭</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>合议</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>正在开庭</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已录制</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>鉴定人</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>This PC only</source>
        <translation>仅存本机</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>key in system keyring</source>
        <translation>密钥存于系统密钥环</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case member</source>
        <translation>办案人员</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>庭审</translation>
    </message>
    <message>
        <source>Dossier volume</source>
        <translation>卷宗分册</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Part of a recording</source>
        <translation>录音片段</translation>
    </message>
    <message>
        <source>Transcript line</source>
        <translation>笔录段落</translation>
    </message>
    <message>
        <source>Hearing note</source>
        <translation>庭审备注</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Facts happened on</source>
        <translation>案件事实发生日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>办案角色</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>代理律师</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>开庭时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Closed to the public</source>
        <translation>不公开审理</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>修改后的内容</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <source>Position on the page</source>
        <translation>页面位置</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷号</translation>
    </message>
</context>
<context>
    <name>LawImport</name>
    <message>
        <source>no article markers (第…条): not imported</source>
        <translation>未找到条文标记（第…条），未导入</translation>
    </message>
    <message>
        <source>this law and version is already in the library from another file with different text: not imported</source>
        <translation>法律库中已有该法律的同一版本（来自另一个文件，内容不同），未导入</translation>
    </message>
    <message>
        <source>this article is already in the library from another part of the law: not imported</source>
        <translation>该条已从本法的另一编导入，未导入</translation>
    </message>
    <message>
        <source>malformed heading: ignored</source>
        <translation>标题格式错误，已忽略</translation>
    </message>
    <message>
        <source>headings with no article under them</source>
        <translation>有标题下没有条文</translation>
    </message>
    <message>
        <source>malformed article number: kept as text of the article before it</source>
        <translation>条号格式错误，已作为前一条的内容保留</translation>
    </message>
    <message>
        <source>article number repeated: kept as text of the article before it</source>
        <translation>条号重复，已作为前一条的内容保留</translation>
    </message>
    <message>
        <source>article numbers out of order: kept as text of the article before it</source>
        <translation>条号顺序错乱，已作为前一条的内容保留</translation>
    </message>
    <message>
        <source>full-width digits in an article number (read correctly)</source>
        <translation>条号中有全角数字（已正确识别）</translation>
    </message>
    <message>
        <source>a space inside an article marker (read correctly)</source>
        <translation>条文标记中有空格（已正确识别）</translation>
    </message>
    <message>
        <source>no title line: not imported</source>
        <translation>缺少标题行，未导入</translation>
    </message>
    <message>
        <source>more than two title lines: the others were ignored</source>
        <translation>标题行超过两行，其余已忽略</translation>
    </message>
    <message>
        <source>no date in the preamble or file name: this version is never chosen by date</source>
        <translation>题注和文件名中都没有日期：按日期选择版本时不会选中此版本</translation>
    </message>
    <message>
        <source>empty file: not imported</source>
        <translation>空文件，未导入</translation>
    </message>
    <message>
        <source>the file cannot be read: not imported</source>
        <translation>无法读取该文件，未导入</translation>
    </message>
    <message>
        <source>not UTF-8 text (saved as GBK?): not imported</source>
        <translation>不是 UTF-8 文本（是否保存为 GBK？），未导入</translation>
    </message>
    <message>
        <source>%1 files: %2 imported, %3 replaced, %4 already in the library, %5 duplicates, %6 failed; %7 articles added.</source>
        <translation>%1 个文件：导入 %2 个，替换 %3 个，已在库中 %4 个，重复 %5 个，失败 %6 个；新增条文 %7 条。</translation>
    </message>
    <message>
        <source>Skipped files:</source>
        <translation>未导入的文件：</translation>
    </message>
    <message>
        <source>Imported, but look at:</source>
        <translation>已导入，但请检查：</translation>
    </message>
    <message>
        <source>Import laws</source>
        <translation>导入法律法规</translation>
    </message>
    <message>
        <source>Importing laws into this PC&apos;s library…</source>
        <translation>正在将法律法规导入本机法律库…</translation>
    </message>
    <message>
        <source>The import is done. The library is not yet the court&apos;s: publish it to send it to the laptops.</source>
        <translation>导入完成。此法律库尚未成为本院的法律库：请发布，才会发送到各台笔记本。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>LawLinks</name>
    <message>
        <source>Not yet in force on the facts&apos; date %1: shown in its first version, of %2</source>
        <translation>事实发生日 %1 时尚未施行：显示其最早版本（%2）</translation>
    </message>
    <message>
        <source>Version in force on the facts&apos; date %1 (version of %2)</source>
        <translation>按事实发生日 %1 施行的版本（%2 版）</translation>
    </message>
    <message>
        <source>Version of %1, adopted on %1 (the library has no in-force date for it)</source>
        <translation>%1版本，%1通过（法律库中没有其施行日期）</translation>
    </message>
    <message>
        <source>Version of %1, in force from %2</source>
        <translation>%1版本，自%2起施行</translation>
    </message>
    <message>
        <source>“%1” is not found in the law library.</source>
        <translation>法律法规库中找不到“%1”。</translation>
    </message>
    <message>
        <source>Click to open the article.</source>
        <translation>点击打开该条文。</translation>
    </message>
    <message>
        <source>Open in the law library</source>
        <translation>在法律法规中打开</translation>
    </message>
    <message>
        <source>The whole law at this article, with its outline and versions</source>
        <translation>在此条文处查看整部法律，含目录和各版本</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>引用到备注</translation>
    </message>
    <message>
        <source>Insert the law&apos;s name, the article&apos;s number and the version&apos;s date into the note being written.</source>
        <translation>将法律名称、条文序号和版本日期插入正在书写的备注。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>Articles cited in this deliberation</source>
        <translation>本次合议引用的法条</translation>
    </message>
    <message>
        <source>Articles cited in the transcript are listed here, each once.</source>
        <translation>笔录中引用的法条列在这里，每条只列一次。</translation>
    </message>
    <message>
        <source>Version of %1 (the facts&apos; date)</source>
        <translation>%1 版（事实发生日施行）</translation>
    </message>
    <message>
        <source>Today&apos;s text (version of %1)</source>
        <translation>现行文本（%1 版）</translation>
    </message>
</context>
<context>
    <name>LawPublish</name>
    <message>
        <source>Reading the library…</source>
        <translation>正在读取法律库…</translation>
    </message>
    <message>
        <source>Publish the law library</source>
        <translation>发布法律库</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops</source>
        <translation>发布到本院的笔记本</translation>
    </message>
    <message>
        <source>This PC&apos;s law library becomes the court&apos;s: every laptop installs it at its next sync, so every judge cites the same texts. Log in to the court&apos;s server as court IT.</source>
        <translation>本机的法律库将成为本院的法律库：每台笔记本在下次同步时安装，全院法官引用同一文本。请以信息技术管理员身份登录法院服务器。</translation>
    </message>
    <message>
        <source>Court server:</source>
        <translation>法院服务器：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>%1 laws, %2 articles; SHA-256 %3 (%4 MB).</source>
        <translation>%1 部法律法规，%2 条条文；SHA-256 %3（%4 MB）。</translation>
    </message>
    <message>
        <source>Give the court server&apos;s address, your user name and your password.</source>
        <translation>请填写法院服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Published: library %1… is now the court&apos;s; every laptop installs it at its next sync.</source>
        <translation>已发布：法律库 %1… 现为本院的法律库，每台笔记本将在下次同步时安装。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LawsPanel</name>
    <message>
        <source>Laws</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Hide the laws panel (Ctrl+L)</source>
        <translation>隐藏法律法规面板（Ctrl+L）</translation>
    </message>
    <message>
        <source>The law in force on the facts&apos; date of this case, %1.</source>
        <translation>本案按事实发生日 %1 施行的法律。</translation>
    </message>
    <message>
        <source>Today&apos;s text differs: show both</source>
        <translation>现行文本不同：对照显示</translation>
    </message>
    <message>
        <source>Search the law and read an article beside this work (Ctrl+L)</source>
        <translation>在旁边检索法律、阅读条文（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>LawsWorkspace</name>
    <message>
        <source>Laws</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Search every article, or type an article reference</source>
        <translation>搜索全部条文，或输入条文引用，如“民法典第五百七十七条”</translation>
    </message>
    <message>
        <source>All laws</source>
        <translation>全部法律法规</translation>
    </message>
    <message>
        <source>All parts and chapters</source>
        <translation>全部编章</translation>
    </message>
    <message>
        <source>Search only within this part or chapter</source>
        <translation>只在此编、章内搜索</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Search the law, or type a reference, and choose an article to read it here with its law&apos;s outline.</source>
        <translation>搜索法律条文或输入条文引用，选中条文后在此阅读，旁边显示该法的目录。</translation>
    </message>
    <message>
        <source>This article differs between versions</source>
        <translation>本条在不同版本中的文字不同</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of case %2 happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>显示 %1（案件 %2 的事实发生日）施行的法律。&lt;a href=&apos;today&apos;&gt;显示现行法律&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The law as in force on %1, when the facts of the case happened. &lt;a href=&apos;today&apos;&gt;Show today&apos;s law&lt;/a&gt;</source>
        <translation>显示案件事实发生日 %1 施行的法律。&lt;a href=&apos;today&apos;&gt;显示现行法律&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import laws…</source>
        <translation>导入法律法规…</translation>
    </message>
    <message>
        <source>A folder of law files…</source>
        <translation>一个法律文件夹…</translation>
    </message>
    <message>
        <source>Law files…</source>
        <translation>法律文件…</translation>
    </message>
    <message>
        <source>Publish to the court&apos;s laptops…</source>
        <translation>发布到本院的笔记本…</translation>
    </message>
    <message>
        <source>Import a folder of laws</source>
        <translation>导入法律文件夹</translation>
    </message>
    <message>
        <source>Import law files</source>
        <translation>导入法律文件</translation>
    </message>
    <message>
        <source>Law files (*.md *.markdown *.txt)</source>
        <translation>法律文件 (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Opening the law library…</source>
        <translation>正在打开法律法规库…</translation>
    </message>
    <message>
        <source>The law library could not be read, so statute search is unavailable. Ask court IT to install the court&apos;s law library file. (%1)</source>
        <translation>无法读取法律法规库，暂时不能检索法条。请联系法院信息技术人员安装本院的法律法规库文件。（%1）</translation>
    </message>
    <message>
        <source>%n article(s) found for “%1”.</source>
        <translation>找到 %n 条含“%1”的条文。</translation>
    </message>
    <message>
        <source>No article in force contains “%1”.</source>
        <translation>现行条文中没有“%1”。</translation>
    </message>
    <message>
        <source>%n law(s) in the library.</source>
        <translation>法律法规库中有 %n 部法律。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>“%1” could mean several laws: %2. Write the law&apos;s full name, or choose the law in the filter.</source>
        <translation>“%1”可能指以下多部法律：%2。请写出法律全称，或在筛选中选择该法。</translation>
    </message>
    <message>
        <source>No law named “%1” is in the library.</source>
        <translation>法律法规库中没有名为“%1”的法律。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是否要找 %1？</translation>
    </message>
    <message>
        <source>%1 (version of %2) has no such article.</source>
        <translation>%1（%2 版本）中没有这一条。</translation>
    </message>
    <message>
        <source>%1 was not yet in force on %2.</source>
        <translation>%1 在 %2 尚未施行。</translation>
    </message>
    <message>
        <source>“%1” was read as a reference but does not name an article in the library.</source>
        <translation>“%1”是条文引用，但法律法规库中没有对应的条文。</translation>
    </message>
    <message>
        <source>%1 (in force from %2)</source>
        <translation>%1（%2 起施行）</translation>
    </message>
    <message>
        <source>%1 (adopted)</source>
        <translation>%1（通过）</translation>
    </message>
    <message>
        <source>Version of %1 (shown above)</source>
        <translation>%1 版本（上方显示的版本）</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>%1 版本</translation>
    </message>
    <message>
        <source>This version has no article of this number.</source>
        <translation>该版本中没有这一条。</translation>
    </message>
    <message>
        <source>The court&apos;s law library of %1 (%2…), installed by sync on %3.</source>
        <translation>本院 %1 发布的法律库（%2…），于 %3 同步安装。</translation>
    </message>
    <message>
        <source>This PC&apos;s own law library (%1…): none has arrived from the court&apos;s server yet.</source>
        <translation>本机自有的法律库（%1…）：尚未从法院服务器收到本院的法律库。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — courtdesk</source>
        <translation>登录 — courtdesk</translation>
    </message>
    <message>
        <source>Log in to courtdesk</source>
        <translation>登录 courtdesk</translation>
    </message>
    <message>
        <source>Log in with your court account to see your cases.</source>
        <translation>请使用您的法院账户登录，查看您承办的案件。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and try again.</source>
        <translation>用户名或密码错误。请检查键盘布局后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verify signatures of a file</source>
        <translation>验证文件签名</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>About courtdesk</source>
        <translation>关于 courtdesk</translation>
    </message>
    <message>
        <source>Offline desktop client for tech courtrooms and judges&apos; meeting rooms: live hearing transcripts, the electronic case file, casting and signatures, working without a network and syncing with the court&apos;s case system.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>面向科技法庭和法官合议室的离线桌面客户端：庭审实时转写、电子卷宗、投屏与签名，无网络时照常工作，联网后与法院案件管理系统同步。

本软件为自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Verify signatures of a file…</source>
        <translation>验证文件签名(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About courtdesk</source>
        <translation>关于 courtdesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account — courtdesk</source>
        <translation>新建账户 — courtdesk</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>The person logs in with this user name and password on this computer. Clerks and judges see only the cases they are members of.</source>
        <translation>该人员将在本机上使用此用户名和密码登录。书记员和法官只能看到自己承办的案件。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账户…</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another.</source>
        <translation>该用户名已被使用，请另选一个。</translation>
    </message>
</context>
<context>
    <name>PresentController</name>
    <message>
        <source>The presented volume was closed, so presenting stopped.</source>
        <translation>正在展示的卷已关闭，投屏已停止。</translation>
    </message>
    <message>
        <source>The room screen went away, so presenting stopped.</source>
        <translation>法庭屏幕已不可用，投屏已停止。</translation>
    </message>
    <message>
        <source>A screen stopped following the presentation: %1</source>
        <translation>有一个屏幕已停止跟随投屏：%1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Room screen — courtdesk</source>
        <translation>法庭屏幕 — courtdesk</translation>
    </message>
    <message>
        <source>The room screen window was closed: it shows nothing any more.</source>
        <translation>法庭屏幕窗口已关闭，不再显示任何内容。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>A hearing is being recorded.</source>
        <translation>庭审正在录音。</translation>
    </message>
    <message>
        <source>Stop the recording and quit? Everything recorded so far is saved.</source>
        <translation>要停止录音并退出吗？已录制的内容都会保存。</translation>
    </message>
    <message>
        <source>Stop recording and quit</source>
        <translation>停止录音并退出</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>继续录音</translation>
    </message>
    <message>
        <source>Speech recognition is still finishing the recording (%1 of audio left).</source>
        <translation>语音识别仍在处理录音（还剩%1的音频）。</translation>
    </message>
    <message>
        <source>The audio and the text recognized so far are saved. If you quit now, the rest can be transcribed later from the recording (“Transcribe the missing parts”).</source>
        <translation>录音和已识别的文字都已保存。如果现在退出，剩余部分之后可根据录音补转（“补转缺失部分”）。</translation>
    </message>
    <message>
        <source>Wait, then quit</source>
        <translation>等待处理完再退出</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Demo data: kept on this PC only, never sent to the court&apos;s case system.</source>
        <translation>演示数据：仅保存在本机，不会发送到法院案件系统。</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the court&apos;s case system.</source>
        <translation>已保存在本机，等待发送到法院案件管理系统。</translation>
    </message>
    <message>
        <source>The court&apos;s case system has this version.</source>
        <translation>法院案件管理系统已有此版本。</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refusal to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <source>Why does %1 refuse to sign? Your note goes on the record, in the signer&apos;s box.</source>
        <translation>%1为什么拒绝签名？您的说明将写入笔录中此人的签名框。</translation>
    </message>
    <message>
        <source>e.g. disputes the record of the second statement</source>
        <translation>例如：对第二段陈述的记录有异议</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>记录拒签</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Find and replace in this hearing</source>
        <translation>在本次庭审中查找和替换</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Type the misheard word; every segment that contains it is listed before anything changes.</source>
        <translation>输入识别错误的词语；在做任何更改之前，会先列出包含它的每一段。</translation>
    </message>
    <message>
        <source>No segment contains “%1”.</source>
        <translation>没有包含“%1”的段落。</translation>
    </message>
    <message>
        <source>%1 replacements in %2 segments. Each segment can be undone on its own.</source>
        <translation>%2 段中共 %1 处替换。每一段都可以单独撤销。</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>The court seal&apos;s key file</source>
        <translation>本院电子印章的密钥文件</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>密钥文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Court seal</source>
        <translation>法院盖章</translation>
    </message>
    <message>
        <source>Seal %1 with the court&apos;s certificate. Each signature already on it stays valid.</source>
        <translation>用本院证书为 %1 盖章。已有的签名仍然有效。</translation>
    </message>
    <message>
        <source>Court seal key file (PKCS#12)</source>
        <translation>本院电子印章密钥文件 (PKCS#12)</translation>
    </message>
    <message>
        <source>Court USB key</source>
        <translation>本院USB密钥</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>USB key name:</source>
        <translation>USB密钥名称：</translation>
    </message>
    <message>
        <source>Seal key name:</source>
        <translation>印章密钥名称：</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>驱动程序：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN码：</translation>
    </message>
    <message>
        <source>A USB key locks after a few wrong PINs: courtdesk never tries a PIN when the key says the next wrong one locks it.</source>
        <translation>USB密钥在PIN输错几次后会锁定：如果密钥提示再错一次就会锁定，courtdesk 不会尝试PIN。</translation>
    </message>
    <message>
        <source>Sealing… this takes a few seconds.</source>
        <translation>正在盖章…需要几秒钟。</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>The demo case is for trying courtdesk: what you record or change in it stays on this PC and is never sent.</source>
        <translation>演示案件仅供试用：在其中录制或修改的内容只保存在本机，不会发送。</translation>
    </message>
    <message>
        <source>Encrypted store: OK (%1)</source>
        <translation>加密案件库：正常（%1）</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>Signing: %1</source>
        <translation>签署文件：%1</translation>
    </message>
    <message>
        <source>Sign in the box with the pen, a finger or the mouse. Your signature is bound to this document only.</source>
        <translation>请用手写笔、手指或鼠标在框内签名。您的签名只与本文件绑定。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Start again on an empty box (Ctrl+Del)</source>
        <translation>清空签名框重新签 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>撤销最后一笔 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo stroke</source>
        <translation>恢复一笔</translation>
    </message>
    <message>
        <source>Put the stroke back (Ctrl+Shift+Z)</source>
        <translation>恢复撤销的笔画 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>Signed %1, time vouched for by a timestamp</source>
        <translation>签署于 %1，时间有时间戳证明</translation>
    </message>
    <message>
        <source>Signed %1 (the signer&apos;s own clock; no timestamp)</source>
        <translation>签署于 %1（签名人电脑的时间，无时间戳）</translation>
    </message>
    <message>
        <source>Its timestamp cannot be relied on</source>
        <translation>其时间戳不可信</translation>
    </message>
    <message>
        <source>Intact: what was signed is unchanged</source>
        <translation>完好：签署的内容未被改动</translation>
    </message>
    <message>
        <source>Broken: what was signed was changed afterwards, or the signature is damaged</source>
        <translation>已损坏：签署的内容事后被改动，或签名本身已损坏</translation>
    </message>
    <message>
        <source>Trusted: the certificate comes from the court&apos;s CA</source>
        <translation>可信：证书由本院CA签发</translation>
    </message>
    <message>
        <source>Trust not checked: no court CA is set up on this PC</source>
        <translation>未核验可信性：本机未配置法院CA证书</translation>
    </message>
    <message>
        <source>Not trusted: the court&apos;s CA does not vouch for this certificate (see details)</source>
        <translation>不可信：该证书不是本院CA认可的证书（见详情）</translation>
    </message>
    <message>
        <source>Nothing was changed after it</source>
        <translation>签署后未作任何改动</translation>
    </message>
    <message>
        <source>After it: only later signatures were added</source>
        <translation>签署后：仅增加了后续签名</translation>
    </message>
    <message>
        <source>After it: comments or marks were added</source>
        <translation>签署后：增加了批注或标记</translation>
    </message>
    <message>
        <source>After it: the document itself was changed</source>
        <translation>签署后：文件内容本身被改动</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>签名人不明</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This file is protected by a password, so its signatures cannot be checked. Ask for the signed file without a password.</source>
        <translation>该文件受密码保护，无法核验签名。请索取不带密码的已签名文件。</translation>
    </message>
    <message>
        <source>This file is not a PDF, so it has no signatures to check.</source>
        <translation>该文件不是PDF，没有可核验的签名。</translation>
    </message>
    <message>
        <source>This file is damaged and cannot be read, so its signatures cannot be checked. Ask for a new copy of the signed file.</source>
        <translation>该文件已损坏、无法读取，因此无法核验签名。请重新索取已签名文件。</translation>
    </message>
    <message>
        <source>This document is not signed. Nothing in it vouches for who made it or that it is unchanged.</source>
        <translation>该文件未签名。文件中没有任何内容能证明由谁制作或未被改动。</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</source>
        <translation>第%1个签名（%2）已失效：文件在签署后被改动，或签名已损坏。请勿采信此文件。</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 (%2) by something other than a later signature. Ask for the signed original.</source>
        <translation>第%1个签名（%2）之后，文件被签名以外的操作改动过。请索取已签名的原件。</translation>
    </message>
    <message>
        <source>Every signature is intact and trusted (%1 in all); nothing but signing changed the document after them.</source>
        <translation>全部签名（共%1个）完好且可信；签署后除签名外文件未被改动。</translation>
    </message>
    <message>
        <source>Every signature is intact (%1 in all). Whether the signers are trusted cannot be checked: no court CA is set up on this PC (ask court IT).</source>
        <translation>全部签名（共%1个）均完好。本机未配置法院CA证书，无法核验签名人是否可信（请联系法院信息技术人员）。</translation>
    </message>
    <message>
        <source>All signatures are intact, but the court&apos;s CA does not vouch for the certificate of %1 of them.</source>
        <translation>所有签名均完好，但其中%1个签名的证书不是本院CA认可的证书。</translation>
    </message>
    <message>
        <source>Signed: intact and trusted (%1 in all)</source>
        <translation>已签名：完好可信（共%1个）</translation>
    </message>
    <message>
        <source>All signatures are intact, but comments or marks were added after signing.</source>
        <translation>所有签名均完好，但签署后增加了批注或标记。</translation>
    </message>
    <message>
        <source>Signatures cannot be checked</source>
        <translation>无法核验签名</translation>
    </message>
    <message>
        <source>Signature %1 is broken</source>
        <translation>第%1个签名已失效</translation>
    </message>
    <message>
        <source>Signed: intact, see the Signatures panel</source>
        <translation>已签名：完好，详见“签名”面板</translation>
    </message>
    <message>
        <source>Open a volume to see who signed it and whether it is unchanged.</source>
        <translation>打开一卷卷宗，即可查看由谁签名、是否被改动。</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>正在核验签名…</translation>
    </message>
    <message>
        <source>Signature field: %1</source>
        <translation>签名域：%1</translation>
    </message>
    <message>
        <source>Revision of the file it signed: %1</source>
        <translation>所签署的文件版本：%1</translation>
    </message>
    <message>
        <source>Certificate issued by: %1</source>
        <translation>证书签发者：%1</translation>
    </message>
    <message>
        <source>Covers the whole file: %1</source>
        <translation>覆盖整个文件：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, later revisions follow</source>
        <translation>否，其后还有新的版本</translation>
    </message>
    <message>
        <source>Technical details of this signature</source>
        <translation>该签名的技术详情</translation>
    </message>
    <message>
        <source>Court IT reads these details (in English, as the command line writes them) to tell what exactly was found.</source>
        <translation>法院信息技术人员可据此详情（英文，与命令行输出一致）判断具体发现了什么问题。</translation>
    </message>
    <message>
        <source>Checking signatures…</source>
        <translation>正在核验签名…</translation>
    </message>
    <message>
        <source>Show the signatures of this volume</source>
        <translation>查看本卷的签名</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>%1 的签名</translation>
    </message>
</context>
<context>
    <name>SigningRound</name>
    <message>
        <source>Agent ad litem</source>
        <translation>诉讼代理人</translation>
    </message>
    <message>
        <source>%1&apos;s agent</source>
        <translation>%1代理人</translation>
    </message>
</context>
<context>
    <name>SigningRoundPanel</name>
    <message>
        <source>Signing for %1…</source>
        <translation>正在为%1签名…</translation>
    </message>
    <message>
        <source>Recording the refusal…</source>
        <translation>正在记录拒签…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>正在盖章…</translation>
    </message>
    <message>
        <source>Signatures on the record</source>
        <translation>笔录签名</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>Latest file: %1</source>
        <translation>最新文件：%1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 · refused %3 · waiting %4</source>
        <translation>已签名 %1/%2 · 拒签 %3 · 待签 %4</translation>
    </message>
    <message>
        <source>sealed by the court</source>
        <translation>法院已盖章</translation>
    </message>
    <message>
        <source>The official record of this hearing has not been exported yet.</source>
        <translation>本次庭审的正式笔录尚未导出。</translation>
    </message>
    <message>
        <source>Export the official record…</source>
        <translation>导出正式笔录…</translation>
    </message>
    <message>
        <source>Seal…</source>
        <translation>盖章…</translation>
    </message>
    <message>
        <source>The clerk or presiding judge seals the record with the court&apos;s certificate once nobody is waiting to sign.</source>
        <translation>所有人签名或拒签后，由书记员或审判长用本院证书为笔录盖章。</translation>
    </message>
    <message>
        <source>Open signed record</source>
        <translation>打开已签名笔录</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export the official record first: the signatures are collected on that file.</source>
        <translation>请先导出正式笔录：签名在该文件上进行。</translation>
    </message>
    <message>
        <source>The record is signed and sealed: %1. It is filed in the case&apos;s dossier and goes to the court&apos;s server with the next sync; each step was saved as a new file beside the record.</source>
        <translation>笔录已签名并盖章：%1。已归入本案电子卷宗，下次同步时上传至法院服务器；每一步都另存为笔录旁的新文件。</translation>
    </message>
    <message>
        <source>Each person signs in turn with Sign…; a person who will not sign is recorded with Refused…. The court seals last.</source>
        <translation>每人依次点“签名…”签名；不愿签名的，用“拒签…”记录。法院最后盖章。</translation>
    </message>
    <message>
        <source>Everyone has signed or refused: the clerk or presiding judge seals the record now.</source>
        <translation>所有人均已签名或拒签：现在由书记员或审判长盖章。</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>已签名 %1</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>拒签（%1）：%2</translation>
    </message>
    <message>
        <source>Waiting to sign</source>
        <translation>待签名</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>拒签…</translation>
    </message>
    <message>
        <source>Open the signature pad for %1</source>
        <translation>为%1打开签名板</translation>
    </message>
    <message>
        <source>%1 refuses to sign: record it with your note</source>
        <translation>%1拒绝签名：附上您的说明予以记录</translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Waiting to sync: %n</source>
        <translation>待同步 %n 项</translation>
    </message>
    <message>
        <source>Changes waiting to sync: unknown</source>
        <translation>待同步的更改：未知</translation>
    </message>
    <message>
        <source>Demo data, kept on this PC only</source>
        <translation>演示数据，仅保存在本机</translation>
    </message>
    <message>
        <source>Cases sync under each judge&apos;s or clerk&apos;s own login</source>
        <translation>案件数据由法官、书记员本人登录后同步</translation>
    </message>
    <message>
        <source>No case server: working on this PC only</source>
        <translation>未连接案件服务器：只在本机工作</translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Server unavailable for now</source>
        <translation>服务器暂不可用</translation>
    </message>
    <message>
        <source>Server refused</source>
        <translation>服务器拒绝</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %n</source>
        <translation>%n 项冲突待处理</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>正在发送文件：%1 / %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>%1 in a case not assigned to you</source>
        <translation>未分配给您的案件中的%1</translation>
    </message>
    <message>
        <source>Recording and transcript (%n)</source>
        <translation>录音与笔录（%n 项）</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>仅本人可见</translation>
    </message>
    <message>
        <source>(a place on the page)</source>
        <translation>（页面上的位置）</translation>
    </message>
    <message>
        <source>(structured data)</source>
        <translation>（结构化数据）</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>框选</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>该记录</translation>
    </message>
    <message>
        <source>(not on the court&apos;s server)</source>
        <translation>（法院服务器上没有）</translation>
    </message>
    <message>
        <source>resolved: the court&apos;s version kept</source>
        <translation>已处理：保留法院的版本</translation>
    </message>
    <message>
        <source>resolved: your change sent again</source>
        <translation>已处理：您的修改已重新发送</translation>
    </message>
    <message>
        <source>%n conflict(s) to resolve</source>
        <translation>%n项冲突待处理</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>发送 %1 项，接收 %2 项</translation>
    </message>
    <message>
        <source>%n change(s) refused</source>
        <translation>%n 项更改被拒收</translation>
    </message>
    <message>
        <source>with a problem (see above)</source>
        <translation>有问题（见上方）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%n change(s) from the court&apos;s server</source>
        <translation>来自法院服务器的 %n 项更改</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>文件已上传</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>文件已下载</translation>
    </message>
    <message>
        <source>%n entry(ies) sent</source>
        <translation>已发送 %n 条</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>sent again from entry %1</source>
        <translation>从第 %1 条起重新发送</translation>
    </message>
    <message>
        <source>the court server&apos;s receipt key is now trusted on this PC</source>
        <translation>本机已信任法院服务器的回执密钥</translation>
    </message>
    <message>
        <source>a receipt from the server was refused (court IT: see the detail)</source>
        <translation>已拒收服务器的一份回执（法院信息技术人员：请查看详情）</translation>
    </message>
    <message>
        <source>Old history removed</source>
        <translation>清理旧记录</translation>
    </message>
    <message>
        <source>%1 sent change(s), %2 log line(s)</source>
        <translation>已发送的更改 %1 项，日志 %2 条</translation>
    </message>
    <message>
        <source>Audit log refused</source>
        <translation>审计日志被拒收</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Fetched again</source>
        <translation>重新获取</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Metered link: send large files later</source>
        <translation>按流量计费网络：大文件稍后发送</translation>
    </message>
    <message>
        <source>On a paid 5G link, records sync at once and recordings and dossier files wait for an unmetered network.</source>
        <translation>在按流量计费的5G网络上，记录立即同步，录音和卷宗文件等到不计流量的网络再上传。</translation>
    </message>
    <message>
        <source>Log in to the court&apos;s case server</source>
        <translation>登录法院案件服务器</translation>
    </message>
    <message>
        <source>The court&apos;s server login is always that of the person logged in to this window. To sync another person&apos;s work, log out and log in as that person.</source>
        <translation>法院服务器登录始终使用当前窗口登录人的账号。如需同步他人的工作，请退出登录，再以该人的账号登录。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Before a circuit hearing</source>
        <translation>巡回审判出发前</translation>
    </message>
    <message>
        <source>Take this case offline</source>
        <translation>离线携带本案</translation>
    </message>
    <message>
        <source>Conflicts: the court&apos;s version and yours</source>
        <translation>冲突：法院的版本与您的版本</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Take the court&apos;s version</source>
        <translation>采用法院的版本</translation>
    </message>
    <message>
        <source>Your change is dropped; the court&apos;s version, already shown on this PC, stays.</source>
        <translation>放弃您的修改；保留本机已显示的法院版本。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>在本机删除</translation>
    </message>
    <message>
        <source>Deleted by the court</source>
        <translation>法院已删除</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>The court&apos;s server</source>
        <translation>法院服务器</translation>
    </message>
    <message>
        <source>Sent to the court</source>
        <translation>已发送至法院</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>The court&apos;s version</source>
        <translation>法院的版本</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>您的版本（%1）</translation>
    </message>
    <message>
        <source>Your change of %1</source>
        <translation>您于 %1 所作的修改</translation>
    </message>
    <message>
        <source>Keeping yours sends again only what you changed (%1); the court&apos;s other changes stay.</source>
        <translation>保留您的版本时只重新发送您修改的内容（%1）；法院的其他修改保持不变。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the court&apos;s version is kept.</source>
        <translation>冲突 %1 已处理：保留法院的版本。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: your change is sent again.</source>
        <translation>冲突 %1 已处理：您的修改将重新发送。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <source>Keep mine (send it again)</source>
        <translation>保留我的（重新发送）</translation>
    </message>
    <message>
        <source>Only the fields you changed are sent again, on top of the court&apos;s version: the court&apos;s other changes stay (the two are merged).</source>
        <translation>只在法院版本的基础上重新发送您修改的字段：法院的其他修改保持不变（两者合并）。</translation>
    </message>
    <message>
        <source>What synced</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them made by other people on this PC: each is sent only when its author logs in, never under your name</source>
        <translation>
            <numerusform>其中 %n 项由本机其他人作出：只在作者本人登录后发送，绝不以您的名义发送</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo case stays on this PC: what you record or change in it is never sent.</source>
        <translation>演示案件只保存在本机：在其中录制或修改的内容不会发送。</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. The same password now also works on this PC with no network.</source>
        <translation>已以%2身份登录%1。现在无网络时也可在本机用同一密码登录。</translation>
    </message>
    <message>
        <source>No system keyring: you will be asked to log in again after a restart.</source>
        <translation>系统没有可用的密钥环：重启后需要重新登录。</translation>
    </message>
    <message>
        <source>Fetching the case and its dossier files…</source>
        <translation>正在获取案件及卷宗文件…</translation>
    </message>
    <message>
        <source>%1 is on this PC: %2 record(s), %3 dossier file(s), all checked.</source>
        <translation>%1已在本机：%2条记录、%3个卷宗文件，均已校验。</translation>
    </message>
    <message>
        <source>%1 is NOT complete on this PC: %3 of the dossier files are missing or damaged. Try again before leaving.</source>
        <translation>%1在本机上不完整：有%3个卷宗文件缺失或损坏。请在出发前重试。</translation>
    </message>
    <message>
        <source>The court changed it too</source>
        <translation>法院也修改了</translation>
    </message>
    <message>
        <source>Both changed the same field</source>
        <translation>双方修改了同一字段</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>选择一项冲突以对比两个版本。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>(not spoken)</source>
        <translation>（非发言）</translation>
    </message>
    <message>
        <source>Corrected from the case&apos;s names: %1 → %2</source>
        <translation>按本案名称更正：%1 → %2</translation>
    </message>
    <message>
        <source>Unsure words: %1</source>
        <translation>识别把握不大的词：%1</translation>
    </message>
    <message>
        <source>Recognized as: %1</source>
        <translation>原识别结果：%1</translation>
    </message>
    <message>
        <source>Marked as not spoken: kept here, left out of the record.</source>
        <translation>已标为非发言：此处保留，不计入笔录。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Click to play this passage</source>
        <translation>点击回放此段</translation>
    </message>
    <message>
        <source>Play this passage</source>
        <translation>回放此段</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>撤销上次修改</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>在此处拆分</translation>
    </message>
    <message>
        <source>Merge with the next segment</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Spoken after all (back into the record)</source>
        <translation>恢复为发言（重新计入笔录）</translation>
    </message>
    <message>
        <source>Not spoken (leave out of the record)</source>
        <translation>非发言（不计入笔录）</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除本段</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>Cite into the note</source>
        <translation>引用到备注</translation>
    </message>
    <message>
        <source>Reject correction: %1 → %2</source>
        <translation>拒绝更正：%1 → %2</translation>
    </message>
</context>
<context>
    <name>TranscriptCorrections</name>
    <message>
        <source>Select a segment first.</source>
        <translation>请先选择一段。</translation>
    </message>
    <message>
        <source>Save the text first (Enter), then split.</source>
        <translation>请先保存文字（回车），再拆分。</translation>
    </message>
    <message>
        <source>Press F2 and put the cursor where the segment should split, then Ctrl+Shift+S.</source>
        <translation>按 F2，将光标放在要拆分的位置，再按 Ctrl+Shift+S。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation>已重做。</translation>
    </message>
    <message>
        <source>Segment deleted (Ctrl+Z brings it back).</source>
        <translation>已删除本段（Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Marked as not spoken: left out of the record.</source>
        <translation>已标为非发言：不计入笔录。</translation>
    </message>
    <message>
        <source>Back in the record.</source>
        <translation>已重新计入笔录。</translation>
    </message>
    <message>
        <source>Segment split in two.</source>
        <translation>本段已拆分为两段。</translation>
    </message>
    <message>
        <source>Segments merged.</source>
        <translation>已合并为一段。</translation>
    </message>
    <message>
        <source>Put the cursor between two words to split there.</source>
        <translation>请将光标放在两个词之间再拆分。</translation>
    </message>
    <message>
        <source>There is no segment after this one to merge with.</source>
        <translation>本段之后没有可合并的段落。</translation>
    </message>
    <message>
        <source>This segment was deleted or replaced meanwhile.</source>
        <translation>本段已被删除或替换。</translation>
    </message>
    <message>
        <source>These segments were changed since; this step can no longer be taken back.</source>
        <translation>这些段落此后已被修改，此步无法再撤销。</translation>
    </message>
    <message>
        <source>Select a segment to undo its last change.</source>
        <translation>请先选择要撤销修改的段落。</translation>
    </message>
    <message>
        <source>Nothing to undo in this segment.</source>
        <translation>此段没有可撤销的修改。</translation>
    </message>
    <message>
        <source>Replaced in %1 segments.</source>
        <translation>已在 %1 段中替换。</translation>
    </message>
    <message>
        <source>PDF record (*.pdf)</source>
        <translation>PDF 笔录 (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>字幕 (*.srt)</translation>
    </message>
    <message>
        <source>PDF review copy (*.pdf)</source>
        <translation>PDF 核对稿 (*.pdf)</translation>
    </message>
    <message>
        <source>(review copy)</source>
        <translation>(核对稿)</translation>
    </message>
    <message>
        <source>Export the hearing record</source>
        <translation>导出庭审笔录</translation>
    </message>
    <message>
        <source>The record was saved to %1.</source>
        <translation>笔录已保存到 %1。</translation>
    </message>
    <message>
        <source>It is set in a sans-serif face because Noto Serif CJK is not installed on this PC: ask court IT to install it (Debian: fonts-noto-cjk) and export again for the court&apos;s copy.</source>
        <translation>本机未安装 Noto Serif CJK 字体，笔录暂以无衬线字体排印：请联系法院信息技术人员安装（Debian：fonts-noto-cjk）后重新导出正式稿。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock courtdesk</source>
        <translation>解锁 courtdesk</translation>
    </message>
    <message>
        <source>Protect your local case store</source>
        <translation>保护您的本地案件库</translation>
    </message>
    <message>
        <source>This computer has no system keyring that can keep courtdesk&apos;s key, so your local case store will be encrypted with a passphrase. Choose one of at least %1 characters and enter it twice.

Keep it safe: it cannot be recovered. Without it the local store cannot be opened; cases already synced remain on the court&apos;s server.</source>
        <translation>本机没有可保管 courtdesk 密钥的系统密钥环，因此您的本地案件库将使用口令加密。请设定至少 %1 个字符的口令，并输入两次。

请妥善保管：口令无法找回。没有口令将无法打开本地案件库；已同步的案件仍保存在法院服务器上。</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>创建案件库</translation>
    </message>
    <message>
        <source>Unlock your local case store</source>
        <translation>解锁您的本地案件库</translation>
    </message>
    <message>
        <source>Your local case store is encrypted. Enter its passphrase to open it.</source>
        <translation>您的本地案件库已加密。请输入口令以打开。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>正在创建加密案件库…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>口令太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ. Enter the same passphrase twice.</source>
        <translation>两次输入不一致。请输入两次相同的口令。</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>口令错误。没有做任何改动，请重试。</translation>
    </message>
</context>
<context>
    <name>VolumeList</name>
    <message numerus="yes">
        <source>Volume %1 · %2 · %n page(s)</source>
        <translation>
            <numerusform>第%1卷 · %2 · %n页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting</source>
        <translation>
            <numerusform>待识别%n页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>已识别%n页</numerusform>
        </translation>
    </message>
</context>
</TS>
