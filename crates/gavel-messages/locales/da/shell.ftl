## The desktop shell's own messages (src-tauri): refusals it words itself.

shell-dataFolderNotFound = Mappen til Gavels data kan ikke findes: { $reason }
shell-folderNotCreated = Mappen { $folder } kan ikke oprettes: { $reason }
shell-lockFileNotOpened = Låsefilen ved databasen { $database } kan ikke åbnes: { $reason }
shell-databaseInUse = Databasen { $database } er allerede åben i et andet Gavel-vindue. Brug det vindue, eller luk det og start Gavel igen. Dette vindue har ikke ændret noget.
shell-fileSentWrongly = Appen sendte filen forkert ({ $detail }).
shell-fileNotWritten = »{ $file }« kan ikke gemmes i { $folder }: { $reason }
shell-settingsNotRead = Indstillingerne i { $file } kan ikke læses: { $reason }. Gavel bruger standardindstillingerne.
shell-settingsDamaged = Indstillingsfilen { $file } er beskadiget (linje { $line }, kolonne { $column }: { $reason }). Gavel bruger standardindstillingerne; filen gemmes som { $file }.damaged, når du gemmer nye.
shell-settingsNotSaved = Indstillingerne kan ikke gemmes i { $file }: { $reason }
shell-certificateNotUnlocked = Certifikatet er ikke låst op for dette møde. Skriv adgangskoden.
shell-projectorMayNotCall = Projektorvinduet må ikke kalde { $command }.
shell-projectorNotOpened = Projektorvinduet kan ikke åbnes: { $reason }
shell-noCertificateChosen = Der er ikke valgt et certifikat i indstillingerne.
shell-certificateFolderNotFound = Mappen til Gavels data kan ikke findes, så certifikatet kan ikke gemmes.
shell-certificateNotSaved = Certifikatet kan ikke gemmes i { $folder }: { $reason }
shell-certificatePasswordTooShort = Adgangskoden skal være mindst { $count } tegn: den beskytter din underskriftsnøgle.
shell-backupGone = Sikkerhedskopien { $file } findes ikke længere.
