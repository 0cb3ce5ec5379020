//! `float.__format__` (CPython's `format_float_internal`) and the `%e %f %g`
//! conversions of printf-style formatting (`formatfloat`).

use super::dtoa::{DtoaFlags, double_to_string};
use crate::printf::{PrintfSpec, pad};
use crate::spec::{FormatError, FormatSpec, NumberParts, Sign, layout_number};

/// Formats a float with a spec parsed by
/// [`FormatSpec::parse_for_float`]. Types: `e E f F g G n %` and none
/// (like `repr`, or with a precision like `g` that keeps at least one
/// digit after the point). `n` uses the C locale (no grouping, `.`).
///
/// `int.__format__` with a float type converts the int and comes here.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(FormatError::UnknownCode(c)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut code = ty.unwrap_or('r');
    let mut default_precision = 6;
    if ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }
    let plain_sign = !matches!(spec.sign, Some(Sign::Plus | Sign::Space));
    if plain_sign && spec.width.is_none() && ty != Some('n') && spec.thousands.is_none() {
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = body.split_at(n_digits);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: digits.as_bytes(),
        decimal,
        remainder,
    };
    let group = match ty {
        Some('n') => None,
        _ => spec.thousands.map(|c| (c as u8, 3)),
    };
    layout_number(&parts, spec, group)
}

/// The printf-style conversions `%e %E %f %F %g %G` (precision defaults to
/// 6), including flags and width. Any other `conv` is
/// [`FormatError::UnknownCode`].
pub fn format_float_printf(x: f64, spec: &PrintfSpec, conv: char) -> Result<String, FormatError> {
    if !matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return Err(FormatError::UnknownCode(conv));
    }
    let precision = spec.precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(FormatError::value("precision too big"));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        ..DtoaFlags::default()
    };
    let text = double_to_string(x, conv, precision, flags)?;
    pad(&text, spec, conv)
}
