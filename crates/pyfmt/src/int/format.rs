//! `int.__format__` (CPython's `format_long_internal`), the `%d %x %o %c`
//! conversions, `str(int)` with its digit limit, and int-to-float
//! conversion.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::parse::MAX_STR_DIGITS_THRESHOLD;
use crate::float::format_float;
use crate::printf::{PrintfSpec, pad};
use crate::spec::{FormatError, FormatSpec, NumberParts, Sign, layout_number};

/// CPython's default for `sys.set_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An int given either way; the small form avoids allocating.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.sign() == BigSign::Minus,
        }
    }

    /// The magnitude's digits in `base` (lower case), with the decimal
    /// digit limit applied when `base` is 10.
    fn abs_digits(self, base: u32, limit: Option<usize>) -> Result<String, FormatError> {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                })
            }
            IntRef::Big(v) => {
                if base == 10 {
                    check_digit_limit(v, limit)?;
                }
                let s = v.magnitude().to_str_radix(base);
                if base == 10
                    && s.len() > MAX_STR_DIGITS_THRESHOLD
                    && limit.is_some_and(|l| l > 0 && s.len() > l)
                {
                    return Err(to_str_limit_error(limit.unwrap_or(0)));
                }
                Ok(s)
            }
        }
    }

    fn to_f64(self) -> Result<f64, FormatError> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(v) => int_to_f64(v).ok_or_else(|| {
                FormatError::Overflow("int too large to convert to float".to_string())
            }),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(v) => v.to_i64(),
        }
    }
}

fn to_str_limit_error(limit: usize) -> FormatError {
    FormatError::Value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Rejects, without converting, ints that surely have more than `limit`
/// decimal digits (`limit` of `None` or 0 means no limit).
fn check_digit_limit(v: &BigInt, limit: Option<usize>) -> Result<(), FormatError> {
    let Some(limit) = limit.filter(|&l| l > 0) else {
        return Ok(());
    };
    let bits = v.bits();
    // |v| >= 2^(bits-1), so it has at least floor((bits-1)·log10 2) + 1
    // digits; the factor is a little below log10 2 to stay a lower bound.
    let factor = std::f64::consts::LOG10_2 - 1e-9;
    let at_least = (bits.saturating_sub(1) as f64 * factor) as u64 + 1;
    if at_least > limit.max(MAX_STR_DIGITS_THRESHOLD) as u64 {
        return Err(to_str_limit_error(limit));
    }
    Ok(())
}

/// `str(v)`: decimal text, or the `ValueError` CPython raises when it would
/// have more than `limit` digits (the sign does not count). `limit` is
/// `sys.get_int_max_str_digits()`: `None` or `Some(0)` means unlimited.
pub fn to_decimal_string(v: &BigInt, limit: Option<usize>) -> Result<String, FormatError> {
    let digits = IntRef::Big(v).abs_digits(10, limit)?;
    Ok(if v.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `float(v)`: the nearest double (ties to even), or `None` when it
/// overflows (`OverflowError: int too large to convert to float`).
pub fn int_to_f64(v: &BigInt) -> Option<f64> {
    let m = v.magnitude();
    let bits = m.bits();
    let f = if bits <= 64 {
        m.to_u64()? as f64
    } else {
        // Keep the top 64 bits plus a sticky bit for everything below, so
        // the one rounding to 53 bits is correct; scaling by 2^shift is exact.
        let shift = bits - 64;
        let mut top = (m >> shift).to_u64()?;
        if m.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        if shift > 1100 {
            return None;
        }
        (top as f64) * 2f64.powi(shift as i32)
    };
    if f.is_infinite() {
        return None;
    }
    Some(if v.is_negative() { -f } else { f })
}

/// `format(v, spec)` for an int, with a spec from
/// [`FormatSpec::parse_for_int`]: types `b c d o x X n` (and none, as `d`),
/// and the float types `e E f F g G %`, for which `v` is converted to float.
/// `limit` is the decimal digit limit as for [`to_decimal_string`].
pub fn format_int(
    v: &BigInt,
    spec: &FormatSpec,
    limit: Option<usize>,
) -> Result<String, FormatError> {
    format_impl(IntRef::Big(v), spec, limit)
}

/// [`format_int`] for a machine-sized int.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_impl(IntRef::Small(v), spec, None)
}

fn format_impl(
    v: IntRef<'_>,
    spec: &FormatSpec,
    limit: Option<usize>,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(v.to_f64()?, spec),
        c => return Err(FormatError::UnknownCode(c)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        return format_char(v, spec);
    }
    let mut digits = v.abs_digits(base, limit)?;
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let plain_sign = !matches!(spec.sign, Some(Sign::Plus | Sign::Space));
    if plain_sign && spec.width.is_none() && ty != 'n' && spec.thousands.is_none() {
        let sign = if v.is_negative() { "-" } else { "" };
        return Ok(format!("{sign}{prefix}{digits}"));
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix,
        digits: digits.as_bytes(),
        decimal: false,
        remainder: "",
    };
    let group = match ty {
        'n' => None,
        _ => spec.thousands.map(|c| (c as u8, spec.group_size())),
    };
    layout_number(&parts, spec, group)
}

/// The `c` type: the int as a character.
fn format_char(v: IntRef<'_>, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let text = char_of(v, "Python int too large to convert to C long")?;
    let mut buf = [0; 4];
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: b"",
        decimal: false,
        remainder: text.encode_utf8(&mut buf),
    };
    layout_number(&parts, spec, None)
}

/// The character with code `v`, as `%c` and the `c` type require.
fn char_of(v: IntRef<'_>, too_big: &str) -> Result<char, FormatError> {
    let Some(code) = v.to_i64() else {
        return Err(FormatError::Overflow(too_big.to_string()));
    };
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".to_string(),
        ));
    }
    char::from_u32(code as u32).ok_or(FormatError::Surrogate(code as u32))
}

/// The printf-style integer conversions `%d %i %u %x %X %o %c`, flags and
/// width included. `limit` applies to the decimal ones. Any other `conv`
/// is [`FormatError::UnknownCode`].
pub fn format_int_printf(
    v: &BigInt,
    spec: &PrintfSpec,
    conv: char,
    limit: Option<usize>,
) -> Result<String, FormatError> {
    printf_impl(IntRef::Big(v), spec, conv, limit)
}

/// [`format_int_printf`] for a machine-sized int.
pub fn format_i64_printf(v: i64, spec: &PrintfSpec, conv: char) -> Result<String, FormatError> {
    printf_impl(IntRef::Small(v), spec, conv, None)
}

fn printf_impl(
    v: IntRef<'_>,
    spec: &PrintfSpec,
    conv: char,
    limit: Option<usize>,
) -> Result<String, FormatError> {
    let (base, prefix) = match conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            let c = char_of(v, "%c arg not in range(0x110000)")?;
            return pad(c.encode_utf8(&mut [0; 4]), spec, conv);
        }
        c => return Err(FormatError::UnknownCode(c)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::Overflow("precision too large".to_string()));
    }
    let mut digits = v.abs_digits(base, limit)?;
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut text = String::new();
    text.try_reserve_exact(digits.len() + zeros + 3)
        .map_err(|_| FormatError::Memory)?;
    if v.is_negative() {
        text.push('-');
    }
    if spec.alternate {
        text.push_str(prefix);
    }
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(&digits);
    pad(&text, spec, conv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_big_agree() {
        let spec = FormatSpec::parse_for_int("+#012_x").unwrap();
        for v in [0i64, 1, -1, 255, -65536, i64::MAX, i64::MIN] {
            let big = BigInt::from(v);
            assert_eq!(format_i64(v, &spec), format_int(&big, &spec, None));
        }
    }

    #[test]
    fn int_to_float_rounds_to_even() {
        // float(2**53 + 1) == 2**53, float(2**53 + 3) == 2**53 + 4.
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(int_to_f64(&(&two53 + 1)), Some(9007199254740992.0));
        assert_eq!(int_to_f64(&(&two53 + 3)), Some(9007199254740996.0));
        // 2**64 + 2**11 + 1 rounds up: sticky bit below the top 64 bits.
        let v = (BigInt::from(1u8) << 64usize) + (BigInt::from(1u16) << 11usize) + 1;
        assert_eq!(int_to_f64(&v), Some(18446744073709555712.0));
        let v = (BigInt::from(1u8) << 64usize) + (BigInt::from(1u16) << 11usize);
        assert_eq!(int_to_f64(&v), Some(18446744073709551616.0));
        assert_eq!(
            int_to_f64(&-(BigInt::from(1u8) << 1023usize)),
            Some(-(2f64.powi(1023)))
        );
        assert_eq!(int_to_f64(&(BigInt::from(1u8) << 1024usize)), None);
        // The largest int that still rounds down to DBL_MAX.
        let max = (BigInt::from(1u8) << 1024usize) - (BigInt::from(1u8) << 970usize) - 1;
        assert_eq!(int_to_f64(&max), Some(f64::MAX));
        assert_eq!(int_to_f64(&(max + 1)), None);
    }
}
