; Simpul's addition to electron-builder's NSIS installer (nsis.include in electron-builder.yml).
;
; Uninstalling keeps the office's data (database, attachments, documents, backups) unless the
; person uninstalling ticks this box on the uninstaller's components page. Updates run the old
; uninstaller silently with --updated: silent mode shows no page, the box starts unticked (/o),
; and the isUpdated guard means an update can never delete data, whatever happens.
;
; The folder is Electron's userData: %APPDATA%\Simpul (app.setName('Simpul') in
; electron/main/index.ts), kept per Windows user even for a per-machine install; only the data
; of the user running the uninstaller is removed. simpul-updater is electron-updater's download
; cache (updaterCacheDirName in app-update.yml).

!macro customUnInstallSection
  Section /o "un.Hapus juga data Simpul (basis data, lampiran, dokumen, cadangan)"
    ${ifNot} ${isUpdated}
      ${if} $installMode == "all"
        SetShellVarContext current
      ${endif}
      RMDir /r "$APPDATA\Simpul"
      RMDir /r "$LOCALAPPDATA\simpul-updater"
      ${if} $installMode == "all"
        SetShellVarContext all
      ${endif}
    ${endIf}
  SectionEnd
!macroend
