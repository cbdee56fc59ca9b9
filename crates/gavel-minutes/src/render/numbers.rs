//! Numbers in PDF syntax without `format!`: a page of minutes writes a few hundred coordinates,
//! and a 1,000-item document a few hundred thousand.

/// `value` in fixed notation with at most `decimals` decimals, trailing zeros dropped ("12.5",
/// "841.89", "0"); PDF has no exponent syntax.
pub fn write_number(out: &mut Vec<u8>, value: f64, decimals: u32) {
    let scale = 10_i64.pow(decimals);
    let scaled = (value * scale as f64).round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let scaled = scaled.unsigned_abs();
    let scale = scale as u64;
    write_digits(out, scaled / scale, 1);
    let mut fraction = scaled % scale;
    if fraction != 0 {
        let mut digits = decimals as usize;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            digits -= 1;
        }
        out.push(b'.');
        write_digits(out, fraction, digits);
    }
}

/// `value` in decimal, zero-padded to at least `width` digits.
fn write_digits(out: &mut Vec<u8>, mut value: u64, width: usize) {
    let mut buffer = [b'0'; 20];
    let mut start = buffer.len();
    while value > 0 {
        start -= 1;
        buffer[start] = b'0' + (value % 10) as u8;
        value /= 10;
    }
    start = start.min(buffer.len() - width.max(1));
    out.extend_from_slice(&buffer[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64, decimals: u32) -> String {
        let mut out = Vec::new();
        write_number(&mut out, value, decimals);
        String::from_utf8(out).expect("ascii")
    }

    #[test]
    fn numbers_are_written_in_fixed_notation_without_trailing_zeros() {
        assert_eq!(written(0.0, 2), "0");
        assert_eq!(written(12.0, 2), "12");
        assert_eq!(written(12.5, 2), "12.5");
        assert_eq!(written(841.89, 2), "841.89");
        assert_eq!(written(595.276, 2), "595.28");
        assert_eq!(written(0.102, 3), "0.102");
        assert_eq!(written(0.05, 2), "0.05");
        assert_eq!(written(-3.25, 2), "-3.25");
        assert_eq!(written(-0.001, 2), "0");
        assert_eq!(written(1_234_567.0, 0), "1234567");
        assert_eq!(written(1e-9, 3), "0");
    }
}
