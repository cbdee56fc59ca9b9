## The rules of procedure in words, in English: the same messages as da/rules.ftl.
