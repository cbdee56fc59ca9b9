## Checking signed PDFs and sync signatures, and the errors of making and signing documents, in
## English: the same messages as da/verification.ftl.

## A signature and why it cannot be countersigned (verify.rs)

verify-signatureNumber = signature { $number }
verify-signatureNumberInField = signature { $number } ({ $field })
verify-notSignedNothingToCountersign = the file is not signed, so there is nothing to countersign; sign the minutes with `gavel minutes export --sign` or in the app
verify-signatureNotValid = { $signature } is not valid: { $problems }
verify-signatureChangedAfterwards = { $signature } is valid, but the document was changed after it: { $changes }

## Why a signature is not valid (verify.rs, signing_certificate_attribute.rs)

verify-revisionUnreadable = the revision of the file this signature covers cannot be read: { $reason }
verify-signatureDictionaryChanged = the signature dictionary was changed after signing
verify-signatureCopiedFromAnother = the signature is not part of the revision it covers: it was copied from another signature
verify-noByteRange = the signature has no valid /ByteRange
verify-byteRangeDoesNotFit = the /ByteRange [{ $start } { $firstLength } { $secondStart } { $secondLength }] does not fit the file ({ $fileBytes } bytes): the file was cut short or changed
verify-noContents = the signature has no /Contents
verify-byteRangeGapIsNotContents = the unsigned gap of the /ByteRange is not exactly the signature's /Contents: the /ByteRange was edited
verify-bytesAfterSignature =
    { $count ->
        [one] the signature's /Contents holds { $count } byte after the CMS structure that is neither the signature nor zero padding
       *[other] the signature's /Contents holds { $count } bytes after the CMS structure that are neither the signature nor zero padding
    }
verify-notExactlyOneSigner = the CMS structure must hold exactly one signer
verify-signerCertificateMissing = the signer's certificate is not in the signature
verify-unsupportedDigestAlgorithm = unsupported digest algorithm { $algorithm }
verify-digestMismatch = digest mismatch: the signed part of the file was changed after signing
verify-noMessageDigest = the signature has no message-digest attribute
verify-signatureAltered = the signature does not verify with the signer's certificate: the signature was altered
verify-noSignedAttributes = the signature has no signed attributes
verify-certificateNotBoundAsPadesRequires = the signature does not bind its certificate (no signingCertificateV2), as PAdES requires: the certificate may have been swapped
verify-certificateEdited = the certificate's own signature does not verify ({ $certificate }): the certificate was edited after it was issued (its name, for example)
verify-certificateCannotBeEncoded = the certificate cannot be encoded
verify-signingCertificateUnsupportedHash = { $attribute } uses an unsupported hash algorithm { $algorithm }
verify-signingCertificateNamesAnotherCertificate = the signed attribute { $attribute } names another certificate than the one in the signature: the certificate was replaced or edited after signing
verify-signingCertificateNamesAnotherIssuer = the signed attribute { $attribute } names another issuer or serial number than the certificate's
verify-signingCertificateUnreadable = the signed attribute { $attribute } cannot be read

## Notes beside a valid signature (verify.rs)

verify-certificateOnlyKeyBound = the signature does not bind its certificate (no signingCertificateV2); only the key is bound
verify-certificateHadExpiredAtSigning = the certificate had expired when the signature was made (valid { $validFrom } to { $validTo })
verify-certificateNotYetValidAtSigning = the certificate was not yet valid when the signature was made (valid { $validFrom } to { $validTo })
verify-certificateExpiredSince = the certificate expired on { $expiry } (after the signature was made)
verify-certificateSelfSigned = the certificate is self-signed: check that it is the signer's

## What the revisions after a signature changed (changes_after_signing.rs). $change is "changed"
## or "added"; $visibility, where a new signature field shows, is "onPage", "visible" or
## "invisible".

verify-changeObjectRemoved = object { $object } was removed
verify-changeMore =
    { $count ->
        [one] and { $count } more change
       *[other] and { $count } more changes
    }
verify-changeCatalogReplaced = the document catalog was replaced (the trailer's /Root): it is another document
verify-changeEncrypted = the document was encrypted after signing
verify-changeMeetingIdOrFingerprint = the meeting id or the log fingerprint in the document information was changed
verify-changeInfoRefersToObjects = the document information now refers to other objects
verify-changeInfoUpdated = the document information (title, author, dates) was updated
verify-changeCatalogEntryRefersToObjects = the catalog's /{ $key } was changed to refer to other objects
verify-changePageTreeReplaced = the page tree was replaced
verify-changeCatalogActions = actions or scripts were added to the catalog (/{ $key })
verify-changeCatalog = the document catalog was changed (/{ $key })
verify-changeXmpMetadataUpdated = the document's XMP metadata was updated
verify-changeSecurityStoreNotDictionary = the document security store (/DSS) is not a dictionary
verify-changeSecurityStoreUnexpectedKeys = the document security store (/DSS) has unexpected keys (/{ $keys })
verify-changeValidationDataAdded = validation data (a DSS) was added
verify-changeFormRemoved = the form (/AcroForm) was removed
verify-changeFormEntry = the form's /{ $key } was changed
verify-changeFormFieldRemoved = the form field { $field } was removed
verify-changeFormFieldChanged = the form field { $field } was changed
verify-changeSignedFieldChanged = the signature field { $field }, signed before, was changed
verify-changeEmptySignatureFieldChanged = the empty signature field { $field } was changed (/{ $keys })
verify-changeSignatureFieldSigned = the signature field { $field } was signed (signature { $signature })
verify-changeFieldThatIsNotSignatureAdded = a form field that is not a signature field was added ({ $field })
verify-changeNewSignatureFieldHasActions = the new signature field { $field } carries actions (/A or /AA) that run when it is touched
verify-changeSignatureFieldAddedAndSigned =
    the signature field { $field } was added and signed (signature { $signature }), { $visibility ->
        [onPage] visible on page { $page }
        [visible] visible
       *[invisible] invisible
    }
verify-changeEmptySignatureFieldAdded =
    an empty signature field { $field } was added, { $visibility ->
        [onPage] visible on page { $page }
        [visible] visible
       *[invisible] invisible
    }
verify-changeSignatureFieldValueNotSignature = the signature field { $field } has a value that is not a signature
verify-changeSignatureFieldPointsAtSignedObject = the signature field { $field } points at an object of the signed document ({ $object }) instead of a new signature
verify-changePageAdded = page { $page } was added
verify-changePageContentReplaced = page { $page }: its content was replaced (/Contents)
verify-changePageResourcesReplaced = page { $page }: its fonts or images were replaced (/Resources)
verify-changePage = page { $page } was changed (/{ $key })
verify-changeAnnotationRemoved = page { $page }: an annotation was removed
verify-changeAnnotationAdded = page { $page }: an annotation (/{ $annotationType }) was added
verify-changePageTree = the page tree was changed (pages added, removed or reordered)
verify-changePageContentStream =
    page { $page }: its content stream (object { $object }) was { $change ->
        [changed] changed
       *[added] added
    }
verify-changeObjectOfPage =
    page { $page }: object { $object } ({ $objectKind }), which the page uses, was { $change ->
        [changed] changed
       *[added] added
    }
verify-changeObject =
    object { $object } ({ $objectKind }) was { $change ->
        [changed] changed
       *[added] added
    }
verify-changeDanglingReferenceDefined = object { $object } was missing when the document was signed, yet the signed document referred to it; adding it changes what was signed

## Signing: the note when the certificate was not valid, the stamp in the signature box
## (sign.rs) and the minutes' file name (export.rs)

signing-certificateExpired = the certificate of { $signer } expired on { $date }: the signature is made, but readers will show it as not valid at signing time
signing-certificateNotYetValid = the certificate of { $signer } is valid only from { $date }: the signature is made, but readers will show it as not valid at signing time
signing-stampDigitallySignedBy = Digitally signed by
signing-stampTime = { $date } at { $time } ({ $offset })
signing-minutesFileName = Minutes - { $title } ({ $date })
signing-signedMinutesFileName = Minutes - { $title } ({ $date }) (signed)

## Checking a sync file's signature (sync_signature.rs)

syncSignature-unreadable = the signature cannot be read ({ $reason })
syncSignature-certificateDoesNotMatchKey = the certificate in the signature does not match the key that signed
syncSignature-signerCertificateMissing = the signer's certificate is not in the signature
syncSignature-contentChanged = the file's content was changed after it was signed

## The errors of gavel-minutes (error.rs). $file is the file the user gave; $reason a detail from
## a library or the operating system, as it was written; $fileKind is "pkcs12" or "pdf".

minutesError-wrongPassword = wrong password for { $file }
minutesError-notPkcs12 = { $file }: not a PKCS#12 (.p12/.pfx) file: { $reason }
minutesError-noPrivateKey = { $file }: the file holds no private key (only certificates); sign with the .p12 that holds your key
minutesError-unsupportedKey = { $file }: unsupported key: { $reason }
minutesError-badCertificate = { $file }: the certificate cannot be read: { $reason }
minutesError-notAPdf = { $file }: not a PDF file (it does not start with %PDF-)
minutesError-damagedPdf = { $file }: the PDF is truncated or damaged: { $reason }
minutesError-cannotSign = { $file }: cannot sign this PDF: { $reason }
minutesError-badSignature = { $file }: { $reason }
minutesError-cannotCountersign = { $file }: not countersigned, because { $reasons }; nothing was signed or recorded
minutesError-certificateCreation = cannot create the certificate: { $reason }
minutesError-layout = cannot lay out the minutes: { $reason }
minutesError-write = cannot write { $file }: { $reason }
minutesError-read = cannot read { $file }: { $reason }
minutesError-readMissingFile = cannot read { $file }: { $reason }
minutesError-tooLarge =
    { $file }: the file is larger than { $megabytes } MB, the most Gavel reads as { $fileKind ->
        [pkcs12] a .p12 file
       *[pdf] a PDF
    }; nothing was read
minutesError-notAFile = { $file }: { $refusal }

## The reasons inside the errors above and inside a signature's problems, worded here so that a
## Danish reader gets Danish throughout. $error is a library's own detail, as it was written;
## counts and limits travel as text, as the English text always wrote them ungrouped.

verify-pdfCutShort = it does not end with %%EOF; the file was probably cut short while copying
verify-tooManySignatures = the file holds { $signatures } signatures, more than the { $limit } Gavel checks; no minutes have that many
verify-cmsUnreadable = the signature cannot be read: { $error }
verify-notCms = the signature is not a CMS structure: { $error }
verify-notSignedData = the signature is not CMS SignedData
verify-signedDataUnreadable = the CMS SignedData cannot be read: { $error }
verify-certificateKeyUnreadable = the certificate's key cannot be read: { $error }
verify-certificateRsaKeyUnreadable = the certificate's RSA key cannot be read: { $error }
verify-certificateKeyNotP256 = the certificate's key is not a P-256 key
verify-unsupportedSignatureAlgorithm = unsupported signature algorithm { $algorithm }
verify-unsupportedKeyAlgorithm = unsupported key algorithm { $algorithm }
signing-pdfEncrypted = the PDF is encrypted
signing-noDocumentCatalog = no document catalog: { $error }
signing-formUnreadable = form: { $error }
signing-pageUnreadable = page: { $error }
signing-noPages = the document has no pages
signing-fileTooLargeForByteRange = the file is too large for the byte range
signing-signatureLargerThanReserved = the signature ({ $bytes } bytes) is larger than the space reserved for it
syncSignature-cannotSign = cannot sign the sync file: { $reason }
syncSignature-notHexadecimal = "cms" is not hexadecimal
syncSignature-notExactlyOneSigner = it must hold exactly one signer
syncSignature-digestNotSha256 = digest { $algorithm }; a sync file is signed over SHA-256
syncSignature-noSignedAttributes = no signed attributes
certificate-tooManyMacRounds = its integrity check asks for { $rounds } rounds; Gavel allows at most { $limit }
certificate-noCertificateForKey = no certificate in the file belongs to its private key
certificate-privateKeyUnreadable = the private key cannot be read: { $error }
certificate-curveNotP256 = an elliptic-curve key on a curve other than P-256
certificate-keyAlgorithmNotSupported = a { $algorithm } key; Gavel signs with RSA or ECDSA P-256 keys
certificate-nameEmpty = the name is empty; give the signer's full name
certificate-validityBefore1970 = the validity must start after 1970
fonts-unreadable = cannot read the font: { $error }
fonts-cannotSubset = cannot subset the font: { $error }

## The certificate chain of a signature, as far as the file carries it (verify.rs). $steps are
## the "issued by" steps, joined with commas; $end is how the root ends, "self-signed" or
## "self-issued, but …".

verify-chainSelfSigned = self-signed
verify-chainSelfIssuedNotVerifying = self-issued, but its signature does not verify
verify-chainRoot = { $steps }; root { $end } (not checked against a trust list)
verify-chainIssuedBy = issued by { $issuer }
verify-chainIssuedByNotIncluded = issued by { $issuer } (not included in the file)
verify-chainIssuerSignatureFails = issued by { $issuer }, but the issuer's signature does not verify
