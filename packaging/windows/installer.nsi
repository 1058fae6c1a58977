; The Windows installer of kostenbaten, built on Linux by scripts/build-windows.sh with makensis:
;   makensis -DVERSION=0.1.0 -DEXE=dist/windows/kostenbaten.exe -DMODELS=assets/models \
;            -DOUTFILE=dist/windows/kostenbaten-setup.exe packaging/windows/installer.nsi
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\kostenbaten, a
; Start-menu shortcut, .ron model files opening in kostenbaten (HKCU\Software\Classes) and an
; entry in "Apps en onderdelen" (HKCU ...\Uninstall). The uninstaller removes all of them.
; Silent: kostenbaten-setup.exe /S, and "%LOCALAPPDATA%\Programs\kostenbaten\uninstall.exe" /S.

Unicode true
; A 64-bit installer for a 64-bit app (also what Wine without 32-bit support can run in the test).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "define VERSION (e.g. -DVERSION=0.1.0)"
!endif
!ifndef EXE
  !error "define EXE, the path of kostenbaten.exe"
!endif
!ifndef MODELS
  !error "define MODELS, the folder of the example models (*.ron)"
!endif
!ifndef OUTFILE
  !define OUTFILE "kostenbaten-setup.exe"
!endif

!define APP "kostenbaten"
!define PROGID "kostenbaten.model"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\kostenbaten"
!define CLASSES "Software\Classes"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!define MUI_ICON "kostenbaten.ico"
!define MUI_UNICON "kostenbaten.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\kostenbaten.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "MIT OR Apache-2.0"

Section "kostenbaten" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=kostenbaten.exe" "${EXE}"
  SetOutPath "$INSTDIR\voorbeelden"
  File "${MODELS}\*.ron"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\kostenbaten.exe" "" "$INSTDIR\kostenbaten.exe" 0

  ; .ron files open in kostenbaten, with its icon.
  WriteRegStr HKCU "${CLASSES}\.ron" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\.ron\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "kostenbaten-model"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\kostenbaten.exe,0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\kostenbaten.exe" "%1"'

  ; "Apps en onderdelen".
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\kostenbaten.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" 20000

  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon of .ron files at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\kostenbaten.exe"
  Delete "$INSTDIR\voorbeelden\*.ron"
  RMDir "$INSTDIR\voorbeelden"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  ; .ron goes back to no program only when it still points at kostenbaten.
  ReadRegStr $0 HKCU "${CLASSES}\.ron" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKCU "${CLASSES}\.ron" ""
  DeleteRegValue HKCU "${CLASSES}\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.ron"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
