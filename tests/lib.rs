//! Nothing here: the tests live in `it/` (one integration-test binary, see it/main.rs).
