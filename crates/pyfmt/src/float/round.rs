//! `round(x)` and `round(x, n)` for floats, as CPython 3.11 computes them.
//!
//! `round(x, n)` is correctly rounded: the exact binary value is rounded
//! half-to-even to `n` decimal places (so `round(2.675, 2)` is `2.67`,
//! because the double is slightly below 2.675), and the decimal result is
//! read back to the nearest double.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Zero;

use crate::spec::FormatError;

/// Past this many places every double rounds to itself
/// (`(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const NDIGITS_MAX: i64 = 323;
/// Below this many places every double rounds to zero
/// (`-(DBL_MAX_EXP + 1) * 0.30103`).
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: nearest integer, halves to even, as a float (the caller turns
/// it into an int and reports inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` (`ndigits` already clipped to the `Py_ssize_t`
/// range). Infinities and nans round to themselves. The only error is
/// `OverflowError: rounded value too large to represent`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust's fixed formatting is exact and rounds half to even.
        format!("{x:.prec$}", prec = ndigits as usize)
    } else {
        round_to_tens(x, ndigits.unsigned_abs() as u32)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".to_string(),
        ));
    }
    Ok(rounded)
}

/// The exact value of finite `x` rounded half-to-even to a multiple of
/// `10^k`, as decimal text `[-]Ne{k}`.
fn round_to_tens(x: f64, k: u32) -> String {
    let bits = x.abs().to_bits();
    let exp_bits = (bits >> 52) as i64;
    let frac = bits & ((1 << 52) - 1);
    // x = mantissa * 2^exp exactly.
    let (mantissa, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    let ten_k = BigInt::from(10u32).pow(k);
    let (num, den) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as usize, ten_k)
    } else {
        (BigInt::from(mantissa), ten_k << (-exp) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if q.is_zero() {
        return format!("{sign}0");
    }
    format!("{sign}{q}e{k}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        // (x, ndigits, round(x, ndigits)) from python3.11.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.5, 0, 2.0),
            (3.5, 0, 4.0),
            (-2.5, 0, -2.0),
            (-0.4, 0, -0.0),
            (1234.5678, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-1250.0, -2, -1200.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (0.1 + 0.2, 15, 0.3),
            (1e-320, 322, 1e-320),
            (1e-320, 320, 1e-320),
            (1e-320, 319, 0.0),
            (1.7976931348623157e308, -300, 1.79769313e+308),
            (123.456, 400, 123.456),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (5e-324, 323, 0.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (1e22, -22, 1e22),
            (4.35, 1, 4.3),
            (4.45, 1, 4.5),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n).unwrap();
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "round({x:?}, {n}) = {got:?}, want {want:?}"
            );
        }
    }

    #[test]
    fn overflow_and_specials() {
        let err = round_float(1.7976931348623157e308, -308).unwrap_err();
        assert_eq!(err.message("float"), "rounded value too large to represent");
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_float(f64::INFINITY, -5).unwrap(), f64::INFINITY);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-3.5), -4.0);
        assert_eq!(round_half_even(0.49999999999999994), 0.0);
    }
}
