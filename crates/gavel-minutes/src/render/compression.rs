//! How the PDF's streams are compressed: one choice for the whole crate, made by measurement.
//! The `compression` group of `cargo bench -p gavel-minutes --bench minutes` deflates every
//! stream of the 1,000-item minutes (3.2 MB raw: page contents, fonts, ToUnicode maps) with
//! each candidate. On the 2-core machine of docs/PERFORMANCE.md (shared, so upper bounds):
//!
//! | candidate | bytes | time |
//! |---|---|---|
//! | miniz_oxide level 1 | 1,170,031 | 59 ms |
//! | miniz_oxide level 6 | 780,600 | 145 ms |
//! | zlib-rs level 1 | 1,143,159 | 31 ms |
//! | zlib-rs level 2 | 871,280 | 62 ms |
//! | zlib-rs level 4 | 800,348 | 75 ms |
//! | zlib-rs level 6 | 785,340 | 77 ms |
//!
//! zlib-rs (flate2's `zlib-rs` backend) is about twice as fast as miniz_oxide at the same size.
//! Its default level 6 makes files a third smaller than level 1 for about 0.05 ms more per page,
//! well inside every time budget, and a smaller file is what the chair mails to the members.
//! Storing streams raw would make the file almost three times larger.

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;

/// zlib's default level; see the module comment.
pub const LEVEL: u32 = 6;

/// Appends the zlib stream (/FlateDecode) of the concatenation of `parts` to `out`.
pub fn deflate_into(out: &mut Vec<u8>, parts: &[&[u8]]) {
    let mut encoder = ZlibEncoder::new(out, Compression::new(LEVEL));
    for part in parts {
        encoder
            .write_all(part)
            .expect("deflating into memory cannot fail");
    }
    encoder.finish().expect("deflating into memory cannot fail");
}
