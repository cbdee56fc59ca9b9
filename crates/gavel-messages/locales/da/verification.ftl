## Checking signed PDFs and sync signatures, and the errors of making and signing documents
## (crates/gavel-minutes), in Danish.
