## Checking signed PDFs and sync signatures, and the errors of making and signing documents, in
## English: the same messages as da/verification.ftl.
