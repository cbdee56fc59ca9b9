## The desktop shell's own messages (src-tauri): refusals it words itself.

shell-dataFolderNotFound = cannot find the folder for Gavel's data: { $reason }
shell-folderNotCreated = cannot create the folder { $folder }: { $reason }
shell-lockFileNotOpened = cannot open the lock file beside the database { $database }: { $reason }
shell-databaseInUse = The database { $database } is already open in another Gavel window. Use that window, or close it and start Gavel again. This window has changed nothing.
shell-fileSentWrongly = the app sent the file in a form the command does not read ({ $detail })
shell-fileNotWritten = cannot write “{ $file }” in { $folder }: { $reason }
shell-settingsNotRead = cannot read the settings in { $file }: { $reason }. Gavel uses the default settings.
shell-settingsDamaged = the settings file { $file } is damaged (line { $line }, column { $column }: { $reason }). Gavel uses the default settings; the file is kept as { $file }.damaged when you save new ones.
shell-settingsNotSaved = cannot save the settings in { $file }: { $reason }
shell-certificateNotUnlocked = the certificate is not unlocked for this meeting: type its password
shell-projectorMayNotCall = The projector window may not call { $command }.
shell-projectorNotOpened = Cannot open the projector window: { $reason }
shell-noCertificateChosen = no certificate is chosen in the settings
shell-certificateFolderNotFound = cannot find the folder for Gavel's data, so the certificate cannot be saved
shell-certificateNotSaved = cannot save the certificate in { $folder }: { $reason }
shell-certificatePasswordTooShort = the password must be at least { $count } characters: it protects your signing key
shell-backupGone = the backup { $file } no longer exists
