## Checking signed PDFs and sync signatures, and the errors of making and signing documents
## (crates/gavel-minutes), in Danish.
## An object number, a page number, a signature's number, a byte offset and a file size travel
## as text, so that they are printed as the PDF writes them ("12345", not "12.345"); a count that
## decides a noun's form is $count.

## A signature and why it cannot be countersigned (verify.rs)

verify-signatureNumber = underskrift { $number }
verify-signatureNumberInField = underskrift { $number } ({ $field })
verify-notSignedNothingToCountersign = filen er ikke underskrevet, så der er intet at medunderskrive; underskriv referatet med `gavel minutes export --sign` eller i appen
verify-signatureNotValid = { $signature } er ikke gyldig: { $problems }
verify-signatureChangedAfterwards = { $signature } er gyldig, men dokumentet blev ændret bagefter: { $changes }

## Why a signature is not valid (verify.rs, signing_certificate_attribute.rs)

verify-revisionUnreadable = den version af filen, som underskriften dækker, kan ikke læses: { $reason }
verify-signatureDictionaryChanged = underskriftens ordbog blev ændret efter underskriften
verify-signatureCopiedFromAnother = underskriften er ikke en del af den version af filen, den dækker: den er kopieret fra en anden underskrift
verify-noByteRange = underskriften har ingen gyldig /ByteRange
verify-byteRangeDoesNotFit = /ByteRange [{ $start } { $firstLength } { $secondStart } { $secondLength }] passer ikke til filen ({ $fileBytes } byte): filen blev afkortet eller ændret
verify-noContents = underskriften har ingen /Contents
verify-byteRangeGapIsNotContents = det usignerede hul i /ByteRange er ikke præcis underskriftens /Contents: /ByteRange blev ændret
verify-bytesAfterSignature = underskriftens /Contents indeholder { $count } byte efter CMS-strukturen, som hverken er underskriften eller nuller
verify-notExactlyOneSigner = CMS-strukturen skal indeholde præcis én underskriver
verify-signerCertificateMissing = underskriverens certifikat er ikke med i underskriften
verify-unsupportedDigestAlgorithm = ukendt hashalgoritme { $algorithm }
verify-digestMismatch = hashværdien passer ikke: den underskrevne del af filen blev ændret efter underskriften
verify-noMessageDigest = underskriften har ingen message-digest-attribut
verify-signatureAltered = underskriften kan ikke verificeres med underskriverens certifikat: underskriften blev ændret
verify-noSignedAttributes = underskriften har ingen underskrevne attributter
verify-certificateNotBoundAsPadesRequires = underskriften binder ikke sit certifikat (ingen signingCertificateV2), som PAdES kræver: certifikatet kan være udskiftet
verify-certificateEdited = certifikatets egen underskrift passer ikke ({ $certificate }): certifikatet blev ændret, efter at det blev udstedt (f.eks. navnet)
verify-certificateCannotBeEncoded = certifikatet kan ikke kodes
verify-signingCertificateUnsupportedHash = { $attribute } bruger en ukendt hashalgoritme { $algorithm }
verify-signingCertificateNamesAnotherCertificate = den underskrevne attribut { $attribute } angiver et andet certifikat end det i underskriften: certifikatet blev udskiftet eller ændret efter underskriften
verify-signingCertificateNamesAnotherIssuer = den underskrevne attribut { $attribute } angiver en anden udsteder eller et andet serienummer end certifikatets
verify-signingCertificateUnreadable = den underskrevne attribut { $attribute } kan ikke læses

## Notes beside a valid signature (verify.rs)

verify-certificateOnlyKeyBound = underskriften binder ikke sit certifikat (ingen signingCertificateV2); kun nøglen er bundet
verify-certificateHadExpiredAtSigning = certifikatet var udløbet, da underskriften blev lavet (gyldigt { $validFrom } til { $validTo })
verify-certificateNotYetValidAtSigning = certifikatet var endnu ikke gyldigt, da underskriften blev lavet (gyldigt { $validFrom } til { $validTo })
verify-certificateExpiredSince = certifikatet udløb { $expiry } (efter at underskriften blev lavet)
verify-certificateSelfSigned = certifikatet er selvudstedt: kontrollér, at det er underskriverens

## What the revisions after a signature changed (changes_after_signing.rs). $change is "changed"
## or "added"; $visibility, where a new signature field shows, is "onPage", "visible" or
## "invisible".

verify-changeObjectRemoved = objekt { $object } blev fjernet
verify-changeMore =
    { $count ->
        [one] og { $count } ændring mere
       *[other] og { $count } ændringer mere
    }
verify-changeCatalogReplaced = dokumentets katalog blev udskiftet (trailerens /Root): det er et andet dokument
verify-changeEncrypted = dokumentet blev krypteret efter underskriften
verify-changeMeetingIdOrFingerprint = mødets id eller logfingeraftryk i dokumentoplysningerne blev ændret
verify-changeInfoRefersToObjects = dokumentoplysningerne peger nu på andre objekter
verify-changeInfoUpdated = dokumentoplysningerne (titel, forfatter, datoer) blev opdateret
verify-changeCatalogEntryRefersToObjects = kataloget fik /{ $key }, der peger på andre objekter
verify-changePageTreeReplaced = sidetræet blev udskiftet
verify-changeCatalogActions = kataloget fik handlinger eller scripts (/{ $key })
verify-changeCatalog = dokumentets katalog blev ændret (/{ $key })
verify-changeXmpMetadataUpdated = dokumentets XMP-metadata blev opdateret
verify-changeSecurityStoreNotDictionary = dokumentets DSS er ikke en ordbog
verify-changeSecurityStoreUnexpectedKeys = dokumentets DSS har ukendte nøgler (/{ $keys })
verify-changeValidationDataAdded = valideringsdata (DSS) blev tilføjet
verify-changeFormRemoved = formularen blev fjernet
verify-changeFormEntry = formularens /{ $key } blev ændret
verify-changeFormFieldRemoved = formularfeltet { $field } blev fjernet
verify-changeFormFieldChanged = formularfeltet { $field } blev ændret
verify-changeSignedFieldChanged = underskriftsfeltet { $field }, der var underskrevet før, blev ændret
verify-changeEmptySignatureFieldChanged = det tomme underskriftsfelt { $field } blev ændret (/{ $keys })
verify-changeSignatureFieldSigned = underskriftsfeltet { $field } blev underskrevet (underskrift { $signature })
verify-changeFieldThatIsNotSignatureAdded = et formularfelt, der ikke er et underskriftsfelt, blev tilføjet ({ $field })
verify-changeNewSignatureFieldHasActions = det nye underskriftsfelt { $field } har handlinger (/A eller /AA), der kører, når man rører det
verify-changeSignatureFieldAddedAndSigned =
    underskriftsfeltet { $field } blev tilføjet og underskrevet (underskrift { $signature }), { $visibility ->
        [onPage] synligt på side { $page }
        [visible] synligt
       *[invisible] usynligt
    }
verify-changeEmptySignatureFieldAdded =
    et tomt underskriftsfelt { $field } blev tilføjet, { $visibility ->
        [onPage] synligt på side { $page }
        [visible] synligt
       *[invisible] usynligt
    }
verify-changeSignatureFieldValueNotSignature = underskriftsfeltet { $field } har en værdi, der ikke er en underskrift
verify-changeSignatureFieldPointsAtSignedObject = underskriftsfeltet { $field } peger på et objekt fra det underskrevne dokument ({ $object }) i stedet for en ny underskrift
verify-changePageAdded = side { $page } blev tilføjet
verify-changePageContentReplaced = side { $page }: dens indhold blev udskiftet (/Contents)
verify-changePageResourcesReplaced = side { $page }: dens skrifter eller billeder blev udskiftet (/Resources)
verify-changePage = side { $page } blev ændret (/{ $key })
verify-changeAnnotationRemoved = side { $page }: en anmærkning blev fjernet
verify-changeAnnotationAdded = side { $page }: en anmærkning (/{ $annotationType }) blev tilføjet
verify-changePageTree = sidetræet blev ændret (sider tilføjet, fjernet eller flyttet)
verify-changePageContentStream =
    side { $page }: dens indholdsstrøm (objekt { $object }) blev { $change ->
        [changed] ændret
       *[added] tilføjet
    }
verify-changeObjectOfPage =
    side { $page }: objekt { $object } ({ $objectKind }), som siden bruger, blev { $change ->
        [changed] ændret
       *[added] tilføjet
    }
verify-changeObject =
    objekt { $object } ({ $objectKind }) blev { $change ->
        [changed] ændret
       *[added] tilføjet
    }
verify-changeDanglingReferenceDefined = objekt { $object } manglede, da der blev underskrevet, men det underskrevne dokument henviste til det; at tilføje det ændrer det underskrevne

## Signing: the note when the certificate was not valid, the stamp in the signature box
## (sign.rs) and the minutes' file name (export.rs)

signing-certificateExpired = certifikatet for { $signer } udløb { $date }: underskriften er lavet, men læsere vil vise den som ikke gyldig på underskriftstidspunktet
signing-certificateNotYetValid = certifikatet for { $signer } er først gyldigt fra { $date }: underskriften er lavet, men læsere vil vise den som ikke gyldig på underskriftstidspunktet
signing-stampDigitallySignedBy = Underskrevet digitalt af
signing-stampTime = { $date } kl. { $time } ({ $offset })
signing-minutesFileName = Referat - { $title } ({ $date })
signing-signedMinutesFileName = Referat - { $title } ({ $date }) (underskrevet)

## Checking a sync file's signature (sync_signature.rs)

syncSignature-unreadable = underskriften kan ikke læses ({ $reason }).
syncSignature-certificateDoesNotMatchKey = certifikatet i underskriften passer ikke til den nøgle, der underskrev.
syncSignature-signerCertificateMissing = underskriverens certifikat er ikke med i underskriften.
syncSignature-contentChanged = filens indhold er ændret, efter at den blev underskrevet.

## The errors of gavel-minutes (error.rs). $file is the file the user gave; $reason a detail from
## a library or the operating system, as it was written; $fileKind is "pkcs12" or "pdf".

minutesError-wrongPassword = Forkert adgangskode til { $file }.
minutesError-notPkcs12 = { $file } er ikke en PKCS#12-fil (.p12/.pfx): { $reason }
minutesError-noPrivateKey = { $file } indeholder ingen privat nøgle (kun certifikater). Underskriv med den .p12-fil, der indeholder din nøgle.
minutesError-unsupportedKey = { $file }: nøgletypen understøttes ikke: { $reason }
minutesError-badCertificate = { $file }: certifikatet kan ikke læses: { $reason }
minutesError-notAPdf = { $file } er ikke en PDF-fil (den begynder ikke med %PDF-).
minutesError-damagedPdf = { $file }: PDF-filen er afkortet eller beskadiget: { $reason }
minutesError-cannotSign = { $file }: denne PDF kan ikke underskrives: { $reason }
minutesError-badSignature = { $file }: { $reason }
minutesError-cannotCountersign = { $file }: ikke medunderskrevet, fordi { $reasons }; intet blev underskrevet eller registreret.
minutesError-certificateCreation = Certifikatet kan ikke oprettes: { $reason }
minutesError-layout = Referatet kan ikke sættes op: { $reason }
minutesError-write = { $file } kan ikke skrives: { $reason }
minutesError-read = { $file } kan ikke læses: { $reason }
minutesError-readMissingFile = { $file } kan ikke læses: filen findes ikke ({ $reason }).
minutesError-tooLarge =
    { $file }: filen er større end { $megabytes } MB, det meste Gavel læser som { $fileKind ->
        [pkcs12] en .p12-fil
       *[pdf] en PDF
    }; intet blev læst.
minutesError-notAFile = { $file }: { $refusal }.

## The reasons inside the errors above and inside a signature's problems, worded here so that a
## Danish reader gets Danish throughout. $error is a library's own detail, as it was written;
## counts and limits travel as text, as the English text always wrote them ungrouped.

verify-pdfCutShort = den slutter ikke med %%EOF; filen blev sandsynligvis afkortet under kopieringen
verify-tooManySignatures = filen indeholder { $signatures } underskrifter, flere end de { $limit }, som Gavel kontrollerer; intet referat har så mange
verify-cmsUnreadable = underskriften kan ikke læses: { $error }
verify-notCms = underskriften er ikke en CMS-struktur: { $error }
verify-notSignedData = underskriften er ikke en CMS SignedData-struktur
verify-signedDataUnreadable = underskriftens CMS SignedData kan ikke læses: { $error }
verify-certificateKeyUnreadable = certifikatets nøgle kan ikke læses: { $error }
verify-certificateRsaKeyUnreadable = certifikatets RSA-nøgle kan ikke læses: { $error }
verify-certificateKeyNotP256 = certifikatets nøgle er ikke en P-256-nøgle
verify-unsupportedSignatureAlgorithm = ukendt signaturalgoritme { $algorithm }
verify-unsupportedKeyAlgorithm = ukendt nøglealgoritme { $algorithm }
signing-pdfEncrypted = PDF-filen er krypteret
signing-noDocumentCatalog = dokumentkataloget mangler: { $error }
signing-formUnreadable = formularen (/AcroForm) kan ikke læses: { $error }
signing-pageUnreadable = siden kan ikke læses: { $error }
signing-noPages = dokumentet har ingen sider
signing-fileTooLargeForByteRange = filen er for stor til underskriftens byteområde (/ByteRange)
signing-signatureLargerThanReserved = underskriften ({ $bytes } byte) er større end den plads, der er sat af til den
syncSignature-cannotSign = synkroniseringsfilen kan ikke underskrives: { $reason }
syncSignature-notHexadecimal = »cms« er ikke hexadecimalt
syncSignature-notExactlyOneSigner = den skal have præcis én underskriver
syncSignature-digestNotSha256 = hashalgoritmen er { $algorithm }, men en synkroniseringsfil underskrives over SHA-256
syncSignature-noSignedAttributes = den har ingen underskrevne attributter
certificate-tooManyMacRounds = dens integritetskontrol kræver { $rounds } runder; Gavel tillader højst { $limit }
certificate-noCertificateForKey = ingen af filens certifikater hører til dens private nøgle
certificate-privateKeyUnreadable = den private nøgle kan ikke læses: { $error }
certificate-curveNotP256 = en nøgle på en anden elliptisk kurve end P-256
certificate-keyAlgorithmNotSupported = en { $algorithm }-nøgle; Gavel underskriver med RSA- eller ECDSA P-256-nøgler
certificate-nameEmpty = navnet er tomt; angiv underskriverens fulde navn
certificate-validityBefore1970 = gyldigheden skal begynde efter 1970
fonts-unreadable = skrifttypen kan ikke læses: { $error }
fonts-cannotSubset = der kan ikke laves et udsnit af skrifttypen: { $error }

## The certificate chain of a signature, as far as the file carries it (verify.rs). $steps are
## the "issued by" steps, joined with commas; $end is how the root ends, "self-signed" or
## "self-issued, but …".

verify-chainSelfSigned = selvsigneret
verify-chainSelfIssuedNotVerifying = selvudstedt, men dets signatur kan ikke verificeres
verify-chainRoot = { $steps }; rodcertifikatet er { $end } (ikke kontrolleret mod en tillidsliste)
verify-chainIssuedBy = udstedt af { $issuer }
verify-chainIssuedByNotIncluded = udstedt af { $issuer } (ikke med i filen)
verify-chainIssuerSignatureFails = udstedt af { $issuer }, men udstederens signatur kan ikke verificeres
