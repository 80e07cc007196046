; courtdesk's Windows installer: NSIS 3, Unicode, 64-bit, per machine (administrator).
;
; Built by installers/windows/build.sh (Linux) or build.ps1 (Windows), which pass:
;   -DVERSION=0.1.0            the version shown in Add/Remove Programs
;   -DBUNDLE_DIR=...           PyInstaller's one-folder bundle built on Windows
;                              (courtdesk.exe for the window, courtdesk-cli.exe for the console)
;   -DTEMPLATE_FILE=...        `courtdesk config template`, installed when no config exists
;   -DOUTFILE=...              the setup program to write
;
; Command line (installers/windows/README.md has the whole story and the exit codes):
;   courtdesk-setup.exe /S /CONFIG=\\server\share\courtroom3.toml [/MODEL=FILE.zip] [/DESKTOP]
;                       [/D=C:\path]
;   "%ProgramFiles%\courtdesk\uninstall.exe" /S [/PURGE]

; A 64-bit setup by default (Debian's NSIS has the stubs); NSIS's own Windows release has only
; 32-bit ones: -DTARGET=x86-unicode makes a 32-bit setup that installs the same 64-bit program.
!ifndef TARGET
  !define TARGET amd64-unicode
!endif
Unicode true
Target ${TARGET}
RequestExecutionLevel admin
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION | BUNDLE_DIR | TEMPLATE_FILE | OUTFILE
  !error "pass -DVERSION=, -DBUNDLE_DIR=, -DTEMPLATE_FILE= and -DOUTFILE= (see build.sh)"
!endif
!ifndef VI_VERSION
  !define VI_VERSION "0.0.0.0"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "courtdesk"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\courtdesk"
!define APP_EXE "courtdesk.exe"
!define CLI_EXE "courtdesk-cli.exe"

; Exit codes for IT's deployment tools (NSIS's own: 0 done, 1 cancelled, 2 aborted).
!define EXIT_NOT_ADMIN 3
!define EXIT_FILE_MISSING 4
!define EXIT_CONFIG_REFUSED 5
!define EXIT_CHECK_FAILED 6
!define EXIT_MODEL_FAILED 7
!define EXIT_NOT_64BIT 8

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

Name "courtdesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\courtdesk"
ShowInstDetails show
ShowUninstDetails show
BrandingText "courtdesk ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "courtdesk"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "courtdesk setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

Var ConfigSource    ; /CONFIG=FILE, empty when not given
Var ModelSource     ; /MODEL=FILE.zip, empty when not given
Var ProgramDataDir  ; %PROGRAMDATA%\courtdesk: the machine config (app/config.py reads it there)
Var LogFile
Var Purge

!define MUI_ABORTWARNING
; Asked before any language is chosen: in all three.
!define MUI_LANGDLL_WINDOWTITLE "courtdesk"
!define MUI_LANGDLL_INFO "请选择安装语言。$\r$\nPlease select a language.$\r$\n설치 언어를 선택하십시오."
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_NOTCHECKED

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own is none of the three.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString APP_NAME ${LANG_SIMPCHINESE} "courtdesk 科技法庭"
LangString APP_NAME ${LANG_ENGLISH} "courtdesk"
LangString APP_NAME ${LANG_KOREAN} "courtdesk 전자법정"
LangString DOCTOR_NAME ${LANG_SIMPCHINESE} "courtdesk 本机检查"
LangString DOCTOR_NAME ${LANG_ENGLISH} "courtdesk doctor (check this PC)"
LangString DOCTOR_NAME ${LANG_KOREAN} "courtdesk 점검 (이 PC 확인)"
LangString SEC_APP_NAME ${LANG_SIMPCHINESE} "courtdesk 程序"
LangString SEC_APP_NAME ${LANG_ENGLISH} "courtdesk program"
LangString SEC_APP_NAME ${LANG_KOREAN} "courtdesk 프로그램"
LangString SEC_APP_INFO ${LANG_SIMPCHINESE} "程序、开始菜单快捷方式和本机配置文件。"
LangString SEC_APP_INFO ${LANG_ENGLISH} "The program, its Start menu shortcuts and this PC's config file."
LangString SEC_APP_INFO ${LANG_KOREAN} "프로그램, 시작 메뉴 바로 가기, 이 PC의 설정 파일."
LangString SEC_DESKTOP_NAME ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SEC_DESKTOP_NAME ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP_NAME ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SEC_DESKTOP_INFO ${LANG_SIMPCHINESE} "在所有用户的桌面上放置 courtdesk 快捷方式。"
LangString SEC_DESKTOP_INFO ${LANG_ENGLISH} "Puts a courtdesk shortcut on every user's desktop."
LangString SEC_DESKTOP_INFO ${LANG_KOREAN} "모든 사용자의 바탕 화면에 courtdesk 바로 가기를 만듭니다."
LangString NOT_64BIT ${LANG_SIMPCHINESE} "courtdesk 需要 64 位 Windows 10 或 11。"
LangString NOT_64BIT ${LANG_ENGLISH} "courtdesk needs 64-bit Windows 10 or 11."
LangString NOT_64BIT ${LANG_KOREAN} "courtdesk에는 64비트 Windows 10 또는 11이 필요합니다."
LangString NOT_ADMIN ${LANG_SIMPCHINESE} "安装 courtdesk 需要管理员权限。请以管理员身份运行安装程序。"
LangString NOT_ADMIN ${LANG_ENGLISH} "Installing courtdesk needs administrator rights. Run the setup as an administrator."
LangString NOT_ADMIN ${LANG_KOREAN} "courtdesk를 설치하려면 관리자 권한이 필요합니다. 관리자 권한으로 설치 프로그램을 실행하십시오."
LangString CONFIG_MISSING ${LANG_SIMPCHINESE} "找不到 /CONFIG 指定的配置文件："
LangString CONFIG_MISSING ${LANG_ENGLISH} "The config file given with /CONFIG cannot be read:"
LangString CONFIG_MISSING ${LANG_KOREAN} "/CONFIG로 지정한 설정 파일을 읽을 수 없습니다:"
LangString CONFIG_REFUSED ${LANG_SIMPCHINESE} "配置文件有误，未安装任何内容。请按提示修改后重新运行安装程序："
LangString CONFIG_REFUSED ${LANG_ENGLISH} "The config file is wrong; nothing was installed. Fix it as the message says and run the setup again:"
LangString CONFIG_REFUSED ${LANG_KOREAN} "설정 파일이 잘못되어 아무것도 설치하지 않았습니다. 메시지에 따라 고친 후 설치 프로그램을 다시 실행하십시오:"
LangString CHECK_FAILED ${LANG_SIMPCHINESE} "无法运行配置检查，未安装任何内容。此安装程序已损坏或不是用 Windows 版程序制作的："
LangString CHECK_FAILED ${LANG_ENGLISH} "The config check could not run; nothing was installed. This setup is damaged or was not made from a Windows bundle:"
LangString CHECK_FAILED ${LANG_KOREAN} "설정 확인을 실행할 수 없어 아무것도 설치하지 않았습니다. 이 설치 프로그램이 손상되었거나 Windows용 번들로 만들어지지 않았습니다:"
LangString MODEL_MISSING ${LANG_SIMPCHINESE} "找不到 /MODEL 指定的语音模型文件："
LangString MODEL_MISSING ${LANG_ENGLISH} "The speech model file given with /MODEL cannot be read:"
LangString MODEL_MISSING ${LANG_KOREAN} "/MODEL로 지정한 음성 모델 파일을 읽을 수 없습니다:"
LangString MODEL_FAILED ${LANG_SIMPCHINESE} "courtdesk 已安装，但语音模型未安装。请按提示处理后运行 courtdesk-cli models install："
LangString MODEL_FAILED ${LANG_ENGLISH} "courtdesk is installed but the speech model is not. Act on the message, then run courtdesk-cli models install:"
LangString MODEL_FAILED ${LANG_KOREAN} "courtdesk는 설치되었지만 음성 모델은 설치되지 않았습니다. 메시지에 따라 조치한 후 courtdesk-cli models install을 실행하십시오:"
LangString CONFIG_KEPT ${LANG_SIMPCHINESE} "保留现有配置文件："
LangString CONFIG_KEPT ${LANG_ENGLISH} "Kept the existing config file:"
LangString CONFIG_KEPT ${LANG_KOREAN} "기존 설정 파일을 유지했습니다:"
LangString CONFIG_TEMPLATE ${LANG_SIMPCHINESE} "已写入带注释的配置模板，请填写后运行“courtdesk 本机检查”："
LangString CONFIG_TEMPLATE ${LANG_ENGLISH} "Wrote the commented config template; fill it in, then run courtdesk doctor:"
LangString CONFIG_TEMPLATE ${LANG_KOREAN} "주석이 달린 설정 템플릿을 만들었습니다. 내용을 채운 후 courtdesk 점검을 실행하십시오:"
LangString CONFIG_INSTALLED ${LANG_SIMPCHINESE} "已安装经检查的配置文件："
LangString CONFIG_INSTALLED ${LANG_ENGLISH} "Installed the checked config file:"
LangString CONFIG_INSTALLED ${LANG_KOREAN} "확인된 설정 파일을 설치했습니다:"
LangString PURGED ${LANG_SIMPCHINESE} "已删除本机配置和本机数据："
LangString PURGED ${LANG_ENGLISH} "Deleted this PC's config and machine-wide data:"
LangString PURGED ${LANG_KOREAN} "이 PC의 설정과 공용 데이터를 삭제했습니다:"
LangString USER_DATA_KEPT ${LANG_SIMPCHINESE} "各用户的数据（庭审录音、笔录、案卷）保留在各自的 %LOCALAPPDATA%\courtdesk 中。"
LangString USER_DATA_KEPT ${LANG_ENGLISH} "Each user's data (hearing recordings, records, case files) stays in their %LOCALAPPDATA%\courtdesk."
LangString USER_DATA_KEPT ${LANG_KOREAN} "각 사용자의 데이터(재판 녹음, 조서, 사건 기록)는 각자의 %LOCALAPPDATA%\courtdesk에 남아 있습니다."

; One line to the setup log (and the details list): IT reads it after a silent install.
!macro Log text
  Push "${text}"
  Call WriteLog
!macroend
!define Log "!insertmacro Log"

Function WriteLog
  Exch $0
  Push $1
  DetailPrint "$0"
  ClearErrors
  ${If} ${FileExists} "$LogFile"
    FileOpen $1 "$LogFile" a
  ${Else}
    FileOpen $1 "$LogFile" w
    FileWriteWord $1 0xFEFF  ; UTF-16 mark: the log holds Chinese and Korean
  ${EndIf}
  ${IfNot} ${Errors}
    FileSeek $1 0 END
    FileWriteUTF16LE $1 "$0$\r$\n"
    FileClose $1
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd

; Before anything is changed: the new version's own `config check` reads IT's file, so a file
; it would refuse at start never becomes this PC's config, and an old install stays as it was.
Section "-CheckConfig"
  ${If} $ConfigSource == ""
    Return
  ${EndIf}
  InitPluginsDir
  ClearErrors
  CopyFiles /SILENT "$ConfigSource" "$PLUGINSDIR\courtdesk.toml"
  ${If} ${Errors}
    ${Log} "$(CONFIG_MISSING) $ConfigSource"
    SetErrorLevel ${EXIT_FILE_MISSING}
    Abort
  ${EndIf}
  SetDetailsPrint none
  SetOutPath "$PLUGINSDIR\check"
  File /r "${BUNDLE_DIR}\*"
  SetOutPath "$PLUGINSDIR"
  SetDetailsPrint both
  ; The check's own log goes to a throwaway profile, not the installing account's.
  System::Call 'kernel32::SetEnvironmentVariable(t "COURTDESK_HOME", t "$PLUGINSDIR\home")'
  nsExec::ExecToStack '"$PLUGINSDIR\check\${CLI_EXE}" config check "$PLUGINSDIR\courtdesk.toml"'
  Pop $0  ; exit code, or "error" when it could not run at all
  Pop $1  ; what it printed: names the key and the fix
  ${If} $0 == "error"
    ${Log} "$(CHECK_FAILED) $PLUGINSDIR\check\${CLI_EXE} (/CONFIG=$ConfigSource)"
    MessageBox MB_ICONSTOP "$(CHECK_FAILED)$\r$\n${CLI_EXE}" /SD IDOK
    SetErrorLevel ${EXIT_CHECK_FAILED}
    Abort
  ${ElseIf} $0 != 0
    ${Log} "$(CONFIG_REFUSED) $ConfigSource"
    ${Log} "courtdesk config check ($0): $1"
    MessageBox MB_ICONSTOP "$(CONFIG_REFUSED)$\r$\n$ConfigSource$\r$\n$\r$\n$1" /SD IDOK
    SetErrorLevel ${EXIT_CONFIG_REFUSED}
    Abort
  ${EndIf}
SectionEnd

Section "!$(SEC_APP_NAME)" SecApp
  SectionIn RO
  ; An upgrade replaces the program whole: no library of the old version stays behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ${If} $ConfigSource != ""
    ${If} ${FileExists} "$ProgramDataDir\courtdesk.toml"
      CopyFiles /SILENT "$ProgramDataDir\courtdesk.toml" "$ProgramDataDir\courtdesk.toml.bak"
    ${EndIf}
    CopyFiles /SILENT "$PLUGINSDIR\courtdesk.toml" "$ProgramDataDir\courtdesk.toml"
    ${Log} "$(CONFIG_INSTALLED) $ProgramDataDir\courtdesk.toml ($ConfigSource)"
  ${ElseIf} ${FileExists} "$ProgramDataDir\courtdesk.toml"
    ${Log} "$(CONFIG_KEPT) $ProgramDataDir\courtdesk.toml"
  ${Else}
    SetOutPath "$ProgramDataDir"
    File "/oname=courtdesk.toml" "${TEMPLATE_FILE}"
    SetOutPath "$INSTDIR"
    ${Log} "$(CONFIG_TEMPLATE) $ProgramDataDir\courtdesk.toml"
  ${EndIf}

  CreateDirectory "$SMPROGRAMS\courtdesk"
  CreateShortcut "$SMPROGRAMS\courtdesk\$(APP_NAME).lnk" "$INSTDIR\${APP_EXE}"
  ; IT's first stop on a PC: doctor's report stays open in its console window.
  CreateShortcut "$SMPROGRAMS\courtdesk\$(DOCTOR_NAME).lnk" "$SYSDIR\cmd.exe" \
    '/k ""$INSTDIR\${CLI_EXE}" doctor"' "$INSTDIR\${CLI_EXE}"
SectionEnd

Section /o "$(SEC_DESKTOP_NAME)" SecDesktop
  CreateShortcut "$DESKTOP\$(APP_NAME).lnk" "$INSTDIR\${APP_EXE}"
  ; The name depends on the installer's language: the uninstaller finds it here.
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DesktopShortcut" "$DESKTOP\$(APP_NAME).lnk"
SectionEnd

Section "-Register"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "courtdesk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  ${Log} "courtdesk ${VERSION} installed in $INSTDIR"
SectionEnd

; A speech model for everyone on this PC (%PROGRAMDATA%\courtdesk\models), by the program just
; installed. courtdesk stays installed when this fails: the exit code and the log say so.
Section "-Model"
  ${If} $ModelSource == ""
    Return
  ${EndIf}
  InitPluginsDir
  System::Call 'kernel32::SetEnvironmentVariable(t "COURTDESK_HOME", t "$PLUGINSDIR\home")'
  nsExec::ExecToStack '"$INSTDIR\${CLI_EXE}" models install "$ModelSource"'
  Pop $0
  Pop $1
  ${If} $0 == 0
    ${Log} "$1"
  ${Else}
    ${Log} "$(MODEL_FAILED) $ModelSource"
    ${Log} "courtdesk models install ($0): $1"
    MessageBox MB_ICONEXCLAMATION "$(MODEL_FAILED)$\r$\n$ModelSource$\r$\n$\r$\n$1" /SD IDOK
    SetErrorLevel ${EXIT_MODEL_FAILED}
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SEC_APP_INFO)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SEC_DESKTOP_INFO)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; After the sections: it selects the desktop shortcut's for /DESKTOP.
; The value of a path option, /CONFIG=VALUE: unquoted up to the next space, or quoted as
; /CONFIG="A B" or "/CONFIG=A B" (what cmd and PowerShell pass for a path with spaces).
; Sets the error flag when the option is absent; then the value is "".
Function GetPathOption
  Exch $1  ; the option with its "=", e.g. /CONFIG=
  Push $0
  Push $2
  Push $3
  Push $4
  Push $5
  ${GetParameters} $0
  StrLen $4 $1
  StrCpy $2 0
  StrCpy $5 ""
  ${Do}
    StrCpy $3 $0 $4 $2
    ${IfThen} $3 == "" ${|} ${ExitDo} ${|}
    ${If} $3 == $1  ; case-insensitive, as Windows options are
      StrCpy $5 " "  ; the character that ends the value
      ${If} $2 > 0
        IntOp $3 $2 - 1
        StrCpy $3 $0 1 $3
        ${IfThen} $3 == "$\"" ${|} StrCpy $5 "$\"" ${|}
      ${EndIf}
      IntOp $2 $2 + $4
      StrCpy $3 $0 1 $2
      ${If} $3 == "$\""
        StrCpy $5 "$\""
        IntOp $2 $2 + 1
      ${EndIf}
      StrCpy $1 ""
      ${Do}
        StrCpy $3 $0 1 $2
        ${IfThen} $3 == "" ${|} ${ExitDo} ${|}
        ${IfThen} $3 == $5 ${|} ${ExitDo} ${|}
        StrCpy $1 "$1$3"
        IntOp $2 $2 + 1
      ${Loop}
      StrCpy $5 "found"
      ${ExitDo}
    ${EndIf}
    IntOp $2 $2 + 1
  ${Loop}
  ClearErrors
  ${If} $5 != "found"
    StrCpy $1 ""
    SetErrors
  ${EndIf}
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $0
  Exch $1
FunctionEnd

Function .onInit
  SetShellVarContext all
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
  ReadEnvStr $ProgramDataDir PROGRAMDATA
  StrCpy $ProgramDataDir "$ProgramDataDir\courtdesk"
  CreateDirectory "$ProgramDataDir"
  StrCpy $LogFile "$ProgramDataDir\setup.log"
  ${Log} "courtdesk ${VERSION} setup"

  ${IfNot} ${RunningX64}
    ${Log} "$(NOT_64BIT)"
    MessageBox MB_ICONSTOP "$(NOT_64BIT)" /SD IDOK
    SetErrorLevel ${EXIT_NOT_64BIT}
    Quit
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    ${Log} "$(NOT_ADMIN)"
    MessageBox MB_ICONSTOP "$(NOT_ADMIN)" /SD IDOK
    SetErrorLevel ${EXIT_NOT_ADMIN}
    Quit
  ${EndIf}

  ; An upgrade goes where the installed version is.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}

  Push "/CONFIG="
  Call GetPathOption
  Pop $ConfigSource
  ${If} ${Errors}
    StrCpy $ConfigSource ""
  ${ElseIfNot} ${FileExists} "$ConfigSource"
    ${Log} "$(CONFIG_MISSING) $ConfigSource"
    MessageBox MB_ICONSTOP "$(CONFIG_MISSING)$\r$\n$ConfigSource" /SD IDOK
    SetErrorLevel ${EXIT_FILE_MISSING}
    Quit
  ${EndIf}
  Push "/MODEL="
  Call GetPathOption
  Pop $ModelSource
  ${If} ${Errors}
    StrCpy $ModelSource ""
  ${ElseIfNot} ${FileExists} "$ModelSource"
    ${Log} "$(MODEL_MISSING) $ModelSource"
    MessageBox MB_ICONSTOP "$(MODEL_MISSING)$\r$\n$ModelSource" /SD IDOK
    SetErrorLevel ${EXIT_FILE_MISSING}
    Quit
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $0
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ReadEnvStr $ProgramDataDir PROGRAMDATA
  StrCpy $ProgramDataDir "$ProgramDataDir\courtdesk"
  StrCpy $LogFile "$TEMP\courtdesk-uninstall.log"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $0
  ${If} ${Errors}
    StrCpy $Purge 0
  ${Else}
    StrCpy $Purge 1
  ${EndIf}
FunctionEnd

Function un.WriteLog
  Exch $0
  Push $1
  DetailPrint "$0"
  ClearErrors
  ${If} ${FileExists} "$LogFile"
    FileOpen $1 "$LogFile" a
  ${Else}
    FileOpen $1 "$LogFile" w
    FileWriteWord $1 0xFEFF
  ${EndIf}
  ${IfNot} ${Errors}
    FileSeek $1 0 END
    FileWriteUTF16LE $1 "$0$\r$\n"
    FileClose $1
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd

!macro unLog text
  Push "${text}"
  Call un.WriteLog
!macroend

Section "Uninstall"
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "DesktopShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  RMDir /r "$SMPROGRAMS\courtdesk"
  ; Only what setup put there: a folder IT chose may hold other things.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  !insertmacro unLog "courtdesk removed from $INSTDIR"
  ${If} $Purge == 1
    RMDir /r "$ProgramDataDir"
    !insertmacro unLog "$(PURGED) $ProgramDataDir"
  ${EndIf}
  !insertmacro unLog "$(USER_DATA_KEPT)"
SectionEnd
