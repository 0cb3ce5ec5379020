//! `int(str, base)` and `int(bytes, base)`: CPython's `PyLong_FromString`
//! behind `PyLong_FromUnicodeObject`.
//!
//! Rules: surrounding ASCII whitespace (plus, for `str`, any Unicode
//! whitespace, and Unicode decimal digits read as digits); one optional
//! sign; for base 0 the base comes from a `0x`/`0o`/`0b` prefix, else 10,
//! where a leading zero is only allowed if the value is zero (`010` is an
//! error, `00` is not); a prefix matching the base may be given explicitly
//! and may be followed by one underscore; otherwise single underscores
//! only between digits. For bases that are not powers of two, more than
//! `sys.get_int_max_str_digits()` digits is an error.

use num_bigint::{BigInt, BigUint};

use crate::unicode::{is_ascii_space, to_ascii_number};

/// CPython only checks the digit limit above this many digits
/// (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`, also the smallest limit allowed).
pub(crate) const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Why `int(text, base)` failed; all are `ValueError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// `int() base must be >= 2 and <= 36, or 0`
    InvalidBase,
    /// `invalid literal for int() with base {base}: {repr}`; `base` is the
    /// one the caller gave (0 included).
    InvalidLiteral { base: u32 },
    /// `Exceeds the limit ({limit} digits) for integer string conversion:
    /// value has {digits} digits; use sys.set_int_max_str_digits() to
    /// increase the limit`
    TooManyDigits { limit: usize, digits: usize },
}

impl ParseIntError {
    /// The exception text. `repr` is the Python repr of the argument (for
    /// bytes, of its first 200 bytes); CPython shows at most 200 characters
    /// of it.
    pub fn message(&self, repr: &str) -> String {
        match self {
            ParseIntError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".to_string(),
            ParseIntError::InvalidLiteral { base } => {
                let shown = match repr.char_indices().nth(200) {
                    Some((i, _)) => &repr[..i],
                    None => repr,
                };
                format!("invalid literal for int() with base {base}: {shown}")
            }
            ParseIntError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }
}

impl std::fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message("..."))
    }
}

impl std::error::Error for ParseIntError {}

/// `int(s, base)` for a `str`. `limit` is `sys.get_int_max_str_digits()`
/// (`None` or `Some(0)`: unlimited).
pub fn parse_int(s: &str, base: u32, limit: Option<usize>) -> Result<BigInt, ParseIntError> {
    parse_int_bytes(&to_ascii_number(s), base, limit)
}

/// `int(b, base)` for a bytes-like object.
pub fn parse_int_bytes(b: &[u8], base: u32, limit: Option<usize>) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::InvalidBase);
    }
    let invalid = ParseIntError::InvalidLiteral { base };
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let negative = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let at = |k: usize| b.get(k).map_or(0, u8::to_ascii_lowercase);
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An old C-style octal literal: only zero is allowed.
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if prefix != 0 && at(i) == b'0' && at(i + 1) == prefix {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid);
    }

    let mut values: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while let Some(&c) = b.get(i) {
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid);
            }
        } else {
            match digit_value(c) {
                Some(d) if d < base => values.push(d as u8),
                _ => break,
            }
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid);
    }
    if !base.is_power_of_two()
        && let Some(limit) = limit.filter(|&l| l > 0)
        && values.len() > MAX_STR_DIGITS_THRESHOLD
        && values.len() > limit
    {
        return Err(ParseIntError::TooManyDigits {
            limit,
            digits: values.len(),
        });
    }
    if values.is_empty() {
        return Err(invalid);
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid);
    }
    let magnitude = digits_to_int(&values, base);
    if must_be_zero && magnitude != BigUint::ZERO {
        return Err(invalid);
    }
    let sign = if negative {
        num_bigint::Sign::Minus
    } else {
        num_bigint::Sign::Plus
    };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `_PyLong_DigitValue`: `0-9`, then letters of either case from 10.
fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

fn digits_to_int(values: &[u8], base: u32) -> BigUint {
    // Short inputs (the common case) never leave a u64.
    let mut acc: u64 = 0;
    let fits = values.iter().try_for_each(|&d| {
        acc = acc
            .checked_mul(u64::from(base))?
            .checked_add(u64::from(d))?;
        Some(())
    });
    if fits.is_some() {
        return BigUint::from(acc);
    }
    BigUint::from_radix_be(values, base).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_to_int_big() {
        let v = digits_to_int(&[1; 40], 10);
        assert_eq!(v.to_string(), "1".repeat(40));
        let v = digits_to_int(&[35; 20], 36);
        assert_eq!(v, BigUint::from(36u8).pow(20) - 1u8);
    }

    #[test]
    fn base_range() {
        assert_eq!(parse_int("1", 1, None), Err(ParseIntError::InvalidBase));
        assert_eq!(parse_int("1", 37, None), Err(ParseIntError::InvalidBase));
        assert_eq!(parse_int("z", 36, None), Ok(BigInt::from(35)));
        assert_eq!(
            ParseIntError::InvalidBase.message(""),
            "int() base must be >= 2 and <= 36, or 0"
        );
    }
}
