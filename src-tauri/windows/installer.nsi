; Gavel's Windows installer, built on Linux by `make windows` with Debian's makensis (NSIS 3):
;
;   makensis -DVERSION=0.1.0 -DBUILD=<folder with gavel.exe, gavel-desktop.exe, WebView2Loader.dll>
;            -DOUTFILE=<…/Gavel-0.1.0-setup.exe> src-tauri/windows/installer.nsi
;
; makensis runs in this folder, so the files of the repository are named relative to it; BUILD and
; OUTFILE must be absolute.
;
; What a municipality's IT department deploying it expects (docs/platforms.md):
; - per user, without administrator rights: into %LOCALAPPDATA%\Programs\Gavel, registered under
;   HKCU, like other per-user programs;
; - a start-menu entry "Gavel", described in Danish or English after Windows' language;
; - the `gavel` command on the user's PATH (the bin\ folder, which holds gavel.exe only);
; - an uninstaller (Settings > Apps, or uninstall.exe) that removes the program and keeps the
;   data: the database, backups and settings in %APPDATA%\dk.gavel.app and the exports in
;   Documents\Gavel are the group's record;
; - silent install and uninstall for Intune and SCCM: `Gavel-…-setup.exe /S` (and /D=folder as the
;   last argument for another folder), `uninstall.exe /S`;
; - a clear message when the WebView2 runtime the window needs is missing (it ships with Windows 11
;   and current Windows 10): the installation goes on, since the `gavel` command does not need it.

!ifndef VERSION | BUILD | OUTFILE
  !error "Give -DVERSION=x.y.z -DBUILD=folder -DOUTFILE=file (see the Makefile's windows target)"
!endif

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "StrFunc.nsh"
${StrLoc}
${UnStrRep}

!define IDENTIFIER "dk.gavel.app"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${IDENTIFIER}"
; Microsoft's documented places of the Evergreen WebView2 runtime's version, machine-wide (on
; 64-bit Windows, under WOW6432Node) and per user.
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "Gavel"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Gavel"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "Gavel ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Gavel"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Gavel ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "../icons/icon.ico"
!define MUI_UNICON "../icons/icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\gavel-desktop.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks Windows' display language when it is Danish, else English (the first).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Danish"

LangString ShortcutDescription ${LANG_ENGLISH} "Run steering-group meetings offline: backlog, votes, decisions, signed minutes"
LangString ShortcutDescription ${LANG_DANISH} "Styr styregruppemøder offline: backlog, afstemninger, beslutninger, underskrevne referater"
LangString WebView2Missing ${LANG_ENGLISH} "Gavel's window needs the Microsoft Edge WebView2 Runtime, which is not installed on this computer. It is part of Windows 11 and of an updated Windows 10.$\r$\n$\r$\nGavel is installed anyway, and the gavel command works. To open the window, ask your IT department to install the WebView2 Runtime (Evergreen), or install it from Microsoft's website."
LangString WebView2Missing ${LANG_DANISH} "Gavels vindue kræver Microsoft Edge WebView2 Runtime, som ikke er installeret på denne computer. Den er en del af Windows 11 og af et opdateret Windows 10.$\r$\n$\r$\nGavel bliver installeret alligevel, og kommandoen gavel virker. For at åbne vinduet skal din IT-afdeling installere WebView2 Runtime (Evergreen), eller du kan hente den på Microsofts websted."
LangString PathTooLong ${LANG_ENGLISH} "Your PATH setting is too long for the installer to change safely, so the gavel command was not added to it. Add this folder to PATH by hand: $INSTDIR\bin"
LangString PathTooLong ${LANG_DANISH} "Din PATH-indstilling er for lang til, at installationsprogrammet kan ændre den sikkert, så kommandoen gavel blev ikke føjet til den. Tilføj selv denne mappe til PATH: $INSTDIR\bin"
LangString DataKept ${LANG_ENGLISH} "Your meetings, backups and settings in $APPDATA\${IDENTIFIER} and your exports in Documents\Gavel are kept."
LangString DataKept ${LANG_DANISH} "Dine møder, sikkerhedskopier og indstillinger i $APPDATA\${IDENTIFIER} og dine eksporterede filer i Dokumenter\Gavel bevares."

Section "Gavel"
  SetOutPath "$INSTDIR"
  File "${BUILD}/gavel-desktop.exe"
  ; The GNU build loads WebView2Loader.dll at run time; it must sit beside the app.
  File "${BUILD}/WebView2Loader.dll"
  File "/oname=LICENSE-fonts-OFL.txt" "../../assets/fonts/OFL-IBM-Plex.txt"
  SetOutPath "$INSTDIR\bin"
  File "${BUILD}/gavel.exe"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\Gavel.lnk" "$INSTDIR\gavel-desktop.exe" "" "$INSTDIR\gavel-desktop.exe" 0 SW_SHOWNORMAL "" "$(ShortcutDescription)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Gavel"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Gavel"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\gavel-desktop.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  Call AddBinToPath
  Call WarnWithoutWebView2
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\gavel-desktop.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\LICENSE-fonts-OFL.txt"
  Delete "$INSTDIR\bin\gavel.exe"
  RMDir "$INSTDIR\bin"
  Delete "$SMPROGRAMS\Gavel.lnk"
  Call un.RemoveBinFromPath
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: a folder the user put other files in stays.
  RMDir "$INSTDIR"
  ; The data folder is never touched (see the top of this file).
  DetailPrint "$(DataKept)"
SectionEnd

; Appends $INSTDIR\bin to the user's PATH (HKCU\Environment), once, and tells running programs.
; NSIS strings hold 1024 characters: a longer PATH is left alone rather than cut, with a message.
Function AddBinToPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $1 > 900
    MessageBox MB_OK|MB_ICONINFORMATION "$(PathTooLong)" /SD IDOK
    DetailPrint "$(PathTooLong)"
    Return
  ${EndIf}
  ${StrLoc} $2 ";$0;" ";$INSTDIR\bin;" ">"
  ${If} $2 != ""
    Return
  ${EndIf}
  ${If} $0 == ""
    StrCpy $0 "$INSTDIR\bin"
  ${Else}
    StrCpy $0 "$0;$INSTDIR\bin"
  ${EndIf}
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=500
FunctionEnd

Function un.RemoveBinFromPath
  ReadRegStr $0 HKCU "Environment" "Path"
  StrLen $1 $0
  ${If} $1 > 900
    Return
  ${EndIf}
  ${UnStrRep} $1 ";$0;" ";$INSTDIR\bin;" ";"
  ; Drop the ";" added around it above.
  StrCpy $1 $1 "" 1
  StrCpy $1 $1 -1
  ${If} $1 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" "$1"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=500
FunctionEnd

Function WarnWithoutWebView2
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    DetailPrint "$(WebView2Missing)"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(WebView2Missing)" /SD IDOK
  ${EndIf}
FunctionEnd
