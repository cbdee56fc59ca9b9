## The rules of procedure in words (crates/gavel-core/src/rules), in Danish: the quorum, each majority
## rule, each poll outcome and each refused ballot or proxy.
