//! Int text algorithms, exactly as CPython 3.11 computes them:
//!
//! * [`format_int`] / [`format_i64`]: `format(n, spec)` / `int.__format__`;
//! * [`format_int_printf`] / [`format_i64_printf`]: `'%5d' % n`, `'%#x' % n`, ...;
//! * [`to_decimal_string`]: `str(n)`, with the `sys.set_int_max_str_digits`
//!   limit (default [`DEFAULT_MAX_STR_DIGITS`]);
//! * [`parse_int`] / [`parse_int_bytes`]: `int(s, base)`;
//! * [`int_to_f64`]: `float(n)`, correctly rounded.

mod format;
mod parse;

pub use format::{
    DEFAULT_MAX_STR_DIGITS, format_i64, format_i64_printf, format_int, format_int_printf,
    int_to_f64, to_decimal_string,
};
pub use parse::{ParseIntError, parse_int, parse_int_bytes};

#[cfg(test)]
mod tests;
