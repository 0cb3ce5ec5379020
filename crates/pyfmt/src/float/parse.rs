//! `float(str)` and `float(bytes)`: CPython's `PyFloat_FromString`.
//!
//! Accepted: surrounding whitespace; an optional sign; `inf`, `infinity` or
//! `nan` in any case; or decimal digits with an optional point and
//! exponent (`1`, `1.`, `.5`, `1e-5`), where single underscores may sit
//! between digits (PEP 515). Non-ASCII decimal digits and whitespace are
//! accepted in `str` input. Out-of-range values become `inf` or `0.0`, as
//! in CPython. Hex floats are `float.fromhex`, not this.

use std::borrow::Cow;

use crate::unicode::{is_ascii_space, to_ascii_number};

/// `float(s)` for a `str`; `None` means
/// `ValueError: could not convert string to float: {s!r}`.
pub fn parse_float(s: &str) -> Option<f64> {
    parse_float_bytes(&to_ascii_number(s))
}

/// `float(b)` for a bytes-like object; `None` on a syntax error.
pub fn parse_float_bytes(b: &[u8]) -> Option<f64> {
    let text = remove_underscores(b)?;
    let mut t: &[u8] = &text;
    while let [first, rest @ ..] = t
        && is_ascii_space(*first)
    {
        t = rest;
    }
    while let [rest @ .., last] = t
        && is_ascii_space(*last)
    {
        t = rest;
    }
    parse_number(t)
}

/// PEP 515: every underscore must have a digit on both sides. Checked on
/// the whole text, whitespace included, as CPython does.
fn remove_underscores(b: &[u8]) -> Option<Cow<'_, [u8]>> {
    if !b.contains(&b'_') {
        return Some(Cow::Borrowed(b));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(Cow::Owned(out))
}

/// The whole of `t` must be a number.
fn parse_number(t: &[u8]) -> Option<f64> {
    let (negative, body) = match t {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    if !is_decimal(body) {
        return None;
    }
    // Validated as `digits [. digits] [e [sign] digits]`, which Rust's
    // correctly rounding parser reads the same way.
    let text = std::str::from_utf8(t).ok()?;
    text.parse().ok()
}

/// `digits* [. digits*] [(e|E) [+-] digits+]` with at least one mantissa digit.
fn is_decimal(b: &[u8]) -> bool {
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        // (text, repr(float(text))) from python3.11.
        let cases: &[(&str, f64)] = &[
            (" 1\u{3000}", 1.0),
            ("1\u{2028}", 1.0),
            ("\u{2007} 1", 1.0),
            ("1\u{85}", 1.0),
            ("\u{ff11}\u{ff12}", 12.0),
            ("1_000.5", 1000.5),
            ("1e1_0", 10000000000.0),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("5.", 5.0),
            (".5", 0.5),
            ("1e99999999999999999999", f64::INFINITY),
            ("\u{661}.\u{665}", 1.5),
            ("\t1.5\n", 1.5),
            ("+.5e-3", 0.0005),
            ("0.1", 0.1),
            ("1.7976931348623157e308", 1.7976931348623157e308),
            ("1.7976931348623159e308", f64::INFINITY),
            ("4.9406564584124654e-324", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("0.30000000000000004", 0.30000000000000004),
            ("000123.4500", 123.45),
            ("1E5", 100000.0),
        ];
        for &(s, want) in cases {
            let got = parse_float(s);
            assert_eq!(got.map(f64::to_bits), Some(want.to_bits()), "{s:?}");
        }
        let z = parse_float("-1e-99999999999").unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let z = parse_float("-0").unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        let n = parse_float("+nAn").unwrap();
        assert!(n.is_nan() && !n.is_sign_negative());
        let n = parse_float("-nan").unwrap();
        assert!(n.is_nan() && n.is_sign_negative());
        assert_eq!(parse_float_bytes(b" 2.5 "), Some(2.5));
    }

    #[test]
    fn rejected() {
        // All raise ValueError in python3.11.
        for s in [
            "\x1c1", "1\x1c", "._5", "1._5", "1_.5", "infinit", "1e", "1e+", ".", ".e1", "0x10",
            "1__0", "  ", "", "1 2", "1.5\0", "in_f", "1_e5", "1e_5", "1_", "_1", "e5", "--1",
            "+-1", "1.5.", "nan1", "1\u{b2}", "١_", "0x1p3", "1e5.0", "1d5",
        ] {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
        assert_eq!(parse_float_bytes(b"\xa01"), None);
    }
}
