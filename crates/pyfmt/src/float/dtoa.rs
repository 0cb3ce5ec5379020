//! Decimal digits of a double and their layout: CPython's
//! `PyOS_double_to_string` / `format_float_short`.
//!
//! CPython asks David Gay's `dtoa` for a digit string and a decimal-point
//! position in one of three modes, then pads it with zeros and places the
//! point and exponent. We get the same digits from Rust's own float
//! formatting, which is exact and rounds half to even like `dtoa`:
//!
//! * mode 0 (`repr`): `{:e}` gives the shortest digits that round-trip,
//!   choosing the one nearest the exact value;
//! * mode 2 (`e`, `g`: `n` significant digits): `{:.(n-1)e}`;
//! * mode 3 (`f`: `n` digits after the point): `{:.n}`.
//!
//! A double has at most 767 significant decimal digits and at most 1074
//! digits after the point, so requests beyond those are capped when asking
//! Rust and the layout pads the rest with zeros, as `dtoa` does.

use crate::spec::FormatError;

/// Beyond this many significant digits every double's expansion is zeros.
const MAX_SIG_DIGITS: usize = 800;
/// Beyond this many digits after the point every double's expansion is zeros.
const MAX_FRAC_DIGITS: usize = 1100;

/// What `dtoa` returns for a finite, non-negative double: the value is
/// `0.DIGITS × 10^decpt`, with no leading or trailing zeros in `DIGITS`
/// except that zero itself may be `"0"` with `decpt` 1. A value that
/// rounds to zero in fixed mode has no digits and `decpt == -ndigits`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

impl Digits {
    /// Splits Rust's `d.ddd e±x` output.
    fn from_exp_form(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        strip_trailing_zeros(&mut digits);
        Digits {
            digits,
            decpt: exp + 1,
        }
    }

    /// Mode 0: the shortest digits that read back as `x` (`x >= 0`, finite),
    /// the nearest such to the exact value, ties to even.
    pub fn shortest(x: f64) -> Digits {
        let d = Digits::from_exp_form(&format!("{x:e}"));
        // Rust breaks an exact tie between two shortest candidates upward;
        // dtoa picks the even one. Two n-digit candidates can only both
        // read back when n >= 16 (10^15 < 2^53), and an upward pick that is
        // odd is the only one that may need fixing: then the correctly
        // rounded n-digit value (Rust rounds that half to even) is the
        // answer if it also reads back.
        let n = d.digits.len();
        if n >= 16 && d.digits.last().is_some_and(|&c| (c - b'0') % 2 == 1) {
            let even = format!("{x:.prec$e}", prec = n - 1);
            if even.parse::<f64>() == Ok(x) {
                let e = Digits::from_exp_form(&even);
                if e.digits.len() == n {
                    return e;
                }
            }
        }
        d
    }

    /// Mode 2: `ndigits` (at least 1) significant digits, correctly rounded.
    pub fn significant(x: f64, ndigits: usize) -> Digits {
        let n = ndigits.clamp(1, MAX_SIG_DIGITS);
        Digits::from_exp_form(&format!("{x:.prec$e}", prec = n - 1))
    }

    /// Mode 3: rounded to `ndigits` digits after the decimal point.
    pub fn fixed(x: f64, ndigits: usize) -> Digits {
        let n = ndigits.min(MAX_FRAC_DIGITS);
        let s = format!("{x:.n$}");
        let int_len = s.find('.').unwrap_or(s.len());
        let mut digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        let mut decpt = int_len as i64 - leading as i64;
        digits.drain(..leading);
        strip_trailing_zeros(&mut digits);
        if digits.is_empty() {
            if x == 0.0 {
                return Digits {
                    digits: vec![b'0'],
                    decpt: 1,
                };
            }
            decpt = -(ndigits.min(i64::MAX as usize) as i64);
        }
        Digits { digits, decpt }
    }

    /// Whether the digits say zero (after rounding).
    pub fn is_zero(&self) -> bool {
        self.digits.iter().all(|&d| d == b'0')
    }
}

/// Strips trailing zeros, keeping a lone `"0"`.
fn strip_trailing_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Give integral results in fixed notation a `.0` (repr, and `format`
    /// with no type).
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point, and for `g` keep trailing
    /// zeros.
    pub alt: bool,
    /// The `z` option: no minus sign on a result that rounds to zero.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string`: formats `x` with `code` one of `e E f F g G r`.
/// `precision` counts digits after the point for `e f`, significant digits
/// for `g` (0 means 1), and is ignored for `r` (shortest round-trip).
/// Fails only when the result is too large to allocate.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> Result<String, FormatError> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() || x.is_infinite() {
        let mut s = String::with_capacity(4);
        if x.is_infinite() && x < 0.0 {
            s.push('-');
        } else if flags.sign {
            s.push('+');
        }
        s.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(s);
    }
    let a = x.abs();
    let (digits, precision) = match code {
        'e' => {
            let p = precision.saturating_add(1);
            (Digits::significant(a, p), p)
        }
        'f' => (Digits::fixed(a, precision), precision),
        'g' => {
            let p = precision.max(1);
            (Digits::significant(a, p), p)
        }
        _ => (Digits::shortest(a), 0),
    };
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && digits.is_zero());
    render(negative, &digits, code, precision, upper, flags)
}

/// Lays out `digits` (the sign given apart) the way `format_float_short`
/// does. `code` is lower case; `upper` selects `E`.
pub(crate) fn render(
    negative: bool,
    d: &Digits,
    code: char,
    precision: usize,
    upper: bool,
    flags: DtoaFlags,
) -> Result<String, FormatError> {
    // Keep every quantity far from i64 overflow; such sizes fail to
    // allocate anyway.
    let precision = precision.min(1 << 48) as i64;
    let ndig = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vend = ndig;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vend = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // The output is the slice [vstart, vend) of the digits padded with
    // zeros on both sides, with the point after position `decpt`.
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let size = (vend - vstart) as usize + 8;
    let mut s = String::new();
    s.try_reserve_exact(size).map_err(|_| FormatError::Memory)?;
    if negative {
        s.push('-');
    } else if flags.sign {
        s.push('+');
    }
    let zeros = |s: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            s.push('0');
        }
    };
    let digits = |s: &mut String, from: i64, to: i64| {
        s.extend(
            d.digits[from as usize..to as usize]
                .iter()
                .map(|&b| b as char),
        );
    };
    if decpt <= 0 {
        zeros(&mut s, decpt - vstart);
        s.push('.');
        zeros(&mut s, -decpt);
    } else {
        zeros(&mut s, -vstart);
    }
    if 0 < decpt && decpt <= ndig {
        digits(&mut s, 0, decpt);
        s.push('.');
        digits(&mut s, decpt, ndig);
    } else {
        digits(&mut s, 0, ndig);
    }
    if ndig < decpt {
        zeros(&mut s, decpt - ndig);
        s.push('.');
        zeros(&mut s, vend - decpt);
    } else {
        zeros(&mut s, vend - ndig);
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push(if upper { 'E' } else { 'e' });
        s.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            s.push('0');
        }
        s.push_str(&e.to_string());
    }
    Ok(s)
}

/// `repr(x)` (and `str(x)`) for a float.
pub fn repr(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "nan".to_string()
        } else if x > 0.0 {
            "inf".to_string()
        } else {
            "-inf".to_string()
        };
    }
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    let d = Digits::shortest(x.abs());
    // A repr is at most 24 characters; only a failing allocator makes
    // `render` fail here.
    render(x.is_sign_negative(), &d, 'r', 0, false, flags).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_modes() {
        let d = Digits::shortest(0.1);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"1"[..], 0));
        let d = Digits::shortest(0.0);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"0"[..], 1));
        let d = Digits::significant(1234.5, 3);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"123"[..], 4));
        let d = Digits::significant(1000.0, 3);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"1"[..], 4));
        let d = Digits::fixed(0.001234, 4);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"12"[..], -2));
        let d = Digits::fixed(0.0004, 3);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b""[..], -3));
        let d = Digits::fixed(0.5, 0);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b""[..], 0));
        let d = Digits::fixed(1.5, 0);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"2"[..], 1));
    }

    #[test]
    fn huge_precision_pads() {
        let s = double_to_string(0.1, 'f', 2000, DtoaFlags::default()).unwrap();
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        assert!(s.ends_with("000"));
        let s = double_to_string(1.0, 'e', 1000, DtoaFlags::default()).unwrap();
        assert_eq!(s.len(), 1006);
        assert!(s.ends_with("0e+00"));
    }
}
